"""The Prefect tasks the flows are made of: thin wrappers over beizeng's plain functions.

Tasks work on batches (all files of a run, one load transaction), never per row.  Only I/O steps
retry.  Inputs are large in-memory objects, so Prefect's input hashing for caching is off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import task
from prefect.cache_policies import NONE
from prefect.utilities.annotations import quote

import beizeng.run.prefect_env  # noqa: F401  (quiet Prefect before it is imported)
from beizeng.base import progress, safe_io
from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome, Prepared, file_away, inbox_files, load, prepare, validate_prepared
from beizeng.intake.watch import split_settled, still_writing
from beizeng.store.session import BusyError, backup, open_work, publish
from beizeng.store.warehouse import run_models

T = TypeVar("T")


def as_is(value: T) -> T:
    """``value`` handed to a task without Prefect walking it first.

    Prefect visits every argument of a task call down to its leaves, looking for futures to wait for:
    the prepared returns of a batch are thousands of cells and problems, and the walk cost ≈0.5 s of a
    county month's run (twice per task: resolving and recording its inputs).  No argument of ours is
    ever a future; the task receives the value itself.  Typed as the value, so the tasks keep their types.
    """
    return cast(T, quote(value))


def busy(exc: BusyError) -> Any:
    """End a flow run whose writer lock is taken as Failed with the Chinese message and no traceback.

    Returned from the flow, this state makes the caller get the BusyError back (the CLI exits 3, the
    watcher retries); raised instead, Prefect would log it with a traceback like a crash.
    """
    from prefect.states import Failed

    return Failed(message=str(exc), data=exc)


@dataclass
class Scan:
    """The inbox as a run finds it: the files to handle, and those still being copied in (left there)."""

    ready: list[Path]
    writing: list[Path] = field(default_factory=list)
    #: [schedule] inbox_incomplete_minutes: a file waiting longer than this says so in its outcome.
    incomplete_minutes: float | None = None

    def writing_outcomes(self) -> list[Outcome]:
        return [still_writing(p, self.incomplete_minutes) for p in self.writing]


@task(name="scan-inbox", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def scan_inbox(cfg: Config, settle: bool = True) -> Scan:
    """The inbox's returns, those not yet complete (still being written, open in Excel, not a whole
    workbook) set aside by the watcher's rule (``settle``; the watcher passes files it has already
    found complete)."""
    files = inbox_files(cfg)
    if not settle:
        return Scan(files)
    ready, writing = split_settled(files, cfg.schedule.inbox_stable_seconds)
    return Scan(ready, writing, cfg.schedule.inbox_incomplete_minutes)


@task(name="read-and-validate", cache_policy=NONE)
def read_and_validate(paths: list[Path], cfg: Config, allow_old: bool = False) -> list[Prepared]:
    """Every file read and checked; ``prepare`` never raises, so one bad file never fails the task
    (a fault of beizeng's own quarantines that file, see beizeng.intake.ingest.INTERNAL_ERROR)."""
    prepared = []
    for path in progress.track(paths, "读取与校验"):
        prepared.append(prepare(path, cfg, allow_old))
    validate_prepared(prepared)
    return prepared


@task(name="prepare-file", cache_policy=NONE)
def prepare_file(path: Path, cfg: Config, allow_old: bool = False) -> Prepared:
    """One file read, identified and normalised: the unit a task runner (Dask) spreads over its workers.

    Only used with ``--runner dask``: the default path reads a batch in one task, since a task run
    costs ~10 ms of Prefect bookkeeping, as much as reading a return.
    """
    return prepare(path, cfg, allow_old)


@task(name="validate-batch", cache_policy=NONE)
def validate_batch(prepared: list[Prepared]) -> list[Prepared]:
    """One pandera call per form over the files prepared by the workers, in the flow's process."""
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


@dataclass
class Outputs:
    """A run's outputs and the period's warnings (``period_warnings``) as its summary prints them."""

    paths: list[Path]
    warnings: list[str]
    #: the figures shown differently from the period's last publish (beizeng.publish.revisions), a line each
    revisions: list[str] = field(default_factory=list)


@task(name="write-outputs", retries=1, cache_policy=NONE)
def write_outputs(cfg: Config, period: str) -> Outputs:
    """The period's outputs in ``out/<period>/``: the period names a folder, so only YYYY-MM or YYYY passes.

    The period's warnings are computed here once, for the 数据质量 sheet and for the run summary: the
    summary used to ask the published copy again (six view queries), which was just published from
    this database and cannot differ (the run holds the writer lock)."""
    from beizeng.ops.crosschecks import period_warnings
    from beizeng.publish.overview import snapshot
    from beizeng.publish.period import write_period_outputs
    from beizeng.publish.revisions import revisions

    safe_io.period_folder(cfg.out, period)

    with open_work(cfg) as con:
        warnings = period_warnings(con, period)
        revised = revisions(con, cfg, period, snapshot(con, period))
        return Outputs(write_period_outputs(con, cfg, period, warnings, revised), [w.text for w in warnings],
                       [r.line(cfg.county) for r in revised])


@task(name="backup-warehouse", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def backup_warehouse(cfg: Config) -> Path | None:
    """Copy the working database aside before this run writes (`beizeng restore` brings it back)."""
    return backup(cfg)


@task(name="publish-warehouse", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def publish_warehouse(cfg: Config) -> Path:
    return publish(cfg)
