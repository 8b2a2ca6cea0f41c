"""What the notes and questions about ditto marks and dates said in words tell the clerk (an outside
reviewer's returns, ``tests/handmade/outside14.py``): the cell quoted as typed, what it was read as, the hidden
row a ditto passed over, why a ditto with nothing above it is not read — and a project counted as started this
period whose start date has not come yet is asked, not filed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import outside14 as o14
from tests.test_handmade import accepted, rejected, sql
from tests.test_handmade import take_lazily as take


def test_a_ditto_past_a_hidden_row_reads_the_row_above_it_and_says_which_row_it_passed(county_full: Config) -> None:
    o = accepted(take(county_full, o14.ditto_past_a_hidden_row), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select nature, start_date, invest_cum from cur_fai_projects order by excel_row") == [
        ("改建和技术改造", dt.date(2026, 3, 10), D(700)), ("改建和技术改造", dt.date(2026, 3, 10), D(200))]
    said = sorted(p.message for p in o.problems if p.code == "ditto_mark")
    assert said == ["「建设性质」第6行“〃”（改建和技术改造，隔过隐藏的第5行）按上一行的内容读取",
                    "「开工日期」第6行“同上”（2026-03-10，隔过隐藏的第5行）按上一行的内容读取"]


def test_a_ditto_in_the_first_row_says_there_is_nothing_above(county_full: Config) -> None:
    o = rejected(take(county_full, o14.ditto_in_the_first_row))
    asked = sorted((p.cell, p.message) for p in o.problems if p.severity == "error")
    assert asked == [("D4", "这是第一行数据，上面没有内容，“同上”没有可照抄的内容"),
                     ("J4", "这是第一行数据，上面没有内容，“〃”没有可照抄的内容")]
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_ditto_under_a_hidden_first_row_says_the_row_is_hidden(county_full: Config) -> None:
    """Reading the hidden row's 扩建 would revive a project the clerk struck off: asked.  The later 同上 under
    今年3月 reads 今年3月 (2026-03), as the row above was read."""
    o = rejected(take(county_full, o14.ditto_under_a_hidden_first_row))
    asked = sorted((p.code, p.cell, p.message) for p in o.problems if p.severity == "error")
    assert asked == [
        ("ditto_unread", "D5", "上面只有隐藏的第4行（隐藏的行不读入），“同上”没有可照抄的内容"),
        ("ditto_unread", "J5", "上面只有隐藏的第4行（隐藏的行不读入），“〃”没有可照抄的内容")]
    [dates] = [p.message for p in o.problems if p.code == "date_in_words"]
    assert "第6行“今年3月”（2026年3月）、第7行“今年3月”（2026年3月）" in dates


def test_dates_said_in_words_are_quoted_as_typed(county_full: Config) -> None:
    """上月20号 is quoted with its 号; 今年10月 after the period is quoted as typed with what it was read as."""
    o = rejected(take(county_full, o14.said_in_words_not_started))
    [words] = [p.message for p in o.problems if p.code == "date_in_words"]
    assert words.startswith("「开工日期」第4行“上月20号”（2026年5月20日）、第5行“上个月”（2026年5月）、第6行“今年10月”（2026年10月）")
    [late] = [p for p in o.problems if p.code == "date_after_period"]
    assert (late.severity, late.cell, late.value) == ("warning", "J6", "今年10月")
    assert late.message.startswith("读作2026年10月，晚于报表期间（2026年6月）")
    # not started, yet a date: the form's own check asks (the date after the period stays a reminder)
    assert [(p.code, p.cell) for p in o.problems if p.severity == "error"] == [("started", "I6")]


def test_a_project_started_this_period_with_a_start_not_yet_come_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, o14.started_after_the_period))
    [asked] = [p for p in o.problems if p.severity == "error"]
    assert (asked.code, asked.cell, asked.value) == ("date_after_state", "J6", "今年10月")
    assert "但「是否开工」填的是“是”：本期不能算已开工" in asked.message
    assert "改正「是否开工」并删去开工日期" in asked.fix
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_start_in_the_month_the_return_is_sent_is_no_question_one_after_it_is(county_full: Config) -> None:
    """2026-07-03 on a June return sent in July has happened; 2026-10-08 has not (typed in full: quoted as the
    date, no 读作).  The July start is no question as a date, but the row's 1-6月累计 300 done before it is
    (``Begun`` in schemas/fai_projects.py: a reminder on the date's cell); the October one is asked once."""
    o = rejected(take(county_full, o14.started_after_the_period_typed_in_full))
    assert [(p.code, p.cell) for p in o.problems if p.severity in ("error", "warning")] == [
        ("date_after_state", "J5"), ("done_before_begun", "J4")]
    [before] = [p for p in o.problems if p.code == "done_before_begun"]
    assert before.severity == "warning" and "「1-6月累计完成投资」（M4）300 万元" in before.message, before.message
    [asked] = [p.message for p in o.problems if p.code == "date_after_state"]
    assert asked.startswith("晚于报表期间（2026年6月）和报送时间")


def test_a_ledger_stage_reached_on_a_day_not_yet_come_is_asked_a_planned_one_is_a_reminder(county_full: Config) -> None:
    """The form's own required_when (开工日期 goes with the stages 开工 and 投产) says which date a stage is reached
    on; 签约 with a 开工日期 after the period is a plan, said but not asked."""
    o = rejected(take(county_full, o14.attraction_started_in_october))
    said = sorted((p.severity, p.code, p.cell) for p in o.problems if p.code.startswith("date_after"))
    assert said == [("error", "date_after_state", "H4"), ("warning", "date_after_period", "H5")]
    [asked] = [p.message for p in o.problems if p.code == "date_after_state"]
    assert asked.endswith("但「项目阶段」填的是“开工”：本期不能算已到“开工”阶段")
    assert sql(county_full, "select count(*) from cur_attraction") == [(0,)]
