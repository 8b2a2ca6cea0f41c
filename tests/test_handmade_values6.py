"""Hand-made returns, round 6 (tests/handmade/values6.py): values typed every way in one column, and workbooks
holding several returns — each read through the real pipeline (``take``: inbox → ingest → DuckDB, no Prefect)
into a fresh county in its first year, and compared with what a person reading the return takes from it
(the fixture's docstring).  Acceptable outcomes are "read correctly" or, where the return is genuinely
ambiguous, "refused with a Chinese message naming the cell"; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today, so the mark must go when the reader learns it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import values6 as v6
from tests.test_handmade import accepted, ind, one, sql, take


def errors(o: Outcome) -> list[tuple[str, str]]:
    return [(p.code, p.cell) for p in o.problems if p.severity == "error"]


def questioned(o: Outcome) -> set[str]:
    """The cells the return is questioned on (an error or a warning)."""
    return {p.cell for p in o.problems if p.severity in ("error", "warning") and p.cell}


# ---------------------------------------------------------------------------------------------
# Units in cells
# ---------------------------------------------------------------------------------------------

def test_amounts_typed_every_way_in_one_column_are_read_in_wanyuan(county_full: Config) -> None:
    accepted(take(county_full, v6.attraction_units_mixed_in_one_column), "attraction", "招商局", "2026-06", 7)
    assert sql(county_full, "select total_investment from cur_attraction order by excel_row") == [
        (Decimal(x),) for x in ("2300", "2300", "2300", "1500", "1500", "15000", "800")]
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == Decimal("1200")
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.12)


def test_the_note_on_units_in_cells_names_its_column_once_and_reads_as_one_sentence(county_full: Config) -> None:
    [o] = take(county_full, v6.attraction_units_mixed_in_one_column)
    [note, _funds] = [p for p in o.problems if p.code == "unit_in_cell_converted"]
    assert note.sentence() == ("「总投资」第4行2,300万、第5行0.23 亿、第9行1.5亿元的数字带了单位，已按各自的单位换算为万元。"
                               "请以后只填数字，单位写在表头或“单位：”行（本列以万元计）")


def test_amounts_qualified_in_words_are_refused_and_a_wanyuan_figure_under_yiyuan_questioned(
        county_full: Config) -> None:
    [o] = take(county_full, v6.attraction_amounts_with_words)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "attraction", "招商局", "2026-06")
    assert [c for code, c in errors(o) if code == "not_a_number"] == ["F3", "F4", "F5"]
    assert "F6" in questioned(o)


def test_figures_in_yuan_under_a_wanyuan_header_are_not_accepted_silently(county_full: Config) -> None:
    [o] = take(county_full, v6.ent_header_wanyuan_figures_in_yuan)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "enterprise_output", "统计局", "2026-06")
    assert errors(o) == [("out_of_scale", c) for c in ("F3", "F4", "F5", "G3", "G4", "G5")]
    [p] = [p for p in o.problems if p.cell == "F3"]
    assert p.sentence() == ("「1-N月累计工业总产值」填的是“300000000”，数额过大，折合30,000亿元（本列以万元计，不可能超过1,000亿元），"
                            "像是单位填错了（按元填写，或在亿元表头下填了万元数）。请核对单位：本列以万元计；按元填写的请在表头上方写"
                            "“单位：元”，或把数字换算为万元")


def test_numbers_typed_six_ways_in_one_column(county_full: Config) -> None:
    accepted(take(county_full, v6.ent_numbers_every_style), "enterprise_output", "统计局", "2026-06", 6)
    assert sql(county_full, "select output_cum from cur_enterprise_output order by excel_row") == [
        (Decimal(x),) for x in ("1500", "1500", "1500", "1500", "2300", "2300")]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("6000")
    assert ind(county_full, "output_cum") == pytest.approx(1.06)


def test_money_and_land_each_in_four_units(county_full: Config) -> None:
    accepted(take(county_full, v6.factors_money_and_land_mixed_units), "factors", "自然资源局", "2026-06", 4)
    assert sql(county_full, "select area_mu, amount from cur_factors order by excel_row") == [
        (Decimal("12"), Decimal("50"))] * 4
    assert ind(county_full, "land_parcels") == 4
    assert ind(county_full, "land_area_mu") == pytest.approx(48)


def test_targets_with_the_unit_typed_in_each_value(county_full: Config) -> None:
    v6.ent_numbers_every_style(county_full.inbox)  # a monthly return, so that 2026-06 is a period
    outcomes = take(county_full, v6.targets_units_in_the_value_cells)
    accepted([o for o in outcomes if o.form == "targets"], "targets", "工信局", "2026", 3)
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "va_target_pct") == pytest.approx(7.5)
    assert ind(county_full, "fai_target_pct") == pytest.approx(10)


# ---------------------------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------------------------

def test_growth_typed_five_ways_in_one_column(county_full: Config) -> None:
    accepted(take(county_full, v6.city_growth_every_style), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("8.1"), Decimal("6.2")), ("甲县", Decimal("10.2"), Decimal("7.5")),
        ("乙县", Decimal("7.9"), Decimal("6.5")), ("丙县", Decimal("5.3"), Decimal("-1.5")),
        ("测试县", Decimal("8.7"), Decimal("-3.2"))]
    assert ind(county_full, "va_yoy_pct") == pytest.approx(-3.2)
    assert ind(county_full, "va_city_rank") == 4


def test_progress_percent_typed_four_ways(county_full: Config) -> None:
    o = accepted(take(county_full, v6.progress_percent_every_style), "progress_notes", "工信局", "2026-06", 4)
    assert sql(county_full, "select figure_pct from cur_progress_notes order by excel_row") == [
        (Decimal("85"),), (Decimal("60"),), (Decimal("40"),), (Decimal("0.3"),)]
    [p] = [p for p in o.problems if p.severity == "warning"]
    assert (p.code, p.cell) == ("pct_scale", "E6")
    assert p.sentence() == ("「完成进度」填的是“0.3”，比本列其他百分数小得多，不知是0.3%还是30%。如果是30%，请填30或“30%”；"
                            "确实是0.3%可不修改（此为提醒）")


# ---------------------------------------------------------------------------------------------
# Dates and flags
# ---------------------------------------------------------------------------------------------

def test_start_dates_typed_five_ways(county_full: Config) -> None:
    [o] = take(county_full, v6.fai_dates_every_style)
    assert ("not_a_date", "H3") not in errors(o) and ("not_a_date", "H7") not in errors(o)
    assert errors(o) in ([], [("not_a_date", "H4")])  # 3月 without a year: read as 2026 or asked
    if o.status == "accepted":
        assert sql(county_full, "select distinct start_date, started from cur_fai_projects") == [
            (dt.date(2026, 3, 1), True)]
        assert ind(county_full, "key_projects_started_pct") == pytest.approx(100)


def test_in_stats_flags_typed_eight_ways(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_flags_every_style), "fai_projects", "东镇", "2026-06", 8)
    assert sql(county_full, "select in_stats from cur_fai_projects order by excel_row") == [
        (True,), (False,)] * 4
    assert ind(county_full, "fai_cum") == pytest.approx(0.04)
    assert ind(county_full, "key_projects_in_stats_pct") == pytest.approx(50)


def test_signing_dates_typed_five_ways(county_full: Config) -> None:
    [o] = take(county_full, v6.attraction_dates_every_style)
    assert ("not_a_date", "E3") not in errors(o)
    assert "E4" in questioned(o)  # October 2026 has not happened by the end of June
    assert {c for _, c in errors(o)} <= {"E4", "E7"}  # 3.15 without a year may be asked


# ---------------------------------------------------------------------------------------------
# Blank, 0 and —
# ---------------------------------------------------------------------------------------------

def test_blank_cumulative_is_asked_for_while_zero_and_dash_are_zero(county_full: Config) -> None:
    [o] = take(county_full, v6.fai_blank_zero_dash)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "东镇", "2026-06")
    assert errors(o) == [("not_nullable", "K5")]
    [err] = [p for p in o.problems if p.severity == "error"]
    assert err.sentence() == "「1-N月累计完成投资」必填项为空。请补填此项"
    [dash] = [p for p in o.problems if p.code == "nothing_as_zero"]
    assert "第4行" in dash.message


# ---------------------------------------------------------------------------------------------
# Several returns in one workbook
# ---------------------------------------------------------------------------------------------

def test_two_forms_of_one_department_on_two_sheets(county_full: Config) -> None:
    outcomes = take(county_full, v6.gongxin_two_forms_two_sheets)
    accepted([o for o in outcomes if o.form == "cultivation"], "cultivation", "工信局", "2026-06", 2)
    accepted([o for o in outcomes if o.form == "progress_notes"], "progress_notes", "工信局", "2026-06", 1)
    assert one(county_full, "select sum(grant_amount) from cur_cultivation") == Decimal("50")
    assert one(county_full, "select figure_pct from cur_progress_notes") == Decimal("70")
    assert ind(county_full, "little_giant_count") == 1


def test_two_months_in_one_workbook_newest_sheet_first(county_full: Config) -> None:
    outcomes = take(county_full, v6.ent_two_months_june_first)
    o = accepted([o for o in outcomes if o.period == "2026-06"], "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output where period = '2026-06'") == [("1-6月",)]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-06'") == Decimal(
        "120000")
    may = [o for o in outcomes if o.period == "2026-05"]
    assert may or [p.code for p in o.problems if "1-5月" in p.message] == ["sheet_chosen"]
    assert ind(county_full, "output_cum") == pytest.approx(12.0)


def test_a_hidden_draft_of_the_same_return_is_never_read(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_hidden_draft_sheet), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, "select distinct sheet from cur_fai_projects") == [("6月",)]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("1000")
    assert ind(county_full, "fai_cum") == pytest.approx(0.1)


def test_sheet1_copy_for_june_with_the_period_only_in_each_title(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_sheet1_copy_period_in_titles), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select distinct sheet from cur_fai_projects") == [("Sheet1 (2)",)]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2000")
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)


def test_one_return_split_over_a_sheet_per_township(county_full: Config) -> None:
    [o] = take(county_full, v6.ent_split_by_township_sheets)
    accepted([o], "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select township, sum(output_cum) from cur_enterprise_output group by 1 order by 1") == [
        ("东镇", Decimal("60000")), ("西镇", Decimal("40000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10)
    # lineage names each row's own sheet and row, and where its township came from
    assert sql(county_full, "select sheet, excel_row, implied from cur_enterprise_output order by sheet, excel_row") == [
        ("东镇", r, "所属乡镇←工作表名「东镇」") for r in (3, 4, 5)] + [("西镇", r, "所属乡镇←工作表名「西镇」") for r in (3, 4)]


# ---------------------------------------------------------------------------------------------
# Second batch: pasted values, minus signs, year-months, currency signs, conflicting units
# ---------------------------------------------------------------------------------------------

def test_rates_pasted_as_fractions_are_not_stored_a_hundred_times_too_small(county_full: Config) -> None:
    o = accepted(take(county_full, v6.city_fractions_pasted_without_format), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select va_yoy_pct from cur_city_comparison order by excel_row") == [
        (Decimal(x),) for x in ("6.2", "7.5", "6.5", "6.5", "5")]
    assert ind(county_full, "va_yoy_pct") == pytest.approx(6.5)
    assert ind(county_full, "va_city_rank") == 2
    assert [p.column for p in o.problems if p.code == "pct_as_fraction"] == ["规上工业总产值增速", "规上工业增加值增速"]


def test_minus_signs_of_three_kinds(county_full: Config) -> None:
    accepted(take(county_full, v6.city_minus_signs_of_three_kinds), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select va_yoy_pct from cur_city_comparison order by excel_row") == [
        (Decimal(x),) for x in ("-0.9", "2.1", "-0.8", "-1.5", "-3.2")]
    assert ind(county_full, "va_yoy_pct") == pytest.approx(-3.2)
    assert ind(county_full, "va_city_rank") == 4
    assert ind(county_full, "output_city_rank") == 2


def test_entry_months_typed_six_ways(county_full: Config) -> None:
    [o] = take(county_full, v6.ent_entry_months_every_style)
    assert "F4" in questioned(o)  # October has not happened by the end of June
    assert {c for _, c in errors(o)} <= {"F4", "F7"}  # 26年3月 may be asked


def test_fund_amounts_with_currency_signs(county_full: Config) -> None:
    accepted(take(county_full, v6.factors_fund_amounts_with_currency_signs), "factors", "财政局", "2026-06", 4)
    assert sql(county_full, "select amount from cur_factors order by excel_row") == [
        (Decimal(x),) for x in ("120.5", "200", "1000", "300")]
    assert ind(county_full, "fund_contributed") == pytest.approx(320.5)


def test_header_units_win_over_an_old_unit_line(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_header_units_against_a_unit_line), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, "select total_investment, invest_cum from cur_fai_projects order by excel_row") == [
        (Decimal("3000"), Decimal("1200")), (Decimal("800"), Decimal("300"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.15)


def test_a_copy_whose_title_still_says_may_is_asked_about(county_full: Config) -> None:
    [o] = take(county_full, v6.fai_copy_whose_title_was_not_updated)
    assert o.status == "rejected"
    [p] = [p for p in o.problems if p.severity == "error"]
    assert p.code == "ambiguous_sheet"
    assert p.message.startswith("有多个工作表（「Sheet1」、「Sheet1 (2)」）都是《工业固定资产投资项目月报》")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_summary_sheet_before_the_details_is_not_added_to_them(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_summary_sheet_before_the_details), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_fai_projects") == [("明细",)]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2000")
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)
    assert ind(county_full, "tech_cum") == pytest.approx(0.06)


def test_remarks_inside_amount_cells_and_a_rate_in_an_amount_column_are_asked_on_their_cells(
        county_full: Config) -> None:
    [o] = take(county_full, v6.fai_cells_with_remarks_and_a_rate)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "西镇", "2026-06")
    assert sorted(errors(o), key=lambda e: e[1]) == [("not_a_number", "F4"), ("unit_mismatch", "F5"),
                                                     ("not_a_number", "J3")]
    [rate] = [p for p in o.problems if p.cell == "F5"]
    assert rate.sentence() == ("「计划总投资」填的是“12.5%”，单位“%”不是金额的单位（本列以万元计）。"
                               "请核对表头或单元格的单位，本列按万元填写")


def test_platform_export_dates_and_one_zero_flags(county_full: Config) -> None:
    accepted(take(county_full, v6.fai_system_dates_and_number_flags), "fai_projects", "东镇", "2026-06", 4)
    assert sql(county_full, "select start_date, started, in_stats from cur_fai_projects order by excel_row") == [
        (dt.date(2026, 3, 1), True, True), (dt.date(2026, 3, 2), True, False), (dt.date(2026, 3, 1), True, True),
        (None, False, True)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.02)


def test_percent_format_set_over_typed_percents_is_not_read_as_hundreds(county_full: Config) -> None:
    # fx38: 650 % as a growth rate, beside 全市's fraction 0.062 under the same format, is asked (never stored)
    [o] = take(county_full, v6.city_percent_format_over_typed_percents)
    asked = {p.cell for p in o.problems if p.code == "pct_scale" and p.severity == "error"}
    assert asked == {f"{c}{r}" for c in "BC" for r in range(4, 8)}  # every county's cell, never 全市's 0.062
    [p] = [p for p in o.problems if p.cell == "C6"]
    assert "显示为650%" in p.sentence() and "不知是6.5%还是650%" in p.sentence(), p.sentence()
    assert "可不修改" not in p.sentence()


def test_dash_blank_and_zero_in_the_city_table(county_full: Config) -> None:
    accepted(take(county_full, v6.city_dash_blank_and_zero), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, fai_cum, fai_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("21000"), Decimal("-5")), ("甲县", Decimal("5000"), None), ("乙县", Decimal("4000"), Decimal("0")),
        ("测试县", Decimal("6700"), Decimal("-16.3")), ("丙县", None, None)]
    assert ind(county_full, "fai_yoy_pct") == pytest.approx(-16.3)
    assert ind(county_full, "fai_city_rank") == 2
    assert ind(county_full, "va_city_rank") == 2


def test_cultivation_types_in_the_offices_shorthand(county_full: Config) -> None:
    [o] = take(county_full, v6.cultivation_everyday_names_and_mixed_grants)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "cultivation", "工信局", "2026-06")
    assert errors(o) == [("isin", "D7")]  # a bare 专精特新 may be the national or the provincial list: asked
    [words] = [p for p in o.problems if p.code == "word_read_as"]
    assert ("“小巨人”→“专精特新小巨人”（第3行）、“国家级专精特新小巨人”→“专精特新小巨人”（第4行）、“高企”→“高新技术企业”（第5行）、"
            "“科小”→“科技型中小企业”（第6行）") in words.message


def test_industry_chains_said_short(county_full: Config) -> None:
    [o] = take(county_full, v6.attraction_chains_in_short)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "attraction", "招商局", "2026-06")
    assert errors(o) == [("isin", "C7")]  # 新能源: 光伏新能源 or 现代能源 — asked
    [words] = [p for p in o.problems if p.code == "word_read_as"]
    assert ("“光伏”→“光伏新能源”（第3行）、“化工”→“精细化工”（第4行）、“建材”→“新型建材”（第5行）、"
            "“农产品加工”→“涉农加工”（第6行）") in words.message


def test_cultivation_status_in_words(county_full: Config) -> None:
    accepted(take(county_full, v6.cultivation_status_in_words), "cultivation", "工信局", "2026-06", 7)
    assert sql(county_full, "select status from cur_cultivation order by excel_row") == [
        (s,) for s in ("申报中", "申报中", "已认定", "已认定", "已入库", "未通过", "培育中")]
    assert ind(county_full, "tech_sme_count") == 1


def test_started_and_in_stats_in_the_offices_words(county_full: Config) -> None:
    o = accepted(take(county_full, v6.fai_in_stats_said_in_words), "fai_projects", "西镇", "2026-06", 6)
    assert sql(county_full, "select started, in_stats from cur_fai_projects order by excel_row") == [
        (True, True), (True, False), (True, True), (True, False), (True, False), (True, False)]
    assert ind(county_full, "key_projects_in_stats_pct") == pytest.approx(100 / 3)
    notes = [p.message for p in o.problems if p.code == "word_read_as"]
    assert any("“在建”→“是”（第4、7行）" in n for n in notes), notes
    assert not any("True" in n or "False" in n for n in notes), notes
