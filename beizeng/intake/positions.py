"""Where a sheet XML's rows and cells stand, by the OOXML rule rather than by Excel's own habit.

Excel writes every ``<row>`` and ``<c>`` with its reference (``r="5"``, ``r="M5"``); the standard does not require it.
A row without ``r`` is the row after the previous one, a cell without ``r`` the column after the previous cell of
its row, the first cell of a row column A (ECMA-376 Part 1, 18.3.1.73 ``row`` and 18.3.1.4 ``c``) — how Java, Go and
many other exporters write, and how Excel and calamine place them.  Every scan of a sheet's XML that finds rows or
cells (hidden rows, error values, styled cells, number formats, formulas) walks them here, so that a cell is the same
cell to each of them and to calamine, whichever way the file places it.

The walk is one regular expression over the bytes (no parse of the document): the sheets are scanned on every file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A row's or a cell's start tag (its attributes, with a closing ``/`` when it closes at once); ``<cols>``, ``<col>``,
#: ``<rowBreaks>``, ``<cfRule>`` are not it.
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)>")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row(?=[\s/>])([^>]*)>")
_ROW_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["'](\d{1,7})["']""")
_CELL_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})["']""")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")


def column_index(letters: bytes) -> int:
    """Column letters (b"A", b"AB") as a 0-based index."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n - 1


def rows(xml: bytes) -> Iterator[tuple[int, bytes]]:
    """Each ``<row>`` of the sheet XML: its row (0-based, the file's) and its tag's attributes."""
    at = -1
    for m in _ROW_TAG.finditer(xml):
        attrs = m.group(1)
        r = _ROW_REF.search(attrs)
        at = int(r.group(1)) - 1 if r is not None else at + 1
        yield at, attrs


def cells(xml: bytes) -> Iterator[tuple[int, int, bytes, int]]:
    """Each ``<c>`` of the sheet XML: its row and column (0-based, the file's), its tag's attributes, and where its
    content starts (``-1`` for a cell closed at once, ``<c s="3"/>``: it holds nothing, yet takes its place)."""
    row, col = -1, -1
    for m in _TAG.finditer(xml):
        kind, attrs = m.group(1), m.group(2)
        if kind == b"row":
            r = _ROW_REF.search(attrs)
            row, col = (int(r.group(1)) - 1 if r is not None else row + 1), -1
            continue
        ref = _CELL_REF.search(attrs)
        if ref is not None:
            row, col = int(ref.group(2)) - 1, column_index(ref.group(1))
        else:
            col += 1
        yield row, col, attrs, -1 if attrs.endswith(b"/") else m.end()


def body(xml: bytes, start: int) -> bytes:
    """A cell's content, from where ``cells`` says it starts to its ``</c>`` (empty for a cell closed at once)."""
    if start < 0:
        return b""
    end = _CELL_END.search(xml, start)
    return xml[start:end.start()] if end is not None else b""


def cell_range(ref: str) -> tuple[int, int, int, int] | None:
    """An A1 range (``A3:N6``, or one cell ``B4``) as 0-based (first row, first column, last row, last column)."""
    ends = []
    for part in ref.replace("$", "").upper().split(":")[:2]:
        m = re.fullmatch(r"([A-Z]{1,3})(\d{1,7})", part.strip())
        if m is None:
            return None
        ends.append((int(m.group(2)) - 1, column_index(m.group(1).encode())))
    (r0, c0), (r1, c1) = ends[0], ends[-1]
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)
