"""The one-shot runs' version of the watcher's rule (beizeng.intake.watch.split_settled): files that arrived
earlier cost one stat and no wait; a file touched a moment ago gets one short second look; one that
is still growing is set aside for the next run."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from beizeng.intake import watch
from beizeng.intake.watch import settled, signature, split_settled


def old_file(path: Path, age: float = 600) -> Path:
    path.write_bytes(b"x" * 100)
    past = time.time() - age
    os.utime(path, (past, past))
    return path


def test_files_that_arrived_earlier_cost_no_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [old_file(tmp_path / f"{i}.xlsx") for i in range(50)]

    def no_sleep(_: float) -> None:
        raise AssertionError("slept although every file was older than the window")

    monkeypatch.setattr(watch.time, "sleep", no_sleep)
    assert split_settled(files, 2.0) == (files, [])


def test_a_file_written_a_moment_ago_but_finished_is_taken_after_one_short_look(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = old_file(tmp_path / "a.xlsx")
    fresh = tmp_path / "b.xlsx"
    fresh.write_bytes(b"y" * 100)
    waits: list[float] = []
    real_sleep = time.sleep
    monkeypatch.setattr(watch.time, "sleep", lambda s: (waits.append(s), real_sleep(s)))
    assert split_settled([earlier, fresh], 0.5) == ([earlier, fresh], [])
    assert len(waits) == 1 and waits[0] <= 0.5 + 0.06  # one wait, never longer than the window


def test_a_file_still_growing_is_left_for_the_next_run(tmp_path: Path) -> None:
    earlier = old_file(tmp_path / "a.xlsx")
    growing = tmp_path / "b.xlsx"
    growing.write_bytes(b"")
    stop = threading.Event()

    def append() -> None:
        with growing.open("ab") as fh:
            while not stop.is_set():
                fh.write(b"z")
                fh.flush()
                time.sleep(0.02)

    t = threading.Thread(target=append, daemon=True)
    t.start()
    try:
        ready, writing = split_settled([earlier, growing], 0.5)
    finally:
        stop.set()
        t.join(5)
    assert (ready, writing) == ([earlier], [growing])


def test_a_file_gone_during_the_look_is_in_neither_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = tmp_path / "b.xlsx"
    fresh.write_bytes(b"y")
    monkeypatch.setattr(watch.time, "sleep", lambda _: fresh.unlink())
    assert split_settled([fresh], 0.5) == ([], [])


def test_a_time_stamp_from_a_clock_ahead_of_ours_is_settled_by_watching(tmp_path: Path) -> None:
    """A file server whose clock is ahead: every time stamp looks new, so seeing it unchanged decides."""
    ahead = tmp_path / "a.xlsx"
    ahead.write_bytes(b"x")
    future = time.time() + 300
    os.utime(ahead, (future, future))
    sig = signature(ahead)
    assert sig is not None
    assert not settled(sig, 0.0, 2.0) and settled(sig, 2.0, 2.0)
    assert split_settled([ahead], 0.3) == ([ahead], [])


def test_a_window_of_zero_takes_everything_at_once(tmp_path: Path) -> None:
    fresh = tmp_path / "b.xlsx"
    fresh.write_bytes(b"y")
    assert split_settled([fresh], 0.0) == ([fresh], [])
