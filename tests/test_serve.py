"""Runs by itself: the inbox watcher picks up dropped files; `beizeng serve` and prefect.yaml register
the monthly and inbox deployments with a real Prefect server (the session's harness)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.intake.watch import InboxWatcher, process, watch
from tests.scenarios import city_2026_06, ent_2026_06, enterprise_output, fai, fai_2026_06, project

BEIZENG = str(Path(sys.executable).with_name("beizeng"))
ROOT = Path(__file__).resolve().parent.parent
ENT_FILE = "统计局_2026-06_规上工业企业生产月报.xlsx"


def published_files(cfg: Config) -> list[tuple[str, str]]:
    """(file, status) of every submission in the analysts' copy; empty while there is none."""
    if not cfg.db_path.exists():
        return []
    con = duckdb.connect(str(cfg.db_path), read_only=True)
    try:
        return [(str(f), str(s)) for f, s in
                con.execute("select file_name, status from submissions order by submission_id").fetchall()]
    finally:
        con.close()


def wait_for(check: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s: {what}")


@pytest.fixture
def watcher(county: Config) -> Iterator[list[Outcome]]:
    """The watcher loop in a background thread with the plain pipeline, as `beizeng watch` runs it."""
    stop = threading.Event()
    handled: list[Outcome] = []

    def run() -> None:
        handled.extend(watch(county, lambda paths: process(county, paths, 30), poll_seconds=0.2,
                             stable_seconds=1.5, stop=stop, log=lambda _: None))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield handled
    stop.set()
    thread.join(30)
    assert not thread.is_alive()


def test_watcher_takes_a_file_only_once_it_has_finished_arriving(county: Config, watcher: list[Outcome],
                                                                  tmp_path: Path) -> None:
    data = enterprise_output(tmp_path, "2026-06", ent_2026_06()).read_bytes()
    target = county.inbox / ENT_FILE
    # a slow copy: the bytes arrive over ~3 s; a half-written workbook must never be read
    with target.open("wb") as fh:
        for i in range(12):
            fh.write(data[i * len(data) // 12:(i + 1) * len(data) // 12])
            fh.flush()
            time.sleep(0.25)
            assert published_files(county) == [] and target.exists()
    arrived = time.monotonic()
    wait_for(lambda: published_files(county), 30, "the dropped file in the warehouse")
    latency = time.monotonic() - arrived
    assert published_files(county) == [(ENT_FILE, "accepted")]
    assert not target.exists()
    receipt = next(county.receipts.glob("*.txt")).read_text(encoding="utf-8")
    assert f"{ENT_FILE}  →  已入库：规上工业企业生产月报 统计局 2026-06，3 行" in receipt
    print(f"watcher pick-up latency after the last byte: {latency:.1f} s")  # stable 1.5 s + poll 0.2 s + the run


def test_watcher_leaves_a_file_open_in_excel_and_skips_lock_files(county: Config, watcher: list[Outcome],
                                                                   tmp_path: Path) -> None:
    [east, _] = fai_2026_06(tmp_path)
    lock = county.inbox / f"~${east.name}"  # Excel's owner file while 东镇's return is open: ~$ and the whole name
    lock.write_bytes(b"\x0b\xe4\xb8\x9c")
    (county.inbox / east.name).write_bytes(east.read_bytes())
    time.sleep(3)
    assert published_files(county) == []  # still open in Excel: not taken
    lock.unlink()
    wait_for(lambda: published_files(county), 30, "the file once Excel closed it")
    assert published_files(county) == [(east.name, "accepted")]
    other_lock = county.inbox / "~$其他文件.xlsx"
    other_lock.write_bytes(b"lock")
    time.sleep(2)
    assert other_lock.exists() and len(published_files(county)) == 1  # a lock file is never a return


def test_watcher_rejects_a_bad_return_with_its_error_list_at_once(county: Config, watcher: list[Outcome]) -> None:
    bad = [project(4, "西岭建材扩建项目", "西镇", "扩建", True, True, "很多", 2000, False, None, False, 0)]
    path = fai(county.inbox, "西镇", "2026-06", bad)
    wait_for(lambda: published_files(county), 30, "the rejection recorded")
    assert published_files(county) == [(path.name, "rejected")]
    errors = county.rejected / f"{path.name}.errors.txt"
    assert errors.exists() and "很多" in errors.read_text(encoding="utf-8")
    receipt = next(county.receipts.glob("*.txt")).read_text(encoding="utf-8")
    assert f"{path.name}  →  退回" in receipt and f"错误清单：{path.name}.errors.txt" in receipt


def test_a_batch_that_fails_is_retried_later_not_every_poll(county: Config) -> None:
    calls: list[list[Path]] = []

    def broken(paths: list[Path]) -> list[Outcome]:
        calls.append(paths)
        raise OSError("网络盘断开")

    city_2026_06(county.inbox)
    logs: list[str] = []
    watch(county, broken, poll_seconds=0.1, stable_seconds=0.2, until=time.time() + 2, log=logs.append)
    assert len(calls) == 1 and "60 秒后重试" in logs[0] and "网络盘断开" in logs[0]
    assert (county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx").exists()  # nothing lost


def test_watcher_state_tells_arriving_from_finished_files(county: Config) -> None:
    path = city_2026_06(county.inbox)
    w = InboxWatcher(county, stable_seconds=2)
    assert w.ready(now=100.0) == []  # first seen
    assert w.ready(now=101.0) == []  # unchanged for 1 s only
    assert w.ready(now=102.5) == [path]
    with path.open("ab") as fh:
        fh.write(b"\0")  # still being written after all
    assert w.ready(now=103.0) == []
    assert w.ready(now=105.5) == [path]


def test_a_second_watcher_on_the_same_warehouse_exits_with_code_3(county: Config) -> None:
    env = {**os.environ, "BEIZENG_CONFIG": str(county.root / "beizeng.toml"), "COLUMNS": "200"}
    first = subprocess.Popen([BEIZENG, "watch", "--minutes", "1"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        assert first.stdout is not None
        assert "正在监视" in first.stdout.readline()
        second = subprocess.run([BEIZENG, "watch", "--minutes", "1"], env=env, capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 3 and "收件箱已有监视在运行" in second.stdout
    finally:
        first.send_signal(signal.SIGINT)
        out, _ = first.communicate(timeout=30)
    assert first.returncode == 0 and "已停止监视" in out and "Traceback" not in out


def test_serve_refuses_to_start_without_a_prefect_server(county: Config, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(BEIZENG_CONFIG=str(county.root / "beizeng.toml"), PREFECT_HOME=str(tmp_path / "prefect"),
               COLUMNS="200")
    result = subprocess.run([BEIZENG, "serve"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "prefect server start" in result.stdout and "PREFECT_API_URL" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


# ---------------------------------------------------------------------------------------------
# Deployments
# ---------------------------------------------------------------------------------------------

def test_prefect_yaml_describes_the_same_two_deployments_as_serve(county: Config) -> None:
    from prefect.flows import load_flow_from_entrypoint

    from flows.serve import build_deployments

    data = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    by_name = {d["name"]: d for d in data["deployments"]}
    served = {d.name: d for d in build_deployments(county, str(county.root / "beizeng.toml"))}
    assert set(by_name) == set(served) == {"monthly", "inbox"}
    for name, spec in by_name.items():
        flow = load_flow_from_entrypoint(str(ROOT / spec["entrypoint"]))
        dep = served[name]
        assert flow.name == dep.flow_name
        assert set(spec["parameters"]) <= set(flow.parameters.properties)
        assert set(spec["parameters"]) == set(dep.parameters)
        [schedule] = spec["schedules"]
        [served_schedule] = dep.schedules
        # the test county keeps the default deadline (8th) and hour (7:00): the yaml's cron is that default
        assert schedule["cron"] == served_schedule.schedule.cron  # type: ignore[union-attr]
        assert schedule["timezone"] == served_schedule.schedule.timezone == county.schedule.timezone  # type: ignore[union-attr]
    assert by_name["monthly"]["schedules"][0]["cron"] == county.monthly_cron == "0 7 9 * *"


@pytest.mark.slow
def test_prefect_deploy_registers_the_yaml_deployments(prefect_harness: None, county: Config) -> None:
    """`prefect deploy --all` from the repository against a real server: the README's work-pool path."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    with get_client(sync_client=True) as client:
        from prefect.client.schemas.actions import WorkPoolCreate

        client.create_work_pool(WorkPoolCreate(name="beizeng", type="process"), overwrite=True)
    config = str(county.root / "beizeng.toml")
    result = subprocess.run([sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--all"], cwd=ROOT,
                            env={**os.environ, "PREFECT_API_URL": api, "BEIZENG_CONFIG": config},
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    with get_client(sync_client=True) as client:
        monthly = client.read_deployment_by_name("beizeng-monthly/monthly")
        inbox = client.read_deployment_by_name("beizeng-inbox-watch/inbox")
    assert monthly.work_pool_name == inbox.work_pool_name == "beizeng"
    assert monthly.parameters["config_path"] == inbox.parameters["config_path"] == config
    assert [s.schedule.cron for s in monthly.schedules] == ["0 7 9 * *"]  # type: ignore[union-attr]
    assert [s.schedule.cron for s in inbox.schedules] == ["0 * * * *"]  # type: ignore[union-attr]
    assert monthly.entrypoint == "flows/monthly.py:monthly_flow"


@pytest.mark.slow
def test_serve_registers_both_deployments_and_its_watcher_handles_a_drop(prefect_harness: None,
                                                                         county: Config) -> None:
    """`beizeng serve` for real: a subprocess against the harness server, runs in their own processes."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowFilter,
        FlowFilterName,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(),
           "BEIZENG_CONFIG": str(county.root / "beizeng.toml"), "COLUMNS": "200"}
    proc = subprocess.Popen([BEIZENG, "serve", "--poll", "1"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        with get_client(sync_client=True) as client:
            def registered() -> Any:
                try:
                    inbox = client.read_deployment_by_name("beizeng-inbox-watch/inbox")
                    monthly = client.read_deployment_by_name("beizeng-monthly/monthly")
                except ObjectNotFound:
                    return None
                ok = inbox.parameters.get("config_path") == env["BEIZENG_CONFIG"] and not monthly.paused
                return (monthly, inbox) if ok else None

            monthly, inbox = wait_for(registered, 90, "both deployments registered")
            assert [s.schedule.cron for s in monthly.schedules] == ["0 7 9 * *"]  # type: ignore[union-attr]
            assert [s.schedule.timezone for s in monthly.schedules] == ["Asia/Shanghai"]  # type: ignore[union-attr]
            assert [s.schedule.cron for s in inbox.schedules] == ["0 * * * *"]  # type: ignore[union-attr]
            assert monthly.parameters == {"config_path": env["BEIZENG_CONFIG"], "wait_seconds": 1800.0}

            def watching() -> bool:
                runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[inbox.id])))
                return any(r.state is not None and r.state.type == StateType.RUNNING for r in runs)

            wait_for(watching, 90, "serve starts the inbox watcher at once")
            time.sleep(1)  # the watcher's first look at the inbox
            enterprise_output(county.inbox, "2026-06", ent_2026_06())
            dropped = time.monotonic()
            wait_for(lambda: published_files(county), 60, "the dropped file handled by the served watcher")
            print(f"served watcher: file in the analysts' copy {time.monotonic() - dropped:.1f} s after the drop")
            assert published_files(county) == [(ENT_FILE, "accepted")]

            def ingest_runs_ended() -> list[Any] | None:
                """The file is published inside the run; its end reaches the server a moment later (loaded CI)."""
                ingests = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["beizeng-ingest"])))
                mine = [r for r in ingests if r.parameters.get("config_path") == env["BEIZENG_CONFIG"]]
                ended = mine and all(r.state is not None and r.state.is_final() for r in mine)
                return mine if ended else None

            mine = wait_for(ingest_runs_ended, 30, "the ingest run's end recorded by the server")
            assert [r.state.type for r in mine if r.state] == [StateType.COMPLETED]  # visible in the UI
            assert mine[0].parent_task_run_id is not None  # a subflow of the watcher run
    finally:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C in the terminal reaches the whole process group
        try:
            out, _ = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
    assert proc.returncode == 0, out
    assert "beizeng-monthly/monthly：每月9日 7:00（Asia/Shanghai）" in out and "已停止自动运行" in out
    assert "Traceback" not in out


def test_a_stale_scheduled_watcher_run_ends_at_once(prefect_harness: None, county: Config,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """After the server or `serve` was down, the runner starts every missed hourly run at once: the stale
    ones end immediately instead of queueing for the watcher slot."""
    import flows.serve
    from flows.serve import inbox_watch_flow

    monkeypatch.setattr(flows.serve, "scheduled_start", lambda: time.time() - 7200)
    path = city_2026_06(county.inbox)
    started = time.monotonic()
    assert inbox_watch_flow(config_path=str(county.root / "beizeng.toml"), minutes=1) == 0
    assert time.monotonic() - started < 30 and path.exists() and published_files(county) == []
