"""The townships' fixed-asset investment project returns (工业固定资产投资项目): projects with
natures, names, codes, start dates and spending schedules calibrated to the county's investment story.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.demo.common import BUILD_SEASON, _weighted, money
from beizeng.demo.county import COUNTY_CODE
from beizeng.demo.enterprise_output import BRANDS

NATURE_WEIGHTS = {"新建": 0.45, "扩建": 0.2, "改建和技术改造": 0.25, "迁建": 0.05, "其他": 0.05}
BULK = ("饲料", "有机肥", "果汁饮料", "精细化学品", "新型墙体材料", "预拌砂浆", "植物油", "淀粉", "果醋", "光伏玻璃")
PRODUCTS = ("光伏组件", "汽车零部件", "农机装备", "中药饮片", "果蔬冷链加工", "装配式预制构件", "包装材料", "钢结构",
            "储能电池", "玻璃纤维制品", "休闲食品", "饲料加工", "新型建材", "苹果深加工", "精细化工")
NAME_PATTERNS = {
    "新建": ("{brand}年产{n}万吨{bulk}项目", "{brand}{product}生产基地建设项目", "{brand}{mw}MW光伏发电项目",
             "{brand}{product}产业园项目"),
    "扩建": ("{brand}{product}二期扩建项目", "{brand}年产{n}万吨{bulk}扩能项目"),
    "改建和技术改造": ("{brand}{product}生产线技术改造项目", "{brand}智能化改造项目", "{brand}节能降耗技术改造项目",
                  "{brand}数字化车间改造项目", "{brand}{product}设备更新项目"),
    "迁建": ("{brand}{product}搬迁入园项目",),
    "其他": ("{brand}{product}配套设施建设项目", "{brand}仓储物流中心项目"),
}
#: Projects starting per year, and projects put on a year's list that only start the next year.
STARTS_PER_YEAR, DELAYED_PER_YEAR, SMALL_PER_YEAR = 26, 3, 2
#: Cohorts started before the first simulated year, so the project pipeline is in a steady state.
WARM_UP_YEARS = 3
#: YoY of the county's industrial investment and of its technical-renovation part (about, every month).
INVEST_GROWTH = {"story": (-0.08, 0.14), "before": (0.06, 0.05)}


@dataclass
class Project:
    code: str
    name: str
    township: str
    nature: str
    is_tech: bool
    key: bool
    total: Decimal
    start: dt.date
    plan_year: int  # the first year on the township's list (the start year, or the year before if delayed)
    stats_from: tuple[int, int] | None  # month it entered the statistics database (先入库，后有数)
    spend: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    plan: dict[int, Decimal] = field(default_factory=dict)

    def listed(self, year: int) -> bool:
        """On the year's list: from its plan year until the year it stops spending."""
        last = max((y for y, _ in self.spend), default=self.plan_year)
        return self.plan_year <= year <= last

    def started(self, year: int, month: int) -> bool:
        return (self.start.year, self.start.month) <= (year, month)

    def in_stats(self, year: int, month: int) -> bool:
        return self.stats_from is not None and self.started(year, month) and self.stats_from <= (year, month)

    def cum(self, year: int, month: int) -> Decimal:
        return sum((v for (y, m), v in self.spend.items() if y == year and m <= month), Decimal(0))


def _start_date(rng: random.Random, year: int, key: bool) -> dt.date:
    """Key projects mostly start by mid-year (the plan says so); others any time."""
    weights = (5, 12, 22, 22, 17, 12, 5, 3, 2, 0, 0, 0) if key else (4, 8, 10, 10, 10, 10, 10, 10, 10, 9, 6, 3)
    month = rng.choices(range(1, 13), weights=weights)[0]
    return dt.date(year, month, rng.randint(1, 28))


def _spend_schedule(rng: random.Random, total: float, start: dt.date) -> dict[tuple[int, int], Decimal]:
    """Monthly investment from the start month over a duration that grows with the project's size."""
    months = rng.randint(5, 12) if total < 3000 else rng.randint(9, 20) if total < 20000 else rng.randint(18, 36)
    keys, weights = [], []
    y, m = start.year, start.month
    for i in range(months):
        w = BUILD_SEASON[m - 1] * rng.uniform(0.7, 1.3)
        if i == 0:
            w *= (29 - start.day) / 28  # started part-way through the month
        keys.append((y, m))
        weights.append(w)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    spent = total * rng.uniform(0.88, 1.0)
    scale = spent / sum(weights)
    return {k: money(w * scale) for k, w in zip(keys, weights, strict=True)}


def _project_name(rng: random.Random, nature: str, total: float, taken: set[str]) -> str:
    """A name that fits the project: a solar farm only when the money is there (about 0.4 亿元 per 10 MW)."""
    for attempt in range(50):
        pattern = rng.choice(NAME_PATTERNS[nature])
        if "{mw}" in pattern and total < 8000:
            continue
        mw = min((20, 50, 100), key=lambda w: abs(w * 400 - total))
        name = pattern.format(brand=rng.choice(BRANDS), product=rng.choice(PRODUCTS), bulk=rng.choice(BULK),
                              n=rng.choice((1, 2, 3, 5, 10, 20, 30)), mw=mw)
        if attempt > 30:
            name = name.replace("项目", "（二期）项目")
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("no free project name")


def _project_code(rng: random.Random, reg: dt.date, division: str, taken: set[str]) -> str:
    while True:
        code = f"{reg:%y%m}-{division}-04-01-{rng.randint(1, 999999):06d}"
        if code not in taken:
            taken.add(code)
            return code


def _new_project(rng: random.Random, year: int, township: str, division: str, names: set[str], codes: set[str],
                 *, delayed: bool = False, small: bool = False, tech_extension: bool = False) -> Project:
    if tech_extension:
        nature = "扩建"
    elif small:  # small projects are equipment renewals and ancillary works
        nature = rng.choice(("改建和技术改造", "其他"))
    else:
        nature = _weighted(rng, NATURE_WEIGHTS)
    is_tech = nature == "改建和技术改造" or tech_extension
    if small:
        total = rng.uniform(200, 480)
    else:
        median = 5000 if is_tech else 7000
        total = min(200000.0, max(520.0, rng.lognormvariate(math.log(median), 1.1)))
    key = not small and rng.random() < (0.75 if total >= 5000 else 0.3)
    start = _start_date(rng, year + 1 if delayed else year, key)
    reg = start - dt.timedelta(days=rng.randint(30, 300))
    if delayed:
        reg = min(reg, dt.date(year, 1, 15))
    lag = rng.choices((0, 1, 2, None), weights=(40, 35, 15, 10))[0]
    stats = None
    if lag is not None and not small:
        month = start.month + lag
        stats = (start.year + (month - 1) // 12, (month - 1) % 12 + 1)
    return Project(_project_code(rng, reg, division, codes), _project_name(rng, nature, total, names), township, nature,
                   is_tech, key, money(total), start, year, stats, _spend_schedule(rng, total, start))


def _make_projects(rng: random.Random, cfg: Config, years: list[int], story: int) -> list[Project]:
    """Cohorts of projects starting each year, so a year's list mixes new and continuing projects."""
    townships = [t.name for t in cfg.townships]
    weights = {t: (5.0 if i == len(townships) - 1 else 2.5 if i == 0 else 1.0) for i, t in enumerate(townships)}
    division = cfg.county_code if len(cfg.county_code) == 6 and cfg.county_code.isdigit() else COUNTY_CODE
    names: set[str] = set()
    codes: set[str] = set()
    projects: list[Project] = []
    for year in range(years[0] - WARM_UP_YEARS, years[-1] + 1):
        order = townships * 2  # every township has projects on every year's list (and so a return)
        rng.shuffle(order)
        for n in range(STARTS_PER_YEAR):
            township = order[n] if n < len(order) else _weighted(rng, weights)
            projects.append(_new_project(rng, year, township, division, names, codes,
                                         tech_extension=n == STARTS_PER_YEAR - 1))
        for _ in range(DELAYED_PER_YEAR):
            projects.append(_new_project(rng, year, _weighted(rng, weights), division, names, codes, delayed=True))
        for _ in range(SMALL_PER_YEAR):
            projects.append(_new_project(rng, year, _weighted(rng, weights), division, names, codes, small=True))
    for year in years[1:]:
        fai_growth, tech_growth = INVEST_GROWTH["story" if year == story else "before"]
        _calibrate_investment(rng, projects, cfg, year, fai_growth, tech_growth)
    for p in projects:
        lifetime = sum(p.spend.values(), Decimal(0))
        if lifetime > p.total:
            p.total = money(math.ceil(float(lifetime) * 1.03 / 10) * 10)
        _set_plans(rng, p, years)
    return projects


def counted_investment(projects: Iterable[Project], cfg: Config, year: int, month: int) -> tuple[Decimal, Decimal]:
    """(工业固投, 技改投资) of a month as the county computes it: listed, in stats, total ≥ the minimum."""
    floor = Decimal(str(cfg.rules.fai_min_total_investment))
    fai = tech = Decimal(0)
    for p in projects:
        if p.listed(year) and p.in_stats(year, month) and p.total >= floor:
            fai += p.cum(year, month)
            if p.is_tech:
                tech += p.cum(year, month)
    return fai, tech


def _calibrate_investment(rng: random.Random, projects: list[Project], cfg: Config, year: int,
                          fai_growth: float, tech_growth: float) -> None:
    """Scale a year's monthly spending so the counted figures grow by about the wanted rate every month.

    Month by month (January and February together, as reported), one factor for the 技改 projects
    and one for the others: the counted cumulative is linear in this month's factor once the earlier
    months are fixed.  Projects entering the statistics database still make the series jump a little.
    """
    floor = Decimal(str(cfg.rules.fai_min_total_investment))
    tech_group = [p for p in projects if p.is_tech and p.listed(year)]
    other_group = [p for p in projects if not p.is_tech and p.listed(year)]
    for month in range(2, 13):
        fai_ly, tech_ly = counted_investment(projects, cfg, year - 1, month)
        tech_target = tech_ly * Decimal(str(1 + tech_growth + rng.gauss(0, 0.015)))
        fai_target = fai_ly * Decimal(str(1 + fai_growth + rng.gauss(0, 0.012)))
        scaled = (1, 2) if month == 2 else (month,)
        tech_now = _fit_month(tech_group, tech_target, year, month, scaled, floor)
        _fit_month(other_group, fai_target - tech_now, year, month, scaled, floor)


def _fit_month(group: list[Project], target: Decimal, year: int, month: int, scaled: tuple[int, ...],
               floor: Decimal) -> Decimal:
    """Scale the group's spending of the ``scaled`` months so its counted cumulative hits ``target``."""
    counted = [p for p in group if p.in_stats(year, month) and p.total >= floor]
    fixed = sum((v for p in counted for (y, m), v in p.spend.items() if y == year and m <= month and m not in scaled),
                Decimal(0))
    moving = sum((v for p in counted for (y, m), v in p.spend.items() if y == year and m in scaled), Decimal(0))
    if moving and target > 0:
        factor = min(Decimal(3), max(Decimal("0.3"), (target - fixed) / moving))
        for p in group:
            p.spend = {k: money(v * factor) if k[0] == year and k[1] in scaled else v for k, v in p.spend.items()}
    return sum((p.cum(year, month) for p in counted), Decimal(0))


def _set_plans(rng: random.Random, p: Project, years: list[int]) -> None:
    """年度计划投资: what the year's schedule expected, a little optimistic, in round 10 万元."""
    spent = Decimal(0)
    for year in range(p.plan_year, max(years) + 1):
        this_year = sum((v for (y, _), v in p.spend.items() if y == year), Decimal(0))
        if not p.listed(year):
            spent += this_year
            continue
        expected = float(this_year) * rng.uniform(0.95, 1.2) if this_year else float(p.total) * rng.uniform(0.2, 0.4)
        plan = Decimal(math.ceil(expected / 10) * 10)
        p.plan[year] = max(Decimal(0), min(plan, p.total - spent))
        spent += this_year


def project_rows(projects: list[Project], township: str, year: int, month: int) -> list[dict[str, Any]]:
    """A township's investment return for a month: every project on its list for the year."""
    rows = []
    for p in sorted((p for p in projects if p.township == township and p.listed(year)), key=lambda p: p.code):
        started = p.started(year, month)
        cum = p.cum(year, month)
        this_month = cum if month == 2 else p.spend.get((year, month), Decimal(0))  # 1-2月 is one period
        rows.append({
            "project_code": p.code, "name": p.name, "township": p.township, "nature": p.nature,
            "is_tech": p.is_tech, "is_key": p.key, "total_investment": p.total, "annual_plan": p.plan.get(year),
            "started": started, "start_date": p.start if started else None, "in_stats": p.in_stats(year, month),
            "invest_month": this_month, "invest_cum": cum,
        })
    return rows
