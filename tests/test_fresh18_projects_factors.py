"""Round 18's classes on projects and 要素保障 beyond the one return each of tests/test_handmade_fresh18.py shows: a
record under a county-wide key in two senders' returns (same figures kept once, other figures asked, both in one
batch), a 是否X flag answered in the words of its own question, a dated event after the period's end (a fund's
too), and a parcel paid over rows (area repeated; a copy of the row is still asked)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.conftest import indicator, ingest
from tests.handmade import fresh16 as f16
from tests.handmade import fresh18 as f18
from tests.handmade.cells import put, save, title
from tests.test_handmade import accepted, codes, ind, sql

D = Decimal


def _both(folder: Path, east_border: tuple[object, ...], west_border: tuple[object, ...], *,
          west_beside: bool = False) -> list[Path]:
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, [*f16.EAST, east_border])
    first = save(wb, folder / "东镇6月固投.xlsx")
    wb2, ws2 = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws2, [*f16.WEST, west_border])
    return [first, save(wb2, (folder if west_beside else folder.parent) / "西镇6月固投.xlsx")]


def test_project_in_both_towns_with_other_figures_is_asked(county_full: Config) -> None:
    east, west = _both(county_full.inbox, f18.BORDER, f16._with(f18.BORDER, month=100, cum=500))
    assert [o.status for o in ingest(county_full)] == ["accepted"]
    shutil_copy(west, county_full.inbox)
    [o] = ingest(county_full)
    assert o.status == "rejected"
    [line] = [p.line() for p in o.problems if p.code == "reported_by_other"]
    assert "东镇" in line and "东镇6月固投.xlsx" in line and "第7行" in line and "500" in line and "1,000" in line
    assert ind(county_full, "fai_cum") == pytest.approx(0.30)


def test_project_in_both_towns_in_one_batch_is_counted_once(county_full: Config) -> None:
    _both(county_full.inbox, f18.BORDER, f18.BORDER, west_beside=True)
    outcomes = ingest(county_full)
    assert sorted(o.status for o in outcomes) == ["accepted", "accepted"]
    assert ind(county_full, "fai_cum") == pytest.approx(0.42)
    said = [p for o in outcomes for p in o.problems if p.code == "reported_by_other"]
    assert len(said) == 1 and said[0].severity == "warning", said
    assert sql(county_full, "select count(*) from cur_fai_projects where project_code = ?", [f18.BORDER[0]]) == [(1,)]


def test_a_resent_return_of_the_same_town_is_no_other_sender(county_full: Config) -> None:
    _both(county_full.inbox, f18.BORDER, f18.BORDER)
    assert [o.status for o in ingest(county_full)] == ["accepted"]
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, [*f16.EAST, f16._with(f18.BORDER, month=300, cum=1100)])
    save(wb, county_full.inbox / "东镇6月固投（更正）.xlsx")
    [o] = ingest(county_full)
    assert o.status in ("accepted", "replaced") and "reported_by_other" not in [c for c, _ in codes(o)], codes(o)
    assert ind(county_full, "fai_cum") == pytest.approx(0.31)


def shutil_copy(path: Path, folder: Path) -> None:
    (folder / path.name).write_bytes(path.read_bytes())


@pytest.mark.parametrize(("yes", "no"), [("是技改项目", "非技改项目"), ("属于", "不属于技改"), ("技改", "不属")])
def test_tech_flag_in_the_words_of_its_question(county_full: Config, tmp_path: Path, yes: str, no: str) -> None:
    head = [*f16.FAI]
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府", head=head)
    f16._fai_rows(ws, [f16._with(f16.EAST[0], tech=yes), f16._with(f16.EAST[1], tech=no)])
    path = save(wb, county_full.inbox / "东镇6月固投.xlsx")
    assert path.exists()
    o = accepted(ingest(county_full), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, "select is_tech from cur_fai_projects order by excel_row") == [(True,), (False,)], codes(o)


def _land_book(rows: list[list[object]], head_area: str = "供地面积（亩）", item_title: str = "工业用地供应情况") -> openpyxl.Workbook:
    wb = f18._land(f"2026年1-6月{item_title}", [])
    ws = wb.active
    put(ws, 3, 1, [*f18.LAND_HEAD[:5], head_area, "成交价款（万元）"])
    for r, row in enumerate(rows, 4):
        put(ws, r, 1, row)
    return wb


def test_parcel_paid_over_rows_with_its_area_repeated(county_full: Config) -> None:
    rows = [[1, dt.date(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 600],
            [2, dt.date(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", 45, 1350],
            [3, dt.date(2026, 6, 2), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 300]]
    save(_land_book(rows), county_full.inbox / "自然资源局6月供地.xlsx")
    o = accepted(ingest(county_full), "factors", "自然资源局", "2026-06", 2)
    assert sql(county_full, "select parcel_code, event_date, area_mu, amount from cur_factors order by excel_row") == [
        ("610599-2026-001", dt.date(2026, 3, 12), D(30), D(900)), ("610599-2026-002", dt.date(2026, 4, 28), D(45), D(1350))]
    [note] = [p.line() for p in o.problems if p.code == "instalment_row"]
    assert "第6行" in note and "第4行" in note and "900" in note


def test_parcel_row_copied_whole_is_still_asked(county_full: Config) -> None:
    row = [1, dt.date(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 900]
    save(_land_book([row, [2, *row[1:]]]), county_full.inbox / "自然资源局6月供地.xlsx")
    [o] = ingest(county_full)
    assert o.status == "rejected" and ("duplicate_key", "Sheet1!D5") in codes(o, "error"), codes(o)


def test_parcel_rows_of_other_areas_under_one_code_are_asked(county_full: Config) -> None:
    rows = [[1, dt.date(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 900],
            [2, dt.date(2026, 5, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 12, 400]]
    save(_land_book(rows), county_full.inbox / "自然资源局6月供地.xlsx")
    [o] = ingest(county_full)
    assert o.status == "rejected" and [c for c, _ in codes(o, "error")] == ["duplicate_key"], codes(o)


def test_fund_disbursed_after_the_period_is_said_and_not_counted(county_full: Config) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    title(ws, "2026年1-6月工业发展资金筹集拨付情况", 4)
    put(ws, 2, 1, ["填报单位：县财政局", None, None, "单位：万元"])
    put(ws, 3, 1, ["日期", "事项", "摘要", "金额"])
    put(ws, 4, 1, [dt.date(2026, 3, 12), "工业发展资金筹集", "县政府常务会议审议通过", 2000])
    put(ws, 5, 1, [dt.date(2026, 7, 2), "工业发展资金拨付", "标准化厂房入驻奖补", 300])
    save(wb, county_full.inbox / "财政局6月资金.xlsx")
    # why: the July disbursement is said on its date as not June's; the ledger is taken and 1-6月 counts only March's
    # raising (a warning: a ledger sent in July with July's first event added is a habit, not an error)
    [o] = ingest(county_full)
    assert ("event_after_period", "Sheet!A5") in codes(o, "warning"), codes(o)
    assert o.status == "accepted"
    assert sql(county_full, "select count(*) from cur_factors") == [(2,)]  # the ledger as sent
    assert indicator(county_full, "dev_fund_disbursed", "2026-06") in (None, 0)  # July's 300 is not 1-6月's
