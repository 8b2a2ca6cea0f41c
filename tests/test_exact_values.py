"""Exact values (issue 13): what CONTRIBUTING says about indicator_values.value is what the warehouse
holds, and hand arithmetic reproduces to the last shown digit in SQL and in Python."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import duckdb

from beizeng.base.numbers import shown
from beizeng.store.catalogue import sync_catalogue
from beizeng.store.warehouse import ensure_schema, run_models

CONTRIBUTING = Path(__file__).resolve().parent.parent / "CONTRIBUTING.md"


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("insert into cfg_settings values ('county', 'x'), ('time_progress', 'linear'), "
                "('in_stats_denominator', 'key'), ('fai_min_total_investment', '500')")
    sync_catalogue(con)
    run_models(con)
    return con


def test_contributing_states_the_type_indicator_values_has() -> None:
    con = _warehouse()
    [(kind,)] = con.execute("select data_type from duckdb_columns() "
                            "where table_name = 'indicator_values' and column_name = 'value'").fetchall()
    text = CONTRIBUTING.read_text(encoding="utf-8")
    stated = re.search(r"`indicator_values\.value` is (\w+)", text)
    assert stated is not None, "CONTRIBUTING says what type indicator_values.value has"
    assert (kind, stated.group(1)) == ("DOUBLE", "DOUBLE")


def test_a_half_at_the_last_shown_digit_rounds_up_as_on_paper() -> None:
    con = _warehouse()
    # 同比: (20201 − 20000) × 100 ÷ 20000 = 1.005 % exactly by hand → 1.01 shown at two decimals.  The double
    # is 1.00499999…, so a bare round() gives 1.00; rounded() and beizeng.base.numbers.shown both give 1.01.
    # −16.25 → −16.3 at one decimal (half away from zero), 2 ÷ 3 → 66.67 %.
    row = con.execute(
        "select growth_pct(20201::decimal(18, 4), 20000::decimal(18, 4)), "
        "round(growth_pct(20201::decimal(18, 4), 20000::decimal(18, 4)), 2), "
        "rounded(growth_pct(20201::decimal(18, 4), 20000::decimal(18, 4)), 2), "
        "rounded(growth_pct(8375::decimal(18, 4), 10000::decimal(18, 4)), 1), "
        "rounded(share_pct(2::decimal(18, 4), 3::decimal(18, 4)), 2)").fetchone()
    assert row is not None
    exact, bare, sql_shown, negative, third = row
    assert bare == 1.0  # why rounded() exists
    assert (sql_shown, negative, third) == (Decimal("1.01"), Decimal("-16.3"), Decimal("66.67"))
    assert (shown(exact, 2), shown(-16.25, 1), shown(200 / 3, 2)) == ("1.01", "-16.3", "66.67")
