"""Which version of a return counts: what the files say (修订版, v3, 最终版, a 更正说明 line, a day in the name) before
their times (tests/handmade/versions9.py), read through the real pipeline, the files received in one run and in
separate runs (a watcher taking each as it comes): the same version must stand either way, and the clerk is told,
naming both files, when the words overrule the times, set a file aside, or cannot choose.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake import versions
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import versions9 as v9
from tests.test_handmade import sql

Maker = Callable[[Path], list[Path]]


def b_figure(cfg: Config) -> list[object]:
    """乙's 1-6月 in the version that counts (one row: never two versions added)."""
    return [v for (v,) in sql(cfg, "select invest_cum from cur_fai_projects where name like '%乙%'")]


def receive(cfg: Config, paths: list[Path], separately: bool) -> dict[str, Outcome]:
    """The files into the inbox, their times kept: all before one run, or each followed by its own run."""
    outcomes: list[Outcome] = []
    for p in paths:
        shutil.copy2(p, cfg.inbox / p.name)
        if separately:
            outcomes += ingest(cfg)
    if not separately:
        outcomes = ingest(cfg)
    return {o.file: o for o in outcomes}


def coded(o: Outcome, code: str) -> list[str]:
    return [p.line() for p in o.problems if p.code == code]


CASES = [(v9.fai_v1_v2_v3_out_of_order, 450), (v9.fai_correction_said_in_the_title_only, 450),
         (v9.fai_correction_said_in_a_line_only, 460), (v9.fai_two_finals, 450), (v9.fai_first_after_revised, 450),
         (v9.fai_late_return_not_a_correction, 450), (v9.fai_dates_in_the_names, 450)]


@pytest.mark.parametrize("separately", [False, True], ids=["one_run", "separate_runs"])
@pytest.mark.parametrize(("maker", "b"), CASES, ids=[m.__name__ for m, _ in CASES])
def test_the_version_the_files_call_latest_stands(county_full: Config, tmp_path: Path, maker: Maker, b: int,
                                                  separately: bool) -> None:
    receive(county_full, maker(tmp_path), separately)
    assert b_figure(county_full) == [Decimal(b)]


def test_v3_older_by_time_stands_and_the_clerk_is_told(county_full: Config, tmp_path: Path) -> None:
    got = receive(county_full, v9.fai_v1_v2_v3_out_of_order(tmp_path), separately=False)
    assert [o.status for o in got.values()] == ["accepted"] * 3
    [line] = coded(got["东镇投资项目_v3.xlsx"], versions.WORDS_OVER_TIME)
    assert "仍以「东镇投资项目_v3.xlsx」为准" in line and "「东镇投资项目_v2.xlsx」作为较早的版本被替换" in line


def test_v1_and_v2_after_v3_are_set_aside_naming_both(county_full: Config, tmp_path: Path) -> None:
    got = receive(county_full, v9.fai_v1_v2_v3_out_of_order(tmp_path), separately=True)
    assert got["东镇投资项目_v3.xlsx"].status == "accepted"
    for later in ("东镇投资项目_v1.xlsx", "东镇投资项目_v2.xlsx"):
        assert got[later].status == "rejected"
        [line] = coded(got[later], versions.OLDER_VERSION)
        assert f"「{later}」" in line and "仍以「东镇投资项目_v3.xlsx」为准" in line and "第N版" in line


def test_a_first_version_after_the_revised_does_not_replace_it(county_full: Config, tmp_path: Path) -> None:
    got = receive(county_full, v9.fai_first_after_revised(tmp_path), separately=True)
    o = got["西镇6月投资报表（最初版）.xlsx"]
    assert o.status == "rejected" and [p.code for p in o.problems if p.severity == "error"] == [versions.OLDER_VERSION]
    assert sql(county_full, "select count(*) from current_submissions") == [(1,)]


@pytest.mark.parametrize("separately", [False, True], ids=["one_run", "separate_runs"])
def test_two_finals_are_asked_about_naming_both(county_full: Config, tmp_path: Path, separately: bool) -> None:
    got = receive(county_full, v9.fai_two_finals(tmp_path), separately)
    [line] = coded(got["西镇投资月报定稿.xlsx"], versions.TWO_FINALS)
    assert "「西镇投资月报定稿.xlsx」和「西镇投资月报最终版.xlsx」都写明是最终版" in line and "请确认" in line


def test_a_late_return_is_no_correction(county_full: Config, tmp_path: Path) -> None:
    """补报 says nothing of the order: the plain file after it replaces it, no file is set aside or said to be later."""
    got = receive(county_full, v9.fai_late_return_not_a_correction(tmp_path), separately=True)
    assert [o.status for o in got.values()] == ["accepted", "accepted"]
    assert not any(p.code.startswith(("older", "version", "two")) for o in got.values() for p in o.problems)


def test_a_correction_said_only_in_the_title_sets_a_plain_later_file_aside(county_full: Config, tmp_path: Path) -> None:
    got = receive(county_full, v9.fai_correction_said_in_the_title_only(tmp_path), separately=True)
    [line] = coded(got["西镇投资报表.xlsx"], versions.OLDER_VERSION)
    assert "而已收到的「西镇投资报表6月.xlsx」表中写明“西镇2026年1-6月工业固定资产投资项目进展情况(更正)”" in line


@pytest.mark.parametrize(("name", "level"), [
    ("报表-修订版.xlsx", versions.REVISED), ("报表（更正）.xlsx", versions.REVISED), ("报表修改2.xlsx", 3),
    ("报表_新.xlsx", versions.REVISED), ("报表重报.xls", versions.REVISED), ("报表第二版.xlsx", 2), ("报表第3版.xlsx", 3),
    ("报表V3.xlsx", 3), ("报表ver.2.xlsx", 2), ("报表最终版.xlsx", versions.FINAL), ("报表（定稿）.xlsx", versions.FINAL), ("报表最终版2.xlsx", versions.FINAL + 2),
    ("报表初稿.xlsx", versions.FIRST), ("报表.xlsx", versions.FIRST), ("报表(1).xlsx", versions.FIRST),
    ("报表 - 副本.xlsx", versions.FIRST), ("报表（补报）.xlsx", versions.FIRST), ("新村镇报表.xlsx", versions.FIRST),
    ("设备更新项目报表.xlsx", versions.FIRST), ("2026年1-6月报表.xlsx", versions.FIRST)])
def test_what_a_name_says(name: str, level: int) -> None:
    claim = versions.claim_of_name(name)
    assert claim.level == level
    assert claim.says == (level != versions.FIRST or "初稿" in name)


def test_days_in_names_and_browser_copies() -> None:
    assert versions.claim_of_name("报表0705.xlsx").day == (7, 5)
    assert versions.claim_of_name("报表20260702.xlsx").day == (7, 2)
    assert versions.claim_of_name("报表7月5日.xlsx").day == (7, 5)
    assert versions.claim_of_name("2026年报表.xlsx").day is None
    plain, copy = versions.claim_of_name("报表.xlsx"), versions.claim_of_name("报表(1).xlsx")
    assert versions.compare(copy, plain) is None  # a browser's copy: the times decide
