"""Hand-made returns, round 14 (tests/handmade/fresh14.py): fresh eyes on what beizeng learned in round 13 — ditto
marks in code, township, flag, date and amount columns (in the first row, under a blank, a 小计 or a hidden row),
dates written 去年12月 / 上年底 / 今年3月 / 年初, a unit said in a sheet's name or a note under the table (and notes
about one thing that must not change the amounts), ledgers kept as month sections on one sheet, nil returns and
本期累计 / 合计-under-a-parent headers — each read through the real pipeline (``take``: inbox → ingest → DuckDB)
into a fresh county.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import fresh14 as f14
from tests.test_handmade import accepted, codes, drop, rejected, said, sql
from tests.test_handmade import take_lazily as take

D = Decimal
FAI = "select excel_row, name, nature, is_tech, is_key, started, start_date, in_stats, invest_cum " \
      "from cur_fai_projects order by excel_row"


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


# ---------------------------------------------------------------------------------------------
# Ditto marks
# ---------------------------------------------------------------------------------------------

def test_dittos_in_nature_flags_and_date_are_read_from_the_row_above(county_full: Config) -> None:
    o = accepted(take(county_full, f14.fai_dittos_in_nature_flags_and_date), "fai_projects", "东镇", "2026-06", 4)
    started = dt.date(2026, 3, 10)
    assert sql(county_full, FAI) == [
        (4, "东镇甲窑炉节能改造项目", "改建和技术改造", True, True, True, started, True, D(800)),
        (5, "东镇乙面粉线智能化改造项目", "改建和技术改造", True, True, True, started, True, D(600)),
        (6, "东镇丙冷库新建项目", "新建", False, False, False, None, False, D(0)),
        (7, "东镇丁包装材料项目", "新建", False, False, False, None, False, D(0)),
    ]
    assert sorted(c for c, _ in codes(o) if c == "ditto_mark") == ["ditto_mark"] * 6


def test_ditto_in_an_amount_and_a_code_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_ditto_in_an_amount_and_a_code))
    asked = codes(o, "error")
    assert ("ditto_unread", "Sheet1!B6") in asked
    assert any(cell == "Sheet1!H5" for _, cell in asked)
    _nothing_stored(county_full, "fai_projects")


def test_ditto_under_a_subtotal_and_a_section_title_is_not_taken_across_the_section(county_full: Config) -> None:
    outcomes = take(county_full, f14.fai_ditto_under_a_subtotal)
    natures: dict[object, object] = {k: v for k, v in sql(county_full, "select name, nature from cur_fai_projects")}
    assert natures.get("东镇丙光伏支架项目") in (None, "新建")
    if natures:
        assert outcomes[0].status == "accepted"


def test_ditto_under_a_hidden_row_reads_the_visible_row_above(county_full: Config) -> None:
    o = accepted(take(county_full, f14.fai_ditto_under_a_hidden_row), "fai_projects", "西镇", "2026-06", 2)
    started = dt.date(2026, 3, 2)
    assert sql(county_full, "select excel_row, nature, start_date, invest_cum from cur_fai_projects order by 1") == [
        (4, "扩建", started, D(500)), (6, "扩建", started, D(260))]
    assert ("hidden_row", "Sheet1!") in [(c, cell.split("!")[0] + "!") for c, cell in codes(o, "warning")]


def test_ditto_in_the_first_row_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_ditto_in_the_first_row))
    assert codes(o, "error") == [("ditto_unread", "Sheet1!D4")]
    _nothing_stored(county_full, "fai_projects")


def test_ditto_under_a_blank_row_reads_the_row_above_the_blank(county_full: Config) -> None:
    accepted(take(county_full, f14.fai_ditto_under_a_blank_row), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, "select excel_row, nature, is_tech, invest_cum from cur_fai_projects order by 1") == [
        (4, "新建", False, D(450)), (6, "新建", False, D(150))]


# ---------------------------------------------------------------------------------------------
# Dates said from the report's year: 今年3月 / 去年12月 / 上年底 / 本年5月 / 年初
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("maker", [f14.ent_entry_months_said_from_this_year,
                                   f14.ent_entry_months_year_only_in_the_file_name])
def test_entry_months_said_from_this_year_are_read(county_full: Config, maker: f14.Maker) -> None:
    accepted(take(county_full, maker), "enterprise_output", "统计局", "2026-06", 5)
    rows = sql(county_full, "select entered_month, output_cum from cur_enterprise_output order by excel_row")
    assert rows[:4] == [("2026-03", D(3600)), ("2025-12", D(4100)), ("2025-12", D(6200)), ("2026-05", D(900))]


def test_cultivation_dates_said_from_this_year_year_in_the_file_name(county_full: Config) -> None:
    accepted(take(county_full, f14.cult_dates_said_from_this_year_year_in_the_file_name), "cultivation", "工信局",
             "2026-06", 5)
    assert sql(county_full, "select status_date from cur_cultivation order by excel_row") == [
        (dt.date(2025, 12, 1),), (dt.date(2026, 3, 1),), (dt.date(2026, 5, 20),), (dt.date(2025, 11, 5),), (None,)]


def test_fai_start_dates_said_from_this_year(county_full: Config) -> None:
    accepted(take(county_full, f14.fai_start_dates_said_from_this_year_year_in_the_title), "fai_projects", "东镇",
             "2026-06", 4)
    assert sql(county_full, "select start_date from cur_fai_projects order by excel_row") == [
        (dt.date(2026, 3, 1),), (dt.date(2025, 12, 1),), (dt.date(2026, 1, 1),), (dt.date(2026, 5, 1),)]


# ---------------------------------------------------------------------------------------------
# A unit said in a sheet's name or a note under the table
# ---------------------------------------------------------------------------------------------

MONEY = "select excel_row, total_investment, annual_plan, invest_month, invest_cum from cur_fai_projects order by 1"


def test_land_sheet_named_yuan_with_a_note_about_the_area(county_full: Config) -> None:
    o = accepted(take(county_full, f14.land_sheet_named_yuan_note_about_area), "factors", "自然资源局", "2026-06", 2)
    assert sql(county_full, "select area_mu, amount from cur_factors order by excel_row") == [
        (D(18), D(540)), (D(12), D(396))]
    assert "unit_said_elsewhere" in [c for c, _ in codes(o)]


def test_fai_unit_only_in_a_note_yuan(county_full: Config) -> None:
    o = accepted(take(county_full, f14.fai_unit_only_in_a_note_yuan), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, MONEY) == [(3, D(3000), D(1200), D(100), D(500)), (4, D(800), D(300), D(40), D(180))]
    assert "unit_said_elsewhere" in [c for c, _ in codes(o)]


def test_fai_notes_about_one_thing_each_change_nothing(county_full: Config) -> None:
    accepted(take(county_full, f14.fai_notes_about_one_thing_each), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, MONEY) == [(3, D(6000), D(2500), D(200), D(1100)), (4, D(1200), D(600), D(50), D(350))]


@pytest.mark.parametrize("maker", [f14.fai_unit_in_a_note_yi, f14.fai_unit_in_a_note_jine_yi])
def test_fai_unit_in_a_bare_note_yi(county_full: Config, maker: f14.Maker) -> None:
    accepted(take(county_full, maker), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, MONEY) == [(3, D(6000), D(2500), D(200), D(1100)), (4, D(1200), D(600), D(50), D(350))]


def test_fai_unit_line_and_note_disagree_is_asked_or_read_as_the_note(county_full: Config) -> None:
    outcomes = take(county_full, f14.fai_unit_line_and_note_disagree)
    stored = sql(county_full, MONEY)
    assert stored in ([], [(4, D(900), D(400), D(30), D(120))])
    if not stored:
        assert outcomes[0].status == "rejected"


def test_fai_sheet_named_wanyuan_with_a_yuan_line_is_asked(county_full: Config) -> None:
    # the name and the line are two statements of the unit that disagree: asked, as a line and a note are
    o = rejected(take(county_full, f14.fai_sheet_named_wanyuan_line_yuan))
    assert [c for c, _ in codes(o, "error")] == ["unit_lines_differ"]
    assert sql(county_full, MONEY) == []


# ---------------------------------------------------------------------------------------------
# Month sections on one sheet; nil returns
# ---------------------------------------------------------------------------------------------

LOTS = "select excel_row, event_date, area_mu, amount from cur_factors order by excel_row"
MAY_JUNE = [(dt.date(2026, 5, 12), D(22), D(660)), (dt.date(2026, 6, 5), D(15), D(450)),
            (dt.date(2026, 6, 26), D(9), D(288))]


@pytest.mark.parametrize("maker", [f14.land_month_sections_on_one_sheet, f14.land_month_sections_with_carried_lines])
def test_land_month_sections_on_one_sheet_are_one_ledger(county_full: Config, maker: f14.Maker) -> None:
    accepted(take(county_full, maker), "factors", "自然资源局", "2026-06", 3)
    assert [r[1:] for r in sql(county_full, LOTS)] == MAY_JUNE


def test_land_month_headings_are_not_warned_as_stray_rows(county_full: Config) -> None:
    o = accepted(take(county_full, f14.land_month_sections_on_one_sheet), "factors", "自然资源局", "2026-06", 3)
    assert not [c for c, _ in codes(o, "warning", "error") if c == "outside_columns"]


def test_fai_month_sections_on_one_sheet_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_month_sections_on_one_sheet))
    assert [c for c, _ in codes(o, "error")] == ["month_sections"]
    _nothing_stored(county_full, "fai_projects")


def test_fai_nil_no_new_started_projects_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_nil_no_new_started_projects))
    assert codes(o, "error") == [("nil_only_new", "Sheet1!A4")]
    _nothing_stored(county_full, "fai_projects")


@pytest.mark.parametrize("maker", [f14.fai_nil_benqi_wu, f14.fai_nil_header_and_a_zero_total])
def test_fai_nil_returns_are_taken(county_full: Config, maker: f14.Maker) -> None:
    [o] = take(county_full, maker)
    assert (o.status, o.form, o.rows) == ("accepted", "fai_projects", 0)
    assert "empty_return" in [c for c, _ in codes(o)]
    _nothing_stored(county_full, "fai_projects")


# ---------------------------------------------------------------------------------------------
# Headers: label：value lines above, 合计 under a parent, 本期累计
# ---------------------------------------------------------------------------------------------

def test_ent_label_value_lines_above_the_header_and_benqi_leiji(county_full: Config) -> None:
    accepted(take(county_full, f14.ent_label_value_lines_and_benqi_leiji), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select township, output_month, output_cum from cur_enterprise_output order by excel_row") == [
        ("东镇", D(800), D(4800)), ("西镇", D(500), D(3000)), ("西镇", D(1300), D(7500))]


def test_fai_total_under_a_parent_is_the_total_investment(county_full: Config) -> None:
    accepted(take(county_full, f14.fai_total_under_a_parent), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, MONEY) == [(5, D(5000), D(2500), D(300), D(1500)), (6, D(2000), D(1000), D(100), D(600))]


# ---------------------------------------------------------------------------------------------
# Units that disagree; a note about one column; a ditto under a 合计 on top; a wrong 全年累计
# ---------------------------------------------------------------------------------------------

def test_fai_sheet_named_yuan_with_a_wanyuan_line_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_sheet_named_yuan_line_wanyuan))
    [p] = [p for p in o.problems if p.code == "unit_lines_differ"]
    assert "工作表名「6月(元)」" in p.message and "单位：万元" in p.message
    assert sql(county_full, MONEY) == []


def test_fai_headers_in_wanyuan_against_a_note_saying_yuan_read_the_headers(county_full: Config) -> None:
    o = accepted(take(county_full, f14.fai_headers_wanyuan_note_says_yuan), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, MONEY) == [(3, D(2400), D(1000), D(120), D(640)), (4, D(900), D(400), D(30), D(210))]
    assert "unit_line_against_header" in [c for c, _ in codes(o, "warning")]


def test_fai_headers_against_a_note_name_the_note(county_full: Config) -> None:
    o = accepted(take(county_full, f14.fai_headers_wanyuan_note_says_yuan), "fai_projects", "西镇", "2026-06", 2)
    lines = [p.line() for p in o.problems if p.severity != "info" or p.code == "unit_said_elsewhere"]
    assert not [line for line in lines if "表格上方写“单位：元”" in line or "按元读取" in line]


def test_ent_note_saying_revenue_is_in_yi(county_full: Config) -> None:
    outcomes = take(county_full, f14.ent_note_revenue_in_yi)
    stored = sql(county_full, "select output_cum, revenue_cum from cur_enterprise_output order by excel_row")
    assert stored in ([], [(D(4800), D(4900)), (D(3000), D(3100)), (D(7500), D(7700))])
    if not stored:
        assert outcomes[0].status == "rejected"


def test_fai_ditto_under_a_total_on_top_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_ditto_under_a_total_on_top))
    assert codes(o, "error") == [("ditto_unread", "Sheet1!D5"), ("ditto_unread", "Sheet1!E5")]
    _nothing_stored(county_full, "fai_projects")


def test_land_wrong_year_total_under_month_sections_is_told(county_full: Config) -> None:
    o = accepted(take(county_full, f14.land_month_sections_year_total_wrong), "factors", "自然资源局", "2026-06", 3)
    assert [r[1:] for r in sql(county_full, LOTS)] == MAY_JUNE
    told = [line for _, cell, line in said(o, "warning", "error") if "1500" in line.replace(",", "")]
    assert told


def test_fai_sheet_named_yi_against_a_wanyuan_line_is_asked(county_full: Config) -> None:
    outcomes = take(county_full, f14.fai_sheet_named_yi_line_wanyuan_figures_yi)
    stored = sql(county_full, MONEY)
    assert stored in ([], [(4, D(5000), D(2000), D(150), D(900))])
    if not stored:
        assert outcomes[0].status == "rejected"


ENT_TOWNS = [("东镇", True, D(3000)), ("东镇", True, D(2000)), ("西镇", False, D(4000)), ("西镇", False, D(1000)),
             ("西镇", False, D(500))]


def test_ent_township_dittos_merged_over_two_rows_and_a_flag_ditto(county_full: Config) -> None:
    o = accepted(take(county_full, f14.ent_township_dittos_merged_and_flag), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select township, sei, output_cum from cur_enterprise_output order by excel_row") == ENT_TOWNS
    assert "ditto_mark" in [c for c, _ in codes(o)]


def test_ent_english_ditto_in_a_flag(county_full: Config) -> None:
    accepted(take(county_full, f14.ent_township_dittos_english_ditto), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select township, sei, output_cum from cur_enterprise_output order by excel_row") == ENT_TOWNS


def test_fai_start_dates_said_from_this_month(county_full: Config) -> None:
    may, june = f14.fai_start_dates_said_from_this_month(county_full.inbox)
    accepted(ingest(county_full), "fai_projects", "东镇", "2026-05", 1)
    accepted(drop(county_full, june), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select start_date, invest_cum from cur_fai_projects where period = '2026-06' "
                            "order by excel_row") == [
        (dt.date(2026, 3, 1), D(600)), (dt.date(2026, 6, 8), D(120)), (dt.date(2026, 5, 20), D(260))]


def test_ditto_in_the_first_shown_row_under_a_hidden_one_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f14.fai_ditto_in_the_first_shown_row_under_a_hidden_one))
    assert codes(o, "error") == [("ditto_unread", "Sheet1!D5"), ("ditto_unread", "Sheet1!J5")]
    assert "hidden_row" in [c for c, _ in codes(o, "warning")]
    _nothing_stored(county_full, "fai_projects")
