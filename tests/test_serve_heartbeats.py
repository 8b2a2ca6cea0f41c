"""Under `beizeng serve` each batch the watcher hands on is an ingest subflow run without Prefect's heartbeat
thread: its join at the run's end waited for the thread's next 1 s step (a short subflow took 1.30 s with
it, 0.51 s without), on every dropped file.  The watcher's own run keeps its heartbeats."""

from __future__ import annotations

from typing import Any

import pytest

from beizeng.base.config import Config
from tests.scenarios import city_2026_06


def test_the_watchers_batches_run_without_heartbeats(prefect_harness: None, county: Config,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.settings import get_current_settings

    import flows.serve as serve

    real, seen = serve.ingest_flow, []

    def recorded(**kwargs: Any) -> Any:  # the real subflow, with the heartbeat setting it starts under noted
        seen.append(get_current_settings().flows.heartbeat_frequency)
        return real(**kwargs)

    dropped = city_2026_06(county.inbox)
    monkeypatch.setattr(serve, "ingest_flow", recorded)
    assert get_current_settings().flows.heartbeat_frequency is not None  # Prefect's default: the watcher beats
    handled = serve.inbox_watch_flow(config_path=str(county.root / "beizeng.toml"), minutes=0.08)
    assert handled == 1 and seen == [None]
    assert not dropped.exists()  # loaded and filed away
    [receipt] = (county.inbox / "处理结果").iterdir()
    assert f"{dropped.name}  →  已入库：全市各县区主要工业指标对比 统计局 2026-06，5 行" in receipt.read_text(encoding="utf-8")
