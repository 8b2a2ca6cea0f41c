"""A watcher run whose slot ends while the Prefect server is away waits for it and says it is back before ending.

Measured with the real server (tests/test_serve_restart.py's outage, the server stopped while a batch reported to
it): the served run's 10-minute slot ended during the outage, so it ended having said only SERVER_DOWN; the next
run could start only once the server answered and, knowing nothing of the outage, never said SERVER_BACK — the
restart test then waits for a line that never comes.  The server is stood in for by a switch (as in
tests/test_watch_outage.py); the county and its inbox are real.
"""

from __future__ import annotations

import threading
import time

from beizeng.base.config import Config
from beizeng.intake.watch import SERVER_BACK, SERVER_DOWN, process, watch
from tests.scenarios import city_2026_06
from tests.test_serve import published_files, wait_for


def test_a_run_whose_time_is_up_during_an_outage_says_the_server_is_back_before_it_ends(county: Config) -> None:
    up = threading.Event()  # the server is away from the start
    logs: list[str] = []
    done = threading.Event()
    until = time.time() + 1.0

    def run() -> None:
        watch(county, lambda paths: process(county, paths, 30), poll_seconds=0.1, stable_seconds=0.2, until=until,
              log=logs.append, reachable=up.is_set)
        done.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    wait_for(lambda: SERVER_DOWN in logs, 10, "the outage said")
    city_2026_06(county.inbox)
    time.sleep(max(0.0, until - time.time()) + 1.0)  # the run's time is up, the server still away
    assert not done.is_set() and SERVER_BACK not in logs and published_files(county) == []

    up.set()
    assert done.wait(10), "the run ends once the server is back"
    thread.join(10)
    assert [line for line in logs if line in (SERVER_DOWN, SERVER_BACK)] == [SERVER_DOWN, SERVER_BACK]
    # the file that waited is the next run's: this one's time was up, it hands nothing over
    assert published_files(county) == []
