"""Layouts a clerk makes that are not the template's (issue 11): a units row under the header, a table laid
out the other way round, a key：value return, several returns in one workbook.

Each workbook here is hand-made in the test (openpyxl), read by a fresh county configured only with its
senders, and must give the very figures of the same return laid out as the template lays it out.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.ops.completeness import completeness
from beizeng.store.session import open_work, work_db
from tests.conftest import indicator, ingest
from tests.handmade.make import CITY, E1, E2, E3

ENTERPRISES = [["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019", 5000, 30000, 25000],
               ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018", 3300, 20000, 22000],
               ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020", 8000, 50000, 45000]]
ENT_HEADER = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
              "1-6月累计工业总产值", "上年同期累计"]


def sql(cfg: Config, text: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(text).fetchall()
    finally:
        con.close()


def only(outcomes: list[Outcome], form: str, n_rows: int) -> Outcome:
    mine = [o for o in outcomes if o.form == form]
    assert len(mine) == 1, [(o.file, o.status, o.form) for o in outcomes]
    [o] = mine
    assert o.status == "accepted", [p.line() for p in o.problems if p.severity != "info"]
    assert o.rows == n_rows
    return o


# ---------------------------------------------------------------------------------------------
# A units row under the header
# ---------------------------------------------------------------------------------------------

def test_a_single_unit_cell_under_the_header_is_the_tables_unit(county_full: Config) -> None:
    """"单位：元" typed alone in the row under the header (no 单位 line above): the amounts are 元, the row
    is no data row: 100,000 万元 in all, exactly as the same return in 万元 with a 单位 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "产值"
    ws["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ws.append(ENT_HEADER)
    ws.append(["单位：元"])
    for r in ENTERPRISES:
        ws.append([*r[:6], *(v * 10_000 for v in r[6:])])
    wb.save(county_full.inbox / "统计局2026年6月规上企业.xlsx")
    o = only(ingest(county_full), "enterprise_output", 3)
    assert not [p for p in o.problems if p.code in ("not_a_number", "not_nullable", "unit_assumed")]
    assert sql(county_full, "select sum(output_cum), sum(output_month) from cur_enterprise_output") == [
        (Decimal("100000"), Decimal("16300"))]
    assert indicator(county_full, "output_cum") == pytest.approx(10.0)


def test_a_units_row_with_one_unit_under_its_column(county_full: Config) -> None:
    """（万元） under 奖补资金 only, the other cells of that row empty: the grants read 50 + 30 = 80 万元
    and the row is set aside as the header's units row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    ws["A1"] = "测试县2026年企业培育工作台账（截至6月底）"
    ws["A2"] = "填报单位：县工信局"
    ws.append(["企业名称", "统一社会信用代码", "所在镇", "培育方向", "当前状态", "时间", "奖补资金"])
    ws.append([None, None, None, None, None, None, "（万元）"])
    ws.append(["东镇农机制造有限公司", E1, "东镇", "技改奖励资金", "申报中", "2026.3.1", 50])
    ws.append(["西镇中药饮片有限公司", E2, "西镇", "技改奖励资金", "申报中", "2026.3.1", "30.00"])
    wb.save(county_full.inbox / "工信局企业培育台账6月.xlsx")
    o = only(ingest(county_full), "cultivation", 2)
    assert [(p.code, p.row) for p in o.problems if p.code == "annex_row"] == [("annex_row", 4)]
    assert sql(county_full, "select sum(grant_amount) from cur_cultivation") == [(Decimal("80"),)]


# ---------------------------------------------------------------------------------------------
# A table laid out the other way round
# ---------------------------------------------------------------------------------------------

def _city_turned(folder: Path, fai_growth_of_test_county: object = -16.3) -> Path:
    """The city bulletin's layout: title, 单位 line, then one row per indicator (指标 in A3) and one column
    per county (全市 in B3 … 丙县 in F3); 测试县 is column E."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "主要指标"
    ws["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    ws["A2"] = "单位：万元、%"
    ws.append(["指标", *[c[0] for c in CITY]])
    labels = ["规上工业总产值（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）", "工业固定资产投资（万元）",
              "工业固定资产投资增速（%）", "技术改造投资（万元）", "技术改造投资增速（%）"]
    for i, label in enumerate(labels, 1):
        ws.append([label, *[c[i] if c[0] != "测试县" or i != 5 else fai_growth_of_test_county for c in CITY]])
    path = folder / "统计局2026年6月全市对比.xlsx"
    wb.save(path)
    return path


def test_a_turned_city_table_reads_the_figures_of_the_upright_one(county_full: Config) -> None:
    """Each county's column is its row: the same figures and ranks as the upright table, and the lineage
    names each record's column and cells (测试县 = column E, E3:E10)."""
    _city_turned(county_full.inbox)
    o = only(ingest(county_full), "city_comparison", 5)
    assert [p.code for p in o.problems if p.code == "turned_table"] == ["turned_table"]
    assert sql(county_full, "select county, output_cum, output_yoy_pct, fai_yoy_pct, excel_row, implied "
                            "from cur_city_comparison where county in ('全市', '测试县') order by excel_row") == [
        ("全市", Decimal("630000"), Decimal("8.1"), Decimal("-0.8"), 2, "横竖调换的表：本条在B列（B3:B10）"),
        ("测试县", Decimal("100000"), Decimal("8.7"), Decimal("-16.3"), 5, "横竖调换的表：本条在E列（E3:E10）")]
    assert indicator(county_full, "output_city_rank") == 2
    assert indicator(county_full, "fai_city_rank") == 3


def test_a_wrong_cell_of_a_turned_table_is_named_where_the_clerk_sees_it(county_full: Config) -> None:
    """"待核" in 测试县's FAI growth (row 8 工业固定资产投资增速, column E): the problem names E8, never
    the view's coordinates."""
    _city_turned(county_full.inbox, "待核")
    [o] = ingest(county_full)
    assert o.status == "rejected"
    [bad] = [p for p in o.problems if p.severity == "error"]
    assert (bad.sheet, bad.cell, bad.column, bad.value) == ("主要指标", "E8", "工业固定资产投资增速", "待核")


# ---------------------------------------------------------------------------------------------
# A one-record return as key：value pairs
# ---------------------------------------------------------------------------------------------

PROJECT = [("项目代码", "2601-610599-04-01-000001"), ("项目名称", "东镇光伏组件扩产项目"), ("建设性质", "扩建"),
           ("是否技改项目", "否"), ("是否倍增重点项目", "是"), ("计划总投资（万元）", 50000),
           ("年度计划投资（万元）", 12000), ("是否开工", "是"), ("开工日期", "2026-03-01"), ("是否纳统", "是"),
           ("本月完成投资（万元）", 1500), ("1-6月累计完成投资（万元）", 6000)]
#: What any layout of that one project must load: the figures of the upright table.
PROJECT_ROW = [("2601-610599-04-01-000001", "东镇光伏组件扩产项目", "东镇", "扩建", False, True, Decimal("50000"),
                Decimal("12000"), True, Decimal("1500"), Decimal("6000"))]
PROJECT_SQL = ("select project_code, name, township, nature, is_tech, is_key, total_investment, annual_plan, started, "
               "invest_month, invest_cum from cur_fai_projects")


def _project_sheet(title: str = "东镇2026年1-6月工业固定资产投资项目进展情况") -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目情况"
    ws["A1"] = title
    ws["A2"] = "填报单位：东镇人民政府"
    return wb


def test_the_upright_one_project_table_gives_the_figures(county_full: Config) -> None:
    """The reference: the same project as one row under a one-row header."""
    wb = _project_sheet()
    ws = wb.active
    ws.append([label for label, _ in PROJECT])
    ws.append([value for _, value in PROJECT])
    wb.save(county_full.inbox / "东镇6月固投项目.xlsx")
    only(ingest(county_full), "fai_projects", 1)
    assert sql(county_full, PROJECT_SQL) == PROJECT_ROW


def test_label_cells_beside_value_cells_two_pairs_a_row(county_full: Config) -> None:
    """项目代码 | 2601-… | 项目名称 | 东镇光伏… on each row (the usual 项目基本情况表): the very figures of the
    upright table, a wrong cell named where it is (D5), the lineage naming the value cells."""
    wb = _project_sheet()
    ws = wb.active
    for i in range(0, len(PROJECT), 2):
        (a, x), (b, y) = PROJECT[i], PROJECT[i + 1]
        ws.append([a, x, b, y])
    wb.save(county_full.inbox / "东镇6月固投项目.xlsx")
    o = only(ingest(county_full), "fai_projects", 1)
    assert "key_value_table" in {p.code for p in o.problems}
    assert sql(county_full, PROJECT_SQL) == PROJECT_ROW
    [(row, implied)] = sql(county_full, "select excel_row, implied from cur_fai_projects")
    # the record's row is its 1-N月 figure's (fx39: a key：value return traced to the cell an analyst looks for)
    assert row == 8 and str(implied).startswith("键值式的表：各项在B3（"), implied


def test_a_project_and_content_table_with_a_wrong_cell(county_full: Config) -> None:
    """A 2-column 项目|内容 table with "待核" as 本月完成投资 (row 14, column B): refused on B14."""
    wb = _project_sheet()
    ws = wb.active
    ws.append(["项目", "内容"])
    for label, value in PROJECT:
        ws.append([label, "待核" if label.startswith("本月") else value])
    wb.save(county_full.inbox / "东镇6月固投项目.xlsx")
    [o] = ingest(county_full)
    assert o.status == "rejected" and o.form == "fai_projects"
    [bad] = [p for p in o.problems if p.severity == "error"]
    assert (bad.sheet, bad.cell, bad.value) == ("项目情况", "B14", "待核")


def test_labels_and_values_in_one_cell(county_full: Config) -> None:
    """"项目代码：2601-…" one cell a row: the same figures."""
    wb = _project_sheet()
    ws = wb.active
    for label, value in PROJECT:
        ws.append([f"{label}：{value}"])
    wb.save(county_full.inbox / "东镇6月固投项目.xlsx")
    o = only(ingest(county_full), "fai_projects", 1)
    assert "key_value_table" in {p.code for p in o.problems}
    assert sql(county_full, PROJECT_SQL) == PROJECT_ROW


# ---------------------------------------------------------------------------------------------
# Several returns in one workbook
# ---------------------------------------------------------------------------------------------

def _two_returns(folder: Path, city_growth: object = 6.5, hidden_targets: bool = False) -> Path:
    """统计局's one file: the enterprise return on 「规上企业产值」, the city comparison on 「全市对比」."""
    wb = openpyxl.Workbook()
    ent = wb.active
    ent.title = "规上企业产值"
    ent["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ent["A2"] = "单位：万元"
    ent.append(ENT_HEADER)
    for r in ENTERPRISES:
        ent.append(r)
    city = wb.create_sheet("全市对比")
    city["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    city.append(["县区", "规上工业总产值累计（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）",
                 "工业固定资产投资累计（万元）", "工业固定资产投资增速（%）", "技术改造投资累计（万元）", "技术改造投资增速（%）"])
    for row in CITY:
        city.append([row[0], row[1], row[2], city_growth if row[0] == "测试县" else row[3], *row[4:]])
    if hidden_targets:
        old = wb.create_sheet("目标")
        old["A1"] = "测试县2026年工业倍增计划主要目标任务"
        old.append(["序号", "指标名称", "单位", "年度目标"])
        old.append([1, "规上工业总产值", "亿元", 24])
        old.sheet_state = "hidden"
    path = folder / "统计局2026年6月报表.xlsx"
    wb.save(path)
    return path


def test_two_returns_in_one_workbook_are_two_submissions_kept_and_answered_apart(county_full: Config) -> None:
    """Each return is its own submission with its own status, its own copy in the archive (named with its
    sheet) and the same figures as when sent alone; the file sent again is two duplicates, nothing new."""
    sent = _two_returns(county_full.inbox)
    data = sent.read_bytes()
    outcomes = ingest(county_full)
    assert sorted((o.form, o.status, o.rows) for o in outcomes) == [
        ("city_comparison", "accepted", 5), ("enterprise_output", "accepted", 3)]
    assert sorted(o.stored_path.name[9:] for o in outcomes if o.stored_path) == [
        "统计局2026年6月报表（全市对比）.xlsx", "统计局2026年6月报表（规上企业产值）.xlsx"]
    assert all(o.stored_path and o.stored_path.exists() for o in outcomes)
    assert not list(county_full.inbox.glob("*.xlsx"))
    assert sql(county_full, "select form, sheet, status from submissions order by form") == [
        ("city_comparison", "全市对比", "accepted"), ("enterprise_output", "规上企业产值", "accepted")]
    assert indicator(county_full, "output_cum") == pytest.approx(10.0)
    assert indicator(county_full, "va_city_rank") == 2

    sent.write_bytes(data)  # the very same file once more
    assert sorted(o.status for o in ingest(county_full)) == ["duplicate", "duplicate"]
    assert sql(county_full, "select count(*) from submissions") == [(2,)]


def test_one_return_of_two_refused_the_other_loaded(county_full: Config) -> None:
    """"待核" in the city sheet's growth: that return is refused (its problem names 全市对比!D6, kept in
    rejected/ with its own error list); the enterprise return is loaded all the same."""
    _two_returns(county_full.inbox, city_growth="待核")
    by_form = {o.form: o for o in ingest(county_full)}
    assert (by_form["enterprise_output"].status, by_form["city_comparison"].status) == ("accepted", "rejected")
    [bad] = [p for p in by_form["city_comparison"].problems if p.severity == "error"]
    assert (bad.sheet, bad.cell) == ("全市对比", "D6")
    assert not [p for p in by_form["enterprise_output"].problems if p.severity == "error"]
    refused = by_form["city_comparison"].stored_path
    assert refused is not None and refused.parent == county_full.rejected and refused.exists()
    listed = refused.with_name(refused.name + ".errors.txt").read_text(encoding="utf-8")
    assert "工作表「全市对比」 D6" in listed and "工作表「规上企业产值」" not in listed  # its own problems only
    feedback = by_form["city_comparison"].feedback
    assert feedback is not None and feedback.name == "统计局2026年6月报表（全市对比）.反馈.xlsx"
    assert by_form["enterprise_output"].feedback is None  # accepted without a warning: nothing to answer
    assert indicator(county_full, "output_cum") == pytest.approx(10.0)
    with open_work(county_full) as con:  # beizeng status: each return under its own form
        states = {(d.form, d.sender): d.state for d in completeness(con, county_full, "2026-06")}
    assert states[("city_comparison", "统计局")] == "rejected"
    assert states[("enterprise_output", "统计局")] == "late"  # received, after the July deadline


def test_a_hidden_sheet_of_another_form_is_never_a_return_and_is_named(county_full: Config) -> None:
    """A hidden 目标 sheet beside the two returns: still two submissions, and a warning names the hidden
    sheet (the file does not outrank what it shows)."""
    _two_returns(county_full.inbox, hidden_targets=True)
    outcomes = ingest(county_full)
    assert sorted(o.form or "" for o in outcomes) == ["city_comparison", "enterprise_output"]
    said = [(p.code, p.sheet) for o in outcomes for p in o.problems if p.code == "hidden_return"]
    assert said == [("hidden_return", "目标")]
