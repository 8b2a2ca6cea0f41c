"""Card returns made by hand (tests/handmade/cards7.py), read by a fresh county: one record per card.

Each test drops one clerk's card sheet into an empty county (first year, only its senders configured), ingests
it with the plain functions and real DuckDB, and checks the figures a person reads from it (the fixture's
docstring), the cells the lineage names, and — where a person would have to ask too — the question, naming
the file's cells.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import cards7 as K
from tests.test_handmade import accepted, ind, one, sql, take

FAI = ("select project_code, name, nature, is_tech, is_key, total_investment, annual_plan, started, start_date, in_stats, "
       "invest_month, invest_cum from cur_fai_projects order by excel_row")


def test_fai_two_cards_side_by_side_under_a_unit_column(county_full: Config) -> None:
    o = accepted(take(county_full, K.fai_two_cards_side_by_side_with_a_unit_column), "fai_projects", "东镇", "2026-06", 2)
    assert sql(county_full, FAI) == [
        (K.pcode(701), "东镇碳化硅材料项目", "新建", False, True, Decimal("30000"), Decimal("10000"), True,
         dt.date(2026, 3, 12), True, Decimal("1000"), Decimal("5000")),
        (K.pcode(702), "东镇粮油加工扩建项目", "扩建", False, False, Decimal("4000"), Decimal("2000"), True,
         dt.date(2026, 5, 6), False, Decimal("300"), Decimal("600"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.5)  # only the project in the database
    assert ind(county_full, "key_projects") == 1
    # each card named by its own cells: the second card's code in G5, its cumulative investment in G16
    lineage = sql(county_full, "select project_code, implied from cur_fai_projects order by excel_row")
    assert lineage[1][1].startswith("键值式的表：各项在G5（项目代码）、G6（项目名称）、"), lineage
    assert "G16" in lineage[1][1] and "C16" in lineage[0][1]
    [note] = [p for p in o.problems if p.code == "key_value_table"]
    assert "2张卡片" in note.message, note.message


def test_cultivation_three_cards_down_under_headings_colons_in_labels(county_full: Config) -> None:
    accepted(take(county_full, K.cultivation_three_cards_down_with_headings), "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select uscc, name, township, ctype, status, status_date, official, grant_amount "
                            "from cur_cultivation order by excel_row") == [
        (K.V1, "东镇新能电池有限公司", "东镇", "专精特新小巨人", "已认定", dt.date(2026, 4, 28), "周某", Decimal("50")),
        (K.V2, "西镇绿源食品有限公司", "西镇", "绿色工厂", "申报中", dt.date(2026, 5, 15), "吴某", Decimal("0")),
        (K.V3, "东镇华科电子有限公司", "东镇", "高新技术企业", "已认定", dt.date(2026, 3, 30), "周某", Decimal("20"))]
    assert ind(county_full, "little_giant_count") == 1


def test_attraction_two_cards_two_pairs_a_row_with_a_merged_progress_note(county_full: Config) -> None:
    accepted(take(county_full, K.attraction_cards_two_a_row_with_a_merged_progress_note), "attraction", "招商局",
             "2026-06", 2)
    assert sql(county_full, "select name, investor, chain, township, stage, signed_date, landed_date, started_date, "
                            "total_investment, funds_in_place, progress from cur_attraction order by excel_row") == [
        ("秦川光伏组件项目", "秦川新能源有限公司", "光伏新能源", "东镇", "开工", dt.date(2026, 3, 5), dt.date(2026, 4, 1),
         dt.date(2026, 5, 20), Decimal("80000"), Decimal("12000"), "厂房主体完工，设备进场安装"),
        ("西镇果品冷链项目", "西镇果业有限公司", "涉农加工", "西镇", "签约", dt.date(2026, 6, 10), None, None,
         Decimal("15000"), Decimal("0"), "已签约，正在办理前期手续")]
    assert ind(county_full, "invest_total") == pytest.approx(8.0)  # landed this year: not the one only signed
    assert ind(county_full, "invest_funds_in_place") == pytest.approx(1.2)
    assert ind(county_full, "invest_landed") == 1


def test_enterprise_cards_each_with_a_small_figures_table(county_full: Config) -> None:
    accepted(take(county_full, K.ent_two_enterprise_cards_each_with_a_figures_table), "enterprise_output", "统计局",
             "2026-06", 2)
    assert sql(county_full, "select uscc, name, township, sei, output_month, output_cum, output_cum_last_year, "
                            "revenue_cum from cur_enterprise_output order by excel_row") == [
        (K.V1, "东镇新能电池有限公司", "东镇", True, Decimal("3000"), Decimal("18000"), Decimal("15000"), Decimal("19000")),
        (K.V2, "西镇绿源食品有限公司", "西镇", False, Decimal("1000"), Decimal("6000"), Decimal("6500"), Decimal("6200"))]
    assert [str(c)[-4:] for (c,) in sql(county_full, "select industry_code from cur_enterprise_output "
                                                      "order by excel_row")] == ["3841", "1371"]
    assert ind(county_full, "output_cum") == pytest.approx(2.4)
    assert ind(county_full, "sei_count") == 1


def test_fai_card_unit_between_label_and_value_sub_labels_and_notes(county_full: Config) -> None:
    accepted(take(county_full, K.fai_card_unit_between_label_and_value_with_notes), "fai_projects", "西镇", "2026-06", 1)
    assert sql(county_full, FAI) == [
        (K.pcode(711), "西镇砖瓦厂节能改造项目", "改建和技术改造", True, True, Decimal("8000"), Decimal("2500"), True,
         dt.date(2026, 2, 10), True, Decimal("150"), Decimal("900"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.09)
    assert ind(county_full, "tech_cum") == pytest.approx(0.09)


def test_a_card_with_two_labels_for_one_figure_is_asked_naming_the_cells(county_full: Config) -> None:
    # given 东镇's card with 完成投资（万元） | 300 and 累计完成（万元） | 2,400: which is the 1-N月累计?
    [o] = take(county_full, K.fai_card_two_labels_for_the_cumulative_investment)
    # expect a question naming the two labels where the clerk sees them (A6, C6), nothing loaded
    assert o.status == "rejected"
    [q] = [p for p in o.problems if p.code == "ambiguous_column"]
    assert (q.sheet, q.cell) == ("项目", "A6")
    assert "A6格“完成投资(万元)”和C6格“累计完成(万元)”都可能是“1-N月累计完成投资”" in q.message, q.message
    assert one(county_full, "select count(*) from form_fai_projects") == 0


def test_a_question_about_a_turned_reading_names_the_files_lines(county_full: Config) -> None:
    # given 西镇's projects turned round with 完成投资（万元） (line 9) and 累计完成（万元） (line 10)
    [o] = take(county_full, K.fai_turned_two_lines_for_the_cumulative_investment)
    # expect it read turned (no card: its columns are values) and asked, naming the file's lines, never the
    # reader's view ("H列 and I列")
    assert o.status == "rejected"
    assert [p.code for p in o.problems if p.code in ("turned_table", "key_value_table")] == ["turned_table"]
    [q] = [p for p in o.problems if p.code == "ambiguous_column"]
    assert (q.sheet, q.cell) == ("项目", "A9")
    assert "第9行“完成投资(万元)”和第10行“累计完成(万元)”都可能是“1-N月累计完成投资”" in q.message, q.message


def test_two_cards_with_one_project_code_name_the_cards_not_the_readers_rows(county_full: Config) -> None:
    # given the two cards side by side, the second card's code typed as the first's (G5 = A's C5)
    import openpyxl

    path = K.fai_two_cards_side_by_side_with_a_unit_column(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    wb["项目卡片"]["G5"] = K.pcode(701)
    wb.save(path)
    [o] = ingest(county_full)
    # expect the duplicate named at the second card's code cell, and the first card by its own first cell
    assert o.status == "rejected"
    [dup] = [p for p in o.problems if p.code == "duplicate_key"]
    assert (dup.sheet, dup.cell) == ("项目卡片", "G5")
    assert dup.message.startswith("与C5格起的那张卡片重复"), dup.message


def test_a_card_with_its_code_left_blank_is_refused_at_the_blank_cell(county_full: Config) -> None:
    # given the two cards side by side, the second card's 项目代码 left blank (G5; F5 is its 单位 column)
    import openpyxl

    path = K.fai_two_cards_side_by_side_with_a_unit_column(county_full.inbox)
    wb = openpyxl.load_workbook(path)
    wb["项目卡片"]["G5"] = None
    wb.save(path)
    [o] = ingest(county_full)
    # expect the refusal to point at G5, the cell the clerk must fill, not at the 单位 column or the label
    assert o.status == "rejected"
    [blank] = [p for p in o.problems if p.code == "not_nullable"]
    assert (blank.sheet, blank.cell, blank.column) == ("项目卡片", "G5", "项目代码")
