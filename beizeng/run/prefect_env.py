"""Quiet, private defaults for Prefect, applied before Prefect is first imported.

A normal run should print beizeng's own progress and summary, not Prefect's internals: the
temporary server's shutdown errors and telemetry are switched off (STACK-NOTES), and Prefect's
console logging is limited to warnings. Anything set in the environment wins.
"""

from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_LOGGING_SERVER_LEVEL": "CRITICAL",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_INTERNAL_LEVEL": "ERROR",
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "0.3",
}


def apply() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


apply()
