"""What a legacy .xls (or WPS .et) shows besides its values: hidden columns and rows, struck-through cells,
Excel error values and custom number formats.

calamine reads an .xls's values and merges but none of its formatting, and openpyxl cannot open one at
all.  A clerk's helper column hidden in an .xls, or a called-off project struck through, is as much a
part of what the return shows as in an .xlsx (beizeng.intake.reader), so this reads those facts off
the BIFF8 records themselves: the compound file's Workbook stream (MS-CFB), the FONT and XF records of
the workbook globals, then per sheet its COLINFO records (hidden columns), ROW records (rows hidden by hand;
an autofilter's or an outline's are the return's rows), every cell record's XF, and the BOOLERR and FORMULA
records that hold an error value (#DIV/0!, #REF! …: calamine reads them as empty cells, as in an .xlsx).
The FORMAT records give each custom number format's code, so a cell under ``0!.0000`` or ``#,##0,`` shows in an
.xls what it shows in an .xlsx (beizeng.intake.shown reads what a format shows, for both).

Only read after beizeng.intake.safety checked the container and calamine parsed it: anything this
walk does not understand ends it quietly with what it found so far (never an error: the values are
calamine's, and an unreadable style only means nothing new is said about the file).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
#: Records whose data starts row, column, XF index (LABELSST, NUMBER, RK, BLANK, BOOLERR, FORMULA, LABEL, RSTRING).
_CELL_RECORDS = frozenset({0x00FD, 0x0203, 0x027E, 0x0201, 0x0205, 0x0006, 0x0204, 0x00D6})
_MULRK, _MULBLANK = 0x00BD, 0x00BE
_BOF, _EOF, _BOUNDSHEET, _FONT, _XF, _COLINFO, _ROW = 0x0809, 0x000A, 0x0085, 0x0031, 0x00E0, 0x007D, 0x0208
_BOOLERR, _FORMULA, _AUTOFILTERINFO, _FORMAT = 0x0205, 0x0006, 0x009D, 0x041E
#: BIFF8 error codes as Excel shows them.
_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
           0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
#: Columns beyond this are never part of a return (beizeng.intake.safety.MAX_SHEET_COLS).
_MAX_COLS = 1_000


@dataclass
class SheetStyle:
    """One sheet's hidden columns, rows hidden by hand, struck cells and error values (0-based), as the .xls
    shows them."""

    hidden_columns: frozenset[int] = frozenset()
    struck: set[tuple[int, int]] = field(default_factory=set)
    hidden_rows: frozenset[int] = frozenset()
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Cells under a custom number format (FORMAT record): cell → the format's code as Excel shows it.
    formats: dict[tuple[int, int], str] = field(default_factory=dict)


def read_styles(data: bytes) -> dict[str, SheetStyle]:
    """Sheet name → what it hides and strikes through; empty when the stream cannot be found or read."""
    try:
        stream = workbook_stream(data)
        return _walk(stream) if stream else {}
    except (struct.error, IndexError, ValueError, UnicodeDecodeError):
        return {}


def workbook_stream(data: bytes) -> bytes:
    """The Workbook (or, in BIFF5 files, Book) stream of a compound file."""
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    n_fat, first_dir = struct.unpack_from("<II", data, 44)
    cutoff, first_minifat, _n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 56)
    size = 1 << shift
    n_sectors = max(0, (len(data) - 512) // size)

    def sector(n: int) -> bytes:
        return data[512 + n * size: 512 + (n + 1) * size]

    difat = [s for s in struct.unpack_from("<109I", data, 76) if s not in (_END, _FREE)]
    nxt = first_difat
    for _ in range(min(n_difat, n_sectors)):
        if nxt >= n_sectors:
            break
        raw = struct.unpack(f"<{size // 4}I", sector(nxt))
        difat += [s for s in raw[:-1] if s not in (_END, _FREE)]
        nxt = raw[-1]
    fat: list[int] = []
    for s in difat[:n_fat]:
        fat += struct.unpack(f"<{size // 4}I", sector(s))

    def chain(start: int, table: list[int]) -> list[int]:
        out: list[int] = []
        while start < len(table) and len(out) <= len(table):
            out.append(start)
            start = table[start]
        return out

    directory = b"".join(sector(s) for s in chain(first_dir, fat) if s < n_sectors)
    entries = []
    for i in range(0, len(directory) - 127, 128):
        e = directory[i: i + 128]
        n = struct.unpack_from("<H", e, 64)[0]
        name = e[: max(0, n - 2)].decode("utf-16-le", "replace")
        kind = e[66]
        start, length = struct.unpack_from("<IQ", e, 116)
        entries.append((name, kind, start, length & 0xFFFFFFFF if shift == 9 else length))
    if not entries:
        return b""
    root_start, root_size = entries[0][2], entries[0][3]
    for want in ("Workbook", "Book"):
        for name, kind, start, length in entries:
            if kind != 2 or name != want:
                continue
            if length >= cutoff:
                return b"".join(sector(s) for s in chain(start, fat) if s < n_sectors)[:length]
            mini = b"".join(sector(s) for s in chain(root_start, fat) if s < n_sectors)[:root_size]
            minifat: list[int] = []
            for s in chain(first_minifat, fat):
                if s < n_sectors:
                    minifat += struct.unpack(f"<{size // 4}I", sector(s))
            m = 1 << mini_shift
            return b"".join(mini[s * m: (s + 1) * m] for s in chain(start, minifat))[:length]
    return b""


def _walk(stream: bytes) -> dict[str, SheetStyle]:
    """The globals' fonts, XFs and sheet names, then each sheet's COLINFO and cell XFs."""
    fonts: list[bool] = []  # struck through, by font record
    xfs: list[int] = []  # font index, by XF record
    xf_formats: list[int] = []  # number format index, by XF record
    codes: dict[int, str] = {}  # custom number format index → its code (FORMAT records)
    sheets: dict[int, str] = {}  # BOF offset → sheet name
    pos, end = 0, len(stream)
    biff8 = False  # a BIFF5 file (Excel 95) writes a FORMAT's code in another layout: its formats are not read
    while pos + 4 <= end:
        rid, n = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if rid == _BOF and pos == 0 and n >= 2:
            biff8 = struct.unpack_from("<H", stream, body)[0] == 0x0600
        if rid == _FONT:
            fonts.append(bool(struct.unpack_from("<H", stream, body + 2)[0] & 0x08))
        elif rid == _XF:
            font, number_format = struct.unpack_from("<HH", stream, body)
            xfs.append(font)
            xf_formats.append(number_format)
        elif rid == _FORMAT and biff8 and n >= 5:
            index, cch, high = *struct.unpack_from("<HH", stream, body), stream[body + 4] & 1
            raw = stream[body + 5: body + 5 + cch * (2 if high else 1)]
            codes[index] = raw.decode("utf-16-le") if high else raw.decode("latin-1")
        elif rid == _BOUNDSHEET:
            offset = struct.unpack_from("<I", stream, body)[0]
            cch, high = stream[body + 6], stream[body + 7] & 1
            raw = stream[body + 8: body + 8 + cch * (2 if high else 1)]
            sheets[offset] = raw.decode("utf-16-le") if high else raw.decode("latin-1")
        elif rid == _EOF:
            break
        pos = body + n
    # font index 4 does not exist in BIFF: the fifth FONT record is font 5
    struck_fonts = {i if i < 4 else i + 1 for i, s in enumerate(fonts) if s}
    struck_xf = {i for i, f in enumerate(xfs) if f in struck_fonts}
    formatted = {i: codes[f] for i, f in enumerate(xf_formats) if f in codes}
    out: dict[str, SheetStyle] = {}
    for offset, name in sheets.items():
        style = _sheet(stream, offset, struck_xf, formatted)
        if style.hidden_columns or style.struck or style.hidden_rows or style.errors or style.formats:
            out[name] = style
    return out


def _sheet(stream: bytes, pos: int, struck_xf: set[int], formatted: dict[int, str]) -> SheetStyle:
    hidden: set[int] = set()
    struck: set[tuple[int, int]] = set()
    formats: dict[tuple[int, int], str] = {}
    rows: set[int] = set()
    errors: dict[tuple[int, int], str] = {}
    filtered = False
    end = len(stream)
    if pos + 4 > end or struct.unpack_from("<H", stream, pos)[0] != _BOF:
        return SheetStyle()
    pos += 4 + struct.unpack_from("<H", stream, pos + 2)[0]
    while pos + 4 <= end:
        rid, n = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if rid in (_EOF, _BOF):
            break
        if rid == _COLINFO and n >= 10:
            first, last, _width, _xf, flags = struct.unpack_from("<HHHHH", stream, body)
            if flags & 1:
                hidden.update(range(first, min(last + 1, _MAX_COLS)))
        elif rid == _AUTOFILTERINFO:
            filtered = True  # a filter hides the rows it filters out: they are still the return's rows
        elif rid == _ROW and n >= 16:
            r, flags = struct.unpack_from("<H", stream, body)[0], struct.unpack_from("<I", stream, body + 12)[0]
            if flags & 0x20 and not flags & 0x07:  # fDyZero, at outline level 0 (a collapsed group's rows are read)
                rows.add(r)
        elif rid == _BOOLERR and n >= 8 and stream[body + 7]:
            r, c = struct.unpack_from("<HH", stream, body)
            errors[(r, c)] = _ERRORS.get(stream[body + 6], "#VALUE!")
        elif rid == _FORMULA and n >= 14 and stream[body + 6] == 2 and stream[body + 12: body + 14] == b"\xff\xff":
            r, c = struct.unpack_from("<HH", stream, body)  # a formula whose cached result is an error
            errors[(r, c)] = _ERRORS.get(stream[body + 8], "#VALUE!")
        if (struck_xf or formatted) and rid in _CELL_RECORDS and n >= 6:
            r, c, xf = struct.unpack_from("<HHH", stream, body)
            _styled(struck, formats, (r, c), xf, struck_xf, formatted)
        elif (struck_xf or formatted) and rid in (_MULRK, _MULBLANK) and n >= 6:
            r, c0 = struct.unpack_from("<HH", stream, body)
            step = 6 if rid == _MULRK else 2
            for i, at in enumerate(range(body + 4, body + n - 2, step)):
                _styled(struck, formats, (r, c0 + i), struct.unpack_from("<H", stream, at)[0], struck_xf, formatted)
        pos = body + n
    return SheetStyle(frozenset(hidden), struck, frozenset() if filtered else frozenset(rows), errors, formats)


def _styled(struck: set[tuple[int, int]], formats: dict[tuple[int, int], str], cell: tuple[int, int], xf: int,
            struck_xf: set[int], formatted: dict[int, str]) -> None:
    """What one cell's XF says: struck through, and its custom number format."""
    if xf in struck_xf:
        struck.add(cell)
    if (code := formatted.get(xf)) is not None:
        formats[cell] = code
