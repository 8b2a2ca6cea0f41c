"""A unit said for the whole table that the figures' own size contradicts (tests/handmade/outside16.py, the outside
check r16): asked on the cell that shows it, never stored 10,000 times off."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import outside16 as o16
from tests.test_handmade import codes, rejected, sql, take


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
