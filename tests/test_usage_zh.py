"""A command typed wrong is answered in Chinese, naming what was typed, with exit code 2 (Typer words it in English)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(("typed", "said"), [
    (["indicators", "2026-06"], "这个命令不按期间区分，请去掉 2026-06。"),  # a period where the command takes none
    (["history", "a.xlsx", "b", "c"], "多写了 b c：这个命令不需要它。"),
    (["report", "--perod", "2026-06"], "没有选项 --perod（是不是 --period？）。"),
    (["report", "--period"], "选项 --period 后面要写一个值。"),
    (["explain"], "缺少参数 indicator。"),
    (["reprot"], "没有 reprot 这个命令（是不是 report、export？）。"),
    (["ingest", "--wait", "abc"], "--wait 的值不对：应为数字"),
    (["history", "--limit", "abc"], "--limit 的值不对：应为整数"),
    (["history", "--limit", "0"], "--limit 的值不对：应不小于 1"),
    (["status", "2026-06", "2026-07"], "一次只能写一个期间（多出了 2026-07）；各期间请分别运行。"),
    (["query", "select", "1"], "SQL 语句要整个放在引号里（多出了 1）"),  # the shell split an unquoted query
])
def test_a_usage_mistake_is_said_in_chinese(typed: list[str], said: str) -> None:
    result = runner.invoke(app, typed, env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output
    assert said in result.output and "错误" in result.output
    assert "Got unexpected" not in result.output and "No such" not in result.output


def test_no_arguments_still_shows_the_help_and_our_own_messages_stay_as_they_are(published: Config) -> None:
    bare = runner.invoke(app, [], env={"COLUMNS": "200"})
    assert "处理收件箱" in bare.output and "命令" in bare.output  # the command list, its panel titled in Chinese
    wrong = runner.invoke(app, ["status", "--period", "2026-13"], env={"COLUMNS": "200"})
    assert wrong.exit_code == 2 and "期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“2026-13”" in wrong.output


@pytest.mark.parametrize("typed", [["--help"], ["status", "--help"], ["explain", "--help"], ["history", "--help"]])
def test_help_itself_is_in_chinese(typed: list[str]) -> None:
    """`--help`'s usage line, its own line and the value types were Typer's English (Usage:, [OPTIONS],
    Show this message and exit., <str>, <int range>)."""
    result = runner.invoke(app, typed, env={"COLUMNS": "200"}, prog_name="beizeng")
    assert result.exit_code == 0, result.output
    assert "用法：beizeng" in result.output and "显示本帮助并退出。" in result.output
    for english in ("Usage", "[OPTIONS]", "Show this message", "<str>", "<int", "[default:", "[required]"):
        assert english not in result.output, english


def test_an_extra_period_is_one_the_commands_read() -> None:
    # given a second period typed as 2026年1-6月 (the old copy of the rule knew no month range): expect it is
    # taken for a period, as every command reads it (beizeng.base.periods.check_period)
    from beizeng.cli.usage_zh import _is_period

    assert (_is_period("2026年1-6月"), _is_period("2026年6月份"), _is_period("2026-13"), _is_period("东镇")) == (
        True, True, False, False)
