"""Hand-made WORKBOOKS holding several returns, one return over several sheets, or copies of one (issue 11).

Each is made as a clerk makes it in Excel or WPS, not from beizeng's templates:

- several returns on one sheet: two forms side by side, the city table first and the enterprise list as its
  附表 under it, a long enterprise list (past the first 30 rows) with the city table under it;
- one return over several sheets: a ledger split into a sheet per township (no 所属乡镇 column: the sheet says);
- copies: a blank copy of the template beside the filled return (headers and 序号 1–10, nothing else), a
  workbook of a cover, a blank template, the filled return and a 汇总 sheet, the same return on two sheets
  (an identical copy), and an edited copy that differs (a question, never a silent choice).

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says
what a person reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇 /
东关镇, 西镇; 统计局 sends the enterprise and city returns, 工信局 the cultivation ledger).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.layouts6 import CITY6, pcode
from tests.scenarios import uscc

D = dt.date
#: Enterprises of these workbooks (valid USCCs, none shared with the other hand-made fixtures).
U = [uscc(n) for n in range(71, 111)]

ENT_HEADER = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年份", "1-6月累计产值",
              "上年同期"]
CITY_HEADER = ["县区", "规上工业总产值（万元）", "总产值增速（%）", "增加值增速（%）", "工业固投（万元）",
               "工业固投增速（%）", "技改投资（万元）", "技改投资增速（%）"]
#: Three enterprises: 30,000 + 20,000 + 50,000 = 100,000 万元 (10 亿元), last year 92,000; one 战新.
ENT3 = [("东镇光电材料有限公司", "东镇", "3985", "是", "2021", 30000, 25000),
        ("东镇精密机械有限公司", "东镇", "3484", "否", "2019", 20000, 22000),
        ("西镇水泥有限公司", "西镇", "3011", "否", "2015", 50000, 45000)]


def _title(ws: Worksheet, text: str, first_col: int, last_col: int, row: int = 1) -> None:
    ws.cell(row, first_col, text).font = Font(name="黑体", size=16)
    ws.cell(row, first_col).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)


def _ent_rows(ws: Worksheet, row: int, col: int = 1) -> int:
    """ENT3 from ``row`` on; the next free row."""
    for n, (name, town, code, sei, year, cum, last) in enumerate(ENT3, 1):
        _put(ws, row, col, [n, name, U[n - 1], town, code, sei, year, cum, last])
        row += 1
    return row


# ---------------------------------------------------------------------------------------------
# Several returns on one sheet
# ---------------------------------------------------------------------------------------------

def ent_and_city_side_by_side(folder: Path) -> Path:
    """统计局's one sheet: the enterprise list in A:I, a blank column J, and the city comparison in K:R beside
    it under its own title, both headers on row 3; one 填报单位 line for the sheet.

    A reader takes two returns of 统计局 for 2026-06: 3 enterprises, 1-6月累计 100,000 万元 (10 亿元),
    上年同期 92,000; and the city comparison of 5 rows (测试县 +8.7 % output, +6.5 % value added, rank 2).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", 1, 9)
    _title(ws, "全市各县区主要工业指标对比（2026年1-6月）", 11, 18)
    ws["A2"] = "填报单位：县统计局"
    _put(ws, 3, 1, ENT_HEADER)
    _put(ws, 3, 11, CITY_HEADER)
    _ent_rows(ws, 4)
    for r, c in enumerate(CITY6, 4):
        _put(ws, r, 11, list(c))
    path = folder / "县统计局2026年6月报表.xlsx"
    wb.save(path)
    return path


def city_with_the_enterprise_list_as_its_annex(folder: Path) -> Path:
    """统计局's sheet: the city comparison first (title, 单位 line, 5 rows), a blank row, then
    "附表：全县规上工业企业生产情况" and the enterprise list (3 rows and a 合计) under it.

    A reader takes two returns of 统计局 for 2026-06: the city comparison (5 rows, 测试县 rank 2 by value
    added), and 3 enterprises with 1-6月累计 100,000 万元 (the 合计 row is no enterprise).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "测试市2026年1-6月各县区主要工业指标", 1, 9)
    ws["A2"] = "填报单位：县统计局"
    _put(ws, 3, 1, CITY_HEADER)
    for r, c in enumerate(CITY6, 4):
        _put(ws, r, 1, list(c))
    ws.cell(10, 1, "附表：全县规上工业企业生产情况（2026年1-6月）").font = Font(bold=True)
    ws.merge_cells("A10:I10")
    _put(ws, 11, 1, ENT_HEADER)
    row = _ent_rows(ws, 12)
    _put(ws, row, 1, ["合计", None, None, None, None, None, None, 100000, 92000])
    ws.cell(row + 2, 1, "填报人：钱某")
    path = folder / "统计局6月数据.xlsx"
    wb.save(path)
    return path


def long_enterprise_list_with_the_city_table_below(folder: Path) -> Path:
    """统计局's sheet: a list of 36 enterprises (rows 4–39, each 1,000 万元, last year 900), two blank rows,
    then 全市对比 and the city comparison's header on row 43 — further down than a header is looked for.

    A reader takes two returns: 36 enterprises, 1-6月累计 36,000 万元 (3.6 亿元); and the city comparison
    of 5 rows (测试县 rank 2 by value added).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "测试县2026年1-6月规上工业企业产值", 1, 9)
    ws["A2"] = "填报单位：县统计局"
    _put(ws, 3, 1, ENT_HEADER)
    for n in range(1, 37):
        _put(ws, 3 + n, 1, [n, f"测试县第{n}企业有限公司", U[n - 1], "东镇" if n % 2 else "西镇", "3021", "否",
                            "2018", 1000, 900])
    ws.cell(42, 1, "全市对比").font = Font(bold=True)
    _put(ws, 43, 1, CITY_HEADER)
    for r, c in enumerate(CITY6, 44):
        _put(ws, r, 1, list(c))
    path = folder / "县统计局2026年6月规上企业及全市对比.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# One return over several sheets
# ---------------------------------------------------------------------------------------------

def cultivation_a_sheet_per_township(folder: Path) -> Path:
    """工信局's cultivation ledger kept as a sheet per township, ``东镇`` and ``西镇``, the same columns and no
    所属乡镇 column (the sheet says which township); each sheet its own title naming 2026年6月.

    A reader takes ONE return of 工信局 for 2026-06 of 4 rows: 东镇 2 (拟入规 申报中; 技改奖励资金 50 万元),
    西镇 2 (科技型中小企业 已入库 2026-05-12; 技改奖励资金 30 万元): grants 80 万元, the township of each row its
    sheet's.
    """
    wb = openpyxl.Workbook()
    rows = {"东镇": [("东镇农机制造有限公司", U[10], "拟入规", "申报中", "2026-05-20", None),
                     ("东镇农机制造有限公司", U[10], "技改奖励资金", "申报中", "2026-03-01", 50)],
            "西镇": [("西镇新沃盈科技有限公司", U[11], "科技型中小企业", "已入库", "2026-05-12", None),
                     ("西镇中药饮片有限公司", U[12], "技改奖励资金", "申报中", "2026-03-01", 30)]}
    for i, (town, items) in enumerate(rows.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = town
        ws.append([f"{town}2026年6月企业培育台账"])
        ws.append(["序号", "企业名称", "统一社会信用代码", "培育类型", "培育状态", "时间", "奖补资金（万元）"])
        for n, (name, code, ctype, status, when, grant) in enumerate(items, 1):
            ws.append([n, name, code, ctype, status, when, grant])
    path = folder / "工信局2026年6月企业培育台账（分镇）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Copies: a blank template, a cover and a 汇总, an identical copy, an edited copy
# ---------------------------------------------------------------------------------------------

def _ent_sheet(ws: Worksheet, title: str, filled: bool) -> None:
    _title(ws, title, 1, 9)
    ws["A2"] = "填报单位：县统计局"
    ws["I2"] = "单位：万元"
    _put(ws, 3, 1, ENT_HEADER)
    if filled:
        _ent_rows(ws, 4)
    else:
        for n in range(1, 11):
            ws.cell(3 + n, 1, n)


def ent_filled_and_a_blank_template_copy(folder: Path) -> Path:
    """统计局's workbook: ``Sheet1`` the filled return, ``Sheet2`` a blank copy of the same layout the clerk
    kept to copy from next month (the same title, the headers and 序号 1–10, not a figure in it).

    A reader takes: Sheet1, 3 enterprises, 1-6月累计 100,000 万元; Sheet2 is no version of the return.
    """
    wb = openpyxl.Workbook()
    _ent_sheet(wb.active, "测试县2026年1-6月规上工业企业生产情况", True)
    wb.active.title = "Sheet1"
    blank = wb.create_sheet("Sheet2")
    _ent_sheet(blank, "测试县2026年1-6月规上工业企业生产情况", False)
    path = folder / "统计局2026年6月规上工业.xlsx"
    wb.save(path)
    return path


def ent_cover_blank_template_return_and_summary(folder: Path) -> Path:
    """统计局's workbook of four sheets: ``封面`` (the title, 报送单位, date and phone), ``空表`` (the blank template:
    headers and 序号 1–10), ``6月`` (the filled return) and ``汇总`` (by township: 乡镇 | 企业数 | 1-6月累计产值).

    A reader takes: the ``6月`` sheet, 3 enterprises, 100,000 万元; the cover and blank template are no return,
    the 汇总 sums the same enterprises again (东镇 2 / 50,000, 西镇 1 / 50,000) and is never added to them.
    """
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["B3"] = "测试县规上工业企业生产月报"
    cover["B5"] = "报送单位：县统计局"
    cover["B6"] = "报送日期：2026年7月6日"
    cover["B7"] = "联系电话：13800000000"
    _ent_sheet(wb.create_sheet("空表"), "测试县    年1-  月规上工业企业生产情况", False)
    _ent_sheet(wb.create_sheet("6月"), "测试县2026年1-6月规上工业企业生产情况", True)
    total = wb.create_sheet("汇总")
    total.append(["2026年1-6月分乡镇汇总"])
    total.append(["乡镇", "企业数", "1-6月累计产值"])
    total.append(["东镇", 2, 50000])
    total.append(["西镇", 1, 50000])
    total.append(["合计", 3, 100000])
    path = folder / "统计局规上工业月报2026年6月.xlsx"
    wb.save(path)
    return path


def _fai_sheet(ws: Worksheet, figures: tuple[int, int]) -> None:
    ws.append(["东镇2026年1-6月工业投资项目进度"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "累计完成（万元）"])
    for n, fig in enumerate(figures, 1):
        ws.append([pcode(700 + n), f"东镇项目{n}", "新建", "否", "是", 3000, "是", D(2026, 2, n), "是", fig])


def fai_the_same_return_on_two_sheets(folder: Path) -> Path:
    """东镇's workbook: ``Sheet1`` and ``Sheet1 (2)``, the second an untouched copy of the first (the clerk
    dragged the tab with Ctrl): the same title, header and figures.

    A reader takes: one return, 东镇 2026-06, 2 projects, 1,500 + 500 = 2,000 万元 — read once, never twice.
    """
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    _fai_sheet(wb.active, (1500, 500))
    _fai_sheet(wb.create_sheet("Sheet1 (2)"), (1500, 500))
    path = folder / "东镇6月项目进度表.xlsx"
    wb.save(path)
    return path


def fai_an_edited_copy_that_differs(folder: Path) -> Path:
    """东镇's workbook: ``Sheet1`` and ``Sheet1 (2)``, both titled 2026年1-6月, the copy edited (the second
    project's 累计完成 500 in one, 800 in the other).

    A reader cannot tell which is the one sent: a question naming both sheets, never one chosen silently.
    """
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    _fai_sheet(wb.active, (1500, 500))
    _fai_sheet(wb.create_sheet("Sheet1 (2)"), (1500, 800))
    path = folder / "东镇6月项目进度（改）.xlsx"
    wb.save(path)
    return path


def ent_a_sheet_per_township_with_totals_and_a_wrong_code(folder: Path) -> Path:
    """统计局's enterprise return kept as a sheet per township, each sheet with its own 合计 row under its
    enterprises and a 填报人 line; on ``西镇`` the second enterprise's 统一社会信用代码 has a wrong check digit.

    A reader takes ONE return of 5 enterprises for 2026-06 (东镇 3, 西镇 2), the two 合计 rows no enterprises —
    and sends it back for the one wrong code, pointing at 西镇!C4 (the cell the clerk sees), never at a row of
    a table beizeng made up.
    """
    wb = openpyxl.Workbook()
    towns = {"东镇": [(U[20], 10000), (U[21], 20000), (U[22], 30000)],
             "西镇": [(U[23], 15000), (U[24][:-1] + ("0" if U[24][-1] != "0" else "1"), 25000)]}
    for i, (town, items) in enumerate(towns.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = town
        ws.append([f"{town}2026年1-6月规上工业企业产值"])
        ws.append(["企业名称", "统一社会信用代码", "行业代码", "是否战新", "1-6月累计产值（万元）"])
        for n, (code, fig) in enumerate(items, 1):
            ws.append([f"{town}企业{n}有限公司", code, "3021", "否", fig])
        ws.append(["合计", None, None, None, sum(f for _, f in items)])
        ws.append([])
        ws.append(["填报人：孙某"])
    path = folder / "统计局2026年6月规上企业分乡镇.xlsx"
    wb.save(path)
    return path
