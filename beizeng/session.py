"""The writing session: one writer at a time, a working database, an atomic copy for analysts.

DuckDB allows one writing process or many reading ones, never both.  The pipeline therefore writes
``warehouse/work/beizeng.duckdb`` under a lock file and, when a run has committed, publishes a
copy as ``warehouse/beizeng.duckdb`` by an atomic rename.  Analysts (DuckDB CLI, DBeaver, Python)
open the published file: an open reader never blocks a run, and never sees a half-written state.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from beizeng.catalogue import sync_catalogue
from beizeng.config import Config
from beizeng.warehouse import connect, ensure_schema, sync_config


class BusyError(Exception):
    """Another run holds the writer lock."""


def work_db(cfg: Config) -> Path:
    return cfg.warehouse / "work" / "beizeng.duckdb"


@contextmanager
def writer_lock(cfg: Config, wait_seconds: float = 0) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to ``wait_seconds`` for another run to finish."""
    cfg.warehouse.mkdir(parents=True, exist_ok=True)
    path = cfg.warehouse / ".writer.lock"
    fh = path.open("a+")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.close()
                raise BusyError("另一个 beizeng 运行正在写入数据仓库，请稍后再试（或加 --wait 秒数 等待）。") from None
            time.sleep(0.2)
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


@contextmanager
def open_work(cfg: Config) -> Iterator[duckdb.DuckDBPyConnection]:
    """The working database with schema, configuration and catalogue up to date (caller holds the lock)."""
    con = connect(work_db(cfg))
    try:
        ensure_schema(con)
        sync_config(con, cfg)
        sync_catalogue(con)
        yield con
    finally:
        con.close()


def publish(cfg: Config) -> Path:
    """Copy the working database to the analysts' file, atomically (rename over the old copy)."""
    src = work_db(cfg)
    con = duckdb.connect(str(src))
    con.execute("checkpoint")
    con.close()
    tmp = cfg.db_path.with_name(f".{cfg.db_path.name}.{os.getpid()}.tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, cfg.db_path)
    return cfg.db_path


def open_published(cfg: Config) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the analysts' copy, for commands that only read."""
    if not cfg.db_path.exists():
        raise FileNotFoundError(f"数据仓库 {cfg.db_path} 还不存在：请先运行 `beizeng run` 或 `beizeng demo`。")
    return duckdb.connect(str(cfg.db_path), read_only=True)
