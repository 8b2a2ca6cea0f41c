"""Period arithmetic and wording: 'YYYY-MM' means the cumulative months 1–N of that year."""

from __future__ import annotations

import datetime as dt
import re

PERIOD_RE = re.compile(r"^(20\d{2})-(0[1-9]|1[0-2])$")


def check_period(text: str) -> str:
    if not PERIOD_RE.match(text):
        raise ValueError(f"期间应写成 YYYY-MM（如 2026-06），收到的是“{text}”")
    return text


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
