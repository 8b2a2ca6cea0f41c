"""The form (return type) contract: one pandera model plus the metadata a sender and a reader need.

A form module in ``schemas/`` is the single source of truth for its return: the template's headers,
the reader's header matching, the normaliser's parsing, the validation, the warehouse table and the
documentation are all derived from the ``FORM`` object it exports.  Adding a return type therefore
means adding one module there (and one SQL model in ``sql/models/``), never a new code path.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, Literal

import polars as pl

from beizeng.base.lean_imports import pa  # pandera without its pandas half (≈0.4 s a command)
from beizeng.base.periods import sent_in

Kind = Literal["text", "prose", "code", "section", "industry", "int", "money", "number", "pct", "date", "month", "flag",
               "enum", "township", "county", "scope"]
Frequency = Literal["monthly", "yearly", "quarterly"]
#: Where a column the layout leaves implicit is filled from (see ``column``'s ``implied_by``).
Implied = Literal["sender", "period_year", "unit", "title"]
#: What a cell with no figure means (see ``column``'s ``blank``).
Blank = Literal["zero", "not_reported", "unknown"]
#: The meaning of "no figure" when a column does not declare it: a clerk's "—" in an amount is zero
#: (a project not started has invested nothing); in a rate, a date or a code it is no value at all.
BLANK_DEFAULT: dict[str, Blank] = {"money": "not_reported"}
#: Column kinds that hold figures (a footer has none; a city table is known by its figure columns).
FIGURE_KINDS = ("money", "number", "int", "pct")

#: Money is stored exactly: 18 digits, 4 after the point (1/10000 万元 = 1 yuan).
Money = Annotated[pl.Decimal, 18, 4]
#: Areas (亩) and other measured quantities: exact too, 4 decimals.
Quantity = Annotated[pl.Decimal, 18, 4]
#: Rates in % (8.5 means 8.5%), exact so that differences in 百分点 are exact.
Rate = Annotated[pl.Decimal, 18, 4]


def column(
    header: str,
    description: str,
    *,
    kind: Kind = "text",
    aliases: tuple[str, ...] = (),
    unit: str | None = None,
    choices: tuple[str, ...] | None = None,
    example: str | None = None,
    width: int | None = None,
    blank: Blank | None = None,
    implied_by: Implied | None = None,
    essential: bool | None = None,
    named_by: str | None = None,
    words: dict[str, Any] | None = None,
    told_by: str | None = None,
    spread: str | None = None,
    least: int | None = None,
    usual_most: int | None = None,
    by_month: bool = False,
    dated_by: dict[str, str] | None = None,
    **checks: Any,
) -> Any:
    """A pandera Field carrying what the reader, the templates and the docs need to know.

    ``kind`` drives parsing of what clerks type (text numbers, 是/否, 2026.3.1 …; ``prose`` is a paragraph
    carried as typed, full-width punctuation and ①② kept, line breaks too; ``text`` — a name, a label — is
    kept as typed as well, its spaces tidied, and matched with its width set aside (beizeng.intake.records));
    ``section`` is a place in a report's outline (6①, 二1), written every way a clerk numbers one and stored in
    one normal form (beizeng.intake.normalise.parse_section);
    ``aliases`` are the other headers seen in real returns; ``unit`` is the unit the column is stored in (money columns
    are converted from the return's 单位 line to it).
    ``blank`` says what "no figure" means in an amount or count column: ``"zero"`` — an empty cell and
    "—"/"-"/"/"/"无" are 0; ``"not_reported"`` — "—"/"/"/"无" are 0 but an empty cell is a figure not
    reported (null, refused where required); ``"unknown"`` — both are no value (null), as for a figure
    someone else computes where "—" means "not available".  Money defaults to ``"not_reported"``,
    everything else to ``"unknown"`` (``BLANK_DEFAULT``); the description should say why a column differs.
    ``implied_by`` names where a column the layout may leave out is filled from: ``"sender"`` (a township's
    own return needs no 所属乡镇 column), ``"period_year"`` (the year of the title), ``"unit"`` (the 单位
    line or the unit in a header); the lineage records that it was filled so.
    ``essential`` marks a column without which the form's figures cannot be computed: a return lacking it
    is refused (with every other problem of the file).  The form's key columns are essential unless they
    may be blank; every other column may be missing (a note, or a warning naming the figures it feeds).
    ``words`` maps what clerks type to the value it means, where a closed list of values has everyday words
    for them: 技改 → 改建和技术改造, 已开工 → 开工, 一季度 → 1.  Compared as enum values are (spaces, quotes
    and full-width folded); the form declares them, the normaliser only applies them.  A ``section`` column's words
    name the report's parts numbered in Chinese (存在问题 → 二), also before an item's number (问题1 is 二1); a
    Chinese numeral none of them means is the number of a part (六 is 6).
    ``implied_by="title"``: the one choice of an enum the title names (工业用地供应情况统计表 → 工业用地供应).
    ``told_by`` names the column whose being filled tells a flag the layout left out: no 是否开工 column but
    开工日期 filled = 已开工 (the row's own date says so); with both columns, a 否 beside a date is an error.
    ``named_by`` names the column whose Chinese names give this code column's value where it is absent or
    blank (指标名称 → the catalogue code, by ``beizeng.store.catalogue.match_target``): a clerk's table has no codes.
    ``spread`` (an enum column's) names the figure column a clerk may write once per value instead, the value in
    the header: a cash book's 上划市倍增基金 | 工业发展资金筹集 | 工业发展资金拨付, one money column per 事项, is
    read one record per row and kind (``beizeng.intake.spread``); the kinds are the choices and ``words``.
    ``least`` (a money column's, in its unit) is the smallest amount other than 0 a row can truly hold — no
    project's 计划总投资 under 1 万元, no county's half-year 规上 output under 1,000 万元 — so that a figure below it
    was typed in a larger unit than it is read in (0.3 for 0.3 亿元 under a 单位：万元 line) and is asked on its
    cell (``too_small``), never stored 10,000 times too small.  0 stays 0 (a project not started).
    ``usual_most`` (a money column's, in its unit) is the most one row usually holds — one project's 计划总投资 or one
    enterprise's 1-N月 output above 100 亿元 is rare in a county: a table most of whose rows exceed it, read in 万元,
    was typed in 元 (8,000,000 元 read as 800 亿元), and the table's unit is asked (``unit_doubtful``); one large row
    is a row's own story, and a header that says （万元） itself is taken at its word.
    ``by_month`` marks a state a running ledger may keep as one column per month instead, headed by the month
    alone (3月 | 4月 | 5月 | 6月, the clerk adding a column each month): the column of the return's month is read as
    this one and the earlier months are its history, said and not read; a ledger with no column for the return's
    month, or one for a later month, is asked (``beizeng.intake.matching.kept_by_month``).
    ``dated_by`` (an enum of stages', in the order of its choices) maps each stage to the date column saying when a
    row reached it: a ledger that keeps one date column per step instead of the stage (签约时间 | 落地时间 | 开工时间 |
    投产时间) tells it, row by row, as the last step dated — the first stage when none is (a project on the ledger
    is at least in contact).  It is told only when every step after the first has its column (a step whose column
    is not there may have been reached); a word in such a date cell saying the step has not come (未签约, 未开工) is
    no date (``beizeng.intake.normalise``).
    """
    if choices is not None:
        checks.setdefault("isin", list(choices))
    return pa.Field(
        title=header,
        description=description,
        metadata={
            "kind": kind,
            "aliases": tuple(aliases),
            "unit": unit,
            "choices": tuple(choices) if choices else None,
            "example": example,
            "width": width,
            "blank": blank,
            "implied_by": implied_by,
            "essential": essential,
            "named_by": named_by,
            "words": dict(words or {}),
            "told_by": told_by,
            "spread": spread,
            "least": least,
            "usual_most": usual_most,
            "by_month": by_month,
            "dated_by": tuple((dated_by or {}).items()),
        },
        **checks,
    )


@dataclass(frozen=True)
class Reached:
    """A column that must be filled on rows whose ``state`` is one of ``states`` (``required_when``): for a date,
    the day the row reached that state — so on such a row it cannot lie after the return was sent."""

    column: str
    state: str
    states: tuple[Any, ...]


def required_when(column: str, state: str, states: tuple[Any, ...], *, error: str, description: str) -> Any:
    """A dataframe check: ``column`` must be filled on rows whose ``state`` is one of ``states``.

    Ledgers say *when* a row reached a stage (落户日期 for a landed project, 开工日期 for one whose 是否开工 is
    是, 认定日期 for a recognised enterprise); one factory keeps that rule the same in every form, and
    ``FormSpec.reached`` reads it back.  The check is named after the column so that validation puts the
    failure on that column's cell.
    """
    def check(cls: Any, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(~pl.col(state).is_in(states) | pl.col(column).is_not_null())

    check.__name__ = f"_{column}_required"
    check.reached = Reached(column, state, tuple(states))  # type: ignore[attr-defined]
    return pa.dataframe_check(name=column, error=error, description=description)(check)


@dataclass(frozen=True)
class Column:
    """One column of a form, as read off its pandera field."""

    name: str
    header: str
    description: str
    kind: Kind
    aliases: tuple[str, ...]
    unit: str | None
    choices: tuple[str, ...] | None
    required: bool
    dtype: pl.DataType
    example: str | None = None
    width: int | None = None
    blank: Blank = "unknown"
    implied_by: Implied | None = None
    essential: bool | None = None
    named_by: str | None = None
    #: Everyday words for the column's values (``column``'s ``words``), as (typed, meant) pairs.
    words: tuple[tuple[str, Any], ...] = ()
    told_by: str | None = None
    #: The figure column whose values a clerk may write in one column per value of this one (``column``'s).
    spread: str | None = None
    least: int | None = None
    usual_most: int | None = None
    #: A state a running ledger may keep as one column per month, headed by the month alone (``column``'s).
    by_month: bool = False
    #: (stage, the date column saying when a row reached it), in the stages' order (``column``'s ``dated_by``).
    dated_by: tuple[tuple[str, str], ...] = ()
    #: The model refuses 0 as well as less (``gt=0``: a project's 计划总投资): a part is then not weighed against a 0
    #: the column's own check refuses, and the template's Excel validation asks for more than 0.
    above_zero: bool = False
    #: The model lets the column go below 0 (a 本月 a 统计核减 writes back, ``ge=-…``): the schema's own bound.
    may_be_negative: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header text that identifies this column, the canonical one first."""
        return (self.header, *self.aliases)

    @property
    def label(self) -> str:
        return f"{self.header}（{self.unit}）" if self.unit else self.header

    def told_in(self, columns: Collection[str]) -> bool:
        """Whether a layout without this column tells it, row by row, by columns it has: a flag by the column
        ``told_by`` (是否开工 by 开工日期), a stage by the date of each step after the first (``dated_by``)."""
        if self.name in columns:
            return False
        if self.told_by:
            return self.told_by in columns
        return bool(self.dated_by) and all(c in columns for _, c in self.dated_by[1:])


#: The sheets of the summary workbook (汇总表) that list a form's rows as sent (beizeng.publish.outputs).
SummarySheet = Literal["企业培育", "招商引资", "要素保障"]


@dataclass(frozen=True)
class Roles:
    """The part some columns play for the outputs, declared by the form (never found by header words).

    A header is what a clerk reads and may be reworded; a role is what the report and the checks rely
    on, so it is named here by column name and checked against the model (``FormSpec.__post_init__``).
    ``name``: what the report calls a row (企业名称, 项目名称); ``place``: the township a row belongs to;
    ``category``: the type column a named list picks rows by (培育类型); ``status``: the status or stage a
    row has reached; ``status_date``: the day it reached it; ``amount``: the money printed beside a name;
    ``entered``: the month an enterprise entered the above-scale list; ``sei``: the flag of a strategic
    emerging industry; ``cumulative``: (1–N-month figure, the month's own figure or None) pairs;
    ``yoy``: (this year's cumulative, the same period last year) pairs; ``same_order``: pairs of one row's
    figures of the same order of magnitude (an enterprise's 营业收入 beside its 总产值, its 1-N月 beside 上年同期), so
    that a table where most rows have one ``units.APART`` times the other was read in a wrong unit (a stale
    说明：营业收入以亿元计, a 上年同期 column pasted from the city bulletin in 亿元); a column another pair finds of one
    order with its partner is vouched for, and the other is the one asked.
    ``growth``: (a stated growth rate in %, the cumulative column whose ``yoy`` pair it states, or None when the row
    gives no amounts for it: 规上工业增加值增速 is the bureau's own), so that a growth is bounded and weighed against
    the amounts beside it (``beizeng.intake.normalise.growth_doubt``).
    """

    name: str | None = None
    place: str | None = None
    category: str | None = None
    status: str | None = None
    status_date: str | None = None
    amount: str | None = None
    entered: str | None = None
    sei: str | None = None
    cumulative: tuple[tuple[str, str | None], ...] = ()
    yoy: tuple[tuple[str, str], ...] = ()
    same_order: tuple[tuple[str, str], ...] = ()
    growth: tuple[tuple[str, str | None], ...] = ()

    def columns(self) -> list[str]:
        """Every column a role names (for the check that each exists in the model)."""
        single = [self.name, self.place, self.category, self.status, self.status_date, self.amount, self.entered,
                  self.sei]
        pairs = [c for pair in (*self.cumulative, *self.yoy, *self.same_order, *self.growth) for c in pair if c]
        return [c for c in (*single, *pairs) if c]


@dataclass(frozen=True)
class AtMost:
    """One row's figure that is a part of another figure of the same row, so never more than it: a project's
    年度计划投资 and 1-N月累计完成投资 of its 计划总投资, a county's 其中：技改投资 of its 工业固投, a deal's 本年到位资金 of
    its 总投资.  ``part`` above ``whole`` beyond the rounding of the figures as typed is asked, a warning naming both
    cells and figures (``beizeng.intake.checks.check_row_relations``): a real return rarely shows it (a project
    whose cost overran its plan), a slip of a digit or a unit often.  ``why`` says, in the clerk's words, why the
    part cannot be more.  Both columns hold the same unit (``FormSpec.__post_init__`` says so at import), so the
    figures are compared as normalised."""

    part: str
    whole: str
    why: str


@dataclass(frozen=True)
class Begun:
    """Figures a row has only once it has begun (a project's 本月 and 1-N月累计完成投资, once it has started): one
    above 0 while ``flag`` (是否开工), as the clerk typed it, says not begun — with no ``date`` beside it, which the
    form's own check asks about — or while ``date`` (开工日期) lies after the period's end, i.e. done before the row
    began, is asked, a warning naming the cells (``beizeng.intake.checks.check_row_relations``)."""

    figures: tuple[str, ...]
    flag: str | None = None
    date: str | None = None

    def columns(self) -> list[str]:
        return [*self.figures, *([self.flag] if self.flag else []), *([self.date] if self.date else [])]


#: The relations between two or more columns of one row that a form declares (``FormSpec.row_relations``).
RowRelation = AtMost | Begun


@dataclass(frozen=True)
class CatalogueUnit:
    """A form whose figures are stated per catalogue indicator (目标任务): ``code`` is the column holding the
    indicator code, ``unit`` the column holding the unit the clerk typed, ``values`` the figure columns.  The
    normaliser restates those figures in the unit the catalogue gives the indicator (万元 → 亿元), since the
    SQL compares them with figures in that unit; a unit of another dimension is an error, never a guess.
    ``values[1:]`` are the year's parts as cumulative targets to each part's end, the last the year's
    (beizeng.intake.normalise._quarters_as_cumulative reads each part's own share typed instead)."""

    code: str
    unit: str
    values: tuple[str, ...]

    def columns(self) -> list[str]:
        return [self.code, self.unit, *self.values]


@dataclass(frozen=True)
class Prefill:
    """How next month's template of a form is pre-filled from the sender's last return (beizeng.publish.templates).

    ``clear``: the month's own figures, typed afresh; ``reference``: columns whose last value is
    shown read-only beside the form, with the reference column's header (it must match no header or
    alias of the form, or the reader would take it for data); ``clear_new_year``: columns that restart
    with the year (the annual plan), cleared, with no reference shown, when the last return is of an
    earlier year (cumulative figures start again from January).
    """

    clear: tuple[str, ...] = ()
    reference: dict[str, str] = field(default_factory=dict)
    clear_new_year: tuple[str, ...] = ()

    def columns(self) -> list[str]:
        return [*self.clear, *self.reference, *self.clear_new_year]


@dataclass(frozen=True)
class NilWords:
    """How a ledger's nil return (零报告) speaks of its rows when it is asked (beizeng.intake.nil): ``rows``
    the rows in the clerk's word (项目, 企业), ``unit`` their measure word (个, 户), ``fix`` what a sender who
    listed rows earlier in the year must still send (``{months}``: 1-6月) — the ledger is a snapshot of the year."""

    rows: str
    unit: str
    fix: str


@dataclass(frozen=True)
class FormSpec:
    """A return type: its model plus who sends it, how often, and how a return is identified."""

    code: str
    title: str
    model: type[pa.DataFrameModel]
    senders: Literal["townships", "departments", "both"]
    default_sender: str | None
    frequency: Frequency
    key: tuple[str, ...]
    grain: str
    instructions: str
    unit: str = "万元"
    first_month: int = 1
    version: str = "1"
    title_keywords: tuple[str, ...] = ()
    #: A ledger of events or items may be sent with no rows yet (no land supplied, no project signed):
    #: such a return is received and counts as sent; a statistical return without rows is refused.
    may_be_empty: bool = False
    #: A ledger's words for a nil return asked because the sender listed rows earlier in the year (``NilWords``).
    nil: NilWords | None = None
    #: What some columns mean to the report, the summary workbook and the checks (see ``Roles``).
    roles: Roles = field(default_factory=Roles)
    #: The 汇总表 sheet listing this form's rows as sent, or None when its rows are not listed there.
    summary_sheet: SummarySheet | None = None
    #: How next month's template is pre-filled from the sender's last return; None: a blank template.
    prefill: Prefill | None = None
    #: Figures stated per catalogue indicator, restated in the catalogue's unit (see ``CatalogueUnit``).
    catalogue_unit: CatalogueUnit | None = None
    #: A register of events (a parcel supplied, a sum raised): the column holding each row's own date; None
    #: for a return whose figures or states are the period's (an enterprise's 1–N output, a project's stage).
    #: It decides how a workbook kept as a sheet per month is read (``beizeng.intake.parts.how_kept``): the
    #: sheets of a return of the period are the year's returns, the newest is the return; a register's may be
    #: one ledger split by month too (each sheet the month's new events, their rows together), as its rows say.
    event_date: str | None = None
    #: Words a row's own note uses to say its record has left the form's list (被吸收合并, 已注销, 破产): such a row
    #: with no figure at all is no record — set aside and said on its row, naming it and its note (``gone_row``),
    #: never refused for its blank figures nor stored as 0.  A row with figures stays a record whatever its note
    #: says, and a stopped firm (停产) has not gone: its blank figures are figures not reported, and asked.
    gone_words: tuple[str, ...] = ()
    #: Which kinds of the status column each kind of department sends, by words its name holds (自然资源局 the land,
    #: 财政局 the funds, however a county names them): a return with no 填报单位 whose rows are all of one group is
    #: the one allowed sender whose name holds its words — said in a note, never when two or none fit.
    sent_by_kind: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    #: What one row's figures say of each other (a part at most its whole, investment only once begun): see
    #: ``AtMost`` and ``Begun``; checked by ``beizeng.intake.checks.check_row_relations``.
    row_relations: tuple[RowRelation, ...] = ()

    def __post_init__(self) -> None:
        """A role, pre-fill, spread or row relation naming a column the model lacks (or comparing two units) is a
        mistake in the schema module: say so at import."""
        names = {c.name for c in self.columns}
        related = [c for r in self.row_relations for c in (r.columns() if isinstance(r, Begun) else (r.part, r.whole))]
        named = [*self.roles.columns(), *(self.prefill.columns() if self.prefill else []),
                 *(self.catalogue_unit.columns() if self.catalogue_unit else []),
                 *(c.spread for c in self.columns if c.spread), *([self.event_date] if self.event_date else []),
                 *(d for c in self.columns for _, d in c.dated_by), *related]
        wrong = [c for c in named if c not in names]
        if wrong:
            raise ValueError(f"form {self.code}: roles or prefill name columns the model does not have: {wrong}")
        apart = [(r.part, r.whole) for r in self.row_relations if isinstance(r, AtMost)
                 if self.column(r.part).unit != self.column(r.whole).unit]
        if apart:
            raise ValueError(f"form {self.code}: a part and its whole in different units: {apart}")

    @property
    def table(self) -> str:
        """The warehouse table holding every loaded version of this form."""
        return f"form_{self.code}"

    @property
    def current(self) -> str:
        """The view holding only the rows of the newest accepted version per sender and period."""
        return f"cur_{self.code}"

    @property
    def county_wide_key(self) -> bool:
        """Whether the key names its record for the whole county, not within one sender's list: a code issued
        outside the senders (项目代码, 宗地编号, 统一社会信用代码), so the same key in two senders' returns of a period
        is one record reported twice (``beizeng.intake.checks.check_other_senders``); so is a key holding a scope
        (目标任务's indicator of the county or of a township: one target per year, whichever department states
        it).  A name, a 序号 or an indicator alone is each sender's own."""
        return bool(self.key) and (self.column(self.key[0]).kind == "code"
                                   or any(self.column(k).kind == "scope" for k in self.key))

    @property
    def columns(self) -> list[Column]:
        return _columns(self.model)

    @property
    def township_column(self) -> str | None:
        """The column naming a row's township (所属乡镇, 落户乡镇), the one a sheet per township leaves to its name."""
        return next((c.name for c in self.columns if c.kind == "township"), None)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def sent_in(self, period: str) -> bool:
        """Whether this return is sent on its own for ``period`` (a form whose first month is 2 has no January
        return: 1月不单独报送).  The rule is ``beizeng.base.periods.sent_in``, shared with the dues."""
        return sent_in(self.frequency, self.first_month, period)

    def needs(self, col: Column) -> bool:
        """Whether the form's figures cannot be computed without this column: a return lacking it is
        refused.  The one rule: declared ``essential``, else a key column that may not be blank."""
        if col.essential is not None:
            return col.essential
        return col.name in self.key and col.required

    @property
    def spread(self) -> tuple[Column, Column] | None:
        """(the kind column, the figure column) when the form's records may be written one figure column per
        kind (``column``'s ``spread``); None for every other form."""
        kind = next((c for c in self.columns if c.spread), None)
        return (kind, self.column(kind.spread)) if kind is not None and kind.spread else None

    @property
    def reached(self) -> tuple[Reached, ...]:
        """The form's ``required_when`` rules: which column says when a row reached which states."""
        return _reached(self.model)

    @property
    def polars_schema(self) -> dict[str, pl.DataType]:
        return {c.name: c.dtype for c in self.columns}


@cache
def _reached(model: type[pa.DataFrameModel]) -> tuple[Reached, ...]:
    found = (getattr(getattr(v, "__func__", v), "reached", None) for v in vars(model).values())
    return tuple(r for r in found if isinstance(r, Reached))


#: How a 是否X question's X is negated when a clerk answers with the subject itself (非技改, 不是重点项目).
_NOT = ("非", "不是", "不属于", "不属")
#: How it is affirmed in words (属于技改, 是技改项目, 系重点项目): the subject after a verb of being.
_YES = ("属于", "是", "系")
#: A trailing word a clerk drops from the subject (是否技改项目 answered 技改, 是否战新企业 answered 战新).
_SUBJECT_TAILS = ("项目", "企业")


def _answers_by_subject(headers: tuple[str, ...]) -> dict[str, bool]:
    """A 是否X flag answered with X or 非X instead of 是/否 (是否技改 → 技改 / 技改项目 / 属于技改 / 是技改项目 / 非技改 /
    不属于技改; 是否重点项目 → 重点项目 / 非重点): the column's own question is the only place these words mean 是 or
    否, so they are read from its headers, never a list kept per form (and never in another column, where 技改 may be
    a 建设性质).  The bare 属于 / 不属于 (the subject left out) answer any flag: ``normalise.TRUE_WORDS``."""
    words: dict[str, bool] = {}
    for header in headers:
        if not header.startswith("是否") or len(header) < 4:
            continue
        subject = header[2:]
        for said in (subject, *(subject[:-len(t)] for t in _SUBJECT_TAILS if subject.endswith(t) and len(subject) > len(t) + 1)):
            words.setdefault(said, True)
            for yes in _YES:
                words.setdefault(yes + said, True)
            for no in _NOT:
                words.setdefault(no + said, False)
    return words


def _words(meta: dict[str, Any], header: str) -> dict[str, Any]:
    """The column's everyday words: those it declares, and for a flag the answers its own question gives."""
    derived = _answers_by_subject((header, *(meta.get("aliases") or ()))) if meta.get("kind") == "flag" else {}
    return derived | dict(meta.get("words") or {})


@cache
def _columns(model: type[pa.DataFrameModel]) -> list[Column]:
    schema = model.to_schema()
    out = []
    for name, col in schema.columns.items():
        meta = col.metadata or {}
        dtype = col.dtype.type if hasattr(col.dtype, "type") else col.dtype
        bounds = _least(col.checks)
        out.append(
            Column(
                name=name,
                header=col.title or name,
                description=col.description or "",
                kind=meta.get("kind", "text"),
                aliases=tuple(meta.get("aliases") or ()),
                unit=meta.get("unit"),
                choices=meta.get("choices"),
                required=not col.nullable,
                dtype=dtype,
                example=meta.get("example"),
                width=meta.get("width"),
                blank=meta.get("blank") or BLANK_DEFAULT.get(meta.get("kind", "text"), "unknown"),
                implied_by=meta.get("implied_by"),
                essential=meta.get("essential"),
                named_by=meta.get("named_by"),
                words=tuple(_words(meta, col.title or name).items()),
                told_by=meta.get("told_by"),
                spread=meta.get("spread"),
                least=meta.get("least"),
                usual_most=meta.get("usual_most"),
                by_month=bool(meta.get("by_month")),
                dated_by=tuple(meta.get("dated_by") or ()),
                above_zero=any(c.name == "greater_than" and least == 0 for c, least in bounds),
                may_be_negative=any(least < 0 for _, least in bounds),
            )
        )
    return out


def _least(checks: list[Any]) -> list[tuple[Any, Decimal]]:
    """Each pandera check of a column with the lower bound it sets (``min_value``; 0 for a check that sets none):
    the schema is the one home of a column's bounds, :class:`Column` carries what the intake and templates ask."""
    return [(c, Decimal(str((c.statistics or {}).get("min_value", 0)))) for c in checks]


@cache
def all_forms() -> dict[str, FormSpec]:
    """Every form defined in ``schemas/``, by code: discovered, so a new module is all it takes."""
    import schemas

    forms: dict[str, FormSpec] = {}
    for info in sorted(pkgutil.iter_modules(schemas.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"schemas.{info.name}")
        spec = getattr(module, "FORM", None)
        if isinstance(spec, FormSpec):
            forms[spec.code] = spec
    return forms


def get_form(code: str) -> FormSpec:
    forms = all_forms()
    if code not in forms:
        raise KeyError(f"未知报表类型 unknown form {code!r}; 已定义: {', '.join(forms)}")
    return forms[code]
