"""The classes behind round 18's fixes on 重点工作进展 and the city's table (tests/test_handmade_fresh18.py), each in a
second variant: a part in a Chinese numeral the report has not (四、 or 六 over a 序号 column) is a part of 一, one
it has (二, 三) stays; a part named by its word (存在问题1, 下步措施（2）, or 存在问题 over a 序号 column) is its numeral's,
and the report's headings agree with the words; a county written without its 县 (one character too), decorated
(※, （我县）) or remarked 本县 beside another county (asked); and the counties_missing warning said only when a row
is truly absent, never beside a row whose name was refused.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.intake.normalise import section_parser
from beizeng.publish.report import PHRASES
from tests.handmade.cells import put, save, title
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def _notes(header: list[str], rows: list[list[Any]]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        title(ws, "2026年6月工业倍增重点工作进展情况", len(header))
        put(ws, 2, 1, header)
        for r, row in enumerate(rows, 3):
            put(ws, r, 1, row)
        return save(wb, folder / "工信局6月重点工作.xlsx")
    return make


def test_chinese_numerals_over_a_serial_column_are_parts_of_one_or_the_reports_own(county_full: Config) -> None:
    """六、园区要素 over 序号 1, 2 is 61, 62 (the report has no 六、: its 6 园区要素); 二、存在问题 over 序号 1 stays 二1."""
    o = accepted(take(county_full, _notes(["部分", "序号", "标题", "进展情况"], [
        ["六、园区要素", 1, "标准化厂房", "二期主体封顶。"], ["六、园区要素", 2, "污水处理厂", "设备安装中。"],
        ["二、存在问题", 1, "用地指标紧张", "新增用地指标不足。"]])), "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select section from cur_progress_notes order by excel_row") == [("61",), ("62",), ("二1",)]
    assert sql(county_full, "select section from progress_items order by part_order, item_no") == [
        ("6①",), ("6②",), ("二1",)]
    assert not codes(o, "error", "warning"), codes(o)


def test_parts_named_by_their_words_in_every_way(county_full: Config) -> None:
    """存在问题1, 下步措施（2）, 四 alone (part 4 of 一), and 存在问题 over a 序号 column are read as a person reads them,
    said in a note naming each reading."""
    o = accepted(take(county_full, _notes(["章节", "标题", "进展情况"], [
        ["四", "招商引资", "签约项目12个。"], ["存在问题1", "用地指标紧张", "新增用地指标不足。"],
        ["下步措施（2）", "强化要素保障", "争取省级用地指标。"]])), "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select section from cur_progress_notes order by excel_row") == [("4",), ("二1",), ("三2",)]
    [note] = [p.message for p in o.problems if p.code == "word_read_as"]
    assert "“四”→“4”" in note and "“存在问题1”→“二1”" in note and "“下步措施(2)”→“三2”" in note, note

    o = accepted(take(county_full, _notes(["部分", "序号", "标题", "进展情况"], [
        ["存在问题", 1, "用地指标紧张", "新增用地指标不足。"], ["存在问题", 2, "融资难", "贷款审批周期长。"]])),
        "progress_notes", "工信局", "2026-06", 2)
    assert sql(county_full, "select section from cur_progress_notes order by excel_row") == [("二1",), ("二2",)]


def test_a_part_numbered_beyond_the_report_is_asked(county_full: Config) -> None:
    """十一 is no part of the report (一's parts stop at 9; it has no 十一、): asked on its cell, never stored as 11 (which
    reads back as 1①)."""
    o = rejected(take(county_full, _notes(["章节", "标题", "进展情况"], [
        ["6①", "标准化厂房", "二期主体封顶。"], ["十一", "其他", "无。"]])))
    assert ("section_format", "Sheet!A4") in codes(o, "error"), codes(o)


def test_the_reports_headings_are_named_by_the_parts_words() -> None:
    """Each part the draft carries notes under in Chinese (notes = "二") is headed by an h1 whose words the 章节 column
    reads as that part: the report's outline and the form's words cannot drift apart."""
    read = section_parser(get_form("progress_notes").column("section").words)
    paragraphs = tomllib.loads(PHRASES.read_text(encoding="utf-8"))["paragraph"]
    heading = ""
    checked = []
    for p in paragraphs:
        if p.get("style") == "h1":
            heading = str(p["text"])
        if "notes" in p and not str(p["notes"]).isdigit():
            numeral, words = heading.split("、", 1)
            assert (numeral, read(words), read(words + "1")) == (p["notes"], p["notes"], f"{p['notes']}1")
            checked.append(numeral)
    assert checked == ["二", "三"]


# ---------------------------------------------------------------------------------------------
# 全市对比
# ---------------------------------------------------------------------------------------------

CITY = "select county, va_yoy_pct from cur_city_comparison order by excel_row"


def _city(names: list[str]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        title(ws, "2026年1-6月全市各县区主要工业指标对比", 3)
        put(ws, 2, 1, ["县区", "规上工业增加值增速（%）", "工业固定资产投资增速（%）"])
        for r, (name, rate) in enumerate(zip(names, ["7.5", "8.2", "7.0", "7.6", "7.1"], strict=False), 3):
            put(ws, r, 1, [name, float(rate), 10.0])
        return save(wb, folder / "统计局6月全市对比.xlsx")
    return make


def test_counties_decorated_or_short_in_the_citys_table(county_full: Config) -> None:
    """测试县（我县）※ and 乙 (乙县 without its 县): each read as its county, and both readings said."""
    o = accepted(take(county_full, _city(["全市", "测试县（我县）※", "甲县", "乙", "丙县"])), "city_comparison", "统计局",
                 "2026-06", 5)
    assert sql(county_full, CITY) == [("全市", D("7.5")), ("测试县", D("8.2")), ("甲县", D(7)), ("乙县", D("7.6")),
                                      ("丙县", D("7.1"))]
    [note] = [p.message for p in o.problems if p.code == "word_read_as"]
    assert "“乙”→“乙县”" in note and "→“测试县”" in note and "标注" in note, note


def test_a_remark_naming_the_county_beside_another_is_asked(county_full: Config) -> None:
    """★甲县（本县）: the name says 甲县, the remark says 测试县: one is wrong, asked on the cell."""
    o = rejected(take(county_full, _city(["全市", "测试县", "★甲县（本县）", "乙县", "丙县"])))
    [(cell, message)] = [(p.cell, p.message) for p in o.problems if p.severity == "error"]
    assert cell == "A5" and "甲县" in message and "测试县" in message, message


def test_counties_missing_only_when_the_rows_are_truly_absent(county_full: Config) -> None:
    """A row whose county is refused (丁县 is none of the city's) may be the county that seems absent: no
    counties_missing beside the error; a row truly left out is said."""
    o = rejected(take(county_full, _city(["全市", "测试县", "丁县", "乙县", "丙县"])))
    assert [c for c, _ in codes(o)].count("counties_missing") == 0, codes(o)
    assert ("unknown_name", "Sheet!A5") in codes(o, "error")
    o = accepted(take(county_full, _city(["全市", "测试县", "乙县", "丙县"])), "city_comparison", "统计局", "2026-06", 4)
    [said] = [p.message for p in o.problems if p.code == "counties_missing"]
    assert "甲县" in said, said
