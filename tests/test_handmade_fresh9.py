"""Hand-made returns, round 9 (tests/handmade/fresh9.py): a hostile round by fresh eyes, on returns nobody here
had seen — units typed into cells, rates as 0.08 beside ``8%`` and 8, negatives as ``−``, ``△`` and ``( )``,
ranges and guesses, dates and counts in words, a header repeated at a page break, a 续表 sheet, the period only
in the sheet's tab, a 合计 that does not add up, a figure merged over two rows, quote prefixes and Alt+Enter,
a protected sheet, an .xlsm, a GBK .csv, ``新建 Microsoft Excel 工作表.xlsx``, nil returns and a June return
still holding May's figures — each read through the real pipeline (``take``: inbox → ingest → DuckDB, no
Prefect) into a fresh county in its first year, and four uploaded through the 报送平台.

Acceptable outcomes are "read as a person reads it" or, where the return is truly ambiguous, "refused or asked
with a Chinese message naming the cell"; what beizeng gets WRONG is marked ``xfail(strict=True)`` with what it
does today (the silent ones first in each section), so the mark must go when the reader learns it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.store.session import open_published
from beizeng.web.store import Store
from tests.handmade import fresh9 as f9
from tests.test_handmade import accepted, column, drop, ind, one, said, sql, take
from tests.test_web_flow import ready

D = Decimal




# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def test_june_return_still_holding_mays_cumulatives_is_said(county_full: Config, tmp_path: Path) -> None:
    may, june = f9.ent_may_then_june_cumulative_only_unchanged(tmp_path)
    accepted(drop(county_full, may), "enterprise_output", "统计局", "2026-05", 3)
    [o] = [o for o in drop(county_full, june) if o.period == "2026-06"]
    assert [(c, cell) for c, cell, _ in said(o, "warning") if c == "same_as_previous"] == [("same_as_previous", "G4")] or \
        o.status != "accepted", said(o, "warning", "info")


def test_june_return_with_mays_figures_and_a_month_column_is_warned(county_full: Config, tmp_path: Path) -> None:
    may, june = f9.ent_may_then_june_still_carrying_mays_figures(tmp_path)
    accepted(drop(county_full, may), "enterprise_output", "统计局", "2026-05", 3)
    [o] = [o for o in drop(county_full, june) if o.period == "2026-06"]
    assert o.status == "accepted"
    warned = [(c, cell) for c, cell, m in said(o, "warning") if "1-5月" in m]
    # the copy said once for the return (the first 1-N月 cell), and each 本月 that is not 1-6月 less 1-5月
    assert warned == [("same_as_previous", "I4"), ("month_mismatch", "H4"), ("month_mismatch", "H5"),
                      ("month_mismatch", "H6")]


def test_names_broken_by_alt_enter_are_one_name(county_full: Config) -> None:
    accepted(take(county_full, f9.ent_apostrophes_spaces_and_newlines), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "name") == ["东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司"]


def test_quote_prefixes_spaces_and_newlines_in_figures(county_full: Config) -> None:
    accepted(take(county_full, f9.ent_apostrophes_spaces_and_newlines), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("50000")]
    assert column(county_full, "enterprise_output", "uscc")[0] == f9.U[900]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_a_table_continued_on_a_second_sheet_is_one_return(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_continued_on_a_second_sheet), "enterprise_output", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("110000")
    assert ind(county_full, "output_cum") == pytest.approx(11.0)
    assert sql(county_full, "select sheet, excel_row from cur_enterprise_output order by uscc") == [
        ("规上企业", 4), ("规上企业", 5), ("规上企业", 6), ("续表", 3), ("续表", 4)]
    [joined] = [line for code, _, line in said(o, "info") if code == "sheets_joined"]
    assert "「规上企业」、「续表」" in joined and "续表" in joined


def test_an_enterprise_on_both_pages_is_asked_naming_both_sheets(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: f9.ent_continued_on_a_second_sheet(folder, repeat=True))
    assert o.status == "rejected"
    [(code, cell, line)] = said(o, "error")
    assert (code, cell) == ("duplicate_key", "C3") and "「续表」" in line and "「规上企业」第6行" in line


def test_a_continued_sheet_without_a_header_is_read_in_the_first_sheets_columns(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_continued_without_a_header), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select sheet, excel_row, output_cum, output_cum_last_year from cur_enterprise_output "
                            "order by uscc")[3:] == [("续表1", 1, D("4000"), D("3000")), ("续表1", 2, D("6000"), D("5000"))]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("110000")
    assert not [p for p in o.problems if p.code == "sheet_not_read"]


def test_a_continued_sheet_whose_columns_do_not_line_up_is_asked(county_full: Config, tmp_path: Path) -> None:
    [o] = take(county_full, lambda folder: f9.ent_continued_without_a_header(folder, shifted=True))
    assert o.status == "rejected"
    [(code, _, line)] = said(o, "error")
    assert code == "ambiguous_sheet" and "「续表1」" in line and "表头" in line
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]


def test_a_total_on_the_last_page_is_checked_against_both_pages(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_continued_with_the_total_on_the_second_page), "enterprise_output", "统计局",
                 "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("110000")
    assert [(p.code, p.sheet, p.row) for p in o.problems if p.code in ("total_row", "total_mismatch")] == [
        ("total_row", "第2页", 4)]


def test_a_total_on_the_last_page_counting_that_page_only_is_said(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: f9.ent_continued_with_the_total_on_the_second_page(folder, total=10000))
    assert o.status == "accepted" and o.rows == 5
    [p] = [p for p in o.problems if p.code == "total_mismatch"]
    assert (p.sheet, p.cell) == ("第2页", "I4") and "各行合计为 110000" in p.message.replace(",", "")


def test_an_enterprise_stopped_merged_across_its_figures_is_asked_once(county_full: Config) -> None:
    [o] = take(county_full, f9.ent_stopped_merged_across_its_figures)
    assert o.status == "rejected"
    [(code, cell, line)] = said(o, "error")
    assert (code, cell) == ("row_in_words", "H6") and "H6:K6" in line and "停产" in line and "西岭建材" in line


def test_units_typed_in_cells_are_converted_to_wanyuan(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_units_typed_in_cells), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_month, output_cum, output_cum_last_year, revenue_cum "
                            "from cur_enterprise_output order by excel_row") == [
        (D("5000"), D("30000"), D("25000"), D("33000")), (D("3300"), D("20000"), D("22000"), D("21000")),
        (D("8000"), D("50000"), D("45000"), D("52000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert "unit_in_cell_converted" in {c for c, _, _ in said(o, "info")}


def test_a_header_repeated_after_a_page_break_is_not_an_enterprise(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_header_repeated_after_a_page_break), "enterprise_output", "统计局",
                 "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("110000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == D("100000")
    assert ("repeated_header", "第7行") in [(c, cell) for c, cell, _ in said(o, "info")]


def test_the_period_written_only_on_the_sheet_tab(county_full: Config) -> None:
    accepted(take(county_full, f9.ent_period_only_in_the_sheet_tab), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("50000")]
    assert column(county_full, "enterprise_output", "output_cum_last_year") == [D("25000"), D("22000"), D("45000")]


def test_period_in_chinese_numerals_is_june(county_full: Config) -> None:
    accepted(take(county_full, f9.ent_period_in_chinese_numerals), "enterprise_output", "统计局", "2026-06", 3)
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_year_in_chinese_numerals_is_read_not_guessed(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_period_in_chinese_numerals), "enterprise_output", "统计局", "2026-06", 3)
    assert "year_inferred" not in {c for c, _, _ in said(o, "info", "warning")}


def test_a_total_row_that_does_not_add_up_is_said_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, f9.ent_total_row_that_does_not_add_up), "enterprise_output", "统计局", "2026-06", 3)
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    [(code, message)] = [(c, m) for c, cell, m in said(o, "warning") if cell == "I7"]
    assert code == "total_mismatch" and "110000" in message and "100,000" in message


def test_an_xlsm_is_read_as_a_workbook(county_full: Config) -> None:
    accepted(take(county_full, f9.ent_saved_as_xlsm), "enterprise_output", "统计局", "2026-06", 3)
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_a_gbk_csv_from_wps_is_refused_with_the_fix(county_full: Config) -> None:
    [o] = take(county_full, f9.ent_csv_from_wps_in_gbk)
    assert o.status == "rejected"
    [(code, _, message)] = said(o, "error")
    assert code == "unsupported_type" and ".xlsx" in message and "另存为" in message


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

def test_city_negatives_with_unicode_minus_and_brackets(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: f9.city_negatives_in_four_styles(folder, triangle=False)),
             "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, fai_yoy_pct, tech_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("-3.2"), D("4.2")), ("测试县", D("-16.3"), D("20")), ("甲县", D("3"), D("-3.2")),
        ("乙县", D("-20.1"), D("10")), ("丙县", D("-5.2"), D("-3.2"))]
    assert ind(county_full, "fai_city_rank") == 3


def test_city_triangle_for_a_fall_is_asked_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, f9.city_negatives_in_four_styles)
    assert o.status == "rejected"
    [(code, cell, message)] = said(o, "error")
    assert (code, cell) == ("not_a_number", "K6") and "△3.2" in message and "正负号" in message


def test_city_county_not_published_merged_across_is_read_empty(county_full: Config) -> None:
    accepted(take(county_full, f9.city_county_not_published_merged_across), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum, va_yoy_pct from cur_city_comparison where county = '丙县'") == [
        (None, None)]
    assert ind(county_full, "va_city_rank") == 2


def test_city_county_not_published_is_said_once_naming_the_merge(county_full: Config) -> None:
    [o] = take(county_full, f9.city_county_not_published_merged_across)
    [(code, cell, line)] = said(o, "error", "warning")
    assert (code, cell) == ("row_not_published", "B8")
    assert "B8:K8" in line and "丙县" in line and "数据暂未公布" in line and "不按0" in line


@pytest.mark.parametrize(("dash", "written", "where"), [(False, "暂未公布", "B8写的是"), (True, "—", "B8:K8")])
def test_city_county_not_published_in_one_cell_or_merged_dash(county_full: Config, dash: bool, written: str,
                                                             where: str) -> None:
    o = accepted(take(county_full, lambda folder: f9.city_county_not_published_in_one_cell(folder, merged_dash=dash)),
                 "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum, output_cum_last_year, va_yoy_pct, tech_yoy_pct from cur_city_comparison "
                            "where county = '丙县'") == [(None, None, None, None)]
    assert sql(county_full, "select county, city_rank from city_ranks where measure = 'va' order by county") == [
        ("丙县", None), ("乙县", 3), ("测试县", 2), ("甲县", 1)]
    [(code, cell, line)] = said(o, "error", "warning")
    assert (code, cell) == ("row_not_published", "B8") and where in line and f"“{written}”" in line


def test_city_rates_as_fractions_text_and_plain(county_full: Config) -> None:
    accepted(take(county_full, f9.city_rates_in_three_styles), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("8.6"), D("6")), ("测试县", D("8.7"), D("6.5")), ("甲县", D("11.1"), D("7.2")),
        ("乙县", D("7.1"), D("5.1")), ("丙县", D("7.1"), D("4"))]
    assert ind(county_full, "va_city_rank") == 2


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

def test_fai_nil_return_one_line_under_the_header(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_nil_return_one_line), "fai_projects", "西镇", "2026-06", 0)


def test_fai_nil_return_without_a_table(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_nil_return_without_a_table), "fai_projects", "东镇", "2026-06", 0)


def test_fai_start_date_month_dot_day_without_a_year(county_full: Config) -> None:
    [o] = take(county_full, f9.fai_dates_in_words)
    assert "J7" not in {cell for _, cell, _ in said(o, "error")}
    assert [line for code, _, line in said(o, "info") if code == "year_supplied"] == [
        "[说明] 东镇工业投资月报2026年6月.xlsx 工作表「项目表」：「开工日期」第7行“3.15”没有写明年份，按报表年度2026年推算。"
        "请写全日期（如 2026-03-15）；确是本年的可不修改（year_supplied）"]


def test_fai_start_date_in_late_june_is_asked_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, f9.fai_dates_in_words)
    assert o.status == "rejected"
    assert ("not_a_date", "J6") in [(c, cell) for c, cell, _ in said(o, "error")]
    assert "J4" not in {cell for _, cell, _ in said(o, "error")} and "J5" not in {cell for _, cell, _ in said(o, "error")}


def test_fai_dates_in_chinese_numerals_and_month_only(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: f9.fai_dates_in_words(folder, unpinned=False)), "fai_projects", "东镇",
                 "2026-06", 4)
    assert column(county_full, "fai_projects", "start_date") == [
        dt.date(2026, 3, 1), dt.date(2026, 4, 10), dt.date(2026, 6, 25), dt.date(2026, 3, 15)]
    assert column(county_full, "fai_projects", "started") == [True, True, True, True]
    assert "month_as_first" in {c for c, _, _ in said(o, "info")}


def test_fai_ranges_and_guesses_are_asked_cell_by_cell(county_full: Config) -> None:
    [o] = take(county_full, f9.fai_guesses_and_ranges)
    assert o.status == "rejected"
    errors = {cell: m for _, cell, m in said(o, "error")}
    assert set(errors) == {"G4", "G5", "H4"}
    assert "3-5亿" in errors["G5"] and "约2000" in errors["G4"] and "200+" in errors["H4"]
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_fai_figure_merged_over_two_rows_is_asked_never_counted_twice(county_full: Config) -> None:
    [o] = take(county_full, f9.fai_figure_cell_merged_over_two_rows)
    assert o.status == "rejected"
    [(code, cell, message)] = said(o, "error")
    assert (code, cell) == ("merged_figure", "H5") and "第4行" in message and "取消合并" in message


def test_fai_month_written_back_as_negatives_is_read(county_full: Config) -> None:
    """A 统计核减 month is a negative 本月 (the 1-6月 already reduced): read and said on each cell, never refused."""
    o = accepted(take(county_full, f9.fai_month_written_back_as_negatives), "fai_projects", "东镇", "2026-06", 3)
    assert column(county_full, "fai_projects", "invest_month") == [D("-50"), D("-30"), D("100")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.212)
    assert [(code, cell) for code, cell, _ in said(o, "warning") if code == "negative_month"] == [
        ("negative_month", "L4"), ("negative_month", "L5")]


def test_a_negative_cumulative_is_still_refused(county_full: Config, tmp_path: Path) -> None:
    """核减 reduces the 1-6月 累计, it never takes it below 0: a negative cumulative stays an error on its cell."""
    from openpyxl import load_workbook
    path = f9.fai_month_written_back_as_negatives(tmp_path)
    wb = load_workbook(path)
    wb.active["M5"] = "-20"
    wb.save(path)
    [o] = drop(county_full, path)
    assert o.status == "rejected" and ("greater_than_or_equal_to", "M5") in [(c, cell) for c, cell, _ in said(o, "error")]


def test_fai_negatives_in_minus_and_brackets_are_read_as_negatives(county_full: Config) -> None:
    [o] = take(county_full, f9.fai_month_written_back_as_negatives)
    warned = [line for code, _, line in said(o, "warning") if code == "negative_month"]
    assert "填的是“−50”，本月为负数 -50（万元）：按统计核减" in warned[0] and "填的是“(30)”，本月为负数 -30（万元）" in warned[1]
    # the fix asks nothing the form cannot hold (备注 is not read, and the 统计局 form has none)
    assert "确是统计核减的可不修改" in warned[0] and "备注" not in warned[0], warned[0]
    assert not said(o, "error")


def test_fai_protected_sheet_is_read(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_protected_sheet), "fai_projects", "西镇", "2026-06", 2)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("450")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)
    assert ind(county_full, "tech_cum") == pytest.approx(0.045)


def test_fai_file_named_new_microsoft_excel_worksheet(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_file_named_new_workbook), "fai_projects", "东镇", "2026-06", 2)
    assert column(county_full, "fai_projects", "invest_cum") == [D("1200"), D("600")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.18)


def test_fai_serials_in_chinese_numerals_are_projects(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_serials_in_chinese_numerals), "fai_projects", "西镇", "2026-06", 3)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("450"), D("200")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.145)


# ---------------------------------------------------------------------------------------------
# 企业培育台账, 招商引资项目台账
# ---------------------------------------------------------------------------------------------

def test_cultivation_grants_with_units_and_dates_in_chinese_numerals(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: f9.cultivation_grants_in_words_and_units(folder, capitals=False)),
             "cultivation", "工信局", "2026-06", 4)
    assert column(county_full, "cultivation", "grant_amount") == [D("20"), D("20"), D("5"), D("100")]
    assert column(county_full, "cultivation", "status_date")[:2] == [dt.date(2026, 3, 15), dt.date(2026, 4, 10)]


def test_cultivation_grant_in_capital_numerals_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f9.cultivation_grants_in_words_and_units)
    assert o.status == "rejected"
    [(code, cell, message)] = said(o, "error")
    assert (code, cell) == ("not_a_number", "I5") and "大写" in message


def test_cultivation_two_types_in_one_cell_is_asked_on_it(county_full: Config) -> None:
    [o] = take(county_full, f9.cultivation_two_types_in_one_cell)
    assert o.status == "rejected"
    [(_, cell, message)] = said(o, "error")
    assert cell == "E4" and "高新技术企业、科技型中小企业" in message


def test_attraction_amounts_in_yi_typed_in_cells(county_full: Config) -> None:
    accepted(take(county_full, f9.attraction_amounts_in_yi_typed_in_cells), "attraction", "招商局", "2026-06", 3)
    assert column(county_full, "attraction", "total_investment") == [D("50000"), D("12000"), D("8000")]
    assert column(county_full, "attraction", "funds_in_place") == [D("20000"), D("0"), D("3000")]


def test_attraction_titled_first_half_year(county_full: Config) -> None:
    accepted(take(county_full, f9.attraction_titled_first_half_year), "attraction", "招商局", "2026-06", 3)
    assert one(county_full, "select sum(total_investment) from cur_attraction") == D("70000")
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == D("23000")


def test_attraction_ranges_are_asked_never_made_up(county_full: Config) -> None:
    [o] = take(county_full, f9.attraction_ranges_and_guesses)
    assert o.status == "rejected"
    assert {cell for _, cell, _ in said(o, "error")} == {"H4", "H5", "H6"}
    assert sql(county_full, "select count(*) from cur_attraction") == [(0,)]


# ---------------------------------------------------------------------------------------------
# 要素保障, 目标任务, 进展说明
# ---------------------------------------------------------------------------------------------

def test_land_with_units_typed_in_cells(county_full: Config) -> None:
    accepted(take(county_full, f9.factors_land_with_units_in_cells), "factors", "自然资源局", "2026-06", 3)
    assert column(county_full, "factors", "area_mu") == [D("25"), D("12.5"), D("8")]
    assert column(county_full, "factors", "amount") == [D("750"), D("375"), D("240")]
    assert ind(county_full, "land_area_mu") == pytest.approx(45.5)
    assert ind(county_full, "land_parcels") == 3


def test_land_nil_return_is_a_valid_return(county_full: Config) -> None:
    o = accepted(take(county_full, f9.factors_nil_land_return), "factors", "自然资源局", "2026-06", 0)
    assert ("empty_return", "A4") in [(c, cell) for c, cell, _ in said(o, "info")]


def test_target_rate_as_a_fraction_with_a_percent_format(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: f9.targets_rates_in_three_styles(folder, yi_typed=False)), "targets",
             "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("output_target", D("24")), ("tech_target_pct", D("12")), ("va_target_pct", D("8"))]


def test_target_typed_24yi_in_a_yi_row(county_full: Config) -> None:
    accepted(take(county_full, f9.targets_rates_in_three_styles), "targets", "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("output_target", D("24")), ("tech_target_pct", D("12")), ("va_target_pct", D("8"))]


def test_target_counts_in_chinese_numerals_are_asked_per_cell(county_full: Config) -> None:
    [o] = take(county_full, f9.targets_counts_in_chinese_numerals)
    assert o.status == "rejected"
    errors = said(o, "error")
    assert [cell for _, cell, _ in errors] == ["C5", "C6"]
    assert "五户" in errors[0][2] and "一家" in errors[1][2]


def test_progress_rates_as_fraction_text_and_plain(county_full: Config) -> None:
    accepted(take(county_full, f9.progress_rates_in_three_styles), "progress_notes", "工信局", "2026-06", 3)
    assert column(county_full, "progress_notes", "figure_pct") == [D("85"), D("60"), D("45")]


# ---------------------------------------------------------------------------------------------
# Through the 报送平台
# ---------------------------------------------------------------------------------------------

def upload(web: tuple[TestClient, Store], sender: str, path: Path) -> str:
    """The sender logs in and uploads one file; the result page."""
    client, store = web
    csrf = ready(client, store, sender)
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))])
    assert r.status_code == 200, r.text
    return r.text


def published(cfg: Config, query: str) -> list[tuple[object, ...]]:
    con = open_published(cfg)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_web_an_xlsm_is_taken(web: tuple[TestClient, Store], county_full: Config, tmp_path: Path) -> None:
    page = upload(web, "统计局", f9.ent_saved_as_xlsm(tmp_path))
    assert "已入库" in page and "退回" not in page
    assert published(county_full, "select sum(output_cum) from cur_enterprise_output") == [(D("100000"),)]


def test_web_amounts_in_yi_typed_in_cells(web: tuple[TestClient, Store], county_full: Config, tmp_path: Path) -> None:
    page = upload(web, "招商局", f9.attraction_amounts_in_yi_typed_in_cells(tmp_path))
    assert "已入库" in page and "退回" not in page
    assert published(county_full, "select sum(total_investment), sum(funds_in_place) from cur_attraction") == [
        (D("70000"), D("23000"))]


def test_web_a_triangle_is_asked_on_its_cell(web: tuple[TestClient, Store], county_full: Config,
                                             tmp_path: Path) -> None:
    page = upload(web, "统计局", f9.city_negatives_in_four_styles(tmp_path))
    assert "退回：有错误，未入库。" in page and 'data-cell="K6"' in page and "△3.2" in page


def test_web_a_nil_return_is_taken(web: tuple[TestClient, Store], county_full: Config, tmp_path: Path) -> None:
    page = upload(web, "西镇", f9.fai_nil_return_one_line(tmp_path))
    assert "已入库" in page and "退回" not in page
