"""The inbox watcher hands over from slot to slot without a gap: files dropped just before, at and just
after each hand-over are each loaded once.  A real `prefect server start` (schedules never fire on
Prefect's temporary server) and `beizeng serve` with one-minute slots."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from beizeng.base.config import load_config
from flows.serve import slot_end
from tests.county import write_config
from tests.scenarios import fai, project
from tests.test_serve import published_files, wait_for

BEIZENG = str(Path(sys.executable).with_name("beizeng"))
PREFECT = str(Path(sys.executable).with_name("prefect"))


def test_a_slot_ends_at_the_boundary_after_its_scheduled_time_not_after_the_clock() -> None:
    """The hourly run scheduled for 13:00 that the runner starts at 12:59:59.7 watches until 14:00 (it
    used to take 13:00, end at once, and leave the inbox unwatched for good)."""
    thirteen = dt.datetime(2026, 6, 1, 13, tzinfo=dt.UTC).timestamp()
    assert slot_end(thirteen) == thirteen + 3600
    assert slot_end(thirteen - 0.3) == thirteen + 3600  # asked for a moment early: keeps the coming slot
    assert slot_end(thirteen + 1795) == thirteen + 3600  # a run started by hand mid-slot ends with the slot
    assert slot_end(thirteen + 10, minutes=1) == thirteen + 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _return(inbox: Path, n: int) -> Path:
    """A distinct, valid project return of 东镇 (one project each, codes 1–6), dropped as a clerk does."""
    rows = [project(100 + n, f"东镇第{n}号技改项目", "东镇", "改建和技术改造", True, False, 500, 400, True,
                    dt.date(2026, 3, 1), True, 100 + n)]
    path = fai(inbox.parent / "staging", "东镇", "2026-06", rows, name=f"东镇_2026-06_固投_{n}.xlsx")
    target = inbox / path.name
    os.replace(path, target)
    return target


@pytest.mark.slow
def test_two_hand_overs_lose_no_file_and_load_none_twice(tmp_path: Path) -> None:
    home = tmp_path / "prefect-home"
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    serve = None
    try:
        import urllib.request

        def up() -> bool:
            try:
                with urllib.request.urlopen(f"{env['PREFECT_API_URL']}/health", timeout=1) as r:
                    return r.status == 200
            except OSError:
                return False

        wait_for(up, 180, "prefect server start answers")
        config = write_config(tmp_path / "county", extra="")
        text = config.read_text(encoding="utf-8") + "\n[schedule]\nwatch_slot_minutes = 1\ninbox_stable_seconds = 0.5\n"
        config.write_text(text, encoding="utf-8")
        cfg = load_config(config)
        cfg.inbox.mkdir(parents=True, exist_ok=True)
        serve_env = {**env, "BEIZENG_CONFIG": str(config), "BEIZENG_WEB": "off", "COLUMNS": "200"}
        serve = subprocess.Popen([BEIZENG, "serve", "--poll", "1"], env=serve_env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True, start_new_session=True)
        dropped: list[str] = []
        n = 0
        boundary = slot_end(time.time() + 20, 1)  # leave time for serve to register and start watching
        for _ in range(2):
            for offset in (-2.0, 0.0, 2.0):
                time.sleep(max(0.0, boundary + offset - time.time()))
                n += 1
                dropped.append(_return(cfg.inbox, n).name)
            boundary += 60
        wait_for(lambda: len(published_files(cfg)) >= len(dropped), 150, "every dropped file loaded")
        time.sleep(5)  # and nothing loaded a second time afterwards
        files = published_files(cfg)
        assert sorted(files) == sorted((name, "accepted") for name in dropped), files
        assert not [p for p in cfg.inbox.iterdir() if p.is_file()]
    finally:
        for proc in (serve, server):
            if proc is None:
                continue
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
