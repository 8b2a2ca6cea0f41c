"""Form titles for the commands that only read, without importing the schemas.

The schemas are pandera models, and importing pandera (with pandas and pyarrow behind it) costs
about a second: more than everything else a read-only command does. The warehouse carries the
forms' titles in ``form_catalogue`` (written from the schemas by every writing run, for analysts),
so a command with the published copy at hand reads them from there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb


def from_warehouse(con: Any) -> dict[str, str]:
    """Form code → Chinese title, as ``beizeng.ops.completeness.return_forms`` reads the forms (``form_catalogue``,
    the schemas for a warehouse that predates it)."""
    from beizeng.ops.completeness import return_forms

    return {f.code: f.title for f in return_forms(con)}


def form_titles(published: Path | None) -> dict[str, str]:
    """The titles from the published copy when there is one, else from the schemas themselves."""
    if published is not None and published.exists():
        try:
            con = duckdb.connect(str(published), read_only=True)
        except duckdb.Error:
            pass  # held read-write by someone (their problem): the schemas say the same, only slower
        else:
            try:
                return from_warehouse(con)
            finally:
                con.close()
    from beizeng.base.forms import all_forms

    return {code: form.title for code, form in all_forms().items()}
