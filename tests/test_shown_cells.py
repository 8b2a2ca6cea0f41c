"""What an .xlsx or .xls shows that calamine's values do not (beizeng.intake.reader.error_values,
hand_hidden_rows): an Excel error value is said on its cell as the error it shows, never a blank to fill in nor a
figure gone without a word; a row hidden by hand is set aside with a warning, while a filter's or an outline's
hidden rows stay rows.  The .xls copies are written with xlwt (BIFF8, as Excel 97–2003 and WPS save them).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlwt

from beizeng.base.config import Config
from tests.handmade import make
from tests.test_handmade import accepted, one
from tests.test_handmade import take_lazily as take


def _land(folder: Path, cells: dict[str, object] | None = None, hide: tuple[int, ...] = (),
          outline: bool = False, autofilter: bool = False) -> Path:
    """The hand-made land list (make.factors_land_supplied: header row 3, parcels on rows 4–6 of 52.5, 30 and 18.75
    亩, 合计 row 7) with cells overwritten as the clerk's Excel left them and rows hidden."""
    path = make.factors_land_supplied(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for ref, value in (cells or {}).items():
        ws[ref] = value
    for r in hide:
        ws.row_dimensions[r].hidden = True
        if outline:
            ws.row_dimensions[r].outlineLevel = 1
    if autofilter:
        ws.auto_filter.ref = "A3:H7"
    wb.save(path)
    return path


def _said(o: object, code: str) -> list[tuple[str, str]]:
    return [(p.severity, p.cell) for p in o.problems if p.code == code]  # type: ignore[attr-defined]


def test_an_error_value_in_a_figure_a_row_needs_refuses_the_file_in_its_own_words(county_full: Config) -> None:
    # given a parcel's area (needed for every parcel) shown as #REF! — a formula whose cells were deleted
    [o] = take(county_full, lambda f: _land(f, {"F5": "#REF!"}))
    # expect: refused on F5 with the error value named, not "没有填写供地面积" as if the clerk had left it blank
    assert o.status == "rejected"
    [err] = [p for p in o.problems if p.severity == "error"]
    assert (err.code, err.cell) == ("excel_error", "F5")
    assert "#REF!" in err.message and "引用的单元格已被删除" in err.message
    assert one(county_full, "select count(*) from cur_factors") == 0


def test_an_error_value_in_an_optional_figure_is_a_warning_and_the_rest_is_read(county_full: Config) -> None:
    # given a parcel's price (optional for land) shown as #DIV/0!
    o = accepted(take(county_full, lambda f: _land(f, {"G6": "#DIV/0!"})), "factors", "自然资源局", "2026-06", 3)
    # expect: a warning on G6 naming the error, the areas read as before, G6 read as not given
    assert _said(o, "excel_error") == [("warning", "G6")]
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")
    assert one(county_full, "select count(amount) from cur_factors") == 2


def test_an_error_value_in_a_words_column_asks_for_its_words_not_a_number(county_full: Config) -> None:
    # given a parcel's 电子监管号 (a code, not a figure) shown as #REF!
    [o] = take(county_full, lambda f: _land(f, {"B5": "#REF!"}))
    [said] = [p for p in o.problems if p.code == "excel_error"]
    # expect: the cell named with what it should hold (内容), never "读不到数字 / 直接填写数字"
    assert said.cell == "B5" and "读不到内容" in said.message and "数字" not in said.message + said.fix


def test_a_row_hidden_by_hand_is_set_aside_with_a_warning(county_full: Config) -> None:
    # given parcel 2 (row 5, 30 亩) hidden by hand: the sheet shows 52.5 + 18.75
    o = accepted(take(county_full, lambda f: _land(f, hide=(5,))), "factors", "自然资源局", "2026-06", 2)
    # expect: row 5 set aside with a warning that says how to bring it back; the 合计 (101.25) no longer agrees
    assert ("warning", "第5行") in _said(o, "hidden_row")
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("71.25")


@pytest.mark.parametrize("how", ["outline", "autofilter"])
def test_rows_an_outline_or_a_filter_hides_are_still_rows(county_full: Config, how: str) -> None:
    # given the same row hidden as a collapsed outline's detail, or by a filter: the clerk's view, not a deletion
    o = accepted(take(county_full, lambda f: _land(f, hide=(5,), outline=how == "outline",
                                                    autofilter=how == "autofilter")),
                 "factors", "自然资源局", "2026-06", 3)
    assert _said(o, "hidden_row") == []
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


def _land_xls(folder: Path, errors: dict[tuple[int, int], str] | None = None, hide: tuple[int, ...] = (),
              outline: bool = False, held_in_yuan: str = "") -> Path:
    """The same land list saved as an .xls: ``errors`` (1-based row, column) → the error value the cell shows;
    ``held_in_yuan`` a number format under which column G (成交价（万元）, 合计 included) holds 元 and shows 万元."""
    made = folder.parent / "made"  # outside the inbox
    made.mkdir(exist_ok=True)
    source = openpyxl.load_workbook(make.factors_land_supplied(made)).active
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(source.title)
    errors = errors or {}
    for row in source.iter_rows():
        for cell in row:
            if (cell.row, cell.column) in errors:
                ws.row(cell.row - 1).set_cell_error(cell.column - 1, errors[(cell.row, cell.column)])
            elif held_in_yuan and cell.column == 7 and isinstance(cell.value, int | float):
                ws.write(cell.row - 1, 6, cell.value * 10000, xlwt.easyxf(num_format_str=held_in_yuan))
            elif cell.value is not None:
                ws.write(cell.row - 1, cell.column - 1, cell.value)
    for r in hide:
        ws.row(r - 1).hidden = True
        ws.row(r - 1).level = 1 if outline else 0
    path = folder / "自然资源局供地.xls"
    book.save(str(path))
    return path


def test_an_xls_error_value_is_said_on_its_cell_as_in_an_xlsx(county_full: Config) -> None:
    # given the .xls copy with an area shown as #REF! (F5, needed) and a price as #DIV/0! (G6, optional): calamine
    # reads both as empty cells
    [o] = take(county_full, lambda f: _land_xls(f, {(5, 6): "#REF!", (6, 7): "#DIV/0!"}))
    # expect: refused on F5 in the error's own words (not "没有填写供地面积"), G6 a warning naming #DIV/0!
    assert o.status == "rejected"
    assert _said(o, "excel_error") == [("error", "F5"), ("warning", "G6")]
    [err] = [p for p in o.problems if p.code == "excel_error" and p.cell == "F5"]
    assert "#REF!" in err.message
    assert not [p for p in o.problems if p.cell == "F5" and p.code != "excel_error"]


def test_an_xls_row_hidden_by_hand_is_set_aside(county_full: Config) -> None:
    # given the .xls copy with parcel 2 (row 5, 30 亩) hidden by hand
    o = accepted(take(county_full, lambda f: _land_xls(f, hide=(5,))), "factors", "自然资源局", "2026-06", 2)
    # expect: set aside with a warning, as in an .xlsx: the sheet shows 52.5 + 18.75
    assert ("warning", "第5行") in _said(o, "hidden_row")
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("71.25")


def test_an_xls_outlines_collapsed_rows_are_still_rows(county_full: Config) -> None:
    # given the same row hidden as a collapsed outline's detail (level 1): the clerk's view, not a deletion
    o = accepted(take(county_full, lambda f: _land_xls(f, hide=(5,), outline=True)), "factors", "自然资源局",
                 "2026-06", 3)
    assert _said(o, "hidden_row") == []
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


@pytest.mark.parametrize("code", ["0!.0000", "0!.0,"])
def test_an_xls_figure_held_in_yuan_shown_in_wan_is_read_as_shown_with_its_total(county_full: Config,
                                                                                   code: str) -> None:
    # given the .xls copy whose 成交价（万元） cells, 合计 included, hold 元 (10,500,000) under a format showing 万元
    # (1050.0000 / 1050.0): what the clerk and the county saw was 1,050 万元 (before session 23 an .xls's number
    # formats were not read: 要素保障 stored 10,500,000 万元 without a word)
    o = accepted(take(county_full, lambda f: _land_xls(f, held_in_yuan=code)), "factors", "自然资源局", "2026-06", 3)
    # expect: read as shown and said once on the column; the 合计 (G7, held 16,500,000) agrees as shown
    assert one(county_full, "select sum(amount) from cur_factors") == Decimal("1650")
    [said] = [p for p in o.problems if p.code == "read_as_shown"]
    assert said.cell == "G4" and "10500000" in said.message.replace(",", "") and code in said.message
    assert not [p for p in o.problems if p.code.startswith("total_") and p.severity != "info"]
