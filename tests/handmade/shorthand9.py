"""Hand-made returns, round 9: headers written in the field's shorthand (issue 11).

Clerks head their columns the way a statistician speaks: 技改 for 技术改造投资, 固投 for 固定资产投资, 入统 / 纳统 /
入规 for entering the statistics database, 规模以上 spelled out or 规上, 主营收入, 当月, 同期, 增幅 … — one table
of the field's shorthand (beizeng.intake.shorthand) reads them for every form.  And the look-alikes that are
NOT the same (增加值 beside 产值, 技改 beside 固投, 工业销售产值 beside 工业总产值, 投产年月 beside 入统年月) must
each stay their own column.

Each maker's docstring says what a person reading the return takes from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import save as _save
from tests.scenarios import uscc

U = {n: uscc(n) for n in range(900, 912)}
D = dt.date

#: The city table's figures (万元, %), as fresh8's: 县区, 产值 1-6月 | 上年同期 | 增速, 增加值增速, 固投 1-6月 | 上年同期 |
#: 增速, 技改 1-6月 | 上年同期 | 增速.
CITY = [
    ["全市", 630000, 580000, 8.6, 6.0, 40000, 42100, -5.0, 8000, 7273, 10.0],
    ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
    ["甲县", 200000, 180000, 11.1, 7.2, 12000, 11650, 3.0, 2500, 2300, 8.7],
    ["乙县", 150000, 140000, 7.1, 5.1, 9000, 11264, -20.1, 1800, 1650, 9.1],
    ["丙县", 180000, 168000, 7.1, 4.0, 12300, 12178, 1.0, 2500, 2000, 25.0],
]


def pcode(n: int) -> str:
    """A project code as the approval platform issues it (series 9xx: none of the other makers')."""
    return f"2601-610599-04-01-{900 + n:06d}"


def _sheet(name: str, *title: str) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = name
    for line in title:
        ws.append([line])
    return wb, ws


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

def city_shorthand_two_row(folder: Path) -> Path:
    """The county bureau's city table with a two-row header in its own shorthand: 县区 | 产值 ▸ 1-6月 | 同期 | 增幅
    (%) | 增加值增速（%） | 固投 ▸ 1-6月 | 同期 | 增幅（%） | 技改 ▸ 1-6月 | 同期 | 增幅（%）.

    A reader takes the CITY figures: each 同期 is its parent's last year (产值 92,000, 固投 8,000, 技改 1,000 for
    测试县), each 增幅 its parent's growth; 增加值 is not 产值.  测试县 is 2nd in the city for 增加值, 3rd for 固投.
    """
    wb, ws = _sheet("全市对比", "2026年1-6月全市各县区主要工业指标", "单位：万元、%")
    ws.cell(3, 1, "县区")
    ws.merge_cells("A3:A4")
    ws.cell(3, 5, "增加值增速（%）")
    ws.merge_cells("E3:E4")
    for parent, col in (("产值", 2), ("固投", 6), ("技改", 9)):
        ws.cell(3, col, parent)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
    for col, child in zip((2, 3, 4, 6, 7, 8, 9, 10, 11), ["1-6月", "同期", "增幅（%）"] * 3, strict=True):
        ws.cell(4, col, child)
    for r, row in enumerate(CITY, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    return _save(wb, folder / "统计局_2026年6月_全市对比（简称）.xlsx")


def city_spelled_out_one_row(folder: Path) -> Path:
    """The same table with every word spelled out, as a new clerk types it: 县区 | 规模以上工业总产值 |
    去年同期总产值 | 总产值同比（%） | 规模以上工业增加值同比（%） | 固定资产投资 | 固定资产投资去年同期 | 固定资产投资
    增长（%） | 技术改造 | 技术改造去年同期 | 技术改造增长（%）.

    A reader takes the CITY figures, column for column (技术改造 is the 技改 investment, never 固投).
    """
    wb, ws = _sheet("对比", "全市各县区主要工业指标对比（2026年1-6月）", "单位：万元、%")
    ws.append(["县区", "规模以上工业总产值", "去年同期总产值", "总产值同比（%）", "规模以上工业增加值同比（%）",
               "固定资产投资", "固定资产投资去年同期", "固定资产投资增长（%）", "技术改造", "技术改造去年同期",
               "技术改造增长（%）"])
    for row in CITY:
        ws.append(row)
    return _save(wb, folder / "统计局_全市对比_2026-06.xlsx")


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def ent_shorthand_with_commissioning_month(folder: Path) -> Path:
    """统计局's June return in the clerk's words: 单位名称 | 信用代码 | 乡镇 | 行业代码 | 是否战新 | 纳统年月 |
    投产年月 | 当月产值 | 1-6月产值 | 同期产值 | 主营收入 (万元).  投产年月 (when the plant started producing) stands
    beside 纳统年月 (when the enterprise entered the 规上 database): two different months.

    A reader takes: 3 enterprises, entered 2026-02 / 2019-05 / 2021-09 (never the 投产 months 2025-10 / 2018-03 /
    2021-01); 本月 800 / 2,000 / 1,500; 1-6月 4,000 / 12,000 / 9,000 (2.5 亿元); 上年同期 0 / 11,000 / 8,000;
    主营收入 4,200 / 12,500 / 9,300.  One enterprise entered this year: 今年新增规上工业企业 1.
    """
    wb, ws = _sheet("6月", "2026年6月规上工业企业生产情况", "单位：万元")
    ws.append(["单位名称", "信用代码", "乡镇", "行业代码", "是否战新", "纳统年月", "投产年月", "当月产值", "1-6月产值",
               "同期产值", "主营收入"])
    ws.append(["东镇新能电池有限公司", U[900], "东镇", "3841", "是", "2026-02", "2025-10", 800, 4000, 0, 4200])
    ws.append(["西镇粮油有限公司", U[901], "西镇", "1331", "否", "2019-05", "2018-03", 2000, 12000, 11000, 12500])
    ws.append(["东镇包装材料有限公司", U[902], "东镇", "2231", "否", "2021-09", "2021-01", 1500, 9000, 8000, 9300])
    return _save(wb, folder / "统计局2026年6月规上企业.xlsx")


def ent_sales_output_beside_gross_output(folder: Path) -> Path:
    """A return that gives the enterprises' 工业销售产值 and 出口交货值 beside their 工业总产值: 企业名称 | 统一社会信用代码
    | 所属乡镇 | 行业代码 | 是否战略性新兴产业 | 入统时间 | 本月工业总产值 | 工业销售产值（1-6月） | 累计工业总产值 |
    出口交货值 | 去年同期 | 营收 (万元).

    A reader takes the 工业总产值 columns, never the sales or export ones: 本月 1,000 / 3,000; 1-6月 6,000 /
    18,000 (sales 5,800 / 17,500 and export 0 / 2,000 are not read); 上年同期 5,000 / 16,000; 营业收入 6,300 /
    18,800; 入统 2017-12 and 2022-06.
    """
    wb, ws = _sheet("规上企业", "测试县2026年1-6月规模以上工业企业产值", "单位：万元")
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入统时间", "本月工业总产值",
               "工业销售产值（1-6月）", "累计工业总产值", "出口交货值", "去年同期", "营收"])
    ws.append(["西镇机械有限公司", U[905], "西镇", "3451", "否", "2017-12", 1000, 5800, 6000, 0, 5000, 6300])
    ws.append(["东镇电子有限公司", U[906], "东镇", "3982", "是", "2022-06", 3000, 17500, 18000, 2000, 16000, 18800])
    return _save(wb, folder / "统计局_规上企业_2026年6月.xlsx")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (a township)
# ---------------------------------------------------------------------------------------------

def fai_shorthand_flags(folder: Path) -> Path:
    """西镇's project table with its clerk's flags: 项目代码 | 项目名称 | 建设性质 | 是否技术改造 | 是否重点 | 总投资 |
    年度计划 | 开工情况 | 开工时间 | 入统情况 | 当月完成 | 1-6月完成投资 (万元).

    A reader takes: 西镇, 2026-06, 3 projects: 技改 是/否/是, 入统 是/是/否, 1-6月 3,000 / 1,200 / 0 (4,200 万元);
    本月 500 / 200 / 0.  In statistics 4,200 万元 (固投 0.42 亿元), of it 技改 3,000.
    """
    wb, ws = _sheet("项目", "西镇2026年1-6月工业项目进展表", "填报单位：西镇人民政府", "单位：万元")
    ws.append(["项目代码", "项目名称", "建设性质", "是否技术改造", "是否重点", "总投资", "年度计划", "开工情况",
               "开工时间", "入统情况", "当月完成", "1-6月完成投资"])
    ws.append([pcode(1), "西镇水泥粉磨站技改项目", "改建和技术改造", "是", "是", 8000, 4000, "是", D(2026, 2, 20), "是",
               500, 3000])
    ws.append([pcode(2), "西镇冷链物流项目", "新建", "否", "是", 6000, 2000, "是", D(2026, 4, 1), "是", 200, 1200])
    ws.append([pcode(3), "西镇砖厂设备更新项目", "改建和技术改造", "是", "否", 900, 900, "否", None, "否", 0, 0])
    return _save(wb, folder / "西镇_2026年6月_项目表.xlsx")


def fai_in_database_spelled_out(folder: Path) -> Path:
    """东镇's table saying entering the database at length: 项目编码 | 项目 | 是否技改 | 倍增重点项目 | 计划总投资 |
    是否开工 | 开工日期 | 是否已纳入统计库 | 本月完成投资 | 累计完成投资.

    A reader takes: 东镇, 2026-06, 2 projects, both 纳统 (是) and 1 技改; 1-6月 2,500 + 700 = 3,200 万元.
    """
    wb, ws = _sheet("Sheet1", "东镇2026年6月工业固定资产投资项目月报", "单位：万元")
    ws.append(["项目编码", "项目", "是否技改", "倍增重点项目", "计划总投资", "是否开工", "开工日期", "是否已纳入统计库",
               "本月完成投资", "累计完成投资"])
    ws.append([pcode(5), "东镇光伏支架项目", "否", "是", 5000, "是", D(2026, 3, 5), "是", 400, 2500])
    ws.append([pcode(6), "东镇纺织设备技改项目", "是", "是", 2000, "是", D(2026, 5, 8), "是", 300, 700])
    return _save(wb, folder / "东镇2026年6月项目月报.xlsx")


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

def cultivation_entry_date_headed_rugui(folder: Path) -> Path:
    """工信局's 拟入规 ledger whose date column says what the date is: 企业名称 | 统一社会信用代码 | 所在镇 | 培育类型 |
    目前状态 | 入规时间 | 包联领导.

    A reader takes: 3 rows, 拟入规; 已入库 on 2026-03-15, 申报中 since 2026-05-20, 培育中 without a date.
    """
    wb, ws = _sheet("拟入规", "2026年拟入规企业培育台账（截至6月底）", "填报单位：县工信局")
    ws.append(["企业名称", "统一社会信用代码", "所在镇", "培育类型", "目前状态", "入规时间", "包联领导"])
    ws.append(["东镇新能电池有限公司", U[900], "东镇", "拟入规", "已入库", D(2026, 3, 15), "张副县长"])
    ws.append(["西镇石材加工有限公司", U[908], "西镇", "拟入规", "申报中", D(2026, 5, 20), "李局长"])
    ws.append(["东镇塑料制品有限公司", U[909], "东镇", "拟入规", "培育中", None, None])
    return _save(wb, folder / "工信局拟入规企业台账6月.xlsx")
