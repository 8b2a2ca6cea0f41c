"""Ingest flow: everything waiting in the inbox, validated, loaded, filed away, indicators refreshed."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

import beizeng.prefect_env  # noqa: F401
from beizeng.config import load_config
from beizeng.ingest import Outcome
from beizeng.session import writer_lock
from flows.tasks import (
    compute_indicators,
    file_batch,
    load_batch,
    publish_warehouse,
    read_and_validate,
    scan_inbox,
)


@flow(name="beizeng-ingest", log_prints=False)
def ingest_flow(config_path: str | None = None, wait_seconds: float = 0) -> list[Outcome]:
    cfg = load_config(Path(config_path) if config_path else None)
    with writer_lock(cfg, wait_seconds):
        paths = scan_inbox(cfg)
        if not paths:
            return []
        prepared = read_and_validate(paths, cfg)
        outcomes = load_batch(prepared, cfg)
        file_batch(prepared, outcomes, cfg)
        compute_indicators(cfg)
        publish_warehouse(cfg)
    return outcomes
