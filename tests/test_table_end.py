"""A table ends where the table ends: the footer is found by the row's shape after the last data row,
never by a word inside a data cell, and every row under the header is read, or named with its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.intake.ingest import prepare
from beizeng.intake.reader import open_workbook
from beizeng.intake.tables import Table, extract_table
from beizeng.intake.views import find_header
from tests.scenarios import FAI_HEADERS, project

HEADERS = [*FAI_HEADERS, "备注"]  # 备注 is no column of the form: hand-made returns add one


def _project(n: int, remark: str | None = None) -> list[Any]:
    p = project(n, f"东镇{n}号技改项目", "东镇", "改建和技术改造", True, True, 1000 * n, 500, True,
                dt.date(2026, 3, 1), True, 100 * n)
    return [n, *p, remark]


def _write(path: Path, body: Sequence[Sequence[Any]], *, headers: Sequence[str] = HEADERS,
           title: str = "东镇2026年1-6月工业固定资产投资项目进展情况表") -> Path:
    """Title on row 1, 填报单位 on row 2, headers on row 3, then ``body`` row by row from row 4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.cell(1, 1, title)
    ws.cell(2, 1, "填报单位：东镇人民政府")
    ws.cell(2, 10, "单位：万元")
    for c, h in enumerate(headers, 1):
        ws.cell(3, c, h)
    for r, row in enumerate(body, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


def _table(path: Path, form: str = "fai_projects") -> Table:
    match = find_header(get_form(form), open_workbook(path))
    assert match is not None
    return extract_table(match)


def _codes(table: Table) -> list[str]:
    return [r.cells["project_code"] for r in table.rows]


def _all_accounted(table: Table) -> None:
    assert table.unaccounted() == []
    assert len(table.seen) == len(table.rows) + len(table.total_rows) + len(table.unread)


FOOTER = "填报人：张三    联系电话：0913-1234567    审核人：李四"


@pytest.mark.parametrize("word", ["负责人：", "联系电话：", "填报人：", "审核人:", "统计员：", "填报日期："])
@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_footer_word_in_a_remark_ends_nothing(tmp_path: Path, word: str, where: int) -> None:
    """The issue's case: "负责人：张三" in one project's remark dropped that project and all below it, silently."""
    rows = [_project(n, f"{word}张三，13800000000" if n - 1 == where else None) for n in (1, 2, 3)]
    table = _table(_write(tmp_path / "东镇.xlsx", [*rows, [], [FOOTER]]))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002", "2601-610599-04-01-000003"]
    assert table.footer == [FOOTER.replace("：", ":")]
    assert table.skipped == []
    _all_accounted(table)


def test_a_progress_text_full_of_footer_words_is_data(tmp_path: Path) -> None:
    """A prose form without figures: the row starts with its 章节, so it is data whatever its text says."""
    text = "联系电话：0913-1234567。负责人：王五牵头，填报人：张三\n审核人：李四已审"
    body: list[list[Any]] = [["3.2", "招商引资", text, None, None], ["3.3", "要素保障", "已供地2宗", "2宗", 0.5], [], [FOOTER]]
    table = _table(_write(tmp_path / "进展.xlsx", body, headers=["章节", "标题", "进展情况", "数字指标", "完成进度"]),
                   "progress_notes")
    assert [(r.cells["section"], r.cells["text"]) for r in table.rows] == [("3.2", text), ("3.3", "已供地2宗")]
    assert len(table.footer) == 1 and table.skipped == []


def test_a_footer_spread_over_cells_is_still_a_footer(tmp_path: Path) -> None:
    """"填报人：" | 张三 | "联系电话：" | 13800000000 …: a number right of its label is that label's value,
    even when it lands in a money column."""
    footer = [None, "填报人：", "张三", None, None, None, None, None, "联系电话：", 13800000000, None, None, "审核人：", "李四"]
    table = _table(_write(tmp_path / "东镇.xlsx", [_project(1), _project(2), footer, ["填报日期：2026年7月5日"]]))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002"]
    assert table.footer == ["填报人: 张三 联系电话: 13800000000 审核人: 李四", "填报日期:2026年7月5日"]
    assert table.unread == {6: "footer", 7: "footer"}
    _all_accounted(table)


def test_a_footer_shaped_row_with_data_below_is_named_and_the_rows_below_are_read(tmp_path: Path) -> None:
    """Projects typed under the template's footer line are read; the footer line inside the table is named."""
    body = [_project(1), [FOOTER], _project(2), _project(3), [], ["填报人：张三"]]
    table = _table(_write(tmp_path / "东镇.xlsx", body))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002", "2601-610599-04-01-000003"]
    assert table.skipped == [(5, "footer_inside", "表格中间的落款行（填报人、联系电话等），其下方还有数据")]
    assert table.footer == ["填报人:张三"]
    _all_accounted(table)


def test_a_row_with_figures_is_data_even_when_it_starts_with_a_footer_word(tmp_path: Path) -> None:
    """The last row's first cell reads "负责人：…", but it carries figures where the table has figures."""
    last = _project(2)
    last[0] = "负责人：王五"  # typed into the 序号 column
    table = _table(_write(tmp_path / "东镇.xlsx", [_project(1), last, [], [FOOTER]]))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002"]
    assert len(table.footer) == 1


def test_rows_with_nothing_in_the_form_are_named_mid_table_and_once_at_the_end(tmp_path: Path) -> None:
    """A row with only its 序号 or only zeros was dropped without a word; mid-table each one is named, the
    unused numbered rows at the end are named together."""
    zeros = [None, None, None, None, None, None, None, 0, 0, None, None, None, 0, 0]
    body = [_project(1), [2], zeros, _project(4), [5], [6], [7], [], [FOOTER]]
    table = _table(_write(tmp_path / "东镇.xlsx", body))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000004"]
    assert table.skipped == [
        (5, "outside_columns", "只在本报表以外的列（如序号、参考列）有内容的行"),
        (6, "zero_row", "只有0、没有名称等文字的行"),
        (8, "blank_tail", "表格末尾只有序号、参考列、0或“/”“—”、没有数据的行（至第10行，共3行）"),
    ]
    _all_accounted(table)


def test_a_row_of_slashes_is_named_mid_table_and_joins_the_tail(tmp_path: Path) -> None:
    """A row with "/" or "—" in every cell of the form (序号 2 beside them) holds nothing to report: named
    mid-table, one of the unused rows at the end; a row with a name and "/" figures stays a project."""
    dashes = [2, "/", "/", "—", "/", "/", "/", "/", "/", "/", "无", "/", "/", "/"]
    named = [3, "2601-610599-04-01-000003", "东镇丙项目", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/"]
    body = [_project(1), dashes, named, [4, "/", "—"], [], [FOOTER]]
    table = _table(_write(tmp_path / "东镇.xlsx", body))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000003"]
    assert table.skipped == [
        (5, "dash_row", "每格都是“/”“—”“无”等、没有任何内容的行"),
        (7, "blank_tail", "表格末尾只有序号、参考列、0或“/”“—”、没有数据的行"),
    ]
    _all_accounted(table)


def test_every_row_seen_is_read_or_named(tmp_path: Path) -> None:
    """Totals, subtotals, sections, notes, repeated headers and the footer: the count of rows read plus rows
    set aside is the count of rows seen."""
    total = ["合计", None, None, None, None, None, None, 3000, None, None, None, None, None, 300]
    body = [["一、续建项目"], _project(1), ["注：本表含续建项目"], list(HEADERS), _project(2),
            [None, "其中：重点项目", None, None, None, None, None, 3000], total, ["说明：数据来自台账"], [FOOTER],
            ["注：以上数据已核对"]]
    table = _table(_write(tmp_path / "东镇.xlsx", body))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002"]
    assert [r.excel_row for r in table.total_rows] == [10]
    assert [(row, code) for row, code, _ in table.skipped] == [
        (4, "section_row"), (6, "note_row"), (7, "repeated_header"), (9, "subtotal_row"), (11, "note_row")]
    assert table.footer == [FOOTER.replace("：", ":"), "注:以上数据已核对"]
    assert table.seen == list(range(4, 14))
    _all_accounted(table)


def test_the_sender_is_told_of_every_row_not_read(tmp_path: Path, county: Config) -> None:
    """Through ``prepare``: the footer line inside the table becomes a problem naming its row, and the rows
    under it reach the normaliser."""
    path = _write(county.inbox / "东镇_2026-06_工业固定资产投资项目月报.xlsx",
                  [_project(1, "负责人：张三"), [FOOTER], _project(2), [], [FOOTER]])
    prep = prepare(path, county)
    assert prep.normalised is not None and prep.normalised.excel_rows == [4, 6]
    [note] = [p for p in prep.problems if p.code == "footer_inside"]
    assert (note.severity, note.row, note.sheet) == ("warning", 5, "Sheet1")  # a warning: the sender gets feedback
    assert note.message == "第5行是表格中间的落款行（填报人、联系电话等），其下方还有数据，不作为数据读取"


def test_a_last_project_named_like_a_label_is_data_not_footer(tmp_path: Path) -> None:
    """A row starting "联系人：…" whose other cells no label explains says more than a footer: it is data."""
    headers = ["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段"]
    body = [["光伏组件项目", "东方集团", "光伏新能源", "东镇", "签约"], ["联系人：张三对接的饲料项目", "西岭公司", "涉农加工", "西镇", "对接"],
            [], ["填报人：李四", "2026年7月5日"]]
    table = _table(_write(tmp_path / "招商.xlsx", body, headers=headers), "attraction")
    assert [r.cells["name"] for r in table.rows] == ["光伏组件项目", "联系人：张三对接的饲料项目"]
    assert table.footer == ["填报人:李四 2026年7月5日"]


def test_the_unused_numbered_rows_above_the_total_are_named_once(tmp_path: Path) -> None:
    """序号 5, 6, 7 typed in advance, then a note and the 合计: the rows after the last data row are one note."""
    total = ["合计", None, None, None, None, None, None, 3000, None, None, None, None, None, 300]
    body = [_project(1), _project(2), [5], [6], [7], [None, "注：本表金额单位为万元"], total, [], [FOOTER]]
    table = _table(_write(tmp_path / "东镇.xlsx", body))
    assert _codes(table) == ["2601-610599-04-01-000001", "2601-610599-04-01-000002"]
    assert table.skipped == [(6, "blank_tail", "表格末尾只有序号、参考列、0或“/”“—”、没有数据的行（至第8行，共3行）"),
                             (9, "note_row", "说明文字行")]
    assert [r.excel_row for r in table.total_rows] == [10]
    _all_accounted(table)
