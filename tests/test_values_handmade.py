"""Values as clerks type them in hand-made returns (issue 11, kinds 1 and 5): industry codes with their
GB/T 4754 section letter, and "—"/"/"/"无" for zero in amounts.

Each fixture is laid out by hand in its own style (openpyxl, merged title, 填报单位 and 单位 lines, a
footer), not from the templates; each test reads it through ``prepare`` + ``validate_prepared``, the
same code a run uses, and checks the stored values and the exact messages.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.identifiers import IndustryCodeError, industry_code
from beizeng.intake.ingest import Prepared, prepare, validate_prepared
from tests.conftest import ingest
from tests.scenarios import E1, E2, E3, uscc


def _read(path: Path, cfg: Config) -> Prepared:
    prep = prepare(path, cfg)
    validate_prepared([prep])
    return prep


def _errors(prep: Prepared) -> list[str]:
    return [f"{p.cell}：{p.message}" for p in prep.problems if p.severity == "error"]


def _bureau_return(path: Path, codes: list[object]) -> Path:
    """The statistics bureau's own layout: a merged title, 填报单位 and 单位 on one line, the codes as its
    software exports them (with the section letter), numbers typed as text in places, a signature footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "6月"
    ws["A1"] = "测试县2026年1-6月规模以上工业企业生产情况"
    ws.merge_cells("A1:I1")
    ws["A2"] = "填报单位：县统计局                单位：万元"
    ws.append(["统一社会信用代码", "企业名称", "所属乡镇", "国民经济行业代码", "是否战新", "入规年月", "本月产值",
               "1-6月累计产值", "上年同期"])
    names = ["东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司", "西镇煤业有限公司", "东镇电力有限公司"]
    keys = [E1, E2, E3, uscc(4), uscc(5)]
    for i, code in enumerate(codes):
        ws.append([keys[i], names[i], "东镇" if i % 2 == 0 else "西镇", code, "否", "2019", "1,000", "6000", 5000])
    ws.append([])
    ws.append(["填报人：李四", None, None, "审核人：王五"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


@pytest.mark.parametrize(("typed", "stored"), [
    ("C3825", "3825"), ("C 3825", "3825"), ("c3825", "3825"), ("C-3825", "3825"), ("3825", "3825"), ("38", "38"),
    ("C38", "38"), ("B0610", "0610"), ("0610", "0610"), ("Ｃ３８２５", "3825"), ("D4411", "4411"),
])
def test_an_industry_code_with_or_without_its_section_letter_is_stored_as_its_digits(typed: str, stored: str) -> None:
    from beizeng.intake.reader import clean_text

    assert industry_code(clean_text(typed)) == stored


def test_a_number_cell_that_lost_the_leading_zero_gets_it_back_only_when_that_is_industry() -> None:
    assert industry_code("610", from_number=True) == "0610"  # 0610 typed into a 常规 cell
    assert industry_code("131", from_number=True) == "131"  # 中类131 (谷物磨制) is industry already
    with pytest.raises(IndustryCodeError, match="行业代码610属于住宿业"):
        industry_code("610")  # typed as text, 610 is what the clerk wrote


def test_letter_codes_in_a_bureau_return_load_as_digits(county: Config) -> None:
    path = _bureau_return(county.inbox / "统计局6月规上企业.xlsx", ["C3825", "c 1329", "B0610", 610, "Ｄ４４１１"])
    prep = _read(path, county)
    assert _errors(prep) == []
    assert prep.normalised is not None
    assert prep.normalised.frame["industry_code"].to_list() == ["3825", "1329", "0610", "0610", "4411"]
    [outcome] = ingest(county, compute=False)
    assert outcome.status == "accepted"


def test_a_section_letter_that_disagrees_and_a_code_outside_industry_are_refused_truly(county: Config) -> None:
    path = _bureau_return(county.inbox / "统计局6月规上企业.xlsx", ["C0610", "5110", "C3825", "F5110", "3"])
    prep = _read(path, county)
    assert _errors(prep) == [
        "D4：行业代码“C0610”的门类字母C与代码0610不符：06大类属于B门类（采矿业）",
        "D5：行业代码5110属于批发业，不是工业（B、C、D门类）",
        "D7：行业代码5110属于批发业，不是工业（B、C、D门类）",
        "D8：行业代码“3”不是 GB/T 4754 的写法",
    ]
    fixes = {p.cell: p.fix for p in prep.problems if p.severity == "error"}
    assert fixes["D4"] == "核对代码：若代码0610无误，门类应写B（或只填数字）；若门类C无误，请改正数字"
    # the refused cells are null, never a half-read code; the good one is stored as digits
    assert prep.normalised is not None
    assert prep.normalised.frame["industry_code"].to_list() == [None, None, "3825", None, None]


def _township_projects(path: Path, rows: list[list[object]]) -> Path:
    """A township's own project sheet: two title lines, its own header wording, "—" and "/" for nothing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目进度"
    ws["A1"] = "西镇2026年1-6月工业固定资产投资项目进展情况表"
    ws.merge_cells("A1:M1")
    ws["A2"] = "填报单位（盖章）：西镇人民政府"
    ws["K2"] = "单位：万元"
    ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-N月累计完成投资"])
    for r in rows:
        ws.append(r)
    ws.append(["填报人：赵西", None, None, "联系电话：0913-2222222"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _project(n: int, month: object, cum: object, plan: object = 3000, started: str = "否") -> list[object]:
    return [f"2601-610599-04-01-{n:06d}", f"项目{n}", "西镇", "新建", "否", "是", 8000, plan, started,
            "2026.3.1" if started == "是" else "/", "否", month, cum]


def test_dashes_in_amounts_of_projects_not_started_load_as_zero(county: Config) -> None:
    path = _township_projects(county.inbox / "西镇6月项目.xlsx", [
        _project(1, "—", "—"),
        _project(2, "/", "无", plan="－"),
        _project(3, "0.00", "０"),
        _project(4, 500, "2,500", started="是"),
        _project(5, None, "——", plan=None),
    ])
    prep = _read(path, county)
    assert _errors(prep) == []
    assert prep.normalised is not None
    frame = prep.normalised.frame
    assert frame["invest_cum"].to_list() == [Decimal(0), Decimal(0), Decimal(0), Decimal(2500), Decimal(0)]
    # the required cumulative is 0; an empty 本月 stays "not reported" (null), a dash is 0
    assert frame["invest_month"].to_list() == [Decimal(0), Decimal(0), Decimal(0), Decimal(500), None]
    assert frame["annual_plan"].to_list() == [Decimal(3000), Decimal(0), Decimal(3000), Decimal(3000), None]
    notes = {p.column: p.message for p in prep.problems if p.code == "nothing_as_zero"}
    assert notes == {
        "本月完成投资": "「本月完成投资」第4、5行的“—”“/”“无”等按0读取（共2格）",
        "1-N月累计完成投资": "「1-N月累计完成投资」第4、5、8行的“—”“/”“无”等按0读取（共3格）",
        "年度计划投资": "「年度计划投资」第5行的“—”“/”“无”等按0读取（共1格）",
    }


def test_a_blank_required_amount_is_still_a_figure_not_reported(county: Config) -> None:
    path = _township_projects(county.inbox / "西镇6月项目.xlsx", [_project(1, None, None), _project(2, "—", "—")])
    prep = _read(path, county)
    assert _errors(prep) == ["M4：必填项为空"]


def test_a_dash_in_the_city_comparison_is_no_figure_not_zero(county: Config) -> None:
    from tests.scenarios import CITY_HEADERS
    from tests.xlsx import write_return

    rows = [["测试县", 100000, 90000, 11.1, 6.5, 50000, 40000, 25.0, 10000, 8000, 25.0],
            ["甲县", "—", "—", "—", 5.0, 60000, 50000, 20.0, 12000, 10000, 20.0]]
    path = write_return(county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                        title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")
    prep = _read(path, county)
    assert _errors(prep) == []
    assert prep.normalised is not None
    assert prep.normalised.frame["output_cum"].to_list() == [Decimal(100000), None]
    assert prep.normalised.frame["output_yoy_pct"].to_list()[1] is None
    assert not [p for p in prep.problems if p.code == "nothing_as_zero"]


def test_a_cumulative_below_its_own_month_is_an_error_in_a_first_return(county: Config) -> None:
    # a county in its first year: nothing in the warehouse, so only the row itself can tell
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "测试县2026年1-6月规上工业企业产值"
    ws["A2"] = "填报单位：县统计局"
    ws["F2"] = "单位：万元"
    ws.append(["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值", "1-6月累计产值"])
    ws.append([E1, "东方光伏科技有限公司", "东镇", "C3825", "是", "2019", 5000, 30000])
    ws.append([E2, "东关饲料有限公司", "东镇", "C1329", "否", "2018-06", "3,500", "3,400"])  # swapped by hand
    ws.append([E3, "西岭建材有限公司", "西镇", "C3011", "否", "2020", 8000.3, 8000])  # rounding, not a slip
    path = county.inbox / "规上企业6月.xlsx"
    wb.save(path)
    prep = _read(path, county)
    errors = [p for p in prep.problems if p.code == "cum_below_month"]
    assert [(p.cell, p.message) for p in errors] == [
        ("H5", "1-6月累计 3,400 小于本月 3,500（万元）：累计数包含本月，不会比本月少")]
    assert errors[0].fix == "核对“1-N月累计工业总产值”和“本月工业总产值”是否填反或填错"
    assert errors[0].severity == "error"
    [outcome] = ingest(county, compute=False)
    assert outcome.status == "rejected"


def test_a_project_cumulative_below_its_month_in_yi_yuan_names_the_unit(county: Config) -> None:
    path = _township_projects(county.inbox / "西镇6月项目.xlsx", [
        _project(1, 0.25, 0.1, started="是"), _project(2, 0.12, 0.1, started="是")])
    ws_book = openpyxl.load_workbook(path)
    ws_book.active["K2"] = "单位：亿元"  # type: ignore[index]
    ws_book.save(path)
    prep = _read(path, county)
    assert [(p.cell, p.message) for p in prep.problems if p.code == "cum_below_month"] == [
        ("M4", "1-6月累计 0.1 小于本月 0.25（亿元）：累计数包含本月，不会比本月少")]  # 0.12 may round to 0.1


def test_a_cumulative_in_yi_yuan_below_a_month_in_wan_is_refused(county: Config) -> None:
    # found by a hostile check: 累计 headed （亿元） with 本月 in the 单位 line's 万元 — the month's rounding was weighed
    # in 亿元 (0.5 亿元 = 5,000 万元 of slack), so 0.1 亿元 (1,000 万元) under a month of 5,000 万元 was stored silently.
    # Each figure's rounding is weighed in its own unit: 0.1 亿元 may be 500 万元 off, 5,000 万元 only 0.5.
    path = _township_projects(county.inbox / "西镇6月项目.xlsx", [
        _project(1, 800, 0.26, started="是"), _project(2, 5000, 0.1, started="是"), _project(3, 300, 0.03, started="是")])
    book = openpyxl.load_workbook(path)
    book.active["M3"] = "1-6月累计完成投资（亿元）"  # type: ignore[index]
    book.save(path)
    prep = _read(path, county)
    assert [(p.cell, p.message) for p in prep.problems if p.code == "cum_below_month"] == [
        ("M5", "1-6月累计 0.1（亿元）小于本月 5,000（万元）：累计数包含本月，不会比本月少")]
    # 0.03 亿元 (300 万元 ± 50) against a month of 300 万元 is within its rounding: no slip
    [outcome] = ingest(county, compute=False)
    assert outcome.status == "rejected"
