"""Probe 23's class of findings, built out (fxe23): a span of years a title names (a plan's 2024—2027年, “十四五”
(2021—2025年)) is no period of the return; a year typed as 2026年 in a 年度 column is the year, and a cell that is no
year is asked as a year; a 报送平台 upload of a version since replaced is the later version (a file dropped in the
shared folder keeps the rule that the same bytes are a duplicate)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config
from beizeng.base.periods import parse_period, read_year, strip_spans, year_in, years_in
from beizeng.intake.normalise import CellError, parse_year
from tests.conftest import ingest
from tests.handmade import probe23 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take
from tests.test_probe23 import CUM, _upload, clerk  # noqa: F401 - the fixture, used by name

# ---- spans of years in titles -----------------------------------------------------------------------------------

SPANS = ["测试县工业倍增计划（2024—2027年）2026年度目标任务分解表", "工业倍增计划2024-2027年 2026年目标任务",
         "2024至2027年工业倍增计划2026年度目标任务", "“十四五”(2021—2025年)工业倍增2026年目标任务",
         "工业倍增三年行动（2025~2027年）之2026年度任务", "工业倍增计划(2024年—2027年)2026年度目标"]


@pytest.mark.parametrize("title", SPANS)
def test_a_span_of_years_is_not_the_titles_year(title: str) -> None:
    assert year_in(title) == 2026 and years_in(title) == {2026}
    assert parse_period(title, "yearly") == "2026"


@pytest.mark.parametrize(("text", "period"), [("2026年1-6月", "2026-06"), ("2026-06", "2026-06"),
                                              ("“十四五”(2021—2025年)期间 2026年1-6月", "2026-06"),
                                              ("2026年1月至6月", "2026-06")])
def test_months_and_ranges_of_months_are_no_span(text: str, period: str) -> None:
    assert parse_period(text, "monthly") == period


def test_a_span_is_only_two_years_rising() -> None:
    assert strip_spans("2026—2025年对比") == "2026—2025年对比"  # not a span: kept, both years said
    assert year_in("工业倍增计划（2024—2027年）目标任务") is None  # the plan's years alone: no year of the return


@pytest.mark.parametrize("title", SPANS[1:4])
def test_targets_titled_with_a_span_are_the_years_own(county_full: Config, title: str) -> None:
    [o] = take(county_full, lambda folder: p._targets(folder / "工信局_2026年目标任务.xlsx", 2026, title))
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select year, value from cur_targets where indicator = 'output_target'") == [(2026, 30)]


# ---- a year typed in a 年度 column --------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2026", "2026年", "2026年度", " 2026 年", "２０２６年", "二〇二六年", 2026, 2026.0])
def test_a_year_as_clerks_type_it_is_the_year(typed: Any) -> None:
    assert parse_year(typed) == 2026
    if isinstance(typed, str):
        assert read_year(typed) == 2026


@pytest.mark.parametrize("typed", ["明年", "2026年6月", "26年", "2026.5"])
def test_a_cell_that_is_no_year_is_asked_as_a_year(typed: str) -> None:
    with pytest.raises(CellError) as asked:
        parse_year(typed)
    assert asked.value.message == "不是年份" and "四位数的年份" in asked.value.fix
    assert "1234.5" not in asked.value.fix


def test_a_year_column_that_says_no_year_names_its_cell_and_asks_a_year(county_full: Config) -> None:
    [o] = take(county_full, lambda folder: p._targets(folder / "工信局_2026年目标任务.xlsx", "今年",
                                                      "测试县2026年工业倍增计划目标任务"))
    assert o.status == "rejected"
    [said] = [x for x in o.problems if x.cell == "A4"]
    assert "不是年份" in said.line() and "2026" in (said.fix or "") and "1234.5" not in (said.fix or "")


# ---- the first file sent again -------------------------------------------------------------------------------------

def test_the_version_that_counts_sent_again_on_the_platform_changes_nothing(county_full: Config,
                                                                             clerk: tuple[Any, str],  # noqa: F811
                                                                             tmp_path: Path) -> None:
    client, csrf = clerk
    final, correction = p.fai_june_versions(tmp_path)
    for path in (final, correction, final):
        _upload(client, csrf, path)
    assert sql(county_full, CUM) == [(4200,)]
    page = re.sub(r"<[^>]+>", " ", _upload(client, csrf, final))  # the bytes of the version that counts now
    assert "重复" in page and "编号 3" in page, re.sub(r"\s+", " ", page)[:3000]
    assert sql(county_full, CUM) == [(4200,)]
    assert sql(county_full, "select count(*) from submissions where status = 'accepted'") == [(3,)]
    [note] = sql(county_full, "select message from problems where code = 'version_sent_back'")
    assert "与第1版「东镇6月项目（最终版）.xlsx」" in str(note[0]) and "替换现行的「东镇6月项目.xlsx」" in str(note[0])


def test_the_first_file_dropped_again_in_the_shared_folder_is_a_duplicate(county_full: Config, tmp_path: Path) -> None:
    final, correction = p.fai_june_versions(tmp_path)
    renamed = correction.with_name("东镇6月项目（最终版2）.xlsx")  # a correction the words put after the final one
    correction.rename(renamed)
    outs = []
    for path in (final, renamed, final):
        shutil.copy2(path, county_full.inbox / path.name)
        outs += ingest(county_full)
    assert [o.status for o in outs] == ["accepted", "accepted", "duplicate"], [(o.file, codes(o)) for o in outs]
    assert sql(county_full, CUM) == [(4700,)]
