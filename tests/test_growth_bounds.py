"""The bounds of a stated growth (beizeng.intake.normalise.growth_doubt, units.GROWTH_LEAST / GROWTH_USUAL_MOST) are
narrow: a growth over the usual bound that the amounts beside it give is true and kept without a word; one below
−100 % is refused on its cell; one within the rounding of its amounts is not asked."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import probe51 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take

FAI = "select fai_cum, fai_cum_last_year, fai_yoy_pct from cur_city_comparison where county = '测试县'"


def test_a_growth_over_the_bound_its_amounts_give_is_kept(county_full: Config) -> None:
    # 工业固投 6,700 over 2,000: +235 % — a small county's big year, stated as the amounts give it
    [o] = take(county_full, lambda folder: p._city(folder, "big_year", {(1, 6): 2000, (1, 7): 235.0}))
    assert o.status == "accepted", codes(o)
    assert not [c for c, _ in codes(o) if c.startswith("growth_")], codes(o)
    assert sql(county_full, FAI) == [(D(6700), D(2000), D(235))]


def test_a_growth_below_minus_100_is_refused_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: p._city(folder, "minus_120", {(1, 7): -120}))
    assert o.status == "rejected"
    [err] = [x for x in o.problems if x.code == "growth_impossible"]
    assert (err.severity, err.cell) == ("error", "H6") and "-100%" in err.line() and "请" in err.line(), err.line()


def test_a_growth_within_the_rounding_of_its_amounts_is_not_asked(county_full: Config) -> None:
    # 6,700 over 8,000 is −16.25 %: typed −16.2 or −16.3, each is that figure rounded
    [o] = take(county_full, lambda folder: p._city(folder, "rounded", {(1, 7): -16.2}))
    assert o.status == "accepted" and not [c for c, _ in codes(o) if c.startswith("growth_")], codes(o)
    assert sql(county_full, FAI)[0][2] == D("-16.2")


def test_a_growth_over_the_bound_its_amounts_do_not_give_is_set_aside_and_said_once(county_full: Config) -> None:
    # 1,250 typed for 工业固投 beside 6,700 over 8,000 (−16.25 %): asked, not stored; the message quotes the amounts in
    # one bracket after the hint (“如 12.5 填成了 1250（同一行…）”, not “…1250）（同一行…）”: a hostile check, session 27)
    [o] = take(county_full, lambda folder: p._city(folder, "slip", {(1, 7): 1250}))
    [asked] = [x for x in o.problems if x.code.startswith("growth_")]
    assert (asked.code, asked.severity, asked.cell) == ("growth_unusual", "warning", "H6"), asked.line()
    assert "如 12.5 填成了 1250（同一行F6「工业固定资产投资累计」6,700、G6" in asked.message, asked.message
    assert sql(county_full, FAI)[0][2] is None
