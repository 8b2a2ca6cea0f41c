"""Hand-made targets returns in shapes of their own (tests/handmade/targets7.py), read by a fresh county.

The class is a table whose records are catalogue indicators, laid out either way (beizeng.intake.indicators):
each test drops one 工信局 workbook into an empty county (first year, only its senders configured) beside a
monthly return (so that 2026-06 is a period), ingests it with the plain functions and real DuckDB, and checks
the very targets a person reads from it (the fixture's docstring).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from beizeng.base.config import Config
from beizeng.base.identifiers import uscc_check_char
from tests.conftest import indicator, ingest
from tests.handmade import make
from tests.handmade import targets7 as T
from tests.test_handmade import accepted, ind, sql, take

D = Decimal


def _targets(cfg: Config, maker: T.Maker, n_rows: int) -> list[str]:
    """The targets return accepted with ``n_rows`` rows; its notes' codes (the reading is said, never silent)."""
    make.ent_text_numbers_wps(cfg.inbox)
    outcomes = take(cfg, maker)
    o = accepted([o for o in outcomes if o.form == "targets"], "targets", "工信局", "2026", n_rows)
    return [p.code for p in o.problems]


def test_targets_by_township_a_column_each(county_full: Config) -> None:
    codes = _targets(county_full, T.targets_by_township_across, 9)
    assert sql(county_full, "select indicator, scope, value from cur_targets order by 1, 2") == [
        ("fai_target_pct", "东镇", D("12")), ("fai_target_pct", "测试县", D("10")), ("fai_target_pct", "西镇", D("8")),
        ("new_above_scale_target", "东镇", D("2")), ("new_above_scale_target", "测试县", D("5")),
        ("new_above_scale_target", "西镇", D("2")),
        ("output_target", "东镇", D("10")), ("output_target", "测试县", D("24")), ("output_target", "西镇", D("8"))]
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert float(indicator(county_full, "output_target", scope="东镇") or 0) == pytest.approx(10)
    assert "indicator_table" in codes


def test_targets_beside_last_years_result_and_the_growth(county_full: Config) -> None:
    _targets(county_full, T.targets_beside_last_year_and_growth, 3)
    assert sql(county_full, "select indicator, value, unit from cur_targets order by 1") == [
        ("new_above_scale_target", D("5"), "户"), ("output_target", D("24"), "亿元"), ("va_target_pct", D("7"), "%")]
    assert ind(county_full, "output_target") == pytest.approx(24)  # never 2025's 20.5
    assert ind(county_full, "va_target_pct") == pytest.approx(7)


def test_targets_under_a_long_note_with_the_unit_in_every_figure(county_full: Config) -> None:
    _targets(county_full, T.targets_under_a_long_note_units_in_cells, 2)
    assert sql(county_full, "select indicator, value, q1, q2, q3, q4 from cur_targets order by 1") == [
        ("invest_quarter_target", D("2"), D("0.5"), D("1"), D("1.5"), D("2")),
        ("output_target", D("24"), D("5"), D("10"), D("18"), D("24"))]
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "invest_quarter_target") == pytest.approx(1.0)  # 上半年: 10,000 万元


def test_targets_a_column_per_indicator_with_a_unit_row(county_full: Config) -> None:
    _targets(county_full, T.targets_a_column_each_with_a_unit_row, 4)
    assert sql(county_full, "select indicator, value, q2, unit from cur_targets order by 1") == [
        ("green_factory_target", D("2"), D("1"), "户"), ("output_target", D("24"), D("11"), "亿元"),
        ("tech_target_pct", D("5"), D("5"), "%"), ("va_target_pct", D("7"), D("7"), "%")]
    assert ind(county_full, "tech_target_pct") == pytest.approx(5)


def test_targets_as_name_figure_unit_lines_without_a_header(county_full: Config) -> None:
    _targets(county_full, T.targets_label_figure_unit_without_header, 3)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("invest_quarter_target", D("2")), ("output_target", D("24"))]
    assert ind(county_full, "fai_target_pct") == pytest.approx(10)


def test_a_name_across_that_is_no_indicator_is_asked_about_on_its_own_cell(county_full: Config) -> None:
    outcomes = take(county_full, T.targets_across_with_a_name_matching_nothing)
    [o] = outcomes
    assert (o.form, o.status) == ("targets", "rejected")
    errors = [(p.cell, p.code, p.message) for p in o.problems if p.severity == "error"]
    assert errors[0] == ("D3", "unknown_indicator", "D3格的“研发投入强度”与指标目录中的任何目标都对不上")
    assert {cell for cell, _, _ in errors} == {"D3"}


def test_targets_a_row_per_township_the_total_row_is_the_county(county_full: Config) -> None:
    _targets(county_full, T.targets_townships_down_indicators_across, 6)
    assert sql(county_full, "select indicator, scope, value from cur_targets order by 1, 2") == [
        ("new_above_scale_target", "东镇", D("2")), ("new_above_scale_target", "测试县", D("5")),
        ("new_above_scale_target", "西镇", D("3")),
        ("output_target", "东镇", D("10")), ("output_target", "测试县", D("18")), ("output_target", "西镇", D("8"))]
    assert ind(county_full, "output_target") == pytest.approx(18)
    assert float(indicator(county_full, "new_above_scale_target", scope="西镇") or 0) == pytest.approx(3)


def _ledger_of_indicator_named_types(folder: Path) -> Path:
    """A 工信局 cultivation ledger typed by hand, whose 培育类型 column names only kinds that are also catalogue
    indicators below two 拟入规 (技改奖励资金 reads as 技改投资增速's target, 绿色工厂 as 绿色工厂's): a person reads five enterprises, not a table of targets."""
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["2026年6月企业培育台账"])
    ws.append(["填报单位：工信局"])
    ws.append(["统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "备注"])
    for i, kind in enumerate(["拟入规", "拟入规", "技改奖励资金", "技改奖励资金", "绿色工厂"]):
        first17 = f"91610525MA6Y8E1{i}{i}"
        ws.append([first17 + uscc_check_char(first17), f"丹河县第{i + 1}机械有限公司", "东镇", kind, "培育中", ""])
    path = folder / "工信局_2026年6月_企业培育台账.xlsx"
    wb.save(path)
    return path


def test_a_ledger_whose_types_name_indicators_is_no_targets_table(county_full: Config) -> None:
    # why: the indicator-table rule once claimed the cultivation ledger (its types read as indicator names) and
    # kept every other form off the sheet: 没有找到《企业培育台账》的表头 for the county's own template too
    outcomes = take(county_full, _ledger_of_indicator_named_types)
    accepted(outcomes, "cultivation", "工信局", "2026-06", 5)


def test_units_typed_in_target_cells_weigh_against_the_rows_unit(county_full: Config) -> None:
    """The cell's own unit is the most specific word (2400万元 in a 亿元 row is 0.24 亿元, never 2,400 亿元); a row
    with no 单位 takes the cell's; a unit of another dimension than the row's is asked on its cell."""
    make.ent_text_numbers_wps(county_full.inbox)
    outcomes = take(county_full, T.targets_units_typed_against_the_rows)
    [o] = [o for o in outcomes if o.form == "targets"]
    assert o.status == "rejected"
    assert [(p.code, p.cell) for p in o.problems if p.severity == "error"] == [("unit_mismatch", "C6")]
    assert "“亿元”与本行的单位“户”不符" in next(p.line() for p in o.problems if p.code == "unit_mismatch")
    # the same return with C6 typed as the count: the other rows' figures as a person reads them
    path = county_full.inbox / "rejected" / "工信局2026年目标（带单位）.xlsx"
    wb = load_workbook(path)
    wb.active["C6"] = "5户"
    wb.save(county_full.inbox / "工信局2026年目标（带单位）.xlsx")
    ingest(county_full)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("invest_quarter_target", D("2")), ("new_above_scale_target", D("5")),
        ("output_target", D("0.24"))]
