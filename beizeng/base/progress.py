"""Progress of a run, told to whoever shows it: a bar while files are read, and a line per step as it ends.

A county's run is read-and-validate, load, compute, publish, then the outputs: the bar alone stood still
at 读取与校验 359/359 for ≈40 s while the rest ran, and piped output (a scheduled run's log) said nothing
for a minute.  So every step the flows take is a :func:`stage`: it tells the display when it starts
(a spinner on a terminal) and ends with one line of its count or its time, also when the output is
piped.  The flows only name their steps; the CLI decides how they look (``beizeng.cli.main._Bars``).  Nothing
is shown for tests and served flows (no display set).  This module imports nothing heavy.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar

T = TypeVar("T")


class Display(Protocol):
    """What shows progress (the CLI's bars, or plain lines when piped)."""

    def bar(self, description: str, total: int) -> Callable[[], None]:
        """A bar of ``total`` steps; the callable advances it by one."""
        ...

    def started(self, name: str) -> None:
        """A step began (a spinner may show it until it ends)."""
        ...

    def ended(self, name: str, detail: str) -> None:
        """A step ended: one line with its name and ``detail`` (its count and time)."""
        ...


#: Set by the CLI for the length of a command; None means no progress display.
display: Display | None = None
#: Every step of this process that ended: (name, seconds).  bench/county.py reads them (through the CLI,
#: ``BEIZENG_BENCH_TIMES``) to split a run's time into its work and the rest.
timings: list[tuple[str, float]] = []


def track(items: list[T] | Iterable[T], description: str) -> Iterator[T]:
    """Iterate ``items`` with a bar (when there is a display and more than one item)."""
    items = list(items)
    advance = display.bar(description, len(items)) if display is not None and len(items) > 1 else None
    for item in items:
        yield item
        if advance is not None:
            advance()


@dataclass
class Stage:
    """A step being timed; the flow may say what it did (``count``, ``note``) before it ends."""

    name: str
    count: int | None = None
    unit: str = "个文件"
    note: str = ""

    def line(self, seconds: float) -> str:
        parts = [f"{self.count} {self.unit}"] if self.count is not None else []
        if self.note:
            parts.append(self.note)
        parts.append(f"用时 {seconds_words(seconds)}")
        return "，".join(parts)


def seconds_words(seconds: float) -> str:
    """A step's time as a person reads it: 0.4 秒, 12 秒, 1 分 05 秒."""
    if seconds < 10:
        return f"{seconds:.1f} 秒"
    if seconds < 60:
        return f"{seconds:.0f} 秒"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} 分 {rest:02d} 秒"


@contextmanager
def stage(name: str, count: int | None = None, unit: str = "个文件") -> Iterator[Stage]:
    """Time one step of a run and tell the display; a step that fails ends without a line (the fault is
    said once, by the command)."""
    step = Stage(name, count, unit)
    shown = display
    if shown is not None:
        shown.started(name)
    t0 = time.perf_counter()
    yield step
    seconds = time.perf_counter() - t0
    timings.append((name, seconds))
    if shown is not None:
        shown.ended(name, step.line(seconds))


#: The steps of a writing run in the order they run, as the stage lines name them (the outputs come after
#: the publish: the summary workbook is never newer than the analysts' copy, see flows.monthly).
STEPS = ("备份", "读取与校验", "入库", "计算指标", "发布", "写汇总表", "写报告")
