"""Prefect's database migrations are paid once per county folder: the background server's home records the
schema revision they left, and a restart with the same Prefect and the same database skips even their check."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from beizeng.base.config import load_config
from beizeng.run import orchestrator
from beizeng.run.orchestrator import MIGRATED, migrated
from tests.county import write_config


def _home_with(folder: Path, revision: str | None, stamp: object) -> Path:
    """A server home as Prefect leaves it: prefect.db with Alembic's revision, and beizeng's stamp."""
    folder.mkdir(parents=True)
    if revision is not None:
        with sqlite3.connect(folder / "prefect.db") as con:
            con.execute("create table alembic_version (version_num varchar(32) not null primary key)")
            con.execute("insert into alembic_version values (?)", [revision])
        con.close()
    if stamp is not None:
        (folder / MIGRATED).write_text(stamp if isinstance(stamp, str) else json.dumps(stamp), encoding="utf-8")
    return folder


def test_a_home_migrated_by_this_prefect_skips_the_migrations(tmp_path: Path) -> None:
    version = orchestrator._prefect_version()
    assert migrated(_home_with(tmp_path / "same", "27d8f4e1a6c9", {"prefect": version, "revision": "27d8f4e1a6c9"}))


@pytest.mark.parametrize(("case", "revision", "stamp"), [
    ("another Prefect made the stamp", "27d8f4e1a6c9", {"prefect": "3.0.0", "revision": "27d8f4e1a6c9"}),
    ("the database is at another revision", "aaaa00000001", {"prefect": "CURRENT", "revision": "27d8f4e1a6c9"}),
    ("no database (deleted or new)", None, {"prefect": "CURRENT", "revision": "27d8f4e1a6c9"}),
    ("never stamped", "27d8f4e1a6c9", None),
    ("a stamp that is not JSON", "27d8f4e1a6c9", "{half"),
])
def test_anything_else_runs_the_migrations(tmp_path: Path, case: str, revision: str | None, stamp: object) -> None:
    if isinstance(stamp, dict) and stamp["prefect"] == "CURRENT":
        stamp = {**stamp, "prefect": orchestrator._prefect_version()}
    assert not migrated(_home_with(tmp_path / "home", revision, stamp)), case


def test_a_database_elsewhere_is_never_taken_as_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With its own database URL the county's Prefect keeps nothing in the home: migrations are Prefect's to run."""
    home = _home_with(tmp_path / "home", "27d8f4e1a6c9",
                      {"prefect": orchestrator._prefect_version(), "revision": "27d8f4e1a6c9"})
    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://county/prefect")
    assert not migrated(home)


def _stamp_after_start(cfg_path: Path) -> tuple[dict[str, str], float]:
    """Start the county's background server for real, wait for its stamp, stop it: (stamp, its mtime)."""
    cfg = load_config(cfg_path)
    folder = orchestrator.home(cfg)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        orchestrator._start(cfg)
        deadline = time.monotonic() + 30
        while not (folder / MIGRATED).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # the watchdog writes the stamp within 0.2 s of answering, if it writes one
    finally:
        orchestrator.stop(cfg)
    return json.loads((folder / MIGRATED).read_text(encoding="utf-8")), (folder / MIGRATED).stat().st_mtime


@pytest.mark.slow
def test_the_background_server_migrates_once_per_county_folder(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """First start: migrations run and the revision is stamped.  A restart leaves the stamp alone (skipped),
    a stamp of another Prefect is replaced after the migrations ran again."""
    monkeypatch.setenv("BEIZENG_PREFECT_START_SECONDS", "300")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    path = write_config(tmp_path)
    stamp, first = _stamp_after_start(path)
    with sqlite3.connect(tmp_path / "warehouse" / "prefect" / "prefect.db") as con:
        (revision,) = con.execute("select version_num from alembic_version").fetchone()
    con.close()
    assert stamp == {"prefect": orchestrator._prefect_version(), "revision": revision}
    again, second = _stamp_after_start(path)
    assert (again, second) == (stamp, first)  # skipped: nothing to record
    (tmp_path / "warehouse" / "prefect" / MIGRATED).write_text(json.dumps({"prefect": "3.0.0", "revision": revision}),
                                                              encoding="utf-8")
    upgraded, _ = _stamp_after_start(path)
    assert upgraded == stamp  # migrations checked again and the stamp renewed
