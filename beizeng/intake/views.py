"""Other ways round of one sheet: a table turned round (indicators down the side, a column per record) and a
key：value return (a label beside its value), as views whose every cell keeps its address in the file; and the
choice, per form, of the view that reads clearly best.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from beizeng.base.forms import FormSpec
from beizeng.base.problems import Problem, col_letter
from beizeng.base.sheets import META_SHEET
from beizeng.intake import headers
from beizeng.intake.matching import (
    HeaderMatch,
    match_row,
    path_scores_of,
    rank,
    sheet_matches,
)
from beizeng.intake.reader import HEADER_SCAN_ROWS, Sheet, column_index, readable_sheets
from beizeng.intake.tables import is_figure

#: How much better a table must read turned round than as it stands before it is read turned round.
TURN_MARGIN = 1.0
#: A table turned round has a row per indicator or field, a key：value return a pair per field: beyond
#: this many rows a sheet is an ordinary long table and is not looked at either way (nor paid for).
TURN_MAX_ROWS = 60


def _turn_point(sheet: Sheet) -> int | None:
    """The row where a table laid out the other way round starts (its row of county / item names): the
    first row naming three things, else two (a key：value table), within the rows a header is sought in."""
    counts = [sum(1 for t in sheet.texts(r) if t) for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows)))]
    for least in (3, 2):
        for r, n in enumerate(counts):
            if n >= least and r + 1 < len(sheet.rows):
                return r
    return None


def _is_a_header(sheet: Sheet, r: int) -> bool:
    """Whether row ``r`` is surely some form's header as it stands (three columns or more each read with
    near certainty): then the rows below are records, whatever their first cells say — a targets table
    (指标名称 | 单位 | 年度目标) names indicators down the side too, and is not a table turned round."""
    from beizeng.base.forms import all_forms

    for form in all_forms().values():
        m = match_row(form, sheet, r, 1)
        if sum(1 for v in m.scores.values() if v >= 0.9) >= min(3, len(form.columns)):
            return True
    return False


def turned(sheet: Sheet) -> Sheet | None:
    """The sheet with its table turned round (indicators down the side become columns), the title and
    单位 lines above left where they are; made once per sheet.  None for a view or a sheet with no table.

    Every cell keeps its address in the file through ``Sheet.real``: problems and lineage name the
    cells the clerk sees (``on_the_file``)."""
    if sheet.turned_at is not None:
        return None
    if sheet._turned and sheet._turned[0] is not None:
        return sheet._turned[0]
    h0 = _turn_point(sheet)
    view: Sheet | None = None
    if h0 is not None and len(sheet.rows) - h0 <= TURN_MAX_ROWS and not _is_a_header(sheet, h0):
        block = sheet.rows[h0:]
        width = max((len(r) for r in block), default=0)
        columns = [[row[c] if c < len(row) else "" for row in block] for c in range(width)]
        merged = []
        for (r0, c0), (r1, c1) in sheet.merged:
            if r1 < h0:
                merged.append(((r0, c0), (r1, c1)))
            elif r0 >= h0:
                merged.append(((h0 + c0, r0 - h0), (h0 + c1, r1 - h0)))
        view = Sheet(sheet.name, sheet.visible, [list(r) for r in sheet.rows[:h0]] + columns, merged, sheet.source,
                     sheet.container, uncached_formulas=sheet.uncached_formulas, part=sheet.part, turned_at=h0)
        view.cleaned = {view.real(r, c): what for (r, c), what in sheet.cleaned.items()}
    if not sheet._turned:
        sheet._turned.append(None)
    sheet._turned[0] = view
    return view


_PAIR_RE = re.compile(r"^([^：:]{1,30}?)\s*[：:]\s*(\S.*)$")
#: Lines above a key：value return that say who sends it and in what unit, not a field of the return.
_CONTEXT_LABELS = ("填报单位", "报送单位", "填表单位", "单位", "计量单位", "金额单位", "填报日期", "报送日期")


def paired(sheet: Sheet) -> Sheet | None:
    """A one-record return written as key：value pairs — a label cell beside its value (one or several pairs
    a row, or a 项目|内容 table), or "标签：值" in one cell — as a view of one header row (the labels) over one
    data row (the values), every cell mapped to the file's (``Sheet.real``).  None when the sheet is no
    such return.  The title and the 填报单位/单位 lines above the first pair stay lines above."""
    if sheet.turned_at is not None:
        return None
    if len(sheet._turned) > 1:
        return sheet._turned[1]
    start: int | None = None
    pairs: list[tuple[str, Any, tuple[int, int], tuple[int, int]]] = []
    group: tuple[int, str] | None = None  # a label whose values stand beside its sub-labels (本月, 1-6月累计)
    for r in range(len(sheet.rows) if len(sheet.rows) <= TURN_MAX_ROWS else 0):
        filled = [(c, t) for c, t in enumerate(sheet.texts(r)) if t]
        if start is None:
            one = _PAIR_RE.match(filled[0][1]) if len(filled) == 1 else None
            if len(filled) < 2 and not (one and not one.group(1).replace(" ", "").startswith(_CONTEXT_LABELS)):
                continue
            start = r
        i = 0
        while i < len(filled):
            c, text = filled[i]
            m = _PAIR_RE.match(text)
            down = sheet.merge_at(r, c)
            if down is not None and down[1][0] > down[0][0] and i + 2 < len(filled):
                group = (c, text)  # 基本情况 merged down over its items: a heading of the pairs beside it
                i += 1
                continue
            if i + 2 < len(filled) and not is_figure(sheet.cell(r, c), text) and headers.is_bare(filled[i + 1][1]):
                # 完成投资（万元） | 本月 | 250: the label's sub-label names the value (本月完成投资（万元）)
                group = (c, text)
                c1, sub = filled[i + 1]
                pairs.append((sub + text, sheet.cell(r, filled[i + 2][0]), (r, c1), (r, filled[i + 2][0])))
                i += 3
            elif group is not None and c == group[0] + 1 and i + 1 < len(filled) and headers.is_bare(text):
                # (blank) | 1-6月累计 | 1,750 under it: the same label's next sub-label
                pairs.append((text + group[1], sheet.cell(r, filled[i + 1][0]), (r, c), (r, filled[i + 1][0])))
                i += 2
            elif m and not is_figure(sheet.cell(r, c), text):
                pairs.append((m.group(1), m.group(2), (r, c), (r, c)))
                i += 1
            elif i + 1 < len(filled) and not is_figure(sheet.cell(r, c), text):
                c2 = filled[i + 1][0]
                pairs.append((text.rstrip("：:"), sheet.cell(r, c2), (r, c), (r, c2)))
                i += 2
            else:
                i += 1  # a lone cell: a label left blank, or a note
    view: Sheet | None = None
    if start is not None and 3 <= len(pairs) <= TURN_MAX_ROWS and not _is_a_header(sheet, start):
        rows = [list(row) for row in sheet.rows[:start]]
        rows += [[label for label, *_ in pairs], [value for _, value, *_ in pairs]]
        cell_map = {}
        for i, (_, _, at_label, at_value) in enumerate(pairs):
            cell_map[(start, i)] = at_label
            cell_map[(start + 1, i)] = at_value
        merged = [m for m in sheet.merged if m[1][0] < start]
        view = Sheet(sheet.name, sheet.visible, rows, merged, sheet.source, sheet.container,
                     uncached_formulas=sheet.uncached_formulas, part=sheet.part, turned_at=start, cell_map=cell_map)
        back = {v: k for k, v in cell_map.items() if k[0] == start + 1}
        view.cleaned = {back.get(rc, rc): what for rc, what in sheet.cleaned.items() if rc[0] < start or rc in back}
    while len(sheet._turned) < 2:
        sheet._turned.append(None)
    sheet._turned[1] = view
    return view


def _turned_matches(form: FormSpec, view: Sheet) -> HeaderMatch | None:
    """The form's header on a turned view.  The corner column (the file's row of names: 全市 甲县 乙县…)
    is headed by whatever the clerk wrote in the corner ("指标", "项目", nothing): when no header claims
    it, it holds the form's key (县区), as a person reading the table takes it."""
    m = sheet_matches(form, view)
    if m is None or not form.key or form.key[0] in m.columns or 0 in m.columns.values() or view.cell_map is not None:
        return m
    names = [view.shown_text(r, 0) for r in range(m.data_start, len(view.rows))]
    if sum(1 for t in names if t) < 1:
        return m
    corner = 0
    # counties under a merged parent (各县区 over 甲县 乙县…, 全市 merged down beside it): the names are the
    # lower line, the one that names every record
    while corner + 1 not in m.columns.values() and corner < 2:
        lower = [view.shown_text(r, corner + 1) for r in range(m.data_start, len(view.rows))]
        filled = [(a, b) for a, b in zip(names, lower, strict=True) if a or b]
        if not filled or not all(b for _, b in filled) or len({b for _, b in filled}) <= len({a for a, _ in filled}):
            break
        corner, names = corner + 1, lower
    key = form.key[0]
    m.columns[key] = corner
    m.scores[key] = headers.THRESHOLD
    m.headers[key] = view.shown_text(m.header_row, corner)
    m.extra = [(c, raw) for c, raw in m.extra if c > corner]
    return m


def _best_on(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The form's header on one sheet, as laid out or turned round, whichever reads clearly better.

    A table whose every column is the template's own header is never turned (nothing to gain, and the
    common case stays as cheap as before)."""
    key = (form.code, id(form.model))
    if key in sheet._best:
        return sheet._best[key]
    m = sheet_matches(form, sheet)
    if not (m is not None and m.complete and m.scores and min(m.scores.values()) >= 1.0 - 1e-9):
        m = _turned_or(form, sheet, m)
    sheet._best[key] = m
    return m


def _turned_or(form: FormSpec, sheet: Sheet, m: HeaderMatch | None) -> HeaderMatch | None:
    """``m``, or the form's header on a view of the sheet (turned round, key：value) when that reads clearly
    better."""
    for view in (turned(sheet), paired(sheet)):
        if view is None or not _may_win(form, view, m):
            continue
        t = _turned_matches(form, view)
        if t is not None and t.complete and (m is None or not m.complete or t.total > m.total + TURN_MARGIN):
            m = t
    return m


def _may_win(form: FormSpec, view: Sheet, m: HeaderMatch | None) -> bool:
    """Whether a view can read better than the sheet as it stands, judged by the scorer on the view's
    first row alone (the texts down the side, the labels): the best each text could score, plus one for the
    corner column.  Scoring a whole view costs ~10× this; most sheets are settled here."""
    h0 = view.turned_at or 0
    labels = next((view.texts(r) for r in range(h0, min(h0 + 5, len(view.rows))) if any(view.texts(r))), [])
    best = [max(path_scores_of(form, (t,)).values(), default=0.0) for t in labels if t]
    bound = sum(b for b in best if b >= headers.THRESHOLD) + 1.0
    if m is not None and m.complete:
        return bound > m.total + TURN_MARGIN
    return bound >= min(3, len(form.columns))


def on_the_file(problems: Iterable[Problem], sheet: Sheet) -> None:
    """Problems found on a turned view moved to the file's cells, in place: a cell to its cell, a whole
    record (a row of the view) to its name cell, and "第N行" in its words to "第X列"."""
    h0 = sheet.turned_at
    if h0 is None:
        return

    def column_words(m: re.Match[str]) -> str:
        n = int(m.group(1)) - 1
        if n < h0:
            return m.group(0)
        return "本表" if sheet.cell_map is not None else f"第{col_letter(n - h0)}列"

    def letter_words(m: re.Match[str]) -> str:
        """A view's column named by its letter ("B列“项目代码”") is a line of the file: its row, or for a
        key：value view the label's own cell."""
        c = column_index(m.group(1).encode())
        r, c = sheet.real(h0, c)
        return f"{col_letter(c)}{r + 1}格" if sheet.cell_map is not None else f"第{r + 1}行"

    for p in problems:
        if p.sheet != sheet.name or p.row is None or p.row - 1 < h0:
            continue
        p.message = re.sub(r"第(\d+)行", column_words, p.message)
        p.message = re.sub(r"(?<![第A-Z])([A-Z]{1,3})列(?=“)", letter_words, p.message)
        if p.code == "extra_column":  # a view's column is a line of the file (turned) or one label (key：value)
            p.message = p.message.replace("此列", "此项" if sheet.cell_map is not None else "此行", 1)
        r, c = sheet.real(p.row - 1, p.col or 0)  # a whole record: its first cell (its name)
        p.row, p.col = r + 1, c


def find_headers(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """This form's best header on every readable sheet, best sheet first."""
    found = [(i, m) for i, m in enumerate(_best_on(form, s) for s in readable_sheets(sheets)) if m is not None]
    return [m for _, m in sorted(found, key=lambda im: (*rank(im[1])[:2], im[0]))]


def find_header(form: FormSpec, sheets: list[Sheet]) -> HeaderMatch | None:
    """The best place in the workbook where this form's headers stand, if any column matched."""
    found = find_headers(form, sheets)
    return found[0] if found else None


def hidden_matches(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """Complete matches on hidden sheets: only used to tell a sender why the table was not read."""
    hidden = [s for s in sheets if not s.visible and s.name != META_SHEET]
    return [m for m in (sheet_matches(form, s) for s in hidden) if m is not None and m.complete]


