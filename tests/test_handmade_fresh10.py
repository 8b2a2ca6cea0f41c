"""Hand-made returns, round 10 (tests/handmade/fresh10.py): fresh eyes on the classes beizeng learned lately — a
要素保障 register as a sheet per month (1月…6月 with nil months, a 汇总 sheet in front, 2026.4… with hidden rows, a
sheet prepared for next month), corrections sent the same day (修订版, 更正版 with a 更正说明 sheet, v2 against 最终版,
a May correction after June's return), records over two rows, field shorthand headers, an enterprise's own
return as lines (本期 | 上年同期, a card per sheet, 千元), rates as 0.085 under a % format beside ``7.2%`` and a
plain 0.8, .xls copies with hidden rows, June returns repeating May's figures, Alt+Enter, Excel error values and
cell comments — each read through the real pipeline (``take``: inbox → ingest → DuckDB) into a fresh county.

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today, silent wrong figures first in each section.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import indicator, ingest
from tests.handmade import fresh10 as f10
from tests.test_handmade import accepted, drop, ind, one, sql, take

D = Decimal


def said(o: Outcome, *severities: str) -> list[tuple[str, str]]:
    """(code, cell) of the outcome's problems of those severities."""
    return [(p.code, p.cell or "") for p in o.problems if p.severity in severities]



def take_all(cfg: Config, maker: Callable[[Path], list[Path]]) -> list[Outcome]:
    """A sender's files of one form and period, all in the inbox at once (saved from one mail), then a run."""
    maker(cfg.inbox)
    return ingest(cfg)


def column(cfg: Config, form: str, name: str, where: str = "true") -> list[object]:
    return [v for (v,) in sql(cfg, f"select {name} from cur_{form} where {where} order by period, sheet, excel_row")]


# ---------------------------------------------------------------------------------------------
# 要素保障: a register kept as a sheet per month
# ---------------------------------------------------------------------------------------------

def test_a_hidden_row_on_a_month_sheet_of_a_fund_register_is_not_counted(county_full: Config) -> None:
    o = accepted(take(county_full, f10.funds_dot_month_sheets_with_a_hidden_row), "factors", "财政局", "2026-06", 4)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(500.0)
    assert ind(county_full, "fund_contributed") == pytest.approx(150.0)
    assert ("hidden_row", "第5行") in said(o, "warning")
    assert [p.sheet for p in o.problems if p.code == "hidden_row"] == ["2026.5"]  # on its own month's sheet


def test_a_hidden_row_on_the_newest_month_sheet_is_not_counted(county_full: Config) -> None:
    o = accepted(take(county_full, f10.funds_month_sheets_hidden_row_on_the_newest), "factors", "财政局", "2026-06", 5)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(600.0)
    assert ("hidden_row", "第6行") in said(o, "warning")


def test_a_struck_row_on_a_month_sheet_of_a_fund_register_is_not_counted(county_full: Config) -> None:
    o = accepted(take(county_full, f10.funds_month_sheets_with_a_struck_row), "factors", "财政局", "2026-06", 4)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(500.0)
    assert [c for c, _ in said(o, "warning")].count("struck_row") == 1  # set aside and said, as on a single sheet


def test_month_subtotals_and_a_running_total_in_month_sheets_are_not_parcels(county_full: Config) -> None:
    o = accepted(take(county_full, f10.land_month_sheets_with_month_totals), "factors", "自然资源局", "2026-06", 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("48")
    assert sorted((p.sheet, p.row) for p in o.problems if p.code == "subtotal_row") == [
        ("4月", 5), ("5月", 5), ("6月", 5), ("6月", 6)]


def test_a_comment_on_a_month_sheet_of_a_fund_register_is_passed_on(county_full: Config) -> None:
    o = accepted(take(county_full, f10.funds_month_sheets_with_a_comment), "factors", "财政局", "2026-06", 4)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(500.0)
    assert ("cell_comment", "D4") in said(o, "warning")


def test_an_error_value_on_a_month_sheet_is_said_on_its_cell(county_full: Config) -> None:
    o = take(county_full, f10.funds_month_sheets_with_an_error_value)[0]
    assert o.status == "rejected"
    assert [(p.code, p.sheet, p.cell) for p in o.problems if p.code in ("excel_error", "amount")] == [
        ("excel_error", "5月", "D4"), ("amount", "5月", "D4")]


def test_land_area_in_square_metres_by_the_header(county_full: Config) -> None:
    accepted(take(county_full, f10.land_area_in_square_metres_by_the_header), "factors", "自然资源局", "2026-06", 3)
    assert float(one(county_full, "select sum(area_mu) from cur_factors")) == pytest.approx(62.0, abs=0.01)  # type: ignore[arg-type]
    assert ind(county_full, "land_area_mu") == pytest.approx(62.0, abs=0.01)


def test_land_area_typed_in_square_metres(county_full: Config) -> None:
    accepted(take(county_full, f10.land_area_typed_in_square_metres), "factors", "自然资源局", "2026-06", 3)
    assert float(one(county_full, "select sum(area_mu) from cur_factors")) == pytest.approx(52.0, abs=0.01)  # type: ignore[arg-type]


def test_land_register_in_sheets_1yue_to_6yue_with_nil_months(county_full: Config) -> None:
    accepted(take(county_full, f10.land_sheets_1yue_to_6yue_with_nil_months), "factors", "自然资源局", "2026-06", 4)
    assert column(county_full, "factors", "parcel_code") == ["DZ2026-101", "XZ2026-102", "DZ2026-103", "XZ2026-104"]
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("75")
    assert ind(county_full, "land_parcels") == pytest.approx(4.0)
    assert ind(county_full, "land_area_mu") == pytest.approx(75.0)


def test_a_sheet_prepared_for_next_month_does_not_move_the_period(county_full: Config) -> None:
    accepted(take(county_full, f10.land_month_sheets_with_next_month_prepared), "factors", "自然资源局", "2026-06", 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("35")
    assert ind(county_full, "land_parcels") == pytest.approx(3.0)


def test_month_sheets_behind_a_summary_sheet_count_each_parcel_once(county_full: Config) -> None:
    o = accepted(take(county_full, f10.land_month_sheets_behind_a_summary_sheet), "factors", "自然资源局", "2026-06",
                 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("36")
    assert [(p.code, p.sheet) for p in o.problems if p.code.startswith("summary")] == [("summary_sheet", "汇总")]
    assert ind(county_full, "land_parcels") == pytest.approx(3.0)


def test_a_summary_sheet_that_differs_from_the_month_sheets_is_warned_on_its_row(county_full: Config) -> None:
    o = accepted(take(county_full, f10.land_month_sheets_behind_a_summary_that_differs), "factors", "自然资源局",
                 "2026-06", 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("36")
    assert [(p.code, p.sheet, p.row) for p in o.problems if p.code == "summary_differs"] == [
        ("summary_differs", "汇总", 5)]


def test_a_parcel_name_over_two_rows_in_a_month_sheet_is_one_parcel(county_full: Config) -> None:
    accepted(take(county_full, f10.land_parcel_name_over_two_rows_in_a_month_sheet), "factors", "自然资源局",
             "2026-06", 2)
    # names are stored with half-width brackets, as a name on one row is (tests/test_handmade_tworows9.py)
    assert "西镇循环经济产业园（二期）标准化厂房地块" in column(county_full, "factors", "name")
    assert one(county_full, "select sum(area_mu) from cur_factors") == D("30")


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 and an enterprise's own return
# ---------------------------------------------------------------------------------------------

def test_growth_leaves_out_an_enterprise_whose_last_year_is_na(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_error_values_in_figure_cells), "enterprise_output", "统计局", "2026-06", 4)
    value = indicator(county_full, "output_yoy_pct", "2026-06")
    # the three enterprises with both years' figures: 100,000 over 92,000 (東镇新材料's 3,000 has no 上年同期)
    assert value is not None and float(value) == pytest.approx((100000 / 92000 - 1) * 100)


def test_error_values_in_figure_cells_are_empty_and_said(county_full: Config) -> None:
    o = accepted(take(county_full, f10.ent_error_values_in_figure_cells), "enterprise_output", "统计局", "2026-06", 4)
    assert column(county_full, "enterprise_output", "output_cum_last_year") == [D("25000"), D("22000"), D("45000"),
                                                                                None]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("103000")
    assert ("excel_error", "J7") in said(o, "warning")


def test_enterprise_name_over_two_rows_with_serial_merged(county_full: Config) -> None:
    o = accepted(take(county_full, f10.ent_name_over_two_rows_serial_merged), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert column(county_full, "enterprise_output", "name") == ["东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司"]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == D("92000")
    assert ("joined_row", "第6行") in said(o, "info")


def test_enterprise_particulars_row_then_figures_row(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_particulars_row_then_figures_row), "enterprise_output", "统计局", "2026-06", 3)
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("50000")]
    assert column(county_full, "enterprise_output", "revenue_cum") == [D("33000"), D("21000"), D("52000")]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_enterprise_field_shorthand_headers(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_field_shorthand_headers), "enterprise_output", "统计局", "2026-06", 4)
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("50000"), D("3000")]
    assert column(county_full, "enterprise_output", "output_cum_last_year") == [D("25000"), D("22000"), D("45000"),
                                                                                D("2000")]
    assert column(county_full, "enterprise_output", "revenue_cum") == [D("33000"), D("21000"), D("52000"), D("3200")]
    assert ind(county_full, "output_cum") == pytest.approx(10.3)
    assert ind(county_full, "new_above_scale") == pytest.approx(1.0)


def test_enterprise_cards_per_sheet_read_benqi_as_the_cumulative(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_cards_per_sheet_benqi_is_cumulative), "enterprise_output", "统计局",
             "2026-06", 3)
    assert sql(county_full, "select name, output_month, output_cum, output_cum_last_year, revenue_cum "
                            "from cur_enterprise_output order by sheet") == [
        ("东关饲料有限公司", None, D("20000"), D("22000"), D("21000")),
        ("东方光伏科技有限公司", None, D("30000"), D("25000"), D("33000")),
        ("西岭建材有限公司", None, D("50000"), D("45000"), D("52000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_enterprise_card_in_qianyuan_is_converted(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_card_in_qianyuan), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, "select output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output") == [
        (D("50000"), D("45000"), D("52000"))]


def test_enterprise_correction_the_same_day_with_a_note_sheet(county_full: Config) -> None:
    outcomes = take_all(county_full, f10.ent_correction_same_day_with_a_note_sheet)
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("52000")]
    assert ind(county_full, "output_cum") == pytest.approx(10.2)


def test_enterprise_correction_with_a_table_sheet_in_front(county_full: Config) -> None:
    take_all(county_full, f10.ent_correction_with_a_table_sheet_in_front)
    assert column(county_full, "enterprise_output", "output_cum") == [D("30000"), D("20000"), D("52000")]
    assert ind(county_full, "output_cum") == pytest.approx(10.2)


def test_a_correction_said_only_in_words_leaves_the_list_standing(county_full: Config) -> None:
    take_all(county_full, f10.ent_correction_said_only_in_words)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") in (D("100000"), D("102000"))
    assert ind(county_full, "output_cum") in (pytest.approx(10.0), pytest.approx(10.2))


def test_a_correction_said_only_in_words_is_answered_as_a_correction(county_full: Config) -> None:
    outcomes = take_all(county_full, f10.ent_correction_said_only_in_words)
    [o] = [x for x in outcomes if x.file.endswith("更正说明.xlsx")]
    errors = [p for p in o.problems if p.severity == "error"]
    # answered as what it is: a correction of the named return, and how a correction is made (the whole table)
    assert [p.code for p in errors] == ["correction_in_words"]
    assert "这是《规上工业企业生产月报》的更正说明，但只有文字、没有表格" in errors[0].line()
    assert "更正后的整张《规上工业企业生产月报》" in errors[0].line()
    # the June list stands until the corrected table comes
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")


def test_enterprise_cards_with_a_hidden_sheet_count_the_shown_cards(county_full: Config) -> None:
    accepted(take(county_full, f10.ent_cards_with_a_hidden_sheet_of_a_closed_enterprise), "enterprise_output", "统计局",
             "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")


def test_enterprise_xls_with_a_hidden_row_and_percent_format(county_full: Config) -> None:
    o = accepted(take(county_full, f10.ent_xls_with_a_hidden_row_and_percent_format), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D("100000")
    assert ("hidden_row", "第7行") in said(o, "warning")


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比
# ---------------------------------------------------------------------------------------------

def test_city_output_headed_guigong_chanzhi_is_read(county_full: Config) -> None:
    accepted(take(county_full, f10.city_field_shorthand_headers), "city_comparison", "统计局", "2026-06", 5)
    assert one(county_full, "select output_cum from cur_city_comparison where county = '测试县'") == D("100000")


def test_city_field_shorthand_headers_for_investment(county_full: Config) -> None:
    accepted(take(county_full, f10.city_field_shorthand_headers), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select va_yoy_pct, fai_cum, fai_cum_last_year, fai_yoy_pct, tech_cum, tech_cum_last_year, "
                            "tech_yoy_pct from cur_city_comparison where county = '测试县'") == [
        (D("8.5"), D("6700"), D("8000"), D("-16.3"), D("1200"), D("1000"), D("20"))]
    assert ind(county_full, "va_city_rank") == pytest.approx(1.0)


def test_city_rates_formatted_text_plain_and_small(county_full: Config) -> None:
    accepted(take(county_full, f10.city_rates_formatted_text_plain_and_small), "city_comparison", "统计局",
             "2026-06", 5)
    assert sql(county_full, "select county, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("6")), ("测试县", D("8.5")), ("甲县", D("7.2")), ("乙县", D("0.8")), ("丙县", D("6"))]
    assert ind(county_full, "va_yoy_pct") == pytest.approx(8.5)
    assert ind(county_full, "va_city_rank") == pytest.approx(1.0)
    assert ind(county_full, "va_city_avg_pct") == pytest.approx(6.0)


def test_city_june_table_repeating_mays_figures_is_warned(county_full: Config, tmp_path: Path) -> None:
    may, june = f10.city_may_then_june_copied(tmp_path)
    accepted(drop(county_full, may), "city_comparison", "统计局", "2026-05", 5)
    [o] = [o for o in drop(county_full, june) if o.period == "2026-06"]
    assert ("same_as_previous", "B4") in said(o, "warning")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目
# ---------------------------------------------------------------------------------------------

def test_fai_circled_footnote_marks_are_not_digits(county_full: Config) -> None:
    o = take(county_full, f10.fai_circled_footnote_marks_on_figures)
    [mine] = [x for x in o if x.form == "fai_projects"]
    if mine.status == "accepted":
        assert sql(county_full, "select invest_month, invest_cum from cur_fai_projects order by excel_row") == [
            (D("150"), D("800")), (D("100"), D("450"))]
    else:
        assert {"M5", "L5"} <= {p.cell for p in mine.problems if p.severity == "error"}
        assert "数字里有注释符号“①”" in next(p.line() for p in mine.problems if p.cell == "M5")


def test_fai_notes_after_alt_enter_and_a_star_are_asked_on_their_cells(county_full: Config) -> None:
    [o] = [x for x in take(county_full, f10.fai_figures_with_notes_after_alt_enter_and_a_star)
           if x.form == "fai_projects"]
    assert o.status == "rejected"
    assert {(c, cell) for c, cell in said(o, "error")} == {("not_a_number", "M4"), ("not_a_number", "G5")}
    assert one(county_full, "select count(*) from cur_fai_projects") == 0

def test_fai_cumulative_headed_gongye_gutou_is_read(county_full: Config) -> None:
    accepted(take(county_full, f10.fai_shorthand_headers), "fai_projects", "西镇", "2026-06", 2)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("400")]


def test_fai_correction_the_same_day_named_xiudingban(county_full: Config) -> None:
    take_all(county_full, f10.fai_correction_same_day_xiudingban)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("450")]


def test_fai_final_against_v2_the_same_day(county_full: Config) -> None:
    take_all(county_full, f10.fai_final_and_v2_same_day)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("460")]


def test_fai_may_correction_after_june_leaves_june_alone(county_full: Config, tmp_path: Path) -> None:
    for path in f10.fai_may_correction_after_june(tmp_path):
        drop(county_full, path)
    assert sql(county_full, "select period, invest_cum from cur_fai_projects order by period, excel_row") == [
        ("2026-05", D("650")), ("2026-05", D("330")), ("2026-06", D("800")), ("2026-06", D("400"))]


def test_fai_june_return_repeating_mays_figures_is_warned(county_full: Config, tmp_path: Path) -> None:
    may, june = f10.fai_may_then_june_copied(tmp_path)
    accepted(drop(county_full, may), "fai_projects", "西镇", "2026-05", 2)
    [o] = [o for o in drop(county_full, june) if o.period == "2026-06"]
    assert ("same_as_previous", "M4") in said(o, "warning")


def test_fai_alt_enter_in_headers_names_and_flags(county_full: Config) -> None:
    accepted(take(county_full, f10.fai_alt_enter_in_headers_names_and_flags), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select name, nature, is_tech, in_stats, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        ("东镇甲陶瓷生产线项目", "新建", False, True, D("800")),
        ("东镇乙余热利用改造项目", "改建和技术改造", True, True, D("400"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.12)


def test_fai_comments_on_cells_are_passed_on(county_full: Config) -> None:
    o = accepted(take(county_full, f10.fai_comments_on_figure_cells), "fai_projects", "西镇", "2026-06", 2)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("450")]
    assert {("cell_comment", "K4"), ("cell_comment", "M5")} <= set(said(o, "warning"))


def test_fai_xls_with_a_hidden_project_row(county_full: Config) -> None:
    o = accepted(take(county_full, f10.fai_xls_hidden_project_row), "fai_projects", "东镇", "2026-06", 2)
    assert column(county_full, "fai_projects", "invest_cum") == [D("800"), D("400")]
    assert ("hidden_row", "第6行") in said(o, "warning")
