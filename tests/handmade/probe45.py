"""Hand-made returns of the outside probe p45: files as an inbox really receives them — through WeChat, QQ, e-mail
or a USB stick, from Windows, macOS and WPS.  The returns themselves are plain township project lists (a merged title,
a 填报单位 line, 单位：万元 at the right, the clerk's own headers, a 合计 row and a signature line); what is hostile is
the file around them: zips with GBK member names and a __MACOSX folder, .7z/.rar, WeChat's ``东镇(1).xlsx`` copies,
doubled extensions, NFD names, 200-character names, Office owner files, Thumbs.db, a sheet whose used range reaches
row 1,048,576 through formatting, 5,000 formatted blank rows before the 合计, 60 sheets of which one is real.

Made by an outsider who read DOMAIN.md and the README, not the reader.  County: ``county`` (tests/county.py: 东镇,
西镇); June 2026 (1-6月).  Each maker writes into ``folder`` and returns the path; its docstring says what a careful
county statistician takes from it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

D = dt.date
#: the clerk's own project columns (not the template's words)
HEAD = ["序号", "项目代码", "项目名称", "建设地点", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
        "年度计划投资", "是否开工", "开工时间", "是否入库纳统", "当月完成投资", "自年初累计完成投资"]


def _project(code: str, name: str, town: str, month: float, cum: float, nature: str = "新建") -> list[Any]:
    return [code, name, town, nature, "否" if nature == "新建" else "是", "是", 20000, 8000, "是", D(2026, 3, 2), "是",
            month, cum]


#: (township → its June rows); 1-6月累计 东镇 3,000 + 1,200 = 4,200 万元, 西镇 2,500 + 500 = 3,000 万元
ROWS: dict[str, list[list[Any]]] = {
    "东镇": [_project("2603-610599-04-01-450001", "东塬光伏支架生产线项目", "东镇", 600, 3000),
             _project("2603-610599-07-02-450002", "东关饲料车间技改项目", "东镇", 200, 1200, "改建和技术改造")],
    "西镇": [_project("2603-610599-04-01-450011", "西岭新型建材生产线项目", "西镇", 500, 2500),
             _project("2603-610599-04-01-450012", "西镇农产品冷链仓储项目", "西镇", 100, 500)],
}
#: 东镇's corrected list: the second project's 1-6月累计 1,200 → 1,500 (4,500 万元 in all)
CORRECTED = [ROWS["东镇"][0], [*ROWS["东镇"][1][:-2], 500, 1500]]
CUM = {"东镇": 4200, "西镇": 3000}


def sheet(ws: Worksheet, town: str, rows: list[list[Any]] | None = None, blank_before_total: int = 0) -> None:
    """``town``'s June list on ``ws``: title, 填报单位, 单位, header on row 3, data, a 合计, the signatures."""
    rows = ROWS[town] if rows is None else rows
    _title(ws, f"{town}2026年1-6月工业项目建设进展情况表", len(HEAD))
    _put(ws, 2, 1, [f"填报单位：{town}人民政府"])
    _put(ws, 2, len(HEAD), ["单位：万元"])
    _put(ws, 3, 1, HEAD)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    end = 4 + len(rows)
    if blank_before_total:  # the clerk formatted a block of rows "for later": borders and fill, nothing typed
        fill = PatternFill("solid", fgColor="FFF2CC")
        for blank in range(end, end + blank_before_total):
            for c in (1, 2, 3, 13, 14):
                ws.cell(blank, c).fill = fill
        end += blank_before_total
    _put(ws, end, 1, ["合计", None, None, None, None, None, None, sum(r[6] for r in rows), sum(r[7] for r in rows),
                      None, None, None, sum(r[11] for r in rows), sum(r[12] for r in rows)])
    _put(ws, end + 1, 1, ["填报人：刘敏", None, None, None, "审核人：陈军", None, None, None, "联系电话：0913-3310001"])


def projects(path: Path, town: str = "东镇", rows: list[list[Any]] | None = None) -> Path:
    """``town``'s June project list, saved at ``path`` (any name the file arrived under)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    sheet(ws, town, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def projects_bytes(town: str = "东镇", rows: list[list[Any]] | None = None) -> bytes:
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    sheet(ws, town, rows)
    wb.save(buf)
    return buf.getvalue()


# ---- archives ----------------------------------------------------------------------------------------------------

def _gbk_zip(members: dict[str, bytes]) -> bytes:
    """A zip as Windows' 发送到→压缩文件夹 or an old WinRAR writes it: member names in GBK, the UTF-8 flag unset.

    Python's zipfile writes non-ASCII names as UTF-8 with the flag set, so each name goes in as an ASCII stand-in
    of the same byte length and is swapped for its GBK bytes afterwards (in the local and the central header)."""
    stand_ins: dict[bytes, bytes] = {}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(members.items()):
            gbk = name.encode("gbk")
            stand_in = (f"@{i:02d}".encode() * len(gbk))[:len(gbk)]
            if name.endswith("/"):
                stand_in = stand_in[:-1] + b"/"
            stand_ins[stand_in] = gbk
            z.writestr(stand_in.decode(), data)
    out = buf.getvalue()
    for stand_in, gbk in stand_ins.items():
        assert out.count(stand_in) == 2, stand_in
        out = out.replace(stand_in, gbk)
    return out


def zip_three_townships(folder: Path) -> Path:
    """``6月报表.zip`` (GBK names, the clerk zipped a folder): ``6月报表/东镇6月项目.xlsx``, ``6月报表/西镇6月项目.xlsx``
    and ``6月报表/补充/东镇6月项目（更正）.xlsx`` (东镇's corrected list, 4,500 万元).

    A careful person either opens it and reads 东镇 4,500 and 西镇 3,000 万元, or refuses it at once saying it is a
    zip and to send the workbooks themselves — never leaves it unsaid, never half-reads it."""
    data = _gbk_zip({"6月报表/": b"", "6月报表/东镇6月项目.xlsx": projects_bytes("东镇"),
                     "6月报表/西镇6月项目.xlsx": projects_bytes("西镇"),
                     "6月报表/补充/东镇6月项目（更正）.xlsx": projects_bytes("东镇", CORRECTED)})
    path = folder / "6月报表.zip"
    path.write_bytes(data)
    return path


def zip_mac_one_return(folder: Path) -> Path:
    """``东镇6月项目.zip`` made by macOS's 压缩: the one workbook and ``__MACOSX/._东镇6月项目.xlsx`` (AppleDouble).

    A careful person reads 东镇's 4,200 万元, or refuses the zip saying to send the workbook itself."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("东镇6月项目.xlsx", projects_bytes("东镇"))
        z.writestr("__MACOSX/._东镇6月项目.xlsx", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 40)
    path = folder / "东镇6月项目.zip"
    path.write_bytes(buf.getvalue())
    return path


def seven_zip(folder: Path) -> Path:
    """``6月报表.7z``: a 7-Zip archive (its signature and a header; the content does not matter, nothing opens it).

    A careful person refuses it: a compressed archive, unpack it and send the workbooks."""
    path = folder / "6月报表.7z"
    path.write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(24) + b"\x00" * 200)
    return path


def rar(folder: Path) -> Path:
    """``6月报表.rar``: a RAR 5 archive's signature and some bytes.  Refused as a compressed archive."""
    path = folder / "6月报表.rar"
    path.write_bytes(b"Rar!\x1a\x07\x01\x00" + b"\x33\x92\xb5\xe5\x0a\x01\x05\x06\x00\x05\x01\x01\x80\x80\x00" + bytes(200))
    return path


# ---- what Windows, macOS and Office leave beside a return -----------------------------------------------------------

def thumbs_db(folder: Path) -> Path:
    """Windows Explorer's thumbnail cache (an OLE2 file) copied along from the clerk's folder.  Not a return."""
    path = folder / "Thumbs.db"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    return path


def desktop_ini(folder: Path) -> Path:
    """Windows' folder settings file, copied along.  Not a return."""
    path = folder / "desktop.ini"
    path.write_text("[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n", encoding="utf-16")
    return path


def ds_store(folder: Path) -> Path:
    """macOS Finder's .DS_Store.  Not a return (a hidden file)."""
    path = folder / ".DS_Store"
    path.write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(100))
    return path


def stale_owner(folder: Path, name: str) -> Path:
    """Excel's owner file for ``name``, copied onto the USB stick while the workbook was open: ``~$`` in front of the
    whole name (``~$东镇.xlsx``, ``~$东镇6月项目进度表.xlsx``).  Excel, PowerPoint and WPS keep the whole name; only
    Word cuts the first characters of a long one (LibreOffice's reading of Office's owner files, svl's
    msodocumentlockfile.cxx, records both)."""
    path = folder / f"~${name}"
    path.write_bytes(b"\x06liumin" + bytes(47) + "刘敏".encode("utf-16-le") + bytes(100))
    return path


# ---- workbooks whose used range is far larger than their table --------------------------------------------------------

def formatted_to_last_row(folder: Path) -> Path:
    """东镇's list of 20 projects (1-6月累计 100 … 2,000: 21,000 万元) whose used range is A1:AX1048576: the clerk
    formatted whole columns to the bottom (a styled cell at AX1048576 is what Excel keeps of it).

    A careful person reads 20 projects, 21,000 万元, in a moment."""
    rows = [_project(f"2603-610599-04-01-45{i:04d}", f"东镇第{i}号技改项目", "东镇", 10 * i, 100 * i)
            for i in range(1, 21)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    sheet(ws, "东镇", rows)
    ws.cell(1048576, 50).font = Font(name="宋体", size=11)
    ws.cell(1048576, 50).fill = PatternFill("solid", fgColor="FFFFFF")
    path = folder / "东镇6月项目（格式到底）.xlsx"
    wb.save(path)
    return path


def blank_rows_then_total(folder: Path) -> Path:
    """东镇's two projects (4,200 万元), then 5,000 formatted blank rows, then 合计 4,200 and the signatures.

    A careful person reads 2 projects and 4,200 万元 — the 合计 far below is the total, not a third project."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    sheet(ws, "东镇", blank_before_total=5000)
    path = folder / "东镇6月项目（空行）.xlsx"
    wb.save(path)
    return path


def sixty_sheets(folder: Path) -> Path:
    """A workbook of 60 sheets (Sheet1 … Sheet60, as a WPS file copied month after month collects them), all empty
    but ``6月`` (the 31st), which holds 东镇's June list (4,200 万元).

    A careful person reads the one real sheet, 4,200 万元."""
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Sheet1"
    for i in range(2, 61):
        ws = wb.create_sheet("6月" if i == 31 else f"Sheet{i}")
        if i == 31:
            sheet(ws, "东镇")
    path = folder / "东镇工业项目（全年）.xlsx"
    wb.save(path)
    return path
