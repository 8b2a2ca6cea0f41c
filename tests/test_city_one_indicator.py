"""A city comparison table holding one indicator column (县区 | 规上工业总产值增速): the form's indicators are all
optional, so a table of one of them is the form's, read — never ``unknown_form`` — with the counties written in full or
short under 全市 as the city's bulletin prints them (tests/handmade/probe20.py)."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import probe20 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take


def test_a_city_table_of_one_indicator_is_read(county_full: Config) -> None:
    [o] = take(county_full, p.city_one_indicator_column)
    assert (o.status, o.form, o.rows) == ("accepted", "city_comparison", 5), codes(o)
    assert sql(county_full, "select county, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("7.8"), None), ("测试县", D("9.1"), None), ("甲县", D("6.5"), None), ("乙县", D("8.0"), None),
        ("丙县", D("7.2"), None)]


def test_a_city_table_of_one_indicator_with_short_county_names_is_read(county_full: Config) -> None:
    # why: 全市 over 测试 / 甲 / 乙 / 丙 is the city's bulletin's list of its counties, though only one figure beside
    [o] = take(county_full, p.city_one_indicator_column_short_names)
    assert (o.status, o.form, o.rows) == ("accepted", "city_comparison", 5), codes(o)
    assert sql(county_full, "select county, output_yoy_pct from cur_city_comparison order by excel_row") == [
        ("全市", D("7.8")), ("测试县", D("9.1")), ("甲县", D("6.5")), ("乙县", D("8.0")), ("丙县", D("7.2"))]
