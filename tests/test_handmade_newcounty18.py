"""Round 18b: a new county's first month end to end (tests/handmade/newcounty18.py), checked by hand arithmetic.

凤鸣县 is set up with the real CLI (``beizeng init``, then its senders typed into beizeng.toml), its clerks' hand-made
June 2026 returns of every form are dropped into its inbox, and the month is run as README says (``beizeng run
2026-06``, ``beizeng status 2026-06 --wide``).  Each test checks one figure group a county statistician checks, in
the warehouse (``indicator_values``), the summary workbook and the report draft, to the last digit shown, against
figures worked out by hand from the returns (the makers' docstrings).  What beizeng gets WRONG keeps the right figure
and is a strict xfail saying what it does instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.handmade import newcounty18 as n18

BEIZENG = Path(sys.executable).with_name("beizeng")  # the checkout's own, wherever it is cloned
PERIOD = "2026-06"


def _beizeng(cfg: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = BEIZENG
    env = {**os.environ, "BEIZENG_CONFIG": str(cfg), "COLUMNS": "220"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=900,
                          cwd=cwd or cfg.parent)


@dataclass
class Month:
    cfg: Path
    run: str
    status: str
    figures: dict[str, float | None]
    report: str
    overview: dict[str, tuple[object, ...]]
    townships: dict[str, tuple[object, ...]]


def _month(cfg: Path) -> Month:
    """One ``beizeng run 2026-06`` and ``beizeng status 2026-06 --wide``, with what they left: the county's figures,
    the report draft and the summary workbook's 指标总览 and 分乡镇 rows (by their first cell)."""
    import duckdb

    try:
        run = _beizeng(cfg, "run", PERIOD)
        status = _beizeng(cfg, "status", PERIOD, "--wide")
    finally:
        _beizeng(cfg, "stop")
    con = duckdb.connect(str(cfg.parent / "warehouse" / "beizeng.duckdb"), read_only=True)
    try:
        figures = {code: (None if v is None else float(v)) for code, v in con.execute(
            "select indicator, value from indicator_values where period = ? and scope = ?",
            [PERIOD, n18.COUNTY]).fetchall()}
    finally:
        con.close()
    out = cfg.parent / "warehouse" / "out" / PERIOD
    [md] = out.glob("*.md")
    [xlsx] = out.glob("*汇总表.xlsx")
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    overview = {str(r[0]): r for r in wb["指标总览"].iter_rows(values_only=True) if r and r[0]}
    townships = {str(r[0]): r for r in wb["分乡镇"].iter_rows(values_only=True) if r and r[0]}
    wb.close()
    return Month(cfg, run.stdout + run.stderr, status.stdout + status.stderr, figures, md.read_text(encoding="utf-8"),
                 overview, townships)


@pytest.fixture(scope="module")
def months(tmp_path_factory: pytest.TempPathFactory) -> tuple[Month, Month]:
    """凤鸣县 from ``beizeng init`` to ``beizeng run 2026-06``; then 自然资源局's land list sent again with its 填报单位
    (as the feedback asked) and 龙门镇's late project return, and ``beizeng run 2026-06`` once more."""
    root = tmp_path_factory.mktemp("r18b") / n18.COUNTY
    made = _beizeng(root / "beizeng.toml", "init", "--dir", str(root), "--county", n18.COUNTY,
                    "--code", n18.CODE, "--city", n18.CITY, cwd=root.parent)
    assert made.returncode == 0, made.stdout + made.stderr
    cfg = root / "beizeng.toml"
    cfg.write_text(n18.configure_text(cfg.read_text(encoding="utf-8")), encoding="utf-8")
    n18.write_all(root / "inbox")
    first = _month(cfg)
    for make in n18.LATE:
        make(root / "inbox")
    return first, _month(cfg)


@pytest.fixture(scope="module")
def month(months: tuple[Month, Month]) -> Month:
    return months[0]


@pytest.fixture(scope="module")
def later(months: tuple[Month, Month]) -> Month:
    return months[1]


def shown(value: object, places: int) -> Decimal:
    """A figure as shown with ``places`` decimals (half up, as a person rounds)."""
    assert value is not None, "the figure is empty"
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)  # type: ignore[arg-type]


def hand(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


D = Decimal
W = D(10000)  # 万元 per 亿元


def fig(m: Month, code: str, places: int) -> Decimal:
    assert code in m.figures, f"{code} not computed"
    return shown(m.figures[code], places)


def sentence(m: Month, start: str) -> str:
    """The report paragraph that starts with ``start`` (bold markers removed)."""
    for line in m.report.replace("**", "").splitlines():
        if line.startswith(start):
            return line
    raise AssertionError(f"no paragraph starts with {start!r}:\n{m.report}")


# ---------------------------------------------------------------------------------------------

def test_every_return_is_taken(month: Month) -> None:
    assert "Traceback" not in month.run + month.status, month.run[-3000:]
    assert "已入库 12 个，退回 0 个" in month.run, month.run[-3000:]
    for name in ("工业用地供应2026年6月.xlsx", "凤鸣县规上工业产值（1-6月）.xlsx", "金州市各县区主要工业指标对比2026年6月.xlsx", "凤城镇6月项目.xlsx",
                 "桃园镇1-6月固投项目.xlsx", "石泉镇项目投资2026.6.xlsx", "园区管委会报表6月.xlsx", "企业培育台账6月.xlsx",
                 "2026年目标任务.xlsx", "重点工作进展6月.xlsx", "招商引资台账（6月）.xlsx", "财政局资金情况6月.xlsx"):
        line = next((x for x in month.run.splitlines() if name in x and "│" in x), "")
        assert "已入库" in line, (name, line)


def test_output_and_its_growth(month: Month) -> None:
    cum, last = D(30000 + 8000 + 12500 + 4600 + 6900 + 2000), D(24000 + 8500 + 11000 + 3000 + 7200 + 1800)
    assert fig(month, "output_cum", 4) == hand(cum / W, 4) == D("6.4000")
    yoy = (cum / last - 1) * 100
    assert fig(month, "output_yoy_pct", 4) == hand(yoy, 4) == D("15.3153")
    ov = month.overview["规上工业总产值"]
    assert (shown(ov[1], 2), shown(ov[7], 1)) == (D("6.40"), D("15.3"))
    assert fig(month, "sei_count", 0) == 2 and fig(month, "above_scale_count", 0) == 6
    assert fig(month, "sei_output_share_pct", 4) == hand(D(34600) / cum * 100, 4) == D("54.0625")
    assert fig(month, "sei_share_pct", 2) == D("33.33")
    assert fig(month, "new_above_scale", 0) == 1
    assert sentence(month, "①规上工业总产值。") == (
        "①规上工业总产值。规上工业总产值完成6.40亿元，达到任务指标6月序时进度（7.00亿元）的91.4%，同比增长15.3%，"
        "排名全市并列第1，预计前三季度完成规上产值【待补充】亿元以上，达到全年任务指标（14.00亿元）的【待补充】%。")


def test_output_by_township(month: Month) -> None:
    """凤城镇 38,000 (上年 32,500), 桃园镇 12,500 (11,000), 石泉镇 4,600 (3,000), 龙门镇 6,900 (7,200), 园区 2,000 (1,800)."""
    assert [month.townships[t][3] for t in ("凤城镇", "桃园镇", "石泉镇", "龙门镇", "凤鸣工业园区")] == [1, 2, 4, 3, 5]
    want = {"凤城镇": (38000, 32500), "桃园镇": (12500, 11000), "石泉镇": (4600, 3000), "龙门镇": (6900, 7200),
            "凤鸣工业园区": (2000, 1800)}
    for town, (cum, last) in want.items():
        row = month.townships[town]
        assert (shown(row[1], 2), shown(row[2], 2), shown(row[4], 1)) == (
            hand(D(cum) / W, 2), hand(D(cum) / D(64000) * 100, 2), hand((D(cum) / D(last) - 1) * 100, 1)), town


def test_fai_and_tech_and_their_growth(month: Month) -> None:
    fai = D(4200 + 1500 + 2600 + 7400 + 3800)  # ≥ 500 万元 and 纳统; P3 (450) and the 入库中 P7, P9 are not in it
    tech = D(1500 + 2600)  # 改建和技术改造 P2, and P4 flagged 技改; P7, P9 are not 纳统
    assert fig(month, "fai_cum", 4) == hand(fai / W, 4) == D("1.9500")
    assert fig(month, "tech_cum", 4) == hand(tech / W, 4) == D("0.4100")
    assert fig(month, "fai_yoy_pct", 1) == D("-4.2")  # the bureau's, first year: no ledgers of last year
    assert fig(month, "tech_yoy_pct", 1) == D("17.1")
    assert fig(month, "fai_vs_target_pp", 1) == D("-14.2")
    assert fig(month, "tech_vs_target_pp", 1) == D("2.1")
    city = D("3.41") / D("3.05")
    assert fig(month, "tech_city_avg_pct", 4) == hand((city - 1) * 100, 4) == D("11.8033")
    assert fig(month, "tech_vs_city_pp", 4) == hand(D("17.1") - (city - 1) * 100, 4) == D("5.2967")
    fc = month.townships["凤城镇"]
    # 龙门镇's list is still out: 凤城镇's share of a part of the county is no share (分乡镇 says who is missing)
    assert (shown(fc[9], 2), fc[10], shown(fc[13], 2)) == (D("0.57"), None, D("0.15"))
    assert sentence(month, "③工业固定资产投资增速。") == (
        "③工业固定资产投资增速。全县工业固定资产投资完成1.95亿元，同比下降4.2%，较目标任务增速（10.0%）差距14.2个百分点，"
        "排名全市第4。")
    assert sentence(month, "④工业企业技术改造增速。") == (
        "④工业企业技术改造增速。技术改造投资完成0.41亿元，同比增长17.1%，高于任务指标（15.0%）2.1个百分点，"
        "高于全市平均增速（11.8%）5.3个百分点，排名全市第2。")


def test_key_projects(month: Month) -> None:
    """Key: P1 P2 P4 P5 P6 P8 P9; P5 not started; P5, P9 not 纳统; plans 8,000+2,000+6,000+3,000+10,000+5,000+3,000."""
    assert fig(month, "key_projects", 0) == 7
    assert fig(month, "key_projects_started_pct", 4) == hand(D(6) / 7 * 100, 4) == D("85.7143")
    assert fig(month, "key_projects_in_stats", 0) == 5
    assert fig(month, "key_projects_in_stats_pct", 4) == hand(D(5) / 7 * 100, 4) == D("71.4286")
    plan, done = D(37000), D(4200 + 1500 + 2600 + 0 + 7400 + 3800 + 1300)
    assert fig(month, "key_projects_annual_plan", 2) == D("3.70")
    assert fig(month, "key_projects_completed_cum", 2) == hand(done / W, 2) == D("2.08")
    assert fig(month, "key_projects_plan_pct", 4) == hand(done / plan * 100, 4) == D("56.2162")
    assert fig(month, "key_projects_vs_time_pp", 4) == hand(done / plan * 100 - 50, 4)
    by_town = {t: (month.townships[t][16], shown(month.townships[t][17], 2), shown(month.townships[t][18], 2),
                   month.townships[t][19]) for t in ("凤城镇", "桃园镇", "石泉镇", "凤鸣工业园区")}
    # no rank while 龙门镇's list is out (a place among the townships in is no place among the townships)
    assert by_town == {"凤城镇": (2, D("0.57"), D("57.00"), None),
                       "桃园镇": (2, D("0.26"), hand(D(2600) / 9000 * 100, 2), None),
                       "石泉镇": (1, D("0.74"), D("74.00"), None), "凤鸣工业园区": (2, D("0.51"), D("63.75"), None)}
    assert sentence(month, "今年我县纳入工业倍增计划重点项目") == (
        "今年我县纳入工业倍增计划重点项目7个，年度总投资3.70亿元，截至6月底开工率达到85.7%，纳入统计库项目5个，"
        "纳统率达到71.4%，完成固投2.08亿元，达到年度投资计划的56.2%，较任务序时进度（50.0%）超前6.2个百分点。")


def test_attraction(month: Month) -> None:
    assert fig(month, "invest_contacted", 0) == 5
    assert fig(month, "invest_landed", 0) == 3
    assert fig(month, "invest_total", 2) == hand(D(60000 + 8000 + 30000) / W, 2) == D("9.80")
    assert fig(month, "invest_funds_in_place", 2) == hand(D(12000 + 1500 + 6000) / W, 2) == D("1.95")
    assert fig(month, "invest_quarter_target", 2) == D("1.80")
    assert fig(month, "invest_vs_quarter_target", 2) == D("0.15")
    assert fig(month, "invest_target_pct", 2) == hand(D("1.95") / 4 * 100, 2) == D("48.75")
    assert sentence(month, "截至6月份，全县先后对接") == (
        "截至6月份，全县先后对接工业类招商引资项目5个，成功实现落户项目3个，总投资9.80亿元，到位资金达到1.95亿元，"
        "提前完成并超出二季度任务指标（1.80亿元）0.15亿元。其中：投资6.00亿元的华晟光伏储能电池项目、投资0.80亿元的"
        "秦岭富硒茶饮料项目、投资3.00亿元的精细化工中间体项目已成功落户。")


def test_targets_completion(month: Month) -> None:
    target = D(14)
    assert fig(month, "output_target", 2) == D("14.00")
    assert fig(month, "output_time_target", 2) == hand(target * 6 / 12, 2) == D("7.00")
    assert fig(month, "output_time_progress_pct", 4) == hand(D("6.4") / 7 * 100, 4) == D("91.4286")
    assert fig(month, "output_target_pct", 4) == hand(D("6.4") / target * 100, 4) == D("45.7143")
    assert fig(month, "output_vs_time_pp", 4) == hand(D("6.4") / target * 100 - 50, 4) == D("-4.2857")
    assert fig(month, "va_vs_target_pp", 1) == D("-0.1")
    assert fig(month, "new_above_scale_target_pct", 1) == D("25.0")
    assert fig(month, "new_above_scale_vs_time_pp", 1) == D("-25.0")
    assert fig(month, "sei_vs_target_pp", 4) == D("4.0625")
    ov = month.overview["规上工业总产值"]
    assert (shown(ov[3], 2), shown(ov[4], 1), shown(ov[5], 1), shown(ov[6], 1)) == (
        D("14.00"), D("45.7"), D("50.0"), D("-4.3"))


def test_city_ranks(month: Month) -> None:
    """产值增速 15.3 = 石门县's 15.3 → 并列第1; 增加值 7.9 = 洛河县's, behind 金川区 8.3 → 并列第2; 工业投资 −4.2 behind
    9.8, 5.5, 2.0 → 第4; 技改 17.1 behind 25.7 → 第2."""
    assert (fig(month, "output_city_rank", 0), fig(month, "output_city_rank_ties", 0)) == (1, 2)
    assert (fig(month, "va_city_rank", 0), fig(month, "va_city_rank_ties", 0)) == (2, 2)
    assert (fig(month, "fai_city_rank", 0), fig(month, "fai_city_rank_ties", 0)) == (4, 1)
    assert (fig(month, "tech_city_rank", 0), fig(month, "tech_city_rank_ties", 0)) == (2, 1)
    assert fig(month, "va_city_avg_pct", 1) == D("7.2")
    assert fig(month, "va_vs_city_pp", 1) == D("0.7")
    assert sentence(month, "②规上工业增加值增速。") == (
        "②规上工业增加值增速。规上工业增加值同比增长7.9%，低于任务指标（8.0%）0.1个百分点，高于全市平均增速（7.2%）"
        "0.7个百分点，排名全市并列第2。")


def test_cultivation_and_funds(month: Month) -> None:
    assert fig(month, "little_giant_count", 0) == 1
    assert fig(month, "hightech_applying", 0) == 1
    assert fig(month, "tech_sme_count", 0) == 2
    assert fig(month, "tech_grant_amount", 0) == 80
    assert fig(month, "above_scale_applying", 0) == 1
    assert fig(month, "fund_contributed", 0) == 150 + 180
    assert fig(month, "dev_fund_disbursed", 0) == 1200
    assert sentence(month, "②工业发展基金上缴。").endswith("截至目前已上划资金累计330万元。")


def test_land_supplied(month: Month) -> None:
    # why: the list has no 填报单位, but its rows are all 工业用地供应, which only 自然资源局 sends (factors.sent_by_kind;
    # its note: tests/test_sender_by_kind.py)
    assert fig(month, "land_parcels", 0) == 3
    assert fig(month, "land_area_mu", 2) == D("95.76")


def _status_row(m: Month, form: str, sender: str) -> str:
    for line in m.status.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) > 3 and cells[1] == form and cells[2] == sender:
            return cells[3]
    raise AssertionError(f"{form} {sender} not in status:\n{m.status}")


def test_status(month: Month) -> None:
    """Run in December: every June return is late; 龙门镇 sent no project return; the land list, without a 填报单位,
    is 自然资源局's by what it lists."""
    assert _status_row(month, "工业固定资产投资项目月报", "龙门镇") == "逾期未报"
    for town in ("凤城镇", "桃园镇", "石泉镇", "凤鸣工业园区"):
        assert _status_row(month, "工业固定资产投资项目月报", town) == "逾期报送"
    assert _status_row(month, "工业倍增计划目标任务", "工信局") == "已报送"
    assert _status_row(month, "要素保障情况表", "财政局") == "逾期报送"
    assert _status_row(month, "要素保障情况表", "自然资源局") == "逾期报送"
    assert "应报 13 份：已报 12 份（其中逾期 11），退回待重报 0，逾期未报 1，未到截止日 0；无法识别 0，额外报送 0。" in month.status


# ---------------------------------------------------------------------------------------------
# The month run again after 自然资源局 resent its land list and 龙门镇 sent its projects late
# ---------------------------------------------------------------------------------------------

def test_late_returns_are_taken(later: Month) -> None:
    assert "已入库 2 个，退回 0 个，重复 0 个。" in later.run, later.run[-3000:]
    assert _status_row(later, "工业固定资产投资项目月报", "龙门镇") == "逾期报送"
    assert _status_row(later, "要素保障情况表", "自然资源局") == "逾期报送"
    assert "应报 13 份：已报 13 份（其中逾期 12），退回待重报 0，逾期未报 0" in later.status


def test_township_share_once_every_township_is_in(later: Month) -> None:
    # 龙门镇's late list in: 凤城镇's 5,700 万元 is a share of the whole county's investment
    fai = fig(later, "fai_cum", 4) * W
    assert shown(later.townships["凤城镇"][10], 2) == hand(D(5700) / fai * 100, 2)
    # and the townships are ranked by 完成年度计划% again, all five of them (1 = highest)
    towns = ("凤城镇", "桃园镇", "石泉镇", "龙门镇", "凤鸣工业园区")
    rates = {t: later.townships[t][18] for t in towns if later.townships[t][18] is not None}
    assert len(rates) == 5, later.townships
    assert {t: later.townships[t][19] for t in rates} == {
        t: 1 + sum(1 for o in rates.values() if o > r) for t, r in rates.items()}


def test_land_after_the_resend(later: Month) -> None:
    assert fig(later, "land_parcels", 0) == 3
    assert fig(later, "land_area_mu", 2) == hand(D("32.5") + D("18.26") + D("45"), 2) == D("95.76")
    assert later.figures.get("land_area_yoy_pct") is None  # no land list of last year: never a 0 or a made-up rate
    assert sentence(later, "①工业用地供应。") == (
        "①工业用地供应。截至目前，全县供应工业用地3宗共95.76亩，同比增长（下降）【待补充】%（上年为【待补充】亩）。")


def test_fai_and_key_projects_with_longmen(later: Month) -> None:
    """龙门镇 adds 1,900 (重点, 纳统, plan 2,500) and 820 (技改, 纳统): 固投 22,220, 技改 4,920; 8 key projects, 7 started,
    6 纳统, plan 39,500, done 22,700."""
    fai, tech = D(19500 + 1900 + 820), D(4100 + 820)
    assert fig(later, "fai_cum", 4) == hand(fai / W, 4) == D("2.2220")
    assert fig(later, "tech_cum", 4) == hand(tech / W, 4) == D("0.4920")
    assert fig(later, "fai_yoy_pct", 1) == D("-4.2")  # still the bureau's
    assert fig(later, "key_projects", 0) == 8
    assert fig(later, "key_projects_started_pct", 1) == D("87.5")
    assert fig(later, "key_projects_in_stats_pct", 1) == D("75.0")
    done, plan = D(22700), D(39500)
    assert fig(later, "key_projects_plan_pct", 4) == hand(done / plan * 100, 4) == D("57.4684")
    lm = later.townships["龙门镇"]
    assert (shown(lm[9], 3), shown(lm[10], 2), shown(lm[13], 3)) == (D("0.272"), hand(D(2720) / fai * 100, 2), D("0.082"))
    assert sentence(later, "今年我县纳入工业倍增计划重点项目") == (
        "今年我县纳入工业倍增计划重点项目8个，年度总投资3.95亿元，截至6月底开工率达到87.5%，纳入统计库项目6个，"
        "纳统率达到75.0%，完成固投2.27亿元，达到年度投资计划的57.5%，较任务序时进度（50.0%）超前7.5个百分点。")
    assert "全市对比表中本县“工业固定资产投资累计”为 19,500.00 万元，按本县报表计算为 22,220.00 万元，相差 12.24%" in later.run


def test_no_note_says_shown_growth_cannot_be_computed(month: Month) -> None:
    # why: the county's growths come from the city table (shown in the same run); only the townships' growths and
    # the ledger cross-check want last year's ledgers, and the note says exactly that
    assert "工业固定资产投资和技术改造投资的同比增速及其与目标、全市平均之差无法计算" not in month.run
    assert "各乡镇工业固定资产投资和技术改造投资的同比增速，及全县增速按项目台账的核对（全县增速取自全市对比表）无法计算" in month.run
