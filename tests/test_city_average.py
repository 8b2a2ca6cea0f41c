"""The city average growth counts the same counties on both sides (issue 13).

Given/expect on a real warehouse: the statistics bureau's city comparison in which one county (丙县, in
its first year of the statistics) has "—" for last year's 技术改造投资; the models run and the average
is read back, hand-computed.
"""

from __future__ import annotations

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import CITY_HEADERS
from tests.xlsx import write_return


def test_the_city_average_leaves_out_a_county_without_last_years_figure(county: Config) -> None:
    # given: 技改 this year / last year (万元) per county; 丙县 has no figure for last year
    rows = [
        ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["乙县", 150000, 140000, 7.1, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0],
        ["丙县", 80000, 76000, 5.3, 5.0, 4000, 5000, -20.0, 1000, "—", None],
        ["全市", 630000, 583000, 8.1, 6.2, 39700, 40000, -0.8, 6000, 5500, 9.1],
    ]
    write_return(county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                 title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")
    [outcome] = ingest(county)
    assert outcome.status == "accepted"
    # expect: Σ this year ÷ Σ last year − 1 over 测试县, 甲县, 乙县 only:
    # (1200 + 3000 + 800) ÷ (1000 + 2500 + 1000) − 1 = 5000 ÷ 4500 − 1 = 11.11 %.
    # Counting 丙县's 1000 this year against nothing last year gave 6000 ÷ 4500 − 1 = 33.33 %, an average
    # above every county's own growth.
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        [(avg,)] = con.execute("select city_avg_pct from city_ranks where period = '2026-06' and measure = 'tech' "
                               "and county = '测试县'").fetchall()
    finally:
        con.close()
    assert round(avg, 2) == 11.11 and avg == pytest.approx(500 * 100 / 4500)
    assert round(indicator(county, "tech_city_avg_pct"), 2) == 11.11  # type: ignore[arg-type]
    # 测试县's 20.0 % less the average: 8.89 个百分点
    assert round(indicator(county, "tech_vs_city_pp"), 2) == 8.89  # type: ignore[arg-type]
