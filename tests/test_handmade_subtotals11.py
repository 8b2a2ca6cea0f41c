"""The 合计 and 小计 of each sheet of a return kept over several (tests/handmade/subtotals11.py), read through the
real pipeline: a month's sheet's own 合计 or closing 小计 is checked against that month's rows and a page's
本页合计 against that page's (a warning on its own sheet and cell naming the typed and the computed figure,
nothing when it adds up); a 合计 on the last page that adds up to that page only is said as that page's total;
a table continued on a sheet with the same header and no 续表 in its name is one return; a nil return hears
nothing of the columns its header lacks, a return with rows still does."""

from __future__ import annotations

from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import subtotals11 as s11
from tests.test_handmade import accepted, ind, one, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def said(o: Outcome, *codes: str) -> list[tuple[str, str, str, str]]:
    """(code, sheet, cell or 第N行, the line the sender reads) of the outcome's problems of those codes."""
    return [(p.code, p.sheet or "", p.cell or (f"第{p.row}行" if p.row else ""), p.line()) for p in o.problems
            if p.code in codes]


def warned(o: Outcome) -> list[tuple[str, str, str]]:
    return [(p.code, p.sheet or "", p.cell or "") for p in o.problems if p.severity in ("warning", "error")]


# ---------------------------------------------------------------------------------------------
# A register kept as a sheet per month, each month closed by its own 合计 / 小计
# ---------------------------------------------------------------------------------------------

def _land_read(cfg: Config, o: Outcome) -> None:
    assert ind(cfg, "land_parcels") == 5
    assert ind(cfg, "land_area_mu") == pytest.approx(85)
    assert one(cfg, "select sum(amount) from cur_factors") == D("2550")
    assert sql(cfg, "select sheet, excel_row from cur_factors order by event_date") == [
        ("4月", 4), ("4月", 5), ("5月", 4), ("5月", 5), ("6月", 4)]


@pytest.mark.parametrize("word", ["合计", "{m}合计", "本月合计"])
def test_each_months_total_that_adds_up_is_only_said(county_full: Config, word: str) -> None:
    o = accepted(take(county_full, lambda folder: s11.land_months_each_with_its_total(folder, word=word)),
                 "factors", "自然资源局", "2026-06", 5)
    _land_read(county_full, o)
    assert [(code, sheet, at) for code, sheet, at, _ in said(o, "total_row")] == [
        ("total_row", "6月", "第5行"), ("total_row", "4月", "第6行"), ("total_row", "5月", "第6行")]
    assert all("只与本工作表各行之和核对" in line for *_, line in said(o, "total_row"))
    assert not warned(o)


def test_a_months_total_that_does_not_add_up_is_warned_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: s11.land_months_each_with_its_total(folder, typed={"5月": 630})),
                 "factors", "自然资源局", "2026-06", 5)
    _land_read(county_full, o)  # the rows stand: the 合计 is only checked
    [(code, sheet, cell, line)] = said(o, "total_mismatch")
    assert (code, sheet, cell) == ("total_mismatch", "5月", "G6")
    assert "“630”" in line and "本工作表各行合计为 600（万元）" in line and "相差 30" in line
    assert warned(o) == [("total_mismatch", "5月", "G6")]


def test_the_newest_months_total_is_checked_on_its_own_sheet(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: s11.land_months_each_with_its_total(folder, typed={"6月": 950})),
                 "factors", "自然资源局", "2026-06", 5)
    [(code, sheet, cell, line)] = said(o, "total_mismatch")
    assert (sheet, cell) == ("6月", "G5") and "本工作表各行合计为 900（万元）" in line and "相差 50" in line


def test_each_months_closing_subtotal_that_adds_up_is_only_said(county_full: Config) -> None:
    o = accepted(take(county_full, s11.land_months_each_closed_by_a_subtotal), "factors", "自然资源局", "2026-06", 5)
    _land_read(county_full, o)
    assert [(code, sheet, at) for code, sheet, at, _ in said(o, "subtotal_row")] == [
        ("subtotal_row", "4月", "第6行"), ("subtotal_row", "5月", "第6行"), ("subtotal_row", "6月", "第5行")]
    assert not warned(o)


def test_a_months_closing_subtotal_that_does_not_add_up_is_warned(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: s11.land_months_each_closed_by_a_subtotal(folder, typed={"4月": 1005})),
                 "factors", "自然资源局", "2026-06", 5)
    _land_read(county_full, o)
    [(code, sheet, cell, line)] = said(o, "total_mismatch")
    assert (sheet, cell) == ("4月", "G6")
    assert "“1005”" in line and "小计行" in line and "本工作表各行合计为 1,050（万元）" in line and "相差 -45" in line
    assert warned(o) == [("total_mismatch", "4月", "G6")]


# ---------------------------------------------------------------------------------------------
# A table printed over pages (续表), each page with its 本页合计
# ---------------------------------------------------------------------------------------------

def _ent_read(cfg: Config) -> None:
    assert one(cfg, "select sum(output_cum) from cur_enterprise_output") == D("110000")
    assert ind(cfg, "output_cum") == pytest.approx(11.0)


def test_page_totals_and_the_grand_total_that_add_up_say_nothing_more(county_full: Config) -> None:
    o = accepted(take(county_full, s11.ent_pages_each_with_a_page_total), "enterprise_output", "统计局", "2026-06", 5)
    _ent_read(county_full)
    assert [(code, sheet, at) for code, sheet, at, _ in said(o, "total_row", "page_total")] == [
        ("total_row", "规上企业", "第7行"), ("total_row", "续表", "第5行"), ("total_row", "续表", "第6行"),
        ("page_total", "续表", "第5行")]
    assert not warned(o)


def test_a_first_pages_total_that_does_not_add_up_is_warned_there_only(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: s11.ent_pages_each_with_a_page_total(folder, first_page=10000)),
                 "enterprise_output", "统计局", "2026-06", 5)
    _ent_read(county_full)
    [(code, sheet, cell, line)] = said(o, "total_mismatch")
    assert (sheet, cell) == ("规上企业", "I7")
    assert "“10000”" in line and "本工作表各行合计为 100,000（万元）" in line and "相差 -90,000" in line
    assert warned(o) == [("total_mismatch", "规上企业", "I7")]


def test_page_totals_without_a_grand_total(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: s11.ent_pages_each_with_a_page_total(folder, grand=False)),
                 "enterprise_output", "统计局", "2026-06", 5)
    _ent_read(county_full)
    [(_, sheet, at, line)] = said(o, "page_total")
    assert (sheet, at) == ("续表", "第5行") and "本页的合计" in line
    assert not warned(o)


def test_a_last_page_total_of_that_page_only_is_said_as_the_pages_total(county_full: Config) -> None:
    o = accepted(take(county_full, s11.ent_last_page_total_of_that_page), "enterprise_output", "统计局", "2026-06", 5)
    _ent_read(county_full)
    [(_, sheet, at, line)] = said(o, "page_total")
    assert (sheet, at) == ("第2页", "第4行")
    assert "「第2页」第4行是本页的合计（与本页各行之和一致），只合计本页的行，不是全表的合计" in line
    assert not warned(o)


def test_a_second_sheet_with_the_same_header_and_no_xubiao_name_is_one_return(county_full: Config) -> None:
    o = accepted(take(county_full, s11.ent_continued_on_sheet2_same_header), "enterprise_output", "统计局", "2026-06", 5)
    _ent_read(county_full)
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == D("100000")
    assert sql(county_full, "select sheet, excel_row from cur_enterprise_output order by uscc") == [
        ("Sheet1", 4), ("Sheet1", 5), ("Sheet1", 6), ("Sheet2", 2), ("Sheet2", 3)]
    [(_, sheet, _, line)] = said(o, "sheets_joined")
    assert sheet == "Sheet1" and "「Sheet1」、「Sheet2」" in line and "续表" in line
    assert not said(o, "sheet_not_read") and not warned(o)


# ---------------------------------------------------------------------------------------------
# A nil return whose header lacks some of the form's columns
# ---------------------------------------------------------------------------------------------

def test_a_nil_return_with_a_short_header_hears_nothing_of_its_columns(county_full: Config) -> None:
    o = accepted(take(county_full, s11.fai_nil_return_short_header), "fai_projects", "西镇", "2026-06", 0)
    assert [(p.code, p.cell) for p in o.problems] == [("empty_return", "A4")]


def test_a_return_with_rows_and_the_same_header_still_hears_of_them(county_full: Config) -> None:
    [o] = take(county_full, s11.fai_rows_short_header)
    assert o.status == "rejected"
    assert sorted((p.code, p.column or "") for p in o.problems if p.severity in ("warning", "error")) == [
        ("missing_column_feeds", "年度计划投资"), ("missing_column_feeds", "是否倍增重点项目"),
        ("missing_column_feeds", "是否开工"), ("missing_column_skews", "是否技改项目"), ("missing_columns", "是否纳统")]
