"""Second variants of the classes probes 19 and 20 found (tests/test_probe19.py, tests/test_probe20.py): a land
ledger's keyless later payment said as 尾款 (folded) or as a project's 二期 (asked, never folded); a point inside a
closed-off item written 措施三、2; a workbook whose picture sits beside figures typed in cells (no photo of a table);
a reformed department name that two configured departments fit (asked)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import xlsxwriter

from beizeng.base.config import Config
from beizeng.intake.normalise import parse_section
from schemas.progress_notes import PARTS, section_valid
from tests.handmade import fresh18 as f18
from tests.handmade import probe20 as p20
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.test_handmade import codes, rejected, sql
from tests.test_handmade import take_lazily as take

WORDS = tuple((word, part) for part, said in PARTS.items() for word in said)


def _land(rows: list[list[Any]], folder: Path) -> Path:
    wb, ws = f18._book()
    _title(ws, "2026年1-6月工业用地供应情况", 8)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, [*f18.LAND_HEAD[:5], "供地面积（亩）", "成交价款（万元）", "备注"])
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "自然资源局6月供地.xlsx")


def land_balance_paid_in_two_later_rows(folder: Path) -> Path:
    """三号地块 30 亩 300 首付, then two keyless rows 300 ``第二笔价款`` and 300 ``尾款`` (dated later): one parcel, 900."""
    return _land([[1, dt.date(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 300, "首付"],
                  [None, dt.date(2026, 4, 12), None, None, None, None, 300, "第二笔价款"],
                  [None, dt.date(2026, 5, 12), None, None, None, None, 300, "尾款"],
                  [2, dt.date(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", 45, 1350, None]], folder)


def land_keyless_row_said_a_second_phase(folder: Path) -> Path:
    """A keyless row with 价款 600 and 备注 ``二期`` (a project's second phase, no payment word): no instalment, asked."""
    return _land([[1, dt.date(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 900, None],
                  [None, dt.date(2026, 5, 12), None, None, None, None, 600, "二期"]], folder)


def test_a_balance_paid_over_two_keyless_rows_is_one_parcel(county_full: Config) -> None:
    [o] = take(county_full, land_balance_paid_in_two_later_rows)
    assert (o.status, o.rows) == ("accepted", 2), codes(o)
    assert [c for c, _ in codes(o, "info")].count("instalment_row") == 2, codes(o)
    assert sql(county_full, "select parcel_code, event_date, area_mu, amount from cur_factors order by excel_row") == [
        ("610599-2026-001", dt.date(2026, 3, 12), D(30), D(900)),
        ("610599-2026-002", dt.date(2026, 4, 28), D(45), D(1350))]


def test_a_keyless_row_said_a_second_phase_is_asked_not_folded(county_full: Config) -> None:
    o = rejected(take(county_full, land_keyless_row_said_a_second_phase))
    assert "instalment_row" not in [c for c, _ in codes(o)], codes(o)
    assert sql(county_full, "select count(*) from cur_factors") == [(0,)]


def test_a_point_inside_a_closed_off_item() -> None:
    assert [parse_section(t, WORDS) for t in ("措施三、2", "问题(2)-1", "问题第3条2", "问题31", "问题（三）")] == [
        "三3-2", "二2-1", "二3-2", "二31", "二3"]
    assert all(section_valid(s) for s in ("三3-2", "二31", "61")) and not section_valid("二-1")


def xlsx_with_a_logo_beside_typed_figures(folder: Path) -> Path:
    """A sheet with a picture (a logo) and figures typed in cells under no known header: no photo of a table."""
    img = folder.parent / "logo.png"
    img.write_bytes(p20._png(16, 16))
    path = folder / "西镇6月其他.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["甲", "乙"])
    ws.write_row(1, 0, [1, 2])
    ws.insert_image(3, 3, str(img))
    wb.close()
    return path


def test_a_logo_beside_figures_is_no_picture_of_the_table(county_full: Config) -> None:
    o = rejected(take(county_full, xlsx_with_a_logo_beside_typed_figures))
    assert [c for c, _ in codes(o, "error")] == ["unknown_form"], codes(o)


def test_a_photo_workbook_names_the_picture_and_the_fix(county_full: Config) -> None:
    o = rejected(take(county_full, p20.xlsx_whose_only_sheet_is_a_pasted_photo))
    [e] = [x for x in o.problems if x.severity == "error"]
    assert e.code == "picture_table" and "Sheet1" in e.message and ".xlsx" in e.fix, e.line()
