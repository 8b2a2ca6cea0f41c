"""Hand-made returns, round 8 (tests/handmade/fresh8.py): a hostile round by fresh eyes — classes nobody had
tried (the statistics platform's exports, a year's returns as a sheet per month, corrections and copies,
outlines, filters, comments, rich text, invisible spaces, Excel error values, rows split over two lines …),
each read through the real pipeline (``take``: inbox → ingest → DuckDB, no Prefect) into a fresh county in its
first year, and four uploaded through the 报送平台 (the app's HTTP client).

Acceptable outcomes are "read as a person reads it" or, where the return is truly ambiguous, "refused or asked
with a Chinese message naming the cell"; what beizeng gets WRONG (a silently wrong figure, a row lost, a
refusal of what a person reads without hesitation, a message that names the wrong cell or that the clerk
cannot act on) is marked ``xfail(strict=True)`` with what it does today, so the mark must go when the reader
learns it.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.store.session import open_published
from beizeng.web.store import Store
from tests.conftest import ingest
from tests.handmade import fresh8 as f8
from tests.test_handmade import accepted, column, drop, ind, one, said, sql, take
from tests.test_web_flow import ready

D = dt.date




# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报: the statistics platform's exports, a year of sheets, outlines, corrections
# ---------------------------------------------------------------------------------------------

def test_platform_export_in_thousands_is_read_in_wanyuan(county_full: Config) -> None:
    o = accepted(take(county_full, f8.ent_platform_export_in_thousands), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select name, township, industry_code, sei, output_month, output_cum, output_cum_last_year, "
                            "revenue_cum from cur_enterprise_output order by excel_row") == [
        ("东方光伏科技有限公司", "东镇", "3825", True, Decimal("5000"), Decimal("30000"), Decimal("25000"), Decimal("33000")),
        ("东关饲料有限公司", "东镇", "1329", False, Decimal("3300"), Decimal("20000.5"), Decimal("22000"), Decimal("21000")),
        ("西岭建材有限公司", "西镇", "3021", False, Decimal("8000"), Decimal("50000"), Decimal("45000"), Decimal("52000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.00005)
    assert ind(county_full, "sei_count") == 1
    assert ("annex_row", "第7行") in [(c, cell) for c, cell, _ in said(o, "info")]  # 甲 乙 丙 … is not a row


def test_platform_export_entry_month_headed_rutong_nianyue(county_full: Config) -> None:
    o = accepted(take(county_full, f8.ent_platform_export_in_thousands), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "entered_month") == ["2019-05", "2018-06", "2020-01"]
    assert [c for c, _, _ in said(o, "warning")] == []
    assert ind(county_full, "new_above_scale") == 0


def test_platform_one_enterprise_indicator_table(county_full: Config) -> None:
    accepted(take(county_full, f8.ent_platform_one_enterprise_table), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, "select uscc, name, township, industry_code, sei, output_month, output_cum, "
                            "output_cum_last_year, revenue_cum from cur_enterprise_output") == [
        (f8.U[800], "东方光伏科技有限公司", "东镇", "3825", True, Decimal("5000"), Decimal("30000"), Decimal("25000"),
         Decimal("33000"))]


def test_a_sheet_per_month_reads_june_and_says_the_earlier_sheets(county_full: Config) -> None:
    outcomes = take(county_full, f8.ent_a_sheet_per_month)
    june = [o for o in outcomes if o.period == "2026-06"]
    o = accepted(june, "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output where period = '2026-06'") == [("6月",)]
    assert column(county_full, "enterprise_output", "output_cum", "period = '2026-06'") == [
        Decimal("30000"), Decimal("18000"), Decimal("48000")]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output where period = '2026-06'") == \
        Decimal("84000")
    assert ind(county_full, "output_cum") == pytest.approx(9.6)
    # the May sheet is never June: either loaded as 2026-05 with its own figures, or named as not read
    may = sql(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-05'")
    chosen = " ".join(m for c, _, m in said(o, "info", "warning") if c == "sheet_chosen")
    assert may == [(Decimal("80000"),)] or "5月" in chosen


def test_outline_collapsed_to_subtotals_reads_the_hidden_enterprises(county_full: Config) -> None:
    o = accepted(take(county_full, f8.ent_outline_collapsed_to_subtotals), "enterprise_output", "统计局", "2026-06", 4)
    assert column(county_full, "enterprise_output", "name") == [
        "东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司", "西镇矿业有限公司"]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("104000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("95000")
    assert {c for c, _, _ in said(o, "info")} >= {"subtotal_row", "total_row"}
    assert ind(county_full, "output_cum") == pytest.approx(10.4)


def test_a_correction_sent_the_next_day_replaces_the_first(county_full: Config, tmp_path: Path) -> None:
    first, correction = f8.ent_first_and_correction(tmp_path)
    accepted(drop(county_full, first), "enterprise_output", "统计局", "2026-06", 3)
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    accepted(drop(county_full, correction), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [Decimal("30000"), Decimal("20000"),
                                                                     Decimal("52000")]
    assert ind(county_full, "output_cum") == pytest.approx(10.2)


def test_a_correction_of_one_row_only_keeps_the_other_rows(county_full: Config, tmp_path: Path) -> None:
    first, correction = f8.ent_correction_of_one_row_only(tmp_path)
    accepted(drop(county_full, first), "enterprise_output", "统计局", "2026-06", 3)
    [o] = drop(county_full, correction)
    total = one(county_full, "select sum(output_cum) from cur_enterprise_output")
    asked = o.status != "accepted" and bool(said(o, "error"))  # "is this the whole return?" is acceptable too
    assert total == Decimal("102000") or (asked and total == Decimal("100000"))


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比: error values, brackets, a platform export with area codes
# ---------------------------------------------------------------------------------------------

def test_city_error_values_are_never_read_as_zero(county_full: Config) -> None:
    accepted(take(county_full, f8.city_error_values_brackets_frozen), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum, output_cum_last_year, output_yoy_pct, va_yoy_pct, fai_cum, "
                            "fai_cum_last_year, fai_yoy_pct, tech_cum, tech_yoy_pct from cur_city_comparison "
                            "where county = '测试县'") == [
        (Decimal("100000"), Decimal("92000"), Decimal("8.7"), Decimal("6.5"), Decimal("6700"), Decimal("8000"),
         Decimal("-16.3"), Decimal("1200"), Decimal("20"))]
    assert sql(county_full, "select county, output_yoy_pct, tech_yoy_pct from cur_city_comparison "
                            "where county in ('乙县', '丙县') order by county") == [
        ("丙县", None, Decimal("25")), ("乙县", Decimal("7.1"), None)]
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3
    assert ind(county_full, "va_city_avg_pct") == pytest.approx(6.0)


def test_city_error_values_are_said_on_their_cells(county_full: Config) -> None:
    [o] = take(county_full, f8.city_error_values_brackets_frozen)
    named = {cell for _, cell, _ in said(o, "error", "warning")}
    assert {"D8", "J7", "K7"} <= named


def test_city_tech_last_year_headed_in_short(county_full: Config) -> None:
    [o] = take(county_full, f8.city_error_values_brackets_frozen)
    assert column(county_full, "city_comparison", "tech_cum_last_year") == [
        Decimal("7273"), Decimal("1000"), Decimal("2300"), None, Decimal("2000")]
    assert "missing_column_skews" not in {c for c, _, _ in said(o, "warning")}


def test_city_platform_export_with_area_codes_and_column_numbers(county_full: Config) -> None:
    accepted(take(county_full, f8.city_platform_export_with_area_codes), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_cum, output_cum_last_year, output_yoy_pct, va_yoy_pct, fai_yoy_pct "
                            "from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("630000"), Decimal("580000"), Decimal("8.6"), Decimal("6"), Decimal("-5")),
        ("测试县", Decimal("100000"), Decimal("92000"), Decimal("8.7"), Decimal("6.5"), Decimal("-16.3")),
        ("甲县", Decimal("200000"), Decimal("180000"), Decimal("11.1"), Decimal("7.2"), Decimal("3")),
        ("乙县", Decimal("150000"), Decimal("140000"), Decimal("7.1"), Decimal("5.1"), Decimal("-20.1")),
        ("丙县", Decimal("180000"), Decimal("168000"), Decimal("7.1"), Decimal("4"), Decimal("1"))]
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3
    assert ind(county_full, "output_city_rank") == 2


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报: versions, names, split rows, serials, notes and invisible characters
# ---------------------------------------------------------------------------------------------

def test_the_revised_version_stands_over_the_first(county_full: Config, tmp_path: Path) -> None:
    for p in f8.fai_two_versions_revised_named(tmp_path):
        shutil.copy2(p, county_full.inbox / p.name)
    outcomes = {o.file: o for o in ingest(county_full)}
    assert column(county_full, "fai_projects", "invest_cum") == [Decimal("800"), Decimal("450")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)
    [(code, _, message)] = said(outcomes["西镇6月工业投资报表-修订版.xlsx"], "warning")
    assert code == "version_by_words"
    assert "「西镇6月工业投资报表-修订版.xlsx」" in message and "「西镇6月工业投资报表.xlsx」" in message
    assert "仍以「西镇6月工业投资报表-修订版.xlsx」为准" in message


def test_two_downloads_of_one_return_are_never_added(county_full: Config, tmp_path: Path) -> None:
    for p in f8.fai_copies_named_one_and_plain(tmp_path):
        shutil.copy2(p, county_full.inbox / p.name)
    outcomes = ingest(county_full)
    assert {(o.form, o.sender, o.period) for o in outcomes} == {("fai_projects", "东镇", "2026-06")}
    assert column(county_full, "fai_projects", "invest_cum") == [Decimal("1260"), Decimal("600")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.186)


def test_file_name_month_against_the_title_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f8.fai_name_says_may_title_says_june)
    assert o.status == "rejected"
    [(code, _, message)] = said(o, "error")
    assert code == "ambiguous_period"
    assert "2026年6月" in message and "2026年5月" in message and "文件名" in message
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_rows_split_over_two_lines(county_full: Config) -> None:
    accepted(take(county_full, f8.fai_rows_split_over_two_lines), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select name, nature, total_investment, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        ("东镇年产5万吨高纯硅料扩能项目（一期）", "扩建", Decimal("10000"), Decimal("1200")),  # stored as typed, as on one row
        ("东镇乙包装材料技术改造项目", "改建和技术改造", Decimal("3000"), Decimal("600")),
        ("东镇丙仓储项目", "新建", Decimal("2000"), Decimal("300"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.21)


def test_serials_with_gaps_group_headings_and_qizhong_sub_rows(county_full: Config) -> None:
    o = accepted(take(county_full, f8.fai_serials_with_gaps_groups_and_sub_rows), "fai_projects", "西镇", "2026-06", 4)
    assert sql(county_full, "select excel_row, invest_cum from cur_fai_projects order by excel_row") == [
        (5, Decimal("800")), (6, Decimal("450")), (7, Decimal("200")), (9, Decimal("900"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.235)
    assert ind(county_full, "tech_cum") == pytest.approx(0.045)
    info = {(c, cell) for c, cell, _ in said(o, "info")}
    assert {("section_row", "第4行"), ("section_row", "第8行"), ("subtotal_row", "第10行"),
            ("subtotal_row", "第11行")} <= info


def test_notes_rich_text_and_non_breaking_spaces(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: f8.fai_notes_comments_rich_text_and_invisible_spaces(folder, False)),
             "fai_projects", "东镇", "2026-06", 3)
    names = column(county_full, "fai_projects", "name")
    assert names[:2] == ["东镇甲硅料扩能项目", "东镇乙包装技改项目"]
    assert str(names[2]).replace("\u00a0", " ") == "东镇丙 仓储项目"
    assert column(county_full, "fai_projects", "invest_cum") == [Decimal("1200"), Decimal("600"), Decimal("1500")]
    assert column(county_full, "fai_projects", "invest_month") == [Decimal("200"), Decimal("300"), Decimal("500")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.33)
    assert ind(county_full, "tech_cum") == pytest.approx(0.06)


def test_zero_width_spaces_pasted_into_a_figure_and_a_code(county_full: Config) -> None:
    accepted(take(county_full, f8.fai_notes_comments_rich_text_and_invisible_spaces), "fai_projects", "东镇", "2026-06",
             3)
    assert column(county_full, "fai_projects", "invest_cum") == [Decimal("1200"), Decimal("600"), Decimal("1500")]
    assert column(county_full, "fai_projects", "project_code")[0] == f8.pcode(14)


def test_a_comment_saying_the_figure_is_an_estimate_is_passed_on(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: f8.fai_notes_comments_rich_text_and_invisible_spaces(folder, False))
    assert any(cell == "M4" and "预估" in message for _, cell, message in said(o, "info", "warning", "error"))


def test_a_mac_workbook_in_the_1904_date_system(county_full: Config) -> None:
    accepted(take(county_full, f8.fai_mac_workbook_1904_dates), "fai_projects", "东镇", "2026-06", 3)
    assert column(county_full, "fai_projects", "start_date") == [D(2026, 3, 1), D(2026, 4, 15), D(2025, 11, 20)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.21)


def test_a_row_hidden_by_hand_is_never_counted_in_silence(county_full: Config) -> None:
    [o] = take(county_full, f8.fai_row_hidden_by_hand)
    counted = column(county_full, "fai_projects", "invest_cum")
    named = {cell for _, cell, _ in said(o, "error", "warning")}
    assert counted == [Decimal("800"), Decimal("200")] or any(re.fullmatch(r"第5行|[A-Z]+5", c) for c in named)


# ---------------------------------------------------------------------------------------------
# 企业培育台账, 招商引资项目台账
# ---------------------------------------------------------------------------------------------

def test_rows_hidden_by_a_filter_are_read_and_the_count_beside_is_not(county_full: Config) -> None:
    accepted(take(county_full, f8.cultivation_filtered_frozen_with_a_turned_count_beside), "cultivation", "工信局",
             "2026-06", 5)
    assert sql(county_full, "select name, ctype, status, status_date, grant_amount from cur_cultivation "
                            "order by excel_row") == [
        ("东镇新材料有限公司", "拟入规", "培育中", None, None),
        ("西镇农产品加工有限公司", "拟入规", "已入库", D(2026, 5, 20), None),
        ("东镇光电科技有限公司", "高新技术企业", "已认定", D(2026, 3, 15), Decimal("20")),
        ("西镇机械制造有限公司", "高新技术企业", "已认定", D(2026, 4, 10), Decimal("20")),
        ("东镇软件信息有限公司", "科技型中小企业", "申报中", D(2026, 5, 8), None)]


def test_dates_pasted_as_text_serials_and_a_rate_column_of_the_clerks(county_full: Config) -> None:
    accepted(take(county_full, f8.attraction_text_serial_dates_and_a_rate_column), "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select name, stage, signed_date, landed_date, started_date, total_investment, "
                            "funds_in_place from cur_attraction order by excel_row") == [
        ("光伏组件项目", "开工", D(2026, 3, 1), D(2026, 4, 1), D(2026, 6, 1), Decimal("50000"), Decimal("20000")),
        ("饲料深加工项目", "签约", D(2026, 4, 1), None, None, Decimal("8000"), Decimal("0")),
        ("新型墙材项目", "落户", D(2026, 3, 1), D(2026, 6, 1), None, Decimal("12000"), Decimal("3000"))]
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == Decimal("23000")
    progress = column(county_full, "attraction", "progress")
    assert str(progress[0]).startswith("6月1日举行开工仪式") and str(progress[2]).endswith("需协调用电")


# ---------------------------------------------------------------------------------------------
# 要素保障: a sheet per month, an error value, a register of two lines a parcel
# ---------------------------------------------------------------------------------------------

def test_land_supplied_kept_as_a_sheet_per_month_is_the_years_ledger(county_full: Config) -> None:
    o = accepted(take(county_full, f8.factors_land_a_sheet_per_month), "factors", "自然资源局", "2026-06", 3)
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(65.5)
    # every parcel keeps the sheet and row it was written on
    assert sql(county_full, "select parcel_code, sheet, excel_row from cur_factors order by event_date") == [
        ("DZ2026-01", "2月", 4), ("XZ2026-02", "3月", 4), ("DZ2026-03", "6月", 4)]
    assert "sheets_joined" in [c for c, _, _ in said(o, "info")]


def test_a_ref_error_in_an_amount_is_refused_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, f8.factors_funds_ref_error_and_formula_total)
    assert o.status == "rejected"
    assert [(c, cell) for c, cell, _ in said(o, "error")] == [("excel_error", "D8")]  # said as the #REF! it shows
    assert ("total_row", "第9行") in [(c, cell) for c, cell, _ in said(o, "info")]


def test_a_ref_error_is_told_as_an_error_value(county_full: Config) -> None:
    [o] = take(county_full, f8.factors_funds_ref_error_and_formula_total)
    [(_, _, message)] = said(o, "error")
    assert "#REF!" in message


def test_land_register_with_a_parcel_on_two_lines(county_full: Config) -> None:
    accepted(take(county_full, f8.factors_land_rows_split_name_then_figures), "factors", "自然资源局", "2026-06", 2)
    assert sql(county_full, "select name, parcel_code, event_date, township, area_mu, amount from cur_factors "
                            "order by excel_row") == [
        ("东镇光伏产业园地块", "DZ2026-11", D(2026, 3, 5), "东镇", Decimal("25"), Decimal("750")),
        ("西镇建材园地块", "XZ2026-12", D(2026, 5, 18), "西镇", Decimal("12.5"), Decimal("375"))]
    assert ind(county_full, "land_area_mu") == pytest.approx(37.5)


# ---------------------------------------------------------------------------------------------
# 目标任务, 重点工作进展
# ---------------------------------------------------------------------------------------------

def test_target_split_as_formulas_without_results_is_asked_per_cell(county_full: Config) -> None:
    [o] = take(county_full, f8.targets_quarters_as_formulas_without_results)
    assert (o.form, o.sender, o.period, o.status) == ("targets", "工信局", "2026", "rejected")
    errors = said(o, "error")
    assert [(c, cell) for c, cell, _ in errors] == [("formula_no_value", c) for c in ("D4", "E4", "F4", "G4")]
    assert all("没有保存公式的计算结果" in m and "打开" in m for _, _, m in errors)


def test_progress_rich_text_and_an_error_value(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: f8.progress_invisible_spaces_rich_text_and_an_error(folder, False)),
             "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select title, text, figure_pct from cur_progress_notes order by excel_row") == [
        ("标准化厂房建设提速", "标准化厂房已建成12万平方米，二期主体完工。", Decimal("85")),
        ("园区污水处理厂", "管网铺设过半。", None),
        ("要素保障不足", "用地指标紧张。", None)]


def test_progress_error_value_is_said_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: f8.progress_invisible_spaces_rich_text_and_an_error(folder, False))
    assert "E5" in {cell for _, cell, _ in said(o, "error", "warning")}


def test_progress_section_with_a_zero_width_space(county_full: Config) -> None:
    accepted(take(county_full, f8.progress_invisible_spaces_rich_text_and_an_error), "progress_notes", "工信局",
             "2026-06", 3)


# ---------------------------------------------------------------------------------------------
# Through the 报送平台
# ---------------------------------------------------------------------------------------------

def uploads(web: tuple[TestClient, Store], sender: str, paths: list[Path]) -> list[str]:
    """The sender logs in once and uploads the files one after the other; each result page."""
    client, store = web
    csrf = ready(client, store, sender)
    pages = []
    for path in paths:
        r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))])
        assert r.status_code == 200, r.text
        pages.append(r.text)
    return pages


def published(cfg: Config, query: str) -> list[tuple[object, ...]]:
    con = open_published(cfg)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_web_a_correction_uploaded_after_the_first_replaces_it(web: tuple[TestClient, Store], county_full: Config,
                                                               tmp_path: Path) -> None:
    first, correction = f8.ent_first_and_correction(tmp_path)
    pages = uploads(web, "统计局", [first, correction])
    assert all("已入库" in p and "退回" not in p for p in pages)
    assert published(county_full, "select sum(output_cum) from cur_enterprise_output") == [(Decimal("102000"),)]


def test_web_a_revised_version_uploaded_second_stands(web: tuple[TestClient, Store], county_full: Config,
                                                      tmp_path: Path) -> None:
    original, revised = f8.fai_two_versions_revised_named(tmp_path)
    pages = uploads(web, "西镇", [original, revised])
    assert all("已入库" in p for p in pages)
    assert published(county_full, "select invest_cum from cur_fai_projects order by excel_row") == [
        (Decimal("800"),), (Decimal("450"),)]


def test_web_formula_split_without_results_names_each_cell(web: tuple[TestClient, Store], county_full: Config,
                                                           tmp_path: Path) -> None:
    [page] = uploads(web, "工信局", [f8.targets_quarters_as_formulas_without_results(tmp_path)])
    assert "退回：有错误，未入库。" in page
    for cell in ("D4", "E4", "F4", "G4"):
        assert f'data-cell="{cell}"' in page
    assert "没有保存公式的计算结果" in page


def test_web_city_table_with_error_values_is_loaded_without_zeros(web: tuple[TestClient, Store], county_full: Config,
                                                                  tmp_path: Path) -> None:
    [page] = uploads(web, "统计局", [f8.city_error_values_brackets_frozen(tmp_path)])
    assert "已入库" in page and "退回" not in page
    assert published(county_full, "select county, output_yoy_pct from cur_city_comparison where county = '丙县'") == [
        ("丙县", None)]
