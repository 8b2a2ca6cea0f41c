"""The outside probe p48 (tests/handmade/probe48.py): the warehouse as an analyst uses it.  Hand-made returns (亿元,
title rows, a hidden row, a 合计 row, a continuation sheet, a resend) loaded for real, then asked through the real CLI
(``beizeng explain``, ``beizeng query``, ``--out``) and read back from the 汇总表 and the report draft.  Every counted
figure must name the file as sent, the sheet and the Excel row a person sees; the same figure must show the same
digits wherever it is shown; nothing an analyst does may lose or hide anything.  Where beizeng differs today the test is
``xfail(strict=True)`` with what it does instead; silent wrong first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from beizeng.intake.ingest import Outcome
from beizeng.store.session import publish
from tests.conftest import ingest
from tests.handmade import probe48 as p
from tests.test_handmade import codes, sql

WIDE = {"COLUMNS": "250"}
COUNTY_FAI = "select value from indicator_values where period = '2026-06' and scope = '测试县' and indicator = 'fai_cum'"
LINEAGE = ("select s.file_name, f.sheet, f.excel_row, f.name, f.invest_cum from cur_fai_projects f "
           "join submissions s using (submission_id) order by f.sheet, f.excel_row")


#: a counted row as the warehouse keeps it: (file as sent, sheet, Excel row, project, 1-N月累计 万元)
Row = tuple[str, str, int, str, Decimal]


def loaded(cfg: Config, *makers: Callable[[Path], Path]) -> list[Outcome]:
    """Each return dropped and loaded in turn, then the analysts' copy published (what a run ends with)."""
    outcomes = []
    for maker in makers:
        maker(cfg.inbox)
        outcomes += ingest(cfg)
    publish(cfg)
    return outcomes


def cli(*args: str) -> tuple[int, str, BaseException | None]:
    result = CliRunner().invoke(app, list(args), env=WIDE)
    crash = result.exception if result.exception and not isinstance(result.exception, SystemExit) else None
    return result.exit_code, result.output, crash


def explain_rows(output: str) -> list[tuple[str, int, str]]:
    """(file legend [n], Excel row, 1-N月累计 or the last column as printed) of explain's source table."""
    rows = []
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells and cells[0].startswith("["):
            rows.append((cells[0], int(cells[1]), cells[-1]))
    return rows


# ---- silent wrong ----------------------------------------------------------------------------------------------------

def test_counted_rows_of_a_two_sheet_ledger_are_the_counted_ones(county_full: Config) -> None:
    [o] = loaded(county_full, p.attraction_two_pages)
    assert o.status == "accepted", codes(o)
    code, out, crash = cli("explain", "invest_landed", "2026-06")
    assert code == 0 and crash is None, out
    assert "测试县2026年1-6月：2个" in out
    legend = {line.split("]")[0].strip() + "]": line for line in out.splitlines() if line.strip().startswith("[")
              and "工作表「" in line}
    listed = {(legend[f].split("工作表「")[1].split("」")[0], row) for f, row, _ in explain_rows(out)}
    # the two landed projects, each on its own sheet and row — and nothing else
    assert listed == {("招商台账", 4), ("招商台账（续）", 3)}, out
    assert "共 2 行" in out and "雄峰" not in out


def test_explain_in_the_analysts_own_process_shows_what_was_published(county_full: Config) -> None:
    loaded(county_full, p.fai_in_yi, p.fai_corrected)
    notebook = duckdb.connect(str(county_full.db_path), read_only=True)  # the analyst's notebook, left open
    try:
        third = [list(r) for r in p.PROJECTS]
        third[0][9] += 1000
        third[0][10] += 1000
        [o] = loaded(county_full, lambda f: p.fai_in_yi(f, "东镇6月项目表（第3版）.xlsx", third))
        assert (o.status, o.version) == ("accepted", 3), codes(o)
        code, out, crash = cli("explain", "fai_cum", "2026-06")
    finally:
        notebook.close()
    assert crash is None, crash
    # the published figure and rows (version 3, 7,679 万元) — or one Chinese sentence saying the copy is held: never
    # the superseded figures shown as today's
    assert "0.77亿元" in out or (code != 0 and "关闭" in out), out
    assert "7,079.00" not in out, out


def test_an_xlsx_export_past_excels_last_row_never_drops_rows_silently(county_full: Config, tmp_path: Path) -> None:
    loaded(county_full, p.fai_in_yi)
    out = tmp_path / "全部.xlsx"
    code, said, crash = cli("query", "select range as n from range(1048580)", "--out", str(out))
    assert crash is None, crash
    if code == 0:  # written: then every row is in the file (or the words say which were left out and how to get them)
        ws = openpyxl.load_workbook(out, read_only=True).active
        assert ws.max_row - 1 == 1048580 or ("1048575" in said.replace(",", "") and ".csv" in said), said
    else:  # refused: in Chinese, with the way out (.csv), and no half-written file
        assert ".csv" in said and "Excel" in said and not out.exists(), said


def test_an_xlsx_export_of_a_text_longer_than_a_cell_holds_says_so(county_full: Config, tmp_path: Path) -> None:
    loaded(county_full, p.fai_in_yi)
    out = tmp_path / "说明.xlsx"
    code, said, crash = cli("query", "select repeat('东镇光伏组件扩能项目', 4000) as 说明", "--out", str(out))
    assert code == 0 and crash is None, said
    [[head], [text]] = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert head == "说明"
    assert len(str(text)) == 40000 or "32767" in said.replace(",", ""), said


# ---- loud wrong: refused, crashed or misled --------------------------------------------------------------------------

def test_query_beside_the_analysts_own_connection_answers_in_chinese(county_full: Config) -> None:
    loaded(county_full, p.fai_in_yi)
    notebook = duckdb.connect(str(county_full.db_path), read_only=True)
    try:
        code, out, crash = cli("query", COUNTY_FAI)
        assert notebook.execute(COUNTY_FAI).fetchone() == (pytest.approx(0.6679),)  # their own connection still reads
    finally:
        notebook.close()
    assert crash is None, repr(crash)
    assert (code == 0 and "0.6679" in out) or (code == 2 and "关闭" in out and "Traceback" not in out), out


def test_a_correction_sent_after_the_final_counts(county_full: Config) -> None:
    first, second = loaded(county_full, lambda f: p.fai_in_yi(f, "东镇6月项目表（终稿）.xlsx"), p.fai_corrected)
    assert first.status == "accepted", codes(first)
    assert (second.status, second.version) == ("accepted", 2), [x.line() for x in second.problems]
    assert sql(county_full, COUNTY_FAI) == [(pytest.approx(0.7079),)]


def test_a_chinese_name_in_a_query_is_pointed_to_its_column_and_table(county_full: Config) -> None:
    loaded(county_full, p.fai_in_yi)
    code, out, crash = cli("query", "select 项目名称 from cur_fai_projects")
    assert code == 2 and crash is None and "查询出错" in out, out
    assert "name" in out.split("相近的列：")[-1].split("。")[0].split() and "annual_plan" not in out, out
    code, out, crash = cli("query", "select * from 工业固定资产投资项目月报")
    assert code == 2 and crash is None, out
    assert "cur_fai_projects" in out, out


# ---- RIGHT -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("maker", "expected", "said"), [
    # 亿元, title + 填报单位 + blank row + two-row header, 合计 on top (row 6): rows 7–11, ×10000 to 万元
    (p.fai_in_yi, [("东镇 6月 项目表.xlsx", "6月", r, n, Decimal(c)) for r, n, c in zip(
        range(7, 12), (x[1] for x in p.PROJECTS), (x[10] for x in p.PROJECTS), strict=True)], "按亿元填写，×10000换算为万元"),
    # row 8 hidden by hand: four rows, their own numbers (6, 7, 9, 10), never renumbered
    (p.fai_hidden_row, [("东镇6月项目（隐藏行）.xlsx", "项目表", r, x[1], Decimal(x[10]))
                        for r, x in zip((6, 7, 9, 10), [*p.PROJECTS[:2], *p.PROJECTS[3:]], strict=True)], ""),
    # two sheets: projects 1–3 on 「项目表」 rows 5–7, 4–5 on 「项目表（续）」 rows 3–4
    (p.fai_continued, sorted([("东镇6月项目进展（两页）.xlsx", s, r, x[1], Decimal(x[10])) for s, r, x in zip(
        ["项目表"] * 3 + ["项目表（续）"] * 2, (5, 6, 7, 3, 4), p.PROJECTS, strict=True)], key=lambda t: (t[1], t[2])), ""),
])
def test_every_counted_row_names_the_file_as_sent_its_sheet_and_excel_row(
        county_full: Config, maker: Callable[[Path], Path], expected: list[Row], said: str) -> None:
    [o] = loaded(county_full, maker)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, LINEAGE) == expected
    total = sum((t[4] for t in expected), Decimal(0))
    assert sql(county_full, COUNTY_FAI) == [(pytest.approx(float(total) / 10000),)]
    code, out, crash = cli("explain", "fai_cum", "2026-06")
    assert code == 0 and crash is None, out
    # explain's rows are the stored rows, at their Excel rows; their sum is the figure (all projects count here)
    assert sorted(r for _, r, _ in explain_rows(out)) == sorted(t[2] for t in expected)
    assert [c for _, _, c in explain_rows(out)] and f"│ {total:,.2f} │" in out, out
    assert f"测试县2026年1-6月：{Decimal(total / 10000).quantize(Decimal('0.01'), ROUND_HALF_UP)}亿元" in out
    assert expected[0][0] in out and said in out


def test_after_a_correction_lineage_points_to_the_version_that_counts_and_keeps_the_first(county_full: Config) -> None:
    first, second = loaded(county_full, p.fai_in_yi, p.fai_corrected)
    assert (first.version, second.version, second.status) == (1, 2, "accepted"), codes(second)
    # the rows that count are the correction's, at the same Excel rows, under the correction's own file name
    assert {r[0] for r in sql(county_full, LINEAGE)} == {"东镇6月项目表（更正版）.xlsx"}
    assert [r[2:] for r in sql(county_full, LINEAGE)][0] == (7, "东镇光伏组件扩能项目", Decimal(2868))
    # the superseded version is still there, row for row, and says which file it was
    kept = sql(county_full, "select s.file_name, f.excel_row, f.invest_cum from form_fai_projects f join submissions s "
                            "using (submission_id) where f.excel_row = 7 order by f.submission_id")
    assert kept == [("东镇 6月 项目表.xlsx", 7, Decimal(2468)), ("东镇6月项目表（更正版）.xlsx", 7, Decimal(2868))]
    assert sql(county_full, COUNTY_FAI) == [(pytest.approx(0.7079),)]
    code, out, _ = cli("explain", "fai_cum", "2026-06")
    assert code == 0 and "东镇6月项目表（更正版）.xlsx" in out and "东镇 6月 项目表.xlsx" not in out, out
    code, out, _ = cli("query", "select s.file_name, f.invest_cum from form_fai_projects f join submissions s "
                                "using (submission_id) where f.excel_row = 7 order by f.submission_id")
    assert code == 0 and "2,468.0000" in out and "2,868.0000" in out, out


def test_writes_are_refused_in_chinese_and_nothing_is_lost(county_full: Config) -> None:
    loaded(county_full, p.fai_in_yi)
    before = sql(county_full, LINEAGE)
    for statement in ("delete from form_fai_projects", "drop table submissions", "update form_fai_projects set "
                      "invest_cum = 0", "copy form_fai_projects to 'x.csv'", "attach 'other.duckdb' as o",
                      "create table mine as select 1", "select 1; delete from form_fai_projects",
                      "insert into form_fai_projects select * from form_fai_projects"):
        code, out, crash = cli("query", statement)
        assert code == 2 and crash is None and "Traceback" not in out, (statement, out)
        assert "只" in out or "不能" in out, (statement, out)
    assert sql(county_full, LINEAGE) == before
    published = duckdb.connect(str(county_full.db_path), read_only=True)
    try:
        assert published.execute("select count(*) from form_fai_projects").fetchone() == (5,)
    finally:
        published.close()


def test_long_wide_and_exported_results_keep_every_figure(county_full: Config, tmp_path: Path) -> None:
    loaded(county_full, p.fai_in_yi)
    # long: 300 rows, 200 shown, the total said
    code, out, _ = cli("query", "select range as n from range(300)")
    assert code == 0 and "显示前 200 行，共 300 行" in out, out[-300:]
    # wide on an 80-column terminal: record by record, every figure whole
    result = CliRunner().invoke(app, ["query", "select * from cur_fai_projects order by excel_row"],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 0 and "逐行列出" in result.output, result.output
    assert "2,468.0000" in result.output and "2601-610599-04-01-480005" in result.output
    # exported with Chinese names: the exact stored figures, not the shown ones
    for suffix in (".xlsx", ".csv"):
        out_file = tmp_path / f"固投{suffix}"
        code, said, _ = cli("query", "select name as 项目名称, invest_cum as 累计 from cur_fai_projects "
                                     "order by excel_row", "--out", str(out_file))
        assert code == 0 and "已写出 5 行、2 列" in said, said
        if suffix == ".xlsx":
            rows = [[c.value for c in r] for r in openpyxl.load_workbook(out_file).active.iter_rows()]
        else:
            rows = [line.split(",") for line in out_file.read_text(encoding="utf-8-sig").splitlines()]
        assert rows[0] == ["项目名称", "累计"]
        assert [(r[0], Decimal(str(r[1]))) for r in rows[1:]] == [(x[1], Decimal(x[10])) for x in p.PROJECTS]


def _excel_shows(value: float, number_format: str) -> str:
    """What Excel shows for a number under the workbook's formats (#,##0.00, 0.0 …): 15 significant digits, then
    half up."""
    fmt = number_format.split(";")[0]
    decimals = len(fmt.split(".")[1].rstrip('%"')) if "." in fmt else 0
    scaled = Decimal(f"{value:.15g}") * (100 if fmt.endswith("%") else 1)
    text = f"{scaled.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP):{',' if ',' in fmt else ''}.{decimals}f}"
    return text + ("%" if fmt.endswith("%") else "")


def test_query_the_summary_workbook_and_the_report_show_the_same_digits(prefect_harness: None,
                                                                        county_full: Config) -> None:
    from beizeng.publish.outputs import summary_name

    p.fai_half(county_full.inbox)
    result = CliRunner().invoke(app, ["run", "--period", "2026-06"], env=WIDE)
    assert result.exit_code == 0, result.output
    # query: each county figure of the period as query shows it
    code, out, _ = cli("query", "select c.name, v.value, v.unit from indicator_values v join indicator_catalogue c "
                                "on c.code = v.indicator where v.period = '2026-06' and v.scope = '测试县' "
                                "and v.value is not null order by c.code")
    assert code == 0, out
    shown = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) == 3:
            shown[cells[0]] = cells[1]
    assert shown.get("工业固定资产投资") == "0.29", out[:3000]  # 0.285 亿元, 四舍五入
    # the 汇总表's 指标总览: name in A, the figure in B as Excel shows it under its format
    book = openpyxl.load_workbook(county_full.out / "2026-06" / summary_name(county_full, "2026-06"))
    ws = book["指标总览"]
    in_book = {str(r[0].value): _excel_shows(r[1].value, r[1].number_format) for r in ws.iter_rows()
               if isinstance(r[1].value, int | float) and not isinstance(r[1].value, bool) and r[0].value in shown}
    assert in_book["工业固定资产投资"] == "0.29" and len(in_book) >= 5, in_book
    assert {k: v.rstrip("%") for k, v in in_book.items()} == {k: shown[k].rstrip("%") for k in in_book}
    # the report draft: the same 0.29
    [report] = (county_full.out / "2026-06").glob("*.docx")
    text = "\n".join(para.text for para in docx.Document(str(report)).paragraphs)
    assert "全县工业固定资产投资完成0.29亿元" in text, text[:2000]
