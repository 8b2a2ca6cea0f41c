"""``beizeng explain`` lists the rows of the ledger a figure was counted from, by the models' one coverage rule
(the SQL macro stands_for): when last June's 要素保障 ledger is missing, last year's land to 30 June is
counted from last December's (ind_factors), and explain listed nothing, for it looked at June's only.

自然资源局's ledgers (tests/scenarios_more): 2026-06 with three parcels (50.5 + 30 + 20 亩) and 2025-12 with
40 亩 on 2025-02-15, 27 亩 on 2025-06-30 and 33 亩 on 2025-07-01 (after June: not counted, not listed).
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.cli.commands.ops import SourceRows, explain_indicator
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios_more import factors, land_2025_12, land_2026_06


@pytest.fixture
def ledgers(county_full: Config) -> Iterator[duckdb.DuckDBPyConnection]:
    factors(county_full.inbox, "自然资源局", "2026-06", land_2026_06())
    factors(county_full.inbox, "自然资源局", "2025-12", land_2025_12())
    assert [o.status for o in ingest(county_full)] == ["accepted", "accepted"]
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    yield con
    con.close()


def _areas(src: SourceRows) -> list[float]:
    cols = [name for name, _ in src.columns]
    return sorted(float(r[4 + cols.index("area_mu")]) for r in src.rows)


def test_last_years_land_lists_the_later_ledger_that_stands_in(ledgers: duckdb.DuckDBPyConnection,
                                                              county_full: Config) -> None:
    exp = explain_indicator(ledgers, county_full, "land_area_last_year_mu", "2026-06")
    assert exp.value == pytest.approx(67)
    [src] = exp.sources
    # the two parcels to 30 June 2025 from the December ledger; the 1 July parcel is not counted, not listed
    assert src.total_rows == 2 and _areas(src) == [27.0, 40.0] and float(src.totals["area_mu"]) == 67
    assert {r[0] for r in src.rows} == {"自然资源局_2025-12_要素保障情况表.xlsx"}
    assert src.note.startswith("上年同期（2025年1-6月）的来源行；自然资源局2025年6月的报表未报，以其2025年12月的报表代替，"
                               "只列出") and "不晚于2025-06-30的行" in src.note


def test_this_years_land_lists_its_own_ledger_without_a_stand_in_note(ledgers: duckdb.DuckDBPyConnection,
                                                                      county_full: Config) -> None:
    exp = explain_indicator(ledgers, county_full, "land_area_mu", "2026-06")
    [src] = exp.sources
    assert src.total_rows == 3 and _areas(src) == [20.0, 30.0, 50.5]
    assert "代替" not in src.note


def test_a_month_before_any_ledger_of_its_year_lists_nothing(ledgers: duckdb.DuckDBPyConnection,
                                                             county_full: Config) -> None:
    """2026-06's ledger stands for no earlier year: explain of 2027-06's 上年同期 lists 2026-06's, of 2025's none."""
    exp = explain_indicator(ledgers, county_full, "land_area_last_year_mu", "2027-06")
    [src] = exp.sources
    assert src.total_rows == 3 and "代替" not in src.note
    exp = explain_indicator(ledgers, county_full, "land_area_last_year_mu", "2025-03")
    [src] = exp.sources
    assert src.total_rows == 0
