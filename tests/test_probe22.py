"""The outside probe p22 of session 18's claims (tests/handmade/probe22.py): what a careful person takes from each
return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong
figures first."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import duckdb
import openpyxl

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.publish.outputs import SOURCE_HEADER, write_summary
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.handmade import probe22 as p
from tests.test_handmade import codes, drop, rejected, sql, take


def _first_then(cfg: Config, paths: list[Path]) -> list[Outcome]:
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


def _summary_rows(cfg: Config, tmp_path: Path, sheet: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        path = write_summary(con, cfg, "2026-06", tmp_path / "汇总.xlsx")
    finally:
        con.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_benqi_beside_benyue_under_a_one_month_title_is_never_stored_as_the_month(county_full: Config) -> None:
    # today: refused for a missing 1-N月 column, 本期 (I3) set aside as extra_column — asked, nothing stored
    outs = take(county_full, p.ent_benqi_beside_benyue_under_a_one_month_title)
    [o] = outs
    if o.status == "accepted":
        assert sql(county_full, "select sum(output_month) from cur_enterprise_output") in ([(D(2850),)], [(None,)])
        assert sql(county_full, "select sum(output_cum) from cur_enterprise_output") in ([(D(16900),)], [(None,)])
    else:
        assert sql(county_full, "select count(*) from cur_enterprise_output") == [(0,)]


def test_type_sheets_with_a_bare_zhuanjingtexin_are_asked(county_full: Config) -> None:
    outs = take(county_full, p.cult_type_sheets_one_a_bare_zhuanjingtexin)
    # whatever is asked, no row of the 「专精特新」 sheet is a 拟入规 candidate (nor a guessed 小巨人 / 省级)
    assert sql(county_full, "select count(*) from cur_cultivation where sheet = '专精特新'") == [(0,)], [
        (o.status, codes(o)) for o in outs]
    o = rejected(outs)
    assert [cell for _, cell in codes(o, "error")] and all(
        cell.startswith("专精特新!") for _, cell in codes(o, "error")), codes(o)


# ---- taken or asked as a careful person would ---------------------------------------------------------------------

def test_flags_in_sentences_are_read_and_the_one_disagreeing_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, p.proj_flags_in_sentences_one_disagreeing))
    assert codes(o, "error") == [("not_a_flag", "东镇!J6")], codes(o)


def test_jan_feb_month_equal_to_its_cumulative_is_not_said(county_full: Config) -> None:
    [o] = take(county_full, p.ent_jan_feb_month_equals_cumulative)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-02", 3), codes(o)
    assert "month_as_cumulative" not in [c for c, _ in codes(o)], codes(o)
    assert sql(county_full, "select sum(output_month), sum(output_cum) from cur_enterprise_output") == [
        (D(2430), D(2430))]


def test_type_sheets_named_as_the_office_says_them_are_one_return(county_full: Config, tmp_path: Path) -> None:
    [o] = take(county_full, p.cult_type_sheets_named_as_the_office_says_them)
    assert (o.status, o.form, o.rows) == ("accepted", "cultivation", 5), codes(o)
    assert sql(county_full, "select ctype, sheet, excel_row from cur_cultivation order by sheet, excel_row") == sorted([
        ("拟入规", "拟入规", 4), ("拟入规", "拟入规", 5), ("高新技术企业", "高企", 4),
        ("科技型中小企业", "科小", 4), ("科技型中小企业", "科小", 5)], key=lambda r: (r[1], r[2]))
    rows = _summary_rows(county_full, tmp_path, "企业培育")
    head = next(r for r in rows if SOURCE_HEADER in r)
    at = head.index(SOURCE_HEADER)
    sources = [r[at] for r in rows[rows.index(head) + 1:] if r[at]]
    assert sorted(sources) == sorted(f"工信局6月企业培育台账.xlsx「{s}」第{n}行" for s, n in
                                     [("拟入规", 4), ("拟入规", 5), ("高企", 4), ("科小", 4), ("科小", 5)]), sources


def test_the_land_bureau_under_its_full_name_sending_a_fund_row(county_full: Config, tmp_path: Path) -> None:
    [o] = take(county_full, p.land_bureau_full_name_with_a_fund_row)
    assert (o.status, o.sender, o.rows) == ("accepted", "自然资源局", 3), codes(o)
    assert [c for c in codes(o, "warning") if c[0] == "kind_of_other_sender"] == [
        ("kind_of_other_sender", "Sheet1!B6")], codes(o)
    assert sql(county_full, "select sum(area_mu), sum(amount) from cur_factors") == [(D(75), D(2400))]
    rows = _summary_rows(county_full, tmp_path, "要素保障")
    head = next(r for r in rows if SOURCE_HEADER in r)
    at = head.index(SOURCE_HEADER)
    assert sorted(r[at] for r in rows[rows.index(head) + 1:] if r[at]) == [
        f"自然资源和规划局6月要素保障.xlsx「Sheet1」第{n}行" for n in (4, 5, 6)]


def test_a_funds_ledger_with_one_parcel_coded_row_over_two_months_says_nothing(county_full: Config) -> None:
    paths = p.funds_may_then_june_one_row_with_a_parcel_code(county_full.inbox)
    [o] = _first_then(county_full, paths)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "财政局", "2026-06", 4), codes(o)
    said = [c for c, _ in codes(o)]
    assert "name_changed" not in said and "rows_gone" not in said, codes(o)
    assert sql(county_full, "select sum(amount) from cur_factors where period = '2026-06'") == [(D(1150),)]
