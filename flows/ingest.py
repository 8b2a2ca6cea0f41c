"""Ingest flow: everything waiting in the inbox, validated, loaded, filed away, indicators refreshed.

``run_ingest(runner="dask")`` spreads the per-file work (read, identify, normalise) over a Dask
cluster through prefect-dask's DaskTaskRunner; validation, the load (one writer) and the filing
stay in the flow's process.  The default runner reads the batch in one task.

A file still being copied into the inbox is left there for the next run (``scan-inbox`` applies the
watcher's rule, ``beizeng.intake.watch.settled``) and comes back as a "writing" outcome (正在写入（下次处理）) saying so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from prefect import flow, unmapped
from prefect.task_runners import TaskRunner

import beizeng.run.prefect_env  # noqa: F401
from beizeng.base import progress
from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome, Prepared
from beizeng.intake.verdict import tally_zh
from beizeng.intake.watch import receipts_unwritten, write_receipts
from beizeng.store.session import BusyError, work_db, writer_lock
from flows.tasks import (
    as_is,
    backup_warehouse,
    busy,
    compute_indicators,
    file_batch,
    load_batch,
    prepare_file,
    publish_warehouse,
    read_and_validate,
    scan_inbox,
    validate_batch,
)

#: "local" is the CLI's word for the default batch runner.
RUNNERS = ("batch", "local", "dask")


@flow(name="beizeng-ingest", log_prints=False)
def ingest_flow(config_path: str | None = None, wait_seconds: float = 0,
                paths: list[str] | None = None, runner: str = "batch", allow_old: bool = False,
                receipts: bool = False) -> list[Outcome]:
    """Everything waiting in the inbox, or only ``paths`` (the inbox watcher passes the files that
    have finished arriving, so a file still being copied is left for the next round).  ``allow_old``
    loads returns older than the history window ([rules] history_years).

    ``receipts`` (the served watcher's batches): the clerk's receipt lines in 处理结果 are written as soon as
    the batch is loaded and filed, not by the watcher once the flow returns: a Prefect outage that cuts the
    batch off during 计算指标/发布 would otherwise leave files in the warehouse that nobody was told of."""
    cfg = load_config(Path(config_path) if config_path else None)
    try:
        with writer_lock(cfg, wait_seconds):
            return _ingest(cfg, paths, runner, allow_old, receipts)
    except BusyError as exc:
        return busy(exc)


def _ingest(cfg: Config, paths: list[str] | None, runner: str = "batch", allow_old: bool = False,
            receipts: bool = False) -> list[Outcome]:
    """The flow's steps, under the writer lock."""
    scan = scan_inbox(as_is(cfg), settle=paths is None)
    files = scan.ready
    if paths is not None:
        wanted = {Path(p).resolve() for p in paths}
        files = [f for f in files if f.resolve() in wanted]
    if not files:
        if receipts:
            tell_clerk(cfg, scan.writing_outcomes())
        return scan.writing_outcomes()
    back_up(cfg)
    prepared = read_files(files, cfg, runner, allow_old)
    outcomes = load_files(prepared, cfg)
    if receipts:  # before anything that may fail: the batch is in the warehouse and filed away, the clerk is told
        tell_clerk(cfg, outcomes + scan.writing_outcomes())
    with progress.stage("计算指标"):
        compute_indicators(as_is(cfg))
    with progress.stage("发布"):
        publish_warehouse(as_is(cfg))
    return outcomes + scan.writing_outcomes()


def tell_clerk(cfg: Config, outcomes: list[Outcome]) -> None:
    """The receipt lines in 处理结果; one that cannot be written (a planted link, a full disk) is said in the run's
    log and the batch goes on: its files are loaded and filed whatever becomes of their receipt."""
    try:
        write_receipts(cfg, outcomes)
    except OSError as exc:
        from prefect import get_run_logger

        get_run_logger().info(receipts_unwritten(cfg, exc))


def back_up(cfg: Config) -> None:
    """The backup before a run writes, as a stage line saying whether one was needed."""
    with progress.stage("备份") as step:
        first = not work_db(cfg).exists()
        taken = backup_warehouse(as_is(cfg))
        step.note = (f"已备份为 {taken.stem}" if taken is not None else
                     "还没有数据仓库，无需备份" if first else "上次备份以来数据仓库没有改动，不另备份")


def load_files(prepared: list[Prepared], cfg: Config) -> list[Outcome]:
    """Load the batch (one transaction) and file it away, as the 入库 stage line with what became of it."""
    with progress.stage("入库", len(prepared)) as step:
        outcomes = load_batch(as_is(prepared), as_is(cfg))
        file_batch(as_is(prepared), as_is(outcomes), as_is(cfg))
        step.note = tally_zh(o.status for o in outcomes)
    return outcomes


def read_files(files: list[Path], cfg: Config, runner: str, allow_old: bool = False) -> list[Prepared]:
    """Read, identify, normalise and validate ``files``: one task per file on the flow's task runner
    (the Dask workers) with ``runner="dask"``, else the whole batch in one task. Arguments go to the tasks
    ``as_is`` (flows.tasks.as_is): Prefect would otherwise walk the whole batch."""
    with progress.stage("读取与校验", len(files)):
        if runner == "dask":
            futures = prepare_file.map(files, cfg=unmapped(cfg), allow_old=unmapped(allow_old))
            return validate_batch(as_is([f.result() for f in futures]))
        return read_and_validate(as_is(files), as_is(cfg), allow_old)


def dask_runner(address: str | None = None, n_workers: int = 2) -> TaskRunner[Any]:
    """prefect-dask's runner: the scheduler at ``address`` (workers on other machines), else a local cluster."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    # No dashboard: nobody looks at it during a run. The scheduler's HTTP server (health checks) still
    # starts, on 8787 unless told otherwise, so a second cluster would warn that the port is taken: any port.
    return DaskTaskRunner(cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1, "dashboard_address": None,
                                          "scheduler_kwargs": {"dashboard_address": ":0"}})


@contextlib.contextmanager
def without_heartbeats() -> Iterator[None]:
    """A command's flow run without Prefect's heartbeat thread.

    Prefect beats for a flow run from a thread that sleeps in 1 s steps and is joined when the run ends:
    up to 1 s (0.5 s on average) added to every command for heartbeats nothing here listens to (they
    feed a crashed-run automation, which no county sets up; Prefect turned them on by default in 3.x,
    PrefectHQ/prefect#21058).  The long runs ``beizeng serve`` starts keep them; the ingest subflow each
    of the served watcher's batches is runs without (flows.serve: 1.30 → 0.51 s a short subflow).
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def check_runner(runner: str) -> str:
    """The runner's canonical name ("batch" or "dask"); a ValueError in Chinese for anything else."""
    if runner not in RUNNERS:
        raise ValueError(f"runner 只能是 local（本机，默认）或 dask，收到的是“{runner}”")
    return "dask" if runner == "dask" else "batch"


def run_ingest(config_path: str | None = None, wait_seconds: float = 0, paths: list[str] | None = None,
               runner: str = "batch", dask_address: str | None = None, allow_old: bool = False) -> list[Outcome]:
    """The ingest flow with the chosen runner ("batch"/"local" or "dask"; see the module docstring)."""
    if check_runner(runner) == "batch":
        with without_heartbeats():
            return ingest_flow(config_path, wait_seconds, paths, allow_old=allow_old)
    flow_ = ingest_flow.with_options(task_runner=dask_runner(dask_address))
    with without_heartbeats():
        return flow_(config_path, wait_seconds, paths, runner="dask", allow_old=allow_old)
