"""Run the whole corpus once: May loaded first (the previous month the cross-period checks need), then
every case dropped into the inbox and ingested as one batch, as a Monday morning's inbox would be.

One batch keeps the corpus fast (one pandera call per form, one transaction) and puts every case
through the same load; the cases are independent because each expectation names its own file.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from beizeng.base.config import Config, load_config
from beizeng.base.forms import get_form
from beizeng.intake.ingest import Outcome, inbox_files, ingest_files, prepare, validate_prepared
from beizeng.store.session import open_work, work_db
from tests.corpus.cases import CASES, Case
from tests.corpus.data import BASELINE, DATASETS, clean_template
from tests.county import write_config

#: Every corpus file is dated 2026-07-05, when June's returns come in (it gives "1-6月" its year).
RECEIVED = dt.datetime(2026, 7, 5, 10, 0)


@dataclass
class CorpusRun:
    cfg: Config
    outcomes: dict[str, Outcome]  # case id → outcome
    clean: dict[str, pl.DataFrame]  # data set → figures read from its clean template, sorted by key
    baseline: list[Outcome]

    def case(self, case_id: str) -> Case:
        return next(c for c in CASES if c.id == case_id)

    def figures(self, outcome: Outcome) -> pl.DataFrame:
        """The rows the warehouse holds for one submission, typed as the form's frame, sorted by key."""
        assert outcome.form is not None
        form = get_form(outcome.form)
        cols = [c.name for c in form.columns]
        con = duckdb.connect(str(work_db(self.cfg)), read_only=True)
        try:
            rows = con.execute(f"select {', '.join(cols)} from {form.table} where submission_id = ?",
                               [outcome.submission_id]).fetchall()
        finally:
            con.close()
        return pl.DataFrame(rows, schema=form.polars_schema, orient="row").sort(list(form.key))

    def expected(self, case: Case) -> pl.DataFrame:
        assert case.dataset is not None and case.form is not None
        form = get_form(case.form)
        frame = self.clean[case.dataset]
        if not case.overrides:
            return frame
        rows = frame.to_dicts()
        for r in rows:
            r.update(case.overrides.get(r[form.key[0]], {}))
        return pl.DataFrame(rows, schema=form.polars_schema, orient="row")


def run_corpus(root: Path) -> CorpusRun:
    cfg = load_config(write_config(root / "county"))
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    for name in BASELINE:
        clean_template(cfg, name, cfg.inbox, BASELINE)
    with open_work(cfg) as con:
        baseline = ingest_files(con, inbox_files(cfg), cfg)
    stamp = RECEIVED.timestamp()
    for i, c in enumerate(CASES):
        path = cfg.inbox / c.file
        c.make(path, cfg)
        os.utime(path, (stamp + i, stamp + i))  # also fixes the inbox order: the order of CASES
    with open_work(cfg) as con:
        outcomes = ingest_files(con, inbox_files(cfg), cfg)
    by_file = {o.file: o for o in outcomes}
    clean_dir = root / "clean"
    prepared = [prepare(clean_template(cfg, name, clean_dir), cfg) for name in DATASETS]
    validate_prepared(prepared)
    clean = {}
    for name, p in zip(DATASETS, prepared, strict=True):
        assert p.ok and p.normalised is not None, [x.line() for x in p.problems]
        clean[name] = p.normalised.frame.sort(list(get_form(DATASETS[name][0]).key))
    return CorpusRun(cfg, {c.id: by_file[c.file] for c in CASES}, clean, baseline)
