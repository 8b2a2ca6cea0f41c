"""A year only inferred never silently replaces another year's return (beizeng/intake/inferred_year.py), and a
return of a month not sent alone is refused for that one reason (identify._column_errors).

The returns are probe p30's hand-made ones (tests/handmade/probe30.py): 统计局's lists of 2026, 2027 and 2028, the
clock in March 2028, each file dated the day it was sent — the only clue to a year a title leaves out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import probe30 as p
from tests.handmade.probe30 import ENT, _save, ent, ent_book, fai
from tests.test_handmade import codes, sql
from tests.test_probe30 import in_2028 as in_2028  # noqa: F401  (the clock in March 2028)

ALL = "select period, sum(output_cum) from cur_enterprise_output group by 1 order by 1"
pytestmark = pytest.mark.usefixtures("in_2028")


def _in(cfg: Config, *makers: object) -> list[Outcome]:
    out = []
    for make in makers:
        make(cfg.inbox)  # type: ignore[operator]
        [o] = ingest(cfg)
        out.append(o)
    return out


def _yearless(period: str, figs: p.Figs, sent: dt.datetime, file: str):  # type: ignore[no-untyped-def]
    m = int(period[5:])

    def make(folder: Path) -> Path:
        return _save(ent_book(period, figs, title=f"1-{m}月规模以上工业企业主要经济指标"), folder / file, sent)

    return make


def test_old_return_resent_without_a_year_is_refused_naming_both_years_and_the_file(county_full: Config) -> None:
    _in(county_full, ent("2026-06"), ent("2027-06"))
    [o] = _in(county_full, p.ent_jun26_resent_no_year)
    assert o.status == "rejected" and [c for c, _ in codes(o, "error")] == ["year_inferred_conflict"], codes(o)
    [x] = [x for x in o.problems if x.code == "year_inferred_conflict"]
    assert "按收到日期（2028年3月10日）推定为2027年1-6月" in x.message, x.message
    assert "3条中有3条的数字与已入库的2026年1-6月报表《统计局2026年1-6月规上企业.xlsx》一分不差" in x.message, x.message
    assert "《统计局2027年1-6月规上企业.xlsx》不被替换" in x.message, x.message
    assert x.fix.startswith("在标题写明年份，如“2026年1-6月”"), x.fix
    # compared with no other period of the wrong year, the inferred year not said twice
    assert not {"year_inferred", "last_year_differs", "name_changed"} & {c for c, _ in codes(o)}, codes(o)
    assert sql(county_full, ALL) == [("2026-06", D(15400)), ("2027-06", D(16800))]


def test_a_last_year_column_two_years_back_says_the_return_is_last_years(county_full: Config) -> None:
    # 1-3月 2027 revised in every row, resent yearless on 2028-03-10: by its date 1-3月 2028, but its 上年同期
    # (2,000 / 1,500 / 4,000) is 1-3月 2026's stored figures, not 1-3月 2027's (2,300 / 1,600 / 4,200)
    _in(county_full, ent("2026-03"), ent("2027-03"), ent("2028-03"))
    revised = ((850, 620, 1650), (2350, 1620, 4250), ENT["2027-03"][2])
    [o] = _in(county_full, _yearless("2027-03", revised, dt.datetime(2028, 3, 10, 9), "统计局1-3月规上企业（修订）.xlsx"))
    assert o.status == "rejected" and [c for c, _ in codes(o, "error")] == ["year_inferred_conflict"], codes(o)
    [x] = [x for x in o.problems if x.code == "year_inferred_conflict"]
    assert "「上年同期累计工业总产值」一栏3条中有3条就是已入库的2026年1-3月报表《统计局2026年1-3月规上企业.xlsx》" \
           "的「1-N月累计工业总产值」：上年同期是2026年的" in x.message, x.message
    assert "本表是2027年1-3月的报表" in x.message and "《统计局2028年1-3月规上企业.xlsx》不被替换" in x.message, x.message
    assert x.fix.startswith("在标题写明年份，如“2027年1-3月”"), x.fix
    assert sql(county_full, ALL) == [("2026-03", D(7500)), ("2027-03", D(8100)), ("2028-03", D(8800))]


def test_a_yearless_correction_replacing_a_version_with_its_year_written_is_said(county_full: Config) -> None:
    _in(county_full, ent("2027-02"), ent("2028-02"))
    fixed = ((900, 650, 1500), (1700, 1150, 2800), ENT["2028-02"][2])  # 东川电子 1,100 → 1,150
    [o] = _in(county_full, _yearless("2028-02", fixed, dt.datetime(2028, 3, 8, 9), "统计局1-2月规上企业（更正）.xlsx"))
    assert o.status == "accepted" and o.period == "2028-02", codes(o)
    [x] = [x for x in o.problems if x.code == "year_inferred_replaces"]
    assert x.severity == "warning" and "将替换已入库的2028年1-2月报表《统计局2028年1-2月规上企业.xlsx》" in x.message, x
    assert "2027年1-2月" in x.fix, x.fix
    assert sql(county_full, ALL) == [("2027-02", D(5100)), ("2028-02", D(5650))]


def test_yearless_returns_with_no_other_year_in_their_figures_are_read_quietly(county_full: Config) -> None:
    # the same figures as the 2028 version in (sent again without a year): nothing replaced, nothing to say
    _in(county_full, ent("2027-02"), ent("2028-02"))
    [o] = _in(county_full, p.ent_feb28_no_year)
    assert o.status == "accepted" and o.period == "2028-02", codes(o)
    assert not {"year_inferred_conflict", "year_inferred_replaces"} & {c for c, _ in codes(o)}, codes(o)
    # a first 1-3月 2028 with no year and its 上年同期 1-3月 2027's: read as inferred, only the year noted
    [o] = _in(county_full, _yearless("2028-03", ENT["2028-03"], dt.datetime(2028, 4, 6, 9), "统计局1-3月规上企业.xlsx"))
    assert o.status == "accepted" and o.period == "2028-03", codes(o)
    assert [c for c, _ in codes(o, "error", "warning") if c.startswith("year_")] == [], codes(o)
    assert ("year_inferred", "1-3月!") in codes(o, "info")


def _fai_january(folder: Path) -> Path:
    """东镇's project list of 1月 2028, 完成投资 over “本月 | 1月” (the month twice, no 1-N月累计)."""
    wb = p._fai("2028-01", [(p.P2, 300, 300), (p.P3, 500, 500)])
    wb.active.cell(4, 12, "1月")
    return _save(wb, folder / "东镇2028年1月项目.xlsx", dt.datetime(2028, 2, 6, 9))


@pytest.mark.parametrize("make", [fai("2028-01", [(p.P2, 300, 300), (p.P3, 500, 500)]), _fai_january],
                         ids=["本月|累计", "本月|1月"])
def test_january_alone_of_a_ledger_is_refused_for_that_alone(county_full: Config, make: object) -> None:
    # fixed-asset investment has no January return: one error, never the 本月/1月 column questions it causes
    [o] = _in(county_full, make)
    assert o.status == "rejected" and [c for c, _ in codes(o, "error")] == ["period_not_reported"], codes(o)
    [x] = o.problems if len(o.problems) == 1 else [x for x in o.problems if x.code == "period_not_reported"]
    assert "1月不单独报送" in x.message and x.fix == "把1月的数据并入1-2月报送", x
