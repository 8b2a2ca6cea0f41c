"""Hand-made returns, round 9 (tests/handmade/shorthand9.py): headers in the field's shorthand — 技改, 固投, 入统 /
纳统 / 入规, 规模以上, 主营收入, 营收, 当月, 同期, 增幅 — read through the real pipeline for four forms, and the
look-alikes that must stay apart (增加值 / 产值, 技改 / 固投, 工业销售产值 / 工业总产值, 投产年月 / 入统年月).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.intake.headers import THRESHOLD, normalise, text_scores
from beizeng.intake.ingest import Outcome
from tests.handmade import shorthand9 as s9
from tests.test_handmade import accepted, ind, sql
from tests.test_handmade import take_lazily as take

CITY_COLUMNS = ("county, output_cum, output_cum_last_year, output_yoy_pct, va_yoy_pct, fai_cum, fai_cum_last_year, "
                "fai_yoy_pct, tech_cum, tech_cum_last_year, tech_yoy_pct")


def said(o: Outcome, *codes: str) -> list[str]:
    return [p.line() for p in o.problems if p.code in codes]


def _city(cfg: Config) -> list[tuple[object, ...]]:
    return sql(cfg, f"select {CITY_COLUMNS} from cur_city_comparison order by excel_row")


def _as_decimals(rows: list[list[object]]) -> list[tuple[object, ...]]:
    return [(r[0], *(Decimal(str(v)) for v in r[1:])) for r in rows]


@pytest.mark.parametrize("maker", [s9.city_shorthand_two_row, s9.city_spelled_out_one_row],
                         ids=["shorthand_two_row", "spelled_out_one_row"])
def test_city_table_in_shorthand_or_spelled_out(county_full: Config, maker: Callable[[Path], Path]) -> None:
    o = accepted(take(county_full, maker), "city_comparison", "统计局", "2026-06", 5)
    assert _city(county_full) == _as_decimals(s9.CITY)
    assert not said(o, "missing_column_feeds", "missing_column_skews", "missing_optional_column", "ambiguous_column")
    assert ind(county_full, "va_city_rank") == 2
    assert ind(county_full, "fai_city_rank") == 3
    # the city's 技改 average is Σ of the counties' 技改 ÷ Σ of their 技改 上年同期 − 1: the 同期 column is read
    assert ind(county_full, "tech_city_avg_pct") == pytest.approx((8000 / 6950 - 1) * 100)


def test_enterprises_in_shorthand_entry_month_not_the_commissioning_month(county_full: Config) -> None:
    o = accepted(take(county_full, s9.ent_shorthand_with_commissioning_month), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, "select entered_month, sei, output_month, output_cum, output_cum_last_year, revenue_cum "
                            "from cur_enterprise_output order by excel_row") == [
        ("2026-02", True, Decimal("800"), Decimal("4000"), Decimal("0"), Decimal("4200")),
        ("2019-05", False, Decimal("2000"), Decimal("12000"), Decimal("11000"), Decimal("12500")),
        ("2021-09", False, Decimal("1500"), Decimal("9000"), Decimal("8000"), Decimal("9300"))]
    assert ind(county_full, "new_above_scale") == 1
    assert ind(county_full, "output_cum") == pytest.approx(2.5)
    assert not said(o, "missing_column_feeds", "missing_column_skews", "ambiguous_column")
    assert [p.column for p in o.problems if p.code == "extra_column"] == ["投产年月"]


def test_sales_output_and_export_value_are_not_gross_output(county_full: Config) -> None:
    o = accepted(take(county_full, s9.ent_sales_output_beside_gross_output), "enterprise_output", "统计局",
                 "2026-06", 2)
    assert sql(county_full, "select entered_month, output_month, output_cum, output_cum_last_year, revenue_cum "
                            "from cur_enterprise_output order by excel_row") == [
        ("2017-12", Decimal("1000"), Decimal("6000"), Decimal("5000"), Decimal("6300")),
        ("2022-06", Decimal("3000"), Decimal("18000"), Decimal("16000"), Decimal("18800"))]
    assert ind(county_full, "output_cum") == pytest.approx(2.4)
    assert not said(o, "ambiguous_column")
    assert sorted(p.column or "" for p in o.problems if p.code == "extra_column") == ["出口交货值", "工业销售产值(1-6月)"]


def test_project_flags_in_shorthand(county_full: Config) -> None:
    o = accepted(take(county_full, s9.fai_shorthand_flags), "fai_projects", "西镇", "2026-06", 3)
    assert sql(county_full, "select is_tech, is_key, in_stats, invest_month, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        (True, True, True, Decimal("500"), Decimal("3000")),
        (False, True, True, Decimal("200"), Decimal("1200")),
        (True, False, False, Decimal("0"), Decimal("0"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.42)
    assert ind(county_full, "tech_cum") == pytest.approx(0.30)
    assert not said(o, "missing_column_feeds", "missing_column_skews", "ambiguous_column")


def test_project_in_database_spelled_out(county_full: Config) -> None:
    o = accepted(take(county_full, s9.fai_in_database_spelled_out), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select is_tech, in_stats, invest_cum from cur_fai_projects order by excel_row") == [
        (False, True, Decimal("2500")), (True, True, Decimal("700"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.32)
    assert not said(o, "ambiguous_column")
    assert [p.column for p in o.problems if p.code == "missing_column_feeds"] == ["年度计划投资"]  # (not in the table)


def test_cultivation_date_headed_rugui_shijian(county_full: Config) -> None:
    import datetime as dt

    o = accepted(take(county_full, s9.cultivation_entry_date_headed_rugui), "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select status, status_date from cur_cultivation order by excel_row") == [
        ("已入库", dt.date(2026, 3, 15)), ("申报中", dt.date(2026, 5, 20)), ("培育中", None)]
    assert not [p for p in o.problems if p.code == "extra_column"]


# ---------------------------------------------------------------------------------------------
# The scorer alone: one table of shorthand for every form, and the look-alikes kept apart
# ---------------------------------------------------------------------------------------------

SAME = [
    ("city_comparison", "技改上年同期", "tech_cum_last_year"),
    ("city_comparison", "技术改造投资去年同期", "tech_cum_last_year"),
    ("city_comparison", "固投上年同期", "fai_cum_last_year"),
    ("city_comparison", "固定资产投资增幅（%）", "fai_yoy_pct"),
    ("city_comparison", "规模以上工业增加值增速", "va_yoy_pct"),
    ("enterprise_output", "入统年月", "entered_month"),
    ("enterprise_output", "纳统时间", "entered_month"),
    ("enterprise_output", "主营收入", "revenue_cum"),
    ("enterprise_output", "营收", "revenue_cum"),
    ("enterprise_output", "同期产值", "output_cum_last_year"),
    ("fai_projects", "是否入统", "in_stats"),
    ("fai_projects", "是否技术改造", "is_tech"),
    ("cultivation", "入规日期", "status_date"),
]


@pytest.mark.parametrize(("form", "header", "column"), SAME, ids=[h for _, h, _ in SAME])
def test_shorthand_names_its_column(form: str, header: str, column: str) -> None:
    scores = text_scores(get_form(form), header)
    assert max(scores, key=lambda name: scores[name]) == column and scores[column] >= 0.95


NOT = [
    ("city_comparison", "技改上年同期", "fai_cum_last_year"),
    ("city_comparison", "固投上年同期", "tech_cum_last_year"),
    ("city_comparison", "增加值增速（%）", "output_yoy_pct"),
    ("city_comparison", "产值增速（%）", "va_yoy_pct"),
    ("enterprise_output", "工业销售产值", "output_cum"),
    ("enterprise_output", "本月销售产值", "output_month"),
    ("enterprise_output", "出口交货值", "output_cum"),
    ("enterprise_output", "投产年月", "entered_month"),
]


@pytest.mark.parametrize(("form", "header", "column"), NOT, ids=[f"{h}-not-{c}" for _, h, c in NOT])
def test_look_alikes_stay_apart(form: str, header: str, column: str) -> None:
    assert text_scores(get_form(form), header).get(column, 0.0) < THRESHOLD


def test_one_spelling_per_meaning() -> None:
    assert normalise("是否入库纳统") == normalise("纳统") == normalise("入统") == normalise("入规")
    assert normalise("技术改造投资上年同期") == normalise("技改投资去年同期") == normalise("技改同期")
    assert normalise("规模以上工业总产值") == normalise("规上工业总产值")
    # 主营业务收入 is not 营业收入 (DOMAIN.md): the table folds their spellings, never one into the other
    assert normalise("主营业务收入") == normalise("主营收入") != normalise("营业收入") == normalise("营收")
