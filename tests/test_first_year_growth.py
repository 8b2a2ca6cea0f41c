"""工业固投 and 技改 growth: the statistics bureau's is official, the ledgers' a cross-check and fallback (issue 13).

Given/expect on a real warehouse (tests/scenarios.py, hand arithmetic):
  this year's ledgers  固投 P1 3000 + P2 1200 + P5 2500 = 6700 万元, 技改 P2 1200 万元
  last year's ledgers  固投 8000, 技改 1000 → ledger growth −16.25 % and +20.0 %
  city comparison      测试县 fai 6700 / 8000, −16.3 % (the bureau's rounding); tech 1200 / 1000, 20.0 %
A county in its first year has no ledgers of last year: its growth comes from its row of the city comparison.
"""

from __future__ import annotations

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.ops.crosschecks import run_warnings
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import CITY_HEADERS, city_2026_06, fai_2025_06, fai_2026_06, full_county, targets_2026
from tests.xlsx import write_return


def _rows(cfg: Config, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _warnings(cfg: Config, period: str = "2026-06") -> list[str]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return [w for w in run_warnings(con, period) if w.startswith("增速核对")]
    finally:
        con.close()


def _city(cfg: Config, fai: tuple[object, object, object]) -> None:
    """The bureau's table with our row's 工业固定资产投资 (累计, 上年同期, 增速) as given."""
    rows: list[list[object]] = [
        ["测试县", 100000, 92000, 8.7, 6.5, *fai, 1200, 1000, 20.0],
        ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["乙县", 150000, 140000, 7.1, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0],
        ["丙县", 80000, 76000, 5.3, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0],
        ["全市", 630000, 583000, 8.1, 6.2, 39700, 40000, -0.8, 6000, 5750, 4.3],
    ]
    write_return(cfg.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                 title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")


def test_a_first_year_county_gets_its_growth_from_the_city_comparison(county: Config) -> None:
    # given this year's ledgers only (no 2025 returns), the city comparison and the targets
    fai_2026_06(county.inbox)
    city_2026_06(county.inbox)
    targets_2026(county.inbox)
    assert {o.status for o in ingest(county)} == {"accepted"}
    # expect the bureau's growth, and the gaps computed from it; no ledger growth, nothing to cross-check
    assert indicator(county, "fai_yoy_pct") == pytest.approx(-16.3)
    assert indicator(county, "tech_yoy_pct") == pytest.approx(20.0)
    assert indicator(county, "fai_vs_target_pp") == pytest.approx(-16.3 - 10)
    assert indicator(county, "tech_vs_target_pp") == pytest.approx(20.0 - 5)
    assert indicator(county, "tech_vs_city_pp") == pytest.approx(20.0 - (6000 / 5750 - 1) * 100)
    assert indicator(county, "fai_yoy_ledger_pct") is None
    assert indicator(county, "tech_yoy_ledger_pct") is None
    assert _warnings(county) == []
    # a township has no row of the city comparison: it has no growth without last year's ledger
    assert _rows(county, "select value from indicator_values where period = '2026-06' and scope = '东镇' "
                         "and indicator = 'fai_yoy_pct'") == []


def test_the_bureau_decides_and_the_ledgers_cross_check(county: Config) -> None:
    # given every return: the bureau says −16.3 %, the ledgers −16.25 % (0.05 points apart, within 2)
    full_county(county.inbox)
    ingest(county)
    assert indicator(county, "fai_yoy_pct") == pytest.approx(-16.3)
    assert indicator(county, "fai_yoy_ledger_pct") == pytest.approx((6700 / 8000 - 1) * 100)
    assert indicator(county, "tech_yoy_ledger_pct") == pytest.approx(20.0)
    assert indicator(county, "fai_yoy_pct", scope="东镇") == pytest.approx(-16.0)  # township: its ledger
    assert _warnings(county) == []


def test_the_ledgers_are_the_fallback_when_the_bureau_gives_no_growth(county: Config) -> None:
    # given the ledgers of both years and no city comparison
    fai_2026_06(county.inbox)
    fai_2025_06(county.inbox)
    ingest(county)
    assert indicator(county, "fai_yoy_pct") == pytest.approx((6700 / 8000 - 1) * 100)
    assert indicator(county, "fai_yoy_ledger_pct") == pytest.approx((6700 / 8000 - 1) * 100)
    assert indicator(county, "tech_yoy_pct") == pytest.approx(20.0)
    assert _warnings(county) == []


def test_a_row_with_amounts_but_no_growth_gives_the_growth_of_its_amounts(county: Config) -> None:
    # given our row with 6700 / 6000 and "—" for the growth: the bureau's amounts say +11.67 %
    fai_2026_06(county.inbox)
    fai_2025_06(county.inbox)
    _city(county, (6700, 6000, "—"))
    ingest(county)
    assert indicator(county, "fai_yoy_pct") == pytest.approx((6700 / 6000 - 1) * 100)
    # and the ledgers' −16.25 % is 27.9 points away: the cross-check says so, once, in Chinese
    assert _warnings(county) == [
        "增速核对：工业固定资产投资同比增速：统计局（全市对比表本县行）为 11.7%，按本县项目台账计算为 -16.3%，"
        "相差 27.9 个百分点（超过 2.0 个百分点）；报告采用统计局的增速"]


def test_the_tolerance_is_a_setting(county: Config) -> None:
    from beizeng.base.config import load_config
    from tests.county import write_config

    # given the bureau at −12.0 % and the ledgers at −16.25 % (4.25 points apart)
    fai_2026_06(county.inbox)
    fai_2025_06(county.inbox)
    _city(county, (6700, 8000, -12.0))
    ingest(county)
    assert indicator(county, "fai_yoy_pct") == pytest.approx(-12.0)
    assert _warnings(county) == [
        "增速核对：工业固定资产投资同比增速：统计局（全市对比表本县行）为 -12.0%，按本县项目台账计算为 -16.3%，"
        "相差 4.3 个百分点（超过 2.0 个百分点）；报告采用统计局的增速"]
    # expect no warning once the county allows 5 points
    cfg = load_config(write_config(county.root, extra="[rules]\ngrowth_crosscheck_pp = 5"))
    ingest(cfg)
    assert _warnings(cfg) == []


def test_ties_are_counted_in_sql(county: Config) -> None:
    # given the 2026-06 city table: va 测试县 6.5 = 乙县 6.5 (both 2nd), tech 20.0 = 甲县 20.0 (both 1st),
    # output 8.7 alone 2nd, fai −16.3 alone 3rd
    full_county(county.inbox)
    ingest(county)
    assert _rows(county, "select indicator, value from indicator_values where period = '2026-06' "
                         "and indicator like '%_city_rank_ties' order by indicator") == [
        ("fai_city_rank_ties", 1.0), ("output_city_rank_ties", 1.0), ("tech_city_rank_ties", 2.0),
        ("va_city_rank_ties", 2.0)]
