"""Next month's templates, pre-filled from the warehouse: a township's projects listed, last month's
cumulative shown read-only, and the return filled in on it read back exactly (the reference ignored).

东镇's 2026-06 return (tests/scenarios.py): P1 东镇光伏组件扩能项目 3000, P2 东关饲料生产线技改项目 1200,
P3 东镇小型仓储项目 300 万元 cumulative.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config, load_config
from beizeng.base.dues import deadline
from beizeng.base.forms import all_forms, get_form
from beizeng.intake.reader import header_keys
from beizeng.publish.templates import PREFILL, write_templates
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.county import write_config
from tests.scenarios import fai, full_county, project

FAI = "工业固定资产投资项目月报"


@pytest.fixture
def loaded(county: Config) -> Config:
    full_county(county.inbox)
    assert {o.status for o in ingest(county)} == {"accepted"}
    return county


def templates(cfg: Config, period: str, out: Path, with_warehouse: bool = True) -> list[Path]:
    if not with_warehouse:
        return write_templates(cfg, period, out)
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return write_templates(cfg, period, out, con)
    finally:
        con.close()


def test_reference_headers_can_never_be_read_as_a_column_of_the_form() -> None:
    for code, spec in PREFILL.items():
        form = get_form(code)
        known = {k for col in form.columns for h in col.headers for k in header_keys(h)}
        for header in spec.reference.values():
            assert not set(header_keys(header)) & known, header


def test_township_template_lists_its_projects_with_last_months_cumulative(loaded: Config, tmp_path: Path) -> None:
    paths = templates(loaded, "2026-07", tmp_path)
    east = tmp_path / f"东镇_{FAI}_2026-07.xlsx"
    assert east in paths
    ws = openpyxl.load_workbook(east)[FAI]
    header = [c.value for c in ws[4]]
    assert header[-1] == "上月累计完成投资\n（参考）"
    name, cum, ref = header.index("项目名称"), header.index("1-N月累计完成投资\n（万元）"), len(header) - 1
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5, max_row=7)]
    assert [(r[name], r[cum], r[ref]) for r in rows] == [("东镇光伏组件扩能项目", None, 3000), ("东关饲料生产线技改项目", None, 1200),
                                                        ("东镇小型仓储项目", None, 300)]
    assert rows[0][header.index("年度计划投资\n（万元）")] == 6000  # carried over; only the month's figures are cleared
    # five blank rows for new projects, then the footer and the note saying what the grey column is
    assert all(c.value is None for r in ws.iter_rows(min_row=8, max_row=12) for c in r)
    assert ws.cell(14, 1).value.startswith("填报人：王东")
    assert "2026年1-6月" in ws.cell(15, 1).value and "不会读取" in ws.cell(15, 1).value
    # typing into the reference column is refused
    [dv] = [d for d in ws.data_validations.dataValidation if d.type == "custom"]
    assert dv.formula1 == "FALSE()" and dv.errorStyle in (None, "stop") and str(dv.sqref) == "N5:N12"  # stop: the default
    # the money columns' validation says what the schema checks: 计划总投资 more than 0 (gt=0), 本月 at least 0
    money = {str(d.sqref).split(":")[0][0]: (d.operator, d.formula1, d.error) for d in ws.data_validations.dataValidation
             if d.type == "decimal"}
    total, month = chr(65 + header.index("计划总投资\n（万元）")), chr(65 + header.index("本月完成投资\n（万元）"))
    assert money[total] == ("greaterThan", "0", "金额应为大于0的数字（不要带单位）"), money
    assert money[month] == ("greaterThanOrEqual", "0", "金额应为不小于0的数字（不要带单位）"), money
    # West has no 2026-06 projects of its own? it has two: its template lists them, not 东镇's
    west = openpyxl.load_workbook(tmp_path / f"西镇_{FAI}_2026-07.xlsx")[FAI]
    assert [west.cell(r, 2).value for r in (5, 6)] == ["西岭建材扩建项目", "西镇新材料产业园"]
    # forms that are not pre-filled stay blank templates
    stats = openpyxl.load_workbook(tmp_path / "统计局_规上工业企业生产月报_2026-07.xlsx")["规上工业企业生产月报"]
    assert stats.cell(5, 1).value is None


def test_a_prefilled_template_filled_in_is_read_back_without_the_reference(loaded: Config, tmp_path: Path) -> None:
    templates(loaded, "2026-07", tmp_path)
    path = tmp_path / f"东镇_{FAI}_2026-07.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb[FAI]
    header = [c.value for c in ws[4]]
    cum, month = header.index("1-N月累计完成投资\n（万元）") + 1, header.index("本月完成投资\n（万元）") + 1
    for r, (m, c) in zip(range(5, 8), [(500, 3500), (100, 1300), (0, 300)], strict=True):
        ws.cell(r, month).value, ws.cell(r, cum).value = m, c
    wb.save(loaded.inbox / path.name)
    [outcome] = ingest(loaded)
    assert outcome.status == "accepted" and outcome.rows == 3
    con = duckdb.connect(str(work_db(loaded)), read_only=True)
    try:
        got = con.execute("select name, invest_cum from cur_fai_projects where period = '2026-07' order by excel_row"
                          ).fetchall()
        notes = con.execute("select code, column_header from problems p join submissions s using (submission_id) "
                            "where s.period = '2026-07'").fetchall()
    finally:
        con.close()
    assert [(n, float(v)) for n, v in got] == [("东镇光伏组件扩能项目", 3500.0), ("东关饲料生产线技改项目", 1300.0),
                                               ("东镇小型仓储项目", 300.0)]
    # the reference column is not read, and not news to the sender either: no extra_column note for it
    assert [h for code, h in notes if code == "extra_column"] == []


def test_a_new_year_clears_the_annual_plan_and_shows_no_reference(loaded: Config, tmp_path: Path) -> None:
    templates(loaded, "2027-02", tmp_path)
    ws = openpyxl.load_workbook(tmp_path / f"东镇_{FAI}_2027-02.xlsx")[FAI]
    header = [c.value for c in ws[4]]
    assert not any("参考" in str(h) for h in header)
    assert ws.cell(5, header.index("项目名称") + 1).value == "东镇光伏组件扩能项目"
    assert ws.cell(5, header.index("年度计划投资\n（万元）") + 1).value is None


def test_without_the_warehouse_templates_are_blank(loaded: Config, tmp_path: Path) -> None:
    templates(loaded, "2026-07", tmp_path, with_warehouse=False)
    ws = openpyxl.load_workbook(tmp_path / f"东镇_{FAI}_2026-07.xlsx")[FAI]
    assert ws.cell(5, 2).value is None and ws.max_column == len(get_form("fai_projects").columns)


def test_a_project_name_that_looks_like_a_formula_is_prefilled_as_text(county: Config, tmp_path: Path) -> None:
    name = '=HYPERLINK("http://x","y")'
    path = fai(county.inbox, "东镇", "2026-06",
               [project(1, name, "东镇", "新建", False, True, 10000, 6000, True, dt.date(2026, 3, 1), True, 3000)])
    wb = openpyxl.load_workbook(path)
    cell = wb.active["C5"]  # type: ignore[index]
    cell.value, cell.data_type = name, "s"
    wb.save(path)
    assert [o.status for o in ingest(county)] == ["accepted"]
    templates(county, "2026-07", tmp_path)
    cell = openpyxl.load_workbook(tmp_path / f"东镇_{FAI}_2026-07.xlsx")[FAI]["B5"]
    assert (cell.value, cell.data_type) == (name, "s")


def all_text(path: Path) -> list[str]:
    """Every string of every sheet of a workbook, the hidden ones too."""
    wb = openpyxl.load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def instructions(path: Path) -> list[str]:
    """The numbered notes at the top of the 填表说明 sheet."""
    ws = openpyxl.load_workbook(path)["填表说明"]
    return [str(v) for (v,) in ws.iter_rows(min_row=3, max_col=1, values_only=True) if v and re.match(r"\d+\. ", str(v))]


def test_the_configured_deadline_day_is_the_one_every_template_states(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path / "county", extra="[rules]\ndeadline_day = 10"))
    paths = write_templates(cfg, "2026-07", tmp_path / "out")
    fai_path = tmp_path / "out" / f"东镇_{FAI}_2026-07.xlsx"
    assert instructions(fai_path)[0] == ("1. 报送时间：2026年1-7月数据请于2026年8月10日前（含当日）报送（每月10日前报送上月数据），"
                                         "截止后报送的计为逾期报送。")
    assert deadline(cfg, "2026-07") == dt.datetime(2026, 8, 10, 23, 59, 59)  # the day status judges it by
    monthly = [p for p in paths if not p.stem.endswith("_2026")]
    assert fai_path in monthly and len(monthly) == 6  # 招商局 and 自然资源局 are not configured
    for path in monthly:
        text = all_text(path)
        assert any("2026年8月10日前（含当日）" in s and "每月10日前" in s for s in text), path.name
        assert not [s for s in text if re.search(r"(?<!\d)[58]日", s)], path.name


def test_by_default_templates_give_the_8th_and_the_yearly_targets_no_day(county: Config, tmp_path: Path) -> None:
    write_templates(county, "2026-02", tmp_path)
    assert instructions(tmp_path / f"西镇_{FAI}_2026-02.xlsx")[0] == (
        "1. 报送时间：2026年1-2月数据请于2026年3月8日前（含当日）报送（每月8日前报送上月数据），截止后报送的计为逾期报送。")
    targets = tmp_path / "工信局_工业倍增计划目标任务_2026.xlsx"
    assert instructions(targets)[0] == "1. 报送时间：本表每年报送一次，2026年度的请于年初报送；年度报表不设截止日，收到即计为已报送。"
    assert not [s for s in all_text(targets) if re.search(r"\d日", s)]


@pytest.mark.parametrize("code", sorted(all_forms()))
def test_no_form_names_its_own_deadline(code: str) -> None:
    """The day comes from beizeng.toml through crosschecks.deadline; a day written into a schema goes stale."""
    assert not re.search(r"\d+日|日前|截止|年初|每月", all_forms()[code].instructions)
