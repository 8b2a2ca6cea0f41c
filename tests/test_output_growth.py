"""规上工业总产值同比 compares the same enterprises both years (sql/models/110_output.sql, cum_comparable).

Given/expect on a real warehouse, hand arithmetic:
  东方光伏 30,000 over 25,000; 东关饲料 20,000 over 22,000; 西岭建材 50,000 over 45,000 → 100,000 / 92,000
  a new entrant 东镇新材料 3,000 whose 上年同期 is blank (its return shows #N/A, or nothing)
expect 8.6957 % (never 103,000 / 92,000 = 11.96 %: this year's all over last year's some).
"""

from __future__ import annotations

import pytest

from beizeng.base.config import Config
from tests.conftest import indicator, ingest
from tests.scenarios import ent_2026_06, enterprise_output, uscc


def test_an_enterprise_without_last_years_figure_is_left_out_of_both_years(county: Config) -> None:
    # given three enterprises with both years and one new entrant without 上年同期
    enterprise_output(county.inbox, "2026-06", [*ent_2026_06(), (uscc(954), "东镇新材料有限公司", "东镇", False,
                                                                  "2026-03", 3000, None)])
    assert {o.status for o in ingest(county)} == {"accepted"}
    # expect the county's cumulative to count it, and the growth to compare like with like
    assert indicator(county, "output_cum") == pytest.approx(10.3)
    assert indicator(county, "output_yoy_pct") == pytest.approx((100000 / 92000 - 1) * 100)
    # 东镇 (东关镇 is a place of it): 50,000 / 47,000 without 东镇新材料's 3,000 — 6.38 %, not 12.77 %
    assert indicator(county, "output_yoy_pct", scope="东镇") == pytest.approx((50000 / 47000 - 1) * 100)


def test_with_no_last_year_at_all_the_growth_is_null(county: Config) -> None:
    # given a return whose 上年同期 is blank on every row: nothing to compare with
    enterprise_output(county.inbox, "2026-06", [(u, n, t, s, e, cum, None) for u, n, t, s, e, cum, _ in ent_2026_06()])
    ingest(county)
    # expect no growth rather than a growth over nothing
    assert indicator(county, "output_cum") == pytest.approx(10.0)
    assert indicator(county, "output_yoy_pct") is None
