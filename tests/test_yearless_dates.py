"""A day typed without its year (3.15, 3月15日) in a date column: read in the return's year when that is the only
reading, asked when it is not (normalise.with_the_returns_year); a date said from the return's period in words
(去年12月, 本月8日: normalise.said_in_words) read from that period."""

from __future__ import annotations

import pytest

from beizeng.intake.normalise import CellError, read_date, said_in_words, with_the_returns_year


@pytest.mark.parametrize(("raw", "period", "read"), [
    ("3.15", "2026-06", "2026年3月15日"),   # the fresh round's 开工日期
    ("3月15日", "2026-06", "2026年3月15日"),
    ("3月15号", "2026-06", "2026年3月15日"),
    ("6-30", "2026-06", "2026年6月30日"),   # the period's own month is no later than it
    ("11/5", "2026", "2026年11月5日"),      # a yearly return: any month of its year
    (3.15, "2026-06", "2026年3月15日"),     # typed into a General cell, Excel keeps the number
])
def test_a_day_without_its_year_is_read_in_the_returns_year(raw: object, period: str, read: str) -> None:
    found = with_the_returns_year(raw, period)
    assert found is not None and found[0] == read
    assert read_date(found[0]) == (read_date(read)[0], False)


@pytest.mark.parametrize(("raw", "period", "words"), [
    (3.2, "2026-06", "看不出是3月2日还是3月20日"),   # Excel stored 3.20 as 3.2: the 0 is gone
    ("9.15", "2026-06", "9月15日晚于报表期间"),      # more likely last September than a day not yet come
])
def test_a_day_with_two_readings_is_asked(raw: object, period: str, words: str) -> None:
    with pytest.raises(CellError) as err:
        with_the_returns_year(raw, period)
    assert words in str(err.value) and err.value.code == "not_a_date"


@pytest.mark.parametrize("raw", ["2026.3.15", "13.5", "3.45", "1,200", "是", 2026.0, None])
def test_what_is_no_day_without_a_year_is_left_to_the_date_reader(raw: object) -> None:
    """A full date, a 13th month, a 45th day, a figure: not this reading (read_date says what they are)."""
    assert with_the_returns_year(raw, "2026-06") is None


def test_without_a_period_nothing_is_supplied() -> None:
    assert with_the_returns_year("3.15", None) is None


@pytest.mark.parametrize(("raw", "period", "read"), [
    ("去年12月28日", "2026-06", "2025年12月28日"),  # the year in words: the return's year less one
    ("上年11月5日", "2026-06", "2025年11月5日"),    # later in the year than the period, and no question: 上年 says so
    ("今年5月20日", "2026-06", "2026年5月20日"),
    ("今年9月15日", "2026-06", "2026年9月15日"),    # read as said; that it has not come yet is after_period's to ask
    ("去年12月", "2026-06", "2025年12月"),          # a month: its 1st, said as month_as_first by the date reader
    ("本年5月份", "2026-06", "2026年5月"),
    ("上年底", "2026-06", "2025年12月"),            # a year's end is its last month
    ("去年年末", "2026-06", "2025年12月"),
    ("今年初", "2026-06", "2026年1月"),
    ("年初", "2026-06", "2026年1月"),
    ("本月8日", "2026-06", "2026年6月8日"),        # the month in words: the return's own
    ("上月20号", "2026-06", "2026年5月20日"),
    ("上月20日", "2026-01", "2025年12月20日"),      # January's 上月 is last December
    ("上个月", "2026-06", "2026年5月"),
    ("上月底", "2026-06", "2026年5月31日"),        # a month's end said in words: its last day
    ("上月末", "2026-03", "2026年2月28日"),
    ("本月底", "2026-06", "2026年6月30日"),
])
def test_a_date_said_from_the_returns_period_is_read_from_it(raw: str, period: str, read: str) -> None:
    assert said_in_words(raw, period) == (read, raw)  # quoted back as typed (上月20号, not 上月20日)


@pytest.mark.parametrize(("raw", "period"), [
    ("3月15日", "2026-06"), ("去年", "2026-06"), ("本月底前", "2026-06"), ("上年13月", "2026-06"), ("年初", "2026"),
    ("年初", None), (3.15, "2026-06"),
])
def test_what_says_no_date_from_the_period_is_left_to_the_other_readers(raw: object, period: str | None) -> None:
    """A day without a year (with_the_returns_year's), a year alone, a deadline, a 13th month, a yearly return's
    年初 (which month of which report?), no period, a number."""
    assert said_in_words(raw, period) is None
