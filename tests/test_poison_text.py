"""No poison text: control characters are cleaned once, where the grid is read, so no writer downstream
(warehouse, feedback, summary workbook, report) ever sees one; and whatever text a clerk puts into any text
cell of any form's good return (control characters, footer words with "：", formula prefixes, very long
strings), no row vanishes without a problem naming it and the other files of the batch still load."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beizeng.base.config import Config, load_config
from beizeng.base.forms import FormSpec
from beizeng.intake.ingest import prepare, validate_prepared
from beizeng.intake.reader import Sheet, clean_cell, open_workbook
from beizeng.store.session import work_db
from tests import scenarios as sc
from tests import scenarios_more as more
from tests.conftest import ingest

POISON = "甲\x0b乙\x07丙\x00丁\ufffe戊\x1b[31m\r\n己\x85\tend"


def write_grid(path: Path, grid: list[list[Any]]) -> Path:
    """A sheet written cell by cell with xlsxwriter, strings as strings (openpyxl refuses control characters,
    and a leading "=" must stay text): what Excel saves when a clerk pastes such text."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    ws = wb.add_worksheet("Sheet1")
    dates = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                ws.write_boolean(r, c, v)
            elif isinstance(v, int | float):
                ws.write_number(r, c, v)
            elif isinstance(v, dt.date | dt.datetime):
                ws.write_datetime(r, c, v, dates)
            else:
                ws.write_string(r, c, str(v))
    wb.close()
    return path


def test_control_characters_are_cleaned_where_the_grid_is_read(tmp_path: Path) -> None:
    path = write_grid(tmp_path / "x.xlsx", [["甲\x0b乙", POISON, "a\tb\nc", "x\r\ny", "\u2028行"]])
    [sheet] = open_workbook(path)
    assert sheet.rows[0] == ["甲\n乙", "甲\n乙丙丁_xFFFE_戊[31m\n己\tend", "a\tb\nc", "x\ny", "\n行"]
    # a Word line break is a line break: nothing to tell; the rest is named (calamine keeps U+FFFE escaped)
    assert sheet.cleaned == {(0, 1): "BEL、NUL、ESC、U+0085"}


@pytest.mark.parametrize(("text", "clean", "removed"), [
    ("进展\x0b顺利", "进展\n顺利", ""), ("响\x07铃", "响铃", "BEL"), ("空\x00字", "空字", "NUL"),
    ("非\ufffe字\uffff", "非字", "U+FFFE、U+FFFF"), ("C1\x9f", "C1", "U+009F"), ("保留\t制表\n换行", "保留\t制表\n换行", ""),
    ("\ufdd0", "", "U+FDD0"), ("删\x7f除", "删除", "DEL"),
])
def test_one_cell_cleaned(text: str, clean: str, removed: str) -> None:
    assert clean_cell(text) == (clean, removed)


def _notes_grid(text: str) -> list[list[Any]]:
    return [["测试县2026年1-6月重点工作进展情况"], ["填报单位：工信局"], more.NOTE_HEADERS,
            ["二1", "工业经济基础较为薄弱", text, None, None],
            ["6③", "标准化厂房建设提速", "产业园一期进度超过85%。", "标准化厂房建设总体进度", 85],
            [], ["填报人：张三    联系电话：0913-1234567"]]


def test_a_progress_text_with_control_characters_loads_and_every_writer_runs(county_full: Config) -> None:
    """The issue's poison pill: a BEL and a Word line break in a 进展情况 crashed the report on every run."""
    from beizeng.publish.report import write_report

    write_grid(county_full.inbox / "工信局_2026-06_重点工作进展情况.xlsx", _notes_grid("规上企业\x0b偏少\x07，链条\x00不完整"))
    [outcome] = ingest(county_full)
    assert outcome.status == "accepted"
    [note] = [p for p in outcome.problems if p.code == "control_chars_removed"]
    assert (note.severity, note.cell, note.column, note.message) == (
        "info", "C4", "进展情况", "此格含有看不见的控制字符（BEL、NUL），读取时已删除")
    con = duckdb.connect(str(work_db(county_full)))
    try:
        assert con.execute("select text from cur_progress_notes where section = '二1'").fetchone() == (
            "规上企业\n偏少，链条不完整",)
        (county_full.root / "out").mkdir()
        docx, md = write_report(con, county_full, "2026-06", county_full.root / "out")
    finally:
        con.close()
    assert docx.exists() and "规上企业\n偏少，链条不完整" in md.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# The property: any text in any text cell of any form's good return
# ---------------------------------------------------------------------------------------------------------

FEW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
MANY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])

footer_words = st.sampled_from(["负责人：", "联系电话：", "填报人：", "审核人:", "统计员：", "填报日期：", "注：", "合计",
                                "小计", "其中：", "一、", "说明："])
prefixes = st.sampled_from(["=", "+", "-", "@", "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "\t", "'", "—"])
controls = st.text(st.characters(min_codepoint=0, max_codepoint=0x9F).filter(lambda ch: not ch.isprintable()),
                   min_size=1, max_size=4)
plain = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
long_text = st.builds(lambda ch, n: ch * n, st.sampled_from(["长", "a", "项目", "\x07"]), st.integers(200, 32000))
poison = st.one_of(
    st.builds(lambda a, b, c: a + b + c, footer_words, plain, controls),
    st.builds(lambda a, b: a + b, prefixes, plain),
    st.builds(lambda a, b, c: a + b + c, plain, controls, plain),
    long_text, plain, footer_words,
)


class Good:
    """One good return per form (tests/scenarios*.py), read once: its grid, its data rows, its text cells."""

    def __init__(self, root: Path) -> None:
        self.cfg = load_config(more.write_full_config(root / "county"))
        src = root / "good"
        src.mkdir()
        paths = [sc.enterprise_output(src, "2026-06", sc.ent_2026_06()), sc.fai_2026_06(src)[0],
                 sc.city_2026_06(src), more.targets_full_2026(src), more.cultivation(src, "2026-06", more.cultivation_2026_06()),
                 more.attraction(src, "2026-06", more.attraction_2026_06()),
                 more.factors(src, "自然资源局", "2026-06", more.land_2026_06()), more.notes(src, "2026-06", more.notes_2026_06())]
        self.returns: dict[str, tuple[Path, list[list[Any]], list[int], list[int]]] = {}
        for path in paths:
            prep = prepare(path, self.cfg)
            validate_prepared([prep])
            assert prep.identity is not None and prep.table is not None, [p.line() for p in prep.problems]
            assert not [p for p in prep.problems if p.severity == "error"], [p.line() for p in prep.problems]
            form: FormSpec = prep.identity.form
            sheet: Sheet = prep.table.match.sheet
            kinds = {c.name: c.kind for c in form.columns}
            text_cols = sorted(c for name, c in prep.table.match.columns.items() if kinds[name] in ("text", "prose"))
            rows = [r.excel_row for r in prep.table.rows]
            self.returns[form.code] = (path, [list(r) for r in sheet.rows], rows, text_cols)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Good:
    return Good(tmp_path_factory.mktemp("poison"))


def _poisoned(good: Good, form: str, pick: int, col_pick: int, text: str, folder: Path) -> tuple[Path, list[int], int]:
    path, grid, rows, cols = good.returns[form]
    row, col = rows[pick % len(rows)], cols[col_pick % len(cols)]
    grid = [list(r) for r in grid]
    grid[row - 1][col] = text
    return write_grid(folder / path.name, grid), rows, row


def _check(good: Good, form: str, pick: int, col_pick: int, text: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path, rows, row = _poisoned(good, form, pick, col_pick, text, folder)
    prep = prepare(path, good.cfg)
    validate_prepared([prep])
    read = set(prep.normalised.excel_rows) if prep.normalised is not None else set()
    named = {p.row for p in prep.problems if p.row is not None}
    whole_file = [p for p in prep.problems if p.severity == "error" and p.row is None]
    lost = [r for r in rows if r not in read and r not in named]
    assert not lost or whole_file, f"rows {lost} neither read nor named ({text!r} in row {row}): " + \
        "; ".join(p.line() for p in prep.problems)
    if prep.normalised is not None:  # whatever was read is free of control characters
        for value in prep.normalised.frame.select(
                [c for c, t in prep.normalised.frame.schema.items() if str(t) == "String"]).iter_rows():
            assert not any(v is not None and clean_cell(v)[0] != v for v in value), value


@FEW
@given(form=st.sampled_from(["enterprise_output", "fai_projects", "city_comparison", "targets", "cultivation",
                             "attraction", "factors", "progress_notes"]),
       pick=st.integers(0, 50), col_pick=st.integers(0, 50), text=poison)
def test_any_text_in_any_text_cell_loses_no_row(good: Good, tmp_path_factory: pytest.TempPathFactory, form: str,
                                                pick: int, col_pick: int, text: str) -> None:
    if not good.returns[form][3]:
        return  # a form without text columns (the city comparison): nothing to poison
    _check(good, form, pick, col_pick, text, tmp_path_factory.mktemp("p"))


@pytest.mark.slow
@MANY
@given(form=st.sampled_from(["enterprise_output", "fai_projects", "city_comparison", "targets", "cultivation",
                             "attraction", "factors", "progress_notes"]),
       pick=st.integers(0, 50), col_pick=st.integers(0, 50), text=poison)
def test_any_text_in_any_text_cell_loses_no_row_many(good: Good, tmp_path_factory: pytest.TempPathFactory, form: str,
                                                     pick: int, col_pick: int, text: str) -> None:
    if not good.returns[form][3]:
        return
    _check(good, form, pick, col_pick, text, tmp_path_factory.mktemp("p"))


BATCH = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@BATCH
@given(form=st.sampled_from(["enterprise_output", "fai_projects", "cultivation", "attraction", "factors"]),
       pick=st.integers(0, 50), col_pick=st.integers(0, 50), text=poison)
def test_a_poisoned_file_never_stops_the_batch(good: Good, tmp_path_factory: pytest.TempPathFactory, form: str,
                                               pick: int, col_pick: int, text: str) -> None:
    """Through a real ingest in a fresh county: the poisoned return is loaded or refused, never an internal
    error, and the 工信局 notes in the same batch load."""
    root = tmp_path_factory.mktemp("batch")
    cfg = load_config(more.write_full_config(root / "county"))
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    _poisoned(good, form, pick, col_pick, text, cfg.inbox)
    shutil.copy(good.returns["progress_notes"][0], cfg.inbox)
    outcomes = {o.file: o for o in ingest(cfg, compute=False)}
    notes = outcomes.pop(good.returns["progress_notes"][0].name)
    [poisoned] = outcomes.values()
    assert notes.status == "accepted", [p.line() for p in notes.problems]
    assert poisoned.status in ("accepted", "rejected")
    assert not [p for p in poisoned.problems if p.code == "internal_error"], [p.line() for p in poisoned.problems]


def test_a_column_pasted_with_control_characters_is_named_once_past_twenty_cells(county_full: Config) -> None:
    grid = _notes_grid("首\x07")
    grid[5:5] = [[f"七{n}", f"标题{n}", f"进展\x07{n}", None, None] for n in range(30)]
    path = write_grid(county_full.inbox / "工信局_2026-06_重点工作进展情况.xlsx", grid)
    prep = prepare(path, county_full)
    notes = [p for p in prep.problems if p.code == "control_chars_removed"]
    assert [p.cell for p in notes[:2]] == ["C4", "C6"] and len(notes) == 21  # row 5 is clean
    assert (notes[-1].cell, notes[-1].message) == ("C25", "另有11格也含有看不见的控制字符，读取时已删除（从此格起）")
