"""The outside probe p24 of session 19's newest reading code (tests/handmade/probe24.py): what a careful person
takes from each return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead;
silent wrong figures first."""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config, load_config
from tests.handmade import probe24 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take
from tests.test_probe23 import clerk  # noqa: F401 - the fixture, used by name

CUM = "select period, sum(invest_cum) from cur_fai_projects where sender = '东镇' group by period order by period"


@pytest.fixture
def red_star(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    path = p.write_red_star_config(tmp_path / "big")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


def _upload_all(client: Any, csrf: str, paths: list[Path]) -> str:
    r = client.post("/upload", data={"csrf_token": csrf},
                    files=[("files", (path.name, path.read_bytes())) for path in paths])
    assert r.status_code == 200, r.text[:2000]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(r.text)))


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_the_same_two_file_upload_sent_again_changes_nothing(county_full: Config, clerk: tuple[Any, str],  # noqa: F811
                                                             tmp_path: Path) -> None:
    client, csrf = clerk
    paths = p.fai_two_versions_in_one_upload(tmp_path)
    _upload_all(client, csrf, paths)
    assert sql(county_full, CUM) == [("2026-06", D(4700))]
    page = _upload_all(client, csrf, paths)
    assert sql(county_full, CUM) == [("2026-06", D(4700))], page[:3000]


def test_a_rolling_twelve_months_title_over_the_bureaus_list(county_full: Config) -> None:
    [o] = take(county_full, p.ent_rolling_twelve_months)
    assert o.period != "2025-07", (o.status, o.period, codes(o))
    if o.status == "accepted":
        assert sql(county_full, "select distinct period from cur_enterprise_output") == [("2026-06",)]
    else:
        assert [c for c, _ in codes(o, "error")] == ["ambiguous_period"], codes(o)


def test_a_rolling_twelve_months_title_is_never_its_first_month(county_full: Config) -> None:
    [o] = take(county_full, p.fai_rolling_twelve_months)
    assert o.period != "2025-07", (o.status, o.period, codes(o))
    if o.status == "accepted":
        assert sql(county_full, CUM) == [("2026-06", D(4200))]
    else:
        assert [c for c, _ in codes(o, "error")] == ["ambiguous_period"], codes(o)


def test_red_star_township_and_red_star_hui_township_are_never_mixed(red_star: Config) -> None:
    outs = take(red_star, p.big_ent_red_star_both)
    landed = {str(t): v for t, v in sql(red_star, "select township, sum(output_cum) from cur_enterprise_output "
                                                  "group by township")}
    [o] = outs
    if o.status == "accepted":
        assert landed == {"红星回族乡": D(4200), "红星乡": D(4800)}, (landed, codes(o))
    else:
        assert landed == {} and all(cell[-2:] in ("D6", "D7") for _, cell in codes(o, "error")), codes(o)


# ---- periods read as a person reads them ----------------------------------------------------------------------------

@pytest.mark.parametrize("title", p.JUNE_TITLES)
def test_a_title_naming_other_years_is_its_own_periods(county_full: Config, title: str) -> None:
    [o] = take(county_full, p.fai_june_title(title))
    assert (o.status, o.period) == ("accepted", "2026-06"), codes(o)
    assert sql(county_full, CUM) == [("2026-06", D(4200))]


def test_the_plans_span_in_the_title_and_the_month_in_the_file_name(county_full: Config) -> None:
    [o] = take(county_full, p.fai_plan_span_title_month_in_file_name)
    assert (o.status, o.period) == ("accepted", "2026-06"), codes(o)
    assert "year_inferred" not in [c for c, _ in codes(o)]
    assert sql(county_full, CUM) == [("2026-06", D(4200))]


def test_a_title_naming_the_plans_span_only_and_no_month_is_asked(county_full: Config) -> None:
    [o] = take(county_full, p.fai_june_title("东镇工业倍增计划（2024—2027年）重点项目进展情况表"))
    assert o.status == "rejected" and "missing_period" in [c for c, _ in codes(o, "error")], codes(o)
    assert sql(county_full, "select count(*) from cur_fai_projects") == [(0,)]


# ---- refused though read without doubt ----------------------------------------------------------------------------

def test_zone_short_names_are_read(red_star: Config) -> None:
    [o] = take(red_star, p.big_ent_zone_short_names)
    assert o.status == "accepted", codes(o)
    assert sql(red_star, "select township, output_cum from cur_enterprise_output order by excel_row") == [
        ("高新技术产业开发区", D(600)), ("经济技术开发区", D(1200)), ("高新技术产业开发区", D(1800))]


# ---- the shared folder ------------------------------------------------------------------------------------------------

def test_an_archived_upload_copied_back_into_the_shared_folder_changes_nothing(
        county_full: Config, clerk: tuple[Any, str], tmp_path: Path) -> None:  # noqa: F811
    """The township uploads 东镇6月项目.xlsx then its correction 东镇6月项目（修改）.xlsx (4,700); later a county clerk
    tidying the archive copies the first upload's archived file (339dbce3_网报-xxxxxxxx_东镇6月项目.xlsx) back
    into the shared folder.  Nobody sent anything: the correction still counts."""
    import shutil

    from tests.conftest import ingest

    client, csrf = clerk
    first, correction = p.fai_two_versions_in_one_upload(tmp_path)
    _upload_all(client, csrf, [first])
    _upload_all(client, csrf, [correction])
    assert sql(county_full, CUM) == [("2026-06", D(4700))]
    [(stored,)] = sql(county_full, "select stored_path from submissions where file_name like '%东镇6月项目.xlsx' "
                                   "and status = 'accepted'")
    assert "_网报-" in Path(str(stored)).name, stored  # archived as 339dbce3_网报-qzzicmff_东镇6月项目.xlsx
    shutil.copy2(str(stored), county_full.inbox / Path(str(stored)).name)
    outs = ingest(county_full)
    assert [o.status for o in outs] == ["duplicate"], [(o.file, o.status, codes(o)) for o in outs]
    assert sql(county_full, CUM) == [("2026-06", D(4700))], [(o.file, o.status, codes(o)) for o in outs]
