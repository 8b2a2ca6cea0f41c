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

import math
import os
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from prefect import flow, get_run_logger

import beizeng.prefect_env  # noqa: F401
from beizeng.config import Config, load_config
from beizeng.config import config_path as default_config_path
from beizeng.ingest import Outcome
from flows.ingest import ingest_flow
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
    from beizeng.session import BusyError
    from beizeng.watch import watch, watcher_slot

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

    def handle(paths: list[Path]) -> list[Outcome]:
        return ingest_flow(config_path=path, wait_seconds=cfg.schedule.lock_wait_seconds,
                           paths=[str(p) for p in paths])

    handled = []
    try:
        with watcher_slot(cfg, wait_seconds=max(0.0, until - time.time())):
            logger.info("开始监视收件箱 %s（每 %s 秒检查一次）", cfg.inbox, cfg.schedule.inbox_poll_seconds)
            handled = watch(cfg, handle, until=until, log=logger.info)
    except BusyError:
        logger.info("另一个收件箱监视一直在运行，本次结束。")
        return 0
    except KeyboardInterrupt:  # Ctrl+C on `beizeng serve` reaches its runs too: stopping is normal
        logger.info("收到停止信号，监视结束。")
        return 0
    logger.info("本轮监视结束，共处理 %d 个文件。", len(handled))
    return len(handled)


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


def serve_all(cfg: Config, config_path: str, query_seconds: float = 2.0) -> None:
    """Register both deployments and execute their runs until interrupted (Ctrl+C or SIGTERM)."""
    from prefect import serve

    deployments = build_deployments(cfg, config_path)
    # The runner shuts down cleanly on SIGTERM (pauses the schedules, cancels what runs); a Ctrl+C
    # left to asyncio was swallowed by its task group and the process kept running, so route it there.
    signal.signal(signal.SIGINT, lambda *_: os.kill(os.getpid(), signal.SIGTERM))
    threading.Thread(target=start_watcher_run, args=(config_path,), name="beizeng-start-watcher",
                     daemon=True).start()
    from beizeng.web.app import serve_in_thread

    serve_in_thread(cfg)  # the 报送平台 beside the deployments: BEIZENG_WEB=host:port (default 127.0.0.1:8000), or off
    serve(*deployments, query_seconds=query_seconds, print_starting_message=False)
