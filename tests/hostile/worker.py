"""A process that reads hostile files one at a time, for the tests to watch from outside.

Run as ``python -m tests.hostile.worker CONFIG``; each stdin line is a file path, each stdout line
the JSON outcome: the problem codes and messages, the wall time of ``prepare`` + validation, and
the process's peak RSS so far (the kernel's high-water mark of this process's own memory, see
``beizeng.base.processes.peak_rss_mb``).  A file that crashes the process,
or hangs it, shows up as EOF or as no answer: that is exactly what the tests must see, which is why
this runs outside pytest's own process.  An address-space limit keeps a runaway parse from taking
the machine down with it.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

#: Protects the machine, not the test: the tests assert a much lower peak RSS.
ADDRESS_SPACE_LIMIT = 8 << 30


def main() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    from beizeng.base.config import load_config
    from beizeng.base.processes import peak_rss_mb
    from beizeng.intake.ingest import prepare, validate_prepared

    cfg = load_config(Path(sys.argv[1]))
    print(json.dumps({"ready": True, "maxrss_mb": peak_rss_mb()}),
          flush=True)
    for line in sys.stdin:
        path = Path(line.rstrip("\n"))
        t = time.perf_counter()
        try:
            prep = prepare(path, cfg)
            validate_prepared([prep])
            result = {
                "ok": prep.ok,
                "codes": [p.code for p in prep.problems if p.severity == "error"],
                "all_codes": [p.code for p in prep.problems],
                "messages": [p.line() for p in prep.problems if p.severity == "error"],
                "form": prep.identity.form.code if prep.identity else None,
                "rows": len(prep.table.rows) if prep.table else 0,
            }
        except BaseException as exc:  # the test fails on this: prepare must never raise
            result = {"exception": f"{type(exc).__name__}: {exc}"[:500]}
        result["seconds"] = time.perf_counter() - t
        result["maxrss_mb"] = peak_rss_mb()
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
