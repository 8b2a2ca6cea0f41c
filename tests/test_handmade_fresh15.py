"""Hand-made returns, round 15 (tests/handmade/fresh15.py): fresh eyes on what beizeng learned in rounds 13 and 14,
on the forms other than the project return — units said away from the 单位 line (above the table, in the 序号
header, in a note, ``单位：亿``, tiny amounts under ``单位：元``, rows in 元 under a 合计（万元）), a sheet per township
with a 汇总 sheet, a 填报单位 line naming another sender than the file name, a second month (本月 against the two
cumulatives, a renamed or dropped row, a write-down, only the month's new parcels), ditto marks and dates in words.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import fresh15 as f15
from tests.test_handmade import accepted, codes, drop, ind, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
ENT = "select name, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output " \
      "where period = '2026-06' order by sheet, excel_row"
FIRMS_JUNE = [
    ("东塬陶瓷有限公司", D(800), D(4800), D(4000), D(5000)),
    ("东塬光电科技有限公司", D(600), D(3000), D(2500), D(3100)),
    ("西岭水泥有限公司", D(1500), D(9000), D(8500), D(9300)),
    ("西岭农产品加工有限公司", D(400), D(2400), D(2000), D(2500)),
]


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


# ---------------------------------------------------------------------------------------------
# Silent wrong figures
# ---------------------------------------------------------------------------------------------

def test_ent_tiny_output_under_a_yuan_line_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.ent_tiny_output_under_a_yuan_line))
    assert "unit_doubtful" in [c for c, _ in codes(o, "error")]
    _nothing_stored(county_full, "enterprise_output")


def test_card_still_labelled_may_is_said(county_full: Config) -> None:
    o = take(county_full, f15.ent_cards_one_labelled_may)
    said_cells = [cell for c, cell in codes(o[0], "warning", "error") if c.startswith("stale")]
    assert [cell.split("!")[0] for cell in said_cells][:1] == ["西岭农产"]


def test_funds_month_sheets_in_yuan_beside_a_summary_in_wanyuan(county_full: Config) -> None:
    o = take(county_full, f15.funds_month_sheets_in_yuan_summary_in_wanyuan)
    if o[0].status == "accepted":
        assert sql(county_full, "select count(*), sum(amount) from cur_factors") == [(3, D(1000))]
    else:
        _nothing_stored(county_full, "factors")


def test_revenue_unit_said_above_the_table(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_revenue_unit_said_above_the_table), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE


def test_targets_unit_line_yi_money_rows_unit_blank(county_full: Config) -> None:
    o = take(county_full, f15.targets_unit_line_yi_unit_column_blank_for_money)
    stored = sql(county_full, "select indicator, value, unit from cur_targets order by excel_row")
    assert ("fai_target_pct", D(90), "%") not in stored
    if o[0].status == "accepted":
        assert ("output_target", D(280), "亿元") in stored


def test_cultivation_tiny_grants_under_a_yuan_line_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.cult_grants_tiny_under_yuan_line))
    assert "unit_doubtful" in [c for c, _ in codes(o, "error")]
    _nothing_stored(county_full, "cultivation")


def test_unit_in_the_xuhao_header_small_firms(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_unit_in_the_xuhao_column_yuan_small_firms), "enterprise_output", "统计局",
             "2026-06", 2)
    assert sql(county_full, "select output_cum from cur_enterprise_output order by excel_row") == [(D(480),), (D(390),)]


def test_land_june_return_of_only_the_new_parcel(county_full: Config) -> None:
    may, june = f15.land_may_then_june_only_the_new_parcel(county_full.inbox)
    accepted(ingest(county_full), "factors", "自然资源局", "2026-05", 2)
    o = drop(county_full, june)
    if o[0].status == "accepted":
        assert ind(county_full, "land_area_mu") == 95.0
    else:
        assert one(county_full, "select count(*) from cur_factors where period = '2026-06'") == 0


def test_cultivation_grants_in_yuan_under_a_total_in_wanyuan(county_full: Config) -> None:
    o = take(county_full, f15.cult_grants_in_yuan_total_in_wanyuan)
    if o[0].status == "accepted":
        assert sql(county_full, "select grant_amount from cur_cultivation order by excel_row") == [
            (D(5),), (D(10),), (D(20),)]
    else:
        _nothing_stored(county_full, "cultivation")


def test_funds_tiny_under_a_yuan_line_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.funds_tiny_under_a_yuan_line))
    assert "unit_doubtful" in [c for c, _ in codes(o, "error")]
    _nothing_stored(county_full, "factors")


def test_land_area_in_hectares_said_in_the_sheet_name(county_full: Config) -> None:
    o = take(county_full, f15.land_area_in_hectares_said_in_the_sheet_name)
    if o[0].status == "accepted":
        assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D(30),), (D(45),)]
    else:
        _nothing_stored(county_full, "factors")


def test_cultivation_titled_for_a_township_fills_the_township(county_full: Config) -> None:
    accepted(take(county_full, f15.cult_file_named_for_a_township), "cultivation", "工信局", "2026-06", 2)
    assert sql(county_full, "select township from cur_cultivation order by excel_row") == [("东镇",), ("东镇",)]


def test_small_firms_in_yuan_with_a_total_in_yuan(county_full: Config) -> None:
    o = take(county_full, f15.ent_small_firms_in_yuan_total_says_yuan)
    if o[0].status == "accepted":
        assert sql(county_full, "select output_cum from cur_enterprise_output order by excel_row") == [
            (D(480),), (D(390),)]
    else:
        _nothing_stored(county_full, "enterprise_output")


# ---------------------------------------------------------------------------------------------
# Lost without a word (second month)
# ---------------------------------------------------------------------------------------------

def test_second_month_dropped_enterprise_is_said(county_full: Config) -> None:
    may, june = f15.ent_may_then_june_short_name_and_one_dropped(county_full.inbox)
    accepted(ingest(county_full), "enterprise_output", "统计局", "2026-05", 4)
    [o] = drop(county_full, june)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-06'") == D(16800)
    assert any("西岭农产品加工" in p.line() for p in o.problems)


def test_second_month_renamed_attraction_project_is_said(county_full: Config) -> None:
    may, june = f15.attraction_may_then_june_renamed_short(county_full.inbox)
    accepted(ingest(county_full), "attraction", "招商局", "2026-05", 2)
    [o] = drop(county_full, june)
    assert any("光伏组件智能制造项目" in p.line() for p in o.problems)


# ---------------------------------------------------------------------------------------------
# Refusals a person would not make
# ---------------------------------------------------------------------------------------------

def test_township_sheets_with_a_summary_same_unit(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_township_sheets_same_unit_with_a_summary), "enterprise_output", "统计局",
             "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19200)


def test_township_sheets_each_own_unit_with_a_summary(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_township_sheets_each_own_unit_with_a_summary), "enterprise_output", "统计局",
             "2026-06", 4)
    assert sql(county_full, ENT.replace("sheet, excel_row", "name")) == sorted(FIRMS_JUNE)


def test_township_sheets_summary_in_yi(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_township_sheets_summary_in_yi_beside_wanyuan), "enterprise_output", "统计局",
             "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19200)


def test_township_sheets_summary_in_yi_that_truly_differs_is_asked(county_full: Config) -> None:
    """Compared after each sheet is read in its own unit, the one figure that differs (0.91 亿元 against 9,000 万元) is
    asked, naming both cells; the figures that only differ by unit are not."""
    o = rejected(take(county_full, f15.ent_township_sheets_summary_in_yi_one_figure_differs))
    assert codes(o, "error") == [("summary_differs", "汇总!I6")]
    [p] = [p for p in o.problems if p.code == "summary_differs"]
    assert "「西镇」I4" in p.line() and "0.91" in p.line() and "9000" in p.line() and "另有" not in p.line()
    assert one(county_full, "select count(*) from cur_enterprise_output") == 0


def test_unit_in_the_xuhao_header(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_unit_in_the_xuhao_column_yuan), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE


def test_cards_with_a_summary_in_yi(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_cards_with_a_summary_in_yi), "enterprise_output", "统计局", "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19200)


def test_targets_ditto_unit_message_quotes_the_ditto(county_full: Config) -> None:
    o = rejected(take(county_full, f15.targets_ditto_units))
    [line] = [p.line() for p in o.problems if p.cell == "C7" and p.severity == "error"]
    assert "〃" in line


def test_attraction_last_day_of_last_month_in_words(county_full: Config) -> None:
    o = take(county_full, f15.attraction_dates_said_loosely)
    assert ("not_a_date", "Sheet1!G4") not in codes(o[0], "error")
    assert {cell for _, cell in codes(o[0], "error")} >= {"Sheet1!G5", "Sheet1!G6"}


def test_cultivation_second_type_of_the_same_enterprise_in_dittos(county_full: Config) -> None:
    accepted(take(county_full, f15.cult_same_enterprise_second_type_ditto_name_and_code), "cultivation", "工信局",
             "2026-06", 3)
    assert sql(county_full, "select uscc, ctype from cur_cultivation order by excel_row")[:2] == [
        (f15.U[1500], "高新技术企业"), (f15.U[1500], "省级专精特新")]


# ---------------------------------------------------------------------------------------------
# Read as a person reads them
# ---------------------------------------------------------------------------------------------

def test_township_sheet_still_headed_may_is_read_and_said(county_full: Config) -> None:
    o = accepted(take(county_full, f15.ent_township_sheets_one_still_headed_may), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE
    assert codes(o, "warning") == [("stale_month_header", "西镇!I3"), ("stale_month_header", "西镇!K3")]


def test_file_name_naming_nobody_takes_the_sender_line(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_file_name_names_nobody), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE


def test_second_month_month_figure_against_the_two_cumulatives(county_full: Config) -> None:
    may, june = f15.ent_may_then_june_month_disagrees_with_cumulatives(county_full.inbox)
    accepted(ingest(county_full), "enterprise_output", "统计局", "2026-05", 4)
    o = accepted(drop(county_full, june), "enterprise_output", "统计局", "2026-06", 4)
    assert codes(o, "warning") == [("month_mismatch", "Sheet1!H6")]
    assert one(county_full, "select output_month from cur_enterprise_output where period = '2026-06' "
                            "and name = '西岭水泥有限公司'") == D(1050)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-06'") == D(19200)


def test_second_month_write_down(county_full: Config) -> None:
    may, june = f15.ent_may_then_june_write_down(county_full.inbox)
    accepted(ingest(county_full), "enterprise_output", "统计局", "2026-05", 4)
    o = accepted(drop(county_full, june), "enterprise_output", "统计局", "2026-06", 4)
    assert codes(o, "warning") == [("negative_month", "Sheet1!H4")]
    assert sql(county_full, ENT)[0] == ("东塬陶瓷有限公司", D(-200), D(3800), D(4000), D(4300))
    assert ind(county_full, "output_cum") == pytest.approx(1.82)


CITY = "select county, output_cum, va_yoy_pct, fai_cum from cur_city_comparison order by excel_row"
CITY_ROWS = [("全市", D(5200000), D("7.5"), D(1600000)), ("测试县", D(1305000), D("8.2"), D(420000)),
             ("甲县", D(1500000), D("6.9"), D(450000)), ("乙县", D(1200000), D("7.8"), D(380000)),
             ("丙县", D(1195000), D("7.0"), D(350000))]


def test_city_unit_line_yi_without_yuan(county_full: Config) -> None:
    accepted(take(county_full, f15.city_unit_line_yi_without_yuan), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, CITY) == CITY_ROWS


def test_city_fai_unit_in_a_note_under_the_table(county_full: Config) -> None:
    accepted(take(county_full, f15.city_fai_unit_in_a_note_under_the_table), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, CITY) == CITY_ROWS


def test_city_sheet_named_yi_line_wanyuan_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.city_sheet_named_yi_line_says_wanyuan))
    assert codes(o, "error") == [("unit_lines_differ", "6月（亿元）!F2")]
    _nothing_stored(county_full, "city_comparison")


def test_city_ditto_in_a_growth_cell_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.city_ditto_in_a_growth_cell))
    assert codes(o, "error") == [("not_a_number", "Sheet1!D7")]
    _nothing_stored(county_full, "city_comparison")


def test_cultivation_dittos_and_dates_in_words(county_full: Config) -> None:
    o = accepted(take(county_full, f15.cult_dittos_and_dates_in_words), "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select name, township, ctype, status, status_date from cur_cultivation "
                            "order by excel_row") == [
        ("东塬陶瓷有限公司", "东镇", "科技型中小企业", "已入库", dt.date(2026, 5, 10)),
        ("东塬光电科技有限公司", "东镇", "科技型中小企业", "已入库", dt.date(2026, 1, 1)),
        ("西岭农产品加工有限公司", "西镇", "高新技术企业", "申报中", dt.date(2026, 3, 15))]
    said_codes = [c for c, _ in codes(o)]
    assert said_codes.count("ditto_mark") == 3
    [words] = [p.line() for p in o.problems if p.code == "date_in_words"]
    assert all(w in words for w in ("上月10日", "年初", "今年3月15日"))


def test_attraction_total_header_yi_under_a_wan_line(county_full: Config) -> None:
    accepted(take(county_full, f15.attraction_total_header_yi_unit_line_wan), "attraction", "招商局", "2026-06", 2)
    assert sql(county_full, "select name, total_investment, funds_in_place from cur_attraction order by excel_row") == [
        ("光伏组件智能制造项目", D(50000), D(8000)), ("新型墙体材料项目", D(25000), D(3000))]


def test_funds_file_named_for_the_land_bureau_is_asked_and_the_land_return_stays(county_full: Config) -> None:
    land, funds = f15.land_first_then_funds_file_named_land_bureau(county_full.inbox)
    accepted(ingest(county_full), "factors", "自然资源局", "2026-06", 2)
    o = rejected(drop(county_full, funds))
    assert codes(o, "error") == [("ambiguous_sender", "Sheet1!")]
    assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D(30),), (D(45),)]


def test_funds_in_yuan_total_in_wanyuan_dates_in_words(county_full: Config) -> None:
    accepted(take(county_full, f15.funds_yuan_line_total_in_wanyuan_dates_in_words), "factors", "财政局", "2026-06", 2)
    assert sql(county_full, "select item, event_date, amount, quarter from cur_factors order by excel_row") == [
        ("上划市工业倍增发展基金", dt.date(2026, 5, 20), D(500), 2), ("工业发展资金拨付", dt.date(2026, 6, 8), D(300), None)]


def test_notes_ditto_label_and_struck_row(county_full: Config) -> None:
    o = accepted(take(county_full, f15.notes_ditto_section_and_struck_line), "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select section, figure_label, figure_pct from cur_progress_notes order by excel_row") == [
        ("61", "标准化厂房建设总体进度", D(60)), ("62", "标准化厂房建设总体进度", D(75)), ("二1", None, None)]
    assert codes(o, "warning") == [("struck_row", "Sheet1!第7行")]
    assert "ditto_mark" in [c for c, _ in codes(o)]


def test_targets_ditto_units_read_and_a_wrong_one_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f15.targets_ditto_units))
    assert codes(o, "error") == [("unit_mismatch", "Sheet1!C7")]
    _nothing_stored(county_full, "targets")


def test_attraction_total_in_yi_said_in_a_note(county_full: Config) -> None:
    accepted(take(county_full, f15.attraction_total_in_yi_said_in_a_note), "attraction", "招商局", "2026-06", 2)
    assert sql(county_full, "select name, total_investment, funds_in_place from cur_attraction order by excel_row") == [
        ("光伏组件智能制造项目", D(50000), D(8000)), ("新型墙体材料项目", D(25000), D(3000))]


def test_second_month_in_yi_said_in_the_sheet_name_with_dittos(county_full: Config) -> None:
    may, june = f15.ent_may_then_june_in_yi_said_in_the_sheet_name(county_full.inbox)
    accepted(ingest(county_full), "enterprise_output", "统计局", "2026-05", 4)
    o = accepted(drop(county_full, june), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE
    assert sql(county_full, "select township from cur_enterprise_output where period = '2026-06' "
                            "order by excel_row") == [("东镇",), ("东镇",), ("西镇",), ("西镇",)]
    assert "month_mismatch" not in [c for c, _ in codes(o)]
    assert "unit_said_elsewhere" in [c for c, _ in codes(o)]


def test_file_named_for_another_department_takes_the_sender_line(county_full: Config) -> None:
    accepted(take(county_full, f15.ent_file_named_for_another_department), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == FIRMS_JUNE


def test_funds_month_sheets_and_a_summary_all_in_wanyuan(county_full: Config) -> None:
    o = accepted(take(county_full, f15.funds_month_sheets_and_summary_all_wanyuan), "factors", "财政局", "2026-06", 3)
    assert sql(county_full, "select sheet, amount from cur_factors order by event_date") == [
        ("4月", D(500)), ("5月", D(300)), ("6月", D(200))]
    assert "summary_sheet" in [c for c, _ in codes(o)]


def test_attraction_township_sheets_each_own_unit(county_full: Config) -> None:
    accepted(take(county_full, f15.attraction_township_sheets_each_own_unit), "attraction", "招商局", "2026-06", 2)
    assert sql(county_full, "select name, total_investment, funds_in_place from cur_attraction order by sheet") == [
        ("光伏组件智能制造项目", D(50000), D(8000)), ("新型墙体材料项目", D(25000), D(3000))]
