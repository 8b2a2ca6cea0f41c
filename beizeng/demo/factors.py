"""要素保障: the 自然资源局's land parcels and the 财政局's fund movements, as dated events of
their year-to-date ledgers.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.demo.attraction import Lead
from beizeng.demo.common import SEED, _following_month, money


@dataclass(frozen=True)
class FactorEvent:
    sender: str
    item: str
    day: dt.date
    name: str | None
    parcel_code: str | None = None
    township: str | None = None
    area_mu: Decimal | None = None
    amount: Decimal | None = None
    quarter: int | None = None


#: Days industrial land was supplied, by year offset from the story year; two parcels on one day.
LAND_DAYS = {
    0: ((2, 26), (3, 30), (4, 28), (4, 28), (5, 20), (6, 25), (8, 18), (9, 28)),
    -1: ((3, 12), (4, 22), (5, 30), (6, 18), (9, 6), (11, 20)),
}


def _make_factors(cfg: Config, leads: list[Lead], years: list[int], story: int) -> list[FactorEvent]:
    rng = random.Random(SEED + 5)
    townships = [t.name for t in cfg.townships]
    zone = townships[-1]
    division = cfg.county_code
    landed = [lead for lead in leads if "落户" in lead.dates and lead.township]
    events: list[FactorEvent] = []
    for year in years:
        days = LAND_DAYS.get(year - story, LAND_DAYS[-1])
        for n, (m, d) in enumerate(days, 1):
            users = [lead for lead in landed if lead.dates["落户"].year == year] or landed
            user = rng.choice(users)
            area = Decimal(str(round(rng.uniform(20, 45) if year == story else rng.uniform(18, 50), 2)))
            township = zone if rng.random() < 0.7 else rng.choice(townships)
            events.append(FactorEvent("自然资源局", "工业用地供应", dt.date(year, m, d),
                                      f"{township}{n}号地块（{user.name}）", f"{division}-{year}-{n:03d}", township,
                                      area, money(area * Decimal(str(rng.uniform(5.5, 7.5))))))
        for q in (1, 2, 3, 4):  # each quarter's contribution is paid in the month after it, Q4 at the year end
            day = dt.date(year, 3 * q + 1, rng.randint(12, 20)) if q < 4 else dt.date(year, 12, 28)
            events.append(FactorEvent("财政局", "上划市工业倍增发展基金", day,
                                      f"{q}季度经营性土地出让收入按比例上划", quarter=q,
                                      amount=money(rng.uniform(280, 650))))
        raised = Decimal(3000 if year == story else 2500)
        events.append(FactorEvent("财政局", "工业发展资金筹集", dt.date(year, 3, 12), "县政府常务会议审议通过筹集工业发展资金",
                                  amount=raised))
        uses = ("标准化厂房入驻奖补", "盘活闲置厂房和工业用地奖补", "工业类基础设施重大项目补助", "技术改造项目配套奖补")
        for m in (4, 5, 7, 8, 10, 12):
            events.append(FactorEvent("财政局", "工业发展资金拨付", dt.date(year, m, rng.randint(8, 26)), rng.choice(uses),
                                      amount=money(rng.randint(18, 60) * 10)))
    return events


def factor_rows(events: list[FactorEvent], sender: str, year: int, month: int) -> list[dict[str, Any]]:
    """A sender's year-to-date ledger at the end of a month: every event from 1 January."""
    end = dt.date(*_following_month(year, month), 1) - dt.timedelta(days=1)
    rows = []
    for e in sorted((e for e in events if e.sender == sender and e.day.year == year and e.day <= end),
                    key=lambda e: (e.item != "工业用地供应", e.day, e.parcel_code or "")):
        rows.append({"item": e.item, "event_date": e.day, "name": e.name, "parcel_code": e.parcel_code,
                     "township": e.township, "area_mu": e.area_mu, "amount": e.amount, "quarter": e.quarter})
    return rows
