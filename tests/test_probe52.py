"""The outside probe p52 (tests/handmade/probe52.py): columns a clerk shifted, swapped or pasted wrong in a sheet
copied from last month — a block pasted one column right or one row down, 本月 and 1-N月累计 swapped (whole table,
one row), 本年 and 上年同期 swapped, May's figures sent again under a June title, a 累计 left at May's, a column of 元
under 万元, a scratch column beside the table, numbers under 备注. Each June return comes after the same sender's
May return is stored, so the warehouse can be held against it.

Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong figures
first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import probe52 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take

Maker = Callable[[Path], Path]
ENT = ("select output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output "
       "where period = ? order by excel_row")
FAI = "select annual_plan, invest_month, invest_cum from cur_fai_projects where period = ? order by excel_row"
JUNE_ENT = [tuple(D(v) for v in r) for r in p.JUNE]
JUNE_FAI = [(D(r[6]), D(m), D(c)) for r, (m, c) in zip(p.PROJECTS, p.P_JUNE, strict=True)]


def _june(cfg: Config, may: Maker, june: Maker) -> Outcome:
    """The sender's May return stored (accepted, no warning), then its June return read."""
    [o5] = take(cfg, may)
    assert (o5.status, o5.period) == ("accepted", "2026-05"), codes(o5)
    [o] = take(cfg, june)
    assert o.period == "2026-06", codes(o)
    return o


def _at(o: Outcome, code: str) -> list[str]:
    """The cells (sheet!cell) of the outcome's problems of that code."""
    return [cell for c, cell in codes(o) if c == code]


def _said(o: Outcome) -> list[tuple[str, str]]:
    """(code, sheet!cell) of the warnings and errors."""
    return codes(o, "warning", "error")


# ---- silent wrong figures --------------------------------------------------------------------------------------------

def test_this_and_last_year_swapped_without_month_is_not_stored_silently(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_swapped_without_month)
    swap = [x.line() for x in o.problems if x.severity != "info" and "上年同期" in x.line()]
    assert o.status == "rejected" or swap, _said(o)
    assert o.status == "rejected" or sql(county_full, ENT, ["2026-06"])[0][1] != D(4800)
    # fx52b: one error for the return, naming both columns' cells; nothing of June stored
    assert _said(o) == [("years_swapped", "6月!I5")], _said(o)
    [line] = swap
    assert "本年累计与上年同期像是填反了" in line and "（I5:I9）" in line and "（J5:J9）" in line, line
    assert "+15.0%" in line and "−14.3%" in line and "+16.7%" in line, line
    assert sql(county_full, ENT, ["2026-06"]) == []


def test_this_and_last_year_swapped_is_said_as_a_swap(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_this_and_last_year_swapped)
    assert _at(o, "month_mismatch") == [f"6月!H{r}" for r in range(5, 10)]
    swap = [x.line() for x in o.problems if x.severity != "info" and "上年同期" in x.line()]
    assert o.status == "rejected" or swap, _said(o)
    # fx52b: said once, and 本月 typed is the swapped 1-6月 minus May's on every row
    [line] = [x.line() for x in o.problems if x.code == "years_swapped"]
    assert "本年累计与上年同期像是填反了" in line and "5行的本月数正好等于对调后的累计" in line, line
    assert sql(county_full, ENT, ["2026-06"]) == []


def test_this_and_last_year_swapped_in_the_first_return_of_the_year_cannot_be_told(county_full: Config) -> None:
    # fx52b: nothing of the year stored before it, nothing to hold the swap against: no word, stored as typed
    [o] = take(county_full, p.ent_june_swapped_without_month)
    assert o.status == "accepted" and not _at(o, "years_swapped"), codes(o)


def test_last_column_spilled_into_an_unheaded_column_is_said(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_revenue_spilled_right)
    rows = sql(county_full, ENT, ["2026-06"])
    assert o.status == "rejected" or [r[:3] for r in rows] == [r[:3] for r in JUNE_ENT]
    assert [c for c, cell in _said(o) if cell.startswith(("6月!K", "6月!L"))], codes(o)
    # fx53c: a warning on the unheaded column, naming its figures and the empty 营业收入 beside it; output stored
    assert _said(o) == [("pasted_beside_column", "6月!L3")], _said(o)
    [line] = [x.line() for x in o.problems if x.code == "pasted_beside_column"]
    assert "L列没有表头却有数字（L5:L10）" in line and "营业收入（K列）整列为空" in line and "移到K列" in line, line
    assert o.status == "accepted" and [r[3] for r in rows] == [None] * 5


@pytest.mark.xfail(strict=True, reason="today: L4 (本月 blank, 1-6月 3,000 − May's 2,400 = 600) stored as NULL "
                   "with no word; 600 and 200 stored one project down, said only as month_mismatch on L5, L6 and "
                   "total_mismatch on L7")
def test_month_pasted_one_row_down_names_the_blank_first_row(county_full: Config) -> None:
    o = _june(county_full, p.proj_may, p.proj_june_month_one_row_down)
    assert _at(o, "month_mismatch") == ["项目进度!L5", "项目进度!L6"] and "项目进度!L7" in _at(o, "total_mismatch")
    assert [m for _, m, _ in sql(county_full, FAI, ["2026-06"])] in ([], [D(600), D(200), D(150)]), codes(o)
    assert [c for c, cell in _said(o) if cell == "项目进度!L4"], codes(o)


def test_scratch_column_beside_the_table_is_said(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_scratch_sum)
    assert o.status == "accepted" and sql(county_full, ENT, ["2026-06"]) == JUNE_ENT, codes(o)
    assert [c for c, cell in codes(o) if cell.startswith("6月!L")], codes(o)
    # fx53c: a note (not a warning: 营业收入 beside it is filled), naming L's figures over the table's rows
    assert not _said(o) and _at(o, "extra_column") == ["6月!L3"], codes(o)
    [line] = [x.line() for x in o.problems if x.code == "extra_column"]
    assert "L列没有表头，有数字（L5:L10），未读取" in line and "加上表头" in line, line


# ---- RIGHT: refused, nothing of June stored ---------------------------------------------------------------------------

@pytest.mark.parametrize("maker", [p.ent_june_all_shifted_right, p.ent_june_last_two_shifted_right])
def test_block_pasted_one_column_right_is_refused(county_full: Config, maker: Maker) -> None:
    # the whole block: 1-6月 1,000 after May's 4,600 (I5:I9); the last two: 营业收入 4,800 after May's 4,830 (K5:K9)
    o = _june(county_full, p.ent_may, maker)
    assert o.status == "rejected", codes(o)
    col = "I" if maker is p.ent_june_all_shifted_right else "K"
    assert [f"6月!{col}{r}" for r in range(5, 10)] == [c for c in _at(o, "cum_decreased") if c[3] == col]
    assert sql(county_full, ENT, ["2026-06"]) == []
    assert len(sql(county_full, ENT, ["2026-05"])) == 5


def test_month_and_cumulative_swapped_for_the_table_is_refused(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_month_and_cum_swapped)
    assert o.status == "rejected", codes(o)
    assert _at(o, "cum_below_month") == [f"6月!I{r}" for r in range(5, 10)]
    [first] = [x for x in o.problems if x.code == "cum_below_month" and x.cell == "I5"]
    assert "1-6月累计 1,000 小于本月 5,600" in first.line() and "填反" in first.line()
    assert sql(county_full, ENT, ["2026-06"]) == []


def test_month_and_cumulative_swapped_on_one_row_is_refused(county_full: Config) -> None:
    o = _june(county_full, p.proj_may, p.proj_june_one_row_swapped)
    assert o.status == "rejected", codes(o)
    assert _at(o, "cum_below_month") == ["项目进度!M4"] and _at(o, "cum_decreased") == ["项目进度!M4"]
    assert sql(county_full, FAI, ["2026-06"]) == []


def test_this_and_last_year_swapped_in_a_fast_county_is_refused(county_full: Config) -> None:
    # every firm "shrinks" 40 %: 1-6月 4,500 below May's 6,000 on every row
    o = _june(county_full, p.ent_may_fast, p.ent_june_fast_swapped)
    assert o.status == "rejected", codes(o)
    assert _at(o, "cum_decreased") == [f"6月!I{r}" for r in range(5, 10)]
    assert not _at(o, "years_swapped"), codes(o)  # cum_decreased says it cell by cell: not said twice
    assert sql(county_full, ENT, ["2026-06"]) == []


@pytest.mark.parametrize(("may", "june", "cells", "form"), [
    (p.ent_may, p.ent_june_last_year_in_yuan, [f"6月!J{r}" for r in range(5, 10)], ENT),
    (p.proj_may, p.proj_june_plan_in_yuan, ["项目进度!H4", "项目进度!H5", "项目进度!H6"], FAI),
])
def test_yuan_under_a_wan_header_is_refused(county_full: Config, may: Maker, june: Maker, cells: list[str],
                                            form: str) -> None:
    o = _june(county_full, may, june)
    assert o.status == "rejected", codes(o)
    assert _at(o, "out_of_scale") == cells
    assert all("单位" in x.line() for x in o.problems if x.code == "out_of_scale")
    assert sql(county_full, form, ["2026-06"]) == []


# ---- RIGHT: stored with a warning naming the cells -----------------------------------------------------------------------

def test_mays_return_under_a_june_title_is_said(county_full: Config) -> None:
    o = _june(county_full, p.ent_may, p.ent_june_unchanged_copy)
    assert _at(o, "same_as_previous") == ["6月!I5"] and _at(o, "month_mismatch") == [f"6月!H{r}" for r in range(5, 10)]
    [same] = [x for x in o.problems if x.code == "same_as_previous"]
    assert "与上期（1-5月）报表完全相同" in same.line() and "请填入本期" in same.line()
    assert sql(county_full, ENT, ["2026-06"]) == [tuple(D(v) for v in r) for r in p.MAY]


def test_cumulative_left_at_mays_is_said(county_full: Config) -> None:
    o = _june(county_full, p.proj_may, p.proj_june_cum_not_added)
    assert _at(o, "same_as_previous") == ["项目进度!M4"]
    assert _at(o, "month_mismatch") == ["项目进度!L4", "项目进度!L5", "项目进度!L6"]
    [first] = [x for x in o.problems if x.code == "month_mismatch" and x.cell == "L4"]
    assert "本期累计 2,400 减上期（1-5月）累计 2,400，即 0" in first.line()
    assert [c for _, _, c in sql(county_full, FAI, ["2026-06"])] == [D(2400), D(1000), D(650)]


@pytest.mark.parametrize(("may", "june", "form", "right"), [
    (p.ent_may, p.ent_june, ENT, JUNE_ENT), (p.proj_may, p.proj_june, FAI, JUNE_FAI),
    (p.proj_may, p.proj_june_numbers_in_remarks, FAI, JUNE_FAI)])
def test_the_right_returns_read_exactly(county_full: Config, may: Maker, june: Maker, form: str,
                                        right: list[tuple[D, ...]]) -> None:
    # the style reads as it is (two-row header, 合计 row, footer), and a 备注 column holding numbers is named not read
    o = _june(county_full, may, june)
    assert o.status == "accepted" and not _said(o), codes(o)
    assert sql(county_full, form, ["2026-06"]) == right
    if form is FAI:
        assert _at(o, "extra_column") == ["项目进度!N3"]
