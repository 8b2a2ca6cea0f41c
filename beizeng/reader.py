"""Read a workbook as clerks make them: find the form's table wherever it sits on whichever sheet.

The reader works on the raw grid of every sheet (calamine, from cell A1, so row numbers are real
Excel rows) and returns text-level facts: which form's headers it found where, the lines above the
table (title, 填报单位, 单位), the data rows with their Excel row numbers, the 合计 row and the
footer (填报人, 联系电话).  Parsing the cell values is the normaliser's job.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from beizeng.forms import Column, FormSpec
from beizeng.problems import Problem, ReturnError, col_letter
from beizeng.safety import inspect_file

META_SHEET = "_beizeng"
#: How far down a sheet the header may start.
HEADER_SCAN_ROWS = 30
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".xlsb")

TOTAL_WORDS = ("合计", "总计", "小计", "全县合计", "汇总")
FOOTER_WORDS = ("填报人", "填表人", "联系电话", "审核人", "负责人", "制表人", "填报日期", "单位负责人", "统计负责人")
NOTE_PREFIXES = ("注：", "注:", "说明：", "说明:", "备注：", "备注:")
_UNIT_RE = re.compile(r"单位[:：]?\s*(亿元|万元|千元|元)")
_HEADER_UNIT_RE = re.compile(r"[（(]\s*(亿元|万元|千元|元|%|％|亩|户|个)\s*[)）]")


def clean_text(value: Any) -> str:
    """Text as typed, with full-width forms folded and spaces (incl. ideographic) trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def header_key(value: Any) -> str:
    """A header reduced to what identifies it: no spaces, line breaks, units or asterisks."""
    text = clean_text(value)
    text = _HEADER_UNIT_RE.sub("", text)
    return re.sub(r"[\s*＊:：]", "", text).replace("（", "(").replace("）", ")").lower()


@dataclass
class Sheet:
    name: str
    visible: bool
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def cell(self, r: int, c: int) -> Any:
        """0-based row and column; '' outside the used range."""
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return ""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def open_workbook(path: Path, display_name: str | None = None) -> list[Sheet]:
    """Every sheet's grid, or a ``ReturnError`` that tells the sender why the file cannot be read."""
    name = display_name or path.name
    suffix = path.suffix.lower()

    def fail(code: str, message: str, fix: str) -> ReturnError:
        return ReturnError([Problem("error", code, message, fix, file=name)])

    if suffix not in SUPPORTED_SUFFIXES:
        raise fail("unsupported_type", f"不是可识别的表格文件（扩展名 {path.suffix or '无'}）",
                   "请用 Excel 或 WPS 另存为 .xlsx 后重新报送")
    if path.stat().st_size == 0:
        raise fail("empty_file", "文件是空的（0 字节），可能没有保存完整", "请重新保存后再报送")
    unsafe = inspect_file(path, name)
    if unsafe:
        raise ReturnError(unsafe)
    with path.open("rb") as fh:
        magic = fh.read(8)
    if suffix in (".xlsx", ".xlsm") and magic.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE container under an .xlsx name is how Office stores a password-protected workbook.
        raise fail("encrypted", "文件设置了打开密码（或是加密文件），无法读取", "请取消密码后另存为 .xlsx 再报送")
    if suffix in (".xlsx", ".xlsm") and not zipfile.is_zipfile(path):
        raise fail("corrupt", "文件已损坏，不是有效的 Excel 文件", "请用 Excel 或 WPS 打开确认后另存为 .xlsx 再报送")
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        sheets = []
        for meta in wb.sheets_metadata:
            ws = wb.get_sheet_by_name(meta.name)
            rows = ws.to_python(skip_empty_area=False)
            merged = list(getattr(ws, "merged_cell_ranges", None) or [])
            visible = str(meta.visible).endswith("Visible")
            sheets.append(Sheet(meta.name, visible, rows, merged))
    except ReturnError:
        raise
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise fail("encrypted", "文件设置了密码，无法读取", "请取消密码后另存为 .xlsx 再报送") from None
        raise fail("corrupt", f"文件无法读取（{text[:120]}）", "请用 Excel 或 WPS 打开确认后另存为 .xlsx 再报送") from None
    return sheets


@dataclass
class HeaderMatch:
    """Where a form's header was found and which sheet column holds which form column."""

    form: FormSpec
    sheet: Sheet
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1 or 2 rows
    columns: dict[str, int]  # form column name → 0-based sheet column
    units: dict[str, str]  # form column name → unit written in its header, if any
    extra: list[tuple[int, str]]  # sheet columns with a header the form does not know

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def missing_required(self) -> list[Column]:
        return [c for c in self.form.columns if c.required and c.name not in self.columns]

    @property
    def data_start(self) -> int:
        return self.header_row + self.header_height


def _merged_parent(sheet: Sheet, r: int, c: int) -> Any:
    """The value shown in a cell that lies inside a merged range (Excel stores it top-left only)."""
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            return sheet.cell(r0, c0)
    return sheet.cell(r, c)


def _header_texts(sheet: Sheet, r: int, height: int) -> list[tuple[str, str]]:
    """Per column: (flattened header text, raw text incl. unit) over one or two header rows."""
    out = []
    for c in range(sheet.width):
        top = clean_text(_merged_parent(sheet, r, c))
        if height == 1:
            out.append((top, top))
            continue
        bottom = clean_text(sheet.cell(r + 1, c))
        if not bottom or bottom == top:
            out.append((top, top))
        else:
            out.append((top + bottom, top + bottom))
    return out


def _lookup(form: FormSpec) -> dict[str, str]:
    table = {}
    for col in form.columns:
        for h in col.headers:
            table.setdefault(header_key(h), col.name)
    return table


def _match_row(form: FormSpec, sheet: Sheet, r: int, height: int) -> HeaderMatch:
    lookup = _lookup(form)
    columns: dict[str, int] = {}
    units: dict[str, str] = {}
    extra: list[tuple[int, str]] = []
    texts = _header_texts(sheet, r, height)
    for c, (text, raw) in enumerate(texts):
        if not text:
            continue
        key = header_key(text)
        name = lookup.get(key)
        if name is None and height == 2:
            # A two-row header: the lower cell alone may be the column's name ("本月" under "投资").
            name = lookup.get(header_key(sheet.cell(r + 1, c)))
        if name is not None and name not in columns:
            columns[name] = c
            unit = _HEADER_UNIT_RE.search(raw)
            if unit:
                units[name] = unit.group(1).replace("％", "%")
        else:
            extra.append((c, text))
    return HeaderMatch(form, sheet, r, height, columns, units, extra)


def find_header(form: FormSpec, sheets: list[Sheet]) -> HeaderMatch | None:
    """The best place in the workbook where this form's headers stand, if any column matched."""
    candidates: list[HeaderMatch] = []
    for sheet in sheets:
        if not sheet.visible:
            continue
        for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
            if not any(clean_text(v) for v in sheet.rows[r]):
                continue
            candidates += [_match_row(form, sheet, r, height) for height in (1, 2)]
    if not candidates:
        return None
    # most columns matched, then fewest required missing, then a one-row header (a two-row one must
    # earn its place by matching more), then the first such place
    best = min(candidates, key=lambda m: (-m.score, len(m.missing_required), m.header_height))
    return best if best.score > 0 else None


@dataclass
class DataRow:
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

    @property
    def sheet(self) -> str:
        return self.match.sheet.name

    def cell_ref(self, column: str, excel_row: int) -> str:
        return f"{col_letter(self.match.columns[column])}{excel_row}"


def _is_total(values: list[str]) -> bool:
    for v in values[:4]:
        key = re.sub(r"\s", "", v)
        if key and any(key == w or key.startswith(w) or key.endswith(w) for w in TOTAL_WORDS):
            return True
    return False


def _is_footer(values: list[str]) -> bool:
    joined = "".join(values)
    return any(joined.startswith(w) or w + "：" in joined or w + ":" in joined for w in FOOTER_WORDS) or any(
        joined.startswith(p) for p in NOTE_PREFIXES
    )


def extract_table(match: HeaderMatch) -> Table:
    sheet = match.sheet
    lines_above = [" ".join(t for t in (clean_text(v) for v in row) if t) for row in sheet.rows[: match.header_row]]
    lines_above = [line for line in lines_above if line]
    unit = None
    for line in lines_above:
        m = _UNIT_RE.search(line.replace(" ", ""))
        if m:
            unit = m.group(1)
    rows: list[DataRow] = []
    totals: list[DataRow] = []
    footer: list[str] = []
    used = sorted(match.columns.items(), key=lambda kv: kv[1])
    for r in range(match.data_start, len(sheet.rows)):
        raw = sheet.rows[r]
        texts = [clean_text(v) for v in raw]
        if not any(texts):
            continue
        if footer or _is_footer([t for t in texts if t]):
            footer.append(" ".join(t for t in texts if t))
            continue
        cells = {name: raw[c] if c < len(raw) else "" for name, c in used}
        row = DataRow(r + 1, cells)
        if _is_total(texts):
            totals.append(row)
            continue
        if not any(clean_text(v) for v in cells.values()):
            continue  # text only in columns the form does not have, e.g. a stray note
        rows.append(row)
    return Table(match, rows, totals, lines_above, footer, unit)


def read_meta_sheet(sheets: list[Sheet]) -> dict[str, str]:
    """The hidden identification sheet of a beizeng template: key/value pairs in columns A:B."""
    for s in sheets:
        if s.name == META_SHEET:
            return {clean_text(r[0]): clean_text(r[1]) for r in s.rows if len(r) >= 2 and clean_text(r[0])}
    return {}
