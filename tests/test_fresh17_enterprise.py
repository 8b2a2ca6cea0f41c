"""The classes behind round 17's enterprise-list fixes (tests/test_handmade_fresh17.py), each in a second variant:
a 上年同期 column in another unit than the rest (typed in 元 here, so it is the larger one, yet still the one asked),
the months from January said without a number (自年初累计 over a township's projects) and 本期 under 1-6月, a row
that its own note says has left the list (注销, and "/" for its figures) beside a row with figures and such a note
(a record still) and a stopped firm's blanks (still asked), a firm's own report sent before the bureau's list,
and a note correcting last month said as 上月 — or naming a figure June already holds (nothing to say).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.handmade import fresh17 as f17
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.test_handmade import accepted, codes, drop, one, rejected, sql
from tests.test_handmade import take_lazily as take

D = Decimal
ENT = "select name, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output " \
      "where period = ? order by sheet, excel_row"
ENT_JUNE = [(f[0], D(f[6]), D(f[7]), D(f[8]), D(f[9])) for f in f17.FIRMS]


def _nothing_stored(cfg: Config, form: str) -> None:
    assert sql(cfg, f"select count(*) from cur_{form}") == [(0,)]


# ---- 上年同期 in another unit than the rest of the row ------------------------------------------------------------

def test_last_year_in_yuan_is_asked_on_its_own_column_though_larger(county_full: Config) -> None:
    # 39,000,000 beside 4,200: the larger figure this time, but 1-6月 agrees with 营业收入, so 上年同期 is asked
    def make(folder: Path) -> Path:
        rows = f17._firms()
        for r, f in zip(rows, f17.FIRMS, strict=True):
            r[9] = f[8] * 10000
        wb, _ = f17._ent(rows)
        return _save(wb, folder / "统计局6月规上企业.xlsx")

    o = rejected(take(county_full, make))
    assert ("columns_apart", "Sheet1!J4") in codes(o, "error")
    assert {cell[:8] for _, cell in codes(o, "error")} == {"Sheet1!J"}, codes(o)  # (and out_of_scale, over 1,000 亿)
    [p] = [p for p in o.problems if p.code == "columns_apart"]
    assert "单位不对的应是「上年同期累计工业总产值」" in p.message, p.message
    assert "yoy_out_of_range" not in [c for c, _ in codes(o)]  # no 同比 of -99.99 % beside the question
    _nothing_stored(county_full, "enterprise_output")


def test_revenue_and_output_apart_with_no_third_figure_asks_both(county_full: Config) -> None:
    # no 上年同期 column: nothing vouches for either figure, so both are named for the clerk to check
    def make(folder: Path) -> Path:
        head = [h for i, h in enumerate(f17.ENT) if i != 9]
        rows = [[*r[:9], r[10] / 10000] for r in f17._firms()]
        wb, _ = f17._ent(rows, head=head)
        return _save(wb, folder / "统计局6月规上企业.xlsx")

    o = rejected(take(county_full, make))
    [p] = [p for p in o.problems if p.code == "columns_apart"]
    assert "两栏中必有一栏的单位不对" in p.message and "「1-N月累计营业收入」" in p.fix, (p.message, p.fix)


# ---- the months from January said without a number, 本期 under a range ------------------------------------------

def test_projects_headed_since_the_start_of_the_year(county_full: Config) -> None:
    def make(folder: Path) -> Path:
        head = [*f16.FAI[:-1], "自年初累计完成投资"]
        wb, ws = f16._fai(f16.EAST_TITLE, "东镇", head=head)
        f16._fai_rows(ws, f16.EAST)
        return _save(wb, folder / "东镇6月固投.xlsx")

    accepted(take(county_full, make), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select invest_cum from cur_fai_projects order by excel_row") == [(D(800),), (D(1200),),
                                                                                             (D(0),)]


def test_this_period_and_last_year_under_the_range_only(county_full: Config) -> None:
    # 本月产值 on its own, then 1-6月 merged over 本期 | 上年同期: 本期 is the cumulative
    def make(folder: Path) -> Path:
        wb, ws = f17._book()
        _title(ws, f17.ENT_TITLE, 11)
        _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
        _put(ws, 3, 1, [*f17.ENT[:7], "本月产值", "1-6月", None, "1-6月营业收入"])
        _put(ws, 4, 9, ["本期", "上年同期"])
        for col in "ABCDEFGHK":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("I3:J3")
        for r, f in enumerate(f17.FIRMS, 5):
            _put(ws, r, 1, [r - 4, *f[:6], f[6], f[7], f[8], f[9]])
        return _save(wb, folder / "统计局6月规上企业.xlsx")

    accepted(take(county_full, make), "enterprise_output", "统计局", "2026-06", 4)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE


# ---- a row its own note says has left the list --------------------------------------------------------------------

def _with_notes(folder: Path, extra: list[list[Any]]) -> Path:
    head = [*f17.ENT, "备注"]
    rows = [[*f17._ent_row(i, f), None] for i, f in enumerate(f17.FIRMS, 1)]
    wb, _ = f17._ent([*rows, *extra], head=head)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def test_deregistered_firm_with_slashes_is_no_record_and_named(county_full: Config) -> None:
    gone = [5, "西川砖瓦有限公司", f17.U[1720], "西镇", "3031", "否", "2018-04", "/", "/", "/", "/", "2026年4月已注销"]
    o = accepted(take(county_full, lambda folder: _with_notes(folder, [gone])), "enterprise_output", "统计局",
                 "2026-06", 4)
    assert sql(county_full, ENT, ["2026-06"]) == ENT_JUNE
    [line] = [p.line() for p in o.problems if p.code == "gone_row"]
    assert "第8行" in line and "西川砖瓦有限公司" in line and "已注销" in line, line


def test_firm_with_figures_and_a_merger_note_stays_a_record(county_full: Config) -> None:
    # its figures of the months before the merger are figures: the note does not take them away
    merged = [5, "西川砖瓦有限公司", f17.U[1720], "西镇", "3031", "否", "2018-04", 0, 900, 1500, 950,
              "5月起被西川水泥有限公司吸收合并"]
    accepted(take(county_full, lambda folder: _with_notes(folder, [merged])), "enterprise_output", "统计局",
             "2026-06", 5)
    assert one(county_full, "select output_cum from cur_enterprise_output where name = '西川砖瓦有限公司'") == D(900)


def test_stopped_firm_with_blank_figures_is_still_asked(county_full: Config) -> None:
    # 停产 is no leaving: a firm still on the list whose 1-6月 is not given is a figure missing
    stopped = [5, "西川砖瓦有限公司", f17.U[1720], "西镇", "3031", "否", "2018-04", None, None, None, None, "全年停产"]
    o = rejected(take(county_full, lambda folder: _with_notes(folder, [stopped])))
    assert ("not_nullable", "Sheet1!I8") in codes(o, "error")
    assert "gone_row" not in [c for c, _ in codes(o)]


# ---- a firm's own report ----------------------------------------------------------------------------------------

def test_firms_own_report_before_the_list_is_asked(county_full: Config) -> None:
    # no list in yet: taken as the bureau's it would be June's whole list of one firm
    def make(folder: Path) -> Path:
        f = f17.FIRMS[2]
        wb, _ = f17._ent([f17._ent_row(1, f)], title="西川水泥有限公司2026年1-6月产值", sender="填报单位：西川水泥有限公司")
        return _save(wb, folder / "西川水泥6月.xlsx")

    o = rejected(take(county_full, make))
    assert codes(o, "error") == [("own_report", "Sheet1!B4")]
    [line] = [p.line() for p in o.problems if p.code == "own_report"]
    assert "西川水泥有限公司" in line and "统计局" in line, line
    _nothing_stored(county_full, "enterprise_output")


def test_the_bureaus_one_firm_list_is_its_return(county_full: Config) -> None:
    # signed by the bureau, one firm is the bureau's list of one firm: no own report
    def make(folder: Path) -> Path:
        wb, _ = f17._ent([f17._ent_row(1, f17.FIRMS[2])], sender="填报单位（盖章）：县统计局")
        return _save(wb, folder / "统计局6月规上企业.xlsx")

    accepted(take(county_full, make), "enterprise_output", "统计局", "2026-06", 1)


# ---- a note correcting an earlier month ---------------------------------------------------------------------------

def _june_then_july(folder: Path, note: str, june: list[tuple[Any, ...]] = f17.FIRMS) -> list[Path]:
    wb, _ = f17._ent(f17._firms(june))
    first = _save(wb, folder / "统计局6月规上企业.xlsx")
    fourth = ("西川果业加工有限公司", f17.U[1703], "西镇", "1371", "否", "2021-11", 350, 2450, 2150, 2560)
    wb2, ws2 = f17._ent_month(7, [*f17.JULY, fourth])
    ws2["A9"] = note
    return [first, _save(wb2, folder.parent / "统计局7月规上企业.xlsx")]


def test_note_correcting_last_month_said_as_shang_yue_is_raised(county_full: Config) -> None:
    paths = _june_then_july(county_full.inbox, "说明：西川水泥有限公司上月累计产值更正为7,700万元。")
    o = accepted(take(county_full, lambda _: paths[0]), "enterprise_output", "统计局", "2026-06", 4)
    [o] = drop(county_full, paths[1])
    assert (o.status, o.period) == ("accepted", "2026-07")
    [p] = [p for p in o.problems if p.code == "note_corrects_earlier"]
    assert p.row == 9 and p.severity == "warning"
    assert "7,800" in p.message and "7,700" in p.message and "西川水泥有限公司" in p.message, p.message
    assert one(county_full, "select output_cum from cur_enterprise_output where period = '2026-06' "
                            "and name = '西川水泥有限公司'") == D(7800)


def test_note_giving_the_figure_june_already_holds_says_nothing(county_full: Config) -> None:
    # June was resent with 4,000 before July came: the note is history, not news
    june = [("东川陶瓷有限公司", *f17.FIRMS[0][1:7], 4000, *f17.FIRMS[0][8:]), *f17.FIRMS[1:]]
    paths = _june_then_july(county_full.inbox, "注：东川陶瓷有限公司1-6月工业总产值调整为4,000万元。", june)
    take(county_full, lambda _: paths[0])
    [o] = drop(county_full, paths[1])
    assert o.status == "accepted", codes(o)
    assert "note_corrects_earlier" not in [c for c, _ in codes(o)]
