"""A workbook as a list of cell grids, written the way clerks' files come: .xlsx (openpyxl), .xlsm,
legacy .xls (xlwt), .ods (written by hand: no ODS writer is installed, and the format is a zip of XML).

A grid cell is a plain value (text always stays text), ``Formula("=…")`` for a formula saved without
its result, or ``Styled(value, number_format)`` for a value shown through a format (0.087 as 8.7%).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import xlwt
from openpyxl.utils import get_column_letter


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass(frozen=True)
class Styled:
    value: Any
    number_format: str


@dataclass
class Grid:
    """One sheet: rows of cells (1-based positions when merging), merges as (r0, c0, r1, c1)."""

    name: str = "Sheet1"
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False

    def put(self, r: int, c: int, value: Any) -> None:
        """Set a cell, 1-based, growing the grid as needed."""
        while len(self.rows) < r:
            self.rows.append([])
        row = self.rows[r - 1]
        while len(row) < c:
            row.append(None)
        row[c - 1] = value

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _plain(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def write_xlsx(path: Path, grids: list[Grid], *, macro: bool = False) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    for g in grids:
        ws = wb.create_sheet(g.name)
        for r, row in enumerate(g.rows, 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, Formula):
                    cell.value = value.text
                elif isinstance(value, Styled):
                    cell.value = _plain(value.value)
                    cell.number_format = value.number_format
                elif isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"
                else:
                    cell.value = _plain(value)
                    if isinstance(value, dt.date):
                        cell.number_format = "yyyy-mm-dd"
        for r0, c0, r1, c1 in g.merges:
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        for c in range(1, g.width + 1):
            ws.column_dimensions[get_column_letter(c)].width = 16
        if g.hidden:
            ws.sheet_state = "hidden"
    if first is not None:
        wb.remove(first)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not macro:
        wb.save(path)
        return path
    buffer = io.BytesIO()
    wb.save(buffer)
    _add_macro(buffer.getvalue(), path)
    return path


def _add_macro(data: bytes, path: Path) -> None:
    """Turn an .xlsx into an .xlsm carrying a (dummy) VBA project, as WPS/Excel save one."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                body = body.replace(b"<Default ", b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
                                                  b'vbaProject"/><Default ', 1)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/'
                                                         b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                                         b"</Relationships>")
            out.writestr(item, body)
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Sub AutoOpen(): Shell \"calc\": End Sub")


def write_xls(path: Path, grids: list[Grid]) -> Path:
    """Legacy BIFF8 .xls through xlwt (merged cells, dates, hidden sheets)."""
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for g in grids:
        ws = wb.add_sheet(g.name)
        covered = set()
        for r0, c0, r1, c1 in g.merges:
            top = g.rows[r0 - 1][c0 - 1] if r0 <= len(g.rows) and c0 <= len(g.rows[r0 - 1]) else None
            ws.write_merge(r0 - 1, r1 - 1, c0 - 1, c1 - 1, _xls_value(top))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r, row in enumerate(g.rows, 1):
            for c, value in enumerate(row, 1):
                if value is None or (r, c) in covered:
                    continue
                if isinstance(value, dt.date):
                    ws.write(r - 1, c - 1, value, date_style)
                elif isinstance(value, Styled):
                    ws.write(r - 1, c - 1, _plain(value.value), xlwt.easyxf(num_format_str=value.number_format))
                else:
                    ws.write(r - 1, c - 1, _xls_value(value))
        if g.hidden:
            ws.visibility = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path


def _xls_value(value: Any) -> Any:
    if isinstance(value, Formula | Styled):
        return value.text if isinstance(value, Formula) else _plain(value.value)
    return _plain(value)


def _ods_cell(value: Any, span: tuple[int, int] | None) -> str:
    attrs = ""
    if span is not None:
        attrs = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, Styled):
        v = _plain(value.value)
        kind = "percentage" if "%" in value.number_format else "float"
        return (f'<table:table-cell{attrs} office:value-type="{kind}" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>")
    if isinstance(value, bool):
        return (f'<table:table-cell{attrs} office:value-type="boolean" office:boolean-value="{str(value).lower()}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, int | float | Decimal):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{_plain(value)}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, dt.date):
        return (f'<table:table-cell{attrs} office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
    text = value.text if isinstance(value, Formula) else str(value)
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'


def write_ods(path: Path, grids: list[Grid]) -> Path:
    """An OpenDocument spreadsheet: mimetype stored first, content.xml with the tables, a manifest."""
    tables = []
    for g in grids:
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in g.merges}
        covered = {(r, c) for r0, c0, r1, c1 in g.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
                   if (r, c) != (r0, c0)}
        rows = []
        for r, row in enumerate(g.rows, 1):
            cells = []
            for c in range(1, g.width + 1):
                value = row[c - 1] if c <= len(row) else None
                cells.append("<table:covered-table-cell/>" if (r, c) in covered else _ods_cell(value, spans.get((r, c))))
            rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        style = ' table:style-name="hiddentable"' if g.hidden else ""
        tables.append(f'<table:table table:name="{escape(g.name)}"{style}>' + "".join(rows) + "</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">'
        '<office:automatic-styles><style:style style:name="hiddentable" style:family="table">'
        '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
        "<office:body><office:spreadsheet>" + "".join(tables) + "</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write(path: Path, grids: list[Grid]) -> Path:
    """By the file's extension: .xls/.et → xlwt, .ods → by hand, .xlsm → with a VBA project, else openpyxl."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et"):
        return write_xls(path, grids)
    if suffix == ".ods":
        return write_ods(path, grids)
    return write_xlsx(path, grids, macro=suffix == ".xlsm")
