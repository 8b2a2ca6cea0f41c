"""The outside probe p25 (four hand-made returns aimed at session 19's newest changes), makers inline: what a
careful person takes from each return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it
does instead; silent wrong figures first.

Each maker writes into ``folder`` and returns the path(s); its docstring says what a person reading the return
takes from it.  County: tests/scenarios_more.write_full_config unless said; period June 2026 unless said.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config, load_config
from tests.conftest import ingest
from tests.handmade import fresh15 as f15
from tests.handmade import fresh17 as f17
from tests.handmade import probe24 as p24
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import FAI_HEADERS
from tests.scenarios_more import write_full_config
from tests.test_handmade import codes, drop, sql
from tests.test_handmade import take_lazily as take
from tests.test_probe23 import clerk  # noqa: F401 - the fixture, used by name
from tests.xlsx import write_return

CUM = "select period, sum(invest_cum) from cur_fai_projects where sender = '东镇' group by period order by period"


# ---- makers -------------------------------------------------------------------------------------------------------

def fai_old_version_beside_a_new_one(folder: Path) -> list[Path]:
    """东镇 uploads ``东镇6月项目.xlsx`` (1-6月 3,000 + 1,200), later its correction ``东镇6月项目（修改）.xlsx``
    (3,500 + 1,200); then, in ONE upload, a second correction ``东镇6月项目（再次修改）.xlsx`` (3,800 + 1,200) together
    with the very first file again (the clerk ticked two files in the dialog; the order a browser sends them in is
    the dialog's, not the clerk's).

    A reader takes 4,200 after the first, 4,700 after the correction, and 5,000 after the third upload: the one new
    file is the latest word; the first file, replaced twice, does not come back because it rode along (or asks) —
    never 4,200 again."""
    out = []
    for name, first in (("东镇6月项目.xlsx", 3000), ("东镇6月项目（修改）.xlsx", 3500),
                        ("东镇6月项目（再次修改）.xlsx", 3800)):
        out.append(p24._fai(folder / name, "东镇2026年1-6月工业固定资产投资项目进展情况表", first))
    return out


def ent_winter_span_title(folder: Path) -> Path:
    """统计局's list titled ``2025年12月-2026年2月规上工业企业生产情况`` (the clerk's three winter months), file name
    ``统计局规上企业.xlsx``; headers 本月产值 | 1-2月累计产值 | 上年同期; 本月 = 1-2月 (the bureau's 1-2月 form).

    A reader takes February 2026 (the span's end, and the 1-2月 headers) — never December 2025."""
    head = [h.replace("1-6月", "1-2月") for h in f17.ENT]
    firms = [(f[0], f[1], f[2], f[3], f[4], f[5], f[6] * 2, f[6] * 2, round(f[6] * 1.8), f[6] * 2)
             for f in f17.FIRMS]
    wb, _ = f17._ent(f17._firms(firms), head=head, title="2025年12月-2026年2月规上工业企业生产情况")
    return f15._save(wb, folder / "统计局规上企业.xlsx")


def targets_july_to_june(title: str) -> Any:
    """A maker of ``targets_twelve_months`` under ``title``."""

    def make(folder: Path) -> Path:
        return targets_twelve_months(folder, title)

    return make


def targets_twelve_months(folder: Path, title: str = "2025年7月至2026年6月工业倍增计划目标任务") -> Path:
    """工信局's targets titled ``2025年7月至2026年6月工业倍增计划目标任务`` (a twelve months across two years), 单位
    ``亿元``; 规上工业总产值 全年目标 280, 规上工业增加值增速 8 %; no 年度 column; file name ``工信局目标任务.xlsx``.

    The targets of a July-June twelve months are no calendar year's: a reader asks which year they are (序时进度 of
    2026 counts from January); never stores them as 2025's, nor as 2026's without a word."""
    wb, ws = _book()
    _title(ws, title, len(f15.TGT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 6, "单位：亿元"])
    _put(ws, 3, 1, f15.TGT)
    _put(ws, 4, 1, [1, "规上工业总产值", "亿元", 280])
    _put(ws, 5, 1, [2, "规上工业增加值增速", "%", 8])
    return f15._save(wb, folder / "工信局目标任务.xlsx")


def write_two_gaoxin_config(root: Path) -> Path:
    """The full test county plus 高新技术产业开发区 (a zone) and 高新街道 (a sub-district): two names starting 高新."""
    path = write_full_config(root)
    text = path.read_text(encoding="utf-8")
    at = text.index("[[departments]]")
    more = '[[townships]]\nname = "高新技术产业开发区"\n\n[[townships]]\nname = "高新街道"\n\n'
    path.write_text(text[:at] + more + text[at:], encoding="utf-8")
    return path


def fai_from_gaoxin_zone_office(folder: Path) -> Path:
    """A project list headed ``高新区2026年1-6月工业固定资产投资项目进展情况表``, ``填报单位：高新区管委会``, file
    ``6月项目进展.xlsx``; two projects, 所属乡镇 ``高新区``, 1-6月 2,000 + 1,500.

    高新区 is what everyone calls the 高新技术产业开发区 (a 区, run by a 管委会); 高新街道 is a 街道 (办事处). A reader
    takes the sender and both rows as 高新技术产业开发区, 3,500 万元 — never 高新街道."""
    rows = [[1, "2601-610599-04-01-700001", "高新区光电产业园", "高新区", "新建", "否", "是", 20000, 8000, "是",
             dt.date(2026, 3, 1), "是", 300, 2000],
            [2, "2601-610599-04-01-700002", "高新区精密制造技改", "高新区", "改建和技术改造", "是", "否", 9000, 4000, "是",
             dt.date(2026, 4, 10), "是", 200, 1500]]
    return write_return(folder / "6月项目进展.xlsx", FAI_HEADERS, rows,
                        title="高新区2026年1-6月工业固定资产投资项目进展情况表", sender_line="填报单位：高新区管委会")


def write_two_bureaus_config(root: Path) -> Path:
    """The full test county where 工信局 also sends the 规上 list (it kept it before 统计局 took it over in 2026)."""
    path = write_full_config(root)
    text = path.read_text(encoding="utf-8")
    new = text.replace('forms = ["targets", "cultivation", "progress_notes"]',
                       'forms = ["targets", "cultivation", "progress_notes", "enterprise_output"]')
    assert new != text
    path.write_text(new, encoding="utf-8")
    return path


def ent_last_year_from_another_sender(folder: Path) -> list[Path]:
    """June 2025's 规上 list sent by ``填报单位：县工信局`` (``工信局2025年6月规上企业.xlsx``; 东川陶瓷 1-6月 3,900,
    row 4); June 2026's by 统计局 with 东川陶瓷's 上年同期 typed 3,000 (the others as 2025 stored them).

    A reader notices 3,000 is not the 3,900 工信局's June 2025 list holds and says so on the 上年同期 cell (J4),
    naming that file, its row and that 工信局 sent it; the return is taken with its own 上年同期 (同比 is the
    bureau's)."""
    ly = [(f[0], f[1], f[2], f[3], f[4], f[5], f[6] - 50, f[8], None, f[9] - 300) for f in f17.FIRMS]
    head = list(f17.ENT)
    wb, _ = f17._ent(f17._firms(ly), head=head, title="2025年1-6月规上工业企业生产情况", sender="填报单位：县工信局")
    first = f15._save(wb, folder / "工信局2025年6月规上企业.xlsx")
    this = [(*f[:8], 3000 if k == 0 else f[8], f[9]) for k, f in enumerate(f17.FIRMS)]
    wb2, _ = f17._ent(f17._firms(this))
    second = f15._save(wb2, folder.parent / "统计局6月规上企业.xlsx")
    return [first, second]


# ---- helpers ------------------------------------------------------------------------------------------------------

def _own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Any) -> Config:
    path = write(tmp_path / "own")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


def _upload_all(client: Any, csrf: str, paths: list[Path]) -> str:
    r = client.post("/upload", data={"csrf_token": csrf},
                    files=[("files", (path.name, path.read_bytes())) for path in paths])
    assert r.status_code == 200, r.text[:2000]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(r.text)))


# ---- (1) the 报送平台: an old version beside a new one in one upload ------------------------------------------------

@pytest.mark.parametrize("old_first", [True, False], ids=["old-then-new", "new-then-old"])
def test_an_old_version_riding_along_with_a_new_one(county_full: Config, clerk: tuple[Any, str],  # noqa: F811
                                                    tmp_path: Path, old_first: bool) -> None:
    client, csrf = clerk
    first, correction, second = fai_old_version_beside_a_new_one(tmp_path)
    _upload_all(client, csrf, [first])
    _upload_all(client, csrf, [correction])
    assert sql(county_full, CUM) == [("2026-06", D(4700))]
    page = _upload_all(client, csrf, [first, second] if old_first else [second, first])
    got = sql(county_full, CUM)
    assert got != [("2026-06", D(4200))], page[:3000]  # never the first file, replaced twice, back
    assert got in ([("2026-06", D(5000))], [("2026-06", D(4700))]), (got, page[:3000])
    if got == [("2026-06", D(4700))]:  # not taken: then the page asks, naming both files
        assert "东镇6月项目（再次修改）.xlsx" in page and "东镇6月项目.xlsx" in page, page[:3000]


# ---- (2) spans of months across a year's end ------------------------------------------------------------------------

def test_a_winter_span_title_over_a_jan_feb_list_is_february(county_full: Config) -> None:
    [o] = take(county_full, ent_winter_span_title)
    assert o.period != "2025-12", (o.status, o.period, codes(o))
    assert (o.status, o.period, o.rows) == ("accepted", "2026-02", 4), codes(o)
    assert sql(county_full, "select distinct period from cur_enterprise_output") == [("2026-02",)]
    [said] = [p for p in o.problems if p.code == "period_span_read"]  # the reading is said, the clerk can check
    assert said.message == "标题写的是“2025年12月至2026年2月”，按“2026年2月”的报表读取", said.message


@pytest.mark.parametrize("title", ["2025年7月至2026年6月工业倍增计划目标任务", "2025年7月-2026年6月工业倍增计划目标任务"])
def test_targets_of_a_july_to_june_twelve_months_are_asked(county_full: Config, title: str) -> None:
    [o] = take(county_full, targets_july_to_june(title))
    stored = sql(county_full, "select count(*) from cur_targets where year = 2025")
    assert stored == [(0,)], (o.status, o.period, codes(o))  # never 2025's targets
    assert o.status == "rejected", (o.status, o.period, codes(o))
    [asked] = [p for p in o.problems if p.code == "ambiguous_period"]
    assert "标题写的是“2025年7月至2026年6月”，跨两个年度" in asked.message, asked.message
    assert asked.fix.startswith("在标题中写明年度（如“2026年”"), asked.fix


def test_targets_naming_their_year_beside_the_twelve_months_are_that_years(county_full: Config) -> None:
    # the 年度 written beside the span decides, wherever it stands: never the span's first year
    [o] = take(county_full, targets_july_to_june("工业倍增计划目标任务（2025年7月-2026年6月）2026年度"))
    assert (o.status, o.period) == ("accepted", "2026"), codes(o)
    assert sql(county_full, "select distinct year from cur_targets") == [(2026,)]


# ---- (3) 高新区管委会 with a 高新 zone and a 高新街道 ------------------------------------------------------------------

def test_gaoxin_zone_office_is_the_zone_not_the_subdistrict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _own(tmp_path, monkeypatch, write_two_gaoxin_config)
    [o] = take(cfg, fai_from_gaoxin_zone_office)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "高新技术产业开发区", "2026-06", 2), codes(o)
    assert sql(cfg, "select township, sum(invest_cum) from cur_fai_projects group by township") == [
        ("高新技术产业开发区", D(3500))]


# ---- (4) 上年同期 against last year's return from another sender ----------------------------------------------------

def test_last_years_figure_from_another_sender_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _own(tmp_path, monkeypatch, write_two_bureaus_config)
    first, second = ent_last_year_from_another_sender(cfg.inbox)
    outs = ingest(cfg)
    assert [(o.status, o.sender, o.period) for o in outs] == [("accepted", "工信局", "2025-06")], [
        (o.status, codes(o)) for o in outs]
    [o] = drop(cfg, second)
    assert (o.status, o.sender, o.period, o.rows) == ("accepted", "统计局", "2026-06", 4), codes(o)
    said = [p for p in o.problems if p.code == "last_year_differs"]
    assert [(p.sheet, p.cell) for p in said] == [("Sheet1", "J4")], codes(o)
    [p] = said
    text = p.line()
    assert "工信局2025年6月规上企业.xlsx" in text and "第4行" in text and "工信局报送" in text and "3,900" in text, text
    assert sql(cfg, "select sum(output_cum_last_year) from cur_enterprise_output where period = '2026-06'") == [
        (D(3000 + 2300 + 7600 + 1800),)]


