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
