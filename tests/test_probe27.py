"""The outside probe p27 (tests/handmade/probe27.py): hostile returns against session 20's newest rules — period
words that are not the period, months across a year's end, a county whose name begins a township's, targets in the
wrong unit or for the wrong year, a 1-2月 equal to last year's total for a good reason, a township that owes
nothing.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong
figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome
from beizeng.publish.outputs import write_summary
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.handmade import probe26b as b
from tests.handmade import probe27 as p
from tests.test_handmade import codes, sql, take

CUM = "select period, sender, township, sum(invest_cum) from cur_fai_projects group by all order by all"
TOWNS = "select period, township, sum(output_cum) from cur_enterprise_output group by all order by all"
TARGETS = "select year, indicator, value from cur_targets order by all"
FEB = "select period, sum(invest_cum) from cur_fai_projects where period = '2027-02' group by 1"


def _county(root: Path, monkeypatch: pytest.MonkeyPatch, writer: Callable[[Path], Path]) -> Config:
    path = writer(root / "county")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture
def zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """测试县 with 东镇 (东关镇), 西镇, 经济技术开发区, 红星乡, 城关街道 and every department (probe26b)."""
    return _county(tmp_path, monkeypatch, b.write_zone_config)


@pytest.fixture
def east(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """东县 with 东镇, 城关镇, 城关街道, 红星乡, 西镇."""
    return _county(tmp_path, monkeypatch, p.write_east_county_config)


@pytest.fixture
def idle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """测试县 with 东镇, 西镇, 南镇 (forms = []) and 经济技术开发区 (forms = ["attraction"])."""
    return _county(tmp_path, monkeypatch, p.write_idle_township_config)


def _messages(o: Outcome) -> str:
    return "\n".join(pr.line() for pr in o.problems)


def _june_accepted(cfg: Config, o: Outcome) -> None:
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "东镇", "2026-06", 2), codes(o)
    assert sql(cfg, CUM) == [("2026-06", "东镇", "东镇", D(4200))]


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_a_2026_return_with_only_a_2027_column_never_gives_2026_those_targets(zone: Config) -> None:
    take(zone, p.targets_only_next_years_column)
    assert [r for r in sql(zone, TARGETS) if r[0] == 2026] == []


# ---- (1) period words that are not the period: RIGHT ----------------------------------------------------------------

def test_project_names_and_a_note_with_quarter_and_half_words(zone: Config) -> None:
    [o] = take(zone, p.proj_names_and_note_with_period_words)
    _june_accepted(zone, o)
    names = [n for (n,) in sql(zone, "select name from cur_fai_projects order by excel_row")]
    assert names == ["四季度技改项目（东塬光伏支架）", "上半年投产饲料车间项目"]


def test_a_sheet_named_by_its_quarter_beside_last_months_sheet(zone: Config) -> None:
    [o] = take(zone, p.proj_quarter_sheet_among_monthly_sheets)
    _june_accepted(zone, o)
    assert ("sheet_chosen", "二季度!") in codes(o), codes(o)


@pytest.mark.parametrize("line", [pytest.param(p.PLAN_LINE, id="all three"),
                                  pytest.param("（下半年计划新开工项目2个）", id="下半年"),
                                  pytest.param("（二季度新入库项目1个）", id="二季度"),
                                  pytest.param("（全年计划完成投资9500万元）", id="全年")])
def test_a_line_of_plans_under_the_title(zone: Config, line: str) -> None:
    [o] = take(zone, lambda folder: p.proj_half_and_quarter_words_under_the_title(folder, line))
    _june_accepted(zone, o)


# ---- (1) period words that are not the period: WRONG (refused, not silent) ------------------------------------------

def test_a_header_shangbannian_on_a_june_return_is_the_cumulative(zone: Config) -> None:
    [o] = take(zone, p.proj_headers_quanian_and_shangbannian)
    _june_accepted(zone, o)
    assert sql(zone, "select sum(annual_plan) from cur_fai_projects") == [(D(9500),)]


# ---- (2) months across a year's end ---------------------------------------------------------------------------------

def test_a_title_from_january_to_june_each_with_its_year_is_june(zone: Config) -> None:
    [o] = take(zone, p.proj_title_from_january_to_june_with_years)
    _june_accepted(zone, o)


def test_a_title_from_january_to_june_in_a_file_named_without_a_month_is_june(zone: Config) -> None:
    def make(folder: Path) -> Path:
        return b._projects(folder / "东镇项目进展情况.xlsx", "东镇2026年1月-2026年6月工业项目建设进展情况表",
                           "填报单位：东镇人民政府")

    [o] = take(zone, make)
    _june_accepted(zone, o)


def test_december_to_january_is_never_stored_as_2025(zone: Config) -> None:
    take(zone, p.ent_december_to_january)
    assert [r for r in sql(zone, TOWNS) if str(r[0]).startswith("2025")] == []


def test_december_to_january_is_answered_truly(zone: Config) -> None:
    # the bureau's list is not owed for January alone (1-2月 together): a refusal saying so is right; an untrue
    # reason is not
    [o] = take(zone, p.ent_december_to_january)
    assert "2025年1月" not in _messages(o), _messages(o)
    assert o.period == "2026-01" or "1月不单独报送" in _messages(o), _messages(o)


# ---- (3) a county whose name begins a township's: RIGHT -------------------------------------------------------------

def test_east_county_townships_as_typed(east: Config) -> None:
    [o] = take(east, p.ent_county_named_like_its_township)
    assert (o.status, o.rows) == ("accepted", 6), codes(o)
    assert sql(east, TOWNS) == sorted([("2026-06", "东镇", D(5400)), ("2026-06", "城关镇", D(1800)),
                                       ("2026-06", "城关街道", D(600)), ("2026-06", "红星乡", D(2000)),
                                       ("2026-06", "西镇", D(3600))])


def test_east_county_township_sender(east: Config) -> None:
    [o] = take(east, p.proj_east_township_sender)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "东镇", "2026-06", 2), codes(o)
    assert sql(east, CUM) == [("2026-06", "东镇", "东镇", D(4200))]


# ---- (4) targets ------------------------------------------------------------------------------------------------------

def test_a_growth_rate_typed_in_yi_is_asked_on_its_cell(zone: Config) -> None:
    # RIGHT: the cell is named and the fix says 增速 takes %; nothing stored as an amount or as 10 % unasked
    [o] = take(zone, p.targets_growth_rate_typed_in_yi)
    assert o.status == "rejected" and ("unit_mismatch", "目标!C5") in codes(o, "error"), codes(o)
    assert sql(zone, TARGETS) == []


def test_an_investment_amount_beside_its_growth_target(zone: Config) -> None:
    [o] = take(zone, p.targets_amount_beside_its_growth)
    assert o.status == "accepted", codes(o)
    assert sql(zone, TARGETS) == [(2026, "fai_target_pct", D(10)), (2026, "output_target", D(280))], codes(o)
    assert ("target_not_kept", "目标!B5") in codes(o, "warning"), codes(o)


def test_a_2026_return_with_only_a_2027_column_is_asked(zone: Config) -> None:
    [o] = take(zone, p.targets_only_next_years_column)
    assert any("2027" in pr.message for pr in o.problems if pr.severity in ("warning", "error")), codes(o)


def test_targets_year_and_adjusted_columns_give_the_adjusted(zone: Config) -> None:
    [o] = take(zone, p.targets_year_and_adjusted)
    assert (o.status, o.form, o.period) == ("accepted", "targets", "2026"), codes(o)
    assert sql(zone, TARGETS) == [(2026, "output_target", D(300)), (2026, "va_target_pct", D("8.5"))]


def test_targets_year_and_adjusted_columns_never_store_the_first(zone: Config) -> None:
    take(zone, p.targets_year_and_adjusted)
    assert (2026, "output_target", D(280)) not in sql(zone, TARGETS)


# ---- (5) a 1-2月 equal to last year's total, with this year's January beside it --------------------------------------

def test_january_column_beside_this_month(county_full: Config, in_2027: None) -> None:
    take(county_full, p.fai_dec26_with_a_december_start)
    [o] = take(county_full, p.fai_feb27_january_column)
    assert (o.status, o.period, o.rows) == ("accepted", "2027-02", 3), codes(o)
    assert sql(county_full, FEB) == [("2027-02", D(1050))]


def test_a_january_figure_explains_a_1_2_equal_to_last_year(county_full: Config, in_2027: None) -> None:
    take(county_full, p.fai_dec26_with_a_december_start)
    [o] = take(county_full, p.fai_feb27_january_and_february_columns)
    assert (o.status, o.period, o.rows) == ("accepted", "2027-02", 3), codes(o)
    assert sql(county_full, FEB) == [("2027-02", D(1050))]


# ---- (6) 分乡镇 with a township that owes nothing -------------------------------------------------------------------------

def _townships_sheet(cfg: Config, tmp_path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    p.idle_county_june(cfg.inbox)
    assert [o.status for o in ingest(cfg)] == ["accepted"] * 3
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        path = write_summary(con, cfg, "2026-06", tmp_path / "汇总.xlsx")
    finally:
        con.close()
    return openpyxl.load_workbook(path)["分乡镇"]


def test_a_zone_owing_no_project_return_is_not_missing(idle: Config, tmp_path: Path) -> None:
    # RIGHT: forms = ["attraction"] leaves the project return out; the sheet does not wait for the zone
    ws = _townships_sheet(idle, tmp_path)
    assert "经济技术开发区" not in str(ws["A2"].value), ws["A2"].value


def test_a_township_with_no_forms_never_holds_back_the_shares(idle: Config, tmp_path: Path) -> None:
    ws = _townships_sheet(idle, tmp_path)
    assert (ws["A5"].value, ws["A6"].value, ws["J5"].value, ws["J6"].value) == ("东镇", "西镇", 0.42, 0.35)
    assert "还缺" not in str(ws["A2"].value), ws["A2"].value
    assert (ws["L5"].value, ws["L6"].value) == (1, 2)
    assert ws["K5"].value == pytest.approx(100 * 4200 / 7700)
