"""Every indicator of sections 2–5 against arithmetic done by hand on tests/scenarios_more.py.

The scenario (1–6月 2026, 测试县, townships 东镇 and 西镇):
  enterprise return  E1 东镇 战新 2019 30000 · E2 东镇 2018-06 20000 · E3 西镇 2020 50000
                     E4 西镇 战新 entered 2026-03 3000 · E5 东镇 entered 2025-12 (last December) 2000 万元
  cultivation ledger 拟入规: C1 东镇 申报中 · C2 西镇 培育中 · E4 西镇 已入库 2026-03 (on the return)
                     · C3 东镇 已入库 2026-06-10 (not on the return yet) · E5 已入库 2025-12 · C4 西镇 未通过
                     小巨人 E1 已认定 2026-04 (E3 in 2024) · 高企 E2 申报中, E3 已认定 2025, C2 未通过 2026-02
                     科技型中小企业 C1 已入库 2026-05, E4 已认定 2026-03, C4 培育中
                     技改奖励资金 E1 申报中 50, E2 已认定 30 (2026), E3 培育中 20, E5 未通过 2025 40 万元
                     绿色工厂 E3 申报中, E1 培育中, E2 已认定 2025
  attraction ledger  金隅 东镇 开工 landed 2026-03 30000/8000 · 秦河 西镇 落户 2026-04 (contacted 2025)
                     20000/5000 · 联星 西镇 签约 50000/2000 · 雄峰 (no township) 对接 10000/– ·
                     盛步二期 东镇 投产, landed 2025 15000/3000  (total / funds this year, 万元)
  factors            自然资源局 2026-06: 东镇 50.5 亩 (3-10), 西镇 30 + 20 亩 (both 5-8)
                     自然资源局 2025-12: 东镇 40 (2025-02), 西镇 27 (2025-06-30), 西镇 33 (2025-07-01)
                     财政局 2026-06: 基金 320.5 + 410, 筹集 1000, 拨付 300 + 150.25 万元
  targets 2026       新增规上 5 户, 战新产值占比 30 %, 绿色工厂 2 户, 招商引资 4 亿元 (1 / 1.5 / 3 / 4)
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import E1, E2, E3, uscc
from tests.scenarios_more import (
    C1,
    E4,
    E5,
    attraction,
    attraction_2026_06,
    cultivation,
    cultivation_2026_06,
    ent_more_2026_06,
    enterprise_return,
    factors,
    funds_2026_06,
    land_2026_06,
    notes,
    notes_2026_06,
    sections_2_to_5,
    targets_full_2026,
)

D = dt.date

HAND = {
    # 2① new above-scale: E4 (2026-03) from the return + C3 (已入库 2026-06, not on it yet); not E5 (2025-12)
    "new_above_scale": 2,
    "above_scale_applying": 1,  # C1
    "cultivation_key_enterprises": 5,  # C1, C2, E4, C3, C4; E5 entered in 2025
    "new_above_scale_target": 5,
    # 2② 战新 shares of the return: E1 + E4 of five enterprises, 33000 of 105000 万元
    "above_scale_count": 5,
    "sei_count": 2,
    "sei_share_pct": 2 / 5 * 100,  # 40 %
    "sei_output_cum": 33000 / 10000,  # 3.3 亿元
    "sei_output_share_pct": 33000 / 105000 * 100,  # 31.43 %
    "sei_output_share_target_pct": 30,
    "sei_vs_target_pp": 33000 / 105000 * 100 - 30,  # 1.43 pp
    # 3① this year's recognitions and applications
    "little_giant_count": 1,  # E1 (E3's is from 2024)
    "hightech_applying": 2,  # E2 pending + C2 refused this year; E3 was decided in 2025
    "tech_sme_count": 2,  # C1 + E4
    "tech_grant_enterprises": 2,  # E1 + E2
    "tech_grant_amount": 50 + 30,  # 万元; E3 has not applied, E5 applied in 2025
    # 3② green factories
    "green_factory_candidates": 2,  # E3 + E1; E2 is already recognised
    "green_factory_target": 2,
    # 4 investment attraction
    "invest_contacted": 4,  # all but 盛步二期, which landed in 2025
    "invest_landed": 2,  # 金隅 + 秦河
    "invest_total": (30000 + 20000) / 10000,  # 5 亿元
    "invest_funds_in_place": (8000 + 5000 + 2000 + 3000) / 10000,  # 1.8 亿元, 盛步二期's money included
    "invest_quarter_target": 1.5,  # June is in Q2: the cumulative Q2 target
    "invest_vs_quarter_target": 1.8 - 1.5,  # 0.3 亿元 above it
    # 5 factors
    "land_parcels": 3,  # two of them on 8 May
    "land_area_mu": 50.5 + 30 + 20,  # 100.5 亩
    "land_area_last_year_mu": 40 + 27,  # to 30 June 2025, from last year's December ledger
    "land_area_yoy_pct": (100.5 / 67 - 1) * 100,  # 50 %
    "fund_contributed": 320.5 + 410,  # 万元, Q1 and Q2
    "dev_fund_disbursed": 300 + 150.25,  # 万元; the 1000 raised is not disbursed money
}

TOWNSHIPS = {
    # 东镇: E1, E2, E5 on the return; C1, C3 candidates; 金隅 and 盛步二期; 50.5 亩 against 40
    ("东镇", "new_above_scale"): 1,  # C3
    ("东镇", "above_scale_applying"): 1,
    ("东镇", "sei_output_share_pct"): 30000 / 52000 * 100,
    ("东镇", "little_giant_count"): 1,
    ("东镇", "tech_grant_amount"): 80,
    ("东镇", "invest_contacted"): 1,
    ("东镇", "invest_funds_in_place"): (8000 + 3000) / 10000,
    ("东镇", "land_area_yoy_pct"): (50.5 / 40 - 1) * 100,
    # 西镇: E3, E4; two parcels on one day (30 + 20) against 27
    ("西镇", "new_above_scale"): 1,  # E4
    ("西镇", "cultivation_key_enterprises"): 3,  # C2, E4, C4
    ("西镇", "invest_landed"): 1,
    ("西镇", "invest_total"): 2.0,
    ("西镇", "land_parcels"): 2,
    ("西镇", "land_area_mu"): 50,
    ("西镇", "land_area_yoy_pct"): (50 / 27 - 1) * 100,
}


@pytest.fixture
def loaded(county_full: Config) -> Config:
    sections_2_to_5(county_full.inbox)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["accepted"] * len(outcomes), [(o.file, o.status) for o in outcomes]
    return county_full


def query(cfg: Config, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("code", sorted(HAND))
def test_county_indicator_matches_hand_arithmetic(loaded: Config, code: str) -> None:
    assert indicator(loaded, code) == pytest.approx(HAND[code], abs=1e-9)


@pytest.mark.parametrize(("scope", "code"), sorted(TOWNSHIPS))
def test_township_breakdown(loaded: Config, scope: str, code: str) -> None:
    assert indicator(loaded, code, scope=scope) == pytest.approx(TOWNSHIPS[(scope, code)], abs=1e-9)


def test_funds_have_no_township_breakdown(loaded: Config) -> None:
    # the county row carries the funds; no township row pretends to
    rows = query(loaded, "select scope from indicator_values where indicator = 'fund_contributed' and period = '2026-06'")
    assert rows == [("测试县",)]


def test_rates_are_exact_for_rounding(loaded: Config) -> None:
    from beizeng.base.numbers import shown

    # 33000 / 105000 = 31.428571…; 0.3 亿元 with no binary noise from 1.8 − 1.5
    assert shown(indicator(loaded, "sei_output_share_pct"), 2) == "31.43"
    assert indicator(loaded, "invest_vs_quarter_target") == 0.3


def test_enterprise_that_entered_last_december_is_not_new(county_full: Config) -> None:
    # given a February return with E5 (入规 2025-12) and E6 (入规 written as the year alone, 2026)
    e6 = uscc(6)
    enterprise_return(county_full.inbox, "2026-02", [
        (E5, "东镇风电有限公司", "东镇", False, "2025-12", 400, None),
        (e6, "西镇盛步光伏科技有限公司", "西镇", True, "2026", 300, None),
    ])
    ingest(county_full)
    # expect only E6 as new this year: E5 entered in December, before this year began
    assert indicator(county_full, "new_above_scale", period="2026-02") == 1
    assert indicator(county_full, "new_above_scale", period="2026-02", scope="东镇") == 0


def test_an_entry_later_than_the_period_is_not_counted_yet(county_full: Config) -> None:
    # given a June return (resent late) carrying an 入规年月 of 2026-07: not new by the end of June
    enterprise_return(county_full.inbox, "2026-06", [
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", 30000, 25000),
        (E4, "丹富仕饲料有限公司", "西镇", True, "2026-07", 3000, 1000),
    ])
    ingest(county_full)
    assert indicator(county_full, "new_above_scale") == 0


def test_project_landed_in_an_earlier_year_counts_only_its_money(county_full: Config) -> None:
    # given a ledger with 盛步二期 alone: landed in 2025, 3000 万元 in place this year
    earlier = [p for p in attraction_2026_06() if p[0] == "盛步光伏二期项目"]
    attraction(county_full.inbox, "2026-06", earlier)
    ingest(county_full)
    # expect: neither contacted nor landed this year, but its funds count (0.3 亿元)
    assert indicator(county_full, "invest_contacted") == 0
    assert indicator(county_full, "invest_landed") == 0
    assert indicator(county_full, "invest_total") == 0
    assert indicator(county_full, "invest_funds_in_place") == pytest.approx(0.3)


@pytest.mark.parametrize(("split", "march", "april"), [
    (True, 1.0, 1.5),  # the target's own split: Q1 1 亿元 in March, Q2 1.5 in April
    (False, 4 * 1 / 4, 4 * 2 / 4),  # no split: 4 亿元 × quarters elapsed ÷ 4
])
def test_quarter_boundary_of_the_attraction_target(county_full: Config, split: bool, march: float,
                                                   april: float) -> None:
    # given the same ledger (funds 1.8 亿元) at the end of March and of April
    for period in ("2026-03", "2026-04"):
        attraction(county_full.inbox, period, attraction_2026_06())
    targets_full_2026(county_full.inbox, invest_split=split)
    ingest(county_full)
    # expect March measured against Q1 and April against Q2
    assert indicator(county_full, "invest_quarter_target", period="2026-03") == pytest.approx(march)
    assert indicator(county_full, "invest_quarter_target", period="2026-04") == pytest.approx(april)
    assert indicator(county_full, "invest_vs_quarter_target", period="2026-04") == pytest.approx(1.8 - april)


@pytest.mark.parametrize(("split", "april"), [
    (True, 1.5),  # the target's own Q2 figure wins over the county's shares
    (False, 4 * 45 / 100),  # no split: 45 % of 4 亿元 by the end of Q2
])
def test_quarterly_rule_shares_apply_only_without_the_targets_own_split(county_full: Config, split: bool,
                                                                         april: float) -> None:
    from beizeng.base.config import load_config
    from tests.scenarios_more import write_full_config

    cfg = load_config(write_full_config(county_full.root, '[rules]\ntime_progress = "quarterly"\n'
                                                          'quarter_shares = [20, 45, 75, 100]'))
    attraction(cfg.inbox, "2026-04", attraction_2026_06())
    targets_full_2026(cfg.inbox, invest_split=split)
    ingest(cfg)
    assert indicator(cfg, "invest_quarter_target", period="2026-04") == pytest.approx(april)


def test_two_parcels_on_one_date_are_two_parcels(county_full: Config) -> None:
    # given only the two 西镇 parcels of 8 May (30 + 20 亩)
    factors(county_full.inbox, "自然资源局", "2026-05", [e for e in land_2026_06() if e[1] == D(2026, 5, 8)])
    ingest(county_full)
    assert indicator(county_full, "land_parcels", period="2026-05") == 2
    assert indicator(county_full, "land_area_mu", period="2026-05") == pytest.approx(50)
    # and no 财政局 ledger has ever come in: the funds are unknown, not zero
    assert indicator(county_full, "fund_contributed", period="2026-05") is None


def test_zero_land_last_year_gives_no_growth_rate(county_full: Config) -> None:
    # given last year's ledger whose only parcel came after June: 0 亩 by 30 June 2025
    factors(county_full.inbox, "自然资源局", "2026-06", land_2026_06())
    factors(county_full.inbox, "自然资源局", "2025-12", [("工业用地供应", D(2025, 9, 1), "610599-2025-009", "东镇",
                                                      12, None, None)])
    ingest(county_full)
    # expect last year 0 亩 and the growth NULL, never infinity
    assert indicator(county_full, "land_area_last_year_mu") == 0
    assert indicator(county_full, "land_area_yoy_pct") is None
    assert indicator(county_full, "land_area_mu") == pytest.approx(100.5)


def test_a_later_ledger_stands_in_for_a_missing_month(county_full: Config) -> None:
    # given 财政局's June ledger, but 自然资源局's July one only (it adds a parcel on 2 July)
    factors(county_full.inbox, "财政局", "2026-06", funds_2026_06())
    july = [*land_2026_06(), ("工业用地供应", D(2026, 7, 2), "610599-2026-004", "东镇", 9, None, None)]
    factors(county_full.inbox, "自然资源局", "2026-07", july)
    ingest(county_full)
    # expect June's land from the July ledger, dated to 30 June: 3 parcels, 100.5 亩; July has 4
    assert indicator(county_full, "land_parcels") == 3
    assert indicator(county_full, "land_area_mu") == pytest.approx(100.5)
    assert indicator(county_full, "land_parcels", period="2026-07") == 4


def test_land_is_null_when_its_sender_is_missing_though_funds_are_in(county_full: Config) -> None:
    # given 自然资源局 reported land last year, and only 财政局 sent this June
    factors(county_full.inbox, "自然资源局", "2025-12", [("工业用地供应", D(2025, 3, 1), "610599-2025-001", "东镇",
                                                      40, None, None)])
    factors(county_full.inbox, "财政局", "2026-06", funds_2026_06())
    ingest(county_full)
    # expect the funds, but no land figure (NULL, not 0) and the summary naming the missing ledger
    assert indicator(county_full, "fund_contributed") == pytest.approx(730.5)
    assert indicator(county_full, "land_parcels") is None
    missing = query(county_full, "select message from missing_inputs where period = '2026-06' and form = 'factors'")
    assert any("工业用地供应" in str(m) and "自然资源局" in str(m) for (m,) in missing), missing


def test_missing_ledger_leaves_county_figures_null_and_says_which(county_full: Config) -> None:
    # given the enterprise return only: no cultivation or attraction ledger, no factors, no targets
    enterprise_return(county_full.inbox, "2026-06", ent_more_2026_06())
    ingest(county_full)
    # expect what the return gives, NULL for the rest, and missing_inputs naming each absent return
    assert indicator(county_full, "new_above_scale") == 1  # E4 alone without the ledger
    assert indicator(county_full, "sei_count") == 2
    for code in ("above_scale_applying", "little_giant_count", "invest_landed", "land_parcels", "fund_contributed",
                 "sei_output_share_target_pct", "invest_quarter_target"):
        assert indicator(county_full, code) is None, code
    forms = {f for (f,) in query(county_full, "select form from missing_inputs where period = '2026-06'")}
    assert {"cultivation", "attraction", "factors", "targets"} <= forms


def test_a_full_targets_table_leaves_no_target_missing(loaded: Config) -> None:
    # given the eight target rows of the 目标任务 form (every code the form accepts)
    # expect no missing-target message: figures computed from a target (invest_time_share_pct,
    # invest_target_annual, *_time_share_pct) are not rows a clerk can send, so they are never asked for
    messages = query(loaded, "select message from missing_inputs where period = '2026-06' and form = 'targets'")
    assert messages == []


def test_every_code_of_sections_2_to_5_has_a_county_row(loaded: Config) -> None:
    from beizeng.store.catalogue import catalogue

    # ind_last_year reads last year's ledgers, which this scenario does not have (NULL = no basis, by design;
    # tests/test_report_wording.py loads them and checks the figures)
    codes = {c for c, i in catalogue().items() if i.section[0] in "2345" and i.model != "ind_last_year"}
    rows = query(loaded, "select indicator, value from indicator_values where period = '2026-06' and scope = '测试县'")
    have = {code for code, value in rows if value is not None}
    assert codes <= have, codes - have


# ---------------------------------------------------------------------------------------------
# Validation of the new returns
# ---------------------------------------------------------------------------------------------

def _problems(cfg: Config) -> list[tuple[str, str | None, str | None]]:
    rows = query(cfg, "select message, column_header, value from problems where severity = 'error' order by excel_row")
    return [(str(m), None if c is None else str(c), None if v is None else str(v)) for m, c, v in rows]


def test_a_recognition_without_its_date_is_sent_back(county_full: Config) -> None:
    rows = cultivation_2026_06()
    rows[6] = (E1, "东方光伏科技有限公司", "东镇", "专精特新小巨人", "已认定", None, 100)
    cultivation(county_full.inbox, "2026-06", rows)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["rejected"]
    assert any("没有填写状态日期" in m for m, _, _ in _problems(county_full))


def test_a_started_project_without_its_start_date_is_sent_back(county_full: Config) -> None:
    rows = attraction_2026_06()
    rows[0] = (*rows[0][:7], None, *rows[0][8:])  # 金隅: 开工 but no 开工日期
    attraction(county_full.inbox, "2026-06", rows)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["rejected"]
    assert any("没有填写开工日期" in m for m, _, _ in _problems(county_full))


def test_a_land_row_without_its_area_is_sent_back(county_full: Config) -> None:
    rows = land_2026_06()
    rows[1] = (*rows[1][:4], None, *rows[1][5:])
    factors(county_full.inbox, "自然资源局", "2026-06", rows)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["rejected"]
    assert any("没有填写供地面积" in m for m, _, _ in _problems(county_full))


# ---------------------------------------------------------------------------------------------
# Progress notes: carried as written, in report order
# ---------------------------------------------------------------------------------------------

def test_progress_notes_come_out_in_report_order_as_written(loaded: Config) -> None:
    rows = query(loaded, "select section, title, text, figure_pct from progress_items where period = '2026-06'")
    assert [r[0] for r in rows] == ["6①", "6③", "二1", "三1"]
    # the full-width comma the clerk typed is back in place, the figure is a number
    assert rows[1][2] == "产业园一期标准化厂房总体进度超过85%，预计8月底建成。"
    assert float(rows[1][3]) == 85.0  # type: ignore[arg-type]


def test_a_progress_figure_above_100_percent_is_sent_back(county_full: Config) -> None:
    rows = notes_2026_06()
    rows[1][4] = 120
    notes(county_full.inbox, "2026-06", rows)
    outcomes = ingest(county_full)
    assert [o.status for o in outcomes] == ["rejected"]
    assert any(c == "完成进度" for _, c, _ in _problems(county_full))


def test_cultivation_counts_do_not_double_an_enterprise_on_both_lists(loaded: Config) -> None:
    # E4 is on the return (入规 2026-03) and in the ledger (已入库): one new enterprise, not two
    rows = query(loaded, "select uscc from cur_cultivation where ctype = '拟入规' and status = '已入库' order by uscc")
    assert (E4,) in rows and (C1,) not in rows
    assert indicator(loaded, "new_above_scale", scope="西镇") == 1
    assert {E1, E2, E3, E5} <= {u for (u,) in query(loaded, "select uscc from cur_enterprise_output")}
