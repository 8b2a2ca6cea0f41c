"""Cards: returns written as label/value pairs, one record per card, as clerks lay them out by hand.

A card is a block of pairs — a label cell and the value beside it, or "标签：值" typed in one cell — in one,
two or three pairs a row, often under a 项目 | 内容 (| 单位) header, with the unit in a cell of its own
(计划总投资 | 12000 | 万元, or 计划总投资 | 万元 | 12000), a label merged down over its sub-labels (完成投资 |
本月 | 250, then 1-6月累计 | 1,750), a group label merged down over its items (基本情况, 建设进展), labels
and values merged over two rows, a small table of figures inside it (指标名称 | 计量单位 | 本月 | 1-6月累计 |
上年同期, a row per indicator; or the statistics platform's 指标名称 | 计量单位 | 代码 | 本期 | 上年同期 with 甲 乙 丙 1 2
under it and 其中：本月 as a line: an enterprise's own return), and 填报说明 or 填报人 lines around.  A sheet may hold several cards, one under
the other or side by side: each is a record.

This module only finds the pairs and which card each belongs to; ``beizeng.intake.views.paired`` makes the
view (a header row of labels over a row per card) that the form's header is matched on.

How cards are told apart, as a person sees them: a label that comes again in the same column of labels
(项目代码 again, further down) starts the next card, from the blank row, heading (项目二) or 项目|内容 header
just above it; columns of labels beside each other that repeat each other's labels (项目代码 in A and in D)
are cards side by side, while columns that do not (items 1–6 in A, 7–12 in D) are one card in two blocks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from beizeng.intake import headers
from beizeng.intake.reader import header_key
from beizeng.intake.tables import FOOTER_WORDS, NOTE_PREFIXES, is_annex, is_figure, unit_cell

#: A label and its value typed in one cell ("计划总投资：12000万元").
PAIR_RE = re.compile(r"^([^：:]{1,30}?)\s*[：:]\s*(\S.*)$")
#: Lines above a key：value return that say who sends it and in what unit, not a field of the return.
CONTEXT_LABELS = ("填报单位", "报送单位", "填表单位", "单位", "计量单位", "金额单位", "填报日期", "报送日期")
#: The words a card's own header row is made of (项目 | 内容, 指标 | 单位 | 数值): it heads the pairs, it is
#: no pair itself (项目 would otherwise be read as a 项目名称 whose value is 内容).
CARD_HEADER_WORDS = frozenset({
    "项目", "内容", "指标", "指标名称", "名称", "数值", "数据", "填报内容", "填报数据", "填报项目", "情况", "具体情况",
    "单位", "计量单位", "值", "栏目", "事项", "项目内容", "基本信息", "信息", "数量", "金额", "备注"})
#: A card's heading (项目一, 企业2, （三）…, 第二个): it names the card, it is no label.
_HEADING_RE = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|(?:项目|企业|地块|卡片|第)[一二三四五六七八九十\d]{1,3}"
                         r"(?:[个家张块]|$))")
#: A column of a card's header row holding units.
_UNIT_HEADS = ("单位", "计量单位")
#: Figures tables inside a card: the corner of their header row.
_CORNER_WORDS = frozenset({"指标", "指标名称", "项目", "名称", "主要指标", "指标项目", "栏目"})
#: A figures table's column of the period's own figure, as the statistics platform heads it (本期 | 上年同期): the
#: line's figure as the form counts it (a cumulative return's 1-N月累计), so nothing is added to the line's name.
_THIS_PERIOD = frozenset({"本期", "本期数", "本期值", "本期实际", "本期实际数", "本年实际", "本年实际数"})
#: A figures table's column of line codes (代码 01 02 …, 行次): it names the line, it is no figure of it.
_CODE_HEADS = frozenset({"代码", "指标代码", "行次", "行号", "栏次", "序号", "编码"})
#: A cell that only says the period (2026年1-6月, 2026年6月份, 2026年度): the return's period line, no label.
_PERIOD_ONLY_RE = re.compile(r"^20\d{2}\s*年(?:度|\s*\d{1,2}\s*(?:月份?)?\s*[-—–－~～至到]\s*\d{1,2}\s*月份?|\s*\d{1,2}\s*月份?)?$")
#: Where one "标签：值" ends and the next begins in a cell holding several: spaces before a label and its colon.
_PAIRS_APART_RE = re.compile(r"\s+(?=[^\s：:]{2,12}\s*[：:])")
#: A line under another that says only which part of it it is (其中：本月): that part of the line above.
_SUB_LINE_RE = re.compile(r"^其中\s*[：:]?\s*")


@dataclass
class Pair:
    """One label and its value, with the file's cells (0-based) they were read from."""

    label: str
    value: Any
    at_label: tuple[int, int]
    #: The value's cell: beside the label, the label's own cell ("标签：值"), or the empty cell right of a
    #: label typed with nothing beside it.
    at_value: tuple[int, int]
    #: The column of labels the pair stands in (its label's column): what tells cards side by side apart.
    lane: int
    row: int


@dataclass
class Cards:
    """The pairs of a sheet, card by card."""

    #: The first row of pairs: the title, 填报单位 and 单位 lines above stay lines above.
    start: int
    records: list[list[Pair]] = field(default_factory=list)
    #: The pairs of the lines the clerk hid by hand (``read_cards``'s ``hidden``): no line of any card as the
    #: sheet shows it, kept so that they are said (``views.paired`` makes them hidden columns of its view).
    hidden: list[Pair] = field(default_factory=list)
    #: The pairs of the lines struck through and typed again under them (``read_cards``'s ``struck``): the figures
    #: the clerk took back, kept so that they are said (``views.paired`` makes them struck lines of its view).
    struck: list[Pair] = field(default_factory=list)

    @property
    def pairs(self) -> int:
        return sum(len(r) for r in self.records)


@dataclass
class _Figures:
    """A figures table inside a card: its header row's sub-labels and unit column."""

    corner: int
    #: Each figure column's sub-label ("" for the period's own figure, 本期).
    subs: dict[int, str]
    unit_col: int | None
    #: The table's last column: cells right of it, past a blank column, are pairs beside it (the particulars).
    last: int
    #: The last line named by itself (工业总产值): what a line saying only 其中：本月 is a part of.
    parent: str | None = None


@dataclass
class _State:
    group: tuple[int, str, int] | None = None  # label column, text, last row it heads
    figures: _Figures | None = None
    unit_cols: set[int] = field(default_factory=set)


Cell = tuple[int, int, str]  # first column, last column (a merged cell), text


def _cells(sheet: Any, r: int) -> list[Cell]:
    out = []
    for c, t in enumerate(sheet.texts(r)):
        if not t:
            continue
        m = sheet.merge_at(r, c)
        if m is not None and m[0] != (r, c):
            continue  # covered by a merge from above or the left: its text is the top-left cell's
        out.append((c, m[1][1] if m is not None else c, t))
    return out


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text).rstrip("：:")


def _is_context(label: str) -> bool:
    """填报单位, 单位, 填报日期 (the label itself, before any colon): who sends the card and in what unit."""
    return _bare(re.split(r"[：:]", label, maxsplit=1)[0]) in CONTEXT_LABELS


def _is_footer(cells: list[Cell]) -> bool:
    """填报人 | 李某 | 联系电话 | … : the signature line under a card, no field of it."""
    return _bare(cells[0][2]).startswith(FOOTER_WORDS) and not _is_context(cells[0][2])


def _figures_header(sheet: Any, r: int, cells: list[Cell]) -> _Figures | None:
    """指标名称 | 计量单位 | 本月 | 1-6月累计 | 上年同期: the header of a figures table inside a card (two or more
    bare qualifiers or the period's own figure — the platform's 指标名称 | 计量单位 | 代码 | 本期 | 上年同期 —,
    no figure), else None.  Only the cells up to the first blank column are the table's."""
    cells = _block(cells)
    if len(cells) < 3 or any(is_figure(sheet.cell(r, c), t) for c, _, t in cells):
        return None
    subs = {c: t for c, _, t in cells[1:] if headers.is_bare(t)}
    subs |= {c: "" for c, _, t in cells[1:] if _bare(t) in _THIS_PERIOD}
    if len(subs) < 2:
        return None
    unit_col = next((c for c, _, t in cells[1:] if _bare(t) in _UNIT_HEADS), None)
    if any(c not in subs and c != unit_col and _bare(t) not in _CODE_HEADS for c, _, t in cells[1:]):
        return None
    corner = cells[0][0]
    if _bare(cells[0][2]) not in _CORNER_WORDS and not headers.is_bare(cells[0][2]):
        return None
    return _Figures(corner, subs, unit_col, cells[-1][1])


def _block(cells: list[Cell]) -> list[Cell]:
    """The row's cells from the first up to the first blank column: one table's, the rest stand beside it."""
    out = cells[:1]
    for cell in cells[1:]:
        if cell[0] > out[-1][1] + 1:
            break
        out.append(cell)
    return out


def _beside(sheet: Any, r: int, cells: list[Cell], f: _Figures, state: _State) -> list[Pair]:
    """The pairs right of a figures table on its rows (统一社会信用代码 | 9161… beside 指标 | 本月 | …)."""
    rest = [cell for cell in cells if cell[0] > f.last]
    return _row_pairs(sheet, r, rest, state) if rest else []


def _with_unit(label: str, unit: str | None) -> str:
    if unit is None or headers.without_unit(label) != label:
        return label
    return f"{label}（{unit}）"


def _figure_pairs(sheet: Any, r: int, cells: list[Cell], f: _Figures) -> list[Pair] | None:
    """A row of a figures table: its label composed with each column's sub-label (本月 + 工业总产值 →
    本月工业总产值, with the row's unit; 本期 adds nothing), or None when the row is no row of that table.  A line
    saying only which part of the line above it is (其中：本月) is that part of it (本月工业总产值)."""
    if cells[0][0] != f.corner or is_figure(sheet.cell(r, cells[0][0]), cells[0][2]):
        return None
    label = cells[0][2]
    part = _SUB_LINE_RE.sub("", label)
    if f.parent is not None and part and headers.is_bare(part):
        label = part + f.parent
    elif not _SUB_LINE_RE.match(label):
        f.parent = headers.without_unit(label)
    unit = unit_cell(sheet.texts(r)[f.unit_col]) if f.unit_col is not None and f.unit_col < len(sheet.texts(r)) else None
    out = []
    for c, sub in f.subs.items():
        value = sheet.cell(r, c)
        in_sub = headers.UNIT_RE.search(sub)  # 本年累计（万元）: the column's unit, said after the composed name
        composed = _with_unit(headers.without_unit(sub) + label, unit or (in_sub.group(1) if in_sub else None))
        out.append(Pair(composed, value, (r, cells[0][0]), (r, c), cells[0][0], r))
    return out


def _adjacent(end: int, cell: Cell, unit_cols: set[int]) -> bool:
    """Whether ``cell`` stands right after column ``end``, or after an empty unit column only."""
    return cell[0] == end + 1 or all(c in unit_cols for c in range(end + 1, cell[0]))


def _row_pairs(sheet: Any, r: int, cells: list[Cell], state: _State) -> list[Pair]:
    """The pairs of one row of a card, left to right."""
    out: list[Pair] = []
    n = len(cells)
    if state.group is not None and r > state.group[2] + 1:
        state.group = None
    i = 0
    while i < n:
        c, e, text = cells[i]
        raw = sheet.cell(r, c)
        one = PAIR_RE.match(text)
        if is_figure(raw, text) or unit_cell(text) is not None or _PERIOD_ONLY_RE.match(text.strip()):
            i += 1  # a stray figure or unit, the period line: no label of its own
            continue
        several = _pairs_in_one(text)
        if len(several) >= 2:  # "单位名称：东方光伏    统一社会信用代码：9161…" typed in one (merged) cell
            out += [Pair(label, value, (r, c), (r, c), c, r) for label, value in several]
            i += 1
            continue
        if one and not (n == 1 and e - c >= 2):  # (a title merged across the sheet is no pair)
            out.append(Pair(one.group(1), one.group(2), (r, c), (r, c), c, r))
            i += 1
            continue
        down = sheet.merge_at(r, c)
        if down is not None and down[1][0] > down[0][0] and i + 2 < n:
            state.group = (c, text, down[1][0])  # 基本情况 merged down over its items: a heading of the pairs beside it
            i += 1
            continue
        if i + 2 < n and headers.is_bare(cells[i + 1][2]) and not is_figure(sheet.cell(r, cells[i + 1][0]), cells[i + 1][2]):
            # 完成投资（万元） | 本月 | 250: the label's sub-label names the value (本月完成投资（万元）)
            sub, vc = cells[i + 1], cells[i + 2][0]
            state.group = (sub[0] - 1, text, down[1][0] if down is not None else r)
            unit, i = _unit_after(cells, i + 3, cells[i + 2][1])
            out.append(Pair(_with_unit(sub[2] + text, unit), sheet.cell(r, vc), (r, sub[0]), (r, vc), sub[0], r))
            continue
        if state.group is not None and c == state.group[0] + 1 and i + 1 < n and headers.is_bare(text):
            # (blank) | 1-6月累计 | 1,750 under it: the same label's next sub-label
            vc = cells[i + 1][0]
            unit, i = _unit_after(cells, i + 2, cells[i + 1][1])
            out.append(Pair(_with_unit(text + state.group[1], unit), sheet.cell(r, vc), (r, c), (r, vc), c, r))
            state.group = (state.group[0], state.group[1], max(state.group[2], r))
            continue
        label = text.rstrip("：:").strip()
        j, end, unit = i + 1, e, None
        if j + 1 < n and _adjacent(end, cells[j], state.unit_cols) and unit_cell(cells[j][2]) \
                and _adjacent(cells[j][1], cells[j + 1], state.unit_cols):
            unit, end, j = unit_cell(cells[j][2]), cells[j][1], j + 1  # 计划总投资 | 万元 | 12000
        if j < n and _value_of(sheet, r, end, cells, j, state.unit_cols):
            vc, ve, _ = cells[j]
            if unit is None:
                unit, j = _unit_after(cells, j + 1, ve)  # 计划总投资 | 12000 | 万元
            else:
                j += 1
            out.append(Pair(_with_unit(label, unit), sheet.cell(r, vc), (r, c), (r, vc), c, r))
        elif n > 1 or text.endswith(("：", ":")):
            blank = end + 1
            while blank in state.unit_cols:
                blank += 1  # past the 单位 column: the value's own cell, left blank
            out.append(Pair(label, "", (r, c), (r, blank), c, r))  # a label typed with nothing beside it
        i = j
    return out


def _pairs_in_one(text: str) -> list[tuple[str, str]]:
    """The "标签：值" pairs typed one after the other in one cell, apart by spaces (单位名称：东方光伏科技有限公司
    统一社会信用代码：9161…), each label and value; fewer than two when the cell is no such line."""
    parts = [p for p in _PAIRS_APART_RE.split(text.strip()) if p]
    found = [PAIR_RE.match(p) for p in parts]
    return [(m.group(1), m.group(2).strip()) for m in found if m] if len(parts) >= 2 and all(found) else []


def _unit_after(cells: list[Cell], j: int, end: int) -> tuple[str | None, int]:
    """The unit typed in the cell right after a value (12000 | 万元), and where the row goes on."""
    if j < len(cells) and cells[j][0] == end + 1 and unit_cell(cells[j][2]) is not None:
        return unit_cell(cells[j][2]), j + 1
    return None, j


def _value_of(sheet: Any, r: int, end: int, cells: list[Cell], j: int, unit_cols: set[int]) -> bool:
    """Whether ``cells[j]`` is the value of the label ending at column ``end``: right beside it, or after
    an empty gap when it is a figure or no label of a next pair (nothing right beside it)."""
    c, e, text = cells[j]
    if _adjacent(end, cells[j], unit_cols):
        return True
    if c > end + 2:
        return False  # beyond a spacer column: the next card's, or another pair's
    if is_figure(sheet.cell(r, c), text):
        return True
    followed = j + 1 < len(cells) and cells[j + 1][0] == e + 1
    return not followed and PAIR_RE.match(text) is None


def read_cards(sheet: Any, max_rows: int, hidden: Collection[int] = (), struck: Collection[int] = ()) -> Cards | None:
    """The sheet's pairs card by card, or None when it holds fewer than three pairs (or more rows than a
    card sheet has).  ``hidden``: the rows the clerk hid by hand, read as the sheet shows them — not there (a
    hidden line neither ends a card nor starts one); their pairs are kept apart (``Cards.hidden``).

    ``struck``: the rows struck through whole.  A struck line whose every label the clerk typed again further
    down the same card (1-6月累计 | 19,000 struck, 1-6月累计 | 20,000 under it) is the figure taken back and the
    one under it the right one, as a person reads it: set aside as the hidden ones are (``Cards.struck``).  A
    struck line with nothing typed again is a line of its card still (whether it counts is asked)."""
    if len(sheet.rows) > max_rows:
        return None
    aside = set(struck)
    while True:
        rows, start, out_of_sight, crossed = _lines(sheet, set(hidden), aside)
        if start is None or _values_as_labels(rows):
            return None
        records = _records(rows)
        corrected = {r for r, pairs in crossed if _typed_again(r, pairs, records)}
        if corrected == aside:
            break
        aside = corrected  # a struck line not typed again is read in its place: the cards read anew
    cards = Cards(start, records, out_of_sight, [p for r, pairs in crossed if r in aside for p in pairs])
    return cards if cards.pairs >= 3 else None


def _typed_again(r: int, pairs: list[Pair], records: list[list[Pair]]) -> bool:
    """Whether every label of struck line ``r`` comes again, in its column of labels, on a later line of the card
    the struck line stands inside (lines of it above), with no other card's line between them: the struck line's
    correction typed under it."""
    if not pairs:
        return False
    for p in pairs:
        key = (p.lane, header_key(p.label) or p.label)
        again = [(q.row, k) for k, card in enumerate(records) for q in card
                 if q.row > r and (q.lane, header_key(q.label) or q.label) == key]
        if not again:
            return False
        row, k = min(again)
        if not any(q.row < r for q in records[k]):
            return False  # the card's first line, or the last of the card above: not sure it is this card's
        if any(r < q.row < row for j, card in enumerate(records) if j != k for q in card):
            return False
    return True


def _lines(sheet: Any, hidden: set[int], struck: set[int]
           ) -> tuple[list[tuple[int, list[Pair] | None]], int | None, list[Pair], list[tuple[int, list[Pair]]]]:
    """The sheet's rows with their pairs (None for a break: blank, heading, header), the first row of pairs, the
    pairs of the hidden rows, and those of the ``struck`` rows (each row with its pairs), set aside."""
    state = _State()
    rows: list[tuple[int, list[Pair] | None]] = []  # (row, its pairs), None for a break (blank, heading, header)
    start: int | None = None
    out_of_sight: list[Pair] = []
    crossed: list[tuple[int, list[Pair]]] = []
    for r in range(len(sheet.rows)):
        cells = _cells(sheet, r)
        if r in hidden:
            if start is not None and cells:
                out_of_sight += _row_pairs(sheet, r, cells, _State())
            continue
        if not cells:
            state.figures = None
            rows.append((r, None))
            continue
        joined = "".join(t for _, _, t in cells).replace(" ", "")
        if joined.startswith(NOTE_PREFIXES) or _is_footer(cells):
            state.figures = None
            rows.append((r, None))
            continue
        if all(_HEADING_RE.match(_bare(t)) for _, _, t in cells):
            rows.append((r, None))  # 项目一 (| 项目二): the cards' headings
            continue
        if len(cells) >= 2 and all(_bare(t) in CARD_HEADER_WORDS for _, _, t in cells):
            state.unit_cols |= {c for c, _, t in cells if _bare(t) in _UNIT_HEADS}
            rows.append((r, None))  # 项目 | 内容 (| 单位): the card's own header
            continue
        figures = _figures_header(sheet, r, cells)
        if figures is not None:
            state.figures = figures
            beside = _beside(sheet, r, cells, figures, state)
            if beside and start is None:
                start = r
            rows.append((r, beside or None))
            continue
        if state.figures is not None and is_annex([t for _, _, t in _block(cells)]) and cells[0][0] <= state.figures.last:
            rows.append((r, None))  # 甲 乙 丙 1 2 under the figures table's header: its column numbers
            continue
        found: list[Pair] | None = None
        if state.figures is not None:
            f = state.figures
            inside = [cell for cell in cells if cell[0] <= f.last]
            lines = _figure_pairs(sheet, r, inside, f) if inside else []
            found = None if lines is None else lines + _beside(sheet, r, cells, f, state)
        if found is None:
            state.figures = None
            found = _row_pairs(sheet, r, cells, state)
        if start is None:
            if not found or all(_is_context(p.label) for p in found):
                continue  # the title, 填报单位 and 单位 lines above the card
            start = r
        if r in struck and found:
            crossed.append((r, found))  # read as it stands, kept apart: no line of the card as corrected
            continue
        rows.append((r, found or None))
    return rows, start, out_of_sight, crossed


def _values_as_labels(rows: list[tuple[int, list[Pair] | None]]) -> bool:
    """Whether a column of "labels" is in truth a column of values — a table turned round (项目代码 | 731 |
    732), no card: two or more of them with nothing right of any (the last record's column), or none the
    header of any form (西镇包装厂扩建项目, 扩建, 否 …).  Every column of a card's labels names some field and
    has some value beside it."""
    from beizeng.base.forms import all_forms
    from beizeng.intake.matching import path_scores_of

    forms = list(all_forms().values())
    lanes: dict[int, list[Pair]] = {}
    for _, pairs in rows:
        for p in pairs or ():
            if p.at_label != p.at_value:  # "标签：值" in one cell is a label by its colon
                lanes.setdefault(p.lane, []).append(p)
    for lane in lanes.values():
        if len(lane) < 2:
            continue
        if all(p.value == "" for p in lane):
            return True  # nothing right of any of them: the last column of a table turned round
        if not any(max(path_scores_of(f, (p.label,)).values(), default=0.0) >= headers.THRESHOLD
                   for p in lane for f in forms):
            return True
    return False


def _records(rows: list[tuple[int, list[Pair] | None]]) -> list[list[Pair]]:
    """The pairs split into cards: down the sheet where a label comes again in its column (from the break
    just above), then, within each stretch, across where columns of labels repeat each other."""
    stretches: list[list[Pair]] = [[]]
    seen: set[tuple[int, str]] = set()
    since_break: list[Pair] = []  # the pairs after the last break inside the current stretch
    for _, pairs in rows:
        if pairs is None:
            since_break = []
            continue
        keys = {(p.lane, header_key(p.label) or p.label) for p in pairs}
        if keys & seen:
            moved = since_break if since_break and len(since_break) < len(stretches[-1]) else []
            stretches[-1] = stretches[-1][: len(stretches[-1]) - len(moved)]
            stretches.append(list(moved))
            since_break = list(moved)
            seen = {(p.lane, header_key(p.label) or p.label) for p in moved}
        stretches[-1].extend(pairs)
        since_break.extend(pairs)
        seen |= keys
    out: list[list[Pair]] = []
    for stretch in stretches:
        lanes: dict[int, list[Pair]] = {}
        for p in stretch:
            lanes.setdefault(p.lane, []).append(p)
        cards: list[tuple[set[str], list[Pair]]] = []
        for lane in sorted(lanes):
            names = {header_key(p.label) or p.label for p in lanes[lane]}
            if cards and not names & cards[-1][0]:
                cards[-1][0].update(names)
                cards[-1][1].extend(lanes[lane])
            else:
                cards.append((names, list(lanes[lane])))
        out += [sorted(pairs, key=lambda p: (p.row, p.at_label[1])) for _, pairs in cards if pairs]
    return [r for r in out if r]
