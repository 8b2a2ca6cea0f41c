"""The outside probe p49 (tests/handmade/probe49.py): the project and enterprise returns drawn in table SHAPES no
template has — two tables side by side, a table at E9 under a text box with blank spacer columns, 序号 on the right,
projects across and items down, a long list printed in pages, Excel's 分类汇总 outline, a pasted pivot table, a long
键值 list of three records.  Each is dropped into an empty county (``county_full``) and ingested with real DuckDB; the
test asserts what a careful statistician reads from the sheet.  Where beizeng differs today the test is
``xfail(strict=True)`` with what it does instead; silent wrong figures first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.store.session import work_db
from tests.handmade import probe49 as p
from tests.test_handmade import codes, sql, take

FAI = "select project_code, total_investment, invest_month, invest_cum, excel_row from cur_fai_projects order by 1"
ENT_BY_TOWN = ("select township, count(*), sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
               "group by 1 order by 1")
CODES = [p.pcode(490001), p.pcode(490002), p.pcode(490003)]


def _one(cfg: Config, maker: Callable[[Path], Path]) -> Outcome:
    [o] = take(cfg, maker)
    return o


def _june_projects(cfg: Config, o: Outcome) -> list[tuple[object, ...]]:
    """The outcome is 东镇's accepted June return; the stored (code, 1-6月累计) of its projects."""
    assert (o.status, o.form, o.sender, o.period) == ("accepted", "fai_projects", "东镇", "2026-06"), codes(o)
    return [(c, cum) for c, _, _, cum, _ in sql(cfg, FAI)]


# ---- silent wrong figures --------------------------------------------------------------------------------------------

def test_unit_said_only_in_a_text_box_is_never_read_as_wanyuan(county_full: Config) -> None:
    o = _one(county_full, p.fai_unit_only_in_the_text_box)
    # either read in 亿元 (as the text box says) or asked — never 0.3 万元 stored for a project of 3,000 万元
    if o.status == "accepted":
        assert _june_projects(county_full, o) == [(CODES[0], D(3000)), (CODES[1], D(1200)), (CODES[2], D(800))]
    else:
        assert sql(county_full, FAI) == [] and [x for x in o.problems if x.severity == "error"], codes(o)


# ---- refused where a person reads the figures (not silent) ---------------------------------------------------------

def test_continued_and_new_blocks_with_no_gap_column_are_both_read(county_full: Config) -> None:
    o = _one(county_full, p.fai_continued_new_adjacent)
    assert _june_projects(county_full, o) == [(CODES[0], D(3000)), (CODES[1], D(1200)), (CODES[2], D(800)),
                                              (p.pcode(490004), D(600))]


@pytest.mark.parametrize(("maker", "rows", "cum"), [(p.fai_serial_on_the_right_names_merged, 3, D(5000)),
                                                    (p.ent_paged_header_repeated_names_merged, 45, D(55350))])
def test_a_name_merged_across_b_and_c_is_one_column(county_full: Config, maker: Callable[[Path], Path], rows: int,
                                                     cum: D) -> None:
    o = _one(county_full, maker)
    assert (o.status, o.rows) == ("accepted", rows), codes(o)
    table = "cur_fai_projects" if o.form == "fai_projects" else "cur_enterprise_output"
    column = "invest_cum" if o.form == "fai_projects" else "output_cum"
    assert sql(county_full, f"select count(*), sum({column}), count(name) from {table}") == [(rows, cum, rows)]


@pytest.mark.parametrize("maker", [p.fai_turned_projects_across, p.fai_turned_with_a_total_column])
def test_turned_projects_with_a_total_column(county_full: Config, maker: Callable[[Path], Path]) -> None:
    o = _one(county_full, maker)
    assert _june_projects(county_full, o) == [(CODES[0], D(3000)), (CODES[1], D(1200)), (CODES[2], D(800))]
    assert [t for c, t, _, _, _ in sql(county_full, FAI)] == [D(20000), D(3000), D(5000)]


@pytest.mark.parametrize("maker", [p.ent_subtotal_outline, p.ent_pivot_pasted])
def test_excel_subtotal_rows_and_a_pasted_pivot(county_full: Config, maker: Callable[[Path], Path]) -> None:
    o = _one(county_full, maker)
    assert (o.status, o.form, o.period, o.rows) == ("accepted", "enterprise_output", "2026-06", 5), codes(o)
    assert sql(county_full, ENT_BY_TOWN) == [("东镇", 3, D(25000), D(22700)), ("西镇", 2, D(15000), D(14600))]
    assert not [x for x in o.problems if x.code == "total_mismatch"], codes(o)


def test_a_turned_tables_records_are_named_by_their_column(county_full: Config) -> None:
    # the three projects stand in B, C, D (the 合计 in E): lineage, explain and the 汇总表's 来源 name the column a
    # person finds — never “第3行” (row 3 is the header row 指标 | 项目一 | 项目二 | 项目三 | 合计)
    from typer.testing import CliRunner

    from beizeng.cli.main import app
    from beizeng.publish.outputs import key_project_rows
    from beizeng.store.session import publish

    o = _one(county_full, p.fai_turned_with_a_total_column)
    assert o.status == "accepted", codes(o)
    assert ("total_row", f"{o.problems[0].sheet}!E3") in codes(o)
    lineage = sql(county_full, "select project_code, implied from cur_fai_projects order by 1")
    assert [(c, i.split("；")[0]) for c, i in lineage] == [
        (CODES[0], "横竖调换的表：本条在B列（B4:B13）"), (CODES[1], "横竖调换的表：本条在C列（C4:C13）"),
        (CODES[2], "横竖调换的表：本条在D列（D4:D13）")]
    with duckdb.connect(str(work_db(county_full)), read_only=True) as con:
        sources = [r[-1] for r in key_project_rows(con, county_full, "2026-06")]
    assert sources == ["东镇6月项目.xlsx「项目」B列", "东镇6月项目.xlsx「项目」C列"]  # 项目三 is no key project
    publish(county_full)
    result = CliRunner().invoke(app, ["explain", "fai_cum", "2026-06", "--scope", "东镇", "--wide"],
                                env={"BEIZENG_CONFIG": str(county_full.root / "beizeng.toml"), "COLUMNS": "220"})
    out = " ".join(result.output.split())
    assert result.exit_code == 0 and "B列" in out and "C列" in out and "D列" in out, out


# ---- RIGHT -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("maker", [p.fai_last_month_beside, p.fai_last_month_beside_same_header])
def test_last_months_table_kept_beside_is_set_aside(county_full: Config, maker: Callable[[Path], Path]) -> None:
    # the 5月 block (its header 1-5月, or only its heading H3 “5月”) is said on H4 and not read
    o = _one(county_full, maker)
    assert _june_projects(county_full, o) == [(CODES[0], D(3000)), (CODES[1], D(1200)), (CODES[2], D(800))]
    assert ("earlier_period_table", f"{o.problems[0].sheet}!H4") in codes(o)


def test_table_at_e9_under_a_logo_and_a_text_box_with_spacer_columns(county_full: Config) -> None:
    o = _one(county_full, p.fai_far_from_a1_under_a_text_box)
    assert (o.status, o.sender, o.period) == ("accepted", "东镇", "2026-06"), codes(o)
    assert sql(county_full, FAI) == [(CODES[0], D(20000), D(600), D(3000), 10), (CODES[1], D(3000), D(200), D(1200), 11),
                                     (CODES[2], D(5000), D(0), D(800), 12)]


def test_serial_numbers_on_the_right(county_full: Config) -> None:
    o = _one(county_full, p.fai_serial_on_the_right)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, FAI) == [(CODES[0], D(20000), D(600), D(3000), 4), (CODES[1], D(3000), D(200), D(1200), 5),
                                     (CODES[2], D(5000), D(0), D(800), 6)]


@pytest.mark.parametrize("maker", [p.fai_turned_plain, p.fai_turned_with_a_unit_column])
def test_turned_projects_across_are_read(county_full: Config, maker: Callable[[Path], Path]) -> None:
    o = _one(county_full, maker)
    assert _june_projects(county_full, o) == [(CODES[0], D(3000)), (CODES[1], D(1200)), (CODES[2], D(800))]
    assert [m for _, _, m, _, _ in sql(county_full, FAI)] == [D(600), D(200), D(0)]
    assert "turned_table" in [c for c, _ in codes(o)]


def test_long_list_printed_in_pages_with_the_header_repeated(county_full: Config) -> None:
    o = _one(county_full, p.ent_paged_header_repeated)
    assert (o.status, o.rows) == ("accepted", 45), codes(o)
    assert sql(county_full, ENT_BY_TOWN) == [("东镇", 30, D(36750), D(33750)), ("西镇", 15, D(18600), D(17100))]
    # each 本页小计, each repeated header and the 合计 said on its own row, none read as a firm
    assert [(x.code, x.row) for x in o.problems if x.code in ("subtotal_row", "repeated_header", "total_row")] == [
        ("subtotal_row", 24), ("repeated_header", 25), ("subtotal_row", 46), ("repeated_header", 47),
        ("subtotal_row", 53), ("total_row", 54)]
    assert not [x for x in o.problems if x.code == "total_mismatch"]


@pytest.mark.parametrize(("maker", "query", "expected"), [
    (p.fai_key_value_three_in_a_row, "select project_code, invest_month, invest_cum from cur_fai_projects order by 1",
     [(CODES[0], D(600), D(3000)), (CODES[1], D(200), D(1200)), (CODES[2], D(0), D(800))]),
    (p.ent_key_value_three_in_a_row, "select uscc, output_cum, output_cum_last_year from cur_enterprise_output "
                                     "order by 1",
     [(p.OUT[0][1], D(12000), D(10000)), (p.OUT[1][1], D(8000), D(7500)), (p.OUT[2][1], D(5000), D(5200))]),
])
def test_a_long_key_value_list_of_three_records(county_full: Config, maker: Callable[[Path], Path], query: str,
                                                expected: list[tuple[object, ...]]) -> None:
    o = _one(county_full, maker)
    assert (o.status, o.period, o.rows) == ("accepted", "2026-06", 3), codes(o)
    assert sql(county_full, query) == expected


def test_a_neighbours_block_beside_ones_own_is_asked_not_added(county_full: Config) -> None:
    # 西镇's block on 东镇's sheet: refused naming 西镇 (who sends this?), nothing stored — never 7,500 on 东镇
    o = _one(county_full, p.fai_two_townships_side_by_side)
    assert o.status == "rejected" and sql(county_full, FAI) == []
    [asked] = [x for x in o.problems if x.severity == "error"]
    assert asked.code == "ambiguous_sender" and "西镇" in asked.message and "东镇" in asked.message, asked.line()


# ---- fx49a: what the fixes must not over-read ------------------------------------------------------------------------

def test_a_unit_in_a_text_box_over_the_table_is_asked(county_full: Config) -> None:
    # no line above the table can hold the text box's 单位：亿元 (it stands beside the figures, I5): asked on its
    # anchor cell with its words, nothing stored — never 2 / 1.5 / 5 万元
    o = _one(county_full, p.fai_unit_in_a_text_box_over_the_table)
    assert o.status == "rejected" and sql(county_full, FAI) == []
    [asked] = [x for x in o.problems if x.severity == "error"]
    assert (asked.code, asked.cell) == ("text_box_unread", "I5") and "单位：亿元" in asked.fix, asked.line()


def test_the_unit_read_from_a_text_box_is_said(county_full: Config) -> None:
    o = _one(county_full, p.fai_unit_only_in_the_text_box)
    [said] = [x for x in o.problems if x.code == "unit_in_text_box"]
    assert "亿元" in said.message and said.severity == "info"


def test_a_group_total_off_its_rows_is_said(county_full: Config) -> None:
    # 东镇 汇总 G7 26,000 over 东镇's 25,000: a warning on G7 naming rows 4-6; the firms stored as they are
    o = _one(county_full, p.ent_subtotal_outline_one_off)
    assert (o.status, o.rows) == ("accepted", 5), codes(o)
    assert sql(county_full, ENT_BY_TOWN) == [("东镇", 3, D(25000), D(22700)), ("西镇", 2, D(15000), D(14600))]
    [off] = [x for x in o.problems if x.code == "total_mismatch"]
    assert off.cell == "G7" and "东镇" in off.message and "第4至6行" in off.message, off.line()


def test_pivot_blanks_are_read_only_when_every_one_sits_under_a_group_name(county_full: Config) -> None:
    # the first firm has no township either: no blank of the column is guessed, each is asked
    o = _one(county_full, p.ent_pivot_first_row_blank)
    assert o.status == "rejected" and sql(county_full, ENT_BY_TOWN) == []
    assert sorted(x.cell for x in o.problems if x.code == "not_nullable") == ["A4", "A5", "A6", "A9"], codes(o)
    assert "group_label" not in [c for c, _ in codes(o)]


def test_pivot_blanks_read_under_their_group_are_said(county_full: Config) -> None:
    o = _one(county_full, p.ent_pivot_pasted)
    [said] = [x for x in o.problems if x.code == "group_label"]
    assert said.cell == "A5" and "5、6、9" in said.message and "“东镇”“西镇”" in said.message, said.line()
