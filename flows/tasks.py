"""The Prefect tasks the flows are made of: thin wrappers over beizeng's plain functions.

Tasks work on batches (all files of a run, one load transaction), never per row.  Only I/O steps
retry.  Inputs are large in-memory objects, so Prefect's input hashing for caching is off.
"""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

import beizeng.prefect_env  # noqa: F401  (quiet Prefect before it is imported)
from beizeng import progress
from beizeng.config import Config
from beizeng.ingest import Outcome, Prepared, file_away, inbox_files, load, prepare, validate_prepared
from beizeng.session import open_work, publish
from beizeng.warehouse import run_models


@task(name="scan-inbox", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def scan_inbox(cfg: Config) -> list[Path]:
    return inbox_files(cfg)


@task(name="read-and-validate", cache_policy=NONE)
def read_and_validate(paths: list[Path], cfg: Config) -> list[Prepared]:
    prepared = []
    for path in progress.track(paths, "读取与校验"):
        prepared.append(prepare(path, cfg))
    validate_prepared(prepared)
    return prepared


@task(name="load-batch", cache_policy=NONE)
def load_batch(prepared: list[Prepared], cfg: Config) -> list[Outcome]:
    with open_work(cfg) as con:
        return load(con, prepared, cfg)


@task(name="file-away", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def file_batch(prepared: list[Prepared], outcomes: list[Outcome], cfg: Config) -> None:
    file_away(prepared, outcomes, cfg)


@task(name="compute-indicators", cache_policy=NONE)
def compute_indicators(cfg: Config) -> list[str]:
    with open_work(cfg) as con:
        return run_models(con)


@task(name="write-outputs", retries=1, cache_policy=NONE)
def write_outputs(cfg: Config, period: str) -> list[Path]:
    from beizeng.outputs import write_period_outputs

    with open_work(cfg) as con:
        return write_period_outputs(con, cfg, period)


@task(name="publish-warehouse", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def publish_warehouse(cfg: Config) -> Path:
    return publish(cfg)
