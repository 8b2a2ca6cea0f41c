"""A return kept as a sheet per month (tests/handmade/months9.py), read through the real pipeline: a register of
events split by month is one ledger (its rows together, each with its sheet and row), a register or a return of
the period's figures kept as the year's returns is read as its newest sheet, and what the rows and the form
disagree about is asked in Chinese (issue 11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import months9 as m9
from tests.test_handmade import accepted, ind, sql, take

D = dt.date


def said(o: Outcome, *severities: str) -> list[tuple[str, str, str, str]]:
    """(code, sheet, cell, the line the sender reads) of the outcome's problems of those severities."""
    return [(p.code, p.sheet or "", p.cell or "", p.line()) for p in o.problems if p.severity in severities]


def test_funds_kept_as_a_sheet_per_quarter_are_the_half_years_ledger(county_full: Config) -> None:
    o = accepted(take(county_full, m9.funds_a_sheet_per_quarter), "factors", "财政局", "2026-06", 5)
    assert ind(county_full, "fund_contributed") == pytest.approx(270)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(500)
    assert sql(county_full, "select sheet, excel_row, amount from cur_factors order by event_date") == [
        ("第一季度", 5, Decimal("500")), ("第一季度", 4, Decimal("120")), ("第二季度", 4, Decimal("300")),
        ("第二季度", 6, Decimal("200")), ("第二季度", 5, Decimal("150"))]
    joined = [line for code, _, _, line in said(o, "info") if code == "sheets_joined"]
    assert len(joined) == 1 and "「第一季度」" in joined[0] and "「第二季度」" in joined[0]
    assert not said(o, "warning", "error")


def test_land_sheets_named_by_date_with_a_parcel_entered_late(county_full: Config) -> None:
    o = accepted(take(county_full, m9.land_sheets_named_by_date_one_parcel_late), "factors", "自然资源局", "2026-05", 4)
    assert ind(county_full, "land_parcels", "2026-05") == 4
    assert ind(county_full, "land_area_mu", "2026-05") == pytest.approx(60)
    assert sql(county_full, "select parcel_code, sheet, excel_row from cur_factors order by event_date") == [
        ("DZ2026-21", "2026.2", 4), ("XZ2026-22", "2026.3", 4), ("DZ2026-23", "2026.5", 4), ("XZ2026-24", "2026.5", 5)]
    # the April parcel on May's sheet: a word on its date cell, in the file's terms, and counted once
    [(code, sheet, cell, line)] = said(o, "warning")
    assert (code, sheet, cell) == ("date_outside_sheet", "2026.5", "B4")
    assert "2026年4月28日" in line and "「2026.5」" in line


def test_land_sheets_each_the_ledger_to_date_read_the_newest(county_full: Config) -> None:
    o = accepted(take(county_full, m9.land_sheets_each_the_ledger_to_date), "factors", "自然资源局", "2026-06", 2)
    assert ind(county_full, "land_parcels") == 2
    assert ind(county_full, "land_area_mu") == pytest.approx(35)
    assert sql(county_full, "select distinct sheet from cur_factors") == [("6月",)]
    chosen = [line for code, _, _, line in said(o, "info") if code == "sheet_chosen"]
    assert chosen and "「3月」" in chosen[0]


def test_land_sheets_repeating_some_parcels_are_asked(county_full: Config) -> None:
    [o] = take(county_full, m9.land_sheets_repeat_some_parcels)
    assert o.status == "rejected"
    [(code, _, _, line)] = said(o, "error")
    assert code == "ambiguous_sheet"
    assert "「4月」" in line and "「6月」" in line and "重复" in line
    assert sql(county_full, "select count(*) from cur_factors") == [(0,)]


def test_land_kept_as_a_sheet_per_township_is_still_one_return(county_full: Config) -> None:
    accepted(take(county_full, m9.land_a_sheet_per_township), "factors", "自然资源局", "2026-06", 3)
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(39)
    assert sql(county_full, "select parcel_code, township, sheet from cur_factors order by parcel_code") == [
        ("DZ2026-51", "东镇", "东镇"), ("DZ2026-52", "东镇", "东镇"), ("XZ2026-53", "西镇", "西镇")]


def test_project_report_as_a_sheet_per_month_reads_the_newest(county_full: Config) -> None:
    outcomes = take(county_full, m9.fai_sheets_named_in_chinese_months)
    accepted([o for o in outcomes if o.period == "2026-06"], "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select invest_month, invest_cum, sheet from cur_fai_projects where period = '2026-06' "
                            "order by excel_row") == [(Decimal("600"), Decimal("3000"), "六月"),
                                                      (Decimal("400"), Decimal("1400"), "六月")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.44)


def test_a_ledger_of_states_kept_as_new_projects_a_month_is_asked(county_full: Config) -> None:
    [o] = take(county_full, m9.attraction_new_projects_a_sheet_per_month)
    assert o.status == "rejected"
    [(code, _, _, line)] = said(o, "error")
    assert code == "ambiguous_sheet"
    assert "「5月」" in line and "「6月」" in line and "互不相同" in line
