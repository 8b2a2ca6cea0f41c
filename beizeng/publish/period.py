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


def write_period_outputs(con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                         warnings: list[RunWarning] | None = None) -> list[Path]:
    """The period's 汇总表, then the report draft (.docx and its Markdown twin), in warehouse/out/<period>/;
    ``warnings`` (``period_warnings``) when the caller computed them for its own summary too."""
    from beizeng.base import progress
    from beizeng.publish.report import write_report

    out_dir = cfg.out / period
    out_dir.mkdir(parents=True, exist_ok=True)
    with progress.stage("写汇总表", 1, "个工作簿"):  # the run's stage lines (beizeng.base.progress)
        year = year_to_date(con, period)
        summary = write_summary(con, cfg, period, out_dir / summary_name(cfg, period), year=year, warnings=warnings)
    with progress.stage("写报告") as step:
        report = write_report(con, cfg, period, out_dir, figures=year.get(period, {}).get(cfg.county, {}))
        step.count, step.unit = len(report), "个文件"
    return [summary, *report]
