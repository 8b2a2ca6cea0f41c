"""The writing session: one writer at a time, a working database, backups, an atomic copy for analysts.

DuckDB allows one writing process or many reading ones, never both.  The pipeline therefore writes
``warehouse/work/beizeng.duckdb`` under a lock file and, when a run has committed, publishes a
copy as ``warehouse/beizeng.duckdb`` by an atomic rename.  Analysts (DuckDB CLI, DBeaver, Python)
open the published file: an open reader never blocks a run, and never sees a half-written state
(a reader keeps the file it opened; the next one opens the new file).

Before a run writes, the working database is copied to ``warehouse/backups/`` (kept by age: every
run of the last day, one a day for a month, one a month for a year; see :func:`kept_reasons`) so that
``beizeng restore`` can undo a bad load, even one found weeks later.

Read-only commands import this module to reach the published copy; the warehouse code (and with it
pandera) is imported only by the functions that write, so those commands answer at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import json
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from beizeng.base.config import Config
from beizeng.base.processes import alive
from beizeng.store.planning import planned_quickly

BACKUP_SUFFIX = ".duckdb"


class BusyError(Exception):
    """Another run holds the writer lock."""


def work_db(cfg: Config) -> Path:
    return cfg.warehouse / "work" / "beizeng.duckdb"


def lock_holder(cfg: Config) -> str:
    """The process id written into the lock file by the run holding it (for the busy message)."""
    try:
        return (cfg.warehouse / ".writer.lock").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


@contextmanager
def file_lock(path: Path, wait_seconds: float, busy: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path``; wait up to ``wait_seconds``, then raise BusyError(busy).

    An advisory ``flock`` is released by the kernel when its holder dies, so a crashed run never
    leaves the warehouse locked.  The holder's process id is written into the file for messages.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("a+")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.close()
                raise BusyError(busy) from None
            time.sleep(0.2)
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


@contextmanager
def writer_lock(cfg: Config, wait_seconds: float = 0) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to ``wait_seconds`` for another run to finish."""
    holder = lock_holder(cfg)
    who = f"（进程 {holder}）" if holder else ""
    with file_lock(cfg.warehouse / ".writer.lock", wait_seconds,
                   f"另一个 beizeng 运行{who}正在写入数据仓库，请稍后再试（或加 --wait 秒数 等待）。"):
        sweep_temporaries(cfg)  # what a killed run or a full disk left half-written, before anything else
        yield


@contextmanager
def open_work(cfg: Config) -> Iterator[duckdb.DuckDBPyConnection]:
    """The working database with schema, configuration and catalogue up to date (caller holds the lock)."""
    from beizeng.store.catalogue import CATALOGUE, sync_catalogue
    from beizeng.store.warehouse import (
        connect,
        digest,
        ensure_schema,
        schema_statements,
        stamp,
        stamped,
        sync_config,
    )

    con = connect(work_db(cfg))
    try:
        # the schema, catalogue and forms' table are rebuilt only when what they are built from changed
        # (≈0.4 s of DDL and comments otherwise paid by every run, however few files it brings)
        statements = schema_statements()
        structure = digest(statements, CATALOGUE.read_text(encoding="utf-8"), _forms_rows())
        if not stamped(con, "structure", structure):
            ensure_schema(con, statements)
            sync_catalogue(con)
            sync_forms(con)
            stamp(con, "structure", structure)
        sync_config(con, cfg)
        yield con
    finally:
        con.close()


def _forms_rows() -> list[tuple[object, ...]]:
    from beizeng.base.forms import all_forms

    return [(f.code, f.title, f.senders, f.default_sender, f.frequency, f.first_month, f.unit, f.grain)
            for f in all_forms().values()]


def sync_forms(con: duckdb.DuckDBPyConnection) -> None:
    """The forms' metadata as a warehouse table, so `beizeng status` knows who owes what without pandera."""
    con.execute(
        "create or replace table form_catalogue (code varchar primary key, title varchar, senders varchar, "
        "default_sender varchar, frequency varchar, first_month integer, unit varchar, grain varchar)"
    )
    con.executemany("insert into form_catalogue values (?, ?, ?, ?, ?, ?, ?, ?)", _forms_rows())
    con.execute("comment on table form_catalogue is 'Every return type (报表): code, Chinese title, who sends it "
                "(townships / departments / both), how often, first month reported, unit, grain.'")


def _checkpointed(path: Path) -> None:
    """Fold the write-ahead log into the file, so that a plain file copy is the whole database."""
    con = duckdb.connect(str(path))
    try:
        con.execute("checkpoint")
    finally:
        con.close()


#: Temporary files end so; the sweep at a run's start (:func:`sweep_temporaries`) knows them by it.
TMP_SUFFIX = ".tmp"


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Name the file a fault happened on: a write that fills the disk raises ENOSPC without a file name,
    and the person told "disk full" needs to know which folder (beizeng.cli.main.fault_sentence says it)."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and exc.errno is not None:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise


def _set_aside(path: Path) -> Path:
    """Move what sits at ``path`` (a folder, a link: not ours to delete) to a free name beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = path.with_name(f"{path.name}.moved-{stamp}")
    os.rename(path, aside)
    return aside


def _clear_wal(db: Path) -> None:
    """Take away whatever sits at ``<db>.wal``: DuckDB would replay it into every reader of ``db``.

    The analysts' copy has no log of its own (it is published checkpointed): a ``.wal`` beside it
    was left by a read-write session on an earlier copy, and belongs to that copy alone.  Read with
    the new copy it fails every reader ("WAL checkpoint iteration does not match"), or, were the
    counters to agree, would add the session's writes to figures that never had them.  A file is
    removed (the session's writes were thrown away with its copy, as docs/operations.md says); a
    folder or a link is moved aside, since it is not ours to delete.
    """
    wal = db.with_name(f"{db.name}.wal")
    if not os.path.lexists(wal):
        return
    if wal.is_symlink() or wal.is_dir():
        _set_aside(wal)
    else:
        wal.unlink(missing_ok=True)


def publish(cfg: Config) -> Path:
    """Copy the working database to the analysts' file, atomically (rename over the old copy).

    The copy is made read-only on disk: whatever an analyst wrote into it would vanish at the next
    publish, so a read-write open is refused rather than silently lost (the owner, and root, can
    still open it read-write: what such a session leaves beside the copy is taken away here).

    Nothing left beside the published file stops a publish or breaks the new copy: the copy is
    written in a fresh folder of our own (``mkdtemp``: never someone's file or link) and renamed
    from there, a stale ``.wal`` is cleared just before the rename and once more after it, and a
    folder or link at the published name is moved aside.  On any failure (a full disk) the partial
    copy is removed and the old copy stays as it was.

    A read-write session still open on the old copy is the one thing a rename cannot leave behind:
    DuckDB names its log after the path, so its next write after a checkpoint lands beside the *new*
    copy, and a byte copy of the working database has the same identity as the old one: when the
    checkpoint counters happened to agree, every reader replayed the session's writes into the
    published figures without a word.  So while such a session holds the old copy (its lock, see
    :func:`_writer_holds`) the copy is rebuilt as a new database (``COPY FROM DATABASE``, about
    0.5 s for the test county against 0.01 s for the byte copy): a log of the old copy is then
    refused by DuckDB ("WAL does not match"), said in Chinese by :func:`open_published` and cleared
    at the next publish, never replayed.
    """
    src = work_db(cfg)
    _checkpointed(src)
    target = cfg.db_path
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TMP_SUFFIX, dir=target.parent))
    tmp = folder / target.name
    try:
        with writing(target):  # a fault is said of the published copy's folder, not of our temporary one
            if target.is_file() and _writer_holds(target):
                _rebuilt(src, tmp)
            else:
                _copied(src, tmp)
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if target.is_symlink() or target.is_dir():
            _set_aside(target)
        _clear_wal(target)
        os.replace(tmp, target)
        _clear_wal(target)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # empty after a successful rename; a partial copy otherwise
    return target


def _copied(src: Path, tmp: Path) -> None:
    """A byte copy of the (checkpointed) working database, flushed to disk before it is renamed."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
        shutil.copyfileobj(inp, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _rebuilt(src: Path, tmp: Path) -> None:
    """The working database copied into a new database file: same tables, views, macros and comments,
    a new identity (see :func:`publish`)."""
    con = duckdb.connect(str(tmp))
    try:
        (name,) = con.execute("select current_database()").fetchone() or ("",)
        quoted = str(src).replace("'", "''")
        con.execute(f"attach '{quoted}' as beizeng_work (read_only)")
        con.execute(f'copy from database beizeng_work to "{name}"')
        con.execute("detach beizeng_work")
        con.execute("checkpoint")
    finally:
        con.close()


def _writer_holds(path: Path) -> bool:
    """Whether a read-write DuckDB session holds ``path`` now (it keeps a POSIX write lock on the file;
    read-only ones a shared lock, which a shared probe passes)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also drops the probe's lock
    return False


#: DuckDB settings for a connection that runs SQL a person typed (`beizeng query`): nothing outside the
#: opened file (ATTACH, COPY … TO, read_text/read_csv/glob, INSTALL, EXPORT), and no SET or PRAGMA to undo
#: that.  Given at connect, so they hold from the first statement.
QUERY_SANDBOX = {"enable_external_access": False, "lock_configuration": True}


def attached(db: Path, sandbox: bool = False) -> duckdb.DuckDBPyConnection:
    """The copy attached read-only to a connection of its own, under the name ``connect`` would give it.

    ``duckdb.connect(path)`` hands back the instance this process already holds for the path: an analyst's
    notebook with the copy open would see the copy publish has since replaced (an older version's rows, without a
    word), and a sandboxed connect beside it fails (“different configuration”).  ATTACH opens the file itself.
    The sandbox's settings are set after the ATTACH (which they would forbid) and then locked."""
    con = planned_quickly(duckdb.connect(":memory:"))
    try:
        name = db.stem.replace('"', '""')
        path = str(db).replace("'", "''")
        con.execute(f"attach '{path}' as \"{name}\" (read_only)")
        con.execute(f'use "{name}"')
        if sandbox:
            for key, value in QUERY_SANDBOX.items():
                con.execute(f"set {key} = {str(value).lower()}")
    except BaseException:
        con.close()
        raise
    return con


def open_published(cfg: Config, sandbox: bool = False) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the analysts' copy, for commands that only read; ``sandbox`` for SQL a
    person typed (:data:`QUERY_SANDBOX`)."""
    if not cfg.db_path.exists():
        raise FileNotFoundError(f"数据仓库 {cfg.db_path} 还不存在：请先运行 `beizeng run` 或 `beizeng demo`。")
    try:
        return attached(cfg.db_path, sandbox)
    except duckdb.IOException as exc:
        if ".wal" not in str(exc):
            raise
        # a session that opened the copy read-write is still writing beside it: said, not a traceback
        raise OSError(f"分析用副本 {cfg.db_path} 旁有一个以读写方式打开它的会话写下的 {cfg.db_path.name}.wal，"
                      "副本暂时打不开：请关闭以读写方式打开副本的程序（DBeaver、duckdb 命令行等，以后请只读打开），"
                      "下一次运行发布时会自动清除它；急用时可直接删除这个 .wal 文件（其中只有那个会话自己写入的内容）。"
                      ) from None


def sweep_temporaries(cfg: Config) -> list[Path]:
    """Remove the temporary files an earlier run left when it was stopped (killed, disk full).

    Every writer names its partial files ``.<name>….tmp`` (``.tmp.xlsx``, ``.tmp.docx`` for the
    outputs) in the target's own folder and renames them when whole, so one left behind is a
    fragment nobody will finish, and on a full disk the space the next run needs.  Called by every
    writing run at its start, under the writer lock (:func:`writer_lock`), over the warehouse's folders
    and the rejected and quarantine folders (never the inbox itself: a sender's copy in progress may be named so).
    Links are never followed nor removed.  What a writer may still be at work on is left: see :func:`_stale`.
    """
    removed: list[Path] = []
    locked = {cfg.warehouse, cfg.backups, work_db(cfg).parent}
    for root in (cfg.warehouse, cfg.rejected, cfg.inbox / "quarantine"):
        if not root.is_dir() or root.is_symlink():
            continue
        for folder, dirs, files in os.walk(root):  # os.walk does not descend into linked folders
            if Path(folder) == cfg.warehouse:  # publish's own folders (mkdtemp), of a run that was stopped
                if "prefect" in dirs:
                    dirs.remove("prefect")  # the Prefect server's home (beizeng.run.orchestrator): not ours to sweep
                for name in [d for d in dirs if TEMPORARY.fullmatch(d) and d.startswith(f".{cfg.db_path.name}.")]:
                    path = Path(folder) / name
                    if not path.is_symlink():
                        shutil.rmtree(path, ignore_errors=True)
                        dirs.remove(name)
                        removed.append(path)
            for name in files:
                path = Path(folder) / name
                if not TEMPORARY.fullmatch(name) or not _stale(path, Path(folder) in locked):
                    continue
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                removed.append(path)
    return removed


def _stale(path: Path, locked: bool) -> bool:
    """Whether a temporary file is a leftover: in a folder only written under the writer lock (the
    published copy, backups, the working database), by a process that is gone (the process id in
    its name, as publish and the feedback writers put it), or older than :data:`TMP_GRACE_SECONDS`
    (the outputs: `beizeng report` writes them without the lock)."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    if locked:
        return True
    pids = [int(p) for p in re.findall(r"\.(\d{2,7})\.", path.name)]
    if any(not alive(pid) for pid in pids):
        return True
    return time.time() - st.st_mtime >= TMP_GRACE_SECONDS


#: The names writers give their partial files (see :func:`sweep_temporaries`): hidden, ``.tmp`` last or
#: before the real suffix (``.汇总表.xlsx.tmp.xlsx``, which xlsxwriter and python-docx need).
TEMPORARY = re.compile(r"\..+\.tmp(?:\.(?:xlsx|docx|csv|md))?")
#: How old a temporary file must be before the sweep takes it for a leftover (its writer may still be at work).
TMP_GRACE_SECONDS = 60.0


# ---------------------------------------------------------------------------------------------
# Backups
# ---------------------------------------------------------------------------------------------

def list_backups(cfg: Config) -> list[Path]:
    """The backups, oldest first (their names are their time stamps)."""
    if not cfg.backups.exists():
        return []
    return sorted(p for p in cfg.backups.iterdir() if p.is_file() and p.suffix == BACKUP_SUFFIX
                  and not p.name.startswith(".") and BACKUP_NAME.fullmatch(p.stem))


#: A backup's name: its time stamp to the millisecond (name order is time order), then its label, if any.
BACKUP_NAME = re.compile(r"(\d{8}-\d{6}-\d{3})(?:-(.+))?")
#: What a backup holds, written beside it (``<stamp>.json``) so `restore --list` never opens every backup.
HOLDS_SUFFIX = ".json"


@dataclass(frozen=True)
class Holds:
    """What a warehouse holds: what `restore --list` shows of a backup, and how a run that changed
    nothing is recognised (same last submission, same set-up and models' stamps: nothing to back up)."""

    last_submission: int
    submissions: int
    files: int
    returns: int
    latest_period: str
    stamps: str

    @property
    def signature(self) -> tuple[int, int, str]:
        return (self.last_submission, self.submissions, self.stamps)


def holds(con: duckdb.DuckDBPyConnection) -> Holds:
    """What the warehouse behind ``con`` holds (a database without the tables yet holds nothing)."""
    try:
        row = con.execute(
            "select coalesce(max(submission_id), 0), count(*), "
            "count(distinct file_hash) filter (where status = 'accepted'), "
            "count(*) filter (where status = 'accepted'), "
            "coalesce(max(period) filter (where status = 'accepted'), '') from submissions").fetchone()
    except duckdb.CatalogException:
        row = None
    try:
        stamp_rows = con.execute("select name, digest from beizeng_stamps order by name").fetchall()
    except duckdb.CatalogException:
        stamp_rows = []
    last, n, files, returns, latest = row if row else (0, 0, 0, 0, "")
    return Holds(int(last), int(n), int(files), int(returns), str(latest),
                 ";".join(f"{name}={digest}" for name, digest in stamp_rows))


def backup_time(path: Path) -> dt.datetime:
    """When a backup was taken, from its name (a copy of the file keeps it; its mtime would not)."""
    found = BACKUP_NAME.fullmatch(path.stem)
    if not found:
        raise ValueError(f"{path.name} 不是 beizeng 的备份文件名（应为 年月日-时分秒-毫秒.duckdb）")
    return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")


def backup_holds(path: Path) -> Holds | None:
    """What a backup holds: from the note written beside it, else by opening it read-only; None when
    it cannot be read (a damaged copy is listed as such, not a traceback)."""
    note = path.with_suffix(HOLDS_SUFFIX)
    try:
        return Holds(**json.loads(note.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        return holds(con)
    except duckdb.Error:
        return None
    finally:
        con.close()


def backup(cfg: Config, label: str = "", now: dt.datetime | None = None) -> Path | None:
    """Copy the working database to warehouse/backups/<time stamp>.duckdb, then prune by age.

    Called under the writer lock before a run writes.  None when there is nothing yet to back up, or
    when the working database holds exactly what the newest backup holds (the runs since changed
    nothing: a watcher's empty rounds, a rerun of the demo): a copy per such run would push the
    tiers' older states out with copies of one state.  A labelled backup (the one taken before a
    restore) is always taken, and pruned apart from the regular ones, so restoring never pushes out
    the backup a person may want next.
    """
    src = work_db(cfg)
    if not src.exists():
        return None
    con = duckdb.connect(str(src))
    try:
        con.execute("checkpoint")  # fold the write-ahead log in: a plain file copy is then the whole database
        held = holds(con)
    finally:
        con.close()
    if not label:
        regular = [p for p in list_backups(cfg) if not _label(p)]
        newest = backup_holds(regular[-1]) if regular else None
        if newest is not None and newest.signature == held.signature:
            return None
    cfg.backups.mkdir(parents=True, exist_ok=True)
    # fixed-width time stamps to the millisecond: name order is time order
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    target = cfg.backups / f"{stamp}{'-' + label if label else ''}{BACKUP_SUFFIX}"
    while target.exists():
        time.sleep(0.001)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
        target = cfg.backups / f"{stamp}{'-' + label if label else ''}{BACKUP_SUFFIX}"
    tmp = cfg.backups / f".{target.name}.tmp"
    note_tmp = cfg.backups / f".{target.stem}{HOLDS_SUFFIX}.tmp"
    try:
        with writing(tmp):
            shutil.copyfile(src, tmp)
            note_tmp.write_text(json.dumps(dataclasses.asdict(held), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
        os.replace(note_tmp, target.with_suffix(HOLDS_SUFFIX))
    finally:
        tmp.unlink(missing_ok=True)  # a partial copy (disk full) is not left to fill the disk further
        note_tmp.unlink(missing_ok=True)
    prune_backups(cfg, now)
    return target


def kept_reasons(stamps: list[dt.datetime], cfg: Config, now: dt.datetime) -> list[str]:
    """For each backup time (one kind of backup), why it is kept ('' = not kept), by the rule of
    beizeng.toml: ``backups_keep`` (the old setting: the newest N), else the tiers of [backups]:
    every backup of the last ``all_hours``, the newest of each of the last ``daily_days`` days, the
    newest of each of the last ``monthly_months`` months.  The newest backup is always kept."""
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    reasons = [""] * len(stamps)
    if cfg.backups_keep is not None:
        for i in order[: cfg.backups_keep]:
            reasons[i] = f"最近{cfg.backups_keep}份"
        return reasons
    tiers = cfg.backup_tiers
    seen_days: set[dt.date] = set()
    seen_months: set[tuple[int, int]] = set()
    for rank, i in enumerate(order):
        t = stamps[i]
        day, month = t.date(), (t.year, t.month)
        newest_of_day, newest_of_month = day not in seen_days, month not in seen_months
        seen_days.add(day)
        seen_months.add(month)
        if rank == 0 or now - t < dt.timedelta(hours=tiers.all_hours):
            reasons[i] = "最新" if rank == 0 else f"{tiers.all_hours}小时内"
        elif newest_of_day and (now.date() - day).days < tiers.daily_days:
            reasons[i] = "每日"
        elif newest_of_month and (now.year * 12 + now.month) - (t.year * 12 + t.month) < tiers.monthly_months:
            reasons[i] = "每月"
    return reasons


def prune_backups(cfg: Config, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the rule no longer keeps (:func:`kept_reasons`), each kind apart; returns them."""
    now = now or dt.datetime.now()
    removed: list[Path] = []
    found = list_backups(cfg)
    for label in sorted({_label(p) for p in found}):
        kind = [p for p in found if _label(p) == label]
        for path, why in zip(kind, kept_reasons([backup_time(p) for p in kind], cfg, now), strict=True):
            if not why:
                path.unlink(missing_ok=True)
                path.with_suffix(HOLDS_SUFFIX).unlink(missing_ok=True)
                removed.append(path)
    return removed


@dataclass(frozen=True)
class BackupInfo:
    """One line of `beizeng restore --list`."""

    path: Path
    taken: dt.datetime
    label: str
    size: int
    holds: Holds | None
    kept_as: str


def describe_backups(cfg: Config, now: dt.datetime | None = None) -> list[BackupInfo]:
    """Every backup, oldest first, with when it was taken, what it holds, its size and why it is kept."""
    now = now or dt.datetime.now()
    found = list_backups(cfg)
    why: dict[Path, str] = {}
    for label in {_label(p) for p in found}:
        kind = [p for p in found if _label(p) == label]
        why.update(zip(kind, kept_reasons([backup_time(p) for p in kind], cfg, now), strict=True))
    out = []
    for p in found:
        try:
            size = p.stat().st_size
        except OSError:
            continue  # pruned by a run between the listing and here
        out.append(BackupInfo(p, backup_time(p), _label(p), size, backup_holds(p),
                              "恢复前" if _label(p) == "before-restore" else why.get(p, "")))
    return out


def retention_words(cfg: Config) -> str:
    """The rule of :func:`kept_reasons` in a sentence, for `restore --list` and the docs' example."""
    if cfg.backups_keep is not None:
        return (f"按 beizeng.toml 的 backups_keep = {cfg.backups_keep} 只保留最近 {cfg.backups_keep} 份；"
                "删除这一行即改为按时间分层保留（24小时内每次一份、30天内每天一份、12个月内每月一份，可在 [backups] 中调整）")
    t = cfg.backup_tiers
    return (f"{t.all_hours}小时内每次运行一份、{t.daily_days}天内每天一份、{t.monthly_months}个月内每月一份；"
            "没有改动数据仓库的运行不另备份")


def _label(path: Path) -> str:
    """'' for a regular backup, else its label ('before-restore')."""
    found = BACKUP_NAME.fullmatch(path.stem)
    return (found.group(2) or "") if found else ""


def find_backup(cfg: Config, name: str | None) -> Path:
    """The backup a person named (file name, its time stamp, or a path); the newest regular one when none is named."""
    found = list_backups(cfg)
    regular = [p for p in found if not _label(p)]
    if not regular and not name:
        raise FileNotFoundError(f"没有可用的备份（{cfg.backups}）：每次写入数据仓库之前才会生成备份。")
    if not name:
        return regular[-1]
    direct = Path(name)
    if direct.is_file():
        return direct.resolve()
    matches = [p for p in found if p.name == name or p.stem == name or p.name.startswith(name)]
    if len(matches) != 1:
        listed = "、".join(p.stem for p in found)
        why = "有多个备份符合" if matches else "找不到备份"
        raise FileNotFoundError(f"{why}“{name}”。可用的备份：{listed}")
    return matches[0]


def _submission_files(path: Path) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("select file_hash, file_name from submissions where status = 'accepted'").fetchall()
    except duckdb.Error as exc:
        raise ValueError(f"{path.name} 不是 beizeng 数据仓库的备份：{exc}") from None
    finally:
        con.close()
    return {str(h): str(n) for h, n in rows}


def files_lost(cfg: Config, source: Path) -> list[str]:
    """The accepted files the working database holds and the backup does not: what a restore of it drops
    (they stay in the archive and can be dropped into the inbox again)."""
    dst = work_db(cfg)
    if not dst.exists():
        return []
    restored_files = _submission_files(source)
    return sorted(n for h, n in _submission_files(dst).items() if h not in restored_files)


def restore(cfg: Config, source: Path, wait_seconds: float = 0) -> tuple[Path | None, list[str]]:
    """Make a backup the working database again and republish it, under the writer lock.

    The state being replaced is itself backed up first, so a restore can be undone.  Returns that
    backup and the accepted files the restored database no longer holds (they sit in the archive
    and can be dropped into the inbox again).
    """
    with writer_lock(cfg, wait_seconds):
        dst = work_db(cfg)
        dst.parent.mkdir(parents=True, exist_ok=True)
        # copy first: taking the safety backup may prune the very file being restored
        tmp = dst.with_name(f".{dst.name}.restore.tmp")
        try:
            with writing(tmp):
                shutil.copyfile(source, tmp)
            lost = files_lost(cfg, source)
            before = backup(cfg, "before-restore") if dst.exists() else None
            Path(f"{dst}.wal").unlink(missing_ok=True)
            os.replace(tmp, dst)
        finally:
            tmp.unlink(missing_ok=True)  # gone after the rename; a partial copy (disk full) otherwise
        publish(cfg)
    return before, lost
