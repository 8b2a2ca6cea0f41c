"""Ingest: inbox file → read → identify → normalise → validate → load → file away.

Plain functions, so tests call them directly and the Prefect flow stays a list of steps.  Work is
done per file up to validation, then per batch (one pandera call per form, one transaction for the
whole batch) so that no per-row or per-file overhead grows with the number of returns.
A crash anywhere leaves the warehouse as it was (the transaction) and the file in the inbox (files
move only after the commit); re-running finds already-loaded files by their hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from beizeng.checks import check_totals
from beizeng.config import Config
from beizeng.identify import Identity, identify
from beizeng.normalise import Normalised, normalise
from beizeng.problems import Problem, ReturnError, has_errors
from beizeng.reader import SUPPORTED_SUFFIXES, Table, extract_table, open_workbook
from beizeng.validate import Located, validate_batch
from beizeng.warehouse import find_hash, insert_rows, insert_submission, now, transaction

STATUS_ZH = {"accepted": "已入库", "rejected": "退回", "duplicate": "重复（未改变）", "skipped": "跳过"}
IGNORED_PREFIXES = ("~$", ".~", ".")


@dataclass
class Prepared:
    """One inbox file after everything that needs no database: identified, parsed, checked."""

    path: Path
    file_hash: str
    mtime: dt.datetime
    identity: Identity | None = None
    table: Table | None = None
    normalised: Normalised | None = None
    problems: list[Problem] = field(default_factory=list)
    duplicate_of: int | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return self.identity is not None and self.normalised is not None and not has_errors(self.problems)


@dataclass
class Outcome:
    file: str
    status: str  # accepted | rejected | duplicate
    form: str | None
    sender: str | None
    period: str | None
    rows: int
    errors: int
    warnings: int
    stored_path: Path | None
    submission_id: int | None = None
    version: int | None = None
    note: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def status_zh(self) -> str:
        if self.status == "accepted" and self.version and self.version > 1:
            return f"已入库（第{self.version}版，替换旧版）"
        return STATUS_ZH.get(self.status, self.status)


def inbox_files(cfg: Config) -> list[Path]:
    """Returns waiting in the inbox, oldest first; Office lock files (~$…) and hidden files are not returns."""
    if not cfg.inbox.exists():
        return []
    files = [
        p for p in cfg.inbox.iterdir()
        if p.is_file() and not p.name.startswith(IGNORED_PREFIXES) and not p.name.endswith(".errors.txt")
    ]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def prepare(path: Path, cfg: Config) -> Prepared:
    """Read, identify and normalise one file; any failure becomes problems, never an exception."""
    stat = path.stat()
    prep = Prepared(path, file_hash(path), dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0))
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        prep.problems.append(Problem("error", "unsupported_type", f"不是可识别的表格文件（扩展名 {path.suffix or '无'}）",
                                     "请用 Excel 或 WPS 另存为 .xlsx 后重新报送", file=path.name))
        return prep
    try:
        sheets = open_workbook(path)
        prep.identity = identify(sheets, path.name, cfg)
    except ReturnError as err:
        prep.problems.extend(err.problems)
        return prep
    table = extract_table(prep.identity.match)
    prep.table = table
    for c, text in table.match.extra:
        prep.problems.append(Problem("info", "extra_column", "此列不属于本报表，未读取", file=path.name,
                                     sheet=table.sheet, row=table.match.header_row + 1, col=c, column=text))
    if not table.rows:
        prep.problems.append(Problem("error", "no_rows", "表头下面没有数据行", "填写数据后再报送",
                                     file=path.name, sheet=table.sheet))
        return prep
    prep.normalised = normalise(table, cfg, path.name)
    prep.problems.extend(prep.normalised.problems)
    prep.problems.extend(check_totals(table, prep.normalised, path.name, cfg.rules.total_tolerance))
    return prep


def validate_prepared(items: list[Prepared]) -> None:
    """One pandera call per form over every file of the batch; problems go back to their files."""
    by_form: dict[str, list[Prepared]] = defaultdict(list)
    for p in items:
        if p.identity is not None and p.normalised is not None and p.table is not None:
            by_form[p.identity.form.code].append(p)
    for group in by_form.values():
        form = group[0].identity.form  # type: ignore[union-attr]
        located = [
            (p.normalised, Located(p.name, p.table.sheet, p.normalised.excel_rows, p.table.match.columns,
                                   [r.cells for r in p.table.rows]))  # type: ignore[union-attr]
            for p in group
        ]
        for p, problems in zip(group, validate_batch(form, located), strict=True):  # type: ignore[arg-type]
            p.problems.extend(problems)


def _footer_contacts(table: Table | None) -> tuple[str | None, str | None]:
    if table is None:
        return None, None
    text = " ".join(table.footer + table.lines_above)
    who = re.search(r"(?:填报人|填表人)[:：]\s*([^\s:：]{1,10})", text)
    phone = re.search(r"(?:联系电话|电话)[:：]\s*([\d\-－ ]{7,20})", text)
    return (who.group(1) if who else None), (phone.group(1).strip() if phone else None)


def archive_path(cfg: Config, prep: Prepared) -> Path:
    assert prep.identity is not None
    return cfg.archive / prep.identity.period / f"{prep.file_hash[:8]}_{prep.name}"


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}.{stamp}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def load(con: duckdb.DuckDBPyConnection, items: list[Prepared], cfg: Config) -> list[Outcome]:
    """Record every file and load the accepted ones, all in one transaction."""
    outcomes: list[Outcome] = []
    seen: dict[str, int] = {}
    with transaction(con):
        for p in items:
            known = find_hash(con, p.file_hash)
            if known is not None or p.file_hash in seen:
                sid = known[0] if known else seen[p.file_hash]
                outcomes.append(Outcome(p.name, "duplicate", None, None, known[2] if known else None, 0, 0, 0, None,
                                        submission_id=sid, note=f"与已入库的文件（编号 {sid}）内容完全相同，未重复入库"))
                continue
            ident = p.identity
            errors = sum(1 for x in p.problems if x.severity == "error")
            warnings = sum(1 for x in p.problems if x.severity == "warning")
            accepted = p.ok
            reporter, phone = _footer_contacts(p.table)
            stored = archive_path(cfg, p) if accepted else _unique(cfg.rejected / p.name)
            record = {
                "file_hash": p.file_hash, "file_name": p.name, "stored_path": str(stored),
                "form": ident.form.code if ident else None, "sender": ident.sender.name if ident else None,
                "period": ident.period if ident else None, "status": "accepted" if accepted else "rejected",
                "sheet": p.table.sheet if p.table else None, "unit": p.normalised.unit if p.normalised else None,
                "n_rows": len(p.table.rows) if p.table else 0, "n_errors": errors, "n_warnings": warnings,
                "reporter": reporter, "phone": phone, "identified_by": ident.how if ident else None,
                "template_version": ident.template_version if ident else None, "file_mtime": p.mtime,
                "received_at": now(),
            }
            sid = insert_submission(con, record, p.problems)
            version = None
            if accepted:
                assert ident is not None and p.normalised is not None and p.table is not None
                seen[p.file_hash] = sid
                frame = p.normalised.frame.with_columns(
                    pl.lit(sid, pl.Int64).alias("submission_id"), pl.lit(ident.period).alias("period"),
                    pl.lit(ident.sender.name).alias("sender"), pl.lit(p.table.sheet).alias("sheet"),
                    pl.Series("excel_row", p.normalised.excel_rows, dtype=pl.Int32),
                )
                insert_rows(con, ident.form, frame)
                row = con.execute("select count(*) from submissions where status = 'accepted' and form = ? "
                                  "and sender = ? and period = ?",
                                  [ident.form.code, ident.sender.name, ident.period]).fetchone()
                version = int(row[0]) if row else 1
            outcomes.append(Outcome(p.name, record["status"], ident.form.code if ident else None,
                                    ident.sender.name if ident else None, ident.period if ident else None,
                                    int(record["n_rows"]), errors, warnings, stored, sid, version, problems=p.problems))
    return outcomes


def file_away(items: list[Prepared], outcomes: list[Outcome], cfg: Config) -> None:
    """Move each file out of the inbox after the commit: archive, rejected (with its error list) or duplicates."""
    for p, o in zip(items, outcomes, strict=True):
        if not p.path.exists():
            continue
        if o.status == "duplicate":
            target = _unique(cfg.archive / "duplicates" / p.name)
        else:
            assert o.stored_path is not None
            target = o.stored_path
            if target.exists():
                target = _unique(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(p.path), str(target))
        if o.status == "rejected":
            write_error_list(target, o)


def write_error_list(stored: Path, o: Outcome) -> Path:
    path = stored.with_name(stored.name + ".errors.txt")
    lines = [f"文件：{o.file}", "结果：退回，请修改后重新报送。", f"共 {o.errors} 个错误、{o.warnings} 个提醒：", ""]
    lines += [f"{i}. {p.line()}" for i, p in enumerate(
        sorted(o.problems, key=lambda p: ({"error": 0, "warning": 1, "info": 2}[p.severity], p.row or 0, p.col or 0)), 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_files(con: duckdb.DuckDBPyConnection, paths: list[Path], cfg: Config) -> list[Outcome]:
    """The whole ingest of a batch without Prefect: what the flow's tasks do, in order."""
    prepared = [prepare(p, cfg) for p in paths]
    validate_prepared(prepared)
    outcomes = load(con, prepared, cfg)
    file_away(prepared, outcomes, cfg)
    return outcomes
