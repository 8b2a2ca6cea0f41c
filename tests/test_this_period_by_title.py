"""本期 alone under a figure's name (工业总产值 ▸ 本期 | 上年同期) is read by the range the title names.

The class: the statistics platform's two-row header gives no month word under the figure; a title that says 1-6月
makes 本期 the half year (beizeng.intake.matching.this_period_read).  A title naming one month settles nothing
(the platform's monthly tables call the cumulative 本期 as well): still asked, never guessed as the month."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.handmade import probe18 as p
from tests.test_handmade import codes, rejected, sql
from tests.test_handmade import take_lazily as take


def _retitled(title: str):  # type: ignore[no-untyped-def]
    def make(folder: Path) -> Path:
        path = p.ent_benqi_under_output_means_the_cumulative(folder)
        wb = openpyxl.load_workbook(path)
        wb.active["A1"] = title
        wb.save(path)
        return path
    return make


def test_a_range_title_said_differently_reads_benqi_as_the_cumulative(county_full: Config) -> None:
    # why: 1月至6月 is the same range as 1-6月 (headers.months_named): the half year, 16,900 in all
    [o] = take(county_full, _retitled("测试县2026年1月至6月规模以上工业企业主要指标"))
    assert o.status == "accepted", codes(o)
    assert [c for c in codes(o, "info") if c[0] == "this_period_as_range"] == [("this_period_as_range", "Sheet1!H3")]
    assert sql(county_full, "select sum(output_cum), count(output_month) from cur_enterprise_output") == [(D(16900), 0)]


def test_a_one_month_title_leaves_benqi_asked(county_full: Config) -> None:
    # why: under 2026年6月 本期 may be June or January-June: the clerk is asked, nothing stored as either
    o = rejected(take(county_full, _retitled("2026年6月规上工业企业生产情况")))
    assert ("missing_columns", "Sheet1!第3行") in codes(o, "error")
    assert not [c for c in codes(o) if c[0] == "this_period_as_range"]
    assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]
