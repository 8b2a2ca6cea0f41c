"""Runs by itself: the monthly deployment on a cron schedule and the inbox watcher, served by Prefect.

``beizeng serve`` registers both deployments with a Prefect server and executes their runs
(``prefect.serve``); prefect.yaml describes the same two for ``prefect deploy`` with a work pool.

- ``beizeng-monthly/monthly``: the whole month for the previous period, the day after the deadline.
- ``beizeng-inbox-watch/inbox``: a flow that watches the inbox until the end of the hour, handing each
  batch of finished files to the ingest flow (a subflow run per batch, visible in the UI).  An hourly
  schedule starts the next one; ``beizeng serve`` starts the first at once.  One watcher per
  warehouse: a second one waits for the first to end its hour.
- the 报送平台 (``beizeng web``) in a thread of the same process, at ``BEIZENG_WEB`` (``host:port``, or ``off``).

Schedules fire only against a real server (``prefect server start``), never the temporary one.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from prefect import flow, get_run_logger

import beizeng.run.prefect_env  # noqa: F401
from beizeng.base.config import Config, load_config
from beizeng.base.config import config_path as default_config_path
from beizeng.intake.ingest import Outcome
from flows.ingest import ingest_flow, without_heartbeats
from flows.monthly import monthly_flow

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

MONTHLY = "beizeng-monthly/monthly"
INBOX = "beizeng-inbox-watch/inbox"
#: The watcher runs a slot at a time (an hour unless [schedule] watch_slot_minutes says otherwise); the
#: schedule (Config.watch_cron) starts the next one, which waits for the previous to end its slot.
#: A watcher run that starts this many seconds after its scheduled time is a leftover of a time when
#: nothing ran (server or `serve` down); the runner would start them all at once, so they end at once.
STALE_AFTER = 300


def slot_end(scheduled: float, minutes: int = 60) -> float:
    """The end of the watcher slot a run was scheduled for (epoch seconds): the next boundary after its
    scheduled time.  A second's grace: a run asked for by hand a moment before a boundary keeps the next
    slot too, rather than ending at once."""
    length = minutes * 60
    return math.floor((scheduled + 1) / length + 1) * length


def scheduled_start() -> float:
    """When this flow run was meant to start (epoch seconds): its schedule's slot, or now when run by hand."""
    from prefect.runtime import flow_run

    return float(flow_run.scheduled_start_time.timestamp())


@flow(name="beizeng-inbox-watch", log_prints=False)
def inbox_watch_flow(config_path: str | None = None, minutes: float = 0) -> int:
    """Watch the inbox until the end of the hour (or for ``minutes``); returns the number of files handled."""
    from beizeng.intake.watch import watch, watcher_slot
    from beizeng.store.session import BusyError

    path = str(Path(config_path).resolve()) if config_path else str(default_config_path())
    cfg = load_config(Path(path))
    logger = get_run_logger()
    slot = scheduled_start()
    late = time.time() - slot
    if late > STALE_AFTER:
        logger.info("本轮监视原定 %d 分钟前开始（期间自动运行曾停止），已过时，跳过；由最新的一轮监视收件箱。", late // 60)
        return 0
    # The slot decides where this run ends, never the clock at start: a run the runner starts 0.3 s
    # before its hour once took that hour as its end and let the watch lapse for good.
    until = time.time() + minutes * 60 if minutes else slot_end(slot, cfg.schedule.watch_slot_minutes)

    handled = []
    try:
        with watcher_slot(cfg, wait_seconds=max(0.0, until - time.time())):
            logger.info("开始监视收件箱 %s（每 %s 秒检查一次）", cfg.inbox, cfg.schedule.inbox_poll_seconds)
            handled = watch(cfg, batch_handler(path, cfg), until=until, log=logger.info, reachable=server_answers,
                            receipts=False)
    except BusyError:
        logger.info("另一个收件箱监视一直在运行，本次结束。")
        return 0
    except KeyboardInterrupt:  # Ctrl+C on `beizeng serve` reaches its runs too: stopping is normal
        logger.info("收到停止信号，监视结束。")
        stopping_already()
        return 0
    logger.info("本轮监视结束，共处理 %d 个文件。", len(handled))
    return len(handled)


def batch_handler(config_path: str, cfg: Config) -> Callable[[list[Path]], list[Outcome]]:
    """The served watcher's handler: each batch an ingest subflow run, which writes the batch's receipts as soon
    as its files are loaded (the watcher is told ``receipts=False``): a batch an outage cuts off afterwards
    is in the warehouse, and its clerk is told so."""

    def handle(paths: list[Path]) -> list[Outcome]:
        # A batch's subflow beats no heart of its own: Prefect joins a flow run's heartbeat thread at the run's
        # end, which sleeps in 1 s steps, so every batch waited for the next step (measured under a served
        # parent: a short subflow 1.30 s with its heartbeat, 0.51 s without).  This watcher run keeps beating
        # for both: it is the long-lived run whose crash matters.
        with without_heartbeats(), few_client_retries():
            return ingest_flow(config_path=config_path, wait_seconds=cfg.schedule.lock_wait_seconds,
                               paths=[str(p) for p in paths], receipts=True)

    return handle


#: How often a Prefect API call of a served batch is retried.  Prefect's default (5, backing off 2+4+8+16+32 s ±20 %)
#: kept the watcher inside a batch for ≈70 s when the server stopped while the batch reported to it (measured:
#: the outage said 69 s after the server had gone, past the watcher's own slot end); the watcher waits out an
#: outage itself (``reachable``), so a batch cut off by one fails in seconds and is said as the outage.
BATCH_CLIENT_RETRIES = 2


@contextlib.contextmanager
def few_client_retries() -> Iterator[None]:
    """Prefect's API calls in this thread retried :data:`BATCH_CLIENT_RETRIES` times (2 + 4 s), not Prefect's 5."""
    from prefect.settings import PREFECT_CLIENT_MAX_RETRIES, temporary_settings

    with temporary_settings({PREFECT_CLIENT_MAX_RETRIES: BATCH_CLIENT_RETRIES}):
        yield


def server_answers() -> bool:
    """Whether the Prefect server this run reports to answers its health check now (one quick request):
    while it does not, the watcher leaves files in the inbox instead of starting runs that cannot report."""
    from prefect.settings import PREFECT_API_URL

    from beizeng.run.orchestrator import answers

    url = PREFECT_API_URL.value()
    return not url or answers(url.rstrip("/"))


def build_deployments(cfg: Config, config_path: str) -> list[RunnerDeployment]:
    """The two deployments, with this county's schedule (cron from the deadline day, its time zone)."""
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    tz = cfg.schedule.timezone
    monthly = monthly_flow.to_deployment(
        name="monthly",
        schedule=Cron(cfg.monthly_cron, timezone=tz),
        parameters={"config_path": config_path, "wait_seconds": cfg.schedule.lock_wait_seconds},
        description=f"每月{cfg.rules.deadline_day + 1}日 {cfg.schedule.monthly_hour}:00 运行上个月的完整月度流程："
                    "处理收件箱、计算指标、写出汇总表、发布数据仓库。",
        tags=["beizeng"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    inbox = inbox_watch_flow.to_deployment(
        name="inbox",
        schedule=Cron(cfg.watch_cron, timezone=tz),
        parameters={"config_path": config_path},
        description=f"监视收件箱 {cfg.inbox}：文件放入后数秒内校验、入库或退回（附错误清单），并更新指标。",
        tags=["beizeng"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    # to_deployment is typed for async callers too; called here from sync code it returns the deployment
    return [cast("RunnerDeployment", monthly), cast("RunnerDeployment", inbox)]


def start_watcher_run(config_path: str, timeout: float = 120) -> str | None:
    """Ask for a run of the inbox deployment now, once `serve` has registered it; the flow run id.

    Without this the inbox would go unwatched until the next full hour.
    """
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            try:
                deployment = client.read_deployment_by_name(INBOX)
            except ObjectNotFound:
                time.sleep(0.5)
                continue
            run = client.create_flow_run_from_deployment(deployment.id, parameters={"config_path": config_path})
            return str(run.id)
    return None


#: Prefect's loops in the `serve` process that ask the server on a timer: (module, class, method).  Each
#: gives up for good after three failed tries in a row (prefect.utilities.services.critical_service_loop,
#: printing English tracebacks): the run poller took `serve` down with it, the cancellation observer
#: stopped watching.  Guarded, a tick while the server does not answer is simply skipped.
POLLING_LOOPS = (
    ("prefect.runner._scheduled_run_poller", "ScheduledRunPoller", "_get_and_submit_flow_runs"),
    ("prefect._internal.observers", "FlowRunCancellingObserver", "_check_for_cancelled_flow_runs"),
    ("prefect._internal.observers", "FlowRunSuspendingObserver", "_check_for_suspended_flow_runs"),
)
#: Set by `beizeng serve` for the processes its runs execute in: they guard their loops as soon as they
#: import this module, before the flow engine starts its own (the suspension observer).
SERVED = "BEIZENG_SERVED_API"
#: Prefect's loggers whose messages below ERROR are only about their event stream coming and going.
STREAM_LOGGERS = ("prefect.FlowRunCancellingObserver", "prefect.FlowRunSuspendingObserver")


def wait_out_outages(url: str) -> None:
    """Make this process's Prefect loops wait out a server outage quietly (`beizeng serve` only).

    The watcher run says the outage in Chinese (beizeng.intake.watch.SERVER_DOWN); here Prefect's own loops
    skip their ticks while the server does not answer (instead of counting failures until they stop),
    and their English warnings and tracebacks about lost connections are dropped.  Only names that
    exist are touched: another Prefect version without them keeps its own behaviour.
    """
    import importlib

    import anyio
    import httpx

    from beizeng.run.orchestrator import answers

    for module_name, class_name, method in POLLING_LOOPS:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            continue
        original = getattr(cls, method, None)
        if original is None or getattr(original, "beizeng_guarded", False):
            continue

        async def guarded(self: object, _original: Any = original) -> None:
            if not await anyio.to_thread.run_sync(answers, url):
                return
            try:
                await _original(self)
            except httpx.TransportError:
                return  # the server went away between the look and the call: the next tick looks again

        guarded.beizeng_guarded = True  # type: ignore[attr-defined]
        setattr(cls, method, guarded)

    quiet = _OutageFilter(url)
    names = {"", *STREAM_LOGGERS, *(n for n in logging.root.manager.loggerDict if n.startswith("prefect"))}
    for name in names:  # on the handlers: a logger's own filters never see what its children pass up
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, _OutageFilter) for f in handler.filters):
                handler.addFilter(quiet)


class _OutageFilter(logging.Filter):
    """Drops Prefect's English about a lost server connection (the watcher says it once, in Chinese)."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        from beizeng.run.orchestrator import answers

        if record.name in STREAM_LOGGERS and record.levelno < logging.ERROR:
            return False  # "websocket failed … switching to polling", "reconnected": the event stream's weather
        if record.levelno < logging.WARNING or not record.name.startswith("prefect"):
            return True
        cause = _connection_error(record.exc_info[1] if record.exc_info else None)
        return cause is None and answers(self.url, 0.5)  # a warning while the server is away is about that


def _connection_error(exc: BaseException | None) -> BaseException | None:
    """The lost connection behind ``exc`` (itself or a cause), if that is what it is."""
    import httpx

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, httpx.TransportError | ConnectionError) or type(exc).__module__.startswith(("websockets", "httpcore")):
            return exc
        if isinstance(exc, RuntimeError) and "error threshold" in str(exc):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def serve_all(cfg: Config, config_path: str, query_seconds: float = 2.0) -> None:
    """Register both deployments and execute their runs until interrupted (Ctrl+C or SIGTERM)."""
    from prefect import serve
    from prefect.settings import PREFECT_API_URL

    deployments = build_deployments(cfg, config_path)
    url = str(PREFECT_API_URL.value()).rstrip("/")
    wait_out_outages(url)
    os.environ[SERVED] = url  # the runs' processes (spawned from this one) guard their own loops on import
    # The runner shuts down cleanly on SIGTERM (pauses the schedules, cancels what runs); a Ctrl+C
    # left to asyncio was swallowed by its task group and the process kept running, so route it there.
    signal.signal(signal.SIGINT, lambda *_: os.kill(os.getpid(), signal.SIGTERM))
    sys.unraisablehook = _quiet_interrupt_at_exit
    threading.Thread(target=start_watcher_run, args=(config_path,), name="beizeng-start-watcher",
                     daemon=True).start()
    from beizeng.web.server import serve_in_thread

    serve_in_thread(cfg)  # the 报送平台 beside the deployments: BEIZENG_WEB=host:port (default 127.0.0.1:8000), or off
    serve(*deployments, query_seconds=query_seconds, print_starting_message=False)


def stopping_already() -> None:
    """A stop already under way: a second Ctrl+C (or the runner's own interrupt while it cancels this run)
    is the same request.  One CI run printed Python's "Exception ignored in threading._shutdown …
    KeyboardInterrupt" traceback into `beizeng serve`'s output: the interrupt landed while Prefect flushed
    its log queue at exit.  Ignore further interrupts so the flush ends and the run exits quietly."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _quiet_interrupt_at_exit(unraisable: Any) -> None:
    """An interrupt during the interpreter's own shutdown (Prefect draining its services) is the stop the user
    asked for, not a fault: say nothing.  Anything else goes to Python's usual report."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)


if os.environ.get(SERVED):  # a run's process spawned by `beizeng serve` (see SERVED)
    sys.unraisablehook = _quiet_interrupt_at_exit
    wait_out_outages(os.environ[SERVED])
