"""The outside probe p43 (tests/handmade/probe43.py): arithmetic at the edges, checked by hand to the last shown digit.
测试县 (five townships) for 1-6月 2026 from hand-made returns whose figures sit where float arithmetic, rounding or a
division goes wrong unnoticed: growth over a base of 0, blank or 0.01 万元; rates exactly x.x5 (1.15, 4.35, 6.25,
12.25 %); amounts in 元 and 亿元 with more decimals than 万元 keeps; forty rows of 100.005 万元; ties in the city and
between townships.  The warehouse (indicator_values), the published 汇总表 (value and number format) and the report
draft are checked against hand arithmetic in Decimal, rounded half up as shown.  Where beizeng differs today the test
is ``xfail(strict=True)`` with what it does instead; silent wrong figures first."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.handmade import probe43 as p
from tests.handmade.probe26b import write_zone_config

D = Decimal
PERIOD = "2026-06"
COUNTY = "测试县"


@dataclass
class Published:
    cfg: Config
    outcomes: list[Outcome]
    report: str
    sheets: dict[str, list[list[tuple[Any, str]]]]  # (value, number format) of every cell


def _shown(value: Any, fmt: str) -> str:
    """What Excel shows for ``value`` under ``fmt`` (0, 0.0, 0.0"%", #,##0.00): rounded half up, thousands
    separated; the value as Excel keeps it (15 significant digits), never the binary noise of a double."""
    body = fmt.split('"')[0]
    places = len(re.match(r"0*", body.split(".")[1]).group(0)) if "." in body else 0  # type: ignore[union-attr]
    q = D(f"{float(value):.15g}").quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if "," in body else f"{q}"


def _half_up(value: Decimal, places: int = 1) -> str:
    return f"{value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)}"


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    """Every hand-made return of June 2026 (红星乡 sends no project list), ingested, computed and published as
    ``beizeng run`` publishes it (``write_period_outputs``)."""
    from beizeng.publish.period import write_period_outputs
    from beizeng.store.session import open_work

    root = tmp_path_factory.mktemp("p43") / "county"
    path = write_zone_config(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BEIZENG_CONFIG", str(path))
        cfg = load_config(path)
        cfg.inbox.mkdir(parents=True, exist_ok=True)
        p.whole_county(cfg.inbox)
        outcomes = ingest(cfg)
        assert all(o.status == "accepted" for o in outcomes), [(o.file, o.status) for o in outcomes]
        with open_work(cfg) as con:
            files = write_period_outputs(con, cfg, PERIOD)
        md = next(f for f in files if f.suffix == ".md").read_text(encoding="utf-8")
        wb = openpyxl.load_workbook(next(f for f in files if f.suffix == ".xlsx"))
        sheets = {ws.title: [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()] for ws in wb}
        wb.close()
        yield Published(cfg, outcomes, md, sheets)
        os.environ.pop("BEIZENG_CONFIG", None) if os.environ.get("BEIZENG_CONFIG") == str(path) else None


def _sql(pub: Published, text: str, params: list[object] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(work_db(pub.cfg)), read_only=True)
    try:
        return con.execute(text, params or []).fetchall()
    finally:
        con.close()


def _values(pub: Published, scope: str) -> dict[str, float | None]:
    return dict(_sql(pub, "select indicator, value from indicator_values where period = ? and scope = ?",  # type: ignore[arg-type]
                     [PERIOD, scope]))


def _row(pub: Published, sheet: str, first: str) -> list[tuple[Any, str]]:
    return next(r for r in pub.sheets[sheet] if r and r[0][0] == first)


def _para(pub: Published, lead: str) -> str:
    return next(line for line in pub.report.splitlines() if lead in line)


def _close(value: float | None, exact: Decimal) -> bool:
    """The stored double is the correctly rounded quotient of the exact figure (15 significant digits)."""
    return value is not None and D(f"{value:.15g}") == D(f"{float(exact):.15g}")


# hand arithmetic (万元).  Output 1-6月: 10,115 + 500 + 1,740 + 15,910 + 1,740 + 9,995 = 40,000 = 4.0000 亿元.
TOWNS = {"东镇": (D(10615), D(10000)), "西镇": (D(1740), D(0)), "经济技术开发区": (D(15910), None),
         "红星乡": (D(1740), D("0.01")), "城关街道": (D(9995), D(10000))}
TOTAL = sum(c for c, _ in TOWNS.values())
# the county's growth compares only firms with a 上年同期 (恒通's is blank): 24,090 over 20,000.01
COMPARABLE, BASE = TOTAL - D(15910), D("20000.01")
OUT_YOY = (COMPARABLE - BASE) * 100 / BASE  # 20.44993977503011…
# projects (万元): 东镇 1,960; 西镇 12,345,678.9 元 → 1,234.5679 (to the 元); 经开区 0.12345678 亿元 → 1,234.5678;
# 城关街道 40 × 100.005 = 4,000.2
WEST = (D("12345678.9") / 10000).quantize(D("0.0001"), rounding=ROUND_HALF_UP)
ZONE = D("0.12345678") * 10000
CITY_40 = 40 * D("100.005")
FAI = D(1960) + WEST + ZONE + CITY_40  # 8,429.3357 万元


# ---- silent (or merely said) wrong figures ---------------------------------------------------------------------------

def test_gap_to_target_never_contradicts_the_rates_it_sets_side_by_side(county: Published) -> None:
    """增加值 7.45 % (typed by the bureau) against a target of 7.5 %: the gap from unrounded values is −0.05 个百分点.
    Both rates show as 7.5 %; a reader of “增长7.5%，低于任务指标（7.5%）0.1个百分点” sees a sum that does not add up.
    A careful draft says 与任务指标（7.5%）持平 (or shows the gap to the digits that carry it, 0.05)."""
    assert _close(_values(county, COUNTY)["va_vs_target_pp"], D("-0.05"))
    line = _para(county, "②规上工业增加值增速。")
    shown_gap = re.search(r"任务指标（7\.5%）(\d+\.\d)个百分点", line)
    assert "同比增长7.5%" in line
    assert shown_gap is None or D(shown_gap.group(1)) == abs(D("7.5") - D("7.5")), line


def test_growth_over_a_base_of_zero_is_said_not_comparable_not_missing(county: Published) -> None:
    """The bureau's city comparison gives 测试县's 工业固投 8,429.3357 万元 over 上年同期 0 and no growth: 同比 cannot be
    computed, and no return sent later will give it.  A person writes 上年同期为0、增速不可比 (or “—”), leaves out the rank
    and does not ask anybody to send the figure."""
    line = _para(county, "③工业固定资产投资增速。")
    assert "不可比" in line or "上年同期为0" in line, line
    assert "排名全市第【待补充】" not in line, line
    gaps = county.report.split("附：待补充事项")[1]
    assert "工业固定资产投资同比增速、" not in gaps, gaps
    quality = [" ".join(str(v) for v, _ in r if v is not None) for r in county.sheets["数据质量"]]
    assert not any("工业固定资产投资增速为空" in q and "催报" in q for q in quality), quality


# ---- RIGHT: the warehouse ----------------------------------------------------------------------------------------------

def test_output_growth_over_blank_zero_and_tiny_bases(county: Published) -> None:
    """东镇 (10,115 + 500) over (10,000 + 0) = 6.15 %; 西镇 over 0 and 经开区 over a blank: no growth (NULL, never
    inf, 0 or −100); 红星乡 over 0.01 万元: (1,740 − 0.01) ÷ 0.01 = 17,399,900 %; 城关街道 −0.05 %; the county compares
    the firms with a 上年同期 only: 24,090 over 20,000.01 = 20.4499…%."""
    for town, (cum, last) in TOWNS.items():
        got = _values(county, town).get("output_yoy_pct")
        if last is None or last == 0:
            assert got is None, (town, got)
        else:
            assert _close(got, (cum - last) * 100 / last), (town, got)
    assert _close(_values(county, COUNTY)["output_yoy_pct"], OUT_YOY)
    bad = _sql(county, "select scope, indicator, value from indicator_values where isinf(value) or isnan(value)")
    assert bad == []


def test_amounts_in_yuan_and_yi_are_kept_to_the_yuan_and_summed_exactly(county: Published) -> None:
    """12,345,678.9 元 is 1,234.56789 万元, kept to the 元 (four decimals, half up): 1,234.5679; 0.12345678 亿元 is
    1,234.5678 万元 exactly; forty rows of 100.005 sum to 4,000.2; the county's 工业固投 is 8,429.3357 万元."""
    rows = dict(_sql(county, "select township, sum(invest_cum) from cur_fai_projects group by township"))
    assert rows == {"东镇": D(1960), "西镇": WEST, "经济技术开发区": ZONE, "城关街道": CITY_40}
    assert {r for (r,) in _sql(county, "select invest_cum from cur_fai_projects where township = '城关街道'")} == {
        D("100.005")}
    assert _close(_values(county, COUNTY)["fai_cum"], FAI / 10000)
    assert _close(_values(county, "西镇")["fai_cum"], WEST / 10000)


def test_rates_that_are_exactly_half_are_kept_exact(county: Published) -> None:
    """1 of 16 key projects started and in the database: 6.25 %; 1,960 of 16,000 planned: 12.25 %; 序时 50 % →
    −37.75 个百分点; shares 10,615 / 40,000 = 26.5375 %, 1,740 / 40,000 = 4.35 % (twice)."""
    county_ = _values(county, COUNTY)
    assert (county_["key_projects_started_pct"], county_["key_projects_in_stats_pct"]) == (6.25, 6.25)
    assert (county_["key_projects_plan_pct"], county_["key_projects_vs_time_pp"]) == (12.25, -37.75)
    for town, (cum, _) in TOWNS.items():
        assert _close(_values(county, town)["output_county_share_pct"], cum * 100 / TOTAL), town


def test_tiny_base_is_stored_and_said_on_its_cell(county: Published) -> None:
    """A 上年同期 of 0.01 万元 (100 元) makes 红星农产品's growth 17,399,900 %: stored as worked, and said on H10."""
    [ent] = [o for o in county.outcomes if o.form == "enterprise_output"]
    [warn] = [x for x in ent.problems if x.code == "yoy_out_of_range"]
    assert warn.cell == "H10" and "17399900.0%" in warn.message and "上年同期 0.01" in warn.message


# ---- RIGHT: the 汇总表 -----------------------------------------------------------------------------------------------

def test_township_sheet_rounds_each_figure_half_up_from_the_exact_value(county: Published) -> None:
    """分乡镇: shares 26.5375 → 26.5, 4.35 → 4.4 (the double 4.3499… must not show 4.3), 39.775 → 39.8, 24.9875 →
    25.0; 同比 6.15 → 6.2, −0.05 → −0.1, blank where the base is 0 or blank (never 0.0, −100.0 or inf); ranks by output
    1 经开区, 2 东镇, 3 城关街道, 4 西镇 and 红星乡 tied to the 万元."""
    ranks = {"东镇": 2, "西镇": 4, "经济技术开发区": 1, "红星乡": 4, "城关街道": 3}
    for town, (cum, last) in TOWNS.items():
        (v, vf), (share, sf), (rank, _), (yoy, yf) = _row(county, "分乡镇", town)[1:5]
        assert _shown(v, vf) == f"{(cum / 10000).quantize(D('0.01'), rounding=ROUND_HALF_UP):,}", town
        assert _shown(share, sf) == _half_up(cum * 100 / TOTAL), (town, share)
        assert rank == ranks[town], town
        if last is None or last == 0:
            assert yoy is None, (town, yoy)
        else:
            assert _shown(yoy, yf) == _half_up((cum - last) * 100 / last), (town, yoy)
    total = _row(county, "分乡镇", "全县合计")
    assert D(str(total[1][0])) == TOTAL / 10000 and _shown(total[1][0], total[1][1]) == "4.00"
    assert _shown(total[4][0], total[4][1]) == _half_up(OUT_YOY) == "20.4"


def test_county_total_is_the_shown_exact_sum_not_the_sum_of_shown_rows(county: Published) -> None:
    """工业固投 (亿元): rows 0.196 | 0.12345679 | 0.12345678 | 0.40002 show 0.20 | 0.12 | 0.12 | 0.40; 全县合计 is the
    exact 0.84293357, shown 0.84 (the shown rows happen to add to 0.84 too).  Each of 城关街道's forty rows of
    100.005 万元 shows 100.01: their shown sum 4,000.40 is not the 4,000.20 a careful total shows."""
    col = 9  # J: 工业固定资产投资 亿元
    rows = [_row(county, "分乡镇", t)[col] for t in ("东镇", "西镇", "经济技术开发区", "城关街道")]
    assert [_shown(v, f) for v, f in rows] == ["0.20", "0.12", "0.12", "0.40"]
    total, fmt = _row(county, "分乡镇", "全县合计")[col]
    assert _close(total, FAI / 10000) and _shown(total, fmt) == "0.84"
    assert _shown(float(D("100.005")), "#,##0.00") == "100.01" and 40 * D("100.01") == D("4000.40")
    assert _close(_row(county, "分乡镇", "城关街道")[col][0], CITY_40 / 10000)


def test_overview_shows_half_rates_rounded_up_and_the_blank_growth_blank(county: Published) -> None:
    """指标总览: 开工率 and 纳统率 6.25 → 6.3 %, 完成年度计划 12.25 → 12.3 %, 差距 −37.75 → −37.8; 工业固投同比 blank (not
    0.0 % and no 全市排名); 技改同比 12.5 against a target of 0 → 差距 12.5 (a target of 0 is a target)."""
    for name in ("重点项目开工率", "重点项目纳统率"):
        (v, f) = _row(county, "指标总览", name)[1]
        assert _shown(v, f) == "6.3", name
    done = _row(county, "指标总览", "重点项目完成投资")
    assert (_shown(*done[4]), _shown(*done[6])) == ("12.3", "-37.8")
    fai = _row(county, "指标总览", "工业固定资产投资同比增速")
    assert fai[1][0] is None and fai[7][0] is None and fai[9][0] is None, fai
    tech = _row(county, "指标总览", "技术改造投资同比增速")
    assert (tech[1][0], tech[3][0], tech[6][0]) == (12.5, 0, 12.5)


# ---- RIGHT: the report draft ------------------------------------------------------------------------------------------

def test_report_output_paragraph_with_the_shared_first_rank(county: Published) -> None:
    """4.00 亿元 of a 序时 5.00 亿元 = 80.0 %, 同比 20.4499… → 20.4 %, 20.4 stated by the bureau for 测试县 and 甲县 →
    排名全市并列第1."""
    line = _para(county, "①规上工业总产值。")
    assert (f"规上工业总产值完成4.00亿元，达到任务指标6月序时进度（5.00亿元）的80.0%，同比增长{_half_up(OUT_YOY)}%，"
            "排名全市并列第1") in line


def test_report_key_projects_sentence_rounds_half_up(county: Published) -> None:
    """16 key projects, 1,600 planned = 1.60 亿元; 6.25 → 6.3 %; 1,960 = 0.196 → 0.20 亿元; 12.25 → 12.3 %; 50 − 12.25
    = 37.75 → 37.8 个百分点 (Python's ``f"{6.25:.1f}"`` would give 6.2, ``round(12.25, 1)`` 12.2)."""
    line = _para(county, "纳入工业倍增计划重点项目")
    assert ("重点项目16个，年度总投资1.60亿元，截至6月底开工率达到6.3%，纳入统计库项目1个，纳统率达到6.3%，完成固投0.20亿元，"
            "达到年度投资计划的12.3%，较任务序时进度（50.0%）相差37.8个百分点。") in line


def test_report_tech_against_a_zero_target_and_the_city_average_of_totals(county: Published) -> None:
    """技改 12.5 % (1,800 over 1,600) against a target of 0 %: 高于 12.5 个百分点; the city average is Σ ÷ Σ − 1 =
    6,600 ÷ 6,350 − 1 = 3.937… % → 3.9, 12.5 − 3.937… = 8.562… → 8.6 (not 12.5 − 3.9 = 8.6 by luck: checked
    exactly); 甲县's 20.0 is above → 第2.  The ② sentence ranks 7.45 tied with 甲县's 7.45 above 乙县's 7.449."""
    avg = (D(6600) / D(6350) - 1) * 100
    line = _para(county, "④工业企业技术改造增速。")
    assert (f"同比增长12.5%，高于任务指标（0.0%）12.5个百分点，高于全市平均增速（{_half_up(avg)}%）"
            f"{_half_up(D('12.5') - avg)}个百分点，排名全市第2。") in line
    assert "排名全市并列第1" in _para(county, "②规上工业增加值增速。")
    va = _values(county, COUNTY)
    assert (va["va_city_rank"], va["va_city_rank_ties"]) == (1, 2)


def test_no_inf_nan_or_invented_zero_anywhere_a_figure_cannot_be_computed(county: Published) -> None:
    """No inf, NaN, None in the draft or the workbook; the 工业固投 growth (base 0) is never 0.0 % and gets no rank."""
    assert not re.search(r"\b(inf|nan|NaN|None|Infinity)\b", county.report)
    for name, rows in county.sheets.items():
        for row in rows:
            for v, _ in row:
                assert not (isinstance(v, float) and not math.isfinite(v)), name
                assert not (isinstance(v, str) and v.strip().lower() in ("inf", "-inf", "nan", "none")), name
    line = _para(county, "③工业固定资产投资增速。")
    assert "同比增长0.0%" not in line and "与上年同期持平" not in line and not re.search(r"排名全市(并列)?第\d", line)
    assert "fai_city_rank" not in {k for k, v in _values(county, COUNTY).items() if v is not None}
