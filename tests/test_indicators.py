"""Every indicator of sections 1①–④ and 7 against arithmetic done by hand on tests/scenarios.py.

The scenario (1–6月 2026, test county 测试县, townships 东镇 and 西镇):
  enterprises  E1 东镇 30000 (上年同期 25000), E2 东镇 20000 (22000), E3 西镇 50000 (45000) 万元
  last year's stored returns: 2025-06 total 92000, 2025-09 total 138000
  projects     P1 东镇 新建 key 10000/plan 6000, started, 纳统, cum 3000
               P2 东镇 改建和技术改造 key 1800/500, started 2025 (an earlier year), 纳统, cum 1200
               P3 东镇 新建 not key, total 400 < 500 → not in 固投, cum 300
               P4 西镇 扩建 技改-flagged key 5000/2000, not started, not 纳统, cum 0
               P5 西镇 新建 key 20000/8000, started, 纳统, cum 2500
  2025-06 projects: 东镇 P2 1000 (技改) + P6 4000, 西镇 P7 3000 → 固投 8000, 技改 1000
  targets 2026: output 24 亿元 with its own split 5/10/18/24 (序时进度 follows it), 东镇 11 亿元 without a
               split (N/12), va 7.0 %, fai 10 %, tech 5 %
  city (1–6月): va 测试县 6.5, 甲 7.0, 乙 6.5, 丙 5.0, 全市 6.2 → 测试县 ties 乙县 for 2nd
                tech growth 测试县 20.0 = 甲县 20.0 → both 1st; tech amounts Σ6000 / Σ5750
"""

from __future__ import annotations

import pytest

from beizeng.base.config import Config
from tests.conftest import indicator, ingest
from tests.scenarios import full_county

HAND = {
    # 1① output
    "output_cum": 100000 / 10000,  # 10 亿元
    "output_time_target": 10,  # the target's own split: 10 亿元 by the half year (N/12 would say 12)
    "output_time_progress_pct": 10 / 10 * 100,  # 100 %
    "output_yoy_pct": (100000 / 92000 - 1) * 100,  # 8.6957 %
    "output_city_rank": 2,  # 8.7 behind 甲县 9.1
    "output_projection": 10 * 138000 / 92000,  # 15 亿元 (to 1–9月, last year's seasonal ratio)
    "output_target": 24,
    "output_projection_target_pct": 15 / 24 * 100,  # 62.5 %
    # 1② value added: a target missed, a tie in rank
    "va_yoy_pct": 6.5,
    "va_target_pct": 7.0,
    "va_vs_target_pp": -0.5,
    "va_city_avg_pct": 6.2,
    "va_vs_city_pp": 0.3,
    "va_city_rank": 2,  # tied with 乙县
    # 1③ fixed-asset investment: negative growth
    "fai_cum": 6700 / 10000,  # P1 + P2 + P5
    "fai_yoy_pct": -16.3,  # the bureau's (city comparison); the ledgers' −16.25 % is fai_yoy_ledger_pct
    "fai_yoy_ledger_pct": (6700 / 8000 - 1) * 100,  # −16.25 %
    "fai_target_pct": 10,
    "fai_vs_target_pp": -16.3 - 10,
    "fai_city_rank": 3,  # −16.3 above 丙县 −20.0
    # 1④ technical transformation
    "tech_cum": 1200 / 10000,  # P2 only (P4 is not 纳统)
    "tech_yoy_pct": 20.0,
    "tech_target_pct": 5,
    "tech_vs_target_pp": 15.0,
    "tech_city_avg_pct": (6000 / 5750 - 1) * 100,  # from totals, not a mean of rates
    "tech_vs_city_pp": 20 - (6000 / 5750 - 1) * 100,
    "tech_city_rank": 1,  # tied with 甲县
    # 7 key projects
    "key_projects": 4,
    "key_projects_annual_plan": 16500 / 10000,
    "key_projects_started_pct": 75.0,
    "key_projects_in_stats": 3,
    "key_projects_in_stats_pct": 75.0,
    "key_projects_completed_cum": 6700 / 10000,
    "key_projects_plan_pct": 6700 / 16500 * 100,
    "time_progress_pct": 50.0,
    "key_projects_vs_time_pp": 6700 / 16500 * 100 - 50,
}


@pytest.fixture
def loaded(county: Config) -> Config:
    full_county(county.inbox)
    outcomes = ingest(county)
    assert [o.status for o in outcomes] == ["accepted"] * len(outcomes)
    return county


@pytest.mark.parametrize("code", sorted(HAND))
def test_county_indicator_matches_hand_arithmetic(loaded: Config, code: str) -> None:
    assert indicator(loaded, code) == pytest.approx(HAND[code], abs=1e-9)


def test_township_breakdown(loaded: Config) -> None:
    # 东镇: E1 30000 + E2 20000 (written with its alias 东关镇) against 25000 + 22000
    assert indicator(loaded, "output_cum", scope="东镇") == pytest.approx(5.0)
    assert indicator(loaded, "output_yoy_pct", scope="东镇") == pytest.approx((50000 / 47000 - 1) * 100)
    # 东镇 固投: P1 3000 + P2 1200 (P3 is below 500 万元) against 2025's P2 1000 + P6 4000
    assert indicator(loaded, "fai_cum", scope="东镇") == pytest.approx(0.42)
    assert indicator(loaded, "fai_yoy_pct", scope="东镇") == pytest.approx(-16.0)
    # 西镇: two key projects, one started
    assert indicator(loaded, "key_projects_started_pct", scope="西镇") == pytest.approx(50.0)


def test_shown_figures_round_like_hand_arithmetic(loaded: Config) -> None:
    from beizeng.base.numbers import shown

    assert shown(indicator(loaded, "fai_yoy_ledger_pct"), 1) == "-16.3"  # −16.25 rounds half up, not to −16.2
    assert shown(indicator(loaded, "va_vs_city_pp"), 1) == "0.3"
    assert shown(indicator(loaded, "output_yoy_pct"), 1) == "8.7"


def test_in_stats_rate_denominator_is_configurable(county: Config) -> None:
    from beizeng.base.config import load_config
    from tests.county import write_config

    path = write_config(county.root, extra='[rules]\nin_stats_denominator = "started"')
    cfg = load_config(path)
    full_county(cfg.inbox)
    ingest(cfg)
    # 3 key projects in the database of 3 started ones
    assert indicator(cfg, "key_projects_in_stats_pct") == pytest.approx(100.0)


def test_time_progress_one_rule_the_targets_split_else_n_over_12(county: Config) -> None:
    """DOMAIN: 序时进度 is target × N/12 unless the target carries its own split. The county's target
    has one (10 亿元 by June), 东镇's has none: each indicator by the same rule, in the same run."""
    full_county(county.inbox)
    ingest(county)
    assert indicator(county, "output_time_target") == pytest.approx(10.0)
    assert indicator(county, "output_time_target", scope="东镇") == pytest.approx(11 * 6 / 12)  # 5.5 亿元
    # 东镇 made 5 亿元 (30000 + 20000 万元): 90.91 % of its 5.5
    assert indicator(county, "output_time_progress_pct", scope="东镇") == pytest.approx(5 / 5.5 * 100)


def test_missing_input_leaves_county_row_null(county: Config) -> None:
    # only the enterprise return: no targets, no city comparison
    from tests.scenarios import ent_2026_06, enterprise_output

    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    assert indicator(county, "output_cum") == pytest.approx(10.0)
    assert indicator(county, "output_target") is None
    assert indicator(county, "output_city_rank") is None


def test_key_project_time_progress_follows_the_countys_rule_not_a_hard_coded_n_over_12(county: Config) -> None:
    """Key-project 序时进度 was month/12 in the model whatever time_progress said. Under the quarterly
    rule [20, 45, 75, 100], 45 % is due by June; the plan completion is 3000+1200+0+2500 = 6700 of
    6000+500+2000+8000 = 16500 万元 = 40.61 %, so the gap is 40.61 − 45 = −4.39 points."""
    from beizeng.base.config import load_config
    from tests.county import write_config

    cfg = load_config(write_config(county.root, extra='[rules]\ntime_progress = "quarterly"\n'
                                                     "quarter_shares = [20, 45, 75, 100]"))
    full_county(cfg.inbox)
    ingest(cfg)
    assert indicator(cfg, "time_progress_pct") == pytest.approx(45.0)
    assert indicator(cfg, "key_projects_vs_time_pp") == pytest.approx(6700 / 16500 * 100 - 45, abs=1e-9)
