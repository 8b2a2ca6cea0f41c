"""What counts as a return waiting in the inbox: the one rule, light enough for the CLI to look before
it starts Prefect (a run over an empty inbox costs ≈10 s of Prefect's temporary server for nothing)."""

from __future__ import annotations

from pathlib import Path

from beizeng.config import Config

#: Office lock files (~$…, .~…) and hidden files are not returns.
IGNORED_PREFIXES = ("~$", ".~", ".")


def inbox_files(cfg: Config) -> list[Path]:
    """Returns waiting in the inbox, oldest first; Office lock files (~$…) and hidden files are not returns."""
    if not cfg.inbox.exists():
        return []
    files = [
        p for p in cfg.inbox.iterdir()
        if p.is_file() and not p.name.startswith(IGNORED_PREFIXES) and not p.name.endswith(".errors.txt")
    ]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))
