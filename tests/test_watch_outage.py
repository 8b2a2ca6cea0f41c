"""The watcher waits out an orchestrator outage quietly (beizeng.intake.watch.watch with ``reachable``): one
Chinese line when the server stops answering, one when it is back, files left in the inbox meanwhile
and taken then; a batch that failed because the server went away under it is not held back like a
broken batch.  The server is stood in for by a switch; the county, its files and its warehouse are real
(the real server's restart: tests/test_serve_restart.py, slow)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from beizeng.intake.watch import SERVER_BACK, SERVER_DOWN, process, watch
from tests.scenarios import city_2026_06
from tests.test_serve import published_files, wait_for

CITY = "统计局_2026-06_全市各县区主要工业指标对比.xlsx"


class Loop:
    def __init__(self, county: Config) -> None:
        self.county = county
        self.up = threading.Event()
        self.up.set()
        self.logs: list[str] = []
        self.batches: list[list[str]] = []
        self.fail_next_as_outage = False
        self.stop = threading.Event()

    def handle(self, paths: list[Path]) -> list[Outcome]:
        self.batches.append([p.name for p in paths])
        if self.fail_next_as_outage:  # the server goes away while the batch's run reports to it
            self.fail_next_as_outage = False
            self.up.clear()
            raise ConnectionError("All connection attempts failed")
        return process(self.county, paths, 30)

    def run(self) -> None:
        watch(self.county, self.handle, poll_seconds=0.1, stable_seconds=0.2, stop=self.stop, log=self.logs.append,
              reachable=self.up.is_set)


@pytest.fixture
def loop(county: Config) -> Iterator[Loop]:
    lp = Loop(county)
    thread = threading.Thread(target=lp.run, daemon=True)
    thread.start()
    yield lp
    lp.stop.set()
    thread.join(30)
    assert not thread.is_alive()


def test_an_outage_is_said_once_files_wait_and_are_taken_when_the_server_is_back(loop: Loop, county: Config) -> None:
    loop.up.clear()
    wait_for(lambda: SERVER_DOWN in loop.logs, 10, "the outage said, with nothing to hand over")
    city_2026_06(county.inbox)
    threading.Event().wait(1.5)  # the file is complete long before this: it waits for the server only
    assert loop.batches == [] and published_files(county) == []
    assert (county.inbox / CITY).exists()
    loop.up.set()
    wait_for(lambda: published_files(county), 30, "the file taken once the server is back")
    assert published_files(county) == [(CITY, "accepted")]
    assert loop.logs.count(SERVER_DOWN) == 1 and loop.logs.count(SERVER_BACK) == 1
    assert loop.logs.index(SERVER_DOWN) < loop.logs.index(SERVER_BACK)
    assert not any("出错" in line for line in loop.logs)


def test_a_batch_cut_off_by_the_outage_is_taken_again_when_the_server_is_back_not_a_minute_later(
        loop: Loop, county: Config) -> None:
    loop.fail_next_as_outage = True
    city_2026_06(county.inbox)
    wait_for(lambda: SERVER_DOWN in loop.logs, 10, "the outage said")
    assert loop.batches == [[CITY]] and (county.inbox / CITY).exists()
    loop.up.set()
    # The retry's start is what tells "at once" from a broken batch's 60 s; the load itself may take a while
    # on a busy machine (CI ran it at > 10 s once), so it gets its own, longer wait.
    wait_for(lambda: len(loop.batches) == 2, 30, "taken again at once (a broken batch would wait 60 s)")
    wait_for(lambda: published_files(county), 120, "the batch taken again is loaded")
    assert loop.batches == [[CITY], [CITY]]
    assert published_files(county) == [(CITY, "accepted")]
    assert [line for line in loop.logs if line in (SERVER_DOWN, SERVER_BACK)] == [SERVER_DOWN, SERVER_BACK]
    assert not any("60 秒后重试" in line for line in loop.logs)
