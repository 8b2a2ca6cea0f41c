"""Excel comments (批注) a clerk writes on a return's cells reach the feedback on their cell (beizeng.intake.remarks).

A comment "此数为预估" on a figure changes what the figure is worth; calamine reads values only, so before
remarks.py such a figure was loaded with no word.  The figures themselves are read as before (comments never
change a value); beizeng's own comments on a feedback copy sent back are not echoed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from beizeng.base.config import Config
from beizeng.base.sheets import FEEDBACK_AUTHOR
from tests.handmade import make
from tests.test_handmade import accepted, one
from tests.test_handmade import take_lazily as take


def _with_comments(folder: Path, comments: dict[str, tuple[str, str]]) -> Path:
    """The hand-made land list (make.factors_land_supplied: header on row 3, parcels on rows 4–6, 合计 row 7)
    with comments added as a clerk adds them in Excel (cell → (text, author))."""
    path = make.factors_land_supplied(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for ref, (text, author) in comments.items():
        ws[ref].comment = Comment(text, author)
    wb.save(path)
    return path


def _notes(o: object) -> list[tuple[str, str, str]]:
    return [(p.severity, p.cell, p.message) for p in o.problems if p.code == "cell_comment"]  # type: ignore[attr-defined]


def test_a_comment_on_a_figure_is_a_warning_on_its_cell_and_the_figures_stay(county_full: Config) -> None:
    # given a figure the clerk marked as an estimate, and a note on the header
    o = accepted(take(county_full, lambda f: _with_comments(f, {"F5": ("李明:\n此数为预估，待核实", "李明"),
                                                                "F3": ("按出让合同面积填写", "李明")})),
                 "factors", "自然资源局", "2026-06", 3)
    # expect: the estimate named on F5 as a warning (without the author line Excel writes first), the header's
    # note as an info line, and the figures exactly those of the return without comments
    assert _notes(o) == [("info", "F3", "此格有批注：「按出让合同面积填写」"),
                         ("warning", "F5", "此格有批注：「此数为预估，待核实」")]
    assert one(county_full, "select sum(area_mu) from cur_factors") == Decimal("101.25")


def test_beizengs_own_comments_on_a_feedback_copy_sent_back_are_not_echoed(county_full: Config) -> None:
    # given the feedback copy's comment (beizeng's author) still on a cell, and one comment by the clerk
    o = accepted(take(county_full, lambda f: _with_comments(f, {"G6": ("【改动】上一版：600，本版：—", FEEDBACK_AUTHOR),
                                                                "E4": ("二期用地", "王芳")})),
                 "factors", "自然资源局", "2026-06", 3)
    # expect only the clerk's own comment
    assert _notes(o) == [("warning", "E4", "此格有批注：「二期用地」")]


def test_a_return_without_comments_has_no_comment_notes(county_full: Config) -> None:
    o = accepted(take(county_full, make.factors_land_supplied), "factors", "自然资源局", "2026-06", 3)
    assert _notes(o) == []


def test_a_long_comment_is_quoted_cut_to_its_first_200_characters(county_full: Config) -> None:
    # given a comment of 2 000 characters on a figure (a clerk pasted a whole explanation)
    text = "此数为预估" + "说" * 1995
    o = accepted(take(county_full, lambda f: _with_comments(f, {"F4": (text, "李明")})), "factors", "自然资源局",
                 "2026-06", 3)
    [(_, cell, message)] = _notes(o)
    assert cell == "F4" and message == f"此格有批注：「{text[:200]}…」"
