"""Tables a person reads as one return though the grid does not stand as one table: several tables of one form
side by side (two ledgers under their own headings, a blank column between), and a crossed table (the records
across the top, each a group of columns — 绝对额 | 增速 — under its merged name, the figures down the side).

Each is read through a view of the sheet in the form's own upright layout (a header, a row per record), every
cell of the view mapped to the file's (``Sheet.cell_map``), so that problems, the feedback and lineage name
the cells the clerk sees; ``Sheet.reading`` says in words how the file was read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from beizeng.base import units
from beizeng.base.problems import col_letter
from beizeng.intake import headers
from beizeng.intake.reader import HEADER_SCAN_ROWS, Sheet, header_key

if TYPE_CHECKING:
    from beizeng.base.forms import FormSpec

def side_by_side(form: FormSpec, sheet: Sheet, r: int, height: int,
                 parts: list[dict[str, int]], blocks: list[tuple[int, int]]) -> Sheet:
    """The tables of one form standing side by side under one header row read as one table: the first table's
    header, then the rows of the file in their order, each table's part of a row as a row of its own (each
    table's columns under the first's by what they mean) — a view of the sheet, made once per form and header.

    In the file's order, a footer, a note or another table under them stays under them, and a row empty
    everywhere stays a gap.  ``parts`` are the form column → file column of each table, ``blocks`` their
    first and last columns."""
    key = ("beside", form.code, id(form.model), r, height)
    cached = sheet._views.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    width = sheet.width
    first = parts[0]
    lo, hi = blocks[0]
    rows: list[list[Any]] = [list(row) for row in sheet.rows[:r]]
    cell_map: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(r, r + height):  # the first table's header: its own cells, nothing beside it
        row = sheet.rows[i] if i < len(sheet.rows) else []
        rows.append([row[c] if lo <= c <= hi and c < len(row) else "" for c in range(width)])
        cell_map.update({(i, c): (i, c) for c in range(lo, hi + 1)})
    data_start = r + height
    wheres = [{c: c for c in range(lo, hi + 1)}]  # the first table whole (its 序号 too)
    wheres += [{c: first[name] for name, c in columns.items() if name in first} for columns in parts[1:]]
    inside = {c for a, b in blocks for c in range(a, b + 1)}
    for i in range(data_start, len(sheet.rows)):
        texts = sheet.texts(i)
        emitted = False
        for k, where in enumerate(wheres):
            a, b = blocks[k]
            if not any(texts[c] for c in range(a, min(b + 1, len(texts)))):
                continue
            at = len(rows)
            rows.append(_copied(sheet, i, where, width, data_start, cell_map, at))
            for v in range(lo, hi + 1):  # a whole row is named by its own table's first cell
                cell_map.setdefault((at, v), (i, min(a + v - lo, b)))
            emitted = True
        if not emitted:  # a gap, or a line outside every table (a footer cell far right): as it stands
            outside = {c: c for c, t in enumerate(texts) if t and c not in inside}
            rows.append(_copied(sheet, i, outside, width, data_start, cell_map, len(rows)))
    merged = [m for m in sheet.merged if m[1][0] < r or (m[0][0] >= r and m[1][0] < data_start
                                                            and lo <= m[0][1] and m[1][1] <= hi)]
    names = "、".join(f"{col_letter(a)}:{col_letter(b)}列" for a, b in blocks)
    # Sheet.view: the cells cleaning found follow into the view, inside the tables too (a BEL in the right
    # table's name is noted on its own cell); the first table's header merges are the view's as well
    view = sheet.view(rows, r, cell_map, reading=f"本表有{len(parts)}张同样的表并排（{names}），已逐张读取，合为一份报表")
    view.merged, view.parts = merged, list(blocks)
    sheet._views[key] = view
    return view


def _copied(sheet: Sheet, i: int, where: dict[int, int], width: int, data_start: int,
            cell_map: dict[tuple[int, int], tuple[int, int]], at: int) -> list[Any]:
    """File row ``i`` as a view row: file column → view column ``where``; a value merged down over rows of the
    table (a township written once for its enterprises) is read into each row it covers."""
    row: list[Any] = [""] * width
    for c, v in where.items():
        value = sheet.cell(i, c)
        if value in ("", None) and sheet.merged:
            m = sheet.merge_at(i, c)
            if m is not None and m[0][0] >= data_start:
                value = sheet.cell(*m[0])
        row[v] = value
        cell_map[(at, v)] = (i, c)
    return row


def may_be_side_by_side(form: FormSpec, alone: list[headers.Assignment]) -> list[int]:
    """The blocks (by index) that are each the form whole — every column its figures need and at least three —
    and say as much as the fullest of them (``SAME_SHAPE``), when there are two or more: tables of one form side
    by side, to be read one after the other.  A small table beside that repeats a few of the columns (县区 |
    产值增速 | 位次 beside the city table) says less: it is no second table of records."""
    n = min(3, len(form.columns))
    essential = {c.name for c in form.columns if form.needs(c) and not c.implied_by}
    fullest = max((len(a.columns) for a in alone), default=0)
    whole = [i for i, a in enumerate(alone) if len(a.columns) >= max(n, SAME_SHAPE * fullest)
             and essential <= set(a.columns)]
    return whole if len(whole) > 1 else []


#: How much of the fullest table's columns another table beside it must have to be a table of the same records.
SAME_SHAPE = 0.75


# ---------------------------------------------------------------------------------------------
# A crossed table: records across the top, each a group of measures, the figures down the side
# ---------------------------------------------------------------------------------------------

#: How many groups of columns make a crossed table (one group is an ordinary two-row header).
LEAST_GROUPS = 2
#: A crossed table has a line per figure: beyond this many it is an upright list under a two-row header.
MOST_LINES = 40
#: What a cell holding no figure may show ("/" or "—" where no figure is published).
_NOTHING = " -—–－/／\\"


def crossed(sheet: Sheet) -> Sheet | None:
    """The sheet's crossed table read upright, if it has one: a row of names each merged over the same number
    of columns (甲县 over 绝对额 | 增速（%）), the same sub-labels under every name, the figures' names down the
    side (规上工业总产值, 工业固定资产投资 …).  A person reads a record per name, its fields the figure's name ▸
    the sub-label (规上工业总产值 ▸ 增速).  None when the sheet has no such table.

    The view: a two-row header (each figure's name over each sub-label), then one row per name, whose first
    column holds the name (``Sheet.names_at``: no header the clerk wrote stands over it)."""
    if sheet.turned_at is not None:
        return None
    if "crossed" in sheet._views:
        return sheet._views["crossed"]  # type: ignore[no-any-return]
    view = _crossed(sheet)
    sheet._views["crossed"] = view
    return view


def _crossed(sheet: Sheet) -> Sheet | None:
    by_row: dict[int, list[tuple[int, int]]] = {}
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 == r1 and c1 > c0 and r0 < HEADER_SCAN_ROWS and sheet.shown_text(r0, c0):
            by_row.setdefault(r0, []).append((c0, c1))
    for r, groups in sorted(by_row.items()):
        groups.sort()
        widths = {c1 - c0 for c0, c1 in groups}
        if len(groups) < LEAST_GROUPS or len(widths) != 1 or groups[0][0] == 0:
            continue
        subs = [tuple(header_key(sheet.shown_text(r + 1, c)) for c in range(c0, c1 + 1)) for c0, c1 in groups]
        if len(set(subs)) != 1 or not all(subs[0]):
            continue  # the same sub-labels under every group, or it is an ordinary two-row header
        return _crossed_view(sheet, r, groups)
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows) - 2)):
        groups = _typed_groups(sheet, r)
        if groups:
            return _crossed_view(sheet, r, groups)
    return None


def _typed_groups(sheet: Sheet, r: int) -> list[tuple[int, int]]:
    """The groups of a crossed table typed without merging: each name once in row ``r`` with blanks after it,
    the same sub-labels under every name in row ``r + 1`` (甲县 | | 乙县 | over 总量 | 增速 | 总量 | 增速)."""
    top, sub = sheet.texts(r), sheet.texts(r + 1)
    start = next((c for c, t in enumerate(top) if t and c > 0), None)
    if start is None:
        return []
    for k in (2, 3, 4):
        first = tuple(header_key(t) for t in sub[start:start + k])
        if len(first) < k or not all(first) or len(set(first)) < k:
            continue  # every sub-label of a group says another measure
        groups: list[tuple[int, int]] = []
        c = start
        while c + k <= len(sub) and c < len(top) and top[c] and not any(top[c + 1:c + k]) \
                and tuple(header_key(t) for t in sub[c:c + k]) == first:
            groups.append((c, c + k - 1))
            c += k
        if len(groups) >= LEAST_GROUPS:
            return groups
    return []


def _crossed_view(sheet: Sheet, r: int, groups: list[tuple[int, int]]) -> Sheet | None:
    """The view of a crossed table whose group names stand in row ``r`` and sub-labels in row ``r + 1``."""
    below = range(r + 2, len(sheet.rows))
    rows_with_figures = [i for i in below if any(sheet.shown_text(i, c) for g0, g1 in groups
                                                 for c in range(g0, g1 + 1))]
    # left of the groups: the figures' names, and perhaps a 单位 column saying each line's unit (亿元, %)
    side = [c for c in range(groups[0][0]) if any(sheet.shown_text(i, c) for i in rows_with_figures)]
    unit_cols = [c for c in side if all(units.lookup(sheet.shown_text(i, c)).dimension is not None
                                        for i in rows_with_figures if sheet.shown_text(i, c))]
    names = [c for c in side if c not in unit_cols]
    if not names:
        return None
    label_col, unit_col = names[0], (unit_cols[0] if unit_cols else None)
    labelled = [i for i in rows_with_figures if sheet.shown_text(i, label_col)]
    if not 2 <= len(labelled) <= MOST_LINES:
        return None  # a long list under a two-row header (产值 ▸ 本月 | 累计, 营收 ▸ 本月 | 累计) is upright
    top: list[Any] = [sheet.shown(r, label_col) if sheet.merge_at(r, label_col) is None else ""]
    sub: list[Any] = [""]
    cell_map: dict[tuple[int, int], tuple[int, int]] = {(r, 0): (r, label_col), (r + 1, 0): (r + 1, label_col)}
    c0, c1 = groups[0]
    fields: list[tuple[int, int]] = []  # (line, offset in the group) of each field of a record
    for i in labelled:
        label = sheet.shown_text(i, label_col)
        unit = sheet.shown_text(i, unit_col) if unit_col is not None else ""
        for k, c in enumerate(range(c0, c1 + 1)):
            if all(sheet.shown_text(i, g0 + k).strip(_NOTHING) == "" for g0, _ in groups):
                continue  # no group has a figure there (增加值 has no 总量: "/"): no field, nothing to read
            measure = sheet.shown_text(r + 1, c)
            rate = "rate" in headers._quals(headers.normalise(measure))
            fields.append((i, k))
            cell_map[(r, len(top))] = (i, label_col)
            cell_map[(r + 1, len(sub))] = (r + 1, c)
            # the line's unit is its figure's (亿元), as a header says it, never its growth's
            top.append(f"{label}（{unit}）" if unit and not rate else label)
            sub.append(sheet.shown(r + 1, c))
    rows: list[list[Any]] = [list(row) for row in sheet.rows[:r]] + [top, sub]
    for g0, _ in groups:
        at = len(rows)
        row: list[Any] = [sheet.shown(r, g0)]
        cell_map[(at, 0)] = (r, g0)
        for i, k in fields:
            cell_map[(at, len(row))] = (i, g0 + k)
            row.append(sheet.cell(i, g0 + k))
        rows.append(row)
    # Sheet.view: the title lines above and their merges, and the cells cleaning found (a BEL after a county's
    # name is noted on that name's cell), follow into the view
    view = sheet.view(rows, r, cell_map,
                      reading=f"表格是交叉式的（第{r + 1}行每个名称下有{groups[0][1] - groups[0][0] + 1}列："
                              f"{'、'.join(sheet.shown_text(r + 1, c) for c in range(c0, c1 + 1))}），已按每个名称一条记录读取")
    view.names_at = 0
    return view
