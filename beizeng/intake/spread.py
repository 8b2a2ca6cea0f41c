"""A ledger whose kind of record is written as columns: one figure column per kind, the kind in the header.

财政局 keeps its cash book as 时间 | 摘要 | 上划市倍增基金 | 工业发展资金筹集 | 工业发展资金拨付 (maybe under a merged
金额（万元）, maybe each with its unit), where the form has one 事项 column and one 金额 column.  A person reads a
record per row and kind with a figure: the row's date and 摘要, the kind its column's header names, the figure.
This module makes that reading a view of the sheet in the form's own long layout — the row's other columns,
then 事项, then 金额 — every cell mapped to the file's (``Sheet.cell_map``), the kind's to its header cell, so
problems, the feedback and lineage name what the clerk sees.

What may be spread is the form's declaration, never found here: an enum column with ``spread`` naming its
figure column (``beizeng.base.forms.column``); its kinds are its choices and ``words``.  A figure column whose
header names no kind the form knows, among or beside the kinds, is a question to the sender (it is never
dropped, never guessed into a kind).  Cells: a figure gives a record; blank, "—" or 0 beside a figure in the
same row gives none (the clerk's filler of a crossed book: no event of that kind); a row whose kind cells are
all "—" or 0 gives a record of 0 per such cell (the entry the clerk wrote is kept, and adds nothing); a row
with no kind cell filled is passed on as it stands (a note, a heading, the footer, or a row the checks ask about).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from beizeng.base import units
from beizeng.base.enums import enum_key
from beizeng.base.forms import Column, FormSpec
from beizeng.base.problems import Problem, col_letter
from beizeng.intake import headers
from beizeng.intake.matching import (
    HeaderMatch,
    _header_candidates,
    _header_like,
    header_unit,
    no_header_row,
    path_scores_of,
    sheet_matches,
)
from beizeng.intake.normalise import is_nothing
from beizeng.intake.reader import HEADER_SCAN_ROWS, Sheet, clean_text
from beizeng.intake.tables import TOTAL_WORDS, is_figure

#: Fewer kinds than this across a header is an ordinary column that happens to be named like a kind.
LEAST_KINDS = 2
#: What a kind's header may say around the kind itself: 其中：, numbering, a trailing 金额 / 额.
_AROUND = re.compile(r"^(?:其中[:：]?|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)|(?:金额|额|数)$")
#: A header saying its column holds a number that is no amount (凭证号, 编号, 序号): never taken for a kind.
_CODE_LIKE = ("号", "码", "序", "编号", "凭证", "次")
#: A cash book's running balance (余额, 结余): what the events leave, no event of any kind.
_BALANCE_WORDS = ("余额", "结余", "结存")


def kind_named(kind: Column, text: str, above: str = "") -> str | None:
    """The choice of ``kind`` that a header names (its choice or one of its ``words``, without its unit, a
    leading 其中 or numbering, a trailing 金额), else None.

    ``above``: the lines over the header (the title).  A cash book's title names what it is the book of
    (2026年县工业发展资金收支台账), and its columns say only 收入 | 支出: a header names a kind when the title's
    subject and it make one of the form's words (工业发展资金 + 收入 = 工业发展资金收入) — and only one kind."""
    table = _kinds(kind.choices or (), kind.words)
    bare = headers.without_unit(text)
    keys = [enum_key(re.sub(r"\s", "", t)) for t in (bare, _AROUND.sub("", bare), _AROUND.sub("", _AROUND.sub("", bare)))]
    for key in keys:
        found = table.get(key)
        if found is not None:
            return found
    title = enum_key(re.sub(r"\s", "", above))
    if not title:
        return None
    named = {choice for word, choice in table.items() for key in keys[:2]
             if key and word.endswith(key) and len(word) > len(key) and word[: -len(key)] in title}
    return next(iter(named)) if len(named) == 1 else None


@cache
def _kinds(choices: tuple[str, ...], words: tuple[tuple[str, Any], ...]) -> dict[str, str]:
    """Folded kind name → the choice it names: built once per column (every header cell of every sheet asks)."""
    return {enum_key(c): c for c in choices} | {enum_key(w): m for w, m in words if isinstance(m, str)}


def long_match(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The form's header on the sheet read long (one record per row and kind), when its kinds are written as
    columns and the view reads as the form whole with the kind and the figure in their own columns; else None.

    The kinds in the header decide it, not a score: a cash book's columns are the form's kinds by name."""
    view = spread(form, sheet)
    if view is None or form.spread is None:
        return None
    kind, figure = form.spread
    m = sheet_matches(form, view)
    at = len(view.rows[view.turned_at or 0]) - 2
    if m is None or not m.complete or m.columns.get(kind.name) != at or m.columns.get(figure.name) != at + 1:
        return None
    return m


def spread(form: FormSpec, sheet: Sheet) -> Sheet | None:
    """The sheet read one record per row and kind (see the module's docstring), made once per form; None when
    the form declares no spread column or the sheet has no header with two kinds or more across it."""
    if form.spread is None or sheet.turned_at is not None:
        return None
    key = ("spread", form.code, id(form.model))
    if key not in sheet._views:
        sheet._views[key] = _spread(form, sheet, *form.spread)
    return sheet._views[key]  # type: ignore[no-any-return]


def _header(sheet: Sheet, kind: Column, figure: Column) -> tuple[int, int, dict[int, str]] | None:
    """(first row, height, column → kind) of the first header with ``LEAST_KINDS`` kinds across it, each of
    them a figure of ``figure``'s dimension (a 工业用地供应（亩） column is an area, no amount)."""
    want = units.lookup(figure.unit).dimension if figure.unit else None
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        if no_header_row(sheet.texts(r)):
            continue  # (单位：县财政局 | 单位：亿元 over the header is no parent of its columns)
        above = " ".join(t for i in range(r) for t in sheet.texts(i) if t)
        for height in (1, 2, 3):
            if height > 1 and not _header_like(sheet, r + height - 1):
                break
            found: dict[int, str] = {}
            for c, (path, raw) in enumerate(_header_candidates(sheet, r, height)):
                said = header_unit(raw)
                if not path or (said and want and units.lookup(said).dimension != want):
                    continue
                named = kind_named(kind, path[-1], above)
                if named is not None:
                    found[c] = named
            if len(set(found.values())) >= LEAST_KINDS:
                return r, height, found
    return None


def _spread(form: FormSpec, sheet: Sheet, kind: Column, figure: Column) -> Sheet | None:
    found = _header(sheet, kind, figure)
    if found is None:
        return None
    r, height, kinds = found
    candidates = _header_candidates(sheet, r, height)
    for c, (path, _) in enumerate(candidates):
        if c not in kinds and path and path_scores_of(form, path).get(kind.name, 0.0) >= headers.THRESHOLD:
            return None  # the sheet has its own 事项 column: it is long already
    data_start = r + height
    rows_below = range(data_start, len(sheet.rows))
    unknown = _unknown(form, sheet, candidates, kinds, rows_below)
    spread_cols = sorted([*kinds, *unknown])
    kept = [c for c in range(sheet.width) if c not in spread_cols]
    if not kept:
        return None
    kind_cell = {c: _top_left(sheet, r + height - 1, c) for c in spread_cols}
    said_units = {u for c in kinds if (u := header_unit(candidates[c][1]))}
    unit = next(iter(said_units)) if len(said_units) == 1 else None
    questions = [_unknown_kind(form, kind, candidates[c][0][-1], kind_cell[c], sheet.name) for c in unknown]
    if len(said_units) > 1:
        first = min(kinds)
        questions.append(Problem(
            "error", "spread_units", f"各{kind.header}的{figure.header}列单位不同（"
            + "、".join(f"{col_letter(c)}列“{candidates[c][0][-1]}”" for c in sorted(kinds)) + "），不能合在一起读",
            f"请把各列换算成同一单位（如{figure.unit}）后重新报送", sheet=sheet.name, row=kind_cell[first][0] + 1,
            col=first))
    # the view: the lines above, one header row (the kept columns' header paths, top-aligned, then 事项 | 金额)
    depth = max((len(candidates[c][0]) for c in kept), default=1) or 1
    rows: list[list[Any]] = [list(row) for row in sheet.rows[:r]]
    cell_map: dict[tuple[int, int], tuple[int, int]] = {}
    parent = _top_left(sheet, r, min(kinds)) if height > 1 else kind_cell[min(kinds)]
    for i in range(depth):
        line: list[Any] = []
        for v, c in enumerate(kept):
            path = candidates[c][0]
            line.append(path[i] if i < len(path) else "")
            cell_map[(r + i, v)] = _top_left(sheet, min(r + i, r + height - 1), c)
        line += [kind.header if i == 0 else "", (f"{figure.header}（{unit}）" if unit else figure.header) if i == 0 else ""]
        cell_map[(r + i, len(kept))] = kind_cell[min(kinds)]
        cell_map[(r + i, len(kept) + 1)] = parent
        rows.append(line)
    known = sorted(kinds)
    for i in rows_below:
        base = [_value(sheet, i, c, data_start) for c in kept]
        cells = {c: sheet.cell(i, c) for c in known}
        figures = [c for c in known if _is_figure(cells[c])]
        zeros = [c for c in known if c not in figures and clean_text(cells[c])]
        records: list[int | None] = [*figures] or [*zeros] or [None]
        for kc in records:
            at = len(rows)
            for v, k in enumerate(kept):
                cell_map[(at, v)] = (i, k)
            if kc is None:  # no kind filled: the row as it stands (a note, a heading, the footer, a row to ask about)
                rows.append([*base, "", ""])
                cell_map[(at, len(kept))] = cell_map[(at, len(kept) + 1)] = (i, known[0])
                continue
            rows.append([*base, kinds[kc], cells[kc]])
            cell_map[(at, len(kept))] = kind_cell[kc]
            cell_map[(at, len(kept) + 1)] = (i, kc)
            if (other := _row_names_another(kind, sheet, i, kept, {kinds[k] for k in records if k is not None})) \
                    is not None:
                questions.append(_kind_clash(kind, figure, sheet, i, kc, kinds[kc], *other))
    listed = "、".join(f"{col_letter(c)}列“{candidates[c][0][-1]}”" + (
        f"（{kinds[c]}）" if enum_key(kinds[c]) not in enum_key(candidates[c][0][-1]) else "") for c in known)
    view = sheet.view(rows, r, cell_map, reading=f"表格的{figure.header}按{kind.header}分列填写（{listed}），已把每行每一列的"
                                                 f"{figure.header}读作一条记录，{kind.header}取自该列的表头；为空、0或“—”的格"
                                                 f"不作为记录（一行各列都是0或“—”时按0读取）")
    view.header_fields = (len(kept),)
    view.questions = questions
    return view


def _unknown(form: FormSpec, sheet: Sheet, candidates: list[tuple[tuple[str, ...], str]], kinds: dict[int, str],
             rows: range) -> list[int]:
    """The figure columns the reader cannot place among the kinds: any column between two kinds, any under the
    kinds' merged parent, and a column of figures right beside them whose header the form does not know
    (省级专项资金 after 工业发展资金拨付) — a 合计 across the kinds, or a code (凭证号), is none of them."""
    lo, hi = min(kinds), max(kinds)
    parents = {candidates[c][0][:-1] for c in kinds}
    parent = next(iter(parents)) if len(parents) == 1 else ()

    def placeable(c: int) -> bool:
        path, raw = candidates[c]
        text = headers.without_unit(path[-1]) if path else ""
        return bool(path) and c not in kinds and not any(w in text for w in (*TOTAL_WORDS, *_BALANCE_WORDS)) \
            and not text.endswith(_CODE_LIKE)

    out = [c for c in range(lo, hi + 1) if placeable(c)]
    if parent:
        out += [c for c, (path, _) in enumerate(candidates) if path[:-1] == parent and c not in out and placeable(c)]
    for step in (1, -1):
        c = (hi if step == 1 else lo) + step
        while 0 <= c < len(candidates) and c not in out and placeable(c) \
                and max(path_scores_of(form, candidates[c][0]).values(), default=0.0) < headers.THRESHOLD \
                and any(is_figure(sheet.cell(i, c), sheet.texts(i)[c] if c < len(sheet.texts(i)) else "") for i in rows):
            out.append(c)
            c += step
    return sorted(out)


def _unknown_kind(form: FormSpec, kind: Column, header: str, at: tuple[int, int], sheet: str) -> Problem:
    choices = "、".join(kind.choices or ())
    return Problem("error", "unknown_kind_column",
                   f"表头“{header}”这一列的金额不是《{form.title}》的{kind.header}（{choices}）之一，无法判断算哪一项",
                   f"请把表头改为其中一项的名称；不属于本表的金额请删去这一列，或在“{kind.header}”列逐行写明后按一行一笔填报",
                   sheet=sheet, row=at[0] + 1, col=at[1])


def _row_names_another(kind: Column, sheet: Sheet, i: int, kept: list[int], mine: set[str]) -> tuple[int, str, str] | None:
    """(column, its text, the kind it names) when a row's own words (its 摘要) name a kind that none of the columns
    its figures stand in is: 上划市倍增基金一季度 written as a 支出 of a 工业发展资金 cash book is a contribution to the
    city fund, or a disbursement — only the clerk knows; None when its words name none, or a kind it has a figure
    of (二季度上划基金并追加预算 with figures under 上划 and 筹集)."""
    table = _kinds(kind.choices or (), kind.words)
    for c in kept:
        text = clean_text(sheet.cell(i, c))
        if not text or isinstance(sheet.cell(i, c), int | float):
            continue
        key = enum_key(re.sub(r"\s", "", text))
        named = {choice for word, choice in table.items() if len(word) >= 4 and word in key}
        if named and not named & mine:
            return c, text, "、".join(sorted(named))
    return None


def _kind_clash(kind: Column, figure: Column, sheet: Sheet, i: int, kc: int, mine: str, c: int, text: str,
                named: str) -> Problem:
    return Problem("error", "spread_kind_clash",
                   f"第{i + 1}行{col_letter(c)}列写的是“{text}”（{named}），{figure.header}却填在{col_letter(kc)}列"
                   f"（按表头是{mine}），看不出这一笔算哪一项",
                   f"请把这一笔填到对应{kind.header}的列，或在表头写明该列是哪一项（可填：{'、'.join(kind.choices or ())}）",
                   sheet=sheet.name, row=i + 1, col=kc)


def _top_left(sheet: Sheet, r: int, c: int) -> tuple[int, int]:
    m = sheet.merge_at(r, c)
    return m[0] if m is not None else (r, c)


def _value(sheet: Sheet, i: int, c: int, data_start: int) -> Any:
    """A cell of a kept column; one merged down over rows of the table (a month written once) in each row."""
    value = sheet.cell(i, c)
    if value in ("", None) and sheet.merged:
        m = sheet.merge_at(i, c)
        if m is not None and m[0][0] >= data_start:
            return sheet.cell(*m[0])
    return value


def _is_figure(value: Any) -> bool:
    """A kind cell holding something other than blank, "—" or 0: a record (what it holds the normaliser reads,
    or asks about)."""
    if is_nothing(value) or isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value != 0
    text = clean_text(value).replace(",", "")
    try:
        return Decimal(text) != 0
    except InvalidOperation:
        return bool(text)
