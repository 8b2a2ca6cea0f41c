"""Cross-checks and missing inputs, as the run summary words them (beizeng.ops.crosschecks.run_warnings).

The base is tests/scenarios.py's 1–6月 2026 (enterprises 30000 / 20000 / 50000 against 25000 / 22000 /
45000 stored for 2025-06; 测试县's row of the city table equal to its own returns), changed one figure
at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config, load_config
from beizeng.ops.crosschecks import run_warnings
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.county import write_config
from tests.scenarios import CITY_HEADERS, E1, E2, E3, ent_2026_06, enterprise_output, full_county
from tests.scenarios_more import factors, funds_2026_06, land_2026_06
from tests.xlsx import write_return


def warnings(cfg: Config, period: str = "2026-06") -> list[str]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return run_warnings(con, period)
    finally:
        con.close()


def crosschecks(cfg: Config) -> list[tuple[str, str]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return [(str(c), str(m)) for c, m in con.execute(
            "select code, message from crosscheck_warnings where period = '2026-06'").fetchall()]
    finally:
        con.close()


def city_with_own_output(inbox: Path, output: float) -> Path:
    """The city table of tests/scenarios.py with 测试县's output changed (100000 is what its returns give)."""
    rows = [
        ["测试县", output, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["全市", 400000, 367000, 9.0, 6.9, 26700, 27000, -1.1, 4200, 3500, 20.0],
    ]
    return write_return(inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                        title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")


def test_consistent_returns_give_no_crosscheck_warning(county: Config) -> None:
    # given every return of the base scenario, which agree with each other
    full_county(county.inbox)
    ingest(county)
    assert crosschecks(county) == []


def test_last_years_column_is_checked_against_last_years_return(county: Config) -> None:
    # given 2025-06 as stored: E1 25100 (the return now says 25000: 0.40 % apart, within 0.5 %)
    # and E3 45300 (the return says 45000: 300 ÷ 45300 = 0.66 % apart, beyond it)
    enterprise_output(county.inbox, "2025-06", [
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", 25100, None),
        (E2, "东关饲料有限公司", "东镇", False, "2018-06", 22000, None),
        (E3, "西岭建材有限公司", "西镇", False, "2020", 45300, None),
    ])
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    found = crosschecks(county)
    assert [c for c, _ in found] == ["ly_mismatch"]
    message = found[0][1]
    assert "西岭建材有限公司" in message and "45,000.00" in message and "45,300.00" in message
    assert "相差 0.66%" in message  # 300 × 100 ÷ 45300 = 0.662…
    assert any(w.startswith("交叉核对：") and "西岭建材" in w for w in warnings(county))


def test_city_table_is_checked_against_the_countys_own_returns(county: Config) -> None:
    # given a city table saying 101000 万元 where the enterprise return sums to 100000 (1 % apart)
    full_county(county.inbox)
    city_with_own_output(county.inbox, 101000)  # the same file name: replaces the base city table
    ingest(county)
    found = crosschecks(county)
    assert [c for c, _ in found] == ["city_mismatch"]
    assert "规上工业总产值累计" in found[0][1] and "101,000.00" in found[0][1] and "相差 1.00%" in found[0][1]


def test_the_tolerance_is_the_configured_one(county: Config) -> None:
    # given crosscheck_pct = 2: a 1 % gap is no longer worth a warning
    cfg = load_config(write_config(county.root, extra="[rules]\ncrosscheck_pct = 2"))
    full_county(cfg.inbox)
    city_with_own_output(cfg.inbox, 101000)
    ingest(cfg)
    assert crosschecks(cfg) == []


def test_summary_names_the_missing_return_and_what_it_leaves_empty(county: Config) -> None:
    # given only the enterprise return: no city table, no investment returns, no targets
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    said = warnings(county)
    text = "\n".join(said)
    for title in ("《全市各县区主要工业指标对比》", "《工业固定资产投资项目月报》", "《工业倍增计划目标任务》"):
        assert f"缺少报表：缺少2026年1-6月的{title}" in text or f"缺少报表：缺少2026年的{title}" in text, title
    # each missing return names the figures it leaves empty
    city = next(w for w in said if "《全市各县区主要工业指标对比》" in w)
    assert "规上工业总产值增速全市排名" in city and "规上工业增加值同比增速" in city


def test_an_empty_figure_no_missing_return_explains_is_named(county_full: Config) -> None:
    # given this year's land and last year's ledger with nothing supplied by 30 June 2025: 0 亩
    factors(county_full.inbox, "自然资源局", "2026-06", land_2026_06())
    factors(county_full.inbox, "自然资源局", "2025-12", [("工业用地供应", dt.date(2025, 9, 1), "610599-2025-009",
                                                      "东镇", 12, None, None)])
    factors(county_full.inbox, "财政局", "2026-06", funds_2026_06())
    ingest(county_full)
    said = warnings(county_full)
    # the growth over a zero last year is NULL for no missing return's sake: said 不可比 (null_reasons base_zero,
    # fx46), never among the figures left empty for want of a return
    assert said[-1].startswith("本期全县没有数值的其他指标")
    assert "land_area_yoy_pct" not in said[-1]
    assert "测试县上年同期为0，增速不可比（不是缺报）：供应工业用地面积同比增速（land_area_yoy_pct）" in said
    assert "（output_cum）" not in said[-1]  # explained above by the missing enterprise return
    assert any("《规上工业企业生产月报》" in w for w in said[:-1])


def test_a_target_missing_from_the_targets_return_is_named(county: Config) -> None:
    # given the base targets, which carry no 招商引资 or 绿色工厂 target
    full_county(county.inbox)
    ingest(county)
    said = "\n".join(warnings(county))
    assert "“招商引资季度任务指标”（invest_quarter_target）" in said
    assert "“全年新增绿色工厂任务”（green_factory_target）" in said


def test_a_city_table_without_the_countys_row_is_named(county: Config) -> None:
    full_county(county.inbox)
    rows = [["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
            ["全市", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0]]
    write_return(county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                 title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")
    ingest(county)
    assert any("没有本县（测试县）这一行" in w for w in warnings(county))


def test_last_years_returns_missing_are_named(county: Config) -> None:
    # given this year's enterprise return, but nothing of 2025
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    said = "\n".join(warnings(county))
    assert "缺少上年2025年1-6月及1-9月的《规上工业企业生产月报》" in said


@pytest.mark.parametrize("period", ["2026-06"])
def test_run_warnings_on_an_empty_warehouse_is_quiet(county: Config, period: str) -> None:
    con = duckdb.connect()
    try:
        assert run_warnings(con, period) == []
    finally:
        con.close()


def test_a_return_only_some_townships_sent_is_named_with_who_is_missing(county: Config) -> None:
    """西镇's June investment return has not come in: the county's 固投 is 东镇's alone (0.45 亿元 instead
    of 0.67), so the run summary names 西镇 and the figures that read low; with both in, not a word."""
    paths = full_county(county.inbox)
    west = next(p for p in paths if p.name.startswith("西镇_2026-06"))
    held = west.rename(county.root / west.name)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        said = run_warnings(con, "2026-06")
        partial = [w for w in said if "还缺" in w]
    finally:
        con.close()
    assert len(partial) == 1
    assert partial[0].startswith("缺少报表：《工业固定资产投资项目月报》还缺1个单位（西镇）：全县合计只含已收到的1个单位，")
    assert "工业固定资产投资" in partial[0] and partial[0].endswith("偏小或不完整")
    # the county's share of itself is NULL because the return is partial — not "上年同期为0或分母为0"
    assert not [w for w in said if "其他指标" in w and "fai_county_share_pct" in w], said
    held.rename(county.inbox / held.name)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        assert not [w for w in run_warnings(con, "2026-06") if "还缺" in w]
    finally:
        con.close()


def test_a_later_ledger_of_the_year_is_no_missing_sender(county_full: Config) -> None:
    """财政局's June 要素保障 ledger never came, its July one did (it holds every event since 1 January): the
    June figures count its events (ind_factors) and missing_inputs is quiet, so the run must not say
    "还缺1个单位（财政局）… 偏小或不完整" either — one coverage rule (SQL stands_for) for both."""
    factors(county_full.inbox, "自然资源局", "2026-06", land_2026_06())
    factors(county_full.inbox, "财政局", "2026-07", funds_2026_06())
    ingest(county_full)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        said = run_warnings(con, "2026-06")
        fund = con.execute("select value from indicator_values where period = '2026-06' and scope = ? "
                           "and indicator = 'fund_contributed'", [county_full.county]).fetchone()
    finally:
        con.close()
    assert fund is not None and float(fund[0]) == pytest.approx(730.5)  # 320.5 + 410, from the July ledger
    assert [w for w in said if "要素保障" in w and "还缺" in w] == []
