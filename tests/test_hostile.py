"""Hostile and broken files: each rejected (or accepted) with a clear message, in bounded time and memory,
and the run goes on with the other files.

The files are read in a separate worker process (tests/hostile/worker.py) so that a file which
would kill the process (calamine aborts on a grid it cannot allocate) or hang it is seen as
exactly that, a dead or silent worker, instead of taking pytest down.  The worker reports the wall
time of each file and its peak RSS; the tests hold them to the case's time bound and MEMORY_LIMIT_MB.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config, load_config
from tests.county import write_config
from tests.hostile import ACCEPTED, CASES, all_ids, by_id, good_return

REPO = Path(__file__).resolve().parent.parent
#: Peak RSS of the reading process, imports (~250 MB) included.
MEMORY_LIMIT_MB = 1024.0
CHINESE = re.compile(r"[\u4e00-\u9fff]")


class Worker:
    """One reading process, restarted after a file kills or hangs it."""

    def __init__(self, config: Path):
        self.config = config
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.hostile.worker", str(self.config)], cwd=REPO,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     env={**os.environ, "RUST_BACKTRACE": "0"})
        ready = self._read(120)
        assert ready and ready.get("ready"), f"worker did not start: {ready}"

    def _read(self, timeout: float) -> dict[str, Any] | None:
        assert self.proc is not None and self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.proc.stdout.readline()
        return json.loads(line) if line else {"died": self.proc.wait(10)}

    def run(self, path: Path, timeout: float) -> dict[str, Any]:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        started = time.perf_counter()
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        result = self._read(timeout)
        if result is None:
            self.close()
            return {"timeout": time.perf_counter() - started}
        if "died" in result:
            self.proc = None
        return result

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


@pytest.fixture(scope="module")
def hostile_cfg(tmp_path_factory: pytest.TempPathFactory) -> Config:
    root = tmp_path_factory.mktemp("hostile-county")
    cfg = load_config(write_config(root))
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture(scope="module")
def worker(hostile_cfg: Config) -> Iterator[Worker]:
    w = Worker(hostile_cfg.root / "beizeng.toml")
    yield w
    w.close()


def check_outcome(case_id: str, path: Path, result: dict[str, Any]) -> None:
    """The file came back in bounded time and memory, with the outcome and message the case expects."""
    case = by_id(case_id)
    assert "timeout" not in result, f"{case_id}: no answer within {case.seconds} s"
    assert "died" not in result, f"{case_id}: the reading process died (status {result.get('died')})"
    assert "exception" not in result, f"{case_id}: prepare raised {result.get('exception')}"
    assert result["seconds"] < case.seconds, f"{case_id}: took {result['seconds']:.1f} s"
    assert result["maxrss_mb"] < MEMORY_LIMIT_MB, f"{case_id}: peak RSS {result['maxrss_mb']:.0f} MB"
    if ACCEPTED in case.expect:
        assert result["ok"], f"{case_id}: should be accepted, got {result['messages']}"
        assert result["rows"] > 0
        return
    assert not result["ok"], f"{case_id}: should be rejected"
    assert set(result["codes"]) & case.expect, f"{case_id}: expected one of {sorted(case.expect)}, got {result['codes']}"
    first = result["messages"][0]
    assert CHINESE.search(first), first
    assert path.name in first, f"the message names the file: {first}"
    assert "请" in first, f"the message says what to do: {first}"


def test_the_peak_measured_is_the_workers_own() -> None:
    """A parent past the limit must not lend the worker its peak (stop 33: every case "peaked" at 1,030 MB).

    Given a parent holding 600 MB that starts a fresh process, expect that process's peak well under it,
    though getrusage's ru_maxrss in the same process says 600 MB or more (Linux keeps it over fork and exec).
    """
    child = ("import json, resource, subprocess, sys\n"
             "held = bytearray(600 << 20)\n"
             "for i in range(0, len(held), 4096): held[i] = 1\n"
             "out = subprocess.run([sys.executable, '-c', 'import json, resource; from beizeng.base.processes "
             "import peak_rss_mb; print(json.dumps([peak_rss_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss "
             "/ 1024]))'], capture_output=True, text=True, check=True)\n"
             "print(out.stdout)\n")
    done = subprocess.run([sys.executable, "-c", child], cwd=REPO, capture_output=True, text=True, check=True)
    own, inherited = json.loads(done.stdout)
    assert own < 200, own
    assert inherited >= 600, f"ru_maxrss no longer carries the parent's peak ({inherited:.0f} MB); VmHWM still right"


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)


def _params(heavy: bool) -> list[Any]:
    """Case ids as pytest params, a case with a known bug elsewhere marked as a strict xfail."""
    return [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=by_id(i).xfail)) if by_id(i).xfail else i
            for i in all_ids(heavy=heavy)]


@pytest.mark.parametrize("case_id", _params(heavy=False))
def test_hostile_file(case_id: str, worker: Worker, tmp_path: Path) -> None:
    path = by_id(case_id).build(tmp_path / "inbox")
    check_outcome(case_id, path, worker.run(path, by_id(case_id).seconds))


@pytest.mark.slow
@pytest.mark.parametrize("case_id", _params(heavy=True))
def test_heavy_hostile_file_in_its_own_process(case_id: str, hostile_cfg: Config, tmp_path: Path) -> None:
    """Big files get a fresh process each, so the peak RSS measured is theirs alone."""
    path = by_id(case_id).build(tmp_path / "inbox")
    w = Worker(hostile_cfg.root / "beizeng.toml")
    try:
        check_outcome(case_id, path, w.run(path, by_id(case_id).seconds))
    finally:
        w.close()


INGEST = """
import sys
from pathlib import Path
from beizeng.base.config import load_config
from beizeng.intake.ingest import inbox_files, ingest_files
from beizeng.store.session import open_work
cfg = load_config(Path(sys.argv[1]))
with open_work(cfg) as con:
    outcomes = ingest_files(con, inbox_files(cfg), cfg)
import json
print(json.dumps({o.file: [o.status, [p.code for p in o.problems if p.severity == "error"]] for o in outcomes},
                 ensure_ascii=False))
"""


def run_ingest(cfg: Config, timeout: float = 120) -> dict[str, list[Any]]:
    """The real ingest of the inbox in a child process: a crash there fails the test instead of pytest."""
    res = subprocess.run([sys.executable, "-c", INGEST, str(cfg.root / "beizeng.toml")], cwd=REPO, capture_output=True,
                         text=True, timeout=timeout, env={**os.environ, "RUST_BACKTRACE": "0"})
    assert res.returncode == 0, f"the ingest process died ({res.returncode}): {res.stderr[-2000:]}"
    outcomes: dict[str, list[Any]] = json.loads(res.stdout.strip().splitlines()[-1])
    return outcomes


def test_a_file_that_would_kill_the_process_is_rejected_and_the_run_goes_on(county: Config) -> None:
    """Two cells, A1 and XFD1048576: unchecked, calamine asks for 550 GB and aborts the whole run."""
    good = good_return(county.inbox / "统计局_2026-06_规上工业企业生产月报.xlsx")
    os.utime(good, (time.time() - 60, time.time() - 60))  # the good one is older: read first
    killer = by_id("corner-XFD1048576").build(county.inbox)
    outcomes = run_ingest(county, timeout=20)
    assert outcomes[good.name][0] == "accepted"
    assert outcomes[killer.name] == ["rejected", ["sheet_too_large"]]
    assert (county.rejected / killer.name).exists() and (county.rejected / f"{killer.name}.errors.txt").exists()
    assert "XFD" not in (county.rejected / f"{killer.name}.errors.txt").read_text(encoding="utf-8")  # worded for a clerk
    assert not good.exists() and not killer.exists()


@pytest.mark.slow
def test_every_hostile_file_in_one_inbox_and_the_good_returns_still_load(county: Config) -> None:
    """All the light cases at once through the real ingest: no crash, each handled as its case says."""
    light = [by_id(i) for i in all_ids(heavy=False) if not by_id(i).xfail]
    paths = {c.id: c.build(county.inbox / c.id) for c in light}
    for c in light:  # one folder per case while building (several share a name), then all into the inbox
        p = paths[c.id]
        target = county.inbox / f"{c.id}__{p.name}"
        shutil.move(str(p), str(target))
        shutil.rmtree(p.parent)
        paths[c.id] = target
    outcomes = run_ingest(county, timeout=120)
    for c in light:
        name = paths[c.id].name
        if name.startswith(("~$", ".")):
            continue
        status, codes = outcomes[name]
        if ACCEPTED in c.expect:
            # several cases carry the same return: the first is accepted, the others are its duplicates
            assert status in ("accepted", "duplicate"), (c.id, codes)
        else:
            assert status == "rejected" and set(codes) & c.expect, (c.id, status, codes)
            assert (county.rejected / name).exists()
    assert not [p for p in county.inbox.iterdir() if p.is_file()], "every file was filed away"


def test_a_symlink_is_rejected_and_what_it_points_to_is_left_alone(county: Config, tmp_path: Path) -> None:
    target = good_return(tmp_path / "elsewhere" / "统计局_2026-06_规上工业企业生产月报.xlsx")
    before = target.read_bytes()
    link = county.inbox / "统计局_2026-06_规上工业企业生产月报.xlsx"
    link.symlink_to(target)
    outcomes = run_ingest(county)
    assert outcomes[link.name] == ["rejected", ["symlink"]]
    assert target.read_bytes() == before  # the file outside the inbox is neither moved nor changed
    assert not link.exists() and not link.is_symlink()
    assert (county.rejected / link.name).is_symlink()  # the link itself is filed, with its error list
    assert "快捷方式" in (county.rejected / f"{link.name}.errors.txt").read_text(encoding="utf-8")


def test_a_dangling_symlink_does_not_stop_the_run(county: Config, tmp_path: Path) -> None:
    (county.inbox / "断开的链接.xlsx").symlink_to(tmp_path / "gone.xlsx")
    good = good_return(county.inbox / "统计局_2026-06_规上工业企业生产月报.xlsx")
    outcomes = run_ingest(county)
    assert outcomes[good.name][0] == "accepted"


def test_names_with_dots_are_filed_inside_the_archive(county: Config) -> None:
    """A name is only ever a name: '..' in it cannot lead outside the archive or the rejected folder."""
    good = good_return(county.inbox / "..统计局..2026-06..规上工业企业生产月报.xlsx")
    bad = county.inbox / "..坏文件...xlsx"
    bad.write_bytes(b"not a workbook")
    outcomes = run_ingest(county)
    filed = [p for p in county.root.rglob("*") if p.is_file() and ".." in p.name and p.suffix == ".xlsx"]
    for p in filed:
        assert p.resolve().is_relative_to(county.root.resolve())
    # a name starting with '.' is a hidden file to the inbox scan (._x AppleDouble, .~lock): not read
    assert (good.name in outcomes) or good.exists()
    assert (bad.name in outcomes) or bad.exists()


def test_a_file_still_being_written_is_left_for_the_next_run(prefect_harness: None, county: Config,
                                                           tmp_path: Path) -> None:
    """`beizeng ingest` while another thread is still copying a return in (a clerk's slow copy over a share):
    the file stays in the inbox untouched and the summary names it; the return that had finished arriving
    is loaded as usual; the next run, once the copy is done, takes the file."""
    import threading

    from typer.testing import CliRunner

    from beizeng.cli.main import app
    from tests.conftest import indicator
    from tests.scenarios import city_2026_06

    data = good_return(tmp_path / "src.xlsx").read_bytes()
    earlier = city_2026_06(county.inbox)
    past = time.time() - 120
    os.utime(earlier, (past, past))  # arrived a while ago: taken without any wait
    target = county.inbox / "统计局_2026-06_规上工业企业生产月报.xlsx"
    half = len(data) // 2
    copying, stop = threading.Event(), threading.Event()
    copied: list[int] = []

    def slow_copy() -> None:
        """Half at once, then a few bytes every 50 ms for as long as the run lasts, then the rest."""
        with target.open("wb") as fh:
            fh.write(data[:half])
            fh.flush()
            copying.set()
            pos = half
            while not stop.is_set() and pos < len(data) - 8:
                fh.write(data[pos:pos + 4])
                fh.flush()
                pos += 4
                time.sleep(0.05)
            copied.append(pos)
            fh.write(data[pos:])

    writer = threading.Thread(target=slow_copy, daemon=True)
    writer.start()
    assert copying.wait(10)
    try:
        first = CliRunner().invoke(app, ["ingest"])
    finally:
        stop.set()
        writer.join(30)
    assert copied and copied[0] < len(data) - 8, "the copy was still going on when the run ended"
    assert first.exit_code == 0, first.output
    line = next(x for x in first.output.splitlines() if target.name in x)
    assert "正在写入或仍在 Excel 中打开，稍后再处理" in line
    assert "已入库 1 个，退回 0 个，重复 0 个，正在写入 1 个（留待下次处理）" in first.output
    assert target.read_bytes() == data, "left alone: neither moved nor read into a rejection"
    assert not (county.rejected / target.name).exists()
    assert not earlier.exists()  # the finished return was handled as usual
    assert submitted(county) == {earlier.name: "accepted"}  # nothing of the half-copied return was recorded

    second = CliRunner().invoke(app, ["ingest"])  # written a moment ago but finished: a short wait, then taken
    assert second.exit_code == 0, second.output
    assert "已入库 1 个，退回 0 个，重复 0 个。" in second.output and "正在写入" not in second.output
    assert not target.exists()
    assert submitted(county) == {earlier.name: "accepted", target.name: "accepted"}
    assert indicator(county, "output_cum") == pytest.approx(10.0)  # 30000 + 20000 + 50000 万元, in 亿元


def submitted(cfg: Config) -> dict[str, str]:
    import duckdb

    from beizeng.store.session import work_db

    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return dict(con.execute("select file_name, status from submissions").fetchall())
    finally:
        con.close()
