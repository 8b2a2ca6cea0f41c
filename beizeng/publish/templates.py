"""Excel templates the county sends out, and the same layout filled in (the demo's returns).

Everything on the sheet is derived from the form's model, so the headers, units, drop-downs and
instructions a clerk sees are exactly what the reader matches and the normaliser parses: a return
filled in on a template is recognised whatever the clerk does to the title or the file name.  A very
hidden ``_beizeng`` sheet names the form, sender and period for the same reason.

Layout (Excel rows): 1 title, 2 填报单位, 3 单位 (forms with money columns), 4 headers, 5… data,
then a blank row and the 填报人/联系电话/审核人 footer.  Text from data is always written with
``write_string`` so that a name starting with ``=`` ``+`` ``-`` ``@`` can never become a formula.

Next month's templates can be pre-filled (``write_templates(..., con=...)`` with the analysts'
read-only copy): a township's investment-project template then lists its projects as it last sent
them, with the figures of the month cleared and last month's cumulative shown in a grey reference
column to the right of the form.  The reference column's header ("上月累计完成投资（参考）") matches
no header of the form, so the reader notes it as an unknown column and never reads it; typing
into it is refused by a data validation, so the sender only types this month's numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from beizeng.base.config import Config, Sender
from beizeng.base.forms import Column, FormSpec, Kind, Prefill, all_forms
from beizeng.base.periods import month_of, period_words, year_of, year_period
from beizeng.base.sheets import INSTRUCTIONS_SHEET, META_SHEET
from beizeng.base.widths import display_width

if TYPE_CHECKING:
    import duckdb

TITLE_ROW, SENDER_ROW, UNIT_ROW, HEADER_ROW, FIRST_DATA_ROW = 0, 1, 2, 3, 4  # 0-based
#: Bordered empty rows shown in a blank template (clerks insert more above the footer).
BLANK_ROWS = 20
#: Rows of a blank template that carry the drop-downs and input hints.
VALIDATION_ROWS = 500
CITY_TOTAL = "全市"
FLAG_CHOICES = ("是", "否")
FONT = "宋体"
#: Bordered empty rows added under the rows of a pre-filled template, for new projects.
PREFILLED_BLANK_ROWS = 5
REFERENCE_FILL = "#E7E6E6"
#: Excel's inline list of a drop-down is limited to 255 characters; longer lists go to a sheet range.
INLINE_LIST_MAX = 255
_SHEET_BAD_CHARS = re.compile(r"[\[\]:*?/\\]")

NUM_FORMATS = {"money": "#,##0.00", "number": "#,##0.00", "pct": "0.00", "int": "0", "date": "yyyy-mm-dd"}
#: The narrowest a column of each kind may be, so its values fit (a money figure needs ~13 characters).
MIN_WIDTH = {"money": 14, "number": 12, "pct": 10, "date": 12, "flag": 8, "int": 8, "month": 10, "prose": 40}
MAX_DEFAULT_WIDTH = 20
NUMERIC_KINDS = ("money", "number", "pct", "int")
CENTRED_KINDS = ("flag", "date", "month", "int", "township", "county", "scope", "enum")
#: A paragraph is typed into a wide cell that wraps, so the clerk sees what the report will carry.
WRAPPED_KINDS = ("prose",)


def column_width(col: Column) -> int:
    """The column's own width, else one that fits its header on at most three lines and its values."""
    if col.width:
        return col.width
    fit = math.ceil(display_width(col.label) / 2) + 2
    return max(MIN_WIDTH.get(col.kind, 10), min(fit, MAX_DEFAULT_WIDTH))


def sheet_title(form: FormSpec) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    return _SHEET_BAD_CHARS.sub("", form.title)[:31] or form.code[:31]


def has_money(form: FormSpec) -> bool:
    return any(c.kind == "money" for c in form.columns)


def return_title(form: FormSpec, sender: Sender, period: str) -> str:
    """'城关镇2026年1-6月工业固定资产投资项目月报': the title row, which also names sender and period."""
    return f"{sender.name}{period_words(period)}{form.title}"


class _Formats:
    """The workbook's cell formats, made once per workbook (xlsxwriter formats belong to one workbook)."""

    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
        cell = {**base, "border": 1}
        self.title = wb.add_format({**base, "bold": True, "font_size": 16, "align": "center"})
        self.line = wb.add_format({**base, "font_size": 11})
        self.unit = wb.add_format({**base, "font_size": 11, "align": "right"})
        self.header = wb.add_format({**cell, "bold": True, "text_wrap": True, "align": "center", "bg_color": "#DDEBF7"})
        self.footer = wb.add_format({**base, "font_size": 11})
        self.wrap = wb.add_format({**cell, "text_wrap": True, "valign": "top"})
        self.note = wb.add_format({**base, "font_size": 11, "text_wrap": True, "valign": "top"})
        self.ref_header = wb.add_format({**cell, "bold": True, "text_wrap": True, "align": "center",
                                         "bg_color": REFERENCE_FILL, "font_color": "#595959"})
        self.ref_cell = wb.add_format({**cell, "num_format": NUM_FORMATS["money"], "bg_color": REFERENCE_FILL,
                                       "font_color": "#595959"})
        self.by_kind: dict[str, Format] = {}
        for kind in get_args(Kind):
            fmt: dict[str, Any] = dict(cell)
            if kind in NUM_FORMATS:
                fmt["num_format"] = NUM_FORMATS[kind]
            if kind in CENTRED_KINDS:
                fmt["align"] = "center"
            elif kind not in NUMERIC_KINDS:
                fmt["align"] = "left"
            if kind in WRAPPED_KINDS:
                fmt.update(text_wrap=True, valign="top")
            self.by_kind[kind] = wb.add_format(fmt)

    def cell(self, col: Column) -> Format:
        return self.by_kind.get(col.kind, self.by_kind["text"])


def write_value(ws: Worksheet, row: int, col_index: int, col: Column, value: Any, fmt: Format) -> None:
    """One cell, typed by the column's kind: numbers as numbers, dates as dates, text always as text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        ws.write_blank(row, col_index, None, fmt)
    elif col.kind in NUMERIC_KINDS and not isinstance(value, str):
        ws.write_number(row, col_index, float(value) if isinstance(value, Decimal) else value, fmt)
    elif col.kind == "flag" and isinstance(value, bool):
        ws.write_string(row, col_index, "是" if value else "否", fmt)
    elif col.kind == "date" and isinstance(value, dt.date):
        ws.write_datetime(row, col_index, value, fmt)
    else:
        ws.write_string(row, col_index, str(value), fmt)


def choices(col: Column, cfg: Config) -> tuple[str, ...] | None:
    """The drop-down list of a column, if its kind has one."""
    if col.kind == "flag":
        return FLAG_CHOICES
    if col.kind == "enum":
        return col.choices
    if col.kind == "township":
        return tuple(t.name for t in cfg.townships)
    if col.kind == "county":
        return (*cfg.city_counties, CITY_TOTAL) if cfg.city_counties else (cfg.county, CITY_TOTAL)
    if col.kind == "scope":
        return (cfg.county, *(t.name for t in cfg.townships))
    return None


class _Lists:
    """Drop-down lists too long for Excel's inline limit, written to columns of the hidden sheet."""

    def __init__(self, ws: Worksheet, first_col: int = 3):
        self.ws, self.next_col = ws, first_col
        self.done: dict[tuple[str, ...], str] = {}

    def source(self, items: tuple[str, ...]) -> list[str] | str:
        if len(",".join(items)) <= INLINE_LIST_MAX:
            return list(items)
        if items not in self.done:
            c = self.next_col
            for r, item in enumerate(items):
                self.ws.write_string(r, c, item)
            letter = xl_col_to_name(c)
            self.done[items] = f"='{META_SHEET}'!${letter}$1:${letter}${len(items)}"
            self.next_col += 1
        return self.done[items]


def validation(col: Column, cfg: Config, lists: _Lists) -> dict[str, Any]:
    """Excel data validation for a column: a drop-down where there is a fixed list, else an input hint.

    Flags and enums stop a wrong entry (the list is complete); townships and counties only warn,
    since the normaliser also accepts their configured aliases.
    """
    hint = {"input_title": col.header[:32], "input_message": col.description[:255]}
    items = choices(col, cfg)
    if items:
        strict = col.kind in ("flag", "enum")
        shown = "、".join(items)
        return {
            "validate": "list", "source": lists.source(items), **hint,
            "error_type": "stop" if strict else "warning",
            "error_title": col.header[:32],
            "error_message": (f"请从下拉列表中选择：{shown}" if strict else f"不是本县配置的名称，请从下拉列表中选择：{shown}")[:255],
        }
    if col.kind == "money":
        return {"validate": "decimal", "criteria": ">" if col.above_zero else ">=", "value": 0, **hint,
                "error_type": "warning", "error_title": col.header[:32],
                "error_message": f"金额应为{'大于' if col.above_zero else '不小于'}0的数字（不要带单位）"}
    if col.kind == "date":
        return {"validate": "date", "criteria": "between", "minimum": dt.date(2000, 1, 1),
                "maximum": dt.date(2100, 12, 31), **hint, "error_type": "warning",
                "error_title": col.header[:32], "error_message": "请按 2026-03-01 的格式填写日期"}
    return {"validate": "any", **hint}


def _set_up_page(ws: Worksheet, header_row: int) -> None:
    """A4 landscape, one page wide, header repeated on every page, page numbers at the bottom."""
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_row)
    ws.center_horizontally()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&C第 &P 页，共 &N 页")


def header_text(col: Column, width: int) -> str:
    """The column's label; when it has to wrap, the unit goes on a line of its own, not split mid-bracket.

    The reader ignores the line break (``header_key`` drops whitespace) and still reads the unit.
    """
    if col.unit and display_width(col.label) > width - 1:
        return f"{col.header}\n（{col.unit}）"
    return col.label


def _lines(text: str, width: int) -> int:
    return sum(max(1, math.ceil(display_width(part) / max(width - 1, 1))) for part in text.split("\n"))


def _header_height(texts: list[str], widths: list[int]) -> float:
    """Row height (points) fitting the longest wrapped header."""
    lines = max(_lines(t, w) for t, w in zip(texts, widths, strict=True))
    return max(30.0, 13.0 * lines + 8)


@dataclass(frozen=True)
class Reference:
    """Read-only columns right of the form on a pre-filled return: last period's figures, one value per row."""

    headers: tuple[str, ...]
    values: list[tuple[Any, ...]]
    note: str
    message: str = "此列为上期已报数，仅供核对，不需填写，也不会读取。"


def _write_reference(ws: Worksheet, fm: _Formats, ref: Reference, first_col: int, n_rows: int) -> None:
    """Grey columns after the form's own; any typing into them is refused by a data validation."""
    for j, header in enumerate(ref.headers):
        c = first_col + j
        width = max(14, math.ceil(display_width(header) / 2) + 2)
        ws.set_column(c, c, width)
        shown = header.replace("（", "\n（", 1) if display_width(header) > width - 1 else header
        ws.write_string(HEADER_ROW, c, shown, fm.ref_header)
        for r in range(n_rows):
            value = ref.values[r][j] if r < len(ref.values) else None
            if value is None:
                ws.write_blank(FIRST_DATA_ROW + r, c, None, fm.ref_cell)
            elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                ws.write_number(FIRST_DATA_ROW + r, c, float(value), fm.ref_cell)
            else:
                ws.write_string(FIRST_DATA_ROW + r, c, str(value), fm.ref_cell)
        if n_rows:
            ws.data_validation(FIRST_DATA_ROW, c, FIRST_DATA_ROW + n_rows - 1, c, {
                "validate": "custom", "value": "=FALSE()", "error_type": "stop", "error_title": "参考列，不需填写",
                "error_message": ref.message[:255], "input_title": "参考列", "input_message": ref.message[:255]})


def _write_form_sheet(ws: Worksheet, fm: _Formats, lists: _Lists, form: FormSpec, cfg: Config, sender: Sender,
                      period: str, rows: Sequence[dict[str, Any]] | None, reporter: str, phone: str,
                      reference: Reference | None = None, extra_blank: int = 0) -> None:
    """The return itself: title, 填报单位, 单位, headers, rows (or bordered blanks) and the footer."""
    columns = form.columns
    last = len(columns) - 1
    widths = [column_width(c) for c in columns]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)

    ws.set_row(TITLE_ROW, 32)
    ws.merge_range(TITLE_ROW, 0, TITLE_ROW, last, "", fm.title)
    ws.write_string(TITLE_ROW, 0, return_title(form, sender, period), fm.title)
    ws.set_row(SENDER_ROW, 20)
    ws.write_string(SENDER_ROW, 0, f"填报单位：{sender.name}", fm.line)
    if has_money(form):
        ws.merge_range(UNIT_ROW, 0, UNIT_ROW, last, "", fm.unit)
        ws.write_string(UNIT_ROW, 0, f"单位：{form.unit}", fm.unit)

    headers = [header_text(c, w) for c, w in zip(columns, widths, strict=True)]
    ws.set_row(HEADER_ROW, _header_height(headers, widths))
    for i, text in enumerate(headers):
        ws.write_string(HEADER_ROW, i, text, fm.header)

    data = list(rows or [])
    known = {c.name for c in columns}
    for r, record in enumerate(data):
        unknown = set(record) - known
        if unknown:
            raise ValueError(f"{form.code}: rows carry columns the form does not have: {sorted(unknown)}")
        for i, col in enumerate(columns):
            write_value(ws, FIRST_DATA_ROW + r, i, col, record.get(col.name), fm.cell(col))
    shown_rows = len(data) + extra_blank if rows is not None else BLANK_ROWS
    for r in range(len(data) if rows is not None else 0, shown_rows):
        for i, col in enumerate(columns):
            ws.write_blank(FIRST_DATA_ROW + r, i, None, fm.cell(col))
    if reference is not None:
        _write_reference(ws, fm, reference, len(columns), shown_rows)

    footer_row = FIRST_DATA_ROW + shown_rows + 1
    ws.set_row(footer_row, 22)
    ws.merge_range(footer_row, 0, footer_row, last, "", fm.footer)
    ws.write_string(footer_row, 0, f"填报人：{reporter}    联系电话：{phone}    审核人：", fm.footer)
    if reference is not None and reference.note:
        note_row = footer_row + 1
        ws.set_row(note_row, max(20, 15 * math.ceil(display_width(reference.note) / max(sum(widths), 1))))
        ws.merge_range(note_row, 0, note_row, last, "", fm.note)
        ws.write_string(note_row, 0, reference.note, fm.note)

    _add_validations(ws, lists, columns, cfg, shown_rows, footer_row, blank=rows is None)
    ws.freeze_panes(FIRST_DATA_ROW, 0)
    _set_up_page(ws, HEADER_ROW)
    ws.activate()


def _add_validations(ws: Worksheet, lists: _Lists, columns: list[Column], cfg: Config, shown_rows: int,
                     footer_row: int, *, blank: bool) -> None:
    """Drop-downs over the data rows: the rows written, or VALIDATION_ROWS rows (minus the footer) when blank."""
    if not blank and shown_rows == 0:
        return
    last_row = FIRST_DATA_ROW + (VALIDATION_ROWS if blank else shown_rows) - 1
    for i, col in enumerate(columns):
        options = validation(col, cfg, lists)
        letter = xl_col_to_name(i)
        if blank and footer_row <= last_row:
            options["multi_range"] = (f"{letter}{FIRST_DATA_ROW + 1}:{letter}{footer_row} "
                                      f"{letter}{footer_row + 2}:{letter}{last_row + 1}")
        ws.data_validation(FIRST_DATA_ROW, i, last_row, i, options)


def example(col: Column, cfg: Config) -> str:
    """The column's own example, else one derived from its kind, so every row of the instructions has one."""
    if col.example:
        return col.example
    items = choices(col, cfg)
    if items:
        return items[0]
    return {"money": "1234.56", "number": "12.5", "pct": "8.5", "int": "2026", "date": "2026-03-01",
            "month": "2026-03"}.get(col.kind, "")


def explanation(col: Column, cfg: Config) -> str:
    """The column's description plus what may be typed, worded for the clerk."""
    text = col.description
    items = choices(col, cfg)
    if col.kind == "flag":
        text += "（填“是”或“否”）"
    elif items:
        text += f"（可选：{'、'.join(items)}）"
    elif col.kind == "pct":
        text += "（填百分数，如 8.5 表示 8.5%）"
    elif col.kind == "date":
        text += "（日期，如 2026-03-01）"
    if col.aliases:
        text += f" 表头也可写作：{'、'.join(col.aliases)}。"
    return text


def deadline_words(form: FormSpec, cfg: Config, period: str) -> str:
    """When the return of ``period`` is due, worded for the clerk from the rule ``beizeng status`` and the
    报送情况 sheet judge it by (``crosschecks.deadline``: the end of ``deadline_day`` of the next month; a
    yearly return has no deadline and counts as sent whenever it comes).  The schemas' instructions never
    name a day, so changing ``deadline_day`` in beizeng.toml changes every template with it."""
    from beizeng.base.dues import deadline

    if form.frequency == "yearly":
        return (f"报送时间：本表每年报送一次，{year_of(period)}年度的请于年初报送；"
                "年度报表不设截止日，收到即计为已报送。")
    due = deadline(cfg, period)
    recurring = f"（每月{due.day}日前报送上月数据）" if form.frequency == "monthly" else ""
    return (f"报送时间：{period_words(period)}数据请于{due.year}年{due.month}月{due.day}日前（含当日）报送{recurring}，"
            "截止后报送的计为逾期报送。")


def _write_instructions(ws: Worksheet, fm: _Formats, form: FormSpec, cfg: Config, period: str) -> None:
    """The 填表说明 sheet: when the return is due, what it is for, how to fill it in, and every column explained."""
    widths = (24, 62, 8, 10, 24)
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.set_row(0, 30)
    ws.merge_range(0, 0, 0, 4, "", fm.title)
    ws.write_string(0, 0, f"《{form.title}》填表说明", fm.title)
    notes = [
        deadline_words(form, cfg, period),
        form.instructions,
        "请直接在本文件中填写，不要复制到新文件、不要改动表头文字；行数不够时在表尾（“填报人”一行之上）插入行。",
        "“是/否”、建设性质、所属乡镇等列请从下拉列表中选择；数字只填阿拉伯数字，不要带单位。",
    ]
    if has_money(form):
        notes.append(f"金额单位：{form.unit}（以表头括号中的单位为准）。")
    for r, text in enumerate(notes, start=2):
        ws.set_row(r, max(20, 16 * math.ceil(display_width(text) / 150)))
        ws.merge_range(r, 0, r, 4, "", fm.note)
        ws.write_string(r, 0, f"{r - 1}. {text}", fm.note)
    top = len(notes) + 3
    for i, head in enumerate(("列名", "说明", "单位", "是否必填", "示例")):
        ws.write_string(top, i, head, fm.header)
    for r, col in enumerate(form.columns, start=top + 1):
        text = explanation(col, cfg)
        ws.set_row(r, max(18, 14 * math.ceil(display_width(text) / (widths[1] - 2)) + 4))
        ws.write_string(r, 0, col.header, fm.wrap)
        ws.write_string(r, 1, text, fm.wrap)
        ws.write_string(r, 2, col.unit or "", fm.wrap)
        ws.write_string(r, 3, "必填" if col.required else "选填", fm.wrap)
        ws.write_string(r, 4, example(col, cfg), fm.wrap)
    _set_up_page(ws, top)


def _write_meta(ws: Worksheet, form: FormSpec, sender: Sender, period: str, generated: dt.datetime) -> None:
    """The identification sheet read by ``beizeng.intake.reader.read_meta_sheet``: key/value pairs in A:B."""
    pairs = (("form", form.code), ("sender", sender.name), ("period", period), ("version", form.version),
             ("generated", generated.isoformat(timespec="seconds")))
    for r, (key, value) in enumerate(pairs):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    ws.very_hidden()


def write_return(
    form: FormSpec,
    cfg: Config,
    sender: Sender,
    period: str,
    path: Path,
    rows: list[dict[str, Any]] | None = None,
    reporter: str = "",
    phone: str = "",
    *,
    generated: dt.datetime | None = None,
    reference: Reference | None = None,
    extra_blank: int = 0,
) -> Path:
    """Write one return: a blank template when ``rows`` is None, else the rows filled in.

    ``rows`` are keyed by the form's column names with Python values (Decimal/float/int, bool, date,
    str).  ``generated`` stamps the hidden sheet and the file's properties; fixing it makes the
    file byte-for-byte reproducible (the demo relies on that for duplicate detection).  A pre-filled
    template passes ``reference`` (read-only columns of last period's figures) and ``extra_blank``
    bordered rows for what is new.
    """
    stamp = (generated or dt.datetime.now()).replace(microsecond=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    wb.set_properties({"title": return_title(form, sender, period), "author": sender.name,
                       "company": cfg.county, "created": stamp})
    fm = _Formats(wb)
    main = wb.add_worksheet(sheet_title(form))
    notes = wb.add_worksheet(INSTRUCTIONS_SHEET)
    meta = wb.add_worksheet(META_SHEET)
    lists = _Lists(meta)
    _write_form_sheet(main, fm, lists, form, cfg, sender, period, rows, reporter, phone, reference, extra_blank)
    _write_instructions(notes, fm, form, cfg, period)
    _write_meta(meta, form, sender, period, stamp)
    wb.close()
    return path


def template_senders(form: FormSpec, cfg: Config) -> list[Sender]:
    """Who receives a template of this form: whoever owes the return (the one rule, shared with
    ``beizeng status`` and the 报送情况 sheet)."""
    from beizeng.base.dues import owed_by

    return owed_by(cfg, form)


def template_period(form: FormSpec, period: str) -> str:
    """A yearly form's period is the year alone."""
    return year_period(period) if form.frequency == "yearly" else period


#: Forms whose templates are pre-filled, by code: each form declares it (``FormSpec.prefill``, schemas/).
#: The reference headers must match no header or alias of the form (checked in tests/test_templates.py).
PREFILL: dict[str, Prefill] = {f.code: f.prefill for f in all_forms().values() if f.prefill is not None}


def previous_rows(con: duckdb.DuckDBPyConnection, form: FormSpec, sender: Sender, period: str
                  ) -> tuple[str, list[dict[str, Any]]] | None:
    """The sender's rows of its latest return of this form before ``period``: (that period, rows)."""
    exists = con.execute("select count(*) from duckdb_views() where view_name = ?", [form.current]).fetchone()
    if not exists or not exists[0]:
        return None
    row = con.execute(f"select max(period) from {form.current} where sender = ? and period < ? and length(period) = 7",
                      [sender.name, period]).fetchone()
    if row is None or row[0] is None:
        return None
    prev = str(row[0])
    names = [c.name for c in form.columns]
    cur = con.execute(f"select {', '.join(names)} from {form.current} where sender = ? and period = ? "
                      "order by excel_row", [sender.name, prev])
    return prev, [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def prefilled(con: duckdb.DuckDBPyConnection, form: FormSpec, sender: Sender, period: str
              ) -> tuple[list[dict[str, Any]], Reference | None] | None:
    """The rows and reference columns of a pre-filled template, or None to send a blank one."""
    spec = form.prefill
    found = previous_rows(con, form, sender, period) if spec else None
    if spec is None or found is None or not found[1]:
        return None
    prev, rows = found
    new_year = year_of(prev) != year_of(period)
    cleared = set(spec.clear) | (set(spec.clear_new_year) if new_year else set())
    out = [{k: (None if k in cleared else v) for k, v in r.items()} for r in rows]
    if new_year or not spec.reference:
        return out, None
    headers = tuple(spec.reference.values())
    values = [tuple(r[c] for c in spec.reference) for r in rows]
    labels = "、".join(f"“{h}”" for h in headers)
    targets = "、".join(f"“{form.column(c).header}”" for c in spec.reference)
    note = (f"注：灰色的{labels}列是本单位已报的{period_words(prev)}数，仅供核对，不需填写，也不会读取；"
            f"请在{targets}列填写{period_words(period)}的本期数。已列出的项目为上期报送的项目，"
            "本期没有的项目请删除整行，新增项目填在下方空行。")
    return out, Reference(headers, values, note)


def write_templates(cfg: Config, period: str, out_dir: Path, con: duckdb.DuckDBPyConnection | None = None
                    ) -> list[Path]:
    """A template for every form and every sender of it, named '<sender>_<form>_<period>.xlsx'.

    A monthly form is skipped for a month it is not reported in (fixed-asset investment has no
    January return): a template for it could only be rejected.  With ``con`` (a read-only connection
    to the published warehouse), forms declaring a ``prefill`` come pre-filled with the sender's last return.
    """
    paths = []
    for form in all_forms().values():
        p = template_period(form, period)
        if not form.sent_in(p):
            continue
        for sender in template_senders(form, cfg):
            path = out_dir / f"{sender.name}_{form.title}_{p}.xlsx"
            filled = prefilled(con, form, sender, p) if con is not None and month_of(p) is not None else None
            if filled is None:
                paths.append(write_return(form, cfg, sender, p, path, reporter=sender.contact, phone=sender.phone))
            else:
                rows, ref = filled
                paths.append(write_return(form, cfg, sender, p, path, rows, reporter=sender.contact, phone=sender.phone,
                                          reference=ref, extra_blank=PREFILLED_BLANK_ROWS))
    return paths
