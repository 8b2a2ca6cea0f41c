"""Hand-made returns in layouts the template never has (tests/handmade/layouts6.py), read by a fresh county.

A fresh pair of eyes on issue 11's readers: turned tables, key：value returns, several tables on one sheet,
workbooks mixing a cover, a turned table and an upright one.  Each test drops one clerk's workbook into
an empty county (first year, only its senders configured), ingests it with the plain functions and real
DuckDB, and checks the very figures a person reads from it (the fixture's docstring).  What beizeng gets
wrong today is ``xfail(strict=True)`` with what it does instead.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import layouts6 as L
from tests.handmade import make
from tests.test_handmade import accepted, ind, one, sql
from tests.test_handmade import take_lazily as take

CITY_MINE = ("select output_cum, output_yoy_pct, va_yoy_pct, fai_cum, fai_yoy_pct, tech_cum, tech_yoy_pct "
             "from cur_city_comparison where county = '测试县'")
CITY_MINE_ROW = [(Decimal("100000"), Decimal("8.7"), Decimal("6.5"), Decimal("6700"), Decimal("-16.3"),
                  Decimal("1200"), Decimal("20"))]


def city_figures(cfg: Config) -> None:
    """The figures every layout of the city bulletin must give: 测试县's row, 全市's output, the ranks."""
    assert sql(cfg, CITY_MINE) == CITY_MINE_ROW
    assert one(cfg, "select output_cum from cur_city_comparison where county = '全市'") == Decimal("630000")
    assert ind(cfg, "output_city_rank") == 2
    assert ind(cfg, "va_city_rank") == 2
    assert ind(cfg, "fai_city_rank") == 3


# ---------------------------------------------------------------------------------------------
# Turned tables
# ---------------------------------------------------------------------------------------------

def test_city_turned_with_a_unit_column_in_yiyuan(county_full: Config) -> None:
    accepted(take(county_full, L.city_turned_unit_column_yiyuan), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_city_turned_with_counties_under_a_merged_parent_and_bare_growth_rows(county_full: Config) -> None:
    accepted(take(county_full, L.city_turned_bare_growth_rows), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_targets_typed_as_one_row_across(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)  # a monthly return, so that 2026-06 is a period
    accepted(take(county_full, L.targets_one_row_across), "targets", "工信局", "2026", 5)
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "va_target_pct") == pytest.approx(7)
    assert ind(county_full, "fai_target_pct") == pytest.approx(10)
    assert ind(county_full, "tech_target_pct") == pytest.approx(5)
    assert ind(county_full, "new_above_scale_target") == pytest.approx(5)


def test_targets_with_quarters_down_the_side(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    accepted(take(county_full, L.targets_quarters_down_the_side), "targets", "工信局", "2026", 2)
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "invest_quarter_target") == pytest.approx(1.0)


def test_factors_land_a_column_per_parcel_with_a_total_column(county_full: Config) -> None:
    accepted(take(county_full, L.factors_parcels_a_column_each), "factors", "自然资源局", "2026-06", 3)
    assert sql(county_full, "select parcel_code, township, area_mu, event_date from cur_factors order by excel_row") == [
        ("6105992026B00101", "东镇", Decimal("40"), dt.date(2026, 2, 26)),
        ("6105992026B00102", "西镇", Decimal("25.5"), dt.date(2026, 4, 9)),
        ("6105992026B00103", "西镇", Decimal("12"), dt.date(2026, 6, 3))]
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(77.5)


def test_one_enterprises_own_return_figures_down_the_side(county_full: Config) -> None:
    accepted(take(county_full, L.ent_one_enterprise_own_return), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, "select uscc, name, township, industry_code, sei, output_month, output_cum, "
                            "output_cum_last_year, revenue_cum from cur_enterprise_output") == [
        (L.U1, "东镇光电材料有限公司", "东镇", "3985", True, Decimal("4000"), Decimal("24000"), Decimal("20000"),
         Decimal("26000"))]
    assert ind(county_full, "output_cum") == pytest.approx(2.4)


# ---------------------------------------------------------------------------------------------
# Key：value returns
# ---------------------------------------------------------------------------------------------

FAI_ROW = ("select project_code, township, nature, is_tech, is_key, total_investment, annual_plan, started, start_date, "
           "in_stats, invest_month, invest_cum from cur_fai_projects order by excel_row")


def test_fai_pairs_three_a_row_amounts_with_units_footer_as_pairs(county_full: Config) -> None:
    accepted(take(county_full, L.fai_pairs_in_three_columns_units_in_cells), "fai_projects", "东镇", "2026-06", 1)
    assert sql(county_full, FAI_ROW) == [
        (L.pcode(601), "东镇", "新建", False, True, Decimal("15000"), Decimal("6000"), True, dt.date(2026, 3, 18), True,
         Decimal("800"), Decimal("4200"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.42)
    assert ind(county_full, "key_projects") == 1
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(100.0)


def test_fai_group_label_merged_over_its_rows_and_bare_sub_labels(county_full: Config) -> None:
    accepted(take(county_full, L.fai_group_label_merged_over_rows), "fai_projects", "西镇", "2026-06", 1)
    assert sql(county_full, FAI_ROW) == [
        (L.pcode(602), "西镇", "改建和技术改造", True, False, Decimal("8000"), Decimal("3000"), True,
         dt.date(2026, 2, 20), True, Decimal("300"), Decimal("2400"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.24)
    assert ind(county_full, "tech_cum") == pytest.approx(0.24)


def test_attraction_colon_in_the_label_cell_amounts_in_yiyuan(county_full: Config) -> None:
    accepted(take(county_full, L.attraction_colon_in_the_label_cell), "attraction", "招商局", "2026-06", 1)
    assert sql(county_full, "select name, investor, chain, township, stage, signed_date, landed_date, "
                            "total_investment, funds_in_place from cur_attraction") == [
        ("秦河新材料产业园项目", "秦河新材料科技有限公司", "新材料", "西镇", "落户", dt.date(2026, 3, 10),
         dt.date(2026, 4, 18), Decimal("50000"), Decimal("3000"))]
    assert ind(county_full, "invest_landed") == 1
    assert ind(county_full, "invest_total") == pytest.approx(5.0)
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.3)


def test_cultivation_label_and_value_in_one_cell_two_a_row(county_full: Config) -> None:
    accepted(take(county_full, L.cultivation_pairs_in_one_cell_two_a_row), "cultivation", "工信局", "2026-06", 1)
    assert sql(county_full, "select uscc, name, township, ctype, status, status_date, official, grant_amount "
                            "from cur_cultivation") == [
        (L.U2, "东镇精密机械有限公司", "东镇", "专精特新小巨人", "已认定", dt.date(2026, 5, 20), "孙某", Decimal("50"))]
    assert ind(county_full, "little_giant_count") == 1


def test_fai_two_project_cards_one_under_the_other(county_full: Config) -> None:
    accepted(take(county_full, L.fai_two_project_blocks_one_under_the_other), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select project_code, is_key, started, in_stats, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        (L.pcode(603), True, True, True, Decimal("3000")), (L.pcode(604), False, False, False, Decimal("0"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.3)
    assert ind(county_full, "key_projects") == 1


# ---------------------------------------------------------------------------------------------
# Several tables on one sheet
# ---------------------------------------------------------------------------------------------

def test_fai_with_a_summary_by_nature_beside_it(county_full: Config) -> None:
    accepted(take(county_full, L.fai_summary_by_nature_beside), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select project_code, nature, invest_cum from cur_fai_projects order by excel_row") == [
        (L.pcode(611), "新建", Decimal("2000")), (L.pcode(612), "新建", Decimal("1500")),
        (L.pcode(613), "改建和技术改造", Decimal("1000"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.3)  # in the database: 2,000 + 1,000
    assert ind(county_full, "tech_cum") == pytest.approx(0.1)
    assert ind(county_full, "key_projects") == 2


def test_enterprises_with_the_city_table_under_them(county_full: Config) -> None:
    outcomes = take(county_full, L.ent_with_city_table_below)
    accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    city_figures(county_full)


def test_fai_with_a_total_table_below(county_full: Config) -> None:
    o = accepted(take(county_full, L.fai_total_table_below), "fai_projects", "西镇", "2026-06", 3)
    assert [(p.severity, p.row) for p in o.problems if p.code == "another_table"] == [("warning", 9), ("warning", 10)]
    assert sql(county_full, "select project_code, total_investment, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        (L.pcode(621), Decimal("12000"), Decimal("1800")), (L.pcode(622), Decimal("5000"), Decimal("700")),
        (L.pcode(623), Decimal("4000"), Decimal("0"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.25)
    assert ind(county_full, "key_projects") == 2


def test_attraction_two_sections_with_the_header_repeated(county_full: Config) -> None:
    accepted(take(county_full, L.attraction_two_sections_header_repeated), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, "select name, stage, total_investment, funds_in_place from cur_attraction "
                            "order by excel_row") == [
        ("东镇光伏边框项目", "开工", Decimal("30000"), Decimal("6000")),
        ("西镇有机肥项目", "落户", Decimal("12000"), Decimal("2000")),
        ("锂电池回收项目", "对接", Decimal("8000"), None), ("装配式建材项目", "签约", Decimal("5000"), None)]
    assert ind(county_full, "invest_landed") == 2
    assert ind(county_full, "invest_contacted") == 4
    assert ind(county_full, "invest_total") == pytest.approx(4.2)  # 落户项目总投资: the two landed ones
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.8)


def test_cultivation_two_ledgers_side_by_side(county_full: Config) -> None:
    accepted(take(county_full, L.cultivation_two_ledgers_side_by_side), "cultivation", "工信局", "2026-06", 5)
    assert sql(county_full, "select ctype, count(*), sum(grant_amount) from cur_cultivation group by 1 order by 1") == [
        ("拟入规", 3, None), ("科技型中小企业", 2, Decimal("15"))]
    assert ind(county_full, "above_scale_applying") == 1
    assert ind(county_full, "tech_sme_count") == 2


# ---------------------------------------------------------------------------------------------
# Workbooks mixing a cover, a turned table and an upright one
# ---------------------------------------------------------------------------------------------

def test_stats_workbook_cover_turned_city_upright_enterprises(county_full: Config) -> None:
    outcomes = take(county_full, L.stats_cover_turned_city_and_enterprises)
    accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "sei_count") == 1
    city_figures(county_full)


def test_industry_workbook_notes_turned_targets_upright_ledger(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    outcomes = take(county_full, L.industry_notes_turned_targets_and_ledger)
    accepted(outcomes, "targets", "工信局", "2026", 3)
    accepted(outcomes, "cultivation", "工信局", "2026-06", 3)
    assert one(county_full, "select sum(grant_amount) from cur_cultivation") == Decimal("20")
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "va_target_pct") == pytest.approx(7)
    assert ind(county_full, "new_above_scale_target") == pytest.approx(5)


def test_a_sheet_of_figures_read_as_no_return_is_said(county_full: Config) -> None:
    # given 工信局's workbook whose 「目标」 sheet holds figures no form reads (用电量, 税收, 从业人员 in one row
    # across: no indicator of the catalogue, so not the targets either)
    path = L.industry_notes_turned_targets_and_ledger(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    for c, name in enumerate(["工业用电量（万千瓦时）", "工业税收（万元）", "工业从业人员（人）"], 2):
        wb["目标"].cell(2, c, name)
    wb.save(path)
    outcomes = ingest(county_full)
    # expect the ledger read and a warning naming 「目标」 — never a file that says 已入库 and drops a sheet unsaid
    led = [o for o in outcomes if o.form == "cultivation"]
    assert [o.status for o in led] == ["accepted"]
    said = [p for o in outcomes for p in o.problems if p.code == "sheet_not_read"]
    assert [(p.severity, p.sheet) for p in said] == [("warning", "目标")]
    assert said[0].message.startswith("工作表「目标」有3个数字，但没有读取")


def test_an_instructions_sheet_with_a_year_and_a_phone_number_is_no_sheet_of_figures(county_full: Config) -> None:
    # given 东镇's return and a 说明 sheet holding 2026 and 13800000000 typed as numbers (a found false alarm)
    import openpyxl

    from tests.scenarios import fai, project

    path = fai(county_full.inbox, "东镇", "2026-06", [project(1, "东镇光电扩建项目", "东镇", "扩建", False, True, 3000, 1000, True,
                                                         dt.date(2026, 3, 1), True, 1200)])
    wb = openpyxl.load_workbook(path)
    notes = wb.create_sheet("说明")
    notes.append(["1. 金额单位：万元"])
    notes.append(["报送年度", 2026])
    notes.append(["联系电话", 13800000000])
    wb.save(path)
    outcomes = ingest(county_full)
    # expect the return read and not a word about 「说明」: a year and a telephone number are not figures
    assert [o.status for o in outcomes] == ["accepted"]
    assert [p.sheet for o in outcomes for p in o.problems if p.code == "sheet_not_read"] == []


# ---------------------------------------------------------------------------------------------
# More of the same classes, aimed at figures read wrong without a word
# ---------------------------------------------------------------------------------------------

def test_enterprises_with_a_subset_table_of_the_strategic_ones_below(county_full: Config) -> None:
    accepted(take(county_full, L.ent_with_sei_subset_table_below), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "sei_count") == 1


def test_city_turned_with_a_rank_row_under_each_growth(county_full: Config) -> None:
    accepted(take(county_full, L.city_turned_with_rank_rows), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_fai_card_with_a_label_and_its_value_merged_over_two_rows(county_full: Config) -> None:
    accepted(take(county_full, L.fai_label_and_value_merged_over_two_rows), "fai_projects", "东镇", "2026-06", 1)
    assert sql(county_full, "select project_code, name, nature, is_key, total_investment, started, in_stats, "
                            "invest_cum from cur_fai_projects") == [
        (L.pcode(631), "东镇农副产品加工园扩建项目", "扩建", True, Decimal("12000"), True, False, Decimal("900"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.0)  # not in the database: 先入库，后有数
    assert ind(county_full, "key_projects") == 1


def test_enterprises_turned_a_column_each_numbers_as_text(county_full: Config) -> None:
    accepted(take(county_full, L.ent_turned_a_column_per_enterprise), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select uscc, sei, output_cum, output_cum_last_year from cur_enterprise_output "
                            "order by excel_row") == [
        (L.U1, True, Decimal("30000"), Decimal("25000")), (L.U2, False, Decimal("20000"), Decimal("22000")),
        (L.U3, False, Decimal("50000"), Decimal("45000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "sei_count") == 1


def test_fai_workbook_with_a_turned_summary_sheet_before_the_list(county_full: Config) -> None:
    [o] = take(county_full, L.fai_projects_with_a_turned_summary_sheet)
    accepted([o], "fai_projects", "西镇", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_fai_projects") == [("明细",)]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2500")
    assert ind(county_full, "fai_cum") == pytest.approx(0.25)
    assert ind(county_full, "tech_cum") == pytest.approx(0.05)


def test_city_upright_with_a_rank_table_beside_it(county_full: Config) -> None:
    accepted(take(county_full, L.city_upright_with_a_rank_table_beside), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_fai_card_pairs_in_two_blocks_of_columns(county_full: Config) -> None:
    accepted(take(county_full, L.fai_pairs_in_two_column_blocks), "fai_projects", "东镇", "2026-06", 1)
    assert sql(county_full, FAI_ROW) == [
        (L.pcode(651), "东镇", "改建和技术改造", True, False, Decimal("3000"), Decimal("1500"), True,
         dt.date(2026, 1, 15), True, Decimal("200"), Decimal("1100"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.11)
    assert ind(county_full, "tech_cum") == pytest.approx(0.11)


def test_fai_with_a_new_starts_annex_below(county_full: Config) -> None:
    accepted(take(county_full, L.fai_with_new_starts_annex_below), "fai_projects", "东镇", "2026-06", 3)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2600")
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)  # in the database: 2,000
    assert ind(county_full, "key_projects") == 2


def test_targets_as_lines_label_colon_value(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    accepted(take(county_full, L.targets_as_lines_label_colon_value), "targets", "工信局", "2026", 4)
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "va_target_pct") == pytest.approx(7)
    assert ind(county_full, "fai_target_pct") == pytest.approx(10)
    assert ind(county_full, "new_above_scale_target") == pytest.approx(5)


def test_city_crossed_a_pair_of_columns_per_county(county_full: Config) -> None:
    accepted(take(county_full, L.city_crossed_county_by_measure), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_fai_amount_is_never_taken_from_the_summary_beside(county_full: Config) -> None:
    accepted(take(county_full, L.fai_summary_beside_with_an_amount_header), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select project_code, invest_cum from cur_fai_projects order by excel_row") == [
        (L.pcode(671), Decimal("2000")), (L.pcode(672), Decimal("1500")), (L.pcode(673), Decimal("1000"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.3)  # in the database: 2,000 + 1,000


def test_fai_card_with_two_values_under_one_label(county_full: Config) -> None:
    accepted(take(county_full, L.fai_pairs_two_values_under_one_label), "fai_projects", "西镇", "2026-06", 1)
    assert sql(county_full, FAI_ROW) == [
        (L.pcode(681), "西镇", "扩建", None, True, Decimal("7000"), Decimal("2000"), True, dt.date(2026, 2, 2), True,
         Decimal("250"), Decimal("1750"))]


def test_fai_with_last_months_table_kept_below(county_full: Config) -> None:
    o = accepted(take(county_full, L.fai_last_months_table_kept_below), "fai_projects", "东镇", "2026-06", 2)
    assert [p.row for p in o.problems if p.code == "another_table"] == [7, 8, 9]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2600")
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)  # in the database: 2,000
