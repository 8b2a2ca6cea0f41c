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
    for words in ("floor: fastexcel", "floor + beizeng.intake.safety", "baseline: pandas+openpyxl", "feedback workbooks",
                  "indicator recompute", "summary workbook", "peak RSS < 1 GB"):
        assert words in out, words
    results = json.loads((tmp_path / "province" / "results.json").read_text(encoding="utf-8"))
    files = results["files_per_county"] * 2
    # every return of both counties accepted once, by beizeng and by the naive baseline alike
    assert results["beizeng"]["statuses"] == {"accepted": files}
    assert (results["baseline"]["files"], results["baseline"]["rejected"]) == (files, 0)
    assert results["floor"]["files"] == files


@pytest.mark.slow
def test_the_county_bench_splits_a_cold_run_and_times_the_watcher(tmp_path: Path) -> None:
    """What a county feels (bench/county.py): every later month through a cold `beizeng run`, its parts
    adding up to its total, and one feedback line per dropped file, good and bad, at the default settings."""
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench.py"), "--county-only", "--drops", "2", "--cold-months", "3",
         "--workdir", str(tmp_path / "province")],
        capture_output=True, text=True, timeout=1500, check=True,
    ).stdout
    for words in ("cold beizeng run, one county month", "first run: new server home (migrations)",
                  "server running, reused", "server started again (home exists)", "watcher: drop → line in 处理结果",
                  "default settings: median", "beyond the work"):
        assert words in out, words
    results = json.loads((tmp_path / "county" / "results.json").read_text(encoding="utf-8"))
    runs = results["runs"]
    # three cold runs (new server home, reused, started again): make bench runs five, CI's 90 minutes spare two
    assert [(r["month"], r["case"].split(" ")[0]) for r in runs] == [
        ("2025-08", "first"), ("2025-09", "server"), ("2025-10", "server")]
    assert [r["case"] for r in runs][1:] == ["server running, reused", "server started again (home exists)"]
    for r in runs:
        assert r["n"] == 18 and r["work_only"] > 0 and r["steps"] > 0
        assert r["steps"] + r["summary"] + r["exit"] < r["total"]  # timed inside the run: within its total
    assert [(w["kind"], len(w["latency"]), len(w["work_only"])) for w in results["watch"]] == [
        ("good", 2, 2), ("bad", 2, 2)]  # the default settings (the old ones only with county.py --compare)
    assert all(x > 0 for w in results["watch"] for x in w["latency"])
    # the bad files were refused and said so in the receipts, the good ones loaded
    receipts = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "county" / "watched" / "inbox" / "处理结果").glob("*.txt"))
    assert receipts.count("→  退回") == 2 and "错01.xlsx  →  退回" in receipts
