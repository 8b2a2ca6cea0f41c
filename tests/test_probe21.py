"""The outside probe p21 of session 18's claims (tests/handmade/probe21.py): what a careful person takes from each
return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong
attributions first, then returns refused though readable, then what it reads right."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import indicator, ingest
from tests.handmade import probe21 as p
from tests.test_handmade import codes, drop, sql, take


def _first_then(cfg: Config, paths: list) -> tuple[list[Outcome], list[Outcome]]:
    first = ingest(cfg)
    return first, drop(cfg, paths[1])


def _mine(outcomes: list[Outcome], name: str) -> Outcome:
    [o] = [x for x in outcomes if x.file.endswith(name)]
    return o


# ---- silently taken wrong (figures right, owner wrong) -------------------------------------------------------------

def test_a_land_row_in_the_finance_ledger_is_said(county_full: Config) -> None:
    # why: 工业用地供应 is 自然资源局's to report; in 财政局's ledger (代报) it is stored and counted once, and said on its
    # kind, so the two bureaus settle whose it is (probe 21 found it taken without a word)
    paths = p.factors_finance_sends_a_land_parcel_daibao_first(county_full.inbox)
    first, _ = _first_then(county_full, paths)
    fin = _mine(first, "财政局6月要素保障.xlsx")
    [said] = [x for x in fin.problems if x.code == "kind_of_other_sender"]
    assert said.severity == "warning" and "自然资源局" in said.message and "代报" in said.fix, said.line()
    assert [x.code for x in fin.problems if x.code == "kind_of_other_sender"] == ["kind_of_other_sender"]


def test_a_land_parcel_sent_by_both_bureaus_counts_once(county_full: Config) -> None:
    # the county's figures stay right whoever keeps the row: 2 parcels, 75 亩; funds 500 + 300
    paths = p.factors_finance_sends_a_land_parcel_daibao_first(county_full.inbox)
    _, second = _first_then(county_full, paths)
    land = _mine(second, "自然资源局6月要素保障.xlsx")
    assert ("reported_by_other", "Sheet1!E4") in codes(land, "warning"), codes(land)
    assert indicator(county_full, "land_area_mu") == 75
    assert indicator(county_full, "land_parcels") == 2
    assert (indicator(county_full, "fund_contributed"), indicator(county_full, "dev_fund_disbursed")) == (500, 300)


# ---- refused though readable ----------------------------------------------------------------------------------------

def test_benqi_beside_benyue_is_the_cumulative(county_full: Config) -> None:
    [o] = take(county_full, p.ent_benqi_beside_benyue_under_yue_zhi_yue)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-06", 4), codes(o)
    assert sql(county_full, "select sum(output_cum), sum(output_month), sum(output_cum_last_year), sum(revenue_cum) "
                            "from cur_enterprise_output") == [(D(19200), D(3300), D(17000), D(19900))]


def test_a_yue_zhi_yue_title_is_june(county_full: Config) -> None:
    # the period is read right even where the columns are not (above)
    [o] = take(county_full, p.ent_benqi_beside_benyue_under_yue_zhi_yue)
    assert o.period == "2026-06", (o.period, codes(o))


def test_flags_in_a_sentence_are_read(county_full: Config) -> None:
    [o] = take(county_full, p.fai_flags_typed_shuyu_and_in_sentences)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select is_tech, is_key, in_stats from cur_fai_projects order by excel_row") == [
        (True, True, True), (False, True, True), (False, False, False)]
    assert sql(county_full, "select sum(invest_cum) filter (where is_tech) from cur_fai_projects") == [(D(800),)]


@pytest.mark.parametrize(("typed", "read"), [
    ("5月已入库，是", True), ("暂不是，预计7月纳统", False), ("是。", True), ("属于，技改", True),
    ("否，已纳统", None),  # the clauses disagree: asked
    ("是，未入库", None), ("1,2", None),  # a figure with a separator is not an answer
])
def test_an_answer_in_one_clause_of_a_sentence(typed: str, read: bool | None) -> None:
    # why: a clerk answers 是否 in a sentence; the answer clause is read when nothing else in it says otherwise
    from beizeng.intake.normalise import CellError, parse_flag
    if read is None:
        with pytest.raises(CellError):
            parse_flag(typed)
    else:
        assert parse_flag(typed) is read


# ---- taken or asked as a careful person would ---------------------------------------------------------------------

def test_a_shared_project_with_its_code_in_full_width_counts_once(county_full: Config) -> None:
    paths = p.fai_shared_project_code_in_full_width_same_figures(county_full.inbox)
    first, [west] = _first_then(county_full, paths)
    assert [o.status for o in first] == ["accepted"], [codes(o) for o in first]
    assert (west.status, west.rows) == ("accepted", 2), codes(west)
    [w] = [x for x in west.problems if x.code == "reported_by_other"]
    assert (w.severity, w.cell, "东镇" in w.message) == ("warning", "B6", True), (w.severity, w.cell, w.message)
    assert sql(county_full, "select sender, count(*), sum(invest_cum) from cur_fai_projects group by sender "
                            "order by sender desc") == [("西镇", 2, D(1200)), ("东镇", 3, D(2000))]
    assert sql(county_full, "select sender from cur_fai_projects where name = '东镇乙农产品冷链物流项目'") == [("东镇",)]


def test_a_shared_project_with_a_space_in_its_code_and_other_figures_is_asked(county_full: Config) -> None:
    paths = p.fai_shared_project_code_with_a_space_other_figures(county_full.inbox)
    _, [west] = _first_then(county_full, paths)
    assert west.status == "rejected", codes(west)
    [e] = [x for x in west.problems if x.code == "reported_by_other"]
    assert (e.severity, e.cell) == ("error", "B6"), (e.severity, e.cell)
    assert all(s in e.message for s in ("东镇", "1,250", "1,200")), e.message
    assert sql(county_full, "select sender, sum(invest_cum) from cur_fai_projects group by sender") == [
        ("东镇", D(2000))]


def test_hidden_columns_with_last_months_figures_are_not_read(county_full: Config) -> None:
    [o] = take(county_full, p.fai_hidden_columns_hold_last_months_figures)
    assert (o.status, o.rows) == ("accepted", 3), codes(o)
    assert {("hidden_column", "Sheet1!L3"), ("hidden_column", "Sheet1!M3")} <= set(codes(o, "info")), codes(o)
    assert sql(county_full, "select invest_month, invest_cum from cur_fai_projects order by excel_row") == [
        (D(150), D(800)), (D(300), D(1200)), (D(0), D(0))]


def test_a_land_grant_refund_naming_a_parcel_is_a_fund_row(county_full: Config) -> None:
    [o] = take(county_full, p.funds_land_grant_refund_naming_a_parcel)
    assert (o.status, o.rows) == ("accepted", 3), codes(o)
    assert "sender_by_kind" not in [c for c, _ in codes(o)], codes(o)
    assert sql(county_full, "select sum(amount), count(area_mu) from cur_factors") == [(D(1000), 0)]
    assert indicator(county_full, "dev_fund_disbursed") == 500
