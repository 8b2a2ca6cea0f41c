"""The one rule reading a written name as a configured county, township or sender (beizeng.base.names)."""

from __future__ import annotations

import pytest

from beizeng.base.names import NameRead, read_name

COUNTIES = {c: c for c in ("岚山县", "汉台区", "南郑区", "城固县", "洋县", "西乡县")} | {"全市": "全市"}
TOWNS = {"城关镇": "城关镇", "城关镇人民政府": "城关镇", "城关街道": "城关街道", "柳林镇": "柳林镇",
         "岚山经开区": "岚山经开区", "经开区": "岚山经开区", "岚山县经济技术开发区": "岚山经开区"}
SCOPES = TOWNS | {"岚山县": "岚山县", "全县": "岚山县"}


@pytest.mark.parametrize(("written", "lookup", "read"), [
    ("汉台区", COUNTIES, NameRead("汉台区")),
    ("汉台", COUNTIES, NameRead("汉台区", "short")),
    ("岚山", COUNTIES, NameRead("岚山县", "short")),
    ("洋", COUNTIES, NameRead(None)),  # one character names nothing for sure
    ("柳林镇人民政府", TOWNS, NameRead("柳林镇", "office")),
    ("柳林", TOWNS, NameRead("柳林镇", "short")),
    ("城关", TOWNS, NameRead(None, "short", candidates=("城关镇", "城关街道"))),
    ("岚山", SCOPES, NameRead(None, "short", candidates=("岚山经开区", "岚山县"))),  # the county or its zone?
    ("岚山", TOWNS, NameRead("岚山经开区", "short")),
    ("城关镇东坝村", TOWNS, NameRead("城关镇", "place", "东坝村")),
    ("城关街道西关社区", TOWNS, NameRead("城关街道", "place", "西关社区")),  # the longest configured name at the start
    ("经开区东区", TOWNS, NameRead("岚山经开区", "place", "东区")),
    ("城关镇、柳林镇", TOWNS, NameRead(None, "place", "、柳林镇", ("城关镇", "柳林镇"))),
    ("城关镇小计", TOWNS, NameRead(None)),  # a subtotal is no place
    ("新集镇东坝村", TOWNS, NameRead(None)),
])
def test_a_written_name_is_read_or_asked(written: str, lookup: dict[str, str], read: NameRead) -> None:
    assert read_name(written, lookup, {"岚山县", "汉台区", "全市"}) == read


def test_the_county_is_never_the_start_of_a_township_named_after_it() -> None:
    # 岚山县 in a township column is the county (a county-wide row), not 岚山县经济技术开发区 (岚山经开区) cut short
    assert read_name("岚山县", TOWNS, {"岚山县"}) == NameRead(None)
    assert read_name("岚山县", TOWNS) == NameRead("岚山经开区", "short")  # what it would be without knowing the county
