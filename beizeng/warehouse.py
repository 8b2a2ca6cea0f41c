"""The DuckDB warehouse: schema from the forms, loading with lineage, and the SQL models.

Every figure loaded carries its submission (file hash, file name), sheet and Excel row.  DDL and
indicator SQL live as ordered .sql files in ``sql/``; the form tables are derived from the pandera
schemas so a column is defined once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from beizeng.config import Config
from beizeng.forms import FormSpec, all_forms
from beizeng.problems import Problem

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
LINEAGE = {"submission_id": "bigint", "period": "varchar", "sender": "varchar", "sheet": "varchar",
           "excel_row": "integer"}


def sql_files(kind: str) -> list[Path]:
    """The .sql files of sql/<kind>/, in the order their numeric prefixes give."""
    return sorted((SQL_DIR / kind).glob("*.sql"))


def duck_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.Decimal):
        return f"decimal({dtype.precision}, {dtype.scale})"
    mapping = {pl.String: "varchar", pl.Float64: "double", pl.Int64: "bigint", pl.Boolean: "boolean",
               pl.Date: "date", pl.Int32: "integer", pl.Datetime: "timestamp"}
    for k, v in mapping.items():
        if dtype == k:
            return v
    raise TypeError(f"no DuckDB type for {dtype}")


#: Written so that analysts' tools on an older DuckDB (the `duckdb` CLI from PyPI, DBeaver's JDBC
#: driver) can still open the file; only takes effect when the file is created.
STORAGE_COMPATIBILITY = "v1.4.0"


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path.parent.mkdir(parents=True, exist_ok=True)
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})


def form_ddl(form: FormSpec) -> list[str]:
    """Create the form's table (or add the columns a newer schema has) and its current-rows view."""
    cols = {**LINEAGE, **{c.name: duck_type(c.dtype) for c in form.columns}}
    body = ",\n    ".join(f"{name} {typ}" for name, typ in cols.items())
    stmts = [f"create table if not exists {form.table} (\n    {body}\n)"]
    stmts += [f"alter table {form.table} add column if not exists {name} {typ}" for name, typ in cols.items()]
    stmts.append(
        f"create or replace view {form.current} as select f.* from {form.table} f "
        f"join current_submissions c using (submission_id)"
    )
    comment = form.title.replace("'", "''")
    stmts.append(f"comment on table {form.table} is '{comment}: every loaded version; grain: {form.grain}'")
    for c in form.columns:
        text = f"{c.label}: {c.description}".replace("'", "''")
        stmts.append(f"comment on column {form.table}.{c.name} is '{text}'")
    return stmts


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for path in sql_files("ddl"):
        con.execute(path.read_text(encoding="utf-8"))
    for form in all_forms().values():
        for stmt in form_ddl(form):
            con.execute(stmt)


def sync_config(con: duckdb.DuckDBPyConnection, cfg: Config) -> None:
    """Copy the settings the SQL needs from beizeng.toml (replacing the last run's copy)."""
    r = cfg.rules
    settings = {
        "county": cfg.county,
        "county_code": cfg.county_code,
        "city": cfg.city,
        "time_progress": r.time_progress,
        "in_stats_denominator": r.in_stats_denominator,
        "fai_min_total_investment": str(r.fai_min_total_investment),
        "deadline_day": str(r.deadline_day),
        "crosscheck_pct": str(r.crosscheck_pct),
        "yoy_warn_pct": str(r.yoy_warn_pct),
        **{f"rank_basis_{k}": v for k, v in r.rank_basis.items()},
        **{f"quarter_share_{i}": str(s) for i, s in enumerate(r.quarter_shares, 1)},
    }
    con.execute("delete from cfg_settings")
    con.executemany("insert into cfg_settings values (?, ?)", list(settings.items()))
    con.execute("delete from cfg_senders")
    con.executemany("insert into cfg_senders values (?, ?, ?, ?, ?)",
                    [(s.name, s.kind, s.code, s.contact, s.phone) for s in cfg.senders])
    con.execute("delete from cfg_city_counties")
    con.executemany("insert into cfg_city_counties values (?, ?)",
                    [(c, i) for i, c in enumerate(cfg.city_counties, 1)])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def find_hash(con: duckdb.DuckDBPyConnection, file_hash: str) -> tuple[int, str, str] | None:
    """An accepted submission with this content, if one was loaded before (same file dropped again)."""
    row = con.execute(
        "select submission_id, file_name, coalesce(period, '') from submissions "
        "where file_hash = ? and status = 'accepted' order by submission_id limit 1",
        [file_hash],
    ).fetchone()
    return (int(row[0]), str(row[1]), str(row[2])) if row else None


def insert_submission(con: duckdb.DuckDBPyConnection, record: dict[str, Any], problems: list[Problem]) -> int:
    cols = list(record)
    row = con.execute(
        f"insert into submissions ({', '.join(cols)}) values ({', '.join('?' for _ in cols)}) returning submission_id",
        [record[c] for c in cols],
    ).fetchone()
    assert row is not None
    sid = int(row[0])
    if problems:
        con.executemany(
            "insert into problems values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, p.severity, p.code, p.message, p.fix, p.sheet, p.cell, p.row, p.column, p.value) for p in problems],
        )
    return sid


def insert_rows(con: duckdb.DuckDBPyConnection, form: FormSpec, frame: pl.DataFrame) -> None:
    """Append typed rows (form columns plus lineage columns) to the form's table."""
    rows = frame  # noqa: F841 - DuckDB reads the local polars frame by name
    cols = ", ".join([*LINEAGE, *(c.name for c in form.columns)])
    con.execute(f"insert into {form.table} ({cols}) select {cols} from rows")


def run_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create every model of sql/models/ in order, then the union view ``indicator_values``."""
    for path in sql_files("models"):
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as exc:
            raise RuntimeError(f"SQL 模型 {path.name} 执行失败: {exc}") from exc
    views = [r[0] for r in con.execute(
        "select view_name from duckdb_views() where not internal and view_name like 'ind\\_%' escape '\\' "
        "order by view_name").fetchall()]
    if views:
        union = "\n    union all\n    ".join(
            f"select period, scope, indicator, cast(value as double) as value from {v}" for v in views
        )
        con.execute(
            "create or replace view indicator_values as\n"
            f"with source as (\n    {union}\n)\n"
            "select s.period, s.scope, s.indicator, s.value, c.unit\n"
            "from source s left join indicator_catalogue c on c.code = s.indicator\n"
            # township rows only where the figure breaks down; the county row always, NULL meaning 'no input'
            "where s.value is not null or s.scope = setting('county')"
        )
        con.execute("comment on view indicator_values is "
                    "'Every indicator of INDICATORS.md: one row per period (YYYY-MM, 1–N cumulative) per scope "
                    "(county or township) per indicator code.'")
    # the analysts' documented views (one per report section) read indicator_values, so they come last
    for path in sql_files("views"):
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as exc:
            raise RuntimeError(f"SQL 视图 {path.name} 执行失败: {exc}") from exc
    return views


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
