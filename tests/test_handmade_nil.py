"""Nil returns (零报告) of the ledgers: taken as returns with no rows when they say there is nothing, asked when
"nothing" would silently zero a sender that listed rows earlier in the year (beizeng.intake.nil)."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.ops.completeness import completeness
from beizeng.ops.states import STATE_ZH
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.handmade import fresh9 as f9
from tests.handmade import nil_returns as make
from tests.test_handmade import accepted, sql, take

D = Decimal


def drop(cfg: Config, path: Path) -> list[Outcome]:
    shutil.copy2(path, cfg.inbox / path.name)
    return ingest(cfg)


def errors(o: Outcome) -> list[tuple[str, str, str]]:
    return [(p.code, p.cell or "", p.line()) for p in o.problems if p.severity == "error"]


def test_nil_after_a_month_with_projects_is_asked_naming_them(county_full: Config, tmp_path: Path) -> None:
    may, june = make.fai_may_with_projects_then_june_nil(tmp_path)
    accepted(drop(county_full, may), "fai_projects", "西镇", "2026-05", 3)
    [o] = [o for o in drop(county_full, june) if o.period == "2026-06"]
    assert o.status == "rejected"
    [(code, cell, line)] = errors(o)
    assert (code, cell) == ("nil_after_rows", "A4")
    assert "西镇2026年5月报送了3个项目（西镇甲陶瓷生产线项目、西镇乙余热利用改造项目、西镇丙仓储物流项目）" in line
    assert "在建项目仍需逐个填报1-6月累计完成投资" in line and "本月无新增项目" in line
    assert sql(county_full, "select count(*) from cur_fai_projects where period = '2026-06'") == [(0,)]


def test_nil_after_rows_in_the_same_batch_is_asked(county_full: Config, tmp_path: Path) -> None:
    may, june = make.fai_may_with_projects_then_june_nil(tmp_path)
    shutil.copy2(may, county_full.inbox / may.name)
    outcomes = drop(county_full, june)
    assert sorted((o.period, o.status) for o in outcomes) == [("2026-05", "accepted"), ("2026-06", "rejected")]
    [o] = [o for o in outcomes if o.period == "2026-06"]
    assert [c for c, _, _ in errors(o)] == ["nil_after_rows"]


def test_only_no_new_projects_is_asked(county_full: Config) -> None:
    [o] = take(county_full, make.fai_only_no_new_projects)
    assert o.status == "rejected"
    [(code, cell, line)] = errors(o)
    assert (code, cell) == ("nil_only_new", "A4") and "本期无项目" in line


def test_attraction_nil_return_is_taken(county_full: Config) -> None:
    o = accepted(take(county_full, make.attraction_nil_this_year), "attraction", "招商局", "2026-06", 0)
    assert ("empty_return", "A4") in [(p.code, p.cell) for p in o.problems if p.severity == "info"]
    assert indicator(county_full, "invest_funds_in_place") == 0


def test_attraction_no_new_signing_is_asked(county_full: Config) -> None:
    [o] = take(county_full, make.attraction_no_new_signing)
    assert (o.status, o.form, o.sender) == ("rejected", "attraction", "招商局")
    [(code, cell, line)] = errors(o)
    assert (code, cell) == ("nil_only_new", "A4") and "招商项目" in line


def test_nil_sentence_without_a_period_says_it_was_seen_as_nil(county_full: Config) -> None:
    [o] = take(county_full, make.fai_nil_sentence_without_a_period)
    assert o.status == "rejected"
    [(code, _, line)] = errors(o)
    assert code == "missing_period" and "看起来是零报告" in line


def test_nil_township_counts_as_reported_and_its_investment_is_zero(county_full: Config) -> None:
    accepted(take(county_full, f9.fai_nil_return_one_line), "fai_projects", "西镇", "2026-06", 0)
    assert indicator(county_full, "fai_cum") == 0
    assert indicator(county_full, "fai_cum", scope="西镇") == 0
    assert sql(county_full, "select sender, status, n_rows from current_submissions where form = 'fai_projects'") == [
        ("西镇", "accepted", 0)]
    assert sql(county_full, "select count(*) from missing_inputs where message like "
                            "'缺少2026年1-6月的《工业固定资产投资项目月报》%'") == [(0,)]
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        dues = completeness(con, county_full, "2026-06", dt.datetime(2026, 7, 20, 10))
    finally:
        con.close()
    [due] = [d for d in dues if (d.form, d.sender) == ("fai_projects", "西镇")]
    # reported (received today, after the deadline the test's clock puts in July: 逾期报送), never 未报 or 退回
    assert (STATE_ZH[due.state], due.versions, due.file) == ("逾期报送", 1, "西镇6月工业投资报表.xlsx")


def test_what_reads_as_a_nil_statement() -> None:
    """The words: nothing (暂无, 无…项目, 本期无数据), nothing new (无新增, 无新签约), and lines that are no nil
    statement at all (a project named 无人机…, 无变化 = the same as last month, a 备注)."""
    from beizeng.intake.nil import statement

    said = {t: (s.only_new if (s := statement(4, 0, t)) else None) for t in (
        "本月无新增项目，无在建工业固定资产投资项目。", "暂无", "本期无数据", "2026年1-6月无工业用地供应", "我镇目前没有工业投资项目",
        "本月无新增项目", "本月无新签约项目", "无人机产业园项目", "本月无变化", "备注：无", "西镇本月无在建项目")}
    assert said == {"本月无新增项目，无在建工业固定资产投资项目。": False, "暂无": False, "本期无数据": False,
                    "2026年1-6月无工业用地供应": False, "我镇目前没有工业投资项目": False, "本月无新增项目": True,
                    "本月无新签约项目": True, "无人机产业园项目": None, "本月无变化": None, "备注：无": None,
                    "西镇本月无在建项目": False}
