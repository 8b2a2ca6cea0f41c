"""Hand-made returns without a flag column a figure counts by (round 9): the count is not known (未报), not 0.

A clerk who keeps last year's layout, or drops a column of 是/否 he has no use for, says nothing of which
enterprises are 战新 or which projects are 重点 or 开工; a person reading it does not count 0 of them.  A flag
column that is there with every cell 否 or blank does say "none".  Each maker's docstring says what a reader
takes from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.handmade.make import E1, E2, E3, pcode

D = dt.date


def ent_without_sei_column(folder: Path) -> Path:
    """统计局's monthly return in last year's layout: no 战略性新兴产业 column at all.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 30,000 + 20,000 + 50,000 = 100,000 万元 (10 亿元);
    which of them are 战新 not reported (未报): 战新 count, output and share unknown, not 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "测试县2026年6月规上工业企业生产月报"
    ws["A2"] = "填报单位：县统计局"
    ws["H2"] = "单位：万元"
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "入规年月", "本月工业总产值",
               "1-6月累计工业总产值", "上年同期累计"])
    for r in (["东方光伏科技有限公司", E1, "东镇", "3825", "2019-05", 5000, 30000, 25000],
              ["东关饲料有限公司", E2, "东关镇", "1329", "2018-01", 3300, 20000, 22000],
              ["西岭建材有限公司", E3, "西镇", "3021", "2020-12", 8000, 50000, 45000]):
        ws.append(r)
    path = folder / "县统计局规上工业报表6月.xlsx"
    wb.save(path)
    return path


def ent_without_sei_column_wps_two_row_header(folder: Path) -> Path:
    """The same return made in WPS with a two-row header (累计 over 本年 / 上年同期) and no 战新 column.

    A reader takes: 2026-06, 3 enterprises, 100,000 万元; 战新 not reported (未报).
    """
    path = folder / "规上企业产值月报（2026年6月）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "测试县规上工业企业产值月报（2026年1-6月）")
    ws.write(1, 0, "报送单位：县统计局")
    ws.write(1, 6, "计量单位：万元")
    ws.write_row(2, 0, ["企业名称", "社会信用代码", "乡镇", "本月产值", "1-6月累计工业总产值", "", "营业收入"])
    ws.write_row(3, 0, ["", "", "", "", "本年", "上年同期", ""])
    for i, r in enumerate((["东方光伏科技有限公司", E1, "东镇", 5000, 30000, 25000, 33000],
                           ["东关饲料有限公司", E2, "东关镇", 3300, 20000, 22000, 21000],
                           ["西岭建材有限公司", E3, "西镇", 8000, 50000, 45000, 52000]), 4):
        ws.write_row(i, 0, r)
    wb.close()
    return path


def ent_sei_column_all_no(folder: Path) -> Path:
    """The same return with its 是否战新 column there, 否 or blank in every row: none of them is 战新.

    A reader takes: 2026-06, 3 enterprises, 100,000 万元; 战新 0 enterprises, 0 output, 0 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年6月规上工业企业生产月报"
    ws["A2"] = "填报单位：县统计局"
    ws["I2"] = "单位：万元"
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
               "1-6月累计工业总产值", "上年同期累计"])
    for r in (["东方光伏科技有限公司", E1, "东镇", "3825", "否", "2019-05", 5000, 30000, 25000],
              ["东关饲料有限公司", E2, "东关镇", "1329", None, "2018-01", 3300, 20000, 22000],
              ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020-12", 8000, 50000, 45000]):
        ws.append(r)
    path = folder / "县统计局规上工业报表6月.xlsx"
    wb.save(path)
    return path


def fai_without_key_column(folder: Path) -> Path:
    """东镇's project table without 是否倍增重点项目: which projects are 重点 is not said.

    A reader takes: 东镇, 2026-06, 3 projects; 1-6月累计 2,000 + 600 + 0 = 2,600 万元, all 已入库 (0.26 亿元);
    技改 600 万元 (建设性质 改建和技术改造); 重点项目 count, 开工率, 纳统率 not reported (未报), not 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws["J2"] = "单位：万元"
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "计划总投资", "年度计划投资", "是否开工", "开工日期",
               "是否纳统", "1-6月累计完成投资"])
    for r in ([pcode(81), "东镇果蔬冷藏项目", "东镇", "新建", 4000, 2000, "是", D(2026, 3, 2), "是", 2000],
              [pcode(82), "东镇面粉厂技改项目", "东镇", "改建和技术改造", 1500, 800, "是", D(2026, 4, 9), "是", 600],
              [pcode(83), "东镇光伏车棚项目", "东镇", "新建", 900, 900, "否", None, "是", 0]):
        ws.append(r)
    path = folder / "东镇2026年6月项目表.xlsx"
    wb.save(path)
    return path


def fai_without_started_columns(folder: Path) -> Path:
    """西镇's table with 重点 marked but neither 是否开工 nor 开工日期 (the clerk tracks them elsewhere).

    A reader takes: 西镇, 2026-06, 2 projects, both 重点 and 已入库; 1-6月累计 1,200 + 300 = 1,500 万元;
    key projects 2, 纳统 2 (100 %); 开工率 not reported (未报), not 0 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    ws["A1"] = "西镇工业项目推进表（2026年6月）"
    ws["A2"] = "填报单位：西镇"
    ws.append(["序号", "项目名称", "项目代码", "重点项目", "总投资（万元）", "本年计划（万元）", "入库情况",
               "本年累计完成投资（万元）"])
    for r in ([1, "西镇砖厂搬迁项目", pcode(84), "是", 3000, 1500, "已入库", 1200],
              [2, "西镇茶叶加工项目", pcode(85), "是", 800, 400, "已入库", 300]):
        ws.append(r)
    path = folder / "西镇6月项目推进表.xlsx"
    wb.save(path)
    return path


def fai_without_nature_or_tech_columns(folder: Path) -> Path:
    """东镇's short table: neither 建设性质 nor 是否技改项目, so which investment is 技改 is not said.

    A reader takes: 东镇, 2026-06, 2 projects in statistics, 1-6月累计 1,000 + 500 = 1,500 万元 (0.15 亿元);
    技改投资 not reported (未报), not 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业投资项目表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["项目代码", "项目名称", "是否倍增重点项目", "计划总投资", "是否开工", "是否纳统", "1-6月累计完成投资"])
    for r in ([pcode(86), "东镇纸箱厂项目", "否", 2000, "是", "是", 1000],
              [pcode(87), "东镇粮食烘干项目", "否", 1200, "是", "是", 500]):
        ws.append(r)
    path = folder / "东镇6月投资项目表.xlsx"
    wb.save(path)
    return path


def fai_nature_without_tech_flag(folder: Path) -> Path:
    """The same table with 建设性质 but no 是否技改项目: 改建和技术改造 says which are 技改.

    A reader takes: 东镇, 2026-06, 1,500 万元; 技改 500 万元 (the 改建和技术改造 row): the figure stands.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业投资项目表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["项目代码", "项目名称", "建设性质", "是否倍增重点项目", "计划总投资", "是否开工", "是否纳统",
               "1-6月累计完成投资"])
    for r in ([pcode(86), "东镇纸箱厂项目", "新建", "否", 2000, "是", "是", 1000],
              [pcode(87), "东镇粮食烘干项目", "改建和技术改造", "否", 1200, "是", "是", 500]):
        ws.append(r)
    path = folder / "东镇6月投资项目表.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 3. a 合计 that counts a row the clerk hid, or a 合计 row hidden itself
# ---------------------------------------------------------------------------------------------

def fai_total_counts_a_hidden_project(folder: Path) -> Path:
    """东镇's table whose second project (row 5) the clerk hid by hand, the 合计 (row 7) still counting it.

    A reader takes: 东镇, 2026-06, 2 projects shown (row 5 hidden: set aside as deleted); 1-6月累计 2,000 + 0;
    the 合计 6,400 / 3,700 / 2,600 is what all three make, so each figure's 合计 is off by exactly row 5.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "是否开工", "开工日期", "是否纳统", "1-6月累计完成投资"])
    for r in ([pcode(91), "东镇果蔬冷藏项目", "东镇", "新建", "否", "是", 4000, 2000, "是", D(2026, 3, 2), "是", 2000],
              [pcode(92), "东镇面粉厂技改项目", "东镇", "改建和技术改造", "是", "是", 1500, 800, "是", D(2026, 4, 9), "是",
               600],
              [pcode(93), "东镇光伏车棚项目", "东镇", "新建", "否", "是", 900, 900, "否", None, "否", 0],
              ["合计", None, None, None, None, None, 6400, 3700, None, None, None, 2600]):
        ws.append(r)
    ws.row_dimensions[5].hidden = True
    path = folder / "东镇2026年6月项目表（隐藏一行）.xlsx"
    wb.save(path)
    return path


def attraction_hidden_total_row_off(folder: Path) -> Path:
    """招商局's ledger with its 合计 row (row 7) hidden and stale: 总投资 15,000 where the rows make 16,000.

    A reader takes: 2026-06, 3 projects; the hidden 合计 is off by 1,000 and is itself hidden.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "县招商局2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws["J2"] = "单位：万元"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "总投资",
               "本年到位资金"])
    for r in (["甲新能源装备项目", "甲公司", "装备制造", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 1), 5000,
               1000],
              ["乙农产品加工项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 8), D(2026, 3, 1), D(2026, 5, 6), 3000,
               500],
              ["丙建材项目", "丙公司", "新型建材", None, "签约", D(2026, 3, 8), D(2026, 6, 1), None, 8000, 0],
              ["合计", None, None, None, None, None, None, None, 15000, 1500]):
        ws.append(r)
    ws.row_dimensions[7].hidden = True
    path = folder / "招商引资台账6月.xlsx"
    wb.save(path)
    return path


def attraction_hidden_row_and_total_off_otherwise(folder: Path) -> Path:
    """招商局's ledger with project 乙 (row 5) hidden and a 合计 off by something else: 总投资 17,500, the rows
    shown 13,000, row 5 3,000 (the gap, 4,500, is not row 5's).

    A reader takes: 2026-06, 2 projects shown; the 合计 disagrees, and a hidden row is there that does not explain it.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "县招商局2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "总投资（万元）"])
    for r in (["甲新能源装备项目", "甲公司", "装备制造", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 1), 5000],
              ["乙农产品加工项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 8), D(2026, 3, 1), D(2026, 5, 6), 3000],
              ["丙建材项目", "丙公司", "新型建材", None, "签约", D(2026, 3, 8), D(2026, 6, 1), None, 8000],
              ["合计", None, None, None, None, None, None, None, 17500]):
        ws.append(r)
    ws.row_dimensions[5].hidden = True
    path = folder / "招商引资台账6月（隐藏）.xlsx"
    wb.save(path)
    return path
