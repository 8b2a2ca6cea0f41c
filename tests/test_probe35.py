"""The outside probe p35 (tests/handmade/probe35.py): QUARTERLY, YEARLESS and THIRD-YEAR returns through the 报送平台,
in a real browser (Debian's chromium, Playwright) at an office screen's 1280 px — what 东镇's clerk sees on the page,
what the feedback download says, and what the warehouse (DuckDB) stored.

The terminal pipeline already handles these classes (tests/test_probe30.py, test_probe32.py, test_inferred_year.py);
here they go through the web page.  The SERVER'S CLOCK is set per upload (``sent_on``): the day the upload is saved
(the inbox file's time, the only clue to a year a title leaves out), the time recorded as received, the check that
refuses a month not yet begun (as ``in_2027`` in tests/conftest.py), the history window and the due-date states.

Where beizeng differs from what a clerk needs the test is ``xfail(strict=True, reason="today: …")`` with the real
expectation in the body.  Screenshots go to /tmp/p35/.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.problems import Problem
from beizeng.web import upload as web_upload
from tests.handmade import probe35 as p
from tests.test_handmade import sql
from tests.test_web_browser import CHROMIUM, served
from tests.test_web_handmade20 import clerk, latin_words, no_fault, sub_id, upload

SHOTS = Path("/tmp/p35")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright 未安装（pip install -e '.[dev]'）")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="没有 chromium：make test 会用 apt-get 安装"),
]
FAI = "select period, invest_month, invest_cum from cur_fai_projects order by period, excel_row"
SUBS = "select period, status, count(*) from submissions where sender = '东镇' group by all order by all"
_SAVE_UPLOAD = web_upload.save_upload

Maker = Callable[[Path], Path]


@pytest.fixture
def server(county_full: Config) -> Iterator[str]:
    with served(county_full) as base:
        yield base


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


def sent_on(monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> None:
    """The server's clock reads ``when`` for what an upload decides: the inbox file's time (``received`` for the
    year a title leaves out), the time recorded as received, a month not yet begun, the history window and the
    due-date states of the clerk's 应报 list."""
    from beizeng.intake import identify, ingest
    from beizeng.ops import completeness
    from beizeng.web import store

    def saved(*args: Any, **kwargs: Any) -> tuple[Path, str, int]:
        path, digest, size = _SAVE_UPLOAD(*args, **kwargs)
        os.utime(path, (when.timestamp(), when.timestamp()))
        return path, digest, size

    def not_ahead(period: str, received: dt.date | None, file_name: str, sheet: str, ask: list[Problem],
                  notes: list[Problem]) -> None:
        if period > f"{when:%Y-%m}":
            ask.append(Problem("error", "period_in_future", f"{period} 还没到", "核对年月", file=file_name, sheet=sheet))

    real_too_old, real_completeness = ingest.too_old, completeness.completeness
    monkeypatch.setattr(web_upload, "save_upload", saved)
    monkeypatch.setattr(ingest, "now", lambda: when)
    monkeypatch.setattr(store, "now_text", lambda: when.isoformat(sep=" "))
    monkeypatch.setattr(identify, "_check_not_ahead", not_ahead)
    monkeypatch.setattr(ingest, "too_old", lambda period, years, today=None: real_too_old(period, years, when.date()))
    monkeypatch.setattr(completeness, "completeness",
                        lambda con, cfg, period, now=None: real_completeness(con, cfg, period, now or when))


def send(page: Any, base: str, monkeypatch: pytest.MonkeyPatch, when: dt.datetime,
         file: Path | tuple[Path, str]) -> str:
    """Upload ``file`` with the server's clock at ``when``; the result page's main text (no fault, no English)."""
    sent_on(monkeypatch, when)
    page.set_default_timeout(90_000)  # a first upload builds the warehouse: a whole writing run on a busy machine
    text = no_fault(page, upload(page, base, file))
    assert latin_words(text.replace(grid(page), "")) == [], latin_words(text.replace(grid(page), ""))
    return text


def grid(page: Any) -> str:
    """The clerk's own sheet as shown (its words are the clerk's, not the page's)."""
    return "".join(page.locator("#sheet").all_inner_texts())


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def facts(page: Any) -> dict[str, str]:
    """The result page's table of facts (文件, 报表, 填报单位, 期间, 编号, 收到时间 …) as label → value."""
    cells = page.locator(".detail > table").first.locator("th, td").all_inner_texts()
    return {cells[i].strip(): cells[i + 1].strip() for i in range(0, len(cells) - 1, 2)}


def problem_rows(page: Any) -> list[tuple[str, str, str, str]]:
    """(类别, 单元格, 问题, 修改建议) of each row of the page's problem list."""
    out = []
    for row in page.locator("#problems tr:not(.head)").all():
        cells = row.locator("td").all_inner_texts()
        out.append((cells[0].strip(), cells[1].strip(), cells[4].strip(), cells[5].strip()))
    return out


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, minute=30)


# ---- quarterly --------------------------------------------------------------------------------------------------

def test_first_quarter_sent_on_8_april_is_stored_as_1_to_3_months(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-04-08"), p.first_quarter(tmp_path))
    shot(page, "q1-accepted")
    assert page.inner_text("#verdict").startswith("已入库")
    said = facts(page)
    assert said["期间"] in ("2026-03", "2026年1-3月") and said["收到时间"].startswith("2026-04-08"), said
    read = page.inner_text("#read")
    assert "N列（表头“完成投资一季度累计”），合计 1,700 万元" in read and "M列（表头“完成投资3月”），合计 400 万元" in read
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert sql(county_full, FAI) == [("2026-03", D(300), D(1200)), ("2026-03", D(100), D(500))]
    assert sql(county_full, "select period, received_at::date from submissions") == [("2026-03", dt.date(2026, 4, 8))]
    page.goto(f"{server}/mine?period=2026-03")
    assert re.search(r"工业固定资产投资项目月报\s+已报送\s+1\s+04-08 09:30", page.inner_text("#owed")), \
        page.inner_text("#owed")


def test_second_quarter_with_a_bare_amount_is_asked_in_chinese_and_nothing_stored(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-07-06"), p.second_quarter_bare(tmp_path))
    shot(page, "q2-asked")
    assert page.inner_text("#verdict").startswith("退回")
    [(kind, cell, message, fix)] = [r for r in problem_rows(page) if r[0] == "错误"]
    assert cell == "M3" and "第二季度（4-6月）" in message and "看不出是第二季度的数还是1-6月累计数" in message, message
    assert fix.startswith("如果填的是1-6月累计数，请把表头改为“1-6月累计完成投资”后重新报送"), fix
    assert "请改报1-6月累计数（1-3月与第二季度之和）" in fix, fix
    marked = page.locator("#sheet td.err")
    assert marked.count() == 1 and marked.first.get_attribute("data-cell") == "M3"
    assert sql(county_full, FAI) == [] and sql(county_full, SUBS) == [("2026-06", "rejected", 1)]


def test_the_title_is_quoted_as_the_clerk_typed_it(county_full: Config, server: str, browser: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-07-06"), p.second_quarter_bare(tmp_path))
    # what the clerk searches for in the sheet (Ctrl+F) is what the message quotes
    assert "标题“东镇2026年第二季度（4-6月）工业项目完成投资情况”" in page.inner_text("#problems")


def test_feedback_download_names_the_same_problems_as_the_page(county_full: Config, server: str, browser: Any,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-07-06"), p.second_quarter_bare(tmp_path))
    on_page = {(cell, message) for _, cell, message, _ in problem_rows(page)}
    with page.expect_download() as download:
        page.click("#feedback-link")
    saved = tmp_path / "dl" / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "东镇二季度完成投资.反馈.xlsx"
    book = openpyxl.load_workbook(saved)
    listed = book.worksheets[0]
    rows = list(listed.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and "问题" in r and "如何修改" in r)
    cols = rows[head]
    in_book = {(r[cols.index("单元格")] or "—", r[cols.index("问题")]) for r in rows[head + 1:] if r[0]}
    assert in_book == on_page, (in_book ^ on_page)
    headline = "\n".join(str(r[0]) for r in rows[:head] if r[0])
    assert "2026年1-6月" in headline and "退回：有 1 个错误" in headline, headline
    comment = book["二季度"]["M3"].comment
    assert comment is not None and "看不出是第二季度的数还是1-6月累计数" in comment.text


def test_two_quarters_in_one_workbook_are_both_received_or_the_first_is_said(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-07-06"), p.two_quarters_one_workbook(tmp_path))
    shot(page, "two-quarters")
    assert sql(county_full, "select period, sum(invest_cum) from cur_fai_projects group by 1 order by 1")[-1] == \
        ("2026-06", D(4200))
    both = sql(county_full, "select period from submissions where status = 'accepted' order by 1") == \
        [("2026-03",), ("2026-06",)]
    # either both returns are received (2026-03: 1,700 万元), or the clerk is WARNED that 一季度 was not received
    warned = not page.inner_text("#verdict").endswith("没有发现问题。") and "一季度" in page.inner_text("#problems")
    assert both or warned, (page.inner_text("#verdict"), sql(county_full, SUBS))


# ---- with and without a year ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "figures", "period", "year"), [
    ("2027-01-08", "2026-06", "2026-06", "2026"),  # 1-6月 arriving in January: last year's, six months late
    ("2027-07-08", "2027-06", "2027-06", "2027"),  # 1-6月 arriving in July: this year's
], ids=["january", "july"])
def test_a_yearless_half_year_takes_the_year_it_was_sent_in_and_says_so(
        day: str, figures: str, period: str, year: str, county_full: Config, server: str, browser: Any,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at(day), p.half_year_no_year(tmp_path, figures))
    shot(page, f"yearless-{day}")
    assert page.inner_text("#verdict").startswith("已入库")
    assert facts(page)["期间"] in (period, f"{year}年1-6月"), facts(page)
    assert f"标题和文件名中没有写年份，按收到日期推定为{year}年" in page.inner_text("#problems")
    cum = {"2026-06": [D(3000), D(1200)], "2027-06": [D(3500), D(1600)]}[figures]
    assert sql(county_full, FAI) == [(period, m, c) for (m, c) in zip([D(x) for x, _ in p.FIGURES[figures]], cum,
                                                                       strict=True)]


def test_the_year_inferred_fix_gives_the_year_it_was_read_as(county_full: Config, server: str, browser: Any,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2027-07-08"), p.half_year_no_year(tmp_path))
    [fix] = [f for _, _, m, f in problem_rows(page) if "推定为2027年" in m]
    assert "2027年1-6月" in fix and "2026" not in fix, fix  # the clerk copies the example into next month's title


def test_last_years_half_year_sent_again_without_a_year_in_july_2027_is_refused(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    (tmp_path / "a").mkdir()
    send(page, server, monkeypatch, at("2026-07-06"), p.half_year(tmp_path / "a"))
    send(page, server, monkeypatch, at("2027-07-08"), p.half_year_no_year(tmp_path, "2026-06"))
    shot(page, "yearless-resent")
    assert page.inner_text("#verdict").startswith("退回")
    [(_, _, message, fix)] = [r for r in problem_rows(page) if r[0] == "错误"]
    assert "按收到日期（2027年7月8日）推定为2027年1-6月" in message, message
    assert "与已入库的2026年1-6月报表《东镇2026年1-6月项目.xlsx》一分不差" in message, message
    assert fix.startswith("在标题写明年份，如“2026年1-6月”（2026年1-6月的这份已经入库，不必再报）"), fix
    assert sql(county_full, FAI) == [("2026-06", D(600), D(3000)), ("2026-06", D(200), D(1200))]
    assert sql(county_full, SUBS) == [("2026-06", "accepted", 1), ("2027-06", "rejected", 1)]


# ---- the same return again, a corrected one ---------------------------------------------------------------------

def test_the_same_file_twice_is_one_version_and_the_correction_the_second(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    first = p.first_quarter(tmp_path)
    send(page, server, monkeypatch, at("2026-04-08"), first)
    send(page, server, monkeypatch, at("2026-04-08", 15), first)  # the clerk was not sure it went: the same file
    shot(page, "same-file-again")
    assert "重复" in page.inner_text("main") and "第2版" not in page.inner_text("main"), page.inner_text("main")[:600]
    (tmp_path / "fixed").mkdir()
    send(page, server, monkeypatch, at("2026-04-09"), p.first_quarter_corrected(tmp_path / "fixed"))
    shot(page, "corrected")
    assert page.inner_text("#verdict").startswith("已入库")
    changes = page.inner_text("#changes")
    assert re.search(r"N7\s+东关饲料车间技改项目\s+1-N月累计完成投资\s+500\s+600", changes), changes
    versions = page.inner_text("#versions")
    assert "第2版" in versions and "第1版" in versions and "第3版" not in versions, versions
    assert sql(county_full, FAI) == [("2026-03", D(300), D(1200)), ("2026-03", D(200), D(600))]
    assert sql(county_full, SUBS) == [("2026-03", "accepted", 2)]  # the same bytes again are no submission


# ---- late and old periods ---------------------------------------------------------------------------------------

def test_a_first_quarter_sent_in_december_is_stored_and_said_late(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    for day, maker in (("2026-07-06", p.half_year), ("2026-10-08", p.third_quarter_end)):
        (tmp_path / day).mkdir()
        send(page, server, monkeypatch, at(day), maker(tmp_path / day))
    send(page, server, monkeypatch, at("2026-12-06"), p.first_quarter(tmp_path))
    shot(page, "q1-in-december")
    assert page.inner_text("#verdict").startswith("已入库")
    assert sql(county_full, "select period, sum(invest_cum) from cur_fai_projects group by 1 order by 1") == [
        ("2026-03", D(1700)), ("2026-06", D(4200)), ("2026-09", D(6300))]
    page.goto(f"{server}/mine?period=2026-03")
    assert "逾期" in page.inner_text("#owed"), page.inner_text("#owed")  # the 应报 list knows
    page.go_back()
    assert re.search(r"逾期|补报|迟报", page.inner_text("main").replace(grid(page), ""))  # the result page does not


def test_a_six_year_old_return_is_refused_in_words_a_clerk_can_act_on(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    sent_on(monkeypatch, at("2026-12-06"))
    no_fault(page, upload(page, server, p.half_year_2020(tmp_path)))
    shot(page, "old-2020")
    assert page.inner_text("#verdict").startswith("退回")
    assert sql(county_full, FAI) == [] and sql(county_full, SUBS) == [("2020-06", "rejected", 1)]
    [(_, _, message, fix)] = [r for r in problem_rows(page) if "早于" in r[2]]
    assert latin_words(message + fix) == [], latin_words(message + fix)
    assert "2020年1-6月" in message, message  # today “报表期间是2020年6月” for a 1-6月累计 return


# ---- the clerk's list -------------------------------------------------------------------------------------------

def test_the_received_list_says_periods_and_days_as_a_person_writes_them(
        county_full: Config, server: str, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-04-08"), p.first_quarter(tmp_path))
    assert facts(page)["期间"] == "2026年1-3月", facts(page)
    (tmp_path / "b").mkdir()
    send(page, server, monkeypatch, at("2027-07-08"), p.half_year_no_year(tmp_path / "b"))
    page.goto(f"{server}/mine")
    shot(page, "mine-two-years")
    rows = [r.locator("td").all_inner_texts() for r in page.locator("#mine-subs tr:not(.head)").all()]
    periods = [r[3] for r in rows]
    received = [r[5] for r in rows]
    assert periods == ["2027年1-6月", "2026年1-3月"], rows
    assert [x[:4] for x in received] == ["2027", "2026"], received  # a list over two years says the year


def test_the_pages_a_clerk_reads_are_chinese_and_fit_1280(county_full: Config, server: str, browser: Any,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = clerk(browser, server, "东镇")
    send(page, server, monkeypatch, at("2026-07-06"), p.two_quarters_one_workbook(tmp_path))
    sid = sub_id(page)
    (tmp_path / "q2").mkdir()
    send(page, server, monkeypatch, at("2026-07-07"), p.second_quarter_bare(tmp_path / "q2"))
    for url in ("/mine", "/mine?period=2026-03", f"/submissions/{sid}"):
        response = page.goto(f"{server}{url}")
        assert response is not None and response.status == 200, (url, response.status)
        text = page.inner_text("body")
        shown = text.replace(grid(page), "")
        assert "Traceback" not in text and latin_words(shown) == [], (url, latin_words(shown))
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280, url
        shot(page, "page-" + re.sub(r"\W+", "-", url).strip("-"))
