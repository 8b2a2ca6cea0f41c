"""The 表头对照 question answered on the 报送平台's result page (beizeng.web.layout_answer).

东镇's June return has two amount columns, K 完成投资 and L 完成投资额, either of which may be 1-N月累计完成投资: it is
refused with a question.  The clerk picks L on the page; the answer is checked like every answer
(``layouts.resolve_column``), stored per sender and form like ``beizeng map`` stores it, said in the audit trail,
and the same stored file is read again at once — taken: 800 + 1,200 + 0 万元.  Another township never sees the
question nor can answer it (404, as any id it may not see).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.intake.layouts import FILE_NAME, load
from beizeng.web import views
from beizeng.web.server import create_app
from beizeng.web.store import ROLE_COUNTY, Store, store_path
from tests.handmade import fresh19 as f19
from tests.test_handmade import sql
from tests.test_web_security import sender_ready, token

CUM = "select invest_cum from cur_fai_projects where period = ? order by excel_row"


def _loop_checks(county_full: Config, store: Store, clerk_name: str) -> None:
    """What the answer leaves behind: the answer stored as beizeng map stores it, who answered in the audit trail,
    the figures taken from L."""
    assert load(county_full.root)[("东镇", "fai_projects")].columns == {("L", "完成投资额"): "invest_cum"}
    assert '"L 完成投资额" = "1-N月累计完成投资"' in (county_full.root / FILE_NAME).read_text(
        encoding="utf-8"
    )
    [said] = store.audit_rows("layout_answer")
    assert said["user"] == clerk_name and said["sender"] == "东镇"
    assert "L列为“1-N月累计完成投资”" in said["detail"], said["detail"]
    from decimal import Decimal

    assert sql(county_full, CUM, ["2026-06"]) == [(Decimal(800),), (Decimal(1200),), (Decimal(0),)]


def test_layout_question_answered_on_the_page_reads_the_same_file_again(
    county_full: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "SLOWDOWN", 0.0)
    store = Store(store_path(county_full))
    path = f19.ambiguous_amount_columns(tmp_path)
    with TestClient(create_app(county_full, store=store, lock_wait=5)) as client:
        csrf = sender_ready(client, store, "东镇")
        r = client.post(
            "/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))]
        )
        assert r.status_code == 200 and "退回" in r.text
        sid = int(re.findall(r'href="/submissions/(\d+)"', r.text)[0])
        # the question, with the sheet's columns to choose from, letter and header words
        assert 'id="layout-form"' in r.text
        assert (
            '<option value="L">L列 完成投资额</option>' in r.text
            and '<option value="none">没有这一列</option>' in r.text
        )
        assert "此列不属于本报表" not in r.text  # K and L are asked about, not "not of this form"

        # another township: no question shown, no answer taken (404, as an id it may not see)
        with TestClient(create_app(county_full, store=store, lock_wait=5)) as other:
            other_csrf = sender_ready(other, store, "西镇")
            assert other.get(f"/submissions/{sid}").status_code == 404
            r2 = other.post(
                f"/submissions/{sid}/layout", data={"csrf_token": other_csrf, "col-invest_cum": "L"}
            )
            assert r2.status_code == 404
        # the county's office sees the page but answers with beizeng map or the feedback copy, not for the township
        with TestClient(create_app(county_full, store=store, lock_wait=5)) as county:
            otp = store.add_user("县工信局", ROLE_COUNTY, None)
            county.post(
                "/login",
                data={"csrf_token": token(county.get("/login").text), "name": "县工信局", "password": otp},
            )
            county.post(
                "/password",
                data={
                    "csrf_token": token(county.get("/password").text),
                    "old": otp,
                    "new": "Qz8-changed-pw",
                    "again": "Qz8-changed-pw",
                },
            )
            r3 = county.post(
                f"/submissions/{sid}/layout",
                data={"csrf_token": token(county.get("/board").text), "col-invest_cum": "L"},
            )
            assert r3.status_code == 403
        assert not (county_full.root / FILE_NAME).exists()

        # without the page's token: refused; a column the sheet does not have: said, nothing stored
        assert client.post(f"/submissions/{sid}/layout", data={"col-invest_cum": "L"}).status_code == 403
        r = client.post(f"/submissions/{sid}/layout", data={"csrf_token": csrf, "col-invest_cum": "Z"})
        assert "表中没有Z列（本表的列从A列到L列）" in r.text and not (county_full.root / FILE_NAME).exists()

        r = client.post(f"/submissions/{sid}/layout", data={"csrf_token": csrf, "col-invest_cum": "L"})
        assert r.status_code == 200
        assert "已入库" in r.text, r.text[:3000]
        assert "按你上次的回答读取（表头对照）" in r.text and ".toml" not in r.text
    _loop_checks(county_full, store, "东镇")


@pytest.mark.slow
def test_layout_question_answered_in_the_browser(county_full: Config, tmp_path: Path) -> None:
    pytest.importorskip("playwright.sync_api", reason="playwright 未安装（pip install -e '.[dev]'）")
    from playwright.sync_api import sync_playwright

    from tests.test_web_browser import CHROMIUM, served
    from tests.test_web_handmade20 import SHOTS, clerk, no_fault, upload

    if CHROMIUM is None:
        pytest.skip("没有 chromium：make test 会用 apt-get 安装")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with served(county_full) as base, sync_playwright() as pw:
        browser: Any = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = clerk(browser, base, "东镇")
        no_fault(page, upload(page, base, f19.ambiguous_amount_columns(tmp_path)))
        assert page.inner_text("#verdict").startswith("退回")
        form = page.locator("#layout-form")
        assert "1-N月累计完成投资" in form.inner_text()
        assert "L列 完成投资额" in form.locator("select").inner_text()
        marked = {
            c.get_attribute("data-cell"): c.get_attribute("title") or ""
            for c in page.locator("#sheet td[data-cell]").all()
        }
        assert "不属于" not in marked.get("K3", "") + marked.get("L3", ""), (
            marked
        )  # asked about, not "not of it"
        page.screenshot(path=str(SHOTS / "layout-asked-on-page.png"), full_page=True)
        page.select_option("#col-invest_cum", "L")
        with page.expect_navigation():
            page.click("#layout-submit")
        text = page.inner_text("main")
        assert page.inner_text("#verdict").startswith("已入库"), text[:2000]
        assert "已记下你的回答（L列为“1-N月累计完成投资”）" in page.inner_text("#flash")
        assert "按你上次的回答读取（表头对照）" in text and ".toml" not in text
        assert page.locator("#layout-form").count() == 0
        page.screenshot(path=str(SHOTS / "layout-answered-on-page.png"), full_page=True)
        browser.close()
    _loop_checks(county_full, Store(store_path(county_full)), "东镇")
