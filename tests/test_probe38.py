"""The outside probe p38 (tests/handmade/probe38.py): what a cell SHOWS against what it HOLDS — scaling number formats
(``#,##0,``, ``0!.0``, ``0!.0,"万"``, ``0!.0000"亿元"``), display rounding, ``;;;``, "-" for zero, red parentheses,
codes held as numbers, a date format on an amount, 8.5 under ``0.0%``, a stale formula result, a comment ``实为…``, a
column 0.5 wide, a figure yellow on yellow, ``####``.  The rule: a file never outranks what it shows.  The probe's
seven strict xfails are fixed (fx38: beizeng.intake.shown reads what a number format shows); silent wrong figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from tests.handmade import probe38 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take

FAI = "select total_investment, annual_plan, invest_month, invest_cum from cur_fai_projects order by excel_row"
ENT = "select industry_code, entered_month, output_cum from cur_enterprise_output order by excel_row"


def _asked_on(o: object, cell: str) -> bool:
    return any(x.cell == cell and x.severity == "error" for x in getattr(o, "problems", []))


# ---- SILENT wrong figures ----------------------------------------------------------------------------------------------

def test_yuan_shown_in_thousands_under_qianyuan_is_read_as_shown(county_full: Config) -> None:
    [o] = take(county_full, p.ent_thousands_shown_from_yuan)
    stored = [c for _, _, c in sql(county_full, ENT)]
    # 2,500 千元 shown = 250 万元; or refused with a question on the first amount — never 250,000 万元
    assert stored == [D(250), D(180), D(320)] or (stored == [] and _asked_on(o, "I4")), codes(o)


def test_qianyuan_shown_as_wan_by_a_literal_point_is_read_as_shown(county_full: Config) -> None:
    [o] = take(county_full, p.ent_thousands_shown_as_wan)
    stored = [c for _, _, c in sql(county_full, ENT)]
    assert stored == [D(2500), D(1800), D(3200)] or (stored == [] and _asked_on(o, "I4")), codes(o)


def test_a_figure_hidden_by_three_semicolons_is_asked_not_stored(county_full: Config) -> None:
    [o] = take(county_full, p.fai_figure_hidden_by_format)
    assert _asked_on(o, "N5"), codes(o)
    assert D(1200) not in [c for *_, c in sql(county_full, FAI)]


def test_a_formula_is_read_as_excel_shows_it_not_by_its_stale_result(county_full: Config) -> None:
    [o] = take(county_full, p.fai_stale_formula_result)
    stored = [c for *_, c in sql(county_full, FAI)]
    assert stored == [D(3000), D(1200)] or (stored == [] and _asked_on(o, "N4")), codes(o)


# ---- wrong, but said ---------------------------------------------------------------------------------------------------

def test_a_typed_percentage_under_a_percent_format_is_never_stored_as_850(county_full: Config) -> None:
    [o] = take(county_full, p.city_percent_formats_mixed)
    assert ("pct_scale", "全市对比!E8") in codes(o) or _asked_on(o, "E8"), codes(o)
    assert D(850) not in [v for (v,) in sql(county_full, "select va_yoy_pct from cur_city_comparison")]


def test_a_column_half_a_character_wide_never_rivals_the_visible_one(county_full: Config) -> None:
    [o] = take(county_full, p.fai_stale_column_half_a_character_wide)
    assert o.status == "accepted", codes(o)
    assert [c for *_, c in sql(county_full, FAI)] == [D(3000), D(1200)]


def test_a_credit_code_kept_as_a_number_is_quoted_as_the_cell_shows_it(county_full: Config) -> None:
    [o] = take(county_full, p.ent_codes_held_as_numbers)
    [asked] = [x for x in o.problems if x.code == "code_as_number"]
    assert "916105990000003968" not in asked.line(), asked.line()


# ---- RIGHT -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("maker", "code", "cell"), [
    (p.fai_figure_yellow_on_yellow, "unseen_figure", "N5"),  # yellow on yellow, like white on white
    (p.fai_date_format_on_an_amount, "not_a_number", "N4"),  # 3,000 shown 1908-03-18
    (p.ent_codes_held_as_numbers, "code_as_number", "C4"),  # 9.16106E+17: the last digits are gone
])
def test_a_cell_that_shows_no_readable_figure_is_asked_on_its_cell(county_full: Config, maker: Callable[[Path], Path],
                                                                  code: str, cell: str) -> None:
    [o] = take(county_full, maker)
    assert o.status == "rejected", codes(o)
    assert any(x.code == code and x.cell == cell and x.severity == "error" for x in o.problems), codes(o)
    assert sql(county_full, FAI) == [] and sql(county_full, ENT) == []


def test_yuan_dressed_as_wan_by_a_format_is_read_as_shown_and_said(county_full: Config) -> None:
    # 200,000,000 under 0!.0,"万" shows 20000.0万; 30,000,000 under 0!.0000 shows 3000.0000: the 万元 everyone read
    [o] = take(county_full, p.fai_held_in_yuan_shown_in_wan)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, FAI) == [(D(20000), D(8000), D(600), D(3000)), (D(3000), D(1500), D(200), D(1200))]
    said = {x.cell: x for x in o.problems if x.code == "read_as_shown"}
    assert set(said) == {"H4", "N4"} and all(x.severity == "warning" for x in said.values()), codes(o)
    assert "H4:H5" in said["H4"].message and '0!.0,"万"' in said["H4"].message, said["H4"].line()


def test_a_format_whose_scale_fits_no_unit_is_asked_with_both_figures(county_full: Config) -> None:
    # 0.0,"万" divides by 1,000 but says 万: 3,000,000 shows 3000.0万 — 万元 of a tenth of a 元? asked on the cell
    [o] = take(county_full, p.fai_scale_and_unit_disagree)
    assert o.status == "rejected", codes(o)
    [asked] = [x for x in o.problems if x.code == "shown_scaled"]
    assert (asked.cell, asked.severity) == ("N4", "error") and "3,000,000" in asked.message and "3,000万元" in asked.message


def test_a_formula_beizeng_cannot_work_out_in_a_book_recalculated_on_opening_is_said(county_full: Config) -> None:
    [o] = take(county_full, p.fai_formula_recalculated_on_opening)
    assert o.status == "accepted", codes(o)
    assert ("formula_stale", "项目!N4") in codes(o, "warning")
    assert [c for *_, c in sql(county_full, FAI)] == [D(3000), D(1200)]


def test_wan_dressed_as_yi_or_with_a_unit_or_shown_hashes_is_the_held_figure(county_full: Config) -> None:
    # 2.0000亿元 over 20,000, 3000万元 over 3,000, #### over 8,000: what is held is what a person reads, in 万元
    [o] = take(county_full, p.fai_wan_shown_in_yi_and_with_unit)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, FAI) == [(D(20000), D(8000), D(600), D(3000)), (D(3000), D(1500), D(200), D(1200))]


def test_display_rounding_dash_and_red_brackets_keep_the_held_figures(county_full: Config) -> None:
    [o] = take(county_full, p.fai_display_rounded_dash_and_red_brackets)
    assert o.status == "accepted", codes(o)
    # unrounded on storage (shown 3,000.5 and 1,234.6); "-" is 0; (50.0) in red is −50, a 核减 said on M5
    assert sql(county_full, FAI) == [(D(20000), D(8000), D(0), D("3000.4567")), (D(3000), D(1500), D(-50), D("1234.5678"))]
    assert ("negative_month", "项目!M5") in codes(o, "warning")


def test_codes_padded_by_format_and_serial_months_are_read_as_shown(county_full: Config) -> None:
    [o] = take(county_full, p.ent_codes_zero_padded_only)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, ENT) == [("0610", "2019-06", D(30000)), ("1331", "2018-06", D(20000)),
                                     ("3021", "2020", D(50000))]


def test_a_figure_with_a_comment_saying_it_is_really_another_keeps_it_and_says_so(county_full: Config) -> None:
    [o] = take(county_full, p.fai_figure_with_a_correcting_comment)
    assert o.status == "accepted", codes(o)
    assert [c for *_, c in sql(county_full, FAI)] == [D(3000), D(1200)]
    [said] = [x for x in o.problems if x.code == "cell_comment"]
    assert (said.cell, said.severity) == ("N5", "warning") and "实为1250" in said.message, said.line()
