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

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import python_calamine

from beizeng.base.forms import Column, FormSpec
from beizeng.base.problems import Problem, ReturnError, col_letter
from beizeng.base.sheets import FEEDBACK_SHEETS, INSTRUCTIONS_SHEET, META_SHEET, QUESTIONS_SHEET
from beizeng.intake import headers
from beizeng.intake.safety import NO_VALUE_FORMULA, Findings, inspect_file

#: How far down a sheet the header may start.
HEADER_SCAN_ROWS = 30
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".xlsb")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: Office stores a password-protected .xlsx as an OLE container holding these two streams.
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

TOTAL_WORDS = ("合计", "总计", "汇总", "累计合计")
SUBTOTAL_WORDS = ("小计",)
FOOTER_WORDS = ("填报人", "填表人", "联系电话", "审核人", "负责人", "制表人", "填报日期", "单位负责人", "统计负责人",
                "统计员", "报出日期", "制表日期", "分管领导", "联系人", "经办人", "填表日期", "报送日期", "报送时间",
                "填报时间", "审核", "制表", "主要负责人", "单位盖章", "签字")
#: A line under (or inside) a table that annotates it: never a data row, whatever column it stands in.
NOTE_PREFIXES = ("注：", "注:", "说明：", "说明:", "备注：", "备注:", "附注", "填表说明", "填报说明", "资料来源", "数据来源",
                 "来源：", "来源:", "注1", "注①", "统计口径")
#: Sheet columns that are never part of a form and need no "column not read" note.
IGNORED_EXTRA = ("序号", "编号", "no", "no.", "序")
#: What a 栏次/unit row under the header holds: 甲 乙 1 2 3 …, or the unit of each column.
_ANNEX_WORDS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "栏次", "计量单位", "单位"}
UNIT_WORDS = ("亿元", "万元", "千元", "元", "%", "亩", "户", "个", "人", "年", "月")

_UNIT_RE = re.compile(r"单位[:：]?\s*(?:[(（])?(亿元|万元|千元|元)")
_HEADER_UNIT_RE = re.compile(r"[（(]\s*(亿元|万元|千元|元|%|％|亩|户|个)\s*[)）]")
_PARENS_RE = re.compile(r"\([^)]*\)")
_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "~": "-", "～": "-", "至": "-", "到": "-", "―": "-"})
_MONTH_RANGE_RE = re.compile(r"1-(?:\d{1,2}|本|n)月(?:份)?")
_ONE_MONTH_RE = re.compile(r"(?<![\d\-n])(?:\d{1,2})月(?:份)?")
_YEAR_RE = re.compile(r"20\d{2}年(?:度)?")
_SECTION_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")
_TOTAL_RE = re.compile(r"^(?:全[县市区镇乡]|本[页表镇乡县]|各乡镇|总)?(?:合计|总计|汇总|累计合计)数?$")
_SUBTOTAL_RE = re.compile(r"^(?:.{0,12}小计|其中.*)$")
#: Characters no writer downstream accepts (XML 1.0 forbids C0 controls but tab and line feed, and the
#: noncharacters; python-docx and openpyxl raise on them): C0/C1 controls, DEL, U+FFFE/U+FFFF, U+FDD0–U+FDEF,
#: and the line breaks other programs use (Word's \x0b, \r, U+2028/9), which become a plain line feed.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u2028\u2029]")
_LINE_BREAKS = {"\x0b": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "退格符", "\x0c": "换页符", "\x1b": "ESC", "\x7f": "DEL"}


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
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return _nfkc(str(value))


@lru_cache(maxsize=65536)
def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _base_key(value: Any) -> str:
    text = clean_text(value)
    text = _HEADER_UNIT_RE.sub("", text)
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
        bare = _PARENS_RE.sub("", k)
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
    #: workbook's returns are told apart and then identified.
    _best: dict[tuple[str, int], HeaderMatch | None] = field(default_factory=dict, repr=False)
    #: A key：value view (``paired``): the view's cell → the file's cell it was read from.
    cell_map: dict[tuple[int, int], tuple[int, int]] | None = None

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
    suffix = path.suffix.lower()
    convert = "请用 Excel 或 WPS 打开确认后另存为 .xlsx 再报送"
    if suffix not in SUPPORTED_SUFFIXES:
        raise _fail(name, "unsupported_type", f"不是可识别的表格文件（扩展名 {path.suffix or '无'}）",
                    "请用 Excel 或 WPS 另存为 .xlsx 后重新报送")
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
    if container == "unknown":
        raise _fail(name, "corrupt", "文件已损坏，不是有效的 Excel 文件", convert)
    try:
        wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))  # sniffs the content itself
        sheets = []
        never = _never_a_return([meta.name for meta in wb.sheets_metadata])
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
            if findings.uncached_formula_sheets is not None:
                sheets[-1].uncached_formulas = meta.name in findings.uncached_formula_sheets
            if findings.sheet_parts is not None:
                sheets[-1].part = findings.sheet_parts.get(meta.name)
    except python_calamine.PasswordError:
        raise _fail(name, "encrypted", "文件设置了密码，无法读取", "请取消密码后另存为 .xlsx 再报送") from None
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise _fail(name, "encrypted", "文件设置了密码，无法读取", "请取消密码后另存为 .xlsx 再报送") from None
        raise _fail(name, "corrupt", f"文件无法读取（{text[:120]}）", convert) from None
    if not sheets:
        raise _fail(name, "corrupt", "文件中没有任何工作表", convert)
    return sheets


_PERCENT_BUILTIN = {9, 10}  # the built-in number formats 0% and 0.00%
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_ATTR_R = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ATTR_S = re.compile(rb'\bs="(\d+)"')


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
                if fmt in _PERCENT_BUILTIN or "%" in custom.get(fmt, ""):
                    out.add(i)
    return out


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def percent_formatted(sheet: Sheet, cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]] | None:
    """Which of these cells Excel shows as a percentage (0.125 shown as 12.5%); None when unknowable.

    calamine gives the stored number only; an .xlsx keeps the format, so 0.125 under "0.0%" is read as
    12.5 % rather than guessed from the column's other values.  The styles and the sheet's cell tags
    are read straight from the zip: loading the workbook with openpyxl for this cost ~20 ms a file.
    """
    back = {sheet.real(r, c): (r, c) for r, c in cells}  # the file's cells (a turned view's are elsewhere)
    wanted = set(back)
    if not wanted or sheet.source is None or sheet.container != "ooxml" or sheet.part is None:
        return None
    try:
        with zipfile.ZipFile(sheet.source) as z:
            percent = _percent_styles(z)
            if not percent:
                return set()
            xml = z.read(sheet.part)
    except Exception:
        return None
    out: set[tuple[int, int]] = set()
    for m in _CELL_TAG.finditer(xml):
        attrs = m.group(1)
        s = _ATTR_S.search(attrs)
        if s is None or int(s.group(1)) not in percent:
            continue
        r = _ATTR_R.search(attrs)
        if r is not None and (rc := (int(r.group(2)) - 1, _column_index(r.group(1)))) in wanted:
            out.add(back[rc])
    return out


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
                if not any(NO_VALUE_FORMULA.search(z.read(n)) for n in parts):
                    return set()
        except Exception:
            return set()
    import openpyxl

    out: set[tuple[int, int]] = set()
    try:
        wb = openpyxl.load_workbook(sheet.source, read_only=True, data_only=False)
    except Exception:
        return out
    try:
        for row in wb[sheet.name].iter_rows():
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


@dataclass
class HeaderMatch:
    """Where a form's header was found and which sheet column holds which form column."""

    form: FormSpec
    sheet: Sheet
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1, 2 or 3 rows
    columns: dict[str, int]  # form column name → 0-based sheet column
    units: dict[str, str]  # form column name → unit written in its header, if any
    extra: list[tuple[int, str]]  # sheet columns with a header the form does not know
    headers: dict[str, str] = field(default_factory=dict)  # form column name → header text as written
    #: form column name → how sure the match is (1.0: the schema's own header; see beizeng.intake.headers)
    scores: dict[str, float] = field(default_factory=dict)
    #: form column name → the sheet columns equally likely to hold it (the sender is asked, never guessed)
    ties: dict[str, list[int]] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def total(self) -> float:
        """The sum of the column scores: what ranks one place, sheet or form against another."""
        return sum(self.scores.values()) if self.scores else float(len(self.columns))

    @property
    def missing(self) -> list[Column]:
        """Form columns the sheet has no column for and that the context cannot fill either."""
        return [c for c in self.form.columns if c.name not in self.columns and not c.implied_by]

    @property
    def missing_required(self) -> list[Column]:
        """Missing columns without which the form's figures cannot be computed (``FormSpec.needs``)."""
        return [c for c in self.missing if self.form.needs(c)]

    @property
    def data_start(self) -> int:
        return self.header_row + self.header_height

    @property
    def complete(self) -> bool:
        """All required columns found, and enough columns that the match is no coincidence."""
        return self.score >= min(3, len(self.form.columns)) and not self.missing_required


def _header_candidates(sheet: Sheet, r: int, height: int) -> list[tuple[tuple[str, ...], str]]:
    """Per column: the header's path (parent ▸ child, empty when the column has no header) and the raw
    text (for its unit).  Worked out once per sheet, the same for every form."""
    cached = sheet._candidates.get((r, height))
    if cached is None:
        cached = sheet._candidates[(r, height)] = _compute_candidates(sheet, r, height)
    return cached


def _compute_candidates(sheet: Sheet, r: int, height: int) -> list[tuple[tuple[str, ...], str]]:
    """Per column: the texts of the header rows from top to bottom, a merged cell's text in every column
    it covers and a text merged down over several rows once.

    A lower cell under an empty upper one inherits the group on its left when the file keeps no merge
    information (.ods), as a person reading the printed table would.
    """
    out: list[tuple[tuple[str, ...], str]] = []
    carried: list[str] = [""] * height
    rows = [sheet.texts(r + i) for i in range(height)]
    for c in range(sheet.width):
        path: list[str] = []
        for i in range(height):
            if sheet.merged:
                m = sheet.merge_at(r + i, c)
                if m is not None and i > 0 and m[0][0] < r + i:
                    continue  # merged down from a row above: already in the path
                text = sheet.shown_text(r + i, c)
            else:
                text = rows[i][c] if c < len(rows[i]) else ""
                below = any(c < len(rows[j]) and rows[j][c] for j in range(i + 1, height))
                if not text and below and carried[i]:
                    text = carried[i]
                carried[i] = text if below else ""
            if text and (not path or path[-1] != text):
                path.append(text)
        out.append((tuple(path), "".join(path)))
    return _with_neighbours(out)


def _with_neighbours(columns: list[tuple[tuple[str, ...], str]]) -> list[tuple[tuple[str, ...], str]]:
    """A header that is only a qualifier (增速, 本月, 上年同期) right of a column it qualifies reads as that
    column's child, as a person reads "规上工业总产值（亿元） | 增速 | 排名"; the neighbour's unit stays its own."""
    out = list(columns)
    subject: str | None = None
    for c, (path, raw) in enumerate(columns):
        if not path:
            continue
        if len(path) == 1 and headers.is_bare(path[0]):
            if subject is not None:
                out[c] = ((subject, path[0]), raw)
        else:
            subject = headers.without_unit(path[-1]) if len(path) == 1 else None
    return out


_NUMBER_TYPES = (int, float, dt.date, dt.datetime, dt.time)


def _header_like(sheet: Sheet, r: int) -> bool:
    """A row that may be part of a header: some text, and not a row of figures (a data row under a
    one-row header must not be composed into it)."""
    if not any(sheet.texts(r)):
        return False
    row = sheet.rows[r] if r < len(sheet.rows) else []
    figures = sum(1 for v in row if isinstance(v, _NUMBER_TYPES) and not isinstance(v, bool))
    return figures < 2


_PATHS: dict[tuple[str, int, tuple[str, ...]], dict[str, float]] = {}


def _path_scores(form: FormSpec, path: tuple[str, ...]) -> dict[str, float]:
    """Form column → score of one header path: by meaning (beizeng.intake.headers), and at least as sure as
    before for the template's own header or a listed alias (exact keys, as ``header_keys`` folds them)."""
    key = (form.code, id(form.model), path)
    cached = _PATHS.get(key)
    if cached is None:
        cached = dict(headers.path_scores(form, path))
        lookup = _lookup(form)
        for text, factor in headers.path_texts(path):
            for k in _header_keys(text):
                name = lookup.get(k)
                if name is not None:
                    s = factor * (1.0 if name == _canonical(form, text) else headers.WEIGHT_ALIAS)
                    if s > cached.get(name, 0.0):
                        cached[name] = s
                    break
        if len(_PATHS) > 100_000:
            _PATHS.clear()
        _PATHS[key] = cached
    return cached


def _canonical(form: FormSpec, text: str) -> str | None:
    key = header_key(text)
    return next((c.name for c in form.columns if header_key(c.header) == key), None)


_LOOKUPS: dict[tuple[str, int], dict[str, str]] = {}
_ASSIGNED: dict[tuple[str, int, tuple[tuple[str, ...], ...]], headers.Assignment] = {}


def _lookup(form: FormSpec) -> dict[str, str]:
    """Header key → form column for the exact headers and aliases, built once per form."""
    cached = _LOOKUPS.get((form.code, id(form.model)))
    if cached is not None:
        return cached
    table: dict[str, str] = {}
    for col in form.columns:
        for h in col.headers:
            for k in header_keys(h)[:1]:
                table.setdefault(k, col.name)
    _LOOKUPS[(form.code, id(form.model))] = table
    return table


def _match_row(form: FormSpec, sheet: Sheet, r: int, height: int) -> HeaderMatch:
    """This form's columns in the header starting at row ``r`` (``height`` rows), by meaning (beizeng.intake.headers)."""
    candidates = _header_candidates(sheet, r, height)
    found = _assigned(form, candidates, None)
    blocks = _blocks(sheet, r, height) if sheet.turned_at is None else []
    if len(blocks) > 1:
        found = _one_table(form, candidates, blocks, found)
    units: dict[str, str] = {}
    texts: dict[str, str] = {}
    for name, c in found.columns.items():
        raw = candidates[c][1]
        texts[name] = raw
        unit = _HEADER_UNIT_RE.search(raw)
        if unit:
            units[name] = unit.group(1).replace("％", "%")
    used = set(found.columns.values())
    extra = [(c, raw) for c, (path, raw) in enumerate(candidates) if path and c not in used]
    return HeaderMatch(form, sheet, r, height, dict(found.columns), units, extra, texts, dict(found.scores),
                       dict(found.ties))


def _assigned(form: FormSpec, candidates: list[tuple[tuple[str, ...], str]],
              within: tuple[int, int] | None) -> headers.Assignment:
    """The scorer's assignment of the header columns (only those in ``within``, first and last column, when
    given) to the form's columns."""
    lo, hi = within if within is not None else (0, len(candidates) - 1)
    key = (form.code, id(form.model), tuple(path if lo <= c <= hi else () for c, (path, _) in enumerate(candidates)))
    found = _ASSIGNED.get(key)
    if found is None:  # a county's returns repeat their headers: each layout is assigned once per process
        matrix = {c: _path_scores(form, path) for c, (path, _) in enumerate(candidates) if path and lo <= c <= hi}
        found = headers.assign(matrix)
        if len(_ASSIGNED) > 20_000:
            _ASSIGNED.clear()
        _ASSIGNED[key] = found
    return found


#: How many rows under a header are looked at to tell an empty spacer column from a table's column.
_BLOCK_ROWS = 60


def _blocks(sheet: Sheet, r: int, height: int) -> list[tuple[int, int]]:
    """The header's column blocks (first, last column) that columns empty from the header down split it
    into: a table and another beside it (a 汇总 or 位次 table, a second ledger), or one table with a blank
    spacer column — ``_one_table`` tells which."""
    cached = sheet._blocks.get((r, height))
    if cached is None:
        candidates = _header_candidates(sheet, r, height)
        below = range(r + height, min(len(sheet.rows), r + height + _BLOCK_ROWS))
        out: list[tuple[int, int]] = []
        start: int | None = None
        for c, (path, _) in enumerate(candidates):
            empty = not path and not any(c < len(sheet.texts(i)) and sheet.texts(i)[c] for i in below)
            if empty:
                if start is not None:
                    out.append((start, c - 1))
                start = None
            elif start is None:
                start = c
        if start is not None:
            out.append((start, len(candidates) - 1))
        sheet._blocks[(r, height)] = cached = out
    return cached


def _one_table(form: FormSpec, candidates: list[tuple[tuple[str, ...], str]], blocks: list[tuple[int, int]],
               whole: headers.Assignment) -> headers.Assignment:
    """The header read as one table, unless the blank columns split it into tables side by side: that is
    when two blocks each claim the same field of the form on their own (项目 … 累计完成投资 in the list and
    again in the 汇总 beside it).  Then the block that reads best is the table and the others are never
    lent a column (a summary's 累计完成投资 is not the projects' figure).  Two blocks that are each the form
    whole (two ledgers side by side) stay one header, whose ties are asked about, never half read."""
    alone = [_assigned(form, candidates, b) for b in blocks]
    claimed: dict[str, int] = {}
    twice = False
    for a in alone:
        for name in a.columns:
            claimed[name] = claimed.get(name, 0) + 1
            twice = twice or claimed[name] > 1
    if not twice:
        return whole
    n = min(3, len(form.columns))
    essential = {c.name for c in form.columns if form.needs(c) and not c.implied_by}
    whole_ones = [a for a in alone if len(a.columns) >= n and essential <= set(a.columns)]
    if len(whole_ones) > 1:
        return whole
    return max(alone, key=lambda a: (round(a.total, 6), -alone.index(a)))


def header_unit(text: str) -> str | None:
    """The unit written in a header's brackets (总投资（亿元） → 亿元), % for ％."""
    m = _HEADER_UNIT_RE.search(text)
    return m.group(1).replace("％", "%") if m else None


def header_texts(match: HeaderMatch) -> dict[int, str]:
    """Every sheet column's header as written (all its rows joined), by 0-based column: for questions
    that name columns and for the layout memory's check that a header is still the one answered for."""
    return {c: raw for c, (path, raw) in enumerate(_header_candidates(match.sheet, match.header_row,
                                                                        match.header_height)) if path}


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


def _rank(m: HeaderMatch) -> tuple[float, int, int]:
    return (-round(m.total, 6), len(m.missing_required), m.header_height)


def sheet_matches(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The best place on one sheet where this form's header stands (1, 2 or 3 rows), if any column matched.

    Highest total score wins, then fewest required missing, then the shorter header (a taller one must
    earn its place by reading better), then the first such place; once a one-row header holds every
    column of the form with certainty nothing further down can win and the scan stops there.
    """
    best: HeaderMatch | None = None
    heights = (1, 2, 3) if sheet.merged else (1, 2)
    n = len(form.columns)
    # a view's header is its first row (or the few after an empty column): the lines above it are the file's
    first = sheet.turned_at or 0
    last = first + 4 if sheet.turned_at is not None else HEADER_SCAN_ROWS
    for r in range(first, min(last, len(sheet.rows))):
        if sum(1 for t in sheet.texts(r) if t) < 2:
            continue  # empty, a title or a 单位 line: a header names at least two columns
        for height in heights:
            if height > 1 and not _header_like(sheet, r + height - 1):
                break
            m = _match_row(form, sheet, r, height)
            if m.score and (best is None or _rank(m) < _rank(best)):
                best = m
        if best is not None and best.header_height == 1 and best.score == n and best.total >= n - 1e-9:
            break
    return best


#: How much better a table must read turned round than as it stands before it is read turned round.
TURN_MARGIN = 1.0
#: A table turned round has a row per indicator or field, a key：value return a pair per field: beyond
#: this many rows a sheet is an ordinary long table and is not looked at either way (nor paid for).
TURN_MAX_ROWS = 60


def _turn_point(sheet: Sheet) -> int | None:
    """The row where a table laid out the other way round starts (its row of county / item names): the
    first row naming three things, else two (a key：value table), within the rows a header is sought in."""
    counts = [sum(1 for t in sheet.texts(r) if t) for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows)))]
    for least in (3, 2):
        for r, n in enumerate(counts):
            if n >= least and r + 1 < len(sheet.rows):
                return r
    return None


def _is_a_header(sheet: Sheet, r: int) -> bool:
    """Whether row ``r`` is surely some form's header as it stands (three columns or more each read with
    near certainty): then the rows below are records, whatever their first cells say — a targets table
    (指标名称 | 单位 | 年度目标) names indicators down the side too, and is not a table turned round."""
    from beizeng.base.forms import all_forms

    for form in all_forms().values():
        m = _match_row(form, sheet, r, 1)
        if sum(1 for v in m.scores.values() if v >= 0.9) >= min(3, len(form.columns)):
            return True
    return False


def turned(sheet: Sheet) -> Sheet | None:
    """The sheet with its table turned round (indicators down the side become columns), the title and
    单位 lines above left where they are; made once per sheet.  None for a view or a sheet with no table.

    Every cell keeps its address in the file through ``Sheet.real``: problems and lineage name the
    cells the clerk sees (``on_the_file``)."""
    if sheet.turned_at is not None:
        return None
    if sheet._turned and sheet._turned[0] is not None:
        return sheet._turned[0]
    h0 = _turn_point(sheet)
    view: Sheet | None = None
    if h0 is not None and len(sheet.rows) - h0 <= TURN_MAX_ROWS and not _is_a_header(sheet, h0):
        block = sheet.rows[h0:]
        width = max((len(r) for r in block), default=0)
        columns = [[row[c] if c < len(row) else "" for row in block] for c in range(width)]
        merged = []
        for (r0, c0), (r1, c1) in sheet.merged:
            if r1 < h0:
                merged.append(((r0, c0), (r1, c1)))
            elif r0 >= h0:
                merged.append(((h0 + c0, r0 - h0), (h0 + c1, r1 - h0)))
        view = Sheet(sheet.name, sheet.visible, [list(r) for r in sheet.rows[:h0]] + columns, merged, sheet.source,
                     sheet.container, uncached_formulas=sheet.uncached_formulas, part=sheet.part, turned_at=h0)
        view.cleaned = {view.real(r, c): what for (r, c), what in sheet.cleaned.items()}
    if not sheet._turned:
        sheet._turned.append(None)
    sheet._turned[0] = view
    return view


_PAIR_RE = re.compile(r"^([^：:]{1,30}?)\s*[：:]\s*(\S.*)$")
#: Lines above a key：value return that say who sends it and in what unit, not a field of the return.
_CONTEXT_LABELS = ("填报单位", "报送单位", "填表单位", "单位", "计量单位", "金额单位", "填报日期", "报送日期")


def paired(sheet: Sheet) -> Sheet | None:
    """A one-record return written as key：value pairs — a label cell beside its value (one or several pairs
    a row, or a 项目|内容 table), or "标签：值" in one cell — as a view of one header row (the labels) over one
    data row (the values), every cell mapped to the file's (``Sheet.real``).  None when the sheet is no
    such return.  The title and the 填报单位/单位 lines above the first pair stay lines above."""
    if sheet.turned_at is not None:
        return None
    if len(sheet._turned) > 1:
        return sheet._turned[1]
    start: int | None = None
    pairs: list[tuple[str, Any, tuple[int, int], tuple[int, int]]] = []
    group: tuple[int, str] | None = None  # a label whose values stand beside its sub-labels (本月, 1-6月累计)
    for r in range(len(sheet.rows) if len(sheet.rows) <= TURN_MAX_ROWS else 0):
        filled = [(c, t) for c, t in enumerate(sheet.texts(r)) if t]
        if start is None:
            one = _PAIR_RE.match(filled[0][1]) if len(filled) == 1 else None
            if len(filled) < 2 and not (one and not one.group(1).replace(" ", "").startswith(_CONTEXT_LABELS)):
                continue
            start = r
        i = 0
        while i < len(filled):
            c, text = filled[i]
            m = _PAIR_RE.match(text)
            down = sheet.merge_at(r, c)
            if down is not None and down[1][0] > down[0][0] and i + 2 < len(filled):
                group = (c, text)  # 基本情况 merged down over its items: a heading of the pairs beside it
                i += 1
                continue
            if i + 2 < len(filled) and not _is_figure(sheet.cell(r, c), text) and headers.is_bare(filled[i + 1][1]):
                # 完成投资（万元） | 本月 | 250: the label's sub-label names the value (本月完成投资（万元）)
                group = (c, text)
                c1, sub = filled[i + 1]
                pairs.append((sub + text, sheet.cell(r, filled[i + 2][0]), (r, c1), (r, filled[i + 2][0])))
                i += 3
            elif group is not None and c == group[0] + 1 and i + 1 < len(filled) and headers.is_bare(text):
                # (blank) | 1-6月累计 | 1,750 under it: the same label's next sub-label
                pairs.append((text + group[1], sheet.cell(r, filled[i + 1][0]), (r, c), (r, filled[i + 1][0])))
                i += 2
            elif m and not _is_figure(sheet.cell(r, c), text):
                pairs.append((m.group(1), m.group(2), (r, c), (r, c)))
                i += 1
            elif i + 1 < len(filled) and not _is_figure(sheet.cell(r, c), text):
                c2 = filled[i + 1][0]
                pairs.append((text.rstrip("：:"), sheet.cell(r, c2), (r, c), (r, c2)))
                i += 2
            else:
                i += 1  # a lone cell: a label left blank, or a note
    view: Sheet | None = None
    if start is not None and 3 <= len(pairs) <= TURN_MAX_ROWS and not _is_a_header(sheet, start):
        rows = [list(row) for row in sheet.rows[:start]]
        rows += [[label for label, *_ in pairs], [value for _, value, *_ in pairs]]
        cell_map = {}
        for i, (_, _, at_label, at_value) in enumerate(pairs):
            cell_map[(start, i)] = at_label
            cell_map[(start + 1, i)] = at_value
        merged = [m for m in sheet.merged if m[1][0] < start]
        view = Sheet(sheet.name, sheet.visible, rows, merged, sheet.source, sheet.container,
                     uncached_formulas=sheet.uncached_formulas, part=sheet.part, turned_at=start, cell_map=cell_map)
        back = {v: k for k, v in cell_map.items() if k[0] == start + 1}
        view.cleaned = {back.get(rc, rc): what for rc, what in sheet.cleaned.items() if rc[0] < start or rc in back}
    while len(sheet._turned) < 2:
        sheet._turned.append(None)
    sheet._turned[1] = view
    return view


def _turned_matches(form: FormSpec, view: Sheet) -> HeaderMatch | None:
    """The form's header on a turned view.  The corner column (the file's row of names: 全市 甲县 乙县…)
    is headed by whatever the clerk wrote in the corner ("指标", "项目", nothing): when no header claims
    it, it holds the form's key (县区), as a person reading the table takes it."""
    m = sheet_matches(form, view)
    if m is None or not form.key or form.key[0] in m.columns or 0 in m.columns.values() or view.cell_map is not None:
        return m
    names = [view.shown_text(r, 0) for r in range(m.data_start, len(view.rows))]
    if sum(1 for t in names if t) < 1:
        return m
    corner = 0
    # counties under a merged parent (各县区 over 甲县 乙县…, 全市 merged down beside it): the names are the
    # lower line, the one that names every record
    while corner + 1 not in m.columns.values() and corner < 2:
        lower = [view.shown_text(r, corner + 1) for r in range(m.data_start, len(view.rows))]
        filled = [(a, b) for a, b in zip(names, lower, strict=True) if a or b]
        if not filled or not all(b for _, b in filled) or len({b for _, b in filled}) <= len({a for a, _ in filled}):
            break
        corner, names = corner + 1, lower
    key = form.key[0]
    m.columns[key] = corner
    m.scores[key] = headers.THRESHOLD
    m.headers[key] = view.shown_text(m.header_row, corner)
    m.extra = [(c, raw) for c, raw in m.extra if c > corner]
    return m


def _best_on(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The form's header on one sheet, as laid out or turned round, whichever reads clearly better.

    A table whose every column is the template's own header is never turned (nothing to gain, and the
    common case stays as cheap as before)."""
    key = (form.code, id(form.model))
    if key in sheet._best:
        return sheet._best[key]
    m = sheet_matches(form, sheet)
    if not (m is not None and m.complete and m.scores and min(m.scores.values()) >= 1.0 - 1e-9):
        m = _turned_or(form, sheet, m)
    sheet._best[key] = m
    return m


def _turned_or(form: FormSpec, sheet: Sheet, m: HeaderMatch | None) -> HeaderMatch | None:
    """``m``, or the form's header on a view of the sheet (turned round, key：value) when that reads clearly
    better."""
    for view in (turned(sheet), paired(sheet)):
        if view is None or not _may_win(form, view, m):
            continue
        t = _turned_matches(form, view)
        if t is not None and t.complete and (m is None or not m.complete or t.total > m.total + TURN_MARGIN):
            m = t
    return m


def _may_win(form: FormSpec, view: Sheet, m: HeaderMatch | None) -> bool:
    """Whether a view can read better than the sheet as it stands, judged by the scorer on the view's
    first row alone (the texts down the side, the labels): the best each text could score, plus one for the
    corner column.  Scoring a whole view costs ~10× this; most sheets are settled here."""
    h0 = view.turned_at or 0
    labels = next((view.texts(r) for r in range(h0, min(h0 + 5, len(view.rows))) if any(view.texts(r))), [])
    best = [max(_path_scores(form, (t,)).values(), default=0.0) for t in labels if t]
    bound = sum(b for b in best if b >= headers.THRESHOLD) + 1.0
    if m is not None and m.complete:
        return bound > m.total + TURN_MARGIN
    return bound >= min(3, len(form.columns))


def on_the_file(problems: Iterable[Problem], sheet: Sheet) -> None:
    """Problems found on a turned view moved to the file's cells, in place: a cell to its cell, a whole
    record (a row of the view) to its name cell, and "第N行" in its words to "第X列"."""
    h0 = sheet.turned_at
    if h0 is None:
        return

    def column_words(m: re.Match[str]) -> str:
        n = int(m.group(1)) - 1
        if n < h0:
            return m.group(0)
        return "本表" if sheet.cell_map is not None else f"第{col_letter(n - h0)}列"

    def letter_words(m: re.Match[str]) -> str:
        """A view's column named by its letter ("B列“项目代码”") is a line of the file: its row, or for a
        key：value view the label's own cell."""
        c = _column_index(m.group(1).encode())
        r, c = sheet.real(h0, c)
        return f"{col_letter(c)}{r + 1}格" if sheet.cell_map is not None else f"第{r + 1}行"

    for p in problems:
        if p.sheet != sheet.name or p.row is None or p.row - 1 < h0:
            continue
        p.message = re.sub(r"第(\d+)行", column_words, p.message)
        p.message = re.sub(r"(?<![第A-Z])([A-Z]{1,3})列(?=“)", letter_words, p.message)
        if p.code == "extra_column":  # a view's column is a line of the file (turned) or one label (key：value)
            p.message = p.message.replace("此列", "此项" if sheet.cell_map is not None else "此行", 1)
        r, c = sheet.real(p.row - 1, p.col or 0)  # a whole record: its first cell (its name)
        p.row, p.col = r + 1, c


def find_headers(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """This form's best header on every readable sheet, best sheet first."""
    found = [(i, m) for i, m in enumerate(_best_on(form, s) for s in readable_sheets(sheets)) if m is not None]
    return [m for _, m in sorted(found, key=lambda im: (*_rank(im[1])[:2], im[0]))]


def find_header(form: FormSpec, sheets: list[Sheet]) -> HeaderMatch | None:
    """The best place in the workbook where this form's headers stand, if any column matched."""
    found = find_headers(form, sheets)
    return found[0] if found else None


def hidden_matches(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """Complete matches on hidden sheets: only used to tell a sender why the table was not read."""
    hidden = [s for s in sheets if not s.visible and s.name != META_SHEET]
    return [m for m in (sheet_matches(form, s) for s in hidden) if m is not None and m.complete]


@dataclass
class DataRow:
    """One data row, raw, with its Excel row number kept for every message about it."""

    excel_row: int  # 1-based
    cells: dict[str, Any]  # form column name → raw cell value


@dataclass
class Table:
    """The form's table as found in the sheet, still raw."""

    match: HeaderMatch
    rows: list[DataRow]
    total_rows: list[DataRow]
    lines_above: list[str]
    footer: list[str]
    unit: str | None
    #: Rows read past and why (subtotal, section, note, repeated header, 栏次 row), for the sender's list.
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    #: Every Excel row under the header with anything in it, and the reason each one not read as data
    #: or 合计 was set aside ("footer", "blank_tail" or a ``skipped`` code): the row count read is checked
    #: against the rows seen, so no row can vanish without a reason naming it.
    seen: list[int] = field(default_factory=list)
    unread: dict[int, str] = field(default_factory=dict)

    def unaccounted(self) -> list[int]:
        """Rows seen that are neither data, 合计, nor set aside with a reason: always empty (checked)."""
        read = {r.excel_row for r in self.rows} | {r.excel_row for r in self.total_rows} | set(self.unread)
        return [r for r in self.seen if r not in read]

    @property
    def sheet(self) -> str:
        return self.match.sheet.name

    def cell_ref(self, column: str, excel_row: int) -> str:
        return f"{col_letter(self.match.columns[column])}{excel_row}"


def _compact(text: str) -> str:
    return _PARENS_RE.sub("", re.sub(r"\s", "", text).replace("（", "(").replace("）", ")"))


def _key_empty(texts: list[str], key_col: int | None) -> bool:
    if key_col is None:
        return True
    text = _compact(texts[key_col]) if key_col < len(texts) else ""
    return not text or bool(_TOTAL_RE.match(text) or _SUBTOTAL_RE.match(text))


def _row_kind(texts: list[str], key_col: int | None, county: set[int]) -> str | None:
    """'total', 'subtotal' or None: a 合计 row is labelled so in one of its first cells and carries no key.

    ``county`` are the columns whose values may legitimately be "合计" (the city table's 全市 row).
    """
    seen = 0
    for c, t in enumerate(texts):
        if not t:
            continue
        seen += 1
        if seen > 3:
            break
        if c in county or not ("计" in t or "汇总" in t or "其中" in t):
            continue
        text = _compact(t)
        if _TOTAL_RE.match(text) and _key_empty(texts, key_col):
            return "total"
        if _SUBTOTAL_RE.match(text) and _key_empty(texts, key_col):
            return "subtotal"
    return None


#: Column kinds that hold figures: a footer has none of them (a data row usually has some).
FIGURE_KINDS = ("money", "number", "int", "pct")
_FIGURE_RE = re.compile(r"[-+]?(?:\d[\d,]*)?(?:\.\d+)?%?")
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_DATE_OR_PHONE_RE = re.compile(r"[\d\s年月日号./\-:()（）]+")


def _is_label(text: str) -> bool:
    """"填报人：", "联系电话:", "审核人": a label whose value follows in the next filled cell."""
    bare = re.sub(r"\s", "", text)
    return bare.endswith((":", "：")) or bare in FOOTER_WORDS or bare.endswith(("电话", "日期", "手机"))


def _is_figure(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return False
    if _MOBILE_RE.fullmatch(text):
        return False  # a mobile number typed into the footer, whichever column it lands in
    if isinstance(value, int | float):
        return True
    return any(ch.isdigit() for ch in text) and bool(_FIGURE_RE.fullmatch(text))


def _is_footer(raw: list[Any], texts: list[str], figure_cols: set[int]) -> bool:
    """A row shaped like a footer ("填报人：张三  联系电话：…  审核人：…"): its first filled cell is a footer
    label, every other filled cell is a label too or the value right of one (or a bare date or phone), and
    no figure stands in a column where the table has figures (a phone number or a date right of its label
    is that label's value).

    Decided by the row's shape, never by a word inside a cell: a project whose 进展情况 says "负责人：张三"
    starts with its code or name and carries its figures, so it stays data; one named "联系人：…" still
    has its investor, township and stage in cells no label precedes.  Whether the row really ends the
    table is ``extract_table``'s decision (only after the last data row).
    """
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if not filled or not re.sub(r"\s", "", filled[0][1]).startswith(FOOTER_WORDS):
        return False
    before = ""
    for c, text in filled:
        labelled = _is_label(before)
        if c in figure_cols and not labelled and _is_figure(raw[c] if c < len(raw) else "", text):
            return False
        if before and not labelled and not _is_label(text) and not re.sub(r"\s", "", text).startswith(FOOTER_WORDS) \
                and not _DATE_OR_PHONE_RE.fullmatch(text):
            return False  # a cell no label explains: the row says more than a footer does
        before = text
    return True


def _is_note(values: list[str]) -> bool:
    joined = "".join(values).replace(" ", "")
    return joined.startswith(NOTE_PREFIXES)


_UNIT_CELL_RE = re.compile(r"^(?:计量)?(?:单位)?[:：]?[(（]?(亿元|万元|千元|元|%|％|亩|户|个|人|年|月)[)）]?$")


def unit_cell(text: str) -> str | None:
    """The unit a cell under the header says and nothing else ("（万元）", "%", "单位：万元"), % for ％."""
    m = _UNIT_CELL_RE.match(re.sub(r"\s", "", text))
    return m.group(1).replace("％", "%") if m else None


def _is_annex(values: list[str]) -> bool:
    """A 栏次 row (甲 乙 1 2 3 …) or a row of units under the header: part of the header, not data.

    A units row may carry a single unit (only 奖补资金 has one, or one cell "单位：万元"): a row whose
    only cell is a unit is no data row either (no form has a row that says nothing but "万元")."""
    if len(values) == 1:
        return unit_cell(values[0]) is not None
    if not values:
        return False
    numbers = []
    for v in values:
        bare = v.strip("()（）")
        if v in _ANNEX_WORDS or bare in UNIT_WORDS or bare in ("是/否", "年-月-日", "年月日") or unit_cell(v):
            continue
        if re.fullmatch(r"\d{1,2}", v):
            numbers.append(int(v))
            continue
        return False
    return numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _is_repeated_header(match: HeaderMatch, texts: list[str], exact: set[str]) -> bool:
    """A table printed over several pages repeats its header row; that row is not data."""
    if not any(t in exact for t in texts if t):
        return False  # the usual data row: no cell reads like a header, no key to compute
    hits = 0
    for name, c in match.columns.items():
        text = texts[c] if c < len(texts) else ""
        if text and header_key(text) == header_key(match.headers.get(name, "")):
            hits += 1
    return hits >= max(2, len(match.columns) // 2)


def _is_section(raw: list[Any], texts: list[str], r: int, match: HeaderMatch) -> bool:
    """A heading inside the table ("一、续建项目") or one merged note line across it (one filled cell)."""
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if len(filled) != 1:
        return False
    c, text = filled[0]
    if isinstance(raw[c], int | float) and not isinstance(raw[c], bool):
        return False
    if _SECTION_RE.match(text):
        return True
    m = match.sheet.merge_at(r, c)
    return m is not None and m[1][1] - m[0][1] >= 2


def _another_table(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]], r: int,
                   raw: list[Any], texts: list[str], exact: set[str]) -> bool:
    """Whether row ``r`` is the header of another table under this one, as a person sees it: after the
    table's data, below an empty row or a one-line heading (汇总, 附表：本月新开工项目, 其中：战新企业, last
    month's title), a row of words only that reads as a header — this table's own again under a heading that
    is no part of it (其中…, a title outside the table's columns), or several headers of any form.  A section
    heading (一、已落户项目) or a 注 line over the same header goes on with the same table."""
    if not any(kind == "data" for _, kind, *_ in found):
        return False
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(isinstance(v, _NUMBER_TYPES) and not isinstance(v, bool) for v in raw):
        return False
    sheet = match.sheet
    gap = r > 0 and not any(sheet.texts(r - 1))
    above = found[-1] if found else None
    heading = above is not None and above[0] == r and len(above[4].split(" ")) == 1
    if not (gap or heading):
        return False
    if _is_repeated_header(match, texts, exact):  # under 其中… or a title outside the table's columns, not a 注
        return heading and above is not None and above[1] in ("subtotal_row", "outside_columns")
    from beizeng.base.forms import all_forms

    forms = list(all_forms().values())
    named = sum(1 for t in filled if any(max(headers.text_scores(f, t).values(), default=0.0) >= headers.THRESHOLD
                                         for f in forms))
    return named >= 2 and named * 2 >= len(filled)


def _is_zero_only(cells: dict[str, str], kinds: dict[str, str]) -> bool:
    """A row with only zeros and no text: formulas copied down into unused rows."""
    seen = False
    for name, t in cells.items():
        if not t:
            continue
        if kinds[name] not in ("money", "number", "int", "pct"):
            return False
        try:
            if float(t.replace(",", "")) != 0:
                return False
        except ValueError:
            return False
        seen = True
    return seen


def extract_table(match: HeaderMatch) -> Table:
    """The rows under the header that carry data, and everything else set aside with the reason.

    Set aside, never silently: the 栏次/unit row under the header, notes, page-repeated headers,
    合计 rows (kept to check against the sum), 小计/其中 rows, section headings, rows with nothing in
    the form's columns.  The table ends at its last data row: the footer is the first row shaped like
    one (``_is_footer``) after it, with everything below; a footer-shaped row with data below it is no
    footer, and is set aside with its reason while the rows below are read.  A value shown by a cell
    merged down over several rows (a township written once for all its projects) is read into each
    row it covers.
    """
    sheet = match.sheet
    lines_above = [" ".join(t for t in (clean_text(v) for v in row) if t) for row in sheet.rows[: match.header_row]]
    lines_above = [line for line in lines_above if line]
    unit = None
    for line in lines_above:
        m = _UNIT_RE.search(line.replace(" ", ""))
        if m:
            unit = m.group(1)
    used = sorted(match.columns.items(), key=lambda kv: kv[1])
    kinds: dict[str, str] = {c.name: c.kind for c in match.form.columns}
    county = {c for name, c in match.columns.items() if kinds[name] == "county"}
    figure_cols = {c for name, c in match.columns.items() if kinds[name] in FIGURE_KINDS}
    key_col = match.columns.get(match.form.key[0]) if match.form.key else None
    exact = {clean_text(h) for h in match.headers.values()}
    data_start = match.data_start
    in_header = True  # rows right under the header may still be part of it (栏次, units)
    #: Every row with anything in it: (excel row, what it is, the row, footer-shaped, its text).
    found: list[tuple[int, str, DataRow | None, bool, str]] = []
    another = False  # from the header of another table below on (a 汇总 or 附表, last month's table), none is ours
    for r in range(data_start, len(sheet.rows)):
        raw = sheet.rows[r]
        texts = [clean_text(v) for v in raw]
        present = [t for t in texts if t]
        if not present:
            continue
        footerish = _is_footer(raw, texts, figure_cols)
        line = " ".join(present)
        if not another and sheet.turned_at is None and _another_table(match, found, r, raw, texts, exact):
            another = True
        if another:
            found.append((r + 1, "another_table", None, footerish, line))
            continue
        if in_header and not footerish and _is_annex(present):
            by_column = {c: name for name, c in used}
            for c, text in enumerate(texts):
                word = unit_cell(text) if text else None
                if word not in ("亿元", "万元", "千元", "元", "%"):
                    continue
                name = by_column.get(c)
                if name is not None and kinds[name] in FIGURE_KINDS:
                    match.units.setdefault(name, word)  # under its column: that column's unit
                elif len(present) == 1 and word != "%" and unit is None:
                    unit = word  # "单位：万元" alone, not under a figure column: the table's unit, as a 单位 line
            found.append((r + 1, "annex_row", None, False, line))
            continue
        in_header = False
        if _is_note(present):
            found.append((r + 1, "note_row", None, footerish, line))
            continue
        if _is_repeated_header(match, texts, exact):
            found.append((r + 1, "repeated_header", None, footerish, line))
            continue
        cells = {}
        shown = {}
        for name, c in used:
            value = raw[c] if c < len(raw) else ""
            text = texts[c] if c < len(texts) else ""
            if not text and sheet.merged:
                merged = sheet.merge_at(r, c)
                if merged is not None and merged[0][0] >= data_start and merged[0] != (r, c):
                    value = sheet.cell(*merged[0])  # a township merged down over its projects' rows
                    text = clean_text(value)
            cells[name] = value
            shown[name] = text
        row = DataRow(r + 1, cells)
        kind = _row_kind(texts, key_col, county)
        if kind == "total":
            found.append((r + 1, "total", row, footerish, line))
        elif kind == "subtotal":
            found.append((r + 1, "subtotal_row", None, footerish, line))
        elif len(present) == 1 and _is_section(raw, texts, r, match):
            found.append((r + 1, "section_row", None, footerish, line))
        elif not any(shown.values()):
            found.append((r + 1, "outside_columns", None, footerish, line))  # e.g. only a pre-numbered 序号
        elif _is_zero_only(shown, kinds):
            found.append((r + 1, "zero_row", None, footerish, line))  # formulas copied down into unused rows
        else:
            found.append((r + 1, "data", row, footerish, line))
    return _settle(match, found, lines_above, unit)


#: Cells named one by one in ``cleaning_notes``; the rest in one note.
CLEANING_NOTES = 20


def cleaning_notes(table: Table, file_name: str) -> list[Problem]:
    """A note per cell of the table (data, 合计, lines above) that lost invisible characters as it was read:
    text pasted from another program carried a BEL or NUL, now gone; the sender may want to look at it."""
    columns = {c: name for name, c in table.match.columns.items()}
    headers = {c.name: c.header for c in table.match.form.columns}
    read = {r.excel_row - 1 for r in (*table.rows, *table.total_rows)}
    out = []
    cells = [(rc, removed) for rc, removed in sorted(table.match.sheet.cleaned.items())
             if rc[0] < table.match.header_row or (rc[0] in read and rc[1] in columns)]
    for (r, c), removed in cells[:CLEANING_NOTES]:
        out.append(Problem("info", "control_chars_removed", f"此格含有看不见的控制字符（{removed}），读取时已删除",
                           "这类字符多是从其他软件复制粘贴带来的，请核对此格内容", file=file_name,
                           sheet=table.sheet, row=r + 1, col=c, column=headers.get(columns.get(c, ""))))
    if len(cells) > CLEANING_NOTES:  # a column pasted from another system: named once, not cell by cell
        (r, c), _ = cells[CLEANING_NOTES]
        out.append(Problem("info", "control_chars_removed",
                           f"另有{len(cells) - CLEANING_NOTES}格也含有看不见的控制字符，读取时已删除（从此格起）",
                           "这类字符多是从其他软件复制粘贴带来的，请核对这些格的内容", file=file_name,
                           sheet=table.sheet, row=r + 1, col=c, column=headers.get(columns.get(c, ""))))
    return out


#: Rows set aside that may be data gone astray (a footer line with data below it, a row filled only outside
#: the form's columns, one the reader could not place): a warning, so the sender gets the feedback; the
#: other reasons (栏次, notes, 小计, sections, the unused numbered rows at the end) are notes.
SKIPS_TO_CHECK = frozenset({"footer_inside", "outside_columns", "row_not_read", "another_table"})

#: Why a row was set aside, as the sender reads it ("第N行是…，不作为数据读取").
_SET_ASIDE = {
    "annex_row": "表头下的栏次/单位行",
    "note_row": "说明文字行",
    "repeated_header": "重复的表头行",
    "subtotal_row": "小计/其中行",
    "section_row": "分组标题行",
    "outside_columns": "只在本报表以外的列（如序号、参考列）有内容的行",
    "zero_row": "只有0、没有名称等文字的行",
    "footer_inside": "表格中间的落款行（填报人、联系电话等），其下方还有数据",
    "another_table": "本表下方另一张表（汇总表、附表或上月的表）的行，不属于本表；如果它是本表的数据，请移到本表中",
}


def _settle(match: HeaderMatch, found: list[tuple[int, str, DataRow | None, bool, str]], lines_above: list[str],
            unit: str | None) -> Table:
    """Decide where the table ends and give every row seen its place: data, 合计, set aside, or footer.

    The end is the last row carrying the table's content (data, 合计, 小计); the footer is the first
    footer-shaped row after it and everything below.  Rows after the last data row with nothing in the
    form's columns but a 序号 or zeros (the unused rows of a numbered sheet, often above its 合计) are
    named together, once.
    """
    content = [i for i, (_, kind, _, footerish, _) in enumerate(found)
               if kind in ("data", "total", "subtotal_row") and not footerish]
    last = content[-1] if content else -1
    last_data = max((i for i in content if found[i][1] == "data"), default=-1)
    foot = next((i for i in range(last + 1, len(found)) if found[i][3]), len(found))
    table = Table(match, [], [], lines_above, [], unit, seen=[f[0] for f in found])
    tail: list[int] = []
    for i, (row_no, kind, row, footerish, line) in enumerate(found):
        if i >= foot:
            table.footer.append(line)
            table.unread[row_no] = "footer"
            continue
        if i > last_data and kind in ("outside_columns", "zero_row"):  # a 合计 may stand below them
            tail.append(row_no)
            table.unread[row_no] = "blank_tail"
            continue
        if footerish and kind != "annex_row":
            kind = "footer_inside"
        if kind == "data" and row is not None:
            table.rows.append(row)
        elif kind == "total" and row is not None:
            table.total_rows.append(row)
        else:
            table.skipped.append((row_no, kind, _SET_ASIDE[kind]))
            table.unread[row_no] = kind
    if tail:
        span = f"（至第{tail[-1]}行，共{len(tail)}行）" if len(tail) > 1 else ""
        table.skipped.append((tail[0], "blank_tail", f"表格末尾只有序号、参考列或0、没有数据的行{span}"))
    table.skipped.sort()
    for row_no in table.unaccounted():  # never happens; if it ever did, the sender is told, not the row lost
        table.skipped.append((row_no, "row_not_read", "未能归类的行"))
        table.unread[row_no] = "row_not_read"
    return table


def read_meta_sheet(sheets: list[Sheet]) -> dict[str, str]:
    """The hidden identification sheet of a beizeng template: key/value pairs in columns A:B."""
    for s in sheets:
        if s.name == META_SHEET:
            return {clean_text(r[0]): clean_text(r[1]) for r in s.rows if len(r) >= 2 and clean_text(r[0])}
    return {}
