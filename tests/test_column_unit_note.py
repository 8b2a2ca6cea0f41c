"""One column's unit said in a note (注：营业收入单位为亿元，其余为万元: revenue copied from a finance system in 亿元):
that column is read in it and the conversion said; a note about other figures (上年同期数据单位为万元 under a 万元
table, 运费单位：元/吨) changes nothing; 产值单位为亿元 names every 产值 column.  The makers are round 14's
(tests/handmade/fresh14.ent_note_revenue_in_yi) with the note and the revenue figures varied."""

from __future__ import annotations

from decimal import Decimal as D
from functools import partial
from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.handmade import fresh14 as f14
from tests.test_handmade import accepted, codes, sql
from tests.test_handmade import take_lazily as take

FIGURES = "select output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output order by excel_row"


def test_the_revenue_column_is_read_in_the_notes_unit_and_said(county_full: Config) -> None:
    o = accepted(take(county_full, f14.ent_note_revenue_in_yi), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, FIGURES) == [(D(800), D(4800), D(4400), D(4900)), (D(500), D(3000), D(2900), D(3100)),
                                         (D(1300), D(7500), D(6000), D(7700))]
    [p] = [p for p in o.problems if p.code == "unit_said_elsewhere"]
    assert "「1-6月营业收入」" in p.message and "以亿元读取，已换算为万元" in p.message


def test_a_note_about_last_years_figures_in_the_tables_own_unit_changes_nothing(county_full: Config) -> None:
    maker = partial(f14.ent_note_revenue_in_yi, note="注：上年同期数据单位为万元；运费单位：元/吨",
                    revenue=(4900, 3100, 7700))
    o = accepted(take(county_full, maker), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, FIGURES)[0] == (D(800), D(4800), D(4400), D(4900))
    assert "unit_said_elsewhere" not in [c for c, _ in codes(o)]


def output_typed_in_yi(folder: Path) -> Path:
    """The list with 注：产值单位为亿元: 本月, 1-6月 and 上年同期 产值 typed in 亿元 (0.08, 0.48, 0.44 …), 营业收入 in
    万元 as the line says."""
    path = f14.ent_note_revenue_in_yi(folder, note="注：产值单位为亿元", revenue=(4900, 3100, 7700))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for r in range(4, 7):
        for c in (8, 9, 10):
            ws.cell(r, c, ws.cell(r, c).value / 10000)
    wb.save(path)
    return path


def test_a_note_naming_output_converts_every_output_column(county_full: Config) -> None:
    accepted(take(county_full, output_typed_in_yi), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, FIGURES) == [(D(800), D(4800), D(4400), D(4900)), (D(500), D(3000), D(2900), D(3100)),
                                         (D(1300), D(7500), D(6000), D(7700))]
