"""The check's typed states (beizeng.intake.verdict.State): a file of each kind gets its state, and what is
recorded for it (submission row, problems, rows) follows from that state alone; a failure between the
record and the insert leaves neither (issue 13: ingest.load split into check → record → insert)."""

from __future__ import annotations

import errno
import os
import shutil
import time
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

import beizeng.intake.ingest as ingest_mod
from beizeng.base.config import Config
from beizeng.intake.ingest import INTERNAL_ERROR, quarantine_folder
from beizeng.intake.verdict import State
from tests.conftest import ingest
from tests.scenarios import E2, E3, ent_2026_06, enterprise_output, fai, fai_2026_06
from tests.test_ingest import rows

FIRST = "统计局_甲_初版.xlsx"
SECOND = "统计局_乙_更正.xlsx"
COPY = "统计局_丙_初版的副本.xlsx"
WRONG = "统计局_丁_有错.xlsx"
BROKEN = "戊_坏文件.xlsx"
WEST = "西镇_2026-06_工业固定资产投资项目月报.xlsx"


def in_order(paths: list[Path]) -> None:
    """A fixed reading order (the inbox is read oldest first): the order of ``paths``."""
    start = time.time() - 600
    for i, p in enumerate(paths):
        os.utime(p, (start + i, start + i))


def test_a_file_of_each_kind_gets_its_state_and_is_recorded_by_it(county: Config,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first_rows = ent_2026_06()
    first_rows[2] = (E3, "西岭建材有限公司", "西镇", False, "2020", 40000, 45000)  # corrected by SECOND to 50,000
    first = enterprise_output(county.inbox, "2026-06", first_rows, name=FIRST)
    second = enterprise_output(county.inbox, "2026-06", ent_2026_06(), name=SECOND)
    copy = shutil.copy2(first, county.inbox / COPY)
    bad = ent_2026_06()
    bad[1] = (E2, "东关饲料有限公司", "东关镇", False, "2018-06", "两万", 22000)  # type: ignore[assignment]
    wrong = enterprise_output(county.inbox, "2026-06", bad, name=WRONG)
    broken = county.inbox / BROKEN
    broken.write_bytes(b"this is not a workbook")
    east, west = fai_2026_06(county.inbox)
    in_order([first, second, Path(copy), wrong, broken, east, west])
    real = ingest_mod.normalise

    def buggy(table: Any, cfg: Any, file: str, period: str) -> Any:  # a bug that only 西镇's return reaches
        if file == WEST:
            raise KeyError("进展情况")
        return real(table, cfg, file, period)

    monkeypatch.setattr(ingest_mod, "normalise", buggy)
    out = {o.file: o for o in ingest(county, compute=False)}
    assert {name: (o.state, o.status, o.version, o.attempt) for name, o in out.items()} == {
        FIRST: (State.ACCEPTED, "accepted", 1, 1),
        SECOND: (State.REPLACED, "accepted", 2, 2),
        COPY: (State.DUPLICATE, "duplicate", None, None),
        WRONG: (State.REJECTED, "rejected", None, 3),
        BROKEN: (State.REJECTED, "rejected", None, None),
        east.name: (State.ACCEPTED, "accepted", 1, 1),
        WEST: (State.QUARANTINED, "rejected", None, None),  # the fault dropped what identify found
    }
    assert out[SECOND].note.startswith("第2版，替换第1版")
    assert out[COPY].submission_id == out[FIRST].submission_id  # the copy points at the file it repeats
    # one submission row for every state that records (not the duplicate), with the state's word; ids in the
    # order decided: the unidentified first (no period), then 2026-06 as received
    recorded = rows(county, "select file_name, status, n_rows, n_errors, identified_by from submissions "
                            "order by submission_id")
    assert recorded == [(BROKEN, "rejected", 0, 1, "guess"), (WEST, "rejected", 0, 1, "guess"),
                        (FIRST, "accepted", 3, 0, "content"), (SECOND, "accepted", 3, 0, "content"),
                        (WRONG, "rejected", 3, 1, "content"), (east.name, "accepted", 3, 0, "content")]
    # the problems recorded are the file's own: the unreadable file, the internal error, the typed 两万
    assert rows(county, "select s.file_name, p.code, p.cell from problems p join submissions s using (submission_id) "
                        "where p.severity = 'error' order by s.submission_id") == [
        (BROKEN, "corrupt", ""), (WEST, INTERNAL_ERROR, ""), (WRONG, "not_a_number", "I7")]
    # rows only for the states that load: 3 + 3 enterprises, 东镇's 3 projects
    assert rows(county, "select s.file_name, count(*) from form_enterprise_output f join submissions s "
                        "using (submission_id) group by s.submission_id, 1 order by s.submission_id") == [(FIRST, 3), (SECOND, 3)]
    assert rows(county, "select sender, count(*) from form_fai_projects group by 1") == [("东镇", 3)]
    # and each kept where its state says
    kept = out[FIRST].stored_path
    assert kept is not None and kept.parent == county.archive / "2026-06"
    assert out[WRONG].stored_path == county.rejected / WRONG
    assert out[WEST].stored_path == quarantine_folder(county) / WEST
    assert (county.archive / "duplicates" / COPY).is_file()


def test_a_file_recorded_by_a_run_that_stopped_before_filing_it_is_unfiled_and_recorded_once(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    from beizeng.base import safe_io

    path = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    real = safe_io.move

    def full(source: Path, target: Path, root: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(safe_io, "move", full)
    with pytest.raises(OSError):
        ingest(county, compute=False)
    monkeypatch.setattr(safe_io, "move", real)
    [o] = ingest(county, compute=False)
    assert (o.state, o.status, o.version, o.attempt) == (State.UNFILED, "accepted", 1, 1)
    assert not path.exists() and o.stored_path is not None and o.stored_path.is_file()
    assert rows(county, "select status, n_rows from submissions") == [("accepted", 3)]
    assert rows(county, "select count(*) from form_enterprise_output") == [(3,)]


def test_a_failure_between_the_record_and_the_insert_leaves_no_half_load(county: Config,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The records are written first; the first insert of rows fails: neither the records nor their problems
    stay, the files wait in the inbox, and the next run loads them as if nothing had happened."""
    good = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    bad = ent_2026_06()
    bad[1] = (E2, "东关饲料有限公司", "东关镇", False, "2018-06", "两万", 22000)  # type: ignore[assignment]
    wrong = enterprise_output(county.inbox, "2026-06", bad, name=WRONG)
    real = ingest_mod.insert_rows
    seen: list[int] = []

    def failing(con: duckdb.DuckDBPyConnection, form: Any, frame: pl.DataFrame) -> None:
        # what the record step wrote is there, inside the open transaction, when the insert fails
        seen.append(con.execute("select count(*) from submissions").fetchall()[0][0])
        raise OSError(errno.EIO, "Input/output error (injected)")

    monkeypatch.setattr(ingest_mod, "insert_rows", failing)
    with pytest.raises(OSError, match="injected"):
        ingest(county, compute=False)
    assert seen == [2]
    for table in ("submissions", "problems", "form_enterprise_output"):
        assert rows(county, f"select count(*) from {table}") == [(0,)], table
    assert good.is_file() and wrong.is_file()
    monkeypatch.setattr(ingest_mod, "insert_rows", real)
    assert sorted((o.file, o.state) for o in ingest(county, compute=False)) == [
        (good.name, State.ACCEPTED), (WRONG, State.REJECTED)]
    assert rows(county, "select count(*) from form_enterprise_output") == [(3,)]


def test_a_fai_return_of_an_unknown_township_is_rejected_with_its_state(county: Config) -> None:
    """A sender the county does not know: the check ends at identification, the state is REJECTED and the
    record is made under the likely sender (marked a guess) so that 报送情况 lists it as 退回."""
    import datetime as dt

    from tests.scenarios import project

    works = [project(1, "项目一", "北镇", "新建", False, True, 6000, 3000, True, dt.date(2026, 3, 1), True, 3000)]
    fai(county.inbox, "北镇", "2026-06", works)
    [o] = ingest(county, compute=False)
    assert (o.state, o.status, o.form, o.sender) == (State.REJECTED, "rejected", None, None)
    assert rows(county, "select status, identified_by from submissions") == [("rejected", "guess")]
