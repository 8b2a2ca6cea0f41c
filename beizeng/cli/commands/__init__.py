"""CLI command groups: each module here adds its commands to ``beizeng.cli.main.app`` when imported.

A new command goes into the module of its job (operations, outputs …) or a new module here;
``beizeng.cli.main`` imports them all, so nothing else needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
