"""Hand-made returns whose tables do not stand as one upright table (tests/handmade/tables7.py): tables of one
form side by side, crossed tables (records across, a group of measures each), rank columns and everyday
abbreviations beside the figures.  Each drops one clerk's workbook into an empty county (first year), ingests
it with real DuckDB and checks the figures a person reads from it (the fixture's docstring).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.handmade import tables7 as T
from tests.test_handmade import accepted, ind, one, sql
from tests.test_handmade import take_lazily as take
from tests.test_handmade_layouts6 import city_figures


def test_fai_continued_and_new_projects_side_by_side_each_with_its_total(county_full: Config) -> None:
    o = accepted(take(county_full, T.fai_continued_and_new_side_by_side), "fai_projects", "东镇", "2026-06", 4)
    assert sql(county_full, "select project_code, invest_cum, excel_row from cur_fai_projects order by project_code") == [
        (T.pcode(711), Decimal("3000"), 4), (T.pcode(712), Decimal("1200"), 5), (T.pcode(713), Decimal("800"), 4),
        (T.pcode(714), Decimal("0"), 5)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.5)
    assert ind(county_full, "key_projects") == 2
    # each table's own 合计 is set aside on its cell, never read as a project nor checked against both tables
    assert sorted((p.cell, p.severity) for p in o.problems if p.code == "part_total") == [("A6", "info"),
                                                                                         ("L6", "info")]
    assert not [p for p in o.problems if p.code == "total_mismatch"]
    assert [p.severity for p in o.problems if p.message == "本表有2张同样的表并排（A:J列、L:T列），已逐张读取，合为一份报表"
            ] == ["info"]


def test_enterprises_of_two_townships_side_by_side(county_full: Config) -> None:
    accepted(take(county_full, T.ent_two_townships_side_by_side), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select township, sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
                            "group by 1 order by 1") == [("东镇", Decimal("42000"), Decimal("39000")),
                                                          ("西镇", Decimal("33000"), Decimal("29000"))]
    assert one(county_full, "select uscc from cur_enterprise_output where excel_row = 5 and township = '西镇'") == T.V4
    assert ind(county_full, "output_cum") == pytest.approx(7.5)
    assert ind(county_full, "sei_count") == 1


def test_city_crossed_a_group_of_three_with_a_rank_column(county_full: Config) -> None:
    accepted(take(county_full, T.city_crossed_three_measures_with_rank), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_city_crossed_with_a_unit_column_in_yiyuan(county_full: Config) -> None:
    o = accepted(take(county_full, T.city_crossed_with_a_unit_column_in_yiyuan), "city_comparison", "统计局",
                 "2026-06", 5)
    city_figures(county_full)
    assert [p.severity for p in o.problems
            if p.message == "表格是交叉式的（第3行每个名称下有2列：1-6月、同比增长），已按每个名称一条记录读取"] == ["info"]


def test_city_in_everyday_words_with_a_rank_group_beside(county_full: Config) -> None:
    o = accepted(take(county_full, T.city_everyday_words_with_a_rank_group_beside), "city_comparison", "统计局",
                 "2026-06", 5)
    city_figures(county_full)
    # the 排名 columns are neither read nor asked about; only the 上年同期 columns the table has not are said
    assert {(p.code, "上年同期" in (p.column or "")) for p in o.problems if p.severity == "warning"} == {
        ("missing_column_skews", True)}


def test_tables_side_by_side_in_different_units_are_asked_about_never_read_in_one(county_full: Config) -> None:
    [o] = take(county_full, T.fai_side_by_side_in_different_units)
    assert o.status == "rejected"
    asked = [p for p in o.problems if p.code == "ambiguous_column"]
    assert "D列“总投资(万元)”和K列“总投资(亿元)”都可能是“计划总投资”（单位不同，不能合在一起读），无法判断应读哪一列" in [p.message for p in asked], \
        [p.message for p in asked]
    assert sql(county_full, "select count(*) from form_fai_projects") == [(0,)]


def test_city_crossed_typed_without_merging_growth_against_last_year(county_full: Config) -> None:
    accepted(take(county_full, T.city_crossed_typed_without_merging), "city_comparison", "统计局", "2026-06", 5)
    city_figures(county_full)


def test_city_with_growths_and_ranks_repeated_in_a_table_beside(county_full: Config) -> None:
    accepted(take(county_full, T.city_upright_with_growths_and_ranks_repeated_beside), "city_comparison", "统计局",
             "2026-06", 5)
    city_figures(county_full)
