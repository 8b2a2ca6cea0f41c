"""Hand-made returns, round 9 (tests/handmade/onerecord9.py): one enterprise's own return written as indicator
lines — its particulars as key：value lines or label | value cells, then 指标 | 单位 | 本月 | 1-N月 | 上年同期 (or the
platform's 指标名称 | 计量单位 | 代码 | 本期 | 上年同期 with 其中：本月 as a line), each line in its own unit; several
such sheets in one workbook, one per enterprise.  Read through the real pipeline (``take``) into a fresh county.
"""

from __future__ import annotations

from decimal import Decimal

from beizeng.base.config import Config
from tests.handmade import onerecord9 as r9
from tests.test_handmade import accepted, sql, take
from tests.test_handmade_fresh8 import said

ROW = "select uscc, name, township, industry_code, sei, output_month, output_cum, output_cum_last_year, revenue_cum " \
      "from cur_enterprise_output order by uscc"


def test_lines_with_a_month_column_each_in_its_own_unit(county_full: Config) -> None:
    o = accepted(take(county_full, r9.ent_lines_with_a_month_column), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, ROW) == [
        (r9.W[900], "西岭建材有限公司", "西镇", "3021", False, Decimal("8000"), Decimal("50000"), Decimal("45000"),
         Decimal("52000"))]  # 营业收入 5.2 亿元 on its own line
    extra = {m.split("「")[-1].split("」")[0] for c, _, m in said(o, "info") if c == "extra_column"}
    assert {"本月营业收入(亿元)", "上年同期营业收入(亿元)"} <= extra  # lines the form has no column for: said
    # lineage: the figures' own cells (C7 D7 E7 the output line, D8 the revenue line)
    [(implied,)] = sql(county_full, "select implied from cur_enterprise_output")
    assert all(cell in implied for cell in ("C7", "D7", "E7", "D8"))


def test_lines_in_wanyuan_said_by_the_header_with_a_row_number_column(county_full: Config) -> None:
    o = accepted(take(county_full, r9.ent_lines_in_wanyuan_by_the_header), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, ROW) == [
        (r9.W[901], "东关饲料有限公司", "东镇", "1329", False, Decimal("3300"), Decimal("20000.5"), Decimal("22000"),
         Decimal("21000"))]
    cells = {cell for c, cell, _ in said(o, "info") if c == "extra_column"}
    assert {"A10", "A11"} <= cells  # last year's month and last year's revenue: named by their lines


def test_two_enterprises_as_two_sheets_are_two_records_each_in_its_unit(county_full: Config) -> None:
    o = accepted(take(county_full, r9.ent_two_enterprises_as_two_sheets), "enterprise_output", "统计局", "2026-06", 2)
    assert sql(county_full, ROW) == [
        (r9.W[902], "东方光伏科技有限公司", "东镇", "3825", True, Decimal("5000"), Decimal("30000"), Decimal("25000"),
         Decimal("33000")),
        (r9.W[903], "西镇矿业有限公司", "西镇", "0810", False, Decimal("2000"), Decimal("11000"), Decimal("9000"),
         Decimal("12000"))]
    assert "sheets_joined" in {c for c, _, _ in said(o, "info")}
    rows = sql(county_full, "select sheet, excel_row, implied from cur_enterprise_output order by uscc")
    # each record's row is its 1-N月 产值's (fx39), on its own sheet
    assert [(s, r) for s, r, _ in rows] == [("东方光伏", 10), ("西镇矿业", 11)]
    assert "D10" in rows[0][2] and "D11" in rows[1][2]  # each figure's own cell on its own sheet
    # a line a sheet has that the form has not is said on that sheet
    assert ("西镇矿业", "A10") in {(p.sheet, p.cell) for p in o.problems if p.code == "extra_column"}


def test_particulars_typed_in_one_merged_line_are_read(county_full: Config) -> None:
    accepted(take(county_full, r9.ent_particulars_in_one_merged_line), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, ROW) == [
        (r9.W[905], "东方光伏科技有限公司", "东镇", "3825", True, Decimal("5000"), Decimal("30000"), Decimal("25000"),
         Decimal("33000"))]


def test_particulars_beside_the_lines_never_read_the_month_as_the_year(county_full: Config) -> None:
    accepted(take(county_full, r9.ent_particulars_beside_the_lines), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, ROW) == [
        (r9.W[906], "西镇矿业有限公司", "西镇", "0810", False, Decimal("2000"), Decimal("11000"), Decimal("9000"),
         Decimal("12000"))]


def test_a_missing_output_line_is_said_and_the_return_is_no_targets_table(county_full: Config) -> None:
    outcomes = take(county_full, r9.ent_lines_missing_the_output_line)
    [o] = outcomes
    assert (o.status, o.form) == ("rejected", "enterprise_output")
    errors = " ".join(m for _, _, m in said(o, "error"))
    assert "1-N月累计工业总产值" in errors
    assert any(c == "extra_column" and "利润总额" in m for c, _, m in said(o, "info"))


def test_a_missing_output_line_asks_nothing_about_other_lines(county_full: Config) -> None:
    [o] = take(county_full, r9.ent_lines_missing_the_output_line)
    assert "ambiguous_column" not in {c for c, _, _ in said(o, "error")}
