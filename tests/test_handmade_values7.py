"""Hand-made returns, round 7 (tests/handmade/values7.py): one clerk's whole return in that clerk's own habits —
each read through the real pipeline (``take``: inbox → ingest → DuckDB, no Prefect) into a fresh county in its
first year, and three uploaded through the 报送平台 (the app's HTTP client) whose page must say the same problems,
in Chinese, naming the cells.

Acceptable outcomes are "read as a person reads it" or, where the value is genuinely ambiguous, "refused with
a Chinese message naming the cell"; what beizeng gets WRONG (a wrong figure, or a refusal of what a person reads
without hesitation) is marked ``xfail(strict=True)`` with what it does today.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.store.session import open_published
from beizeng.web.store import Store
from tests.handmade import values7 as v7
from tests.test_handmade import accepted, column, ind, one, sql, take
from tests.test_web_flow import ready


def errors(o: Outcome) -> list[tuple[str, str]]:
    return sorted(((p.code, p.cell) for p in o.problems if p.severity == "error"),
                  key=lambda e: (int(re.sub(r"\D", "", e[1]) or 0), e[1]))  # by row, then column


def error_cells(o: Outcome) -> set[str]:
    return {p.cell for p in o.problems if p.severity == "error"}


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报
# ---------------------------------------------------------------------------------------------

def test_industry_codes_copied_from_four_places_and_flags_in_words(county_full: Config) -> None:
    accepted(take(county_full, v7.ent_codes_and_ticks), "enterprise_output", "统计局", "2026-06", 4)
    assert column(county_full, "enterprise_output", "industry_code") == ["3825", "13", "3011", "0610"]
    assert column(county_full, "enterprise_output", "sei") == [True, False, True, False]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("28000")
    assert ind(county_full, "output_cum") == pytest.approx(2.8)
    assert ind(county_full, "sei_count") == 2


def test_wan_suffix_in_a_wanyuan_column_is_not_taken_for_wanyuan(county_full: Config) -> None:
    """1.2万 beside 12,000 万元 figures is asked (1.2 万元, or 12,000 万元?), never stored as 1.2 万元."""
    [o] = take(county_full, v7.ent_wan_and_e_notation)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "enterprise_output", "统计局", "2026-06")
    assert errors(o) == [("unit_ambiguous", "F4"), ("unit_ambiguous", "G4")]
    [g4] = [p for p in o.problems if p.cell == "G4"]
    assert g4.sentence() == ("「1-N月累计工业总产值」填的是“1.2万”，本列以万元计，读作1.2万元，比本列其他数字小上千倍：是1.2万元，"
                             "还是12000万元（1.2万万元）。请按万元只填数字，如 12000 或 1.2")
    assert not [p for p in o.problems if p.code == "unit_in_cell_converted"]  # asked, not also "converted"
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]


def test_wan_typed_for_wanyuan_beside_figures_of_its_size_is_still_read(county_full: Config) -> None:
    """The other reading of 万 stays: 2,300万 in a 万元 ledger of 1,500 and 800 is 2,300 万元 (values6)."""
    from tests.handmade import values6 as v6

    accepted(take(county_full, v6.attraction_units_mixed_in_one_column), "attraction", "招商局", "2026-06", 7)
    assert one(county_full, "select total_investment from cur_attraction where excel_row = 4") == Decimal("2300")


def test_e_notation_and_separators_read_once_the_wan_cells_are_answered(county_full: Config) -> None:
    """The rows of ent_wan_and_e_notation that carry no 万: 12,000 / 1.2E+04 / 12000 and 2,000.00 / 2E+03 / 2000."""
    import openpyxl

    from tests.conftest import ingest

    path = v7.ent_wan_and_e_notation(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    wb.active["F4"], wb.active["G4"] = 2000, "12000"  # the clerk's answer to the two questions
    wb.save(path)
    accepted(ingest(county_full), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select output_month, output_cum from cur_enterprise_output order by excel_row") == [
        (Decimal("2000"), Decimal("12000"))] * 4
    assert ind(county_full, "output_cum") == pytest.approx(4.8)
    assert ind(county_full, "output_yoy_pct") == pytest.approx(20)


def test_formulas_whose_results_were_saved_are_read_and_the_total_row_is_checked(county_full: Config) -> None:
    o = accepted(take(county_full, v7.ent_formulas_with_saved_results), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [Decimal(x) for x in ("12000", "9000", "18000")]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("35000")
    assert ind(county_full, "output_cum") == pytest.approx(3.9)
    assert ind(county_full, "output_yoy_pct") == pytest.approx((39000 / 35000 - 1) * 100)
    assert [(p.code, p.severity) for p in o.problems if p.code in ("total_row", "total_mismatch")] == [
        ("total_row", "info")]


def test_last_months_cumulative_beside_this_months_is_not_a_question(county_full: Config) -> None:
    o = accepted(take(county_full, v7.ent_formulas_beside_last_months_cumulative), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [Decimal(x) for x in ("12000", "9000", "18000")]
    assert ind(county_full, "output_cum") == pytest.approx(3.9)
    assert [(p.severity, p.cell) for p in o.problems if p.code == "earlier_month_column"] == [("info", "G2")]
    assert not [p for p in o.problems if p.code in ("ambiguous_column", "extra_column") and p.col in (6, 7)]


def test_codes_with_spaces_and_apostrophes(county_full: Config) -> None:
    accepted(take(county_full, v7.ent_codes_with_spaces_and_apostrophes), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "uscc") == [v7.U[84], v7.U[85], v7.U[86]]
    assert column(county_full, "enterprise_output", "industry_code") == ["0610", "1329", "3825"]
    assert ind(county_full, "output_cum") == pytest.approx(2.5)


def test_european_separators_are_never_read_a_hundred_times_off(county_full: Config) -> None:
    [o] = take(county_full, v7.ent_separators_from_a_joint_venture)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "enterprise_output", "统计局", "2026-06")
    assert errors(o) == [("number_separator", c) for c in ("F3", "F4", "F6")]  # 3,600 on F5 is read
    [f3] = [p for p in o.problems if p.cell == "F3"]
    assert f3.sentence() == ("「1-N月累计工业总产值」填的是“1 200,50”，分隔符的位置不对，看不出逗号（或空格）是千分位还是小数点。"
                             "请小数点用“.”，千分位每3位一个“,”（如 1,200.50），或不用千分位直接填 1200.5")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报
# ---------------------------------------------------------------------------------------------

def test_formulas_without_saved_results_are_asked_once_per_cell(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_formulas_without_results)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "东镇", "2026-06")
    assert errors(o) == [("formula_no_value", c) for c in ("G4", "M4", "G5", "M5")]
    [m4] = [p for p in o.problems if p.cell == "M4"]
    assert m4.sentence() == ("「1-N月累计完成投资」此格是公式，但文件中没有保存公式的计算结果，读到的是空白。请用 Excel 或 WPS "
                             "打开文件，确认公式算出结果后保存，再报送（或直接填写数字）")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_whole_return_in_yuan_with_accountants_figures(county_full: Config) -> None:
    accepted(take(county_full, v7.fai_whole_return_in_yuan), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, "select total_investment, annual_plan, invest_month, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        (Decimal("3000"), Decimal("1200"), Decimal("100"), Decimal("600")),
        (Decimal("800"), Decimal("800"), Decimal("0"), Decimal("250"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.085)
    assert ind(county_full, "tech_cum") == pytest.approx(0.025)


def test_cheque_numerals_are_refused_on_their_cells(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_yuan_cell_and_cheque_numerals)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "东镇", "2026-06")
    assert error_cells(o) == {"G4", "F5"}
    [note] = [p for p in o.problems if p.code == "unit_in_cell_converted"]
    assert "第4行12000.00元" in note.message and "换算为万元" in note.message


def test_cheque_numerals_are_told_to_be_written_in_arabic_figures(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_yuan_cell_and_cheque_numerals)
    for cell in ("G4", "F5"):
        [p] = [p for p in o.problems if p.cell == cell]
        assert "大写" in p.message and "阿拉伯数字" in p.fix, p.sentence()


def test_a_cumulative_below_the_month_is_asked_within_the_row(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_month_above_cumulative)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "西镇", "2026-06")
    assert errors(o) == [("cum_below_month", "L4")]
    [p] = [p for p in o.problems if p.severity == "error"]
    assert p.sentence() == ("「1-N月累计完成投资」填的是“300”，1-6月累计 300 小于本月 500（万元）：累计数包含本月，不会比本月少。"
                            "请核对“1-N月累计完成投资”和“本月完成投资”是否填反或填错")


def test_key_project_flags_seven_ways_and_pasted_codes(county_full: Config) -> None:
    accepted(take(county_full, v7.fai_flags_seven_ways_and_pasted_codes), "fai_projects", "东镇", "2026-06", 7)
    assert column(county_full, "fai_projects", "is_key") == [True, False, True, False, True, False, True]
    assert column(county_full, "fai_projects", "project_code") == [v7.pcode(n) for n in range(9, 16)]
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(100)
    assert ind(county_full, "key_projects_in_stats_pct") == pytest.approx(100)
    assert ind(county_full, "fai_cum") == pytest.approx(0.07)


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比
# ---------------------------------------------------------------------------------------------

def test_growth_as_the_bulletin_prints_it(county_full: Config) -> None:
    """增长 8.1, ↓3.2, (1.5), +5.0 read; ▲3.2 (a rise, or an accountant's minus?) and 3.2个百分点 asked."""
    [o] = take(county_full, v7.city_signs_and_arrows)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "city_comparison", "统计局", "2026-06")
    assert errors(o) == [("not_a_number", "B4"), ("not_a_number", "C6")]
    [b4] = [p for p in o.problems if p.cell == "B4"]
    assert b4.sentence() == ("「规上工业总产值增速」填的是“▲3.2”，“▲”“▼”有的表表示增长、下降，有的表（会计）用“▲”表示负数，"
                             "看不出是哪一种。请用正负号填写，如 3.2 或 -3.2")


def test_growth_with_arrows_and_brackets_once_the_triangle_is_answered(county_full: Config) -> None:
    import openpyxl

    path = v7.city_signs_and_arrows(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    wb.active["B4"], wb.active["C6"] = "3.2", 3.2  # the clerk's answers to the two questions
    wb.save(path)
    from tests.conftest import ingest

    accepted(ingest(county_full), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("8.1"), Decimal("6.2")), ("测试县", Decimal("3.2"), Decimal("-1.5")),
        ("甲县", Decimal("-3.2"), Decimal("-3.2")), ("乙县", Decimal("12.5"), Decimal("3.2")),
        ("丙县", Decimal("5"), Decimal("0"))]
    assert ind(county_full, "va_city_rank") == 3


# ---------------------------------------------------------------------------------------------
# 企业培育台账
# ---------------------------------------------------------------------------------------------

def test_status_dates_five_styles(county_full: Config) -> None:
    """2026-6, 6/30/2026, 2026年6月30日, 26.6.30 and a serial read; 6/5/2026 (June 5 or May 6?) asked."""
    [o] = take(county_full, v7.cultivation_dates_five_styles)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "cultivation", "工信局", "2026-06")
    assert errors(o) == [("not_a_date", "F9")]
    [f9] = [p for p in o.problems if p.severity == "error"]
    assert f9.sentence() == "「状态日期」填的是“6/5/2026”，看不出是6月5日还是5月6日。请按 2026-06-05 的格式填写"


def test_status_dates_once_the_ambiguous_one_is_answered(county_full: Config) -> None:
    import openpyxl

    from tests.conftest import ingest

    path = v7.cultivation_dates_five_styles(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    wb.active["F9"] = "2026-06-05"
    wb.save(path)
    accepted(ingest(county_full), "cultivation", "工信局", "2026-06", 6)
    assert column(county_full, "cultivation", "status_date") == [dt.date(2026, 6, 1)] + [dt.date(2026, 6, 30)] * 4 + [
        dt.date(2026, 6, 5)]


def test_nothing_said_five_ways_in_an_optional_amount(county_full: Config) -> None:
    o = accepted(take(county_full, v7.cultivation_nothing_five_ways_and_spaced_codes), "cultivation", "工信局",
                 "2026-06", 6)
    assert column(county_full, "cultivation", "grant_amount") == [None, Decimal("0"), Decimal("0"), Decimal("0"), None,
                                                                  Decimal("50")]
    assert column(county_full, "cultivation", "uscc")[:2] == [v7.U[93], v7.U[94]]
    [note] = [p for p in o.problems if p.code == "nothing_as_zero"]
    assert note.sentence() == ("「奖补资金」第5、6行的“—”“/”“无”等按0读取（共2格）。如果其中某格不是0而是没有数据，"
                               "请填写实际数字")


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账
# ---------------------------------------------------------------------------------------------

def test_apostrophes_spaces_and_nothing_in_a_system_export(county_full: Config) -> None:
    accepted(take(county_full, v7.attraction_apostrophes_and_nothing), "attraction", "招商局", "2026-06", 6)
    assert column(county_full, "attraction", "total_investment") == [
        Decimal(x) for x in ("12000", "5000", "3000", "800", "600", "400")]
    assert column(county_full, "attraction", "funds_in_place") == [
        Decimal("500"), Decimal("300"), Decimal("0"), Decimal("0"), Decimal("0"), None]
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.08)


# ---------------------------------------------------------------------------------------------
# 要素保障
# ---------------------------------------------------------------------------------------------

def test_a_fund_ledger_in_yiyuan_with_a_cheque_figure(county_full: Config) -> None:
    [o] = take(county_full, v7.factors_funds_in_yiyuan)
    assert (o.form, o.sender, o.period) == ("factors", "财政局", "2026-06")
    if o.status == "accepted":
        assert column(county_full, "factors", "amount") == [Decimal(x) for x in ("120", "300", "120", "100")]
        assert ind(county_full, "fund_contributed") == pytest.approx(420)
    else:
        assert error_cells(o) == {"E7"}


def test_land_dates_areas_and_parcel_codes_as_typed(county_full: Config) -> None:
    accepted(take(county_full, v7.factors_land_dates_and_codes), "factors", "自然资源局", "2026-06", 3)
    assert sql(county_full, "select event_date, parcel_code, area_mu from cur_factors order by excel_row") == [
        (dt.date(2026, 5, 20), "610599001", Decimal("12.5")), (dt.date(2026, 6, 30), "610599002", Decimal("8")),
        (dt.date(2026, 6, 30), "610599003", Decimal("20"))]
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(40.5)


# ---------------------------------------------------------------------------------------------
# 重点工作进展
# ---------------------------------------------------------------------------------------------

def test_progress_percent_as_said(county_full: Config) -> None:
    [o] = take(county_full, v7.progress_percent_in_prose)
    assert (o.form, o.sender, o.period) == ("progress_notes", "工信局", "2026-06")
    assert error_cells(o) <= {"E4", "E6"}
    if o.status == "accepted":
        assert column(county_full, "progress_notes", "figure_pct") == [Decimal(x) for x in ("85", "60", "40", "30")]
    else:
        assert sql(county_full, "select count(*) from cur_progress_notes") == [(0,)]


# ---------------------------------------------------------------------------------------------
# What the cell's looks say: printed check boxes, a number format's literal %, merged amounts, struck rows
# ---------------------------------------------------------------------------------------------

def test_a_tick_inside_the_printed_brackets_is_the_answer(county_full: Config) -> None:
    accepted(take(county_full, v7.fai_flags_as_printed_checkboxes), "fai_projects", "东镇", "2026-06", 4)
    assert column(county_full, "fai_projects", "is_key") == [True, False, True, False]
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(100)


def test_a_literal_percent_sign_in_the_number_format_multiplies_nothing(county_full: Config) -> None:
    o = accepted(take(county_full, v7.city_percent_sign_in_the_number_format), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("8.1"), Decimal("6.2")), ("测试县", Decimal("3.2"), Decimal("-1.5")),
        ("甲县", Decimal("-3.2"), Decimal("-3.2")), ("乙县", Decimal("12.5"), Decimal("3.2")),
        ("丙县", Decimal("5"), Decimal("0"))]
    assert [p.code for p in o.problems if p.severity == "warning" and p.code == "pct_scale"] == []
    assert ind(county_full, "va_yoy_pct") == pytest.approx(-1.5)
    assert ind(county_full, "va_city_rank") == 3


def test_an_amount_merged_over_two_rows_is_not_counted_twice(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_plan_merged_over_two_phases)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "fai_projects", "东镇", "2026-06")
    assert errors(o) == [("merged_figure", "F5"), ("merged_figure", "G5")]  # one problem per cell: no 必填项为空
    [f5] = [p for p in o.problems if p.cell == "F5"]
    assert f5.sentence() == ("「计划总投资」填的是“5000”，与第4行合并成一格，这个数已算在第4行，不能再算一次。"
                             "请取消合并，把金额分别填到各行（只属于其中一行的，其他行填0）")


def test_a_struck_through_row_is_never_counted_in_silence(county_full: Config) -> None:
    """The struck (已终止) project is set aside with a warning naming row 6; the two live ones are counted."""
    [o] = take(county_full, v7.fai_struck_through_row)
    said = [(p.severity, p.code) for p in o.problems if p.severity in ("warning", "error") and p.row == 6]
    assert said == [("warning", "struck_row")]
    assert o.status == "accepted"
    assert column(county_full, "fai_projects", "name") == ["东镇饲料扩能项目", "东镇仓储物流项目"]
    assert ind(county_full, "fai_cum") == pytest.approx(0.05)


def test_a_cell_the_normaliser_refused_is_not_also_said_to_be_empty(county_full: Config) -> None:
    """“待核” in two required amounts of a project card (a key：value layout read turned): one problem per cell —
    it was also “必填项为空” on B9 and B15, contradicting the first."""
    from tests.conftest import ingest
    from tests.test_reader_layouts import PROJECT, _project_sheet

    wb = _project_sheet()
    ws = wb.active
    ws.append(["项目", "内容"])
    for label, value in PROJECT:
        ws.append([label, "待核" if label.startswith(("计划总投资", "1-6月累计")) else value])
    wb.save(county_full.inbox / "东镇6月固投项目.xlsx")
    [o] = ingest(county_full)
    assert (o.status, o.form) == ("rejected", "fai_projects")
    assert errors(o) == [("not_a_number", "B9"), ("not_a_number", "B15")]


# ---------------------------------------------------------------------------------------------
# Through the 报送平台: the page says the same problems, in Chinese, naming the cells
# ---------------------------------------------------------------------------------------------

def upload(web: tuple[TestClient, Store], sender: str, path: Path) -> str:
    client, store = web
    csrf = ready(client, store, sender)
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))])
    assert r.status_code == 200, r.text
    return r.text


def page_problems(page: str) -> list[tuple[str, str, str, str, str]]:
    """(类别, 单元格, 列, 原值, 问题) of every row of the page's problem list, unescaped."""
    table = page.split('<table id="problems">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr class="problem-\w+">(.*?)</tr>', table, re.S)
    out = []
    for row in rows:
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        out.append((cells[0], cells[1], cells[2], cells[3], cells[4]))
    return out


def stored_problems(cfg: Config) -> list[tuple[str, str, str, str, str]]:
    """The same rows as the warehouse holds them (what the feedback workbook and `status` say)."""
    con = open_published(cfg)
    try:
        rows = con.execute("select severity, coalesce(cell, ''), coalesce(column_header, ''), coalesce(value, ''), "
                           "message from problems").fetchall()
    finally:
        con.close()
    zh = {"error": "错误", "warning": "提醒", "info": "说明"}
    return [(zh[s], c or "—", h, v, m) for s, c, h, v, m in rows]


def test_web_upload_of_formulas_without_results_names_each_cell(web: tuple[TestClient, Store], county_full: Config,
                                                                 tmp_path: Path) -> None:
    page = upload(web, "东镇", v7.fai_formulas_without_results(tmp_path))
    assert "退回：有错误，未入库。" in page
    shown = page_problems(page)
    assert sorted(shown) == sorted(stored_problems(county_full))
    said = "此格是公式，但文件中没有保存公式的计算结果，读到的是空白"
    assert sorted((c, h) for k, c, h, _, m in shown if k == "错误") == [
        ("G4", "年度计划投资"), ("G5", "年度计划投资"), ("M4", "1-N月累计完成投资"), ("M5", "1-N月累计完成投资")]
    assert all(said in m for k, *_, m in shown if k == "错误")
    assert 'data-cell="M4"' in page  # the cell is marked on the sheet shown beside the list


def test_web_upload_of_the_bulletins_growth_names_the_cells_it_asks_about(web: tuple[TestClient, Store],
                                                                         county_full: Config, tmp_path: Path) -> None:
    page = upload(web, "统计局", v7.city_signs_and_arrows(tmp_path))
    shown = page_problems(page)
    assert sorted(shown) == sorted(stored_problems(county_full))
    errors_shown = {c: (h, v, m) for k, c, h, v, m in shown if k == "错误"}
    assert sorted(errors_shown) == ["B4", "C6"]
    assert errors_shown["C6"] == ("规上工业增加值增速", "3.2个百分点", "“百分点”是两个百分数之差，本列填的是百分数本身")


def test_web_upload_of_a_cumulative_below_the_month(web: tuple[TestClient, Store], county_full: Config,
                                                    tmp_path: Path) -> None:
    page = upload(web, "西镇", v7.fai_month_above_cumulative(tmp_path))
    assert "退回：有错误，未入库。" in page
    shown = page_problems(page)
    assert sorted(shown) == sorted(stored_problems(county_full))
    assert [(c, h, v, m) for k, c, h, v, m in shown if k == "错误"] == [
        ("L4", "1-N月累计完成投资", "300", "1-6月累计 300 小于本月 500（万元）：累计数包含本月，不会比本月少")]


def test_the_web_page_and_the_warehouse_agree_on_the_figures_read(web: tuple[TestClient, Store], county_full: Config,
                                                                  tmp_path: Path) -> None:
    page = upload(web, "招商局", v7.attraction_apostrophes_and_nothing(tmp_path))
    assert "已入库" in page and "退回" not in page
    con = open_published(county_full)
    try:
        funds = con.execute("select sum(funds_in_place) from cur_attraction").fetchone()
    finally:
        con.close()
    assert funds == (Decimal("800"),)
