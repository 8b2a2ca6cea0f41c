"""What a period's run writes to warehouse/out/<period>/: the summary workbook (汇总表) and the report draft.

The 汇总表 is what leaders print, so every sheet is laid out for A4 landscape with its header rows
repeated, columns wide enough for Chinese text and figures shown with the report's decimals
(``beizeng.publish.overview.DIGITS``).  Figures come only from the warehouse: indicators from
``indicator_values``, rows from the current version of each return (``cur_<form>``), who sent what
from ``submissions`` and ``problems``.  Returns that other forms add later (企业培育, 招商引资,
要素保障) are read generically through their ``FormSpec``: a form declaring ``summary_sheet`` shows up
on that sheet without code here.

Text that came from a return is always written with ``write_string`` into a workbook that never
turns strings into formulas or links: a project named ``=HYPERLINK(...)`` stays that text
(OWASP ASVS V1.2.10).  The file is written under a temporary name and renamed into place, so a
reader never opens half a workbook.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import duckdb
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from beizeng.base.config import Config
from beizeng.base.dues import deadline
from beizeng.base.forms import Column, FormSpec, SummarySheet, all_forms
from beizeng.base.numbers import exact, shown
from beizeng.base.periods import months_words, period_words, year_of
from beizeng.base.problems import record_place
from beizeng.base.safe_io import as_sent
from beizeng.base.widths import display_width
from beizeng.ops.completeness import Due, completeness
from beizeng.ops.crosschecks import RunWarning, missing_senders, named_few, period_warnings
from beizeng.publish.overview import (
    HEADERS,
    NEAR_PP,
    SECTION_NAMES,
    Figures,
    Row,
    Values,
    as_shown,
    num_format,
    overview_rows,
    year_to_date,
)
from beizeng.publish.township_columns import TOWNSHIP_GROUPS
from beizeng.store.catalogue import catalogue
from beizeng.store.planning import planned_quickly

if TYPE_CHECKING:
    from beizeng.publish.revisions import Revision

WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 0, 1, 2  # 0-based; data starts on the row after the header
FONT = "宋体"
GREEN, AMBER, RED, GREY = "#C6EFCE", "#FFEB9C", "#FFC7CE", "#EDEDED"

#: Sheets listing the rows of the returns that declare them (``FormSpec.summary_sheet``), in this order.
RETURN_SHEETS: tuple[str, ...] = get_args(SummarySheet)
#: 报送情况 states: (short word in the matrix, long word in the 催报清单, fill colour).
STATES = {
    "on_time": ("按时", "按时报送", GREEN),
    "late": ("逾期", "逾期报送", AMBER),
    "rejected": ("退回", "退回待重报", RED),
    "missing": ("未报", "逾期未报", RED),
    "not_due": ("未到期", "未到截止日", GREY),
    "sent": ("已报", "已报送", GREEN),
    "extra": ("额外", "额外报送（不在应报清单中）", "#DDEBF7"),
}
CHASE_STATES = ("missing", "rejected")
#: What the 指标总览 says under a report section that has no figures (its content is prose in the report).
NO_FIGURES = {"6": "园区要素（园区规划、基础设施、标准化厂房）为文字材料，见报告“一、6”（来自《重点工作进展情况》），本表无数字指标。"}
#: Up to this many rows the 指标总览 is scaled onto one printed page (65 rows print at about 85 %).
ONE_PAGE_ROWS = 80


def summary_name(cfg: Config, period: str) -> str:
    return f"{cfg.county}工业倍增{period_words(period)}汇总表.xlsx"


# ---------------------------------------------------------------------------------------------
# Reading the warehouse
# ---------------------------------------------------------------------------------------------

def has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether a table or view exists (a form's cur_ view appears once its schema module lands)."""
    row = con.execute("select count(*) from duckdb_views() where view_name = ? and not internal", [name]).fetchone()
    if row and row[0]:
        return True
    row = con.execute("select count(*) from duckdb_tables() where table_name = ?", [name]).fetchone()
    return bool(row and row[0])


def forms_for(sheet: str) -> list[FormSpec]:
    """The forms whose rows the summary sheet lists (declared by each form: ``FormSpec.summary_sheet``), in code order."""
    return [f for f in all_forms().values() if f.summary_sheet == sheet]


def form_rows(con: duckdb.DuckDBPyConnection, form: FormSpec, period: str) -> list[dict[str, Any]]:
    """The current rows of a return for a period: per sender, its latest period of the year up to this one.

    A ledger (台账) sent monthly is shown as last sent when a sender skipped a month, with the
    期间 column saying so; a yearly form is its year's rows.  Rows carry the form's columns plus
    sender, period, file_name, sheet, excel_row and implied (the lineage: a turned table's record is a column).
    """
    if not has_relation(con, form.current):
        return []
    if form.frequency == "yearly":
        where, params = "f.period = ?", [str(year_of(period))]
    else:
        where, params = "f.period <= ? and left(f.period, 4) = ?", [period, str(year_of(period))]
    cols = ", ".join(f"f.{c.name}" for c in form.columns)
    cur = con.execute(
        f"select {cols}, f.sender, f.period, s.file_name, f.sheet, f.excel_row, f.implied "
        f"from {form.current} f join submissions s using (submission_id) where {where} "
        "qualify f.period = max(f.period) over (partition by f.sender) "
        "order by f.sender, f.excel_row",
        params,
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


#: What the 报表 column says for a warning that is about no single return.
WARNING_SOURCE = {"缺报": "—", "核对": "指标交叉核对", "空值": "指标计算", "不可比": "指标计算", "口径": "指标计算"}


def quality_rows(con: duckdb.DuckDBPyConnection, period: str,
                 warnings: list[RunWarning] | None = None) -> list[list[Any]]:
    """Every warning and error of the period's returns that still matters, located on its cell.

    Problems of an accepted version that a newer one replaced, and of a rejected file that was
    resent and accepted since, are left out: the clerk only chases what is still wrong.  The run
    summary's warnings of the period follow, worded once by ``beizeng.ops.crosschecks.period_warnings``
    (missing inputs, returns only some senders sent, figures two sources disagree on, county figures still
    empty), each its line as the run summary prints it (``warnings`` when the caller has them already: a run
    computes them once for the workbook and its summary).
    """
    titles = {f.code: f.title for f in all_forms().values()}
    # a sender's reason for a warning, given on the 报送平台 (beizeng.web; the table exists once it was used)
    explained, explanations = "null", ""
    if has_relation(con, "problem_explanations"):
        explained = "nullif(concat_ws('：', e.reason, nullif(e.detail, '')), '')"
        explanations = ("left join problem_explanations e on e.submission_id = p.submission_id and e.code = p.code "
                        "and e.cell = coalesce(p.cell, '')")
    rows = con.execute(
        f"""
        select p.severity, s.sender, s.form, s.file_name, p.sheet, p.cell, p.column_header, p.value, p.message, p.fix,
               s.status, {explained}
        from problems p join submissions s using (submission_id) {explanations}
        where s.period in (?, ?) and p.severity in ('error', 'warning')
          and (s.submission_id in (select submission_id from current_submissions)
               or (s.status = 'rejected' and not exists (
                   select 1 from submissions a where a.status = 'accepted' and a.form = s.form
                   and a.sender = s.sender and a.period = s.period and a.submission_id > s.submission_id)))
        order by p.severity, s.sender, s.form, p.excel_row, p.cell
        """,
        [period, str(year_of(period))],
    ).fetchall()
    out: list[list[Any]] = [
        ["错误" if r[0] == "error" else "提醒", r[1], titles.get(r[2] or "", r[2] or "未识别"), as_sent(r[3]), r[4], r[5], r[6],
         r[7], r[8], r[9], "已入库" if r[10] == "accepted" else "已退回", r[11]] for r in rows]
    out += [[w.category, "—", titles.get(w.form, w.form) if w.form else WARNING_SOURCE[w.category], "—", None, None,
             None, None, w.text, w.fix, "待核实", None]
            for w in (warnings if warnings is not None else period_warnings(con, period))]
    return out


# ---------------------------------------------------------------------------------------------
# Writing sheets
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Col:
    """A column of a sheet: header text, kind (text, wrap, center, date, flag, or a unit for numbers)."""

    header: str
    kind: str = "text"
    width: float | None = None


@dataclass
class _Book:
    """The workbook with its formats, made once (xlsxwriter formats belong to one workbook)."""

    wb: xlsxwriter.Workbook
    formats: dict[str, Format] = field(default_factory=dict)

    def fmt(self, name: str) -> Format:
        """A cell format by kind; "<kind>|b" is the same in bold (total rows), "%sign" shows 8.5 as 8.5%."""
        if name not in self.formats:
            kind, _, bold = name.partition("|")
            spec = self._spec(kind)
            if bold:
                spec["bold"] = True
            self.formats[name] = self.wb.add_format(spec)
        return self.formats[name]

    @staticmethod
    def _spec(kind: str) -> dict[str, Any]:
        base: dict[str, Any] = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
        cell = {**base, "border": 1}
        named: dict[str, dict[str, Any]] = {
            "title": {**base, "font_name": "黑体", "font_size": 16, "align": "center"},
            "subtitle": {**base, "font_size": 9, "text_wrap": True, "valign": "top"},
            "head": {**cell, "bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True},
            "group": {**cell, "bold": True, "bg_color": "#F2F2F2"},
            "text": cell,
            "wrap": {**cell, "text_wrap": True},
            "center": {**cell, "align": "center", "text_wrap": True},
            "flag": {**cell, "align": "center"},
            "date": {**cell, "align": "center", "num_format": "yyyy-mm-dd"},
            "note": {**base, "font_size": 10, "italic": True, "font_color": "#595959"},
            "count": {**cell, "num_format": "0"},
            "rank": {**cell, "num_format": "0", "align": "center"},
            "%sign": {**cell, "num_format": num_format("%") + '"%"'},
        }
        if kind in named:
            return dict(named[kind])
        return {**cell, "num_format": num_format(kind)}  # a unit: a number with the report's decimals

    def fill(self, colour: str) -> Format:
        return self.fmt_raw(f"fill{colour}", {"bg_color": colour})

    def fmt_raw(self, name: str, spec: dict[str, Any]) -> Format:
        if name not in self.formats:
            self.formats[name] = self.wb.add_format(spec)
        return self.formats[name]


def _number(value: Any) -> float:
    """A warehouse number as written: exact to 10 decimals, so Excel shows what beizeng.base.numbers shows."""
    return float(exact(value))


def write_cell(ws: Worksheet, book: _Book, r: int, c: int, value: Any, kind: str) -> None:
    """One cell by its column's kind; text is always written as text, never as a formula or link."""
    bold = "|b" if kind.endswith("|b") else ""
    if value is None or (isinstance(value, str) and not value.strip()):
        ws.write_blank(r, c, None, book.fmt(kind if kind.split("|")[0] in ("text", "wrap") else "center" + bold))
    elif isinstance(value, bool):
        ws.write_string(r, c, "是" if value else "否", book.fmt("flag" + bold))
    elif isinstance(value, int | float | Decimal):
        if isinstance(value, float) and not math.isfinite(value):
            ws.write_string(r, c, "—", book.fmt("center"))
        else:
            if kind.split("|")[0] in ("text", "wrap", "center", "flag", "date"):
                kind = "count" if float(value).is_integer() else "万元"
            ws.write_number(r, c, _number(value), book.fmt(kind))
    elif isinstance(value, dt.datetime | dt.date):
        ws.write_datetime(r, c, value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time()),
                          book.fmt("date" + bold))
    else:
        ws.write_string(r, c, str(value), book.fmt(kind if kind.split("|")[0] in ("text", "wrap", "center")
                                                   else "text" + bold))


def _shown_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return len(f"{float(value):,.2f}")
    if isinstance(value, dt.date):
        return 10
    return display_width(str(value))


def fit_widths(cols: Sequence[Col], rows: Sequence[Sequence[Any]], most: int = 40) -> list[float]:
    """Column widths that fit Chinese text (CJK counts double): the longest value, the header on two lines."""
    out = []
    for i, col in enumerate(cols):
        if col.width:
            out.append(col.width)
            continue
        head = math.ceil(max((display_width(p) for p in col.header.split("\n")), default=0) / 2)
        body = max((_shown_width(r[i], col.kind) for r in rows if i < len(r)), default=0)
        out.append(float(min(max(head, body, 6) + 2, most)))
    return out


def set_up_page(ws: Worksheet, repeat: tuple[int, int], freeze: tuple[int, int] | None) -> None:
    """A4 landscape, one page wide, header rows on every page, page numbers, frozen headers on screen.

    Rows are 16 points high by default: at 10-point text a printed table stays easy to read.
    """
    ws.set_default_row(16)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(*repeat)
    ws.center_horizontally()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&C第 &P 页，共 &N 页")
    if freeze:
        ws.freeze_panes(*freeze)


def heading(ws: Worksheet, book: _Book, title: str, subtitle: str, ncols: int) -> None:
    ws.set_row(TITLE_ROW, 30)
    ws.merge_range(TITLE_ROW, 0, TITLE_ROW, max(ncols - 1, 1), "", book.fmt("title"))
    ws.write_string(TITLE_ROW, 0, title, book.fmt("title"))
    if subtitle:
        lines = max(1, math.ceil(display_width(subtitle) / max(ncols * 14, 60)))
        ws.set_row(SUBTITLE_ROW, 14 * lines + 4)
        ws.merge_range(SUBTITLE_ROW, 0, SUBTITLE_ROW, max(ncols - 1, 1), "", book.fmt("subtitle"))
        ws.write_string(SUBTITLE_ROW, 0, subtitle, book.fmt("subtitle"))


def write_table(ws: Worksheet, book: _Book, top: int, cols: Sequence[Col], rows: Sequence[Sequence[Any]],
                kinds: Sequence[Sequence[str]] | None = None, widths: Sequence[float] | None = None) -> int:
    """Header on row ``top``, rows under it; ``kinds`` overrides a cell's kind (mixed units in a column).

    ``widths`` are the sheet's column widths when the caller sets them (row heights depend on them).
    Returns the row after the table.
    """
    widths = list(widths)[:len(cols)] if widths is not None else fit_widths(cols, rows)
    lines = max(sum(math.ceil(display_width(p) / max(w - 1.5, 1)) or 1 for p in c.header.split("\n"))
                for c, w in zip(cols, widths, strict=True))
    ws.set_row(top, max(20, 14 * lines + 6))
    for c, col in enumerate(cols):
        ws.write_string(top, c, col.header, book.fmt("head"))
    for i, row in enumerate(rows):
        for c, col in enumerate(cols):
            value = row[c] if c < len(row) else None
            write_cell(ws, book, top + 1 + i, c, value, kinds[i][c] if kinds else col.kind)
        height = row_height(row, cols, widths)
        if height:
            ws.set_row(top + 1 + i, height)
    return top + 1 + len(rows)


def row_height(row: Sequence[Any], cols: Sequence[Col], widths: Sequence[float]) -> float | None:
    """The height (points) a row needs for its wrapped text: LibreOffice and WPS do not grow rows by themselves."""
    lines = 1
    for value, col, width in zip(row, cols, widths, strict=False):
        if isinstance(value, str) and col.kind.split("|")[0] in ("wrap", "center"):
            lines = max(lines, sum(math.ceil(display_width(part) / max(width - 0.5, 1)) or 1
                                   for part in value.split("\n")))
    return 13.5 * lines + 3 if lines > 1 else None


def _traffic_lights(ws: Worksheet, book: _Book, first: int, last: int, gap_col: int, status_col: int | None) -> None:
    """Green / amber / red on the gap in 百分点 (and the status word), live if the clerk edits a figure."""
    if last < first:
        return
    ref = f"${xl_col_to_name(gap_col)}{first + 1}"
    rules = [(f"=AND(ISNUMBER({ref}),ROUND({ref},1)>=0)", GREEN),
             (f"=AND(ISNUMBER({ref}),ROUND({ref},1)<0,ROUND({ref},1)>=-{NEAR_PP:g})", AMBER),
             (f"=AND(ISNUMBER({ref}),ROUND({ref},1)<-{NEAR_PP:g})", RED)]
    cols = [gap_col] + ([status_col] if status_col is not None else [])
    for col in cols:
        for formula, colour in rules:
            ws.conditional_format(first, col, last, col, {"type": "formula", "criteria": formula,
                                                          "format": book.fill(colour)})


# ---------------------------------------------------------------------------------------------
# The workbook
# ---------------------------------------------------------------------------------------------

def write_summary(con: duckdb.DuckDBPyConnection, cfg: Config, period: str, path: Path,
                  now: dt.datetime | None = None, year: dict[str, Figures] | None = None,
                  warnings: list[RunWarning] | None = None, revised: list[Revision] | None = None) -> Path:
    """The 汇总表; ``year`` is ``year_to_date(con, period)``, ``warnings`` ``period_warnings(con, period)`` and
    ``revised`` the figures shown differently from the period's last publish (``beizeng.publish.revisions``) when the
    caller has them already."""
    planned_quickly(con)  # a caller's own connection too: the quality sheet's views plan 2–3× faster
    tmp = path.with_name(f".{path.name}.tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp), WORKBOOK_OPTIONS)
    wb.set_properties({"title": f"{cfg.county}工业倍增计划{period_words(period)}汇总表", "company": cfg.county,
                       "comments": "beizeng 生成：数据来自数据仓库，请勿手工改动数字"})
    book = _Book(wb)
    year = year if year is not None else year_to_date(con, period)
    figures = year.get(period, {})
    if revised is None:
        from beizeng.publish.revisions import revisions

        revised = revisions(con, cfg, period, figures)
    try:
        _overview(wb, book, con, cfg, period, figures)
        _townships(wb, book, cfg, period, figures, {f: m for f, (m, _) in missing_senders(con, period).items()})
        _key_projects(wb, book, con, cfg, period, figures)
        for name in RETURN_SHEETS:
            _return_sheet(wb, book, con, cfg, period, name)
        _submissions(wb, book, con, cfg, period, now)
        _quality(wb, book, con, cfg, period, warnings, revised)
        _charts(wb, book, cfg, period, year)
        _all_indicators(wb, book, cfg, period, figures)
        wb.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return path


def _overview(wb: xlsxwriter.Workbook, book: _Book, con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
              figures: Figures) -> None:
    """指标总览: every catalogued indicator, grouped by report section, with the traffic light."""
    ws = wb.add_worksheet("指标总览")
    rows = overview_rows(con, period, cfg.county, complete=True, figures=figures.get(cfg.county, {}))
    cols = [Col("指标", "wrap", 28), Col("数值", width=11), Col("单位", "center", 9), Col("目标", width=11),
            Col("完成进度%", width=10), Col("序时进度%", width=10), Col("差距\n(百分点)", width=10),
            Col("同比%", width=9), Col("全市平均%", width=10), Col("全市排名", width=8), Col("状态", "center", 18)]
    assert [c.header.replace("\n", "") for c in cols] == HEADERS
    heading(ws, book, f"{cfg.county}工业倍增计划{period_words(period)}主要指标汇总表",
            f"数据期间：{period_words(period)}累计。数值与目标同一单位（见单位列）；完成进度%＝数值÷目标；"
            f"序时进度%＝到本期应完成的目标比例（目标有季度分解的按分解，其余为{_time_words(figures.get(cfg.county, {}))}）；"
            "差距＝完成进度−序时进度（增速、占比为实际−目标，按表中显示的一位小数相减），单位百分点。"
            f"状态按差距判断：≥0 领先（绿），落后 {NEAR_PP:g} 个百分点以内为接近（黄），超过为落后（红）。", len(cols))
    for c, w in enumerate(fit_widths(cols, [])):
        ws.set_column(c, c, w)
    for c, col in enumerate(cols):
        ws.write_string(HEADER_ROW, c, col.header, book.fmt("head"))
    ws.set_row(HEADER_ROW, 32)
    r = HEADER_ROW + 1
    data_rows: list[int] = []
    by_section: dict[str, list[Row]] = {head: [] for head in SECTION_NAMES}
    for row in rows:
        by_section.setdefault(row.section[:1], []).append(row)
    for head, mine in by_section.items():
        ws.merge_range(r, 0, r, len(cols) - 1, "", book.fmt("group"))
        ws.write_string(r, 0, f"{head}. {SECTION_NAMES.get(head, '')}", book.fmt("group"))
        r += 1
        if not mine:  # a section without figures (6 园区要素): said, not skipped
            ws.merge_range(r, 0, r, len(cols) - 1, "", book.fmt("wrap"))
            ws.write_string(r, 0, NO_FIGURES.get(head, "本部分没有数字指标。"), book.fmt("wrap"))
            r += 1
        for row in mine:
            values_ = row.as_list()
            kinds = [k if k != "%" else "%sign" for k in
                     ("wrap", row.unit, "center",
                      *(row.cells.get(h, (None, "text"))[1] or "text" for h in HEADERS[3:10]), "center")]
            kinds[9] = "rank" if kinds[9] != "text" else "text"
            for c, v in enumerate(values_):
                write_cell(ws, book, r, c, v, kinds[c])
            data_rows.append(r)
            r += 1
    if data_rows:
        _traffic_lights(ws, book, data_rows[0], data_rows[-1], 6, 10)
    set_up_page(ws, (HEADER_ROW, HEADER_ROW), (HEADER_ROW + 1, 1))
    if r <= ONE_PAGE_ROWS:
        ws.fit_to_pages(1, 1)  # the overview is the page leaders read: keep it on one sheet of paper


def competition_ranks(values_: dict[str, float | None]) -> dict[str, int]:
    """Rank 1 = largest; ties share a rank (1, 2, 2, 4), figures compared as exact decimals."""
    known = {k: exact(v) for k, v in values_.items() if v is not None}
    return {k: 1 + sum(1 for o in known.values() if o > v) for k, v in known.items()}


def township_table(cfg: Config, figures: Figures, partial: dict[str, list[str]] | None = None
                   ) -> tuple[list[tuple[str, list[tuple[str, str, str]]]], list[list[Any]]]:
    """The 分乡镇 groups that are catalogued and their rows: one per township, then the county total.  A rank by a
    figure whose return some owing sender has not sent (``partial``) is left blank: first of the ones in is no
    place among the townships."""
    cat = catalogue()
    groups = [(g, [c for c in cols if c[1] in cat]) for g, cols in TOWNSHIP_GROUPS]
    groups = [(g, cols) for g, cols in groups if cols]
    data = {t.name: figures.get(t.name, {}) for t in cfg.townships}
    county = figures.get(cfg.county, {})
    ranks = {code: ({} if set(cat[code].sources) & set(partial or {}) else
                    competition_ranks({t: d.get(code) for t, d in data.items()}))
             for _, cols in groups for _, code, how in cols if how == "rank"}
    rows: list[list[Any]] = []
    for t in cfg.townships:
        row: list[Any] = [t.name]
        for _, cols in groups:
            for _, code, how in cols:
                v = data[t.name].get(code)
                if how == "rank":
                    row.append(ranks[code].get(t.name))
                else:
                    row.append(v)
        rows.append(row)
    total: list[Any] = ["全县合计"]
    for _, cols in groups:
        for _, code, how in cols:
            total.append(county.get(code) if how == "value" else None)
    rows.append(total)
    return groups, rows


def _townships(wb: xlsxwriter.Workbook, book: _Book, cfg: Config, period: str, figures: Figures,
               partial: dict[str, list[str]]) -> None:
    """分乡镇: townships side by side, each figure with its share of the county and its rank."""
    ws = wb.add_worksheet("分乡镇")
    cat = catalogue()
    groups, rows = township_table(cfg, figures, partial)
    kinds = ["center"] + [("rank" if how == "rank" else cat[code].unit)
                          for _, cols in groups for _, code, how in cols]
    ncols = len(kinds)
    # only the returns a share or a rank is of (a target nobody sent is missing_inputs', not a part of a total)
    shown = {f for _, cols in groups for _, code, how in cols if how == "rank" or code.endswith("_county_share_pct")
             for f in cat[code].sources}
    titles = {f.code: f.title for f in all_forms().values()}
    lacking = "".join(f"《{titles.get(f, f)}》还缺{named_few(who)}：全县合计只含已收到的单位，其占全县%和排名暂不列出。"
                      for f, who in partial.items() if f in shown)
    heading(ws, book, f"{cfg.county}{period_words(period)}分乡镇主要指标",
            lacking + "占全县%为该乡镇数值占全县合计的比重；排名按数值从高到低，并列同名次。产值目标为目标任务表下达到乡镇的年度目标；"
            "完成目标%＝产值÷目标，序时进度%＝到本期应完成的目标比例，较序时进度＝两者之差（百分点），"
            f"≥0 绿、落后 {NEAR_PP:g} 个百分点以内黄、超过红。", ncols)
    top, sub = HEADER_ROW, HEADER_ROW + 1
    ws.merge_range(top, 0, sub, 0, "乡镇", book.fmt("head"))
    c = 1
    for title, cols in groups:
        if len(cols) > 1:
            ws.merge_range(top, c, top, c + len(cols) - 1, title, book.fmt("head"))
        else:
            ws.write_string(top, c, title, book.fmt("head"))
        for label, _, _ in cols:
            ws.write_string(sub, c, label, book.fmt("head"))
            c += 1
    ws.set_row(top, 22)
    ws.set_row(sub, 30)
    for i, row in enumerate(rows):
        r = sub + 1 + i
        for c, v in enumerate(row):
            write_cell(ws, book, r, c, v, kinds[c] + ("|b" if i == len(rows) - 1 else ""))
    ws.set_column(0, 0, 12)
    ws.set_column(1, ncols - 1, 10)
    flat = [code for _, cols in groups for _, code, _ in cols]
    if "output_vs_time_pp" in flat and rows:
        _traffic_lights(ws, book, sub + 1, sub + len(rows), 1 + flat.index("output_vs_time_pp"), None)
    set_up_page(ws, (top, sub), (sub + 1, 1))


#: The column of a listed row that says where it came from, and how it says it (one phrase for every sheet).
SOURCE_HEADER = "来源（文件、工作表、行）"


def source_words(file_name: str, sheet: str | None, excel_row: int, implied: str | None = None) -> str:
    """Where a listed row came from, as a clerk finds it: the file, the sheet, the row — a workbook of several sheets
    has a 第3行 on each (round 19: two cultivation sheets' rows both said 第3行 of one file); a record of a table
    turned round is its column (C列: ``record_place``), never 第3行."""
    file_name = as_sent(file_name)
    place = record_place(excel_row, implied)
    return f"{file_name}「{sheet}」{place}" if sheet else f"{file_name} {place}"


KEY_PROJECT_COLS = [
    Col("序号", "rank", 5), Col("项目代码", "text", 25), Col("项目名称", "wrap", 30), Col("乡镇", "center", 9),
    Col("建设性质", "center", 12), Col("计划总投资\n（万元）", "万元", 12), Col("年度计划投资\n（万元）", "万元", 12),
    Col("累计完成投资\n（万元）", "万元", 12), Col("完成年度\n计划%", "%", 9), Col("较序时进度\n（百分点）", "pp", 10),
    Col("开工", "flag", 6), Col("纳统", "flag", 6), Col(SOURCE_HEADER, "wrap", 34),
]


def key_project_rows(con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> list[list[Any]]:
    """Every key project of the period, township by township, with its completion against 序时进度."""
    if not has_relation(con, "cur_fai_projects"):
        return []
    rows = con.execute(
        """
        select p.project_code, p.name, p.township, p.nature, p.total_investment, p.annual_plan, p.invest_cum,
               share_pct(p.invest_cum, p.annual_plan),
               vs_time_pp(p.invest_cum, p.annual_plan, t.share_num, t.share_den),
               p.started, p.in_stats, s.file_name, p.sheet, p.excel_row, p.implied
        from cur_fai_projects p join submissions s using (submission_id)
        left join time_shares t on t.period = p.period
        where p.period = ? and p.is_key
        """,
        [period],
    ).fetchall()
    order = {t.name: i for i, t in enumerate(cfg.townships)}
    rows.sort(key=lambda r: (order.get(r[2], len(order)), r[2], r[0]))
    return [[i, *r[:-4], source_words(*r[-4:])] for i, r in enumerate(rows, 1)]


def key_project_totals(con: duckdb.DuckDBPyConnection, period: str) -> dict[str, Any]:
    """The 合计 line of 重点项目进度 as the SQL sums it (sql/models/480_key_project_totals.sql): amounts in 万元
    and the started count; empty when the period has no key project (or the warehouse predates the view)."""
    if not has_relation(con, "key_project_totals"):
        return {}
    cur = con.execute("select * from key_project_totals where period = ?", [period])
    row = cur.fetchone()
    return {} if row is None else dict(zip([d[0] for d in cur.description], row, strict=True))


def _time_words(county: dict[str, float | None]) -> str:
    """序时进度 as the warehouse computed it for the period (time_progress_pct: N/12 or the county's shares)."""
    share = county.get("time_progress_pct")
    return "—" if share is None else f"{shown(share, 1)}%"


def _key_projects(wb: xlsxwriter.Workbook, book: _Book, con: duckdb.DuckDBPyConnection, cfg: Config,
                  period: str, figures: Figures) -> None:
    """重点项目进度: plan against completed, 开工 / 纳统, rows behind 序时进度 highlighted in red."""
    ws = wb.add_worksheet("重点项目进度")
    rows = key_project_rows(con, cfg, period)
    county = figures.get(cfg.county, {})
    heading(ws, book, f"工业倍增计划重点项目{period_words(period)}进展情况",
            f"序时进度 {_time_words(county)}；完成年度计划低于序时进度的项目以红色标出。金额单位：万元。", len(KEY_PROJECT_COLS))
    end = write_table(ws, book, HEADER_ROW, KEY_PROJECT_COLS, rows)
    for c, col in enumerate(KEY_PROJECT_COLS):
        ws.set_column(c, c, col.width)
    if rows:
        first = HEADER_ROW + 1
        ref = f"$J{first + 1}"
        ws.conditional_format(first, 0, end - 1, len(KEY_PROJECT_COLS) - 1,
                              {"type": "formula", "criteria": f"=AND(ISNUMBER({ref}),ROUND({ref},1)<0)",
                               "format": book.fill(RED)})
        sums = key_project_totals(con, period)
        counts = (f"{shown(county.get('key_projects'), 0)}个项目，已开工{shown(sums.get('started'), 0)}个，"
                  f"已纳统{shown(county.get('key_projects_in_stats'), 0)}个")
        total = [None, "合计", counts, None, None,
                 sums.get("total_investment"), sums.get("annual_plan"), sums.get("invest_cum"),
                 county.get("key_projects_plan_pct"), county.get("key_projects_vs_time_pp"), None, None, None]
        for c, v in enumerate(total):
            write_cell(ws, book, end, c, v, KEY_PROJECT_COLS[c].kind + "|b")
    else:
        ws.write_string(HEADER_ROW + 1, 0, f"{period_words(period)}没有标为倍增重点项目的项目。", book.fmt("note"))
    set_up_page(ws, (HEADER_ROW, HEADER_ROW), (HEADER_ROW + 1, 3))


def column_kind(col: Column) -> str:
    """A form column's kind on the summary sheet: money and rates with their decimals, text wrapped."""
    if col.kind == "money":
        return col.unit or "万元"
    if col.kind == "pct":
        return "%"
    if col.kind == "int":
        return "rank"
    if col.kind == "number":
        return col.unit if col.unit in ("亩", "亿元", "万元") else "万元"
    if col.kind in ("flag", "date"):
        return col.kind
    if col.kind in ("township", "county", "scope", "enum", "month"):
        return "center"
    return "wrap" if col.kind in ("text", "prose") else "text"


def _return_sheet(wb: xlsxwriter.Workbook, book: _Book, con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                  name: str) -> None:
    """企业培育 / 招商引资 / 要素保障: the rows of every form declaring the sheet, labelled by the form's own headers."""
    ws = wb.add_worksheet(name)
    forms = forms_for(name)
    blocks = [(f, form_rows(con, f, period)) for f in forms]
    ncols = max([len(f.columns) + 3 for f in forms] or [6])
    heading(ws, book, f"{cfg.county}{period_words(period)}{name}情况",
            "数据来自各单位报送的报表（每个单位取本年截至本期最近一期）；列名与报表一致。", ncols)
    r = HEADER_ROW
    if not forms:
        ws.write_string(r, 0, f"尚未启用“{name}”类报表：报表格式定义后，本表自动列出各单位报送的内容。", book.fmt("note"))
        ws.set_column(0, 0, 80)
        set_up_page(ws, (HEADER_ROW, HEADER_ROW), None)
        return
    tables = []
    for form, rows in blocks:
        cols = [Col("填报单位", "center"), Col("期间", "center"),
                *(Col(c.label if not c.unit else f"{c.header}\n（{c.unit}）", column_kind(c)) for c in form.columns),
                Col(SOURCE_HEADER, "wrap")]
        data = [[row["sender"], row["period"], *(row[c.name] for c in form.columns),
                 source_words(row["file_name"], row["sheet"], row["excel_row"], row.get("implied"))] for row in rows]
        tables.append((form, cols, data))
    # one width per sheet column over every block, known before any row height is worked out
    widths: list[float] = [0.0] * ncols
    for _, cols, data in tables:
        for c, w in enumerate(fit_widths(cols, data, most=30)):
            widths[c] = max(widths[c], w)
    repeat = None
    for form, cols, data in tables:
        ws.merge_range(r, 0, r, len(cols) - 1, "", book.fmt("group"))
        ws.write_string(r, 0, f"《{form.title}》 共{len(data)}行", book.fmt("group"))
        r += 1
        if repeat is None:
            repeat = (r, r)
        if data:
            r = write_table(ws, book, r, cols, data, widths=widths)
        else:
            ws.write_string(r, 0, f"{period_words(period)}尚未收到《{form.title}》。", book.fmt("note"))
            r += 1
        r += 1
    for c, w in enumerate(widths):
        ws.set_column(c, c, w or 8)
    single = len(tables) == 1 and repeat is not None
    set_up_page(ws, repeat if single and repeat else (HEADER_ROW, HEADER_ROW),
                (repeat[0] + 1, 1) if single and repeat else None)


def form_order(code: str) -> tuple[str, str]:
    """Forms in the report's order: by the first report section whose indicators they feed."""
    sections = [i.section for i in catalogue().values() if code in i.sources]
    return (min(sections) if sections else "9", code)


def _submissions(wb: xlsxwriter.Workbook, book: _Book, con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                 now: dt.datetime | None) -> None:
    """报送情况: sender × return matrix, then the 催报清单 with whom to call.

    The rows are ``beizeng.ops.completeness``'s, as ``beizeng status`` prints them; a file nobody could identify
    has no place in a sender × return matrix: it is listed under the 催报清单 as 无法识别的文件, with its
    likely sender where one could be guessed (a file refused under a known likely sender is in the matrix as 退回).
    """
    ws = wb.add_worksheet("报送情况")
    every = completeness(con, cfg, period, now)
    dues: list[Due] = [d for d in every if d.state != "unidentified"]
    unknown = [[d.sender, d.title, "无法识别（已退回）", f"{d.file}：{d.note}", d.reporter, d.phone]
               for d in every if d.state == "unidentified"]
    forms = sorted({d.form: d.title for d in dues}.items(), key=lambda f: form_order(f[0]))
    named = {d.sender for d in dues}
    # beizeng.toml's order, then a sender since removed from it (or renamed) whose return was accepted
    configured = [s.name for s in cfg.senders]
    senders = [*(n for n in configured if n in named), *dict.fromkeys(d.sender for d in dues if d.sender not in configured)]
    by = {(d.sender, d.form): d for d in dues}
    contact = {d.sender: d for d in dues}
    counts = {s: sum(1 for d in dues if d.state == s) for s in STATES}
    cols = [Col("填报单位", "center", 11), *(Col(title, "center", 12) for _, title in forms), Col("填报人", "center", 9),
            Col("联系电话", "center", 14)]
    heading(ws, book, f"{cfg.county}{period_words(period)}报表报送情况",
            f"截止日：{deadline(cfg, period):%Y年%m月%d日}（次月{cfg.rules.deadline_day}日），按文件保存时间判断是否逾期。"
            f"应报 {sum(1 for d in dues if d.owed)} 份：按时 {counts['on_time'] + counts['sent']}，逾期 {counts['late']}，"
            f"退回待重报 {counts['rejected']}，未报 {counts['missing']}，未到截止日 {counts['not_due']}"
            + (f"；另有额外报送 {counts['extra']} 份（配置中未列为应报）" if counts["extra"] else "")
            + "。“—”为不需报送。", len(cols))
    matrix = []
    for name in senders:
        row: list[Any] = [name]
        for code, _ in forms:
            d = by.get((name, code))
            row.append(STATES[d.state][0] if d else "—")
        row += [contact[name].reporter, contact[name].phone]
        matrix.append(row)
    chase = [d for d in dues if d.state in CHASE_STATES]
    chase.sort(key=lambda d: (senders.index(d.sender), form_order(d.form)))
    chase_cols = [Col("填报单位", "center"), Col("报表", "wrap"), Col("状态", "center"), Col("说明", "wrap"),
                  Col("填报人", "center"), Col("联系电话", "center")]
    chase_rows = [[d.sender, d.title, STATES[d.state][1], d.note, d.reporter, d.phone] for d in chase]
    # one set of column widths serves both tables (they share the sheet's columns)
    widths = [max(a, b) for a, b in zip(
        fit_widths(cols, matrix) + [0.0] * max(0, len(chase_cols) - len(cols)),
        fit_widths(chase_cols, chase_rows + unknown) + [0.0] * max(0, len(cols) - len(chase_cols)), strict=True)]
    end = write_table(ws, book, HEADER_ROW, cols, matrix, widths=widths)
    if matrix:
        for word, _, colour in STATES.values():
            ws.conditional_format(HEADER_ROW + 1, 1, end - 1, len(forms),
                                  {"type": "cell", "criteria": "equal to", "value": f'"{word}"',
                                   "format": book.fill(colour)})
    r = end + 1
    ws.set_row(r, 22)
    ws.write_string(r, 0, f"催报清单（{len(chase)}份）", book.fmt_raw("chase", {"font_name": "黑体", "font_size": 12}))
    if chase_rows:
        write_table(ws, book, r + 1, chase_cols, chase_rows, widths=widths)
    else:
        ws.write_string(r + 1, 0, "无：应报的报表均已收到。", book.fmt("note"))
    if unknown:
        r = r + 2 + (len(chase_rows) + 1 if chase_rows else 0)
        ws.set_row(r, 22)
        ws.write_string(r, 0, f"无法识别的文件（{len(unknown)}份）", book.fmt_raw("chase", {"font_name": "黑体", "font_size": 12}))
        write_table(ws, book, r + 1, chase_cols, unknown, widths=widths)
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    set_up_page(ws, (HEADER_ROW, HEADER_ROW), (HEADER_ROW + 1, 1))


QUALITY_COLS = [Col("类别", "center", 6), Col("填报单位", "center", 10), Col("报表", "wrap", 16), Col("文件", "wrap", 28),
                Col("工作表", "wrap", 12), Col("单元格", "center", 7), Col("列", "wrap", 14), Col("原值", "wrap", 12),
                Col("问题", "wrap", 50), Col("修改建议", "wrap", 30), Col("处理结果", "center", 8),
                Col("填报单位说明", "wrap", 24)]


#: The 修订 block over the same columns (and widths) as QUALITY_COLS: 说明 in the wide 问题 column.
REVISION_COLS = [Col("类别", "center"), Col("范围", "center"), Col("指标", "wrap"), Col("变动来自（上次发布后收到的报表）", "wrap"),
                 Col("上次发布", "center"), Col("单位", "center"), Col("上次数", "center"), Col("本次数", "center"),
                 Col("说明", "wrap")]


def revision_rows(revised: Sequence[Revision]) -> list[list[Any]]:
    """The 修订 block's rows: each figure the period's last publish showed otherwise, as both showed it."""
    return [["修订", r.scope, r.name, "\n".join(r.files) or "—", r.when, catalogue()[r.code].unit_zh, r.before, r.after,
             f"上次发布为 {r.with_unit(r.before)}，本次为 {r.with_unit(r.after)}：已报出的汇总表中此数已变，"
             "请告知收表单位以本表为准。"] for r in revised]


def _quality(wb: xlsxwriter.Workbook, book: _Book, con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
             warnings: list[RunWarning] | None = None, revised: Sequence[Revision] = ()) -> None:
    """数据质量: the figures changed since the period's last publish (修订, first: they are what a statistician who
    already sent the 汇总表 must act on), then every warning and error of the period, with file, sheet and cell, then
    the run's warnings."""
    ws = wb.add_worksheet("数据质量")
    rows = quality_rows(con, period, warnings)
    errors = sum(1 for r in rows if r[0] == "错误")
    notes = sum(1 for r in rows if r[0] == "提醒")
    changed = (f"本期汇总表已于 {revised[0].when} 发布过，其后收到的报表使 {len(revised)} 个已发布的数字有修订（见下方“已发布数字的修订”，"
               "上次数与本次数均按表中显示的位数）。") if revised else ""
    heading(ws, book, f"{cfg.county}{period_words(period)}报表数据质量问题",
            changed + f"共 {len(rows)} 条问题：错误 {errors} 条（所在报表已退回），提醒 {notes} 条（已入库，请核实），"
            f"指标核对 {len(rows) - errors - notes} 条（缺少的报表、两处不符的数据、本期无值的指标，"
            "与运行结束时的提示相同）。", len(QUALITY_COLS))
    widths = [col.width or 8.0 for col in QUALITY_COLS]
    top = HEADER_ROW
    if revised:
        ws.merge_range(top, 0, top, len(QUALITY_COLS) - 1, "", book.fmt("group"))
        ws.write_string(top, 0, f"已发布数字的修订（{len(revised)}个）：与上次发布（{revised[0].when}）相比有变动的数字",
                        book.fmt("group"))
        top = write_table(ws, book, top + 1, REVISION_COLS, revision_rows(revised), widths=widths[:len(REVISION_COLS)])
        top += 1
    write_table(ws, book, top, QUALITY_COLS, rows, widths=widths)
    if not rows:
        ws.write_string(top + 1, 0, "本期报表没有错误或提醒。", book.fmt("note"))
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    set_up_page(ws, (top, top), None if revised else (top + 1, 0))


def monthly_series(cfg: Config, year: dict[str, Figures], codes: Sequence[str]) -> list[tuple[str, list[float | None]]]:
    """(period, the county's values of codes) for each month of the year that has any of them."""
    out = []
    for p in sorted(year):
        county: Values = year[p].get(cfg.county, {})
        vals = [county.get(c) for c in codes]
        if len(p) == 7 and any(v is not None for v in vals):
            out.append((p, vals))
    return out


def _charts(wb: xlsxwriter.Workbook, book: _Book, cfg: Config, period: str, year: dict[str, Figures]) -> None:
    """图表: native Excel charts over small tables on the same sheet (so a reader sees the figures charted)."""
    ws = wb.add_worksheet("图表")
    ws.set_default_row(15)  # explicit, so LibreOffice and WPS lay the blocks out as Excel does (20 px a row)
    heading(ws, book, f"{cfg.county}{period_words(period)}工业倍增主要指标图表", "", 14)
    ws.set_column(0, 0, 12)
    ws.set_column(1, 3, 13)
    ws.set_column(4, 4, 2)
    ws.set_column(5, 15, 9.5)
    name = "图表"
    block = HEADER_ROW
    # rows per chart block: one chart and its table per printed page (A4 landscape at 100 %); more
    # townships than fit beside the chart push the next block down
    height = 30

    def place(chart: Any, row: int, title: str) -> None:
        chart.set_size({"width": 740, "height": 540})
        chart.set_legend({"position": "bottom"})
        chart.set_title({"name": title, "name_font": {"name": "黑体", "size": 12}})
        ws.insert_chart(row, 5, chart, {"x_offset": 4, "y_offset": 2})

    # 1. cumulative output against the 序时进度 target, month by month
    series = monthly_series(cfg, year, ["output_cum", "output_time_target"])
    cols = [Col("月份", "center"), Col("规上工业总产值\n（亿元）", "亿元"), Col("序时进度目标\n（亿元）", "亿元")]
    rows = [[months_words(p), *vals] for p, vals in series]
    end = write_table(ws, book, block, cols, rows)
    if rows:
        chart = wb.add_chart({"type": "column"})
        chart.add_series({"name": "规上工业总产值累计", "categories": [name, block + 1, 0, end - 1, 0],
                          "values": [name, block + 1, 1, end - 1, 1], "fill": {"color": "#4472C4"},
                          "data_labels": {"value": True, "num_format": "0.00", "font": {"size": 8}}})
        line = wb.add_chart({"type": "line"})
        line.add_series({"name": "序时进度目标", "categories": [name, block + 1, 0, end - 1, 0],
                         "values": [name, block + 1, 2, end - 1, 2], "line": {"color": "#C00000", "width": 2.25},
                         "marker": {"type": "circle", "size": 5}})
        chart.combine(line)
        chart.set_y_axis({"num_format": "0", "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        place(chart, block, "规上工业总产值累计与序时进度（亿元）")
    else:
        ws.write_string(end, 0, "本年尚无规上工业总产值数据。", book.fmt("note"))
    block = max(block + height, end + 2)
    breaks = [block]

    # 2. townships' investment
    groups, trows = township_table(cfg, year.get(period, {}))  # values only: no rank is drawn
    flat = {code: i + 1 for i, (_, code, how) in enumerate(c for _, cs in groups for c in cs) if how == "value"}
    cols = [Col("乡镇", "center"), Col("工业固投\n（亿元）", "亿元"), Col("重点项目完成\n投资（亿元）", "亿元"),
            Col("完成年度\n计划%", "%")]
    legend = {1: "工业固定资产投资", 2: "倍增重点项目完成投资"}
    rows = [[r[0], r[flat["fai_cum"]] if "fai_cum" in flat else None,
             r[flat["key_projects_completed_cum"]] if "key_projects_completed_cum" in flat else None,
             r[flat["key_projects_plan_pct"]] if "key_projects_plan_pct" in flat else None] for r in trows[:-1]]
    end = write_table(ws, book, block, cols, rows)
    if rows:
        chart = wb.add_chart({"type": "column"})
        for c, colour in ((1, "#4472C4"), (2, "#ED7D31")):
            chart.add_series({"name": legend[c], "categories": [name, block + 1, 0, end - 1, 0],
                              "values": [name, block + 1, c, end - 1, c], "fill": {"color": colour}, "gap": 80})
        chart.set_y_axis({"num_format": "0.0", "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        place(chart, block, "各乡镇工业固定资产投资（亿元）")
    block = max(block + height, end + 2)
    breaks.append(block)

    # 3. key projects' completion against 序时进度, by township
    time_pct = year.get(period, {}).get(cfg.county, {}).get("time_progress_pct")
    cols = [Col("乡镇", "center"), Col("完成年度\n计划%", "%"), Col("序时进度%", "%")]
    rows = [[r[0], r[3], time_pct] for r in rows]
    end = write_table(ws, book, block, cols, rows)
    if rows:
        chart = wb.add_chart({"type": "column"})
        chart.add_series({"name": "完成年度计划%", "categories": [name, block + 1, 0, end - 1, 0],
                          "values": [name, block + 1, 1, end - 1, 1], "fill": {"color": "#70AD47"},
                          "data_labels": {"value": True, "num_format": "0.0", "font": {"size": 7}}})
        line = wb.add_chart({"type": "line"})
        line.add_series({"name": "序时进度", "categories": [name, block + 1, 0, end - 1, 0],
                         "values": [name, block + 1, 2, end - 1, 2], "line": {"color": "#C00000", "width": 2.25,
                                                                               "dash_type": "dash"},
                         "marker": {"type": "none"}})
        chart.combine(line)
        chart.set_y_axis({"num_format": "0", "min": 0, "major_gridlines": {"visible": True,
                                                                            "line": {"color": "#D9D9D9"}}})
        place(chart, block, "倍增重点项目完成年度投资计划（%）与序时进度")
    ws.set_h_pagebreaks(breaks)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&C第 &P 页，共 &N 页")


def _all_indicators(wb: xlsxwriter.Workbook, book: _Book, cfg: Config, period: str, figures: Figures) -> None:
    """指标说明: every catalogued code with its value and its formula in words, for whoever checks a figure."""
    ws = wb.add_worksheet("指标说明")
    cat = catalogue()
    vals = as_shown(figures.get(cfg.county, {}))
    cols = [Col("章节", "center", 7), Col("指标代码", "text", 28), Col("指标名称", "wrap", 26), Col("数值", width=11),
            Col("单位", "center", 8), Col("计算方法", "wrap", 70)]
    rows = [[i.section, i.code, i.name, vals.get(i.code), i.unit_zh, i.formula] for i in cat.values()]
    kinds = [["center", "text", "wrap", i.unit, "center", "wrap"] for i in cat.values()]
    heading(ws, book, f"{cfg.county}{period_words(period)}全部指标及计算方法", "数值为空表示该指标本期没有数据来源（相关报表未报送，或报表缺少计算它的列：见“数据质量”表）。",
            len(cols))
    write_table(ws, book, HEADER_ROW, cols, rows, kinds)
    for c, col in enumerate(cols):
        ws.set_column(c, c, col.width)
    set_up_page(ws, (HEADER_ROW, HEADER_ROW), (HEADER_ROW + 1, 2))

