"""Workbooks holding several returns, one return over several sheets, copies of one (tests/handmade/workbooks7.py).

Each test drops one clerk's workbook into a fresh county (first year, only its senders configured), ingests it
with the plain functions and real DuckDB, and checks what a person reading it takes from it (the fixture's
docstring): several returns give several submissions, each its own form, sender and rows; one return over a
sheet per township is one submission; a blank template or an identical copy is no version; copies that differ
are asked about.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.handmade import workbooks7 as W
from tests.test_handmade import accepted, ind, one, sql
from tests.test_handmade import take_lazily as take
from tests.test_handmade_layouts6 import city_figures


def test_two_forms_side_by_side_on_one_sheet_are_two_returns(county_full: Config) -> None:
    outcomes = take(county_full, W.ent_and_city_side_by_side)
    assert len(outcomes) == 2
    ent = accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    city_figures(county_full)
    assert not [p for p in ent.problems if p.code == "extra_column"]  # the city table's columns are not its own


def test_a_return_and_its_annex_of_another_form_under_it_are_two_returns(county_full: Config) -> None:
    outcomes = take(county_full, W.city_with_the_enterprise_list_as_its_annex)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    ent = accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    city_figures(county_full)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert [p.row for p in ent.problems if p.code == "total_row"] == [15]
    assert sql(county_full, "select distinct sheet from cur_enterprise_output") == [("Sheet1",)]
    assert sql(county_full, "select min(excel_row), max(excel_row) from cur_enterprise_output") == [(12, 14)]


def test_a_table_below_a_long_list_is_found_as_its_own_return(county_full: Config) -> None:
    outcomes = take(county_full, W.long_enterprise_list_with_the_city_table_below)
    accepted(outcomes, "enterprise_output", "统计局", "2026-06", 36)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("36000")
    assert one(county_full, "select min(excel_row) from cur_city_comparison") == 44
    city_figures(county_full)


def test_a_ledger_kept_as_a_sheet_per_township_is_one_return(county_full: Config) -> None:
    [o] = take(county_full, W.cultivation_a_sheet_per_township)
    accepted([o], "cultivation", "工信局", "2026-06", 4)
    assert sql(county_full, "select sheet, excel_row, township, ctype, grant_amount from cur_cultivation "
                            "order by sheet, excel_row") == [
        ("东镇", 3, "东镇", "拟入规", None), ("东镇", 4, "东镇", "技改奖励资金", Decimal("50")),
        ("西镇", 3, "西镇", "科技型中小企业", None), ("西镇", 4, "西镇", "技改奖励资金", Decimal("30"))]
    implied = sql(county_full, "select distinct implied from cur_cultivation order by 1")
    assert implied == [("所属乡镇←工作表名「东镇」",), ("所属乡镇←工作表名「西镇」",)]
    [note] = [p for p in o.problems if p.code == "sheets_joined"]
    assert note.message == "本报表分在2个工作表（「东镇」、「西镇」）填写，各表是一个乡镇的，已合为一份报表读取；各行的所属乡镇取自工作表名"


def test_a_blank_template_copy_beside_the_filled_return_is_not_a_version(county_full: Config) -> None:
    [o] = take(county_full, W.ent_filled_and_a_blank_template_copy)
    accepted([o], "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output") == [("Sheet1",)]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    [note] = [p for p in o.problems if p.code == "sheet_chosen"]
    assert note.message == "工作表「Sheet2」只有表头（和序号），没有数据，是空白的表，未读取；读取的是「Sheet1」"
    assert not [p for p in o.problems if p.severity != "info"]


def test_cover_blank_template_filled_return_and_summary(county_full: Config) -> None:
    [o] = take(county_full, W.ent_cover_blank_template_return_and_summary)
    accepted([o], "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output") == [("6月",)]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert not [p for p in o.problems if p.severity == "error"]
    assert {p.sheet for p in o.problems if p.code == "sheet_not_read"} <= {"汇总"}


def test_an_identical_copy_of_the_return_is_read_once(county_full: Config) -> None:
    [o] = take(county_full, W.fai_the_same_return_on_two_sheets)
    accepted([o], "fai_projects", "东镇", "2026-06", 2)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("2000")
    assert sql(county_full, "select distinct sheet from cur_fai_projects") == [("Sheet1",)]
    [note] = [p for p in o.problems if p.code == "sheet_chosen"]
    assert note.message == "工作表「Sheet1 (2)」与「Sheet1」的内容完全相同（是一份副本），只读取「Sheet1」一次"


def test_an_edited_copy_that_differs_is_asked_about(county_full: Config) -> None:
    [o] = take(county_full, W.fai_an_edited_copy_that_differs)
    assert o.status == "rejected"
    [p] = [p for p in o.problems if p.severity == "error"]
    assert p.code == "ambiguous_sheet"
    assert p.message.startswith("有多个工作表（「Sheet1」、「Sheet1 (2)」）都是《工业固定资产投资项目月报》")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_return_kept_as_a_sheet_per_township_is_answered_on_each_sheets_own_cells(county_full: Config) -> None:
    [o] = take(county_full, W.ent_a_sheet_per_township_with_totals_and_a_wrong_code)
    assert (o.status, o.form, o.sender, o.period, o.rows) == ("rejected", "enterprise_output", "统计局", "2026-06", 5)
    assert [(p.code, p.sheet, p.cell) for p in o.problems if p.severity == "error"] == [("uscc_check_digit", "西镇", "B4")]
    assert sorted((p.sheet, p.row) for p in o.problems if p.code == "total_row") == [("东镇", 6), ("西镇", 5)]
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]
