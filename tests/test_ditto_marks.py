"""同上 / 〃 typed instead of repeating the row above (normalise ``_DITTO``): read in names, townships,
categories and dates, and said once per column with what each was read as; in figures and codes, or with
nothing above, asked on the cell — a ditto never becomes a figure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import ditto12
from tests.test_handmade import accepted, sql
from tests.test_handmade import take_lazily as take


def test_nature_and_start_date_dittoed_are_read_from_the_row_above(county_full: Config) -> None:
    o = accepted(take(county_full, ditto12.fai_nature_and_start_dittoed), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select nature, start_date, invest_cum from cur_fai_projects order by excel_row") == [
        ("改建和技术改造", dt.date(2026, 3, 10), D(300)), ("改建和技术改造", dt.date(2026, 3, 10), D(200)),
        ("改建和技术改造", dt.date(2026, 3, 10), D(100))]
    said = sorted(p.message for p in o.problems if p.code == "ditto_mark")
    assert said == ["「建设性质」第5行“同上”（改建和技术改造）、第6行“〃”（改建和技术改造）按上一行的内容读取",
                    "「开工日期」第5行“同上”（2026-03-10）、第6行“同上”（2026-03-10）按上一行的内容读取"]


def test_ditto_in_a_figure_a_code_or_the_first_row_is_asked(county_full: Config) -> None:
    [o] = take(county_full, ditto12.fai_ditto_in_figures_and_codes)
    assert o.status == "rejected"
    asked = sorted((p.code, p.cell) for p in o.problems if p.severity == "error")
    assert asked == [("ditto_unread", "A6"), ("ditto_unread", "C4"), ("not_a_number", "K5")]
    said = {p.cell: p.message for p in o.problems if p.severity == "error"}
    assert all("同上、〃只能用于名称、乡镇等文字" in said[cell] for cell in ("A6", "K5"))  # a code, a figure
    assert "这是第一行数据，上面没有内容，“同上”没有可照抄的内容" in said["C4"]
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]
