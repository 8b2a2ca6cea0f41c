"""The outside probe p26a (tests/handmade/probe26a.py): one county walked through a year's end — 1-3月 and 1-12月
2026, 1-2月 and 1-3月 2027, a corrected 1-2月 after the 1-3月 — checking after each step the stored figures and the
indicators a person computes by hand.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it
does instead; silent wrong figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import indicator, ingest
from tests.handmade import probe26a as p
from tests.test_handmade import codes, sql

Maker = Callable[[Path], Path]


def _step(cfg: Config, maker: Maker) -> Outcome:
    """One return arrives, then a run; it is taken (accepted) — the point of each test is what follows."""
    maker(cfg.inbox)
    [o] = ingest(cfg)
    assert o.status == "accepted", (o.file, codes(o))
    return o


def _steps(cfg: Config, *makers: Maker) -> list[Outcome]:
    return [_step(cfg, m) for m in makers]


def _ind(cfg: Config, code: str, period: str) -> float | None:
    return indicator(cfg, code, period)


def _lines(o: Outcome) -> str:
    return "\n".join(p.line() for p in o.problems)


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_feb27_newcomers_dash_last_year_is_zero_and_said(county_full: Config, in_2027: None) -> None:
    # the probe took “—” under 上年同期 for “no figure” (leave the newcomer out: 5,400 ÷ 5,100 − 1 = 5.882 %); the
    # returns' rule is “—” = nothing = 0 (issue 11, kind 5), and a firm new to the list with output of 0 a year
    # before does count in 同比 (5,700 ÷ 5,100 − 1 = 11.765 %). Judged: read as 0, never quietly — a warning on the
    # column says the growth is higher for it and how to leave the firm out (blank), so the clerk decides.
    _step(county_full, p.ent_dec26)
    o = _step(county_full, p.ent_feb27)
    assert _ind(county_full, "output_yoy_pct", "2027-02") == pytest.approx(100 * (5700 / 5100 - 1))
    [said] = [x for x in o.problems if x.code == "nothing_as_zero"]
    assert said.severity == "warning", said
    assert "按上年同期为0计入同比增速，增速会因此偏高" in said.message and "没有可比数的留空" in said.fix, said.line()


def test_mar27_growth_uses_the_typed_last_year(county_full: Config, in_2027: None) -> None:
    # as above: the newcomer's “—” is 0 (said); the other firms' typed 上年同期 are taken as typed
    _steps(county_full, p.ent_mar26, p.ent_dec26, p.ent_feb27, p.ent_mar27)
    assert _ind(county_full, "output_yoy_pct", "2027-03") == pytest.approx(100 * (8800 / 7560 - 1))


def test_feb27_project_finished_in_december_does_not_carry_its_2026_total(county_full: Config,
                                                                         in_2027: None) -> None:
    _step(county_full, p.fai_dec26)
    p.fai_feb27(county_full.inbox)
    [o] = ingest(county_full)
    # 400 + 500 + 100 started afresh in 2027; the finished project's 9,800 is 2026's, carried on
    assert o.status == "rejected" and ("cum_carried_over", "东镇!M6") in codes(o, "error"), codes(o)
    [said] = [x for x in o.problems if x.code == "cum_carried_over"]
    assert "与上年已入库的2026年1-12月累计完全相同" in said.message and "上年已完工、今年没有投资的填0" in said.fix, said.line()
    assert sql(county_full, "select count(*) from cur_fai_projects where period = '2027-02'") == [(0,)]
    p.fai_feb27_fixed(county_full.inbox)  # sent again with 0: taken
    [o] = ingest(county_full)
    assert o.status == "accepted" and _ind(county_full, "fai_cum", "2027-02") == pytest.approx(0.10), codes(o)


# ---- taken or said as a careful person would ----------------------------------------------------------------------

def test_dec26_as_typed_in_the_clerks_own_layout(county_full: Config, in_2027: None) -> None:
    _steps(county_full, p.targets26, p.ent_dec26, p.fai_dec26)
    assert _ind(county_full, "output_cum", "2026-12") == pytest.approx(3.55)
    assert _ind(county_full, "output_yoy_pct", "2026-12") == pytest.approx(100 * (35500 / 33900 - 1))
    assert _ind(county_full, "output_time_target", "2026-12") == pytest.approx(24)
    assert _ind(county_full, "fai_cum", "2026-12") == pytest.approx(1.78)


def test_feb27_rename_gone_and_month_equal_to_the_two_months(county_full: Config, in_2027: None) -> None:
    [_, o] = _steps(county_full, p.ent_dec26, p.ent_feb27)
    assert (o.period, o.rows) == ("2027-02", 4), codes(o)
    assert sql(county_full, "select sum(output_month), sum(output_cum) from cur_enterprise_output "
                            "where period = '2027-02'") == [(D(5700), D(5700))]
    assert _ind(county_full, "output_cum", "2027-02") == pytest.approx(0.57)
    found = codes(o, "warning", "error")
    assert ("name_changed", "1-2月!B6") in found and "month_as_cumulative" not in [c for c, _ in found], found
    text = _lines(o)
    assert "东川陶瓷有限公司" in text and "西川果业加工有限公司" in text and "4,500" in text, text
    assert _ind(county_full, "new_above_scale", "2027-02") == pytest.approx(1)


def test_targets_resent_under_a_2027_title_are_2027s_and_2026s_stay(county_full: Config, in_2027: None) -> None:
    _steps(county_full, p.targets26, p.ent_dec26, p.ent_feb27)
    # before 2027's targets arrive, 2027's 序时进度 is not taken from 2026's targets
    assert _ind(county_full, "output_time_target", "2027-02") is None
    o = _step(county_full, p.targets27_same_figures)
    assert o.period == "2027", codes(o)
    assert sql(county_full, "select year, value from cur_targets where indicator = 'output_target' "
                            "and scope = '测试县' order by year") == [(2026, D(24)), (2027, D(24))]
    assert _ind(county_full, "output_time_target", "2027-02") == pytest.approx(4)
    assert _ind(county_full, "output_time_progress_pct", "2027-02") == pytest.approx(0.57 / 4 * 100)
    assert _ind(county_full, "output_time_target", "2026-12") == pytest.approx(24)


def test_mar27_last_year_typed_differently_is_said_with_the_stored_figure(county_full: Config,
                                                                        in_2027: None) -> None:
    *_, o = _steps(county_full, p.ent_mar26, p.ent_dec26, p.ent_feb27, p.ent_mar27)
    assert ("last_year_differs", "1-3月!J8") in codes(o, "warning"), codes(o)
    [line] = [x.line() for x in o.problems if x.code == "last_year_differs"]
    assert "3,960" in line and "3,900" in line and "统计局2026年1-3月规上企业.xlsx" in line, line
    assert _ind(county_full, "output_cum", "2027-03") == pytest.approx(0.88)


def test_feb27_correction_after_mar27_replaces_feb_and_leaves_mar(county_full: Config, in_2027: None) -> None:
    _steps(county_full, p.ent_dec26, p.ent_feb27, p.ent_mar27)
    march = {c: _ind(county_full, c, "2027-03") for c in ("output_cum", "output_yoy_pct", "sei_output_cum")}
    feb_growth = _ind(county_full, "output_yoy_pct", "2027-02")
    _step(county_full, p.ent_feb27_fixed)
    assert sql(county_full, "select period, sum(output_cum) from cur_enterprise_output where period >= '2027' "
                            "group by 1 order by 1") == [("2027-02", D(5750)), ("2027-03", D(8800))]
    assert _ind(county_full, "output_cum", "2027-02") == pytest.approx(0.575)
    assert feb_growth is not None and _ind(county_full, "output_yoy_pct", "2027-02") == pytest.approx(
        feb_growth + 100 * 50 / 5100)
    assert {c: _ind(county_full, c, "2027-03") for c in march} == march


def test_mar27_the_finished_project_gone_is_said_and_not_counted(county_full: Config, in_2027: None) -> None:
    *_, o = _steps(county_full, p.fai_dec26, p.fai_feb27_fixed, p.fai_mar27)
    assert _ind(county_full, "fai_cum", "2027-02") == pytest.approx(0.10)
    assert _ind(county_full, "fai_cum", "2027-03") == pytest.approx(0.18)
    said = [x.line() for x in o.problems if x.code == "rows_gone"]
    assert len(said) == 1 and "东镇光伏组件扩能项目" in said[0], _lines(o)
