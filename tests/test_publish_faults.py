"""Publishing that nothing left beside the analysts' copy can break, and the machine's faults said in Chinese
(issue 12, items 7 and 8): a .wal from a read-write session, folders and links where the copy goes, a full
disk and a read-only folder during a run, temporaries of a stopped run."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, load_config
from beizeng.cli.main import app, fault_sentence
from beizeng.intake.ingest import inbox_files
from beizeng.intake.watch import process
from beizeng.store.session import TMP_GRACE_SECONDS, list_backups, publish, work_db, writer_lock
from tests.county import write_config
from tests.scenarios import city_2026_06, full_county

runner = CliRunner()
BEIZENG = str(Path(sys.executable).with_name("beizeng"))
#: A read-write session on the published copy, as an analyst's DuckDB CLI or DBeaver opens it; os._exit
#: ends it the way a closed laptop or a killed DBeaver does: its log stays beside the file.
ANALYST = """
import duckdb, os, sys
con = duckdb.connect(sys.argv[1])
con.execute("create table analyst_notes as select 1 as n")
if len(sys.argv) > 2:  # stay open across a publish: checkpoint, say so, wait, write once more
    con.execute("checkpoint")
    print("ready", flush=True)
    sys.stdin.readline()
    con.execute("create table analyst_more as select 2 as n")
os._exit(0)
"""


def va(cfg: Config) -> object:
    con = duckdb.connect(str(cfg.db_path), read_only=True)
    try:
        row = con.execute("select value from indicator_values where period = '2026-06' and scope = ? "
                          "and indicator = 'va_yoy_pct'", [cfg.county]).fetchone()
        tables = {t for (t,) in con.execute("select table_name from duckdb_tables()").fetchall()}
    finally:
        con.close()
    assert "analyst_notes" not in tables and "analyst_more" not in tables  # an analyst's writes are not published
    return row[0] if row else None


def temporaries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if ".tmp" in p.name and p.name.startswith("."))


def snapshot(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a clean run and a run after a fault must agree on: the files received and every figure."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        files = con.execute("select file_name, status, form, sender, period from submissions order by all").fetchall()
        figures = con.execute("select period, scope, indicator, value from indicator_values order by all").fetchall()
    finally:
        con.close()
    return files, figures


@contextlib.contextmanager
def tmpfs(folder: Path, size: str, *options: str) -> Iterator[None]:
    """A small file system of its own at ``folder`` (mount -t tmpfs): a real full disk, a real read-only folder."""
    folder.mkdir(parents=True, exist_ok=True)
    opts = ",".join([f"size={size}", *options])
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}): the disk-full tests need root")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# ---------------------------------------------------------------------------------------------
# a read-write session's .wal, and whatever else sits where the copy goes
# ---------------------------------------------------------------------------------------------

def test_a_wal_left_by_a_read_write_session_is_gone_at_the_next_publish(published: Config) -> None:
    done = subprocess.run([sys.executable, "-c", ANALYST, str(published.db_path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    wal = published.db_path.with_name("beizeng.duckdb.wal")
    assert wal.stat().st_size > 0  # the session's table is in its log, beside the copy
    city_2026_06(published.inbox, "统计局_2026-06_全市各县区主要工业指标对比（更正）.xlsx", our_va=7.5)
    assert [o.status for o in process(published, inbox_files(published))] == ["accepted"]
    assert not wal.exists()
    assert va(published) == 7.5  # a read-only connect opens the new copy and sees the new figure
    result = runner.invoke(app, ["status", "2026-06"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["query", "select value from indicator_values where indicator = 'va_yoy_pct' "
                                          "and period = '2026-06' and scope = '测试县'"])
    assert result.exit_code == 0 and "7.5000" in result.output, result.output


def test_a_session_still_open_across_a_publish_is_said_in_chinese_then_cleared(published: Config) -> None:
    """A session kept open writes a new log beside the new copy after the publish: readers get one
    sentence saying what to close (not DuckDB's "WAL checkpoint iteration does not match"), and the next
    publish takes the log away again."""
    session = subprocess.Popen([sys.executable, "-c", ANALYST, str(published.db_path), "stay"], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert session.stdout is not None and session.stdin is not None
        assert session.stdout.readline().strip() == "ready"
        city_2026_06(published.inbox, "统计局_2026-06_全市各县区主要工业指标对比（更正）.xlsx", our_va=7.5)
        assert [o.status for o in process(published, inbox_files(published))] == ["accepted"]
        session.stdin.write("go\n")
        session.stdin.flush()
        assert session.wait(timeout=60) == 0, session.stderr.read() if session.stderr else ""
    finally:
        if session.poll() is None:
            session.kill()
    result = runner.invoke(app, ["status", "2026-06"])
    assert result.exit_code == 2
    text = "".join(result.output.splitlines())
    assert text.startswith(f"分析用副本 {published.db_path} 旁有一个以读写方式打开它的会话写下的 beizeng.duckdb.wal")
    assert "请关闭以读写方式打开副本的程序" in text and "Traceback" not in text
    city_2026_06(published.inbox, "统计局_2026-06_全市各县区主要工业指标对比（再更正）.xlsx", our_va=8.5)
    assert [o.status for o in process(published, inbox_files(published))] == ["accepted"]
    assert va(published) == 8.5
    assert runner.invoke(app, ["status", "2026-06"]).exit_code == 0


def test_folders_links_and_leftovers_where_the_copy_goes_do_not_stop_a_publish(published: Config,
                                                                              tmp_path: Path) -> None:
    target = published.db_path
    wal = target.with_name("beizeng.duckdb.wal")
    wal.mkdir()
    (wal / "某人的笔记.txt").write_text("不是我们的", encoding="utf-8")
    stale = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # the old fixed temporary name, read-only
    stale.write_bytes(b"half a copy")
    stale.chmod(0o444)
    elsewhere = tmp_path / "elsewhere.duckdb"
    elsewhere.write_bytes(b"someone else's file")
    target.unlink()
    target.symlink_to(elsewhere)  # a link planted at the published name: replaced, never written through
    publish(published)
    assert not target.is_symlink() and elsewhere.read_bytes() == b"someone else's file"
    assert va(published) == 6.5
    moved = sorted(p.name for p in target.parent.iterdir() if ".moved-" in p.name)
    assert [m.split(".moved-")[0] for m in moved] == ["beizeng.duckdb", "beizeng.duckdb.wal"]  # set aside, kept
    kept = next(p for p in target.parent.iterdir() if p.name.startswith("beizeng.duckdb.wal.moved-"))
    assert (kept / "某人的笔记.txt").read_text(encoding="utf-8") == "不是我们的"
    target.unlink()
    target.mkdir()  # a folder where the copy goes
    publish(published)
    assert target.is_file() and va(published) == 6.5
    with writer_lock(published):  # the next start sweeps the stale temporary (only written under the lock)
        pass
    assert not stale.exists() and temporaries(published.warehouse) == []


def test_every_writing_run_starts_by_removing_what_a_stopped_run_left(county: Config) -> None:
    wh = county.warehouse
    (wh / "backups").mkdir(parents=True)
    (wh / "out" / "2026-06").mkdir(parents=True)
    (wh / "archive" / "2026-06").mkdir(parents=True)
    (county.inbox / "rejected").mkdir(parents=True)
    old = time.time() - TMP_GRACE_SECONDS - 5
    leftovers = [wh / ".beizeng.duckdb.4242.abcd.tmp", wh / "backups" / ".20260601-070000-000.duckdb.tmp",
                 wh / "archive" / "2026-06" / ".东镇.xlsx.反馈.xlsx.9999999.0a1b2c3d.tmp",
                 county.inbox / "rejected" / ".东镇.xlsx.errors.txt.9999998.tmp"]
    aged = wh / "out" / "2026-06" / ".测试县2026年1-6月汇总表.xlsx.tmp.xlsx"
    fresh = wh / "out" / "2026-06" / ".测试县2026年1-6月报告.docx.tmp.docx"  # `beizeng report` may be writing it
    senders = county.inbox / ".东镇_2026-06.xlsx.tmp"  # a copy into the inbox in progress: not ours
    (wh / "prefect").mkdir()
    server = wh / "prefect" / ".prefect.db.tmp"  # the Prefect server's home: not ours either
    ours = wh / "out" / "2026-06" / "测试县2026年1-6月汇总表.xlsx"
    for p in [*leftovers, aged, fresh, senders, server, ours]:
        p.write_bytes(b"x" * 100)
    for p in (aged, server):
        os.utime(p, (old, old))
    link = wh / "archive" / "2026-06" / ".planted.tmp"
    link.symlink_to(ours)
    with writer_lock(county):
        pass
    assert [p for p in [*leftovers, aged] if p.exists()] == []
    assert fresh.exists() and senders.exists() and server.exists() and link.is_symlink()
    assert ours.read_bytes() == b"x" * 100


# ---------------------------------------------------------------------------------------------
# a full disk, a read-only folder
# ---------------------------------------------------------------------------------------------

def clean_reference(tmp_path: Path) -> Path:
    """The published copy of a clean run of the full 2026-06 county, for comparison."""
    cfg = load_config(write_config(tmp_path / "clean"))
    cfg.inbox.mkdir(parents=True)
    full_county(cfg.inbox)
    process(cfg, inbox_files(cfg))
    return cfg.db_path


def test_a_disk_full_during_the_load_loses_nothing_and_the_next_run_publishes_a_clean_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = load_config(write_config(tmp_path / "county"))
    monkeypatch.setenv("BEIZENG_CONFIG", str(cfg.root / "beizeng.toml"))
    cfg.inbox.mkdir(parents=True)
    full_county(cfg.inbox)
    with tmpfs(cfg.warehouse, "5m"):
        with pytest.raises(duckdb.Error) as caught:
            process(cfg, inbox_files(cfg))
        assert fault_sentence(caught.value) == (
            f"磁盘空间不足，无法写入文件夹 {cfg.warehouse / 'work'}：请清理该磁盘（例如删除 warehouse/backups 中较早的备份）"
            "或把它移到空间足够的磁盘，然后重新运行 `beizeng run`。已写入的数据不会丢失，没有处理完的报表仍在收件箱中。")
        assert temporaries(cfg.warehouse) == [] and not cfg.db_path.exists()
        # space freed: what `beizeng run` does with nothing new in the inbox
        subprocess.run(["mount", "-o", "remount,size=64m", str(cfg.warehouse)], check=True)
        from beizeng.store.session import open_work
        from beizeng.store.warehouse import run_models

        with writer_lock(cfg), open_work(cfg) as con:
            run_models(con)
        publish(cfg)
        assert snapshot(cfg.db_path) == snapshot(clean_reference(tmp_path))
        assert temporaries(cfg.warehouse) == []


def test_a_full_or_read_only_backups_folder_is_one_sentence_and_changes_nothing(published: Config,
                                                                              tmp_path: Path) -> None:
    city_2026_06(published.inbox, "统计局_2026-06_全市各县区主要工业指标对比（更正）.xlsx", our_va=7.5)
    process(published, inbox_files(published))  # a second run: now there is a backup
    (backup,) = list_backups(published)  # the backup itself, not its .json note
    saved = tmp_path / backup.name
    saved.write_bytes(backup.read_bytes())
    before = snapshot(work_db(published)), snapshot(published.db_path)
    with tmpfs(published.backups, "1m"):
        result = runner.invoke(app, ["restore", str(saved), "--yes"])
        assert result.exit_code == 2, result.output
        assert "".join(result.output.splitlines()) == (
            f"磁盘空间不足，无法写入文件夹 {published.backups}：请清理该磁盘（例如删除 warehouse/backups 中较早的备份）"
            "或把它移到空间足够的磁盘，然后重新运行 `beizeng run`。已写入的数据不会丢失，没有处理完的报表仍在收件箱中。")
        assert temporaries(published.warehouse) == []
    with tmpfs(published.backups, "64m", "ro"):
        result = runner.invoke(app, ["restore", str(saved), "--yes"])
        assert result.exit_code == 2, result.output
        assert "".join(result.output.splitlines()) == (
            f"文件夹 {published.backups} 所在的磁盘是只读的，无法写入：请把它重新挂载为可写（或在 beizeng.toml 的 [paths] "
            "中换一个可写的位置），然后重新运行。已写入的数据不会丢失，没有处理完的报表仍在收件箱中。")
    assert (snapshot(work_db(published)), snapshot(published.db_path)) == before
    assert temporaries(published.warehouse) == [] and va(published) == 7.5


def test_a_missing_permission_names_the_folder_and_the_user() -> None:
    """Root, who runs these tests, is never refused by permissions: the sentence is checked as raised."""
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/丹河县/warehouse/out/2026-06/汇总表.xlsx")
    sentence = fault_sentence(exc)
    assert sentence is not None and sentence.startswith(
        "没有权限读写文件夹 /srv/丹河县/warehouse/out/2026-06（当前用户 ")
    assert sentence.endswith("请给该用户这个文件夹的读写权限，或以有权限的用户运行，然后重新运行。"
                             "已写入的数据不会丢失，没有处理完的报表仍在收件箱中。")
    assert fault_sentence(OSError(errno.ENOENT, "No such file", "/x")) is None  # other faults are not guessed at
    assert fault_sentence(ValueError("x")) is None


@pytest.mark.slow
def test_beizeng_run_on_a_full_disk_exits_2_in_chinese_and_the_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    """The whole command in its own process, the warehouse on a 8 MB file system: the load fits, the
    analysts' copy does not.  (Prefect's server keeps its database in a roomy file system of its own.)"""
    root = tmp_path / "county"
    path = write_config(root)
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True)
    full_county(cfg.inbox)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(BEIZENG_CONFIG=str(path), BEIZENG_PREFECT_IDLE_SECONDS="120", BEIZENG_PREFECT_START_SECONDS="300")
    with tmpfs(cfg.warehouse, "8m"), tmpfs(cfg.warehouse / "prefect", "300m"):
        try:
            done = subprocess.run([BEIZENG, "run", "2026-06"], env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 2, done.stdout + done.stderr
            lines = done.stdout.splitlines()
            # the stage lines of the steps that finished, then the one sentence (wrapped by the console)
            steps = [line.split("：")[0] for line in lines if line.startswith("✓ ")]
            assert steps == ["✓ 备份", "✓ 读取与校验", "✓ 入库", "✓ 计算指标"], lines
            said = "".join(line for line in lines if not line.startswith("✓ ")).strip()
            assert said == (f"磁盘空间不足，无法写入文件夹 {cfg.warehouse}：请清理该磁盘（例如删除 warehouse/backups 中较早的"
                            "备份）或把它移到空间足够的磁盘，然后重新运行 `beizeng run`。已写入的数据不会丢失，没有处理完的报表仍在收件箱中。")
            assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
            assert temporaries(cfg.warehouse) == []
            subprocess.run(["mount", "-o", "remount,size=64m", str(cfg.warehouse)], check=True)
            done = subprocess.run([BEIZENG, "run", "2026-06"], env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stdout + done.stderr
            assert snapshot(cfg.db_path) == snapshot(clean_reference(tmp_path))
            assert temporaries(cfg.warehouse) == []
        finally:
            subprocess.run([BEIZENG, "stop"], env=env, capture_output=True, timeout=60)


#: A writing run killed (SIGKILL: no finally, no cleanup) half-way through copying the analysts' copy.
KILLED_MID_PUBLISH = """
import os, signal, sys
from pathlib import Path
import beizeng.store.session as session
from beizeng.base.config import load_config

def half(src, tmp):
    with tmp.open("wb") as out:
        out.write(src.read_bytes()[: src.stat().st_size // 2])
    os.kill(os.getpid(), signal.SIGKILL)

session._copied = half
cfg = load_config(Path(sys.argv[1]))
with session.writer_lock(cfg):
    session.publish(cfg)
"""


def test_a_run_killed_while_publishing_leaves_the_old_copy_and_the_next_start_clears_its_half(
        published: Config) -> None:
    before = snapshot(published.db_path)
    done = subprocess.run([sys.executable, "-c", KILLED_MID_PUBLISH, str(published.root / "beizeng.toml")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    (half,) = temporaries(published.warehouse)  # the folder publish writes in, with half a copy inside
    assert half.is_dir() and next(half.iterdir()).stat().st_size > 0
    assert snapshot(published.db_path) == before  # readers still have the whole old copy
    city_2026_06(published.inbox, "统计局_2026-06_全市各县区主要工业指标对比（更正）.xlsx", our_va=7.5)
    assert [o.status for o in process(published, inbox_files(published))] == ["accepted"]
    assert temporaries(published.warehouse) == [] and va(published) == 7.5
