"""The report draft: 工业倍增计划<期间>工作完成情况报告, as .docx (python-docx) and as Markdown.

Every figure of the draft is an indicator of ``indicator_values`` shown with the report's decimals
(``beizeng.publish.overview.DIGITS``, rounded half up by ``beizeng.base.numbers``); every word around it comes
from ``report_phrases.toml``, where a sentence names its figures by indicator code.  The wording
rules live here, in one place:

- a direction word is chosen by the sign of the figure *as shown*: −0.04 % shows as 0.0 and reads
  持平, never 下降0.0%; a phrase may compare with another pivot than 0 (开工率 100 % = 全部开工);
- a heading's praise follows its figures ({state:…}): ahead / close / behind by the gap's
  traffic light (``beizeng.publish.overview.status``, the one NEAR_PP rule of the workbook) or, in a section
  without targets (3, 5), by the figures against the same period last year (``ind_last_year``); zero when the
  figures show as 0, missing when they have no value (the return is absent); a zero target is no target (its
  clause is left out);
- a rank shared with another county reads 并列第N (the SQL counts the tie: ``<rank code>_ties``);
- where a figure falls, the reasons senders gave on the 报送平台 (``problem_explanations``) for warnings of
  its returns follow as 主要原因是：… ({reasons:code}), and only then;
- amounts in 万元 that are whole print without decimals (160万元); 亿元 keep 2 (the county's habit);
- a month no return has come in for is one line saying so, not a page of 【待补充】;
- month words come from the period: 1-6月 in the headings, 上半年 / 一季度 / 前三季度 / 全年 in the
  title and the projection, 1-N月 for the other months; at 12月 the year is done: a paragraph's ``year_end``
  text measures it against the whole year's target and projects nothing (the SQL has no projection then);
- a figure with no value yet renders as 【待补充】 and is listed at the end under 待补充事项, so the
  draft is whole before every return has come in; but a figure the SQL says will have none (view null_reasons:
  ``base_zero``, a growth over 上年同期 0) is worded by that reason (上年同期为0，增速不可比: the [signs.…] or
  [ranks] key of the reason's name), and a clause standing on it ({comparable:code|…}: the gap to the target, the
  rank) is left out — never 【待补充】, never listed as missing;
- enterprises and projects are named from the returns where the example report names them, and
  only when the names agree with the count printed next to them;
- the prose (一、6 园区要素, 二、存在问题, 三、下一步措施) is carried as written from the progress-notes
  return through the ``progress_items`` view (one row per item, its Chinese punctuation restored), or
  marked 【待补充】 when none was sent.

The named lists (new entrants, 小巨人, 高新, 科技型, 绿色工厂, landed projects) are rows of the SQL view
``named_items`` (sql/models/485_named_items.sql: the conditions of the model each list's count comes from, amounts
in the unit printed); here they are only shortened and worded.  Senders' explanations are placed on their row
through the roles the form declares (``beizeng.base.forms.Roles``: name, place), never by guessing a column.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from beizeng.base.config import Config
from beizeng.base.forms import Column, FormSpec, all_forms
from beizeng.base.numbers import rounded, shown
from beizeng.base.periods import month_of, months_words, year_of
from beizeng.ops.crosschecks import null_reason_codes, partial_returns, unread_columns
from beizeng.publish.overview import (
    STATUS_AHEAD,
    STATUS_BEHIND,
    STATUS_NEAR,
    Values,
    as_shown,
    digits,
    snapshot,
    status,
)
from beizeng.store.catalogue import catalogue
from beizeng.store.planning import planned_quickly

PHRASES = Path(__file__).with_name("report_phrases.toml")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
CHINESE_DIGITS = "一二三四五六七八九十"
#: Units whose whole amounts print without decimals (160万元, never 160.00万元); 亿元 keep their 2 decimals.
WHOLE_UNITS = frozenset({"万元"})
#: The suffix of the SQL code that counts the counties sharing a rank (sql/models/035_rank_ties.sql).
TIES_SUFFIX = "_ties"
#: A heading's state from the traffic light of its gap (beizeng.publish.overview.status: one NEAR_PP rule).
LIGHT_STATE = {STATUS_AHEAD: "ahead", STATUS_NEAR: "close", STATUS_BEHIND: "behind"}


@cache
def phrases(path: Path = PHRASES) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Words of a period
# ---------------------------------------------------------------------------------------------

def period_name(month: int, names: dict[str, str] | None = None) -> str:
    """上半年 for 6, 一季度 for 3, 前三季度 for 9, 全年 for 12; 1-N月 otherwise."""
    names = names if names is not None else phrases()["period_names"]
    return names.get(str(month), "1月" if month == 1 else f"1-{month}月")


def words(cfg: Config, period: str, values: Values | None = None) -> dict[str, str]:
    """The words of the period; {projection_name} names the month the warehouse projected output to
    (output_projection_month: the SQL holds that rule), 【待补充】 without it."""
    month = month_of(period) or 12  # a yearly period is the whole year
    aim = (values or {}).get("output_projection_month")
    return {
        "county": cfg.county,
        "year": str(year_of(period)),
        "month": str(month),
        "months": months_words(period),
        "period_name": period_name(month),
        "projection_name": period_name(int(aim)) if aim is not None else str(phrases()["missing"]),
        "quarter": CHINESE_DIGITS[(month - 1) // 3],
    }


def report_name(period: str) -> str:
    """工业倍增计划2026年上半年工作完成情况报告 (the file name, as the issue names it)."""
    return f"工业倍增计划{year_of(period)}年{period_name(month_of(period) or 12)}工作完成情况报告"


def figure_digits(unit: str, value: float) -> int:
    """The report's decimals for a figure: its unit's (beizeng.publish.overview.DIGITS), none for a whole amount
    of a WHOLE_UNITS unit (160万元, but 160.50万元 and 12.00亿元 as the county writes them)."""
    d = digits(unit)
    if unit in WHOLE_UNITS and rounded(value, d) == rounded(value, 0):
        return 0
    return d


# ---------------------------------------------------------------------------------------------
# The draft as data
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """A number printed in the draft and where it came from (an indicator code, or ``list:<name>``)."""

    code: str
    text: str
    value: float | None
    absolute: bool = False


@dataclass
class Paragraph:
    style: str  # title | intro | h1 | h2 | body | appendix | gap
    text: str
    lead: str = ""
    figures: list[Figure] = field(default_factory=list)
    carried: bool = False  # prose carried as written from the progress-notes return (its numbers are its own)

    @property
    def full(self) -> str:
        return self.lead + self.text


@dataclass(frozen=True)
class Gap:
    """Something the clerk must add: a figure without a value (its code), or prose not sent."""

    where: str
    what: str
    code: str = ""


@dataclass
class Report:
    title: str
    paragraphs: list[Paragraph]
    gaps: list[Gap]

    @property
    def figures(self) -> list[Figure]:
        return [f for p in self.paragraphs for f in p.figures]

    @property
    def text(self) -> str:
        return "\n".join(p.full for p in self.paragraphs)


@dataclass(frozen=True)
class Item:
    """An enterprise or project named from a return."""

    name: str
    month: int | None = None
    amount: float | None = None  # 亿元


@dataclass(frozen=True)
class Note:
    """One item of the progress-notes return: its report part (6, 二 …), number, title and text."""

    part: str
    number: str
    title: str
    text: str


@dataclass(frozen=True)
class Reason:
    """A sender's explanation of a warning on one of its returns (the 报送平台's ``problem_explanations``):
    the return's form, who explained, where and what the row is (township, enterprise or project)."""

    form: str
    sender: str
    reason: str
    place: str = ""
    name: str = ""

    @property
    def text(self) -> str:
        return f"{self.place}{self.name}{self.reason}"


# ---------------------------------------------------------------------------------------------
# Reading the returns generically
# ---------------------------------------------------------------------------------------------

def role_column(form: FormSpec, role: str) -> Column | None:
    """The column the form declares for ``role``, or None when it declares none."""
    name = getattr(form.roles, role)
    return form.column(name) if name else None


def short_name(name: str, county: str = "") -> str:
    """丹河县丹富仕饲料有限公司 → 丹富仕饲料, as the report names an enterprise."""
    text = name.strip()
    if county and text.startswith(county):
        text = text[len(county):]
    return re.sub(r"(股份有限公司|有限责任公司|有限公司|分公司)$", "", text) or name


#: The named lists of the draft and the indicator each must agree with to be printed ("" when it is printed as
#: a subset, after 其中).  Which rows a list takes is SQL's (sql/models/485_named_items.sql, the same conditions as
#: the model of its count); the wording is report_phrases.toml's [lists.<name>].
LISTS: dict[str, str] = {
    "new_entrants": "",
    "new_sei": "",
    "little_giants": "little_giant_count",
    "hightech": "hightech_applying",
    "tech_sme": "tech_sme_count",
    "green": "green_factory_candidates",
    "landed": "invest_landed",
}


def named_items(con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> dict[str, list[Item]]:
    """The enterprises and projects named in the period's draft, by list, as the view ``named_items`` gives
    them (month entered, amount in 亿元 as printed); only the names are shortened here."""
    from beizeng.publish.outputs import has_relation

    lists: dict[str, list[Item]] = {name: [] for name in LISTS}
    if not has_relation(con, "named_items"):
        return lists
    rows = con.execute("select list, name, month, amount from named_items where period = ? order by list, item_no",
                       [period]).fetchall()
    for name, item, month, amount in rows:
        lists.setdefault(str(name), []).append(Item(short_name(str(item), cfg.county), month, amount))
    return lists


def received_returns(con: duckdb.DuckDBPyConnection, period: str) -> int:
    """How many returns were accepted for the period: none means the draft is one line saying so."""
    (n,) = con.execute("select count(*) from submissions where status = 'accepted' and period = ?",
                       [period]).fetchone() or (0,)
    return int(n)


def sender_reasons(con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> dict[str, list[Reason]]:
    """By form: what senders answered on the 报送平台 to warnings of the period's current returns, each with
    the township and name of the row the warning was on (read from the form's table by submission and row)."""
    from beizeng.publish.outputs import has_relation

    if not has_relation(con, "problem_explanations"):
        return {}
    rows = con.execute(
        "select s.form, s.sender, s.submission_id, p.excel_row, e.reason, e.detail "
        "from problem_explanations e join submissions s using (submission_id) "
        "join problems p on p.submission_id = e.submission_id and p.code = e.code and coalesce(p.cell, '') = e.cell "
        "where s.period in (?, ?) and s.submission_id in (select submission_id from current_submissions) "
        "order by s.form, s.sender, p.excel_row, e.cell", [period, str(year_of(period))]).fetchall()
    forms = all_forms()
    out: dict[str, list[Reason]] = {}
    for form_code, sender, sid, row, reason, detail in rows:
        what = "，".join(t for t in (str(reason or "").strip(), str(detail or "").strip()) if t and t != "其他")
        if not what:
            continue
        place, name = "", ""
        form = forms.get(str(form_code))
        if form is not None and row is not None:
            name_col, town_col = role_column(form, "name"), role_column(form, "place")
            cols = [c.name for c in (name_col, town_col) if c is not None]
            if cols:
                found = con.execute(f"select {', '.join(cols)} from {form.table} where submission_id = ? "
                                    "and excel_row = ?", [sid, row]).fetchone()
                if found is not None:
                    values = dict(zip(cols, found, strict=True))
                    name = short_name(str(values.get(name_col.name) or ""), cfg.county) if name_col else ""
                    place = str(values.get(town_col.name) or "") if town_col else ""
        reason_ = Reason(str(form_code), str(sender), what, place, name)
        out.setdefault(reason_.form, [])
        if reason_ not in out[reason_.form]:
            out[reason_.form].append(reason_)
    return out


def progress_notes(con: duckdb.DuckDBPyConnection, period: str) -> list[Note]:
    """The prose items of the period's progress-notes return, in report order (part, item number, row).

    Read from the ``progress_items`` view (sql/models/600_progress_items.sql), the one place where the
    section is read back (6③, 二1) and the Chinese punctuation the reader's NFKC folding took out is put
    back, so the analysts' view and the draft carry the same sentence.  Only the figure quoted as ``*``
    is filled in here, with the report's decimals.
    """
    from beizeng.publish.outputs import has_relation

    if not has_relation(con, "progress_items"):
        return []
    rows = con.execute(
        "select part, section, title, text, figure_pct from progress_items where period = ? "
        "order by part_order, item_no, point_no, excel_row", [period]).fetchall()
    notes = []
    for part, section, title, text, figure in rows:
        body = str(text or "").strip()
        if figure is not None and "*" in body:
            body = body.replace("*", shown(figure, digits("%")), 1)
        notes.append(Note(str(part), str(section)[len(str(part)):], str(title or "").strip(), body))
    return notes


def _arabic(text: str) -> bool:
    """0-9 only: '①'.isdigit() is True in Python, so it cannot tell ① from 1."""
    return text.isascii() and text.isdigit()


# ---------------------------------------------------------------------------------------------
# Rendering the phrases
# ---------------------------------------------------------------------------------------------

def _closing(text: str, start: int) -> int:
    """Index of the } closing the { at ``start`` (placeholders nest: {vs:x|任务（{v:y}%）})."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"report_phrases.toml: unclosed {{ in {text!r}")


def _split_arg(inner: str) -> tuple[str, str | None]:
    depth = 0
    for i, ch in enumerate(inner):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "|" and depth == 0:
            return inner[:i], inner[i + 1:]
    return inner, None


class Renderer:
    """Expands one template at a time, left to right, recording each figure as it is printed."""

    def __init__(self, cfg: Config, period: str, figures: Values, lists: dict[str, list[Item]],
                 book: dict[str, Any] | None = None, reasons: dict[str, list[Reason]] | None = None,
                 note_parts: frozenset[str] = frozenset(), why_null: dict[str, str] | None = None):
        self.book = book if book is not None else phrases()
        self.note_parts = note_parts  # the report parts (6, 二 …) the progress-notes return has items for
        self.reasons = reasons or {}
        self.words = words(cfg, period, figures)
        self.values = as_shown(figures)  # a 百分点 gap beside its two rates is their difference as shown
        self.why_null = why_null or {}  # code → why it has no value though no input is missing (base_zero)
        self.lists = lists
        self.missing = str(self.book["missing"])
        self.gaps: list[Gap] = []
        self.figures: list[Figure] = []
        self.where = ""

    def render(self, template: str, where: str = "") -> tuple[str, list[Figure]]:
        self.where, self.figures = where or self.where, []
        return self._expand(template, {}), self.figures

    def _expand(self, text: str, local: dict[str, Callable[[], str]]) -> str:
        out: list[str] = []
        i = 0
        while i < len(text):
            if text[i] == "{":
                j = _closing(text, i)
                out.append(self._placeholder(text[i + 1:j], local))
                i = j + 1
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def _placeholder(self, inner: str, local: dict[str, Callable[[], str]]) -> str:
        head, arg = _split_arg(inner)
        if ":" not in head:
            if head in local:
                return local[head]()
            if head in self.words:
                return self.words[head]
            raise ValueError(f"report_phrases.toml: unknown placeholder {{{inner}}}")
        kind, code = (s.strip() for s in head.split(":", 1))
        if kind == "v":
            return self.figure(code)
        if kind == "abs":
            return self.figure(code, absolute=True)
        if kind == "list":
            return self.named(code)
        if kind == "state":
            return self.state(code)
        if kind == "rank":
            return self.rank(code)
        if kind == "reasons":
            return self.explained(code)
        if kind == "comparable":
            return "" if self.values.get(code) is None and code in self.why_null else self._expand(arg or "", local)
        if kind in self.book.get("signs", {}):
            return self.signed(kind, code, arg, local)
        raise ValueError(f"report_phrases.toml: unknown phrase kind {kind!r} in {{{inner}}}")

    def unit(self, code: str) -> str:
        ind = catalogue().get(code)
        return ind.unit if ind else ""

    def figure(self, code: str, absolute: bool = False) -> str:
        value = self.values.get(code)
        if value is None:
            ind = catalogue().get(code)
            self.gaps.append(Gap(self.where, ind.name if ind else code, code))
            self.figures.append(Figure(code, self.missing, None, absolute))
            return self.missing
        text = shown(abs(value) if absolute else value, figure_digits(self.unit(code), value))
        self.figures.append(Figure(code, text, value, absolute))
        return text

    def sign(self, code: str, pivot: float) -> str:
        value = self.values.get(code)
        if value is None:
            return "missing"
        shown_value = rounded(value, digits(self.unit(code)))
        return "pos" if shown_value > Decimal(str(pivot)) else "neg" if shown_value < Decimal(str(pivot)) else "zero"

    def signed(self, kind: str, code: str, arg: str | None, outer: dict[str, Callable[[], str]]) -> str:
        """A phrase by the sign of ``code``; a table naming a ``target`` says ``notarget`` (nothing by default)
        when that target shows as 0: a zero target is no target, never 恰好完成…（0.00亿元）."""
        table = self.book["signs"][kind]
        target = table.get("target")
        if target and self.sign(str(target), 0) == "zero":
            return self._expand(str(table.get("notarget", "")), outer)
        key = self.sign(code, float(table.get("pivot", 0)))
        if key == "missing" and self.why_null.get(code) in table:
            key = self.why_null[code]  # no value, and none to wait for: 上年同期为0，增速不可比
        template = table[key] if key in table else table["pos"]
        local: dict[str, Callable[[], str]] = {
            "v": lambda: self.figure(code),
            "abs": lambda: self.figure(code, absolute=True),
            "arg": lambda: self._expand(arg or "", outer),
        }
        return self._expand(template, local)

    def named(self, name: str) -> str:
        table = self.book["lists"][name]
        items = self.lists.get(name, [])
        if not items:
            return self._expand(str(table.get("none", "")), {})
        count_code = LISTS.get(name)
        if count_code:
            count = self.values.get(count_code)
            if count is None or int(rounded(count, 0)) != len(items):
                return self._expand(str(table.get("none", "")), {})  # names that disagree with the count: leave out

        def item_text(it: Item) -> str:
            amount: dict[str, Callable[[], str]] = {
                "name": lambda: it.name,
                "amount": lambda: self._item_amount(name, it),
                "month": lambda: f"{it.month}月" if it.month else "",
            }
            return self._expand(str(table.get("item", "{name}")), amount)

        local: dict[str, Callable[[], str]] = {
            "names": lambda: "、".join(it.name for it in items),
            "months": lambda: "、".join(f"{it.month}月" for it in items if it.month),
            "items": lambda: "、".join(item_text(it) for it in items),
            "count": lambda: str(len(items)),
        }
        return self._expand(str(table["one" if len(items) == 1 else "many"]), local)

    def _item_amount(self, name: str, item: Item) -> str:
        if item.amount is None:
            self.figures.append(Figure(f"list:{name}", self.missing, None))
            return self.missing
        text = shown(item.amount, digits("亿元"))
        self.figures.append(Figure(f"list:{name}", text, item.amount))
        return text

    def state(self, name: str) -> str:
        """A heading's words by attainment ([states.name]), the same lights as the 指标总览's:

        - ``notes = "6"``: a heading over prose only, ``done`` when the progress-notes return has items of that
          part, else ``missing`` (no praise for what nobody wrote);
        - else ``missing`` when none of its ``figure`` codes (one, or a list) has a value (the return is absent),
          ``zero`` when more than half of those that have show as 0 (mostly nothing this year);
        - else by lights: the traffic light (``beizeng.publish.overview.status``, the one NEAR_PP rule) of each
          ``gap`` code, and for each ``versus`` pair [figure, basis] with both values (a section with no target,
          against the same period last year) ahead when the figure shows above its basis, close when it shows the
          same, behind when below, no light when both show 0 — ``ahead`` when every light is ahead and no figure
          shows 0 (a zero is never
          praised), ``behind`` when more than half are behind, ``close`` otherwise; else by the sign of its
          ``sign`` code (below 0 is ``behind``);
        - ``done`` when none of these is known (no target and no basis: no comparison to word)."""
        table = self.book["states"][name]
        if "notes" in table:
            key = "done" if str(table["notes"]) in self.note_parts else "missing"
            return self._expand(str(table.get(key, table.get("done", ""))), {})
        figures = table["figure"] if isinstance(table["figure"], list) else [table["figure"]]
        signs = [self.sign(str(f), 0) for f in figures]
        known = [s for s in signs if s != "missing"]
        zeros = sum(1 for s in known if s == "zero")
        key = "missing" if not known else "zero" if zeros * 2 > len(known) else "done"
        gaps = table.get("gap") or []
        lights = [LIGHT_STATE[status(self.values[str(g)]) or STATUS_AHEAD]
                  for g in ([gaps] if isinstance(gaps, str) else gaps) if self.values.get(str(g)) is not None]
        lights += [light for figure, basis in table.get("versus", [])
                   if (light := self.versus(str(figure), str(basis))) is not None]
        if key == "done" and lights:
            behind = sum(1 for light in lights if light == "behind")
            ahead = all(light == "ahead" for light in lights) and "zero" not in known
            key = "ahead" if ahead else "behind" if behind * 2 > len(lights) else "close"
        elif key == "done" and table.get("sign") and self.sign(str(table["sign"]), 0) != "missing":
            key = "behind" if self.sign(str(table["sign"]), 0) == "neg" else "ahead"
        return self._expand(str(table.get(key, table.get("done", ""))), {})

    def versus(self, figure: str, basis: str) -> str | None:
        """ahead / close / behind: the figure as shown against its basis as shown (same unit, same decimals);
        None when either has no value, or both show 0 (nothing either year says nothing)."""
        if self.values.get(figure) is None or self.values.get(basis) is None:
            return None
        d = digits(self.unit(figure))
        this, that = rounded(self.values[figure] or 0, d), rounded(self.values[basis] or 0, d)
        if this == that == 0:
            return None
        return "ahead" if this > that else "behind" if this < that else "close"

    def rank(self, code: str) -> str:
        """第N, 并列第N when another county holds the same rank (``<code>_ties`` > 1, counted in SQL)."""
        table = self.book["ranks"]
        ties = self.values.get(code + TIES_SUFFIX)
        key = "missing" if self.values.get(code) is None else "tied" if ties is not None and ties > 1 else "alone"
        if key == "missing" and self.why_null.get(code) in table:
            key = self.why_null[code]
        return self._expand(str(table[key]), {"v": lambda: self.figure(code)})

    def explained(self, code: str) -> str:
        """主要原因是：… after a figure that falls (shows below 0), from the senders' explanations of warnings
        on the returns the figure comes from; nothing when it does not fall or nobody explained."""
        table = self.book["reasons"]
        if self.sign(code, 0) != "neg":
            return ""
        ind = catalogue().get(code)
        forms = [f for f in (ind.sources if ind else ()) if f not in table.get("skip_forms", [])]
        found = list(dict.fromkeys(r for f in forms for r in self.reasons.get(f, [])))
        if not found:
            return ""

        def item(r: Reason) -> str:
            return self._expand(str(table["item"]), {"what": lambda: r.text, "sender": lambda: r.sender})

        return self._expand(str(table["text"]), {"items": lambda: str(table.get("joiner", "；")).join(
            item(r) for r in found)})


def build_report(con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                 figures: Values | None = None, book: dict[str, Any] | None = None) -> Report:
    """The draft as paragraphs, each with the figures it prints, and the list of what is still missing."""
    planned_quickly(con)  # a caller's own connection too: the views it reads plan 2–3× faster
    book = book if book is not None else phrases()
    values_ = figures if figures is not None else snapshot(con, period).get(cfg.county, {})
    lists = named_items(con, cfg, period)
    notes = progress_notes(con, period)
    # returns only some senders sent, and returns in without a column their figures count by (未报 though sent)
    incomplete = [w.text for w in partial_returns(con, period)] + unread_columns(con, period)
    return render_report(cfg, period, values_, lists, notes, book, incomplete, sender_reasons(con, cfg, period),
                         nothing_in=not received_returns(con, period),
                         why_null=null_reason_codes(con, period).get(cfg.county, {}))


def render_report(cfg: Config, period: str, values_: Values, lists: dict[str, list[Item]], notes: list[Note],
                  book: dict[str, Any] | None = None, incomplete: list[str] | None = None,
                  reasons: dict[str, list[Reason]] | None = None, nothing_in: bool = False,
                  why_null: dict[str, str] | None = None) -> Report:
    """The draft from figures, named lists and notes already read (the wording rules, without the warehouse).

    ``incomplete`` are the returns only some senders sent (``crosschecks.partial_returns``): their totals
    print as figures, so the appendix says which ones hold only part of the county before anyone signs; and the
    returns that lacked a column figures count by (``crosschecks.unread_columns``), so a figure left 【待补充】
    though its return is in says why.
    ``reasons`` are the senders' explanations by form (``sender_reasons``); ``nothing_in``: no return has
    come in for the period, and the draft is its title and one line saying so; ``why_null``: the county's codes
    whose NULL is no missing input, by reason (``crosschecks.null_reason_codes``: base_zero), worded and not listed."""
    book = book if book is not None else phrases()
    r = Renderer(cfg, period, values_, lists, book, reasons, frozenset(n.part for n in notes), why_null)
    title, _ = r.render(str(book["title"]), "标题")
    paragraphs = [Paragraph("title", title)]
    title = title.replace("\n", "")
    if nothing_in:
        line, _ = r.render(str(book["nothing_in"]), "")
        return Report(title, [*paragraphs, Paragraph("body", line)], [])
    heading = ""
    used_notes: set[int] = set()
    year_end = (month_of(period) or 12) == 12  # a yearly period is the whole year too
    for spec in book["paragraph"]:
        style = spec.get("style", "body")
        spec = {**spec, "text": spec["year_end"]} if year_end and "year_end" in spec else spec
        if "notes" in spec:
            part = str(spec["notes"])
            mine = [(i, n) for i, n in enumerate(notes) if n.part == part]
            for k, (i, note) in enumerate(mine, 1):
                used_notes.add(i)
                paragraphs.append(Paragraph("body", note.text, _note_lead(note, k), carried=True))
            if not mine and not spec.get("optional"):
                text = f"{r.missing}{spec.get('missing', '')}"
                r.gaps.append(Gap(heading, str(spec.get("missing", "")).rstrip("。")))
                paragraphs.append(Paragraph("body", text))
            continue
        where = heading
        if style in ("h1", "h2"):
            text, figs = r.render(str(spec["text"]), str(spec["text"]))
            heading = text
        else:
            lead = str(spec.get("lead", "")).rstrip("。")
            text, figs = r.render(str(spec["text"]), f"{heading} {lead}".strip() or where)
        paragraphs.append(Paragraph(style, text, str(spec.get("lead", "")), figs))
    for i, note in enumerate(notes):
        if i not in used_notes:
            r.gaps.append(Gap("重点工作进展情况", f"第{note.part}{note.number}条“{note.title}”不在报告的任何部分，未写入"))
    gaps = list(dict.fromkeys(r.gaps))
    lines = gap_lines(gaps) + [f"{book['incomplete']}{line}" for line in incomplete or []]
    if lines:
        paragraphs.append(Paragraph("appendix", str(book["gaps_heading"])))
        paragraphs += [Paragraph("gap", f"（{k}）{line}") for k, line in enumerate(lines, 1)]
    return Report(title, paragraphs, gaps)


def gap_lines(gaps: list[Gap]) -> list[str]:
    """One line per place of the draft: the figures it lacks and the returns they come from."""
    titles = {f.code: f.title for f in all_forms().values()}
    cat = catalogue()
    grouped: dict[str, list[Gap]] = {}
    for gap in gaps:
        grouped.setdefault(gap.where, []).append(gap)
    lines = []
    for where, mine in grouped.items():
        figures = [g for g in mine if g.code]
        prose = [g for g in mine if not g.code]
        if figures:
            sources = dict.fromkeys(s for g in figures for s in (cat[g.code].sources if g.code in cat else ()))
            named = "、".join(f"《{titles.get(s, s)}》" for s in sources)
            lines.append(f"{where}：{'、'.join(g.what for g in figures)}"
                         + (f"（数据来源：{named}）" if named else "（尚无计算口径）"))
        lines += [f"{where}：{g.what}" if where else g.what for g in prose]
    return lines


def _note_lead(note: Note, k: int) -> str:
    """①标题。 inside 一、 (as the example numbers its items), 1.标题。 under 二 and 三."""
    if note.number:
        number = note.number if not _arabic(note.number) else (
            CIRCLED[int(note.number) - 1] if _arabic(note.part) and int(note.number) <= 10 else f"{note.number}.")
    else:
        number = CIRCLED[k - 1] if _arabic(note.part) and k <= 10 else f"{k}."
    title = note.title.rstrip("。.")
    return f"{number}{title}。" if title else number


# ---------------------------------------------------------------------------------------------
# Writing .docx and .md
# ---------------------------------------------------------------------------------------------

#: GB/T 9704 公文格式: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 三号 = 16 pt;
#: the title in 二号 (22 pt) 方正小标宋; 一级标题 黑体, 二级 楷体, body 仿宋, about 28 pt per line.
TITLE_FONT, H1_FONT, H2_FONT, BODY_FONT = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"
LATIN_FONT = "Times New Roman"
BODY_PT, TITLE_PT, LINE_PT = 16, 22, 28


def _set_fonts(run_or_style: Any, east_asia: str, size: float, bold: bool = False) -> None:
    """Set the font for Chinese text too: Word takes CJK glyphs from w:eastAsia, which python-docx leaves alone."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = run_or_style.font
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:eastAsia", "w:hint"):
        fonts.set(qn(attr), east_asia if attr == "w:eastAsia" else "eastAsia")


def _first_line_indent(paragraph: Any, chars: int = 2) -> None:
    """Indent the first line by two characters (w:firstLineChars), as Chinese documents do."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.paragraph_format.first_line_indent = Pt(BODY_PT * chars)
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(chars * 100))


def _page_number_footer(section: Any) -> None:
    """— 1 — centred at the foot of each page (a PAGE field, updated by Word and LibreOffice)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("text", "— "), ("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"),
                       ("end", None), ("text", " —")):
        run = p.add_run()
        _set_fonts(run, "宋体", 14)
        if kind == "text":
            run.text = text or ""
        elif kind == "instr":
            el = run._r.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
            el.text = text
            run._r.append(el)
        else:
            run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))


def _runs(paragraph: Any, text: str, font: str, size: float, bold: bool, missing: str) -> None:
    """Add text, with each 【待补充】 highlighted in yellow so the clerk sees what is left to fill in."""
    from docx.enum.text import WD_COLOR_INDEX

    parts = re.split(f"({re.escape(missing)})", text) if missing else [text]
    for part in parts:
        if not part:
            continue
        run = paragraph.add_run(part)
        _set_fonts(run, font, size, bold)
        if part == missing:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def write_docx(report: Report, path: Path, missing: str = "【待补充】") -> Path:
    """The draft as Word: GB/T 9704 page, 方正小标宋 title, 黑体 / 楷体 headings, 仿宋 三号 body."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm, Pt

    doc = Document()
    doc.core_properties.title = report.title
    doc.core_properties.author = "beizeng"
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    _set_fonts(normal, BODY_FONT, BODY_PT)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(LINE_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    _page_number_footer(section)
    for para in report.paragraphs:
        p = doc.add_paragraph()
        if para.style == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(36)
            p.paragraph_format.space_after = Pt(LINE_PT)
            for i, line in enumerate(para.text.split("\n")):
                if i:
                    p.add_run().add_break()
                _runs(p, line, TITLE_FONT, TITLE_PT, False, missing)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _first_line_indent(p)
        if para.style in ("h1", "h2", "appendix"):
            p.paragraph_format.keep_with_next = True
        if para.style == "h1":
            _runs(p, para.text, H1_FONT, BODY_PT, False, missing)
        elif para.style == "h2":
            _runs(p, para.text, H2_FONT, BODY_PT, True, missing)
        elif para.style == "appendix":
            p.paragraph_format.page_break_before = True
            _runs(p, para.text, H1_FONT, BODY_PT, False, missing)
        elif para.style == "gap":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            _runs(p, para.text, BODY_FONT, 14, False, "")
        else:
            if para.lead:
                _runs(p, para.lead, BODY_FONT, BODY_PT, True, missing)
            _runs(p, para.text, BODY_FONT, BODY_PT, False, missing)
    tmp = path.with_name(f".{path.name}.tmp.docx")
    doc.save(str(tmp))
    tmp.replace(path)
    return path


def markdown(report: Report) -> str:
    """The same text as the .docx: title, headings, bold leads, paragraphs."""
    lines: list[str] = []
    for p in report.paragraphs:
        if p.style == "title":
            lines.append(f"# {p.text.replace(chr(10), '')}")
        elif p.style in ("h1", "appendix"):
            lines.append(f"## {p.text}")
        elif p.style == "h2":
            lines.append(f"### {p.text}")
        elif p.lead:
            lines.append(f"**{p.lead}**{p.text}")
        else:
            lines.append(p.text)
        lines.append("")
    return "\n".join(lines)


def write_report(con: duckdb.DuckDBPyConnection, cfg: Config, period: str, out_dir: Path,
                 figures: Values | None = None) -> list[Path]:
    """工业倍增计划<期间>工作完成情况报告.docx and .md in ``out_dir`` (``figures``: the county's, if read already)."""
    report = build_report(con, cfg, period, figures)
    base = out_dir / report_name(period)
    docx = write_docx(report, base.with_suffix(".docx"), str(phrases()["missing"]))
    md = base.with_suffix(".md")
    tmp = md.with_name(f".{md.name}.tmp")
    tmp.write_text(markdown(report), encoding="utf-8")
    tmp.replace(md)
    return [docx, md]

