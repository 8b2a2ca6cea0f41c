"""Round 20's two silent wrong figures at the year change, as a class (tests/test_handmade_fresh20.py has the probe's
own returns): a year's first return whose 1-N月 cumulative carries on from last year, and a targets row whose 年度 is
not the return's year, or a second department's target for a (year, indicator, scope) another already states."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config, load_config
from tests.conftest import ingest
from tests.handmade import fresh20 as f
from tests.handmade.cells import save
from tests.scenarios import FAI_HEADERS, TARGET_HEADERS, project, targets_2026
from tests.scenarios_more import write_full_config
from tests.test_handmade import codes, drop, rejected, sql
from tests.xlsx import write_return

D_ = dt.date


def _dec_then_feb(folder: Path, feb_cums: list[tuple[int, int]]) -> list[Path]:
    """东镇's 1-12月 2026 list (6,000 / 800 / 9,000), then its 1-2月 2027 list with (本月, 1-2月) as given."""
    dec = [project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, D_(2026, 3, 1), True, 6000),
           project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", True, True, 800, 800, True, D_(2025, 5, 1), True,
                   800),
           project(3, "东镇新材料产业园", "东镇", "新建", False, True, 20000, 9000, True, D_(2026, 4, 10), True, 9000)]
    first = write_return(folder / "东镇2026年1-12月项目.xlsx", FAI_HEADERS, [[i, *p] for i, p in enumerate(dec, 1)],
                         title="东镇2026年1-12月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    feb = [list(p) for p in dec]
    for p, (month, cum) in zip(feb, feb_cums, strict=True):
        p[-2], p[-1] = month, cum
    second = write_return(folder.parent / "东镇2027年1-2月项目.xlsx", FAI_HEADERS, [[i, *p] for i, p in enumerate(feb, 1)],
                          title="东镇2027年1-2月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    return [first, second]


def _first_then(cfg: Config, paths: list[Path]) -> list:  # type: ignore[type-arg]
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


def test_one_project_above_its_year_end_is_a_warning_and_stored(county_full: Config, in_2027: None) -> None:
    """One project of three with 1-2月 9,500 ≥ its 1-12月 9,000 (the others restarted): it may really have invested
    so much (its February 300 leaves room for it: 9,500 ≥ 9,000 + 300) — a warning on its N cell, the return stored."""
    [o] = _first_then(county_full, _dec_then_feb(county_full.inbox, [(200, 400), (0, 0), (300, 9500)]))
    assert o.status == "accepted", codes(o)
    assert codes(o, "warning").count(("cum_carried_over", "Sheet1!N7")) == 1, codes(o)
    assert "cum_carried_over" not in [c for c, _ in codes(o, "error")]
    said = next(p.message for p in o.problems if p.code == "cum_carried_over")
    assert "9,500" in said and "9,000" in said and "2026年1-12月" in said, said
    assert sql(county_full, "select sum(invest_cum) from cur_fai_projects where period = '2027-02'") == [(D(9900),)]


def test_every_project_restarted_says_nothing(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, _dec_then_feb(county_full.inbox, [(200, 400), (0, 0), (300, 700)]))
    assert o.status == "accepted", codes(o)
    assert "cum_carried_over" not in [c for c, _ in codes(o)]


def test_the_carried_over_error_names_both_figures_and_the_fix(county_full: Config, in_2027: None) -> None:
    o = rejected(_first_then(county_full, f.fai_dec26_then_feb27_cumulative_carried_over(county_full.inbox)))
    errors = [p for p in o.problems if p.code == "cum_carried_over"]
    assert sorted(p.cell or "" for p in errors) == ["N5", "N6", "N7"], codes(o)
    first = errors[0]
    assert "6,400" in first.message and "6,000" in first.message and "2026年1-12月" in first.message, first.message
    assert "从1月起算" in (first.fix or "") and "2027年1-2月" in (first.fix or ""), first.fix
    assert first.file == "东镇2027年1-2月项目.xlsx" and first.sheet == "Sheet1"


def test_enterprise_list_carried_on_from_december_is_asked(county_full: Config, in_2027: None) -> None:
    """统计局's 1-12月 2026 list, then a 1-2月 2027 list whose 1-2月 column kept December's running total (9,800 /
    6,500 / 17,400 ≥ 9,000 / 6,000 / 16,000): an error on each 1-2月 cell (I5…I7), nothing stored."""
    save(f._ent_book("2026年1-12月规上工业企业生产情况", 12, f.DEC26[:3]), county_full.inbox / "统计局2026年1-12月.xlsx")
    feb = [("东川陶瓷有限公司", f.U[2010], "东镇", "3071", "否", "2017-05", 800, 9800, 1500, 10100),
           ("东川电子科技有限公司", f.U[2011], "东镇", "3976", "是", "2022-08", 500, 6500, 1000, 6700),
           ("西川水泥有限公司", f.U[2012], "西镇", "3011", "否", "2014-03", 1400, 17400, 2600, 17900)]
    second = save(f._ent_book("2027年1-2月规上工业企业生产情况", 2, feb), county_full.inbox.parent / "统计局2027年1-2月.xlsx")
    o = rejected(_first_then(county_full, [county_full.inbox, second]))
    assert sorted(c for code, c in codes(o, "error") if code == "cum_carried_over") == [
        "Sheet1!I4", "Sheet1!I5", "Sheet1!I6"], codes(o)
    assert sql(county_full, "select count(*) from cur_enterprise_output where period = '2027-02'") == [(0,)]


def test_targets_2026_with_a_2027_year_column_are_asked_too(county_full: Config, in_2027: None) -> None:
    """The other way round: a 2026 targets file (title 2026) whose 年度 column says 2027 — never a 2027 target from
    a return of 2026."""
    rows = [[2027, "output_target", "规上工业总产值", "测试县", 30, "亿元", None, None, None, None]]
    write_return(county_full.inbox / "工信局_2026年目标任务.xlsx", TARGET_HEADERS, rows,
                 title="测试县2026年工业倍增计划目标任务", sender_line="填报单位：工信局", unit_line=None)
    o = rejected(ingest(county_full))
    [p] = [p for p in o.problems if p.code == "year_column_differs"]
    assert p.cell == "A4" and "2027" in p.message and "2026" in p.message and "标题" in p.message, p.message
    assert sql(county_full, "select count(*) from cur_targets") == [(0,)]


@pytest.fixture
def two_target_senders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """The full test county with 发改局 allowed to send targets as well as 工信局."""
    path = write_full_config(tmp_path / "county")
    path.write_text(path.read_text(encoding="utf-8") + '\n[[departments]]\nname = "发改局"\nforms = ["targets"]\n',
                    encoding="utf-8")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


def _fgj_targets(folder: Path, value: float) -> Path:
    """发改局's 2026 targets: 规上工业总产值 of the county, ``value`` 亿元 (quarters as 工信局's 5 / 10 / 18 / 24)."""
    rows = [[2026, "output_target", "规上工业总产值", "测试县", value, "亿元", 5, 10, 18, 24]]
    return write_return(folder / "发改局_2026年目标任务.xlsx", TARGET_HEADERS, rows,
                        title="测试县2026年工业倍增计划目标任务", sender_line="填报单位：发改局", unit_line=None)


def test_a_second_departments_other_target_for_the_same_year_is_asked(two_target_senders: Config) -> None:
    cfg = two_target_senders
    targets_2026(cfg.inbox)
    assert [o.status for o in ingest(cfg)] == ["accepted"]
    o = rejected(drop(cfg, _fgj_targets(cfg.inbox.parent, 30)))
    assert ("reported_by_other", "Sheet1!B4") in codes(o, "error"), codes(o)
    assert sql(cfg, "select value from cur_targets where indicator = 'output_target' and scope = '测试县'") == [(D(24),)]


def test_a_second_departments_same_target_is_counted_once(two_target_senders: Config) -> None:
    cfg = two_target_senders
    targets_2026(cfg.inbox)
    assert [o.status for o in ingest(cfg)] == ["accepted"]
    [o] = drop(cfg, _fgj_targets(cfg.inbox.parent, 24))
    assert ("reported_by_other", "Sheet1!B4") in codes(o, "warning"), (o.status, codes(o))
    assert sql(cfg, "select value from cur_targets where indicator = 'output_target' and scope = '测试县'") == [(D(24),)]
