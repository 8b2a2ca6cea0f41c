"""The DuckDB warehouse: schema from the forms, loading with lineage, and the SQL models.

Every figure loaded carries its submission (file hash, file name), sheet and Excel row.  DDL and
indicator SQL live as ordered .sql files in ``sql/``; the form tables are derived from the pandera
schemas so a column is defined once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from beizeng.base.config import Config
from beizeng.base.dues import owed_by
from beizeng.base.forms import FormSpec, all_forms
from beizeng.base.problems import Problem
from beizeng.store.catalogue import SQL_DIR, expand_views
from beizeng.store.planning import planned_quickly

#: Where each row came from; ``implied`` names the columns a return left implicit and where they were
#: filled from (所属乡镇←填报单位), empty when every column was on the sheet (beizeng.intake.headers.column_facts).
LINEAGE = {"submission_id": "bigint", "period": "varchar", "sender": "varchar", "sheet": "varchar",
           "excel_row": "integer", "implied": "varchar", "set_aside": "varchar"}
#: The lineage columns' Chinese names and what they hold: the one place their labels live (the warehouse's column
#: comments, which ``beizeng query`` and its workbooks show beside each column).
LINEAGE_LABELS = {
    "submission_id": "报送编号：指向 submissions / report_submissions 的一份报表（文件、版本、单位）",
    "period": "所属期间：月报为 YYYY-MM（1-N月累计），年报为 YYYY",
    "sender": "填报单位：配置文件中的标准名称",
    "sheet": "工作表：本条所在的工作表名",
    "excel_row": "Excel行号：本条在工作表中的行号（卡片式、键值式的表为其累计数所在的行），与 Excel 左侧的行号一致",
    "implied": "推定填入的列及来处：表中没有写、按上下文填入的列（所属乡镇←填报单位，期间←标题）和各项所在的单元格",
    "set_aside": "暂不计入：另一单位的表里也有这一条、数字相同时，按该单位报的计入，本条记下该单位；"
                 "该单位的表里不再有这一条时，本条计入（当前数据视图 cur_* 据此取舍，不显示本列）",
}


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
        return planned_quickly(duckdb.connect(str(path), read_only=True))
    return planned_quickly(duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY}))


def form_ddl(form: FormSpec) -> list[str]:
    """Create the form's table (or add the columns a newer schema has) and its current-rows view."""
    cols = {**LINEAGE, **{c.name: duck_type(c.dtype) for c in form.columns}}
    body = ",\n    ".join(f"{name} {typ}" for name, typ in cols.items())
    stmts = [f"create table if not exists {form.table} (\n    {body}\n)"]
    stmts += [f"alter table {form.table} add column if not exists {name} {typ}" for name, typ in cols.items()]
    # names stored before a rename read as the sender's name now (macro as_now, sql/ddl/002_views.sql)
    named = ["sender", *(c.name for c in form.columns if c.kind in ("township", "scope"))]
    replace = ", ".join(f"as_now(f.{n}) as {n}" for n in named)
    stmts.append(
        f"create or replace view {form.current} as select f.* exclude (set_aside) replace ({replace}) "
        f"from {form.table} f join current_submissions c using (submission_id){_counted_once(form)}"
    )
    comment = form.title.replace("'", "''")
    stmts.append(f"comment on table {form.table} is '{comment}: every loaded version; grain: {form.grain}'")
    texts = {**LINEAGE_LABELS, **{c.name: f"{c.label}: {c.description}" for c in form.columns}}
    for name, text in texts.items():  # on the table and on its current-rows view, which analysts query
        said = text.replace("'", "''")
        stmts.append(f"comment on column {form.table}.{name} is '{said}'")
        if name != "set_aside":
            stmts.append(f"comment on column {form.current}.{name} is '{said}'")
    return stmts


def _counted_once(form: FormSpec) -> str:
    """The current-rows view's condition on a record set aside as another sender's (``set_aside``: a project on a
    boundary both townships list with the same figures, ``beizeng.intake.checks.check_other_senders``): it counts
    when no other sender's current return holds the record counted (``set_aside`` empty), nor set aside before it
    (the earliest copy left counts) — so the day the first sender sends its return again without the record, the
    other's copy is the county's, never lost.  Forms whose key is each sender's own have nothing set aside."""
    if not form.county_wide_key:
        return ""
    same = " and ".join(f"g.{k} is not distinct from f.{k}" for k in form.key)
    return (f" where f.set_aside is null or not exists (select 1 from {form.table} g join current_submissions d "
            f"using (submission_id) where g.period = f.period and g.sender <> f.sender and {same} "
            "and (g.set_aside is null or g.submission_id < f.submission_id))")


def digest(*parts: object) -> str:
    """A digest of whatever a piece of set-up work is built from (file texts, settings)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def stamped(con: duckdb.DuckDBPyConnection, name: str, value: str) -> bool:
    """Whether the work called ``name`` was last done from exactly ``value`` (so it need not be redone)."""
    try:
        row = con.execute("select digest from beizeng_stamps where name = ?", [name]).fetchone()
    except duckdb.CatalogException:
        return False
    return row is not None and row[0] == value


def stamp(con: duckdb.DuckDBPyConnection, name: str, value: str) -> None:
    con.execute("insert or replace into beizeng_stamps values (?, ?)", [name, value])


def schema_statements() -> list[str]:
    """Every statement that builds the schema: sql/ddl/ in order, then each form's table and view."""
    stmts = [path.read_text(encoding="utf-8") for path in sql_files("ddl")]
    for form in all_forms().values():
        stmts += form_ddl(form)
    return stmts


def ensure_schema(con: duckdb.DuckDBPyConnection, statements: list[str] | None = None) -> None:
    """Run the schema statements (``schema_statements()`` unless the caller already has them)."""
    for stmt in statements if statements is not None else schema_statements():
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
        "growth_crosscheck_pp": str(r.growth_crosscheck_pp),
        "yoy_warn_pct": str(r.yoy_warn_pct),
        **{f"rank_basis_{k}": v for k, v in r.rank_basis.items()},
        **{f"quarter_share_{i}": str(s) for i, s in enumerate(r.quarter_shares, 1)},
    }
    senders = [(s.name, s.kind, s.code, s.contact, s.phone, s.since) for s in cfg.senders]
    counties = [(c, i) for i, c in enumerate(cfg.city_counties, 1)]
    names = {s.name for s in cfg.senders}
    aliases: dict[str, tuple[str, bool]] = {}
    for s in cfg.senders:  # an alias that is some sender's own name is that sender's, never a former name
        for a in s.names[1:]:
            if a not in names:  # a former unit of a merged one (merged_from) is a part of it, kept apart
                aliases.setdefault(a, (s.name, a in s.merged_from))
    owed = [(f.code, s.name, i) for f in all_forms().values() for i, s in enumerate(owed_by(cfg, f), 1)]
    value = digest(sorted(settings.items()), senders, counties, owed, sorted(aliases.items()))
    if stamped(con, "config", value):
        return
    con.execute("delete from cfg_settings")
    con.executemany("insert into cfg_settings values (?, ?)", list(settings.items()))
    con.execute("delete from cfg_senders")
    con.executemany("insert into cfg_senders (name, kind, code, contact, phone, since) values (?, ?, ?, ?, ?, ?)",
                    senders)
    con.execute("delete from cfg_city_counties")
    con.executemany("insert into cfg_city_counties values (?, ?)", counties)
    con.execute("delete from cfg_names")
    if aliases:
        con.executemany("insert into cfg_names (alias, name, part) values (?, ?, ?)",
                        [(a, n, part) for a, (n, part) in aliases.items()])
    con.execute("delete from cfg_owed")
    if owed:
        con.executemany("insert into cfg_owed values (?, ?, ?)", owed)
    stamp(con, "config", value)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def submissions_by_hash(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Every submission of these contents, oldest first: (submission_id, status, stored_path, form, sender,
    period, n_rows, file_name).  One query for a whole batch."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in con.execute(
            "select file_hash, submission_id, status, stored_path, form, sender, period, n_rows, file_name "
            "from submissions where file_hash in (select unnest(?::varchar[])) order by submission_id",
            [sorted(set(hashes))]).fetchall():
        out.setdefault(str(row[0]), []).append(tuple(row[1:]))
    return out


#: The (form, sender, period) keys a batch asks about, as a table to join: bound by ``_wanted``.
_WANTED = ("with wanted as (select unnest(?::varchar[]) as form, unnest(?::varchar[]) as sender, "
           "unnest(?::varchar[]) as period) ")


def _wanted(keys: list[tuple[str, str, str]]) -> list[list[str]]:
    """The three lists ``_WANTED`` binds, one entry per distinct key."""
    return [list(x) for x in zip(*sorted(set(keys)), strict=True)]


def latest_by_key(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str, str]]
                  ) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    """Per form + sender + period: (latest submission_id, files received, accepted versions, latest status,
    received_at, file_name, stored_path).  One query for a whole batch."""
    if not keys:
        return {}
    rows = con.execute(
        _WANTED +
        "select s.form, s.sender, s.period, max(s.submission_id), count(*), count(*) filter (where s.status = 'accepted'), "
        "arg_max(s.status, s.submission_id), arg_max(s.received_at, s.submission_id), "
        "arg_max(s.file_name, s.submission_id), arg_max(s.stored_path, s.submission_id) "
        "from submissions s join wanted w on s.form = w.form and s.sender = w.sender and s.period = w.period "
        "group by all", _wanted(keys)).fetchall()
    return {(str(r[0]), str(r[1]), str(r[2])): tuple(r[3:]) for r in rows}


def current_by_key(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str, str]], claim_code: str
                   ) -> dict[tuple[str, str, str], tuple[str, Any, list[str], str]]:
    """Per form + sender + period (the sender a version is kept under: macro part_or_now, a merged unit's part by its
    own name): the version that counts now (file_name, file_mtime, the messages of its
    ``claim_code`` problems: what the file said of its place among the versions, file_hash).  One query for a
    whole batch."""
    if not keys:
        return {}
    rows = con.execute(
        _WANTED +
        "select c.form, w.sender, c.period, c.file_name, c.file_mtime, "
        "list(p.message) filter (where p.message is not null), c.file_hash "
        "from current_submissions c join wanted w on c.form = w.form and part_or_now(c.sent_as) = w.sender "
        "and c.period = w.period "
        "left join problems p on p.submission_id = c.submission_id and p.code = ? "
        "group by all", [*_wanted(keys), claim_code]).fetchall()
    return {(str(r[0]), str(r[1]), str(r[2])): (str(r[3]), r[4], list(r[5] or []), str(r[6])) for r in rows}


def counting_by_key(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str, str]]
                    ) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    """Per form + sender + period: the version that counts now as ``latest_by_key`` gives the latest file
    (submission_id, its number among the files received, accepted versions up to it, 'accepted', received_at,
    file_name, stored_path) — what a file after a refused one is compared with.  One query for a whole batch."""
    if not keys:
        return {}
    rows = con.execute(
        _WANTED +
        "select c.form, w.sender, c.period, c.submission_id, "
        "(select count(*) from submissions s where s.form = c.form and s.sender = c.sent_as and s.period = c.period "
        " and s.submission_id <= c.submission_id), c.version, c.status, c.received_at, c.file_name, c.stored_path "
        "from current_submissions c join wanted w on c.form = w.form and part_or_now(c.sent_as) = w.sender "
        "and c.period = w.period",
        _wanted(keys)).fetchall()
    return {(str(r[0]), str(r[1]), str(r[2])): tuple(r[3:]) for r in rows}


def unit_returns(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str, str]]
                 ) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """Per form + unit (its name now) + period: (the name it was sent under, file name) of each version that counts,
    oldest first — what a merged township's whole and parts are told of each other (beizeng.intake.merged).  One
    query for a whole batch."""
    if not keys:
        return {}
    rows = con.execute(
        _WANTED +
        "select v.form, v.sender, v.period, v.sent_as, v.file_name, v.is_current from submission_versions v "
        "join wanted w on v.form = w.form and v.sender = w.sender and v.period = w.period order by v.submission_id",
        _wanted(keys)).fetchall()
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for form, sender, period, sent_as, file_name, current in rows:
        if current:
            out.setdefault((str(form), str(sender), str(period)), []).append((str(sent_as), str(file_name)))
    return out


def version_of(con: duckdb.DuckDBPyConnection, submission_id: int) -> int | None:
    """An accepted submission's number among the accepted versions of its form + sender + period (1 = the first)."""
    row = con.execute("select version from submission_versions where submission_id = ?", [submission_id]).fetchone()
    return int(row[0]) if row else None


def reserve_submission_ids(con: duckdb.DuckDBPyConnection, n: int) -> list[int]:
    """``n`` new submission ids from the sequence in one round trip (unused ones are simply skipped)."""
    if n <= 0:
        return []
    return sorted(int(r[0]) for r in con.execute("select nextval('submission_seq') from range(?)", [n]).fetchall())


SUBMISSION_TYPES = pl.Schema({
    "submission_id": pl.Int64(), "file_hash": pl.String(), "file_name": pl.String(), "stored_path": pl.String(),
    "form": pl.String(), "sender": pl.String(), "period": pl.String(), "status": pl.String(), "sheet": pl.String(),
    "unit": pl.String(), "n_rows": pl.Int32(), "n_errors": pl.Int32(), "n_warnings": pl.Int32(), "reporter": pl.String(),
    "phone": pl.String(), "identified_by": pl.String(), "template_version": pl.String(),
    "file_mtime": pl.Datetime("us"), "received_at": pl.Datetime("us"),
})
PROBLEM_TYPES = pl.Schema({
    "submission_id": pl.Int64(), "severity": pl.String(), "code": pl.String(), "message": pl.String(), "fix": pl.String(),
    "sheet": pl.String(), "cell": pl.String(), "excel_row": pl.Int32(), "column_header": pl.String(), "value": pl.String(),
})


def insert_submissions(con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]],
                       problems: list[tuple[int, Problem]], absent: list[tuple[int, str]] | None = None,
                       read: list[tuple[int, str, str | None, str, str | None]] | None = None) -> None:
    """Record a batch of received files, their problems, the form columns each loaded one did not have
    (``absent``: (submission id, column name), the table absent_columns) and the sheet columns it was read from
    (``read``: (submission id, column name, sheet, column letter, header), the table read_columns): one insert
    each, however many files."""
    if records:
        subs = pl.DataFrame(records, schema=SUBMISSION_TYPES)  # noqa: F841 - read by DuckDB by name
        cols = ", ".join(SUBMISSION_TYPES)
        con.execute(f"insert into submissions ({cols}) select {cols} from subs")
    if problems:
        probs = pl.DataFrame(  # noqa: F841 - read by DuckDB by name
            [(sid, p.severity, p.code, p.message, p.fix, p.sheet, p.cell, p.row, p.column, p.value)
             for sid, p in problems], schema=PROBLEM_TYPES, orient="row")
        cols = ", ".join(PROBLEM_TYPES)
        con.execute(f"insert into problems ({cols}) select {cols} from probs")
    if absent:
        gone = pl.DataFrame(absent, schema={"submission_id": pl.Int64(), "column_name": pl.String()},  # noqa: F841
                            orient="row")
        con.execute("insert into absent_columns select submission_id, column_name from gone")
    if read:
        kinds = {"submission_id": pl.Int64(), "column_name": pl.String(), "sheet": pl.String(),
                 "sheet_column": pl.String(), "header": pl.String()}
        taken = pl.DataFrame(read, schema=kinds, orient="row")  # noqa: F841 - read by DuckDB by name
        con.execute(f"insert into read_columns ({', '.join(kinds)}) select {', '.join(kinds)} from taken")


def insert_rows(con: duckdb.DuckDBPyConnection, form: FormSpec, frame: pl.DataFrame) -> None:
    """Append typed rows (form columns plus lineage columns) to the form's table."""
    rows = frame  # noqa: F841 - DuckDB reads the local polars frame by name
    cols = ", ".join([*LINEAGE, *(c.name for c in form.columns)])
    con.execute(f"insert into {form.table} ({cols}) select {cols} from rows")


#: indicator_values.value.  Operands are exact DECIMALs and a rate is one final division, which DuckDB
#: returns as the correctly rounded DOUBLE (DECIMAL ÷ DECIMAL is DOUBLE); beizeng/base/numbers.py drops the
#: binary noise at 10 decimals before rounding half up, so shown digits reproduce hand arithmetic.
#: DECIMAL(38, 10) here was tried: it hands decimal.Decimal to every Python reader (Decimal − float raises,
#: pytest.approx too) for no shown digit gained; CONTRIBUTING says so.
VALUE_TYPE = "double"


def _relation_kind(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    row = con.execute("select 'view' from duckdb_views() where view_name = ? and not internal "
                      "union all select 'table' from duckdb_tables() where table_name = ?", [name, name]).fetchone()
    return str(row[0]) if row else None


def run_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Bring every indicator up to date with the data: the table ``indicator_values``.

    The models (sql/models/, views named ``ind_*``), their union ``indicator_values_live`` and the
    analysts' views (sql/views/) are created again only when their SQL changed; what every run does
    is compute the union once into the table ``indicator_values``, so that every later read (the
    workbook, the report, ``explain``, an analyst's query) is a look-up, not a recomputation.
    """
    planned_quickly(con, computing=True)
    try:
        return _computed(con)
    finally:
        planned_quickly(con)


def _computed(con: duckdb.DuckDBPyConnection) -> list[str]:
    """``run_models``' work, apart so that the connection's reading plan comes back however it ends."""
    models = [(p.name, p.read_text(encoding="utf-8")) for p in sql_files("models")]
    # the section views' columns are generated from sql/catalogue.toml, so the digest covers the catalogue too
    views_sql = [(p.name, expand_views(p.read_text(encoding="utf-8"))) for p in sql_files("views")]
    value = digest(models, views_sql, VALUE_TYPE)
    if not stamped(con, "models", value) or _relation_kind(con, "indicator_values_live") != "view":
        _create_models(con, models, views_sql)
        stamp(con, "models", value)
    if _relation_kind(con, "indicator_values") == "view":  # a warehouse from before the table
        con.execute("drop view indicator_values")
    views = model_views(con)
    # One statement per model, not one over indicator_values_live: DuckDB inlines the union of every model
    # (and the models that read other models read them again) into one plan, which took 2.7× as long as
    # the models one by one (3.5 s against 1.3 s for a county month on the loaded 2-core machine).
    # empty, typed by one model's rows: `indicator_values_live limit 0` would still bind the whole union (0.2–0.3 s)
    con.execute(f"create or replace table indicator_values as {_rows_of(views[0])} limit 0" if views else
                "create or replace table indicator_values as select * from indicator_values_live limit 0")
    for v in views:
        con.execute(f"insert into indicator_values {_rows_of(v)}")
    con.execute("comment on table indicator_values is "
                "'Every indicator of INDICATORS.md: one row per period (YYYY-MM, 1–N cumulative) per scope "
                "(county or township) per indicator code; recomputed from the returns at the end of every run "
                "(indicator_values_live computes the same on each query).'")
    return views


def model_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The models' views (``ind_*``) a run computes one by one (and bench/planning.py times the same way)."""
    return [r[0] for r in con.execute(
        "select view_name from duckdb_views() where not internal and view_name like 'ind\\_%' escape '\\' "
        "order by view_name").fetchall()]


def _rows_of(source: str) -> str:
    """The rows of ``indicator_values`` a model (or the union of all) gives: the one rule, used by the live view
    and by each run's table.  Township rows only where the figure breaks down; the county row always, NULL
    meaning 'no input'."""
    return (f"select s.period, s.scope, s.indicator, cast(s.value as {VALUE_TYPE}) as value, c.unit\n"
            f"from {source} s left join indicator_catalogue c on c.code = s.indicator\n"
            "where s.value is not null or s.scope = setting('county')")


def _create_models(con: duckdb.DuckDBPyConnection, models: list[tuple[str, str]],
                   views_sql: list[tuple[str, str]]) -> None:
    for name, text in models:
        try:
            con.execute(text)
        except duckdb.Error as exc:
            raise RuntimeError(f"SQL 模型 {name} 执行失败: {exc}") from exc
    union = "\n    union all\n    ".join(
        f"select period, scope, indicator, cast(value as {VALUE_TYPE}) as value from {v}" for v in model_views(con)
    ) or "select null::varchar as period, null::varchar as scope, null::varchar as indicator, " \
         f"null::{VALUE_TYPE} as value " \
         "where false"
    con.execute(f"create or replace view indicator_values_live as\nwith source as (\n    {union}\n)\n{_rows_of('source')}")
    con.execute("comment on view indicator_values_live is 'indicator_values computed afresh on every query "
                "(the union of every ind_* model); the table indicator_values holds the same as of the last run.'")
    if _relation_kind(con, "indicator_values") is None:  # the analysts' views below read it
        con.execute("create table indicator_values as select * from indicator_values_live limit 0")
    # the analysts' documented views (one per report section) read indicator_values, so they come last
    for name, text in views_sql:
        try:
            con.execute(text)
        except duckdb.Error as exc:
            raise RuntimeError(f"SQL 视图 {name} 执行失败: {exc}") from exc


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
