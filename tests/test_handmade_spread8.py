"""Hand-made returns, round 8 (tests/handmade/spread8.py): 财政局's 要素保障 ledger kept as a cash book, one money
column per 事项, read one record per row and kind (``beizeng.intake.spread``) — or refused with a question naming
the header cell when a column's kind is not the form's.  The county is round 7's 岚山县, new and empty.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from tests.handmade import county7 as c7
from tests.handmade import spread8 as s8
from tests.test_handmade import accepted, ind, sql, take

EVENTS = [("上划市工业倍增发展基金", dt.date(2026, 3, 28), Decimal("200")),
          ("工业发展资金筹集", dt.date(2026, 4, 10), Decimal("1000")),
          ("工业发展资金拨付", dt.date(2026, 5, 20), Decimal("300")),
          ("上划市工业倍增发展基金", dt.date(2026, 6, 25), Decimal("180")),
          ("工业发展资金筹集", dt.date(2026, 6, 25), Decimal("500")),
          ("工业发展资金拨付", dt.date(2026, 6, 28), Decimal("450"))]
ROWS = "select item, event_date, amount from cur_factors where amount <> 0 order by excel_row, item"


def _county(root: Path) -> Config:
    path = c7.configure(root)
    os.environ["BEIZENG_CONFIG"] = str(path)
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture
def lanshan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("BEIZENG_CONFIG", "")
    return _county(tmp_path / "岚山县")


def _events(cfg: Config) -> list[tuple[object, ...]]:
    return sorted(sql(cfg, ROWS), key=lambda r: (r[1], r[0]))  # type: ignore[arg-type]


def test_kinds_under_a_merged_parent(lanshan: Config) -> None:
    o = accepted(take(lanshan, s8.funds_kinds_under_merged_parent), "factors", "财政局", "2026-06", 6)
    assert [p.code for p in o.problems if p.severity != "info"] == []  # the 合计 row agrees kind by kind
    assert "spread_table" in [p.code for p in o.problems]
    assert _events(lanshan) == sorted(EVENTS, key=lambda e: (e[1], e[0]))
    # one line with two kinds is two records, both on that line; each kind named by its header cell
    assert sql(lanshan, "select excel_row, item, implied from form_factors where excel_row = 8 order by item") == [
        (8, "上划市工业倍增发展基金", "按类分列的表：各项在B8、C8、D8，事项取自表头D4"),
        (8, "工业发展资金筹集", "按类分列的表：各项在B8、C8、E8，事项取自表头E4")]
    assert ind(lanshan, "fund_contributed") == pytest.approx(380)
    assert ind(lanshan, "dev_fund_disbursed") == pytest.approx(750)


def test_kinds_with_units_in_yuan_and_a_wrong_total(lanshan: Config) -> None:
    o = accepted(take(lanshan, s8.funds_kinds_with_units_in_yuan), "factors", "财政局", "2026-06", 9)
    assert _events(lanshan) == sorted(EVENTS, key=lambda e: (e[1], e[0]))  # 元 → 万元
    # the opening line of zeros is kept, one entry of 0 per kind it wrote, adding nothing
    assert sql(lanshan, "select count(*), sum(amount) from cur_factors where amount = 0") == [(3, Decimal("0"))]
    warned = [(p.code, p.cell) for p in o.problems if p.severity == "warning"]
    assert warned == [("total_mismatch", "F10")]  # the 拨付 合计 only: 上划 and 筹集 agree with their own rows
    assert ind(lanshan, "fund_contributed") == pytest.approx(380)
    assert ind(lanshan, "dev_fund_disbursed") == pytest.approx(750)


def test_a_kind_the_form_does_not_have_is_asked(lanshan: Config) -> None:
    [o] = take(lanshan, s8.funds_kind_not_in_the_form)
    assert o.status == "rejected"
    [q] = [p for p in o.problems if p.severity == "error"]
    assert (q.code, q.sheet, q.cell) == ("unknown_kind_column", "资金台账", "E4")
    assert "省级专项资金" in q.message and "上划市工业倍增发展基金" in q.message
    assert sql(lanshan, "select count(*) from form_factors") == [(0,)]


def test_kinds_in_two_units_are_asked(lanshan: Config) -> None:
    [o] = take(lanshan, s8.funds_kinds_in_two_units)
    assert o.status == "rejected"
    [q] = [p for p in o.problems if p.severity == "error"]
    assert q.code == "spread_units" and q.cell == "C2" and "D列“工业发展资金筹集(元)”" in q.message


def test_the_cash_book_reads_as_the_same_return_written_long(tmp_path: Path) -> None:
    """Metamorphic: the cash book and the same events one line each give the same records and indicator figures."""
    figures = []
    for name, maker in (("spread", s8.funds_kinds_under_merged_parent), ("long", s8.funds_long)):
        cfg = _county(tmp_path / name / "岚山县")
        accepted(take(cfg, maker), "factors", "财政局", "2026-06", 6)
        figures.append((_events(cfg), sql(cfg, "select period, scope, indicator, value from indicator_values "
                                               "where value is not null order by all")))
    assert figures[0][0] == figures[1][0]
    assert figures[0][1] == figures[1][1]
    assert any(row[2] == "fund_contributed" and row[3] == pytest.approx(380) for row in figures[0][1])
