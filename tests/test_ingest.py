"""Ingest behaviour: rejection with a Chinese error list and a marked feedback workbook, duplicates,
resubmissions, lineage, atomicity."""

from __future__ import annotations

import shutil

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.intake.feedback import ERROR_COLOR
from beizeng.store.session import work_db
from tests.conftest import indicator, ingest
from tests.scenarios import E1, E2, E3, ent_2026_06, enterprise_output, full_county


def rows(cfg: Config, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_rejected_return_gets_cell_level_chinese_errors_and_loads_nothing(county: Config) -> None:
    bad = ent_2026_06()
    bad[1] = (E2, "东关饲料有限公司", "北镇", False, "2018-06", "两万", 22000)  # type: ignore[assignment]
    bad[2] = (E3[:-1] + ("0" if E3[-1] != "0" else "1"), "西岭建材有限公司", "西镇", False, "2020", -5, 45000)
    path = enterprise_output(county.inbox, "2026-06", bad)
    [outcome] = ingest(county)
    assert outcome.status == "rejected"
    # nothing of it in the warehouse, the file kept beside its error list
    assert rows(county, "select count(*) from form_enterprise_output") == [(0,)]
    assert not path.exists()
    kept = county.rejected / path.name
    assert kept.exists()
    text = (county.rejected / f"{path.name}.errors.txt").read_text(encoding="utf-8")
    # the layout: title, 填报单位, 单位, header on row 4, 合计 on row 5, data from row 6 (B = 信用代码)
    assert "D7：「所属乡镇」填的是“北镇”，不是本县配置的名称" in text
    assert "I7：「1-N月累计工业总产值」填的是“两万”，不是数字" in text
    assert "B8：「统一社会信用代码」" in text and "GB 32100" in text
    assert "I8：「1-N月累计工业总产值」填的是“-5”，不能小于（0）" in text
    assert "工作表「Sheet1」" in text
    # the other negative figure of that row (营业收入) is an error too; a negative 本月 (H8) may be a 统计核减: warned
    assert rows(county, "select count(*) from problems where severity = 'error'") == [(5,)]
    assert rows(county, "select cell from problems where code = 'negative_month'") == [("H8",)]
    # the sender's own workbook comes back with exactly those cells red, each with its explanation
    assert outcome.feedback == county.rejected / "统计局_2026-06_规上工业企业生产月报.反馈.xlsx"
    sheet = openpyxl.load_workbook(outcome.feedback)["Sheet1"]
    red = sorted(c.coordinate for r in sheet.iter_rows() for c in r if c.fill.fgColor.rgb == ERROR_COLOR)
    assert red == ["B8", "D7", "I7", "I8", "K8"]
    assert "不是本县配置的名称" in sheet["D7"].comment.text  # type: ignore[union-attr]


def test_same_file_twice_changes_nothing(county: Config) -> None:
    path = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    copy = county.root / "copy.xlsx"
    shutil.copy(path, copy)
    ingest(county)
    before = rows(county, "select count(*) from form_enterprise_output")
    shutil.copy(copy, county.inbox / "再次报送.xlsx")
    [outcome] = ingest(county)
    assert outcome.status == "duplicate"
    assert rows(county, "select count(*) from form_enterprise_output") == before == [(3,)]
    assert rows(county, "select count(*) from submissions") == [(1,)]
    assert (county.archive / "duplicates" / "再次报送.xlsx").exists()  # kept, not deleted


def test_resubmission_replaces_figures_and_keeps_the_old_version(county: Config) -> None:
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    assert indicator(county, "output_cum") == pytest.approx(10.0)
    corrected = ent_2026_06()
    corrected[2] = (E3, "西岭建材有限公司", "西镇", False, "2020", 60000, 45000)
    enterprise_output(county.inbox, "2026-06", corrected, name="统计局_2026-06_规上工业企业生产月报（更正）.xlsx")
    [outcome] = ingest(county)
    assert outcome.status == "accepted" and outcome.version == 2
    assert indicator(county, "output_cum") == pytest.approx(11.0)
    versions = rows(county, "select version, n_rows, is_current from submission_versions order by version")
    assert versions == [(1, 3, False), (2, 3, True)]
    # the old figures stay queryable
    assert rows(county, "select sum(output_cum) from form_enterprise_output") == [(pytest.approx(210000),)]


def test_lineage_leads_from_an_indicator_to_file_sheet_and_row(county: Config) -> None:
    full_county(county.inbox)
    ingest(county)
    found = rows(county, """
        select s.file_name, e.sheet, e.excel_row, e.output_cum
        from cur_enterprise_output e join submissions s using (submission_id)
        where e.period = '2026-06' and e.uscc = ? """, [E1])
    assert found == [("统计局_2026-06_规上工业企业生产月报.xlsx", "Sheet1", 6, pytest.approx(30000))]
    assert indicator(county, "output_cum") == pytest.approx(
        sum(r[0] for r in rows(county, "select output_cum from cur_enterprise_output where period = '2026-06'")) / 10000
    )


def test_a_failure_mid_load_leaves_the_warehouse_and_the_inbox_as_they_were(county: Config,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import beizeng.intake.ingest as ingest_module

    full_county(county.inbox)
    waiting = sorted(p.name for p in county.inbox.iterdir())
    calls = {"n": 0}
    real = ingest_module.insert_rows

    def failing_insert(con, form, frame):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (injected)")
        real(con, form, frame)

    monkeypatch.setattr(ingest_module, "insert_rows", failing_insert)
    with pytest.raises(OSError):
        ingest(county)
    assert rows(county, "select count(*) from submissions") == [(0,)]
    assert rows(county, "select count(*) from form_enterprise_output") == [(0,)]
    assert sorted(p.name for p in county.inbox.iterdir()) == waiting
    monkeypatch.setattr(ingest_module, "insert_rows", real)
    assert all(o.status == "accepted" for o in ingest(county))
    assert indicator(county, "output_cum") == pytest.approx(10.0)


def test_unreadable_and_unknown_files_are_rejected_with_a_reason(county: Config) -> None:
    (county.inbox / "坏文件.xlsx").write_bytes(b"this is not a workbook")
    (county.inbox / "说明.docx").write_bytes(b"PK\x03\x04")
    (county.inbox / "~$正在编辑.xlsx").write_bytes(b"lock")
    outcomes = {o.file: o for o in ingest(county)}
    assert set(outcomes) == {"坏文件.xlsx", "说明.docx"}  # Office lock files are not returns
    assert outcomes["坏文件.xlsx"].problems[0].code == "corrupt"
    assert outcomes["说明.docx"].problems[0].code == "unsupported_type"
    assert (county.inbox / "~$正在编辑.xlsx").exists()


def test_a_return_of_a_month_not_begun_is_refused_and_one_saved_before_its_month_is_flagged(county: Config) -> None:
    """东镇 typed 8月 in a file saved on 3 July: a slip of the month, or the township PC's clock is wrong;
    the file's time stamp is only as good as that clock, so a warning that says both. A month that has not
    begun today is refused outright (the 2099 case of the corpus); a return saved in its own month is fine."""
    import datetime as dt
    import os

    from tests.scenarios import fai, project

    july = dt.datetime(2026, 7, 3, 9, 0).timestamp()
    works = [project(1, "项目一", "东镇", "新建", False, True, 6000, 3000, True, dt.date(2026, 3, 1), True, 3000)]
    early = fai(county.inbox, "东镇", "2026-08", works)
    same = fai(county.inbox, "东镇", "2026-07", works)
    for p in (early, same):
        os.utime(p, (july, july))
    ahead = fai(county.inbox, "西镇", "2099-06", works)
    outcomes = {o.file: o for o in ingest(county)}
    flagged = outcomes[early.name]
    assert flagged.status == "accepted"
    [problem] = [p for p in flagged.problems if p.code == "saved_before_period"]
    assert (problem.severity, problem.message) == ("warning", "文件保存于2026年7月3日，那时报表期间“2026年8月”还没到")
    assert outcomes[same.name].status == "accepted" and outcomes[same.name].warnings == 0
    refused = outcomes[ahead.name]
    today = dt.date.today()
    assert refused.status == "rejected" and [p.message for p in refused.problems if p.code == "period_in_future"] == [
        f"报表期间是“2099年6月”，这个月还没到（今天是{today.year}年{today.month}月{today.day}日）"]


def test_a_sender_the_county_does_not_know_is_named_in_the_refusal(county: Config) -> None:
    """填报单位：北镇人民政府 in a county of 东镇 and 西镇: the refusal says what was written, not that nothing was."""
    import datetime as dt

    from tests.scenarios import fai, project

    works = [project(1, "项目一", "北镇", "新建", False, True, 6000, 3000, True, dt.date(2026, 3, 1), True, 3000)]
    fai(county.inbox, "北镇", "2026-06", works)
    [o] = ingest(county)
    assert o.status == "rejected"
    [p] = [p for p in o.problems if p.code == "unknown_sender"]
    assert p.message == "无法确定填报单位：填报单位写的是“北镇人民政府”，不是本县配置的乡镇（街道）名称"
    assert p.fix.startswith("请改写为本县配置的名称（可填：东镇、西镇）")
