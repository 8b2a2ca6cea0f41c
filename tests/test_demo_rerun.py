"""`make demo` twice: the second time says in one line that the demo county is already loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BEIZENG = str(Path(sys.executable).with_name("beizeng"))


@pytest.mark.slow
def test_a_second_demo_says_it_is_already_loaded_in_one_line(tmp_path: Path) -> None:
    """The first demo loads 359 returns; a second one used to drop them all again and print 359 lines of
    重复, filing them under （无法识别）.  Now it drops nothing and prints the overview it already has."""
    env = {k: v for k, v in os.environ.items() if k != "BEIZENG_CONFIG"}
    first = subprocess.run([BEIZENG, "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    second = subprocess.run([BEIZENG, "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stdout + second.stderr
    lines = second.stdout.splitlines()
    assert lines[0] == ("演示县“丹河县”已经生成并入库（359 个报表），不再重复放入收件箱。"
                        "要从头再来：make clean 后再 make demo，或换一个目录（--dir）。")
    assert not any("重复" in line for line in lines[1:])
    assert [p.name for p in (tmp_path / "inbox").iterdir() if p.is_file()] == []
    assert sum(1 for line in lines if line.startswith("输出：")) == 3
