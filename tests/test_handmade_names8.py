"""Hand-made returns, round 8 (tests/handmade/names8.py): names, codes and periods as 岚山县's clerks write them.

Read the way a person reads them — a county or township written short, a township followed by its village, a
sender short on its 填报单位 line, an industry code with its name, a period given as the day the figures run
up to — or asked on the cell when two readings remain (城关 in a county with 城关镇 and 城关街道, a parcel in
城关镇、柳林镇, a day inside a month).  The county is tests/test_handmade_county7.py's (``beizeng init`` + senders).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from tests.handmade import county7 as c7
from tests.handmade import names8 as n8
from tests.test_handmade import accepted, one, sql
from tests.test_handmade import take_lazily as take


def _county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "") -> Config:
    path = c7.configure(tmp_path / "岚山县")
    if extra:
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture
def lanshan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return _county(tmp_path, monkeypatch)


def _codes(o: object, code: str) -> list[tuple[str | None, int | None, str]]:
    return [(p.cell, p.row, p.message) for p in o.problems if p.code == code]  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# 行业: code and name in one cell
# ---------------------------------------------------------------------------------------------

def test_industry_code_and_name_in_every_order(lanshan: Config) -> None:
    o = accepted(take(lanshan, n8.ent_code_and_name_every_order), "enterprise_output", "统计局", "2026-05", 7)
    assert sql(lanshan, "select industry_code from cur_enterprise_output order by excel_row") == [
        ("3825",), ("1399",), ("3021",), ("2652",), ("4610",), ("0810",), ("3442",)]
    assert one(lanshan, "select sum(output_cum) from cur_enterprise_output") == Decimal("57490")
    [(cell, _, message)] = [(p.cell, p.severity, p.message) for p in o.problems if p.code == "industry_name_clash"]
    assert cell == "D10" and "3442属于制造业" in message and "“铁矿采选”却是采矿业" in message, message
    assert [p.severity for p in o.problems if p.code == "industry_name_clash"] == ["warning"]


# ---------------------------------------------------------------------------------------------
# Names: short, with a village after them, two at once, not configured
# ---------------------------------------------------------------------------------------------

def test_city_counties_short_and_full_mixed(lanshan: Config) -> None:
    o = accepted(take(lanshan, n8.city_short_names_mixed), "city_comparison", "统计局", "2026-06", 7)
    assert sql(lanshan, "select county, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", Decimal("7.2")), ("汉台区", Decimal("6.9")), ("南郑区", Decimal("7.5")), ("城固县", Decimal("9.1")),
        ("洋县", Decimal("5.8")), ("西乡县", Decimal("4.4")), ("岚山县", Decimal("8.4"))]
    [note] = [p.message for p in o.problems if p.code == "word_read_as" and p.column == "县区"]
    assert "“南郑”→“南郑区”（第5行）" in note and "洋县" not in note and "岚山县”（" not in note, note


def test_a_short_township_two_configured_names_start_with_is_asked(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _county(tmp_path, monkeypatch, n8.CHENGGUAN_STREET)
    [o] = take(cfg, n8.ent_township_short_two_candidates)
    assert o.status == "rejected"
    [(cell, row, message)] = _codes(o, "ambiguous_name")
    assert (cell, row) == ("C4", 4) and "城关镇、城关街道" in message, message
    assert _codes(o, "unknown_name") == []  # 柳林 is read: only 柳林镇 starts so


def test_land_places_township_then_village_every_way(lanshan: Config) -> None:
    o = accepted(take(lanshan, n8.factors_land_places_spaced_and_dashed), "factors", "自然资源局", "2026-06", 4)
    assert sql(lanshan, "select township, area_mu from cur_factors order by excel_row") == [
        ("马畅镇", Decimal("10")), ("柳林镇", Decimal("11")), ("岚山经开区", Decimal("12")), ("城关镇", Decimal("13"))]
    [note] = [p.message for p in o.problems if p.code == "word_read_as" and p.column == "所属乡镇"]
    assert "“柳林镇-石门村二组”→“柳林镇”（“石门村二组”是其下的地点）" in note and "“东区”是其下的地点" in note, note


def test_a_village_of_an_unconfigured_township_and_two_townships_are_refused_on_their_cells(lanshan: Config) -> None:
    [o] = take(lanshan, n8.factors_land_place_not_configured)
    assert o.status == "rejected"
    unknown, county = [p for p in o.problems if p.code == "unknown_name"]
    assert (unknown.cell, unknown.value, county.cell, county.value) == ("B5", "新集镇东坝村", "B7", "岚山县")
    assert "城关镇、柳林镇、马畅镇、岚山经开区" in unknown.fix and "beizeng.toml" in unknown.fix, unknown.fix
    [(cell, _, message)] = _codes(o, "ambiguous_name")
    assert cell == "B6" and "城关镇、柳林镇" in message, message
    assert one(lanshan, "select count(*) from cur_factors") == 0


# ---------------------------------------------------------------------------------------------
# Periods: the day the figures run up to
# ---------------------------------------------------------------------------------------------

def test_period_from_as_of_day_not_from_filled_in_day(lanshan: Config) -> None:
    o = accepted(take(lanshan, n8.fai_as_of_day_and_filled_day), "fai_projects", "马畅镇", "2026-06", 2)
    assert [p.code for p in o.problems if p.code == "sender_short_name"] == ["sender_short_name"]
    assert sql(lanshan, "select township, invest_cum, start_date from cur_fai_projects order by excel_row") == [
        ("马畅镇", Decimal("2600"), dt.date(2026, 1, 8)), ("马畅镇", Decimal("3500"), dt.date(2026, 4, 1))]
    [note] = [p.message for p in o.problems if p.code == "month_as_first"]
    assert "第7行只写了年月" in note, note


def test_period_from_statistics_time_dotted_beside_filled_time(lanshan: Config) -> None:
    accepted(take(lanshan, n8.fai_statistics_time_dotted), "fai_projects", "马畅镇", "2026-06", 2)


def test_an_as_of_day_inside_a_month_is_asked(lanshan: Config) -> None:
    [o] = take(lanshan, n8.fai_as_of_mid_month)
    assert o.status == "rejected" and o.period is None
    [message] = [p.message for p in o.problems if p.code == "ambiguous_period"]
    assert "2026年6月20日" in message and "不是月末" in message, message
