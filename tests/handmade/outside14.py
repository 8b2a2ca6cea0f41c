"""Returns an outside reviewer made (session 13) against the ditto and date-in-words work: what each
note and question says when a ditto passes a hidden row, has nothing above it, or a date said in words
falls after the period.  Made with round 14's township ledger helpers (东关镇's 固投 ledger, 13 columns)."""

from __future__ import annotations

from pathlib import Path

from tests.handmade.fresh14 import D, _fai, _put, _row, _save, pcode

_TITLE = "东镇2026年1-6月工业固定资产投资项目进展情况表"
_SENDER = "东关镇人民政府"


def ditto_past_a_hidden_row(folder: Path) -> Path:
    """Row 5 (a project dropped) is hidden; row 6 types 〃 in 建设性质 and 同上 in 开工日期: read from row 4,
    and the note says row 5 was passed over."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(521), "东镇甲窑炉改造项目", "改建和技术改造", "是", 2500, 1200, "是", D(2026, 3, 10), 120, 700))
    _put(ws, 5, 1, _row(2, pcode(522), "东镇乙撤销项目", "扩建", "否", 1000, 500, "是", D(2026, 4, 15), 0, 0))
    ws.row_dimensions[5].hidden = True
    _put(ws, 6, 1, _row(3, pcode(523), "东镇丙技改项目", "〃", "是", 800, 300, "是", "同上", 20, 200))
    return _save(wb, folder / "东镇6月固投.xlsx")


def ditto_in_the_first_row(folder: Path) -> Path:
    """同上 and 〃 in the first project's row: nothing above to repeat."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(531), "东镇甲项目", "同上", "是", 2500, 1200, "是", "〃", 120, 700))
    _put(ws, 5, 1, _row(2, pcode(532), "东镇乙项目", "新建", "否", 1000, 500, "是", D(2026, 4, 15), 50, 300))
    return _save(wb, folder / "东镇6月固投.xlsx")


def ditto_under_a_hidden_first_row(folder: Path) -> Path:
    """The first project's row is hidden; the next one types 同上 / 〃 under it — and a later row 同上 under a
    date said in words (今年3月)."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(571), "东镇撤销项目", "扩建", "否", 1000, 500, "是", D(2026, 4, 15), 0, 0))
    ws.row_dimensions[4].hidden = True
    _put(ws, 5, 1, _row(2, pcode(572), "东镇甲项目", "同上", "否", 2500, 1200, "是", "〃", 120, 300))
    _put(ws, 6, 1, _row(3, pcode(573), "东镇乙项目", "新建", "否", 1000, 500, "是", "今年3月", 50, 100))
    _put(ws, 7, 1, _row(4, pcode(574), "东镇丙项目", "同上", "否", 800, 300, "是", "同上", 10, 10))
    return _save(wb, folder / "东镇6月固投.xlsx")


def said_in_words_not_started(folder: Path) -> Path:
    """上月20号, 上个月 on started projects; 今年10月 (after the period) on one not started: the dates are quoted as
    typed, and the 否 with a date is asked by the form's own check."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(551), "东镇甲项目", "新建", "否", 2500, 1200, "是", "上月20号", 120, 300))
    _put(ws, 5, 1, _row(2, pcode(552), "东镇乙项目", "扩建", "否", 1000, 500, "是", "上个月", 50, 100))
    _put(ws, 6, 1, _row(3, pcode(553), "东镇丙项目", "新建", "否", 800, 300, "否", "今年10月", 0, 0))
    return _save(wb, folder / "东镇6月固投.xlsx")


def started_after_the_period(folder: Path) -> Path:
    """是否开工 是 with 开工日期 今年10月 on a June return: counted as started in June, with a start not yet come."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(561), "东镇甲项目", "新建", "否", 2500, 1200, "是", "上月20号", 120, 300))
    _put(ws, 5, 1, _row(2, pcode(562), "东镇乙项目", "扩建", "否", 1000, 500, "是", "上个月", 50, 100))
    _put(ws, 6, 1, _row(3, pcode(563), "东镇丙项目", "新建", "否", 800, 300, "是", "今年10月", 10, 10))
    return _save(wb, folder / "东镇6月固投.xlsx")


def started_after_the_period_typed_in_full(folder: Path) -> Path:
    """The same with 2026-10-08 typed in full, and 2026-07-03 (in the month the June return is sent: no question)."""
    wb, ws = _fai(_TITLE, _SENDER)
    _put(ws, 4, 1, _row(1, pcode(581), "东镇甲项目", "新建", "否", 2500, 1200, "是", D(2026, 7, 3), 120, 300))
    _put(ws, 5, 1, _row(2, pcode(582), "东镇乙项目", "扩建", "否", 1000, 500, "是", D(2026, 10, 8), 50, 100))
    return _save(wb, folder / "东镇6月固投.xlsx")


def attraction_started_in_october(folder: Path) -> Path:
    """(The lead's, for the same class on a ledger kept by stage.)  招商局's June ledger, its own layout: 甲 at stage
    开工 with 开工日期 2026.10.8 (not yet come: asked); 乙 at stage 签约 with a 开工日期 of 今年10月 (a planned
    start, the stage says it has not happened: a reminder only)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws["A1"] = "2026年上半年招商引资项目推进台账"
    ws["A2"] = "报送单位（盖章）：县招商局"
    ws["H2"] = "金额：万元"
    ws.append(["项目", "客商", "所属产业链", "落地乡镇", "推进阶段", "签约日期", "落户日期", "开工时间", "协议总投资"])
    ws.append(["甲光伏组件项目", "甲新能源公司", "光伏", "东镇", "开工", "2026.2.3", "2026.3.15", "2026.10.8", 12000])
    ws.append(["乙食品加工项目", "乙食品公司", "农产品加工", "西镇", "签约", "2026.5.20", None, "今年10月", 3000])
    path = folder / "招商局 上半年台账.xlsx"
    wb.save(path)
    return path
