"""The sender's own sheet as an HTML table, each problem cell marked with its messages on hover.

Built from the file as it was kept (archive or inbox/rejected) and the problems the warehouse recorded
for it, so the page shows exactly the cells the feedback workbook marks, read by the one reader
(``beizeng.intake.reader.open_workbook``, with its safety inspection: a refused file is never parsed again).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beizeng.base.problems import SEVERITY_ZH, col_letter

#: A sheet larger than this is cut, with a note saying so (the feedback workbook has it all).
MAX_ROWS = 300
MAX_COLS = 40
_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")


def cell_position(cell: str | None) -> tuple[int | None, int | None]:
    """"C5" → (5, 2): Excel row (1-based) and column index (0-based); "第5行" → (5, None)."""
    if not cell:
        return None, None
    m = _CELL.match(cell)
    if m:
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        return int(m.group(2)), col - 1
    row = re.match(r"^第(\d+)行$", cell)
    return (int(row.group(1)), None) if row else (None, None)


@dataclass
class Mark:
    severity: str
    text: str


@dataclass
class GridCell:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def css(self) -> str:
        severities = {m.severity for m in self.marks}
        return "err" if "error" in severities else "warn" if "warning" in severities else "note" if severities else ""

    @property
    def title(self) -> str:
        return "\n".join(f"[{SEVERITY_ZH.get(m.severity, m.severity)}] {m.text}" for m in self.marks)


@dataclass
class Grid:
    sheet: str
    letters: list[str]
    rows: list[tuple[int, GridCell, list[GridCell]]]  # Excel row, the row's own marks, its cells
    cut: str = ""


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def build_grid(path: Path, sheet_name: str | None, problems: list[dict[str, Any]]) -> Grid | str:
    """The grid of ``sheet_name`` (else the first visible sheet), or why it cannot be shown (Chinese).

    ``problems``: rows with severity, message, sheet, cell.
    """
    from beizeng.base.problems import ReturnError
    from beizeng.intake.reader import open_workbook

    if not path.exists():
        return "原文件已不在保存位置，无法显示表格。"
    try:
        sheets = open_workbook(path)
    except ReturnError:
        return "文件无法读取（见上面的问题清单），没有表格可显示。"
    except Exception:  # noqa: BLE001 - the problem list above still tells the sender everything
        return "文件无法显示为表格，请下载反馈表查看。"
    visible = [s for s in sheets if s.visible] or sheets
    if not visible:
        return "文件中没有工作表。"
    sheet = next((s for s in sheets if s.name == sheet_name), visible[0])
    marks: dict[tuple[int, int | None], list[Mark]] = {}
    for p in problems:
        if p.get("sheet") not in (None, sheet.name):
            continue
        row, col = cell_position(p.get("cell"))
        if row is not None:
            marks.setdefault((row, col), []).append(Mark(p["severity"], p["message"]))
    n_rows = len(sheet.rows)
    width = min(sheet.width, MAX_COLS)
    cut = []
    if n_rows > MAX_ROWS:
        cut.append(f"只显示前 {MAX_ROWS} 行（共 {n_rows} 行）")
    if sheet.width > MAX_COLS:
        cut.append(f"只显示前 {MAX_COLS} 列（共 {sheet.width} 列）")
    rows = []
    for r in range(min(n_rows, MAX_ROWS)):
        excel_row = r + 1
        cells = [GridCell(shown(sheet.cell(r, c)), marks.get((excel_row, c), [])) for c in range(width)]
        rows.append((excel_row, GridCell(str(excel_row), marks.get((excel_row, None), [])), cells))
    note = "；".join(cut) + ("，完整内容见反馈表。" if cut else "")
    return Grid(sheet.name, [col_letter(c) for c in range(width)], rows, note)
