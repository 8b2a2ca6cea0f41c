"""`beizeng explain` and `beizeng query` as people type them: an indicator by its Chinese name, a
township by the start of its name, a --limit that makes no sense, and a query with more rows than
the screen shows (on a real published warehouse: the test county's 2026-06 returns)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.commands.ops import figure_text, query_cells, resolve_indicator, resolve_scope, rows_line
from beizeng.cli.main import app

runner = CliRunner()
WIDE = {"COLUMNS": "400"}  # one message, one line: the exact sentence is asserted


def explain(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["explain", *args, "--period", "2026-06"], env=WIDE)
    return result.exit_code, result.output


# ---------------------------------------------------------------------------------------------
# 1. the indicator by its name
# ---------------------------------------------------------------------------------------------

def test_an_indicator_is_found_by_its_exact_chinese_name_before_longer_names_containing_it(published: Config) -> None:
    code, out = explain("规上工业总产值")
    assert code == 0, out
    lines = out.splitlines()
    # 规上工业总产值 begins six other names (规上工业总产值同比增速 …): the exact one is meant
    assert lines[0] == "规上工业总产值（output_cum，报告第 1① 部分）"
    assert lines[1] == "测试县2026年1-6月：10.00亿元"


def test_a_piece_of_exactly_one_name_is_enough(published: Config) -> None:
    code, out = explain("产值同比")
    assert code == 0, out
    assert out.splitlines()[0] == "规上工业总产值同比增速（output_yoy_pct，报告第 1① 部分）"


def test_a_piece_of_several_names_lists_them_with_their_codes(published: Config) -> None:
    code, out = explain("工业增加值")
    assert code == 2
    assert out.strip() == ("“工业增加值”对应 5 个指标：规上工业增加值同比增速（va_yoy_pct）、规上工业增加值增速目标（va_target_pct）、"
                           "全市规上工业增加值平均增速（va_city_avg_pct）、规上工业增加值增速全市排名（va_city_rank）、"
                           "规上工业增加值增速全市排名并列县区数（va_city_rank_ties）；请写完整的指标名称或指标代码")


def test_a_piece_of_very_many_names_lists_the_first_ten_and_the_count() -> None:
    names = {f"c{i:02d}": f"规上指标{i:02d}" for i in range(12)}
    with pytest.raises(ValueError) as err:
        resolve_indicator(names, "规上")
    assert str(err.value) == ("“规上”对应 12 个指标：" + "、".join(f"规上指标{i:02d}（c{i:02d}）" for i in range(10))
                              + "……（共 12 个）；请写完整的指标名称或指标代码")


def test_a_name_nobody_has_is_refused_with_the_nearest_names(published: Config) -> None:
    code, out = explain("规上工业总值")
    assert code == 2
    assert out.strip() == ("没有指标“规上工业总值”，是否指：规上工业总产值（output_cum）、"
                           "规上工业总产值预计完成（output_projection）、规上工业总产值序时进度（output_time_share_pct）")


def test_codes_still_win_and_their_case_does_not_matter() -> None:
    names = {"output_cum": "规上工业总产值", "output_yoy_pct": "规上工业总产值同比增速"}
    assert resolve_indicator(names, "output_cum") == "output_cum"
    assert resolve_indicator(names, "OUTPUT_YOY_PCT") == "output_yoy_pct"
    assert resolve_indicator(names, " 规上工业总产值 ") == "output_cum"


# ---------------------------------------------------------------------------------------------
# 2. the township by the start (or a piece) of its name
# ---------------------------------------------------------------------------------------------

def test_a_township_is_found_by_the_start_of_its_name_or_alias(published: Config) -> None:
    code, out = explain("output_cum", "--scope", "东")
    assert code == 0, out
    assert out.splitlines()[1] == "东镇2026年1-6月：5.00亿元"
    code, out = explain("output_cum", "--scope", "东关")  # the start of the alias 东关镇
    assert code == 0, out
    assert out.splitlines()[1] == "东镇2026年1-6月：5.00亿元"
    code, out = explain("output_cum", "--scope", "测试")  # the county too
    assert code == 0, out
    assert out.splitlines()[1] == "测试县2026年1-6月：10.00亿元"


def test_a_piece_of_several_places_lists_them(published: Config) -> None:
    code, out = explain("output_cum", "--scope", "镇")
    assert code == 2
    assert out.strip() == "范围“镇”对应 2 个：东镇、西镇；请写完整的名称"
    code, out = explain("output_cum", "--scope", "北")
    assert code == 2
    assert out.strip() == "范围“北”既不是本县（测试县）也不是已配置的乡镇：东镇、西镇"


def test_a_piece_of_the_county_and_a_township_is_ambiguous(county: Config) -> None:
    """城关 is in 城关县 and 城关镇 alike: neither is guessed."""
    from dataclasses import replace

    cfg = replace(county, county="城关县", townships=(replace(county.townships[0], name="城关镇", aliases=()),
                                                    *county.townships[1:]))
    assert resolve_scope(cfg, "城关镇") == "城关镇" and resolve_scope(cfg, None) == "城关县"
    with pytest.raises(ValueError) as err:
        resolve_scope(cfg, "城关")
    assert str(err.value) == "范围“城关”对应 2 个：城关县、城关镇；请写完整的名称"


# ---------------------------------------------------------------------------------------------
# 3. --limit below 1
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [["explain", "output_cum", "--period", "2026-06", "--limit", "-1"],
                                   ["explain", "output_cum", "--period", "2026-06", "--limit", "0"],
                                   ["query", "select 1", "--limit", "-5"]])
def test_a_limit_below_one_is_a_usage_error_before_anything_runs(published: Config, typed: list[str]) -> None:
    result = runner.invoke(app, typed, env=WIDE)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)  # no traceback
    assert "--limit 的值不对：" in result.output
    assert "规上工业总产值" not in result.output and "共 1 行" not in result.output  # nothing ran


# ---------------------------------------------------------------------------------------------
# 4. query says how many rows there are in all
# ---------------------------------------------------------------------------------------------

def test_query_says_the_total_when_it_shows_only_the_first_rows(published: Config) -> None:
    result = runner.invoke(app, ["query", "select range as n from range(2347)"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "显示前 200 行，共 2,347 行；--limit 调整，或 --out 结果.xlsx 写出全部"
    assert "│ 199 " in result.output and "│ 200 " not in result.output
    # the real rows of the warehouse, a trailing comment and semicolon: still counted
    result = runner.invoke(app, ["query", "select * from submissions order by submission_id; -- 全部文件",
                                 "--limit", "2"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "显示前 2 行，共 9 行；--limit 调整，或 --out 结果.xlsx 写出全部"
    # several statements: refused, one query at a time (issue 12: a query runs one reading statement)
    result = runner.invoke(app, ["query", "select 1; select '中;文' as 名 from range(7) /* 七行 */ ;", "--limit", "1"],
                           env=WIDE)
    assert result.exit_code == 2, result.output
    assert "一次只能执行一条查询语句，收到的是 2 条" in " ".join(result.output.split())


def test_query_says_how_many_rows_when_it_shows_them_all(published: Config) -> None:
    result = runner.invoke(app, ["query", "select * from submissions"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "共 9 行"
    result = runner.invoke(app, ["query", "select * from submissions", "--limit", "9"], env=WIDE)
    assert result.output.splitlines()[-1] == "共 9 行"


def test_a_statement_that_cannot_be_counted_still_shows_its_rows(published: Config) -> None:
    result = runner.invoke(app, ["query", "pragma table_info('submissions')", "--limit", "1"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "submission_id" in result.output
    assert result.output.splitlines()[-1] == "显示前 1 行，还有更多行；--limit 调整，或 --out 结果.xlsx 写出全部"


def test_the_rows_line_in_every_case() -> None:
    assert rows_line(0, 200, 0) == "共 0 行"
    assert rows_line(200, 200, 200) == "共 200 行"
    assert rows_line(201, 200, 12345) == "显示前 200 行，共 12,345 行；--limit 调整，或 --out 结果.xlsx 写出全部"


# ---------------------------------------------------------------------------------------------
# 5. figures with their units as the report writes them (issue 14: "93.02 %", "24.00 个", "rank", 3.0000)
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("indicator", "line"), [
    ("key_projects_plan_pct", "测试县2026年1-6月：40.6%"),        # 40.6060… at one decimal, as 93.0%
    ("fai_yoy_pct", "测试县2026年1-6月：-16.3%"),
    ("key_projects", "测试县2026年1-6月：4个"),                   # a count is whole: 24个, never 24.00 个
    ("above_scale_count", "测试县2026年1-6月：3户"),
    ("va_vs_target_pp", "测试县2026年1-6月：-0.5个百分点"),       # pp spelled out, one decimal
    ("fai_city_rank", "测试县2026年1-6月：第3名"),                 # a rank is 第N名, never "3.00 rank"
])
def test_explain_writes_a_figure_with_its_unit_as_the_report_does(published: Config, indicator: str,
                                                                  line: str) -> None:
    code, out = explain(indicator)
    assert code == 0, out
    assert out.splitlines()[1] == line


def test_a_figure_of_each_unit_in_words() -> None:
    assert [figure_text(v, u) for v, u in [(1234.5, "亿元"), (93.0249, "%"), (24.0, "个"), (-16.25, "pp"),
                                           (3.0, "rank"), (174.875, "亩"), (160.5, "万元"), (None, "%")]] == [
        "1,234.50亿元", "93.0%", "24个", "-16.3个百分点", "第3名", "174.88亩", "160.50万元", "—"]


def test_query_shows_figures_in_their_units_decimals_and_units_in_words(published: Config) -> None:
    result = runner.invoke(app, ["query", "select indicator, value, unit from indicator_values where period = '2026-06' "
                                          "and scope = '测试县' and indicator in ('fai_city_rank', 'key_projects', "
                                          "'va_vs_target_pp', 'key_projects_plan_pct', 'output_cum') order by indicator"],
                           env=WIDE)
    assert result.exit_code == 0, result.output
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in result.output.splitlines() if line.startswith("│")]
    assert cells == [["fai_city_rank", "3", "名"],
                     ["key_projects", "4", "个"],
                     ["key_projects_plan_pct", "40.6%", "%"],
                     ["output_cum", "10.00", "亿元"],
                     ["va_vs_target_pp", "-0.5", "个百分点"]]


def test_query_knows_a_figure_by_its_indicator_column_or_its_column_name() -> None:
    # no unit column: the indicator code says it; a column named by a code (the report_* views) says it itself
    assert query_cells(["indicator", "value"], ("fai_city_rank", 3.0)) == ["fai_city_rank", "3"]
    assert query_cells(["scope", "output_cum", "output_yoy_pct", "output_city_rank"], ("测试县", 10.0, 8.6956, 2.0)) == [
        "测试县", "10.00", "8.7%", "2"]
    # a figure nobody says the unit of keeps four decimals; whole numbers stay whole
    assert query_cells(["n", "x", "s"], (2347, 7.5, None)) == ["2347", "7.5000", "—"]
