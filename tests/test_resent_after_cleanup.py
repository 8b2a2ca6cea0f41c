"""The same bytes sent again after the county cleared its folders: a new attempt, never a stopped run's file.

A run that stopped between its commit and its move leaves a recorded file in the inbox; the next run only files it
(``Ledger.unfiled``).  That rule once matched by content alone, so a refused return resent UNCHANGED under a new
name, after the county had emptied inbox/rejected/, was taken for the stopped run's file: filed under the OLD name,
with “上次运行已记录此文件但未归档” and no new record — the clerk who thought they had fixed it was told nothing.
"""

from __future__ import annotations

import shutil

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import probe45 as h
from tests.test_handmade import one

#: 东镇's list with 1-6月累计 100 below the month's 200 on its second project (N5): refused, cum_below_month
WRONG = [h.ROWS["东镇"][0], [*h.ROWS["东镇"][1][:-2], 200, 100]]


def test_a_refused_return_resent_unchanged_under_a_new_name_is_refused_again_with_its_errors(
        county_full: Config) -> None:
    data = h.projects(county_full.inbox / "东镇6月.xlsx", rows=WRONG).read_bytes()
    [first] = ingest(county_full)
    assert (first.status, first.errors) == ("rejected", 1)
    shutil.rmtree(county_full.inbox / "rejected")  # the county tidies its folders
    (county_full.inbox / "东镇6月(修改后).xlsx").write_bytes(data)
    [again] = ingest(county_full)
    assert (again.file, again.status, again.errors) == ("东镇6月(修改后).xlsx", "rejected", 1)
    assert again.submission_id != first.submission_id and "未归档" not in again.note
    assert [x.cell for x in again.problems if x.code == "cum_below_month"] == ["N5"]
    kept = sorted(p.name for p in (county_full.inbox / "rejected").iterdir())
    assert kept == ["东镇6月(修改后).xlsx", "东镇6月(修改后).xlsx.errors.txt", "东镇6月(修改后).反馈.xlsx"]
    assert one(county_full, "select count(*) from submissions where status = 'rejected'") == 2


def test_an_accepted_return_resent_under_a_new_name_after_its_archive_copy_went_is_a_duplicate(
        county_full: Config) -> None:
    data = h.projects(county_full.inbox / "东镇6月.xlsx").read_bytes()
    [first] = ingest(county_full)
    assert first.status == "accepted"
    shutil.rmtree(county_full.archive)  # someone moved the archive away
    (county_full.inbox / "东镇6月(1).xlsx").write_bytes(data)
    [again] = ingest(county_full)
    assert (again.file, again.status, again.submission_id) == ("东镇6月(1).xlsx", "duplicate", first.submission_id)
    assert "内容完全相同" in again.note
    # 4,200 万元 once: 东镇's 1-6月累计 (3,000 + 1,200)
    assert one(county_full, "select sum(invest_cum) from cur_fai_projects where period = '2026-06'") == 4200


def test_a_resend_identical_to_a_refused_one_names_the_earlier_file(county_full: Config) -> None:
    """A clerk who resends the refused bytes under a new name is told which earlier file it equals, by name."""
    data = h.projects(county_full.inbox / "东镇6月.xlsx", rows=WRONG).read_bytes()
    ingest(county_full)
    (county_full.inbox / "东镇6月(修改后).xlsx").write_bytes(data)
    [again] = ingest(county_full)
    assert again.status == "rejected"
    assert "数据与第1次报送「东镇6月.xlsx」（" in again.note and "已退回）完全相同" in again.note
