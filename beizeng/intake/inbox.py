"""What counts as a return waiting in the inbox: the one rule, light enough for the CLI to look before
it starts Prefect (a run over an empty inbox costs ≈10 s of Prefect's temporary server for nothing)."""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path
from typing import BinaryIO

from beizeng.base.config import Config

#: Office lock files (~$…, .~…) and hidden files are not returns.
IGNORED_PREFIXES = ("~$", ".~", ".")


def inbox_files(cfg: Config) -> list[Path]:
    """Returns waiting in the inbox, oldest first; Office lock files (~$…) and hidden files are not returns."""
    if not cfg.inbox.exists():
        return []
    found: list[tuple[float, str, Path]] = []
    for p in cfg.inbox.iterdir():
        if p.name.startswith(IGNORED_PREFIXES) or p.name.endswith(".errors.txt"):
            continue
        try:  # a file taken back between the listing and this look is simply not there: no run stops on it
            if p.is_file():
                found.append((p.stat().st_mtime, p.name, p))
        except OSError:
            continue
    return [p for _, _, p in sorted(found)]


# ---------------------------------------------------------------------------------------------
# Is a file complete?  The one rule for every path that takes files from the inbox: the watcher
# (beizeng.intake.watch.InboxWatcher), `beizeng ingest`/`run` and the monthly schedule (split_settled, through
# flows/tasks.scan_inbox).  A file failing it is left where it is: never moved, never refused.
# ---------------------------------------------------------------------------------------------

#: A file's size and modification time (ns): while a copy is in progress, at least one of them moves.
Signature = tuple[int, int]

#: Why a file waits (the code in logs and tests; users read :data:`WAITING_ZH`).
ARRIVING, OPEN_IN_EXCEL, NOT_WHOLE = "arriving", "open_in_excel", "not_whole"
#: What the watcher and the run say about a file left waiting, in one line.
WAITING_ZH = "正在写入或仍在 Excel 中打开，稍后再处理"
#: Why, in a few words, after the file's name.
REASON_ZH = {ARRIVING: "大小或修改时间仍在变化", OPEN_IN_EXCEL: "旁边有 Excel/WPS 的 ~$ 占用文件",
             NOT_WHOLE: "还不能作为完整的工作簿打开"}

_ZIP = b"PK\x03\x04"
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_FREE_SECTOR = 0xFFFFFFFF


def signature(path: Path) -> Signature | None:
    """None when the file is gone (moved away or deleted since the inbox was listed)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def settled(sig: Signature, unchanged_for: float, stable_seconds: float, now: float | None = None) -> bool:
    """Size and time stamp unchanged for ``stable_seconds``, either as seen (``unchanged_for``: the
    watcher's polls, a one-shot run's second look) or as the time stamp itself says (``now``: epoch seconds).

    Seeing it is what counts when the file server's clock is ahead of ours (every time stamp looks
    new); the time stamp is what spares a one-shot run any wait for files that arrived earlier.
    """
    now = time.time() if now is None else now
    return unchanged_for >= stable_seconds or now - sig[1] / 1e9 >= stable_seconds


def owner_files(cfg: Config) -> set[str]:
    """Names of the Office owner files (``~$…``) in the inbox: Excel/WPS keep one while a workbook is open."""
    try:
        return {p.name for p in cfg.inbox.iterdir() if p.name.startswith("~$")}
    except OSError:
        return set()


def open_in_excel(path: Path, owners: set[str]) -> bool:
    """Excel writes ``~$`` over the first two characters of the name (or in front of short ones); WPS in front."""
    return bool(owners) and any(n in owners for n in (f"~${path.name}", f"~${path.name[1:]}", f"~${path.name[2:]}"))


def opens_whole(path: Path) -> bool:
    """Whether the file's bytes make a whole workbook, as far as a cheap look can tell (no parse).

    By content, not by extension (an .xls saved under an .xlsx name is common):

    - a zip (.xlsx/.xlsm/.xlsb/.ods): its central directory, written last, reads.  A copy cut short
      (or one whose size was set first and is filled in later) has none.  Whether it holds a workbook
      part (xl/workbook.xml …) is the reader's question: a complete zip without one is taken and
      refused with the reader's own words, since waiting would never make it a workbook;
    - an OLE2 container (.xls, .et): the file reaches the last sector its allocation table uses;
    - anything else (csv, an HTML table saved as .xls): not empty; its completeness is only what the
      size and time stamp say.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
            if not head:
                return False  # created, not yet written: a copy that has not begun
            if head.startswith(_ZIP):
                try:
                    with zipfile.ZipFile(fh) as zf:
                        zf.namelist()
                except (zipfile.BadZipFile, EOFError, ValueError):
                    return False
                return True
            if head.startswith(_OLE):
                return _ole_whole(fh, head)
    except OSError:
        return False
    return True


def _ole_whole(fh: BinaryIO, head: bytes) -> bool:
    """An OLE2 file holds every sector its FAT marks as used (a copy cut short does not)."""
    if len(head) < 512:
        return False
    shift = struct.unpack_from("<H", head, 30)[0]
    if not 7 <= shift <= 16:
        return True  # not a header we understand: leave the verdict to the reader
    size = 1 << shift
    end = fh.seek(0, 2)
    fat_sectors = [s for s in struct.unpack_from("<109I", head, 76) if s < 0xFFFFFFFA]
    difat, guard = struct.unpack_from("<I", head, 68)[0], 0
    per = size // 4
    while difat < 0xFFFFFFFA and guard < 10_000:  # files beyond ≈7 MB list further FAT sectors in a chain
        block = _sector(fh, difat, size, end)
        if block is None:
            return False
        entries = struct.unpack(f"<{per}I", block)
        fat_sectors += [s for s in entries[:-1] if s < 0xFFFFFFFA]
        difat, guard = entries[-1], guard + 1
    last_used = -1
    for k, s in enumerate(fat_sectors):
        block = _sector(fh, s, size, end)
        if block is None:
            return False
        entries = struct.unpack(f"<{per}I", block)
        used = [i for i, e in enumerate(entries) if e != _FREE_SECTOR]
        if used:
            last_used = max(last_used, k * per + used[-1])
    return end >= (last_used + 2) * size  # sector n spans (n + 1) × size … (n + 2) × size; writers pad the last


def _sector(fh: BinaryIO, n: int, size: int, end: int) -> bytes | None:
    start = (n + 1) * size
    if start + size > end:
        return None
    fh.seek(start)
    return fh.read(size)


def waiting_reason(path: Path, sig: Signature, unchanged_for: float, stable_seconds: float, owners: set[str],
                   now: float | None = None) -> str | None:
    """None when the file is complete and may be taken, else why it waits (ARRIVING, OPEN_IN_EXCEL, NOT_WHOLE).

    Complete = its size and time stamp have stayed the same (:func:`settled`), no Excel/WPS owner file
    sits beside it, and it opens as a whole workbook (:func:`opens_whole`).  The cheap looks first.
    """
    if not settled(sig, unchanged_for, stable_seconds, now):
        return ARRIVING
    if open_in_excel(path, owners):
        return OPEN_IN_EXCEL
    if not opens_whole(path):
        return NOT_WHOLE
    return None
