"""What every hand-made maker does to a sheet: a title merged across the table, a row of values, a save.

The makers differ in what the clerk typed (that is their point), not in how a value lands in a cell, so the
writing lives here once.  A title's font is the clerk's own (宋体 bold by default; a maker passes another).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet


def title(ws: Worksheet, text: str, last_col: int, row: int = 1, font: Font | None = None) -> None:
    """The title typed in column A and merged across to ``last_col``, centred."""
    ws.cell(row, 1, text).font = font or Font(name="宋体", size=16, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def put(ws: Worksheet, row: int, col: int, values: list[Any]) -> None:
    """``values`` typed left to right from (row, col); None leaves a cell untouched (blank)."""
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row, col + i, v)


def save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path
