"""The statistics bureau's enterprise return (规上工业企业产值): 120 enterprises with their
industries, names, 统一社会信用代码 and output paths calibrated to the county's story.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.base.identifiers import USCC_ALPHABET, uscc_check_char
from beizeng.base.periods import month_of, year_of
from beizeng.demo.common import SEASON, _weighted, money
from beizeng.demo.county import COUNTY_CODE


@dataclass(frozen=True)
class Industry:
    code: str  # GB/T 4754-2017 class
    words: tuple[str, ...]  # what the company name says it does
    weight: float  # how common among the county's above-scale enterprises
    sei: float  # chance of being a strategic emerging industry enterprise
    scale: float = 1.0  # size relative to a typical enterprise


INDUSTRIES = (
    Industry("0610", ("煤业", "矿业"), 3, 0.0, 5.0),
    Industry("1320", ("饲料", "饲料科技", "农牧"), 6, 0.15),
    Industry("1330", ("油脂", "粮油"), 4, 0.0),
    Industry("1373", ("果业", "果品"), 10, 0.1),
    Industry("1391", ("淀粉",), 3, 0.0),
    Industry("1419", ("食品",), 5, 0.0),
    Industry("1499", ("食品", "生物科技"), 5, 0.2),
    Industry("1512", ("酒业",), 3, 0.0),
    Industry("1523", ("饮品", "果汁饮品"), 5, 0.05),
    Industry("1711", ("纺织",), 2, 0.0),
    Industry("2110", ("家具",), 2, 0.0),
    Industry("2231", ("包装", "纸业"), 3, 0.0),
    Industry("2614", ("化工",), 4, 0.1, 2.0),
    Industry("2625", ("生物肥业", "有机肥"), 4, 0.5),
    Industry("2662", ("精细化工", "化学科技"), 3, 0.6),
    Industry("2730", ("中药饮片", "中药材"), 5, 0.4),
    Industry("2740", ("药业", "制药"), 3, 0.8),
    Industry("2922", ("塑业", "管业"), 3, 0.05),
    Industry("3011", ("水泥",), 2, 0.0, 3.0),
    Industry("3021", ("建材", "水泥制品"), 6, 0.05),
    Industry("3031", ("新型建材", "新型墙材"), 6, 0.5),
    Industry("3311", ("钢结构", "钢构"), 4, 0.2),
    Industry("3572", ("农机", "农业机械"), 3, 0.5),
    Industry("3670", ("汽车零部件", "汽配"), 4, 0.5),
    Industry("3825", ("光伏科技", "光电科技"), 5, 0.95, 2.0),
    Industry("3841", ("新能源电池", "储能科技"), 2, 0.95, 1.5),
    Industry("4411", ("热电", "发电"), 1, 0.0, 4.0),
    Industry("4415", ("风电", "风力发电"), 3, 0.9, 2.0),
    Industry("4416", ("光伏发电", "新能源"), 5, 0.9, 1.5),
    Industry("4511", ("燃气", "天然气"), 2, 0.0),
    Industry("4610", ("水务", "供水"), 1, 0.0),
)
_BRAND_WORDS = (
    "华泰 鑫源 宏达 恒信 瑞丰 金穗 丰源 兴盛 鼎盛 昌隆 天润 绿源 嘉禾 德康 永固 众诚 宏图 富民 康达 润丰 晟泰 博远 万顺 "
    "金石 秦晟 丹源 塬上 渭丰 龙腾 宝丰 汇通 三和 华源 东盛 西岳 秦岭 洛源 金泰 恒达 利民 丰泽 隆盛 安泰 长青 鸿运 益康 "
    "福源 顺达 凯达 信诚 中鼎 瑞源 华强 天元 广源 金丰 泰和 和盛 荣昌 新元 惠民 常青 乾元 坤泰 澄源 塬丰 尧禾 丹峰 "
    "河润 沃达 金禾 宏远 亿丰 同德 恒丰 万通 正元 华丰 天成 永盛 丰华 汇丰 德润 兴源 渭源 秦丰"
)
BRANDS = tuple(_BRAND_WORDS.split())
NAME_PREFIXES = {"丹河县": 0.35, "秦川": 0.15, "陕西": 0.1, "": 0.4}
COMPANY_SUFFIXES = {"有限公司": 0.6, "有限责任公司": 0.25, "股份有限公司": 0.1, "集团有限公司": 0.05}
#: Enterprises that join the above-scale list recently: (brand+words, class, sei, month offset, annual 万元 by year offset).
NEWCOMERS = (
    ("丹富仕饲料", "1320", True, (0, 3), {-2: 1300, -1: 1700, 0: 4200}),
    ("盛步光伏科技", "3825", True, (0, 5), {-2: 900, -1: 1500, 0: 9000}),
    ("新锐新材料科技", "3039", True, (0, 8), {-2: 800, -1: 1200, 0: 3600}),
    ("瑞禾食品", "1499", False, (-1, 12), {-2: 1800, -1: 2600, 0: 3100}),
)
#: The few large enterprises that make a county's output top-heavy: (class, annual 万元).
ANCHORS = (("0610", 160000), ("0610", 110000), ("4411", 55000), ("3011", 40000))
N_ENTERPRISES = 120
#: Smallest annual output (万元, before the level is set) of an enterprise long on the list: revenue
#: must stay above the 20-million-yuan threshold after the county is scaled to its level.
ABOVE_SCALE_FLOOR = 2700.0
#: 2025 full-year output the county is scaled to (万元): about 118 亿元.
OUTPUT_LEVEL = 1_180_000
#: YoY growth of the county's output at mid-year: the story year, and the years before it.
OUTPUT_GROWTH = {"story": 0.082, "before": 0.055}


@dataclass
class Enterprise:
    uscc: str
    name: str
    township: str
    industry_code: str
    sei: bool
    entered: str  # "2015" or "2026-03": the 入规年月 column, and when it starts to report
    output: dict[int, list[Decimal]] = field(default_factory=dict)  # year → output of months 1..12
    revenue: dict[int, list[Decimal]] = field(default_factory=dict)

    def reports(self, year: int, month: int) -> bool:
        """Listed in the return of that month: from the month it entered the above-scale list."""
        entered = (year_of(self.entered), month_of(self.entered) or 1)
        return entered <= (year, month)

    def cum(self, year: int, month: int) -> Decimal:
        return sum(self.output[year][:month], Decimal(0))


def _uscc(rng: random.Random, division: str, new_style: bool, taken: set[str]) -> str:
    """A valid 18-character code: pre-2016 firms keep their old organisation code, newer ones 'MA…'."""
    while True:
        if new_style:
            body = "MA6" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8)) + rng.choice("0123456789X")
        first17 = "91" + division + body
        code = first17 + uscc_check_char(first17)
        if code not in taken:
            taken.add(code)
            return code


def _company_name(rng: random.Random, core: str, taken: set[str]) -> str:
    for _ in range(50):
        name = _weighted(rng, NAME_PREFIXES) + core + _weighted(rng, COMPANY_SUFFIXES)
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError(f"no free company name for {core}")


def _class_code(rng: random.Random, code: str) -> str:
    """Most returns give the 4-digit class; some only the group (3) or division (2)."""
    r = rng.random()
    return code[:2] if r < 0.05 else code[:3] if r < 0.15 else code


def _entered_long_ago(rng: random.Random, before: int) -> tuple[str, bool]:
    """An 入规年月 years ago, as a year or a year-month, and whether the firm has a new-style code."""
    year = rng.randint(2006, before - 1)
    text = str(year) if rng.random() < 0.65 else f"{year}-{rng.randint(1, 12):02d}"
    return text, year >= 2017 or (year >= 2016 and rng.random() < 0.5)


def _annual_path(rng: random.Random, base: float, years: list[int], floor: float) -> dict[int, float]:
    """A firm's annual output over the years: its own growth around zero (the county trend comes later).

    Lifted as a whole when it would dip below ``floor``: an enterprise on the list stays above scale.
    """
    out, level = {}, base
    for y in years:
        out[y] = level
        level *= 1 + max(-0.3, min(0.5, rng.gauss(0.0, 0.09)))
    lift = max(1.0, floor / min(out.values()))
    return {y: v * lift for y, v in out.items()}


def _months_of(rng: random.Random, annual: float) -> list[float]:
    return [annual * s * (1 + rng.gauss(0, 0.05)) for s in SEASON]


Draft = tuple[Enterprise, dict[int, list[float]]]  # an enterprise and its unrounded monthly output


def _make_enterprises(rng: random.Random, cfg: Config, years: list[int], story: int) -> list[Enterprise]:
    townships = [t.name for t in cfg.townships]
    weights = {t: (6.0 if i == len(townships) - 1 else 3.0 if i == 0 else 1.0) for i, t in enumerate(townships)}
    division = cfg.county_code if len(cfg.county_code) == 6 and cfg.county_code.isdigit() else COUNTY_CODE
    usccs: set[str] = set()
    names: set[str] = set()
    brands = list(BRANDS)
    rng.shuffle(brands)
    industries = {i.code: i for i in INDUSTRIES}
    specs: list[tuple[Industry, float]] = [(industries[c], size) for c, size in ANCHORS]
    while len(specs) < N_ENTERPRISES - len(NEWCOMERS):
        ind = rng.choices(INDUSTRIES, weights=[i.weight for i in INDUSTRIES])[0]
        specs.append((ind, min(30000.0, max(2300.0, rng.lognormvariate(math.log(4200), 0.8))) * ind.scale))
    drafts: list[Draft] = []
    order = townships * 2  # every township has enterprises (and so an output target)
    for n, (ind, size) in enumerate(specs):
        entered, new_style = _entered_long_ago(rng, years[0])
        core = brands[n % len(brands)] + rng.choice(ind.words)
        township = order[n] if n < len(order) else _weighted(rng, weights)
        ent = Enterprise(_uscc(rng, division, new_style, usccs), _company_name(rng, core, names), township,
                         _class_code(rng, ind.code), rng.random() < ind.sei, entered)
        annual = _annual_path(rng, size, years, floor=ABOVE_SCALE_FLOOR * rng.uniform(1.0, 1.2))
        drafts.append((ent, {y: _months_of(rng, annual[y]) for y in years}))
    for core, code, sei, (dy, month), sizes in NEWCOMERS:
        ent = Enterprise(_uscc(rng, division, True, usccs), _company_name(rng, core, names),
                         _weighted(rng, weights), code, sei, f"{story + dy}-{month:02d}")
        drafts.append((ent, {y: _months_of(rng, float(sizes[max(-2, min(0, y - story))])) for y in years}))
    _calibrate_output(drafts, years, story)
    for ent, months in drafts:
        ratio = rng.uniform(0.93, 1.06)
        ent.output = {y: [money(x) for x in v] for y, v in months.items()}
        ent.revenue = {y: [money(x * ratio * (1 + rng.gauss(0, 0.02))) for x in v] for y, v in months.items()}
    return [ent for ent, _ in drafts]


def _calibrate_output(drafts: list[Draft], years: list[int], story: int) -> None:
    """Scale each year so the county's mid-year growth tells the story, then the level to ~118 亿元.

    Works on the unrounded months; each year is scaled relative to the one before, so the growth
    computed from the returns' own 上年同期 columns comes out as intended.
    """
    def total(year: int, month: int, reporting: tuple[int, int]) -> float:
        return sum(sum(months[year][:month]) for e, months in drafts if e.reports(*reporting))

    def scale(year: int, factor: float) -> None:
        for _, months in drafts:
            months[year] = [x * factor for x in months[year]]

    for year in years[1:]:
        want = 1 + OUTPUT_GROWTH["story" if year == story else "before"]
        scale(year, want * total(year - 1, 6, (year, 6)) / total(year, 6, (year, 6)))
    level_year = story - 1 if story - 1 in years else years[-1]
    factor = OUTPUT_LEVEL / total(level_year, 12, (level_year, 12))
    for year in years:
        scale(year, factor)


def enterprise_rows(ents: list[Enterprise], year: int, month: int, townships: list[str]) -> list[dict[str, Any]]:
    """The statistics bureau's return for a month: every enterprise on the list, by township."""
    rows = []
    for e in sorted((e for e in ents if e.reports(year, month)), key=lambda e: (townships.index(e.township), e.uscc)):
        rows.append({
            "uscc": e.uscc, "name": e.name, "township": e.township, "industry_code": e.industry_code,
            "sei": e.sei, "entered_month": e.entered, "output_month": e.output[year][month - 1],
            "output_cum": e.cum(year, month), "output_cum_last_year": e.cum(year - 1, month),
            "revenue_cum": sum(e.revenue[year][:month], Decimal(0)),
        })
    return rows
