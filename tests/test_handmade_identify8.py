"""Which form a sheet is, when its headers alone would say the wrong one or too little (tests/handmade/identify8.py):
the rows decide (beizeng.intake.records) — enterprises are a ledger's records, catalogue indicators a targets
table's, counties the city comparison's.  Each test drops one workbook into a fresh county and checks what a person
reads from it (the maker's docstring).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.intake import records
from beizeng.intake.reader import open_workbook
from beizeng.intake.views import find_headers
from schemas.city_comparison import FORM as CITY
from tests.handmade import identify8 as I
from tests.handmade import make
from tests.test_handmade import accepted, sql, take

D = Decimal


def test_enterprises_whose_types_read_like_indicators_under_a_bare_code_header(county_full: Config) -> None:
    out = take(county_full, I.cult_unit_name_and_code)
    assert all(o.form != "targets" for o in out), [(o.file, o.form) for o in out]
    accepted(out, "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select uscc, ctype, status, status_date from cur_cultivation order by excel_row") == [
        (I.code(1), "专精特新小巨人", "已认定", dt.date(2026, 4, 20)),
        (I.code(2), "绿色工厂", "申报中", dt.date(2026, 5, 6)),
        (I.code(3), "高新技术企业", "培育中", None)]


def test_enterprises_without_codes_are_asked_for_them_as_a_ledger(county_full: Config) -> None:
    """Never read as targets (whose records are indicators): refused as the 企业培育台账 it is, asking for the
    credit codes."""
    [o] = take(county_full, I.cult_without_codes)
    said = [p.line() for p in o.problems if p.severity == "error"]
    assert (o.status, o.form) == ("rejected", "cultivation"), said
    assert any("统一社会信用代码" in line for line in said), said
    assert not any("年度目标" in line or "范围" in line for line in said), said


def test_targets_under_attraction_words_read_by_their_rows(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    out = take(county_full, I.targets_attraction_words)
    accepted([o for o in out if o.form != "enterprise_output"], "targets", "工信局", "2026", 3)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("new_above_scale_target", D("5")), ("output_target", D("24"))]


def test_city_comparison_with_one_figure_under_an_alias(county_full: Config) -> None:
    out = take(county_full, I.city_alias_one_figure)
    accepted(out, "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("8.1"), None), ("甲县", D("9.5"), None), ("测试县", D("8.5"), None), ("乙县", D("7.2"), None),
        ("丙县", D("6"), None)]


def test_counties_with_no_figure_are_no_return(county_full: Config) -> None:
    [o] = take(county_full, I.counties_rank_only)
    assert (o.status, o.form, o.rows) == ("rejected", None, 0), [p.line() for p in o.problems]
    assert [p.code for p in o.problems if p.severity == "error"] == ["unknown_form"]


@pytest.mark.parametrize(("cell", "fits"), [("全市", True), ("甲县", True), ("某某区", True), ("东镇", False),
                                            ("全县", False), ("东方光伏科技有限公司", False), ("规上工业总产值", False)])
def test_a_county_key_fits_counties_only(cell: str, fits: bool) -> None:
    assert records.fits_key(CITY.column("county"), cell) is fits


def test_the_evidence_is_the_rows_not_the_headers(tmp_path: Path) -> None:
    """The same two headers over townships instead of counties are no city comparison: the rows do not fit."""
    folder = tmp_path
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年1-6月各乡镇规上工业增加值增速"])
    ws.append(["县区", "规上工业增加值增速", "位次"])
    for row in (["东镇", 7.0, 1], ["西镇", 6.5, 2], ["东关镇", 5.0, 3]):
        ws.append(row)
    p = folder / "towns.xlsx"
    wb.save(p)
    [m] = find_headers(CITY, open_workbook(p))
    assert (m.score, m.keyed, m.complete) == (2, False, False)
    p2 = I.city_alias_one_figure(folder)
    [m2] = find_headers(CITY, open_workbook(p2))
    assert (m2.score, m2.keyed, m2.complete) == (2, True, True)
