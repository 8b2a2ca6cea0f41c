"""Hand-made returns, round 8 (tests/handmade/matching8.py): two columns that look alike and that a person tells
apart at once — by the months a header names, once the return's month is known, and by the unit of one quantity
written twice.  Each test reads one workbook through the real pipeline and checks the figures a person takes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import matching8 as m8
from tests.handmade import values7 as v7
from tests.test_handmade import accepted, ind, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def said(o: Outcome, code: str) -> list[str]:
    return [p.sentence() for p in o.problems if p.code == code]


# ---------------------------------------------------------------------------------------------
# months: the return's month tells this month's column from last month's
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("earlier", ["1-5月累计产值（万元）", "1至5月累计产值（万元）", "前5月累计产值（万元）",
                                     "截至5月底累计产值（万元）", "1～5月累计产值（万元）"])
def test_last_months_cumulative_in_the_clerks_spellings_is_set_aside(county_full: Config, earlier: str) -> None:
    o = accepted(take(county_full, lambda folder: m8.ent_two_cumulatives(folder, earlier)), "enterprise_output",
                 "统计局", "2026-06", 3)
    assert sql(county_full, "select output_month, output_cum from cur_enterprise_output order by excel_row") == [
        (D("2000"), D("12000")), (D("1500"), D("9000")), (D("3000"), D("18000"))]
    assert ind(county_full, "output_cum") == pytest.approx(3.9)
    [note] = [p for p in o.problems if p.code == "earlier_month_column"]
    assert (note.severity, note.cell) == ("info", "G2")
    assert note.message.startswith("G列“") and "是截至5月的数，本表是6月的，未读取" in note.message
    assert not [p for p in o.problems if p.code == "extra_column" and p.col == 6]


def test_a_better_worded_earlier_cumulative_does_not_win(county_full: Config) -> None:
    """1-5月累计工业总产值 names the form's column better than 1-6月累计产值: the month still decides."""
    accepted(take(county_full, lambda folder: m8.ent_two_cumulatives(folder, "1-5月累计工业总产值（万元）")),
             "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_cum from cur_enterprise_output order by excel_row") == [
        (D("12000"),), (D("9000"),), (D("18000"),)]


@pytest.mark.parametrize(("earlier", "later"), [("5月产值（万元）", "6月产值（万元）"), ("五月份产值（万元）", "六月份产值（万元）")])
def test_last_months_month_beside_this_months(county_full: Config, earlier: str, later: str) -> None:
    o = accepted(take(county_full, lambda folder: m8.ent_two_months(folder, earlier, later)), "enterprise_output",
                 "统计局", "2026-06", 3)
    assert sql(county_full, "select output_month, output_cum from cur_enterprise_output order by excel_row") == [
        (D("2000"), D("12000")), (D("1500"), D("9000")), (D("3000"), D("18000"))]
    [note] = [p for p in o.problems if p.code == "earlier_month_column"]
    # one month's own figure is said as that month's, never as a sum "截至5月"
    assert note.cell == "F2" and "是5月的数，本表是6月的，未读取" in note.message and "截至" not in note.message


def test_two_cumulatives_when_only_their_headers_name_a_month_are_asked(county_full: Config) -> None:
    [o] = take(county_full, m8.ent_two_cumulatives_month_unsaid)
    assert o.status == "rejected"
    asked = [p for p in o.problems if p.code == "ambiguous_column"]
    assert [p.message for p in asked] == [
        "G列“1-5月累计产值(万元)”和H列“1-6月累计产值(万元)”都可能是“1-N月累计工业总产值”，无法判断应读哪一列"]
    assert not [p for p in o.problems if p.code == "earlier_month_column"]


def test_a_later_month_than_the_returns_is_still_asked(county_full: Config) -> None:
    """A May return (title 2026年5月) with 1-5月 and 1-6月 columns: June's cannot be in it, so nothing says which."""
    [o] = take(county_full, lambda folder: m8.ent_two_cumulatives(
        folder, "1-5月累计产值（万元）", title="2026年5月规上工业企业生产月报", file="统计局2026年5月规上工业.xlsx",
        sheet="5月"))
    assert o.status == "rejected"
    assert [p.code for p in o.problems if p.severity == "error"] == ["ambiguous_column"]


def test_the_values7_return_with_may_cumulative(county_full: Config) -> None:
    """values7's calculation sheet (1-6月 = 本月 + 1-5月 as formulas) read with its June cumulative."""
    o = accepted(take(county_full, v7.ent_formulas_beside_last_months_cumulative), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert [p.cell for p in o.problems if p.code == "earlier_month_column"] == ["G2"]


# ---------------------------------------------------------------------------------------------
# units: one quantity twice, the form's own unit read, the other held against it
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mu_header", ["折合（亩）", "合计（亩）", "折亩", "（亩）"])
def test_land_in_hectares_and_mu_reads_the_mu(county_full: Config, mu_header: str) -> None:
    o = accepted(take(county_full, lambda folder: m8.land_hectares_then_mu(folder, mu_header=mu_header)), "factors",
                 "自然资源局", "2026-05", 2)
    assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D("35.5"),), (D("52.38"),)]
    assert ind(county_full, "land_area_mu", "2026-05") == pytest.approx(87.88)
    assert [p.cell for p in o.problems if p.code == "restated_column"] == ["D3"]
    assert not [p for p in o.problems if p.code in ("restated_mismatch", "unit_converted", "extra_column")
                and p.col in (3, 4)]


def test_land_in_two_units_that_disagree_is_read_in_mu_and_warned(county_full: Config) -> None:
    o = accepted(take(county_full, lambda folder: m8.land_hectares_then_mu(folder, mu=(35.5, 53.38))), "factors",
                 "自然资源局", "2026-05", 2)
    assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D("35.5"),), (D("53.38"),)]
    [warned] = [p for p in o.problems if p.code == "restated_mismatch"]
    assert (warned.severity, warned.cell) == ("warning", "E5")
    assert warned.message == "D5“3.492”公顷折合52.38亩，与E5“53.38”亩不一致，相差1亩"


def test_land_area_over_hectares_and_mu_two_row_header(county_full: Config) -> None:
    o = accepted(take(county_full, m8.land_area_over_two_units), "factors", "自然资源局", "2026-05", 2)
    assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D("35.5"),), (D("52.38"),)]
    assert [p.cell for p in o.problems if p.code == "restated_column"] == ["D3"]
    assert not [p for p in o.problems if p.code == "ambiguous_column"]


def test_a_unit_alone_under_a_header_is_that_columns_unit(county_full: Config) -> None:
    o = accepted(take(county_full, m8.land_area_over_hectares), "factors", "自然资源局", "2026-05", 2)
    assert sql(county_full, "select area_mu from cur_factors order by excel_row") == [(D("35.5005"),), (D("52.38"),)]
    assert [p.code for p in o.problems if p.code == "unit_converted"] == ["unit_converted"]


def test_total_investment_in_yi_and_wan_reads_the_wan(county_full: Config) -> None:
    o = accepted(take(county_full, m8.fai_total_in_yi_and_wan), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select total_investment, invest_cum from cur_fai_projects order by excel_row") == [
        (D("15000"), D("2300")), (D("8000"), D("1250"))]
    assert [p.cell for p in o.problems if p.code == "restated_column"] == ["F3"]
    assert not [p for p in o.problems if p.code in ("ambiguous_column", "restated_mismatch")]
