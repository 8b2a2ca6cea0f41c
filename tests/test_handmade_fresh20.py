"""Round 20 of outside returns (tests/handmade/fresh20.py): a second year across January, WPS's habits, a county of
thirty townships whose names overlap.  What a careful person takes from each return; where beizeng differs today the
test is ``xfail(strict=True)`` with what it does instead (silent wrong figures first)."""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome
from tests.conftest import indicator, ingest
from tests.handmade import fresh20 as f
from tests.test_handmade import codes, drop, rejected, sql, take


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """A county of thirty townships (fresh20.BIG_TOWNSHIPS), senders as tests/county.py."""
    path = f.write_big_config(tmp_path / "big")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


def _first_then(cfg: Config, paths: list[Path]) -> list[Outcome]:
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


def _lines(o: Outcome) -> str:
    return "\n".join(p.line() for p in o.problems)


# ---- 1. a second year ----------------------------------------------------------------------------------------------

def test_feb27_growth_is_the_returns_own_last_year(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, f.ent_feb26_then_feb27_last_year_typed_differently(county_full.inbox))
    assert (o.status, o.period, o.rows) == ("accepted", "2027-02", 3), codes(o)
    # 5,100 ÷ 4,860 − 1 = 4.938 %
    assert indicator(county_full, "output_yoy_pct", "2027-02") == pytest.approx(100 * (5100 / 4860 - 1))
    said = [str(m) for (m,) in sql(county_full, "select message from crosscheck_warnings where period = '2027-02' "
                                           "and code = 'ly_mismatch'")]
    assert len(said) == 1 and "东川电子科技有限公司" in said[0] and "960" in said[0] and "900" in said[0], said


def test_feb27_last_year_disagreement_names_the_file_and_cell(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, f.ent_feb26_then_feb27_last_year_typed_differently(county_full.inbox))
    said = [str(m) for (m,) in sql(county_full, "select message from crosscheck_warnings where period = '2027-02'")]
    in_file = [c for c in codes(o) if c[1].endswith("!J5")]
    assert in_file or any("统计局2027年1-2月规上企业.xlsx" in m and "J5" in m for m in said), (codes(o), said)


def test_dec26_to_feb27_renamed_new_and_closed(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, f.ent_dec26_then_feb27_renamed_new_and_closed(county_full.inbox))
    assert (o.status, o.period, o.rows) == ("accepted", "2027-02", 4), codes(o)
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2027-02'") == [
        (D(5700),)]
    # growth over the three firms on both lists: 5,400 ÷ 5,100 − 1
    assert indicator(county_full, "output_yoy_pct", "2027-02") == pytest.approx(100 * (5400 / 5100 - 1))


def test_dec26_to_feb27_rename_and_the_firm_gone_are_said(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, f.ent_dec26_then_feb27_renamed_new_and_closed(county_full.inbox))
    text = _lines(o)
    assert "东川陶瓷集团有限公司" in text and "西川果业加工有限公司" in text, codes(o)


def test_feb27_under_last_years_title_never_replaces_feb26(county_full: Config, in_2027: None) -> None:
    outs = _first_then(county_full, f.ent_feb27_with_last_years_title(county_full.inbox))
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output where period = '2026-02'") == [
        (D(4800),)], [(o.status, o.period, codes(o)) for o in outs]
    [o] = outs
    assert o.status == "rejected" or o.period == "2027-02", (o.status, o.period, codes(o))


def test_feb27_project_cumulative_carried_over_from_2026_is_asked(county_full: Config, in_2027: None) -> None:
    outs = _first_then(county_full, f.fai_dec26_then_feb27_cumulative_carried_over(county_full.inbox))
    [o] = outs
    stored = sql(county_full, "select sum(invest_cum) from cur_fai_projects where period = '2027-02'")
    assert stored in ([(None,)], []) or stored[0][0] != D(17000), (o.status, codes(o), stored)
    assert any(cell.startswith("Sheet1!N") for _, cell in codes(o, "error", "warning")), codes(o)


def test_targets_2027_with_a_2026_year_column_never_replace_2026s(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, f.targets_2027_with_last_years_year_column(county_full.inbox))
    assert sql(county_full, "select value from cur_targets where indicator = 'output_target' and scope = '测试县' "
                            "and year = 2026") == [(D(24),)], (o.status, o.period, codes(o))
    assert o.status == "rejected" or (o.period == "2027" and codes(o, "warning")), (o.status, o.period, codes(o))


# ---- 2. WPS --------------------------------------------------------------------------------------------------------

def test_et_that_is_no_biff_is_sent_back_saying_save_as_xlsx(county_full: Config) -> None:
    o = rejected(take(county_full, f.et_that_is_no_biff))
    text = _lines(o)
    assert "internal_error" not in [c for c, _ in codes(o)], codes(o)
    assert "另存为" in text and "xlsx" in text.lower(), text
    # in the clerk's words, never the reading library's English (lead's mend: reader._unreadable)
    words = " ".join(p.message + p.fix for p in o.problems)
    assert "WPS 表格自己的格式（.et）" in words and not re.search(r"[A-Za-z]{4,}", words.replace("WPS", "").replace(
        "Excel", "").replace("xlsx", "")), words


def test_et_that_is_an_xlsx_is_read(county_full: Config) -> None:
    [o] = take(county_full, f.et_that_is_an_xlsx)
    assert (o.status, o.form, o.rows) == ("accepted", "enterprise_output", 3), codes(o)
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output") == [(D(14800),)]


def test_wps_dbnum_formats_and_text_formatted_figures_are_read(county_full: Config) -> None:
    [o] = take(county_full, f.wps_xlsx_dbnum_and_text_formatted_figures)
    assert (o.status, o.rows) == ("accepted", 3), codes(o)
    assert sql(county_full, "select sum(output_month), sum(output_cum), sum(output_cum_last_year) "
                            "from cur_enterprise_output") == [(D(2500), D(14800), D(13800))]


# ---- 3. thirty townships -------------------------------------------------------------------------------------------

def test_big_county_names_as_clerks_write_them_land_right(big: Config) -> None:
    [o] = take(big, f.big_ent_names_written_as_clerks_do)
    assert (o.status, o.rows) == ("accepted", 6), codes(o)
    assert sql(big, "select township, output_cum from cur_enterprise_output order by excel_row") == [
        ("城东街道", D(600)), ("东城镇", D(1200)), ("东城街道", D(1800)), ("新民乡", D(2400)), ("城关街道", D(3000)),
        ("柳林镇", D(3600))]


def test_big_county_ethnic_township_and_zone_short_names(big: Config) -> None:
    outs = take(big, f.big_ent_ethnic_township_and_zone_short)
    [o] = outs
    assert o.status == "accepted", codes(o)
    assert sql(big, "select township from cur_enterprise_output order by excel_row") == [
        ("红星回族乡",), ("青龙满族乡",), ("经济技术开发区",), ("城北工业园区",)]
    # each said as read (lead's mend: names._abridged)
    [note] = [p for p in o.problems if p.code == "word_read_as"]
    assert all(f"“{a}”→“{b}”" in note.message for a, b in [("红星乡", "红星回族乡"), ("青龙乡", "青龙满族乡"),
                                                           ("经开区", "经济技术开发区"), ("城北园区", "城北工业园区")])


def test_big_county_unknown_name_suggests_the_likely_townships(big: Config) -> None:
    # a name that is none of thirty: the fix leads with the likely ones instead of burying them in the list
    [o] = take(big, lambda folder: f._save(f._ent_book("2026年1-6月规上工业企业生产情况", 6, [
        f._firm(0, "第一测试企业有限公司", "东城区")]), folder / "统计局6月规上企业.xlsx"))
    [p] = [p for p in o.problems if p.code == "unknown_name"]
    assert p.fix.startswith("填写以下之一（可能是东城街道、东城镇、城东街道）：") and p.cell == "D4", p.fix


def test_big_county_ethnic_township_and_zone_short_names_never_land_elsewhere(big: Config) -> None:
    [o] = take(big, f.big_ent_ethnic_township_and_zone_short)
    landed = sql(big, "select township from cur_enterprise_output order by excel_row")
    assert all(t in {"红星回族乡", "青龙满族乡", "经济技术开发区", "城北工业园区"} for (t,) in landed), (landed, codes(o))


def test_big_county_shared_short_names_are_asked(big: Config) -> None:
    o = rejected(take(big, f.big_ent_names_two_townships_share))
    assert sorted(cell for _, cell in codes(o, "error")) == ["Sheet1!D4", "Sheet1!D5", "Sheet1!D6"], codes(o)
    text = _lines(o)
    for a, b in [("东城街道", "东城镇"), ("新民乡", "新民街道"), ("凤凰街道", "凤凰山乡")]:
        assert a in text and b in text, text


def test_big_county_park_sends_for_three_townships(big: Config) -> None:
    [o] = take(big, f.big_park_sends_for_three_townships)
    assert (o.status, o.sender, o.rows) == ("accepted", "城北工业园区", 4), codes(o)
    assert sql(big, "select township, sum(invest_cum) from cur_fai_projects group by township order by 1") == sorted([
        ("城北工业园区", D(3000)), ("东城镇", D(2500)), ("新民街道", D(1000))])

