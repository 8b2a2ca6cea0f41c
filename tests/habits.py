"""Clerk habits: what people really do to a return made from beizeng's template, as composable functions.

A known-good return (written by ``beizeng.publish.templates.write_return`` from the demo county's figures) is read
back into a ``Book``: the return's sheet as a table model (lines above, header columns with their group
path, typed rows, footer lines) plus the workbook's other sheets as plain grids, and the file name and
format.  A habit is a function ``Book -> None`` that changes one thing the way a clerk does (adds a
合计 row, retypes the headers, saves as .xls …).  ``render`` turns the table model into the grid a
spreadsheet holds (rows of cells + merges), and ``write`` is the one writer of every format, so habits
compose: a 3-row header over reordered columns in 亿元 with text numbers in a .xls is four habits.

The table is kept as parts rather than coordinates because habits change the layout under each other
(a title row pushes the header down, a group row adds a header level, a removed column shifts merges):
positions are computed once, at render.

Each habit declares its ``stage`` (habits are applied in stage order, whatever order they were drawn
in: values are converted before they are formatted, columns settled before header rows are added, the
file format last) and an ``exclusive`` group (one date style per file, one unit, one file format).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.utils import get_column_letter

from beizeng.base.config import Config
from beizeng.base.forms import Column, get_form
from beizeng.base.sheets import META_SHEET
from beizeng.publish.templates import FIRST_DATA_ROW, HEADER_ROW, INSTRUCTIONS_SHEET, return_title

NUMERIC = ("money", "number", "int", "pct")
EXCEL_EPOCH = dt.date(1899, 12, 30)
SEQ = "序号"  # key of a 序号 column a clerk adds (no form column has this name)
EXTRA = "联系人"  # key of a column that belongs to no form


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styled:
    """A number shown through a number format (0.082 under "0.0%" shows as 8.2%)."""

    value: Any
    number_format: str


@dataclass(frozen=True)
class Formula:
    """A formula saved with its computed value, as Excel and WPS save them (=SUM(H6:H13) showing 123.4)."""

    text: str
    value: Any


@dataclass
class Grid:
    """One sheet as a spreadsheet holds it: rows of cells from A1, merges as 0-based inclusive (r0, c0, r1, c1)."""

    name: str
    rows: list[list[Any]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    state: str = "visible"  # visible | hidden | veryHidden
    hidden_cols: set[int] = field(default_factory=set)
    date_cells: set[tuple[int, int]] = field(default_factory=set)


@dataclass
class Col:
    """A column of the return: a form column's name (or SEQ/EXTRA), its leaf header and the group headers above."""

    key: str
    label: str
    unit: str | None = None  # shown as "（万元）" after the leaf label, or after the group when unit_on_group
    groups: list[str] = field(default_factory=list)
    unit_on_group: bool = False
    hidden: bool = False


@dataclass
class Row:
    kind: str  # data | total | subtotal | blank
    cells: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    span: int = 1  # columns the label is merged across
    formulas: bool = False  # a 合计 whose amounts are =SUM() formulas over the data rows


@dataclass
class Line:
    """A line above or below the table: texts by column (-1 = the last column), merged across if ``merged``."""

    cells: dict[int, str]
    merged: bool = False


Formatter = Callable[[Column, Any], Any]


@dataclass
class Book:
    form: str
    sender: str
    period: str
    file_name: str
    sheet_name: str
    above: list[Line]
    cols: list[Col]
    rows: list[Row]
    below: list[Line]
    before: list[Grid] = field(default_factory=list)  # sheets in front of the return
    after: list[Grid] = field(default_factory=list)  # 填表说明, the hidden identification sheet
    fmt: str = "xlsx"  # xlsx | xls | et | inline
    unit: str = "万元"
    #: Applied in order to every value of the table when rendered (a style of numbers, dates, flags …).
    formatters: list[Formatter] = field(default_factory=list)
    #: A 栏次 row right under the header (甲 乙 1 2 3 … by position, whatever the columns are by then).
    column_numbers: bool = False
    #: Columns whose equal values in consecutive data rows are one cell merged down (a township written once).
    merged_down: set[str] = field(default_factory=set)
    #: The table turned round: the return's columns down the side, one column per row.
    transposed: bool = False
    #: A row of units under the header ((万元), %, …) instead of units in the header cells.
    units_row: bool = False
    #: Empty rows above and columns left of everything on the sheet (a table drawn from B2).
    offset: tuple[int, int] = (0, 0)

    def columns(self) -> dict[str, Column]:
        return {c.name: c for c in get_form(self.form).columns}


# ---------------------------------------------------------------------------------------------
# Reading a template-made return into the model
# ---------------------------------------------------------------------------------------------


def _typed(col: Column, value: Any) -> Any:
    """A template cell as the value it stands for: Decimal for amounts, bool for 是/否, date for dates."""
    if value is None or value == "":
        return None
    if col.kind in NUMERIC and isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    if col.kind == "flag" and isinstance(value, str):
        return {"是": True, "否": False}[value.strip()]
    if col.kind == "date" and isinstance(value, dt.datetime):
        return value.date()
    return value


def _grid_of(ws: Any) -> Grid:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
    return Grid(ws.title, rows, merges, ws.sheet_state)


def read_template_return(path: Path, form_code: str, sender: str, period: str) -> Book:
    """The model of a return written by ``beizeng.publish.templates.write_return`` (its layout is known: title,
    填报单位, 单位 line, one header row, data rows, a blank row, the footer)."""
    form = get_form(form_code)
    wb = openpyxl.load_workbook(path)
    main = wb.worksheets[0]
    grid = [list(r) for r in main.iter_rows(values_only=True)]
    header = grid[HEADER_ROW]
    cols = []
    for c, text in enumerate(header):
        if text is None:
            continue
        fc = form.columns[c]
        assert fc.header in str(text).replace("\n", ""), (fc.header, text)
        cols.append(Col(fc.name, fc.header, fc.unit))
    rows: list[Row] = []
    r = FIRST_DATA_ROW
    while r < len(grid) and any(v not in (None, "") for v in grid[r]):
        cells = {fc.name: _typed(fc, grid[r][i] if i < len(grid[r]) else None) for i, fc in enumerate(form.columns)}
        rows.append(Row("data", cells))
        r += 1
    below = [Line({0: str(v)}, merged=True) for row in grid[r:] for v in row[:1] if v]
    above = [Line({0: str(grid[0][0])}, merged=True), Line({0: str(grid[1][0])})]
    if HEADER_ROW > 2 and grid[2][0]:
        above.append(Line({0: str(grid[2][0])}, merged=True))
    after = [_grid_of(ws) for ws in wb.worksheets[1:]]
    return Book(form_code, sender, period, path.name, main.title, above, cols, rows, below, after=after,
                unit=form.unit)


# ---------------------------------------------------------------------------------------------
# Rendering and writing
# ---------------------------------------------------------------------------------------------


def _default(col: Column | None, value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return float(value)
    return value


def _cell(book: Book, cols: dict[str, Column], key: str, value: Any) -> Any:
    col = cols.get(key)
    if value is None or col is None:
        return value
    for f in book.formatters:
        value = f(col, value)
    return _default(col, value)


def header_depth(book: Book) -> int:
    return max(len(c.groups) for c in book.cols) + 1


def render(book: Book) -> Grid:
    """The return's sheet as cells and merges: the lines above, the table (header and rows; turned round
    when ``book.transposed``), a blank row, the lines below."""
    cols = book.columns()
    width = len(book.cols)
    rows: list[list[Any]] = []  # the table alone first, header at row 0
    merges: list[tuple[int, int, int, int]] = []
    dates: set[tuple[int, int]] = set()
    depth = header_depth(book)
    for _ in range(depth):
        rows.append([None] * width)
    for c, col in enumerate(book.cols):
        unit = f"（{col.unit}）" if col.unit and not book.units_row else ""
        path = [*col.groups, col.label]
        for level, text in enumerate(path[:-1]):
            last_group = level == len(path) - 2
            rows[level][c] = text + (unit if col.unit_on_group and last_group else "")
        leaf_level = len(path) - 1
        rows[leaf_level][c] = col.label + ("" if col.unit_on_group else unit)
        if leaf_level < depth - 1:
            merges.append((leaf_level, c, depth - 1, c))
    for level in range(depth - 1):  # group cells side by side with the same path above merge across
        c = 0
        while c < width:
            path = book.cols[c].groups[: level + 1]
            end = c
            if len(book.cols[c].groups) > level:
                while end + 1 < width and book.cols[end + 1].groups[: level + 1] == path:
                    end += 1
                if end > c:
                    for k in range(c + 1, end + 1):
                        rows[level][k] = None
                    merges.append((level, c, level, end))
            c = end + 1
    if book.units_row:
        rows.append([f"（{col.unit}）" if col.unit else None for col in book.cols])
    if book.column_numbers:
        rows.append([("甲", "乙")[c] if c < 2 else c - 1 for c in range(width)])
    seq = 0
    first_data = len(rows)
    for row in book.rows:
        out: list[Any] = [None] * width
        if row.kind == "data":
            seq += 1
        for c, col in enumerate(book.cols):
            if col.key == SEQ:
                out[c] = seq if row.kind == "data" else None
                continue
            value = _cell(book, cols, col.key, row.cells.get(col.key))
            if row.formulas and isinstance(value, int | float) and not isinstance(value, bool):
                value = Formula(f"=SUM({_sum_range(book, c)})", value)
            if isinstance(value, dt.date):
                dates.add((len(rows), c))
            out[c] = value
        if row.label:
            target = next((c for c, col in enumerate(book.cols) if col.key == _label_key(book)), 0)
            out[target] = row.label
            end = min(target + row.span, width) - 1
            if end > target:
                for k in range(target + 1, end + 1):
                    out[k] = None
                merges.append((len(rows), target, len(rows), end))
        rows.append(out)
    for c, col in enumerate(book.cols):
        if col.key in book.merged_down:
            _merge_down(rows, merges, c, first_data, book)
    hidden = {c for c, col in enumerate(book.cols) if col.hidden}
    if book.transposed:  # indicators down the side, one column per row of the return
        rows = [list(r) for r in zip(*rows, strict=True)]
        merges = [(c0, r0, c1, r1) for r0, c0, r1, c1 in merges]
        dates = {(c, r) for r, c in dates}
        width = len(rows[0]) if rows else 0
        hidden = set()
    above: list[list[Any]] = []
    for ln in book.above:
        r = len(above)
        above.append(_line(ln, width))
        if ln.merged and width > 1:
            merges.insert(0, (r - len(book.above), 0, r - len(book.above), width - 1))
    shift = len(above)
    merges = [(r0 + shift, c0, r1 + shift, c1) for r0, c0, r1, c1 in merges]
    dates = {(r + shift, c) for r, c in dates}
    grid = above + rows + [[None] * width]
    for ln in book.below:
        if ln.merged and width > 1:
            merges.append((len(grid), 0, len(grid), width - 1))
        grid.append(_line(ln, width))
    down, right = book.offset
    if down or right:
        grid = [[None] * (width + right) for _ in range(down)] + [[None] * right + r for r in grid]
        merges = [(r0 + down, c0 + right, r1 + down, c1 + right) for r0, c0, r1, c1 in merges]
        dates = {(r + down, c + right) for r, c in dates}
        hidden = {c + right for c in hidden}
    return Grid(book.sheet_name, grid, merges, "visible", hidden, dates)


def _sum_range(book: Book, c: int) -> str:
    """The data rows of column ``c`` as an A1 range, as the sheet will have them (for a 合计 formula)."""
    top = len(book.above) + header_depth(book) + book.column_numbers + book.units_row + book.offset[0]
    first = top + next(i for i, r in enumerate(book.rows) if r.kind == "data")
    last = top + max(i for i, r in enumerate(book.rows) if r.kind == "data")
    letter = get_column_letter(c + 1 + book.offset[1])
    return f"{letter}{first + 1}:{letter}{last + 1}"


def _line(ln: Line, width: int) -> list[Any]:
    row: list[Any] = [None] * width
    for c, text in ln.cells.items():
        row[min(c, width - 1) if c >= 0 else max(width + c, 0)] = text
    return row


def _merge_down(rows: list[list[Any]], merges: list[tuple[int, int, int, int]], c: int, first: int, book: Book) -> None:
    """Runs of consecutive data rows showing the same value in column ``c`` become one merged cell."""
    kinds = [r.kind for r in book.rows]
    r = first
    while r < first + len(kinds):
        end = r
        while (end + 1 < first + len(kinds) and kinds[r - first] == kinds[end + 1 - first] == "data"
               and rows[end + 1][c] == rows[r][c] and rows[r][c] is not None):
            end += 1
        if end > r:
            for k in range(r + 1, end + 1):
                rows[k][c] = None
            merges.append((r, c, end, c))
        r = end + 1


def _label_key(book: Book) -> str:
    """Where a 合计/小计 label goes: the 序号 column if there is one, else the first column."""
    keys = [c.key for c in book.cols]
    return SEQ if SEQ in keys else keys[0]


def grids(book: Book) -> list[Grid]:
    return [*book.before, render(book), *book.after]


def _plain(value: Any) -> Any:
    """What a writer that cannot keep a format or a formula's cached result writes: the value itself."""
    if isinstance(value, Styled | Formula):
        value = value.value
    return float(value) if isinstance(value, Decimal) else value


def _xlsx_bytes(sheets: list[Grid]) -> bytes:
    """An .xlsx as Excel saves it: text in the shared-strings table (xlsxwriter writes it that way)."""
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"strings_to_formulas": False, "strings_to_urls": False,
                                      "strings_to_numbers": False, "in_memory": True})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    formats: dict[str, Any] = {}

    def number_format(text: str) -> Any:
        if text not in formats:
            formats[text] = wb.add_format({"num_format": text})
        return formats[text]

    visible = next(i for i, g in enumerate(sheets) if g.state == "visible")
    for i, g in enumerate(sheets):
        ws = wb.add_worksheet(g.name)
        ws._beizeng_formats = number_format
        width = max((len(r) for r in g.rows), default=0)
        for c in range(width):
            ws.set_column(c, c, 14, None, {"hidden": c in g.hidden_cols})
        covered: set[tuple[int, int]] = set()
        for r0, c0, r1, c1 in g.merges:
            top = g.rows[r0][c0] if r0 < len(g.rows) and c0 < len(g.rows[r0]) else None
            ws.merge_range(r0, c0, r1, c1, "")
            _xlsxwriter_cell(ws, r0, c0, top, date)
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r, row in enumerate(g.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in covered:
                    _xlsxwriter_cell(ws, r, c, value, date)
        if g.state == "hidden":
            ws.hide()
        elif g.state == "veryHidden":
            ws.very_hidden()
        if i == visible:
            ws.activate()
    wb.close()
    return buffer.getvalue()


def _xlsxwriter_cell(ws: Any, r: int, c: int, value: Any, date: Any) -> None:
    if value is None:
        return
    if isinstance(value, Styled):
        ws.write_number(r, c, float(value.value), ws._beizeng_formats(value.number_format))
    elif isinstance(value, Formula):
        ws.write_formula(r, c, value.text, None, float(value.value))
    elif isinstance(value, str):
        ws.write_string(r, c, value)
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, value, date)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value)
    else:
        ws.write_number(r, c, float(value))


def _openpyxl_bytes(sheets: list[Grid]) -> bytes:
    """An .xlsx with every text cell inline (t="inlineStr") and no shared-strings part, as WPS and many
    export tools write them (and openpyxl does)."""
    wb = openpyxl.Workbook()
    first = wb.active
    for g in sheets:
        ws = wb.create_sheet(g.name)
        for r, row in enumerate(g.rows, 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, Styled):
                    cell.value = _plain(value.value)
                    cell.number_format = value.number_format
                elif isinstance(value, Formula):
                    cell.value = _plain(value)  # openpyxl cannot save a formula's result: the value alone
                elif isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"  # never a formula, whatever it starts with
                else:
                    cell.value = _plain(value)
                    if isinstance(value, dt.date):
                        cell.number_format = "yyyy-mm-dd"
        for r0, c0, r1, c1 in g.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        for c in range(1, max((len(r) for r in g.rows), default=0) + 1):
            ws.column_dimensions[get_column_letter(c)].width = 14
        for c in g.hidden_cols:
            ws.column_dimensions[get_column_letter(c + 1)].hidden = True
        ws.sheet_state = g.state
    if first is not None:
        wb.remove(first)
    wb.active = next(i for i, g in enumerate(sheets) if g.state == "visible")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xls_bytes(sheets: list[Grid]) -> bytes:
    """BIFF8, as Excel 97–2003 and WPS's own .et save it."""
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for g in sheets:
        ws = wb.add_sheet(g.name[:31], cell_overwrite_ok=True)
        covered: set[tuple[int, int]] = set()
        for r0, c0, r1, c1 in g.merges:
            top = g.rows[r0][c0] if r0 < len(g.rows) and c0 < len(g.rows[r0]) else None
            ws.write_merge(r0, r1, c0, c1, _plain(top))  # a merged cell is text or a plain number
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r, row in enumerate(g.rows):
            for c, value in enumerate(row):
                if value is None or (r, c) in covered:
                    continue
                if isinstance(value, dt.date):
                    ws.write(r, c, value, date_style)
                elif isinstance(value, Styled):
                    ws.write(r, c, _plain(value), xlwt.easyxf(num_format_str=value.number_format))
                else:
                    ws.write(r, c, _plain(value))
        for c in g.hidden_cols:
            ws.col(c).hidden = True
        ws.visibility = {"visible": 0, "hidden": 1, "veryHidden": 2}[g.state]
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


SUFFIX = {"xlsx": ".xlsx", "inline": ".xlsx", "xls": ".xls", "et": ".et"}


def write(book: Book, folder: Path) -> Path:
    """The one writer: the book's sheets as the file a clerk would send, in the book's format."""
    sheets = grids(book)
    if book.fmt in ("xls", "et"):
        data = _xls_bytes(sheets)
    elif book.fmt == "inline":
        data = _openpyxl_bytes(sheets)
    else:
        data = _xlsx_bytes(sheets)
    path = folder / (Path(book.file_name).stem + SUFFIX[book.fmt])
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------------
# The habits
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Habit:
    name: str
    zh: str  # what the clerk did, for the README table
    stage: int
    apply: Callable[[Book], None]
    applies: Callable[[Book], bool] = lambda b: True
    #: Habits sharing a tag are alternatives (one date style per file); a habit may carry several tags.
    exclusive: tuple[str, ...] = ()


HABITS: dict[str, Habit] = {}


def habit(zh: str, stage: int, *, applies: Callable[[Book], bool] | None = None,
          exclusive: tuple[str, ...] = ()) -> Callable[[Callable[[Book], None]], Callable[[Book], None]]:
    def register(fn: Callable[[Book], None]) -> Callable[[Book], None]:
        HABITS[fn.__name__] = Habit(fn.__name__, zh, stage, fn, applies or (lambda b: True), exclusive)
        return fn
    return register


def _kinds(book: Book, *kinds: str) -> list[str]:
    cols = book.columns()
    return [c.key for c in book.cols if c.key in cols and cols[c.key].kind in kinds]


def _has_values(book: Book, *kinds: str) -> bool:
    keys = _kinds(book, *kinds)
    return any(r.cells.get(k) is not None for r in book.rows if r.kind == "data" for k in keys)


def _money_present(book: Book) -> bool:
    return _has_values(book, "money")


# --- stage 0: the figures themselves in another unit ---------------------------------------


def _rescale(book: Book, unit: str, factor: Decimal) -> None:
    old = book.unit
    for r in book.rows:
        for k in _kinds(book, "money"):
            if r.cells.get(k) is not None:
                r.cells[k] = r.cells[k] * factor
    for c in book.cols:
        if c.unit == old and c.key in _kinds(book, "money"):
            c.unit = unit
    for ln in [*book.above, *book.below]:
        for i, text in ln.cells.items():
            ln.cells[i] = text.replace(f"单位：{old}", f"单位：{unit}")
    book.unit = unit


@habit("整张表改用亿元填报（数值换算，单位行、表头单位随之改）", 0, applies=_money_present, exclusive=("unit",))
def in_yi(book: Book) -> None:
    _rescale(book, "亿元", Decimal("0.0001"))


@habit("整张表改用元填报（数值换算，单位行、表头单位随之改）", 0, applies=_money_present, exclusive=("unit",))
def in_yuan(book: Book) -> None:
    _rescale(book, "元", Decimal(10000))


# --- stage 1: how values are typed ---------------------------------------------------------


def _fmt_number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or '0'):,}"
    return sign + whole + ("." + frac if frac else "")


@habit("数字存成文本并带千分位（12,345.6）", 1, applies=lambda b: _has_values(b, "money", "number"))
def numbers_text(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return _fmt_number(v) if col.kind in ("money", "number") and isinstance(v, Decimal) else v
    book.formatters.append(f)


_FULL = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@habit("数字用全角字符输入（１２３４．５）", 1, applies=lambda b: _has_values(b, *NUMERIC))
def fullwidth_digits(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind not in NUMERIC or isinstance(v, bool):
            return v
        if isinstance(v, Decimal):
            v = format(v.normalize(), "f")
        return v.translate(_FULL) if isinstance(v, str) else v
    book.formatters.append(f)


@habit("金额后面写上单位（3000万元，单位与表头一致）", 1, applies=lambda b: _has_values(b, "money"))
def money_with_unit(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind != "money" or not isinstance(v, Decimal):
            return v
        unit = next((c.unit for c in book.cols if c.key == col.name and c.unit), book.unit)
        return f"{format(v.normalize(), 'f')}{unit}"
    book.formatters.append(f)


@habit("金额单元格设了千分位两位小数的格式（12,345.60，存的仍是原数）", 1, applies=lambda b: _has_values(b, "money"))
def money_number_format(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return Styled(v, "#,##0.00") if col.kind == "money" and isinstance(v, Decimal) else v
    book.formatters.append(f)


def _zero_money(book: Book) -> bool:
    return any(r.cells.get(k) == 0 for r in book.rows if r.kind == "data" for k in _kinds(book, "money"))


#: How clerks write "nothing this month" in an amount of a project not yet spending (issue 11, kind 5).
ZERO_WORDS = ("—", "-", "/", "无", "0.00")


@habit("金额为零的格子写“—”“-”“/”“无”“0.00”（轮流）", 1, applies=_zero_money)
def dash_for_zero(book: Book) -> None:
    seen = [0]

    def f(col: Column, v: Any) -> Any:
        if col.kind == "money" and isinstance(v, Decimal) and v == 0:
            seen[0] += 1
            return ZERO_WORDS[seen[0] % len(ZERO_WORDS)]
        return v
    book.formatters.append(f)


def _decimals(v: Decimal) -> int:
    """How many decimal places a figure has (1234.5 → 1, 1200 → 0)."""
    return max(0, -int(v.normalize().as_tuple().exponent))


def _money_columns(book: Book, most_decimals: int) -> list[str]:
    """The money columns holding figures, every one with at most ``most_decimals`` decimal places."""
    out = []
    for k in _kinds(book, "money"):
        values = [r.cells[k] for r in book.rows if r.kind == "data" and isinstance(r.cells.get(k), Decimal)]
        if values and all(_decimals(v) <= most_decimals for v in values):
            out.append(k)
    return out


def _shown_in_wan(book: Book, code: str, most_decimals: int) -> None:
    """Money columns pasted in 元 (the figure × 10000 held) under a format that shows the 万元 figure."""
    columns = set(_money_columns(book, most_decimals))

    def f(col: Column, v: Any) -> Any:
        return Styled(v * 10000, code) if col.name in columns and isinstance(v, Decimal) else v
    book.formatters.append(f)


@habit("万元栏里存的是元（数×10000），单元格格式 0!.0000 显示万元数（30000000 显示为 3000.0000）", 1,
       applies=lambda b: b.unit == "万元" and bool(_money_columns(b, 4)), exclusive=("unit",))
def money_held_in_yuan_shown_in_wan(book: Book) -> None:
    _shown_in_wan(book, "0!.0000", 4)


@habit("万元栏里存的是元，格式 0!.0, 显示到一位小数的万元数（只用于一位小数以内的整列，12000000 显示为 1200.0）", 1,
       applies=lambda b: b.unit == "万元" and bool(_money_columns(b, 1)), exclusive=("unit",))
def money_thousands_format(book: Book) -> None:
    _shown_in_wan(book, "0!.0,", 1)


@habit("金额格子里是公式 =a+b（Excel 保存了计算结果，与原数相同）", 1, applies=_money_present)
def figures_as_formulas(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind != "money" or not isinstance(v, Decimal) or v == 0:
            return v
        a = (v / 2).to_integral_value() if abs(v) >= 2 else Decimal(1)
        b = v - a
        return Formula(f"={format(a.normalize(), 'f')}{'+' if b >= 0 else '-'}{format(abs(b).normalize(), 'f')}", v)
    book.formatters.append(f)


@habit("金额格式只显示一位小数（#,##0.0，存的仍是两位小数的原数）", 1,
       applies=lambda b: any(_decimals(r.cells[k]) > 1 for r in b.rows if r.kind == "data"
                             for k in _kinds(b, "money") if isinstance(r.cells.get(k), Decimal)))
def display_rounded(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return Styled(v, "#,##0.0") if col.kind == "money" and isinstance(v, Decimal) else v
    book.formatters.append(f)


#: Excel's 会计专用 format as Chinese Excel writes it: 0 shows as "-".
ACCOUNTING = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ '


@habit("金额用会计专用格式（零显示为“-”，存的仍是 0）", 1, applies=_zero_money)
def accounting_dash_zero(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return Styled(v, ACCOUNTING) if col.kind == "money" and isinstance(v, Decimal) else v
    book.formatters.append(f)


@habit("金额格式带单位（#,##0.00\"万元\"：显示 3,000.00万元，存的是 3000）", 1, applies=_money_present)
def money_unit_in_format(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind != "money" or not isinstance(v, Decimal):
            return v
        unit = next((c.unit for c in book.cols if c.key == col.name and c.unit), book.unit)
        return Styled(v, f'#,##0.00"{unit}"')
    book.formatters.append(f)


def _has_pct(book: Book) -> bool:
    return _has_values(book, "pct")


@habit("百分数写成文本带百分号（8.2%）", 1, applies=_has_pct, exclusive=("pct",))
def pct_with_sign(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return f"{format(v.normalize(), 'f')}%" if col.kind == "pct" and isinstance(v, Decimal) else v
    book.formatters.append(f)


@habit("百分数存成小数、单元格格式为百分比（0.082 显示为 8.2%）", 1, applies=_has_pct, exclusive=("pct",))
def pct_as_formatted_fraction(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return Styled(v / 100, "0.0%") if col.kind == "pct" and isinstance(v, Decimal) else v
    book.formatters.append(f)


def _dates(style: Callable[[dt.date], Any]) -> Callable[[Book], None]:
    def apply(book: Book) -> None:
        def f(col: Column, v: Any) -> Any:
            return style(v) if col.kind == "date" and isinstance(v, dt.date) else v
        book.formatters.append(f)
    return apply


def _has_dates(book: Book) -> bool:
    return _has_values(book, "date")


for _name, _zh, _style in (
    ("dates_serial", "日期存成数字序列号（46082，无日期格式）", lambda d: (d - EXCEL_EPOCH).days),
    ("dates_dots", "日期写成 2026.3.1", lambda d: f"{d.year}.{d.month}.{d.day}"),
    ("dates_chinese", "日期写成 2026年3月1日", lambda d: f"{d.year}年{d.month}月{d.day}日"),
    ("dates_slashes", "日期写成 2026/03/01", lambda d: f"{d:%Y/%m/%d}"),
    ("dates_text", "日期存成文本 2026-03-01", lambda d: d.isoformat()),
):
    HABITS[_name] = Habit(_name, _zh, 1, _dates(_style), _has_dates, ("dates",))


#: Words a clerk writes for a flag that has a natural verb; other flags keep 是/否 in that style.
_FLAG_WORDS = {"started": ("已开工", "未开工"), "in_stats": ("已纳统", "未纳统")}


def _flags(style: Callable[[Column, bool], Any]) -> Callable[[Book], None]:
    def apply(book: Book) -> None:
        def f(col: Column, v: Any) -> Any:
            return style(col, v) if col.kind == "flag" and isinstance(v, bool) else v
        book.formatters.append(f)
    return apply


def _has_flags(book: Book) -> bool:
    return bool(_kinds(book, "flag"))


for _name, _zh, _fstyle in (
    ("flags_ticks", "是否列写 √/×", lambda c, v: "√" if v else "×"),
    ("flags_yn", "是否列写 Y/N", lambda c, v: "Y" if v else "N"),
    ("flags_digits", "是否列写数字 1/0", lambda c, v: 1 if v else 0),
    ("flags_words", "是否列写“已开工/未开工”“已纳统/未纳统”", lambda c, v: _FLAG_WORDS.get(c.name, ("是", "否"))[0 if v else 1]),
    ("flags_noted", "是否列带括号说明（是（已入库）/否（未开工））", lambda c, v: "是（已入库）" if v else "否（暂未）"),
):
    HABITS[_name] = Habit(_name, _zh, 1, _flags(_fstyle), _has_flags, ("flags",))


def _month_words(v: str) -> str:
    year, _, month = v.partition("-")
    return f"{year}年{int(month)}月" if month else f"{year}年"


@habit("入规年月写成 2018年6月、2019年", 1, applies=lambda b: _has_values(b, "month"))
def months_chinese(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return _month_words(v) if col.kind == "month" and isinstance(v, str) and v[:4].isdigit() else v
    book.formatters.append(f)


def _section_letter(code: str) -> str:
    division = int(code[:2])
    return "B" if division <= 12 else ("C" if division <= 43 else "D")


def _codes(sep: str) -> Callable[[Book], None]:
    def apply(book: Book) -> None:
        def f(col: Column, v: Any) -> Any:
            if col.name == "industry_code" and isinstance(v, str) and v.isdigit():
                return _section_letter(v) + sep + v
            return v
        book.formatters.append(f)
    return apply


for _name, _zh, _sep in (("codes_lettered", "行业代码带门类字母（C3825）", ""),
                         ("codes_lettered_spaced", "行业代码带门类字母和空格（C 3825）", " ")):
    HABITS[_name] = Habit(_name, _zh, 1, _codes(_sep), lambda b: "industry_code" in [c.key for c in b.cols], ("codes",))


def _has_codes(book: Book) -> bool:
    return bool(set(_kinds(book, "code")) & {"project_code", "uscc", "parcel_code"})


@habit("代码用全角字符输入（２３０１－６１０５２５…）", 1, applies=_has_codes)
def codes_fullwidth(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.name in ("project_code", "uscc", "parcel_code") and isinstance(v, str):
            return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in v)
        return v
    book.formatters.append(f)


@habit("统一社会信用代码的字母用小写", 1, applies=lambda b: "uscc" in [c.key for c in b.cols])
def uscc_lowercase(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return v.lower() if col.name == "uscc" and isinstance(v, str) else v
    book.formatters.append(f)


#: What clerks append to a township's name in a cell (the configured names carry no such suffix).
_SUFFIX = {"经开区": "管委会"}


@habit("乡镇名写全称（清水镇人民政府、经开区管委会）", 1, applies=lambda b: bool(_kinds(b, "township")))
def township_full_names(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind == "township" and isinstance(v, str):
            return v + _SUFFIX.get(v, "人民政府")
        return v
    book.formatters.append(f)


@habit("选项文字里加空格、引号（改建和 技术改造、专精特新“小巨人”）", 1, applies=lambda b: bool(_kinds(b, "enum")))
def enum_decorated(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        if col.kind != "enum" or not isinstance(v, str) or col.name == "indicator":
            return v
        if v.endswith("小巨人"):
            return v.replace("小巨人", "“小巨人”")
        return v[: len(v) // 2] + " " + v[len(v) // 2:] if len(v) > 2 else v
    book.formatters.append(f)


@habit("文字后面多打了空格", 1)
def trailing_spaces(book: Book) -> None:
    def f(col: Column, v: Any) -> Any:
        return v + "  " if col.kind in ("text", "enum", "township", "county", "scope", "code") and isinstance(v, str) else v
    book.formatters.append(f)


# --- stage 2: the columns --------------------------------------------------------------------

#: What clerks write instead of the template's header, from returns people make (not the schema's aliases).
CLERK_WORDS: dict[str, dict[str, str]] = {
    "fai_projects": {"project_code": "项目统一代码", "name": "建设项目名称", "township": "所在镇（街道）",
                     "nature": "建设类型", "is_tech": "是否属于技改项目", "is_key": "是否为倍增计划重点项目",
                     "total_investment": "总投资额", "annual_plan": "2026年计划投资", "started": "是否已开工",
                     "start_date": "实际开工日期", "in_stats": "是否入库纳统", "invest_month": "6月份完成投资",
                     "invest_cum": "今年以来累计完成投资"},
    "enterprise_output": {"uscc": "统一社会信用代码（18位）", "name": "单位详细名称", "township": "所属镇办",
                          "industry_code": "行业代码（GB/T4754）", "sei": "是否战新产业", "entered_month": "入规年月（年-月）",
                          "output_month": "6月工业总产值", "output_cum": "1-6月工业总产值",
                          "output_cum_last_year": "去年同期工业总产值", "revenue_cum": "1-6月营业收入"},
    "city_comparison": {"county": "县市区", "output_cum": "规上工业总产值本年累计",
                        "output_cum_last_year": "规上工业总产值去年同期", "output_yoy_pct": "规上工业总产值同比增长",
                        "va_yoy_pct": "规上工业增加值同比增长", "fai_cum": "工业投资本年累计",
                        "fai_cum_last_year": "工业投资去年同期", "fai_yoy_pct": "工业投资同比增长",
                        "tech_cum": "技改投资本年累计", "tech_cum_last_year": "技改投资去年同期",
                        "tech_yoy_pct": "技改投资同比增长"},
    "cultivation": {"uscc": "统一社会信用代码", "name": "企业全称", "township": "所在镇办", "ctype": "培育方向（类型）",
                    "status": "当前状态", "status_date": "认定（入库）时间", "official": "包联县级领导",
                    "grant_amount": "奖补金额", "note": "备注说明"},
    "attraction": {"name": "招商项目名称", "investor": "投资主体（签约企业）", "chain": "所属产业链条", "township": "落地镇办",
                   "stage": "目前进展阶段", "contact_date": "首次洽谈时间", "signed_date": "签约时间",
                   "landed_date": "落地时间", "started_date": "开工时间", "total_investment": "协议投资额",
                   "funds_in_place": "本年到位资金额", "responsible": "责任单位（包抓）", "progress": "推进情况及存在问题"},
    "factors": {"item": "保障事项", "event_date": "发生时间", "name": "地块名称（用途）", "parcel_code": "电子监管号",
                "township": "坐落乡镇", "area_mu": "出让面积", "amount": "资金额", "quarter": "所属季度"},
    "progress_notes": {"section": "对应报告章节", "title": "工作事项标题", "text": "工作进展情况", "figure_label": "进度指标名称",
                       "figure_pct": "完成进度"},
    "targets": {"year": "年份", "indicator": "指标代码", "indicator_name": "指标名称", "scope": "责任乡镇（范围）",
                "value": "2026年目标", "unit": "计量单位", "q1": "一季度目标", "q2": "上半年目标", "q3": "前三季度目标",
                "q4": "四季度末累计目标"},
}


@habit("表头用 schema 里的常见别名（项目、总投资、纳统…）", 2, exclusive=("words",))
def synonyms_alias(book: Book) -> None:
    cols = book.columns()
    for c in book.cols:
        if c.key in cols and cols[c.key].aliases:
            c.label = cols[c.key].aliases[0]


@habit("表头用经办人自己的说法（是否入库纳统、建设项目名称、今年以来累计完成投资…）", 2, exclusive=("words",))
def synonyms_clerk(book: Book) -> None:
    words = CLERK_WORDS[book.form]
    for c in book.cols:
        if c.key in words:
            c.label = words[c.key]


#: Two-row headers as clerks draw them: a group cell merged over its children (form → [(group, {column: child})]).
GROUPS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "fai_projects": [("计划投资", {"total_investment": "总投资", "annual_plan": "年度计划"}),
                     ("完成投资", {"invest_month": "本月", "invest_cum": "1-N月累计"})],
    "enterprise_output": [("工业总产值", {"output_month": "本月", "output_cum": "1-N月累计",
                                        "output_cum_last_year": "上年同期累计"})],
    "city_comparison": [("规上工业总产值", {"output_cum": "累计", "output_cum_last_year": "上年同期", "output_yoy_pct": "增速"}),
                        ("工业固定资产投资", {"fai_cum": "累计", "fai_cum_last_year": "上年同期", "fai_yoy_pct": "增速"}),
                        ("技术改造投资", {"tech_cum": "累计", "tech_cum_last_year": "上年同期", "tech_yoy_pct": "增速"})],
    "cultivation": [("培育情况", {"ctype": "类型", "status": "状态", "status_date": "日期"})],
    "attraction": [("日期", {"contact_date": "对接", "signed_date": "签约", "landed_date": "落户", "started_date": "开工"}),
                   ("资金", {"total_investment": "总投资", "funds_in_place": "本年到位"})],
    "factors": [("供地情况", {"parcel_code": "宗地编号", "area_mu": "面积"})],
    "progress_notes": [("完成情况", {"figure_label": "数字指标", "figure_pct": "完成进度"})],
    "targets": [("分季度累计目标", {"q1": "一季度", "q2": "上半年", "q3": "前三季度", "q4": "全年"})],
}
#: The third row a 3-row header adds on top of the groups.
SUPER = {"fai_projects": "投资情况", "enterprise_output": "主要经济指标", "city_comparison": "主要工业指标",
         "cultivation": "培育工作", "attraction": "项目推进", "factors": "要素保障", "progress_notes": "进展",
         "targets": "目标任务"}


def _group(book: Book, levels: int) -> None:
    """Group cells over their children; with three levels a super group over the last group (and the columns
    next to it that carry no group of their own stay merged down over all three rows)."""
    groups = GROUPS[book.form]
    for n, (group, children) in enumerate(groups):
        members = [c for c in book.cols if c.key in children]
        units = {c.unit for c in members}
        for c in members:
            c.groups = ([SUPER[book.form]] if levels == 3 and n == len(groups) - 1 else []) + [group]
            c.label = children[c.key]
            if len(units) == 1 and c.unit:
                c.unit_on_group = True


@habit("两行合并表头（“完成投资”合并在“本月 / 1-N月累计”之上）", 2, exclusive=("header",))
def header_two_rows(book: Book) -> None:
    _group(book, 2)


@habit("三行合并表头（大类 ▸ 分组 ▸ 栏目）", 2, exclusive=("header",))
def header_three_rows(book: Book) -> None:
    _group(book, 3)


@habit("列顺序调换（关键列之后的各列倒过来排）", 2)
def columns_reordered(book: Book) -> None:
    keep = 2 if len(book.cols) > 3 else 1
    book.cols[keep:] = list(reversed(book.cols[keep:]))


@habit("隐藏一列（列仍有数据）", 2, applies=lambda b: len(b.cols) > 3)
def column_hidden(book: Book) -> None:
    book.cols[len(book.cols) // 2].hidden = True


def _township_implied(book: Book) -> bool:
    form = get_form(book.form)
    return (form.senders == "townships" and "township" in [c.key for c in book.cols]
            and all(r.cells.get("township") == book.sender for r in book.rows if r.kind == "data"))


@habit("乡镇自己的表删去“所属乡镇”列（报送单位即乡镇）", 2, applies=_township_implied)
def implicit_township_removed(book: Book) -> None:
    book.cols = [c for c in book.cols if c.key != "township"]


@habit("表头不写（万元），只在“单位：”行写", 2, applies=lambda b: any(c.unit == b.unit for c in b.cols),
       exclusive=("unit_header",))
def unit_only_in_line(book: Book) -> None:
    for c in book.cols:
        if c.unit == book.unit and c.key in _kinds(book, "money"):
            c.unit = None


@habit("必填栏的表头前加*号（*项目名称、*统一社会信用代码）", 2)
def required_marks(book: Book) -> None:
    key = set(get_form(book.form).key)
    for i, c in enumerate(book.cols):
        if c.key in key or i < 2:
            c.label = "*" + c.label


@habit("表头文字中间加空格、折行（项 目 名 称、计划总\\n投资）", 2)
def header_spaced(book: Book) -> None:
    for i, c in enumerate(book.cols):
        if len(c.label) <= 4:
            c.label = " ".join(c.label)
        elif i % 2:
            c.label = c.label[: len(c.label) // 2] + "\n" + c.label[len(c.label) // 2:]


@habit("表头下有一行栏次（甲 乙 1 2 3 …）", 2)
def column_numbers_row(book: Book) -> None:
    book.column_numbers = True


#: Habits that make no sense on a table turned round (they work on rows or columns of the sheet).
NOT_WITH_TRANSPOSED = ("column_hidden", "column_numbers_row", "units_row", "township_merged_down", "blank_rows", "header_two_rows",
                       "header_three_rows", "unit_line_right", "footer_cells", "last_month_sheet_kept")


@habit("表格横竖调换：指标一行一个，各县区一列一个（统计局常见）", 2,
       applies=lambda b: b.form == "city_comparison")
def transposed(book: Book) -> None:
    book.transposed = True


@habit("目标表只写指标名称、单位、年度目标（没有“年度”“指标代码”两列，年份在标题里）", 2,
       applies=lambda b: b.form == "targets")
def targets_by_name(book: Book) -> None:
    book.cols = [c for c in book.cols if c.key not in ("year", "indicator")]


@habit("单位单独一行写在表头下面（（万元）、（%））", 2, applies=lambda b: any(c.unit for c in b.cols),
       exclusive=("unit_header",))
def units_row(book: Book) -> None:
    book.units_row = True


@habit("表格从 B2 开始画（左边空一列、上面空一行）", 4)
def table_from_b2(book: Book) -> None:
    book.offset = (1, 1)


@habit("最前面加“序号”列", 2)
def serial_column(book: Book) -> None:
    book.cols.insert(0, Col(SEQ, SEQ))


@habit("加一列表外的“联系人”", 2)
def extra_column(book: Book) -> None:
    book.cols.append(Col(EXTRA, EXTRA))
    for i, r in enumerate(book.rows):
        if r.kind == "data":
            r.cells[EXTRA] = "王伟" if i % 2 else "李娜"


# --- stage 3: rows -----------------------------------------------------------------------------

#: Forms whose money columns a clerk would add up (a 合计 of a targets or city table means nothing).
TOTALLED = ("fai_projects", "enterprise_output", "cultivation", "attraction")


def _sums(book: Book, rows: list[Row]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in _kinds(book, "money"):
        values = [r.cells[k] for r in rows if r.cells.get(k) is not None]
        if values:
            out[k] = sum(values, Decimal(0))
    return out


@habit("表尾加“合计”行（“合计”合并占两格）", 3, applies=lambda b: b.form in TOTALLED and _money_present(b), exclusive=("total",))
def total_at_bottom(book: Book) -> None:
    book.rows.append(Row("total", _sums(book, book.rows), "合计", span=2))


@habit("表头下第一行是“总  计”", 3, applies=lambda b: b.form in TOTALLED and _money_present(b), exclusive=("total",))
def total_at_top(book: Book) -> None:
    book.rows.insert(0, Row("total", _sums(book, book.rows), "总  计"))


@habit("表尾“合计”是 =SUM() 公式（保存了计算结果）", 3,
       applies=lambda b: b.form in TOTALLED and _money_present(b), exclusive=("total",))
def total_as_formulas(book: Book) -> None:
    book.rows.append(Row("total", _sums(book, book.rows), "合计", formulas=True))


def _townships_vary(book: Book) -> bool:
    return book.form in TOTALLED and len({r.cells.get("township") for r in book.rows if r.kind == "data"}) > 1


@habit("按乡镇分组，每组后加“××镇小计”行", 3, applies=_townships_vary)
def subtotals_by_township(book: Book) -> None:
    data = [r for r in book.rows if r.kind == "data"]
    order: dict[str, list[Row]] = {}
    for r in data:
        order.setdefault(str(r.cells.get("township") or "其他"), []).append(r)
    rows: list[Row] = [r for r in book.rows if r.kind == "total" and book.rows.index(r) == 0]
    for town, members in order.items():
        rows += members
        rows.append(Row("subtotal", _sums(book, members), f"{town}小计"))
    rows += [r for r in book.rows if r.kind == "total" and r not in rows]
    book.rows = rows


@habit("行的先后顺序倒过来", 3)
def rows_reversed(book: Book) -> None:
    book.rows.reverse()


def _townships_repeat(book: Book) -> bool:
    towns = [r.cells.get("township") for r in book.rows if r.kind == "data"]
    return "township" in [c.key for c in book.cols] and len(set(towns)) < len(towns)


@habit("同一乡镇的行排在一起，乡镇格向下合并（只写一次）", 3, applies=_townships_repeat)
def township_merged_down(book: Book) -> None:
    data = [r for r in book.rows if r.kind == "data"]
    order = list(dict.fromkeys(str(r.cells.get("township")) for r in data))
    data.sort(key=lambda r: order.index(str(r.cells.get("township"))))
    it = iter(data)
    book.rows = [next(it) if r.kind == "data" else r for r in book.rows]
    book.merged_down.add("township")


@habit("数据中间夹着空行", 3, applies=lambda b: len(b.rows) > 2)
def blank_rows(book: Book) -> None:
    rows: list[Row] = []
    for i, r in enumerate(book.rows):
        rows.append(r)
        if i % 3 == 1:
            rows.append(Row("blank"))
    book.rows = rows


# --- stage 4: lines above and below ---------------------------------------------------------

#: How a clerk titles each return in their own words (the sender and the period stay in the title).
CLERK_TITLES = {"fai_projects": "工业固定资产投资项目进展情况表", "enterprise_output": "规模以上工业企业主要经济指标完成情况",
                "city_comparison": "各县区主要工业经济指标对比表", "cultivation": "重点企业培育工作台账",
                "attraction": "招商引资项目推进台账", "factors": "工业要素保障工作情况表",
                "progress_notes": "重点工作推进情况", "targets": "工业倍增计划目标任务分解表"}


def _period_words(book: Book) -> str:
    if len(book.period) == 4:
        return f"{book.period}年"
    return f"{book.period[:4]}年1-{int(book.period[5:])}月"


@habit("自拟的合并标题行（××镇2026年1-6月…进展情况表）", 4)
def title_clerk(book: Book) -> None:
    book.above[0] = Line({0: f"{book.sender}{_period_words(book)}{CLERK_TITLES[book.form]}"}, merged=True)


@habit("填报单位行写“（盖章）”、全称和填报日期", 4)
def sender_line_clerk(book: Book) -> None:
    for i, ln in enumerate(book.above):
        if any("填报单位" in t for t in ln.cells.values()):
            book.above[i] = Line({0: f"填报单位（盖章）：{book.sender}人民政府" if get_form(book.form).senders == "townships"
                                  else f"填报单位（盖章）：丹河县{book.sender}",
                                  -3: "填报日期：2026年7月6日"})


@habit("“单位：万元”写在填报单位那一行的最右一格", 4, applies=lambda b: any(
    "单位：" in t and "填报" not in t for ln in b.above for t in ln.cells.values()), exclusive=("unit_line",))
def unit_line_right(book: Book) -> None:
    unit_lines = [ln for ln in book.above if any(t.startswith("单位：") for t in ln.cells.values())]
    text = next(t for t in unit_lines[0].cells.values() if t.startswith("单位："))
    book.above = [ln for ln in book.above if ln not in unit_lines]
    for ln in book.above:
        if any("填报单位" in t for t in ln.cells.values()):
            ln.cells[-1] = text
            return
    book.above.append(Line({-1: text}))


@habit("填报单位、单位、填报日期写在同一格里（填报单位：××　　单位：万元　　2026年7月6日）", 4, applies=lambda b: any(
    "单位：" in t and "填报" not in t for ln in b.above for t in ln.cells.values()), exclusive=("unit_line",))
def sender_unit_one_cell(book: Book) -> None:
    texts = [t for ln in book.above for t in ln.cells.values() if "填报单位" in t or t.startswith("单位：")]
    book.above = [ln for ln in book.above if not any(t in texts for t in ln.cells.values())]
    book.above.insert(1, Line({0: "　　".join([*texts, "2026年7月6日"])}, merged=True))


@habit("表尾签名栏分在几格里（填报人：｜王伟｜联系电话：｜…），另起一行填报日期", 4)
def footer_cells(book: Book) -> None:
    parts = ["填报人：", "王伟", "联系电话：", "13909131234", "审核人：", "张强"]
    width = len(book.cols)
    cells = {i: p for i, p in enumerate(parts[: width - 1])}
    cells[min(width, len(parts)) - 1] = "".join(parts[min(width, len(parts)) - 1:])
    book.below = [Line(cells), Line({0: "填报日期：2026年7月6日"})]


@habit("删去“单位：”行（单位只写在表头括号里）", 4, applies=lambda b: any(
    c.unit == b.unit for c in b.cols if c.key in _kinds(b, "money")), exclusive=("unit_header", "unit_line"))
def no_unit_line(book: Book) -> None:
    book.above = [ln for ln in book.above if not any(t.startswith("单位：") for t in ln.cells.values())]


@habit("标题下空一行再画表头", 4)
def gap_after_title(book: Book) -> None:
    book.above.insert(1, Line({}))


# --- stage 5: the workbook ---------------------------------------------------------------------


@habit("前面多一张别的工作表（通讯录）", 5)
def other_sheet_in_front(book: Book) -> None:
    book.before.insert(0, Grid("通讯录", [["单位", "联系人", "电话"], [book.sender, "王伟", "13909131234"],
                                       ["县统计局", "李娜", "0913-5551234"]]))


def _monthly(book: Book) -> bool:
    return len(book.period) == 7 and int(book.period[5:]) > 2


@habit("上月的表留在前面一张工作表（“5月”，数字不同），本月的表叫“6月”", 5, applies=_monthly)
def last_month_sheet_kept(book: Book) -> None:
    month = int(book.period[5:])
    last = copy.deepcopy(book)
    for r in last.rows:
        for k in _kinds(last, "money"):
            if isinstance(r.cells.get(k), Decimal):
                r.cells[k] = (r.cells[k] * Decimal("0.8")).quantize(Decimal("0.01"))
    words = [(f"1-{month}月", f"1-{month - 1}月"),  # the month in the title, however it is written
             (f"一至{_CN_MONTHS[month]}月", f"一至{_CN_MONTHS[month - 1]}月"), ("一、二季度", f"1-{month - 1}月")]
    for ln in last.above:
        for i, text in ln.cells.items():
            for w in words:
                text = text.replace(*w)
            ln.cells[i] = text
    last.sheet_name = f"{month - 1}月"
    book.sheet_name = f"{month}月"
    book.before.insert(0, render(last))


@habit("上月的表复制了一份藏起来（隐藏的工作表，数字不同）", 5, applies=_monthly)
def hidden_old_sheet(book: Book) -> None:
    last = copy.deepcopy(book)
    for r in last.rows:
        for k in _kinds(last, "money"):
            if isinstance(r.cells.get(k), Decimal):
                r.cells[k] = (r.cells[k] * Decimal("0.7")).quantize(Decimal("0.01"))
    last.sheet_name = f"{book.sheet_name[:26]}（旧）"
    old = render(last)
    old.state = "hidden"
    book.after.insert(0, old)


_CN_DIGITS = "〇一二三四五六七八九"
_CN_MONTHS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _retitle(book: Book, old: str, new: str) -> None:
    """The period words of the title (and any line above that carries them) written another way."""
    for ln in book.above:
        for i, text in ln.cells.items():
            ln.cells[i] = text.replace(old, new)


# Stage 5, not 4: the title is settled (``title_clerk``) before its period is written in another way.
@habit("标题的年份、月份用汉字（二〇二六年一至六月、二〇二六年度）", 5, exclusive=("title_period",))
def title_chinese_numerals(book: Book) -> None:
    year = "".join(_CN_DIGITS[int(d)] for d in book.period[:4])
    if len(book.period) == 4:
        _retitle(book, f"{book.period}年度", f"{year}年度")
    else:
        _retitle(book, _period_words(book), f"{year}年一至{_CN_MONTHS[int(book.period[5:])]}月")


@habit("1-6月的表标题写“2026年一、二季度”", 5, applies=lambda b: len(b.period) == 7 and b.period[5:] == "06",
       exclusive=("title_period",))
def title_first_two_quarters(book: Book) -> None:
    _retitle(book, _period_words(book), f"{book.period[:4]}年一、二季度")


@habit("手工复制的表：没有隐藏的识别页和填表说明（只能从标题、文件名识别）", 5)
def meta_removed(book: Book) -> None:
    book.after = [g for g in book.after if g.name not in (META_SHEET, INSTRUCTIONS_SHEET)]


@habit("文件按经办人习惯命名（清水镇6月份报表.xlsx）", 5, exclusive=("file_name",))
def file_renamed(book: Book) -> None:
    month = f"{int(book.period[5:])}月份" if len(book.period) > 4 else "年度"
    book.file_name = f"{book.sender}{month}报表{Path(book.file_name).suffix}"


@habit("文件名带报送日期（清水镇1-6月报表_20260705.xlsx）", 5, exclusive=("file_name",))
def file_name_dated(book: Book) -> None:
    book.file_name = f"{book.sender}{_period_words(book)[5:] or '年度'}报表_20260705{Path(book.file_name).suffix}"


@habit("工作表改名为 Sheet1", 5)
def sheet_renamed(book: Book) -> None:
    book.sheet_name = "Sheet1"


# --- stage 6: the file --------------------------------------------------------------------------


@habit("另存为 Excel 97-2003 (.xls)", 6, exclusive=("format",))
def as_xls(book: Book) -> None:
    book.fmt = "xls"


@habit("WPS 表格 .et（内容为 BIFF 二进制，与 .xls 同构）", 6, exclusive=("format",))
def as_wps_et(book: Book) -> None:
    book.fmt = "et"


@habit("WPS/导出工具风格 .xlsx（文字为内联字符串，无共享字符串表）", 6, exclusive=("format",))
def inline_strings(book: Book) -> None:
    book.fmt = "inline"


# ---------------------------------------------------------------------------------------------
# Applying
# ---------------------------------------------------------------------------------------------


def applicable(book: Book) -> list[str]:
    return [name for name, h in HABITS.items() if h.applies(book)]


def compatible(names: list[str]) -> bool:
    tags = [t for n in names for t in HABITS[n].exclusive]
    if "transposed" in names and set(names) & set(NOT_WITH_TRANSPOSED):
        return False
    return len(tags) == len(set(tags))


def apply(book: Book, names: list[str]) -> Book:
    """A copy of the book with the habits applied in stage order (the order they are named in within a stage).

    The file keeps its name (a suffix of digits would be read as a year or month by the identification)."""
    out = copy.deepcopy(book)
    for name in sorted(names, key=lambda n: HABITS[n].stage):
        HABITS[name].apply(out)
    return out


# ---------------------------------------------------------------------------------------------
# The known-good returns: one per form, from the demo county's June 2026
# ---------------------------------------------------------------------------------------------

PERIOD = "2026-06"
#: Who sends each base return (a township with several projects; the one department for the rest).
SENDERS = {"fai_projects": "清水镇", "enterprise_output": "统计局", "city_comparison": "统计局", "cultivation": "工信局",
           "attraction": "招商局", "factors": "自然资源局", "progress_notes": "工信局", "targets": "工信局"}
#: Enterprise rows kept (of ~120): enough for several townships, cheap to read 300 times.
ENTERPRISE_ROWS = 30


def base_rows(cfg: Config) -> dict[str, list[dict[str, Any]]]:
    """The demo county's June 2026 rows for each form (the same figures ``beizeng demo`` writes)."""
    from beizeng import demo

    world = demo.build_world(cfg, [2026])
    year, month = 2026, 6
    townships = [t.name for t in cfg.townships]
    ents = demo.enterprise_rows(world.enterprises, year, month, townships)
    own = (sum((r["output_cum"] for r in ents), Decimal(0)), sum((r["output_cum_last_year"] for r in ents), Decimal(0)))
    fai, tech = demo.counted_investment(world.projects, cfg, year, month)
    fai_ly, tech_ly = demo.counted_investment(world.projects, cfg, year - 1, month)
    return {
        "fai_projects": demo.project_rows(world.projects, SENDERS["fai_projects"], year, month),
        "enterprise_output": ents[:ENTERPRISE_ROWS],
        "city_comparison": demo.city_rows(world.counties, cfg, year, month, own, (fai, fai_ly), (tech, tech_ly)),
        "cultivation": demo.cultivation_rows(world.cultivation, year, month),
        "attraction": demo.attraction_rows(world.leads, year, month),
        "factors": demo.factor_rows(world.factors, SENDERS["factors"], year, month),
        "progress_notes": demo.progress_rows(cfg, year, month),
        "targets": demo.target_rows(world.enterprises, cfg, year, world.story, world.leads),
    }


def base_books(cfg: Config, folder: Path) -> dict[str, Book]:
    """Each form's known-good return written by beizeng's own template writer, read back as a Book."""
    from beizeng.publish.templates import write_return

    out = {}
    for code, rows in base_rows(cfg).items():
        form = get_form(code)
        sender = cfg.sender(SENDERS[code])
        assert sender is not None
        period = PERIOD[:4] if form.frequency == "yearly" else PERIOD
        path = folder / f"{sender.name}_{period}_{form.title}.xlsx"
        write_return(form, cfg, sender, period, path, rows, reporter=sender.contact, phone=sender.phone,
                     generated=dt.datetime(2026, 6, 28, 9, 0))
        book = read_template_return(path, code, sender.name, period)
        assert book.above[0].cells[0] == return_title(form, sender, period)
        out[code] = book
    return out
