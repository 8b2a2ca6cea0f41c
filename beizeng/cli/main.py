"""The `beizeng` command: what a county's clerk, statistician and IT person type.

Commands that only read (indicators, status, query …) never start Prefect and answer at once;
commands that write run the Prefect flows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

import beizeng.run.prefect_env  # noqa: F401
from beizeng.base.config import Config, ConfigError, config_path, load_config
from beizeng.cli.app import (
    AllowOldOpt,
    DaskAddressOpt,
    PeriodArg,
    PeriodOpt,
    Runner,
    RunnerOpt,
    _cfg,
    _period,
    _run_flow,
    _runner,
    app,
    console,
    fault_sentence,
    print_outcomes,
    print_overview,
    run_orchestrated,
)

#: Defined in ``beizeng.cli.app``; imported from here by the tests and scripts that need the commands registered.
__all__ = ["fault_sentence"]


@app.command()
def run(when: PeriodArg = None,
        period: PeriodOpt = None,
        wait: Annotated[float, typer.Option(help="另一运行正在写入时最多等待的秒数。")] = 0,
        runner: RunnerOpt = Runner.local, dask_address: DaskAddressOpt = None,
        allow_old: AllowOldOpt = False) -> None:
    """处理收件箱、计算指标并写出该期间的汇总表（每月运行的完整流程）。"""
    _run_flow(_period(period, when), wait, runner, dask_address, allow_old)


@app.command()
def ingest(wait: Annotated[float, typer.Option(help="另一运行正在写入时最多等待的秒数。")] = 0,
           runner: RunnerOpt = Runner.local, dask_address: DaskAddressOpt = None,
           allow_old: AllowOldOpt = False) -> None:
    """处理收件箱中的全部报表：校验、入库或退回（附错误清单）；正在写入的文件留待下次处理。"""
    from beizeng.intake.inbox import inbox_files

    name = _runner(runner, dask_address)
    if not inbox_files(_cfg()):
        console.print("收件箱中没有新文件。")  # at once: nothing to start Prefect for
        return

    def flow() -> list[Any]:
        from flows.ingest import run_ingest

        return run_ingest(config_path=str(config_path()), wait_seconds=wait, runner=name,
                          dask_address=dask_address, allow_old=allow_old)

    print_outcomes(run_orchestrated(_cfg(), wait, dask_address, flow))


@app.command()
def templates(when: PeriodArg = None,
              period: PeriodOpt = None,
              out: Annotated[Path | None, typer.Option(help="输出目录，默认 warehouse/templates/<期间>。")] = None) -> None:
    """为每种报表、每个填报单位生成模板（含下拉选项、填表说明和识别信息；已有数据时预填上月项目）。"""
    from beizeng.base.periods import next_period, previous_period
    from beizeng.publish.templates import write_templates
    from beizeng.store.session import open_published

    cfg = _cfg()
    p = _period(period, when) if period or when else next_period(previous_period())
    target = out or cfg.warehouse / "templates" / p
    try:
        con = open_published(cfg)
    except FileNotFoundError:
        con = None  # no warehouse yet: blank templates
    try:
        paths = write_templates(cfg, p, target, con)
    finally:
        if con is not None:
            con.close()
    console.print(f"已生成 {len(paths)} 个模板：{target}")


@app.command()
def demo(
    months: Annotated[int, typer.Option(help="生成多少个月的历史（截至 2026-10），默认 22 个月（2025-01 起）。")] = 22,
    directory: Annotated[Path, typer.Option("--dir", help="演示县的目录（配置、收件箱、数据仓库）。")] = Path("."),
) -> None:
    """生成一个虚构但真实的演示县（约10个乡镇、120户规上企业、40个重点项目），并运行完整月度流程。"""
    from beizeng.base.periods import add_months
    from beizeng.demo import generate_demo, write_demo_config

    directory = directory.resolve()
    path = write_demo_config(directory)
    os.environ["BEIZENG_CONFIG"] = str(path)
    cfg = load_config(path)
    last = "2026-10"
    loaded = _accepted_returns(cfg)
    if loaded:
        console.print(f"演示县“{cfg.county}”已经生成并入库（{loaded} 个报表），不再重复放入收件箱。"
                      f"要从头再来：make clean 后再 make demo，或换一个目录（--dir）。")
        print_overview(cfg, last)
        for p in sorted((cfg.out / last).glob("*")):
            console.print(f"输出：{p}")
        console.print(f"数据仓库（分析人员打开此文件）：{cfg.db_path}")
        return
    files = generate_demo(cfg, first=add_months(last, 1 - months), last=last)
    console.print(f"演示县“{cfg.county}”：配置 {path}，已向收件箱 {cfg.inbox} 放入 {len(files)} 个报表。")
    _run_flow(last, wait=60)


def _accepted_returns(cfg: Config) -> int:
    """How many returns the county's published warehouse holds (0 where there is none yet): a second
    `make demo` finds the demo loaded and says so in one line, instead of 359 lines of 重复."""
    if not cfg.db_path.exists():
        return 0
    from beizeng.store.session import open_published

    try:
        con = open_published(cfg)
    except Exception:  # a warehouse that cannot be opened now: generate as the first time would
        return 0
    try:
        row = con.execute("select count(*) from submissions where status = 'accepted'").fetchone()
    except Exception:
        return 0
    finally:
        con.close()
    return int(row[0]) if row else 0


@app.command()
def stop() -> None:
    """停止本县在后台运行的 Prefect 服务（写入命令第一次运行时自动启动，空闲15分钟后自行停止）。"""
    from beizeng.run.orchestrator import stop as stop_server

    if stop_server(_cfg()):
        console.print("已停止后台的 Prefect 服务。下次运行写入命令时会自动重新启动。")
    else:
        console.print("后台没有正在运行的 Prefect 服务。")


@app.command()
def indicators(wide: Annotated[bool, typer.Option("--wide", help="显示全部列（终端较窄时默认省略计算方法和来源报表）。")] = False
               ) -> None:
    """列出指标目录：代码、中文名称、单位、计算方法和来源报表。"""
    from rich.markup import escape

    from beizeng.cli.terminal import Col, print_table
    from beizeng.ops.titles import form_titles
    from beizeng.store.catalogue import catalogue

    try:
        published: Path | None = load_config(config_path()).db_path
    except ConfigError:
        published = None  # outside a county's folder: the schemas give the titles
    titles = form_titles(published)
    cols = (Col("章节", 5, fold_to=10), Col("代码", 10), Col("名称", 10, fold_to=16), Col("单位", 9),
            Col("计算方法", 2, fold_to=30), Col("来源报表", 3, fold_to=16))
    rows = [(escape(i.section), i.code, escape(i.name), escape(i.unit_zh), escape(i.formula),
             escape("、".join(titles.get(s, s) for s in i.sources))) for i in catalogue().values()]
    print_table(console, "指标目录", cols, rows, wide=wide)


def _register() -> None:
    from beizeng.cli.commands import register_all

    register_all()


_register()


def main() -> None:  # pragma: no cover - console entry for `python -m beizeng`
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
