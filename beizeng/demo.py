"""A fictional but realistic county (丹河县 of 秦川市) and the returns its senders would send.

The figures are invented, but they hang together the way real ones do, so every indicator of the
half-year report gets a plausible value and every cross-check has something to check:

- the statistics bureau's enterprise return sums to 丹河县's row of the city comparison, and an
  enterprise's 上年同期 is what it reported in the same month a year earlier;
- 丹河县's investment figures in the city comparison are the in-stats projects (total ≥ the
  configured minimum) of the townships' returns, so the county's 同比 can be recomputed;
- the last year tells the report's story: output up ~8 %, value added above its target and the
  city average, industrial investment down ~8 %, technical-renovation investment up while the
  city's falls, two counties tied in output growth, new above-scale enterprises during the year;
- the ledgers agree with the returns: the 工信局's cultivation ledger lists this year's newcomers
  (丹富仕饲料, 盛步光伏) as 拟入规 candidates 已入库 in the month the statistics return starts to
  carry them; the 招商局's attraction ledger has the report's projects (金隅新型材料, 秦河新材,
  联星实业 …); land parcels (two of them on one day) and fund movements are dated events of the
  自然资源局's and 财政局's year-to-date ledgers; the 工信局's progress notes carry the prose of
  sections 6, 二 and 三 with the standard-factory progress rising month by month.

Everything is drawn from ``random.Random(SEED)`` streams in a fixed order and every file carries fixed
timestamps, so the same arguments give byte-identical files on every machine (re-running the demo
only produces duplicates, which the ingest recognises by hash).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from beizeng.config import CONFIG_NAME, Config, Rules, Sender
from beizeng.forms import get_form
from beizeng.identifiers import USCC_ALPHABET, uscc_check_char
from beizeng.templates import CITY_TOTAL, write_return

SEED = 20260630
CENT = Decimal("0.01")

# ---------------------------------------------------------------------------------------------
# The county's configuration
# ---------------------------------------------------------------------------------------------

COUNTY, COUNTY_CODE, CITY = "丹河县", "610525", "秦川市"
CITY_COUNTIES = ("渭北区", "秦源县", "泾阳县", "华岭市", "蒲原县", "韩塬县", "丹河县", "白溪县", "富川县", "潼西县",
                 "秦川高新区")
#: (name, code, aliases) of the reporting townships; the development zone reports like a township.
TOWNSHIPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("城关镇", "610525100", ("城关镇人民政府", "城关街道")),
    ("丹阳镇", "610525101", ("丹阳镇人民政府",)),
    ("河口镇", "610525102", ("河口镇人民政府",)),
    ("柳林镇", "610525103", ("柳林镇人民政府",)),
    ("石门镇", "610525104", ("石门镇人民政府",)),
    ("马庄镇", "610525105", ("马庄镇人民政府",)),
    ("龙泉镇", "610525106", ("龙泉镇人民政府",)),
    ("杨家堡镇", "610525107", ("杨家堡镇人民政府",)),
    ("清水镇", "610525108", ("清水镇人民政府",)),
    ("安里镇", "610525109", ("安里镇人民政府",)),
    ("经开区", "610525400", ("丹河经开区", "经济技术开发区", "丹河县经济技术开发区", "经开区管委会")),
)
#: (name, aliases, forms); forms listed only where the department is the one sender of them.
DEPARTMENTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("统计局", ("县统计局", "丹河县统计局"), ("enterprise_output", "city_comparison")),
    ("发改局", ("县发改局", "发展和改革局", "县发展和改革局"), ()),
    ("工信局", ("县工信局", "工业和信息化局", "县工业和信息化局"), ("targets", "cultivation", "progress_notes")),
    ("招商局", ("县招商局", "投资促进局", "县投资促进局"), ("attraction",)),
    ("自然资源局", ("县自然资源局", "自然资源和规划局"), ("factors",)),
    ("财政局", ("县财政局",), ("factors",)),
)
RULE_NOTES = {
    "time_progress": '序时进度："linear" 按 目标×N/12；"target_split" 按目标任务自带的季度分解',
    "in_stats_denominator": '纳统率分母："key" 全部重点项目；"started" 已开工重点项目',
    "rank_basis": '排名依据：每类指标 "growth"（按增速）或 "size"（按总量）',
    "fai_min_total_investment": "计入固定资产投资的项目计划总投资下限（万元）",
    "deadline_day": "报送截止日（次月几日）",
    "total_tolerance": "合计行与各行之和允许的差额（按报表单位）",
    "crosscheck_pct": "交叉核对允许的相对差（%）",
    "yoy_warn_pct": "同比超过 ±此值（%）时提醒",
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蔡蒋余杜叶程魏苏吕丁任"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
         "霞", "平", "刚", "建华", "建国", "晓东", "海燕", "文博", "志强", "丹", "宁", "鹏", "红梅", "卫东", "晨", "亮")


def _toml_value(value: Any) -> str:
    """A TOML literal: JSON strings and numbers are valid TOML, lists and dicts are spelled out."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(_toml_value(v) for v in value) + "]"


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _rules_block() -> list[str]:
    """[rules] with every setting commented out at its default, so the file documents the choices."""
    lines = ["[rules]", "# 以下均为默认值；按本县口径修改时去掉行首的 # 号。"]
    defaults = Rules()
    for f in dataclasses.fields(Rules):
        note = RULE_NOTES.get(f.name, "")
        lines.append(f"# {f.name} = {_toml_value(getattr(defaults, f.name))}" + (f"    # {note}" if note else ""))
    return lines


def demo_config_text() -> str:
    """The text of the demo county's beizeng.toml."""
    rng = random.Random(SEED)
    lines = [
        "# 演示县配置（丹河县、秦川市均为虚构，数据为随机生成）。",
        "[county]", f"name = {_toml_value(COUNTY)}", f"code = {_toml_value(COUNTY_CODE)}", "",
        "[city]", f"name = {_toml_value(CITY)}", f"counties = {_toml_value(CITY_COUNTIES)}", "",
        *_rules_block(), "",
        "[paths]", 'inbox = "inbox"', 'warehouse = "warehouse"', "",
    ]
    for name, code, aliases in TOWNSHIPS:
        lines += ["[[townships]]", f"name = {_toml_value(name)}", f"code = {_toml_value(code)}",
                  f"aliases = {_toml_value(aliases)}", f"contact = {_toml_value(_person(rng))}",
                  f"phone = {_toml_value(f'0913-{rng.randint(6210000, 6299999)}')}", ""]
    for name, aliases, forms in DEPARTMENTS:
        lines += ["[[departments]]", f"name = {_toml_value(name)}", f"aliases = {_toml_value(aliases)}",
                  f"forms = {_toml_value(forms)}", f"contact = {_toml_value(_person(rng))}",
                  f"phone = {_toml_value(f'0913-{rng.randint(6110000, 6199999)}')}", ""]
    return "\n".join(lines)


def write_demo_config(root: Path) -> Path:
    """Write ``root/beizeng.toml`` for the demo county (overwriting an existing one) and return its path."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / CONFIG_NAME
    path.write_text(demo_config_text(), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------

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
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _weighted(rng: random.Random, items: dict[str, float]) -> str:
    return rng.choices(list(items), weights=list(items.values()))[0]


# ---------------------------------------------------------------------------------------------
# Enterprises
# ---------------------------------------------------------------------------------------------

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
        entered = (int(self.entered[:4]), int(self.entered[5:7]) if len(self.entered) > 4 else 1)
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


# ---------------------------------------------------------------------------------------------
# Investment projects
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# The city comparison
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Enterprise cultivation ledger (工信局)
# ---------------------------------------------------------------------------------------------

#: The county leaders and cadres who take an enterprise under their wing (包联).
OFFICIALS = ("县委副书记", "常务副县长", "副县长", "县工信局局长", "县发改局局长", "县科技局局长", "经开区管委会主任")


@dataclass
class Cultivated:
    """One row of the 工信局's ledger over time: an enterprise, a cultivation type and its statuses."""

    uscc: str
    name: str
    township: str
    ctype: str
    events: list[tuple[dt.date, str]]  # (day reached, status), in order; the first puts it on the ledger
    official: str
    grant: Decimal | None = None
    until: int = 9999  # the last year the row is carried in the ledger

    def on(self, day: dt.date) -> tuple[str, dt.date] | None:
        """(status, day reached) on a day, or None while the row is not on the ledger yet (or any more)."""
        if day.year > self.until:
            return None
        now = None
        for when, status in self.events:
            if when <= day:
                now = (status, when)
        return now


def _day(rng: random.Random, year: int, month: int, lo: int = 3, hi: int = 26) -> dt.date:
    return dt.date(year, month, rng.randint(lo, hi))


def _candidate_firm(rng: random.Random, cfg: Config, core: str, usccs: set[str], names: set[str],
                    township: str | None = None, name: str | None = None) -> tuple[str, str, str]:
    """(uscc, name, township) of a small firm that is not (yet) above scale."""
    division = cfg.county_code if len(cfg.county_code) == 6 and cfg.county_code.isdigit() else COUNTY_CODE
    townships = [t.name for t in cfg.townships]
    return (_uscc(rng, division, True, usccs), name or _company_name(rng, core, names),
            township or rng.choice(townships))


def _make_cultivation(cfg: Config, ents: list[Enterprise], years: list[int], story: int) -> list[Cultivated]:
    """The ledger's rows: this year's and last year's 拟入规 candidates (the newcomers among them), the
    小巨人, 省级专精特新, 高新技术企业 and 科技型中小企业 of the county, technical-renovation reward
    applications and the green-factory candidates, with the day each reached its status."""
    rng = random.Random(SEED + 3)
    usccs = {e.uscc for e in ents}
    names = {e.name for e in ents}
    townships = [t.name for t in cfg.townships]
    zone = townships[-1]
    rows: list[Cultivated] = []

    def official() -> str:
        return rng.choice(SURNAMES[:12]) + rng.choice(OFFICIALS)

    # 拟入规: every newcomer was a candidate from January of the year before it entered
    for e in ents:
        if len(e.entered) == 7 and int(e.entered[:4]) >= years[0]:
            y, m = int(e.entered[:4]), int(e.entered[5:7])
            filed = dt.date(y, m, 1) - dt.timedelta(days=rng.randint(20, 45))
            rows.append(Cultivated(e.uscc, e.name, e.township, "拟入规",
                                   [(dt.date(y, 1, rng.randint(6, 20)), "培育中"), (filed, "申报中"),
                                    (dt.date(y, m, rng.randint(8, 15)), "已入库")], official(), until=y + 1))
    # other candidates, screened at the start of each year; a few apply, one is turned down
    for year in years:
        for n in range(7):
            ind = rng.choice([i for i in INDUSTRIES if i.code[:2] not in ("06", "44", "45", "46")])
            uscc, name, township = _candidate_firm(rng, cfg, rng.choice(BRANDS) + rng.choice(ind.words), usccs, names)
            events = [(dt.date(year, 1, rng.randint(6, 20)), "培育中")]
            if n == 0:
                events += [(dt.date(year, 5, 12), "申报中"), (dt.date(year, 7, 20), "未通过")]
            rows.append(Cultivated(uscc, name, township, "拟入规", events, official(), until=year))
    # 丹峰风电: the report's wind farm that meets the conditions and is gathering its papers
    uscc, name, _ = _candidate_firm(rng, cfg, "", usccs, names, zone, f"{cfg.county}丹峰风电有限公司")
    rows.append(Cultivated(uscc, name, zone, "拟入规", [(dt.date(story, 1, 12), "培育中"),
                                                      (dt.date(story, 6, 20), "申报中")], official()))

    listed = [e for e in ents if e.reports(story, 1)]
    sei = [e for e in listed if e.sei]
    # 专精特新“小巨人”: one recognised years ago, one last year, one this year (in May)
    giants = rng.sample(sei, 3)
    for e, day in zip(giants, (dt.date(story - 3, 8, 16), dt.date(story - 1, 8, 22), dt.date(story, 5, 19)),
                      strict=True):
        rows.append(Cultivated(e.uscc, e.name, e.township, "专精特新小巨人",
                               [(day - dt.timedelta(days=150), "申报中"), (day, "已认定")], official(),
                               grant=Decimal(100)))
    # 省级专精特新, recognised in earlier years and this one
    for e, year in zip(rng.sample(listed, 4), (story - 2, story - 1, story - 1, story), strict=True):
        rows.append(Cultivated(e.uscc, e.name, e.township, "省级专精特新", [(dt.date(year, 6, 28), "已认定")], official(),
                               grant=Decimal(30)))
    # 高新技术企业: four recognised before, one last year; this year 新沃盈 and one listed enterprise apply
    # (results in December)
    hightech = rng.sample(listed, 5)
    for e in hightech[:4]:
        rows.append(Cultivated(e.uscc, e.name, e.township, "高新技术企业",
                               [(dt.date(rng.choice((story - 3, story - 2)), 12, 10), "已认定")], official()))
    uscc, name, _ = _candidate_firm(rng, cfg, "", usccs, names, zone, "陕西新沃盈新材料科技有限公司")
    rows.append(Cultivated(uscc, name, zone, "高新技术企业", [(dt.date(story, 1, 15), "培育中"),
                                                            (dt.date(story, 4, 16), "申报中")], official()))
    applicant = rng.choice([e for e in sei if e not in giants and e not in hightech])
    rows.append(Cultivated(applicant.uscc, applicant.name, applicant.township, "高新技术企业",
                           [(dt.date(story, 2, 10), "培育中"), (dt.date(story, 6, 8), "申报中")], official()))
    last_year_applicant = hightech[4]
    rows.append(Cultivated(last_year_applicant.uscc, last_year_applicant.name, last_year_applicant.township,
                           "高新技术企业", [(dt.date(story - 1, 6, 2), "申报中"), (dt.date(story - 1, 12, 5), "已认定")],
                           official()))
    # 科技型中小企业: 君和聚源 and others enter the national database during the year
    firms = [_candidate_firm(rng, cfg, "", usccs, names, townships[0], f"{cfg.county}君和聚源生物科技有限公司")]
    firms += [_candidate_firm(rng, cfg, rng.choice(BRANDS) + rng.choice(("生物科技", "机械科技", "新材料科技")),
                              usccs, names) for _ in range(4)]
    for (uscc, name, township), day in zip(firms, (dt.date(story, 4, 22), dt.date(story, 3, 30), dt.date(story, 5, 26),
                                                   dt.date(story, 8, 18), dt.date(story - 1, 5, 8)), strict=True):
        rows.append(Cultivated(uscc, name, township, "科技型中小企业",
                               [(dt.date(day.year, 1, 20), "培育中"), (day, "已入库")], official()))
    # 省级中小企业技术改造奖励资金: applications in spring, decided in September
    for e, amount, year in zip(rng.sample(listed, 5), (80, 50, 30, 60, 40), (story, story, story, story - 1, story - 1),
                               strict=True):
        events = [(dt.date(year, 4, rng.randint(10, 28)), "申报中")]
        events.append((dt.date(year, 9, 15), "已认定" if amount != 30 else "未通过"))
        rows.append(Cultivated(e.uscc, e.name, e.township, "技改奖励资金", events, official(), grant=Decimal(amount)))
    # 绿色工厂: a new-energy enterprise and a building-materials branch are this year's candidates
    energy = [e for e in listed if e.industry_code.startswith(("4416", "4415", "3825"))] or listed
    cement = [e for e in listed if e.industry_code.startswith(("301", "302", "303"))] or listed
    candidates = [rng.choice(energy)]
    candidates += [e for e in (rng.choice(cement),) if e.uscc != candidates[0].uscc]
    for e in candidates:
        rows.append(Cultivated(e.uscc, e.name, e.township, "绿色工厂",
                               [(dt.date(story, 1, 18), "培育中"), (dt.date(story, 9, 20), "申报中")], official()))
    recognised = rng.choice([e for e in listed if e not in candidates])
    rows.append(Cultivated(recognised.uscc, recognised.name, recognised.township, "绿色工厂",
                           [(dt.date(story - 1, 3, 1), "申报中"), (dt.date(story - 1, 11, 28), "已认定")], official()))
    return rows


def cultivation_rows(ledger: list[Cultivated], year: int, month: int) -> list[dict[str, Any]]:
    """The 工信局's ledger as at the end of a month: every row already on it, with its status then."""
    end = dt.date(year, month, 1) + dt.timedelta(days=32)
    end = end.replace(day=1) - dt.timedelta(days=1)
    rows = []
    for c in ledger:
        state = c.on(end)
        if state is None:
            continue
        status, day = state
        rows.append({"uscc": c.uscc, "name": c.name, "township": c.township, "ctype": c.ctype, "status": status,
                     "status_date": day, "official": c.official,
                     "grant_amount": c.grant if c.grant is not None and c.ctype in ("技改奖励资金", "专精特新小巨人",
                                                                                    "省级专精特新") else None,
                     "note": None})
    order = {t: i for i, t in enumerate(("拟入规", "专精特新小巨人", "省级专精特新", "高新技术企业", "科技型中小企业",
                                          "技改奖励资金", "绿色工厂"))}
    return sorted(rows, key=lambda r: (order[r["ctype"]], r["township"], r["uscc"]))


# ---------------------------------------------------------------------------------------------
# Investment attraction ledger (招商局)
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# 要素保障: land parcels (自然资源局), fund contributions and development funds (财政局)
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局): the prose of sections 6, 二 and 三
# ---------------------------------------------------------------------------------------------

def _factory_progress(month: int) -> int:
    """The standard factory buildings: started last autumn, ~9 points a month, done by September."""
    return min(100, 20 + 9 * month)


def progress_rows(cfg: Config, year: int, month: int) -> list[dict[str, Any]]:
    """The 工信局's notes for a month, written the way the county writes its report."""
    county, zone = cfg.county, cfg.townships[-1].name if cfg.townships else "经开区"
    factory = _factory_progress(month)
    done = factory >= 100
    rows: list[tuple[str, str, str, str | None, int | None]] = [
        ("6①", "化工集中区规划编制", (
            f"{year - 1}年9月启动化工集中区规划编制前期工作，多次召开意见征询会、座谈会，委托第三方开展安全选址论证，"
            f"确定了集中区选址范围；{year}年初聘请设计单位编制总体规划和产业规划，"
            + ("总体规划、产业规划已通过专家评审并取得县级主管部门批复，规划编制工作全面完成。" if month >= 5 else
               "目前规划初稿已完成，正在书面征求各方意见并修改完善。")), None, None),
        ("6②", "污水处理厂及配套管网改造", (
            "厂区进水管网和排水管道排查已全部完成，发现的隐患正在逐处整改；老旧设备更新"
            + ("已完成，自控系统调试正常，曝气池进水调试运行平稳；" if month >= 8 else "接近尾声，自控系统开始编程调试；")
            + "入河口沟渠拦水坝和消力池正在施工。"), None, None),
        ("6③", "标准化厂房建设", (
            "扶贫产业园一期标准化厂房五万平方米，"
            + ("已全部建成并投入使用，入驻企业陆续进场安装设备；" if done else
               f"项目建设总体进度达到{factory}%，预计{min(12, month + math.ceil((100 - factory) / 9))}月底全部建成；")
            + "丹澄产业园工业标准化厂房建设项目已正式开工。"), "扶贫产业园一期标准化厂房建设总体进度", factory),
        ("6④", "园区路网建设", (
            f"县政府就市政道路及{zone}基础设施建设项目与投资方签订投资协议，"
            + ("骨干道路已开工建设。" if month >= 9 else "目前正在办理项目前期手续，完善项目整体设计。")), None, None),
        ("二1", "工业经济基础较为薄弱", (
            f"{county}规上工业企业数量和产值规模在全市仍处于靠后位置，企业布局分散，上下游配套不足，产业链条不完整，"
            "难以形成集聚效应；传统加工制造企业占比较高，自动化、智能化水平不高，发展后劲不足。"), None, None),
        ("二2", "园区承载能力不足", (
            "园区规划虽已完成，但水电路气等基础设施配套仍有短板，标准化厂房等承载要素不足，涉企优惠政策落实不够到位，"
            "招商难、落地难的问题尚未有效破解。"), None, None),
        ("二3", "要素保障有待优化", (
            "一是高端技术人才和一线劳动力“两头缺”，部分劳动密集型企业难以满负荷生产；二是中小企业融资难，"
            "金融产品以传统抵押为主，信用贷款和应收账款、股权质押等产品少、规模小。"), None, None),
        ("三1", "强化统筹调度", (
            "发挥工业倍增牵头抓总作用，坚持周调度、月小结、季点评、年考核，对照任务清单逐项督办，确保全年目标任务完成。"),
         None, None),
        ("三2", "落实助企包联机制", (
            "选派干部对重点工业企业和建设项目开展“一对一”包联服务，及时协调解决用工、用地、融资等困难，推动企业稳产增效。"),
         None, None),
        ("三3", "加大招商项目落地力度", (
            "用好招商引资扶持奖励办法，围绕光伏新能源、新型建材、精细化工、涉农加工等主导产业精准招商，加大雄峰实业、"
            "赛易德汽车零部件、川环管业等意向项目对接力度，对已签约项目提供全程代办服务，推动早落地、早开工、早投产。"),
         None, None),
        ("三4", "抓好企业培育壮大", (
            "支持在建和试产企业早投产、早达效，推动具备条件的企业应统尽统、及时入规，培育一批专精特新骨干企业，"
            "实现企业数量和发展质量同步提升。"), None, None),
        ("三5", "提升园区承载能力", (
            f"完成{zone}化工园区设置审批，加快标准化厂房建设和骨干道路、供排水配套工程建设，早日建成污水处理改造工程，"
            "让园区真正成为县域工业经济的主阵地。"), None, None),
    ]
    return [{"section": s, "title": t, "text": text, "figure_label": label, "figure_pct": pct}
            for s, t, text, label, pct in rows]


# ---------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Writing the inbox
# ---------------------------------------------------------------------------------------------

@dataclass
class World:
    enterprises: list[Enterprise]
    projects: list[Project]
    counties: dict[str, County]
    story: int
    cultivation: list[Cultivated] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    factors: list[FactorEvent] = field(default_factory=list)


def build_world(cfg: Config, years: list[int]) -> World:
    """The simulated county over ``years`` plus the year before them (for every 上年同期)."""
    rng = random.Random(SEED)
    story = years[-1]
    simulated = [years[0] - 1, *years]
    ents = _make_enterprises(rng, cfg, simulated, story)
    projects = _make_projects(rng, cfg, simulated, story)
    counties = _make_counties(rng, cfg, simulated, story)
    # the ledgers draw from their own streams, so adding them left every figure above as it was
    leads = _make_leads(cfg, years, story)
    return World(ents, projects, counties, story, _make_cultivation(cfg, ents, years, story), leads,
                 _make_factors(cfg, leads, years, story))


def _following_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def received_at(rng: random.Random, year: int, month: int, late: bool) -> dt.datetime:
    """When the return of a month reaches the shared folder: 5th–8th of the next month, late ones the 10th."""
    y, m = _following_month(year, month)
    return dt.datetime(y, m, 10 if late else rng.randint(5, 8), 10, rng.randint(0, 59))


def _stamp(path: Path, when: dt.datetime) -> None:
    """The receiving time as the file's mtime, unless it lies in the future (then the real time stays)."""
    ts = when.timestamp()
    if ts <= dt.datetime.now().timestamp():
        os.utime(path, (ts, ts))


def _sender(cfg: Config, name: str) -> Sender:
    sender = cfg.sender(name)
    if sender is None:
        raise ValueError(f"演示数据需要配置中有“{name}”（请用 write_demo_config 生成的配置）")
    return sender


def generate_demo(cfg: Config, first: str = "2025-01", last: str = "2026-10") -> list[Path]:
    """Write into ``cfg.inbox`` every return the county's senders would send for the months [first, last].

    Monthly returns are written for months 02..12 (January is merged into 1-2月); the targets once
    per year.  Files are named '<sender>_<period>_<form title>.xlsx' and stamped with a plausible
    receiving time.  Returns the paths in the order written.
    """
    months = [(y, m) for y, m in month_range(first, last) if m >= 2]
    years = sorted({y for y, _ in month_range(first, last)})
    if not years:
        return []
    world = build_world(cfg, years)
    timing = random.Random(SEED + 1)  # separate stream: timestamps never change the figures
    ledgers = random.Random(SEED + 6)  # and one for the later returns, so the first ones keep their stamps
    townships = [t.name for t in cfg.townships]
    slow = set(townships[-3:-1])  # two townships that often send late
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, dt.datetime]] = []

    def put(code: str, sender: Sender, period: str, rows: list[dict[str, Any]], when: dt.datetime) -> None:
        form = get_form(code)
        path = cfg.inbox / f"{sender.name}_{period}_{form.title}.xlsx"
        generated = when - dt.timedelta(days=when.day + 2)  # the template went out around month end
        write_return(form, cfg, sender, period, path, rows, reporter=sender.contact, phone=sender.phone,
                     generated=min(generated, dt.datetime.now().replace(microsecond=0)))
        written.append((path, when))

    for year in years:
        when = dt.datetime(year, 2, 20, 10, timing.randint(0, 59))
        put("targets", _sender(cfg, "工信局"), str(year),
            target_rows(world.enterprises, cfg, year, world.story, world.leads), when)
    for year, month in months:
        period = f"{year:04d}-{month:02d}"
        stats = _sender(cfg, "统计局")
        ent_rows = enterprise_rows(world.enterprises, year, month, townships)
        put("enterprise_output", stats, period, ent_rows, received_at(timing, year, month, False))
        own_output = (sum((r["output_cum"] for r in ent_rows), Decimal(0)),
                      sum((r["output_cum_last_year"] for r in ent_rows), Decimal(0)))
        fai, tech = counted_investment(world.projects, cfg, year, month)
        fai_ly, tech_ly = counted_investment(world.projects, cfg, year - 1, month)
        put("city_comparison", stats, period,
            city_rows(world.counties, cfg, year, month, own_output, (fai, fai_ly), (tech, tech_ly)),
            received_at(timing, year, month, False))
        for township in cfg.townships:
            late = township.name in slow and timing.random() < 0.5
            put("fai_projects", township, period, project_rows(world.projects, township.name, year, month),
                received_at(timing, year, month, late))
        industry, attract = _sender(cfg, "工信局"), _sender(cfg, "招商局")
        put("cultivation", industry, period, cultivation_rows(world.cultivation, year, month),
            received_at(ledgers, year, month, False))
        put("attraction", attract, period, attraction_rows(world.leads, year, month),
            received_at(ledgers, year, month, False))
        for name in ("自然资源局", "财政局"):  # a ledger still empty (nothing supplied or paid yet) is not sent
            sender = _sender(cfg, name)
            events = factor_rows(world.factors, sender.name, year, month)
            if events:
                put("factors", sender, period, events, received_at(ledgers, year, month, False))
        put("progress_notes", industry, period, progress_rows(cfg, year, month), received_at(ledgers, year, month, False))
    for path, when in written:
        _stamp(path, when)
    return [p for p, _ in written]
