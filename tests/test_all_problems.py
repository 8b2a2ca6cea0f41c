"""Require only what is needed, and every problem at once (issue 11, kind 7).

A return missing a column its figures need is still identified and its cells checked, so the clerk gets
every problem in one feedback; a missing column that feeds indicators is a warning naming them, and
those indicators read empty (NULL), never a number made up from nothing.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl

from beizeng.base.config import Config
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import E1, E2, E3


def _sheet(path: Path, lines: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for line in lines:
        ws.append(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_missing_required_column_and_bad_cells_are_all_reported_at_once(county: Config) -> None:
    # no 是否纳统 column (工业固投 counts only projects in the statistics database: it cannot be computed),
    # and two bad cells besides
    path = _sheet(county.inbox / "西镇_2026-06_项目表.xlsx", [
        ["西镇2026年1-6月工业固定资产投资项目情况表"],
        ["填报单位：西镇人民政府", None, None, None, None, None, None, "单位：万元"],
        ["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资", "是否开工",
         "1-6月累计完成投资"],
        ["2601-610599-04-01-000005", "西镇新材料产业园", "西镇", "新建", "否", "是", 20000, "不知道", 2500],
        ["2601-6105", "西岭建材扩建项目", "西镇", "扩建", "是", "是", 5000, "否", 0],
    ])
    [o] = ingest(county)
    assert o.status == "rejected"
    assert (o.form, o.sender, o.period) == ("fai_projects", "西镇", "2026-06")
    errors = sorted((x.code, x.cell, x.column or "") for x in o.problems if x.severity == "error")
    assert errors == [("missing_columns", "第3行", "是否纳统"), ("not_a_flag", "H4", "是否开工"),
                      ("project_code_format", "A5", "项目代码")]
    [missing] = [x for x in o.problems if x.code == "missing_columns"]
    assert "“是否纳统”" in missing.message
    # one error for the column, none for each of its empty cells
    assert not [x for x in o.problems if x.column == "是否纳统" and x.code != "missing_columns"]
    text = (county.rejected / f"{path.name}.errors.txt").read_text(encoding="utf-8")
    assert "共 3 个错误" in text
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        assert con.execute("select count(*) from form_fai_projects").fetchone() == (0,)
    finally:
        con.close()


def test_missing_column_feeding_an_indicator_is_a_warning_and_the_indicator_reads_empty(county: Config) -> None:
    # the bureau's list without 上年同期: 产值 is computed, its 同比 cannot be
    _sheet(county.inbox / "统计局_2026-06_规上企业产值.xlsx", [
        ["测试县2026年1-6月规上工业企业产值"],
        ["填报单位：县统计局", None, None, None, None, "单位：万元"],
        ["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战新企业", "1-6月工业总产值"],
        [E1, "东方光伏科技有限公司", "东镇", "3825", "是", 30000],
        [E2, "东关饲料有限公司", "东镇", "1329", "否", 20000],
        [E3, "西岭建材有限公司", "西镇", "3021", "否", 50000],
    ])
    [o] = ingest(county)
    assert o.status == "accepted", [x.line() for x in o.problems if x.severity == "error"]
    warned = {x.column or "": x for x in o.problems if x.code == "missing_column_feeds"}
    # 入规年月 feeds the count of new above-scale enterprises: missing too, warned too
    assert sorted(warned) == ["上年同期累计工业总产值", "入规年月"]
    warning = warned["上年同期累计工业总产值"]
    assert warning.severity == "warning" and "规上工业总产值同比增速" in warning.message
    assert {x.column for x in o.problems if x.code == "missing_optional_column"} == {"本月工业总产值", "1-N月累计营业收入"}
    assert indicator(county, "output_cum") == 10.0  # (30000 + 20000 + 50000) 万元 = 10 亿元
    assert indicator(county, "output_yoy_pct") is None


def test_city_table_without_the_output_growth_names_the_rank_it_cannot_give(county: Config) -> None:
    # issue 11 kind 4: the bureau's table without 规上工业总产值增速 once gave 测试县 全市排名 1 with no value
    _sheet(county.inbox / "统计局_2026-06_全市对比.xlsx", [
        ["2026年1-6月全市各县区主要工业指标对比"],
        ["填报单位：县统计局"],
        ["县区", "规上工业总产值累计（万元）", "规上工业增加值增速（%）", "工业固定资产投资增速（%）", "技术改造投资增速（%）"],
        ["测试县", 100000, 6.5, -16.3, 20.0],
        ["甲县", 300000, 7.0, 5.3, 20.0],
    ])
    [o] = ingest(county)
    assert o.status == "accepted", [x.line() for x in o.problems if x.severity == "error"]
    warned = {x.column or "": x.message for x in o.problems if x.code == "missing_column_feeds"}
    assert "规上工业总产值增速全市排名" in warned["规上工业总产值增速"]
    assert indicator(county, "output_city_rank") is None
    assert indicator(county, "va_city_rank") == 2  # 7.0 > 6.5: the columns it has still rank
