"""beizeng.intake.positions: rows and cells of a sheet's XML placed by the OOXML rule (a row without ``r`` follows the
previous row, a cell without ``r`` the previous cell of its row), as calamine places them — and the scans that walk
them (hidden rows, error values, struck cells, a table's filter) finding the same cells whichever way they are placed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from beizeng.intake import positions
from beizeng.intake.reader import error_values, hand_hidden_rows, open_workbook
from beizeng.intake.safety import no_value_formula
from tests.handmade import probe47 as p


def test_rows_and_cells_without_r_follow_the_previous_one() -> None:
    xml = (b'<worksheet><cols><col min="1" max="2" width="9"/></cols><sheetData>'
           b'<row><c><v>1</v></c><c/><c t="e"><v>#N/A</v></c></row>'
           b'<row r="4" hidden="1"><c r="B4"><v>2</v></c><c s="3"><v>3</v></c></row>'
           b'<x:row><x:c><x:v>4</x:v></x:c></x:row><row r="9"/><row/>'
           b"</sheetData><rowBreaks/></worksheet>")
    assert [r for r, _ in positions.rows(xml)] == [0, 3, 4, 8, 9]
    found = [(r, c) for r, c, _, _ in positions.cells(xml)]
    assert found == [(0, 0), (0, 1), (0, 2), (3, 1), (3, 2), (4, 0)]
    bodies = [positions.body(xml, start) for _, _, _, start in positions.cells(xml)]
    assert bodies[1] == b"" and bodies[2] == b"<v>#N/A</v>" and bodies[5] == b"<x:v>4</x:v>"


def test_a_cell_range_is_rows_and_columns() -> None:
    assert positions.cell_range("A3:N6") == (2, 0, 5, 13)
    assert positions.cell_range("$B$4") == (3, 1, 3, 1)
    assert positions.cell_range("nonsense") is None


def test_a_shared_formulas_copy_without_a_result_is_a_formula_without_a_result() -> None:
    assert no_value_formula(b'<c r="M5"><f t="shared" si="0"/></c>')
    assert no_value_formula(b'<c><f t="shared" si="0"/><v></v></c>')
    assert not no_value_formula(b'<c r="M5"><f t="shared" si="0"/><v>200</v></c>')
    assert no_value_formula(b"<c><f>N4-M4</f></c>")


def test_scans_find_the_same_cells_and_rows_with_or_without_r(tmp_path: Path) -> None:
    for refs in (True, False):
        folder = tmp_path / str(refs)
        folder.mkdir()
        sheets = open_workbook(p.fai_error_values_placed_by_position(folder, refs))
        errors = {at: v for s in sheets for at, v in error_values(s).items()}
        assert errors == {(3, 12): "#DIV/0!", (4, 13): "#N/A"}, (refs, errors)
        folder = tmp_path / f"hidden{refs}"
        folder.mkdir()
        [sheet] = open_workbook(p.fai_row_hidden_by_hand_placed_by_position(folder, refs))
        assert hand_hidden_rows(sheet) == {4}, refs


def test_a_tables_filter_covers_its_own_rows_only(tmp_path: Path) -> None:
    # the table A3:N6 filters row 5 out; row 8 (below the table, after the 填报人 line) is hidden by hand
    path = p.fai_excel_table_filtered(tmp_path)
    [sheet] = open_workbook(path)
    assert hand_hidden_rows(sheet) == set()
    grid = p.east_rows([*p.b.EAST, p.THIRD])
    grid += [[None], ["备注：草稿行"]]
    xml = p.sheet_xml(grid, row_attrs={5: ' hidden="1"', 9: ' hidden="1"'}, merge=None,
                      after='<tableParts count="1"><tablePart r:id="rId1"/></tableParts>')
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n).decode() for n in ("xl/worksheets/_rels/sheet1.xml.rels", "xl/tables/table1.xml")}
    other = tmp_path / "more"
    other.mkdir()
    [sheet] = open_workbook(p.package(other / "东镇6月项目.xlsx", [("项目", xml, "")], table="1", extra=parts))
    assert hand_hidden_rows(sheet) == {8}
