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
    found: list[tuple[float, str, Path]] = []
    for p in cfg.inbox.iterdir():
        if p.name.startswith(IGNORED_PREFIXES) or p.name.endswith(".errors.txt"):
            continue
        try:  # a file taken back between the listing and this look is simply not there: no run stops on it
            if p.is_file():
                found.append((p.stat().st_mtime, p.name, p))
        except OSError:
            continue
    return [p for _, _, p in sorted(found)]
