"""A unit said for the whole table that the figures' own size contradicts (tests/handmade/outside16.py, the outside
check r16): asked on the cell that shows it, never stored 10,000 times off."""

from __future__ import annotations

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
