"""Inspect a file before any parser touches it: refuse what could exhaust memory or time.

Returns the problems that make the file unsafe or unreadable; an empty list means go ahead.
"""

from __future__ import annotations

from pathlib import Path

from beizeng.problems import Problem


def inspect_file(path: Path, display_name: str) -> list[Problem]:
    return []
