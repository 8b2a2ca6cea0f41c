"""Whether a process still runs: one rule for the writer lock's leftovers and the background Prefect server."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True while ``pid`` exists, also when it belongs to another user (signal 0 is refused, not missed)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
