"""A query's result as a file a statistician opens: an .xlsx sheet, or a .csv Excel reads as Chinese.

For `beizeng query --out`: analysts ask the warehouse in SQL, but the answer usually goes on into a
workbook. Written with xlsxwriter and the csv module alone (no polars: a read-only command starts at
once). Text is always written as text, so a value beginning with "=" never becomes a formula
(:func:`as_text`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from beizeng.base.widths import display_width

SUFFIXES = (".xlsx", ".csv")
#: What a spreadsheet takes for the start of a formula (or, for tab and CR, a cell it re-parses): OWASP's
#: list for CSV injection, with NUL.  A text beginning so is written as text, never as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def as_text(value: str) -> str:
    """A text as a cell of a file with no types (CSV): the one rule for exported text.

    In a workbook a text cell is typed as text (``write_string``), so ``=HYPERLINK(…)`` stays words;
    a CSV has no types, and Excel reads ``=…`` there as a live formula.  So, as OWASP asks, a text
    starting with one of :data:`FORMULA_START` gets a single quote before it, which Excel shows as
    text and never evaluates.  Numbers are not texts and are never touched (-5 stays -5).
    """
    return "'" + value if value.startswith(FORMULA_START) else value


def column_labels(con: Any, columns: Sequence[str], sql: str = "") -> list[str]:
    """The Chinese name of each result column, from the warehouse's column comments ("规上工业总产值（亿元）",
    the part before a "：" or ": " explanation); "" where none is certain.

    The same name can mean different things (output_cum is 万元 in the enterprises' return, 亿元 in the
    report views), so the tables the query names decide; a name they do not settle, and no table or view
    of the warehouse does alone, gets no label rather than a wrong unit."""
    by_name: dict[str, dict[str, str]] = {}
    for table, name, comment in con.execute("select table_name, column_name, comment from duckdb_columns() "
                                            "where comment is not null").fetchall():
        by_name.setdefault(str(name), {})[str(table)] = re.split(r"[：:]", str(comment))[0].strip()
    named = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", sql.lower()))
    out = []
    for c in columns:
        found = by_name.get(c, {})
        mine = {label for table, label in found.items() if table.lower() in named}
        every = set(found.values())
        out.append(next(iter(mine)) if len(mine) == 1 else next(iter(every)) if not mine and len(every) == 1 else "")
    return out


#: What one Excel sheet holds: rows (the header's one or two included) and characters in a cell.
XLSX_ROWS, XLSX_CELL = 1_048_576, 32_767


def xlsx_refusal(rows: Sequence[Sequence[Any]], labels: Sequence[str] | None) -> str | None:
    """Why the rows cannot go into one workbook sheet (more than Excel's last row), or None: a workbook that kept
    only the first million rows would say it holds the result while it lacks the rest."""
    room = XLSX_ROWS - (2 if labels and any(labels) else 1)
    if len(rows) <= room:
        return None
    return (f"结果共 {len(rows):,} 行，超过 Excel 一张工作表最多能放的 {room:,} 行（另有表头）：没有写出。"
            "请改用 .csv 导出全部结果（如 --out 结果.csv），或在 SQL 里加条件分批导出。")


def cells_too_long(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """The text cells longer than an Excel cell holds, as “第N行「列」（M字）” (N the data row, 1 the first): the
    workbook keeps their first 32,767 characters, and the analyst is told which and where the whole text is."""
    return [f"第{i}行「{columns[j]}」（{len(v):,}字）" for i, r in enumerate(rows, 1) for j, v in enumerate(r)
            if isinstance(v, str) and len(v) > XLSX_CELL]


def write_rows(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               labels: Sequence[str] | None = None) -> Path:
    """Write the rows under their column names (and, in a workbook, their Chinese names above them when
    ``labels`` has any); the file appears whole or not at all."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"输出文件应以 .xlsx 或 .csv 结尾，收到的是“{path.name}”")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{suffix}")
    try:
        if suffix == ".csv":
            _write_csv(tmp, columns, rows)
        else:
            _write_xlsx(tmp, columns, rows, labels if labels and any(labels) else None)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _write_csv(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    # UTF-8 with a BOM: Excel on a Chinese Windows opens it as UTF-8 only then
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([as_text(str(c)) for c in columns])
        out.writerows([[_csv_cell(v) for v in r] for r in rows])


def _csv_cell(value: Any) -> Any:
    """Numbers, dates and booleans as they are; anything else (text, lists, structs) as text by :func:`as_text`."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal | dt.date):
        return value
    return as_text(str(value))


def _write_xlsx(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]], labels: Sequence[str] | None) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        ws = wb.add_worksheet("查询结果")
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter"})
        code = wb.add_format({"font_color": "#595959", "bg_color": "#F2F2F2", "border": 1})
        day = wb.add_format({"num_format": "yyyy-mm-dd"})
        moment = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        widths = [display_width(str(c)) for c in columns]
        top = 0
        if labels:  # the Chinese names first, the column names (what SQL and re-imports use) under them
            for c, label in enumerate(labels):
                ws.write_string(0, c, label or str(columns[c]), head)
                widths[c] = max(widths[c], min(display_width(label), 24))
            top = 1
        for c, name in enumerate(columns):
            ws.write_string(top, c, str(name), code if labels else head)
        for r, row in enumerate(rows, start=top + 1):
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
                widths[c] = max(widths[c], min(display_width(str(v)), 60))
        for c, w in enumerate(widths):
            ws.set_column(c, c, max(6, w + 2))
        ws.freeze_panes(top + 1, 0)
        if columns:
            ws.autofilter(top, 0, top + max(len(rows), 1), len(columns) - 1)
    finally:
        wb.close()
