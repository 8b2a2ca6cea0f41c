"""Which form, which sender, which period: from the template's hidden sheet, else from the content.

A beizeng template names all three in its hidden ``_beizeng`` sheet.  A hand-made return is
identified by its header signature (form), the 填报单位/title/sheet/file name (sender) and the title,
sheet or file name (period).  When a piece is missing, ambiguous or contradicted the return is
rejected with a message asking for exactly that piece: a wrong guess would put figures under the
wrong township or month, and a resubmission would then replace the wrong version.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from beizeng.base.config import Config, ConfigError, Sender
from beizeng.base.forms import Column, FormSpec, all_forms, get_form
from beizeng.base.names import read_name, whole_places, without_county
from beizeng.base.periods import (
    across_year_end,
    as_of,
    is_stored,
    month_label,
    month_of,
    month_without_year,
    months_covered,
    months_in_words,
    own_months,
    parse_period,
    period_words,
    period_year,
    without_across,
    without_plans,
    year_in,
    year_of,
    years_in,
)
from beizeng.base.problems import Problem, ReturnError, Severity, col_letter
from beizeng.base.sheets import META_SHEET, QUESTIONS_SHEET
from beizeng.intake import continued, layouts, nil
from beizeng.intake.headers import ColumnFacts, column_facts, months_named, named_all, named_in, normalise
from beizeng.intake.matching import (
    HeaderMatch,
    KeptByMonth,
    by_month,
    by_year,
    header_texts,
    header_unit,
    kept_by_month,
    sheet_matches,
    this_period_read,
)
from beizeng.intake.parts import (
    AS_READ,
    Differs,
    Region,
    SheetTotal,
    Stacked,
    blank,
    by_continuation,
    by_kind,
    by_period,
    by_record,
    by_township,
    continued_name,
    headless,
    how_kept,
    one_record,
    place,
    same_rows,
    summary_of,
    summed,
    tables_on,
    unmatched,
)
from beizeng.intake.reader import (
    Sheet,
    clean_text,
    picture_problem,
    pictured,
    read_meta_sheet,
    readable_sheets,
)
from beizeng.intake.remarks import comment_notes
from beizeng.intake.tables import (
    NOTE_PREFIXES,
    Table,
    carried_lines,
    carry_sections,
    cleaning_notes,
    extract_table,
    set_aside_notes,
    shown_notes,
)
from beizeng.intake.views import find_headers, hidden_matches, key_value_words, on_the_file

#: A form is named in a rejection only when this many of its columns were found; fewer is a
#: coincidence (a sign-in sheet with a "单位" column is no return at all).
MIN_COLUMNS_FOR_FORM = 3
#: Two forms whose headers read within this total score of each other are equally likely: asked, not guessed.
FORM_MARGIN = 0.5
#: Lines that name the sender explicitly.
SENDER_LABELS = ("填报单位", "报送单位", "填表单位", "单位名称", "报送部门")


@dataclass
class Identity:
    """What a return is and where its table is: everything after identification works from this."""

    form: FormSpec
    sender: Sender
    period: str  # "YYYY-MM" (monthly) or "YYYY" (yearly)
    match: HeaderMatch
    how: str  # "template" or "content", for the run summary
    template_version: str | None = None
    table: Table | None = None
    #: Notes for the sender about how the return was identified (which sheet, a year taken from the date).
    notes: list[Problem] = field(default_factory=list)
    #: Columns the layout leaves implicit, filled from the context: name → (value, where from, in Chinese).
    implied: dict[str, tuple[Any, str]] = field(default_factory=dict)
    #: Where a return read by its content took its period from (标题“东镇2026年1-6月…”, 工作表名“6月”), for the
    #: lineage of rows that lean on the context; None for a template's (its hidden sheet).
    period_from: str | None = None


def _names_in(text: str, senders: list[Sender]) -> list[Sender]:
    """Senders named in a text; a name inside a longer name of another sender does not count."""
    t = clean_text(text).replace(" ", "")
    hits = [(n, s) for s in senders for n in s.names if n and n in t]
    out: list[Sender] = []
    for n, s in hits:
        if any(n != m and n in m and s != other for m, other in hits):
            continue
        if s not in out:
            out.append(s)
    return out


def match_lines(match: HeaderMatch) -> list[str]:
    """The lines above the table (title, 填报单位, 单位), where senders and periods are written."""
    lines = []
    for row in match.sheet.rows[: match.header_row]:
        line = "".join(clean_text(v) for v in row if clean_text(v))
        if line:
            lines.append(line)
    return lines


def as_typed(match: HeaderMatch, line: str) -> str:
    """A line above the table (``match_lines``, ``Table.lines_above``: its cells folded, 第二季度(4-6月)) as the clerk
    typed it (第二季度（4-6月）): what a message quotes is what the clerk finds with Ctrl+F.  The folded line when
    no row above the table makes it."""
    for row in match.sheet.rows[: match.header_row]:
        cells = [v for v in row if clean_text(v)]
        for sep in ("", " "):
            if sep.join(clean_text(v) for v in cells) == line:
                return sep.join(str(v).strip() for v in cells)
    return line


def may_send(sender: Sender, form: FormSpec) -> bool:
    """Whether the county's configuration lets ``sender`` send ``form`` (its own list, else its kind)."""
    if sender.forms is not None:  # its own list, even an empty one
        return form.code in sender.forms
    if form.senders == "townships":
        return sender.kind == "township"
    if form.senders == "departments":
        return sender.kind == "department"
    return True


def _choose_form(sheets: list[Sheet], meta: dict[str, str], file_name: str) -> tuple[FormSpec, list[HeaderMatch]]:
    """The form whose headers the workbook carries, with its matches (best sheet first)."""
    def fail(code: str, message: str, fix: str, sheet: str | None = None) -> ReturnError:
        return ReturnError([Problem("error", code, message, fix, file=file_name, sheet=sheet)])

    if meta.get("form") in all_forms():
        form = get_form(meta["form"])
        return form, find_headers(form, sheets)
    by_form = {code: find_headers(f, sheets) for code, f in all_forms().items()}
    best = sorted((ms[0] for ms in by_form.values() if ms), key=lambda m: (-m.total, len(m.missing_required)))
    # the form whose header reads best, even with a required column missing: the return is then refused
    # with that and every other problem of its cells at once (identify), not before anything is checked
    viable = [m for m in best if m.complete or m.score >= min(MIN_COLUMNS_FOR_FORM, len(m.form.columns))]
    if len(viable) > 1 and viable[0].complete and viable[1].complete and viable[0].score == viable[1].score \
            and viable[0].total - viable[1].total < FORM_MARGIN:
        names = "、".join(f"《{m.form.title}》" for m in viable[:2])
        raise fail("ambiguous_form", f"表头同时符合多种报表（{names}），无法判断是哪一张",
                   "请使用对应报表的模板，或删去不属于本报表的列", viable[0].sheet.name)
    if viable and viable[0].complete:
        return viable[0].form, by_form[viable[0].form.code]
    for f in all_forms().values():
        hidden = hidden_matches(f, sheets)
        if hidden:
            raise fail("hidden_sheet", f"《{f.title}》在隐藏的工作表「{hidden[0].sheet.name}」中，隐藏的工作表不读取",
                       "请取消隐藏该工作表（或把数据复制到可见的工作表）后再报送", hidden[0].sheet.name)
    if viable:
        return viable[0].form, by_form[viable[0].form.code]
    if photos := [s.name for s in readable_sheets(sheets) if pictured(s)]:  # a photo of the table pasted in
        raise ReturnError([picture_problem(file_name, photos)])
    if (prose := next((s for s in readable_sheets(sheets) if _prose(s)), None)) is not None:
        raise ReturnError([_prose_problem(prose, file_name)])
    titles = "、".join(f"《{f.title}》" for f in all_forms().values())
    shown = "、".join(f"「{s.name}」" for s in readable_sheets(sheets)) or "（没有可见的工作表）"
    raise fail("unknown_form", f"在工作表{shown}中没有找到任何报表的表头，无法判断是哪张报表",
               f"请使用 beizeng 下发的模板，或保留标准表头（可识别的报表：{titles}）")


#: A paragraph's numbering as a document writes it: 一、 （一） (1) 1. 1、 ①.
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|[①-⑳])")


def _prose(sheet: Sheet) -> bool:
    """Whether a sheet holds a document's paragraphs, not a table: every filled cell in one column, three or more
    of them numbered (一、 （一） 1.) and at least one a sentence (a 进展 written as the 工信局's report text)."""
    filled = [(c, clean_text(v)) for row in sheet.rows for c, v in enumerate(row) if clean_text(v)]
    if not filled or len({c for c, _ in filled}) != 1:
        return False
    numbered = [t for _, t in filled if _NUMBERED.match(t)]
    return len(numbered) >= 3 and any(len(t) >= 20 and "。" in t for t in numbered)


def _prose_problem(sheet: Sheet, file_name: str) -> Problem:
    """The paragraphs of a 进展 typed as a document into one column: said as such, with the form a paragraph goes
    into (the form whose key is a report section) and its columns — never “no header found, use the template”."""
    form = next((f for f in all_forms().values() if f.key and f.column(f.key[0]).kind == "section"), None)
    what = f"（像是《{form.title}》的文稿）" if form else ""
    heads = "｜".join(c.header for c in form.columns if c.required) if form else ""
    fix = (f"请按《{form.title}》的模板一条一行填写：{heads}（各段文字可直接粘贴到相应的栏里），再重新报送" if form
           else "请按模板填成表格（一条一行）后重新报送")
    return Problem("error", "prose_sheet", f"工作表「{sheet.name}」是一段一段的文字{what}，不是表格，无法逐条读取", fix,
                   file=file_name, sheet=sheet.name)


def _form_on(sheet: Sheet) -> FormSpec | None:
    """The form whose header a sheet alone carries completely, the best-reading one."""
    best: HeaderMatch | None = None
    for form in all_forms().values():
        found = find_headers(form, [sheet])
        m = found[0] if found else None
        if m is not None and m.complete and (best is None or m.total > best.total):
            best = m
    return best.form if best is not None else None


def returns_in(sheets: list[Sheet], cfg: Config | None = None, file_name: str = "") -> list[list[Sheet]]:
    """The returns a workbook holds, each as the sheets to identify it from: one unless the visible sheets carry
    the headers of different forms — on different sheets (a township's 项目表 and 培育表) or on one sheet (the
    enterprise list with the city comparison under or beside it: each table a ``parts.Region``) — then one
    per form, each with its own sheets and the hidden ones (never read as returns: ``hidden_returns`` names
    them) — or sheets of one form that each township sends for itself, each the return of another township
    (``_sent_apart``, with the county's ``cfg``), or that are each the same sender's return of another month
    (``_months_apart``: 5月 | 6月 sent together).

    Other sheets of the same form stay together, so two of them are still decided by ``_choose_sheet`` (one
    township's part each, the newer period with a note, or a question), never one submission each.  A workbook
    made from beizeng's template names its one form on its hidden sheet and is one return."""
    if read_meta_sheet(sheets):
        return [sheets]
    pieces: list[tuple[str, Sheet]] = []
    for s in readable_sheets(sheets):
        regions = tables_on(s)
        if regions:
            pieces += [(r.form.code, r) for r in regions if r.form is not None]
        elif (f := _form_on(s)) is not None:
            pieces.append((f.code, s))
    codes = list(dict.fromkeys(code for code, _ in pieces))
    groups = [[s for c, s in pieces if c == code] for code in codes]
    if cfg is not None:
        groups = [month for code, group in zip(codes, groups, strict=True)
                  for apart in _sent_apart(get_form(code), group, cfg)
                  for month in _months_apart(get_form(code), apart, cfg, file_name)]
    if len(groups) < 2:
        return [sheets]
    rest = [s for s in sheets if s not in readable_sheets(sheets)]
    return [group + rest for group in groups]


def _sent_apart(form: FormSpec, sheets: list[Sheet], cfg: Config) -> list[list[Sheet]]:
    """A form each township sends for itself, its sheets each another township's own filled table (东镇 | 西镇, a
    file the county office forwards): one return per sheet, each from the township it names, as each would have
    come on its own.  Joined they would be no one's return: no township sends another's rows.  Anything less
    plain — a sheet naming no township or the same as another, a blank copy, a form a department may send (its
    return kept as a sheet per township: ``_joined``) — stays one group for ``_choose_sheet`` to decide."""
    senders = [s for s in cfg.senders if may_send(s, form)]
    if len(sheets) < 2 or not senders or any(s.kind != "township" for s in senders) \
            or any(isinstance(s, Region) for s in sheets):  # a table beside others on its sheet: not a sheet of its own
        return [sheets]
    towns: list[str | None] = []
    for s in sheets:
        found = find_headers(form, [s])
        m = found[0] if found else None
        towns.append(_township_named(m, cfg) if m is not None and m.complete and not blank(m) else None)
    may = {s.name for s in senders}
    if None in towns or len(set(towns)) != len(towns) or not set(towns) <= may:
        return [sheets]
    return [[s] for s in sheets]


def _months_apart(form: FormSpec, sheets: list[Sheet], cfg: Config, file_name: str) -> list[list[Sheet]]:
    """A form's sheets that are each the same sender's return of another period (5月 | 6月: 东镇's first returns of
    the year sent together, or 统计局's year kept in one book): one return per sheet, oldest first, each as it
    would have come on its own — reading the newest alone would leave the others' months unsent.  Only when it is
    plain: every sheet the form's whole header over rows (no blank copy), the same columns, each named for the
    month its title says (a sheet kept as that month's — last month's ``Sheet1`` beside its copy ``Sheet1 (2)`` is
    a sheet left over, the newest read), the file's name naming exactly the months of its sheets (5-6月 over 5月 | 6月; 上半年 over 一季度 | 二季度,
    the quarters' months one after another;
    1-6月 over them is June's return to date with May's sheet left in it, as the metamorphic suite's habits make it;
    6月 alone names June's return, and a name with no month says nothing, beside which May's sheet may be last
    month's left over — read again it would replace May's return as received), no other sender than the rest, and the later sheets repeating the earlier ones' records (the
    ledger or the list to date: ``parts.how_kept``).  A register of events (``event_date``) may be one ledger
    split by month instead (``_ledger_by_month`` decides it); anything less plain stays one group for
    ``_choose_sheet`` (the newest read and the others named, or a question)."""
    if len(sheets) < 2 or form.event_date is not None or any(isinstance(s, Region) for s in sheets):
        return [sheets]
    matches: list[HeaderMatch] = []
    for s in sheets:
        found = find_headers(form, [s])
        if not found or not found[0].complete or blank(found[0]):
            return [sheets]
        matches.append(found[0])
    periods = [_period_named(m, form) for m in matches]
    if None in periods or len(set(periods)) != len(periods) or any(  # each sheet named for its month: kept so, never
            (named := months_covered(m.sheet.name)) is None or named[1] != month_of(p or "")  # a copy (Sheet1 (2))
            for m, p in zip(matches, periods, strict=True)) or len({frozenset(m.columns) for m in matches}) != 1 \
            or len({frozenset(_senders_named(m, cfg)) for m in matches}) != 1:
        return [sheets]
    book = months_covered(file_name)
    months = [month_of(p or "") or 0 for p in periods]
    spans = sorted(months_covered(m.sheet.name) or (0, 0) for m in matches)
    tiled = all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))  # 一季度 | 二季度: 1-3, 4-6
    # 5-6月 over 5月 | 6月, 上半年 (1-6月) over 一季度 | 二季度; 1-6月 is June's to date, and over 5月 | 6月 says
    # June's return with May's sheet left in it
    if book is None or (book != (min(months), max(months)) and not (tiled and book == (spans[0][0], spans[-1][1]))):
        return [sheets]
    ordered = sorted(zip(periods, matches, sheets, strict=True), key=lambda pms: pms[0] or "")
    if how_kept(form, [m for _, m, _ in ordered]) != "returns":
        return [sheets]
    for _, m, s in ordered:
        s.one_of_months = m.sheet.one_of_months = True
    return [[s] for _, _, s in ordered]


def hidden_returns(sheets: list[Sheet], shown: set[str], file_name: str) -> list[Problem]:
    """A warning per hidden sheet whose table is best read as a form other than the ones read from the
    visible sheets (``shown``): hidden sheets are never read as returns (the file does not outrank what it
    shows), and the sender is told so rather than left to think it was loaded.  (A workbook whose only
    return is hidden is refused by ``identify`` with ``hidden_sheet``; last month's copy of the same form,
    hidden, is no news.)"""
    out = []
    for sheet in sheets:
        if sheet.visible or sheet.name == META_SHEET:
            continue
        found = [m for f in all_forms().values() if (m := sheet_matches(f, sheet)) is not None and m.complete]
        best = max(found, key=lambda m: m.total, default=None)
        if best is not None and best.form.code not in shown:
            out.append(Problem("warning", "hidden_return", f"隐藏的工作表「{sheet.name}」像是《{best.form.title}》，"
                                                           "隐藏的工作表不读取，这张表没有报送",
                               "如果要报送这张表，请取消隐藏该工作表后重新报送", file=file_name, sheet=sheet.name))
    return out


#: How many figures (cells holding a number) make a visible sheet worth a word when nothing reads it.
UNREAD_SHEET_FIGURES = 2
#: Sheet names of a summary of the return's own rows (汇总, 合计): not read, and only noted.
SUMMARY_SHEET_WORDS = ("汇总", "合计")
#: Integers this large are telephone or ID numbers, never one return's figure (1 000 亿元 is 10 000 000 万元).
PHONE_LIKE = 1_000_000_000


def _is_figure(value: object) -> bool:
    """A cell a person would call a figure: a number, but not a year (2026) or a telephone number
    (13800000000) typed as one, as an instructions or cover sheet holds them."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    return not (value == int(value) and (1900 <= value <= 2100 or abs(value) >= PHONE_LIKE))


def unread_sheets(sheets: list[Sheet], read: set[str], file_name: str) -> list[Problem]:
    """A warning per visible sheet that holds figures but is read as no return (``read``: the sheets read):
    a workbook's 「目标」 sheet in a layout no form claims would otherwise be dropped with the file saying
    已入库 — nothing is lost without a word.  Sheets carrying some form's header are left to the notes of
    ``_choose_sheet`` (last month's copy beside this month's) and to ``returns_in``."""
    out = []
    for sheet in readable_sheets(sheets):
        if sheet.name in read:
            continue
        figures = sum(1 for row in sheet.rows for v in row if _is_figure(v))
        if figures < UNREAD_SHEET_FIGURES or _form_on(sheet) is not None:
            continue
        # a 汇总 sheet sums the rows the return holds: said, but no warning the clerk has to answer
        severity: Severity = "info" if any(w in sheet.name for w in SUMMARY_SHEET_WORDS) else "warning"
        out.append(Problem(severity, "sheet_not_read",
                           f"工作表「{sheet.name}」有{figures}个数字，但没有读取：它的表头不像任何一种报表，这张表没有报送",
                           "如果这张表要报送，请按该报表的模板填写（可用 beizeng 生成的模板）后重新报送；不需要报送的可删除该工作表",
                           file=file_name, sheet=sheet.name))
    return out


def _period_named(m: HeaderMatch, form: FormSpec) -> str | None:
    """The period a sheet's title lines or name say, if any."""
    for text in (*match_lines(m), m.sheet.name):
        found = parse_period(text, form.frequency)
        if found:
            return found
    return None


def _without_copies(form: FormSpec, top: list[HeaderMatch], file_name: str, notes: list[Problem]) -> list[HeaderMatch]:
    """The sheets that may be the return, without a blank copy of its layout (headers and 序号, no data: the
    clerk's template for next month) nor an identical copy of another (the tab dragged with Ctrl): neither is
    a version of the return, and asking which one to read would be a question nobody can answer better."""
    filled = [m for m in top if not blank(m)]
    if not filled:
        return top
    for m in top:
        if m not in filled:
            read = f"；读取的是「{filled[0].sheet.name}」" if len(filled) == 1 else ""
            notes.append(Problem("info", "sheet_chosen", f"工作表「{m.sheet.name}」只有表头（和序号），没有数据，是空白的表，"
                                                         f"未读取{read}", file=file_name, sheet=m.sheet.name))
    kept: list[HeaderMatch] = []
    for m in filled:
        same = next((k for k in kept if _period_named(k, form) == _period_named(m, form) and same_rows(k, m)), None)
        if same is None:
            kept.append(m)
            continue
        notes.append(Problem("info", "sheet_chosen", f"工作表「{m.sheet.name}」与「{same.sheet.name}」的内容完全相同（是一份副本），"
                                                     f"只读取「{same.sheet.name}」一次", file=file_name, sheet=m.sheet.name))
    return kept


def _township_named(m: HeaderMatch, cfg: Config) -> str | None:
    """The one township a sheet is about: named by the sheet's name, else by the lines above its table."""
    for text in (m.sheet.name, " ".join(match_lines(m))):
        named = _names_in(text, list(cfg.townships))
        if named:
            return named[0].name if len(named) == 1 else None
    return None


def _township_told(m: HeaderMatch, cfg: Config) -> str | None:
    """Where a township's sheet says its township when its name does not (a sheet named Sheet2 under the title
    “黑池镇2026年1-6月…”): 标题“…”, quoted as written; None when the sheet's name says it."""
    if _names_in(m.sheet.name, list(cfg.townships)):
        return None
    line = next((t for t in match_lines(m) if _names_in(t, list(cfg.townships))), None)
    return f"标题“{clean_text(line)}”" if line else None


def _township_first(texts: list[str], cfg: Config) -> str | None:
    """The one township a department's return is about: named first in its sheet's name, a title line or the file
    name (东镇2026年1-6月企业培育台账, 2026年东镇…), and no other township named anywhere.  A township named further
    on (…台账（东镇现场会材料）) says where the table was shown, not whose rows it holds."""
    named = _names_in(" ".join(texts), list(cfg.townships))
    if len(named) != 1:
        return None
    heads = [re.sub(r"^\d{4}年(?:\d{1,2}(?:[-—～~至]\d{1,2})?月份?)?", "", clean_text(t).replace(" ", "")) for t in texts]
    return named[0].name if any(h.startswith(n) for h in heads for n in named[0].names if n) else None


def _joined(form: FormSpec, top: list[HeaderMatch], cfg: Config, file_name: str,
            notes: list[Problem]) -> HeaderMatch | None:
    """The sheets read as one return when each is one township's part of it (``parts.by_township``), or each one
    record's card (``parts.by_record``) — beside them, maybe, one 汇总 table of the same records (read once,
    from the parts: ``_summary_checked``)."""
    towns = [_township_named(m, cfg) for m in top]
    view = by_township(form, top, towns)
    whole: HeaderMatch | None = None
    if view is None and towns.count(None) == 1 and len(top) > 2:  # a 汇总 (no township) beside the townships'
        whole = top[towns.index(None)]
        rest = [m for m in top if m is not whole]
        named = [t for t in towns if t]
        view = by_township(form, rest, named)
        if view is None:
            return None
        view.told = {m.sheet.name: w for m in rest if (w := _township_told(m, cfg)) is not None}
        checked = _summary_checked(form, whole, rest, "各乡镇的工作表", file_name, (form.township_column or "", named),
                                   view.told)  # (by_township found the form's township column, left to each sheet's name)
        if checked is None:
            return None
        notes.append(checked)
        top = rest
        view.totals += _whole_totals(whole)
    names = "、".join(f"「{m.sheet.name}」" for m in top)
    kind = _kind_of_each(form, top) if view is None else None
    if view is None and kind is None and (unclear := _kind_unclear(form, top, file_name)):
        raise ReturnError(unclear)  # a sheet per type, one sheet's type not said: asked on that sheet, never guessed
    if kind is not None:
        view = by_kind(form, top, kind[1], kind[0].name)
    if kind is not None and view is not None:
        header = kind[0].header
        notes.append(Problem("info", "sheets_joined", f"本报表分在{len(top)}个工作表（{names}）填写，各表是一种{header}"
                                                      f"的，已合为一份报表读取；各行的{header}取自工作表名（或表名）",
                             file=file_name, sheet=view.name))
    elif view is not None:
        if whole is None:  # (beside a 汇总: found once, above)
            view.told = {m.sheet.name: w for m in top if (w := _township_told(m, cfg)) is not None}
        by = "；".join(f"「{n}」的取自{w}" for n, w in view.told.items())
        how = (f"各行的所属乡镇取自工作表名{f'（{by}）' if by else ''}" if view.township_of else "各行的所属乡镇按表中所填")
        notes.append(Problem("info", "sheets_joined", f"本报表分在{len(top)}个工作表（{names}）填写，各表是一个乡镇的，"
                                                      f"已合为一份报表读取；{how}", file=file_name, sheet=view.name))
    else:
        tables = [m for m in top if not one_record(m)]
        summary = tables[0] if len(tables) == 1 and len(top) > 2 else None
        if summary is not None:  # a 汇总 table in front of the records' own cards: the cards are read
            top = [m for m in top if m is not summary]
            names = "、".join(f"「{m.sheet.name}」" for m in top)
        view = by_record(form, top)
        if view is None:
            return None
        if summary is not None:
            checked = _summary_checked(form, summary, top, "各张卡片", file_name)
            if checked is None:
                return None
            notes.append(checked)
            view.totals += _whole_totals(summary)
        notes.append(Problem("info", "sheets_joined", f"本报表分在{len(top)}个工作表（{names}）填写，各表是一条记录"
                                                      "（如一家企业）的，已合为一份报表读取，每个工作表一条记录",
                             file=file_name, sheet=view.name))
    for m in top:  # what each sheet sets aside, hides, strikes out or remarks on (hidden, struck, 小计, 批注 …)
        said = _sheet_notes(extract_table(m), file_name)
        on_the_file(said, m.sheet)  # a card read turned round or as pairs: on the file's own cells
        notes.extend(said)
    notes.extend(_totals_said(view, file_name))
    view._placed.update(id(x) for x in notes)  # already in the file's terms
    return view.own  # type: ignore[no-any-return]


def _kind_of_each(form: FormSpec, top: list[HeaderMatch]) -> tuple[Column, list[str | None]] | None:
    """The column the sheets leave out whose value each sheet's name or title says, a different one on each (a
    cultivation ledger's 「拟入规」「高新技术企业」: ``Column.implied_by`` "title"), with the values; None when no such
    column.  Such sheets are one return split by that column (``parts.by_kind``), never a table continued."""
    for col in form.columns:
        if col.implied_by != "title" or col.kind != "enum" or any(col.name in m.columns for m in top):
            continue
        kinds = [named_in(" ".join((m.sheet.name, *match_lines(m))), col) for m in top]
        if None not in kinds and len(set(kinds)) == len(kinds):
            return col, kinds
    return None


def _kind_unclear(form: FormSpec, top: list[HeaderMatch], file_name: str) -> list[Problem]:
    """The sheets of a return kept as a sheet per value of a column the layout leaves out (``_kind_of_each``) whose
    name and title do not say one value (「专精特新」: 专精特新小巨人 or 省级专精特新?) while another sheet's do: an error
    on each such sheet naming what it could be; [] when no sheet names one value."""
    for col in form.columns:
        if col.implied_by != "title" or col.kind != "enum" or any(col.name in m.columns for m in top):
            continue
        named = [named_all(" ".join((m.sheet.name, *match_lines(m))), col) for m in top]
        if not any(len(n) == 1 for n in named):
            continue
        choices = "、".join(col.choices or ())
        return [Problem("error", "sheet_kind_unclear",
                        f"本报表按{col.header}分工作表填写，工作表「{m.sheet.name}」的名称和标题看不出是哪一种{col.header}"
                        + (f"（可能是{'、'.join(sorted(n))}）" if n else ""),
                        f"把工作表名改为{col.header}的全称（可填：{choices}），或在表中加一列“{col.header}”后重新报送",
                        file=file_name, sheet=m.sheet.name, row=m.header_row + 1)
                for m, n in zip(top, named, strict=True) if len(n) != 1]
    return []


def _kinds_named(form: FormSpec, top: list[HeaderMatch]) -> bool:
    """Whether the first sheet's name or title names a value of a column the layout leaves out (``Column.implied_by``
    "title") and another sheet, not named as a 续表, does not name the same: 「拟入规」 beside 「专精特新」 (a type, though
    not one type alone) are a sheet per type, never a table continued whose type the first sheet's title would give
    every row (probe 22: the 专精特新 firms stored as 拟入规)."""
    for col in form.columns:
        if col.implied_by != "title" or col.kind != "enum" or any(col.name in m.columns for m in top):
            continue
        named = [named_all(" ".join((m.sheet.name, *match_lines(m))), col) for m in top]
        if named[0] and any(n != named[0] and not continued_name(m.sheet.name) for n, m in zip(named, top, strict=True)):
            return True
    return False


def _summary_checked(form: FormSpec, table: HeaderMatch, parts: list[HeaderMatch], what: str,
                     file_name: str, given: tuple[str, list[str]] | None = None,
                     told: dict[str, str] | None = None) -> Problem | None:
    """A table sheet holding the very records of the sheets beside it (``parts.summed``: the records' cards, or
    the townships' sheets — ``what`` names them): the same return written two ways, read once — from the parts,
    each record's own — and the table said (a note) when it agrees with them cell for cell, each sheet read in
    its own unit (a 汇总 in 亿元 over sheets in 万元 agrees); asked when it does not, naming every cell where they
    differ on both sides (which one is right a person cannot tell), or the records on one side only.  None when
    the table holds other records than the parts.  ``told``: where a part's ``given`` value was read (its sheet's
    name, else its title: ``_township_told``), no cell holding it."""
    differ = summed(form, table, parts, given)
    each = "、".join(f"「{m.sheet.name}」" for m in parts)
    name = table.sheet.name
    if differ is None:
        odd = unmatched(form, table, parts)
        if odd is None or not (odd.only_table or odd.only_parts or odd.twice):
            return None
        key = form.column(form.key[0]).header
        first = (odd.only_table or odd.only_parts or odd.twice)[0]
        raise ReturnError([Problem(
            "error", "summary_differs", f"「{name}」像是{what}（{each}）的汇总表，但两边的记录对不上（按{key}核对）："
            + "；".join(x for x in (_keys_said("只在「" + name + "」", odd.only_table),
                                    _keys_said(f"只在{what}", odd.only_parts),
                                    _keys_said(f"在{what}里出现两次", odd.twice)) if x)
            + "，无法确定哪一边是对的",
            f"请核对这几户：补上漏填的、删去多填或重复的，使「{name}」与{what}是同样的几户后重新报送"
            f"（或只报送{what}，删去汇总表）", file=file_name, sheet=first[1], row=first[2], column=key,
            value=first[3])])
    if not differ:
        return Problem("info", "summary_sheet", f"「{name}」是{what}（{each}）的汇总表：其中的{len(extract_table(table).rows)}条"
                                                f"记录与{what}逐项相同（各按本表的单位），按{what}读取，汇总表不重复计入",
                       file=file_name, sheet=name)
    d = differ[0]
    shown = _SHOWN_DIFFERS
    more = f"；另有{len(differ) - 1}处也不一致：" + "；".join(_differs_said(x, name, given, told) for x in differ[1:shown]) \
        + (f"等（共{len(differ)}处）" if len(differ) > shown else "") if len(differ) > 1 else ""
    converted = "（已按两表各自的单位换算后比较）" if any(x.converted for x in differ[:shown]) else ""
    raise ReturnError([Problem(
        "error", "summary_differs", f"「{name}」是{what}（{each}）的汇总表，但与{what}不一致：{_differs_said(d, name, given, told)}"
        f"{more}{converted}，无法确定哪一处是对的",
        f"请改正有误的一处，使汇总表与{what}一致后重新报送（或只报送{what}，删去汇总表）",
        file=file_name, sheet=name, row=d.table[0], col=d.table[1], column=d.header, value=d.values[0])])


#: How many of a 汇总's differences from its parts one message names (the rest counted).
_SHOWN_DIFFERS = 6


def _differs_said(d: Differs, name: str, given: tuple[str, list[str]] | None, told: dict[str, str] | None) -> str:
    """One difference between a 汇总 and its part, both places named: the part's cell, or — for the column the
    part leaves to its sheet (所属乡镇 of a township's sheet) — where its value was read (工作表名「城关镇」)."""
    sheet, row, col = d.card
    ours = f"“{d.header}”在「{name}」{col_letter(d.table[1])}{d.table[0]}格是“{d.values[0]}”，"
    if given is not None and d.name == given[0]:
        return f"{ours}而「{sheet}」表按{(told or {}).get(sheet, f'工作表名「{sheet}」')}是“{d.values[1]}”"
    return f"{ours}在「{sheet}」{col_letter(col)}{row}格{f'是“{d.values[1]}”' if d.values[1] else '没有填'}"


def _keys_said(where: str, keys: list[tuple[str, str, int, str]]) -> str:
    """Records on one side only, each with its sheet and row: 只在「汇总」：甲公司（9161…）在「汇总」第7行."""
    if not keys:
        return ""
    return f"{where}：" + "、".join(f"{k}在「{s}」第{r}行" for k, s, r, _ in keys)


def _totals_said(view: Stacked, file_name: str) -> list[Problem]:
    """Each joined sheet's own 合计 row, left out of the return, said on its sheet (a closing 小计 is said with
    the sheet's other 小计 rows: ``_sheet_notes``); a set-aside 汇总's (``SheetTotal.whole``) as the return's."""
    rows = dict.fromkeys((t.sheet, t.row, t.whole) for t in view.totals if not t.subtotal)  # one line read once per kind
    return [Problem("info", "total_row", f"第{row}行是{'汇总表的合计行，不入库，只与本表各行之和核对' if whole else '本工作表的合计行，不入库，只与本工作表各行之和核对'}",
                    file=file_name, sheet=sheet, row=row) for sheet, row, whole in rows]


def _whole_totals(summary: HeaderMatch) -> list[SheetTotal]:
    """A 汇总 sheet's own 合计 rows when the sheets beside it are read instead (its records are theirs, cell for
    cell): still checked, against every row of the return (``SheetTotal.whole``) — a 合计 typed wrong on the
    汇总 is as wrong as on a single sheet (hostile round 30b: 11,806 over rows of 11,706 passed unsaid)."""
    table = extract_table(summary)
    return [SheetTotal(table, t, False, whole=True) for t in table.total_rows]


def _months_named(m: HeaderMatch) -> tuple[int, int] | None:
    """The months a sheet's title lines or name say its rows are of (3月, 1-2月, 第二季度), if any."""
    for text in (*match_lines(m), m.sheet.name):
        found = months_covered(text)
        if found:
            return found
    return None


def _ledger_by_month(form: FormSpec, top: list[HeaderMatch], file_name: str,
                     notes: list[Problem]) -> HeaderMatch | None:
    """Sheets of the form that each name different months (1月…6月, 第一季度 | 第二季度): one register kept by
    month, read as one return (``parts.by_period``), when the form is a register of events (``event_date``)
    and the sheets hold different records; None when they are the year's returns (the newest is read) or
    name no months.  What the form and the rows disagree about is asked, never summed twice nor dropped."""
    spans = [span for m in top if (span := _months_named(m)) is not None]
    if len(spans) != len(top) or len(set(spans)) != len(spans):
        return None
    ordered = sorted(zip(top, spans, strict=True), key=lambda ms: (ms[1][1], ms[1][0]))  # oldest first
    matches = [m for m, _ in ordered]
    months = [span for _, span in ordered]
    checked: list[Problem] = []
    if form.event_date is not None and (found := summary_of(form, matches, months)) is not None:
        i, differ = found
        summary = matches.pop(i)  # a 汇总 of the month sheets: they are read, it is checked against them
        months.pop(i)
        each = "、".join(f"「{m.sheet.name}」" for m in matches)
        checked.append(Problem(
            "info", "summary_sheet", f"「{summary.sheet.name}」是各月工作表的汇总：其中的事项与各月工作表（{each}）"
            f"合起来{'逐条一致' if not differ else '是同样的几条'}，按各月工作表读取，汇总表不重复计入",
            file=file_name, sheet=summary.sheet.name))
        checked += [Problem(
            "warning", "summary_differs", f"第{row}行与各月工作表（{each}）中同一条的内容不一致，已按各月工作表读取",
            f"请核对「{summary.sheet.name}」第{row}行和月份工作表中的这一条，改正有误的一处后重新报送",
            file=file_name, sheet=summary.sheet.name, row=row) for row in differ]
    names = "、".join(f"「{m.sheet.name}」" for m in matches)
    kept = how_kept(form, matches)
    if form.event_date is None:
        if kept != "split":
            return None  # the year's returns (or a ledger's states month by month): the newest is read
        raise ReturnError([Problem(
            "error", "ambiguous_sheet", f"有多个工作表（{names}）都是《{form.title}》，各表的期间不同，但各表的行互不相同：《{form.title}》"
            "每期报送的是截至当期的全部行，不是当期新增的部分，只读最新的一张会漏掉其他工作表的行，无法确定报送的是什么",
            "如果各工作表是各月的报表，每张都应列出全部的行，只报送本期的那张即可；如果是分月填写的新增部分，"
            "请合到一个工作表里按本表口径填写（截至本期的全部行）", file=file_name)])
    if kept == "returns":
        return None  # the ledger to date month by month: the newest is the year's ledger
    if kept == "mixed":
        raise ReturnError([Problem(
            "error", "ambiguous_sheet", f"《{form.title}》分月填在多个工作表（{names}），有的事项在几个工作表里重复出现，"
            "有的只出现一次：无法确定各表是当月新增的事项（应合计）还是截至当月的全部事项（只读最新的一张），合计会重复计算",
            "如果各工作表只填当月新增的事项，请删去重复填写的行；如果每张都是截至当月的全部事项，只报送最新的一张"
            "（删除或隐藏其他月份的工作表）", file=file_name)])
    view = by_period(matches, months)
    if view is None:
        raise ReturnError([Problem(
            "error", "ambiguous_sheet", f"《{form.title}》分月填在多个工作表（{names}），但各表的列不一致，无法合为一份台账",
            "请让各工作表使用相同的表头（列的名称和顺序一致）后重新报送", file=file_name)])
    said = [Problem("info", "sheets_joined", f"本台账按月分在{len(matches)}个工作表（{names}）填写，各表是当期新发生的事项"
                                             f"（各表的行互不重复），已合为一份台账读取，期间按最新的「{matches[-1].sheet.name}」",
                    file=file_name, sheet=view.name)]
    for m in matches:
        said += _sheet_notes(extract_table(m), file_name)
    said += _totals_said(view, file_name) + checked
    notes.extend(said)
    view._placed.update(id(x) for x in said)  # already in the file's terms: each on its own sheet and cell
    return view.own  # type: ignore[no-any-return]


def _senders_named(m: HeaderMatch, cfg: Config) -> set[str]:
    return {s.name for s in _names_in(" ".join([*match_lines(m), m.sheet.name]), list(cfg.senders))}


def _continues(first: HeaderMatch, m: HeaderMatch, form: FormSpec, cfg: Config) -> bool:
    """Whether sheet ``m`` goes on with ``first``'s table: its name says so (续表, 第2页), or its header is
    ``first``'s word for word and it holds other records (a copy holds the same ones) — and, either way, its
    title says nothing different (no other period, no other sender)."""
    said, months = _period_named(m, form), _months_named(m)
    if (said is not None and said != _period_named(first, form)) or \
            (months is not None and months != _months_named(first)):
        return False  # 第二季度 beside 第一季度: a register kept by period (``_ledger_by_month``), or versions
    if not _senders_named(m, cfg) <= _senders_named(first, cfg):
        return False
    if continued_name(m.sheet.name):
        return True
    return header_texts(m) == header_texts(first) and how_kept(form, [first, m]) == "split"


def _continued(form: FormSpec, top: list[HeaderMatch], sheets: list[Sheet], file_name: str,
               notes: list[Problem], cfg: Config) -> HeaderMatch | None:
    """One table printed over several sheets — the first with the title and header, the others its 续表 (named
    so, or with the same header and other rows, or with no header at all: only rows in the same columns) — as
    one return (``parts.by_continuation``).  None when the sheets are no continuation; a sheet named 续表
    whose columns do not line up with the table's is asked, never left out."""
    order = {s.name: i for i, s in enumerate(sheets)}
    if any(type(m.sheet) is not Sheet or m.sheet.name not in order for m in top) or _kinds_named(form, top):
        return None
    ranked = sorted(top, key=lambda m: order[m.sheet.name])
    first = ranked[0]
    if continued_name(first.sheet.name) or not all(_continues(first, m, form, cfg) for m in ranked[1:]):
        return None
    parts = list(ranked)
    taken = {m.sheet.name for m in ranked}
    shown = readable_sheets(sheets)
    for s in sheets[order[first.sheet.name] + 1:]:
        if s not in shown or s.name in taken or not continued_name(s.name) or not any(s.rows):
            continue
        m = headless(first, s)
        if m is None:
            raise ReturnError([Problem(
                "error", "ambiguous_sheet", f"工作表「{s.name}」像是「{first.sheet.name}」的续表，但没有表头，"
                f"各列与「{first.sheet.name}」的列对不上，无法确定哪一列是什么",
                f"请在「{s.name}」的表格上方复制「{first.sheet.name}」的表头（列的顺序一致），"
                f"或把它的行移到「{first.sheet.name}」的表格下面后重新报送", file=file_name, sheet=s.name)])
        parts.append(m)
    if len(parts) < 2:
        return None
    parts.sort(key=lambda m: order[m.sheet.name])
    view = by_continuation(parts)
    if view is None:
        return None
    names = "、".join(f"「{n}」" for n in view.sheets)
    note = Problem("info", "sheets_joined", f"本表接续填在{len(parts)}个工作表（{names}）里，后面的是「{first.sheet.name}」"
                                            "的续表，已按顺序合为一份报表读取，各行注明所在的工作表和行",
                   file=file_name, sheet=view.name)
    notes.append(note)
    for m in parts:  # what each page sets aside (hidden, struck, 小计 …), said on its own sheet and cell
        notes.extend(_sheet_notes(extract_table(m), file_name))
    for t in view.totals:  # a 合计 of a page before the last: of that sheet's rows only
        if not t.subtotal:
            notes.append(Problem("info", "total_row", f"第{t.row}行是本工作表（本页）的合计行，只合计本页的行，"
                                                      "不入库，只与本页各行之和核对", file=file_name, sheet=t.sheet, row=t.row))
    view._placed.update(id(x) for x in notes)  # already in the file's terms
    return view.own  # type: ignore[no-any-return]


def _sheet_notes(table: Table, file_name: str) -> list[Problem]:
    """What one sheet of a return joined from sheets (a month's, a township's, an enterprise's card) says as its
    own reading found it, on its own cells — the rows it sets aside for what only it shows (hidden, struck
    through, 小计, a name run on into the row below, a row asked about), its struck figures and hidden columns (a
    card's hidden lines), its comments and cleaned cells: as a single sheet's return says them (the view those
    sheets are read through sees only their rows or cards, ``parts._stacked``, ``parts.by_record``)."""
    carried = {x.excel_row for x in carried_lines(table)}  # 过次页 / 承前页: read on the view, said there
    return [*(p for p in set_aside_notes(table, file_name, kinds=AS_READ) if p.row not in carried),
            *shown_notes(table, file_name),
            *continued.notes(table, file_name), *comment_notes(table, file_name), *cleaning_notes(table, file_name)]


def _without_stale(form: FormSpec, top: list[HeaderMatch], periods: dict[str, str | None], file_name: str,
                   notes: list[Problem], cfg: Config) -> HeaderMatch | None:
    """This period's sheets read as one return (``_joined``: a card each, a township each) when the others are an
    earlier period's left in the workbook (last month's card of an enterprise, its title 2026年1-5月): those are
    no figure of this period, each said on its own sheet and title cell (a warning: that record has none of this
    period here), never read as this period's.  None when the sheets name no period each, or the newest are
    not one return over sheets."""
    values = list(periods.values())
    if None in values or len(set(values)) < 2:
        return None
    newest = max(v for v in values if v is not None)
    newer = [m for m in top if periods[m.sheet.name] == newest]
    if len(newer) < 2:
        return None
    joined = _joined(form, newer, cfg, file_name, notes)
    if joined is None:
        return None
    key = form.key[0] if form.key else None
    held = {clean_text(n.sheet.cell(n.data_start, n.columns[key])) for n in newer if key in n.columns and one_record(n)}
    for m in top:
        old = periods[m.sheet.name]
        if m in newer or old is None:
            continue
        own = clean_text(m.sheet.cell(m.data_start, m.columns[key])) if key in m.columns and one_record(m) else ""
        gone = "（本期的工作表里没有这一条记录）" if own and own not in held else ""
        r, c, line = next(((r, c, t) for r in range(m.header_row) for c, t in enumerate(m.sheet.texts(r))
                           if t and parse_period(t, form.frequency) == old), (None, None, m.sheet.name))
        notes.append(Problem(
            "warning", "stale_sheet", f"此表写的是“{line}”，是{_words(old)}的，其余工作表是{_words(newest)}的："
            f"此表是较早期间留下的，不是本期的数，未读取{gone}",
            f"如果「{m.sheet.name}」有{_words(newest)}的数，请改填本期的数后重新报送；如果此表是上期留下的，请删除或隐藏此工作表",
            file=file_name, sheet=m.sheet.name, row=None if r is None else r + 1, col=c))
    return joined


def _choose_sheet(form: FormSpec, matches: list[HeaderMatch], sheets: list[Sheet], file_name: str,
                  notes: list[Problem], cfg: Config) -> HeaderMatch:
    """Of several sheets carrying the form, the one reported: the only complete one (blank and identical copies
    aside), all of them as one return when each is one township's part, else the newest period."""
    complete = [m for m in matches if m.complete]
    if not complete:
        return matches[0]
    if len(complete) > 1:  # a blank template with every column does not outrank the filled return
        complete = _without_copies(form, complete, file_name, notes)
    top = [m for m in complete if m.score == complete[0].score]
    if len(top) == 1 and len(complete) > 2 and _township_named(top[0], cfg) is None:
        towns = [_township_named(m, cfg) for m in complete if m is not top[0]]
        if all(towns) and len(set(towns)) == len(towns):  # a 汇总 with 所属乡镇 beside one sheet per township without
            top = [top[0], *(m for m in complete if m is not top[0])]  # it: the same return twice, checked by _joined
    ledger = _ledger_by_month(form, top, file_name, notes) if len(top) > 1 else None
    if ledger is not None:
        return ledger
    continued = _continued(form, top, sheets, file_name, notes, cfg)
    if continued is not None:
        return continued
    chosen = top[0]
    if len(top) > 1:
        periods = {m.sheet.name: _period_named(m, form) for m in top}
        values = list(periods.values())
        if None in values or len(set(values)) != len(values):
            joined = _joined(form, top, cfg, file_name, notes) if len(set(values)) == 1 else None
            if joined is not None:
                return joined
            joined = _without_stale(form, top, periods, file_name, notes, cfg)
            if joined is not None:
                return joined
            names = "、".join(f"「{m.sheet.name}」" for m in top)
            if (same := values[0]) is not None and set(values) == {same}:  # each names one period: split over sheets?
                raise ReturnError([Problem(
                    "error", "ambiguous_sheet", f"有多个工作表（{names}）都是《{form.title}》，期间都是"
                    f"{_words(same)}，无法确定是同一张表分开填写（如按乡镇分表）还是同一张表的几个版本",
                    "如果是同一张表分几个工作表填写，请把各表的行合到一个工作表里（按乡镇分表的加一列“所属乡镇”）；"
                    "如果是几个版本，只留下要报送的那个工作表，其余的隐藏", file=file_name)])
            raise ReturnError([Problem(
                "error", "ambiguous_sheet", f"有多个工作表（{names}）都是《{form.title}》，无法确定报送的是哪一个",
                "请只保留本期的工作表（删除或隐藏其他月份的工作表），或在各工作表标题中写明期间", file=file_name)])
        chosen = max(top, key=lambda m: periods[m.sheet.name] or "")
        others = "、".join(f"「{m.sheet.name}」" for m in top if m is not chosen)
        notes.append(Problem("info", "sheet_chosen", f"多个工作表都是本报表，读取的是期间最新的「{chosen.sheet.name}」，"
                                                     f"未读取{others}", file=file_name, sheet=chosen.sheet.name))
        return chosen
    if len(readable_sheets(sheets)) > 1 and not read_meta_sheet(sheets) \
            and not any(x.code == "sheet_chosen" for x in notes):  # a template's own sheets need no note
        notes.append(Problem("info", "sheet_chosen", f"工作簿有多个工作表，读取的是「{chosen.sheet.name}」（表头与本报表相符）",
                             file=file_name, sheet=chosen.sheet.name))
    return chosen


def _sender_sources(table: Table, match: HeaderMatch, file_name: str) -> list[tuple[str, str]]:
    """(where, text) pairs that may name the sender, the explicit 填报单位 line first."""
    lines = [*table.lines_above, *table.footer]
    explicit = [line for line in lines if any(label in line.replace(" ", "") for label in SENDER_LABELS)]
    out = [("填报单位", _after_label(line)) for line in explicit]
    out += [("标题", line) for line in table.lines_above if line not in explicit]
    out += [("工作表名", match.sheet.name), ("文件名", file_name)]
    return out


def _after_label(line: str) -> str:
    """"填报单位：东镇人民政府  单位：万元" → "东镇人民政府": only what follows the label."""
    for label in SENDER_LABELS:
        i = line.find(label)
        if i >= 0:
            rest = line[i + len(label):].lstrip(":： ")
            rest = re.sub(r"^[(（](?:盖章|签章|公章|章)[)）][:：]?\s*", "", rest)  # 填报单位（盖章）：… signs with a seal
            return re.split(r"\s+|单位[:：]|填报人|联系电话|填报日期|日期", rest)[0]
    return line


def _identify_sender(form: FormSpec, table: Table, match: HeaderMatch, file_name: str, cfg: Config,
                     ask: list[Problem], notes: list[Problem]) -> Sender | None:
    # a return kept as a sheet per township names those townships in its sheets and titles: never its sender
    towns = list(match.sheet.towns) if isinstance(match.sheet, Stacked) else []
    parts = set(towns)
    allowed = [s for s in cfg.senders if may_send(s, form) and s.name not in parts]
    sources = _sender_sources(table, match, file_name)
    seen: dict[Sender, list[str]] = {}
    for where, text in sources:
        for s in _names_in(text, allowed):
            seen.setdefault(s, [])
            if where not in seen[s]:
                seen[s].append(where)
    sheet = match.sheet.name
    if len(seen) == 1:
        [(chosen, where_named)] = seen.items()
        if (doubt := _line_against(chosen, where_named, sources, allowed, cfg, file_name, sheet)) is not None:
            ask.append(doubt)
            return None
        other = (_other_unit_written(sources, allowed, whole_places(cfg.county, cfg.city, cfg.city_counties), cfg.county, cfg.city)
                 if "填报单位" not in where_named else None)
        if other is not None:  # the line the clerk signs says another unit: the file name is not proof enough
            ask.append(Problem("error", "ambiguous_sender",
                               f"无法确定填报单位：填报单位写的是“{other}”（不是本县配置的名称），"
                               f"{'、'.join(where_named)}写的是“{chosen.name}”",
                               f"如果是{chosen.name}的报表，请把表格上方改为“填报单位：{chosen.name}”；"
                               "如果是别的单位的报表，请退回原单位", file=file_name, sheet=sheet))
            return None
        return chosen
    if len(seen) > 1:
        said = "；".join(f"{'、'.join(ws)}写的是“{s.name}”" for s, ws in seen.items())
        ask.append(Problem("error", "ambiguous_sender", f"无法确定填报单位：{said}",
                           "请在表格上方写明“填报单位：××”，并使文件名、标题与之一致（只写本单位名称）",
                           file=file_name, sheet=sheet))
        return None
    asked = len(ask)
    short = _short_sender(sources, allowed, whole_places(cfg.county, cfg.city, cfg.city_counties), cfg.county, file_name, sheet, ask, notes, cfg.city)
    if short is not None or len(ask) > asked:
        return short
    named = [s for where, text in sources if where == "填报单位"
             for s in _names_in(text, list(cfg.senders))]
    if named and named[0].name in parts:  # it does send the form, but the sheets are several townships' returns
        ask.append(Problem("error", "several_senders", f"填报单位写的是“{named[0].name}”，但各工作表分属"
                           f"{'、'.join(towns)}，《{form.title}》由各乡镇分别报送，不能合为一份报表",
                           "请各乡镇分别报送本乡镇的表（一个文件一个乡镇）；汇总表不必报送", file=file_name, sheet=sheet))
        return None
    if named:  # 填报单位 names a configured sender that does not send this form: not the default's return
        who = "、".join(s.name for s in cfg.senders if may_send(s, form)) or form.default_sender or "（本县配置中没有）"
        ask.append(Problem("error", "wrong_sender", f"填报单位写的是“{named[0].name}”，但《{form.title}》不由该单位报送",
                           f"请核对是否用错了报表（本表由{who}报送）", file=file_name, sheet=sheet))
        return None
    if (own := _own_report(form, table, sources, cfg, file_name, sheet)) is not None:
        ask.append(own)
        return None
    if form.default_sender and cfg.sender(form.default_sender):
        return cfg.sender(form.default_sender)
    if not any(where == "填报单位" and text for where, text in sources) and \
            (by_kind := _sender_by_kind(form, table, match, file_name, allowed)) is not None:
        chosen, said = by_kind
        notes.append(Problem("info", "sender_by_kind", f"表上没有写填报单位；表中事项都是{said}，本县报送这一项的只有"
                             f"{chosen.name}：按{chosen.name}的报表读入", "如不对，请在表格上方写明“填报单位：××”后重新报送",
                             file=file_name, sheet=sheet))
        return chosen
    kinds = "乡镇（街道）" if form.senders == "townships" else "单位"
    names = "、".join(s.name for s in allowed)
    written = next((text for where, text in sources if where == "填报单位" and text), None)
    if written:  # a name the county does not know: say which, rather than that none was written
        ask.append(Problem("error", "unknown_sender", f"无法确定填报单位：填报单位写的是“{written}”，不是本县配置的{kinds}名称",
                           f"请改写为本县配置的名称（可填：{names}）；如果是新设或改名的单位，请统计部门在 beizeng.toml 中添加",
                           file=file_name, sheet=sheet))
        return None
    ask.append(Problem("error", "missing_sender", f"无法确定填报单位：表格上方、标题、工作表名和文件名中都没有本县配置的{kinds}名称",
                       f"请在表格上方写明“填报单位：××”，或把本单位名称写进文件名（可填：{names}）",
                       file=file_name, sheet=sheet))
    return None


def _sender_by_kind(form: FormSpec, table: Table, match: HeaderMatch, file_name: str,
                    allowed: list[Sender]) -> tuple[Sender, str] | None:
    """The one allowed sender a return's kinds of rows point to (``FormSpec.sent_by_kind``), with the kinds in words;
    None when the rows mix groups, name no kind, or no one sender's name holds the group's words."""
    status = form.roles.status
    if not form.sent_by_kind or status is None or len(allowed) < 2:
        return None
    col = form.column(status)
    if status in match.columns:
        kinds = {named_in(clean_text(row.cells.get(status)), col) for row in table.rows}
    else:  # the kind implied by the title (工业用地供应情况)
        kinds = {named_in(" ".join((*table.lines_above, match.sheet.name, file_name)), col)}
    if not kinds or None in kinds:
        return None
    for group, words in form.sent_by_kind:
        if kinds <= set(group):
            fits = [s for s in allowed if s.named_with(words)]
            return (fits[0], "、".join(sorted(k for k in kinds if k))) if len(fits) == 1 else None
    return None


#: Shortest name of a record that a 填报单位 line is held against (a firm's or a project's, never 东镇).
_OWN_NAME_LEAST = 4


def _own_report(form: FormSpec, table: Table, sources: list[tuple[str, str]], cfg: Config, file_name: str,
                sheet: str) -> Problem | None:
    """A return signed by one of its own records (填报单位（盖章）：东川陶瓷有限公司 over 东川陶瓷有限公司's row): the
    firm's or project's own report (a 快报), not the return of the unit that sends the form for the county.  Taken
    for the default sender's it would replace that sender's whole list of the period by the one row (4 firms → 1,
    the bureau's checked 4,200 by the firm's own 4,250): asked, naming the row, and the list already in stays."""
    named = form.roles.name
    signed = [text for where, text in sources if where == "填报单位" and text]
    if named is None or not signed:
        return None
    for row in table.rows:
        name = re.sub(r"\s", "", clean_text(row.cells.get(named)))
        if len(name) < _OWN_NAME_LEAST or not any(name in re.sub(r"\s", "", text) for text in signed):
            continue
        who = "、".join(s.name for s in cfg.senders if may_send(s, form)) or form.default_sender or "报送单位"
        return Problem(
            "error", "own_report",
            f"填报单位写的是“{signed[0]}”，即表中第{row.excel_row}行的「{name}」本身：这是它自己报的表，不是{who}"
            f"报送的《{form.title}》；当作{who}的报表读入，本期全县就只剩这{len(table.rows)}行（{who}已报的整张表会被替换）",
            f"把「{name}」自己的数交{who}审核，不直接报送；如果{who}要更正它的数，请在{who}本期的整张表上改正后"
            f"重新报送（整表替换上一版）；如果这就是{who}的报表，请把“填报单位：”改为“{who}”",
            file=file_name, sheet=sheet, row=row.excel_row, col=table.match.columns.get(named))
    return None


#: A township's name as a 填报单位 line holds it (元坝镇人民政府, 河口乡, 新城街道办事处); 本镇 / 我乡 / 该镇 name no
#: one.  Departments are left out: they write their names too many ways (岚山县发展和改革局 for 发改局).
_TOWNSHIP_NAME_RE = re.compile(r"[^\s本我该][\u4e00-\u9fff]{0,5}(?:镇|乡|街道)")


def _line_against(chosen: Sender, where_named: list[str], sources: list[tuple[str, str]], allowed: list[Sender],
                  cfg: Config, file_name: str, sheet: str) -> Problem | None:
    """The 填报单位 line read by the one rule of names (``read_name``: short, abridged, with the county or a village)
    against the one sender the other places name exactly: two places naming two configured senders, whichever
    way each was read, are a doubt (城关办 — 城关街道's office — under a title of 城关镇: a template copied from a
    neighbour and only the line retyped), and so is a line that itself names two (城关镇街道 where both 城关镇 and
    城关街道 are senders).  A line that reads as several, one of them ``chosen``, named exactly elsewhere, is
    settled by that place (城关 under a title of 城关镇).  None when nothing is in doubt."""
    lookup = {n: s.name for s in allowed for n in s.names if n}
    written = next((re.sub(r"\s", "", text) for where, text in sources if where == "填报单位" and text.strip()), "")
    if not written:
        return None
    read = read_name(written, lookup, whole_places(cfg.county, cfg.city, cfg.city_counties), county=cfg.county, city=cfg.city)
    elsewhere = [w for w in where_named if w != "填报单位"]
    if read.how == "kinds" or (read.candidates and (chosen.name not in read.candidates or not elsewhere)):
        listed = "、".join(read.candidates)
        said = "、".join(elsewhere)
        return Problem("error", "ambiguous_sender",
                       f"无法确定填报单位：填报单位写的是“{written}”，可能是{listed}，看不出是哪一个"
                       + (f"（{said}写的是“{chosen.name}”）" if said else ""),
                       f"请把“填报单位：”改为{'或'.join(read.candidates)}，并使标题、文件名与之一致",
                       file=file_name, sheet=sheet)
    if read.name is None or read.name == chosen.name:
        return None
    said = "、".join(elsewhere) or "标题"
    return Problem("error", "ambiguous_sender",
                   f"无法确定填报单位：填报单位写的是“{written}”（即{read.name}），{said}写的是“{chosen.name}”",
                   f"如果是{chosen.name}的报表，请把表格上方改为“填报单位：{chosen.name}”；如果是{read.name}的报表，"
                   f"请把{said}改为{read.name}", file=file_name, sheet=sheet)


def _other_unit_written(sources: list[tuple[str, str]], allowed: list[Sender], places: set[str],
                        county: str, city: str = "") -> str | None:
    """What the 填报单位 line says when it names a township that is none of the county's senders (元坝镇人民政府
    under a file named 东镇…): one source of the sender contradicting the others.  The county's own name before
    the name (测试县, 测试) is taken off by the one rule of names (``without_county``), and the county's and city's
    names (岚山县) are taken out: they name where, not who."""
    lookup = {n: s.name for s in allowed for n in s.names if n}
    for where, text in sources:
        written = re.sub(r"\s", "", text)
        bare = without_county(written, county, lookup) or written
        for whole in sorted(places, key=len, reverse=True):
            bare = bare.replace(whole, "")
        if where == "填报单位" and _TOWNSHIP_NAME_RE.search(bare) and \
                read_name(written, lookup, places, county=county, city=city).name is None:
            return written
    return None


def _short_sender(sources: list[tuple[str, str]], allowed: list[Sender], places: set[str], county: str,
                  file_name: str, sheet: str, ask: list[Problem], notes: list[Problem],
                  city: str = "") -> Sender | None:
    """The sender a 填报单位 line names short (柳林 for 柳林镇, 投资促进 for 投资促进局) or by a longer official name
    (县自然资源和规划局 for 自然资源局), by the one rule of names (``beizeng.base.names``); said in a note, and asked
    when the name written fits two senders' names."""
    lookup = {n: s.name for s in allowed for n in s.names if n}
    for where, text in sources:
        written = re.sub(r"\s", "", text)
        if where != "填报单位" or not written:
            continue
        read = read_name(written, lookup, places, county=county, city=city)
        if read.candidates:
            ask.append(Problem("error", "ambiguous_sender",
                               f"无法确定填报单位：填报单位写的是“{written}”，可能是{'、'.join(read.candidates)}",
                               "请把“填报单位：”后的名称写全" if read.how != "longer" else
                               f"请把“填报单位：”改为本县配置的名称（{'或'.join(read.candidates)}）",
                               file=file_name, sheet=sheet))
            return None
        if read.name is not None and read.how == "short":
            notes.append(Problem("info", "sender_short_name", f"填报单位“{written}”按“{read.name}”读取",
                                 f"以后写全称“{read.name}”", file=file_name, sheet=sheet))
            return next(s for s in allowed if s.name == read.name)
        if read.name is not None and read.how == "longer":  # 县自然资源和规划局: the reformed name of 自然资源局
            notes.append(Problem("info", "sender_longer_name", f"填报单位“{written}”按本县配置的“{read.name}”读取",
                                 f"如不是{read.name}，请退回；如是该单位改名后的名称，请统计部门在 beizeng.toml 中"
                                 f"把“{written}”加为{read.name}的 aliases", file=file_name, sheet=sheet))
            return next(s for s in allowed if s.name == read.name)
    return None


#: A line above a table that names last year's period for comparison (上年同期 2025年1-6月), not the return's.
_LAST_YEAR_LINE = re.compile(r"上年|去年|同期|比较|对比")


def _states_a_period(line: str) -> bool:
    """Whether a line above the table states the return's period (a title, 截止时间：…), not a note about
    periods (说明：结合2025年全县工业经济运行情况，现将2026年目标…) that names two years in one sentence."""
    return not line.strip().startswith(NOTE_PREFIXES) and len(years_in(line)) <= 1


def _identify_period(form: FormSpec, table: Table, match: HeaderMatch, file_name: str,
                     received: dt.date | None, ask: list[Problem], notes: list[Problem],
                     read_from: list[str] | None = None) -> str | None:
    """The return's period from the lines above the table, the sheet's and the file's name (or a header);
    ``read_from`` gets where it was read (标题“东镇2026年1-6月…”), for the rows' lineage."""
    sheet = match.sheet.name
    sources = [("标题", line) for line in table.lines_above]
    sources += [("工作表名", sheet), *([] if match.sheet.one_of_months else [("文件名", file_name)])]
    if form.frequency == "yearly":  # 2025年7月至2026年6月 on a yearly return: which year is it?
        spans = [(where, span) for where, text in sources if (span := across_year_end(text)) is not None]
        if spans and not any(year_in(without_across(text)) for _, text in sources):
            where, (first, later) = spans[0]
            ask.append(Problem("error", "ambiguous_period",
                               f"无法确定报表所属年度：{where}写的是“{month_label(first)}至{month_label(later)}”，跨两个年度，"
                               "看不出是哪一年的报表",
                               f"在标题中写明年度（如“{year_of(later)}年”；年度从1月起到12月止）后重新报送",
                               file=file_name, sheet=sheet))
            return None
        sources = [(where, without_across(text)) for where, text in sources]
    year, inferred = year_of_return([text for _, text in sources], form.frequency, received)
    found: dict[str, str] = {}
    texts: dict[str, str] = {}  # where → the text the period was read in
    lines: dict[str, str] = {}  # period → the first line above the table naming it
    for where, text in sources:
        # a line of plans under the title (（下半年计划新开工项目2个）) names no period of the return
        p = parse_period(without_plans(text) if where == "标题" else text, form.frequency, year)
        if p and where not in found:
            found[where] = p
            texts[where] = text
        if p and where == "标题" and not _LAST_YEAR_LINE.search(text) and _states_a_period(text):
            lines.setdefault(p, text.strip())
    if len(lines) > 1:  # 标题 1-6月 over 截止时间：2026年5月31日: which month's figures are these?
        said = "，".join(f"“{as_typed(match, line)[:40]}”（{month_label(p)}）" for p, line in lines.items())
        ask.append(Problem("error", "ambiguous_period",
                           f"期间不一致：表格上方的两行写的期间不同：{said}",
                           "请核对本表是哪个月的数据，只保留正确的期间后再报送", file=file_name, sheet=sheet))
        return None
    if not found:
        for text in match.headers.values():  # "1-6月累计完成投资": the header may carry the month
            p = parse_period(text, form.frequency, year)
            if p:
                found["表头"] = p
                texts["表头"] = text
                break
    example = "2026年1-6月" if form.frequency == "monthly" else "2026年"
    if not found:
        mid = next((f for _, text in sources if (f := as_of(text, year)) is not None), None)
        if mid is not None:  # 截至6月20日: up to a day inside a month, which month's return is it?
            said, why = mid[1].rstrip(":："), ("不是月末" if mid[0] is not None else "不是有效的日期")
            ask.append(Problem("error", "ambiguous_period",
                               f"无法确定报表所属期间：表上只写了“{said}”，{why}，看不出是哪个月的报表",
                               f"请在标题中写明期间，如“{example}”", file=file_name, sheet=sheet))
            return None
        ask.append(_missing_period(form, sources, year, received, file_name, sheet))
        return None
    title, name = found.get("标题"), found.get("文件名")
    if title and name and title != name:
        ask.append(Problem("error", "ambiguous_period",
                           f"期间不一致：标题“{as_typed(match, texts['标题'])[:40]}”读作{_words(title)}，"
                           f"文件名“{texts['文件名'][:60]}”读作{_words(name)}",
                           "请核对本表是哪个月的数据，把标题和文件名改成一致后再报送", file=file_name, sheet=sheet))
        return None
    tab = found.get("工作表名")
    if title and tab and title != tab:  # a sheet copied from last month and its tab not renamed, or the title not
        notes.append(Problem("warning", "sheet_name_period",  # updated: the title is read, the clerk told
                             f"工作表名“{sheet}”写的是{_words(tab)}，标题写的是{_words(title)}，按标题读作{_words(title)}",
                             "如果本表其实是工作表名所写月份的数据，请改正标题后重新报送；否则请把工作表名改成一致",
                             file=file_name, sheet=sheet))
    period = title or tab or name or found["表头"]
    if read_from is not None:
        where = next(w for w in ("标题", "工作表名", "文件名", "表头") if w in found)
        text = texts[where].strip()
        read_from.append(f"{where}“{text if len(text) <= 24 else text[:24] + '…'}”")
    rolling = next(((where, a) for where, text in sources if (a := across_year_end(text)) and a[1] == period), None)
    if rolling is not None:  # 2025年7月-2026年6月 over a monthly return: its later month, said so the clerk can check
        where, (first, _) = rolling
        notes.append(Problem("info", "period_span_read",
                             f"{where}写的是“{month_label(first)}至{month_label(period)}”，按{_words(period)}的报表读取",
                             "如果本表不是该月的报表，请改正期间后重新报送；表中的累计数按本年1月起算",
                             file=file_name, sheet=sheet))
    if inferred:
        notes.append(Problem("info", "year_inferred", f"标题和文件名中没有写年份，按收到日期推定为{year_of(period)}年",
                             f"请以后在标题中写明年份，如“{period_words(period)}”", file=file_name, sheet=sheet))
    return period


def year_of_return(texts: list[str], frequency: str, received: dt.date | None) -> tuple[int | None, bool]:
    """The year a return's title, sheet and file name name, else — for a monthly return naming its months alone
    (6月份报表, 二季度) — the year of the day it was received (last year's when that month is still to come then),
    and whether it was so inferred.  The one rule for a return read (``_identify_period``) and for the likely period
    of one refused before it could be read (``likely_origin``: 西镇6月项目.xlsx, a broken file, is June's)."""
    year = next((y for text in texts if (y := period_year(text))), None)
    if year is None and received is not None and frequency == "monthly":
        month = next((m for m in (month_without_year(t) for t in texts) if m), None)
        if month is not None:
            return (received.year if month <= received.month else received.year - 1), True
    return year, False


def _missing_period(form: FormSpec, sources: list[tuple[str, str]], year: int | None, received: dt.date | None,
                    file_name: str, sheet: str) -> Problem:
    """missing_period, saying what the title, sheet and file name do name: months without their year (6月份,
    二季度) are not “no period at all” — the clerk is told which half is missing, not to write what is there."""
    yearly = form.frequency == "yearly"
    example_year = year or (received or dt.date.today()).year
    named = next(((where, words) for where, text in sources if (words := months_in_words(text))), None)
    if year is None and named is not None:
        where, words = named
        return Problem("error", "missing_period",
                       f"无法确定报表所属期间：{where}写了“{words}”，但标题、工作表名和文件名中都没有写年份",
                       f"请在标题中写明年份，如“{example_year}年{'' if yearly else words}”", file=file_name, sheet=sheet)
    said = next((where for where, text in sources if year is not None and year_in(text) == year), None)
    if not yearly and said is not None:
        return Problem("error", "missing_period",
                       f"无法确定报表所属期间：{said}写了{year}年，但标题、工作表名和文件名中都没有写明是哪个月的数据",
                       f"请在标题中写明月份，如“{year}年1-6月”", file=file_name, sheet=sheet)
    # the example is the period a return sent now would be of: last month's 1-N月 (December's in January)
    today = received or dt.date.today()
    last = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)
    example = f"{example_year}年" if yearly else f"{last.year}年1-{last.month}月"
    return Problem("error", "missing_period", "无法确定报表所属期间：标题、工作表名和文件名中都没有写明年月",
                   f"请在标题或文件名中写明期间，如“{example}”", file=file_name, sheet=sheet)


def _check_not_ahead(period: str, received: dt.date | None, file_name: str, sheet: str, ask: list[Problem],
                     notes: list[Problem]) -> None:
    """A month that has not begun is a mistyped year or month, never a real return: refused. A month that
    began after the file was saved is the same slip, or the sender's computer has its date wrong (an old
    township PC reset to 2000): a warning, since the file's time stamp is only as good as that clock."""
    today = dt.date.today()
    if period > f"{today:%Y-%m}":
        ask.append(Problem("error", "period_in_future",
                           f"报表期间是{_words(period)}，这个月还没到（今天是{today.year}年{today.month}月{today.day}日）",
                           "请核对标题、工作表名或文件名中的年月后重新报送", file=file_name, sheet=sheet))
    elif received is not None and period > f"{received:%Y-%m}":
        notes.append(Problem("warning", "saved_before_period",
                             f"文件保存于{received.year}年{received.month}月{received.day}日，那时报表期间{_words(period)}还没到",
                             "请核对报表期间；期间无误时，多半是填报电脑的日期不对（此为提醒）", file=file_name, sheet=sheet))


def _words(period: str) -> str:
    return f"“{month_label(period)}”"


def _meta_period(meta: dict[str, str], form: FormSpec, file_name: str, ask: list[Problem]) -> str | None:
    """The hidden sheet's period, only in the shape beizeng writes it ("2026-06", or "2026" for a yearly form):
    anything else ("abc", "2026-10/../x") is a damaged or forged template, refused before it names a folder."""
    period = meta.get("period") or None
    if period is not None and not is_stored(period, form.frequency):
        shown = period if len(period) <= 20 else period[:20] + "…"
        ask.append(Problem("error", "bad_template_period", f"模板隐藏信息中的期间“{shown}”不是有效的年月",
                           "模板已损坏或被改动：请使用统计部门下发的本期模板重新填报", file=file_name))
        return None
    return period


def _township_column(form: FormSpec, table: Table, cfg: Config) -> Sender | None:
    """The one township every row's 所属乡镇 names, if they all name the same one (a township's own return
    lists its own projects; all of them in the neighbour's name says whose return it is)."""
    columns = [c.name for c in form.columns if c.kind == "township"]
    if not columns or not table.rows:
        return None
    found: set[Sender] = set()
    for row in table.rows:
        names = _names_in(clean_text(row.cells.get(columns[0])), list(cfg.townships))
        if len(names) != 1:
            return None
        found.add(names[0])
    return found.pop() if len(found) == 1 else None


def cross_check(form: FormSpec, table: Table, match: HeaderMatch, file_name: str, cfg: Config,
                sender: Sender | None, period: str | None) -> list[Problem]:
    """The hidden sheet's sender and period against what the return shows: the 填报单位 line, the title,
    the sheet name, the file name and, for a township's return, its 所属乡镇 column.

    The hidden sheet is one witness, not the judge: a township that fills in its neighbour's template, or
    last month's template with this month's figures, would otherwise replace the neighbour's or last
    month's figures without a word.  A visible witness that names another sender (one that may send this
    form) or another period refuses the file, naming both sides; witnesses that say nothing leave the
    hidden sheet to decide.
    """
    said: dict[str, list[str]] = {}  # where → what it says that the hidden sheet does not
    if sender is not None:
        allowed = [s for s in cfg.senders if may_send(s, form)]
        for where, text in _sender_sources(table, match, file_name):
            names = _names_in(text, allowed)
            if names and sender not in names and names[0].name not in said.get(where, []):
                said.setdefault(where, []).append(names[0].name)
        if sender.kind == "township":
            township = _township_column(form, table, cfg)
            if township is not None and township != sender:
                said.setdefault("所属乡镇列", []).append(township.name)
    if period is not None:
        year = year_of(period)
        # of the lines above the table, the first naming a period is the title (a 截至… line below it is not)
        title = next((p for p in (parse_period(line, form.frequency, year) for line in table.lines_above) if p), None)
        for where, found in (("标题", title), ("工作表名", parse_period(match.sheet.name, form.frequency, year)),
                             ("文件名", parse_period(file_name, form.frequency, year))):
            if found and found != period:
                said.setdefault(where, []).append(month_label(found))
    if not said:
        return []
    by_what: dict[str, list[str]] = {}
    for where, what in said.items():
        by_what.setdefault("".join(what), []).append(where)
    shown = "；".join(f"{'、'.join(wheres)}写的是{what}" for what, wheres in by_what.items())
    hidden = f"{sender.name if sender else ''}{month_label(period) if period else ''}"
    return [Problem("error", "template_mismatch",
                    f"模板隐藏信息是{hidden}，{shown}：这份文件用的是别的单位或别的月份的模板，无法确定是谁哪个月的报表",
                    "请向统计部门索取本单位本期的模板，把数据复制进去后重新报送（模板的隐藏信息不能手改）；"
                    "如果是标题、文件名或所属乡镇写错了，请改正后重新报送",
                    file=file_name, sheet=match.sheet.name)]


def identify(sheets: list[Sheet], file_name: str, cfg: Config, received: dt.date | None = None) -> Identity:
    """Form, sender and period of a workbook, or a ``ReturnError`` asking for exactly what is missing.

    ``received`` (the file's date) supplies the year when a title says only "1-6月".
    """
    meta = read_meta_sheet(sheets)
    notes: list[Problem] = []
    try:
        form, matches = _choose_form(sheets, meta, file_name)
    except ReturnError as refused:
        if meta or [x.code for x in refused.problems] != ["unknown_form"]:
            raise
        return _nil_without_table(sheets, file_name, cfg, received, refused)
    if not matches:
        raise ReturnError([Problem("error", "missing_columns", f"没有找到《{form.title}》的表头",
                                   "请使用本报表的模板，不要删改表头", file=file_name)])
    match = _choose_sheet(form, matches, sheets, file_name, notes, cfg)
    table = extract_table(match)  # a required column missing is reported with the cells' problems (_columns)
    notes.extend(cleaning_notes(table, file_name))
    notes.extend(comment_notes(table, file_name))
    problems: list[Problem] = []

    sender: Sender | None = None
    if meta.get("sender"):
        sender = cfg.sender(meta["sender"])
        if sender is None:
            problems.append(Problem("error", "unknown_sender", f"模板中的填报单位“{meta['sender']}”不在本县配置中",
                                    "请使用本县下发的模板", file=file_name))
    else:
        sender = _identify_sender(form, table, match, file_name, cfg, problems, notes)

    before = len(problems)
    period = _meta_period(meta, form, file_name, problems)
    forged = len(problems) > before  # a period no template carries: nothing else of the hidden sheet is trusted
    if meta and not forged:  # the hidden sheet is one witness among those the return shows (cross_check)
        problems.extend(cross_check(form, table, match, file_name, cfg, sender, period))
    period_from: list[str] = []
    if not period and not forged:
        period = _identify_period(form, table, match, file_name, received, problems, notes, period_from)
    if period and not form.sent_in(period):
        problems.append(Problem("error", "period_not_reported", f"《{form.title}》{month_of(period)}月不单独报送",
                                "把1月的数据并入1-2月报送", file=file_name, sheet=match.sheet.name))
    if period and form.frequency == "monthly":
        _check_not_ahead(period, received, file_name, match.sheet.name, problems, notes)
    if sender is not None:  # a layout this sender has answered for (beizeng.intake.layouts) is read as answered
        table = _remembered(form, match, table, sender, sheets, cfg, file_name, notes)
    if period and not forged:
        table = _by_month(form, match, table, period, bool(meta.get("period")), file_name, received, notes)
        table = _by_year(form, match, table, period, bool(meta.get("period")), file_name, received, notes, problems)
        if not meta.get("period"):
            table = _own_months(form, match, table, period, file_name, notes)
    notes.extend(carry_sections(table, {n: t.name for t in cfg.townships for n in t.names}, file_name))
    about = None if sender is None or sender.kind == "township" else _township_first(
        [match.sheet.name, *table.lines_above, file_name], cfg)
    columns = _columns(form, match, table, sender, period, file_name, about)
    if match.sheet.reading:  # a view that says how it reads the file: its own words, its kind's code
        notes.append(Problem("info", reading_code(match.sheet), match.sheet.reading, file=file_name,
                             sheet=match.sheet.name))
    elif match.sheet.cell_map is not None:  # key：value pairs: every cell named as the file has it
        notes.append(Problem("info", "key_value_table", key_value_words(match.sheet), file=file_name,
                             sheet=match.sheet.name))
    elif match.sheet.turned_at is not None:  # read turned round: every cell named as the file has it
        notes.append(Problem("info", "turned_table", f"表格是横竖调换的（各项指标一行一个，每条记录占一列），"
                                                     f"已按列读取：从第{match.sheet.turned_at + 1}行起每一列是一条记录",
                             file=file_name, sheet=match.sheet.name))
    if match.sheet.turned_at is not None:
        on_the_file([*problems, *notes, *columns.problems], match.sheet)
    place([*problems, *notes, *columns.problems], match.sheet)  # a return over a sheet per township: each row's sheet
    problems += [replace(q, file=file_name) for q in match.sheet.questions]  # already the file's cells
    if problems:
        raise ReturnError(problems + _column_errors(form, problems, columns.problems))
    assert sender is not None and period is not None
    # a return sent under a former unit of a merged township (merged_from) is that part's
    sender = sender.as_part([meta["sender"]] if meta.get("sender") else
                            [text for _, text in _sender_sources(table, match, file_name)])
    return Identity(form, sender, period, match, "template" if meta else "content", meta.get("version"), table,
                    notes + columns.problems, columns.implied, period_from[0] if period_from else None)


def _column_errors(form: FormSpec, problems: list[Problem], column_problems: list[Problem]) -> list[Problem]:
    """The column questions of a refused return, said with its other errors — except, when its month is not sent
    alone (``period_not_reported``: 1月 goes into 1-2月), those about the month and 1-N月 columns: a January table's
    “本月” and “1月” are one column twice and it has no 1-N月累计 because of that month, one fact said once."""
    errors = [p for p in column_problems if p.severity == "error"]
    if not any(p.code == "period_not_reported" for p in problems):
        return errors
    moot = {form.column(c).header for pair in form.roles.cumulative for c in pair if c}
    return [p for p in errors if p.column not in moot]


def _remembered(form: FormSpec, match: HeaderMatch, table: Table, sender: Sender, sheets: list[Sheet], cfg: Config,
                file_name: str, notes: list[Problem]) -> Table:
    """Apply the sender's stored answers for this form, after storing any given in a returned feedback
    copy's 表头对照 sheet; the table is read again only when the columns changed."""
    try:
        stored = layouts.load(cfg.root).get((sender.name, form.code))  # read once: the file is read per return
    except ConfigError as exc:  # the county's file edited by hand: said, never taken as no answers at all
        notes.append(Problem("warning", "layout_file_unreadable",
                             "县里的表头对照文件无法读取，本表未按以前回答的表头对照读取（"
                             + str(exc).replace(str(layouts.layout_file(cfg.root)), layouts.FILE_NAME).rstrip("。")
                             + "）",
                             f"请县里改正{layouts.FILE_NAME}后重新处理本表；表头能对上的列照常读取",
                             file=file_name, sheet=match.sheet.name, row=match.header_row + 1))
        return table
    if stored is None and not any(s.name == QUESTIONS_SHEET for s in sheets):
        return table  # nothing answered, nothing stored: no scan of the sheet for its last column
    at = header_texts(match)
    last = layouts.last_column(match.sheet)
    if stored is not None:  # entries edited by hand (the header's words alone, “l 完成投资额”) placed on this sheet
        stored, unsettled = layouts.settle(stored, form, at, last, file_name, match.sheet.name, match.header_row + 1)
        notes.extend(unsettled)
    given, unclear = layouts.answers(sheets, form, at, last, file_name)
    notes.extend(unclear)  # an answer not understood is said and asked again, never stored nor dropped
    if given:
        stored = stored or layouts.Layout(sender.name, form.code)
        for name, c in given.items():
            stored.columns = {k: v for k, v in stored.columns.items() if v != name}
            stored.columns[(col_letter(c), at.get(c, ""))] = name
        layouts.save(cfg.root, stored, form)
        stored = layouts.load(cfg.root).get((sender.name, form.code))  # as the next file will read it
    if stored is None:
        return table
    columns, said = layouts.apply(stored, form, match.columns, at, last, file_name, match.sheet.name,
                                  match.header_row + 1)
    notes.extend(said)
    if columns is None:
        return table
    before, ties = dict(match.columns), dict(match.ties)
    raw = [(r.excel_row, list(match.sheet.rows[r.excel_row - 1])) for r in table.rows
           if r.excel_row - 1 < len(match.sheet.rows)]
    columns = _tie_partner(form, ties, columns, at, set(stored.columns.values()), raw, file_name, match.sheet.name,
                           match.header_row + 1, notes)
    answered = set(stored.columns.values())
    match.ties = {name: cs for name, cs in match.ties.items() if name not in answered and name in columns}
    if columns != match.columns:
        match.columns = columns
        match.headers = {name: at.get(c, "") for name, c in columns.items()}
        match.units = {name: u for name, c in columns.items() if (u := header_unit(at.get(c, "")))}
        match.extra = [(c, text) for c, text in sorted(at.items()) if c not in set(columns.values())]
        table = extract_table(match)
    rows = [(r.excel_row, list(match.sheet.rows[r.excel_row - 1]) if r.excel_row - 1 < len(match.sheet.rows) else [])
            for r in table.rows]
    notes.extend(layouts.doubts(form, stored, before, ties, columns, at, rows, file_name, match.sheet.name,
                                match.header_row + 1))
    return table


def _tie_partner(form: FormSpec, ties: dict[str, list[int]], columns: dict[str, int], at: dict[int, str],
                 answered: set[str | None], rows: list[tuple[int, list[Any]]], file: str, sheet: str, row: int,
                 notes: list[Problem]) -> dict[str, int]:
    """After a 表头对照 answer settles which of two equally likely columns is the 1-N月累计 (完成投资 | 完成投资额), the
    other is the same item's 本月 (or the other way round) when that field is unread: the two were asked about as one
    pair of a figure and its cumulative, and the answer for one tells the other.  Not when the other's header says
    the answered kind too (two 累计 columns: one may count since the project began), nor when a row's figures
    contradict the pairing (累计 below 本月: the answer itself is then in doubt, ``layouts.doubts`` asks).  Said in a
    note; the within-row rule (check_cumulative_in_row) still checks every figure."""

    def agrees(cum_col: int, month_col: int) -> bool:
        """累计 ≥ 本月 in every row, and above it in one at least: two columns equal in every row (自开工累计 beside
        1-N月累计 of projects begun this year) tell nothing of which is the month."""
        pairs = layouts.cumulative_beside_month(rows, cum_col, month_col)
        return not any(layouts.above(m, c) for _, c, m in pairs) and any(layouts.above(c, m) for _, c, m in pairs)

    out = dict(columns)
    for cum, month in form.roles.cumulative:
        if month is None:
            continue
        for name, partner in ((cum, month), (month, cum)):
            rivals = ties.get(name, [])
            if name not in answered or partner in out or partner in answered or len(rivals) != 2 or name not in out:
                continue
            left = [c for c in rivals if c != out[name] and c not in out.values()]
            kind = "累计" if name == cum else "本月"  # the words headers.normalise folds every range and month to
            if len(left) != 1 or kind in normalise(at.get(left[0], "")):
                continue
            if not agrees(*((out[name], left[0]) if name == cum else (left[0], out[name]))):
                continue
            out[partner] = left[0]
            header, given = form.column(partner).header, form.column(name).header
            notes.append(Problem("info", "layout_partner_read",
                                 f"{col_letter(left[0])}列“{at.get(left[0], '') or '空白'}”按“{header}”读取："
                                 f"它与按回答作为“{given}”的{col_letter(out[name])}列是同一项的两栏",
                                 f"如果{col_letter(left[0])}列不是“{header}”，请在表头对照中回答它是什么", file=file,
                                 sheet=sheet, row=row, col=left[0], column=header))
    return out


def _other_month(span: tuple[int, int], month: int) -> tuple[str, str] | None:
    """What to tell a clerk whose column header names another month than the return's (its title, file or
    template): (message, fix), in the words of each direction — a header left from last month (截至5月底 on a
    June return) or one already changed for next month (1-6月累计 on a May return).  The figures are read as the
    return's month either way (the title and the file agree on it); None when the header says the return's month,
    or the whole year (1-12月: a year's plan, not a month's figure)."""
    end = span[1]
    if end == month or (span == (1, 12) and month != 12):
        return None
    if end < month:
        return (f"表头写的是{_months_said(span)}的数，本表是{month}月的：按{month}月的数读取",
                f"如果填的是{month}月的数，请把表头改为{month}月；如果填的是{end}月的数，请改填{month}月的数")
    said = f"1-{end}月" if span[0] == 1 and end > 1 else f"{end}月"
    return (f"表头写的是{said}的数，本表是{month}月的（标题、文件名）：按{month}月的数读取，未按{end}月入库",
            f"如果填的是{month}月的数，请把表头改为{month}月；如果填的是{end}月的数，请把标题改为{end}月，作为{end}月的报表重新报送")


def _months_said(span: tuple[int, int]) -> str:
    """A header's months as the clerk would say them back: 5月 for one month's own figure (5月产值), 截至5月 for
    the months up to it (1-5月累计, 截至5月底) — "截至1月" of a months-across table's 1月 column reads as a sum."""
    return f"{span[1]}月" if span[0] == span[1] else f"截至{span[1]}月"


def _by_year(form: FormSpec, match: HeaderMatch, table: Table, period: str, from_template: bool, file_name: str,
             received: dt.date | None, notes: list[Problem], ask: list[Problem]) -> Table:
    """Columns tied for one form column but for the years their headers name (2026年目标 | 2027年目标 of a plan over
    two years) settled by the return's year (beizeng.intake.matching.by_year), the other years' noted as not read.
    The other year's figures are not stored as that year's: a return is of one period, and that year's targets
    come in that year's return (a revised plan supersedes them then).  As for months (``_by_month``), only a year
    the return states apart from those headers counts: its template, title, sheet or file name — or a title naming
    the plan's years (2026—2027年) that begins with it, sent no later than that year (a plan of 2026—2027 sent in
    2027 may be meant for 2027: asked as before).  A lone figure column of a yearly return headed with another
    year (2027年目标 in a return titled 2026年) is that year's: asked on its cell, nothing stored as the return's."""
    if not match.ties and form.frequency != "yearly":
        return table
    year = int(period[:4])
    if not from_template and _identify_period(form, table, replace(match, headers={}), file_name, received, [],
                                              []) != period:
        spans = [sorted({int(y) for y in _PLAN_YEARS.findall(line)}) for line in table.lines_above]
        if not any(len(ys) > 1 and ys[0] == year for ys in spans) or (received is not None and received.year > year):
            return table
    texts = header_texts(match)
    set_aside, alone, last_year = by_year(match, year)
    for name, c, other in alone:
        ask.append(Problem("error", "other_year_column",
                           f"{col_letter(c)}列“{texts.get(c, '')}”是{other}年的，本表是{year}年的，表中没有{year}年的"
                           f"「{form.column(name).header}」，无法判断这些数是哪一年的",
                           f"如果是{year}年的，请把表头改为“{year}年{form.column(name).header.removeprefix('年度')}”后重新报送；如果是{other}"
                           f"年的，请把标题中的年份改为{other}年，作为{other}年的报表报送", file=file_name,
                           sheet=match.sheet.name, row=match.header_row + 1, col=c, column=texts.get(c, "")))
    for name, c, before in last_year:
        notes.append(Problem("info", "last_year_column",
                             f"{col_letter(c)}列“{texts.get(c, '')}”是上年（{before}年）同期的数，按「{form.column(name).header}」读取",
                             f"核对{col_letter(c)}列是否为上年同期的数；如果不是，请删去该列或把表头改为它的实际内容后重新报送",
                             file=file_name, sheet=match.sheet.name, row=match.header_row + 1, col=c,
                             column=texts.get(c, "")))
    if not set_aside and not last_year:
        return table
    for name, c, other in set_aside:
        read = match.columns[name]
        notes.append(Problem("info", "other_year_column",
                             f"{col_letter(c)}列“{texts.get(c, '')}”是{other}年的，本表是{year}年的，未读取；"
                             f"「{form.column(name).header}」读{col_letter(read)}列“{texts.get(read, '')}”",
                             f"{other}年的数不在本期入库，到{other}年再作为{other}年的报表报送；如果读错了列，请把要报送的"
                             f"一列的表头改为{year}年后重新报送", file=file_name, sheet=match.sheet.name, row=match.header_row + 1, col=c,
                             column=texts.get(c, "")))
    return extract_table(match)


#: The years a title names as a plan's span (2026—2027年, 2026-2027年度): each year of this century.
_PLAN_YEARS = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def _by_month(form: FormSpec, match: HeaderMatch, table: Table, period: str, from_template: bool, file_name: str,
              received: dt.date | None, notes: list[Problem]) -> Table:
    """Columns told apart by their months (1-5月累计 | 1-6月累计) settled by the return's month
    (beizeng.intake.matching.by_month), the earlier ones noted as not read.  Only a month the return states
    apart from those headers counts (its template, title, sheet or file name): a period read off the headers
    themselves cannot say which of them is this month's, and the clerk is asked as before."""
    month = month_of(period)
    if month is None:
        return table
    if not from_template and _identify_period(form, table, replace(match, headers={}), file_name, received, [],
                                              []) != period:
        return table
    kept = kept_by_month(match, month)
    notes.extend(_kept_by_month_said(form, match, kept, month, file_name))
    set_aside = by_month(match, month)
    texts = header_texts(match)
    # the figures read under a header naming another month than the return's: said — on each joined sheet's own
    # header too, unless the sheets are the months of a register (「4月」's own header may say 4月)
    members = [] if getattr(match.sheet, "months", None) else getattr(match.sheet, "member_matches", [])[1:]
    for m in [match, *members]:
        own = texts if m is match else header_texts(m)
        for name, c in m.columns.items():
            span = months_named(own.get(c, "")) if form.column(name).kind in ("money", "number", "int") else None
            said = _other_month(span, month) if span is not None else None
            if said is not None:  # on the file's own cell (a card's label line, not its view's header)
                r, c0 = m.sheet.real(m.header_row, c)
                notes.append(Problem("warning", "stale_month_header", said[0], said[1], file=file_name,
                                     sheet=m.sheet.name, row=r + 1, col=c0, column=own.get(c, "")))
    ranged = [line for line in (*table.lines_above, match.sheet.name) if months_named(line) == (1, month)]
    as_range = this_period_read(match) if month > 1 and ranged else []
    for name, c in as_range:
        notes.append(Problem("info", "this_period_as_range",
                             f"{col_letter(c)}列“{texts.get(c, '') or match.headers[name]}”按标题“{ranged[0].strip()}”读作"
                             f"「{form.column(name).header}」（1-{month}月）",
                             "如果此列是本月的数，请把表头改为“本月”", file=file_name, sheet=match.sheet.name,
                             row=match.header_row + 1, col=c, column=match.headers[name]))
    if not set_aside and not as_range and not any(k.chosen is not None for k in kept):
        return table
    for name, c, end in set_aside:
        read = match.columns[name]
        notes.append(Problem("info", "earlier_month_column",
                             f"{col_letter(c)}列“{texts.get(c, '')}”是"
                             f"{_months_said(months_named(texts.get(c, '')) or (1, end))}的数，本表是{month}月的，未读取；"
                             f"「{form.column(name).header}」读{col_letter(read)}列“{texts.get(read, '')}”",
                             "如果读错了列，请把要报送的一列的表头改为本月的月份", file=file_name,
                             sheet=match.sheet.name, row=match.header_row + 1, col=c, column=texts.get(c, "")))
    return extract_table(match)


def _cumulative_columns(form: FormSpec) -> tuple[set[str], set[str]]:
    """(the form's figures counted from January — 1-N月累计, 本年到位资金 —, their months' own figures and last year's
    same period): what a quarter's own figures (二季度, 4-6月) must never be read as."""
    cum = {c for c, _ in form.roles.cumulative} | {c.name for c in form.columns if c.kind == "money" and (
        c.header.startswith(("本年", "1-N月")) or "（累计）" in c.description)}
    others = {m for _, m in form.roles.cumulative if m} | {ly for _, ly in form.roles.yoy}
    return cum, others - cum


#: Words by which a header says its figure runs from January (本年到位资金, 今年累计, 自年初): beside months
#: (1-6月, 截至6月底, 上半年) and 累计, which ``headers.normalise`` folds to 累计.
_FROM_JANUARY_RE = re.compile(r"本年|今年|当年|年初|全年|年度")


def _own_months(form: FormSpec, match: HeaderMatch, table: Table, period: str, file_name: str,
                notes: list[Problem]) -> Table:
    """A quarter's own figures are never stored as 1-N月累计 (a monthly return's figures run from January):
    - a header naming a quarter, a half or months that do not start in January (二季度到位资金, 工业总产值 ▸ 二季度,
      4-6月完成投资, 本季度) read for a figure from January, its month or last year's: that span's figures — set
      aside and said (an error when the form cannot do without the column, so nothing is stored until the return
      gives 1-N月累计);
    - a title or sheet naming such a span (第二季度（4-6月）, 2026年4-6月, a sheet 「二季度」 or 「Q2」) over a column
      read as 1-N月累计 whose header names no months (完成投资, 工业总产值, 到位资金): the figures may be the quarter's
      own — asked (an error naming the title and the column), never taken as 1-N月累计 without a word.
    一季度, 上半年, 前三季度 and 二季度末 run from January or are points in time: read as the months up to their end."""
    month = month_of(period)
    if month is None or form.frequency != "monthly":
        return table
    cum, others = _cumulative_columns(form)
    yoy = {ly for _, ly in form.roles.yoy}
    texts = header_texts(match)
    sheet, row = match.sheet.name, match.header_row + 1
    months = f"1-{month}月" if month > 1 else "1月"
    set_aside: list[str] = []
    for name, c in sorted(match.columns.items(), key=lambda nc: nc[1]):
        if name not in cum and name not in others:
            continue
        text = texts.get(c, "") or match.headers.get(name, "")
        own = own_months(text)
        if own is None:
            continue
        words, span = own
        said = f"{words}（{span[0]}-{span[1]}月）" if span is not None and not words.endswith("月") else words
        header = form.column(name).header
        must = form.column(name).required
        if not must:
            set_aside.append(name)
        notes.append(Problem(
            "error" if must else "warning", "quarter_column",
            f"{col_letter(c)}列“{text}”写的是{said}的数，不是{months}累计，不能作为「{header}」"
            + ("读取" if must else "读取，此列未读取"),
            f"请在此列填写{months}累计数，表头改为“{months}累计{_without_months(header)}”后重新报送" if name in cum else
            f"请在此列填写{month}月的数，表头改为“{month}月{_without_months(header)}”后重新报送" if name not in yoy else
            f"请在此列填写上年{months}累计数，表头改为“上年{months}累计{_without_months(header)}”后重新报送",
            file=file_name, sheet=sheet, row=row, col=c, column=text))
    lines = [*(("标题", line) for line in table.lines_above if _states_a_period(line) and not _LAST_YEAR_LINE.search(line)),
             ("工作表名", sheet)]
    # a title naming the months from January (2026年1-6月, 上半年) says what the figures are: a sheet 「二季度」 under
    # it is the clerk's filing, not a doubt
    from_january = any(months_covered(without_plans(line)) == (1, month) for where, line in lines if where == "标题")
    named = None if from_january else next(
        ((where, line, own) for where, line in lines if (own := own_months(without_plans(line))) is not None
         and (own[1] is None or own[1][1] == month)), None)
    if named is not None:
        where, line, (words, span) = named
        said = f"{words}（{span[0]}-{span[1]}月）" if span is not None and not words.endswith("月") else words
        for name, c in sorted(match.columns.items(), key=lambda nc: nc[1]):
            text = texts.get(c, "") or match.headers.get(name, "")
            if name not in cum or name in set_aside or own_months(text) is not None:
                continue
            if "累计" in normalise(text) or _FROM_JANUARY_RE.search(text):
                continue  # 1-6月累计完成投资, 累计完成投资, 本年到位资金: the header says it runs from January
            header = form.column(name).header
            typed = as_typed(match, line.strip()) if where == "标题" else line.strip()
            shown = typed if len(typed) <= 40 else typed[:40] + "…"
            notes.append(Problem(
                "error", "quarter_figures",
                f"{where}“{shown}”写的是{said}，{col_letter(c)}列“{text}”没有写明是{months}累计数："
                f"看不出是{words}的数还是{months}累计数，未作为「{header}」入库",
                f"如果填的是{months}累计数，请把表头改为“{months}累计{_without_months(header)}”后重新报送；"
                f"如果填的是{words}的数，请改报{months}累计数"
                + (f"（1-{span[0] - 1}月与{words}之和）" if span is not None and span[0] > 1 else ""),
                file=file_name, sheet=sheet, row=row, col=c, column=text))
    if not set_aside:
        return table
    for name in set_aside:
        del match.columns[name]
        match.headers.pop(name, None)
        match.units.pop(name, None)
    match.extra = [(c, text) for c, text in sorted(texts.items()) if c not in set(match.columns.values())]
    return extract_table(match)


def _without_months(header: str) -> str:
    """A template header (not normalised, unlike ``headers.subject``) without the months it is counted over (1-N月累计完成投资 → 完成投资, 本年到位资金 →
    到位资金): what the clerk writes after 1-6月累计."""
    return re.sub(r"^(?:1-N月累计|本年|上年同期累计|本月)", "", header) or header


def _kept_by_month_said(form: FormSpec, match: HeaderMatch, kept: list[KeptByMonth], month: int,
                        file_name: str) -> list[Problem]:
    """What the clerk is told of a state kept as a column per month (``matching.kept_by_month``): which month's
    column was read and that the earlier ones were not — or, with no column for the return's month (or one for a
    later month), the question: the state at the end of the month is never taken from another month's column."""
    said: list[Problem] = []
    texts = header_texts(match)
    for k in kept:
        header = form.column(k.name).header
        listed = "、".join(f"{col_letter(c)}列“{texts.get(c, '')}”" for c in sorted(k.months))
        if k.chosen is not None:
            earlier = [f"{m}月" for c, m in sorted(k.months.items()) if c != k.chosen]
            said.append(Problem(
                "info", "state_by_month", f"本列是按月份分列的「{header}」（{listed}），作为{month}月末的{header}读取"
                + (f"；{'、'.join(earlier)}的未读取" if earlier else ""),
                f"读得对的可不修改（此为说明）；也可只填一列「{header}」", file=file_name, sheet=match.sheet.name,
                row=match.header_row + 1, col=k.chosen, column=texts.get(k.chosen, "")))
            continue
        later = sorted({m for m in k.months.values() if m > month})
        last = max(k.months, key=lambda c: (k.months[c], c))
        message = (f"按月份分列的「{header}」（{listed}）有{'、'.join(f'{m}月' for m in later)}的一列，本表是{month}月的："
                   f"看不出哪一列是{month}月末的{header}" if later else
                   f"按月份分列的「{header}」（{listed}）没有{month}月的一列：看不出{month}月末的{header}")
        said.append(Problem(
            "error", "state_month_unclear", message,
            f"在“{month}月”一列填写{month}月末的{header}（或只留一列「{header}」），核对标题和文件名的月份后重新报送",
            file=file_name, sheet=match.sheet.name, row=match.header_row + 1, col=last, column=texts.get(last, "")))
    return said


def reading_code(view: Sheet) -> str:
    """The note code of a view that says how it reads the file (``Sheet.reading``), by what the view is:
    tables of one form side by side (its ``parts``), a crossed table (its records' names in ``names_at``,
    beizeng.intake.beside), kinds written as columns (its ``header_fields``, beizeng.intake.spread), else a table
    of indicators (beizeng.intake.indicators)."""
    if view.header_fields:
        return "spread_table"
    return "side_by_side_table" if view.parts else "crossed_table" if view.names_at is not None else "indicator_table"


def _columns(form: FormSpec, match: HeaderMatch, table: Table, sender: Sender | None, period: str | None,
             file_name: str, township: str | None = None) -> ColumnFacts:
    """The columns the layout leaves implicit, filled from the context, and what missing or doubtful
    columns mean (beizeng.intake.headers.column_facts: one rule for every form)."""
    unit = table.unit or next(iter(match.units.values()), None)
    texts = {c: raw for c, raw in _header_texts(match)}
    carried = {name: sorted({c.row for c in rows.values()}) for name, rows in table.carried.items()}
    facts = column_facts(form, match.columns, match.ties, texts, match.header_row, sender=sender, period=period,
                         unit=unit, file=file_name, sheet=match.sheet.name,
                         title=" ".join(table.lines_above), carried=carried, place=township,
                         line=_field_line(match))
    if nil.is_nil(form, len(table.rows)):  # no row needs a column: a nil return hears nothing of them
        facts.problems = []
    return facts


def _field_line(match: HeaderMatch) -> str:
    """What one of the form's fields is on the file, as the clerk sees it: its header cells in one row — a column
    (列); in one column — a row of a table laid the other way round (行); else a line of a card (项).  Read from
    where the view's header cells are on the file (``Sheet.real``), whatever made the view."""
    sheet = match.sheet
    if sheet.turned_at is None and sheet.cell_map is None:
        return "列"
    cells = {sheet.real(match.header_row, c) for c in set(match.columns.values())}
    if len({r for r, _ in cells}) <= 1:
        return "列"
    return "行" if len({c for _, c in cells}) == 1 else "项"


def _header_texts(match: HeaderMatch) -> list[tuple[int, str]]:
    """Every sheet column's header as written (the matched and the unread), for questions naming them."""
    return [*((c, match.headers[name]) for name, c in match.columns.items()), *match.extra]


@dataclass(frozen=True)
class Likely:
    """Who most likely sent a file that could not be identified, what it is and for when: each None when
    not even a guess is possible.  Only for bookkeeping (``beizeng status`` lists the file under its likely
    sender as 退回, never as 未报); a return is never loaded on a guess."""

    form: str | None
    sender: str | None
    period: str | None


def _forms_named(texts: Iterable[str]) -> list[FormSpec]:
    """The forms whose title or a title keyword stands in any of ``texts`` (a refused file's lines and names)."""
    texts = list(texts)
    return [f for f in all_forms().values() if any(k in t for k in (f.title, *f.title_keywords) for t in texts)]


def likely_origin(sheets: list[Sheet] | None, file_name: str, cfg: Config, received: dt.date | None = None) -> Likely:
    """The best guess at a refused file's form, sender and period, from what identification reads (the
    lines above a table, sheet names, the file name) but without its demands: a partial header, a
    sender named in the file name alone, a period in any of them — its year, when none is written, from
    ``received`` as for a return read (``year_of_return``).  Never raises."""
    try:
        return _likely(sheets or [], file_name, cfg, received)
    except Exception:  # a guess must never stop a refusal from being recorded
        return Likely(None, None, None)


def _likely(sheets: list[Sheet], file_name: str, cfg: Config, received: dt.date | None) -> Likely:
    visible = readable_sheets(sheets)
    # the title, 填报单位 and 单位 lines: rows of one or two cells near the top, never a table's rows
    lines = [line for s in visible for line in (
        "".join(clean_text(v) for v in row if clean_text(v)) for row in s.rows[:8]
        if sum(1 for v in row if clean_text(v)) <= 2) if line]
    labelled = [_after_label(line) for line in lines if any(lb in line.replace(" ", "") for lb in SENDER_LABELS)]
    sender = None
    for text in (*labelled, *lines, *(s.name for s in visible), file_name):
        found = _names_in(text, list(cfg.senders))
        if len(found) == 1:
            sender = found[0]
            break
    form: FormSpec | None = None
    best = 0
    for f in all_forms().values():
        for m in find_headers(f, sheets)[:1]:
            if len(m.columns) >= MIN_COLUMNS_FOR_FORM and len(m.columns) > best:
                form, best = f, len(m.columns)
    if form is None:
        texts = (*lines, *(s.name for s in visible), file_name)
        named = _forms_named(texts)
        if len(named) == 1:
            form = named[0]
    if form is None and sender is not None:
        mine = [f for f in all_forms().values() if may_send(sender, f)]
        form = mine[0] if len(mine) == 1 else None
    frequency = form.frequency if form is not None else "monthly"
    said = [*lines, *(s.name for s in visible), file_name]
    year, _ = year_of_return(said, frequency, received)
    period = next((p for t in said if (p := parse_period(t, frequency, year))), None)
    return Likely(form.code if form else None, sender.name if sender else None, period)


#: What a file of sentences says when it corrects a return in words (更正说明, 由…更正为…).
_CORRECTS = re.compile(r"更正|修订|修正|更改|由.{1,20}改为|由.{1,20}调整为")


def _correction_in_words(sheets: list[Sheet], file_name: str) -> ReturnError | None:
    """A correction written only as sentences (``关于…月报的更正说明``: 西岭建材1-6月产值由50000万元更正为52000万元),
    no table: answered as what it is — the return it corrects, named, and the way a correction is made (the
    whole corrected table as a new version) — never "没有找到任何报表的表头".  None when the file says no such
    thing or names no one form."""
    for sheet in readable_sheets(sheets):
        lines = ["".join(clean_text(v) for v in row if clean_text(v)) for row in sheet.rows]
        texts = [t for t in (*lines, sheet.name, file_name) if t]
        if not any(_CORRECTS.search(t) for t in texts):
            continue
        named = _forms_named(texts)
        if len(named) != 1:
            continue
        [form] = named
        return ReturnError([Problem(
            "error", "correction_in_words",
            f"这是《{form.title}》的更正说明，但只有文字、没有表格：beizeng 按整张表更正，不能从文字里改数",
            f"请把更正后的整张《{form.title}》（全部行，不只改动的行）作为新一版报送，文件名或标题写明“更正”；"
            "更正说明可写在表下。在新一版收到之前，上一版仍然有效",
            file=file_name, sheet=sheet.name)])
    return None


def _nil_without_table(sheets: list[Sheet], file_name: str, cfg: Config, received: dt.date | None,
                       refused: ReturnError) -> Identity:
    """A ledger's nil return sent as a title and a sentence, without a table (零报告: ``我镇本月无工业固定资产投资
    项目，特此说明。``): its form from the title, sheet or file name (or the one ledger its sender sends), its
    sender and period by the rules of any return (``_identify_sender``, ``_identify_period``).  Taken as a
    return with no rows; whatever cannot be told is asked, saying the file was seen as a nil return — "表头找不到"
    is nothing a clerk who had nothing to fill in can act on.  No nil statement: the refusal stands."""
    for sheet in readable_sheets(sheets):
        found = nil.first_statement([(r + 1, list(row)) for r, row in enumerate(sheet.rows)])
        if found is not None:
            break
    else:
        raise _correction_in_words(sheets, file_name) or refused
    lines = [line for r, row in enumerate(sheet.rows)
             if r + 1 != found.row and (line := "".join(clean_text(v) for v in row if clean_text(v)))]
    texts = [*lines, found.text, sheet.name, file_name]
    seen = f"看起来是零报告（第{found.row}行“{found.text}”），但"

    def ask(code: str, message: str, fix: str) -> ReturnError:
        return ReturnError([Problem("error", code, seen + message, fix, file=file_name, sheet=sheet.name)])

    ledgers = [f for f in all_forms().values() if f.may_be_empty]
    named = sorted(((max((len(k) for k in (f.title, *f.title_keywords) if any(k in t for t in texts)), default=0), f.code)
                    for f in ledgers), reverse=True)
    if named[0][0] and (len(named) == 1 or named[0][0] > named[1][0]):
        form = get_form(named[0][1])
    else:
        senders = {s for t in texts for s in _names_in(t, list(cfg.senders))}
        theirs = {f.code for f in ledgers for s in senders if may_send(s, f)}
        if len(theirs) != 1:
            titles = "、".join(f"《{f.title}》" for f in ledgers)
            raise ask("unknown_form", "看不出是哪张报表的零报告",
                      f"请在标题中写明报表名称和期间，如“××2026年1-6月{ledgers[0].title}”（可零报告的报表：{titles}），"
                      "或使用下发的模板、在表头下写明“本期无项目”")
        form = get_form(theirs.pop())
    match = HeaderMatch(form, sheet, found.row - 1, 1, {}, {}, [])
    table = Table(match, [], [], lines, [], None, seen=[found.row], unread={found.row: "note_row"})
    problems: list[Problem] = []
    notes: list[Problem] = []
    sender = _identify_sender(form, table, match, file_name, cfg, problems, notes)
    period = _identify_period(form, table, match, file_name, received, problems, notes) if sender else None
    if period and not form.sent_in(period):
        problems.append(Problem("error", "period_not_reported", f"《{form.title}》{month_of(period)}月不单独报送",
                                "把1月的数据并入1-2月报送", file=file_name, sheet=sheet.name))
    if period and form.frequency == "monthly":
        _check_not_ahead(period, received, file_name, sheet.name, problems, notes)
    if problems:
        raise ReturnError([replace(x, message=seen + x.message) if x.severity == "error" else x for x in problems])
    assert sender is not None and period is not None
    return Identity(form, sender.as_part([text for _, text in _sender_sources(table, match, file_name)]), period,
                    match, "content", None, table, notes)
