"""`beizeng serve` keeps taking files across a restart of the Prefect server: files dropped before, during
and after the outage are each loaded once, and the outage is said in one Chinese line (and its end in
another), with no traceback and no English in the serve output.  A real `prefect server start`, stopped
and started again on its home and port."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import IO

import pytest

from beizeng.base.config import load_config
from beizeng.intake.watch import SERVER_BACK, SERVER_DOWN
from tests.county import write_config
from tests.test_serve import published_files, wait_for
from tests.test_watch_handover import BEIZENG, PREFECT, _free_port, _return


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=1) as r:  # noqa: S310 (loopback)
            return bool(r.status == 200)
    except OSError:
        return False


def _start_server(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen[bytes] | subprocess.Popen[str] | None, sig: int = signal.SIGINT) -> None:
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _text(log: IO[bytes]) -> str:
    log.flush()
    return Path(log.name).read_text(encoding="utf-8", errors="replace")


@pytest.mark.slow
def test_serve_keeps_taking_files_across_a_server_restart_and_says_so_in_chinese(tmp_path: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_API_URL": url}
    server = _start_server(env, port)
    serve = None
    log = tempfile.NamedTemporaryFile(dir=tmp_path, suffix=".log", delete=False)  # noqa: SIM115 (read while it runs)
    try:
        wait_for(lambda: _up(url), 180, "prefect server start answers")
        config = write_config(tmp_path / "county", extra="")
        config.write_text(config.read_text(encoding="utf-8") + "\n[schedule]\nwatch_slot_minutes = 10\n", encoding="utf-8")
        cfg = load_config(config)
        cfg.inbox.mkdir(parents=True, exist_ok=True)
        serve = subprocess.Popen([BEIZENG, "serve", "--poll", "1"], stdout=log, stderr=subprocess.STDOUT,
                                 env={**env, "BEIZENG_CONFIG": str(config), "BEIZENG_WEB": "off", "COLUMNS": "200"},
                                 start_new_session=True)
        wait_for(lambda: "开始监视收件箱" in _text(log), 120, "the watcher run started")
        dropped = [_return(cfg.inbox, 1).name]
        wait_for(lambda: len(published_files(cfg)) == 1, 60, "the file dropped before the outage loaded")

        _stop(server)  # the outage
        dropped.append(_return(cfg.inbox, 2).name)
        wait_for(lambda: SERVER_DOWN in _text(log), 60, "the watcher says the server is away")
        dropped.append(_return(cfg.inbox, 3).name)
        time.sleep(20)  # long enough for Prefect's own loops to give up three times over
        assert len(published_files(cfg)) == 1  # waited: nothing taken while the server was away
        assert serve.poll() is None, _text(log)[-3000:]

        server = _start_server(env, port)  # the same home and port: the flow runs are still known
        wait_for(lambda: _up(url), 180, "the server back")
        # 120 s, not 30: one CI run (idle 2-core machine) missed 30 s once while local runs take a few; the log
        # tail goes with a failure so the next miss says where the watcher was.  Two causes found and fixed since
        # (measured with the server stopped mid-batch): a batch in Prefect's client retries held the watcher ≈70 s
        # (now 2 retries: flows/serve.few_client_retries), and a watcher slot ending during the outage never said
        # the server was back (intake/watch.watch now waits for it; tests/test_watch_slot_outage.py)
        try:
            wait_for(lambda: SERVER_BACK in _text(log), 120, "the watcher says the server is back")
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{_text(log)[-4000:]}") from None
        text = _text(log)
        start = text.rindex("\n", 0, text.index(SERVER_DOWN)) + 1
        outage = text[start:text.index(SERVER_BACK) + len(SERVER_BACK)]
        wait_for(lambda: len(published_files(cfg)) == 3, 90, "the files dropped during the outage loaded")
        dropped.append(_return(cfg.inbox, 4).name)
        wait_for(lambda: len(published_files(cfg)) == 4, 60, "the file dropped after the outage loaded")
        time.sleep(3)  # and nothing loaded a second time afterwards
        assert sorted(published_files(cfg)) == sorted((name, "accepted") for name in dropped)
        assert not [p for p in cfg.inbox.iterdir() if p.is_file()]
        assert serve.poll() is None
    finally:
        _stop(serve)
        _stop(server)
        text = _text(log)
        log.close()
    assert text.count(SERVER_DOWN) == 1 and text.count(SERVER_BACK) == 1, text[-4000:]
    assert "Traceback" not in text and "Error" not in text, text[-4000:]
    # from the outage said to its end said: nothing else (Prefect's English about it suppressed)
    said = [line.split(" - ", 1)[-1] for line in outage.splitlines() if line.strip()]
    assert said == [SERVER_DOWN, SERVER_BACK], outage
    assert not re.search(r"\| (WARNING|ERROR|CRITICAL) ", text), text  # nor any English warning before or after
    assert "Failed the last" not in text and "exceeded error threshold" not in text
