"""Hand-made returns, round 19 (tests/handmade/fresh19.py): what a clerk's machine does to a file (LibreOffice's .xls,
.ods and .xlsm, formulas without cached values and the same recalculated, a figure only in a comment or in rich text,
a white-font draft row, a print area, May's table pasted beside June's, 元 shown as 万 by a number format, a Mac's 1904
dates, scientific notation pasted as text), the layout memory (the 表头对照 answer as a clerk writes it, then July),
what the people downstream see (lineage in SQL and in the summary workbook, a refused file in status, units of the
indicators) and the enterprise list, 培育 and 招商 ledgers in new styles.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from beizeng.intake.ingest import Outcome
from beizeng.publish.outputs import write_summary
from beizeng.store.session import publish, work_db
from tests.conftest import ingest
from tests.handmade import fresh19 as f19
from tests.test_handmade import accepted, codes, ind, rejected, sql, take

D = Decimal
FAI = "select invest_month, invest_cum from cur_fai_projects where period = ? order by excel_row"
CUM = "select invest_cum from cur_fai_projects where period = ? order by excel_row"
JUNE_CUM = [(D(800),), (D(1200),), (D(0),)]
ENT = "select name, output_month, output_cum from cur_enterprise_output order by output_cum desc"



def _cells(o: Outcome, *severities: str) -> list[str]:
    return [cell.split("!")[-1] for _, cell in codes(o, *severities)]


# ---------------------------------------------------------------------------------------------
# Silent wrong figures
# ---------------------------------------------------------------------------------------------

def test_white_font_draft_row_is_not_a_project(county_full: Config) -> None:
    [o] = take(county_full, f19.fai_white_font_draft_row_below)
    stored = sql(county_full, CUM, ["2026-06"])
    # three projects, or the invisible row asked about on its cells
    assert stored == JUNE_CUM or any(c.endswith("9") for c in _cells(o, "error", "warning")), (stored, codes(o))


def test_white_font_draft_row_is_said_with_what_it_holds(county_full: Config) -> None:
    [o] = take(county_full, f19.fai_white_font_draft_row_below)
    [said] = [p for p in o.problems if p.code == "unseen_row"]
    assert said.severity == "warning" and said.row == 9 and "东镇丁预备项目" in said.message, said.line()


def _east_with_fonts(folder: Path) -> Path:
    """东镇's return whose M5 (1,200) is typed in yellow on a yellow fill (unseen), while the header row is white on
    dark blue (seen): the figure no one can see is asked about, the white header is read."""
    from openpyxl.styles import Font, PatternFill

    wb, ws = f19._east()
    ws["M5"].font = Font(color="FFFFFF00")
    ws["M5"].fill = PatternFill("solid", fgColor="FFFFFF00")
    for c in range(1, 14):
        ws.cell(3, c).font = Font(color="FFFFFFFF", bold=True)
        ws.cell(3, c).fill = PatternFill("solid", fgColor="FF1F4E79")
    wb.save(folder / f19.EAST_NAME)
    return folder / f19.EAST_NAME


def test_figure_in_the_colour_of_its_fill_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, _east_with_fonts))
    assert ("unseen_figure", "Sheet1!M5") in codes(o, "error"), codes(o)
    assert [c for c, _ in codes(o, "error")] == ["unseen_figure"], codes(o)


def test_layout_answer_naming_the_wrong_column_is_checked(county_full: Config) -> None:
    outcomes = _answered(county_full, "K")
    stored = sql(county_full, CUM, ["2026-06"])
    assert stored == JUNE_CUM or any(
        "L" in cell for o in outcomes for cell in _cells(o, "error", "warning")), (stored, _all_codes(outcomes))


def test_ent_month_typed_as_cumulative_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f19.ent_one_firms_month_typed_as_cumulative)
    assert one_sum(county_full) == D(103000)
    assert "G4" in _cells(o, "error", "warning"), codes(o)


def one_sum(cfg: Config) -> object:
    [(v,)] = sql(cfg, "select sum(output_cum) from cur_enterprise_output")
    return v


# ---------------------------------------------------------------------------------------------
# What a clerk's machine does to the file
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("maker", [f19.fai_saved_again_by_libreoffice_as_xls, f19.fai_saved_as_ods,
                                   f19.fai_saved_as_xlsm])
def test_saved_by_libreoffice(county_full: Config, maker: Callable[[Path], Path]) -> None:
    accepted(take(county_full, maker), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI, ["2026-06"]) == [(D(150), D(800)), (D(300), D(1200)), (D(0), D(0))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)


def test_formulas_without_cached_values_are_asked_cell_by_cell(county_full: Config) -> None:
    o = rejected(take(county_full, f19.fai_formulas_without_cached_values))
    assert {"formula_no_value"} <= {c for c, _ in codes(o, "error")}
    assert {"M4", "M5", "M6", "H4"} <= set(_cells(o, "error")), codes(o)
    assert all(p.sheet == "6月" for p in o.problems if p.code == "formula_no_value")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_formulas_recalculated_by_libreoffice_read_from_june(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_formulas_recalculated_by_libreoffice), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select sheet, annual_plan, invest_cum from cur_fai_projects order by excel_row") == [
        ("6月", D(1500), D(800)), ("6月", D(2500), D(1200)), ("6月", D(400), D(0))]


def test_cumulative_only_in_a_comment_is_asked_never_zero(county_full: Config) -> None:
    o = rejected(take(county_full, f19.fai_cumulative_only_in_a_comment))
    assert ("not_nullable", "Sheet1!M5") in codes(o, "error")
    assert any(p.cell == "M5" and "1200" in p.line() for p in o.problems if p.code == "cell_comment"), codes(o)


def test_figures_in_rich_text(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_figures_in_rich_text), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM


def test_print_area_and_frozen_panes_do_not_cut_the_table(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_print_area_and_frozen_panes), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM


def test_may_table_copied_beside_june_reads_june(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_may_table_copied_beside_june), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM


def _may_left_of_june(folder: Path) -> Path:
    """May's table in A:M and June's in P:AB (the clerk kept last month's where it was and pasted June's beside it):
    which is read is the period's, not the place."""
    path = f19.fai_may_table_copied_beside_june(folder)
    src = openpyxl.load_workbook(path).active
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = src.title
    for row in src.iter_rows():
        for cell in row:
            if cell.value is not None:
                c = cell.column
                ws.cell(cell.row, c + 15 if c <= 13 else c - 15, cell.value)
    ws.merge_cells("A1:M1")
    ws.merge_cells("P1:AB1")
    wb.save(path)
    return path


def test_june_table_right_of_may_reads_june(county_full: Config) -> None:
    o = accepted(take(county_full, _may_left_of_june), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM
    assert ("earlier_period_table", "Sheet1!A3") in codes(o), codes(o)


def test_yuan_shown_as_wan_by_a_number_format_is_read_as_shown(county_full: Config) -> None:
    # the clerk saw 800.0万 (元 held under 0!.0,"万"): since fx38 what a cell SHOWS is read — 800, 1,200, 0 万元 and
    # 计划总投资 3,000, 5,000, 800, said once per column (read_as_shown); never 8,000,000 万元 (was: asked)
    o = accepted(take(county_full, f19.fai_yuan_shown_as_wan_by_number_format), "fai_projects", "东镇", "2026-06", 3)
    assert {"read_as_shown"} <= {c for c, _ in codes(o, "warning")}, codes(o)
    assert sql(county_full, "select total_investment, invest_cum from cur_fai_projects order by excel_row") == [
        (Decimal("3000"), Decimal("800")), (Decimal("5000"), Decimal("1200")), (Decimal("800"), Decimal("0"))]


def test_mac_1904_dates_read_as_shown(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_made_on_a_mac_1904_dates), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select start_date::varchar from cur_fai_projects order by excel_row") == [
        ("2026-03-10",), ("2026-04-01",), (None,)]


def test_scientific_notation_pasted_as_text(county_full: Config) -> None:
    accepted(take(county_full, f19.fai_amounts_pasted_as_scientific_text), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select total_investment, invest_cum from cur_fai_projects order by excel_row") == [
        (D(3000), D(800)), (D(5000), D(1200)), (D(800), D(0))]


# ---------------------------------------------------------------------------------------------
# Layout memory: the 表头对照 question, the clerk's answer, next month
# ---------------------------------------------------------------------------------------------

def _all_codes(outcomes: list[Outcome]) -> list[tuple[str, str, str]]:
    return [(o.file, c, cell) for o in outcomes for c, cell in codes(o)]


def _answered(cfg: Config, answer: str | None) -> list[Outcome]:
    """June's ambiguous return is refused with a question; the clerk answers in the feedback copy and sends it back
    with the return again."""
    o = rejected(take(cfg, f19.ambiguous_amount_columns))
    assert ("ambiguous_column", "Sheet1!K3") in codes(o, "error")
    feedback = cfg.inbox / "rejected" / "东镇6月固投进展.反馈.xlsx"
    assert "表头对照" in openpyxl.load_workbook(feedback).sheetnames
    f19.answer_header_sheet(feedback, answer, cfg.inbox / feedback.name)
    f19.ambiguous_amount_columns(cfg.inbox)
    return ingest(cfg)


def test_layout_answered_with_a_letter_then_july_read_without_asking(county_full: Config) -> None:
    outcomes = _answered(county_full, "L列")
    assert {o.status for o in outcomes} == {"accepted"}, _all_codes(outcomes)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM
    kept = (county_full.root / "表头对照.toml").read_text(encoding="utf-8")
    assert '"L 完成投资额" = "1-N月累计完成投资"' in kept
    f19.ambiguous_amount_columns(county_full.inbox, month=7, name="东镇7月固投进展.xlsx")
    [o] = ingest(county_full)
    assert o.status == "accepted" and "layout_remembered" in [c for c, _ in codes(o)], codes(o)
    assert sql(county_full, CUM, ["2026-07"]) == [(D(900),), (D(1300),), (D(100),)]


def test_layout_july_with_the_columns_swapped_is_asked_not_guessed(county_full: Config) -> None:
    _answered(county_full, "L")
    f19.ambiguous_july_moved_column(county_full.inbox)
    [o] = ingest(county_full)
    assert o.status == "rejected"
    assert "layout_changed" in [c for c, _ in codes(o, "warning")]
    assert ("ambiguous_column", "Sheet1!K3") in codes(o, "error")
    assert sql(county_full, "select count(*) from cur_fai_projects where period = '2026-07'") == [(0,)]


def test_layout_left_unanswered_is_asked_again(county_full: Config) -> None:
    outcomes = _answered(county_full, None)
    assert {o.status for o in outcomes} == {"rejected"}
    assert all(("ambiguous_column", "Sheet1!K3") in codes(o, "error") for o in outcomes)
    assert not (county_full.root / "表头对照.toml").exists()


def test_layout_answered_with_the_header_words(county_full: Config) -> None:
    outcomes = _answered(county_full, "完成投资额")
    stored = sql(county_full, CUM, ["2026-06"])
    assert stored == JUNE_CUM or any("完成投资额" in p.line() and p.code != "ambiguous_column"
                                     and p.code != "extra_column" for o in outcomes for p in o.problems)


def test_layout_answer_naming_a_column_that_is_not_there(county_full: Config) -> None:
    outcomes = _answered(county_full, "N")
    assert all(o.form == "fai_projects" for o in outcomes), _all_codes(outcomes)
    assert all("internal_error" not in [c for c, _ in codes(o)] for o in outcomes), _all_codes(outcomes)
    assert any("N" in p.line() for o in outcomes for p in o.problems if p.severity == "error")
    f19.ambiguous_amount_columns(county_full.inbox, month=7, name="东镇7月固投进展.xlsx")
    [o] = ingest(county_full)
    assert o.form == "fai_projects" and "internal_error" not in [c for c, _ in codes(o)], codes(o)


# ---------------------------------------------------------------------------------------------
# What the people downstream see
# ---------------------------------------------------------------------------------------------

def test_lineage_of_an_ods_figure_in_the_analysts_sql(county_full: Config) -> None:
    take(county_full, f19.fai_saved_as_ods)
    assert sql(county_full, "select s.file_name, f.sheet, f.excel_row, f.invest_cum from cur_fai_projects f "
                            "join submissions s using (submission_id) order by f.excel_row") == [
        ("东镇6月固投进展.ods", "Sheet1", 4, D(800)), ("东镇6月固投进展.ods", "Sheet1", 5, D(1200)),
        ("东镇6月固投进展.ods", "Sheet1", 6, D(0))]


def test_refused_list_shows_in_status_under_its_sender(county_full: Config) -> None:
    rejected(take(county_full, f19.ent_refused_for_status))
    publish(county_full)
    result = CliRunner().invoke(app, ["status", "--period", "2026-06", "--wide"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.output.splitlines() if "统计局" in ln and "规上" in ln]
    assert "退回" in line, result.output


def test_figure_asked_about_stays_out_and_its_cell_is_queryable(county_full: Config) -> None:
    take(county_full, f19.fai_cumulative_only_in_a_comment)
    assert sql(county_full, "select value from indicator_values where indicator = 'fai_cum' and scope = '东镇' "
                            "and value <> 0") == []
    assert sql(county_full, "select s.file_name, s.status, p.sheet, p.cell from problems p join submissions s "
                            "using (submission_id) where p.code = 'not_nullable'") == [
        ("东镇6月固投进展.xlsx", "rejected", "Sheet1", "M5")]


def test_units_and_rates_of_a_list_with_industry_subtotals(county_full: Config) -> None:
    accepted(take(county_full, f19.ent_subtotal_per_industry), "enterprise_output", "统计局", "2026-06", 4)
    got = dict((k, (v, u)) for k, v, u in sql(
        county_full, "select indicator, value, unit from indicator_values where period = '2026-06' and scope = '测试县' "
                     "and indicator in ('output_cum', 'output_yoy_pct')"))
    assert got["output_cum"][0] == pytest.approx(10.3) and got["output_cum"][1] == "亿元"
    assert got["output_yoy_pct"][0] == pytest.approx((103000 / 93000 - 1) * 100)
    assert got["output_yoy_pct"][1] == "%"


def test_summary_workbook_names_the_sheet_of_each_row(county_full: Config, tmp_path: Path) -> None:
    accepted(take(county_full, f19.cult_two_sheets_each_with_its_type), "cultivation", "工信局", "2026-06", 2)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        path = write_summary(con, county_full, "2026-06", tmp_path / "汇总.xlsx")
    finally:
        con.close()
    ws = openpyxl.load_workbook(path)["企业培育"]
    sources = [str(c.value) for row in ws.iter_rows() for c in row if c.value and "第3行" in str(c.value)]
    assert len(sources) == 2, sources
    assert any("拟入规" in s for s in sources) and any("高新技术企业" in s for s in sources), sources


# ---------------------------------------------------------------------------------------------
# 规上企业, 企业培育, 招商 in new styles
# ---------------------------------------------------------------------------------------------

def test_ent_subtotal_per_industry(county_full: Config) -> None:
    accepted(take(county_full, f19.ent_subtotal_per_industry), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT) == [("西岭建材有限公司", D(8000), D(50000)), ("东方光伏科技有限公司", D(5000), D(30000)),
                                     ("东关饲料有限公司", D(3000), D(20000)), ("丹富仕饲料有限公司", D(500), D(3000))]
    assert ind(county_full, "output_cum") == pytest.approx(10.3)


def test_ent_months_across_asks_for_the_cumulative(county_full: Config) -> None:
    o = rejected(take(county_full, f19.ent_months_across))
    assert ("missing_columns", "Sheet1!第3行") in codes(o, "error"), codes(o)
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]


def test_ent_one_sheet_per_firm(county_full: Config) -> None:
    accepted(take(county_full, f19.ent_cards_one_sheet_per_firm_named_by_firm), "enterprise_output", "统计局",
             "2026-06", 2)
    assert sql(county_full, ENT) == [("东方光伏科技有限公司", D(5000), D(30000)), ("东关饲料有限公司", D(3000), D(20000))]
    assert ind(county_full, "output_cum") == pytest.approx(5.0)


def test_cult_one_sheet_per_type(county_full: Config) -> None:
    accepted(take(county_full, f19.cult_one_sheet_per_type), "cultivation", "工信局", "2026-06", 5)
    assert sql(county_full, "select ctype, count(*) from cur_cultivation group by ctype order by ctype") == [
        ("专精特新小巨人", 1), ("拟入规", 2), ("高新技术企业", 2)]
    # why: each row keeps its own sheet and row (lineage), the type said to come from the sheet's name
    assert sql(county_full, "select sheet, excel_row, ctype from cur_cultivation order by sheet, excel_row") == [
        ("专精特新小巨人", 3, "专精特新小巨人"), ("拟入规", 3, "拟入规"), ("拟入规", 4, "拟入规"),
        ("高新技术企业", 3, "高新技术企业"), ("高新技术企业", 4, "高新技术企业")]
    [(said,)] = sql(county_full, "select distinct implied from cur_cultivation where sheet = '拟入规'")
    assert "培育类型←工作表名「拟入规」" in said, said


def test_cult_one_ledger_of_one_type_named_by_its_title(county_full: Config) -> None:
    # why: the same class on one sheet: 2026年高新技术企业培育企业台账 without a 培育类型 column is that type's ledger
    def one_type(folder: Path) -> Path:
        path = f19.cult_one_sheet_per_type(folder)
        wb = openpyxl.load_workbook(path)
        for name in ("拟入规", "专精特新小巨人"):
            del wb[name]
        wb.save(path)
        return path

    o = accepted(take(county_full, one_type), "cultivation", "工信局", "2026-06", 2)
    assert ("implied_column", "高新技术企业!第2行") in codes(o), codes(o)
    assert sql(county_full, "select ctype, count(*) from cur_cultivation group by ctype") == [("高新技术企业", 2)]


def test_attraction_ledger_newest_first(county_full: Config) -> None:
    accepted(take(county_full, f19.attr_ledger_newest_first), "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select name, stage, total_investment, funds_in_place from cur_attraction "
                            "order by excel_row") == [
        ("新型建材产业园项目", "签约", D(20000), D(0)), ("光伏组件二期项目", "开工", D(50000), D(8000)),
        ("特色食品加工项目", "投产", D(12000), D(3000))]



def test_attraction_filter_hiding_rows_is_a_view(county_full: Config) -> None:
    accepted(take(county_full, f19.attr_filtered_to_signed_projects), "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select sum(total_investment), sum(funds_in_place) from cur_attraction") == [
        (D(82000), D(11000))]


def test_ent_tiny_font_note_beside_a_firm_is_said(county_full: Config) -> None:
    [o] = take(county_full, f19.ent_tiny_font_note_beside_a_firm)
    assert one_sum(county_full) == D(103000)
    assert any(p.cell == "J6" or "未确认" in p.line() for p in o.problems), codes(o)


def _fai_note_beside(folder: Path) -> Path:
    """东镇's return with 待核实，以统计局反馈为准 typed in O5, beside the second project, under no header."""
    wb, ws = f19._east()
    ws["O5"] = "待核实，以统计局反馈为准"
    wb.save(folder / f19.EAST_NAME)
    return folder / f19.EAST_NAME


def test_note_beside_a_project_under_no_header_is_said_on_its_cell(county_full: Config) -> None:
    o = accepted(take(county_full, _fai_note_beside), "fai_projects", "东镇", "2026-06", 3)
    assert ("cell_words", "Sheet1!O5") in codes(o, "warning"), codes(o)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM


def _mapped(cfg: Config, answer: str) -> tuple[int, list[Outcome]]:
    """``beizeng map FILE --set answer`` on June's ambiguous return, then the return dropped into the inbox."""
    path = f19.ambiguous_amount_columns(cfg.root)
    result = CliRunner().invoke(app, ["map", str(path), "--set", answer], env={"COLUMNS": "200"})
    f19.ambiguous_amount_columns(cfg.inbox)
    return result.exit_code, ingest(cfg)


def test_map_at_the_terminal_then_the_return_is_read(county_full: Config) -> None:
    code, [o] = _mapped(county_full, "L=累计完成投资")
    assert code == 0 and o.status == "accepted", codes(o)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM
    # K, the other of the pair asked about, is the month's figure: the answer for L tells it (said, never silent)
    assert sql(county_full, "select invest_month from cur_fai_projects order by excel_row") == [
        (D(150),), (D(300),), (D(0),)]
    [said] = [p for p in o.problems if p.code == "layout_partner_read"]
    assert said.message == "K列“完成投资”按“本月完成投资”读取：它与按回答作为“1-N月累计完成投资”的L列是同一项的两栏"


def test_map_at_the_terminal_naming_a_column_that_is_not_there(county_full: Config) -> None:
    code, [o] = _mapped(county_full, "N=1-N月累计完成投资")
    assert "internal_error" not in [c for c, _ in codes(o)], codes(o)
    assert code != 0 or o.form == "fai_projects", codes(o)


def test_map_refuses_a_column_that_is_not_there_and_stores_nothing(county_full: Config) -> None:
    # why: an answer is checked where it is taken (layouts.resolve_column); nothing stored for a later file to trip on
    path = f19.ambiguous_amount_columns(county_full.root)
    result = CliRunner().invoke(app, ["map", str(path), "--set", "N=1-N月累计完成投资"], env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "表中没有N列" in result.output and "L列" in result.output, result.output
    assert not (county_full.root / "表头对照.toml").exists()


def test_map_at_the_terminal_with_the_header_words(county_full: Config) -> None:
    code, [o] = _mapped(county_full, "完成投资额=1-N月累计完成投资")
    assert code == 0 and o.status == "accepted", codes(o)
    assert sql(county_full, CUM, ["2026-06"]) == JUNE_CUM


def test_stored_answer_past_the_last_column_is_a_question(county_full: Config) -> None:
    # an answers file written before answers were checked (or edited by hand) naming N: asked, never an internal error
    (county_full.root / "表头对照.toml").write_text(
        '[["对照"]]\n"填报单位" = "东镇"\n"报表" = "fai_projects"\n["对照"."列"]\n"N" = "1-N月累计完成投资"\n',
        encoding="utf-8")
    o = rejected(take(county_full, f19.ambiguous_amount_columns))
    assert "internal_error" not in [c for c, _ in codes(o)], codes(o)
    [changed] = [p for p in o.problems if p.code == "layout_changed"]
    assert "表中没有N列（最后一列是L列）" in changed.message
    assert ("ambiguous_column", "Sheet1!K3") in codes(o, "error")


def test_answer_against_the_headers_is_asked(county_full: Config) -> None:
    # K headed 本月完成投资 answered as 1-N月累计 while L, headed 1-6月累计完成投资, goes unread: asked on L
    path = f19.ambiguous_amount_columns(county_full.root)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["K3"], ws["L3"] = "本月完成投资", "1-6月累计完成投资"
    wb.save(path)
    result = CliRunner().invoke(app, ["map", str(path), "--set", "K=1-N月累计完成投资"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    path.rename(county_full.inbox / path.name)
    [o] = ingest(county_full)
    assert o.status == "rejected" and ("layout_answer_doubtful", "Sheet1!L3") in codes(o, "error"), codes(o)
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


@pytest.mark.parametrize(("answer", "column"), [("L", 11), ("l列", 11), ("L（完成投资额）", 11), ("完成投资额", 11),
                                                ("完成投资", 10), ("L 本月", None), ("N", None), ("累计", None),
                                                ("备注", None)])
def test_answer_read_as_a_column(answer: str, column: int | None) -> None:
    from beizeng.intake.layouts import resolve_column

    c, why = resolve_column(answer, dict(enumerate(f19.AMBIG)), 11)
    assert c == column and bool(why) == (column is None), why


def test_answer_in_words_naming_several_columns_is_said() -> None:
    from beizeng.intake.layouts import resolve_column

    c, why = resolve_column("累计完成投资", {9: "累计完成投资", 10: "累计完成投资"}, 10)
    assert c is None and "J列、K列" in why


def test_explain_names_file_sheet_and_row_of_a_recalculated_book(county_full: Config) -> None:
    take(county_full, f19.fai_formulas_recalculated_by_libreoffice)
    publish(county_full)
    result = CliRunner().invoke(app, ["explain", "fai_cum", "2026-06"], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    assert "0.20亿元" in result.output
    assert "东镇6月固投进展.xlsx（工作表「6月」" in result.output, result.output
    rows = [ln for ln in result.output.splitlines() if ln.startswith("│ [1]")]
    assert [ln.split("│")[2].strip() for ln in rows] == ["4", "5", "6"], result.output
    assert [ln.split("│")[-2].strip() for ln in rows] == ["800.00", "1,200.00", "0.00"], result.output


def test_the_kept_saves_are_libreoffices() -> None:
    # why: the LibreOffice saves are kept in the repository (CI has no LibreOffice); each must really be its save
    import zipfile
    kept = sorted(f19.SAVED.iterdir())
    assert [k.suffix for k in kept] == [".ods", ".xlsx", ".xls", ".xlsm"], kept
    for k in kept:
        if k.suffix in (".xlsx", ".xlsm", ".ods"):
            meta = "docProps/app.xml" if k.suffix != ".ods" else "meta.xml"
            assert "LibreOffice" in zipfile.ZipFile(k).read(meta).decode(), k
        else:
            assert k.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), k  # an OLE2 (BIFF8) workbook
