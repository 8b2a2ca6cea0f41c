"""A note's numbered lines under the table, each alone in column A, are the note's — never records
(tests/handmade/note_items.py; hostile check F11, session 27)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from beizeng.base.config import Config
from tests.handmade import note_items as n
from tests.test_handmade import accepted, codes, sql
from tests.test_handmade import take_lazily as take


@pytest.mark.parametrize(("maker", "notes"), [
    (n.notes_numbered_with_points, [10, 11]),
    (n.notes_numbered_every_way, [10, 11, 12, 13]),
], ids=["points", "every_way"])
def test_every_numbered_line_under_a_note_is_the_notes(county_full: Config, maker: Callable[[Path], Path],
                                                       notes: list[int]) -> None:
    o = accepted(take(county_full, maker), "fai_projects", "西镇", "2026-06", 3)
    # no refusals, and the 合计's 3个 agrees with the three projects (row 11 once made it 4: total_count)
    assert not [c for c, _ in codes(o, "error", "warning")], codes(o)
    said = [p.row for p in o.problems if p.code == "note_row"]
    assert sorted(said) == notes, [p.line() for p in o.problems if p.code == "note_row"]
    assert sql(county_full, "select count(*), sum(invest_cum) from cur_fai_projects where township = '西镇'") \
        == [(3, 7700)]


def test_a_project_typed_under_the_note_is_still_a_record(county_full: Config) -> None:
    # given all of a fourth project's cells under 注：1.…: expect it read and stored (four projects, 8,000 万元)
    [o] = take(county_full, n.notes_then_a_project_written_under_them)
    assert sql(county_full, "select count(*), sum(invest_cum) from cur_fai_projects where township = '西镇'") \
        == [(4, 8000)], codes(o)


def test_a_numbered_heading_under_a_note_still_heads_the_rows_below_it(county_full: Config) -> None:
    # given 2.扩建项目 (no sentence marks) right under 注：以上项目均已入库: expect 光伏 read as 扩建, not 新建
    [o] = take(county_full, n.heading_under_a_note)
    assert sql(county_full, "select name, nature from cur_fai_projects where township = '西镇' order by name") == [
        ("西镇丰源饲料项目", "新建"), ("西镇新能光伏电站项目", "扩建"), ("西镇酒业扩建项目", "新建")], codes(o)
