"""A 重点工作进展 whose place in the report is written over two columns: the part's heading (6.园区要素, 三、下一步措施)
in one, the item's number in a 序号 column beside it (round 16: tests/test_handmade_fresh16.py has it merged down,
（六） bracketed).  Here the heading is typed on every row; and a 序号 counting the rows straight through is no
item number, so the heading alone is asked about, never read as an invented place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from beizeng.base.config import Config
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take

ITEMS = [("6.园区要素", "园区规划修编", "总体规划修编已通过专家评审。"), ("6.园区要素", "污水处理厂建设", "主体完工。"),
         ("三、下一步措施", "抓项目开工", "确保7月底前全部开工。")]


def _notes(numbers: list[int]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        wb, ws = f16._book()
        f16._title(ws, "2026年1-6月工业倍增重点工作进展", 4)
        f16._put(ws, 2, 1, ["部分", "序号", "标题", "内容"])
        for r, ((part, title, text), n) in enumerate(zip(ITEMS, numbers, strict=True), 3):
            f16._put(ws, r, 1, [part, n, title, text])
        return f16._save(wb, folder / "工信局6月重点工作.xlsx")
    return make


def test_heading_on_every_row_and_its_items(county_full: Config) -> None:
    o = accepted(take(county_full, _notes([1, 2, 1])), "progress_notes", "工信局", "2026-06", 3)
    assert sql(county_full, "select section, title from cur_progress_notes order by excel_row") == [
        ("61", "园区规划修编"), ("62", "污水处理厂建设"), ("三1", "抓项目开工")]
    [note] = [p.line() for p in o.problems if p.code == "section_with_item"]
    assert "第3行" in note and "序号" in note


def test_a_serial_counting_the_rows_is_no_item_number(county_full: Config) -> None:
    o = rejected(take(county_full, _notes([1, 2, 3])))
    assert {c for c, _ in codes(o, "error")} >= {"section_format"}
    assert sql(county_full, "select count(*) from cur_progress_notes") == [(0,)]
