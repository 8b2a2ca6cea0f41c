"""A period's outputs together: the 汇总表 (``outputs``) then the report draft (``report``), which
reads the workbook's helpers; apart from both so ``outputs`` never imports ``report``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from beizeng.base.config import Config
from beizeng.ops.crosschecks import RunWarning
from beizeng.publish.outputs import summary_name, write_summary
from beizeng.publish.overview import (
    year_to_date,
)
from beizeng.publish.revisions import Revision, record_publish, revisions


def write_period_outputs(con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                         warnings: list[RunWarning] | None = None, revised: list[Revision] | None = None) -> list[Path]:
    """Publish the period: its 汇总表, then the report draft (.docx and its Markdown twin), in warehouse/out/<period>/,
    then what they show kept in ``published_figures`` for the next publish of the period to compare with (its
    数据质量 sheet lists each figure shown differently: ``beizeng.publish.revisions``).  ``warnings``
    (``period_warnings``) and ``revised`` (``revisions``) when the caller computed them for its own summary too;
    ``con`` is the working database (the record is written into it)."""
    from beizeng.base import progress
    from beizeng.publish.report import write_report

    out_dir = cfg.out / period
    out_dir.mkdir(parents=True, exist_ok=True)
    with progress.stage("写汇总表", 1, "个工作簿"):  # the run's stage lines (beizeng.base.progress)
        year = year_to_date(con, period)
        figures = year.get(period, {})
        revised = revised if revised is not None else revisions(con, cfg, period, figures)
        summary = write_summary(con, cfg, period, out_dir / summary_name(cfg, period), year=year, warnings=warnings,
                                revised=revised)
    with progress.stage("写报告") as step:
        report = write_report(con, cfg, period, out_dir, figures=figures.get(cfg.county, {}))
        step.count, step.unit = len(report), "个文件"
    record_publish(con, cfg, period, figures)  # only once both are written: a failed publish is no publish
    return [summary, *report]
