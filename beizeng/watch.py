"""The inbox watcher: files dropped into inbox/ are handled within seconds, nobody has to run anything.

Prefect has no folder watcher (STACK-NOTES), and a polling loop is the simplest thing that works on
a shared folder (SMB mounts do not deliver inotify events).  Every few seconds the inbox is listed;
a file is handed over only once its size and time stamp have stayed the same for a while (a copy
in progress keeps changing them) and no Office lock file says it is open in Excel or WPS.  Files
that finished arriving together are handled as one batch, one writing run.

Plain functions here; ``flows/serve.py`` runs the same loop as a Prefect flow whose handler is the
ingest flow, ``beizeng watch`` runs it with the plain pipeline below.  One-shot runs (`beizeng ingest`,
`beizeng run`, the monthly schedule) cannot watch for long, so :func:`split_settled` applies the same
rule (:func:`settled`) with one look at each file and, only if one was touched a moment ago, a second.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from beizeng import safe_io
from beizeng.config import Config
from beizeng.ingest import INTERNAL_ERROR, STATUS_ZH, WRITING, Outcome, inbox_files
from beizeng.session import BusyError, backup, file_lock, open_work, publish, writer_lock

#: After a batch failed unexpectedly, its files are tried again only after this pause (seconds).
RETRY_AFTER = 60.0

Handler = Callable[[list[Path]], list[Outcome]]
#: A file's size and modification time (ns): while a copy is in progress, at least one of them moves.
Signature = tuple[int, int]
#: What the run summary says about a file left in the inbox because it is still arriving.
STILL_WRITING = "正在写入，留待下次处理"
#: The receipt's words for it: where the file is and what becomes of it.
STILL_IN_INBOX = "文件仍在复制或保存，已留在收件箱，下次自动处理"


def signature(path: Path) -> Signature | None:
    """None when the file is gone (moved away or deleted since the inbox was listed)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def settled(sig: Signature, unchanged_for: float, stable_seconds: float, now: float | None = None) -> bool:
    """The one rule for "has finished arriving", shared by the watcher and the one-shot runs: size and
    time stamp unchanged for ``stable_seconds``, either as seen (``unchanged_for``: the watcher's
    polls, a one-shot run's second look) or as the time stamp itself says (``now``: epoch seconds).

    Seeing it is what counts when the file server's clock is ahead of ours (every time stamp looks
    new); the time stamp is what spares a one-shot run any wait for files that arrived earlier.
    """
    now = time.time() if now is None else now
    return unchanged_for >= stable_seconds or now - sig[1] / 1e9 >= stable_seconds


def split_settled(paths: list[Path], stable_seconds: float) -> tuple[list[Path], list[Path]]:
    """(finished, still being written) among ``paths``, in their order, for a run that cannot wait long.

    One stat per file; when every time stamp is older than ``stable_seconds`` that is all.  Otherwise
    one wait, until the newest of them would be ``stable_seconds`` old (never longer than that), and a
    second look at those files: one that changed meanwhile is still being copied or saved and stays in
    the inbox for the next run, instead of being read half-written and rejected as broken.  A file
    that disappeared meanwhile is in neither list (someone took it back; nothing to do).
    """
    first = {p: signature(p) for p in paths}
    now = time.time()
    recent = {p: s for p, s in first.items() if s is not None and not settled(s, 0.0, stable_seconds, now)}
    if not recent:
        return list(paths), []
    youngest = min(now - s[1] / 1e9 for s in recent.values())  # negative when the server's clock is ahead
    wait = min(stable_seconds, max(stable_seconds - youngest, 0.2))
    start = time.monotonic()
    time.sleep(wait + 0.05)  # a hair more: wall and monotonic clocks need not agree to the millisecond
    seen_for, now = time.monotonic() - start, time.time()
    gone: set[Path] = set()
    writing: set[Path] = set()
    for p, s in recent.items():
        again = signature(p)
        if again is None:
            gone.add(p)
        elif again != s or not settled(s, seen_for, stable_seconds, now):
            writing.add(p)
    ready = [p for p in paths if p not in gone and p not in writing]
    return ready, [p for p in paths if p in writing]


def still_writing(path: Path) -> Outcome:
    """The run summary's line for a file left in the inbox by :func:`split_settled`."""
    return Outcome(file=path.name, status=WRITING, form=None, sender=None, period=None, rows=0, errors=0,
                   warnings=0, stored_path=None, note=STILL_WRITING)


@dataclass
class _Seen:
    signature: tuple[int, int]
    since: float


class InboxWatcher:
    """Remembers what each inbox file looked like, to tell finished files from ones still arriving."""

    def __init__(self, cfg: Config, stable_seconds: float) -> None:
        self.cfg = cfg
        self.stable_seconds = stable_seconds
        self._seen: dict[Path, _Seen] = {}
        self._failed: dict[Path, tuple[tuple[int, int], float]] = {}

    def ready(self, now: float | None = None) -> list[Path]:
        """Files that have stopped changing and are not open in Excel/WPS, oldest first."""
        now = time.monotonic() if now is None else now
        try:
            files = inbox_files(self.cfg)
            locks = {p.name for p in self.cfg.inbox.iterdir() if p.name.startswith("~$")}
        except FileNotFoundError:
            return []
        out: list[Path] = []
        current: dict[Path, _Seen] = {}
        for path in files:
            sig = signature(path)
            if sig is None:
                continue
            seen = self._seen.get(path)
            if seen is None or seen.signature != sig:
                seen = _Seen(sig, now)
            current[path] = seen
            if not settled(sig, now - seen.since, self.stable_seconds) or _office_locked(path, locks):
                continue
            failed = self._failed.get(path)
            if failed and failed[0] == sig and now < failed[1]:
                continue
            out.append(path)
        self._seen = current
        return out

    def failed(self, paths: list[Path], now: float | None = None) -> None:
        """Hold these files back for a while: the same error every two seconds helps nobody."""
        now = time.monotonic() if now is None else now
        for path in paths:
            seen = self._seen.get(path)
            if seen is not None:
                self._failed[path] = (seen.signature, now + RETRY_AFTER)


def _office_locked(path: Path, locks: set[str]) -> bool:
    """Excel writes ~$ over the first two characters of the name (or in front of short ones); WPS in front."""
    return bool(locks) and any(name in locks for name in (f"~${path.name}", f"~${path.name[1:]}", f"~${path.name[2:]}"))


def process(cfg: Config, paths: list[Path], wait_seconds: float = 0, allow_old: bool = False) -> list[Outcome]:
    """The writing run for a batch without Prefect: lock, back up, ingest, compute, publish.

    What the ingest flow does, as plain calls: used by `beizeng watch`, and by tests that need a
    real run in a second process.
    """
    with writer_lock(cfg, wait_seconds):
        return process_locked(cfg, paths, allow_old)


def process_locked(cfg: Config, paths: list[Path], allow_old: bool = False) -> list[Outcome]:
    """The body of :func:`process`, for a caller that already holds the writer lock."""
    from beizeng.ingest import ingest_files
    from beizeng.warehouse import run_models

    paths = [p for p in paths if p.exists()]
    if not paths:
        return []
    backup(cfg)
    with open_work(cfg) as con:
        outcomes = ingest_files(con, paths, cfg, allow_old)
        run_models(con)
    publish(cfg)
    return outcomes


def receipt_lines(outcomes: list[Outcome], when: dt.datetime) -> list[str]:
    """One line per file for the clerk: what became of it and where to look."""
    from beizeng.forms import all_forms

    forms = all_forms()
    lines = []
    for o in outcomes:
        if o.status == WRITING:  # not read at all: no form to name, and nothing wrong with it
            lines.append(f"{when:%H:%M:%S}  {o.file}  →  {STATUS_ZH[WRITING]}：{STILL_IN_INBOX}")
            continue
        form = forms[o.form].title if o.form in forms else "未识别的报表"
        who = " ".join(x for x in (o.sender, o.period) if x)
        internal = o.status == "rejected" and any(x.code == INTERNAL_ERROR for x in o.problems)
        status = "内部错误（已隔离，等待管理员处理）" if internal else o.status_zh
        text = f"{when:%H:%M:%S}  {o.file}  →  {status}：{form}{(' ' + who) if who else ''}"
        if o.status == "accepted":
            text += f"，{o.rows} 行" + (f"，{o.warnings} 个提醒" if o.warnings else "")
        elif o.status == "rejected":
            where = f"，错误清单：{o.stored_path.name}.errors.txt（在 {o.stored_path.parent}）" if o.stored_path else ""
            text += f"，{o.errors} 个错误{where}"
        elif o.note:
            text += f"，{o.note}"
        lines.append(text)
    return lines


def write_receipts(cfg: Config, outcomes: list[Outcome], when: dt.datetime | None = None) -> Path | None:
    """Append today's receipt file in inbox/处理结果/, next to where the clerk drops files."""
    if not outcomes:
        return None
    when = when or dt.datetime.now().replace(microsecond=0)
    path = cfg.receipts / f"{when:%Y-%m-%d}.txt"
    # through beizeng.safe_io: a link planted at today's receipt (or at 处理结果/) is refused, never followed
    return safe_io.append_text(path, "\n".join(receipt_lines(outcomes, when)) + "\n", cfg.inbox)


def next_hour(now: float | None = None) -> float:
    """The end of the current hour (epoch seconds): a watcher cycle ends where the next scheduled one starts."""
    now = time.time() if now is None else now
    return math.floor(now / 3600 + 1) * 3600


def watch(
    cfg: Config,
    handle: Handler,
    *,
    poll_seconds: float | None = None,
    stable_seconds: float | None = None,
    until: float | None = None,
    stop: threading.Event | None = None,
    log: Callable[[str], None] = print,
    on_outcomes: Callable[[list[Outcome]], None] | None = None,
) -> list[Outcome]:
    """Look at the inbox every ``poll_seconds`` and hand finished files to ``handle`` until ``until``
    (epoch seconds) or ``stop`` is set; returns every outcome.  Errors are logged, never fatal: the
    watcher must keep watching."""
    poll = cfg.schedule.inbox_poll_seconds if poll_seconds is None else poll_seconds
    stable = cfg.schedule.inbox_stable_seconds if stable_seconds is None else stable_seconds
    stop = stop or threading.Event()
    watcher = InboxWatcher(cfg, stable)
    handled: list[Outcome] = []
    while not stop.is_set() and (until is None or time.time() < until):
        ready = watcher.ready()
        if ready:
            try:
                outcomes = handle(ready)
            except BusyError as exc:
                log(f"{exc} 稍后重试。")
            except Exception as exc:  # noqa: BLE001 - a bad batch must not stop the watcher
                log(f"处理 {len(ready)} 个文件时出错（{type(exc).__name__}: {exc}），{int(RETRY_AFTER)} 秒后重试。")
                watcher.failed(ready)
            else:
                handled.extend(outcomes)
                if outcomes:
                    when = dt.datetime.now().replace(microsecond=0)
                    try:
                        write_receipts(cfg, outcomes, when)
                    except OSError as exc:  # a planted link, a full disk: said, and the watcher keeps watching
                        log(f"无法写入处理结果 {cfg.receipts}：{exc}")
                    for line in receipt_lines(outcomes, when):
                        log(line)
                    if on_outcomes is not None:
                        on_outcomes(outcomes)
        stop.wait(poll)
    return handled


def watcher_slot(cfg: Config, wait_seconds: float) -> AbstractContextManager[None]:
    """One watcher per warehouse: a second one (a late scheduled run, a second `serve`) waits its turn."""
    return file_lock(cfg.warehouse / ".watcher.lock", wait_seconds, "收件箱已有监视在运行。")
