"""The outside probe p46 (tests/handmade/probe46.py): a return's life after its first send — refused and resent
unchanged under a new name, refused then fixed (same name, new name), a correction holding only the 2 changed firms of
20, a version that drops a cancelled project, May revised after June is loaded, two versions the same day from two
clerks of one township (报送平台 + shared folder), a resend after the county published, a project list sent under the
enterprise form's name.

What a careful person expects: nothing lost (every version kept, which one counts said), the clerk told plainly what
changed or that nothing did, the warehouse holding exactly the latest valid version's figures, no silent revision of
a published figure.  Where beizeng differs today the test is ``xfail(strict=True)`` with what it does instead; silent
wrong figures first."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal as Dec
from pathlib import Path

import duckdb
import openpyxl
import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.ops.completeness import completeness
from beizeng.publish.period import write_period_outputs
from beizeng.store.session import work_db
from beizeng.web import views
from beizeng.web.server import create_app
from beizeng.web.store import ROLE_SENDER, Store, store_path
from tests.conftest import ingest
from tests.handmade import probe46 as p
from tests.test_handmade import codes, one, sql, take

FAI_SUM = "select sum(invest_cum) from cur_fai_projects where sender = '东镇' and period = ?"
ENT_SUM = "select count(*), sum(output_cum) from cur_enterprise_output where period = '2026-06'"
AFTER_DEADLINE = dt.datetime(2026, 7, 28)
PASSWORD = "Wk4-probe46-password"


def lines(o: Outcome) -> str:
    return " ".join([o.note, *(x.line() for x in o.problems)])


def drop(cfg: Config, path: Path, name: str | None = None) -> Outcome:
    shutil.copy2(path, cfg.inbox / (name or path.name))
    [o] = ingest(cfg)
    return o


def east_due(cfg: Config) -> tuple[str, str]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        rows = completeness(con, cfg, "2026-06", AFTER_DEADLINE)
    finally:
        con.close()
    [east] = [d for d in rows if (d.form, d.sender) == ("fai_projects", "东镇")]
    return east.state, east.note


def texts(path: Path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    return " ".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)


# ---- silent (or merely warned) wrong figures ---------------------------------------------------------------------------

def test_a_correction_of_two_firms_of_twenty_keeps_the_other_eighteen_or_is_asked(county_full: Config) -> None:
    [first] = take(county_full, lambda f: p.ent_return(f, "规上企业6月.xlsx"))
    assert first.status == "accepted" and first.rows == 20, codes(first)
    [o] = take(county_full, p.ent_two_changed)
    # expect: all 20 firms with the two corrected (210,200), or refused asking — never 18 firms' output gone
    assert sql(county_full, ENT_SUM)[0] in ((20, Dec(210200)), (20, Dec(210000))), (o.status, codes(o))


def test_a_correction_of_two_firms_of_twenty_says_the_eighteen_it_drops(county_full: Config) -> None:
    take(county_full, lambda f: p.ent_return(f, "规上企业6月.xlsx"))
    [o] = take(county_full, p.ent_two_changed)
    # at least the clerk reads that 18 firms are gone from the return that counts
    dropped = [x for x in o.problems if x.code in ("rows_removed", "partial_version", "version_mostly_gone")]
    assert dropped and "18" in dropped[0].message, codes(o)
    assert "整表重报" in dropped[0].fix and "其余18" in dropped[0].fix, dropped[0].line()


def test_may_revised_in_july_is_said_on_june(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_may(tmp_path))
    june = drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    assert june.status == "accepted" and not [c for c, _ in codes(june) if c == "month_mismatch"], codes(june)
    may2 = drop(county_full, p.fai_may(tmp_path / "..", "东镇5月（修订）.xlsx", bump=300))
    assert (may2.status, may2.version) == ("accepted", 2), codes(may2)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]  # June's own figures stand
    # expect: the revision is said where June is read — on the May version's feedback naming June, or June's problems
    told = lines(may2) + " ".join(str(m) for (m,) in sql(
        county_full, "select message from problems join submissions using (submission_id) "
                     "where submissions.period = '2026-06'"))
    assert "6月" in lines(may2) and ("本月" in told and "5月" in told), told


def test_a_resend_after_publishing_is_said_in_the_next_summary(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    with duckdb.connect(str(work_db(county_full))) as con:
        [first, *_] = write_period_outputs(con, county_full, "2026-06")
    before = texts(first)
    o = drop(county_full, p.fai_june_changed(tmp_path, "东镇6月（更正）.xlsx", 3400))
    assert (o.status, o.version) == ("accepted", 2), codes(o)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5700),)]
    with duckdb.connect(str(work_db(county_full))) as con:
        [second, *_] = write_period_outputs(con, county_full, "2026-06")
    after = texts(second)
    assert before != after
    assert re.search(r"(上次|已发布|前次).{0,40}(修订|更正|变动|改为)|(修订|更正).{0,40}(上次|已发布)", after), after[:2000]


# ---- refused, resent -------------------------------------------------------------------------------------------------

def test_a_refused_return_resent_unchanged_under_a_new_name_is_refused_with_its_errors_again(county_full: Config,
                                                                                            tmp_path: Path) -> None:
    refused = p.fai_june_refused(tmp_path)
    first = drop(county_full, refused)
    assert first.status == "rejected" and ("not_a_number", "项目!L5") in codes(first, "error"), codes(first)
    again = drop(county_full, refused, "东镇6月(修改后).xlsx")
    # expect: refused again, the same cell listed again (the clerk thinks it was fixed), never a bare “重复”
    assert again.status == "rejected", (again.status, again.note, codes(again))
    assert [c for c in codes(first, "error")] == [c for c in codes(again, "error")]
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(None,)]


def test_a_refused_return_resent_unchanged_says_nothing_was_changed(county_full: Config, tmp_path: Path) -> None:
    refused = p.fai_june_refused(tmp_path)
    drop(county_full, refused)
    again = drop(county_full, refused, "东镇6月(修改后).xlsx")
    # expect: the clerk reads that the file is the very one refused before (same content), naming it
    assert re.search("与第1次报送.{0,30}已退回.{0,3}完全相同", again.note), lines(again)


def test_refused_then_fixed_under_the_same_name_is_reported_not_returned(county_full: Config, tmp_path: Path) -> None:
    assert drop(county_full, p.fai_june_refused(tmp_path)).status == "rejected"
    o = drop(county_full, p.fai_june_fixed(tmp_path / "..", "东镇6月.xlsx"))
    assert (o.status, o.version, o.attempt) == ("accepted", 1, 2), codes(o)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]
    state, note = east_due(county_full)
    assert state in ("on_time", "late") and "曾退回1次" in note, (state, note)


def test_refused_then_fixed_under_a_new_name_is_reported_and_both_files_kept(county_full: Config,
                                                                           tmp_path: Path) -> None:
    assert drop(county_full, p.fai_june_refused(tmp_path)).status == "rejected"
    o = drop(county_full, p.fai_june_fixed(tmp_path))
    assert o.status == "accepted", codes(o)
    state, _ = east_due(county_full)
    assert state in ("on_time", "late")
    assert (county_full.rejected / "东镇6月.xlsx").exists() or list(county_full.rejected.glob("*东镇6月*.xlsx"))
    assert sql(county_full, "select file_name, status from submissions order by submission_id") == [
        ("东镇6月.xlsx", "rejected"), ("东镇6月(修改后).xlsx", "accepted")]


# ---- versions kept, which counts said ----------------------------------------------------------------------------------

def test_a_version_dropping_a_cancelled_project_names_it_and_keeps_the_first(county_full: Config,
                                                                           tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    o = drop(county_full, p.fai_june_cancelled(tmp_path))
    assert (o.status, o.version, o.rows) == ("accepted", 2, 3), codes(o)
    [warn] = [x for x in o.problems if x.code == "rows_removed"]
    assert p.pcode(4) in warn.message or "东镇风电配套项目" in warn.message
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(4500),)]
    assert one(county_full, "select count(*) from submissions where status = 'accepted'") == 2


def test_a_may_revision_above_junes_cumulative_is_said_and_june_stands(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_may(tmp_path))
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    may2 = drop(county_full, p.fai_may(tmp_path / "..", "东镇5月（修订）.xlsx", bump=700))  # 3,200 > June's 3,000
    assert (may2.status, may2.version) == ("accepted", 2), codes(may2)
    assert "cum_above_later" in [c for c, _ in codes(may2, "warning")]
    assert sql(county_full, FAI_SUM, ["2026-05"]) == [(Dec(4950),)]
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]


def _clerk(client: TestClient, store: Store) -> str:
    def token(page: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert found, page
        return found.group(1)

    otp = store.add_user("东镇", ROLE_SENDER, "东镇")
    client.cookies.clear()
    client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": "东镇", "password": otp})
    r = client.post("/password", data={"csrf_token": token(client.get("/password").text), "old": otp,
                                       "new": PASSWORD, "again": PASSWORD})
    return token(r.text)


@pytest.fixture
def platform(county_full: Config, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, str]]:
    monkeypatch.setattr(views, "SLOWDOWN", 0.0)
    store = Store(store_path(county_full))
    with TestClient(create_app(county_full, store=store, lock_wait=5)) as c:
        yield c, _clerk(c, store)


def test_two_clerks_same_day_web_then_inbox_the_later_counts_and_names_the_earlier(
        county_full: Config, platform: tuple[TestClient, str], tmp_path: Path) -> None:
    client, csrf = platform
    web = p.fai_june_changed(tmp_path, "东镇6月项目.xlsx", 3100)
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (web.name, web.read_bytes()))])
    assert r.status_code == 200 and sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5400),)], r.text[:2000]
    o = drop(county_full, p.fai_june_changed(tmp_path / "..", "东镇6月工业项目.xlsx", 3200))
    assert (o.status, o.version) == ("accepted", 2), codes(o)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5500),)]
    assert o.changes is not None
    assert {(c.old, c.new) for c in o.changes.cells if c.column.startswith("1-N月累计")} == {
        (Dec(3100), Dec(3200))}
    assert "替换第1版" in o.note


def test_a_project_list_under_the_enterprise_forms_name_is_read_as_what_it_is(county_full: Config) -> None:
    [o] = take(county_full, p.fai_as_enterprise_named)
    assert (o.status, o.form, o.sender, o.period) == ("accepted", "fai_projects", "东镇", "2026-06"), codes(o)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]
    assert sql(county_full, ENT_SUM) == [(0, None)]
    # then the right file (saved again, so other bytes): the same figures, said so, nothing doubled
    [again] = take(county_full, lambda f: p.fai_june_fixed(f, "东镇6月.xlsx"))
    assert again.status in ("duplicate", "accepted"), codes(again)
    assert "完全相同" in again.note, again.note
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]
