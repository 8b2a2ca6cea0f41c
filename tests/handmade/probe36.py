"""Hand-made returns of the outside probe p36: the periods nobody checked by hand — 1-3月 (一季度), 1-2月 (the first
return of a first-year county), 1-12月 (全年) and 1-7月 (the month after the half year, June's returns still in the
warehouse) — for 测试县 of ``write_zone_config`` (东镇, 西镇, 经济技术开发区, 红星乡, 城关街道).

The makers are probe33's (tests/handmade/probe33.py) changed to the month: a merged title with the period in it, a
填报单位 line, two-row merged headers, numbers typed as text with thousands separators, 合计 rows, footers.  Every
figure (万元) a careful county statistician takes from the returns is written out here, by month, so the tests
(tests/test_probe36.py) can work the report's figures by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date

#: (USCC, name, township, industry, 战新, 入规) — no firm entered in 2026 (the months differ in output only)
FIRMS: list[tuple[str, str, str, str, str, str]] = [
    (uscc(3601), "测试县东塬光电科技有限公司", "东镇", "3825", "是", "2019年"),
    (uscc(3602), "测试县东关饲料有限公司", "东镇", "1320", "否", "2021年6月"),
    (uscc(3603), "测试县西岭建材有限公司", "西镇", "3021", "否", "2020年"),
    (uscc(3604), "测试县恒通新材料有限公司", "经济技术开发区", "2641", "是", "2018年"),
    (uscc(3605), "测试县红星农产品加工有限公司", "红星乡", "1371", "否", "2021年"),
    (uscc(3606), "测试县城关包装制品有限公司", "城关街道", "2231", "否", "2020年"),
]

#: month → per firm (本月, 1-N月 2026, 1-N月 2025 上年同期), 万元, in FIRMS order.
#:  2: 14,150.5 of 14,900    → 同比 −5.0302 % (下降)
#:  3: 22,672.3 of 21,450    → 同比 +5.6984 %
#:  6: 48,256.0 of 44,900    → 同比 +7.4744 % (probe33's June)
#:  7: 56,600   of 52,650    → 同比 +7.5024 %
#: 12: 98,200   of 91,300.5  → 同比 +7.5569 %
OUTPUT: dict[int, list[tuple[float, float, float]]] = {
    2: [(1900, 3800.5, 4100), (300, 600, 550), (1200, 2400, 2600), (3000, 6100, 6500), (450, 900, 850),
        (180, 350, 300)],
    3: [(2211.8, 6012.3, 5800), (350, 950, 800), (1500, 3900, 4000), (3700, 9800, 9000), (500, 1400, 1350),
        (260, 610, 500)],
    6: [(2100, 12345.6, 11000), (500, 2100, 1800), (1300, 8760.4, 9500), (3600, 20500, 18300), (520, 3050, 2900),
        (800, 1500, 1400)],
    7: [(2154.4, 14500, 13000), (400, 2500, 2100), (1439.6, 10200, 11000), (3500, 24000, 21500), (550, 3600, 3400),
        (300, 1800, 1650)],
    12: [(2200, 25000, 22800.5), (350, 4200, 3600), (1500, 17500, 19000), (3700, 42000, 37000), (520, 6300, 6000),
         (280, 3200, 2900)],
}


def months(month: int) -> str:
    return "1月" if month == 1 else f"1-{month}月"


def ent_bureau(folder: Path, month: int, year: int = 2026) -> Path:
    """统计局's list of 1-``month``月 ``year``: merged title, 填报单位 line with 单位：万元 at the right, a two-row header
    (工业总产值（万元） over 本月 | 1-N月累计 | 上年同期), cumulative figures as text with thousands separators, a 合计 row
    merged over two cells, a footer.  A ``year`` 2025 list (a county with last year's returns in the warehouse) carries
    2026's 上年同期 as its own 1-N月 and 90 % of it as its 上年同期."""
    m = months(month)
    wb, ws = _book(f"{month}月")
    _title(ws, f"测试县{year}年{m}规模以上工业企业主要指标完成情况", 11)
    _put(ws, 2, 1, ["填报单位：县统计局（盖章）", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
                    "工业总产值", None, None, "备注"])
    _put(ws, 4, 8, ["本月", f"{m}累计", "上年同期"])
    for col in range(1, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    ws.merge_cells(start_row=3, start_column=11, end_row=4, end_column=11)
    rows = OUTPUT[month] if year == 2026 else [(round(last / month, 1), last, round(last * 0.9, 1))
                                               for _, _, last in OUTPUT[month]]
    r = 5
    for i, ((u, name, town, ind, sei, entered), (mon, cum, last)) in enumerate(zip(FIRMS, rows, strict=True), 1):
        _put(ws, r, 1, [i, u, name, town, ind, sei, entered, mon, f"{cum:,.1f}", f"{last:,.1f}"])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, None, round(sum(x[0] for x in rows), 1),
                    round(sum(x[1] for x in rows), 1), round(sum(x[2] for x in rows), 1)])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    _put(ws, r + 2, 1, ["填报人：李华", None, None, "审核人：周平", None, None, "联系电话：0913-3310033"])
    return _save(wb, folder / f"统计局{year}年{month}月规上企业月报.xlsx")


#: the other counties of the city (output growth, 增加值增速, fai growth, tech growth); their amounts are made up from
#: the growth so the 全市 row adds up: 甲县 300,000 万元 output, 乙县 150,000, 丙县 80,000 (the 1-N月 amounts scale by N/6)
OTHERS: list[tuple[str, float, float, float, float, float, float]] = [
    # name, output 1-6月, 产值增速, 增加值增速, fai 1-6月, fai growth, tech growth
    ("甲县", 300000, 9.1, 7.0, 20000, 5.3, 20.0),
    ("乙县", 150000, 7.1, 8.1, 9000, 12.5, -20.0),
    ("丙县", 80000, 5.3, 5.0, 4000, -20.0, -20.0),
]
#: month → the county's own row of the bureau (增加值增速, fai last year 万元, fai growth %, tech last year, tech growth)
#: fai and tech amounts are the county's own ledgers' (FAI below); the growth rates are the bureau's.
OWN: dict[int, tuple[float, float, float, float, float]] = {
    2: (-2.3, 1500, -10.0, 250, -20.0),     # 增加值 falls in 1-2月: 下降 wording; 固投 1,350.5 of 1,500
    3: (6.2, 3300, 8.5, 480, 4.2),
    6: (7.8, 11300, -10.0, 1500, 20.0),
    7: (7.9, 11800, 4.3, 1900, 7.9),
    12: (7.4, 25000, 12.0, 2400, 4.2),
}


def city_bureau(folder: Path, month: int) -> Path:
    """统计局's city comparison of 1-``month``月: a two-row header (each indicator over 累计 | 上年同期 | 增速), the county
    first, then 甲县, 乙县, 丙县 and 全市 (Σ this year ÷ Σ last year − 1)."""
    m = months(month)
    wb, ws = _book("全市对比")
    _title(ws, f"测试市2026年{m}各县区主要工业指标完成情况", 11)
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元、%"])
    _put(ws, 3, 1, ["县区", "规上工业总产值", None, None, "规上工业增加值增速", "工业固定资产投资", None, None,
                    "技术改造投资", None, None])
    _put(ws, 4, 2, ["累计", "上年同期", "增速"])
    _put(ws, 4, 6, ["累计", "上年同期", "增速"])
    _put(ws, 4, 9, ["累计", "上年同期", "增速"])
    for rng in ("A3:A4", "B3:D3", "E3:E4", "F3:H3", "I3:K3"):
        ws.merge_cells(rng)
    cum = sum(x[1] for x in OUTPUT[month])
    last = sum(x[2] for x in OUTPUT[month])
    va, fai_last, fai_g, tech_last, tech_g = OWN[month]
    rows: list[list[Any]] = [["测试县", cum, last, round((cum / last - 1) * 100, 1), va, fai_cum(month), fai_last,
                              fai_g, tech_cum(month), tech_last, tech_g]]
    for name, out6, og, vag, fai6, fg, tg in OTHERS:
        out, fai, tech = round(out6 * month / 6), round(fai6 * month / 6), round(fai6 * month / 60)
        rows.append([name, out, round(out / (1 + og / 100)), og, vag, fai, round(fai / (1 + fg / 100)), fg, tech,
                     round(tech / (1 + tg / 100)), tg])
    tot = [sum(r[i] for r in rows) for i in (1, 2, 5, 6, 8, 9)]
    rows.append(["全市", tot[0], tot[1], round((tot[0] / tot[1] - 1) * 100, 1), 7.1, tot[2], tot[3],
                 round((tot[2] / tot[3] - 1) * 100, 1), tot[4], tot[5], round((tot[4] / tot[5] - 1) * 100, 1)])
    for i, row in enumerate(rows):
        _put(ws, 5 + i, 1, row)
    return _save(wb, folder / f"统计局全市对比{month}月.xlsx")


def city_rows(month: int) -> list[list[Any]]:
    """The rows ``city_bureau`` writes (for the tests' hand arithmetic)."""
    import tempfile

    import openpyxl

    with tempfile.TemporaryDirectory() as tmp:
        path = city_bureau(Path(tmp), month)
        ws = openpyxl.load_workbook(path).active
        return [[c.value for c in row] for row in ws.iter_rows(min_row=5)]


PROJ_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
             "是否开工", "开工时间", "是否入库纳统", "本月完成投资", "1-N月累计完成投资"]

#: township → projects (code, name, nature, 技改, 重点, 总投资, 年度计划投资, 开工时间); key projects: 东塬 8,000, 东关技改
#: 1,500, 恒通一期 12,000, 城关包装 3,000 of 年度计划 = 24,500 万元
PROJECTS: dict[str, list[tuple[str, str, str, str, str, int, int, dt.date]]] = {
    "东镇": [("2603-610599-04-01-360001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, 8000, D(2026, 3, 2)),
             ("2602-610599-07-02-360002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, 1500,
              D(2026, 2, 20))],
    "西镇": [("2511-610599-04-01-360003", "西岭建材扩能项目", "扩建", "否", "否", 6000, 2000, D(2025, 11, 8))],
    "经济技术开发区": [("2510-610599-04-01-360004", "恒通新材料一期项目", "新建", "否", "是", 50000, 12000,
                        D(2025, 10, 1)),
                       ("2604-610599-07-02-360005", "恒通新材料窑炉技改项目", "改建和技术改造", "是", "否", 2500, 1000,
                        D(2026, 4, 1))],
    "红星乡": [("2512-610599-04-01-360007", "红星农产品冷库项目", "新建", "否", "否", 1500, 900, D(2025, 12, 1))],
    "城关街道": [("2605-610599-04-01-360006", "城关包装产业园项目", "新建", "否", "是", 8000, 3000, D(2026, 7, 5))],
}
#: month → project name → (本月, 1-N月累计, 纳统); a project starts on its 开工时间 (not started: 否, no date, 0).
#:  2: 纳统 东关 200 + 西岭 150.5 + 恒通一期 900 + 红星 100 = 1,350.5 (0.13505 亿元); 技改 200
#:     key: 2 of 4 started, 2 纳统, done 1,100 of 24,500
#:  3: 东塬 800 + 东关 500 + 西岭 300.5 + 恒通一期 1,800 + 红星 180 = 3,580.5; 技改 500; key 3 started, 3 纳统, 3,100
#:  6: probe33's June + 红星 400: 3,000 + 1,200 + 850.5 + 4,520 + 600 + 400 = 10,570.5; 技改 1,800; key 3/3, 8,720
#:  7: 3,500 + 1,350 + 1,000.5 + 5,300 + 700 + 460 (+ 城关 250 not 纳统) = 12,310.5; 技改 2,050; key 4 started, 3 纳统,
#:     done 3,500 + 1,350 + 5,300 + 250 = 10,400
#: 12: 8,200 + 1,500 + 2,000 + 11,800.5 + 1,000 + 900 + 2,600 = 28,000.5; 技改 2,500; key 4/4, 24,100.5
DONE: dict[int, dict[str, tuple[float, float, str]]] = {
    2: {"东塬光伏支架生产线项目": (0, 0, "否"), "东关饲料车间技改项目": (200, 200, "是"),
        "西岭建材扩能项目": (80, 150.5, "是"), "恒通新材料一期项目": (500, 900, "是"),
        "恒通新材料窑炉技改项目": (0, 0, "否"), "红星农产品冷库项目": (60, 100, "是"),
        "城关包装产业园项目": (0, 0, "否")},
    3: {"东塬光伏支架生产线项目": (800, 800, "是"), "东关饲料车间技改项目": (300, 500, "是"),
        "西岭建材扩能项目": (150, 300.5, "是"), "恒通新材料一期项目": (900, 1800, "是"),
        "恒通新材料窑炉技改项目": (0, 0, "否"), "红星农产品冷库项目": (80, 180, "是"),
        "城关包装产业园项目": (0, 0, "否")},
    6: {"东塬光伏支架生产线项目": (600, 3000, "是"), "东关饲料车间技改项目": (200, 1200, "是"),
        "西岭建材扩能项目": (150.5, 850.5, "是"), "恒通新材料一期项目": (900, 4520, "是"),
        "恒通新材料窑炉技改项目": (300, 600, "是"), "红星农产品冷库项目": (70, 400, "是"),
        "城关包装产业园项目": (0, 0, "否")},
    7: {"东塬光伏支架生产线项目": (500, 3500, "是"), "东关饲料车间技改项目": (150, 1350, "是"),
        "西岭建材扩能项目": (150, 1000.5, "是"), "恒通新材料一期项目": (780, 5300, "是"),
        "恒通新材料窑炉技改项目": (100, 700, "是"), "红星农产品冷库项目": (60, 460, "是"),
        "城关包装产业园项目": (250, 250, "否")},
    12: {"东塬光伏支架生产线项目": (900, 8200, "是"), "东关饲料车间技改项目": (0, 1500, "是"),
         "西岭建材扩能项目": (200, 2000, "是"), "恒通新材料一期项目": (1200, 11800.5, "是"),
         "恒通新材料窑炉技改项目": (100, 1000, "是"), "红星农产品冷库项目": (50, 900, "是"),
         "城关包装产业园项目": (400, 2600, "是")},
}


def fai_cum(month: int) -> float:
    """The county's 工业固投 of 1-N月: the 纳统 projects' cumulative (万元)."""
    return round(sum(cum for _, cum, ins in DONE[month].values() if ins == "是"), 1)


def tech_cum(month: int) -> float:
    techs = {p[1] for rows in PROJECTS.values() for p in rows if p[3] == "是"}
    return round(sum(cum for n, (_, cum, ins) in DONE[month].items() if ins == "是" and n in techs), 1)


def fai_township(folder: Path, town: str, month: int) -> Path:
    """``town``'s own project list of 1-``month``月 2026: merged title, 填报单位 line, 单位：万元 at the right, a 合计 row,
    a 填报人 footer; no 所属乡镇 column (the sender is the township); a project not started yet says 否 and no date."""
    m = months(month)
    head = [h.replace("1-N月", m) for h in PROJ_HEAD]
    wb, ws = _book(f"2026年{month}月")
    _title(ws, f"{town}2026年{m}工业固定资产投资项目进展情况表", len(head))
    _put(ws, 2, 1, [f"填报单位：{town}人民政府", *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    rows: list[list[Any]] = []
    for code, name, nature, tech, key, total, plan, start in PROJECTS[town]:
        mon, cum, ins = DONE[month][name]
        started = start <= D(2026, month, 28)
        rows.append([code, name, nature, tech, key, total, plan, "是" if started else "否", start if started else None,
                     ins, mon, cum])
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    total_row = 4 + len(rows)
    _put(ws, total_row, 1, ["合计", None, None, None, None, None, sum(r[5] for r in rows), sum(r[6] for r in rows),
                            None, None, None, round(sum(r[10] for r in rows), 1), round(sum(r[11] for r in rows), 1)])
    _put(ws, total_row + 1, 1, ["填报人：王东", None, None, "联系电话：0913-1111111"])
    return _save(wb, folder / f"{town}2026年{month}月项目表.xlsx")


def targets_clerk(folder: Path) -> Path:
    """工信局's 2026 targets (指标 | 单位 | 全年目标 | 备注): 规上工业总产值 10 亿元, 增加值增速 7 %, 工业固定资产投资增速 10 %,
    技术改造投资增速 5 %, 新增规上工业企业 3 户; no split, so 序时进度 = N/12."""
    wb, ws = _book("目标")
    _title(ws, "测试县2026年工业倍增计划目标任务分解表", 5)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["序号", "指标名称", "单位", "2026年目标", "备注"])
    rows = [["规上工业总产值", "亿元", 10, None], ["规上工业增加值增速", "%", 7, None],
            ["工业固定资产投资增速", "%", 10, None], ["技术改造投资增速", "%", 5, None],
            ["新增规上工业企业", "户", 3, "全年"]]
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def month_returns(folder: Path, month: int) -> list[Path]:
    """Every return of 1-``month``月 2026 a county sends about output and investment."""
    return [ent_bureau(folder, month), city_bureau(folder, month),
            *(fai_township(folder, town, month) for town in PROJECTS)]


def county(folder: Path, month: int, last_year: tuple[int, ...] = ()) -> list[Path]:
    """The targets, the returns of ``month`` (and of June first when ``month`` is 7) and 统计局's 2025 lists of the
    months in ``last_year`` (none: a first-year county, nothing of 2025 in the warehouse)."""
    out = [targets_clerk(folder), *month_returns(folder, month)]
    if month == 7:
        out += month_returns(folder, 6)
    out += [ent_bureau(folder, m, 2025) for m in last_year]
    return out
