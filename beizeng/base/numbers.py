"""Showing numbers: careful rounding of the warehouse's doubles, as a person rounds (四舍五入).

Rates are computed with a single division of exact decimals, so a double carries the exact result
to ~15 significant digits.  Shown figures first drop the last binary noise (10 decimals) and then
round half up, so −16.25 shows as −16.3 at one decimal, as on paper.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

_NOISE = Decimal("1e-10")


def exact(value: float | int | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(_NOISE, rounding=ROUND_HALF_EVEN)


def rounded(value: float | int | Decimal, digits: int) -> Decimal:
    return exact(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def shown(value: float | int | Decimal | None, digits: int = 2, thousands: bool = False) -> str:
    """'—' for a missing figure; otherwise the value rounded half-up to ``digits`` decimals."""
    if value is None:
        return "—"
    number = rounded(value, digits)
    if number == 0:
        number = abs(number)  # never show −0.0
    return f"{number:,.{digits}f}" if thousands else f"{number:.{digits}f}"
