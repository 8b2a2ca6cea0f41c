"""Units: every unit a return may write, its dimension and its exact factor — the one place that says so.

A figure is stored in its column's unit (``beizeng.base.forms.column``'s ``unit``: 万元, 亩, %, 户 …).  What the
return wrote — a header's brackets ``供地面积（公顷）``, a ``单位：亿元`` line, or the cell itself
``1.5亿元`` — is converted by the factors below; a unit of another dimension (亩 over an amount), or one
this table does not know (英亩), is refused, never stored as if it were the column's.

The factors are exact, by definition rather than by rounding:
- money: 1 亿元 = 10,000 万元; 1 万元 = 10 千元 = 10,000 元;
- area: 1 公顷 = 15 亩 (1 亩 = 10,000/15 m² = 666.67 m²), so 1 m² = 0.0015 亩 and 1 km² = 1,500 亩;
- rates: 1 ‰ = 0.1 %;
- counts: 户, 个, 家, 宗, 项 are all "how many", factor 1.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Dimension = Literal["money", "area", "rate", "count"]

#: unit as written (after NFKC, lower case) → (dimension, factor to the dimension's base unit, canonical spelling)
#: Bases: 万元, 亩, %, 1.  Longest spellings are tried first (see ``_CELL_RE``).
UNITS: dict[str, tuple[Dimension, Decimal, str]] = {
    "元": ("money", Decimal("0.0001"), "元"),
    "千元": ("money", Decimal("0.1"), "千元"),
    "万元": ("money", Decimal(1), "万元"),
    "万": ("money", Decimal(1), "万元"),
    "亿元": ("money", Decimal(10000), "亿元"),
    "亿": ("money", Decimal(10000), "亿元"),
    "亩": ("area", Decimal(1), "亩"),
    "公顷": ("area", Decimal(15), "公顷"),
    "ha": ("area", Decimal(15), "公顷"),
    "hm2": ("area", Decimal(15), "公顷"),
    "hm²": ("area", Decimal(15), "公顷"),
    "平方米": ("area", Decimal("0.0015"), "平方米"),
    "平米": ("area", Decimal("0.0015"), "平方米"),
    "m2": ("area", Decimal("0.0015"), "平方米"),
    "m²": ("area", Decimal("0.0015"), "平方米"),
    "㎡": ("area", Decimal("0.0015"), "平方米"),
    "平方公里": ("area", Decimal(1500), "平方公里"),
    "km2": ("area", Decimal(1500), "平方公里"),
    "km²": ("area", Decimal(1500), "平方公里"),
    "%": ("rate", Decimal(1), "%"),
    "百分比": ("rate", Decimal(1), "%"),
    "‰": ("rate", Decimal("0.1"), "‰"),
    "户": ("count", Decimal(1), "户"),
    "个": ("count", Decimal(1), "个"),
    "家": ("count", Decimal(1), "家"),
    "宗": ("count", Decimal(1), "宗"),
    "项": ("count", Decimal(1), "项"),
}
#: The largest amount one row of a return can hold, in 万元 (the money columns' unit), stated once for every form's
#: ``le=``: one enterprise's output or one project's investment above 1,000 亿元 — or one county's or the city's
#: total above 100,000 亿元 — is a unit typed wrong (元 under a （万元） header, 万元 under （亿元）), never a figure
#: of a county's doubling plan, and is refused on its cell rather than stored 10,000 times too large.
MOST_PER_ROW = 10_000_000
MOST_PER_AREA = 1_000_000_000
#: The least the largest amount of a return can be, in 万元, when its unit (元, 千元) is said only in its sheet's name
#: or a note under it (「6月(元)」, 注：本表金额单位为元): a return whose every amount read so is under 1 万元 — no
#: project's 1-6月 investment of 800 元, no enterprise's output of 5,000 元 — holds 万元 figures under a stale 元,
#: and is asked (``normalise``'s unit_doubtful) rather than stored 10,000 times too small.
LEAST_LARGEST = Decimal(1)
#: The least amount other than 0, in 万元, that a column ``least=`` this can truly hold: one project's 计划总投资, one
#: enterprise's 1-N月 output or one land deal's or fund transfer's amount under 1 万元, one county's or the city's half-year 规上 output or 工业固投 under 1,000 万元,
#: is a figure typed in 亿元 and read in 万元 (0.3 for 0.3 亿元), asked on its cell (``normalise``'s too_small).
LEAST_PER_ROW = 1
LEAST_PER_AREA = 1_000
#: The most one row of a county's return usually holds, in 万元 (100 亿元), on a column ``usual_most=`` this: one
#: project's 计划总投资 or one enterprise's 1-N月 output.  A table MOST of whose rows exceed it (two small firms' 4,800,000
#: and 3,900,000 under 单位：万元 — 480 亿元 each — or a township's projects at 800 亿元) holds 元 figures read as 万元, and
#: its unit is asked (``normalise``'s unit_doubtful); between this and ``MOST_PER_ROW`` a single row may be true.
USUAL_MOST_PER_ROW = 1_000_000
#: The same for one land deal's price or one transfer of the county's fund (factors' 金额), in 万元 (10 亿元): a firm's
#: award of 500,000 under 单位：万元 (50 亿元, 1,667 times the other transfers) is 元.
USUAL_MOST_PER_DEAL = 100_000
#: How many times the median of a table's other rows one row over ``USUAL_MOST_PER_ROW`` may be before its unit is
#: asked on its cell (normalise's too_large): a firm's row pasted in 元 among firms in 万元 is 10,000 times its true
#: size — 4,800,000 beside 2,100 to 7,800 — where a county's true giant stands some tens of times above its neighbours.
ABOVE_OTHERS = 100
#: The most one enterprise's 奖补资金 can be, in 万元 (1 亿元): more than a county's whole yearly fund for its plan, so
#: a larger grant is 元 typed under 万元 (200,000 元 read as 20 亿元), refused on its cell like ``MOST_PER_ROW``.
MOST_GRANT = 10_000
#: How far apart two figures of one row that are of the same order (``Roles.same_order``: 营业收入 beside 总产值,
#: 上年同期 beside 1-N月) may be before, on most rows of a table, it is one column's unit that is wrong (10,000 × for
#: 亿元 read for 万元).
APART = Decimal(1000)
#: A growth rate (同比增速, %) below this is impossible — a figure that fell to nothing fell by 100 %, never more: refused
#: on its cell.  The one floor of every stated growth, a city table's column (``Roles.growth``) or a growth target
#: (sql/catalogue.toml ``growth``): beizeng.intake.normalise.growth_doubt.
GROWTH_LEAST = Decimal(-100)
#: The most a county's stated growth usually is, in %: above it (1250 typed for 12.5, 8.7 shown as 870 % by a cell's
#: percent format) a growth is asked on its cell and not taken as typed unless the amounts beside it give it too —
#: ranked first in the city or set as a year's target, a slip would lead the report.
GROWTH_USUAL_MOST = Decimal(200)
#: The base unit of each dimension and its Chinese name, for messages.
BASE: dict[Dimension, str] = {"money": "万元", "area": "亩", "rate": "%", "count": "个"}
DIMENSION_ZH: dict[Dimension, str] = {"money": "金额", "area": "面积", "rate": "百分比", "count": "个数"}

#: What a bracket at a header's end holds when it is a unit nobody listed (英亩, 平方英尺, acre, 千公顷):
#: refused rather than read as the column's unit.  Any bracket without these is a note (（备案号）, （是/否）).
_UNIT_LIKE = re.compile(r"^(?:[千万亿百]?[元亩顷]|.{0,3}(?:亩|顷|平方|米|元|‰|%)|[a-z]{1,5}[23²³]?)$")
_BRACKET_END = re.compile(r"[（(\[【]\s*([^（()）\]】]{1,8}?)\s*[)）\]】]")
_LABEL = re.compile(r"^(?:计量)?(?:金额|面积)?单位[:：]?")
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
_CELL_RE = re.compile(rf"^({_NUMBER})\s*(" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
                      + r")$", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A unit as a return wrote it, known or not."""

    written: str
    dimension: Dimension | None  # None: a unit this table does not know
    factor: Decimal  # to the dimension's base unit (1 when unknown)
    name: str  # canonical spelling (万元 for 万), or as written when unknown


def _fold(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text)).lower()


def lookup(text: str) -> Unit:
    """A unit word, known or not: 公顷, ha, ㎡, 亿, ‰ … (``单位：`` in front is ignored)."""
    folded = _LABEL.sub("", _fold(text))
    folded = folded.replace("m^2", "m2").replace("％", "%")
    found = UNITS.get(folded)
    if found is None:
        return Unit(text.strip(), None, Decimal(1), text.strip())
    return Unit(text.strip(), found[0], found[1], found[2])


def in_header(text: str) -> Unit | None:
    """The unit in a header's brackets (供地面积（公顷） → 公顷, 面积(ha) → 公顷, 面积（英亩） → unknown 英亩),
    or None when its brackets hold no unit at all (项目代码（备案号））."""
    for m in reversed(list(_BRACKET_END.finditer(unicodedata.normalize("NFKC", text)))):
        unit = lookup(m.group(1))
        if unit.dimension is not None or _UNIT_LIKE.match(_fold(m.group(1))):
            return unit
    return None


def in_cell(text: str) -> tuple[str, Unit] | None:
    """A figure typed with its unit (1.5亿元, 2300万, 3.5公顷, 12户): (the number as text, its unit), else None.
    ``text`` has had its separators removed."""
    m = _CELL_RE.match(text)
    if not m:
        return None
    return m.group(1), lookup(m.group(2))


def dimension_of(kind: str, unit: str | None) -> Dimension | None:
    """The dimension of a form column, by its kind and declared unit: money, rates, and the measured
    quantities and counts whose unit the schema states (亩, 户, 个).  None: a column with no unit."""
    if kind == "money":
        return "money"
    if kind == "pct":
        return "rate"
    if unit:
        return lookup(unit).dimension
    return None


class UnitError(ValueError):
    """A unit a column cannot take: of another dimension, or unknown.  The message is for the clerk."""

    def __init__(self, message: str, fix: str, code: str):
        super().__init__(message)
        self.message, self.fix, self.code = message, fix, code


def factor(written: Unit, dimension: Dimension, stored_in: str | None) -> Decimal:
    """What a figure written in ``written`` is multiplied by to be stated in ``stored_in`` (the column's unit).

    The one rule for every column with a unit: a known unit of the column's dimension converts exactly;
    a unit of another dimension or an unknown one is an error (``UnitError``), never a factor of 1."""
    target = lookup(stored_in) if stored_in else Unit(BASE[dimension], dimension, Decimal(1), BASE[dimension])
    if written.dimension is None:
        known = "、".join(sorted({n for d, _, n in UNITS.values() if d == dimension}, key=len))
        raise UnitError(f"单位“{written.written}”无法识别，不能换算为{target.name}",
                        f"请按{target.name}填写（可用的单位：{known}）", "unit_unknown")
    if written.dimension != dimension or target.dimension != dimension:
        raise UnitError(f"单位“{written.name}”不是{DIMENSION_ZH[dimension]}的单位（本列以{target.name}计）",
                        f"请核对表头或单元格的单位，本列按{target.name}填写", "unit_mismatch")
    return written.factor / target.factor


def convert(value: Decimal, written: Unit, dimension: Dimension, stored_in: str | None) -> Decimal:
    """``value`` written in ``written``, in the unit ``stored_in``: exact (2.0 公顷 is 30 亩, 1.5 亿元 15,000 万元)."""
    return value * factor(written, dimension, stored_in)
