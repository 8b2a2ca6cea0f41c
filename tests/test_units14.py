"""Hand-made returns, round 14 (tests/handmade/units14.py): an outside reviewer's units — a money unit said only in
a sheet's name or a note under the table over figures too small to be in it (asked: ``unit_doubtful``), a 单位 line
and a note that disagree (asked, naming both cells: ``unit_lines_differ``), a note against the headers (said as the
note, never as a line above the table) — each read through the real pipeline into a fresh county."""

from __future__ import annotations

from decimal import Decimal

from beizeng.base.config import Config
from tests.handmade import units14 as u14
from tests.test_handmade import accepted, codes, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
SUMS = "select sum(invest_cum), sum(invest_month), sum(total_investment) from cur_fai_projects"


def test_sheet_named_yuan_over_wanyuan_sized_figures_is_asked(county_full: Config) -> None:
    # was: converted silently to 0.08 万元 (800 元 for a project's 1-6月)
    o = rejected(take(county_full, u14.sheet_named_yuan_over_wanyuan_figures))
    assert codes(o, "error") == [("unit_doubtful", "6月(元)!")]
    [p] = [p for p in o.problems if p.code == "unit_doubtful"]
    assert "「6月(元)」" in p.message and "0.5万元" in p.message and "表头写明（元）" in p.fix  # a 单位 line is no escape: it too is asked
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


def test_sheet_named_yuan_over_yuan_figures_is_read_in_yuan(county_full: Config) -> None:
    o = accepted(take(county_full, u14.sheet_named_yuan_over_yuan_figures), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, SUMS) == [(D(1100), D("205.5"), D(9200))]
    assert not codes(o, "warning", "error")


def test_note_yuan_over_wanyuan_sized_figures_is_asked_at_the_note(county_full: Config) -> None:
    o = rejected(take(county_full, u14.note_yuan_over_wanyuan_figures))
    assert codes(o, "error") == [("unit_doubtful", "Sheet1!A8")]


def test_line_wanyuan_and_note_yuan_are_asked_naming_both_cells(county_full: Config) -> None:
    # was: the line won silently (800 万元 stored; the note's 元 never said)
    o = rejected(take(county_full, u14.line_wanyuan_and_note_yuan))
    assert codes(o, "error") == [("unit_lines_differ", "Sheet1!L2")]
    [p] = [p for p in o.problems if p.code == "unit_lines_differ"]
    assert "L2" in p.message and "A8" in p.message and "万元" in p.message and "（元）" in p.message


def test_line_and_note_saying_the_same_unit_is_nothing_to_ask(county_full: Config) -> None:
    o = accepted(take(county_full, u14.line_yuan_and_note_yuan), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, SUMS) == [(D(1100), D("205.5"), D(9200))]
    assert not codes(o, "warning", "error")


def test_headers_against_a_note_name_the_note(county_full: Config) -> None:
    # was: "表格上方写“单位：元”" — the 元 is in a note under the table (A8), there is no line above it
    o = accepted(take(county_full, u14.headers_wanyuan_and_note_yuan), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, SUMS) == [(D(1100), D("205.5"), D(9200))]
    assert codes(o, "warning", "error") == [("unit_line_against_header", "Sheet1!第3行")]
    [p] = [p for p in o.problems if p.code == "unit_line_against_header"]
    assert "表格上方" not in p.message and "表下" in p.message and "A8" in p.message
    assert "unit_said_elsewhere" not in [c for c, _ in codes(o)]  # read by the headers, not "按元读取"
