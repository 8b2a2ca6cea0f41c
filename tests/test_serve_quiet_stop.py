"""A stop that reaches `beizeng serve`'s run process while Python shuts down prints no traceback.

One CI run printed "Exception ignored in: <module 'threading'> … KeyboardInterrupt" into serve's output:
the interrupt landed while Prefect drained its log queue at exit (threading._shutdown waits for it).
The scenario is rebuilt here for real: a thread still working at exit, a SIGINT while the interpreter
waits for it.  The control run (no hook) shows the traceback, so the test can fail.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import os, signal, sys, threading, time
if sys.argv[1] == "hook":
    from flows.serve import _quiet_interrupt_at_exit
    sys.unraisablehook = _quiet_interrupt_at_exit
def late():  # still working when the main thread ends, as Prefect's log drain is
    time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.5)
threading.Thread(target=late).start()
"""


def _exit_with_late_interrupt(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_an_interrupt_while_the_run_process_exits_prints_nothing() -> None:
    quiet = _exit_with_late_interrupt("hook")
    assert quiet.returncode == 0
    assert "Traceback" not in quiet.stderr and "KeyboardInterrupt" not in quiet.stderr, quiet.stderr


def test_without_the_hook_python_prints_the_traceback_the_ci_run_showed() -> None:
    # why: the control — the same exit without serve's hook shows what CI printed
    loud = _exit_with_late_interrupt("none")
    assert "Exception ignored in: <module 'threading'" in loud.stderr
    assert "KeyboardInterrupt" in loud.stderr
