"""A watcher batch cut off after its files were loaded and filed away still tells the clerk.

An outage of the Prefect server during 计算指标/发布 made the served batch's subflow fail after the load had
committed and the files had left the inbox: nothing was lost in the warehouse, but the receipt lines were written
only by the watcher once the handler returned, so the clerk never heard of those files.  The receipts are now
written right after the load (flows.ingest's ``receipts``, beizeng.intake.watch.process's ``receipts``).  Real
flows under the session's Prefect harness, a real county; the outage is a step that raises as a lost server does
and a switch the watcher asks (as in tests/test_watch_outage.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

import flows.ingest
from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.intake.watch import SERVER_DOWN, process, watch
from beizeng.store.session import work_db
from flows.serve import batch_handler
from tests.scenarios import city_2026_06
from tests.test_serve import wait_for

CITY = "统计局_2026-06_全市各县区主要工业指标对比.xlsx"


def loaded(cfg: Config) -> list[tuple[str, str]]:
    """(file, status) of the submissions in the work warehouse (the analysts' copy was never published)."""
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return [(str(f), str(s)) for f, s in con.execute("select file_name, status from submissions").fetchall()]
    finally:
        con.close()


def receipt_text(cfg: Config) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(cfg.receipts.glob("*.txt")))


def watch_until_outage(cfg: Config, handle: Callable[[list[Path]], list[Outcome]], up: threading.Event) -> list[str]:
    """The watcher over ``handle`` until the outage is said; its log."""
    logs: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=lambda: watch(cfg, handle, poll_seconds=0.1, stable_seconds=0.2, stop=stop,
                                                   log=logs.append, reachable=up.is_set, receipts=False), daemon=True)
    thread.start()
    try:
        city_2026_06(cfg.inbox)
        wait_for(lambda: SERVER_DOWN in logs, 60, "the outage said")
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    return logs


@pytest.mark.usefixtures("prefect_harness")
def test_a_served_batch_cut_off_after_its_load_has_its_receipt(county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    up = threading.Event()
    up.set()

    def server_gone(*_: Any) -> None:  # the server goes away while the batch computes the indicators
        up.clear()
        raise ConnectionError("All connection attempts failed")

    monkeypatch.setattr(flows.ingest, "compute_indicators", server_gone)
    logs = watch_until_outage(county, batch_handler(str(county.root / "beizeng.toml"), county), up)
    assert loaded(county) == [(CITY, "accepted")] and not (county.inbox / CITY).exists()
    receipt = receipt_text(county)
    assert receipt.count(f"{CITY}  →  已入库：全市各县区主要工业指标对比") == 1, receipt
    assert not any("出错" in line for line in logs)


def test_a_plain_watcher_batch_whose_models_fail_after_its_load_has_its_receipt(
        county: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    import beizeng.store.warehouse

    up = threading.Event()
    up.set()

    def models_fail(*_: Any) -> None:
        up.clear()
        raise ConnectionError("the warehouse's disk went away")

    monkeypatch.setattr(beizeng.store.warehouse, "run_models", models_fail)
    said: list[str] = []
    watch_until_outage(county, lambda paths: process(county, paths, 30, receipts=said.append), up)
    assert loaded(county) == [(CITY, "accepted")]
    assert receipt_text(county).count(f"{CITY}  →  已入库") == 1 and said == []
