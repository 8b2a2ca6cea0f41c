"""What a cell SHOWS, from its number format: the one place that reads a format for what a person sees.

A file never outranks what it shows: a clerk checks a return by looking at it in Excel, and so does the county
statistician who signs it.  calamine gives the number a cell HOLDS; an .xlsx's number format may show another:

* a scaling format — a trailing thousands separator (``#,##0,`` shows 2,500,000 as 2,500; ``0.00,,`` divides by a
  million) or a literal point (``0!.0`` shows 25000 as 2500.0, ``0!.0000`` 30000000 as 3000.0000).  The clerk pasted
  元 and made them look like 千元 or 万元; what everyone read and checked is the SHOWN figure, so that is the one read
  (``read_as_shown``, said on the column).  The shown figure is in the unit the format writes (``0!.0000"亿元"``), else
  in the header's; when the format's scale fits no unit the cell could hold (``0.0,"万"``: ÷1000 but says 万) nobody
  can tell what was meant and the cell is asked (``shown_scaled``, naming both figures);
* a format writing a money unit after the figure as held (``0.00"亿元"``, ``#,##0"元"``): the figure is in that unit,
  as “1.2亿元” typed would be (hostile round 31: 1.20亿元 shown under 计划总投资（万元） was 1.2 万元, the project
  under the 500 万元 line);
* a format whose section for the value is empty (``;;;``, ``0;;``): the cell shows nothing, as white on white does —
  ``unseen_cells`` asks it the same way as a font the colour of its fill (``unseen_figure``).

Percentages (``0.0%``) are read where they always were (``normalise._fractions_to_percent``); dates, text, rounding
for display (``#,##0.0``), "-" for zero and red brackets show the held figure and change nothing here.  An .xlsx's
styles and an .xls's (or WPS .et's) FORMAT and XF records (beizeng.intake.biff) are read; .ods and .xlsb: nothing
new is said of them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from beizeng.base import units
from beizeng.intake import positions
from beizeng.intake.reader import (
    _ATTR_S,
    Sheet,
    file_key,
    ole_formats,
    remember,
    unseen_by_style,
)

#: What a format section prints as itself, not as a digit's place: quoted text, an escaped character, a colour or
#: condition in brackets, the ``_x`` space and the ``*x`` fill.
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_PLACE = re.compile(r"[0#?]")
_QUOTED = re.compile(r'"([^"]*)"')
#: A unit a format may write after the figure (``0.0"万"``, ``0!.0000"亿元"``), longest first.
_UNIT_WORDS = (("亿元", "亿元"), ("万元", "万元"), ("千元", "千元"), ("亿", "亿元"), ("万", "万元"), ("千", "千元"), ("元", "元"))
#: The money units a cell may hold its figure in, by their factor to 万元.
_HELD = {Decimal("0.0001"): "元", Decimal("0.1"): "千元", Decimal(1): "万元", Decimal(10000): "亿元"}


@dataclass(frozen=True)
class Format:
    """A number format that changes what a figure shows: ``code`` as written, ``digits`` the power of ten the
    shown figure is below the held one, ``unit`` the money unit the format writes after it (None: none)."""

    code: str
    digits: int
    unit: str | None

    def shown(self, held: Any) -> Decimal:
        """The figure as the cell shows it (before its display rounding): held ÷ 10^digits, exact."""
        value = Decimal(repr(float(held))) if isinstance(held, float) else Decimal(held)
        return value.scaleb(-self.digits).normalize()

    def read(self, held: Any, header: units.Unit | None) -> Decimal:
        """The figure as read: the shown one, in the header's money unit when the format writes its own
        (``0!.0000"亿元"`` under 万元 is ×10000) — for a row's cell and for a 合计's alike."""
        figure = self.shown(held)
        if self.unit and header is not None and header.dimension == "money":
            figure = (figure * units.lookup(self.unit).factor / header.factor).normalize()
        return figure

    def held_unit(self, header: units.Unit | None) -> str | None:
        """The money unit the cell must hold its figure in for the shown figure to be in ``unit`` (else the header's):
        None when no unit fits (``0.0,"万"``: a tenth of a 元), and the cell is asked."""
        shown_in = units.lookup(self.unit) if self.unit else header
        if shown_in is None or shown_in.dimension != "money":
            return None
        factor = shown_in.factor.scaleb(-self.digits)
        return next((name for f, name in _HELD.items() if f == factor), None)


def sections(code: str) -> list[str]:
    """A format's sections (positive; negative; zero; text), split at the semicolons that are not quoted."""
    out, buf, quoted, i = [], "", False, 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and not quoted and i + 1 < len(code):
            buf += code[i:i + 2]
            i += 2
            continue
        elif ch == ";" and not quoted:
            out.append(buf)
            buf = ""
            i += 1
            continue
        buf += ch
        i += 1
    out.append(buf)
    return out


def scaling(code: str) -> Format | None:
    """The format's scale (of its positive section), or None when it shows the held figure's digits as they are."""
    first = sections(code)[0]
    bare = _LITERAL.sub(lambda m: "" if m.group(0)[0] in '"[_*' else m.group(0), first)
    plain = _LITERAL.sub("", first)
    if "%" in plain or re.search(r"[yYmMdDhHsSeE@]", plain):  # a percentage, a date, a time, scientific, text
        return None
    digits = 0
    places = [m.end() for m in _PLACE.finditer(plain)]
    if places:
        trailing = plain[places[-1]:]
        digits += 3 * len(re.match(r",*", trailing).group(0))  # type: ignore[union-attr]
    point = re.search(r"(?:!|\\)\.", bare)
    if point is not None and "." not in _LITERAL.sub("", bare[:point.start()]):
        digits += len(_PLACE.findall(_LITERAL.sub("", bare[point.end():])))
    said = " ".join(_QUOTED.findall(first))
    if digits == 0:  # 0.00"亿元", #,##0"元": the figure as held, in the unit the format writes after it — or nothing
        unit = next((name for word, name in _UNIT_WORDS if said.strip() == word), None)
        return Format(code, 0, unit) if unit is not None else None
    unit = next((name for word, name in _UNIT_WORDS if word in said), None)
    return Format(code, digits, unit)


def hides(code: str, value: Any) -> bool:
    """Whether the format shows nothing for this value: its section for the value's sign (or for text) is empty."""
    parts = sections(code)
    if len(parts) < 2:
        return False
    if isinstance(value, str):
        return len(parts) >= 4 and not parts[3].strip()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if value == 0 and parts[0].strip():  # 0;-0;;@ shows a zero as a blank on purpose: the blank means that zero
        return False
    section = parts[0] if value > 0 or len(parts) < 2 else parts[1] if value < 0 else (
        parts[2] if len(parts) > 2 else parts[0])
    return not section.strip()


def _interesting(code: str) -> bool:
    return scaling(code) is not None or (";" in code and any(not s.strip() for s in sections(code)))


def _format_styles(z: zipfile.ZipFile) -> dict[int, str]:
    """The cell styles (cellXfs) whose custom number format scales or hides: style index → format code."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    data = z.read("xl/styles.xml")
    if b"numFmt " not in data and b"numFmt>" not in data and b":numFmt" not in data:
        return {}
    root = ET.fromstring(data)
    local = lambda tag: tag.rsplit("}", 1)[-1]  # noqa: E731
    custom = {int(el.get("numFmtId", "-1")): el.get("formatCode", "") for el in root.iter() if local(el.tag) == "numFmt"}
    picked = {n: code for n, code in custom.items() if _interesting(code)}
    out: dict[int, str] = {}
    if not picked:
        return out
    for el in root.iter():
        if local(el.tag) == "cellXfs":
            for i, xf in enumerate(x for x in el if local(x.tag) == "xf"):
                if (code := picked.get(int(xf.get("numFmtId", "0")))) is not None:
                    out[i] = code
    return out


#: Per workbook file: each sheet's cells under a format that scales or hides (file's cell → format code).
_FORMATS: dict[tuple[str, int, int], dict[str, dict[tuple[int, int], str]]] = {}


def _formats_in_file(sheet: Sheet) -> dict[tuple[int, int], str]:
    if sheet.source is not None and sheet.container == "ole" and sheet.own_styles:  # an .xls or .et: its BIFF
        return {rc: code for rc, code in ole_formats(sheet).items() if _interesting(code)}
    if sheet.source is None or sheet.container != "ooxml" or not sheet.own_styles or sheet.part is None:
        return {}
    key = file_key(sheet.source)
    if key is None:
        return {}
    per_sheet = _FORMATS.get(key)
    if per_sheet is None:
        per_sheet = {}
        remember(_FORMATS, key, per_sheet)
    if sheet.name not in per_sheet:
        out: dict[tuple[int, int], str] = {}
        try:
            with zipfile.ZipFile(sheet.source) as z:
                styles = _format_styles(z)
                xml = z.read(sheet.part) if styles else b""
        except Exception:
            styles, xml = {}, b""
        for r, c, attrs, _ in positions.cells(xml):
            s = _ATTR_S.search(attrs)
            if s is not None and (code := styles.get(int(s.group(1)))) is not None:
                out[(r, c)] = code
        per_sheet[sheet.name] = out
    return per_sheet[sheet.name]


def formats(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Of these cells (the sheet's, 0-based), those under a number format that scales or hides, with its code."""
    found = _formats_in_file(sheet)
    if not found:
        return {}
    return {(r, c): code for r, c in cells if (code := found.get(sheet.real(r, c))) is not None}


def hidden_by_format(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these filled cells show nothing by their number format (``;;;``): not read as if they were shown."""
    return {rc for rc, code in formats(sheet, cells).items() if hides(code, sheet.cell(*rc))}


def unseen_cells(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these cells hold text a person cannot see on screen or paper: a font the colour of the cell's fill,
    or white on no fill (``reader.unseen_by_style``), or a number format that shows nothing for it (``;;;``).  A
    file never outranks what it shows: such a cell is not read as if it were shown."""
    cells = list(cells)
    return unseen_by_style(sheet, cells) | hidden_by_format(sheet, cells)


def scaled(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Format]:
    """Of these cells, those whose number format shows a figure scaled from the one held (``#,##0,``, ``0!.0``)."""
    out: dict[tuple[int, int], Format] = {}
    for rc, code in formats(sheet, cells).items():
        if (f := scaling(code)) is not None:
            out[rc] = f
    return out
