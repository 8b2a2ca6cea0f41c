"""Nil returns (零报告) of the ledgers, made as clerks send them when there is nothing to list — and the cases
where "nothing" cannot be taken at its word: a township that listed projects last month, a line saying only
that nothing is new.  Made in the style of tests/handmade/fresh9.py (whose sheet helpers they share)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.handmade.fresh9 import _att_sheet, _fai_sheet, _put, _title, pcode

D = dt.date


def fai_may_with_projects_then_june_nil(folder: Path) -> tuple[Path, Path]:
    """西镇's May return lists 3 projects (西镇甲陶瓷 1-5月 650, 西镇乙余热 350, 西镇丙仓储 120); its June return
    is the title, header and one merged line ``本月无新增项目，无在建工业固定资产投资项目。`` in A4.

    A reader takes May's 3 projects (1,120 万元) and cannot take June as "西镇 has nothing": the projects of May
    are still being built, their 1-6月 figures are owed.  Asking on A4, naming May's 3 projects, is right;
    西镇's June 工业固投 read as 0 is the worst outcome (a township silently zeroed).
    """
    wb, ws = _fai_sheet("西镇2026年1-5月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    ws.cell(3, 13, "1-5月累计完成投资（万元）")
    _put(ws, 4, 1, [1, pcode(40), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150, 650])
    _put(ws, 5, 1, [2, pcode(41), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2), "是",
                    100, 350])
    _put(ws, 6, 1, [3, pcode(42), "西镇丙仓储物流项目", "新建", "否", "否", 1500, 600, "是", D(2026, 4, 20), "是", 70, 120])
    may = folder / "西镇2026年5月工业投资项目.xlsx"
    wb.save(may)
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    ws.cell(4, 1, "本月无新增项目，无在建工业固定资产投资项目。")
    ws.merge_cells("A4:N4")
    june = folder / "西镇2026年6月工业投资项目.xlsx"
    wb.save(june)
    return may, june


def fai_only_no_new_projects(folder: Path) -> Path:
    """西镇's June return: title, header, then ``本月无新增项目`` alone in A4 (merged across), nothing else.

    A reader cannot tell whether 西镇 has projects carried over (no new ones ≠ none): asking is right, taking
    西镇's 工业固投 as 0 is wrong.
    """
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    ws.cell(4, 1, "本月无新增项目")
    ws.merge_cells("A4:N4")
    path = folder / "西镇2026年6月工业投资项目.xlsx"
    wb.save(path)
    return path


def attraction_nil_this_year(folder: Path) -> Path:
    """招商局's June ledger: the usual title, 填报单位 and header, then in A4 ``截至6月底，暂无招商引资项目。``.

    A reader takes a valid nil return of 招商局 for 2026-06: no project, 总投资 0, 到位资金 0.
    """
    wb, ws = _att_sheet()
    ws.cell(4, 1, "截至6月底，暂无招商引资项目。")
    ws.merge_cells("A4:J4")
    path = folder / "招商局招商引资台账2026年6月.xlsx"
    wb.save(path)
    return path


def attraction_no_new_signing(folder: Path) -> Path:
    """招商局's June ledger: header, then ``本月无新签约项目`` only.

    A reader does not know whether the projects under negotiation or signed before are still followed: asked.
    """
    wb, ws = _att_sheet()
    ws.cell(4, 1, "本月无新签约项目")
    path = folder / "招商局招商引资台账2026年6月.xlsx"
    wb.save(path)
    return path


def fai_nil_sentence_without_a_period(folder: Path) -> Path:
    """东镇's nil return with no table and no period anywhere: title ``东镇工业固定资产投资项目月报``, in A3
    ``我镇目前无工业固定资产投资项目。``, the file ``东镇固投报表.xlsx``.

    A reader sees a nil return of 东镇 but cannot tell for which month: asking for the period, saying it was
    seen as a nil return, is right.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    _title(ws, "东镇工业固定资产投资项目月报", 6)
    ws["A3"] = "我镇目前无工业固定资产投资项目。"
    path = folder / "东镇固投报表.xlsx"
    wb.save(path)
    return path
