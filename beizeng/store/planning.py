"""How beizeng's DuckDB connections plan their queries: the optimizers they go without, in one place."""

from __future__ import annotations

import duckdb

#: DuckDB optimizers a connection goes without while it reads the models.  The models are views over views
#: (correlated EXISTS, macros over cfg tables), and in DuckDB 2.0 these spent seconds planning each query of the
#: warnings views, whose rows take a tenth of a second to run: missing_inputs 9.4 s → 2.2 s, null_reasons 4.4 s →
#: 1.1 s on the demo county (bench/planning.py, the same rows both ways).  Only the plan changes, never a result: an
#: optimizer rewrites a plan into an equivalent one.
SKIPPED_OPTIMIZERS = "deliminator,projection_pullup,statistics_propagation"

#: The same while a run computes ``indicator_values`` (one query per model view, ``run_models``): without the
#: deliminator the models' correlated subqueries run slower (1.6 s → 2.3 s the county's models), so only
#: projection_pullup is skipped there (1.6 s → 1.3 s).
SKIPPED_COMPUTING = "projection_pullup"


def planned_quickly(con: duckdb.DuckDBPyConnection, computing: bool = False) -> duckdb.DuckDBPyConnection:
    """``con`` without :data:`SKIPPED_OPTIMIZERS` (:data:`SKIPPED_COMPUTING` while ``computing``): a setting of the
    connection, set before any lock, again by each function that reads the heavy views (a caller's own connection
    — a test's, a notebook's — gets it too)."""
    con.execute(f"set disabled_optimizers = '{SKIPPED_COMPUTING if computing else SKIPPED_OPTIMIZERS}'")
    return con
