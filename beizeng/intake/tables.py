"""Read a found table's rows as a person would: data, 合计 and 小计, sections, notes, repeated headers, another
table under this one, the footer — every row seen gets its place or a reason, none vanishes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from beizeng.base import units
from beizeng.base.enums import enum_key
from beizeng.base.forms import FIGURE_KINDS, Column, FormSpec
from beizeng.base.problems import Problem, col_letter
from beizeng.intake import continued, headers, nil
from beizeng.intake.continued import Joined, Unsure
from beizeng.intake.matching import NUMBER_TYPES, HeaderMatch
from beizeng.intake.reader import (
    IGNORED_EXTRA,
    NOTHING,
    PARENS_RE,
    any_struck,
    clean_text,
    hand_hidden_rows,
    header_key,
    struck_cells,
)
from beizeng.intake.shown import formats as number_formats
from beizeng.intake.shown import unseen_cells

TOTAL_WORDS = ("合计", "总计", "汇总", "累计合计")
SUBTOTAL_WORDS = ("小计",)
FOOTER_WORDS = ("填报人", "填表人", "联系电话", "审核人", "负责人", "制表人", "填报日期", "单位负责人", "统计负责人",
                "统计员", "报出日期", "制表日期", "分管领导", "联系人", "经办人", "填表日期", "报送日期", "报送时间",
                "填报时间", "审核", "制表", "主要负责人", "单位盖章", "签字",
                "复核", "会计", "出纳", "记账", "主管")  # a cash book's (财政局): 会计：… 复核：…
#: A line under (or inside) a table that annotates it: never a data row, whatever column it stands in.
NOTE_PREFIXES = ("注：", "注:", "说明：", "说明:", "备注：", "备注:", "附注", "填表说明", "填报说明", "资料来源", "数据来源",
                 "来源：", "来源:", "注1", "注①", "统计口径", "更正说明", "修改说明", "修订说明", "更正情况")
#: What a 栏次/unit row under the header holds: 甲 乙 1 2 3 …, or the unit of each column.
_ANNEX_WORDS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "栏次", "计量单位", "单位"}
UNIT_WORDS = ("亿元", "万元", "千元", "元", "%", "亩", "户", "个", "人", "年", "月")
#: 单位 as a unit's label, never the sender's (填报单位：元坝镇, a place whose name begins with 元).
_UNIT_WORD = r"(?<!填报)(?<!报送)(?<!上报)(?<!填表)(?<!报表)单位"
#: ``单位：万元`` in a line; ``单位:万`` / ``单位：亿`` (万 for 万元, as clerks write it) too, but never a count's or a
#: measure's 万 (万人, 万户, 万吨, 万平方米 …): the line is the money columns' unit, ``written_unit`` takes it for a
#: column of that dimension only.  Kept in its canonical spelling (万元).
_UNIT_RE = re.compile(rf"{_UNIT_WORD}[:：]?\s*(?:[(（])?(亿元|万元|千元|元|[万亿](?![人户个家宗项吨亩千百平立公米度件台辆套株头只份次张部元]))")
#: A title that ends with its unit in brackets, as statisticians head a table: 各县区主要工业指标（亿元）, （亿元、%）
#: (the rates' % beside the amounts' unit).  Read as a 单位 line; only at the end of a line, never 项目（万元以上）.
_TITLE_UNIT_RE = re.compile(r"[（(]\s*(亿元|万元|千元|元)\s*(?:[、，,/；;]\s*(?:%|％|个|户|亩|人))*\s*[)）]\s*$")
#: A 合计 row's label; one month's (本月合计, 5月合计: a month's sheet's own rows) is one too.
#: A month as a total line names it: 5月, 5月份, 五月.
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?"
_TOTAL_RE = re.compile(rf"^(?:全[县市区镇乡]|本[页表镇乡县月]|各乡镇|总|{_MONTH})?(?:合计|总计|汇总|累计合计)数?$")
#: A total named as the whole the rows make up, not as a sum: 全县规上工业（4户）, 全镇项目（3个）, 全县规模以上工业企业 —
#: a place's whole and what the table lists, the count in brackets (set aside by ``_compact``); never the place alone
#: (全县 is a scope some forms list as a record).
_WHOLE_RE = re.compile(r"^(?:全[县市区镇乡]|本[县镇乡]|各乡镇)(?=\S)(?:规上|规模以上)?(?:工业)?(?:企业|项目)?(?:合计|总计)?$")
#: A running total: under a month's rows the year to date (1-6月累计, 本年累计, 全年累计 under the last month's
#: 小计), no sum of the rows above, so never checked against them as a 合计 is; and a page's carried total
#: (过次页 at a page's foot, 承前页 at the next one's head: every row before it), never a record.
_CARRIED = r"过次页|承前页|转下页|接上页"
_CARRIED_RE = re.compile(rf"^(?:{_CARRIED})$")
_RUNNING = rf"(?:(?:\d{{1,2}}[-—~至到])?\d{{1,2}}月份?|[本全]年|年初至今)累计数?|{_CARRIED}"
_RUNNING_RE = re.compile(rf"^(?:{_RUNNING})$")
#: 小计 and 其中 rows, and the running totals.
_SUBTOTAL_RE = re.compile(rf"^(?:.{{0,12}}小计|其中.*|{_RUNNING})$")
#: A page's or a month's own total in words (本页合计, 5月小计, 本月合计): of that sheet's rows, never the table's.
_PAGE_TOTAL_RE = re.compile(rf"^(?:本[页月]|{_MONTH}|第.{{1,3}}页)(?:合计|小计)数?$")
#: A month's own total (5月合计, 六月份小计): the month it closes.
_MONTH_TOTAL_RE = re.compile(rf"^({_MONTH})(?:合计|小计)数?$")
#: A month's heading typed alone over its rows (5月, 2026年6月, 六月份, 6月新增): a section of the sheet, not a row.
_MONTH_HEADING_RE = re.compile(rf"^(?:\d{{4}}年)?{_MONTH}(?:新增|情况|明细)?[:：]?$")
#: A group's own total as Excel's 数据 ▸ 分类汇总 and a pivot table write it (东镇 汇总; WPS the same) and a clerk does
#: (东镇小计): the group's name (the value of the column the rows are grouped by) and 汇总 — never a record.
_GROUP_TOTAL_RE = re.compile(r"^(.{1,12}?)(?:汇总|小计)数?$")
#: The kinds of column a table is grouped by (分类字段): a place, a category or a name — never a figure or a date.
_GROUP_KINDS = frozenset({"township", "county", "scope", "enum", "text", "industry"})


@dataclass
class DataRow:
    """One data row, raw, with its Excel row number kept for every message about it."""

    excel_row: int  # 1-based
    cells: dict[str, Any]  # form column name → raw cell value
    #: Cells shown through a cell merged down from a row above (a township merged over its projects): form
    #: column → the Excel row the value is written in.
    merged_from: dict[str, int] = field(default_factory=dict)
    #: A record written over two rows (``beizeng.intake.continued``): the cells taken from the other row (form
    #: column → its Excel row), and the words joined from rows below (form column → those rows).
    at: dict[str, int] = field(default_factory=dict)
    joined_from: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Carried:
    """What a section heading inside the table says of one column for a row under it (一、拟入规培育企业（2户）
    says 培育类型 = 拟入规): ``filled`` when the row's own cell was empty and took the heading's value."""

    value: str
    row: int  # the heading's Excel row (1-based)
    col: int  # the heading's sheet column (0-based)
    text: str  # the heading as written
    filled: bool

    def lineage(self, header: str) -> str:
        return f"{header}←第{self.row}行分节标题「{self.text}」"


@dataclass(frozen=True)
class Group:
    """A group of rows closed by its own total, as Excel's 数据 ▸ 分类汇总 and a pivot table write it (东镇's firms,
    then ``东镇 汇总``) or a clerk does (``东镇小计``): every row of the group has the name its total gives in the
    column it is grouped by.  The total is set aside as a 小计 (no record) and checked against the group's rows."""

    column: str  # the form column the rows are grouped by
    label: str  # the group's name, as its total says it (东镇)
    first: int  # the group's first and last data row (Excel rows)
    last: int
    closed_by: int  # the Excel row of the group's total


@dataclass
class Table:
    """The form's table as found in the sheet, still raw."""

    match: HeaderMatch
    rows: list[DataRow]
    total_rows: list[DataRow]
    lines_above: list[str]
    footer: list[str]
    unit: str | None
    #: Rows read past and why (subtotal, section, note, repeated header, 栏次 row), for the sender's list.
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    #: Every Excel row under the header with anything in it, and the reason each one not read as data
    #: or 合计 was set aside ("footer", "blank_tail" or a ``skipped`` code): the row count read is checked
    #: against the rows seen, so no row can vanish without a reason naming it.
    seen: list[int] = field(default_factory=list)
    unread: dict[int, str] = field(default_factory=dict)
    #: Figures struck through (删除线) in rows read as live: (Excel row, form column), each asked about.
    struck: list[tuple[int, str]] = field(default_factory=list)
    #: Figures in a font the colour of their cell (white on white) in rows read as live: each asked about.
    unseen: list[tuple[int, str]] = field(default_factory=list)
    #: (Excel row, form column) read from the column a blank revision revises (调整后目标 empty: 年初目标 stands).
    unrevised: list[tuple[int, str]] = field(default_factory=list)
    #: Cells of rows read that a merged cell covers but that hold a value of their own, other than the one the
    #: merge shows (C6 东镇 under C5:C8 showing 城关镇): (Excel row, form column, the merged range's first and last
    #: cells).  Read as shown, and asked about: which one the clerk means the sheet cannot tell.
    under_merge: list[tuple[int, str, tuple[tuple[int, int], tuple[int, int]]]] = field(default_factory=list)
    #: What the section headings say of a column for the rows under them (``carry_sections``): column name →
    #: data row's Excel row → the heading's value.
    carried: dict[str, dict[int, Carried]] = field(default_factory=dict)
    #: Rows read as part of the record above them (a name run on, a figures row) and rows asked about because
    #: they may be either that or a record of their own (``beizeng.intake.continued``).
    joined: list[Joined] = field(default_factory=list)
    unsure: list[Unsure] = field(default_factory=list)
    #: Excel rows the clerk hid by hand, and of them the data rows set aside (``hidden_row``) with their cells:
    #: a 合计 that agrees only with them, or is itself hidden, says so (beizeng.intake.checks.check_totals).
    hidden_at: frozenset[int] = frozenset()
    hidden: dict[int, DataRow] = field(default_factory=dict)
    #: Where the unit was said when not in a line above the table (``_unit_said_elsewhere``), for the notes.
    unit_said: str | None = None
    #: Money columns whose own unit a note says (注：营业收入单位为亿元): column name → the note, for the notes.
    column_unit_said: dict[str, str] = field(default_factory=dict)
    #: The cell (0-based row, column) saying the table's unit: its 单位 line above, or the note below (None: the
    #: sheet's name, or no unit said), for the messages that name it.
    unit_at: tuple[int, int] | None = None
    #: A note below or the sheet's name saying another unit than the 单位 line above (单位：万元 | 注：本表金额单位为元,
    #: 「6月(亿元)」): the unit, its cell (None: the sheet's name) and its words — asked, never settled by which one
    #: comes first (``normalise``'s unit_lines_differ).
    unit_clash: tuple[str, tuple[int, int] | None, str] | None = None
    #: Blank cells of a column read from the same quantity written beside it in another unit (亩 from 公顷,
    #: ``normalise``'s ``_from_restated``): Excel row → how each was read ("供地面积由公顷换算：H8“2.0”公顷×15").
    converted: dict[int, list[str]] = field(default_factory=dict)
    #: The groups of rows each closed by its own total (``Group``: 分类汇总, a pivot table's 东镇 汇总).
    groups: list[Group] = field(default_factory=list)
    #: Blank cells read as their group's name written on the group's first row only (a pivot table pasted as values:
    #: 东镇 on its first firm, blank below, then 东镇 汇总): column name → Excel row → the row the name is written in.
    grouped: dict[str, dict[int, int]] = field(default_factory=dict)

    @property
    def columns_read(self) -> set[str]:
        """The form's columns this table gives values for: on the sheet, or said by its section headings."""
        return set(self.match.columns) | set(self.carried)

    def row_lineage(self, excel_row: int) -> str:
        """Where the columns a row took from its section headings came from ("培育类型←第3行分节标题「…」")."""
        carried = [c[excel_row].lineage(self.match.form.column(name).header)
                   for name, c in self.carried.items() if excel_row in c and c[excel_row].filled]
        return "；".join(x for x in (*carried, *self.converted.get(excel_row, ()), continued.lineage(self, excel_row))
                        if x)

    def cell_row(self, excel_row: int, column: str) -> int:
        """The Excel row a record's cell is written in: its own, or the other row of a record written over two."""
        row = next((r for r in self.rows if r.excel_row == excel_row), None) if self.joined else None
        return row.at.get(column, excel_row) if row is not None else excel_row

    def unaccounted(self) -> list[int]:
        """Rows seen that are neither data, 合计, nor set aside with a reason: always empty (checked)."""
        read = {r.excel_row for r in self.rows} | {r.excel_row for r in self.total_rows} | set(self.unread)
        return [r for r in self.seen if r not in read]

    @property
    def sheet(self) -> str:
        return self.match.sheet.name

    def said_lines(self) -> list[str]:
        """What the clerk wrote in words around and inside the table: the lines above, the footer, and the note rows
        among the data (a 说明 line under the rows is one), each as one line."""
        sheet = self.match.sheet
        notes = [" ".join(t for t in (clean_text(v) for v in sheet.rows[r - 1]) if t)
                 for r, why in sorted(self.unread.items()) if why == "note_row" and r - 1 < len(sheet.rows)]
        return [*self.lines_above, *self.footer, *notes]

    def cell_ref(self, column: str, excel_row: int) -> str:
        return f"{col_letter(self.match.columns[column])}{excel_row}"


def _compact(text: str) -> str:
    return PARENS_RE.sub("", re.sub(r"\s", "", text).replace("（", "(").replace("）", ")"))


#: A cell holding nothing but a count of records (2个, 共3户, 5家, 共计4个, 共有2个项目, 共2个招商项目): what a 合计 row
#: writes under the name or the code (``合计 | 2个 | … | 70,000``), never a record's own name or code (a name has more
#: than four characters between its count and 项目: 5家企业联合技改项目 is a project).
COUNT_ALONE = re.compile(r"^(?:(?:合计|总计)[:：]?)?(?:共计|共有|合计|总计|共|计)?(\d{1,4})(户|家|个|项|宗)"
                         r"(?:[\u4e00-\u9fff]{0,4}?(?:企业|项目))?$")  # (合计：共5户 in one cell, too)


def _key_empty(texts: list[str], key_col: int | None) -> bool:
    """Whether a row labelled as a total carries no record's key: its key cell is blank, says the total itself, or
    only counts the records it sums (``COUNT_ALONE``)."""
    if key_col is None:
        return True
    text = _compact(texts[key_col]) if key_col < len(texts) else ""
    return not text or bool(_TOTAL_RE.match(text) or _WHOLE_RE.match(text) or _SUBTOTAL_RE.match(text)
                            or COUNT_ALONE.match(text))


def _row_kind(texts: list[str], key_col: int | None, county: set[int]) -> str | None:
    """'total', 'subtotal' or None: a 合计 row is labelled so (or as the whole, ``_WHOLE_RE``) in one of its first
    cells and carries no key.

    ``county`` are the columns whose values may legitimately be "合计" (the city table's 全市 row).
    """
    seen = 0
    for c, t in enumerate(texts):
        if not t:
            continue
        seen += 1
        if seen > 3:
            break
        if c in county or not ("计" in t or "汇总" in t or "其中" in t or "页" in t or t.startswith(("全", "本", "各"))):
            continue
        text = _compact(t)
        labelled = text.startswith(("合计", "总计")) and COUNT_ALONE.match(text)  # 合计：共5户, its count in its label
        if (_TOTAL_RE.match(text) or _WHOLE_RE.match(text) or labelled) and _key_empty(texts, key_col):
            return "total"
        if (_SUBTOTAL_RE.match(text) or (text.endswith("汇总") and _GROUP_TOTAL_RE.match(text))) and _key_empty(
                texts, key_col):
            return "subtotal"  # 东镇 汇总: Excel's 分类汇总 of a group (checked against its rows: ``Group``)
    return None


_FIGURE_RE = re.compile(r"[-+]?(?:\d[\d,]*)?(?:\.\d+)?%?")
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_DATE_OR_PHONE_RE = re.compile(r"[\d\s年月日号./\-:()（）]+")


def _is_label(text: str) -> bool:
    """"填报人：", "联系电话:", "审核人": a label whose value follows in the next filled cell."""
    bare = re.sub(r"\s", "", text)
    return bare.endswith((":", "：")) or bare in FOOTER_WORDS or bare.endswith(("电话", "日期", "手机"))


#: A footer's label and its value in one cell: 填表人：周敏, 日期：2026年7月4日, 联系电话：0913-5521234.
_LABELLED_RE = re.compile(r"^([^：:]{1,6})[：:]")


def _footer_cell(text: str) -> bool:
    """A cell holding a footer label with its value (日期：2026年7月4日): explained by itself, as a person reads it."""
    m = _LABELLED_RE.match(re.sub(r"\s", "", text))
    return m is not None and (m.group(1).startswith(FOOTER_WORDS) or _is_label(m.group(1)) or m.group(1) == "时间")


def is_figure(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return False
    if _MOBILE_RE.fullmatch(text):
        return False  # a mobile number typed into the footer, whichever column it lands in
    if isinstance(value, int | float):
        return True
    return any(ch.isdigit() for ch in text) and bool(_FIGURE_RE.fullmatch(text))


def _is_footer(raw: list[Any], texts: list[str], figure_cols: set[int]) -> bool:
    """A row shaped like a footer ("填报人：张三  联系电话：…  审核人：…"): its first filled cell is a footer
    label, every other filled cell is a label too or the value right of one (or a bare date or phone), and
    no figure stands in a column where the table has figures (a phone number or a date right of its label
    is that label's value).

    Decided by the row's shape, never by a word inside a cell: a project whose 进展情况 says "负责人：张三"
    starts with its code or name and carries its figures, so it stays data; one named "联系人：…" still
    has its investor, township and stage in cells no label precedes.  Whether the row really ends the
    table is ``extract_table``'s decision (only after the last data row).
    """
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if not filled or not re.sub(r"\s", "", filled[0][1]).startswith(FOOTER_WORDS):
        return False
    before = ""
    for c, text in filled:
        labelled = _is_label(before)
        if c in figure_cols and not labelled and is_figure(raw[c] if c < len(raw) else "", text):
            return False
        if before and not labelled and not _is_label(text) and not re.sub(r"\s", "", text).startswith(FOOTER_WORDS) \
                and not _DATE_OR_PHONE_RE.fullmatch(text) and not _footer_cell(text):
            return False  # a cell no label explains: the row says more than a footer does
        before = text
    return True


def _is_note(values: list[str]) -> bool:
    joined = "".join(values).replace(" ", "")
    return joined.startswith(NOTE_PREFIXES)


#: A sentence's own punctuation: a note's item has it (2.丰源饲料项目计划12月竣工。), a heading over rows does not
#: (2.扩建项目, (2)东镇: ``_is_section`` carries it onto the rows under it).
_SENTENCE_MARKS = frozenset("，。；,;")


def _next_note_item(found: list[tuple[int, str, DataRow | None, bool, str]], present: list[str]) -> bool:
    """A sentence alone in its row, numbered as a list's item (2.丰源饲料项目计划12月竣工。), right under a note
    (注：1.本月新开工项目2个…) is the note's next item, as a reader takes it — never a record: a record keeps its name
    and figures in cells of their own, and read as one it was refused for every blank column and counted against the
    合计's 3个 (hostile check F11).  Only a sentence: a numbered heading under a note (注：以上项目均已入库 then
    2.扩建项目) heads the rows below it, and taken for a note its 扩建 was lost from them silently (review, session 28)."""
    if len(present) != 1 or not found or found[-1][1] != "note_row":
        return False
    text = present[0].replace(" ", "")
    return _NOTE_ITEM_RE.match(text) is not None and any(c in _SENTENCE_MARKS for c in text)


_UNIT_CELL_RE = re.compile(r"^(?:计量)?(?:单位)?[:：]?[(（]?(亿元|万元|千元|元|%|％|亩|户|个|人|年|月)[)）]?$")


def written_unit(match: HeaderMatch, col: Column, line: str | None) -> units.Unit | None:
    """The unit one table (a sheet, or a sheet joined into a return) wrote a column in: its header's brackets
    (供地面积（公顷）), else the units row under the header, else the 单位 line (``line``) when that is a unit of
    the column's dimension, else the sheet's name when it says a unit of the column's dimension other than money
    (a sheet 「供地情况（公顷）」 over a bare 供地面积 under 单位：万元 for the prices: the name says what the areas are
    in as plainly as the header would; a money unit in the name is the table's, read by ``_unit_said_elsewhere``
    and weighed against the 单位 line); None when none is written (then the form's unit).  The one rule of a
    written unit: normalise converts by it, and a return joined from sheets reads each sheet by its own
    (``parts._stacked``)."""
    dim = units.dimension_of(col.kind, col.unit)
    if dim is None:
        return None
    header = units.in_header(match.headers.get(col.name) or "")
    if header is not None:
        return header
    if col.name in match.units:
        return units.lookup(match.units[col.name])
    if line:
        found = units.lookup(line)
        if found.dimension == dim:
            return found
    named = units.in_header(match.sheet.name) if dim != "money" else None
    if named is not None and named.dimension == dim:
        return named
    return None


#: A header cell saying a unit with the word 单位 in its brackets: 序号（单位：元）, 项目名称（金额单位：万元）.
_HEADER_UNIT_SAID_RE = re.compile(r"[(（](?:金额)?单位[:：]?(亿元|万元|千元|元|万|亿)[)）]")
#: Columns with no figures of their own whose header a clerk may write the table's unit into when he has no room
#: for a 单位 line (序号 stands in no form).
_LABEL_HEADERS = frozenset({"序号", "编号", "序", "行次", "栏次"})


def _unit_in_a_label_header(match: HeaderMatch) -> tuple[str, tuple[int, int]] | None:
    """The money unit written in the header cell of a column that holds no figures (``序号（单位：元）``, 企业名称
    （单位：万元））: the unit and its cell (0-based).  Such a cell has no figures of its own to qualify, so a person
    reads it as the table's unit — a 单位 line squeezed into the header — never as nothing.  A figure column's
    own bracket (营业收入（亿元）) is that column's (``written_unit``), and a header the form does not know (补贴
    标准（单位：元）) may be a column of its own: neither is read here."""
    sheet = match.sheet
    kinds = {c.name: c.kind for c in match.form.columns}
    labels = {c for name, c in match.columns.items() if kinds.get(name) not in FIGURE_KINDS}
    for r in range(match.header_row, min(match.data_start, len(sheet.rows))):
        for c, text in enumerate(sheet.texts(r)):
            flat = re.sub(r"\s", "", text or "")
            m = _HEADER_UNIT_SAID_RE.search(flat)
            if m is None:
                continue
            bare = _HEADER_UNIT_SAID_RE.sub("", flat)
            if c in labels or bare in _LABEL_HEADERS:
                return units.lookup(m.group(1)).name, (r, c)
    return None


def unit_cell(text: str) -> str | None:
    """The unit a cell under the header says and nothing else ("（万元）", "%", "单位：万元"), % for ％."""
    m = _UNIT_CELL_RE.match(re.sub(r"\s", "", text))
    return m.group(1).replace("％", "%") if m else None


def is_annex(values: list[str]) -> bool:
    """A 栏次 row (甲 乙 1 2 3 …) or a row of units under the header: part of the header, not data.

    A units row may carry a single unit (only 奖补资金 has one, or one cell "单位：万元"): a row whose
    only cell is a unit is no data row either (no form has a row that says nothing but "万元")."""
    if len(values) == 1:
        return unit_cell(values[0]) is not None
    if not values:
        return False
    numbers = []
    for v in values:
        bare = v.strip("()（）")
        if v in _ANNEX_WORDS or bare in UNIT_WORDS or bare in ("是/否", "年-月-日", "年月日") or unit_cell(v):
            continue
        if re.fullmatch(r"\d{1,2}", v):
            numbers.append(int(v))
            continue
        return False
    return numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _is_repeated_header(match: HeaderMatch, texts: list[str], exact: set[str]) -> bool:
    """A table printed over several pages repeats its header row; that row is not data."""
    if not any(t in exact for t in texts if t):
        return False  # the usual data row: no cell reads like a header, no key to compute
    hits = 0
    for name, c in match.columns.items():
        text = texts[c] if c < len(texts) else ""
        if text and header_key(text) == header_key(match.headers.get(name, "")):
            hits += 1
    return hits >= max(2, len(match.columns) // 2)


#: A 合计 written as one sentence under the table (合计：共4个项目，协议总投资10亿元，本年到位资金0.85亿元): no record,
#: and no section heading either — its figures are checked against the rows (beizeng.intake.checks).
SENTENCE_TOTAL_RE = re.compile(r"(?:合计|总计|共计|全部合计)[:：,，]?.*\d")


def _is_section(raw: list[Any], texts: list[str], r: int, match: HeaderMatch) -> bool:
    """A heading inside the table ("一、续建项目") or one merged note line across it (one filled cell)."""
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if len(filled) != 1:
        return False
    c, text = filled[0]
    if isinstance(raw[c], int | float) and not isinstance(raw[c], bool):
        return False
    if _heading(text)[0] in _CHINESE_NUMBERED or _MONTH_HEADING_RE.match(_compact(text)):
        return True  # 一、 or （一）, or a month's heading (5月): a heading wherever it stands
    m = match.sheet.merge_at(r, c)
    return m is not None and m[1][1] - m[0][1] >= 2


#: A list marker a clerk numbers the notes under a table with: 1. 1、 (1) 1) — ① is 1 once folded.
_NOTE_NUMBER_RE = re.compile(r"\(?\d{1,2}[.、)]?")
#: A list's item written in one cell: its marker (2. 2、 (2); （2） and ② fold to these) and words.
_NOTE_ITEM_RE = re.compile(_NOTE_NUMBER_RE.pattern + r"\s*[\u4e00-\u9fff]")


def _numbered_line(match: HeaderMatch, r: int) -> bool:
    """Row ``r`` is a numbered line written across the table: a list marker (1. / 2、 / (1)) and, right of it, one
    text merged over at least three columns, nothing else.  A record keeps its figures in their own cells, so a
    sentence laid over the figure columns is no record; whether it is a note is for ``_notes_numbered_below`` to
    say (a line like it above rows may head them)."""
    sheet = match.sheet
    filled = [(c, t) for c, t in enumerate(sheet.texts(r)) if t]
    if len(filled) != 2 or not _NOTE_NUMBER_RE.fullmatch(re.sub(r"\s", "", filled[0][1])):
        return False
    c, text = filled[1]
    m = sheet.merge_at(r, c)
    value = sheet.rows[r][c]
    return (m is not None and m[0] == (r, c) and m[1][1] - c >= 2 and isinstance(value, str)
            and not is_figure(value, text) and text.lower() not in NOTHING)


def _notes_numbered_below(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]]
                          ) -> list[tuple[int, str, DataRow | None, bool, str]]:
    """The numbered lines written across the table under its last record (1. 本表金额单位为万元…, 2. 丙项目因…
    merged across 项目代码 … 累计) set aside as notes, as a reader takes them: under the records nothing they could
    head follows.  Above a record such a line stays a row to ask about, never a guess."""
    numbered = {no for no, kind, *_ in found if kind == "data" and _numbered_line(match, no - 1)}
    if not numbered:
        return found
    last = max((no for no, kind, *_ in found if kind == "data" and no not in numbered), default=0)
    return [(no, "note_row", None, footerish, line) if no in numbered and no > last else (no, kind, row, footerish, line)
            for no, kind, row, footerish, line in found]


def _another_table(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]], r: int,
                   raw: list[Any], texts: list[str], exact: set[str]) -> bool:
    """Whether row ``r`` is the header of another table under this one, as a person sees it: after the
    table's data, below an empty row or a one-line heading (汇总, 附表：本月新开工项目, 其中：战新企业, last
    month's title), a row of words only that reads as a header — this table's own again under a heading that
    is no part of it (其中…, a title outside the table's columns), or several headers of any form.  A section
    heading (一、已落户项目) or a 注 line over the same header goes on with the same table."""
    if not any(kind == "data" for _, kind, *_ in found):
        return False
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(isinstance(v, NUMBER_TYPES) and not isinstance(v, bool) for v in raw):
        return False
    sheet = match.sheet
    gap = r > 0 and not any(sheet.texts(r - 1))
    above = found[-1] if found else None
    heading = above is not None and above[0] == r and len(above[4].split(" ")) == 1
    if not (gap or heading):
        return False
    if _is_repeated_header(match, texts, exact):  # under 其中… or a title outside the table's columns, not a 注
        return heading and above is not None and above[1] in ("subtotal_row", "outside_columns")
    from beizeng.base.forms import all_forms

    forms = list(all_forms().values())
    named = sum(1 for t in filled if any(max(headers.text_scores(f, t).values(), default=0.0) >= headers.THRESHOLD
                                         for f in forms))
    return named >= 2 and named * 2 >= len(filled)


def _is_zero_only(cells: dict[str, str], kinds: dict[str, str]) -> bool:
    """A row with only zeros and no text: formulas copied down into unused rows."""
    seen = False
    for name, t in cells.items():
        if not t:
            continue
        if kinds[name] not in ("money", "number", "int", "pct"):
            return False
        try:
            if float(t.replace(",", "")) != 0:
                return False
        except ValueError:
            return False
        seen = True
    return seen


def extract_table(match: HeaderMatch) -> Table:
    """The rows under the header that carry data, and everything else set aside with the reason.

    Set aside, never silently: the 栏次/unit row under the header, notes, page-repeated headers,
    合计 rows (kept to check against the sum), 小计/其中 rows, section headings, rows with nothing in
    the form's columns.  The table ends at its last data row: the footer is the first row shaped like
    one (``_is_footer``) after it, with everything below; a footer-shaped row with data below it is no
    footer, and is set aside with its reason while the rows below are read.  A value shown by a cell
    merged down over several rows (a township written once for all its projects) is read into each
    row it covers.
    """
    sheet = match.sheet
    elsewhere = {c for a, b, _ in match.other_tables for c in range(a, b + 1)}  # another period's table beside
    lines_above = [" ".join(t for c, t in enumerate(clean_text(v) for v in row) if t and c not in elsewhere)
                   for row in sheet.rows[: match.header_row]]
    lines_above = [line for line in lines_above if line]
    unit = None
    unit_at: tuple[int, int] | None = None
    for r in range(match.header_row):
        line = "".join(sheet.texts(r)).replace(" ", "")
        m = _UNIT_RE.search(line) or _TITLE_UNIT_RE.search(line)
        if m:
            unit = units.lookup(m.group(1)).name  # 万 → 万元
            unit_at = (r, _cell_saying(sheet.texts(r), m.re))
    if unit is None and (in_label := _unit_in_a_label_header(match)) is not None:
        unit, unit_at = in_label  # 序号（单位：元）: the table's unit, as a 单位 line
    used = sorted(match.columns.items(), key=lambda kv: kv[1])
    kinds: dict[str, str] = {c.name: c.kind for c in match.form.columns}
    county = {c for name, c in match.columns.items() if kinds[name] == "county"}
    figure_cols = {c for name, c in match.columns.items() if kinds[name] in FIGURE_KINDS}
    key_col = match.columns.get(match.form.key[0]) if match.form.key else None
    exact = {clean_text(h) for h in match.headers.values()}
    data_start = match.data_start
    in_header = True  # rows right under the header may still be part of it (栏次, units)
    #: Every row with anything in it: (excel row, what it is, the row, footer-shaped, its text).
    found: list[tuple[int, str, DataRow | None, bool, str]] = []
    another = False  # from the header of another table below on (a 汇总 or 附表, last month's table), none is ours
    said: dict[int, str] = {}  # rows set aside for a reason of their own (gone_row), as the sender is told it
    unrevised: list[tuple[int, str]] = []  # (Excel row, form column) whose revision was blank
    under_merge: list[tuple[int, str, tuple[tuple[int, int], tuple[int, int]]]] = []  # see Table.under_merge
    for r in range(data_start, len(sheet.rows)):
        raw = sheet.rows[r]
        texts = [clean_text(v) for v in raw]
        present = [t for t in texts if t]
        if not present:
            continue
        footerish = _is_footer(raw, texts, figure_cols)
        line = " ".join(present)
        if not another and sheet.turned_at is None and _another_table(match, found, r, raw, texts, exact):
            another = True
        if another:
            found.append((r + 1, "another_table", None, footerish, line))
            continue
        if in_header and not footerish and is_annex(present):
            by_column = {c: name for name, c in used}
            for c, text in enumerate(texts):
                word = unit_cell(text) if text else None
                if word not in ("亿元", "万元", "千元", "元", "%"):
                    continue
                name = by_column.get(c)
                if name is not None and kinds[name] in FIGURE_KINDS:
                    match.units.setdefault(name, word)  # under its column: that column's unit
                elif len(present) == 1 and word != "%" and unit is None:
                    unit = word  # "单位：万元" alone, not under a figure column: the table's unit, as a 单位 line
                    unit_at = (r, c)
            found.append((r + 1, "annex_row", None, False, line))
            continue
        in_header = False
        if _is_note(present) or _next_note_item(found, present) \
                or (match.form.may_be_empty and nil.statement(r + 1, 0, line) is not None):
            # a line of words, or a ledger's "1 | 此表无数据" (a nil statement typed in the first row, 序号 and all)
            found.append((r + 1, "note_row", None, footerish, line))
            continue
        if _is_repeated_header(match, texts, exact):
            found.append((r + 1, "repeated_header", None, footerish, line))
            continue
        cells = {}
        shown = {}
        merged_from = {}
        for name, c in used:
            value = raw[c] if c < len(raw) else ""
            text = texts[c] if c < len(texts) else ""
            if sheet.merged and (merged := sheet.merge_at(r, c)) is not None and merged[0][0] >= data_start \
                    and merged[0] != (r, c):
                if text and text != clean_text(sheet.cell(*merged[0])):
                    under_merge.append((r + 1, name, merged))  # a value the merge hides: the merge's is shown
                    text = ""
                if not text:
                    value = sheet.cell(*merged[0])  # a township merged down over its projects' rows
                    text = clean_text(value)
                    if text:
                        merged_from[name] = merged[0][0] + 1
            if not text and c in match.revises and clean_text(before := raw[match.revises[c]] if match.revises[c] < len(raw)
                                                               else None):
                value, text = before, clean_text(before)  # 调整后目标 left blank: not revised, the 年初目标 stands
                unrevised.append((r + 1, name))
            cells[name] = value
            shown[name] = text
        row = DataRow(r + 1, cells, merged_from)
        kind = _row_kind(texts, key_col, county)
        if kind == "total" and len(sheet.parts) > 1:
            found.append((r + 1, "part_total", None, footerish, line))  # one of the tables side by side: its own
        elif kind == "total":
            found.append((r + 1, "total", row, footerish, line))
        elif kind == "subtotal":
            found.append((r + 1, "subtotal_row", None, footerish, line))
        elif len(present) == 1 and SENTENCE_TOTAL_RE.match(_compact(line)):
            found.append((r + 1, "total_sentence", None, footerish, line))  # checked by checks.check_totals
        elif len(present) == 1 and _is_section(raw, texts, r, match):
            found.append((r + 1, "section_row", None, footerish, line))
        elif not any(shown.values()):
            found.append((r + 1, "outside_columns", None, footerish, line))  # e.g. only a pre-numbered 序号
        elif _is_zero_only(shown, kinds):
            found.append((r + 1, "zero_row", None, footerish, line))  # formulas copied down into unused rows
        elif all(t.lower() in NOTHING for t in shown.values()):
            found.append((r + 1, "dash_row", None, footerish, line))  # "/" in every cell: nothing to report
        elif (note := _gone_note(match, texts, shown, kinds)) is not None:
            found.append((r + 1, "gone_row", None, footerish, line))  # merged away, deregistered: no record
            said[r + 1] = _gone_words(match, shown, note)
        else:
            found.append((r + 1, "data", row, footerish, line))
    found = _notes_numbered_below(match, found)
    named = match.form.roles.name or (match.form.key[0] if match.form.key else None)  # what a row is called
    struck_rows, struck_figures = _struck(match, found, match.columns.get(named) if named else None, figure_cols)
    if struck_rows:
        found = [(no, struck_rows.get(no, kind), row, footerish, line) for no, kind, row, footerish, line in found]
    unseen_rows, unseen_figures = _unseen(match, found, figure_cols)
    if unseen_rows:  # a line in a font the colour of its cell (white on white): set aside, said with what it holds
        found = [(no, "unseen_row" if no in unseen_rows else kind, row, footerish, line)
                 for no, kind, row, footerish, line in found]
        said.update({no: f"{_SET_ASIDE['unseen_row']}（内容：{line[:80]}）" for no, _, _, _, line in found
                     if no in unseen_rows})
    hidden = hand_hidden_rows(match.sheet) if match.sheet.turned_at is None else set()
    if hidden:  # rows the clerk hid by hand (not a filter's, not an outline's): what the sheet does not show
        found = [(no, "hidden_row" if kind == "data" and no - 1 in hidden else kind, row, footerish, line)
                 for no, kind, row, footerish, line in found]
    found, joined, unsure = continued.join_split_rows(match, found)  # a record written over two rows: one record
    table = _settle(match, found, lines_above, unit, said)
    table.unit_at = unit_at
    _group(table)
    read = {d.excel_row for d in table.rows}
    table.unrevised = [(row, name) for row, name in unrevised if row in read]
    below = _said_below(table)
    _column_units_said(table)
    if table.unit is None:  # no 单位 line above: a note under the table or the sheet's name may say it
        table.unit, table.unit_said = _unit_said_elsewhere(table, below)
        table.unit_at = below[1] if below is not None else None
    elif below is not None and below[0] != table.unit:  # 单位：万元 above, 注：本表金额单位为元 below: which?
        table.unit_clash = below
    else:
        table.unit_clash = _name_against_line(table)
    table.joined, table.unsure = joined, unsure
    table.hidden_at = frozenset(h + 1 for h in hidden)
    table.hidden = {no: row for no, kind, row, _, _ in found if kind == "hidden_row" and row is not None}
    names = {c: name for name, c in match.columns.items()}
    table.struck = sorted((no, names[c]) for no, c in struck_figures if no not in struck_rows)
    table.unseen = sorted((no, names[c]) for no, c in unseen_figures)
    table.under_merge = [(no, name, m) for no, name, m in under_merge if no in read]
    return table


#: A unit stated in a sentence or a name rather than a 单位 line: 注：本页数据单位为亿元, （金额单位：元）, 「6月(元)」.
#: Only a unit of the whole table: the words before 单位 may name the table or its amounts, never one thing in it
#: (注：上年同期数据单位为万元, 运输费用单位：元/吨 say nothing of the table's figures).  A note may open with its number
#: (1. 本表金额单位为元, ``_numbered_line``).
_UNIT_SAID_RE = re.compile(rf"(?:^(?:\(?\d{{1,2}}[.、)])?|[:：，,。;；(（])(?:本表|本页|表中|全表|以上|上表|本月|各表)?的?"
                           rf"(?:(?:金额|数据|数字|价款|资金|各项)?{_UNIT_WORD}(?:[:：]|为|是|均为|都是)?"
                           rf"|(?:金额|价款|资金)(?:[:：]|均为|为))\s*[(（]?"
                           rf"(亿元|万元|千元|元)(?![/／])")
_UNIT_IN_NAME_RE = re.compile(r"[(（](?:单位[:：]?)?(亿元|万元|千元|元)[)）]")


def _said_below(table: Table) -> tuple[str, tuple[int, int], str] | None:
    """The money unit a note or the footer under the table states for the table (注：本页数据单位为亿元), the cell
    (0-based row, column) saying it and its line; None when no line below says one."""
    sheet = table.match.sheet
    last = max((r.excel_row for r in table.rows), default=0)
    for n, why in sorted(table.unread.items()):
        # a note, the footer, or a line under the rows typed in the 序号 column only (数据单位为亿元 in A6)
        below = why in ("note_row", "footer") or (why in ("blank_tail", "outside_columns") and n > last)
        if not below or n - 1 >= len(sheet.rows):
            continue
        texts = sheet.texts(n - 1)
        line = " ".join(t for t in texts if t)
        m = _UNIT_SAID_RE.search(line.replace(" ", ""))
        if m:
            return m.group(1), (n - 1, _cell_saying(texts, _UNIT_SAID_RE)), line
    return None


#: One column's unit said in a note (注：营业收入单位为亿元，其余为万元): the words naming the column, its unit.
_COLUMN_UNIT_RE = re.compile(r"(?:^|[:：，,。;；、(（])([^:：，,。;；、(（\s]{2,12}?)的?单位(?:[:：]|为|是|均为|都是)?\s*[(（]?"
                             r"(亿元|万元|千元|元)(?![/／])"
                             #: … or as 以/按 X 计 (说明：营业收入以亿元计，其余金额单位为万元)
                             r"|(?:^|[:：，,。;；、(（])([^:：，,。;；、(（\s]{2,12}?)(?:均|都|一律)?(?:以|按)"
                             r"(亿元|万元|千元|元)(?:为单位|计算|计|填列|填报)")


#: What a note calls the table's amounts as a whole (注：金额单位为元): the table's unit, never one column's.
_TABLE_WIDE = frozenset({"", "金额", "数据", "数字", "价款", "资金", "各项", "表内", "上述"})


def _column_units_said(table: Table) -> None:
    """A money column's unit said in a note under the table (注：营业收入单位为亿元，其余为万元, copied from
    a finance system in 亿元) or in a line above it (说明：营业收入以亿元计 under the title — a person reads the note
    wherever it stands): recorded as that column's unit (``HeaderMatch.units``, what ``written_unit`` reads)
    when the words are in a column's header as written (产值 names each 产值 column); a header's own （万元） wins."""
    match = table.match
    sheet = match.sheet
    last = max((r.excel_row for r in table.rows), default=0)
    lines = [" ".join(t for t in sheet.texts(n - 1) if t) for n, why in sorted(table.unread.items())
             if n - 1 < len(sheet.rows) and (why in ("note_row", "footer")
                                            or (why in ("blank_tail", "outside_columns") and n > last))]
    kinds = {c.name: c.kind for c in match.form.columns}
    for line in [*table.lines_above, *lines]:  # (a 单位 line above is the table's; 填报单位：东镇人民政府 names no column)
        for m in _COLUMN_UNIT_RE.finditer(line.replace(" ", "")):
            said, unit = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
            words = re.sub(r"^(?:注|说明|备注)?[:：]?(?:本表|本页|表中|全表|以上|上表|各表)?的?", "", said)
            if words in _TABLE_WIDE:
                continue  # the table's amounts: _said_below's
            named = [name for name, text in match.headers.items()
                     if kinds.get(name) == "money" and len(words) >= 2 and words in _compact(text)]
            for name in named:  # 产值单位为亿元: every 产值 column (本月, 1-6月, 上年同期), as a person reads it
                if name not in match.units:
                    match.units[name] = unit
                    table.column_unit_said[name] = line


def _cell_saying(texts: list[str], pattern: re.Pattern[str]) -> int:
    """The column of the cell in a row that says what ``pattern`` finds (the first filled one when it takes several
    cells to say it)."""
    filled = [c for c, t in enumerate(texts) if t]
    return next((c for c in filled if pattern.search(texts[c].replace(" ", ""))), filled[0] if filled else 0)


def _unit_said_elsewhere(table: Table, below: tuple[str, tuple[int, int], str] | None) -> tuple[str | None, str | None]:
    """The money unit a table states only below it (``below``: a note or the footer, 注：本页数据单位为亿元) or in its
    sheet's name (「6月(元)」, 「西镇(亿元)」), and where it is said (for the conversion's note); (None, None) when
    neither says one.  A person reads these as the table's unit as surely as a 单位 line above it."""
    if below is not None:
        return below[0], f"表下写明“{below[2][:30]}”"
    m = _UNIT_IN_NAME_RE.search(table.match.sheet.name.replace(" ", ""))
    if m:
        return m.group(1), f"工作表名「{table.match.sheet.name}」写明"
    return None, None


def _name_against_line(table: Table) -> tuple[str, None, str] | None:
    """A sheet's name saying another money unit than the 单位 line above its table (「6月(亿元)」 under a 单位：万元
    left from the template): (the name's unit, None, the name).  A sheet of a return joined from several is read
    in its own unit by ``parts`` and left to it."""
    sheet = table.match.sheet
    m = _UNIT_IN_NAME_RE.search(sheet.name.replace(" ", ""))
    if m is None or hasattr(sheet, "own_units") or table.unit is None or m.group(1) == table.unit:
        return None
    if units.lookup(table.unit).dimension != "money":
        return None
    return m.group(1), None, f"工作表名「{sheet.name}」"


def _struck(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]], name_col: int | None,
            figure_cols: set[int]) -> tuple[dict[int, str], set[tuple[int, int]]]:
    """What the clerk struck through (删除线) in the data rows: the rows struck whole or by their name (a project
    called off, kept in sight for the county to see: set aside with a warning, never counted), by Excel row;
    and the struck figures (Excel row, sheet column) of the other rows, each asked about.

    The styles are read once per workbook (``struck_cells``), only for these rows' cells, and the sheet only
    when the workbook has a struck font at all.
    """
    sheet = match.sheet
    if not any_struck(sheet):
        return {}, set()
    filled = {no: [c for c in match.columns.values() if clean_text(sheet.cell(no - 1, c))]
              for no, kind, row, _, _ in found if kind == "data" and row is not None}
    struck = struck_cells(sheet, [(no - 1, c) for no, cols in filled.items() for c in cols]) if filled else set()
    if not struck:
        return {}, set()
    rows: dict[int, str] = {}
    figures: set[tuple[int, int]] = set()
    for no, cols in filled.items():
        hit = [c for c in cols if (no - 1, c) in struck]
        if hit and len(hit) == len(cols):
            rows[no] = "struck_row"
        elif name_col is not None and name_col in hit:
            rows[no] = "struck_name"
        else:
            figures |= {(no, c) for c in hit if c in figure_cols}
    return rows, figures


def _unseen(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]],
            figure_cols: set[int]) -> tuple[set[int], set[tuple[int, int]]]:
    """What the sheet holds in a font a person cannot see (white on no fill, or the colour of the cell's fill): the
    data rows whose every filled cell of the form is unseen (a clerk's draft line kept out of sight: set aside with a
    warning naming what it holds, never counted), by Excel row; and the unseen figures (Excel row, sheet column) of
    the other rows, each asked about, as a struck figure is.  The styles are read once per workbook (``unseen_cells``)."""
    sheet = match.sheet
    filled = {no: [c for c in match.columns.values() if clean_text(sheet.cell(no - 1, c))]
              for no, kind, row, _, _ in found if kind == "data" and row is not None}
    unseen = unseen_cells(sheet, [(no - 1, c) for no, cols in filled.items() for c in cols]) if filled else set()
    if not unseen:
        return set(), set()
    rows: set[int] = set()
    figures: set[tuple[int, int]] = set()
    for no, cols in filled.items():
        hit = [c for c in cols if (no - 1, c) in unseen]
        if hit and len(hit) == len(cols):
            rows.add(no)
        else:
            figures |= {(no, c) for c in hit if c in figure_cols}
    return rows, figures


#: Cells named one by one in ``cleaning_notes``; the rest in one note.
CLEANING_NOTES = 20


def cleaning_notes(table: Table, file_name: str) -> list[Problem]:
    """A note per cell of the table (data, 合计, lines above) that lost invisible characters as it was read:
    text pasted from another program carried a BEL or NUL, now gone; the sender may want to look at it."""
    columns = {c: name for name, c in table.match.columns.items()}
    headers = {c.name: c.header for c in table.match.form.columns}
    read = {r.excel_row - 1 for r in (*table.rows, *table.total_rows)}
    out = []
    cells = [(rc, removed) for rc, removed in sorted(table.match.sheet.cleaned.items())
             if rc[0] < table.match.header_row or (rc[0] in read and rc[1] in columns)]
    for (r, c), removed in cells[:CLEANING_NOTES]:
        out.append(Problem("info", "control_chars_removed", f"此格含有看不见的控制字符（{removed}），读取时已删除",
                           "这类字符多是从其他软件复制粘贴带来的，请核对此格内容", file=file_name,
                           sheet=table.sheet, row=r + 1, col=c, column=headers.get(columns.get(c, ""))))
    if len(cells) > CLEANING_NOTES:  # a column pasted from another system: named once, not cell by cell
        (r, c), _ = cells[CLEANING_NOTES]
        out.append(Problem("info", "control_chars_removed",
                           f"另有{len(cells) - CLEANING_NOTES}格也含有看不见的控制字符，读取时已删除（从此格起）",
                           "这类字符多是从其他软件复制粘贴带来的，请核对这些格的内容", file=file_name,
                           sheet=table.sheet, row=r + 1, col=c, column=headers.get(columns.get(c, ""))))
    return out


def shown_notes(table: Table, file_name: str) -> list[Problem]:
    """What the sheet hides or strikes through, said: a hidden column read because it is the only one of its
    field (a warning naming it), hidden columns not read (a note), and each struck figure in a row read (an
    error asking whether it counts: a figure is never taken or dropped on a guess).

    A file never outranks what it shows: what the clerk hid or struck out is not read as if it were shown.
    """
    match = table.match
    headers_of = {c.name: c.header for c in match.form.columns}
    row = match.header_row + 1
    out: list[Problem] = []
    folded = match.sheet.folded_columns
    for name, c in sorted(match.hidden_read.items(), key=lambda kv: kv[1]):
        written = match.headers.get(name, "")
        how, undo = _hidden_how(c in folded)
        out.append(Problem("warning", "hidden_column_read",
                           f"{col_letter(c)}列“{written}”是{how}的列，表中没有别的列是“{headers_of[name]}”，已按这一列读取",
                           f"如果这一列是要报送的“{headers_of[name]}”，请{undo}；如果不是，请删去这一列并补上"
                           f"“{headers_of[name]}”列", file=file_name, sheet=table.sheet, row=row, col=c,
                           column=headers_of[name]))
    for c, text in match.hidden_unread:
        if c in match.sheet.struck_lines:  # a card's line struck through and typed again under it
            at = next((r for r in range(match.data_start, len(match.sheet.rows)) if clean_text(match.sheet.cell(r, c))),
                      row - 1)
            value = clean_text(match.sheet.cell(at, c))
            out.append(Problem("warning", "struck_line",
                               f"这一行加了删除线，下面另有一行“{text}”：按下面的一行读取，这一行作为已删除处理、未读取",
                               "如果加删除线的一行才是要报送的数，请去掉它的删除线、删去下面的一行后重新报送",
                               file=file_name, sheet=table.sheet, row=at + 1, col=c, column=text, value=value))
            continue
        if header_key(text) in IGNORED_HIDDEN:
            continue
        how, undo = _hidden_how(c in folded)
        out.append(Problem("info", "hidden_column", f"此列是{how}的列，未读取",
                           f"如果这一列是要报送的数据，请{undo}后重新报送", file=file_name, sheet=table.sheet,
                           row=row, col=c, column=text))
    asked = [(table.struck, "struck_figure", "这个数加了删除线", "请去掉删除线；如果作废，请改为正确的数"),
             (table.unseen, "unseen_figure", "这个数的字体颜色与单元格底色相同（如白底白字），在表上看不见",
              "请把字体改为黑色；如果作废，请删去它")]
    for figures, code, why, undo in asked:  # a figure the sheet does not show as live: asked, one phrase for each way
        for excel_row, name in figures:
            c = match.columns[name]
            said, redo = why, undo
            if code == "unseen_figure" and (cell := (excel_row - 1, c)) in (fmt := number_formats(match.sheet, [cell])):
                said, redo = (f"这个数的单元格格式“{fmt[cell]}”使它在表上什么也不显示",
                              "请把单元格格式改为“常规”或“数值”")  # ;;; — shows nothing, as white on white
            out.append(Problem("error", code, f"{said}，无法判断它是否有效",  # type: ignore[arg-type]
                               f"如果这个数有效，{redo}（没有就填0）后重新报送",
                               file=file_name, sheet=table.sheet, row=excel_row, col=c, column=headers_of[name],
                               value=clean_text(match.sheet.cell(excel_row - 1, c))))
    for excel_row, name, ((r0, c0), (r1, c1)) in table.under_merge:  # a value hidden by a merge: never taken unsaid
        c = match.columns[name]
        held = clean_text(match.sheet.cell(excel_row - 1, c))
        span = f"{col_letter(c0)}{r0 + 1}:{col_letter(c1)}{r1 + 1}"
        out.append(Problem("error", "under_merge",
                           f"这一格在合并单元格{span}里，表上显示的是“{clean_text(match.sheet.cell(r0, c0))}”，"
                           f"格子里却还存着看不见的“{held}”，无法判断哪一个是对的",
                           f"取消合并{span}，在每一格填上各自的内容后重新报送", file=file_name, sheet=table.sheet,
                           row=excel_row, col=c, column=headers_of[name], value=held))
    for a, b, end in match.other_tables:
        out.append(Problem("info", "earlier_period_table",
                           f"{col_letter(a)}至{col_letter(b)}列是并排的另一张表，标题和表头写的是截至{end}月的数，"
                           "不是本表的数，未读取", "如果这张表也要报送，请把它另存为一个文件、按它的月份报送",
                           file=file_name, sheet=table.sheet, row=match.header_row + 1, col=a))
    return out


def _hidden_how(folded: bool) -> tuple[str, str]:
    """How a column is out of sight and how the clerk brings it back: hidden by hand, or folded in a group."""
    return ("在分组里折叠起来", "点列上方的“+”展开分组") if folded else ("隐藏", "取消隐藏")


#: Hidden columns that are no news to the sender (a 序号 hidden away).
IGNORED_HIDDEN = IGNORED_EXTRA

#: Rows set aside that may be data gone astray (a footer line with data below it, a row filled only outside
#: the form's columns, one the reader could not place): a warning, so the sender gets the feedback; the
#: other reasons (栏次, notes, 小计, sections, the unused numbered rows at the end) are notes.
SKIPS_TO_CHECK = frozenset({"footer_inside", "outside_columns", "row_not_read", "another_table", "struck_row", "hidden_row",
                            "struck_name", "gone_row", "unseen_row", "target_not_kept"})

#: Why a row was set aside, as the sender reads it ("第N行是…，不作为数据读取").
_SET_ASIDE = {
    "annex_row": "表头下的栏次/单位行",
    "note_row": "说明文字行",
    "repeated_header": "重复的表头行",
    "subtotal_row": "小计/累计/其中行",
    "section_row": "分组标题行",
    "outside_columns": "只在本报表以外的列（如序号、参考列）有内容的行",
    "zero_row": "只有0、没有名称等文字的行",
    "dash_row": "每格都是“/”“—”“无”等、没有任何内容的行",
    "footer_inside": "表格中间的落款行（填报人、联系电话等），其下方还有数据",
    "part_total": "并排的几张表中一张表自己的合计行（不入库）",
    "another_table": "本表下方另一张表（汇总表、附表或上月的表）的行，不属于本表；如果它是本表的数据，请移到本表中",
    "struck_row": "整行加了删除线的行，按已删除处理",
    "hidden_row": "被隐藏的行（不是筛选或分级显示隐藏的），按已删除处理",
    "unseen_row": "字体颜色与底色相同（如白底白字）、在表上看不见的行，按已删除处理",
    "struck_name": "名称加了删除线的行，按已删除处理",
    "gone_row": "没有数字、写明已不在名录（被兼并、注销等）的行，按已退出处理",
}
#: What the sender can do about a row set aside, where there is something to do.
SET_ASIDE_FIX = {"struck_row": "如该行仍然有效，请去掉删除线后重新报送",
                 "hidden_row": "如该行仍然有效，请取消隐藏后重新报送",
                 "unseen_row": "如该行仍然有效，请把字体改为黑色后重新报送；如是草稿，请删去",
                 "struck_name": "如该行仍然有效，请去掉名称的删除线后重新报送",
                 "gone_row": "如该行本期仍应计入，请填上它的数字后重新报送；确已不在名录的可不处理（此为提醒）",
                 # a targets row in 亿元 for an indicator kept only as a growth target (normalise.set_aside_amounts_…)
                 "target_not_kept": "如另有增速目标，请另填一行，指标名称写明“增速”、单位填“%”；没有的可不处理（此为提醒）"}


def _gone_note(match: HeaderMatch, texts: list[str], shown: dict[str, str], kinds: dict[str, str]) -> str | None:
    """The note of a row that says its record has left the form's list (``FormSpec.gone_words``: 已于5月被东川陶瓷
    吸收合并) when the row has no figure at all: a blank 1-6月 beside it is no figure missing but a firm gone.  None
    for a row with any figure (it is a record, whatever its note says) and for a form declaring no such words."""
    words = match.form.gone_words
    figures = [name for name in shown if kinds[name] in FIGURE_KINDS]
    if not words or not figures or any(shown[name].lower() not in NOTHING for name in figures):
        return None
    at = {match.columns[name] for name in figures}
    return next((t for c, t in enumerate(texts) if t and c not in at and any(w in t for w in words)), None)


def _gone_words(match: HeaderMatch, shown: dict[str, str], note: str) -> str:
    """A row gone from the list as the sender is told it: its name and its own note."""
    named = match.form.roles.name or (match.form.key[0] if match.form.key else None)
    name = shown.get(named, "") if named else ""
    who = f"「{name}」的行" if name and name != note else "本行"
    return f"{who}：各项数字空白，并写明“{note}”，按已不在本表名录处理"


def _group(table: Table) -> None:
    """The table's groups (``Group``) and, in a table whose blanks in the column it is grouped by all sit under the
    group's name on its first row (a pivot table pasted as values: 东镇 on the first firm, blank below, closed by
    东镇 汇总), those blanks read as that name — as a township merged down over its projects is read into each row,
    and a 同上 under it (said in a note: ``Table.grouped``).  A blank with no group around it leaves every blank of
    its column as it is (asked as a blank is)."""
    sheet = table.match.sheet
    closes = sorted(n for n, why in table.unread.items() if why == "subtotal_row")
    if not closes or not table.rows or sheet.turned_at is not None:
        return
    kinds = {c.name: c.kind for c in table.match.form.columns}
    bounds = sorted([*closes, *(t.excel_row for t in table.total_rows)])
    for name, c in table.match.columns.items():
        if kinds.get(name) not in _GROUP_KINDS:
            continue
        labels = {n: m.group(1) for n in closes if (m := _GROUP_TOTAL_RE.match(_compact(_group_label(sheet, n, c))))}
        fill: dict[int, int] = {}
        for n, label in labels.items():
            since = max((b for b in bounds if b < n), default=0)
            rows = [r for r in table.rows if since < r.excel_row < n]
            texts = [_compact(clean_text(r.cells.get(name))) for r in rows]
            if not rows or texts[0] != label or any(t and t != label for t in texts):
                continue  # not this group's rows (本页小计 under firms of several townships)
            table.groups.append(Group(name, label, rows[0].excel_row, rows[-1].excel_row, n))
            words = f"“{label}”的分类汇总行（与{section_words((rows[0].excel_row, rows[-1].excel_row))}之和核对）"
            table.skipped = [(no, kind, words if no == n else why) for no, kind, why in table.skipped]
            fill.update({r.excel_row: rows[0].excel_row for r, t in zip(rows, texts, strict=True) if not t})
        blanks = {r.excel_row for r in table.rows if not clean_text(r.cells.get(name))}
        if fill and blanks == set(fill):
            for r in table.rows:
                if (top := fill.get(r.excel_row)) is not None:
                    r.cells[name] = sheet.cell(top - 1, c)
                    r.merged_from[name] = top
            table.grouped[name] = fill


def _group_label(sheet: Any, n: int, c: int) -> str:
    """What closes a group on row ``n``: its cell in the column grouped by (东镇 汇总 under 东镇), or, that cell
    empty, the row's first words (百良镇小计 written under the firms' names, the township column blank)."""
    return clean_text(sheet.cell(n - 1, c)) or next((t for t in sheet.texts(n - 1) if t), "")


def group_line(table: Table, group: Group) -> DataRow:
    """A group's total (东镇 汇总) read as the table's columns, to check against the group's rows."""
    return _row_at(table, group.closed_by)


def closing_subtotal(table: Table, grand: DataRow | None = None) -> DataRow | None:
    """A sheet's one 小计 under all its rows (``5月小计``, ``本页小计``, ``小计``), when it has no 合计 (but the
    whole return's ``grand`` under it, ``grand_total``): what that sheet's rows add up to, as a clerk closes a
    month's or a page's sheet.  It is set aside like every 小计 (no row of the return) and, on a sheet that is one
    part of a return (``beizeng.intake.parts``), checked against that sheet's rows as its 合计 would be.  None
    when the sheet has a 合计 of its own, several 小计 (each a section's), or a 小计 with rows under it (a
    section's, or a 其中)."""
    sheet = table.match.sheet
    subtotals = [n for n, why in table.unread.items() if why == "subtotal_row"
                 and not _labelled(sheet, n, _RUNNING_RE)]  # 全年累计 under it
    if any(t is not grand for t in table.total_rows) or len(subtotals) != 1 or not table.rows:
        return None
    [n] = subtotals
    label = next((_compact(t) for t in sheet.texts(n - 1) if t), "")
    if not label.endswith("小计") or any(r.excel_row > n for r in table.rows) or (grand and grand.excel_row < n):
        return None
    return _row_at(table, n)


#: A total of more than one sheet in words: 总计, 总合计, 全县合计, 各乡镇合计, 汇总 (never a bare 合计, which may be
#: the sheet's own).
_GRAND_RE = re.compile(r"^(?:总计|总合计|全[县市区]合?计|全[县市区]总计|各乡镇合?计|各乡镇总计|汇总)数?$")


def grand_total(table: Table) -> DataRow | None:
    """The last sheet's one 总计 (全县合计, 汇总) standing under that sheet's closing 小计 in a return kept a sheet per
    township: the whole return's total — every sheet's rows — never that sheet's (its 小计 is).  None otherwise."""
    if len(table.total_rows) != 1:
        return None
    [total] = table.total_rows
    if not _labelled(table.match.sheet, total.excel_row, _GRAND_RE):
        return None
    return total if closing_subtotal(table, total) is not None else None


def carried_lines(table: Table) -> list[DataRow]:
    """The page's carried totals set aside among the rows (过次页 at a page's foot, 承前页 at the next one's head):
    each the sum of every row above it, checked so (``beizeng.intake.checks``) as a clerk's running total is."""
    return [_row_at(table, n) for n, why in sorted(table.unread.items())
            if why == "subtotal_row" and _labelled(table.match.sheet, n, _CARRIED_RE)]


def year_lines(table: Table) -> list[DataRow]:
    """A ledger's running totals of the year set aside among its rows (全年累计, 本年累计, 1-6月累计 under the month
    sections of a 供地台账): a ledger lists the year's events, so each is the sum of every row above it, checked so
    as a carried page total is.  Only a ledger's (``FormSpec.event_date``): under a month's rows of a cumulative
    return, 1-6月累计 is no sum of anything on the sheet."""
    if table.match.form.event_date is None:
        return []
    sheet = table.match.sheet
    return [_row_at(table, n) for n, why in sorted(table.unread.items())
            if why == "subtotal_row" and _labelled(sheet, n, _RUNNING_RE) and not _labelled(sheet, n, _CARRIED_RE)]


def _labelled(sheet: Any, excel_row: int, pattern: re.Pattern[str]) -> bool:
    """Whether a row's label (one of its first three filled cells) is of ``pattern``."""
    return any(pattern.match(_compact(t)) for t in sheet.texts(excel_row - 1)[:3] if t)


def _row_at(table: Table, excel_row: int) -> DataRow:
    """A row set aside, read as the table's columns (a 小计 or a carried total to check)."""
    sheet = table.match.sheet
    return DataRow(excel_row, {name: sheet.cell(excel_row - 1, c) for name, c in table.match.columns.items()})


def page_total(sheet: Any, excel_row: int) -> bool:
    """Whether a 合计 row's label says it totals its own page or month only (本页合计, 5月合计)."""
    return _labelled(sheet, excel_row, _PAGE_TOTAL_RE)


#: A total's label with its own unit: 合计（万元）, 合计(单位:万元), 总计（亿元） — the clerk totalled in another unit.
_TOTAL_UNIT_RE = re.compile(r"^(?:.{0,6}(?:合计|小计|总计|汇总))[(（](?:单位[:：]?)?(亿元|万元|千元|元|万|亿)[)）]$")


def total_unit(sheet: Any, excel_row: int) -> units.Unit | None:
    """The unit a 合计/小计 row's label says its own figures are in (``合计（万元）`` under rows in 元: the clerk
    totalled in 万元 for the leader's glance), so it is checked in that unit; None when the label says none."""
    for t in sheet.texts(excel_row - 1)[:3]:
        m = _TOTAL_UNIT_RE.match(re.sub(r"\s", "", t)) if t else None
        if m:
            return units.lookup(m.group(1))
    return None


def section_of(table: Table, total: DataRow) -> tuple[int, int] | None:
    """The Excel rows (first, last) a month's or a page's own 合计 adds up when the table goes on past it or
    another 合计 stands above it (4月合计 … 5月合计 … 6月合计 … 合计 on one sheet): the rows since the 合计
    line above it, as a clerk closes each section — never the whole table's.  None for any other 合计 (the
    table's, or a lone 本月合计 under all the rows): it adds up every row."""
    if not page_total(table.match.sheet, total.excel_row):
        return None
    above = max((t.excel_row for t in table.total_rows if t.excel_row < total.excel_row), default=None)
    if above is None and not any(r.excel_row > total.excel_row for r in table.rows):
        return None
    first = above + 1 if above is not None else table.match.data_start + 1
    return first, total.excel_row - 1


def month_sections(table: Table) -> list[tuple[int, str]]:
    """The 合计 lines of one sheet that each close a month's section (5月合计 … 6月合计), as (Excel row, label),
    when they name two months or more: the sheet holds several months one under another.  Empty otherwise."""
    sheet = table.match.sheet
    found: list[tuple[int, str]] = []
    for total in table.total_rows:
        label = next((_compact(t) for t in sheet.texts(total.excel_row - 1)[:3] if t), "")
        if (m := _MONTH_TOTAL_RE.match(label)) and all(r != total.excel_row for r, _ in found):
            found.append((total.excel_row, m.group(1)))
    return found if len({month.removesuffix("份") for _, month in found}) > 1 else []


def section_words(section: tuple[int, int]) -> str:
    """A section's rows as the clerk is told them: 其上本段（第7至8行）, 其上本段（第10行）."""
    first, last = section
    return f"其上本段（第{first}至{last}行）" if last > first else f"其上本段（第{first}行）"


def set_aside_notes(table: Table, file_name: str, but: int | None = None,
                    kinds: Collection[str] | None = None) -> list[Problem]:
    """Each row set aside said on its row ("第N行是…，不作为数据读取"), a warning when it may be data gone astray;
    ``but`` a row said otherwise (a nil return's statement), ``kinds`` only rows set aside for these reasons."""
    return [Problem("warning" if code in SKIPS_TO_CHECK else "info", code, f"第{row}行是{what}，不作为数据读取",
                    SET_ASIDE_FIX.get(code, ""), file=file_name, sheet=table.sheet, row=row)
            for row, code, what in table.skipped if row != but and (kinds is None or code in kinds)]


def _settle(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]], lines_above: list[str],
            unit: str | None, said: dict[int, str] | None = None) -> Table:
    """Decide where the table ends and give every row seen its place: data, 合计, set aside, or footer.

    The end is the last row carrying the table's content (data, 合计, 小计); the footer is the first
    footer-shaped row after it and everything below.  Rows after the last data row with nothing in the
    form's columns but a 序号 or zeros (the unused rows of a numbered sheet, often above its 合计) are
    named together, once.  ``said``: what to tell of a row set aside for a reason of its own (a firm merged away).
    """
    content = [i for i, (_, kind, _, footerish, _) in enumerate(found)
               if kind in ("data", "total", "subtotal_row", "part_total") and not footerish]
    last = content[-1] if content else -1
    last_data = max((i for i in content if found[i][1] == "data"), default=-1)
    foot = next((i for i in range(last + 1, len(found)) if found[i][3]), len(found))
    table = Table(match, [], [], lines_above, [], unit, seen=[f[0] for f in found])
    tail: list[int] = []
    for i, (row_no, kind, row, footerish, line) in enumerate(found):
        if i >= foot:
            table.footer.append(line)
            table.unread[row_no] = "footer"
            continue
        if i > last_data and kind in ("outside_columns", "zero_row", "dash_row"):  # a 合计 may stand below them
            tail.append(row_no)
            table.unread[row_no] = "blank_tail"
            continue
        if footerish and kind != "annex_row":
            kind = "footer_inside"
        if kind in ("joined_row", "split_unsure"):  # part of the record above, or asked: said by continued.notes
            table.unread[row_no] = kind
        elif kind == "data" and row is not None:
            table.rows.append(row)
        elif kind == "total" and row is not None:
            table.total_rows.append(row)
        elif kind == "total_sentence":  # said once, with what it was checked against (checks._sentence_totals)
            table.unread[row_no] = kind
        else:
            table.skipped.append((row_no, kind, (said or {}).get(row_no) or _SET_ASIDE[kind]))
            table.unread[row_no] = kind
    if tail:
        span = f"（至第{tail[-1]}行，共{len(tail)}行）" if len(tail) > 1 else ""
        table.skipped.append((tail[0], "blank_tail", f"表格末尾只有序号、参考列、0或“/”“—”、没有数据的行{span}"))
    table.skipped.sort()
    for row_no in table.unaccounted():  # never happens; if it ever did, the sender is told, not the row lost
        table.skipped.append((row_no, "row_not_read", "未能归类的行"))
        table.unread[row_no] = "row_not_read"
    return table




# ---------------------------------------------------------------------------------------------
# Section headings that carry a field
# ---------------------------------------------------------------------------------------------

#: A heading's own number, by the style that sets its level in the outline: 一、 | (一) | 1. 1、 | (1) | 第一部分.
_HEADING_NUMBERS = (("一、", r"[一二三四五六七八九十]+[、.]"), ("(一)", r"\([一二三四五六七八九十]+\)[、.]?"),
                    ("1.", r"\d{1,2}[、.](?!\d)"), ("(1)", r"\(\d{1,2}\)[、.]?"),
                    ("第一", r"第[一二三四五六七八九十\d]+(?:部分|类|节|章|批)[:、.]?"))
_HALF_WIDTH = str.maketrans("（）．：，", "().:,")
#: The numberings that make a one-cell row a heading by themselves (1. or (1) alone may be a row's 序号 and text).
_CHINESE_NUMBERED = ("一、", "(一)")
#: The count a heading gives of the rows under it: (2户), (共3个), 5家, 共4项：.
_HEADING_COUNT = re.compile(r"[(]?共?(\d{1,4})(?:户|个|家|项|条)(?:企业|项目)?[)]?[:]?$")


def _heading(text: str) -> tuple[str, str, int | None]:
    """A heading's numbering style ("" when it has none), its words, and the count it gives of its rows."""
    bare = re.sub(r"\s", "", text).translate(_HALF_WIDTH)
    style = ""
    for name, pattern in _HEADING_NUMBERS:
        if m := re.match(pattern, bare):
            style, bare = name, bare[m.end():]
            break
    count = None
    if m := _HEADING_COUNT.search(bare):
        count, bare = int(m.group(1)), bare[:m.start()]
    return style, bare.rstrip(":"), count


def _vocabulary(form: FormSpec, townships: dict[str, str]) -> dict[str, dict[str, str]]:
    """The words a heading may name each categorical column's values by: an enum's choices and everyday words
    (the column's ``words``), a township column's configured names and aliases."""
    out: dict[str, dict[str, str]] = {}
    for col in form.columns:
        if col.kind == "enum" and col.choices:
            words = {w: m for w, m in col.words if isinstance(m, str) and m in col.choices}
            out[col.name] = {enum_key(w): m for w, m in ({c: c for c in col.choices} | words).items() if enum_key(w)}
        elif col.kind == "township" and townships:
            out[col.name] = {enum_key(n): t for n, t in townships.items() if enum_key(n)}
    return out


def named_values(label: str, vocabulary: dict[str, dict[str, str]], *, whole: bool = False) -> dict[str, str]:
    """The one value of each column a heading's words name, as a person reads them: every word found in it, a word
    inside a longer word found there dropped (拟入规培育企业 is 拟入规 by 入规培育, never 培育中 by its 培育); a
    column named with two values (高新技术企业和科技型中小企业) gets none.  ``whole``: the words must be the whole
    heading (a bare 城关镇 typed on a row of its own, with no number or merge to say it is a heading)."""
    key = enum_key(label)
    if not key:
        return {}
    if whole:
        found = {name: words[key] for name, words in vocabulary.items() if key in words}
        return found
    spans = [(i, i + len(w), name, meant) for name, words in vocabulary.items() for w, meant in words.items()
             for i in _positions(key, w)]
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    by_column: dict[str, set[str]] = {}
    for _, _, name, meant in kept:
        by_column.setdefault(name, set()).add(meant)
    return {name: meant.pop() for name, meant in by_column.items() if len(meant) == 1}


def _positions(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def carry_sections(table: Table, townships: dict[str, str], file: str) -> list[Problem]:
    """Read the section headings inside the table as a person does: a heading naming a value of one of the form's
    categorical columns (一、拟入规培育企业（2户）, 二、已签约项目, 城关镇) gives that column's value to the rows
    under it, until the next heading of its level or above; a row's empty cell takes it, a column the table lacks
    is read from it, a row's own value is kept (and checked against it, ``beizeng.intake.checks``).

    A row of one cell naming such a value and nothing else (城关镇 typed alone, unnumbered and unmerged) is a
    heading too, and is set aside as one.  The count a heading gives ((2户)) is checked against the rows read
    under it: a warning when they differ, since a row may be missing or out of its section.  ``townships``: the
    county's township names and aliases → the township."""
    form = table.match.form
    vocabulary = _vocabulary(form, townships)
    sheet = table.match.sheet
    if not vocabulary or sheet.turned_at is not None:  # a table read turned round has no rows to head
        return []
    rows = {r.excel_row: r for r in table.rows}
    lone = {}  # rows of one cell naming a value and nothing else: headings, read as such
    for row_no in [*rows, *(n for n, why in table.unread.items() if why == "outside_columns")]:
        raw = sheet.rows[row_no - 1]
        if sum(1 for v in raw if v is not None and (not isinstance(v, str) or v.strip())) != 1:
            continue  # (the cheap look first: a heading is one cell; cleaning every cell of every row cost 10 %)
        texts = [(c, t) for c, t in enumerate(clean_text(v) for v in raw) if t]
        if len(texts) == 1 and not isinstance(sheet.rows[row_no - 1][texts[0][0]], int | float):
            _, label, _ = _heading(texts[0][1])
            if named_values(label, vocabulary, whole=True):
                lone[row_no] = texts[0]
    for row_no in lone:
        rows.pop(row_no, None)
        table.unread[row_no] = "section_row"
        table.skipped = [s for s in table.skipped if s[0] != row_no]
        table.skipped.append((row_no, "section_row", _SET_ASIDE["section_row"]))
    if lone:
        table.rows = [r for r in table.rows if r.excel_row not in lone]
        table.skipped.sort()
    headings = {n: lone.get(n) or _only_cell(sheet, n) for n in sorted(table.unread)
                if table.unread[n] == "section_row"}
    heads = _levelled(headings, vocabulary)
    open_: list[tuple[int, int, dict[str, str]]] = []  # the headings over the current row: (level, row, values)
    under: dict[int, int] = dict.fromkeys(headings, 0)  # heading row → the data rows read under it
    for row_no in sorted([*headings, *rows]):
        if row_no in heads:
            level, values = heads[row_no]
            open_ = [o for o in open_ if o[0] < level] + [(level, row_no, values)]
            continue
        row = rows[row_no]
        for _, h_row, values in open_:
            under[h_row] += 1
            c, text = headings[h_row]
            for name, value in values.items():
                filled = name not in table.match.columns or not clean_text(row.cells.get(name))
                if filled:
                    row.cells[name] = value
                table.carried.setdefault(name, {})[row_no] = Carried(value, h_row, c, _as_written(sheet, h_row, c),
                                                                     filled)
    said = {h_row: "、".join(f"{form.column(name).header}“{value}”" for name, value in values.items())
            for h_row, (_, values) in heads.items() if values}
    table.skipped = [(r, code, f"{what}（其下各行的{said[r]}按此标题读取）" if r in said else what)
                     for r, code, what in table.skipped]
    problems = []
    for h_row, (c, text) in headings.items():
        count = _heading(text)[2]
        if count is not None and under[h_row] != count:
            problems.append(Problem("warning", "section_count",
                                    f"分节标题「{_as_written(sheet, h_row, c)}」写的是{count}条，其下读到{under[h_row]}行数据",
                                    "核对这一节是否漏填、多填，或有行放错了节；标题中的数字写错的请改正（此为提醒）",
                                    file=file, sheet=table.sheet, row=h_row, col=c))
    return problems


def _levelled(headings: dict[int, tuple[int, str]],
              vocabulary: dict[str, dict[str, str]]) -> dict[int, tuple[int, dict[str, str]]]:
    """Each heading's level in the outline (its numbering style, in the order met: the first is the top level)
    and the values it gives: of a column only when every heading of its level names one.  Headings that divide
    the rows by a column name each part's value (一、拟入规 / 二、高新技术企业 / 三、科技型中小企业); 一、续建项目 /
    二、新建项目 divide them by something else (continuing and new projects), so the 新建 the second names is no
    建设性质 of its rows."""
    levels: list[str] = []
    found: dict[int, tuple[int, dict[str, str]]] = {}
    for row_no, (_, text) in headings.items():
        style, label, _ = _heading(text)
        if style not in levels:
            levels.append(style)
        found[row_no] = (levels.index(style), named_values(label, vocabulary))
    shared: dict[int, set[str]] = {}
    for level, values in found.values():
        shared[level] = shared[level] & set(values) if level in shared else set(values)
    return {row_no: (level, {n: v for n, v in values.items() if n in shared[level]})
            for row_no, (level, values) in found.items()}


def _as_written(sheet: Any, row_no: int, c: int) -> str:
    """A heading as the clerk typed it (一、拟入规培育企业（2户）, full-width brackets kept), for the sender and lineage."""
    value = sheet.rows[row_no - 1][c]
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else clean_text(value)


def _only_cell(sheet: Any, row_no: int) -> tuple[int, str]:
    """A heading row's one filled cell: its column and text."""
    return next((c, t) for c, t in enumerate(clean_text(v) for v in sheet.rows[row_no - 1]) if t)
