"""Ditto marks (同上, 〃) a clerk types instead of repeating the row above: read in words, asked in figures.

Made in the style of a township clerk's own ledger (no 序号, the 建设性质 and 开工日期 typed once and dittoed),
not from beizeng's template.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.handmade.cells import put, title
from tests.handmade.fresh8 import pcode

HEAD = ["项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）", "年度计划投资（万元）",
        "是否开工", "开工日期", "是否入库", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]


def _ledger(rows: list[list[object]]) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东镇项目"
    title(ws, "东镇2026年6月工业投资项目", len(HEAD))
    put(ws, 2, 1, ["报送单位：东镇经发办"])
    put(ws, 3, 1, HEAD)
    for i, row in enumerate(rows):
        put(ws, 4 + i, 1, row)
    return wb


def fai_nature_and_start_dittoed(folder: Path) -> Path:
    """Three technical-transformation projects begun the same day: 建设性质 ``改建和技术改造`` then ``同上``, ``〃``;
    开工日期 2026-03-10 then ``同上`` twice.

    A reader takes three 改建和技术改造 projects begun 2026-03-10, 1-6月 300 + 200 + 100 = 600 万元."""
    wb = _ledger([
        [pcode(1), "东镇甲设备更新项目", "改建和技术改造", "是", "否", 3000, 1000, "是", dt.date(2026, 3, 10), "是", 50, 300],
        [pcode(2), "东镇乙产线改造项目", "同上", "是", "否", 2000, 800, "是", "同上", "是", 40, 200],
        [pcode(3), "东镇丙节能改造项目", "〃", "是", "否", 1000, 500, "是", "同上", "是", 20, 100],
    ])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def fai_ditto_in_figures_and_codes(folder: Path) -> Path:
    """The same clerk dittoes 本月完成投资 (``同上`` under 50: 50 again?) and a 项目代码 (``〃``: the same project
    twice?), and types ``同上`` in the first row's 建设性质 where nothing is above.

    A reader cannot tell what each stands for: the three cells are asked (K5, A6, C4), nothing is filed."""
    wb = _ledger([
        [pcode(1), "东镇甲设备更新项目", "同上", "是", "否", 3000, 1000, "是", dt.date(2026, 3, 10), "是", 50, 300],
        [pcode(2), "东镇乙产线改造项目", "改建和技术改造", "是", "否", 2000, 800, "是", dt.date(2026, 4, 1), "是", "同上", 200],
        ["〃", "东镇丙节能改造项目", "改建和技术改造", "是", "否", 1000, 500, "是", dt.date(2026, 5, 6), "是", 20, 100],
    ])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path
