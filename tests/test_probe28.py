"""The outside probe p28 (tests/handmade/probe28.py): hostile returns against round 21's newest rules, aimed at their
false positives — the other column of a 表头对照 tie that is really 自开工累计, 本月累计 beside 1-5月累计, 当月 on a 1-2月
return, targets in bare year columns or with a half-blank 调整后 column, a plan word beside the period in a title.
Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import probe28 as p
from tests.test_handmade import codes, sql, take

FAI = "select period, invest_month, invest_cum from cur_fai_projects order by excel_row"
TARGETS = "select year, indicator, value from cur_targets order by all"


def _mapped(cfg: Config, maker: Callable[[Path], Path]) -> tuple[int, Outcome]:
    """``beizeng map FILE --set L=累计完成投资`` on the tie, then the same return dropped into the inbox."""
    result = CliRunner().invoke(app, ["map", str(maker(cfg.root)), "--set", "L=累计完成投资"], env={"COLUMNS": "200"})
    maker(cfg.inbox)
    [o] = ingest(cfg)
    return result.exit_code, o


# ---- silent (or merely said) wrong figures ---------------------------------------------------------------------------

def test_tie_partner_equal_to_cumulative_is_not_junes_investment(county_full: Config) -> None:
    code, o = _mapped(county_full, p.tie_since_start_equal_to_cumulative)
    assert code == 0, codes(o)
    # the careful reading: L as 1-6月累计, K unread (or asked about) — never the month's figure = the cumulative
    assert [m for _, m, _ in sql(county_full, FAI)] in ([None, None, None], []), codes(o)


def test_tie_partner_equal_to_cumulative_keeps_the_cumulative(county_full: Config) -> None:
    _, o = _mapped(county_full, p.tie_since_start_equal_to_cumulative)
    assert o.status == "accepted", codes(o)
    assert [c for _, _, c in sql(county_full, FAI)] == [D(3000), D(1200), D(800)]


# ---- refused returns a person reads without doubt -----------------------------------------------------------------------

# a label column (单位) qualifies nothing: 2025年 | 2026年 right of it are the years' figures, not the unit's
def test_targets_in_bare_year_columns_give_2026s(county_full: Config) -> None:
    [o] = take(county_full, p.targets_year_columns_whole_year_title)
    assert (o.status, o.period) == ("accepted", "2026"), codes(o)
    assert sql(county_full, TARGETS) == [(2026, "output_target", D(280)), (2026, "va_target_pct", D(8))]


def test_targets_in_bare_year_columns_never_store_last_years(county_full: Config) -> None:
    # the title （2026年全年） is read as 2026 (a whole-year word beside the year is not a doubt) and 2025 is said
    [o] = take(county_full, p.targets_year_columns_whole_year_title)
    assert o.period == "2026", codes(o)
    assert ("other_year_column", "目标!D3") in codes(o)
    assert not [r for r in sql(county_full, TARGETS) if r[2] in (D(250), D("7.5"))]


# ---- RIGHT -----------------------------------------------------------------------------------------------------------

def test_tie_partner_larger_than_the_answer_is_asked_not_read_as_the_month(county_full: Config) -> None:
    # K 自开工累计 exceeds L in rows 4 and 6: beizeng doubts the answer and says how to settle it; nothing half-stored
    code, o = _mapped(county_full, p.tie_other_column_is_since_start)
    assert code == 0 and o.status == "rejected", codes(o)
    assert sql(county_full, FAI) == []
    [doubt] = [x for x in o.problems if x.code == "layout_answer_doubtful"]
    assert "K列“完成投资”在第4、6行都比它大" in doubt.line() and "beizeng map" in doubt.line()


def test_benyue_leiji_is_the_cumulative_to_june(county_full: Config) -> None:
    [o] = take(county_full, p.benyue_leiji_beside_may)
    assert (o.status, o.period) == ("accepted", "2026-06"), codes(o)
    rows = sql(county_full, FAI)
    assert [c for _, _, c in rows] == [D(3000), D(1200)]
    assert [m for _, m, _ in rows] in ([None, None], [D(600), D(200)])
    assert ("earlier_month_column", "项目!M3") in codes(o)


def test_dangyue_on_a_jan_feb_return_is_februarys(county_full: Config) -> None:
    [o] = take(county_full, p.dangyue_on_jan_feb)
    assert (o.status, o.period) == ("accepted", "2026-02"), codes(o)
    assert sql(county_full, FAI) == [("2026-02", D(300), D(500)), ("2026-02", D(100), D(300))]


def test_adjusted_column_blank_for_a_row_keeps_the_first(county_full: Config) -> None:
    [o] = take(county_full, p.targets_adjusted_blank_for_some)
    assert (o.status, o.period) == ("accepted", "2026"), codes(o)
    assert sql(county_full, TARGETS) == [(2026, "output_target", D(300)), (2026, "va_target_pct", D(8))]
    # said on the blank cell of 增加值's row (E5), by the rule every revised column keeps (not_revised)
    [said] = [x for x in o.problems if x.code == "not_revised"]
    assert (said.line().split("：")[0].endswith("E5"), "「2026年调整后」空着" in said.message) == (True, True), said.line()


def test_half_year_plan_completion_title_is_june(county_full: Config) -> None:
    [o] = take(county_full, p.title_half_year_plan_completion)
    assert (o.status, o.period) == ("accepted", "2026-06"), codes(o)
    assert sql(county_full, FAI) == [("2026-06", D(600), D(3000)), ("2026-06", D(200), D(1200))]
