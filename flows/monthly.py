"""Monthly flow: ingest what is waiting, compute every indicator, write the period's outputs, publish."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow

import beizeng.run.prefect_env  # noqa: F401
from beizeng.base import progress
from beizeng.base.config import load_config
from beizeng.base.periods import previous_period
from beizeng.intake.ingest import Outcome
from beizeng.store.session import BusyError, writer_lock
from flows.ingest import back_up, check_runner, dask_runner, load_files, read_files, without_heartbeats
from flows.tasks import (
    as_is,
    busy,
    compute_indicators,
    publish_warehouse,
    scan_inbox,
    write_outputs,
)


@dataclass
class RunResult:
    period: str
    #: one per inbox file; a file still being copied in is a "writing" outcome and stays in the inbox
    outcomes: list[Outcome] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    #: the period's warnings (beizeng.ops.crosschecks.period_warnings), as the 数据质量 sheet lists them
    warnings: list[str] = field(default_factory=list)
    #: the figures shown differently from the period's last publish (修订), as the 数据质量 sheet lists them
    revisions: list[str] = field(default_factory=list)


@flow(name="beizeng-monthly", log_prints=False)
def monthly_flow(period: str | None = None, config_path: str | None = None, wait_seconds: float = 0,
                 runner: str = "batch", allow_old: bool = False) -> RunResult:
    """``runner="dask"`` reads the files on the flow's Dask task runner (see :func:`run_monthly`)."""
    cfg = load_config(Path(config_path) if config_path else None)
    result = RunResult(period or previous_period())
    try:
        with writer_lock(cfg, wait_seconds):
            back_up(cfg)
            scan = scan_inbox(as_is(cfg))
            if scan.ready:
                prepared = read_files(scan.ready, cfg, runner, allow_old)
                result.outcomes = load_files(prepared, cfg)
            result.outcomes += scan.writing_outcomes()
            with progress.stage("计算指标"):
                compute_indicators(as_is(cfg))
            # publish first: the summary workbook is never newer than the analysts' copy (a fault while
            # writing the outputs leaves the new figures published and last run's workbook in place)
            with progress.stage("发布"):
                publish_warehouse(as_is(cfg))
            outputs = write_outputs(as_is(cfg), result.period)  # 写汇总表, 写报告: their stages are in beizeng.publish.outputs
            result.outputs, result.warnings, result.revisions = outputs.paths, outputs.warnings, outputs.revisions
    except BusyError as exc:
        return busy(exc)
    return result


def run_monthly(period: str | None = None, config_path: str | None = None, wait_seconds: float = 0,
                runner: str = "batch", dask_address: str | None = None, allow_old: bool = False) -> RunResult:
    """The monthly flow with the chosen runner, as :func:`flows.ingest.run_ingest` for the ingest flow."""
    if check_runner(runner) == "batch":
        with without_heartbeats():
            return monthly_flow(period, config_path, wait_seconds, allow_old=allow_old)
    flow_ = monthly_flow.with_options(task_runner=dask_runner(dask_address))
    with without_heartbeats():
        return flow_(period, config_path, wait_seconds, runner="dask", allow_old=allow_old)
