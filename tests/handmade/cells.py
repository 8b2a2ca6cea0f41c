"""What every hand-made maker does to a sheet: a title merged across the table, a row of values, a save.

The makers differ in what the clerk typed (that is their point), not in how a value lands in a cell, so the
writing lives here once.  A title's font is the clerk's own (宋体 bold by default; a maker passes another).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import xlwt  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet


def book(first: str = "Sheet1") -> tuple[openpyxl.Workbook, Worksheet]:
    """A new workbook and its one sheet, named ``first``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = first
    return wb, ws


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


def as_xls(wb: openpyxl.Workbook, path: Path) -> Path:
    """Save ``wb`` as Excel 97-2003 the way a clerk's office PC does ("另存为 .xls"): what the sheet shows goes over
    (values, dates, error values, merged cells, fonts and 删除线, number formats, hidden rows and columns, the
    sheet's name; not comments, which xlwt cannot write).

    Written by xlwt, not LibreOffice: neither this machine nor CI has soffice, and the .xls returns must exist
    wherever the tests run."""
    book = xlwt.Workbook(encoding="utf-8")
    for ws in wb.worksheets:
        out = book.add_sheet(ws.title)
        merged = {(rng.min_row, rng.min_col): rng for rng in ws.merged_cells.ranges}
        covered = {(r, c) for rng in merged.values() for r in range(rng.min_row, rng.max_row + 1)
                   for c in range(rng.min_col, rng.max_col + 1)} - set(merged)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and (cell.row, cell.column) not in merged:
                    continue
                if (cell.row, cell.column) in covered:
                    continue
                style = _xls_style(cell.font.b, cell.font.strike, cell.font.sz, cell.alignment.horizontal,
                                   cell.number_format)
                rng = merged.get((cell.row, cell.column))
                value = "" if cell.value is None else cell.value
                if cell.data_type == "e":  # a formula's error value as Excel saves it (#DIV/0!)
                    out.row(cell.row - 1).set_cell_error(cell.column - 1, value, style)
                elif rng is not None:
                    out.write_merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1, value, style)
                else:
                    out.write(cell.row - 1, cell.column - 1, value, style)
        for letter, dim in ws.column_dimensions.items():
            if dim.hidden:
                out.col(column_index_from_string(letter) - 1).hidden = True
        for r, rdim in ws.row_dimensions.items():
            if rdim.hidden:
                out.row(r - 1).hidden = True
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))
    return path


def _xls_style(bold: bool | None, struck: bool | None, size: float | None, horizontal: str | None,
               number_format: str) -> xlwt.XFStyle:
    """The xlwt style of one openpyxl cell's look (a date shown as a date keeps its ``yyyy-mm-dd``)."""
    parts = []
    font = (["bold on"] if bold else []) + (["struck_out on"] if struck else []) + \
        ([f"height {int(size * 20)}"] if size else [])
    if font:
        parts.append("font: " + ", ".join(font))
    if horizontal == "center":
        parts.append("align: horiz center")
    return xlwt.easyxf("; ".join(parts), num_format_str=number_format or "General")
