"""A period typed on the command line the ways people write a month, read as YYYY-MM; anything else is
refused with a sentence showing how to write it."""

from __future__ import annotations

import pytest

from beizeng.base.periods import check_period


@pytest.mark.parametrize("typed", ["2026-06", "2026-6", "2026/06", "2026.6", "2026年6月", "2026年1-6月", "202606",
                                   "２０２６年６月", " 2026-06 ", "2026年1-6月累计"])
def test_the_ways_people_write_june_2026(typed: str) -> None:
    assert check_period(typed) == "2026-06"


@pytest.mark.parametrize("typed", ["2026-13", "2026", "06-2026", "2026年13月", "2026-00", "26-06", "六月"])
def test_what_is_not_a_month_is_refused_with_how_to_write_it(typed: str) -> None:
    with pytest.raises(ValueError) as exc:
        check_period(typed)
    assert str(exc.value) == f"期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“{typed}”"


def test_a_period_in_parts_and_words() -> None:
    # given a monthly and a yearly period; expect its year, month, the clerk's words and its first day
    from beizeng.base.periods import first_day, month_label, month_of, year_of

    assert (year_of("2026-06"), month_of("2026-06"), month_label("2026-06")) == (2026, 6, "2026年6月")
    assert (year_of("2026"), month_of("2026"), month_label("2026")) == (2026, None, "2026年度")
    assert first_day("2026-12").isoformat() == "2026-12-01" and first_day("2026").isoformat() == "2026-01-01"
