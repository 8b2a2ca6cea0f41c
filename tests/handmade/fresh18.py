"""Hand-made returns, round 18: fresh eyes on the forms tried least (重点工作进展 as a clerk types it, the 要素保障
ledgers in 平方米 / 公顷 / 元 with a deal over two rows and running totals, the city's table with typed ranks and
short names), on targets by township, revised mid-year or split by quarter, on projects as a township keeps them, on
second months and resends (July without a June parcel, a corrected June after July, the same file twice, a date after
the month), on the 报送平台 (a return with problems, a .docx, a photo, a zip, an empty file, the wrong sender) and a
few things a county really sends (a city table starring the county, a project reported by both townships).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or the paths, first first; a later file is
written beside ``folder``, not into it, so that a test sends it after the first has been read); its docstring says
what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from tests.handmade import fresh16 as f16
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title

D = dt.date



def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2618: none of the earlier rounds')."""
    return f"2618-610599-04-01-{n:06d}"


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局)
# ---------------------------------------------------------------------------------------------

NOTES_TITLE = "2026年6月工业倍增重点工作进展情况"
PARA = ("1.经开区标准化厂房二期8栋主体已封顶，室外管网同步施工；\n"
        "2.污水处理厂主体完工，正在安装设备，预计8月试运行；\n"
        "3.纬三路路基完成，计划7月铺油。")


def notes_numbered_paragraphs_in_one_cell(folder: Path) -> Path:
    """工信局's June notes, columns 章节 | 标题 | 进展情况 | 数字指标 | 完成进度: section 6 typed ``六`` with 标题 ``园区要素
    保障`` and the three items typed as numbered paragraphs in one cell (Alt+Enter between them, ``1.…；2.…；3.…``),
    数字指标 ``标准化厂房建设总体进度``, 完成进度 85; then ``二`` 要素制约 in one paragraph.

    A reader takes 2 items, 6 and 二, the first with its whole text (all three paragraphs, in order) and 85 %.
    """
    wb, ws = _book()
    _title(ws, NOTES_TITLE, 5)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["章节", "标题", "进展情况", "数字指标", "完成进度"])
    _put(ws, 4, 1, ["六", "园区要素保障", PARA, "标准化厂房建设总体进度", 85])
    _put(ws, 5, 1, ["二", "要素制约仍然突出", "部分项目用地指标不足，中小企业融资难度较大。"])
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def notes_sections_in_problem_and_measure_words(folder: Path) -> Path:
    """工信局's June notes whose 章节 column is typed as the office says it aloud: ``6(1)``, ``6(2)``, ``问题1``,
    ``问题2``, ``措施1`` (存在问题 are 二, 下一步措施 are 三).

    A reader takes 5 items: 61, 62, 二1, 二2, 三1, each with its title.
    """
    wb, ws = _book()
    _title(ws, NOTES_TITLE, 3)
    _put(ws, 2, 1, ["章节", "标题", "进展情况"])
    rows = [("6(1)", "标准化厂房", "二期主体封顶。"), ("6(2)", "污水处理厂", "设备安装中。"),
            ("问题1", "用地指标紧张", "新增建设用地指标仅能满足两个项目。"), ("问题2", "融资难", "中小企业贷款审批周期长。"),
            ("措施1", "强化要素保障", "争取省级用地指标，设立应急转贷资金。")]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, list(row))
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def notes_one_item_a_row_per_township(folder: Path) -> Path:
    """工信局's June notes where item 6① is told township by township: 章节 ``6①`` and 标题 ``标准化厂房建设`` merged down
    over rows 4–5, a ``乡镇`` column (东镇 | 西镇) and each town's own sentence in 进展情况; then 6② one row.

    A reader takes 2 items: 6① whose text holds both towns' sentences (东镇's then 西镇's), and 6②; never one town's
    sentence alone.
    """
    wb, ws = _book()
    _title(ws, NOTES_TITLE, 4)
    _put(ws, 2, 1, ["章节", "标题", "乡镇", "进展情况"])
    _put(ws, 3, 1, ["6①", "标准化厂房建设", "东镇", "东镇化工园标准化厂房3栋已交付。"])
    _put(ws, 4, 3, ["西镇", "西镇石材园标准化厂房2栋主体施工。"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    _put(ws, 5, 1, ["6②", "园区道路", None, "纬三路路基完成。"])
    return _save(wb, folder / "工信局6月重点工作.xlsx")


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局, 财政局)
# ---------------------------------------------------------------------------------------------

LAND_HEAD = ["序号", "供地日期", "宗地名称", "宗地编号", "所在乡镇", "供地面积", "成交价款（万元）"]


def land_areas_in_square_metres_and_hectares(folder: Path) -> Path:
    """自然资源局's June land list whose 供地面积 column has no unit in its header; each cell says its own, copied from
    the 出让合同: ``20000平方米``, ``3公顷``, ``45亩``.

    A reader takes 30, 45 and 45 亩 (20,000 m² = 30 亩; 3 ha = 45 亩): 120 亩 in all.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月工业用地供应情况", len(LAND_HEAD))
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, LAND_HEAD)
    rows = [[1, D(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", "20000平方米", 900],
            [2, D(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", "3公顷", 1350],
            [3, D(2026, 6, 9), "东镇陶瓷园五号地块", "610599-2026-003", "东镇", "45亩", 1400]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "自然资源局6月供地.xlsx")


def land_one_parcel_paid_over_two_rows(folder: Path) -> Path:
    """自然资源局's June land list where one parcel's price came in two instalments and the clerk gave each its row:
    ``东镇化工园三号地块`` 610599-2026-001, 2026-03-12, 30 亩, 价款 450 (首期); then the same name and code on 2026-05-12,
    面积 blank, 价款 450, 备注 ``二期价款``; then 西镇石材园二号地块 45 亩 1,350.

    A reader takes 2 parcels: 三号地块 30 亩 supplied 2026-03-12 for 900 万元, 二号地块 45 亩 (75 亩 in all); the
    second instalment is no second parcel.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月工业用地供应情况", 8)
    _put(ws, 2, 1, [*LAND_HEAD[:5], "供地面积（亩）", "成交价款（万元）", "备注"])
    rows = [[1, D(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 450, "首期价款"],
            [2, D(2026, 5, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", None, 450, "二期价款"],
            [3, D(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", 45, 1350, None]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "自然资源局6月供地.xlsx")


def funds_in_yuan_with_a_running_total(folder: Path) -> Path:
    """财政局's June ledger of the county's industrial funds: 日期 | 事项 | 摘要 | 金额（元） | 累计（元）; 2026-02-10 筹集
    20,000,000 (累计 20,000,000); 2026-04-15 拨付 3,000,000; 2026-06-08 筹集 5,000,000 (累计 25,000,000 of raisings,
    the clerk's 累计 running over raisings only); 2026-06-20 拨付 2,000,000.

    A reader takes 2 raisings of 2,000 and 500 万元 (2,500) and 2 disbursements of 300 and 200 (500); the 累计 column
    is no amount.
    """
    wb, ws = _book()
    _title(ws, "2026年县工业发展资金筹集拨付台账", 5)
    _put(ws, 2, 1, ["填报单位：县财政局"])
    _put(ws, 3, 1, ["日期", "事项", "摘要", "金额（元）", "累计（元）"])
    rows = [[D(2026, 2, 10), "工业发展资金筹集", "县财政预算安排", 20000000, 20000000],
            [D(2026, 4, 15), "工业发展资金拨付", "拨付东塬耐材技改补助", 3000000, 3000000],
            [D(2026, 6, 8), "工业发展资金筹集", "争取省级专项资金", 5000000, 25000000],
            [D(2026, 6, 20), "工业发展资金拨付", "拨付西岭铸造设备补助", 2000000, 5000000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "财政局6月工业资金台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 全市对比 (统计局)
# ---------------------------------------------------------------------------------------------

def city_short_names_and_typed_ranks(folder: Path) -> Path:
    """The city bureau's June table as it is mailed: ``县区`` | ``规上工业总产值（万元）`` | ``增速`` | ``位次`` |
    ``增加值增速`` | ``位次``; the counties written short (``测试``, ``甲``, ``乙``, ``丙``) after ``全市``, rates typed
    with % signs (``9.0%``), ranks typed (1, 2 …).

    A reader takes 5 rows (全市 and the four counties under their full names): 测试县 1,500,000 万元, 9.0 %, 8.2 %;
    the typed ranks are not figures.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区规上工业主要指标", 6)
    _put(ws, 2, 1, ["县区", "规上工业总产值（万元）", "增速", "位次", "增加值增速", "位次"])
    rows = [["全市", 5200000, "8.1%", None, "7.5%", None], ["测试", 1500000, "9.0%", 1, "8.2%", 1],
            ["甲", 1400000, "7.5%", 4, "7.0%", 4], ["乙", 1200000, "8.0%", 2, "7.6%", 2],
            ["丙", 1100000, "7.9%", 3, "7.1%", 3]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def city_our_county_starred(folder: Path) -> Path:
    """The city table as the county bureau forwards it, its own row marked: ``★测试县（本县）``; the rest plain (全市,
    甲县, 乙县, 丙县), columns 县区 | 规上工业增加值增速（%） | 工业固定资产投资增速（%）.

    A reader takes 测试县's row (8.2, 12.5) under 测试县, 5 rows; the star and ``（本县）`` are the clerk's emphasis.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", 3)
    _put(ws, 2, 1, ["县区", "规上工业增加值增速（%）", "工业固定资产投资增速（%）"])
    rows = [["全市", 7.5, 10.2], ["★测试县（本县）", 8.2, 12.5], ["甲县", 7.0, 9.8], ["乙县", 7.6, 8.0],
            ["丙县", 7.1, 10.1]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def city_counties_as_columns_with_a_rank_row(folder: Path) -> Path:
    """The city table turned on its side as the city sends it: 指标 down the left, ``全市 | 测试县 | 甲县 | 乙县 | 丙县``
    across; rows 规上工业增加值增速（%） 7.5 / 8.2 / 7.0 / 7.6 / 7.1, ``位次`` — / 1 / 4 / 2 / 3, 工业固定资产投资增速（%）
    10.2 / 12.5 / 9.8 / 8.0 / 10.1, ``位次`` — / 1 / 3 / 4 / 2.

    A reader takes 5 rows: 测试县 增加值 8.2, 工业投资 12.5; 丙县 7.1 and 10.1; the 位次 rows are not figures.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标", 6)
    _put(ws, 2, 1, ["指标", "全市", "测试县", "甲县", "乙县", "丙县"])
    _put(ws, 3, 1, ["规上工业增加值增速（%）", 7.5, 8.2, 7.0, 7.6, 7.1])
    _put(ws, 4, 1, ["位次", "—", 1, 4, 2, 3])
    _put(ws, 5, 1, ["工业固定资产投资增速（%）", 10.2, 12.5, 9.8, 8.0, 10.1])
    _put(ws, 6, 1, ["位次", "—", 1, 3, 4, 2])
    return _save(wb, folder / "统计局6月全市对比.xlsx")


# ---------------------------------------------------------------------------------------------
# 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_townships_as_rows_indicators_as_columns(folder: Path) -> Path:
    """工信局's 2026 targets broken down by township, one row per township: ``乡镇`` | ``规上工业总产值（亿元）`` |
    ``新增规上工业企业（户）``; 东镇 12 | 3; 西镇 16 | 2; ``全县`` 28 | 5.

    A reader takes output_target 12 (东镇), 16 (西镇), 28 (the county) and new_above_scale_target 3, 2, 5.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务分解表", 3)
    _put(ws, 2, 1, ["乡镇", "规上工业总产值（亿元）", "新增规上工业企业（户）"])
    for r, row in enumerate([["东镇", 12, 3], ["西镇", 16, 2], ["全县", 28, 5]], 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "工信局2026年目标任务分解.xlsx")


def targets_revised_mid_year(folder: Path) -> Path:
    """工信局's 2026 targets as revised in July: 指标名称 | 单位 | ``年初目标`` | ``调整后目标`` | 调整原因; 规上工业总产值
    亿元 28 → 26; 规上工业增加值增速 % 8 → 7; 工业固定资产投资增速 % 10 → 10.

    A reader takes the revised targets: output_target 26, va_target_pct 7, fai_target_pct 10.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务（年中调整）", 5)
    _put(ws, 2, 1, ["指标名称", "单位", "年初目标", "调整后目标", "调整原因"])
    rows = [["规上工业总产值", "亿元", 28, 26, "龙头企业检修停产"], ["规上工业增加值增速", "%", 8, 7, "同上"],
            ["工业固定资产投资增速", "%", 10, 10, None]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "工信局2026年目标任务调整.xlsx")


def targets_yi_beside_wanyuan_actuals(folder: Path) -> Path:
    """工信局's 2026 targets sent with the half-year's progress beside them: 指标名称 | ``年度目标（亿元）`` |
    ``1-6月完成（万元）`` | ``完成率``; 规上工业总产值 28 | 135,000 | 48.2%.

    A reader takes output_target 28 (亿元); the 1-6月 actual (13.5 亿元) and the rate are no target.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增主要目标及1-6月完成情况", 4)
    _put(ws, 2, 1, ["指标名称", "年度目标（亿元）", "1-6月完成（万元）", "完成率"])
    _put(ws, 3, 1, ["规上工业总产值", 28, 135000, "48.2%"])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def targets_quarters_per_quarter_not_cumulative(folder: Path) -> Path:
    """工信局's 2026 output target split by quarter as the 责任书 writes it, each quarter's own share: 指标名称 | 单位 |
    年度目标 | 一季度 | 二季度 | 三季度 | 四季度; 规上工业总产值 | 亿元 | 28 | 6 | 8 | 7 | 7 (6 + 8 + 7 + 7 = 28).

    A reader takes output_target 28 and the cumulative split 6, 14, 21, 28 — never 8 as the target to the end of June.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务", 7)
    _put(ws, 2, 1, ["指标名称", "单位", "年度目标", "一季度", "二季度", "三季度", "四季度"])
    _put(ws, 3, 1, ["规上工业总产值", "亿元", 28, 6, 8, 7, 7])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


# ---------------------------------------------------------------------------------------------
# 固投 (a township's project return)
# ---------------------------------------------------------------------------------------------

TOWN_HEAD = ["序号", "项目代码", "项目名称", "新建/续建", "建设性质", "技改情况", "总投资", "年度计划", "1-6月完成",
             "完成年度计划%", "开工时间", "入库情况"]


def fai_township_ledger_new_or_continued_and_tech_in_words(folder: Path) -> Path:
    """东镇's June return as the town keeps it: ``新建/续建`` (续建 for the two started last year, 新建 for this year's),
    建设性质, ``技改情况`` in words (``属于技改``, ``不属于``), 总投资 | 年度计划 | 1-6月完成 | 完成年度计划% |
    开工时间 | 入库情况 (``已入库`` / ``未入库``); no 本月 column.  甲 1-6月 800 (技改, started 2025-10-08), 乙 1,200
    (started 2025-11-20), 丙 0 (新建, not started).

    A reader takes 3 projects, 1-6月 800 / 1,200 / 0 (2,000 万元), 甲 a 技改 project and 乙, 丙 not, 甲 and 乙 started.
    """
    wb, ws = _book()
    _title(ws, "东镇2026年工业项目推进台账（1-6月）", len(TOWN_HEAD))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * (len(TOWN_HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, TOWN_HEAD)
    rows = [[1, pcode(1), "东镇甲陶瓷窑炉节能改造项目", "续建", "改建和技术改造", "属于技改", 3000, 1500, 800, "53.3%",
             D(2025, 10, 8), "已入库"],
            [2, pcode(2), "东镇乙农产品冷链物流项目", "续建", "新建", "不属于", 5000, 2000, 1200, "60.0%",
             D(2025, 11, 20), "已入库"],
            [3, pcode(3), "东镇丙包装材料扩能项目", "新建", "扩建", "不属于", 800, 400, 0, "0.0%", None, "未入库"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "东镇6月项目台账.xlsx")


BORDER = (pcode(20), "东西镇界光伏支架产业园项目", "新建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, 1000)


def fai_project_in_both_townships(folder: Path) -> list[Path]:
    """A project on the boundary reported whole by both towns: 东镇's June return (its 3 projects and the 产业园
    2618-…-000020, 1-6月 1,000), then 西镇's (its 2 projects and the same 产业园 with the same figures).

    A reader counts the 产业园's 1,000 once in the county's 工业固投 (2,000 + 1,000 + 1,200 = 4,200 万元, never 5,200)
    and asks which town it belongs to, naming the code and both towns.
    """
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, [*f16.EAST, BORDER])
    first = _save(wb, folder / "东镇6月固投.xlsx")
    wb2, ws2 = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws2, [*f16.WEST, BORDER])
    return [first, _save(wb2, folder.parent / "西镇6月固投.xlsx")]


# ---------------------------------------------------------------------------------------------
# Second months and resends
# ---------------------------------------------------------------------------------------------

PARCELS = [[1, D(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 900],
           [2, D(2026, 6, 9), "东镇陶瓷园五号地块", "610599-2026-003", "东镇", 45, 1400]]


def _land(title: str, rows: list[list[Any]]) -> openpyxl.Workbook:
    wb, ws = _book()
    _title(ws, title, 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, [*LAND_HEAD[:5], "供地面积（亩）", "成交价款（万元）"])
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb


def land_june_then_july_without_a_june_parcel(folder: Path) -> list[Path]:
    """自然资源局's June land ledger (year to date: 三号地块 30 亩 in March, 五号地块 45 亩 in June), then July's, the clerk
    having started a fresh sheet: 五号地块 only and a new 西镇石材园二号地块 40 亩 on 2026-07-06.

    A reader takes July's ledger as the year to the end of July and says that 三号地块 (30 亩, 2026-03-12) is missing
    from it: the year's land is 115 亩, not 85.
    """
    june = _save(_land("2026年1-6月工业用地供应情况", PARCELS), folder / "自然资源局6月供地.xlsx")
    july = [PARCELS[1], [2, D(2026, 7, 6), "西镇石材园二号地块", "610599-2026-002", "西镇", 40, 1200]]
    return [june, _save(_land("2026年1-7月工业用地供应情况", july), folder.parent / "自然资源局7月供地.xlsx")]


def land_june_return_with_a_july_date(folder: Path) -> Path:
    """自然资源局's June land ledger (title 1-6月) whose last parcel is dated ``2026-07-03``: the clerk sent it in July
    and added the week's deal.

    A reader asks about that date's cell (a July event in a return to the end of June), naming it; never counts it in
    June.
    """
    rows = [*PARCELS, [3, D(2026, 7, 3), "西镇石材园二号地块", "610599-2026-002", "西镇", 40, 1200]]
    return _save(_land("2026年1-6月工业用地供应情况", rows), folder / "自然资源局6月供地.xlsx")


JULY_EAST = [f16._with(f16.EAST[0], month=100, cum=900), f16._with(f16.EAST[1], month=300, cum=1500), f16.EAST[2]]


def fai_corrected_june_after_july(folder: Path) -> list[Path]:
    """东镇's June return (乙 1-6月 1,200), July's (乙 1-7月 1,500), then in mid-July ``东镇6月固投（更正）.xlsx``: June
    with 乙 1-6月 1,100 (本月 200) after the statistics office's review.

    A reader takes the corrected June (乙 1,100; 工业固投 1-6月 1,900 万元) and keeps July as sent (乙 1,500).
    """
    june = f16._fai_month(folder, 6, f16.EAST, "东镇6月固投.xlsx")
    july = f16._fai_month(folder.parent, 7, JULY_EAST, "东镇7月固投.xlsx")
    fixed = f16._fai_month(folder.parent, 6, [f16.EAST[0], f16._with(f16.EAST[1], month=200, cum=1100),
                                                       f16.EAST[2]], "东镇6月固投（更正）.xlsx")
    return [june, july, fixed]


def fai_same_file_sent_twice(folder: Path) -> list[Path]:
    """东镇's June return, then the very same bytes again as ``东镇6月固投(1).xlsx`` (the mail client's copy).

    A reader takes 3 projects once (2,000 万元) and says the second is the same file, not a second return.
    """
    first = f16._fai_month(folder, 6, f16.EAST, "东镇6月固投.xlsx")
    second = folder.parent / "东镇6月固投(1).xlsx"
    second.write_bytes(first.read_bytes())
    return [first, second]


def fai_file_named_east_sender_line_west(folder: Path) -> Path:
    """``东镇6月固投.xlsx`` whose title names no town (``2026年1-6月工业固定资产投资项目进展情况表``) and whose
    填报单位 line says ``西镇人民政府``, with 西镇's 2 projects.

    A reader asks which town sent it (both named) rather than filing 西镇's projects under 东镇.
    """
    wb, ws = f16._fai("2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    return _save(wb, folder / "东镇6月固投.xlsx")


# ---------------------------------------------------------------------------------------------
# The 报送平台 (files uploaded by a logged-in sender)
# ---------------------------------------------------------------------------------------------

def fai_started_without_a_date(folder: Path) -> Path:
    """西镇's June return where 乙 says 是否开工 ``是`` but its 开工日期 (J5) is blank.

    A reader sends it back naming J5 and asking for the start date.
    """
    wb, ws = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws, [f16.WEST[0], f16._with(f16.WEST[1], date=None)])
    return _save(wb, folder / "西镇6月固投.xlsx")


def west_return(folder: Path) -> Path:
    """西镇's good June return: 2 projects, 1-6月 900 + 300 = 1,200 万元."""
    wb, ws = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    return _save(wb, folder / "西镇6月固投.xlsx")


def east_return(folder: Path) -> Path:
    """东镇's good June return: 3 projects, 1-6月 2,000 万元."""
    return f16._fai_month(folder, 6, f16.EAST, "东镇6月固投.xlsx")


def docx_of_the_table(folder: Path) -> Path:
    """西镇's June return typed as a table in Word (``西镇6月固投.docx``: a zip with word/document.xml).

    A reader sends it back asking for the Excel file; nothing stored.
    """
    path = folder / "西镇6月固投.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>西镇2026年1-6月工业固定资产投资"
                   "</w:t></w:r></w:p></w:body></w:document>")
    path.write_bytes(buf.getvalue())
    return path


def photo_of_the_table(folder: Path) -> Path:
    """西镇's June return photographed on a phone: ``IMG_20260705_093012.jpg`` (JPEG bytes).

    A reader sends it back asking for the Excel file; nothing stored.
    """
    path = folder / "IMG_20260705_093012.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 200 + b"\xff\xd9")
    return path


def zip_of_two_returns(folder: Path) -> Path:
    """西镇 zips its June return with last month's (``西镇报表.zip`` holding 西镇6月固投.xlsx and 西镇5月固投.xlsx).

    A reader either takes June's 2 projects (1,200 万元) and May's, or sends the zip back asking for the files
    themselves; never stores a wrong figure.
    """
    (folder / "in").mkdir(exist_ok=True)
    june = west_return(folder / "in")
    may = f16._fai("西镇2026年1-5月工业固定资产投资项目进展情况表", "西镇人民政府",
                   head=[h.replace("1-6月", "1-5月") for h in f16.FAI])
    f16._fai_rows(may[1], [f16._with(f16.WEST[0], month=200, cum=700), f16._with(f16.WEST[1], month=100, cum=200)])
    may_path = _save(may[0], folder / "in" / "西镇5月固投.xlsx")
    path = folder / "西镇报表.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(june, june.name)
        z.write(may_path, may_path.name)
    return path


def empty_file(folder: Path) -> Path:
    """``西镇6月固投.xlsx`` of 0 bytes (the upload began before the save finished).

    A reader sends it back saying the file is empty; nothing stored.
    """
    path = folder / "西镇6月固投.xlsx"
    path.write_bytes(b"")
    return path


# ---------------------------------------------------------------------------------------------
# More second months and files
# ---------------------------------------------------------------------------------------------

def _city_month(month: int, ours: int, path: Path) -> Path:
    wb, ws = _book()
    _title(ws, f"2026年1-{month}月全市各县区主要工业指标", 3)
    _put(ws, 2, 1, ["县区", "规上工业总产值（万元）", "规上工业总产值增速（%）"])
    rows = [["全市", 520000 * month // 6, 8.1], ["测试县", ours, 9.0], ["甲县", 140000 * month // 6, 7.5],
            ["乙县", 120000 * month // 6, 8.0], ["丙县", 110000 * month // 6, 7.9]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, path)


def city_june_then_july_cumulative_down(folder: Path) -> list[Path]:
    """The city table for June (测试县 1-6月 150,000 万元), then July's where 测试县's 1-7月 is 145,000 (B4): the
    city bureau retyped it from a draft.

    A reader takes July's table but asks (or at least warns) about B4: a year-to-date total cannot fall from 150,000 to
    145,000, naming the cell.
    """
    return [_city_month(6, 150000, folder / "统计局6月全市对比.xlsx"),
            _city_month(7, 145000, folder.parent / "统计局7月全市对比.xlsx")]


TARGETS = [("规上工业总产值", "亿元", 28), ("规上工业增加值增速", "%", 8), ("工业固定资产投资增速", "%", 10)]


def _targets(rows: list[tuple[Any, ...]], title: str, path: Path) -> Path:
    wb, ws = _book()
    _title(ws, title, 4)
    _put(ws, 2, 1, ["序号", "指标名称", "单位", "年度目标"])
    for i, row in enumerate(rows, 1):
        _put(ws, 2 + i, 1, [i, *row])
    return _save(wb, path)


def targets_then_only_the_changed_row(folder: Path) -> list[Path]:
    """工信局's 2026 targets (规上工业总产值 28 亿元, 增加值增速 8 %, 工业投资增速 10 %), then in July a file with only the
    row that changed: ``2026年工业倍增计划目标任务（调整）`` | 规上工业总产值 | 亿元 | 26.

    A reader takes output_target 26 and keeps va_target_pct 8 and fai_target_pct 10 (a change of one target does not
    drop the other two) — or asks for the whole table; never loses two targets without a word.
    """
    first = _targets(TARGETS, "2026年工业倍增计划目标任务", folder / "工信局2026年目标任务.xlsx")
    second = _targets([("规上工业总产值", "亿元", 26)], "2026年工业倍增计划目标任务（调整）",
                      folder.parent / "工信局2026年目标任务（调整）.xlsx")
    return [first, second]


def west_return_as_xls(folder: Path) -> Path:
    """西镇's good June return saved as Excel 97-2003 (``西镇6月固投.xls``): 2 projects, 1,200 万元."""
    from tests.handmade.cells import as_xls

    wb, ws = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    return as_xls(wb, folder / "西镇6月固投.xls")


def west_return_as_utf8_csv(folder: Path) -> Path:
    """西镇's June return saved by Excel as ``CSV UTF-8（逗号分隔）``: a BOM, the title line, the 填报单位 line, the header
    and 2 projects (dates as 2026/2/20).

    A reader takes 西镇's 2 projects (1,200 万元) — or sends it back asking for the .xlsx; never a wrong figure.
    """
    lines = ["西镇2026年1-6月工业固定资产投资项目进展情况表" + "," * 12, "填报单位：西镇人民政府" + "," * 11 + ",单位：万元",
             ",".join(f16.FAI)]
    for i, p in enumerate(f16.WEST, 1):
        row = f16._fai_row(i, p)
        row[9] = f"{p[8].year}/{p[8].month}/{p[8].day}"
        lines.append(",".join(str(v) for v in row))
    path = folder / "西镇6月固投.csv"
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path
