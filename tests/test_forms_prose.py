"""The prose of the 重点工作进展 return comes out exactly as the clerk typed it: full-width punctuation,
circled numbers and curly quotes kept, only the whitespace around it trimmed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.intake.ingest import Prepared, prepare, validate_prepared
from tests.scenarios_more import notes, notes_2026_06

PARAGRAPH = "①推进技改，完成投资1.2亿元；②新增规上企业3家（含“小巨人”1家）。"


def _prepared(cfg: Config, texts: Sequence[object]) -> Prepared:
    rows = notes_2026_06()
    for row, text in zip(rows, texts, strict=False):
        row[2] = text
    prep = prepare(notes(cfg.inbox, "2026-06", rows), cfg)
    validate_prepared([prep])
    assert prep.normalised is not None
    return prep


def test_a_paragraph_is_carried_exactly_as_typed(county_full: Config) -> None:
    prep = _prepared(county_full, [PARAGRAPH])
    assert prep.normalised is not None
    assert prep.normalised.frame["text"][0] == PARAGRAPH
    assert not [p for p in prep.problems if p.severity == "error"]


def test_only_the_whitespace_around_a_paragraph_goes(county_full: Config) -> None:
    typed = ["\u3000\u3000" + PARAGRAPH + "  \u3000", "一是抓项目；\r\n二是抓招商。\r\n", " 第一行\r第二行 ",
             "全角　空格在中间保留。"]
    prep = _prepared(county_full, typed)
    assert prep.normalised is not None
    assert prep.normalised.frame["text"].to_list() == [
        PARAGRAPH, "一是抓项目；\n二是抓招商。", "第一行\n第二行", "全角　空格在中间保留。"]


def test_other_text_columns_keep_the_width_typed(county_full: Config) -> None:
    """The heading is a name: stored as typed, full-width brackets kept (matching sets width aside, in
    beizeng.intake.records, never by changing what is stored)."""
    rows = notes_2026_06()
    rows[0][1] = "工业经济基础（一）"
    prep = prepare(notes(county_full.inbox, "2026-06", rows), county_full)
    assert prep.normalised is not None
    assert prep.normalised.frame["title"][0] == "工业经济基础（一）"


def test_the_progress_notes_paragraph_column_is_prose() -> None:
    assert get_form("progress_notes").column("text").kind == "prose"


def test_the_template_gives_a_paragraph_a_wide_wrapping_cell(county_full: Config, tmp_path: Path) -> None:
    from beizeng.publish.templates import write_templates

    write_templates(county_full, "2026-06", tmp_path)
    ws = openpyxl.load_workbook(tmp_path / "工信局_重点工作进展情况_2026-06.xlsx")["重点工作进展情况"]
    header = next(c for row in ws.iter_rows(max_row=10) for c in row if c.value == "进展情况")
    below = ws.cell(header.row + 1, header.column)
    assert below.alignment.wrap_text and below.alignment.vertical == "top"
    assert ws.column_dimensions[header.column_letter].width >= 40
