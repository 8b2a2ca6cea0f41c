"""Named points where a test can make the ingest process die, to prove that a crash loses nothing.

``crash_point("load")`` does nothing unless the environment says ``BEIZENG_CRASH_AT=load`` (or
``load:3``: the third time the point is reached).  Then the process announces the point on stdout
(``BEIZENG_CRASH_POINT load``) and dies by SIGKILL: no ``finally``, no ``atexit``, no rollback by
Python, exactly what a power cut or the OOM killer does.  With ``BEIZENG_CRASH_WAIT=1`` it waits
instead (for at most ``WAIT_SECONDS``), so the test itself sends the SIGKILL, as an operator would.

The points, in the order an ingest reaches them:

- ``read``: a file has been opened and parsed (nothing written anywhere yet);
- ``load``: a file's rows are inserted, inside the open transaction (nothing committed);
- ``committed``: the transaction is committed, no file has been moved out of the inbox;
- ``moved``: a file has been moved to the archive or rejected folder, others not yet.

Reading one environment variable per call costs well under a microsecond; the points are per file,
never per row.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import Counter

ENV = "BEIZENG_CRASH_AT"
WAIT_ENV = "BEIZENG_CRASH_WAIT"
POINTS = ("read", "load", "committed", "moved")
ANNOUNCE = "BEIZENG_CRASH_POINT"
#: A waiting process kills itself after this long, so a forgotten setting can never hang a run.
WAIT_SECONDS = 60.0

_reached: Counter[str] = Counter()


def crash_point(name: str) -> None:
    """Die here by SIGKILL if ``BEIZENG_CRASH_AT`` names this point (and its count is reached)."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    point, _, nth = spec.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] != (int(nth) if nth else 1):
        return
    sys.stdout.write(f"{ANNOUNCE} {name}\n")
    sys.stdout.flush()
    if os.environ.get(WAIT_ENV):
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)
