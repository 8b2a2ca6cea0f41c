"""Read a workbook as clerks make them: find the form's table wherever it sits on whichever sheet.

The reader works on the raw grid of every sheet (calamine, from cell A1, so row numbers are real
Excel rows) and returns text-level facts: which form's headers it found where, the lines above the
table (title, 填报单位, 单位), the data rows with their Excel row numbers, the 合计 row and the
footer (填报人, 联系电话).  Parsing the cell values is the normaliser's job.

Returns arrive as .xlsx/.xlsm, legacy .xls, WPS .et, .ods or .xlsb, and their extension does not
always tell the truth (an .xls saved under an .xlsx name, an HTML table exported as ".xls", an
encrypted workbook that Office stores as an OLE container).  The content decides, so the sender
is told what the file really is.  Macros are never run: calamine only reads cell values.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import python_calamine

from beizeng.base.problems import Problem, ReturnError
from beizeng.base.safe_io import suffix_of
from beizeng.base.sheets import FEEDBACK_SHEETS, INSTRUCTIONS_SHEET, META_SHEET, QUESTIONS_SHEET
from beizeng.intake import biff, drawn, positions
from beizeng.intake.headers import MONTH_RE, RANGE_RE, UNIT_RE, YEAR_RE
from beizeng.intake.inbox import SUPPORTED_SUFFIXES
from beizeng.intake.safety import HIDDEN, OUTLINED, Findings, inspect_file, no_value_formula, related_parts

#: How far down a sheet the header may start.
HEADER_SCAN_ROWS = 30
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: Office stores a password-protected .xlsx as an OLE container holding these two streams.
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
#: Sheet columns that are never part of a form and need no "column not read" note.
IGNORED_EXTRA = ("序号", "编号", "no", "no.", "序")
#: A unit in a header's brackets: the one pattern, from the one table of units (beizeng.base.units).
HEADER_UNIT_RE = UNIT_RE
PARENS_RE = re.compile(r"\([^)]*\)")
_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "~": "-", "～": "-", "至": "-", "到": "-", "―": "-"})
#: How a header says its period: one home, beizeng.intake.headers.
_MONTH_RANGE_RE, _ONE_MONTH_RE, _YEAR_RE = RANGE_RE, MONTH_RE, YEAR_RE
#: Characters no writer downstream accepts (XML 1.0 forbids C0 controls but tab and line feed, and the
#: noncharacters; python-docx and openpyxl raise on them): C0/C1 controls, DEL, U+FFFE/U+FFFF, U+FDD0–U+FDEF,
#: and the line breaks other programs use (Word's \x0b, \r, U+2028/9), which become a plain line feed.
#: Control characters, and the invisible ones a paste from a web page or a chat brings (zero-width spaces and
#: joiners, the word joiner, a byte-order mark, a soft hyphen): a clerk cannot see them, so they never make a
#: figure "not a number" or a code "wrong"; removed and noted like the control characters.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u2060-\u2064\ufeff\ufdd0-\ufdef\ufffe\uffff\u2028\u2029]")
_LINE_BREAKS = {"\x0b": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "退格符", "\x0c": "换页符", "\x1b": "ESC", "\x7f": "DEL",
                  "\u200b": "零宽空格", "\u200c": "零宽非连接符", "\u200d": "零宽连接符", "\u2060": "零宽不换行符",
                  "\ufeff": "零宽不换行空格（BOM）", "\xad": "软连字符", "\u200e": "方向标记", "\u200f": "方向标记"}


#: The ways clerks write "no figure" in a cell (blank, "—", "/", "无" …), compared after ``clean_text`` and lower():
#: what they mean in a given column is normalise's (``is_nothing``, ``nothing_means_zero``); a row of nothing
#: else is a placeholder row (``tables``).
NOTHING = {"", "—", "——", "-", "--", "－", "/", "／", "无", "空", "null", "none", "n/a", "na", "#n/a", "/ ",
           "\\", "…", "...", "暂无", "无数据", "未填", "—/—", "--/--", "─", "━"}


def clean_text(value: Any) -> str:
    """Text as typed, with full-width forms folded and spaces (incl. ideographic) trimmed.

    Called for every cell of every return, so ASCII text and numbers take a short path and other
    text is folded once per distinct string.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip() if value.isascii() else _nfkc(value)
    if isinstance(value, float) and value.is_integer():
        # past 15 digits a float holds no more than Excel kept: its shortest repr, never the binary's own digits
        return str(int(value)) if abs(value) < 1e15 else format(Decimal(repr(value)), "f")
    if isinstance(value, int | float):
        return str(value)
    return _nfkc(str(value))


@lru_cache(maxsize=65536)
def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _base_key(value: Any) -> str:
    return _folded_key(clean_text(value))


@lru_cache(maxsize=65536)  # every header search folds the same top rows' cells again and again
def _folded_key(text: str) -> str:
    text = HEADER_UNIT_RE.sub("", text)
    text = re.sub(r"[\s*＊:：]", "", text).replace("（", "(").replace("）", ")").lower()
    text = text.translate(_DASHES)
    text = _MONTH_RANGE_RE.sub("1-n月", text)
    return _ONE_MONTH_RE.sub("本月", text)


def header_key(value: Any) -> str:
    """A header reduced to what identifies it: no spaces, line breaks, units or asterisks.

    "1-6月累计完成投资（万元）", "1—6月累计完成投资" and "1-N月累计完成投资" all reduce to the same
    key, because a clerk retypes the month range every month.
    """
    return _base_key(value)


def header_keys(value: Any) -> list[str]:
    """The header's key and the looser variants tried after it (year words, bracketed remarks)."""
    return list(_header_keys(clean_text(value)))


@lru_cache(maxsize=4096)
def _header_keys(text: str) -> tuple[str, ...]:
    key = _base_key(text)
    keys = [key]
    if _YEAR_RE.search(key):
        keys += [_YEAR_RE.sub("本年", key), _YEAR_RE.sub("", key)]
    for k in list(keys):
        if k.startswith(("本年度", "本年")) and len(k) > 3:
            keys.append(k.removeprefix("本年度").removeprefix("本年"))
    for k in list(keys):
        bare = PARENS_RE.sub("", k)
        if bare != k and bare:
            keys.append(bare)
    return tuple(dict.fromkeys(k for k in keys if k))


@dataclass
class Sheet:
    """One sheet's raw grid from A1, so that list positions are Excel rows and columns (cells reported
    back to a sender must be the cells they see)."""

    name: str
    visible: bool
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    #: The file the sheet came from and its container ("ooxml", "ole", "ods", "xlsb"), for the look-ups
    #: calamine cannot do (number formats, formulas) and for the feedback workbook.
    source: Path | None = None
    container: str = ""
    #: Header candidates per (row, height): the same for every form, so computed once per sheet.
    _candidates: dict[tuple[int, int], list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, repr=False)
    _texts: dict[int, list[str]] = field(default_factory=dict, repr=False)
    #: Column blocks of the header at (row, height), split by empty columns (``_blocks``).
    _blocks: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    #: Whether beizeng.intake.safety saw a formula saved without its result on this sheet (None: not looked).
    uncached_formulas: bool | None = None
    #: The sheet's part inside an .xlsx zip, as beizeng.intake.safety found it (None: not known).
    part: str | None = None
    #: Cells (0-based) from which the reader removed control characters, with their names (``clean_cell``).
    cleaned: dict[tuple[int, int], str] = field(default_factory=dict)
    #: A view of a table laid out the other way round (``turned``): from this 0-based row on, the view's
    #: rows are the file's columns and its columns the file's rows; the lines above stay as they are.
    turned_at: int | None = None
    _turned: list[Sheet | None] = field(default_factory=list, repr=False)
    #: Each form's best header on this sheet, as laid out or turned (``_best_on``): asked for again when a
    #: workbook's returns are told apart and then identified.  (A ``matching.HeaderMatch`` or None: typed Any
    #: because a sheet sits beneath the matcher, which imports it.)
    _best: dict[tuple[str, int], Any] = field(default_factory=dict, repr=False)
    #: A key：value view (``paired``): the view's cell → the file's cell it was read from.
    cell_map: dict[tuple[int, int], tuple[int, int]] | None = None
    #: How a view other than turned or key：value reads the file, in words for the sender's note
    #: (``beizeng.intake.indicators``: a table of indicators read upright); empty for the others.
    reading: str = ""
    #: The view's column that holds each record's name with no header the clerk wrote over it (a crossed
    #: table's counties: ``beizeng.intake.beside``): the form's key when no header claims it.
    names_at: int | None = None
    #: A view of several tables side by side read as one (``beizeng.intake.beside``): each table's first and
    #: last column in the file, for what belongs to one of them only (its own 合计).
    parts: list[tuple[int, int]] = field(default_factory=list)
    #: Views of this sheet made by ``beizeng.intake.beside`` (tables side by side per form, a crossed table).
    _views: dict[Any, Any] = field(default_factory=dict, repr=False)
    #: A view's columns whose every record reads its value from a header cell (a kind written as a column:
    #: ``beizeng.intake.spread``): a record's row in the file is that of its other cells.
    header_fields: tuple[int, ...] = ()
    #: What reading the sheet this way must ask the sender (a figure column under no kind the form knows):
    #: the file's cells, without the file's name (identify adds it); the return is refused with them.
    questions: list[Problem] = field(default_factory=list)
    #: The file's columns (0-based) the clerk hid (.xlsx and .xls; empty when none or unknowable): what the
    #: sheet does not show never rivals what it shows for a field (beizeng.intake.matching).  Set on the sheet
    #: as read only, never on a view of it (a view's columns are other cells).
    hidden_columns: frozenset[int] = frozenset()
    #: Of ``hidden_columns``, those folded away in a group (.xlsx): the clerk is told to unfold them, not unhide them.
    folded_columns: frozenset[int] = frozenset()
    #: Of a key：value view's ``hidden_columns``, the lines the clerk struck through and typed again under them (the
    #: right figure below the struck one: ``cards.read_cards``): set aside as struck, never as hidden.
    struck_lines: frozenset[int] = frozenset()
    #: Whether beizeng.intake.safety saw a cell saved as an Excel error value / a hidden row on this sheet (None:
    #: not looked, as on a view: then the sheet's XML is read when asked).
    error_values: bool | None = None
    hides_rows: bool | None = None
    #: Whether the workbook holds any cell comment (None: not looked; beizeng.intake.remarks then looks).
    comments: bool | None = None
    #: Whether the file's row and cell styles of the sheet by this name (hidden rows, 删除线) are this grid's: not on
    #: a view joined from several sheets whose each sheet's reading has said them (``parts.by_period``).
    own_styles: bool = True
    #: The cells (0-based) holding a line of a text box over the sheet, not typed in the cell (``beizeng.intake.drawn``):
    #: read as lines of the sheet, said as the text box's when a reading rests on one.
    drawn: dict[tuple[int, int], str] = field(default_factory=dict)
    #: One month of a book kept as a sheet per month, each the sender's return of its month (``identify.returns_in``):
    #: the file's name names the book (东镇5-6月固投.xlsx), not this sheet's return, and is never held against its title.
    one_of_months: bool = False

    def view(self, rows: list[list[Any]], top: int, cell_map: dict[tuple[int, int], tuple[int, int]],
             reading: str = "") -> Sheet:
        """This sheet read another way from row ``top`` on (a key：value return's pairs, a table of indicators):
        ``rows`` below ``top``, each of their cells mapped to the file's by ``cell_map``; the title and 单位 lines
        above, their merged cells, and what cleaning found in every cell kept follow into the view."""
        merged = [m for m in self.merged if m[1][0] < top]
        view = Sheet(self.name, self.visible, rows, merged, self.source, self.container,
                     uncached_formulas=self.uncached_formulas, comments=self.comments, part=self.part, turned_at=top, cell_map=cell_map,
                     reading=reading)
        back = {v: k for k, v in cell_map.items() if k[0] > top}
        view.cleaned = {back.get(rc, rc): what for rc, what in self.cleaned.items() if rc[0] < top or rc in back}
        return view

    def real(self, r: int, c: int) -> tuple[int, int]:
        """The file's cell (0-based) that a cell of this sheet is: itself, unless the sheet is a turned
        view (the mapping is its own inverse, so it also takes a file's cell to the view's) or a key：value
        view (its map)."""
        h0 = self.turned_at
        if h0 is None or r < h0:
            return r, c
        if self.cell_map is not None:
            return self.cell_map.get((r, c), (r, c))
        return h0 + c, r - h0

    def cell(self, r: int, c: int) -> Any:
        """0-based row and column; '' outside the used range."""
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return ""

    @cached_property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def texts(self, r: int) -> list[str]:
        """Row ``r``'s cells as cleaned text (header search looks at the top rows over and over)."""
        cached = self._texts.get(r)
        if cached is None:
            cached = self._texts[r] = [clean_text(v) for v in self.rows[r]] if 0 <= r < len(self.rows) else []
        return cached

    @cached_property
    def _merges_by_row(self) -> dict[int, list[tuple[tuple[int, int], tuple[int, int]]]]:
        index: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        last = len(self.rows) - 1
        for m in self.merged:
            (r0, _), (r1, _) = m
            for r in range(r0, min(r1, last) + 1):
                index.setdefault(r, []).append(m)
        return index

    def merge_at(self, r: int, c: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The merged range covering a cell, if any."""
        for m in self._merges_by_row.get(r, ()):
            (_, c0), (_, c1) = m
            if c0 <= c <= c1:
                return m
        return None

    def shown_text(self, r: int, c: int) -> str:
        """``shown`` as cleaned text."""
        m = self.merge_at(r, c)
        if m is not None:
            r, c = m[0]
        row = self.texts(r)
        return row[c] if c < len(row) else ""

    def shown(self, r: int, c: int) -> Any:
        """The value a cell shows: a merged range shows its top-left value in every cell it covers."""
        m = self.merge_at(r, c)
        if m is not None:
            return self.cell(*m[0])
        return self.cell(r, c)


def clean_cell(text: str) -> tuple[str, str]:
    """A cell's text without control characters, and the names of those removed ('' when only line breaks
    were turned into line feeds: a Word line break in a 进展情况 is a line break, nothing to tell anyone).

    The one place they are handled: every grid is cleaned here as it is read, so no writer (feedback,
    summary workbook, report, warehouse) ever sees one, and one pasted BEL cannot stop every later run.
    """
    text = text.replace("\r\n", "\n")
    removed: list[str] = []

    def swap(m: re.Match[str]) -> str:
        ch = m.group(0)
        if ch in _LINE_BREAKS:
            return _LINE_BREAKS[ch]
        name = _CONTROL_NAMES.get(ch, f"U+{ord(ch):04X}")
        if name not in removed:
            removed.append(name)
        return ""

    return _CONTROL_RE.sub(swap, text), "、".join(removed)


def _clean_grid(rows: list[list[Any]]) -> dict[tuple[int, int], str]:
    """Clean every text cell of a grid in place; the cells that lost more than line breaks, with what they lost."""
    cleaned: dict[tuple[int, int], str] = {}
    search = _CONTROL_RE.search
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if type(v) is str and search(v):
                row[c], removed = clean_cell(v)
                if removed:
                    cleaned[(r, c)] = removed
    return cleaned


#: What a file that is no spreadsheet is, by its extension, and what its sender does instead: a photo cannot be
#: "saved as .xlsx", a zip is unpacked, a CSV is a table without its units and merged headers.
_NOT_A_TABLE: tuple[tuple[frozenset[str], str, str], ...] = (
    (frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".heic", ".heif", ".webp", ".tif", ".tiff"}),
     "这是图片，照片或截图里的数字无法读入",
     "请在 Excel 或 WPS 表格中填写报表（可用县里下发的模板），保存为 .xlsx 后报送；照片不能代替报表"),
    (frozenset({".pdf", ".ofd"}), "这是版式文件（PDF），无法从中读出表格",
     "请报送原来的 Excel 表格（.xlsx），不要转成 PDF 或打印扫描"),
    (frozenset({".doc", ".docx", ".wps", ".rtf", ".txt"}), "这是文字文档，不是表格",
     "报表请用 Excel 或 WPS 表格填写；表格做在文档里的，请复制到 Excel 后另存为 .xlsx 再报送"),
    (frozenset({".zip", ".rar", ".7z", ".tar", ".gz", ".tgz"}), "这是压缩包，压缩包里的文件不会自动读取",
     "请解压后把其中的报表逐个报送（一次可选多个文件）"),
    (frozenset({".csv", ".tsv"}), "这是CSV文本文件，不带单位、合并表头和格式，容易读错，不作报表接收",
     "请用 Excel 或 WPS 打开后“另存为” .xlsx 再报送"),
)


#: The first bytes of files that are no spreadsheet, as the extension they should have had (a PDF or a photo saved
#: under a spreadsheet's name is told what it is, not "damaged"); a zip is told apart by its central directory.
_MAGIC = ((b"%PDF", ".pdf"), (b"\xff\xd8\xff", ".jpg"), (b"\x89PNG", ".png"), (b"GIF8", ".gif"), (b"Rar!", ".rar"),
          (b"7z\xbc\xaf", ".7z"), (b"{\\rtf", ".rtf"))


def disguised(data: bytes) -> str | None:
    """The extension of what the bytes really are when they are a known kind that is no spreadsheet, else None."""
    for magic, suffix in _MAGIC:
        if data.startswith(magic):
            return suffix
    if data.startswith(ZIP_MAGIC):
        listing = data[-65536:]
        if b"xl/" not in listing and b"content.xml" not in listing:
            return ".docx" if b"word/document.xml" in listing else ".zip"
    return None


def _not_a_table(suffix: str) -> tuple[str, str] | None:
    return next(((what, fix) for suffixes, what, fix in _NOT_A_TABLE if suffix in suffixes), None)


def unsupported_type(name: str, suffix: str) -> Problem:
    """The problem of a file whose extension is no spreadsheet's, said for what it is (one place for the inbox's
    check and the reader's)."""
    said = f"不是可识别的表格文件（扩展名 {suffix or '无'}）"
    if (kind := _not_a_table(suffix.lower())) is not None:
        return Problem("error", "unsupported_type", f"{said}：{kind[0]}", kind[1], file=name)
    return Problem("error", "unsupported_type", said, "请用 Excel 或 WPS 另存为 .xlsx 后重新报送", file=name)


def picture_problem(name: str, sheets: list[str]) -> Problem:
    """The problem of a workbook whose table is a picture pasted onto its sheets (a photo of the paper table, no
    figures in any cell): said as a picture, with the photo's fix from ``_NOT_A_TABLE`` (the one table of what a
    non-table is), not "no header found, use the template" that leaves the clerk guessing."""
    what, fix = _not_a_table(".png") or ("这是图片", "")
    shown = "、".join(f"「{s}」" for s in sheets)
    return Problem("error", "picture_table", f"报表是贴在工作表{shown}里的图片，单元格里没有数字（{what}）", fix,
                   file=name, sheet=sheets[0] if sheets else None)


_DRAWING_RE = re.compile(rb"<(?:\w+:)?drawing\b")


def pictured(sheet: Sheet) -> bool:
    """Whether an .xlsx sheet's table is a picture: a drawing over the sheet, an image in the file's xl/media and no
    figure in any cell (a logo beside a table typed in cells is no photo of one).  Asked only when no form's header
    is found, so the ordinary file never opens its zip again.  An .xls's pictures are not looked for (its drawing
    records are not read): such a file stays "no header found"."""
    if any(isinstance(v, int | float) and not isinstance(v, bool) for row in sheet.rows for v in row):
        return False
    xml = _sheet_xml(sheet)
    if xml is None or _DRAWING_RE.search(xml) is None or sheet.source is None:
        return False
    try:
        with zipfile.ZipFile(sheet.source) as z:
            return any(n.startswith("xl/media/") for n in z.namelist())
    except Exception:
        return False


def _unreadable(container: str, suffix: str, data: bytes) -> str:
    """Why a file the reader failed on cannot be read, in the clerk's words — never the library's English.  An OLE
    file without the Workbook (Excel 5: Book) stream is another program's document under a spreadsheet's name
    (WPS 表格's own .et, Word 97-2003)."""
    try:
        no_book = container == "ole" and not biff.workbook_stream(data)
    except (struct.error, IndexError, ValueError):
        no_book = False
    if no_book:
        if suffix == ".et":
            return "文件是 WPS 表格自己的格式（.et），不是 Excel 格式，无法读取"
        return "文件是 Office 97-2003 格式的文档，但里面没有 Excel 工作簿（可能是 Word 文档或其他软件的文件改了扩展名）"
    return "文件已损坏或不完整，无法读取"


def _fail(name: str, code: str, message: str, fix: str) -> ReturnError:
    return ReturnError([Problem("error", code, message, fix, file=name)])


def sniff(data: bytes) -> str:
    """What the bytes are, whatever the extension says: ooxml, ole, encrypted, ods, html, text or unknown."""
    if data.startswith(OLE_MAGIC):
        return "encrypted" if any(s in data for s in _ENCRYPTED_STREAMS) else "ole"
    if data.startswith(ZIP_MAGIC):
        head = data[:4096]
        if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in head:
            return "ods"
        return "xlsb" if b"xl/workbook.bin" in data[-65536:] else "ooxml"
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta", b"<head")):
        return "html"
    head = data[:4096]
    if b"\x00" in head:
        return "unknown"
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) >= 2 and sum(1 for line in lines if "," in line or "\t" in line) >= len(lines) // 2 + 1:
            return "text"  # CSV or tab-separated text saved under a spreadsheet name
    return "unknown"


def open_workbook(path: Path, display_name: str | None = None) -> list[Sheet]:
    """Every sheet's grid, or a ``ReturnError`` that tells the sender why the file cannot be read."""
    name = display_name or path.name
    suffix = suffix_of(path.name)  # 东镇.XLSX, 东镇.xlsx with a space after it, a name that is only .xlsx
    convert = "请用 Excel 或 WPS 打开确认后另存为 .xlsx 再报送"
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReturnError([unsupported_type(name, suffix)])
    if path.stat().st_size == 0:
        raise _fail(name, "empty_file", "文件是空的（0 字节），可能没有保存完整", "请重新保存后再报送")
    findings = Findings()
    unsafe = inspect_file(path, name, findings)
    if unsafe:
        raise ReturnError(unsafe)
    data = path.read_bytes()
    container = sniff(data)
    if container == "encrypted":
        raise _fail(name, "encrypted", "文件设置了打开密码（加密文件），无法读取", "请取消密码后另存为 .xlsx 再报送")
    if container == "html":
        raise _fail(name, "html_not_excel", f"文件扩展名是 {suffix}，但内容是网页（HTML/XML）格式，不是真正的 Excel 文件",
                    "这种文件多由系统“导出”生成，" + convert)
    if container == "text":
        raise _fail(name, "text_not_excel", f"文件扩展名是 {suffix}，但内容是纯文本（如 CSV），不是 Excel 文件", convert)
    if container in ("unknown", "ooxml") and (real := disguised(data)) is not None and \
            (kind := _not_a_table(real)) is not None:
        raise _fail(name, "disguised_type", f"文件扩展名是 {suffix}，但内容不是 Excel 表格：{kind[0]}", kind[1])
    if container == "unknown":
        raise _fail(name, "corrupt", "文件已损坏，不是有效的 Excel 文件", convert)
    try:
        wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))  # sniffs the content itself
        sheets = []
        never = _never_a_return([meta.name for meta in wb.sheets_metadata])
        hidden = findings.hidden_columns or {}
        if findings.strike_styles is False and (key := file_key(path)) is not None:
            remember(_PLAIN, key)  # no struck font in the styles: no sheet is looked at for struck cells
        if container == "ole":  # an .xls keeps its hidden columns in records calamine does not read
            hidden = {n: st.hidden_columns for n, st in _ole_styles(path, data).items() if st.hidden_columns}
        for meta in wb.sheets_metadata:
            if meta.name == INSTRUCTIONS_SHEET and meta.name in never:  # the template's text: never read, not loaded
                sheets.append(Sheet(meta.name, str(meta.visible).endswith(".Visible"), [], [], path, container))
                continue
            ws = wb.get_sheet_by_name(meta.name)
            rows = ws.to_python(skip_empty_area=False)
            cleaned = _clean_grid(rows)
            merged = list(getattr(ws, "merged_cell_ranges", None) or [])
            visible = str(meta.visible).endswith(".Visible")
            sheets.append(Sheet(meta.name, visible, rows, merged, path, container))
            sheets[-1].cleaned = cleaned
            sheets[-1].hidden_columns = hidden.get(meta.name, frozenset())
            sheets[-1].folded_columns = (findings.folded_columns or {}).get(meta.name, frozenset())
            if findings.uncached_formula_sheets is not None:
                sheets[-1].uncached_formulas = meta.name in findings.uncached_formula_sheets
            if findings.error_sheets is not None and findings.hidden_row_sheets is not None:
                sheets[-1].error_values = meta.name in findings.error_sheets
                sheets[-1].hides_rows = meta.name in findings.hidden_row_sheets
            sheets[-1].comments = findings.comments
            if findings.sheet_parts is not None:
                sheets[-1].part = findings.sheet_parts.get(meta.name)
        if container == "ooxml" and findings.sheet_parts:
            _text_boxes(data, sheets)
    except python_calamine.PasswordError:
        raise _fail(name, "encrypted", "文件设置了密码，无法读取", "请取消密码后另存为 .xlsx 再报送") from None
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise _fail(name, "encrypted", "文件设置了密码，无法读取", "请取消密码后另存为 .xlsx 再报送") from None
        raise _fail(name, "corrupt", _unreadable(container, suffix, data), convert if suffix != ".et" else
                    "请用 WPS 打开，点“文件 ▸ 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，再报送") from None
    if not sheets:
        raise _fail(name, "corrupt", "文件中没有任何工作表", convert)
    return sheets


def _text_boxes(data: bytes, sheets: list[Sheet]) -> None:
    """The words of the text boxes over each sheet of an .xlsx read as lines of the sheet (``beizeng.intake.drawn``);
    one the grid has no room for and whose words matter is a question on the sheet.  Nothing is opened when the
    workbook has no drawing."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        if not any(n.startswith("xl/drawings/") for n in names):
            return
        for sheet in sheets:
            try:
                found = drawn.boxes(z, sheet.part, names) if sheet.part is not None else []
            except Exception:  # a drawing that does not parse says nothing rather than stop the return
                continue
            if found:
                sheet.drawn, left = drawn.place(sheet.rows, found)
                sheet.questions.extend(drawn.unread(sheet.rows, left, sheet.name))


_PERCENT_BUILTIN = {9, 10}  # the built-in number formats 0% and 0.00%
_ATTR_S = re.compile(rb'\bs="(\d+)"')
column_index = positions.column_index


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _percent_styles(z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles (cellXfs) whose number format shows a percentage."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    root = ET.fromstring(z.read("xl/styles.xml"))
    custom = {int(el.get("numFmtId", "-1")): el.get("formatCode", "") for el in root.iter() if _local(el.tag) == "numFmt"}
    out: set[int] = set()
    for el in root.iter():
        if _local(el.tag) == "cellXfs":
            for i, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                fmt = int(xf.get("numFmtId", "0"))
                if fmt in _PERCENT_BUILTIN or _scales_by_100(custom.get(fmt, "")):
                    out.add(i)
    return out


def _scales_by_100(code: str) -> bool:
    """Whether a custom number format multiplies by 100: a bare % does (0.0%), a quoted or escaped one is
    printed as a letter and multiplies nothing (0.0"%" and 0.0\\% show 8.1 as 8.1%, as statistics offices type)."""
    return "%" in re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)


def percent_formatted(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]] | None:
    """Which of these cells Excel shows as a percentage (0.125 shown as 12.5%); None when unknowable.

    calamine gives the stored number only; an .xlsx keeps the format, so 0.125 under "0.0%" is read as
    12.5 % rather than guessed from the column's other values.  The styles and the sheet's cell tags
    are read straight from the zip: loading the workbook with openpyxl for this cost ~20 ms a file.
    """
    back = {sheet.real(r, c): (r, c) for r, c in cells}  # the file's cells (a turned view's are elsewhere)
    if not back or sheet.container != "ooxml":
        return None
    percent = _styled_cells(sheet, _percent_styles)
    return None if percent is None else {back[rc] for rc in percent if rc in back}


def _styled_cells(sheet: Sheet, styles_of: Callable[[zipfile.ZipFile], set[int]]) -> frozenset[tuple[int, int]] | None:
    """The .xlsx sheet's cells (0-based, the file's) whose cell style is one of those ``styles_of`` picks from the
    workbook's styles (a percentage format, a struck font, a font the colour of its fill); None when the file cannot
    be read.  The sheet's XML is read only when some style is picked: the usual file has none."""
    if sheet.source is None or sheet.part is None:
        return None
    try:
        with zipfile.ZipFile(sheet.source) as z:
            picked = styles_of(z)
            if not picked:
                return frozenset()
            xml = z.read(sheet.part)
    except Exception:
        return None
    out: set[tuple[int, int]] = set()
    for r, c, attrs, _ in positions.cells(xml):
        s = _ATTR_S.search(attrs)
        if s is not None and int(s.group(1)) in picked:
            out.add((r, c))
    return frozenset(out)


def _per_sheet(cache: dict[tuple[str, int, int], dict[str, frozenset[tuple[int, int]]]], sheet: Sheet,
               read: Callable[[Sheet], frozenset[tuple[int, int]]]) -> frozenset[tuple[int, int]]:
    """What ``read`` finds on a sheet, kept per workbook file (``file_key``) and sheet: a file's styles are read once
    however many of its sheets and tables are looked at."""
    key = file_key(sheet.source) if sheet.source is not None else None
    if key is None:
        return frozenset()
    per_sheet = cache.get(key)
    if per_sheet is None:
        per_sheet = {}
        remember(cache, key, per_sheet)
    if sheet.name not in per_sheet:
        per_sheet[sheet.name] = read(sheet)
    return per_sheet[sheet.name]


#: Per workbook file (path, modified, size): its sheets' struck cells, so that the styles are read once per workbook.
_STRUCK: dict[tuple[str, int, int], dict[str, frozenset[tuple[int, int]]]] = {}
_OLE: dict[tuple[str, int, int], dict[str, biff.SheetStyle]] = {}
#: Workbook files whose styles have no struck font (beizeng.intake.safety saw their styles.xml).
_PLAIN: dict[tuple[str, int, int], bool] = {}
_CACHED_FILES = 16


def remember(cache: dict[Any, Any], key: Any, value: Any = True) -> None:
    """Keep what was read of a workbook file for the next look at it (a few files: a batch reads one at a time)."""
    if len(cache) >= _CACHED_FILES:
        cache.clear()
    cache[key] = value


def file_key(path: Path) -> tuple[str, int, int] | None:
    """A workbook file as the caches of what was read of it know it: path, modified, size (None: gone)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path), st.st_mtime_ns, st.st_size


def _ole_styles(path: Path, data: bytes | None = None) -> dict[str, biff.SheetStyle]:
    """An .xls's hidden columns and rows, struck cells and error values per sheet (``beizeng.intake.biff``), read
    once per file."""
    key = file_key(path)
    if key is None:
        return {}
    found = _OLE.get(key)
    if found is None:
        try:
            found = biff.read_styles(data if data is not None else path.read_bytes())
        except OSError:
            found = {}
        remember(_OLE, key, found)
    return found


def _struck_styles(z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles (cellXfs) whose font is struck through (删除线)."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    root = ET.fromstring(z.read("xl/styles.xml"))
    struck_fonts: set[int] = set()
    out: set[int] = set()
    for el in root.iter():
        if _local(el.tag) == "fonts":
            for i, font in enumerate(f for f in el if _local(f.tag) == "font"):
                if any(_local(x.tag) == "strike" and x.get("val", "1") not in ("0", "false") for x in font):
                    struck_fonts.add(i)
        elif _local(el.tag) == "cellXfs" and struck_fonts:
            for i, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                if int(xf.get("fontId", "0")) in struck_fonts:
                    out.add(i)
    return out


def _struck_in_file(sheet: Sheet) -> frozenset[tuple[int, int]]:
    """The file's cells (0-based) on this sheet shown struck through, read once per workbook and sheet."""
    if sheet.source is None or sheet.container not in ("ooxml", "ole") or not sheet.own_styles:
        return frozenset()  # .ods, .xlsb: their styles are not read (nothing new is said)
    if file_key(sheet.source) in _PLAIN:
        return frozenset()
    return _per_sheet(_STRUCK, sheet, _ole_struck if sheet.container == "ole" else _xlsx_struck)


def ole_formats(sheet: Sheet) -> dict[tuple[int, int], str]:
    """An .xls sheet's cells under a custom number format (0-based cell → format code), from its BIFF records."""
    style = _ole_styles(sheet.source).get(sheet.name) if sheet.source is not None else None
    return style.formats if style is not None else {}


def _ole_struck(sheet: Sheet) -> frozenset[tuple[int, int]]:
    style = _ole_styles(sheet.source).get(sheet.name) if sheet.source is not None else None
    return frozenset(style.struck) if style is not None else frozenset()


def _xlsx_struck(sheet: Sheet) -> frozenset[tuple[int, int]]:
    return _styled_cells(sheet, _struck_styles) or frozenset()


def any_struck(sheet: Sheet) -> bool:
    """Whether anything on the sheet is struck through: the usual file answers from the inspection's look at its
    styles, with nothing more read."""
    return bool(_struck_in_file(sheet))


def struck_cells(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these cells the file shows struck through (删除线): a clerk's way of striking out a project that
    was called off, or a figure no longer meant, while keeping it visible.

    Read from an .xlsx's styles and cell tags and from an .xls's FONT/XF/cell records (beizeng.intake.biff);
    for .ods and .xlsb nothing is known and the empty set is returned (nothing new is said about them).
    """
    struck = _struck_in_file(sheet)
    if not struck:
        return set()
    return {(r, c) for r, c in cells if sheet.real(r, c) in struck}


def struck_rows(sheet: Sheet) -> set[int]:
    """The rows (0-based) whose every filled cell the file shows struck through: a line the clerk crossed out whole
    (label and figure), kept in sight."""
    if not any_struck(sheet):
        return set()
    filled = {r: [(r, c) for c, t in enumerate(sheet.texts(r)) if t] for r in range(len(sheet.rows))}
    struck = struck_cells(sheet, [rc for cells in filled.values() for rc in cells])
    return {r for r, cells in filled.items() if cells and all(rc in struck for rc in cells)}


#: Per workbook file: its sheets' filled cells shown in a font a person cannot see (``unseen_by_style``).
_UNSEEN: dict[tuple[str, int, int], dict[str, frozenset[tuple[int, int]]]] = {}
#: Colours that are white however the file names them: an rgb (alpha dropped), the theme's first colour (lt1, white
#: in every Office and WPS theme) and the legacy palette's whites (indexed 1 and 9).
_WHITE = "FFFFFF"
#: A ``<font>`` or ``<fill>`` naming a colour that may hide text: the styles are parsed only when one is there.
_MAY_HIDE_RE = re.compile(rb'(?i)rgb="[0-9a-f]{0,2}ffffff"|theme="0"|indexed="(?:1|9)"|patternType="solid"')


def _colour(el: Any) -> str | None:
    """A ``<color>``/``<fgColor>`` as one comparable name: rgb without its alpha, ``theme:N`` (``tint`` kept: a tinted
    theme colour is another shade), white for the theme's and palette's whites; None when it names none."""
    if el is None:
        return None
    tint = el.get("tint")
    shade = tint is not None and abs(float(tint)) > 0.05
    if (rgb := el.get("rgb")) is not None:
        return rgb[-6:].upper()
    if (theme := el.get("theme")) is not None:
        return _WHITE if theme == "0" and not shade else f"theme:{theme}:{tint or ''}"
    if (indexed := el.get("indexed")) is not None:
        return _WHITE if indexed in ("1", "9") else f"indexed:{indexed}"
    return None


def _unseen_styles(z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles (cellXfs) whose text a person cannot see: a font coloured as the cell's solid fill,
    or white on no fill (a clerk's draft line kept in white, invisible on screen and paper)."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    data = z.read("xl/styles.xml")
    if not _MAY_HIDE_RE.search(data):
        return set()
    root = ET.fromstring(data)
    fonts: list[str | None] = []
    fills: list[str | None] = []  # a solid fill's colour; "" for no fill; None for a pattern (never compared)
    out: set[int] = set()
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "fonts":
            fonts = [_colour(next((x for x in f if _local(x.tag) == "color"), None)) for f in el if _local(f.tag) == "font"]
        elif tag == "fills":
            for f in (f for f in el if _local(f.tag) == "fill"):
                pattern = next((x for x in f if _local(x.tag) == "patternFill"), None)
                kind = pattern.get("patternType", "none") if pattern is not None else "gradient"
                fg = next((x for x in pattern if _local(x.tag) == "fgColor"), None) if pattern is not None else None
                fills.append("" if kind == "none" else _colour(fg) if kind == "solid" else None)
        elif tag == "cellXfs":
            for i, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                font_id, fill_id = int(xf.get("fontId", "0")), int(xf.get("fillId", "0"))
                font = fonts[font_id] if font_id < len(fonts) else None
                fill = fills[fill_id] if fill_id < len(fills) else ""
                if font is not None and (font == fill or (fill == "" and font == _WHITE)):
                    out.add(i)
    return out


def _unseen_in_file(sheet: Sheet) -> frozenset[tuple[int, int]]:
    """The file's cells (0-based) on this sheet styled in a font a person cannot see, read once per workbook and
    sheet (.xlsx only: the fonts and fills of .xls, .ods and .xlsb are not read, nothing new is said of them)."""
    if sheet.source is None or sheet.container != "ooxml" or not sheet.own_styles or sheet.part is None:
        return frozenset()
    return _per_sheet(_UNSEEN, sheet, lambda s: _styled_cells(s, _unseen_styles) or frozenset())


def unseen_by_style(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these cells hold text in a font a person cannot see on screen or paper: the colour of the cell's
    fill, or white on no fill.  With the number formats that show nothing (``;;;``) this is
    ``beizeng.intake.shown.unseen_cells``, the one question callers ask."""
    unseen = _unseen_in_file(sheet)
    return {(r, c) for r, c in cells if sheet.real(r, c) in unseen} if unseen else set()


_ERROR_TYPE = re.compile(rb"""\bt\s*=\s*["']e["']""")
_VALUE_RE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_AUTOFILTER = re.compile(rb"<(?:\w+:)?autoFilter\b")
_AUTOFILTER_REF = re.compile(rb"""<(?:\w+:)?autoFilter\b[^>]*?\bref\s*=\s*["']([^"']+)["']""")


def _sheet_xml(sheet: Sheet) -> bytes | None:
    if sheet.source is None or sheet.container != "ooxml" or sheet.part is None:
        return None
    try:
        with zipfile.ZipFile(sheet.source) as z:
            return z.read(sheet.part)
    except Exception:
        return None


def error_values(sheet: Sheet) -> dict[tuple[int, int], str]:
    """The cells (this sheet's, 0-based) the file holds as an Excel error value, with the value as Excel shows it
    (#DIV/0!, #REF!, #N/A …).  calamine reads them as empty cells: without this, a broken formula is a blank the
    clerk is told to fill in, or an optional figure gone without a word.  An .xlsx's sheet XML tells (the
    inspection's scan says which sheets hold one, so the ordinary file costs nothing more), an .xls's BIFF records
    (``beizeng.intake.biff``, read once per file)."""
    if sheet.error_values is False:
        return {}
    found: dict[tuple[int, int], str] = {}
    if sheet.container == "ole" and sheet.source is not None:
        style = _ole_styles(sheet.source).get(sheet.name)
        found = style.errors if style is not None else {}
    else:
        xml = _sheet_xml(sheet)
        if xml is None or b't="e"' not in xml:
            return {}
        for r, c, attrs, start in positions.cells(xml):
            if _ERROR_TYPE.search(attrs) and (v := _VALUE_RE.search(positions.body(xml, start))) is not None:
                found[(r, c)] = v.group(1).decode("utf-8", "replace")
    back = {v: k for k, v in sheet.cell_map.items()} if sheet.cell_map is not None else None
    return {back.get(at, at) if back is not None else sheet.real(*at): value for at, value in found.items()}


def hand_hidden_rows(sheet: Sheet) -> set[int]:
    """The file's rows (0-based) the clerk hid by hand: hidden, not by a filter (a sheet with an autoFilter hides
    the rows it filters out; they are still the return's rows) nor as an outline's collapsed detail (grouped rows
    under a visible subtotal).  A file never outranks what it shows: a row hidden by hand is one the clerk took out
    of sight (a project 停建) — beizeng.intake.tables sets it aside with a warning naming it."""
    if sheet.hides_rows is False or not sheet.own_styles:
        return set()
    if sheet.container == "ole" and sheet.source is not None:
        style = _ole_styles(sheet.source).get(sheet.name)
        return set(style.hidden_rows) if style is not None else set()
    xml = _sheet_xml(sheet)
    if xml is None or _AUTOFILTER.search(xml):
        return set()
    out = {r for r, attrs in positions.rows(xml) if HIDDEN.search(attrs) and not OUTLINED.search(attrs)}
    return out - _table_filtered_rows(sheet) if out else out


def _table_filtered_rows(sheet: Sheet) -> set[int]:
    """The file's rows (0-based) an Excel table's filter covers (套用表格格式 / Ctrl+T): a table keeps its
    ``<autoFilter>`` in its own part (``xl/tables/tableN.xml``, named by the sheet's relations), not in the sheet's
    XML; the rows it hides are a filter's, still the return's rows, as for the sheet's own autoFilter."""
    if sheet.source is None or sheet.part is None:
        return set()
    out: set[int] = set()
    try:
        with zipfile.ZipFile(sheet.source) as z:
            for part in related_parts(z, set(z.namelist()), sheet.part, "/table"):
                ref = _AUTOFILTER_REF.search(z.read(part))
                span = positions.cell_range(ref.group(1).decode("ascii", "replace")) if ref is not None else None
                if span is not None:
                    out.update(range(span[0], span[2] + 1))
    except Exception:
        return out
    return out


#: openpyxl's warning for a date-formatted cell whose number is no date Excel can show (20260220 typed as yyyymmdd
#: under yyyy/m/d: the serial lies beyond 9999-12-31); it then holds the cell as the error #VALUE!.
_OPENPYXL_DATE_WARNING = r".*outside the limits for dates"


@contextmanager
def quiet_dates() -> Iterator[list[str]]:
    """openpyxl reading a workbook, without its out-of-range date warning reaching the user: the cell's own
    number is what the reader takes (calamine gives it as typed), and :func:`restore_numbers` puts it back
    into a copy, so the warning tells nobody anything.  Yields a list that, once the block is done, holds the
    text of each such warning (so a copy is looked over only when openpyxl gave one); other warnings pass on."""
    said: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield said
    for w in caught:
        if issubclass(w.category, UserWarning) and re.match(_OPENPYXL_DATE_WARNING, str(w.message)):
            said.append(str(w.message))
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def restore_numbers(ws: Any, sheet: Sheet) -> int:
    """Put back into an openpyxl copy of ``sheet`` the numbers openpyxl turned into #VALUE! because their date
    format made them dates beyond 9999-12-31 (20260220 typed into a yyyy/m/d cell).  The clerk typed a number,
    not an error: a feedback holding #VALUE! there would come back as an Excel error the clerk never made.  A
    cell the file itself holds as an error reads as empty in calamine, so it is never taken for one.  Returns
    how many cells were put back."""
    n = 0
    for row in ws.iter_rows():
        for cell in row:
            if getattr(cell, "data_type", None) != "e" or cell.value != "#VALUE!":
                continue
            r, c = cell.row - 1, cell.column - 1
            raw = sheet.rows[r][c] if r < len(sheet.rows) and c < len(sheet.rows[r]) else None
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                cell.value = int(raw) if float(raw).is_integer() else raw
                n += 1
    return n


def uncalculated_formulas(sheet: Sheet) -> set[tuple[int, int]]:
    """Cells holding a formula saved without its result (files written by scripts): they read as empty.

    Only an .xlsx can tell; a quick scan of the sheet XML for such formulas comes first, so the
    ordinary file costs nothing more.
    """
    if sheet.source is None or sheet.container != "ooxml" or sheet.uncached_formulas is False:
        return set()
    if sheet.uncached_formulas is None:  # not seen by the inspection (a sheet made by hand, in a test)
        try:
            with zipfile.ZipFile(sheet.source) as z:
                parts = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
                if not any(no_value_formula(z.read(n)) for n in parts):
                    return set()
        except Exception:
            return set()
    import openpyxl

    out: set[tuple[int, int]] = set()
    try:
        with quiet_dates():
            wb = openpyxl.load_workbook(sheet.source, read_only=True, data_only=False)
    except Exception:
        return out
    try:
        with quiet_dates():
            rows = list(wb[sheet.name].iter_rows())
        for row in rows:
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    r, c = sheet.real(cell.row - 1, cell.column - 1)  # type: ignore[operator]
                    if not clean_text(sheet.cell(r, c)):
                        out.add((r, c))
    except Exception:
        return out
    finally:
        wb.close()
    return out


#: A cell's content that is a formula with its saved result (matched where ``positions.cells`` says the content starts).
_FORMULA_BODY = re.compile(rb'\s*<(?:\w+:)?f\b[^>/]*>([^<]+)</(?:\w+:)?f>\s*<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>')
_FULL_CALC_RE = re.compile(rb'\bfullCalcOnLoad="(?:1|true)"')
_FORMULA_TOKEN = re.compile(r"\s*(?:(SUM)\(|(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w!(])|"
                            r"(\d+(?:\.\d*)?(?:E[+-]?\d+)?|\.\d+)|([-+*/(),]))", re.I)


class _NotSimple(Exception):
    """A formula beizeng does not work out itself (a function other than SUM, another sheet, text, a name)."""


_A1_RE = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def cell_at(ref: str) -> tuple[int, int] | None:
    """An A1 reference (B11, $B$11, b11) as (row, column), 0-based; None when it is none."""
    m = _A1_RE.fullmatch(ref.upper())
    return (int(m.group(2)) - 1, column_index(m.group(1).encode())) if m is not None else None


def _held(sheet: Sheet, r: int, c: int) -> Any:
    return sheet.rows[r][c] if r < len(sheet.rows) and c < len(sheet.rows[r]) else None


def _cell_number(sheet: Sheet, ref: str) -> Decimal:
    at = cell_at(ref)
    if at is None:
        raise _NotSimple(ref)
    value = _held(sheet, *at)
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _NotSimple(ref)
    return Decimal(repr(float(value)))


def _range_sum(sheet: Sheet, a: str, b: str) -> Decimal:
    first, last = cell_at(a), cell_at(b)
    if first is None or last is None:
        raise _NotSimple(a)
    (r0, r1), (c0, c1) = sorted((first[0], last[0])), sorted((first[1], last[1]))
    if (r1 - r0 + 1) * (c1 - c0 + 1) > 10_000:
        raise _NotSimple(a)
    total = Decimal(0)
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            value = _held(sheet, r, c)
            if isinstance(value, int | float) and not isinstance(value, bool):
                total += Decimal(repr(float(value)))  # SUM passes over text and blanks, as Excel does
    return total


def evaluate_formula(sheet: Sheet, formula: str) -> Decimal:
    """A simple formula worked out as Excel would on opening: numbers, this sheet's cells (their saved values),
    + − × ÷, brackets and SUM of cells and ranges.  ``_NotSimple`` for anything else."""
    tokens: list[tuple[str, ...]] = []
    at, text = 0, formula.lstrip("=").strip()
    while at < len(text):
        m = _FORMULA_TOKEN.match(text, at)
        if m is None or m.end() == at:
            raise _NotSimple(formula)
        at = m.end()
        fn, ref, end, number, op = m.groups()
        tokens.append(("fn",) if fn else ("ref", ref, end or "") if ref else ("num", number) if number else ("op", op))
    pos = 0

    def peek() -> tuple[str, ...] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, ...]:
        nonlocal pos
        if pos >= len(tokens):
            raise _NotSimple(formula)
        pos += 1
        return tokens[pos - 1]

    def expr() -> Decimal:
        value = term()
        while (t := peek()) is not None and t in (("op", "+"), ("op", "-")):
            take()
            value = value + term() if t[1] == "+" else value - term()
        return value

    def term() -> Decimal:
        value = factor()
        while (t := peek()) is not None and t in (("op", "*"), ("op", "/")):
            take()
            other = factor()
            if t[1] == "/" and other == 0:
                raise _NotSimple(formula)
            value = value * other if t[1] == "*" else value / other
        return value

    def factor() -> Decimal:
        t = take()
        if t == ("op", "-"):
            return -factor()
        if t == ("op", "+"):
            return factor()
        if t[0] == "num":
            return Decimal(t[1])
        if t[0] == "ref":
            if t[2]:
                raise _NotSimple(formula)  # a range outside SUM
            return _cell_number(sheet, t[1])
        if t == ("op", "("):
            value = expr()
            if take() != ("op", ")"):
                raise _NotSimple(formula)
            return value
        if t[0] == "fn":
            total = Decimal(0)
            while True:
                nxt = peek()
                if nxt is not None and nxt[0] == "ref" and nxt[2]:
                    take()
                    total += _range_sum(sheet, nxt[1], nxt[2])
                else:
                    total += expr()
                closing = take()
                if closing == ("op", ")"):
                    return total
                if closing != ("op", ","):
                    raise _NotSimple(formula)
        raise _NotSimple(formula)

    value = expr()
    if pos != len(tokens):
        raise _NotSimple(formula)
    return value


def recalculated_formulas(sheet: Sheet) -> dict[tuple[int, int], tuple[str, Decimal, Decimal | None]]:
    """Formulas whose saved result may not be what Excel shows: the cells (0-based) holding one whose simple
    arithmetic (``evaluate_formula``) gives another number than the saved result — Excel recalculates on opening,
    and shows that number — and, in a workbook saved to be recalculated on opening (``fullCalcOnLoad``: WPS with
    manual calculation, files written by programs), those beizeng cannot work out.  Cell → (formula, the saved
    result, Excel's number or None).  The same rule as ``uncalculated_formulas`` (a result the file does not
    hold as Excel shows it); only an .xlsx can tell, and only a sheet holding formulas is looked at."""
    if sheet.cell_map is not None or sheet.turned_at is not None:
        return {}
    xml = _sheet_xml(sheet)
    if xml is None or b"</f>" not in xml and b"</x:f>" not in xml:
        return {}
    try:
        with zipfile.ZipFile(sheet.source) as z:  # type: ignore[arg-type]
            full = _FULL_CALC_RE.search(z.read("xl/workbook.xml")) is not None
    except Exception:
        full = False
    import html

    out: dict[tuple[int, int], tuple[str, Decimal, Decimal | None]] = {}
    for r, c, attrs, start in positions.cells(xml):
        if start < 0 or (m := _FORMULA_BODY.match(xml, start)) is None or \
                re.search(rb'\bt="(?:str|s|e|b|inlineStr)"', attrs):
            continue
        formula, saved = html.unescape(m.group(1).decode("utf-8", "replace")), m.group(2)
        try:
            held = Decimal(saved.decode())
        except Exception:
            continue
        at = (r, c)
        try:
            worked = evaluate_formula(sheet, formula)
        except (_NotSimple, ArithmeticError):
            if full:
                out[at] = (formula, held, None)
            continue
        if abs(worked - held) > Decimal("1e-6") * max(Decimal(1), abs(held)):
            out[at] = (formula, held, worked)
    return out


def readable_sheets(sheets: list[Sheet]) -> list[Sheet]:
    """Sheets a return may be on: visible ones, never beizeng's own identification or feedback sheets,
    nor the instructions sheet of a workbook made from beizeng's template (it carries the meta sheet)."""
    never = _never_a_return([s.name for s in sheets])
    return [s for s in sheets if s.visible and s.name not in never]


def _never_a_return(names: list[str]) -> set[str]:
    """The sheets beizeng writes itself: the meta and feedback sheets, and the instructions sheet of a
    workbook made from its template (one that carries the meta sheet)."""
    ours = {META_SHEET, *FEEDBACK_SHEETS, QUESTIONS_SHEET}
    return ours | {INSTRUCTIONS_SHEET} if META_SHEET in names else ours


def read_meta_sheet(sheets: list[Sheet]) -> dict[str, str]:
    """The hidden identification sheet of a beizeng template: key/value pairs in columns A:B."""
    for s in sheets:
        if s.name == META_SHEET:
            return {clean_text(r[0]): clean_text(r[1]) for r in s.rows if len(r) >= 2 and clean_text(r[0])}
    return {}

