"""A view of another layout says what it is, and keeps what cleaning found inside its table (round 8).

- The lineage of a record read through a view names the view's kind from its own words (``Sheet.reading``:
  表格是交叉式的, 本表有2张同样的表并排, 表格是一张指标目标表), not 键值式的表 for all of them; the sender's note
  has its kind's code (crossed_table, side_by_side_table, indicator_table).
- A control character removed from a cell inside a crossed table or one of tables side by side is noted on that
  cell, as in an upright table (beizeng.intake.beside builds its views with ``Sheet.view``).
Hand-made returns: tests/handmade/tables7.py, layouts6.py, views8.py.
"""

from __future__ import annotations

import pytest

from beizeng.base.config import Config
from tests.handmade import layouts6, tables7, views8
from tests.test_handmade import accepted, ind, sql, take
from tests.test_handmade_layouts6 import city_figures


def test_a_crossed_table_is_said_and_traced_as_crossed(county_full: Config) -> None:
    o = accepted(take(county_full, tables7.city_crossed_three_measures_with_rank), "city_comparison", "统计局",
                 "2026-06", 5)
    assert [p.code for p in o.problems if p.message.startswith("表格是交叉式的")] == ["crossed_table"]
    lineage = [str(x) for (x,) in sql(county_full, "select implied from cur_city_comparison")]
    assert lineage and all(x.startswith("表格是交叉式的：各项在") for x in lineage), lineage


def test_tables_side_by_side_are_said_and_traced_as_side_by_side(county_full: Config) -> None:
    o = accepted(take(county_full, tables7.ent_two_townships_side_by_side), "enterprise_output", "统计局", "2026-06", 4)
    assert [p.code for p in o.problems if p.message.startswith("本表有2张同样的表并排")] == ["side_by_side_table"]
    lineage = [str(x) for (x,) in sql(county_full, "select implied from cur_enterprise_output")]
    assert lineage and all(x.startswith("本表有2张同样的表并排：各项在") for x in lineage), lineage


def test_a_table_of_indicators_is_traced_as_one(county_full: Config) -> None:
    o = accepted(take(county_full, layouts6.targets_one_row_across), "targets", "工信局", "2026", 5)
    assert [p.code for p in o.problems if p.message.startswith("表格是一张指标目标表")] == ["indicator_table"]
    lineage = [str(x) for (x,) in sql(county_full, "select implied from cur_targets")]
    assert lineage and all(x.startswith("表格是一张指标目标表：各项在") for x in lineage), lineage


def test_a_bel_inside_one_of_tables_side_by_side_is_noted_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, views8.ent_side_by_side_bel_in_the_right_table), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert [p.cell for p in o.problems if p.code == "control_chars_removed"] == ["L5"]
    assert sql(county_full, "select name from cur_enterprise_output where name like '西镇农机%'") == [
        ("西镇农机配件有限公司",)]
    assert ind(county_full, "output_cum") == pytest.approx(7.5)


def test_a_bel_after_a_county_name_of_a_crossed_table_is_noted_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, views8.city_crossed_bel_after_a_county_name), "city_comparison", "统计局",
                 "2026-06", 5)
    [note] = [p for p in o.problems if p.code == "control_chars_removed"]
    assert note.row == 3 and note.cell is not None and note.cell.endswith("3")
    city_figures(county_full)
