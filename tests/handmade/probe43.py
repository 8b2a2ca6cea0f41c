"""Hand-made returns of the outside probe p43: arithmetic at the edges, for 测试县 of ``write_zone_config`` (东镇, 西镇,
经济技术开发区, 红星乡, 城关街道), June 2026.  Every figure sits where float arithmetic, rounding half-even or a division
by zero shows the other digit: growth over a base of 0, a blank base, a base of 0.01; rates that are exactly x.x5
(1.15 %, 4.35 %, 6.25 %, 12.25 %); amounts typed in 元 and 亿元 with more decimals than 万元 carries; forty rows of
100.005 万元; two townships tied to the 万元; two counties tied in the city.

Made by an outsider who read DOMAIN.md and the README, not the reader: merged titles, 填报单位 lines, two-row
headers, 合计 rows, text numbers, footers.  The hand arithmetic is in the docstrings and in tests/test_probe43.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.styles import Font

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
KAI = Font(name="楷体", size=14, bold=False)

#: (USCC, name, township, 战新, 入规, 1-6月 2026, 1-6月 2025 (None: blank)) — 万元
ENTS: list[tuple[str, str, str, str, str, float, float | str | None]] = [
    (uscc(4301), "测试县东塬光电科技有限公司", "东镇", "是", "2019年", 10115, 10000),  # 1.15 %
    (uscc(4302), "测试县东关新材料有限公司", "东镇", "否", "2026年3月", 500, 0),  # entered this year: base 0
    (uscc(4303), "测试县西岭建材有限公司", "西镇", "否", "2026年2月", 1740, 0),  # the township's base is 0
    (uscc(4304), "测试县恒通新材料有限公司", "经济技术开发区", "是", "2018年", 15910, None),  # 上年同期 blank
    (uscc(4305), "测试县红星农产品加工有限公司", "红星乡", "否", "2021年", 1740, 0.01),  # base 0.01 万元 = 100 元
    (uscc(4306), "测试县城关包装制品有限公司", "城关街道", "否", "2020年", 9995, 10000),  # −0.05 %
]


def ent_bureau(folder: Path) -> Path:
    """统计局's June list: a 楷体 title, the unit at the right of the 填报单位 line, a two-row header (工业总产值（万元）
    over 1-6月累计 | 上年同期), the 上年同期 of 恒通 left blank, of two entrants written 0, of 红星 0.01 (typed as text
    “0.01”), a 合计 row on top (under the header), and a footer.  1-6月 40,000 万元 = 4.0000 亿元."""
    wb, ws = _book("规上企业")
    _title(ws, "测试县2026年1-6月规模以上工业企业产值完成情况", 9, font=KAI)
    _put(ws, 2, 1, ["填报单位：测试县统计局", None, None, None, None, None, None, None, "金额单位：万元"])
    _put(ws, 3, 1, ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
                    "工业总产值（万元）", None])
    _put(ws, 4, 8, ["1-6月累计", "上年同期"])
    for col in range(1, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=9)
    _put(ws, 5, 1, ["合计", None, None, None, None, None, None, sum(e[5] for e in ENTS),
                    sum(float(e[6]) for e in ENTS if e[6] is not None)])
    ws.merge_cells("A5:B5")
    for i, (u, name, town, sei, entered, cum, last) in enumerate(ENTS, 1):
        _put(ws, 5 + i, 1, [i, u, name, town, "3825", sei, entered, cum])
        if last is not None:
            ws.cell(5 + i, 9, "0.01" if last == 0.01 else last)
    _put(ws, 13, 1, ["填报人：孙丽", None, None, "审核人：吴强", None, "报送日期：2026年7月6日"])
    return _save(wb, folder / "县统计局6月规上工业企业情况.xlsx")


#: (county, 产值增速, 增加值增速, 固投 1-6月, 固投上年同期, 固投增速, 技改 1-6月, 技改上年同期, 技改增速)
CITY: list[list[Any]] = [
    ["测试县", 20.4, 7.45, 8429.3357, 0, None, 1800, 1600, 12.5],
    ["甲县", 20.4, 7.45, 20000, 19000, 5.3, 3000, 2500, 20.0],
    ["乙县", 9.1, 7.449, 9000, 8000, 12.5, 800, 1000, -20.0],
    ["丙县", 5.3, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0],
]


def city_bureau(folder: Path) -> Path:
    """统计局's city comparison, indicators in two-row groups; no 全市 row (the city average is Σ ÷ Σ − 1).  测试县's
    产值增速 20.4 ties 甲县 (并列第1); 增加值增速 7.45 ties 甲县, 乙县 7.449 is below by 0.001 (并列第1, 乙县 third);
    测试县's 固投 had 0 last year and no stated growth: no growth, no rank; 技改 1,800 over 1,600 = 12.5 %."""
    wb, ws = _book("全市")
    _title(ws, "测试市2026年1-6月各县区工业主要指标对比", 9)
    _put(ws, 2, 1, ["制表：县统计局", None, None, None, None, None, None, None, "单位：万元、%"])
    _put(ws, 3, 1, ["县区", "规上工业总产值增速", "规上工业增加值增速", "工业固定资产投资", None, None, "技术改造投资",
                    None, None])
    _put(ws, 4, 4, ["1-6月", "上年同期", "增速"])
    _put(ws, 4, 7, ["1-6月", "上年同期", "增速"])
    for col in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("D3:F3")
    ws.merge_cells("G3:I3")
    for i, row in enumerate(CITY):
        _put(ws, 5 + i, 1, row)
    return _save(wb, folder / "全市对比2026年6月.xlsx")


PROJ_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
             "是否开工", "开工时间", "是否入库纳统", "1-6月累计完成投资"]


def _project_list(folder: Path, town: str, rows: list[list[Any]], unit: str, name: str) -> Path:
    wb, ws = _book("6月")
    _title(ws, f"{town}2026年1-6月工业项目建设情况表", len(PROJ_HEAD))
    _put(ws, 2, 1, [f"填报单位：{town}", *[None] * (len(PROJ_HEAD) - 2), f"单位：{unit}"])
    _put(ws, 3, 1, PROJ_HEAD)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    _put(ws, 4 + len(rows), 1, ["填报人：张三", None, None, "联系电话：0913-1234567"])
    return _save(wb, folder / name)


def _code(town: int, i: int) -> str:
    return f"2603-610599-04-01-43{town}{i:03d}"


#: 东镇: sixteen key projects of 20,000 total / 1,000 planned this year each; only the first started and is 纳统,
#: 1,960 done: 开工率 = 纳统率 = 1 ÷ 16 = 6.25 % (shown 6.3), 完成率 1,960 ÷ 16,000 = 12.25 % (shown 12.3).
EAST_KEY: list[list[Any]] = [
    [_code(1, i), f"东镇倍增重点项目{i:02d}", "新建", "否", "是", 20000, 1000,
     *(("是", D(2026, 3, 1), "是", 1960) if i == 1 else ("否", None, "否", 0))] for i in range(1, 17)]


def east_key_projects(folder: Path) -> Path:
    return _project_list(folder, "东镇", EAST_KEY, "万元", "东镇6月重点项目表.xlsx")


def west_in_yuan(folder: Path) -> Path:
    """西镇 in 元: one project of 12,345,678.9 元 done = 1,234.56789 万元 (stored to the 元: 1,234.5679)."""
    row = [_code(2, 1), "西镇建材扩能项目", "扩建", "否", "否", 80_000_000, 30_000_000, "是", D(2025, 11, 8), "是",
           12_345_678.9]
    return _project_list(folder, "西镇", [row], "元", "西镇6月项目表（元）.xlsx")


def zone_in_yi(folder: Path) -> Path:
    """经开区 in 亿元 with eight decimals: 0.12345678 亿元 = 1,234.5678 万元 exactly."""
    row = [_code(3, 1), "恒通新材料二期项目", "新建", "否", "否", 5.5, 1.2, "是", D(2025, 10, 1), "是", 0.12345678]
    return _project_list(folder, "经济技术开发区", [row], "亿元", "经开区6月项目表.xlsx")


#: 城关街道: forty small projects of 100.005 万元 each (600 total, 纳统): 4,000.2 万元 exactly
CITY_ROWS: list[list[Any]] = [
    [_code(5, i), f"城关小微项目{i:02d}", "新建", "否", "否", 600, 300, "是", D(2026, 1, 5), "是", 100.005]
    for i in range(1, 41)]


def chengguan_forty(folder: Path) -> Path:
    return _project_list(folder, "城关街道", CITY_ROWS, "万元", "城关街道6月项目表.xlsx")


def targets(folder: Path) -> Path:
    """工信局's 2026 targets by name: 规上工业总产值 10 亿元, 增加值增速 7.5 %, 固投增速 8 %, 技改增速 0 % (a target of 0
    is a target: 持平)."""
    wb, ws = _book("目标")
    _title(ws, "测试县2026年工业倍增计划目标任务", 4)
    _put(ws, 2, 1, ["序号", "指标名称", "单位", "2026年目标"])
    for i, r in enumerate([["规上工业总产值", "亿元", 10], ["规上工业增加值增速", "%", 7.5],
                           ["工业固定资产投资增速", "%", 8], ["技术改造投资增速", "%", 0]], 1):
        _put(ws, 2 + i, 1, [i, *r])
    return _save(wb, folder / "工信局2026年目标.xlsx")


def whole_county(folder: Path) -> list[Path]:
    return [ent_bureau(folder), city_bureau(folder), east_key_projects(folder), west_in_yuan(folder),
            zone_in_yi(folder), chengguan_forty(folder), targets(folder)]
