"""Nil returns (零报告): a ledger's return saying that there is nothing to list this period.

A township with no industrial project, a 招商局 with no project yet, a 自然资源局 that supplied no land send
the usual title (and often the header) with one line — ``本月无在建工业固定资产投资项目``, ``暂无``,
``2026年1-6月无工业用地供应`` — or the header with no rows at all.  Such a return is a return: the sender has
reported, with 0 rows.  Refusing it ("表头下面没有数据行") asks the clerk for rows that do not exist.

But the ledgers are snapshots of the whole year to the end of the month (a project's 1-N月累计, the ledger of
every project or enterprise being followed): rows sent in an earlier month of the year do not vanish because
nothing new happened.  So a nil return is taken only when its words say there is nothing at all and the
warehouse holds no row of that sender earlier in the year; a line saying only that nothing is *new* (无新增,
无新签约) or a nil return after a month with rows is asked, naming the rows sent before — never a township
silently zeroed.

This module is the one home of those words and that rule: ``statement`` reads a line, ``Earlier`` knows
what each sender sent earlier in the year, ``against_earlier`` decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from beizeng.base.forms import FormSpec
from beizeng.base.periods import month_label, month_of, months_words, year_of
from beizeng.base.problems import Problem
from beizeng.intake.reader import clean_text

if TYPE_CHECKING:
    import duckdb
    import polars as pl

#: The code of a return read as having nothing to list this period (info), and of the two questions.
TAKEN, AFTER_ROWS, ONLY_NEW = "empty_return", "nil_after_rows", "nil_only_new"

#: What may stand before the 无 of a nil statement: a period, 本月/本期/目前, the sender speaking of itself
#: (我镇, 本单位, 西镇).  Anything else (``无人机产业园项目``, ``无锡…``) is not a statement that nothing happened.
_BEFORE = re.compile(r"^(?:[\d０-９一二三四五六七八九十〇年月日号至到\-—~～、]|本|月|期|季度|年度|上半年|下半年|全年|今年|目前|截至|截止|"
                     r"为止|我|镇|乡|街道|办|局|单位|辖区|区|县|内|均|暂|尚|此表|本表|该表|[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|局|经开区))*$")
_NO = re.compile(r"暂无|尚无|均无|并无|没有|未发生|未有|无")
#: What a nil statement says is absent: the ledger's items, or the data as such.
_ITEMS = ("项目", "数据", "事项", "企业", "供应", "供地", "用地", "发生", "业务", "上划", "拨付", "筹集", "资金", "培育",
          "认定", "签约", "记录", "内容", "情况")
#: How the object of a plain 无 starts in a nil statement (无在建…, 无工业…, 无任何…): a bare 无 before another word
#: is as often the start of a name (无人机产业园项目).
_STARTS = ("在建", "续建", "工业", "招商", "项目", "数据", "事项", "企业", "供", "用地", "发生", "相关", "任何", "符合", "应报",
           "培育", "认定", "签约", "上划", "拨付", "筹集", "资金", "固定资产", "投资", "技改", "重点", "业务", "记录")
#: A statement whose object starts so says only that nothing is new: rows sent before may still be there.
_NEW = ("新增", "新签", "新开工", "新落户", "新入库", "新认定", "新培育", "新建", "新")


@dataclass(frozen=True)
class Statement:
    """A line of a return stating that nothing happened: its Excel row, its words, and whether it says only
    that nothing is new (``本月无新增项目``) rather than that there is nothing (``无在建项目``, ``暂无``)."""

    row: int
    col: int
    text: str
    only_new: bool


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，,。.；;！!、\s]+", text) if c]


def _says_nothing(clause: str) -> str | None:
    """"none", "new" (nothing new) or None for one clause."""
    for m in _NO.finditer(clause):
        before, after = clause[: m.start()], clause[m.end():]
        if not _BEFORE.match(before):
            continue
        if after in ("", "数据"):  # 暂无, 本期无数据
            return "none"
        if after.startswith(_NEW):
            return "new"
        if m.group() == "无" and not after.startswith(_STARTS):  # 无人机…, 无锡…: a name, not "there is no …"
            continue
        if any(word in after for word in _ITEMS) and len(after) <= 24:
            return "none"
    return None


def statement(row: int, col: int, text: str) -> Statement | None:
    """The nil statement a line of a return makes, if it makes one: ``本月无新增项目，无在建工业固定资产投资项目。``
    says there is nothing (one clause says so); ``本月无新增项目`` alone says only that nothing is new."""
    t = re.sub(r"\s+", "", text)
    if not t or len(t) > 60 or t.startswith(("备注", "注：", "注:", "说明：附", "填报人")):
        return None
    kinds = {k for c in _clauses(t) if (k := _says_nothing(c))}
    if not kinds:
        return None
    return Statement(row, col, text.strip(), only_new="none" not in kinds)


def first_statement(rows: list[tuple[int, list[object]]]) -> Statement | None:
    """The first nil statement among (Excel row, its cells) rows: a row whose text, all its cells together, says
    nothing happened (a merged line is one cell, a line typed over two cells is read as one)."""
    for row, cells in rows:
        texts = [(c, t) for c, v in enumerate(cells) if (t := clean_text(v))]
        if texts and (s := statement(row, texts[0][0], " ".join(t for _, t in texts))) is not None:
            return s
    return None


def is_nil(form: FormSpec, rows: int) -> bool:
    """Whether a return with ``rows`` data rows is a nil return: a ledger's (``may_be_empty``) with none.  Such a
    return hears nothing of the columns its header lacks or has twice (``identify._columns``): there is no row
    they would be read from, and a nil return says only what the clerk needs."""
    return rows == 0 and form.may_be_empty


def taken(form: FormSpec, found: Statement | None, file: str, sheet: str, row: int, no_table: bool = False) -> Problem:
    """The problem of a ledger's return with no rows: read as 本期无项目 (info), or asked when its line says only
    that nothing is new.  Whether the sender had rows earlier in the year is decided later (``against_earlier``)."""
    if found is not None and found.only_new:
        return Problem("error", ONLY_NEW,
                       f"表中没有数据行，此行只说明本期没有新增，看不出以前报过的{_rows_word(form)}是否还在",
                       f"把以前报过的{_rows_word(form)}逐行填上（本表报送截至本期末的完整台账）；如本期确实一项也没有，"
                       "请写明“本期无项目”（或“暂无”）后重新报送",
                       file=file, sheet=sheet, row=found.row, col=found.col, value=found.text)
    if found is None:
        return Problem("info", TAKEN, "表头下面没有数据行：看作零报告，按本期没有发生事项（本期无项目）登记为已报送",
                       "如果本期有事项，请补填后重新报送", file=file, sheet=sheet, row=row)
    said = "文件中没有表格，此行说明本期没有项目" if no_table else "此行说明本期没有项目"
    return Problem("info", TAKEN, f"{said}：看作零报告，按本期无项目（没有发生事项）登记为已报送",
                   "如果本期有事项，请补填后重新报送", file=file, sheet=sheet, row=found.row, col=found.col,
                   value=found.text)


def _rows_word(form: FormSpec) -> str:
    return form.nil.rows if form.nil else "各行"


class Earlier:
    """How many rows (and which names) each sender's current versions of a ledger hold per period of a year:
    fetched for the batch's nil returns only, kept up to date as the batch loads."""

    def __init__(self) -> None:
        #: (form, sender) → period → (rows, the first names)
        self._rows: dict[tuple[str, str], dict[str, tuple[int, list[str]]]] = {}

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, wanted: list[tuple[FormSpec, str, str]]) -> Earlier:
        earlier = cls()
        by_form: dict[str, tuple[FormSpec, set[str], set[int]]] = {}
        for form, sender, period in wanted:
            if month_of(period) is None or not form.may_be_empty:
                continue
            _, senders, years = by_form.setdefault(form.code, (form, set(), set()))
            senders.add(sender)
            years.add(year_of(period))
        for form, senders, years in by_form.values():
            name = form.roles.name or form.key[0]
            for year in sorted(years):
                for sender, period, n, names in con.execute(
                        f"select sender, period, count(*), list({name} order by excel_row)[1:3] from {form.current} "
                        "where sender in (select unnest(?::varchar[])) and period >= ? and period < ? "
                        "group by sender, period", [sorted(senders), f"{year}-01", f"{year + 1}-01"]).fetchall():
                    earlier._rows.setdefault((form.code, sender), {})[period] = (int(n), [str(x) for x in names if x])
        return earlier

    def add(self, form: FormSpec, sender: str, period: str, frame: pl.DataFrame) -> None:
        """A version just loaded becomes the current one for its period."""
        if not form.may_be_empty:
            return
        name = form.roles.name or form.key[0]
        names = [str(x) for x in frame[name].to_list()[:3] if x] if name in frame.columns else []
        self._rows.setdefault((form.code, sender), {})[period] = (frame.height, names)

    def before(self, form: FormSpec, sender: str, period: str) -> tuple[str, int, list[str]] | None:
        """The sender's latest earlier period of the same year holding rows: (period, rows, first names)."""
        found = [(p, n, names) for p, (n, names) in self._rows.get((form.code, sender), {}).items()
                 if f"{year_of(period)}-01" <= p < period and n > 0]
        return max(found) if found else None


def against_earlier(problems: list[Problem], earlier: Earlier, form: FormSpec, sender: str, period: str) -> None:
    """A nil return (``TAKEN``) of a sender that sent rows earlier in the year is asked instead (``AFTER_ROWS``):
    the ledger is a snapshot of the year, its rows do not vanish because nothing happened this month."""
    at = next((i for i, x in enumerate(problems) if x.code == TAKEN), None)
    before = earlier.before(form, sender, period) if at is not None and month_of(period) else None
    if at is None or before is None:
        return
    nil = problems[at]
    was, n, names = before
    shown = "、".join(names) + ("等" if n > len(names) else "")
    said = "此行写的是零报告" if nil.value else "表头下面没有数据行"
    fix = (form.nil.fix if form.nil else "以前报过的各行仍需逐行填报").format(months=months_words(period))
    unit = form.nil.unit if form.nil else "行"
    problems[at] = Problem(
        "error", AFTER_ROWS,
        f"{sender}{month_label(was)}报送了{n}{unit}{_rows_word(form)}（{shown}），本期{said}、没有列出任何{_rows_word(form)}："
        "不能按零报告登记",
        f"{fix}；如以前的{_rows_word(form)}确已全部退库或撤销，请在备注中写明并告知县统计部门",
        file=nil.file, sheet=nil.sheet, row=nil.row, col=nil.col, value=nil.value)
