"""The classes behind round 17's fixes (tests/test_handmade_fresh17.py), each in a second variant: rate targets
typed as fractions (all of them, and one among figures in %), a state kept as a column per month (headed 6月状态,
and a ledger whose June column is missing or a July one there), a stage told by dated steps (no 对接 column, other
words for "not yet", a step's column missing), one record over two rows under a merged name (a stage going back
is asked), and a book of monthly sheets (5-6月 in the file's name over 5月 | 6月; 1-6月, a file named for June alone, or for no month,
keeps May's sheet as a sheet left over).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.handmade import fresh17 as f17
from tests.handmade.cells import put, save, title
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def _targets(folder: Path, rows: list[tuple[Any, ...]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    title(ws, "2026年工业倍增计划主要目标", 3)
    put(ws, 2, 1, ["指标名称", "单位", "年度目标"])
    for r, row in enumerate(rows, 3):
        put(ws, r, 1, list(row))
    return save(wb, folder / "工信局2026年目标任务.xlsx")


def test_rate_targets_as_fractions_are_said_once_naming_the_rows(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _targets(folder, [
        ("规上工业总产值", "亿元", 28), ("规上工业增加值增速", "%", 0.085), ("工业固定资产投资增速", "%", 0.12)])),
        "targets", "工信局", "2026", 3)
    assert sql(county_full, "select indicator, value from cur_targets order by excel_row")[1:] == [
        ("va_target_pct", D("8.5")), ("fai_target_pct", D(12))]
    [said] = [p.message for p in o.problems if p.code == "pct_as_fraction"]
    assert "第4、5行" in said, said


def test_a_lone_rate_target_fraction_among_percents_is_questioned(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _targets(folder, [
        ("规上工业总产值", "亿元", 28), ("规上工业增加值增速", "%", 0.3), ("工业固定资产投资增速", "%", 12),
        ("技改投资增速", "%", 15)])), "targets", "工信局", "2026", 4)
    assert ("pct_scale", "Sheet!C4") in codes(o, "warning")
    assert sql(county_full, "select value from cur_targets where indicator = 'va_target_pct'") == [(D("0.3"),)]


def _running(folder: Path, head: list[str], cut: int | None = None) -> Path:
    """f17's running 培育 ledger with its month columns headed ``head`` (cut: the last month column dropped)."""
    path = f17.cult_running_ledger_status_by_month(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for c, text in zip("FGHI", head, strict=True):
        ws[f"{c}3"] = text
    if cut is not None:
        ws.delete_cols(cut)
    wb.save(path)
    return path


def test_state_by_month_headed_with_its_word(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _running(folder, ["3月状态", "4月状态", "5月状态", "6月状态"])),
                 "cultivation", "工信局", "2026-06", 4)
    assert [s for (s,) in sql(county_full, "select status from cur_cultivation order by excel_row")] == [
        "申报中", "已认定", "培育中", "已入库"]
    [said] = [p for p in o.problems if p.code == "state_by_month"]
    assert said.cell == "I3" and "3月、4月、5月的未读取" in said.message, said.line()


@pytest.mark.parametrize(("head", "cut", "words"), [(["3月", "4月", "5月", "6月"], 9, "没有6月的一列"),
                                                    (["4月", "5月", "6月", "7月"], None, "有7月的一列")])
def test_state_by_month_without_the_returns_month_is_asked(county_full: Config, head: list[str], cut: int | None,
                                                          words: str) -> None:
    o = rejected(take(county_full, lambda folder: _running(folder, head, cut)))
    [said] = [p.line() for p in o.problems if p.code == "state_month_unclear"]
    assert words in said and "培育状态" in said and "工信局6月培育台账.xlsx" in said, said


def _attr(folder: Path, head: list[str], rows: list[list[Any]]) -> Path:
    wb, ws = f17._attr(rows, head=head)
    return save(wb, folder / "招商局6月项目台账.xlsx")


_STEPS = ["序号", "项目名称", "产业链", "落户乡镇", "签约日期", "落户日期", "开工日期", "投产日期", "总投资", "本年到位资金"]


def test_stage_told_by_steps_without_a_contact_column(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _attr(folder, _STEPS, [
        [1, "光伏组件边框加工项目", "光伏", "东镇", "2026.1.15", "2026.3.1", "2026.4.20", "尚未投产", 30000, 6000],
        [2, "魔芋精深加工项目", "涉农加工", "西镇", "2026.5.18", "暂未落地", "待开工", None, 8000, 0],
        [3, "精细化工中间体项目", "精细化工", None, "未", None, None, None, 50000, 0]])),
        "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select stage, landed_date, produced_date from cur_attraction order by excel_row") == [
        ("开工", dt.date(2026, 3, 1), None), ("签约", None, None), ("对接", None, None)]
    assert {p.column for p in o.problems if p.code == "state_in_date"} == {"签约日期", "落户日期", "开工日期", "投产日期"}


def test_a_later_step_said_not_yet_in_an_earlier_steps_date_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, lambda folder: _attr(folder, _STEPS, [
        [1, "光伏组件边框加工项目", "光伏", "东镇", "2026.1.15", "2026.3.1", "未投产", None, 30000, 6000]])))
    assert ("not_a_date", "Sheet1!G4") in codes(o, "error")


def test_stage_not_told_when_a_steps_column_is_missing(county_full: Config) -> None:
    head = [h for h in _STEPS if h != "投产日期"]
    o = accepted(take(county_full, lambda folder: _attr(folder, head, [
        [1, "光伏组件边框加工项目", "光伏", "东镇", "2026.1.15", "2026.3.1", "2026.4.20", 30000, 6000]])),
        "attraction", "招商局", "2026-06", 1)
    assert sql(county_full, "select stage from cur_attraction") == [(None,)]  # 投产 may have come: not guessed
    assert "missing_column_skews" in [c for c, _ in codes(o, "warning")]


def _two_rows(folder: Path, upper: str, lower: str) -> Path:
    path = f17.attr_one_project_over_two_rows(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["F4"], ws["F5"] = upper, lower
    ws.unmerge_cells("A4:A5")  # the name alone merged: still one record
    ws["A5"] = None
    wb.save(path)
    return path


def test_one_project_under_a_merged_name_alone_with_the_stage_in_words(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: _two_rows(folder, "已签约", "在建")), "attraction", "招商局",
                 "2026-06", 4)
    assert sql(county_full, "select stage, funds_in_place, responsible from cur_attraction order by excel_row")[0] == (
        "开工", D(6000), "东镇")
    [said] = [p.message for p in o.problems if p.code == "joined_row"]
    assert "合并在第4—5行" in said and "“在建”" in said and "“已签约”" in said, said


def test_a_stage_going_back_under_a_merged_name_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, lambda folder: _two_rows(folder, "开工", "签约")))
    assert ("split_row_unsure", "Sheet1!F5") in codes(o, "error")


def _months(folder: Path, name: str, months: tuple[int, ...] = (5, 6)) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month in months:
        ws = wb.create_sheet(f"{month}月")
        head = [h.replace("1-6月", f"1-{month}月") for h in f16.FAI]
        f16._fai(f"东镇2026年1-{month}月工业固定资产投资项目进展情况表", "东关镇人民政府", head=head, ws=ws, wb=wb)
        f16._fai_rows(ws, f17.MAY_EAST if month == 5 else f16.EAST)
    return save(wb, folder / name)


def test_a_book_of_months_named_for_exactly_its_months_gives_each_month(county_full: Config) -> None:
    outcomes = take(county_full, lambda folder: _months(folder, "东镇2026年5-6月固投.xlsx"))
    assert sorted((o.period, o.status, o.rows) for o in outcomes) == [("2026-05", "accepted", 3),
                                                                      ("2026-06", "accepted", 3)]
    assert sql(county_full, "select period, sum(invest_cum) from cur_fai_projects group by 1 order by 1") == [
        ("2026-05", D(1550)), ("2026-06", D(2000))]


# 1-6月 over 5月 | 6月 is June's return to date with last month's sheet kept (the metamorphic suite's
# file_name_dated + last_month_sheet_kept): read as June's, May's sheet named as not read — never May replaced
@pytest.mark.parametrize("name", ["东镇6月固投.xlsx", "东镇固投项目.xlsx", "东镇2026年1-6月固投.xlsx"])
def test_a_file_named_for_june_or_no_month_keeps_mays_sheet_as_left_over(county_full: Config, name: str) -> None:
    [o] = take(county_full, lambda folder: _months(folder, name))
    accepted([o], "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select distinct period from cur_fai_projects") == [("2026-06",)]
    assert "「5月」" in " ".join(p.message for p in o.problems if p.code == "sheet_chosen")
