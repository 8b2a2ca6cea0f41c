"""The outside probe p19 of session 17's rules (tests/handmade/probe19.py): what a careful person takes from each
return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong
figures first (none found: every miss below is a refusal or a check left undone)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import probe19 as p
from tests.test_handmade import codes, drop, ind, rejected, sql
from tests.test_handmade import take_lazily as take


def _first_then(cfg: Config, paths: list) -> list[Outcome]:
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


def _lines(o: Outcome, code: str) -> list[tuple[str, str, str]]:
    return [(x.severity, x.cell or "", x.line()) for x in o.problems if x.code == code]


# ---- silent: a check left undone ----------------------------------------------------------------------------------

def test_a_sentence_above_the_table_is_checked(county_full: Config) -> None:
    [o] = take(county_full, p.attr_sentence_above_the_table)
    assert (o.status, o.rows) == ("accepted", 4), codes(o)
    assert sql(county_full, "select sum(total_investment) from cur_attraction") == [(D(100000),)]
    assert [c for c, _ in codes(o, "warning")].count("total_count") == 1, codes(o)
    assert [cell for _, cell, _ in _lines(o, "total_mismatch")] == ["A3"], codes(o)


# ---- never a wrong figure: taken or asked as a careful person would -----------------------------------------------

def test_benqi_beside_a_month_column_under_a_range_title_is_the_cumulative(county_full: Config) -> None:
    # 1月至6月 in the title and a 本月产值 column beside: 本期 | 上年同期 under 工业总产值 are the half year
    [o] = take(county_full, p.ent_benqi_under_a_range_title_beside_a_month_column)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select sum(output_month), sum(output_cum), sum(output_cum_last_year) "
                            "from cur_enterprise_output") == [(D(2850), D(16900), D(15600))]


def test_a_fund_row_in_a_land_list_without_sender_is_not_the_land_departments(county_full: Config) -> None:
    # not all rows are land, so the list is no 自然资源局's by its rows: whose it is is asked (missing_sender)
    o = rejected(take(county_full, p.factors_land_list_with_one_fund_row_and_no_sender))
    assert [c for c, _ in codes(o, "error")] == ["missing_sender"], codes(o)
    assert sql(county_full, "select count(*) from cur_factors") == [(0,)]


def test_a_project_code_typed_with_spaces_is_asked_not_counted_twice(county_full: Config) -> None:
    # 西镇's ``2618 610599 04 01 000020`` is asked on its cell (format); the 产业园's 1,000 is never counted twice
    paths = p.fai_border_project_code_typed_with_spaces(county_full.inbox)
    o = rejected(_first_then(county_full, paths))
    assert [c for c in codes(o, "error")] == [("project_code_format", "Sheet1!B6")], codes(o)
    assert ind(county_full, "fai_cum") == pytest.approx(0.30)


def test_a_county_named_as_the_prefix_of_another_is_not_taken_for_it(county_full: Config) -> None:
    # ``甲`` is 甲县; ``甲山`` is asked (unknown_name on A8), never filed under 甲县
    o = rejected(take(county_full, p.city_short_name_that_is_a_prefix_of_another))
    assert [c for c in codes(o, "error")] == [("unknown_name", "Sheet1!A8")], codes(o)
    assert "甲山" in _lines(o, "unknown_name")[0][2]
    assert sql(county_full, "select count(*) from cur_city_comparison") == [(0,)]


def test_a_sentence_in_wanyuan_off_at_its_decimal_is_warned(county_full: Config) -> None:
    [o] = take(county_full, p.attr_sentence_in_wanyuan_off_at_its_decimal)
    assert (o.status, o.rows) == ("accepted", 4), codes(o)
    [(sev, cell, line)] = _lines(o, "total_mismatch")
    assert (sev, cell) == ("warning", "A9") and "8500.4" in line.replace(",", ""), line
    assert not _lines(o, "total_count")


def test_quarter_shares_summing_only_in_decimals_are_made_cumulative(county_full: Config) -> None:
    [o] = take(county_full, p.targets_quarter_shares_summing_in_decimals)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select value, q1, q2, q3, q4 from cur_targets") == [
        (D(28), D("5.6"), D("12.6"), D("20.3"), D(28))]
    assert "quarters_made_cumulative" in [c for c, _ in codes(o)], codes(o)


# ---- refused though readable --------------------------------------------------------------------------------------

def test_the_land_bureau_under_its_reformed_name(county_full: Config) -> None:
    [o] = take(county_full, p.factors_land_sent_by_ziran_ziyuan_he_guihua_ju)
    assert (o.status, o.sender, o.rows) == ("accepted", "自然资源局", 3), (o.status, o.sender, codes(o))
    assert sql(county_full, "select sum(area_mu) from cur_factors") == [(D(120),)]


def test_a_second_instalment_row_with_only_an_amount_is_one_parcel(county_full: Config) -> None:
    [o] = take(county_full, p.land_second_instalment_row_only_an_amount)
    assert (o.status, o.rows) == ("accepted", 2), codes(o)
    assert sql(county_full, "select parcel_code, event_date, area_mu, amount from cur_factors order by excel_row") == [
        ("610599-2026-001", dt.date(2026, 3, 12), D(30), D(900)),
        ("610599-2026-002", dt.date(2026, 4, 28), D(45), D(1350))]


def test_a_revision_left_blank_keeps_the_original_target(county_full: Config) -> None:
    # why: a blank 调整后目标 is a target not revised: its 年初目标 stands, and the reading note names the row
    outs = take(county_full, p.targets_revision_left_blank_for_an_unchanged_row)
    assert sql(county_full, "select indicator, value from cur_targets order by indicator") == [
        ("fai_target_pct", D(12)), ("output_target", D(26)), ("va_target_pct", D(8))], [
        (o.status, codes(o)) for o in outs]
    [said] = [p for o in outs for p in o.problems if p.code == "not_revised"]
    assert (said.cell, said.message) == ("D4", "「调整后目标」空着，按未调整读取「年初目标」的数"), said.line()


def test_parts_in_chinese_numerals_after_words(county_full: Config) -> None:
    [o] = take(county_full, p.notes_parts_typed_in_chinese_numerals_after_words)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select section from cur_progress_notes order by excel_row") == [("6",), ("二1",), ("三2",)]


def test_a_pdf_under_an_xlsx_name_is_told_it_is_a_pdf(county_full: Config) -> None:
    # why: the bytes are a PDF (reader.disguised): "damaged, open it in Excel" sent the clerk the wrong way
    o = rejected(take(county_full, p.pdf_saved_under_an_xlsx_name))
    text = " ".join(x.line() for x in o.problems)
    assert "PDF" in text.upper(), text
    assert [c for c, _ in codes(o, "error")] == ["disguised_type"]
    assert "文件扩展名是 .xlsx，但内容不是 Excel 表格：这是版式文件（PDF）" in text and "不要转成 PDF" in text
