"""A date typed as yyyymmdd into a cell formatted as a date (20260220 under yyyy/m/d): Excel shows ######## since
the serial lies beyond 9999-12-31, and a library that turns the serial into a date gives an error value or a year
57370.  The clerk typed 20260220, so the cell's own number is what is read (as an unformatted cell's is), and a
number that is no date either way (99999999) is asked about — never an Excel error the clerk did not make, never a
third-party warning."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import pytest

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take


def _west(cell: int, folder: Path) -> Path:
    wb, ws = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    ws["J4"] = cell
    ws["J4"].number_format = "yyyy/m/d"
    return f16._save(wb, folder / "西镇6月固投.xlsx")


def test_yyyymmdd_in_a_date_formatted_cell_is_the_date(county_full: Config) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no library's warning reaches the user
        o = accepted(take(county_full, lambda folder: _west(20260220, folder)), "fai_projects", "西镇", "2026-06", 2)
    assert sql(county_full, "select start_date from cur_fai_projects order by excel_row") == [
        (dt.date(2026, 2, 20),), (dt.date(2026, 5, 6),)]
    assert not [p for p in o.problems if "#VALUE!" in p.line()]


@pytest.mark.parametrize("number", [99999999, 3000000])
def test_a_number_no_date_either_way_is_asked(county_full: Config, number: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        o = rejected(take(county_full, lambda folder: _west(number, folder)))
    said = [p.line() for p in o.problems if p.severity == "error" and p.cell == "J4"]
    assert said, codes(o)
    assert not [line for line in said if "#VALUE!" in line or "Excel错误值" in line], said
    assert str(number) in said[0]


def test_the_feedback_keeps_the_clerks_number(county_full: Config) -> None:
    """The feedback is the clerk's own file marked: the cell holds 99999999 as typed, not an error value that
    would come back as one the clerk never made."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        o = rejected(take(county_full, lambda folder: _west(99999999, folder)))
    assert o.feedback is not None
    with zipfile.ZipFile(o.feedback) as z:
        xml = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"#VALUE!" in x for x in xml)
    assert any(re.search(rb'<c r="J4"[^>]*><v>99999999</v>', x) for x in xml)
