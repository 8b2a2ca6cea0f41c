"""Two libraries imported without the optional halves beizeng never uses: pandera without pandas, openpyxl
without numpy.  ``from beizeng.base.lean_imports import pa`` (pandera's polars API), ``… import openpyxl``.

pandera imports pandas and numpy at its top level whenever they are installed, for its pandas API, and
openpyxl imports numpy to accept numpy numbers in cells.  beizeng validates polars frames and writes
Python values only; pandas and numpy are no dependencies of beizeng (the benchmark's baseline and the
dev tools install them).  Where they are installed every writing command paid for them: ≈0.5 s of a
cold ``beizeng run`` on the county's two-core machine, a sixth of the 3 s it may spend beyond its work
(issue 14).  Both libraries support running without them (pandera's ``__init__`` skips its pandas API
when importing pandas fails with "No module named 'pandas'"; openpyxl's ``compat.numbers`` sets
``NUMPY = False``), so the first import of each here makes those look missing *to that import only*;
afterwards pandas and numpy import as usual for code that wants them (pandas' ``read_excel`` in
bench/naive.py).  What is lost in the process: pandera's pandas API (``pandera.pandas``) and numpy
numbers written by openpyxl, neither used by beizeng.  A library already imported by then is used as it is.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING


class _LooksMissing(importlib.abc.MetaPathFinder):
    """A finder that answers for ``names`` (and their submodules) as Python does for what is not installed."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named '{fullname}'", name=fullname)
        return None


def import_without(module: str, *missing: str) -> ModuleType:
    """``module`` imported as if ``missing`` were not installed (unless its package is imported already)."""
    if module.partition(".")[0] in sys.modules:
        return importlib.import_module(module)
    finder = _LooksMissing(missing)
    sys.meta_path.insert(0, finder)
    try:
        return importlib.import_module(module)
    finally:
        sys.meta_path.remove(finder)


#: name here: (module, what it is imported without).  Each is imported when first asked for, not with this module.
LEAN = {"pa": ("pandera.polars", ("pandas", "numpy")), "openpyxl": ("openpyxl", ("numpy",))}

if TYPE_CHECKING:  # the checker sees the libraries' own types
    import openpyxl  # noqa: F401
    import pandera.polars as pa  # noqa: F401
else:
    def __getattr__(name: str) -> ModuleType:
        if name not in LEAN:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module, missing = LEAN[name]
        value = import_without(module, *missing)
        globals()[name] = value
        return value
