"""An indicator whose input is missing is NULL and said so, never a rank of 1 for everyone (issue 11, kind 4).

Given/expect on a real warehouse: a hand-made city comparison whose growth column is "—" for every
county (or only for ours) is loaded, the models run, and the rank, missing_inputs and the overview
are read back.
"""

from __future__ import annotations

import duckdb

from beizeng.base.config import Config
from beizeng.publish.overview import overview_rows, text_rows
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import CITY_HEADERS
from tests.xlsx import write_return


def _query(cfg: Config, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _city(cfg: Config, output_growth: list[object]) -> None:
    """The bureau's table with the given 规上工业总产值增速 per county (测试县, 甲县, 乙县, 丙县, 全市)."""
    base = [
        ["测试县", 100000, 92000, None, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 300000, 275000, None, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["乙县", 150000, 140000, None, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0],
        ["丙县", 80000, 76000, None, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0],
        ["全市", 630000, 583000, None, 6.2, 39700, 40000, -0.8, 6000, 5750, 4.3],
    ]
    for row, growth in zip(base, output_growth, strict=True):
        row[3] = growth
    write_return(cfg.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, base,
                 title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")


def test_a_growth_column_empty_for_every_county_ranks_nobody(county: Config) -> None:
    # given the city table with "—" for every county's output growth
    _city(county, ["—", "—", "—", "—", "—"])
    [outcome] = ingest(county)
    assert outcome.status == "accepted"
    # expect no output rank for any county (rank() alone gave all four a 1), the other ranks intact
    ranks = _query(county, "select county, city_rank from city_ranks where measure = 'output' order by county")
    assert ranks == [("丙县", None), ("乙县", None), ("测试县", None), ("甲县", None)]
    assert indicator(county, "output_city_rank") is None
    assert indicator(county, "fai_city_rank") == 3  # −16.3 %, above 丙县's −20.0
    assert indicator(county, "va_city_rank") == 2  # 6.5 ties with 乙县 behind 甲县's 7.0
    # and missing_inputs says why, naming the figure and the indicator
    messages = [m for (m,) in _query(county, "select message from missing_inputs where period = '2026-06' "
                                             "and form = 'city_comparison'")]
    assert messages == ["《全市各县区主要工业指标对比》中本县（测试县）的规上工业总产值增速为空：规上工业总产值增速全市排名为空"]
    # the overview shows the gap as "—", never 1
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        rows = {r.code: r for r in overview_rows(con, "2026-06", county.county)}
    finally:
        con.close()
    assert rows["output_cum"].cells["全市排名"] == (None, "rank")
    line = next(t for t in text_rows([rows["output_cum"]]))
    assert line[9] == "—"


def test_only_our_growth_missing_ranks_the_others_among_themselves(county: Config) -> None:
    # given growth for three counties, "—" for ours
    _city(county, ["—", 9.1, 7.1, 5.3, 8.1])
    ingest(county)
    # expect ours NULL, the other three 1, 2, 3 (never shifted by the missing one)
    ranks = _query(county, "select county, city_rank from city_ranks where measure = 'output' order by city_rank")
    assert ranks == [("甲县", 1), ("乙县", 2), ("丙县", 3), ("测试县", None)]
    assert indicator(county, "output_city_rank") is None
