"""`beizeng ingest --runner dask` and `beizeng run --runner dask`: the per-file work on a Dask cluster,
started from the command line, the figures loaded by the one writer exactly as with the local runner.

A real ``distributed.LocalCluster`` of two worker processes stands in for a province's machines and is
reached by its tcp:// address, as a scheduler on another host would be (tests/test_dask.py compares
the whole warehouse with the local runner's).  The two runs on a cluster are slow (a cluster each).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from tests.conftest import indicator
from tests.scenarios import city_2026_06, ent_2026_06, enterprise_output, fai_2026_06

pytest.importorskip("prefect_dask", reason="the 'dask' extra is not installed (pip install -e '.[dask]')")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                scheduler_kwargs={"dashboard_address": ":0"}) as c:
        yield c


def returns(cfg: Config) -> list[Path]:
    """The 2026-06 enterprise return and both townships' investment returns, dropped a while ago."""
    paths = [enterprise_output(cfg.inbox, "2026-06", ent_2026_06()), *fai_2026_06(cfg.inbox)]
    past = time.time() - 600
    for p in paths:
        os.utime(p, (past, past))
    return paths


@pytest.mark.slow
def test_ingest_runner_dask_reads_on_the_workers_and_loads_the_figures(prefect_harness: None, county: Config,
                                                                       cluster: Any) -> None:
    paths = returns(county)
    address = cluster.scheduler_address
    with distributed.Client(address) as client, distributed.get_task_stream(client) as stream:
        result = CliRunner().invoke(app, ["ingest", "--runner", "dask", "--dask-address", address])
    assert result.exit_code == 0, result.output
    assert "已入库 3 个，退回 0 个，重复 0 个。" in result.output
    prepared = [r for r in stream.data if "prepare" in str(r.get("key", ""))]
    assert len(prepared) == len(paths), f"one Dask task per file: {[r.get('key') for r in stream.data]}"
    assert {r["worker"] for r in prepared} <= set(cluster.scheduler_info["workers"])
    assert not any(p.exists() for p in paths)  # filed away in the archive
    assert indicator(county, "output_cum") == pytest.approx(10.0)  # 30000 + 20000 + 50000 万元
    assert indicator(county, "fai_cum") == pytest.approx(0.67)  # 3000 + 1200 + 0 + 2500 万元 (the 400 万 project is below the threshold)


@pytest.mark.slow
def test_run_runner_dask_on_a_local_cluster_by_default(prefect_harness: None, county: Config) -> None:
    """Without --dask-address the run starts its own two-worker cluster on this machine."""
    returns(county)
    city_2026_06(county.inbox)
    result = CliRunner().invoke(app, ["run", "--period", "2026-06", "--runner", "dask"])
    assert result.exit_code == 0, result.output
    assert "已入库 4 个，退回 0 个，重复 0 个。" in result.output
    assert indicator(county, "output_cum") == pytest.approx(10.0)
    assert any((county.warehouse / "out" / "2026-06").iterdir())


def test_an_address_without_runner_dask_is_refused(county: Config) -> None:
    result = CliRunner().invoke(app, ["ingest", "--dask-address", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--dask-address 只能与 --runner dask 一起使用" in result.output


def test_a_scheduler_that_cannot_be_reached_is_one_sentence(prefect_harness: None, county: Config) -> None:
    import dask

    returns(county)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(app, ["ingest", "--runner", "dask", "--dask-address", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    assert "无法连接 Dask 调度器 tcp://127.0.0.1:9" in result.output and "Traceback" not in result.output
    assert all(p.exists() for p in county.inbox.glob("*.xlsx")) and len(list(county.inbox.glob("*.xlsx"))) == 3
