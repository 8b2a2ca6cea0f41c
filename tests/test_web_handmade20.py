"""The 报送平台 in a real browser (Debian's chromium, Playwright) with HAND-MADE returns: what a township clerk sees
and can do on the page — a return taken with things to check, a return asked about, and the files a clerk really
picks in the upload dialog (the same file twice, the neighbour's return, .xls, .et, a photo, a zip, an empty file,
a long full-width name, two files at once).

Makers: tests/handmade/web20.py (new), fresh18.py, fresh19.py, probe22.py.  County: the full test county
(tests/scenarios_more.write_full_config).  Where beizeng differs from what a clerk needs the test is
``xfail(strict=True, reason="today: …")`` with the real expectation in the body.  Screenshots go to /tmp/w20/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.handmade import fresh18 as f18
from tests.handmade import fresh19 as f19
from tests.handmade import probe22 as p22
from tests.handmade import web20 as w
from tests.test_web_browser import CHROMIUM, add_user, first_login, served

SHOTS = Path("/tmp/w20")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright 未安装（pip install -e '.[dev]'）")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="没有 chromium：make test 会用 apt-get 安装"),
]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: Latin words a Chinese page may show: file types and product names a clerk knows.
ALLOWED_LATIN = {
    "xlsx",
    "xls",
    "xlsm",
    "et",
    "ods",
    "jpg",
    "zip",
    "img",
    "excel",
    "wps",
    "word",
    "csv",
    "pdf",
    "mb",
    "n",
}


@pytest.fixture
def server(county_full: Config) -> Iterator[str]:
    """The full county's application under uvicorn, as `beizeng web` runs it."""
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


def clerk(
    browser: Any, base: str, name: str, width: int = 1280, height: int = 900, role: str | None = None
) -> Any:
    """A new account logged in (password changed) in its own browser context."""
    otp = add_user(name, *(["--role", role] if role else []))
    page = browser.new_context(
        viewport={"width": width, "height": height}, locale="zh-CN", accept_downloads=True
    ).new_page()
    first_login(page, base, name, otp)
    return page


def upload(page: Any, base: str, *files: Path | tuple[Path, str]) -> Any:
    """Choose ``files`` in the upload dialog (a (path, name) pair: the bytes under the name they have on the clerk's
    PC) and press 上传并校验; the response of the form's POST."""
    page.goto(f"{base}/mine")
    chosen: list[Any] = []
    for f in files:
        if isinstance(f, tuple):
            chosen.append({"name": f[1], "mimeType": XLSX, "buffer": f[0].read_bytes()})
        else:
            chosen.append(str(f))
    page.set_input_files("#files", chosen)
    with page.expect_response(
        lambda r: r.url.endswith("/upload") and r.request.method == "POST", timeout=90_000
    ) as posted:
        page.click("#upload")
    page.wait_for_load_state()
    return posted.value


def latin_words(text: str) -> list[str]:
    """English words on a page meant in Chinese (cell references, codes and the clerk's file names aside)."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [
        x
        for x in words
        if x.lower() not in ALLOWED_LATIN
        and not re.fullmatch(r"[A-Z]{1,2}", x)
        and x not in ("Sheet", "IMG", "JFIF")
    ]


def no_fault(page: Any, response: Any) -> str:
    """The page's main text, after checking it is no server fault and nothing English or Python on it."""
    assert response.status < 500, response.status
    text = str(page.inner_text("main"))
    for bad in ("Traceback", "Internal Server Error", "内部错误", "None", "nan", "Exception"):
        assert bad not in text, bad
    return text


def sub_id(page: Any) -> int:
    return int(re.findall(r'href="/submissions/(\d+)"', page.content())[0])


# ---------------------------------------------------------------------------------------------
# A return taken with things to check
# ---------------------------------------------------------------------------------------------


def test_warned_return_is_shown_in_chinese_and_fits_an_office_screen_and_a_phone(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "西镇")
    text = no_fault(page, upload(page, server, w.west_total_off_and_a_remark(tmp_path)))
    assert page.inner_text("#verdict").startswith("已入库，但有提醒")
    problems = page.inner_text("#problems")
    assert "合计行与各行之和不一致：各行合计为 1,200（万元），相差 50" in problems
    assert "6月数据待企业确认" in problems
    assert latin_words(problems) == [], latin_words(problems)
    assert latin_words(text.replace(str(page.inner_text("#sheet")), "")) == []
    # the two cells marked on the sheet, their messages on hover
    marked = {
        c.get_attribute("data-cell"): c.get_attribute("title") or ""
        for c in page.locator("#sheet td.warn").all()
    }
    assert set(marked) == {"M6", "N4"} and "合计行" in marked["M6"]
    page.screenshot(path=str(SHOTS / "warned-1280.png"), full_page=True)
    # 1280 wide: no horizontal scroll of the page, the problem table inside the window
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    box = page.locator("#problems").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 1280

    # the same result on a 390-wide phone: the verdict and the problem list readable without zooming out
    url = page.url
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="zh-CN", storage_state=page.context.storage_state()
    ).new_page()
    phone.goto(url)
    phone.screenshot(path=str(SHOTS / "warned-390.png"), full_page=True)
    verdict = phone.locator("#verdict").bounding_box()
    assert verdict is not None and verdict["x"] + verdict["width"] <= 390
    phone.goto(f"{server}/mine")
    button = phone.locator("#upload").bounding_box()
    assert button is not None and button["x"] + button["width"] <= 390  # the clerk can press 上传


def test_problem_list_fits_a_phone(county_full: Config, server: str, browser: Any, tmp_path: Path) -> None:
    page = clerk(browser, server, "西镇", width=390, height=844)
    upload(page, server, w.west_total_off_and_a_remark(tmp_path))
    page.screenshot(path=str(SHOTS / "phone-problems.png"), full_page=True)
    box = page.locator("#problems").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390, box


def test_warned_page_says_which_cells_the_figures_came_from(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "西镇")
    upload(page, server, w.west_total_off_and_a_remark(tmp_path))
    detail = str(page.inner_text(".detail")).replace(str(page.inner_text("#problems")), "")
    assert re.search(r"M列|M4", detail) and re.search(r"1,?200", detail), detail[:800]


def test_a_warning_explained_on_the_page_reaches_the_quality_sheet(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "西镇")
    upload(page, server, w.west_total_off_and_a_remark(tmp_path))
    sid = sub_id(page)
    page.goto(f"{server}/submissions/{sid}")
    row = page.locator("#problems tr", has_text="合计行与各行之和不一致")
    row.locator("select[name=reason]").select_option("数据更正")
    row.locator("input[name=detail]").fill("合计为上一稿数字，以各行为准")
    row.locator("button").click()
    page.wait_for_load_state()
    assert "说明已保存" in page.inner_text("#flash")
    assert "已说明：数据更正（合计为上一稿数字，以各行为准）" in page.inner_text("#problems")
    page.screenshot(path=str(SHOTS / "explained.png"), full_page=True)

    county = clerk(browser, server, "县工信局", role="县级")
    county.goto(f"{server}/board?period=2026-06")
    with county.expect_download(timeout=90_000) as download:
        county.click("#download-summary", no_wait_after=True)  # the download's bound, not the click's 30 s
    summary = tmp_path / "汇总表.xlsx"
    download.value.save_as(summary)
    rows = [r for r in openpyxl.load_workbook(summary)["数据质量"].iter_rows(values_only=True)]
    header = next(r for r in rows if "填报单位说明" in r)
    col = header.index("填报单位说明")
    explained = [r for r in rows if r[col] and r != header]
    assert [r[col] for r in explained] == ["数据更正：合计为上一稿数字，以各行为准"]
    assert any("M6" in str(v) for v in explained[0])


def test_quality_sheet_names_the_file_as_the_township_named_it(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "西镇")
    upload(page, server, w.west_total_off_and_a_remark(tmp_path))
    county = clerk(browser, server, "县工信局", role="县级")
    county.goto(f"{server}/board?period=2026-06")
    with county.expect_download(timeout=90_000) as download:
        county.click("#download-summary", no_wait_after=True)
    summary = tmp_path / "汇总表.xlsx"
    download.value.save_as(summary)
    cells = [
        str(v)
        for r in openpyxl.load_workbook(summary)["数据质量"].iter_rows(values_only=True)
        for v in r
        if v
    ]
    assert not [c for c in cells if "网报-" in c], [c for c in cells if "网报-" in c]
    assert "西镇6月固投.xlsx" in cells


# ---------------------------------------------------------------------------------------------
# A return asked about
# ---------------------------------------------------------------------------------------------


def test_layout_question_answered_in_the_feedback_then_taken_and_on_the_board(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "东镇")
    text = no_fault(page, upload(page, server, f19.ambiguous_amount_columns(tmp_path)))
    assert page.inner_text("#verdict").startswith("退回")
    problems = page.inner_text("#problems")
    assert (
        "K列“完成投资”和L列“完成投资额”都可能是“1-N月累计完成投资”" in problems
    )  # what is asked, which cells
    assert "请把其中要报送的一列的表头改为" in problems  # and what to do
    assert latin_words(problems) == []
    assert (
        "K3" in [c.get_attribute("data-cell") for c in page.locator("#sheet td.err, #sheet th.err").all()]
        or "K3" in text
    )
    page.screenshot(path=str(SHOTS / "asked-layout.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#feedback-link")
    feedback = tmp_path / "dl" / download.value.suggested_filename
    download.value.save_as(feedback)
    assert feedback.name == "东镇6月固投进展.反馈.xlsx"
    assert "表头对照" in openpyxl.load_workbook(feedback).sheetnames
    answered = f19.answer_header_sheet(feedback, "L", tmp_path / "back" / feedback.name)

    # the clerk sends the answered copy with the return, both at once
    again = f19.ambiguous_amount_columns(tmp_path / "back")
    no_fault(page, upload(page, server, answered, again))
    page.screenshot(path=str(SHOTS / "asked-answered.png"), full_page=True)
    verdicts = [v.inner_text() for v in page.locator("#verdict").all()]
    assert any(v.startswith("已入库") for v in verdicts), page.inner_text("main")[:2000]

    board = clerk(browser, server, "县工信局", role="县级", width=1400)
    board.goto(f"{server}/board?period=2026-06")
    assert re.search(r"东镇\s+\S*报送", board.inner_text("#board")), board.inner_text("#board")
    # 800 + 1,200 (丙 0): 2,000 万元 = 0.20 亿元
    assert re.search(r"东镇：(?:[^\n]*；)?工业固定资产投资 0\.20 亿元", board.inner_text("#townships"))
    board.screenshot(path=str(SHOTS / "asked-board.png"), full_page=True)


def test_layout_question_can_be_answered_on_the_page(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "东镇")
    upload(page, server, f19.ambiguous_amount_columns(tmp_path))
    text = page.inner_text("main")
    answer_form = page.locator("form", has=page.locator("select, input[type=radio]")).count()
    assert "表头对照" in text or answer_form, text[:1500]


def test_unclear_flag_is_asked_on_its_cell_and_the_corrected_file_taken(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "东镇")
    no_fault(page, upload(page, server, p22.proj_flags_in_sentences_one_disagreeing(tmp_path)))
    assert page.inner_text("#verdict").startswith("退回")
    [cell] = page.locator("#sheet td.err").all()
    assert cell.get_attribute("data-cell") == "J6" and cell.inner_text() == "是，但尚未入库"
    assert "J6" in page.inner_text("#problems") and latin_words(page.inner_text("#problems")) == []
    page.screenshot(path=str(SHOTS / "asked-flag.png"), full_page=True)
    # the clerk types 否 in J6 and uploads again
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    wb = openpyxl.load_workbook(p22.proj_flags_in_sentences_one_disagreeing(fixed))
    wb.active["J6"] = "否"  # type: ignore[index]
    wb.save(fixed / "东镇6月项目.xlsx")
    no_fault(page, upload(page, server, fixed / "东镇6月项目.xlsx"))
    assert page.inner_text("#verdict").startswith("已入库"), page.inner_text("main")[:1500]


def test_unclear_flag_message_says_why_it_is_unclear(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "东镇")
    upload(page, server, p22.proj_flags_in_sentences_one_disagreeing(tmp_path))
    row = page.locator("#problems tr", has_text="J6").inner_text()
    assert "是，但尚未入库" in row and re.search(
        r"尚未入库.{0,40}(矛盾|不一致|相反)|(矛盾|不一致|相反).{0,40}尚未入库", row
    ), row


def test_sheet_kind_question_shows_the_sheet_asked_about(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "工信局")
    no_fault(page, upload(page, server, p22.cult_type_sheets_one_a_bare_zhuanjingtexin(tmp_path)))
    page.screenshot(path=str(SHOTS / "asked-sheet-kind.png"), full_page=True)
    assert page.inner_text("#verdict").startswith("退回")
    assert "专精特新" in page.inner_text("#problems")
    assert "未能读取" not in page.inner_text("main")
    assert "工作表「专精特新」" in page.inner_text("h2#explain")


def test_sheet_kind_corrected_is_taken(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    page = clerk(browser, server, "工信局")
    upload(page, server, p22.cult_type_sheets_one_a_bare_zhuanjingtexin(tmp_path))
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    wb = openpyxl.load_workbook(p22.cult_type_sheets_one_a_bare_zhuanjingtexin(fixed))
    wb["专精特新"].title = "省级专精特新"
    wb.save(fixed / "工信局6月企业培育台账.xlsx")
    no_fault(page, upload(page, server, fixed / "工信局6月企业培育台账.xlsx"))
    assert page.inner_text("#verdict").startswith("已入库"), page.inner_text("main")[:1500]


# ---------------------------------------------------------------------------------------------
# What a clerk picks in the upload dialog
# ---------------------------------------------------------------------------------------------

ODD = {
    "photo": (f18.photo_of_the_table, "退回", "这是图片"),
    "zip": (f18.zip_of_two_returns, "退回", "这是压缩包"),
    "empty": (f18.empty_file, "退回", "文件是空的（0 字节）"),
    "xls": (f18.west_return_as_xls, "已入库", ""),
    "et": (w.west_return_as_et, "已入库", ""),
}


@pytest.mark.parametrize("kind", list(ODD))
def test_an_odd_file_gets_a_chinese_answer_and_is_kept(
    kind: str, county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    maker, verdict, said = ODD[kind]
    path = maker(tmp_path)
    page = clerk(browser, server, "西镇")
    text = no_fault(page, upload(page, server, path))
    page.screenshot(path=str(SHOTS / f"odd-{kind}.png"), full_page=True)
    assert page.inner_text("#verdict").startswith(verdict), text[:1500]
    assert said in text and latin_words(page.inner_text("#problems") if said else "") == []
    assert path.name in page.inner_text("#original")
    # nothing lost: the file as sent can be downloaded again from its result
    kept = page.request.get(f"{server}/submissions/{sub_id(page)}/file")
    assert kept.status == 200 and kept.body() == path.read_bytes()


def test_a_long_full_width_name_is_taken_and_shown_as_given(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    path, name = w.west_return_long_fullwidth_name(tmp_path)
    page = clerk(browser, server, "西镇")
    no_fault(page, upload(page, server, (path, name)))
    page.screenshot(path=str(SHOTS / "long-name.png"), full_page=True)
    assert page.inner_text("#verdict").startswith("已入库")
    assert page.inner_text("#original") == name
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_the_same_file_twice_is_said_the_same_and_stored_once(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    path = f18.west_return(tmp_path)
    page = clerk(browser, server, "西镇")
    upload(page, server, path)
    assert page.inner_text("#verdict").startswith("已入库")
    text = no_fault(page, upload(page, server, path))
    page.screenshot(path=str(SHOTS / "same-twice.png"), full_page=True)
    assert "完全相同" in text, text[:1500]
    page.goto(f"{server}/mine?period=2026-06")
    owed = page.inner_text("#owed")
    assert "工业固定资产投资项目月报" in owed and "第2版" not in page.inner_text("#mine-subs"), owed


def test_the_neighbours_return_is_refused_in_chinese_and_kept_for_the_county(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    path = f18.west_return(tmp_path)
    page = clerk(browser, server, "东镇")
    response = upload(page, server, path)
    assert response.status == 400
    page.screenshot(path=str(SHOTS / "neighbour.png"), full_page=True)
    said = page.inner_text("#error")
    assert "文件“西镇6月固投.xlsx”是西镇的报表" in said and "不是本单位（东镇）的，没有入库" in said
    kept = list((county_full.warehouse / "web" / "refused").iterdir())
    assert [k.read_bytes() for k in kept] == [path.read_bytes()]


def test_two_files_at_once_each_get_their_answer(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    good = f18.west_return(tmp_path)
    photo = f18.photo_of_the_table(tmp_path)
    page = clerk(browser, server, "西镇")
    text = no_fault(page, upload(page, server, good, photo))
    page.screenshot(path=str(SHOTS / "two-at-once.png"), full_page=True)
    assert "西镇6月固投.xlsx：已入库" in text and "IMG_20260705_093012.jpg：退回" in text


def stored_fai(cfg: Config) -> list[tuple[object, ...]]:
    from beizeng.store.session import open_published

    con = open_published(cfg)
    try:
        return con.execute(
            "select count(*), sum(invest_cum) from cur_fai_projects where period = '2026-06'"
        ).fetchall()
    finally:
        con.close()


def test_a_correction_uploaded_after_a_final_named_file_is_taken(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    final, fixed = w.west_final_then_corrected(tmp_path)
    page = clerk(browser, server, "西镇")
    upload(page, server, final)
    assert page.inner_text("#verdict").startswith("已入库")
    text = no_fault(page, upload(page, server, fixed))
    page.screenshot(path=str(SHOTS / "after-final.png"), full_page=True)
    from decimal import Decimal

    assert stored_fai(county_full) == [(2, Decimal(1250))], text[:1500]
    assert page.inner_text("#verdict").startswith("已入库")


def test_version_message_names_files_as_the_clerk_named_them(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    final, fixed = w.west_final_then_corrected(tmp_path)
    page = clerk(browser, server, "西镇")
    upload(page, server, final)
    text = no_fault(page, upload(page, server, fixed))
    assert "网报-" not in text, text[:1500]


def test_duplicate_note_names_the_file_as_the_clerk_named_it(
    county_full: Config, server: str, browser: Any, tmp_path: Path
) -> None:
    path = f18.west_return(tmp_path)
    page = clerk(browser, server, "西镇")
    upload(page, server, path)
    text = no_fault(page, upload(page, server, path))
    assert "完全相同" in text and "网报-" not in text, text[:600]
