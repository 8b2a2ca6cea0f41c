"""The classes behind round 18's targets fixes (tests/test_handmade_fresh18.py), each in a second variant: quarters
typed as each quarter's own share (a count's too; neither shares nor cumulative is asked, a rate's quarters are read
as typed), a target revised mid-year (年度目标 | 调整后目标 under a header, 年初目标 | 调整后目标 as rows of a table
whose indicators stand across), and one indicator's target with its actuals beside it (across the top too).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from beizeng.base.config import Config
from tests.handmade.cells import put, save, title
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
QUARTERS = "select indicator, value, q1, q2, q3, q4 from cur_targets order by excel_row"


def _table(folder: Path, head: list[str], rows: list[list[Any]], caption: str = "2026年工业倍增计划目标任务") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    title(ws, caption, len(head))
    put(ws, 2, 1, head)
    for r, row in enumerate(rows, 3):
        put(ws, r, 1, row)
    return save(wb, folder / "工信局2026年目标任务.xlsx")


QUARTER_HEAD = ["指标名称", "单位", "年度目标", "一季度", "二季度", "三季度", "四季度"]


def test_shares_of_a_count_are_made_cumulative_and_a_rate_and_cumulative_rows_kept(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _table(folder, QUARTER_HEAD, [
        ["新增规上工业企业", "户", 6, 1, 2, 2, 1], ["规上工业总产值", "亿元", 28, 6, 14, 21, 28],
        ["规上工业增加值增速", "%", 8, 7, 7.5, 8, 8.5]])), "targets", "工信局", "2026", 3)
    assert sql(county_full, QUARTERS) == [
        ("new_above_scale_target", D(6), D(1), D(3), D(5), D(6)),
        ("output_target", D(28), D(6), D(14), D(21), D(28)),
        ("va_target_pct", D(8), D(7), D("7.5"), D(8), D("8.5"))]
    [said] = [p for p in o.problems if p.code == "quarters_made_cumulative"]
    assert "第3行" in said.message and "第4行" not in said.message


def test_quarters_neither_shares_nor_cumulative_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, lambda folder: _table(folder, QUARTER_HEAD, [
        ["规上工业总产值", "亿元", 28, 6, 8, 7, 6]])))
    assert ("quarters_unclear", "Sheet!D3") in codes(o, "error")
    assert sql(county_full, "select count(*) from cur_targets") == [(0,)]


def test_a_plain_target_beside_its_revision_is_superseded(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _table(folder, ["指标名称", "单位", "年度目标", "调整后目标"], [
        ["规上工业总产值", "亿元", 28, 26], ["规上工业增加值增速", "%", 8, 7]])), "targets", "工信局", "2026", 2)
    assert sql(county_full, "select indicator, value from cur_targets order by excel_row") == [
        ("output_target", D(26)), ("va_target_pct", D(7))]
    assert ("superseded_column", "Sheet!C2") in codes(o, "info")


def test_revision_as_a_row_of_a_table_with_indicators_across(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _table(folder, [
        "项目", "规上工业总产值（亿元）", "规上工业增加值增速（%）"], [["年初目标", 28, 8], ["调整后目标", 26, 7]],
        "2026年目标任务（调整后）")), "targets", "工信局", "2026", 2)
    assert sql(county_full, "select indicator, value from cur_targets order by indicator") == [
        ("output_target", D(26)), ("va_target_pct", D(7))]
    assert any("「年初目标」是调整前的数" in p.message for p in o.problems)


def test_one_indicator_across_with_its_actual_below(county_full: Config) -> None:
    accepted(take(county_full, lambda folder: _table(folder, ["项目", "新增规上工业企业（户）"], [
        ["年度目标", 5], ["1-6月完成", 2]], "2026年工业倍增主要目标及完成情况")), "targets", "工信局", "2026", 1)
    assert sql(county_full, "select indicator, value from cur_targets") == [("new_above_scale_target", D(5))]


def test_a_blank_revision_in_a_table_with_indicators_across_keeps_the_first_target(county_full: Config) -> None:
    # why: 增加值增速 was not revised (its 调整后目标 cell blank): its 年初目标 8 stands, and the reading note names it
    o = accepted(take(county_full, lambda folder: _table(folder, [
        "项目", "规上工业总产值（亿元）", "规上工业增加值增速（%）"], [["年初目标", 28, 8], ["调整后目标", 26, None]],
        "2026年目标任务（调整后）")), "targets", "工信局", "2026", 2)
    assert sql(county_full, "select indicator, value from cur_targets order by indicator") == [
        ("output_target", D(26)), ("va_target_pct", D(8))]
    assert any("规上工业增加值增速的「调整后目标」空着，未调整，按「年初目标」读取" in p.message for p in o.problems), [
        p.line() for p in o.problems]
