"""Progress that moves: a line for every step of a run as it ends, with its count or its time, also when
the output is piped (plain lines, no bar), and nothing from third parties in between."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from beizeng.base import progress
from beizeng.base.config import load_config
from beizeng.cli.app import _Bars
from tests.county import write_config
from tests.scenarios import full_county

BEIZENG = str(Path(sys.executable).with_name("beizeng"))


def test_piped_steps_are_plain_lines_with_a_count_every_few_seconds(capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Bars, "PLAIN_EVERY", 0.0)  # a count line at every file (every 5 s in a real run)
    with _Bars():
        with progress.stage("读取与校验", 3):
            for _ in progress.track(["a", "b", "c"], "读取与校验"):
                pass
        with progress.stage("发布"):
            pass
        with pytest.raises(OSError), progress.stage("写汇总表", 1, "个工作簿"):
            raise OSError("disk")  # a failed step has no line: the command says the fault once
    assert progress.display is None
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["读取与校验 1/3 …", "读取与校验 2/3 …", "✓ 读取与校验：3 个文件，用时 0.0 秒", "✓ 发布：用时 0.0 秒"]


def test_step_times_read_as_people_say_them() -> None:
    assert [progress.seconds_words(s) for s in (0.04, 9.94, 12.4, 65.2, 600)] == [
        "0.0 秒", "9.9 秒", "12 秒", "1 分 05 秒", "10 分 00 秒"]


@pytest.mark.slow
def test_a_piped_run_prints_every_step_in_order_and_no_third_party_lines(tmp_path: Path) -> None:
    """`beizeng run | tee log` said nothing for a minute; now one line per step, as they end."""
    path = write_config(tmp_path)
    files = full_county(tmp_path / "inbox")
    old = time.time() - 60  # arrived a minute ago: settled
    for f in files:
        os.utime(f, (old, old))
    env = {k: v for k, v in os.environ.items() if k not in ("BEIZENG_CONFIG", "PREFECT_API_URL")}
    env.update(BEIZENG_PREFECT_IDLE_SECONDS="30", BEIZENG_PREFECT_START_SECONDS="300")
    try:
        result = subprocess.run([BEIZENG, "run", "2026-06"], cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=400)
    finally:
        from beizeng.run.orchestrator import stop

        stop(load_config(path))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    steps = [line for line in result.stdout.splitlines() if line.startswith("✓ ")]
    took = r"用时 (?:\d\.\d 秒|\d+ 秒|\d+ 分 \d\d 秒)"  # as seconds_words says it: 9.9 秒, 12 秒 (a loaded machine), 1 分 05 秒
    shapes = [
        rf"✓ 备份：还没有数据仓库，无需备份，{took}",
        rf"✓ 读取与校验：9 个文件，{took}",
        rf"✓ 入库：9 个文件，已入库 9 个，退回 0 个，重复 0 个，{took}",
        rf"✓ 计算指标：{took}",
        rf"✓ 发布：{took}",
        rf"✓ 写汇总表：1 个工作簿，{took}",
        rf"✓ 写报告：2 个文件，{took}",
    ]
    assert len(steps) == len(shapes), result.stdout
    for line, shape in zip(steps, shapes, strict=True):
        assert re.fullmatch(shape, line), line
    assert [s.split("：")[0][2:] for s in steps] == list(progress.STEPS)
    # nothing but beizeng's own words: no Prefect banner, no warnings, no English log lines, no bar
    assert result.stderr.strip() == ""
    for word in ("Prefect", "prefect", "Warning", "WARNING", "telemetry", "Traceback"):
        assert word not in result.stdout, word
    before = result.stdout.split("本次处理的报表")[0]  # the steps come before the summary table, and no bar
    assert before.splitlines() == steps and "━" not in before
