"""A progress hook the CLI fills with a rich progress bar; silent for tests and served flows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
#: Set by the CLI: (description, total) → advance callable. None means no progress display.
factory: Callable[[str, int], Callable[[], None]] | None = None


def track(items: list[T] | Iterable[T], description: str) -> Iterator[T]:
    items = list(items)
    advance = factory(description, len(items)) if factory is not None and len(items) > 1 else None
    for item in items:
        yield item
        if advance is not None:
            advance()
