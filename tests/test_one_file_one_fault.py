"""One file, one fault (issue 12, item 6): a bug that one return's content reaches puts that file in
``inbox/quarantine/`` with a Chinese 内部错误 naming the step and the exception, and the rest of the
batch loads, the indicators are computed and the warehouse is published.

The fault is injected by making one real step raise for one file name (a bug simulated, as the issue
allows); everything else is real: files, the warehouse, the run that publishes.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

import beizeng.intake.ingest as ingest_mod
from beizeng.base.config import Config
from beizeng.intake.feedback import feedback_path
from beizeng.intake.ingest import INTERNAL_ERROR, error_list_path, inbox_files, quarantine_folder
from beizeng.intake.watch import process, receipt_lines
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios import ent_2026_06, enterprise_output, full_county

WEST_FAI = "西镇_2026-06_工业固定资产投资项目月报.xlsx"


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def fail_for(monkeypatch: pytest.MonkeyPatch, name: str, file: str, exc: Exception) -> None:
    """Make ``beizeng.intake.ingest.<name>`` raise ``exc`` when its arguments mention ``file``."""
    real = getattr(ingest_mod, name)

    def buggy(*args: Any, **kwargs: Any) -> Any:
        if any(file in repr(a) for a in (*args, *kwargs.values()) if isinstance(a, str | Path | list)):
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, name, buggy)


def test_a_bug_one_file_reaches_quarantines_it_and_the_run_loads_computes_and_publishes_the_rest(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_for(monkeypatch, "normalise", WEST_FAI, KeyError("进展情况"))
    full_county(county.inbox)
    outcomes = {o.file: o for o in process(county, inbox_files(county))}
    bad = outcomes.pop(WEST_FAI)
    assert [o.status for o in outcomes.values()] == ["accepted"] * 8
    assert bad.status == "rejected"
    assert [p.code for p in bad.problems] == [INTERNAL_ERROR]
    assert bad.problems[0].message == ("内部错误：整理数据时程序出错（KeyError: '进展情况'）。这不是填报的问题，"
                                       "文件已隔离，等待管理员处理")
    # the file and its lists are in quarantine, not among the senders' rejected files, and not in the inbox
    kept = quarantine_folder(county) / WEST_FAI
    assert bad.stored_path == kept and kept.is_file()
    assert not (county.inbox / WEST_FAI).exists() and not county.rejected.exists()
    text = error_list_path(kept).read_text(encoding="utf-8")
    assert "结果：程序内部出错，未能处理，文件已隔离，等待管理员处理（不必修改文件）。" in text
    assert "KeyError: '进展情况'" in text and "移回收件箱重新处理；文件本身不必修改（internal_error）" in text
    assert feedback_path(kept).is_file()
    # the published warehouse has the other eight, the indicators, and the record of the quarantined one
    published = county.db_path
    assert query(published, "select status, count(*) from submissions group by 1 order by 1") == [
        ("accepted", 8), ("rejected", 1)]
    assert query(published, "select code from problems p join submissions s using (submission_id) "
                            f"where s.file_name = '{WEST_FAI}'") == [(INTERNAL_ERROR,)]
    assert query(published, "select count(*) from form_fai_projects") == [(6,)]  # 东镇 3 + last year's 2 + 1, no 西镇 2026
    line = receipt_lines([bad], dt.datetime(2026, 7, 6, 9, 0))[0]
    assert line.startswith(f"09:00:00  {WEST_FAI}  →  内部错误（已隔离，等待管理员处理）：")


def test_a_quarantined_file_moved_back_after_the_fix_loads(county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    full_county(county.inbox)
    with monkeypatch.context() as m:
        fail_for(m, "normalise", WEST_FAI, ValueError("bug"))
        ingest(county, compute=False)
    kept = quarantine_folder(county) / WEST_FAI
    shutil.move(kept, county.inbox / WEST_FAI)  # what the administrator is told to do
    [again] = ingest(county)
    assert (again.file, again.status, again.version) == (WEST_FAI, "accepted", 1)
    assert query(work_db(county), "select count(*) from form_fai_projects") == [(8,)]


def test_a_bug_in_validation_is_pinned_on_its_file_and_the_same_form_validates_for_the_others(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    full_county(county.inbox)
    real = ingest_mod.validate_batch

    def buggy(form: Any, located: list[Any]) -> Any:
        if any(loc.file == WEST_FAI for _, loc in located):
            raise pl.exceptions.ComputeError("cannot compare string with numeric type")
        return real(form, located)

    monkeypatch.setattr(ingest_mod, "validate_batch", buggy)
    outcomes = {o.file: o for o in ingest(county)}
    bad = outcomes.pop(WEST_FAI)
    assert [p.code for p in bad.problems if p.severity == "error"] == [INTERNAL_ERROR]
    assert "校验数据时程序出错（ComputeError: cannot compare string with numeric type）" in bad.problems[-1].message
    assert {o.status for o in outcomes.values()} == {"accepted"}
    assert outcomes["东镇_2026-06_工业固定资产投资项目月报.xlsx"].rows == 3


def test_a_value_the_database_refuses_quarantines_only_its_file(county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    full_county(county.inbox)
    real = ingest_mod.insert_rows

    def strict(con: duckdb.DuckDBPyConnection, form: Any, frame: pl.DataFrame) -> None:
        if form.code == "fai_projects" and "西镇新材料产业园" in frame["name"].to_list():
            con.execute("select cast('1e40' as decimal(18, 4))")  # the database's own refusal
        real(con, form, frame)

    monkeypatch.setattr(ingest_mod, "insert_rows", strict)
    outcomes = {o.file: o for o in ingest(county)}
    bad = outcomes.pop(WEST_FAI)
    assert bad.status == "rejected" and bad.stored_path == quarantine_folder(county) / WEST_FAI
    assert [p.code for p in bad.problems] == [INTERNAL_ERROR]
    assert bad.problems[0].message.startswith("内部错误：写入数据仓库时程序出错（ConversionException: ")
    assert [o.status for o in outcomes.values()] == ["accepted"] * 8
    db = work_db(county)
    assert query(db, "select count(*) from form_fai_projects") == [(6,)]
    # one record per file, no problem said twice after the second attempt
    assert query(db, "select count(*), count(distinct file_hash) from submissions") == [(9, 9)]
    assert query(db, "select count(*) from problems where code = 'internal_error'") == [(1,)]


def test_a_bug_while_filing_one_file_quarantines_it_after_the_commit_and_files_the_others(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    bad_rows = ent_2026_06()
    bad_rows[0] = (bad_rows[0][0], bad_rows[0][1], "北镇", *bad_rows[0][3:])
    first = enterprise_output(county.inbox, "2026-06", bad_rows, name="统计局_甲.xlsx")
    other = bad_rows[:2]
    second = enterprise_output(county.inbox, "2026-06", other, name="统计局_乙.xlsx")
    fail_for(monkeypatch, "write_feedback", "统计局_甲.反馈.xlsx", IndexError("list index out of range"))
    outcomes = {o.file: o for o in ingest(county)}
    a, b = outcomes[first.name], outcomes[second.name]
    assert a.stored_path == quarantine_folder(county) / first.name and a.stored_path.is_file()
    assert a.problems[-1].code == INTERNAL_ERROR
    assert a.problems[-1].message.startswith("内部错误：归档文件或写反馈时程序出错（IndexError: list index out of range）")
    assert "内部错误" in a.note
    assert b.stored_path == county.rejected / second.name and b.stored_path.is_file()
    assert feedback_path(b.stored_path).is_file()
    assert not any(p.suffix == ".xlsx" for p in county.inbox.iterdir())  # nothing left in the inbox


@pytest.mark.slow
def test_the_ingest_flow_goes_on_past_a_file_it_fails_on(prefect_harness: None, county: Config,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.ingest import ingest_flow

    fail_for(monkeypatch, "normalise", WEST_FAI, AttributeError("'NoneType' object has no attribute 'strip'"))
    full_county(county.inbox)
    for p in county.inbox.iterdir():  # settled: the flow does not wait for files it just saw written
        p.touch()
        stamp = p.stat().st_mtime - 60
        import os

        os.utime(p, (stamp, stamp))
    outcomes = {o.file: o for o in ingest_flow(config_path=str(county.root / "beizeng.toml"))}
    assert outcomes[WEST_FAI].status == "rejected"
    assert outcomes[WEST_FAI].problems[0].code == INTERNAL_ERROR
    assert sum(o.status == "accepted" for o in outcomes.values()) == 8
    assert query(county.db_path, "select count(*) from submissions where status = 'accepted'") == [(8,)]


def test_a_full_disk_while_filing_is_not_pinned_on_a_file_and_the_next_run_files_it(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from beizeng.base import safe_io

    path = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    real = safe_io.move

    def full(source: Path, target: Path, root: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(safe_io, "move", full)
    with pytest.raises(OSError, match="No space left"):
        ingest(county, compute=False)
    assert path.is_file() and not quarantine_folder(county).exists()  # nothing quarantined for the machine's fault
    monkeypatch.setattr(safe_io, "move", real)
    [o] = ingest(county, compute=False)
    assert o.status == "accepted" and "本次只补完归档" in o.note
    assert o.stored_path is not None and o.stored_path.is_file() and not path.exists()
    assert query(work_db(county), "select count(*) from submissions") == [(1,)]
