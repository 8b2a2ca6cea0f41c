"""The outside probe p26d: the analyst's and the county statistician's side of a small hand-made June
(tests/handmade/probe26d.py) — `explain`, `query`, `status`, `history` at 80 and 120 columns in a real terminal,
the summary workbook and the report draft.  Where beizeng differs today the test is ``xfail(strict=True)`` with
what it does instead."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.intake.inbox import inbox_files
from beizeng.intake.watch import process
from beizeng.web.store import Store
from tests.handmade import probe26d as p
from tests.handmade.cells import book, put, save, title
from tests.test_web_flow import ready

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _june(cfg: Config) -> None:
    """统计局's enterprises, 东镇's projects, 西镇's refused list; then 东镇's correction — two real writing runs."""
    p.enterprises_text_numbers(cfg.inbox)
    p.east_projects(cfg.inbox)
    p.west_projects_refused(cfg.inbox)
    assert [o.status for o in process(cfg, inbox_files(cfg))] == ["accepted", "accepted", "rejected"]
    p.east_correction(cfg.inbox)
    assert [o.status for o in process(cfg, inbox_files(cfg))] == ["accepted"]


def term(cols: int, *args: str) -> str:
    """``beizeng args`` in a real terminal ``cols`` wide (as the statistician types it), its screen as text."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 60, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(PYTHONPATH=str(ROOT), TERM="xterm")
    code = "import sys; sys.argv[0] = 'beizeng'; from beizeng.cli.main import app; app()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.wait(timeout=120)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


def width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# ---- (a) the analyst -----------------------------------------------------------------------------------------------


def test_explain_traces_the_county_figures_to_the_corrected_file_and_its_rows(county_full: Config) -> None:
    _june(county_full)
    fai = term(160, "explain", "fai_cum", "2026-06")
    assert "测试县2026年1-6月：2.04亿元" in fai, fai
    assert "[1] 东镇6月项目（更正）.xlsx（工作表「东镇」，东镇" in fai, fai  # (then 期间←标题“…” since fx39)
    assert "东镇6月项目.xlsx" not in fai  # the replaced first sending is not a source
    assert re.search(r"│ 合计 +│ 全部行 .*│ 92,000\.00 .*│ 20,400\.00 ", fai), fai
    assert [r for r in re.findall(r"│ \[1\] +│ (\d+) ", fai)] == ["4", "5", "6"], fai
    yoy = term(160, "explain", "output_yoy_pct", "2026-06")
    assert "测试县2026年1-6月：12.9%" in yoy, yoy  # 19,200 ÷ 17,000 − 1 = 12.94 %
    assert "[1] 统计局6月规上企业.xlsx（工作表「Sheet1」，统计局）" in yoy, yoy
    assert re.search(r"│ 合计 +│ 全部行 .*│ 19,200\.00 +│ 17,000\.00 +│", yoy), yoy


def test_explain_at_80_columns_keeps_each_figure_whole(county_full: Config) -> None:
    _june(county_full)
    out = term(80, "explain", "fai_cum", "2026-06")
    assert all(width(line) <= 80 for line in out.splitlines()), out
    assert "20,400.00" in out and "92,000.00" in out and "12,000.00" in out, out


def test_query_of_a_wide_report_view_shows_the_figures_or_says_how(county_full: Config) -> None:
    _june(county_full)
    for cols in (80, 120):
        out = term(cols, "query", "select * from report_1_economy")
        assert all(width(line) <= cols for line in out.splitlines()), out
        shows = "测试县" in out and "1.92" in out and "12.9" in out
        says = "--out" in out or "列" in out.split("共 3 行")[0]
        assert shows or says, out


def test_query_of_a_table_that_does_not_exist_is_answered_in_chinese(county_full: Config) -> None:
    _june(county_full)
    out = term(120, "query", "select * from 上月产值")
    assert "上月产值" in out and "不存在" in out, out
    assert not re.search(r"Catalog Error|does not exist|Did you mean", out), out
    assert "report_1_economy" in out and 'beizeng query "show tables"' in out, out  # what there is instead


# ---- (b) the county statistician ----------------------------------------------------------------------------------


def test_status_at_80_columns_puts_the_refused_list_under_its_sender(county_full: Config) -> None:
    _june(county_full)
    out = term(80, "status", "2026-06")
    assert all(width(line) <= 80 for line in out.splitlines()), out
    assert re.search(r"│ 工业固定资产投资项目月报 │ 西镇 +│ 退回待重报 │ 1个错误，错误清单已退回 +│", out), (
        out
    )
    assert re.search(r"│ 工业固定资产投资项目月报 │ 东镇 +│ 逾期报送 +│ 共2版，以最新版为准 +│", out), out
    assert "应报 10 份：已报 2 份（其中逾期 2），退回待重报 1，逾期未报 7" in out, out
    assert "省略了：版本、报送时间、文件；加 --wide 显示全部列" in out, out


def test_status_names_uploaded_files_as_the_sender_named_them(
    web: tuple[TestClient, Store], county_full: Config, tmp_path: Path
) -> None:
    client, store = web
    for sender, path in [("东镇", p.east_projects(tmp_path)), ("西镇", p.west_projects_refused(tmp_path))]:
        csrf = ready(client, store, sender)
        r = client.post(
            "/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))]
        )
        assert r.status_code == 200, r.text
    wide = term(220, "status", "2026-06", "--wide")
    assert re.search(r"│ 工业固定资产投资项目月报 +│ 西镇 +│ 退回待重报 +│", wide), wide
    assert "西镇上半年项目进度.xlsx" in wide and "东镇6月项目.xlsx" in wide, wide
    assert "网报" not in wide, wide
    assert "1个错误，错误清单已在报送平台退回" in wide, wide  # the township saw its list on the page


def test_history_at_80_columns_tells_the_first_sending_from_the_correction(county_full: Config) -> None:
    _june(county_full)
    out = term(80, "history")
    assert all(width(line) <= 80 for line in out.splitlines()), out
    east = [[c.strip() for c in line.split("│")[1:-1]] for line in out.splitlines() if "│ 东镇" in line]
    assert len(east) == 2, out
    heads = [c.strip() for c in next(line for line in out.splitlines() if "┃ 报表" in line).split("┃")[1:-1]]
    apart = [h for h, a, b in zip(heads, *east, strict=True) if a != b and h not in ("收到时间", "生效")]
    # told apart by more than the 生效 mark and the minute (第几次, 入库版本 or the file's name)
    assert apart, out


def test_report_draft_and_key_projects_agree_with_hand_arithmetic_and_name_the_missing_township(
    county_full: Config, tmp_path: Path
) -> None:
    _june(county_full)
    out = term(160, "report", "2026-06", "--out", str(tmp_path / "out"))
    assert "输出：" in out, out
    md = next((tmp_path / "out").glob("*.md")).read_text(encoding="utf-8")
    # key projects 1 and 3 of 东镇: 6,000 + 12,000 = 18,000 of 12,000 + 20,000 planned = 56.25 %; 50 % elapsed
    assert (
        "今年我县纳入工业倍增计划重点项目2个，年度总投资3.20亿元，截至6月底已全部开工，开工率达到100.0%，纳入统计库项目2个，"
        "纳统率达到100.0%，完成固投1.80亿元，达到年度投资计划的56.3%，较任务序时进度（50.0%）超前6.3个百分点。"
    ) in md
    # 战新: 东塬光电 3,000 of 19,200 = 15.625 %
    assert "战略性新兴产业类企业达到1户，占比达到25.0%，累计完成产值0.30亿元，占比达到15.6%" in md
    assert "《工业固定资产投资项目月报》还缺1个单位（西镇）" in md
    wb = openpyxl.load_workbook(next((tmp_path / "out").glob("*.xlsx")))
    ws = wb["分乡镇"]
    east = {ws.cell(4, c).value or ws.cell(3, c).value: ws.cell(5, c).value for c in range(2, 6)}
    assert (ws["A6"].value, ws["B6"].value, ws["E6"].number_format) == ("西镇", 1.14, "0.0")
    assert round(ws["E6"].value, 1) == 8.6 and east["同比%"] == 20  # 11,400 ÷ 10,500; 7,800 ÷ 6,500
    assert ws["J6"].value is None  # 西镇's refused investment is blank, never 0


def test_township_share_and_rank_are_not_shown_while_a_township_is_refused(
    county_full: Config, tmp_path: Path
) -> None:
    _june(county_full)
    term(160, "report", "2026-06", "--out", str(tmp_path / "out"))
    wb = openpyxl.load_workbook(next((tmp_path / "out").glob("*.xlsx")))
    ws = wb["分乡镇"]
    assert ws["J5"].value == 2.04
    said = " ".join(str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str))
    blank = ws["K5"].value is None and ws["L5"].value is None and ws["O5"].value is None
    assert blank, (ws["K5"].value, ws["L5"].value, ws["O5"].value)  # a share of a part, a rank among one: none
    assert "《工业固定资产投资项目月报》还缺西镇：全县合计只含已收到的单位，其占全县%和排名暂不列出" in said, said
    # 西镇 sends its list again, read: the shares and the ranks are the whole county's
    p.west_projects_in_yi(county_full.inbox)
    assert [o.status for o in process(county_full, inbox_files(county_full))] == ["accepted"]
    term(160, "report", "2026-06", "--out", str(tmp_path / "again"))
    ws = openpyxl.load_workbook(next((tmp_path / "again").glob("*.xlsx")))["分乡镇"]
    assert (ws["J5"].value, ws["J6"].value, ws["L5"].value, ws["L6"].value) == (2.04, 0.55, 1, 2)
    assert ws["K5"].value == pytest.approx(100 * 20400 / 25900) and ws["K6"].value == pytest.approx(100 * 5500 / 25900)


def test_a_broken_file_named_for_june_is_on_june_s_status_under_its_sender(county_full: Config) -> None:
    cfg = county_full
    p.east_projects(cfg.inbox)
    wb, ws = book()
    title(ws, "西镇2026年6月工作情况", 4)
    put(ws, 2, 1, ["序号", "事项", "进展", "备注"])
    put(ws, 3, 1, [1, "走访企业", "已完成", None])
    save(wb, cfg.inbox / "西镇6月报表.xlsx")
    (cfg.inbox / "西镇6月项目.xlsx").write_bytes(b"PK\x03\x04 not really a workbook" * 50)
    july = dt.datetime(2026, 7, 6, 9, 0).timestamp()  # received in July 2026, whatever today is: 6月 is 2026's
    for i, path in enumerate(inbox_files(cfg)):  # in the order written
        os.utime(path, (july + 60 * i, july + 60 * i))
    assert [o.status for o in process(cfg, inbox_files(cfg))] == ["accepted", "rejected", "rejected"]
    out = term(220, "status", "2026-06", "--wide")
    assert "西镇6月报表.xlsx" in out, out
    assert "西镇6月项目.xlsx" in out, out
