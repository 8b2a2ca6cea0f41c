"""The hidden identification sheet is one witness, not the judge: a township that fills in its neighbour's
template, or last month's template with this month's figures, is refused with both sides named, never
loaded as the hidden sheet says; when nothing visible names a sender or a period, the hidden sheet decides."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.base.problems import ReturnError
from beizeng.base.sheets import META_SHEET
from beizeng.intake.identify import identify
from beizeng.intake.reader import open_workbook
from beizeng.publish.templates import write_return
from tests.conftest import ingest

FAI = get_form("fai_projects")
FIX = ("请向统计部门索取本单位本期的模板，把数据复制进去后重新报送（模板的隐藏信息不能手改）；"
       "如果是标题、文件名或所属乡镇写错了，请改正后重新报送")


def _projects(township: str, cum: int = 300) -> list[dict[str, Any]]:
    return [{"project_code": f"2601-610599-04-01-00000{n}", "name": f"{township}{n}号技改项目", "township": township,
             "nature": "改建和技术改造", "is_tech": True, "is_key": True, "total_investment": Decimal(1000 * n),
             "annual_plan": Decimal(500), "started": True, "start_date": dt.date(2026, 3, 1), "in_stats": True,
             "invest_month": Decimal(50), "invest_cum": Decimal(cum * n)} for n in (1, 2)]


def _template(county: Config, sender: str, period: str, rows: list[dict[str, Any]], name: str) -> Path:
    s = county.sender(sender)
    assert s is not None
    return write_return(FAI, county, s, period, county.inbox / name, rows, reporter="王东", phone="0913-1111111")


def _edit(path: Path, **cells: Any) -> Path:
    """A clerk's edit in Excel (openpyxl keeps the very hidden sheet): A1="…" sets a cell of the return sheet."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _refusal(path: Path, county: Config) -> tuple[str, str, str]:
    with pytest.raises(ReturnError) as err:
        identify(open_workbook(path), path.name, county, received=dt.date(2026, 7, 5))
    [problem] = err.value.problems
    return problem.code, problem.message, problem.fix


def test_a_township_filling_its_neighbours_template_is_refused_naming_both(county: Config) -> None:
    path = _template(county, "东镇", "2026-06", _projects("西镇"), "西镇_工业固定资产投资项目月报_2026-06.xlsx")
    assert _refusal(path, county) == (
        "template_mismatch", "模板隐藏信息是东镇2026年6月，文件名、所属乡镇列写的是西镇："
        "这份文件用的是别的单位或别的月份的模板，无法确定是谁哪个月的报表", FIX)


def test_the_township_column_alone_is_a_witness(county: Config) -> None:
    """The neighbour's template keeps the neighbour's title, 填报单位 line and file name: every project in 西镇
    is what shows whose return it is."""
    path = _template(county, "东镇", "2026-06", _projects("西镇"), "东镇_工业固定资产投资项目月报_2026-06.xlsx")
    code, message, _ = _refusal(path, county)
    assert (code, message.split("：")[0]) == ("template_mismatch", "模板隐藏信息是东镇2026年6月，所属乡镇列写的是西镇")


def test_last_months_template_with_this_months_title_and_name_is_refused(county: Config) -> None:
    path = _template(county, "东镇", "2026-05", _projects("东镇"), "东镇_工业固定资产投资项目月报_2026-06.xlsx")
    _edit(path, A1="东镇2026年1-6月工业固定资产投资项目月报")
    code, message, _ = _refusal(path, county)
    assert (code, message.split("：")[0]) == ("template_mismatch", "模板隐藏信息是东镇2026年5月，标题、文件名写的是2026年6月")


def test_sender_and_period_both_wrong_are_named_together(county: Config) -> None:
    path = _template(county, "东镇", "2026-05", _projects("西镇"), "西镇_工业固定资产投资项目月报_2026-06.xlsx")
    _edit(path, A1="西镇2026年1-6月工业固定资产投资项目月报", A2="填报单位：西镇人民政府")
    code, message, _ = _refusal(path, county)
    assert (code, message.split("：")[0]) == (
        "template_mismatch", "模板隐藏信息是东镇2026年5月，填报单位、所属乡镇列写的是西镇；标题、文件名写的是西镇2026年6月")


def test_a_template_filled_as_issued_is_identified_by_its_hidden_sheet(county: Config) -> None:
    path = _template(county, "东镇", "2026-06", _projects("东镇"), "东镇_工业固定资产投资项目月报_2026-06.xlsx")
    ident = identify(open_workbook(path), path.name, county, received=dt.date(2026, 7, 5))
    assert (ident.sender.name, ident.period, ident.how) == ("东镇", "2026-06", "template")


def test_when_nothing_visible_names_sender_or_period_the_hidden_sheet_decides(county: Config) -> None:
    """Title and 填报单位 line cleared, file renamed, projects without a township: the hidden sheet alone speaks."""
    rows = [dict(r, township=None) for r in _projects("东镇")]
    path = _template(county, "东镇", "2026-06", rows, "项目表.xlsx")
    _edit(path, A1=None, A2=None)
    ident = identify(open_workbook(path), path.name, county, received=dt.date(2026, 7, 5))
    assert (ident.sender.name, ident.period) == ("东镇", "2026-06")


@pytest.mark.parametrize("forged", ["2026-10/../../etc", "abc", "../..", "2026-13", "2026-6"])
def test_a_forged_period_in_the_hidden_sheet_is_refused_not_followed(county: Config, forged: str) -> None:
    path = _template(county, "东镇", "2026-06", _projects("东镇"), "东镇_工业固定资产投资项目月报_2026-06.xlsx")
    wb = openpyxl.load_workbook(path)
    meta = wb[META_SHEET]
    [period_cell] = [row[1] for row in meta.iter_rows(max_col=2) if row[0].value == "period"]
    period_cell.value = forged
    wb.save(path)
    code, message, fix = _refusal(path, county)
    assert code == "bad_template_period"
    assert message == f"模板隐藏信息中的期间“{forged}”不是有效的年月"


def test_a_departments_ledger_of_one_townships_enterprises_is_not_a_mismatch(county: Config) -> None:
    """The 所属乡镇 column witnesses only a township's own return: the statistics bureau's monthly return may
    well list enterprises of one township only."""
    form = get_form("enterprise_output")
    bureau = county.sender("统计局")
    assert bureau is not None
    rows = [{"uscc": "91610599MA00000013", "name": "东方光伏科技有限公司", "township": "东镇", "industry": "1329",
             "sei": True, "entered": "2019-01", "output_month": Decimal(5000), "output_cum": Decimal(30000),
             "output_cum_last_year": Decimal(25000), "revenue_cum": Decimal(33000)}]
    rows = [{k: v for k, v in r.items() if k in {c.name for c in form.columns}} for r in rows]
    path = write_return(form, county, bureau, "2026-06", county.inbox / "统计局_规上工业企业生产月报_2026-06.xlsx", rows)
    ident = identify(open_workbook(path), path.name, county, received=dt.date(2026, 7, 5))
    assert (ident.sender.name, ident.period) == ("统计局", "2026-06")


def test_the_neighbours_figures_are_not_replaced(county: Config) -> None:
    """Through a real ingest: 东镇's return is loaded; 西镇's figures typed into 东镇's template are refused, and
    东镇's cumulative investment stays what 东镇 reported."""
    _template(county, "东镇", "2026-06", _projects("东镇", 300), "东镇_工业固定资产投资项目月报_2026-06.xlsx")
    assert [o.status for o in ingest(county, compute=False)] == ["accepted"]
    _template(county, "东镇", "2026-06", _projects("西镇", 999), "西镇_工业固定资产投资项目月报_2026-06.xlsx")
    [outcome] = ingest(county, compute=False)
    assert outcome.status == "rejected"
    assert [p.code for p in outcome.problems if p.severity == "error"] == ["template_mismatch"]
    import duckdb

    from beizeng.store.session import work_db

    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        got = con.execute("select sender, sum(invest_cum) from cur_fai_projects group by sender").fetchall()
    finally:
        con.close()
    assert got == [("东镇", Decimal("900.0000"))]
