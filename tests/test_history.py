"""Resubmission: a rejected return corrected and resent is accepted and replaces nothing else; the same
file dropped again changes nothing and says so; a new version's feedback lists what changed; and
`beizeng history` shows every version with its hash and time."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app
from beizeng.intake.feedback import CHANGED_COLOR
from beizeng.intake.ingest import Outcome
from beizeng.store.session import publish, work_db
from tests.conftest import ingest
from tests.corpus.cases import P1, P3, fai, fai_layout, mutated
from tests.corpus.data import BASELINE, FAI_EAST, clean_template, fai_title


def rows(cfg: Config, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def drop(cfg: Config, name: str, make: object) -> Path:
    path = cfg.inbox / name
    make(path, cfg)  # type: ignore[operator]
    return path


def one(cfg: Config) -> Outcome:
    [outcome] = ingest(cfg, compute=False)
    return outcome


def test_reject_resubmit_redrop_and_correct_again(county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    clean_template(county, "fai_east_may", county.inbox, BASELINE)
    west = mutated(FAI_EAST, {i: {"township": "西镇", "project_code": f"2601-610599-04-02-00000{i}"} for i in range(4)})
    drop(county, "西镇_2026-06.xlsx", fai(fai_layout(title=fai_title(who="西镇"), lines=["填报单位：西镇"]), records=west))
    assert {o.status for o in ingest(county, compute=False)} == {"accepted"}

    # 1. a return with two errors is rejected, with its feedback beside it in inbox/rejected
    drop(county, "东镇_2026-06.xlsx", fai(changes={0: {"invest_cum": Decimal(2400)}, 1: {"township": "北镇"}}))
    first = one(county)
    assert first.status == "rejected" and first.attempt == 1
    assert first.feedback == county.rejected / "东镇_2026-06.反馈.xlsx"
    assert rows(county, "select count(*) from cur_fai_projects where period = '2026-06' and sender = '东镇'") == [(0,)]

    # 2. the corrected return is accepted; its feedback compares it with the rejected attempt
    corrected = drop(county, "东镇_2026-06（更正）.xlsx", fai())
    kept = county.root / "kept.xlsx"
    shutil.copy(corrected, kept)
    second = one(county)
    assert (second.status, second.version, second.attempt) == ("accepted", 1, 2)
    assert second.changes is not None
    assert {(c.key, c.column, c.old, c.new, c.cell) for c in second.changes.cells} == {
        (P1, "1-N月累计完成投资", Decimal("2400.0000"), Decimal("3000.5000"), "N5"),
        (FAI_EAST[1]["project_code"], "所属乡镇", None, "东镇", "D6"),
    }
    assert second.feedback is not None and second.feedback.parent == county.archive / "2026-06"
    june = "select sum(invest_cum) from cur_fai_projects where period = '2026-06' and sender = ?"
    assert rows(county, june, ["东镇"]) == [(Decimal("4501.25"),)]
    assert rows(county, june, ["西镇"]) == [(Decimal("4501.25"),)]  # the other township untouched

    # 3. the same file dropped again changes nothing, and says so
    before = rows(county, "select count(*) from submissions"), rows(county, "select count(*) from form_fai_projects")
    shutil.copy(kept, county.inbox / "东镇_2026-06（再发一次）.xlsx")
    again = one(county)
    assert again.status == "duplicate" and "未重复入库" in again.note and again.feedback is None
    assert (rows(county, "select count(*) from submissions"), rows(county, "select count(*) from form_fai_projects")) \
        == before
    assert (county.archive / "duplicates" / "东镇_2026-06（再发一次）.xlsx").exists()

    # 4. a later correction becomes version 2; its feedback lists the cells and totals that changed
    drop(county, "东镇_2026-06（二次更正）.xlsx",
         fai(changes={2: {"invest_cum": Decimal(310), "invest_month": Decimal(60)}}))
    third = one(county)
    assert (third.status, third.version, third.attempt, third.warnings) == ("accepted", 2, 3, 0)
    assert third.note.startswith("第2版，替换第1版")
    assert rows(county, "select invest_cum from cur_fai_projects where period = '2026-06' and project_code = ?",
                [P3]) == [(Decimal("310.0000"),)]
    assert rows(county, "select invest_cum from cur_fai_projects where period = '2026-05' and project_code = ?",
                [P3]) == [(Decimal("250.0000"),)]
    assert third.feedback is not None
    wb = openpyxl.load_workbook(third.feedback)
    assert wb.sheetnames[:2] == ["问题清单", "与上一版比较"]
    changed = [r for r in wb["与上一版比较"].iter_rows(values_only=True) if r[0] == P3]
    assert sorted(changed) == [(P3, "东镇小型仓储项目", "1-N月累计完成投资", "300", "310", "N7"),
                               (P3, "东镇小型仓储项目", "本月完成投资", "50", "60", "M7")]
    totals = {r[0]: r[1:4] for r in wb["与上一版比较"].iter_rows(values_only=True) if r[0] and "（万元）" in str(r[0])}
    assert totals["1-N月累计完成投资（万元）"] == (4501.25, 4511.25, 10)
    sheet = wb["Sheet1"]  # the changed cells are shown where they are, with the previous value
    assert sheet["N7"].fill.fgColor.rgb == CHANGED_COLOR and sheet["N5"].comment is None
    assert sheet["N7"].comment is not None and sheet["N7"].comment.text == "【改动】上一版：300，本版：310"
    headline = " ".join(str(c.value) for c in wb["问题清单"]["A"][:6] if c.value)
    assert "第3次报送" in headline and "入库为第2版，替换第1版" in headline

    # 5. history lists every version, its hash and which one counts
    publish(county)
    monkeypatch.setenv("COLUMNS", "260")
    result = CliRunner().invoke(app, ["history", "--sender", "东关镇", "--period", "2026-06", "--wide"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "东镇_2026-06" in line]
    assert len(lines) == 3
    assert "退回" in lines[0] and "第1版" in lines[1] and "第2版" in lines[2] and "✔ 当前" in lines[2]
    digest = rows(county, "select file_hash from submissions where file_name = ?", ["东镇_2026-06（二次更正）.xlsx"])
    assert str(digest[0][0])[:12] in lines[2]
    assert "共 3 次报送，其中 1 个为当前生效版本" in result.output
    # a county has hundreds: the latest ones are listed, and the sentence says how to see the others
    result = CliRunner().invoke(app, ["history", "--sender", "东关镇", "--period", "2026-06", "--limit", "2"])
    latest = [line for line in result.output.splitlines() if "东镇_2026-06" in line]
    assert len(latest) == 2 and "第1版" in latest[0] and "第2版" in latest[1]
    assert "共 3 次报送，以上是最近的 2 次（其中 1 个为当前生效版本）" in result.output and "--all" in result.output
    every = CliRunner().invoke(app, ["history", "--sender", "东关镇", "--period", "2026-06", "--limit", "2", "--all"])
    assert len([line for line in every.output.splitlines() if "东镇_2026-06" in line]) == 3
    # the indicator catalogue names its source returns by title, read from the published copy
    listed = CliRunner().invoke(app, ["indicators", "--wide"])
    assert listed.exit_code == 0 and "工业固定资产投资项目月报" in listed.output


def test_history_refuses_an_unknown_sender_and_needs_a_published_warehouse(county: Config) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["history", "--sender", "北镇"])
    assert result.exit_code == 2 and "不是本县配置的填报单位" in result.output
    result = runner.invoke(app, ["history"])
    assert result.exit_code == 2 and "还不存在" in result.output
