"""The inbox watcher's drop-to-feedback under `beizeng serve`: what a county running the production watcher feels.

    python bench/watch.py [--drops 10] [--workdir bench/out/watch]

bench/county.py times `beizeng watch` (the plain pipeline, no server).  Under `beizeng serve` every batch
is an ingest subflow run with its task runs, reported to a Prefect server; this times the same drops
(good returns, and returns refused for a text in a figure's cell, one at a time, renamed into the
inbox as finished copies) from the rename to the file's line in ``inbox/处理结果/``, the server being the
county's own background one (beizeng.run.orchestrator), next to *work only* (beizeng.intake.watch.process).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import county  # noqa: E402  (bench/county.py: the demo county, the drops, the receipts)

DEFAULT_WORKDIR = HERE / "out" / "watch"


def served_latency(watched: Path, drops: list[Path], url: str, timeout: float = 120.0) -> list[float]:
    """`beizeng serve` on ``watched`` against the server at ``url``; each drop timed to its receipt line."""
    log = watched / "serve.log"
    with log.open("wb") as fh:  # a file, not a pipe: a pipe nobody reads would stop serve when full
        proc = subprocess.Popen([county.BEIZENG, "serve", "--poll", "1"], cwd=watched, stdout=fh,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                env=county._env(PREFECT_API_URL=url, BEIZENG_WEB="off"))
    try:
        return county.drops_timed(proc, watched, drops, log, "开始监视收件箱", 3 * timeout, timeout)
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def measure(workdir: Path, n: int) -> list[dict[str, Any]]:
    from beizeng.base.config import load_config
    from beizeng.run.orchestrator import prefect_api, stop

    load_before = os.getloadavg()[0]
    base, months = county.build(workdir)
    pool = [f for files in months.values() for f in files if "目标" not in f.name]
    good = pool[:n]
    bad = county.bad_copies(good[0], n, workdir / "bad")
    rows: list[dict[str, Any]] = []
    for kind, files in (("good", good), ("bad", bad)):
        watched = county.copy_county(base, workdir / "served")
        plain = county.copy_county(base, workdir / "served-plain")
        cfg = load_config(watched / "beizeng.toml")
        try:
            with prefect_api(cfg) as url:
                latency = served_latency(watched, files, url)
        finally:
            os.environ.pop("PREFECT_API_URL", None)
            stop(cfg)
        rows.append({"kind": kind, "latency": latency, "work_only": county.watch_work_only(plain, files)})
    print(f"watcher under `beizeng serve` (the county's background Prefect server); load average (1 min) at start "
          f"{load_before:.1f}, now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'served watcher: drop → line in 处理结果':<44}{'drops':>6}{'median':>8}{'max':>8}{'work only':>11}{'ratio':>8}")
    for r in rows:
        times: list[float] = r["latency"]
        med, top, work = statistics.median(times), max(times), statistics.median(r["work_only"])
        print(f"  {r['kind']:<42}{len(r['latency']):>6}{med:>8.2f}{top:>8.2f}{work:>11.2f}{med / work:>7.1f}×")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--drops", type=int, default=10, help="files dropped per kind (good, bad)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = ap.parse_args(argv)
    measure(args.workdir, args.drops)
    return 0


if __name__ == "__main__":
    sys.exit(main())
