"""Given/expect tests of the SQL macros the models share (issue 13, "generated, not restated").

Each rule that stood in several models is one macro now: ``has_return`` / ``returns_in`` (was a return of the
period sent?), ``if_returned`` (0 when it was and counts nothing, NULL when it was not), ``county_and_township``
(a row counts in the county and in its township) and ``scopes_of`` (the county has a row every period, a
township where it has figures).  The missing-column warning reads the models with the macros expanded
(beizeng.store.sql_lineage), so it names what the macros' one definition makes NULL.  Small tables in, exact rows out, in
a real in-memory warehouse built by the project's own DDL and sql/models/010_periods.sql.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from beizeng.store.sql_lineage import Model, null_names, parse
from beizeng.store.warehouse import SQL_DIR, ensure_schema, sql_files

COUNTY = "东县"


def _warehouse(submissions: list[tuple[str, str, str, str]]) -> duckdb.DuckDBPyConnection:
    """The schema, the county's name and these submissions (form, sender, period, status), then ``periods``."""
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("insert into cfg_settings values ('county', ?)", [COUNTY])
    con.executemany("insert into submissions (file_hash, file_name, form, sender, period, status) "
                    "values (?, ?, ?, ?, ?, ?)",
                    [(f"h{i}", f"f{i}.xlsx", *s) for i, s in enumerate(submissions)])
    con.execute((SQL_DIR / "models" / "010_periods.sql").read_text(encoding="utf-8"))
    return con


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    # given: May's cultivation ledger accepted; June's rejected (its sender must send it again) while June's
    # attraction ledger is in, so June is a period; July's cultivation ledger accepted twice (two versions)
    return _warehouse([
        ("cultivation", "东镇", "2026-05", "accepted"),
        ("cultivation", "东镇", "2026-06", "rejected"),
        ("attraction", "招商局", "2026-06", "accepted"),
        ("cultivation", "东镇", "2026-07", "accepted"),
        ("cultivation", "东镇", "2026-07", "accepted"),
    ])


def test_a_rejected_file_is_no_return_and_two_versions_are_one(con: duckdb.DuckDBPyConnection) -> None:
    # expect: June has no cultivation ledger (a rejected file is not a return: its counts must be NULL, not 0);
    # July has one, however many versions were sent; the macro answers per period for every period
    assert con.execute("select * from returns_in('cultivation') order by period").fetchall() == [
        ("2026-05", True), ("2026-06", False), ("2026-07", True)]
    assert con.execute("select * from returns_in('attraction') order by period").fetchall() == [
        ("2026-05", False), ("2026-06", True), ("2026-07", False)]
    # and the scalar form reads the same rule for any form and period (a period nobody sent: false)
    assert con.execute("select has_return('cultivation', '2026-07'), has_return('cultivation', '2026-08'), "
                       "has_return('targets', '2026-05')").fetchone() == (True, False, False)


def test_a_figure_is_zero_when_its_return_counts_nothing_and_null_when_it_is_missing(
        con: duckdb.DuckDBPyConnection) -> None:
    # given June's 东镇 ledger rows (5 户 counted in 东镇) and the cultivation returns of May to July
    rows = con.execute("""
        with counted as (select * from (values ('2026-06', '东镇', 5)) v(period, scope, n))
        select s.period, s.scope, if_returned(p.has_return, c.n)
        from scopes_of(counted) s
        join returns_in('cultivation') p using (period)
        left join counted c using (period, scope)
        order by all
    """).fetchall()
    # expect May 0 (ledger in, nothing counted), June NULL for the county and for 东镇 alike (the ledger was
    # rejected: not known, whatever rows it had), July 0
    assert rows == [("2026-05", "东县", 0), ("2026-06", "东县", None), ("2026-06", "东镇", None),
                    ("2026-07", "东县", 0)]
    assert con.execute("select if_returned(true, 5), if_returned(true, null), if_returned(false, 5)").fetchone() \
        == (5, 0, None)


def test_a_row_counts_in_the_county_and_in_its_township_only_once_it_has_one(
        con: duckdb.DuckDBPyConnection) -> None:
    # given three June projects: 1 in 东镇, 2 in 西镇, 4 not landed anywhere yet (no township)
    rows = con.execute("""
        with returned as (
            select * from (values ('2026-06', '东镇', 1), ('2026-06', '西镇', 2), ('2026-06', null, 4))
                v(period, township, amount)
        )
        select scope, period, sum(amount), count(*) from county_and_township(returned) group by all order by all
    """).fetchall()
    # expect the county to count all three (7), each township its own, and no row for a NULL scope
    assert rows == [("东县", "2026-06", 7, 3), ("东镇", "2026-06", 1, 1), ("西镇", "2026-06", 2, 1)]


def test_the_county_has_a_row_every_period_and_a_township_where_it_has_figures(
        con: duckdb.DuckDBPyConnection) -> None:
    # given figures for 东镇 in June only (and the county's own June figure, which must not be doubled)
    rows = con.execute("""
        with counted as (
            select * from (values ('2026-06', '东镇', 3), ('2026-06', '东县', 3)) v(period, scope, n)
        )
        select * from scopes_of(counted) order by all
    """).fetchall()
    # expect the county in May, June and July (so its figure shows, NULL or 0, even with nothing counted)
    # and 东镇 in June alone
    assert rows == [("2026-05", "东县"), ("2026-06", "东县"), ("2026-06", "东镇"), ("2026-07", "东县")]


#: A restatement of each macro's body, as the models once wrote it: a model writing it again is a second home.
RESTATED = {
    "has_return": re.compile(r"exists\s*\(\s*select 1 from current_submissions \w+\s+where \w+\.form = '"),
    "county_and_township": re.compile(r"select setting\('county'\) as scope, \* from"),
    "scopes_of": re.compile(r"select period, setting\('county'\) as scope from periods\s+union\b"),
    "if_returned": re.compile(r"case when [^\n]*? then coalesce\((?:[^()]|\([^()]*\))*, 0\)(?: / 10000)? end"),
}


def test_no_model_restates_a_shared_macro() -> None:
    restated = [(path.name, macro) for path in sql_files("models") for macro, pattern in RESTATED.items()
                if pattern.search(path.read_text(encoding="utf-8").split("create or replace macro")[0])]
    assert restated == []


def test_the_restatement_check_finds_the_old_text() -> None:
    # the check above must be able to fail: the text 310_innovation.sql had before the macros
    old = ("present as (select p.period, exists (select 1 from current_submissions s where s.form = 'cultivation' "
           "and s.period = p.period) as has_ledger from periods p), scoped as (select setting('county') as scope, "
           "* from source union all select township, * from source), scopes as (\n"
           "    select period, setting('county') as scope from periods\n    union\n    select period, scope from counts), "
           "wide as (select case when p.has_ledger then coalesce(c.green, 0) end as green_factory_candidates)")
    assert [m for m, pattern in RESTATED.items() if pattern.search(old)] == list(RESTATED)


TOY = """
create or replace view ind_toy as
with source as (
    select * from cur_toy
),
counted as (
    select period, sum(amount) filter (where started) as started_amount from source group by period
),
wide as (
    select p.period, if_returned(p.has_return, c.started_amount) as started_total
    from returns_in('toy') p left join counted c using (period)
)
select * from long_format(wide);
"""


def test_the_missing_column_warning_reads_a_macro_as_its_definition(tmp_path: Path) -> None:
    # given a model whose figure is if_returned(the return is in, a sum over the rows a flag picks)
    def nulls(ddl: Path | None, uses: bool = False) -> set[str]:
        model = Model(None, parse(TOY, ddl), TOY)  # type: ignore[arg-type]
        return null_names(model, "cur_toy", frozenset({"started"}), uses)["ind_toy"]

    # expect: without the flag no row is picked, the sum is NULL and if_returned shows 0 — not empty, so the
    # warning must not say 开工金额 will read empty; it is still a figure computed from the flag (uses)
    assert nulls(None) == set()
    assert nulls(None, uses=True) == {"started_total"}
    # and read without the macros' definitions (an empty ddl folder) the call would pass the NULL on
    assert nulls(tmp_path) == {"started_total"}
