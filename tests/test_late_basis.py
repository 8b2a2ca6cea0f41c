"""逾期 has one basis (``dues.ARRIVED_SQL``): a file saved by its sender before the due day and copied into the
shared folder after it was on time — for ``beizeng status`` and for the 报送平台's 逾期报送 line alike (before
session 23 the page judged by the time received alone and called such a return late while status did not)."""

from __future__ import annotations

import datetime as dt

import duckdb

from beizeng.base.config import Config
from beizeng.ops.completeness import completeness
from beizeng.store.session import work_db
from beizeng.web.views import late_words
from tests.handmade import make
from tests.test_handmade import accepted, take


def _received(cfg: Config, received: dt.datetime, saved: dt.datetime) -> duckdb.DuckDBPyConnection:
    """东镇's June projects, recorded as received at ``received`` from a file its clerk saved at ``saved``."""
    accepted(take(cfg, make.fai_east_merged_no_township), "fai_projects", "东镇", "2026-06", 5)
    con = duckdb.connect(str(work_db(cfg)))
    con.execute("update submissions set received_at = ?, file_mtime = ?", [received, saved])
    return con


def _both(cfg: Config, con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    """(status's state of 东镇's June projects, the 报送平台's 逾期 line for them)."""
    [due] = [d for d in completeness(con, cfg, "2026-06", now=dt.datetime(2026, 7, 20))
             if d.sender == "东镇" and d.form == "fai_projects"]
    sub = dict(zip(("form", "sender", "period", "status"),
                   con.execute("select form, sender, period, status from submissions").fetchone() or (), strict=True))
    return due.state, late_words(con, cfg, sub)


def test_saved_before_the_due_day_and_copied_after_is_on_time_on_both(county_full: Config) -> None:
    # given the file saved on 7月7日 and found in the shared folder on 7月14日 (due: 7月8日 23:59:59)
    con = _received(county_full, dt.datetime(2026, 7, 14, 9), dt.datetime(2026, 7, 7, 17))
    state, line = _both(county_full, con)
    # expect: on time for status, and no 逾期报送 line on the page
    assert (state, line) == ("on_time", "")


def test_saved_and_received_after_the_due_day_is_late_on_both(county_full: Config) -> None:
    # given the file saved on 7月13日 and received on 7月14日: late by either time
    con = _received(county_full, dt.datetime(2026, 7, 14, 9), dt.datetime(2026, 7, 13, 17))
    state, line = _both(county_full, con)
    # expect: late in status, and the page's line names the due day and the day the file was made (13日)
    assert state == "late"
    assert line.startswith("逾期报送：2026年1-6月") and "2026年7月8日前" in line and "7月13日才收到" in line
