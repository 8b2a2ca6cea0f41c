"""Hand-made returns of every form (tests/handmade), read by a county configured only with its senders.

Each test puts one clerk's workbook into a fresh county's inbox (first year: nothing in the warehouse),
ingests it and checks the figures a person reading that return would take from it (the fixture's
docstring): the outcome, the rows, exact sums from the form's ``cur_`` view and two or three headline
indicators.  What beizeng cannot read yet is marked ``xfail(strict=True)`` with the Problem it gives
today, so the mark must go when the reader learns it.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.store.session import work_db
from tests.conftest import computed_if_lazy, indicator, ingest, ingest_lazily
from tests.handmade import hostile, make

Maker = Callable[[Path], Path]


def take(cfg: Config, maker: Maker) -> list[Outcome]:
    maker(cfg.inbox)
    return ingest(cfg)


def take_lazily(cfg: Config, maker: Maker) -> list[Outcome]:
    """``take`` for tests that check what the intake said and stored: the figures computed only if read
    (``tests.conftest.ingest_lazily``)."""
    maker(cfg.inbox)
    return ingest_lazily(cfg)


def accepted(outcomes: list[Outcome], form: str, sender: str, period: str, n_rows: int) -> Outcome:
    """The one outcome of ``form``: accepted for that sender and period with exactly ``n_rows`` rows."""
    mine = [o for o in outcomes if o.form == form] or outcomes
    assert len(mine) == 1, [(o.file, o.status, o.form) for o in outcomes]
    [o] = mine
    said = [p.line() for p in o.problems if p.severity != "info"]
    assert o.status == "accepted", said
    assert (o.form, o.sender, o.period, o.rows) == (form, sender, period, n_rows), said
    return o


def codes(o: Outcome, *severities: str) -> list[tuple[str, str]]:
    """(code, sheet!cell) of the outcome's problems of those severities (all when none is named)."""
    return [(p.code, f"{p.sheet or ''}!{p.cell or ''}") for p in o.problems
            if not severities or p.severity in severities]


def rejected(outcomes: list[Outcome]) -> Outcome:
    """The one outcome, refused (its problems shown when it was not)."""
    [o] = outcomes
    assert o.status == "rejected", (o.status, codes(o))
    return o

def sql(cfg: Config, text: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    if re.search(r"indicator_values|report_", text):  # the figures (and the views over them) of a lazy take
        computed_if_lazy(cfg)
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(text, params or []).fetchall()
    finally:
        con.close()


def one(cfg: Config, text: str, params: list[object] | None = None) -> object:
    [(value,)] = sql(cfg, text, params)
    return value


def ind(cfg: Config, code: str, period: str = "2026-06") -> float:
    value = indicator(cfg, code, period)
    assert value is not None, f"{code} is NULL for {period}"
    return float(value)


def column(cfg: Config, form: str, name: str, where: str = "true") -> list[object]:
    return [v for (v,) in sql(cfg, f"select {name} from cur_{form} where {where} order by excel_row")]


def said(o: Outcome, *severities: str) -> list[tuple[str, str, str]]:
    """(code, cell, the line the sender reads: message and fix) of the outcome's problems of those severities."""
    return [(p.code, p.cell or "", p.line()) for p in o.problems if p.severity in severities]


def drop(cfg: Config, path: Path) -> list[Outcome]:
    """One more file into the inbox (made elsewhere), then a run: as a sender's second mail arrives."""
    shutil.copy2(path, cfg.inbox / path.name)
    return ingest(cfg)


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报
# ---------------------------------------------------------------------------------------------

def test_ent_letter_codes_and_total_at_the_top(county_full: Config) -> None:
    o = accepted(take(county_full, make.ent_letter_codes_total_top), "enterprise_output", "统计局", "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("104000.5")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    codes = sql(county_full, "select industry_code from cur_enterprise_output order by excel_row")
    assert len({c for (c,) in codes}) == 4 and [str(c)[-4:] for (c,) in codes] == ["3825", "1329", "3021", "0610"]
    assert ind(county_full, "output_cum") == pytest.approx(10.40005)
    assert ind(county_full, "above_scale_count") == 4
    assert ind(county_full, "sei_count") == 1
    assert o.submission_id is not None


def test_ent_text_numbers_full_width_and_wps_sheet_name(county_full: Config) -> None:
    accepted(take(county_full, make.ent_text_numbers_wps), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select name, output_cum from cur_enterprise_output order by excel_row") == [
        ("东方光伏科技有限公司", Decimal("30000")), ("东关饲料有限公司", Decimal("20000.5")),
        ("西岭建材有限公司", Decimal("50000"))]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    assert sql(county_full, "select distinct sheet from cur_enterprise_output") == [("Sheet1 (2)",)]
    assert ind(county_full, "output_cum") == pytest.approx(10.00005)
    assert ind(county_full, "sei_count") == 1


def test_ent_cover_and_instructions_sheets_then_a_two_row_header(county_full: Config) -> None:
    accepted(take(county_full, make.ent_cover_notes_two_row_header), "enterprise_output", "统计局", "2026-06", 5)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output") == [("数据",)]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("105000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("93000")
    assert one(county_full, "select sum(revenue_cum) from cur_enterprise_output") == Decimal("111150")
    assert ind(county_full, "output_cum") == pytest.approx(10.5)
    assert ind(county_full, "sei_output_cum") == pytest.approx(3.3)


def test_ent_june_copy_beside_last_months_sheet(county_full: Config) -> None:
    outcomes = take(county_full, make.ent_june_copy_beside_may_sheet)
    accepted([o for o in outcomes if o.period == "2026-06"], "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select distinct sheet from cur_enterprise_output where period = '2026-06'") == [
        ("Sheet1 (2)",)]
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-06'") == Decimal(
        "100000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_ent_survey_wording_of_the_statistics_bureau(county_full: Config) -> None:
    o = accepted(take(county_full, make.ent_survey_wording), "enterprise_output", "统计局", "2026-06", 3)
    assert [p.code for p in o.problems if p.severity == "warning"] == []
    assert sql(county_full, "select name, entered_month, output_cum, revenue_cum from cur_enterprise_output "
                            "order by excel_row") == [
        ("东方光伏科技有限公司", "2019", Decimal("30000"), Decimal("33000")),
        ("东关饲料有限公司", "2018-06", Decimal("20000"), Decimal("21000")),
        ("西岭建材有限公司", "2020", Decimal("50000"), Decimal("52000"))]
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "new_above_scale") == 0


def test_ent_whole_return_in_yuan_with_ticks_and_blanks(county_full: Config) -> None:
    accepted(take(county_full, make.ent_in_yuan_tick_or_blank), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_cum, sei from cur_enterprise_output order by excel_row") == [
        (Decimal("30000"), True), (Decimal("20000.5"), False), (Decimal("50000"), False)]
    assert ind(county_full, "output_cum") == pytest.approx(10.00005)
    assert ind(county_full, "sei_count") == 1


def test_ent_township_merged_down_over_its_enterprises(county_full: Config) -> None:
    accepted(take(county_full, make.ent_township_merged_down), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, "select township, sum(output_cum) from cur_enterprise_output group by 1 order by 1") == [
        ("东镇", Decimal("50000")), ("西镇", Decimal("53000"))]
    assert ind(county_full, "output_cum") == pytest.approx(10.3)


def test_ent_without_an_entry_month_column_leaves_new_entrants_unknown(county_full: Config) -> None:
    """No 入规年月 column: how many entered this year is unknown — NULL and said so, not 0."""
    [o] = take(county_full, make.ent_township_merged_down)
    assert "missing_column_feeds" in {p.code for p in o.problems if p.severity == "warning"}
    assert indicator(county_full, "new_above_scale") is None
    assert [m for (m,) in sql(county_full, "select message from missing_inputs where period = '2026-06' and "
                                           "message like '%入规年月%'")] == [
        # who sent the return and which file lacked the column (h7's wording): the analyst asks that sender
        "统计局报送的《规上工业企业生产月报》（文件“分乡镇规上企业产值2026-06.xlsx”）没有“入规年月”列："
        "今年新增规上工业企业未报（显示为空，不按0计算）"]


def test_ent_legacy_xls_copy(county_full: Config) -> None:
    accepted(take(county_full, make.ent_xls_copy), "enterprise_output", "统计局", "2026-06", 3)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("100000")
    assert one(county_full, "select sum(output_cum_last_year) from cur_enterprise_output") == Decimal("92000")
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "sei_count") == 1


def test_ent_xls_month_column_headed_just_benyue(county_full: Config) -> None:
    """本月 | 累计 | 上年同期 side by side: 本月 is the month's output as surely as 累计 is the cumulative."""
    accepted(take(county_full, make.ent_xls_copy), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_month from cur_enterprise_output order by excel_row") == [
        (Decimal("5000"),), (Decimal("3300"),), (Decimal("8000"),)]


def test_ent_month_above_its_own_cumulative_is_questioned_in_the_row(county_full: Config) -> None:
    """Issue 11 kind 8: 本月 35,000 > 1-6月累计 3,500 on row 6 is checked within the row, with no history."""
    [o] = take(county_full, make.ent_month_above_cumulative)
    assert (o.form, o.sender, o.period) == ("enterprise_output", "统计局", "2026-06")
    flagged = {(p.severity, p.row) for p in o.problems if p.severity in ("error", "warning")}
    assert flagged and {row for _, row in flagged} == {6}, [p.line() for p in o.problems]


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比
# ---------------------------------------------------------------------------------------------

def test_city_growth_under_several_merged_parents(county_full: Config) -> None:
    accepted(take(county_full, make.city_merged_parents), "city_comparison", "统计局", "2026-06", 5)
    mine = sql(county_full, "select output_cum, output_yoy_pct, va_yoy_pct, fai_cum, fai_yoy_pct, tech_yoy_pct "
                            "from cur_city_comparison where county = '测试县'")
    assert mine == [(Decimal("100000"), Decimal("8.7"), Decimal("6.5"), Decimal("6700"), Decimal("-16.3"),
                     Decimal("20"))]
    assert ind(county_full, "va_yoy_pct") == pytest.approx(6.5)
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "output_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3


def test_city_in_yiyuan_with_percent_text_and_rank_columns(county_full: Config) -> None:
    accepted(take(county_full, make.city_yiyuan_percent_text), "city_comparison", "统计局", "2026-06", 5)
    mine = sql(county_full, "select output_cum, va_yoy_pct, fai_cum, fai_yoy_pct, tech_cum, tech_yoy_pct "
                            "from cur_city_comparison where county = '测试县'")
    assert mine == [(Decimal("100000"), Decimal("6.5"), Decimal("6700"), Decimal("-16.3"), Decimal("1200"),
                     Decimal("20"))]
    assert one(county_full, "select sum(output_cum) from cur_city_comparison where county <> '全市'") == Decimal("630000")
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3


def test_city_bare_growth_column_right_of_its_amount(county_full: Config) -> None:
    """规上工业总产值（亿元） | 增速 | 排名: the bare 增速 is the output's growth (8.7 % for 测试县, rank 2);
    left unread, the county must not be ranked 1 on a growth it does not have."""
    accepted(take(county_full, make.city_yiyuan_percent_text), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct from cur_city_comparison order by excel_row") == [
        ("甲县", Decimal("9.1")), ("乙县", Decimal("7.1")), ("测试县", Decimal("8.7")), ("丙县", Decimal("5.3")),
        ("全市", Decimal("8.1"))]
    assert ind(county_full, "output_city_rank") == 2


def test_city_rates_stored_as_excel_percentages(county_full: Config) -> None:
    accepted(take(county_full, make.city_percent_formatted_cells), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_yoy_pct, va_yoy_pct, fai_yoy_pct, tech_yoy_pct from cur_city_comparison "
                            "where county = '测试县'") == [(Decimal("8.7"), Decimal("6.5"), Decimal("-16.3"),
                                                            Decimal("20"))]
    assert ind(county_full, "output_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3


def test_city_total_row_named_heji_and_put_first(county_full: Config) -> None:
    accepted(take(county_full, make.city_total_named_heji_at_top), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_cum from cur_city_comparison order by excel_row")[0] == (
        "全市", Decimal("630000"))
    assert ind(county_full, "va_city_avg_pct") == pytest.approx(6.2)
    assert ind(county_full, "output_city_rank") == 2
    assert ind(county_full, "va_city_rank") == 2


def test_city_table_laid_out_the_other_way_round(county_full: Config) -> None:
    accepted(take(county_full, make.city_transposed), "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select output_cum, output_yoy_pct, va_yoy_pct, fai_yoy_pct from cur_city_comparison "
                            "where county = '测试县'") == [(Decimal("100000"), Decimal("8.7"), Decimal("6.5"),
                                                            Decimal("-16.3"))]
    assert ind(county_full, "output_city_rank") == 2
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报
# ---------------------------------------------------------------------------------------------

def test_fai_township_two_row_header_without_township_column(county_full: Config) -> None:
    accepted(take(county_full, make.fai_east_merged_no_township), "fai_projects", "东镇", "2026-06", 5)
    got = sql(county_full, "select project_code, township, started, start_date, in_stats, invest_cum "
                           "from cur_fai_projects order by excel_row")
    assert [(r[1], r[2], r[4], r[5]) for r in got] == [
        ("东镇", True, True, Decimal("3000")), ("东镇", True, True, Decimal("1200.5")),
        ("东镇", True, True, Decimal("300")), ("东镇", False, False, Decimal("0")),
        ("东镇", True, False, Decimal("800"))]
    assert [str(r[3]) for r in got] == ["2026-03-01", "2025-05-01", "2026-02-01", "None", "2026-04-20"]
    assert ind(county_full, "fai_cum") == pytest.approx(0.42005)
    assert ind(county_full, "tech_cum") == pytest.approx(0.12005)
    assert ind(county_full, "key_projects") == 4
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(75.0)
    assert ind(county_full, "key_projects_in_stats_pct") == pytest.approx(50.0)


def test_fai_township_in_yiyuan_with_subtotals_per_nature(county_full: Config) -> None:
    accepted(take(county_full, make.fai_west_yiyuan_subtotals), "fai_projects", "西镇", "2026-06", 4)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("3550")
    assert one(county_full, "select sum(total_investment) from cur_fai_projects") == Decimal("29200")
    assert sql(county_full, "select nature, count(*) from cur_fai_projects group by 1 order by 1") == [
        ("扩建", 1), ("改建和技术改造", 1), ("新建", 2)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.355)
    assert ind(county_full, "tech_cum") == pytest.approx(0.045)
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(200 / 3)


def test_fai_reordered_columns_a_hidden_one_and_the_total_on_top(county_full: Config) -> None:
    accepted(take(county_full, make.fai_hidden_column_reordered_total_top), "fai_projects", "西镇", "2026-06", 3)
    assert sql(county_full, "select project_code, invest_cum, start_date from cur_fai_projects order by excel_row") == [
        (make.pcode(61), Decimal("1500"), dt.date(2026, 3, 15)), (make.pcode(62), Decimal("900"), dt.date(2026, 2, 10)),
        (make.pcode(63), Decimal("0"), None)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.24)
    assert ind(county_full, "tech_cum") == pytest.approx(0.09)
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(50.0)


def test_fai_flags_in_words_and_nature_shortened(county_full: Config) -> None:
    accepted(take(county_full, make.fai_flag_words), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select nature, started, in_stats from cur_fai_projects order by excel_row") == [
        ("新建", True, True), ("改建和技术改造", True, True), ("新建", False, False)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.26)
    assert ind(county_full, "tech_cum") == pytest.approx(0.06)
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(200 / 3)


def test_fai_remark_naming_the_person_in_charge_keeps_the_rows_below(county_full: Config) -> None:
    accepted(take(county_full, make.fai_remark_names_a_person), "fai_projects", "东镇", "2026-06", 5)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("4500")
    assert sql(county_full, "select township, count(*) from cur_fai_projects group by 1") == [("东镇", 5)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.45)
    assert ind(county_full, "tech_cum") == pytest.approx(0.03)


def test_fai_key_flag_headed_shi_fou_zhong_dian(county_full: Config) -> None:
    """是否重点 in a project return is the 倍增重点项目 flag: 2 key projects, both started (100 %)."""
    accepted(take(county_full, make.fai_remark_names_a_person), "fai_projects", "东镇", "2026-06", 5)
    assert ind(county_full, "key_projects") == 2
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(100.0)


def test_fai_first_year_period_only_in_file_and_sheet_name(county_full: Config) -> None:
    accepted(take(county_full, make.fai_period_in_file_name_only), "fai_projects", "西镇", "2026-06", 3)
    assert sql(county_full, "select invest_cum, in_stats from cur_fai_projects order by excel_row") == [
        (Decimal("2400"), True), (Decimal("0"), False), (Decimal("600"), True)]
    assert ind(county_full, "fai_cum") == pytest.approx(0.3)
    assert ind(county_full, "key_projects") == 2


def test_fai_started_told_by_a_start_date_when_there_is_no_started_column(county_full: Config) -> None:
    """开工时间 filled = started, "/" = not started: 1 of 2 key projects started (50 %), never all read as 否."""
    accepted(take(county_full, make.fai_period_in_file_name_only), "fai_projects", "西镇", "2026-06", 3)
    assert sql(county_full, "select started, start_date from cur_fai_projects order by excel_row") == [
        (True, dt.date(2026, 3, 1)), (False, None), (True, dt.date(2026, 4, 8))]
    assert ind(county_full, "key_projects_started_pct") == pytest.approx(50.0)


# ---------------------------------------------------------------------------------------------
# 企业培育台账, 招商引资项目台账, 要素保障, 重点工作进展
# ---------------------------------------------------------------------------------------------

def test_cultivation_ledger_in_the_clerks_words(county_full: Config) -> None:
    accepted(take(county_full, make.cultivation_ledger), "cultivation", "工信局", "2026-06", 8)
    assert one(county_full, "select sum(grant_amount) from cur_cultivation") == Decimal("80")
    assert sql(county_full, "select ctype, count(*) from cur_cultivation group by 1 order by 2 desc, 1")[0] == ("拟入规", 3)
    assert ind(county_full, "above_scale_applying") == 1
    assert ind(county_full, "little_giant_count") == 1
    assert ind(county_full, "tech_sme_count") == 1
    assert ind(county_full, "tech_grant_amount") == pytest.approx(80)


def test_attraction_ledger_in_yiyuan_with_dashes(county_full: Config) -> None:
    accepted(take(county_full, make.attraction_ledger_yiyuan), "attraction", "招商局", "2026-06", 5)
    assert one(county_full, "select sum(total_investment) from cur_attraction") == Decimal("78000")
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == Decimal("10000")
    assert ind(county_full, "invest_landed") == 2
    assert ind(county_full, "invest_contacted") == 4
    assert ind(county_full, "invest_total") == pytest.approx(2.3)
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(1.0)


def test_attraction_amounts_typed_with_their_unit(county_full: Config) -> None:
    accepted(take(county_full, make.attraction_units_inside_cells), "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select total_investment, funds_in_place from cur_attraction order by excel_row") == [
        (Decimal("15000"), Decimal("6000")), (Decimal("3000"), Decimal("500")), (Decimal("8000"), None)]
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.65)
    assert ind(county_full, "invest_total") == pytest.approx(1.8)


def test_attraction_stages_as_people_say_them(county_full: Config) -> None:
    accepted(take(county_full, make.attraction_stage_words), "attraction", "招商局", "2026-06", 4)
    assert sql(county_full, "select stage from cur_attraction order by excel_row") == [
        ("开工",), ("落户",), ("签约",), ("对接",)]
    assert ind(county_full, "invest_landed") == 2
    assert ind(county_full, "invest_total") == pytest.approx(0.8)
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.15)


def test_a_landed_project_without_its_date_is_refused_on_that_cell_in_plain_words(county_full: Config) -> None:
    [o] = take(county_full, make.attraction_landed_without_date)
    assert (o.status, o.form, o.sender, o.period) == ("rejected", "attraction", "招商局", "2026-06")
    [p] = [p for p in o.problems if p.severity == "error"]
    assert (p.code, p.cell) == ("landed_date", "F5")
    assert p.sentence().startswith("「落户日期」落户、开工或投产的项目没有填写落户日期"), p.sentence()


def test_factors_land_list_without_an_item_column(county_full: Config) -> None:
    accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(101.25)


def test_factors_land_area_in_hectares(county_full: Config) -> None:
    accepted(take(county_full, make.factors_land_in_hectares), "factors", "自然资源局", "2026-06", 3)
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")
    assert ind(county_full, "land_parcels") == 3
    assert ind(county_full, "land_area_mu") == pytest.approx(101.25)


def test_factors_fund_ledger_with_quarters_in_words(county_full: Config) -> None:
    accepted(take(county_full, make.factors_fund_ledger), "factors", "财政局", "2026-06", 5)
    assert sql(county_full, "select quarter from cur_factors order by excel_row") == [(1,), (2,), (None,), (None,),
                                                                                      (None,)]
    assert ind(county_full, "fund_contributed") == pytest.approx(320.5)
    assert ind(county_full, "dev_fund_disbursed") == pytest.approx(450.25)


def test_progress_notes_with_sections_as_written_and_a_percent(county_full: Config) -> None:
    accepted(take(county_full, make.progress_notes_prose), "progress_notes", "工信局", "2026-06", 4)
    got = sql(county_full, "select figure_label, figure_pct, text from cur_progress_notes where figure_pct is not null")
    assert got == [("标准化厂房建设总体进度", Decimal("85"),
                    "扶贫产业园一期建设标准化厂房五万平方米，\n目前项目建设总体进度超过85%。")]


# ---------------------------------------------------------------------------------------------
# 目标任务
# ---------------------------------------------------------------------------------------------

def test_targets_by_name_with_the_year_in_the_title(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)  # a monthly return, so that 2026-06 is a period
    accepted(take(county_full, make.targets_by_name_year_in_title), "targets", "工信局", "2026", 5)
    assert sql(county_full, "select indicator, value from cur_targets where indicator in "
                            "('output_target', 'va_target_pct') order by 1") == [
        ("output_target", Decimal("24")), ("va_target_pct", Decimal("7"))]
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "va_target_pct") == pytest.approx(7)


def test_targets_in_wanyuan_split_by_quarter_year_in_file_name(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)  # a monthly return, so that 2026-06 is a period
    accepted(take(county_full, make.targets_quarters_in_wanyuan), "targets", "工信局", "2026", 3)
    assert ind(county_full, "output_target") == pytest.approx(24)
    assert ind(county_full, "invest_quarter_target") == pytest.approx(1.0)
    assert ind(county_full, "va_target_pct") == pytest.approx(7.5)


# ---------------------------------------------------------------------------------------------
# Two returns in one workbook
# ---------------------------------------------------------------------------------------------

def test_two_returns_in_one_workbook_give_two_submissions(county_full: Config) -> None:
    outcomes = take(county_full, make.two_returns_one_workbook)
    accepted(outcomes, "enterprise_output", "统计局", "2026-06", 3)
    accepted(outcomes, "city_comparison", "统计局", "2026-06", 5)
    assert ind(county_full, "output_cum") == pytest.approx(10.0)
    assert ind(county_full, "va_city_rank") == 2


# ---------------------------------------------------------------------------------------------
# What the feedback says about missing columns is true
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("maker", "expected"), [
    (make.ent_township_merged_down, {"new_above_scale"}),
    (make.city_total_named_heji_at_top, set()),  # the missing amounts leave no figure empty: none is named
], ids=["ent_township_merged_down", "city_total_named_heji_at_top"])
def test_a_figure_the_feedback_calls_empty_is_empty(county_full: Config, maker: Maker, expected: set[str]) -> None:
    from beizeng.store.catalogue import catalogue

    by_name = {i.name: code for code, i in catalogue().items()}
    [o] = take(county_full, maker)
    named = set()
    for p in o.problems:
        if p.code == "missing_column_feeds":
            listed = p.message.split("将显示为空：", 1)[1]
            named |= {by_name[n] for n in re.sub(r"等\d+项$", "", listed).split("、")}
    assert named == expected
    shown = {code: value for code, value in sql(county_full, "select indicator, value from indicator_values where "
                                                            "period = '2026-06' and scope = ?", [county_full.county])}
    assert {code: shown[code] for code in sorted(named) if shown.get(code) is not None} == {}


# ---------------------------------------------------------------------------------------------
# Hostile inputs (issue 12): nothing silently lost
# ---------------------------------------------------------------------------------------------

def hostile_take(cfg: Config, maker: Callable[[Path], tuple[Path, int]]) -> tuple[Outcome, int]:
    path, n = maker(cfg.inbox)
    [o] = [o for o in ingest(cfg) if o.file == path.name]
    return o, n


def reported_rows(o: Outcome) -> set[int]:
    return {p.row for p in o.problems if p.row is not None and p.severity in ("error", "warning")}


def test_hostile_phone_number_in_a_remark_mid_table_loses_no_row(county_full: Config) -> None:
    o, n = hostile_take(county_full, hostile.fai_phone_in_progress_mid_table)
    assert o.rows + len(reported_rows(o)) == n
    assert (o.status, o.rows) == ("accepted", 5), [p.line() for p in o.problems]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("1500")


def test_hostile_control_characters_in_progress_text(county_full: Config) -> None:
    o, n = hostile_take(county_full, hostile.attraction_control_chars)
    assert (o.status, o.rows) == ("accepted", n), [p.line() for p in o.problems]
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == Decimal("6000")
    texts = [str(t) for (t,) in sql(county_full, "select progress from cur_attraction order by excel_row")]
    assert not any(ch in t for t in texts for ch in "\x0b\x07"), texts
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(0.6)


def test_hostile_control_characters_in_prose_reach_the_report_clean(county_full: Config, tmp_path: Path) -> None:
    from beizeng.publish.report import write_report

    make.ent_text_numbers_wps(county_full.inbox)  # a figure of 2026-06, so the draft has a period to write
    o, n = hostile_take(county_full, hostile.progress_notes_control_chars)
    assert (o.status, o.rows) == ("accepted", n), [p.line() for p in o.problems]
    texts = [str(t) for (t,) in sql(county_full, "select text from cur_progress_notes order by excel_row")]
    assert len(texts) == 2 and not any(ch in t for t in texts for ch in "\x0b\x07"), texts
    assert texts[0].startswith("进水管网全部排查完成。") and texts[0].endswith("曝气池开始进水调试。")
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        written = write_report(con, county_full, "2026-06", tmp_path)
    finally:
        con.close()
    [md] = [p for p in written if p.suffix == ".md"]
    assert "严格落实周调度、月小结、季点评、年考核的工作机制。" in md.read_text(encoding="utf-8")


def test_hostile_formula_looking_name_is_kept_as_text(county_full: Config) -> None:
    o, n = hostile_take(county_full, hostile.enterprise_formula_text_name)
    assert (o.status, o.rows) == ("accepted", n), [p.line() for p in o.problems]
    assert one(county_full, "select name from cur_enterprise_output where excel_row = 5") == hostile.FORMULA_NAME
    assert ind(county_full, "output_cum") == pytest.approx(10.0)


def test_hostile_file_name_of_80_chinese_characters(county_full: Config) -> None:
    o, n = hostile_take(county_full, hostile.fai_long_file_name)
    assert (o.status, o.sender, o.rows) == ("accepted", "东镇", n), [p.line() for p in o.problems]
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects") == Decimal("1000")
    assert o.stored_path is not None and o.stored_path.exists()
