"""Hand-made returns of every form, one small script per workbook, each in its own clerk's style.

None of these is derived from beizeng's templates or its header lists: the headers are the clerks'
own wording, the layouts the ones seen in real county returns (merged titles, 填报单位 / 单位 lines,
two-row merged headers, 合计 at the top, subtotals, signature footers, text numbers, "—" for nothing,
cover and 填表说明 sheets, WPS sheet names, .xls copies).  Every function writes into ``folder`` and
returns the path; its docstring says what a person reading the return takes from it.

The test county is tests/county.py with every sender (tests/scenarios_more.write_full_config):
townships 东镇 (also written 东关镇) and 西镇; departments 统计局 (县统计局), 工信局, 招商局,
自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.styles import Alignment, Font

from tests.scenarios import uscc

D = dt.date
E1, E2, E3, E4, E5 = (uscc(n) for n in (1, 2, 3, 4, 5))
C1, C2, C3, C4 = (uscc(n) for n in (11, 12, 13, 14))


def pcode(n: int, year: int = 26) -> str:
    """A project code as the online approval platform issues it."""
    return f"{year:02d}01-610599-04-01-{n:06d}"


def serial(day: dt.date) -> int:
    """The number Excel stores for a date (what a cell formatted 常规 shows)."""
    return (day - D(1899, 12, 30)).days


def _merge_title(ws: openpyxl.worksheet.worksheet.Worksheet, text: str, width: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(size=16, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def ent_letter_codes_total_top(folder: Path) -> Path:
    """统计局's own layout: industry codes with their section letter (C3825, C 1329, C3021, B0610), the
    合计 row directly under the header, 填报单位 and 单位 on one line, clerk wording of every header.

    A reader takes: 2026-06 (1-6月), 4 above-scale enterprises, 1-6月累计 total 104,000.5 万元
    (10.40005 亿元), 上年同期 92,000 万元 (the new one has none), 1 strategic-emerging enterprise
    (东方光伏, 30,000 万元), 1 entered this year (西镇矿业, 2026年3月).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _merge_title(ws, "测试县2026年1-6月规模以上工业企业主要经济指标", 11)
    ws["A2"] = "填报单位：测试县统计局"
    ws["J2"] = "单位：万元"
    ws.append(["序号", "单位名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规时间",
               "本月产值", "1-6月产值", "上年同期产值", "营业收入"])
    rows = [
        [1, "东方光伏科技有限公司", E1, "C3825", "东镇", "是", "2019", 5000, 30000, 25000, 33000],
        [2, "东关饲料有限公司", E2, "C 1329", "东关镇", "否", "2018-06", 3300, 20000.5, 22000, 21000],
        [3, "西岭建材有限公司", E3, "C3021", "西镇", "否", "2020", 8000, 50000, 45000, 52000],
        [4, "西镇矿业有限公司", E4, "B0610", "西镇", "否", "2026-03", 1000, 4000, None, 4100],
    ]
    ws.append(["合计", None, None, None, None, None, None, 17300, 104000.5, 92000, 110100])
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["单位负责人：赵某", None, None, "统计负责人：钱某", None, None, "填表人：孙某", None, "报出日期：2026年7月6日"])
    path = folder / "2026年1-6月规上工业企业产值（统计局）.xlsx"
    wb.save(path)
    return path


def ent_text_numbers_wps(folder: Path) -> Path:
    """A WPS copy of last month's sheet ("Sheet1 (2)"): numbers typed as text with thousands separators,
    full-width digits and trailing spaces, flags Y/N, a signature footer spread over one row.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 30,000 + 20,000.5 + 50,000 = 100,000.5 万元
    (10.00005 亿元), 上年同期 92,000 万元, 1 strategic-emerging enterprise (东方光伏).
    """
    path = folder / "县统计局规上工业报表6月.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1 (2)")
    bold = wb.add_format({"bold": True, "align": "center"})
    ws.merge_range(0, 0, 0, 9, "测试县2026年6月规上工业企业生产月报", bold)
    ws.write(1, 0, "填报单位：县统计局")
    ws.write(1, 8, "单位：万元")
    ws.write_row(2, 0, ["企业名称", "社会信用代码", "乡镇", "行业", "战略性新兴产业", "入规年份",
                        "本月工业总产值", "1-6月累计工业总产值", "去年同期", "1-6月营业收入"])
    rows = [
        ["东方光伏科技有限公司 ", E1, "东镇", "3825", "Y", "2019", "5,000.00", "30,000.00", "25,000.00", "33,000"],
        ["东关饲料有限公司", E2, "东关镇 ", "1329", "N", "2018", "３３００", "２００００．５", "２２０００", "２１０００"],
        ["西岭建材有限公司", E3, "西镇", "3021", "N", "2020", " 8000 ", "50000 ", "45,000", "52,000.00"],
    ]
    for i, r in enumerate(rows, 3):
        ws.write_row(i, 0, r)
    ws.write(7, 0, "填报人：刘某某")
    ws.write(7, 3, "联系电话：0913-7654321")
    ws.write(7, 6, "审核人：陈某")
    wb.close()
    return path


def ent_cover_notes_two_row_header(folder: Path) -> Path:
    """A cover sheet first, then a 填表说明 sheet, then the data under a two-row merged header
    (工业总产值（当年价格，万元）▸ 本月 | 1-6月累计 | 上年同期; 营业收入（万元）▸ 1-6月累计).

    A reader takes: 2026-06, 5 enterprises, 1-6月累计 total 30,000 + 20,000 + 50,000 + 3,000 + 2,000
    = 105,000 万元 (10.5 亿元), 上年同期 of the four that have one 93,000 万元, 2 strategic-emerging
    enterprises (东方光伏 and 丹富仕, 33,000 万元).
    """
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["B3"] = "测试县规模以上工业企业生产月报"
    cover["B5"] = "报告期：2026年1-6月"
    cover["B6"] = "报送单位：测试县统计局"
    cover["B7"] = "报送日期：2026年7月5日"
    notes = wb.create_sheet("填表说明")
    for i, t in enumerate(["一、本表由县统计局每月5日前报送。", "二、金额单位为万元，保留两位小数。",
                           "三、“1-6月累计”指本年1月至报告月累计。", "四、战略性新兴产业企业填“是”。"], 1):
        notes.cell(i, 1, t)
    ws = wb.create_sheet("数据")
    _merge_title(ws, "测试县2026年1-6月规上工业企业生产情况", 10)
    ws["A2"] = "填报单位：县统计局"
    for col, text in enumerate(["企业名称", "信用代码", "乡镇（街道）", "行业", "是否战新", "入规时间"], 1):
        ws.cell(3, col, text)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.cell(3, 7, "工业总产值（当年价格，万元）")
    ws.merge_cells("G3:I3")
    ws.cell(3, 10, "营业收入（万元）")
    for col, text in zip((7, 8, 9, 10), ("本月", "1-6月累计", "上年同期", "1-6月累计"), strict=True):
        ws.cell(4, col, text)
    rows = [
        ["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019", 5000, 30000, 25000, 33000],
        ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018", 3300, 20000, 22000, 21000],
        ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020", 8000, 50000, 45000, 52000],
        ["丹富仕饲料有限公司", E4, "西镇", "1329", "是", "2026.3", 800, 3000, 1000, 3100],
        ["东镇风电有限公司", E5, "东镇", "4415", "否", "2025.12", 400, 2000, None, 2050],
    ]
    for r in rows:
        ws.append(r)
    path = folder / "统计局-规上工业生产月报（2026年6月）.xlsx"
    wb.save(path)
    return path


def ent_june_copy_beside_may_sheet(folder: Path) -> Path:
    """Last month's sheet kept, this month filled in its WPS copy: "Sheet1" is 1-5月, "Sheet1 (2)" is 1-6月.

    A reader takes for 2026-06 (the copy): 3 enterprises, 1-6月累计 30,000 + 20,000 + 50,000 = 100,000 万元;
    the May sheet (25,000 + 16,700 + 41,700 = 83,400 万元) is last month's and is not June.
    """
    wb = openpyxl.Workbook()
    may = wb.active
    may.title = "Sheet1"
    june = wb.create_sheet("Sheet1 (2)")
    for ws, months, cums in ((may, "1-5", (25000, 16700, 41700)), (june, "1-6", (30000, 20000, 50000))):
        ws["A1"] = f"测试县2026年{months}月规上工业企业生产月报"
        ws["A2"] = "填报单位：县统计局"
        ws["G2"] = "单位：万元"
        ws.append(["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战新", "入规年月", f"{months}月累计产值",
                   "上年同期"])
        for code, name, town, ind, sei, cum, ly in ((E1, "东方光伏科技有限公司", "东镇", "3825", "是", cums[0], 25000),
                                                    (E2, "东关饲料有限公司", "东镇", "1329", "否", cums[1], 22000),
                                                    (E3, "西岭建材有限公司", "西镇", "3021", "否", cums[2], 45000)):
            ws.append([code, name, town, ind, sei, "2019", cum, ly if months == "1-6" else round(ly * 5 / 6)])
    path = folder / "规上工业月报（6月）.xlsx"
    wb.save(path)
    return path


def ent_survey_wording(folder: Path) -> Path:
    """The statistics bureau's survey wording (一套表): 单位详细名称, 入统时间, 乡镇（街道）, and the output
    columns named 工业总产值本月 / 工业总产值本年累计 / 工业总产值上年同期, revenue 营业收入本年累计.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 30,000 + 20,000 + 50,000 = 100,000 万元 (10 亿元),
    上年同期 92,000 万元, revenue 106,000 万元, none entered this year (2019, 2018-06, 2020).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "B204-1"
    ws["A1"] = "规模以上工业企业主要经济指标（2026年1-6月）"
    ws["A2"] = "填报单位：测试县统计局"
    ws["H2"] = "计量单位：万元"
    ws.append(["单位详细名称", "统一社会信用代码", "乡镇（街道）", "国民经济行业代码", "是否战略性新兴产业", "入统时间",
               "工业总产值本月", "工业总产值本年累计", "工业总产值上年同期", "营业收入本年累计"])
    for r in (["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019年", 5000, 30000, 25000, 33000],
              ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018年6月", 3300, 20000, 22000, 21000],
              ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020年", 8000, 50000, 45000, 52000]):
        ws.append(r)
    path = folder / "B204-1规上工业企业主要经济指标2026年6月.xlsx"
    wb.save(path)
    return path


def ent_in_yuan_tick_or_blank(folder: Path) -> Path:
    """The whole return in 元 ("单位：元", amounts with two decimals), 战新 marked √ and left blank for no.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 300,000,000 + 200,005,000 + 500,000,000 元
    = 100,000.5 万元 (10.00005 亿元), 1 strategic-emerging enterprise (the one ticked).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ws["A2"] = "填报单位：县统计局"
    ws["H2"] = "单位：元"
    ws.append(["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "战新企业（打√）", "入规年月", "本月工业总产值",
               "1-6月累计工业总产值", "上年同期累计工业总产值"])
    for r in ([E1, "东方光伏科技有限公司", "东镇", "3825", "√", "2019", 50000000.00, 300000000.00, 250000000.00],
              [E2, "东关饲料有限公司", "东镇", "1329", None, "2018", 33000000.00, 200005000.00, 220000000.00],
              [E3, "西岭建材有限公司", "西镇", "3021", None, "2020", 80000000.00, 500000000.00, 450000000.00]):
        ws.append(r)
    for row in ws.iter_rows(min_row=4, min_col=7, max_col=9):
        for cell in row:
            cell.number_format = "#,##0.00"
    path = folder / "规上企业产值（元）2026年6月.xlsx"
    wb.save(path)
    return path


def ent_township_merged_down(folder: Path) -> Path:
    """Enterprises grouped by township with the 乡镇 cell merged down over each group (only the top cell
    of a merge holds the name), the way a clerk lays out a list for printing.

    A reader takes: 2026-06, 4 enterprises: 东镇 2 (30,000 + 20,000 万元), 西镇 2 (50,000 + 3,000 万元);
    total 103,000 万元 (10.3 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年1-6月分乡镇规上工业企业产值表"
    ws["A2"] = "填报单位：县统计局"
    ws["G2"] = "单位：万元"
    ws.append(["乡镇", "企业名称", "统一社会信用代码", "行业代码", "是否战新", "1-6月累计产值", "上年同期"])
    for r in (["东镇", "东方光伏科技有限公司", E1, "3825", "是", 30000, 25000],
              [None, "东关饲料有限公司", E2, "1329", "否", 20000, 22000],
              ["西镇", "西岭建材有限公司", E3, "3021", "否", 50000, 45000],
              [None, "丹富仕饲料有限公司", E4, "1329", "否", 3000, 2800]):
        ws.append(r)
    ws.merge_cells("A4:A5")
    ws.merge_cells("A6:A7")
    path = folder / "分乡镇规上企业产值2026-06.xlsx"
    wb.save(path)
    return path


def ent_xls_copy(folder: Path) -> Path:
    """The legacy .xls a bureau PC still saves: title, header, three enterprises, 合计 at the bottom.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 total 30,000 + 20,000 + 50,000 = 100,000 万元
    (10 亿元), 上年同期 92,000 万元, 1 strategic-emerging enterprise.
    """
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    ws.write_merge(0, 0, 0, 8, "测试县2026年1-6月规上工业企业总产值完成情况")
    ws.write(1, 0, "填报单位：测试县统计局")
    ws.write(1, 7, "单位：万元")
    for c, h in enumerate(["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新",
                           "本月", "累计", "上年同期"]):
        ws.write(2, c, h)
    rows = [
        [1, "东方光伏科技有限公司", E1, "东镇", "3825", "是", 5000, 30000, 25000],
        [2, "东关饲料有限公司", E2, "东镇", "1329", "否", 3300, 20000, 22000],
        [3, "西岭建材有限公司", E3, "西镇", "3021", "否", 8000, 50000, 45000],
    ]
    for i, r in enumerate(rows, 3):
        for c, v in enumerate(r):
            ws.write(i, c, v)
    ws.write(6, 0, "合计")
    ws.write(6, 6, 16300)
    ws.write(6, 7, 100000)
    ws.write(6, 8, 92000)
    path = folder / "统计局6月规上产值.xls"
    wb.save(str(path))
    return path


def ent_month_above_cumulative(folder: Path) -> Path:
    """A slipped digit: 西岭建材's 本月 35,000 above its own 1-6月累计 3,500 (the clerk meant 35,000 for
    the cumulative … or 3,500 for the month; either way the row contradicts itself).

    A reader takes: 2026-06, 3 enterprises, and a question about row 6 before any total is believed.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ws["A2"] = "填报单位：县统计局"
    ws["H2"] = "单位：万元"
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
               "1-N月累计工业总产值", "上年同期累计工业总产值"])
    for r in (["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019", 5000, 30000, 25000],
              ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018", 3300, 20000, 22000],
              ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020", 35000, 3500, 3300]):
        ws.append(r)
    path = folder / "统计局规上月报2026-06.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

#: (county, output 万元, output yoy %, va yoy %, fai 万元, fai yoy %, tech 万元, tech yoy %)
CITY = [
    ("全市", 630000, 8.1, 6.2, 39700, -0.8, 6000, 4.3),
    ("甲县", 300000, 9.1, 7.0, 20000, 5.3, 3000, 20.0),
    ("乙县", 150000, 7.1, 6.5, 9000, 12.5, 800, -20.0),
    ("测试县", 100000, 8.7, 6.5, 6700, -16.3, 1200, 20.0),
    ("丙县", 80000, 5.3, 5.0, 4000, -20.0, 1000, -20.0),
]


def city_merged_parents(folder: Path) -> Path:
    """The city bureau's comparison with 同比增长（%） under four merged parents (规上工业总产值,
    规上工业增加值, 工业固定资产投资, 技术改造投资) and the 全市 row first.

    A reader takes: 2026-06, 5 rows (4 counties + 全市); 测试县 output 100,000 万元 +8.7 % (rank 2),
    value added +6.5 % (rank 2, tied with 乙县), FAI 6,700 万元 −16.3 % (rank 3), 技改 +20.0 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区对比"
    _merge_title(ws, "2026年1-6月全市各县区主要工业经济指标完成情况", 8)
    ws["G2"] = "单位：万元、%"
    ws["A3"] = "县区"
    ws.merge_cells("A3:A4")
    for col, parent, children in ((2, "规上工业总产值", ("1-6月累计", "同比增长（%）")),
                                  (4, "规上工业增加值", ("同比增长（%）",)),
                                  (5, "工业固定资产投资", ("1-6月累计", "同比增长（%）")),
                                  (7, "技术改造投资", ("1-6月累计", "同比增长（%）"))):
        ws.cell(3, col, parent)
        if len(children) > 1:
            ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        for i, child in enumerate(children):
            ws.cell(4, col + i, child)
    for row in CITY:
        ws.append(list(row))
    ws.append([])
    ws.append(["资料来源：测试市统计局"])
    path = folder / "全市各县区工业指标对比（1-6月）.xlsx"
    wb.save(path)
    return path


def city_yiyuan_percent_text(folder: Path) -> Path:
    """The same comparison retyped by the county bureau: amounts in 亿元 (unit in each header),
    rates typed as "8.7%" text, a 排名 column after every rate, 全市 last.

    A reader takes: 2026-06, 5 rows; 测试县 output 10 亿元 = 100,000 万元, +8.7 %; value added +6.5 %;
    FAI 0.67 亿元 = 6,700 万元, −16.3 %; 技改 0.12 亿元 = 1,200 万元, +20 %.
    """
    path = folder / "6月全市对比.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("6月")
    ws.merge_range(0, 0, 0, 11, "测试市各县区主要工业指标对比（2026年1-6月）")
    ws.write(1, 0, "填报单位：县统计局")
    ws.write_row(2, 0, ["县区", "规上工业总产值（亿元）", "增速", "排名", "规上工业增加值增速", "排名",
                        "工业固定资产投资（亿元）", "工业固投增速", "排名", "技改投资（亿元）", "技改投资增速", "排名"])
    ranks = {"甲县": (1, 1, 2, 1), "乙县": (3, 2, 1, 3), "测试县": (2, 2, 3, 1), "丙县": (4, 4, 4, 3), "全市": (None,) * 4}
    r = 3
    for county, out, oy, va, fai, fy, tech, ty in [*CITY[1:], CITY[0]]:
        k = ranks[county]
        ws.write_row(r, 0, [county, round(out / 10000, 4), f"{oy}%", k[0], f"{va}%", k[1], round(fai / 10000, 4),
                            f"{fy}%", k[2], round(tech / 10000, 4), f"{ty}%", k[3]])
        r += 1
    wb.close()
    return path


def city_transposed(folder: Path) -> Path:
    """The city table laid out the other way round, as the city bureau's bulletin prints it: one row per
    indicator, one column per county (全市 first), rates as plain numbers.

    A reader takes: 2026-06, 5 counties' figures; 测试县 output 100,000 万元 +8.7 % (rank 2), value added
    +6.5 % (rank 2), FAI −16.3 % (rank 3).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "主要指标"
    _merge_title(ws, "2026年1-6月全市分县区主要工业指标", 6)
    ws["A2"] = "填报单位：县统计局"
    ws.append(["指标", *[c[0] for c in CITY]])
    labels = ["规上工业总产值（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）", "工业固定资产投资（万元）",
              "工业固定资产投资增速（%）", "技术改造投资（万元）", "技术改造投资增速（%）"]
    for i, label in enumerate(labels, 1):
        ws.append([label, *[c[i] for c in CITY]])
    path = folder / "全市分县区主要工业指标2026年6月.xlsx"
    wb.save(path)
    return path


def city_percent_formatted_cells(folder: Path) -> Path:
    """Rates stored as Excel percentages (0.087 shown as 8.7%), the way a table pasted from the city's
    spreadsheet keeps them; amounts in 万元.

    A reader takes: 2026-06, 5 rows; 测试县 output +8.7 % (rank 2), value added +6.5 % (rank 2),
    FAI −16.3 % (rank 3), 技改 +20.0 %.
    """
    path = folder / "各县区指标对比（百分比格式）2026-06.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    pct = wb.add_format({"num_format": "0.0%"})
    ws.write(0, 0, "测试市2026年1-6月各县区主要工业指标对比")
    ws.write(1, 0, "填报单位：县统计局")
    ws.write(1, 6, "单位：万元")
    ws.write_row(2, 0, ["县区", "规上工业总产值累计", "规上工业总产值增速", "规上工业增加值增速", "工业固定资产投资累计",
                        "工业固定资产投资增速", "技术改造投资累计", "技术改造投资增速"])
    for r, (county, out, oy, va, fai, fy, tech, ty) in enumerate(CITY, 3):
        ws.write(r, 0, county)
        for c, amount in ((1, out), (4, fai), (6, tech)):
            ws.write_number(r, c, amount)
        for c, rate in ((2, oy), (3, va), (5, fy), (7, ty)):
            ws.write_number(r, c, round(rate / 100, 6), pct)
    wb.close()
    return path


def city_total_named_heji_at_top(folder: Path) -> Path:
    """The city row called 合计 (not 全市) and put first, as a summing clerk does; rates as numbers.

    A reader takes: 2026-06, 5 rows, the first the city total (630,000 万元, +8.1 %); 测试县 +8.7 % (rank 2),
    value added +6.5 % (rank 2).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    ws["A2"] = "填报单位：县统计局"
    ws["F2"] = "单位：万元、%"
    ws.append(["县区", "规上工业总产值累计", "规上工业总产值增速", "规上工业增加值增速", "工业固定资产投资增速",
               "技术改造投资增速"])
    for county, out, oy, va, _fai, fy, _tech, ty in CITY:
        ws.append(["合计" if county == "全市" else county, out, oy, va, fy, ty])
    path = folder / "县区对比6月（合计在上）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

def fai_east_merged_no_township(folder: Path) -> Path:
    """东镇's own project table: no 所属乡镇 column (the township is the sender), a two-row merged
    header (开工情况 ▸ 是否开工 | 开工时间; 投资完成情况 ▸ 6月 | 1-6月累计), flags √/×, dates as
    2026.3.1, 2026年5月 and an Excel serial, "—" for a project not yet started, a 进展情况 column.

    A reader takes: 东镇, 2026-06, 5 projects, 1-6月累计 3,000 + 1,200.5 + 300 + 0 + 800 = 5,300.5 万元;
    in statistics with total ≥ 500 万元: 3,000 + 1,200.5 = 4,200.5 万元 (fai_cum 0.42005 亿元);
    技改 1,200.5 万元; 4 key projects, 3 of them started (75 %), 2 in statistics (50 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目进展"
    _merge_title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", 13)
    ws["A2"] = "填报单位：东镇人民政府（盖章）"
    ws["L2"] = "单位：万元"
    single = {1: "序号", 2: "项目名称", 3: "项目代码", 4: "建设性质", 5: "技改", 6: "倍增重点", 7: "总投资",
              8: "2026年计划投资", 11: "纳统", 14: "进展情况"}
    for col, text in single.items():
        ws.cell(3, col, text)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.cell(3, 9, "开工情况")
    ws.merge_cells("I3:J3")
    ws.cell(4, 9, "是否开工")
    ws.cell(4, 10, "开工时间")
    ws.cell(3, 12, "投资完成情况")
    ws.merge_cells("L3:M3")
    ws.cell(4, 12, "6月")
    ws.cell(4, 13, "1-6月累计")
    rows = [
        [1, "东镇光伏组件扩能项目", pcode(1), "新建", "×", "√", 10000, 6000, "√", "2026.3.1", "√", 500, 3000,
         "设备安装中"],
        [2, "东关饲料生产线技改项目", pcode(2), "改建和技术改造", "√", "√", 1800, 500, "√", "2025年5月", "√", 200,
         1200.5, "已投产试运行"],
        [3, "东镇小型仓储项目", pcode(3), "新建", "×", "×", 400, 400, "√", serial(D(2026, 2, 1)), "√", 50, 300,
         "主体完工"],
        [4, "东镇冷链物流项目", pcode(4), "新建", "×", "√", 3000, 1000, "×", None, "×", "—", "—", "办理前期手续"],
        [5, "东镇风电配套项目", pcode(5), "扩建", "×", "√", 6000, 2000, "√", "2026/4/20", "×", 300, 800,
         "正在办理入库"],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["合计", None, None, None, None, None, 20200, 9900, None, None, None, 1050, 5300.5])
    ws.append(["填报人：周某", None, None, None, "联系电话：13909130000", None, None, None, "审核人：吴某"])
    path = folder / "东镇6月份工业项目进展.xlsx"
    wb.save(path)
    return path


def fai_west_yiyuan_subtotals(folder: Path) -> Path:
    """西镇 reports in 亿元 ("单位：亿元") with the projects grouped by 建设性质, a 小计 row above
    each group and the 合计 at the bottom.

    A reader takes: 西镇, 2026-06, 4 projects; 1-6月累计 0.25 + 0.06 + 0 + 0.045 = 0.355 亿元 = 3,550 万元,
    all of it in statistics with total ≥ 500 万元 (fai_cum 0.355 亿元); 技改 0.045 亿元 (450 万元);
    计划总投资 2.92 亿元 = 29,200 万元; 3 key projects, 2 started (66.67 %).
    """
    path = folder / "西镇2026年6月固投项目月报.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("西镇")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.merge_range(0, 0, 0, 13, "西镇2026年1-6月工业固定资产投资项目月报")
    ws.write(1, 0, "报送单位：西镇人民政府")
    ws.write(1, 12, "单位：亿元")
    ws.write_row(2, 0, ["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改", "是否重点项目", "计划总投资",
                        "年度计划", "是否开工", "开工日期", "是否入库", "本月完成", "累计完成"])
    groups: list[tuple[str, list[list[Any]]]] = [
        ("一、新建项目小计", [
            ["1", pcode(11), "西镇新材料产业园", "西镇", "新建", "否", "是", 2.0, 0.8, "是", D(2026, 4, 10), "是", 0.05, 0.25],
            ["2", pcode(12), "西镇包装材料项目", "西镇", "新建", "否", "否", 0.3, 0.3, "是", D(2026, 5, 6), "是", 0.02, 0.06],
        ]),
        ("二、扩建项目小计", [
            ["3", pcode(13), "西岭建材扩建项目", "西镇", "扩建", "是", "是", 0.5, 0.2, "否", None, "否", 0, 0],
        ]),
        ("三、改建和技术改造项目小计", [
            ["4", pcode(14), "西镇砖厂技术改造项目", "西镇", "改建和技术改造", "是", "是", 0.12, 0.1, "是", D(2026, 3, 15),
             "是", 0.01, 0.045],
        ]),
    ]
    r = 3
    for label, projects in groups:
        ws.write(r, 0, label)
        for col in (7, 8, 12, 13):
            ws.write_number(r, col, round(sum(p[col] for p in projects), 4))
        r += 1
        for p in projects:
            for col, v in enumerate(p):
                if isinstance(v, dt.date):
                    ws.write_datetime(r, col, dt.datetime(v.year, v.month, v.day), datef)
                elif v is not None:
                    ws.write(r, col, v)
            r += 1
    ws.write_row(r, 0, ["合计", None, None, None, None, None, None, 2.92, 1.4, None, None, None, 0.08, 0.355])
    wb.close()
    return path


def fai_hidden_column_reordered_total_top(folder: Path) -> Path:
    """西镇's own order of columns (amounts first, the code last), a hidden 内部编号 column, the 合计 at the
    top, flags 是/否 and dates typed as text 2026-03-15.

    A reader takes: 西镇, 2026-06, 3 projects; 1-6月累计 1,500 + 900 + 0 = 2,400 万元, all of it in
    statistics with total ≥ 500 万元 (fai_cum 0.24 亿元); 技改 900 万元; 2 key projects, 1 started (50 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _merge_title(ws, "西镇2026年1-6月工业投资项目完成情况", 14)
    ws["A2"] = "填报单位：西镇"
    ws["M2"] = "单位：万元"
    ws.append(["序号", "内部编号", "项目名称", "1-N月累计完成投资", "本月完成投资", "计划总投资", "年度计划投资",
               "建设性质", "是否技改项目", "是否倍增重点项目", "是否开工", "开工日期", "是否纳统", "项目代码"])
    ws.append(["合计", None, None, 2400, 300, 9500, 4000])
    rows = [
        [1, "XZ-01", "西镇铝型材生产线项目", 1500, 200, 6000, 2500, "新建", "否", "是", "是", "2026-03-15", "是", pcode(61)],
        [2, "XZ-02", "西镇耐火材料技改项目", 900, 100, 2500, 1000, "改建和技术改造", "是", "否", "是", "2026-02-10", "是",
         pcode(62)],
        [3, "XZ-03", "西镇光伏组件配套项目", 0, 0, 1000, 500, "新建", "否", "是", "否", None, "否", pcode(63)],
    ]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["B"].hidden = True
    path = folder / "西镇项目完成情况2026.6.xlsx"
    wb.save(path)
    return path


def fai_flag_words(folder: Path) -> Path:
    """Flags in words (已开工 / 未开工, 已入库 / 未入库, 是 / 否 for 重点) and 建设性质 shortened to 技改,
    as a township clerk types them.

    A reader takes: 东镇, 2026-06, 3 projects; 1-6月累计 2,000 + 600 + 0 = 2,600 万元, in statistics
    2,600 万元 (fai_cum 0.26 亿元); 技改 600 万元; 3 key projects, 2 started (66.67 %), 2 in statistics.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws["K2"] = "单位：万元"
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "开工情况", "开工日期", "入库情况", "1-6月累计完成投资"])
    for r in ([pcode(71), "东镇果蔬冷藏项目", "东镇", "新建", "否", "是", 4000, 2000, "已开工", D(2026, 3, 2), "已入库", 2000],
              [pcode(72), "东镇面粉厂技改项目", "东镇", "技改", "是", "是", 1500, 800, "已开工", D(2026, 4, 9), "已入库", 600],
              [pcode(73), "东镇光伏车棚项目", "东镇", "新建", "否", "是", 900, 900, "未开工", None, "未入库", 0]):
        ws.append(r)
    path = folder / "东镇2026年6月项目表（文字标志）.xlsx"
    wb.save(path)
    return path


def fai_remark_names_a_person(folder: Path) -> Path:
    """东镇's plain one-row-header table whose 备注 says who is in charge of a project
    ("负责人：王某，电话13900000000") in the second of five rows.

    A reader takes: 东镇 (所属乡镇 written 东关镇 on two rows), 2026-06, 5 projects, 1-6月累计
    1,000 + 2,000 + 500 + 700 + 300 = 4,500 万元, all in statistics with total ≥ 500 万元 (fai_cum 0.45 亿元);
    2 key projects, both started (100 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "东镇工业固定资产投资项目统计表（2026年1-6月）"
    ws["A2"] = "填报单位：东镇"
    ws.append(["序号", "项目代码", "项目名称", "乡镇", "建设性质", "是否技改", "是否重点", "计划总投资（万元）",
               "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "1-6月完成投资（万元）", "备注"])
    rows = [
        [1, pcode(21), "东镇农机配件项目", "东镇", "新建", "否", "是", 3000, 1500, "是", D(2026, 2, 20), "是", 1000, None],
        [2, pcode(22), "东镇食品加工项目", "东关镇", "新建", "否", "是", 5000, 2500, "是", D(2026, 3, 5), "是", 2000,
         "负责人：王某，电话13900000000"],
        [3, pcode(23), "东镇包装厂扩建项目", "东镇", "扩建", "否", "否", 900, 600, "是", D(2026, 4, 1), "是", 500, None],
        [4, pcode(24), "东镇石材加工项目", "东关镇", "新建", "否", "否", 1200, 800, "是", D(2026, 4, 15), "是", 700, None],
        [5, pcode(25), "东镇机修车间技改项目", "东镇", "改建和技术改造", "是", "否", 600, 300, "是", D(2026, 5, 8), "是",
         300, "已完工"],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["合计", None, None, None, None, None, None, 10700, 5700, None, None, None, 4500, None])
    ws.append([])
    ws.append(["填报人：周某", None, None, "审核人：吴某", None, None, None, "填报日期：2026.7.3"])
    path = folder / "东镇项目表.xlsx"
    wb.save(path)
    return path


def fai_period_in_file_name_only(folder: Path) -> Path:
    """西镇's first return to a county in its first year: the title has no date, the period is in the
    file name (2026年1-6月) and the sheet name (1-6月), dates written 2026年3月 / 2026年4月8日, no 本月
    column, "/" and "无" for the amounts of a project not started.

    A reader takes: 西镇, 2026-06, 3 projects, 1-6月累计 2,400 + 0 + 600 = 3,000 万元, fai_cum 0.3 亿元;
    2 key projects, 1 started (50 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-6月"
    _merge_title(ws, "西镇工业固定资产投资项目月报", 12)
    ws["A2"] = "填报单位（盖章）：西镇人民政府"
    ws["K2"] = "金额单位：万元"
    ws.append(["序号", "项目名称", "项目代码（备案号）", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目",
               "计划总投资", "本年计划投资", "开工时间", "是否入库", "累计完成投资"])
    rows = [
        [1, "西镇光伏电站升压站项目", pcode(31), "西镇", "新建", "否", "是", 12000, 5000, "2026年3月", "是", 2400],
        [2, "西镇中药材初加工项目", pcode(32), "西镇", "新建", "否", "是", 2000, 800, "/", "否", "/"],
        [3, "西镇电线电缆技改项目", pcode(33), "西镇", "改建和技术改造", "是", "否", 1500, 1000, "2026年4月8日", "是", 600],
    ]
    for r in rows:
        ws.append(r)
    path = folder / "西镇2026年1-6月固定资产投资项目.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

def cultivation_ledger(folder: Path) -> Path:
    """工信局's ledger as its clerk keeps it: 培育方向 / 当前状态 / 时间 headers, dates as 2026.5.20,
    2026年3月 and real dates, a grant typed as text, the unit in the header (奖补资金（万元）).

    A reader takes: 2026-06, 8 rows: 拟入规 3 (1 申报中, 1 培育中, 1 已入库 in 2026年3月);
    专精特新小巨人 1 recognised 2026-04-08; 科技型中小企业 1 入库 2026-05-12; 技改奖励资金 2 applications
    (50 + 30 = 80 万元); 绿色工厂 1 candidate.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _merge_title(ws, "测试县2026年企业培育工作台账（截至6月底）", 10)
    ws["A2"] = "填报单位：县工信局"
    ws.append(["序号", "企业名称", "统一社会信用代码", "所在镇", "培育方向", "当前状态", "时间", "包抓领导",
               "奖补资金（万元）", "备注"])
    rows = [
        [1, "东镇农机制造有限公司", C1, "东镇", "拟入规", "申报中", "2026.5.20", "张副县长", None, "资料已报市局"],
        [2, "西镇中药饮片有限公司", C2, "西镇", "拟入规", "培育中", None, "李局长", None, "产值接近入规标准"],
        [3, "丹富仕饲料有限公司", E4, "西镇", "拟入规", "已入库", "2026年3月", "张副县长", None, None],
        [4, "东镇精密铸造有限公司", C3, "东镇", "专精特新小巨人", "已认定", D(2026, 4, 8), "王主任", None, "国家级"],
        [5, "西镇新沃盈科技有限公司", C4, "西镇", "科技型中小企业", "已入库", D(2026, 5, 12), None, None, None],
        [6, "东镇农机制造有限公司", C1, "东镇", "技改奖励资金", "申报中", "2026.3.1", None, 50, None],
        [7, "西镇中药饮片有限公司", C2, "西镇", "技改奖励资金", "申报中", "2026.3.1", None, "30.00", None],
        [8, "东方光伏科技有限公司", E1, "东镇", "绿色工厂", "培育中", None, "赵局长", None, "第三方指导整改"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["填表人：孙某", None, None, "联系电话：0913-3333333"])
    path = folder / "工信局企业培育台账6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账 (招商局)
# ---------------------------------------------------------------------------------------------

def attraction_ledger_yiyuan(folder: Path) -> Path:
    """招商局's ledger with amounts in 亿元 (the unit in the headers), dates as 2026.2.1 text,
    "—" for dates not reached and funds not yet in place, the clerk's own header words.

    A reader takes: 2026-06, 5 projects; landed this year 2 (金隅新型材料 1.5 亿元, 秦河新材 0.8 亿元:
    2.3 亿元); contacted this year 4 (the fifth landed in 2025); funds in place this year
    0.6 + 0.1 + 0.3 = 1.0 亿元.
    """
    path = folder / "县招商局2026年1-6月招商引资项目台账.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.merge_range(0, 0, 0, 13, "2026年1-6月全县工业招商引资项目台账")
    ws.write(1, 0, "填报单位：县招商局")
    ws.write_row(2, 0, ["序号", "项目名称", "投资主体", "所属产业", "落地镇", "进展阶段", "洽谈时间", "签约时间",
                        "落地时间", "开工时间", "计划总投资（亿元）", "今年到位资金（亿元）", "包抓部门", "推进情况"])
    rows = [
        [1, "金隅新型材料项目", "金隅集团", "新型建材", "东镇", "开工", "2026.1.5", "2026.2.1", "2026.3.1", "2026.4.1",
         1.5, 0.6, "发改局", "主体施工"],
        [2, "秦河新材项目", "秦河新材料有限公司", "新材料", "西镇", "落户", "2026.2.3", "2026.3.10", "2026.5.1", "—",
         0.8, 0.1, "工信局", "办理用地手续"],
        [3, "联星实业高端产业园项目", "联星实业", "装备制造", None, "签约", "2026.4.2", "2026.6.18", "—", "—",
         3.0, "—", "招商局", "选址中"],
        [4, "光伏支架生产项目", "某新能源公司", "光伏新能源", None, "对接", "2026.5.9", "—", "—", "—", 0.5, "—",
         "招商局", "多次洽谈"],
        [5, "中药材精深加工项目", "某药业公司", "涉农加工", "东镇", "投产", "2025.3.1", "2025.4.1", "2025.5.1", "2025.6.1",
         2.0, 0.3, "农业农村局", "二期设备到位"],
    ]
    for i, r in enumerate(rows, 3):
        for c, v in enumerate(r):
            if v is not None:
                ws.write(i, c, v)
    ws.write(9, 0, "填报人：郑某    审核人：冯某")
    wb.close()
    return path


def attraction_units_inside_cells(folder: Path) -> Path:
    """Amounts typed with their unit inside the cell ("1.5亿元", "3000万元", "8000万"), no 单位 line.

    A reader takes: 2026-06, 3 projects; total investment 15,000 + 3,000 + 8,000 = 26,000 万元; funds in
    place 6,000 + 500 = 6,500 万元 (0.65 亿元); 2 landed this year (1.8 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "开工日期",
               "总投资", "本年到位资金"])
    for r in (["戊光伏组件项目", "戊公司", "光伏新能源", "东镇", "开工", D(2026, 1, 3), D(2026, 1, 20), D(2026, 2, 10),
               D(2026, 3, 15), "1.5亿元", "6000万元"],
              ["己饲料项目", "己公司", "涉农加工", "西镇", "落户", D(2026, 2, 3), D(2026, 3, 1), D(2026, 4, 1), None,
               "3000万元", "500万"],
              ["庚建材项目", "庚公司", "新型建材", None, "签约", D(2026, 4, 3), D(2026, 6, 1), None, None, "8000万", None]):
        ws.append(r)
    path = folder / "招商引资台账（金额带单位）6月.xlsx"
    wb.save(path)
    return path


def attraction_stage_words(folder: Path) -> Path:
    """The stage as people say it: 已签约, 已落户, 已开工, 对接中 (not the bare 签约 / 落户 / 开工 / 对接),
    amounts in 万元 on a 单位 line, real dates.

    A reader takes: 2026-06, 4 projects; landed this year 2 (甲 已开工 5,000 万元, 乙 已落户 3,000 万元:
    0.8 亿元); contacted 4; funds in place 1,200 + 300 = 1,500 万元 (0.15 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "县招商局2026年1-6月招商引资项目推进台账"
    ws["A2"] = "填报单位：县招商局"
    ws["J2"] = "单位：万元"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "开工日期",
               "总投资", "本年到位资金"])
    for r in (["甲新能源装备项目", "甲公司", "装备制造", "东镇", "已开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 1),
               D(2026, 4, 2), 5000, 1200],
              ["乙农产品加工项目", "乙公司", "涉农加工", "西镇", "已落户", D(2026, 2, 8), D(2026, 3, 1), D(2026, 5, 6), None,
               3000, 300],
              ["丙建材项目", "丙公司", "新型建材", None, "已签约", D(2026, 3, 8), D(2026, 6, 1), None, None, 8000, None],
              ["丁化工项目", "丁公司", "精细化工", None, "对接中", D(2026, 5, 20), None, None, None, 20000, None]):
        ws.append(r)
    path = folder / "招商台账2026年6月.xlsx"
    wb.save(path)
    return path


def attraction_landed_without_date(folder: Path) -> Path:
    """A short ledger in the county's own words where one 落户 project has no 落户日期: the one real
    mistake the clerk must fix, in cell F5.

    A reader takes: 2026-06, 2 projects; the second (乙项目, 落户) lacks its 落户日期.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws["H2"] = "单位：万元"
    ws.append(["项目名称", "产业链", "落户乡镇", "项目阶段", "对接日期", "落户日期", "开工日期", "总投资", "本年到位资金"])
    ws.append(["甲项目", "新材料", "东镇", "开工", D(2026, 1, 5), D(2026, 2, 1), D(2026, 3, 1), 1000, 100])
    ws.append(["乙项目", "涉农加工", "西镇", "落户", D(2026, 2, 5), None, None, 2000, 0])
    path = folder / "县招商局_2026-06_招商台账.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局, 财政局)
# ---------------------------------------------------------------------------------------------

def factors_land_supplied(folder: Path) -> Path:
    """自然资源局's list of industrial land supplied: no 事项 column (every row is a parcel; the title
    says 工业用地供应), areas in 亩 in the header, dates 2026年3月18日 / 2026.4.2 / a serial.

    A reader takes: 2026-06, 3 parcels, 52.5 + 30 + 18.75 = 101.25 亩.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _merge_title(ws, "测试县2026年1-6月工业用地供应情况统计表", 8)
    ws["A2"] = "填报单位：县自然资源局"
    ws.append(["序号", "电子监管号", "宗地位置", "所在乡镇", "用地单位及项目", "出让面积（亩）", "成交价（万元）", "签订合同时间"])
    rows = [
        [1, "6105992026B00011", "东镇工业园区北区", "东镇", "东方光伏二期用地", 52.5, 1050, "2026年3月18日"],
        [2, "6105992026B00012", "西镇产业园", "西镇", "秦河新材用地", 30, 600, "2026.4.2"],
        [3, "6105992026B00013", "西镇产业园", "西镇", "包装材料项目用地", 18.75, "—", serial(D(2026, 6, 20))],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["合计", None, None, None, None, 101.25, 1650, None])
    path = folder / "自然资源局工业用地供应（1-6月）.xlsx"
    wb.save(path)
    return path


def factors_land_in_hectares(folder: Path) -> Path:
    """自然资源局's table in its own unit: 面积（公顷）, with the 事项 column present; 1 公顷 = 15 亩.

    A reader takes: 2026-06, 3 parcels, 3.5 + 2 + 1.25 公顷 = 6.75 公顷 = 101.25 亩.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年1-6月要素保障情况表（工业用地）"
    ws["A2"] = "填报单位：县自然资源局"
    ws.append(["事项", "日期", "宗地名称", "宗地编号", "所属乡镇", "供地面积（公顷）", "成交价款（万元）"])
    for r in (["工业用地供应", D(2026, 3, 18), "东镇工业园区北区", "6105992026B00021", "东镇", 3.5, 1050],
              ["工业用地供应", D(2026, 4, 2), "西镇产业园一号", "6105992026B00022", "西镇", 2, 600],
              ["工业用地供应", D(2026, 6, 20), "西镇产业园二号", "6105992026B00023", "西镇", 1.25, None]):
        ws.append(r)
    path = folder / "自然资源局要素保障2026年6月（公顷）.xlsx"
    wb.save(path)
    return path


def factors_fund_ledger(folder: Path) -> Path:
    """财政局's ledger of the money: 事项 worded as the county asks, dates 2026年3月31日 text and real
    dates, quarters written 一季度 / 二季度, a footer naming the people in charge.

    A reader takes: 2026-06, 5 rows; contributed to the city fund 120.5 + 200 = 320.5 万元;
    development funds raised 1,000 万元, disbursed 300 + 150.25 = 450.25 万元.
    """
    path = folder / "财政局工业倍增资金情况2026年6月.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("资金")
    datef = wb.add_format({"num_format": "yyyy\"年\"m\"月\"d\"日\""})
    ws.merge_range(0, 0, 0, 5, "测试县工业倍增资金筹集使用情况（2026年1-6月）")
    ws.write(1, 0, "填报单位：县财政局")
    ws.write(1, 5, "单位：万元")
    ws.write_row(2, 0, ["序号", "事项", "日期", "摘要", "金额", "季度"])
    rows = [
        [1, "上划市工业倍增发展基金", "2026年3月31日", "一季度经营性土地出让收入按比例上划", 120.5, "一季度"],
        [2, "上划市工业倍增发展基金", D(2026, 6, 30), "二季度经营性土地出让收入按比例上划", 200, "二季度"],
        [3, "工业发展资金筹集", D(2026, 4, 15), "县财政预算安排", 1000, None],
        [4, "工业发展资金拨付", D(2026, 5, 20), "标准化厂房入驻奖补", 300, None],
        [5, "工业发展资金拨付", "2026.6.10", "盘活闲置厂房奖补", 150.25, None],
    ]
    for i, r in enumerate(rows, 3):
        for c, v in enumerate(r):
            if isinstance(v, dt.date):
                ws.write_datetime(i, c, dt.datetime(v.year, v.month, v.day), datef)
            elif v is not None:
                ws.write(i, c, v)
    ws.write(9, 0, "单位负责人：冯某")
    ws.write(9, 3, "制表人：褚某")
    wb.close()
    return path


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局)
# ---------------------------------------------------------------------------------------------

def progress_notes_prose(folder: Path) -> Path:
    """工信局's prose for the report: sections written 6①, 6.②, 二1, 三、2, paragraphs with line breaks
    (Alt+Enter) inside the cell, one figure typed as 85% in its own column.

    A reader takes: 2026-06, 4 items; one figure, 标准化厂房建设总体进度 85 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进展"
    _merge_title(ws, "测试县工业倍增计划重点工作进展情况（2026年6月）", 5)
    ws["A2"] = "报送单位：县工信局"
    ws.append(["所属章节", "工作事项", "工作进展", "进度指标", "形象进度"])
    rows = [
        ["6①", "化工集中区完成规划编制", "化工集中区总体规划、产业规划通过专家评审会并取得县级主管部门批复意见，"
         "规划编制工作全面完成。", None, None],
        ["6.②", "标准化厂房建设提速", "扶贫产业园一期建设标准化厂房五万平方米，\n目前项目建设总体进度超过85%。",
         "标准化厂房建设总体进度", "85%"],
        ["二1", "工业经济基础较为薄弱", "全县规上工业企业数量和产值规模处于全市落后位置。", None, None],
        ["三、2", "落实好助企包联机制", "选派优秀干部对重点工业企业和建设项目落实“一对一”包联帮扶。", None, None],
    ]
    for r in rows:
        ws.append(r)
    ws.cell(5, 3).alignment = Alignment(wrap_text=True)
    path = folder / "重点工作进展（工信局6月）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_by_name_year_in_title(folder: Path) -> Path:
    """The targets as the 工信局 types them: 指标名称 | 单位 | 年度目标, no 年度 column (the year is in
    the title), no catalogue codes.

    A reader takes: 2026, 5 targets: 规上工业总产值 24 亿元, 规上工业增加值增速 7 %, 工业固定资产投资增速
    10 %, 技术改造投资增速 5 %, 新增规上工业企业 5 户.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _merge_title(ws, "测试县2026年工业倍增计划主要目标任务", 5)
    ws.append(["序号", "指标名称", "单位", "年度目标", "备注"])
    for r in ([1, "规上工业总产值", "亿元", 24, None], [2, "规上工业增加值增速", "%", 7, None],
              [3, "工业固定资产投资增速", "%", 10, None], [4, "技术改造投资增速", "%", 5, None],
              [5, "新增规上工业企业", "户", 5, "含拟入规培育企业"]):
        ws.append(r)
    path = folder / "工信局目标任务.xlsx"
    wb.save(path)
    return path


def targets_quarters_in_wanyuan(folder: Path) -> Path:
    """A 目标任务分解表 with amounts in 万元, a two-row header (分季度累计目标 ▸ 一季度 … 四季度), rates
    typed "7.5%", the year only in the file name.

    A reader takes: 2026, 3 targets: 规上工业总产值 240,000 万元 = 24 亿元 (上半年 100,000 万元 = 10 亿元);
    招商引资到位资金 20,000 万元 = 2 亿元 with 上半年 10,000 万元 = 1 亿元; 规上工业增加值增速 7.5 %.
    """
    path = folder / "2026年工业倍增目标任务分解表.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("分解")
    ws.merge_range(0, 0, 0, 6, "工业倍增计划目标任务分解表")
    ws.write(1, 0, "填报单位：工信局")
    ws.merge_range(2, 0, 3, 0, "指标")
    ws.merge_range(2, 1, 3, 1, "单位")
    ws.merge_range(2, 2, 3, 2, "全年目标")
    ws.merge_range(2, 3, 2, 6, "分季度累计目标")
    ws.write_row(3, 3, ["一季度", "二季度", "三季度", "四季度"])
    ws.write_row(4, 0, ["规上工业总产值", "万元", 240000, 50000, 100000, 180000, 240000])
    ws.write_row(5, 0, ["招商引资到位资金", "万元", 20000, 5000, 10000, 15000, 20000])
    ws.write_row(6, 0, ["规上工业增加值增速", "%", "7.5%"])
    wb.close()
    return path


# ---------------------------------------------------------------------------------------------
# Two returns in one workbook (统计局)
# ---------------------------------------------------------------------------------------------

def two_returns_one_workbook(folder: Path) -> Path:
    """统计局 sends the enterprise return and the city comparison as two sheets of one file.

    A reader takes: two returns for 2026-06: 3 enterprises with 1-6月累计 100,000 万元 (10 亿元), and the
    city comparison of 5 rows with 测试县 value added +6.5 % (rank 2).
    """
    wb = openpyxl.Workbook()
    ent = wb.active
    ent.title = "规上企业产值"
    ent["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ent["A2"] = "单位：万元"
    ent.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
                "1-6月累计工业总产值", "上年同期累计"])
    for r in (["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019", 5000, 30000, 25000],
              ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018", 3300, 20000, 22000],
              ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020", 8000, 50000, 45000]):
        ent.append(r)
    city = wb.create_sheet("全市对比")
    city["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    city.append(["县区", "规上工业总产值累计（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）",
                 "工业固定资产投资累计（万元）", "工业固定资产投资增速（%）", "技术改造投资累计（万元）", "技术改造投资增速（%）"])
    for row in CITY:
        city.append(list(row))
    path = folder / "统计局2026年6月报表.xlsx"
    wb.save(path)
    return path


ALL = [
    ent_letter_codes_total_top, ent_text_numbers_wps, ent_cover_notes_two_row_header, ent_survey_wording,
    ent_june_copy_beside_may_sheet,
    ent_in_yuan_tick_or_blank, ent_township_merged_down, ent_xls_copy, ent_month_above_cumulative,
    city_merged_parents, city_yiyuan_percent_text, city_transposed,
    city_percent_formatted_cells, city_total_named_heji_at_top,
    fai_east_merged_no_township, fai_west_yiyuan_subtotals, fai_hidden_column_reordered_total_top,
    fai_flag_words, fai_remark_names_a_person, fai_period_in_file_name_only,
    cultivation_ledger, attraction_ledger_yiyuan, attraction_units_inside_cells,
    attraction_stage_words, attraction_landed_without_date, factors_land_supplied,
    factors_land_in_hectares, factors_fund_ledger,
    progress_notes_prose, targets_by_name_year_in_title, targets_quarters_in_wanyuan, two_returns_one_workbook,
]
