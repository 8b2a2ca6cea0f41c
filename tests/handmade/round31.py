"""Hand-made returns of session 31's mends of the outside round p53 (/tmp/hostile30 of session 30): a ledger whose
合计 is one cell at the top counting its firms (合计：共5户), and a 工信局 target list in a 工作要点's words (突破100亿元,
增长8.5%左右, 力争达到5亿元).  Test county (``county_full``: 测试县, 东镇, 西镇; 工信局); period June 2026.  Each maker
writes into ``folder`` and returns the path; its docstring says what a careful county statistician does with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from tests.scenarios import uscc

#: 东方光伏, 东关饲料, 西岭建材, 西川包装 as 工信局 lists them
FIRMS = [uscc(5311), uscc(5312), uscc(5313), uscc(5314)]


def _book(title: str, width: int, rows: list[list[Any]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.cell(1, 1, title).font = Font(name="方正小标宋简体", size=18)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    return wb


def _ledger(folder: Path, count: str) -> Path:
    head = ["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金（万元）"]
    rows = [head, [count, None, None, None, None, None, 20],
            ["东方光伏科技有限公司", FIRMS[0], "东镇", "高新技术企业", "已认定", "2026-03-15", 20],
            ["东关饲料有限公司", FIRMS[1], "东镇", "科技型中小企业", "已入库", "2026-04-02", None],
            ["西岭建材有限公司", FIRMS[2], "西镇", "专精特新小巨人", "申报中", "2026-05-20", None],
            ["西川包装有限公司", FIRMS[3], "西镇", "拟入规", "培育中", None, None]]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "工信局_企业培育台账_2026年6月.xlsx"
    _book("测试县2026年6月企业培育台账", len(head), rows).save(path)
    return path


def cult_total_counting_one_firm_too_many(folder: Path) -> Path:
    """工信局's ledger, its 合计 first under the header in one cell “合计：共5户” (奖补资金 20), four firms listed: the
    row is the 合计 (never a firm named 合计：共5户), its 20 checked, and 5 against 4 said on A3 (was: read as a 5th
    firm with its 必填 cells empty)."""
    return _ledger(folder, "合计：共5户")


def cult_total_counting_its_firms(folder: Path) -> Path:
    """As ``cult_total_counting_one_firm_too_many`` with “合计：共4户”: the 合计 agrees, four firms read, nothing asked."""
    return _ledger(folder, "合计：共4户")


def targets_in_work_plan_words(folder: Path) -> Path:
    """工信局's targets as the 工作要点 words them: 突破100亿元 (a floor: 100), 增长10%以上 (10), 力争达到5亿元 (5) read
    and said once; 增长8.5%左右 (is 8.5 the target?) asked on its cell, naming 8.5 (was: “不是数字”, and 突破100亿元
    “数字后带了单位”)."""
    rows = [["序号", "指标名称", "2026年目标"], [1, "规上工业总产值", "突破100亿元"],
            [2, "规上工业增加值增速", "增长8.5%左右"], [3, "工业固定资产投资增速", "增长10%以上"],
            [4, "招商引资到位资金", "力争达到5亿元"]]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "工信局2026年工业倍增目标任务.xlsx"
    wb = _book("测试县2026年工业倍增计划目标任务", 3, rows)
    wb.active.cell(8, 1, "县工信局\u30002026年3月")
    wb.save(path)
    return path


def targets_in_work_plan_words_settled(folder: Path) -> Path:
    """As ``targets_in_work_plan_words`` with the estimate settled (8.5): every target read."""
    path = targets_in_work_plan_words(folder)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.cell(4, 3, "增长8.5%")
    wb.save(path)
    return path


def progress_as_paragraphs(folder: Path) -> Path:
    """工信局's 重点工作进展 typed as its report text: a title, then numbered paragraphs in column A (一、园区要素保障,
    （一）标准化厂房建设提速。…, 二、存在问题, 1.要素保障压力较大。…) and the office and date under them.  No table to
    read: said as a document, naming the form and its columns (was: “没有找到任何报表的表头，请使用模板”)."""
    lines = ["2026年1-6月工业倍增重点工作进展情况", None, "一、园区要素保障",
             "（一）标准化厂房建设提速。经开区标准化厂房二期已完成主体工程，累计建成厂房8.6万平方米，总体进度85%。",
             "（二）污水处理厂提标改造。园区污水处理厂提标改造工程完成设备安装，进入调试阶段。", "二、存在问题",
             "1.要素保障压力较大。工业用地指标紧张，部分项目用地报批周期长。", "三、下一步措施",
             "1.强化项目包抓。落实县级领导包抓重点项目制度，每月召开推进会。", None, "测试县工业和信息化局\u30002026年7月5日"]
    wb = Workbook()
    ws = wb.active
    ws.title = "重点工作"
    ws.column_dimensions["A"].width = 90
    for r, text in enumerate(lines, 1):
        if text:
            ws.cell(r, 1, text).alignment = Alignment(wrap_text=True)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "工信局6月重点工作进展.xlsx"
    wb.save(path)
    return path


def names_in_one_column(folder: Path) -> Path:
    """A list of firms' names in column A (no numbering, no sentence): no document either — still “no header”."""
    wb = Workbook()
    ws = wb.active
    for r, name in enumerate(["参会企业", "东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司"], 1):
        ws.cell(r, 1, name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "东镇参会企业名单.xlsx"
    wb.save(path)
    return path


def _ent_rows(hidden_under: str | None = None) -> list[list[Any]]:
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
            "1-6月累计工业总产值", "上年同期累计工业总产值"]
    return [["测试县2026年1-6月规上工业企业生产情况"], ["单位：万元"], head,
            [1, "东方光伏科技有限公司", FIRMS[0], "东镇", "3825", "是", "2019", 180, 1185, 1100],
            [2, "东关饲料有限公司", FIRMS[1], hidden_under, "1329", "否", "2021", 75, 460, 400],
            [3, "西岭建材有限公司", FIRMS[2], "西镇", "3021", "否", "2012", 450, 2550, 2318],
            [4, "西川包装有限公司", FIRMS[3], "西镇", "2231", "否", "2023", 30, 150, 128]]


def _ent_merged(folder: Path, hidden_under: str) -> Path:
    """统计局's list of four firms, 东镇's two under one 所属乡镇 merged D4:D5 (东镇 shown), D5 holding
    ``hidden_under`` underneath — as a program writes it (Excel keeps only the top-left value when it merges)."""
    from tests.handmade.probe47 import package, sheet_xml

    folder.mkdir(parents=True, exist_ok=True)
    return package(folder / "统计局_规上企业_2026年6月.xlsx",
                   [("6月", sheet_xml(_ent_rows(hidden_under), merge="D4:D5"), "")])


def ent_township_merge_hiding_another(folder: Path) -> Path:
    """所属乡镇 D4:D5 merged shows 东镇; D5 under it still holds 西镇 (a program's file, or a merge over typed cells):
    which 东关饲料 is in the sheet cannot tell — asked on D5, never the hidden 西镇 stored unsaid (was: stored)."""
    return _ent_merged(folder, "西镇")


def ent_township_merge_over_the_same(folder: Path) -> Path:
    """As ``ent_township_merge_hiding_another`` with 东镇 under the merge too: what it shows, read, nothing asked."""
    return _ent_merged(folder, "东镇")


def _ent_formatted(folder: Path, cell: str, held: float, code: str) -> Path:
    """The list with one cell holding ``held`` under the number format ``code`` (written by openpyxl, as Excel)."""
    rows = _ent_rows("东镇")
    wb = _book(str(rows[0][0]), len(rows[2]), rows[1:])
    ws = wb.active
    ws[cell] = held
    ws[cell].number_format = code
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "统计局_规上企业_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_last_year_in_a_yi_format(folder: Path) -> Path:
    """西川包装's 上年同期 held 0.0128 under 单位：万元 with the format ``0.0000"亿元"`` — the sheet shows “0.0128亿元”,
    128 万元 as the other firms' figures are typed: read as shown (was: 0.0128 万元, growth 1.2 million %)."""
    return _ent_formatted(folder, "J7", 0.0128, '0.0000"亿元"')


def ent_zero_shown_blank(folder: Path) -> Path:
    """东关饲料's 本月 held 0 in Excel's hide-zeros format ``0;-0;;@`` (the sheet shows a blank, as a clerk sets it so
    that a page of zeros reads clean): the zero it means is read, nothing asked (was: unseen_figure, refused)."""
    return _ent_formatted(folder, "H5", 0, "0;-0;;@")


def ent_month_merged_over_the_cumulative(folder: Path) -> Path:
    """西川包装's 本月 and 1-6月 merged H7:I7, showing “150” across both (nothing under I7): the figure is one column's —
    asked on I7, never 150 stored as the 1-6月 too unsaid (found mending hostile round 31's file 12)."""
    from tests.handmade.probe47 import package, sheet_xml

    rows = _ent_rows("东镇")
    rows[6][7], rows[6][8] = 150, None
    folder.mkdir(parents=True, exist_ok=True)
    return package(folder / "统计局_规上企业_2026年6月.xlsx", [("6月", sheet_xml(rows, merge="H7:I7"), "")])


def targets_split_across_townships(folder: Path) -> Path:
    """工信局's one target split across the townships as columns — 指标 | 单位 | 全县合计 | 东镇 | 西镇, one row 规上工业总产值
    in 万元 — under a title naming the indicator (测试县2026年规上工业总产值目标任务分解表) and over the office's line:
    read as the county's target and each township's (was: the title taken for a name, the table refused as a ledger
    with 范围 asked and the office's line read as an indicator)."""
    rows = [["单位：万元"], ["指标", "单位", "全县合计", "东镇", "西镇"], ["规上工业总产值", "万元", 300000, 180000, 120000],
            [], ["测试县工业倍增工作领导小组办公室\u30002026年2月"]]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "工信局2026年目标任务分解.xlsx"
    _book("测试县2026年规上工业总产值目标任务分解表", 5, rows).save(path)
    return path
