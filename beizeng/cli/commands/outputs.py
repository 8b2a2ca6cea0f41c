"""Outputs on demand: rewrite a period's 汇总表 and report draft from the analysts' published copy.

The monthly run writes them already; this command is for after the phrases file or a layout was
edited, or for an earlier period.  It only reads the warehouse (the published copy, read-only), so
it runs while a run writes, and it does not import Prefect.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from beizeng.base.periods import period_words
from beizeng.cli.app import PeriodArg, PeriodOpt, _cfg, _period, app, console


@app.command()
def report(
    when: PeriodArg = None,
    period: PeriodOpt = None,
    out: Annotated[Path | None, typer.Option(help="输出目录，默认 warehouse/out/<期间>。")] = None,
) -> None:
    """按数据仓库（分析用副本）重新生成某期间的汇总表和工作完成情况报告草稿（.docx 与 .md）。"""
    from beizeng.store.session import open_published

    cfg = _cfg()
    p = _period(period, when)  # before the heavy imports: a mistyped period is answered at once
    try:
        con = open_published(cfg)
    except FileNotFoundError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    from beizeng.publish.outputs import summary_name, write_summary
    from beizeng.publish.report import received_returns, write_report

    if not received_returns(con, p):
        console.print(f"[yellow]提醒[/yellow]：{period_words(p)}还没有收到任何月报，汇总表中的数字都是空的，"
                      "报告只写一句说明。")
    target = out or cfg.out / p
    target.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        paths = [write_summary(con, cfg, p, target / summary_name(cfg, p)), *write_report(con, cfg, p, target)]
    finally:
        con.close()
    for path in paths:
        console.print(f"输出：{path}")
    console.print(f"用时 {time.perf_counter() - started:.1f} 秒。")
