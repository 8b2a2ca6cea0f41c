"""Hand-made returns, round 12 (tests/handmade/fresh12.py): fresh eyes on what beizeng learned in round 11 — cards
a sheet each (lines in another order, a hidden line, a struck line with its correction under it, ``#N/A`` with a
comment, a 汇总 table in front, a stale May card), registers kept as a sheet per month with each sheet's 合计 / 小计
(a cash book, a 招商 register of new signings, a last sheet closed by the year's total), pages joined by 过次页 /
承前页, one sheet holding several months closed by ``N月合计``, habits two at a time, marks before figures, ``△50``
and ``核减50``, ``以下空白``, a row of slashes, 去年12月28日, quarterly targets typed with units — each read through
the real pipeline (``take``: inbox → ingest → DuckDB) into a fresh county.  Returns kept over several sheets whose
sheets each say their own unit (元, 亿元) are read each in its own unit, the converted sheet told once.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import fresh12 as f12
from tests.test_handmade import accepted, codes, drop, ind, one, rejected, sql, take

D = Decimal
ENT = ("select name, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output "
       "order by sheet, excel_row")


def one_by_one(cfg: Config, paths: list[Path]) -> list[Outcome]:
    """Each file dropped and ingested in turn (May before June), as the mails arrive; the last run's outcomes."""
    out: list[Outcome] = []
    for p in paths:
        out = drop(cfg, p)
    return out



# ---------------------------------------------------------------------------------------------
# 规上工业企业: a card per sheet
# ---------------------------------------------------------------------------------------------

def test_platform_cards_with_lines_in_another_order_and_a_hidden_line(county_full: Config) -> None:
    o = accepted(take(county_full, f12.ent_platform_cards_lines_in_another_order), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, "select name, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output "
                            "order by name") == [
        ("东关饲料有限公司", D(20000), D(22000), D(21000)), ("东方光伏科技有限公司", D(30000), D(25000), D(33000)),
        ("西岭建材有限公司", D(50000), D(45000), D(52000))]
    assert ("hidden_column", "东方光伏!A8") in codes(o)


def test_card_struck_line_with_its_correction_under_it(county_full: Config) -> None:
    """The struck 1-6月 line is set aside as struck (named on its figure's cell), the line under it read."""
    o = accepted(take(county_full, f12.ent_cards_struck_line_with_its_correction_under_it), "enterprise_output", "统计局",
             "2026-06", 2)
    assert sql(county_full, "select name, output_cum from cur_enterprise_output order by name") == [
        ("东关饲料有限公司", D(20000)), ("东方光伏科技有限公司", D(30000))]
    assert ("struck_line", "东关饲料!B10") in codes(o, "warning")
    assert not [c for c in codes(o) if c[0] in ("struck_figure", "hidden_column")]


def test_card_of_a_new_entrant_with_na_last_year_and_a_comment(county_full: Config) -> None:
    o = accepted(take(county_full, f12.ent_cards_new_entrant_last_year_na_with_comment), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, "select name, output_cum, output_cum_last_year from cur_enterprise_output order by name") == [
        ("东关饲料有限公司", D(20000), D(22000)), ("东方光伏科技有限公司", D(30000), D(25000)),
        ("东镇新材料有限公司", D(3000), None)]
    assert {("excel_error", "东镇新材料!B11"), ("cell_comment", "东镇新材料!B11")} <= set(codes(o, "warning"))
    assert round(ind(county_full, "output_yoy_pct"), 3) == round((50000 / 47000 - 1) * 100, 3)


def test_cards_behind_a_summary_table_are_read_once(county_full: Config) -> None:
    o = accepted(take(county_full, f12.ent_cards_behind_a_summary_table), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(100000)
    assert ("summary_sheet", "汇总!") in codes(o, "info")


def test_cards_behind_a_summary_table_that_differs_are_asked_about(county_full: Config) -> None:
    """The 汇总 says 19,000 where 东关饲料's card says 20,000: asked, naming both cells; nothing stored."""
    o = rejected(take(county_full, lambda f: f12.ent_cards_behind_a_summary_table(f, typed=19000)))
    assert codes(o, "error") == [("summary_differs", "汇总!I5")]
    [p] = [p for p in o.problems if p.code == "summary_differs"]
    assert "「东关饲料」B10" in p.line() and "19000" in p.line() and "20000" in p.line()
    assert one(county_full, "select count(*) from cur_enterprise_output") == 0


def test_platform_cards_with_month_cumulative_and_last_year_columns(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_platform_cards_month_and_cumulative_columns), "enterprise_output", "统计局",
             "2026-06", 2)
    assert sql(county_full, ENT) == [("东方光伏科技有限公司", D(5000), D(30000), D(25000), D(33000)),
                                     ("西岭建材有限公司", D(8000), D(50000), D(45000), D(52000))]


def test_cards_with_a_stale_may_card_name_it(county_full: Config) -> None:
    """The June cards are read; the May card is said on its title cell as an earlier period's, and not read."""
    outcomes = take(county_full, f12.ent_cards_with_a_stale_may_card)
    assert one(county_full, "select count(*) from cur_enterprise_output where output_cum = 3300") == 0
    assert any(p.sheet == "西镇矿业" and "1-5月" in p.line() for o in outcomes for p in o.problems)
    o = accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(100000)
    assert ("stale_sheet", "西镇矿业!A1") in codes(o, "warning")


# ---------------------------------------------------------------------------------------------
# 要素保障 / 招商: a sheet per month, each with its own 合计 / 小计
# ---------------------------------------------------------------------------------------------

def test_funds_cash_book_a_sheet_per_month_each_with_a_total(county_full: Config) -> None:
    o = accepted(take(county_full, f12.funds_cash_book_month_sheets_each_with_a_total), "factors", "财政局",
                 "2026-06", 5)
    assert sql(county_full, "select item, sum(amount) from cur_factors group by 1 order by 1") == [
        ("上划市工业倍增发展基金", D(200)), ("工业发展资金拨付", D(450)), ("工业发展资金筹集", D(900))]
    assert [c for c in codes(o, "warning") if c[0] == "total_mismatch"] == [("total_mismatch", "5月!E4")]


def test_attraction_new_signings_a_sheet_per_month_are_asked(county_full: Config) -> None:
    """A whole-ledger form kept as each month's new signings: reading the newest sheet alone would drop April's and
    May's projects, so the clerk is asked (all three sheets named), nothing is filed."""
    o = rejected(take(county_full, f12.attraction_new_signings_a_sheet_per_month))
    [p] = [p for p in o.problems if p.code == "ambiguous_sheet"]
    assert all(f"「{m}」" in p.line() for m in ("4月", "5月", "6月"))
    assert one(county_full, "select count(*) from cur_attraction") == 0


def test_land_month_sheets_last_closed_by_the_years_total(county_full: Config) -> None:
    accepted(take(county_full, f12.land_month_sheets_last_closed_by_the_years_total), "factors", "自然资源局",
             "2026-06", 5)
    assert sql(county_full, "select sum(area_mu), sum(amount) from cur_factors") == [(D(85), D(2550))]


def test_land_one_sheet_month_sections_figures(county_full: Config) -> None:
    accepted(take(county_full, f12.land_one_sheet_month_sections_each_closed), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, "select count(*), sum(area_mu), sum(amount) from cur_factors") == [(5, D(85), D(2550))]


def test_land_one_sheet_month_totals_that_add_up_are_not_warned(county_full: Config) -> None:
    [o] = take(county_full, f12.land_one_sheet_month_sections_each_closed)
    assert [c for c in codes(o) if c[0] == "total_mismatch"] == []


def test_land_one_sheet_wrong_may_total_said_against_mays_rows(county_full: Config) -> None:
    [o] = take(county_full, f12.land_one_sheet_month_sections_one_total_wrong)
    bad = [p for p in o.problems if p.code == "total_mismatch"]
    assert [f"{p.sheet}!{p.cell}" for p in bad] == ["供地台账!G9"]
    assert "600" in bad[0].line()


# ---------------------------------------------------------------------------------------------
# Pages (续表, 第N页) and months on one sheet
# ---------------------------------------------------------------------------------------------

def test_fai_pages_carried_forward_guo_ci_ye_cheng_qian_ye(county_full: Config) -> None:
    accepted(take(county_full, f12.fai_pages_carried_forward_guo_ci_ye_cheng_qian_ye), "fai_projects", "东镇",
             "2026-06", 5)
    assert sql(county_full, "select sum(invest_month), sum(invest_cum) from cur_fai_projects") == [(D(500), D(2000))]


def test_fai_pages_carried_forward_a_wrong_carry_is_said_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, f12.fai_pages_carried_forward_one_carry_wrong), "fai_projects", "东镇", "2026-06", 5)
    assert sql(county_full, "select sum(invest_month), sum(invest_cum) from cur_fai_projects") == [(D(500), D(2000))]
    bad = [p for p in o.problems if p.code == "total_mismatch"]
    assert [f"{p.sheet}!{p.cell}" for p in bad] == ["第2页!M5"]
    assert "1,750" in bad[0].line()


def test_ent_xls_last_page_total_of_that_page(county_full: Config) -> None:
    o = accepted(take(county_full, f12.ent_xls_last_page_total_of_that_page), "enterprise_output", "统计局",
                 "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(110000)
    assert any(p.code == "page_total" and p.sheet == "第2页" for p in o.problems)
    assert codes(o, "warning", "error") == []


def test_fai_may_and_june_sections_on_one_sheet(county_full: Config) -> None:
    """May's and June's sections of a return on one sheet: adding them would count each project twice and reading
    one is a guess, so the clerk is asked with both months' 合计 lines named; nothing is filed."""
    o = rejected(take(county_full, f12.fai_may_and_june_sections_on_one_sheet))
    [p] = [p for p in o.problems if p.severity == "error"]
    assert p.code == "month_sections" and (p.sheet, p.row) == ("项目表", 11)
    assert "第7行「5月合计」" in p.line() and "第11行「6月合计」" in p.line()
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


# ---------------------------------------------------------------------------------------------
# Habits two at a time, and what a busy clerk adds
# ---------------------------------------------------------------------------------------------

def test_ent_in_yi_with_township_subtotals(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_in_yi_with_township_subtotals), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select township, sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
                            "group by 1 order by 1") == [("东镇", D(56000), D(52000)), ("西镇", D(54000), D(48000))]


def test_ent_township_ditto_marks(county_full: Config) -> None:
    # 同上 / 〃 under a township read the row above's, said once for the column with what each was read as
    o = accepted(take(county_full, f12.ent_township_ditto_marks), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select township, sum(output_cum) from cur_enterprise_output group by 1 order by 1") == [
        ("东镇", D(56000)), ("西镇", D(54000))]
    [said] = [p.message for p in o.problems if p.code == "ditto_mark"]
    assert said == "「所属乡镇」第5行“同上”（东镇）、第6行“〃”（东镇）、第8行“同上”（西镇）按上一行的内容读取"


def test_fai_units_row_column_numbers_and_total_on_top(county_full: Config) -> None:
    o = accepted(take(county_full, f12.fai_units_row_column_numbers_and_total_on_top), "fai_projects", "东镇",
                 "2026-06", 2)
    assert sql(county_full, "select name, invest_month, invest_cum from cur_fai_projects order by excel_row") == [
        ("东镇甲光伏支架项目", D(150), D(800)), ("东镇乙锅炉改造项目", D(100), D(450))]
    assert codes(o, "warning", "error") == []


def test_fai_rows_then_yi_xia_kong_bai(county_full: Config) -> None:
    o = accepted(take(county_full, f12.fai_figures_after_yi_xia_kong_bai), "fai_projects", "西镇", "2026-06", 2)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(1250)
    assert codes(o, "warning", "error") == []


def test_fai_nil_return_as_a_row_of_slashes(county_full: Config) -> None:
    # a row of "/" in every cell is nothing to report (tables: dash_row): the return is a nil return, said so
    o = accepted(take(county_full, f12.fai_nil_row_of_slashes), "fai_projects", "西镇", "2026-06", 0)
    assert codes(o, "warning", "error") == [] and "empty_return" in [p.code for p in o.problems]


def test_city_transposed_with_percent_formats_and_rank_rows(county_full: Config) -> None:
    accepted(take(county_full, f12.city_transposed_percent_formatted_with_rank_rows), "city_comparison", "统计局",
             "2026-06", 5)
    assert sql(county_full, "select output_cum, output_yoy_pct, va_yoy_pct, fai_yoy_pct from cur_city_comparison "
                            "where county in ('测试县', '全市') order by county") == [
        (D(630000), D("6.0"), D("4.9"), D("1.5")), (D(120000), D("8.7"), D("6.5"), D("-16.3"))]


def test_targets_quarters_typed_with_units(county_full: Config) -> None:
    accepted(take(county_full, f12.targets_quarters_typed_with_units), "targets", "工信局", "2026", 2)
    assert sql(county_full, "select indicator, value, q1, q2, q3, q4 from cur_targets order by 1") == [
        ("invest_quarter_target", D(6), D(1), D("2.5"), D("4.5"), D(6)),
        ("output_target", D(24), D(5), D(11), D("17.5"), D(24))]


def test_attraction_last_years_dates_in_words(county_full: Config) -> None:
    # 去年 / 上年 before a day is the year before the return's, said with the date it was read as
    o = accepted(take(county_full, f12.attraction_dates_last_year_in_words), "attraction", "招商局", "2026-06", 3)
    [said] = [p.message for p in o.problems if p.code == "date_in_words"]
    assert "第3行“去年12月28日”（2025年12月28日）" in said and "2026年6月" in said
    [said] = [p.message for p in o.problems if p.code == "year_supplied"]
    assert "第5行“5月20日”没有写明年份" in said and "去年" not in said
    assert sql(county_full, "select signed_date from cur_attraction order by excel_row") == [
        (dt.date(2025, 12, 28),), (dt.date(2025, 11, 5),), (dt.date(2026, 5, 20),)]


def test_cultivation_june_no_change_is_asked(county_full: Config, tmp_path: Path) -> None:
    """``本月无变化，同上月`` under June's header: asked (May's three enterprises named), never an empty ledger."""
    o = rejected(one_by_one(county_full, f12.cultivation_may_then_june_no_change(tmp_path)))
    assert [c for c, _ in codes(o, "error")] == ["nil_after_rows"]
    assert any("东关饲料有限公司" in p.line() for p in o.problems if p.code == "nil_after_rows")
    assert one(county_full, "select count(*) from cur_cultivation where period = '2026-06'") == 0


def test_fai_marks_in_front_of_figures_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f12.fai_prefix_marks_on_figures))
    assert sorted(c for c in codes(o, "error") if c[0] == "not_a_number") == [
        ("not_a_number", "项目表!L5"), ("not_a_number", "项目表!M4"), ("not_a_number", "项目表!M5")]
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


@pytest.mark.parametrize("maker", [f12.fai_triangle_for_a_write_down, f12.fai_write_down_in_words_hejian_50])
def test_write_down_typed_as_a_mark_or_a_word_is_asked(county_full: Config, tmp_path: Path, maker: Callable[[Path], list[Path]]) -> None:
    """△50 / 核减50 in 本月: asked on the cell, never +50; June is not filed, May stays."""
    o = rejected(one_by_one(county_full, maker(tmp_path)))
    assert ("not_a_number", "项目表!L4") in codes(o, "error")
    assert sql(county_full, "select period, sum(invest_cum) from cur_fai_projects group by 1") == [("2026-05", D(1300))]


@pytest.mark.parametrize("maker", [f12.fai_triangle_for_a_write_down, f12.fai_write_down_in_words_hejian_50])
def test_write_down_asked_without_cum_decreased(county_full: Config, tmp_path: Path, maker: Callable[[Path], list[Path]]) -> None:
    o = rejected(one_by_one(county_full, maker(tmp_path)))
    assert [c for c, _ in codes(o, "error")] == ["not_a_number"]


# ---------------------------------------------------------------------------------------------
# A figure filed without a word where a person would ask
# ---------------------------------------------------------------------------------------------

def test_ent_headers_in_yi_under_a_wanyuan_line_read_by_the_headers(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_unit_line_wanyuan_headers_yiyuan), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(100000)


def test_ent_unit_line_against_header_units_is_said(county_full: Config) -> None:
    [o] = take(county_full, f12.ent_unit_line_wanyuan_headers_yiyuan)
    assert any("万元" in p.line() and "亿元" in p.line() for p in o.problems)


def test_fai_june_return_with_a_1_5_month_header_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f12.fai_june_title_with_last_months_cumulative_header)
    assert any("1-5月" in p.line() for p in o.problems if p.severity in ("warning", "error"))


def test_fai_cumulative_parent_over_total_and_of_which(county_full: Config) -> None:
    # 合计 under a parent is the parent itself; 其中：设备购置 beside it is a part of it, never the parent (unread)
    o = accepted(take(county_full, f12.fai_cumulative_parent_over_total_and_of_which), "fai_projects", "东镇", "2026-06", 2)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(1250)
    assert ("extra_column", "项目表!N3") in codes(o) and "total_row" not in [p.code for p in o.problems]


def test_ent_last_years_whole_year_is_no_same_period(county_full: Config) -> None:
    o = accepted(take(county_full, f12.ent_last_years_whole_year_beside_the_cumulative), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, "select sum(output_cum), count(output_cum_last_year) from cur_enterprise_output") == [
        (D(100000), 0)]
    assert ("extra_column", "Sheet1!J3") in codes(o)


def test_ent_output_and_revenue_each_with_its_last_year(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_revenue_and_output_each_with_its_last_year), "enterprise_output", "统计局",
             "2026-06", 3)
    assert sql(county_full, "select sum(output_cum_last_year), sum(revenue_cum) from cur_enterprise_output") == [
        (D(92000), D(106000))]


def test_fai_stale_nil_line_above_new_rows(county_full: Config) -> None:
    accepted(take(county_full, f12.fai_nil_line_left_above_new_rows), "fai_projects", "西镇", "2026-06", 2)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(1250)


def test_fai_late_row_under_yi_xia_kong_bai(county_full: Config) -> None:
    accepted(take(county_full, f12.fai_late_row_under_yi_xia_kong_bai), "fai_projects", "西镇", "2026-06", 3)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(1550)


# ---------------------------------------------------------------------------------------------
# One return over several sheets, each sheet in its own unit (silent wrong figures)
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("maker", [f12.land_month_sheets_last_in_yuan, f12.land_month_sheets_unit_in_the_header])
def test_land_month_sheets_each_in_its_own_unit(county_full: Config, maker: Callable[[Path], Path]) -> None:
    accepted(take(county_full, maker), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, "select sheet, sum(amount) from cur_factors group by 1 order by 1") == [
        ("4月", D(1050)), ("5月", D(600)), ("6月", D(900))]


def test_land_month_sheets_each_totalled_in_its_own_unit(county_full: Config) -> None:
    # each sheet's own 合计 is checked in that sheet's unit: 6月's 9,000,000 元 against its 900 万元 row agrees
    o = accepted(take(county_full, f12.land_month_sheets_each_totalled_in_its_unit), "factors", "自然资源局", "2026-06", 5)
    assert one(county_full, "select sum(amount) from cur_factors") == D(2550)
    assert not [p for p in o.problems if p.code == "total_mismatch"]


def test_platform_cards_each_in_its_own_unit(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_platform_cards_one_in_qianyuan), "enterprise_output", "统计局", "2026-06", 2)
    assert sql(county_full, "select name, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output "
                            "order by name") == [("东方光伏科技有限公司", D(30000), D(25000), D(33000)),
                                                 ("西岭建材有限公司", D(50000), D(45000), D(52000))]


def test_ent_sheet_per_township_each_in_its_own_unit(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_sheet_per_township_one_in_yi), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select township, sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
                            "group by 1 order by 1") == [("东镇", D(50000), D(47000)), ("西镇", D(54000), D(48000))]


@pytest.mark.parametrize("maker", [f12.ent_continued_sheet_with_its_own_unit,
                                   f12.ent_continued_sheet_with_units_in_its_header])
def test_ent_continued_sheet_in_its_own_unit(county_full: Config, maker: Callable[[Path], Path]) -> None:
    accepted(take(county_full, maker), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output") == [
        (D(110000), D(100000))]


@pytest.mark.parametrize("maker", [f12.land_month_sheets_last_in_yuan, f12.land_month_sheets_unit_in_the_header,
                                   f12.ent_sheet_per_township_one_in_yi, f12.ent_continued_sheet_with_its_own_unit,
                                   f12.ent_continued_sheet_with_units_in_its_header])
def test_sheets_in_different_units_are_said(county_full: Config, maker: Callable[[Path], Path]) -> None:
    # a return joined from sheets reads each sheet in its own unit (its 单位 line or its header's brackets): the
    # sheet whose figures were converted is told once, naming its unit, and no sheet is read in another's unit
    [o] = take(county_full, maker)
    assert o.status == "accepted"
    [p] = [p for p in o.problems if p.code == "unit_converted"]
    assert p.severity == "info" and ("按亿元填写，已换算为万元" in p.message or "按元填写，已换算为万元" in p.message)
    assert p.sheet in ("6月", "西镇", "第2页", "续表")
    assert not [p for p in o.problems if p.code == "units_differ" or p.severity == "error"]


def test_label_cards_each_in_its_own_unit(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_label_cards_one_in_yuan), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output") == [
        (D(100000), D(92000))]


def test_land_month_sheet_with_its_own_column_order(county_full: Config) -> None:
    accepted(take(county_full, f12.land_month_sheets_last_with_columns_swapped), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, "select sum(area_mu), sum(amount) from cur_factors") == [(D(85), D(2550))]


def test_ent_township_sheet_with_its_own_column_order(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_sheet_per_township_columns_swapped), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output") == [
        (D(104000), D(95000))]


def test_label_cards_each_with_units_in_its_labels(county_full: Config) -> None:
    accepted(take(county_full, f12.ent_label_cards_one_with_units_in_labels), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select sum(output_month), sum(output_cum), sum(output_cum_last_year) "
                            "from cur_enterprise_output") == [(D(16300), D(100000), D(92000))]


def test_ent_township_sheet_left_from_may_is_asked(county_full: Config) -> None:
    """「西镇」 is last month's sheet (title and column 1-5月): asked, both sheets named; nothing filed as June."""
    o = rejected(take(county_full, f12.ent_sheet_per_township_one_stale_may))
    [p] = [p for p in o.problems if p.code == "ambiguous_sheet"]
    assert "「西镇」" in p.line() and "「东镇」" in p.line()
    assert one(county_full, "select count(*) from cur_enterprise_output") == 0
