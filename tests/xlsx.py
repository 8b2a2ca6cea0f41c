"""Write small returns the way clerks make them (openpyxl): title, 填报单位, 单位 line, headers, rows,
合计, footer.  Tests describe a scenario's rows in the form's own Chinese headers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter


def write_return(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    title: str | None = None,
    sender_line: str | None = None,
    unit_line: str | None = "单位：万元",
    total: Sequence[Any] | None = None,
    footer: str | None = "填报人：张三    联系电话：0913-1234567    审核人：李四",
    sheet: str = "Sheet1",
    start_row: int = 1,
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    r = start_row
    if title:
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=max(len(headers), 2))
        r += 1
    if sender_line:
        ws.cell(r, 1, sender_line)
        r += 1
    if unit_line:
        ws.cell(r, max(len(headers) - 1, 1), unit_line)
        r += 1
    for c, h in enumerate(headers, 1):
        ws.cell(r, c, h)
    r += 1
    if total is not None:
        for c, v in enumerate(total, 1):
            ws.cell(r, c, v)
        r += 1
    for row in rows:
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        r += 1
    if footer:
        r += 1
        ws.cell(r, 1, footer)
    for c in range(1, len(headers) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
