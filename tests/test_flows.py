"""The Prefect flows, run for real under one session-wide test harness."""

from __future__ import annotations

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.store.session import open_published
from tests.scenarios import full_county


def test_monthly_flow_ingests_computes_writes_and_publishes(prefect_harness: None, county: Config) -> None:
    from flows.monthly import monthly_flow

    full_county(county.inbox)
    result = monthly_flow(period="2026-06", config_path=str(county.root / "beizeng.toml"))
    assert [o.status for o in result.outcomes] == ["accepted"] * 9
    assert not any(county.inbox.glob("*.xlsx"))
    # the analysts' copy is published and readable while nothing else writes
    con = open_published(county)
    try:
        value = con.execute("select value from indicator_values where period = '2026-06' and scope = '测试县' "
                            "and indicator = 'fai_yoy_pct'").fetchone()
    finally:
        con.close()
    assert value is not None and value[0] == pytest.approx(-16.3)  # the bureau's growth (issue 13)
    summary, docx, md = result.outputs
    assert (docx.suffix, md.suffix) == (".docx", ".md") and docx.stem == md.stem == "工业倍增计划2026年上半年工作完成情况报告"
    wb = openpyxl.load_workbook(summary, read_only=True)
    assert {"指标总览", "分乡镇", "重点项目进度", "报送情况", "数据质量", "图表", "指标说明"} <= set(wb.sheetnames)
    overview = {r[0]: r for r in wb["指标总览"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert overview["规上工业总产值"][1] == pytest.approx(10.0)
    assert overview["规上工业总产值"][3] == pytest.approx(24.0)  # target
    assert overview["规上工业总产值"][9] == 2  # city rank
    rows = list(wb["重点项目进度"].iter_rows(min_row=3, values_only=True))
    source = rows[0].index("来源（文件、工作表、行）")
    key = [r for r in rows[1:] if r[1] and r[1] != "合计"]
    assert len(key) == 4 and key[0][source].startswith("东镇_2026-06_") and key[0][source].endswith("第5行")  # every row names its source file


def test_ingest_flow_with_nothing_waiting_does_nothing(prefect_harness: None, county: Config) -> None:
    from flows.ingest import ingest_flow

    assert ingest_flow(config_path=str(county.root / "beizeng.toml")) == []


def test_a_run_computes_the_periods_warnings_once_for_the_workbook_and_its_summary(
        prefect_harness: None, county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """`beizeng run` prints the period's warnings the 数据质量 sheet lists, computed once (the summary used to ask
    the published copy again: six more view queries); the city comparison nobody sent is one of them."""
    from typer.testing import CliRunner

    import beizeng.ops.crosschecks as crosschecks
    import beizeng.publish.outputs as outputs
    from beizeng.cli.main import app
    from beizeng.ops.crosschecks import run_warnings
    from beizeng.publish.outputs import summary_name

    full_county(county.inbox)
    (county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx").unlink()
    real, calls = crosschecks.period_warnings, []

    def counted(*args: object, **kwargs: object) -> list[crosschecks.RunWarning]:
        calls.append(args[1])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(crosschecks, "period_warnings", counted)
    monkeypatch.setattr(outputs, "period_warnings", counted)
    result = CliRunner().invoke(app, ["run", "--period", "2026-06"])
    assert result.exit_code == 0, result.output
    assert calls == ["2026-06"]
    monkeypatch.setattr(crosschecks, "period_warnings", real)
    con = open_published(county)
    try:
        said = run_warnings(con, "2026-06")  # what the summary printed before: asked of the published copy
    finally:
        con.close()
    assert any(w.startswith("缺少报表：") and "全市各县区主要工业指标对比" in w for w in said), said
    book = openpyxl.load_workbook(county.out / "2026-06" / summary_name(county, "2026-06"), read_only=True)
    rows = [r for r in book["数据质量"].iter_rows(min_row=4, values_only=True) if r[0] in ("缺报", "核对", "空值", "不可比")]
    assert [r[8] for r in rows] == said
    printed = "".join(result.output.split())  # rich folds long lines at the terminal's width
    assert printed.count("提醒：") >= len(said)
    assert all(f"提醒：{''.join(w.split())}" in printed for w in said)
