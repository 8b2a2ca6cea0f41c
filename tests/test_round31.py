"""Session 31's mends of the outside round p53 (tests/handmade/round31.py): a 合计 counting its firms in its own label
cell, and targets in a 工作要点's words.  Expected: the 合计 a 合计 (its count checked), the targets' floors read and
an estimate asked naming its figure."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest
from rich.console import Console

from beizeng.base.config import Config
from beizeng.cli import app as cli
from tests.handmade import round31 as r
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take


def test_a_total_counting_one_firm_too_many_in_its_label_is_said(county_full: Config) -> None:
    # “合计：共5户” over four firms: was a fifth firm named “合计：共5户” (必填项为空 × 4), the count never weighed
    o = accepted(take(county_full, r.cult_total_counting_one_firm_too_many), "cultivation", "工信局", "2026-06", 4)
    [off] = [x for x in o.problems if x.code == "total_count"]
    assert (off.cell, off.severity, off.value) == ("A3", "warning", "合计：共5户"), off.line()
    assert "合计行写的是5户，表中列了4户（少1户）" in off.message, off.message
    assert "total_row" in [x.code for x in o.problems]


def test_a_total_counting_its_firms_in_its_label_is_no_firm(county_full: Config) -> None:
    o = accepted(take(county_full, r.cult_total_counting_its_firms), "cultivation", "工信局", "2026-06", 4)
    assert not codes(o, "warning", "error"), codes(o)
    assert sql(county_full, "select count(*), sum(grant_amount) from cur_cultivation") == [(4, D("20"))]


def test_targets_in_work_plan_words_ask_only_the_estimate(county_full: Config) -> None:
    o = rejected(take(county_full, r.targets_in_work_plan_words))
    [asked] = [x for x in o.problems if x.severity == "error"]
    assert (asked.code, asked.cell) == ("rough_target", "C4"), asked.line()
    assert asked.fix.startswith("确定目标就是8.5的，只填“8.5”"), asked.fix
    said = next(x for x in o.problems if x.code == "words_around_figure")
    assert "第3行“突破100亿元”" in said.message and "第6行“力争达到5亿元”" in said.message, said.message


def test_targets_in_work_plan_words_are_read_at_their_figures(county_full: Config) -> None:
    accepted(take(county_full, r.targets_in_work_plan_words_settled), "targets", "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value from cur_targets order by indicator") == [
        ("fai_target_pct", D("10")), ("invest_quarter_target", D("5")), ("output_target", D("100")),
        ("va_target_pct", D("8.5"))]


def test_progress_typed_as_paragraphs_is_said_as_a_document(county_full: Config) -> None:
    # D12: numbered paragraphs in column A — was “没有找到任何报表的表头…请使用 beizeng 下发的模板”
    [asked] = [x for x in rejected(take(county_full, r.progress_as_paragraphs)).problems if x.severity == "error"]
    assert (asked.code, asked.sheet) == ("prose_sheet", "重点工作"), asked.line()
    assert "像是《重点工作进展情况》的文稿" in asked.message, asked.message
    assert "章节｜标题｜进展情况" in asked.fix, asked.fix


def test_a_list_of_names_in_one_column_is_no_document(county_full: Config) -> None:
    [asked] = [x for x in rejected(take(county_full, r.names_in_one_column)).problems if x.severity == "error"]
    assert asked.code == "unknown_form", asked.line()


def test_a_refused_unknown_files_likely_sender_is_shown_as_a_guess(county_full: Config,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile round 30b: the run's table said 报表/填报单位/期间 “—” while submissions held the guess (status lists it)
    [o] = take(county_full, r.progress_as_paragraphs)
    assert (o.status, o.sender, o.likely) == ("rejected", None, (o.likely[0], "工信局", "2026-06")), o
    out = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=out, width=200))
    cli.print_outcomes([o])
    assert "工信局（推测）" in out.getvalue() and "2026-06（推测）" in out.getvalue(), out.getvalue()


def test_a_value_hidden_under_a_merge_is_asked(county_full: Config) -> None:
    # hostile round 31 (shown vs stored): D5 西镇 under D4:D5 showing 东镇 was stored, the file accepted unsaid
    [asked] = [x for x in rejected(take(county_full, r.ent_township_merge_hiding_another)).problems
               if x.severity == "error"]
    assert (asked.code, asked.cell, asked.value) == ("under_merge", "D5", "西镇"), asked.line()
    assert "合并单元格D4:D5里，表上显示的是“东镇”" in asked.message, asked.message


def test_a_merge_over_the_same_value_is_read(county_full: Config) -> None:
    accepted(take(county_full, r.ent_township_merge_over_the_same), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select township, count(*) from cur_enterprise_output group by 1 order by 1") == [
        ("东镇", 2), ("西镇", 2)]


def test_a_unit_written_by_the_cells_format_is_read_as_shown(county_full: Config) -> None:
    o = accepted(take(county_full, r.ent_last_year_in_a_yi_format), "enterprise_output", "统计局", "2026-06", 4)
    [said] = [x for x in o.problems if x.code == "read_as_shown"]
    assert "显示为0.0128亿元，即128万元" in said.message, said.message
    assert sql(county_full, "select output_cum_last_year from cur_enterprise_output where uscc = ?", [r.FIRMS[3]]) == [
        (D("128"),)]


def test_a_zero_shown_blank_by_a_hide_zeros_format_is_that_zero(county_full: Config) -> None:
    o = accepted(take(county_full, r.ent_zero_shown_blank), "enterprise_output", "统计局", "2026-06", 4)
    assert "unseen_figure" not in [x.code for x in o.problems], codes(o)
    assert sql(county_full, "select output_month from cur_enterprise_output where uscc = ?", [r.FIRMS[1]]) == [
        (D("0"),)]


def test_a_month_merged_over_the_cumulative_is_asked(county_full: Config) -> None:
    [asked] = [x for x in rejected(take(county_full, r.ent_month_merged_over_the_cumulative)).problems
               if x.severity == "error"]
    assert (asked.code, asked.cell) == ("merged_figure", "I7"), asked.line()
    assert "与H7格（本月工业总产值）合并成一格" in asked.message, asked.message


def test_one_target_split_across_townships_is_read_for_each(county_full: Config) -> None:
    # D10 of round p53: was refused (范围 asked between 东镇 and 西镇; the office's line an unknown indicator)
    accepted(take(county_full, r.targets_split_across_townships), "targets", "工信局", "2026", 3)
    assert sql(county_full, "select scope, value from cur_targets order by value desc") == [
        ("测试县", D("30")), ("东镇", D("18")), ("西镇", D("12"))]
