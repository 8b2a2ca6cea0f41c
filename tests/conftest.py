"""Shared fixtures: a test county in a temporary folder, its warehouse, and one Prefect harness."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pytest

import beizeng.run.prefect_env  # noqa: F401  (quiet Prefect before it is imported)
from beizeng.base.config import Config, load_config
from beizeng.base.problems import Problem
from beizeng.intake.ingest import Outcome, inbox_files, ingest_files
from beizeng.store.session import open_work
from beizeng.store.warehouse import run_models
from tests.county import write_config


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session (entering it costs ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture
def county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """The test county's configuration, in a fresh folder with an empty inbox and warehouse."""
    path = write_config(tmp_path / "county")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


_EMPTY_WAREHOUSE: list[Path] = []


def _empty_warehouse() -> Path:
    """An empty warehouse built once per test process by the code every county runs (``open_work`` and
    ``run_models``), copied into each test county before its first ingest.

    Building the schema and creating the SQL models is 3–5 s of DDL on the 2-core machine, the same for every
    county, and was paid again by each of the thousand-odd tests that ingest into a fresh county.  The copy is
    stamped with the schema's and the models' digests, so ``open_work`` and ``run_models`` take it as up to date
    only while the code that built it is the code under test; the county's own settings are synced on open.
    """
    if not _EMPTY_WAREHOUSE:
        import atexit
        import shutil
        import tempfile

        from beizeng.store.session import work_db

        root = Path(tempfile.mkdtemp(prefix="beizeng-empty-"))
        atexit.register(shutil.rmtree, root, True)  # one per test process, not one left in /tmp per run
        cfg = load_config(write_config(root / "county"))
        with open_work(cfg) as con:
            run_models(con)
        _EMPTY_WAREHOUSE.append(work_db(cfg))
    return _EMPTY_WAREHOUSE[0]


def _from_empty(cfg: Config) -> None:
    """A county without a warehouse yet starts from a copy of the empty one (``_empty_warehouse``)."""
    from beizeng.store.session import work_db

    if not work_db(cfg).exists():
        import shutil

        work_db(cfg).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_empty_warehouse(), work_db(cfg))


def ingest(cfg: Config, compute: bool = True) -> list[Outcome]:
    """Ingest what is in the county's inbox with the plain functions (no Prefect), then compute.

    A county's first ingest that computes starts from a copy of the empty warehouse (``_empty_warehouse``).
    """
    from beizeng.store.session import work_db

    if compute:
        _from_empty(cfg)
    with open_work(cfg) as con:
        outcomes = ingest_files(con, inbox_files(cfg), cfg)
        if compute:
            run_models(con)
            _LAZY.discard(work_db(cfg))
    return outcomes


def ingest_lazily(cfg: Config) -> list[Outcome]:
    """Ingest what is in the county's inbox without computing: the figures are computed when read.

    The compute (``run_models``, 2–3 s) was 78 % of a hand-made return's test that checks what the intake said and
    stored (a cProfile of test_handmade_fresh12: 160 s of 204 s), and CI ran out of its 90 minutes.  So the county
    starts from the empty warehouse (models included) and ``indicator_values`` is left a view of
    ``indicator_values_live`` (the same rows, computed on each query): a test that does read a figure still gets it,
    only slower; the next computing ``ingest`` or run makes it a table again (``run_models``)."""
    from beizeng.store.session import work_db

    _from_empty(cfg)
    with open_work(cfg) as con:
        outcomes = ingest_files(con, inbox_files(cfg), cfg)
        if _figures_kind(con) == "BASE TABLE":
            con.execute("drop table indicator_values")
            con.execute("create view indicator_values as select * from indicator_values_live")
    _LAZY.add(work_db(cfg))
    return outcomes


#: Warehouses ``ingest_lazily`` left uncomputed in this test process.
_LAZY: set[Path] = set()


def _figures_kind(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("select table_type from information_schema.tables where table_name = 'indicator_values'"
                      ).fetchone()
    return None if row is None else str(row[0])


def computed_if_lazy(cfg: Config) -> None:
    """Compute a warehouse ``ingest_lazily`` left uncomputed, before the figures are read (once: a query of the
    live view plans the whole union, ~13 s, the compute ~2.5 s)."""
    from beizeng.store.session import work_db

    if work_db(cfg) not in _LAZY:
        return
    _LAZY.discard(work_db(cfg))
    with open_work(cfg) as con:
        if _figures_kind(con) == "VIEW":
            run_models(con)


def indicator(cfg: Config, code: str, period: str = "2026-06", scope: str | None = None) -> float | None:
    from beizeng.store.session import work_db

    computed_if_lazy(cfg)
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        row = con.execute("select value from indicator_values where period = ? and scope = ? and indicator = ?",
                          [period, scope or cfg.county, code]).fetchone()
    finally:
        con.close()
    if row is None:
        raise KeyError(f"{code} has no row for {period} {scope or cfg.county}")
    return row[0]


os.environ.setdefault("BEIZENG_TESTING", "1")
#: A command run as a subprocess starts the county's background Prefect server (beizeng.run.orchestrator):
#: in tests it stops by itself a minute after its last use instead of fifteen.
os.environ.setdefault("BEIZENG_PREFECT_IDLE_SECONDS", "60")


@pytest.fixture
def published(county: Config) -> Config:
    """The test county with every 2026-06 return loaded by a real writing run and published for analysts."""
    from beizeng.intake.watch import process
    from tests.scenarios import full_county

    full_county(county.inbox)
    outcomes = process(county, inbox_files(county))
    assert [o.status for o in outcomes] == ["accepted"] * 9
    return county


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> CorpusRun:
    """The messy-returns corpus (tests/corpus), ingested once for the session: ~4 s for 70+ files."""
    from tests.corpus.run import run_corpus

    return run_corpus(tmp_path_factory.mktemp("corpus"))


if TYPE_CHECKING:
    from fastapi.testclient import TestClient

    from beizeng.web.store import Store
    from tests.corpus.run import CorpusRun


@pytest.fixture
def county_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """The test county with a sender for every return (招商局, 自然资源局, 财政局; 工信局 for its ledgers too)."""
    from tests.scenarios_more import write_full_config

    path = write_full_config(tmp_path / "county")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture
def web(county_full: Config, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Store]]:
    """The 报送平台 of the full test county in a real app (its real store), the slow-down for brute force off: the
    hand-made returns' tests upload through it and read the pages a clerk reads."""
    from fastapi.testclient import TestClient

    from beizeng.web import views
    from beizeng.web.server import create_app
    from beizeng.web.store import Store, store_path

    monkeypatch.setattr(views, "SLOWDOWN", 0.0)
    store = Store(store_path(county_full))
    with TestClient(create_app(county_full, store=store, lock_wait=5)) as c:
        yield c, store


IN_2027 = dt.date(2027, 3, 8)


@pytest.fixture
def in_2027(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 2027-03-08 for the check that refuses a month not yet begun (and nothing else): 2027's 1-2月 is due
    (the year-change tests: a second year's first returns against the first year's)."""

    def not_ahead(period: str, received: dt.date | None, file_name: str, sheet: str, ask: list[Problem],
                  notes: list[Problem]) -> None:
        if period > f"{IN_2027:%Y-%m}":
            ask.append(Problem("error", "period_in_future", f"{period} 还没到", "核对年月", file=file_name, sheet=sheet))

    from beizeng.intake import identify

    monkeypatch.setattr(identify, "_check_not_ahead", not_ahead)
