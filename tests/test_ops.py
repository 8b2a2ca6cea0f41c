"""Operations commands on a real published warehouse: status, explain, query, export, the analysts'
views, backups and restore."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, load_config
from beizeng.cli.commands.ops import UNIT_ZH, explain_indicator
from beizeng.cli.main import app
from beizeng.intake.ingest import inbox_files
from beizeng.intake.watch import process
from beizeng.ops.completeness import completeness
from beizeng.store.catalogue import catalogue
from beizeng.store.session import list_backups, open_published, work_db, writer_lock
from beizeng.store.warehouse import SQL_DIR, sql_files
from tests.county import write_config
from tests.scenarios import (
    E1,
    E2,
    E3,
    city_2026_06,
    ent_2026_06,
    enterprise_output,
    fai,
    project,
    targets_2026,
)

runner = CliRunner()
BEIZENG = str(Path(sys.executable).with_name("beizeng"))
ENT_FILE = "统计局_2026-06_规上工业企业生产月报.xlsx"


def published_value(cfg: Config, code: str, period: str = "2026-06", scope: str | None = None) -> float | None:
    con = open_published(cfg)
    try:
        row = con.execute("select value from indicator_values where period = ? and scope = ? and indicator = ?",
                          [period, scope or cfg.county, code]).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def stamp(path: Path, when: dt.datetime) -> Path:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


# ---------------------------------------------------------------------------------------------
# status
# ---------------------------------------------------------------------------------------------

def test_status_tells_on_time_late_rejected_and_missing(county: Config) -> None:
    # saved before the 8 July deadline: on time, even though the pipeline saw it later
    stamp(enterprise_output(county.inbox, "2026-06", ent_2026_06()), dt.datetime(2026, 7, 5, 10))
    stamp(city_2026_06(county.inbox), dt.datetime(2026, 7, 10, 9))  # after the deadline: late
    targets_2026(county.inbox)
    bad = [project(4, "西岭建材扩建项目", "西镇", "扩建", True, True, "很多", 2000, False, None, False, 0)]
    fai(county.inbox, "西镇", "2026-06", bad)  # rejected; 东镇 sends nothing
    outcomes = process(county, inbox_files(county))
    assert sorted(o.status for o in outcomes) == ["accepted", "accepted", "accepted", "rejected"]

    con = open_published(county)
    try:
        rows = {(d.form, d.sender): d for d in completeness(con, county, "2026-06")}
        before_deadline = {(d.form, d.sender): d.state
                           for d in completeness(con, county, "2026-06", now=dt.datetime(2026, 7, 3))}
    finally:
        con.close()
    sent = {
        ("enterprise_output", "统计局"): "on_time",
        ("city_comparison", "统计局"): "late",
        ("targets", "工信局"): "sent",  # a yearly return has no deadline: sent, as on the workbook's 报送情况
        ("fai_projects", "东镇"): "missing",
        ("fai_projects", "西镇"): "rejected",
    }
    assert {k: rows[k].state for k in sent} == sent
    # every other return a sender owes for June and did not send is overdue
    assert {d.state for k, d in rows.items() if k not in sent} <= {"missing"}
    assert rows[("enterprise_output", "统计局")].file == ENT_FILE
    assert rows[("enterprise_output", "统计局")].arrived == dt.datetime(2026, 7, 5, 10)
    assert "1个错误" in rows[("fai_projects", "西镇")].note and ".errors.txt" in rows[("fai_projects", "西镇")].note
    # on 3 July nothing is overdue yet
    assert before_deadline[("fai_projects", "东镇")] == "not_due"

    result = runner.invoke(app, ["status", "--period", "2026-06"])
    assert result.exit_code == 0, result.output
    missing = sum(1 for d in rows.values() if d.state == "missing")
    for words in ("已报送", "逾期报送", "退回待重报", "逾期未报", "截止日 2026-07-08",
                  f"应报 {len(rows)} 份：已报 3 份（其中逾期 1），退回待重报 1，逾期未报 {missing}"):
        assert words in result.output, words


def test_status_lists_files_nobody_could_identify_in_the_reporting_month(county: Config) -> None:
    junk = county.inbox / "随便什么.xlsx"
    junk.write_bytes(b"not a workbook")
    process(county, inbox_files(county))
    period = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")  # received this month
    con = open_published(county)
    try:
        unidentified = [d for d in completeness(con, county, period) if d.state == "unidentified"]
    finally:
        con.close()
    assert [d.file for d in unidentified] == ["随便什么.xlsx"]


def test_status_is_a_cheap_read_without_prefect(published: Config) -> None:
    """A real process: read-only commands import neither Prefect nor run anything (they answer at once)."""
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom beizeng.cli.main import app\n"
            "r = CliRunner().invoke(app, ['status', '--period', '2026-06'])\n"
            "print(r.exit_code, 'prefect' in sys.modules, 'flows.monthly' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "BEIZENG_CONFIG": str(published.root / "beizeng.toml")})
    assert out.stdout.split() == ["0", "False", "False"], out.stderr


# ---------------------------------------------------------------------------------------------
# explain
# ---------------------------------------------------------------------------------------------

def test_explain_output_cum_lists_the_exact_source_rows(published: Config) -> None:
    con = open_published(published)
    try:
        exp = explain_indicator(con, published, "output_cum", "2026-06")
        east = explain_indicator(con, published, "output_cum", "2026-06", "东关镇")
    finally:
        con.close()
    assert exp.value == pytest.approx(10.0) and exp.unit == "亿元" and exp.section == "1①"
    assert exp.sql_file == "sql/models/110_output.sql" and "as output_cum" in exp.sql_text
    assert exp.sql_text == (SQL_DIR / "models" / "110_output.sql").read_text(encoding="utf-8").splitlines()[
        exp.sql_line - 1].strip()  # type: ignore[operator]
    [src] = exp.sources
    assert src.form == "enterprise_output" and src.title == "规上工业企业生产月报" and src.total_rows == 3
    cols = [name for name, _ in src.columns]
    assert {"uscc", "name", "output_cum", "output_cum_last_year", "township"} <= set(cols)
    # file, sheet, Excel row: the layout puts the header on row 4, 合计 on row 5, enterprises on rows 6–8
    got = [(r[0], r[1], r[2], r[3], r[4 + cols.index("uscc")], float(r[4 + cols.index("output_cum")]))
           for r in src.rows]
    assert got == [(ENT_FILE, "Sheet1", 6, "统计局", E1, 30000.0), (ENT_FILE, "Sheet1", 7, "统计局", E2, 20000.0),
                   (ENT_FILE, "Sheet1", 8, "统计局", E3, 50000.0)]
    assert float(src.totals["output_cum"]) == 100000.0  # 万元 = 10 亿元, the value explained
    # a township's figure lists only its own rows (东关镇 is an alias of 东镇)
    assert east.scope == "东镇" and east.value == pytest.approx(5.0)
    assert [r[2] for r in east.sources[0].rows] == [6, 7]

    result = runner.invoke(app, ["explain", "output_cum", "--period", "2026-06"])
    assert result.exit_code == 0, result.output
    for words in ("规上工业总产值", "10.00亿元", "sql/models/110_output.sql", "各规上工业企业1-N月累计工业总产值之和",
                  f"[1] {ENT_FILE}（工作表「Sheet1」，统计局）", E1, E2, E3, "100,000.00", "共 3 行"):
        assert words in result.output, words
    # the 合计 is of every row listed; the note says why it may exceed the figure (rows the formula leaves out)
    assert "注：合计是所列全部行之和；指标只计入符合上面“计算方法”口径的行" in result.output


def test_explain_lists_only_the_target_rows_a_figure_uses(published: Config) -> None:
    con = open_published(published)
    try:
        exp = explain_indicator(con, published, "output_time_progress_pct", "2026-06")
    finally:
        con.close()
    assert exp.value == pytest.approx(10 / 10 * 100)  # the target's own split: 10 亿元 due by June
    forms = {s.form: s for s in exp.sources}
    assert set(forms) == {"enterprise_output", "targets"}
    targets = forms["targets"]
    # the county's output_target row only (not 东镇's, not the other targets)
    assert targets.total_rows == 1 and targets.rows[0][2] == 4
    assert "output_target" in targets.rows[0]


def test_explain_refuses_an_unknown_code_or_scope_with_a_hint(published: Config) -> None:
    result = runner.invoke(app, ["explain", "output_cumm", "--period", "2026-06"])
    assert result.exit_code == 2 and "output_cum" in result.output
    result = runner.invoke(app, ["explain", "output_cum", "--period", "2026-06", "--scope", "北镇"])
    assert result.exit_code == 2 and "东镇" in result.output


# ---------------------------------------------------------------------------------------------
# query, export, views
# ---------------------------------------------------------------------------------------------

def test_query_reads_and_never_writes(published: Config) -> None:
    result = runner.invoke(app, ["query", "select scope, output_cum from report_1_economy where period = '2026-06' "
                                          "order by scope"])
    assert result.exit_code == 0, result.output
    assert "测试县" in result.output and "│ 10.00 " in result.output and "3 行" in result.output
    result = runner.invoke(app, ["query", "delete from submissions"])
    assert result.exit_code == 2 and "只读" in result.output
    con = open_published(published)
    try:
        assert con.execute("select count(*) from submissions").fetchone() == (9,)
    finally:
        con.close()
    result = runner.invoke(app, ["query", "select * from no_such_table"])
    assert result.exit_code == 2 and "查询出错" in result.output


def test_export_writes_parquet_for_bi_tools(published: Config, tmp_path: Path) -> None:
    out = tmp_path / "bi"
    result = runner.invoke(app, ["export", "--parquet", str(out)])
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.glob("*.parquet")}
    assert {"submissions", "problems", "form_enterprise_output", "cur_enterprise_output", "indicator_values",
            "indicator_catalogue", "report_1_economy", "report_7_key_projects", "report_submissions",
            "submission_versions", "current_submissions"} <= names
    assert not list(out.glob(".*"))  # no temporary files left
    # the versions README promises analysts: the nine accepted files, each the first and current version
    versions = duckdb.connect().execute(f"select count(*), min(version), max(version), bool_and(is_current) "
                                        f"from '{out / 'submission_versions.parquet'}'").fetchone()
    assert versions == (9, 1, 1, True)
    current = duckdb.connect().execute(f"select count(*) from '{out / 'current_submissions.parquet'}' "
                                       "where form = 'enterprise_output' and sender = '统计局' and period = '2026-06'"
                                       ).fetchone()
    assert current == (1,)
    assert "submission_versions    │ 视图 │ 9" in result.output and "current_submissions    │ 视图 │ 9" in result.output
    value = duckdb.connect().execute(f"select output_cum from '{out / 'report_1_economy.parquet'}' "
                                     "where period = '2026-06' and scope = '测试县'").fetchone()
    assert value is not None and value[0] == pytest.approx(10.0)


def test_section_views_are_documented_and_agree_with_the_catalogue(published: Config) -> None:
    con = open_published(published)
    try:
        views = dict(con.execute("select view_name, comment from duckdb_views() "
                                 "where view_name like 'report\\_%' escape '\\'").fetchall())
        columns = con.execute("select table_name, column_name, comment from duckdb_columns() "
                              "where table_name like 'report\\_%' escape '\\'").fetchall()
        row = con.execute("select output_cum, output_yoy_pct, fai_cum from report_1_economy "
                          "where period = '2026-06' and scope = '测试县'").fetchone()
        keys = con.execute("select key_projects from report_7_key_projects where period = '2026-06' "
                           "and scope = '测试县'").fetchone()
    finally:
        con.close()
    files = {p.stem.split("_", 1)[1] for p in sql_files("views")}
    assert set(views) == files and all(views.values())
    assert all(comment for _, _, comment in columns), [c for c in columns if not c[2]]
    cat = catalogue()
    placed: dict[str, str] = {}
    for view, col, comment in columns:
        if col in cat:
            ind = cat[col]
            assert comment == f"{ind.name}（{UNIT_ZH.get(ind.unit, ind.unit)}）", (view, col)
            placed[col] = view
    # every catalogued indicator has its column in the view of its report section
    for code, ind in cat.items():
        assert placed.get(code, "").startswith(f"report_{ind.section[0]}_"), code
    assert row is not None and row[0] == pytest.approx(10.0) and row[1] == pytest.approx(8.6956521739)
    assert keys == (4.0,)


def test_views_sql_files_state_their_grain() -> None:
    for path in sql_files("views"):
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0].startswith(f"-- {path.stem.split('_', 1)[1]}: one row per"), path.name
        assert "comment on view" in text


# ---------------------------------------------------------------------------------------------
# backups and restore
# ---------------------------------------------------------------------------------------------

def test_each_writing_run_backs_up_first_and_keeps_the_last_n(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path / "county", extra="backups_keep = 2"))
    cfg.inbox.mkdir(parents=True)
    process(cfg, [enterprise_output(cfg.inbox, "2026-06", ent_2026_06())])
    assert list_backups(cfg) == []  # nothing to back up before the first run
    for i in range(3):
        rows = ent_2026_06()
        rows[0] = (*rows[0][:5], 30000 + i + 1, rows[0][6])
        process(cfg, [enterprise_output(cfg.inbox, "2026-06", rows, name=f"统计局_2026-06_更正{i}.xlsx")])
    kept = list_backups(cfg)
    assert len(kept) == 2 and kept == sorted(kept)
    # the newest backup is the state before the last run: the second resend (30002) is current there
    con = duckdb.connect(str(kept[-1]), read_only=True)
    try:
        assert con.execute("select output_cum from cur_enterprise_output where uscc = ?", [E1]).fetchone() == (30002,)
    finally:
        con.close()


def test_restore_brings_back_the_backup_and_can_be_undone(published: Config) -> None:
    resent = ent_2026_06()
    resent[2] = (*resent[2][:5], 70000, resent[2][6])  # 西岭建材 corrected upwards: 12 亿元
    enterprise_output(published.inbox, "2026-06", resent, name="统计局_2026-06_更正.xlsx")
    process(published, inbox_files(published))
    assert published_value(published, "output_cum") == pytest.approx(12.0)

    asked = runner.invoke(app, ["restore"], input="n\n")  # typed by mistake: says what it would drop, then asks
    assert asked.exit_code == 1 and "此后入库的 1 个文件将不再计入" in asked.output and "已取消，数据仓库未改动" in asked.output
    assert published_value(published, "output_cum") == pytest.approx(12.0)
    result = runner.invoke(app, ["restore"], input="y\n")
    assert result.exit_code == 0, result.output
    assert published_value(published, "output_cum") == pytest.approx(10.0)  # the analysts' copy too
    assert "统计局_2026-06_更正.xlsx" in result.output  # loaded after the backup: named, not silently lost
    con = duckdb.connect(str(work_db(published)), read_only=True)
    try:
        assert con.execute("select count(*) from submissions").fetchone() == (9,)
    finally:
        con.close()
    # the state before the restore was kept: restoring it undoes the restore
    [undo] = [p for p in list_backups(published) if p.stem.endswith("before-restore")]
    result = runner.invoke(app, ["restore", undo.stem, "--yes"])
    assert result.exit_code == 0, result.output
    assert published_value(published, "output_cum") == pytest.approx(12.0)
    listing = runner.invoke(app, ["restore", "--list"])
    assert listing.exit_code == 0 and undo.stem in listing.output


def test_restore_waits_for_no_one_and_says_so_while_a_run_writes(published: Config) -> None:
    enterprise_output(published.inbox, "2026-06", ent_2026_06()[:2], name="统计局_2026-06_更正.xlsx")
    process(published, inbox_files(published))  # a second run: there is a backup to restore
    with writer_lock(published):
        result = runner.invoke(app, ["restore", "--yes"])
    assert result.exit_code == 3
    assert "另一个 beizeng 运行" in result.output and "正在写入数据仓库" in result.output


def test_restore_names_what_exists_when_the_backup_is_unknown(published: Config) -> None:
    result = runner.invoke(app, ["restore", "19990101"])
    assert result.exit_code == 2 and "找不到备份" in result.output
