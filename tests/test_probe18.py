"""The outside probe p18 of session 16's size and reading rules (tests/handmade/probe18.py): what a careful person
takes from each return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead;
silent wrong figures first."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import probe18 as p
from tests.test_handmade import codes, drop, rejected, sql
from tests.test_handmade import take_lazily as take


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


def _first_then(cfg: Config, paths: list) -> list[Outcome]:
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_a_project_in_yuan_under_a_header_saying_wanyuan_is_warned_on_its_cell(county_full: Config) -> None:
    # the printed （万元） is the clerk's word beside the figure (how the county's giant is confirmed): the row is
    # stored, but 8,000,000 beside 12,000-50,000 (267× the middle) is said on its cell, with the 元 reading — a
    # judgement of session 16 (the probe wanted it stopped; a header that says the unit cannot also be doubted to a stop)
    [o] = take(county_full, p.proj_in_yuan_under_a_header_saying_wanyuan)
    [w] = [x for x in o.problems if x.code == "too_large"]
    assert (w.severity, w.cell) == ("warning", "G7") and "像是按元填写的（即800万元）" in w.message, (w.severity, w.message)
    assert "可不修改（此为提醒）" in w.fix, w.fix


def test_a_funds_row_in_yuan_under_100_yi_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, p.funds_one_award_in_yuan_under_a_wanyuan_line))
    assert [c for c, cell in codes(o, "error") if cell == "Sheet1!H7"], codes(o)
    _nothing_stored(county_full, "factors")


def test_a_start_date_still_to_come_does_not_make_a_project_started(county_full: Config) -> None:
    outs = take(county_full, p.attr_stage_columns_with_a_later_step_undated)
    stage = sql(county_full, "select stage from cur_attraction where name = '光伏组件边框加工项目'")
    # the last step dated by June's end is the stage; the July date is kept as typed and said (step_after_period)
    assert stage not in ([("开工",)], [("投产",)]) and len(stage) == 1, stage
    [o] = outs
    assert [c for c, _ in codes(o, "warning")].count("step_after_period") == 1, codes(o)
    assert "2026-07-15在本期之后" in next(x.message for x in o.problems if x.code == "step_after_period")


# ---- refused though readable --------------------------------------------------------------------------------------

def test_benqi_under_output_in_a_cumulative_table_is_the_cumulative(county_full: Config) -> None:
    # why: the title says 1-6月, so 本期 under 工业总产值 is the half year (matching.this_period_read), said in a note
    [o] = take(county_full, p.ent_benqi_under_output_means_the_cumulative)
    assert o.status == "accepted", codes(o)
    assert ("this_period_as_range", "Sheet1!H3") in codes(o, "info")
    assert sql(county_full, "select sum(output_cum), sum(output_cum_last_year), sum(revenue_cum) "
                            "from cur_enterprise_output") == [(D(16900), D(15600), D(17600))]
    assert sql(county_full, "select count(output_month) from cur_enterprise_output") == [(0,)]


# ---- taken or asked as a careful person would ---------------------------------------------------------------------

def test_the_countys_giant_among_only_two_others_is_asked(county_full: Config) -> None:
    # 1,500,000 beside 4,800 and 9,000: 217× the middle of two is as telling as of four
    o = rejected(take(county_full, p.ent_giant_among_only_two_others))
    assert [c for c in codes(o, "error") if c[0] == "too_large"] == [("too_large", "Sheet1!I6")]
    _nothing_stored(county_full, "enterprise_output")


def test_half_the_rows_in_yuan_are_asked_row_by_row(county_full: Config) -> None:
    # two of four rows at 3,000-4,800 亿元: not "most" rows, not "one" row — still asked on both
    o = rejected(take(county_full, p.ent_half_the_rows_in_yuan))
    assert [c for c in codes(o, "error") if c[0] == "too_large"] == [("too_large", "Sheet1!I4"),
                                                                      ("too_large", "Sheet1!I5")]
    _nothing_stored(county_full, "enterprise_output")


def test_a_negative_total_investment_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, p.proj_negative_total_investment))
    assert [cell for _, cell in codes(o, "error")] == ["东镇!G7"], codes(o)
    _nothing_stored(county_full, "fai_projects")


def test_zi_nian_chu_and_dang_yue_in_a_project_return_are_read(county_full: Config) -> None:
    [o] = take(county_full, p.proj_cumulative_headed_zi_nian_chu)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select sum(invest_month), sum(invest_cum) from cur_fai_projects") == [
        (D(4800), D(19400))]


def test_a_deregistered_firm_with_figures_keeps_them(county_full: Config) -> None:
    # 注销 in April after making 2,100 万元: the output was made this year and stays in 1-6月
    [o] = take(county_full, p.ent_deregistered_with_figures)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output") == [(D(16900),)]
    assert sql(county_full, "select output_cum from cur_enterprise_output where name = '西川果业加工有限公司'") == [
        (D(2100),)]


def test_a_one_row_list_from_the_bureau_is_the_bureaus_list(county_full: Config) -> None:
    [o] = take(county_full, p.ent_one_row_list_from_the_bureau)
    assert (o.status, o.sender, o.rows) == ("accepted", "统计局", 1), codes(o)
    assert sql(county_full, "select name, output_cum from cur_enterprise_output") == [("东川陶瓷有限公司", D(4200))]


def test_phase_two_beside_phase_one_and_brackets_retyped_are_no_rename(county_full: Config) -> None:
    paths = p.proj_phase_two_added_beside_phase_one(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-06", 3), codes(o)
    assert "name_changed" not in [c for c, _ in codes(o)], codes(o)
    assert sql(county_full, "select name, invest_cum from cur_fai_projects where period = '2026-06' "
                            "order by excel_row") == [
        ("东塬光伏组件生产线项目（一期）", D(6000)), ("东塬新型墙材项目", D(2400)),
        ("东塬光伏组件生产线项目（二期）", D(800))]
