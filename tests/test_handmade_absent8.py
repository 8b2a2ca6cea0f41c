"""A figure summed from a column the return did not have is not known ("未报"), never 0.00 (issue 11: nothing
trusted).  The column's absence is kept per submission (table absent_columns) and the models ask it
(column_read / if_read, sql/ddl/002_views.sql); the clerk's warning says the figure will show empty
(missing_column_feeds), which is now what it does.  A column that is there with every cell empty or "—" still
reads 0: the clerk said there is nothing.  Hand-made returns: tests/handmade/absent8.py.
"""

from __future__ import annotations

import pytest

from beizeng.base.config import Config
from tests.conftest import indicator
from tests.handmade import absent8, make
from tests.test_handmade import Maker, accepted, ind, sql, take


def codes(outcome_problems: list[tuple[str, str | None]], code: str) -> list[str | None]:
    return [column for c, column in outcome_problems if c == code]


def test_attraction_without_a_funds_column_has_funds_not_known(county_full: Config) -> None:
    o = accepted(take(county_full, absent8.attraction_without_funds_column), "attraction", "招商局", "2026-06", 3)
    said = [(p.code, p.column) for p in o.problems]
    assert codes(said, "missing_column_feeds") == ["本年到位资金"] and not codes(said, "missing_column_skews")
    assert indicator(county_full, "invest_funds_in_place") is None
    # a township's figure is not known either: it has no row (long_format keeps NULL for the county only)
    assert sql(county_full, "select scope, value from indicator_values where indicator = 'invest_funds_in_place' "
                            "and scope <> '测试县'") == []
    assert indicator(county_full, "invest_vs_quarter_target") is None
    # the figures the ledger does give stand
    assert ind(county_full, "invest_total") == pytest.approx(0.8)
    assert ind(county_full, "invest_landed") == 2
    assert sql(county_full, "select column_name from absent_columns where column_name = 'funds_in_place'") == [
        ("funds_in_place",)]


def test_attraction_with_its_funds_column_all_dashes_has_funds_zero(county_full: Config) -> None:
    accepted(take(county_full, absent8.attraction_funds_column_all_dashes), "attraction", "招商局", "2026-06", 3)
    assert ind(county_full, "invest_funds_in_place") == 0
    assert ind(county_full, "invest_total") == pytest.approx(0.8)


def test_cultivation_without_a_grant_column_has_the_grant_amount_not_known(county_full: Config) -> None:
    o = accepted(take(county_full, absent8.cultivation_without_grant_column), "cultivation", "工信局", "2026-06", 3)
    assert "missing_column_feeds" in [p.code for p in o.problems if p.column == "奖补资金"]
    assert indicator(county_full, "tech_grant_amount") is None
    assert ind(county_full, "tech_grant_enterprises") == 2
    assert ind(county_full, "little_giant_count") == 1


@pytest.mark.parametrize("maker", [make.targets_by_name_year_in_title, make.targets_quarters_in_wanyuan])
def test_targets_without_scope_or_full_year_column_are_not_told_they_skew(county_full: Config, maker: Maker) -> None:
    # 范围 left out is the county (coalesce(scope, setting('county'))), 全年累计目标 left out is the annual target
    # (coalesce(q4, value)): the form says so of a blank cell, so a table without them skews nothing
    make.ent_text_numbers_wps(county_full.inbox)  # a monthly return, so that 2026-06 is a period
    outcomes = take(county_full, maker)
    o = next(o for o in outcomes if o.form == "targets")
    assert o.status == "accepted"
    assert [(p.code, p.column) for p in o.problems if p.code == "missing_column_skews"] == []
    assert "范围" in [p.column for p in o.problems if p.code == "missing_optional_column"]  # a note, as for 备注
    assert ind(county_full, "output_target") == pytest.approx(24)
