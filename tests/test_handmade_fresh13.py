"""Hand-made returns, round 13 (tests/handmade/fresh13.py): fresh eyes on what beizeng learned in round 12 — returns
kept over several sheets whose sheets state their units (the same unit written four ways, in a line on one sheet and
in the header on another, a unit said only in a sheet's name, a note or a merged title, a sheet stating no unit
between two that do), column headers saying another month than the title (1-6月 on a 1-5月 return, 截至5月底, a
month in a merged parent, 上月 / 本月 wording), each sheet's 合计 / 小计 / 总计 (on top and wrong, in 万元 under rows
in 元, totalling some columns only, 其中 lines, a 总计 of all sheets on the last), a month sheet saying 本月无供地, a
write-down in a return sent in 元, marks and bare counts in a target table — each read through the real pipeline
(``take``: inbox → ingest → DuckDB) into a fresh county.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first: a sheet's unit said in its name or in a
note under the table is not read, and the 元 figures are stored as 万元).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from tests.handmade import fresh13 as f13
from tests.test_handmade import accepted, codes, drop, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
LAND = "select sheet, excel_row, area_mu, amount from cur_factors order by sheet, excel_row"
ALL_LOTS = [("4月", 4, D(25), D(750)), ("4月", 5, D(10), D(300)), ("5月", 4, D(16), D(480)),
            ("6月", 4, D(20), D(640)), ("6月", 5, D(6), D(180))]
ENT = "select name, township, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output " \
      "order by name"
ALL_FIRMS = [("东关面业有限公司", "东镇", D(1500), D(9000), D(9500), D(9300)),
             ("东岭光电科技有限公司", "东镇", D(4000), D(24000), D(20000), D(25000)),
             ("西川水泥有限公司", "西镇", D(6000), D(36000), D(33000), D(37000)),
             ("西川石材有限公司", "西镇", D(800), D(4800), D(4000), D(5000))]
FAI = "select period, name, invest_month, invest_cum, is_tech from cur_fai_projects order by period, excel_row"



# ---------------------------------------------------------------------------------------------
# A land ledger a sheet a month: units said in several ways
# ---------------------------------------------------------------------------------------------

def test_land_same_unit_written_three_ways_is_one_unit(county_full: Config) -> None:
    """单位：万元 / 金额单位：万元 / 单位:万 on three month sheets: one unit, nothing asked."""
    accepted(take(county_full, f13.land_same_unit_written_four_ways), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, LAND) == ALL_LOTS


def test_land_unit_in_a_line_on_two_sheets_and_in_the_header_on_the_third(county_full: Config) -> None:
    o = accepted(take(county_full, f13.land_unit_in_line_on_one_sheet_in_headers_on_another), "factors", "自然资源局",
                 "2026-06", 5)
    assert sql(county_full, LAND) == ALL_LOTS
    assert not codes(o, "warning", "error")


@pytest.mark.parametrize("maker", [f13.land_same_unit_written_four_ways, f13.ent_township_sheets_wan_and_wanyuan_sender_line])
def test_unit_line_wan_is_not_said_missing(county_full: Config, maker: Callable[[Path], Path]) -> None:
    [o] = take(county_full, maker)
    assert o.status == "accepted"
    assert "unit_assumed" not in [c for c, _ in codes(o)]


def test_land_sheet_named_with_its_unit(county_full: Config) -> None:
    take(county_full, f13.land_sheet_named_with_its_unit)
    assert one(county_full, "select max(amount) from cur_factors") in (None, D(750))
    assert one(county_full, "select sum(amount) from cur_factors") in (None, D(2350))


def test_land_unit_only_in_a_note_under_the_table(county_full: Config) -> None:
    take(county_full, f13.land_unit_only_in_a_note_under_the_table)
    assert one(county_full, "select sum(amount) from cur_factors") in (None, D(2350))


def test_land_unit_in_a_months_merged_title_is_read(county_full: Config) -> None:
    """``（金额单位：元）`` in 「6月」's merged title against 万元 lines on 4月 / 5月: 6月 read in 元, said once."""
    o = accepted(take(county_full, f13.land_unit_in_a_months_merged_title), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, LAND) == ALL_LOTS
    assert ("unit_converted", "6月!") in codes(o, "info") and codes(o, "warning", "error") == []


def test_land_middle_sheet_stating_no_unit_between_two_in_wanyuan(county_full: Config) -> None:
    accepted(take(county_full, f13.land_middle_sheet_states_no_unit), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, LAND) == ALL_LOTS


def test_land_in_yuan_around_a_sheet_stating_no_unit(county_full: Config) -> None:
    """元 on 4月 and 6月, nothing said on 5月 (4,800,000): May is in 元 like its neighbours."""
    accepted(take(county_full, f13.land_yuan_around_a_sheet_stating_no_unit), "factors", "自然资源局", "2026-06", 5)
    assert sql(county_full, LAND) == ALL_LOTS


def test_land_month_sheet_saying_no_supply(county_full: Config) -> None:
    accepted(take(county_full, f13.land_month_sheet_saying_no_supply), "factors", "自然资源局", "2026-06", 4)
    assert sql(county_full, LAND) == [r for r in ALL_LOTS if r[0] != "5月"]
    assert one(county_full, "select sum(amount) from cur_factors") == D(1870)


def test_land_price_headed_churang_jiakuan(county_full: Config) -> None:
    accepted(take(county_full, f13.land_price_headed_churang_jiakuan), "factors", "自然资源局", "2026-06", 2)
    assert sql(county_full, "select area_mu, amount from cur_factors order by excel_row") == [(D(20), D(640)),
                                                                                            (D(6), D(180))]


# ---------------------------------------------------------------------------------------------
# 规上工业企业: a sheet per township, a 续表
# ---------------------------------------------------------------------------------------------

def test_ent_township_sheets_with_a_township_line(county_full: Config) -> None:
    accepted(take(county_full, f13.ent_township_sheets_wan_and_wanyuan), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS


def test_ent_township_sheets_wan_and_wanyuan(county_full: Config) -> None:
    accepted(take(county_full, f13.ent_township_sheets_wan_and_wanyuan_sender_line), "enterprise_output", "统计局",
             "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS


def test_ent_township_sheet_named_with_its_unit(county_full: Config) -> None:
    take(county_full, f13.ent_township_sheet_named_with_its_unit)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") in (None, D(73800))
    assert one(county_full, "select min(output_cum) from cur_enterprise_output") in (None, D(4800))


def test_ent_continued_sheet_unit_in_a_note(county_full: Config) -> None:
    take(county_full, f13.ent_continued_sheet_unit_in_a_note)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") in (None, D(73800))


def test_ent_township_sheet_with_last_months_header_is_said(county_full: Config) -> None:
    o = accepted(take(county_full, f13.ent_township_sheet_with_last_months_header), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS
    assert ("stale_month_header", "西镇!H3") in codes(o, "warning")


def test_ent_township_sheet_left_from_last_month(county_full: Config) -> None:
    outcomes = take(county_full, f13.ent_township_sheet_left_from_last_month)
    assert any(p.sheet == "西镇" and "1-5月" in p.line() for o in outcomes for p in o.problems
               if p.severity in ("warning", "error"))
    assert one(county_full, "select count(*) from cur_enterprise_output where output_cum in (30000, 4000) "
                            "and not exists (select 1 from problems where code = 'stale_month_header')") == 0


def test_ent_continued_sheet_unit_in_its_merged_title_is_read(county_full: Config) -> None:
    # the 续表's merged title says 单位：亿元: that sheet read in 亿元 (each joined sheet in its own unit), said once
    o = accepted(take(county_full, f13.ent_continued_sheet_unit_in_its_merged_title), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS
    assert ("unit_converted", "续表!") in codes(o, "info")


def test_ent_continued_sheet_mark_beside_a_figure_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f13.ent_continued_sheet_mark_beside_a_figure))
    assert codes(o, "error") == [("not_a_number", "第2页!I2")]
    assert one(county_full, "select count(*) from cur_enterprise_output") == 0


def test_ent_total_of_only_the_output_columns(county_full: Config) -> None:
    o = accepted(take(county_full, f13.ent_total_of_only_the_output_columns), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS
    assert not codes(o, "warning", "error")


def test_ent_township_sheets_grand_total_on_the_last(county_full: Config) -> None:
    o = accepted(take(county_full, f13.ent_township_sheets_subtotals_and_grand_total_on_the_last), "enterprise_output",
                 "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == ALL_FIRMS
    assert not codes(o, "warning", "error")


# ---------------------------------------------------------------------------------------------
# 工业固投: headers saying another month, totals, a write-down in 元
# ---------------------------------------------------------------------------------------------

def test_fai_second_page_named_with_its_unit(county_full: Config) -> None:
    outcomes = take(county_full, f13.fai_second_page_named_with_its_unit)
    if outcomes[0].status == "accepted":
        assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(2000)
    else:
        assert [p.code for p in outcomes[0].problems if p.severity == "error"] == ["units_differ"]


def test_fai_may_title_with_a_june_cumulative_header_is_said(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_may_title_june_cumulative_header), "fai_projects", "东镇", "2026-05", 2)
    assert sql(county_full, FAI) == [("2026-05", "东镇甲硅材料项目", D(120), D(700), False),
                                     ("2026-05", "东镇乙窑炉技改项目", D(80), D(380), True)]
    assert any(cell.endswith("M3") for _, cell in codes(o, "warning", "error"))


def test_fai_june_header_to_end_of_may_is_warned(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_june_title_header_to_end_of_may), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, FAI) == [("2026-06", "西镇甲石材加工项目", D(200), D(1000), False),
                                     ("2026-06", "西镇乙水泥线技改项目", D(90), D(560), True)]
    assert codes(o, "warning", "error") == [("stale_month_header", "Sheet1!M3")]


def test_fai_may_in_a_merged_parent_header_is_warned(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_june_title_may_in_a_merged_parent), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, FAI) == [("2026-06", "东镇甲光伏玻璃项目", D(150), D(900), False),
                                     ("2026-06", "东镇乙面粉线改造项目", D(60), D(420), True)]
    assert {c for c, _ in codes(o, "warning", "error")} == {"stale_month_header"}
    assert ("stale_month_header", "6月!M3") in codes(o)


def test_fai_last_month_and_this_month_cumulative_columns(county_full: Config) -> None:
    accepted(take(county_full, f13.fai_last_month_and_this_month_columns), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, FAI) == [("2026-06", "西镇甲石材加工项目", D(200), D(1000), False),
                                     ("2026-06", "西镇乙水泥线技改项目", D(90), D(560), True)]


def test_fai_total_on_top_and_wrong(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_total_on_top_and_wrong), "fai_projects", "东镇", "2026-06", 3)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == D(2000)
    assert codes(o, "warning", "error") == [("total_mismatch", "Sheet1!M4")]
    [p] = [p for p in o.problems if p.code == "total_mismatch"]
    assert "2100" in p.line() and "2,000" in p.line()


def test_fai_rows_in_yuan_total_in_wanyuan(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_rows_in_yuan_total_in_wanyuan), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, FAI) == [("2026-06", "西镇甲石材加工项目", D(200), D(1000), False),
                                     ("2026-06", "西镇乙水泥线技改项目", D(90), D(560), True)]
    assert not codes(o, "warning", "error")


def test_fai_rows_in_yuan_total_in_wanyuan_figures(county_full: Config) -> None:
    """The figures of the return above are right today (元 → 万元): 1,560 万元, 计划总投资 6,000 each."""
    take(county_full, f13.fai_rows_in_yuan_total_in_wanyuan)
    assert sql(county_full, "select sum(invest_cum), sum(invest_month), sum(total_investment) from cur_fai_projects") \
        == [(D(1560), D(290), D(12000))]


def test_fai_total_with_of_which_lines(county_full: Config) -> None:
    o = accepted(take(county_full, f13.fai_total_with_of_which_lines), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == [("2026-06", "东镇甲光伏玻璃项目", D(150), D(1200), False),
                                     ("2026-06", "东镇乙面粉线改造项目", D(100), D(500), True),
                                     ("2026-06", "东镇丙冷链仓储项目", D(50), D(300), False)]
    assert not codes(o, "warning", "error")


def test_fai_write_down_in_a_return_sent_in_yuan(county_full: Config, tmp_path: Path) -> None:
    may, june = f13.fai_write_down_in_a_return_sent_in_yuan(tmp_path)
    drop(county_full, may)
    o = accepted(drop(county_full, june), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, FAI)[-2:] == [("2026-06", "西镇甲石材加工项目", D(-50), D(850), False),
                                              ("2026-06", "西镇乙水泥线技改项目", D(100), D(500), True)]
    assert codes(o, "warning", "error") == [("negative_month", "Sheet1!L4")]


# ---------------------------------------------------------------------------------------------
# 目标任务: a 万元 line over a mark and a count
# ---------------------------------------------------------------------------------------------

def test_targets_mark_beside_a_target_typed_with_its_unit_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f13.targets_unit_line_wanyuan_cells_with_yi_and_a_mark))
    assert codes(o, "error") == [("not_a_number", "目标任务!B5")]
    assert one(county_full, "select count(*) from cur_targets") == 0


def test_targets_unit_line_wanyuan_and_a_bare_count(county_full: Config) -> None:
    accepted(take(county_full, f13.targets_unit_line_wanyuan_count_row_bare), "targets", "工信局", "2026", 3)
    # the targets table stores 招商引资到位资金's year under invest_quarter_target (its quarters split it;
    # invest_target_annual is computed from it); the 单位：万元 line is the money rows' unit, not the count's
    assert sql(county_full, "select indicator, value, unit from cur_targets order by 1") == [
        ("invest_quarter_target", D(6), "亿元"), ("new_above_scale_target", D(5), "户"), ("output_target", D(24), "亿元")]
