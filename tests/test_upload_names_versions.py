"""The 报送平台's inbox names shown as the township named its file, an upload's place among the versions decided by
when it was uploaded, and a 是/否 cell that says both said why it is asked (round 20, web probe w20)."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.base.safe_io import as_sent, upload_inbox_name, uploaded
from beizeng.cli.main import app
from beizeng.intake import versions
from beizeng.intake.normalise import CellError, parse_flag
from beizeng.store.session import publish
from tests.conftest import ingest
from tests.handmade import probe24 as p24

T = dt.datetime(2026, 7, 5, 10, 0)


def test_an_upload_is_shown_by_the_name_the_township_gave_it() -> None:
    name = upload_inbox_name("西镇6月固投", "xlsx")
    assert uploaded(name) and name != "西镇6月固投.xlsx"
    assert as_sent(name) == "西镇6月固投.xlsx"
    assert (
        as_sent(f"与已入库的文件“{name}”（编号 3）内容完全相同")
        == "与已入库的文件“西镇6月固投.xlsx”（编号 3）内容完全相同"
    )
    assert not uploaded("网报汇总.xlsx") and as_sent("网报-汇总.xlsx") == "网报-汇总.xlsx"


def test_an_upload_after_a_final_named_version_replaces_it_a_dropped_file_does_not() -> None:
    final = versions.Current(
        "网报-abcdefgh_西镇6月固投（最终版）.xlsx", T, versions.claim_of_name("西镇6月固投（最终版）.xlsx")
    )
    upload = upload_inbox_name("西镇6月固投", "xlsx")
    [said] = versions.judge(versions.claim_of_name(upload), upload, T, final)
    assert said.severity == "info" and said.code == versions.UPLOADED_LATER
    assert "是在它之后上传的" in said.message
    # the same file dropped in the shared folder: the words still rule
    [refused] = versions.judge(versions.claim_of_name("西镇6月固投.xlsx"), "西镇6月固投.xlsx", T, final)
    assert refused.code == versions.OLDER_VERSION
    # two uploads picked at once (one batch): the words rule between them
    same_batch = versions.Current(final.file, T, final.claim, earlier_run=False)
    [refused] = versions.judge(versions.claim_of_name(upload), upload, T, same_batch)
    assert refused.code == versions.OLDER_VERSION


@pytest.mark.parametrize(
    ("typed", "first", "then"), [("是，但尚未入库", "是", "尚未入库"), ("否，已纳统", "否", "已纳统")]
)
def test_a_flag_answered_both_ways_says_which_words_disagree(typed: str, first: str, then: str) -> None:
    with pytest.raises(CellError) as asked:
        parse_flag(typed)
    assert f"写了“{first}”，又写了“{then}”，两者矛盾" in asked.value.message


def test_a_flag_in_a_sentence_that_agrees_is_read() -> None:
    assert parse_flag("暂不是，预计7月纳统") is False
    assert parse_flag("是（已入库）") is True


def test_status_history_and_explain_name_an_upload_as_the_township_named_it(county_full: Config) -> None:
    # the inbox name (网报-xxxxxxxx_…) is a key, never what the statistician reads at the terminal
    name = upload_inbox_name("东镇6月项目", "xlsx")
    p24._fai(county_full.inbox / name, "东镇2026年1-6月工业固定资产投资项目进展情况表")
    [o] = ingest(county_full)
    assert (o.status, o.sender, o.period) == ("accepted", "东镇", "2026-06"), o.problems
    publish(county_full)
    for command in (["status", "2026-06", "--wide"], ["history", "--wide"], ["explain", "fai_cum", "2026-06"]):
        result = CliRunner().invoke(app, command, env={"COLUMNS": "240"})
        assert result.exit_code == 0, result.output
        assert "东镇6月项目" in result.output and "网报" not in result.output, (command, result.output)
