"""Ingest: inbox file → check → record → insert → file away → feedback.

- **check** decides a file's fate: the reading half per file (``prepare``: safety, read, identify,
  normalise, the in-file checks; ``validate_prepared``: pandera, one call per form), the deciding half
  against the warehouse (:func:`decide`: duplicates, versions, cross-period checks), ending in a typed
  :class:`beizeng.intake.verdict.Checked` whose :class:`~beizeng.intake.verdict.State` is accepted,
  replaced, rejected, quarantined, duplicate or unfiled;
- **record** writes a submission row and its problems for every file so decided (beizeng.intake.record);
- **insert** adds the accepted files' rows, in the same transaction as the record (:func:`_insert`).

Plain functions, so tests call them directly and the Prefect flow stays a list of steps.  Work is
done per file up to validation, then per batch (one pandera call per form, one transaction for the
whole batch) so that no per-row or per-file overhead grows with the number of returns.
A crash anywhere leaves the warehouse as it was (the transaction) and the file in the inbox (files
move only after the commit); re-running finds already-loaded files by their hash.

Every file received is a version: kept (archive or inbox/rejected) with its hash and time in
``submissions``; the newest accepted version per form + sender + period is the one that counts — newest by
what the files say (修订版, v3, 最终版, a 更正说明 line) before their times (beizeng.intake.versions): a batch's
files of one form + sender + period are decided in that order, and a file older by its words than the version
that counts is set aside.
A rejected file, an accepted one with warnings and a new version of an accepted one get a
``<name>.反馈.xlsx`` beside them (``beizeng.intake.feedback``).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import errno
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from beizeng.base import safe_io
from beizeng.base.config import Config
from beizeng.base.faults import crash_point
from beizeng.base.forms import FIGURE_KINDS
from beizeng.base.periods import month_of, own_months, period_words, year_of
from beizeng.base.problems import Problem, ReturnError, Severity, col_letter, column_span, said_once
from beizeng.intake import continued, inferred_year, layouts, merged, nil, versions
from beizeng.intake.checks import (
    check_counties_listed,
    check_cumulative_in_row,
    check_dated_in_sheet,
    check_history,
    check_kind_of_sender,
    check_other_senders,
    check_period_year,
    check_reported_before,
    check_restated,
    check_row_relations,
    check_same_order,
    check_sections,
    check_totals,
    check_withdrawn_shared,
    check_yoy,
)
from beizeng.intake.feedback import Changes, Feedback, compare, feedback_path, removed_rows, write_feedback
from beizeng.intake.headers import absent, fill_columns, needed_absent, without_unit
from beizeng.intake.identify import Identity, hidden_returns, identify, may_send, returns_in, unread_sheets
from beizeng.intake.inbox import (
    QUARANTINE,
    SUPPORTED_SUFFIXES,
    inbox_files,  # noqa: F401  (re-exported: callers import it from here)
)
from beizeng.intake.last_year import check_last_year
from beizeng.intake.matching import HeaderMatch, is_number
from beizeng.intake.normalise import (
    Normalised,
    figure_text,
    normalise,
    quote_as_shown,
    set_aside_amounts_of_rate_targets,
)
from beizeng.intake.parts import Stacked, on_the_sheets, part_name, place, sheets_read
from beizeng.intake.prepared import Prepared
from beizeng.intake.reader import (
    IGNORED_EXTRA,
    Sheet,
    clean_text,
    error_values,
    header_key,
    open_workbook,
    read_meta_sheet,
    readable_sheets,
    recalculated_formulas,
    uncalculated_formulas,
    unsupported_type,
)
from beizeng.intake.record import Written, with_lineage
from beizeng.intake.safety import precheck
from beizeng.intake.tables import (
    Table,
    extract_table,
    month_sections,
    section_of,
    section_words,
    set_aside_notes,
    shown_notes,
)
from beizeng.intake.validate import READ_AS_NOT_GIVEN, Located, validate_batch
from beizeng.intake.verdict import ACCEPTED, DUPLICATE, REJECTED, Checked, Ledger, Previous, State, unit_key
from beizeng.intake.verdict import STATUS_ZH as _VERDICT_ZH
from beizeng.intake.views import on_the_file
from beizeng.store.warehouse import (
    insert_rows,
    insert_submissions,
    now,
    reserve_submission_ids,
    transaction,
    version_of,
)

#: A file a run left in the inbox unread because it was still being copied in or saved (beizeng.intake.watch):
#: not an error and not a decision about the return, the next run takes it.
WRITING = "writing"
STATUS_ZH = {**_VERDICT_ZH, WRITING: "正在写入（下次处理）"}
#: The problem code of a file beizeng itself failed on (a bug, not the sender's mistake): the file is
#: recorded as rejected and kept in ``inbox/quarantine/`` (not ``rejected/``, where senders look for
#: what to fix), with its 内部错误 list; the rest of the batch, the indicators and the publish go on.
INTERNAL_ERROR = "internal_error"


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
    #: The check's typed decision behind ``status`` (None for a file left unread, see WRITING).
    state: State | None = None
    #: A refused file's likely form, sender and period (``submissions.identified_by = 'guess'``), when it could
    #: not be identified: only for showing (the run's table says 东镇（推测）), never a claim about the file.
    likely: tuple[str | None, str | None, str | None] | None = None

    @property
    def status_zh(self) -> str:
        if self.status == ACCEPTED and self.version and self.version > 1:
            return f"已入库（第{self.version}版，替换旧版）"
        return STATUS_ZH.get(self.status, self.status)


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


#: What each Excel error value means, in the clerk's words.
EXCEL_ERRORS = {"#DIV/0!": "除数为0", "#REF!": "公式引用的单元格已被删除", "#N/A": "查找不到数据", "#VALUE!": "公式中的值类型不对",
                "#NAME?": "公式中有Excel不认识的名称", "#NUM!": "数值无效", "#NULL!": "引用的区域不相交"}


def _formula_problems(table: Table, norm: Normalised, file: str) -> list[Problem]:
    """Cells that read as empty though the clerk's sheet shows something: a formula saved without a result, or an
    Excel error value (#DIV/0!, #REF!: calamine reads it as empty).  Said on the cell instead of "required" —
    an error in a required column refuses the file, one in another column is a warning (read as not given)."""
    cells = on_the_sheets(table.match.sheet, uncalculated_formulas)  # of a view joined from sheets: each sheet's
    errors = on_the_sheets(table.match.sheet, error_values)
    stale = on_the_sheets(table.match.sheet, recalculated_formulas)  # a saved result Excel does not show
    if not cells and not errors and not stale:
        return []
    out = []
    at = {excel_row: i for i, excel_row in enumerate(norm.excel_rows)}
    for row in table.rows:
        for name, c in table.match.columns.items():
            column = norm.form.column(name)
            own = row.at.get(name, row.excel_row)  # a record over two rows: the row this cell is written in
            if (own - 1, c) in cells:
                out.append(Problem("error", "formula_no_value", "此格是公式，但文件中没有保存公式的计算结果，读到的是空白",
                                   "用 Excel 或 WPS 打开文件，确认公式算出结果后保存，再报送（或直接填写数字）",
                                   file=file, sheet=table.sheet, row=own, col=c, column=column.header))
            elif (again := stale.get((own - 1, c))) is not None:
                formula, saved, worked = again
                if worked is None:
                    out.append(Problem("warning", "formula_stale",
                                       f"此格是公式“={formula.lstrip('=')}”，文件设为打开时重新计算：Excel 打开后显示的数"
                                       f"可能与文件中保存的结果{figure_text(saved)}不同，按保存的结果读取",
                                       "用 Excel 或 WPS 打开文件，确认公式的结果后保存，再报送（或直接填写数字）；核对无误可不修改",
                                       file=file, sheet=table.sheet, row=own, col=c, column=column.header))
                else:
                    out.append(Problem("error", "formula_stale",
                                       f"此格是公式“={formula.lstrip('=')}”，文件中保存的结果是{figure_text(saved)}，"
                                       f"按公式算却是{figure_text(worked)}（Excel 打开时会重算，显示{figure_text(worked)}），"
                                       "看不出哪个是要报送的数",
                                       "用 Excel 或 WPS 打开文件，确认公式的结果后保存，再报送（或直接填写数字）",
                                       file=file, sheet=table.sheet, row=own, col=c, column=column.header))
            elif (shown := errors.get((own - 1, c))) is not None:
                meaning = EXCEL_ERRORS.get(shown.upper(), "公式出错")
                severity: Severity = "error" if column.required else "warning"
                what = "数字" if column.kind in FIGURE_KINDS else "内容"
                out.append(Problem(severity, "excel_error",
                                   f"此格显示Excel错误值 {shown}（{meaning}），读不到{what}"
                                   + ("" if column.required else READ_AS_NOT_GIVEN),
                                   f"请改正此格的公式（或直接填写{what}）后重新报送" if column.required
                                   else f"如此格应当有{what}，请改正公式（或直接填写{what}）后重新报送",
                                   file=file, sheet=table.sheet, row=own, col=c, column=column.header,
                                   value=shown))
                if column.required and row.excel_row in at:
                    norm.unread.add((at[row.excel_row], name))  # not a second time "必填项为空"
    return out


def quarantine_folder(cfg: Config) -> Path:
    """Where a file beizeng failed on is kept (see INTERNAL_ERROR): beside rejected/, for the administrator."""
    return cfg.inbox / QUARANTINE


def fault_problem(file: str, stage: str, exc: BaseException) -> Problem:
    """The 内部错误 a file gets when beizeng fails on it: what it was doing, and the exception in one line."""
    text = " ".join(str(exc).split())
    what = f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__
    return Problem("error", INTERNAL_ERROR, f"内部错误：{stage}时程序出错（{what}）。这不是填报的问题，文件已隔离，等待管理员处理",
                   "请管理员排除故障后，把文件从收件箱的 quarantine 文件夹移回收件箱重新处理；文件本身不必修改", file=file)


def mark_fault(p: Prepared, stage: str, exc: BaseException) -> None:
    """Take ``p`` out of the load: it will be recorded as rejected and kept in quarantine with the reason."""
    problem = fault_problem(p.name, stage, exc)
    p.fault = f"{stage}: {type(exc).__name__}"
    p.problems.append(problem)


def _stand_in_hash(path: Path) -> str:
    """A key for a file that must not be read (too big, a link, gone): from its name, size and time, not its bytes."""
    try:
        st = path.lstat()
        key = f"unread:{path.name}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        key = f"unread:{path.name}"
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()


def too_old(period: str, history_years: int, today: dt.date | None = None) -> bool:
    """Whether a period lies beyond the county's history window ([rules] history_years before this month).

    A yearly period counts as its December.  Loading history is done on purpose (``--allow-old``);
    a 2016 return arriving unnoticed among this month's is more likely a wrong file.
    """
    today = today or dt.date.today()
    year, month = year_of(period), month_of(period) or 12
    return (today.year * 12 + today.month) - (year * 12 + month) > history_years * 12


def prepare(path: Path, cfg: Config, allow_old: bool = False) -> Prepared:
    """Read, identify and normalise one file; never an exception.

    A fault in the return becomes problems.  A fault of beizeng's own (a bug some odd content
    reaches) becomes an ``internal_error`` naming the step and the exception, and the file is
    quarantined by the load: one bad file never stops the batch.
    """
    stage = ["读取文件"]
    folder = _folder_in_inbox(path, cfg)
    try:
        prep = _prepare(path, cfg, allow_old, stage, folder)
        for one in (prep, *prep.more):
            if one.identity is not None and one.identity.match.sheet.turned_at is not None:
                said = {id(x) for x in one.identity.notes}  # identify moved its own to the file's cells
                on_the_file([x for x in one.problems if id(x) not in said], one.identity.match.sheet)
            if one.identity is not None:  # a return over a sheet per township: each problem on its own sheet
                place(one.problems, one.identity.match.sheet)
            one.problems[:] = said_once(one.problems)  # one cell read into two fields: said once, on the file's cell
            if one.name != path.name:  # a name that is not UTF-8: every problem names the file as text
                for x in one.problems:
                    x.file = one.name if x.file == path.name else x.file
        return prep
    except Exception as exc:  # noqa: BLE001 - one file, one fault: the batch goes on
        try:
            mtime = dt.datetime.fromtimestamp(path.lstat().st_mtime).replace(microsecond=0)
        except OSError:
            mtime = dt.datetime.now().replace(microsecond=0)
        prep = Prepared(path, _stand_in_hash(path), mtime, folder=folder)
        mark_fault(prep, stage[0], exc)
        return prep


def _folder_in_inbox(path: Path, cfg: Config) -> str:
    """The folder inside the inbox ``path`` lies in ("东镇"), "" at its top level or outside it (a file named on
    the command line)."""
    try:
        parts = path.parent.relative_to(cfg.inbox).parts
    except ValueError:
        return ""
    return "/".join(safe_io.readable_name(x) for x in parts)


def _prepare(path: Path, cfg: Config, allow_old: bool, stage: list[str], folder: str = "") -> Prepared:
    unsafe = precheck(path, path.name)  # before the hash: a 40 GB sparse file is refused by its size alone
    stat = path.lstat()
    mtime = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    if unsafe:
        return Prepared(path, _stand_in_hash(path), mtime, problems=unsafe, folder=folder)
    prep = Prepared(path, file_hash(path), mtime, folder=folder)
    if (suffix := safe_io.suffix_of(path.name)) not in SUPPORTED_SUFFIXES:
        prep.problems.append(unsupported_type(path.name, suffix))
        return prep
    try:
        stage[0] = "读取表格"
        prep.sheets = open_workbook(path)
        crash_point("read")
        stage[0] = "识别报表"
        written = read_meta_sheet(prep.sheets).get("period")
        if written and not safe_io.is_period(written):  # refused before anything else uses it
            prep.problems.append(_bad_period(prep.name, written, None))
            return prep
        parts = returns_in(prep.sheets, cfg, path.name)
        if len(parts) > 1:  # several returns in one workbook: one submission each, with its own problems
            names = "、".join(f"「{part_name(part)}」" for part in parts)
            for i, part in enumerate(parts):
                sheet, label = readable_sheets(part)[0].name, part_name(part)  # a sheet of two returns: and its form
                one = Prepared(path, f"{prep.file_hash}#{label}", mtime, sheets=prep.sheets, part=label, folder=folder)
                one.problems.append(Problem("info", "several_returns", f"工作簿中有{len(parts)}张报表（{names}），"
                                                                       f"各作一次报送处理：这是「{label}」",
                                            file=path.name, sheet=sheet))
                _identify_and_read(one, part, cfg, allow_old, stage)
                if i == 0:
                    first = one
                else:
                    first.more.append(one)
            shown = {one.identity.form.code for one in (first, *first.more) if one.identity is not None}
            first.problems.extend(hidden_returns(prep.sheets, shown, path.name) if shown else [])
            read = {n for one in (first, *first.more) if one.identity is not None
                    for n in sheets_read(one.identity.match.sheet)}
            first.problems.extend(unread_sheets(prep.sheets, read, path.name) if read else [])
            return first
    except ReturnError as err:
        prep.problems.extend(err.problems)
        return prep
    _identify_and_read(prep, prep.sheets, cfg, allow_old, stage)
    if prep.identity is not None:
        prep.problems.extend(hidden_returns(prep.sheets, {prep.identity.form.code}, path.name))
        prep.problems.extend(unread_sheets(prep.sheets, sheets_read(prep.identity.match.sheet), path.name))
    return prep


def _identify_and_read(prep: Prepared, sheets: list[Sheet], cfg: Config, allow_old: bool, stage: list[str]) -> None:
    """Identify one return among ``sheets`` and read, normalise and check its rows into ``prep``."""
    path = prep.path
    try:
        stage[0] = "识别报表"
        prep.identity = identify(sheets, path.name, cfg, received=prep.mtime.date())
    except ReturnError as err:
        prep.problems.extend(err.problems)
        return
    if not _period_usable(prep, cfg, allow_old):
        return
    stage[0] = "读取数据行"
    prep.problems.extend(prep.identity.notes)
    table = prep.identity.table or extract_table(prep.identity.match)
    prep.table = table
    if isinstance(table.match.sheet, Stacked) and table.match.sheet.unit_clash:
        prep.problems.append(Problem(
            "error", "units_differ", f"各工作表的单位不同：{'；'.join(table.match.sheet.unit_clash)}，不是这一栏能换算的单位，"
            "不能合在一起读", "改正这些工作表的“单位：”行或表头括号里的单位（各工作表最好用同一种单位）",
            file=path.name, sheet=table.sheet))
        return
    # a column a question names (two columns equally likely, an answer the return contradicts) is asked about, not
    # "not of this form": its note would contradict the question beside it
    asked = {c for cs in table.match.ties.values() for c in cs} | {
        p.col for p in layouts.questions(prep.problems) if p.col is not None} | {
        p.col for p in prep.problems if p.code == "quarter_column" and p.col is not None}  # said as a quarter's
    for c, text in _unread(table.match):
        if c not in asked:
            own = own_months(text)  # 二季度完成投资 beside 1-6月累计: a quarter's own, neither the month nor 1-N月
            why = (f"写的是{own[0]}的数，不是本月的数，也不是1-N月累计，未读取" if own is not None
                    else "此列不属于本报表，未读取")
            prep.problems.append(Problem("info", "extra_column", why, file=path.name,
                                         sheet=table.sheet, row=table.match.header_row + 1, col=c, column=text))
    prep.problems.extend(_unheaded_notes(table, path.name, asked))
    for c, text, by in table.match.superseded:
        prep.problems.append(Problem("info", "superseded_column", f"是调整前的数，已按调整后的「{by}」读取，此列未读取",
                                     "如果本列才是要报送的数，请删去「" + by + "」列后重新报送", file=path.name,
                                     sheet=table.sheet, row=table.match.header_row + 1, col=c, column=text))
    for row, name in table.unrevised:
        c = table.match.columns[name]
        by, before = table.match.headers.get(name, ""), table.match.revises[c]
        earlier = next((t for c0, t, _ in table.match.superseded if c0 == before), "")
        prep.problems.append(Problem("info", "not_revised", f"「{by}」空着，按未调整读取「{earlier}」的数",
                                     f"如果这一项也调整了，请填上「{by}」后重新报送", file=path.name, sheet=table.sheet,
                                     row=row, col=c, column=by))
    prep.problems.extend(shown_notes(table, path.name))
    prep.problems.extend(continued.notes(table, path.name))  # rows read as part of the record above, or asked
    set_aside_amounts_of_rate_targets(table)  # 工业固定资产投资 | 亿元 | 90: no such target kept, said on its row
    said = None
    if nil.is_nil(table.match.form, len(table.rows)):  # the line saying there is nothing, said once as such
        said = nil.first_statement([(r, list(table.match.sheet.rows[r - 1])) for r in sorted(table.unread)
                                    if 0 < r <= len(table.match.sheet.rows)])
    prep.problems.extend(set_aside_notes(table, path.name, but=said.row if said is not None else None))
    said_totals: set[tuple[int, int]] = set()
    for total in table.total_rows:
        at = table.match.sheet.real(total.excel_row - 1, 0)  # one 合计 row read once per kind (spread): said once
        if at in said_totals:
            continue
        said_totals.add(at)
        section = section_of(table, total)
        rows = f"{section_words(section)}各行" if section is not None else "各行"
        prep.problems.append(Problem("info", "total_row", f"第{total.excel_row}行是合计行，不入库，只与{rows}之和核对",
                                     file=path.name, sheet=table.sheet, row=total.excel_row))
    months = month_sections(table) if table.match.form.event_date is None else []
    if months:  # a return's months one under another (5月 … 5月合计, 6月 … 6月合计): which month is asked
        form = table.match.form
        named = "、".join(f"第{r}行「{m}合计」" for r, m in months)
        prep.problems.append(Problem(
            "error", "month_sections", f"本工作表分段填了{len(months)}个月（{named}）：《{form.title}》每期报送截至当期的"
            "全部行，几个月的段落相加会重复计算，无法确定报送的是哪个月",
            f"只保留本期（{months[-1][1]}）的一段，把其他月份的段落删去（或移到另一个文件）后重新报送",
            file=path.name, sheet=table.sheet, row=months[-1][0]))
        return
    if nil.is_nil(table.match.form, len(table.rows)):  # a ledger's nil return (beizeng.intake.nil)
        prep.problems.append(nil.taken(table.match.form, said, path.name, table.sheet, table.match.data_start + 1,
                                       no_table=not table.match.columns))
    elif not table.rows:
        prep.problems.append(Problem("error", "no_rows", "表头下面没有数据行", "填写数据后再报送",
                                     file=path.name, sheet=table.sheet, row=table.match.data_start + 1))
        return
    stage[0] = "整理数据"
    norm = normalise(table, cfg, path.name, prep.identity.period)
    norm.frame = fill_columns(norm.form, norm.frame, table.columns_read, prep.identity.implied)
    norm.problems.extend(_formula_problems(table, norm, path.name))
    prep.normalised = norm
    prep.problems.extend(norm.problems)
    stage[0] = "核对合计与同比"
    prep.problems.extend(check_totals(table, norm, path.name, cfg.rules.total_tolerance))
    prep.problems.extend(check_sections(table, norm, path.name))
    prep.problems.extend(check_yoy(table, norm, path.name, cfg.rules.yoy_warn_pct))
    prep.problems.extend(check_same_order(table, norm, path.name))
    prep.problems.extend(check_counties_listed(table, norm, cfg.city_counties, path.name))
    prep.problems.extend(check_kind_of_sender(table, norm, prep.identity.sender,
                                              [s for s in cfg.senders if may_send(s, norm.form)], path.name))
    prep.problems.extend(check_cumulative_in_row(table, norm, path.name, prep.identity.period))
    prep.problems.extend(check_row_relations(table, norm, path.name, prep.identity.period))
    prep.problems.extend(check_dated_in_sheet(table, norm, path.name, prep.identity.period))
    prep.problems.extend(check_period_year(table, norm, path.name, prep.identity.period))
    prep.problems.extend(check_restated(table, norm, path.name))


def _bad_period(file: str, period: str, sheet: str | None) -> Problem:
    shown = "".join(ch for ch in str(period) if ch.isprintable())[:40]
    return Problem("error", "bad_period", f"报表中写的期间“{shown}”不是有效的年月（应为 YYYY-MM 或 YYYY，如 2026-06）",
                   "请使用本期下发的模板，不要修改隐藏的识别信息；或在标题中写明“2026年1-6月”这样的期间",
                   file=file, sheet=sheet)


def _period_usable(prep: Prepared, cfg: Config, allow_old: bool) -> bool:
    """The identified period may name a folder and lies within the history window; else a problem says why.

    The period comes from the return (its hidden sheet or its title): ``2026-10/../..`` once made
    beizeng write outside the county's folders, so only ``YYYY-MM`` or ``YYYY`` goes on.
    """
    assert prep.identity is not None
    period = prep.identity.period
    sheet = prep.identity.match.sheet.name
    if not safe_io.is_period(period):
        prep.problems.append(_bad_period(prep.name, period, sheet))
        prep.identity = None
        return False
    if not allow_old and too_old(period, cfg.rules.history_years):
        prep.problems.append(Problem("error", "period_too_old",
                                     f"报表期间是{period_words(period)}，早于本县只接收的近 {cfg.rules.history_years} 年",
                                     "如果是发错了文件，请报送本期的报表；如果确需补录历史数据，请管理员把文件移回收件箱，"
                                     "用 beizeng ingest --allow-old（或 beizeng run --allow-old）处理"
                                     "（接收的年数是 beizeng.toml 的 [rules] history_years）",
                                     file=prep.name, sheet=sheet))
    return True


def validate_prepared(items: list[Prepared]) -> None:
    """One pandera call per form over every file of the batch; problems go back to their files.

    A workbook holding several returns is laid out here, in place, as one item per return (each right
    after the first), so that loading, filing and the outcomes see each as a submission of its own."""
    items[:] = [one for p in items for one in (p, *p.more)]
    for p in items:
        p.more = []
    by_form: dict[str, list[tuple[Prepared, Normalised, Table]]] = defaultdict(list)
    for p in items:
        if p.identity is not None and p.normalised is not None and p.table is not None:
            by_form[p.identity.form.code].append((p, p.normalised, p.table))
    for group in by_form.values():
        try:
            _validate_group(group)
        except Exception:  # noqa: BLE001 - one file, one fault: find it by validating each file alone
            for one in group:
                try:
                    _validate_group([one])
                except Exception as exc:  # noqa: BLE001
                    mark_fault(one[0], "校验数据", exc)


def _validate_group(group: list[tuple[Prepared, Normalised, Table]]) -> None:
    form = group[0][1].form
    located = [(n, Located(p.name, t.sheet, n.excel_rows, t.match.columns, [r.cells for r in t.rows]))
               for p, n, t in group]
    results = validate_batch(form, located)  # all or nothing: no file gets half of its problems
    for (p, n, t), problems in zip(group, results, strict=True):
        # a column the return does not have was reported once (headers.column_facts), not on every row
        gone_columns = absent(form, t.columns_read, p.identity.implied if p.identity else {})
        gone = {c.header for c in gone_columns}
        found = [x for x in problems if not (x.col is None and x.column in gone)]
        found += needed_absent(form, gone_columns, n.frame, n.excel_rows, _unread(t.match),
                               header_row=t.match.header_row + 1, file=p.name, sheet=t.sheet)
        on_the_file(found, t.match.sheet)
        place(found, t.match.sheet)
        p.problems.extend(said_once(found))


def _unread(match: HeaderMatch) -> list[tuple[int, str]]:
    """The sheet columns with a header the form does not know, but 序号 columns and the pre-filled templates'
    read-only reference columns (not news to the sender)."""
    return [(c, text) for c, text in match.extra
            if header_key(text) not in IGNORED_EXTRA and not header_key(text).endswith("(参考)")]


def _unheaded(table: Table) -> list[tuple[int, list[int]]]:
    """The sheet columns right of the table's last header cell that hold figures on the table's own rows (its
    records and 合计 rows, not notes below it), with the Excel rows of those figures: a scratch sum beside the
    table, or a column's figures pasted one column too far.  Not a column of words (a remarks column without its
    header), not a 序号 (1, 2, 3 …), not one figure alone, not a column the clerk hid; only on a sheet read as laid
    out (a view's columns are other cells) with no other table beside it."""
    match, sheet = table.match, table.match.sheet
    if (sheet.turned_at is not None or sheet.cell_map is not None or sheet.parts or sheet.reading
            or isinstance(sheet, Stacked) or match.other_tables or not table.rows):
        return []
    tops = range(match.header_row, match.data_start)
    headed = [c for r in tops for c in range(sheet.width) if sheet.shown_text(r, c)]
    if not headed:
        return []
    data = [r.excel_row for r in table.rows]
    rows = sorted({*data, *(r.excel_row for r in table.total_rows)})
    out: list[tuple[int, list[int]]] = []
    for c in range(max(headed) + 1, sheet.width):
        if c in sheet.hidden_columns:
            continue
        filled = [r for r in rows if clean_text(sheet.cell(r - 1, c))]
        figures = [r for r in filled if is_number(sheet.cell(r - 1, c))]
        on_records = [r for r in figures if r in data]
        if len(on_records) < 2 or len(figures) < UNHEADED_SHARE * len(filled):
            continue
        if [clean_text(sheet.cell(r - 1, c)) for r in on_records] == [str(i) for i in range(1, len(on_records) + 1)]:
            continue  # a 序号 written beside the table
        out.append((c, figures))
    return out


#: The share of an unheaded column's filled cells (on the table's rows) that must be figures for it to be said as a
#: column of figures: a column of words beside the table is a remark, not a figure gone astray.
UNHEADED_SHARE = 2 / 3


def _unheaded_notes(table: Table, file_name: str, asked: set[int]) -> list[Problem]:
    """A column of figures with no header beside the table (``_unheaded``), said as a column not read; a warning
    when the table's last column, right beside it, is read empty on every record: the figures were pasted one
    column too far (营业收入 blank, its figures under no header), and would be lost without a word."""
    match, sheet = table.match, table.match.sheet
    read = {c: name for name, c in match.columns.items()}
    data = [r.excel_row for r in table.rows]
    out: list[Problem] = []
    for c, rows in _unheaded(table):
        if c in asked:
            continue
        span = column_span(c, rows)
        left = read.get(c - 1)
        # the table's last column a column of figures (not 备注 or 所属乡镇) read empty on every record
        if (left is not None and match.form.column(left).kind in FIGURE_KINDS
                and not any(is_number(sheet.cell(r - 1, c - 1)) for r in data)):
            written = without_unit(match.headers.get(left) or match.form.column(left).header)
            out.append(Problem(
                "warning", "pasted_beside_column",
                f"{col_letter(c)}列没有表头却有数字（{span}），而左边的{written}（{col_letter(c - 1)}列）整列为空："
                "像是粘贴错了一列，未读取", f"请核实：如果这些数是{written}，请把它们移到{col_letter(c - 1)}列后重新报送；"
                f"如果{written}确实没有数，请删去{col_letter(c)}列或给它加上表头", file=file_name, sheet=table.sheet,
                row=match.header_row + 1, col=c))
            continue
        out.append(Problem("info", "extra_column", f"{col_letter(c)}列没有表头，有数字（{span}），未读取",
                           f"如是要报送的数，请在{col_letter(c)}{match.header_row + 1}加上表头后重新报送；如只是草稿，"
                           "可删去这一列", file=file_name, sheet=table.sheet, row=match.header_row + 1, col=c))
    return out


def archive_path(cfg: Config, prep: Prepared) -> Path:
    """``archive/<period>/<hash8>_<name>``: the period checked (YYYY-MM or YYYY), the name cleaned and shortened."""
    assert prep.identity is not None
    folder = safe_io.period_folder(cfg.archive, prep.identity.period)
    return folder / safe_io.clean_name(f"{prep.file_hash[:8]}_{_kept_name(prep)}")


def _kept_name(prep: Prepared) -> str:
    """The file's name, with the sheet of its return when the workbook holds several (each kept on its own)."""
    if prep.part is None:
        return prep.name
    stem, dot, suffix = prep.name.rpartition(".")
    return f"{stem}（{prep.part}）.{suffix}" if dot else f"{prep.name}（{prep.part}）"


def refused_path(cfg: Config, prep: Prepared) -> Path:
    """Where a file not loaded is kept: ``inbox/rejected/``, or ``inbox/quarantine/`` when beizeng failed on it."""
    return (quarantine_folder(cfg) if prep.fault else cfg.rejected) / safe_io.clean_name(_kept_name(prep))


def error_list_path(stored: Path) -> Path:
    return stored.with_name(stored.name + ".errors.txt")


def _unique(path: Path) -> Path:
    """``path``, or a time-stamped name beside it, where neither the file nor its feedback nor its error
    list would land on anything already there: a feedback left after its file was deleted must not
    pass for the feedback of a new file of that name, and no file is ever put beside a link."""
    return safe_io.fresh(path, lambda q: safe_io.exists(feedback_path(q)) or safe_io.exists(error_list_path(q)))


def county_root(cfg: Config, path: Path) -> Path:
    """The county folder ``path`` is under (inbox or warehouse): the bound every write to it is checked against."""
    for root in (cfg.inbox, cfg.warehouse):
        if path == root or root in path.parents:
            return root
    raise safe_io.UnsafePath(f"拒绝写入 {path}：不在本县的收件箱 {cfg.inbox} 或数据仓库 {cfg.warehouse} 之内")


def _version_frame(con: duckdb.DuckDBPyConnection, cfg: Config, prev: Previous, ident: Identity,
                   batch: dict[int, Prepared]) -> tuple[pl.DataFrame, list[int]] | None:
    """The previous version's typed rows: from this batch, from the warehouse if accepted, else from its file."""
    form = ident.form
    earlier = batch.get(prev.submission_id)
    if earlier is None and prev.status == ACCEPTED:
        cols = [c.name for c in form.columns]
        rows = con.execute(f"select excel_row, {', '.join(cols)} from {form.table} where submission_id = ? "
                           "order by excel_row", [prev.submission_id]).fetchall()
        frame = pl.DataFrame([r[1:] for r in rows], schema=form.polars_schema, orient="row")
        return frame, [int(r[0]) for r in rows]
    if earlier is None and prev.stored_path and Path(prev.stored_path).exists():
        kept = prepare(Path(prev.stored_path), cfg)  # rejected in an earlier run: read its kept file again
        earlier = next((one for one in (kept, *kept.more) if one.identity is not None
                        and one.identity.form.code == form.code), kept)  # the same return of a workbook of several
    if earlier is None or earlier.normalised is None:
        return None
    return earlier.normalised.frame, earlier.normalised.excel_rows


def _changes(con: duckdb.DuckDBPyConnection, cfg: Config, p: Prepared, prev: Previous,
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
                   version if status == ACCEPTED else None, "上次运行已记录此文件但未归档：本次只补完归档，没有重复记录",
                   problems=p.problems, attempt=attempt, state=State.UNFILED)


def load(con: duckdb.DuckDBPyConnection, items: list[Prepared], cfg: Config) -> list[Outcome]:
    """Record every file and load the accepted ones, all in one transaction (see :func:`_load`).

    One file, one fault: when the insert fails (the database refuses some value the checks let
    through), each accepted file's rows are tried alone in a transaction that is rolled back, the
    files the database refuses are quarantined with the reason, and the batch is loaded again
    without them.  The problems of the first attempt are forgotten, so nothing is said twice.
    """
    before = [list(p.problems) for p in items]
    faults = [p.fault for p in items]
    try:
        return _load(con, items, cfg, {})
    except Exception as exc:  # a database refusal, or a frame that cannot be built: find the file, else stop
        if machine_fault(exc):
            raise
        faulty = _refused_inserts(con, items)
        if not faulty:
            raise
    for p, problems, fault in zip(items, before, faults, strict=True):
        p.problems[:] = problems
        p.fault = fault
    return _load(con, items, cfg, faulty)


def _refused_inserts(con: duckdb.DuckDBPyConnection, items: list[Prepared]) -> dict[str, BaseException]:
    """The files whose rows the database refuses, each tried alone and rolled back: file name → error."""
    out: dict[str, BaseException] = {}
    for p in items:
        if not p.ok or p.identity is None:
            continue
        try:
            with transaction(con):
                insert_rows(con, p.identity.form, with_lineage([(0, p)]))
                raise _Probe
        except _Probe:
            pass
        except Exception as exc:  # noqa: BLE001 - this file's rows are what fails
            if machine_fault(exc):
                raise
            out[p.name] = exc
    tried = sum(1 for p in items if p.ok and p.identity is not None)
    if tried > 1 and len(out) == tried:
        return {}  # every file fails alone too: the fault is not in the files
    return out


#: Faults of the machine, never pinned on a file: the run stops, and says which folder and what to do.
_MACHINE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.ENOMEM}


def machine_fault(exc: BaseException) -> bool:
    """A full disk, a read-only folder, an I/O error, no memory: nothing to do with the file being handled."""
    if isinstance(exc, MemoryError | duckdb.IOException | duckdb.OutOfMemoryException):
        return True
    return isinstance(exc, OSError) and not isinstance(exc, safe_io.UnsafePath) and exc.errno in _MACHINE_ERRNOS


class _Probe(Exception):
    """Ends a trial insert: the rows went in, the transaction is rolled back."""


def decide(con: duckdb.DuckDBPyConnection, cfg: Config, p: Prepared, ledger: Ledger, batch: dict[int, Prepared],
           faulty: dict[str, BaseException]) -> Checked:
    """The deciding half of the check: a file read and validated (``prepare``, ``validate_prepared``) against
    what the warehouse and the files decided before it in this batch hold, ending in its :class:`State`.

    The rules, in order: a file a stopped run recorded but never filed is only filed (UNFILED); the bytes of
    an accepted file are a DUPLICATE; otherwise the cross-period checks and the comparison with the previous
    version run before the decision (they need the warehouse, and a fault in them still keeps the file out),
    and the file is ACCEPTED (first version), REPLACED (a later one), QUARANTINED (beizeng failed on it) or
    REJECTED.  Reads the ledger, never writes it: the loop in :func:`_load` counts the file once it is recorded.
    """
    ident = p.identity
    checkable = ident is not None and p.normalised is not None and p.table is not None
    unfiled = ledger.unfiled(p.file_hash, p.name)
    if unfiled is not None:  # recorded by a run stopped after its commit: file it, record nothing
        if checkable:
            assert ident is not None and p.normalised is not None and p.table is not None
            p.problems.extend(check_history(ledger.history, p.table, p.normalised, ident.sender.name,
                                            ident.period, p.name, cfg.rules.total_tolerance,
                                            refused=any(x.severity == "error" for x in p.problems), year=ledger.year))
            p.problems.extend(check_last_year(ledger.last_year, p.table, p.normalised, ident.sender.name,
                                              ident.period, p.name, cfg.rules.crosscheck_pct))
        return Checked(p, State.UNFILED, recorded=unfiled)
    known = ledger.known(p.file_hash)
    if known is not None:
        back = _sent_back(con, p, known, ledger)
        if back is None:
            return Checked(p, State.DUPLICATE, same_as=known)
        p.problems.append(back)
    elsewhere: list[tuple[int, str]] = []
    other_year = False
    if checkable:  # a year only inferred that the figures contradict: nothing is compared with the wrong year
        assert ident is not None and p.normalised is not None and p.table is not None
        try:
            said = inferred_year.check(ledger.other_years, ident, p.table, p.normalised, p.name, p.mtime.date())
            other_year = any(x.code == inferred_year.CONFLICT for x in said)
            if other_year:  # the error says how the year was inferred: the note is not said twice
                p.problems[:] = [x for x in p.problems if x.code != inferred_year.INFERRED]
            p.problems.extend(said)
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            mark_fault(p, "核对推定的年份", exc)
    if checkable and not other_year:
        assert ident is not None and p.normalised is not None and p.table is not None
        try:
            p.problems.extend(check_history(ledger.history, p.table, p.normalised, ident.sender.name,
                                            ident.period, p.name, cfg.rules.total_tolerance,
                                            refused=any(x.severity == "error" for x in p.problems), year=ledger.year))
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            mark_fault(p, "与以前各期核对", exc)
        try:
            p.problems.extend(check_last_year(ledger.last_year, p.table, p.normalised, ident.sender.name,
                                              ident.period, p.name, cfg.rules.crosscheck_pct))
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            mark_fault(p, "与上年同期报表核对", exc)
        try:
            shared, elsewhere = check_other_senders(ledger.shared, p.table, p.normalised, ident.sender.name,
                                                    ident.period, p.name)
            p.problems.extend(shared)
            p.problems.extend(check_withdrawn_shared(ledger.shared, ledger.history, p.normalised, ident.sender.name,
                                                     ident.period, p.name, p.table.sheet))
            p.problems.extend(check_reported_before(ledger.year, p.normalised, ident.sender.name, ident.period,
                                                    p.name, p.table.sheet))
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            mark_fault(p, "与其他单位的报表核对", exc)
    prev = ledger.previous(ident) if ident is not None else None
    changes = None
    if prev is not None:  # compared before the decision, so a fault here still keeps the file out
        try:
            changes = _changes(con, cfg, p, prev, batch)
            # rows dropped are counted against the version that counts: after a refused file, not against that one
            # (a 2-firm correction refused, then sent again under another name, would else replace all 20 silently)
            counting = prev if prev.status == ACCEPTED else ledger.counting_version(ident) if ident else None
            against = changes if counting is prev else _changes(con, cfg, p, counting, batch) if counting else None
            if against is not None and p.table is not None:
                gone = removed_rows(against, p.table.said_lines(), p.name, p.table.sheet,
                                    ident.form.nil.unit if ident is not None and ident.form.nil else "行")
                if any(x.severity == "error" for x in p.problems):  # refused anyway: it removes nothing, so no
                    gone = [x for x in gone if x.severity == "error"]  # “这些行不再计入” (a duplicate row is no row gone)
                p.problems.extend(gone)
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            mark_fault(p, "与上一版比较", exc)
    if ident is not None and p.table is not None and not p.table.rows:  # a nil return after a month with rows: asked
        nil.against_earlier(p.problems, ledger.earlier, ident.form, ident.sender.name, ident.period)
    if ident is not None and not any(x.severity == "error" for x in p.problems):  # a merged township's whole and parts
        p.problems.extend(merged.told(ident, ledger.units.get(unit_key(ident), []), cfg, p.name))
    if p.identity is not None and p.name in faulty:
        mark_fault(p, "写入数据仓库", faulty[p.name])
    current = ledger.current_version(ident) if ident is not None else None
    if p.ok and current is not None:  # what the files say of their order against the version that counts now
        p.problems.extend(versions.judge(_claim(p), p.name, p.mtime, current,
                                         differs=changes is None or not changes.identical))
    if p.table is not None:  # a return over a sheet per township: the history's problems on their own sheets
        place(p.problems, p.table.match.sheet)
    if p.ok:
        assert ident is not None
        if elsewhere:  # the records another sender's return holds with the same figures: counted there, once
            _leave_out(p, elsewhere)
        version = ledger.next_version(ident)
        return Checked(p, State.REPLACED if version > 1 else State.ACCEPTED, prev, changes, version)
    return Checked(p, State.QUARANTINED if p.fault else State.REJECTED, prev, changes)


def _leave_out(p: Prepared, positions: list[tuple[int, str]]) -> None:
    """The rows at ``positions`` of an accepted return set aside as another sender's (said on their rows by the
    check that chose them): out of its frame, Excel rows and table rows, kept in step, so that nothing this run
    does with the return (its row count, the checks of the files after it) counts them — and into ``p.aside``, a
    copy of the return holding only them with the sender each is set aside for, stored beside its rows
    (``with_lineage``) so that the current-rows view counts one the day the other sender's copy is gone."""
    assert p.normalised is not None and p.table is not None
    owner = dict(positions)
    kept = [i for i in range(p.normalised.frame.height) if i not in owner]
    gone = sorted(owner)
    norm, table = copy.copy(p.normalised), copy.copy(p.table)
    norm.frame = p.normalised.frame[gone]
    norm.excel_rows = [p.normalised.excel_rows[i] for i in gone]
    table.rows = [p.table.rows[i] for i in gone]
    p.aside = dataclasses.replace(p, normalised=norm, table=table, problems=[], more=[], aside=None,
                                  counted_as=[owner[i] for i in gone])
    p.normalised.frame = p.normalised.frame[kept]
    p.normalised.excel_rows = [p.normalised.excel_rows[i] for i in kept]
    p.table.rows[:] = [p.table.rows[i] for i in kept]


def _load(con: duckdb.DuckDBPyConnection, items: list[Prepared], cfg: Config,
          faulty: dict[str, BaseException]) -> list[Outcome]:
    """Check, record and insert a batch in one transaction; ``faulty`` files are quarantined.

    Files are taken in period order, so that a batch holding May and June of the same sender checks
    June's cumulative figures against May's, and a sender's files of one form + period in the order their
    words give them (:func:`_order`), so the latest is decided last and counts.  The warehouse is asked what it knows about the whole batch
    up front (the ledger) and written at the end (one insert per table), so a file costs no database
    round trip.  Every file the check leaves to record gets its submission row and problems; only an
    accepted one adds rows; both go in at the end, or nothing does.
    """
    outcomes: dict[int, Outcome] = {}
    batch: dict[int, Prepared] = {}
    written = Written()
    for p in items:  # what each file says of its place among its versions, kept with its record
        p.problems.extend(versions.note(_claim(p), p.name) if p.identity is not None else [])
    order = _order(items)
    with transaction(con):
        ledger = Ledger(con, items)
        ids = iter(reserve_submission_ids(con, len(items)))
        for i in order:
            p = items[i]
            checked = decide(con, cfg, p, ledger, batch, faulty)
            named_as_sent(p.problems)
            if p.normalised is not None:
                quote_as_shown(p.problems, p.normalised.as_shown)
            if checked.state is State.UNFILED:
                assert checked.recorded is not None
                ledger.claimed.add(int(checked.recorded[0]))
                outcomes[i] = _finish_filing(con, p, checked.recorded)
                continue
            if checked.state is State.DUPLICATE:
                outcomes[i] = _duplicate_outcome(checked)
                continue
            stored = _unique(archive_path(cfg, p) if checked.state.loads else refused_path(cfg, p))
            sid = next(ids)
            received = now()
            written.record(checked, sid, stored, received, cfg)
            batch[sid] = p
            ledger.take(checked, sid, received, stored)  # its file is moved by this run's file_away
            outcomes[i] = _recorded_outcome(checked, sid, stored)
            if (row := written.submissions[-1])["identified_by"] == "guess":
                outcomes[i].likely = (row["form"], row["sender"], row["period"])
        _insert(con, written)
    return [outcomes[i] for i in range(len(items))]


def _sent_back(con: duckdb.DuckDBPyConnection, p: Prepared, known: tuple[int, str, str], ledger: Ledger
               ) -> Problem | None:
    """A 报送平台 upload with the very bytes of an accepted version that a later one has since replaced (a township
    told its correction was wrong sends its first file back): the upload made last is the later version, as any
    upload after a version of an earlier run is (``versions.judge``) — so it is checked and stored as a new version
    that counts, said in this note.  None (a duplicate, nothing changes) for a file dropped in the shared folder,
    for bytes of the version that counts now, when the version that counts came in this same batch, or when the
    upload also holds the bytes of the version that counts (the same files sent again — a browser re-sending its
    form — say nothing new: the older of them does not come back)."""
    ident = p.identity
    if ident is None or not safe_io.uploaded(p.name) or known[2] != ident.period or ledger.is_current(p.file_hash, ident):
        return None
    if ledger.sent_with_current(ident):
        return None
    current = ledger.current_version(ident)
    if current is None or not current.earlier_run:
        return None
    sid, first = known[0], safe_io.as_sent(known[1])
    version = version_of(con, sid)
    which = f"第{version}版" if version else f"编号 {sid} 的文件"
    return Problem("info", versions.SENT_BACK,
                   f"与{which}「{first}」（编号 {sid}）内容完全相同：按你这次上传的改回{which}的数据，"
                   f"替换现行的「{safe_io.as_sent(current.file)}」",
                   f"如果应以「{safe_io.as_sent(current.file)}」为准，请重新上传它", file=p.name)


def named_as_sent(problems: list[Problem]) -> None:
    """Every file a file's problems name (its own, the version it replaces, another sender's) as its sender named
    it: a 报送平台 upload without its inbox prefix (safe_io.as_sent), in the record, the page and the feedback."""
    for x in problems:
        x.message, x.fix, x.file = safe_io.as_sent(x.message), safe_io.as_sent(x.fix), safe_io.as_sent(x.file)


def _claim(p: Prepared) -> versions.Claim:
    """What a file says of its place among its versions: its name, the lines around its table."""
    return versions.claim_of(p.file_name, p.table.said_lines() if p.table is not None else [])


def _order(items: list[Prepared]) -> list[int]:
    """The order a batch is decided in: by period (June checked against May), and the files of one form + sender +
    period by what they say of their order, else as they came (beizeng.intake.versions): the latest is decided
    last and counts."""
    keys = [(p.identity.period, p.identity.form.code, p.identity.sender.name) if p.identity is not None else ("", "", "")
            for p in items]
    order = sorted(range(len(items)), key=lambda i: (keys[i][0], i))
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i in order:  # a file refused already can never count: it keeps its place (its attempt's number)
        if items[i].identity is not None and items[i].ok:
            groups[keys[i]].append(i)
    slot = {i: i for i in order}
    for members in groups.values():
        ranks = versions.rank_key([_claim(items[i]) for i in members])
        for place_at, (_, member) in zip(members, sorted(zip(ranks, members, strict=True)), strict=True):
            slot[place_at] = member
    return [slot[i] for i in order]


def _insert(con: duckdb.DuckDBPyConnection, written: Written) -> None:
    """The insert step: the batch's records, then each form's accepted rows, inside the caller's transaction.

    The records go first, so a failure (or a kill) anywhere in here rolls the record back with the rows:
    never a file recorded as accepted without its rows, nor rows without their file."""
    insert_submissions(con, written.submissions, written.problems, written.absent, written.read)
    for code, accepted_files in written.loads.items():
        insert_rows(con, written.forms[code], with_lineage(accepted_files))
        crash_point("load")


def _duplicate_outcome(checked: Checked) -> Outcome:
    assert checked.same_as is not None
    sid, first, period = checked.same_as
    return Outcome(checked.prep.name, checked.status, None, None, period or None, 0, 0, 0, None, submission_id=sid,
                   note=f"与已入库的文件“{safe_io.as_sent(first)}”（编号 {sid}）内容完全相同：未重复入库，数据没有任何变化",
                   state=checked.state)


def _recorded_outcome(checked: Checked, sid: int, stored: Path) -> Outcome:
    """What the run says about a file it recorded (its form, sender and period as identified, never guessed)."""
    p, ident = checked.prep, checked.prep.identity
    note = f"第{checked.version}版，替换第{checked.version - 1}版" if checked.state is State.REPLACED and checked.version else ""
    if checked.changes is not None:
        note = "；".join(x for x in (note, checked.changes.summary()) if x)
    return Outcome(p.name, checked.status, ident.form.code if ident else None, ident.sender.name if ident else None,
                   ident.period if ident else None, len(p.table.rows) if p.table else 0,
                   sum(1 for x in p.problems if x.severity == "error"),
                   sum(1 for x in p.problems if x.severity == "warning"), stored, sid, checked.version, note,
                   problems=p.problems, attempt=checked.attempt, changes=checked.changes, state=checked.state)


def _feedback_for(p: Prepared, o: Outcome) -> Feedback:
    ident = p.identity
    parts = []
    if o.attempt and o.attempt > 1:
        parts.append(f"这是本单位本期第{o.attempt}次报送")
    if o.status == ACCEPTED and o.version:
        parts.append(f"入库为第{o.version}版" + (f"，替换第{o.version - 1}版（今后以本版为准）" if o.version > 1 else ""))
    if o.changes is not None:
        parts.append(o.changes.summary() + ("（详见「与上一版比较」）" if not o.changes.identical else ""))
    return Feedback(o.file, o.status == ACCEPTED, o.problems, ident.form.title if ident else None, o.sender, o.period,
                    "；".join(parts), o.changes, p.table.sheet if p.table else None)


def needs_feedback(o: Outcome) -> bool:
    """Rejected, accepted with warnings, or accepted as a resubmission (the sender sees what changed)."""
    return o.status == REJECTED or (o.status == ACCEPTED and (o.warnings > 0 or bool(o.attempt and o.attempt > 1)))


def file_away(items: list[Prepared], outcomes: list[Outcome], cfg: Config) -> None:
    """Move each file out of the inbox after the commit (archive, rejected, quarantine or duplicates), its
    feedback written beside where it goes just before it moves.

    Feedback first, then the move: a run stopped in between leaves the file in the inbox with its
    feedback already in place, and the next run (which files it from the record) does not write it twice.
    One file, one fault: a failure filing one file puts it in quarantine and the others are filed.
    """
    crash_point("committed")
    pending = Counter(p.path for p in items)
    for p, o in zip(items, outcomes, strict=True):
        pending[p.path] -= 1
        if not safe_io.exists(p.path):
            continue
        try:
            _file_one(p, o, cfg, keep=pending[p.path] > 0)  # a workbook of several returns: copied, last moved
        except Exception as exc:  # noqa: BLE001 - one file, one fault
            if machine_fault(exc):
                raise  # committed; the file is still in the inbox, and the next run files it from its record
            _quarantine_filed(p, o, cfg, exc)
        crash_point("moved")


def _file_one(p: Prepared, o: Outcome, cfg: Config, keep: bool = False) -> None:
    if o.status == DUPLICATE:
        target = _unique(cfg.archive / "duplicates" / safe_io.clean_name(_kept_name(p)))
    else:
        assert o.stored_path is not None
        target = o.stored_path
        beside = (feedback_path(target), error_list_path(target))
        if safe_io.exists(target) or any(q.is_symlink() for q in beside):  # never a file beside a link
            target = _unique(target)
    root = county_root(cfg, target)
    safe_io.ensure_dir(target.parent, root)
    if needs_feedback(o):
        write_feedback_for(p, o, target, root)
    if keep:
        safe_io.write_bytes(target, p.path.read_bytes(), root)
    else:
        safe_io.move(p.path, target, root)
    if o.stored_path is not None:
        o.stored_path = target


def _quarantine_filed(p: Prepared, o: Outcome, cfg: Config, exc: BaseException) -> None:
    """A file whose filing failed after the commit: kept in quarantine with a 内部错误 list saying so.

    Its record stands (an accepted file's rows are loaded); if even quarantine fails, it stays in the
    inbox and the run summary says why, so the next run tries again.
    """
    problem = fault_problem(p.name, "归档文件或写反馈", exc)
    p.problems.append(problem)
    if o.problems is not p.problems:
        o.problems.append(problem)
    o.errors += 1
    try:
        root = cfg.inbox
        target = _unique(quarantine_folder(cfg) / safe_io.clean_name(p.name))
        write_error_list(target, o, None, root)
        safe_io.move(p.path, target, root)
    except Exception as again:  # noqa: BLE001 - the batch still goes on; the file waits in the inbox
        o.note = "；".join(x for x in (o.note, f"{problem.message}；移入隔离文件夹也失败（{type(again).__name__}: {again}），"
                                               "文件仍在收件箱") if x)
        return
    o.stored_path = target
    o.note = "；".join(x for x in (o.note, f"{problem.message}（{target}）") if x)


def write_feedback_for(p: Prepared, o: Outcome, target: Path, root: Path | None = None) -> None:
    """The sender's feedback for a file about to be filed at ``target``: the plain-text list of a rejected
    file, and the feedback workbook (rejected, warnings, a new version).  One already there was written
    by a run stopped before it moved the file.  Every write is checked against ``root`` (beizeng.base.safe_io)."""
    root = root or target.parent
    out = feedback_path(target)
    if safe_io.exists(out) and not out.is_symlink():
        o.feedback = out
        return
    if o.status == REJECTED:
        write_error_list(target, o, out, root)
    fb = _feedback_for(p, o)
    if p.fault:
        fb.version_note = "；".join(x for x in (fb.version_note, "本文件因程序内部错误未能处理，已隔离，等待管理员处理；不必修改文件") if x)
    # only a file the reader parsed is opened again: one refused by beizeng.intake.safety (a zip bomb, a cell
    # at XFD1048576) must never reach openpyxl, so its sender gets the list alone; nor is a file that
    # beizeng failed on, which may well be what it fails on
    source = p.path if p.sheets is not None and not p.fault else None
    try:
        o.feedback = write_feedback(out, fb, source=source, sheets=None if p.fault else p.sheets, root=root)
    except safe_io.UnsafePath:
        raise
    except Exception:  # the list alone still tells the sender everything
        o.feedback = write_feedback(out, fb, root=root)


def write_error_list(stored: Path, o: Outcome, feedback: Path | None = None, root: Path | None = None) -> Path:
    """The plain-text list beside a rejected file, for whoever cannot open the feedback workbook."""
    path = error_list_path(stored)
    internal = any(x.code == INTERNAL_ERROR for x in o.problems)
    if internal and o.status == ACCEPTED:
        result = "结果：数据已入库，但归档时程序内部出错，文件已隔离，等待管理员处理（不必重新报送）。"
    elif internal:
        result = "结果：程序内部出错，未能处理，文件已隔离，等待管理员处理（不必修改文件）。"
    else:
        result = "结果：退回，请修改后重新报送。"
    lines = [f"文件：{o.file}", result, f"共 {o.errors} 个错误、{o.warnings} 个提醒：", ""]
    if feedback is not None:
        lines[1:1] = [f"标出问题单元格的反馈表：{feedback.name}"]
    lines += [f"{i}. {p.line()}" for i, p in enumerate(
        sorted(o.problems, key=lambda p: ({"error": 0, "warning": 1, "info": 2}[p.severity], p.row or 0, p.col or 0)), 1)]
    safe_io.write_text(path, "\n".join(lines) + "\n", root or stored.parent)
    return path


def ingest_files(con: duckdb.DuckDBPyConnection, paths: list[Path], cfg: Config, allow_old: bool = False) -> list[Outcome]:
    """The whole ingest of a batch without Prefect: what the flow's tasks do, in order."""
    prepared = [prepare(p, cfg, allow_old) for p in paths]
    validate_prepared(prepared)
    outcomes = load(con, prepared, cfg)
    file_away(prepared, outcomes, cfg)
    return outcomes
