"""What the optimizers beizeng skips (beizeng.store.planning) save: the heaviest model queries, planned with DuckDB's
default optimizers (the baseline) and as beizeng's connections plan them, in the same run on the same warehouse.

    .venv/bin/python bench/planning.py            # the demo county, months 1–7 of 2025 loaded (built once, ~1 min)
    .venv/bin/python bench/planning.py --repeat 5

Each query runs on a fresh connection (nothing cached between them), ``--repeat`` times, median seconds; the rows of
the two ways are compared and must be the same.  Prints a table and writes ``bench/out/planning.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import duckdb  # noqa: E402

from beizeng.store.planning import SKIPPED_COMPUTING, SKIPPED_OPTIMIZERS, planned_quickly  # noqa: E402
from beizeng.store.warehouse import model_views  # noqa: E402

#: The queries a run, the summary workbook and the report draft ask that plan longest (views over views); the
#: first is what every run's compute does (``run_models``: one query per model view), timed as one.
MODELS = "models"
QUERIES = {
    "每次计算 (run_models 的每个 ind_ 模型)": MODELS,
    "missing_inputs (数据质量)": "select message, form from missing_inputs order by all",
    "null_reasons (不可比)": "select * from null_reasons order by all",
    "crosscheck_warnings (交叉核对)": "select message from crosscheck_warnings order by all",
}


def warehouse(workdir: Path) -> Path:
    """The demo county's working warehouse, built once (months 1–7 of 2025 through ``process``)."""
    from beizeng.base.config import load_config
    from beizeng.demo import generate_demo, write_demo_config
    from beizeng.intake.watch import process
    from beizeng.store.session import work_db

    cfg = load_config(write_demo_config(workdir)) if not (workdir / "beizeng.toml").exists() \
        else load_config(workdir / "beizeng.toml")
    db = work_db(cfg)
    if not db.exists():
        generate_demo(cfg, first="2025-01", last="2025-07")
        process(cfg, sorted(cfg.inbox.glob("*.xlsx")))
    return db


def timed(db: Path, sql: str, quick: bool) -> tuple[float, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        if quick:
            planned_quickly(con, computing=sql == MODELS)
        start = time.perf_counter()
        if sql != MODELS:
            rows = con.execute(sql).fetchall()
            return time.perf_counter() - start, rows
        views = model_views(con)
        rows = [row for v in views for row in con.execute(f"select * from {v} order by all").fetchall()]
        return time.perf_counter() - start, rows
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=HERE / "out" / "planning")
    args = parser.parse_args()
    db = warehouse(args.workdir)
    results = {}
    print(f"skipped optimizers: {SKIPPED_COMPUTING} computing, {SKIPPED_OPTIMIZERS} reading; "
          f"median of {args.repeat}, seconds")
    print(f"{'query':<36} {'baseline':>9} {'beizeng':>9} {'ratio':>6}")
    for name, sql in QUERIES.items():
        base, quick = [], []
        for _ in range(args.repeat):
            b, rows_b = timed(db, sql, False)
            q, rows_q = timed(db, sql, True)
            if rows_b != rows_q:
                raise SystemExit(f"{name}: the rows differ between the two plans")
            base.append(b)
            quick.append(q)
        mb, mq = statistics.median(base), statistics.median(quick)
        results[name] = {"baseline_s": mb, "beizeng_s": mq, "ratio": mb / mq, "rows": len(rows_q)}
        print(f"{name:<36} {mb:9.2f} {mq:9.2f} {mb / mq:6.1f}")
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "planning.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
