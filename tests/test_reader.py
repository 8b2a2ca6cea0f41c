"""The reader and the identifier on the layouts clerks make: header keys, containers sniffed by content,
total/subtotal/section rows, periods and senders written every way."""

from __future__ import annotations

from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.base.problems import ReturnError
from beizeng.intake.identify import identify, parse_period
from beizeng.intake.reader import header_key, open_workbook, sniff
from beizeng.intake.tables import extract_table
from beizeng.intake.views import find_header
from tests.corpus.cases import ENCRYPTED, fai_layout
from tests.corpus.data import FAI_EAST, SEQ, build
from tests.corpus.grid import Grid, write


@pytest.mark.parametrize("written", [
    "1-6月累计完成投资", "1—6月累计完成投资（万元）", "1-N月累计完成投资", "1～6月累计完成投资", "1至6月累计完成投资",
    "1-本月累计完成投资", "1-6月 累计完成投资\n（万元）", "*1-6月累计完成投资",
])
def test_a_cumulative_header_is_recognised_whatever_the_month(written: str) -> None:
    assert header_key(written) == header_key("1-N月累计完成投资")


@pytest.mark.parametrize(("data", "kind"), [
    (ENCRYPTED, "encrypted"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "ole"),
    (b"<html><table><tr><td>1</td></tr></table></html>", "html"),
    (b"\xef\xbb\xbf<?xml version='1.0'?><Workbook/>", "html"),
    ("项目代码,项目名称\n2601-610599-04-01-000001,东镇光伏\n".encode(), "text"),
    ("项目代码,项目名称\n2601,东镇光伏\n".encode("gb18030"), "text"),
    (bytes(range(256)), "unknown"),
])
def test_the_content_decides_what_a_file_is(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_an_xls_saved_under_an_xlsx_name_is_read(tmp_path: Path) -> None:
    real = write(tmp_path / "x.xls", [build("fai_projects", FAI_EAST, fai_layout())])
    renamed = real.rename(tmp_path / "x.xlsx")
    sheets = open_workbook(renamed)
    assert sheets[0].container == "ole" and sheets[0].cell(4, 1) == FAI_EAST[0]["project_code"]


def test_a_csv_named_xls_gets_a_precise_reason(tmp_path: Path) -> None:
    path = tmp_path / "导出.xls"
    path.write_text("项目代码,项目名称\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(ReturnError) as err:
        open_workbook(path)
    assert err.value.problems[0].code == "text_not_excel" and "CSV" in err.value.problems[0].message


def grid_table(tmp_path: Path, grid: Grid):  # type: ignore[no-untyped-def]
    path = write(tmp_path / "t.xlsx", [grid])
    match = find_header(get_form("fai_projects"), open_workbook(path))
    assert match is not None
    return extract_table(match)


def test_total_subtotal_section_and_footer_rows_are_not_data(tmp_path: Path) -> None:
    layout = fai_layout(total="top", total_label="合 计", sections={0: "一、续建项目", 2: "（二）新建项目"},
                        rows_after_data=[[None, "其中：重点项目", None, None, None, None, None, 13800]],
                        footer=["填报人：张三", "联系电话：0913-1234567"])
    table = grid_table(tmp_path, build("fai_projects", FAI_EAST, layout))
    assert [r.cells["project_code"] for r in table.rows] == [r["project_code"] for r in FAI_EAST]
    assert [r.excel_row for r in table.total_rows] == [5]
    assert {code for _, code, _ in table.skipped} == {"section_row", "subtotal_row"}
    assert table.footer == ["填报人:张三", "联系电话:0913-1234567"]  # full-width forms folded
    assert table.unit == "万元"


def test_a_project_named_like_a_total_is_still_data(tmp_path: Path) -> None:
    records = [dict(FAI_EAST[0], name="汇总站建设项目"), dict(FAI_EAST[1], name="合计量具厂技改")]
    table = grid_table(tmp_path, build("fai_projects", records, fai_layout(total=None)))
    assert [r.cells["name"] for r in table.rows] == ["汇总站建设项目", "合计量具厂技改"]


def test_a_two_row_header_maps_group_and_sub_headers(tmp_path: Path) -> None:
    layout = fai_layout(groups=[("完成投资（万元）", ["invest_month", "invest_cum"])],
                        sub={"invest_month": "本月", "invest_cum": "1-6月累计"})
    table = grid_table(tmp_path, build("fai_projects", FAI_EAST, layout))
    columns = [SEQ, *FAI_EAST[0]]
    assert table.match.header_height == 2 and table.match.header_row == 3
    assert table.match.columns["invest_cum"] == columns.index("invest_cum")
    assert table.match.columns["invest_month"] == columns.index("invest_month")
    assert table.rows[0].excel_row == 6


@pytest.mark.parametrize(("text", "period"), [
    ("东镇2026年1-6月工业固定资产投资项目进展情况表", "2026-06"), ("2026年6月", "2026-06"), ("2026年1—6月", "2026-06"),
    ("2026年1至6月", "2026-06"), ("2026-1-6月", "2026-06"), ("东镇_2026-06_项目.xlsx", "2026-06"), ("202606", "2026-06"),
    ("2026年上半年", "2026-06"), ("2026年一至六月", "2026-06"), ("2026年1-12月", "2026-12"),
    ("填报日期：2026年7月5日", None), ("东镇2026.7.5报送.xlsx", None), ("东镇工业项目表", None),
])
def test_periods_written_every_way(text: str, period: str | None) -> None:
    assert parse_period(text, "monthly") == period


def test_a_month_without_a_year_takes_the_year_given() -> None:
    assert parse_period("东镇1-6月项目表", "monthly", 2026) == "2026-06"
    assert parse_period("东镇6月份报表", "monthly", 2026) == "2026-06"


def test_the_sender_is_asked_for_when_two_are_named(tmp_path: Path, county: Config) -> None:
    path = write(tmp_path / "西镇_2026-06.xlsx", [build("fai_projects", FAI_EAST, fai_layout())])
    with pytest.raises(ReturnError) as err:
        identify(open_workbook(path), path.name, county)
    [problem] = err.value.problems
    assert problem.code == "ambiguous_sender"
    assert problem.message == "无法确定填报单位：填报单位、标题写的是“东镇”；文件名写的是“西镇”"
