"""Hand-made TARGETS returns in shapes the template never has (issue 11, kind 6): the class is a table whose
records are catalogue indicators, laid out either way, with units in headers, cells, a 单位 row or column.

- a 分乡镇 table: the indicators down the side, the county and each township a column;
- the target beside last year's result and the growth it means (2025年完成 | 2026年目标 | 增长%), a 责任单位;
- a table under a long 说明 paragraph, the quarters across and the unit typed in every figure;
- a column per indicator with a 单位 row under the names and a row each for 全年目标 and 上半年;
- label | figure | unit lines with no header at all, under a title naming the targets;
- a column per indicator with one name that is no indicator of the catalogue (asked about, on its cell);
- a row per township (and a 合计 row, the county) under a column per indicator.

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says
what a person reading it takes from it.  The county is tests/scenarios_more.write_full_config (townships
东镇 / 东关镇 and 西镇; 工信局 sends the targets).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put

Maker = Callable[[Path], Path]


def _title(ws: Worksheet, text: str, last_col: int, row: int = 1) -> None:
    ws.cell(row, 1, text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")


def targets_by_township_across(folder: Path) -> Path:
    """工信局's 分解表: the indicators down the side, then a column for 全县 and one per township (东镇, 西镇),
    the unit in a 单位 column; the year in the title.

    A reader takes: 2026 targets — 规上工业总产值 全县 24 亿元 (东镇 10, 西镇 8), 新增规上工业企业 全县 5 户
    (东镇 2, 西镇 2), 工业固定资产投资增速 全县 10 % (东镇 12, 西镇 8): nine targets, three per scope.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分解"
    _title(ws, "测试县2026年工业倍增目标任务分解表", 5)
    ws["A2"] = "填报单位：县工信局"
    _put(ws, 3, 1, ["指标", "单位", "全县", "东镇", "西镇"])
    for r, row in enumerate([["规上工业总产值", "亿元", 24, 10, 8], ["新增规上工业企业", "户", 5, 2, 2],
                             ["工业固定资产投资增速", "%", 10, 12, 8]], 4):
        _put(ws, r, 1, row)
    ws.cell(8, 1, "填报人：周某　　联系电话：0913-5550000")
    path = folder / "工信局2026年目标分解到乡镇.xlsx"
    wb.save(path)
    return path


def targets_beside_last_year_and_growth(folder: Path) -> Path:
    """The targets as the county's plan prints them: 序号 | 指标名称 | 计量单位 | 2025年完成 | 2026年目标 |
    增长（%） | 责任单位 — last year's result and the growth the target means stand beside it.

    A reader takes: 2026 targets (the 2026年目标 column, never 2025年完成): 规上工业总产值 24 亿元,
    规上工业增加值增速 7 %, 新增规上工业企业 5 户.  The 2025 results and growths are not targets.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "主要指标"
    _title(ws, "测试县2026年工业倍增计划主要指标", 7)
    _put(ws, 2, 1, ["序号", "指标名称", "计量单位", "2025年完成", "2026年目标", "增长（%）", "责任单位"])
    for r, row in enumerate([[1, "规上工业总产值", "亿元", 20.5, 24, 17.1, "县工信局"],
                             [2, "规上工业增加值增速", "%", 6.8, 7, "—", "县统计局"],
                             [3, "新增规上工业企业", "户", 4, 5, 25, "县工信局"]], 3):
        _put(ws, r, 1, row)
    path = folder / "工信局2026年主要指标.xlsx"
    wb.save(path)
    return path


def targets_under_a_long_note_units_in_cells(folder: Path) -> Path:
    """A 说明 paragraph merged over three rows (it names 2025 and 亿元 in passing), then the indicators down the
    side and the quarters across (一季度 | 上半年 | 前三季度 | 全年), every figure typed with its unit.

    A reader takes: 2026 (title) — 规上工业总产值 24 亿元 for the year (5, 10, 18 亿元 by the quarters' ends);
    招商引资到位资金 20,000 万元 = 2 亿元 (10,000 万元 = 1 亿元 by 上半年).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增目标任务（分季度）", 5)
    ws["A2"] = ("说明：根据县委县政府工作安排，结合2025年全县工业经济运行情况，现将2026年工业倍增主要目标任务按季度"
                "分解如下，各季度为累计数，总量指标以亿元或万元计，请各单位对照序时进度抓好落实，每季度末报送完成情况。")
    ws.merge_cells("A2:E4")
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    _put(ws, 5, 1, ["指标", "一季度", "上半年", "前三季度", "全年"])
    _put(ws, 6, 1, ["规上工业总产值", "5亿元", "10亿元", "18亿元", "24亿元"])
    _put(ws, 7, 1, ["招商引资到位资金", "5000万元", "10000万元", "15000万元", "20000万元"])
    path = folder / "工信局目标任务分季度.xlsx"
    wb.save(path)
    return path


def targets_a_column_each_with_a_unit_row(folder: Path) -> Path:
    """A column per indicator, a 单位 row under the names, then a 全年目标 row and an 上半年 row; the year in
    the sheet's name only (and the file's).

    A reader takes: 2026 targets — 规上工业总产值 24 亿元 (11 by 上半年), 规上工业增加值增速 7 %,
    技术改造投资增速 5 %, 新增绿色工厂 2 个 (1 by 上半年).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年目标"
    _title(ws, "工业倍增主要目标", 5)
    _put(ws, 2, 1, ["指标", "规上工业总产值", "规上工业增加值增速", "技术改造投资增速", "新增绿色工厂"])
    _put(ws, 3, 1, ["单位", "亿元", "%", "%", "个"])
    _put(ws, 4, 1, ["全年目标", 24, 7, 5, 2])
    _put(ws, 5, 1, ["上半年", 11, 7, 5, 1])
    path = folder / "工信局2026年目标（横表）.xlsx"
    wb.save(path)
    return path


def targets_label_figure_unit_without_header(folder: Path) -> Path:
    """No header at all: under the title, one line a target — name | figure | unit — in three cells.

    A reader takes: 2026 targets — 规上工业总产值 24 亿元, 工业固投增长 10 %, 招商引资到位资金 2 亿元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2026年度工业倍增目标任务"
    for r, row in enumerate([["规上工业总产值", 24, "亿元"], ["工业固投增长", 10, "%"],
                             ["招商引资到位资金", 2, "亿元"]], 2):
        _put(ws, r, 1, row)
    path = folder / "工信局目标任务.xlsx"
    wb.save(path)
    return path


def targets_across_with_a_name_matching_nothing(folder: Path) -> Path:
    """A column per indicator (units in brackets), one row of 目标值; one column, 研发投入强度（%）, is no target
    of the catalogue.

    A reader takes: 2026 targets 规上工业总产值 24 亿元 and 工业固定资产投资增速 10 %, and a 研发投入强度 of
    2.5 % beizeng cannot place: asked about on its own cell (D3), nothing stored until answered.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业目标", 4)
    ws["A2"] = "填报单位：县工信局"
    _put(ws, 3, 1, ["项目", "规上工业总产值（亿元）", "工业固定资产投资增速（%）", "研发投入强度（%）"])
    _put(ws, 4, 1, ["目标值", 24, 10, 2.5])
    path = folder / "工信局2026年目标.xlsx"
    wb.save(path)
    return path


def targets_townships_down_indicators_across(folder: Path) -> Path:
    """The 分解表 the other way round: a row per township (东镇, 西镇) and a 合计 row for the county, a column per
    indicator with its unit in brackets, a 序号 column first.

    A reader takes: 2026 targets — 规上工业总产值 东镇 10, 西镇 8, 全县 (合计) 18 亿元; 新增规上工业企业 东镇 2,
    西镇 3, 全县 5 户: six targets.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分乡镇目标"
    _title(ws, "2026年各乡镇工业倍增目标任务", 4)
    _put(ws, 2, 1, ["序号", "乡镇", "规上工业总产值（亿元）", "新增规上工业企业（户）"])
    _put(ws, 3, 1, [1, "东镇", 10, 2])
    _put(ws, 4, 1, [2, "西镇", 8, 3])
    _put(ws, 5, 1, [None, "合计", 18, 5])
    path = folder / "工信局分乡镇目标.xlsx"
    wb.save(path)
    return path


def targets_units_typed_against_the_rows(folder: Path) -> Path:
    """A 指标 | 单位 | 目标 table where the clerk typed units into the figures too, not always the row's: 规上工业
    总产值 单位 亿元, typed ``2400万元``; 招商引资到位资金 with 单位 left blank, typed ``2亿``; 新增规上工业企业
    单位 户, typed ``5亿元`` (a slip of the pen: 5 户 or 5 亿元 of something else?).

    A reader takes: 规上工业总产值 0.24 亿元 (2,400 万元 is what the cell says, the row's 亿元 only how to store it),
    招商引资到位资金 2 亿元, and asks about C6: 亿元 is no unit of a count of enterprises.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年主要工业指标目标", 3)
    _put(ws, 2, 1, ["指标名称", "单位", "目标"])
    _put(ws, 3, 1, ["规上工业总产值", "亿元", "2400万元"])
    _put(ws, 4, 1, ["招商引资到位资金", None, "2亿"])
    _put(ws, 5, 1, ["工业固定资产投资增速", "%", "10%"])
    _put(ws, 6, 1, ["新增规上工业企业", "户", "5亿元"])
    path = folder / "工信局2026年目标（带单位）.xlsx"
    wb.save(path)
    return path
