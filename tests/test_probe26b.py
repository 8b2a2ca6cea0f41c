"""The outside probe p26b (tests/handmade/probe26b.py): periods in words, names as clerks type them, targets with a
span in the title — what a careful county statistician takes from each return.  Where beizeng differs today the test
is ``xfail(strict=True)`` with what it does instead; silent wrong figures first (none found: every WRONG below is a
refusal, and a companion test pins that nothing wrong is stored meanwhile)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from tests.handmade import probe26b as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take


@pytest.fixture
def zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """测试县 with 东镇 (东关镇), 西镇, 经济技术开发区, 红星乡, 城关街道 and every department."""
    path = p.write_zone_config(tmp_path / "county")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


CUM = "select period, sender, township, sum(invest_cum) from cur_fai_projects group by all order by all"
TOWNS = "select township, sum(output_cum) from cur_enterprise_output group by 1 order by 1"
TARGETS = "select year, indicator, value from cur_targets order by all"


def _ids(cases: list[tuple[str, str, str | None]]) -> list[str]:
    return [c[0].removeprefix("东镇")[:12] for c in cases]


# ---- no silent wrong figure: what is refused stores nothing under another period, township or year -------------

@pytest.mark.parametrize(("title", "name", "date_cell"), p.JUNE_AS_QUARTER, ids=_ids(p.JUNE_AS_QUARTER))
def test_a_june_titled_by_its_quarter_is_never_stored_as_another_month(zone: Config, title: str, name: str,
                                                                        date_cell: str | None) -> None:
    outs = take(zone, p.proj_june_in_words(title, name, date_cell))
    assert sql(zone, CUM) in ([], [("2026-06", "东镇", "东镇", D(4200))]), [(o.status, codes(o)) for o in outs]


def test_county_named_townships_are_never_put_on_another(zone: Config) -> None:
    take(zone, p.ent_townships_with_the_county_name)
    assert sql(zone, TOWNS) in ([], sorted([("红星乡", D(2400)), ("经济技术开发区", D(9000)), ("东镇", D(4200))]))


def test_a_village_named_like_another_township_is_never_put_on_it(zone: Config) -> None:
    take(zone, p.ent_village_named_like_another_township)
    assert sql(zone, TOWNS) in ([], [("东镇", D(4200)), ("红星乡", D(2000))])


def test_two_years_of_targets_never_store_2027s_as_2026s(zone: Config) -> None:
    take(zone, p.targets_two_years_side_by_side)
    assert sql(zone, TARGETS) in ([], [(2026, "output_target", D(280)), (2026, "va_target_pct", D(8))],
                                  [(2026, "output_target", D(280)), (2026, "va_target_pct", D(8)),
                                   (2027, "output_target", D(320)), (2027, "va_target_pct", D("8.5"))])


# ---- (1) periods in words: RIGHT ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "name", "date_cell"), p.JUNE_IN_WORDS, ids=_ids(p.JUNE_IN_WORDS))
def test_a_june_said_in_words_is_june(zone: Config, title: str, name: str, date_cell: str | None) -> None:
    [o] = take(zone, p.proj_june_in_words(title, name, date_cell))
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "东镇", "2026-06", 2), codes(o)
    assert sql(zone, CUM) == [("2026-06", "东镇", "东镇", D(4200))]


# ---- (1) periods in words: WRONG (refused, not silent) -----------------------------------------------------------

@pytest.mark.parametrize(("title", "name", "date_cell"), p.JUNE_AS_QUARTER, ids=_ids(p.JUNE_AS_QUARTER))
def test_a_june_titled_by_its_quarter_is_june(zone: Config, title: str, name: str, date_cell: str | None) -> None:
    [o] = take(zone, p.proj_june_in_words(title, name, date_cell))
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "东镇", "2026-06", 2), codes(o)
    assert sql(zone, CUM) == [("2026-06", "东镇", "东镇", D(4200))]


# ---- (2) names as clerks type them: RIGHT ------------------------------------------------------------------------

def test_the_county_name_before_the_zone(zone: Config) -> None:
    [o] = take(zone, p.proj_zone_with_county_name_before_it)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "经济技术开发区", "2026-06", 2), codes(o)
    assert sql(zone, CUM) == [("2026-06", "经济技术开发区", "经济技术开发区", D(11500))]


def test_a_stamped_sender_with_a_fullwidth_space(zone: Config) -> None:
    [o] = take(zone, p.proj_sender_stamped_and_spaced)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "西镇", "2026-06", 2), codes(o)
    assert sql(zone, CUM) == [("2026-06", "西镇", "西镇", D(3500))]


@pytest.mark.parametrize(("line", "name", "town"), p.SENDER_LINES, ids=[s[0][5:] for s in p.SENDER_LINES])
def test_sender_lines_as_clerks_write_them(zone: Config, line: str, name: str, town: str) -> None:
    [o] = take(zone, p.proj_sender_line(line, name, town))
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", town, "2026-06", 2), codes(o)
    assert sql(zone, CUM) == [("2026-06", town, town, D(4200))]


def test_townships_as_typed_in_the_enterprise_list(zone: Config) -> None:
    [o] = take(zone, p.ent_townships_as_typed)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "统计局", "2026-06", 9), codes(o)
    assert "error" not in {pr.severity for pr in o.problems}, codes(o)
    assert sql(zone, TOWNS) == sorted([("红星乡", D(3900)), ("东镇", D(5400)), ("西镇", D(10500)),
                                       ("城关街道", D(2400))])


# ---- (2) names as clerks type them: WRONG (refused, not silent) --------------------------------------------------

def test_the_county_name_before_a_township_in_the_list(zone: Config) -> None:
    [o] = take(zone, p.ent_townships_with_the_county_name)
    assert (o.status, o.rows) == ("accepted", 3), codes(o)
    assert sql(zone, TOWNS) == sorted([("红星乡", D(2400)), ("经济技术开发区", D(9000)), ("东镇", D(4200))])
    said = " ".join(pr.message for pr in o.problems if pr.code == "word_read_as")
    assert "“测试县红星乡”→“红星乡”" in said and "“测试县经济技术开发区”→“经济技术开发区”" in said, codes(o)


def test_a_village_named_like_another_township(zone: Config) -> None:
    [o] = take(zone, p.ent_village_named_like_another_township)
    assert (o.status, o.rows) == ("accepted", 2), codes(o)
    assert sql(zone, TOWNS) == [("东镇", D(4200)), ("红星乡", D(2000))]
    said = " ".join(pr.message for pr in o.problems if pr.code == "word_read_as")
    assert "“红星乡西镇村”→“红星乡”（“西镇村”是其下的地点）" in said, codes(o)


# ---- (3) yearly targets with a span ------------------------------------------------------------------------------

def test_targets_of_a_year_named_with_its_fiscal_span_are_that_years(zone: Config) -> None:
    # RIGHT on the figures: 2026's; only the info note 按报表期间填为“2026” (nothing about the July-June year)
    [o] = take(zone, p.targets_year_named_with_its_fiscal_span)
    assert (o.status, o.period) == ("accepted", "2026"), codes(o)
    assert sql(zone, TARGETS) == [(2026, "output_target", D(280)), (2026, "va_target_pct", D(8))]


def test_targets_of_two_years_side_by_side_give_2026s(zone: Config) -> None:
    [o] = take(zone, p.targets_two_years_side_by_side)
    assert o.status == "accepted", codes(o)
    assert [r for r in sql(zone, TARGETS) if r[0] == 2026] == [(2026, "output_target", D(280)),
                                                              (2026, "va_target_pct", D(8))]


def test_an_investment_target_as_an_amount(zone: Config) -> None:
    [o] = take(zone, p.targets_fai_as_an_amount)
    assert ("unit_mismatch", "目标!C5") not in codes(o), codes(o)
    assert [r for r in sql(zone, TARGETS) if r[1] in ("output_target", "va_target_pct")] == [
        (2026, "output_target", D(280)), (2026, "va_target_pct", D(8))], codes(o)


def test_an_investment_target_as_an_amount_is_never_a_growth_target(zone: Config) -> None:
    take(zone, p.targets_fai_as_an_amount)
    assert sql(zone, "select count(*) from cur_targets where indicator = 'fai_target_pct'") == [(0,)]

