"""Hand-made returns, round 8 (tests/handmade/shown8.py): what a workbook shows — hidden columns and struck-through
rows and figures — read through the real pipeline (``take``: inbox → ingest → DuckDB) into a fresh county.

A file never outranks what it shows: a hidden helper never rivals the visible column of its field; a hidden
column is read only when no visible one holds the field, and then with a warning naming it; a struck row is set
aside with a warning naming it; a struck figure is asked about.  Never a figure counted in silence.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import shown8 as s8
from tests.test_handmade import Maker, accepted, ind, sql
from tests.test_handmade import take_lazily as take


def said(o: Outcome, code: str) -> list[tuple[str, str]]:
    return [(p.cell, p.message) for p in o.problems if p.code == code]


@pytest.mark.parametrize("maker", [s8.ent_hidden_helper_xlsx, s8.ent_hidden_helper_xls], ids=["xlsx", "xls"])
def test_a_hidden_helper_column_never_rivals_the_visible_one(county_full: Config, maker: Maker) -> None:
    o = accepted(take(county_full, maker), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_cum, output_month from cur_enterprise_output order by excel_row") == [
        (D("19100"), D("4000")), (D("5180"), D("1050")), (D("9720"), D("1900"))]
    assert ind(county_full, "output_cum") == pytest.approx(3.4)
    assert said(o, "hidden_column") == [("I3", "此列是隐藏的列，未读取")]
    assert not said(o, "ambiguous_column") and not said(o, "hidden_column_read")


def test_a_hidden_helper_beside_the_cumulative_is_not_read(county_full: Config) -> None:
    o = accepted(take(county_full, s8.fai_hidden_helper_beside_cumulative), "fai_projects", "东镇", "2026-06", 3)
    assert [v for (v,) in sql(county_full, "select invest_cum from cur_fai_projects order by excel_row")] == [
        D("300"), D("800"), D("200")]
    assert said(o, "hidden_column") == [("M3", "此列是隐藏的列，未读取")]


def test_a_hidden_column_that_is_the_only_one_of_its_field_is_read_with_a_warning(county_full: Config) -> None:
    o = accepted(take(county_full, s8.fai_only_column_hidden), "fai_projects", "东镇", "2026-06", 3)
    assert [v for (v,) in sql(county_full, "select invest_cum from cur_fai_projects order by excel_row")] == [
        D("300"), D("800"), D("200")]
    [(cell, message)] = said(o, "hidden_column_read")
    assert cell == "L3" and message.startswith("L列“1-6月累计完成投资(万元)”是隐藏的列，表中没有别的列是“1-N月累计完成投资”")
    assert [p.severity for p in o.problems if p.code == "hidden_column_read"] == ["warning"]


@pytest.mark.parametrize("maker", [s8.fai_struck_row_in_the_middle, s8.fai_struck_row_xls], ids=["xlsx", "xls"])
def test_a_row_struck_through_is_set_aside_with_a_warning(county_full: Config, maker: Maker) -> None:
    o = accepted(take(county_full, maker), "fai_projects", "东镇", "2026-06", 2)
    assert [v for (v,) in sql(county_full, "select name from cur_fai_projects order by excel_row")] == [
        "东镇饲料扩能项目", "东镇仓储物流项目"]
    assert ind(county_full, "fai_cum") == pytest.approx(0.05)
    [p] = [p for p in o.problems if p.code == "struck_row"]
    assert (p.severity, p.cell) == ("warning", "第5行")
    assert p.sentence() == "第5行是整行加了删除线的行，按已删除处理，不作为数据读取。如该行仍然有效，请去掉删除线后重新报送"


def test_a_row_whose_name_is_struck_through_is_set_aside_with_a_warning(county_full: Config) -> None:
    o = accepted(take(county_full, s8.fai_struck_name_only), "fai_projects", "东镇", "2026-06", 2)
    assert ind(county_full, "fai_cum") == pytest.approx(0.05)
    assert [(p.severity, p.cell) for p in o.problems if p.code == "struck_name"] == [("warning", "第5行")]


def test_a_single_struck_figure_is_asked_about(county_full: Config) -> None:
    [o] = take(county_full, s8.fai_struck_single_figure)
    assert (o.status, o.form, o.sender) == ("rejected", "fai_projects", "东镇")
    [p] = [p for p in o.problems if p.severity == "error"]
    assert (p.code, p.cell, p.value) == ("struck_figure", "F4", "3000")
    assert p.sentence().startswith("「计划总投资」填的是“3000”，这个数加了删除线，无法判断它是否有效。如果这个数有效，请去掉删除线")
