"""The county's targets (目标任务): the year's figures with their quarterly split.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.demo.attraction import Lead, attraction_funds
from beizeng.demo.common import SEASON
from beizeng.demo.enterprise_output import Enterprise

#: (indicator, name, unit, value in the story year, value in earlier years); None = derived from the data.
TARGETS = (
    ("output_target", "规上工业总产值", "亿元", None, None),
    ("va_target_pct", "规上工业增加值增速", "%", 8.0, 7.5),
    ("fai_target_pct", "工业固定资产投资增速", "%", 10.0, 8.0),
    ("tech_target_pct", "技术改造投资增速", "%", 8.0, 6.0),
    ("new_above_scale_target", "新增规上工业企业", "户", 5, 4),
    ("sei_output_share_target_pct", "战略性新兴产业产值占比", "%", None, None),
    ("green_factory_target", "新增绿色工厂", "户", 2, 1),
    ("invest_quarter_target", "招商引资到位资金", "亿元", None, None),
)


def _yi(amount: Decimal) -> Decimal:
    """万元 → 亿元, one decimal, as targets are set."""
    return (amount / 10000).quantize(Decimal("0.1"), ROUND_HALF_UP)


def target_rows(ents: list[Enterprise], cfg: Config, year: int, story: int,
                leads: list[Lead] | None = None) -> list[dict[str, Any]]:
    """The 工信局's targets for a year: county indicators, then the output target split by township.

    The investment-attraction target carries a cumulative quarterly split the county beats by the
    half year ("提前完成并超出二季度任务指标"), as in the report.
    """
    listed = [e for e in ents if e.reports(year, 12)]
    actual = sum((e.cum(year, 12) for e in listed), Decimal(0))
    output_target = _yi(actual * Decimal("1.04" if year == story else "1.02"))
    sei = sum((e.cum(year, 6) for e in listed if e.sei and e.reports(year, 6)), Decimal(0))
    sei_share = sei / sum((e.cum(year, 6) for e in listed if e.reports(year, 6)), Decimal(0)) * 100
    rows = []
    allowed = get_form("targets").column("indicator").choices  # codes the indicator catalogue knows
    for code, name, unit, story_value, before in TARGETS:
        if allowed is not None and code not in allowed:
            continue
        value: Any = story_value if year == story else before
        row: dict[str, Any] = {"year": year, "indicator": code, "indicator_name": name, "scope": cfg.county, "unit": unit}
        if code == "output_target":
            value = output_target
            if year == story:  # a cumulative quarterly split that follows the seasons
                shares = [sum(SEASON[: 3 * q]) for q in (1, 2, 3)]
                row.update({f"q{q}": (output_target * Decimal(str(s))).quantize(Decimal("0.1"), ROUND_HALF_UP)
                            for q, s in zip((1, 2, 3), shares, strict=True)})
                row["q4"] = output_target
        elif code == "sei_output_share_target_pct":
            value = Decimal(math.floor(sei_share) - 3)
        elif code == "invest_quarter_target":
            if not leads:
                continue
            funds = {m: attraction_funds(leads, year, m) for m in (3, 6, 9, 12)}
            value = _yi(funds[12] * Decimal("1.05"))
            q1, q2 = _yi(funds[3] * Decimal("0.9")), _yi(funds[6] * Decimal("0.85"))
            q3 = max(q2, _yi(funds[9] * Decimal("1.02")))
            row.update({"q1": min(q1, q2), "q2": q2, "q3": min(q3, value), "q4": value})
        rows.append({**row, "value": Decimal(str(value))})
    by_township = {t.name: sum((e.cum(year, 12) for e in listed if e.township == t.name), Decimal(0))
                   for t in cfg.townships}
    for township, amount in by_township.items():
        if amount:
            rows.append({"year": year, "indicator": "output_target", "indicator_name": "规上工业总产值",
                         "scope": township, "unit": "亿元", "value": _yi(output_target * 10000 * amount / actual)})
    return rows
