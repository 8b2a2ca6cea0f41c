"""Hand-made returns read through a view of another layout, with a control character pasted into a cell inside
the table (round 8): tables side by side, a crossed table.  Text pasted from another program carries a BEL
(\\x07) the clerk never sees; the reader removes it and tells the clerk which cell it was in, wherever in the
layout that cell is.  Each maker writes the round-7 workbook (tests/handmade/tables7.py) again with xlsxwriter
(openpyxl refuses control characters) and the BEL put into one cell.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.utils import range_boundaries

from tests.handmade import tables7

BEL = "\x07"


def _with_bel(made: Path, cell: tuple[int, int], folder: Path) -> Path:
    """``made`` written again cell by cell, merges kept, with a BEL after the text of ``cell`` (1-based row, column)."""
    src = openpyxl.load_workbook(made).active
    made.unlink()
    wb = xlsxwriter.Workbook(str(made))
    ws = wb.add_worksheet(src.title)
    merged = {(r, c) for m in src.merged_cells.ranges for r in range(m.min_row, m.max_row + 1)
              for c in range(m.min_col, m.max_col + 1) if (r, c) != (m.min_row, m.min_col)}
    for rng in src.merged_cells.ranges:
        c0, r0, c1, r1 = range_boundaries(str(rng))
        value = src.cell(r0, c0).value
        text = f"{value}{BEL}" if (r0, c0) == cell else value
        ws.merge_range(r0 - 1, c0 - 1, r1 - 1, c1 - 1, "" if text is None else text)
    for row in src.iter_rows():
        for x in row:
            if x.value is None or (x.row, x.column) in merged or any(
                    (x.row, x.column) == (m.min_row, m.min_col) for m in src.merged_cells.ranges):
                continue
            if (x.row, x.column) == cell:
                ws.write_string(x.row - 1, x.column - 1, f"{x.value}{BEL}")
            else:
                ws.write(x.row - 1, x.column - 1, x.value)
    wb.close()
    return made


def ent_side_by_side_bel_in_the_right_table(folder: Path) -> Path:
    """tables7.ent_two_townships_side_by_side with a BEL after 西镇农机配件有限公司 (L5, the right table's second row).

    A reader takes what round 7 took (4 enterprises, 7.5 亿元), the name 西镇农机配件有限公司 without the BEL, and
    a note on L5 saying an invisible character was removed there.
    """
    return _with_bel(tables7.ent_two_townships_side_by_side(folder), (5, 12), folder)


def city_crossed_bel_after_a_county_name(folder: Path) -> Path:
    """tables7.city_crossed_three_measures_with_rank with a BEL after the merged name 测试县 over its group of
    columns (row 3).

    A reader takes what round 7 took (5 records, 测试县 output 100,000 万元 +8.7 %), the county 测试县 without the
    BEL, and a note on that name's cell saying an invisible character was removed there.
    """
    src = openpyxl.load_workbook(tables7.city_crossed_three_measures_with_rank(folder)).active
    [col] = [c for c in range(1, src.max_column + 1) if src.cell(3, c).value == "测试县"]
    return _with_bel(folder / "6月县区指标（交叉表带位次）.xlsx", (3, col), folder)
