"""Row-level questions on a return joined from sheets each in its own unit quote that row's figures in its own
sheet's unit (``checks._row_factor``): a clerk looking at 西镇's sheet in 亿元 must find 0.07 and 0.4 there, not
700 and 4,000 (万元, the first sheet's unit)."""

from __future__ import annotations

from beizeng.base.config import Config
from tests.handmade import joined15
from tests.test_handmade import rejected, sql
from tests.test_handmade import take_lazily as take


def test_a_slip_on_the_sheet_in_yi_is_quoted_in_yi(county_full: Config) -> None:
    o = rejected(take(county_full, joined15.ent_sheets_slip_on_the_yi_sheet))
    [asked] = [p for p in o.problems if p.code == "cum_below_month"]
    assert (asked.sheet, asked.cell, asked.value) == ("西镇", "H5", "0.07")
    assert asked.message.startswith("1-6月累计 0.07 小于本月 0.4（亿元）")
    [yoy] = [p.message for p in o.problems if p.code == "yoy_out_of_range"]
    assert "（本年 0.07，上年同期 0.3，亿元）" in yoy
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]
