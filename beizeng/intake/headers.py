"""Match a sheet's columns to a form's columns by meaning, the way a person reads a header.

Clerks retype headers: 是否入库纳统 for 是否纳统, 项目 for 项目名称, 总投资（亿元）, 1-6月累计完成投资, a
two- or three-row merged header whose child 同比增长（%） stands under 规上工业总产值 and again under
工业固定资产投资.  Alias lists are never complete, so every header is scored against every form
column with one scorer, the same for every form:

- the text normalised (full-width, spaces, punctuation, units in brackets, 是否/是否为, 本年/年度,
  the month range of 1-N月 and the single month of 6月 are not what a header means);
- compared with the schema's header, aliases and description (character bigrams: Chinese headers
  are short and words are not separated), the header counting most, the description least;
- qualifiers that change the meaning must agree: 上年同期 is not this year, 本月 is not 累计, a
  增速 is not an amount, a (参考) column is never a column of the form;
- the unit written in the header agrees with the column's kind (a （%） column is a rate, a
  （万元） column money);
- a multi-row header is read as its path parent ▸ child, so a repeated child composes with its
  parent into different columns.

The scores of one sheet row (or 2–3 rows) against one form are then assigned so that the total is
highest, each form column at most once; two sheet columns equally likely for one form column are
reported as a question, never guessed.  Texts are scored once per process and form (a county's
returns repeat the same headers every month), so matching costs dictionary look-ups after the first file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import polars as pl

from beizeng.base import units
from beizeng.base.config import Rules, Sender
from beizeng.base.forms import FIGURE_KINDS, Column, FormSpec
from beizeng.base.periods import PLAN_RE, month_number, own_months, spans_as_months
from beizeng.base.problems import Problem, col_letter
from beizeng.intake import shorthand
from beizeng.store import sql_lineage
from beizeng.store.catalogue import SQL_DIR, Indicator, catalogue

#: Below this a header is not taken for a form column (1.0 is the header itself).
THRESHOLD = 0.65
#: Two candidates closer than this are "equally likely": the sender is asked.
TIE = 0.005
#: What each kind of known text counts for, and what a partial path counts for.
WEIGHT_HEADER, WEIGHT_ALIAS, WEIGHT_DESCRIPTION = 1.0, 0.98, 0.8
#: A header's child alone, or its parent alone, says less than the whole path.
CHILD_ALONE, PARENT_ALONE = 0.93, 0.85

#: The unit words a header may carry, by the kind of figure they measure: the one table of units
#: (``beizeng.base.units``), so that 面积（公顷） and 总投资（亿） count as the units they are.
_UNITS = {spelling: {"money": "money", "rate": "pct", "area": "area", "count": "count"}[dim]
          for spelling, (dim, _, _) in units.UNITS.items()} | {"％": "pct"}
#: A unit in a header's brackets (总投资（亿元）, 面积（公顷）): the one pattern of header units, also for
#: beizeng.intake.reader's header keys and the units a match records.
UNIT_RE = re.compile(r"[（(]\s*(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")\s*[)）]")
_UNIT_RE = UNIT_RE
_BRACKETS_RE = re.compile(r"[（(\[【][^（()）\]】]*[)）\]】]")
_NOISE_RE = re.compile(r"[\s*＊:：,，.。、;；'\"“”‘’`·•/\\|_\-—–－~～!！?？<>《》〈〉「」『』]+")
#: How a header says the period it is about — the year (2026年, 2026年度), the months from January (1-6月,
#: 1月至6月, 一至六月, 1-N月) and one month (6月份, 六月) — which a clerk retypes every month and which say nothing
#: of what the column holds.  One home for the matcher (``normalise``) and the reader's header keys
#: (beizeng.intake.reader.header_key); a title's period is read by beizeng.base.periods.
YEAR_RE = re.compile(r"20\d{2}(?:年度?)?")
#: (前5月, 前五个月: the months from January too.)
RANGE_RE = re.compile(r"(?:(?:1|一)月?[-—–－~～至到]|前)(?P<end>\d{1,2}|本|n|[一二三四五六七八九十]{1,2})个?月(?:份)?")
MONTH_RE = re.compile(r"(?<![\d一二三四五六七八九十\-n])(?P<end>\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?")
#: The months up to a day (截至6月底, 截止6月末, 至本月底): what was done by then, 累计 — never 本月.
_UNTIL_RE = re.compile(r"(?:截至|截止|至|到)(?P<end>\d{1,2}|[一二三四五六七八九十]{1,2}|本)月(?:份)?(?:底|末|止)?")
#: The months from January said without a number (自年初累计, 年初至今, 从年初起, 本年初以来): the old survey forms'
#: words for 1-N月, 累计 as the range is (a computed 比上年同期增减 beside them stays a rate).
#: A bare 年初 is not one (年初计划 is the plan set in January).
_SINCE_JANUARY_RE = re.compile(r"(?:(?:自|从)本?年初(?:至今|以来|起)?|本?年初(?:至今|以来|起))(?:至本月|到本月|至本期)?(?:累计)?")
#: The period's own figure (本期, 当期) said beside the period itself (6月 ▸ 本期, 1-6月 ▸ 本期 under a two-row header
#: whose blocks each hold 本期 | 上年同期): adds nothing to the month or the range above it.  Alone, 本期 stays
#: itself: in a 1-6月 return it may be the month or the cumulative, and only its parent says which.
_THIS_PERIOD_RE = re.compile(r"(?<=本月|累计)(?:本期|当期)(?:数|值)?|(?:本期|当期)(?:数|值)?(?=本月|累计)")
#: Last year's months up to this one (去年1—6月产值, 上年1-6月, 上年截至6月底): 上年同期, the months it names being the
#: return's own — never last year's whole year nor this year's cumulative.
_UNNAMED = (RANGE_RE.pattern.replace("(?P<end>", "(?:"), _UNTIL_RE.pattern.replace("(?P<end>", "(?:"))
_LAST_YEARS_MONTHS_RE = re.compile(rf"(?:上年|去年)(?=(?:{_UNNAMED[0]}|{_UNNAMED[1]}))")
#: A growth said against last year (比上年同期增减（%）, 较去年同期增长, 比上年同期±%, 比上年同期（%）): a rate, not
#: last year's figure; 比上年同期增减额 is an amount and stays one.
_GROWTH_RE = re.compile(r"(?:比|较)(?:上年|去年)(?:同期|同月)?(?:(?:增减|增长|增幅|±|\+-)(?:率|幅度)?(?![额数量值])|(?=%))")
#: A header saying its figure is the revised one (调整后目标, 全年目标（调整后）, 修订后计划投资): the column's figure as
#: it now stands, scored as the header without those words (``normalise``) …
REVISED_RE = re.compile(r"(?:调整|修订|修改|变更)后")
#: … and a header of the same column saying the figure before the revision (年初目标, 原目标, 调整前目标), or saying
#: nothing more (年度目标 beside 调整后目标), is the figure it replaced: not read, and said
#: (beizeng.intake.matching.superseded).  A bare 年初目标 alone stays what it is.
EARLIER_RE = re.compile(r"^(?:年初|原定|原)|(?:调整|修订|修改|变更)前")
#: Words that say the same thing, folded to one spelling (longest first), after the field's shorthand
#: (beizeng.intake.shorthand: 技改, 固投, 入统/纳统/入规, 规上 …) is written in its one spelling.
_SYNONYMS = (
    ("同比增长率", "增速"), ("同比增速", "增速"), ("同比增长", "增速"), ("同比增幅", "增速"), ("同比增减", "增速"),
    ("比上年增长", "增速"), ("比上年增减", "增速"), ("增长率", "增速"), ("增幅", "增速"), ("增长", "增速"),
    ("同比±", "增速"), ("同比", "增速"), ("增速增速", "增速"),
    ("去年同期", "上年同期"), ("上年同月", "上年同期"), ("上年同期累计", "上年同期"),
    ("当月", "本月"), ("本月累计", "累计"), ("本期累计", "累计"), ("本年度", ""), ("本年", ""), ("年度", ""), ("投资额", "投资"), ("完成额", "完成"),
    ("累计累计", "累计"), ("时间", "日期"), ("详细", ""), ("完成情况", "完成"),
    ("倍增计划", "倍增"), ("类型", "性质"), ("类别", "性质"), ("县市区", "县区"), ("区县", "县区"), ("金额", "资金"),
    ("累计目标", "目标"), ("四季度末", "全年"), ("四季度", "全年"), ("季度末", "季度"),
    # the figure itself, beside its growth (绝对额 | 增速 under each county of a crossed table): says nothing more
    ("绝对额", ""), ("绝对值", ""), ("绝对数", ""), ("总量", ""),
)
#: A town is a 乡镇 in every header (所在镇, 落地镇), and a trailing 项目 adds nothing to 是否重点(项目).
_TOWN_RE = re.compile(r"(?<!乡)镇")
_TRAILING = ("项目",)
_PREFIXES = ("是否为", "是否属于", "是否", "其中")  # 其中：本年到位 under 投资额 is 本年到位
#: Qualifiers: a header and a known text must agree on each group, or they mean different things.
_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "last_year": ("上年", "去年", "同期"),
    "last_month": ("上月", "上期"),
    "rate": ("增速", "比重", "占比", "进度", "%"),
    "month": ("本月",),
    "plan": ("计划", "目标"),
    #: 产值增速位次 is the county's place in the city, never its growth rate (a 位次 table beside the comparison)
    "rank": ("位次", "排名", "名次"),
    #: the look-alikes of the field that are not one (增加值 is not 产值, 技改 not 固投: beizeng.intake.shorthand)
    **shorthand.DISTINCT,
}
_RANKED = "rank"
#: A column marked as shown for reference (templates add "上月累计完成投资（参考）") is never read.
_NEVER = ("参考",)


@dataclass(frozen=True)
class Known:
    """One text that names a form column, normalised, with what it counts for."""

    column: str
    text: str
    grams: frozenset[str]
    quals: frozenset[str]
    weight: float


def _unit_of(text: str) -> str | None:
    m = _UNIT_RE.search(text)
    return m.group(1).replace("％", "%") if m else None


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A header reduced to what it means: no units, brackets, spaces, punctuation, years, month ranges,
    是否 prefixes; the field's shorthand and synonyms folded.  ``text`` is already cleaned (NFKC) by the reader."""
    t = text.lower()
    if "%" in t or "％" in t:
        t += "%"  # keep the sign of a rate as a qualifier once the brackets are gone
    t = _BRACKETS_RE.sub("", t)
    t = REVISED_RE.sub("", t)
    t = _spans_as_months(t)
    t = YEAR_RE.sub("", t)
    t = _LAST_YEARS_MONTHS_RE.sub("上年同期", t)
    t = RANGE_RE.sub("累计", t)  # 1-6月累计 → 累计累计, folded below
    t = _UNTIL_RE.sub("累计", t)
    t = _SINCE_JANUARY_RE.sub("累计", t)
    t = MONTH_RE.sub("本月", t)
    t = _THIS_PERIOD_RE.sub("", t)
    t = _GROWTH_RE.sub("增速", t)
    t = _NOISE_RE.sub("", t)
    for prefix in _PREFIXES:
        if t.startswith(prefix) and len(t) > len(prefix):
            t = t[len(prefix):]
            break
    t = shorthand.fold(t)
    for old, new in _SYNONYMS:
        t = t.replace(old, new)
    t = _TOWN_RE.sub("乡镇", t)
    for word in _TRAILING:
        if t.endswith(word) and len(t) > len(word) + 1:
            t = t[: -len(word)]
    return t


def months_named(text: str) -> tuple[int, int] | None:
    """(first, last) month a header's figures cover, by the month numbers it writes: 1-5月累计 and 1至5月,
    前5月, 截至5月底 → (1, 5); 5月份, 五月 → (5, 5).  None when it writes none (本月, 本年累计, 1-N月): only a
    number can be held against the return's month (``beizeng.intake.matching.by_month``)."""
    t = YEAR_RE.sub("", _spans_as_months(text.lower()))
    for pattern in (RANGE_RE, _UNTIL_RE, MONTH_RE):
        m = pattern.search(t)
        if m:
            end = month_number(m["end"])
            if end is None:
                return None
            return (1, end) if pattern is not MONTH_RE else (end, end)
    return None


#: A header that is a month and nothing more (6月, 六月份, 2026年6月, 6月底, 6月末): one column of a state kept per
#: month (``beizeng.base.forms.column``'s ``by_month``), before the words of the column it keeps (6月状态).
_MONTH_ALONE_RE = re.compile(r"(?P<end>\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:底|末)?")


def month_alone(text: str, said: tuple[str, ...] = ()) -> int | None:
    """The month a header consists of alone (6月, 2026年六月份, 6月底), or followed by one of ``said`` — the words of
    the column it keeps (6月状态, 6月培育状态); None for any header that says more (1-6月, 6月产值, 本月)."""
    t = _NOISE_RE.sub("", _BRACKETS_RE.sub("", YEAR_RE.sub("", text.lower(), count=1)))
    for word in sorted(said, key=len, reverse=True):
        if t.endswith(word) and len(t) > len(word):
            t = t[: -len(word)]
            break
    m = _MONTH_ALONE_RE.fullmatch(t)
    return month_number(m["end"]) if m else None


def _spans_as_months(text: str) -> str:
    """A header's quarter or half of a year from January written as its months (上半年完成投资 → 1-6月完成投资, read as
    1-N月累计 and held against the return's month as 1-6月 is: ``beizeng.base.periods.spans_as_months``) — unless
    the header is the span alone (一季度 | 上半年 | 前三季度 across a targets table: the quarters' columns), names a
    plan or a target (一季度累计目标, 全年计划投资), or a year's whole year (2025年全年工业总产值: last year's total beside
    the 1-6月, never this year's cumulative)."""
    if PLAN_RE.search(text) or "全年" in text:
        return text
    written = spans_as_months(text)
    return text if _NOISE_RE.sub("", YEAR_RE.sub("", written)).endswith("月") else written


#: Words that say a column restates its neighbour in another unit (供地面积（公顷） | 折合（亩）): with a unit and
#: nothing else they name the same quantity.
RESTATING = ("折合", "折算", "换算", "约合", "合计", "折", "合", "约", "计")


def restated_unit(text: str) -> units.Unit | None:
    """The unit a header consists of alone, as a column restating its neighbour's quantity writes it: 亩, （亩）,
    折合（亩）, 折合亩, 合计（万元）.  None for any header that says something more (面积（亩）, 合计户数)."""
    t = _NOISE_RE.sub("", text.lower()).replace("（", "(").replace("）", ")")
    m = re.fullmatch(r"(?:" + "|".join(RESTATING) + r")?\(?([^()]{1,5}?)\)?(?:数)?", t)
    if m is None:
        return None
    unit = units.lookup(m.group(1))
    return unit if unit.dimension is not None else None


def without_unit(text: str) -> str:
    """A header without the unit in its brackets (规上工业总产值（亿元） → 规上工业总产值)."""
    return _UNIT_RE.sub("", text).strip()


def is_flag_header(text: str) -> bool:
    """是否… asks a yes/no question: the column is a flag whatever the rest of it says."""
    return _NOISE_RE.sub("", text).startswith("是否")


def is_bare(text: str) -> bool:
    """A header that is only a qualifier (本月, 累计, 上年同期, 增速): it names a column only together with
    what stands beside or above it.  The shorthand's look-alike words (技改, 增加值: ``shorthand.DISTINCT``) are
    qualifiers to the scorer but fields of their own here: 是否技改项目 is a whole label, never 基本情况's sub-label."""
    return not subject(normalise(text))


#: Words a header adds to a qualifier without naming a figure of its own (上年同期数, 去年同期完成, 今年计划).
_FILLERS = ("完成", "实际", "金额", "数值", "数", "今年", "本年", "全年", "年度", "当年", "本期", "当期")


def subject(n: str) -> str:
    """What a normalised header names beside its qualifiers: 营业收入 of 上年同期营业收入, 规上产值 of 规上产值累计,
    nothing of 上年同期."""
    t = n.replace("%", "")
    for words in (*(w for q, w in _QUALIFIERS.items() if q not in shorthand.DISTINCT), ("累计",)):
        for w in words:
            t = t.replace(w, "")
    return t


def _speaks_of(form: FormSpec, column: str, said: str) -> bool:
    """Whether a header's subject (its words beside the qualifiers) is said by the column's own texts: a bare
    alias (上年同期 of 上年同期累计工业总产值) is that column only where the header's other words are its words
    too, or are fillers — 上年同期营业收入 and 上年同期利润总额 speak of other figures."""
    rest = said
    for w in _FILLERS:
        rest = rest.replace(w, "")
    if len(rest) < 2:
        return True
    grams = _grams(rest)
    return any(grams & k.grams for k in known_texts(form) if k.column == column and subject(k.text))


def _grams(text: str) -> frozenset[str]:
    t = text.replace("%", "")
    if len(t) < 2:
        return frozenset((t,)) if t else frozenset()
    return frozenset(t[i:i + 2] for i in range(len(t) - 1))


def _quals(text: str) -> frozenset[str]:
    return frozenset(q for q, words in _QUALIFIERS.items() if any(w in text for w in words))


_KNOWN: dict[tuple[str, int], tuple[Known, ...]] = {}


def known_texts(form: FormSpec) -> tuple[Known, ...]:
    """Every text that names a column of the form, normalised once per form."""
    key = (form.code, id(form.model))
    cached = _KNOWN.get(key)
    if cached is not None:
        return cached
    out: list[Known] = []
    for col in form.columns:
        texts = [(col.header, WEIGHT_HEADER), *((a, WEIGHT_ALIAS) for a in col.aliases)]
        description = col.description.split("。")[0].split("；")[0]
        if description and len(description) <= 24:
            texts.append((description, WEIGHT_DESCRIPTION))
        seen: set[str] = set()
        for text, weight in texts:
            n = normalise(text)
            if not n or n in seen:
                continue
            seen.add(n)
            out.append(Known(col.name, n, _grams(n), _quals(n), weight))
    out += _everyday(out)
    _KNOWN[key] = tuple(out)
    return _KNOWN[key]


#: Words every figure of these returns shares (they are all industrial), which a clerk drops from a short
#: header: 固投增速 is 工业固投增速, 总产值 规上工业总产值.  Longest first.
CONTEXT_PREFIXES = ("规上工业", "全部工业", "规上", "工业")  # (规模以上 is 规上 by then: beizeng.intake.shorthand)
#: What a header without those words counts for, beside the full text it abbreviates.
WEIGHT_EVERYDAY = 0.97


def _everyday(known: list[Known]) -> list[Known]:
    """The everyday abbreviations of a form's headers and aliases: each without the words every figure shares
    (``CONTEXT_PREFIXES``), when what is left still says something (three characters or more, or a word of the
    field's shorthand: 规上工业总产值 is 产值, 工业固投 固投) and names no
    other column of the form (a shortening two columns share says neither).  One rule for the class 产值增速,
    固投增速, 技改投资增速 …, so that no form has to list them."""
    taken = {k.text: k.column for k in known}
    derived: dict[str, list[Known]] = {}
    for k in known:
        if k.weight < WEIGHT_ALIAS:
            continue  # a description is already a paraphrase
        prefix = next((p for p in CONTEXT_PREFIXES if k.text.startswith(p)), None)
        short = k.text[len(prefix):] if prefix else ""
        if (len(short.replace("%", "")) < 3 and short not in shorthand.WORDS) or taken.get(short, k.column) != k.column:
            continue
        derived.setdefault(short, []).append(Known(k.column, short, _grams(short), _quals(short),
                                                   k.weight * WEIGHT_EVERYDAY))
    out: list[Known] = []
    for short, ks in derived.items():
        if short in taken or len({k.column for k in ks}) > 1:
            continue
        out.append(max(ks, key=lambda k: k.weight))
    return out


def _similarity(a: str, grams: frozenset[str], k: Known) -> float:
    """Bigram overlap, counting most how much of the known text the header covers: 入库纳统 says all of
    纳统 and more (a clerk's longer wording), while 项目 says only part of 项目代码."""
    if a == k.text:
        return 1.0
    common = len(grams & k.grams)
    if not common:
        return 0.0
    dice = 2 * common / (len(grams) + len(k.grams))
    covered = common / len(k.grams) * (0.8 if len(k.grams) == 1 else 1.0)
    score = 0.4 * dice + 0.6 * covered
    if len(a) >= 4 and len(k.text) >= 4:  # the same words in another order (投资完成累计 for 累计完成投资)
        chars, known = set(a), set(k.text)
        same = len(chars & known)
        score = max(score, 0.9 * (0.4 * 2 * same / (len(chars) + len(known)) + 0.6 * same / len(known)) ** 1.5)
    return score


_UNIT_KINDS = {"money": ("money", "number"), "pct": ("pct",), "area": ("number",), "count": ("int", "number")}


def _unit_factor(unit: str | None, col: Column) -> float:
    """A header's unit that contradicts the column's kind (a % over an amount) all but rules it out."""
    if unit is None:
        return 1.0
    kind = _UNITS.get(unit)
    if kind is None:
        return 1.0
    if col.kind in _UNIT_KINDS.get(kind, ()):
        return 1.02
    if col.kind in ("money", "pct", "number", "int"):
        return 0.3
    return 0.9


_TEXT_SCORES: dict[tuple[str, int, str], dict[str, float]] = {}


def text_scores(form: FormSpec, text: str) -> dict[str, float]:
    """Form column → how well one header text (one path, already joined) names it; zero scores left out.

    Cached per form and text for the whole process: the same headers come back every month.
    """
    key = (form.code, id(form.model), text)
    cached = _TEXT_SCORES.get(key)
    if cached is not None:
        return cached
    out: dict[str, float] = {}
    if not any(w in text for w in _NEVER):
        n = normalise(text)
        if n:
            grams, quals, said = _grams(n), _quals(n), subject(n)
            unit = _unit_of(text)
            flag = is_flag_header(text)
            columns = {c.name: c for c in form.columns}
            for k in known_texts(form):
                if k.quals != quals:
                    continue
                if said and not subject(k.text) and not _speaks_of(form, k.column, said):
                    continue  # a bare alias inside a header that names another figure (上年同期营业收入)
                s = _similarity(n, grams, k) * k.weight
                if s <= 0:
                    continue
                s = min(1.0, s * _unit_factor(unit, columns[k.column]))
                if flag and columns[k.column].kind != "flag":
                    s *= 0.6  # 是否战新企业 is a yes/no, never the enterprise's name
                if s > out.get(k.column, 0.0):
                    out[k.column] = s
            for name, s in (*_by_kind(form, n, quals, text).items(), *_part_of_one(form, n, quals).items()):
                if s > out.get(name, 0.0):
                    out[name] = s
        else:
            out.update(_year_alone(form, text))
    if len(_TEXT_SCORES) > 200_000:
        _TEXT_SCORES.clear()
    _TEXT_SCORES[key] = out
    return out


#: What a header that names only a qualifier or a kind of value is worth for the one column it can mean.
BY_KIND = 0.7


def _by_kind(form: FormSpec, n: str, quals: frozenset[str], text: str) -> dict[str, float]:
    """The one column a header can only mean: a bare 本月 when the form has one monthly amount, a 日期/时间
    (签订合同时间) when it has one date column.  Two or more candidates: nothing (the path or the
    neighbouring header must say which)."""
    if is_bare(text):
        fits = [c.name for c in form.columns if c.kind in ("money", "number", "int", "pct")
                and _quals(normalise(c.header)) == quals and ("累计" in n) == ("累计" in normalise(c.header))]
        return {fits[0]: BY_KIND} if len(fits) == 1 else {}
    if n.endswith("日期"):
        dates = [c.name for c in form.columns if c.kind == "date"]
        return {dates[0]: BY_KIND} if len(dates) == 1 else {}
    return {}


#: A header that is a year and nothing more (2026年, 2026年度, 2026年调整后, 2026年（亿元）).
_YEAR_ALONE_RE = re.compile(r"20\d{2}年度?")  # 年 written: a bare 2026 is a cell of a 年度 column


def _year_alone(form: FormSpec, text: str) -> dict[str, float]:
    """A header naming only a year (2026年 | 2026年调整后 over a yearly form's figures: the targets of that year, as
    first set and as revised) is the year's figure of a yearly form: its one essential amount (年度目标), as a
    person reads a table of targets.  A monthly form's year alone says nothing (which of its amounts?); the year
    itself is held against the return's (beizeng.intake.matching.by_year)."""
    if form.frequency != "yearly":
        return {}
    t = _NOISE_RE.sub("", REVISED_RE.sub("", _BRACKETS_RE.sub("", text.lower())))
    if not _YEAR_ALONE_RE.fullmatch(t):
        return {}
    fits = [c.name for c in form.columns if c.kind in ("money", "number") and c.essential]
    return {fits[0]: BY_KIND} if len(fits) == 1 else {}


def _part_of_one(form: FormSpec, n: str, quals: frozenset[str]) -> dict[str, float]:
    """A short header that is part of one column's names only, with the same qualifiers: 产值 is 规上工业总产值
    and 固投 工业固投 in the city table, as a person reads them; part of two columns' names, it says neither."""
    if len(n.replace("%", "")) < 2 or is_bare(n):
        return {}
    fits = {k.column for k in known_texts(form) if k.quals == quals and k.weight >= WEIGHT_ALIAS and n in k.text}
    return {fits.pop(): BY_KIND} if len(fits) == 1 else {}


#: A child header that is its parent's whole (合计 beside 其中：…): the column is the parent itself.
_WHOLE_CHILD = frozenset({"合计", "总计", "小计", "合计数", "总计数", "总额", "计"})


def path_texts(path: Sequence[str]) -> list[tuple[str, float]]:
    """The readings of a header path (parent ▸ child), each with what it counts for: the whole path,
    the child before its parent, the last two levels, the child alone, the parent alone."""
    if not path:
        return []
    unit = restated_unit(path[-1]) if len(path) > 1 else None
    if unit is not None:  # 供地面积 over 公顷: 供地面积（公顷）, as a person reads a unit row under a header
        path = (*path[:-2], f"{path[-2]}({unit.written})")
    if len(path) > 1 and normalise(path[-1]) in _WHOLE_CHILD:  # 1-6月累计完成投资 over 合计 | 其中：设备购置
        path = path[:-1]
    if len(path) > 1 and (own := own_months(path[-1])) is not None and not PLAN_RE.search("".join(path)):
        # 工业总产值 ▸ 二季度 | 上年二季度: the parent's figure of a quarter's own months (上年: last year's), read as
        # the parent so that the header is found — and then set aside or asked (beizeng.intake.identify._own_months)
        rest = path[-1].replace(own[0], "", 1)
        path = (*path[:-1], rest) if normalise(rest) else path[:-1]
    if len(path) == 1:
        return [(path[0], 1.0)]
    child, parent = path[-1], path[-2]
    out = [("".join(path), 1.0), (child + parent, 1.0)]
    if len(path) > 2:
        out += [(parent + child, 0.97), (path[0] + child, 0.97)]
    out += [(child, CHILD_ALONE)]
    if not normalise(child).startswith("其中"):  # a 其中 column is a part of its parent, never the parent
        out += [(parent, PARENT_ALONE)]
    if any(_RANKED in _quals(normalise(t)) for t in path):
        # a rank at any level is never dropped: 规上工业总产值增速 ▸ 排名 is the county's place, not the growth its
        # parent names (read as the parent alone it would take the growth's column and push the growth aside)
        out = [(t, f) for t, f in out if _RANKED in _quals(normalise(t))]
    return out


def path_scores(form: FormSpec, path: Sequence[str]) -> dict[str, float]:
    """Form column → best score of any reading of the path; a unit written at any level counts."""
    unit = next((u for u in map(_unit_of, reversed(path)) if u), None)
    best: dict[str, float] = {}
    for text, factor in path_texts(path):
        if unit is not None and _unit_of(text) is None:
            text = f"{text}({unit})"
        for name, s in text_scores(form, text).items():
            s *= factor
            if s > best.get(name, 0.0):
                best[name] = s
    return best


@dataclass
class Assignment:
    """Which sheet column holds which form column, with its score, and the form columns two sheet
    columns are equally likely to hold (asked, not guessed)."""

    columns: dict[str, int]
    scores: dict[str, float]
    ties: dict[str, list[int]]

    @property
    def total(self) -> float:
        return sum(self.scores.values())


def assign(matrix: dict[int, dict[str, float]], threshold: float = THRESHOLD) -> Assignment:
    """The assignment of sheet columns to form columns with the highest total score.

    Greedy from the best pair down, then improved by exchanges until none raises the total: the
    matrices are small (a form has ≤ 15 columns) and nearly diagonal, where this reaches the optimum.
    """
    pairs = sorted(((s, c, name) for c, row in matrix.items() for name, s in row.items() if s >= threshold),
                   key=lambda p: (-p[0], p[1]))
    by_col: dict[int, str] = {}
    by_name: dict[str, int] = {}
    for _s, c, name in pairs:
        if c in by_col or name in by_name:
            continue
        by_col[c] = name
        by_name[name] = c

    def score(c: int, name: str) -> float:
        s = matrix.get(c, {}).get(name, 0.0)
        return s if s >= threshold else -1.0

    improved = True
    rounds = 0
    while improved and rounds < 5:
        improved, rounds = False, rounds + 1
        for s, c2, name in pairs:
            cur = by_name.get(name)
            if cur is None:  # unassigned: take c2, moving its holder to a free column it also fits
                holder = by_col.get(c2)
                free = [(s3, c3) for s3, c3, n3 in pairs if n3 == holder and c3 not in by_col]
                if holder is None or not free:
                    continue
                s3, c3 = max(free)
                if s + s3 - score(c2, holder) > 1e-9:
                    by_name[holder], by_col[c3] = c3, holder
                    by_name[name], by_col[c2] = c2, name
                    improved = True
                continue
            if cur == c2:
                continue
            other = by_col.get(c2)
            if other is None:
                gain = s - score(cur, name)
            elif score(cur, other) < 0:
                continue  # the column moved aside would be lost, which never raises the total (all ≥ threshold)
            else:
                gain = s + score(cur, other) - score(cur, name) - score(c2, other)
            if gain > 1e-9:
                del by_col[cur]
                by_name[name], by_col[c2] = c2, name
                if other is not None:
                    by_name[other], by_col[cur] = cur, other
                improved = True
    scores = {name: matrix[c][name] for name, c in by_name.items()}
    ties: dict[str, list[int]] = {}
    for name, c in by_name.items():
        s = scores[name]
        rivals = [c2 for c2, row in matrix.items() if c2 != c and c2 not in by_col and abs(row.get(name, 0.0) - s) < TIE]
        if rivals:
            ties[name] = sorted([c, *rivals])
    return Assignment(by_name, scores, ties)


# ---------------------------------------------------------------------------------------------
# What a return's columns mean for its checking: filled from the context, missing, or asked about
# ---------------------------------------------------------------------------------------------

IMPLIED_FROM_ZH = {"sender": "填报单位", "period_year": "报表期间", "unit": "单位行", "title": "标题"}


def feeds(form: FormSpec) -> dict[str, tuple[Indicator, ...]]:
    """Form column → the indicators that read NULL when a return lacks it, read off the SQL models
    (``beizeng.store.sql_lineage``: NULL followed CTE by CTE, stopped by a fallback, a count or a guard).

    Derived, not declared: a model that starts reading a column makes a missing column of that name
    a warning naming exactly the figures it leaves empty, with nothing else to keep in step.
    """
    return _feeds(form.code, tuple(c.name for c in form.columns))


def skews(form: FormSpec) -> dict[str, tuple[Indicator, ...]]:
    """Form column → the indicators computed from it that do *not* read NULL without it, but wrongly (a
    count of started projects over a missing 是否开工 is 0): said as a warning of their own."""
    return _feeds(form.code, tuple(c.name for c in form.columns), uses=True)


@cache
def _feeds(code: str, names: tuple[str, ...], uses: bool = False) -> dict[str, tuple[Indicator, ...]]:
    rules = Rules()
    sql_lineage.configure({**{f"rank_basis_{k}": v for k, v in rules.rank_basis.items()},
                           "time_progress": rules.time_progress, "in_stats_denominator": rules.in_stats_denominator})
    cat = catalogue()
    codes = frozenset(cat)
    out: dict[str, tuple[Indicator, ...]] = {}
    # the measures the form's columns are of (va_yoy_pct, output_yoy_pct: va_, output_), by the indicators' prefixes
    families = {f for f in (n.split("_")[0] + "_" for n in names) if any(c.startswith(f) for c in codes)}
    for name in names:
        # a column of a family (va_yoy_pct beside output_yoy_pct) reaches the shared views (city_ranks) whose
        # rows are per measure: only its own family's figures are its own.  A form of one measure has no such
        # views: fai_projects' invest_cum is not attraction's invest_… (it reaches fai_cum through fai_counted)
        prefix = name.split("_")[0] + "_"
        family = prefix if prefix in families and len(families) > 1 else None
        found = sql_lineage.null_indicators(SQL_DIR / "models", code, name, codes, family=family)
        if uses:
            found = sql_lineage.null_indicators(SQL_DIR / "models", code, name, codes, True, family) - found
        inds = tuple(cat[c] for c in sorted(found, key=list(cat).index))
        if inds:
            out[name] = inds
    return out


@dataclass
class ColumnFacts:
    """The outcome for the form's columns of one return: values the context supplies, and problems."""

    implied: dict[str, tuple[Any, str]]  # column name → (value, where it came from, in Chinese)
    problems: list[Problem]


def column_facts(form: FormSpec, columns: dict[str, int], ties: dict[str, list[int]], headers_at: dict[int, str],
                 header_row: int, *, sender: Sender | None, period: str | None, unit: str | None, file: str,
                 sheet: str, title: str = "", carried: dict[str, list[int]] | None = None,
                 place: str | None = None, line: str = "列") -> ColumnFacts:
    """Fill the columns the layout leaves implicit, and say what each missing or doubtful column means.

    - implicit (``implied_by``): filled from the sender, the period, the 单位 line or the title (``title``:
      the lines above the header, and the sheet and file names), with a note; a flag ``told_by`` a column
      that is there is read row by row from it (beizeng.intake.normalise), with a note;
    - missing and needed (``FormSpec.needs``): an error, but the cells are still checked (all at once);
    - missing and feeding indicators: a warning naming them (they read empty, never as zero);
    - missing otherwise: a note;
    - two sheet columns equally likely: an error asking which, naming both.

    ``carried``: the columns the table's section headings give (beizeng.intake.tables.carry_sections), each with
    the headings' rows: read from them, with a note.  ``place``: the one township the title, sheet or file name
    names — a department's ledger of one township (东镇2026年1-6月企业培育台账 from 工信局) is that township's rows.
    ``line``: what a field of the form is on the file — a column (列), a row of a table laid the other way round
    (行: 指标 | 单位 | 本月 … down the side), a line of a card (项) — so that a missing one is named as the clerk
    sees it (“表中没有“增速”行”).
    """
    turned = line != "列"
    implied: dict[str, tuple[Any, str]] = {}
    problems: list[Problem] = []
    row = header_row + 1
    needed: list[Column] = []
    for col in form.columns:
        if col.name in columns or (col.named_by and col.named_by in columns):
            continue  # (a code column named_by its names is read from them: beizeng.intake.normalise)
        if carried and col.name in carried:
            said = "、".join(map(str, carried[col.name][:5])) + ("等" if len(carried[col.name]) > 5 else "")
            problems.append(Problem("info", "implied_column",
                                    f"表中没有“{col.header}”{line}，按各行上方的分节标题（第{said}行）读取",
                                    f"如不对，请加上“{col.header}”{line}", file=file, sheet=sheet, row=row,
                                    column=col.header))
            continue
        value: Any = None
        source = col.implied_by
        if col.implied_by == "sender" and sender is not None and sender.kind == "township":
            value = sender.name
        elif col.implied_by == "sender" and col.kind == "township" and place:
            value, source = place, "title"
        elif col.implied_by == "period_year" and period:
            value = int(period[:4])
        elif col.implied_by == "unit" and unit:
            value = unit
        elif col.implied_by == "title":
            value = named_in(" ".join((title, sheet, file)), col)
        if value is None and col.told_in(columns) and col.told_by:
            told = form.column(col.told_by).header
            implied[col.name] = (None, f"“{told}”")
            problems.append(Problem("info", "implied_column",
                                    f"表中没有“{col.header}”{line}，按“{told}”是否填写读取（填了的为“是”，没填的为“否”）",
                                    f"如不对，请加上“{col.header}”{line}", file=file, sheet=sheet, row=row,
                                    column=col.header))
            continue
        if value is None and col.told_in(columns):  # a stage told by the dates of its steps (dated_by)
            steps = [(stage, headers_at.get(columns[c], form.column(c).header)) for stage, c in col.dated_by
                     if c in columns]
            implied[col.name] = (None, "、".join(f"“{h}”" for _, h in steps))
            listed = "、".join(f"“{h}”（{stage}）" for stage, h in steps)
            problems.append(Problem("info", "implied_column",
                                    f"表中没有“{col.header}”{line}，按各步骤的日期读取：{listed}中填了日期的最后一步为"
                                    f"{col.header}，都没有填日期的为“{col.dated_by[0][0]}”",
                                    f"如不对，请加上“{col.header}”{line}", file=file, sheet=sheet, row=row,
                                    column=col.header))
            continue
        if value is not None and source is not None:
            where = IMPLIED_FROM_ZH[source]
            implied[col.name] = (value, where)
            problems.append(Problem("info", "implied_column", f"表中没有“{col.header}”{line}，按{where}填为“{value}”",
                                    f"如不对，请加上“{col.header}”{line}", file=file, sheet=sheet, row=row,
                                    column=col.header))
            continue
        if form.needs(col):
            needed.append(col)
            continue
        figures, skewed = feeds(form).get(col.name, ()), skews(form).get(col.name, ())
        if figures:
            problems.append(Problem("warning", "missing_column_feeds",
                                    f"表中没有“{col.header}”{line}，这些指标因此无法计算、将显示为空：{_listed(figures)}",
                                    f"请补上“{col.header}”{line}后重新报送", file=file, sheet=sheet, row=row,
                                    column=col.header))
        if skewed:
            problems.append(Problem("warning", "missing_column_skews",
                                    f"表中没有“{col.header}”{line}，这些指标按该{line}未填计算、可能不准：{_listed(skewed)}",
                                    f"请补上“{col.header}”{line}后重新报送", file=file, sheet=sheet, row=row,
                                    column=col.header))
        if not figures and not skewed:
            problems.append(Problem("info", "missing_optional_column", f"表中没有“{col.header}”{line}（选填），按未填读取",
                                    file=file, sheet=sheet, row=row, column=col.header))
    for col in needed:  # one problem per column: each is one question the clerk answers (beizeng.intake.layouts)
        problems.append(Problem("error", "missing_columns",
                                f"《{form.title}》缺少必填{line}“{col.header}”{'' if turned else f'（表头在第{row}行）'}"
                                "，没有它本表的数据无法计算",
                                f"请按模板补上这一{line}（{'名称' if turned else '表头'}文字可与模板略有不同"
                                + ("，如" + "".join(f"“{a}”" for a in col.aliases[:2]) if col.aliases else "") + "）；"
                                + (f"如果表中有这一行只是写法不同，请把它的名称改为“{col.header}”" if turned else
                                   "如果表中有这一列只是写法不同，请在反馈表的「表头对照」中填写它的列字母"),
                                file=file, sheet=sheet, row=row, column=col.header))
    for name, cols in ties.items():
        col = form.column(name)
        both = "和".join(f"{col_letter(c)}列“{headers_at.get(c, '')}”" for c in cols)
        units_said = {m.group(1) for c in cols if (m := UNIT_RE.search(headers_at.get(c, "")))}
        why = "（单位不同，不能合在一起读）" if len(units_said) > 1 else ""  # two tables side by side in 万元 and 亿元
        problems.append(Problem("error", "ambiguous_column", f"{both}都可能是“{col.header}”{why}，无法判断应读哪一列",
                                f"请把其中要报送的一列的表头改为“{col.header}”，另一列改名或删去"
                                + ("；如果两列都要报送，请换算成同一单位" if why else "")
                                + "；也可以不改报表，在反馈表的「表头对照」中填写要读的列字母（网上报送的，在结果页上选出这一列）",
                                file=file, sheet=sheet, row=row, col=cols[0], column=col.header))
    return ColumnFacts(implied, problems)


def _listed(figures: tuple[Indicator, ...]) -> str:
    listed = list(dict.fromkeys(i.name for i in figures))
    return "、".join(listed[:6]) + (f"等{len(listed)}项" if len(listed) > 6 else "")


def named_in(title: str, col: Column) -> str | None:
    """The one choice of an enum column (or one of its ``words``) that a title names, else None: the list
    of 工业用地供应情况统计表 is all 工业用地供应; a title naming two choices, or none, implies nothing."""
    found = named_all(title, col)
    return found.pop() if len(found) == 1 else None


def named_all(title: str, col: Column) -> set[str]:
    """Every choice of an enum column (or one of its ``words``) a title names: 专精特新 names both 专精特新小巨人 and
    省级专精特新 (``named_in`` takes only one)."""
    from beizeng.base.enums import enum_key

    folded = enum_key(title)
    meant = {c: c for c in col.choices or ()} | {w: m for w, m in col.words if isinstance(m, str)}
    return {m for w, m in meant.items() if enum_key(w) and enum_key(w) in folded}


def absent(form: FormSpec, columns: Collection[str], implied: dict[str, tuple[Any, str]]) -> list[Column]:
    """Form columns neither on the sheet nor filled from the context: their cells are not checked one by
    one (``column_facts`` said what their absence means, once)."""
    return [c for c in form.columns if c.name not in columns and c.name not in implied
            and not (c.named_by and c.named_by in columns)]


def needed_absent(form: FormSpec, gone: Sequence[Column], frame: pl.DataFrame, excel_rows: Sequence[int],
                  unread: Sequence[tuple[int, str]], *, header_row: int, file: str, sheet: str) -> list[Problem]:
    """An absent figure column that a row of the return needs (``required_when``: a fund row's 金额, a parcel's 供地面积):
    one error per column naming the rows and the sheet columns left unread — never rows stored without the figure
    they are counted by because no column was matched (a cash book's 发生额 unknown, its amounts all dropped).

    ``absent`` keeps its cells from being checked one by one, so the rule is read here on the rows; the code is
    ``missing_columns``: the clerk answers it by a letter (``beizeng map``, the feedback's 表头对照)."""
    out: list[Problem] = []
    names = {c.name for c in gone}
    for rule in form.reached:
        if rule.column not in names or rule.state not in frame.columns or form.column(rule.column).kind not in FIGURE_KINDS:
            continue  # a stage's date absent (开工日期 beside 是否开工) stands on the flag: said once, not asked
        rows = [excel_rows[i] for i, hit in enumerate(frame[rule.state].is_in(list(rule.states)).to_list()) if hit]
        if not rows:
            continue
        col, state = form.column(rule.column), form.column(rule.state)
        kinds = "、".join(dict.fromkeys(str(v) for v in frame[rule.state].to_list() if v in rule.states))
        listed = "、".join(f"{col_letter(c)}列“{h}”" for c, h in unread)
        where = f"；表中未读取的列：{listed}" if listed else ""
        shown = "、".join(str(r) for r in rows[:5]) + ("等" if len(rows) > 5 else "")
        out.append(Problem("error", "missing_columns",
                           f"表中没有“{col.header}”列，但第{shown}行（{len(rows)}行）的{state.header}是{kinds}，"
                           f"须填写{col.header}{where}",
                           f"请把记{col.header}的一列的表头改为“{col.header}”后重新报送；也可以不改报表，在反馈表的"
                           "「表头对照」中填写这一列的列字母", file=file, sheet=sheet, row=header_row,
                           column=col.header))
    return out


def fill_columns(form: FormSpec, frame: pl.DataFrame, columns: Collection[str],
                 implied: dict[str, tuple[Any, str]]) -> pl.DataFrame:
    """The typed frame with implicit columns filled from the context and absent ones empty.

    Absent means unknown, never a default: a missing 是否开工 column must leave 开工率 empty, not 0 %
    (the normaliser reads a blank flag as 否, which is right for a blank cell, wrong for no column).
    """
    fills = [pl.lit(value, dtype=form.column(name).dtype).alias(name) for name, (value, _) in implied.items()
             if not form.column(name).told_in(columns)]  # normalise read those
    fills += [pl.lit(None, dtype=c.dtype).alias(c.name) for c in absent(form, columns, implied)]
    return frame.with_columns(fills) if fills else frame
