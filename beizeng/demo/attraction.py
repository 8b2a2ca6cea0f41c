"""The 招商局's investment attraction ledger (招商引资): leads through 对接 … 投产 with the money
arriving month by month.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.demo.common import SEED, _following_month, money
from beizeng.demo.enterprise_output import BRANDS

STAGE_ORDER = ("对接", "签约", "落户", "开工", "投产")
CHAIN_PRODUCTS = {
    "光伏新能源": ("光伏组件", "分布式光伏", "储能电站", "风光储一体化"),
    "精细化工": ("精细化学品", "医药中间体", "新型涂料"),
    "涉农加工": ("苹果深加工", "果蔬冷链物流", "饲料加工", "中药材精深加工"),
    "新型建材": ("装配式建筑构件", "新型墙体材料", "绿色建材"),
    "新材料": ("高性能复合材料", "新型碳材料"),
    "装备制造": ("汽车零部件", "农机装备", "智能装备"),
}


@dataclass
class Lead:
    """An investment-attraction project: the day it reached each stage, its investment and its money."""

    name: str
    investor: str
    chain: str
    township: str | None
    dates: dict[str, dt.date]  # stage → day reached
    total: Decimal
    funds: dict[tuple[int, int], Decimal] = field(default_factory=dict)  # (year, month) → money arriving
    responsible: str = "县招商局"

    def stage(self, day: dt.date) -> str | None:
        reached = [s for s in STAGE_ORDER if s in self.dates and self.dates[s] <= day]
        return reached[-1] if reached else None

    def funds_to(self, year: int, month: int) -> Decimal:
        return sum((v for (y, m), v in self.funds.items() if y == year and m <= month), Decimal(0))


def _money_arriving(rng: random.Random, lead: Lead, last_year: int) -> None:
    """Funds arrive from the landing month: ~8 % at once, then 3–5 % a month, up to 70 % of the total."""
    landed = lead.dates.get("落户")
    if landed is None:
        return
    total, arrived, share = float(lead.total), 0.0, 0.08
    y, m = landed.year, landed.month
    while (y, m) <= (last_year, 12) and arrived < 0.7 * total:
        amount = min(share * total, 0.7 * total - arrived)
        lead.funds[(y, m)] = money(amount)
        arrived += amount
        share = rng.uniform(0.03, 0.05)
        y, m = _following_month(y, m)


def _make_leads(cfg: Config, years: list[int], story: int) -> list[Lead]:
    """Each year ~30 industrial leads: most stay at 对接, some sign, a few land and start; the report's
    named projects (金隅新型材料, 秦河新材, 联星实业, and 雄峰实业 / 赛易德 / 川环管业 still being courted)."""
    rng = random.Random(SEED + 4)
    townships = [t.name for t in cfg.townships]
    zone = townships[-1]
    leads: list[Lead] = [
        Lead("金隅新型材料年产50万立方米绿色建材项目", "金隅新型材料（丹河）有限公司", "新型建材", zone,
             {"对接": dt.date(story - 1, 10, 12), "签约": dt.date(story, 1, 18), "落户": dt.date(story, 2, 25),
              "开工": dt.date(story, 4, 8)}, Decimal(150000)),
        Lead("秦河新材高性能复合材料项目", "陕西秦河新材料有限公司", "新材料", zone,
             {"对接": dt.date(story - 1, 11, 6), "签约": dt.date(story, 2, 10), "落户": dt.date(story, 3, 20),
              "开工": dt.date(story, 5, 16)}, Decimal(80000)),
        Lead("联星实业高端产业园项目", "联星实业集团有限公司", "装备制造", townships[0],
             {"对接": dt.date(story, 3, 5), "签约": dt.date(story, 6, 18), "落户": dt.date(story, 6, 18),
              "开工": dt.date(story, 9, 26)}, Decimal(200000)),
        Lead("雄峰实业精细化工项目", "雄峰实业有限公司", "精细化工", None, {"对接": dt.date(story, 4, 23)}, Decimal(60000)),
        Lead("赛易德汽车零部件生产基地项目", "赛易德汽车零部件有限公司", "装备制造", None, {"对接": dt.date(story, 5, 14)},
             Decimal(35000)),
        Lead("川环管业西北生产基地项目", "成都川环管业有限公司", "新型建材", None, {"对接": dt.date(story, 6, 9)},
             Decimal(28000)),
    ]
    names = {lead.name for lead in leads}
    for year in years:
        for _ in range(28 if year == story else 24):
            chain = rng.choice(list(CHAIN_PRODUCTS))
            brand = rng.choice(BRANDS)
            name = f"{brand}{rng.choice(CHAIN_PRODUCTS[chain])}项目"
            if name in names:
                name = name.replace("项目", "（二期）项目")
            if name in names:
                continue
            names.add(name)
            contact = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
            dates = {"对接": contact}
            r = rng.random()
            if r < 0.35:
                dates["签约"] = contact + dt.timedelta(days=rng.randint(40, 120))
                if r < 0.18:
                    dates["落户"] = dates["签约"] + dt.timedelta(days=rng.randint(10, 60))
                    dates["开工"] = dates["落户"] + dt.timedelta(days=rng.randint(30, 90))
                    dates["投产"] = dates["开工"] + dt.timedelta(days=rng.randint(240, 400))
            total = money(math.ceil(rng.lognormvariate(math.log(20000), 0.7) / 100) * 100)
            township = rng.choice(townships[:1] + [zone, zone]) if "落户" in dates else None
            leads.append(Lead(name, f"{brand}{rng.choice(('实业', '科技', '集团'))}有限公司", chain, township, dates,
                              total, responsible=rng.choice(("县招商局", "县工信局", "经开区管委会"))))
    for lead in leads:
        _money_arriving(rng, lead, years[-1])
    return leads


def _ledger_leads(leads: list[Lead], year: int, month: int) -> list[Lead]:
    """Leads the 招商局 lists at the end of a month: this year's work, and earlier projects still bringing money."""
    end = dt.date(*_following_month(year, month), 1) - dt.timedelta(days=1)
    out = []
    for lead in leads:
        if lead.dates["对接"] > end:
            continue
        this_year = any(d.year == year and d <= end for d in lead.dates.values())
        bringing = lead.funds_to(year, month) > 0
        if this_year or bringing:
            out.append(lead)
    return out


def attraction_rows(leads: list[Lead], year: int, month: int) -> list[dict[str, Any]]:
    end = dt.date(*_following_month(year, month), 1) - dt.timedelta(days=1)
    rows = []
    for lead in sorted(_ledger_leads(leads, year, month), key=lambda x: (x.dates["对接"], x.name)):
        stage = lead.stage(end)
        reached = {s: d for s, d in lead.dates.items() if d <= end}
        funds = lead.funds_to(year, month)
        rows.append({
            "name": lead.name, "investor": lead.investor, "chain": lead.chain,
            "township": lead.township if "落户" in reached else None, "stage": stage,
            "contact_date": reached.get("对接"), "signed_date": reached.get("签约"), "landed_date": reached.get("落户"),
            "started_date": reached.get("开工"), "total_investment": lead.total, "funds_in_place": funds or None,
            "responsible": lead.responsible,
            "progress": {"对接": "持续跟进洽谈", "签约": "已签约，正在办理注册和用地手续", "落户": "已落户，正在开展前期工作",
                         "开工": "项目建设加快推进", "投产": "已建成投产"}[stage or "对接"],
        })
    return rows


def attraction_funds(leads: list[Lead], year: int, month: int) -> Decimal:
    return sum((lead.funds_to(year, month) for lead in _ledger_leads(leads, year, month)), Decimal(0))
