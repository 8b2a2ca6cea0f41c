"""`beizeng query --out`: the whole result in a file a statistician opens (.xlsx or .csv), not the first
--limit rows of a terminal table; text stays text (a value "=1+1" is not a formula)."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from beizeng.publish.tabular import write_rows

runner = CliRunner()


def test_the_whole_result_goes_to_an_xlsx_with_numbers_as_numbers(published: Config, tmp_path: Path) -> None:
    out = tmp_path / "项目.xlsx"
    result = runner.invoke(app, ["query", "select project_code, name, invest_cum from cur_fai_projects "
                                 "where period = '2026-06' order by project_code", "--limit", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "已写出 5 行、3 列" in result.output  # all five 2026-06 projects, although --limit is 1
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    labels = rows.pop(0)  # the Chinese names from the warehouse's column comments, above the column names
    assert labels[0] == "项目代码" and all(labels), labels
    assert rows[0] == ("project_code", "name", "invest_cum")
    assert len(rows) == 6 and all(isinstance(r[2], int | float) for r in rows[1:])  # numbers, not text
    assert rows[1][1] == "东镇光伏组件扩能项目"
    assert sum(r[2] for r in rows[1:]) == 3000 + 1200 + 300 + 0 + 2500  # 万元, as in tests/scenarios.py


def test_a_column_name_two_tables_use_gets_the_label_of_the_table_queried(published: Config) -> None:
    """output_cum is 万元 in the enterprises' return and 亿元 in the report views: the label follows the view
    the query reads, and a name nothing settles gets no label rather than a wrong unit."""
    from beizeng.publish.tabular import column_labels
    from beizeng.store.session import open_published

    con = open_published(published)
    try:
        assert column_labels(con, ["output_cum"], "select output_cum from report_1_economy") == ["规上工业总产值（亿元）"]
        view, form = (column_labels(con, ["output_cum"], f"select output_cum from {t}")[0]
                      for t in ("report_1_economy", "form_enterprise_output"))
        assert view != form and "万元" in form
        assert column_labels(con, ["output_cum", "no_such"], "select 1") == ["", ""]
    finally:
        con.close()


def test_text_stays_text_dates_stay_dates_and_csv_opens_as_chinese_in_excel(tmp_path: Path) -> None:
    rows = [("=1+1", Decimal("12.50"), dt.date(2026, 6, 30), None, True)]
    xlsx = write_rows(tmp_path / "a.xlsx", ["文本", "金额", "日期", "空", "是否"], rows)
    ws = openpyxl.load_workbook(xlsx).active
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=1+1"
    assert ws["B2"].value == 12.5 and ws["C2"].value == dt.datetime(2026, 6, 30) and ws["D2"].value is None
    text = (tmp_path / "b.csv")
    write_rows(text, ["文本", "金额", "日期", "空", "是否"], rows)
    assert text.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with text.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [["文本", "金额", "日期", "空", "是否"], ["'=1+1", "12.50", "2026-06-30", "", "True"]]  # quoted: no formula in a CSV


def test_an_output_that_is_neither_xlsx_nor_csv_is_refused_before_anything_runs(published: Config,
                                                                               tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "select 1", "--out", str(tmp_path / "x.txt")])
    assert result.exit_code == 2 and "输出文件应以 .xlsx 或 .csv 结尾，收到的是“x.txt”" in result.output
    assert not (tmp_path / "x.txt").exists()
