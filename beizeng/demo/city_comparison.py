"""The city comparison (全市各县区对比): every county's output, value added and investment, with
丹河县's own row equal to what its returns add up to, and the tie in output growth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.demo.common import BUILD_SEASON, SEASON, pct1
from beizeng.publish.templates import CITY_TOTAL


@dataclass
class County:
    """One county's cumulative figures per year (months 1..12) and its value-added growth."""

    output: dict[int, list[Decimal]] = field(default_factory=dict)
    fai: dict[int, list[Decimal]] = field(default_factory=dict)
    tech: dict[int, list[Decimal]] = field(default_factory=dict)
    va: dict[int, list[float]] = field(default_factory=dict)


def _cum_series(rng: random.Random, annual: float, season: tuple[float, ...], step: int) -> list[Decimal]:
    """Cumulative figures of a year, rounded to ``step`` 万元 as the city publishes them (in 亿元)."""
    total, out = 0.0, []
    for s in season:
        total += annual * s * (1 + rng.gauss(0, 0.04))
        out.append(Decimal(round(total / step) * step))
    return out


def _round_to(x: Decimal, step: int) -> Decimal:
    return Decimal(round(x / step) * step)


def _va_path(rng: random.Random, base: float) -> list[float]:
    """Value-added growth through a year: wanders around the county's level, one decimal."""
    level, out = base, []
    for _ in range(12):
        level = base + 0.6 * (level - base) + rng.gauss(0, 0.35)
        out.append(round(level, 1))
    return out


def _make_counties(rng: random.Random, cfg: Config, years: list[int], story: int) -> dict[str, County]:
    """The other counties, invented; the county's own value-added growth sits above target and average."""
    build = tuple(b / sum(BUILD_SEASON) for b in BUILD_SEASON)
    counties: dict[str, County] = {}
    for name in cfg.city_counties:
        c = County()
        if name == cfg.county:
            c.va = {y: _va_path(rng, 9.4 if y == story else 8.3) for y in years}
            counties[name] = c
            continue
        output, fai = rng.uniform(80, 520) * 10000, rng.uniform(15, 80) * 10000
        tech = fai * rng.uniform(0.25, 0.45)
        for y in years:
            c.output[y] = _cum_series(rng, output, SEASON, 1000)
            c.fai[y] = _cum_series(rng, fai, build, 100)
            c.tech[y] = [min(t, _round_to(f * Decimal("0.9"), 100))
                         for t, f in zip(_cum_series(rng, tech, build, 100), c.fai[y], strict=True)]
            c.va[y] = _va_path(rng, rng.gauss(7.5, 1.2) if y == story else rng.gauss(6.8, 1.5))
            story_year = y + 1 == story
            output *= 1 + (rng.gauss(0.065, 0.03) if story_year else rng.gauss(0.06, 0.025))
            fai *= 1 + (rng.gauss(0.05, 0.08) if story_year else rng.gauss(0.05, 0.08))
            tech *= 1 + (rng.gauss(-0.08, 0.06) if story_year else rng.gauss(0.03, 0.08))
        counties[name] = c
    _tie(counties, cfg, story)
    return counties


def _tie(counties: dict[str, County], cfg: Config, story: int) -> None:
    """Two counties with exactly the same output growth every month of the story year (a shared rank).

    Last year's figures are whole thousands, so cum = ly × (1000 + k) / 1000 is a whole number and
    the two ratios are equal exactly, in decimal and in floating point.
    """
    others = [n for n in cfg.city_counties if n != cfg.county]
    if len(others) < 2 or story - 1 not in counties[others[0]].output:
        return
    a, b = counties[others[0]], counties[others[1]]
    for m in range(12):
        k = round((a.output[story][m] / a.output[story - 1][m] - 1) * 1000)
        if m:  # keep both cumulative series increasing
            while any(c.output[story - 1][m] * (1000 + k) / 1000 <= c.output[story][m - 1] for c in (a, b)):
                k += 1
        for c in (a, b):
            c.output[story][m] = c.output[story - 1][m] * (1000 + k) / 1000


def city_rows(counties: dict[str, County], cfg: Config, year: int, month: int, own_output: tuple[Decimal, Decimal],
              own_fai: tuple[Decimal, Decimal], own_tech: tuple[Decimal, Decimal]) -> list[dict[str, Any]]:
    """One row per county plus 全市; the county's own row carries the sums of its own returns."""
    rows = []
    for name in cfg.city_counties:
        c = counties[name]
        if name == cfg.county:
            (out, out_ly), (fai, fai_ly), (tech, tech_ly) = own_output, own_fai, own_tech
        else:
            out, out_ly = c.output[year][month - 1], c.output[year - 1][month - 1]
            fai, fai_ly = c.fai[year][month - 1], c.fai[year - 1][month - 1]
            tech, tech_ly = c.tech[year][month - 1], c.tech[year - 1][month - 1]
        rows.append(_city_row(name, out, out_ly, c.va[year][month - 1], fai, fai_ly, tech, tech_ly))
    weight = sum((r["output_cum_last_year"] for r in rows), Decimal(0))
    va = sum(Decimal(str(r["va_yoy_pct"])) * r["output_cum_last_year"] for r in rows) / weight if weight else None
    totals = {k: sum((r[k] for r in rows), Decimal(0)) for k in
              ("output_cum", "output_cum_last_year", "fai_cum", "fai_cum_last_year", "tech_cum", "tech_cum_last_year")}
    rows.append(_city_row(CITY_TOTAL, totals["output_cum"], totals["output_cum_last_year"],
                          float(va.quantize(Decimal("0.1"), ROUND_HALF_UP)) if va is not None else None,
                          totals["fai_cum"], totals["fai_cum_last_year"], totals["tech_cum"], totals["tech_cum_last_year"]))
    return rows


def _city_row(county: str, out: Decimal, out_ly: Decimal, va: float | None, fai: Decimal, fai_ly: Decimal,
              tech: Decimal, tech_ly: Decimal) -> dict[str, Any]:
    return {
        "county": county, "output_cum": out, "output_cum_last_year": out_ly, "output_yoy_pct": pct1(out, out_ly),
        "va_yoy_pct": va, "fai_cum": fai, "fai_cum_last_year": fai_ly, "fai_yoy_pct": pct1(fai, fai_ly),
        "tech_cum": tech, "tech_cum_last_year": tech_ly, "tech_yoy_pct": pct1(tech, tech_ly),
    }
