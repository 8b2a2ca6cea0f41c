"""Hostile inputs of issue 12, in otherwise ordinary hand-made returns: footer words inside data cells,
control characters, formula-looking text, a very long file name.  Each function returns the path and
the number of data rows in the file, so a test can check that rows loaded + rows reported == rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.handmade.make import E1, E2, E3, pcode

D = dt.date


def fai_phone_in_progress_mid_table(folder: Path) -> tuple[Path, int]:
    """东镇's 5 projects; the 2nd project's 进展情况 reads "联系电话：0913-8888888（王工）…".

    A reader takes: 5 projects, 1-6月累计 100 + 200 + 300 + 400 + 500 = 1,500 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-N月累计完成投资", "进展情况"])
    for i in range(1, 6):
        note = "联系电话：0913-8888888（王工），设备已到场" if i == 2 else "正常推进"
        ws.append([i, pcode(40 + i), f"东镇测试项目{i}", "东镇", "新建", "否", "是", 1000 * i, 500 * i, "是",
                   D(2026, 3, i), "是", 10 * i, 100 * i, note])
    ws.append(["填报人：周某", None, None, "联系电话：0913-1111111"])
    path = folder / "东镇_2026-06_项目进展（电话在备注）.xlsx"
    wb.save(path)
    return path, 5


def attraction_control_chars(folder: Path) -> tuple[Path, int]:
    """招商局's ledger whose 进展情况 texts carry a Word line break (\\x0b) and a BEL (\\x07).

    A reader takes: 3 projects, funds in place 1,000 + 2,000 + 3,000 = 6,000 万元 (0.6 亿元).
    """
    path = folder / "县招商局_2026-06_招商台账（控制字符）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "2026年1-6月招商引资项目台账")
    ws.write(1, 0, "填报单位：县招商局")
    ws.write_row(2, 0, ["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期",
                        "开工日期", "总投资", "本年到位资金", "进展情况"])
    texts = ["已签约\x0b正在办理用地", "设备\x07调试", "正常"]
    for i, text in enumerate(texts, 1):
        ws.write_row(2 + i, 0, [f"招商项目{i}", f"投资方{i}", "新材料", "东镇", "落户", f"2026-0{i}-01", f"2026-0{i}-10",
                                f"2026-0{i}-20", "", 10000 * i, 1000 * i])
        ws.write_string(2 + i, 11, text)
    wb.close()
    return path, 3


def progress_notes_control_chars(folder: Path) -> tuple[Path, int]:
    """工信局's prose pasted from Word: a vertical tab (Word's manual line break, \\x0b) and a BEL (\\x07)
    inside the 进展情况 paragraphs that go into the report as written.

    A reader takes: 2 items, 6② and 三1, their text without the invisible characters.
    """
    path = folder / "工信局_2026-06_重点工作进展（Word粘贴）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "测试县工业倍增计划重点工作进展情况（2026年6月）")
    ws.write(1, 0, "填报单位：县工信局")
    ws.write_row(2, 0, ["章节", "标题", "进展情况"])
    ws.write_row(3, 0, ["6②", "污水处理厂管网建设基本完成"])
    ws.write_string(3, 2, "进水管网全部排查完成。\x0b曝气池开始进水调试。")
    ws.write_row(4, 0, ["三1", "强化综合协调力度"])
    ws.write_string(4, 2, "严格落实周调度、月小结\x07、季点评、年考核的工作机制。")
    wb.close()
    return path, 2


def enterprise_formula_text_name(folder: Path) -> tuple[Path, int]:
    """统计局's return where one enterprise name is the text "=HYPERLINK(…)" (a text cell, not a formula).

    A reader takes: 3 enterprises, 1-6月累计 100,000 万元; the second one's name is that text, verbatim.
    """
    path = folder / "统计局_2026-06_规上工业企业生产月报（公式样文字）.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "测试县2026年1-6月规上工业企业生产月报")
    ws.write(1, 0, "填报单位：县统计局")
    ws.write_row(2, 0, ["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
                        "本月工业总产值", "1-N月累计工业总产值", "上年同期累计工业总产值"])
    rows = [[E1, "东方光伏科技有限公司", "东镇", "3825", "是", "2019", 5000, 30000, 25000],
            [E2, FORMULA_NAME, "东镇", "1329", "否", "2018", 3300, 20000, 22000],
            [E3, "西岭建材有限公司", "西镇", "3021", "否", "2020", 8000, 50000, 45000]]
    for i, r in enumerate(rows, 3):
        for c, v in enumerate(r):
            if isinstance(v, str):
                ws.write_string(i, c, v)
            else:
                ws.write_number(i, c, v)
    wb.close()
    return path, 3


FORMULA_NAME = '=HYPERLINK("http://example.com/x","点击查看")'
#: 80 Chinese characters, as a clerk pastes a long description into the file name.
LONG_NAME = ("东镇人民政府关于报送二零二六年一至六月份工业固定资产投资项目进展情况统计表的函件附件一" * 3)[:80]


def fai_long_file_name(folder: Path) -> tuple[Path, int]:
    """An ordinary 东镇 project return saved under a file name of 80 Chinese characters.

    A reader takes: 东镇, 2026-06, 2 projects, 1-6月累计 300 + 700 = 1,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况表"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "是否开工", "开工日期", "是否纳统", "1-N月累计完成投资"])
    ws.append([pcode(51), "东镇长名项目一", "东镇", "新建", "否", "是", 3000, 1000, "是", D(2026, 3, 1), "是", 300])
    ws.append([pcode(52), "东镇长名项目二", "东镇", "新建", "否", "否", 5000, 2000, "是", D(2026, 4, 1), "是", 700])
    assert len(LONG_NAME) == 80
    path = folder / f"{LONG_NAME}.xlsx"
    wb.save(path)
    return path, 2


ALL = [fai_phone_in_progress_mid_table, attraction_control_chars, progress_notes_control_chars, enterprise_formula_text_name, fai_long_file_name]
