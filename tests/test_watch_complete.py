"""A file is taken from the inbox only once it is complete (beizeng.intake.inbox.waiting_reason), by every path:
the watcher (InboxWatcher), the one-shot runs (split_settled, the run's scan-inbox task).  Complete =
size and time stamp settled, no Excel/WPS ``~$`` owner file beside it, and it opens as a whole
workbook.  A file failing it stays where it is; one waiting too long is told so, once."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.inbox import ARRIVING, NOT_WHOLE, OPEN_IN_EXCEL, opens_whole, waiting_reason
from beizeng.intake.ingest import WRITING, Outcome
from beizeng.intake.watch import (
    INCOMPLETE_FOR_LONG,
    InboxWatcher,
    process,
    receipt_lines,
    split_settled,
    still_writing,
    watch,
)
from flows.tasks import scan_inbox
from tests.scenarios import ent_2026_06, enterprise_output, fai_2026_06
from tests.test_serve import ENT_FILE, published_files, wait_for


def aged(path: Path, seconds: float = 60) -> Path:
    """As if the last byte had been written ``seconds`` ago: settled by its time stamp alone."""
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def inbox_names(cfg: Config) -> list[str]:
    return sorted(p.name for p in cfg.inbox.iterdir() if p.is_file())


@pytest.fixture
def workbook(tmp_path: Path) -> bytes:
    """A real return (统计局's enterprise report, 3 rows) as bytes, as a copy would bring it."""
    return enterprise_output(tmp_path / "made", "2026-06", ent_2026_06()).read_bytes()


def test_a_workbook_cut_short_is_not_whole_at_any_length(workbook: bytes, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    taken = []
    for n in range(0, len(workbook), 97):
        cut.write_bytes(workbook[:n])
        if opens_whole(cut):
            taken.append(n)
    assert taken == []
    cut.write_bytes(workbook[:-1])
    assert not opens_whole(cut)
    cut.write_bytes(workbook[: len(workbook) // 2] + b"\0" * (len(workbook) - len(workbook) // 2))  # size set first
    assert not opens_whole(cut)
    cut.write_bytes(workbook)
    assert opens_whole(cut)


def test_an_xls_cut_short_is_not_whole(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("表1")
    for i in range(2000):  # ≈ 180 KB: the allocation table reaches far past the header
        sheet.write(i, 0, f"第{i}行的一段文字，足够长")
    path = tmp_path / "whole.xls"
    book.save(str(path))
    data = path.read_bytes()
    assert opens_whole(path)
    cut = tmp_path / "cut.xls"
    for n in (512, 4096, len(data) // 2, len(data) - 512, len(data) - 1):
        cut.write_bytes(data[:n])
        assert not opens_whole(cut), n


def test_csv_and_html_tables_are_judged_by_size_and_time_only_and_an_empty_file_waits(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("乡镇,产值\n东镇,12\n", encoding="utf-8")
    empty = tmp_path / "b.xlsx"
    empty.write_bytes(b"")
    assert opens_whole(csv) and not opens_whole(empty)


def test_a_half_written_workbook_with_a_still_time_stamp_is_not_taken_by_the_watcher_until_complete(
        county: Config, workbook: bytes) -> None:
    target = county.inbox / ENT_FILE
    target.write_bytes(workbook[: len(workbook) * 2 // 3])
    aged(target)  # a copy stalled long ago: size and time stamp say "finished"
    w = InboxWatcher(county, stable_seconds=0.5)
    assert w.ready(now=100.0) == [] and w.newly_waiting == [(target, NOT_WHOLE)]
    assert w.ready(now=200.0) == [] and w.newly_waiting == []  # said once
    assert inbox_names(county) == [ENT_FILE]  # left where it is
    target.write_bytes(workbook)
    aged(target)
    assert w.ready(now=300.0) == [target]


def test_the_one_shot_runs_leave_a_half_written_workbook_and_take_it_once_complete(county: Config,
                                                                                  workbook: bytes) -> None:
    target = county.inbox / ENT_FILE
    target.write_bytes(workbook[:1000])
    aged(target)
    assert split_settled([target], 0.5) == ([], [target])
    scan = scan_inbox.fn(county)  # the task `beizeng run`, `beizeng ingest` and the monthly flow start with
    assert (scan.ready, scan.writing) == ([], [target])
    [o] = scan.writing_outcomes()
    assert (o.status, o.note, o.problems) == (WRITING, "正在写入或仍在 Excel 中打开，稍后再处理", [])
    assert inbox_names(county) == [ENT_FILE]
    target.write_bytes(workbook)
    aged(target)
    assert scan_inbox.fn(county).ready == [target]


def test_an_excel_owner_file_beside_a_good_return_holds_it_back_on_every_path(county: Config, tmp_path: Path) -> None:
    [east, _] = fai_2026_06(tmp_path)
    good = county.inbox / east.name
    good.write_bytes(east.read_bytes())
    aged(good)
    owner = county.inbox / f"~${east.name}"  # Excel's owner file while 东镇's return is open: ~$ and the whole name
    owner.write_bytes(b"\x0b\xe4\xb8\x9c")
    w = InboxWatcher(county, stable_seconds=0.5)
    assert w.ready(now=10.0) == [] and w.newly_waiting == [(good, OPEN_IN_EXCEL)]
    assert split_settled([good], 0.5) == ([], [good])
    assert scan_inbox.fn(county).writing == [good]
    assert inbox_names(county) == sorted([good.name, owner.name])  # nothing moved, the owner file untouched
    owner.unlink()  # Excel closed it
    assert w.ready(now=11.0) == [good]
    assert split_settled([good], 0.5) == ([good], [])


def test_waiting_reasons_in_order_arriving_then_excel_then_whole(county: Config, workbook: bytes) -> None:
    path = county.inbox / ENT_FILE
    path.write_bytes(workbook[:100])
    sig = (path.stat().st_size, path.stat().st_mtime_ns)
    owners = {f"~${ENT_FILE}"}
    now = sig[1] / 1e9
    assert waiting_reason(path, sig, 0.0, 0.5, owners, now) == ARRIVING
    assert waiting_reason(path, sig, 0.6, 0.5, owners, now) == OPEN_IN_EXCEL
    assert waiting_reason(path, sig, 0.6, 0.5, set(), now) == NOT_WHOLE


def test_a_file_incomplete_for_longer_than_the_limit_is_told_once_and_stays(county: Config, workbook: bytes) -> None:
    target = county.inbox / ENT_FILE
    target.write_bytes(workbook[:5000])
    aged(target, 3600)
    w = InboxWatcher(county, stable_seconds=0.5, incomplete_minutes=10)
    w.ready(now=0.0)
    assert w.overdue == []
    w.ready(now=599.0)
    assert w.overdue == []
    w.ready(now=601.0)
    assert w.overdue == [(target, NOT_WHOLE)]
    w.ready(now=1300.0)
    assert w.overdue == []  # once
    # a one-shot run: its time stamp says it has waited an hour
    o = still_writing(target, incomplete_minutes=10)
    [problem] = o.problems
    assert (problem.code, problem.severity, problem.file) == (INCOMPLETE_FOR_LONG, "warning", ENT_FILE)
    assert problem.message == "文件已超过 10 分钟仍不完整（还不能作为完整的工作簿打开），仍留在收件箱，未处理"
    assert problem.fix == "请确认复制已经完成；如复制中断或文件损坏，请删除后重新放入完整的文件"
    import datetime as dt

    [line] = receipt_lines([o], dt.datetime(2026, 7, 8, 9, 30, 5))
    assert line == (f"09:30:05  {ENT_FILE}  →  正在写入（下次处理）：文件已超过 10 分钟仍不完整（还不能作为完整的工作簿打开），"
                    "仍留在收件箱，未处理；请确认复制已经完成；如复制中断或文件损坏，请删除后重新放入完整的文件")
    assert inbox_names(county) == [ENT_FILE]
    assert still_writing(target, incomplete_minutes=120).problems == []  # not yet that long


@pytest.fixture
def running(county: Config) -> Iterator[list[str]]:
    """The watcher loop with the plain pipeline, in a thread, at the new defaults (poll and stable 0.5 s)."""
    stop = threading.Event()
    logs: list[str] = []
    handled: list[Outcome] = []
    thread = threading.Thread(target=lambda: handled.extend(
        watch(county, lambda paths: process(county, paths, 30), stop=stop, log=logs.append)), daemon=True)
    thread.start()
    yield logs
    stop.set()
    thread.join(30)
    assert not thread.is_alive()


def test_the_watcher_says_once_that_a_stalled_copy_waits_and_loads_it_once_the_copy_ends(
        county: Config, workbook: bytes, running: list[str]) -> None:
    target = county.inbox / ENT_FILE
    with target.open("wb") as fh:
        fh.write(workbook[: len(workbook) // 2])
        fh.flush()
        time.sleep(3)  # the copy stalls six times the stable time: before, it was taken and refused as 文件不完整
        assert published_files(county) == [] and inbox_names(county) == [ENT_FILE]
        assert not county.rejected.exists() or not any(county.rejected.iterdir())
        fh.write(workbook[len(workbook) // 2:])
    wait_for(lambda: published_files(county), 30, "the completed file loaded")
    assert published_files(county) == [(ENT_FILE, "accepted")]
    waiting = [line for line in running if "稍后再处理" in line]
    assert waiting == [f"{ENT_FILE}：正在写入或仍在 Excel 中打开，稍后再处理（还不能作为完整的工作簿打开）。"]
