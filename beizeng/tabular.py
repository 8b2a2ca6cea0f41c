"""A query's result as a file a statistician opens: an .xlsx sheet, or a .csv Excel reads as Chinese.

For `beizeng query --out`: analysts ask the warehouse in SQL, but the answer usually goes on into a
workbook. Written with xlsxwriter and the csv module alone (no polars: a read-only command starts at
once). Text is always written as text, so a value beginning with "=" never becomes a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

SUFFIXES = (".xlsx", ".csv")


def _width(text: str) -> int:
    """Columns an Excel cell needs for the text: a Chinese character is two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_rows(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """Write the rows under their column names; the file appears whole or not at all."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"输出文件应以 .xlsx 或 .csv 结尾，收到的是“{path.name}”")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{suffix}")
    try:
        if suffix == ".csv":
            _write_csv(tmp, columns, rows)
        else:
            _write_xlsx(tmp, columns, rows)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _write_csv(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    # UTF-8 with a BOM: Excel on a Chinese Windows opens it as UTF-8 only then
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(columns)
        out.writerows([["" if v is None else v for v in r] for r in rows])


def _write_xlsx(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        ws = wb.add_worksheet("查询结果")
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter"})
        day = wb.add_format({"num_format": "yyyy-mm-dd"})
        moment = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        widths = [_width(str(c)) for c in columns]
        for c, name in enumerate(columns):
            ws.write_string(0, c, str(name), head)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, int | float | Decimal):
                    ws.write_number(r, c, float(v))
                elif isinstance(v, dt.datetime):
                    ws.write_datetime(r, c, v.replace(tzinfo=None), moment)  # Excel has no time zones: wall time
                elif isinstance(v, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), day)
                else:
                    ws.write_string(r, c, str(v))
                widths[c] = max(widths[c], min(_width(str(v)), 60))
        for c, w in enumerate(widths):
            ws.set_column(c, c, max(6, w + 2))
        ws.freeze_panes(1, 0)
        if columns:
            ws.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    finally:
        wb.close()
