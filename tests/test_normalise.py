"""What clerks type, read as the value they meant, or refused with the reason and the fix."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

import pytest

from beizeng.base.enums import enum_key
from beizeng.base.forms import all_forms
from beizeng.intake.normalise import (
    CellError,
    enum_parser,
    is_nothing,
    parse_code,
    parse_date,
    parse_decimal,
    parse_flag,
    parse_month,
    parse_pct,
    parse_prose,
    stored_amount,
)
from schemas.cultivation import TYPES


@pytest.mark.parametrize(("typed", "value"), [
    ("1,234.5", "1234.5"), ("１２３", "123"), (" 300 ", "300"), ("3,000.50", "3000.50"), ("1 234", "1234"),
    ("−5", "-5"), ("－5", "-5"), (1.5, "1.5"), (0.1, "0.1"), (2500, "2500"), ("１，２００．７５", "1200.75"),
    ("'300", "300"),
])
def test_numbers_typed_every_way_read_exactly(typed: Any, value: str) -> None:
    assert parse_decimal(typed) == Decimal(value)


@pytest.mark.parametrize(("typed", "code"), [
    ("两千", "not_a_number"), ("3000万元", "unit_in_cell"), ("12亿元", "unit_in_cell"), ("#DIV/0!", "formula_error"),
    ("#REF!", "formula_error"), ("12%", "not_a_number"), (True, "bad_value"), (dt.date(2026, 3, 1), "not_a_number"),
])
def test_what_is_not_a_number_says_why(typed: Any, code: str) -> None:
    with pytest.raises(CellError) as err:
        parse_decimal(typed)
    assert err.value.code == code and err.value.fix


@pytest.mark.parametrize(("typed", "meant"), [("3,0000", "30000"), ("1,2000.5", "12000.5"), ("12,3456,7890", "1234567890")])
def test_commas_every_four_digits_are_asked_naming_the_figure_they_seem_to_group(typed: str, meant: str) -> None:
    # 3,0000 is a Chinese clerk counting by 万: asked (never guessed), and the question names 30000 so the fix is one look
    with pytest.raises(CellError) as err:
        parse_decimal(typed)
    assert err.value.code == "number_separator"
    assert f"（{meant}）" in err.value.message and f"直接填{meant}" in err.value.fix, (err.value.message, err.value.fix)


@pytest.mark.parametrize("typed", [None, "", "  ", "—", "——", "-", "/", "／", "无", "－", "暂无", "…"])
def test_nothing_is_nothing(typed: Any) -> None:
    assert is_nothing(typed)


@pytest.mark.parametrize("typed", ["0", 0, "否", "无效"])
def test_zero_and_words_are_something(typed: Any) -> None:
    assert not is_nothing(typed)


@pytest.mark.parametrize("typed", [
    46082, 46082.0, "46082", "2026.3.1", "2026-03-01", "2026/3/1", "2026年3月1日", "2026年3月", "2026.03",
    "20260301", dt.datetime(2026, 3, 1, 0, 0), dt.date(2026, 3, 1), "2026-03-01 00:00:00", "２０２６．３．１",
])
def test_dates_typed_every_way(typed: Any) -> None:
    assert parse_date(typed) == dt.date(2026, 3, 1)


@pytest.mark.parametrize(("typed", "date"), [("26.6.30", dt.date(2026, 6, 30)), ("25/12/1", dt.date(2025, 12, 1)),
                                             ("26-1-8", dt.date(2026, 1, 8))])
def test_a_two_digit_year_first_is_read_where_it_can_be_this_centurys_year(typed: str, date: dt.date) -> None:
    assert parse_date(typed) == date


@pytest.mark.parametrize(("typed", "asked"), [("30.6.26", "2026年6月30日"), ("5.6.25", "2025年6月5日"),
                                              ("88.6.30", None), ("12.6.30", None), ("26.13.5", None)])
def test_a_two_digit_year_last_or_out_of_reach_is_not_guessed(typed: str, asked: str | None) -> None:
    # 30.6.26 is a day first (no 2030 return exists yet): asked, naming the reading; 88.6.30, 12.6.30 are no date
    with pytest.raises(CellError) as err:
        parse_date(typed)
    assert err.value.code == "not_a_date"
    assert asked is None or asked in err.value.message, err.value.message


@pytest.mark.parametrize(("typed", "month_only"), [("2026-6", True), ("2026年6月", True), (202606, True), (2026.6, True),
                                                  ("2026-06-01", False), ("2026年6月1日", False), (46174, False)])
def test_a_month_alone_in_a_date_column_is_its_first_and_known_as_such(typed: Any, month_only: bool) -> None:
    from beizeng.intake.normalise import read_date

    assert read_date(typed) == (dt.date(2026, 6, 1), month_only)


@pytest.mark.parametrize("typed", ["2026.13.1", "2026-02-30", "下个月", 12, "3月1日"])
def test_impossible_dates_are_refused(typed: Any) -> None:
    with pytest.raises(CellError) as err:
        parse_date(typed)
    assert err.value.code == "not_a_date"


@pytest.mark.parametrize(("typed", "value"), [
    ("是", True), ("否", False), ("√", True), ("×", False), ("Y", True), ("n", False), (1, True), (0, False),
    (1.0, True), ("是 ", True), ("是（已入库）", True), ("已开工", True), ("未纳统", False), (True, True), ("Ｙ", True),
])
def test_flags_typed_every_way(typed: Any, value: bool) -> None:
    assert parse_flag(typed) is value


def test_a_flag_that_is_neither_says_what_to_write() -> None:
    with pytest.raises(CellError) as err:
        parse_flag("可能")
    assert err.value.code == "not_a_flag" and "√/×" in err.value.fix


def test_codes_lose_spaces_and_odd_dashes_and_are_upper_case() -> None:
    assert parse_code(" 91610599 ma0000001x ") == "91610599MA0000001X"
    assert parse_code("2601—610599–04－01-000001") == "2601-610599-04-01-000001"


def test_a_long_code_stored_as_a_number_is_refused_not_rounded() -> None:
    with pytest.raises(CellError) as err:
        parse_code(9.16105990000001e17)
    assert err.value.code == "code_as_number" and "文本" in err.value.fix
    assert parse_code(1329.0) == "1329"  # a short industry code typed as a number is fine


@pytest.mark.parametrize(("typed", "value"), [
    ("2019", "2019"), ("2019年", "2019"), (2019, "2019"), ("2018.6", "2018-06"), ("2018年6月", "2018-06"),
    (dt.date(2026, 3, 15), "2026-03"),
])
def test_months(typed: Any, value: str) -> None:
    assert parse_month(typed) == value


def test_percentages_keep_whether_they_had_a_sign() -> None:
    assert parse_pct("12.5%") == (Decimal("12.5"), True)
    assert parse_pct("12.5％") == (Decimal("12.5"), True)
    assert parse_pct(0.125) == (Decimal("0.125"), False)


def test_money_is_converted_and_rounded_half_up_to_one_yuan() -> None:
    assert stored_amount(Decimal("12345.67"), Decimal("0.0001")) == Decimal("1.2346")
    assert stored_amount(Decimal("12344.5"), Decimal("0.0001")) == Decimal("1.2345")  # half up, not half even
    assert stored_amount(Decimal("0.30005"), Decimal(10000)) == Decimal("3000.5000")


@pytest.mark.parametrize(("typed", "kept"), [
    ("①推进技改，完成投资1.2亿元；②新增规上企业3家（含“小巨人”1家）。",
     "①推进技改，完成投资1.2亿元；②新增规上企业3家（含“小巨人”1家）。"),
    ("\u3000\u3000二是：强化要素保障。\u3000 ", "二是：强化要素保障。"),
    ("第一条；\r\n第二条。\r", "第一条；\n第二条。"),
    ("ＡＢＣ园区　一期", "ＡＢＣ园区　一期"),  # full-width letters and inner spaces are the writer's
    (85.0, "85"),
])
def test_prose_is_kept_as_typed(typed: Any, kept: str) -> None:
    assert parse_prose(typed) == kept


@pytest.mark.parametrize("typed", [
    "专精特新小巨人", "专精特新“小巨人”", '专精特新"小巨人"', "专精特新「小巨人」", "专精特新『小巨人』",
    "专精特新＂小巨人＂", "专精特新　小巨人", "\u3000专精特新 “小巨人”\u3000", "专精特新（小巨人）", "专精特新‘小巨人’",
])
def test_an_enum_value_in_any_quotes_reads_as_the_choice(typed: str) -> None:
    assert enum_parser(TYPES)(typed) == "专精特新小巨人"


@pytest.mark.parametrize(("typed", "choice"), [
    ("专精特新小巨人（国家级）", "专精特新小巨人"),  # as the column's description writes it
    ("专精特新“小巨人”(国家级)", "专精特新小巨人"),
    ("技改奖励资金（省级中小企业技术改造奖励资金申报）", "技改奖励资金"),
    ("绿色工厂【市级】 ", "绿色工厂"),
])
def test_an_enum_value_with_a_note_in_brackets_reads_as_the_choice(typed: str, choice: str) -> None:
    assert enum_parser(TYPES)(typed) == choice


@pytest.mark.parametrize("typed", ["国家级 小巨人", "（国家级）", "小巨人（专精特新）", "专精特新小巨人（国家级）备注"])
def test_an_unknown_enum_value_is_left_for_validation_to_refuse(typed: str) -> None:
    assert enum_parser(TYPES)(typed) == unicodedata.normalize("NFKC", typed).replace(" ", "")  # as typed


@pytest.mark.parametrize("code", sorted(all_forms()))
def test_no_two_choices_of_an_enum_fold_to_the_same_key(code: str) -> None:
    for col in all_forms()[code].columns:
        if col.kind == "enum":
            assert col.choices, f"{code}.{col.name} is an enum without choices"
            keys = [enum_key(c) for c in col.choices]
            assert len(set(keys)) == len(keys), f"{code}.{col.name}: choices that read the same {keys}"
