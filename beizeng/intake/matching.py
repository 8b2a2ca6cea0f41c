"""Find a form's header on a sheet by meaning: which sheet column holds which form column, how surely.

One scorer for every form (beizeng.intake.headers); this module walks the sheet's candidate header rows
(1, 2 or 3 rows, merged cells composed parent ▸ child), splits tables standing side by side, and ranks the
places a header may stand.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from beizeng.base.forms import FIGURE_KINDS, Column, FormSpec
from beizeng.base.units import Unit
from beizeng.base.units import dimension_of as unit_dimension
from beizeng.base.units import lookup as unit_named
from beizeng.intake import beside, headers, records
from beizeng.intake.reader import (
    HEADER_SCAN_ROWS,
    HEADER_UNIT_RE,
    Sheet,
    _header_keys,
    clean_text,
    header_key,
    header_keys,
)


@dataclass
class HeaderMatch:
    """Where a form's header was found and which sheet column holds which form column."""

    form: FormSpec
    sheet: Sheet
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1, 2 or 3 rows
    columns: dict[str, int]  # form column name → 0-based sheet column
    units: dict[str, str]  # form column name → unit written in its header, if any
    extra: list[tuple[int, str]]  # sheet columns with a header the form does not know
    headers: dict[str, str] = field(default_factory=dict)  # form column name → header text as written
    #: form column name → how sure the match is (1.0: the schema's own header; see beizeng.intake.headers)
    scores: dict[str, float] = field(default_factory=dict)
    #: form column name → the sheet columns equally likely to hold it (the sender is asked, never guessed)
    ties: dict[str, list[int]] = field(default_factory=dict)
    #: form column name → the other sheet columns giving the same quantity in another unit, with that unit
    #: (供地面积（公顷） beside 折合（亩）): not read, held against the column read (``_in_own_unit``)
    restated: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: Hidden sheet columns with a header: those read because no visible column holds their field (form column
    #: name → sheet column), and those left unread (sheet column, header as written).
    hidden_read: dict[str, int] = field(default_factory=dict)
    hidden_unread: list[tuple[int, str]] = field(default_factory=list)
    #: Sheet columns holding a figure another column revises (年初目标 beside 调整后目标): (sheet column, its header,
    #: the revising column's header), not read (``superseded``)
    superseded: list[tuple[int, str, str]] = field(default_factory=list)
    #: A revising column → the column it revises (调整后目标 → 年初目标): a row whose revision is blank keeps the
    #: figure it had (beizeng.intake.tables: not revised is not blank).
    revises: dict[int, int] = field(default_factory=dict)
    #: Tables of the form beside this one whose title or header names an earlier period (May's table pasted beside
    #: June's for comparison): (first column, last column, the month its figures end at), not read (``_periods_apart``).
    other_tables: list[tuple[int, int, int]] = field(default_factory=list)
    _evidence: tuple[object, bool] | None = field(default=None, repr=False, compare=False)

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def total(self) -> float:
        """The sum of the column scores: what ranks one place, sheet or form against another."""
        return sum(self.scores.values()) if self.scores else float(len(self.columns))

    @property
    def missing(self) -> list[Column]:
        """Form columns the sheet has no column for and that the context cannot fill either."""
        return [c for c in self.form.columns if c.name not in self.columns and not c.implied_by]

    @property
    def missing_required(self) -> list[Column]:
        """Missing columns without which the form's figures cannot be computed (``FormSpec.needs``)."""
        return [c for c in self.missing if self.form.needs(c)]

    @property
    def data_start(self) -> int:
        return self.header_row + self.header_height

    @property
    def complete(self) -> bool:
        """All required columns found, and enough evidence that the match is no coincidence: three columns, or
        the rows' key and a figure named word for word over rows that are the form's records (``keyed``)."""
        if self.missing_required:
            return False
        return self.score >= min(LEAST_COLUMNS, len(self.form.columns)) or self.keyed

    @property
    def keyed(self) -> bool:
        """The form's record key and one of its figures each headed word for word (the template's header or a
        listed alias), over rows whose key cells are the form's records (县区 | 规上工业增加值增速 | 位次 over 全市,
        甲县 …): as sure as three columns, since a person knows the table from its rows, not from a count of
        its headers.  A key whose values have no shape to tell (a project's name) is never evidence."""
        if not self.form.key or self.score < 2:
            return False
        state = (tuple(self.columns.items()), self.header_row, self.header_height)
        if self._evidence is None or self._evidence[0] != state:
            self._evidence = (state, _keyed(self))
        return self._evidence[1]


#: A header naming this many of a form's columns is no coincidence (fewer needs the rows' evidence: ``keyed``).
LEAST_COLUMNS = 3
#: The share of the key's filled cells that must look like the form's records (the rest: a note, a 合计).
KEY_SHARE = 2 / 3
#: How many rows under the header are looked at for that evidence.
_KEY_ROWS = 60


def _keyed(m: HeaderMatch) -> bool:
    key = m.form.column(m.form.key[0])
    if m.scores.get(key.name, 0.0) < headers.WEIGHT_ALIAS - 1e-9 or key.name not in m.columns:
        return False
    figures = [m.columns[c.name] for c in m.form.columns if c.kind in FIGURE_KINDS and c.name in m.columns
               and m.scores.get(c.name, 0.0) >= headers.WEIGHT_ALIAS - 1e-9]
    rows = range(m.data_start, min(len(m.sheet.rows), m.data_start + _KEY_ROWS))
    if not any(is_number(m.sheet.cell(r, c)) for c in figures for r in rows):
        return False
    texts = [t for t in (m.sheet.shown_text(r, m.columns[key.name]) for r in rows) if t]
    said = records.county_rows(texts) if key.kind == "county" else [records.fits_key(key, t) for t in texts]
    fit = sum(1 for f in said if f)
    return fit >= 2 and fit >= KEY_SHARE * len(said)


def is_number(value: object) -> bool:
    """A figure as typed: a number, or a text of one (6.5, 6.5%, 1,234)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    text = clean_text(value).replace(",", "").replace("%", "").replace("％", "")
    try:
        float(text)
    except ValueError:
        return False
    return True


def _header_candidates(sheet: Sheet, r: int, height: int) -> list[tuple[tuple[str, ...], str]]:
    """Per column: the header's path (parent ▸ child, empty when the column has no header) and the raw
    text (for its unit).  Worked out once per sheet, the same for every form."""
    cached = sheet._candidates.get((r, height))
    if cached is None:
        cached = sheet._candidates[(r, height)] = _compute_candidates(sheet, r, height)
    return cached


def _compute_candidates(sheet: Sheet, r: int, height: int) -> list[tuple[tuple[str, ...], str]]:
    """Per column: the texts of the header rows from top to bottom, a merged cell's text in every column
    it covers and a text merged down over several rows once.

    A lower cell under an empty upper one inherits the group on its left when the file keeps no merge
    information (.ods), as a person reading the printed table would.
    """
    out: list[tuple[tuple[str, ...], str]] = []
    carried: list[str] = [""] * height
    rows = [sheet.texts(r + i) for i in range(height)]
    for c in range(sheet.width):
        path: list[str] = []
        for i in range(height):
            if sheet.merged:
                m = sheet.merge_at(r + i, c)
                if m is not None and i > 0 and m[0][0] < r + i:
                    continue  # merged down from a row above: already in the path
                text = sheet.shown_text(r + i, c)
            else:
                text = rows[i][c] if c < len(rows[i]) else ""
                below = any(c < len(rows[j]) and rows[j][c] for j in range(i + 1, height))
                if not text and below and carried[i]:
                    text = carried[i]
                carried[i] = text if below else ""
            if text and (not path or path[-1] != text):
                path.append(text)
        out.append((tuple(path), "".join(path)))
    for c in _merged_across(sheet, r + height - 1, r + height):
        out[c] = ((), "")
    return _with_neighbours(out)


def _merged_across(sheet: Sheet, last: int, data_start: int) -> list[int]:
    """The columns right of the first under a header cell merged across several (项目名称 over B:C) whose every
    data cell is empty: the names are merged across the same columns (a merged cell's value stands in its first
    column) or typed in the first.  Such a header is ONE column, the leftmost, as a person reads it — never two
    columns of the same name asked about.  A column under it holding a value of its own keeps the header (two
    columns of the same name are still asked about)."""
    if not sheet.merged:
        return []
    out: list[int] = []
    for (r0, c0), (r1, c1) in sheet.merged:
        if c1 <= c0 or not r0 <= last <= r1:
            continue
        right = range(c0 + 1, min(c1 + 1, sheet.width))
        if all(not clean_text(sheet.cell(i, c)) for i in range(max(data_start, r1 + 1), len(sheet.rows))
               for c in right):
            out.extend(right)
    return out


#: Headers of a table's label columns: what stands right of them is no qualifier of theirs (单位 | 2025年 | 2026年
#: are the years' figures, not the unit's).
_LABEL_HEADS = frozenset({"单位", "计量单位", "序号", "编号", "备注", "说明"})


def _with_neighbours(columns: list[tuple[tuple[str, ...], str]]) -> list[tuple[tuple[str, ...], str]]:
    """A header that is only a qualifier (增速, 本月, 上年同期) right of a column it qualifies reads as that
    column's child, as a person reads "规上工业总产值（亿元） | 增速 | 排名"; the neighbour's unit stays its own.
    A label column (单位, 序号: ``_LABEL_HEADS``) qualifies nothing."""
    out = list(columns)
    subject: str | None = None
    for c, (full, raw) in enumerate(columns):
        if not full:
            continue
        # a label over its unit's own row (a table turned round: 规上工业总产值 | 亿元, 其中：增速 | %) is that label
        path = full[:-1] if len(full) == 2 and headers.restated_unit(full[-1]) is not None else full
        if len(path) == 1 and headers.is_bare(path[0]):
            if subject is not None:
                out[c] = ((subject, path[0]), raw)
        else:
            subject = headers.without_unit(path[-1]) if len(path) == 1 else None
            if subject is not None and subject.replace(" ", "") in _LABEL_HEADS:
                subject = None
    return out


NUMBER_TYPES = (int, float, dt.date, dt.datetime, dt.time)


def _header_like(sheet: Sheet, r: int) -> bool:
    """A row that may be part of a header: some text, and not a row of figures (a data row under a
    one-row header must not be composed into it)."""
    if not any(sheet.texts(r)):
        return False
    row = sheet.rows[r] if r < len(sheet.rows) else []
    figures = sum(1 for v in row if isinstance(v, NUMBER_TYPES) and not isinstance(v, bool))
    return figures < 2


_PATHS: dict[tuple[str, int, tuple[str, ...]], dict[str, float]] = {}


def path_scores_of(form: FormSpec, path: tuple[str, ...]) -> dict[str, float]:
    """Form column → score of one header path: by meaning (beizeng.intake.headers), and at least as sure as
    before for the template's own header or a listed alias (exact keys, as ``header_keys`` folds them)."""
    key = (form.code, id(form.model), path)
    cached = _PATHS.get(key)
    if cached is None:
        cached = dict(headers.path_scores(form, path))
        lookup = _lookup(form)
        for text, factor in headers.path_texts(path):
            for k in _header_keys(text):
                name = lookup.get(k)
                if name is not None:
                    s = factor * (1.0 if name == _canonical(form, text) else headers.WEIGHT_ALIAS)
                    if s > cached.get(name, 0.0):
                        cached[name] = s
                    break
        if len(_PATHS) > 100_000:
            _PATHS.clear()
        _PATHS[key] = cached
    return cached


def superseded(form: FormSpec, paths: list[tuple[str, ...]]) -> dict[int, int]:
    """Header column → the column revising it: 年初目标 | 调整后目标 (or 年度目标 | 调整后目标, 原目标 | 目标（调整后）)
    are one figure before and after a mid-year revision, and a person reads the revised one — never the first by
    its plainer header, never a question.  A column is revised when its header says so (``headers.REVISED_RE``) and
    superseded when, its words of the earlier figure (``headers.EARLIER_RE``) set aside, it names the same form
    column.  The one rule for every form and every layout (a header row here, a table of indicators' labels in
    beizeng.intake.indicators)."""
    if not any(headers.REVISED_RE.search("".join(p)) for p in paths):
        return {}

    def best(path: tuple[str, ...]) -> str | None:
        scores = path_scores_of(form, path)
        name = max(scores, key=lambda n: scores[n], default=None)
        return name if name is not None and scores[name] >= headers.THRESHOLD else None

    revised = {c: n for c, p in enumerate(paths) if p and headers.REVISED_RE.search("".join(p)) and (n := best(p))}
    out: dict[int, int] = {}
    for c, p in enumerate(paths):
        if not p or c in revised:
            continue
        name = best(tuple(headers.EARLIER_RE.sub("", t) or t for t in p))
        by = next((r for r, n in revised.items() if n == name), None)
        if by is not None:
            out[c] = by
    return out


def _canonical(form: FormSpec, text: str) -> str | None:
    key = header_key(text)
    return next((c.name for c in form.columns if header_key(c.header) == key), None)


_LOOKUPS: dict[tuple[str, int], dict[str, str]] = {}
_ASSIGNED: dict[tuple[str, int, tuple[tuple[str, ...], ...]], headers.Assignment] = {}


def _lookup(form: FormSpec) -> dict[str, str]:
    """Header key → form column for the exact headers and aliases, built once per form."""
    cached = _LOOKUPS.get((form.code, id(form.model)))
    if cached is not None:
        return cached
    table: dict[str, str] = {}
    for col in form.columns:
        for h in col.headers:
            for k in header_keys(h)[:1]:
                table.setdefault(k, col.name)
    _LOOKUPS[(form.code, id(form.model))] = table
    return table


def match_row(form: FormSpec, sheet: Sheet, r: int, height: int) -> HeaderMatch:
    """This form's columns in the header starting at row ``r`` (``height`` rows), by meaning (beizeng.intake.headers).

    The columns the clerk hid are not what the sheet shows: they are assigned only to the fields no visible
    column holds (``_with_hidden``), so a hidden helper column never rivals the visible one it was made from.
    """
    shown = _header_candidates(sheet, r, height)
    hidden = sheet.hidden_columns  # a turned view's: the lines hidden (views.turned); other views' none
    candidates = _without(shown, hidden) if hidden else shown
    candidates = _under_title(form, sheet, r, candidates)
    replaced = superseded(form, [p for p, _ in candidates])
    if replaced:  # 年初目标 beside 调整后目标: the revised figure is the column's, the first one not read
        candidates = _without(candidates, frozenset(replaced))
    found = _assigned(form, candidates, None)
    other: list[tuple[int, int, int]] = []
    blocks = _blocks(sheet, r, height) if sheet.turned_at is None else []
    if len(blocks) > 1:
        alone = [_assigned(form, candidates, b) for b in blocks]
        whole = beside.may_be_side_by_side(form, alone)
        parts = [dict(alone[i].columns) for i in whole]
        # (a register of events (``event_date``) split by month side by side is one ledger: never set aside)
        apart = _periods_apart(sheet, r, candidates, [blocks[i] for i in whole]) \
            if whole and form.event_date is None else None
        if apart is not None:  # the same form's table of another period beside (last month's, pasted to compare)
            found = alone[whole[apart[0]]]
            other = [(*blocks[i], end) for k, (i, end) in enumerate(zip(whole, apart[1], strict=True)) if k != apart[0]]
        elif whole and _same_units(candidates, parts):
            # tables of this form side by side: read one after the other, as one return
            view = beside.side_by_side(form, sheet, r, height, parts, [blocks[i] for i in whole])
            return match_row(form, view, r, height)
        if not whole:
            found = _one_table(form, alone, found)
        # (tables side by side whose headers state different units: one header, whose ties are asked about)
    if sheet.names_at is not None and form.key and form.key[0] not in found.columns \
            and sheet.names_at not in found.columns.values():
        # a view whose records' names stand under no header the clerk wrote (a crossed table's counties)
        found = headers.Assignment({**found.columns, form.key[0]: sheet.names_at},
                                   {**found.scores, form.key[0]: headers.THRESHOLD}, found.ties)
    found, restated = _in_own_unit(form, candidates, found) if sheet.turned_at is None else (found, {})
    found, hidden_read = _with_hidden(form, shown, hidden, found) if hidden else (found, {})
    units: dict[str, str] = {}
    texts: dict[str, str] = {}
    for name, c in found.columns.items():
        raw = shown[c][1]
        texts[name] = raw
        unit = _unit_written(shown[c])  # (a hidden column read has its header blanked in ``candidates``)
        if unit:
            units[name] = unit.name
    used = set(found.columns.values()) | {c for cs in restated.values() for c, _ in cs}
    elsewhere = {c for a, b, _ in other for c in range(a, b + 1)}  # another period's table: said once, as a table
    extra = [(c, raw) for c, (path, raw) in enumerate(candidates) if path and c not in used and c not in elsewhere]
    unread = [(c, raw) for c, (path, raw) in enumerate(shown) if path and c in hidden and c not in used]
    return HeaderMatch(form, sheet, r, height, dict(found.columns), units, extra, texts, dict(found.scores),
                       dict(found.ties), restated=restated, hidden_read=hidden_read, hidden_unread=unread,
                       superseded=[(c, shown[c][1], shown[by][1]) for c, by in replaced.items()],
                       revises={by: c for c, by in replaced.items()}, other_tables=other)


def _title_subject(form: FormSpec, sheet: Sheet, r: int) -> str | None:
    """The figure of the form a table's title names (测试市2026年1-6月各县区规上工业总产值 → 规上工业总产值): the
    longest subject (two characters or more) of a figure column's header or alias written in a line above the
    header at row ``r`` — never in a "label：value" line (填报单位：…, 单位：万元)."""
    lines = [headers.normalise(t) for i in range(min(r, HEADER_SCAN_ROWS)) for t in sheet.texts(i)
             if t and not _LINE_RE.match(t)]
    if not lines:
        return None
    found = [s for s in _figure_subjects(form) if any(s in line for line in lines)]
    return max(found, key=len, default=None)


_SUBJECTS: dict[tuple[str, int], tuple[str, ...]] = {}


def _figure_subjects(form: FormSpec) -> tuple[str, ...]:
    """The subjects (``headers.subject``) of the form's figure columns' headers and aliases, normalised."""
    key = (form.code, id(form.model))
    cached = _SUBJECTS.get(key)
    if cached is None:
        cached = _SUBJECTS[key] = tuple(dict.fromkeys(
            s for c in form.columns if c.kind in FIGURE_KINDS for t in c.headers
            if len(s := headers.subject(headers.normalise(t))) >= 2))
    return cached


def _under_title(form: FormSpec, sheet: Sheet, r: int,
                 candidates: list[tuple[tuple[str, ...], str]]) -> list[tuple[tuple[str, ...], str]]:
    """Bare qualifiers (累计, 同比) with nothing on their left to qualify — the table's first columns, or right of a
    label column (县区 | 单位 | 本月 | 累计 | 同比) — read under the figure the title names, as a person reads
    "测试市2026年1-6月各县区规上工业总产值" over them: 累计 is that figure's 1-N月, 同比 its growth.  Only a header that
    names no column of the form alone, and never 本月 (当月): a month's own figure is never a cumulative's."""
    bare = [c for c, (path, _) in enumerate(candidates) if len(path) == 1 and headers.is_bare(path[0])
            and not _SAYS_THIS_MONTH.search(path[0])
            and max(path_scores_of(form, path).values(), default=0.0) < headers.THRESHOLD]
    subject = _title_subject(form, sheet, r) if bare else None
    if subject is None:
        return candidates
    out = list(candidates)
    for c in bare:
        out[c] = ((subject, candidates[c][0][0]), candidates[c][1])
    return out


#: A line above a table that dates the filling (填报日期：2026年7月5日), not the figures: no period of the table.
_DATED_RE = re.compile(r"日期|\d{1,2}\s*月\s*\d{1,2}\s*日")


def _periods_apart(sheet: Sheet, r: int, candidates: list[tuple[tuple[str, ...], str]],
                   blocks: list[tuple[int, int]]) -> tuple[int, list[int]] | None:
    """Whether tables of one form side by side are returns of different periods: each block's title above it and
    header name the months its figures end at (东镇2026年1-6月… | 东镇2026年1-5月…, 1-6月累计 | 1-5月累计), and the
    blocks' latest months differ.  Then the table of the latest month is the return (the others are what the clerk
    pasted beside it to compare: last month's table) — the return's own period, read later from its title and file
    name, is still held against that table's headers (``identify._by_month``: stale_month_header).  Returns (the
    block read, each block's month), or None when the blocks are one period's (or a block names none: read as one
    return, ``beizeng.intake.beside``)."""
    ends: list[int] = []
    for a, b in blocks:
        texts = [raw for _, raw in candidates[a:b + 1]]
        texts += [t for i in range(r) for t in sheet.texts(i)[a:b + 1] if t and not _DATED_RE.search(t)]
        months = [span[1] for t in texts if (span := headers.months_named(t)) is not None]
        if not months:
            return None
        ends.append(max(months))
    if len(set(ends)) < 2 or ends.count(max(ends)) > 1:
        return None
    return ends.index(max(ends)), ends


def _unit_written(candidate: tuple[tuple[str, ...], str]) -> Unit | None:
    """The unit a header column states: in its brackets (供地面积（公顷））, or as its lowest row when that is a
    unit alone (供地面积 over 公顷 | 亩, 总投资 over 亿元, 折亩 beside 供地面积（公顷））: a person reads the figures
    under it in that unit."""
    path, raw = candidate
    m = HEADER_UNIT_RE.search(raw)
    if m:
        return unit_named(m.group(1))
    return headers.restated_unit(path[-1]) if path else None


def _in_own_unit(form: FormSpec, candidates: list[tuple[tuple[str, ...], str]],
                 found: headers.Assignment) -> tuple[headers.Assignment, dict[str, list[tuple[int, str]]]]:
    """One quantity written twice side by side in two units (供地面积（公顷） | 折合（亩）, 供地面积 over 公顷 | 亩,
    总投资（万元） | 总投资（亿元））: the column in the form's own unit is read, as the clerk rounded it, and the other
    is kept to be held against it (beizeng.intake.checks.check_restated), as a person reading both does.

    The columns must stand next to each other and state units of the column's dimension that differ by their
    factor; a neighbour counts when its header is that unit alone (``headers.restated_unit``: 折合（亩）, 亩).  With
    neither in the form's unit, the column matched is read and the neighbour checked; two equally likely columns
    in neither unit are still asked about.  Tables side by side (their names tied too) are never merged here."""
    if any(name in form.key for name in found.ties):
        return found, {}
    columns, scores, ties = dict(found.columns), dict(found.scores), dict(found.ties)
    taken = set(columns.values())
    restated: dict[str, list[tuple[int, str]]] = {}
    for name, c in found.columns.items():
        col = form.column(name)
        dim = unit_dimension(col.kind, col.unit)
        if dim is None:
            continue
        group = {k: _unit_written(candidates[k]) for k in {c, *ties.get(name, ())}}
        for k in (c - 1, c + 1):
            if 0 <= k < len(candidates) and k not in taken and k not in group and _restates(candidates, c, k):
                group[k] = _unit_written(candidates[k])
        said = [u for u in group.values() if u is not None and u.dimension == dim]
        if len(group) < 2 or len(said) < len(group) or len({u.factor for u in said}) < len(said) \
                or max(group) - min(group) + 1 != len(group):
            continue
        own = unit_named(col.unit or form.unit).name
        mine = [k for k, u in group.items() if u is not None and u.name == own]
        if len(mine) == 1:
            chosen = mine[0]
        elif name not in ties:
            chosen = c
        else:
            continue  # two columns as likely, neither in the form's unit: asked (headers.column_facts)
        columns[name] = chosen
        ties.pop(name, None)
        restated[name] = [(k, u.name) for k, u in sorted(group.items()) if k != chosen and u is not None]
        taken |= set(group)
    if not restated:
        return found, {}
    return headers.Assignment(columns, scores, ties), restated


def _restates(candidates: list[tuple[tuple[str, ...], str]], c: int, k: int) -> bool:
    """Whether column ``k`` is headed by a unit alone, beside column ``c`` or under the same parent: the same
    quantity in that unit (折合（亩） right of 供地面积（公顷）; 亩 beside 公顷 under 供地面积)."""
    path, mine = candidates[k][0], candidates[c][0]
    if not path or headers.restated_unit(path[-1]) is None:
        return False
    return len(path) == 1 or path[:-1] == mine[:-1]



def _without(candidates: list[tuple[tuple[str, ...], str]], columns: frozenset[int]) -> list[tuple[tuple[str, ...], str]]:
    """The header candidates with these columns' headers blanked (as if nothing were written over them)."""
    return [((), cand[1]) if c in columns else cand for c, cand in enumerate(candidates)]


def _with_hidden(form: FormSpec, shown: list[tuple[tuple[str, ...], str]], hidden: frozenset[int],
                 found: headers.Assignment) -> tuple[headers.Assignment, dict[str, int]]:
    """The visible columns' assignment, plus the hidden columns for the fields it left without a column (a
    clerk who hid the one column of a field still sent it: read, with a warning naming it); hidden columns
    whose field a visible column holds are not read."""
    extra = _assigned(form, _without(shown, frozenset(range(len(shown))) - hidden), None)
    taken = {name: c for name, c in extra.columns.items() if name not in found.columns}
    if not taken:
        return found, {}
    ties = {name: cols for name, cols in extra.ties.items() if name in taken}
    return headers.Assignment({**found.columns, **taken}, {**found.scores, **{n: extra.scores[n] for n in taken}},
                              {**found.ties, **ties}), taken


def _assigned(form: FormSpec, candidates: list[tuple[tuple[str, ...], str]],
              within: tuple[int, int] | None) -> headers.Assignment:
    """The scorer's assignment of the header columns (only those in ``within``, first and last column, when
    given) to the form's columns."""
    lo, hi = within if within is not None else (0, len(candidates) - 1)
    key = (form.code, id(form.model), tuple(path if lo <= c <= hi else () for c, (path, _) in enumerate(candidates)))
    found = _ASSIGNED.get(key)
    if found is None:  # a county's returns repeat their headers: each layout is assigned once per process
        matrix = {c: path_scores_of(form, path) for c, (path, _) in enumerate(candidates) if path and lo <= c <= hi}
        found = headers.assign(matrix)
        if len(_ASSIGNED) > 20_000:
            _ASSIGNED.clear()
        _ASSIGNED[key] = found
    return found


#: How many rows under a header are looked at to tell an empty spacer column from a table's column.
_BLOCK_ROWS = 60


def _blocks(sheet: Sheet, r: int, height: int) -> list[tuple[int, int]]:
    """The header's column blocks (first, last column) that columns empty from the header down split it
    into: a table and another beside it (a 汇总 or 位次 table, a second ledger), or one table with a blank
    spacer column — ``_one_table`` tells which."""
    cached = sheet._blocks.get((r, height))
    if cached is None:
        candidates = _header_candidates(sheet, r, height)
        below = range(r + height, min(len(sheet.rows), r + height + _BLOCK_ROWS))
        out: list[tuple[int, int]] = []
        start: int | None = None
        for c, (path, _) in enumerate(candidates):
            empty = not path and not any(c < len(sheet.texts(i)) and sheet.texts(i)[c] for i in below)
            if empty:
                if start is not None:
                    out.append((start, c - 1))
                start = None
            elif start is None:
                start = c
        if start is not None:
            out.append((start, len(candidates) - 1))
        paths = [path for path, _ in candidates]
        sheet._blocks[(r, height)] = cached = [part for block in out for part in _repeated(paths, *block)]
    return cached


#: The fewest columns of a table written twice in a row under one header row (``_repeated``).
_LEAST_REPEATED = 3


def _repeated(paths: list[tuple[str, ...]], first: int, last: int) -> list[tuple[int, int]]:
    """A block whose header is the same headers written two or more times in a row with no blank column between
    (续建 A–F | 新建 G–L, each 项目代码 … 1-6月累计完成投资, each perhaps under its own heading 一、续建项目 /
    二、新建项目 merged over it): one block per time, as a blank column would split it — what follows is the same
    for both (``match_row``: tables side by side, another period's table, a 汇总 beside).  Never a group of bare
    qualifiers repeated under different figures (工业总产值 ▸ 本月 | 累计 | 同比, 营业收入 ▸ 本月 | 累计 | 同比): those
    are one table's columns.  Otherwise the block itself."""
    width = last - first + 1
    for size in range(_LEAST_REPEATED, width // 2 + 1):
        if width % size:
            continue
        units = [paths[a:a + size] for a in range(first, last + 1, size)]
        if not all(units[0]) or all(headers.is_bare(p[-1]) for p in units[0]):
            continue
        if len({tuple(_without_heading(u)) for u in units}) == 1:
            return [(a, a + size - 1) for a in range(first, last + 1, size)]
    return [(first, last)]


def _without_heading(unit: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A block's header paths as keys, without the heading standing over the whole block (一、续建项目)."""
    keys = [tuple(header_key(t) for t in p) for p in unit]
    if all(len(k) > 1 for k in keys) and len({k[0] for k in keys}) == 1:
        keys = [k[1:] for k in keys]
    return keys


def _same_units(candidates: list[tuple[tuple[str, ...], str]], parts: list[dict[str, int]]) -> bool:
    """Whether the tables side by side state the same unit for each column they share (a 万元 table beside an
    亿元 one read under the first one's header would be 10,000 times off)."""
    for name in parts[0]:
        if len({header_unit(candidates[p[name]][1]) for p in parts if name in p}) > 1:
            return False
    return True


def _one_table(form: FormSpec, alone: list[headers.Assignment], whole: headers.Assignment) -> headers.Assignment:
    """The header read as one table, unless the blank columns split it into tables side by side: that is
    when two blocks each claim the same field of the form on their own (项目 … 累计完成投资 in the list and
    again in the 汇总 beside it).  Then the block that reads best is the table and the others are never
    lent a column (a summary's 累计完成投资 is not the projects' figure).  (Two blocks that are each the form
    whole, two ledgers side by side, are read one after the other: ``beizeng.intake.beside``.)"""
    claimed: dict[str, int] = {}
    twice = False
    for a in alone:
        for name in a.columns:
            claimed[name] = claimed.get(name, 0) + 1
            twice = twice or claimed[name] > 1
    if not twice:
        return whole
    return max(alone, key=lambda a: (round(a.total, 6), -alone.index(a)))


def header_unit(text: str) -> str | None:
    """The unit written in a header's brackets in its usual spelling (总投资（亿元） → 亿元, 总投资（亿） → 亿元, % for ％)."""
    m = HEADER_UNIT_RE.search(text)
    return unit_named(m.group(1)).name if m else None


def header_texts(match: HeaderMatch) -> dict[int, str]:
    """Every sheet column's header as written (all its rows joined), by 0-based column: for questions
    that name columns and for the layout memory's check that a header is still the one answered for."""
    return {c: raw for c, (path, raw) in enumerate(_header_candidates(match.sheet, match.header_row,
                                                                        match.header_height)) if path}



def rank(m: HeaderMatch) -> tuple[float, int, int, int]:
    """Highest total score first, then fewest required columns missing, then a header its merged cells do not
    cut in half (``_merged_depth``: of two readings as sure, the one a person sees), then the shorter."""
    least = _merged_depth(m.sheet, m.header_row)
    cut = least == 0 or m.header_height < least
    return (-round(m.total, 6), len(m.missing_required), int(cut), m.header_height)


def _merged_depth(sheet: Sheet, r: int) -> int:
    """How many rows the header starting at row ``r`` has at least: its cells merged down over the rows below
    (县区 | 产值 … merged over rows 3–4 beside a 排名 group whose sub-labels fill row 4) say so.  0 when the row
    is the lower part of such cells: a header does not start halfway down its own merged cells."""
    depth = 1
    for (r0, c0), (r1, _) in sheet.merged:
        if r1 > r0 and sheet.shown_text(r0, c0):
            if r0 < r <= r1:
                return 0
            if r0 == r:
                depth = max(depth, min(3, r1 - r0 + 1))
    return depth


#: How far apart two readings of one header's rows may score and still be as sure: a sub-label under a merged
#: parent (金额（万元） over 本笔 | 累计) dilutes the parent's words by less than this.
AS_SURE = 0.005


def _as_seen(m: HeaderMatch, best: HeaderMatch) -> bool:
    """Whether ``m`` reads the same header rows as ``best`` down to its merged cells' depth where ``best`` cuts them
    in half, as surely: 金额（万元） merged over 本笔 | 累计 (序号, 日期 … merged down over both rows) is a two-row
    header — read as one row, its second row would be a record and 金额 two equally likely columns, and a layout
    answer given over that reading (``beizeng map``) would keep the sub-labels row as data."""
    if m.header_row != best.header_row or len(m.missing_required) > len(best.missing_required):
        return False
    cut = [x.header_height < _merged_depth(x.sheet, x.header_row) for x in (m, best)]
    return not cut[0] and cut[1] and m.total >= best.total - AS_SURE and len(m.ties) <= len(best.ties)


#: A line written above a table, "label：value" (填报单位：县统计局, 所属乡镇：东镇, 单位：万元), never a header cell;
#: 其中：设备购置 under its parent is one.
_LINE_RE = re.compile(r"^(?!其中)[^：:（(]{1,8}[：:]\s*\S")


def no_header_row(texts: list[str]) -> bool:
    """A row no header starts on: empty, a title (one text), or lines only (填报单位：县统计局 | 单位：万元; 单位：县财政局
    | 单位：亿元) — such a row is never the parent of the header row under it."""
    texts = [t for t in texts if t]
    return len(texts) < 2 or all(_LINE_RE.match(t) for t in texts)


def sheet_matches(form: FormSpec, sheet: Sheet) -> HeaderMatch | None:
    """The best place on one sheet where this form's header stands (1, 2 or 3 rows), if any column matched.

    Highest total score wins, then fewest required missing, then a header not cut in half by its merged
    cells, then the shorter header (a taller one must earn its place by reading better), then the first
    such place; once a one-row header holds every
    column of the form with certainty nothing further down can win and the scan stops there.
    """
    best: HeaderMatch | None = None
    heights = (1, 2, 3) if sheet.merged else (1, 2)
    n = len(form.columns)
    # a view's header is its first row (or the few after an empty column): the lines above it are the file's
    first = sheet.turned_at or 0
    last = first + 4 if sheet.turned_at is not None else HEADER_SCAN_ROWS
    for r in range(first, min(last, len(sheet.rows))):
        if no_header_row(sheet.texts(r)):
            continue  # a header names at least two columns
        for height in heights:
            if height > 1 and not _header_like(sheet, r + height - 1):
                break
            m = match_row(form, sheet, r, height)
            if m.score and (best is None or rank(m) < rank(best) or _as_seen(m, best)):
                best = m
        if best is not None and best.header_height == 1 and best.score == n and best.total >= n - 1e-9:
            break
    view = beside.crossed(sheet)
    if view is not None:  # records across the top, each a group of measures: read a record per group
        across = sheet_matches(form, view)
        if across is not None and across.complete and (best is None or not best.complete or rank(across) < rank(best)):
            best = across
    return best




def _read_as(match: HeaderMatch, candidates: list[tuple[tuple[str, ...], str]], name: str, chosen: int,
             settled: set[int]) -> None:
    """Read sheet column ``chosen`` as form column ``name`` (its header, its unit), the columns ``settled`` with it no
    longer unread nor a tie: one way for every rule that settles a column after the match (by_month,
    this_period_read)."""
    match.columns[name] = chosen
    match.headers[name] = candidates[chosen][1]
    unit = _unit_written(candidates[chosen])
    if unit is not None:
        match.units[name] = unit.name
    else:
        match.units.pop(name, None)
    match.ties.pop(name, None)
    match.extra = [(k, text) for k, text in match.extra if k not in settled]


#: A header saying its figure is the return's own month's without a number (本月完成投资, 当月产值).
_SAYS_THIS_MONTH = re.compile(r"本月|当月")


def by_month(match: HeaderMatch, month: int) -> list[tuple[str, int, int]]:
    """Which of the columns that differ only by their months holds a form column, once the return's month is
    known from its title, sheet or file name: 1-6月累计产值 in a June return, never 1-5月累计产值 beside it
    (May's cumulative, kept for the clerk's sum), and 6月产值 rather than 5月产值.

    A column wins when its months end at the return's month and every rival's end earlier (the rivals: the
    columns tied with it and the unread ones that name the same form column as surely as the threshold); a header
    saying 本月 (当月) names the return's month — 1月完成投资 beside 本月完成投资 on a 1-2月 return is January's own
    figure, never this month's.  A rival naming no month (累计) or a later one leaves the match as it is, and a tie
    is still asked about.
    ``match`` is changed in place; returns (form column, sheet column set aside, the month its figures end at)."""
    candidates = _header_candidates(match.sheet, match.header_row, match.header_height)
    taken = set(match.columns.values()) | {c for cs in match.restated.values() for c, _ in cs}
    taken |= {c for a, b, _ in match.other_tables for c in range(a, b + 1)}  # another period's table: no rival
    set_aside: list[tuple[str, int, int]] = []
    for name, c in list(match.columns.items()):
        rivals = {c, *match.ties.get(name, ())}
        rivals |= {k for k, (path, _) in enumerate(candidates)
                   if path and k not in taken and path_scores_of(match.form, path).get(name, 0.0) >= headers.THRESHOLD}
        if len(rivals) < 2:
            continue
        ends = {k: span[1] if (span := headers.months_named(candidates[k][1]))
                else month if _SAYS_THIS_MONTH.search(candidates[k][1]) else None for k in rivals}
        now = [k for k, end in ends.items() if end == month]
        if len(now) != 1 or any(end is None or end > month for end in ends.values()):
            continue
        chosen = now[0]
        _read_as(match, candidates, name, chosen, rivals)
        set_aside += [(name, k, end) for k, end in sorted(ends.items()) if k != chosen and end is not None]
        taken |= rivals
    return set_aside


#: A year a header names (2026年目标, 2027年度任务): four digits of this century before 年, not part of a longer number.
_HEADER_YEAR = re.compile(r"(?<!\d)(20\d{2})(?=年)")


def by_year(match: HeaderMatch, year: int) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]],
                                                    list[tuple[str, int, int]]]:
    """Which of the columns tied for a form column holds it, once the return's year is known apart from their
    headers: 2026年目标 in a return of 2026, never 2027年目标 beside it (a plan of two years side by side).

    A column wins when its header names the return's year and each rival's names one other year (and no more);
    rivals naming no year, the same year, or several leave the tie to be asked as before.  A rival naming the year
    before with the same months as the winner (2025年1-6月 beside 2026年1-6月, 2025年1-6月累计) is the form's
    last-year figure of that cumulative (``Roles.yoy``: 上年同期) when the form has one not yet read — the return's
    own 上年同期, read, not set aside; other years (2024年1-6月) are set aside.  A figure column of a yearly return
    (the targets) read alone from a header naming one other year (2027年目标 in a return titled 2026年) is that
    year's, not the return's: it is returned to be asked, never read as the return's year.
    ``match`` is changed in place; returns (form column, sheet column set aside, the year its header names),
    (form column, sheet column, the other year) of those lone columns, and (last-year form column, sheet column,
    the year before) of the columns read as the last year's."""
    candidates = _header_candidates(match.sheet, match.header_row, match.header_height)
    set_aside: list[tuple[str, int, int]] = []
    alone: list[tuple[str, int, int]] = []
    last_year: list[tuple[str, int, int]] = []
    bases = dict(match.form.roles.yoy)
    for name, c in list(match.columns.items()):
        rivals = {c, *match.ties.get(name, ())}
        named = {k: {int(y) for y in _HEADER_YEAR.findall(candidates[k][1] if k < len(candidates) else "")}
                 for k in rivals}
        if len(rivals) < 2:
            if match.form.frequency == "yearly" and match.form.column(name).kind in ("money", "number") \
                    and len(named[c]) == 1 and named[c] != {year}:
                alone.append((name, c, next(iter(named[c]))))
            continue
        if any(len(ys) != 1 for ys in named.values()):
            continue
        now = [k for k, ys in named.items() if ys == {year}]
        if len(now) != 1:
            continue
        chosen = now[0]
        _read_as(match, candidates, name, chosen, rivals)
        months = headers.months_named(candidates[chosen][1])
        base = bases.get(name)
        for k, ys in sorted(named.items()):
            if k == chosen:
                continue
            if base is not None and base not in match.columns and ys == {year - 1} and months is not None \
                    and headers.months_named(candidates[k][1]) == months:
                _read_as(match, candidates, base, k, {k})
                match.scores[base] = headers.THRESHOLD  # read by its year and months, not by its words
                last_year.append((base, k, year - 1))
                continue
            set_aside.append((name, k, next(iter(ys))))
    return set_aside, alone, last_year


#: The period's own figure written alone under a figure's name (工业总产值 ▸ 本期 | 上年同期, the statistics
#: platform's layout).  Alone it may be the month or the cumulative; the title settles it (``this_period_read``).
_THIS_PERIOD = frozenset({"本期", "本期数", "本期值", "当期", "当期数", "当期值"})
#: The same, longest first: the word a header starts with (本期数 before 本期).
_THIS_PERIOD_FIRST = sorted(_THIS_PERIOD, key=len, reverse=True)


def this_period_read(match: HeaderMatch) -> list[tuple[str, int]]:
    """Read 本期 as the range a table's title names (1-6月): the caller has found that title.  Each unread column
    whose header says 本期 alone under a figure's name, or before it (本期产值 beside 本月产值), is read as that figure's 累计 column when the form has such a
    column not yet read and no other 本期 column wants it.  ``match`` is changed in place; returns (form column,
    sheet column) read so.  A title naming one month (6月) settles nothing: the platform's monthly tables call the
    cumulative 本期 too."""
    candidates = _header_candidates(match.sheet, match.header_row, match.header_height)
    wanted: dict[str, list[int]] = {}
    for k, _raw in match.extra:
        path = candidates[k][0]
        last = path[-1].replace(" ", "") if path else ""
        said = next((w for w in _THIS_PERIOD_FIRST if last.startswith(w)), None)
        if said is None or (last == said and len(path) < 2):
            continue  # 本期 alone under a figure's name (工业总产值 ▸ 本期), or before it in one header (本期产值)
        scores = path_scores_of(match.form, (*path[:-1], *([last[len(said):]] if last != said else []), "累计"))
        name, best = max(scores.items(), key=lambda kv: kv[1], default=("", 0.0))
        if best >= headers.THRESHOLD and name not in match.columns:
            wanted.setdefault(name, []).append(k)
    read: list[tuple[str, int]] = []
    for name, ks in wanted.items():
        if len(ks) != 1:
            continue
        _read_as(match, candidates, name, ks[0], {ks[0]})
        read.append((name, ks[0]))
    return read


@dataclass(frozen=True)
class KeptByMonth:
    """A state kept as one column per month (``Column.by_month``) as a sheet writes it: the form column, its month
    columns (sheet column → month) and the one read as the return's month's, or None when none can be."""

    name: str
    months: dict[int, int]
    chosen: int | None


def kept_by_month(match: HeaderMatch, month: int) -> list[KeptByMonth]:
    """The states a running ledger keeps as a column per month, headed by the month alone (3月 | 4月 | 5月 | 6月),
    where the form declares it may (``Column.by_month``) and no column of the sheet is that state's own.

    The return's month's column is read as the state when every other month column is earlier (``match`` is
    changed in place); with no column for the return's month, or one for a later month, nothing is chosen and the
    caller asks — the status at the end of the return's month is never taken from another month's column."""
    found: list[KeptByMonth] = []
    for col in match.form.columns:
        if not col.by_month or col.name in match.columns:
            continue
        months = {c: m for c, text in match.extra if (m := headers.month_alone(text, col.headers)) is not None}
        if not months:
            continue
        now = [c for c, m in months.items() if m == month]
        chosen = now[0] if len(now) == 1 and all(m <= month for m in months.values()) else None
        if chosen is not None:
            match.columns[col.name] = chosen
            match.headers[col.name] = dict(match.extra)[chosen]
            match.scores[col.name] = headers.THRESHOLD  # read by its month, not by its words
        match.extra = [(c, text) for c, text in match.extra if c not in months]  # each said by the caller
        found.append(KeptByMonth(col.name, months, chosen))
    return found
