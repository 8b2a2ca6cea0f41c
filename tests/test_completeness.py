"""Who owes which return and what became of it (beizeng.ops.completeness): the one list of rows that `beizeng status`
prints and the workbook's 报送情况 sheet lays out, so the two can no longer tell a clerk different things."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config, load_config
from beizeng.ops.completeness import Due, completeness
from beizeng.publish.outputs import write_summary
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.county import TEST_CONFIG
from tests.scenarios import city_2026_06, ent_2026_06, enterprise_output, fai, project, targets_2026

ENT = "统计局_2026-06_规上工业企业生产月报.xlsx"
ENT_FIXED = "统计局_2026-06_规上工业企业生产月报（更正）.xlsx"
CITY = "统计局_2026-06_全市各县区主要工业指标对比.xlsx"
TARGETS = "工信局_2026年目标任务.xlsx"
WEST = "西镇_2026-06_工业固定资产投资项目月报.xlsx"
FOOTER = ("张三", "0913-1234567")  # the footer tests/xlsx.py writes under every return

#: The test county after beizeng.toml was edited: 发改局 (with a contact) now declares the city comparison, so
#: 统计局, whose list no longer names it, sent it unasked.
MOVED = TEST_CONFIG.replace('forms = ["enterprise_output", "city_comparison"]', 'forms = ["enterprise_output"]') + """
[[departments]]
name = "发改局"
contact = "钱发"
phone = "0913-3333333"
forms = ["city_comparison"]
"""


def stamp(path: Path, when: dt.datetime) -> Path:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


@pytest.fixture
def june(county: Config) -> Config:
    """June's returns, received under the original beizeng.toml: 统计局's 企业月报 saved 5 July and corrected on
    9 July (after the 8 July deadline), its city comparison saved 6 July, 工信局's yearly targets, 西镇's
    project return refused (a text where the total investment goes); 东镇 and 工信局's ledgers send nothing."""
    stamp(enterprise_output(county.inbox, "2026-06", ent_2026_06()), dt.datetime(2026, 7, 5, 10))
    assert [o.status for o in ingest(county, compute=False)] == ["accepted"]
    corrected = ent_2026_06()
    corrected[0] = (*corrected[0][:5], 31000, 25000)
    stamp(enterprise_output(county.inbox, "2026-06", corrected, name=ENT_FIXED), dt.datetime(2026, 7, 9, 10))
    stamp(city_2026_06(county.inbox), dt.datetime(2026, 7, 6, 9))
    stamp(targets_2026(county.inbox), dt.datetime(2026, 7, 2, 9))
    bad = [project(4, "西岭建材扩建项目", "西镇", "扩建", True, True, "很多", 2000, False, None, False, 0)]
    stamp(fai(county.inbox, "西镇", "2026-06", bad), dt.datetime(2026, 7, 7, 9))
    assert sorted(o.status for o in ingest(county)) == ["accepted"] * 3 + ["rejected"]
    return county


@pytest.fixture
def moved(june: Config) -> Config:
    path = june.root / "moved" / "beizeng.toml"
    path.parent.mkdir()
    path.write_text(MOVED, encoding="utf-8")
    return load_config(path)


def rows_of(cfg: Config, county: Config, now: dt.datetime) -> list[Due]:
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        return completeness(con, cfg, "2026-06", now)
    finally:
        con.close()


def test_every_return_owed_or_received_is_one_row(june: Config, moved: Config) -> None:
    # Given June's returns and the edited beizeng.toml, on 20 July: every rule of the list in one place. Forms in
    # code order, senders in beizeng.toml's; on time by the first accepted version (the correction came late),
    # the file that counts is the latest; the yearly targets have no deadline; the refused file names its error
    # list; whom to call is the footer of the sender's return of that form, else of any of its returns (工信局's
    # ledgers), else beizeng.toml's contact (东镇, 发改局); what 统计局 sent unasked comes last, to fix the config.
    rows = rows_of(moved, june, dt.datetime(2026, 7, 20))
    overdue = "截止日 07月08日 已过"
    assert rows == [
        Due("city_comparison", "全市各县区主要工业指标对比", "发改局", "missing", "2026-06", note=overdue,
            reporter="钱发", phone="0913-3333333"),
        Due("cultivation", "企业培育台账", "工信局", "missing", "2026-06", note=overdue, reporter=FOOTER[0],
            phone=FOOTER[1]),
        Due("enterprise_output", "规上工业企业生产月报", "统计局", "on_time", "2026-06", 2, dt.datetime(2026, 7, 5, 10),
            ENT_FIXED, "共2版，以最新版为准", *FOOTER),
        Due("fai_projects", "工业固定资产投资项目月报", "东镇", "missing", "2026-06", note=overdue, reporter="王东",
            phone="0913-1111111"),
        Due("fai_projects", "工业固定资产投资项目月报", "西镇", "rejected", "2026-06", 0, dt.datetime(2026, 7, 7, 9),
            WEST, f"1个错误，错误清单已退回（{WEST}.errors.txt）", *FOOTER),
        Due("progress_notes", "重点工作进展情况", "工信局", "missing", "2026-06", note=overdue, reporter=FOOTER[0],
            phone=FOOTER[1]),
        Due("targets", "工业倍增计划目标任务", "工信局", "sent", "2026", 1, dt.datetime(2026, 7, 2, 9), TARGETS, "",
            *FOOTER),
        Due("city_comparison", "全市各县区主要工业指标对比", "统计局", "extra", "2026-06", 1, dt.datetime(2026, 7, 6, 9),
            CITY, "不在应报清单中（请核对配置的 forms）", *FOOTER),
    ]
    assert [d.owed for d in rows] == [True] * 7 + [False]

    # Given the same returns on 3 July, before the deadline: what has not come is not due yet, nothing else moves.
    early = {(d.form, d.sender): (d.state, d.note) for d in rows_of(moved, june, dt.datetime(2026, 7, 3))}
    assert early[("fai_projects", "东镇")] == early[("cultivation", "工信局")] == ("not_due", "截止 07月08日")
    assert early[("fai_projects", "西镇")][0] == "rejected" and early[("enterprise_output", "统计局")][0] == "on_time"


def test_the_sheet_shows_the_same_rows(june: Config, moved: Config, tmp_path: Path) -> None:
    # Given the same rows, the 报送情况 sheet places each in its sender × form cell, the unasked return too, counts
    # 应报 as status does and words the 催报清单's notes as status does (the sheet used to say only "已退回").
    con = duckdb.connect(str(work_db(june)), read_only=True)
    try:
        path = write_summary(con, moved, "2026-06", tmp_path / "汇总表.xlsx", now=dt.datetime(2026, 7, 20))
    finally:
        con.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb["报送情况"].iter_rows(values_only=True)]
    finally:
        wb.close()
    header = rows[2]
    matrix = {r[0]: r for r in rows[3:next(i for i, r in enumerate(rows) if str(r[0]).startswith("催报清单"))] if r[0]}
    city = header.index("全市各县区主要工业指标对比")
    assert (matrix["统计局"][city], matrix["发改局"][city]) == ("额外", "未报")
    assert "应报 7 份" in str(rows[1][0]) and "另有额外报送 1 份" in str(rows[1][0])
    chase = {(r[0], r[1]): r for r in rows if r[0] in ("发改局", "西镇") and r[2] in ("逾期未报", "退回待重报")}
    assert chase[("发改局", "全市各县区主要工业指标对比")][3:6] == ("截止日 07月08日 已过", "钱发", "0913-3333333")
    assert chase[("西镇", "工业固定资产投资项目月报")][3] == f"1个错误，错误清单已退回（{WEST}.errors.txt）"


def test_a_period_whose_deadline_is_ahead_chases_nobody_not_even_for_the_yearly_targets(june: Config) -> None:
    """status 2027-01 run in November 2026: nothing of 2027 is owed yet (the targets of 2027 read 未到截止日,
    not 未报); once January's deadline has passed, they are missing like the rest."""
    con = duckdb.connect(str(work_db(june)), read_only=True)
    try:
        early = completeness(con, june, "2027-01", now=dt.datetime(2026, 11, 26, 10))
        late = completeness(con, june, "2027-01", now=dt.datetime(2027, 2, 9, 10))
    finally:
        con.close()
    assert {(d.form, d.state) for d in early if d.owed} == {(d.form, "not_due") for d in early if d.owed}
    assert ("targets", "not_due") in {(d.form, d.state) for d in early}
    assert ("targets", "missing") in {(d.form, d.state) for d in late}
