"""The outside probe p36 (tests/handmade/probe36.py): the summary workbook and report draft of the periods nobody
checked by hand — (a) 2026-03 一季度, (b) 2026-02 the first return of a first-year county (nothing of 2025 in the
warehouse, growth from the returns' 上年同期 columns and the bureau's comparison), (c) 2026-12 全年, (d) 2026-07 the
month after the half year (June's returns and outputs before it) — figure by figure (Decimal, rounded half up as
shown) and word by word.  Where beizeng differs today the test is ``xfail(strict=True)`` saying what it does instead;
silent wrong figures first."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config, load_config
from tests.conftest import ingest
from tests.handmade import probe36 as p
from tests.handmade.probe26b import write_zone_config

D = Decimal
#: scenario → (period, month, 2025 lists in the warehouse)
SCENARIOS: dict[str, tuple[str, int, tuple[int, ...]]] = {
    "q1": ("2026-03", 3, (3, 6)),
    "first": ("2026-02", 2, ()),
    "year": ("2026-12", 12, (12,)),
    "july": ("2026-07", 7, ()),
}


@dataclass
class Published:
    cfg: Config
    period: str
    month: int
    report: str
    sheets: dict[str, list[list[Any]]]  # (value, number format) per cell
    files: list[Path]
    june_report: str = ""


def shown(value: Any, places: int = 1) -> str:
    """``value`` rounded half up to ``places`` decimals, as the draft and the workbook show it."""
    return f"{D(str(value)).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)}"


def cell_shown(value: Any, fmt: str) -> str:
    places = len(re.match(r"0*", fmt.split(".")[1]).group(0)) if "." in fmt else 0  # type: ignore[union-attr]
    q = D(str(value)).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if "," in fmt else f"{q}"


def publish(root: Path, name: str) -> Published:
    from beizeng.publish.period import write_period_outputs
    from beizeng.store.session import open_work

    period, month, last_year = SCENARIOS[name]
    path = write_zone_config(root)
    os.environ["BEIZENG_CONFIG"] = str(path)
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    p.county(cfg.inbox, month, last_year)
    outcomes = ingest(cfg)
    assert all(o.status == "accepted" for o in outcomes), [(o.file, o.status) for o in outcomes]
    june = ""
    with open_work(cfg) as con:
        if month == 7:  # June's run came first, as it does in a county
            june_files = write_period_outputs(con, cfg, "2026-06")
            june = next(f for f in june_files if f.suffix == ".md").read_text(encoding="utf-8")
        files = write_period_outputs(con, cfg, period)
    md = next(f for f in files if f.suffix == ".md").read_text(encoding="utf-8")
    wb = openpyxl.load_workbook(next(f for f in files if f.suffix == ".xlsx"))
    sheets = {ws.title: [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()] for ws in wb}
    wb.close()
    return Published(cfg, period, month, md, sheets, files, june)


@pytest.fixture(scope="module", params=list(SCENARIOS))
def county(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    before = os.environ.get("BEIZENG_CONFIG")
    yield publish(tmp_path_factory.mktemp(f"p36{request.param}") / "county", request.param)
    if before is None:
        os.environ.pop("BEIZENG_CONFIG", None)
    else:
        os.environ["BEIZENG_CONFIG"] = before


# ---- hand arithmetic ------------------------------------------------------------------------------------------------

TARGET_OUT, TARGET_VA, TARGET_FAI, TARGET_TECH = D(10), D(7), D(10), D(5)
KEY = ("东塬光伏支架生产线项目", "东关饲料车间技改项目", "恒通新材料一期项目", "城关包装产业园项目")
KEY_PLAN = D(24500)


def yi(wan: Any) -> str:
    """万元 → 亿元 as shown (2 decimals, half up)."""
    return shown(D(str(wan)) / 10000, 2)


def signed(value: Decimal, pos: str, neg: str) -> str:
    """The direction word by the sign as shown (1 decimal), then the figure without its sign."""
    s = D(shown(value))
    return f"{pos if s > 0 else neg}{abs(s)}"


def rank(rows: list[list[Any]], col: int) -> tuple[int, bool]:
    """The county's place among the city's counties by the column (highest = 1, ties share), and whether tied."""
    mine = D(str(rows[0][col]))
    others = [D(str(r[col])) for r in rows[1:4]]
    return 1 + sum(1 for o in others if o > mine), any(o == mine for o in others)


def hand(month: int) -> dict[str, Any]:
    """Every figure of the draft's 1①–④ and 7, worked from the returns of probe36 with Decimal."""
    cum = sum((D(str(x[1])) for x in p.OUTPUT[month]), D(0))
    last = sum((D(str(x[2])) for x in p.OUTPUT[month]), D(0))
    city = p.city_rows(month)
    time_target = TARGET_OUT * D(month) / 12
    tech_sum = sum(D(str(r[8])) for r in city[:4])
    tech_last = sum(D(str(r[9])) for r in city[:4])
    done = {n: p.DONE[month][n] for n in KEY}
    started = {n for proj in p.PROJECTS.values() for (_, n, *_rest, start) in proj
               if n in KEY and start <= p.D(2026, month, 28)}
    key_done = sum(D(str(v[1])) for v in done.values())
    return {
        "cum": cum, "last": last, "yoy": (cum / last - 1) * 100, "time_target": time_target,
        "progress": cum / 10000 / time_target * 100, "gap_pp": cum / 10000 / TARGET_OUT * 100 - D(month) * 100 / 12,
        "out_rank": rank(city, 3), "va": D(str(city[0][4])), "va_rank": rank(city, 4),
        "fai": D(str(p.fai_cum(month))), "fai_yoy": D(str(city[0][7])), "fai_rank": rank(city, 7),
        "tech": D(str(p.tech_cum(month))), "tech_yoy": D(str(city[0][10])), "tech_rank": rank(city, 10),
        "tech_city": (tech_sum / tech_last - 1) * 100,
        "started": len(started), "in_stats": sum(1 for v in done.values() if v[2] == "是"), "key_done": key_done,
        "key_pct": key_done / KEY_PLAN * 100, "time_pct": D(month) * 100 / 12,
    }


def _para(pub: Published, lead: str) -> str:
    return next(line for line in pub.report.splitlines() if lead in line)


def _row(pub: Published, sheet: str, first: str) -> list[tuple[Any, str]]:
    return next(r for r in pub.sheets[sheet] if r and r[0][0] == first)


def _rank_words(r: tuple[int, bool]) -> str:
    return f"排名全市{'并列' if r[1] else ''}第{r[0]}"


# ---- figures: the report draft, every period ------------------------------------------------------------------------

def test_output_paragraph_to_the_last_digit_in_every_period(county: Published) -> None:
    """1①: amount, the N-month 序时 target (10 × N/12 亿元), 达到序时进度的 %, 同比 from the list's 上年同期 column
    (1-2月 falls: 下降5.0%), and the rank by growth."""
    h = hand(county.month)
    line = _para(county, "①规上工业总产值。")
    assert f"规上工业总产值完成{yi(h['cum'])}亿元，" in line, line
    if county.month == 12:  # the year is done: against the whole year's target (10.00 亿元 = the time target)
        assert f"完成全年任务指标（{shown(h['time_target'], 2)}亿元）的{shown(h['progress'])}%，" in line, line
    else:
        assert f"（{shown(h['time_target'], 2)}亿元）的{shown(h['progress'])}%，" in line, line
    end = "。" if county.month == 12 else "，"  # nothing projected after the rank at the year's end
    assert f"，{signed(h['yoy'], '同比增长', '同比下降')}%，{_rank_words(h['out_rank'])}{end}" in line, line


def test_value_added_investment_and_tech_paragraphs_to_the_last_digit(county: Published) -> None:
    """1②③④: the bureau's rates against the targets and the city (增加值: the bureau's 全市 7.1; 技改: Σ ÷ Σ − 1 of
    the counties' amounts), the county's own 纳统 amounts (half up: 0.13505 → 0.14, 0.205 → 0.21, 2.80005 → 2.80) and
    the ranks (并列 when another county has the same rate)."""
    h = hand(county.month)
    va = _para(county, "②规上工业增加值增速。")
    assert (f"规上工业增加值{signed(h['va'], '同比增长', '同比下降')}%，"
            f"{signed(h['va'] - TARGET_VA, '高于', '低于')[:2]}任务指标（7.0%）{shown(abs(h['va'] - TARGET_VA))}个百分点，"
            f"{signed(h['va'] - D('7.1'), '高于', '低于')[:2]}全市平均增速（7.1%）{shown(abs(h['va'] - D('7.1')))}个百分点，"
            f"{_rank_words(h['va_rank'])}。") in va, va
    fai = _para(county, "③工业固定资产投资增速。")
    gap = h["fai_yoy"] - TARGET_FAI
    assert (f"全县工业固定资产投资完成{yi(h['fai'])}亿元，{signed(h['fai_yoy'], '同比增长', '同比下降')}%，"
            f"较目标任务增速（10.0%）{'超过' if gap > 0 else '差距'}{shown(abs(gap))}个百分点，"
            f"{_rank_words(h['fai_rank'])}。") in fai, fai
    tech = _para(county, "④工业企业技术改造增速。")
    city = D(shown(h["tech_city"]))
    vs_city = D(shown(h["tech_yoy"] - h["tech_city"]))
    assert (f"技术改造投资完成{yi(h['tech'])}亿元，{signed(h['tech_yoy'], '同比增长', '同比下降')}%，"
            f"{'高于' if h['tech_yoy'] > TARGET_TECH else '低于'}任务指标（5.0%）{shown(abs(h['tech_yoy'] - TARGET_TECH))}个百分点，"
            f"{'高于' if vs_city > 0 else '低于'}全市平均增速（{city}%）{abs(vs_city)}个百分点，"
            f"{_rank_words(h['tech_rank'])}。") in tech, tech


def test_key_projects_paragraph_with_the_periods_time_share(county: Published) -> None:
    """7: four key projects of 24,500 万元 planned; started by their 开工时间 (1-2月 2, 1-3月 3, later all: 已全部开工),
    纳统, done (1-7月 10,400 = 1.04 亿元, 42.4 %), 序时进度 N/12 (16.7, 25.0, 58.3, 100.0 %) and the gap."""
    h = hand(county.month)
    started = D(h["started"]) / 4 * 100
    start_words = f"已全部开工，开工率达到{shown(started)}%" if h["started"] == 4 else f"开工率达到{shown(started)}%"
    gap = D(shown(h["key_pct"] - h["time_pct"]))
    line = _para(county, "纳入工业倍增计划重点项目")
    if county.month == 12:  # the year is done: no 较任务序时进度（100.0%）
        assert (f"完成固投{yi(h['key_done'])}亿元，完成年度投资计划的{shown(h['key_pct'])}%。") in line, line
        return
    assert (f"重点项目4个，年度总投资2.45亿元，截至{county.month}月底{start_words}，纳入统计库项目{h['in_stats']}个，"
            f"纳统率达到{shown(D(h['in_stats']) / 4 * 100)}%，完成固投{yi(h['key_done'])}亿元，"
            f"达到年度投资计划的{shown(h['key_pct'])}%，较任务序时进度（{shown(h['time_pct'])}%）"
            f"{'超前' if gap > 0 else '相差'}{abs(gap)}个百分点。") in line, line


# ---- figures: the summary workbook ----------------------------------------------------------------------------------

def test_overview_sheet_output_and_investment_rows_as_worked_by_hand(county: Published) -> None:
    """指标总览: 规上工业总产值 value, target, 完成进度, 序时进度 (N/12), 差距 (百分点), 同比, rank; 工业固投 and its rate."""
    h = hand(county.month)
    row = _row(county, "指标总览", "规上工业总产值")
    (value, vfmt), _, (target, _), (done, dfmt), (due, _), (gap, gfmt), (yoy, yfmt) = row[1:8]
    assert cell_shown(value, vfmt) == yi(h["cum"]) and target == 10
    assert cell_shown(done, dfmt) == shown(h["cum"] / 1000) and shown(due) == shown(h["time_pct"])
    assert cell_shown(gap, gfmt) == shown(h["gap_pp"]) and cell_shown(yoy, yfmt) == shown(h["yoy"])
    assert row[9][0] == h["out_rank"][0]
    fai = _row(county, "指标总览", "工业固定资产投资")
    assert cell_shown(fai[1][0], fai[1][1]) == yi(h["fai"])
    rate = _row(county, "指标总览", "工业固定资产投资同比增速")
    assert (D(str(rate[1][0])), rate[3][0], rate[9][0]) == (h["fai_yoy"], 10, h["fai_rank"][0])


def test_township_sheet_shares_ranks_and_growth_in_every_period(county: Published) -> None:
    """分乡镇: each township's output (亿元), share of the county, rank by amount, 同比 from the list's 上年同期; its 纳统
    investment and share (红星乡 a list of its own, 城关街道's project 未纳统 before December: 0)."""
    month = county.month
    out: dict[str, list[Decimal]] = {}
    for (_, _, town, *_rest), (_, firm_cum, firm_last) in zip(p.FIRMS, p.OUTPUT[month], strict=True):
        out.setdefault(town, [D(0), D(0)])
        out[town][0] += D(str(firm_cum))
        out[town][1] += D(str(firm_last))
    total = sum((v[0] for v in out.values()), D(0))
    fai = {t: sum((D(str(p.DONE[month][n][1])) for (_, n, *_r) in rows if p.DONE[month][n][2] == "是"), D(0))
           for t, rows in p.PROJECTS.items()}
    for town, (cum, last) in out.items():
        row = _row(county, "分乡镇", town)
        (v, vf), (share, sf), (r, _), (yoy, yf) = row[1:5]
        assert cell_shown(v, vf) == yi(cum), town
        assert cell_shown(share, sf) == shown(cum / total * 100), town
        assert r == 1 + sum(1 for c, _ in out.values() if c > cum), town
        assert cell_shown(yoy, yf) == shown((cum / last - 1) * 100), town
        (fv, ff), (fs, fsf) = row[9:11]
        assert cell_shown(fv, ff) == yi(fai[town]) and cell_shown(fs, fsf) == shown(fai[town] / sum(fai.values()) * 100), town


# ---- words ----------------------------------------------------------------------------------------------------------

NAMES = {2: "1-2月", 3: "一季度", 7: "1-7月", 12: "全年"}


def test_period_words_file_names_and_no_stray_words(county: Published) -> None:
    """The title and file name say the period's name (一季度, 1-2月 — never 1月 alone —, 1-7月, 全年); headings say
    1-N月; 截至N月底; 上半年 only where Q1 projects to it (预计上半年完成); no NaN/None/English, no bare 全市排名, the
    direction word carries the sign."""
    name = NAMES[county.month]
    assert county.report.startswith(f"# 测试县工业倍增计划2026年{name}工作完成情况报告")
    assert any(f.name == f"工业倍增计划2026年{name}工作完成情况报告.docx" for f in county.files)
    assert any(f.name == f"测试县工业倍增2026年1-{county.month}月汇总表.xlsx" for f in county.files)
    body = county.report.split("附：待补充事项")[0]
    assert f"### 1. 1-{county.month}月经济指标" in body and f"截至{county.month}月底" in body
    assert "2026年1月" not in body and "1月工作" not in body
    allowed = body.replace("预计上半年完成", "") if county.month == 3 else body
    assert "上半年" not in allowed and "6月" not in body.replace("16.7%", "")
    assert not re.search(r"\b(nan|NaN|None|null)\b", county.report)
    assert not re.search(r"[A-Za-z]{3,}", body), re.findall(r"[A-Za-z]{3,}", body)
    assert not re.search(r"排名全市(第|并列第)?[，。【]", body)
    assert not re.search(r"(增长|下降|高于|低于|超过|差距|相差)-", body)


# ---- each period's own question -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    before = os.environ.get("BEIZENG_CONFIG")
    yield publish(tmp_path_factory.mktemp("p36first1") / "county", "first")
    os.environ.pop("BEIZENG_CONFIG", None) if before is None else os.environ.update(BEIZENG_CONFIG=before)


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    before = os.environ.get("BEIZENG_CONFIG")
    yield publish(tmp_path_factory.mktemp("p36year1") / "county", "year")
    os.environ.pop("BEIZENG_CONFIG", None) if before is None else os.environ.update(BEIZENG_CONFIG=before)


def test_first_year_growth_comes_from_the_returns_and_no_projection_is_made_up(first: Published) -> None:
    """1-2月 of a first-year county: 同比 from the list's 上年同期 (14,150.5 ÷ 14,900 − 1 = −5.03 %), 固投 and 技改
    rates from the bureau, the ledger cross-check blank (no 2025 lists), and the 一季度 projection, which needs last
    year's 1-2月 and 1-3月 lists, 【待补充】 and listed — not 0, not this year's figure."""
    line = _para(first, "①规上工业总产值。")
    assert "同比下降5.0%" in line and "预计一季度完成规上产值【待补充】亿元以上" in line, line
    assert "规上工业总产值预计完成" in first.report.split("附：待补充事项")[1]
    for code in ("工业固定资产投资同比增速（按项目台账）", "技术改造投资同比增速（按项目台账）"):
        assert _row(first, "指标总览", code)[1][0] is None, code
    assert _row(first, "指标总览", "规上工业总产值预计完成")[1][0] is None
    for town in ("东镇", "西镇", "经济技术开发区", "红星乡", "城关街道"):
        assert _row(first, "分乡镇", town)[12][0] is None, town  # 固投 同比: no 2025 ledgers


def test_first_quarter_projects_to_the_half_year_from_last_years_lists(county: Published) -> None:
    """一季度 with 统计局's 2025 1-3月 and 1-6月 lists stored: 22,672.3 × 44,900 ÷ 21,450 = 47,458.6 万元 → 预计上半年完成
    4.75 亿元, 47.5 % of the 10 亿元 target; the same in the 指标总览."""
    if county.month != 3:
        pytest.skip("the 一季度 scenario only")
    projection = D("22672.3") * 44900 / 21450
    line = _para(county, "①规上工业总产值。")
    assert f"预计上半年完成规上产值{yi(projection)}亿元以上，达到全年任务指标（10.00亿元）的{shown(projection / 1000)}%" in line
    row = _row(county, "指标总览", "规上工业总产值预计完成")
    assert cell_shown(row[1][0], row[1][1]) == "4.75" and cell_shown(row[4][0], row[4][1]) == "47.5"


def test_year_end_output_is_measured_against_the_whole_years_target(year: Published) -> None:
    # was (probe 36): 达到任务指标12月序时进度（10.00亿元）的98.2% — a month's time progress at the year's end
    line = _para(year, "①规上工业总产值。")
    assert "98.2%" in line and "12月序时进度" not in line and "全年" in line.split("98.2%")[0], line


def test_year_end_report_projects_nothing(year: Published) -> None:
    # was (probe 36): 预计全年完成规上产值9.82亿元以上 — the finished year projected onto itself, and the 指标总览
    # row 规上工业总产值预计完成 9.82
    assert "预计" not in _para(year, "①规上工业总产值。")
    assert "预计完成" not in year.report and "12月序时进度" not in year.report
    assert not any(r and str(r[0][0]).startswith("规上工业总产值预计") for r in year.sheets["指标总览"]), "projection line"
    assert "完成全年任务指标（10.00亿元）的98.2%" in _para(year, "①规上工业总产值。")


def test_july_after_june_carries_nothing_over(county: Published) -> None:
    """1-7月 after June's run: no 上半年, every figure July's (5.66 not 4.83 亿元, 固投 1.23 not 1.06, key projects
    1.04 not 0.87), 序时 58.3 %, the projection to 前三季度; June's own draft still says June."""
    if county.month != 7:
        pytest.skip("the 1-7月 scenario only")
    out = _para(county, "①规上工业总产值。")
    assert "完成5.66亿元" in out and "7月序时进度（5.83亿元）的97.0%" in out and "预计前三季度" in out, out
    assert "4.83" not in county.report and "1.06亿元" not in county.report and "0.87亿元" not in county.report
    assert "较任务序时进度（58.3%）" in county.report
    assert county.june_report.startswith("# 测试县工业倍增计划2026年上半年") and "完成4.83亿元" in county.june_report
    assert "截至6月底" in county.june_report and "截至7月底" not in county.june_report
