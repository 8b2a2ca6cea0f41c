"""Words for figures at the edges (fx43, after probe 43).

1. A 百分点 gap printed beside its two rates (增加值增速 against its target or the city average, 工业固投 / 技改 against
   theirs, the 战新 share against its target) is the difference of the two rates *as shown* (the catalogue's
   ``difference``, ``beizeng.publish.overview.as_shown``): 7.45 % against 7.5 % reads 与任务指标（7.5%）持平 and the
   指标总览 shows 0.0 beside 7.5 | 7.5, never −0.1; 7.46 against 7.34 is 0.2, not the 0.1 the exact 0.12 rounds to.
   The warehouse keeps the exact gap.
2. A growth over 上年同期 0 is not comparable, not missing: the SQL says why it is NULL (view ``null_reasons``,
   ``base_zero``); the draft says 上年同期为0，增速不可比 and leaves out the gap and the rank that stand on it, the
   appendix does not list it, the 数据质量 sheet asks for no return and the 指标总览 says 不可比 in its 状态 cell."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.ops.crosschecks import period_warnings
from beizeng.publish.overview import as_shown, overview_rows
from beizeng.publish.report import build_report, render_report
from beizeng.store.catalogue import catalogue
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios import (
    CITY_HEADERS,
    ent_2026_06,
    enterprise_output,
    fai_2026_06,
    full_county,
    targets_2026,
)
from tests.test_report import SECTION_1_AND_7
from tests.xlsx import write_return

D = Decimal


def _draft(county: Config, changes: Mapping[str, float | None], why_null: dict[str, str] | None = None) -> str:
    return render_report(county, "2026-06", {**SECTION_1_AND_7, **changes}, {}, [], why_null=why_null).text


# ---- 1. a gap beside its two rates is their difference as shown ------------------------------------------------------

@pytest.mark.parametrize(("a", "av", "b", "bv", "gap", "expected"), [
    # exact 0.12 would show 0.1 beside 7.5 and 7.3
    ("va_yoy_pct", 7.46, "va_target_pct", 7.34, "va_vs_target_pp", "同比增长7.5%，高于任务指标（7.3%）0.2个百分点"),
    ("va_yoy_pct", 7.45, "va_target_pct", 7.5, "va_vs_target_pp", "同比增长7.5%，与任务指标（7.5%）持平"),
    ("va_yoy_pct", 7.34, "va_target_pct", 7.46, "va_vs_target_pp", "同比增长7.3%，低于任务指标（7.5%）0.2个百分点"),
    ("va_yoy_pct", 7.46, "va_city_avg_pct", 7.34, "va_vs_city_pp", "高于全市平均增速（7.3%）0.2个百分点"),
    ("fai_yoy_pct", 5.36, "fai_target_pct", 5.24, "fai_vs_target_pp", "同比增长5.4%，较目标任务增速（5.2%）超过0.2个百分点"),
    ("fai_yoy_pct", 5.04, "fai_target_pct", 4.95, "fai_vs_target_pp", "同比增长5.0%，与目标任务增速（5.0%）持平"),
    ("tech_yoy_pct", 7.45, "tech_target_pct", 7.5, "tech_vs_target_pp", "同比增长7.5%，与任务指标（7.5%）持平"),
    # exact 8.52 would show 8.5 beside 12.5 and 3.9
    ("tech_yoy_pct", 12.46, "tech_city_avg_pct", 3.94, "tech_vs_city_pp", "高于全市平均增速（3.9%）8.6个百分点"),
    # exact 0.02 would read 达到 beside 30.1 and 30.0
    ("sei_output_share_pct", 30.06, "sei_output_share_target_pct", 30.04, "sei_vs_target_pp",
     "占比达到30.1%，超过目标任务（30.0%）0.1个百分点"),
])
def test_the_gap_is_the_difference_of_the_rates_printed_beside_it(county: Config, a: str, av: float, b: str,
                                                                   bv: float, gap: str, expected: str) -> None:
    exact = float(D(str(av)) - D(str(bv)))
    changes = {a: av, b: bv, gap: exact}
    if gap.startswith("sei"):
        changes |= {"above_scale_count": 10.0, "sei_count": 3.0, "sei_share_pct": 30.0, "sei_output_cum": 3.0}
    assert expected in _draft(county, changes)
    assert catalogue()[gap].difference == (a, b)


def test_every_declared_difference_is_what_the_sql_computes(county: Config) -> None:
    """The catalogue's ``difference`` is a declaration about the SQL: each such gap is its first rate minus its second
    (exact, not shown), percent minus percent in 百分点 — checked on the hand-computed county of tests/scenarios.py."""
    full_county(county.inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        rows = con.execute("select scope, indicator, value from indicator_values where period = '2026-06'").fetchall()
    finally:
        con.close()
    by_scope: dict[str, dict[str, float | None]] = {}
    for scope, code, value in rows:
        by_scope.setdefault(scope, {})[code] = value
    cat, checked = catalogue(), 0
    declared = {c: i.difference for c, i in cat.items() if i.difference}
    assert set(declared) >= {"va_vs_target_pp", "va_vs_city_pp", "fai_vs_target_pp", "tech_vs_target_pp",
                             "tech_vs_city_pp", "sei_vs_target_pp"}
    for code, (a, b) in declared.items():
        assert (cat[code].unit, cat[a].unit, cat[b].unit) == ("pp", "%", "%"), code
        for values in by_scope.values():
            if None not in (values.get(code), values.get(a), values.get(b)):
                assert values[code] == pytest.approx(values[a] - values[b], abs=1e-9), code  # type: ignore[operator]
                checked += 1
    assert checked >= 5


def test_the_overview_sets_the_same_gap_beside_the_same_rates() -> None:
    """指标总览: 7.45 | 7.5 | 0.0 and 领先 (持平 is no shortfall), not −0.1 and amber; 技改 against the city average
    12.46 − 3.94 as its own line 8.6; the warehouse's exact gaps stay −0.05 and 8.52."""
    figures = {"va_yoy_pct": 7.45, "va_target_pct": 7.5, "va_vs_target_pp": -0.05, "tech_yoy_pct": 12.46,
               "tech_city_avg_pct": 3.94, "tech_vs_city_pp": 8.52, "tech_target_pct": 0.0, "tech_vs_target_pp": 12.46}
    con = duckdb.connect()
    try:
        rows = {r.code: r for r in overview_rows(con, "2026-06", "测试县", complete=True, figures=figures)}
    finally:
        con.close()
    va = rows["va_yoy_pct"]
    assert (va.value, va.cells["目标"][0], va.gap, va.status) == (7.45, 7.5, 0.0, "领先")
    assert rows["tech_vs_city_pp"].value == pytest.approx(8.6)
    assert rows["tech_yoy_pct"].gap == pytest.approx(12.5)
    assert as_shown(figures)["va_vs_target_pp"] == 0.0 and figures["va_vs_target_pp"] == -0.05


# ---- 2. a growth over 上年同期 0 ----------------------------------------------------------------------------------------

def test_not_comparable_clauses_are_left_out_with_their_commas(county: Config) -> None:
    none = {"fai_yoy_pct": None, "fai_vs_target_pp": None, "fai_city_rank": None, "tech_yoy_pct": None,
            "tech_vs_target_pp": None, "tech_vs_city_pp": None, "tech_city_rank": None, "output_city_rank": None}
    report = render_report(county, "2026-06", {**SECTION_1_AND_7, **none}, {}, [],
                           why_null=dict.fromkeys(none, "base_zero"))
    assert "全县工业固定资产投资完成9.05亿元，上年同期为0，增速不可比。" in report.text
    assert "技术改造投资完成2.45亿元，上年同期为0，增速不可比。" in report.text
    assert "同比增长8.2%，预计前三季度" in report.text  # ①: the rank alone left out
    assert not {g.code for g in report.gaps} & set(none)
    # without a reason the same NULLs are 【待补充】 and listed, as before
    plain = _draft(county, none)
    assert "同比增长（下降）【待补充】%" in plain and "排名全市第【待补充】" in plain


def _city_base_zero(inbox: Path) -> Path:
    """The bureau's table with 测试县's 上年同期 0 for output, 工业固投 and 技改, and no growth for them."""
    rows = [
        ["测试县", 100000, 0, None, 6.5, 6700, 0, None, 1200, 0, None],
        ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["乙县", 150000, 140000, 7.1, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0],
        ["全市", 550000, 415000, None, 6.2, 35700, 27000, None, 5000, 3500, None],
    ]
    return write_return(inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx", CITY_HEADERS, rows,
                        title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")


def test_growth_over_a_zero_base_is_flagged_in_sql_and_worded_not_chased(county: Config) -> None:
    """No ledgers of last year (a first year): the county's 工业固投 and 技改 growth are the bureau's alone, over 0."""
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    fai_2026_06(county.inbox)
    targets_2026(county.inbox)
    _city_base_zero(county.inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        flagged = set(con.execute("select indicator from null_reasons where period = '2026-06' and scope = '测试县' "
                                  "and reason = 'base_zero'").fetchall())
        stored = dict(con.execute("select indicator, value from indicator_values where period = '2026-06' "
                                  "and scope = '测试县'").fetchall())
        report = build_report(con, county, "2026-06")
        warnings = period_warnings(con, "2026-06")
        overview = {r.code: r for r in overview_rows(con, "2026-06", "测试县")}
    finally:
        con.close()
    codes = {"fai_yoy_pct", "fai_vs_target_pp", "fai_city_rank", "tech_yoy_pct", "tech_vs_target_pp",
             "tech_vs_city_pp", "tech_city_rank", "output_city_rank"}
    assert {c for (c,) in flagged} == codes | {"fai_city_rank_ties", "tech_city_rank_ties", "output_city_rank_ties"}
    assert all(stored[c] is None for c in codes)  # NULL kept: the reason is beside it, not a made-up 0
    assert stored["output_yoy_pct"] is not None  # the enterprise return's own 上年同期 compares
    text = report.text
    assert "上年同期为0，增速不可比。" in text.split("③工业固定资产投资增速。")[1].splitlines()[0]
    assert "技术改造投资完成0.12亿元，上年同期为0，增速不可比。" in text
    assert "排名全市第【待补充】" not in text and "，，" not in text and "，。" not in text
    assert not {g.code for g in report.gaps} & codes
    chased = [w.text for w in warnings if w.category == "缺报"]
    assert not any("增速为空" in w or "工业固定资产投资同比增速、" in w for w in chased), chased
    [said] = [w for w in warnings if w.category == "不可比"]
    assert said.text.startswith("测试县上年同期为0，增速不可比") and "工业固定资产投资同比增速（fai_yoy_pct）" in said.text
    assert said.fix.startswith("核实") and "无需催报" in said.fix
    assert not any("fai_city_rank_ties" in w.text for w in warnings if w.category == "空值")  # the rank's count too
    assert overview["fai_yoy_pct"].status == "上年同期为0，不可比" and overview["fai_yoy_pct"].value is None
