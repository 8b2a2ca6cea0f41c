"""What a county feels: a month's `beizeng run` as a cold process, and the inbox watcher's drop-to-feedback.

    python bench/county.py [--drops 10] [--workdir bench/out/county]    (also the first part of `make bench`)

1. **A county month, end to end.**  The demo county with seven months loaded; then each month's returns
   (≈ a dozen files) are put in the inbox and ``beizeng run <month>`` is started as a new process, as the
   schedule or a person would.  Its time is split into

   - *start-up*: a new Python process importing what a run imports (``beizeng.cli.main``, ``flows.monthly``),
     measured apart, cold process, warm file cache;
   - *work*: the run's own steps (备份 … 写报告), timed inside the run by its stage lines (beizeng.base.progress,
     written out through ``BEIZENG_BENCH_TIMES``), plus the summary it prints after them;
   - *orchestration*: the rest: finding (or starting) the county's Prefect server, creating the flow and
     task runs, reporting their states.

   The first run of a new county starts its server on a fresh home (migrations); the next ones reuse
   the server; after ``beizeng stop`` one more run starts it again on its existing home.  Next to each:
   *work only*, the same month's steps as plain calls in a process that has imported everything (a
   copy of the county in the same state), and the run's time beyond it (issue 14's target: ≤ 3 s on an
   idle machine).
2. **Drop to feedback.**  ``beizeng watch`` watching a copy of the county; ``--drops`` good returns
   (one at a time, each renamed into the inbox as a finished copy) and as many bad ones (a return with
   a text in a figure's cell); the time from the rename to its line in ``inbox/处理结果/``.  Median and
   max, next to *work only* (the same file through ``beizeng.intake.watch.process`` in-process), with the
   county's default [schedule] (poll 0.5 s, stable 0.5 s: safe since a file is taken only once it opens
   as a whole workbook, beizeng.intake.inbox.waiting_reason); ``--compare`` adds the old defaults (2 s, 2 s).

The machine's load average is printed with the figures: on a shared machine they are inflated.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_WORKDIR = HERE / "out" / "county"
YEAR = 2025
#: Months loaded before the measurements; the runs then take the next ones, one month each.
BASE_MONTHS = 7
BEIZENG = str(Path(sys.executable).with_name("beizeng"))
TARGETS = {"beyond_work_s": 3.0, "watch_median_s": 2.0}
#: The defaults before files were checked for completeness (issue 14): shown once for comparison with --compare.
OLD_SCHEDULE = "\n[schedule]\ninbox_poll_seconds = 2\ninbox_stable_seconds = 2\n"


def _env(**extra: str) -> dict[str, str]:
    """A county's environment: no test switches, no server of someone else's, Prefect's defaults."""
    drop = ("BEIZENG_CONFIG", "PREFECT_API_URL", "BEIZENG_TESTING", "BEIZENG_PREFECT_IDLE_SECONDS", "PREFECT_HOME")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


# ---------------------------------------------------------------------------------------------
# The county
# ---------------------------------------------------------------------------------------------

def build(workdir: Path) -> tuple[Path, dict[str, list[Path]]]:
    """The demo county with months 1–7 loaded (``base``) and the later months' returns set aside."""
    from beizeng.base.config import load_config
    from beizeng.demo import generate_demo, write_demo_config
    from beizeng.intake.watch import process

    if workdir.exists():
        shutil.rmtree(workdir)
    base = workdir / "base"
    cfg = load_config(write_demo_config(base))
    files = generate_demo(cfg, first=f"{YEAR}-01", last=f"{YEAR}-12")
    later: dict[str, list[Path]] = {}
    for f in files:
        period = f.name.split("_")[1]
        if len(period) == 7 and int(period[5:]) > BASE_MONTHS:
            target = workdir / "months" / period / f.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(f, target)
            later.setdefault(period, []).append(target)
    process(cfg, sorted(cfg.inbox.glob("*.xlsx")))
    return base, {k: sorted(v) for k, v in sorted(later.items())}


def copy_county(base: Path, to: Path, extra_config: str = "") -> Path:
    if to.exists():
        shutil.rmtree(to)
    shutil.copytree(base, to, ignore=shutil.ignore_patterns("prefect"))
    if extra_config:
        with (to / "beizeng.toml").open("a", encoding="utf-8") as fh:
            fh.write(extra_config)
    return to


def put(files: list[Path], inbox: Path, age: float = 60.0) -> None:
    """The month's returns in the inbox, arrived a while ago (settled: the run takes them at once)."""
    inbox.mkdir(parents=True, exist_ok=True)
    then = time.time() - age
    for f in files:
        target = inbox / f.name
        shutil.copyfile(f, target)
        os.utime(target, (then, then))


# ---------------------------------------------------------------------------------------------
# 1. A county month as a cold `beizeng run`
# ---------------------------------------------------------------------------------------------

def startup_seconds(times: int = 3) -> float:
    """A new process importing what `beizeng run` imports before its work (median of ``times``): the
    interpreter's start and the imports, not its end (``os._exit``: a run's own end is its *exit* column)."""
    code = "import os, beizeng.cli.main, flows.monthly; os._exit(0)"
    out = []
    for _ in range(times):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=REPO, env=_env(), check=True)
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def _server_cpu(county: Path) -> tuple[int | None, float]:
    """The county's background Prefect server (pid) and the CPU seconds it has used so far (0 when none)."""
    try:
        pid = int(json.loads((county / "warehouse" / "prefect" / "server.json").read_text(encoding="utf-8"))["pid"])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, KeyError, IndexError):
        return None, 0.0
    return pid, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cold_run(county: Path, month: str) -> dict[str, Any]:
    """``beizeng run <month>`` as a new process; its total, its steps' time and what came after them.

    Also its CPU seconds, the run's own and the server's during it (``cpu``): on a machine others load,
    wall times stretch with the queue for the cores while CPU seconds barely move, so ``cpu`` beside
    *work only*'s CPU seconds says what the run costs beyond its work as an idle machine would show it.
    """
    times = county / "bench-times.json"
    times.unlink(missing_ok=True)
    pid_before, server_before = _server_cpu(county)
    children = os.times()
    t0 = time.time()
    done = subprocess.run([BEIZENG, "run", month], cwd=county, env=_env(BEIZENG_BENCH_TIMES=str(times)),
                          capture_output=True, text=True, timeout=900)
    t1 = time.time()
    after = os.times()
    pid_after, server_after = _server_cpu(county)
    own = (after.children_user - children.children_user) + (after.children_system - children.children_system)
    server = server_after - (server_before if pid_after == pid_before else 0.0)
    if done.returncode != 0:
        raise SystemExit(f"beizeng run {month} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    inside = json.loads(times.read_text(encoding="utf-8"))
    steps = sum(s for _, s in inside["stages"])
    # after the steps: the summary printed (it reads the published copy), then the process's exit
    return {"total": t1 - t0, "steps": steps, "summary": inside["printed"] - inside["exited"],
            "exit": t1 - inside["printed"], "cpu": own + server}


def work_only(county: Path, month: str) -> tuple[float, float]:
    """The month's run as plain calls in this process (imports paid already): what the run must do,
    in seconds of wall time and of CPU."""
    from beizeng.base.config import load_config
    from beizeng.intake.ingest import file_away, inbox_files, load, prepare, validate_prepared
    from beizeng.publish.period import write_period_outputs
    from beizeng.store.session import backup, open_work, publish, writer_lock
    from beizeng.store.warehouse import run_models

    cfg = load_config(county / "beizeng.toml")
    t, c = time.perf_counter(), time.process_time()
    with writer_lock(cfg):
        backup(cfg)
        prepared = [prepare(p, cfg) for p in inbox_files(cfg)]
        validate_prepared(prepared)
        with open_work(cfg) as con:
            outcomes = load(con, prepared, cfg)
        file_away(prepared, outcomes, cfg)
        with open_work(cfg) as con:
            run_models(con)
        publish(cfg)
        with open_work(cfg) as con:
            write_period_outputs(con, cfg, month)
    return time.perf_counter() - t, time.process_time() - c


def county_month(workdir: Path, base: Path, months: dict[str, list[Path]]) -> list[dict[str, Any]]:
    """Every later month through a cold `beizeng run`: server on a fresh home, reused, started again."""
    from beizeng.base.config import load_config
    from beizeng.run.orchestrator import stop

    run_dir = copy_county(base, workdir / "run")
    plain = copy_county(base, workdir / "plain")
    _import_everything()
    startup = startup_seconds()
    names = list(months)
    rows = []
    try:
        for i, month in enumerate(names):
            if i == len(names) - 1:
                stop(load_config(run_dir / "beizeng.toml"))
                case = "server started again (home exists)"
            else:
                case = "first run: new server home (migrations)" if i == 0 else "server running, reused"
            put(months[month], run_dir / "inbox")
            r = cold_run(run_dir, month)
            put(months[month], plain / "inbox")
            w, w_cpu = work_only(plain, month)
            # orchestration: all that is neither start-up, the work itself, nor the summary: finding or starting
            # the server, the flow and task runs (inside the steps too: steps - work only), Prefect's exit
            r.update(case=case, month=month, n=len(months[month]), startup=startup, work_only=w, work_cpu=w_cpu,
                     orchestration=r["total"] - startup - w - r["summary"])
            rows.append(r)
    finally:
        stop(load_config(run_dir / "beizeng.toml"))
    return rows


#: The read-only commands a county types most, each measured as a cold process (issue 14: well under a second).
READ_ONLY = (("status", "{month}"), ("explain", "output_cum", "{month}"), ("indicators",), ("history",))


def read_only(county: Path, month: str, times: int = 3) -> list[dict[str, Any]]:
    """Each read-only command as a new process on the county after its runs (median of ``times``)."""
    out = []
    for words in READ_ONLY:
        args = [w.format(month=month) for w in words]
        seconds = []
        for _ in range(times):
            t = time.perf_counter()
            done = subprocess.run([BEIZENG, *args], cwd=county, env=_env(), capture_output=True, text=True, timeout=120)
            seconds.append(time.perf_counter() - t)
            if done.returncode != 0:
                raise SystemExit(f"beizeng {' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}")
        out.append({"command": " ".join(args), "median": statistics.median(seconds), "max": max(seconds)})
    return out


def _import_everything() -> None:
    """What the run imports lazily (pandera, the schemas, the writers): paid once, outside "work only"."""
    import beizeng.intake.ingest  # noqa: F401
    import beizeng.intake.validate  # noqa: F401
    import beizeng.publish.outputs  # noqa: F401
    import beizeng.publish.report  # noqa: F401
    from beizeng.base.forms import all_forms

    all_forms()


# ---------------------------------------------------------------------------------------------
# 2. The watcher: drop to feedback
# ---------------------------------------------------------------------------------------------

def bad_copies(model: Path, n: int, into: Path) -> list[Path]:
    """``n`` returns refused for a text in a figure's cell, each different (never a duplicate of another)."""
    import openpyxl

    into.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        wb = openpyxl.load_workbook(model)
        ws = wb.worksheets[0]
        cell = next(c for row in ws.iter_rows(min_row=2) for c in row
                    if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 100)
        cell.value = f"约{i + 1}万"
        target = into / model.name.replace(".xlsx", f"_错{i + 1:02d}.xlsx")
        wb.save(target)
        out.append(target)
    return out


def _receipt_seen(receipts: Path, name: str) -> bool:
    for path in receipts.glob("*.txt") if receipts.is_dir() else ():
        try:
            if f"  {name}  →" in path.read_text(encoding="utf-8"):
                return True
        except OSError:
            pass
    return False


def drops_timed(proc: subprocess.Popen[bytes], folder: Path, drops: list[Path], log: Path, started: str,
                start_timeout: float, timeout: float) -> list[float]:
    """Once ``proc`` (a watcher writing ``log``) says ``started``, drop each file into ``folder``'s inbox (renamed
    in from a staging folder, as a finished copy) and time it to its line in 处理结果."""
    inbox, receipts, staging = folder / "inbox", folder / "inbox" / "处理结果", folder / "staging"
    staging.mkdir(exist_ok=True)
    deadline = time.time() + start_timeout
    while started not in log.read_text(encoding="utf-8", errors="replace"):
        if proc.poll() is not None or time.time() > deadline:
            raise SystemExit(f"the watcher did not start: {log.read_text(encoding='utf-8', errors='replace')[-2000:]}")
        time.sleep(0.05)
    out = []
    for f in drops:
        shutil.copyfile(f, staging / f.name)
        t0 = time.time()
        os.rename(staging / f.name, inbox / f.name)
        while not _receipt_seen(receipts, f.name):
            if time.time() - t0 > timeout or proc.poll() is not None:
                raise SystemExit(f"no feedback for {f.name} within {timeout:.0f} s")
            time.sleep(0.02)
        out.append(time.time() - t0)
        time.sleep(0.3)
    return out


def watch_latency(county: Path, drops: list[Path], timeout: float = 120.0) -> list[float]:
    """Start `beizeng watch` on ``county``; drop each file (renamed in as a finished copy) and time its receipt."""
    log = county / "watch.log"
    with log.open("wb") as fh:  # a file, not a pipe: a pipe nobody reads would stop the watcher when full
        proc = subprocess.Popen([BEIZENG, "watch"], cwd=county, env=_env(), stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        return drops_timed(proc, county, drops, log, "正在监视", timeout, timeout)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def watch_work_only(county: Path, drops: list[Path]) -> list[float]:
    """Each dropped file through the watcher's own run (beizeng.intake.watch.process) and receipt, in-process."""
    from beizeng.base.config import load_config
    from beizeng.intake.watch import process, write_receipts

    cfg = load_config(county / "beizeng.toml")
    out = []
    for f in drops:
        target = cfg.inbox / f.name
        shutil.copyfile(f, target)
        t = time.perf_counter()
        write_receipts(cfg, process(cfg, [target]))
        out.append(time.perf_counter() - t)
    return out


def watcher(workdir: Path, base: Path, months: dict[str, list[Path]], n: int,
            compare: bool = False) -> list[dict[str, Any]]:
    from beizeng.base.config import Schedule

    pool = [f for files in months.values() for f in files if "目标" not in f.name]
    good = pool[:n]
    bad = bad_copies(good[0], n, workdir / "bad")
    rows = []
    now = Schedule()
    settings = [(f"default [schedule]: poll {now.inbox_poll_seconds:g} s, stable {now.inbox_stable_seconds:g} s", "")]
    if compare:
        settings.append(("old defaults: poll 2 s, stable 2 s", OLD_SCHEDULE))
    for setting, extra in settings:
        for kind, files in (("good", good), ("bad", bad)):
            watched = copy_county(base, workdir / "watched", extra)
            plain = copy_county(base, workdir / "watched-plain", extra)
            latency = watch_latency(watched, files)
            work = watch_work_only(plain, files)
            rows.append({"setting": setting, "kind": kind, "latency": latency, "work_only": work})
    return rows


# ---------------------------------------------------------------------------------------------
# The lines
# ---------------------------------------------------------------------------------------------

def lines(runs: list[dict[str, Any]], watch_rows: list[dict[str, Any]], load_before: float,
          reads: list[dict[str, Any]] | None = None) -> list[str]:
    out = [
        f"county: the demo county, {YEAR} months 1–{BASE_MONTHS} loaded, then one cold `beizeng run` per month; "
        f"load average (1 min) at start {load_before:.1f}, now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        "  total = start-up (imports) + orchestration (Prefect) + work only + summary; steps: the run's own "
        "steps as timed inside it (their task runs included); exit: after the summary; cpu beyond: CPU seconds of "
        "the run and its server minus those of the work only (what an idle machine would show as beyond)",
        f"{'cold beizeng run, one county month':<44}{'files':>6}{'total':>7}{'start-up':>9}{'orchestr.':>10}"
        f"{'work only':>10}{'summary':>8}{'steps':>7}{'exit':>6}{'beyond':>8}{'ratio':>7}{'cpu beyond':>11}",
    ]
    for r in runs:
        beyond = r["total"] - r["work_only"]
        out.append(f"  {r['month']} {r['case']:<34}{r['n']:>6}{r['total']:>7.1f}{r['startup']:>9.1f}"
                   f"{r['orchestration']:>10.1f}{r['work_only']:>10.2f}{r['summary']:>8.1f}{r['steps']:>7.1f}"
                   f"{r['exit']:>6.1f}{beyond:>8.1f}{r['total'] / r['work_only']:>6.1f}×"
                   f"{r['cpu'] - r['work_cpu']:>11.1f}")
    warm = [r for r in runs if r["case"].startswith("server running")]
    if warm:
        beyond = statistics.median(r["total"] - r["work_only"] for r in warm)
        cpu = statistics.median(r["cpu"] - r["work_cpu"] for r in warm)
        ok = "ok" if beyond <= TARGETS["beyond_work_s"] else "MISSED"
        out.append(f"  server running: median {beyond:.1f} s beyond the work (target ≤ {TARGETS['beyond_work_s']:.0f} s "
                   f"on an idle machine): {ok}; in CPU seconds {cpu:.1f} beyond the work's")
    if reads:
        out.append(f"{'read-only command, cold process':<44}{'median':>8}{'max':>8}")
        out += [f"  beizeng {r['command']:<40}{r['median']:>8.2f}{r['max']:>8.2f}" for r in reads]
    if not watch_rows:
        return out
    out.append(f"{'watcher: drop → line in 处理结果':<44}{'drops':>6}{'median':>8}{'max':>8}{'work only':>11}{'ratio':>8}")
    for w in watch_rows:
        med, top, work = statistics.median(w["latency"]), max(w["latency"]), statistics.median(w["work_only"])
        out.append(f"  {w['kind']:<5}{w['setting']:<37}{len(w['latency']):>6}{med:>8.2f}{top:>8.2f}{work:>11.2f}"
                   f"{med / work:>7.1f}×")
    default = [w for w in watch_rows if w["setting"].startswith("default")]
    if default:
        med = statistics.median(x for w in default for x in w["latency"])
        ok = "ok" if med <= TARGETS["watch_median_s"] else "MISSED"
        out.append(f"  default settings: median {med:.2f} s drop to feedback (target ≤ {TARGETS['watch_median_s']:.0f} s): {ok}")
    return out


def measure(workdir: Path, drops: int, report: Callable[[str], None] = print, watch_only: bool = False,
            compare: bool = False, runs_only: bool = False, cold_months: int = 5) -> dict[str, Any]:
    """``cold_months``: how many of the later months go through a cold run (3 is the least that has all three
    cases: a new server home, the server reused, started again; the slow test's 3 spare CI two runs)."""
    load_before = os.getloadavg()[0]
    report(f"county: building the demo county in {workdir} …")
    base, months = build(workdir)
    months = dict(list(months.items())[:max(3, cold_months)])
    runs = [] if watch_only else county_month(workdir, base, months)
    reads = [] if watch_only else read_only(workdir / "run", list(months)[-1])
    watch_rows = [] if runs_only else watcher(workdir, base, months, drops, compare)
    text = lines(runs, watch_rows, load_before, reads)
    report("\n".join(text))
    result = {"runs": runs, "read_only": reads, "watch": watch_rows, "load_before": load_before,
              "load_after": os.getloadavg()[0]}
    (workdir / "results.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--drops", type=int, default=10, help="files dropped per kind (good, bad) and setting (default 10)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--watch-only", action="store_true", help="only the watcher's drop-to-feedback")
    ap.add_argument("--runs-only", action="store_true", help="only the cold `beizeng run` of each month")
    ap.add_argument("--compare", action="store_true", help="also the watcher with the old defaults (poll 2 s, stable 2 s)")
    ap.add_argument("--cold-months", type=int, default=5, help="later months through a cold run (default 5: 8–12; least 3)")
    args = ap.parse_args(argv)
    measure(args.workdir, args.drops, watch_only=args.watch_only, compare=args.compare, runs_only=args.runs_only,
            cold_months=args.cold_months)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
