"""A table whose records are catalogue indicators, in whatever shape a clerk typed it: the names down the side
(指标名称 | 单位 | 年度目标, or 一季度 … 全年 across, or a column per township), across the top (one row of values
headed 2026年目标, or 一季度 … 全年 down the side), or as lines "规上工业总产值：24亿元" — read as a view in the
form's own upright layout (name | unit | target | quarters | scope), every cell mapped to the file's.

The one rule of what such a table IS lives here (``indicator_table``): one side names catalogue indicators and
the other side says what the figures are (target, quarter, unit, township), never counties — a table with
counties on the other side is the city comparison's, whose records are counties.  A form whose records are
indicators is one with ``FormSpec.catalogue_unit`` (the targets form); every other form leaves such a sheet
alone (``may_read``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from beizeng.base import units
from beizeng.base.forms import FormSpec, all_forms
from beizeng.intake import headers
from beizeng.intake.cards import PAIR_RE
from beizeng.intake.matching import NUMBER_TYPES, path_scores_of, sheet_matches, superseded
from beizeng.intake.normalise import target_figure
from beizeng.intake.reader import HEADER_SCAN_ROWS, Sheet, clean_text
from beizeng.intake.records import COUNTY_TOTAL, is_county, is_place, names_an_entity
from beizeng.intake.tables import is_figure
from beizeng.store.catalogue import match_target

#: Beyond this many rows or columns a sheet is a ledger, not a table of a few indicators (and is not paid for).
MOST_ROWS = 60
MOST_COLUMNS = 40
#: How many different indicators one side must name: one is a coincidence (an enterprise's 产值 column) — unless
#: the other side's header names one of the form's target columns (指标名称 | 年度目标（亿元） over one row), which
#: no ledger's header does (``_layout``).
LEAST_INDICATORS = 2
#: The share of one side's names that must be indicators (the rest: a name matching nothing, reported).
INDICATOR_SHARE = 2 / 3
#: A header scoring this for another form's column is that column's (the scorer's near-certainty).
SURELY = 0.9

#: "一、" "1." "（二）" before a name: the clerk's numbering, not part of it.
_NUMBERING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*")
#: A line under the table that closes it (a note, the signature, the date).
_FOOTER_START = ("说明", "注", "备注", "填报人", "填表人", "审核", "联系电话", "负责人", "单位负责人", "制表")
#: Words in the title, sheet or file name of a list of targets typed without a header (lines, label | value).
_TARGET_WORDS = ("目标", "任务")


@dataclass(frozen=True)
class _Field:
    """One figure of every indicator, as the other side of the table labels it (年度目标, 一季度, 东镇, 单位 …)."""

    label: str
    at: tuple[int, int] | None  # the label's cell in the file (None: a layout without labels)
    #: the form column it fills, "scope" (a township's figure), "extra" (a figure the form has not) or "superseded"
    #: (the figure another field revises: 年初目标 beside 调整后目标, not read)
    kind: str
    by: str = ""  # a superseded field's reviser's label


@dataclass(frozen=True)
class _Layout:
    """Where the indicators and their figures stand: the cell of indicator ``i``'s field ``j`` is ``cell(i, j)``."""

    top: int  # the first row of the table (its header): the lines above are the title, 填报单位, 单位
    across: bool  # the names across the top (a column per indicator)
    names: list[tuple[int, int]]  # each indicator's name cell
    fields: list[_Field]
    corner: tuple[int, int] | None  # the cell heading the names (指标, 项目, 时间节点), if any
    split: bool = False  # "名称：值" in one cell: the value is the text after the colon

    def cell(self, i: int, j: int) -> tuple[int, int]:
        if self.split:
            return self.names[i]
        at = self.fields[j].at
        assert at is not None or not self.across
        if self.across:
            return (at[0] if at else 0), self.names[i][1]
        return self.names[i][0], (at[1] if at else self.names[i][1] + 1 + j)


def _label_colon(text: str) -> re.Match[str] | None:
    """"规上工业总产值：24亿元" in one cell (the cards' pattern), its name two characters at least."""
    m = PAIR_RE.match(text)
    return m if m is not None and len(m.group(1)) >= 2 else None


def _clean_name(text: str) -> str:
    return _NUMBERING.sub("", text).strip().rstrip("：:").strip()


@lru_cache(maxsize=4096)
def _codes(text: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    name = _clean_name(text)
    if not name or len(name) > 40 or is_figure(None, name):
        return ()
    return tuple(match_target(name, None, codes))


def _field_kind(label: str) -> str:
    """What a figure labelled ``label`` is by its name alone: "county" (a table of counties: not an indicator
    table), "scope" (a township's figure), else "?" — which form column it fills is the scorer's (``_assign``)."""
    if is_county(label):
        return "county"
    if is_place(label):
        return "scope"
    return "?"


def _assign(form: FormSpec, fields: list[_Field]) -> list[_Field]:
    """The fields labelled by words assigned to the form's unit and figure columns by the one header scorer,
    as a header's columns are (全年目标 beside 四季度 is the year's target, 四季度 the fourth quarter's);
    a field no column takes is an extra figure (上年完成, 增长%), kept under its own label."""
    spec = form.catalogue_unit
    assert spec is not None
    wanted = (spec.unit, *spec.values)
    replaced = superseded(form, [(f.label,) if f.kind == "?" else () for f in fields])  # 年初目标 | 调整后目标
    fields = [replace(f, kind="superseded", by=fields[replaced[j]].label) if j in replaced else f
              for j, f in enumerate(fields)]
    matrix = {j: {n: s for n, s in path_scores_of(form, (f.label,)).items() if n in wanted}
              for j, f in enumerate(fields) if f.kind == "?"}
    found = headers.assign(matrix)
    by_field = {j: n for n, j in found.columns.items()}
    return [_Field(f.label, f.at, by_field.get(j, "extra")) if f.kind == "?" else f for j, f in enumerate(fields)]


def _row_texts(sheet: Sheet, r: int) -> list[str]:
    return [sheet.shown_text(r, c) for c in range(sheet.width)]


def _is_footer(text: str) -> bool:
    return text.replace(" ", "").startswith(_FOOTER_START)


def _has_figure(sheet: Sheet, r: int, cols: list[int]) -> bool:
    return any(is_figure(sheet.cell(r, c), sheet.texts(r)[c] if c < len(sheet.texts(r)) else "") for c in cols)


def _named(texts: list[str], cells: list[int], codes: tuple[str, ...], least: int = LEAST_INDICATORS) -> bool:
    """Whether these cells of one side are indicator names: ``least`` indicators or more, and most of the side."""
    found = [_codes(texts[c], codes) for c in cells if texts[c]]
    distinct = {cs[0] for cs in found if len(cs) == 1}
    hits = sum(1 for cs in found if cs)
    return len(distinct) >= least and hits >= INDICATOR_SHARE * len(found)


def _across(form: FormSpec, sheet: Sheet, codes: tuple[str, ...], least: int) -> _Layout | None:
    """Indicators across one header row, the figures' labels down the side (2026年目标; 一季度 … 全年)."""
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows) - 1)):
        texts = _row_texts(sheet, r)
        hits = [c for c, t in enumerate(texts) if t and _codes(t, codes)]
        if not hits:
            continue
        first = hits[0]
        cols = [c for c in range(first, len(texts)) if texts[c]]
        if not _named(texts, cols, codes, least):
            continue
        label_col = next((c for c in range(first - 1, -1, -1)
                          if texts[c] or any(sheet.shown_text(i, c) for i in range(r + 1, min(r + 8, len(sheet.rows))))),
                         None)
        fields: list[_Field] = []
        for i in range(r + 1, len(sheet.rows)):
            label = sheet.shown_text(i, label_col) if label_col is not None else ""
            if _is_footer(label) or (not label and not _has_figure(sheet, i, cols)):
                if fields:
                    break
                continue
            if not _has_figure(sheet, i, cols) and not any(sheet.texts(i)[c] for c in cols if c < len(sheet.texts(i))):
                continue  # a label with nothing under the indicators: a heading, not a figure
            fields.append(_Field(label, (i, label_col if label_col is not None else first),
                                 _field_kind(label) if label else ""))
        if len(fields) == 1 and not fields[0].label:  # one row of figures under the names, unlabelled: the targets
            fields = [replace(fields[0], kind=form.catalogue_unit.values[0])]  # type: ignore[union-attr]
        fields = [f if f.kind else replace(f, kind="extra") for f in fields]
        corner = (r, label_col) if label_col is not None and texts[label_col] else None
        return _Layout(r, True, [(r, c) for c in cols], fields, corner)
    return None


def _header_above(sheet: Sheet, r0: int, col: int) -> int | None:
    """The row heading the columns of names starting at ``r0``: the nearest row above with two labels or
    more and no figures (a title merged across is one text and no header)."""
    for r in range(r0 - 1, max(-1, r0 - 4), -1):
        texts = _row_texts(sheet, r)
        filled = [c for c, t in enumerate(texts) if t and c != col]
        row = sheet.rows[r] if r < len(sheet.rows) else []
        figures = sum(1 for v in row if isinstance(v, NUMBER_TYPES) and not isinstance(v, bool))
        labels = {texts[c] for c in filled} - {texts[col]}  # a title merged across is one text in every column
        if figures < 2 and labels and (texts[col] or len(labels) >= 2):
            return r
        if any(texts):
            return None
    return None


def _down(form: FormSpec, sheet: Sheet, codes: tuple[str, ...], least: int) -> _Layout | None:
    """Indicators down one column, the figures' labels across a header row (or none: label | value, or
    "名称：值" lines)."""
    spec = form.catalogue_unit
    assert spec is not None
    for col in range(min(sheet.width, MOST_COLUMNS)):
        texts = [sheet.shown_text(r, col) for r in range(len(sheet.rows))]
        hits = [r for r, t in enumerate(texts) if t and _codes(t, codes) and not _title_line(sheet, r, t)]
        if not hits:
            continue
        r0 = hits[0]
        rows: list[int] = []
        for r in range(r0, len(sheet.rows)):
            t = texts[r]
            if not t:
                if any(sheet.texts(r)):
                    continue
                if r > hits[-1]:
                    break
                continue
            if _is_footer(t) or t.replace(" ", "") in COUNTY_TOTAL:
                if r > hits[-1]:
                    break
                continue
            rows.append(r)
        if not _named(texts, rows, codes, least):
            continue
        hr = _header_above(sheet, r0, col)
        split = hr is None and all(_label_colon(texts[r]) for r in rows)
        if hr is None and not _says_targets(sheet, r0):
            continue  # no header saying what the figures are: only a list under a title naming targets
        fields: list[_Field] = []
        corner: tuple[int, int] | None = None
        if split:
            fields.append(_Field("", None, spec.values[0]))
        elif hr is not None:
            corner = (hr, col) if sheet.shown_text(hr, col) else None
            for c in range(sheet.width):
                label = sheet.shown_text(hr, c)
                if c == col or not label or not any(sheet.texts(r)[c] for r in rows if c < len(sheet.texts(r))):
                    continue
                fields.append(_Field(label, (hr, c), _field_kind(label)))
        else:  # label | value [| unit]: the first column of figures is the target, a column of unit words its unit
            right = [c for c in range(col + 1, sheet.width) if any(_has_figure(sheet, r, [c]) for r in rows)]
            if not right:
                continue
            fields.append(_Field("", (r0, right[0]), spec.values[0]))
            after = right[0] + 1
            if all(units.lookup(sheet.shown_text(r, after)).dimension for r in rows if sheet.shown_text(r, after)) \
                    and any(sheet.shown_text(r, after) for r in rows):
                fields.append(_Field("", (r0, after), spec.unit))
        top = hr if hr is not None else r0
        if hr is not None:  # a two-row header: its parent row (分季度累计目标 over 一季度 …) is the header's too
            top = min([top, *(m[0][0] for m in sheet.merged if m[0][0] < hr <= m[1][0])])
        return _Layout(top, False, [(r, col) for r in rows], fields, corner, split)
    return None


def _title_line(sheet: Sheet, r: int, text: str) -> bool:
    """Whether a line naming an indicator is the sheet's title (合阳县2026年规上工业总产值目标任务分解表): alone on its row
    and naming a year or a table — never one of the list's names, which do neither."""
    return sum(1 for t in sheet.texts(r) if t) == 1 and ("年" in text or text.endswith(("表", "情况")))


def _says_targets(sheet: Sheet, r0: int) -> bool:
    """Whether the title, the sheet's name or the file's name says the list is of targets."""
    lines = ["".join(sheet.texts(r)) for r in range(min(r0, len(sheet.rows)))]
    lines += [sheet.name, sheet.source.name if sheet.source else ""]
    return any(w in line for line in lines for w in _TARGET_WORDS)


def _layout(form: FormSpec, sheet: Sheet) -> _Layout | None:
    if sheet.turned_at is not None or len(sheet.rows) > MOST_ROWS or not sheet.rows:
        return None
    spec = form.catalogue_unit
    if spec is None:
        return None
    codes = tuple(form.column(spec.code).choices or ())
    for least, find in ((LEAST_INDICATORS, _across), (LEAST_INDICATORS, _down), (1, _across), (1, _down)):
        found = find(form, sheet, codes, least)
        if found is None:
            continue
        found = replace(found, fields=_assign(form, found.fields))
        kinds = {f.kind for f in found.fields}
        split_by_place = sum(f.kind == "scope" for f in found.fields) >= 2 and _says_targets(sheet, found.top)
        if least < LEAST_INDICATORS and not any(f.kind in spec.values and f.label for f in found.fields) \
                and not split_by_place:  # (or it is split across townships under a title saying targets)
            continue  # one indicator is a table of targets only when a header over its figure says it is a target
        if any(is_county(sheet.shown_text(*at)) for at in found.names):
            kinds.add("county")  # 县区 among the names: a table of counties beside or among them
        if "county" in kinds:
            return None  # counties on the other side: the city comparison, whose records are counties
        if _entities(sheet, found):
            return None  # each record names an enterprise or a project: a ledger whose types read like indicators
        if _about_an_entity(sheet, found.top):
            return None  # an enterprise's own return written as lines (its particulars above): no targets
        if kinds & {*spec.values, "scope"}:
            return found
    return None


def _entities(sheet: Sheet, lay: _Layout) -> bool:
    """Whether most of the layout's records hold, beside their indicator-like name, a cell naming an enterprise
    or a project (a credit code, a project code, 某某有限公司): a person reading such a row sees an enterprise
    of a ledger (代码 | 企业名称 | 乡镇 | 类型 with 绿色工厂 under 类型), never a target."""
    if lay.split:
        return False
    end = len(sheet.rows)
    with_entity = 0
    for name in lay.names:
        cells = [(r, name[1]) for r in range(lay.top, end)] if lay.across else \
            [(name[0], c) for c in range(sheet.width)]
        if any(at != name and names_an_entity(sheet.shown_text(*at)) for at in cells):
            with_entity += 1
    return with_entity * 2 > len(lay.names)


def _about_an_entity(sheet: Sheet, top: int) -> bool:
    """Whether the lines above the table name one enterprise or project (单位名称：某某有限公司, a credit code): the
    table is then that enterprise's own return written as lines (指标名称 | 本期 | 上年同期, read as its card by
    ``beizeng.intake.cards``), never a list of targets, which are a county's or a township's."""
    for r in range(min(top, len(sheet.rows))):
        for text in sheet.texts(r):
            pair = _label_colon(text)
            if text and names_an_entity(pair.group(2) if pair else text):
                return True
    return False


def indicator_table(form: FormSpec, sheet: Sheet) -> Sheet | None:
    """The sheet's table of indicators as a view in the form's upright layout — one row per indicator (and
    township), columns name | unit | target | quarters | scope, then the figures the form has not (上年完成,
    增长%) under their own labels — every cell mapped to the file's (``Sheet.real``).  None when the sheet
    is no such table, or ``form``'s records are not indicators."""
    key = ("indicators:" + form.code, id(form.model))
    if key in sheet._best:
        return sheet._best[key]  # type: ignore[no-any-return]
    found = _layout(form, sheet)
    view = _view(form, sheet, found) if found is not None else None
    sheet._best[key] = view
    return view


def _view(form: FormSpec, sheet: Sheet, lay: _Layout) -> Sheet | None:
    spec = form.catalogue_unit
    assert spec is not None
    name_col = form.column(spec.code).named_by or spec.code
    scope_col = next((c.name for c in form.columns if c.kind == "scope"), None)
    by_kind: dict[str, int] = {}
    for j, f in enumerate(lay.fields):
        if f.kind in (spec.unit, *spec.values):
            by_kind.setdefault(f.kind, j)
    if spec.values[0] not in by_kind and spec.values[-1] in by_kind:
        by_kind[spec.values[0]] = by_kind[spec.values[-1]]  # 全年 (the fourth quarter's total) is the year's target
    scopes = [j for j, f in enumerate(lay.fields) if f.kind == "scope"]
    extras = [j for j, f in enumerate(lay.fields) if f.kind == "extra"]
    if scopes and scope_col is None:
        return None
    values = [v for v in spec.values if v in by_kind or (scopes and v == spec.values[0])]
    columns = [name_col, spec.unit, *values] + ([scope_col] if scopes and scope_col else [])
    header: list[Any] = [form.column(n).header for n in columns] + [lay.fields[j].label for j in extras]
    corner = lay.corner or lay.names[0]
    cell_map: dict[tuple[int, int], tuple[int, int]] = {(lay.top, 0): corner}
    for k, n in enumerate(columns[1:], 1):
        if n in by_kind and lay.fields[by_kind[n]].at is not None:
            cell_map[(lay.top, k)] = lay.fields[by_kind[n]].at  # type: ignore[assignment]
        elif n == scope_col:
            cell_map[(lay.top, k)] = lay.fields[scopes[0]].at or corner
        else:
            cell_map[(lay.top, k)] = corner
    for k, j in enumerate(extras, len(columns)):
        cell_map[(lay.top, k)] = lay.fields[j].at or corner
    rows: list[list[Any]] = [list(r) for r in sheet.rows[: lay.top]] + [header]
    # 年度目标（亿元）: the unit the figures' own header states is every row's that has none of its own (one unit
    # over all the figure columns that state one; two different ones are no row's unit: the 单位 is asked)
    said = {(u.name, lay.fields[j].at) for v, j in by_kind.items() if v in values and lay.fields[j].label
            and (u := units.in_header(lay.fields[j].label)) is not None}
    head_unit, head_at = next(iter(said)) if len({u for u, _ in said}) == 1 else (None, None)
    #: a revised figure's label → the field it revises (年初目标 under 调整后目标); a row whose revision is blank keeps it
    revised = {f.by: j for j, f in enumerate(lay.fields) if f.kind == "superseded"}
    unrevised: list[str] = []
    for i, at in enumerate(lay.names):
        name_text = sheet.shown_text(*at)
        if lay.split:
            m = _label_colon(name_text)
            name_text, typed = (m.group(1), m.group(2)) if m else (name_text, "")
        name = headers.without_unit(_clean_name(name_text)) or _clean_name(name_text)
        own_unit = units.in_header(name_text)
        unit_j = by_kind.get(spec.unit)
        unit: Any = sheet.shown(*lay.cell(i, unit_j)) if unit_j is not None else None
        unit_at = lay.cell(i, unit_j) if unit_j is not None else at
        if not clean_text(unit) and own_unit is not None:
            unit = own_unit.name
        elif not clean_text(unit) and head_unit is not None:
            unit, unit_at = head_unit, head_at or unit_at
        records: list[tuple[str | None, tuple[int, int] | None, dict[str, tuple[Any, tuple[int, int]]]]] = []
        figures: dict[str, tuple[Any, tuple[int, int]]] = {}
        for v in values:
            if v in by_kind:
                cell = lay.cell(i, by_kind[v])
                figures[v] = (typed if lay.split else sheet.cell(*cell), cell)
                earlier = revised.get(lay.fields[by_kind[v]].label)
                if not lay.split and earlier is not None and not clean_text(figures[v][0]) \
                        and clean_text(sheet.cell(*(before := lay.cell(i, earlier)))):
                    figures[v] = (sheet.cell(*before), before)  # not revised: the earlier figure stands
                    unrevised.append(name)
        if values and any(clean_text(f[0]) for f in figures.values()):
            records.append((None, None, figures))
        for j in scopes:
            cell = lay.cell(i, j)
            if clean_text(sheet.cell(*cell)):
                label = lay.fields[j].label
                named = headers.without_unit(label)
                records.append(("全县" if named in COUNTY_TOTAL else named, lay.fields[j].at, {spec.values[0]: (sheet.cell(*cell), cell)}))
        if not records:
            records.append((None, None, figures))  # a name with no figure: kept, and said by the checks
        for place, scope_at, figs in records:
            r = len(rows)
            row_unit, row_unit_at = unit, unit_at
            cells: list[Any] = [name, None]
            for v in values:
                raw, cell = figs.get(v, (None, None))  # type: ignore[assignment]
                typed_unit = _typed_unit(raw)  # the figure stays as typed: normalise weighs its unit against the row's
                if typed_unit is not None and not clean_text(row_unit):
                    row_unit, row_unit_at = typed_unit, cell
                cells.append(raw)
                if cell is not None:
                    cell_map[(r, len(cells) - 1)] = cell
            cells[1] = row_unit if clean_text(row_unit) else None
            cell_map[(r, 0)] = at
            cell_map[(r, 1)] = row_unit_at
            if scopes and scope_col:
                cells.append(place)
                cell_map[(r, len(cells) - 1)] = scope_at or at
            for j in extras:
                cell = lay.cell(i, j)
                cells.append(sheet.cell(*cell))
                cell_map[(r, len(cells) - 1)] = cell
            rows.append(cells)
    replaced = "".join(f"；「{f.label}」是调整前的数，已按调整后的「{f.by}」读取，「{f.label}」未读取"
                       + (f"（{'、'.join(unrevised)}的「{f.by}」空着，未调整，按「{f.label}」读取）" if unrevised else "")
                       for f in lay.fields if f.kind == "superseded")
    return sheet.view(rows, lay.top, cell_map,
                      reading=f"表格是一张指标目标表（{'每项指标占一列' if lay.across else '每项指标占一行'}），"
                              f"已从第{lay.top + 1}行起逐项读取指标名称、单位和目标值{replaced}")


def _typed_unit(raw: Any) -> str | None:
    """The unit typed in a figure's cell (24亿元, 7.5%), which a row whose 单位 is blank takes as its own.

    The cell itself is passed on as typed: a unit that differs from the row's (2400万元 in a 亿元 row, 1.5亿元 under
    全年目标（万元）) is restated by ``normalise._to_catalogue_units``, the one place that weighs the two."""
    if not isinstance(raw, str):
        return None
    text = clean_text(target_figure(raw)).replace(",", "").replace("，", "").replace(" ", "")  # 增长10%以上: 10%
    if text.endswith(("%", "％")):
        return "%"
    found = units.in_cell(text)
    return found[1].name if found is not None else None


def _keyed_by_another_form(indicators: FormSpec, sheet: Sheet) -> bool:
    """Whether a form whose records are not indicators finds its whole header on the sheet with its record's
    key surely named (统一社会信用代码, 项目名称, 县区) over records that are not catalogue indicators: the sheet is
    that form's ledger, whatever indicator-like values (小巨人, 专精特新 under 培育类型) its rows hold.  When the
    cells under that key are indicator names (项目 | 单位 | 目标值 | 备注 over 规上工业总产值 …) the header's words
    are the indicator table's, and the rows decide: it is the table of indicators."""
    spec = indicators.catalogue_unit
    assert spec is not None
    codes = tuple(indicators.column(spec.code).choices or ())
    for form in all_forms().values():
        if form.catalogue_unit is not None or not form.key:
            continue
        m = sheet_matches(form, sheet)
        if m is None or not m.complete or m.scores.get(form.key[0], 0.0) < SURELY:
            continue
        c = m.columns[form.key[0]]
        keys = [t for t in (m.sheet.shown_text(r, c) for r in range(m.data_start, len(m.sheet.rows))) if t]
        if not _named(keys, list(range(len(keys))), codes):
            return True
    return False


def indicator_form(sheet: Sheet) -> FormSpec | None:
    """The form reading this sheet as a table of indicators, if any (the one rule, for every form's sake)."""
    key = ("indicator_form", 0)
    if key not in sheet._best:
        found = next((f for f in all_forms().values()
                      if f.catalogue_unit is not None and indicator_table(f, sheet) is not None), None)
        # asked only of a sheet that reads as indicators (the cheap check first): most sheets are ledgers
        if found is not None and sheet.turned_at is None and _keyed_by_another_form(found, sheet):
            found = None
        sheet._best[key] = found
    return sheet._best[key]  # type: ignore[no-any-return]


def may_read(form: FormSpec, sheet: Sheet) -> bool:
    """Whether ``form`` may read ``sheet``: a table whose records are catalogue indicators is read only by a
    form whose records are indicators — never taken for a city comparison (whose records are counties) or a
    ledger because its headers name the same indicators."""
    if form.catalogue_unit is not None:
        return True
    return indicator_form(sheet) is None
