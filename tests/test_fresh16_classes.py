"""The classes behind round 16's project-return fixes (tests/test_handmade_fresh16.py), each in a second variant:
a 是否X flag answered with X or 非X in another column, a state word in a date column whose flag the layout leaves
out, numbered notes written across the table (one of them its unit), a forwarded file whose sheets name their
townships only in the titles (and one with a 汇总 sheet too: asked, naming who sends the form), and a total named
as the whole in a township's table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, codes, ind, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def _east(folder: Path, name: str = "东镇6月固投.xlsx") -> tuple[Path, openpyxl.Workbook]:
    wb, ws = f16._fai(f16.EAST_TITLE, "东镇")
    f16._fai_rows(ws, f16.EAST)
    path = folder / name
    wb.save(path)
    return path, openpyxl.load_workbook(path)


def test_key_and_stats_flags_answered_with_their_own_subject(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path, wb = _east(folder)
        ws = wb.active
        ws["F4"], ws["F5"], ws["F6"] = "重点项目", "倍增重点", "非重点"  # 是否重点项目
        ws["K4"], ws["K5"], ws["K6"] = "纳统", "入库", "非纳统"  # 是否纳统
        wb.save(path)
        return path

    o = accepted(take(county_full, make), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select is_key, in_stats from cur_fai_projects order by excel_row") == [
        (True, True), (True, True), (False, False)]
    said = [p.message for p in o.problems if p.code == "word_read_as"]
    assert any("“非重点”→“否”" in m for m in said) and any("“纳统”→“是”" in m for m in said), said


def test_not_started_word_in_the_date_without_a_started_column(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path, wb = _east(folder)
        ws = wb.active
        ws.delete_cols(9)  # no 是否开工: the date tells it
        ws["I6"] = "待开工"
        wb.save(path)
        return path

    o = accepted(take(county_full, make), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select started, start_date from cur_fai_projects order by excel_row") == [
        (True, dt.date(2026, 3, 10)), (True, dt.date(2026, 4, 1)), (False, None)]
    [said] = [p.line() for p in o.problems if p.code == "state_in_date"]
    assert "第6行“待开工”" in said and "是否开工" in said


def test_started_word_in_the_date_is_still_asked(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path, wb = _east(folder)
        wb.active["J4"] = "在建"  # started, but when? a date is owed
        wb.save(path)
        return path

    o = rejected(take(county_full, make))
    assert ("not_a_date", "Sheet1!J4") in codes(o, "error")


def test_numbered_notes_one_saying_the_unit(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        wb, ws = f16._fai(f16.EAST_TITLE, "东镇", unit=None)
        end = f16._fai_rows(ws, f16.EAST, k=10000)  # in 元, said only by the first note
        for i, (mark, text) in enumerate((("(1)", "本表金额单位为元"), ("②", "丙项目因土地手续未办结暂未开工"))):
            ws.cell(end + 1 + i, 1, mark)
            ws.cell(end + 1 + i, 2, text)
            ws.merge_cells(start_row=end + 1 + i, start_column=2, end_row=end + 1 + i, end_column=13)
        path = folder / "东镇6月固投.xlsx"
        wb.save(path)
        return path

    o = accepted(take(county_full, make), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select invest_cum from cur_fai_projects order by excel_row") == [(D(800),), (D(1200),), (D(0),)]
    assert [c for c, _ in codes(o) if c == "note_row"] == ["note_row", "note_row"]


def test_numbered_line_above_the_projects_is_no_note(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path, wb = _east(folder)
        ws = wb.active
        ws.insert_rows(4)
        ws["A4"], ws["B4"] = "1.", "本月新开工项目"
        ws.merge_cells("B4:M4")
        wb.save(path)
        return path

    [o] = take(county_full, make)
    assert "note_row" not in [c for c, _ in codes(o)]  # a line heading rows is not set aside as a note


def test_forwarded_sheets_named_by_their_titles_only(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for n, (town, sender, projects) in enumerate((("东镇", "东关镇人民政府", f16.EAST),
                                                      ("西镇", "西镇人民政府", f16.WEST)), 1):
            ws = wb.create_sheet(f"Sheet{n}")
            f16._fai(f"{town}2026年1-6月工业固定资产投资项目进展情况表", sender, ws=ws, wb=wb)
            f16._fai_rows(ws, projects)
        path = folder / "各镇6月固投.xlsx"
        wb.save(path)
        return path

    outcomes = take(county_full, make)
    assert sorted((o.sender, o.status, o.rows) for o in outcomes) == [("东镇", "accepted", 3), ("西镇", "accepted", 2)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.32)


def test_forwarded_sheets_with_a_summary_are_asked_naming_who_sends(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        everyone = [*f16.EAST, *f16.WEST]
        for town, sender, projects in (("汇总", "县工信局", everyone), ("东镇", "东关镇人民政府", f16.EAST),
                                       ("西镇", "西镇人民政府", f16.WEST)):
            ws = wb.create_sheet(town)
            f16._fai(f"{town if town != '汇总' else '全县'}2026年1-6月工业固定资产投资项目进展情况表", sender, ws=ws, wb=wb)
            f16._fai_rows(ws, projects)
        path = folder / "6月各镇固投汇总.xlsx"
        wb.save(path)
        return path

    o = rejected(take(county_full, make))
    [said] = [p.line() for p in o.problems if p.code == "several_senders"]
    assert "东镇、西镇" in said and "None" not in said
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_township_total_named_as_the_whole(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path, wb = _east(folder)
        ws = wb.active
        ws.insert_rows(4)
        for col, value in (("C", "全镇工业项目（3个）"), ("G", 8800), ("H", 3900), ("L", 450), ("M", 2000)):
            ws[f"{col}4"] = value
        wb.save(path)
        return path

    o = accepted(take(county_full, make), "fai_projects", "东镇", "2026-06", 3)
    assert "total_row" in [c for c, _ in codes(o)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)


def test_county_total_counting_one_firm_more_is_said(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        path = f16.ent_county_total_named_in_the_name_column(folder)
        wb = openpyxl.load_workbook(path)
        wb.active["B4"] = "全县规上工业（5户）"  # the figures agree with the 4 rows; the count does not
        wb.save(path)
        return path

    o = accepted(take(county_full, make), "enterprise_output", "统计局", "2026-06", 4)
    [said] = [p.line() for p in o.problems if p.code == "total_count"]
    assert "5户" in said and "4户" in said and "B4" in said
