"""Lineage declared, not guessed: each indicator's model and source rows come from sql/catalogue.toml,
and the declarations are checked against what the warehouse computes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.cli.commands.ops import explain_indicator
from beizeng.store.catalogue import catalogue
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios import city_2026_06
from tests.scenarios_more import sections_2_to_5


@pytest.fixture
def loaded(county_full: Config) -> Iterator[duckdb.DuckDBPyConnection]:
    """Sections 2–5 of 2026-06 (自然资源局's land ledgers, 财政局's funds ledger …) and the city comparison."""
    sections_2_to_5(county_full.inbox)
    city_2026_06(county_full.inbox)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["accepted"] * len(outcomes), [(o.file, o.status, getattr(o, "problems", None)) for o in outcomes if o.status != "accepted"]
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    yield con
    con.close()


def test_every_code_is_computed_by_the_model_the_catalogue_declares(loaded: duckdb.DuckDBPyConnection) -> None:
    views = [v for (v,) in loaded.execute(
        "select view_name from duckdb_views() where view_name like 'ind\\_%' escape '\\'").fetchall()]
    computed_by: dict[str, set[str]] = {}
    for view in views:
        for (code,) in loaded.execute(f"select distinct indicator from {view}").fetchall():
            computed_by.setdefault(code, set()).add(view)
    declared = {code: ind.model for code, ind in catalogue().items()}
    # every code computed here, by exactly its declared model; every catalogued code computed here
    assert {code: {declared.get(code)} for code in computed_by} == computed_by
    # every catalogued code computed here, but the projection's gap to the year's target: only September to November
    # project to the year's end (sql/models/450_attainment.sql), and this county's periods with a target are June and
    # December (a finished year projects nothing since the year-end change, probe 36)
    assert set(declared) - {"output_projection_vs_target_pp"} == set(computed_by) - {"output_projection_vs_target_pp"}


def test_explain_fund_contributed_lists_the_finance_bureaus_contribution_rows(
        loaded: duckdb.DuckDBPyConnection, county_full: Config) -> None:
    exp = explain_indicator(loaded, county_full, "fund_contributed", "2026-06")
    # 320.5 on 15 April + 410 on 20 June (tests/scenarios_more.funds_2026_06)
    assert exp.value == pytest.approx(730.5)
    assert exp.sql_file == "sql/models/510_factors.sql" and exp.sql_text == "contributed as fund_contributed,"
    [src] = exp.sources
    assert src.form == "factors" and src.total_rows == 2
    # 财政局's two 上划 rows only: none of 自然资源局's land rows, none of its own 筹集/拨付 rows
    assert {(r[3], r[0]) for r in src.rows} == {("财政局", "财政局_2026-06_要素保障情况表.xlsx")}
    cols = [name for name, _ in src.columns]
    assert sorted(float(r[4 + cols.index("amount")]) for r in src.rows) == [320.5, 410.0]
    assert "f.item = '上划市工业倍增发展基金'" in src.note


def test_explain_land_and_disbursement_list_their_own_rows(loaded: duckdb.DuckDBPyConnection,
                                                           county_full: Config) -> None:
    land = explain_indicator(loaded, county_full, "land_area_mu", "2026-06")
    assert land.value == pytest.approx(100.5) and land.sql_text == "area as land_area_mu,"
    [src] = land.sources
    cols = [name for name, _ in src.columns]
    # 自然资源局's three parcels of this year's ledger, 50.5 + 30 + 20 亩; no fund row
    assert src.total_rows == 3 and {r[3] for r in src.rows} == {"自然资源局"}
    assert sorted(float(r[4 + cols.index("area_mu")]) for r in src.rows) == [20.0, 30.0, 50.5]

    paid = explain_indicator(loaded, county_full, "dev_fund_disbursed", "2026-06")
    assert paid.value == pytest.approx(450.25)
    [src] = paid.sources
    cols = [name for name, _ in src.columns]
    assert src.total_rows == 2 and {r[3] for r in src.rows} == {"财政局"}
    assert sorted(float(r[4 + cols.index("amount")]) for r in src.rows) == [150.25, 300.0]


def test_explain_a_last_year_base_lists_last_years_rows(county_full: Config) -> None:
    # given 财政局's ledgers of 2026-06 and of 2025-06 (one 上划 of 200 万元 on 2025-05-10)
    from tests.scenarios_more import factors, funds_2026_06

    factors(county_full.inbox, "财政局", "2026-06", funds_2026_06())
    factors(county_full.inbox, "财政局", "2025-06",
            [("上划市工业倍增发展基金", dt.date(2025, 5, 10), None, None, None, 200, 1)])
    ingest(county_full)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        exp = explain_indicator(con, county_full, "fund_contributed_last_year", "2026-06")
    finally:
        con.close()
    # expect last year's 200 and, as its source, last year's row — never this year's 320.5 and 410 beside it
    assert exp.value == pytest.approx(200)
    [src] = exp.sources
    cols = [name for name, _ in src.columns]
    assert [float(r[4 + cols.index("amount")]) for r in src.rows] == [200.0]
    assert src.note.startswith("上年同期（2025年1-6月）的来源行")


def test_every_last_year_base_declares_its_source_period() -> None:
    # a 上年同期 figure whose rows explain looks for in this year's returns would show the wrong rows
    for code, ind in catalogue().items():
        if ind.name.startswith("上年同期"):
            assert ind.source_period == "last_year", code
