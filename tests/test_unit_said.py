"""A table's money unit said somewhere other than a 单位 line above it (``tables._unit_said_elsewhere``): a note
under the rows (注：本表金额单位为元) or the sheet's name (项目表(亿元)) — and never the sender's line
(填报单位：元坝镇…, a place whose name begins with 元), read as 元 by the old pattern."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.intake.ingest import prepare
from beizeng.intake.reader import open_workbook
from beizeng.intake.tables import Table, extract_table
from beizeng.intake.views import find_header
from tests.scenarios import FAI_HEADERS, project


def _ledger(tmp_path: Path, sheet: str = "项目表", lines: tuple[str, ...] = ("填报单位：东镇人民政府",),
            under: str | None = None) -> Path:
    """A township's project ledger typed by hand: title, ``lines`` above the header, two projects, ``under`` below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.cell(1, 1, "东镇2026年1-6月工业固定资产投资项目进展情况表")
    for c, line in enumerate(lines):
        ws.cell(2, 1 + 9 * c, line)
    for c, h in enumerate(FAI_HEADERS, 1):
        ws.cell(3, c, h)
    for r in (4, 5):
        for c, v in enumerate([r - 3, *project(r - 3, f"东镇{r}号技改项目", "东镇", "改建和技术改造", True, True, 1000,
                                               500, True, dt.date(2026, 3, 1), True, 100)], 1):
            ws.cell(r, c, v)
    if under:
        ws.cell(7, 1, under)
    path = tmp_path / "东镇_2026-06_工业固定资产投资项目月报.xlsx"
    wb.save(path)
    return path


def _table(tmp_path: Path, **kw: Any) -> Table:
    match = find_header(get_form("fai_projects"), open_workbook(_ledger(tmp_path, **kw)))
    assert match is not None
    return extract_table(match)


def test_a_sender_line_naming_a_place_that_begins_with_yuan_is_no_unit(tmp_path: Path) -> None:
    # 填报单位：元坝镇人民政府 was read as 单位：元 — every figure would have been divided by 10,000
    assert _table(tmp_path, lines=("填报单位：元坝镇人民政府",)).unit is None
    assert _table(tmp_path, lines=("报送单位:元坝镇", "单位：万元")).unit == "万元"


def test_a_note_under_the_rows_says_the_unit(tmp_path: Path) -> None:
    table = _table(tmp_path, under="注：本表金额单位为元")
    assert (table.unit, table.unit_said) == ("元", "表下写明“注:本表金额单位为元”")  # as cleaned (NFKC)


def test_the_sheets_name_says_the_unit(tmp_path: Path) -> None:
    table = _table(tmp_path, sheet="项目表(亿元)")
    assert (table.unit, table.unit_said) == ("亿元", "工作表名「项目表(亿元)」写明")


def test_a_line_above_is_the_unit_before_a_name_or_a_note(tmp_path: Path) -> None:
    table = _table(tmp_path, sheet="项目表(亿元)", lines=("填报单位：东镇人民政府", "单位：万元"))
    assert (table.unit, table.unit_said) == ("万元", None)


def test_a_unit_said_in_a_note_converts_the_figures_and_is_said(county: Config) -> None:
    prep = prepare(_ledger(county.inbox, under="注：本表金额单位为元"), county)
    assert prep.normalised is not None
    assert prep.normalised.frame["invest_cum"].to_list() == [Decimal("0.01"), Decimal("0.01")]  # 100 元
    [said] = [p.message for p in prep.problems if p.code == "unit_said_elsewhere"]
    assert said == "表格上方没有写“单位：”，表下写明“注:本表金额单位为元”金额单位为元，按元读取"
    assert "unit_assumed" not in [p.code for p in prep.problems]


def test_a_note_on_one_thing_in_the_table_is_no_unit_of_its_figures(tmp_path: Path) -> None:
    # an outside reviewer's traps: 元/吨 (a price per ton) was read as 元 and every figure divided by 10,000;
    # a note on 上年同期's unit outranked the sheet's name 「6月(元)」
    assert _table(tmp_path, under="注：运输费用单位：元/吨").unit is None
    assert _table(tmp_path, sheet="6月(元)", under="注：上年同期数据单位为万元").unit == "元"
