"""Hand-made returns, round 11 (tests/handmade/fresh11.py): fresh eyes on what beizeng learned last — marks beside
figures (450², 1,200※, 300*, 860注1) and in names and headers, a table continued on a second sheet (第2页, 续,
续表) with a hidden row and a 本页合计, a sheet per township with a struck or hidden row, corrections as a table
with a sentence and as sentences only, targets with units typed in the cells, dates without a year, 统计核减
months, nil returns — each read through the real pipeline (``take``: inbox → ingest → DuckDB) into a fresh county.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first: the targets section).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import fresh11 as f11
from tests.test_handmade import accepted, drop, ind, one, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def codes(o: Outcome, *severities: str) -> list[tuple[str, str]]:
    """(code, cell) of the outcome's problems of those severities."""
    return [(p.code, p.cell or "") for p in o.problems if p.severity in severities]



def fai(cfg: Config, where: str = "true") -> list[tuple[object, ...]]:
    return sql(cfg, f"select period, name, invest_month, invest_cum from cur_fai_projects where {where} "
                    "order by period, sheet, excel_row")


def the(outcomes: list[Outcome], form: str) -> Outcome:
    [o] = [x for x in outcomes if x.form == form]
    return o


# ---------------------------------------------------------------------------------------------
# 目标任务: units typed in the cells (silent wrong figures)
# ---------------------------------------------------------------------------------------------

def test_targets_units_in_cells_with_a_blank_unit_column(county_full: Config) -> None:
    accepted(take(county_full, f11.targets_units_typed_in_cells_blank_unit_column), "targets", "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value, unit from cur_targets "
                            "where indicator <> 'invest_quarter_target' order by 1") == [
        ("fai_target_pct", D("8"), "%"), ("output_target", D("24"), "亿元"), ("tech_target_pct", D("5"), "%")]


def test_targets_wanyuan_typed_in_a_yi_row_is_converted(county_full: Config) -> None:
    take(county_full, f11.targets_units_typed_in_cells_blank_unit_column)
    assert one(county_full, "select value from cur_targets where indicator = 'invest_quarter_target'") == D("0.24")


def test_targets_yi_typed_in_a_wanyuan_column_is_taken_as_typed(county_full: Config) -> None:
    accepted(take(county_full, f11.targets_yi_typed_in_a_wanyuan_column), "targets", "工信局", "2026", 3)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("invest_quarter_target", D("1.5")), ("output_target", D("24")), ("va_target_pct", D("7"))]


def test_targets_yi_typed_in_a_wanyuan_row_is_taken_as_typed(county_full: Config) -> None:
    accepted(take(county_full, f11.targets_yi_typed_in_a_wanyuan_row), "targets", "工信局", "2026", 2)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("invest_quarter_target", D("1.5")), ("output_target", D("24"))]


def test_targets_yi_in_a_yi_row_beside_a_wrong_one_is_read(county_full: Config) -> None:
    accepted(take(county_full, f11.targets_yi_typed_in_a_wanyuan_row), "targets", "工信局", "2026", 2)
    assert one(county_full, "select value from cur_targets where indicator = 'output_target'") == D("24")


def test_targets_with_words_around_the_figures_are_asked(county_full: Config) -> None:
    """2亿元左右 is asked (an estimate: is 2 the target?); a floor (≥7, 10%以上, and since session 31 突破24 — 突破 is
    “more than”, as 以上) is a target's figure, read and said (round 16)."""
    o = the(take(county_full, f11.targets_with_words_around_the_figures), "targets")
    assert o.status == "rejected"
    assert codes(o, "error") == [("rough_target", "C6")]
    [note] = [p.line() for p in o.problems if p.code == "words_around_figure"]  # one sheet column, said once
    assert "第3行“突破24”" in note and "第4行“≥7”" in note and "第5行“10%以上”" in note
    assert one(county_full, "select count(*) from cur_targets") == 0


def test_targets_with_words_around_the_figures_say_each_cell_once(county_full: Config) -> None:
    o = the(take(county_full, f11.targets_with_words_around_the_figures), "targets")
    [asked] = [p for p in o.problems if p.severity == "error"]
    assert (asked.cell, asked.fix) == ("C6", "确定目标就是2的，只填“2”（“左右”等说明写到备注）；不是的，填县里定下的目标值")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目: marks beside figures, in names and headers
# ---------------------------------------------------------------------------------------------

def test_fai_superscript_marks_are_asked_never_digits(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_superscript_two_after_a_figure), "fai_projects")
    assert o.status == "rejected"
    assert codes(o, "error") == [("not_a_number", "L4"), ("not_a_number", "M5")]
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


def test_fai_superscript_question_quotes_what_was_typed(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_superscript_two_after_a_figure), "fai_projects")
    line = next(p.line() for p in o.problems if p.cell == "M5")
    assert "“450²”" in line


def test_fai_star_kome_and_zhu_marks_are_asked_on_their_cells(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_star_and_kome_marks_with_separators), "fai_projects")
    assert o.status == "rejected"
    assert sorted(codes(o, "error")) == [("not_a_number", "L5"), ("not_a_number", "M4"), ("not_a_number", "M5")]
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


def test_fai_star_and_kome_marks_are_named_as_marks(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_star_and_kome_marks_with_separators), "fai_projects")
    line = next(p.line() for p in o.problems if p.cell == "M4")
    assert "注释符号“※”" in line


def test_fai_mark_in_a_header_is_read(county_full: Config) -> None:
    accepted(take(county_full, f11.fai_marks_in_names_and_header), "fai_projects", "西镇", "2026-06", 2)
    assert [r[2:] for r in fai(county_full)] == [(D("150"), D("800")), (D("100"), D("450"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)


def test_fai_star_after_a_name_is_no_part_of_it(county_full: Config) -> None:
    take(county_full, f11.fai_marks_in_names_and_header)
    assert [r[1] for r in fai(county_full)] == ["西镇甲陶瓷生产线项目", "西镇乙余热利用改造项目"]


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目: continued sheets, 其中 rows, dates without a year
# ---------------------------------------------------------------------------------------------

def test_fai_second_page_with_a_hidden_row_and_a_page_total_on_page_one(county_full: Config) -> None:
    o = accepted(take(county_full, f11.fai_continued_with_page_total_and_hidden_row_on_page_one), "fai_projects",
                 "东镇", "2026-06", 3)
    assert [r[1:] for r in fai(county_full)] == [("东镇甲陶瓷生产线项目", D("100"), D("800")),
                                                 ("东镇丙余热利用改造项目", D("100"), D("500")),
                                                 ("东镇丁新型建材项目", D("100"), D("200"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.15)
    assert ("hidden_row", "第5行") in codes(o, "warning")


def test_fai_continued_on_xu_without_a_header(county_full: Config) -> None:
    accepted(take(county_full, f11.fai_continued_xu_without_header_total_counts_all), "fai_projects", "西镇",
             "2026-06", 3)
    assert [r[3] for r in fai(county_full)] == [D("800"), D("450"), D("300")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.155)


def test_fai_of_which_lines_under_the_total_are_not_projects(county_full: Config) -> None:
    accepted(take(county_full, f11.fai_of_which_rows_under_the_total), "fai_projects", "西镇", "2026-06", 2)
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)
    assert ind(county_full, "tech_cum") == pytest.approx(0.045)


def test_fai_start_dates_without_a_year(county_full: Config) -> None:
    o = accepted(take(county_full, f11.fai_dates_without_a_year), "fai_projects", "东镇", "2026-06", 4)
    assert [str(d) for (d,) in sql(county_full, "select start_date from cur_fai_projects order by excel_row")] == [
        "2026-03-15", "2026-03-15", "2026-06-30", "2026-06-30"]
    assert ("year_supplied", "") in codes(o, "info")


def test_fai_a_start_date_after_the_month_without_a_year_is_asked(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_date_later_than_the_month), "fai_projects")
    assert o.status == "rejected"
    assert codes(o, "error") == [("not_a_date", "J5")]


def test_fai_columns_headed_6yuefen_and_shangbannian(county_full: Config) -> None:
    accepted(take(county_full, f11.fai_headers_shangbannian_and_1zhi6yue), "fai_projects", "西镇", "2026-06", 2)
    assert [r[2:] for r in fai(county_full)] == [(D("150"), D("800")), (D("100"), D("450"))]


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目: 统计核减, nil returns, corrections
# ---------------------------------------------------------------------------------------------

def test_fai_write_down_month_lowers_the_cumulative(county_full: Config, tmp_path: Path) -> None:
    may, june = f11.fai_statistical_write_down_month(tmp_path)
    accepted(drop(county_full, may), "fai_projects", "东镇", "2026-05", 2)
    o = accepted(drop(county_full, june), "fai_projects", "东镇", "2026-06", 2)
    assert [r[2:] for r in fai(county_full, "period = '2026-06'")] == [(D("-100"), D("800")), (D("50"), D("450"))]
    assert ("negative_month", "L4") in codes(o, "warning")


def test_fai_no_new_starts_after_rows_is_asked_never_zero(county_full: Config, tmp_path: Path) -> None:
    may, june = f11.fai_nil_after_rows_benqi_wu_xin_kaigong(tmp_path)
    accepted(drop(county_full, may), "fai_projects", "西镇", "2026-05", 2)
    o = the(drop(county_full, june), "fai_projects")
    assert o.status == "rejected"
    assert codes(o, "error") == [("nil_only_new", "A4")]
    assert fai(county_full, "period = '2026-06'") == []


def test_fai_same_as_last_month_is_asked_never_zero(county_full: Config, tmp_path: Path) -> None:
    may, june = f11.fai_nil_same_as_last_month(tmp_path)
    accepted(drop(county_full, may), "fai_projects", "西镇", "2026-05", 2)
    o = the(drop(county_full, june), "fai_projects")
    assert o.status == "rejected"
    assert [c for c, _ in codes(o, "error")] in (["nil_only_new"], ["nil_after_rows"])
    assert fai(county_full, "period = '2026-06'") == []


def test_fai_ci_biao_wu_shu_ju_is_a_nil_return(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_nil_ci_biao_wu_shu_ju_first_time), "fai_projects")
    assert o.status == "accepted" or [c for c, _ in codes(o, "error")] == ["nil_text"]
    assert one(county_full, "select count(*) from cur_fai_projects") == 0


def test_fai_correction_as_a_whole_table_with_a_sentence_under_it(county_full: Config) -> None:
    for path in f11.fai_correction_in_a_sentence_under_the_table(county_full.inbox):
        assert path.exists()
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    assert [r[3] for r in fai(county_full)] == [D("800"), D("450")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)


def test_fai_correction_only_in_sentences_leaves_june_and_asks_for_the_table(county_full: Config) -> None:
    f11.fai_correction_only_in_sentences(county_full.inbox)
    outcomes = ingest(county_full)
    [note] = [o for o in outcomes if "更正说明" in o.file]
    assert [c for c, _ in codes(note, "error")] == ["correction_in_words"]
    assert "《工业固定资产投资项目月报》的更正说明" in note.problems[0].line()
    assert [r[3] for r in fai(county_full)] == [D("800"), D("400")]
    assert ind(county_full, "fai_cum") == pytest.approx(0.12)


def test_fai_write_down_typed_with_a_fullwidth_minus_stays_negative(county_full: Config) -> None:
    o = accepted(take(county_full, f11.fai_write_down_with_a_fullwidth_minus), "fai_projects", "东镇", "2026-06", 2)
    assert [r[2:] for r in fai(county_full)] == [(D("-100"), D("800")), (D("50"), D("450"))]
    assert ("negative_month", "L4") in codes(o, "warning")


def test_fai_write_down_typed_with_an_en_dash_is_asked_never_positive(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_write_down_with_an_en_dash), "fai_projects")
    assert o.status == "rejected"
    assert codes(o, "error") == [("not_a_number", "L4")]
    assert fai(county_full) == []


def test_fai_cumulative_typed_as_a_sum_is_asked(county_full: Config) -> None:
    o = the(take(county_full, f11.fai_cumulative_typed_as_a_sum), "fai_projects")
    assert o.status == "rejected"
    assert codes(o, "error") == [("not_a_number", "M4")]


def test_fai_second_page_read_by_its_own_header(county_full: Config) -> None:
    accepted(take(county_full, f11.fai_second_page_with_its_columns_in_another_order), "fai_projects", "西镇",
             "2026-06", 2)
    assert [r[2:] for r in fai(county_full)] == [(D("150"), D("800")), (D("100"), D("450"))]


def test_fai_second_page_without_header_one_column_short_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f11.fai_second_page_without_header_after_a_hidden_column)
    assert o.status == "rejected"
    assert [(p.code, p.sheet) for p in o.problems if p.severity == "error"] == [("ambiguous_sheet", "第2页")]
    assert fai(county_full) == []


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报
# ---------------------------------------------------------------------------------------------

def test_ent_marks_on_figures_are_asked_on_their_cells(county_full: Config) -> None:
    o = the(take(county_full, f11.ent_marks_on_figures), "enterprise_output")
    assert o.status == "rejected"
    assert sorted(codes(o, "error")) == [("not_a_number", "H5"), ("not_a_number", "I6"), ("not_a_number", "J5")]
    assert one(county_full, "select count(*) from cur_enterprise_output") == 0


def test_ent_sheet_per_township_with_a_struck_row(county_full: Config) -> None:
    o = accepted(take(county_full, f11.ent_sheet_per_township_with_a_struck_row), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, "select name, township, output_cum from cur_enterprise_output order by sheet, excel_row"
               ) == [("东方光伏科技有限公司", "东镇", D("30000")), ("东关饲料有限公司", "东镇", D("20000")),
                     ("西岭建材有限公司", "西镇", D("50000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert [c for c, _ in codes(o, "warning")].count("struck_row") == 1


def test_ent_sheet_per_township_with_a_hidden_row_and_subtotals(county_full: Config) -> None:
    o = accepted(take(county_full, f11.ent_sheet_per_township_with_a_hidden_row), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == D("92000")
    assert [(p.code, p.sheet) for p in o.problems if p.code == "hidden_row"] == [("hidden_row", "西镇")]


def test_ent_continued_with_a_page_total_then_the_total(county_full: Config) -> None:
    accepted(take(county_full, f11.ent_continued_page_total_then_total), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")
    assert one(county_full, "select sum(output_month) from cur_enterprise_output") == D("16300")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_ent_negative_month_after_a_write_down_is_read(county_full: Config) -> None:
    accepted(take(county_full, f11.ent_negative_month_after_write_down), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("99800")
    assert one(county_full, "select sum(output_month) from cur_enterprise_output") == D("8100")


def test_ent_headers_with_an_em_dash_and_qunian(county_full: Config) -> None:
    accepted(take(county_full, f11.ent_headers_em_dash_and_dangyue), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == D("92000")


def test_ent_headers_with_an_em_dash_read_the_cumulative(county_full: Config) -> None:
    accepted(take(county_full, f11.ent_headers_em_dash_and_dangyue), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")
    assert one(county_full, "select sum(output_month) from cur_enterprise_output") == D("16300")
    assert one(county_full, "select sum(revenue_cum) from cur_enterprise_output") == D("106000")


# ---------------------------------------------------------------------------------------------
# 招商引资
# ---------------------------------------------------------------------------------------------

def test_attraction_header_only_is_a_nil_return(county_full: Config) -> None:
    o = accepted(take(county_full, f11.attraction_header_only_kong_biao), "attraction", "招商局", "2026-06", 0)
    assert ("empty_return", "") in [(c, "") for c, _ in codes(o, "info")]


def test_attraction_signing_dates_without_a_year(county_full: Config) -> None:
    accepted(take(county_full, f11.attraction_signing_dates_without_year), "attraction", "招商局", "2026-06", 2)
    assert [str(d) for (d,) in sql(county_full, "select signed_date from cur_attraction order by excel_row")] == [
        "2026-03-05", "2026-05-20"]
