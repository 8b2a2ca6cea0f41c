"""A 财政局 cash book of the county's industrial development funds kept as 收入 | 支出 | 余额 (round 16:
tests/test_handmade_fresh16.py reads one).  The title names whose book it is, so its 收入 is a raising and its 支出 a
disbursement (schemas/factors.py's words; beizeng.intake.spread.kind_named).  Second variants: a 支出 whose 摘要 says
it is a contribution to the city fund is asked, never read as a disbursement; a 收支台账 whose title names no fund
is not read as the fund's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, codes, rejected, sql, take


def _book(title: str, rows: list[list[object]]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        wb, ws = f16._book()
        f16._title(ws, title, 5)
        f16._put(ws, 2, 1, ["日期", "摘要", "收入（万元）", "支出（万元）", "余额（万元）"])
        for r, row in enumerate(rows, 3):
            f16._put(ws, r, 1, row)
        return f16._save(wb, folder / "财政局6月资金台账.xlsx")
    return make


ROWS: list[list[object]] = [[dt.date(2026, 3, 1), "县财政预算安排", 1000, None, 1000],
                            [dt.date(2026, 5, 9), "拨付西岭铸造设备补助", None, 250, 750]]


def test_the_funds_cash_book_with_its_title_in_other_words(county_full: Config) -> None:
    o = accepted(take(county_full, _book("县工业发展资金收支明细账（2026年）", ROWS)), "factors", "财政局", "2026-06", 2)
    assert sql(county_full, "select item, amount from cur_factors order by excel_row") == [
        ("工业发展资金筹集", Decimal(1000)), ("工业发展资金拨付", Decimal(250))]
    [said] = [p.line() for p in o.problems if p.code == "spread_table"]
    assert "（工业发展资金筹集）" in said and "（工业发展资金拨付）" in said


def test_an_expense_whose_summary_names_the_city_fund_is_asked(county_full: Config) -> None:
    rows = [*ROWS, [dt.date(2026, 6, 25), "上划市倍增基金二季度", None, 300, 450]]
    o = rejected(take(county_full, _book("2026年县工业发展资金收支台账", rows)))
    assert ("spread_kind_clash", "Sheet1!D5") in codes(o, "error"), codes(o)
    [line] = [p.line() for p in o.problems if p.code == "spread_kind_clash"]
    assert "上划市工业倍增发展基金" in line and "工业发展资金拨付" in line
    assert sql(county_full, "select count(*) from cur_factors") == [(0,)]


def test_a_cash_book_naming_no_fund_is_not_read_as_the_funds(county_full: Config) -> None:
    o = rejected(take(county_full, _book("2026年收支台账", ROWS)))
    assert codes(o, "error"), codes(o)
    assert sql(county_full, "select count(*) from cur_factors") == [(0,)]
