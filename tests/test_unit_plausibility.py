"""A unit said for the whole table that the figures' own size contradicts (tests/handmade/outside16.py, the outside
check r16): asked on the cell that shows it, never stored 10,000 times off."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import fresh17 as f17
from tests.handmade import outside16 as o16
from tests.handmade import outside17 as o17
from tests.test_handmade import codes, rejected, sql
from tests.test_handmade import take_lazily as take


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


def test_yuan_line_over_mostly_tiny_firms_is_asked_though_one_is_large(county_full: Config) -> None:
    # four of five firms under 1 万元 as 元: the one large firm does not make the 元 line believable
    o = rejected(take(county_full, o16.ent_yuan_line_one_large_firm))
    assert ("unit_doubtful", "Sheet1!K2") in codes(o, "error")
    _nothing_stored(county_full, "enterprise_output")


def test_grants_in_yuan_under_a_wanyuan_line_are_asked(county_full: Config) -> None:
    # 500,000 万元 (50 亿元) for one firm's grant is a unit typed wrong, whatever the 合计 says
    o = rejected(take(county_full, o16.cult_grants_in_yuan_under_a_wanyuan_line))
    assert [c for c in codes(o, "error") if c[0] == "out_of_scale"] == [
        ("out_of_scale", "Sheet1!I4"), ("out_of_scale", "Sheet1!I5"), ("out_of_scale", "Sheet1!I6")]
    _nothing_stored(county_full, "cultivation")


def test_revenue_note_in_yi_over_revenue_typed_in_wanyuan_is_asked(county_full: Config) -> None:
    # every firm's revenue 10,000 times its output: the note is stale, or the figures are — the clerk says which
    o = rejected(take(county_full, o16.ent_revenue_note_says_yi_figures_in_wanyuan))
    assert ("columns_apart", "Sheet1!K4") in codes(o, "error")
    _nothing_stored(county_full, "enterprise_output")


def test_a_figure_too_small_for_its_column_is_asked_only_when_not_zero(county_full: Config) -> None:
    # 0 is a firm that made nothing this year: a figure, never a unit typed wrong (too_small is for 0 < x < least)
    [o] = take(county_full, o16.ent_one_firm_stopped_all_year)
    assert o.status == "accepted", codes(o)
    assert "too_small" not in [c for c, _ in codes(o)]
    assert sql(county_full, "select name, output_cum from cur_enterprise_output where output_cum = 0") == [
        ("西岭农产品加工有限公司", D(0))]


def test_the_same_city_figures_under_headers_in_yi_are_taken(county_full: Config) -> None:
    # the size rule (least = 1,000 万元 a county) does not touch the figures once their unit is said right
    [o] = take(county_full, o16.city_table_in_yi_said_by_its_headers)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select county, output_cum, fai_cum from cur_city_comparison order by excel_row") == [
        ("全市", D(5200000), D(1600000)), ("测试县", D(1305000), D(420000)), ("甲县", D(1500000), D(500000)),
        ("乙县", D(1200000), D(300000)), ("丙县", D(1195000), D(380000))]


# ---- figures in 元 under 万元 that stay under the 1,000 亿元 a row can hold (outside17: the p17 probe) --------------

def test_small_firms_in_yuan_under_a_wanyuan_line_are_asked(county_full: Config) -> None:
    # four ordinary firms at 700-950 亿元 in half a year: the line is wrong or the figures are, asked once on the line
    o = rejected(take(county_full, o17.ent_small_firms_in_yuan_under_a_wanyuan_line))
    assert ("unit_doubtful", "Sheet1!K2") in codes(o, "error")
    [p] = [p for p in o.problems if p.code == "unit_doubtful"]
    assert "全表最小的也超过100亿元" in p.message and "「1-6月累计产值」7000000，即700亿元" in p.message, p.message
    _nothing_stored(county_full, "enterprise_output")


def test_a_townships_small_projects_in_yuan_under_a_wanyuan_line_are_asked(county_full: Config) -> None:
    # 800 and 600 亿元 for two kiln retrofits of one township: 元 typed under 万元
    o = rejected(take(county_full, o17.proj_in_yuan_under_a_wanyuan_line))
    assert ("unit_doubtful", "东镇!K2") in codes(o, "error")
    _nothing_stored(county_full, "fai_projects")


def test_projects_in_yuan_with_no_unit_said_are_asked_on_the_table(county_full: Config) -> None:
    # nothing says 万元 either: the question says so, and asks for the unit above the header
    o = rejected(take(county_full, o17.proj_in_yuan_with_no_unit_said))
    [p] = [p for p in o.problems if p.code == "unit_doubtful"]
    assert p.message.startswith("表中没有写金额单位") and "“单位：元”" in p.fix, (p.message, p.fix)
    _nothing_stored(county_full, "fai_projects")


def test_a_row_pasted_in_yuan_among_rows_in_wanyuan_is_asked_on_its_cell(county_full: Config) -> None:
    # 西川包装's 4,800,000 beside firms of 2,100-7,800 (fresh17): 1,371 times the middle firm, asked on I8
    o = rejected(take(county_full, f17.ent_small_firm_in_yuan_under_wanyuan))
    assert ("too_large", "Sheet1!I8") in codes(o, "error")
    [p] = [p for p in o.problems if p.code == "too_large"]
    assert "480亿元" in p.message and "（3500万元）的1,371倍" in p.message and "像是按元填写的（即480万元）" in p.message, p.message
    assert "「本月产值」800000" in p.message and "4800000元 = 480万元" in p.fix, (p.message, p.fix)
    _nothing_stored(county_full, "enterprise_output")


def test_the_countys_giant_among_ordinary_firms_under_bare_headers_is_asked(county_full: Config) -> None:
    # 150 亿元 beside 2,400-9,000 万元: 384 times the middle firm, asked (a header saying （万元） confirms it)
    o = rejected(take(county_full, o17.ent_giant_among_ordinary_firms))
    assert [c for c in codes(o, "error") if c[0] == "too_large"] == [("too_large", "Sheet1!I8")]
    _nothing_stored(county_full, "enterprise_output")


def test_the_countys_giant_is_taken_when_its_header_says_wanyuan(county_full: Config) -> None:
    # the header's own （万元） is how a clerk confirms a figure the size rule would ask: stored, and said as a warning
    [o] = take(county_full, o17.ent_giant_among_ordinary_firms_headers_say_wanyuan)
    assert o.status == "accepted", codes(o)
    assert ("too_large", "Sheet1!I8") in codes(o, "warning")
    assert sql(county_full, "select sum(output_cum), max(output_cum) from cur_enterprise_output") == [
        (D(1519200), D(1500000))]


def test_the_countys_giant_among_mid_size_firms_is_taken(county_full: Config) -> None:
    # 1,500,000 beside 24,000-90,000 (38 times the middle firm): a firm's own story, stored as typed
    [o] = take(county_full, o17.ent_giant_among_mid_size_firms)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select sum(output_cum), max(output_cum) from cur_enterprise_output") == [
        (D(1692000), D(1500000))]


def test_a_row_in_yi_above_the_least_is_asked_by_its_distance_from_the_others(county_full: Config) -> None:
    # 1.5 beside 12,000-50,000: over the 1 万元 least, but 1/20,000 of the middle project — 1.5 亿元 typed under 万元
    o = rejected(take(county_full, o17.proj_one_row_in_yi_above_the_least))
    assert [c for c in codes(o, "error") if c[0] == "too_small"] == [("too_small", "东镇!G7")]
    [p] = [p for p in o.problems if p.code == "too_small"]
    assert "（30000万元）的1/20,000" in p.message and "像是按亿元填写的（即15000万元）" in p.message, p.message
    assert "「年度计划」0.8" in p.message and "1.5亿元 = 15000万元" in p.fix, (p.message, p.fix)
    _nothing_stored(county_full, "fai_projects")


def test_a_small_project_among_larger_ones_is_taken(county_full: Config) -> None:
    # 300 万元 beside 12,000-50,000 (1/100): a small project, stored as typed
    [o] = take(county_full, o17.proj_one_small_project_among_larger)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select sum(total_investment), min(total_investment) from cur_fai_projects") == [
        (D(92300), D(300))]
