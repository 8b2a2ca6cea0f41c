"""The 报送平台 in a real headless browser (Debian's chromium driven by Playwright) against a real uvicorn.

A township logs in with the one-time password `beizeng users add` printed, changes it, uploads a bad
return, sees the marked cells, downloads the feedback, uploads a corrected one (accepted, with a warning),
explains the warning; the county sees both townships on its board and the reason in the 数据质量 sheet of
the summary workbook; the second township gets 404 for the first one's pages and files.  The screenshots
of the result page and the board in the README are taken here.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config
from beizeng.cli.main import app as cli
from tests.scenarios import fai_2026_06
from tests.test_web_flow import east_return

IMG = Path(__file__).resolve().parent.parent / "docs" / "img"
PASSWORD = "Tz6-township-pw"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright 未安装（pip install -e '.[dev]'）")
pytestmark = [pytest.mark.slow,  # ≈ 90 s on a busy two-core machine: three uploads, each a whole writing run
              pytest.mark.skipif(CHROMIUM is None, reason="没有 chromium：make test 会用 apt-get 安装（需要 root 或免密 sudo）")]


@contextlib.contextmanager
def served(cfg: Config) -> Iterator[str]:
    """The application under uvicorn on a free port, as `beizeng web` runs it: its address while the block runs."""
    import uvicorn

    from beizeng.web.server import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(cfg), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture
def server(county: Config) -> Iterator[str]:
    with served(county) as base:
        yield base


def add_user(*args: str) -> str:
    result = CliRunner().invoke(cli, ["users", "add", *args])
    assert result.exit_code == 0, result.output
    found = re.search(r"一次性密码：(\w+)", result.output)
    assert found, result.output
    return found.group(1)


def first_login(page: Any, base: str, name: str, otp: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#name", name)
    page.fill("#password", otp)
    page.click("#login")
    page.wait_for_url(f"{base}/password")
    page.fill("#old", otp)
    page.fill("#new", PASSWORD)
    page.fill("#again", PASSWORD)
    page.click("#change")
    page.wait_for_load_state()
    assert "密码已修改" in page.inner_text("#flash")


def upload(page: Any, base: str, path: Path) -> float:
    page.goto(f"{base}/mine")
    page.set_input_files("#files", str(path))
    start = time.monotonic()
    with page.expect_navigation(timeout=60_000):
        page.click("#upload")
    page.wait_for_selector("#verdict")
    return time.monotonic() - start


def test_a_township_uploads_fixes_and_explains_and_the_county_sees_it(county: Config, server: str,
                                                                      tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    made = tmp_path / "made"
    east_otp, west_otp, county_otp = add_user("东镇"), add_user("西镇"), add_user("县工信局", "--role", "县级")
    IMG.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        east = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        first_login(east, server, "东镇", east_otp)

        # the bad return: refused within seconds, the wrong cell marked with its message on hover
        took = upload(east, server, east_return(made / "bad", bad=True))
        assert took < 30
        assert east.inner_text("#verdict").startswith("退回")
        marked = east.locator("#sheet td.err")
        assert marked.count() == 1
        assert marked.first.get_attribute("data-cell") == "I6" and marked.first.inner_text() == "四百万"
        assert "[错误] 不是数字" in (marked.first.get_attribute("title") or "")
        with east.expect_download() as download:
            east.click("#feedback-link")
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name == "东镇_2026-06_工业固定资产投资项目月报.反馈.xlsx"
        book = openpyxl.load_workbook(saved)
        comments = [c.comment.text for ws in book.worksheets for row in ws.iter_rows() for c in row if c.comment]
        assert any("不是数字" in text for text in comments)
        rejected = re.search(r"/submissions/(\d+)", east.url) or re.search(r'href="/submissions/(\d+)"', east.content())
        assert rejected
        rejected_id = int(rejected.group(1))

        # the corrected one: accepted with a warning (the 合计 row), the next version, the difference shown
        upload(east, server, east_return(made / "good", bad=False))
        assert east.inner_text("#verdict").startswith("已入库，但有提醒")
        warned = east.locator("#sheet td.warn")
        assert warned.first.get_attribute("data-cell") == "N5"
        assert "合计行与各行之和不一致" in (warned.first.get_attribute("title") or "")
        accepted_id = int(re.findall(r'href="/submissions/(\d+)"', east.content())[0])
        east.goto(f"{server}/submissions/{accepted_id}")
        assert "第1版" in east.inner_text("#versions") and "退回" in east.inner_text("#versions")
        form = east.locator("form.explain-form").first
        form.locator("select[name=reason]").select_option("停产检修")
        form.locator("input[name=detail]").fill("光伏项目6月停工检修，合计为预估数")
        form.locator("button").click()
        east.wait_for_load_state()
        assert "说明已保存" in east.inner_text("#flash")
        assert "已说明：停产检修（光伏项目6月停工检修，合计为预估数）" in east.inner_text("#problems")
        east.screenshot(path=str(IMG / "web-result.png"), full_page=True)

        # the second township uploads its own, and cannot reach the first one's pages or files
        west = browser.new_context(locale="zh-CN").new_page()
        first_login(west, server, "西镇", west_otp)
        _, west_file = fai_2026_06(made / "west")
        upload(west, server, west_file)
        assert west.inner_text("#verdict").startswith("已入库")
        for url in (f"/submissions/{accepted_id}", f"/submissions/{rejected_id}/feedback",
                    f"/submissions/{accepted_id}/file"):
            response = west.goto(f"{server}{url}")
            assert response is not None and response.status == 404, url
            assert "不属于您的单位" in west.inner_text("#error")
        response = west.goto(f"{server}/board")
        assert response is not None and response.status == 403

        # the county: both townships on the board, their figures, the reason in the 数据质量 sheet
        board = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 1000}).new_page()
        first_login(board, server, "县工信局", county_otp)
        board.goto(f"{server}/board?period=2026-06")
        rows = board.inner_text("#board")
        assert re.search(r"东镇\s+逾期报送", rows) and re.search(r"西镇\s+逾期报送", rows)
        figures = board.inner_text("#townships")
        assert "东镇：" in figures and "西镇：" in figures
        # 3000 万元: the 400 万元 project is below the 500 万元 a project needs to count in 工业固投
        assert re.search(r"东镇：(?:[^\n]*；)?工业固定资产投资 0\.30 亿元", figures), figures  # after its share of the county
        all_subs = board.inner_text("#all-subs")
        assert len(re.findall(r"\t东镇\t", all_subs)) == 2 and len(re.findall(r"\t西镇\t", all_subs)) == 1
        assert "东镇_2026-06_工业固定资产投资项目月报.xlsx\t" in all_subs  # the name the sender gave, not the inbox's
        board.screenshot(path=str(IMG / "web-board.png"), full_page=True)
        with board.expect_download(timeout=60_000) as download:
            board.click("#download-summary", no_wait_after=True)  # the download's 60 s bound, not the click's 30
        summary = tmp_path / "汇总表.xlsx"
        download.value.save_as(summary)
        ws = openpyxl.load_workbook(summary)["数据质量"]
        header = next(r for r in ws.iter_rows(values_only=True) if "填报单位说明" in r)
        col = header.index("填报单位说明")
        reasons = [r[col] for r in ws.iter_rows(values_only=True) if r[col] and r != header]
        assert reasons == ["停产检修：光伏项目6月停工检修，合计为预估数"]
        browser.close()
