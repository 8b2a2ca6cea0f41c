"""The one rule reading a written name as a configured county, township or sender (beizeng.base.names)."""

from __future__ import annotations

import pytest

from beizeng.base.names import NameRead, department_names, read_name

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


CITY = COUNTIES | {"汉中市": "全市"}
CITY_COUNTIES = ("岚山县", "汉台区", "南郑区", "城固县", "洋县", "西乡县")


@pytest.mark.parametrize(("written", "read"), [
    ("洋", NameRead("洋县", "short")),  # one character, but exactly 洋县 without its 县: in a list of the counties
    ("汉台", NameRead("汉台区", "short")),
    ("汉中", NameRead("全市", "short")),  # the city's own name, short: its row
    ("城", NameRead(None)),  # no county is 城 with a suffix; too short to be a start
    ("★岚山县(本县)", NameRead("岚山县", "marked", "★、(本县)")),  # clean_text has made （） ()
    ("岚山县※", NameRead("岚山县", "marked", "※")),
    ("*汉台", NameRead("汉台区", "marked", "*")),
    ("★汉台区(本县)", NameRead(None, "marked", "本县", ("汉台区", "岚山县"))),  # the remark says another county
    ("岚山县(开发区)", NameRead("岚山县", "place", "(开发区)")),  # no decoration: what it is stays the place rule's
])
def test_a_county_in_the_citys_table_written_short_or_decorated(written: str, read: NameRead) -> None:
    """The city's table lists its counties: a county's name without its 县/区/市 is that county however short (洋 is
    洋县), marks and a （本县） remark are no part of a name, and a remark beside another county is asked."""
    assert read_name(written, CITY, {"岚山县", "汉中市", *CITY_COUNTIES, "全市"}, counties=CITY_COUNTIES,
                     own="岚山县") == read


def test_a_short_county_two_counties_drop_to_is_asked() -> None:
    """甲县 and 甲区 both drop to 甲: asked, never the first of them."""
    lookup = {"甲县": "甲县", "甲区": "甲区", "乙县": "乙县"}
    assert read_name("甲", lookup, counties=tuple(lookup)) == NameRead(None, "short", candidates=("甲县", "甲区"))
    assert read_name("甲", lookup) == NameRead(None)  # not a list of the city's counties: one character is nothing


DEPARTMENTS = {n: n for n in ("自然资源局", "发改局", "工信局", "财政局", "文化局", "旅游局")} | {"东镇": "东镇"}


@pytest.mark.parametrize(("written", "read"), [
    ("县自然资源和规划局", NameRead("自然资源局", "longer")),  # the bureau's name since the 2019 reform
    ("岚山县发展和改革局", NameRead("发改局", "longer")),
    ("工业和信息化局", NameRead("工信局", "longer")),
    ("县文化和旅游局", NameRead(None, "longer", candidates=("文化局", "旅游局"))),  # two bureaus merged: asked
    ("东关镇", NameRead(None)),  # a township's characters inside another township's name: never 东镇
    ("县自然资源和规划中心", NameRead(None)),  # not a 局: another body
])
def test_a_department_under_its_longer_official_name(written: str, read: NameRead) -> None:
    assert read_name(written, DEPARTMENTS, {"岚山县"}) == read


PLACES = {n: n for n in ("红星回族乡", "杨家彝族苗族乡", "青龙满族乡", "红星镇", "东关镇", "东城街道", "东城镇",
                         "经济技术开发区", "城北工业园区", "城南工业园区", "新民乡")}


@pytest.mark.parametrize(("written", "read"), [
    ("红星乡", NameRead("红星回族乡", "short")),  # a 民族乡 as it is said aloud: without its people
    ("杨家乡", NameRead("杨家彝族苗族乡", "short")),  # two peoples
    ("青龙乡", NameRead("青龙满族乡", "short")),
    ("经开区", NameRead("经济技术开发区", "short")),  # a zone by its words' first characters
    ("城北园区", NameRead("城北工业园区", "short")),  # without its middle word
    ("园区", NameRead(None)),  # too short to name one
    ("城工园区", NameRead(None, "short", candidates=("城北工业园区", "城南工业园区"))),  # two zones fit: asked
    ("东城办", NameRead("东城街道", "short")),  # a 街道 as its office (东城镇 is no 街道)
    ("东城街办", NameRead("东城街道", "short")),
    ("东镇", NameRead(None)),  # a plain township's characters inside another's name: never 东关镇
    ("新乡", NameRead(None)),  # 新民乡 is no 民族乡: its 民 is its name
    ("红星族乡", NameRead(None)),  # not the configured name with its peoples dropped
])
def test_a_place_said_shorter_than_its_configured_name(written: str, read: NameRead) -> None:
    assert read_name(written, PLACES, {"岚山县"}) == read


def test_a_name_that_is_none_suggests_the_likely_ones_first() -> None:
    from beizeng.base.names import likely

    names = ["城东街道", "东城镇", "东城街道", "新民乡", "柳林镇", "红星回族乡", "青龙满族乡"]
    assert likely("东城区", names) == ["东城镇", "东城街道", "城东街道"]  # 东, 城 shared; 区 is every zone's
    assert likely("柳树镇", names) == ["柳林镇"]
    assert likely("大河镇", names) == []  # only 镇 in common: nothing suggested


@pytest.mark.parametrize(("written", "read"), [
    ("城北区", NameRead(None)),  # without the 园 it is a district, not 城北工业园区
    ("红星乡人民政府", NameRead("红星回族乡", "short")),  # a short form with its office
    ("经开区管委会", NameRead("经济技术开发区", "short")),
    ("东城办事处", NameRead("东城街道", "short")),
    ("红星乡红星村", NameRead("红星回族乡", "place", "红星村")),  # with one of its villages
    ("红星乡红星", NameRead(None)),  # what follows is no village
])
def test_a_short_form_is_a_place_only_with_its_kind_and_with_what_may_follow_it(written: str, read: NameRead) -> None:
    assert read_name(written, PLACES, {"岚山县"}) == read


#: A county's townships with a zone, for the county's own name written before them (测试县).
OWN = {"红星乡": "红星乡", "西镇": "西镇", "东镇": "东镇", "东关镇": "东镇", "测试镇": "测试镇",
       "经济技术开发区": "经济技术开发区"}


@pytest.mark.parametrize(("written", "read"), [
    ("测试县红星乡", NameRead("红星乡", "short")),  # the county says where, not which: said as read
    ("测试县经济技术开发区", NameRead("经济技术开发区", "short")),
    ("测试红星乡", NameRead("红星乡", "short")),  # 测试 for 测试县
    ("测试县东镇人民政府", NameRead("东镇", "short")),
    ("测试县红星乡红星村", NameRead("红星乡", "place", "红星村")),
    ("测试镇红星村", NameRead("测试镇", "place", "红星村")),  # a township named like the county keeps its name
    ("测试县", NameRead(None)),  # the county itself is no township
    ("测试县新集镇", NameRead(None)),  # nothing configured after it: refused as before
    ("甲县红星乡", NameRead(None)),  # another county's 红星乡 is not this county's
])
def test_the_county_own_name_before_a_name_is_taken_off(written: str, read: NameRead) -> None:
    assert read_name(written, OWN, {"测试县", "甲县", "全县"}, county="测试县") == read


def test_the_county_name_is_only_taken_off_when_the_county_is_known() -> None:
    assert read_name("测试县红星乡", OWN, {"测试县"}) == NameRead(None)


@pytest.mark.parametrize(("written", "read"), [
    ("红星乡西镇村", NameRead("红星乡", "place", "西镇村")),  # 红星乡's village 西镇村: 村 ends it
    ("红星乡西镇社区", NameRead("红星乡", "place", "西镇社区")),
    ("红星乡西镇村委会", NameRead("红星乡", "place", "西镇村委会")),
    ("西镇东关村", NameRead("西镇", "place", "东关村")),  # 东关 (东关镇) is no name here: 西镇's village
    ("红星乡西镇", NameRead(None, "place", "西镇", ("红星乡", "西镇"))),  # two townships, no village word: asked
    ("红星乡西镇东关村", NameRead(None, "place", "西镇东关村", ("红星乡", "西镇"))),  # 西镇's 东关村? asked
    ("红星乡、西镇村", NameRead(None, "place", "、西镇村", ("红星乡", "西镇"))),  # a list, not a village's name
])
def test_a_village_named_like_another_township_is_the_first_townships(written: str, read: NameRead) -> None:
    assert read_name(written, OWN, {"测试县"}) == read


#: 镇安县 (商洛市): the county's name holds 镇, a township's name starts with the county's (镇安镇) or holds its 县
#: (县城街道), a zone is named for the county (镇安工业园区), and one stem has two kinds (城关镇, 城关街道).
ZHENAN = {n: n for n in ("镇安镇", "城关镇", "城关街道", "县城街道", "镇东街道", "镇安工业园区")}


@pytest.mark.parametrize(("written", "read"), [
    ("城关镇街道", NameRead(None, "kinds", "街道", ("城关镇", "城关街道"))),  # which of the two? asked
    ("城关镇街道办事处", NameRead(None, "kinds", "街道办事处", ("城关镇", "城关街道"))),
    ("镇安县城关镇街道", NameRead(None, "kinds", "街道", ("城关镇", "城关街道"))),
    ("城关镇东关村", NameRead("城关镇", "place", "东关村")),  # a village of 城关镇, no second kind
    ("镇安县城街道", NameRead("县城街道", "short")),  # the county's 县 is 县城街道's own: both splits tried
    ("镇安县县城街道办事处", NameRead("县城街道", "short")),
    ("镇安县工业园区", NameRead("镇安工业园区", "short")),  # the county's full name before the zone named for it
    ("镇安县工业园区管委会", NameRead("镇安工业园区", "short")),
    ("商洛市镇安县镇东街道", NameRead("镇东街道", "short")),  # the city before the county says where too
    ("商洛市镇安县镇安镇人民政府", NameRead("镇安镇", "short")),
    ("镇安县城关镇", NameRead("城关镇", "short")),  # the full name's split reads: it decides
    ("商洛市城关镇", NameRead(None)),  # the city alone before a township: any county's 城关镇
])
def test_county_and_city_before_a_name_and_two_kinds_of_one_stem(written: str, read: NameRead) -> None:
    assert read_name(written, ZHENAN, {"镇安县", "商洛市", "洛南县"}, county="镇安县", city="商洛市") == read


def test_only_one_kind_configured_reads_the_second_kind_as_a_place() -> None:
    assert read_name("城关镇街道", {"城关镇": "城关镇"}) == NameRead("城关镇", "place", "街道")


@pytest.mark.parametrize(("name", "county", "others"), [
    ("镇安县工信局", "镇安县", ("工信局", "镇安工信局", "县工信局")),  # configured with the county: read without
    ("工信局", "镇安县", ("镇安县工信局", "镇安工信局", "县工信局")),  # and the other way round
    ("县工信局", "镇安县", ("工信局", "镇安县工信局", "镇安工信局")),
    ("汉台区统计局", "汉台区", ("统计局", "汉台统计局", "区统计局")),
    ("县委办", "镇安县", ()),  # 委办 is no department: left alone
    ("城关镇", "镇安县", ()),  # not a department's name
])
def test_a_department_with_or_without_the_county_in_front_is_one(name: str, county: str,
                                                                   others: tuple[str, ...]) -> None:
    assert department_names(name, county) == others
