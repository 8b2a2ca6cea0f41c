"""One Prefect server per county, started once in the background and reused by every command.

Without ``PREFECT_API_URL`` each Prefect flow call starts a temporary server in a subprocess and stops
it again: ≈6–20 s per command on the county's two-core machine (migrations on a fresh home, then
start-up), and a busy machine missed Prefect's 20 s limit with an English traceback.  Here the first
writing command starts a server under ``warehouse/prefect/`` (its own SQLite home, so runs and
their steps stay visible to ``prefect`` commands pointed at it) and leaves it running; later commands
find it by ``server.json`` and pay one health check.  It stops by itself after ``idle`` seconds in
which no command used it (commands hold a shared ``flock`` while they run, released by the kernel
even when a command is killed), and at once on ``beizeng stop``.

A server the county runs itself (``PREFECT_API_URL`` set, e.g. for ``beizeng serve``) is used as it
is; when it does not answer after a few tries the command stops with one Chinese sentence, before
anything is read or moved.  Nothing here imports Prefect: the settings must be in the environment
before Prefect is first imported.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from beizeng.base.config import Config
from beizeng.base.processes import alive

#: Seconds without any command using it after which the background server stops by itself.
IDLE_SECONDS = 15 * 60
#: How long a command waits for a server it started (migrations on a fresh home take ≈13 s idle).
START_SECONDS = 90
#: A county's own server (PREFECT_API_URL) that does not answer is tried this often, this far apart.
RETRIES, RETRY_PAUSE = 3, 2.0


class OrchestratorError(Exception):
    """Prefect's server cannot be reached or started: one Chinese sentence saying what to do."""


def home(cfg: Config) -> Path:
    return cfg.warehouse / "prefect"


def _state_file(cfg: Config) -> Path:
    return home(cfg) / "server.json"


def _healthy(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:  # noqa: S310 (loopback / county URL)
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def answers(url: str, timeout: float = 1.0) -> bool:
    """Whether the Prefect server at ``url`` (…/api) answers its health check: the served inbox watcher asks
    before each batch, to wait out an outage instead of failing runs."""
    return _healthy(url, timeout)


def running(cfg: Config) -> dict[str, object] | None:
    """The county's background server as recorded in ``server.json``, if its process lives and answers."""
    try:
        state = json.loads(_state_file(cfg).read_text(encoding="utf-8"))
        pid, url = int(state["pid"]), str(state["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if alive(pid) and _healthy(url):
        return state
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _idle_seconds() -> float:
    return float(os.environ.get("BEIZENG_PREFECT_IDLE_SECONDS", IDLE_SECONDS))


def _start_seconds() -> float:
    return float(os.environ.get("BEIZENG_PREFECT_START_SECONDS", START_SECONDS))


def _start(cfg: Config) -> str:
    """Start the background server and wait for it to answer; the caller holds the start lock."""
    folder = home(cfg)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    log = (folder / "server.log").open("ab")
    env = {**os.environ, "PREFECT_HOME": str(folder)}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen(  # noqa: S603 (our own module, no shell)
        [sys.executable, "-m", "beizeng.run.orchestrator", "--port", str(port), "--idle", str(_idle_seconds()),
         "--home", str(folder)],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env, start_new_session=True, cwd=folder)
    log.close()
    deadline = time.monotonic() + _start_seconds()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if _healthy(url, timeout=0.5):
            tmp = _state_file(cfg).with_suffix(".json.tmp")
            tmp.write_text(json.dumps({"pid": proc.pid, "url": url, "started": time.time()}), encoding="utf-8")
            os.replace(tmp, _state_file(cfg))
            return url
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    raise OrchestratorError(
        f"后台的 Prefect 服务在 {_start_seconds():.0f} 秒内没有启动（日志：{folder / 'server.log'}）。"
        "机器可能太忙：请稍后再运行；一直如此时请把该日志交给维护人员。本次没有读取或移动任何文件。")


def _hold(cfg: Config) -> IO[str]:
    """A shared lock held while this process may use the server: the server never idles out under it."""
    fh = (home(cfg) / "in-use.lock").open("a+", encoding="utf-8")
    fcntl.flock(fh, fcntl.LOCK_SH)
    return fh


@contextlib.contextmanager
def prefect_api(cfg: Config) -> Iterator[str]:
    """Point Prefect at a server that answers, for the duration of a writing command.

    Must be entered before Prefect is imported; inside a Prefect test harness (Prefect already
    imported with its own temporary server) it leaves Prefect's settings alone.
    """
    own = os.environ.get("PREFECT_API_URL")
    if own:
        for attempt in range(RETRIES):
            if _healthy(own.rstrip("/"), timeout=3.0):
                yield own
                return
            if attempt < RETRIES - 1:
                time.sleep(RETRY_PAUSE)
        raise OrchestratorError(
            f"Prefect 服务器 {own} 没有应答（已重试 {RETRIES} 次）。请确认 `prefect server start` 仍在运行、地址正确；"
            "或取消环境变量 PREFECT_API_URL，由 beizeng 在后台自己启动。本次没有读取或移动任何文件。")
    if "prefect" in sys.modules:  # a test harness or a caller that set Prefect up itself
        yield ""
        return
    folder = home(cfg)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "start.lock").open("a+", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two commands at once start one server, not two
        held = _hold(cfg)  # before starting: a slow start must not look like idleness to the new server
        try:
            state = running(cfg)
            url = str(state["url"]) if state else _start(cfg)
        except BaseException:
            held.close()
            raise
    os.environ["PREFECT_API_URL"] = url
    try:
        yield url
    finally:
        held.close()


def stop(cfg: Config) -> bool:
    """Stop the county's background server; False when none was running."""
    state = running(cfg)
    if state is None:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.killpg(int(str(state["pid"])), signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and alive(int(str(state["pid"]))):
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(int(str(state["pid"])), signal.SIGKILL)
    _state_file(cfg).unlink(missing_ok=True)
    return True


#: Written in the server's home once its database is migrated: which Prefect and which schema revision.
MIGRATED = "migrated.json"


def _database(folder: Path) -> Path | None:
    """The server's own SQLite database under its home, or None when the county points Prefect elsewhere."""
    if os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL") or os.environ.get("PREFECT_SERVER_DATABASE_CONNECTION_URL"):
        return None
    return folder / "prefect.db"


def _revision(db: Path) -> str | None:
    """The schema revision Alembic recorded in ``db`` (None: no database yet, or not one Prefect made)."""
    import sqlite3

    if not db.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("select version_num from alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _prefect_version() -> str:
    from importlib.metadata import version

    return version("prefect")


def migrated(folder: Path) -> bool:
    """Whether the home's database is at the schema this Prefect's migrations end in, as recorded when they
    last ran here: then a restart skips them.  Prefect checks on every start otherwise (Alembic loading its
    100-odd revision scripts: 0.4–0.9 s of a restart's 3.3–4.3 s, measured); a new Prefect, a new or replaced
    database, or a stamp that cannot be read means they run as usual."""
    db = _database(folder)
    if db is None:
        return False
    try:
        stamp = json.loads((folder / MIGRATED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    current = _revision(db)
    return (isinstance(stamp, dict) and current is not None and stamp.get("prefect") == _prefect_version()
            and stamp.get("revision") == current)


def _stamp_migrated(folder: Path) -> None:
    """Record the revision the migrations left (after the server answered, so they ran to the end)."""
    db = _database(folder)
    revision = _revision(db) if db is not None else None
    if revision is None:
        return
    tmp = folder / f"{MIGRATED}.tmp"
    tmp.write_text(json.dumps({"prefect": _prefect_version(), "revision": revision}), encoding="utf-8")
    os.replace(tmp, folder / MIGRATED)


def _serve(port: int, idle: float, folder: Path) -> None:
    """The server process: Prefect's API app under uvicorn, as Prefect's temporary server runs it, plus
    a watchdog that ends it once no command has held the in-use lock for ``idle`` seconds.

    Prefect's database migrations (≈6–9 s) run once per home, that is once per county folder
    (``warehouse/prefect/``), and again only after a Prefect upgrade; a restart skips even their check
    (``migrated``)."""
    os.environ.update({"PREFECT_HOME": str(folder), "PREFECT_UI_ENABLED": "false",
                       "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"})
    skip = migrated(folder)
    if skip:
        os.environ["PREFECT_API_DATABASE_MIGRATE_ON_START"] = "false"
    import threading

    import uvicorn

    import beizeng.run.prefect_env  # noqa: F401  (quiet defaults)

    config = uvicorn.Config("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=port,
                            log_level="error", lifespan="on")
    server = uvicorn.Server(config)

    def in_use(lock_path: Path) -> bool:
        with lock_path.open("a+", encoding="utf-8") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True  # a command holds it now
            fcntl.flock(fh, fcntl.LOCK_UN)
        return False

    def watchdog() -> None:
        while not server.started and not server.should_exit:  # idleness counts from when it answers
            time.sleep(0.2)
        if server.started and not skip:
            with contextlib.suppress(OSError):
                _stamp_migrated(folder)
        last_used = time.monotonic()
        while not server.should_exit:
            time.sleep(min(5.0, max(idle / 4, 0.5)))
            try:
                if in_use(folder / "in-use.lock"):
                    last_used = time.monotonic()
                    continue
            except OSError:  # the county's folder is gone (moved, deleted): nobody can find this server again
                server.should_exit = True
                return
            if time.monotonic() - last_used > idle:
                server.should_exit = True

    def guarded() -> None:
        try:
            watchdog()
        finally:  # a watchdog that failed must not leave a server running forever
            server.should_exit = True

    threading.Thread(target=guarded, daemon=True).start()
    server.run()


if __name__ == "__main__":  # pragma: no cover - the background server process
    import argparse

    parser = argparse.ArgumentParser(description="beizeng 的后台 Prefect 服务（由 beizeng 命令自动启动）")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--idle", type=float, default=IDLE_SECONDS)
    parser.add_argument("--home", type=Path, required=True)
    args = parser.parse_args()
    _serve(args.port, args.idle, args.home)
