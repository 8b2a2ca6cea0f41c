"""Hand-made returns, round 14: an outside reviewer's units — a township's project return (工业固定资产投资) whose
money unit is said where a reader would not look first, or said twice and not the same: a sheet named 「6月(元)」
over figures of 万元's size, a ``单位：万元`` line above the table with ``注：本表金额单位为元`` under it, headers in
（万元） over a note saying 元, and the same statements when they agree.

Made from the reviewer's returns (three projects of 东镇: 光伏组件扩产 计划总投资 5,000 万元, 年度 2,000, 本月 120, 1-6月
800; 饲料生产线技改 3,000 | 1,500 | 85.5 | 300; 农产品冷链仓储 1,200 | 600, not started, 0 | 0), typed as a clerk
types them: title, the sender's line (a unit at its far end, L2, when there is one), the header, the rows, a blank
row, a note in column A, the signatures.  Every function writes into ``folder`` and returns the path; its docstring
says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config; the period is June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

#: The township's header with the unit in each money column's brackets; ``BARE`` without.
HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）", "年度计划投资（万元）",
        "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]
BARE = [h.replace("（万元）", "") for h in HEAD]
CODE = "2614-610599-04-01-00000"
NOTE_ROW = 8  # three projects from row 4, a blank row 7, the note in A8


def _projects(k: float) -> list[list[Any]]:
    """The three projects with their amounts in 万元 times ``k`` (10,000: typed in 元)."""
    return [[1, CODE + "1", "东镇光伏组件扩产项目", "新建", "否", "是", 5000 * k, 2000 * k, "是", dt.date(2026, 3, 15), "是",
             120 * k, 800 * k],
            [2, CODE + "2", "东镇饲料生产线技改项目", "改建和技术改造", "是", "否", 3000 * k, 1500 * k, "是",
             dt.date(2026, 4, 2), "是", 85.5 * k, 300 * k],
            [3, CODE + "3", "东镇农产品冷链仓储项目", "新建", "否", "否", 1200 * k, 600 * k, "否", None, "否", 0, 0]]


def _return(folder: Path, *, sheet: str = "Sheet1", head: list[str] = BARE, k: float = 1, line: str | None = None,
            note: str | None = None) -> Path:
    """东镇's June return: ``line`` at the far end of the sender's line (L2), ``note`` in A8 under the rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况", len(head))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府", *[None] * 10, line])
    _put(ws, 3, 1, head)
    for r, row in enumerate(_projects(k), 4):
        _put(ws, r, 1, row)
    if note:
        _put(ws, NOTE_ROW, 1, [note])
    _put(ws, NOTE_ROW + 1, 1, ["填表人：李华", None, None, None, None, None, "审核人：王强"])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def sheet_named_yuan_over_wanyuan_figures(folder: Path) -> Path:
    """The sheet is named 「6月(元)」 (left from a month the accountant typed in 元), no unit line, the headers without
    units, and the figures of 万元's size: 计划总投资 5,000 | 3,000 | 1,200, 1-6月 800 | 300 | 0.

    A reader asks: a project's 1-6月 investment of 800 元, a plan of 5,000 元, are no figures of an industrial
    project — these are 万元 under a stale 元; never 0.08 万元 stored without a word.
    """
    return _return(folder, sheet="6月(元)")


def sheet_named_yuan_over_yuan_figures(folder: Path) -> Path:
    """「6月(元)」 over figures typed in 元 (8,000,000 | 3,000,000 | 0 for 1-6月).

    A reader takes 3 projects, 1-6月 800 + 300 + 0 = 1,100 万元 (本月 205.5), read in the 元 the sheet's name says.
    """
    return _return(folder, sheet="6月(元)", k=10000)


def note_yuan_over_wanyuan_figures(folder: Path) -> Path:
    """No unit line; ``注：本表金额单位为元`` in A8 under figures of 万元's size (800 | 300 | 0).

    A reader asks, naming the note: 800 元 for a project's half-year is no figure.
    """
    return _return(folder, note="注：本表金额单位为元")


def line_wanyuan_and_note_yuan(folder: Path) -> Path:
    """``单位：万元`` at L2 above the table and ``注：本表金额单位为元`` in A8 under it, the figures 800 | 300 | 0.

    A reader asks which unit holds — two statements of the clerk's that disagree; the figures' size hints 万元, but
    the note is as plain as the line: never the line taken silently.
    """
    return _return(folder, line="单位：万元", note="注：本表金额单位为元")


def line_yuan_and_note_yuan(folder: Path) -> Path:
    """``单位：元`` at L2 and ``注：本表金额单位为元`` in A8, the figures in 元 (8,000,000 | 3,000,000 | 0).

    A reader takes 3 projects, 1-6月 1,100 万元: the line and the note say the same; nothing to ask.
    """
    return _return(folder, k=10000, line="单位：元", note="注：本表金额单位为元")


def headers_wanyuan_and_note_yuan(folder: Path) -> Path:
    """The headers with （万元） in each money column, the figures 800 | 300 | 0, and ``注：本表金额单位为元`` in A8 (a
    note copied from another table).

    A reader takes 3 projects, 1-6月 1,100 万元 by the headers (nearest the figures, and the figures' size agrees)
    and tells the clerk the note under the table says 元 — naming the note, never "the line above the table",
    which this return has not.
    """
    return _return(folder, head=HEAD, note="注：本表金额单位为元")
