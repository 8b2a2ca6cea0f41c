"""Hand-made returns from the outside check of session 15's size rules (p17) that were still stored silently wrong:
figures typed in 元 under 单位：万元 (or under no unit at all) that stay under the 1,000 亿元 a row can hold — small
firms' half-year output, a township's small projects — and the controls that must stay as they are (one large firm
among ordinary ones; a large firm that says （万元） in its own header).

Same conventions as fresh15.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.handmade import fresh15 as f15
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.handmade.outside16 import SMALL

LINE_WAN = ["填报单位：县统计局", *[None] * 9, "单位：万元"]
#: One of the county's largest enterprises, 150 亿元 in half a year: above the 100 亿元 a row usually holds, alone.
STEEL = ("西岭钢铁集团有限公司", f15.U[1530], "西镇", "3120", "否", "2010-01", 260000, 1500000, 1400000, 1550000)
PROJ = ["序号", "项目编号", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "总投资", "年度计划", "开工日期",
        "是否纳统", "本月完成", "本年累计完成"]
#: Two small retrofit projects of 东镇 (800 and 600 万元 in all), as a clerk types them from the 元 of the contracts.
SMALL_PROJECTS = [
    ["2601-610599-07-02-000031", "东塬陶瓷窑炉节能改造项目", "改建和技术改造", "是", "否", 8000000, 8000000,
     dt.date(2026, 2, 15), "是", 1000000, 5000000],
    ["2601-610599-07-02-000032", "西岭水泥余热发电改造项目", "改建和技术改造", "是", "否", 6000000, 6000000,
     dt.date(2026, 3, 10), "是", 500000, 2500000]]


def ent_small_firms_in_yuan_under_a_wanyuan_line(folder: Path) -> Path:
    """统计局's June list of four small enterprises under ``单位：万元``, each figure typed in 元 (东塬纸箱 9,000,000 for
    its 900 万元 of half-year output).

    A reader asks which unit: four ordinary firms at 700 to 950 亿元 each in half a year is no county's list — never
    3,400 亿元 of 规上 output stored for the county.
    """
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", LINE_WAN, firms=SMALL, k=10000)
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def _projects(folder: Path, line: list[object] | None) -> Path:
    wb, ws = f15._book("东镇")
    _title(ws, "东镇2026年上半年工业项目投资完成情况", len(PROJ))
    r = 2
    if line is not None:
        _put(ws, r, 1, line)
        r += 1
    _put(ws, r, 1, PROJ)
    for i, p in enumerate(SMALL_PROJECTS, 1):
        _put(ws, r + i, 1, [i, *p])
    return f15._save(wb, folder / "东镇6月项目.xlsx")


def proj_in_yuan_under_a_wanyuan_line(folder: Path) -> Path:
    """东镇's own project list under ``单位：万元``, its two small retrofits typed in 元 (总投资 8,000,000 and 6,000,000).

    A reader asks which unit: a township's two kiln and heat-recovery retrofits at 800 and 600 亿元 are 元 — never
    1,400 亿元 of 计划总投资 stored for 东镇.
    """
    return _projects(folder, ["填报单位：东镇人民政府", *[None] * 9, "单位：万元"])


def proj_in_yuan_with_no_unit_said(folder: Path) -> Path:
    """The same two retrofits in 元, and no unit anywhere in the return (no 单位 line, bare headers).

    A reader asks which unit rather than read 8,000,000 in the form's 万元.
    """
    return _projects(folder, None)


def ent_giant_among_ordinary_firms(folder: Path) -> Path:
    """统计局's list under ``单位：万元``: the four usual enterprises (2,400 to 9,000 万元 in half a year) and 西岭钢铁,
    1,500,000 万元 (150 亿元), under bare headers.

    A reader asks about 西岭钢铁's row (384 times the middle firm: a row pasted in 元 looks just so) and is told how
    to confirm it; nothing stored until then.
    """
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", LINE_WAN, firms=[*f15.FIRMS, STEEL])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_giant_among_ordinary_firms_headers_say_wanyuan(folder: Path) -> Path:
    """The same five enterprises; the amount headers say （万元）: 1-6月累计产值（万元） 1,500,000 for 西岭钢铁.

    A reader takes the five as typed: the header says the unit beside the figure, as the question asks.
    """
    head = [h + "（万元）" if i >= 7 else h for i, h in enumerate(f15.ENT)]
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局"], firms=[*f15.FIRMS, STEEL], head=head)
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_giant_among_mid_size_firms(folder: Path) -> Path:
    """统计局's list under ``单位：万元``: 西岭钢铁's 1,500,000 beside four firms of 24,000 to 90,000 万元.

    A reader takes the five as typed: the county's largest firm some tens of times its neighbours is a firm's story.
    """
    mid = [(*f[:6], *(x * 10 for x in f[6:])) for f in f15.FIRMS]
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", LINE_WAN, firms=[*mid, STEEL])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


#: 东镇's three projects in 万元, as its clerk keeps them (计划总投资 30,000 / 12,000 / 50,000).
EAST_PROJECTS = [
    ["2601-610599-04-01-000041", "东塬光伏组件生产线项目", "新建", "否", "是", 30000, 12000, dt.date(2026, 3, 1), "是", 1500, 6000],
    ["2601-610599-04-01-000042", "东塬新型墙材项目", "新建", "否", "否", 12000, 6000, dt.date(2026, 4, 8), "是", 800, 2400],
    ["2601-610599-07-02-000043", "东塬陶瓷窑炉智能化改造项目", "改建和技术改造", "是", "是", 50000, 20000,
     dt.date(2026, 1, 20), "是", 2500, 11000]]


def _east(folder: Path, extra: list[object]) -> Path:
    wb, ws = f15._book("东镇")
    _title(ws, "东镇2026年上半年工业项目投资完成情况", len(PROJ))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, PROJ)
    for i, p in enumerate([*EAST_PROJECTS, extra], 1):
        _put(ws, 3 + i, 1, [i, *p])
    return f15._save(wb, folder / "东镇6月项目.xlsx")


def proj_one_row_in_yi_above_the_least(folder: Path) -> Path:
    """东镇's list under ``单位：万元``; the fourth project's row was copied from the county's 亿元 bulletin: 总投资 1.5,
    年度计划 0.8, 本月 0.1, 累计 0.5 (1.5 亿元 of plan — over the 1 万元 that alone would be asked).

    A reader asks about G7 (1.5 万元 for a 计划总投资 beside 12,000 to 50,000 is 1.5 亿元 typed under 万元); never
    stores a project of 15,000 元.
    """
    return _east(folder, ["2601-610599-04-01-000044", "东塬锂电材料项目", "新建", "否", "是", 1.5, 0.8,
                          dt.date(2026, 5, 6), "是", 0.1, 0.5])


def proj_one_small_project_among_larger(folder: Path) -> Path:
    """东镇's list under ``单位：万元`` with a fourth, small project: 总投资 300, 累计 120 (a workshop's dust removal).

    A reader takes all four as typed: 300 万元 beside 30,000 is a small project, not a unit typed wrong.
    """
    return _east(folder, ["2601-610599-07-02-000045", "东塬铸造车间除尘改造项目", "改建和技术改造", "是", "否", 300, 300,
                          dt.date(2026, 5, 20), "是", 60, 120])
