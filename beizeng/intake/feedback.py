"""The feedback workbook sent back to a sender: their own sheet with the wrong cells marked, plus a list.

A clerk fixes a return fastest in the file they made: ``<name>.反馈.xlsx`` is a copy of their
workbook in which every cell with an error is filled red and every cell with a warning amber, each
with a Chinese comment, and a first sheet ``问题清单`` lists sheet, cell, column, the value found,
the problem and how to fix it, each cell reference a link to the cell.  A new version of a return
also gets ``与上一版比较``: the cells and totals that changed against the previous version.

.xlsx/.xlsm copies are made with openpyxl (macros dropped, never run); .xls, .ods, .xlsb and .et
are rebuilt from the values calamine read; an unreadable file gets the list alone.  Text taken
from a return is always written as text, never as a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

# isort: off
from beizeng.base.lean_imports import openpyxl  # before openpyxl's modules below: openpyxl without numpy (≈0.15 s a run)
# isort: on
import polars as pl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from beizeng.base import safe_io
from beizeng.base.forms import FormSpec
from beizeng.base.periods import period_words
from beizeng.base.problems import SEVERITY_ZH, Problem, ReturnError, col_letter, for_clerk
from beizeng.base.sheets import FEEDBACK_AUTHOR, FEEDBACK_SHEETS, META_SHEET, QUESTIONS_SHEET
from beizeng.base.widths import display_width
from beizeng.intake.reader import Sheet, open_workbook, quiet_dates, restore_numbers, sniff

LIST_SHEET, CHANGES_SHEET = FEEDBACK_SHEETS
AUTHOR = FEEDBACK_AUTHOR
ERROR_COLOR = "FFFF8080"
WARNING_COLOR = "FFFFC000"
#: Cells that changed against the previous version (a resubmission), when no problem marks them.
CHANGED_COLOR = "FFBDD7EE"
FILLS = {"error": PatternFill("solid", fgColor=ERROR_COLOR), "warning": PatternFill("solid", fgColor=WARNING_COLOR)}
LIGHT = {"error": PatternFill("solid", fgColor="FFFFD7D7"), "warning": PatternFill("solid", fgColor="FFFFF0C0"),
         "info": PatternFill("solid", fgColor="FFEAF1FB")}
HEADER_FILL = PatternFill("solid", fgColor="FFD9E1F2")
FONT = "宋体"
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
ORDER = {"error": 0, "warning": 1, "info": 2}
#: 问题清单 columns: header, width (Excel characters).
LIST_COLUMNS = (("序号", 6), ("类别", 7), ("工作表", 14), ("单元格", 9), ("列", 20), ("填写的内容", 18),
                ("问题", 50), ("如何修改", 42), ("代码", 18))
#: The largest merged range rebuilt from an .xls/.ods (a hostile file may merge a whole sheet).
MAX_MERGE_CELLS = 20000
#: Beyond this many cells read, the sender's workbook is not copied into the feedback (openpyxl
#: took 76 s and 1.2 GB for a huge one; on this project's 2-core machine a 100,000-cell copy took 9 s
#: and 120 MB, 300,000 cells 27 s): the feedback holds the problem list alone and says so.  A
#: county return of 500 rows × 20 columns is 10,000 cells.
MAX_COPY_CELLS = 100_000
#: The same bound for a source whose cells were not counted: its size on disk (100,000 cells ≈ 0.5 MB).
MAX_COPY_BYTES = 2 * 1024 * 1024
NOTE_TOO_BIG = (f"说明：原文件过大（超过 {MAX_COPY_CELLS:,} 个单元格），反馈表中没有复制原表，只有问题清单；"
                "请按清单中的工作表和单元格位置在原文件中修改。")


def feedback_path(stored: Path) -> Path:
    """``东镇6月.xlsx`` → ``东镇6月.反馈.xlsx`` beside the stored return; ``东镇6月.xls`` →
    ``东镇6月.xls.反馈.xlsx``, so the .xls, .ods and .xlsx of one name never share a feedback file."""
    if stored.suffix.lower() == ".xlsx":
        return stored.with_name(f"{stored.stem}.反馈.xlsx")
    return stored.with_name(f"{stored.name}.反馈.xlsx")


def safe_text(value: Any) -> str:
    """Text openpyxl can store: control characters removed (they make the file unreadable)."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def put_text(cell: Any, value: Any) -> None:
    """Write text as text: "=SUM(A1)" typed by a sender stays those characters, never a formula."""
    cell.value = safe_text(value)
    cell.data_type = "s"


def put(cell: Any, value: Any) -> None:
    """A value from a return: strings as text, numbers, dates and flags as themselves."""
    if isinstance(value, str):
        put_text(cell, value)
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = "yyyy-mm-dd hh:mm" if (value.hour, value.minute) != (0, 0) else "yyyy-mm-dd"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, bool | int | float | Decimal):
        cell.value = value
    elif value is None:
        cell.value = None
    else:
        put_text(cell, value)


# ---------------------------------------------------------------------------------------------
# What changed against the previous version
# ---------------------------------------------------------------------------------------------

@dataclass
class CellChange:
    key: str
    label: str
    column: str
    old: Any
    new: Any
    cell: str  # in the new file


@dataclass
class Changes:
    """A version compared with the one before it (same form, sender and period)."""

    previous: str  # "第2次报送「东镇6月.xlsx」（07-03 10:15 收到，已退回）"
    cells: list[CellChange] = field(default_factory=list)
    added: list[tuple[str, str, str]] = field(default_factory=list)  # key, label, row
    removed: list[tuple[str, str]] = field(default_factory=list)  # key, label
    totals: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)  # column, before, now
    rows_before: int = 0  # the rows (distinct keys) of the version compared with

    @property
    def identical(self) -> bool:
        return not (self.cells or self.added or self.removed)

    def summary(self) -> str:
        if self.identical:
            return f"数据与{self.previous}完全相同"
        parts = []
        if self.cells:
            parts.append(f"{len(self.cells)} 个单元格改动")
        if self.added:
            parts.append(f"新增 {len(self.added)} 行")
        if self.removed:
            parts.append(f"删去 {len(self.removed)} 行")
        moved = [f"{c} {_signed(now - before)}" for c, before, now in self.totals if now != before]
        if moved:
            parts.append("合计 " + "，".join(moved))
        return f"与{self.previous}相比：" + "；".join(parts)


def _signed(value: Decimal) -> str:
    text = _plain(value)
    return text if text.startswith("-") else "+" + text


def _plain(value: Any) -> str:
    if value is None:
        return "（空或无法识别）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal | int | float) and isinstance(b, Decimal | int | float) and not isinstance(a, bool):
        return Decimal(str(a)) == Decimal(str(b))
    return bool(a == b)


def compare(form: FormSpec, before: pl.DataFrame, before_rows: Sequence[int], now: pl.DataFrame,
            now_rows: Sequence[int], columns: dict[str, int], previous: str) -> Changes:
    """Cell by cell by the form's key, and the total of every money column."""
    changes = Changes(previous)
    names = [c.name for c in form.columns]
    # what the report calls a row (企业名称, 项目名称), else the first text column
    label_col = form.roles.name or next((c.name for c in form.columns if c.kind == "text"), None)
    key = list(form.key) or names[:1]

    def index(frame: pl.DataFrame, rows: Sequence[int]) -> dict[tuple[Any, ...], tuple[dict[str, Any], int]]:
        out: dict[tuple[Any, ...], tuple[dict[str, Any], int]] = {}
        for rec, r in zip(frame.select(names).iter_rows(named=True), rows, strict=True):
            out.setdefault(tuple(rec[k] for k in key), (rec, r))
        return out

    old, new = index(before, before_rows), index(now, now_rows)
    changes.rows_before = len(old)

    def label_of(rec: dict[str, Any]) -> str:
        return str(rec.get(label_col) or "") if label_col else ""

    # a key corrected (信用代码 retyped, 项目代码 fixed) is the same row: its name is in both versions, once each
    gone = {k: rec for k, (rec, _) in old.items() if k not in new}
    came = [k for k in new if k not in old]
    once_gone = Counter(label_of(rec) for rec in gone.values())
    once_came = Counter(label_of(new[k][0]) for k in came)
    by_label = {label_of(rec): k for k, rec in gone.items()
                if label_of(rec) and once_gone[label_of(rec)] == 1 and once_came[label_of(rec)] == 1}
    for k, (rec, r) in new.items():
        text = "、".join(_plain(v) for v in k)
        label = label_of(rec)
        if k in old:
            prev, was = old[k][0], k
        elif label in by_label:
            was = by_label.pop(label)
            prev = gone.pop(was)
        else:
            changes.added.append((text, label, f"第{r}行"))
            continue
        for col in form.columns:
            if (col.name in key and was == k) or _same(prev[col.name], rec[col.name]):
                continue
            cell = f"{col_letter(columns[col.name])}{r}" if col.name in columns else ""
            changes.cells.append(CellChange(text, label, col.header, prev[col.name], rec[col.name], cell))
    for k, rec in gone.items():
        changes.removed.append(("、".join(_plain(v) for v in k), label_of(rec)))
    for col in form.columns:
        if col.kind == "money":
            a = sum((Decimal(str(v)) for v in before[col.name].drop_nulls().to_list()), Decimal(0))
            b = sum((Decimal(str(v)) for v in now[col.name].drop_nulls().to_list()), Decimal(0))
            changes.totals.append((col.label, a, b))
    return changes


#: A line saying the file corrects some rows only and the rest stay as they were ("仅更正西岭建材一户，其余企业不变").
_PARTIAL_RE = re.compile(r"(?:仅|只)(?:更正|修改|修正|调整|补报)|(?:其余|其他|其它|未列出?的?)[^。；;，,]{0,12}(?:不变|未变|无变化|同上一?版|照旧)")
#: A line saying why rows are gone ("说明：东镇风电配套项目已取消，本表删除该项目", "其余企业已停产、不再报送"):
#: a version that drops most rows of the one before is read only with such a line (``MOSTLY_GONE``).
_GONE_WHY_RE = re.compile(r"停产|停业|关停|关闭|倒闭|破产|注销|吊销|退规|退库|出库|退出|迁出|搬迁|外迁|合并|兼并|取消|撤销|撤项|"
                          r"终止|停建|删除|删去|删掉|去掉|剔除|移出|不再(?:报送|填报|统计|纳入|列入|生产)|已(?:完工|竣工)|"
                          r"(?:只|仅)(?:剩|余)")
#: Rows removed named one by one in the message; the rest counted.
_REMOVED_NAMED = 5
#: When a new version drops most of the rows of the version that counts and says nothing of why — more than
#: ``MOSTLY_GONE[0]`` of its rows and at least ``MOSTLY_GONE[1]`` of them (net of rows it adds) — it is refused
#: (``version_mostly_gone``): a clerk who sends only the changed rows of a correction ("规上企业6月（更正）.xlsx" holding
#: the 2 corrected firms of 20) would otherwise delete the other 18 from the period.  Fewer rows gone (a project
#: cancelled, a parcel withdrawn) stay a warning (``rows_removed``); a line saying why (``_GONE_WHY_RE``) lets any
#: number through with that warning.
MOSTLY_GONE: tuple[float, int] = (0.5, 3)
MOSTLY_GONE_CODE = "version_mostly_gone"


def removed_rows(changes: Changes, texts: Sequence[str], file: str, sheet: str, unit: str = "行") -> list[Problem]:
    """What a new version that lacks rows of the version it replaces must say, since a version replaces the
    whole return: the rows it drops, named (a warning: a project may really be gone); and when the file says it
    corrects some rows only ("仅更正…一户，其余不变", a correction sent as the changed rows alone), an error — read
    as a whole return it would drop every row it does not list, so the version before stays and the clerk is
    asked for the whole table.  So too when it drops most of the rows (``MOSTLY_GONE``) without a line saying why:
    the clerk is asked for the whole table, or for the reason (``unit``: the rows' measure word, 户/个)."""
    if len(changes.removed) <= len(changes.added):
        return []  # as many rows or more: a row replaced by another (a key corrected under a new name too)
    names = [label or key for key, label in changes.removed]
    listed = "、".join(names[:_REMOVED_NAMED]) + (f"等{len(names)}行" if len(names) > _REMOVED_NAMED else "")
    said = next((t for t in texts if _PARTIAL_RE.search(t)), None)
    if said is not None:
        return [Problem("error", "partial_version",
                        f"文件说明“{said}”，但每次报送都以整张表替换上一版：本表没有列出的{len(names)}行（{listed}）"
                        f"会因此被删去，所以这份只列改动行的更正没有入库，{changes.previous}仍然有效",
                        "请在上一版的完整报表上改正要更正的数据，整表重新报送", file=file, sheet=sheet)]
    missing = len(names) - len(changes.added)
    share, least = MOSTLY_GONE
    why = next((t for t in texts if _GONE_WHY_RE.search(t)), None)
    if why is None and missing >= least and missing > share * changes.rows_before:
        now = changes.rows_before - missing
        return [Problem("error", MOSTLY_GONE_CODE,
                        f"与{changes.previous}相比，本版少了{missing}行（上一版{changes.rows_before}行，本版只有{now}行）："
                        f"{listed}不在本表中，表中也没有写明原因。每次报送都以整张表替换上一版，本版入库会把这{missing}行"
                        f"从本期数据中删去，所以本版没有入库，{changes.previous}仍然有效",
                        f"整表重报：把其余{missing}{unit}一并填上后重新报送；确实只剩这些的，在表下写明原因"
                        "（如“其余企业已停产、不再报送”）后重新报送", file=file, sheet=sheet)]
    return [Problem("warning", "rows_removed",
                    f"与{changes.previous}相比，本版少了{missing}行；上一版有、本版没有的是"
                    f"{listed}，这些行不再计入" + (f"（表中写明“{why}”）" if why is not None else ""),
                    "如果是漏填，请补上后整表重新报送；如果确实应当删去，可不处理", file=file, sheet=sheet)]


# ---------------------------------------------------------------------------------------------
# The workbook
# ---------------------------------------------------------------------------------------------

@dataclass
class Feedback:
    """What the feedback says about one received file."""

    file: str  # the name the sender gave the file
    accepted: bool
    problems: list[Problem]
    form_title: str | None = None
    sender: str | None = None
    period: str | None = None
    version_note: str = ""
    changes: Changes | None = None
    sheet: str | None = None  # the sheet the return was read from

    @property
    def counts(self) -> tuple[int, int]:
        return (sum(1 for p in self.problems if p.severity == "error"),
                sum(1 for p in self.problems if p.severity == "warning"))


def _load_copy(source: Path | None, sheets: list[Sheet] | None) -> tuple[Workbook, str]:
    """The sender's workbook to mark, and how it was obtained ("copy", "rebuilt" or "none")."""
    if source is not None and source.exists() and source.stat().st_size:
        data = source.read_bytes()
        if sniff(data) == "ooxml":
            try:  # from bytes: openpyxl would refuse a name ending in .xlsm/.et by its extension alone
                with quiet_dates() as said:
                    wb = openpyxl.load_workbook(io.BytesIO(data), keep_vba=False, keep_links=False)
            except Exception:  # a file calamine reads but openpyxl cannot: rebuild it from the values
                pass
            else:
                if said:  # a number under a date format that is no date: the clerk's number, not #VALUE!
                    _restore_numbers(wb, source)
                return wb, "copy"
        if sheets is None:
            try:
                sheets = open_workbook(source)
            except ReturnError:
                sheets = None
    if sheets:
        return _rebuild(sheets), "rebuilt"
    return openpyxl.Workbook(), "none"


def _restore_numbers(wb: Workbook, source: Path) -> None:
    """The numbers openpyxl made #VALUE! (beizeng.intake.reader.restore_numbers), from the file's grid as calamine
    reads it (read again: the sheets at hand may be views of the table, not the file's grid; this is rare)."""
    try:
        by_name = {s.name: s for s in open_workbook(source)}
    except ReturnError:
        return
    for ws in wb.worksheets:
        if ws.title in by_name:
            restore_numbers(ws, by_name[ws.title])


def _rebuild(sheets: list[Sheet]) -> Workbook:
    """A new .xlsx holding the values calamine read (.xls, .ods, .xlsb): same sheets, cells and merges."""
    wb = openpyxl.Workbook()
    first = wb.active
    for sheet in sheets:
        if sheet.name == META_SHEET or sheet.name in FEEDBACK_SHEETS:
            continue
        ws = wb.create_sheet(_sheet_title(sheet.name, wb))
        widths: dict[int, int] = defaultdict(int)
        for r, row in enumerate(sheet.rows, 1):
            for c, value in enumerate(row, 1):
                if value is None or value == "":
                    continue
                put(ws.cell(r, c), value)
                widths[c] = max(widths[c], min(display_width(str(value)), 40))
        for (r0, c0), (r1, c1) in sheet.merged:
            if (r1 - r0 + 1) * (c1 - c0 + 1) <= MAX_MERGE_CELLS and (r1, c1) != (r0, c0):
                ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        merged_cols = {c for (_, c0), (_, c1) in sheet.merged if c1 > c0 for c in range(c0 + 1, c1 + 2)}
        for c, w in widths.items():
            ws.column_dimensions[get_column_letter(c)].width = max(8, min(w + 2, 30) if c in merged_cols else w + 2)
        if not sheet.visible:
            ws.sheet_state = "hidden"
    if first is not None and len(wb.sheetnames) > 1:
        wb.remove(first)
    return wb


def _sheet_title(name: str, wb: Workbook) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "", name)[:31] or "Sheet"
    base, n = title, 2
    while title in wb.sheetnames:
        title = f"{base[:28]}({n})"
        n += 1
    return title


def _clear_old_feedback(wb: Workbook) -> None:
    """A corrected feedback copy sent back keeps our old marks: drop them so only today's show."""
    for name in FEEDBACK_SHEETS:
        if name in wb.sheetnames:
            wb.remove(wb[name])
    ours = {ERROR_COLOR[-6:], WARNING_COLOR[-6:], CHANGED_COLOR[-6:]}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                comment = getattr(cell, "comment", None)
                if comment is not None and comment.author == AUTHOR:
                    cell.comment = None
                    color = getattr(cell.fill.fgColor, "rgb", None)
                    if isinstance(color, str) and color[-6:] in ours:
                        cell.fill = PatternFill(fill_type=None)


def _target(ws: Worksheet, row: int, col: int) -> Any:
    """The cell a mark goes on: a cell hidden inside a merged range is marked on the range's top-left."""
    cell = ws.cell(row, col)
    if isinstance(cell, MergedCell):
        for rng in ws.merged_cells.ranges:
            if rng.min_row <= row <= rng.max_row and rng.min_col <= col <= rng.max_col:
                return ws.cell(rng.min_row, rng.min_col)
    return cell


def _first_used_column(ws: Worksheet, row: int) -> int:
    for c in range(1, (ws.max_column or 1) + 1):
        if ws.cell(row, c).value not in (None, ""):
            return c
    return 1


def _comment_text(problems: list[Problem]) -> str:
    lines = []
    for p in problems:
        lines.append(f"【{SEVERITY_ZH[p.severity]}】{p.sentence()}")
    return "\n".join(lines)


def _mark(wb: Workbook, problems: list[Problem]) -> dict[int, str]:
    """Fill and comment every problem cell; returns id(problem) → the cell actually marked."""
    where: dict[tuple[str, int, int], list[Problem]] = defaultdict(list)
    marked: dict[int, str] = {}
    for p in problems:
        if p.severity == "info" or p.row is None or not p.sheet or p.sheet not in wb.sheetnames:
            continue
        ws = wb[p.sheet]
        col = p.col + 1 if p.col is not None else _first_used_column(ws, p.row)
        cell = _target(ws, p.row, col)
        where[(p.sheet, cell.row, cell.column)].append(p)
        marked[id(p)] = cell.coordinate
    for (sheet, r, c), found in where.items():
        found.sort(key=lambda p: ORDER[p.severity])
        cell = wb[sheet].cell(r, c)
        cell.fill = FILLS[found[0].severity]
        text = _comment_text(found)
        old = cell.comment.text if cell.comment is not None and cell.comment.author != AUTHOR else ""
        if old:
            text += f"\n——原批注：{old}"
        lines = sum(max(1, display_width(line) // 36 + 1) for line in text.splitlines())
        cell.comment = Comment(safe_text(text), AUTHOR, height=min(60 + 18 * lines, 400), width=300)
    for sheet in {s for s, _, _ in where}:
        _make_readable(wb[sheet], {(r, c) for s, r, c in where if s == sheet})
    return marked


def _mark_changes(ws: Worksheet, changes: Changes) -> None:
    """A resubmission's changed cells in light blue with the previous value, unless a problem marks them."""
    for ch in changes.cells:
        if not ch.cell:
            continue
        cell = ws[ch.cell]
        line = f"【改动】上一版：{_plain(ch.old)}，本版：{_plain(ch.new)}"
        if cell.comment is not None and cell.comment.author == AUTHOR:
            cell.comment = Comment(f"{cell.comment.text}\n{line}", AUTHOR, height=cell.comment.height,
                                   width=cell.comment.width)
            continue
        cell.fill = PatternFill("solid", fgColor=CHANGED_COLOR)
        cell.comment = Comment(safe_text(line), AUTHOR, height=60, width=240)


def _make_readable(ws: Worksheet, cells: set[tuple[int, int]]) -> None:
    """Widen a marked cell's column until its value shows, and print the sheet on pages one table wide."""
    for r, c in cells:
        value = ws.cell(r, c).value
        if value is None:
            continue
        letter = get_column_letter(c)
        need = min(display_width(str(value)) + 2, 40)
        current = ws.column_dimensions[letter].width or 8.43
        if need > current:
            ws.column_dimensions[letter].width = need
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _named_styles(wb: Workbook) -> None:
    """The list's two cell styles, registered once: a named style is far cheaper to apply than four objects."""
    if "beizeng_cell" not in wb.named_styles:
        wb.add_named_style(NamedStyle("beizeng_cell", font=Font(name=FONT, size=10), border=BOX, alignment=WRAP))
    if "beizeng_head" not in wb.named_styles:
        wb.add_named_style(NamedStyle("beizeng_head", font=Font(name=FONT, size=10, bold=True), border=BOX,
                                      alignment=WRAP, fill=HEADER_FILL))


def _style_row(ws: Worksheet, row: int, ncols: int, fill: PatternFill | None = None, bold: bool = False) -> None:
    for c in range(1, ncols + 1):
        cell = ws.cell(row, c)
        cell.style = "beizeng_head" if bold else "beizeng_cell"
        if fill is not None and not bold:
            cell.fill = fill


def _headline(fb: Feedback, how: str) -> list[str]:
    errors, warnings = fb.counts
    lines = []
    period = period_words(fb.period) if fb.period else None
    what = "、".join(x for x in (fb.sender, period, f"《{fb.form_title}》" if fb.form_title else None) if x)
    if what:
        lines.append(f"报表：{what}")
    if fb.accepted:
        result = "已入库" + (f"；有 {warnings} 个提醒（黄色），请核对，无误可不修改" if warnings else "")
    elif errors:
        result = f"退回：有 {errors} 个错误（红色）" + (f"、{warnings} 个提醒（黄色）" if warnings else "") + \
                 "，请在原文件中修改后重新报送（整表重报，不必只报改动部分）"
    else:
        result = "退回"
    lines.append(f"结果：{result}")
    if fb.version_note:
        lines.append(fb.version_note)
    if how == "rebuilt":
        lines.append("说明：原文件不是 .xlsx 格式，反馈表中的工作表按读到的内容重建，未保留原有颜色和字体；请在原文件中修改。")
    elif how == "none":
        lines.append("说明：原文件无法打开，本表只有问题清单。")
    elif how == "too_big":
        lines.append(NOTE_TOO_BIG)
    lines.append(f"生成时间：{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}（beizeng 自动审核）")
    return lines


def _write_list(wb: Workbook, fb: Feedback, marked: dict[int, str], how: str) -> Worksheet:
    ws = wb.create_sheet(LIST_SHEET, 0)
    ncols = len(LIST_COLUMNS)
    last = get_column_letter(ncols)
    put_text(ws.cell(1, 1), f"{fb.file} 问题清单")
    ws.merge_cells(f"A1:{last}1")
    ws.cell(1, 1).font = Font(name=FONT, size=14, bold=True)
    ws.row_dimensions[1].height = 24
    r = 2
    for line in _headline(fb, how):
        put_text(ws.cell(r, 1), line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        bad = line.startswith("结果：退回")
        ws.cell(r, 1).font = Font(name=FONT, size=11, bold=line.startswith("结果："), color="FFC00000" if bad else None)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[r].height = 18 * max(1, display_width(line) // 150 + 1)
        r += 1
    r += 1
    header_row = r
    for c, (text, width) in enumerate(LIST_COLUMNS, 1):
        put_text(ws.cell(r, c), text)
        ws.column_dimensions[get_column_letter(c)].width = width
    _style_row(ws, r, ncols, HEADER_FILL, bold=True)
    problems = sorted(fb.problems, key=lambda p: (ORDER[p.severity], p.sheet or "", p.row or 0, p.col or 0))
    for n, p in enumerate(problems, 1):
        r += 1
        cell_ref = marked.get(id(p)) or p.cell
        values: list[Any] = [n, SEVERITY_ZH[p.severity], p.sheet or "", cell_ref, p.column or "", p.value or "",
                             p.message, for_clerk(p.code, p.fix), p.code]  # the clerk's copy: no admin's fix
        for c, v in enumerate(values, 1):
            if isinstance(v, int):
                ws.cell(r, c).value = v
            else:
                put_text(ws.cell(r, c), v)
        _style_row(ws, r, ncols)
        ws.cell(r, 2).fill = LIGHT[p.severity]
        if p.sheet and p.sheet in wb.sheetnames and marked.get(id(p)):
            link = ws.cell(r, 4)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"{quote_sheetname(p.sheet)}!{marked[id(p)]}",
                                       tooltip="转到该单元格")
            link.font = Font(name=FONT, size=10, color="FF0563C1", underline="single")
        longest = max(display_width(str(values[6])) / 48, display_width(str(values[7])) / 40,
                      display_width(str(values[5])) / 16, display_width(str(values[4])) / 18, 1)
        ws.row_dimensions[r].height = 15 * (int(longest) + 1)
    if not problems:
        r += 1
        put_text(ws.cell(r, 1), "没有发现问题。")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    if problems:
        ws.auto_filter.ref = f"A{header_row}:{last}{r}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    return ws


def _write_changes(wb: Workbook, changes: Changes) -> None:
    ws = wb.create_sheet(CHANGES_SHEET, 1)
    widths = (22, 30, 22, 18, 18, 10)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    put_text(ws.cell(1, 1), f"与上一版比较（上一版：{changes.previous}；金额单位：万元；改动的单元格在原表中标为浅蓝色）")
    ws.cell(1, 1).font = Font(name=FONT, size=12, bold=True)
    ws.merge_cells("A1:F1")
    r = 3
    put_text(ws.cell(r, 1), "合计的变化")
    ws.cell(r, 1).font = Font(name=FONT, bold=True)
    r += 1
    for c, h in enumerate(("列", "上一版合计", "本版合计", "增减"), 1):
        put_text(ws.cell(r, c), h)
    _style_row(ws, r, 4, HEADER_FILL, bold=True)
    for column, before, now in changes.totals:
        r += 1
        put_text(ws.cell(r, 1), column)
        ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, 4).value = before, now, now - before
        for c in (2, 3, 4):
            ws.cell(r, c).number_format = "#,##0.00##"
        _style_row(ws, r, 4, LIGHT["warning"] if now != before else None)
    r += 2
    put_text(ws.cell(r, 1), "改动的单元格" if not changes.identical else "数据与上一版完全相同，没有改动。")
    ws.cell(r, 1).font = Font(name=FONT, bold=True)
    if changes.cells:
        r += 1
        for c, h in enumerate(("代码", "名称", "列", "上一版", "本版", "单元格"), 1):
            put_text(ws.cell(r, c), h)
        _style_row(ws, r, 6, HEADER_FILL, bold=True)
        for ch in changes.cells:
            r += 1
            for c, v in enumerate((ch.key, ch.label, ch.column, _plain(ch.old), _plain(ch.new), ch.cell), 1):
                put_text(ws.cell(r, c), v)
            _style_row(ws, r, 6)
    for title, items in (("新增的行", [(k, label, row) for k, label, row in changes.added]),
                         ("删去的行", [(k, label, "") for k, label in changes.removed])):
        if not items:
            continue
        r += 2
        put_text(ws.cell(r, 1), title)
        ws.cell(r, 1).font = Font(name=FONT, bold=True)
        r += 1
        for c, h in enumerate(("代码", "名称", "位置"), 1):
            put_text(ws.cell(r, c), h)
        _style_row(ws, r, 3, HEADER_FILL, bold=True)
        for item in items:
            r += 1
            for c, v in enumerate(item, 1):
                put_text(ws.cell(r, c), v)
            _style_row(ws, r, 3)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def write_layout_questions(wb: Workbook, problems: list[Problem]) -> None:
    """The 表头对照 sheet: each column the reader could not place with confidence, as a question the clerk
    answers with a column letter.  Sent back with the corrected return (or answered by the county with
    ``beizeng map``), the answer is stored once for this sender and form (beizeng.intake.layouts)."""
    from beizeng.intake.layouts import question_rows

    if QUESTIONS_SHEET in wb.sheetnames:  # a feedback copy sent back: today's questions replace its own
        wb.remove(wb[QUESTIONS_SHEET])
    rows = question_rows(problems)
    if not rows:
        return
    ws = wb.create_sheet(QUESTIONS_SHEET, 1)
    put_text(ws.cell(1, 1), "表头对照：下面各项系统无法确定在哪一列。请在C列填写列字母（如 J），保存后与改好的报表一起报送；"
                            "没有这一列请留空。以后同样的表头按您的回答读取。")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    ws.cell(1, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 48
    for c, text in enumerate(("问题", "报表中的项目", "在哪一列（填列字母）"), 1):
        put_text(ws.cell(2, c), text)
    _style_row(ws, 2, 3, bold=True)
    for r, (question, item) in enumerate(rows, 3):
        put_text(ws.cell(r, 1), question)
        put_text(ws.cell(r, 2), item)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3).fill = PatternFill("solid", fgColor=WARNING_COLOR)
    for c, width in ((1, 70), (2, 22), (3, 20)):
        ws.column_dimensions[get_column_letter(c)].width = width


def _activate_first(wb: Workbook) -> None:
    """Open on 问题清单, with no other sheet still selected (two selected tabs would group the sheets)."""
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    wb.active = 0
    wb.worksheets[0].sheet_view.tabSelected = True


def too_big_to_copy(source: Path | None, sheets: list[Sheet] | None) -> bool:
    """Whether copying the sender's workbook would cost more than the feedback is worth (MAX_COPY_CELLS)."""
    if sheets is not None:
        return sum(len(row) for sheet in sheets for row in sheet.rows) > MAX_COPY_CELLS
    if source is not None and source.exists():
        return source.stat().st_size > MAX_COPY_BYTES
    return False


def write_feedback(out: Path, fb: Feedback, source: Path | None = None, sheets: list[Sheet] | None = None,
                   root: Path | None = None) -> Path:
    """Write ``out`` (…反馈.xlsx): the sender's workbook marked, 问题清单 first, changes if any.

    ``source`` must be a file the reader has already parsed (so beizeng.intake.safety has passed it); with
    no source and no ``sheets`` the workbook holds the list alone, as it does for a workbook too big
    to copy (:func:`too_big_to_copy`), with a line saying so.

    Written through beizeng.base.safe_io: a temporary name in the same folder, renamed, never through a
    symlink or outside ``root`` (the county folder; default ``out``'s own), so a half-written
    feedback never sits beside a return.
    """
    if too_big_to_copy(source, sheets):
        wb, how = openpyxl.Workbook(), "too_big"
    else:
        wb, how = _load_copy(source, sheets)
    _clear_old_feedback(wb)
    _named_styles(wb)
    if how in ("none", "too_big"):
        wb.remove(wb.worksheets[0])
    marked = _mark(wb, fb.problems)
    if fb.sheet and fb.sheet in wb.sheetnames:
        if fb.changes is not None:
            _mark_changes(wb[fb.sheet], fb.changes)
        _make_readable(wb[fb.sheet], set())
    _write_list(wb, fb, marked, how)
    if fb.changes is not None:
        _write_changes(wb, fb.changes)
    write_layout_questions(wb, fb.problems)
    _activate_first(wb)
    with safe_io.atomic_path(out, root or out.parent) as tmp:
        wb.save(tmp)
    return out
