"""Hostile and broken files, made on the spot (one small binary fixture: a real Office-encrypted .xlsx).

Each ``Case`` writes one file and says what must come of it: the problem code(s) that may reject
it, or ``ACCEPTED`` for a file that is odd but a good return.  The files are built byte by byte
where a writer would refuse to make them (lying zip headers, a DOCTYPE, a sheet whose cells reach
XFD1048576), from tests/scenarios.py returns where the point is a real return with one thing wrong.

``encrypted.xlsx`` is tests/scenarios.py's enterprise return encrypted by msoffcrypto-tool with the
password ``beizeng`` (Office's agile encryption: an OLE container holding EncryptionInfo and
EncryptedPackage).
"""

from __future__ import annotations

import io
import os
import random
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.scenarios import ent_2026_06, enterprise_output

HERE = Path(__file__).resolve().parent
ACCEPTED = "accepted"
MIB = 1 << 20

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '{sheets}</Types>')
CT_SHEET = ('<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>')
WB_SHEET = '<sheet name="{name}" sheetId="{i}" {state}r:id="rId{i}"/>'
WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
WB_REL = ('<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
          'Target="worksheets/sheet{i}.xml"/>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def sheet_xml(cells: list[tuple[str, str]], dimension: str | None = None, head: str = SHEET_HEAD) -> str:
    """A worksheet with inline-string cells at the given references (one row element per cell)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    rows = "".join(f'<row r="{"".join(ch for ch in ref if ch.isdigit())}"><c r="{ref}" t="inlineStr"><is><t>{text}</t>'
                   f"</is></c></row>" for ref, text in cells)
    return f"{head}{dim}<sheetData>{rows}</sheetData></worksheet>"


def write_xlsx(path: Path, sheets: list[str], *, names: list[str] | None = None, hidden: tuple[int, ...] = (),
               extra: dict[str, bytes | str] | None = None, override: dict[str, bytes | str] | None = None,
               compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A minimal but valid .xlsx from raw sheet XML; ``override`` replaces any standard part."""
    names = names or [f"Sheet{i}" for i in range(1, len(sheets) + 1)]
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": CT.format(sheets="".join(CT_SHEET.format(i=i) for i in range(1, len(sheets) + 1))),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WB.format(sheets="".join(
            WB_SHEET.format(name=n, i=i, state='state="hidden" ' if i - 1 in hidden else "")
            for i, n in enumerate(names, 1))),
        "xl/_rels/workbook.xml.rels": WB_RELS.format(rels="".join(WB_REL.format(i=i) for i in range(1, len(sheets) + 1))),
    }
    for i, s in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = s
    parts.update(override or {})
    parts.update(extra or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def good_return(path: Path) -> Path:
    """A correct hand-made return (tests/scenarios.py's 2026-06 enterprise return) at ``path``."""
    tmp = path.parent / f".src-{path.stem}"
    src = enterprise_output(tmp, "2026-06", ent_2026_06())
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(src), str(path))
    shutil.rmtree(tmp, ignore_errors=True)
    return path


def good_return_bytes(tmp: Path) -> bytes:
    return good_return(tmp / "good.xlsx").read_bytes()


def rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """Rewrite one part of an existing .xlsx (the rest copied as is)."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            z.writestr(info.filename, change(data) if info.filename == part else data)
    return path


def _patch_sizes(path: Path, part: str, declared: int) -> None:
    """Make the zip's headers lie about a part's uncompressed size (local header and central directory)."""
    buf = bytearray(path.read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(buf)))
    info = zf.getinfo(part)
    struct.pack_into("<I", buf, info.header_offset + 22, declared)
    name = part.encode()
    cd = buf.rfind(b"PK\x01\x02" + b"", 0)
    while cd != -1:
        n_len = struct.unpack_from("<H", buf, cd + 28)[0]
        if bytes(buf[cd + 46:cd + 46 + n_len]) == name:
            struct.pack_into("<I", buf, cd + 24, declared)
            break
        cd = buf.rfind(b"PK\x01\x02", 0, cd)
    path.write_bytes(bytes(buf))


def _big_sheet_stream(total: int) -> bytes:
    """``total`` bytes of a worksheet made of one repeated empty row, deflated (a few hundred KB)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [comp.compress(SHEET_HEAD.encode() + b"<sheetData>")]
    chunk = b'<row r="1" spans="1:1"></row>' * (MIB // 29)
    written = 0
    while written < total:
        out.append(comp.compress(chunk))
        written += len(chunk)
    out.append(comp.compress(b"</sheetData></worksheet>"))
    out.append(comp.flush())
    return b"".join(out)


def zip_bomb(path: Path, uncompressed: int, lie: bool = False) -> Path:
    """A workbook whose sheet1.xml inflates to ``uncompressed`` bytes (headers truthful or lying)."""
    write_xlsx(path, [sheet_xml([("A1", "x")])])
    data = _big_sheet_stream(uncompressed)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info.filename, src.read(info.filename))
    # append the pre-deflated part by hand: zipfile cannot write a member it did not compress itself
    raw = bytearray(path.read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(raw)))
    end = zf.start_dir
    name = b"xl/worksheets/sheet1.xml"
    size = 1000 if lie else uncompressed
    crc = 0
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size & 0xFFFFFFFF, len(name), 0)
    central_old = bytes(raw[end:])
    eocd_at = central_old.rfind(b"PK\x05\x06")
    entries = central_old[:eocd_at]
    n_entries = struct.unpack_from("<H", central_old, eocd_at + 10)[0]
    new_central = entries + struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data),
                                        size & 0xFFFFFFFF, len(name), 0, 0, 0, 0, 0, end) + name
    out = bytes(raw[:end]) + local + name + data
    cd_start = len(out)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n_entries + 1, n_entries + 1, len(new_central), cd_start, 0)
    path.write_bytes(out + new_central + eocd)
    return path


def ole_with_streams(path: Path, names: tuple[str, ...]) -> Path:
    """An .xls made by xlwt whose 'Workbook' stream is renamed (e.g. to EncryptionInfo)."""
    import xlwt

    wb = xlwt.Workbook()
    wb.add_sheet("S").write(0, 0, "x")
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    old = "Workbook".encode("utf-16-le")
    at = data.find(old)
    for new in names[:1]:
        field = (new.encode("utf-16-le") + b"\x00\x00").ljust(64, b"\x00")
        data[at:at + 64] = field
        struct.pack_into("<H", data, at + 64, len(new.encode("utf-16-le")) + 2)
    path.write_bytes(bytes(data))
    return path


def xls_return(path: Path, far_corner: bool = False) -> Path:
    """The scenario's enterprise return as a legacy .xls (xlwt), optionally with a value in IV65536."""
    import openpyxl
    import xlwt

    src = good_return(path.parent / f".xls-src-{path.stem}.xlsx")
    ws_src = openpyxl.load_workbook(src).active
    assert ws_src is not None
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    for r, row in enumerate(ws_src.iter_rows(values_only=True)):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    if far_corner:
        ws.write(65535, 255, "x")
    wb.save(str(path))
    src.unlink()
    return path


def ods_repeated(path: Path, columns: int) -> Path:
    """An .ods whose one cell is repeated across ``columns`` columns (calamine expands repeats)."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="S">'
               f'<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="{columns}" '
               'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def formula_only(path: Path) -> Path:
    """The scenario's return with every figure replaced by a formula and no cached value (openpyxl writes none)."""
    import openpyxl

    good_return(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    for row in ws.iter_rows(min_row=6, max_row=8, min_col=8, max_col=11):
        for cell in row:
            cell.value = f"={cell.column_letter}{cell.row}*1+0" if cell.column_letter != "I" else "=1+1"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One hostile file: how to make it and what may come of it (problem codes, or ACCEPTED)."""

    id: str
    filename: str
    make: Callable[[Path], object]
    expect: frozenset[str]
    heavy: bool = False  # generating or reading it takes seconds: slow suite only
    xfail: str = ""  # a known bug outside the test's files: why, and what fixes it
    seconds: float = 10.0  # the bound on reading it (wall clock, generous for a loaded machine)

    def build(self, folder: Path) -> Path:
        path = folder / self.filename
        folder.mkdir(parents=True, exist_ok=True)
        self.make(path)
        return path


def _bytes(data: bytes) -> Callable[[Path], object]:
    return lambda p: p.write_bytes(data)


def _truncated(keep: Callable[[int], int]) -> Callable[[Path], object]:
    def make(p: Path) -> None:
        data = good_return_bytes(p.parent / f".t-{p.stem}")
        p.write_bytes(data[: keep(len(data))])
        shutil.rmtree(p.parent / f".t-{p.stem}", ignore_errors=True)
    return make


def _flip_sheet_bytes(p: Path) -> None:
    good_return(p)
    buf = bytearray(p.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(buf))).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 40, start + min(info.compress_size, 400), 7):
        buf[i] ^= 0x5A
    p.write_bytes(bytes(buf))


def _docx(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


def _empty_zip(p: Path) -> None:
    with zipfile.ZipFile(p, "w"):
        pass


def _many_entries(p: Path) -> None:
    write_xlsx(p, [sheet_xml([("A1", "x")])], extra={f"xl/media/pad{i}.xml": "<a/>" for i in range(3000)})


def _flag_encrypted(p: Path) -> None:
    good_return(p)
    buf = bytearray(p.read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(buf)))
    info = zf.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<H", buf, info.header_offset + 6, info.flag_bits | 1)
    cd = zf.start_dir
    while buf[cd:cd + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", buf, cd + 28)
        if bytes(buf[cd + 46:cd + 46 + n]) == info.filename.encode():
            struct.pack_into("<H", buf, cd + 8, info.flag_bits | 1)
        cd += 46 + n + m + k
    p.write_bytes(bytes(buf))


def _bzip2(p: Path) -> None:
    write_xlsx(p, [sheet_xml([("A1", "x")])], compression=zipfile.ZIP_BZIP2)


def _duplicate_names(p: Path) -> None:
    import warnings

    write_xlsx(p, [sheet_xml([("A1", "x")])])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(p, "a") as z:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml([("XFD1048576", "y")]))


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
          '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
          '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
          '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')
XXE_SHEET = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
             '<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>')


def _laughs(p: Path) -> None:
    write_xlsx(p, [sheet_xml([("A1", "x")])], extra={"xl/sharedStrings.xml": LAUGHS})


def _xxe(p: Path) -> None:
    write_xlsx(p, [XXE_SHEET])


def _doctype_in(part: str) -> Callable[[Path], object]:
    """The good return with an external-entity DOCTYPE put into one of its parts."""
    def make(p: Path) -> None:
        good_return(p)
        doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1/">]>'
        rewrite_part(p, part, lambda d: d.replace(b"?>", b"?>" + doctype, 1) if d.startswith(b"<?xml") else doctype + d)
    return make


def _long_prolog(p: Path) -> None:
    padding = "<!--" + "x" * 2000 + "-->"
    xml = SHEET_HEAD.replace("\n", "\n" + padding + '<!DOCTYPE w [<!ENTITY a "b">]>\n')
    write_xlsx(p, [xml + '<sheetData></sheetData></worksheet>'])


def _utf16_doctype(p: Path) -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY a "b">]>' + SHEET_HEAD.split("\n", 1)[1] + \
          "<sheetData></sheetData></worksheet>"
    write_xlsx(p, [xml], override={"xl/worksheets/sheet1.xml": xml.encode("utf-16")})


def _far(cells: list[tuple[str, str]], dimension: str | None = None, head: str = SHEET_HEAD) -> Callable[[Path], object]:
    return lambda p: write_xlsx(p, [sheet_xml(cells, dimension, head)])


def _styled_far_corner(p: Path) -> None:
    good_return(p)
    rewrite_part(p, "xl/worksheets/sheet1.xml",
                 lambda d: d.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'))


def _cells_without_r(p: Path) -> None:
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 16384
    write_xlsx(p, [f"{SHEET_HEAD}<sheetData><row>{cells}</row></sheetData></worksheet>"])


def _prefixed(p: Path) -> None:
    xml = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>'
           '<x:row r="1048576"><x:c r="XFD1048576" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>'
           "</x:sheetData></x:worksheet>")
    write_xlsx(p, [xml])


def _hidden_far(p: Path) -> None:
    write_xlsx(p, [sheet_xml([("A1", "x")]), sheet_xml([("A1", "a"), ("XFD1048576", "b")])], names=["报表", "隐藏"],
               hidden=(1,))


def _empty_workbook(p: Path) -> None:
    import openpyxl

    openpyxl.Workbook().save(p)


def _no_sheets(p: Path) -> None:
    write_xlsx(p, [], override={"xl/workbook.xml": WB.format(sheets=""), "xl/_rels/workbook.xml.rels": WB_RELS.format(rels="")})


def _renamed(suffix_from: Callable[[Path], object]) -> Callable[[Path], object]:
    def make(p: Path) -> None:
        tmp = p.with_name(f".r-{p.stem}.tmp")
        suffix_from(tmp)
        tmp.replace(p)
    return make


def _encrypted(p: Path) -> None:
    shutil.copy(HERE / "encrypted.xlsx", p)


def _garbage_after_ole(p: Path) -> None:
    rng = random.Random(7)
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.getrandbits(8) for _ in range(4000)))


def _nan_cell(p: Path) -> None:
    """The good return with one figure stored as NaN (Excel never writes it; other tools and hands do)."""
    good_return(p)
    rewrite_part(p, "xl/worksheets/sheet1.xml", lambda d: d.replace(b"<v>30000</v>", b"<v>NaN</v>", 1))


def _big_but_allowed(p: Path) -> None:
    """A 60,000-row enterprise return: large but inside every limit (memory and time must stay bounded)."""
    from tests.scenarios import uscc

    rows: list[tuple[str, str, str, bool, str, float, float | None]] = [
        (uscc(i), f"企业{i}", "东镇", False, "2019", 100.0 + i, 90.0) for i in range(1, 60_001)]
    tmp = p.parent / f".big-{p.stem}"
    src = enterprise_output(tmp, "2026-06", rows)
    shutil.move(str(src), str(p))
    shutil.rmtree(tmp, ignore_errors=True)


REJECT_CORRUPT = frozenset({"corrupt", "truncated"})
TOO_LARGE = frozenset({"sheet_too_large"})
DOCTYPE = frozenset({"xml_doctype", "xml_prolog"})

CASES: list[Case] = [
    # not a workbook at all
    Case("text-as-xlsx", "说明文字.xlsx", _bytes(b"this is not a workbook"), frozenset({"corrupt", "text_not_excel"})),
    Case("random-bytes", "随机.xlsx", _bytes(random.Random(1).randbytes(5000)), frozenset({"corrupt"})),
    Case("zero-bytes", "空文件.xlsx", _bytes(b""), frozenset({"empty_file"})),
    Case("html-as-xls", "系统导出.xls", _bytes("<html><body><table><tr><td>企业</td></tr></table></body></html>".encode()),
         frozenset({"html_not_excel", "not_excel"})),
    Case("csv-as-xlsx", "导出.xlsx", _bytes("企业,产值\n甲,1\n乙,2\n".encode()), frozenset({"text_not_excel", "corrupt"})),
    Case("docx-renamed", "文档.xlsx", _docx, frozenset({"disguised_type"})),  # told it is a Word document
    Case("empty-zip", "空压缩包.xlsx", _empty_zip, REJECT_CORRUPT),
    # damaged zips
    Case("truncated-half", "一半.xlsx", _truncated(lambda n: n // 2), frozenset({"truncated"})),
    Case("truncated-tail", "少了结尾.xlsx", _truncated(lambda n: n - 10), frozenset({"truncated"})),
    Case("truncated-head-only", "只有开头.xlsx", _truncated(lambda n: 40), frozenset({"truncated"})),
    Case("flipped-bytes", "坏数据.xlsx", _flip_sheet_bytes, REJECT_CORRUPT),
    Case("zip-3000-entries", "部件过多.xlsx", _many_entries, frozenset({"zip_entries"})),
    Case("zip-entry-encrypted-flag", "加密部件.xlsx", _flag_encrypted, frozenset({"encrypted"})),
    Case("zip-bzip2", "压缩方式.xlsx", _bzip2, frozenset({"corrupt"})),
    Case("zip-duplicate-names", "重名部件.xlsx", _duplicate_names, frozenset({"corrupt"})),
    # zip bombs
    Case("bomb-declared-200MB", "炸弹.xlsx", lambda p: zip_bomb(p, 200 * MIB), frozenset({"zip_bomb"}), heavy=True),
    Case("bomb-lying-headers", "炸弹-谎报.xlsx", lambda p: zip_bomb(p, 200 * MIB, lie=True), frozenset({"zip_bomb"}), heavy=True),
    Case("bomb-ratio", "高压缩比.xlsx", lambda p: zip_bomb(p, 40 * MIB), frozenset({"zip_bomb"})),
    # XML entities
    Case("billion-laughs", "实体膨胀.xlsx", _laughs, DOCTYPE),
    Case("xxe-external-entity", "外部实体.xlsx", _xxe, DOCTYPE),
    Case("doctype-in-workbook", "工作簿声明.xlsx", _doctype_in("xl/workbook.xml"), DOCTYPE),
    Case("doctype-in-content-types", "类型声明.xlsx", _doctype_in("[Content_Types].xml"), DOCTYPE),
    Case("doctype-in-styles", "样式声明.xlsx", _doctype_in("xl/styles.xml"), DOCTYPE),
    Case("doctype-after-long-comment", "长注释.xlsx", _long_prolog, DOCTYPE),
    Case("doctype-utf16", "UTF16.xlsx", _utf16_doctype, DOCTYPE),
    # sheets too large for the grid calamine allocates
    Case("rows-1048576", "一百万行.xlsx", _far([("A1", "a"), ("A1048576", "b")]), TOO_LARGE),
    Case("cols-16384", "一万六千列.xlsx", _far([("A1", "a"), ("XFD1", "b")]), TOO_LARGE),
    Case("corner-XFD1048576", "右下角.xlsx", _far([("A1", "a"), ("XFD1048576", "b")], "A1:XFD1048576"), TOO_LARGE),
    Case("lying-dimension", "范围谎报.xlsx", _far([("A1", "a"), ("XFD1048576", "b")], "A1:B2"), TOO_LARGE),
    Case("area-3000x1000", "区域过大.xlsx", _far([("A1", "a"), ("A3000", "b"), ("ALL1", "c")]), TOO_LARGE),
    Case("prefixed-namespace-corner", "前缀.xlsx", _prefixed, TOO_LARGE),
    Case("hidden-sheet-corner", "隐藏表.xlsx", _hidden_far, TOO_LARGE),
    Case("cells-without-r", "无坐标.xlsx", _cells_without_r, TOO_LARGE),
    Case("styled-empty-corner", "统计局_2026-06_规上工业企业生产月报（格式）.xlsx", _styled_far_corner, frozenset({ACCEPTED})),
    Case("big-but-allowed-60000-rows", "统计局_2026-06_规上工业企业生产月报（大）.xlsx", _big_but_allowed,
         frozenset({ACCEPTED}), heavy=True, seconds=90.0),
    # legacy and other containers
    Case("encrypted-xlsx", "加密.xlsx", _encrypted, frozenset({"encrypted"})),
    Case("ole-encryption-streams", "加密2.xlsx", lambda p: ole_with_streams(p, ("EncryptionInfo",)), frozenset({"encrypted"})),
    Case("xls-garbage", "乱码.xls", _bytes(random.Random(2).randbytes(3000)), frozenset({"corrupt"})),
    Case("et-garbage", "乱码.et", _bytes(random.Random(3).randbytes(3000)), frozenset({"corrupt"})),
    Case("ole-magic-then-garbage", "坏文件头.xls", _garbage_after_ole, frozenset({"corrupt"})),
    Case("xls-corner-IV65536", "统计局_2026-06_规上工业企业生产月报（旧格式大）.xls", lambda p: xls_return(p, far_corner=True),
         TOO_LARGE),
    Case("xls-good", "统计局_2026-06_规上工业企业生产月报.xls", xls_return, frozenset({ACCEPTED})),
    Case("et-good", "统计局_2026-06_规上工业企业生产月报.et", xls_return, frozenset({ACCEPTED})),
    Case("xlsx-named-xls", "统计局_2026-06_规上工业企业生产月报（改名）.xls", _renamed(good_return), frozenset({ACCEPTED})),
    Case("xls-named-xlsx", "统计局_2026-06_规上工业企业生产月报（改名）.xlsx", _renamed(xls_return), frozenset({ACCEPTED})),
    Case("ods-repeated-rows", "重复行.ods", lambda p: ods_repeated(p, 3), frozenset({"sheet_too_large"})),
    Case("ods-repeated-everything", "重复行列.ods", lambda p: ods_repeated(p, 16384),
         frozenset({"sheet_too_large", "parse_crash", "corrupt"})),
    Case("nan-in-a-figure", "统计局_2026-06_规上工业企业生产月报（NaN）.xlsx", _nan_cell, frozenset({"not_a_number"})),
    # empty, formulas
    Case("empty-workbook", "空工作簿.xlsx", _empty_workbook, frozenset({"unknown_form", "no_header", "empty_workbook"})),
    Case("no-sheets", "无工作表.xlsx", _no_sheets, REJECT_CORRUPT | {"empty_workbook"}),
    Case("formulas-without-cached-values", "统计局_2026-06_规上工业企业生产月报（公式）.xlsx", formula_only,
         frozenset({"formula_no_value", "formula_without_value", "formula"})),
    # names: spaces, Chinese punctuation, emoji, dots
    Case("name-with-spaces", "统计局 2026-06 规上工业企业生产月报 .xlsx", good_return, frozenset({ACCEPTED})),
    Case("name-full-width", "统计局（修改）　2026－06　规上工业企业生产月报.xlsx", good_return, frozenset({ACCEPTED})),
    Case("name-emoji", "📊统计局_2026-06_规上工业企业生产月报✅.xlsx", good_return, frozenset({ACCEPTED})),
    Case("name-double-dots", "统计局..2026-06..规上工业企业生产月报.xlsx", good_return, frozenset({ACCEPTED})),
]


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)


def all_ids(heavy: bool | None = None) -> list[str]:
    return [c.id for c in CASES if heavy is None or c.heavy == heavy]


if os.environ.get("BEIZENG_HOSTILE_LIST"):  # pragma: no cover - a helper for looking at the files by hand
    out = Path(os.environ["BEIZENG_HOSTILE_LIST"])
    for case in CASES:
        case.build(out)
