"""Kill the ingest process with SIGKILL at its dangerous moments; the next run must end exactly as a clean run.

The ingest runs in a real child process (the plain functions the flow's tasks call: writer lock,
open the warehouse, ingest the inbox, compute, publish).  ``BEIZENG_CRASH_AT`` names the point
(beizeng/base/faults.py): while reading, mid-load (inside the open transaction), after the commit before
any file is moved, between two file moves.  The child announces the point and waits; the test sends
SIGKILL.  Then a second, undisturbed run, and its result (the warehouse's every table, the
indicators, the files in the inbox, archive and rejected folders) is compared with a clean run of the
same inbox: nothing lost, nothing doubled, nothing different.  A slow variant kills at moments
chosen by the clock alone, with no hook at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from beizeng.base.config import Config, load_config
from beizeng.base.faults import ANNOUNCE, ENV, WAIT_ENV
from beizeng.store.session import work_db
from tests.county import write_config
from tests.scenarios import E2, ent_2026_06, enterprise_output, full_county

REPO = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_S = 120

#: The ingest as ``beizeng ingest`` does it, minus Prefect (whose temporary server would cost ~6 s a run).
#: The points are beizeng.base.faults.crash_point calls in beizeng.intake.ingest (read, load, committed, moved).
CHILD = r"""
import sys
from pathlib import Path

import beizeng.intake.ingest as ingest
from beizeng.base.config import load_config
from beizeng.store.session import open_work, publish, writer_lock
from beizeng.store.warehouse import run_models

cfg = load_config(Path(sys.argv[1]))
print("BEIZENG_STARTED", flush=True)
with writer_lock(cfg, 30):
    with open_work(cfg) as con:
        ingest.ingest_files(con, ingest.inbox_files(cfg), cfg)
        run_models(con)
    publish(cfg)
print("BEIZENG_DONE", flush=True)
"""


def start(cfg: Config, crash_at: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in (ENV, WAIT_ENV)}
    if crash_at:
        env |= {ENV: crash_at, WAIT_ENV: "1"}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(cfg.root / "beizeng.toml")], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen[str], marker: str, timeout: float = RUN_TIMEOUT_S) -> bool:
    """Read the child's stdout until a line starts with ``marker``; False if it ended (or timed out) first."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:
            return False
        if line.startswith(marker):
            return True
    return False


def clean_run(cfg: Config) -> None:
    proc = start(cfg)
    assert wait_for(proc, "BEIZENG_DONE"), proc.stderr.read() if proc.stderr else ""
    assert proc.wait(RUN_TIMEOUT_S) == 0


def kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(30) == -signal.SIGKILL


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# What "exactly the warehouse a clean run gives" means
# ---------------------------------------------------------------------------------------------

#: Columns that differ between any two runs by nature: ids from a sequence, the clock.
VOLATILE = {"submission_id", "received_at"}
#: The clock in a file name: ingest._unique adds ".YYYYMMDD-HHMMSS" when a name is taken.
STAMP = re.compile(r"\.\d{8}-\d{6}(?:-\d+)?(?=\.[^./]+$)")


def unstamped(text: str) -> str:
    return STAMP.sub(".<stamp>", text)
SKIP_FILES = ("warehouse/work", "warehouse/backups", "warehouse/beizeng.duckdb", "warehouse/.writer.lock", "beizeng.toml")


def snapshot(cfg: Config) -> dict[str, Any]:
    """Every table (submission ids replaced by the file hash, clock columns left out) and every file kept."""
    root = str(cfg.root)
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    state: dict[str, Any] = {}
    try:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                            "where table_type = 'BASE TABLE' and table_schema = 'main'").fetchall()]
        for table in sorted(tables):
            cols = con.execute("select column_name, data_type from information_schema.columns where table_name = ? "
                               "order by ordinal_position", [table]).fetchall()
            keep = [c for c, t in cols if c not in VOLATILE and not (t.startswith("TIMESTAMP") and c != "file_mtime")]
            select_list = ", ".join(f"t.{c}" for c in keep)
            if any(c == "submission_id" for c, _ in cols) and table != "submissions":
                sql = (f"select s.file_hash, s.status, {select_list} from {table} t "
                       f"join submissions s using (submission_id)")
            else:
                sql = f"select {select_list} from {table} t"
            rows = con.execute(sql).fetchall()
            state[table] = sorted(tuple(unstamped(str(v).replace(root, "<root>")) for v in r) for r in rows)
        state["indicator_values"] = sorted(con.execute("select * from indicator_values").fetchall(), key=repr)
    finally:
        con.close()
    files = {}
    for p in sorted(cfg.root.rglob("*")):
        rel = unstamped(p.relative_to(cfg.root).as_posix())
        if p.is_file() and not rel.startswith(SKIP_FILES) and not p.name.startswith("."):
            # generated workbooks carry their creation time; returns and error lists must be identical
            files[rel] = sha(p) if p.suffix in (".xlsx", ".xls", ".txt") and "反馈" not in p.name else "present"
    state["files"] = files
    return state


def write_inbox(inbox: Path) -> dict[str, str]:
    """The scenario county's returns, one return with errors, one unreadable file and one resent copy."""
    paths = full_county(inbox)
    bad = ent_2026_06()
    bad[1] = (E2, "东关饲料有限公司", "北镇", False, "2018-06", "两万", 22000)  # type: ignore[assignment]
    paths.append(enterprise_output(inbox, "2026-06", bad, name="统计局_2026-06_规上工业企业生产月报（有错）.xlsx"))
    (inbox / "坏文件.xlsx").write_bytes(b"this is not a workbook")
    shutil.copy2(paths[3], inbox / "统计局_2026-06_全市对比（再次发送）.xlsx")
    now = time.time() - 3600
    for i, p in enumerate(sorted(inbox.iterdir())):
        os.utime(p, (now + i, now + i))  # a fixed reading order, the same in every copy
    return {sha(p): p.name for p in inbox.iterdir()}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inbox = tmp_path_factory.mktemp("crash-source")
    write_inbox(inbox)
    return inbox


def county_with(source: Path, root: Path) -> Config:
    cfg = load_config(write_config(root))
    shutil.copytree(source, cfg.inbox, copy_function=shutil.copy2)
    return cfg


@pytest.fixture(scope="module")
def reference(source: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The state a clean run of the inbox leaves (and, under "duration", how long its work took)."""
    cfg = county_with(source, tmp_path_factory.mktemp("crash-clean") / "county")
    proc = start(cfg)
    assert wait_for(proc, "BEIZENG_STARTED")
    t0 = time.monotonic()
    assert wait_for(proc, "BEIZENG_DONE"), proc.stderr.read() if proc.stderr else ""
    duration = time.monotonic() - t0
    assert proc.wait(RUN_TIMEOUT_S) == 0
    state = snapshot(cfg)
    assert state["submissions"], "the clean run loaded something"
    return {**state, "duration": duration}


def check_recovered(cfg: Config, source: Path, reference: dict[str, Any]) -> None:
    state = snapshot(cfg)
    reference = {k: v for k, v in reference.items() if k != "duration"}
    originals = {sha(p) for p in source.iterdir()}
    kept = {v for v in state["files"].values() if v != "present"}
    assert originals <= kept, "no file lost: every file of the inbox is kept somewhere"
    for table in [t for t in reference if t.startswith("form_")]:
        assert len(state[table]) == len(reference[table]), f"no row doubled or lost in {table}"
    for key in reference:
        assert state[key] == reference[key], f"{key} differs from a clean run"
    assert state == reference


SLOW_POINTS = ["read:1", "load:1", "moved:1", "moved:6"]

@pytest.mark.parametrize("point", [
    pytest.param("read:6", id="while-reading", marks=pytest.mark.slow),
    pytest.param("load:4", id="mid-load"),
    pytest.param("committed", id="after-commit-before-move", marks=pytest.mark.slow),
])
def test_killed_at_a_point_then_rerun_equals_a_clean_run(point: str, source: Path, reference: dict[str, Any],
                                                        tmp_path: Path) -> None:
    cfg = county_with(source, tmp_path / "county")
    proc = start(cfg, point)
    assert wait_for(proc, f"{ANNOUNCE} {point.split(':')[0]}"), "the run reached the crash point"
    kill(proc)
    clean_run(cfg)
    check_recovered(cfg, source, reference)


@pytest.mark.slow
@pytest.mark.parametrize("point", SLOW_POINTS)
def test_killed_at_more_points_then_rerun_equals_a_clean_run(point: str, source: Path, reference: dict[str, Any],
                                                            tmp_path: Path) -> None:
    cfg = county_with(source, tmp_path / "county")
    proc = start(cfg, point)
    assert wait_for(proc, f"{ANNOUNCE} {point.split(':')[0]}"), "the run reached the crash point"
    kill(proc)
    clean_run(cfg)
    check_recovered(cfg, source, reference)


@pytest.mark.slow
def test_killed_twice_in_a_row_then_rerun_equals_a_clean_run(source: Path, reference: dict[str, Any],
                                                             tmp_path: Path) -> None:
    cfg = county_with(source, tmp_path / "county")
    for point in ("load:2", "read:3"):
        proc = start(cfg, point)
        assert wait_for(proc, ANNOUNCE)
        kill(proc)
    clean_run(cfg)
    check_recovered(cfg, source, reference)


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.15, 0.35, 0.55, 0.75, 0.95])
def test_killed_by_the_clock_then_rerun_equals_a_clean_run(fraction: float, source: Path, reference: dict[str, Any],
                                                          tmp_path: Path) -> None:
    """No hook: SIGKILL at a moment chosen only by time, across the run (reading, loading, computing, publishing)."""
    duration = reference["duration"]
    cfg = county_with(source, tmp_path / "county")
    proc = start(cfg)
    assert wait_for(proc, "BEIZENG_STARTED")
    time.sleep(duration * fraction)
    if proc.poll() is None:
        kill(proc)
    else:
        proc.wait(30)
    clean_run(cfg)
    check_recovered(cfg, source, reference)
