"""Monthly flow: ingest what is waiting, compute every indicator, write the period's outputs, publish."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow

import beizeng.prefect_env  # noqa: F401
from beizeng.config import load_config
from beizeng.ingest import Outcome
from beizeng.periods import previous_period
from beizeng.session import BusyError, writer_lock
from flows.tasks import (
    backup_warehouse,
    busy,
    compute_indicators,
    file_batch,
    load_batch,
    publish_warehouse,
    read_and_validate,
    scan_inbox,
    write_outputs,
)


@dataclass
class RunResult:
    period: str
    outcomes: list[Outcome] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


@flow(name="beizeng-monthly", log_prints=False)
def monthly_flow(period: str | None = None, config_path: str | None = None, wait_seconds: float = 0) -> RunResult:
    cfg = load_config(Path(config_path) if config_path else None)
    result = RunResult(period or previous_period())
    try:
        with writer_lock(cfg, wait_seconds):
            backup_warehouse(cfg)
            paths = scan_inbox(cfg)
            if paths:
                prepared = read_and_validate(paths, cfg)
                result.outcomes = load_batch(prepared, cfg)
                file_batch(prepared, result.outcomes, cfg)
            compute_indicators(cfg)
            result.outputs = write_outputs(cfg, result.period)
            publish_warehouse(cfg)
    except BusyError as exc:
        return busy(exc)
    return result
