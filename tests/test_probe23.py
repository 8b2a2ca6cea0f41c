"""The outside probe p23 of session 19's claims (tests/handmade/probe23.py): what a careful person takes from each
return.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent wrong
figures first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from beizeng.base.config import Config, load_config
from beizeng.intake.ingest import Outcome
from tests.conftest import ingest
from tests.handmade import fresh20 as f20
from tests.handmade import probe23 as p
from tests.test_handmade import codes, drop, sql
from tests.test_handmade import take_lazily as take


def _first_then(cfg: Config, paths: list[Path]) -> list[Outcome]:
    first = ingest(cfg)
    assert [o.status for o in first] == ["accepted"], [(o.file, o.status, codes(o)) for o in first]
    return drop(cfg, paths[1])


def _big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, city_district: bool = False) -> Config:
    path = f20.write_big_config(tmp_path / "big")
    if city_district:  # the city has a district 城北区 (as 西宁 has): one of the city's counties
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"丙县"]', '"丙县", "城北区"]'), encoding="utf-8")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return _big(tmp_path, monkeypatch)


@pytest.fixture
def big_city(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return _big(tmp_path, monkeypatch, city_district=True)


# ---- silent wrong figures -----------------------------------------------------------------------------------------

def test_a_city_district_is_never_put_on_the_zone_it_abridges_to(big_city: Config) -> None:
    assert "城北区" in big_city.city_counties
    outs = take(big_city, p.big_ent_city_district_and_zone_words)
    landed = sql(big_city, "select excel_row, township from cur_enterprise_output order by excel_row")
    assert (4, "城北工业园区") not in landed, (landed, [codes(o) for o in outs])
    [o] = outs
    if o.status == "accepted":  # D4 can only be stored if it was kept as the other place, never the park
        assert landed == [(4, "城北区"), (5, "城北工业园区")], landed
    else:
        assert [c for c, cell in codes(o, "error")] and all(cell.endswith("D4") for _, cell in codes(o, "error"))


def test_a_district_word_is_not_the_park_when_the_city_lists_no_such_district(big: Config) -> None:
    """The same return in the county whose city lists no 城北区: 城北区 is a district (区), not 城北工业园区 with its
    middle word dropped — 城北园区 keeps the 园 that makes it the park.  Asked, never put on the park."""
    outs = take(big, p.big_ent_city_district_and_zone_words)
    landed = sql(big, "select excel_row, township from cur_enterprise_output order by excel_row")
    assert (4, "城北工业园区") not in landed, (landed, [codes(o) for o in outs])


# ---- refused though read without doubt ----------------------------------------------------------------------------

def test_short_names_with_their_office_or_village_are_read(big: Config) -> None:
    [o] = take(big, p.big_ent_short_names_with_office_or_village)
    assert o.status == "accepted", codes(o)
    assert sql(big, "select township, output_cum from cur_enterprise_output order by excel_row") == [
        ("红星回族乡", D(600)), ("经济技术开发区", D(1200)), ("东城街道", D(1800)), ("红星回族乡", D(2400))]


def test_projects_begun_late_last_year_growing_are_not_refused(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, p.fai_begun_late_2026_then_feb27(county_full.inbox))
    assert o.status == "accepted", codes(o)
    assert "cum_carried_over" not in [c for c, _ in codes(o, "error")]
    assert sql(county_full, "select sum(invest_cum) from cur_fai_projects where period = '2027-02'") == [(D(1600),)]


# ---- read as a person reads it ------------------------------------------------------------------------------------

def test_a_project_finished_last_year_leaves_the_list_quietly(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, p.fai_finished_in_2026_left_out_of_feb27(county_full.inbox))
    assert o.status == "accepted" and not codes(o, "error", "warning"), codes(o)
    assert sql(county_full, "select sum(invest_cum) from cur_fai_projects where period = '2027-02'") == [(D(600),)]


def test_every_base_revised_by_the_bureau_is_taken_as_typed(county_full: Config, in_2027: None) -> None:
    [o] = _first_then(county_full, p.ent_feb26_then_feb27_bureau_revised_every_base(county_full.inbox))
    assert o.status == "accepted", codes(o)
    said = [p_ for p_ in o.problems if p_.code == "last_year_differs"]
    assert all(p_.severity == "warning" and "修订" in (p_.fix or "") for p_ in said), [p_.line() for p_ in said]
    assert sql(county_full, "select sum(output_cum), sum(output_cum_last_year) from cur_enterprise_output "
                            "where period = '2027-02'") == [(D(5150), D(4896))]


def test_targets_titled_with_the_plans_span_are_the_years_own(county_full: Config) -> None:
    outs = take(county_full, p.targets_title_names_the_plans_years)
    [o] = outs
    assert o.status == "accepted", codes(o)
    assert "year_column_differs" not in [c for c, _ in codes(o)]
    assert sql(county_full, "select year, value from cur_targets where indicator = 'output_target'") == [
        (2026, D(30))]


def test_a_year_typed_with_its_nian_is_the_year(county_full: Config) -> None:
    [o] = take(county_full, p.targets_year_column_as_text)
    assert o.status == "accepted", codes(o)
    assert sql(county_full, "select year, value from cur_targets where indicator = 'output_target'") == [
        (2026, D(30))]


# ---- the 报送平台 ----------------------------------------------------------------------------------------------------

def _upload(client: Any, csrf: str, path: Path) -> str:
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (path.name, path.read_bytes()))])
    assert r.status_code == 200, r.text[:2000]
    return str(r.text)


@pytest.fixture
def clerk(web: tuple[Any, Any]) -> Iterator[tuple[Any, str]]:
    from tests.test_web_security import sender_ready

    client, store = web
    yield client, sender_ready(client, store, "东镇")


CUM = "select sum(invest_cum) from cur_fai_projects where period = '2026-06' and sender = '东镇'"


def test_the_upload_made_last_counts_even_the_first_file_sent_again(county_full: Config, clerk: tuple[Any, str],
                                                                    tmp_path: Path) -> None:
    client, csrf = clerk
    final, correction = p.fai_june_versions(tmp_path)
    pages = [_upload(client, csrf, final)]
    assert sql(county_full, CUM) == [(D(4200),)]
    pages.append(_upload(client, csrf, correction))
    assert sql(county_full, CUM) == [(D(4700),)], re.sub(r"\s+", " ", pages[-1])[:3000]
    assert "东镇6月项目（最终版）.xlsx" in pages[-1]  # the note names the file it replaced, as the township named it
    pages.append(_upload(client, csrf, final))  # the first file's very bytes, sent back on purpose
    shown = re.sub(r"<[^>]+>", " ", pages[-1])
    assert sql(county_full, CUM) == [(D(4200),)], re.sub(r"\s+", " ", shown)[:3000]
    pages.append(client.get("/mine").text)
    assert not [x for x in pages if "网报-" in x], [re.findall(r".{40}网报-.{40}", x) for x in pages]
