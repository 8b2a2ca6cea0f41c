"""Hand-made returns, round 9: a record written over two rows (issue 11), as clerks do when a long name does not
fit its cell or when they type a register by hand — a name run on into the row below without a merge, 序号 merged
over a name row and a figures row, a figures row under a name row with no 序号 column at all, a remark (进展情况)
run on, a figure merged over the two rows of one record, and the cases that must stay as they are: a line break
typed inside one cell (Alt+Enter: one row), a project's 一期 and 二期 under one merged 序号 (two records), and a
row of a name alone that may be a record missing its figures (asked, naming both rows).

Every function writes into ``folder`` and returns the path; its docstring says what a person reading the return
takes from it.  The county is tests/scenarios_more.write_full_config (东镇, 西镇; 统计局, 工信局, 招商局, 自然资源局 …);
the period is June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.fresh8 import FAI_HEAD, _put, _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(900, 910)}


def pcode(n: int) -> str:
    """A project code as the approval platform issues it (series 9xx: none of the earlier rounds')."""
    return f"2601-610599-04-01-{900 + n:06d}"


def _fai(title: str, sender_line: str) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    _title(ws, title, len(FAI_HEAD))
    _put(ws, 2, 1, [sender_line])
    _put(ws, 3, 1, FAI_HEAD)
    return wb, ws


def fai_name_wrapped_with_a_figure_merged_over_both(folder: Path) -> Path:
    """西镇's table: project 1's name did not fit, so the clerk went on in the row below (``西镇甲陶瓷生产线`` |
    ``技术改造项目``, no merge, nothing else in row 5) and merged its 计划总投资 (8,000) and 年度计划 (2,000) down
    over both rows to keep the look; project 2 on one row.

    A reader takes 2 projects: 西镇甲陶瓷生产线技术改造项目 (计划 8,000 once — never 16,000, 1-6月 800), 西镇乙余热
    利用改造项目 (技改, 计划 3,000, 1-6月 450): 工业固投 1,250 万元.
    """
    wb, ws = _fai("西镇2026年1-6月工业投资项目表", "填报单位：西镇人民政府")
    _put(ws, 4, 1, [1, pcode(1), "西镇甲陶瓷生产线", "改建和技术改造", "是", "是", 8000, 2000, "是", D(2025, 9, 1), "是", 150,
                    800])
    _put(ws, 5, 3, ["技术改造项目"])
    ws.merge_cells("G4:G5")
    ws.merge_cells("H4:H5")
    _put(ws, 6, 1, [2, pcode(2), "西镇乙余热利用改造项目", "改建和技术改造", "是", "否", 3000, 1000, "是", D(2025, 11, 2), "是",
                    100, 450])
    path = folder / "西镇6月工业投资.xlsx"
    wb.save(path)
    return path


def attraction_serial_merged_over_name_and_figures(folder: Path) -> Path:
    """招商局's ledger typed like a register: each project's 序号 merged over two rows — the name, investor,
    chain and township on the first, stage, dates and money on the second — except project 2, on one row with
    its 进展情况 run on into the row below (``厂房平整中，`` | ``需协调用电``, nothing else in that row).

    A reader takes 3 projects: 光伏组件项目 (某光伏集团, 光伏新能源, 东镇, 开工, 签约 2026-03-01, 落户 2026-04-01, 开工
    2026-06-01, 总投资 50,000, 到位 20,000), 饲料深加工项目 (某农牧公司, 涉农加工, 西镇, 签约 2026-04-01, 总投资 8,000,
    到位 0, 进展 厂房平整中，需协调用电), 新型墙材项目 (某建材公司, 新型建材, 西镇, 落户 2026-03-01 / 2026-06-01, 总投资
    12,000, 到位 3,000): 到位 23,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "测试县2026年1-6月招商引资项目台账", 12)
    _put(ws, 2, 1, ["填报单位：县招商局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期", "总投资",
                    "本年到位资金", "进展情况"])
    _put(ws, 4, 1, [1, "光伏组件项目", "某光伏集团", "光伏新能源", "东镇"])
    _put(ws, 5, 6, ["开工", D(2026, 3, 1), D(2026, 4, 1), D(2026, 6, 1), 50000, 20000, "设备进场"])
    ws.merge_cells("A4:A5")
    _put(ws, 6, 1, [2, "饲料深加工项目", "某农牧公司", "涉农加工", "西镇", "签约", D(2026, 4, 1), None, None, 8000, 0, "厂房平整中，"])
    _put(ws, 7, 12, ["需协调用电"])
    _put(ws, 8, 1, [3, "新型墙材项目", "某建材公司", "新型建材", "西镇"])
    _put(ws, 9, 6, ["落户", D(2026, 3, 1), D(2026, 6, 1), None, 12000, 3000])
    ws.merge_cells("A8:A9")
    path = folder / "招商局6月招商台账.xlsx"
    wb.save(path)
    return path


def factors_land_name_row_then_figures_row_without_serial(folder: Path) -> Path:
    """自然资源局's land list with no 序号 column: each parcel's name and 电子监管号 on one row, its date, township,
    area and price on the row below (no name there, no figure on the name row); the last parcel on one row.

    A reader takes 3 parcels: 东镇光伏产业园地块 DZ2026-21 2026-03-05 东镇 25 亩 750 万元; 西镇建材园地块 XZ2026-22
    2026-05-18 西镇 12.5 亩 375 万元; 东镇食品园地块 DZ2026-23 2026-06-10 东镇 8 亩 240 万元 — 3 宗, 45.5 亩.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地台账"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 6)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["地块名称", "电子监管号", "供地日期", "所在乡镇", "供地面积（亩）", "成交价款（万元）"])
    _put(ws, 4, 1, ["东镇光伏产业园地块", "DZ2026-21"])
    _put(ws, 5, 3, [D(2026, 3, 5), "东镇", 25, 750])
    _put(ws, 6, 1, ["西镇建材园地块", "XZ2026-22"])
    _put(ws, 7, 3, [D(2026, 5, 18), "西镇", 12.5, 375])
    _put(ws, 8, 1, ["东镇食品园地块", "DZ2026-23", D(2026, 6, 10), "东镇", 8, 240])
    path = folder / "自然资源局6月供地.xlsx"
    wb.save(path)
    return path


def cultivation_enterprise_name_wrapped(folder: Path) -> Path:
    """工信局's cultivation ledger: a long enterprise name typed over two rows (``东镇新材料科技`` | ``有限公司``), the
    second row nothing else; the others on one row each.

    A reader takes 3 enterprises: 东镇新材料科技有限公司 (拟入规, 培育中), 东镇光电科技有限公司 (高新技术企业, 已认定
    2026-03-15, 奖补 20), 西镇机械制造有限公司 (高新技术企业, 已认定 2026-04-10, 奖补 20).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "测试县2026年重点企业培育台账（截至6月底）", 8)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金（万元）"])
    _put(ws, 4, 1, ["东镇新材料科技", U[901], "东镇", "拟入规", "培育中", None, "张副县长"])
    _put(ws, 5, 1, ["有限公司"])
    _put(ws, 6, 1, ["东镇光电科技有限公司", U[902], "东镇", "高新技术企业", "已认定", D(2026, 3, 15), "张副县长", 20])
    _put(ws, 7, 1, ["西镇机械制造有限公司", U[903], "西镇", "高新技术企业", "已认定", D(2026, 4, 10), "李副县长", 20])
    ws.cell(4, 1).alignment = Alignment(wrap_text=True)
    path = folder / "工信局培育台账6月.xlsx"
    wb.save(path)
    return path


def fai_line_break_inside_one_cell(folder: Path) -> Path:
    """东镇's table where the clerk pressed Alt+Enter inside the name cell (``东镇甲硅料\\n扩能项目``): one cell, one
    row; the next row is project 2 on its own row with its own 序号.

    A reader takes 2 projects: 东镇甲硅料 扩能项目 (the line break is a space; 计划 10,000, 1-6月 1,200), 东镇乙包装
    技改项目 (技改, 3,000, 600): 1,800 万元.  Nothing is joined.
    """
    wb, ws = _fai("东镇2026年1-6月工业投资项目进展情况表", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(3), "东镇甲硅料\n扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, 1200])
    ws.cell(4, 3).alignment = Alignment(wrap_text=True)
    _put(ws, 5, 1, [2, pcode(4), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100,
                    600])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def fai_phases_under_one_merged_serial(folder: Path) -> Path:
    """东镇's project 1 in two phases under one 序号 (merged A4:A5), each phase with its own code, name and
    figures; project 2 on one row.

    A reader takes 3 projects: 东镇甲产业园项目（一期） (计划 6,000, 1-6月 900), 东镇甲产业园项目（二期） (计划 4,000,
    1-6月 300), 东镇乙包装技改项目 (技改, 3,000, 600): 1,800 万元.  The phases are never joined into one.
    """
    wb, ws = _fai("东镇2026年1-6月工业投资项目进展情况表", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(5), "东镇甲产业园项目（一期）", "新建", "否", "是", 6000, 3000, "是", D(2026, 2, 1), "是", 200, 900])
    _put(ws, 5, 2, [pcode(6), "东镇甲产业园项目（二期）", "新建", "否", "是", 4000, 1000, "是", D(2026, 5, 1), "否", 100, 300])
    ws.merge_cells("A4:A5")
    _put(ws, 6, 1, [2, pcode(7), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100,
                    600])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def fai_name_alone_could_be_a_record_without_figures(folder: Path) -> Path:
    """东镇's table: project 1 complete on its row (东镇丙仓储项目), and under it a row holding only
    ``东镇丁物流园项目`` in the name column — no 序号, no code, no figure, no merge.  It reads as a whole name by
    itself: the rest of 丙's name, or project 丁 whose figures were not typed yet?

    A person cannot tell: asking, naming rows 4 and 5, is the answer (refused); joining the two names or storing
    丁 without figures is wrong.
    """
    wb, ws = _fai("东镇2026年1-6月工业投资项目进展情况表", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(8), "东镇丙仓储项目", "新建", "否", "否", 2000, 800, "是", D(2026, 5, 6), "是", 100, 300])
    _put(ws, 5, 3, ["东镇丁物流园项目"])
    _put(ws, 6, 1, [2, pcode(9), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100,
                    600])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def fai_figure_merged_over_two_projects(folder: Path) -> Path:
    """东镇's table where two projects (each with its own 序号, code, name) share one 计划总投资 cell merged over
    both rows (G4:G5, 9,000).

    A reader cannot split 9,000 between them: asking on G5 is acceptable; 9,000 counted for each (18,000) is wrong.
    """
    wb, ws = _fai("东镇2026年1-6月工业投资项目进展情况表", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(10), "东镇甲产业园项目（一期）", "新建", "否", "是", 9000, 3000, "是", D(2026, 2, 1), "是", 200, 900])
    _put(ws, 5, 1, [2, pcode(11), "东镇甲产业园项目（二期）", "新建", "否", "是", None, 1000, "是", D(2026, 5, 1), "否", 100, 300])
    ws.merge_cells("G4:G5")
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path
