"""Conventions the project keeps, enforced: forms are complete contracts, every SQL file runs,
every indicator is catalogued, every CLI command explains itself."""

from __future__ import annotations

import re

import duckdb
import pytest
from typer.testing import CliRunner

from beizeng.base.forms import all_forms
from beizeng.cli.main import app
from beizeng.store.catalogue import catalogue
from beizeng.store.warehouse import SQL_DIR, ensure_schema, run_models, sql_files


@pytest.mark.parametrize("code", sorted(all_forms()))
def test_every_form_is_a_complete_contract(code: str) -> None:
    form = all_forms()[code]
    assert form.title and form.grain and form.instructions
    assert form.model.Config.strict is True and form.model.Config.coerce is True
    headers = set()
    for col in form.columns:
        assert re.search(r"[\u4e00-\u9fff]", col.header), f"{code}.{col.name} needs a Chinese header"
        assert col.description, f"{code}.{col.name} needs a description"
        assert col.header not in headers, f"{code}: header {col.header} used twice"
        headers.add(col.header)
        if col.kind == "money":
            assert col.unit, f"{code}.{col.name} is money and needs a unit"
    for key in form.key:
        assert key in form.polars_schema


def test_every_sql_file_runs_and_every_model_is_grained() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("insert into cfg_settings values ('county', 'x'), ('time_progress', 'linear'), "
                "('in_stats_denominator', 'key'), ('fai_min_total_investment', '500')")
    from beizeng.store.catalogue import sync_catalogue

    sync_catalogue(con)
    views = run_models(con)
    for path in sql_files("models"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("-- "), f"{path.name}: state the grain in a comment at the top"
        assert "one row per" in text.splitlines()[0], f"{path.name}: the first line states the grain"
        assert text == text.replace("SELECT", "").replace("FROM ", ""), f"{path.name}: lowercase SQL"
        names = re.findall(r"create or replace view (\w+)", text)
        assert len(names) == 1, f"{path.name}: one model per file"
        # a table macro that reads a form's rows hides its columns from the lineage (beizeng/store/sql_lineage.py
        # follows views): a missing 是否技改项目 stopped warning that 技改投资 skews (stop 32's CI) — make it a view
        for macro, body in re.findall(r"create or replace macro (\w+)\([^)]*\) as table(.*?);", text, re.S):
            assert "cur_" not in body, f"{path.name}: {macro} reads a form's rows in a table macro; make it a view"
    assert {p.stem.split("_", 1)[1] for p in sql_files("models")}  # numbered, named
    assert views, "the indicator models exist"
    assert (SQL_DIR / "catalogue.toml").exists()


def test_every_indicator_produced_is_catalogued(county) -> None:  # type: ignore[no-untyped-def]
    from beizeng.store.session import work_db
    from tests.conftest import ingest
    from tests.scenarios import full_county

    full_county(county.inbox)
    ingest(county)
    con = duckdb.connect(str(work_db(county)), read_only=True)
    views = [v for (v,) in con.execute("select view_name from duckdb_views() where view_name like 'ind\\_%' escape '\\'")
             .fetchall()]
    for view in views:
        cols = [c[0] for c in con.execute(f"select * from {view} limit 0").description]
        assert cols == ["period", "scope", "indicator", "value"], view
    produced = {r[0] for r in con.execute("select distinct indicator from indicator_values").fetchall()}
    units = dict(con.execute("select distinct indicator, unit from indicator_values").fetchall())
    con.close()
    assert produced <= set(catalogue()), f"not in sql/catalogue.toml: {produced - set(catalogue())}"
    assert all(units[c] == catalogue()[c].unit for c in produced)


def test_every_cli_command_has_help() -> None:
    import typer.main

    runner = CliRunner()
    group = typer.main.get_command(app)
    assert group.commands  # type: ignore[attr-defined]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and re.search(r"[\u4e00-\u9fff]", command.help), f"{name} needs a Chinese help text"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name


#: A command that only reads answers at once: it never imports Prefect, nor pandera and polars
#: (with pandas and pyarrow behind them, ≈1 s before anything is done).
READ_ONLY = [["indicators"], ["history"], ["status", "2026-06"], ["explain", "output_cum", "2026-06"],
             ["query", "select count(*) from submissions"],
             ["ingest"]]  # over an empty inbox: nothing to start Prefect for
_PROBE = """
import json, sys
from beizeng.cli.main import app
try:
    app(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "heavy": sorted(m for m in ("prefect", "pandera", "polars", "pandas") if m in sys.modules)}))
"""


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: c[0])
def test_a_read_only_command_imports_neither_prefect_nor_pandera(published, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _PROBE, *command], capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result == {"code": 0, "heavy": []}, done.stderr
