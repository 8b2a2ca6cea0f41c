"""Period arithmetic and wording: 'YYYY-MM' means the cumulative months 1–N of that year."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: The ways people type a month on the command line: 2026-6, 2026/06, 2026.06, 2026年6月, 2026年1-6月, 202606.
_TYPED = (re.compile(r"^(20\d{2})\s*[-/.年]\s*(?:1\s*[-~—至]\s*)?(\d{1,2})\s*月?(?:累计)?$"),
          re.compile(r"^(20\d{2})(\d{2})$"))


def check_period(text: str) -> str:
    """The period as YYYY-MM, however it was typed; a Chinese sentence saying how to write it otherwise."""
    typed = unicodedata.normalize("NFKC", text).strip()
    for pattern in _TYPED:
        m = pattern.match(typed)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    raise ValueError(f"期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“{text}”")


def previous_period(today: dt.date | None = None) -> str:
    """The period a monthly run reports on: the month before today's."""
    today = today or dt.date.today()
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.strftime("%Y-%m")


def next_period(period: str) -> str:
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


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


def month_of(period: str) -> int | None:
    """'2026-06' → 6; a yearly period '2026' has no month (None)."""
    return int(period[5:7]) if len(period) == 7 else None


def month_label(period: str) -> str:
    """A period as a clerk names the return's month: '2026-06' → '2026年6月', a yearly '2026' → '2026年度'."""
    month = month_of(period)
    return f"{year_of(period)}年度" if month is None else f"{year_of(period)}年{month}月"


def first_day(period: str) -> dt.date:
    """The first day of a monthly period's month ('2026-06' → 2026-06-01); of the year for a yearly one."""
    return dt.date(year_of(period), month_of(period) or 1, 1)
