"""Scale-out on an existing engine: the ingest's per-file work on a Dask cluster (prefect-dask), loading single-writer.

A real ``distributed.LocalCluster`` of 2 worker processes stands in for a province's machines; the
flow connects to it by address exactly as it would to a scheduler on another host.  The result must
be the same warehouse as the default batch runner gives, and the files must really have been read
by the workers.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config, load_config
from tests.county import write_config
from tests.scenarios import full_county

pytest.importorskip("prefect_dask", reason="the 'dask' extra is not installed (pip install -e '.[dask]')")
distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes, one thread each, as two small machines would be."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                scheduler_kwargs={"dashboard_address": ":0"}) as c:
        yield c


def county(root: Path, source: Path) -> Config:
    cfg = load_config(write_config(root))
    shutil.copytree(source, cfg.inbox, copy_function=shutil.copy2)
    return cfg


def test_dask_runner_reads_on_the_workers_and_loads_the_same_warehouse(prefect_harness: None, cluster: Any,
                                                                       tmp_path: Path) -> None:
    from flows.ingest import run_ingest
    from tests.test_crash import snapshot

    source = tmp_path / "source"
    full_county(source)
    (source / "坏文件.xlsx").write_bytes(b"not a workbook")
    t = int(dt.datetime(2026, 7, 5, 9).timestamp())  # saved after June, in a fixed reading order
    for i, p in enumerate(sorted(source.iterdir())):
        os.utime(p, (t + i, t + i))

    batch = county(tmp_path / "batch", source)
    by_batch = run_ingest(str(batch.root / "beizeng.toml"))

    on_dask = county(tmp_path / "dask", source)
    with distributed.Client(cluster.scheduler_address) as client, distributed.get_task_stream(client) as stream:
        by_dask = run_ingest(str(on_dask.root / "beizeng.toml"), runner="dask", dask_address=cluster.scheduler_address)
    workers = {rec["worker"] for rec in stream.data}
    assert len(stream.data) >= len(by_dask), "every file was prepared by a Dask task"
    assert len(workers) == 2, f"both workers took files: {workers}"

    assert [(o.file, o.status, o.rows) for o in by_dask] == [(o.file, o.status, o.rows) for o in by_batch]
    assert sum(o.status == "accepted" for o in by_dask) == 9
    assert snapshot(on_dask) == snapshot(batch)  # every table, every filed file


def test_unknown_runner_is_refused() -> None:
    from flows.ingest import run_ingest

    with pytest.raises(ValueError, match="runner"):
        run_ingest(runner="spark")
