"""The outside probe p30 (tests/handmade/probe30.py): one county in its THIRD year — returns of 2026, 2027 and 2028
side by side, the clock in March 2028 (fixture ``in_2028``) — checking that 2028's growth comes from 2027's stored
figures and never 2026's, that 2027's corrections and 2026's re-sent returns land in their own years, that a title
without a year takes the year it was sent in, and what ``status``, ``history``, ``query`` and the published workbook
of 1-2月 2028 say, figure by figure.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does
instead; silent wrong figures first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.base.problems import Problem
from beizeng.cli.main import app
from beizeng.intake.ingest import Outcome
from beizeng.publish.outputs import write_summary
from beizeng.store.session import publish, work_db
from tests.conftest import indicator, ingest
from tests.handmade import probe30 as p
from tests.test_handmade import codes, sql
from tests.test_probe26a import _step, _steps

Maker = Callable[[Path], Path]
IN_2028 = dt.date(2028, 3, 12)
ENT = "select period, sum(output_cum) from cur_enterprise_output group by 1 order by 1"


@pytest.fixture
def in_2028(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 2028-03-12 for the check that refuses a month not yet begun (as ``in_2027`` in tests/conftest.py):
    1-2月 2028 is in, 1-3月 2028 is due; every return's file carries the day it was sent (probe30's makers)."""

    def not_ahead(period: str, received: dt.date | None, file_name: str, sheet: str, ask: list[Problem],
                  notes: list[Problem]) -> None:
        if period > f"{IN_2028:%Y-%m}":
            ask.append(Problem("error", "period_in_future", f"{period} 还没到", "核对年月", file=file_name, sheet=sheet))

    from beizeng.intake import identify

    monkeypatch.setattr(identify, "_check_not_ahead", not_ahead)




def _one(cfg: Config, maker: Maker) -> Outcome:
    maker(cfg.inbox)
    [o] = ingest(cfg)
    return o


def _ind(cfg: Config, code: str, period: str) -> float | None:
    return indicator(cfg, code, period)


#: the bureau's lists of three years: 1-3月, 1-6月, 1-12月 2026; 1-2月, 1-3月, 1-6月, 1-12月 2027
YEARS_2026_2027 = [p.ent("2026-03"), p.ent("2026-06"), p.ent("2026-12"), p.ent("2027-02"), p.ent("2027-03"),
                   p.ent("2027-06"), p.ent("2027-12")]


# ---- silent (or merely said) wrong figures -------------------------------------------------------------------------

def test_old_yearless_june_resent_in_2028_never_replaces_2027s_june(county_full: Config, in_2028: None) -> None:
    _steps(county_full, *YEARS_2026_2027)
    o = _one(county_full, p.ent_jun26_resent_no_year)
    # identical to 1-6月 2026 as stored, 东川陶瓷 under its 2026 name, a 上年同期 that is 2025's: 2026's return again
    assert ("2027-06", D(16800)) in sql(county_full, ENT), codes(o)
    assert _ind(county_full, "output_cum", "2027-06") == pytest.approx(1.68)
    assert o.status != "accepted" or o.period == "2026-06", codes(o)


def test_2026_resent_two_years_on_is_2026s_and_the_2027_mismatch_is_said(county_full: Config, in_2028: None) -> None:
    _steps(county_full, *YEARS_2026_2027, p.ent("2028-03"))
    later = {(c, per): _ind(county_full, c, per) for c in ("output_cum", "output_yoy_pct")
             for per in ("2027-12", "2028-03")}
    o = _step(county_full, p.ent_dec26_resent)
    assert o.period == "2026-12", codes(o)
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-12'") == [(D(31100),)]
    # nothing of 2027 or 2028 moves (their growth is the returns' own 上年同期) …
    assert {k: _ind(county_full, *k) for k in later} == later
    # … and 1-12月 2027's 上年同期 16,000 now disagrees with 2026's stored 16,100: said in the county's crosschecks
    said = sql(county_full, "select message from crosscheck_warnings where period = '2027-12' and code = 'ly_mismatch'")
    assert len(said) == 1 and "西川水泥有限公司" in str(said[0][0]) and "16,100.00" in str(said[0][0]), said


def test_2028_growth_and_projection_come_from_2027_never_2026(county_full: Config, in_2028: None) -> None:
    # 东镇's ledgers of 1-3月 2026 (1,500) and 1-3月 2028 (3,000): without 1-3月 2027 there is no ledger growth
    _steps(county_full, p.fai("2026-03"), p.fai("2028-03"))
    assert _ind(county_full, "fai_yoy_ledger_pct", "2028-03") is None
    assert _ind(county_full, "fai_yoy_pct", "2028-03") is None
    _step(county_full, p.fai("2027-03"))  # 2,400, of which 技改 800; 2028: 3,000, 技改 900
    assert _ind(county_full, "fai_yoy_ledger_pct", "2028-03") == pytest.approx(100 * (3000 / 2400 - 1))
    assert _ind(county_full, "fai_yoy_pct", "2028-03") == pytest.approx(25.0)  # no city comparison: the ledgers'
    assert _ind(county_full, "tech_yoy_ledger_pct", "2028-03") == pytest.approx(100 * (900 / 800 - 1))
    # the seasonal projection of 1-3月 2028 to 1-6月: 8,800 × 2027's 16,800 ÷ 8,100 (2026's 15,400 ÷ 7,500 is stored too)
    _steps(county_full, *YEARS_2026_2027, p.ent("2028-02"), p.ent("2028-03"))
    assert _ind(county_full, "output_projection", "2028-03") == pytest.approx(8800 * 16800 / 8100 / 10000)
    assert _ind(county_full, "output_projection", "2028-02") == pytest.approx(5600 * 8100 / 5100 / 10000)
    assert _ind(county_full, "output_yoy_pct", "2028-02") == pytest.approx(100 * (5600 / 5100 - 1))


# ---- taken or said as a careful person would -------------------------------------------------------------------------

def test_2028_last_year_typed_differently_names_the_2027_file(county_full: Config, in_2028: None) -> None:
    *_, o = _steps(county_full, *YEARS_2026_2027, p.ent("2028-03"))
    assert ("last_year_differs", "1-3月!I7") in codes(o, "warning"), codes(o)
    [line] = [x.line() for x in o.problems if x.code == "last_year_differs"]
    assert "4,300" in line and "4,200" in line and "统计局2027年1-3月规上企业.xlsx" in line, line
    assert "4,000" not in line and "2026" not in line, line  # 1-3月 2026's 4,000 is two years back
    # 同比 by the return's own 上年同期: 8,800 ÷ 8,200 − 1
    assert _ind(county_full, "output_yoy_pct", "2028-03") == pytest.approx(100 * (8800 / 8200 - 1))


def test_2027_correction_sent_in_2028_is_2027s_and_2028_growth_follows(county_full: Config, in_2028: None) -> None:
    _steps(county_full, p.fai("2026-03"), p.fai("2027-03"), p.fai("2028-03"))
    assert _ind(county_full, "fai_yoy_ledger_pct", "2028-03") == pytest.approx(25.0)
    o = _step(county_full, p.fai_mar27_fixed_in_2028)
    assert o.period == "2027-03", codes(o)
    assert sql(county_full, "select period, sum(invest_cum) from cur_fai_projects group by 1 order by 1") == [
        ("2026-03", D(1500)), ("2027-03", D(2600)), ("2028-03", D(3000))]
    assert _ind(county_full, "fai_cum", "2027-03") == pytest.approx(0.26)
    assert _ind(county_full, "fai_yoy_ledger_pct", "2027-03") == pytest.approx(100 * (2600 / 1500 - 1))
    assert _ind(county_full, "fai_yoy_ledger_pct", "2028-03") == pytest.approx(100 * (3000 / 2600 - 1))
    assert _ind(county_full, "tech_yoy_ledger_pct", "2028-03") == pytest.approx(12.5)  # 技改 unchanged: 900 ÷ 800


def test_2028_targets_sent_while_2027s_stay(county_full: Config, in_2028: None) -> None:
    _steps(county_full, p.targets(2027), p.ent("2027-12"), p.ent("2028-02"))
    assert _ind(county_full, "output_time_target", "2028-02") is None  # never 2027's 30 亿元 for 2028
    o = _step(county_full, p.targets(2028))
    assert o.period == "2028", codes(o)
    assert sql(county_full, "select year, value from cur_targets where indicator = 'output_target' order by 1") == [
        (2027, D(30)), (2028, D(36))]
    assert _ind(county_full, "output_time_target", "2027-12") == pytest.approx(30)
    assert _ind(county_full, "output_time_target", "2028-02") == pytest.approx(36 * 2 / 12)
    assert _ind(county_full, "output_time_progress_pct", "2028-02") == pytest.approx(0.56 / 6 * 100)
    assert _ind(county_full, "output_vs_time_pp", "2028-02") == pytest.approx(0.56 / 36 * 100 - 2 / 12 * 100)


def test_yearless_titles_take_the_year_they_were_sent_in_and_say_so(county_full: Config, in_2028: None) -> None:
    _steps(county_full, p.ent("2027-02"))
    dec = _step(county_full, p.ent_dec27_no_year_sent_in_january)  # 1-12月 sent on 2028-01-08: 2027's
    feb = _step(county_full, p.ent_feb28_no_year)  # 1-2月 sent on 2028-03-06: 2028's
    assert (dec.period, feb.period) == ("2027-12", "2028-02")
    assert ("year_inferred", "1-12月!") in codes(dec, "info") and ("year_inferred", "1-2月!") in codes(feb, "info")
    [said] = [x.message for x in feb.problems if x.code == "year_inferred"]
    assert "按收到日期推定为2028年" in said, said
    assert sql(county_full, ENT) == [("2027-02", D(5100)), ("2027-12", D(33500)), ("2028-02", D(5600))]
    assert _ind(county_full, "output_yoy_pct", "2028-02") == pytest.approx(100 * (5600 / 5100 - 1))


def test_file_named_2027_but_titled_2028_is_asked_and_2027_untouched(county_full: Config, in_2028: None) -> None:
    _steps(county_full, p.ent("2027-03"))
    o = _one(county_full, p.ent_mar28_named_2027)
    assert o.status == "rejected" and ("ambiguous_period", "1-3月!") in codes(o, "error"), codes(o)
    [said] = [x.message for x in o.problems if x.code == "ambiguous_period"]
    assert "2028年3月" in said and "2027年3月" in said, said
    assert sql(county_full, ENT) == [("2027-03", D(8100))]


def test_firm_renamed_at_two_year_ends_is_said_against_last_years_name(county_full: Config, in_2028: None) -> None:
    outs = _steps(county_full, p.ent("2026-03"), p.ent("2026-12"), p.ent("2027-02"), p.ent("2027-03"),
                  p.ent("2027-12"), p.ent("2028-02"))
    feb27, feb28 = outs[2], outs[5]
    for o, before, now, whence in ((feb27, p.NAME26, p.NAME27, "2026年1-12月"), (feb28, p.NAME27, p.NAME28, "2027年1-12月")):
        [said] = [x.message for x in o.problems if x.code == "name_changed"]
        assert f"上期（{whence}）的名称是“{before}”" in said and f"本期是“{now}”" in said, said
    # each year keeps the name it was sent under; the firm is one (same 信用代码) across the three
    assert sql(county_full, "select distinct left(period, 4), name from cur_enterprise_output "
                            "where uscc = ? order by 1", [p.TAOCI]) == [
        ("2026", p.NAME26), ("2027", p.NAME27), ("2028", p.NAME28)]


def test_january_2028_alone_is_refused_with_one_reason(county_full: Config, in_2028: None) -> None:
    _steps(county_full, p.ent("2027-12"))
    o = _one(county_full, p.ent("2028-01"))
    assert o.status == "rejected" and ("period_not_reported", "1月!") in codes(o, "error"), codes(o)
    assert sql(county_full, ENT) == [("2027-12", D(33500))]
    assert [c for c, _ in codes(o, "error")] == ["period_not_reported"], codes(o, "error")


def test_status_history_and_query_across_three_years(county_full: Config, in_2028: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _steps(county_full, p.ent("2026-12"), p.ent("2027-03"), p.ent("2027-12"), p.ent("2028-02"), p.ent("2028-03"),
           p.fai("2027-03"), p.fai("2028-03"), p.fai_mar27_fixed_in_2028, p.ent_dec26_resent)
    publish(county_full)
    monkeypatch.setenv("COLUMNS", "260")
    runner = CliRunner()
    status = runner.invoke(app, ["status", "--period", "2028-03", "--wide"])
    assert status.exit_code == 0, status.output
    mine = [line for line in status.output.splitlines() if "规上" in line or "固定资产" in line]
    # 2028-03's lines name 2028's files, never the 2026 list sent on 2028-03-10 nor the 2027 correction of 2028-03-09
    assert any("统计局2028年1-3月规上企业.xlsx" in line for line in mine), status.output
    assert any("东镇2028年1-3月项目.xlsx" in line for line in mine), status.output
    assert "补报" not in status.output and "（更正）" not in status.output, status.output
    history = runner.invoke(app, ["history", "--sender", "统计局", "--all"], env={"COLUMNS": "200"})
    assert history.exit_code == 0, history.output
    listed = [line for line in history.output.splitlines() if "统计局" in line and "│ 20" in line]
    periods = [next(w for w in line.split("│") if w.strip().startswith("20")).strip() for line in listed]
    # 2026-12 twice (the 补报 its second version, current), then 2027-03, 2027-12, 2028-02, 2028-03: one list, 3 years
    assert periods == ["2026-12", "2026-12", "2027-03", "2027-12", "2028-02", "2028-03"], history.output
    assert "第2版" in listed[1] and "✔ 当前" in listed[1] and "✔ 当前" not in listed[0], history.output
    query = runner.invoke(app, ["query", "select left(period, 4) as 年, count(distinct period) as 期数, "
                                         "cast(sum(output_cum) as integer) as 累计 from cur_enterprise_output "
                                         "group by 1 order by 1"], env={"COLUMNS": "200"})
    assert query.exit_code == 0, query.output
    flat = query.output.replace(",", "")
    for year, n, total in (("2026", 1, "31100"), ("2027", 2, "41600"), ("2028", 2, "14400")):
        assert any(year in line and f" {n} " in line and total in line for line in flat.splitlines()), query.output


def test_published_workbook_of_jan_feb_2028_to_the_last_digit(county_full: Config, in_2028: None,
                                                             tmp_path: Path) -> None:
    _steps(county_full, p.targets(2027), p.targets(2028), *YEARS_2026_2027, p.ent_feb28_no_year)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        path = write_summary(con, county_full, "2028-02", tmp_path / "汇总表.xlsx")
    finally:
        con.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = {r[0]: r for r in wb["指标总览"].iter_rows(min_row=4, values_only=True) if r[0]}
        heading = str(wb["指标总览"]["A1"].value)
    finally:
        wb.close()
    assert "2028年1-2月" in heading, heading
    out = rows["规上工业总产值"]
    # 5,600 万元 = 0.56 亿元 of 36 (2028's target, never 2027's 30): done 1.556 %, due 2/12 = 16.667 %
    assert out[1:4] == (pytest.approx(0.56), "亿元", pytest.approx(36.0))
    assert out[4] == pytest.approx(0.56 / 36 * 100) and out[5] == pytest.approx(100 * 2 / 12)
    assert out[6] == pytest.approx(0.56 / 36 * 100 - 100 * 2 / 12) and out[10] == "落后"
    assert out[7] == pytest.approx(100 * (5600 / 5100 - 1))  # the return's 上年同期 5,100 = 1-2月 2027 stored
    assert rows["规上工业总产值序时进度目标"][1:3] == (pytest.approx(6.0), "亿元")
