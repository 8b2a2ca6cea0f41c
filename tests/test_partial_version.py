"""A version replaces the whole return, so a new version that lacks rows of the one before says so
(beizeng.intake.feedback.removed_rows): a warning naming the rows dropped, and an error when the file says it
corrects some rows only ("仅更正…其余不变") — read as a whole return it would drop every row it does not list.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.handmade import make
from tests.test_handmade import accepted, one
from tests.test_handmade import take_lazily as take


def _version(folder: Path, keep: list[int], line: str | None = None, name: str = "更正") -> Path:
    """The hand-made land list (make.factors_land_supplied: parcels on rows 4–6, 合计 on row 7) sent again with
    only the parcels ``keep`` (1-based), the area of the first kept one changed, and ``line`` written in row 2."""
    path = make.factors_land_supplied(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for r in (6, 5, 4):
        if r - 3 not in keep:
            ws.delete_rows(r)
    ws.cell(4, 6).value = 60
    ws.delete_rows(3 + len(keep) + 1)  # the 合计 row no longer adds up: a correction list has none
    if line is not None:
        ws["A2"] = line
    new = path.with_name(f"自然资源局工业用地供应（1-6月）{name}.xlsx")
    path.unlink()
    wb.save(new)
    return new


@pytest.mark.parametrize("line", ["说明：仅更正东方光伏二期用地一宗，其余地块不变。", "本次只修改第1宗面积，其他数据同上一版",
                                  "注：只更正有变化的地块，未列出的地块数据不变"])
def test_a_correction_listing_only_the_changed_row_is_asked_and_the_version_before_stays(county_full: Config,
                                                                                          line: str) -> None:
    # given the accepted list of 3 parcels (101.25 亩), then a file saying it corrects one parcel only
    accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)
    [o] = take(county_full, lambda f: _version(f, [1], line))
    # expect: refused with the file's own words quoted and the two parcels it would drop named; 101.25 stays
    assert o.status == "rejected"
    [err] = [p for p in o.problems if p.severity == "error"]
    assert err.code == "partial_version"
    said = unicodedata.normalize("NFKC", line.split("：")[-1].rstrip("。"))  # the line as read: full-width folded
    assert said in err.message and "6105992026B00012" in err.message  # the parcels by their key (no name column read)
    assert "6105992026B00013" in err.message
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


def test_the_correction_line_written_under_the_rows_counts_too(county_full: Config, tmp_path: Path) -> None:
    # given the accepted list, then one parcel re-sent with its 说明 line under the row (a note row among the data,
    # as a clerk adds it below the table) — found by a reviewer who had not read the code: it was accepted whole
    accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)

    def below(folder: Path) -> Path:
        path = _version(folder, [1])
        wb = openpyxl.load_workbook(path)
        wb.active["A5"] = "说明：仅更正以上地块，其余地块数据不变"
        wb.save(path)
        return path

    [o] = take(county_full, below)
    # expect: asked as when the line is above, the 3 parcels stay
    assert o.status == "rejected" and [p.code for p in o.problems if p.severity == "error"] == ["partial_version"]
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


def test_a_new_version_without_a_row_is_read_and_names_the_row_it_drops(county_full: Config) -> None:
    # given the accepted list, then a whole new version without parcel 3 and no word about it
    accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)
    o = accepted(take(county_full, lambda f: _version(f, [1, 2], "填报单位：县自然资源局", "修订")),
                 "factors", "自然资源局", "2026-06", 2)
    # expect: read (a parcel may really be withdrawn), with a warning naming the parcel dropped
    [warn] = [p for p in o.problems if p.code == "rows_removed"]
    assert warn.severity == "warning" and "6105992026B00013" in warn.message and "少了1行" in warn.message
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("90")


def test_a_first_version_or_one_with_every_row_says_nothing(county_full: Config) -> None:
    o = accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)
    assert [p.code for p in o.problems if p.code in ("rows_removed", "partial_version")] == []
    o = accepted(take(county_full, lambda f: _version(f, [1, 2, 3], "说明：仅更正第1宗面积，其余不变")),
                 "factors", "自然资源局", "2026-06", 3)
    assert [p.code for p in o.problems if p.code in ("rows_removed", "partial_version")] == []
