"""What a cold writing command pays for besides its work (issue 14): no pandas or numpy imported, no garbage
collection at the interpreter's end, no heartbeat thread to join, no walk of the batch by Prefect.

Each start-up fact is checked in a new Python process, as a county's `beizeng run` starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest

REPO = Path(__file__).resolve().parent.parent


def fresh(code: str) -> str:
    """``code`` run by a new interpreter in the repository; its stdout."""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_run_imports_neither_pandas_nor_numpy() -> None:
    out = fresh("import sys, json\n"
                "import beizeng.cli.main, flows.monthly, beizeng.publish.outputs, beizeng.publish.report\n"
                "from beizeng.base.forms import all_forms\n"
                "all_forms()\n"
                "print(json.dumps(sorted(m for m in ('pandas', 'numpy') if m in sys.modules)))")
    assert json.loads(out) == []


def test_pandera_still_validates_and_pandas_openpyxl_still_work_afterwards(tmp_path: Path) -> None:
    """The lean imports change what pandera and openpyxl load, not what they do; pandas itself (the bench's
    baseline reads with it) imports as usual afterwards."""
    out = fresh("import json\n"
                "from beizeng.base.lean_imports import openpyxl, pa\n"
                "import polars as pl, pandas\n"
                "schema = pa.DataFrameSchema({'a': pa.Column(pl.Int64, pa.Check.ge(0))})\n"
                "try:\n"
                "    schema.validate(pl.DataFrame({'a': [1, -2]}), lazy=True)\n"
                "except pa.errors.SchemaErrors as e:\n"
                "    cases = e.failure_cases.select('failure_case', 'index').rows()\n"
                "wb = openpyxl.Workbook(); wb.active['A1'] = 1.5\n"
                f"wb.save({str(tmp_path / 'x.xlsx')!r})\n"
                "print(json.dumps({'cases': cases, 'rows': len(pandas.DataFrame({'a': [1, 2]}))}))")
    assert json.loads(out) == {"cases": [["-2", 1]], "rows": 2}
    assert pl.read_excel(tmp_path / "x.xlsx", has_header=False).item() == 1.5


def test_the_interpreter_ends_without_collecting_what_a_command_leaves() -> None:
    # registered before beizeng.cli.main is imported, so it runs after beizeng's own exit handler
    out = fresh("import atexit, gc\n"
                "atexit.register(lambda: print('frozen' if gc.get_freeze_count() > 0 else 'collected'))\n"
                "import beizeng.cli.main")
    assert out.strip() == "frozen"


def test_a_commands_flow_run_beats_no_heartbeat() -> None:
    from prefect.settings import get_current_settings

    from flows.ingest import without_heartbeats

    before = get_current_settings().flows.heartbeat_frequency
    with without_heartbeats():
        assert get_current_settings().flows.heartbeat_frequency is None
    assert get_current_settings().flows.heartbeat_frequency == before == 180


def test_a_batch_handed_as_is_is_not_walked_by_prefect(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a task call does with its arguments (collect its inputs, resolve them), counted by the nested visits."""
    import prefect.utilities.collections as collections
    from prefect.utilities.engine import collect_task_run_inputs_sync, resolve_inputs_sync

    from flows.tasks import as_is

    visits = 0
    walk = collections.visit_collection

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal visits
        visits += 1
        return walk(*args, **kwargs)

    monkeypatch.setattr(collections, "visit_collection", counted)
    batch = [{"cells": list(range(1000))} for _ in range(50)]
    collect_task_run_inputs_sync(batch)
    assert visits > 50_000  # every cell, as Prefect did with the prepared returns
    visits = 0
    assert collect_task_run_inputs_sync(as_is(batch)) == set()
    assert resolve_inputs_sync({"prepared": as_is(batch)}) == {"prepared": batch}  # what the task receives
    assert visits < 10
