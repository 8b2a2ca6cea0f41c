"""Two places on a return that name different periods (beizeng.intake.identify._identify_period): the lines above
the table disagreeing among themselves is asked (whose month are these figures?), a sheet tab disagreeing with the
title is read by the title with a warning (a sheet copied from last month keeps last month's tab); a line naming
last year's period for comparison is no period of the return.  The hand-made land list of tests/handmade/make.py
(title 测试县2026年1-6月…, 填报单位 in A2, 3 parcels of 101.25 亩) with its lines rewritten."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.handmade import make
from tests.test_handmade import accepted, one
from tests.test_handmade import take_lazily as take


def _land(folder: Path, a2: str | None = None, tab: str | None = None) -> Path:
    path = make.factors_land_supplied(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    if a2 is not None:
        ws["A2"] = a2
    if tab is not None:
        ws.title = tab
    wb.save(path)
    return path


def test_two_lines_above_naming_different_months_are_asked(county_full: Config) -> None:
    # given the title 2026年1-6月 and, under it, 截止时间：2026年5月31日 — May's figures under June's title, or June's?
    [o] = take(county_full, lambda f: _land(f, "填报单位：县自然资源局    截止时间：2026年5月31日"))
    # expect: refused, both lines quoted with the month each names; nothing stored
    assert o.status == "rejected"
    [p] = [p for p in o.problems if p.code == "ambiguous_period"]
    assert "2026年1-6月" in p.message and "截止时间" in p.message and "2026年5月31日" in p.message
    assert "（2026年5月）" in p.message and "（2026年6月）" in p.message
    assert one(county_full, "select count(*) from cur_factors") == 0


def test_a_line_naming_last_years_period_for_comparison_is_not_the_returns(county_full: Config) -> None:
    # given a line under the title: 上年同期：2025年1-6月 (the comparison's period)
    o = accepted(take(county_full, lambda f: _land(f, "填报单位：县自然资源局   上年同期：2025年1-6月")),
                 "factors", "自然资源局", "2026-06", 3)
    assert not [p for p in o.problems if p.code == "ambiguous_period"]
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


def test_the_same_month_said_twice_is_one_period(county_full: Config) -> None:
    # given 截止时间：2026年6月30日 under the 1-6月 title: the same month in two words
    o = accepted(take(county_full, lambda f: _land(f, "填报单位：县自然资源局  截止时间：2026年6月30日")),
                 "factors", "自然资源局", "2026-06", 3)
    assert not [p for p in o.problems if p.severity != "info"]


def test_a_tab_left_from_last_month_is_read_by_the_title_with_a_warning(county_full: Config) -> None:
    # given the sheet copied from May's return: its tab still says 5月, the title 2026年1-6月
    o = accepted(take(county_full, lambda f: _land(f, tab="5月")), "factors", "自然资源局", "2026-06", 3)
    # expect: June (the title), and the clerk told which two places disagree
    [w] = [p for p in o.problems if p.code == "sheet_name_period"]
    assert w.severity == "warning" and "“5月”" in w.message and "按标题读作“2026年6月”" in w.message
