"""Province-scale benchmark: beizeng's ingest against the naive way and against the raw parse floor.

    make bench         # what a county feels (bench/county.py), then 100 counties × 12 months × every
                       # return type (~14,400 files), < 15 min here
    make bench-small   # what a county feels, then 4 counties: a few minutes (the watcher's drops dominate)

First, unless ``--no-county``: what one county feels (bench/county.py): a month's cold ``beizeng run``
split into start-up, orchestration and work, and the inbox watcher's drop-to-feedback, each next to
its work only.

A province runs beizeng once per county: the configuration, the senders and the warehouse are a
county's (DuckDB has one writer; a county owns its data and its mistakes), so a province is 100
deployments side by side, not one warehouse.  The benchmark therefore builds 100 county folders,
each with its own beizeng.toml, inbox and warehouse, and ingests them in ``--jobs`` processes side
by side (a share of the counties each), a county's year of returns per run as when a province loads
its history (``--batch month``: one run per county-month, as a county's monthly run does; it adds a
warehouse open per run and takes longer than the 10-minute budget for 100 counties here).  Every county gets the same year of returns (the demo
county's, written with the county's own templates by ``beizeng.demo``): generating 100 different
years would take longer than the benchmark, and the ingest does the same work whatever the figures.

Three measurements, each in its own process (its peak RSS is its own) over the same files:

- **floor**: fastexcel (calamine) opening each file and loading every sheet, nothing else;
- **baseline**: ``bench/naive.py``: pandas + openpyxl per file, pandera per file, row-by-row inserts
  (on the first ``--baseline-counties`` counties: at ~50 ms a file the whole province would take
  longer than the benchmark's budget; rates per file do not depend on how many files there are);
- **beizeng**: ``beizeng.intake.ingest.ingest_files`` (prepare → validate → load → file away), the real path,
  timed per step; opening the warehouse (schema, configuration and catalogue sync) is reported apart.

Then, on the first county's warehouse: indicator recompute over all history (the SQL models and every
row of ``indicator_values``) and the period outputs (summary workbook, and the report when beizeng
writes one) for the last month.  Results also go to ``<workdir>/results.json``.  The last line is
``ratios: baseline/beizeng=<x.x> beizeng/floor=<y.y>`` (seconds per file over seconds per file).

Timings are wall-clock on a shared machine: run it when nothing else is running.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_WORKDIR = HERE / "out" / "province"
YEAR = 2025
TARGETS = {"speedup": 10.0, "floor": 2.0, "rss_mb": 1024.0, "recompute_s": 1.0}


# ---------------------------------------------------------------------------------------------
# The province
# ---------------------------------------------------------------------------------------------

def county_dirs(workdir: Path, n: int) -> list[Path]:
    return [workdir / "counties" / f"c{i:03d}" for i in range(n)]


def shard(items: list[Path], args: argparse.Namespace) -> list[Path]:
    """This child's share of the counties (round-robin over ``--jobs`` children)."""
    return items[args.shard::args.jobs]


def generate(workdir: Path, n: int, months: int) -> tuple[int, float]:
    """One county's year of returns written by beizeng's own templates, copied into ``n`` county folders."""
    from beizeng.base.config import load_config
    from beizeng.demo import generate_demo, write_demo_config

    t0 = time.perf_counter()
    if workdir.exists():
        shutil.rmtree(workdir)
    model = workdir / "model"
    cfg = load_config(write_demo_config(model))
    files = generate_demo(cfg, first=f"{YEAR}-01", last=f"{YEAR}-{months:02d}")
    for county in county_dirs(workdir, n):
        write_demo_config(county)
        inbox = county / "inbox"
        inbox.mkdir(parents=True)
        for f in files:
            shutil.copy2(f, inbox / f.name)  # keeps the receiving time: the inbox is read oldest first
    return len(files), time.perf_counter() - t0


def batches(paths: list[Path], mode: str) -> list[list[Path]]:
    """A county's runs: one per month ('<sender>_<period>_<title>.xlsx'; yearly targets with the first), or one."""
    if mode == "year":
        return [paths]
    by_period: dict[str, list[Path]] = defaultdict(list)
    for p in paths:
        by_period[p.name.split("_")[1]].append(p)
    months = sorted(k for k in by_period if len(k) == 7)
    for k in [k for k in by_period if len(k) != 7]:
        by_period[months[0]] = by_period.pop(k) + by_period[months[0]]
    return [by_period[m] for m in months]


# ---------------------------------------------------------------------------------------------
# The measurements (each runs in a child process: ``bench.py --child KIND``)
# ---------------------------------------------------------------------------------------------

def child_floor(args: argparse.Namespace) -> dict[str, Any]:
    import fastexcel

    paths = [p for c in shard(county_dirs(args.workdir, args.counties), args) for p in sorted((c / "inbox").glob("*.xlsx"))]
    t0, c0 = time.perf_counter(), time.process_time()
    cells = 0
    for p in paths:
        reader = fastexcel.read_excel(str(p))
        for name in reader.sheet_names:
            sheet = reader.load_sheet(name, header_row=None)
            cells += sheet.height * sheet.width
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    # what no safe reader can skip either: beizeng.intake.safety's pre-read inspection of the same files, timed apart
    from beizeng.intake.safety import inspect_file

    t0, c0 = time.perf_counter(), time.process_time()
    for p in paths:
        inspect_file(p, p.name)
    return {"files": len(paths), "seconds": seconds, "cpu_seconds": cpu, "cells": cells,
            "safety_seconds": time.perf_counter() - t0, "safety_cpu_seconds": time.process_time() - c0}


def child_baseline(args: argparse.Namespace) -> dict[str, Any]:
    import duckdb
    import naive

    from beizeng.store.warehouse import ensure_schema

    counties = shard(county_dirs(args.workdir, min(args.baseline_counties, args.counties)), args)
    cons = []
    for c in counties:
        con = duckdb.connect(str(c / "naive.duckdb"))
        ensure_schema(con)
        cons.append(con)
    files = rows = rejected = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for c, con in zip(counties, cons, strict=True):
        for p in sorted((c / "inbox").glob("*.xlsx"), key=lambda p: (p.stat().st_mtime, p.name)):
            accepted, n = naive.ingest_file(con, p)
            files, rows, rejected = files + 1, rows + n, rejected + (not accepted)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    for con in cons:
        con.close()
    return {"files": files, "rows": rows, "rejected": rejected, "seconds": seconds, "cpu_seconds": cpu,
            "counties": len(counties)}


def _timed(module: Any, name: str, into: dict[str, float]) -> None:
    """Wrap ``module.name`` so its time adds up in ``into[name]`` (the ingest looks it up at call time)."""
    real: Callable[..., Any] = getattr(module, name)

    def wrapper(*a: Any, **kw: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        try:
            return real(*a, **kw)
        finally:
            into[name] += time.perf_counter() - t
            into[f"{name}:cpu"] += time.process_time() - c

    setattr(module, name, wrapper)


def child_beizeng(args: argparse.Namespace) -> dict[str, Any]:
    import beizeng.intake.ingest as ingest
    from beizeng.base.config import load_config
    from beizeng.store.session import open_work
    from beizeng.store.warehouse import run_models

    steps: dict[str, float] = defaultdict(float)
    for name in ("prepare", "validate_prepared", "load", "file_away", "write_feedback_for"):
        _timed(ingest, name, steps)
    statuses: dict[str, int] = defaultdict(int)
    files = rows = runs = 0
    ingest_s = open_s = ingest_cpu = 0.0
    recompute: list[float] = []
    first_build: list[float] = []
    feedback_files = 0
    per_file_rows: dict[str, int] = {}
    counties = shard(county_dirs(args.workdir, args.counties), args)
    for c in counties:
        cfg = load_config(c / "beizeng.toml")
        for batch in batches(ingest.inbox_files(cfg), args.batch):
            t = time.perf_counter()
            with open_work(cfg) as con:
                t1, c1 = time.perf_counter(), time.process_time()
                outcomes = ingest.ingest_files(con, batch, cfg)
                t2 = time.perf_counter()
                ingest_cpu += time.process_time() - c1
            open_s += (t1 - t) + (time.perf_counter() - t2)
            ingest_s += t2 - t1
            runs += 1
            for o in outcomes:
                statuses[o.status] += 1
                feedback_files += o.feedback is not None
                rows += o.rows if o.status == "accepted" else 0
                per_file_rows.setdefault(o.file, o.rows)
            files += len(batch)
        with open_work(cfg) as con:
            t = time.perf_counter()
            run_models(con)  # a new warehouse: creates the models, then computes
            first_build.append(time.perf_counter() - t)
            t = time.perf_counter()
            run_models(con)  # what every later run does: every indicator of all history computed again
            n = con.execute("select count(*) from indicator_values").fetchone()
            recompute.append(time.perf_counter() - t)
    result: dict[str, Any] = {
        "files": files, "rows": rows, "seconds": ingest_s, "cpu_seconds": ingest_cpu, "open_seconds": open_s,
        "wall_seconds": ingest_s + open_s,
        "runs": runs,
        "steps": dict(steps), "statuses": dict(statuses), "recompute": recompute, "first_build": first_build,
        "feedback_files": feedback_files,
        "indicator_rows": int(n[0]) if n else 0, "rows_per_file": per_file_rows,
    }
    if args.shard == 0:
        result.update(_outputs(counties[0]))
    return result


def _outputs(county: Path) -> dict[str, Any]:
    """The period outputs of one county-month: the summary workbook and the report draft, timed apart."""
    import beizeng.publish.outputs as outputs
    from beizeng.base.config import load_config
    from beizeng.store.session import open_work

    cfg = load_config(county / "beizeng.toml")
    period = f"{YEAR}-12"
    out_dir = cfg.out / period
    out_dir.mkdir(parents=True, exist_ok=True)
    with open_work(cfg) as con:
        t = time.perf_counter()
        summary = outputs.write_summary(con, cfg, period, out_dir / outputs.summary_name(cfg, period))
        summary_s = time.perf_counter() - t
        try:
            from beizeng.publish.report import write_report
        except ImportError:
            return {"summary_seconds": summary_s, "report_seconds": None, "outputs": [summary.name]}
        t = time.perf_counter()
        report = write_report(con, cfg, period, out_dir)
        report_s = time.perf_counter() - t
    return {"summary_seconds": summary_s, "report_seconds": report_s, "outputs": [summary.name, *(p.name for p in report)]}


CHILDREN: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "floor": child_floor, "baseline": child_baseline, "beizeng": child_beizeng,
}


def run_child(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one measurement in ``--jobs`` fresh processes at once (a share of the counties each) and merge.

    Each process reports its own timings and its own peak RSS (VmHWM: ``wait4``'s would carry ours).  Counts add
    up; the time of the measurement is the slowest share's (they run side by side); the peak RSS is
    the largest process's, as each would be a county's own run.
    """
    n_counties = min(args.baseline_counties, args.counties) if kind == "baseline" else args.counties
    jobs = max(1, min(args.jobs, n_counties))
    procs = []
    for i in range(jobs):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--workdir", str(args.workdir),
               "--counties", str(args.counties), "--baseline-counties", str(args.baseline_counties),
               "--batch", args.batch, "--jobs", str(jobs), "--shard", str(i)]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True))
    results = []
    for proc in procs:
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        if status != 0:
            raise SystemExit(f"bench child {kind} failed (status {status})")
        r: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        r.setdefault("peak_rss_mb", usage.ru_maxrss / 1024)  # the child's own VmHWM; wait4's carries our peak
        results.append(r)
    return merge(results, jobs)


def merge(results: list[dict[str, Any]], jobs: int) -> dict[str, Any]:
    """Counts add up; times and peak RSS are the largest share's (the shares ran side by side)."""
    merged: dict[str, Any] = {"jobs": jobs}
    for r in results:
        for k, v in r.items():
            if k in ("seconds", "open_seconds", "wall_seconds", "peak_rss_mb", "safety_seconds"):
                merged[k] = max(merged.get(k, 0.0), v)
            elif k == "steps":  # wall time: the slowest share's; CPU time: adds up
                into = merged.setdefault(k, {})
                for step, s in v.items():
                    into[step] = into.get(step, 0.0) + s if step.endswith(":cpu") else max(into.get(step, 0.0), s)
            elif k == "statuses":
                into = merged.setdefault(k, {})
                for status, n in v.items():
                    into[status] = into.get(status, 0) + n
            elif k in ("recompute", "first_build"):
                merged[k] = merged.get(k, []) + v
            elif k in ("files", "rows", "rejected", "cells", "runs", "counties", "cpu_seconds", "feedback_files",
                       "safety_cpu_seconds"):
                merged[k] = merged.get(k, 0) + v
            else:
                merged.setdefault(k, v)
    return merged


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------

def _rate(n: float, s: float) -> str:
    return f"{n / s:,.0f}" if s > 0 else "—"


def report(args: argparse.Namespace, gen: tuple[int, float], floor: dict[str, Any], base: dict[str, Any],
           bz: dict[str, Any]) -> tuple[float, float]:
    per_county_files = gen[0]
    rows_of = bz["rows_per_file"]
    floor_rows = sum(rows_of.values()) * args.counties
    steps = bz["steps"]
    # The feedback workbooks (a copy of the sender's workbook with the problem cells marked, for the
    # few files rejected or with warnings) are output the baseline never writes: compared like for like
    # without them, and shown with them.
    core = dict(bz, seconds=bz["seconds"] - steps.get("write_feedback_for", 0.0),
                cpu_seconds=bz["cpu_seconds"] - steps.get("write_feedback_for:cpu", 0.0))
    s_file = {k: r["seconds"] / r["files"] for k, r in (("floor", floor), ("baseline", base), ("beizeng", core))}
    speedup = s_file["baseline"] / s_file["beizeng"]
    vs_floor = s_file["beizeng"] / s_file["floor"]
    cpu = {k: r["cpu_seconds"] / r["files"] for k, r in (("floor", floor), ("baseline", base), ("beizeng", core))}
    with_fb = {"speedup": base["seconds"] / base["files"] / (bz["seconds"] / bz["files"]),
               "floor": bz["seconds"] / bz["files"] / s_file["floor"]}
    rec = bz["recompute"]
    lines = [
        f"beizeng province benchmark: {args.counties} counties × {per_county_files} files "
        f"({args.months} months, every return type), one run per county-{args.batch}, {args.jobs} processes side by side;"
        f" generated in {gen[1]:.1f} s",
        "",
        f"machine load average (1 min) at start {args.load_before:.1f}, at end {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores: above the core count, wall times are inflated by other work",
        "",
        f"{'measure':<52}{'files':>8}{'rows':>9}{'seconds':>9}{'files/s':>9}{'rows/s':>9}{'ms/file':>9}{'peak RSS':>10}"
        f"{'cpu ms/file':>13}",
    ]

    def row(name: str, r: dict[str, Any], rows: int) -> str:
        return (f"{name:<52}{r['files']:>8,}{rows:>9,}{r['seconds']:>9.1f}{_rate(r['files'], r['seconds']):>9}"
                f"{_rate(rows, r['seconds']):>9}{r['seconds'] / r['files'] * 1000:>9.2f}{r['peak_rss_mb']:>7.0f} MB"
                f"{r['cpu_seconds'] / r['files'] * 1000:>13.2f}")

    lines.append(row("floor: fastexcel, every sheet, nothing else", floor, floor_rows))
    safe = dict(floor, seconds=floor["seconds"] + floor["safety_seconds"],
                cpu_seconds=floor["cpu_seconds"] + floor["safety_cpu_seconds"])
    lines.append(row("  floor + beizeng.intake.safety's pre-read inspection", safe, floor_rows))
    lines.append(row(f"baseline: pandas+openpyxl, pandera, row inserts [{base['counties']}]", base, base["rows"]))
    lines.append(row("beizeng: ingest_files (read→…→file away→feedback)", bz, bz["rows"]))
    parts = {
        "prepare (safety, hash, read, identify, normalise)": ("prepare",),
        "validate_prepared (pandera, one call per form)": ("validate_prepared",),
        "load (one transaction, one insert per table)": ("load",),
        "file away (move out of the inbox)": ("file_away", "-write_feedback_for"),
        f"feedback workbooks ({bz['feedback_files']} files: rejected/warnings)": ("write_feedback_for",),
    }
    for label, names in parts.items():
        wall = sum(-steps.get(n[1:], 0.0) if n.startswith("-") else steps.get(n, 0.0) for n in names)
        cpu_s = sum(-steps.get(n[1:] + ":cpu", 0.0) if n.startswith("-") else steps.get(n + ":cpu", 0.0)
                    for n in names)
        lines.append(f"  {label:<50}{'':>8}{'':>9}{wall:>9.1f}{'':>9}{'':>9}{wall / bz['files'] * 1000:>9.2f}"
                     f"{'':>10}{cpu_s / bz['files'] * 1000:>13.2f}")
    lines.append(row("beizeng without the feedback workbooks", core, bz["rows"]))
    lines += [
        f"  {'warehouse open per run (not in ingest)':<50}{'':>8}{'':>9}{bz['open_seconds']:>9.1f}{'':>9}{'':>9}"
        f"{bz['open_seconds'] / bz['runs'] * bz['jobs'] * 1000:>9.1f} ms/run × {bz['runs']} runs",
        f"  {'province: ingest + warehouse opens, wall':<50}{bz['files']:>8,}{bz['rows']:>9,}{bz['wall_seconds']:>9.1f}"
        f"{_rate(bz['files'], bz['wall_seconds']):>9}{_rate(bz['rows'], bz['wall_seconds']):>9}"
        f"{bz['wall_seconds'] / bz['files'] * 1000:>9.2f}",
        "",
        f"results: {dict(sorted(bz['statuses'].items()))}; baseline rejected {base['rejected']}",
        f"indicator recompute, all history of one county ({bz['indicator_rows']:,} rows into indicator_values): "
        f"median {statistics.median(rec):.3f} s, max {max(rec):.3f} s over {len(rec)} counties (run side by side); "
        f"first run on a new warehouse (creates the models too): median {statistics.median(bz['first_build']):.3f} s",
        f"summary workbook, one county-month: {bz['summary_seconds']:.2f} s; report draft: "
        + (f"{bz['report_seconds']:.2f} s" if bz.get("report_seconds") is not None else "n/a (no beizeng.publish.report)")
        + f"  ({', '.join(bz['outputs'])})",
        "",
        "targets: "
        + "; ".join([
            f"ingest ≥ {TARGETS['speedup']:.0f}× baseline: {speedup:.1f}× {'ok' if speedup >= TARGETS['speedup'] else 'MISSED'}",
            f"≤ {TARGETS['floor']:.0f}× floor: {vs_floor:.1f}× {'ok' if vs_floor <= TARGETS['floor'] else 'MISSED'}",
            f"peak RSS < 1 GB: {bz['peak_rss_mb']:.0f} MB {'ok' if bz['peak_rss_mb'] < TARGETS['rss_mb'] else 'MISSED'}",
            f"recompute < 1 s: median {statistics.median(rec):.2f} s "
            f"{'ok' if statistics.median(rec) < TARGETS['recompute_s'] else 'MISSED'}",
        ]),
        f"by CPU time (less sensitive to other load): baseline/beizeng={cpu['baseline'] / cpu['beizeng']:.1f} "
        f"beizeng/floor={cpu['beizeng'] / cpu['floor']:.1f}",
        f"against the floor with the safety inspection: beizeng/(floor+safety)="
        f"{core['seconds'] / core['files'] / (safe['seconds'] / safe['files']):.1f} "
        f"(CPU {core['cpu_seconds'] / core['files'] / (safe['cpu_seconds'] / safe['files']):.1f})",
        f"with the feedback workbooks counted: baseline/beizeng={with_fb['speedup']:.1f} "
        f"beizeng/floor={with_fb['floor']:.1f}",
        "ratios below: seconds per file, like for like (beizeng without the feedback workbooks)",
        f"ratios: baseline/beizeng={speedup:.1f} beizeng/floor={vs_floor:.1f}",
    ]
    print("\n".join(lines), flush=True)
    return speedup, vs_floor


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--small", action="store_true", help="4 counties, baseline on 2 (under a minute)")
    ap.add_argument("--counties", type=int, default=None, help="counties in the province (default 100; 4 with --small)")
    ap.add_argument("--months", type=int, default=12, help="months of returns per county (default 12)")
    ap.add_argument("--baseline-counties", type=int, default=None, help="counties the naive baseline loads (default 8, 1,584 files: enough for a steady rate; 2 with --small)")
    ap.add_argument("--batch", choices=("month", "year"), default="year",
                    help="files per ingest run: a county's year (default: a province loading its history) or a month "
                         "(a county's monthly run; adds a warehouse open per run, ~11× as many)")
    ap.add_argument("--jobs", type=int, default=2, help="processes side by side, a share of the counties each "
                    "(default 2: this machine's cores); every measurement uses the same number")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--no-county", action="store_true", help="skip what a county feels (bench/county.py: a cold "
                    "`beizeng run` of a county month, the watcher's drop-to-feedback)")
    ap.add_argument("--county-only", action="store_true", help="only what a county feels, not the province")
    ap.add_argument("--drops", type=int, default=10, help="watcher drops per kind and setting (default 10)")
    ap.add_argument("--cold-months", type=int, default=5, help="county: later months through a cold `beizeng run` "
                    "(default 5: 8–12; least 3)")
    ap.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    ap.add_argument("--shard", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.counties = args.counties or (4 if args.small else 100)
    # every measurement runs ``jobs`` processes side by side, so the baseline gets at least one county each
    args.baseline_counties = max(args.baseline_counties or (2 if args.small else 8), args.jobs)
    if args.child:
        os.environ.setdefault("BEIZENG_TESTING", "1")
        from beizeng.base.processes import peak_rss_mb

        print(json.dumps({**CHILDREN[args.child](args), "peak_rss_mb": peak_rss_mb()}), flush=True)
        return 0
    t0 = time.perf_counter()
    if not args.no_county:  # first: it wants the machine as idle as it gets, and the province's ratios stay last
        import county

        county.measure(args.workdir.parent / "county", args.drops, cold_months=args.cold_months)
        if args.county_only:
            return 0
    args.load_before = os.getloadavg()[0]
    print(f"generating {args.counties} counties in {args.workdir} …", flush=True)
    gen = generate(args.workdir, args.counties, args.months)
    floor = run_child("floor", args)
    base = run_child("baseline", args)
    bz = run_child("beizeng", args)
    speedup, vs_floor = report(args, gen, floor, base, bz)
    summary = {"args": {k: str(v) for k, v in vars(args).items()}, "generate_seconds": gen[1], "files_per_county": gen[0],
               "floor": floor, "baseline": base, "beizeng": {k: v for k, v in bz.items() if k != "rows_per_file"},
               "ratios": {"baseline_over_beizeng": speedup, "beizeng_over_floor": vs_floor},
               "total_seconds": time.perf_counter() - t0,
               "self_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    (args.workdir / "results.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
