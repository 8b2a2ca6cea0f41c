"""The benchmark runs end to end on a tiny province and ends with the line the issue asks for.

Only its shape and its counts are checked: timings are measured by ``make bench``, never asserted.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_bench_loads_every_file_and_prints_both_ratios_last(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench.py"), "--counties", "2", "--months", "3",
         "--baseline-counties", "2", "--workdir", str(tmp_path / "province"), "--no-county"],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    assert re.fullmatch(r"ratios: baseline/beizeng=\d+\.\d beizeng/floor=\d+\.\d", out.strip().splitlines()[-1])
    for words in ("floor: fastexcel", "floor + beizeng.safety", "baseline: pandas+openpyxl", "feedback workbooks",
                  "indicator recompute", "summary workbook", "peak RSS < 1 GB"):
        assert words in out, words
    results = json.loads((tmp_path / "province" / "results.json").read_text(encoding="utf-8"))
    files = results["files_per_county"] * 2
    # every return of both counties accepted once, by beizeng and by the naive baseline alike
    assert results["beizeng"]["statuses"] == {"accepted": files}
    assert (results["baseline"]["files"], results["baseline"]["rejected"]) == (files, 0)
    assert results["floor"]["files"] == files
