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
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.store.session import open_published
from beizeng.web import views
from beizeng.web.server import create_app
from beizeng.web.store import Store, store_path
from tests.handmade import values7 as v7
from tests.test_handmade import accepted, ind, one, sql, take
from tests.test_web_flow import ready


def errors(o: Outcome) -> list[tuple[str, str]]:
    return sorted(((p.code, p.cell) for p in o.problems if p.severity == "error"), key=lambda e: (e[1][1:], e[1]))


def error_cells(o: Outcome) -> set[str]:
    return {p.cell for p in o.problems if p.severity == "error"}


def column(cfg: Config, form: str, name: str) -> list[object]:
    return [v for (v,) in sql(cfg, f"select {name} from cur_{form} order by excel_row")]


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报
# ---------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="WRONG: refused — industry_code E6 (“3011.0” from a system export), not_a_flag "
                                       "F6 (“是的”) and F7 (“没有”), values a person reads without hesitation")
def test_industry_codes_copied_from_four_places_and_flags_in_words(county_full: Config) -> None:
    accepted(take(county_full, v7.ent_codes_and_ticks), "enterprise_output", "统计局", "2026-06", 4)
    assert column(county_full, "enterprise_output", "industry_code") == ["3825", "13", "3011", "0610"]
    assert column(county_full, "enterprise_output", "sei") == [True, False, True, False]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("28000")
    assert ind(county_full, "output_cum") == pytest.approx(2.8)
    assert ind(county_full, "sei_count") == 2


@pytest.mark.xfail(strict=True, reason="WRONG: accepted with 1.2万 stored as 1.2 万元 and 0.2万 as 0.2 万元 in a 规上 "
                                       "enterprise's row (county output 36,001.2 万元 instead of 48,000); only a "
                                       "同比下降100% warning")
def test_wan_suffix_in_a_wanyuan_column_is_not_taken_for_wanyuan(county_full: Config) -> None:
    [o] = take(county_full, v7.ent_wan_and_e_notation)
    assert (o.form, o.sender, o.period) == ("enterprise_output", "统计局", "2026-06")
    if o.status == "accepted":
        assert column(county_full, "enterprise_output", "output_cum") == [Decimal("12000")] * 4
        assert column(county_full, "enterprise_output", "output_month") == [Decimal("2000")] * 4
        assert ind(county_full, "output_cum") == pytest.approx(4.8)
        assert ind(county_full, "output_yoy_pct") == pytest.approx(20)
    else:
        assert error_cells(o) == {"F4", "G4"}
        assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]


def test_e_notation_and_separators_are_read_in_the_same_return(county_full: Config) -> None:
    """The rows of ent_wan_and_e_notation that carry no 万: 12,000 / 1.2E+04 / 12000 and 2,000.00 / 2E+03 / 2000."""
    [o] = take(county_full, v7.ent_wan_and_e_notation)
    rows = sql(county_full, "select excel_row, output_month, output_cum from cur_enterprise_output "
                            "where excel_row <> 4 order by excel_row")
    if o.status == "accepted":
        assert rows == [(r, Decimal("2000"), Decimal("12000")) for r in (3, 5, 6)]
    else:
        assert error_cells(o) == {"F4", "G4"} and rows == []


def test_formulas_whose_results_were_saved_are_read_and_the_total_row_is_checked(county_full: Config) -> None:
    o = accepted(take(county_full, v7.ent_formulas_with_saved_results), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [Decimal(x) for x in ("12000", "9000", "18000")]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("35000")
    assert ind(county_full, "output_cum") == pytest.approx(3.9)
    assert ind(county_full, "output_yoy_pct") == pytest.approx((39000 / 35000 - 1) * 100)
    assert [(p.code, p.severity) for p in o.problems if p.code in ("total_row", "total_mismatch")] == [
        ("total_row", "info")]


@pytest.mark.xfail(strict=True, reason="WRONG (layout): refused as ambiguous_column — G列“1-5月累计产值”或H列“1-6月累计"
                                       "产值” in a June return (title 2026年6月), while H is also noted as extra_column")
def test_last_months_cumulative_beside_this_months_is_not_a_question(county_full: Config) -> None:
    accepted(take(county_full, v7.ent_formulas_beside_last_months_cumulative), "enterprise_output", "统计局",
             "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [Decimal(x) for x in ("12000", "9000", "18000")]


@pytest.mark.xfail(strict=True, reason="WRONG: refused on D3 “'0610” (industry_code): the apostrophe an export typed "
                                       "into the text is not taken off, while Excel's own (quotePrefix) 1329 is read")
def test_codes_with_spaces_and_apostrophes(county_full: Config) -> None:
    accepted(take(county_full, v7.ent_codes_with_spaces_and_apostrophes), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "uscc") == [v7.U[84], v7.U[85], v7.U[86]]
    assert column(county_full, "enterprise_output", "industry_code") == ["0610", "1329", "3825"]
    assert ind(county_full, "output_cum") == pytest.approx(2.5)


@pytest.mark.xfail(strict=True, reason="WRONG: accepted with 1 200,50 stored as 120,050 万元, 2.400,75 as 2.4008 and "
                                       "4,80 as 480 (only yoy_out_of_range warnings because 上年同期 happens to be there)")
def test_european_separators_are_never_read_a_hundred_times_off(county_full: Config) -> None:
    [o] = take(county_full, v7.ent_separators_from_a_joint_venture)
    assert (o.form, o.sender, o.period) == ("enterprise_output", "统计局", "2026-06")
    if o.status == "accepted":
        assert column(county_full, "enterprise_output", "output_cum") == [
            Decimal(x) for x in ("1200.5", "2400.75", "3600", "4.8")]
    else:
        assert error_cells(o) <= {"F3", "F4", "F6"} and "F3" in error_cells(o) and "F6" in error_cells(o)
        assert {p.code for p in o.problems if p.severity == "error"} == {"number_separator"}


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


@pytest.mark.xfail(strict=True, reason="WRONG message: G4 “壹佰万” is told only 不是数字 and F5 “伍仟万元” "
                                       "数字后带了单位“万元”。请只填数字 — the clerk takes 万元 off, keeps 伍仟 and is "
                                       "refused again; neither says the capital numerals are the fault")
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


@pytest.mark.xfail(strict=True, reason="WRONG: refused — not_a_flag E9 “没有” and E10 “是的” (✔ ✘ Y n 有 are read)")
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

@pytest.mark.xfail(strict=True, reason="WRONG: refused on B5 “↓3.2” (not_a_number), an arrow a person reads as −3.2")
def test_growth_as_the_bulletin_prints_it(county_full: Config) -> None:
    [o] = take(county_full, v7.city_signs_and_arrows)
    assert (o.form, o.sender, o.period) == ("city_comparison", "统计局", "2026-06")
    assert error_cells(o) <= {"B4", "C4", "C6"}  # ▲3.2, (1.5) and 3.2个百分点 may be asked
    if o.status == "accepted":
        assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison "
                                "order by excel_row") == [
            ("全市", Decimal("8.1"), Decimal("6.2")), ("测试县", Decimal("3.2"), Decimal("-1.5")),
            ("甲县", Decimal("-3.2"), Decimal("-3.2")), ("乙县", Decimal("12.5"), Decimal("3.2")),
            ("丙县", Decimal("5"), Decimal("0"))]
        assert ind(county_full, "va_city_rank") == 3


# ---------------------------------------------------------------------------------------------
# 企业培育台账
# ---------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="WRONG: refused — not_a_date F5 “6/30/2026” and F7 “26.6.30”, dates a person "
                                       "reads without hesitation (F9 “6/5/2026” is also refused, acceptable)")
def test_status_dates_five_styles(county_full: Config) -> None:
    [o] = take(county_full, v7.cultivation_dates_five_styles)
    assert (o.form, o.sender, o.period) == ("cultivation", "工信局", "2026-06")
    assert error_cells(o) <= {"F4", "F9"}
    if o.status == "accepted":
        dates = column(county_full, "cultivation", "status_date")
        assert dates[:5] == [dt.date(2026, 6, 1)] + [dt.date(2026, 6, 30)] * 4
        assert dates[5] == dt.date(2026, 6, 5)


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


@pytest.mark.xfail(strict=True, reason="WRONG: refused — not_a_date B6 “26.6.30” (a two-digit year with dots)")
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

@pytest.mark.xfail(strict=True, reason="WRONG: E5 “是（ ）否（√）” accepted as 是 (the printed 是 comes first; the tick "
                                       "is on 否) with no word; E6/E7 check boxes refused (acceptable)")
def test_a_tick_inside_the_printed_brackets_is_the_answer(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_flags_as_printed_checkboxes)
    assert (o.form, o.sender, o.period) == ("fai_projects", "东镇", "2026-06")
    if o.status == "accepted":
        assert column(county_full, "fai_projects", "is_key") == [True, False, True, False]
    else:  # refused for the boxes: then 是（ ）否（√） is asked too, or said to be read as 否
        read_as_no = any("“是( )否(√)”→“否”" in p.message.replace("（", "(").replace("）", ")") for p in o.problems)
        assert error_cells(o) <= {"E4", "E5", "E6", "E7"} and ("E5" in error_cells(o) or read_as_no)


@pytest.mark.xfail(strict=True, reason="WRONG: accepted with 810 % (8.1 × 100) because the format 0.0\"%\" is taken for "
                                       "Excel's percent format; the pct_scale warnings say “显示为810%”, false: the cell "
                                       "shows 8.1%")
def test_a_literal_percent_sign_in_the_number_format_multiplies_nothing(county_full: Config) -> None:
    o = accepted(take(county_full, v7.city_percent_sign_in_the_number_format), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("8.1"), Decimal("6.2")), ("测试县", Decimal("3.2"), Decimal("-1.5")),
        ("甲县", Decimal("-3.2"), Decimal("-3.2")), ("乙县", Decimal("12.5"), Decimal("3.2")),
        ("丙县", Decimal("5"), Decimal("0"))]
    assert [p.code for p in o.problems if p.severity == "warning" and p.code == "pct_scale"] == []
    assert ind(county_full, "va_yoy_pct") == pytest.approx(-1.5)
    assert ind(county_full, "va_city_rank") == 3


@pytest.mark.xfail(strict=True, reason="WRONG: accepted with the merged 5,000 / 3,000 copied into both phases (计划总投资 "
                                       "10,000, 年度计划 6,000 for one project), no word")
def test_an_amount_merged_over_two_rows_is_not_counted_twice(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_plan_merged_over_two_phases)
    assert (o.form, o.sender, o.period) == ("fai_projects", "东镇", "2026-06")
    if o.status == "accepted":
        assert one(county_full, "select sum(annual_plan) from cur_fai_projects") in (Decimal("3000"), None)
        assert one(county_full, "select sum(total_investment) from cur_fai_projects") == Decimal("5000")
    else:
        assert error_cells(o) & {"F4", "F5", "G4", "G5"}


@pytest.mark.xfail(strict=True, reason="WRONG: a struck-through (已终止) project is counted as live with no word: "
                                       "工业固投 0.13 亿元 instead of 0.05")
def test_a_struck_through_row_is_never_counted_in_silence(county_full: Config) -> None:
    [o] = take(county_full, v7.fai_struck_through_row)
    said = [p for p in o.problems if p.severity in ("warning", "error") and (p.row == 6 or "第6行" in p.message)]
    rows = column(county_full, "fai_projects", "name")
    assert said or (o.status == "accepted" and len(rows) == 2 and ind(county_full, "fai_cum") == pytest.approx(0.05))


# ---------------------------------------------------------------------------------------------
# Through the 报送平台: the page says the same problems, in Chinese, naming the cells
# ---------------------------------------------------------------------------------------------

@pytest.fixture
def web(county_full: Config, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Store]]:
    monkeypatch.setattr(views, "SLOWDOWN", 0.0)
    store = Store(store_path(county_full))
    with TestClient(create_app(county_full, store=store, lock_wait=5)) as c:
        yield c, store


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
    assert {"B4", "C4", "C6"} <= set(errors_shown) <= {"B4", "B5", "C4", "C6"}
    assert errors_shown["C6"] == ("规上工业增加值增速", "3.2个百分点", "不是数字")


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
