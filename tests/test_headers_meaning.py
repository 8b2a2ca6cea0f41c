"""Headers read by meaning (issue 11, kinds 3 and 4): synonym headers, units in headers, the parent ▸ child
path of 2- and 3-row merged headers, and a question when two columns are equally likely.

Every workbook here is laid out by hand in its own style (openpyxl), unlike beizeng's templates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.base.problems import col_letter
from beizeng.intake.headers import THRESHOLD, assign, path_scores, text_scores
from beizeng.intake.ingest import prepare

CODE1, CODE2 = "2601-610599-04-01-000001", "2601-610599-04-01-000002"


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def synonym_return(path: Path) -> Path:
    """A township's project table typed by its clerk: 项目 for 项目名称, 项目编码, 是否入库纳统, 总投资（亿元）,
    开工情况, no 单位 line (each amount says its unit in the header), columns in the clerk's order."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "6月"
    ws["A1"] = "东镇2026年1-6月工业项目推进情况"
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：东镇人民政府"])
    ws.append(["项目", "项目编码", "所在乡镇", "建设性质", "是否技改", "是否重点项目", "总投资（亿元）", "本年计划投资（万元）",
               "开工情况", "开工时间", "是否入库纳统", "1-6月完成投资（万元）"])
    ws.append(["东镇光伏组件扩能项目", CODE1, "东镇", "新建", "否", "是", 1.2, 6000, "是", dt.date(2026, 3, 1), "是", 3000])
    ws.append(["东镇仓储项目", CODE2, "东镇", "新建", "否", "否", 0.04, 400, "否", None, "否", 0])
    return _save(wb, path)


def test_synonym_headers_are_read_by_meaning(county: Config) -> None:
    p = prepare(synonym_return(county.inbox / "东镇_工业项目.xlsx"), county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert p.identity is not None and p.normalised is not None
    m = p.identity.match
    assert m.header_row == 2 and m.header_height == 1
    assert {n: col_letter(c) for n, c in m.columns.items()} == {
        "name": "A", "project_code": "B", "township": "C", "nature": "D", "is_tech": "E", "is_key": "F",
        "total_investment": "G", "annual_plan": "H", "started": "I", "start_date": "J", "in_stats": "K",
        "invest_cum": "L"}
    frame = p.normalised.frame
    # 总投资（亿元）: 1.2 亿元 is 12000 万元, from the unit in the header alone
    assert frame["total_investment"].to_list() == [Decimal("12000.0000"), Decimal("400.0000")]
    assert frame["in_stats"].to_list() == [True, False]
    assert frame["invest_cum"].to_list() == [Decimal("3000.0000"), Decimal("0.0000")]
    # the one column the return does not have is named, as a note (it feeds no figure on its own)
    notes = [(x.code, x.column) for x in p.problems if x.code in ("missing_optional_column", "missing_column_feeds")]
    assert notes == [("missing_optional_column", "本月完成投资")]
    assert not [x for x in p.problems if x.code == "unit_assumed"]


def test_qualifiers_keep_last_year_month_and_reference_apart() -> None:
    fai = get_form("fai_projects")
    scores = text_scores(fai, "是否入库纳统")
    assert max(scores, key=lambda name: scores[name]) == "in_stats"
    assert "invest_cum" not in text_scores(fai, "上月累计完成投资（参考）")  # the template's grey column
    assert text_scores(fai, "本月完成投资").get("invest_cum", 0) < THRESHOLD
    ent = get_form("enterprise_output")
    assert set(text_scores(ent, "去年同期")) == {"output_cum_last_year"}
    # a % over an amount is all but ruled out by the unit
    assert text_scores(fai, "计划总投资（%）").get("total_investment", 0) < THRESHOLD


def city_two_row(path: Path, three_rows: bool = False) -> Path:
    """The bureau's comparison table with its merged header: 同比增长（%） repeats under three parents."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "全市对比"
    ws["A1"] = "2026年1-6月全市各县区主要工业指标"
    ws.merge_cells("A1:K1")
    ws["A2"] = "单位：万元、%"
    top = 3
    if three_rows:
        ws.cell(3, 2, "主要工业指标完成情况")
        ws.merge_cells("B3:K3")
        top = 4
    parents = [("规上工业总产值", 2, ["1-6月", "上年同期", "同比增长（%）"]), ("规上工业增加值", 5, ["增速（%）"]),
               ("工业固定资产投资", 6, ["1-6月", "上年同期", "同比增长（%）"]),
               ("技术改造投资", 9, ["1-6月", "上年同期", "同比增长（%）"])]
    ws.cell(3, 1, "县区")
    ws.merge_cells(start_row=3, start_column=1, end_row=top + 1, end_column=1)
    for parent, col, children in parents:
        ws.cell(top, col, parent)
        if len(children) > 1:
            ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + len(children) - 1)
        for i, child in enumerate(children):
            ws.cell(top + 1, col + i, child)
    rows = [["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
            ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0]]
    for row in rows:
        ws.append(row)
    return _save(wb, path)


@pytest.mark.parametrize("three_rows", [False, True], ids=["two_row_header", "three_row_header"])
def test_repeated_child_under_several_parents_composes_to_different_columns(county: Config, three_rows: bool) -> None:
    p = prepare(city_two_row(county.inbox / "统计局_2026年6月_全市对比.xlsx", three_rows), county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert p.identity is not None and p.normalised is not None
    m = p.identity.match
    # the table's data start right under the children (the banner over all parents adds nothing to tell)
    assert m.header_height >= 2 and m.data_start == (5 if three_rows else 4)
    assert {n: col_letter(c) for n, c in m.columns.items()} == {
        "county": "A", "output_cum": "B", "output_cum_last_year": "C", "output_yoy_pct": "D", "va_yoy_pct": "E",
        "fai_cum": "F", "fai_cum_last_year": "G", "fai_yoy_pct": "H", "tech_cum": "I", "tech_cum_last_year": "J",
        "tech_yoy_pct": "K"}
    first = p.normalised.frame.row(0, named=True)
    assert (first["output_yoy_pct"], first["fai_yoy_pct"], first["tech_yoy_pct"]) == (
        Decimal("8.7000"), Decimal("-16.3000"), Decimal("20.0000"))
    assert not [x for x in p.problems if x.code in ("missing_column_feeds", "missing_optional_column")]


def test_path_scores_compose_parent_and_child() -> None:
    city = get_form("city_comparison")
    growth = path_scores(city, ("工业固定资产投资", "同比增长（%）"))
    assert max(growth, key=lambda name: growth[name]) == "fai_yoy_pct" and growth["fai_yoy_pct"] == 1.0
    assert growth.get("output_yoy_pct", 0) < 0.9


def test_equally_likely_columns_ask_a_question_naming_both(county: Config) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["西镇2026年1-6月工业固定资产投资项目表"])
    ws.append(["填报单位：西镇"])
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资", "是否开工",
               "是否纳统", "累计完成投资", "累计完成投资"])
    ws.append([CODE1, "西镇新材料产业园", "西镇", "新建", "否", "是", 20000, "是", "是", 2500, 2400])
    p = prepare(_save(wb, county.inbox / "西镇_2026-06_项目.xlsx"), county)
    asked = [x for x in p.problems if x.code == "ambiguous_column"]
    assert [(x.severity, x.message) for x in asked] == [
        ("error", "J列“累计完成投资”和K列“累计完成投资”都可能是“1-N月累计完成投资”，无法判断应读哪一列")]
    assert asked[0].row == 3
    assert not p.ok


def test_assignment_maximises_the_total_not_the_first_best_pair() -> None:
    # greedy would give 累计 the first column (0.9) and leave 本月 out; the best total reads both
    found = assign({0: {"cum": 0.9, "month": 0.85}, 1: {"cum": 0.88}})
    assert found.columns == {"cum": 1, "month": 0} and round(found.total, 2) == 1.73
    assert found.ties == {}
    tied = assign({3: {"cum": 0.9}, 7: {"cum": 0.9}})
    assert tied.columns == {"cum": 3} and tied.ties == {"cum": [3, 7]}


def _two_cumulative_columns(path: Path, last_header: str = "累计完成投资") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目"
    ws.append(["西镇2026年1-6月工业固定资产投资项目表"])
    ws.append(["填报单位：西镇"])
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资", "是否开工",
               "是否纳统", "累计完成投资", last_header])
    ws.append([CODE1, "西镇新材料产业园", "西镇", "新建", "否", "是", 20000, "是", "是", 2500, 2400])
    return _save(wb, path)


def test_a_question_is_asked_in_the_feedback_answered_once_and_remembered(county: Config) -> None:
    from beizeng.intake.feedback import feedback_path
    from beizeng.intake.layouts import FILE_NAME, load
    from tests.conftest import ingest

    # 1. asked: refused, the feedback workbook has the question in its 表头对照 sheet
    path = _two_cumulative_columns(county.inbox / "西镇_2026-06_项目.xlsx")
    [o] = ingest(county, compute=False)
    assert o.status == "rejected"
    fb = openpyxl.load_workbook(feedback_path(county.rejected / path.name))
    ws = fb["表头对照"]
    assert [ws.cell(3, c).value for c in (1, 2, 3)] == [
        "J列“累计完成投资”和K列“累计完成投资”都可能是“1-N月累计完成投资”，无法判断应读哪一列", "1-N月累计完成投资", None]

    # 2. the clerk answers K in the feedback copy and sends it back: stored, and read as answered
    ws.cell(3, 3).value = "K"
    answered = county.inbox / "西镇_2026-06_项目（已答）.xlsx"
    fb.save(answered)
    p = prepare(answered, county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert p.normalised is not None and p.normalised.frame["invest_cum"].to_list() == [Decimal("2400.0000")]
    assert load(county.root)[("西镇", "fai_projects")].columns == {("K", "累计完成投资"): "invest_cum"}
    assert '"K 累计完成投资" = "1-N月累计完成投资"' in (county.root / FILE_NAME).read_text(encoding="utf-8")
    answered.unlink()

    # 3. next month's file of the same layout: read without asking
    p = prepare(_two_cumulative_columns(county.inbox / "西镇_项目_又一份.xlsx"), county)
    assert p.ok and [x.code for x in p.problems if x.code.startswith("layout_")] == ["layout_remembered"]

    # 4. a changed layout is a difference, not read by an answer that no longer fits
    p = prepare(_two_cumulative_columns(county.inbox / "西镇_项目_改了表头.xlsx", "累计完成投资额"), county)
    [changed] = [x for x in p.problems if x.code == "layout_changed"]
    assert "K列原来是“累计完成投资”，现在是“累计完成投资额”" in changed.message


def test_beizeng_map_answers_at_the_terminal(county: Config) -> None:
    from typer.testing import CliRunner

    from beizeng.cli.main import app

    path = _two_cumulative_columns(county.inbox / "西镇_2026-06_项目.xlsx")
    result = CliRunner().invoke(app, ["map", str(path), "--set", "K=1-N月累计完成投资", "--set", "J=不读"])
    assert result.exit_code == 0, result.output
    # every column with how it would be read, and the question
    # before the answer neither tied column is listed as read (it would look chosen); after it, as answered
    before, _, after = result.output.partition("按回答读取：")
    assert "J列 累计完成投资 → ？1-N月累计完成投资（待回答，见下面的问题）" in before
    assert "K列 累计完成投资 → ？1-N月累计完成投资（待回答，见下面的问题）" in before
    assert after.split("\n")[1:3] == ["  J列 累计完成投资 → （不读）", "  K列 累计完成投资 → 1-N月累计完成投资"]
    assert "问：J列“累计完成投资”和K列“累计完成投资”都可能是“1-N月累计完成投资”" in result.output
    assert "已保存到 表头对照.toml" in result.output
    p = prepare(path, county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert p.normalised is not None and p.normalised.frame["invest_cum"].to_list() == [Decimal("2400.0000")]


def test_beizeng_map_asks_when_no_answer_is_given(county: Config) -> None:
    from typer.testing import CliRunner

    from beizeng.cli.main import app
    from beizeng.intake.layouts import load

    path = _two_cumulative_columns(county.inbox / "西镇_2026-06_项目.xlsx")
    result = CliRunner().invoke(app, ["map", str(path)], input="K\n")
    assert result.exit_code == 0, result.output
    assert "“1-N月累计完成投资”是哪一列？" in result.output
    assert load(county.root)[("西镇", "fai_projects")].columns == {("K", "累计完成投资"): "invest_cum"}


def test_an_answer_for_a_header_typed_on_two_lines_is_remembered(county: Config) -> None:
    # a clerk's Alt+Enter in the header ("累计完成\n投资"): the stored key holds the line break, and an answer
    # dropped on reload would ask the same question every month
    from typer.testing import CliRunner

    from beizeng.cli.main import app
    from beizeng.intake.layouts import load

    path = _two_cumulative_columns(county.inbox / "西镇_2026-06_项目.xlsx", "累计完成\n投资")
    result = CliRunner().invoke(app, ["map", str(path), "--set", "K=1-N月累计完成投资"])
    assert result.exit_code == 0, result.output
    assert load(county.root)[("西镇", "fai_projects")].columns == {("K", "累计完成\n投资"): "invest_cum"}
    p = prepare(_two_cumulative_columns(county.inbox / "西镇_项目_又一份.xlsx", "累计完成\n投资"), county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert [x.code for x in p.problems if x.code.startswith("layout_")] == ["layout_remembered"]
    assert p.normalised is not None and p.normalised.frame["invest_cum"].to_list() == [Decimal("2400.0000")]
