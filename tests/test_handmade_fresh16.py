"""Hand-made returns, round 16 (tests/handmade/fresh16.py): fresh eyes on the project return (固定资产投资/技改: two-row
headers in the clerk's words, a unit per column or only in the title, 是否技改 and start dates written other ways, a
file forwarding both townships' sheets, a second month whose cumulative goes down or whose project is renamed or
gone, a nil row), on the forms rarely tried (重点工作进展, 要素保障, 全市对比, 目标任务) and on what could fool a reader
silently (a figure ×10,000 off, a county or enterprise lost without a word, a hidden sheet, filtered rows, a total or
a note read as a record).

A return read as a person reads it has a plain test with exact figures; what beizeng gets WRONG is marked
``xfail(strict=True)`` with what it does today (silent wrong figures first).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, codes, drop, ind, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
FAI = "select project_code, name, is_tech, total_investment, annual_plan, invest_month, invest_cum " \
      "from cur_fai_projects where period = '2026-06' order by sheet, excel_row"
EAST_JUNE = [
    (f16.pcode(1), "东镇甲陶瓷窑炉节能改造项目", True, D(3000), D(1500), D(150), D(800)),
    (f16.pcode(2), "东镇乙农产品冷链物流项目", False, D(5000), D(2000), D(300), D(1200)),
    (f16.pcode(3), "东镇丙包装材料扩能项目", False, D(800), D(400), D(0), D(0)),
]
ENT = "select name, output_cum from cur_enterprise_output where period = '2026-06' order by sheet, excel_row"


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


def _row_of(cell: str) -> int:
    return int("".join(ch for ch in cell.split("!")[-1] if ch.isdigit()) or 0)


def _said_on_row(o: Outcome, row: int) -> list[tuple[str, str]]:
    return [(c, cell) for c, cell in codes(o, "error", "warning") if _row_of(cell) == row]


# ---------------------------------------------------------------------------------------------
# Silent wrong figures
# ---------------------------------------------------------------------------------------------

def test_fai_amounts_in_yi_under_a_wanyuan_line_are_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f16.fai_amounts_in_yi_under_a_wanyuan_line))
    assert any("单位" in p.line() for p in o.problems if p.severity == "error")
    _nothing_stored(county_full, "fai_projects")


def test_ent_one_row_in_yi_among_wanyuan_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f16.ent_one_row_in_yi_among_wanyuan)
    assert _said_on_row(o, 7), codes(o)
    if o.status == "accepted":
        assert any(p.severity == "warning" and _row_of(f"!{p.cell or ''}") == 7 for p in o.problems)


def test_targets_output_said_in_wanyuan_by_mistake_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f16.targets_output_said_in_wanyuan_by_mistake)
    assert _said_on_row(o, 3), codes(o)


def test_city_one_county_left_out_is_said(county_full: Config) -> None:
    [o] = take(county_full, f16.city_one_county_left_out)
    assert any("乙县" in p.line() for p in o.problems if p.severity in ("error", "warning"))


def test_land_price_header_yuan_figures_wanyuan_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f16.land_price_header_yuan_figures_wanyuan)
    assert [cell for c, cell in codes(o, "error", "warning") if "G" in cell], codes(o)
    assert D("0.09") not in [a for (a,) in sql(county_full, "select amount from cur_factors")]


def test_city_header_wanyuan_figures_yi_is_asked(county_full: Config) -> None:
    [o] = take(county_full, f16.city_header_wanyuan_figures_yi)
    assert any("单位" in p.line() for p in o.problems if p.severity in ("error", "warning") and p.cell != "第3行"), \
        codes(o)
    assert D("130.5") not in [v for (v,) in sql(county_full, "select output_cum from cur_city_comparison")]


def test_fai_unit_only_in_the_title_yi(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_unit_in_the_title_yi), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == EAST_JUNE
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)


def test_fai_hidden_pre_revision_copy_of_the_same_month_is_not_read(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_hidden_pre_revision_copy_of_the_same_month), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == EAST_JUNE
    assert one(county_full, "select distinct sheet from cur_fai_projects") == "6月"


def test_fai_rows_hidden_by_a_filter_are_read(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_filtered_to_started_projects), "fai_projects", "西镇", "2026-06", 4)
    assert sql(county_full, "select excel_row, invest_cum from cur_fai_projects order by excel_row") == [
        (4, D(900)), (5, D(300)), (6, D(150)), (7, D(0))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.135)


def test_ent_new_firm_typed_below_the_total_is_kept(county_full: Config) -> None:
    o = accepted(take(county_full, f16.ent_new_firm_typed_below_the_total), "enterprise_output", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19800)
    assert ("西岭新材料有限公司", D(600)) in sql(county_full, ENT)
    assert ("total_mismatch", "Sheet1!I8") in codes(o, "warning")


def test_ent_new_entrants_on_a_second_sheet_are_read(county_full: Config) -> None:
    accepted(take(county_full, f16.ent_new_entrants_on_a_second_sheet), "enterprise_output", "统计局", "2026-06", 5)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19800)
    assert one(county_full, "select sheet from cur_enterprise_output where name = '西岭新材料有限公司'") == "新入规"


def test_land_two_parcels_without_codes_are_two(county_full: Config) -> None:
    accepted(take(county_full, f16.land_two_parcels_without_codes), "factors", "自然资源局", "2026-06", 2)
    assert sql(county_full, "select name, area_mu from cur_factors order by excel_row") == [
        ("东镇化工园三号地块", D(30)), ("西镇石材园二号地块", D(45))]
    assert ind(county_full, "land_area_mu") == 75.0


# ---------------------------------------------------------------------------------------------
# A note or a total read as a record
# ---------------------------------------------------------------------------------------------

def test_fai_numbered_notes_under_the_table_are_notes(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_numbered_notes_under_the_table), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == EAST_JUNE


def test_ent_county_total_in_the_name_column_is_a_total(county_full: Config) -> None:
    accepted(take(county_full, f16.ent_county_total_named_in_the_name_column), "enterprise_output", "统计局", "2026-06",
             4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == D(19200)


# ---------------------------------------------------------------------------------------------
# 固投: the project return
# ---------------------------------------------------------------------------------------------

def test_fai_two_row_header_in_the_clerks_words(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_two_row_header_in_the_clerks_words), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == EAST_JUNE
    assert sql(county_full, "select started, start_date, in_stats, is_key from cur_fai_projects order by excel_row") == [
        (True, dt.date(2026, 3, 10), True, True), (True, dt.date(2026, 4, 1), True, True), (False, None, False, False)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)
    assert ind(county_full, "tech_cum") == pytest.approx(0.08)


def test_fai_units_differ_by_column(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_units_differ_by_column), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, FAI) == EAST_JUNE


def test_fai_tech_flag_in_other_words(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_tech_flag_in_other_words), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select is_tech from cur_fai_projects order by excel_row") == [(True,), (True,), (False,)]
    assert ind(county_full, "tech_cum") == pytest.approx(0.2)


def test_fai_start_dates_in_odd_forms(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_start_dates_in_odd_forms), "fai_projects", "西镇", "2026-06", 4)
    assert sql(county_full, "select start_date from cur_fai_projects order by excel_row") == [
        (dt.date(2026, 2, 20),), (dt.date(2026, 5, 6),), (dt.date(2026, 4, 8),), (None,)]


def test_fai_start_date_cell_says_not_started(county_full: Config) -> None:
    accepted(take(county_full, f16.fai_start_date_cell_says_not_started), "fai_projects", "西镇", "2026-06", 4)
    assert sql(county_full, "select started, start_date from cur_fai_projects order by excel_row") == [
        (True, dt.date(2026, 2, 20)), (True, dt.date(2026, 5, 6)), (True, dt.date(2026, 4, 8)), (False, None)]


def test_fai_township_sheets_forwarded_in_one_file(county_full: Config) -> None:
    take(county_full, f16.fai_township_sheets_forwarded_in_one_file)
    assert sql(county_full, "select township, count(*), sum(invest_cum) from cur_fai_projects group by township "
                            "order by township desc") == [("西镇", 2, D(1200)), ("东镇", 3, D(2000))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.32)


def test_fai_second_month_cumulative_going_down_is_asked(county_full: Config) -> None:
    may, june = f16.fai_may_then_june_cumulative_goes_down(county_full.inbox)
    accepted(ingest(county_full), "fai_projects", "东镇", "2026-05", 3)
    o = rejected(drop(county_full, june))
    assert codes(o, "error") == [("cum_decreased", "Sheet1!M5")]
    [line] = [p.line() for p in o.problems if p.code == "cum_decreased"]
    assert "850" in line and "900" in line and "东镇6月固投.xlsx" in line
    assert one(county_full, "select count(*) from cur_fai_projects where period = '2026-06'") == 0


def test_fai_second_month_renamed_project_kept_and_gone_one_named(county_full: Config) -> None:
    may, june = f16.fai_may_then_june_renamed_and_one_gone(county_full.inbox)
    accepted(ingest(county_full), "fai_projects", "东镇", "2026-05", 4)
    [o] = drop(county_full, june)
    assert o.status == "accepted" and o.rows == 3
    assert one(county_full, "select invest_cum from cur_fai_projects where period = '2026-06' and project_code = ?",
               [f16.pcode(2)]) == D(1200)
    [gone] = [p.line() for p in o.problems if p.code == "rows_gone"]
    assert "东镇丁厂房屋顶光伏项目" in gone and "300" in gone


def test_fai_nil_row_with_a_serial_and_zeros(county_full: Config) -> None:
    o = accepted(take(county_full, f16.fai_nil_row_with_a_serial_and_zeros), "fai_projects", "西镇", "2026-06", 0)
    assert ("empty_return", "Sheet1!A4") in codes(o)
    assert "本月无工业固定资产投资项目" in next(p.line() for p in o.problems if p.code == "empty_return")
    assert ind(county_full, "fai_cum") == 0.0


def test_fai_last_months_cumulative_and_this_month_only_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, f16.fai_last_months_cumulative_and_this_month_only))
    assert [c for c, _ in codes(o, "error")] == ["missing_columns"]
    [line] = [p.line() for p in o.problems if p.code == "missing_columns"]
    assert "累计完成投资" in line and "东镇6月固投.xlsx" in line and "第3行" in line
    _nothing_stored(county_full, "fai_projects")


# ---------------------------------------------------------------------------------------------
# 全市对比
# ---------------------------------------------------------------------------------------------

def test_city_total_row_named_after_the_city(county_full: Config) -> None:
    accepted(take(county_full, f16.city_total_row_named_after_the_city), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum, va_yoy_pct from cur_city_comparison where county = '全市'") == [
        (D(5200000), D("7.5"))]
    assert ind(county_full, "va_city_rank") == 1.0


def test_city_growth_in_words(county_full: Config) -> None:
    accepted(take(county_full, f16.city_growth_in_words), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct, fai_yoy_pct from cur_city_comparison "
                            "where county in ('测试县', '乙县', '丙县') order by county") == [
        ("丙县", D("7.9"), D(0), D("10.1")), ("乙县", D("8.0"), D("7.6"), D("-1.5")),
        ("测试县", D("9.0"), D("8.2"), D("12.5"))]


# ---------------------------------------------------------------------------------------------
# 重点工作进展
# ---------------------------------------------------------------------------------------------

def test_notes_paragraph_continued_in_the_next_row(county_full: Config) -> None:
    accepted(take(county_full, f16.notes_paragraph_continued_in_the_next_row), "progress_notes", "工信局", "2026-06", 2)
    [(section, text, pct)] = sql(county_full, "select section, text, figure_pct from cur_progress_notes "
                                              "where section = '61'")
    assert text.startswith("经开区标准化厂房二期8栋主体已封顶") and text.endswith("预计8月底交付使用。")
    assert pct == D(85)


def test_notes_section_split_over_two_columns(county_full: Config) -> None:
    accepted(take(county_full, f16.notes_section_split_over_two_columns), "progress_notes", "工信局", "2026-06", 5)
    assert sql(county_full, "select section, title from cur_progress_notes order by excel_row") == [
        ("61", "园区规划修编"), ("62", "污水处理厂建设"), ("63", "园区道路"), ("二1", "用地指标紧张"), ("二2", "融资难")]


def test_notes_percent_typed_loosely(county_full: Config) -> None:
    accepted(take(county_full, f16.notes_percent_typed_loosely), "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select figure_pct from cur_progress_notes order by excel_row") == [
        (D(85),), (D(60),), (D(100),)]


# ---------------------------------------------------------------------------------------------
# 要素保障
# ---------------------------------------------------------------------------------------------

def test_funds_income_and_expense_columns(county_full: Config) -> None:
    take(county_full, f16.funds_income_and_expense_columns)
    assert sql(county_full, "select item, count(*), sum(amount) from cur_factors group by item order by item") == [
        ("工业发展资金拨付", 2, D(500)), ("工业发展资金筹集", 2, D(2500))]


def test_funds_quarters_written_as_periods(county_full: Config) -> None:
    accepted(take(county_full, f16.funds_quarters_written_as_periods), "factors", "财政局", "2026-06", 2)
    assert sql(county_full, "select quarter, amount from cur_factors order by excel_row") == [(1, D(300)), (2, D(300))]


# ---------------------------------------------------------------------------------------------
# 目标任务
# ---------------------------------------------------------------------------------------------

def test_targets_with_above_and_at_least(county_full: Config) -> None:
    accepted(take(county_full, f16.targets_with_above_and_at_least), "targets", "工信局", "2026", 4)
    assert sql(county_full, "select indicator, value from cur_targets order by excel_row") == [
        ("output_target", D(28)), ("va_target_pct", D(8)), ("fai_target_pct", D(10)), ("new_above_scale_target", D(5))]
