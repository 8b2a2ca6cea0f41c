"""A record written over two rows (tests/handmade/tworows9.py, issue 11): read as one record with both rows in
its lineage and each lower row noted; a line break inside one cell, a project's phases under one 序号 and a
figure merged over two records stay as they are; a name alone that may be a record missing its figures is asked.
Each workbook goes through the real pipeline (``take``) into a fresh county.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import tworows9 as T
from tests.test_handmade import accepted, ind, one, sql, take

D = dt.date


def notes(o: Outcome, code: str) -> list[tuple[str, str, str]]:
    """(severity, cell, message) of the outcome's problems of that code."""
    return [(p.severity, p.cell or "", p.message) for p in o.problems if p.code == code]


def test_name_wrapped_without_merge_and_a_figure_merged_over_both_rows(county_full: Config) -> None:
    o = accepted(take(county_full, T.fai_name_wrapped_with_a_figure_merged_over_both), "fai_projects", "西镇",
                 "2026-06", 2)
    assert sql(county_full, "select name, total_investment, annual_plan, invest_cum from cur_fai_projects "
                            "order by excel_row") == [
        ("西镇甲陶瓷生产线技术改造项目", Decimal("8000"), Decimal("2000"), Decimal("800")),
        ("西镇乙余热利用改造项目", Decimal("3000"), Decimal("1000"), Decimal("450"))]
    assert one(county_full, "select sum(total_investment) from cur_fai_projects") == Decimal("11000")  # 8,000 once
    assert ind(county_full, "fai_cum") == pytest.approx(0.125)
    [(severity, cell, message)] = notes(o, "joined_row")
    assert (severity, cell) == ("info", "第5行") and "第4行" in message and "技术改造项目" in message
    assert not notes(o, "merged_figure")
    assert one(county_full, "select implied from cur_fai_projects where excel_row = 4") == \
        "所属乡镇←填报单位；期间←标题“西镇2026年1-6月工业投资项目表”；本条写在第4—5行：第5行为项目名称的续写"


def test_serial_merged_over_a_name_row_and_a_figures_row_and_a_remark_run_on(county_full: Config) -> None:
    o = accepted(take(county_full, T.attraction_serial_merged_over_name_and_figures), "attraction", "招商局",
                 "2026-06", 3)
    assert sql(county_full, "select name, investor, township, stage, signed_date, landed_date, total_investment, "
                            "funds_in_place, progress, excel_row from cur_attraction order by excel_row") == [
        ("光伏组件项目", "某光伏集团", "东镇", "开工", D(2026, 3, 1), D(2026, 4, 1), Decimal("50000"), Decimal("20000"),
         "设备进场", 4),
        ("饲料深加工项目", "某农牧公司", "西镇", "签约", D(2026, 4, 1), None, Decimal("8000"), Decimal("0"),
         "厂房平整中，需协调用电", 6),  # text is stored as typed, as on one row
        ("新型墙材项目", "某建材公司", "西镇", "落户", D(2026, 3, 1), D(2026, 6, 1), Decimal("12000"), Decimal("3000"),
         None, 8)]
    assert one(county_full, "select sum(funds_in_place) from cur_attraction") == Decimal("23000")
    assert [(s, c) for s, c, _ in notes(o, "joined_row")] == [("info", "第5行"), ("info", "第7行"), ("info", "第9行")]
    lineage = [str(v) for (v,) in sql(county_full, "select implied from cur_attraction order by excel_row")]
    assert lineage[0].startswith("本条写在第4—5行：第5行为本条的") and lineage[0].endswith("（序号合并）")
    assert lineage[1] == "本条写在第6—7行：第7行为进展情况的续写"


def test_name_row_then_figures_row_without_a_serial_column(county_full: Config) -> None:
    o = accepted(take(county_full, T.factors_land_name_row_then_figures_row_without_serial), "factors", "自然资源局",
                 "2026-06", 3)
    assert sql(county_full, "select name, parcel_code, event_date, township, area_mu, amount from cur_factors "
                            "order by excel_row") == [
        ("东镇光伏产业园地块", "DZ2026-21", D(2026, 3, 5), "东镇", Decimal("25"), Decimal("750")),
        ("西镇建材园地块", "XZ2026-22", D(2026, 5, 18), "西镇", Decimal("12.5"), Decimal("375")),
        ("东镇食品园地块", "DZ2026-23", D(2026, 6, 10), "东镇", Decimal("8"), Decimal("240"))]
    assert ind(county_full, "land_area_mu") == pytest.approx(45.5)
    assert [c for _, c, _ in notes(o, "joined_row")] == ["第5行", "第7行"]


def test_enterprise_name_wrapped_over_two_rows(county_full: Config) -> None:
    o = accepted(take(county_full, T.cultivation_enterprise_name_wrapped), "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select name, uscc, ctype, status, grant_amount from cur_cultivation order by excel_row") == [
        ("东镇新材料科技有限公司", T.U[901], "拟入规", "培育中", None),
        ("东镇光电科技有限公司", T.U[902], "高新技术企业", "已认定", Decimal("20")),
        ("西镇机械制造有限公司", T.U[903], "高新技术企业", "已认定", Decimal("20"))]
    assert [c for _, c, _ in notes(o, "joined_row")] == ["第5行"]


def test_line_break_inside_one_cell_is_one_row(county_full: Config) -> None:
    o = accepted(take(county_full, T.fai_line_break_inside_one_cell), "fai_projects", "东镇", "2026-06", 2)
    # (the Alt+Enter inside Chinese words is no space: one name, as its reader reads it)
    assert sql(county_full, "select name, invest_cum from cur_fai_projects order by excel_row") == [
        ("东镇甲硅料扩能项目", Decimal("1200")), ("东镇乙包装技改项目", Decimal("600"))]
    assert ind(county_full, "fai_cum") == pytest.approx(0.18)
    assert not notes(o, "joined_row")


def test_phases_under_one_merged_serial_stay_two_records(county_full: Config) -> None:
    o = accepted(take(county_full, T.fai_phases_under_one_merged_serial), "fai_projects", "东镇", "2026-06", 3)
    assert sql(county_full, "select name, total_investment, invest_cum from cur_fai_projects order by excel_row") == [
        ("东镇甲产业园项目（一期）", Decimal("6000"), Decimal("900")), ("东镇甲产业园项目（二期）", Decimal("4000"), Decimal("300")),
        ("东镇乙包装技改项目", Decimal("3000"), Decimal("600"))]
    assert not notes(o, "joined_row")


def test_a_name_alone_that_may_be_a_record_is_asked_naming_both_rows(county_full: Config) -> None:
    [o] = take(county_full, T.fai_name_alone_could_be_a_record_without_figures)
    assert o.status == "rejected"
    [(severity, cell, message)] = notes(o, "split_row_unsure")
    assert (severity, cell) == ("error", "C5")
    assert "第4行" in message and "第5行" in message and "东镇丁物流园项目" in message
    assert not notes(o, "joined_row")
    assert not [p for p in o.problems if p.severity == "error" and p.code != "split_row_unsure"]
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


def test_a_figure_merged_over_two_projects_is_asked_not_counted_twice(county_full: Config) -> None:
    [o] = take(county_full, T.fai_figure_merged_over_two_projects)
    assert o.status == "rejected"
    assert [(s, c) for s, c, _ in notes(o, "merged_figure")] == [("error", "G5")]
    assert not notes(o, "joined_row")
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]
