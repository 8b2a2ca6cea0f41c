"""Columns folded away in a group (数据 ▸ 组合, then "−") are told as folded, with the way to unfold them.

The reader treats them as hidden ones (what the sheet does not show never rivals what it shows), but the clerk
did not hide them: "请取消隐藏" sends her to the wrong menu.  Made by grouping the same columns the hand-hidden
fixtures of tests/handmade/shown8.py hide, so the figures must stay the same."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.handmade import shown8 as s8
from tests.test_handmade import Maker, accepted, sql
from tests.test_handmade import take_lazily as take


def _folded(maker: Maker, column: str) -> Maker:
    def make(folder: Path) -> Path:
        path = maker(folder)
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        ws.column_dimensions[column].hidden = False
        ws.column_dimensions.group(column, column, outline_level=1, hidden=True)
        wb.save(path)
        return path
    return make  # type: ignore[return-value]


def _said(o: object, code: str) -> list[tuple[str, str, str]]:
    return [(p.cell, p.message, p.fix) for p in o.problems if p.code == code]  # type: ignore[attr-defined]


def test_a_folded_helper_column_is_said_folded_and_not_read(county_full: Config) -> None:
    # why: the same figures as the hand-hidden helper; only the words change (展开分组, not 取消隐藏)
    o = accepted(take(county_full, _folded(s8.ent_hidden_helper_xlsx, "I")), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select sum(output_cum), sum(output_month) from cur_enterprise_output") == [
        (D("34000"), D("6950"))]
    assert _said(o, "hidden_column") == [
        ("I3", "此列是在分组里折叠起来的列，未读取", "如果这一列是要报送的数据，请点列上方的“+”展开分组后重新报送")]


def test_the_only_column_of_a_field_folded_is_read_and_said(county_full: Config) -> None:
    o = accepted(take(county_full, _folded(s8.fai_only_column_hidden, "L")), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select sum(invest_cum) from cur_fai_projects") == [(D("1300"),)]
    [(cell, message, fix)] = _said(o, "hidden_column_read")
    assert cell == "L3" and message.startswith("L列“1-6月累计完成投资(万元)”是在分组里折叠起来的列")
    assert fix.startswith("如果这一列是要报送的“1-N月累计完成投资”，请点列上方的“+”展开分组")


def test_a_column_hidden_by_hand_is_still_said_hidden(county_full: Config) -> None:
    # why: the control — no group, the old words
    o = accepted(take(county_full, s8.ent_hidden_helper_xlsx), "enterprise_output", "统计局", "2026-06", 3)
    assert [(c, m) for c, m, _ in _said(o, "hidden_column")] == [("I3", "此列是隐藏的列，未读取")]
