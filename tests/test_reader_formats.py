"""A percentage cell's number format is read from the .xlsx itself (styles and cell tags), so 0.125
shown as 12.5 % is scaled and a bare 12.5 is not, wherever the sheet sits in the workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beizeng.intake.reader import open_workbook, percent_formatted


def test_percent_formats_builtin_and_custom_are_found_on_a_second_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "说明"
    notes["A1"] = "填表说明"
    ws = wb.create_sheet("数据")
    ws["A1"], ws["B1"] = "县区", "增速"
    cells = {"B2": (0.125, "0.0%"), "B3": (0.5, "0%"), "B4": (12.5, "General"), "B5": (0.3, "0.00"),
             "C6": (0.2, "0.00%")}
    for ref, (value, fmt) in cells.items():
        ws[ref] = value
        ws[ref].number_format = fmt
    path = tmp_path / "formats.xlsx"
    wb.save(path)
    sheets = {s.name: s for s in open_workbook(path)}
    wanted = {(1, 1), (2, 1), (3, 1), (4, 1)}
    # B2 custom 0.0%, B3 built-in 0% (id 9); B4 General and B5 0.00 are not percentages; C6 not asked
    assert percent_formatted(sheets["数据"], wanted) == {(1, 1), (2, 1)}
    assert percent_formatted(sheets["说明"], {(0, 0)}) == set()


def test_no_format_is_knowable_outside_an_xlsx(tmp_path: Path) -> None:
    from beizeng.intake.reader import Sheet

    assert percent_formatted(Sheet("x", True, [[0.1]]), {(0, 0)}) is None


def test_only_a_template_s_own_instructions_sheet_is_passed_over() -> None:
    from beizeng.base.sheets import INSTRUCTIONS_SHEET, META_SHEET
    from beizeng.intake.reader import Sheet, readable_sheets

    data, notes, meta = Sheet("数据", True, [["a"]]), Sheet(INSTRUCTIONS_SHEET, True, [["b"]]), Sheet(META_SHEET, False, [])
    # a workbook made from beizeng's template: its 填表说明 is beizeng's text, not a return
    assert [s.name for s in readable_sheets([data, notes, meta])] == ["数据"]
    # a clerk's own workbook may call any sheet 填表说明: it is searched like the others
    assert [s.name for s in readable_sheets([data, notes])] == ["数据", INSTRUCTIONS_SHEET]


def test_the_inspection_notes_which_sheet_has_formulas_saved_without_results(tmp_path: Path) -> None:
    from beizeng.intake.reader import uncalculated_formulas

    wb = openpyxl.Workbook()
    plain = wb.active
    assert plain is not None
    plain.title = "数字"
    plain["A1"] = 1
    scripted = wb.create_sheet("公式")
    scripted["A1"], scripted["B2"] = 2, "=A1*2"  # openpyxl saves the formula and no result, as scripts do
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    sheets = {s.name: s for s in open_workbook(path)}
    assert (sheets["数字"].uncached_formulas, sheets["公式"].uncached_formulas) == (False, True)
    assert uncalculated_formulas(sheets["数字"]) == set()
    assert uncalculated_formulas(sheets["公式"]) == {(1, 1)}
