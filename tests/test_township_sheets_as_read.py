"""A return kept as a sheet per township (or continued on a 续表) reads each sheet as a single sheet is read (parts.by_township with
``as_read``): a row the clerk hid or struck through on the second sheet is set aside and said there — before,
the joined view knew only the first sheet's styles and counted it (79,000 万元 where 70,000 are shown)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.handmade.lead10 import (
    ent_a_sheet_per_township_a_row_hidden_on_the_second,
    ent_continued_with_a_row_hidden_on_the_xubiao,
)
from tests.test_handmade import accepted, one
from tests.test_handmade import take_lazily as take


@pytest.mark.parametrize(("struck", "code"), [(False, "hidden_row"), (True, "struck_row")])
def test_a_row_set_aside_on_the_second_township_sheet_is_not_counted(county_full: Config, struck: bool,
                                                                     code: str) -> None:
    o = accepted(take(county_full, lambda folder: ent_a_sheet_per_township_a_row_hidden_on_the_second(folder, struck)),
                 "enterprise_output", "统计局", "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("70000")
    assert one(county_full, "select count(*) from cur_enterprise_output where name = '西镇企业2有限公司'") == 0
    assert [(p.severity, p.sheet, p.row) for p in o.problems if p.code == code] == [("warning", "西镇", 4)]


def test_a_row_hidden_on_a_xubiao_page_is_not_counted(county_full: Config) -> None:
    """The same for a table continued on 「续表」 (parts.by_continuation): its hidden row was counted (110,000)."""
    o = accepted(take(county_full, ent_continued_with_a_row_hidden_on_the_xubiao), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert one(county_full, "select sum(output_cum) from cur_enterprise_output") == Decimal("104000")
    assert [(p.sheet, p.row) for p in o.problems if p.code == "hidden_row"] == [("续表", 4)]
