"""The 填报单位 line against the file name: a line naming a township that is none of the county's, under a file
named for one of them, is asked (one source contradicting the other is no proof); a line naming no one in
particular (本镇…, the county itself) leaves the file name to decide."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from beizeng.base.config import Config
from tests.handmade import senders13 as s13
from tests.test_handmade import Maker, accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take


def test_another_township_on_the_line_is_asked_and_nothing_stored(county_full: Config) -> None:
    o = rejected(take(county_full, s13.another_township_on_the_line))
    assert codes(o, "error") == [("ambiguous_sender", "项目(元坝镇)!")]
    [p] = o.problems
    assert "元坝镇人民政府" in p.message and "“东镇”" in p.message and "填报单位：东镇" in (p.fix or "")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


@pytest.mark.parametrize("maker", [s13.own_office_on_the_line, s13.county_name_on_the_line])
def test_a_line_naming_no_other_township_leaves_the_file_name_to_decide(county_full: Config, maker: Maker) -> None:
    o = accepted(take(county_full, maker), "fai_projects", "东镇", "2026-06", 2)
    assert "ambiguous_sender" not in [c for c, _ in codes(o)]
    assert sql(county_full, "select sum(invest_cum) from cur_fai_projects") == [(D(1100),)]
