"""The whole catalogue of ../shared/INDICATORS.md: every code is in sql/catalogue.toml, and after the
demo county's run every one of them has a county value for 1–6月 and 1–10月 2026."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.store.catalogue import catalogue
from beizeng.store.session import work_db

INDICATORS_MD = Path(__file__).resolve().parents[1].parent / "shared" / "INDICATORS.md"


def report_rows() -> list[tuple[list[str], list[str]]]:
    """(codes, units) of each row of INDICATORS.md's table: a row may hold two ("tech_target_pct, tech_vs_target_pp")."""
    rows = []
    for line in INDICATORS_MD.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1] != "code" and re.fullmatch(r"[a-z_]+(, [a-z_]+)*", cells[1]):
            rows.append((cells[1].split(", "), cells[2].split(", ")))
    return rows


def report_codes() -> list[str]:
    return [code for codes, _ in report_rows() for code in codes]


needs_md = pytest.mark.skipif(not INDICATORS_MD.exists(), reason="../shared/INDICATORS.md is not beside the repository")


@needs_md
def test_every_report_code_is_catalogued_with_its_unit() -> None:
    codes = report_codes()
    assert len(codes) == 65  # every * of the example report that is a figure
    cat = catalogue()
    assert set(codes) <= set(cat), set(codes) - set(cat)
    units: dict[str, str] = {}
    for names, unit_cell in report_rows():
        units.update(zip(names, unit_cell * len(names) if len(unit_cell) == 1 else unit_cell, strict=True))
    assert {c: cat[c].unit for c in codes} == units


@needs_md
@pytest.mark.slow
def test_demo_county_has_every_report_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # given the demo county (22 months of every return), loaded and computed without Prefect
    from beizeng.base.config import load_config
    from beizeng.demo import generate_demo, write_demo_config
    from beizeng.intake.ingest import inbox_files, ingest_files
    from beizeng.ops.crosschecks import period_warnings
    from beizeng.store.session import open_work
    from beizeng.store.warehouse import run_models

    path = write_demo_config(tmp_path)
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    generate_demo(cfg)
    with open_work(cfg) as con:
        outcomes = ingest_files(con, inbox_files(cfg), cfg)
        run_models(con)
    assert [o.file for o in outcomes if o.status != "accepted"] == []

    # expect every code of INDICATORS.md with a county value, and nothing to warn about but the townships whose
    # 上年同期 is 0 (the demo has townships with no 技改 project or land last year: 不可比, no return asked for)
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        for period in ("2026-06", "2026-10"):
            values = dict(con.execute("select indicator, value from indicator_values where period = ? and scope = ?",
                                      [period, cfg.county]).fetchall())
            missing = [c for c in report_codes() if values.get(c) is None]
            assert missing == [], (period, missing)
            warnings = period_warnings(con, period)
            assert [w.text for w in warnings if w.category != "不可比"] == [], period
            base_zero = {str(s) for (s,) in con.execute(
                "select scope from null_reasons where period = ? and reason = 'base_zero'", [period]).fetchall()}
            assert cfg.county not in base_zero
            assert {w.text.split("上年同期为0")[0] for w in warnings if w.category == "不可比"} == base_zero
    finally:
        con.close()


@needs_md
def test_every_report_code_has_a_county_row_even_with_returns_missing(county_full: Config) -> None:
    # given the cultivation ledger alone: no enterprise return, no investment, no city table, no targets
    from tests.conftest import ingest
    from tests.scenarios_more import cultivation, cultivation_2026_06

    cultivation(county_full.inbox, "2026-06", cultivation_2026_06())
    ingest(county_full)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        rows = dict(con.execute("select indicator, value from indicator_values where period = '2026-06' and scope = ?",
                                [county_full.county]).fetchall())
    finally:
        con.close()
    # expect a row for every code (NULL where its return is missing), and the ledger's own figures
    assert set(report_codes()) <= set(rows), set(report_codes()) - set(rows)
    assert rows["output_cum"] is None and rows["key_projects"] is None and rows["va_city_rank"] is None
    assert rows["above_scale_applying"] == 1 and rows["time_progress_pct"] == 50
