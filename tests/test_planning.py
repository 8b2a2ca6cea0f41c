"""Every connection beizeng opens and every function that reads the heavy views plans without the optimizers that
spent seconds planning them (beizeng.store.planning): the summary and the report took 2–4× as long without it, and
the test suite twice as long — the reason CI ran out of its 90 minutes at stop 34."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from beizeng.base.config import Config
from beizeng.ops.crosschecks import period_warnings
from beizeng.store.planning import SKIPPED_COMPUTING, SKIPPED_OPTIMIZERS
from beizeng.store.session import attached, work_db
from beizeng.store.warehouse import connect, run_models
from tests.conftest import _empty_warehouse


def _skipped(con: duckdb.DuckDBPyConnection) -> set[str]:
    (value,) = con.execute("select current_setting('disabled_optimizers')").fetchone() or ("",)
    return {v.strip() for v in str(value).split(",") if v.strip()}


def _a_warehouse(county: Config) -> Path:
    db = work_db(county)
    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_empty_warehouse(), db)
    return db


def test_the_warehouse_and_the_published_copy_open_planning_quickly(county: Config) -> None:
    """Both ways beizeng opens a database (read-write, read-only, the analysts' copy attached) skip the three."""
    db = _a_warehouse(county)
    assert SKIPPED_OPTIMIZERS.split(",") == ["deliminator", "projection_pullup", "statistics_propagation"]
    for read_only in (False, True):
        con = connect(db, read_only=read_only)
        try:
            assert _skipped(con) == set(SKIPPED_OPTIMIZERS.split(","))
        finally:
            con.close()
    copy = attached(db)
    try:
        assert _skipped(copy) == set(SKIPPED_OPTIMIZERS.split(","))
    finally:
        copy.close()


def test_a_callers_own_connection_gets_the_setting_and_the_compute_gives_it_back(county: Config) -> None:
    """A plain ``duckdb.connect`` (a test's, a notebook's) handed to the warnings gets the reading plan; the compute
    plans with projection_pullup alone skipped (without the deliminator the models' subqueries run slower) and
    leaves the connection reading as before."""
    db = _a_warehouse(county)
    con = duckdb.connect(str(db))
    try:
        assert _skipped(con) == set()
        period_warnings(con, "2026-06")
        assert _skipped(con) == set(SKIPPED_OPTIMIZERS.split(","))
        run_models(con)
        assert SKIPPED_COMPUTING == "projection_pullup"
        assert _skipped(con) == set(SKIPPED_OPTIMIZERS.split(","))
    finally:
        con.close()
