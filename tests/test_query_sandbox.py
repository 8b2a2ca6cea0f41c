"""`beizeng query` in a sandbox: one reading statement, on the analysts' copy opened read-only, with DuckDB's
access to anything outside it off and its configuration locked (issue 12, item 5); its CSV never carries a
live formula; a --limit too large for anything is a usage sentence, never a traceback."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, load_config
from beizeng.cli.commands.ops import read_statement
from beizeng.cli.main import app
from beizeng.publish.tabular import as_text, write_rows
from beizeng.store.session import open_published, work_db

runner = CliRunner()


@pytest.fixture(scope="module")
def county_copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Config]:
    """One published test county for the whole module (a writing run costs ~10 s): query never writes,
    and the attack test checks that it did not."""
    from beizeng.intake.ingest import inbox_files
    from beizeng.intake.watch import process
    from tests.county import write_config
    from tests.scenarios import full_county

    path = write_config(tmp_path_factory.mktemp("sandbox") / "county")
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    full_county(cfg.inbox)
    assert [o.status for o in process(cfg, inbox_files(cfg))] == ["accepted"] * 9
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BEIZENG_CONFIG", str(path))
        yield cfg


@pytest.fixture
def published(county_copy: Config, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("BEIZENG_CONFIG", str(county_copy.root / "beizeng.toml"))
    return county_copy
SANDBOX = "beizeng query 只能查询分析用副本中的表和视图，不能读写其他文件或访问网络。"


def refused_kind(word: str) -> str:
    return (f"beizeng query 只执行读取数据的查询（SELECT、WITH、DESCRIBE、SHOW、SUMMARIZE、PIVOT 等），不执行 {word} 语句："
            "分析用副本是只读的，不能修改数据、连接其他数据库、读写其他文件或安装扩展。")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(output: str) -> str:
    return "".join(output.splitlines())


@pytest.mark.parametrize(("sql", "kind"), [
    ("select 1", "SELECT"),
    ("with x as (select 1 a) select * from x; -- 注释", "SELECT"),
    ("values (1), (2)", "SELECT"),
    ("from indicator_values", "SELECT"),
    ("describe submissions", "SELECT"),
    ("show tables", "SELECT"),
    ("summarize indicator_values", "SELECT"),
    ("unpivot t on a", "SELECT"),
    ("pivot t on a using sum(b)", "MULTI"),
    ("explain select 1", "EXPLAIN"),
    ("pragma table_info('submissions')", "PRAGMA"),
])
def test_a_single_reading_statement_is_accepted_by_its_parsed_kind(sql: str, kind: str) -> None:
    assert read_statement(sql) == kind


@pytest.mark.parametrize(("sql", "word"), [
    ("attach 'x.duckdb' as w (READ_WRITE)", "ATTACH"),
    ("copy submissions to 'x.csv'", "COPY"),
    ("install excel", "INSTALL"),
    ("load icu", "LOAD"),
    ("set enable_external_access = true", "SET"),
    ("create table mine as select 1", "CREATE"),
    ("/* select */ delete from submissions", "DELETE"),
    ("export database 'x'", "EXPORT"),
])
def test_anything_but_a_read_is_refused_before_it_runs_naming_the_statement(sql: str, word: str) -> None:
    with pytest.raises(ValueError) as caught:
        read_statement(sql)
    assert str(caught.value) == refused_kind(word)


def test_empty_text_and_several_statements_are_said_in_chinese(published: Config) -> None:
    for sql in ("", ";", "  ;; ", "/* 只有注释 */ ;"):
        result = runner.invoke(app, ["query", sql])
        assert result.exit_code == 2, (sql, result.output)
        assert one_line(result.output) == ("没有要执行的 SQL 语句（只有空白、分号或注释）：请写一条查询，如 "
                                           'beizeng query "select * from indicator_values limit 5"。')
    result = runner.invoke(app, ["query", "select 1; select 2"])
    assert result.exit_code == 2
    assert one_line(result.output) == "一次只能执行一条查询语句，收到的是 2 条：请分别运行，或去掉语句之间的分号。"


def test_attach_copy_install_and_load_write_nothing_anywhere(published: Config, tmp_path: Path) -> None:
    """The attacks of issue 12: the pipeline's own database attached read-write, COPY over the warehouse
    and beizeng.toml, INSTALL reaching for the network."""
    work = work_db(published)
    config = published.warehouse.parent / "beizeng.toml"
    before = {p: digest(p) for p in (work, published.db_path, config)}
    attacks = {
        f"attach '{work}' as w (READ_WRITE)": "ATTACH",
        f"copy (select 1) to '{config}'": "COPY",
        f"copy submissions to '{published.db_path}'": "COPY",
        f"copy submissions to '{tmp_path / 'out.csv'}'": "COPY",
        "install excel": "INSTALL",
        "load parquet": "LOAD",
    }
    for sql, word in attacks.items():
        result = runner.invoke(app, ["query", sql])
        assert result.exit_code == 2, (sql, result.output)
        assert one_line(result.output) == refused_kind(word)
        assert "Traceback" not in result.output
    assert {p: digest(p) for p in before} == before
    assert not (tmp_path / "out.csv").exists()
    con = duckdb.connect(str(work), read_only=True)
    try:
        assert con.execute("select count(*) from submissions").fetchone() == (9,)
    finally:
        con.close()


def test_files_outside_the_copy_cannot_be_read_and_the_lock_cannot_be_lifted(published: Config,
                                                                            tmp_path: Path) -> None:
    secret = tmp_path / "shadow.csv"
    secret.write_text("user,hash\nroot,SECRET-1234\n", encoding="utf-8")
    for sql in (f"select * from read_text('{secret}')", f"select * from read_csv('{secret}')",
                f"select * from read_blob('{secret}')", f"select * from glob('{tmp_path}/*')",
                f"select * from '{secret}'", f"select * from read_parquet('{tmp_path}/x.parquet')"):
        result = runner.invoke(app, ["query", sql])
        assert result.exit_code == 2, (sql, result.output)
        assert one_line(result.output).startswith(SANDBOX) or "查询出错" in result.output, result.output
        assert "SECRET-1234" not in result.output and "shadow.csv\n" not in result.output
    # the fence is the connection's, not the parser's: a read through a table function meets it too
    result = runner.invoke(app, ["query", f"select * from read_text('{secret}')"])
    assert one_line(result.output).startswith(SANDBOX)
    result = runner.invoke(app, ["query", "select name, value from duckdb_settings() where name in "
                                          "('enable_external_access', 'lock_configuration') order by name"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "enable_external_access" in line or "lock_" in line]
    assert "false" in lines[0] and "true" in lines[1], lines
    result = runner.invoke(app, ["query", "pragma enable_profiling"])  # a PRAGMA is a read only until it sets
    assert result.exit_code == 2
    assert one_line(result.output) == "beizeng query 不能修改 DuckDB 的设置（SET、RESET、PRAGMA 设置项）。"


def test_reading_statements_still_answer(published: Config) -> None:
    for sql, expected in (("describe submissions", "file_name"), ("show tables", "indicator_values"),
                          ("summarize indicator_values", "indicator"),
                          ("pivot (select 'a' k, 2 v union all select 'b', 3) on k using sum(v)", "共 1 行"),
                          ("pragma table_info('submissions')", "file_hash"),
                          ("select count(*) as n from submissions;  -- 全部", "9")):
        result = runner.invoke(app, ["query", sql])
        assert result.exit_code == 0, (sql, result.output)
        assert expected in result.output, (sql, result.output)


def test_a_formula_in_a_csv_cell_is_written_as_text(published: Config, tmp_path: Path) -> None:
    out = tmp_path / "结果.csv"
    sql = ("select '=HYPERLINK(\"http://evil.example\",\"点此\")' as a, '+1+1' as b, '-2+3' as c, '@SUM(A1)' as d, "
           "chr(9) || '=1' as e, chr(13) || '=1' as f, '城关镇' as g, -5 as h, 1.50::decimal(18,2) as \"=i\"")
    result = runner.invoke(app, ["query", sql, "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [["a", "b", "c", "d", "e", "f", "g", "h", "'=i"],
                    ["'=HYPERLINK(\"http://evil.example\",\"点此\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1",
                     "城关镇", "-5", "1.50"]]
    xlsx = tmp_path / "结果.xlsx"
    assert runner.invoke(app, ["query", sql, "--out", str(xlsx)]).exit_code == 0
    ws = openpyxl.load_workbook(xlsx).active
    values = [c for c in ws.iter_rows(values_only=True)][-1]
    assert values[0] == '=HYPERLINK("http://evil.example","点此")' and values[7] == -5  # a text cell, not a formula
    assert all(c.data_type == "s" for c in list(ws.iter_rows())[-1][:7])


def test_the_one_rule_for_exported_text() -> None:
    assert [as_text(t) for t in ("=1", "+1", "-1", "@a", "\t1", "\r1", "\x001", "a=1", "", "城关")] == \
        ["'=1", "'+1", "'-1", "'@a", "'\t1", "'\r1", "'\x001", "a=1", "", "城关"]


def test_write_rows_neutralises_csv_column_names_and_non_text_values(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "x.csv", ["=cmd", "ok"], [(["=a"], None)])
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [["'=cmd", "ok"], ["['=a']", ""]]


@pytest.mark.parametrize("command", [["explain", "output_cum", "2026-06"], ["query", "select 1"]])
def test_a_limit_beyond_any_screen_is_a_usage_sentence(published: Config, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--limit", "99999999999999999999"])
    assert result.exit_code == 2
    assert "--limit 的值不对：应不大于 1000000" in result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_the_sandbox_is_only_for_typed_sql(published: Config) -> None:
    """status, explain and the run's overview open the copy as before (nothing of theirs is refused)."""
    con = open_published(published)
    try:
        assert con.execute("select current_setting('enable_external_access')").fetchone() == (True,)
    finally:
        con.close()
    con = open_published(published, sandbox=True)
    try:
        assert con.execute("select current_setting('lock_configuration')").fetchone() == (True,)
    finally:
        con.close()


def test_an_out_file_that_cannot_be_written_is_one_sentence(published: Config, tmp_path: Path) -> None:
    (tmp_path / "结果").write_text("a file where the folder should be", encoding="utf-8")
    out = tmp_path / "结果" / "x.csv"
    result = runner.invoke(app, ["query", "select 1", "--out", str(out)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert one_line(result.output) == f"无法写出文件 {out}（File exists）：请换一个存在且可以写入的文件夹。"
