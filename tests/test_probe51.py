"""The outside probe p51 (tests/handmade/probe51.py): every form carrying ONE figure a county statistician refuses at
sight — negatives, a count with a fraction, a percent of 1250, a row contradicting itself, an 'of which' over its
whole, a date after the period — alone and hidden behind a habit (text “-1,200”, 亿元, a merged cell, 同上, a formula).
Expected: refused or at least a warning naming the cell, in Chinese with a fix; never stored without a word.  Where
beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import probe51 as p
from tests.test_handmade import codes, sql, take

Maker = Callable[[Path], Path]
FAI = "select project_code, total_investment, annual_plan, started, invest_month, invest_cum from cur_fai_projects " \
      "order by excel_row"
CITY = "select va_yoy_pct, fai_cum, fai_yoy_pct, tech_cum from cur_city_comparison where county = '测试县'"
TARGETS = "select indicator, value, q1, q2, q3 from cur_targets order by all"
STORED = {"fai_projects": "cur_fai_projects", "enterprise_output": "cur_enterprise_output",
          "cultivation": "cur_cultivation", "attraction": "cur_attraction", "factors": "cur_factors",
          "progress_notes": "cur_progress_notes", "city_comparison": "cur_city_comparison", "targets": "cur_targets"}


def _said_on(o: Outcome, cells: set[str]) -> list[str]:
    """The warnings and errors on any of ``cells`` (its Chinese line, file and sheet included)."""
    return [x.line() for x in o.problems if x.severity in ("warning", "error") and (x.cell or "") in cells]


def _asked(o: Outcome, cells: set[str]) -> None:
    said = _said_on(o, cells)
    assert said, (o.status, codes(o))
    assert all(o.file.split("/")[-1] in line and "工作表「" in line and "请" in line for line in said), said


# ---- SILENT: stored as typed, nothing said ------------------------------------------------------------------------------

@pytest.mark.parametrize(("maker", "cells", "said"), [
    (p.fai_annual_plan_over_total, {"H6", "G6"}, "「年度计划投资」15,000 万元大于同一行「计划总投资」（G6）3,000 万元"),
    (p.fai_cumulative_over_total, {"M6", "G6"}, "「1-6月累计完成投资」12,000 万元大于同一行「计划总投资」（G6）3,000 万元"),
    (p.fai_cum_over_total_text, {"M6", "G6"}, "「1-6月累计完成投资」12,000 万元大于同一行「计划总投资」（G6）3,000 万元"),
], ids=["plan_over_total", "cum_over_total", "cum_over_total_as_text"])
def test_fai_more_than_the_whole_project_is_asked(county_full: Config, maker: Maker, cells: set[str], said: str) -> None:
    """A project's figures are parts of its whole (``AtMost`` in schemas/fai_projects.py): a warning, stored as typed."""
    [o] = take(county_full, maker)
    _asked(o, cells)
    [asked] = [x for x in o.problems if x.code == "over_whole"]
    assert asked.severity == "warning" and asked.message.startswith(said) and "请核实" in asked.line(), asked.line()
    assert asked.value and asked.value.replace(",", "") == said.split("」")[1].split(" ")[0].replace(",", "")  # as typed
    assert o.status == "accepted"


@pytest.mark.parametrize("maker", [p.fai_total_typed_zero, p.fai_total_typed_dash], ids=["zero", "dash"])
def test_fai_total_of_nothing_is_refused_on_its_cell(county_full: Config, maker: Maker) -> None:
    """A project's 计划总投资 is never 0 (``gt=0`` in schemas/fai_projects.py): stored as 0 it left 工业固投 silently."""
    [o] = take(county_full, maker)
    [refused] = [x for x in o.problems if x.severity == "error"]
    assert (refused.cell, refused.code, o.status) == ("G6", "greater_than", "rejected"), refused.line()
    assert "「计划总投资」" in refused.line() and "必须大于（0）" in refused.line() and "不能填0" in refused.line(), refused.line()
    # one message for one slip: the row's 年度计划/累计 are not said to be over a 0 the total's own check refuses, and
    # a “—” is not also noted as read as 0 (the note had no cell, and the error says it already)
    assert [x.code for x in o.problems if x.code == "over_whole"] == []
    assert [x.code for x in o.problems if x.column == "计划总投资"] == ["greater_than"]
    assert "向项目单位或企业核实" in refused.fix, refused.fix  # the clerk is the 填报单位: whom to ask is the project


def test_fai_total_left_blank_says_what_will_do(county_full: Config) -> None:
    """A blank 计划总投资 (``gt=0``): the fix says 0 or “—” is no answer either, so the next try is not refused again."""
    [o] = take(county_full, p.fai_total_left_blank)
    [refused] = [x for x in o.problems if x.severity == "error"]
    assert (refused.cell, refused.code, o.status) == ("G6", "not_nullable", "rejected"), refused.line()
    assert "必须大于0" in refused.fix and "不能空着、填0或“—”" in refused.fix, refused.fix


def test_fai_not_started_but_invested_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.fai_not_started_but_invested)
    _asked(o, {"I7", "L7", "M7"})
    [asked] = [x for x in o.problems if x.code == "done_not_begun"]
    assert (asked.severity, asked.cell, asked.value) == ("warning", "I7", "否")
    assert "「本月完成投资」（L7）300 万元、「1-6月累计完成投资」（M7）300 万元" in asked.message, asked.message


def test_fai_started_after_its_june_investment_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.fai_start_date_in_july_with_june_investment)
    _asked(o, {"J5", "M5"})
    [asked] = [x for x in o.problems if x.code == "done_before_begun"]
    assert (asked.severity, asked.cell) == ("warning", "J5")
    assert "在报表期间（2026年6月）之后" in asked.message and "「1-6月累计完成投资」（M5）3,000 万元" in asked.message, \
        asked.message


@pytest.mark.parametrize(("maker", "cells"), [(p.city_va_growth_1250, {"E6"}), (p.city_growth_sign_flipped, {"H6", "F6", "G6"})],
                         ids=["va_1250", "fai_sign_lost"])
def test_city_rates_a_statistician_rejects_are_asked(county_full: Config, maker: Maker, cells: set[str]) -> None:
    [o] = take(county_full, maker)
    _asked(o, cells)
    assert sql(county_full, CITY)[0][0] != D(1250)


def test_city_growth_over_200_shown_by_a_percent_format_is_read_when_the_amounts_give_it(county_full: Config) -> None:
    """K6 holds 7.567 under ``0.0%`` (shows 756.7%) among fractions: 5,140 over 600 is +756.7 %, so read as shown."""
    [o] = take(county_full, p.city_tech_growth_757_percent_shown)
    assert "pct_scale" not in [x.code for x in o.problems] and o.status == "accepted", codes(o)
    assert sql(county_full, "select tech_yoy_pct from cur_city_comparison where county = '测试县'") == [(D("756.7"),)]


def test_city_growth_over_200_shown_by_a_percent_format_is_asked_when_the_amounts_do_not_give_it(
        county_full: Config) -> None:
    # given 1,200 over 1,000 (+20 %) beside a %-formatted 7.567: expect the old question, 7.567 % or 756.7 %?
    [o] = take(county_full, p.city_tech_growth_757_percent_shown_alone)
    [asked] = [x for x in o.problems if x.code == "pct_scale"]
    assert (asked.severity, asked.cell) == ("error", "K6") and "不知是7.567%还是756.7%" in asked.message, asked.line()


def test_city_growth_shown_by_a_percent_format_stays_asked_when_the_amounts_give_both_readings(
        county_full: Config) -> None:
    # given 1 over 1 (−67 %–200 % within their rounding) beside a %-formatted 2: 2 % and 200 % both fit — asked
    [o] = take(county_full, p.city_tech_growth_shown_both_ways)
    assert [x.cell for x in o.problems if x.code == "pct_scale"] == ["K6"], codes(o)


def test_city_tech_over_its_fai_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.city_tech_over_fai)
    _asked(o, {"I6", "F6", "J6", "G6"})
    said = sorted((x.cell, x.message.split("：")[0]) for x in o.problems if x.code == "over_whole")
    assert said == [("I6", "「技术改造投资累计」12,000 万元大于同一行「工业固定资产投资累计」（F6）6,700 万元"),
                    ("J6", "「技术改造投资上年同期」11,000 万元大于同一行「工业固定资产投资上年同期」（G6）8,000 万元")]


def test_attraction_funds_over_the_deal_are_asked(county_full: Config) -> None:
    [o] = take(county_full, p.attr_funds_over_total)
    _asked(o, {"K5", "J5"})
    [asked] = [x for x in o.problems if x.code == "over_whole"]
    assert (asked.severity, asked.cell) == ("warning", "K5")
    assert asked.message.startswith("「本年到位资金」80,000 万元大于同一行「总投资」（J5）50,000 万元"), asked.message


@pytest.mark.xfail(strict=True, reason="today: accepted; 同比增长（%） is an extra_column (info on K3, 未读取) so 30,000 over "
                                       "25,000 (+20 %) beside a typed 50.0 is never weighed")
def test_enterprise_growth_column_disagreeing_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.ent_growth_disagrees)
    _asked(o, {"I5", "J5", "K5"})


@pytest.mark.parametrize(("maker", "cells"), [
    (p.tgt_count_with_fraction, {"D7"}), (p.tgt_growth_1250, {"D6"}), (p.tgt_half_year_over_year, {"F5", "D5"}),
    (p.tgt_negative_output, {"D5"}),
], ids=["2.5_hu", "va_1250", "half_over_year", "negative_output"])
def test_targets_a_statistician_rejects_are_asked(county_full: Config, maker: Maker, cells: set[str]) -> None:
    [o] = take(county_full, maker)
    _asked(o, cells)


# ---- WRONG but not silent -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["2个", "共计2个", "共计2个项目", "共有2个项目", "共2个招商项目", "计2个"])
def test_attraction_total_with_its_count_under_the_name_is_a_total(county_full: Config, said: str) -> None:
    # a hostile check (session 27) wrote 共计4个 and 共有2个项目: kept as a project named so, refused as 必填项为空
    [o] = take(county_full, p.attr_total_counted_as(said))
    assert o.status == "accepted" and "total_row" in [c for c, _ in codes(o)], codes(o)
    assert "total_count" not in [c for c, _ in codes(o)], codes(o)
    assert [r[0] for r in sql(county_full, "select name from cur_attraction order by excel_row")] == \
        ["年产5万吨精细化学品项目", "光伏组件边框项目"]


def test_attraction_total_counting_one_project_too_many_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.attr_total_counted_as("共计3个项目"))
    assert [(c, cell) for c, cell in codes(o) if c == "total_count"] == [("total_count", "招商项目!B7")], codes(o)


# ---- RIGHT ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("maker", "form", "cell"), [
    (p.fai_negative_cumulative, "fai_projects", "M6"), (p.ent_negative_cumulative, "enterprise_output", "I6"),
    (p.cult_negative_grant, "cultivation", "I6"), (p.attr_negative_funds, "attraction", "K6"),
    (p.fact_negative_area, "factors", "G6"), (p.fact_negative_price, "factors", "H6"),
    (p.notes_progress_1250, "progress_notes", "E5"),
], ids=["fai", "enterprise", "cultivation", "attraction", "land_area", "land_price", "progress_1250"])
def test_a_negative_or_over_100_figure_is_refused_on_its_cell(county_full: Config, maker: Maker, form: str,
                                                               cell: str) -> None:
    [o] = take(county_full, maker)
    assert (o.status, o.form) == ("rejected", form), codes(o)
    [err] = [x for x in o.problems if x.severity == "error" and x.cell == cell]
    assert "填的是" in err.line() and "请" in err.line() and f"工作表「{err.sheet}」" in err.line(), err.line()
    assert sql(county_full, f"select count(*) from {STORED[form]}") == [(0,)]


@pytest.mark.parametrize("maker", [p.fai_negative_as_text, p.fai_negative_in_yi, p.fai_negative_as_formula],
                         ids=["text_-1,200", "yi_-0.12", "formula_cached_-1200"])
def test_a_negative_behind_a_habit_is_refused_on_its_cell(county_full: Config, maker: Maker) -> None:
    [o] = take(county_full, maker)
    assert o.status == "rejected", codes(o)
    assert ("greater_than_or_equal_to", "6月!M6") in codes(o, "error")
    assert sql(county_full, FAI) == []


@pytest.mark.parametrize(("maker", "code"), [(p.fai_plan_over_total_merged, "merged_figure"),
                                             (p.fai_plan_over_total_ditto, "not_a_number")], ids=["merged", "ditto"])
def test_a_plan_figure_merged_or_dittoed_is_asked_never_copied(county_full: Config, maker: Maker, code: str) -> None:
    [o] = take(county_full, maker)
    assert o.status == "rejected" and (code, "6月!H6") in codes(o, "error"), codes(o)
    assert sql(county_full, FAI) == []


@pytest.mark.parametrize(("maker", "cell"), [(p.fai_start_date_after_period, "6月!J5"),
                                             (p.cult_recognised_after_period, "培育台账!G6"),
                                             (p.attr_started_after_period, "招商项目!I5")],
                         ids=["fai_start_sep", "cultivation_recognised_oct", "attraction_started_nov"])
def test_a_step_dated_after_the_period_is_refused(county_full: Config, maker: Maker, cell: str) -> None:
    [o] = take(county_full, maker)
    assert o.status == "rejected" and ("date_after_state", cell) in codes(o, "error"), codes(o)
    [line] = [x.line() for x in o.problems if x.code == "date_after_state"]
    assert "晚于报表期间（2026年6月）" in line and "请核对" in line, line


def test_entered_after_the_period_is_said_on_its_cell(county_full: Config) -> None:
    [o] = take(county_full, p.ent_entered_after_period)
    assert ("date_after_period", "规上企业!G5") in codes(o, "warning"), codes(o)
    [line] = [x.line() for x in o.problems if x.code == "date_after_period"]
    assert "统计局6月规上企业_entered_sep.xlsx" in line and "“2026-09”" in line and "请核对" in line, line
    assert sql(county_full, "select entered_month, output_cum from cur_enterprise_output order by excel_row")[0] == \
        ("2026-09", D(30000))
