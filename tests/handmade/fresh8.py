"""Hand-made returns, round 8: a hostile round by fresh eyes (a clerk and a statistician who check the tool).

Made without reading the reader: each workbook is a class of return nobody here had tried — exports of the
statistics platform (联网直报 / 一套表: 表号 · 制定机关 · 批准文号 · 有效期至 lines, 甲 乙 丙 1 2 3 column
numbers, amounts in 千元), a workbook holding the year as a sheet per month, corrections sent after the first
(更正 / 修订版 / "(1)"), a file whose name says another month than its title, outlined rows collapsed to their
subtotals, an autofilter leaving rows hidden, frozen panes, cell comments (批注), rich text, non-breaking and
zero-width spaces, Excel error values (#DIV/0!, #REF!), formulas without saved results where a person sees a
number, negatives shown in brackets by the number format, dates stored as text serials, notes holding figures,
rows split over two lines, a 序号 column with gaps, group headings and 其中 sub-rows, and a small turned table
beside the ledger.

Every function writes into ``folder`` and returns the path (or paths); its docstring says what a person
reading the return takes from it ("A reader takes: …") and, where the return is truly ambiguous, what question
would be acceptable instead.  The test county is tests/scenarios_more.write_full_config (townships 东镇 = 东关镇
and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is
June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(800, 830)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (series 8xx: none of the earlier rounds')."""
    return f"2601-610599-04-01-{800 + n:06d}"


def serial(day: dt.date) -> int:
    """The number Excel stores for a date."""
    return (day - D(1899, 12, 30)).days


def _age(path: Path, seconds: float) -> None:
    """Set the file's modification time ``seconds`` in the past (as copying from a chat app leaves it)."""
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def ent_platform_export_in_thousands(folder: Path) -> Path:
    """统计局's export from the 联网直报 platform (一套表 综合表 B204-1 汇总): the platform's head lines
    ``表    号：B204-1`` | ``制定机关：国家统计局`` / ``综合机关名称：测试县统计局`` | ``批准文号：国统制〔2025〕85号`` /
    ``2026年1-6月`` | ``有效期至：2027年3月``; a two-row header whose amounts are in 千元 (the platform's unit:
    工业总产值（当年价格）（千元） ▸ 本月 | 本年累计 | 上年同期累计, 营业收入（千元） ▸ 本年累计), then the
    platform's column numbers 甲 乙 丙 丁 戊 己 1 2 3 4, and the footer 单位负责人 / 统计负责人 / 填表人 / 报出日期.

    A reader takes (千元 ÷ 10 = 万元): 2026-06, 3 enterprises — 东方光伏 (东镇, 3825, 战新) 1-6月 30,000 万元,
    上年同期 25,000, 本月 5,000, 营收 33,000; 东关饲料 (东镇, 1329) 20,000.5, 22,000, 3,300, 21,000; 西岭建材
    (西镇, 3021) 50,000, 45,000, 8,000, 52,000.  规上工业总产值 100,000.5 万元 = 10.00005 亿元, 上年同期 92,000.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "B204-1"
    _title(ws, "规模以上工业企业主要经济指标", 10)
    _put(ws, 2, 1, ["表    号：B204-1 汇总"])
    _put(ws, 2, 8, ["制定机关：国家统计局"])
    _put(ws, 3, 1, ["综合机关名称：测试县统计局"])
    _put(ws, 3, 8, ["批准文号：国统制〔2025〕85号"])
    _put(ws, 4, 1, ["2026年1-6月"])
    _put(ws, 4, 8, ["有效期至：2027年3月"])
    heads = ["单位详细名称", "统一社会信用代码", "行业代码", "乡镇（街道）", "是否战略性新兴产业", "入统年月"]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(5, 7, "工业总产值（当年价格）（千元）")
    ws.merge_cells("G5:I5")
    _put(ws, 6, 7, ["本月", "本年累计", "上年同期累计"])
    ws.cell(5, 10, "营业收入（千元）")
    _put(ws, 6, 10, ["本年累计"])
    _put(ws, 7, 1, ["甲", "乙", "丙", "丁", "戊", "己", 1, 2, 3, 4])
    _put(ws, 8, 1, ["东方光伏科技有限公司", U[800], "3825", "东镇", "是", "2019-05", 50000, 300000, 250000, 330000])
    _put(ws, 9, 1, ["东关饲料有限公司", U[801], "1329", "东镇", "否", "2018-06", 33000, 200005, 220000, 210000])
    _put(ws, 10, 1, ["西岭建材有限公司", U[802], "3021", "西镇", "否", "2020-01", 80000, 500000, 450000, 520000])
    _put(ws, 12, 1, ["单位负责人：周某", None, "统计负责人：吴某", None, "填表人：郑某", None, "报出日期：2026年7月5日"])
    path = folder / "B204-1_202606_测试县统计局.xlsx"
    wb.save(path)
    return path


def ent_platform_one_enterprise_table(folder: Path) -> Path:
    """One enterprise's B204-1 as the platform prints it, forwarded by 统计局: head lines (表号, 制定机关, 批准文号,
    有效期至) with the enterprise's particulars between them (``统一社会信用代码：…``, ``单位详细名称：东方光伏科技有限公司``,
    ``行业代码：3825``, ``所在乡镇（街道）：东镇``, ``是否战略性新兴产业：是``, ``2026年1-6月``), then the platform's
    indicator table 指标名称 | 计量单位 | 代码 | 本期 | 上年同期 with 甲 乙 丙 1 2 under it: 工业总产值（当年价格）
    千元 01 300,000 | 250,000; 其中：本月 千元 02 50,000 | 42,000; 营业收入 千元 03 330,000 | 280,000.

    A reader takes: 2026-06, one enterprise 东方光伏 (东镇, 3825, 战新): 1-6月 30,000 万元, 上年同期 25,000 万元,
    本月 5,000 万元, 营收 33,000 万元.  A question naming a cell is acceptable where the card is not read.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "B204-1"
    _title(ws, "工业产销总值及主要产品产量", 5)
    lines = [("表    号：B204-1", "制定机关：国家统计局"),
             (f"统一社会信用代码：{U[800]}", "批准文号：国统制〔2025〕85号"),
             ("单位详细名称：东方光伏科技有限公司", "有效期至：2027年3月"),
             ("行业代码：3825", "所在乡镇（街道）：东镇"),
             ("是否战略性新兴产业：是", "2026年1-6月")]
    for i, (a, b) in enumerate(lines, 2):
        _put(ws, i, 1, [a])
        _put(ws, i, 4, [b])
    _put(ws, 8, 1, ["指标名称", "计量单位", "代码", "本期", "上年同期"])
    _put(ws, 9, 1, ["甲", "乙", "丙", 1, 2])
    _put(ws, 10, 1, ["工业总产值（当年价格）", "千元", "01", 300000, 250000])
    _put(ws, 11, 1, ["其中：本月", "千元", "02", 50000, 42000])
    _put(ws, 12, 1, ["营业收入", "千元", "03", 330000, 280000])
    _put(ws, 14, 1, ["单位负责人：李某", None, "填表人：王某", None, "报出日期：2026年7月3日"])
    path = folder / "东方光伏_B204-1_2026年6月.xlsx"
    wb.save(path)
    return path


ENT_MONTHLY = [  # (uscc, name, township, code, sei, entered, output a month, last year's a month)
    (U[803], "东方光伏科技有限公司", "东镇", "3825", "是", "2019", 5000, 4000),
    (U[804], "东关饲料有限公司", "东镇", "1329", "否", "2018-06", 3000, 3000),
    (U[805], "西岭建材有限公司", "西镇", "3021", "否", "2020", 8000, 7000),
]


def ent_a_sheet_per_month(folder: Path) -> Path:
    """统计局 keeps the year in one workbook and sends it whole: sheets ``1-2月``, ``3月``, ``4月``, ``5月``,
    ``6月`` (the newest last, as the clerk appends them), each a full cumulative return under its own title
    ``测试县2026年1-N月规上工业企业产值``; the file is named for the year (``2026年规上企业产值（1-6月）.xlsx``).

    A reader takes each sheet as that month's return; for June (sheet ``6月``): 3 enterprises, 1-6月 30,000 +
    18,000 + 48,000 = 96,000 万元, 上年同期 24,000 + 18,000 + 42,000 = 84,000, 本月 5,000 / 3,000 / 8,000.  May
    (sheet ``5月``): 25,000 + 15,000 + 40,000 = 80,000, 上年同期 70,000.  Taking June alone (and saying the
    other sheets are earlier months) is acceptable too; a May figure under June never is.
    """
    wb = openpyxl.Workbook()
    first = True
    for m, name in [(2, "1-2月"), (3, "3月"), (4, "4月"), (5, "5月"), (6, "6月")]:
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        _title(ws, f"测试县2026年1-{m}月规上工业企业产值", 9)
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "战新企业", "入规时间", "本月产值",
                        f"1-{m}月累计产值", "上年同期累计产值"])
        for i, (u, n, t, code, sei, ent, a_month, ly) in enumerate(ENT_MONTHLY, 4):
            month = a_month * 2 if m == 2 else a_month
            _put(ws, i, 1, [n, u, t, code, sei, ent, month, a_month * m, ly * m])
    path = folder / "2026年规上企业产值（1-6月）.xlsx"
    wb.save(path)
    return path


def ent_outline_collapsed_to_subtotals(folder: Path) -> Path:
    """统计局's return with Excel's 分级显示 (outline): the enterprises of each township grouped and the groups
    COLLAPSED, so the screen shows only ``东镇小计``, ``西镇小计`` and ``合计`` (the detail rows are hidden, level 1,
    summary rows below).  The clerk collapsed it to check the totals and saved it so.

    A reader (who clicks the ``+``) takes: 4 enterprises — 东方光伏 (东镇, 3825, 战新) 30,000 | 上年 25,000;
    东关饲料 (东镇, 1329) 20,000 | 22,000; 西岭建材 (西镇, 3021) 50,000 | 45,000; 西镇矿业 (西镇, 0610, 入规
    2024) 4,000 | 3,000.  1-6月 104,000 万元, 上年同期 95,000; the subtotals (50,000, 54,000) and the total are
    not enterprises.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _title(ws, "测试县2026年1-6月规上工业企业主要指标", 8)
    _put(ws, 2, 1, ["单位：万元"])
    _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "乡镇", "行业代码", "是否战新", "入规年份", "1-6月工业总产值",
                    "上年同期"])
    rows: list[tuple[list[Any], bool]] = [
        (["东方光伏科技有限公司", U[806], "东镇", "3825", "是", "2019", 30000, 25000], True),
        (["东关饲料有限公司", U[807], "东镇", "1329", "否", "2018", 20000, 22000], True),
        (["东镇小计", None, None, None, None, None, 50000, 47000], False),
        (["西岭建材有限公司", U[808], "西镇", "3021", "否", "2020", 50000, 45000], True),
        (["西镇矿业有限公司", U[809], "西镇", "0610", "否", "2024", 4000, 3000], True),
        (["西镇小计", None, None, None, None, None, 54000, 48000], False),
        (["合计", None, None, None, None, None, 104000, 95000], False),
    ]
    for r, (values, detail) in enumerate(rows, 4):
        _put(ws, r, 1, values)
        if detail:
            ws.row_dimensions[r].outlineLevel = 1
            ws.row_dimensions[r].hidden = True
    ws.sheet_properties.outlinePr.summaryBelow = True
    path = folder / "统计局6月规上企业（分级显示）.xlsx"
    wb.save(path)
    return path


def ent_first_and_correction(folder: Path) -> tuple[Path, Path]:
    """统计局's June return, then its correction the next day, ``…（更正）.xlsx``: 西岭建材's 1-6月 was 50,000 and
    is 52,000 in the correction (上年同期 45,000 both times); the other two rows unchanged (东方光伏 30,000 |
    25,000, 东关饲料 20,000 | 22,000).

    A reader takes, once both are in: the correction stands — 1-6月 102,000 万元, 上年同期 92,000; the first
    file is an older version, not a second return to add.
    """
    paths = []
    for label, west in [("", 50000), ("（更正）", 52000)]:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Sheet1"
        _title(ws, f"测试县2026年1-6月规上工业企业产值{label}", 8)
        _put(ws, 2, 1, ["报送单位：测试县统计局", None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, ["企业名称", "信用代码", "乡镇", "行业代码", "是否战新", "入规年月", "1-6月累计产值", "上年同期"])
        _put(ws, 4, 1, ["东方光伏科技有限公司", U[810], "东镇", "3825", "是", "2019-01", 30000, 25000])
        _put(ws, 5, 1, ["东关饲料有限公司", U[811], "东镇", "1329", "否", "2018-06", 20000, 22000])
        _put(ws, 6, 1, ["西岭建材有限公司", U[812], "西镇", "3021", "否", "2020-01", west, 45000])
        path = folder / f"测试县统计局2026年6月规上企业产值{label}.xlsx"
        wb.save(path)
        paths.append(path)
    return paths[0], paths[1]


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

def city_error_values_brackets_frozen(folder: Path) -> Path:
    """The city table as the county bureau keeps it, with formulas pasted as values from a broken sheet: 丙县's
    产值增速 is the error value ``#DIV/0!``, 乙县's 技改 上年同期 and 增速 are ``#REF!``; growth columns formatted
    ``0.0;(0.0)`` so a fall shows in brackets (测试县's 固投 −16.3 shows ``(16.3)``); panes frozen at B4.

    A reader takes: 测试县 产值 100,000 | 上年 92,000 | 8.7%, 增加值 6.5%, 固投 6,700 | 8,000 | −16.3%, 技改
    1,200 | 1,000 | 20%; 全市 630,000 | 580,000 | 8.6%, 增加值 6.0, 固投 −5.0, 技改 10.0; 甲县 增加值 7.2,
    乙县 5.1, 丙县 4.0 (测试县 2nd); 固投 growth 甲 3.0, 乙 −20.1, 丙 1.0 (测试县 3rd).  The three error cells
    are NOT figures: a person reads "no figure, the sheet broke" — read empty and said, or asked on the cell,
    never 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全市对比"
    _title(ws, "2026年1-6月全市各县区主要工业指标", 11)
    _put(ws, 2, 1, ["单位：万元、%"])
    _put(ws, 3, 1, ["县区", "规上工业总产值", "上年同期", "产值增速（%）", "增加值增速（%）", "工业固投", "固投上年同期",
                    "固投增速（%）", "技改投资", "技改上年同期", "技改增速（%）"])
    data = [
        ["全市", 630000, 580000, 8.6, 6.0, 40000, 42100, -5.0, 8000, 7273, 10.0],
        ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 200000, 180000, 11.1, 7.2, 12000, 11650, 3.0, 2500, 2300, 8.7],
        ["乙县", 150000, 140000, 7.1, 5.1, 9000, 11264, -20.1, 1800, "#REF!", "#REF!"],
        ["丙县", 180000, 168000, "#DIV/0!", 4.0, 12300, 12178, 1.0, 2500, 2000, 25.0],
    ]
    for r, row in enumerate(data, 4):
        _put(ws, r, 1, row)
        for c in (4, 5, 8, 11):
            ws.cell(r, c).number_format = "0.0;(0.0)"
    ws.freeze_panes = "B4"
    path = folder / "统计局_全市对比_2026年6月.xlsx"
    wb.save(path)
    return path


def city_platform_export_with_area_codes(folder: Path) -> Path:
    """The city bureau's 综合表 as its platform exports it: head lines ``表    号：市统综01表`` | ``制定机关：测试市
    统计局`` / ``2026年1-6月`` | ``计量单位：万元、%``; columns 地区 | 代码 (the GB/T 2260 area code) | 规上工业
    总产值 ▸ 本期 | 上年同期 | 增长% | 规上工业增加值增长% | 工业投资增长%, the column numbers 甲 乙 1 2 3 4 5
    under the header; 全市 first (610500), then the four counties with their codes.

    A reader takes: 全市 630,000 | 580,000 | 8.6, 增加值 6.0, 工业投资 −5.0; 测试县 (610599) 100,000 | 92,000 |
    8.7, 6.5, −16.3; 甲县 200,000 | 180,000 | 11.1, 7.2, 3.0; 乙县 150,000 | 140,000 | 7.1, 5.1, −20.1; 丙县
    180,000 | 168,000 | 7.1, 4.0, 1.0.  测试县 is 2nd for 增加值 and 3rd for 工业投资.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "市统综01表"
    _title(ws, "各县区规模以上工业主要指标", 7)
    _put(ws, 2, 1, ["表    号：市统综01表", None, None, None, None, "制定机关：测试市统计局"])
    _put(ws, 3, 1, ["2026年1-6月", None, None, None, None, "计量单位：万元、%"])
    for c, h in [(1, "地区"), (2, "代码"), (6, "规上工业增加值增长%"), (7, "工业投资增长%")]:
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(4, 3, "规上工业总产值")
    ws.merge_cells("C4:E4")
    _put(ws, 5, 3, ["本期", "上年同期", "增长%"])
    _put(ws, 6, 1, ["甲", "乙", 1, 2, 3, 4, 5])
    data = [["全市", "610500", 630000, 580000, 8.6, 6.0, -5.0],
            ["测试县", "610599", 100000, 92000, 8.7, 6.5, -16.3],
            ["甲县", "610521", 200000, 180000, 11.1, 7.2, 3.0],
            ["乙县", "610522", 150000, 140000, 7.1, 5.1, -20.1],
            ["丙县", "610523", 180000, 168000, 7.1, 4.0, 1.0]]
    for r, row in enumerate(data, 7):
        _put(ws, r, 1, row)
    path = folder / "市统综01表_2026年1-6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

FAI_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）", "年度计划投资（万元）",
            "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]


def fai_sheet(title: str, sender_line: str) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    _title(ws, title, len(FAI_HEAD) + 1)
    _put(ws, 2, 1, [sender_line])
    _put(ws, 3, 1, [*FAI_HEAD, "备注"])
    return wb, ws


def fai_two_versions_revised_named(folder: Path) -> tuple[Path, Path]:
    """西镇 sent its June return twice through the chat group and both were saved into the inbox: ``西镇6月工业
    投资报表.xlsx`` and ``西镇6月工业投资报表-修订版.xlsx``.  The copy from the chat left the 修订版 with the OLDER
    modification time.  Both list 西镇甲 (计划 8,000, 1-6月 800) and 西镇乙 (技改, 计划 3,000): 乙's 1-6月 is 400 in
    the first and 450 in the 修订版.

    A reader takes the 修订版: 1-6月 800 + 450 = 1,250 万元 (技改 450).  Asking which file stands is acceptable
    (the times say the opposite of the names); silently keeping 400 is not.
    """
    paths = []
    for label, b in [("", 400), ("-修订版", 450)]:
        wb, ws = fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
        _put(ws, 4, 1, [1, pcode(1), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150,
                        800])
        _put(ws, 5, 1, [2, pcode(2), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2),
                        "是", 100, b])
        path = folder / f"西镇6月工业投资报表{label}.xlsx"
        wb.save(path)
        paths.append(path)
    _age(paths[1], 3600)
    return paths[0], paths[1]


def fai_copies_named_one_and_plain(folder: Path) -> tuple[Path, Path]:
    """东镇's June return saved twice by the browser's download: ``东镇工业投资月报.xlsx`` and ``东镇工业投资月报(1).xlsx``,
    the ``(1)`` one downloaded later (newer) and different: 东镇甲's 1-6月 is 1,200 in the first and 1,260 in
    the ``(1)`` copy; 东镇乙 600 in both.

    A person cannot tell which the township meant (a second download is usually the corrected one, but not
    always): asking which stands, naming both files, is the right answer; taking the newer with a word that the
    other was set aside is acceptable; adding both (3,660) or silently keeping the older is not.
    """
    paths = []
    for label, a in [("", 1200), ("(1)", 1260)]:
        wb, ws = fai_sheet("东镇2026年1-6月工业投资项目月报", "填报单位：东镇")
        _put(ws, 4, 1, [1, pcode(3), "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, a])
        _put(ws, 5, 1, [2, pcode(4), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100,
                        600])
        path = folder / f"东镇工业投资月报{label}.xlsx"
        wb.save(path)
        paths.append(path)
    _age(paths[0], 600)
    return paths[0], paths[1]


def fai_name_says_may_title_says_june(folder: Path) -> Path:
    """西镇 copied last month's file and forgot to rename it: ``西镇5月份工业投资报表.xlsx``, but the title says
    ``西镇2026年1-6月工业固定资产投资项目进展情况``, the header ``1-6月累计完成投资`` and the footer
    ``填报日期：2026年7月6日``.

    A reader takes the content: 2026-06, 西镇甲 800 and 西镇乙 (技改) 450, 1,250 万元.  A question naming the
    disagreement is acceptable; the figures filed under May are not.
    """
    wb, ws = fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    _put(ws, 4, 1, [1, pcode(5), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150, 800])
    _put(ws, 5, 1, [2, pcode(6), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2), "是",
                    100, 450])
    _put(ws, 7, 1, ["填报人：刘某", None, None, "填报日期：2026年7月6日"])
    path = folder / "西镇5月份工业投资报表.xlsx"
    wb.save(path)
    return path


def fai_rows_split_over_two_lines(folder: Path) -> Path:
    """东镇's table where long project names did not fit: project 1's name runs on into the next row
    (``东镇年产5万吨高纯`` | figures, then a row with only ``硅料扩能项目（一期）`` under the name); project 2's name
    stands alone on its row, 序号 ``2`` merged over both rows, and its code and figures on the row below; project
    3 is on one row.

    A reader takes 3 projects: 东镇年产5万吨高纯硅料扩能项目（一期） (扩建, 计划 10,000, 1-6月 1,200), 东镇乙包装材料
    技术改造项目 (改建和技术改造, 技改, 计划 3,000, 1-6月 600), 东镇丙仓储项目 (新建, 计划 2,000, 1-6月 300, 纳统) — 2,100
    万元, 技改 600.
    """
    wb, ws = fai_sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(7), "东镇年产5万吨高纯", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, 1200])
    _put(ws, 5, 3, ["硅料扩能项目（一期）"])
    _put(ws, 6, 1, [2, None, "东镇乙包装材料技术改造项目"])
    ws.merge_cells("A6:A7")
    _put(ws, 7, 2, [pcode(8), None, "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100, 600])
    _put(ws, 8, 1, [3, pcode(9), "东镇丙仓储项目", "新建", "否", "否", 2000, 800, "是", D(2026, 5, 6), "是", 100, 300])
    for r in range(4, 9):
        ws.cell(r, 3).alignment = Alignment(wrap_text=True)
    path = folder / "东镇_工业投资项目_2026年6月.xlsx"
    wb.save(path)
    return path


def fai_serials_with_gaps_groups_and_sub_rows(folder: Path) -> Path:
    """西镇's table grouped by the clerk: a heading row ``一、续建项目`` (merged across), projects 1, 2 and 4 (3 was
    deleted last month, the numbers kept), ``二、新建项目``, project 5 (园区基础设施, 计划 2,000, 1-6月 900) with two
    sub-rows under it, 序号 ``5-1`` ``其中：道路工程`` (1-6月 600) and ``5-2`` ``其中：管网工程`` (300) — no code,
    no flags: a breakdown of project 5, not projects.

    A reader takes 4 projects: 1 西镇甲 (计划 8,000, 1-6月 800), 2 西镇乙 (技改, 3,000, 450), 4 西镇丁 (扩建, 1,500,
    200), 5 西镇园区基础设施 (新建, 2,000, 900): 工业固投 2,350 万元, 技改 450.  Never 2,350 + 900.
    """
    wb, ws = fai_sheet("西镇2026年1-6月工业投资项目进度表", "填报单位：西镇")
    _put(ws, 4, 1, ["一、续建项目"])
    ws.merge_cells("A4:N4")
    _put(ws, 5, 1, [1, pcode(10), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2025, 9, 1), "是", 150, 800])
    _put(ws, 6, 1, [2, pcode(11), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2025, 11, 2), "是",
                    100, 450])
    _put(ws, 7, 1, [4, pcode(12), "西镇丁砖厂扩建项目", "扩建", "否", "否", 1500, 600, "是", D(2025, 10, 8), "是", 50, 200])
    _put(ws, 8, 1, ["二、新建项目"])
    ws.merge_cells("A8:N8")
    _put(ws, 9, 1, [5, pcode(13), "西镇园区基础设施项目", "新建", "否", "是", 2000, 1500, "是", D(2026, 3, 20), "是", 300, 900])
    _put(ws, 10, 1, ["5-1", None, "其中：道路工程", None, None, None, 1200, 900, None, None, None, 200, 600])
    _put(ws, 11, 1, ["5-2", None, "其中：管网工程", None, None, None, 800, 600, None, None, None, 100, 300])
    path = folder / "西镇2026年6月工业投资项目.xlsx"
    wb.save(path)
    return path


def fai_notes_comments_rich_text_and_invisible_spaces(folder: Path, zero_width: bool = True) -> Path:
    """东镇's table as a careful clerk annotates it: 备注 holding figures (``其中设备投资300万元``, ``本月完成投资含
    上月未报200万元``), a 批注 on 甲's 1-6月 cell (``此数为预估，待统计局核实``), 乙's name in rich text (``东镇乙``
    bold red, ``包装技改项目`` plain), a non-breaking space inside 丙's name (``东镇丙\xa0仓储项目``), 丙's 1-6月
    typed as text with a non-breaking space as thousands separator (``1\xa0500``), and a zero-width space
    pasted before 乙's 1-6月 (``\u200b600``) and after 甲's code.

    A reader takes 3 projects: 甲 (扩建, 计划 10,000, 1-6月 1,200 — an estimate, said in the comment), 乙 东镇乙包装
    技改项目 (技改, 600), 丙 东镇丙 仓储项目 (1,500): 3,300 万元, 技改 600.  The notes' 300 and 200 are not figures of
    any column.  ``zero_width=False``: the same return without the two zero-width spaces.
    """
    zw = "\u200b" if zero_width else ""
    wb, ws = fai_sheet("东镇2026年1-6月工业固定资产投资项目月报", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(14) + zw, "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200,
                    1200, "其中设备投资300万元"])
    ws.cell(4, 13).comment = Comment("此数为预估，待统计局核实", "王东")
    rich = CellRichText(TextBlock(InlineFont(b=True, color="FFFF0000"), "东镇乙"), "包装技改项目")
    _put(ws, 5, 1, [2, pcode(15), None, "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 300,
                    f"{zw}600", "本月完成投资含上月未报200万元"])
    ws.cell(5, 3).value = rich
    _put(ws, 6, 1, [3, pcode(16), "东镇丙\u00a0仓储项目", "新建", "否", "否", 5000, 2000, "是", D(2026, 2, 20), "是", 500,
                    "1\u00a0500"])
    path = folder / "东镇6月投资月报（含备注）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

def cultivation_filtered_frozen_with_a_turned_count_beside(folder: Path) -> Path:
    """工信局's ledger as the clerk last looked at it: an autofilter on 培育状态 showing only ``已认定`` (the three
    other rows are hidden by the filter), panes frozen under the header, and beside the ledger (after a blank
    column) a small turned count: ``类型`` | 拟入规 | 高新技术企业 | 科技型中小企业 over ``户数`` | 2 | 2 | 1.

    A reader takes 5 rows (a filter hides rows, it does not remove them): 东镇新材 拟入规 培育中 (奖补 —),
    西镇农品 拟入规 已入库 2026-05-20, 东镇光电 高新技术企业 已认定 2026-03-15 (奖补 20), 西镇机械 高新技术企业 已认定
    2026-04-10 (奖补 20), 东镇软件 科技型中小企业 申报中 2026-05-08.  The count beside is not a ledger row.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "测试县2026年重点企业培育台账（截至6月底）", 8)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金（万元）"])
    rows: list[list[Any]] = [["东镇新材料有限公司", U[813], "东镇", "拟入规", "培育中", None, "张副县长", None],
            ["西镇农产品加工有限公司", U[814], "西镇", "拟入规", "已入库", D(2026, 5, 20), "李副县长", None],
            ["东镇光电科技有限公司", U[815], "东镇", "高新技术企业", "已认定", D(2026, 3, 15), "张副县长", 20],
            ["西镇机械制造有限公司", U[816], "西镇", "高新技术企业", "已认定", D(2026, 4, 10), "李副县长", 20],
            ["东镇软件信息有限公司", U[817], "东镇", "科技型中小企业", "申报中", D(2026, 5, 8), "王局长", None]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
        if row[4] != "已认定":
            ws.row_dimensions[r].hidden = True
    ws.auto_filter.ref = "A3:H8"
    ws.auto_filter.add_filter_column(4, ["已认定"])
    ws.freeze_panes = "A4"
    _put(ws, 3, 10, ["类型", "拟入规", "高新技术企业", "科技型中小企业"])
    _put(ws, 4, 10, ["户数", 2, 2, 1])
    path = folder / "工信局_企业培育台账_2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账 (招商局)
# ---------------------------------------------------------------------------------------------

def attraction_text_serial_dates_and_a_rate_column(folder: Path) -> Path:
    """招商局's ledger pasted from a colleague's sheet through a chat app: the dates came across as the numbers
    Excel keeps behind them, stored as TEXT (``'46082``, the green triangle): 签约日期 and 落户日期 read ``46082``
    (= 2026-03-01), ``46113`` (= 2026-04-01), ``46174`` (= 2026-06-01); an extra column 到位率 typed ``85%``,
    ``40%`` (the clerk's own, no form column); 进展情况 in rich text (the date part bold).

    A reader who knows Excel takes: 3 projects — 光伏组件 (光伏新能源, 东镇, 开工: 签约 2026-03-01, 落户 2026-04-01,
    开工 2026-06-01, 总投资 50,000, 到位 20,000), 饲料深加工 (涉农加工, 西镇, 签约: 签约 2026-04-01, 总投资 8,000, 到位
    0), 新型墙材 (新型建材, 西镇, 落户: 签约 2026-03-01, 落户 2026-06-01, 总投资 12,000, 到位 3,000) — 到位 23,000
    万元.  A question on each text serial (is 46082 a date?) is acceptable; a wrong date is not.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "测试县2026年1-6月招商引资项目台账", 11)
    _put(ws, 2, 1, ["填报单位：县招商局", None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期", "总投资",
                    "本年到位资金", "到位率", "进展情况"])
    s = {d: str(serial(d)) for d in (D(2026, 3, 1), D(2026, 4, 1), D(2026, 6, 1))}
    _put(ws, 4, 1, ["光伏组件项目", "某光伏集团", "光伏新能源", "东镇", "开工", s[D(2026, 3, 1)], s[D(2026, 4, 1)],
                    s[D(2026, 6, 1)], 50000, 20000, "40%"])
    _put(ws, 5, 1, ["饲料深加工项目", "某农牧公司", "涉农加工", "西镇", "签约", s[D(2026, 4, 1)], None, None, 8000, 0, "0%"])
    _put(ws, 6, 1, ["新型墙材项目", "某建材公司", "新型建材", "西镇", "落户", s[D(2026, 3, 1)], s[D(2026, 6, 1)], None, 12000,
                    3000, "25%"])
    ws.cell(4, 12).value = CellRichText(TextBlock(InlineFont(b=True), "6月1日"), "举行开工仪式，设备进场")
    ws.cell(6, 12).value = CellRichText("厂房平整中，", TextBlock(InlineFont(color="FFFF0000"), "需协调用电"))
    path = folder / "招商局6月台账.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局, 财政局)
# ---------------------------------------------------------------------------------------------

def factors_land_a_sheet_per_month(folder: Path) -> Path:
    """自然资源局 keeps the year's land supply as a sheet per month — ``1月`` … ``6月`` — each listing only the
    parcels supplied THAT month under its own title ``2026年X月工业用地供应情况`` (1月, 4月 and 5月: header only,
    no parcel), and sends the whole workbook in July as its 1-6月 return.

    A reader takes the year's ledger, 1-6月: 3 parcels — 2026-02-18 东镇 DZ2026-01 30 亩 (成交价 900), 2026-03-25
    西镇 XZ2026-02 20 亩 (600), 2026-06-12 东镇 DZ2026-03 15.5 亩 (465): 3 宗, 65.5 亩.  June alone (1 宗, 15.5
    亩) is not the 1-6月 figure.
    """
    wb = openpyxl.Workbook()
    parcels = {2: [D(2026, 2, 18), "东镇光伏产业园地块", "DZ2026-01", "东镇", 30, 900],
               3: [D(2026, 3, 25), "西镇建材园地块", "XZ2026-02", "西镇", 20, 600],
               6: [D(2026, 6, 12), "东镇硅材料地块", "DZ2026-03", "东镇", 15.5, 465]}
    for m in range(1, 7):
        ws = wb.active if m == 1 else wb.create_sheet()
        ws.title = f"{m}月"
        _title(ws, f"2026年{m}月工业用地供应情况", 7)
        _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, "面积：亩  金额：万元"])
        _put(ws, 3, 1, ["供地日期", "地块名称", "电子监管号", "所在乡镇", "面积（亩）", "成交价款（万元）", "备注"])
        if m in parcels:
            _put(ws, 4, 1, parcels[m])
    path = folder / "自然资源局2026年工业用地供应（1-6月）.xlsx"
    wb.save(path)
    return path


def factors_funds_ref_error_and_formula_total(folder: Path) -> Path:
    """财政局's fund ledger: 事项 | 日期 | 摘要 | 金额（万元） | 所属季度, the second 拨付 row's amount is ``#REF!`` (the
    clerk deleted the sheet it pointed at), and the 合计 row is ``=SUM(D4:D8)`` saved without its result.

    A reader takes: 上划市工业倍增发展基金 120 (2026-03-28, Q1) and 150 (2026-06-26, Q2), 工业发展资金筹集 500
    (2026-02-10), 工业发展资金拨付 300 (2026-04-15) and a second 拨付 on 2026-06-20 whose amount the file does not
    hold — a person must ask 财政局 for it (naming D8); the 合计 is not an entry.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金"
    _title(ws, "测试县2026年1-6月工业发展资金情况", 5)
    _put(ws, 2, 1, ["填报单位：县财政局", None, None, "单位：万元"])
    _put(ws, 3, 1, ["事项", "日期", "摘要", "金额（万元）", "所属季度"])
    _put(ws, 4, 1, ["上划市工业倍增发展基金", D(2026, 3, 28), "一季度上划", 120, 1])
    _put(ws, 5, 1, ["上划市工业倍增发展基金", D(2026, 6, 26), "二季度上划", 150, 2])
    _put(ws, 6, 1, ["工业发展资金筹集", D(2026, 2, 10), "县级预算安排", 500])
    _put(ws, 7, 1, ["工业发展资金拨付", D(2026, 4, 15), "技改奖补第一批", 300])
    _put(ws, 8, 1, ["工业发展资金拨付", D(2026, 6, 20), "技改奖补第二批", "#REF!"])
    _put(ws, 9, 1, ["合计", None, None, "=SUM(D4:D8)"])
    path = folder / "财政局_工业资金_2026年1-6月.xlsx"
    wb.save(path)
    return path


def factors_land_rows_split_name_then_figures(folder: Path) -> Path:
    """自然资源局's land list typed like a register: each parcel on two lines — the first with 序号, the parcel's
    name and its 电子监管号, the second (序号 merged over both) with 日期, 乡镇, 面积 and 成交价.

    A reader takes 2 parcels: 东镇光伏产业园地块 DZ2026-11, 2026-03-05, 东镇, 25 亩, 750 万元; 西镇建材园地块 XZ2026-12,
    2026-05-18, 西镇, 12.5 亩, 375 万元 — 2 宗, 37.5 亩.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应台账", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["序号", "地块名称", "电子监管号", "供地日期", "所在乡镇", "面积（亩）", "成交价款（万元）"])
    _put(ws, 4, 1, [1, "东镇光伏产业园地块", "DZ2026-11"])
    _put(ws, 5, 4, [D(2026, 3, 5), "东镇", 25, 750])
    _put(ws, 6, 1, [2, "西镇建材园地块", "XZ2026-12"])
    _put(ws, 7, 4, [D(2026, 5, 18), "西镇", 12.5, 375])
    ws.merge_cells("A4:A5")
    ws.merge_cells("A6:A7")
    path = folder / "自然资源局供地台账6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业倍增计划目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_quarters_as_formulas_without_results(folder: Path) -> Path:
    """工信局's targets where the quarterly split is worked out by formulas: 一季度 ``=C4*0.2``, 上半年 ``=C4*0.45``,
    前三季度 ``=C4*0.7``, 全年 ``=C4`` — saved by a program that never calculates, so the file holds the formulas
    and no results.  In Excel a person sees 4.8 | 10.8 | 16.8 | 24 for 规上工业总产值 (24 亿元).

    A reader takes: 2026 targets — 规上工业总产值 24 亿元 (split 4.8 | 10.8 | 16.8 | 24), 规上工业增加值增速 8%,
    工业固投增速 10%; the rates' split cells are blank.  beizeng cannot calculate: asking on each formula cell of
    the split (D4:G4) is the acceptable answer; a split silently dropped (序时进度 by N/12 = 12 亿元 instead of
    10.8) is wrong.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增计划目标任务分解", 7)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["指标名称", "单位", "年度目标", "一季度", "上半年", "前三季度", "全年"])
    _put(ws, 4, 1, ["规上工业总产值", "亿元", 24, "=C4*0.2", "=C4*0.45", "=C4*0.7", "=C4"])
    _put(ws, 5, 1, ["规上工业增加值增速", "%", 8])
    _put(ws, 6, 1, ["工业固定资产投资增速", "%", 10])
    path = folder / "工信局2026年目标任务分解.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 重点工作进展情况 (工信局)
# ---------------------------------------------------------------------------------------------

def progress_invisible_spaces_rich_text_and_an_error(folder: Path, zero_width: bool = True) -> Path:
    """工信局's progress notes pasted from a web page and a Word file: 章节 ``6\u200b①`` (a zero-width space between),
    ``二\xa01`` (a non-breaking space); the 进展情况 of 6① in rich text (the figure bold), a 批注 on its 完成进度
    (``按投资额计``), and 6②'s 完成进度 the error value ``#DIV/0!`` (its formula divided by an empty plan).

    A reader takes 3 items: 6① 标准化厂房建设提速, text ``标准化厂房已建成12万平方米，二期主体完工。``, 完成进度 85%;
    6② 园区污水处理厂 (``管网铺设过半。``, 完成进度 unknown — read empty and said, or asked on E5, never 0); 二1
    要素保障不足 (``用地指标紧张。``, no progress figure).  ``zero_width=False``: 章节 typed ``6①`` plainly.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进展"
    _title(ws, "测试县工业倍增计划重点工作进展情况（2026年1-6月）", 5)
    _put(ws, 2, 1, ["报送单位：县工信局"])
    _put(ws, 3, 1, ["章节", "标题", "进展情况", "数字指标", "完成进度（%）"])
    _put(ws, 4, 1, ["6\u200b①" if zero_width else "6①", "标准化厂房建设提速", None, "标准化厂房建设总体进度", 85])
    ws.cell(4, 3).value = CellRichText("标准化厂房已建成", TextBlock(InlineFont(b=True), "12万平方米"), "，二期主体完工。")
    ws.cell(4, 5).comment = Comment("按投资额计", "工信局")
    _put(ws, 5, 1, ["6②", "园区污水处理厂", "管网铺设过半。", "污水处理厂进度", "#DIV/0!"])
    _put(ws, 6, 1, ["二\u00a01", "要素保障不足", "用地指标紧张。"])
    path = folder / "工信局重点工作进展6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# More of the same hostile kind: a partial correction, a Mac workbook, a row hidden by hand
# ---------------------------------------------------------------------------------------------

def ent_correction_of_one_row_only(folder: Path) -> tuple[Path, Path]:
    """统计局's June return (3 enterprises: 东方光伏 30,000 | 25,000, 东关饲料 20,000 | 22,000, 西岭建材 50,000 |
    45,000), then a correction that lists ONLY the row it corrects: title ``测试县2026年1-6月规上工业企业产值（更正）``,
    a line ``说明：仅更正西岭建材有限公司一户数据，其余企业不变。`` and one row, 西岭建材 52,000 | 45,000.

    A reader takes, once both are in: 3 enterprises, 1-6月 30,000 + 20,000 + 52,000 = 102,000 万元.  Asking
    whether the correction is the whole return is acceptable; 52,000 alone as the county's output is not.
    """
    paths = []
    for label, rows in [("", [("东方光伏科技有限公司", U[818], "东镇", "3825", "是", 30000, 25000),
                              ("东关饲料有限公司", U[819], "东镇", "1329", "否", 20000, 22000),
                              ("西岭建材有限公司", U[820], "西镇", "3021", "否", 50000, 45000)]),
                        ("（更正）", [("西岭建材有限公司", U[820], "西镇", "3021", "否", 52000, 45000)])]:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Sheet1"
        _title(ws, f"测试县2026年1-6月规上工业企业产值{label}", 7)
        line = "说明：仅更正西岭建材有限公司一户数据，其余企业不变。" if label else "填报单位：县统计局"
        _put(ws, 2, 1, [line, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "乡镇", "行业代码", "是否战新", "1-6月累计产值", "上年同期"])
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, list(row))
        path = folder / f"统计局2026年6月规上产值{label}.xlsx"
        wb.save(path)
        paths.append(path)
    return paths[0], paths[1]


def fai_mac_workbook_1904_dates(folder: Path) -> Path:
    """东镇's return saved on a Mac with Excel's 1904 date system (工作簿选项「使用1904日期系统」): the dates are real
    date cells, shown 2026-03-01, 2026-04-15 and 2025-11-20, but the numbers behind them count from 1904-01-01.

    A reader sees and takes: 甲 开工 2026-03-01 (1-6月 1,200), 乙 (技改) 开工 2026-04-15 (600), 丙 开工 2025-11-20
    (300): two projects started this year.
    """
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "项目表"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目月报", len(FAI_HEAD))
    _put(ws, 2, 1, ["填报单位：东镇人民政府"])
    _put(ws, 3, 1, FAI_HEAD)
    _put(ws, 4, 1, [1, pcode(21), "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, 1200])
    _put(ws, 5, 1, [2, pcode(22), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 15), "是", 100,
                    600])
    _put(ws, 6, 1, [3, pcode(23), "东镇丙仓储项目", "新建", "否", "是", 2000, 800, "是", D(2025, 11, 20), "是", 50, 300])
    for r in (4, 5, 6):
        ws.cell(r, 10).number_format = "yyyy-mm-dd"
    path = folder / "东镇6月投资月报（Mac）.xlsx"
    wb.save(path)
    return path


def fai_row_hidden_by_hand(folder: Path) -> Path:
    """西镇's return where the clerk HID row 5 by hand (右键 → 隐藏; no filter, no outline): 西镇乙, a project the
    township no longer wants counted (停建, 1-6月 450) — or forgot it was hidden.  On screen and on paper the
    return shows 西镇甲 (800) and 西镇丙 (200) only.

    A person cannot tell which the township means: reading all three (1,450) with a word naming row 5, or asking
    about row 5, is acceptable; counting the hidden 450 in silence is not.
    """
    wb, ws = fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    _put(ws, 4, 1, [1, pcode(24), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150, 800])
    _put(ws, 5, 1, [2, pcode(25), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2), "是",
                    0, 450, "停建"])
    _put(ws, 6, 1, [3, pcode(26), "西镇丙砖厂扩建项目", "扩建", "否", "否", 1500, 600, "是", D(2026, 5, 8), "是", 50, 200])
    ws.row_dimensions[5].hidden = True
    path = folder / "西镇6月工业投资（隐藏一行）.xlsx"
    wb.save(path)
    return path
