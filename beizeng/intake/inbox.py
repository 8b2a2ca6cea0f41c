"""What counts as a return waiting in the inbox: the one rule, light enough for the CLI to look before
it starts Prefect (a run over an empty inbox costs ≈10 s of Prefect's temporary server for nothing)."""

from __future__ import annotations

import os
import re
import struct
import time
import zipfile
from pathlib import Path
from typing import BinaryIO

from beizeng.base import safe_io
from beizeng.base.config import Config

#: What a spreadsheet's name ends in (the reader's list: ``beizeng.intake.reader`` takes it from here).
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".xlsb")
#: Office/WPS owner files (``~$东镇.xlsx``) and LibreOffice's and WPS's lock files (``.~lock.东镇.xlsx#``).
LOCK_PREFIXES = ("~$", ".~")
#: What Windows and macOS leave beside the files they show — thumbnail caches, folder settings, Finder's records
#: — copied along with a clerk's folder: never returns, left where they are without a word (as ``.DS_Store``).
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", ".ds_store", ".localized",
                          ".directory", "icon\r"})
#: Folders of the same kind: the recycle bin and volume records of a USB stick, macOS' zip leftovers.
SYSTEM_FOLDERS = frozenset({"__macosx", "$recycle.bin", "recycler", "system volume information"})
#: The folder of files beizeng failed on (see beizeng.intake.ingest.INTERNAL_ERROR), beside rejected/.
QUARANTINE = "quarantine"
#: beizeng's own temporary files: a write in progress (``.name.1234.0a1b.tmp``), an upload being received
#: (``.网报-….part.xlsx``).  Hidden, and never a return even when they hold a whole workbook.
_OWN_TEMPORARY = re.compile(r"\..*\.(?:tmp|part)(?:\.[^.]*)?")
_ZIP, _OLE = b"PK\x03\x04", bytes.fromhex("d0cf11e0a1b11ae1")


def not_a_return(path: Path) -> bool:
    """Whether a file in the inbox is none of the senders' business, passed over without a word: an owner or lock
    file, the system's files, macOS' AppleDouble (``._东镇.xlsx``), an error list, beizeng's own temporary files,
    and a hidden file that is no workbook.

    A hidden file that IS a workbook — named only ``.xlsx`` (WeChat drops a name made of emoji), or whose bytes
    are a workbook's — is a return like any other: read, or refused with the reader's words, never left unsaid."""
    name = path.name
    if name.startswith(LOCK_PREFIXES) or name.startswith("._") or name.casefold() in SYSTEM_FILES or \
            name.endswith(".errors.txt"):
        return True
    if not name.startswith("."):
        return False
    if _OWN_TEMPORARY.fullmatch(name):
        return True
    if safe_io.suffix_of(name) in SUPPORTED_SUFFIXES:
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return True
    return not head.startswith((_ZIP, _OLE))


def inbox_folders(cfg: Config) -> list[Path]:
    """The inbox and the folders inside it where returns may wait: a clerk drags the folder ``东镇/`` onto the
    share as often as the workbook in it.  Not beizeng's own (rejected/, quarantine/, 处理结果/, the warehouse if it
    lies inside), not hidden or system folders, and never through a link (a link planted in the inbox is not
    followed out of it)."""
    if not cfg.inbox.is_dir():
        return []
    own = {cfg.rejected, cfg.receipts, cfg.inbox / QUARANTINE, cfg.warehouse}
    out: list[Path] = []
    for top, dirs, _ in os.walk(cfg.inbox, followlinks=False):
        here = Path(top)
        out.append(here)
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "~$")) and d.casefold() not in SYSTEM_FOLDERS
                         and here / d not in own)
    return out


#: A copy's mark at the end of a name: (1) （1） [1] from WeChat, QQ, a browser; " - 副本", " - 副本 (2)" from Windows;
#: " copy", " copy 2" from macOS.
_COPY_MARK = re.compile(r"\s*(?:[(（\[](\d{1,3})[)）\]]|(?:[-－—]\s*)?(?:副本|复件|(?<![A-Za-z])[Cc]opy)"
                        r"(?:\s*[(（]?(\d{1,3})[)）]?)?)\s*$")


def copy_rank(name: str) -> tuple[str, int]:
    """(the name without a copy's mark, which copy): ``东镇(1).xlsx`` → (``东镇.xlsx``, 1), ``东镇 - 副本.xlsx`` →
    (``东镇.xlsx``, 1), ``东镇.xlsx`` → (``东镇.xlsx``, 0).  WeChat, QQ, a browser and Windows give the later copy of a
    name these marks: among files of the same time stamp (a USB stick keeps 2 seconds), the copy is the later."""
    text = name.strip()
    suffix = safe_io.suffix_of(text)
    if not (suffix and len(text) > len(suffix) and text.lower().endswith(suffix)):
        suffix = ""
    stem = text[:len(text) - len(suffix)]
    rank = 0
    while (m := _COPY_MARK.search(stem)) and m.start() > 0:
        number = next((g for g in m.groups() if g), None)
        rank += int(number) if number else 1
        stem = stem[:m.start()]
    return stem + text[len(text) - len(suffix):], rank


def inbox_files(cfg: Config) -> list[Path]:
    """Returns waiting in the inbox and the folders inside it (:func:`inbox_folders`), oldest first; files of the
    same time stamp by name, a copy (``东镇(1).xlsx``) after its original; what :func:`not_a_return` passes over
    is left out."""
    found: list[tuple[float, str, int, str, Path]] = []
    for folder in inbox_folders(cfg):
        try:
            entries = list(folder.iterdir())
        except OSError:  # taken away or not readable: nothing of it is lost, it is only not looked at now
            continue
        for p in entries:
            try:  # a file taken back between the listing and this look is simply not there: no run stops on it
                if not p.is_file() or not_a_return(p):
                    continue
                base, rank = copy_rank(p.name)
                found.append((p.stat().st_mtime, base, rank, str(p), p))
            except OSError:
                continue
    return [p for *_, p in sorted(found)]


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
    """Names of the Office owner files (``~$…``) in the inbox and its folders: Excel/WPS keep one while a workbook
    is open."""
    owners: set[str] = set()
    for folder in inbox_folders(cfg):
        try:
            owners |= {p.name for p in folder.iterdir() if p.name.startswith("~$")}
        except OSError:
            continue
    return owners


def open_in_excel(path: Path, owners: set[str]) -> bool:
    """Whether an owner file says the workbook is open: Excel and WPS name it ``~$`` + the workbook's whole name
    (``~$东镇6月项目进度表.xlsx``).  Only Word cuts the first characters of a long name (``~$6月项目进度表.docx``,
    as LibreOffice's reading of Office's owner files records), and a cut name could be any township's copy of one
    template's name: it holds nothing here.  Case aside, as Windows compares names."""
    if not owners:
        return False
    mine = f"~${path.name}".casefold()
    return any(n.casefold() == mine for n in owners)


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
