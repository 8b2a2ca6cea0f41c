"""Inspect a file before any parser touches it: refuse what could exhaust memory or time.

Returns the problems that make the file unsafe or unreadable; an empty list means go ahead.

Why this exists: calamine parses in native code, and a few bytes can make it ask for hundreds of
gigabytes.  A two-cell .xlsx with one value in A1 and one in XFD1048576 makes it allocate the whole
1,048,576 × 16,384 grid, and the Rust allocator *aborts the process*: not an exception, the whole
ingest run dies.  A 5 KB .xls with a value in IV65536 costs 1.2 GB.  A zip bomb expands a few KB
into gigabytes of XML.  None of that can be caught after the parser starts, so it is caught here:

The content decides, not the extension (the reader lets calamine sniff the bytes too):

- a zip holding an Office workbook (the normal path, kept cheap: ~0.7 ms for a 12 KB return on this
  machine, no process forked): the zip's structure (complete, not encrypted, deflate or stored, no
  duplicate names, a sane number of entries read from the end record before the directory is
  parsed), declared and *actual* uncompressed sizes against limits (a part is decompressed to check
  it only when its compressed size could hide more than the limit: deflate expands at most
  1032:1), the compression ratio, no DOCTYPE/ENTITY in the prolog of any XML part (entity
  expansion, external entities; this also protects openpyxl, which the reader and the feedback
  writer use on the same files), and the real extent of every worksheet from its cell references
  (the ``<dimension>`` element is not trusted: it can lie);
- an OLE container (.xls, .et), an .xlsb or an .ods, and a sheet whose cells carry no references:
  cells that cannot be counted without a parser.  The container is checked, then calamine parses
  the file once in a child process with an address-space limit and a timeout (~30 ms each); a
  crash, a timeout or an oversized sheet there becomes a problem here, and the real parse in this
  process only happens when the trial came back clean.

Why not a watchdog process around every parse: starting Python with calamine costs ~30 ms, sixty
times the parse of a return (~0.5 ms).  Within the limits below the parse itself is bounded (at
most MAX_SHEET_CELLS cells from at most MAX_PART_BYTES of XML), so only formats that cannot be
pre-scanned pay for the child.

Every limit is a named constant below; a return that breaks one is rejected with a Chinese message
saying what to do, and the run goes on with the other files.
"""

from __future__ import annotations

import io
import json
import re
import signal
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from beizeng.base.problems import Problem

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30

#: No county return comes near this; a bigger file is something else (a video, an export of a database).
MAX_FILE_BYTES = 50 * MIB
#: A workbook has a few dozen parts; thousands mean a crafted zip (and a slow directory to read).
MAX_ZIP_ENTRIES = 2_000
#: Uncompressed size of one part (a worksheet of 5,000 rows × 20 columns is ~10 MB of XML).
MAX_PART_BYTES = 64 * MIB
#: Uncompressed size of all parts together.
MAX_TOTAL_BYTES = 128 * MIB
#: Compression ratio above which a large part is taken for a zip bomb (real sheets compress 5–30:1).
MAX_COMPRESSION_RATIO = 200
#: Parts smaller than this are never judged by their ratio (tiny repetitive parts compress well).
RATIO_MIN_BYTES = 1 * MIB
#: Deflate cannot expand more than ~1032:1, so a part whose compressed size × this is under the
#: limit cannot exceed it whatever its header says; only larger ones are decompressed to check.
DEFLATE_MAX_RATIO = 1032
#: How much of each XML part is read to find a DOCTYPE: the prolog, which must end before this.
XML_HEAD_BYTES = 1 * KIB
#: The grid calamine builds is rows × columns from A1 to the last cell that holds a value.
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLS = 1_000
MAX_SHEET_CELLS = 2_000_000
#: Worksheet XML is scanned in pieces of this size, so a large sheet is never held twice in memory.
SCAN_CHUNK_BYTES = 4 * MIB
#: The trial parse of formats that cannot be pre-scanned: wall-clock seconds and address space.
SANDBOX_SECONDS = 30
SANDBOX_MEMORY_BYTES = 2 * GIB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
XML_PART_SUFFIXES = (".xml", ".rels", ".vml")
SHEET_REL_TYPES = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet")

_FIX_RESAVE = "请用 Excel 或 WPS 打开后另存为 .xlsx 再报送"
_FIX_TRIM = "请删除表格范围以外多余的行、列和内容（选中后“删除”，不是“清除内容”），另存为 .xlsx 再报送"


def _mb(n: int) -> str:
    return f"{n / MIB:.0f} MB"


@dataclass
class _Part:
    info: zipfile.ZipInfo
    data_offset: int  # where the compressed bytes start in the file


class _Unsafe(Exception):
    """Raised inside the checks to stop at the first reason; carries the problem to return."""

    def __init__(self, code: str, message: str, fix: str = _FIX_RESAVE, sheet: str | None = None):
        super().__init__(message)
        self.code, self.message, self.fix, self.sheet = code, message, fix, sheet


#: A formula saved without its result (files written by scripts): calamine reads such a cell as empty.
NO_VALUE_FORMULA = re.compile(rb"</f>\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
#: The same for a shared formula's copy, which closes at once (``<f t="shared" si="0"/>``: its text is the first
#: cell's, moved): looked for only where a shared formula is (both patterns start with a literal: the scan runs on
#: every sheet of every file).
_NO_VALUE_SHARED = re.compile(rb't="shared"[^<>]*/>\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')


def no_value_formula(xml: bytes) -> bool:
    """Whether the sheet XML (or a piece of it) holds a formula saved without its result."""
    return NO_VALUE_FORMULA.search(xml) is not None or (b't="shared"' in xml and _NO_VALUE_SHARED.search(xml) is not None)


@dataclass
class Findings:
    """What the inspection saw on its way through the sheets that the reader needs later, so that the
    reader does not open and inflate the same parts again."""

    #: Names of the sheets holding a formula saved without its result; None when not an .xlsx zip.
    uncached_formula_sheets: set[str] | None = None
    #: Each sheet's zip part (sheet name → "xl/worksheets/sheet1.xml"), from the workbook's relations.
    sheet_parts: dict[str, str] | None = None
    #: Each sheet's hidden columns (0-based), from its ``<cols>`` (sheet name → columns; sheets with none left
    #: out); None when not an .xlsx zip.  A hidden column is not what the return shows (beizeng.intake.matching).
    hidden_columns: dict[str, frozenset[int]] | None = None
    #: Of those, the columns folded away in a group (数据 ▸ 组合, then "−"), by sheet name.
    folded_columns: dict[str, frozenset[int]] | None = None
    #: Whether the workbook's styles mention a struck-through font at all (None: not an .xlsx zip): when not,
    #: the reader never looks for struck cells (the usual file costs nothing more).
    strike_styles: bool | None = None
    #: Names of the sheets holding a cell saved as an Excel error value (#DIV/0!, #REF!: calamine reads it as empty),
    #: and of those hiding a row by hand (not by a filter or an outline); None when not an .xlsx zip.
    error_sheets: set[str] | None = None
    #: Whether the zip holds a comments part at all (None: not an .xlsx zip): when not, no comment is looked for.
    comments: bool | None = None
    hidden_row_sheets: set[str] | None = None


def inspect_file(path: Path, display_name: str, findings: Findings | None = None) -> list[Problem]:
    """Problems that make the file unsafe to hand to a parser; an empty list means go ahead."""
    try:
        _inspect(path, findings if findings is not None else Findings())
    except _Unsafe as u:
        return [Problem("error", u.code, u.message, u.fix, file=display_name, sheet=u.sheet)]
    return []


def precheck(path: Path, display_name: str) -> list[Problem]:
    """The checks that need no byte of the file (a link, not a file, its size), made before anything reads it.

    The ingest hashes every file before parsing it: a 40 GB sparse file would be read to the end for
    a hash before being refused for its size, so the size is looked at first, by ``lstat`` alone.
    """
    try:
        _precheck(path)
    except _Unsafe as u:
        return [Problem("error", u.code, u.message, u.fix, file=display_name, sheet=u.sheet)]
    return []


def _precheck(path: Path) -> None:
    if path.is_symlink():
        # An archived link is not an archived copy: the file it points to can change or vanish later.
        raise _Unsafe("symlink", "这是一个快捷方式（符号链接），不是报表文件本身", "请把报表文件本身（而不是快捷方式）放入收件箱")
    if not path.is_file():
        raise _Unsafe("not_a_file", "不是普通文件", "请把报表文件本身放入收件箱")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _Unsafe("too_large", f"文件太大（{_mb(size)}，上限 {_mb(MAX_FILE_BYTES)}），不像是一张报表",
                      "请只保留本报表的工作表，删除图片和无关内容后另存为 .xlsx 再报送")
    if size == 0:
        raise _Unsafe("empty_file", "文件是空的（0 字节），可能没有保存完整", "请重新保存后再报送")


def _inspect(path: Path, findings: Findings) -> None:
    _precheck(path)
    with path.open("rb") as fh:
        magic = fh.read(8)
    # The content decides, not the extension: the reader hands calamine the bytes and lets it sniff,
    # so an .xlsx saved as ".xls" is parsed as .xlsx and must be checked as one.
    if magic.startswith(ZIP_MAGIC):
        kind = _inspect_zip(path, findings)
        if kind != "ooxml":
            _trial_parse(path)
    elif magic.startswith(OLE_MAGIC):
        if _ole_encrypted(path):
            return  # never handed to calamine: the reader says it needs its password removed
        _check_ole_header(path)
        _trial_parse(path)
    # Anything else (HTML or CSV saved as .xls, random bytes) never reaches a parser: the reader
    # recognises it and says what it is.


# ---------------------------------------------------------------------------------------------
# OLE containers (.xls, .et, and password-protected .xlsx)
# ---------------------------------------------------------------------------------------------

def _ole_encrypted(path: Path) -> bool:
    """Office stores a password-protected .xlsx as an OLE container holding an encrypted package."""
    data = path.read_bytes()
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


def _check_ole_header(path: Path) -> None:
    """The compound-file header fields a reader trusts to find the workbook stream (MS-CFB 2.2)."""
    with path.open("rb") as fh:
        header = fh.read(512)
        size = path.stat().st_size
    if len(header) < 512:
        raise _Unsafe("corrupt", "文件已损坏（Excel 97-2003 文件头不完整）", _FIX_RESAVE)
    _minor, major, byte_order, sector_shift, mini_shift = struct.unpack_from("<HHHHH", header, 24)
    n_fat, first_dir = struct.unpack_from("<II", header, 44)
    if byte_order != 0xFFFE or (sector_shift, major) not in ((9, 3), (12, 4)) or mini_shift != 6:
        raise _Unsafe("corrupt", "文件已损坏（不是有效的 Excel 97-2003 文件）", _FIX_RESAVE)
    sector = 1 << sector_shift
    sectors = (size - 512) // sector if major == 3 else size // sector - 1
    if size < 512 + 2 * sector and major == 3 or n_fat == 0 or n_fat > sectors or first_dir >= sectors:
        raise _Unsafe("corrupt", "文件已损坏或不完整（Excel 97-2003 文件结构不一致）", _FIX_RESAVE)


# ---------------------------------------------------------------------------------------------
# Zip containers (.xlsx, .xlsm, .xlsb, .ods)
# ---------------------------------------------------------------------------------------------

def _inspect_zip(path: Path, findings: Findings) -> str:
    """Check a zip container; returns what it holds: "ooxml" (extent checked here), "xlsb" or "ods"."""
    buf = path.read_bytes()
    declared = _declared_entries(buf)
    if declared is not None and declared > MAX_ZIP_ENTRIES:
        # checked before zipfile reads the directory: a million tiny entries would cost ~500 MB of ZipInfo
        raise _Unsafe("zip_entries", f"文件内部结构异常（包含 {declared} 个部件，上限 {MAX_ZIP_ENTRIES}）", _FIX_RESAVE)
    try:
        zf = zipfile.ZipFile(io.BytesIO(buf))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, struct.error):
        if buf.startswith(ZIP_MAGIC):
            raise _Unsafe("truncated", "文件不完整（可能还没有复制或保存完，或在传输中损坏）",
                          "请确认文件能用 Excel/WPS 正常打开，保存完成后再放入收件箱") from None
        raise _Unsafe("corrupt", "文件已损坏，不是有效的 Excel 文件", _FIX_RESAVE) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise _Unsafe("zip_entries", f"文件内部结构异常（包含 {len(infos)} 个部件，上限 {MAX_ZIP_ENTRIES}）", _FIX_RESAVE)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _Unsafe("corrupt", "文件内部结构异常（部件名称重复）", _FIX_RESAVE)
    parts: dict[str, _Part] = {}
    total = compressed = 0
    bound_total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _Unsafe("encrypted", "文件内部经过加密，无法读取", "请取消密码后另存为 .xlsx 再报送")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Unsafe("corrupt", "文件使用了 Excel 不使用的压缩方式，无法安全读取", _FIX_RESAVE)
        if info.file_size > MAX_PART_BYTES or (total := total + info.file_size) > MAX_TOTAL_BYTES:
            big = info.file_size > MAX_PART_BYTES
            raise _bomb(info.file_size if big else total, info.compress_size if big else compressed + info.compress_size)
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise _Unsafe("zip_bomb", f"文件解压后异常膨胀（压缩比超过 {MAX_COMPRESSION_RATIO}:1），无法安全读取",
                          _FIX_RESAVE)
        parts[info.filename] = _Part(info, _data_offset(buf, info))
        bound_total += _bound(info)
        compressed += info.compress_size
    # Declared sizes can lie.  Where the compressed size could hide more than a limit, count for real.
    for part in sorted(parts.values(), key=lambda p: -_bound(p.info)):
        if _bound(part.info) <= MAX_PART_BYTES and bound_total <= MAX_TOTAL_BYTES:
            break
        actual = sum(len(chunk) for chunk in _inflate(buf, part, MAX_PART_BYTES))
        if actual != part.info.file_size:
            raise _Unsafe("corrupt", "文件内部结构异常（部件大小与记录不符）", _FIX_RESAVE)
        bound_total += actual - _bound(part.info)
    for name, part in parts.items():
        if name.lower().endswith(XML_PART_SUFFIXES):
            _check_xml_head(buf, part)
    if "xl/workbook.bin" in parts:
        return "xlsb"
    if "content.xml" in parts and "mimetype" in parts:
        return "ods"
    rels = _rels(buf, parts)
    uncached: list[str] = []
    hidden: dict[str, frozenset[int]] = {}
    folded: dict[str, frozenset[int]] = {}
    errors: list[str] = []
    hides_rows: list[str] = []
    placed = False
    for name in _sheet_parts(rels, parts):
        try:
            scan = _check_sheet_extent(buf, parts[name])
            if scan.uncached:
                uncached.append(name)
            if scan.hidden_columns:
                hidden[name] = scan.hidden_columns
            if scan.folded_columns:
                folded[name] = scan.folded_columns
            if scan.errors:
                errors.append(name)
            if scan.hides_rows:
                hides_rows.append(name)
            placed = placed or scan.placed
        except _Unsafe as u:
            sheet = _sheet_names(buf, parts, rels).get(name)
            u.sheet, u.message = sheet, u.message.replace("{where}", f"工作表「{sheet}」" if sheet else "有一个工作表")
            raise
    titles = _sheet_names(buf, parts, rels)
    findings.sheet_parts = {title: part for part, title in titles.items()}
    findings.uncached_formula_sheets = {titles.get(n, n) for n in uncached}
    findings.hidden_columns = {titles.get(n, n): cols for n, cols in hidden.items()}
    findings.folded_columns = {titles.get(n, n): cols for n, cols in folded.items()}
    findings.error_sheets = {titles.get(n, n) for n in errors}
    findings.comments = any("comments" in n.lower() for n in parts)
    findings.hidden_row_sheets = {titles.get(n, n) for n in hides_rows}
    styles = parts.get("xl/styles.xml")
    findings.strike_styles = styles is not None and b"strike" in b"".join(_inflate(buf, styles, MAX_PART_BYTES))
    return "needs_trial" if placed else "ooxml"


def _declared_entries(buf: bytes) -> int | None:
    """The entry count the end-of-central-directory record declares (zip64 too), None if there is none."""
    at = buf.rfind(b"PK\x05\x06", max(0, len(buf) - 65_557))
    if at < 0 or at + 22 > len(buf):
        return None
    count = struct.unpack_from("<H", buf, at + 10)[0]
    if count != 0xFFFF:
        return int(count)
    loc = at - 20
    if loc >= 0 and buf[loc:loc + 4] == b"PK\x06\x07":
        eocd64 = struct.unpack_from("<Q", buf, loc + 8)[0]
        if eocd64 + 40 <= len(buf) and buf[eocd64:eocd64 + 4] == b"PK\x06\x06":
            return int(struct.unpack_from("<Q", buf, eocd64 + 32)[0])
    return None


def _bomb(size: int, compressed: int) -> _Unsafe:
    """Too much content once inflated: a zip bomb only when it got there by an abnormal compression
    ratio; an honest workbook that is simply big (real sheets compress 5–30:1) is told it is too big."""
    limits = f"上限：单个部件 {_mb(MAX_PART_BYTES)}、合计 {_mb(MAX_TOTAL_BYTES)}"
    if size > MAX_COMPRESSION_RATIO * max(compressed, 1):
        return _Unsafe("zip_bomb", f"文件解压后异常膨胀（约 {_mb(size)}，压缩比超过 {MAX_COMPRESSION_RATIO}:1；{limits}），"
                                   "无法安全读取", _FIX_RESAVE)
    return _Unsafe("sheet_too_large", f"文件内容过多（解压后约 {_mb(size)}，{limits}），不像是一张报表，无法安全读取",
                   _FIX_TRIM)


def _bound(info: zipfile.ZipInfo) -> int:
    """The most bytes this part can really expand to, whatever its header declares."""
    if info.compress_type == zipfile.ZIP_STORED:
        return info.compress_size
    return info.compress_size * DEFLATE_MAX_RATIO + 1024


def _data_offset(buf: bytes, info: zipfile.ZipInfo) -> int:
    """Start of a part's compressed bytes: after its local header, whose name and extra lengths vary."""
    off = info.header_offset
    if buf[off:off + 4] != ZIP_MAGIC or off + 30 > len(buf):
        raise _Unsafe("corrupt", "文件内部结构异常（部件头损坏）", _FIX_RESAVE)
    name_len, extra_len = struct.unpack_from("<HH", buf, off + 26)
    start = off + 30 + name_len + extra_len
    if start + info.compress_size > len(buf):
        raise _Unsafe("truncated", "文件不完整（可能还没有复制或保存完，或在传输中损坏）",
                      "请确认文件能用 Excel/WPS 正常打开，保存完成后再放入收件箱")
    return start


def _inflate(buf: bytes, part: _Part, limit: int, chunk: int = SCAN_CHUNK_BYTES) -> Iterator[bytes]:
    """A part's uncompressed bytes in pieces of at most ``chunk``; more than ``limit`` in all is a bomb."""
    comp = memoryview(buf)[part.data_offset:part.data_offset + part.info.compress_size]
    if part.info.compress_type == zipfile.ZIP_STORED:
        if len(comp) > limit:
            raise _bomb(len(comp), len(comp))
        for i in range(0, len(comp), chunk):
            yield bytes(comp[i:i + chunk])
        return
    d = zlib.decompressobj(-15)
    produced = 0
    pending = comp.tobytes()
    try:
        while pending or not d.eof:
            out = d.decompress(pending, chunk)
            pending = d.unconsumed_tail
            produced += len(out)
            if produced > limit:  # the ratio of what was inflated so far to the bytes it came from
                raise _bomb(produced, len(comp) - len(pending))
            if out:
                yield out
            elif not pending:
                flushed = d.flush()
                produced += len(flushed)
                if produced > limit:
                    raise _bomb(produced, len(comp))
                if flushed:
                    yield flushed
                break
    except zlib.error:
        raise _Unsafe("corrupt", "文件已损坏（内部数据无法解压）", _FIX_RESAVE) from None


def _head(buf: bytes, part: _Part, n: int) -> bytes:
    """The first ``n`` uncompressed bytes of a part, decompressing no more than needed."""
    if part.info.compress_type == zipfile.ZIP_STORED:
        return buf[part.data_offset:part.data_offset + min(n, part.info.compress_size)]
    d = zlib.decompressobj(-15)
    comp = buf[part.data_offset:part.data_offset + part.info.compress_size]
    try:
        return d.decompress(comp, n)
    except zlib.error:
        raise _Unsafe("corrupt", "文件已损坏（内部数据无法解压）", _FIX_RESAVE) from None


_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.S)


def _check_xml_head(buf: bytes, part: _Part) -> None:
    """No DTD in any XML part: a DOCTYPE is how entity expansion and external entities get in.

    The DOCTYPE can only stand in the prolog (before the root element), so only the prolog is
    read; a prolog longer than XML_HEAD_BYTES is itself refused rather than read further.
    """
    head = _head(buf, part, XML_HEAD_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        try:
            text = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            text = head[: len(head) // 2 * 2].decode("utf-16", "replace").encode("utf-8", "replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf")
    upper = text.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _Unsafe("xml_doctype", "文件内部含有 DOCTYPE/ENTITY 声明（Excel 从不写入），可能是恶意构造的文件，已拒绝读取",
                      _FIX_RESAVE)
    pos = 0
    while m := _PROLOG_ITEM.match(text, pos):
        pos = m.end()
    rest = text[pos:].lstrip()
    if not rest and len(head) >= XML_HEAD_BYTES:
        raise _Unsafe("xml_prolog", "文件内部结构异常（XML 开头过长），无法安全读取", _FIX_RESAVE)
    if rest.startswith(b"<!"):
        raise _Unsafe("xml_doctype", "文件内部含有 DOCTYPE 等声明（Excel 从不写入），可能是恶意构造的文件，已拒绝读取",
                      _FIX_RESAVE)


_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")


def _rels(buf: bytes, parts: dict[str, _Part]) -> dict[str, str]:
    """Relationship id → part name, from the workbook's .rels (where calamine finds the sheets)."""
    rels = parts.get("xl/_rels/workbook.xml.rels")
    if rels is None:
        return {}
    data = b"".join(_inflate(buf, rels, MAX_PART_BYTES))
    out = {}
    for m in _REL.finditer(data):
        attrs = dict(_ATTR.findall(m.group(0)))
        rel_type, target = attrs.get(b"Type", b""), attrs.get(b"Target", b"")
        if rel_type.endswith(tuple(t.encode() for t in SHEET_REL_TYPES)) and target:
            out[attrs.get(b"Id", b"").decode("utf-8", "replace")] = part_of("xl", target.decode("utf-8", "replace"))
    return out


_REL_TYPE = re.compile(rb"""\bType\s*=\s*["']([^"']*)["']""")
_REL_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']*)["']""")


def related_parts(z: zipfile.ZipFile, names: set[str], part: str, kind: str) -> list[str]:
    """The parts of the package that ``part``'s own relationships of one kind name (``kind`` the end of the
    relationship type: ``/table``, ``/drawing``), in the order of its rels file: one walk for every reader of a
    sheet's tables, drawings …, tolerant of the quoting and prefixes other writers use."""
    folder, _, name = part.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in names:
        return []
    out: list[str] = []
    for m in _REL.finditer(z.read(rels)):
        found, target = _REL_TYPE.search(m.group(0)), _REL_TARGET.search(m.group(0))
        if found is None or target is None or not found.group(1).endswith(kind.encode()):
            continue
        if (related := part_of(folder, target.group(1).decode("utf-8", "replace"))) in names:
            out.append(related)
    return out


def part_of(folder: str, target: str) -> str:
    """A relationship's target as a zip part name: absolute (``/xl/tables/table1.xml``) or relative to the folder
    of the part whose relations name it (``../tables/table1.xml`` from ``xl/worksheets``)."""
    return normpath(target.lstrip("/") if target.startswith("/") else f"{folder}/{target}")


def normpath(name: str) -> str:
    parts: list[str] = []
    for p in name.split("/"):
        if p == "..":
            if parts:
                parts.pop()
        elif p not in ("", "."):
            parts.append(p)
    return "/".join(parts)


def _sheet_parts(rels: dict[str, str], parts: dict[str, _Part]) -> list[str]:
    """Every part a reader may parse as a sheet: the workbook's sheet relations plus anything in worksheets/."""
    found = {name for name in rels.values() if name in parts}
    found |= {name for name in parts if "worksheets/" in name and name.endswith(".xml")}
    return sorted(found)


def _sheet_names(buf: bytes, parts: dict[str, _Part], rels: dict[str, str]) -> dict[str, str]:
    """Part name → the sheet's name as the sender sees it, for the message (only read when there is one)."""
    wb = parts.get("xl/workbook.xml")
    if wb is None:
        return {}
    data = b"".join(_inflate(buf, wb, MAX_PART_BYTES))
    out = {}
    for m in _SHEET.finditer(data):
        attrs = dict(_ATTR.findall(m.group(0)))
        rid = next((v for k, v in attrs.items() if k == b"id"), None)
        if rid is not None and rid.decode() in rels:
            out[rels[rid.decode()]] = _unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
    return out


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


_ROOT_PREFIX = re.compile(rb"<(\w+:)?worksheet\b")


@cache
def _cell_patterns(prefix: bytes) -> tuple[re.Pattern[bytes], tuple[bytes, ...]]:
    """The cell-reference pattern (literal-led, so the scan runs at C speed) and the cell tag openers."""
    p = re.escape(prefix)
    # the last group: the cell closed at once, ``<c r="AX1048576" s="3"/>`` or ``<c r="AX1048576" s="3"></c>`` (how
    # openpyxl saves a formatted cell with nothing in it): no value, as calamine reads it
    ref = re.compile(b"<" + p + rb'c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(/?)>(</' + p + rb'c>)?')
    openers = (b"<" + prefix + b"c ", b"<" + prefix + b"c>", b"<" + prefix + b"c/>")
    return ref, openers


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


#: A column range of a sheet's ``<cols>`` (before its ``<sheetData>``): which columns it covers and whether hidden.
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_COL_MIN, _COL_MAX = re.compile(rb'\bmin="(\d+)"'), re.compile(rb'\bmax="(\d+)"')
#: A column's or a row's tag saying it is hidden (one rule for both; beizeng.intake.reader reads the rows').
HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')


#: A column or a row of a group (Excel's 数据 ▸ 组合): hidden with it, the clerk folded the group with its "−", not
#: hid it (one rule for both; beizeng.intake.reader reads the rows').
OUTLINED = re.compile(rb'\boutlineLevel="[1-9]')


_COL_WIDTH = re.compile(rb'\bwidth="([0-9.]+)"')


def _shut(attrs: bytes) -> bool:
    """A column dragged shut: 1 character wide or less (``width="0.5"``), nothing of it shows — hidden, as a file
    never outranks what it shows (a width of 0 is how Excel itself saves some hidden columns)."""
    m = _COL_WIDTH.search(attrs)
    try:
        return m is not None and float(m.group(1)) <= 1
    except ValueError:
        return False


def _hidden_columns(head: bytes) -> tuple[frozenset[int], frozenset[int]]:
    """The 0-based columns a sheet's ``<cols>`` hides (only up to MAX_SHEET_COLS: "hide every column right of
    the table", as clerks tidy a sheet, reaches XFD), and of those the ones folded away in a group (the clerk is
    told to unfold them, not to unhide them)."""
    out: set[int] = set()
    folded: set[int] = set()
    for m in _COL_TAG.finditer(head):
        attrs = m.group(1)
        lo, hi = _COL_MIN.search(attrs), _COL_MAX.search(attrs)
        if lo is not None and hi is not None and (HIDDEN.search(attrs) or _shut(attrs)):
            span = range(int(lo.group(1)) - 1, min(int(hi.group(1)), MAX_SHEET_COLS))
            out.update(span)
            if OUTLINED.search(attrs):
                folded.update(span)
    return frozenset(out), frozenset(folded)


#: A cell saved as an Excel error value, and a row hidden (an outline's or a filter's rows are told apart later).
ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="e"')
HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*' + HIDDEN.pattern)


@dataclass
class SheetScan:
    """What the look at a sheet's XML found besides its extent (``_check_sheet_extent``)."""

    uncached: bool = False  # a formula saved without its result
    hidden_columns: frozenset[int] = frozenset()
    folded_columns: frozenset[int] = frozenset()  # of the hidden, those folded in a group
    errors: bool = False  # a cell saved as an error value (#DIV/0!, #REF!)
    hides_rows: bool = False  # a hidden row
    #: cells placed by position (no ``r``): the extent is for the trial parse to find (the rest was read all the same)
    placed: bool = False


def _check_sheet_extent(buf: bytes, part: _Part) -> SheetScan:
    """The grid calamine will allocate: A1 to the last row and column holding a value, from the cells themselves.

    Cells without a value (``<c r="XFD1" s="3"/>``, a formatted cell) are skipped as calamine skips
    them.  A cell without an ``r`` attribute has a position only a parser can work out; such sheets
    (Java and Go exporters write them) get the trial parse for their extent — what else the scan found is
    returned all the same (``placed``), so that the reader knows their parts, hidden rows and error values.  Returns whether the sheet holds a
    formula saved without its result (the reader then says so instead of "required"), the columns
    its ``<cols>`` hides (read off the part's head on the way, so the reader does not inflate it again), and
    whether it holds an error value or a hidden row (the reader reads those cells and rows only then).
    """
    max_row = max_col = cells = refs = 0
    ref_re: re.Pattern[bytes] | None = None
    openers: tuple[bytes, ...] = ()
    carry = tail = b""
    uncached = errors = hides_rows = False
    hidden: tuple[frozenset[int], frozenset[int]] | None = None
    head = b""
    for chunk in _inflate(buf, part, MAX_PART_BYTES):
        if hidden is None:  # <cols> stands before <sheetData>: in the first chunks
            head += chunk
            at = head.find(b"sheetData")
            if at >= 0 or len(head) > SCAN_CHUNK_BYTES:
                hidden, head = _hidden_columns(head[:at] if at >= 0 else head), b""
        data = carry + chunk
        uncached = uncached or no_value_formula(tail + data)
        errors = errors or ERROR_CELL.search(tail + data) is not None
        hides_rows = hides_rows or HIDDEN_ROW.search(tail + data) is not None
        tail = data[-64:]
        if ref_re is None:
            m = _ROOT_PREFIX.search(data[:4096])
            ref_re, openers = _cell_patterns((m.group(1) or b"") if m else b"")
        cut = data.rfind(b"<")
        if cut > 0 and (last := data.rfind(b"<", 0, cut)) > 0 and (m := ref_re.match(data, last, cut)) and \
                m.end() == cut and not m.group(3):
            cut = last  # a cell's tag ends the piece: whether it closes at once is read with the next piece
        piece, carry = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
        cells += sum(piece.count(o) for o in openers)
        if cells > MAX_SHEET_CELLS * 4:
            break  # far past any limit; the extent found so far already decides
        found = ref_re.findall(piece)
        refs += len(found)
        valued = [(c, r) for c, r, slash, end in found if not (slash or end)]
        if valued:
            max_col = max(max_col, max(_col_number(c) for c in {c for c, _ in valued}))
            max_row = max(max_row, max(int(r) for r in {r for _, r in valued}))
    if carry and ref_re is not None:
        found = ref_re.findall(carry)
        refs += len(found)
        cells += sum(carry.count(o) for o in openers)
        for c, r, slash, end in found:
            if not (slash or end):
                max_col, max_row = max(max_col, _col_number(c)), max(max_row, int(r))
    where = "{where}"  # filled in with the sheet's name by the caller, read only when there is a problem
    if max_row > MAX_SHEET_ROWS:
        raise _Unsafe("sheet_too_large", f"{where}的内容一直延伸到第 {max_row} 行（上限 {MAX_SHEET_ROWS} 行），无法安全读取",
                      _FIX_TRIM)
    if max_col > MAX_SHEET_COLS:
        raise _Unsafe("sheet_too_large", f"{where}的内容一直延伸到第 {max_col} 列（上限 {MAX_SHEET_COLS} 列），无法安全读取",
                      _FIX_TRIM)
    if max_row * max_col > MAX_SHEET_CELLS:
        raise _Unsafe("sheet_too_large", f"{where}的数据区域过大（{max_row} 行 × {max_col} 列，上限 {MAX_SHEET_CELLS} 个单元格），"
                      "无法安全读取", _FIX_TRIM)
    hidden_cols, folded = hidden if hidden is not None else _hidden_columns(head)
    return SheetScan(uncached, hidden_cols, folded, errors, hides_rows, placed=cells > refs)


# ---------------------------------------------------------------------------------------------
# The trial parse in a child process
# ---------------------------------------------------------------------------------------------

_TRIAL = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem}))
import io, python_calamine
try:
    with open(sys.argv[1], "rb") as fh:
        wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
    out = []
    for meta in wb.sheets_metadata:
        ws = wb.get_sheet_by_name(meta.name)
        end = ws.end
        out.append([meta.name, (end[0] + 1) if end else 0, (end[1] + 1) if end else 0])
    print(json.dumps({{"sheets": out}}))
except Exception as exc:
    print(json.dumps({{"error": str(exc)[:300]}}))
"""


def trial_parse(path: Path, seconds: float = SANDBOX_SECONDS, memory: int = SANDBOX_MEMORY_BYTES) -> dict[str, object]:
    """Parse the file with calamine in a child process under limits; what it found, or why it died.

    Returns ``{"sheets": [[name, rows, cols], …]}``, ``{"error": text}`` for an ordinary read
    error (left to the reader to word), ``{"timeout": seconds}`` or ``{"signal": name}``.
    """
    try:
        res = subprocess.run([sys.executable, "-I", "-c", _TRIAL.format(mem=memory), str(path)], capture_output=True,
                             timeout=seconds, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": seconds}
    if res.returncode < 0:
        try:
            name = signal.Signals(-res.returncode).name
        except ValueError:
            name = str(-res.returncode)
        return {"signal": name}
    try:
        result: dict[str, object] = json.loads(res.stdout.decode("utf-8").strip().splitlines()[-1])
        return result
    except (ValueError, IndexError):
        # A MemoryError or abort reported on stderr with a non-signal exit status.
        return {"signal": f"exit {res.returncode}"}


def _trial_parse(path: Path) -> None:
    result = trial_parse(path)
    if "timeout" in result:
        raise _Unsafe("parse_timeout", f"文件读取超时（超过 {SANDBOX_SECONDS} 秒），可能过大或已损坏，已跳过", _FIX_TRIM)
    if "signal" in result:
        raise _Unsafe("parse_crash", "文件过大或已损坏，读取时超出了内存或出错，已拒绝读取", _FIX_TRIM)
    sheets = result.get("sheets")
    if not isinstance(sheets, list):
        return  # an ordinary read error: the reader reports it in its own words
    for name, rows, cols in sheets:
        if rows > MAX_SHEET_ROWS or cols > MAX_SHEET_COLS or rows * cols > MAX_SHEET_CELLS:
            raise _Unsafe("sheet_too_large", f"工作表「{name}」的数据区域过大（{rows} 行 × {cols} 列，上限 {MAX_SHEET_ROWS} 行、"
                          f"{MAX_SHEET_COLS} 列、{MAX_SHEET_CELLS} 个单元格），无法安全读取", _FIX_TRIM, sheet=name)
