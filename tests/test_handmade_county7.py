"""Hand-made returns, round 7 (tests/handmade/county7.py): a new county (岚山县) configured only with
``beizeng init`` and its senders, in its first year, reading its clerks' returns of every form.

Each test drops one workbook into the county's inbox and reads it through the real pipeline (``take``: inbox →
ingest → DuckDB, no Prefect), then checks the figures a person reading that return takes from it (the maker's
docstring).  Acceptable outcomes are "read correctly" or, where the return is genuinely ambiguous, "refused with a
Chinese question naming the cell"; what beizeng gets WRONG is marked ``xfail(strict=True)`` with what it does
today, so the mark must go when the reader learns it.  The last tests run the whole county folder through
``beizeng run`` as a subprocess.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from tests.conftest import indicator
from tests.handmade import county7 as c7
from tests.test_handmade import accepted, ind, one, sql, take


@pytest.fixture
def lanshan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """岚山县 as README says a new county is set up: ``beizeng init``, then its senders typed in."""
    path = c7.configure(tmp_path / "岚山县")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


def D(text: str) -> Decimal:
    return Decimal(text)


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报
# ---------------------------------------------------------------------------------------------

def test_ent_two_row_header_township_subtotals(lanshan: Config) -> None:
    o = accepted(take(lanshan, c7.ent_two_row_header_township_subtotals), "enterprise_output", "统计局", "2026-06", 5)
    assert [p.code for p in o.problems if p.severity != "info"] == []
    assert sql(lanshan, "select name, township, entered_month, output_month, output_cum, output_cum_last_year "
                        "from cur_enterprise_output order by excel_row") == [
        ("岚山秦汉光电科技有限公司", "城关镇", "2019", D("4200"), D("23450.5"), D("19800")),
        ("岚山县天瑞食品有限公司", "城关镇", "2026-03", D("1100"), D("6320"), D("6900")),
        ("陕西岚峰建材有限公司", "柳林镇", "2021-06", D("2050"), D("11800"), D("10400")),
        ("岚山恒通新材料有限公司", "柳林镇", "2025-12", D("3300"), D("17200"), D("12500")),
        ("汉阳宏达机械制造有限公司", "马畅镇", "2018", D("900"), D("5400"), D("5100"))]
    assert one(lanshan, "select sum(revenue_cum) from cur_enterprise_output") == D("66500")
    assert ind(lanshan, "output_cum") == pytest.approx(6.41705)
    assert ind(lanshan, "output_yoy_pct") == pytest.approx((64170.5 / 54700 - 1) * 100)
    assert ind(lanshan, "sei_count") == 2
    assert ind(lanshan, "sei_output_cum") == pytest.approx(4.06505)
    assert ind(lanshan, "new_above_scale") == 1
    assert float(indicator(lanshan, "output_cum", scope="城关镇") or 0) == pytest.approx(2.97705)


def test_ent_xls_code_and_name_hidden_helper(lanshan: Config) -> None:
    accepted(take(lanshan, c7.ent_xls_code_and_name_hidden_helper), "enterprise_output", "统计局", "2026-05", 7)
    assert sql(lanshan, "select industry_code, output_cum, output_month from cur_enterprise_output "
                        "order by excel_row") == [
        ("3825", D("19100"), D("4000")), ("1399", D("5180"), D("1050")), ("3021", D("9720"), D("1900")),
        ("2652", D("13800"), D("2900")), ("3442", D("4480"), D("880")), ("4610", D("2150"), D("430")),
        ("0810", D("3060"), D("1630"))]
    assert one(lanshan, "select sum(output_cum_last_year) from cur_enterprise_output") == D("49500")
    assert ind(lanshan, "output_cum", "2026-05") == pytest.approx(5.749)
    assert ind(lanshan, "sei_count", "2026-05") == 2


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比
# ---------------------------------------------------------------------------------------------

def test_city_two_row_header_with_positions(lanshan: Config) -> None:
    accepted(take(lanshan, c7.city_two_row_header_with_positions), "city_comparison", "统计局", "2026-06", 7)
    assert sql(lanshan, "select output_cum, output_yoy_pct, va_yoy_pct, fai_yoy_pct, tech_yoy_pct "
                        "from cur_city_comparison where county = '岚山县'") == [
        (D("64200"), D("17.3"), D("8.4"), D("-3.5"), D("25"))]
    assert ind(lanshan, "va_yoy_pct") == pytest.approx(8.4)
    assert ind(lanshan, "va_city_avg_pct") == pytest.approx(7.2)
    assert ind(lanshan, "va_city_rank") == 2
    assert ind(lanshan, "output_city_rank") == 1
    assert ind(lanshan, "fai_city_rank") == 5
    assert ind(lanshan, "tech_city_rank") == 1


def test_city_short_names_percent_text_total_last(lanshan: Config) -> None:
    o = accepted(take(lanshan, c7.city_short_names_percent_text_total_last), "city_comparison", "统计局", "2026-05", 7)
    assert sql(lanshan, "select county from cur_city_comparison order by excel_row") == [
        ("汉台区",), ("南郑区",), ("城固县",), ("洋县",), ("西乡县",), ("岚山县",), ("全市",)]
    [note] = [p.message for p in o.problems if p.code == "word_read_as" and p.column == "县区"]
    assert "“汉台”→“汉台区”（第3行）" in note and "“岚山”→“岚山县”（第8行）" in note, note
    assert sql(lanshan, "select output_cum, output_yoy_pct, va_yoy_pct, fai_yoy_pct, tech_yoy_pct "
                        "from cur_city_comparison where county = '岚山县'") == [
        (D("51230"), D("15.2"), D("8.1"), D("-4"), D("22.5"))]
    assert one(lanshan, "select tech_yoy_pct from cur_city_comparison where county = '洋县'") is None
    assert ind(lanshan, "va_yoy_pct", "2026-05") == pytest.approx(8.1)
    assert ind(lanshan, "va_city_avg_pct", "2026-05") == pytest.approx(7.0)
    assert ind(lanshan, "va_city_rank", "2026-05") == 2
    assert ind(lanshan, "fai_city_rank", "2026-05") == 5


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报
# ---------------------------------------------------------------------------------------------

def test_fai_chengguan_qizhong_children(lanshan: Config) -> None:
    accepted(take(lanshan, c7.fai_chengguan_qizhong_children), "fai_projects", "城关镇", "2026-06", 4)
    assert sql(lanshan, "select township, nature, total_investment, annual_plan, started, start_date, in_stats, "
                        "invest_month, invest_cum from cur_fai_projects order by excel_row") == [
        ("城关镇", "扩建", D("32000"), D("9000"), True, dt.date(2026, 3, 1), True, D("1200"), D("5400")),
        ("城关镇", "改建和技术改造", D("4800"), D("2000"), True, dt.date(2025, 11, 1), True, D("300"), D("1650")),
        ("城关镇", "新建", D("12000"), D("3000"), False, None, False, D("0"), D("0")),
        ("城关镇", "改建和技术改造", D("380"), D("380"), True, dt.date(2026, 4, 1), False, D("60"), D("380"))]
    assert ind(lanshan, "fai_cum") == pytest.approx(0.705)
    assert ind(lanshan, "tech_cum") == pytest.approx(0.165)
    assert ind(lanshan, "key_projects") == 2
    assert ind(lanshan, "key_projects_started_pct") == pytest.approx(50)
    assert ind(lanshan, "key_projects_in_stats_pct") == pytest.approx(50)


def test_fai_liulin_amounts_with_units_hidden_helper(lanshan: Config) -> None:
    accepted(take(lanshan, c7.fai_liulin_amounts_with_units_hidden_helper), "fai_projects", "柳林镇", "2026-06", 3)
    assert sql(lanshan, "select total_investment, annual_plan, invest_cum, invest_month from cur_fai_projects "
                        "order by excel_row") == [
        (D("15000"), D("5000"), D("2300"), D("400")), (D("8000"), D("3000"), D("1250"), D("250")),
        (D("6000"), D("2000"), D("0"), D("0"))]
    assert ind(lanshan, "fai_cum") == pytest.approx(0.355)
    assert ind(lanshan, "tech_cum") == pytest.approx(0.125)
    assert ind(lanshan, "key_projects_in_stats_pct") == pytest.approx(100)


def test_fai_machang_last_month_second_sheet(lanshan: Config) -> None:
    outcomes = take(lanshan, c7.fai_machang_last_month_second_sheet)
    accepted([o for o in outcomes if o.period == "2026-06"], "fai_projects", "马畅镇", "2026-06", 2)
    assert sql(lanshan, "select invest_month, invest_cum, in_stats, start_date from cur_fai_projects "
                        "where period = '2026-06' order by excel_row") == [
        (D("500"), D("2600"), True, dt.date(2026, 1, 1)), (D("1500"), D("3500"), False, dt.date(2026, 4, 1))]
    assert sql(lanshan, "select distinct sheet from cur_fai_projects where period = '2026-06'") == [("6月份",)]
    assert ind(lanshan, "fai_cum") == pytest.approx(0.26)
    assert ind(lanshan, "tech_cum") == pytest.approx(0.26)
    assert ind(lanshan, "key_projects_started_pct") == pytest.approx(100)
    assert ind(lanshan, "key_projects_in_stats_pct") == pytest.approx(50)


def test_fai_kaifaqu_xls_in_yiyuan(lanshan: Config) -> None:
    accepted(take(lanshan, c7.fai_kaifaqu_xls_in_yiyuan), "fai_projects", "岚山经开区", "2026-06", 3)
    assert sql(lanshan, "select total_investment, annual_plan, invest_month, invest_cum, in_stats "
                        "from cur_fai_projects order by excel_row") == [
        (D("12000"), D("5000"), D("800"), D("3600"), True), (D("35000"), D("12000"), D("1500"), D("9200"), True),
        (D("6000"), D("6000"), D("1000"), D("2500"), False)]
    assert ind(lanshan, "fai_cum") == pytest.approx(1.28)
    assert ind(lanshan, "tech_cum") == pytest.approx(0)
    assert ind(lanshan, "key_projects_in_stats_pct") == pytest.approx(100)


# ---------------------------------------------------------------------------------------------
# 企业培育台账
# ---------------------------------------------------------------------------------------------

def test_cultivation_two_row_header_month_dates(lanshan: Config) -> None:
    accepted(take(lanshan, c7.cultivation_two_row_header_month_dates), "cultivation", "工信局", "2026-06", 7)
    assert sql(lanshan, "select ctype, status, status_date, grant_amount from cur_cultivation order by excel_row") == [
        ("专精特新小巨人", "已认定", dt.date(2026, 5, 1), D("50")),
        ("高新技术企业", "申报中", dt.date(2026, 5, 1), None),
        ("科技型中小企业", "已入库", dt.date(2026, 4, 1), None),
        ("技改奖励资金", "申报中", dt.date(2026, 6, 1), D("120")),
        ("拟入规", "培育中", None, None), ("拟入规", "申报中", dt.date(2026, 6, 1), None),
        ("绿色工厂", "培育中", None, None)]
    assert ind(lanshan, "little_giant_count") == 1
    assert ind(lanshan, "hightech_applying") == 1
    assert ind(lanshan, "tech_sme_count") == 1
    assert ind(lanshan, "tech_grant_amount") == pytest.approx(120)
    assert ind(lanshan, "green_factory_candidates") == 1


def test_cultivation_sections_by_type(lanshan: Config) -> None:
    accepted(take(lanshan, c7.cultivation_sections_by_type), "cultivation", "工信局", "2026-05", 4)
    assert sql(lanshan, "select name, ctype, status, status_date from cur_cultivation order by excel_row") == [
        ("岚山鑫辉包装有限公司", "拟入规", "培育中", None), ("岚山华康药业有限公司", "拟入规", "培育中", None),
        ("岚山恒通新材料有限公司", "高新技术企业", "培育中", None),
        ("岚山县天瑞食品有限公司", "科技型中小企业", "已入库", dt.date(2026, 4, 15))]
    assert ind(lanshan, "tech_sme_count", "2026-05") == 1


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账
# ---------------------------------------------------------------------------------------------

def test_attraction_two_row_header_units_in_cells(lanshan: Config) -> None:
    accepted(take(lanshan, c7.attraction_two_row_header_units_in_cells), "attraction", "投资促进局", "2026-06", 4)
    assert sql(lanshan, "select stage, chain, total_investment, funds_in_place, landed_date from cur_attraction "
                        "order by excel_row") == [
        ("开工", "光伏新能源", D("50000"), D("8000"), dt.date(2026, 2, 1)),
        ("落户", "涉农加工", D("12000"), D("1500"), dt.date(2026, 5, 1)),
        ("签约", "新型建材", D("30000"), None, None), ("对接", "新材料", D("80000"), None, None)]
    assert ind(lanshan, "invest_landed") == 2
    assert ind(lanshan, "invest_total") == pytest.approx(6.2)
    assert ind(lanshan, "invest_funds_in_place") == pytest.approx(0.95)


def _funds_header_not_known(folder: Path) -> Path:
    """The ledger above with its 其中：本年到位 header (F3) retyped as words no reader knows (其中：备用)."""
    import openpyxl

    path = c7.attraction_two_row_header_units_in_cells(folder)
    wb = openpyxl.load_workbook(path)
    assert wb.active["F3"].value == "其中：本年到位"
    wb.active["F3"] = "其中：备用"
    wb.save(path)
    return path


def test_explain_says_a_zero_stands_on_an_empty_column(lanshan: Config) -> None:
    """The funds column the reader did not recognise reads empty on every row: the figure is 未报 (NULL, was 0.00
    亿元 as if the ledger said so), and `beizeng explain` says why and where to look."""
    import duckdb

    from beizeng.cli.commands.ops import explain_indicator
    from beizeng.store.session import work_db

    take(lanshan, _funds_header_not_known)
    con = duckdb.connect(str(work_db(lanshan)), read_only=True)
    try:
        funds = explain_indicator(con, lanshan, "招商引资到位资金", "2026-06")
        total = explain_indicator(con, lanshan, "落户项目总投资", "2026-06")
    finally:
        con.close()
    assert funds.value is None
    [src] = funds.sources
    assert src.note == ("所列各行的「本年到位资金（万元）」都是空的，表中没有这一列或表头没有认出：这个数未报，不按0计算"
                        "（请看该报表反馈表的提醒）")
    assert float(total.value or 0) == pytest.approx(6.2)
    assert "都是空的" not in total.sources[0].note


def test_attraction_township_subtotals_hidden_last_month(lanshan: Config) -> None:
    accepted(take(lanshan, c7.attraction_township_subtotals_hidden_last_month), "attraction", "投资促进局", "2026-05", 3)
    assert sql(lanshan, "select name, township, stage, total_investment, funds_in_place from cur_attraction "
                        "order by excel_row") == [
        ("秦汉光电组件配套项目", "城关镇", "开工", D("50000"), D("6500")),
        ("岚山富硒茶深加工项目", "马畅镇", "落户", D("12000"), D("1000")),
        ("新型环保建材项目", None, "对接", D("30000"), None)]
    assert ind(lanshan, "invest_landed", "2026-05") == 2
    assert ind(lanshan, "invest_total", "2026-05") == pytest.approx(6.2)
    assert ind(lanshan, "invest_funds_in_place", "2026-05") == pytest.approx(0.75)


# ---------------------------------------------------------------------------------------------
# 要素保障
# ---------------------------------------------------------------------------------------------

def test_factors_land_list_by_location(lanshan: Config) -> None:
    o = accepted(take(lanshan, c7.factors_land_list_by_location), "factors", "自然资源局", "2026-06", 3)
    [note] = [p.message for p in o.problems if p.code == "word_read_as" and p.column == "所属乡镇"]
    assert "“城关镇东坝村”→“城关镇”（“东坝村”是其下的地点）（第4行）" in note, note  # the village said, not lost
    assert "“柳林镇石门村”→“柳林镇”（“石门村”是其下的地点）（第6行）" in note, note
    assert sql(lanshan, "select item, township, area_mu, event_date from cur_factors order by excel_row") == [
        ("工业用地供应", "城关镇", D("35.5"), dt.date(2026, 3, 18)),
        ("工业用地供应", "岚山经开区", D("52.38"), dt.date(2026, 5, 9)),
        ("工业用地供应", "柳林镇", D("18"), dt.date(2026, 6, 26))]
    assert ind(lanshan, "land_parcels") == 3
    assert ind(lanshan, "land_area_mu") == pytest.approx(105.88)


def test_factors_funds_cash_book(lanshan: Config) -> None:
    accepted(take(lanshan, c7.factors_funds_cash_book), "factors", "财政局", "2026-06", 5)
    assert sql(lanshan, "select item, amount from cur_factors order by excel_row") == [
        ("上划市工业倍增发展基金", D("200")), ("工业发展资金筹集", D("1000")), ("工业发展资金拨付", D("300")),
        ("上划市工业倍增发展基金", D("200")), ("工业发展资金拨付", D("450"))]
    assert ind(lanshan, "fund_contributed") == pytest.approx(400)
    assert ind(lanshan, "dev_fund_disbursed") == pytest.approx(750)


def test_factors_land_hectares_and_mu_side_by_side(lanshan: Config) -> None:
    o = accepted(take(lanshan, c7.factors_land_hectares_and_mu_side_by_side), "factors", "自然资源局", "2026-05", 2)
    assert sql(lanshan, "select item, township, area_mu from cur_factors order by excel_row") == [
        ("工业用地供应", "城关镇", D("35.5")), ("工业用地供应", "岚山经开区", D("52.38"))]
    assert ind(lanshan, "land_area_mu", "2026-05") == pytest.approx(87.88)
    # the 公顷 column is held against the 亩 one (2.3667 × 15 = 35.5005 is 35.5 as rounded), not dropped
    assert [(p.severity, p.cell) for p in o.problems if p.code == "restated_column"] == [("info", "E3")]
    assert not [p for p in o.problems if p.code in ("restated_mismatch", "unit_converted", "extra_column")
                and p.col in (4, 5)]


# ---------------------------------------------------------------------------------------------
# 重点工作进展
# ---------------------------------------------------------------------------------------------

def test_progress_items_percent_text_and_format(lanshan: Config) -> None:
    accepted(take(lanshan, c7.progress_items_percent_text_and_format), "progress_notes", "工信局", "2026-06", 4)
    assert sql(lanshan, "select section, figure_label, figure_pct from cur_progress_notes order by excel_row") == [
        ("61", "污水处理厂建设进度", D("85")), ("62", "标准化厂房建设总体进度", D("60")), ("二1", None, None),
        ("三1", None, None)]


def test_progress_items_dashed_section_fullwidth_percent(lanshan: Config) -> None:
    accepted(take(lanshan, c7.progress_items_dashed_section_fullwidth_percent), "progress_notes", "工信局", "2026-05", 3)
    assert sql(lanshan, "select section, figure_label, figure_pct from cur_progress_notes order by excel_row") == [
        ("61", "污水处理厂建设进度", D("70")), ("62", None, None), ("三2", None, None)]


# ---------------------------------------------------------------------------------------------
# 目标任务
# ---------------------------------------------------------------------------------------------

TARGETS = [("fai_target_pct", D("10")), ("green_factory_target", D("1")), ("new_above_scale_target", D("5")),
           ("output_target", D("13.5")), ("tech_target_pct", D("12")), ("va_target_pct", D("8"))]


def test_targets_last_year_beside_this_year(lanshan: Config) -> None:
    c7.ent_two_row_header_township_subtotals(lanshan.inbox)  # a monthly return, so that 2026-06 is a period
    outcomes = take(lanshan, c7.targets_last_year_beside_this_year)
    accepted([o for o in outcomes if o.form == "targets"], "targets", "工信局", "2026", 6)
    assert sql(lanshan, "select indicator, value from cur_targets order by 1") == TARGETS
    assert ind(lanshan, "output_target") == pytest.approx(13.5)
    assert ind(lanshan, "output_target_pct") == pytest.approx(6.41705 / 13.5 * 100)


def test_targets_quarter_split_wanyuan_percent_text(lanshan: Config) -> None:
    c7.ent_two_row_header_township_subtotals(lanshan.inbox)
    outcomes = take(lanshan, c7.targets_quarter_split_wanyuan_percent_text)
    accepted([o for o in outcomes if o.form == "targets"], "targets", "工信局", "2026", 6)
    assert sql(lanshan, "select indicator, value from cur_targets order by 1") == TARGETS
    assert sql(lanshan, "select q1, q2, q3, q4 from cur_targets where indicator = 'output_target'") == [
        (D("3"), D("6.5"), D("10"), D("13.5"))]
    assert ind(lanshan, "va_target_pct") == pytest.approx(8)


def test_targets_by_township_as_columns(lanshan: Config) -> None:
    c7.ent_two_row_header_township_subtotals(lanshan.inbox)
    outcomes = take(lanshan, c7.targets_by_township_as_columns)
    accepted([o for o in outcomes if o.form == "targets"], "targets", "工信局", "2026", 15)
    assert sql(lanshan, "select scope, value from cur_targets where indicator = 'output_target' order by value, scope") == [
        ("岚山经开区", D("1.5")), ("马畅镇", D("1.5")), ("城关镇", D("5")), ("柳林镇", D("5.5")), ("岚山县", D("13.5"))]
    assert ind(lanshan, "output_target") == pytest.approx(13.5)
    assert ind(lanshan, "fai_target_pct") == pytest.approx(10)
    assert float(indicator(lanshan, "output_target", scope="柳林镇") or 0) == pytest.approx(5.5)


# ---------------------------------------------------------------------------------------------
# The whole county through `beizeng run`
# ---------------------------------------------------------------------------------------------

def _beizeng(cfg_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEIZENG_CONFIG": str(cfg_path), "COLUMNS": "200"}
    exe = Path(sys.executable).with_name("beizeng")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=600,
                          cwd=cfg_path.parent)


@pytest.fixture(scope="module")
def county_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, str]]:
    """The whole county folder (every return of county7) run once by ``beizeng run 2026-06``, then ``beizeng status
    2026-06 --wide``; the county's Prefect server stopped after."""
    root = tmp_path_factory.mktemp("lanshan") / "岚山县"
    path = c7.configure(root)
    c7.write_all(root / "inbox")
    run = _beizeng(path, "run", "2026-06")
    status = _beizeng(path, "status", "2026-06", "--wide")
    try:
        yield path, run.stdout + run.stderr, status.stdout + status.stderr
    finally:
        _beizeng(path, "stop")


def _figure(path: Path, code: str, period: str = "2026-06") -> float | None:
    import duckdb

    con = duckdb.connect(str(path.parent / "warehouse" / "beizeng.duckdb"), read_only=True)
    try:
        row = con.execute("select value from indicator_values where period = ? and scope = '岚山县' and indicator = ?",
                          [period, code]).fetchone()
    finally:
        con.close()
    return None if row is None or row[0] is None else float(row[0])


def _status_of(status: str, sender: str) -> str:
    """The 状态 cell of the 工业固定资产投资项目月报 line of ``sender`` in ``beizeng status``'s table."""
    for line in status.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) > 3 and cells[1] == "工业固定资产投资项目月报" and cells[2] == sender:
            return cells[3]
    raise AssertionError(f"{sender} is not in the status table:\n{status}")


@pytest.mark.slow
def test_whole_county_run_reads_the_returns_it_can(county_run: tuple[Path, str, str]) -> None:
    path, said, status = county_run
    assert "Traceback" not in said + status, (said + status)[-3000:]
    assert _figure(path, "output_cum") == pytest.approx(6.41705)
    assert _figure(path, "output_yoy_pct") == pytest.approx((64170.5 / 54700 - 1) * 100)
    assert _figure(path, "output_target") == pytest.approx(13.5)
    assert _figure(path, "invest_total") == pytest.approx(6.2)
    assert _status_of(status, "城关镇") in ("已报送", "逾期报送")  # on time or late by the clock of the run
    assert _status_of(status, "岚山经开区") in ("已报送", "逾期报送")  # 已入统 / 入统中 are read now


@pytest.mark.slow
def test_whole_county_run_gives_every_figure_a_person_reads(county_run: tuple[Path, str, str]) -> None:
    path, _, _ = county_run
    assert _figure(path, "va_yoy_pct") == pytest.approx(8.4)
    assert _figure(path, "va_city_rank") == 2
    assert _figure(path, "fai_cum") == pytest.approx(0.705 + 0.355 + 0.26 + 1.28)
    assert _figure(path, "little_giant_count") == 1
    assert _figure(path, "land_area_mu") == pytest.approx(105.88)
    assert _figure(path, "fund_contributed") == pytest.approx(400)
    assert _figure(path, "invest_funds_in_place") == pytest.approx(0.95)


@pytest.mark.slow
def test_whole_county_status_lists_liulins_file_as_sent(county_run: tuple[Path, str, str]) -> None:
    """Issue 11 kind 9 as this county met it: 柳林镇's June file arrived, was refused with its period not found
    (row 2 says 截止时间：2026年6月30日) and, recorded with no period, ``status 2026-06`` said 柳林镇 逾期未报.  The period
    line is read now (base/periods), so the file counts for June.  (A file refused with no period at all is still
    listed under the period due in the month it arrived: tests/test_status_rejected.py.)"""
    _, _, status = county_run
    assert _status_of(status, "柳林镇") in ("已报送", "逾期报送")
