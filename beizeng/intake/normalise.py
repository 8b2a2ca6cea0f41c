"""Turn what clerks type into typed values: one parser per column kind, every failure a Problem.

Real returns carry numbers typed as text with separators and full-width digits, "—"/"/"/"无" for
nothing, percentages as 12.5% or 0.125, dates as serials or "2026.3.1", flags as 是/√/Y/1.  A cell
that cannot be read becomes null *and* an error naming its cell, so nothing is silently dropped.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import Any

import polars as pl

from beizeng.base import units
from beizeng.base.config import Config
from beizeng.base.enums import enum_key
from beizeng.base.forms import CatalogueUnit, Column, FormSpec
from beizeng.base.identifiers import IndustryCodeError, industry_code, industry_name_clash
from beizeng.base.names import MARKS, likely, read_name, whole_places
from beizeng.base.periods import (
    add_months,
    day_after,
    month_label,
    month_of,
    read_month,
    read_year,
    year_of,
)
from beizeng.base.problems import Problem, Severity, col_letter, column_span
from beizeng.intake.reader import NOTHING, clean_text, header_key, percent_formatted
from beizeng.intake.shown import Format, scaled
from beizeng.intake.statements import row_statements, stated
from beizeng.intake.tables import Table, written_unit
from beizeng.store.catalogue import catalogue, match_target, same_dimension

#: Of NOTHING, the marks a clerk writes *for zero* in an amount or count ("—" on a project not started);
#: the rest ("未填", "n/a", "空", "…") say the figure is not there.  What they mean in a given column is
#: the column's declaration (``beizeng.base.forms.column``'s ``blank``), not this list.
ZERO_MARKS = {"—", "——", "-", "--", "－", "/", "／", "无", "\\", "─", "━", "—/—", "--/--", "暂无"}
#: The kinds whose "no figure" can be zero, and the zero each stores.
_ZERO: dict[str, Any] = {"money": Decimal(0), "number": Decimal(0), "int": 0}
#: 是/否 in any flag column; 属于 / 不属于 answer a 是否（属于）X question with its subject left out (技改情况 不属于),
#: as 是 / 不是 do (with the subject said, the column's own words: ``beizeng.base.forms._answers_by_subject``).
TRUE_WORDS = {"是", "√", "✓", "✔", "☑", "y", "yes", "1", "true", "对", "有", "已", "已开工", "已纳统", "已入库", "t",
              "是的", "对的", "有的", "属于"}
FALSE_WORDS = {"否", "×", "✗", "✘", "☐", "x", "n", "no", "0", "false", "未", "未开工", "未纳统", "未入库", "f",
               "没有", "不是", "不", "非", "不属于", "不属"}
#: A tick a clerk puts beside or inside one of two printed answers (是（√）否（ ）, ☑是 □否).
_TICKS = "√✓✔☑■"
_BOX_FIRST = re.compile(rf"([{_TICKS}□☐])(是|否)")  # ☑是 □否
_BOX_AFTER = re.compile(rf"(是|否)(?:\(([^()]*)\)|([{_TICKS}□☐]?))")  # 是（√）否（ ）, 是☑ 否□
#: Money units by their canonical spelling → factor to 万元 (the table itself is ``beizeng.base.units``).
UNIT_FACTORS = {name: f for name, (dim, f, canonical) in units.UNITS.items() if dim == "money" and name == canonical}
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA")
#: Money is stored with 4 decimals (1/10000 万元 = 1 yuan) and at most 14 digits before the point.
MONEY_QUANTUM = Decimal("0.0001")
MONEY_MAX = Decimal(10) ** 14
#: A code longer than this typed as a number has lost its last digits in Excel (15 significant digits).
CODE_AS_NUMBER_MIN = 10 ** 15

_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?(?:\s.*)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
#: A note in brackets at the end of a value, as the column's own description writes the choices
#: (专精特新小巨人（国家级）, 技改奖励资金（省级中小企业技术改造奖励资金申报）); clean_text has made （） ().
_TRAILING_NOTE = re.compile(r"\s*[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]\s*$")
_CODE_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "―": "-", "‐": "-", "‑": "-"})
_MINUS = str.maketrans({"−": "-", "－": "-", "﹣": "-"})
_CURRENCY = re.compile(r"^(?:¥|rmb|人民币)", re.IGNORECASE)
#: Capital numerals as written on cheques and contracts (壹佰万元, 伍仟): refused as such, never as "a unit".
_CHEQUE = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]")
_BRACKETED = re.compile(r"\(([\d,.]+)\)")
#: A growth said in words before its figure (增长10.2%, 同比下降1.5%); the falling ones give the minus sign.
_GROWTH_WORDS = re.compile(r"^(?:同比|比上年|较上年|较去年)?(增长|上升|提高|增加|下降|减少|降低|回落|↑|↓|⬆|⬇)")
_FALLING = ("下降", "减少", "降低", "回落", "↓", "⬇")
#: A growth said to be none at all (持平, 同比持平, 与上年持平): 0.  "基本持平" (about level) is no figure: asked.
_LEVEL = re.compile(r"^(?:同比|与上年|与去年|与上年同期|与去年同期|比上年|较上年|较去年)?持平$")
#: Triangles: a rise in a Chinese bulletin (▲), a fall in an accountant's table (▲ for minus): asked, never guessed.
_TRIANGLES = re.compile(r"^[▲△▼▽]")
#: A target worded as a floor, as a 责任书 words it (28以上, ≥8, 不少于5, 10%及以上): the target is the floor's
#: figure, the word is dropped and said.  Only a target's cell is read so (a floor is what a target is); a ceiling
#: (以下, ≤, 不超过) or an estimate (约, 左右) is no target figure and stays asked.
_AT_LEAST = re.compile(r"^(?:(?:≥|>=|≧|不少于|不低于|不小于|至少|大于等于|大于或等于|(?:力争|确保)?(?:突破|超过|达到)|力争|确保)"
                       r"(?P<after>.+)|(?P<before>.+?)(?:及以上|或以上|以上))$")
#: A target's figure said as a rise in a 工作要点's words (增长8.5%, 同比增长10%以上): the rise is the target.
_TARGET_RISE = re.compile(r"^(?:力争|确保)?(?:同比|比上年|较上年|较去年)?(?:增长|提高|增加|上升)(?=\d)")
#: A completion percentage with the words around it (完成60%, 已完成60%, 100（已完工）): the figure is read, the
#: words said.  A note that the figure is rough (约, 预计, 左右 …) or holds a figure of its own stays asked.
_PCT_SAID = re.compile(r"^(?:(?:已完成|累计完成|完成|已达到|达到|已达)(?P<after>[\d.,%]+)|(?P<before>[\d.,%]+)\((?P<note>[^()\d]+)\))$")
_ROUGH = re.compile(r"约|预计|预估|估|左右|暂|初步|大概|大约")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")
_SHORT_YEAR = re.compile(r"(\d{2})年(\d{1,2}月(?:\d{1,2}日)?)")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")  # 6/30/2026, 30.6.2026
_SHORT_DOTTED = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{1,2})")  # 26.6.30: year, month, day (30.6.26: asked)
#: A day typed without its year: 3.15, 3月15日, 3-15, 3/15 (month first, as a Chinese clerk writes it).
_MONTH_DAY = re.compile(r"(\d{1,2})(?:[.\-/]|月)(\d{1,2})日?号?")
#: The year said in words before such a day: 去年12月28日, 上年11月5日 (the return's year less one), 今年5月20日.
_YEAR_IN_WORDS = {"去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "当年": 0}
#: The month said in words, from the return's month: 本月8日, 上月20日, 上个月.
_MONTH_IN_WORDS = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1}
#: A year's start or end said in words after a year word (去年底, 上年末, 今年初, 年初): its first or last month.
_YEAR_ENDS = {"初": 1, "年初": 1, "底": 12, "年底": 12, "末": 12, "年末": 12}


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message says what was expected."""

    def __init__(self, message: str, fix: str, code: str = "bad_value"):
        super().__init__(message)
        self.message, self.fix, self.code = message, fix, code


def is_nothing(value: Any) -> bool:
    """Blank, "—", "/", "无" …: the ways clerks write "no figure", which must load as null, not as an error."""
    return value is None or (isinstance(value, str) and clean_text(value).lower() in NOTHING)


def nothing_means_zero(col: Column, value: Any) -> bool:
    """Whether a cell with no figure (``is_nothing``) reads as 0 in this column, by its ``blank`` declaration:
    "—"/"/"/"无" are zero unless the column says "unknown"; an empty cell only where it says "zero"."""
    if col.kind not in _ZERO or col.blank == "unknown":
        return False
    written = clean_text(value) if value is not None else ""
    return col.blank == "zero" or written in ZERO_MARKS


#: The marks a clerk flags a name or a figure with (★为重点项目, ※ 预估数, * 见备注): defined with the names' rule.
_MARKS = MARKS
#: Marks after a name (西镇甲项目★, with ★为倍增重点项目 under the table): no part of the name.
_NAME_MARK = re.compile(rf"(?<=\S)\s*[{_MARKS}]+$")
#: A figure followed by a footnote mark that is no digit (1200※, 300*, 860注1, 45△): the mark, named in the question.
_MARKED = re.compile(rf"(?P<number>-?[0-9]+(?:\.[0-9]+)?)(?P<mark>[{_MARKS}#＃]+|\(?注[0-9]*\)?)")


def _folds_to_digit(ch: str) -> bool:
    """A character that is no plain digit but that Unicode folding turns into one (①, ², ⑴)."""
    return ch.isdigit() and not ("0" <= ch <= "9" or "０" <= ch <= "９") and \
        any(d.isdigit() for d in unicodedata.normalize("NFKC", ch))


#: Chinese text with full-width punctuation: quoted as the clerk typed it (是，但尚未入库 — folding would show 是,但…).
_CN_WITH_PUNCT = re.compile(r"[\u4e00-\u9fff][^\n]*[，；：（）！？]|[，；：（）！？][^\n]*[\u4e00-\u9fff]")


def _quoted_as_typed(value: str) -> bool:
    """Whether a cell's text is quoted in its problem as typed rather than folded: where folding would change a digit
    (450² is no "4502") or the full-width punctuation of Chinese words."""
    return any(map(_folds_to_digit, value)) or bool(_CN_WITH_PUNCT.search(value))


def _marks_read_as_digits(value: Any) -> None:
    """A footnote mark typed after a figure (450①, 100², 3⑴) that Unicode folding would turn into a digit
    (450① → 4501): asked on its cell before any folding, never read as part of the number."""
    if not isinstance(value, str) or value.isascii():
        return
    for ch in value:
        if _folds_to_digit(ch):
            number = re.sub(r"[^0-9０-９.,，\-−]", "", value.replace(ch, ""))
            raise CellError(f"数字里有注释符号“{ch}”（会被误读成数字{unicodedata.normalize('NFKC', ch)}）",
                            f"格子里只填数字{('（如 ' + number + '）') if number else ''}，注释写到备注栏或表下", "not_a_number")


def parse_decimal(value: Any) -> Decimal:
    """An exact number from a float cell (via its shortest repr) or from text with separators and units
    refused, because a figure with the unit in it is ambiguous against the sheet's unit line."""
    _marks_read_as_digits(value)
    if isinstance(value, bool):
        raise CellError("应为数字，不能是逻辑值", "填写数字")
    if isinstance(value, float) and not math.isfinite(value):  # <v>NaN</v> or an overflow read as inf
        raise CellError("不是数字（单元格里是无效的数值 NaN/无穷大）", "重新填写数字", "not_a_number")
    if isinstance(value, int | float):
        return Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        raise CellError("应为数字，单元格却是日期格式", "把单元格格式改为“数值”后重新填写数字", "not_a_number")
    raw = clean_text(value)
    if raw.upper() in EXCEL_ERRORS:
        raise CellError(f"单元格是公式错误值 {raw.upper()}", "检查该格的公式（如除数为0、引用了已删除的单元格），或直接填写数字",
                        "formula_error")
    if _CHEQUE.search(raw):
        raise CellError("是大写数字，不能读取", "用阿拉伯数字填写（如 壹佰万元 填 100，按本列的单位）", "not_a_number")
    text = _CURRENCY.sub("", raw.translate(_MINUS))  # ¥120.50, RMB1000: the finance system's sign, the unit is the sheet's
    negative = _BRACKETED.fullmatch(text.replace(" ", ""))  # (1,200): an accountant's negative
    if negative:
        text = "-" + negative.group(1)
    text = _without_separators(text.lstrip("'"))
    for suffix in ("万元", "亿元", "千元", "元", "亩", "户", "个"):
        if text.endswith(suffix):
            raise CellError(f"数字后带了单位“{suffix}”", "只填数字，单位以表头或“单位：”行为准", "unit_in_cell")
    if text.endswith("%"):
        raise CellError("金额或数量中不能带百分号", "只填数字", "not_a_number")
    try:
        number = Decimal(text)
    except InvalidOperation:
        if marked := _MARKED.fullmatch(text.replace(" ", "")):  # 1,200※, 300*, 860注1: the mark named, not "不是数字"
            raise CellError(f"数字后有注释符号“{marked['mark']}”", f"格子里只填数字（如 {marked['number']}），注释写到备注栏或表下",
                            "not_a_number") from None
        raise CellError("不是数字", "填写阿拉伯数字（如 1234.5），没有数据的留空", "not_a_number") from None
    if not number.is_finite():
        raise CellError("不是数字", "填写阿拉伯数字", "not_a_number")
    return number


def _without_separators(text: str) -> str:
    """The figure with its thousands separators taken out — only where they ARE thousands separators.

    A Chinese clerk writes the point for decimals and a comma (or a space) every three digits: 1,200.50 and
    1 500 read.  A comma or space anywhere else says the figure was typed another way — 1 200,50 and 2.400,75
    (a European report: comma for the decimal), 12,00 or 4,80 (a comma struck for the point), 1,2000 — and is
    asked on its cell: taking the separators out would store 120,050 for 1,200.50, a hundred times off."""
    text = re.sub(r"(?<=\D)\s+|\s+(?=\D)", "", text.strip())  # only a space between two digits may be a separator
    if not re.search(r"[,， ']", text):
        return text
    number = re.match(r"^([+-]?)([\d,， ']+)(\.\d*)?(.*)$", text)
    if number is None or not re.search(r"\d", number.group(2)):
        return re.sub(r"[,， ']", "", text)  # not a figure with separators: the caller says what it is
    whole, rest = number.group(2), (number.group(3) or "") + number.group(4)
    groups = re.split(r"[,， ']", whole)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])) or re.search(r"[,， ']", rest):
        if 1 <= len(groups[0]) <= 4 and all(len(g) == 4 for g in groups[1:]) and not re.search(r"[,， ']", rest):
            joined = number.group(1) + "".join(groups) + rest  # 3,0000: grouped by 万, as Chinese is counted
            raise CellError(f"逗号每4位一个，像是按“万”分节（{joined}），看不出是不是这个数",
                            f"如果是{joined}，请去掉逗号直接填{joined}；千分位每3位一个“,”（如 30,000）",
                            "number_separator")
        raise CellError("分隔符的位置不对，看不出逗号（或空格）是千分位还是小数点",
                        "小数点用“.”，千分位每3位一个“,”（如 1,200.50），或不用千分位直接填 1200.5",
                        "number_separator")
    return number.group(1) + "".join(groups) + rest


def parse_pct(value: Any) -> tuple[Decimal, bool]:
    """A percentage in %; the flag says whether it was written with a % sign (then it is never a fraction).
    A growth said in words carries its sign in them: 增长10.2% is 10.2, 下降1.5% is −1.5, 持平 is 0."""
    _marks_read_as_digits(value)
    if isinstance(value, str) and _LEVEL.match(re.sub(r"\s", "", clean_text(value))):
        return Decimal(0), True
    if isinstance(value, str) and (said := _GROWTH_WORDS.match(re.sub(r"\s", "", clean_text(value)))):
        number, had_sign = parse_pct(re.sub(r"\s", "", clean_text(value))[said.end():])
        if number < 0:
            raise CellError("增长、下降的说法与负号重复", "只填带符号的数字，如 -1.5 或 -1.5%", "not_a_number")
        return (-number if said.group(1) in _FALLING else number), had_sign
    if isinstance(value, str) and _TRIANGLES.match(clean_text(value)):
        raise CellError("“▲”“▼”有的表表示增长、下降，有的表（会计）用“▲”表示负数，看不出是哪一种",
                        "用正负号填写，如 3.2 或 -3.2", "not_a_number")
    if isinstance(value, str) and clean_text(value).endswith("%"):
        return parse_decimal(clean_text(value)[:-1]), True
    if isinstance(value, str) and clean_text(value).replace(" ", "").endswith("百分点"):
        raise CellError("“百分点”是两个百分数之差，本列填的是百分数本身", "填百分数，如 3.2 或 3.2%", "not_a_number")
    return parse_decimal(value), False


def parse_date(value: Any) -> dt.date:
    """Dates as Excel serials, datetimes, 2026.3.1, 2026-03-01, 2026年3月1日 or 2026年3月 (the 1st)."""
    return read_date(value)[0]


def read_date(value: Any) -> tuple[dt.date, bool]:
    """The date a cell holds, and whether only its month was written (2026年6月, 2026-6, 202606, 2026.6).

    A month written in a date column is kept as the month's 1st: the schema's dates (开工日期, 供地日期 …) are
    only ever compared by month (the period's 1 January … month end, sql/models), so the month is exact where it
    counts; the caller tells the sender the day was supplied (``month_as_first``), never stores it silently."""
    if isinstance(value, dt.datetime):
        return value.date(), False
    if isinstance(value, dt.date):
        return value, False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_date(value)
    text = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?$", "", clean_text(value)).replace(" ", "")  # "2026-03-01 00:00:00"
    text = _cn_date(text)
    if short := _SHORT_YEAR.fullmatch(text):  # 26年3月(5日): this century's
        text = f"20{short.group(1)}年{short.group(2)}"
    text = text.replace("号", "日").rstrip(".")  # 2026年6月5号, 2026.6.5.
    if re.fullmatch(r"\d{5}(?:\.0+)?", text):
        return _serial(float(text)), False  # a serial number kept as text
    if (western := _DAY_MONTH_YEAR.fullmatch(text)) is not None:
        return _western_date(*(int(g) for g in western.groups())), False
    if (short := _SHORT_DOTTED.fullmatch(text)) is not None:
        text = _short_year_first(*(int(g) for g in short.groups()))
    for pat in _DATE_PATTERNS:
        m = pat.match(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
            except ValueError:
                raise CellError("日期不存在", "检查年月日是否写错", "not_a_date") from None
    month = read_month(text)  # 2026年6月, 2026.6, 202606: the 1st (the one rule of a typed month is periods')
    if month is not None:
        return dt.date(*month, 1), True
    raise CellError("不是可识别的日期", "按 2026-03-01 或 2026年3月1日 的格式填写", "not_a_date")


def _short_year_first(first: int, second: int, third: int) -> str:
    """26.6.30 as a Chinese clerk writes it: 2-digit year, month, day — when the first number can be this
    century's year (13 … next year: 12 or less could be a month) and the rest a month and a day.  30.6.26 (a
    day first, a European's short date) is asked, never stored as 2030; anything else is no date."""
    latest = dt.date.today().year % 100 + 1
    year_first = 12 < first <= latest and 1 <= second <= 12 and 1 <= third <= 31
    day_first = 12 < third <= latest and 1 <= second <= 12 and 1 <= first <= 31
    if year_first:
        return f"20{first:02d}-{second}-{third}"
    if day_first:
        raise CellError(f"看不出是20{third:02d}年{second}月{first}日还是别的写法（年份只写了两位，且写在最后）",
                        f"按 20{third:02d}-{second:02d}-{first:02d} 的格式写全年份", "not_a_date")
    raise CellError("不是可识别的日期", "按 2026-03-01 或 2026年3月1日 的格式填写（年份写全4位）", "not_a_date")


def _western_date(first: int, second: int, year: int) -> dt.date:
    """6/30/2026 (an Excel set to American) or 30/6/2026: read when only one order is a date; 6/5/2026 is asked."""
    if first > 12 >= second:
        first, second = second, first  # day first: 30/6/2026
    elif first <= 12 and second <= 12 and first != second:
        raise CellError(f"看不出是{first}月{second}日还是{second}月{first}日", f"按 {year}-{first:02d}-{second:02d} 的格式填写",
                        "not_a_date")
    try:
        return dt.date(year, first, second)
    except ValueError:
        raise CellError("日期不存在", "检查年月日是否写错", "not_a_date") from None


def _number_date(value: float) -> tuple[dt.date, bool]:
    """A date typed as a number: an Excel serial, 20260301 or 202603 (the platforms' exports), or 2026.3 typed as
    a month — which Excel keeps as a number, so 2026.10 arrives as 2026.1 and a .1 is asked (January or October?)."""
    if not math.isfinite(value):  # NaN or infinity: no date, and int() of it would raise
        raise CellError("不是有效日期", "按 2026-03-01 的格式填写日期", "not_a_date")
    if value == int(value) and len(str(int(value))) in (6, 8):
        return read_date(str(int(value)))
    year, _, frac = repr(float(value)).partition(".")
    if len(year) == 4 and FIRST_PLAUSIBLE_YEAR <= int(year) <= 2100 and frac != "0" and len(frac) <= 2:
        if frac == "1":
            raise CellError(f"可能是{year}年1月，也可能是{year}年10月（Excel 把 {year}.10 存成了 {year}.1）",
                            f"写成 {year}年1月 或 {year}年10月", "not_a_date")
        if 1 <= int(frac) <= 12:
            return dt.date(int(year), int(frac), 1), True
    return _serial(value), False


def _cn_date(text: str) -> str:
    """二〇二六年三月(一日), as official documents write dates, in digits (2026年3月1日); other text unchanged."""
    m = _CN_DATE.fullmatch(text)
    if not m:
        return text
    day = f"{_cn_number(m.group(3))}日" if m.group(3) else ""
    return f"{m.group(1).translate(_CN_DIGITS)}年{_cn_number(m.group(2))}月{day}"


def _cn_number(text: str) -> int:
    """一 … 三十一 in digits."""
    tens, ten, units_ = text.partition("十")
    if not ten:
        return int(text.translate(_CN_DIGITS))
    return (int(tens.translate(_CN_DIGITS)) if tens else 1) * 10 + (int(units_.translate(_CN_DIGITS)) if units_ else 0)


def _serial(value: float) -> dt.date:
    """An Excel date serial (days since 1899-12-30, the 1900 leap-year bug included)."""
    if 20000 <= value < 80000:  # 1954 … 2119: anything else is a number typed into a date column
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    raise CellError("不是有效日期", "按 2026-03-01 的格式填写日期", "not_a_date")


def parse_month(value: Any) -> str:
    """A month (YYYY-MM), or a year alone for what entered the list years ago ("2019年")."""
    text = clean_text(value).replace(" ", "")
    if re.fullmatch(r"\d{4}(年)?", text) and 1950 <= int(text[:4]) <= 2100:
        return text[:4]
    return parse_date(value).strftime("%Y-%m")


def parse_flag(value: Any) -> bool:
    """是/否 written every way: √/×, Y/N, 1/0, 已/未, "是（已入库）"."""
    if isinstance(value, bool):
        return value
    text = clean_text(value).lower().replace(" ", "")
    if "是" in text and "否" in text and text not in TRUE_WORDS | FALSE_WORDS:
        return _ticked(text)
    text = re.sub(r"\(.*\)$", "", text) or text  # "是(已入库)"
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    said = _said_in_a_clause(text)
    if said is not None:
        return said
    both = _both_said(clean_text(value).replace(" ", ""))
    if both is not None:
        first, then = both
        raise CellError(f"应填“是”或“否”：写了“{first}”，又写了“{then}”，两者矛盾，看不出是“是”还是“否”",
                        "核实后只填“是”或“否”", "not_a_flag")
    raise CellError("应填“是”或“否”", "填写“是”或“否”（也可用 √/×、Y/N、1/0）", "not_a_flag")


#: Words of time before an answer (暂不是, 目前是, 尚未): the answer stands for now, which is what the month reports.
_FOR_NOW = re.compile(r"^(暂时|暂|目前|当前|现在|尚|还)")


def _said_in_a_clause(text: str) -> bool | None:
    """The answer a clerk gives in one clause of a sentence (5月已入库，是 / 暂不是，预计7月纳统): every clause that is an
    answer on its own says the same, and no other clause holds a word of the other answer (否，已纳统 is asked)."""
    clauses = [c for c in re.split(r"[,;.、。，；]", text) if c]
    words = {w for w in TRUE_WORDS | FALSE_WORDS if not w.isascii()}  # 1,0 / y,n are figures or letters, not said
    answers = {w in TRUE_WORDS for c in clauses if (w := _FOR_NOW.sub("", c)) in words}
    if len(answers) != 1:
        return None
    [answer] = answers
    other = FALSE_WORDS if answer else TRUE_WORDS
    rest = [c for c in clauses if _FOR_NOW.sub("", c) not in words]
    if any(w in c for c in rest for w in other if len(w) > 1 or w in "是否未非不"):
        return None
    return answer


#: The word joining a second clause to the first (是，但尚未入库): no part of what the clause says.
_BUT = re.compile(r"^(?:但是|但|可是|不过|然而|而且|而|可)")


def _both_said(text: str) -> tuple[str, str] | None:
    """A sentence that answers both ways (是，但尚未入库 / 否，已纳统): its two clauses in the order written (a joining
    但 left off), for a message that says why it is asked; None otherwise."""
    clauses = [c for c in re.split(r"[,;.、。，；]", text) if c]
    words = {w for w in TRUE_WORDS | FALSE_WORDS if not w.isascii() and (len(w) > 1 or w in "是否未非不")}

    def said(clause: str, answer: bool) -> bool:
        bare = _FOR_NOW.sub("", clause)
        return any(w in clause or w in bare for w in words if (w in TRUE_WORDS) == answer
                   and not (answer and w == "是" and "不是" in clause))

    yes = next((i for i, c in enumerate(clauses) if said(c, True) and not said(c, False)), None)
    no = next((i for i, c in enumerate(clauses) if said(c, False)), None)
    if yes is None or no is None or yes == no:
        return None
    first, then = sorted((yes, no))
    return clauses[first], _BUT.sub("", clauses[then]) or clauses[then]


def _ticked(text: str) -> bool:
    """The answer ticked on a form that prints both (是（√）否（ ）, □是 ☑否): the one answer with a tick beside or
    inside it.  Reading the first word would take 是（ ）否（√） for 是; both or neither ticked (是否, 是(否)) is asked."""
    pattern = _BOX_FIRST if text[0] in f"{_TICKS}□☐" else _BOX_AFTER
    marked = [(m.group(2), m.group(1)) if pattern is _BOX_FIRST else (m.group(1), (m.group(2) or "") + (m.group(3) or ""))
              for m in pattern.finditer(text)]
    ticked = {word for word, mark in marked if any(t in mark for t in _TICKS)}
    if len(ticked) == 1 and pattern.sub("", text) == "":
        return ticked == {"是"}
    raise CellError("“是”“否”都写在格里，看不出勾的是哪一个", "只填“是”或“否”", "not_a_flag")


def parse_int(value: Any) -> int:
    """A whole number; 2026.0 from a numeric cell is 2026, 2026.5 is an error."""
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise CellError("应为整数", "填写整数", "not_an_integer")
    return int(number)


def parse_year(value: Any) -> int:
    """The year of a row (目标任务's 年度): a number (2026, 2026.0) or the year as a clerk types it in words, 2026年 or
    2026年度.  Anything else is asked as a year, never as a figure (阿拉伯数字（如 1234.5） is no answer for a year)."""
    if isinstance(value, str) and (year := read_year(value)) is not None:
        return year
    try:
        return parse_int(value)
    except CellError as err:
        if err.code == "formula_error" or isinstance(value, dt.date | dt.datetime | dt.time):
            raise  # what is wrong is the formula, or the cell's date format: said as such
        raise CellError("不是年份", "填写四位数的年份，如 2026（也可写 2026年）", err.code) from None


def parse_prose(value: Any) -> str:
    """A paragraph kept exactly as typed: the reader's NFKC folding (right for headers, codes and figures)
    would turn ，：；（） into , : ; ( ) and ①② into 1 2 in text that is carried into the report as written.
    Only the whitespace around it (ideographic space included) goes, and CR LF / CR line endings become LF."""
    if not isinstance(value, str):
        return clean_text(value)  # a number typed alone in the cell: 12.0 reads as "12"
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


@cache
def enum_parser(choices: tuple[str, ...]) -> Callable[[Any], str]:
    """The parser of an enum column: the canonical choice whose folded key matches what was typed.

    A value that matches only once a note in brackets at its end is set aside reads as that choice: the
    template's instructions write 专精特新小巨人（国家级）, and clerks copy them.  A value matching none is
    returned as typed (spaces removed), so validation refuses it with the message that lists the choices.
    """
    canonical = {enum_key(c): c for c in choices}

    def parse(value: Any) -> str:
        text = re.sub(r"\s", "", clean_text(value))
        found = canonical.get(enum_key(text))
        if found is None:
            found = canonical.get(enum_key(_TRAILING_NOTE.sub("", text)))
        return found or text

    return parse


def parse_code(value: Any) -> str:
    """An identifier without spaces, with odd dashes made "-", upper case; a long code that Excel turned
    into a number has lost digits and is refused rather than checked as if it were what was typed."""
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= CODE_AS_NUMBER_MIN:
        raise CellError("代码被 Excel 存成了数字，超过15位的数字末几位已丢失",
                        "把该列单元格格式设为“文本”后重新输入完整代码（或在代码前加英文单引号 '）", "code_as_number")
    return re.sub(r"\s", "", clean_text(value)).translate(_CODE_DASHES).lstrip("'").upper()


#: A report's part as clerks number it: 6, 二 / 六, or a bracketed (六) / (6), the outline's second level, which this
#: report numbers 1–9 (一、… 6.园区要素): (六)1 is 6 item 1.
_SECTION_PART = r"([1-9])|([一二三四五六七八九十])|\(([1-9]|[一二三四五六七八九])\)"
#: Between part and item: nothing, or one mark of those a clerk types (6-1, 6.1, 6、1, 6_1, 6—①, 6之1).
_SECTION_SEP = r"[.、,\-_—–―·/之]?"
#: The item inside it: 1, ① (NFKC has made it 1), (1), or 第1条.
_SECTION_ITEM = r"(?:([1-9]\d?)|\(([1-9]\d?)\)|第([1-9]\d?)[条项点])"
_SECTION_RE = re.compile(rf"^(?:{_SECTION_PART}){_SECTION_SEP}(?:{_SECTION_ITEM})?[.、]?$")
#: The item after a part's word may be a Chinese numeral too (问题一, 措施（二）): after a word it cannot be a part.
_WORD_ITEM = rf"(?:{_SECTION_ITEM}|([一二三四五六七八九])|\(([一二三四五六七八九])\))"
#: A point inside an item whose number is closed off (问题（三）1, 问题三、1, 问题(3)-2): stored after a "-" (二3-1), the
#: one form schemas/progress_notes.SECTION allows.  Only after a closed-off item: 问题31 stays item 31.
_WORD_POINT = r"(?<=[)一二三四五六七八九条项点])[.、,\-_—–―·/之]?([1-9]\d?)"


@cache
def _section_words(words: tuple[tuple[str, Any], ...]) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """A section column's words (``column``'s): the parts they name (二, 三: kept in Chinese) and the pattern of a
    word before an item's number (问题1, 措施(2)), longest word first so that 存在问题 is never 问题 plus more."""
    named = sorted((str(w) for w, m in words if isinstance(m, str)), key=len, reverse=True)
    parts = frozenset(str(m) for _, m in words if isinstance(m, str))
    if not named:
        return parts, None
    return parts, re.compile(rf"^({'|'.join(map(re.escape, named))}){_SECTION_SEP}(?:{_WORD_ITEM})?"
                             rf"(?:{_WORD_POINT})?[.、]?$")


def parse_section(value: Any, words: tuple[tuple[str, Any], ...] = ()) -> str:
    """A place in the report's outline in its one stored form, part then item: 6-①, 6.1, 6、1, ６－１, (六)1, 六-1 and
    6(1) are all "61"; 三.2, 三、2 and 三(2) are "三2"; 7 alone is "7"; with the column's ``words`` (the report's parts
    numbered in Chinese and what they are called), 问题1 and 问题一 are "二1", 措施2 and 措施（二） "三2", and a point
    inside a closed-off item, 问题（三）1, is "二3-1" (under 二3, never 三 nor 二31).

    A part in Chinese is kept so only when it is one the words name (二 存在问题); any other is the number of a
    part of 一 (六 is 6: the report has no 六、): one rule for every way it is written, (六), 六、 or 六.  A figure
    typed as a number is read the way it shows: 6.1 is 6 item 1 (Excel keeps 6.10 as 6.1 too; ten items in one
    part is rare enough to be read as the cell shows).  Anything else — two numbers inside (6.1.2), an item in
    words (三、二), a part beyond 9 (十, 十二) — is returned as typed, and the form's check asks for it on its
    cell: never a guessed place in the report."""
    text = re.sub(r"\s", "", clean_text(value)).translate(_CODE_DASHES).replace("．", ".").replace("，", ",")
    parts, worded = _section_words(words)
    if (m := _SECTION_RE.match(text)) is not None:
        digit, chinese, bracketed, *items = m.groups()
        point = None
        numeral = digit or chinese or bracketed
        if chinese in parts or numeral.isdigit():
            part = numeral  # 二 (a part the words name), 6, (6)
        elif (number := _cn_number(numeral)) <= 9:
            part = str(number)  # 六, 六、, (六): a part of 一, (二) too (the outline's second level is in brackets)
        else:
            return text  # 十: no part of 一 is numbered beyond 9
    elif worded is not None and (m := worded.match(text)) is not None:
        said, *items, point = m.groups()
        part = str(dict(words)[said])
    else:
        return text
    item = next((i for i in items if i), "")
    if point is not None and item:
        return f"{part}{int(item) if item.isdigit() else _cn_number(item)}-{int(point)}"
    return f"{part}{(int(item) if item.isdigit() else _cn_number(item)) if item else ''}"


@cache
def section_parser(words: tuple[tuple[str, Any], ...]) -> Callable[[Any], str]:
    """The parser of a section column: ``parse_section`` with the column's words (the report's named parts)."""
    return lambda value: parse_section(value, words)


#: A part's heading typed in the section column with its number (（六）园区要素保障, 二、存在问题, 6.园区要素), when the
#: items' numbers stand in a 序号 column beside it: the part's number, then the words of its heading.
_PART_HEADING_RE = re.compile(rf"^(?:{_SECTION_PART})[.、]?(?=[^\d.、,\-_—–―·/之(])(.+)$")
#: The header of the column that may number the items of a part written beside it.
_ITEM_HEADERS = ("序号", "编号", "条目", "序")


def sections_with_items(table: Table, col: Column) -> dict[int, str]:
    """The places in the report of rows whose section is written over two columns — the part's heading (（六）园区要素
    保障, merged down over its items) in the section column, the item's number in a 序号 column right of it that
    the form does not read — as a person reads both: (六)1 → 61, 二、2 → 二2 (Excel row → the joined place, which
    ``parse_section`` stores).  Only when every such row's number is a whole 1–99 and each part's numbers start
    at 1 (a 序号 counting the table's rows straight through numbers no part's items, and is never read as
    them); any other cell, a whole place typed in one cell, is read, or asked, as typed.  A part named by its word
    alone (存在问题, the column's ``words``) is a heading too: 存在问题 beside 序号 2 is 二2."""
    at = table.match.columns.get(col.name)
    sheet = table.match.sheet
    if at is None or at + 1 >= sheet.width or at + 1 in table.match.columns.values() \
            or header_key(sheet.texts(table.match.header_row)[at + 1]) not in _ITEM_HEADERS:
        return {}
    named = {str(w) for w, m in col.words if isinstance(m, str)}
    out: dict[int, str] = {}
    first: dict[str, str] = {}  # a part's heading → the number of its first row
    for row in table.rows:
        raw = row.cells.get(col.name)
        text = re.sub(r"\s", "", clean_text(raw))
        heading = _PART_HEADING_RE.match(text) if isinstance(raw, str) else None
        if heading is not None:
            part = text[: heading.start(4)].rstrip("、.")
        elif isinstance(raw, str) and text in named:
            part = text  # 存在问题: the part's word, read with the item by parse_section
        else:
            continue
        item = sheet.cell(row.excel_row - 1, at + 1)
        number = clean_text(item)
        if isinstance(item, bool) or not re.fullmatch(r"[1-9]\d?", number):
            return {}
        first.setdefault(text, number)
        out[row.excel_row] = part + number
    return out if all(n == "1" for n in first.values()) else {}


def parse_industry(value: Any) -> str:
    """A GB/T 4754 industry code as stored (digits only): C3825, C 3825, ｃ3825, 3825 and C3825 光伏设备及元器件制造
    all read "3825"; ``beizeng.base.identifiers.industry_code`` holds the rule, this only turns its refusal into a
    cell error."""
    text, number = clean_text(value).lstrip("'"), isinstance(value, int | float) and not isinstance(value, bool)
    if (exported := re.fullmatch(r"(\d{1,4})\.0+", text)) is not None:
        text, number = exported.group(1), True  # 3011.0: a system that wrote the code as a float, leading 0 lost too
    try:
        return industry_code(text, from_number=number)
    except IndustryCodeError as err:
        raise CellError(err.message, err.fix, err.code) from None


@dataclass
class Normalised:
    """A return's rows as a typed frame, with the Excel row of each and what went wrong."""

    form: FormSpec
    frame: pl.DataFrame  # the form's columns, typed, in the model's order
    excel_rows: list[int]
    problems: list[Problem]
    unit: str
    #: Columns refused whole (a unit that cannot be converted): null, and said once on the header, so the
    #: validation does not add "必填项为空" on every row of them.
    refused: set[str] = field(default_factory=set)
    #: Cells (frame row, column) refused here and left null: the validation says nothing more of them (a cell
    #: typed “待核” is not a second time “必填项为空”), whatever coordinates a turned view gives them.
    unread: set[tuple[int, str]] = field(default_factory=set)
    #: Cells read as their number format shows them (0!.0000 under 万元, #,##0, under 千元): (Excel row, sheet
    #: column) → (what the cell holds, what it shows), so every problem quotes what the clerk sees (quote_as_shown).
    as_shown: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)


def _name_lookup(cfg: Config, kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    if kind in ("township", "scope"):
        for t in cfg.townships:
            for n in t.names:
                table[n] = t.name
    if kind == "scope":
        table[cfg.county] = cfg.county
        table["全县"] = cfg.county
    if kind == "county":
        for c in cfg.city_counties:
            table[c] = c
        # the city's own row, as the bureau writes it: 全市, 合计, or the city's name (测试市) — never a county
        for said in ("全市", "合计", "全市合计", *((cfg.city, f"{cfg.city}合计") if cfg.city else ())):
            table[said] = "全市"
    return table


def stored_amount(value: Decimal, factor: Decimal) -> Decimal:
    """Converted by ``factor`` and rounded half up to 4 decimals (1 yuan of 万元), the warehouse's precision: the one
    rounding of every stored amount, also where two sheets of one return are compared (``parts.in_own_unit``)."""
    converted = value * factor
    if abs(converted) >= MONEY_MAX:
        return converted  # too large to quantize; the caller reports it as number_too_large
    return converted.quantize(MONEY_QUANTUM, rounding=ROUND_HALF_UP)


#: The first year a date in a return may fall in; the last is the year after the return's period.
FIRST_PLAUSIBLE_YEAR = 1990


def implausible(value: Any, kind: str, period: str | None) -> str | None:
    """Why a parsed date or month cannot be meant (9999-12-31, 1899-12-30 from a NaN, 2062 for 2026), or None.

    A date (开工日期, 认定日期 …) falls in 1990 … the year after the period; a month (入规年月) may be
    decades old but never after that year."""
    last = year_of(period) + 1 if period else dt.date.today().year + 1
    if kind == "date" and isinstance(value, dt.date) and not FIRST_PLAUSIBLE_YEAR <= value.year <= last:
        return f"日期不合理：应在{FIRST_PLAUSIBLE_YEAR}年至{last}年之间"
    if kind == "month" and isinstance(value, str) and year_of(value) > last:
        return f"年月不合理：不应晚于{last}年"
    return None


#: What a clerk types for "the same as the row above" (东镇, then 同上 or 〃 under it).
_DITTO = frozenset({"同上", "同前", "同上行", "〃", "″", "\"", "”", "々", "ditto", "Ditto", "DITTO", "do.", "Do."})
#: The columns a ditto mark is read in: names, townships, categories and dates; a figure's is asked (not a number).
_DITTO_KINDS = frozenset({"text", "industry", "township", "county", "scope", "enum", "flag", "date", "month"})
#: Rows set aside that end what a ditto mark can reach: under a 小计, a section's heading (二、新建项目), a 合计 or a
#: note, "the same as above" has no row it plainly means.  Hidden and struck rows do not: the clerk deleted them.
_DITTO_STOPS = frozenset({"subtotal_row", "section_row", "part_total", "another_table", "repeated_header", "note_row",
                          "footer_inside"})


def _ditto_stops(table: Table) -> dict[int, str]:
    """Data rows (Excel row) whose ditto marks have no row above to read: the first row after a 小计, a heading, a
    合计 or a note, or the first row of another sheet of a joined return → what stands in between ("第7行「小计」")."""
    stops = {r: "" for r, code, _ in table.skipped if code in _DITTO_STOPS}
    stops |= {t.excel_row: "" for t in table.total_rows}
    out: dict[int, str] = {}
    for prev, row in zip(table.rows, table.rows[1:], strict=False):
        between = [r for r in stops if prev.excel_row < r < row.excel_row]
        if between:
            label = next((t for t in table.match.sheet.texts(between[-1] - 1)[:3] if t), "")
            out[row.excel_row] = f"第{between[-1]}行「{clean_text(label)}」"
        elif _sheet_of(table, prev.excel_row) != _sheet_of(table, row.excel_row):
            out[row.excel_row] = f"另一张工作表「{_sheet_of(table, prev.excel_row)}」的最后一行"
    return out


def _happened_too_late(form: FormSpec, table: Table, data: dict[str, list[Any]], problems: list[Problem],
                       late: list[tuple[int, int, Column]]) -> None:
    """A date after the month the return is sent in is only a reminder (a typo 1月→10月, or a date the clerk
    knows better) — unless the row's own state says it has been reached (是否开工 “是” with 开工日期 10月 in a
    June return, 项目阶段 开工 with the same): then the row would be counted as reached in this period on a
    day not yet come, and it is asked, never filed.  Which date goes with which state is the form's
    ``required_when`` (``FormSpec.reached``), read here, never restated."""
    for at, i, col in late:
        for rule in form.reached:
            state = form.column(rule.state)
            if rule.column == col.name and state.name in table.match.columns and data[state.name][i] in rule.states:
                said = "是" if data[state.name][i] is True else str(data[state.name][i])
                reached = state.header.removeprefix("是否") if said == "是" else f"到“{said}”阶段"  # 已开工, 已到“开工”阶段
                was = problems[at]
                problems[at] = replace(
                    was, severity="error", code="date_after_state",
                    message=f"{was.message}，但「{state.header}」填的是“{said}”：本期不能算已{reached}",
                    fix=f"核对{col.header}（如把1月写成了10月）；本期还没有到这一步的，改正「{state.header}」并删去{col.header}")


def _instalments(form: FormSpec, table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                 problems: list[Problem], file: str) -> set[tuple[int, str]]:
    """A register's event paid over several rows (a parcel's price in two instalments, each given its row by the
    clerk): a later row under the same key (宗地编号) that gives only a further amount — its other cells blank or
    the record's own, dated on or after it — is the same event, not a second one (``FormSpec.event_date``: one row
    per event).  Its amount is added to the record's and the row is said on its own cell, never lost; the record
    keeps its own date (the deal's).  A row repeating the record whole (the same date, nothing left blank) is a
    copy, not an instalment: it stays ``duplicate_key``, asked.  Returns ``unread`` renumbered for the rows kept."""
    amount, day = form.roles.amount, form.event_date
    if day is None or amount is None or not form.key or amount not in table.match.columns:
        return unread
    others = [c.name for c in form.columns if c.name not in (amount, day, *form.key)]
    heads: dict[tuple[Any, ...], int] = {}
    folded: dict[int, int] = {}  # instalment's index → its record's
    said: dict[int, str] = {}  # a keyless instalment's index → its remark saying it is a later payment
    for i in range(len(table.rows)):
        key = tuple(data[k][i] for k in form.key)
        if all(k is None for k in key) and not any((i, c) in unread for c in data) \
                and (later := _later_payment(form, table, data, i, folded)) is not None:
            folded[i], said[i] = later
            continue
        h = heads.setdefault(key, i) if None not in key else i
        if h == i or any((j, c) in unread for j in (h, i) for c in data) or data[amount][i] is None:
            continue
        first, then = data[day][h], data[day][i]
        blank = [c for c in others if data[c][i] is None and data[c][h] is not None]
        if (any(data[c][i] is not None and data[c][i] != data[c][h] for c in others)
                or (first is not None and then is not None and then < first)
                or (not blank and (then is None or then == first))):
            continue  # another record under the same key, or a copy of this one: duplicate_key asks
        folded[i] = h
    if not folded:
        return unread
    amount_col, key_col = form.column(amount), form.column(form.key[0])
    for i, h in folded.items():
        was = data[amount][h]
        data[amount][h] = (was or Decimal(0)) + data[amount][i]
        row, head = table.rows[i].excel_row, table.rows[h].excel_row
        name = form.roles.name
        called = f"（{data[name][h]}）" if name and data[name][h] else ""
        when = f"（{data[day][i]:%Y-%m-%d}）" if data[day][i] is not None else ""
        noun = key_col.header.removesuffix("编号").removesuffix("代码") or "事项"
        paid = f"{amount_col.header}{figure_text(data[amount][i])}{when}"
        same = (f"第{row}行与第{head}行是同一{key_col.header}“{data[form.key[0]][h]}”{called}，第{row}行只另填了{paid}，"
                f"是同一{noun}的又一笔" if i not in said else
                f"第{row}行没有填{key_col.header}，只填了{paid}和备注“{said[i]}”，是上面第{head}行{key_col.header}"
                f"“{data[form.key[0]][h]}”{called}的又一笔")
        problems.append(Problem(
            "info", "instalment_row",
            f"{same}，已并入第{head}行："
            f"{amount_col.header}按两行之和{figure_text(data[amount][h])}{amount_col.unit or ''}读取，日期按第{head}行",
            f"如果第{row}行是另一{noun}，请{'改正' if i not in said else '填写'}它的{key_col.header}"
            f"{'' if i not in said else '和其他各栏'}；以后同一{noun}分几笔的，"
            f"请把{amount_col.header}合计填在一行（分期情况写在备注）", file=file, sheet=table.sheet, row=row,
            col=table.match.columns.get(amount), column=amount_col.header))
        table.unread[row] = "instalment_row"
    return _without_rows(table, data, unread, set(folded))


#: The header of a remark column the form does not read (备注), where a clerk says what a row is.
_REMARK_HEADERS = ("备注", "说明", "备注说明", "附注")
#: A remark saying a row is a later payment of the record above: a payment word (价款, 缴, 付) with an ordinal
#: instalment (二期, 第2笔, 三次) or a balance (尾款, 余款, 续缴, 补缴).  二期 alone is a project's second phase.
_LATER_PAYMENT = (re.compile(r"款|缴|付"), re.compile(r"(?:第?[二三四五六七八九2-9])[期笔次]|尾|余|续|补"))


def _later_payment(form: FormSpec, table: Table, data: dict[str, list[Any]], i: int,
                   folded: dict[int, int]) -> tuple[int, str] | None:
    """The record a keyless row is a later payment of, with the remark saying so: a clerk's continuation line under a
    parcel (only a date, an amount and 备注 ``二期价款``; its code, name, town and area left blank) is that parcel's
    second instalment, not a parcel with no code and no area.  Only the record right above (or the record the row
    above was folded into), keyed, dated on or before the row, and only when the row's remark says it is a later
    payment: a bare amount under a record is asked as a record missing its cells, never folded on a guess."""
    amount, day = form.roles.amount, form.event_date
    if not i or amount is None or day is None or data[amount][i] is None:
        return None
    h = folded.get(i - 1, i - 1)
    if any(data[k][h] is None for k in form.key) or any(
            clean_text(table.rows[i].cells.get(c)) for c in table.match.columns if c not in (amount, day)):
        return None
    first, then = data[day][h], data[day][i]
    if first is not None and then is not None and then < first:
        return None
    sheet, header = table.match.sheet, table.match.header_row
    taken = set(table.match.columns.values())
    for c, text in enumerate(sheet.texts(header)):
        if c in taken or header_key(text) not in _REMARK_HEADERS:
            continue
        remark = re.sub(r"\s", "", clean_text(sheet.cell(table.rows[i].excel_row - 1, c)))
        if all(p.search(remark) for p in _LATER_PAYMENT):
            return h, remark
    return None


def _read_as(typed: Any, read: Any) -> str:
    """"读作2026年10月，" when the date in a cell was written in words or without its year, so that a note about
    it quotes the cell as typed and says what it was taken for; "" when the cell was read as it stands."""
    return "" if typed is read else f"读作{clean_text(read)}，"


def _same_record_above(table: Table, form: FormSpec, i: int) -> bool:
    """Whether data row ``i`` names the same enterprise or project as the row above — its name a ditto mark or
    the same name (东塬陶瓷 under a second 培育类型, written 同上 | 同上 | 同上): then a ditto in its code is that
    record's code, not a guess.  A code dittoed under another name is still asked."""
    name = form.roles.name
    if not i or name is None or name not in table.match.columns:
        return False
    here, up = (clean_text(table.rows[j].cells.get(name)) for j in (i, i - 1))
    return bool(up) and up not in _DITTO and (here in _DITTO or here == up)


def _hidden_between(table: Table, i: int) -> list[int]:
    """The hidden rows (set aside, not read) between data row ``i`` and the data row above it, or above the
    first: a ditto mark passes over them, and says so."""
    above = table.rows[i - 1].excel_row if i else 0
    return sorted(r for r in table.hidden if above < r < table.rows[i].excel_row)


def _ditto_refused(table: Table, i: int, words: bool, mark: str) -> str:
    """Why a ditto mark is not read, in the clerk's terms: a figure or a code is each row's own; a name or a
    category with nothing above it to repeat (the first row, a hidden row above, a blank cell above)."""
    if not words:
        return "同上、〃只能用于名称、乡镇等文字，且上一行要有内容；数字和代码每行要写出来"
    hidden = _hidden_between(table, i)
    if hidden and not i:
        return f"上面只有隐藏的第{'、'.join(map(str, hidden))}行（隐藏的行不读入），“{mark}”没有可照抄的内容"
    if not i:
        return f"这是第一行数据，上面没有内容，“{mark}”没有可照抄的内容"
    return f"上一行这一格是空的或没有读出，看不出“{mark}”指的是什么"


def _first_five(items: list[Any]) -> str:
    """The first five of what a note lists (rows, cells as typed), 等 when there are more."""
    return "、".join(str(x) for x in items[:5]) + ("等" if len(items) > 5 else "")


def said_in_words(raw: Any, period: str | None) -> tuple[str, str] | None:
    """A date or month said from the return's own period (去年12月, 今年3月, 上年底, 年初, 本月8日, 上月20日): the
    date written out ("2025年12月", "2026年6月8日") and how the clerk typed it — or None when the cell says none.
    The return's period is as plain to the clerk as a calendar: these are read, and said with what they were read as."""
    if not period or not isinstance(raw, str) or month_of(period) is None:
        return None
    written = clean_text(raw).replace(" ", "")  # quoted back as the clerk wrote it (上月20号, not 上月20日)
    typed = written.replace("号", "日")
    year = year_of(period)
    if (words := next((w for w in _YEAR_IN_WORDS if typed.startswith(w)), None)) is not None:
        rest, year = typed[len(words):], year + _YEAR_IN_WORDS[words]
        if rest in _YEAR_ENDS:
            return f"{year}年{_YEAR_ENDS[rest]}月", written
        if (m := re.fullmatch(r"(\d{1,2})月份?", rest)) and 1 <= int(m.group(1)) <= 12:
            return f"{year}年{int(m.group(1))}月", written
        if (m := _MONTH_DAY.fullmatch(rest)) and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
            return f"{year}年{int(m.group(1))}月{int(m.group(2))}日", written
        return None
    if typed in ("年初", "年初时"):
        return f"{year}年1月", written
    if (words := next((w for w in _MONTH_IN_WORDS if typed.startswith(w)), None)):  # (none starts another)
        rest = typed[len(words):]
        said = add_months(period, _MONTH_IN_WORDS[words])
        if rest in ("", "份"):
            return f"{year_of(said)}年{month_of(said)}月", written
        if rest in ("底", "末"):  # 上月底: that month's last day, as sure as 上月20日
            y, mo = year_of(said), month_of(said) or 12
            return f"{y}年{mo}月{calendar.monthrange(y, mo)[1]}日", written
        if (m := re.fullmatch(r"(\d{1,2})日", rest)) and 1 <= int(m.group(1)) <= 31:
            return f"{year_of(said)}年{month_of(said)}月{int(m.group(1))}日", written
    return None


def with_the_returns_year(raw: Any, period: str | None) -> tuple[str, str] | None:
    """A date typed without its year (3.15, "3月15日") in a return of ``period``: the date written in full with
    the return's year, and how the clerk typed it — or None when the cell is no such date.  A number 3.2 is
    3月2日 or 3月20日 (Excel drops the 0 of 3.20): asked, never guessed; so is a day later than the return's
    month, which is more likely last year's (a project begun last autumn) than a day not yet come.  (去年12月28日
    says its year in words: ``said_in_words``.)"""
    if not period or isinstance(raw, bool) or not isinstance(raw, str | float):
        return None
    typed = repr(raw) if isinstance(raw, float) else clean_text(raw).replace(" ", "")
    m = _MONTH_DAY.fullmatch(typed)
    if m is None or not 1 <= int(m.group(1)) <= 12 or not 1 <= int(m.group(2)) <= 31:
        return None
    month, day, year = int(m.group(1)), int(m.group(2)), int(period[:4])
    if isinstance(raw, float) and len(m.group(2)) == 1:
        raise CellError(f"没有写年份，且看不出是{month}月{day}日还是{month}月{day}0日（Excel 把 {month}.{day}0 存成了 {typed}）",
                        f"写全日期，如 {year}-{month:02d}-{day:02d}", "not_a_date")
    last = month_of(period) or 12
    if month > last:
        raise CellError(f"没有写年份：{month}月{day}日晚于报表期间（{month_label(period)}），看不出是哪一年",
                        f"写全日期，如 {year - 1}-{month:02d}-{day:02d}", "not_a_date")
    return f"{year}年{month}月{day}日", typed


def after_period(value: Any, kind: str, period: str | None) -> str | None:
    """Why a date or month a return states as past (签约日期, 开工日期, 入规年月 …) is later than it can be, or None:
    a date after the month the return is sent in (the month after its period), a month after its period."""
    if not period or month_of(period) is None:
        return None
    sent = add_months(period, 1)
    if kind == "date" and isinstance(value, dt.date) and value.strftime("%Y-%m") > sent:
        return f"晚于报表期间（{month_label(period)}）和报送时间，这件事还没有发生"
    if kind == "month" and isinstance(value, str) and len(value) == 7 and value > period:
        return f"晚于报表期间（{month_label(period)}）"
    return None


def event_after_period(value: Any, period: str | None) -> str | None:
    """Why an event a register dates (``FormSpec.event_date``: a parcel supplied, a sum raised) is not the period's,
    or None: dated after the period's last day, it belongs to a later month's ledger — a June ledger sent in July
    with the week's deal added would count July's land in 1-6月.  Unlike a date a return states as past (开工日期,
    a reminder up to the month it is sent in: ``after_period``), the row itself is that event: said on its cell as
    not counted in the period (the indicators count a ledger's events up to the period's end,
    sql/models/510_factors.sql), a warning — a ledger sent in July with July's first deal added is a real habit,
    and refusing the whole return for it would stop June's figures; a typo in the month is the clerk's to mend."""
    if not period or not isinstance(value, dt.date) or value < day_after(period):
        return None
    return f"是{value.year}年{value.month}月{value.day}日的事项，在本表期间（截至{month_label(period)}末）之后，不计入本期的数"


def normalise(table: Table, cfg: Config, file: str, period: str | None = None) -> Normalised:
    """Every cell parsed by its column's kind into a typed frame; what cannot be read becomes null
    *and* a Problem on its cell, so pandera never sees a half-coerced column (see STACK-NOTES).
    ``period`` bounds the dates a return may hold (see :func:`implausible`)."""
    form = table.match.form
    problems: list[Problem] = []
    unit = table.unit or form.unit
    sheet = table.sheet
    data: dict[str, list[Any]] = {c.name: [] for c in form.columns}
    lookups = {c.name: _name_lookup(cfg, c.kind) for c in form.columns if c.kind in ("township", "county", "scope")}
    places = whole_places(cfg.county, cfg.city, cfg.city_counties)

    def problem(col: Column, row: int, value: Any, message: str, fix: str, code: str, severity: str = "error") -> None:
        problems.append(
            Problem(severity, code, message, fix, file=file, sheet=sheet,  # type: ignore[arg-type]
                    row=table.cell_row(row, col.name),  # a record over two rows: the row its cell is in
                    col=table.match.columns.get(col.name), column=col.header,
                    # quoted as typed where folding would change a digit (450² is no "4502")
                    value=value.strip() if isinstance(value, str) and _quoted_as_typed(value) else clean_text(value))
        )

    money_cols = [c for c in form.columns if c.kind == "money" and c.name in table.match.columns]
    joined: dict[str, dict[str, str]] = getattr(table.match.sheet, "own_units", {})  # sheets in their own units
    each_own = bool(joined) and len(joined) == len(getattr(table.match.sheet, "members", ())) and all(
        c.name in own for own in joined.values() for c in money_cols)  # every sheet states its own: none assumed
    if money_cols and table.unit is None and not each_own and not all(c.name in table.match.units for c in money_cols):
        problems.append(Problem("info", "unit_assumed", f"表格上方没有写“单位：”，金额按{form.unit}读取",
                                f"如果不是{form.unit}，请在表头上方加一行“单位：元/万元/亿元”", file=file, sheet=sheet))
    if money_cols and table.unit_said and table.unit != form.unit and not all(  # 注：本表金额单位为元, 「6月(元)」
            written_unit(table.match, c, None) for c in money_cols):  # (every header saying its own: not read by it)
        problems.append(Problem("info", "unit_said_elsewhere", f"表格上方没有写“单位：”，{table.unit_said}金额单位为"
                                f"{table.unit}，按{table.unit}读取", "单位最好写在表头上方一行（“单位：万元”）",
                                file=file, sheet=sheet))
    for name, filled in table.grouped.items():  # a pivot table pasted as values: 东镇 on its group's first row only
        col, at = form.column(name), table.match.columns[name]
        tops = sorted(set(filled.values()))
        labels = "".join(f"“{clean_text(table.match.sheet.cell(t - 1, at))}”" for t in tops)
        problems.append(Problem("info", "group_label", f"「{col.header}」第{'、'.join(map(str, sorted(filled)))}行空着"
                                f"（数据透视表只在每组第一行写分组名称），按其上方所在分组的{labels}读取",
                                "每行填写完整内容（此为说明，可不修改）", file=file, sheet=sheet, row=min(filled), col=at,
                                column=col.header))
    drawn: dict[tuple[int, int], str] = getattr(table.match.sheet, "drawn", {})
    if table.unit is not None and table.unit_at in drawn:  # 单位：亿元 typed in a text box over the sheet
        r, c = table.unit_at
        problems.append(Problem("info", "unit_in_text_box", f"单位写在文本框里（“{drawn[r, c]}”），按{table.unit}读取",
                                "单位最好写在表头上方的单元格里（“单位：万元”），不要用文本框", file=file, sheet=sheet,
                                row=r + 1, col=c))
    problems.extend(_line_against_headers(table, form, file))
    problems.extend(_unit_lines_differ(table, form, file))
    in_catalogue_unit = form.catalogue_unit.values if form.catalogue_unit else ()
    refused: set[str] = set()
    unread: set[tuple[int, str]] = set()  # (row, column) of the cells said here to be unreadable, left null
    as_shown: dict[tuple[int, int], tuple[str, str]] = {}  # see Normalised.as_shown
    too_small: list[tuple[Column, int, Any, Decimal, Decimal, str]] = []  # asked once the whole row is read
    typed_units: dict[tuple[int, str], str] = {}  # (row, column) → the unit typed in a target's cell ("24亿")
    told: dict[tuple[str, str, str | None, Decimal], list[str]] = {}  # joined sheets read in their own units
    statements = row_statements(table)  # rows whose figures are one statement in words: said once each
    stopped = _ditto_stops(table)  # rows a ditto mark cannot reach across (the same for every column)
    dated = {c.told_by: c for c in form.columns if c.kind == "flag" and c.told_by}  # 开工日期 → 是否开工
    steps = {d: (c, stage) for c in form.columns for stage, d in c.dated_by}  # 开工时间 → (项目阶段, 开工)
    late_dates: list[tuple[int, int, Column]] = []  # (problem, row, column) of each date_after_period warning
    around_said: set[tuple[str, ...]] = set()  # the cells whose words around figures were said
    problems.extend(stated(table, statements, file))
    for col in form.columns:
        parse: Callable[[Any], Any] = _PARSERS[col.kind]
        values = data[col.name]
        present = col.name in table.match.columns or col.name in table.carried  # or said by section headings
        dim = units.dimension_of(col.kind, col.unit)
        stored = col.unit or (form.unit if dim == "money" else None)
        factor = Decimal(1)
        written: units.Unit | None = None
        if dim is not None and present:
            written = written_unit(table.match, col, unit)
            try:
                factor = units.factor(written, dim, stored) if written is not None else Decimal(1)
            except units.UnitError as err:
                problem(col, table.match.header_row + 1, table.match.headers.get(col.name) or written.written,  # type: ignore[union-attr]
                        err.message, err.fix, err.code)
                values.extend([None] * len(table.rows))  # never stored as if it were the column's unit
                refused.add(col.name)
                continue
            if col.name in table.column_unit_said and written is not None and factor != 1:
                note = table.column_unit_said[col.name][:30]
                problems.append(Problem("info", "unit_said_elsewhere",
                                        f"「{table.match.headers.get(col.name) or col.header}」按说明“{note}”以"
                                        f"{written.name}读取，已换算为{stored}",
                                        "单位最好写在表头里（如“营业收入（亿元）”）", file=file, sheet=sheet,
                                        col=table.match.columns.get(col.name), column=col.header))
            elif written is not None and factor != 1 and dim != "money":
                problems.append(Problem("info", "unit_converted",
                                        f"「{col.header}」按{written.name}填写，已换算为{stored}"
                                        f"（1 {written.name} = {_fmt_factor(factor)} {stored}）",
                                        file=file, sheet=sheet, col=table.match.columns.get(col.name),
                                        column=col.header))
        per_sheet = _sheet_factors(table, col, dim, stored, written, told) if dim is not None and present else {}
        worded: dict[str, list[int]] = {}  # "“技改”→“改建和技术改造”" → its rows: the column's own words, told once
        with_unit: list[str] = []  # "第4行1.5亿元": figures typed with their own unit, told once per column
        around: list[str] = []  # "第3行“28以上”": a figure read out of the words around it, told once per column
        if col.implied_by == "period_year":
            parse = parse_year  # 2026年 typed as text is the year, and a cell that is none is asked as a year
        elif col.kind == "enum" and col.choices:
            parse = enum_parser(col.choices)  # canonical spelling of each choice, once per column
        elif col.kind == "section":
            parse = section_parser(col.words)  # the report's parts named in words (问题1 is 二1)
        elif col.name in in_catalogue_unit:
            parse = _figure_or_rate  # a target of 8% (its 单位 says % too) beside one of 24 亿元
        elif col.kind == "date":
            parse = read_date  # with whether only the month was written (told once per column)
        month_only: list[int] = []  # Excel rows of a date column holding a month alone, read as its 1st
        no_year: list[str] = []  # "第7行“3.15”": days typed without a year, read in the return's year (told once)
        in_words: list[str] = []  # "第4行“去年12月”（2025年12月）": dates said from the return's period (told once)
        numeric_pct: list[int] = []  # rows of a percentage column holding a bare number (0.125 or 12.5?)
        as_zero: list[int] = []  # Excel rows whose "—" (or blank) was read as 0, told once per column
        bare_wan: list[int] = []  # rows of "N万" in a column counted in 万元 (see _wan_question)
        marked: list[str] = []  # "第4行“★”": a mark after a name (★ = 重点项目, said under the table), told once
        not_yet: list[str] = []  # "第7行“未开工”": a date cell saying its state has not come, read as no date (told once)
        joined_items: list[str] = []  # "第3行“(六)园区要素保障”→“(六)1”": a part's heading and the 序号 beside it
        with_items = sections_with_items(table, col) if col.kind == "section" and present else {}
        ditto: list[str] = []  # "第5行“同上”": a cell reading the row above's (东镇 typed once, 同上 under it), told once
        above: Any = None  # the row above's cell as the clerk meant it (a ditto mark under a ditto reads the first)
        merged_from = _merged_figures(table, col) if col.name in table.match.columns else {}
        across = _merged_across(table, col) if col.name in table.match.columns else {}
        scaled_at = _scaled_by_format(table, col)  # row → the number format showing it scaled (#,##0, / 0!.0)
        shown_as: list[tuple[int, str, Any, str]] = []  # (Excel row, format, held, as read): said once per column
        for i, row in enumerate(table.rows):
            raw = row.cells.get(col.name) if present else None
            if (st := statements.get(i)) is not None and col.name in st.columns:
                values.append(None)  # not published (NULL, never 0), or asked once for the row
                if not st.unknown:
                    unread.add((i, col.name))
                continue
            if row.excel_row in across and not is_nothing(raw):
                problem(col, row.excel_row, raw, f"与{across[row.excel_row]}合并成一格，这个数是那一栏的，不能再算作本栏的数",
                        "取消合并，把两栏的数分别填上（没有的填0）", "merged_figure")
                values.append(None)
                unread.add((i, col.name))
                continue
            if row.excel_row in merged_from and not is_nothing(raw):
                top = merged_from[row.excel_row]
                problem(col, row.excel_row, raw, f"与第{top}行合并成一格，这个数已算在第{top}行，不能再算一次",
                        "取消合并，把金额分别填到各行（只属于其中一行的，其他行填0）", "merged_figure")
                values.append(None)
                unread.add((i, col.name))
                continue
            if (fmt := scaled_at.get(i)) is not None and isinstance(raw, int | float) and not isinstance(raw, bool):
                header = written or (units.lookup(stored) if stored else None)
                figure = fmt.shown(raw)
                fits = fmt.held_unit(header) is not None if dim == "money" else fmt.unit is None
                if not fits:  # 0.0,"万": ÷1000 but says 万 — the shown figure is in no unit the header allows
                    problem(col, row.excel_row, raw,
                            f"单元格存的是{figure_text(Decimal(repr(float(raw))))}，单元格格式“{fmt.code}”把它显示为"
                            f"{figure_text(figure)}{fmt.unit or ''}，与表头的单位（{header.name if header else '未写明'}）对不上，"
                            "看不出实际是多少", "把单元格格式改为“常规”，按表头的单位填写实际的数后重新报送", "shown_scaled")
                    values.append(None)
                    unread.add((i, col.name))
                    continue
                figure = fmt.read(raw, header if dim == "money" else None)
                held = Decimal(repr(float(raw))) if isinstance(raw, float) else Decimal(raw)
                if figure != held:
                    display = figure_text(fmt.shown(raw)) + (fmt.unit or "") if fmt.unit and header is not None \
                        and fmt.unit != header.name else figure_text(figure)  # 1.2亿元, as the cell shows it
                    read_as = display if display == figure_text(figure) else \
                        f"{display}，即{figure_text(figure)}{header.name if header else ''}"
                    shown_as.append((table.cell_row(row.excel_row, col.name), fmt.code, raw, read_as))
                    as_shown[(table.cell_row(row.excel_row, col.name), table.match.columns[col.name])] = (
                        clean_text(raw), display)
                    raw = figure
            if (col.kind in _DITTO_KINDS or (col.kind == "code" and _same_record_above(table, form, i))) and isinstance(
                    raw, str) and clean_text(raw) in _DITTO and not is_nothing(above):
                if row.excel_row in stopped:  # a 小计, a heading or a 合计 in between: which row it means is unclear
                    problem(col, row.excel_row, raw, f"上面隔着{stopped[row.excel_row]}，看不出“{clean_text(raw)}”指的是哪一行",
                            "填写实际内容（与上面某一行相同的照抄）", "ditto_unread")
                    values.append(None)
                    unread.add((i, col.name))
                    continue
                passed = _hidden_between(table, i)
                ditto.append(f"第{row.excel_row}行“{clean_text(raw)}”（{clean_text(above)}"
                             + (f"，隔过隐藏的第{'、'.join(map(str, passed))}行" if passed else "") + "）")
                raw = above
            elif col.kind != "prose" and isinstance(raw, str) and clean_text(raw) in _DITTO:
                # a figure or a code (each row its own), or a ditto with nothing above it: asked, never guessed
                problem(col, row.excel_row, raw, _ditto_refused(table, i, col.kind in _DITTO_KINDS, clean_text(raw)),
                        "填写实际内容（与上一行相同的照抄）",
                        "not_a_number" if col.kind in ("int", "money", "number", "pct") else "ditto_unread")
                values.append(None)
                unread.add((i, col.name))
                continue
            above = raw
            if is_nothing(raw):
                if present and nothing_means_zero(col, raw):
                    values.append(_ZERO[col.kind])
                    if clean_text(raw):
                        as_zero.append(row.excel_row)
                    continue
                values.append(False if col.kind == "flag" else (cfg.county if col.kind == "scope" else None))
                continue
            if ((flag := dated.get(col.name)) is not None and _says_not_yet(flag, raw)) or (
                    (step := steps.get(col.name)) is not None and _step_not_yet(*step, raw)):
                values.append(None)  # no date: the state it would date has not come (未开工 in 开工日期)
                not_yet.append(f"第{row.excel_row}行“{clean_text(raw)}”")
                continue
            if col.words and row.excel_row not in with_items and (meant := _meant(col.words, raw)) is not None:
                values.append(meant)
                said = ("是" if meant else "否") if isinstance(meant, bool) else meant
                worded.setdefault(f"“{clean_text(raw)}”→“{said}”", []).append(row.excel_row)
                continue
            if col.words and (yeared := _year_before_word(col.words, raw)) is not None:
                year, meant, word = yeared
                if period is not None and year != year_of(period):  # 2025年第四季度 in a 2026 return: its year is lost
                    problem(col, row.excel_row, raw, f"写的是{year}年的“{word}”，本表是{year_of(period)}年的，"
                            f"本列只记“{word}”，不记年份", f"核对年份：是本年的，只填“{word}”；是{year}年的，请说明（本列不能区分年份）",
                            "year_mismatch")
                    values.append(None)
                    unread.add((i, col.name))
                    continue
                values.append(meant)
                worded.setdefault(f"“{clean_text(raw)}”→“{meant}”", []).append(row.excel_row)
                continue
            as_typed = raw  # what a note about the date quotes (今年10月, not the 2026年10月 it was read as)
            if col.kind in ("date", "month") and (worded_date := said_in_words(raw, period)) is not None:
                in_words.append(f"第{row.excel_row}行“{worded_date[1]}”（{worded_date[0]}）")
                raw = worded_date[0]
            elif col.kind == "date":
                try:
                    yearless = with_the_returns_year(raw, period)
                except CellError as err:
                    problem(col, row.excel_row, raw, err.message, err.fix, err.code)
                    values.append(None)
                    unread.add((i, col.name))
                    continue
                if yearless is not None:
                    no_year.append(f"第{row.excel_row}行“{yearless[1]}”" + (
                        f"（{yearless[0]}）" if not yearless[0].startswith(f"{(period or '')[:4]}年") else ""))
                    raw = yearless[0]
            if (whole := with_items.get(row.excel_row)) is not None:
                joined_items.append(f"第{row.excel_row}行“{clean_text(raw)}”→“{whole}”")
                raw = whole
            if col.kind == "text" and isinstance(raw, str) and (mark := _NAME_MARK.search(raw.strip())):
                marked.append(f"第{row.excel_row}行“{mark.group()}”")
                raw = raw.strip()[:mark.start()]
            if col.name in in_catalogue_unit and (rough := _rough_target(raw)) is not None:
                problem(col, row.excel_row, raw, "是约数的说法（“左右”“约”），目标值要填一个确定的数",
                        f"确定目标就是{rough}的，只填“{rough}”（“左右”等说明写到备注）；不是的，填县里定下的目标值",
                        "rough_target")
                values.append(None)
                unread.add((i, col.name))
                continue
            if (col.kind == "pct" or col.name in in_catalogue_unit) and isinstance(raw, str) and (
                    bare := _figure_said_in_words(raw, col.kind, col.name in in_catalogue_unit)):
                around.append(f"第{row.excel_row}行“{clean_text(raw)}”")
                raw = bare
            cell_factor = per_sheet.get(_sheet_of(table, row.excel_row), factor)  # a joined sheet in its own unit
            if dim is not None and isinstance(raw, str) and (typed := _typed_with_unit(raw, dim)) is not None:
                number, own = typed
                try:
                    cell_factor = units.factor(own, dim, stored)
                except units.UnitError as err:
                    problem(col, row.excel_row, raw, err.message, err.fix, err.code)
                    values.append(None)
                    unread.add((i, col.name))
                    continue
                with_unit.append(f"第{row.excel_row}行{clean_text(raw)}")
                if own.written == "万" and cell_factor == factor == 1:
                    bare_wan.append(i)  # 1.2万 in a 万元 column: 1.2 万元, or 1.2万 (12,000) 万元?
                raw_number: Any = number
            elif col.name in in_catalogue_unit and isinstance(raw, str) and (in_cell := _typed_with_unit(raw, None)):
                raw_number, typed_units[(i, col.name)] = in_cell[0], in_cell[1].name  # "24亿": weighed against its row's 单位
            else:
                raw_number = raw
            try:
                value = parse(raw_number)
            except CellError as err:
                problem(col, row.excel_row, raw, err.message, err.fix, err.code)
                values.append(None)
                unread.add((i, col.name))
                continue
            if col.kind == "date":
                value, only_month = value
                if only_month:
                    month_only.append(row.excel_row)
            if col.kind == "money":
                value = stored_amount(value, cell_factor)
                if abs(value) >= MONEY_MAX:
                    problem(col, row.excel_row, raw, "数字大得不合理（超过10万亿万元）", "检查是否把代码或其他内容填进了金额列",
                            "number_too_large")
                    value = None
                    unread.add((i, col.name))
                elif col.least is not None and 0 < abs(value) < col.least:
                    too_small.append((col, i, raw, value, cell_factor, stored or form.unit))
            elif col.kind == "pct":
                value, had_sign = value
                if cell_factor != 1:
                    value, had_sign = value * cell_factor, True  # 5‰ is 0.5 %, never a fraction
                if not had_sign:
                    numeric_pct.append(i)
            elif dim is not None and cell_factor != 1 and value is not None:
                value = stored_amount(Decimal(value), cell_factor)  # 3.5 公顷 → 52.5 亩, exact to 4 decimals
            elif col.kind in ("date", "month") and (why := implausible(value, col.kind, period)):
                problem(col, row.excel_row, as_typed, _read_as(as_typed, raw) + why, "检查年份是否写错", "date_out_of_range")
                value = None
                unread.add((i, col.name))
            elif col.name == form.event_date and (late := event_after_period(value, period)):
                problem(col, row.excel_row, as_typed, _read_as(as_typed, raw) + late,
                        f"日期写错的（如把6月写成了7月），改正日期后重新报送；日期无误的可不修改（此为提醒），这一行将计入"
                        f"{value.year}年{value.month}月", "event_after_period", "warning")
            elif col.kind in ("date", "month") and (late := after_period(value, col.kind, period)):
                problem(col, row.excel_row, as_typed, _read_as(as_typed, raw) + late, "核对年月是否写错（如把1月写成了10月）；确实如此可不修改（此为提醒）",
                        "date_after_period", "warning")
                late_dates.append((len(problems) - 1, i, col))
            elif col.kind == "industry" and isinstance(raw, str) and (clash := industry_name_clash(clean_text(raw))):
                problem(col, row.excel_row, raw, f"{clash}，已按代码读取",
                        "核对行业代码和名称，改正写错的一个；代码无误可不修改（此为提醒）", "industry_name_clash", "warning")
            elif col.kind == "section" and isinstance(raw, str) and row.excel_row not in with_items \
                    and value[:1] not in clean_text(raw):
                worded.setdefault(f"“{clean_text(raw)}”→“{value}”", []).append(row.excel_row)  # 问题1 → 二1, 六 → 6
            elif col.kind in lookups:
                county_list = col.kind == "county"  # the city's counties: short without 县, 本县 remarks
                read = read_name(value, lookups[col.name], places, counties=cfg.city_counties if county_list else (),
                                 own=cfg.county if county_list else "", county="" if county_list else cfg.county,
                                 city="" if county_list else cfg.city)
                if read.candidates:
                    listed = "、".join(read.candidates)
                    if read.how == "marked":
                        named, meant = read.candidates
                        message, fix = (f"写的是{named}，却注明“{read.rest}”（{read.rest}是{meant}），看不出这一行是哪个县区的",
                                        f"核对这一行是哪个县区的，写{named}或{meant}，去掉括号里的注明")
                    elif read.how == "kinds":
                        message, fix = (f"本县既有{listed}，看不出是哪一个", f"填写以下之一：{listed}")
                    elif read.how == "place":
                        message, fix = (f"写了不止一个名称（{listed}），看不出是哪一个",
                                        f"只填一个名称（{listed}之一）；分属几处的，请分行填写")
                    else:
                        message, fix = f"是简称，可能是{listed}，看不出是哪一个", f"写全称，填写以下之一：{listed}"
                    problem(col, row.excel_row, raw, message, fix, "ambiguous_name")
                    unread.add((i, col.name))
                elif read.name is None:
                    names = list(dict.fromkeys(lookups[col.name].values()))
                    near = likely(value, names) if len(names) > 8 else []
                    problem(col, row.excel_row, raw, "不是本县配置的名称",
                            f"填写以下之一{'（可能是' + '、'.join(near) + '）' if near else ''}：{'、'.join(names)}"
                            "（新设或改名的，请统计部门在 beizeng.toml 中添加）", "unknown_name")
                    unread.add((i, col.name))
                elif read.how == "marked":
                    worded.setdefault(f"“{value}”→“{read.name}”（“{read.rest}”是标注，不是名称的一部分）", []).append(
                        row.excel_row)
                elif read.how in ("short", "place"):
                    said = f"“{value}”→“{read.name}”" + (f"（“{read.rest}”是其下的地点）" if read.rest else "")
                    worded.setdefault(said, []).append(row.excel_row)
                value = read.name
            values.append(value)
        if shown_as:
            problems.append(_read_as_shown(table, col, shown_as, file))
        for i in _wan_question(values, bare_wan):
            raw = table.rows[i].cells.get(col.name)
            with_unit.remove(f"第{table.rows[i].excel_row}行{clean_text(raw)}")  # asked, not converted
            problem(col, table.rows[i].excel_row, raw,
                    f"本列以万元计，读作{_fmt_factor(values[i])}万元，比本列其他数字小上千倍：是{_fmt_factor(values[i])}万元，"
                    f"还是{_fmt_factor(values[i] * 10000)}万元（{_fmt_factor(values[i])}万万元）", "按万元只填数字，如 "
                    f"{_fmt_factor(values[i] * 10000)} 或 {_fmt_factor(values[i])}", "unit_ambiguous")
            values[i] = None
            unread.add((i, col.name))
        if worded:
            listed = "、".join(f"{said}（第{'、'.join(map(str, rows[:5]))}{'等' if len(rows) > 5 else ''}行）"
                              for said, rows in worded.items())
            problems.append(Problem("info", "word_read_as", f"「{col.header}」按常用说法读取：{listed}",
                                    "如果读错了，请按报告中的位置填写（如 6①、二1、三2）" if col.kind == "section"
                                    else "如果读错了，请按下拉列表中的写法填写", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        if month_only:
            rows = _first_five(month_only)
            problems.append(Problem("info", "month_as_first", f"「{col.header}」第{rows}行只写了年月，按该月1日记录"
                                    "（本列的日期按月份统计，月份不变）", "写明具体日期（如 2026年3月18日）；只知道月份的可不修改",
                                    file=file, sheet=sheet, row=month_only[0],  # its first cell, as other column notes
                                    col=table.match.columns.get(col.name), column=col.header))
        if not_yet and (flag := dated.get(col.name)) is not None:
            problems.append(Problem("info", "state_in_date", f"「{col.header}」{_first_five(not_yet)}写的不是日期，"
                                    f"是「{flag.header}」的回答（否），按没有{col.header}读取",
                                    f"没有{col.header}的留空，状态填在「{flag.header}」（此为说明）", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        elif not_yet and (step := steps.get(col.name)) is not None:
            problems.append(Problem("info", "state_in_date", f"「{col.header}」{_first_five(not_yet)}写的不是日期，"
                                    f"说的是还没有到“{step[1]}”这一步，按没有{col.header}读取",
                                    f"没有{col.header}的留空，进展写在「{step[0].header}」或进展情况（此为说明）", file=file,
                                    sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if ditto:
            problems.append(Problem("info", "ditto_mark", f"「{col.header}」{_first_five(ditto)}按上一行的内容读取",
                                    "每行填写完整内容（同上、〃等写法可不修改，此为说明）", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        if joined_items:
            problems.append(Problem("info", "section_with_item", f"「{col.header}」{_first_five(joined_items)}：部分的标题"
                                    "和右边“序号”列的序号合起来读作报告中的位置", "可不修改（此为说明）；也可在一列中直接写 6①、二1",
                                    file=file, sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if marked:
            listed = _first_five(marked)
            problems.append(Problem("warning", "mark_after_name",
                                    f"「{col.header}」{listed}是写在名称后的标注符号，不算名称的一部分，已去掉；"
                                    "它标注的意思（如“★为重点项目”）没有读入",
                                    "去掉符号，把它标注的意思填到相应的列（如“是否重点项目”）", file=file,
                                    sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if in_words:
            problems.append(Problem("info", "date_in_words", f"「{col.header}」{_first_five(in_words)}按报表期间"
                                    f"（{month_label(period or '')}）推算", "写全日期（如 2026-03-15）；推算得对的可不修改",
                                    file=file, sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if no_year:
            listed = _first_five(no_year)
            problems.append(Problem("info", "year_supplied", f"「{col.header}」{listed}没有写明年份，按报表年度{(period or '')[:4]}年推算",
                                    "写全日期（如 2026-03-15）；确是本年的可不修改", file=file,
                                    sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if with_unit:
            listed = _first_five(with_unit)
            problems.append(Problem("info", "unit_in_cell_converted",
                                    f"「{col.header}」{listed}的数字带了单位，已按各自的单位换算为{stored}",
                                    f"以后只填数字，单位写在表头或“单位：”行（本列以{stored}计）", file=file,
                                    sheet=sheet, col=table.match.columns.get(col.name), column=col.header))
        if around and tuple(around) not in around_said:  # one sheet column read as two (全年目标): said once
            around_said.add(tuple(around))
            floor = col.name in in_catalogue_unit
            problems.append(Problem("info", "words_around_figure",
                                    f"「{col.header}」{_first_five(around)}只读取了其中的数字，"
                                    + ("“以上”“≥”“突破”“力争”等说法没有存入（目标按其中的数字计）" if floor
                                       else "数字前后的文字（如“完成”“已完工”）没有存入"),
                                    "以后在格子里只填数字" + ("（下限即目标值），说明写到备注" if floor else "，说明写到进展情况或备注")
                                    + "；读得对的可不修改（此为说明）", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        if as_zero and col.name in {base for _, base in form.roles.yoy}:  # a firm's 上年同期 “—”: 0 or no figure?
            rows = _first_five(as_zero)
            problems.append(Problem("warning", "nothing_as_zero",
                                    f"「{col.header}」第{rows}行的“—”“/”“无”等按0读取（共{len(as_zero)}格），"
                                    "这些行按上年同期为0计入同比增速，增速会因此偏高",
                                    "上年同期确实为0（如当年新投产）的可不修改；有上年数的填写实际数字，没有可比数的留空"
                                    "（留空的行不计入同比）", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        elif as_zero and not col.above_zero:  # a column that must be more than 0 refuses each such cell itself
            rows = _first_five(as_zero)
            problems.append(Problem("info", "nothing_as_zero",
                                    f"「{col.header}」第{rows}行的“—”“/”“无”等按0读取（共{len(as_zero)}格）",
                                    "如果其中某格不是0而是没有数据，请填写实际数字", file=file, sheet=sheet,
                                    col=table.match.columns.get(col.name), column=col.header))
        if numeric_pct:
            _fractions_to_percent(table, col, values, numeric_pct, problems, file,
                                  given=_amounts_give(form, table, data, unread, col.name))
    _happened_too_late(form, table, data, problems, late_dates)
    problems.extend(_sheets_converted(told, file))
    problems.extend(_doubtful_unit(table, form, data, refused, file))
    if not any(p.code in ("unit_doubtful", "unit_lines_differ") for p in problems):  # the unit asked once for the
        problems.extend(_far_from_others(table, form, data, refused, money_cols, file))  # table, not again on
        rows_small = {i for _, i, *_ in too_small}  # each cell it makes look large or small
        for col, i, raw, value, cell_factor, in_unit in too_small:
            same = _row_alike(table, i, [c for c in money_cols if c is not col and isinstance(
                v := data[c.name][i], Decimal) and 0 < abs(v) < (col.least or 0) and (c.least is None or abs(v) >= c.least)])
            # (a sibling under its own least is asked itself)
            problem(col, table.rows[i].excel_row, raw,
                    *_too_small(col, value, cell_factor, in_unit, same, len(rows_small) == 1 < len(table.rows)),
                    "too_small")
    for col in form.columns:  # a flag or a stage the layout left out, told row by row by columns that are there
        if col.told_in(table.match.columns) and col.told_by:
            data[col.name] = [v is not None for v in data[col.told_by]]
        elif col.told_in(table.match.columns):
            data[col.name], later = _last_step_dated(col, data, unread, period, [r.excel_row for r in table.rows])
            if later:
                problems.append(Problem(
                    "warning", "step_after_period", f"「{col.header}」按各步骤的日期读取，{_first_five(later)}在本期之后，"
                    "这一步按尚未达到读取", "如果这一步已经完成，请改正日期；计划的日期可写在备注里", file=file, sheet=sheet,
                    col=table.match.columns.get(col.name), column=col.header))
    for col in form.columns:
        if col.named_by and col.named_by in table.match.columns:
            _codes_from_names(table, col, data, problems, file)
    if form.catalogue_unit is not None:
        _to_catalogue_units(table, form.catalogue_unit, data, problems, file, typed_units)
        _quarters_as_cumulative(table, form.catalogue_unit, data, problems, file)
    gone = _targets_weighed(table, form.catalogue_unit, data, problems, file) if form.catalogue_unit else set()
    _from_restated(table, data, unread, problems, file)
    unread = _instalments(form, table, data, unread, problems, file)
    _growths_weighed(form, table, data, unread, problems, file)
    unread = _targets_set_aside(table, data, unread, gone)
    frame = pl.DataFrame({c.name: pl.Series(c.name, data[c.name], dtype=c.dtype, strict=False) for c in form.columns})
    for col in form.columns:  # a value the column's type cannot hold must not vanish into a null
        if frame[col.name].null_count() == data[col.name].count(None):
            continue  # as many nulls as values missing: nothing was lost (the usual case, without a scan)
        lost = [i for i, (v, kept) in enumerate(zip(data[col.name], frame[col.name].to_list(), strict=True))
                if v is not None and kept is None]
        for i in lost:
            row = table.rows[i]
            problem(col, row.excel_row, row.cells.get(col.name), "数值超出本列允许的范围", "检查是否填错", "out_of_range")
            unread.add((i, col.name))
    return Normalised(form, frame, [r.excel_row for r in table.rows], problems, unit, refused, unread, as_shown)


def _from_restated(table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]], problems: list[Problem],
                   file: str) -> None:
    """A blank cell of a column the return also writes in another unit (供地面积 over 公顷 | 亩, 亩 left empty and
    2.0 公顷 beside it): the quantity is written, in the other unit — read from it, converted exactly
    (``beizeng.base.units.convert``: 2.0 公顷 = 30 亩), said on the cell and in the row's lineage.  The column read
    stays the one in the form's unit (``HeaderMatch.restated``); where both are filled they are held against each
    other (``beizeng.intake.checks.check_restated``)."""
    match = table.match
    for name, others in match.restated.items():
        col = table.match.form.column(name)
        dim, read = units.dimension_of(col.kind, col.unit), match.columns.get(name)
        stored = col.unit or table.match.form.unit
        if dim is None or read is None or name not in data:
            continue
        for i, row in enumerate(table.rows):
            if data[name][i] is not None or (i, name) in unread or not is_nothing(row.cells.get(name)):
                continue
            for c, unit in others:
                cells = match.sheet.rows[row.excel_row - 1] if row.excel_row - 1 < len(match.sheet.rows) else []
                raw = cells[c] if c < len(cells) else None
                if is_nothing(raw):
                    continue
                try:
                    value = units.convert(parse_decimal(raw), units.lookup(unit), dim, stored)
                except (CellError, units.UnitError):
                    continue  # no number, or no unit this column converts from: the blank stays asked
                data[name][i] = value
                here, there = f"{col_letter(read)}{row.excel_row}", f"{col_letter(c)}{row.excel_row}"
                how = f"{there}“{clean_text(raw)}”{unit}换算为{_plain(value)}{stored}"
                table.converted.setdefault(row.excel_row, []).append(f"{col.header}由{unit}换算：{how}")
                problems.append(Problem("info", "restated_filled", f"{here}未填，按同一行{how}读取",
                                        f"如不对，请在{here}填写{col.header}（{stored}）", file=file,
                                        sheet=table.sheet, row=row.excel_row, col=read, column=col.header,
                                        value=clean_text(raw)))
                break


def _plain(value: Decimal) -> str:
    """A figure as a person writes it: 30, not 30.0 or 3E+1."""
    return f"{value.normalize():f}"


def _says_not_yet(flag: Column, raw: Any) -> bool:
    """Whether a date cell holds, instead of a date, a word its flag reads as 否 (未开工, 待开工, 否 in 开工日期 where
    是否开工 ``told_by`` it): the clerk says there is no date yet, which is what an empty cell says — so it is read so,
    and said.  A word meaning 是 (在建) is no date either, but one is owed: that stays asked (not_a_date).  Anything
    with a digit is a date to read, never a state."""
    if not isinstance(raw, str) or any(ch.isdigit() for ch in clean_text(raw)):
        return False
    meant = _meant(flag.words, raw) if flag.words else None
    if meant is None:
        try:
            meant = parse_flag(raw)
        except CellError:
            return False
    return meant is False


#: How a date cell says its step has not come (未签约, 尚未开工, 待投产): the words before the step's name.
_NOT_YET = re.compile(r"^(?:尚未|暂未|还未|还没有?|没有|未|待)")


def _step_not_yet(stage: Column, step: str, raw: Any) -> bool:
    """Whether a cell of the date column of ``step`` (a stage of ``stage``, its ``dated_by``) holds, instead of a
    date, the words that the step has not come: 未签约 in 签约时间, 未开工 or 未签约 in 开工时间 (no step after one not
    reached is reached either), a bare 未 — read as no date, which is what the empty cell would say, and said.
    A word naming a later step (未投产 in 开工时间) or any other word is no such answer: it stays asked (not_a_date)."""
    text = re.sub(r"\s", "", clean_text(raw))
    said = _NOT_YET.match(text) if isinstance(raw, str) and not any(ch.isdigit() for ch in text) else None
    if said is None:
        return False
    rest = text[said.end():]
    if not rest:
        return True
    named = rest if rest in (stage.choices or ()) else _meant(stage.words, rest) if stage.words else None
    order = list(stage.choices or ())
    return named in order and order.index(named) <= order.index(step)


def _last_step_dated(stage: Column, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                     period: str | None, excel_rows: list[int]) -> tuple[list[Any], list[str]]:
    """A stage the layout leaves out, told by its steps' dates (``Column.dated_by``): the last step dated by the
    period's end, the first stage when none is; and the steps dated after it (a planned 开工时间 of 7月15日 in June's
    ledger: not reached, said).  A row with a step's date unread (asked on its cell) has no stage told: it is not
    guessed from the other dates, nor asked twice."""
    end = day_after(period) - dt.timedelta(days=1) if period and month_of(period) else None
    told: list[Any] = []
    later: list[str] = []
    for i in range(len(data[stage.dated_by[0][1]])):
        if any((i, d) in unread for _, d in stage.dated_by):
            told.append(None)
            unread.add((i, stage.name))
            continue
        dated = [(s, d) for s, d in stage.dated_by if data[d][i] is not None]
        reached = [s for s, d in dated if end is None or data[d][i] <= end]
        later += [f"第{excel_rows[i]}行“{s}”{data[d][i]:%Y-%m-%d}" for s, d in dated if end is not None and data[d][i] > end]
        told.append(reached[-1] if reached else stage.dated_by[0][0])
    return told, later


def _figure_said_in_words(raw: str, kind: str, target: bool) -> str | None:
    """The figure of a cell that says it with words around it, or None: a target's floor (28以上, ≥8 — ``target``,
    a cell of ``FormSpec.catalogue_unit``'s values) and a completion percentage's words (完成60%, 100（已完工）, in a
    ``pct`` column).  The words are no part of the figure and are said by the caller; anything else is left to the
    column's parser (which asks about what it cannot read)."""
    text = re.sub(r"\s", "", clean_text(raw))
    if target:
        text = _TARGET_RISE.sub("", text)
    if target and (floor := _AT_LEAST.match(text)) and not _ROUGH.search(text):
        return _TARGET_RISE.sub("", floor["after"] or floor["before"])
    if target and text != re.sub(r"\s", "", clean_text(raw)) and re.fullmatch(r"[\d.,]+%?", text):
        return text  # 增长8.5%: the rise typed as a figure
    if kind == "pct" and (said := _PCT_SAID.match(text)) and not _ROUGH.search(said["note"] or ""):
        return said["after"] or said["before"]
    return None


def _rough_parts(raw: Any) -> tuple[str, str] | None:
    """The figure and its unit (“” when none) of a target said as an estimate (8.5%左右, 约100亿元, 增长8.5%左右 — a
    工作要点's words), or None: read once for ``_rough_target`` (asked) and ``target_figure`` (its unit)."""
    if not isinstance(raw, str):
        return None
    text = _TARGET_RISE.sub("", re.sub(r"\s", "", clean_text(raw)))
    if not _ROUGH.search(text):
        return None
    bare = _TARGET_RISE.sub("", re.sub(r"^(?:力争|确保)|(?:力争|确保)$", "", _ROUGH.sub("", text)))
    found = re.fullmatch(r"(?:≥|以上|及以上)?([\d.,]+)(%|亿元|万元|亿|万)?(?:以上|及以上)?", bare)
    return (found[1], found[2] or "") if found else None


def _rough_target(raw: Any) -> str | None:
    """The figure of a target said as an estimate, or None: a target is one figure, and whether the estimate's is it
    only the county can say — asked, naming that figure (``_rough_parts``)."""
    parts = _rough_parts(raw)
    return parts[0] if parts else None


def target_figure(raw: Any) -> str:
    """A target's cell as its figure was typed (10%以上 → 10%, 增长8.5%左右 → 8.5%): what its % sign and unit are
    judged on (an estimate is still asked, ``_rough_target``: its row's unit is no second question)."""
    if not isinstance(raw, str):
        return clean_text(raw)
    floor = _figure_said_in_words(raw, "", True)
    if floor is None and (rough := _rough_parts(raw)) is not None:
        floor = "".join(rough)
    return floor or clean_text(raw)


@cache
def _word_table(words: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {enum_key(typed): meant for typed, meant in words}


def _meant(words: tuple[tuple[str, Any], ...], raw: Any) -> Any:
    """The value a clerk's everyday word means in this column (``column``'s ``words``), or None."""
    if not isinstance(raw, str):
        return None
    return _word_table(words).get(enum_key(re.sub(r"\s", "", clean_text(raw))))


_YEAR_FIRST = re.compile(r"^((?:19|20)\d{2})年度?(.+)$")


def _year_before_word(words: tuple[tuple[str, Any], ...], raw: Any) -> tuple[int, Any, str] | None:
    """A column's everyday word with a year before it (2026年第一季度): (the year, what the word means, the word),
    or None.  The column keeps no year, so the caller weighs it against the return's."""
    if not isinstance(raw, str) or not (m := _YEAR_FIRST.match(re.sub(r"\s", "", clean_text(raw)))):
        return None
    meant = _meant(words, m.group(2))
    return None if meant is None else (int(m.group(1)), meant, m.group(2))


def _line_against_headers(table: Table, form: FormSpec, file: str) -> list[Problem]:
    """A 单位 line that every column of its kind contradicts in its own header (单位：万元 above 产值（亿元）, a line
    copied from last year's file): read by the headers, nearest the figures (``tables.written_unit``), and said,
    once, since a reader seeing two units for the same cells would ask which one holds.  A line some column is
    read by is that column's unit, beside others that say their own: nothing to say."""
    line = units.lookup(table.unit) if table.unit else None
    if line is None or line.dimension is None:
        return []
    other: dict[str, list[str]] = {}
    for col in form.columns:
        if col.name in table.match.columns and units.dimension_of(col.kind, col.unit) == line.dimension:
            own = written_unit(table.match, col, None)
            if own is None or own.name == line.name:
                return []  # a column read by the line: a table mixing units (单位：万元, 总投资（亿元）) is no slip
            other.setdefault(own.name, []).append(f"「{col.header}」")
    # where the unit was said, in the clerk's words: the line above, or the note under the table / the sheet's name
    at = f"（{col_letter(table.unit_at[1])}{table.unit_at[0] + 1}格）" if table.unit_said and table.unit_at else ""
    said = f"{table.unit_said}{at}，即金额单位为{table.unit}" if table.unit_said else f"表格上方写“单位：{table.unit}”"
    what = ("表下的说明" if table.unit_at is not None else "工作表名中的单位") if table.unit_said else "“单位：”行"
    return [Problem("warning", "unit_line_against_header",
                    f"{said}，但{'、'.join(cols[:3])}{f'等{len(cols)}栏' if len(cols) > 3 else ''}"
                    f"的表头写的是{unit}，两者不一致；已按表头的{unit}读取",
                    f"核对单位：如果数字确是{unit}，请把{what}改为{unit}或删去；如果是{line.name}，请改正表头",
                    file=file, sheet=table.sheet, row=table.match.header_row + 1)
            for unit, cols in other.items()]


def _unit_lines_differ(table: Table, form: FormSpec, file: str) -> list[Problem]:
    """A 单位 line above the table and a note under it that state two money units (单位：万元 | 注：本表金额单位为元):
    asked, naming both cells — which one the figures are in only the clerk knows, and neither is nearer them."""
    if table.unit_clash is None or table.unit_at is None or not any(c.kind == "money" for c in form.columns):
        return []
    other, cell, line = table.unit_clash
    at = f"{col_letter(table.unit_at[1])}{table.unit_at[0] + 1}"
    there, where = (f"表下{col_letter(cell[1])}{cell[0] + 1}格又写“{line[:30]}”", f"{col_letter(cell[1])}{cell[0] + 1}") \
        if cell is not None else (f"{line}又写明", "工作表名")
    return [Problem("error", "unit_lines_differ",
                    f"表格上方{at}格写“单位：{table.unit}”，{there}（{other}），"
                    f"两处单位不一致，无法确定金额是{table.unit}还是{other}",
                    f"请核对金额的单位，删去或改正不对的一处（{at}或{where}），只留一处写明单位",
                    file=file, sheet=table.sheet, row=table.unit_at[0] + 1, col=table.unit_at[1])]


def _doubtful_unit(table: Table, form: FormSpec, data: dict[str, list[Any]], refused: set[str],
                   file: str) -> list[Problem]:
    """A table whose amounts, read in the unit said for the whole table, are implausible on most of its rows, so
    that the unit is asked once rather than stored 10,000 times off.  Two directions, one question:
    - too small: the unit is 元 or 千元 — said in a 单位 line, its sheet's name or a note under it — and most rows'
      largest amounts are under ``units.LEAST_LARGEST`` (「6月(元)」 over 800, 120 — a project's 1-6月 investment of
      800 元; a 规上 enterprise's 1-6月 output of 4,800 元): 万元 figures under a stale or mistaken 元 (a template's
      line kept, a colleague's file copied);
    - too large: the unit is 万元 or none is said, and most rows exceed their column's ``usual_most`` (two small
      firms' 4,800,000 and 3,900,000 read as 480 and 390 亿元 of half-year output): 元 figures under 万元.
    Most rows, not all: one large firm among small ones, or one small among large, is a row's own story.  A column
    whose own header says its unit (（元）, （万元）) is taken at its word — that is also how a clerk confirms."""
    said = units.lookup(table.unit) if table.unit else None
    if said is not None and said.dimension != "money":
        return []
    read = _read_by_table_unit(table, form, refused)
    if said is not None and said.factor < 1:
        return _doubtful_small(table, read, data, file)
    if said is None or said.factor == 1:
        return _doubtful_large(table, [c for c in read if c.usual_most is not None], data, file)
    return []


def _read_by_table_unit(table: Table, form: FormSpec, refused: set[str]) -> list[Column]:
    """The money columns read by the unit said for the whole table (or the form's, none being said): a header that
    says its own unit (（元）, （万元）) is taken at its word by the size rules."""
    return [c for c in form.columns if c.kind == "money" and c.name in table.match.columns and c.name not in refused
            and written_unit(table.match, c, None) is None]


def _far_from_others(table: Table, form: FormSpec, data: dict[str, list[Any]], refused: set[str],
                     money_cols: list[Column], file: str) -> list[Problem]:
    """One row whose amount read in 万元 stands 10,000 times off the rest of its table, as a row copied from a report
    in another unit does, asked on its cell rather than stored so:
    - above: over its column's ``usual_most`` and ``units.ABOVE_OTHERS`` times the median of the other rows
      (西川包装's 4,800,000 beside firms of 2,100 to 7,800; 魔芋's 8,000,000 beside projects of 8,000 to 50,000 — 元
      read as 万元): ``too_large``, never 480 亿元 of output for a firm that entered the list this year;
    - below: under 100 times its column's ``least`` and ``units.APART`` times under the median (1.5 beside projects
      of 30,000 — 1.5 亿元 typed under 万元, over the ``least`` that alone catches 0.3): ``too_small``.
    The county's largest firm is asked the same once its header carries no unit; under a header that says （万元）
    (templates write it) the clerk has said the unit beside the figure, so the row is stored and warned, not stopped:
    said either way, never silent."""
    said = units.lookup(table.unit) if table.unit else None
    by_line = _read_by_table_unit(table, form, refused) if said is None or said.factor == 1 else []
    by_header = [c for c in money_cols if c not in by_line and c.name not in refused
                 and (u := written_unit(table.match, c, None)) is not None and u.dimension == "money" and u.factor == 1]
    out: list[Problem] = []
    for col in [*by_line, *by_header]:
        severity = "error" if col in by_line else "warning"
        values = data[col.name]
        ranked = sorted(abs(w) for w in values if isinstance(w, Decimal) and w)  # once per column: a 60,000-row
        if len(ranked) < 3:  # return asks about its rows in one pass, not one sort per row
            continue
        for i, v in enumerate(values):
            if not isinstance(v, Decimal) or v <= 0:
                continue
            above = col.usual_most is not None and v >= col.usual_most
            below = col.least is not None and col.least <= v < 100 * col.least
            if not (above or below):
                continue
            mid = _median_without(ranked, bisect.bisect_left(ranked, v))
            if above and v >= units.ABOVE_OTHERS * mid:
                out.append(_off_the_others(table, col, i, v, mid, money_cols, data, file, severity, larger=False))
            elif below and v * units.APART <= mid:
                out.append(_off_the_others(table, col, i, v, mid, money_cols, data, file, severity, larger=True))
    return out


def _median_without(ranked: list[Decimal], k: int) -> Decimal:
    """The median of the sorted ``ranked`` without its ``k``-th figure (the row measured against the others), in
    constant time: the figures left keep their order, shifted by one past ``k``."""
    n = len(ranked) - 1
    at = [j if j < k else j + 1 for j in ((n - 1) // 2, n // 2)]
    return (ranked[at[0]] + ranked[at[1]]) / 2


def _off_the_others(table: Table, col: Column, i: int, v: Decimal, mid: Decimal, money_cols: list[Column],
                    data: dict[str, list[Any]], file: str, severity: str, *, larger: bool) -> Problem:
    """The question of ``_far_from_others`` on one cell: what it reads as, how far from the others, what it would
    be in the unit 10,000 times apart (``larger``: 亿元; else 元), the row's other amounts alike, and both fixes."""
    raw = clean_text(table.rows[i].cells.get(col.name))
    near = _row_alike(table, i, [c for c in money_cols if c is not col and isinstance(w := data[c.name][i], Decimal)
                                 and w and (abs(w) * units.APART <= mid if larger else abs(w) >= v / units.APART)])
    also = f"；本行的{'、'.join(near)}也应是同一单位" if near else ""
    other, meant = ("亿元", v * 10_000) if larger else ("元", v / 10_000)
    how_far = f"的1/{int(mid / v):,}" if larger else f"的{int(v / mid):,}倍，一个项目或一家企业少有这么大"
    size = f"只有{_fmt_factor(v)}万元" if larger else f"为{_fmt_factor(v / 10_000)}亿元"
    confirm = ("如果确是万元，可不修改（此为提醒）" if severity == "warning"
               else f"如果确是万元，请在「{_header(table, col)}」的表头写明（万元）")
    return Problem(
        severity, "too_small" if larger else "too_large",  # type: ignore[arg-type]
        f"按万元读取{size}，是本表其他各行中间水平（{_fmt_factor(mid)}万元）{how_far}，"
        f"像是按{other}填写的（即{_fmt_factor(meant)}万元）{also}",
        f"如果是{other}，请把本行的金额换算为万元重填（{raw}{other} = {_fmt_factor(meant)}万元）；{confirm}",
        file=file, sheet=table.sheet, row=table.cell_row(table.rows[i].excel_row, col.name),
        col=table.match.columns.get(col.name), column=col.header, value=raw)


def _largest_per_row(cols: list[Column], data: dict[str, list[Any]],
                     scale: Callable[[Column], Decimal]) -> dict[int, tuple[Decimal, int, Column]]:
    """Each row's largest amount among ``cols``, measured against its column (``scale``): (size, row, column)."""
    rows: dict[int, tuple[Decimal, int, Column]] = {}
    for c in cols:
        for i, v in enumerate(data[c.name]):
            if isinstance(v, Decimal) and v and (i not in rows or abs(v) / scale(c) > rows[i][0]):
                rows[i] = (abs(v) / scale(c), i, c)
    return rows


def _doubtful_small(table: Table, read: list[Column], data: dict[str, list[Any]], file: str) -> list[Problem]:
    """Most rows under ``units.LEAST_LARGEST`` in a table said to be in 元 or 千元 (``_doubtful_unit``)."""
    rows = _largest_per_row(read, data, lambda c: Decimal(1))
    small = [a for a in rows.values() if a[0] < units.LEAST_LARGEST]
    if len(small) * 2 <= len(rows):  # most rows plausible: one tiny row is a row's own story
        return []
    largest, i, col = max(small, key=lambda x: x[0])
    cell = f"第{table.rows[i].excel_row}行「{_header(table, col)}」{clean_text(table.rows[i].cells.get(col.name))}"
    seen = (f"全表最大的金额（{cell}）也只有{_fmt_factor(largest)}万元" if len(small) == len(rows) else
            f"全表{len(rows)}行中有{len(small)}行的金额都不到{_fmt_factor(units.LEAST_LARGEST)}万元（如{cell}，"
            f"只有{_fmt_factor(largest)}万元）")
    return [_unit_asked(table, f"但按{table.unit}读取，{seen}，不像实际数额：这些数字像是按万元填写的",
                        f"如果是万元，请改正{_unit_place(table)}中的单位；如果确是{table.unit}，"
                        f"请在各金额列的表头写明（{table.unit}）", file)]


def _doubtful_large(table: Table, read: list[Column], data: dict[str, list[Any]], file: str) -> list[Problem]:
    """Most rows over their column's ``usual_most`` in a table read in 万元 (``_doubtful_unit``)."""
    rows = _largest_per_row(read, data, lambda c: Decimal(c.usual_most or 1))
    large = [a for a in rows.values() if a[0] >= 1]
    if len(large) * 2 <= len(rows):
        return []
    _, i, col = min(large, key=lambda x: x[0])
    typed = clean_text(table.rows[i].cells.get(col.name))
    value = data[col.name][i]
    cell = f"第{table.rows[i].excel_row}行「{_header(table, col)}」{typed}，即{_fmt_factor(value / 10_000)}亿元"
    most = f"{_fmt_factor(Decimal(col.usual_most or 0) / 10_000)}亿元"
    seen = (f"全表最小的也超过{most}（{cell}）" if len(large) == len(rows) else
            f"全表{len(rows)}行中有{len(large)}行超过{most}（如{cell}）")
    to_yuan = f"请把{_unit_place(table)}中的单位改为元" if table.unit else "请在表头上方写明“单位：元”"
    return [_unit_asked(table, f"按万元读取，{seen}，一个项目或一家企业少有这么大：这些数字像是按元填写的",
                        f"如果是元，{to_yuan}（或把数字改为万元）；如果确是万元，请在各金额列的表头写明（万元）",
                        file)]


def _row_alike(table: Table, i: int, cols: list[Column]) -> list[str]:
    """The row's other amounts a size question names as typed the same way: 「本月产值」0.04 (its header as the
    return wrote it, the cell as typed)."""
    return [f"「{_header(table, c)}」{clean_text(table.rows[i].cells.get(c.name))}" for c in cols]


def _header(table: Table, col: Column) -> str:
    """A column's header as the return wrote it (1-6月累计产值), for a message the clerk finds it by."""
    return clean_text(table.match.headers.get(col.name)) or col.header


def _unit_place(table: Table) -> str:
    """Where the table's unit was said, for a fix: its 单位 line, its sheet's name or a note under it."""
    return "表下的说明" if table.unit_said and table.unit_at else ("工作表名" if table.unit_said else "“单位：”行")


def _unit_asked(table: Table, seen: str, fix: str, file: str) -> Problem:
    """The one question of ``_doubtful_unit``, on the cell that said the unit (or the table, when none did)."""
    said = (f"{table.unit_said or '表头上方的“单位：”行写的'}金额单位为{table.unit}，" if table.unit else
            "表中没有写金额单位，")
    where = table.unit_at
    return Problem("error", "unit_doubtful", said + seen, fix, file=file, sheet=table.sheet,
                   row=where[0] + 1 if where else None, col=where[1] if where else None)


def _too_small(col: Column, value: Decimal, factor: Decimal, stored: str, same: list[str],
               one_row: bool) -> tuple[str, str]:
    """The message and fix of an amount under its column's ``least`` (0.3 read as 0.3 万元 of 计划总投资): the
    clerk typed it in a unit 10,000 times larger than the one it was read in (亿元 under 单位：万元, 万元 under a
    header's （元）); what it would be in that unit is said where that is a plausible amount.  The row's other
    amounts as small (``same``: 本月 0.04, 营业收入 0.25 beside 1-6月 0.24) are named, since they were typed alike;
    when this is the only row so (``one_row``: a firm's row pasted from its own 亿元 report), the fix is that row's."""
    read = next((name for name, f in UNIT_FACTORS.items() if f == factor), stored)
    larger = next((name for name, f in UNIT_FACTORS.items() if f == factor * 10_000), None)
    typed = _fmt_factor(value / factor)
    as_larger = f"，像是按{larger}填写的（{typed}{larger}）" if larger and value * 10_000 >= (col.least or 0) else ""
    also = f"；本行的{'、'.join(same)}也一样小，应是同一单位" if same else ""
    if one_row and larger:
        fix = (f"把本行的金额由{larger}换算为{read}重填（{typed}{larger} = {_fmt_factor(value * 10_000)}{stored}），"
               "其他行不用改")
    else:
        fix = f"核对单位：本列按{read}读取；如果是{larger or '其他单位'}，请把表头或“单位：”行的单位改为{larger or '实际单位'}"
    return (f"按{read}读取只有{_fmt_factor(value)}{stored}，少得不合理（本列不会不到{col.least:,}{stored}）{as_larger}{also}",
            fix)


def _sheet_of(table: Table, excel_row: int) -> str | None:
    """The sheet a row came from when the table is a return joined from sheets (``parts.Stacked``)."""
    sheet = table.match.sheet  # (typed by its attributes: parts imports this module through views)
    return sheet.sheet_of(excel_row) if getattr(sheet, "own_units", None) else None  # type: ignore[attr-defined,no-any-return]


def _sheet_factors(table: Table, col: Column, dim: units.Dimension, stored: str | None, view: units.Unit | None,
                   told: dict[tuple[str, str, str | None, Decimal], list[str]]) -> dict[str | None, Decimal]:
    """Each joined sheet that states its own unit for the column (``Stacked.own_units``) → the factor its rows
    are converted by; ``told`` gathers (sheet, unit, stored, factor) → the columns converted, said once per sheet
    (``_sheets_converted``) — the first sheet's too (``view``: the unit the view reads it in) when another sheet
    differs, so that a return in several units says what each sheet was read in.  A unit no factor converts is
    ``units_differ`` (``parts._convertible``)."""
    joined: dict[str, dict[str, str]] = getattr(table.match.sheet, "own_units", {})
    out: dict[str | None, Decimal] = {}
    for name, own in joined.items():
        if col.name in own:
            written = units.lookup(own[col.name])
            out[name] = units.factor(written, dim, stored)
            if out[name] != 1:
                told.setdefault((name, written.name, stored, out[name]), []).append(f"「{col.header}」")
    if out and view is not None and (first := units.factor(view, dim, stored)) != 1 and table.sheet not in out:
        told.setdefault((table.sheet, view.name, stored, first), []).append(f"「{col.header}」")
    return out


def _sheets_converted(told: dict[tuple[str, str, str | None, Decimal], list[str]], file: str) -> list[Problem]:
    """A joined sheet read in its own unit, told once on that sheet, as a conversion is told."""
    return [Problem("info", "unit_converted",
                    f"本工作表的{'、'.join(cols[:3])}{f'等{len(cols)}栏' if len(cols) > 3 else ''}按{unit}填写"
                    f"，已换算为{stored}（1 {unit} = {_fmt_factor(factor)} {stored}）",
                    "各工作表最好用同一种单位；换算无误可不修改（此为提醒）", file=file, sheet=sheet)
            for (sheet, unit, stored, factor), cols in told.items()]


def _typed_with_unit(raw: str, dim: units.Dimension | None) -> tuple[str, units.Unit] | None:
    """A figure typed with its unit in the cell ("1.5亿元", "2,300万", "3.5公顷", "5‰"): the number and the unit.

    Policy: the cell's own unit is the most specific statement of what the clerk meant, so a unit of the
    column's dimension is converted (and the sender told), never refused as ambiguous; a unit of another
    dimension is an error on the cell (``units.factor``).  A rate's "%" is parse_pct's, not a unit here.
    ``dim`` None: a target's cell, whose rows have units of their own (``_to_catalogue_units`` weighs it)."""
    try:
        text = _without_separators(clean_text(raw).translate(_MINUS))
    except CellError:
        return None  # 1 200,50万: parse_decimal says what is wrong with the figure
    found = units.in_cell(text)
    if found is None or (dim in ("rate", None) and found[1].name == "%"):
        return None
    return found


def _merged_figures(table: Table, col: Column) -> dict[int, int]:
    """The Excel rows of a figure column whose cell is the lower part of a cell merged down over several data rows,
    each with the row the figure is written in.  A township merged over its projects belongs to each of them; an
    amount merged over a project's 一期 and 二期 is one figure for both, and read into each it would count twice."""
    sheet, c = table.match.sheet, table.match.columns[col.name]
    if col.kind not in ("money", "number", "int") or not sheet.merged or sheet.turned_at is not None:
        return {}
    out: dict[int, int] = {}
    for row in table.rows:
        m = sheet.merge_at(row.excel_row - 1, c)
        if m is not None and m[0][0] != m[1][0] and m[0][0] != row.excel_row - 1:
            out[row.excel_row] = m[0][0] + 1
    return out


def _merged_across(table: Table, col: Column) -> dict[int, str]:
    """The Excel rows of a figure column whose cell a merge from a column on its left covers (K6:L6 “800” over 本月
    and 累计), each with the cell the figure is written in (“K6格（本月完成投资）”): the figure is that column's, and
    read into this one too it would say two things at once (hostile round 31: 800 stored as 本月 and as 累计)."""
    sheet, c = table.match.sheet, table.match.columns[col.name]
    if col.kind not in ("money", "number", "int") or not sheet.merged or sheet.turned_at is not None:
        return {}
    names = {cc: name for name, cc in table.match.columns.items()}
    asked = {(no, name) for no, name, _ in table.under_merge}  # a value of its own under the merge: asked so already
    out: dict[int, str] = {}
    for row in table.rows:
        m = sheet.merge_at(row.excel_row - 1, c)
        if m is not None and m[0][1] != c and (row.excel_row, col.name) not in asked:
            (r0, c0), _ = m
            other = table.match.headers.get(names[c0], "") if c0 in names else ""
            out[row.excel_row] = f"{col_letter(c0)}{r0 + 1}格" + (f"（{other}）" if other else "")
    return out


def _wan_question(values: list[Any], rows: list[int]) -> list[int]:
    """Of the cells typed "N万" in a column counted in 万元, those to ask about: 万 is the clerk's short 万元
    (2,300万 = 2,300 万元) and also the number word (1.2万 = 12,000), and in a 万元 column the two readings are
    10,000 apart.  Read as 万元 unless the column's other figures are a thousand times larger or more (1.2万
    beside 12,000 and 9,000: an enterprise's 12,000 万元 said in words) — then asked, never stored as 1.2."""
    others = sorted(abs(v) for j, v in enumerate(values) if j not in set(rows) and isinstance(v, Decimal) and v)
    if not others:
        return []
    middle = others[len(others) // 2]
    return [i for i in rows if isinstance(values[i], Decimal) and abs(values[i]) * 1000 <= middle]


def quote_as_shown(problems: list[Problem], as_shown: dict[tuple[int, int], tuple[str, str]]) -> None:
    """Each problem on a cell read as shown quotes what the cell shows, not what it holds: a clerk looking for
    “-8000000” in a 千元 column finds -8,000 on the screen.  One pass over a file's problems, however many checks
    quoted the cell (validation, history, the row checks)."""
    for x in problems:
        if x.row is not None and x.col is not None and (pair := as_shown.get((x.row, x.col))) and x.value == pair[0]:
            x.value = pair[1]


def figure_text(value: Decimal) -> str:
    """A figure as a clerk writes it: thousands separators, no trailing zeros (the messages' one way)."""
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fmt_factor(factor: Decimal) -> str:
    text = f"{factor.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _figure_or_rate(value: Any) -> Decimal:
    """A figure of a column whose rows have units of their own (a targets table): 24, or 8% for a rate."""
    return parse_pct(value)[0]


def _row_unit(table: Table, data: dict[str, list[Any]], unit_col: str, value_col: str, i: int,
              line: bool = True) -> str | None:
    """The unit a row's figure was written in: its own 单位 cell (folded: ％ is %, since text is stored as typed),
    else its column header's, else (``line``) the 单位 line."""
    own = data.get(unit_col, [None] * (i + 1))[i]
    unit = (re.sub(r"\s", "", clean_text(own)) if own else None) or table.match.units.get(value_col) or (
        table.unit if line else None)
    return _UNIT_WORDS.get(unit, unit) if unit else None


#: Units as clerks shorten them in a 单位 column.
_UNIT_WORDS = {"亿": "亿元", "万": "万元", "百分比": "%", "百分点": "%"}


def _codes_from_names(table: Table, col: Column, data: dict[str, list[Any]], problems: list[Problem],
                      file: str) -> None:
    """A code column filled from the names beside it (``column(named_by=…)``): a hand-made targets table
    says 规上工业总产值, never output_target.  A name matching no code or several is an error on its
    cell naming the choices; a code typed as a name (规上工业总产值 in 指标代码) is read the same way."""
    choices = col.choices or ()
    cat = catalogue()
    spec = table.match.form.catalogue_unit
    unit_col, value_col = (spec.unit, spec.values[0]) if spec else ("", "")
    names = data[col.named_by or ""]
    for i, row in enumerate(table.rows):
        code, name = data[col.name][i], names[i]
        if code in choices:
            continue
        from_name = bool(name)  # the name decides; a code column holding a name (规上工业总产值) is read alike
        typed = name if from_name else code
        if not typed:
            continue
        unit = _row_unit(table, data, unit_col, value_col, i)
        found = match_target(str(typed), unit, choices)
        where = col.named_by if from_name else col.name
        cell = table.match.columns.get(where or "")
        header = table.match.form.column(where or col.name).header
        if len(found) == 1:
            data[col.name][i] = found[0]
            continue
        listed = "、".join(f"{cat[c].name}（{c}）" for c in (found or choices))
        if found:
            message, fix = f"第{row.excel_row}行的“{typed}”可能是{listed}，无法判断是哪一个", "把指标名称写完整，如上面所列的名称之一"
        else:
            message, fix = (f"第{row.excel_row}行的“{typed}”与指标目录中的任何目标都对不上",
                            f"把指标名称改为以下之一：{listed}")
        problems.append(Problem("error", "unknown_indicator", message, fix, file=file, sheet=table.sheet,
                                row=row.excel_row, col=cell, column=header, value=str(typed)))
        data[col.name][i] = None


#: Words in an indicator's name that say it is a rate (增速, 增长, 占比 …): its figure under a money 单位 line is
#: still a rate; a name without them (工业固定资产投资) under such a line is an amount, whatever the catalogue matched.
_SAYS_A_RATE = re.compile(r"增速|增长|增幅|同比|环比|比重|占比|[率%％]")


def set_aside_amounts_of_rate_targets(table: Table) -> None:
    """A targets row that is plainly an amount (its own 单位 亿元 or 万元, a name without 增速/增长/占比 …:
    工业固定资产投资 | 亿元 | 90) whose name the catalogue knows only as a rate target (工业固定资产投资增速目标, %):
    set aside, said on its row as a warning naming what beizeng keeps instead (``tables.set_aside_notes``), so the
    other targets are stored.  The catalogue keeps no amount target for such an indicator (the report compares
    the investment's growth with its target growth, sql/catalogue.toml fai_target_pct); a clerk told that 亿元 is
    the wrong unit for 90 亿元 of investment could only answer by deleting the row.  A row whose unit comes only
    from the 单位 line above is not weighed here: that is asked (``_to_catalogue_units``)."""
    form = table.match.form
    spec = form.catalogue_unit
    code_col = spec.code if spec else ""
    named_by = form.column(code_col).named_by if spec else None
    if spec is None or named_by is None or named_by not in table.match.columns:
        return
    choices = form.column(code_col).choices or ()
    cat = catalogue()
    gone: dict[int, str] = {}
    for row in table.rows:
        name = clean_text(row.cells.get(named_by))
        if not name or clean_text(row.cells.get(code_col)) in choices or _SAYS_A_RATE.search(name):
            continue
        own = re.sub(r"\s", "", clean_text(row.cells.get(spec.unit))) or table.match.units.get(spec.values[0], "")
        unit = _UNIT_WORDS.get(own, own)
        figure = target_figure(row.cells.get(spec.values[0]))
        if not unit or not figure or not same_dimension(unit, "万元"):
            continue
        found = match_target(name, unit, choices)
        if not found or any(cat[c].unit != "%" or same_dimension(unit, cat[c].unit) for c in found):
            continue
        kept = "、".join(f"“{cat[c].name}”" for c in found)
        gone[row.excel_row] = (f"“{name}”的金额目标（{figure}{'' if figure.endswith(unit) else unit}）：本系统的这项目标"
                               f"只有{kept}（以%计），没有金额目标")
    if not gone:
        return
    table.rows = [r for r in table.rows if r.excel_row not in gone]
    for row_no, what in gone.items():
        table.unread[row_no] = "target_not_kept"
        table.skipped.append((row_no, "target_not_kept", what))
    table.skipped.sort()


def _to_catalogue_units(table: Table, spec: CatalogueUnit, data: dict[str, list[Any]], problems: list[Problem],
                        file: str, typed: dict[tuple[int, str], str]) -> None:
    """Figures restated in the unit the catalogue gives their indicator (``FormSpec.catalogue_unit``:
    the code, unit and value columns): a target of 2,400,000 万元 is stored as 240 亿元, since the SQL compares
    it with figures in the catalogue's unit.  A unit of another dimension (亿元 for a growth rate in %) is an
    error on the unit cell, never a guess.  A unit typed in a figure's cell (``typed``: "24亿") is the most
    specific word on it: restated in the row's unit first (a row with no 单位 takes the cell's), a unit of
    another dimension than the row's asked on the cell."""
    cat = catalogue()
    code_col, unit_col, value_cols = spec.code, spec.unit, spec.values
    form = table.match.form
    converted: list[str] = []
    said: dict[int, str] = {}  # each row's unit as typed or read (before restating)
    # the rate rows' bare figures (0.08 shown as 8 %, or 0.08 and 0.1 pasted as values) are weighed as a column of
    # percentages is: by the one rule of _fractions_to_percent, over the rate rows alone (28 亿元 is no fraction's peer)
    rate_rows = [i for i, row in enumerate(table.rows) if data[code_col][i] in cat and cat[data[code_col][i]].unit == "%"]
    for n in value_cols:
        if n not in table.match.columns:
            continue
        bare = [i for i in rate_rows if data[n][i] is not None and (i, n) not in typed
                and not target_figure(table.rows[i].cells.get(n)).endswith("%")]
        if bare:
            rates = [data[n][i] if i in rate_rows else None for i in range(len(table.rows))]
            _fractions_to_percent(table, form.column(n), rates, bare, problems, file,
                                  f"增速类目标（第{_first_five([table.rows[i].excel_row for i in bare])}行）")
            for i in rate_rows:
                data[n][i] = rates[i]
    for i, row in enumerate(table.rows):
        code = data[code_col][i]
        if code not in cat:
            continue
        want = cat[code].unit
        signed = [n for n in value_cols if target_figure(row.cells.get(n)).endswith("%")]
        if signed and want != "%":
            problems.append(Problem(
                "error", "unit_mismatch", f"写了百分号，但指标“{cat[code].name}”以“{want}”计",
                f"填写以{want}计的数字，不带%", file=file, sheet=table.sheet, row=row.excel_row,
                col=table.match.columns.get(signed[0]), column=form.column(signed[0]).header,
                value=clean_text(row.cells.get(signed[0]))))
            continue
        unit = _row_unit(table, data, unit_col, value_cols[0], i)
        if unit is not None and not same_dimension(unit, want) and _row_unit(table, data, unit_col, value_cols[0], i,
                                                                            line=False) is None:
            named_by = form.column(code_col).named_by
            typed_name = clean_text(row.cells.get(code_col)) or clean_text(row.cells.get(named_by or ""))
            if want == "%" and same_dimension(unit, "万元") and not _SAYS_A_RATE.search(typed_name):
                # 工业固定资产投资 90 under 单位：亿: an amount by its words and its line, a rate by the catalogue
                problems.append(Problem(
                    "error", "unit_mismatch", f"本行没有写单位，表上方的单位是金额单位（{unit}），而“{typed_name}”按指标"
                    f"“{cat[code].name}”读取，以“%”计：看不出这个数是金额还是增速",
                    "是增速的，在本行单位栏填“%”，指标名称写明“增速”；是金额目标的，请说明（本系统的这项目标按增速计）",
                    file=file, sheet=table.sheet, row=row.excel_row, col=table.match.columns.get(value_cols[0]),
                    column=form.column(value_cols[0]).header, value=clean_text(row.cells.get(value_cols[0]))))
                for n in value_cols:
                    data[n][i] = None
                if unit_col in data and not data[unit_col][i]:
                    data[unit_col][i] = want  # (asked above: not a second question on the blank 单位 cell)
                continue
            unit = None  # 单位：万元 above the table is the money rows' unit, not a count's (5 户) or a rate's
            if unit_col in data and not data[unit_col][i]:
                data[unit_col][i] = want  # read in its indicator's own unit
        for n in value_cols:
            own = typed.get((i, n))
            if own is None or data[n][i] is None:
                continue
            unit = unit or own
            if own == unit:
                continue
            if own in UNIT_FACTORS and unit in UNIT_FACTORS:
                data[n][i] = data[n][i] * UNIT_FACTORS[own] / UNIT_FACTORS[unit]
                converted.append(f"第{row.excel_row}行{clean_text(row.cells.get(n))}→{_fmt_factor(data[n][i])}{unit}")
                continue
            problems.append(Problem(
                "error", "unit_mismatch", f"数字后写的单位“{own}”与本行的单位“{unit}”不符",
                f"只填以{unit}计的数字，或改正本行的单位", file=file, sheet=table.sheet, row=row.excel_row,
                col=table.match.columns.get(n), column=form.column(n).header, value=clean_text(row.cells.get(n))))
            data[n][i] = None
        if unit is not None and unit_col in data and not data[unit_col][i]:
            data[unit_col][i] = unit  # the row's 单位 left blank, the figure typed "2亿": the row says 亿元
        said[i] = unit or want
        if unit is None or unit == want:
            if unit == want and unit_col in data and data[unit_col][i]:
                data[unit_col][i] = want  # ％ or 亿 typed, stored in the catalogue's spelling
            continue
        if not same_dimension(unit, want):
            at = unit_col if unit_col in table.match.columns else value_cols[0]
            typed_unit = clean_text(row.cells.get(unit_col)) if at == unit_col else ""
            dittoed = f"（“{typed_unit}”按上一行读作“{unit}”）" if typed_unit in _DITTO else ""
            problems.append(Problem(
                "error", "unit_mismatch", f"单位“{unit}”{dittoed}与指标“{cat[code].name}”不符（该指标以“{want}”计）",
                "核对指标名称和单位：增速、占比类目标单位填“%”，总量类填“亿元”或“万元”，户数填“户”",
                file=file, sheet=table.sheet, row=row.excel_row, col=table.match.columns.get(at),
                column=form.column(at).header, value=typed_unit if dittoed else unit))
            continue
        if unit in UNIT_FACTORS and want in UNIT_FACTORS:
            factor = UNIT_FACTORS[unit] / UNIT_FACTORS[want]
            for name in value_cols:
                if data[name][i] is not None:
                    data[name][i] = stored_amount(data[name][i], factor)
            converted.append(f"第{row.excel_row}行{unit}→{want}")
        if unit_col in data:
            data[unit_col][i] = want
    for i, unit in said.items():  # a target too small to be meant (28 万元 of output for a year): asked
        ind = cat[data[code_col][i]]
        for n in value_cols:
            if ind.least is not None and data[n][i] is not None and 0 < data[n][i] < Decimal(str(ind.least)):
                problems.append(Problem(
                    "error", "too_small", f"按{unit}读取为{_fmt_factor(data[n][i])}{ind.unit}，少得不合理（“{ind.name}”"
                    f"不会不到{ind.least:g}{ind.unit}）" + ("，像是按亿元填写的" if unit != "亿元" else ""),
                    "核对本行的单位：如果是亿元，请把单位改为亿元", file=file, sheet=table.sheet,
                    row=table.rows[i].excel_row, col=table.match.columns.get(n), column=form.column(n).header,
                    value=clean_text(table.rows[i].cells.get(n))))
    if converted:
        problems.append(Problem("info", "unit_converted", f"目标已换算为指标目录的单位：{'、'.join(dict.fromkeys(converted))}",
                                file=file, sheet=table.sheet))


def _quarters_as_cumulative(table: Table, spec: CatalogueUnit, data: dict[str, list[Any]], problems: list[Problem],
                            file: str) -> None:
    """The quarters of a target are stored as the cumulative targets to each quarter's end (``CatalogueUnit``'s
    ``values[1:]``), but a 责任书 often splits the year into each quarter's own share (6 | 8 | 7 | 7 of 28): read as
    cumulative, 上半年 would be 8 亿元, not 14.  A person tells the two apart by arithmetic, as done here for every
    row of an amount or a count (a rate's quarters do not add up): all four quarters filled and the last one the
    year's target — cumulative, as typed; their sum the year's target — each quarter's share, stored as the running
    sum (and said); neither — asked on the quarters' cells, never guessed.  Quarters partly filled are read as
    typed (nothing to weigh them against)."""
    cat = catalogue()
    quarters = spec.values[1:]
    if not quarters or any(n not in table.match.columns for n in quarters):
        return
    shares: list[int] = []
    for i, row in enumerate(table.rows):
        code, year = data[spec.code][i], data[spec.values[0]][i]
        figures = [data[n][i] for n in quarters]
        if code not in cat or units.lookup(cat[code].unit).dimension not in ("money", "count") or year is None \
                or any(f is None for f in figures) or figures[-1] == year:
            continue
        if sum(figures) == year:
            running = Decimal(0)
            for n, f in zip(quarters, figures, strict=True):
                running += f
                data[n][i] = running
            shares.append(row.excel_row)
            continue
        first = table.match.columns[quarters[0]]
        problems.append(Problem(
            "error", "quarters_unclear",
            f"“{cat[code].name}”的分季度目标{'、'.join(_fmt_factor(f) for f in figures)}看不出是累计数还是各季度数："
            f"累计数的最后一季应等于年度目标{_fmt_factor(year)}，各季度数相加应等于年度目标，两样都不是",
            "核对本行四个季度的数：按截至各季度末的累计数填写（第四季度等于年度目标），或按各季度自己的数填写"
            "（四个季度相加等于年度目标）",
            file=file, sheet=table.sheet, row=row.excel_row, col=first, column=table.match.form.column(quarters[0]).header,
            value=clean_text(row.cells.get(quarters[0]))))
        for n in quarters:
            data[n][i] = None
    if shares:
        problems.append(Problem(
            "info", "quarters_made_cumulative",
            f"第{_first_five(shares)}行的分季度目标是各季度自己的数（四个季度相加等于年度目标），已换算为截至各季度末的累计目标入库",
            "如不对请改正；以后分季度目标按截至各季度末的累计数填写（第四季度等于年度目标）", file=file, sheet=table.sheet))


def growth_doubt(value: Decimal) -> tuple[Severity, str, str] | None:
    """THE bounds of a stated growth rate in % (a city table's ``Roles.growth`` column, a growth target of the
    catalogue): (severity, what is wrong, what to do), or None for a growth within them.  Below ``units.GROWTH_LEAST``
    it is impossible — an error; above ``units.GROWTH_USUAL_MOST`` it is asked — a warning, the figure not taken as
    typed by its caller unless the amounts beside it give it too (the caller says what it did with it)."""
    if value < units.GROWTH_LEAST:
        return ("error", f"增速 {figure_text(value)}% 低于 {figure_text(units.GROWTH_LEAST)}%：比上年减少全部也只是 "
                f"{figure_text(units.GROWTH_LEAST)}%，不可能更低",
                "核对是否多写了负号、漏了小数点或填错了栏，改正后重新报送")
    if value > units.GROWTH_USUAL_MOST:
        return ("warning", f"增速 {figure_text(value)}% 超过 {figure_text(units.GROWTH_USUAL_MOST)}%，很少有这样高的增速，"
                "像是漏了小数点，如 12.5 填成了 1250",
                "请核实：填错的改正后重新报送；确是这个数的，请在报送时说明，核实后再采用")
    return None


def half_last_digit(value: Decimal) -> Decimal:
    """Half the last digit of a figure as written (6700 → 0.5, 16.3 → 0.05, 0.12 → 0.005): how far its rounding may
    take it (the slack of every check that weighs figures as typed: here and in beizeng.intake.checks)."""
    value = value.normalize()
    if value == value.to_integral_value():
        return Decimal("0.5")
    return Decimal(1).scaleb(int(value.as_tuple().exponent)) / 2


def _stored_slack(raw: Any, stored: Decimal) -> Decimal:
    """Half the last digit of an amount as the clerk typed it, in the unit it is stored in (0.67 亿元 stored as 6,700
    万元: 50), so that a growth computed from it is weighed within the rounding of what the clerk wrote."""
    try:
        typed = parse_decimal(raw)
    except CellError:
        return half_last_digit(stored)
    return half_last_digit(typed) * abs(stored / typed) if typed else half_last_digit(stored)


def _growth_pair(form: FormSpec, table: Table, rate: str) -> tuple[str, str] | None:
    """The sheet's (1-N月, 上年同期) columns whose growth the stated growth ``rate`` is (``Roles.growth``, ``Roles.yoy``)."""
    cum = dict(form.roles.growth).get(rate)
    last = dict(form.roles.yoy).get(cum or "")
    return (cum, last) if cum and last and cum in table.match.columns and last in table.match.columns else None


def _amounts_growth(table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]], i: int,
                    pair: tuple[str, str]) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """Row ``i``'s (this year, last year, the least and the most growth in % they give within the rounding of their
    digits as typed), or None where either amount is not read, this year's is below 0 or last year's not above 0."""
    if any((i, c) in unread for c in pair):
        return None
    a, b = data[pair[0]][i], data[pair[1]][i]
    if not (isinstance(a, Decimal) and isinstance(b, Decimal) and a >= 0 and b > 0):
        return None
    cells = table.rows[i].cells
    pa, pb = _stored_slack(cells.get(pair[0]), a), _stored_slack(cells.get(pair[1]), b)
    low = ((a - pa) / (b + pb) - 1) * 100
    high = ((a + pa) / (b - pb) - 1) * 100 if b > pb else Decimal("Infinity")
    return a, b, low, high


def _amounts_give(form: FormSpec, table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                  rate: str) -> Callable[[int, Decimal], bool] | None:
    """Whether row i's amounts give a growth of ``rate`` (a ``Roles.growth`` column whose amounts, read before it in
    the form's order, the sheet has), or None for a column no amounts give."""
    pair = _growth_pair(form, table, rate)
    order = [c.name for c in form.columns]
    if pair is None or any(order.index(c) > order.index(rate) for c in pair):
        return None  # amounts not read yet (a form listing them after the growth): nothing to settle it by

    def given(i: int, value: Decimal) -> bool:
        span = _amounts_growth(table, data, unread, i, pair)
        return span is not None and _within(value, span[2], span[3])
    return given


def _within(rate: Decimal, low: Decimal, high: Decimal) -> bool:
    """Whether a stated growth, within the rounding of its own last digit, lies between what the amounts give."""
    slack = half_last_digit(rate)
    return low - slack <= rate <= high + slack


def _growths_weighed(form: FormSpec, table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                     problems: list[Problem], file: str) -> None:
    """Each stated growth of a row (``Roles.growth``: a city table's 增速 columns) bounded by ``growth_doubt`` and, where
    the row gives both amounts it states the growth of (1-N月 and 上年同期, ``Roles.yoy``), weighed against them within
    the rounding of the digits shown: 6,700 over 8,000 is −16.25 %, so a typed 16.3 (the minus lost) is asked on its
    cell naming the three — a warning, since a bureau may state a growth on a comparable base (可比口径) the amounts
    do not show.  A growth over the usual bound that the amounts do not give is set aside (null, said on its cell):
    stored, 1,250 % would rank the county first in the city."""
    asked = {(p.row, p.col) for p in problems if p.severity == "error" or p.code == "pct_scale"}  # once a cell
    for rate, _ in form.roles.growth:
        if rate not in table.match.columns or rate not in data:
            continue
        pair = _growth_pair(form, table, rate)
        for i, row in enumerate(table.rows):
            r = data[rate][i]
            if r is None or (i, rate) in unread \
                    or (table.cell_row(row.excel_row, rate), table.match.columns.get(rate)) in asked:
                continue
            found: tuple[Decimal, Decimal, Decimal, str] | None = None  # (this year, last year, their growth, cells)
            agrees = None
            if pair is not None and (span := _amounts_growth(table, data, unread, i, pair)) is not None:
                a, b, low, high = span
                agrees = _within(r, low, high)
                cells = "、".join(f"{col_letter(table.match.columns[c])}{table.cell_row(row.excel_row, c)}"
                                  f"「{form.column(c).header}」{figure_text(v)}" for c, v in zip(pair, (a, b), strict=True))
                found = (a, b, (a / b - 1) * 100, cells)
            beside = f"（同一行{found[3]}，算得 {found[2]:.2f}%）" if found else ""
            doubt = growth_doubt(r)
            col = form.column(rate)
            on = Problem("warning", "", "", file=file, sheet=table.sheet, row=table.cell_row(row.excel_row, rate),
                         col=table.match.columns.get(rate), column=col.header,
                         value=clean_text(row.cells.get(rate)) or None)  # the rate's cell, said below
            if doubt is not None and doubt[0] == "error":
                problems.append(replace(on, severity="error", code="growth_impossible", message=doubt[1] + beside,
                                        fix=doubt[2]))
            elif doubt is not None and not agrees:
                problems.append(replace(on, code="growth_unusual", message=f"{doubt[1]}{beside}，此数暂未采用（按未填入库）",
                                        fix=doubt[2]))
                data[rate][i] = None
                unread.add((i, rate))
            elif agrees is False and found is not None:
                problems.append(replace(
                    on, code="growth_disagrees",
                    message=f"增速 {figure_text(r)}% 与同一行的金额不符：{found[3]}，算得 {found[2]:.2f}%，相差 "
                            f"{abs(found[2] - r):.2f} 个百分点，超出四舍五入的范围（如漏了负号、数填错了行）",
                    fix="请核实这三格，改正填错的一处后重新报送；增速确按可比口径计算、与金额算得的不同的，可不修改（此为提醒）"))


def _targets_weighed(table: Table, spec: CatalogueUnit, data: dict[str, list[Any]], problems: list[Problem],
                     file: str) -> set[int]:
    """A target that no plan can hold, by its indicator's catalogue unit (the figures already restated in it): an
    amount or a count below 0, a count (户, 个) with a fraction (2.5 户), an amount's or a count's part of the year
    above the year's target beyond the rounding of the two (上半年 31.5 亿元 of a year's 24) — errors on the cell — and
    a growth target out of ``growth_doubt``'s bounds.  Returns the rows whose year's growth target is set aside (over
    the usual bound: the row is not stored, said on its cell; the target reads as not set)."""
    cat = catalogue()
    form = table.match.form
    gone: set[int] = set()
    for i, row in enumerate(table.rows):
        code = data[spec.code][i]
        ind = cat.get(code) if isinstance(code, str) else None
        if ind is None:
            continue
        dim = units.lookup(ind.unit).dimension
        year = data[spec.values[0]][i]
        for n in spec.values:
            v = data[n][i]
            if n not in table.match.columns or not isinstance(v, Decimal):
                continue
            said: tuple[Severity, str, str, str] | None = None  # (severity, code, message, fix)
            if ind.growth and (doubt := growth_doubt(v)) is not None:
                kept = ("" if doubt[0] == "error" else "，本行暂未入库（这项目标按未下达处理）" if n == spec.values[0]
                        else "，此数暂未采用（按未分季度处理）")
                said = (doubt[0], "growth_impossible" if doubt[0] == "error" else "growth_unusual", f"的{doubt[1]}{kept}",
                        doubt[2])
                if doubt[0] == "warning" and n == spec.values[0]:
                    gone.add(i)  # the year's target is the row's figure: no row rather than one of 1,250 %
                elif doubt[0] == "warning":
                    data[n][i] = None  # a quarter's: that part reads as not split
            elif dim not in ("money", "count"):
                continue
            elif v < 0:
                said = ("error", "target_negative", f"的目标是负数（{figure_text(v)}{ind.unit}）：总量和户数、个数的目标不会小于0",
                        "核对是否多写了负号，改正后重新报送")
            elif dim == "count" and n == spec.values[0] and v != v.to_integral_value():
                said = ("error", "count_not_whole",
                        f"以“{ind.unit}”计，{figure_text(v)}{ind.unit}不是整数：户数、个数只能是整数",
                        f"核对后填写整数的{ind.unit}数，改正后重新报送")
            elif n != spec.values[0] and isinstance(year, Decimal) and year >= 0 \
                    and v - year > half_last_digit(v) + half_last_digit(year):
                header = form.column(n).header
                said = ("error", "part_over_year",
                        f"的{header} {figure_text(v)}{ind.unit}大于年度目标 {figure_text(year)}{ind.unit}："
                        "截至季度末的累计目标不会超过全年的目标",
                        f"核对{header}和年度目标（是否填反、单位是否一致），改正后重新报送")
            if said is not None:
                problems.append(_said_on_target(table, row, ind.name, n, *said, file))
    return gone


def _said_on_target(table: Table, row: Any, name: str, n: str, severity: Severity, code: str, message: str, fix: str,
                    file: str) -> Problem:
    """A problem of a targets row's figure ``n``, on its cell, naming the indicator as the catalogue does."""
    return Problem(severity, code, f"“{name}”{message}", fix, file=file, sheet=table.sheet,
                   row=table.cell_row(row.excel_row, n), col=table.match.columns.get(n),
                   column=table.match.form.column(n).header, value=clean_text(row.cells.get(n)) or None)


def _targets_set_aside(table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                       gone: set[int]) -> set[tuple[int, str]]:
    """The targets rows ``_targets_weighed`` set aside taken out of the return (said there on their cell, the row
    accounted for as a target not kept); returns ``unread`` renumbered for the rows kept."""
    if not gone:
        return unread
    for i in gone:
        table.unread[table.rows[i].excel_row] = "target_not_kept"
    return _without_rows(table, data, unread, gone)


def _without_rows(table: Table, data: dict[str, list[Any]], unread: set[tuple[int, str]],
                  gone: set[int]) -> set[tuple[int, str]]:
    """The table and its columns' values without the rows ``gone`` (folded into another, or set aside: each said
    where it was decided); returns ``unread`` renumbered for the rows kept."""
    kept = [i for i in range(len(table.rows)) if i not in gone]
    for c in data:
        data[c] = [data[c][i] for i in kept]
    table.rows[:] = [table.rows[i] for i in kept]
    at = {i: n for n, i in enumerate(kept)}
    return {(at[i], c) for i, c in unread if i in at}


def _fractions_to_percent(table: Table, col: Column, values: list[Any], rows: list[int], problems: list[Problem],
                          file: str, which: str = "", given: Callable[[int, Decimal], bool] | None = None) -> None:
    """Percentages are stored as 12.5 for 12.5 %: a cell Excel shows as 12.5 % holds 0.125 and is scaled.

    ``rows`` are the cells holding a bare number (no % sign).  The cell's number format decides where the file
    keeps it (.xlsx); the bare numbers left are fractions only when every number in the column is below 1
    (a table pasted as values keeps 0.087 and loses its % format), and the sender is told so.  Two slips are
    questioned rather than stored silently: a %-formatted cell showing 200 % or more (8.7 typed before the
    column was formatted shows 870 %), and a lone fraction (0.3) in a column whose other figures are all 10 %
    or more (0.3 % or 30 %?).  ``values`` may hold only some rows of a column (a targets table's rate rows,
    ``which`` naming them): its other rows are None, neither a fraction's peer nor its evidence.  ``given`` says
    whether a row's own amounts give a growth (a city table's 技改 19.2 亿元 over 2.24: 757.1 %): a %-formatted cell
    showing that growth is read as shown, the amounts settling what the format alone could not — unless they give the
    figure as held too (1 over 1, rounded as typed, gives anything from −67 % to 200 %: a cell holding 2, shown
    200%, stays asked — 2 % and 200 % both fit)."""
    c = table.match.columns[col.name]
    cells = {(table.rows[i].excel_row - 1, c): i for i in rows}
    formatted = percent_formatted(table.match.sheet, cells)
    shown = [cells[rc] for rc in formatted if rc in cells] if formatted is not None else []
    bare = [i for i in rows if i not in set(shown)]
    numeric = [v for v in values if v is not None]
    small = [i for i in bare if abs(values[i]) < 1]
    fractions = small if small and len(small) == len(bare) and all(abs(v) < 1 for v in numeric) else []
    for i in shown:
        if abs(values[i]) * 100 >= units.GROWTH_USUAL_MOST and not (
                given is not None and given(i, values[i] * 100) and not given(i, values[i])):
            # asked (an error) where the slip is plain: the column's other %-formatted cells hold fractions (0.087
            # shown 8.7 %), or a growth rate over units.GROWTH_USUAL_MOST — never stored as 850 %
            peers = any(abs(values[j]) < 1 for j in shown if j != i)
            growth = _GROWTH.search(col.header + (table.match.headers.get(col.name) or "")) is not None
            if peers or growth:
                _pct_question(table, col, i, problems, file,
                              f"单元格设为百分比格式，显示为{_fmt_pct(values[i] * 100)}%，"
                              + ("而本列其他设为百分比格式的格子存的是小数" if peers else "作为增速不合常理")
                              + f"：不知是{_fmt_pct(values[i])}%还是{_fmt_pct(values[i] * 100)}%",
                              f"如果是{_fmt_pct(values[i])}%，请把单元格格式改为“常规”后填{_fmt_pct(values[i])}，"
                              f"或直接填“{_fmt_pct(values[i])}%”后重新报送", "error")
                continue
            _pct_question(table, col, i, problems, file, f"单元格设为百分比格式，显示为{_fmt_pct(values[i] * 100)}%",
                          f"如果是{_fmt_pct(values[i])}%，请把单元格格式改为“常规”后填{_fmt_pct(values[i])}，"
                          f"或直接填“{_fmt_pct(values[i])}%”；确实是{_fmt_pct(values[i] * 100)}%可不修改（此为提醒）")
    others = [values[j] * (100 if j in shown else 1) for j in range(len(values))
              if values[j] is not None and j not in set(small)]
    if not fractions and others and all(abs(v) >= 10 for v in others):
        for i in small:
            if values[i] != 0:
                _pct_question(table, col, i, problems, file,
                              f"比本列其他百分数小得多，不知是{_fmt_pct(values[i])}%还是{_fmt_pct(values[i] * 100)}%",
                              f"如果是{_fmt_pct(values[i] * 100)}%，请填{_fmt_pct(values[i] * 100)}或"
                              f"“{_fmt_pct(values[i] * 100)}%”；确实是{_fmt_pct(values[i])}%可不修改（此为提醒）")
    for i in (*shown, *fractions):
        values[i] = values[i] * 100
    if fractions:
        problems.append(Problem("info", "pct_as_fraction", f"「{col.header}」{which}按小数读入并换算为百分数（如 0.125 → 12.5%）",
                                file=file, sheet=table.sheet, column=col.header))


def _fmt_pct(value: Decimal) -> str:
    return _fmt_factor(Decimal(value))


def _scaled_by_format(table: Table, col: Column) -> dict[int, Format]:
    """The rows (index) of a figure column whose cell's number format shows the held figure scaled (``#,##0,``
    ÷1000, ``0!.0`` ÷10): beizeng.intake.shown, the one place that reads what a format shows."""
    c = table.match.columns.get(col.name)
    if c is None or col.kind not in ("money", "number", "int") or not table.rows:
        return {}
    cells = {(table.cell_row(r.excel_row, col.name) - 1, c): i for i, r in enumerate(table.rows)}
    return {cells[rc]: f for rc, f in scaled(table.match.sheet, cells).items()}


def _read_as_shown(table: Table, col: Column, cells: list[tuple[int, str, Any, str]], file: str) -> Problem:
    """One warning per column: its figures read as their number format shows them, not as the cells hold them."""
    c = table.match.columns[col.name]
    rows = [r for r, *_ in cells]
    where = column_span(c, rows)
    codes = "、".join(dict.fromkeys(f"“{code}”" for _, code, _, _ in cells))
    _, _, held, read = cells[0]
    return Problem("warning", "read_as_shown",
                   f"「{col.header}」{where}共{len(cells)}格的单元格格式{codes}使表上显示的数与单元格存的数不同"
                   f"（如第{rows[0]}行存的是{figure_text(Decimal(repr(float(held))))}，显示为{read}）："
                   "按显示的数读（按表头的单位）",
                   "核对这些数：如果存的数才对，请把单元格格式改为“常规”后重新报送；以后直接填写要报送的数，不用格式缩放",
                   file=file, sheet=table.sheet, row=rows[0], col=c, column=col.header)


#: A column of growth rates (增速, 同比, 增长): more than ``units.GROWTH_USUAL_MOST`` is no growth a county reports.
_GROWTH = re.compile(r"增速|增幅|增长|同比|环比")


def _pct_question(table: Table, col: Column, i: int, problems: list[Problem], file: str, message: str,
                  fix: str, severity: Severity = "warning") -> None:
    row = table.rows[i]
    problems.append(Problem(severity, "pct_scale", message, fix, file=file, sheet=table.sheet, row=row.excel_row,
                            col=table.match.columns.get(col.name), column=col.header,
                            value=clean_text(row.cells.get(col.name))))


#: A line break typed inside Chinese words (Alt+Enter to fit a narrow cell: 东方光伏⏎科技有限公司) is no space: the
#: name is one word to its reader; between Latin words or digits it stays a space.
_WRAPPED_CJK = re.compile(r"(?<=[\u3400-\u9fff（）()])[ \t\u3000]*[\r\n]+[ \t\u3000]*(?=[\u3400-\u9fff（）()])")


def parse_text(value: Any) -> str:
    """A name or a label as the clerk wrote it: full-width brackets, letters and digits kept (东镇乙冷链物流（一期）项目
    is stored so, as prose is), only its spaces tidied and a line break typed inside Chinese words taken out.  What
    matches names (a record's key, a name against last month's) folds width itself (beizeng.intake.records), so
    storing never changes what was written to make two spellings compare equal."""
    if not isinstance(value, str):
        return clean_text(value)  # a number typed alone: 12.0 reads as "12"
    return re.sub(r"\s+", " ", _WRAPPED_CJK.sub("", value)).strip()


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": parse_text,
    "prose": parse_prose,
    "code": parse_code,
    "section": parse_section,
    "industry": parse_industry,
    "int": parse_int,
    "money": parse_decimal,
    "number": parse_decimal,
    "pct": parse_pct,
    "date": parse_date,
    "month": parse_month,
    "flag": parse_flag,
    "enum": lambda v: re.sub(r"\s", "", clean_text(v)),
    "township": lambda v: re.sub(r"\s", "", clean_text(v)),
    "county": lambda v: re.sub(r"\s", "", clean_text(v)),
    "scope": lambda v: re.sub(r"\s", "", clean_text(v)),
}
