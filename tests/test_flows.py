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
    source = rows[0].index("来源（行、文件）")
    key = [r for r in rows[1:] if r[1] and r[1] != "合计"]
    assert len(key) == 4 and key[0][source].startswith("第5行：东镇_2026-06_")  # every row names its source file


def test_ingest_flow_with_nothing_waiting_does_nothing(prefect_harness: None, county: Config) -> None:
    from flows.ingest import ingest_flow

    assert ingest_flow(config_path=str(county.root / "beizeng.toml")) == []
