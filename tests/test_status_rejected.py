"""Refused before the sender was known, and still not forgotten by `status` (issue 11, kind 9).

Hand-made files that identification cannot place (no header it knows, a Word file, a file naming
nobody) are refused; `beizeng status` and the 报送情况 sheet list each under its likely sender as
退回 — never 逾期未报 for a sender whose file arrived — and what names nobody as 无法识别的文件.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.intake.identify import Likely, likely_origin
from beizeng.intake.reader import open_workbook
from beizeng.ops.completeness import completeness
from beizeng.publish.outputs import write_summary
from beizeng.store.session import work_db
from tests.conftest import ingest

AFTER_DEADLINE = dt.datetime(2026, 7, 20)
EAST = "东镇2026年6月项目.xlsx"
WEST = "西镇2026年6月项目进度.docx"
BUREAU = "县统计局2026年6月规上工业生产情况.xlsx"
NOBODY = "新建 Microsoft Excel 工作表.xlsx"


def _notes_sheet(path: Path, title: str, sender_line: str | None) -> Path:
    """A township's own progress note made in Excel: a title, a 填报单位 line, and a table of prose that is
    no return beizeng knows (事项 | 进展 | 备注)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = title
    ws.merge_cells("A1:C1")
    if sender_line:
        ws["A2"] = sender_line
    ws.append(["事项", "进展", "备注"])
    ws.append(["光伏支架项目", "主体完工", "计划7月投产"])
    ws.append(["饲料厂技改", "设备进场", None])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


@pytest.fixture
def refused(county: Config) -> Config:
    _notes_sheet(county.inbox / EAST, "东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    (county.inbox / WEST).write_bytes(b"PK\x03\x04 not a workbook")
    _notes_sheet(county.inbox / BUREAU, "2026年1-6月规上工业企业生产情况说明", None)
    _notes_sheet(county.inbox / NOBODY, "情况说明", None)
    outcomes = ingest(county)
    assert [o.status for o in outcomes] == ["rejected"] * 4
    return county


def test_the_likely_sender_of_a_file_no_header_identifies(county: Config) -> None:
    path = _notes_sheet(county.inbox / EAST, "东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    assert likely_origin(open_workbook(path), path.name, county) == Likely("fai_projects", "东镇", "2026-06")
    # a file that could not even be opened: the name alone, the form the only one a township sends
    assert likely_origin(None, WEST, county) == Likely("fai_projects", "西镇", "2026-06")
    assert likely_origin(None, NOBODY, county) == Likely(None, None, None)


def test_status_lists_refused_files_under_their_likely_sender(refused: Config) -> None:
    con = duckdb.connect(str(work_db(refused)), read_only=True)
    try:
        rows = {(d.form, d.sender): d for d in completeness(con, refused, "2026-06", AFTER_DEADLINE)}
        guessed = con.execute("select file_name, form, sender, period from submissions "
                              "where identified_by = 'guess' order by file_name").fetchall()
    finally:
        con.close()
    assert sorted(guessed) == sorted([
        (EAST, "fai_projects", "东镇", "2026-06"), (WEST, "fai_projects", "西镇", "2026-06"),
        (BUREAU, "enterprise_output", "统计局", "2026-06"), (NOBODY, None, None, None)])
    guess = "；未能识别报表的填报单位或期间，按文件名、标题推断为本单位本期的报表"
    for form, sender, file in (("fai_projects", "东镇", EAST), ("fai_projects", "西镇", WEST),
                               ("enterprise_output", "统计局", BUREAU)):
        due = rows[(form, sender)]
        assert (due.state, due.file) == ("rejected", file), (form, sender)
        assert due.note.endswith(guess)
    # what nobody sent is still overdue
    assert rows[("city_comparison", "统计局")].state == "missing"


def _reporting_period() -> tuple[str, dt.datetime]:
    """The period whose returns come in now (last month), and a day after its deadline: a file that names no
    period is listed there (completeness places it by when it was received)."""
    today = dt.date.today()
    last = today.replace(day=1) - dt.timedelta(days=1)
    return f"{last:%Y-%m}", dt.datetime(today.year, today.month, 28)


def test_a_file_naming_nobody_is_listed_as_unidentified_in_the_period_it_came_in(refused: Config) -> None:
    period, now = _reporting_period()
    con = duckdb.connect(str(work_db(refused)), read_only=True)
    try:
        unknown = [d for d in completeness(con, refused, period, now) if d.state == "unidentified"]
    finally:
        con.close()
    assert [(d.title, d.sender, d.file) for d in unknown] == [("未识别的报表", "—", NOBODY)]
    assert unknown[0].note == f"1个错误，错误清单已退回（{NOBODY}.errors.txt）"


def test_the_sheet_shows_refused_as_returned_and_lists_the_unidentified(refused: Config, tmp_path: Path) -> None:
    con = duckdb.connect(str(work_db(refused)), read_only=True)
    try:
        path = write_summary(con, refused, "2026-06", tmp_path / "汇总表.xlsx", now=AFTER_DEADLINE)
    finally:
        con.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb["报送情况"].iter_rows(values_only=True)]
    finally:
        wb.close()
    header = rows[2]
    matrix = {r[0]: r for r in rows[3:next(i for i, r in enumerate(rows) if str(r[0]).startswith("催报清单"))] if r[0]}
    fai = header.index("工业固定资产投资项目月报")
    ent = header.index("规上工业企业生产月报")
    assert (matrix["东镇"][fai], matrix["西镇"][fai], matrix["统计局"][ent]) == ("退回", "退回", "退回")
    assert not [r for r in rows if str(r[0]).startswith("无法识别的文件")]  # the file naming nobody came in later

    period, now = _reporting_period()
    con = duckdb.connect(str(work_db(refused)), read_only=True)
    try:
        path = write_summary(con, refused, period, tmp_path / "本期汇总表.xlsx", now=now)
    finally:
        con.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb["报送情况"].iter_rows(values_only=True)]
    finally:
        wb.close()
    start = next(i for i, r in enumerate(rows) if str(r[0]).startswith("无法识别的文件"))
    assert rows[start][0] == "无法识别的文件（1份）"
    assert rows[start + 2][:4] == ("—", "未识别的报表", "无法识别（已退回）",
                                   f"{NOBODY}：1个错误，错误清单已退回（{NOBODY}.errors.txt）")


@pytest.mark.parametrize("city_sent", [True, False])
def test_a_file_of_unknown_form_counts_for_the_one_return_its_sender_still_owes(county: Config,
                                                                                 city_sent: bool) -> None:
    from tests.scenarios import city_2026_06

    if city_sent:
        sent = dt.datetime(2026, 7, 6, 9).timestamp()
        os.utime(city_2026_06(county.inbox), (sent, sent))  # saved on time
    (county.inbox / "县统计局2026年6月报表.docx").write_bytes(b"PK\x03\x04 not a workbook")
    ingest(county, compute=False)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        rows = {(d.form, d.sender): d for d in completeness(con, county, "2026-06", AFTER_DEADLINE)}
    finally:
        con.close()
    if city_sent:  # 统计局 owes two returns and sent one: the unreadable file is the other, refused
        assert rows[("enterprise_output", "统计局")].state == "rejected"
        assert rows[("city_comparison", "统计局")].state == "on_time"
        assert ("", "统计局") not in rows
    else:  # either of two: neither is claimed, and the file is listed as unidentified, naming the likely sender
        assert rows[("enterprise_output", "统计局")].state == rows[("city_comparison", "统计局")].state == "missing"
        mystery = rows[("", "统计局")]
        assert (mystery.state, mystery.title, mystery.file) == ("unidentified", "未识别的报表", "县统计局2026年6月报表.docx")
        assert mystery.note.endswith("；可能是统计局报送的")


def test_a_refused_file_its_sender_then_resent_is_no_longer_chased(county: Config,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # why: 东镇's first try named no period (refused, guessed as 东镇's); its resend for June was accepted: the first
    # try is the return's refused version (曾退回1次), never a file still listed as 无法识别 to chase
    from tests.scenarios import fai_2026_06

    _notes_sheet(county.inbox / "东镇项目进展.xlsx", "东镇工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    monkeypatch.setattr("beizeng.intake.ingest.now", lambda: dt.datetime(2026, 7, 3, 9))
    assert [o.status for o in ingest(county, compute=False)] == ["rejected"]
    fai_2026_06(county.inbox)
    monkeypatch.setattr("beizeng.intake.ingest.now", lambda: dt.datetime(2026, 7, 6, 9))
    ingest(county, compute=False)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        rows = completeness(con, county, "2026-06", AFTER_DEADLINE)
    finally:
        con.close()
    assert not [d for d in rows if d.state == "unidentified"], [(d.sender, d.state, d.file, d.note) for d in rows]
    [east] = [d for d in rows if (d.form, d.sender) == ("fai_projects", "东镇")]
    assert east.state == "on_time" and "曾退回1次" in east.note, east
