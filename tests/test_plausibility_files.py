"""Plausibility at the level of files (issue 12, item 9): a huge file is refused by its size before
anything reads it, a return older than the county's history window needs --allow-old, the feedback
copy of a huge workbook is bounded, and "zip_bomb" is said only of a real bomb."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

import beizeng.intake.feedback as feedback_mod
import beizeng.intake.ingest as ingest_mod
import beizeng.intake.safety as safety
from beizeng.base.config import Config, ConfigError, load_config
from beizeng.intake.feedback import NOTE_TOO_BIG, feedback_path
from beizeng.intake.ingest import inbox_files, ingest_files, too_old
from beizeng.store.session import open_work
from tests.conftest import ingest
from tests.county import write_config
from tests.hostile import zip_bomb
from tests.scenarios import ent_2026_06, enterprise_output

GIB = 1 << 30



def ent_2016() -> list[tuple[str, str, str, bool, str, float, float | None]]:
    """The scenario's enterprises in a 2016 return: entered the list by 2015 (a 2016 return naming a 2018
    entry would itself be refused as implausible, date_out_of_range)."""
    return [(*r[:4], "2015", *r[5:]) for r in ent_2026_06()]

def test_a_40_gb_sparse_file_is_refused_by_its_size_before_it_is_hashed(county: Config,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    huge = county.inbox / "全县数据备份.xlsx"
    with huge.open("wb") as fh:
        fh.truncate(40 * GIB)  # sparse: 40 GB by its size, nothing on disk
    good = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    hashed: list[str] = []
    real = ingest_mod.file_hash

    def spy(path: Path) -> str:
        hashed.append(path.name)
        return real(path)

    monkeypatch.setattr(ingest_mod, "file_hash", spy)
    out = {o.file: o for o in ingest(county, compute=False)}
    assert hashed == [good.name]  # never a byte of the 40 GB file read for a hash
    bad = out[huge.name]
    assert bad.status == "rejected"
    assert [(p.code, p.message) for p in bad.problems] == [
        ("too_large", "文件太大（40960 MB，上限 50 MB），不像是一张报表")]
    assert (county.rejected / huge.name).stat().st_size == 40 * GIB  # kept, moved by a rename
    assert out[good.name].status == "accepted"


@pytest.mark.parametrize(("period", "today", "old"), [
    ("2016-10", dt.date(2026, 12, 1), True),
    ("2021-12", dt.date(2026, 12, 1), False),  # exactly five years back: still inside
    ("2021-11", dt.date(2026, 12, 1), True),
    ("2021", dt.date(2026, 12, 1), False),  # a year counts as its December
    ("2020", dt.date(2026, 12, 1), True),
    ("2026-06", dt.date(2026, 12, 1), False),
])
def test_the_history_window_is_counted_in_months(period: str, today: dt.date, old: bool) -> None:
    assert too_old(period, 5, today) is old


def test_a_return_older_than_the_history_window_is_refused_without_allow_old(county: Config) -> None:
    path = enterprise_output(county.inbox, "2016-10", ent_2016())
    [o] = ingest(county, compute=False)
    assert o.status == "rejected" and o.period == "2016-10"
    [problem] = [p for p in o.problems if p.severity == "error"]
    assert problem.code == "period_too_old"
    assert problem.message == "报表期间是2016年1-10月，早于本县只接收的近 5 年"
    assert "beizeng ingest --allow-old" in problem.fix and "[rules] history_years" in problem.fix
    assert (county.rejected / path.name).is_file()


def test_allow_old_loads_history_on_purpose(county: Config) -> None:
    enterprise_output(county.inbox, "2016-10", ent_2016())
    with open_work(county) as con:
        [o] = ingest_files(con, inbox_files(county), county, allow_old=True)
        assert con.execute("select count(*) from form_enterprise_output where period = '2016-10'").fetchone() == (3,)
    assert o.status == "accepted"
    assert not [p for p in o.problems if p.code == "period_too_old"]


def test_the_window_is_the_countys_choice(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path / "c", "[rules]\nhistory_years = 1"))
    cfg.inbox.mkdir(parents=True)
    enterprise_output(cfg.inbox, "2024-06", ent_2026_06())
    [o] = ingest(cfg, compute=False)
    assert [(p.code, p.message) for p in o.problems if p.severity == "error"] == [
        ("period_too_old", "报表期间是2024年1-6月，早于本县只接收的近 1 年")]
    with pytest.raises(ConfigError, match=r"\[rules\] history_years 应为正整数"):
        load_config(write_config(tmp_path / "d", "[rules]\nhistory_years = 0"))


# ---------------------------------------------------------------------------------------------
# The feedback copy of a huge workbook
# ---------------------------------------------------------------------------------------------

def _rejected(county: Config) -> Path:
    rows = ent_2026_06()
    rows[0] = (rows[0][0], rows[0][1], "北镇", *rows[0][3:])
    return enterprise_output(county.inbox, "2026-06", rows)


def test_beyond_the_bound_the_feedback_is_the_problem_list_alone_and_says_so(county: Config,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback_mod, "MAX_COPY_CELLS", 60)  # the return has 8 rows × 11 columns = 88 cells
    path = _rejected(county)
    [o] = ingest(county, compute=False)
    out = feedback_path(county.rejected / path.name)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["问题清单"]
    texts = [c.value for row in wb["问题清单"].iter_rows(max_col=1) for c in row]
    assert NOTE_TOO_BIG in texts
    found = [[c.value for c in row] for row in wb["问题清单"].iter_rows()]
    assert o.status == "rejected" and any(row[5] == "北镇" for row in found)  # the list itself is all there


def test_within_the_bound_the_feedback_is_the_senders_own_sheet_marked(county: Config) -> None:
    path = _rejected(county)
    ingest(county, compute=False)
    wb = openpyxl.load_workbook(feedback_path(county.rejected / path.name))
    assert wb.sheetnames == ["问题清单", "Sheet1"]
    texts = [c.value for row in wb["问题清单"].iter_rows(max_col=1) for c in row]
    assert NOTE_TOO_BIG not in texts


# ---------------------------------------------------------------------------------------------
# zip_bomb is said of a bomb, not of a big honest sheet
# ---------------------------------------------------------------------------------------------

def _honest_big_sheet(path: Path, rows: int) -> Path:
    """A workbook of varied figures, as a big export is: it compresses like any sheet (≈5:1), not 200:1."""
    rnd = random.Random(12)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("数据")
    for r in range(rows):
        for c in range(10):
            ws.write_number(r, c, round(rnd.uniform(0, 1e6), 2))
    wb.close()
    return path


def test_a_big_honest_sheet_is_too_large_not_a_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_PART_BYTES", 1 << 20)  # the 64 MB limit, scaled down to 1 MB for a quick test
    path = _honest_big_sheet(tmp_path / "大表.xlsx", 6000)
    [p] = safety.inspect_file(path, path.name)
    assert p.code == "sheet_too_large"
    assert p.message.startswith("文件内容过多（解压后约 ")
    assert "压缩比" not in p.message


@pytest.mark.parametrize("lie", [False, True])
def test_a_real_bomb_is_still_a_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lie: bool) -> None:
    monkeypatch.setattr(safety, "MAX_PART_BYTES", 1 << 20)
    path = zip_bomb(tmp_path / "炸弹.xlsx", 4 << 20, lie=lie)
    [p] = safety.inspect_file(path, path.name)
    assert p.code == "zip_bomb"
    assert f"压缩比超过 {safety.MAX_COMPRESSION_RATIO}:1" in p.message


def test_a_symlink_in_the_inbox_is_refused_before_it_is_read(county: Config, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = enterprise_output(tmp_path / "elsewhere", "2026-06", ent_2026_06())
    (county.inbox / "链接.xlsx").symlink_to(target)
    hashed: list[str] = []
    real = ingest_mod.file_hash

    def spy(path: Path) -> str:
        hashed.append(path.name)
        return real(path)

    monkeypatch.setattr(ingest_mod, "file_hash", spy)
    [o] = ingest(county, compute=False)
    assert hashed == []
    assert [p.code for p in o.problems] == ["symlink"]
    assert os.path.islink(county.rejected / "链接.xlsx")  # the link itself is kept, its target untouched
    assert target.is_file()
