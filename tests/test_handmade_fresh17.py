"""Hand-made returns, round 17 (tests/handmade/fresh17.py): fresh eyes on the departments' ledgers (企业培育 in 千元,
units in the cells, two types in one cell, a status column per month; 招商引资 with a column per step instead of a stage,
one project over two rows, monthly funds before the cumulative, a total said in a sentence, digits grouped by 万, a
total in 元 under 万元), on the enterprise list as it moves (a firm's own return after the bureau's list, firms merged
away / stopped / new, odd period headers, month and 1-N blocks each with last year, July with a firm gone or a note
correcting June), on figures of the wrong size (a small firm in 元 under 万元, 上年同期 in 亿元, growth as fractions in
the city table and in the targets) and on files and senders (a corrected resend, a file named for the other
township, May and June in one book, a WPS book, a protected sheet with collapsed columns).

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import fresh16 as f16
from tests.handmade import fresh17 as f17
from tests.test_handmade import accepted, codes, drop, ind, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
ENT = "select name, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output " \
      "where period = ? order by sheet, excel_row"
ENT_JUNE = [(f[0], D(f[6]), D(f[7]), D(f[8]), D(f[9])) for f in f17.FIRMS]
ATTR = "select name, stage, total_investment, funds_in_place from cur_attraction order by excel_row"
ATTR_JUNE = [("光伏组件边框加工项目", "开工", D(30000), D(6000)), ("魔芋精深加工项目", "签约", D(8000), D(0)),
             ("新型干混砂浆项目", "投产", D(12000), D(2500)), ("精细化工中间体项目", "对接", D(50000), D(0))]
CULT = "select name, ctype, status, status_date, grant_amount from cur_cultivation order by excel_row"
FAI = "select project_code, invest_month, invest_cum from cur_fai_projects where period = ? order by excel_row"
EAST_JUNE = [(f16.pcode(1), D(150), D(800)), (f16.pcode(2), D(300), D(1200)), (f16.pcode(3), D(0), D(0))]


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


def _row_of(cell: str) -> int:
    return int("".join(ch for ch in cell.split("!")[-1] if ch.isdigit()) or 0)


def _said_on_row(o: Outcome, row: int, *severities: str) -> list[tuple[str, str]]:
    return [(c, cell) for c, cell in codes(o, *(severities or ("error", "warning"))) if _row_of(cell) == row]


def _first_then(cfg: Config, paths: list) -> list[Outcome]:
    """The first file already in the inbox is read, then the second arrives."""
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


# ---------------------------------------------------------------------------------------------
# Silent wrong figures
# ---------------------------------------------------------------------------------------------

def test_attr_project_total_in_yuan_under_wanyuan_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f17.attr_project_total_in_yuan_under_wanyuan)
    assert _said_on_row(o, 5), codes(o)
    assert D(8000000) not in [v for (v,) in sql(county_full, "select total_investment from cur_attraction")]


def test_ent_small_firm_in_yuan_under_wanyuan_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f17.ent_small_firm_in_yuan_under_wanyuan)
    assert _said_on_row(o, 8), codes(o)
    assert D(4800000) not in [v for (v,) in sql(county_full, "select output_cum from cur_enterprise_output")]


def test_targets_rate_as_fraction_and_count_in_ge(county_full: Config) -> None:
    accepted(take(county_full, f17.targets_counts_in_ge_and_rate_as_fraction), "targets", "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value from cur_targets order by excel_row") == [
        ("output_target", D(28)), ("va_target_pct", D(8)), ("fai_target_pct", D(10)), ("new_above_scale_target", D(5))]


def test_ent_firms_own_return_does_not_replace_the_bureaus_list(county_full: Config) -> None:
    paths = f17.ent_list_then_a_firms_own_return(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert o.status != "accepted", codes(o)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE


def test_ent_last_year_column_in_yi_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f17.ent_last_year_column_in_yi)
    assert [cell for _, cell in codes(o, "error", "warning") if "J" in cell], codes(o)
    assert D("0.39") not in [v for (v,) in sql(county_full, "select output_cum_last_year from cur_enterprise_output")]


def test_cult_running_ledger_takes_the_june_status(county_full: Config) -> None:
    accepted(take(county_full, f17.cult_running_ledger_status_by_month), "cultivation", "工信局", "2026-06", 4)
    assert [s for (s,) in sql(county_full, "select status from cur_cultivation order by excel_row")] == [
        "申报中", "已认定", "培育中", "已入库"]


def test_ent_month_and_cumulative_blocks_each_with_last_year(county_full: Config) -> None:
    accepted(take(county_full, f17.ent_month_and_cumulative_blocks_each_with_last_year), "enterprise_output", "统计局",
             "2026-06", 4)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE


def test_ent_july_note_correcting_june_is_raised(county_full: Config) -> None:
    paths = f17.ent_july_with_a_note_correcting_june(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-07", 4)
    assert _said_on_row(o, 9), codes(o)


# ---------------------------------------------------------------------------------------------
# 企业培育台账
# ---------------------------------------------------------------------------------------------

def test_cult_grants_in_qianyuan(county_full: Config) -> None:
    accepted(take(county_full, f17.cult_grants_in_qianyuan), "cultivation", "工信局", "2026-06", 4)
    assert [g for (*_, g) in sql(county_full, CULT)] == [None, D(50), None, D(30)]


def test_cult_grants_with_units_in_the_cells(county_full: Config) -> None:
    o = accepted(take(county_full, f17.cult_grants_with_units_in_the_cells), "cultivation", "工信局", "2026-06", 4)
    assert [g for (*_, g) in sql(county_full, CULT)] == [D(0), D(50), D(0), D(30)]
    assert "unit_in_cell_converted" in [c for c, _ in codes(o)]


def test_cult_two_types_in_one_cell_is_asked_on_the_cell(county_full: Config) -> None:
    o = rejected(take(county_full, f17.cult_two_types_in_one_cell))
    assert codes(o, "error") == [("isin", "Sheet1!E4")]
    [line] = [p.line() for p in o.problems if p.severity == "error"]
    assert "高企、科小" in line and "工信局6月培育台账.xlsx" in line
    assert "一格里填了几项" in line and "有几项的分几行填写" in line, line  # the fix, not only the list of choices
    _nothing_stored(county_full, "cultivation")


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账
# ---------------------------------------------------------------------------------------------

def test_attr_stage_told_by_dated_columns(county_full: Config) -> None:
    accepted(take(county_full, f17.attr_stage_told_by_dated_columns), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, ATTR) == ATTR_JUNE
    assert one(county_full, "select started_date from cur_attraction where name = '光伏组件边框加工项目'") == \
        dt.date(2026, 4, 20)


def test_attr_one_project_over_two_rows(county_full: Config) -> None:
    accepted(take(county_full, f17.attr_one_project_over_two_rows), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, ATTR) == ATTR_JUNE


def test_attr_funds_by_month_then_cumulative(county_full: Config) -> None:
    accepted(take(county_full, f17.attr_funds_by_month_then_cumulative), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, ATTR) == ATTR_JUNE


def test_attr_total_said_in_a_sentence_is_not_a_project(county_full: Config) -> None:
    accepted(take(county_full, f17.attr_total_said_in_a_sentence_in_yi), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, ATTR) == ATTR_JUNE
    assert one(county_full, "select sum(total_investment) from cur_attraction") == D(100000)


def test_attr_digits_grouped_by_wan_are_asked_on_each_cell(county_full: Config) -> None:
    o = rejected(take(county_full, f17.attr_amounts_with_chinese_grouping))
    assert codes(o, "error") == [("number_separator", "Sheet1!K4"), ("number_separator", "Sheet1!K6"),
                                 ("number_separator", "Sheet1!K7")]
    assert "1,2000" in next(p.line() for p in o.problems if p.cell == "K6")
    _nothing_stored(county_full, "attraction")


# ---------------------------------------------------------------------------------------------
# 规上工业企业
# ---------------------------------------------------------------------------------------------

def test_ent_firm_merged_away_is_no_record(county_full: Config) -> None:
    o = accepted(take(county_full, f17.ent_firms_stopped_merged_and_new), "enterprise_output", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(17500)
    assert one(county_full, "select output_month from cur_enterprise_output where name = '西川果业加工有限公司'") == D(0)
    assert _said_on_row(o, 6, "error", "warning", "info"), codes(o)


def test_ent_period_headers_in_odd_words(county_full: Config) -> None:
    accepted(take(county_full, f17.ent_period_headers_in_odd_words), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE


def test_ent_june_then_july_one_firm_gone_is_named(county_full: Config) -> None:
    paths = f17.ent_june_then_july_one_firm_gone(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-07", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-07'") == D(17390)
    [gone] = [p.line() for p in o.problems if p.code == "rows_gone"]
    assert "西川果业加工有限公司" in gone and "2,100" in gone and "统计局7月规上企业.xlsx" in gone


def test_ent_wps_book_with_odd_sheet_names(county_full: Config) -> None:
    accepted(take(county_full, f17.ent_wps_book_with_odd_sheet_names), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE
    assert one(county_full, "select distinct sheet from cur_enterprise_output") == "工作表1 (2)"


# ---------------------------------------------------------------------------------------------
# 全市对比
# ---------------------------------------------------------------------------------------------

def test_city_growth_typed_as_fractions(county_full: Config) -> None:
    accepted(take(county_full, f17.city_growth_typed_as_fractions), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct, fai_yoy_pct from cur_city_comparison "
                            "order by excel_row") == [
        ("全市", D("8.5"), D("7.8"), D(6)), ("测试县", D(9), D("8.2"), D("12.5")), ("甲县", D("8.5"), D("7.5"), D(-3)),
        ("乙县", D(8), D("7.6"), D("-1.5")), ("丙县", D("7.9"), D(7), D("10.1"))]
    assert ind(county_full, "va_city_rank") == 1.0


# ---------------------------------------------------------------------------------------------
# 固投: files and senders
# ---------------------------------------------------------------------------------------------

def test_fai_corrected_resend_the_same_month_counts(county_full: Config) -> None:
    paths = f17.fai_resubmitted_corrected_same_month(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-06", 3)
    assert sql(county_full, FAI, ["2026-06"]) == [EAST_JUNE[0], (f16.pcode(2), D(350), D(1250)), EAST_JUNE[2]]
    assert ind(county_full, "fai_cum") == pytest.approx(0.205)


def test_fai_file_named_west_holding_east_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f17.fai_file_named_west_holding_east))
    assert codes(o, "error") == [("ambiguous_sender", "Sheet1!")]
    [line] = [p.line() for p in o.problems if p.severity == "error"]
    assert "东镇" in line and "西镇" in line and "西镇6月固投.xlsx" in line
    _nothing_stored(county_full, "fai_projects")


def test_fai_may_and_june_in_one_workbook_gives_both_months(county_full: Config) -> None:
    take(county_full, f17.fai_may_and_june_in_one_workbook)
    assert sql(county_full, FAI, ["2026-06"]) == EAST_JUNE
    assert sql(county_full, FAI, ["2026-05"]) == [(f16.pcode(1), D(100), D(650)), (f16.pcode(2), D(200), D(900)),
                                                  (f16.pcode(3), D(0), D(0))]


def test_fai_protected_frozen_with_collapsed_month_columns(county_full: Config) -> None:
    accepted(take(county_full, f17.fai_protected_frozen_with_collapsed_month_columns), "fai_projects", "东镇",
             "2026-06", 3)
    assert sql(county_full, FAI, ["2026-06"]) == EAST_JUNE
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)
