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
from beizeng.intake.cards import Cards, read_cards
from beizeng.intake.indicators import indicator_table, may_read
from beizeng.intake.matching import (
    HeaderMatch,
    match_row,
    path_scores_of,
    rank,
    sheet_matches,
)
from beizeng.intake.reader import (
    HEADER_SCAN_ROWS,
    Sheet,
    clean_text,
    column_index,
    hand_hidden_rows,
    header_key,
    readable_sheets,
    struck_rows,
)
from beizeng.intake.spread import long_match

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
        # a line the clerk hid by hand is a hidden column of the view: it never rivals a shown line (matching)
        view.hidden_columns = frozenset(r - h0 for r in hand_hidden_rows(sheet) if r >= h0)
    if not sheet._turned:
        sheet._turned.append(None)
    sheet._turned[0] = view
    return view


def paired(sheet: Sheet) -> Sheet | None:
    """A return written as cards of key：value pairs (``beizeng.intake.cards``: a label cell beside its value,
    one or several pairs a row, a 项目|内容 table, "标签：值" in one cell, a small table of figures inside)
    as a view of one header row (every label) over a row per card (its values), every cell mapped to the
    file's (``Sheet.real``).  None when the sheet is no such return.  The title and the 填报单位/单位 lines
    above the first pair stay lines above."""
    if sheet.turned_at is not None:
        return None
    if len(sheet._turned) > 1:
        return sheet._turned[1]
    found = read_cards(sheet, TURN_MAX_ROWS, hand_hidden_rows(sheet), struck_rows(sheet))
    view: Sheet | None = None
    if found is not None and found.pairs <= TURN_MAX_ROWS * 2 and not _values_are_headers(found):
        start = found.start
        columns: dict[str, int] = {}  # a label's key → its column of the view (cards share their labels)
        labels: list[str] = []
        cell_map: dict[tuple[int, int], tuple[int, int]] = {}
        for card in found.records:
            for p in card:
                key = header_key(p.label) or p.label
                if key not in columns:
                    columns[key] = len(labels)
                    labels.append(p.label)
                    cell_map[(start, columns[key])] = p.at_label
        rows = [list(row) for row in sheet.rows[:start]] + [labels]
        for k, card in enumerate(found.records):
            values: list[Any] = [""] * len(labels)
            for i in range(len(labels)):  # a label this card lacks: named by the card's first label
                cell_map[(start + 1 + k, i)] = card[0].at_label
            for p in card:
                i = columns[header_key(p.label) or p.label]
                values[i] = p.value
                cell_map[(start + 1 + k, i)] = p.at_value
            rows.append(values)
        hidden: set[int] = set()
        struck: set[int] = set()
        # a line the clerk hid, or struck and typed again: a hidden column of the view, in its card's row (as
        # turned), never a rival of a line shown
        for p, crossed in [*((p, False) for p in found.hidden), *((p, True) for p in found.struck)]:
            j = len(labels)
            labels.append(p.label)
            hidden.add(j)
            if crossed:
                struck.add(j)
            cell_map[(start, j)] = p.at_label
            k = max((i for i, card in enumerate(found.records) if card[0].row <= p.row), default=0)
            for i in range(len(found.records)):
                rows[start + 1 + i].append(p.value if i == k else "")
                cell_map[(start + 1 + i, j)] = p.at_value if i == k else found.records[i][0].at_label
        view = sheet.view(rows, start, cell_map)
        view.hidden_columns = frozenset(hidden)
        view.struck_lines = frozenset(struck)
    while len(sheet._turned) < 2:
        sheet._turned.append(None)
    sheet._turned[1] = view
    return view


def _values_are_headers(found: Cards) -> bool:
    """Whether the first row of "pairs" is a table's header row (项目名称 | 项目代码 | 建设性质 …): then what
    stands beside each label is another column's header, surely some form's, not a value, and the sheet is
    an ordinary table.  A card's first row (项目代码 | 2601-… | 项目名称 | 东镇…) has values beside its labels."""
    from beizeng.base.forms import all_forms

    forms = list(all_forms().values())
    first = [p for p in found.records[0] if p.row == found.start] if found.records else []
    values = [t for t in (clean_text(p.value) for p in first) if t]
    sure = sum(1 for t in values if any(max(path_scores_of(f, (t,)).values(), default=0.0) >= 0.9 for f in forms))
    return sure >= 2 and sure * 2 >= len(values)


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


def _is_the_template(m: HeaderMatch | None) -> bool:
    """Every column found is the form's own header word for word, and the form is whole: the sheet is surely
    this form's, as laid out (nothing to gain from another view or from asking what else it might be)."""
    return m is not None and m.complete and bool(m.scores) and min(m.scores.values()) >= 1.0 - 1e-9


def _best_on(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The form's header on one sheet, as laid out, read long (its kinds written as columns), or turned round,
    whichever reads clearly better.

    A table whose every column is the template's own header is never turned (nothing to gain, and the
    common case stays as cheap as before)."""
    key = (form.code, id(form.model))
    if key in sheet._best:
        return sheet._best[key]
    m = sheet_matches(form, sheet)
    if not _is_the_template(m):  # a kind written as columns (beizeng.intake.spread): its header says so
        m = long_match(form, sheet) or _turned_or(form, sheet, m)
    sheet._best[key] = m
    return m


def _turned_or(form: FormSpec, sheet: Sheet, m: HeaderMatch | None) -> HeaderMatch | None:
    """``m``, or the form's header on a view of the sheet (turned round, key：value) when that reads clearly
    better."""
    for view in (turned(sheet), paired(sheet), indicator_table(form, sheet)):
        if view is None or not _may_win(form, view, m):
            continue
        t = _turned_matches(form, view)
        if t is not None and _reads_better(t, m):
            m = t
    return m


def _reads_better(t: HeaderMatch, m: HeaderMatch | None) -> bool:
    """Whether the view's reading ``t`` beats ``m``: complete where ``m`` is not; against another view, one
    read without a question beats one with equally likely columns (two cards read as one turned table tie
    on every label: the pairs read them without asking); otherwise clearly more sure by ``TURN_MARGIN``."""
    if not t.complete:  # a card naming its record's key is that record, a line missing or not: then it is said
        return _keyed_card(t) and (m is None or (not m.complete and t.total > m.total + TURN_MARGIN))
    if m is None or not m.complete:
        return True
    if m.sheet.turned_at is not None and bool(t.ties) != bool(m.ties):
        return not t.ties
    if _cards(t.sheet) > 1 and m.sheet.turned_at is not None and m.sheet.cell_map is None and t.total >= m.total - 1e-9 \
            and _labels_as_records(m):
        return True  # cards side by side read as one turned table: its "records" are their units and labels again
    return t.total > m.total + TURN_MARGIN


def _labels_as_records(m: HeaderMatch) -> bool:
    """Whether a turned reading takes a column of labels for a record (cards side by side turned round: 项目名称,
    项目代码 … read as one project's values) — two of its cells or more are the form's headers word for word.  A
    table truly turned round (项目一 | 项目二 | 项目三 | 合计 across the top) has none: each record is a project's."""
    view = m.sheet
    for r in range(m.data_start, len(view.rows)):
        said = sum(1 for t in view.texts(r) if t and max(path_scores_of(m.form, (t,)).values(), default=0.0) >= 0.9)
        if said >= 2:
            return True
    return False


def _keyed_card(t: HeaderMatch) -> bool:
    """Whether ``t`` reads one key：value card whose record's key is surely named (统一社会信用代码：…): an
    enterprise's own return is that enterprise's record even when a line the form needs is missing, and the
    sender is told which line is missing rather than that the file is some other form."""
    key = t.form.key[0] if t.form.key else None
    return t.sheet.cell_map is not None and _cards(t.sheet) == 1 and key is not None and t.scores.get(key, 0.0) >= 0.9


def key_value_words(view: Sheet) -> str:
    """How a key：value view was read, as the sender's note says it: from which row, how many cards."""
    start, n = (view.turned_at or 0) + 1, _cards(view)
    if n > 1:
        return f"报表是“项目：内容”式的卡片（每项一个名称、一个值），已从第{start}行起读取{n}张卡片，每张卡片一条记录"
    return f"报表是“项目：内容”式的（每项一个名称、一个值），已从第{start}行起按一条记录读取"


def _cards(view: Sheet) -> int:
    """How many cards a key：value view holds (0 for any other sheet)."""
    return len(view.rows) - (view.turned_at or 0) - 1 if view.cell_map is not None else 0


def _may_win(form: FormSpec, view: Sheet, m: HeaderMatch | None) -> bool:
    """Whether a view can read better than the sheet as it stands, judged by the scorer on the view's
    first row alone (the texts down the side, the labels): the best each text could score, plus one for the
    corner column.  Scoring a whole view costs ~10× this; most sheets are settled here."""
    h0 = view.turned_at or 0
    labels = next((view.texts(r) for r in range(h0, min(h0 + 5, len(view.rows))) if any(view.texts(r))), [])
    best = [max(path_scores_of(form, (t,)).values(), default=0.0) for t in labels if t]
    bound = sum(b for b in best if b >= headers.THRESHOLD) + 1.0
    if m is not None and m.complete and not (m.ties and m.sheet.turned_at is not None):
        if _cards(view) > 1 and m.sheet.turned_at is not None and m.sheet.cell_map is None:
            return bound > m.total  # several cards against a turned reading: even scores go to the cards
        return bound > m.total + TURN_MARGIN
    return bound >= min(3, len(form.columns))


#: "列" in a note's own words, not inside the quotes that hold the clerk's or the form's text.
_COLUMN_WORD = re.compile(r"列(?![^“]*”)(?![^「]*」)")


def _as_line(text: str) -> str:
    """A note about a hidden column of a turned or key：value view in the file's terms: a line (行) hidden."""
    return _COLUMN_WORD.sub("行", text)


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
        if sheet.reading:  # a table of indicators read upright: the record's name cell
            r, c = sheet.real(n, 0)
            return f"{col_letter(c)}{r + 1}格"
        if sheet.cell_map is not None and _cards(sheet) > 1:  # one of several cards: named by its first cell
            r, c = min(v for k, v in sheet.cell_map.items() if k[0] == n)
            return f"{col_letter(c)}{r + 1}格起的那张卡片"
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
        if p.code == "extra_column" and not sheet.header_fields:  # a view's column is a line of the file (turned)
            p.message = p.message.replace("此列", "此项" if sheet.cell_map is not None else "此行", 1)  # or a label
        if p.code.startswith(("total", "subtotal")) and sheet.cell_map is None and not sheet.reading:
            # a 合计 column of a table turned round is its 合计 row: said as the column the clerk sees
            p.message, p.fix = (t.replace("合计行", "合计列").replace("各行", "各列") for t in (p.message, p.fix))
        if p.code in ("hidden_column", "hidden_column_read"):  # a hidden column of the view is a line hidden
            p.message, p.fix = _as_line(p.message), _as_line(p.fix)
        r, c = sheet.real(p.row - 1, p.col or 0)  # a whole record: its first cell (its name)
        p.row, p.col = r + 1, c


def find_headers(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """This form's best header on every readable sheet, best sheet first."""
    # a table of indicators is no county's records (may_read), asked only where the form's own header is not
    # there word for word (the template's sheets, most sheets, settle it at once)
    found: list[tuple[int, HeaderMatch]] = []
    for s in readable_sheets(sheets):
        m = _best_on(form, s)
        if m is not None and (_is_the_template(m) or may_read(form, s)):
            found.append((len(found), m))
    return [m for _, m in sorted(found, key=lambda im: (*rank(im[1])[:2], im[0]))]


def find_header(form: FormSpec, sheets: list[Sheet]) -> HeaderMatch | None:
    """The best place in the workbook where this form's headers stand, if any column matched."""
    found = find_headers(form, sheets)
    return found[0] if found else None


def hidden_matches(form: FormSpec, sheets: list[Sheet]) -> list[HeaderMatch]:
    """Complete matches on hidden sheets: only used to tell a sender why the table was not read."""
    hidden = [s for s in sheets if not s.visible and s.name != META_SHEET]
    return [m for m in (sheet_matches(form, s) for s in hidden) if m is not None and m.complete]


