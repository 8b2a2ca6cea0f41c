"""The feedback workbook as a clerk receives it: their own sheet with the wrong cells marked, a Chinese
comment on each, and a 问题清单 naming sheet, cell and fix; readable by openpyxl and LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from beizeng.base.problems import Problem
from beizeng.intake.feedback import (
    AUTHOR,
    ERROR_COLOR,
    WARNING_COLOR,
    Feedback,
    compare,
    feedback_path,
    write_feedback,
)
from schemas.fai_projects import FORM as FAI
from tests.corpus.cases import CASES, P1, Case
from tests.corpus.run import CorpusRun

MARKED = [c for c in CASES if c.status == "rejected" and any(cell for _, cell in c.errors)]
WARNED = [c for c in CASES if c.warnings]


def list_rows(wb: openpyxl.Workbook) -> list[dict[str, object]]:
    """The 问题清单 table as dicts keyed by its Chinese headers."""
    ws = wb["问题清单"]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "序号")
    header = rows[start]
    return [dict(zip(header, r, strict=True)) for r in rows[start + 1:] if r[0] is not None]


def fill(cell: object) -> str:
    return str(cell.fill.fgColor.rgb)  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", MARKED, ids=[c.id for c in MARKED])
def test_every_error_cell_is_red_with_a_chinese_comment(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    assert o.feedback is not None
    wb = openpyxl.load_workbook(o.feedback)
    ws = wb[case.sheet or "Sheet1"]
    for code, ref in case.errors:
        problem = next(p for p in o.problems if p.code == code and p.cell == ref)
        assert fill(ws[ref]) == ERROR_COLOR, ref
        comment = ws[ref].comment
        assert comment is not None and comment.author == AUTHOR
        assert problem.message in comment.text and "【错误】" in comment.text
    red = [c.coordinate for row in ws.iter_rows() for c in row if fill(c) == ERROR_COLOR]
    assert sorted(red) == sorted(ref for _, ref in case.errors)  # nothing else is marked


@pytest.mark.parametrize("case", WARNED, ids=[c.id for c in WARNED])
def test_warning_cells_are_amber_and_the_return_is_archived(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    assert o.status == "accepted" and o.feedback is not None
    assert o.feedback.parent == corpus.cfg.archive / "2026-06"
    wb = openpyxl.load_workbook(o.feedback)
    for _, ref in case.warnings:
        assert fill(wb["Sheet1"][ref]) == WARNING_COLOR
        assert "【提醒】" in wb["Sheet1"][ref].comment.text  # type: ignore[union-attr]
    assert "已入库" in str(wb["问题清单"]["A3"].value)


def test_the_problem_list_names_sheet_cell_column_value_and_fix(corpus: CorpusRun) -> None:
    o = corpus.outcomes["r07_cum_decreased"]
    assert o.feedback is not None and o.feedback.name == "东镇_2026-06_累计减少.反馈.xlsx"
    wb = openpyxl.load_workbook(o.feedback)
    assert wb.sheetnames[0] == "问题清单" and wb.active.title == "问题清单"  # type: ignore[union-attr]
    [row] = [r for r in list_rows(wb) if r["代码"] == "cum_decreased"]
    assert (row["类别"], row["工作表"], row["单元格"], row["列"], row["填写的内容"]) == (
        "错误", "Sheet1", "N5", "1-N月累计完成投资", "2400")
    assert row["问题"] == "累计数比上期（1-5月）的 2,500.25 还少 100.25（万元）：1-N月累计只增不减"
    assert str(row["如何修改"]).startswith("核对本期累计数")
    ws = wb["问题清单"]
    link = next(c for r in ws.iter_rows() for c in r if c.value == "N5").hyperlink
    assert link is not None and link.location == "'Sheet1'!N5"
    assert "退回" in str(ws["A3"].value) and "1 个错误" in str(ws["A3"].value)


def test_unreadable_files_get_the_problem_list_alone(corpus: CorpusRun) -> None:
    for case_id, code in (("x08_encrypted", "encrypted"), ("x10_empty", "empty_file"), ("x15_corrupt", "corrupt"),
                          ("x09_docx", "unsupported_type")):
        o = corpus.outcomes[case_id]
        assert o.feedback is not None
        wb = openpyxl.load_workbook(o.feedback)
        assert wb.sheetnames == ["问题清单"], case_id
        [row] = list_rows(wb)
        assert row["代码"] == code and row["类别"] == "错误" and row["如何修改"]


@pytest.mark.parametrize("case_id", ["r14_xls_errors", "r16_ods_errors"])
def test_xls_and_ods_feedback_is_rebuilt_from_their_values(case_id: str, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case_id]
    assert o.feedback is not None and o.stored_path is not None
    assert o.feedback.name == f"{o.stored_path.name}.反馈.xlsx"  # 错.xls and 错.ods never share one
    wb = openpyxl.load_workbook(o.feedback)
    ws = wb["Sheet1"]
    [(_, ref)] = corpus.case(case_id).errors
    assert fill(ws[ref]) == ERROR_COLOR
    assert ws["B5"].value == P1 and ws["A1"].value == "东镇2026年1-6月工业固定资产投资项目进展情况表"
    assert ws["N5"].value == 3000.5
    assert "重建" in "".join(str(c.value or "") for c in wb["问题清单"]["A"][:8])


def test_text_from_a_return_never_becomes_a_formula(corpus: CorpusRun, tmp_path: Path) -> None:
    o = corpus.outcomes["r17_text_that_looks_like_a_formula"]
    assert o.feedback is not None
    ws = openpyxl.load_workbook(o.feedback)["Sheet1"]
    assert ws["C5"].value == '=HYPERLINK("http://example.com","点此")' and ws["C5"].data_type == "s"
    # a value quoted in the list, written by us, stays text too
    out = write_feedback(tmp_path / "x.反馈.xlsx", Feedback("x.xlsx", False, [
        Problem("error", "not_a_number", "不是数字", "填写数字", file="x.xlsx", sheet="S", row=3, col=1, column="金额",
                value="=1+2")]))
    with zipfile.ZipFile(out) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in xml and b"=1+2" in xml


def test_an_xlsm_feedback_carries_no_macro(corpus: CorpusRun) -> None:
    o = corpus.outcomes["a15_xlsm"]
    assert o.stored_path is not None and o.feedback is not None  # a new version: feedback lists the changes
    with zipfile.ZipFile(o.stored_path) as z:
        assert "xl/vbaProject.bin" in z.namelist()
    with zipfile.ZipFile(o.feedback) as z:
        assert "xl/vbaProject.bin" not in z.namelist()
    assert o.feedback.name.endswith(".xlsm.反馈.xlsx")


def test_old_marks_go_when_a_feedback_copy_comes_back(tmp_path: Path) -> None:
    """A clerk corrects the feedback copy itself and resends it: only today's problems are marked."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws["A1"], ws["B2"], ws["C3"] = "标题", 100, "x"
    source = tmp_path / "东镇.xlsx"
    wb.save(source)
    first = write_feedback(feedback_path(source), Feedback("东镇.xlsx", False, [
        Problem("error", "not_a_number", "不是数字", "填写数字", sheet="Sheet1", row=2, col=1)]), source=source)
    resent = tmp_path / "东镇_改.xlsx"
    shutil.copy(first, resent)
    second = write_feedback(tmp_path / "东镇_改.反馈.xlsx", Feedback("东镇_改.xlsx", False, [
        Problem("warning", "total_mismatch", "合计不符", "核对", sheet="Sheet1", row=3, col=2)]), source=resent)
    out = openpyxl.load_workbook(second)
    assert out.sheetnames == ["问题清单", "Sheet1"]
    assert out["Sheet1"]["B2"].comment is None and fill(out["Sheet1"]["B2"]) != ERROR_COLOR
    assert fill(out["Sheet1"]["C3"]) == WARNING_COLOR
    assert [r["单元格"] for r in list_rows(out)] == ["C3"]


def test_a_mark_inside_a_merged_range_goes_on_its_first_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["B2"] = "东镇"
    ws.merge_cells("B2:B5")
    source = tmp_path / "m.xlsx"
    wb.save(source)
    out = write_feedback(tmp_path / "m.反馈.xlsx", Feedback("m.xlsx", False, [
        Problem("error", "unknown_name", "不是本县配置的名称", "改正", sheet=ws.title, row=4, col=1)]), source=source)
    marked = openpyxl.load_workbook(out)[ws.title]
    assert fill(marked["B2"]) == ERROR_COLOR and marked["B2"].comment is not None
    assert list_rows(openpyxl.load_workbook(out))[0]["单元格"] == "B2"


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_feedback_and_shows_the_list_first(corpus: CorpusRun, tmp_path: Path) -> None:
    o = corpus.outcomes["r07_cum_decreased"]
    assert o.feedback is not None
    source = tmp_path / "feedback.xlsx"
    shutil.copy(o.feedback, source)
    profile = tmp_path / "profile"
    for target in ("pdf", "csv:Text - txt - csv (StarCalc):44,34,76"):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=120)
    assert (tmp_path / "feedback.pdf").stat().st_size > 1000
    text = (tmp_path / "feedback.csv").read_text(encoding="utf-8")
    assert "问题清单" in text and "N5" in text and "累计数比上期" in text


def test_a_key_corrected_is_one_row_changed_not_one_added_and_one_removed() -> None:
    """A clerk retypes one project's 项目代码: the comparison shows the code's cell changed on the same project —
    listed as 新增 + 删去 the clerk would read it as a project dropped and another one come in."""
    names = [c.name for c in FAI.columns]

    def frame(rows: list[dict[str, object]]) -> pl.DataFrame:
        return pl.DataFrame([{n: r.get(n) for n in names} for r in rows], infer_schema_length=None)

    before = frame([{"project_code": "A-1", "name": "东镇光伏项目", "invest_cum": Decimal(300)},
                    {"project_code": "B-1", "name": "西镇仓储项目", "invest_cum": Decimal(200)},
                    {"project_code": "C-1", "name": "北镇物流项目", "invest_cum": Decimal(100)}])
    now = frame([{"project_code": "A-2", "name": "东镇光伏项目", "invest_cum": Decimal(310)},  # code retyped
                 {"project_code": "B-1", "name": "西镇仓储项目", "invest_cum": Decimal(200)},
                 {"project_code": "D-1", "name": "南镇新项目", "invest_cum": Decimal(50)}])  # C gone, D new
    ch = compare(FAI, before, [5, 6, 7], now, [5, 6, 7], {"project_code": 1, "invest_cum": 13}, "第1版")
    assert {(c.key, c.label, c.old, c.new, c.cell) for c in ch.cells} == {
        ("A-2", "东镇光伏项目", "A-1", "A-2", "B5"),
        ("A-2", "东镇光伏项目", Decimal(300), Decimal(310), "N5")}
    assert ch.added == [("D-1", "南镇新项目", "第7行")]
    assert ch.removed == [("C-1", "北镇物流项目")]
