"""A figure or a value said with words around it, read as a person reads it — and what stays asked.

The second variant of each class round 16 found (tests/test_handmade_fresh16.py has the first): the city's own
row under its name with 合计, 持平 with its 同比, a target's floor typed ≥ / 及以上 beside a ceiling that stays
asked, a completion percentage with 已完成 beside a rough one that stays asked, a paragraph run on over two more
rows, a quarter as its months and one of another year (asked: the column keeps no year).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.intake.normalise import CellError, _figure_said_in_words, _rough_target, parse_pct
from tests.handmade import fresh16 as f16
from tests.handmade.cells import put, save, title
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def _sheet(path: Path, head: str, header: list[str], rows: list[list[Any]], above: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    title(ws, head, len(header))
    first = 2
    if above:
        put(ws, 2, 1, [above])
        first = 3
    put(ws, first, 1, header)
    for r, row in enumerate(rows, first + 1):
        put(ws, r, 1, row)
    return save(wb, path)


@pytest.mark.parametrize(("typed", "value"), [("持平", 0), ("同比持平", 0), ("与上年持平", 0), ("增长8.1%", D("8.1"))])
def test_a_growth_said_level_is_zero(typed: str, value: Decimal) -> None:
    assert parse_pct(typed)[0] == value


@pytest.mark.parametrize("typed", ["基本持平", "略有增长", "持平略增"])
def test_a_growth_said_roughly_is_asked(typed: str) -> None:
    with pytest.raises(CellError):
        parse_pct(typed)


@pytest.mark.parametrize(("typed", "target", "figure"), [
    ("28以上", True, "28"), ("30及以上", True, "30"), ("≥8", True, "8"), (">=8%", True, "8%"), ("不低于8%", True, "8%"),
    ("至少5", True, "5"), ("10%以上", True, "10%"),
    ("≤5", True, None), ("5以下", True, None), ("约28", True, None), ("28以上", False, None),  # not a target: asked
    # a 工作要点's words (session 31, outside round D11): 突破/力争达到 are floors, a rise in words its figure
    ("突破100亿元", True, "100亿元"), ("力争达到5亿元", True, "5亿元"), ("增长8.5%", True, "8.5%"),
    ("同比增长10%以上", True, "10%"), ("增长8.5%左右", True, None), ("下降3%", True, None), ("突破24", False, None),
])
def test_a_targets_floor_is_its_figure(typed: str, target: bool, figure: str | None) -> None:
    assert _figure_said_in_words(typed, "number", target) == figure


@pytest.mark.parametrize(("typed", "figure"), [
    ("8.5%左右", "8.5"), ("增长8.5%左右", "8.5"), ("约100亿元", "100"), ("力争增长10%左右", "10"), ("预计12", "12"),
    ("8.5%", None), ("左右", None), ("约为去年的两倍", None),
])
def test_a_target_said_as_an_estimate_is_asked_naming_its_figure(typed: str, figure: str | None) -> None:
    assert _rough_target(typed) == figure


@pytest.mark.parametrize(("typed", "figure"), [
    ("完成60%", "60%"), ("已完成60%", "60%"), ("100(已完工)", "100"), ("100（已完工）", "100"),
    ("约60%", None), ("60(预计)", None), ("60(二期80)", None), ("60%左右", None),
])
def test_a_completion_percentage_with_words(typed: str, figure: str | None) -> None:
    assert _figure_said_in_words(typed, "pct", False) == figure


def test_the_city_row_under_its_name_with_total(county_full: Config) -> None:
    def made(folder: Path) -> Path:
        wb, _ = f16._city("2026年1-6月全市各县区主要工业指标完成情况",
                          [["测试市合计", *f16.CITY_ROW], *[[*c] for c in f16.COUNTIES]])
        return save(wb, folder / "统计局6月全市对比.xlsx")

    accepted(take(county_full, made), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum from cur_city_comparison where county = '全市'") == [(D(5200000),)]


def test_a_targets_ceiling_stays_asked(county_full: Config) -> None:
    def made(folder: Path) -> Path:
        return _sheet(folder / "工信局2026年目标任务.xlsx", "2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "年度目标"],
                      [[1, "规上工业总产值", "亿元", "30及以上"], [2, "规上工业增加值增速", "%", "≤8"]])

    o = rejected(take(county_full, made))
    assert ("not_a_number", "Sheet!D4") in codes(o, "error")
    assert not [c for c in codes(o, "error") if c[1] == "Sheet!D3"]  # the floor is read


def test_a_paragraph_run_on_over_two_more_rows(county_full: Config) -> None:
    def made(folder: Path) -> Path:
        return _sheet(folder / "工信局6月重点工作.xlsx", "2026年6月重点工作进展情况",
                      ["章节", "标题", "进展情况", "数字指标", "完成进度"],
                      [["6①", "标准化厂房建设提速", "二期8栋主体已封顶，", "标准化厂房建设总体进度", 85],
                       [None, None, "室外管网同步施工，"], [None, None, "预计8月底交付使用。"],
                       ["二1", "要素制约仍然突出", "用地指标不足。"]], above="填报单位：县工信局")

    o = accepted(take(county_full, made), "progress_notes", "工信局", "2026-06", 2)
    assert [c for c, _ in codes(o, "info")].count("joined_row") == 2
    assert sql(county_full, "select section, text from cur_progress_notes order by excel_row") == [
        ("61", "二期8栋主体已封顶，室外管网同步施工，预计8月底交付使用。"), ("二1", "用地指标不足。")]


def test_a_quarter_as_months_and_one_of_another_year(county_full: Config) -> None:
    def made(folder: Path) -> Path:
        return _sheet(folder / "财政局6月要素保障.xlsx", "2026年1-6月要素保障情况表（基金上划）",
                      ["事项", "日期", "用途", "金额（万元）", "所属季度"],
                      [["上划市工业倍增发展基金", dt.date(2026, 1, 20), "上年四季度上划", 300, "2025年第四季度"],
                       ["上划市工业倍增发展基金", dt.date(2026, 6, 25), "二季度上划", 300, "4月至6月"]])

    o = rejected(take(county_full, made))
    [line] = [p.line() for p in o.problems if p.code == "year_mismatch"]
    assert "E3" in line and "2025年" in line and "第四季度" in line
    assert not [c for c in codes(o, "error") if c[1] == "Sheet!E4"]  # 4月至6月 is the second quarter
