"""The county's Prefect server: started once in the background, reused, stopped when idle or asked;
a server that does not answer is said in one Chinese sentence (exit 2) before any file is touched."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.county import write_config
from tests.scenarios import city_2026_06, fai_2026_06

BEIZENG = str(Path(sys.executable).with_name("beizeng"))


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BEIZENG_CONFIG", "PREFECT_API_URL")}
    env.update(extra)
    return env


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nothing listens there


def test_a_county_server_that_does_not_answer_is_one_chinese_sentence_and_nothing_moves(tmp_path: Path) -> None:
    """`beizeng run` with PREFECT_API_URL pointing at a server that is down printed a 144-line English
    traceback; now three tries, then one sentence, exit 2, and the dropped return still in the inbox."""
    write_config(tmp_path)
    dropped = fai_2026_06(tmp_path / "inbox")[0]
    url = f"http://127.0.0.1:{_closed_port()}/api"
    result = subprocess.run([BEIZENG, "run", "2026-06"], cwd=tmp_path, env=_env(PREFECT_API_URL=url),
                            capture_output=True, text=True, timeout=180)
    out = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 2, out
    assert f"Prefect 服务器 {url} 没有应答（已重试 3 次）" in out
    assert "本次没有读取或移动任何文件" in out and "Traceback" not in out
    assert dropped.exists() and not (tmp_path / "inbox" / "rejected").exists()
    assert not (tmp_path / "warehouse" / "archive").exists()


@pytest.mark.slow
def test_the_background_server_is_started_once_reused_and_stops_when_idle(tmp_path: Path) -> None:
    """Two runs share one server (the same process in server.json); with nothing using it for the idle
    time it ends by itself; `beizeng stop` ends one at once."""
    write_config(tmp_path)
    fai_2026_06(tmp_path / "inbox")
    env = _env(BEIZENG_PREFECT_IDLE_SECONDS="8", BEIZENG_PREFECT_START_SECONDS="300")
    first = subprocess.run([BEIZENG, "run", "2026-06"], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=400)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    state = json.loads((tmp_path / "warehouse" / "prefect" / "server.json").read_text(encoding="utf-8"))
    second = subprocess.run([BEIZENG, "run", "2026-06"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=400)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    again = json.loads((tmp_path / "warehouse" / "prefect" / "server.json").read_text(encoding="utf-8"))
    assert again["pid"] == state["pid"]  # reused, not started again
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive(int(state["pid"])):
        time.sleep(0.5)
    assert not _alive(int(state["pid"])), "the idle server did not stop by itself"
    third = subprocess.run([BEIZENG, "ingest"], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=60)
    assert third.returncode == 0  # an empty inbox: answered at once, no server needed
    city_2026_06(tmp_path / "inbox")
    fourth = subprocess.run([BEIZENG, "ingest"], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=400)
    assert fourth.returncode == 0, fourth.stdout[-3000:] + fourth.stderr[-3000:]
    started = json.loads((tmp_path / "warehouse" / "prefect" / "server.json").read_text(encoding="utf-8"))
    assert started["pid"] != state["pid"] and _alive(int(started["pid"]))
    stopped = subprocess.run([BEIZENG, "stop"], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=60)
    assert stopped.returncode == 0 and "已停止后台的 Prefect 服务" in stopped.stdout
    time.sleep(0.5)
    assert not _alive(int(started["pid"]))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie child of nobody here: look at /proc for its state
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
def test_a_server_whose_county_folder_is_gone_stops_by_itself(tmp_path: Path) -> None:
    """A test's county folder deleted under a running server left it running for ever (its watchdog died
    opening the lock file): a server nobody can find again now ends at once."""
    import shutil

    config = write_config(tmp_path / "county")
    start = ("import sys; from beizeng.base.config import load_config; from beizeng.run.orchestrator import prefect_api\n"
             f"with prefect_api(load_config(__import__('pathlib').Path({str(config)!r}))) as url: print(url)")
    env = _env(BEIZENG_PREFECT_IDLE_SECONDS="600", BEIZENG_PREFECT_START_SECONDS="300")
    done = subprocess.run([sys.executable, "-c", start], env=env, capture_output=True, text=True, timeout=400)
    assert done.returncode == 0 and done.stdout.startswith("http://127.0.0.1:"), done.stdout + done.stderr
    state = json.loads((tmp_path / "county" / "warehouse" / "prefect" / "server.json").read_text(encoding="utf-8"))
    assert _alive(int(state["pid"]))
    shutil.rmtree(tmp_path / "county")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive(int(state["pid"])):
        time.sleep(0.5)
    assert not _alive(int(state["pid"])), "the server outlived its county's folder"
