"""Files as the inbox really receives them (fix of probe p45): what is a return, in which folders, in which order,
under which stored name.  Real files, real ingest (tests.conftest.ingest), real 报送平台 upload names."""

from __future__ import annotations

import io
import os
import time
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base import safe_io
from beizeng.base.config import Config
from beizeng.intake import safety
from beizeng.intake.inbox import copy_rank, inbox_files, inbox_folders, not_a_return, open_in_excel
from beizeng.intake.versions import SAME_TIME
from beizeng.web.upload import safe_name
from tests.conftest import ingest
from tests.handmade import probe45 as p
from tests.test_handmade import sql

FAI = "select sender, period, count(*), sum(invest_cum) from cur_fai_projects group by all order by all"


def _at(path: Path, t: float) -> Path:
    os.utime(path, (t, t))
    return path


@pytest.mark.parametrize(("name", "base", "rank"), [
    ("东镇.xlsx", "东镇.xlsx", 0),
    ("东镇(1).xlsx", "东镇.xlsx", 1),
    ("东镇（2）.xlsx", "东镇.xlsx", 2),
    ("东镇[1].XLSX", "东镇.XLSX", 1),
    ("东镇 - 副本.xlsx", "东镇.xlsx", 1),
    ("东镇 - 副本 (2).xlsx", "东镇.xlsx", 2),
    ("报表 copy 2.xlsx", "报表.xlsx", 2),
    ("photocopy.xlsx", "photocopy.xlsx", 0),  # a word ending in "copy" is no copy's mark
    ("项目(2026).xlsx", "项目(2026).xlsx", 0),  # a year in brackets neither
    ("(1).xlsx", "(1).xlsx", 0),  # nothing left before the mark: the mark is the name
])
def test_a_copys_mark_is_read_off_the_name(name: str, base: str, rank: int) -> None:
    assert copy_rank(name) == (base, rank)


def test_what_is_passed_over_without_a_word_and_what_is_a_return(tmp_path: Path) -> None:
    workbook = p.projects_bytes()
    quiet = {"Thumbs.db": bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), "desktop.ini": b"[.ShellClassInfo]",
             "DESKTOP.INI": b"", ".DS_Store": b"\x00\x00\x00\x01Bud1", "._东镇.xlsx": b"\x00\x05\x16\x07",
             "~$东镇.xlsx": b"\x06liumin", ".~lock.东镇.xlsx#": b"liumin", "东镇.xlsx.errors.txt": b"x",
             ".网报-abcdefgh_东镇.part.xlsx": workbook,  # an upload being received: a whole workbook, and ours
             ".东镇.xlsx.1234.0a1b2c3d.tmp": workbook, ".gitkeep": b""}
    returns = {".xlsx": workbook, ".东镇.xlsx": workbook, ".东镇": workbook, "东镇.xlsx ": workbook,
               "Thumbs.xlsx": workbook}
    for name, data in {**quiet, **returns}.items():
        (tmp_path / name).write_bytes(data)
    assert {n for n in quiet if not_a_return(tmp_path / n)} == set(quiet)
    assert {n for n in returns if not not_a_return(tmp_path / n)} == set(returns)


def test_the_folders_looked_in_leave_out_beizengs_own_hidden_system_and_linked_ones(county: Config,
                                                                                    tmp_path: Path) -> None:
    for folder in ("东镇", "东镇/补报", "rejected", "quarantine", "处理结果", ".hidden", "__MACOSX", "$RECYCLE.BIN"):
        (county.inbox / folder).mkdir(parents=True, exist_ok=True)
    (tmp_path / "elsewhere").mkdir()
    (county.inbox / "链接").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert inbox_folders(county) == [county.inbox, county.inbox / "东镇", county.inbox / "东镇" / "补报"]


def test_an_owner_file_names_its_workbook_whole_and_case_aside() -> None:
    path = Path("/inbox/东镇6月项目进度表.xlsx")
    assert open_in_excel(path, {"~$东镇6月项目进度表.xlsx"})
    assert open_in_excel(Path("/inbox/Dongzhen.XLSX"), {"~$dongzhen.xlsx"})
    assert not open_in_excel(path, {"~$6月项目进度表.xlsx", "~$镇6月项目进度表.xlsx"})  # Word's cut names: neither


def test_a_return_in_a_folder_is_read_by_its_content_and_named_with_its_folder(county: Config) -> None:
    """东镇's list dropped inside a folder named 西镇/ (a clerk's own folder names): the content says 东镇, and 东镇 it
    is; the file is named with its folder in the outcome, the record and the archived copy's name."""
    p.projects(county.inbox / "西镇" / "6月" / "东镇6月项目.xlsx")
    [o] = ingest(county)
    assert (o.status, o.sender, o.file) == ("accepted", "东镇", "西镇/6月/东镇6月项目.xlsx")
    assert sql(county, "select file_name from submissions") == [("西镇/6月/东镇6月项目.xlsx",)]
    assert o.stored_path is not None and o.stored_path.name.endswith("_西镇_6月_东镇6月项目.xlsx")
    assert o.stored_path.parent == county.archive / "2026-06"
    assert sql(county, FAI) == [("东镇", "2026-06", 2, D(4200))]
    assert inbox_files(county) == []


def test_files_of_one_time_stamp_go_copy_last_and_the_clerk_is_told_which_stands(county: Config) -> None:
    """东镇 - 副本.xlsx (corrected, 4,500) and 东镇.xlsx (4,200) with one time stamp: the copy is read last and stands,
    and its outcome says both names and that it stands; a same-figure copy of another township says nothing."""
    t = time.time() - 100
    _at(p.projects(county.inbox / "东镇 - 副本.xlsx", rows=p.CORRECTED), t)
    _at(p.projects(county.inbox / "东镇.xlsx"), t)
    west = p.projects(county.inbox / "西镇.xlsx", "西镇")
    _at(west, t)
    copy = county.inbox / "西镇(1).xlsx"
    copy.write_bytes(west.read_bytes())  # the same bytes: a duplicate
    _at(copy, t)
    assert [q.name for q in inbox_files(county)] == ["东镇.xlsx", "东镇 - 副本.xlsx", "西镇.xlsx", "西镇(1).xlsx"]
    outcomes = {o.file: o for o in ingest(county)}
    assert (outcomes["东镇 - 副本.xlsx"].status, outcomes["东镇 - 副本.xlsx"].version) == ("accepted", 2)
    [said] = [x for x in outcomes["东镇 - 副本.xlsx"].problems if x.code == SAME_TIME]
    assert said.severity == "warning" and "「东镇.xlsx」" in said.message and "现以「东镇 - 副本.xlsx」为准" in said.message
    assert said.fix.startswith("请核对")
    assert not [x for o in outcomes.values() for x in o.problems if x.code == SAME_TIME and o.file != "东镇 - 副本.xlsx"]
    assert outcomes["西镇(1).xlsx"].status == "duplicate"
    assert sql(county, FAI) == [("东镇", "2026-06", 2, D(4500)), ("西镇", "2026-06", 2, D(3000))]


def test_the_same_figures_under_two_names_of_one_time_stamp_say_nothing(county: Config) -> None:
    """东镇.xlsx and 东镇(1).xlsx saved apart (other bytes), the same figures: nothing to ask the clerk."""
    t = time.time() - 100
    _at(p.projects(county.inbox / "东镇.xlsx"), t)
    time.sleep(1.1)  # openpyxl writes the time into docProps: other bytes
    _at(p.projects(county.inbox / "东镇(1).xlsx"), t)
    outcomes = {o.file: o for o in ingest(county)}
    assert outcomes["东镇(1).xlsx"].status == "accepted"
    assert not [x for o in outcomes.values() for x in o.problems if x.code == SAME_TIME]


@pytest.mark.parametrize(("original", "ends"), [
    (".xlsx", "_未命名.xlsx"),
    ("  东镇.XLSX  ", "_东镇.xlsx"),
    ("东镇" + "工业项目建设进展情况" * 20 + ".xlsx", "….xlsx"),
])
def test_an_upload_keeps_its_extension_and_fits_in_a_name(original: str, ends: str) -> None:
    name = safe_name(original)
    assert name.endswith(ends) and len(name.encode()) <= safe_io.MAX_NAME_BYTES, name
    assert len(f".{name}.part.xlsx".encode()) <= 255  # the hidden name it is received under


def test_clean_and_suffix_rules_for_odd_names() -> None:
    assert safe_io.clean_name(".xlsx") == "未命名.xlsx"
    assert safe_io.clean_name("东镇.xlsx ") == "东镇.xlsx"
    assert [safe_io.suffix_of(n) for n in (".xlsx", "东镇.xlsx ", "东镇.XLSX", "东镇", ".DS_Store")] == \
        [".xlsx", ".xlsx", ".xlsx", "", ""]


def _far_cell_at_a_piece_boundary(path: Path, far: bytes, value: bytes, after: int) -> Path:
    """东镇's workbook whose sheet XML (stored, not deflated: the scan's pieces are then exact) puts the tag of a cell
    at AX1048576 so that the first piece of the scan ends ``after`` bytes past it: 0 right after its ``>``, 2 after
    ``</``, 4 after ``</c>``."""
    size = safety.SCAN_CHUNK_BYTES
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    row = b'<row r="1"><c r="A1" t="n"><v>1</v></c></row>'
    opening = b'<row r="1048576">'
    room = size - after - len(head) - len(opening) - len(far)
    pad_cell = b'<row r="2"><c r="B2" t="inlineStr"><is><t></t></is></c></row>'
    n = (room - len(pad_cell)) // len(row)
    pad = room - n * len(row) - len(pad_cell)
    filler = row * n + pad_cell.replace(b"<t></t>", b"<t>" + b"x" * pad + b"</t>")
    xml = head + filler + opening + far + value + b"</row></sheetData></worksheet>"
    assert xml[size - after - len(far):size - after] == far
    with zipfile.ZipFile(io.BytesIO(p.projects_bytes())) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = xml if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            out.writestr(info.filename, data, zipfile.ZIP_STORED if data is xml else zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("after", [0, 1, 2, 3, 4])
def test_a_formatted_empty_cell_far_down_is_no_content_wherever_the_scan_cuts(tmp_path: Path, after: int) -> None:
    """``<c r="AX1048576" s="3"></c>`` (how openpyxl saves a formatted cell with nothing in it) adds nothing to the
    sheet's extent, wherever the scan's pieces cut it; ``<c r="AX1048576"><v>1</v></c>`` is refused as before."""
    empty = _far_cell_at_a_piece_boundary(tmp_path / "empty.xlsx", b'<c r="AX1048576" s="3" t="n">', b"</c>", after)
    assert safety.inspect_file(empty, empty.name) == []
    valued = _far_cell_at_a_piece_boundary(tmp_path / "valued.xlsx", b'<c r="AX1048576" t="n">', b"<v>1</v></c>",
                                           after)
    [refused] = safety.inspect_file(valued, valued.name)
    assert refused.code == "sheet_too_large" and "1048576" in refused.message
