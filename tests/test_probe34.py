"""The outside probe p34 (tests/handmade/probe34.py): FALSE POSITIVES of session 21's refusing rules — clear returns a
careful person reads without doubt, brushing against quarter_figures / quarter_column (a quarter's words on a 1-6月
return), ambiguous_sender (填报单位 with an office, a village, a person, the county, a department's section),
year_inferred_conflict / _replaces (partly or trivially matching another year) and the label columns (单位, 序号).
Each must be accepted with the right figures, sender and period and NO question.  Where beizeng differs today the
test is ``xfail(strict=True)`` with what it does instead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import probe34 as p
from tests.test_handmade import codes, sql
from tests.test_probe30 import in_2028 as in_2028  # noqa: F401  (the clock in March 2028)

Maker = Callable[[Path], Path]
FAI = "select period, sender, invest_month, invest_cum from cur_fai_projects order by excel_row"
ENT = "select period, output_month, output_cum, output_cum_last_year from cur_enterprise_output order by excel_row"
#: the codes of the rules under test: none of them may be said of a clear return
RULES = {"quarter_figures", "quarter_column", "ambiguous_sender", "year_inferred_conflict", "year_inferred_replaces",
         "ambiguous_period", "unknown_sender"}


def _one(cfg: Config, maker: Maker) -> Outcome:
    maker(cfg.inbox)
    [o] = ingest(cfg)
    return o


def _clear(o: Outcome, period: str, sender: str) -> None:
    """Accepted for ``sender`` and ``period``, no error, none of the rules' codes at any severity."""
    assert (o.status, o.period, o.sender) == ("accepted", period, sender), codes(o)
    assert not codes(o, "error") and not RULES & {c for c, _ in codes(o)}, codes(o)


def _june(sender: str = "东镇") -> list[tuple[object, ...]]:
    return [("2026-06", sender, D(600), D(3000)), ("2026-06", sender, D(200), D(1200))]


# ---- once WRONG (fixed in fx34): a figure lost / a clear table refused ------------------------------------------------------------------

def test_last_years_months_in_a_header_are_the_last_year_figure(county_full: Config) -> None:
    o = _one(county_full, p.years_in_headers)
    _clear(o, "2026-06", "统计局")
    assert sql(county_full, ENT) == [("2026-06", D(750), D(4200), D(4000)), ("2026-06", D(520), D(3000), D(2800)),
                                     ("2026-06", D(1400), D(8200), D(7900))]


def test_city_table_county_unit_month_cum_yoy(county_full: Config) -> None:
    o = _one(county_full, p.city_label_unit_month_cum_yoy)
    _clear(o, "2026-06", "统计局")
    assert o.form == "city_comparison", o.form
    got = sql(county_full, "select county, output_cum, output_yoy_pct from cur_city_comparison order by county")
    assert ("测试县", D(154000), D("6.2")) in got, got


# ---- RIGHT: a quarter's words on a return that plainly runs from January --------------------------------------------

@pytest.mark.parametrize("maker", [p.title_q2_in_brackets, p.title_half_year_and_q2, p.title_q2_report_cumulative_header,
                                   p.sheet_q2_under_june_title, p.remark_this_quarter, p.q2_in_file_name])
def test_quarter_words_beside_plain_cumulatives_ask_nothing(county_full: Config, maker: Maker) -> None:
    o = _one(county_full, maker)
    _clear(o, "2026-06", "东镇")
    assert sql(county_full, FAI) == _june()


def test_a_q2_column_beside_the_cumulative_is_only_noted(county_full: Config) -> None:
    o = _one(county_full, p.q2_column_beside_cumulative)
    _clear(o, "2026-06", "东镇")
    assert sql(county_full, FAI) == _june()
    [x] = [x for x in o.problems if x.code == "extra_column"]
    assert x.severity == "info" and "4-6月" in x.message, x.line()


def test_second_half_title_of_a_december_return(county_full: Config, in_2028: None) -> None:
    o = _one(county_full, p.second_half_december)
    _clear(o, "2026-12", "东镇")
    assert sql(county_full, FAI) == [("2026-12", "东镇", D(700), D(9000)), ("2026-12", "东镇", D(300), D(2600))]


# ---- RIGHT: 填报单位 lines naming the right sender plus more ----------------------------------------------------------

@pytest.mark.parametrize("line", ["填报单位：城关镇经发办 张三", "填报单位：城关镇东关村", "填报单位：城关",
                                  "填报单位：城关镇人民政府经济发展办公室", "填报单位：测试县城关镇"])
def test_chengguan_signed_with_office_village_person_or_county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              line: str) -> None:
    path = p.write_chengguan_config(tmp_path / "城关")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    o = _one(cfg, p.chengguan(line))
    _clear(o, "2026-06", "城关镇")
    assert sql(cfg, FAI) == _june("城关镇")


@pytest.mark.parametrize(("maker", "sender", "query", "rows"), [
    (p.east_with_county, "东镇", FAI, _june()),
    (p.bureau_section, "统计局", ENT, [("2026-06", D(750), D(4200), D(4000)), ("2026-06", D(520), D(3000), D(2800)),
                                    ("2026-06", D(1400), D(8200), D(7900))]),
])
def test_county_before_township_and_a_bureaus_section(county_full: Config, maker: Maker, sender: str, query: str,
                                                      rows: list[tuple[object, ...]]) -> None:
    o = _one(county_full, maker)
    _clear(o, "2026-06", sender)
    assert sql(county_full, query) == rows


# ---- RIGHT: years inferred -----------------------------------------------------------------------------------------

def test_two_of_ten_firms_as_last_year_do_not_make_it_last_years(county_full: Config, in_2028: None) -> None:
    _one(county_full, p.ten_firms("2027-02", p.TEN_2027, dt.datetime(2027, 3, 6, 9), "测试县2027年1-2月规模以上工业企业产值"))
    o = _one(county_full, p.ten_firms("2028-02", p.TEN_2028, dt.datetime(2028, 3, 6, 9), "1-2月规模以上工业企业产值"))
    _clear(o, "2028-02", "统计局")
    assert ("year_inferred", "1-2月!") in codes(o, "info")
    got = sql(county_full, "select sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
                           "where period = '2028-02'")
    assert got == [(D(sum(c for _, c, _ in p.TEN_2028)), D(sum(c for _, c, _ in p.TEN_2027)))]


def test_stopped_firms_zeros_equal_to_last_years_zeros_prove_nothing(county_full: Config, in_2028: None) -> None:
    _one(county_full, p.stopped("2027-02", dt.datetime(2027, 3, 6, 9), "测试县2027年1-2月规模以上工业企业产值"))
    o = _one(county_full, p.stopped("2028-02", dt.datetime(2028, 3, 6, 9), "1-2月规模以上工业企业产值"))
    _clear(o, "2028-02", "统计局")
    assert sql(county_full, "select period, count(*), sum(output_cum) from cur_enterprise_output group by 1 order by 1") \
        == [("2027-02", 3, D(0)), ("2028-02", 3, D(0))]


def test_a_yearless_december_list_sent_in_january_is_last_years(county_full: Config, in_2028: None) -> None:
    o = _one(county_full, p.december_projects_sent_in_january)
    _clear(o, "2026-12", "东镇")
    assert ("year_inferred", "项目!") in codes(o, "info")
    assert sql(county_full, FAI) == [("2026-12", "东镇", D(700), D(9000)), ("2026-12", "东镇", D(300), D(2600))]


# ---- RIGHT: a label column left of the counties ---------------------------------------------------------------------

def test_city_table_indicators_down_with_a_unit_column(county_full: Config) -> None:
    o = _one(county_full, p.city_indicators_down)
    _clear(o, "2026-06", "统计局")
    got = sql(county_full, "select county, output_cum, output_yoy_pct, va_yoy_pct from cur_city_comparison "
                           "order by county")
    assert ("测试县", D(154000), D("6.2"), D("7.5")) in got and len(got) == 5, got
