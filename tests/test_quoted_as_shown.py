"""A problem on a cell read as its number format shows it quotes what the clerk sees, not what the cell holds.

A 千元 list whose cells hold 元 under ``#,##0,`` shows -8,000 where the cell holds -8000000: the figure is read as
shown (beizeng.intake.shown), and every problem about that cell — a refusal by the validation, a warning of the
row checks — must quote -8,000 too, or the clerk searches the sheet for a number that is not on the screen.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import probe45 as h


def thousands_list(folder: Path) -> Path:
    """东镇's project list in 千元 (单位：千元 at the right), its cells holding 元 under #,##0, (shown ÷ 1,000):
    M4 本月完成投资 holds -8000000 (shows -8,000), H5 计划总投资 holds -150000000 (shows -150,000)."""
    path = h.projects(folder / "东镇6月项目（千元）.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(2, len(h.HEAD)).value = "单位：千元"
    for r in range(4, 7):  # every figure × 10 000 (万元 → 元), shown ÷ 1 000: the screen reads 千元
        for c in (8, 9, 13, 14):
            if isinstance(v := ws.cell(r, c).value, int | float):
                ws.cell(r, c).value = v * 10000
                ws.cell(r, c).number_format = "#,##0,"
    ws["M4"].value, ws["H5"].value = -8000000, -150000000
    wb.save(path)
    return path


def test_problems_on_scaled_cells_quote_the_figure_the_cell_shows(county_full: Config) -> None:
    thousands_list(county_full.inbox)
    [o] = ingest(county_full)
    quoted = {x.cell: x.value for x in o.problems if x.code not in ("read_as_shown", "total_mismatch") and x.cell in (
        "M4", "H5")}
    # 计划总投资 can never be negative: refused, quoting the screen's -150,000; 本月 negative: a 核减 warning, -8,000
    assert quoted == {"H5": "-150,000", "M4": "-8,000"}, [x.line() for x in o.problems]
    assert o.status == "rejected"
    held = [x.line() for x in o.problems if x.code != "read_as_shown" and ("8000000" in x.line() or "150000000" in x.line())]
    assert held == []


def test_a_refusal_on_the_first_cell_of_a_scaled_range_is_not_hidden_by_its_remark(county_full: Config) -> None:
    # given the same 千元 list with the negative 计划总投资 on the FIRST data row: H4 is the cell read_as_shown names
    # for the whole range H4:H5 (a remark), so it carries a problem before validation runs
    path = thousands_list(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["H4"].value, ws["H5"].value = -150000000, 200000000
    wb.save(path)
    [o] = ingest(county_full)
    # expect the remark and still the refusal at H4 (it was accepted silently with -15,000 万元 stored: the
    # remark at H4 counted as “already said why the cell is empty”)
    codes = {(x.cell, x.code) for x in o.problems}
    assert ("H4", "read_as_shown") in codes
    refused = [x for x in o.problems if x.cell == "H4" and x.code == "greater_than"]
    assert [x.value for x in refused] == ["-150,000"], [x.line() for x in o.problems]
    assert o.status == "rejected"
