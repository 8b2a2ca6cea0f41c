"""Whether a process still runs (one rule for the writer lock's leftovers and the background Prefect server), and
the most memory this process has held (one rule for the hostile-file worker and the bench's children)."""

from __future__ import annotations

import os
import resource
from pathlib import Path


def alive(pid: int) -> bool:
    """True while ``pid`` exists, also when it belongs to another user (signal 0 is refused, not missed)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def peak_rss_mb() -> float:
    """This process's own peak RSS in MB: /proc/self/status VmHWM, which a new program starts afresh.

    Not ``getrusage().ru_maxrss`` (nor a parent's ``wait4`` of it): Linux carries the parent's high-water mark over
    the fork and exec that started the process, so under a pytest process already past 1 GB (CI, stop 33) every
    hostile file, a zero-byte one included, "peaked" at the parent's 1,030 MB.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
