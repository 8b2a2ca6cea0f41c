"""A township whose project ledger had 0 last year (fx46).

Its 工业固投 / 技改 growth divides by 0: not comparable, not missing.  The SQL says why it is NULL (view null_reasons,
``base_zero``, the one rule: a growth left NULL whose base is 0 — the project ledgers' 上年同期 of a township and of
the county's cross-check, and the land supplied last year, beside the enterprise return and the city comparison of
fx43), so the 数据质量 sheet files it as 不可比 (核实…无需催报), never 缺报, and the 指标总览 of the township says
上年同期为0，不可比.  A township for which no return of last year is in has no base at all: that one is 缺报.
The draft has no sentence per township (its figures are the county's), so the township's growth is no 【待补充】 there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.ops.crosschecks import period_warnings
from beizeng.publish.outputs import quality_rows
from beizeng.publish.overview import overview_rows
from beizeng.publish.report import build_report
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios import FAI_HEADERS, city_2026_06, project, targets_2026
from tests.xlsx import write_return


def _ledger(inbox: Path, township: str, year: int, rows: list[list[object]]) -> Path:
    """A township's hand-made ledger: merged title, 填报单位, 单位 line, a 合计 row at the bottom."""
    data = [[i, *r] for i, r in enumerate(rows, 1)]
    total: list[object] = ["合计", *([None] * (len(FAI_HEADERS) - 2)), sum(float(str(r[-1] or 0)) for r in rows)]
    return write_return(inbox / f"{township}{year}年1-6月固投项目进展.xlsx", FAI_HEADERS, data,
                        title=f"{township}{year}年1-6月工业固定资产投资项目进展情况表",
                        sender_line=f"填报单位：{township}人民政府", total=total)


EAST_2026 = [project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, dt.date(2026, 3, 1),
                     True, 3000)]
EAST_2025 = [project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, dt.date(2025, 3, 1),
                     True, 2000, year=25)]
# 西镇: 1,200 万元 this year; last year its one project was not yet in the statistics database: 0 counted
WEST_2026 = [project(5, "西镇新材料产业园", "西镇", "新建", False, True, 20000, 8000, True, dt.date(2026, 4, 10), True,
                     1200)]
WEST_2025 = [project(5, "西镇新材料产业园", "西镇", "新建", False, True, 20000, 8000, False, None, False, 0, year=25)]


def _run(county: Config, west_last_year: bool) -> dict[str, object]:
    inbox = county.inbox
    _ledger(inbox, "东镇", 2026, EAST_2026)
    _ledger(inbox, "西镇", 2026, WEST_2026)
    _ledger(inbox, "东镇", 2025, EAST_2025)
    if west_last_year:
        _ledger(inbox, "西镇", 2025, WEST_2025)
    city_2026_06(inbox)
    targets_2026(inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        return {
            "reasons": set(con.execute("select scope, indicator, reason from null_reasons "
                                       "where period = '2026-06'").fetchall()),
            "model": dict(con.execute("select scope || ':' || indicator, value from ind_fixed_investment "
                                      "where period = '2026-06'").fetchall()),
            "warnings": period_warnings(con, "2026-06"),
            "quality": quality_rows(con, "2026-06"),
            "report": build_report(con, county, "2026-06"),
            "west": {r.code: r for r in overview_rows(con, "2026-06", "西镇")},
        }
    finally:
        con.close()


def test_a_township_ledger_with_nothing_last_year_is_not_comparable(county: Config) -> None:
    got = _run(county, west_last_year=True)
    model = got["model"]
    assert isinstance(model, dict)
    assert model["西镇:fai_cum"] == pytest.approx(0.12) and model["西镇:fai_yoy_pct"] is None  # NULL, not infinity
    assert model["东镇:fai_yoy_pct"] == pytest.approx(50.0)
    assert model["测试县:fai_yoy_pct"] == pytest.approx(-16.3)  # the bureau's, untouched
    assert ("西镇", "fai_yoy_pct", "base_zero") in got["reasons"]  # type: ignore[operator]
    assert ("西镇", "tech_yoy_pct", "base_zero") in got["reasons"]  # type: ignore[operator]  # 0 over 0 too
    # the county's ledger cross-check has a base (2,000 万元); a township has no ledger cross-check or city gap
    assert not {(s, c) for s, c, _ in got["reasons"]  # type: ignore[attr-defined]
                if c in ("fai_yoy_ledger_pct", "tech_vs_city_pp", "fai_vs_target_pp") or s == "东镇" and c == "fai_yoy_pct"}
    warnings = got["warnings"]
    assert isinstance(warnings, list)
    [said] = [w for w in warnings if w.category == "不可比" and w.text.startswith("西镇")]
    assert said.text.startswith("西镇上年同期为0，增速不可比") and "工业固定资产投资同比增速（fai_yoy_pct）" in said.text
    assert said.fix.startswith("核实") and "无需催报" in said.fix
    quality = got["quality"]
    assert isinstance(quality, list)
    assert any(r[0] == "不可比" and str(r[8]).startswith("西镇上年同期为0，增速不可比") for r in quality)
    assert not [r for r in quality if r[0] == "缺报" and "西镇" in str(r[8])], "西镇 is asked for nothing"
    west = got["west"]
    assert isinstance(west, dict)
    assert west["fai_yoy_pct"].status == "上年同期为0，不可比" and west["fai_yoy_pct"].value is None
    report = got["report"]
    assert not [g for g in report.gaps if "西镇" in g.what or g.code == "fai_yoy_pct"]  # type: ignore[attr-defined]
    assert "西镇" not in report.text.split("附：待补充事项")[-1]  # type: ignore[attr-defined]
    assert "同比下降16.3%" in report.text  # type: ignore[attr-defined]  # the county's sentence, the bureau's growth


def test_a_township_with_no_ledger_last_year_is_still_missing(county: Config) -> None:
    got = _run(county, west_last_year=False)
    assert not {r for r in got["reasons"] if r[0] == "西镇"}  # type: ignore[attr-defined]
    warnings = got["warnings"]
    assert isinstance(warnings, list)
    [chase] = [w for w in warnings if w.category == "缺报" and "西镇" in w.text]
    assert "缺少上年2025年1-6月西镇的《工业固定资产投资项目月报》" in chase.text
    assert "西镇工业固定资产投资和技术改造投资的同比增速无法计算" in chase.text
    assert chase.form == "fai_projects" and chase.fix.startswith("催报")
    assert not [w for w in warnings if w.category == "不可比" and w.text.startswith("西镇")]
    west = got["west"]
    assert isinstance(west, dict)
    assert west["fai_yoy_pct"].status != "上年同期为0，不可比"


def test_the_county_ledger_cross_check_over_nothing_is_not_comparable(county: Config) -> None:
    """No 技改 project either year: the county's 技改 growth by the ledgers is 0 over 0 (the bureau's stays official)."""
    got = _run(county, west_last_year=True)
    assert ("测试县", "tech_yoy_ledger_pct", "base_zero") in got["reasons"]  # type: ignore[operator]
    assert ("测试县", "tech_yoy_pct", "base_zero") not in got["reasons"]  # type: ignore[operator]  # 20.0 from the bureau
    warnings = got["warnings"]
    assert isinstance(warnings, list)
    assert not any("tech_yoy_ledger_pct" in w.text for w in warnings if w.category == "空值")
