"""The outside probe p20 (tests/handmade/probe20.py): disguised files, a 合计 sentence with 约 and 元, 问题（三）1,
a revision table left blank, a July row in a June funds ledger — what a careful person takes from each return.
Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong figures first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from beizeng.base.config import Config
from tests.handmade import probe20 as p
from tests.test_handmade import codes, ind, rejected, sql, take

# ---- silent wrong figures -----------------------------------------------------------------------------------------


def test_a_july_row_copied_into_a_june_ledger_is_stored_said_and_not_counted(county_full: Config) -> None:
    [o] = take(county_full, p.funds_july_row_copied_from_a_june_row)
    assert (o.status, o.rows) == ("accepted", 4), codes(o)
    assert codes(o, "warning", "error") == [("event_after_period", "Sheet1!C7")]
    assert sql(county_full, "select event_date, amount from cur_factors order by excel_row")[-1] == (
        dt.date(2026, 7, 3), D(200))
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(500)  # 300 + 200, never 700


# ---- refused though readable --------------------------------------------------------------------------------------

def test_problem_parenthesised_with_a_subpoint_is_read(county_full: Config) -> None:
    [o] = take(county_full, p.notes_problem_parenthesised_with_a_subpoint)
    assert o.status == "accepted", codes(o)
    got = [s for (s,) in sql(county_full, "select section from cur_progress_notes order by excel_row")]
    assert got[0] == "二3" and got[1].startswith("二3") and got[2:] == ["三3", "二2"], got


# ---- refused, and said so ------------------------------------------------------------------------------------------

def test_a_png_named_xls_is_refused_as_a_picture(county_full: Config) -> None:
    o = rejected(take(county_full, p.png_saved_under_an_xls_name))
    [e] = [x for x in o.problems if x.severity == "error"]
    assert e.code == "disguised_type" and "图片" in e.message and "损坏" not in e.message, e.message
    assert ".xlsx" in e.fix, e.fix


def test_a_workbook_holding_only_a_photo_says_it_is_a_picture(county_full: Config) -> None:
    o = rejected(take(county_full, p.xlsx_whose_only_sheet_is_a_pasted_photo))
    assert any("图片" in x.message for x in o.problems if x.severity == "error"), codes(o)
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


# ---- taken as a careful person would -------------------------------------------------------------------------------

def test_a_sentence_with_yue_agrees_and_one_in_yuan_is_checked_to_the_yuan(county_full: Config) -> None:
    [o] = take(county_full, p.attr_sentence_with_yue_and_funds_in_yuan)
    assert (o.status, o.rows) == ("accepted", 4), codes(o)
    [w] = [x for x in o.problems if x.severity in ("warning", "error")]
    assert (w.cell, w.severity) == ("A9", "warning") and "到位" in w.message and "总投资" not in w.message, w.message


def test_a_revision_table_with_every_revision_blank_keeps_the_targets(county_full: Config) -> None:
    [o] = take(county_full, p.targets_revision_column_blank_everywhere)
    assert o.status == "accepted", codes(o)
    assert sorted(c for c, _ in codes(o, "info") if c == "not_revised") == ["not_revised"] * 3
    assert sql(county_full, "select indicator, value from cur_targets order by excel_row") == [
        ("output_target", D(28)), ("va_target_pct", D(8)), ("fai_target_pct", D(10))]
