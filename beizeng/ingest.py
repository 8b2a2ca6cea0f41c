"""Ingest: inbox file → read → identify → normalise → validate → load → file away → feedback.

Plain functions, so tests call them directly and the Prefect flow stays a list of steps.  Work is
done per file up to validation, then per batch (one pandera call per form, one transaction for the
whole batch) so that no per-row or per-file overhead grows with the number of returns.
A crash anywhere leaves the warehouse as it was (the transaction) and the file in the inbox (files
move only after the commit); re-running finds already-loaded files by their hash.

Every file received is a version: kept (archive or inbox/rejected) with its hash and time in
``submissions``; the newest accepted version per form + sender + period is the one that counts.
A rejected file, an accepted one with warnings and a new version of an accepted one get a
``<name>.反馈.xlsx`` beside them (``beizeng.feedback``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from beizeng.checks import History, check_history, check_totals, check_yoy
from beizeng.config import Config
from beizeng.faults import crash_point
from beizeng.feedback import Changes, Feedback, compare, feedback_path, write_feedback
from beizeng.forms import FormSpec
from beizeng.identify import Identity, identify
from beizeng.inbox import inbox_files  # noqa: F401  (re-exported: callers import it from here)
from beizeng.normalise import Normalised, normalise
from beizeng.problems import Problem, ReturnError, has_errors
from beizeng.reader import (
    IGNORED_EXTRA,
    SUPPORTED_SUFFIXES,
    Sheet,
    Table,
    extract_table,
    header_key,
    open_workbook,
    uncalculated_formulas,
)
from beizeng.validate import Located, validate_batch
from beizeng.warehouse import (
    insert_rows,
    insert_submissions,
    latest_by_key,
    now,
    reserve_submission_ids,
    submissions_by_hash,
    transaction,
)

#: A file a run left in the inbox unread because it was still being copied in or saved (beizeng.watch):
#: not an error and not a decision about the return, the next run takes it.
WRITING = "writing"
STATUS_ZH = {"accepted": "已入库", "rejected": "退回", "duplicate": "重复（未改变）", WRITING: "正在写入（下次处理）"}


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
    #: The grids read, kept to rebuild a feedback copy of an .xls/.ods without reading it again.
    sheets: list[Sheet] | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return self.identity is not None and self.normalised is not None and not has_errors(self.problems)


@dataclass
class Outcome:
    file: str
    status: str  # accepted | rejected | duplicate | writing (left in the inbox, see WRITING)
    form: str | None
    sender: str | None
    period: str | None
    rows: int
    errors: int
    warnings: int
    stored_path: Path | None
    submission_id: int | None = None
    version: int | None = None  # among the accepted versions of this form + sender + period
    note: str = ""
    problems: list[Problem] = field(default_factory=list)
    attempt: int | None = None  # among every file received for this form + sender + period
    changes: Changes | None = None
    feedback: Path | None = None

    @property
    def status_zh(self) -> str:
        if self.status == "accepted" and self.version and self.version > 1:
            return f"已入库（第{self.version}版，替换旧版）"
        return STATUS_ZH.get(self.status, self.status)


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _formula_problems(table: Table, norm: Normalised, file: str) -> list[Problem]:
    """Cells whose formula was saved without a result read as empty: say so instead of "required"."""
    cells = uncalculated_formulas(table.match.sheet)
    if not cells:
        return []
    out = []
    for row in table.rows:
        for name, c in table.match.columns.items():
            if (row.excel_row - 1, c) in cells:
                out.append(Problem("error", "formula_no_value", "此格是公式，但文件中没有保存公式的计算结果，读到的是空白",
                                   "用 Excel 或 WPS 打开文件，确认公式算出结果后保存，再报送（或直接填写数字）",
                                   file=file, sheet=table.sheet, row=row.excel_row, col=c,
                                   column=norm.form.column(name).header))
    return out


def prepare(path: Path, cfg: Config) -> Prepared:
    """Read, identify and normalise one file; any failure becomes problems, never an exception."""
    stat = path.stat()
    prep = Prepared(path, file_hash(path), dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0))
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        prep.problems.append(Problem("error", "unsupported_type", f"不是可识别的表格文件（扩展名 {path.suffix or '无'}）",
                                     "请用 Excel 或 WPS 另存为 .xlsx 后重新报送", file=path.name))
        return prep
    try:
        prep.sheets = open_workbook(path)
        crash_point("read")
        prep.identity = identify(prep.sheets, path.name, cfg, received=prep.mtime.date())
    except ReturnError as err:
        prep.problems.extend(err.problems)
        return prep
    prep.problems.extend(prep.identity.notes)
    table = prep.identity.table or extract_table(prep.identity.match)
    prep.table = table
    for c, text in table.match.extra:
        # 序号 columns and the pre-filled templates' read-only reference columns are not news to the sender
        if header_key(text) not in IGNORED_EXTRA and not header_key(text).endswith("(参考)"):
            prep.problems.append(Problem("info", "extra_column", "此列不属于本报表，未读取", file=path.name,
                                         sheet=table.sheet, row=table.match.header_row + 1, col=c, column=text))
    for row, code, what in table.skipped:
        prep.problems.append(Problem("info", code, f"第{row}行是{what}，不作为数据读取", file=path.name,
                                     sheet=table.sheet, row=row))
    for total in table.total_rows:
        prep.problems.append(Problem("info", "total_row", f"第{total.excel_row}行是合计行，不入库，只与各行之和核对",
                                     file=path.name, sheet=table.sheet, row=total.excel_row))
    if not table.rows and table.match.form.may_be_empty:
        prep.problems.append(Problem("info", "empty_return", "表头下面没有数据行：按本期没有发生事项登记为已报送",
                                     "如果本期有事项，请补填后重新报送", file=path.name, sheet=table.sheet,
                                     row=table.match.data_start + 1))
    elif not table.rows:
        prep.problems.append(Problem("error", "no_rows", "表头下面没有数据行", "填写数据后再报送",
                                     file=path.name, sheet=table.sheet, row=table.match.data_start + 1))
        return prep
    norm = normalise(table, cfg, path.name)
    norm.problems.extend(_formula_problems(table, norm, path.name))
    prep.normalised = norm
    prep.problems.extend(norm.problems)
    prep.problems.extend(check_totals(table, norm, path.name, cfg.rules.total_tolerance))
    prep.problems.extend(check_yoy(table, norm, path.name, cfg.rules.yoy_warn_pct))
    return prep


def validate_prepared(items: list[Prepared]) -> None:
    """One pandera call per form over every file of the batch; problems go back to their files."""
    by_form: dict[str, list[tuple[Prepared, Normalised, Table]]] = defaultdict(list)
    for p in items:
        if p.identity is not None and p.normalised is not None and p.table is not None:
            by_form[p.identity.form.code].append((p, p.normalised, p.table))
    for group in by_form.values():
        form = group[0][1].form
        located = [(n, Located(p.name, t.sheet, n.excel_rows, t.match.columns, [r.cells for r in t.rows]))
                   for p, n, t in group]
        for (p, _, _), problems in zip(group, validate_batch(form, located), strict=True):
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
    """``path``, or a time-stamped name beside it, taken neither by a file nor by a feedback (a feedback
    left after its file was deleted must not pass for the feedback of a new file of that name)."""
    def taken(q: Path) -> bool:
        return q.exists() or feedback_path(q).exists()

    if not taken(path):
        return path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}.{stamp}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not taken(candidate):
            return candidate
        n += 1


@dataclass
class _Previous:
    """The file received before this one for the same form + sender + period."""

    submission_id: int
    attempt: int
    status: str
    received_at: dt.datetime
    file_name: str
    stored_path: str | None

    @property
    def words(self) -> str:
        state = "已入库" if self.status == "accepted" else "已退回"
        return f"第{self.attempt}次报送（{self.received_at:%m-%d %H:%M} 收到，{state}）"


def _version_frame(con: duckdb.DuckDBPyConnection, cfg: Config, prev: _Previous, ident: Identity,
                   batch: dict[int, Prepared]) -> tuple[pl.DataFrame, list[int]] | None:
    """The previous version's typed rows: from this batch, from the warehouse if accepted, else from its file."""
    form = ident.form
    earlier = batch.get(prev.submission_id)
    if earlier is None and prev.status == "accepted":
        cols = [c.name for c in form.columns]
        rows = con.execute(f"select excel_row, {', '.join(cols)} from {form.table} where submission_id = ? "
                           "order by excel_row", [prev.submission_id]).fetchall()
        frame = pl.DataFrame([r[1:] for r in rows], schema=form.polars_schema, orient="row")
        return frame, [int(r[0]) for r in rows]
    if earlier is None and prev.stored_path and Path(prev.stored_path).exists():
        earlier = prepare(Path(prev.stored_path), cfg)  # rejected in an earlier run: read its kept file again
    if earlier is None or earlier.normalised is None:
        return None
    return earlier.normalised.frame, earlier.normalised.excel_rows


def _changes(con: duckdb.DuckDBPyConnection, cfg: Config, p: Prepared, prev: _Previous,
             batch: dict[int, Prepared]) -> Changes | None:
    ident, norm, table = p.identity, p.normalised, p.table
    if ident is None or norm is None or table is None:
        return None
    before = _version_frame(con, cfg, prev, ident, batch)
    if before is None:
        return None
    return compare(ident.form, before[0], before[1], norm.frame, norm.excel_rows, table.match.columns, prev.words)


def _finish_filing(con: duckdb.DuckDBPyConnection, p: Prepared, row: tuple[Any, ...]) -> Outcome:
    """The outcome a stopped run recorded, so this run files the file where the record says, once."""
    sid, status, stored, form, sender, period, n_rows = row[:7]
    counts = con.execute(
        "select count(*), count(*) filter (where status = 'accepted') from submissions "
        "where form = ? and sender = ? and period = ? and submission_id <= ?", [form, sender, period, sid]).fetchone()
    attempt, version = (int(counts[0]), int(counts[1])) if counts and form else (None, None)
    errors = sum(1 for x in p.problems if x.severity == "error")
    warnings = sum(1 for x in p.problems if x.severity == "warning")
    return Outcome(p.name, str(status), form, sender, period, int(n_rows or 0), errors, warnings, Path(stored), int(sid),
                   version if status == "accepted" else None, "上次运行已记录此文件但未归档：本次只补完归档，没有重复记录",
                   problems=p.problems, attempt=attempt)


class _Ledger:
    """What the warehouse already knows about a batch, fetched in three queries and then kept in step
    with the batch as it is decided, so deciding a file costs no round trip to the database."""

    def __init__(self, con: duckdb.DuckDBPyConnection, items: list[Prepared]) -> None:
        idents = [p.identity for p in items if p.identity is not None]
        self.by_hash = submissions_by_hash(con, [p.file_hash for p in items])
        self.latest = latest_by_key(con, [(i.form.code, i.sender.name, i.period) for i in idents])
        self.history = History.fetch(con, [(i.form, i.sender.name, i.period) for i in idents])
        self.loaded: dict[str, tuple[int, str, str]] = {}  # hash → (submission_id, file name, period) in this batch
        self.claimed: set[int] = set()

    def unfiled(self, digest: str) -> tuple[Any, ...] | None:
        """A submission of this very file recorded by a run that stopped before moving it out of the inbox."""
        for row in reversed(self.by_hash.get(digest, [])):
            if row[0] not in self.claimed and row[2] and not Path(row[2]).exists():
                return row
        return None

    def known(self, digest: str) -> tuple[int, str, str] | None:
        """The first accepted submission of this content, earlier or in this batch."""
        for row in self.by_hash.get(digest, []):
            if row[1] == "accepted":
                return int(row[0]), str(row[7]), str(row[5] or "")
        return self.loaded.get(digest)

    def previous(self, ident: Identity) -> _Previous | None:
        row = self.latest.get((ident.form.code, ident.sender.name, ident.period))
        if row is None:
            return None
        return _Previous(int(row[0]), int(row[1]), str(row[3]), row[4], str(row[5]), row[6])

    def record(self, ident: Identity, sid: int, accepted: bool, received: dt.datetime, name: str,
               stored: Path) -> int:
        """Count a new file for its form + sender + period; returns its version if accepted."""
        key = (ident.form.code, ident.sender.name, ident.period)
        _, attempts, versions, *_ = self.latest.get(key, (0, 0, 0))
        versions = int(versions) + (1 if accepted else 0)
        self.latest[key] = (sid, int(attempts) + 1, versions, "accepted" if accepted else "rejected", received, name,
                            str(stored))
        return versions


def _with_lineage(accepted: list[tuple[int, Prepared]]) -> pl.DataFrame:
    """One form's rows of every accepted file of the batch, each row with its submission, sheet and Excel row."""
    lineage: dict[str, list[Any]] = {"submission_id": [], "period": [], "sender": [], "sheet": [], "excel_row": []}
    for sid, p in accepted:
        assert p.identity is not None and p.normalised is not None and p.table is not None
        n = p.normalised.frame.height
        lineage["submission_id"] += [sid] * n
        lineage["period"] += [p.identity.period] * n
        lineage["sender"] += [p.identity.sender.name] * n
        lineage["sheet"] += [p.table.sheet] * n
        lineage["excel_row"] += p.normalised.excel_rows
    frame = pl.concat([p.normalised.frame for _, p in accepted if p.normalised is not None], how="vertical_relaxed")
    return frame.with_columns(pl.DataFrame(lineage, schema={"submission_id": pl.Int64, "period": pl.String,
                                                            "sender": pl.String, "sheet": pl.String,
                                                            "excel_row": pl.Int32}))


def load(con: duckdb.DuckDBPyConnection, items: list[Prepared], cfg: Config) -> list[Outcome]:
    """Record every file and load the accepted ones, all in one transaction.

    Files are taken in period order, so that a batch holding May and June of the same sender checks
    June's cumulative figures against May's.  Cross-period checks run here, before the decision,
    because they need the warehouse.  The warehouse is asked what it knows about the whole batch up
    front and written at the end (one insert per table), so a file costs no database round trip.
    """
    outcomes: dict[int, Outcome] = {}
    batch: dict[int, Prepared] = {}
    records: list[dict[str, Any]] = []
    problems: list[tuple[int, Problem]] = []
    loads: dict[str, list[tuple[int, Prepared]]] = defaultdict(list)
    forms: dict[str, FormSpec] = {}
    periods = [p.identity.period if p.identity is not None else "" for p in items]
    order = sorted(range(len(items)), key=lambda i: (periods[i], i))
    with transaction(con):
        ledger = _Ledger(con, items)
        ids = iter(reserve_submission_ids(con, len(items)))
        for i in order:
            p = items[i]
            ident = p.identity
            checkable = ident is not None and p.normalised is not None and p.table is not None
            unfiled = ledger.unfiled(p.file_hash)
            if unfiled is not None:  # recorded by a run stopped after its commit: file it, record nothing
                ledger.claimed.add(int(unfiled[0]))
                if checkable:
                    assert ident is not None and p.normalised is not None and p.table is not None
                    p.problems.extend(check_history(ledger.history, p.table, p.normalised, ident.sender.name,
                                                    ident.period, p.name, cfg.rules.total_tolerance))
                outcomes[i] = _finish_filing(con, p, unfiled)
                continue
            known = ledger.known(p.file_hash)
            if known is not None:
                sid, first, period = known
                outcomes[i] = Outcome(p.name, "duplicate", None, None, period or None, 0, 0, 0, None, submission_id=sid,
                                      note=f"与已入库的文件“{first}”（编号 {sid}）内容完全相同：未重复入库，数据没有任何变化")
                continue
            if checkable:
                assert ident is not None and p.normalised is not None and p.table is not None
                p.problems.extend(check_history(ledger.history, p.table, p.normalised, ident.sender.name, ident.period,
                                                p.name, cfg.rules.total_tolerance))
            prev = ledger.previous(ident) if ident is not None else None
            errors = sum(1 for x in p.problems if x.severity == "error")
            warnings = sum(1 for x in p.problems if x.severity == "warning")
            accepted = p.ok
            reporter, phone = _footer_contacts(p.table)
            stored = _unique(archive_path(cfg, p) if accepted else cfg.rejected / p.name)
            sid = next(ids)
            received = now()
            record: dict[str, Any] = {
                "submission_id": sid, "file_hash": p.file_hash, "file_name": p.name, "stored_path": str(stored),
                "form": ident.form.code if ident else None, "sender": ident.sender.name if ident else None,
                "period": ident.period if ident else None, "status": "accepted" if accepted else "rejected",
                "sheet": p.table.sheet if p.table else None, "unit": p.normalised.unit if p.normalised else None,
                "n_rows": len(p.table.rows) if p.table else 0, "n_errors": errors, "n_warnings": warnings,
                "reporter": reporter, "phone": phone, "identified_by": ident.how if ident else None,
                "template_version": ident.template_version if ident else None, "file_mtime": p.mtime,
                "received_at": received,
            }
            records.append(record)
            problems.extend((sid, x) for x in p.problems)
            batch[sid] = p
            ledger.claimed.add(sid)  # its file is moved by this run's file_away: no later copy may take its place
            changes = _changes(con, cfg, p, prev, batch) if prev is not None else None
            version = ledger.record(ident, sid, accepted, received, p.name, stored) if ident is not None else None
            note = ""
            if accepted:
                assert ident is not None and p.normalised is not None and p.table is not None
                ledger.loaded[p.file_hash] = (sid, p.name, ident.period)
                ledger.history.add(ident.form, ident.sender.name, ident.period, p.normalised.frame)
                loads[ident.form.code].append((sid, p))
                forms[ident.form.code] = ident.form
                if version and version > 1:
                    note = f"第{version}版，替换第{version - 1}版"
            else:
                version = None
            if changes is not None:
                note = "；".join(x for x in (note, changes.summary()) if x)
            outcomes[i] = Outcome(p.name, str(record["status"]), record["form"], record["sender"], record["period"],
                                  int(record["n_rows"]), errors, warnings, stored, sid, version, note,
                                  problems=p.problems, attempt=(prev.attempt + 1) if prev else (1 if ident else None),
                                  changes=changes)
        insert_submissions(con, records, problems)
        for code, accepted_files in loads.items():
            insert_rows(con, forms[code], _with_lineage(accepted_files))
            crash_point("load")
    return [outcomes[i] for i in range(len(items))]


def _feedback_for(p: Prepared, o: Outcome) -> Feedback:
    ident = p.identity
    parts = []
    if o.attempt and o.attempt > 1:
        parts.append(f"这是本单位本期第{o.attempt}次报送")
    if o.status == "accepted" and o.version:
        parts.append(f"入库为第{o.version}版" + (f"，替换第{o.version - 1}版（今后以本版为准）" if o.version > 1 else ""))
    if o.changes is not None:
        parts.append(o.changes.summary() + ("（详见「与上一版比较」）" if not o.changes.identical else ""))
    return Feedback(o.file, o.status == "accepted", o.problems, ident.form.title if ident else None, o.sender, o.period,
                    "；".join(parts), o.changes, p.table.sheet if p.table else None)


def needs_feedback(o: Outcome) -> bool:
    """Rejected, accepted with warnings, or accepted as a resubmission (the sender sees what changed)."""
    return o.status == "rejected" or (o.status == "accepted" and (o.warnings > 0 or bool(o.attempt and o.attempt > 1)))


def file_away(items: list[Prepared], outcomes: list[Outcome], cfg: Config) -> None:
    """Move each file out of the inbox after the commit (archive, rejected or duplicates), its feedback
    written beside where it goes just before it moves.

    Feedback first, then the move: a run stopped in between leaves the file in the inbox with its
    feedback already in place, and the next run (which files it from the record) does not write it twice.
    """
    crash_point("committed")
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
        if needs_feedback(o):
            write_feedback_for(p, o, target)
        shutil.move(str(p.path), str(target))
        crash_point("moved")


def write_feedback_for(p: Prepared, o: Outcome, target: Path) -> None:
    """The sender's feedback for a file about to be filed at ``target``: the plain-text list of a rejected
    file, and the feedback workbook (rejected, warnings, a new version).  One already there was written
    by a run stopped before it moved the file."""
    out = feedback_path(target)
    if out.exists():
        o.feedback = out
        return
    if o.status == "rejected":
        write_error_list(target, o, out)
    fb = _feedback_for(p, o)
    # only a file the reader parsed is opened again: one refused by beizeng.safety (a zip bomb, a cell
    # at XFD1048576) must never reach openpyxl, so its sender gets the list alone
    source = p.path if p.sheets is not None else None
    try:
        o.feedback = write_feedback(out, fb, source=source, sheets=p.sheets)
    except Exception:  # the list alone still tells the sender everything
        o.feedback = write_feedback(out, fb)


def write_error_list(stored: Path, o: Outcome, feedback: Path | None = None) -> Path:
    """The plain-text list beside a rejected file, for whoever cannot open the feedback workbook."""
    path = stored.with_name(stored.name + ".errors.txt")
    lines = [f"文件：{o.file}", "结果：退回，请修改后重新报送。", f"共 {o.errors} 个错误、{o.warnings} 个提醒：", ""]
    if feedback is not None:
        lines[1:1] = [f"标出问题单元格的反馈表：{feedback.name}"]
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
