"""The 报送平台's paths that need the warehouse: a busy warehouse, explanations, 只读 — real app, real ingest."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app as cli
from beizeng.intake.inbox import inbox_files
from beizeng.intake.watch import process
from beizeng.publish.outputs import quality_rows
from beizeng.store.session import open_published, writer_lock
from beizeng.web import views
from beizeng.web.server import create_app
from beizeng.web.store import ROLE_COUNTY, ROLE_READONLY, ROLE_SENDER, Store, store_path
from tests.scenarios import FAI_HEADERS, project
from tests.xlsx import write_return

PASSWORD = "Wk4-flow-password"


def east_return(folder: Path, bad: bool) -> Path:
    """东镇's June return: with 年度计划投资 typed as words (an error), or right with a 合计 200 above its rows."""
    rows = [[1, *project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, dt.date(2026, 3, 1),
                         True, 3000)],
            [2, *project(3, "东镇小型仓储项目", "东镇", "新建", False, False, 400, 400, True, dt.date(2026, 2, 1), True, 300)]]
    if bad:
        rows[1][8] = "四百万"
    total = ["合计", None, None, None, None, None, None, 10400, 6400, None, None, None, None, 3500]
    return write_return(folder / "东镇_2026-06_工业固定资产投资项目月报.xlsx", FAI_HEADERS, rows,
                        title="东镇2026年1-6月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府",
                        total=None if bad else total)


@pytest.fixture
def store(county: Config) -> Store:
    return Store(store_path(county))


@pytest.fixture
def client(county: Config, store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(views, "SLOWDOWN", 0.0)
    with TestClient(create_app(county, store=store, lock_wait=0.2)) as c:
        yield c


def token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def ready(client: TestClient, store: Store, name: str, role: str = ROLE_SENDER) -> str:
    """Logged in as a new account with its password changed; a CSRF token."""
    otp = store.add_user(name, role, name if role == ROLE_SENDER else None)
    client.cookies.clear()
    client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": name, "password": otp})
    r = client.post("/password", data={"csrf_token": token(client.get("/password").text), "old": otp,
                                       "new": PASSWORD, "again": PASSWORD})
    assert "密码已修改" in r.text
    return token(r.text)


def test_a_busy_warehouse_leaves_the_upload_in_the_inbox_for_the_watcher(
        client: TestClient, store: Store, county: Config, tmp_path: Path) -> None:
    csrf = ready(client, store, "东镇")
    good = east_return(tmp_path, bad=False)
    with writer_lock(county):  # another run is writing
        r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (good.name, good.read_bytes()))])
    assert r.status_code == 200
    assert "数据仓库正被另一运行写入" in r.text and "文件已保存在收件箱，稍后自动处理" in r.text
    [waiting] = inbox_files(county)
    assert waiting.name.endswith("_" + good.name) and waiting.read_bytes() == good.read_bytes()
    batch = str(store.uploads()[0]["batch"])
    assert "正在等待处理" in client.get(f"/uploads/{batch}").text
    # the watcher takes it as any dropped file; the upload's page then finds the result by name and hash
    [outcome] = process(county, inbox_files(county))
    assert outcome.status == "accepted"
    page = client.get(f"/uploads/{batch}").text
    assert "已入库，但有提醒" in page and f'href="/submissions/{outcome.submission_id}"' in page
    assert store.uploads()[0]["submission_id"] == outcome.submission_id


def test_a_reason_for_a_warning_reaches_the_quality_sheet_and_explain(
        client: TestClient, store: Store, county: Config, tmp_path: Path) -> None:
    csrf = ready(client, store, "东镇")
    good = east_return(tmp_path, bad=False)
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (good.name, good.read_bytes()))])
    assert "已入库，但有提醒" in r.text
    sid = int(store.uploads()[0]["submission_id"])
    url = f"/submissions/{sid}/explain"
    form = {"csrf_token": csrf, "code": "total_mismatch", "cell": "N5", "reason": "停产检修", "detail": "合计为预估数"}
    assert client.post(url, data={**form, "reason": "随便写"}).status_code == 400  # not a reason of the list
    r = client.post(url, data={**form, "cell": "A1"})
    assert r.status_code == 400 and "这条提醒不在该报表中" in r.text
    r = client.post(url, data={k: v for k, v in form.items() if k != "csrf_token"})
    assert r.status_code == 403
    r = client.post(url, data=form)
    assert "说明已保存，会出现在汇总表的“数据质量”表中" in r.text
    assert "已说明：停产检修（合计为预估数）" in r.text

    con = open_published(county)
    try:
        [warning] = [row for row in quality_rows(con, "2026-06") if row[0] == "提醒"]
        audit = con.execute("select action from web_audit order by id").fetchall()
    finally:
        con.close()
    assert (warning[5], warning[-1]) == ("N5", "停产检修：合计为预估数")
    assert ("explain",) in audit and ("upload",) in audit and ("login",) in audit
    result = CliRunner().invoke(cli, ["explain", "fai_cum", "2026-06"])
    assert result.exit_code == 0, result.output
    assert "填报单位对提醒的说明（报送平台）：" in result.output
    assert "停产检修：合计为预估数" in result.output


def test_a_read_only_account_sees_the_board_and_never_uploads(client: TestClient, store: Store, county: Config,
                                                              tmp_path: Path) -> None:
    csrf = ready(client, store, "县领导", ROLE_READONLY)
    board = client.get("/board?period=2026-06")
    assert board.status_code == 200 and "还没有数据仓库" in board.text and 'id="upload"' not in board.text
    good = east_return(tmp_path, bad=False)
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (good.name, good.read_bytes()))])
    assert r.status_code == 403 and "不能上传报表" in r.text
    assert client.get("/mine").status_code == 403
    assert client.get("/templates").status_code == 403
    assert inbox_files(county) == []


def test_a_sender_downloads_only_its_own_templates(client: TestClient, store: Store, tmp_path: Path) -> None:
    import zipfile

    ready(client, store, "西镇")
    r = client.get("/templates?period=2026-07")
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    path = tmp_path / "t.zip"
    path.write_bytes(r.content)
    names = zipfile.ZipFile(path).namelist()
    assert names and all(n.startswith("西镇_") and n.endswith("_2026-07.xlsx") for n in names), names
    assert any("工业固定资产投资" in n or "fai" in n for n in names), names


def test_the_county_downloads_the_summary_and_the_report_made_from_the_published_copy(
        client: TestClient, store: Store, county: Config, tmp_path: Path) -> None:
    import io

    import openpyxl
    from docx import Document

    ready(client, store, "县领导", ROLE_READONLY)
    assert client.get("/downloads/summary?period=2026-06").status_code == 404  # no warehouse yet, said so
    process(county, [east_return(tmp_path, bad=False)])
    summary = client.get("/downloads/summary?period=2026-06")
    assert summary.status_code == 200 and "attachment" in summary.headers["content-disposition"]
    assert "指标总览" in openpyxl.load_workbook(io.BytesIO(summary.content)).sheetnames
    report = client.get("/downloads/report?period=2026-06")
    assert report.status_code == 200
    assert "工作完成情况报告" in Document(io.BytesIO(report.content)).paragraphs[0].text.replace("\n", "")
    assert [r["detail"] for r in store.audit_rows("download")] == ["汇总表 2026-06", "报告 2026-06"]


def test_a_refused_file_only_guessed_to_be_a_townships_is_not_shown_as_its_own(
        client: TestClient, store: Store, county: Config, tmp_path: Path) -> None:
    """A file dropped in the inbox by someone else and refused is filed under its *likely* sender for status;
    its content may be another party's, so the township's login neither lists nor opens it — the county does."""
    from tests.test_status_rejected import _notes_sheet

    _notes_sheet(county.inbox / "东镇2026年6月项目.xlsx", "东镇2026年1-6月工业固定资产投资项目进展情况",
                 "填报单位：东镇人民政府")
    [outcome] = process(county, inbox_files(county))
    assert outcome.status == "rejected"
    sid = outcome.submission_id
    con = open_published(county)
    try:
        assert con.execute("select sender, identified_by from submissions where submission_id = ?",
                           [sid]).fetchone() == ("东镇", "guess")
    finally:
        con.close()
    ready(client, store, "东镇")
    mine = client.get("/mine?period=2026-06").text
    assert f'href="/submissions/{sid}"' not in mine
    assert client.get(f"/submissions/{sid}").status_code == 404  # as for any submission not one's own
    ready(client, store, "县工信局", ROLE_COUNTY)
    assert client.get(f"/submissions/{sid}").status_code == 200
