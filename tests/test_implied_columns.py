"""Columns the layout leaves implicit (issue 11, kind 2): filled from the sender, the period or the 单位
line, said so in a note, and the figures computed as if the column had been there."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl

from beizeng.base.config import Config
from beizeng.intake.ingest import prepare
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest

CODES = ["2601-610599-04-01-000011", "2601-610599-04-01-000012", "2601-610599-04-01-000013"]


def township_own_return(path: Path) -> Path:
    """东镇's own project table: no 所属乡镇 column (every project is 东镇's), a banded layout with the
    amounts' unit in a 单位 line on the right and a signature footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目"
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况"
    ws.merge_cells("A1:K1")
    ws["A2"] = "填报单位：东镇人民政府"
    ws["J2"] = "单位：万元"
    ws.append(["序号", "项目代码", "项目名称", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资", "年度计划投资",
               "是否开工", "是否纳统", "1-6月累计完成投资"])
    ws.append([1, CODES[0], "东镇光伏组件扩能项目", "新建", "否", "是", 10000, 6000, "是", "是", 3000])
    ws.append([2, CODES[1], "东镇饲料技改项目", "改建和技术改造", "否", "是", 800, 500, "是", "是", 1200])
    ws.append([3, CODES[2], "东镇小型仓储项目", "新建", "否", "否", 400, 400, "否", "否", 0])
    ws.append([])
    ws.append(["填报人：王东", None, None, "联系电话：0913-1111111"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_township_column_absent_in_a_townships_own_return_is_its_sender(county: Config) -> None:
    path = township_own_return(county.inbox / "东镇_2026-06_项目进展.xlsx")
    p = prepare(path, county)
    assert p.ok, [x.line() for x in p.problems if x.severity == "error"]
    assert p.identity is not None and p.normalised is not None
    assert p.identity.implied == {"township": ("东镇", "填报单位")}
    assert p.normalised.frame["township"].to_list() == ["东镇", "东镇", "东镇"]
    [note] = [x for x in p.problems if x.code == "implied_column"]
    assert (note.severity, note.message, note.row) == ("info", "表中没有“所属乡镇”列，按填报单位填为“东镇”", 3)
    # 开工日期 and 本月完成投资 have no column either: a note each, no figure depends on them alone
    assert [x.column for x in p.problems if x.code == "missing_optional_column"] == ["开工日期", "本月完成投资"]

    # end to end: loaded under 东镇 (validation does not ask for a 开工日期 on every started project: the
    # column is absent, said once), the township's figure computed (3000 + 1200 万元 = 0.42 亿元)
    [outcome] = ingest(county)
    assert outcome.status == "accepted", [x.line() for x in outcome.problems if x.severity == "error"]
    assert not [x for x in outcome.problems if x.column == "开工日期" and x.severity != "info"]
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        # the lineage says which column was not on the sheet and where its value came from
        # (and, since fx39, where the period came from: the title)
        [(township, implied)] = con.execute("select distinct township, implied from form_fai_projects").fetchall()
        assert township == "东镇" and implied.startswith("所属乡镇←填报单位；期间←标题“东镇2026年1-6月"), implied
    finally:
        con.close()
    assert indicator(county, "fai_cum", scope="东镇") == 0.42


def targets_without_year_and_unit(path: Path) -> Path:
    """The targets table with the year only in the title and the unit only in the 单位 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "测试县2026年工业倍增目标任务"
    ws.merge_cells("A1:D1")
    ws["A2"] = "填报单位：工信局"
    ws["D2"] = "单位：亿元"
    ws.append(["指标代码", "指标名称", "范围", "年度目标"])
    ws.append(["output_target", "规上工业总产值", "测试县", 25])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_period_only_in_the_title_and_unit_only_in_the_unit_line_fill_their_columns(county: Config) -> None:
    p = prepare(targets_without_year_and_unit(county.inbox / "工信局_目标任务.xlsx"), county)
    assert p.identity is not None and p.normalised is not None
    assert p.identity.period == "2026"
    # read as an indicator table (指标名称 | 年度目标, one indicator a row): its view's own 单位 column no longer makes
    # 年度目标 its child (matching._LABEL_HEADS); the 单位 line is every row's unit there, the year still the title's
    assert p.identity.implied["year"] == (2026, "报表期间")
    row = p.normalised.frame.row(0, named=True)
    assert (row["year"], row["unit"], row["value"]) == (2026, "亿元", 25)
    assert "表中没有“年度”列，按报表期间填为“2026”" in [x.message for x in p.problems if x.code == "implied_column"]
    assert not [x for x in p.problems if x.severity == "error"], [x.line() for x in p.problems]
