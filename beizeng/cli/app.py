"""What every ``beizeng`` command stands on: the Typer app and its console, the shared options
(PeriodArg, PeriodOpt …), the county's configuration (``_cfg``), the machine's faults in one Chinese sentence
(``fault_sentence``), progress bars and the printing of outcomes.  Kept apart from ``beizeng.cli.main``
(which defines the top-level commands and registers ``commands/``) so the command groups can import it
without importing the module that imports them.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import gc
import getpass
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import beizeng.run.prefect_env  # noqa: F401
from beizeng.base import progress
from beizeng.base.config import Config, ConfigError, config_path, load_config

if TYPE_CHECKING:
    from beizeng.intake.ingest import Outcome
from beizeng.base.periods import check_period, period_words
from beizeng.cli.usage_zh import ChineseUsageGroup

#: The faults of the machine rather than of beizeng, by errno: what happened to the folder, and what to do.
#: A full disk, a folder mounted read-only, a missing permission are conditions to fix, not crashes.
FAULTS = {
    errno.ENOSPC: ("磁盘空间不足，无法写入文件夹 {folder}",
                   "请清理该磁盘（例如删除 warehouse/backups 中较早的备份）或把它移到空间足够的磁盘，然后重新运行 `beizeng run`"),
    errno.EDQUOT: ("磁盘配额已用完，无法写入文件夹 {folder}", "请清理或请管理员提高配额，然后重新运行 `beizeng run`"),
    errno.EROFS: ("文件夹 {folder} 所在的磁盘是只读的，无法写入",
                  "请把它重新挂载为可写（或在 beizeng.toml 的 [paths] 中换一个可写的位置），然后重新运行"),
    errno.EACCES: ("没有权限读写文件夹 {folder}（当前用户 {user}）",
                   "请给该用户这个文件夹的读写权限，或以有权限的用户运行，然后重新运行"),
    errno.EPERM: ("不允许修改文件夹 {folder} 中的文件（当前用户 {user}）",
                  "请检查该文件夹和其中文件的权限与属性（如只读、不可变），然后重新运行"),
}
#: How DuckDB words the same faults in its IOException text (it does not carry an errno).
FAULT_WORDS = {"No space left on device": errno.ENOSPC, "Disk quota exceeded": errno.EDQUOT,
               "Read-only file system": errno.EROFS, "Permission denied": errno.EACCES,
               "Operation not permitted": errno.EPERM}
#: What is said after every fault: nothing was half done (a run's load is one transaction, its files are
#: moved only after the commit, temporary files are removed at once or at the next start).
NOTHING_HALF_DONE = "已写入的数据不会丢失，没有处理完的报表仍在收件箱中"


def fault_sentence(exc: BaseException) -> str | None:
    """The one Chinese sentence for a fault of the machine (disk full, read-only, permission), None for others.

    A refused write of ``beizeng.base.safe_io`` (an OSError whose text is already Chinese) is said as it is.
    The folder is the one the failing path is in: the place the person has to clear or open up.
    """
    text = str(exc)
    code: int | None = None
    path: str | None = None
    if isinstance(exc, OSError):
        if exc.errno is None and re.search(r"[\u4e00-\u9fff]", text):
            return text
        code = exc.errno
        # a copy or a rename names both files: the second is where it was writing (shutil's ENOSPC, os.replace)
        named = exc.filename2 if isinstance(exc.filename2, str) else exc.filename
        path = named if isinstance(named, str) else None
    else:
        try:
            import duckdb
        except ImportError:  # pragma: no cover - duckdb is a dependency
            return None
        if not isinstance(exc, duckdb.Error):  # IOException, or FatalException when a checkpoint hit the fault
            return None
        code = next((c for words, c in FAULT_WORDS.items() if words in text), None)
        quoted = re.search(r'"(/[^"]+)"', text)
        path = quoted.group(1) if quoted else None
    if code not in FAULTS:
        return None
    what, todo = FAULTS[code]
    folder = "（未知位置）"
    if path:
        where = Path(path)
        place = where if where.is_dir() and code not in (errno.ENOSPC, errno.EDQUOT) else where.parent
        while place.name.startswith(".") and place.name.endswith(".tmp"):  # a writer's temporary folder
            place = place.parent
        folder = str(place)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return f"{what.format(folder=folder, user=user)}：{todo}。{NOTHING_HALF_DONE}。"


#: A fault as Prefect's run loggers word it in a line without the exception attached
#: ("Finished in state Failed('Task run encountered an exception OSError: [Errno 28] …')").
FAULT_TEXT = re.compile("|".join([*(rf"\[Errno {code}\]" for code in FAULTS), *map(re.escape, FAULT_WORDS)]))


class _FaultsSaidOnce(logging.Filter):
    """Keep Prefect's task and flow run loggers from printing a fault's traceback: the command says it
    once, in Chinese (:class:`BeizengGroup`); the run still ends Failed, with its message, in the UI."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            return fault_sentence(exc) is None
        return FAULT_TEXT.search(record.getMessage()) is None


for _name in ("prefect.task_runs", "prefect.flow_runs"):  # filters outlive Prefect's dictConfig of these loggers
    logging.getLogger(_name).addFilter(_FaultsSaidOnce())


def _exit_without_collecting() -> None:
    """Let the interpreter end without collecting what a command leaves behind.

    With Prefect, pandera and polars loaded, Python's shutdown spent 1–2 s in the garbage collector
    (walking hundreds of thousands of objects the OS frees anyway) after the command had printed its
    last line: measured as ≈1 s of a cold ``beizeng run``'s 3 s beyond its work (bench/county.py).
    Frozen objects are skipped by those collections.  Registered first, so it runs after every other
    exit handler (Prefect's drain of its logs and events to the server comes before all of them); files
    and the warehouse are closed by the commands themselves, never left to the collector.
    """
    gc.freeze()


atexit.register(_exit_without_collecting)


class BeizengGroup(ChineseUsageGroup):
    """The command group: usage errors in Chinese (ChineseUsageGroup), and the machine's faults in one
    Chinese sentence with exit code 2 (:func:`fault_sentence`), for every command in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from rich.markup import escape

            sentence = fault_sentence(exc)
            if sentence is None:
                raise
            console.print(f"[red]{escape(sentence)}[/red]", highlight=False)  # "[paths]" is not markup
            raise typer.Exit(2) from None


app = typer.Typer(help="倍增 beizeng：工业倍增计划报表的收集、校验、入库、指标计算与汇总。", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False, cls=BeizengGroup)
console = Console()
if not console.is_terminal:
    console = Console(width=140, soft_wrap=True)  # logs and CI: tables fit, messages are never wrapped
#: The same period typed without the option (`beizeng report 2026-06`), as people write it.
PeriodArg = Annotated[str | None, typer.Argument(help="期间 YYYY-MM，与 --period 相同，写其中一个即可。", show_default=False,
                                                 metavar="期间")]
PeriodOpt = Annotated[str | None, typer.Option("--period", "-p", help="期间 YYYY-MM（1-N月累计），默认上个月（templates 默认本月）。")]


class Runner(StrEnum):
    local = "local"
    dask = "dask"


RunnerOpt = Annotated[Runner, typer.Option(
    "--runner", help="读取和校验文件在哪里运行：local 本机（默认）；dask 把每个文件分给 Dask 集群的工作节点"
                     "（入库仍由本机一个进程写入）。")]
DaskAddressOpt = Annotated[str | None, typer.Option(
    "--dask-address", help="已在运行的 Dask 调度器地址，如 tcp://10.0.0.5:8786（各工作节点须能以相同路径读到收件箱）；"
                           "不填则在本机临时启动一个 Dask 集群。仅与 --runner dask 一起使用。")]
#: Returns older than [rules] history_years are refused unless the run is told history is meant.
AllowOldOpt = Annotated[bool, typer.Option("--allow-old", help="也接收早于 beizeng.toml [rules] history_years "
                                                               "（默认近5年）的报表，用于有意补录历史数据。")]


def _cfg() -> Config:
    try:
        cfg = load_config()
    except ConfigError as exc:
        console.print(f"[red]配置错误：[/red]{escape(str(exc))}")
        raise typer.Exit(2) from None
    for note in cfg.notes:
        console.print(f"[yellow]配置提醒：[/yellow]{escape(note)}", highlight=False)
    return cfg


def _period(period: str | None, typed: str | None = None) -> str:
    """The period asked for, by --period or typed after the command; the previous month when neither."""
    from beizeng.base.periods import previous_period

    try:
        given = [check_period(p) for p in (typed, period) if p]
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    if len(set(given)) > 1:  # 2026-06 and 2026年6月 are one period, not two
        console.print(f"[red]期间写了两个（{typed} 和 --period {period}），请只写一个。[/red]")
        raise typer.Exit(2)
    return given[0] if given else previous_period()


class _Count(MofNCompleteColumn):
    """n/N for a bar; nothing for a step's spinner (it has no total)."""

    def render(self, task: Any) -> Any:
        from rich.text import Text

        return Text("") if task.total is None else super().render(task)


class _Bars:
    """beizeng.base.progress shown for a writing command.

    On a terminal: a bar while files are read, a spinner with its time for each other step, and a line
    per step as it ends (printed above the bars, so the screen keeps the run's story).  Piped (a
    scheduled run's log, `| tee`): no bar, the same step lines, and while files are read a count every
    :data:`PLAIN_EVERY` seconds, so a log never goes quiet for long.
    """

    #: Seconds between the plain count lines of a bar when output is piped.
    PLAIN_EVERY = 5.0

    def __init__(self) -> None:
        self.live = console.is_terminal
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), _Count(), TimeElapsedColumn(),
                                 console=console, transient=True)
        self.steps: dict[str, Any] = {}

    def __enter__(self) -> _Bars:
        self.entered = time.time()
        if self.live:
            self.progress.start()
        progress.display = self
        return self

    def __exit__(self, *exc: object) -> None:
        progress.display = None
        if self.live:
            self.progress.stop()
        bench = os.environ.get("BEIZENG_BENCH_TIMES")
        if bench:  # bench/county.py: the steps' times, to split a cold run into start-up, orchestration and work
            import atexit
            import json

            times = {"entered": self.entered, "exited": time.time(), "stages": list(progress.timings)}

            def write() -> None:  # at exit, before Prefect's own exit handlers (registered earlier: run later)
                times["printed"] = time.time()
                Path(bench).write_text(json.dumps(times), encoding="utf-8")

            atexit.register(write)

    def bar(self, description: str, total: int) -> Callable[[], None]:
        if self.live:
            task = self.steps.get(description)
            if task is None:
                task = self.progress.add_task(description, total=total)
            else:
                self.progress.update(task, total=total)  # the step's spinner becomes its bar
            return lambda: self.progress.advance(task)
        done, last = 0, time.monotonic()

        def advance() -> None:
            nonlocal done, last
            done += 1
            if time.monotonic() - last >= self.PLAIN_EVERY and done < total:
                last = time.monotonic()
                console.print(f"{description} {done}/{total} …", highlight=False)

        return advance

    def started(self, name: str) -> None:
        if self.live:
            self.steps[name] = self.progress.add_task(name, total=None)

    def ended(self, name: str, detail: str) -> None:
        from rich.markup import escape

        task = self.steps.pop(name, None)
        if task is not None:
            self.progress.remove_task(task)
        console.print(f"[green]✓[/green] {name}：{escape(detail)}", highlight=False)


#: Above this many files, the run summary groups them by return type instead of listing each one.
LIST_LIMIT = 20


def print_outcomes(outcomes: list[Outcome]) -> None:
    from beizeng.intake.ingest import WRITING
    from beizeng.intake.verdict import ACCEPTED, DUPLICATE, REJECTED, STATUS_WORD, tally_zh

    writing = [o for o in outcomes if o.status == WRITING]
    outcomes = [o for o in outcomes if o.status != WRITING]
    if not outcomes:
        console.print("收件箱中没有新文件。" if not writing else "收件箱中没有可处理的文件。")
        print_writing(writing)
        return
    from beizeng.base.forms import all_forms

    forms = all_forms()
    styles = {ACCEPTED: "green", REJECTED: "red", DUPLICATE: "yellow"}
    if len(outcomes) <= LIST_LIMIT:
        table = Table(title="本次处理的报表")
        for h in ("文件", "报表", "填报单位", "期间", "结果", "行数", "错误", "提醒"):
            table.add_column(h, overflow="fold")
        for o in outcomes:
            style = styles.get(o.status, "")
            guessed = o.likely is not None and not (o.form or o.sender or o.period)  # refused before it was known
            form, sender, period = o.likely if o.likely is not None and guessed else (o.form, o.sender, o.period)
            guess = "（推测）" if guessed else ""
            table.add_row(escape(o.file), f"{forms[form].title}{guess}" if form in forms else "—",
                          f"{sender}{guess}" if sender else "—", f"{period}{guess}" if period else "—",
                          f"[{style}]{o.status_zh}[/{style}]", str(o.rows), str(o.errors), str(o.warnings))
    else:
        table = Table(title=f"本次处理的报表（共 {len(outcomes)} 个文件，按报表汇总）")
        for h in ("报表", "期间", *STATUS_WORD.values(), "数据行", "提醒"):
            table.add_column(h)
        groups: dict[str, list[Outcome]] = {}
        for o in outcomes:
            groups.setdefault(forms[o.form].title if o.form in forms else "（无法识别）", []).append(o)
        for title, group in groups.items():
            periods = sorted(o.period for o in group if o.period)
            span = f"{periods[0]} ~ {periods[-1]}" if periods else "—"
            count = {s: sum(1 for o in group if o.status == s) for s in styles}
            table.add_row(title, span, str(count[ACCEPTED]), f"[red]{count[REJECTED]}[/red]" if count[REJECTED]
                          else "0", str(count[DUPLICATE]), str(sum(o.rows for o in group if o.status == ACCEPTED)),
                          str(sum(o.warnings for o in group)))
    console.print(table)
    later = f"，正在写入 {len(writing)} 个（留待下次处理）" if writing else ""
    console.print(f"{tally_zh(o.status for o in outcomes)}{later}。")
    for o in outcomes:
        if o.status == REJECTED and o.stored_path:
            where = o.feedback or o.stored_path
            console.print(f"  [red]{STATUS_WORD[REJECTED]}[/red]：{escape(o.file)}（{o.errors} 个错误）→ 反馈表 {escape(str(where))}")
        elif o.status == ACCEPTED and o.warnings and o.feedback:
            console.print(f"  [yellow]提醒[/yellow]：{escape(o.file)}（{o.warnings} 个提醒）→ 反馈表 {o.feedback}")
        elif o.status == DUPLICATE:
            console.print(f"  [yellow]{STATUS_WORD[DUPLICATE]}[/yellow]：{escape(o.file)}：{escape(o.note)}")
    print_writing(writing)


def print_writing(writing: list[Outcome]) -> None:
    """Files left in the inbox because they were still being copied in or saved during the run."""
    for o in writing:
        console.print(f"  [yellow]正在写入[/yellow]：{escape(o.file)}：{escape(o.note)}")


def print_overview(cfg: Config, period: str) -> None:
    from beizeng.publish.overview import HEADERS, overview_rows, text_rows
    from beizeng.store.session import open_published

    con = open_published(cfg)
    try:
        rows = text_rows(overview_rows(con, period, cfg.county))
    finally:
        con.close()
    table = Table(title=f"{cfg.county}{period_words(period)}主要指标")
    for h in HEADERS:
        table.add_column(h, justify="left" if h in ("指标", "单位") else "right")
    for r in rows:
        table.add_row(*r)
    console.print(table)


def _busy_now(cfg: Config, wait: float) -> None:
    """Say at once that another run is writing, before paying for Prefect's start-up."""
    from beizeng.store.session import BusyError, writer_lock

    try:
        with writer_lock(cfg, wait):
            pass
    except BusyError as exc:
        console.print(f"[yellow]{escape(str(exc))}[/yellow]")
        raise typer.Exit(3) from None


def print_run_warnings(warnings: list[str]) -> None:
    """Cross-check warnings and indicators left empty by a missing return, for the run summary: the run's own
    (``RunResult.warnings``, computed once with the 数据质量 sheet), not asked of the published copy again."""
    for w in warnings:
        console.print(f"[yellow]提醒[/yellow]：{escape(w)}")


def print_revisions(lines: list[str]) -> None:
    """The figures this publish shows differently from the period's last one (``RunResult.revisions``): a statistician
    who already sent the 汇总表 reads here which figures to correct (the 数据质量 sheet lists them too)."""
    if lines:
        console.print(f"[bold yellow]已发布数字的修订[/bold yellow]（{len(lines)}个，与上次发布相比）：")
    for line in lines:
        console.print(f"  [yellow]修订[/yellow]：{escape(line)}")


def _runner(runner: Runner, dask_address: str | None) -> str:
    """Refuse what cannot work before any run starts: an address without dask, dask not installed."""
    if dask_address and runner is not Runner.dask:
        console.print("[red]--dask-address 只能与 --runner dask 一起使用。[/red]")
        raise typer.Exit(2)
    if runner is Runner.dask:
        try:
            import prefect_dask  # noqa: F401
        except ImportError:
            console.print("[red]未安装 Dask 组件，无法使用 --runner dask。[/red]请先安装：pip install -e '.[dask]'")
            raise typer.Exit(2) from None
    if dask_address:
        _scheduler_reachable(dask_address)
    return runner.value


def _scheduler_reachable(address: str) -> None:
    """Say at once that the scheduler cannot be reached, rather than as a crashed flow run with a traceback."""
    from distributed import Client

    try:
        with Client(address, set_as_default=False):
            pass
    except (OSError, ValueError) as exc:
        _dask_unreachable(exc, address)


def _dask_unreachable(exc: Exception, address: str | None) -> NoReturn:
    """A scheduler that cannot be reached is a setting to fix, said in one sentence (exit 2)."""
    console.print(f"[red]无法连接 Dask 调度器 {escape(str(address))}[/red]（{escape(str(exc))}）。请确认调度器已启动（dask scheduler）、"
                  "地址和端口正确，且本机能访问它。")
    raise typer.Exit(2) from None


@contextlib.contextmanager
def _orchestrated(cfg: Config) -> Iterator[None]:
    """Prefect's server for this command (beizeng.run.orchestrator), or one Chinese sentence and exit 2."""
    from beizeng.run.orchestrator import OrchestratorError, prefect_api

    try:
        with prefect_api(cfg):
            yield
    except OrchestratorError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


T = TypeVar("T")


def run_orchestrated(cfg: Config, wait: float, dask_address: str | None, flow: Callable[[], T]) -> T:
    """A writing command's flow: said at once when another run writes (exit 3), on Prefect's server for the
    command with the stage lines, an unreachable Dask scheduler said in one sentence (exit 2).  ``flow`` imports
    the flow itself: Prefect's settings are read at its first import, inside ``_orchestrated``."""
    from beizeng.store.session import BusyError

    _busy_now(cfg, wait)
    try:
        with _orchestrated(cfg), _Bars():
            return flow()
    except BusyError as exc:
        console.print(f"[yellow]{escape(str(exc))}[/yellow]")
        raise typer.Exit(3) from None
    except OSError as exc:
        if not dask_address:
            raise
        _dask_unreachable(exc, dask_address)


def _run_flow(period: str, wait: float, runner: Runner = Runner.local, dask_address: str | None = None,
              allow_old: bool = False) -> None:
    name = _runner(runner, dask_address)
    cfg = _cfg()

    def monthly() -> Any:
        from flows.monthly import run_monthly

        return run_monthly(period=period, config_path=str(config_path()), wait_seconds=wait, runner=name,
                           dask_address=dask_address, allow_old=allow_old)

    result = run_orchestrated(cfg, wait, dask_address, monthly)
    print_outcomes(result.outcomes)
    print_overview(cfg, period)
    print_run_warnings(result.warnings)
    print_revisions(result.revisions)
    for p in result.outputs:
        console.print(f"输出：{p}")
    console.print(f"数据仓库（分析人员打开此文件）：{cfg.db_path}")
