"""Dates a return cannot mean are refused on their cell (issue 12.9): 9999-12-31, a NaN read as 1899-12-30,
2062 typed for 2026.  A project started in 2019 is no slip: dates run from 1990 to the year after the period."""

from __future__ import annotations

import datetime as dt

from beizeng.base.config import Config
from beizeng.intake.ingest import prepare
from tests.scenarios import fai, project


def test_a_start_date_outside_1990_to_next_year_is_an_error_on_its_cell(county: Config) -> None:
    rows = [
        project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, dt.date(9999, 12, 31), True, 3000),
        project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", False, True, 800, 500, True, dt.date(1899, 12, 30),
                True, 1200),
        project(3, "东镇小型仓储项目", "东镇", "新建", False, False, 400, 400, True, dt.date(2062, 2, 1), True, 300),
        project(4, "东镇老厂房改造项目", "东镇", "改建和技术改造", False, False, 600, 100, True, dt.date(2019, 5, 1), True, 50),
        project(5, "东镇明年开工项目", "东镇", "新建", False, False, 900, 100, True, dt.date(2027, 1, 15), True, 10),
    ]
    prep = prepare(fai(county.inbox, "东镇", "2026-06", rows), county)
    found = sorted((p.row, p.value, p.message) for p in prep.problems if p.code == "date_out_of_range")
    # the table starts at row 5 (title, 填报单位, 单位, header); the start date is column L
    assert found == [
        (5, "9999-12-31", "日期不合理：应在1990年至2027年之间"),
        (7, "2062-02-01", "日期不合理：应在1990年至2027年之间"),
    ]
    # Excel's day 0 (what a NaN became) reaches the reader as a bare time of day: not a date at all
    assert [(p.code, p.value) for p in prep.problems if p.row == 6 and p.column == "开工日期"] == [
        ("not_a_date", "00:00:00")]
    assert {p.severity for p in prep.problems if p.code == "date_out_of_range"} == {"error"}
    assert not prep.ok  # refused, never loaded with a date nobody meant
