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

from beizeng.base import safe_io
from beizeng.base.config import Config
from beizeng.base.problems import Problem
from beizeng.intake.inbox import (
    ARRIVING,
    NOT_WHOLE,
    OPEN_IN_EXCEL,
    REASON_ZH,
    WAITING_ZH,
    Signature,
    owner_files,
    settled,
    signature,
    waiting_reason,
)
from beizeng.intake.ingest import INTERNAL_ERROR, STATUS_ZH, WRITING, Outcome, inbox_files
from beizeng.store.session import BusyError, backup, file_lock, open_work, publish, writer_lock

__all__ = ["settled", "signature", "split_settled", "still_writing", "InboxWatcher", "watch", "process"]

#: After a batch failed unexpectedly, its files are tried again only after this pause (seconds).
RETRY_AFTER = 60.0

Handler = Callable[[list[Path]], list[Outcome]]
#: What the run summary says about a file left in the inbox because it is still arriving or open in Excel.
STILL_WRITING = WAITING_ZH
#: The receipt's words for it: where the file is and what becomes of it.
STILL_IN_INBOX = "文件仍在复制或保存，已留在收件箱，下次自动处理"
#: The problem code of a file that has stayed incomplete longer than [schedule] inbox_incomplete_minutes.
INCOMPLETE_FOR_LONG = "incomplete_for_long"


def split_settled(paths: list[Path], stable_seconds: float) -> tuple[list[Path], list[Path]]:
    """(complete, still waiting) among ``paths``, in their order, for a run that cannot wait long.

    Complete is :func:`beizeng.intake.inbox.waiting_reason`'s rule, the watcher's own.  One stat per file;
    when every time stamp is older than ``stable_seconds`` no wait.  Otherwise one wait, until the
    newest of them would be ``stable_seconds`` old (never longer than that), and a second look at
    those files: one that changed meanwhile is still being copied or saved and stays in the inbox
    for the next run, instead of being read half-written and rejected as broken.  A file open in
    Excel (``~$`` owner beside it) or not yet a whole workbook waits too.  A file that disappeared
    meanwhile is in neither list (someone took it back; nothing to do).
    """
    first = {p: signature(p) for p in paths}
    now = time.time()
    recent = {p: s for p, s in first.items() if s is not None and not settled(s, 0.0, stable_seconds, now)}
    seen_for = 0.0
    if recent:
        youngest = min(now - s[1] / 1e9 for s in recent.values())  # negative when the server's clock is ahead
        wait = min(stable_seconds, max(stable_seconds - youngest, 0.2))
        start = time.monotonic()
        time.sleep(wait + 0.05)  # a hair more: wall and monotonic clocks need not agree to the millisecond
        seen_for, now = time.monotonic() - start, time.time()
    owners = owner_files_of(paths)
    ready: list[Path] = []
    writing: list[Path] = []
    for p in paths:
        sig = first[p] if p not in recent else signature(p)
        if sig is None:
            continue
        if p in recent and sig != recent[p]:
            writing.append(p)  # it changed during the look
        elif waiting_reason(p, sig, seen_for if p in recent else 0.0, stable_seconds, owners, now):
            writing.append(p)
        else:
            ready.append(p)
    return ready, writing


def owner_files_of(paths: list[Path]) -> set[str]:
    """The ``~$`` owner files beside ``paths`` (their folders, once each)."""
    owners: set[str] = set()
    for folder in {p.parent for p in paths}:
        try:
            owners |= {q.name for q in folder.iterdir() if q.name.startswith("~$")}
        except OSError:
            continue
    return owners


def still_writing(path: Path, incomplete_minutes: float | None = None) -> Outcome:
    """The run summary's line for a file left in the inbox by :func:`split_settled`.

    With ``incomplete_minutes``: a file whose time stamp is older than that and is still not complete
    (open in Excel all that while, or a copy cut short that nobody finished) says so, with a problem
    naming why and what to do; the file stays where it is all the same.
    """
    out = Outcome(file=path.name, status=WRITING, form=None, sender=None, period=None, rows=0, errors=0,
                  warnings=0, stored_path=None, note=STILL_WRITING)
    sig = signature(path)
    if incomplete_minutes is not None and sig is not None and time.time() - sig[1] / 1e9 >= incomplete_minutes * 60:
        reason = waiting_reason(path, sig, 0.0, 0.0, owner_files_of([path]))
        if reason is not None:
            out.problems.append(incomplete_problem(path, reason, incomplete_minutes))
            out.note = out.problems[0].message
    return out


def incomplete_problem(path: Path, reason: str, minutes: float) -> Problem:
    """What a file waiting longer than [schedule] inbox_incomplete_minutes is told (it stays in the inbox)."""
    fix = ("请保存并关闭 Excel/WPS 中打开的这个文件（关闭后自动处理）" if reason == OPEN_IN_EXCEL else
           "请确认复制已经完成；如复制中断或文件损坏，请删除后重新放入完整的文件" if reason == NOT_WHOLE else
           "请确认没有程序仍在写入这个文件")
    return Problem("warning", INCOMPLETE_FOR_LONG,
                   f"文件已超过 {minutes:g} 分钟仍不完整（{REASON_ZH[reason]}），仍留在收件箱，未处理", fix,
                   file=path.name)


@dataclass
class _Seen:
    signature: Signature
    since: float
    #: When the file was first seen settled but not yet complete (Excel open, not whole); None while arriving or once taken.
    waiting_since: float | None = None
    said: bool = False
    overdue_said: bool = False


class InboxWatcher:
    """Remembers what each inbox file looked like, to tell complete files from ones still arriving."""

    def __init__(self, cfg: Config, stable_seconds: float, incomplete_minutes: float | None = None) -> None:
        self.cfg = cfg
        self.stable_seconds = stable_seconds
        self.incomplete_seconds = 60 * (cfg.schedule.inbox_incomplete_minutes if incomplete_minutes is None
                                        else incomplete_minutes)
        self._seen: dict[Path, _Seen] = {}
        self._failed: dict[Path, tuple[Signature, float]] = {}
        #: Set by :meth:`ready`: files that began waiting (settled, not complete), each said once per version.
        self.newly_waiting: list[tuple[Path, str]] = []
        #: Set by :meth:`ready`: files waiting longer than [schedule] inbox_incomplete_minutes, each said once.
        self.overdue: list[tuple[Path, str]] = []
        #: Set by :meth:`ready`: seconds until the first file still arriving may have settled (inf: none).
        self.next_due = math.inf

    def ready(self, now: float | None = None) -> list[Path]:
        """Complete files (beizeng.intake.inbox.waiting_reason), oldest first."""
        now = time.monotonic() if now is None else now
        self.newly_waiting, self.overdue, self.next_due = [], [], math.inf
        try:
            files = inbox_files(self.cfg)
        except FileNotFoundError:
            return []
        owners = owner_files(self.cfg)
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
            reason = waiting_reason(path, sig, now - seen.since, self.stable_seconds, owners)
            if reason == ARRIVING:  # settled as soon as either the look or the time stamp says so
                due = min(seen.since + self.stable_seconds - now, sig[1] / 1e9 + self.stable_seconds - time.time())
                self.next_due = min(self.next_due, max(due, 0.0))
            if reason is not None:
                if reason in (OPEN_IN_EXCEL, NOT_WHOLE):
                    self._note_waiting(path, seen, reason, now)
                continue
            failed = self._failed.get(path)
            if failed and failed[0] == sig and now < failed[1]:
                continue
            out.append(path)
        self._seen = current
        return out

    def _note_waiting(self, path: Path, seen: _Seen, reason: str, now: float) -> None:
        if seen.waiting_since is None:
            seen.waiting_since = now
        if not seen.said:
            seen.said = True
            self.newly_waiting.append((path, reason))
        if not seen.overdue_said and now - seen.waiting_since >= self.incomplete_seconds:
            seen.overdue_said = True
            self.overdue.append((path, reason))

    def failed(self, paths: list[Path], now: float | None = None) -> None:
        """Hold these files back for a while: the same error every two seconds helps nobody."""
        now = time.monotonic() if now is None else now
        for path in paths:
            seen = self._seen.get(path)
            if seen is not None:
                self._failed[path] = (seen.signature, now + RETRY_AFTER)


def process(cfg: Config, paths: list[Path], wait_seconds: float = 0, allow_old: bool = False,
            receipts: Callable[[str], None] | None = None) -> list[Outcome]:
    """The writing run for a batch without Prefect: lock, back up, ingest, compute, publish.

    What the ingest flow does, as plain calls: used by `beizeng watch`, and by tests that need a
    real run in a second process.  ``receipts`` (a log): the receipt lines are written as soon as the batch
    is loaded (the ingest flow's ``receipts``), for a :func:`watch` told ``receipts=False``; a receipt that
    cannot be written is said to that log.
    """
    with writer_lock(cfg, wait_seconds):
        return process_locked(cfg, paths, allow_old, receipts)


def process_locked(cfg: Config, paths: list[Path], allow_old: bool = False,
                   receipts: Callable[[str], None] | None = None) -> list[Outcome]:
    """The body of :func:`process`, for a caller that already holds the writer lock."""
    from beizeng.intake.ingest import ingest_files
    from beizeng.store.warehouse import run_models

    paths = [p for p in paths if p.exists()]
    if not paths:
        return []
    backup(cfg)
    with open_work(cfg) as con:
        outcomes = ingest_files(con, paths, cfg, allow_old)
        if receipts is not None:
            # committed and filed away: whatever fails from here (the models, the publish), the clerk is told
            try:
                write_receipts(cfg, outcomes)
            except OSError as exc:  # a planted link, a full disk: said, and the batch goes on
                receipts(receipts_unwritten(cfg, exc))
        run_models(con)
    publish(cfg)
    return outcomes


def receipt_lines(outcomes: list[Outcome], when: dt.datetime) -> list[str]:
    """One line per file for the clerk: what became of it and where to look."""
    from beizeng.base.forms import all_forms

    forms = all_forms()
    lines = []
    for o in outcomes:
        if o.status == WRITING:  # not read at all: no form to name, and nothing wrong with it
            said = f"{o.problems[0].message}；{o.problems[0].fix}" if o.problems else STILL_IN_INBOX
            lines.append(f"{when:%H:%M:%S}  {o.file}  →  {STATUS_ZH[WRITING]}：{said}")
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


def receipts_unwritten(cfg: Config, exc: OSError) -> str:
    """What the log says when 处理结果 cannot be written (a planted link, a full disk)."""
    return f"无法写入处理结果 {cfg.receipts}：{exc}"


def write_receipts(cfg: Config, outcomes: list[Outcome], when: dt.datetime | None = None) -> Path | None:
    """Append today's receipt file in inbox/处理结果/, next to where the clerk drops files."""
    if not outcomes:
        return None
    when = when or dt.datetime.now().replace(microsecond=0)
    path = cfg.receipts / f"{when:%Y-%m-%d}.txt"
    # through beizeng.base.safe_io: a link planted at today's receipt (or at 处理结果/) is refused, never followed
    return safe_io.append_text(path, "\n".join(receipt_lines(outcomes, when)) + "\n", cfg.inbox)


#: What the watcher says, once, when Prefect's server stops answering, and once when it is back.
SERVER_DOWN = "Prefect 服务暂时连不上，收件箱监视继续等待…（放入的文件留在收件箱，恢复后自动处理）"
SERVER_BACK = "Prefect 服务已恢复，继续处理收件箱。"
#: With nothing to hand over, the server is asked this often (seconds): an outage is said when it begins.
ASK_SERVER_EVERY = 2.0


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
    reachable: Callable[[], bool] | None = None,
    receipts: bool = True,
) -> list[Outcome]:
    """Look at the inbox every ``poll_seconds`` and hand complete files to ``handle`` until ``until``
    (epoch seconds) or ``stop`` is set; returns every outcome.  Errors are logged, never fatal: the
    watcher must keep watching.

    ``reachable`` (the Prefect server answers) is asked before a batch is handed over and every
    :data:`ASK_SERVER_EVERY` seconds: while it says no, files wait in the inbox and the watcher says so
    once (:data:`SERVER_DOWN`), then once when it is back; a batch whose handler failed because the server went away meanwhile is not held back
    for :data:`RETRY_AFTER` like a broken batch, it waits for the server like the rest.  ``until`` passing during
    an outage ends the watch once the server is back and that is said.

    ``receipts=False``: ``handle`` writes a batch's receipt lines itself, right after its load (the ingest
    flow's and :func:`process`'s ``receipts``), so a batch cut off after its files were loaded (an outage
    during 计算指标/发布) still tells the clerk; the watcher only says the lines in its log.
    """
    poll = cfg.schedule.inbox_poll_seconds if poll_seconds is None else poll_seconds
    stable = cfg.schedule.inbox_stable_seconds if stable_seconds is None else stable_seconds
    stop = stop or threading.Event()
    watcher = InboxWatcher(cfg, stable)
    handled: list[Outcome] = []
    down, asked = False, 0.0
    # A run whose time is up while the server is away waits for it (files are not handed over meanwhile) and
    # says it is back before it ends: the next run can only start once the server answers, and it never knew of
    # the outage, so the run that said SERVER_DOWN is the one that can say SERVER_BACK.
    while not stop.is_set() and (until is None or time.time() < until or down):
        ready = watcher.ready()
        for path, reason in watcher.newly_waiting:
            log(f"{path.name}：{WAITING_ZH}（{REASON_ZH[reason]}）。")
        if watcher.overdue:
            minutes = watcher.incomplete_seconds / 60
            overdue = [still_writing(p) for p, _ in watcher.overdue]
            for o, (p, reason) in zip(overdue, watcher.overdue, strict=True):
                o.problems.append(incomplete_problem(p, reason, minutes))
                o.note = o.problems[0].message
            _tell(cfg, overdue, log)
        if reachable is not None and (ready or down or time.monotonic() - asked >= ASK_SERVER_EVERY):
            asked = time.monotonic()
            if reachable() == down:  # it changed: said once each way
                down = not down
                log(SERVER_DOWN if down else SERVER_BACK)
            if down:
                stop.wait(poll)
                continue
        if until is not None and time.time() >= until:
            break  # its time was up during the outage: what waits in the inbox is the next run's
        if ready:
            try:
                outcomes = handle(ready)
            except BusyError as exc:
                log(f"{exc} 稍后重试。")
            except Exception as exc:  # noqa: BLE001 - a bad batch must not stop the watcher
                if reachable is not None and not reachable():
                    down = True  # the server went away under the batch: wait for it, said once
                    log(SERVER_DOWN)
                else:
                    log(f"处理 {len(ready)} 个文件时出错（{type(exc).__name__}: {exc}），{int(RETRY_AFTER)} 秒后重试。")
                    watcher.failed(ready)
            else:
                handled.extend(outcomes)
                _tell(cfg, outcomes, log, write=receipts)
                if outcomes and on_outcomes is not None:
                    on_outcomes(outcomes)
        # a file seen arriving is looked at again when it may have settled, not a whole poll later
        stop.wait(min(poll, watcher.next_due + 0.02))
    return handled


def _tell(cfg: Config, outcomes: list[Outcome], log: Callable[[str], None], write: bool = True) -> None:
    """Receipts in 处理结果 (unless the handler wrote them) and the same lines in the watcher's output."""
    if not outcomes:
        return
    when = dt.datetime.now().replace(microsecond=0)
    try:
        if write:
            write_receipts(cfg, outcomes, when)
    except OSError as exc:  # a planted link, a full disk: said, and the watcher keeps watching
        log(receipts_unwritten(cfg, exc))
    for line in receipt_lines(outcomes, when):
        log(line)


def watcher_slot(cfg: Config, wait_seconds: float) -> AbstractContextManager[None]:
    """One watcher per warehouse: a second one (a late scheduled run, a second `serve`) waits its turn."""
    return file_lock(cfg.warehouse / ".watcher.lock", wait_seconds, "收件箱已有监视在运行。")
