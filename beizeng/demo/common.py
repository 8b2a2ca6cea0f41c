"""What every generator of the demo shares: the seed, rounding to the cent, the months' seasonal
weights and month ranges.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from beizeng.base.periods import month_of, year_of

SEED = 20260630
CENT = Decimal("0.01")

#: Share of a year's industrial output per month: Spring Festival dip, year-end push.
SEASON = (0.066, 0.060, 0.080, 0.083, 0.085, 0.088, 0.082, 0.083, 0.088, 0.091, 0.093, 0.101)
#: Relative construction activity per month (frozen ground in winter, rush before year end).
BUILD_SEASON = (0.35, 0.55, 0.95, 1.05, 1.1, 1.1, 1.0, 1.0, 1.1, 1.15, 1.1, 0.9)


def money(x: float | Decimal) -> Decimal:
    """An amount in 万元, exactly two decimals (what a clerk types)."""
    return Decimal(str(x)).quantize(CENT, ROUND_HALF_UP)


def pct1(num: Decimal, den: Decimal) -> float | None:
    """Growth in % rounded to one decimal, as the statistics bureau publishes it."""
    if not den:
        return None
    return float(((num / den - 1) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


def month_range(first: str, last: str) -> list[tuple[int, int]]:
    """(year, month) of every month from ``first`` to ``last`` (both 'YYYY-MM'), in order."""
    y, m = year_of(first), month_of(first) or 1
    out = []
    while (y, m) <= (year_of(last), month_of(last) or 12):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _weighted(rng: random.Random, items: dict[str, float]) -> str:
    return rng.choices(list(items), weights=list(items.values()))[0]


def _following_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)
