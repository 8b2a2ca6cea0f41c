"""The report's words follow its figures (issue 13): headings by attainment (ahead / close / behind / zero /
missing, the workbook's NEAR_PP light), 并列第N for a tie, no target said when the target is 0, whole 万元
without decimals, 截至 everywhere, 主要原因是… where a figure falls and a sender explained it, one line for a
month nothing has come in for.  The figures are those of tests/test_report.py (SECTION_1_AND_7) plus the
section 2–5 figures each test names."""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.publish.report import Reason, build_report, render_report
from beizeng.store.session import open_work, work_db
from tests.conftest import indicator, ingest
from tests.scenarios import full_county
from tests.test_report import SECTION_1_AND_7

SECTIONS_2_TO_5: dict[str, float | None] = {
    "new_above_scale": 2.0, "above_scale_applying": 1.0, "cultivation_key_enterprises": 5.0,
    "new_above_scale_target": 5.0, "new_above_scale_vs_time_pp": -10.0,
    "little_giant_count": 1.0, "hightech_applying": 2.0, "tech_sme_count": 2.0, "tech_grant_enterprises": 2.0,
    "tech_grant_amount": 80.0, "green_factory_candidates": 2.0, "green_factory_target": 2.0,
    "invest_contacted": 4.0, "invest_landed": 2.0, "invest_total": 5.0, "invest_funds_in_place": 1.8,
    "invest_quarter_target": 1.5, "invest_vs_quarter_target": 0.3,
    "land_parcels": 3.0, "land_area_mu": 100.5, "land_area_yoy_pct": 50.0, "land_area_last_year_mu": 67.0,
    "fund_contributed": 730.5, "dev_fund_disbursed": 450.25,
}
FIGURES = {**SECTION_1_AND_7, **SECTIONS_2_TO_5}


def text(county: Config, changes: Mapping[str, float | None] | None = None, period: str = "2026-06",
         reasons: dict[str, list[Reason]] | None = None) -> str:
    return render_report(county, period, {**FIGURES, **(changes or {})}, {}, [], reasons=reasons).text


# -- headings by attainment -----------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "heading"), [
    ({"new_above_scale_vs_time_pp": 0.4}, "2.企业培育成效显著"),  # ahead of 序时进度
    ({"new_above_scale_vs_time_pp": -4.96}, "2.企业培育稳步推进"),  # shows −5.0: within NEAR_PP, amber
    ({"new_above_scale_vs_time_pp": -10.0}, "2.企业培育有待加快"),  # 2 of 5 at half year: 40 % against 50 %
    ({"new_above_scale": 0.0, "new_above_scale_vs_time_pp": -50.0}, "2.企业培育有待突破"),  # zero
    ({"new_above_scale": None, "new_above_scale_vs_time_pp": None}, "2.企业培育情况"),  # missing: no praise
    ({"new_above_scale_target": None, "new_above_scale_vs_time_pp": None}, "2.企业培育稳步推进"),  # no target
])
def test_cultivation_heading_follows_the_gap_to_time_progress(county: Config, changes: dict[str, float | None],
                                                             heading: str) -> None:
    lines = text(county, changes).splitlines()
    assert heading in lines
    assert "2.企业培育成效显著" not in lines or heading == "2.企业培育成效显著"


def test_zero_new_enterprises_are_not_praised(county: Config) -> None:
    draft = text(county, {"new_above_scale": 0.0, "above_scale_applying": 0.0, "new_above_scale_vs_time_pp": -50.0})
    assert "今年已完成培育0户" not in draft
    assert "今年尚未完成新增规上工业企业培育，暂无正在申报的企业。" in draft
    assert "落实包企责任制，全年培育任务5户。" in draft


@pytest.mark.parametrize(("changes", "heading", "clause"), [
    ({}, "4.招商引资成绩斐然", "到位资金达到1.80亿元，提前完成并超出二季度任务指标（1.50亿元）0.30亿元。"),
    ({"invest_funds_in_place": 1.5, "invest_vs_quarter_target": 0.0}, "4.招商引资成绩斐然",
     "到位资金达到1.50亿元，恰好完成二季度任务指标（1.50亿元）。"),
    ({"invest_funds_in_place": 0.18, "invest_quarter_target": 6.0, "invest_vs_quarter_target": -5.82},
     "4.招商引资有待加力", "到位资金达到0.18亿元，距二季度任务指标（6.00亿元）尚差5.82亿元。"),
    # a zero target is no target: nothing about it, never 恰好完成二季度任务指标（0.00亿元）
    ({"invest_funds_in_place": 0.0, "invest_quarter_target": 0.0, "invest_vs_quarter_target": 0.0,
      "invest_landed": 0.0, "invest_total": 0.0}, "4.招商引资有待突破", "全县先后对接工业类招商引资项目4个，暂无新落户项目，到位资金达到0.00亿元。"),
    ({"invest_funds_in_place": None, "invest_vs_quarter_target": None}, "4.招商引资情况",
     "到位资金达到【待补充】亿元，超出（距）二季度任务指标（1.50亿元）【待补充】亿元。"),
])
def test_attraction_heading_and_quarter_target(county: Config, changes: dict[str, float | None], heading: str,
                                               clause: str) -> None:
    draft = text(county, changes)
    assert heading in draft.splitlines()
    assert clause in draft
    assert "（0.00亿元）" not in draft


# headings 1, 4, 6 and 7: the lights of the 指标总览 (tests/test_outputs.py), never a fixed word --------------------

@pytest.mark.parametrize(("changes", "heading"), [
    # va +1.3, fai −19.3, tech +7.4 (SECTION_1_AND_7): 2 green, 1 red → not all green, not more than half red
    ({}, "1. 1-6月经济指标总体平稳"),
    # a gap beside its two rates is their difference as shown (overview.as_shown): the targets move the lights
    ({"fai_target_pct": -9.3, "output_vs_time_pp": 2.0}, "1. 1-6月经济指标完成理想"),  # every light green
    ({"va_target_pct": 14.4, "tech_target_pct": 21.4, "output_vs_time_pp": -1.0}, "1. 1-6月经济指标有待提升"),
    # 9.3 against 14.26 (shown 14.3) is −5.0: within NEAR_PP, amber, so two amber and two green are "close"
    ({"va_target_pct": 14.26, "fai_target_pct": -4.26, "output_vs_time_pp": 0.0}, "1. 1-6月经济指标总体平稳"),
    ({"output_cum": None, "va_vs_target_pp": None, "fai_vs_target_pp": None, "tech_vs_target_pp": None},
     "1. 1-6月经济指标完成情况"),  # nothing known: no praise
])
def test_economy_heading_follows_the_lights_of_its_gaps(county: Config, changes: dict[str, float | None],
                                                       heading: str) -> None:
    assert heading in text(county, changes).splitlines()


@pytest.mark.parametrize(("changes", "heading"), [
    ({}, "7.项目建设有待加快"),  # 38.4 % of the plan against 50 % due: −11.6 points, red
    ({"key_projects_vs_time_pp": 0.0}, "7.项目建设扎实推进"),
    ({"key_projects_vs_time_pp": -3.0}, "7.项目建设稳步推进"),
    ({"key_projects_completed_cum": 0.0, "key_projects_vs_time_pp": -50.0}, "7.项目建设有待突破"),
    ({"key_projects_completed_cum": None, "key_projects_vs_time_pp": None}, "7.项目建设推进情况"),
])
def test_projects_heading_follows_the_gap_to_time_progress(county: Config, changes: dict[str, float | None],
                                                           heading: str) -> None:
    assert heading in text(county, changes).splitlines()


def test_parks_heading_praises_only_what_was_written(county: Config) -> None:
    """Section 6 is prose from the progress-notes return: 日趋完善 only over items that came in."""
    from beizeng.publish.report import Note

    without = render_report(county, "2026-06", FIGURES, {}, []).text.splitlines()
    assert "6.园区要素建设情况" in without and "6.园区要素日趋完善" not in without
    notes = [Note("6", "①", "标准化厂房建设提速", "扶贫产业园一期标准化厂房主体完工。")]
    with_notes = render_report(county, "2026-06", FIGURES, {}, notes).text.splitlines()
    assert "6.园区要素日趋完善" in with_notes


@pytest.mark.parametrize(("changes", "heading"), [
    # the light of 到位资金 against 序时进度 decides when the warehouse has it (as on the 指标总览) …
    ({"invest_vs_time_pp": -1.1, "invest_vs_quarter_target": -5.82}, "4.招商引资稳步推进"),
    ({"invest_vs_time_pp": -21.4, "invest_vs_quarter_target": -5.82}, "4.招商引资有待加力"),
    ({"invest_vs_time_pp": 3.0, "invest_vs_quarter_target": -0.5}, "4.招商引资成绩斐然"),
    # … else the sign of 到位资金 − 季度任务
    ({"invest_vs_time_pp": None, "invest_vs_quarter_target": -0.5}, "4.招商引资有待加力"),
])
def test_attraction_heading_follows_the_light_then_the_sign(county: Config, changes: dict[str, float | None],
                                                            heading: str) -> None:
    assert heading in text(county, changes).splitlines()


#: Sections 3 and 5 have no targets (but 绿色工厂): their headings compare with the same period last year
#: (sql/models/520_last_year.sql).  Last June: no 小巨人, 1 高新 application, 1 科技型 (this June 1, 2, 2); the
#: green-factory candidates are 50 pp ahead of 序时进度.
INNOVATION_BASIS: dict[str, float | None] = {
    "little_giant_count_last_year": 0.0, "hightech_applying_last_year": 1.0, "tech_sme_count_last_year": 1.0,
    "green_factory_vs_time_pp": 50.0}


@pytest.mark.parametrize(("changes", "heading"), [
    ({}, "3.科技创新成果丰硕"),  # more of each than last year, green factories ahead
    ({"little_giant_count_last_year": 1.0}, "3.科技创新稳步推进"),  # as many 小巨人 as last year
    ({"little_giant_count": 0.0}, "3.科技创新稳步推进"),  # none either year says nothing, but a zero is never praised
    ({"little_giant_count_last_year": 2.0, "hightech_applying_last_year": 3.0, "tech_sme_count_last_year": 3.0},
     "3.科技创新有待加强"),  # fewer than last year in 3 of 4 lights
    ({"little_giant_count": 0.0, "hightech_applying": 0.0, "tech_sme_count": 0.0}, "3.科技创新有待突破"),  # mostly 0
    ({"little_giant_count": None, "hightech_applying": None, "tech_sme_count": None, "green_factory_candidates": None,
      "green_factory_vs_time_pp": None}, "3.科技创新情况"),  # the ledger is absent: no word either way
    ({"little_giant_count_last_year": None, "hightech_applying_last_year": None, "tech_sme_count_last_year": None,
      "green_factory_vs_time_pp": None}, "3.科技创新情况"),  # a first year without targets: nothing to compare with
])
def test_innovation_heading_against_last_year_and_the_green_factory_light(
        county: Config, changes: dict[str, float | None], heading: str) -> None:
    lines = text(county, {**INNOVATION_BASIS, **changes}).splitlines()
    assert heading in lines
    assert "3.科技创新成果丰硕" not in lines or heading == "3.科技创新成果丰硕"


def test_zero_counts_of_innovation_say_so(county: Config) -> None:
    draft = text(county, {"little_giant_count": 0.0, "hightech_applying": 0.0, "tech_sme_count": 0.0,
                          "tech_grant_enterprises": 0.0, "tech_grant_amount": 0.0, "green_factory_candidates": 0.0,
                          "green_factory_target": 0.0})
    assert ("今年暂无新认定的国家级专精特新“小巨人”企业；暂无申报高新技术企业的企业，暂无新入库的科技型中小企业。"
            in draft)
    assert "暂未确定绿色工厂重点培育对象。" in draft  # and no 全年新增绿色工厂任务0户
    assert "0户" not in draft.split("3.科技创新")[1].split("4.招商引资")[0]


#: Last year to June: 67.00 亩 (FIGURES), 500 万元 to the city fund, 300 万元 of development funds (this year 100.50,
#: 730.5, 450.25: more of each).
FACTORS_BASIS: dict[str, float | None] = {"fund_contributed_last_year": 500.0, "dev_fund_disbursed_last_year": 300.0}


@pytest.mark.parametrize(("changes", "heading"), [
    ({}, "5.要素保障持续有力"),
    ({"dev_fund_disbursed_last_year": 600.0}, "5.要素保障稳步推进"),  # one of three below last year
    ({"land_parcels": 0.0, "land_area_mu": 0.0, "land_area_yoy_pct": -100.0, "fund_contributed_last_year": 800.0},
     "5.要素保障有待加强"),  # no land against 67 亩, less to the fund: 2 of 3 below
    ({"land_parcels": 0.0, "land_area_mu": 0.0, "fund_contributed": 0.0, "dev_fund_disbursed": 0.0},
     "5.要素保障有待加强"),  # nothing this year
    ({"land_parcels": None, "fund_contributed": None, "dev_fund_disbursed": None}, "5.要素保障情况"),  # no returns
    ({"land_area_last_year_mu": None, "land_area_yoy_pct": None, "fund_contributed_last_year": None,
      "dev_fund_disbursed_last_year": None}, "5.要素保障情况"),  # a first year: nothing to compare with
])
def test_factors_heading_against_last_year(county: Config, changes: dict[str, float | None], heading: str) -> None:
    lines = text(county, {**FACTORS_BASIS, **changes}).splitlines()
    assert heading in lines
    assert "5.要素保障持续有力" not in lines or heading == "5.要素保障持续有力"


@pytest.mark.parametrize(("changes", "sentence"), [
    ({}, "截至目前，全县供应工业用地3宗共100.50亩，同比增长50.0%（上年为67.00亩）。"),
    ({"land_area_yoy_pct": None, "land_area_last_year_mu": 0.0}, "截至目前，全县供应工业用地3宗共100.50亩，上年同期未供应工业用地。"),
    # nothing supplied: no 同比下降100.0% of nothing, last year's area said plainly
    ({"land_parcels": 0.0, "land_area_mu": 0.0, "land_area_yoy_pct": -100.0},
     "截至目前，全县暂未供应工业用地（上年同期为67.00亩）。"),
    ({"land_parcels": 0.0, "land_area_mu": 0.0, "land_area_yoy_pct": None, "land_area_last_year_mu": 0.0},
     "截至目前，全县暂未供应工业用地，上年同期也未供应。"),
    ({"land_parcels": 0.0, "land_area_mu": 0.0, "land_area_yoy_pct": None, "land_area_last_year_mu": None},
     "截至目前，全县暂未供应工业用地。"),
])
def test_land_supply_sentence(county: Config, changes: dict[str, float | None], sentence: str) -> None:
    assert sentence in text(county, changes)


# -- ranks, amounts, spelling -------------------------------------------------------------------------

@pytest.mark.parametrize(("ties", "expected"), [
    (2.0, "差距19.3个百分点，排名全市并列第8。"),
    (1.0, "差距19.3个百分点，排名全市第8。"),
    (None, "差距19.3个百分点，排名全市第8。"),  # no tie count (an older warehouse): the rank alone
])
def test_a_shared_rank_reads_bing_lie(county: Config, ties: float | None, expected: str) -> None:
    assert expected in text(county, {"fai_city_rank_ties": ties})


def test_a_missing_rank_is_marked_not_tied(county: Config) -> None:
    assert "排名全市第【待补充】。" in text(county, {"va_city_rank": None, "va_city_rank_ties": 2.0})


def test_ties_reach_the_draft_from_the_warehouse(county: Config) -> None:
    """va 6.5 ties 乙县 for 2nd, tech 20.0 ties 甲县 for 1st in the 2026-06 city table (tests/scenarios.py)."""
    full_county(county.inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        draft = build_report(con, county, "2026-06").text
    finally:
        con.close()
    assert "高于全市平均增速（6.2%）0.3个百分点，排名全市并列第2。" in draft
    assert "排名全市并列第1。" in draft  # 技改
    assert "同比增长8.7%，排名全市第2，" in draft  # output: alone


@pytest.mark.parametrize(("amount", "printed"), [(160.0, "160万元"), (160.5, "160.50万元"), (159.999, "160万元"),
                                                 (0.0, "")])
def test_whole_wan_yuan_without_decimals(county: Config, amount: float, printed: str) -> None:
    draft = text(county, {"tech_grant_amount": amount, "tech_grant_enterprises": 2.0 if amount else 0.0})
    if printed:
        assert f"技术改造奖励资金{printed}。" in draft
    else:
        assert "技术改造奖励资金" not in draft
    assert "已上划资金累计730.50万元" in draft and "工业发展资金450.25万元" in draft
    assert "总投资5.00亿元" in draft  # 亿元 keep their two decimals


def test_one_spelling_of_jiezhi(county: Config) -> None:
    draft = text(county)
    assert "截止" not in draft
    assert draft.count("截至") == 5  # 2② 战新, 4 招商, 5① 用地, 5② 基金, 7 项目


# -- reasons ---------------------------------------------------------------------------------------------

EAST = [Reason("fai_projects", "东镇", "停产检修", "东镇", "××公司")]


def test_a_falling_figure_is_followed_by_the_senders_reason(county: Config) -> None:
    draft = text(county, reasons={"fai_projects": EAST})
    assert "排名全市第8。主要原因是：东镇××公司停产检修（东镇说明）。" in draft


def test_no_reason_where_the_figure_rises_or_nobody_explained(county: Config) -> None:
    assert "主要原因" not in text(county, {"fai_yoy_pct": 2.0}, reasons={"fai_projects": EAST})
    assert "主要原因" not in text(county, {"fai_yoy_pct": -0.04}, reasons={"fai_projects": EAST})  # shows 0.0
    assert "主要原因" not in text(county)
    # a reason on another return does not explain this figure
    assert "主要原因" not in text(county, reasons={"cultivation": [Reason("cultivation", "工信局", "数据更正")]})


def test_several_reasons_and_an_output_fall(county: Config) -> None:
    reasons = {"enterprise_output": [Reason("enterprise_output", "统计局", "停产检修", "东镇", "丹富仕饲料"),
                                     Reason("enterprise_output", "统计局", "季节性因素，订单减少", "西镇", "西岭建材")]}
    draft = text(county, {"output_yoy_pct": -3.0}, reasons=reasons)
    assert ("同比下降3.0%，排名全市第4，预计前三季度完成规上产值91.70亿元以上，达到全年任务指标（133.60亿元）的68.6%。"
            "主要原因是：东镇丹富仕饲料停产检修（统计局说明）；西镇西岭建材季节性因素，订单减少（统计局说明）。") in draft


def test_reasons_are_read_from_the_platforms_explanations(county: Config) -> None:
    """A warning on 东镇's June investment return, row 5 (东镇光伏组件扩能项目), explained on the 报送平台: the
    explanation table as beizeng.web mirrors it, a real problem row, and the draft names the project."""
    from beizeng.web.store import MIRRORED

    full_county(county.inbox)
    ingest(county)
    target, cols, _ = MIRRORED["explanations"]
    with open_work(county) as con:
        (sid,) = con.execute("select submission_id from current_submissions where form = 'fai_projects' "
                             "and sender = '东镇' and period = '2026-06'").fetchone() or (None,)
        con.execute("insert into problems values (?, 'warning', 'yoy_beyond', '本月完成投资较上月下降', null, "
                    "'Sheet1', 'N5', 5, '本月完成投资', '0')", [sid])
        columns = ", ".join(f'"{c}" {t}' for c, t in cols)
        con.execute(f"create or replace table {target} ({columns})")
        con.execute(f"insert into {target} values (?, 'h', 'yoy_beyond', 'N5', '停产检修', '设备更换', '东镇', now())",
                    [sid])
        draft = build_report(con, county, "2026-06").text
    assert indicator(county, "fai_yoy_pct") == pytest.approx(-16.3)
    assert "主要原因是：东镇东镇光伏组件扩能项目停产检修，设备更换（东镇说明）。" in draft


# -- a month with nothing in ---------------------------------------------------------------------------------

def test_a_month_with_nothing_in_is_one_line(county: Config) -> None:
    full_county(county.inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        report = build_report(con, county, "2026-07")
    finally:
        con.close()
    assert [p.text for p in report.paragraphs] == [
        "测试县工业倍增计划2026年1-7月\n工作完成情况报告",
        "截至目前，尚未收到2026年1-7月的任何报表，本期报告暂无法起草。收到报表并运行后重新生成本报告。"]
    assert report.gaps == [] and "【待补充】" not in report.text


# -- the SQL behind heading 2 ------------------------------------------------------------------------------

def test_new_above_scale_against_time_progress(county_full: Config) -> None:
    # given sections 2–5 of tests/scenarios_more.py: 2 new of a target of 5 without a split, at 1–6月
    from tests.scenarios_more import sections_2_to_5

    full_county(county_full.inbox)
    sections_2_to_5(county_full.inbox)
    ingest(county_full)
    # expect 2 ÷ 5 × 100 − 6/12 × 100 = 40 − 50 = −10 百分点 (behind: beyond NEAR_PP)
    assert indicator(county_full, "new_above_scale_vs_time_pp") == pytest.approx(-10.0)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        draft = build_report(con, county_full, "2026-06").text
    finally:
        con.close()
    assert "2.企业培育有待加快" in draft.splitlines()


# -- the SQL behind headings 3 and 5 -----------------------------------------------------------------------

def test_last_years_figures_are_counted_by_the_same_rule_in_last_years_returns(county_full: Config) -> None:
    # given sections 2–5 of tests/scenarios_more.py (2026-06: 小巨人 E1, 高新 E2 + C2, 科技型 C1 + E4; 730.5 万元 to
    # the city fund, 450.25 disbursed) and last June's ledger and funds: 小巨人 E3 recognised 2025-05 (E1's
    # 2024 recognition does not count), one 高新 application pending, 科技型 C1 已入库 2025-07 (after June: not
    # counted); 200 万元 to the fund on 2025-05-20 and 90 disbursed on 2025-06-30, 60 more on 2025-07-01 (not counted)
    from tests.scenarios_more import C1, E1, E2, E3, D, cultivation, factors, sections_2_to_5

    full_county(county_full.inbox)
    sections_2_to_5(county_full.inbox)
    cultivation(county_full.inbox, "2025-06", [
        (E3, "西岭建材有限公司", "西镇", "专精特新小巨人", "已认定", D(2025, 5, 10), None),
        (E1, "东方光伏科技有限公司", "东镇", "专精特新小巨人", "已认定", D(2024, 9, 1), None),
        (E2, "东关饲料有限公司", "东镇", "高新技术企业", "申报中", D(2025, 4, 2), None),
        (C1, "东镇丰源农牧有限公司", "东镇", "科技型中小企业", "已入库", D(2025, 7, 1), None),
    ])
    factors(county_full.inbox, "财政局", "2025-06", [
        ("上划市工业倍增发展基金", D(2025, 5, 20), None, None, None, 200, 2),
        ("工业发展资金拨付", D(2025, 6, 30), None, None, None, 90, None),
        ("工业发展资金拨付", D(2025, 7, 1), None, None, None, 60, None),
    ])
    assert {o.status for o in ingest(county_full)} == {"accepted"}
    # expect last year's figures beside this year's, each by its model's rule; none for 2025-06 itself (no 2024)
    expected = {"little_giant_count_last_year": 1, "hightech_applying_last_year": 1, "tech_sme_count_last_year": 0,
                "fund_contributed_last_year": 200, "dev_fund_disbursed_last_year": 90}
    assert {code: indicator(county_full, code) for code in expected} == expected
    assert [indicator(county_full, code, "2025-06") for code in expected] == [None] * 5
    assert indicator(county_full, "tech_sme_count") == 2 and indicator(county_full, "fund_contributed") == 730.5
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        lines = build_report(con, county_full, "2026-06").text.splitlines()
    finally:
        con.close()
    # 小巨人 1 = 1 (close), 高新 2 > 1, 科技型 2 > 0, green candidates 2 of 2 at half year (ahead) → 稳步推进;
    # land 100.50 > 67.00 亩, fund 730.5 > 200, disbursed 450.25 > 90 → 持续有力
    assert "3.科技创新稳步推进" in lines and "5.要素保障持续有力" in lines


def test_a_quarters_projection_says_it_is_measured_against_the_whole_years_target(county: Config) -> None:
    """February's draft projects to 一季度 (the demo's 26.14 亿元) and quotes its share of the year's target: the
    sentence names the target 全年任务指标, so 19.6 % never reads as a shortfall against the quarter's."""
    draft = text(county, {"output_projection_month": 3.0, "output_projection": 26.1388,
                          "output_projection_target_pct": 19.5650}, period="2026-02")
    assert "预计一季度完成规上产值26.14亿元以上，达到全年任务指标（133.60亿元）的19.6%。" in draft
