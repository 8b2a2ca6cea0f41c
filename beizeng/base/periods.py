"""Period arithmetic, reading and wording: 'YYYY-MM' means the cumulative months 1–N of that year, 'YYYY' a
yearly return's year.

The one home of every rule about periods (issue 13): how beizeng writes a period (``is_stored``), how a
person types one on a command or in a cell (``check_period``, ``read_month``), how a title or file name
names one (``parse_period``), and how a period is put in words (``month_label``, ``period_words``).  Other
modules call these instead of slicing ``period[:4]`` / ``period[5:7]`` or writing their own pattern, so
the rules cannot drift apart again.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: The year of any period beizeng keeps: 1900–2099.  [0-9], not \d: to ``re`` full-width digits are digits.
_YEAR = r"(?:19|20)[0-9]{2}"
#: A period as beizeng itself writes it (the warehouse, folder names, a template's hidden sheet), by frequency.
_STORED = {"monthly": re.compile(rf"{_YEAR}-(?:0[1-9]|1[0-2])"), "yearly": re.compile(_YEAR)}
#: A month typed alone, in a cell or on a command: 2026-6, 2026/06, 2026.6, 2026年6月(份), 202606; a period
#: typed on a command may also say it is cumulative: 2026年1-6月, 2026-06累计 (``cumulative`` group).
_TYPED = (re.compile(rf"^(?P<y>{_YEAR})[-/.年](?P<range>1[-~—至])?(?P<m>[0-9]{{1,2}})月?份?(?P<cum>累计)?$"),
          re.compile(rf"^(?P<y>{_YEAR})(?P<m>[0-9]{{2}})$"))
#: Chinese numerals of months as titles write them (一至六月, 十二月).
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}
#: "填报日期：2026年7月5日" names the day of sending, never the period reported.
_SEND_DATE_RE = re.compile(r"(?:填报|填表|报送|制表|报出)(?:日期|时间)[:：]?\s*\S*")
#: "截止时间：2026年6月30日", "截至2026.6.30", "统计时间：6月30日", "报告期：2026-06-30": the day the figures run up to
#: (spaces taken out first).  Never 填报日期 (``_SEND_DATE_RE``): a June return is filled in in July.
_AS_OF_RE = re.compile(r"(?:截止|截至|报告期|统计日期|统计时间|统计时点)(?:日期|时间|时点|到|至)?[:：]?"
                       r"(?:(20\d{2})(?:年|[./\-]))?(\d{1,2})(?:月|[./\-])(\d{1,2})[日号]?(?![\d月])")
_FULL_DATE_RE = re.compile(r"20\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|([./\-])\d{1,2}\1\d{1,2}(?![\d月]))")


def _fold(text: str) -> str:
    """Full-width forms folded, outer spaces trimmed (what ``intake.reader.clean_text`` does to text), and a year
    written in Chinese numerals (二〇二六年, 二零二六年) in digits: a formal title's year is a year, not a guess."""
    if text.isascii():
        return text.strip()
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group(1)) + "年",
                        unicodedata.normalize("NFKC", text).strip())


_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"(二[〇零○OＯ][一二三四五六七八九〇零○OＯ]{2})\s*年")


def is_stored(text: object, frequency: str | None = None) -> bool:
    """Whether ``text`` is a period as beizeng writes it: ``YYYY-MM`` for a monthly (or quarterly) form,
    ``YYYY`` for a yearly one, either when no frequency is given; nothing else (not 2026-6, not ２０２６)."""
    if not isinstance(text, str):
        return False
    if frequency is None:
        return any(p.fullmatch(text) for p in _STORED.values())
    return _STORED["yearly" if frequency == "yearly" else "monthly"].fullmatch(text) is not None


def _typed(text: str) -> tuple[int, int, bool] | None:
    """(year, month, whether it was written as cumulative: 1-6月, 累计) of a month typed alone, or None."""
    typed = re.sub(r"\s+", "", _fold(text))
    for pattern in _TYPED:
        m = pattern.match(typed)
        if m and 1 <= int(m["m"]) <= 12:
            groups = m.groupdict()
            return int(m["y"]), int(m["m"]), bool(groups.get("range") or groups.get("cum"))
    return None


def check_period(text: str) -> str:
    """The period as YYYY-MM, however it was typed; a Chinese sentence saying how to write it otherwise."""
    typed = _typed(text)
    if typed is not None:
        return f"{typed[0]:04d}-{typed[1]:02d}"
    raise ValueError(f"期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“{text}”")


def read_year(text: str) -> int | None:
    """A year typed alone, in a cell or on a command: 2026, 2026年, 2026年度, ２０２６年, 二〇二六年; None otherwise."""
    m = re.fullmatch(rf"({_YEAR})(?:年度?)?", re.sub(r"\s+", "", _fold(text)))
    return int(m.group(1)) if m else None


def check_period_or_year(text: str) -> str:
    """A monthly period (``check_period``) or, for the yearly returns, a year alone: 2026, 2026年, 2026年度."""
    year = read_year(text)
    return f"{year:04d}" if year is not None else check_period(text)


def read_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a month typed alone in a cell (2026年6月, 2026.6, 2026/06, 202606), or None.  A
    cumulative period (2026年1-6月, 累计) names no single month, so a cell holding one is not read as a month."""
    typed = _typed(text)
    return None if typed is None or typed[2] else (typed[0], typed[1])


def as_of(text: str, default_year: int | None = None) -> tuple[dt.date | None, str] | None:
    """The day a line says the figures run up to (截止时间：2026年6月30日), with the words saying it; None when the
    line says none.  The date is None when it cannot be a day (6月31日) or has no year (and none is given)."""
    m = _AS_OF_RE.search(re.sub(r"\s+", "", _fold(text)))
    if m is None:
        return None
    year = int(m.group(1)) if m.group(1) else default_year
    try:
        day = dt.date(year, int(m.group(2)), int(m.group(3))) if year else None
    except ValueError:
        day = None
    return day, m.group(0)


def month_end(day: dt.date) -> bool:
    """Whether ``day`` is the last of its month: figures up to it are that month's (截至6月30日 is June's)."""
    return (day + dt.timedelta(days=1)).day == 1


def _as_of_period(text: str, default_year: int | None) -> str | None | bool:
    """The month a line's as-of day closes (a month's last day); None when it names no as-of day (or no year
    is known, when no period can be read anyway); False when the day is in the middle of a month (截至6月20日:
    June's figures so far, or May's sent late? — asked, never taken) or is no day at all (6月31日)."""
    found = as_of(text, default_year)
    if found is None or (found[0] is None and default_year is None and not re.search(r"20\d{2}", found[1])):
        return None
    day = found[0]
    if day is None or not month_end(day):
        return False
    return f"{day.year:04d}-{day.month:02d}"


def strip_dates(text: str) -> str:
    """Remove the day a return was filled in (填报日期：2026年7月5日, 2026.7.5), and any span of years (a plan's
    2024—2027年, “十四五”(2021—2025年)): neither is the period the return reports."""
    return _SEND_DATE_RE.sub("", _FULL_DATE_RE.sub("", strip_spans(text)))


#: A span of years a title names as a plan's or an era's (倍增计划（2024—2027年）, 2024至2027年, “十四五”(2021-2025年)):
#: two years joined by a dash or 至/到, the later second.  [0-9], not \d (see ``_YEAR``).
_YEAR_SPAN_RE = re.compile(rf"(?<![0-9])({_YEAR})\s*年?\s*(?:[-—–－―~～]{{1,2}}|至|到)\s*({_YEAR})(?![0-9])\s*(?:年度?)?")


#: Months from one month to another, each with its year (2025年7月-2026年6月, 2026年1月至2026年6月): (first year,
#: first month, later year, later month).  The one rule of such ranges: across a year's end (a rolling twelve months,
#: a fiscal year: ``across_year_end``) the months run up to the later one; within one year they are that year's
#: months, 2026年1月-2026年6月 being 2026年1-6月 (``_cn_months``) — never January.  Read on text as typed or with its
#: dashes already plain.
_ACROSS_RE = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月?份?\s*(?:[-—–－―~～]{1,2}|至|到)\s*(20\d{2})\s*年\s*(\d{1,2})\s*月")


def across_year_end(text: str) -> tuple[str, str] | None:
    """The months a title names across a year's end (2025年7月至2026年6月 → ("2025-07", "2026-06")), or None: such
    months are no calendar year's — a monthly return's are the later month's, a yearly return cannot be told."""
    m = _ACROSS_RE.search(_fold(text))
    if m is None or int(m.group(3)) <= int(m.group(1)) or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(4)) <= 12):
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", f"{int(m.group(3)):04d}-{int(m.group(4)):02d}"


def without_across(text: str) -> str:
    """``text`` without the months it names across a year's end (a yearly return's 2026年度（2025年7月-2026年6月）
    is 2026's by its 年度, never by the span's first year)."""
    return _ACROSS_RE.sub(lambda m: "" if across_year_end(m.group(0)) else m.group(0), _fold(text))


def strip_spans(text: str) -> str:
    """``text`` without the spans of years it names (2024—2027年): a span is a plan's or an era's years, not the
    period of a return, which names its own year besides (测试县工业倍增计划（2024—2027年）2026年度目标任务)."""
    return _YEAR_SPAN_RE.sub(lambda m: m.group(0) if int(m.group(2)) <= int(m.group(1)) else "", text)


def month_number(text: str) -> int | None:
    """A month as a header or title writes its number (6, 06, 六, 十二), or None when it is no month."""
    n = int(text) if text.isdigit() else _CN_NUM.get(text)
    return n if n is not None and 1 <= n <= 12 else None


def _one_years_range(m: re.Match[str]) -> str:
    """A range of ``_ACROSS_RE`` within one year (2026年1月-2026年6月) as that year's months (2026年1-6月)."""
    if m.group(1) != m.group(3) or not 1 <= int(m.group(2)) <= int(m.group(4)) <= 12:
        return m.group(0)
    return f"{m.group(1)}年{int(m.group(2))}-{int(m.group(4))}月"


def _cn_months(text: str) -> str:
    """Months in figures, and a range written with 月 on both ends (1月-6月, 1月份-6月份: 1月至6月 once 至 is a
    dash; 2026年1月-2026年6月, each end with its year) as 1-6月 — else 2026年1月至6月 was read as January."""
    for cn, n in sorted(_CN_NUM.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f"{cn}月", f"{n}月").replace(f"年{cn}-", f"年{n}-")
    # 四至六月's first end, in numerals without its 月 (年 before it or not): 四至6月 → 4至6月
    text = _CN_RANGE_START_RE.sub(lambda m: f"{_CN_NUM[m.group(1)]}{m.group(2)}", text)
    text = _ACROSS_RE.sub(_one_years_range, text)
    return re.sub(r"(?<!\d)(\d{1,2})月份?-(?=\d{1,2}月)", r"\1-", text)


_CN_RANGE_START_RE = re.compile(r"(?<![一二三四五六七八九十0-9第])(十[一二]|[一二三四五六七八九十])(\s*[-—–－―~～至到])(?=\s*\d{1,2}月)")


def year_in(text: str) -> int | None:
    """The first year (20xx) a title, sheet or file name names, its date of sending left out."""
    y = re.search(r"(20\d{2})", strip_dates(_fold(text)))
    if y is None and (found := as_of(text)) is not None and found[0] is not None:
        return found[0].year  # 截止时间：2026年6月30日: the year of the day the figures run up to
    return int(y.group(1)) if y else None


def period_year(text: str) -> int | None:
    """The year a title, sheet or file name names for the return's period: the later year of months across a
    year's end (2025年12月至2026年1月 ends in 2026: ``across_year_end``), else its first year (``year_in``).  The
    year a bare month elsewhere (统计局1月规上企业.xlsx) takes — never the span's first year."""
    across = across_year_end(text)
    return year_of(across[1]) if across is not None else year_in(text)


def years_in(text: str) -> set[int]:
    """Every year (20xx) a line names, its date of sending left out: a sentence naming two (结合2025年…，现将2026年
    目标下达) is about periods, not a statement of the return's own."""
    return {int(y) for y in re.findall(r"(20\d{2})", strip_dates(_fold(text)))}


def parse_period(text: str, frequency: str, default_year: int | None = None) -> str | None:
    """A period from a title or file name: 2026年1-6月, 2026年6月, 2026-06, 202606, 1-6月 (+ year)."""
    text = strip_spans(_fold(text))
    closed = _as_of_period(text, default_year)
    t = _AS_OF_RE.sub("", re.sub(r"\s+", "", text)) if closed is not None else text
    t = re.sub(r"截[至止]到?", "", strip_dates(t))  # 截至6月底: its 至 is no range
    t = t.replace(" ", "").replace("—", "-").replace("－", "-").replace("~", "-")
    t = _cn_months(t.replace("至", "-").replace("到", "-").replace("–", "-"))
    t = re.sub(r"(20\d{2})[-_.](?=(?:1|01)-\d{1,2}月)", r"\1年", t)  # "2026-1-6月" is 2026年1-6月
    year_m = re.search(r"(20\d{2})年?", without_across(t) if frequency == "yearly" else t)
    year = int(year_m.group(1)) if year_m else default_year
    if frequency == "yearly":
        if year is None and (found := as_of(text)) is not None and found[0] is not None:
            year = found[0].year  # 截止时间：2026年12月31日 on a yearly return
        return str(year) if year else None
    # months across a year's end (2025年7月-2026年6月, a rolling twelve months): the months run up to the later one,
    # never the first — as 1-6月 is June's
    if (across := across_year_end(t)) is not None:
        return across[1]
    patterns = [
        r"(20\d{2})年(?:1|01)?-(\d{1,2})月",
        r"(20\d{2})年(?:[2-9]|1[01])-(\d{1,2})月",  # 2026年4-6月: a quarter's own months, ending in June
        r"(20\d{2})年(\d{1,2})月",
        r"(20\d{2})[-_.](\d{1,2})(?!\d)",
        r"(20\d{2})(0[1-9]|1[0-2])(?!\d)",
    ]
    for p in patterns:
        m = re.search(p, t)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    m = re.search(r"(?<!\d)1-(\d{1,2})月", t) or re.search(r"(?<![\d\-])(\d{1,2})月", t)
    if m and year and 1 <= int(m.group(1)) <= 12:
        return f"{year:04d}-{int(m.group(1)):02d}"
    if isinstance(closed, str):
        return closed
    if year and (span := span_named(t)) is not None:  # 2026年二季度, 第二季度, 二季度末, Q2, 半年, 前三季度, 全年
        return period_of(year, span[1])
    return None


#: Words saying a plan or an aim (计划, 目标, 任务, 分解, 力争, …): months, a quarter or a half of a year right beside
#: them are the plan's, not the return's — in a title (``without_plans``), after 全年 (``_SPANS``) and in a header
#: (``beizeng.intake.headers``: 一季度累计目标 is the target's split).  The one list; tests/test_periods has one case
#: per word.
PLAN_WORDS = r"(?:计划|预计|预期|目标|任务|分解|拟|力争|争取|确保)"
PLAN_RE = re.compile(PLAN_WORDS)

#: Quarters and halves of a year, however a title, sheet or file name spells them, with the months they run over,
#: the longer words first (前三季度 is no 三季度, 上半年 no 半年): 前三季度 / 一至三季度, 上半年 / 半年 / 一至二季度,
#: 下半年, 全年 (only right after its year — 2026年全年 — and not of a target: 全年计划投资 is a column, not a period),
#: 一季度 / 第一季度 / 1季度 / 一季度末 / 一季末 / Q1 … 四季度.  The one rule of ``parse_period`` (the months up to a
#: span's end: a monthly return's figures are cumulative), ``months_covered`` and ``month_without_year``.
_SPANS: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"前三季度|(?<![0-9二三四])[一1](?:-|[、,，]?[二2][、,，]?)[三3]季度?", (1, 9)),
    (r"(?<![0-9二三四])[一1](?:-|[、,，]?)[二2]季度?", (1, 6)),  # 一、二季度 too: the first two quarters
    (r"上半年", (1, 6)), (r"下半年", (7, 12)), (r"(?<![上下前后近多每])半年", (1, 6)),
    (rf"(?:19|20)[0-9]{{2}}年?度?全年(?!{PLAN_WORDS})", (1, 12)),
    # two quarters not from January (二、三季度, 3-4季度): their months together, before either alone is seen
    *((rf"(?<![0-9一二三四前])[{'一二三四'[a - 1]}{a}](?:-|[、,，]?)[{'一二三四'[b - 1]}{b}]季度?", (3 * a - 2, 3 * b))
      for a, b in ((2, 3), (2, 4), (3, 4))),
    *((rf"(?<![0-9一二三四前])第?[{cn}{n}]季(?:度|末)|(?<![a-z])q{n}(?![0-9])", (3 * n - 2, 3 * n))
      for n, cn in enumerate("一二三四", 1)),
)


#: Months as a title writes them without their year: 6月, 6月份, 1-6月, 1月至6月, 一至六月, 十二月.
_MONTHS_WORDS_RE = re.compile(r"(?<![0-9])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月?份?\s*(?:[-—–－―~～至到]\s*)?"
                              r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月份?|(?<![0-9一二三四五六七八九十])"
                              r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月份?")


def months_in_words(text: str) -> str | None:
    """The words by which ``text`` names months or a quarter or half of a year (“6月份”, “1-6月”, “二季度”, “上半年”),
    as written, or None: what a message quotes when the months are there and their year is not."""
    t = strip_dates(_fold(text))
    for m in _MONTHS_WORDS_RE.finditer(t):
        if month_number(re.sub(r"[\s月份]", "", re.split(r"[-—–－―~～至到]", m.group(0))[-1])) is not None:
            return m.group(0).strip()
    lowered = t.replace(" ", "").replace("至", "-").replace("到", "-").lower()
    for pattern, _ in _SPANS:
        if (found := re.search(pattern, lowered)) is not None:
            return found.group(0).upper() if found.group(0).startswith("q") else found.group(0)
    return None


_PLAN_AFTER_RE = re.compile(rf"(?:内|末|底|前|中)?{PLAN_WORDS}")
_PLAN_BEFORE_RE = re.compile(rf"{PLAN_WORDS}(?:在|于)?$")


def without_plans(text: str) -> str:
    """``text`` without the quarters and halves of a year it names as a plan's (（下半年计划新开工项目2个）, 全年计划完成
    投资, 力争四季度投产): a line above a table stating a plan names no period of the return, so only what it says
    besides is read (（…，二季度新入库项目1个，…） is still the second quarter's).  Words right after a year
    (2026年下半年计划) are the period a title states, and months in figures (1-6月计划投资完成情况) a title's months:
    both stay."""
    t = _fold(text)
    low = t.replace("至", "-").replace("到", "-").lower()
    if len(low) != len(t):
        return t
    found = [(m.start(), m.end()) for pattern, _ in _SPANS for m in re.finditer(pattern, low)]
    cut = sorted({(a, b) for a, b in found if (_PLAN_AFTER_RE.match(low, b) or _PLAN_BEFORE_RE.search(low[:a]))
                  and not re.search(r"年度?$", low[:a])}, reverse=True)
    for a, b in cut:
        t = t[:a] + t[b:] if not any(a2 <= a < b <= b2 and (a2, b2) != (a, b) for a2, b2 in cut) else t
    return t


def spans_as_months(text: str) -> str:
    """``text`` with each quarter or half of a year that runs from January (上半年, 一季度, 前三季度, 2026年全年, Q1:
    ``_SPANS``) written as the months it covers (1-6月, 1-3月, 1-9月, 1-12月), so that whatever reads months from
    January (a header's 1-N月累计) reads these the same way.  Spans starting later (二季度, 下半年) stay as written."""
    low = text.replace("至", "-").replace("到", "-").lower()
    if len(low) != len(text):
        return text
    found = sorted({(m.start(), m.end(), span[1]) for pattern, span in _SPANS if span[0] == 1
                    for m in re.finditer(pattern, low)}, reverse=True)
    end_at = len(text) + 1
    for a, b, last in found:
        if b <= end_at:  # never a span inside one already written
            text, end_at = text[:a] + f"1-{last}月" + text[b:], a
    return text


#: Months a title or header names that do not run from January (4-6月, 7月至9月, 4月份-6月份): a quarter's own.
_LATER_MONTHS_RE = re.compile(r"(?<![0-9.\-/])([0-9]{1,2})\s*月?份?\s*[-—–－―~～至到]\s*([0-9]{1,2})\s*月")
#: A quarter said without its number (本季度, 本季, 当季, 该季度): the return's quarter, its own months.
_THIS_QUARTER_RE = re.compile(r"(?:本|当|该)季(?:度)?(?![末底])")


def own_months(text: str) -> tuple[str, tuple[int, int] | None] | None:
    """The words by which ``text`` names a quarter, a half or months of a year that do NOT start in January — 二季度,
    第二季度, Q2, 三季度, 下半年, 4-6月, 本季度 — with the months they cover (None for 本季度: the return's quarter),
    or None.  Such figures are that span's own, never 1-N月累计 (a monthly return's cumulative runs from January:
    一季度, 上半年, 前三季度 are its months up to their end).  A point in time is no span (二季度末, 三季末: the end of
    September, what was done by then); a plan's or a target's words are not looked at (二季度到位资金任务)."""
    t = _fold(text)
    if PLAN_RE.search(t):
        return None
    low = t.replace(" ", "").replace("至", "-").replace("到", "-").lower()
    if len(low) == len(t.replace(" ", "")):
        january = [m.span() for pattern, span in _SPANS if span[0] == 1 for m in re.finditer(pattern, low)]
        for pattern, span in _SPANS:
            if span[0] == 1:
                continue
            for m in re.finditer(pattern, low):
                if m.group(0).endswith("末") or low[m.end():m.end() + 1] in ("末", "底") or any(
                        a <= m.start() < b for a, b in january):  # 一至三季度's 三季度 is no third quarter
                    continue
                words = m.group(0).upper() if m.group(0).startswith("q") else m.group(0)
                return words, span
    # 2026年3月-2026年6月 is 3-6月: the year written again at the range's end is no part of its months
    for m in _LATER_MONTHS_RE.finditer(re.sub(r"([-—–－―~～至到])\s*(?:19|20)[0-9]{2}\s*年", r"\1", _cn_months(strip_dates(t)))):
        first, last = int(m.group(1)), int(m.group(2))
        if 1 < first <= last <= 12:
            return m.group(0).replace(" ", ""), (first, last)
    if (found := _THIS_QUARTER_RE.search(t)) is not None:
        return found.group(0), None
    return None


def span_named(text: str) -> tuple[int, int] | None:
    """(first month, last month) of the quarter or half of a year ``text`` names (``_SPANS``), or None.  ``text``
    as ``parse_period`` has made it: full-width folded, dashes plain, 至 / 到 a dash."""
    t = text.replace(" ", "").replace("至", "-").replace("到", "-").lower()
    return next((span for pattern, span in _SPANS if re.search(pattern, t)), None)


def months_covered(text: str) -> tuple[int, int] | None:
    """(first month, last month) a sheet's name or title says its rows are of — 3月 → (3, 3), 1-2月 → (1, 2),
    2026.3 → (3, 3), 第二季度 → (4, 6), 上半年 → (1, 6) — or None when it names no months.  What a sheet of a
    register kept by month holds (``beizeng.intake.parts``): a row dated outside it is worth a word."""
    t = _cn_months(strip_dates(_fold(text)).replace(" ", "").replace("—", "-").replace("－", "-")
                   .replace("~", "-").replace("至", "-").replace("到", "-").lower())
    if not re.search(r"[0-9]月", t) and (span := span_named(t)) is not None:  # 第二季度, 上半年, Q2
        return span
    m = re.search(r"(?<![0-9])([0-9]{1,2})-([0-9]{1,2})月", t)
    if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2))
    period = parse_period(text, "monthly", default_year=2000)  # the year does not matter here
    month = month_of(period) if period else None
    return (month, month) if month else None


def month_without_year(text: str) -> int | None:
    """The month a title names without a year (6月份报表, 1-6月, 上半年), or None when it names a year too:
    the year is then taken from the day the file was received."""
    t = strip_dates(_fold(text)).replace(" ", "").replace("—", "-").replace("－", "-")
    if re.search(r"20\d{2}", t):
        return None
    for cn, n in sorted(_CN_NUM.items(), key=lambda kv: -len(kv[0])):
        t = t.replace(f"{cn}月", f"{n}月")
    m = re.search(r"(?<!\d)1-(\d{1,2})月", t) or re.search(r"(?<![\d\-])(\d{1,2})月", t)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(1))
    span = span_named(t)  # 上半年, 二季度 (全年 only after a year, so never here)
    return span[1] if span else None


def previous_period(today: dt.date | None = None) -> str:
    """The period a monthly run reports on: the month before today's."""
    today = today or dt.date.today()
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.strftime("%Y-%m")


def next_period(period: str) -> str:
    """The month after a monthly period: '2026-12' → '2027-01'."""
    return add_months(period, 1)


def add_months(period: str, months: int) -> str:
    """A monthly period moved by ``months`` (negative: back): '2026-10', -21 → '2025-01'."""
    index = year_of(period) * 12 + int(period[5:7]) - 1 + months
    return period_of(index // 12, index % 12 + 1)


def period_of(year: int, month: int) -> str:
    """The monthly period of a year and month: (2026, 6) → '2026-06'."""
    return f"{year:04d}-{month:02d}"


def months_words(period: str) -> str:
    """'2026-06' → '1-6月'; January alone is '1月'."""
    m = int(period[5:7])
    return "1月" if m == 1 else f"1-{m}月"


def period_words(period: str) -> str:
    """'2026-06' → '2026年1-6月'; a yearly period '2026' → '2026年度'."""
    if len(period) == 4:
        return f"{period}年度"
    return f"{period[:4]}年{months_words(period)}"


def year_of(period: str) -> int:
    """'2026-06' → 2026; a yearly period '2026' → 2026."""
    return int(period[:4])


def year_period(period: str) -> str:
    """The yearly period a period falls in, as yearly returns are filed: '2026-06' → '2026'."""
    return f"{year_of(period):04d}"


def month_of(period: str) -> int | None:
    """'2026-06' → 6; a yearly period '2026' has no month (None)."""
    return int(period[5:7]) if len(period) == 7 else None


def sent_in(frequency: str, first_month: int, period: str) -> bool:
    """Whether a return of this frequency is sent on its own for ``period``: a yearly one for its year, a
    quarterly one in a quarter's last month, a monthly one from its first month on (fixed-asset investment's
    January is sent with February as 1-2月: "1月不单独报送").  The one rule behind the refusal of such a
    return (intake.identify), the templates not written for it (publish.templates) and the returns not owed
    (ops.dues.period_key); ``FormSpec.sent_in`` asks it.  Here and not on FormSpec alone because dues also
    decides for ``form_catalogue`` rows, read without pandera."""
    month = month_of(period) or 12  # a yearly period is the whole year
    if frequency == "yearly":
        return True
    if frequency == "quarterly":
        return month % 3 == 0
    return month >= first_month


def month_label(period: str) -> str:
    """A period as a clerk names the return's month: '2026-06' → '2026年6月', a yearly '2026' → '2026年度'."""
    month = month_of(period)
    return f"{year_of(period)}年度" if month is None else f"{year_of(period)}年{month}月"


def first_day(period: str) -> dt.date:
    """The first day of a monthly period's month ('2026-06' → 2026-06-01); of the year for a yearly one."""
    return dt.date(year_of(period), month_of(period) or 1, 1)


def day_after(period: str) -> dt.date:
    """The first day after a period ('2026-06' → 2026-07-01, a yearly '2026' → 2027-01-01): a date on or after it is
    not the period's."""
    return first_day(add_months(period, 1)) if month_of(period) else dt.date(year_of(period) + 1, 1, 1)


def months_apart(earlier: str, later: str) -> int:
    """How many months lie between two monthly periods: '2025-12' → '2026-02' is 2."""
    return (year_of(later) - year_of(earlier)) * 12 + (month_of(later) or 12) - (month_of(earlier) or 12)
