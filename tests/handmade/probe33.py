"""Hand-made returns of the outside probe p33: a whole county mid-year (测试县 of ``write_zone_config``: 东镇, 西镇,
经济技术开发区, 红星乡, 城关街道) for 1-6月 2026, with the 1-6月 2025 figures beside (上年同期 on the bureau's list,
the townships' 2025-06 project lists), 红星乡's June project list never sent, and a comment on 东镇's list that the
sender explains on the 报送平台.  The published 汇总表 and report draft are then checked figure by figure by hand
(tests/test_probe33.py).

Made by an outsider who read DOMAIN.md and the README, not the reader: merged titles, 填报单位 lines, two-row merged
headers, 合计 rows, text numbers, footers.  Every figure (万元) is worked out in the docstrings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.comments import Comment

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc
from tests.scenarios_more import (
    attraction,
    attraction_2026_06,
    cultivation,
    cultivation_2026_06,
    factors,
    funds_2026_06,
    land_2025_12,
    land_2026_06,
    notes,
    notes_2026_06,
)

D = dt.date

#: (USCC, name, township, industry, 战新, 入规, 本月, 1-6月 2026, 1-6月 2025, 营业收入) — 万元
ENTS: list[tuple[str, str, str, str, str, str, float, float, float, float]] = [
    (uscc(3301), "测试县东塬光电科技有限公司", "东镇", "3825", "是", "2019年", 2100, 12345.6, 11000, 13000),
    (uscc(3302), "测试县东关饲料有限公司", "东镇", "1320", "否", "2026年3月", 500, 2100, 1800, 2300),
    (uscc(3303), "测试县西岭建材有限公司", "西镇", "3021", "否", "2020年", 1300, 8760.4, 9500, 9000),
    (uscc(3304), "测试县恒通新材料有限公司", "经济技术开发区", "2641", "是", "2018年", 3600, 20500, 18300, 21000),
    (uscc(3305), "测试县红星农产品加工有限公司", "红星乡", "1371", "否", "2021年", 520, 3050, 2900, 3100),
    (uscc(3306), "测试县城关包装制品有限公司", "城关街道", "2231", "否", "2026年5月", 800, 1500, 1400, 1600),
]
#: 1-6月 2026 = 48,256.0 万元 (4.8256 亿元); 上年同期 44,900; 同比 = 48256/44900 − 1 = 7.4744… %
OUTPUT_CUM = sum(e[7] for e in ENTS)
OUTPUT_LAST = sum(e[8] for e in ENTS)


def ent_bureau_two_row_header(folder: Path) -> Path:
    """统计局's list of June 2026: a merged title, a 填报单位 line with the unit at the right, a two-row header
    (工业总产值（万元） over 本月 | 1-6月 | 上年同期), numbers typed as text with thousands separators, a 合计 row at the
    bottom and a footer.  Six firms, one in each township (东镇 two): 1-6月 48,256.0, 上年同期 44,900 万元; 东关饲料
    entered 2026年3月, 城关包装 2026年5月 (two new entrants)."""
    wb, ws = _book("6月")
    _title(ws, "测试县2026年1-6月规模以上工业企业主要指标完成情况", 12)
    _put(ws, 2, 1, ["填报单位：县统计局（盖章）", *[None] * 10, "单位：万元"])
    _put(ws, 3, 1, ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
                    "工业总产值", None, None, "营业收入", "备注"])
    _put(ws, 4, 8, ["本月", "1-6月累计", "上年同期"])
    _put(ws, 4, 11, ["1-6月累计"])
    for col in range(1, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    ws.merge_cells(start_row=3, start_column=12, end_row=4, end_column=12)
    r = 5
    for i, (u, name, town, ind, sei, entered, mon, cum, last, rev) in enumerate(ENTS, 1):
        _put(ws, r, 1, [i, u, name, town, ind, sei, entered, mon, f"{cum:,.1f}", f"{last:,.0f}", rev])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, None, sum(e[6] for e in ENTS), OUTPUT_CUM, OUTPUT_LAST,
                    sum(e[9] for e in ENTS)])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    _put(ws, r + 2, 1, ["填报人：李华", None, None, "审核人：周平", None, None, "联系电话：0913-3310033"])
    return _save(wb, folder / "统计局2026年6月规上企业月报.xlsx")


#: (county, output, last year, growth, 增加值增速, fai, fai last year, fai growth, tech, tech last year, tech growth)
CITY: list[list[Any]] = [
    ["测试县", 48256, 44900, 7.5, 7.8, 10170.5, 11300, -10.0, 1800, 1500, 20.0],
    ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
    ["乙县", 150000, 140000, 7.1, 8.1, 9000, 8000, 12.5, 800, 1000, -20.0],
    ["丙县", 80000, 76000, 5.3, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0],
    ["全市", 578256, 535900, 7.9, 7.1, 43170.5, 43300, -0.3, 6600, 6250, 5.6],
]


def city_bureau(folder: Path) -> Path:
    """统计局's city comparison of June 2026: a two-row header (each indicator over 1-6月 | 上年同期 | 增速%).  测试县:
    产值增速 7.5 (rank 2 of 9.1, 7.5, 7.1, 5.3), 增加值 7.8 (rank 2 of 8.1, 7.8, 7.0, 5.0), 固投 −10.0 (rank 3 of 12.5, 5.3,
    −10.0, −20.0), 技改 20.0 (tied first with 甲县)."""
    wb, ws = _book("全市对比")
    _title(ws, "测试市2026年1-6月各县区主要工业指标完成情况", 11)
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元、%"])
    _put(ws, 3, 1, ["县区", "规上工业总产值", None, None, "规上工业增加值增速", "工业固定资产投资", None, None,
                    "技术改造投资", None, None])
    _put(ws, 4, 2, ["累计", "上年同期", "增速"])
    _put(ws, 4, 6, ["累计", "上年同期", "增速"])
    _put(ws, 4, 9, ["累计", "上年同期", "增速"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:E4")
    ws.merge_cells("F3:H3")
    ws.merge_cells("I3:K3")
    for i, row in enumerate(CITY):
        _put(ws, 5 + i, 1, row)
    return _save(wb, folder / "统计局全市对比6月.xlsx")


PROJ_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
             "是否开工", "开工时间", "是否入库纳统", "本月完成投资", "1-6月累计完成投资"]

#: township → rows (code, name, nature, 技改, 重点, 总投资, 年度计划, 开工, 开工时间, 纳统, 本月, 1-6月) of June 2026
FAI_2026: dict[str, list[list[Any]]] = {
    "东镇": [["2603-610599-04-01-330001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, 8000, "是",
              D(2026, 3, 2), "是", 600, 3000],
             ["2602-610599-07-02-330002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, 1500, "是",
              D(2026, 2, 20), "是", 200, 1200]],
    "西镇": [["2511-610599-04-01-330003", "西岭建材扩能项目", "扩建", "否", "否", 6000, 2000, "是",
              D(2025, 11, 8), "是", 150.5, 850.5]],
    "经济技术开发区": [["2510-610599-04-01-330004", "恒通新材料一期项目", "新建", "否", "是", 50000, 12000, "是",
                        D(2025, 10, 1), "是", 900, 4520],
                       ["2604-610599-07-02-330005", "恒通新材料窑炉技改项目", "改建和技术改造", "是", "否", 2500, 1000,
                        "是", D(2026, 4, 1), "是", 300, 600]],
    "城关街道": [["2605-610599-04-01-330006", "城关包装产业园项目", "新建", "否", "是", 8000, 3000, "否", None, "否",
                  0, 0]],
}
#: the same townships' 1-6月 2025 lists: 5,200 + 1,000 + 4,600 + 500 = 11,300 万元, 技改 900 + 600 = 1,500
FAI_2025: dict[str, list[list[Any]]] = {
    "东镇": [["2409-610599-04-01-250001", "东镇农机配件项目", "新建", "否", "否", 9000, 6000, "是", D(2024, 9, 1), "是",
              700, 4300],
             ["2501-610599-07-02-250002", "东镇面粉厂技改项目", "改建和技术改造", "是", "否", 1500, 1200, "是",
              D(2025, 1, 10), "是", 150, 900]],
    "西镇": [["2410-610599-04-01-250003", "西镇砖厂迁建项目", "扩建", "否", "否", 6000, 3000, "是", D(2024, 10, 1), "是",
              200, 1000]],
    "经济技术开发区": [["2411-610599-04-01-250004", "经开区仓储物流项目", "新建", "否", "否", 12000, 8000, "是",
                        D(2024, 11, 1), "是", 800, 4000],
                       ["2502-610599-07-02-250005", "经开区铸造线技改项目", "改建和技术改造", "是", "否", 2000, 1000,
                        "是", D(2025, 2, 1), "是", 100, 600]],
    "城关街道": [["2503-610599-04-01-250006", "城关小微园配套项目", "新建", "否", "否", 5000, 1000, "是",
                  D(2025, 3, 1), "是", 100, 500]],
}


def fai_township(folder: Path, town: str, year: int = 2026, comment: bool = False) -> Path:
    """``town``'s own project list of 1-6月 ``year``: merged title, 填报单位 line, 单位：万元 at the right, a 合计 row
    under the projects, 填报人 footer.  No 所属乡镇 column (the sender is the township).  With ``comment`` the first
    project's 1-6月 cell carries the clerk's comment 「本月受设备到货延迟影响，投资进度放缓」 (a warning the sender explains)."""
    rows = (FAI_2026 if year == 2026 else FAI_2025)[town]
    wb, ws = _book(f"{year}年6月")
    _title(ws, f"{town}{year}年1-6月工业固定资产投资项目进展情况表", len(PROJ_HEAD))
    _put(ws, 2, 1, [f"填报单位：{town}人民政府", *[None] * (len(PROJ_HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, PROJ_HEAD)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    total_row = 4 + len(rows)
    _put(ws, total_row, 1, ["合计", None, None, None, None, None, sum(r[5] for r in rows), sum(r[6] for r in rows),
                            None, None, None, sum(r[10] for r in rows), sum(r[11] for r in rows)])
    _put(ws, total_row + 1, 1, ["填报人：王东", None, None, "联系电话：0913-1111111"])
    if comment:
        ws.cell(4, len(PROJ_HEAD)).comment = Comment("本月受设备到货延迟影响，投资进度放缓", "王东")
    return _save(wb, folder / f"{town}{year}年6月项目表.xlsx")


def targets_clerk(folder: Path) -> Path:
    """工信局's 2026 targets in the clerk's own layout (指标 | 单位 | 全年目标 | 备注), title with the year: 规上工业总产值
    10 亿元, 增加值增速 7 %, 工业固定资产投资增速 10 %, 技术改造投资增速 5 %, 新增规上工业企业 3 户; no quarterly split, so
    序时进度 = 6/12."""
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


def whole_county(folder: Path) -> list[Path]:
    """Every return of June 2026 (and 2025-06 project lists) but 红星乡's June project list; 东镇's with the comment."""
    out = [ent_bureau_two_row_header(folder), city_bureau(folder), targets_clerk(folder)]
    for town in FAI_2026:
        out.append(fai_township(folder, town, 2026, comment=(town == "东镇")))
        out.append(fai_township(folder, town, 2025))
    out += [cultivation(folder, "2026-06", cultivation_2026_06()), attraction(folder, "2026-06", attraction_2026_06()),
            factors(folder, "自然资源局", "2026-06", land_2026_06()), factors(folder, "自然资源局", "2025-12", land_2025_12()),
            factors(folder, "财政局", "2026-06", funds_2026_06()), notes(folder, "2026-06", notes_2026_06())]
    return out
