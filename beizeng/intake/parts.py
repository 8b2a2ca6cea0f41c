"""How a workbook divides into returns as a person reads it, beyond "one sheet, one table":

- **several tables on one sheet** (the enterprise list with the city comparison under it or beside it, a
  return with its 附表 of another form): each table is a return of its own, read through a ``Region`` — a view
  of the sheet holding only that table (and the sheet's title lines above every table), every cell where the
  file has it, so problems and lineage name the clerk's cells unchanged;
- **one return over a sheet per township** (东镇 | 西镇, the same columns, the township in the sheet's name):
  one return, read through a ``Stacked`` view — the first sheet's header over every sheet's rows in turn, the
  township of each row written in from its sheet's name when the layout has no 所属乡镇 column — whose
  ``place`` moves problems back to the sheet and cell each row came from;
- **one return over a sheet per record** (统计局 forwarding each enterprise's own return, a sheet each, read as
  key：value cards): one return of a record per sheet, read through a ``Stacked`` view whose ``cells`` keep each
  figure's sheet and cell (``by_record``);
- **one register over a sheet per month** (2月 | 3月 | 6月, each the month's new parcels): a register of events
  (the form declares ``event_date``) whose sheets hold different records is one ledger split by month, read
  through the same ``Stacked`` view (``by_period``), each row with its own sheet and row; sheets that repeat the
  same records are the year's returns, of which the newest is the return (``how_kept`` tells them apart);
- **copies** beside the return: a blank copy of the template (headers and 序号, no data) or an identical copy
  is no version of it (``blank``, ``same_rows``); copies that differ are asked about by ``identify``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from typing import Any, Literal

from beizeng.base import units
from beizeng.base.forms import FormSpec, all_forms
from beizeng.base.problems import Problem
from beizeng.intake.matching import NUMBER_TYPES, HeaderMatch, match_row, rank
from beizeng.intake.reader import HEADER_SCAN_ROWS, Sheet, clean_text, header_key
from beizeng.intake.tables import (
    DataRow,
    Table,
    carried_lines,
    closing_subtotal,
    extract_table,
    grand_total,
    written_unit,
)
from beizeng.intake.views import find_headers


def usable(m: HeaderMatch | None) -> bool:
    """A header that surely is the form's: complete (which asks enough evidence that it is no coincidence)."""
    return m is not None and m.complete


# ---------------------------------------------------------------------------------------------
# Several tables on one sheet
# ---------------------------------------------------------------------------------------------

@dataclass
class Region(Sheet):
    """One table of a sheet that holds several: the sheet with every other table's cells left out."""

    #: The form whose table this is (for the part's name: a sheet's two returns are told apart by it).
    form: FormSpec | None = None
    #: The form's header on this view (a ``HeaderMatch``: typed Any as ``Sheet._best`` is).
    own: Any = None


def _span(m: HeaderMatch) -> tuple[int, int]:
    cols = list(m.columns.values())
    return min(cols), max(cols)


def _apart(a: HeaderMatch, b: HeaderMatch) -> bool:
    """Two headers that are two tables: side by side (no column in common), or one under the other's data."""
    (a0, a1), (b0, b1) = _span(a), _span(b)
    if a1 < b0 or b1 < a0:
        return True
    upper, lower = sorted((a, b), key=lambda m: m.header_row)
    return lower.header_row >= upper.data_start


def _best_at(sheet: Sheet, r: int) -> HeaderMatch | None:
    """The form whose header stands surely at row ``r`` (found below the rows a header is looked for in)."""
    best: HeaderMatch | None = None
    for form in all_forms().values():
        for height in (1, 2, 3) if sheet.merged else (1, 2):
            m = match_row(form, sheet, r, height)
            if usable(m) and (best is None or rank(m) < rank(best)):
                best = m
    return best


def _is_line(sheet: Sheet, r: int) -> bool:
    """A title, heading, 单位 or blank line: at most two cells, no figure (no table's row)."""
    row = sheet.rows[r] if 0 <= r < len(sheet.rows) else []
    if any(isinstance(v, NUMBER_TYPES) and not isinstance(v, bool) for v in row):
        return False
    return sum(1 for t in sheet.texts(r) if t) <= 2


def _top(sheet: Sheet, lower: HeaderMatch, upper: HeaderMatch) -> int:
    """Where the lower table's part of the sheet begins: its header, with the title lines right above it
    (附表：…, 单位：万元) that are no row of the table above."""
    r = lower.header_row
    while r - 1 >= upper.data_start and _is_line(sheet, r - 1):
        r -= 1
    return r


def _gap(sheet: Sheet, left: int, right: int, from_row: int) -> int:
    """The column between two tables side by side where the right one's part begins: the first column
    empty from the header down, else the one after the left table's last."""
    for c in range(left + 1, right):
        if not any(c < len(sheet.texts(r)) and sheet.texts(r)[c] for r in range(from_row, len(sheet.rows))):
            return c
    return left + 1


def _regions(sheet: Sheet, tables: list[HeaderMatch]) -> list[Region]:
    head = min(t.header_row for t in tables)  # the sheet's own title lines: above every table, said to each
    out = []
    for t in tables:
        t0, t1 = _span(t)
        lo, hi, top, end = 0, sheet.width - 1, 0, len(sheet.rows)
        for u in tables:
            if u is t:
                continue
            u0, u1 = _span(u)
            if u1 < t0:
                lo = max(lo, _gap(sheet, u1, t0, min(t.header_row, u.header_row)))
            elif u0 > t1:
                hi = min(hi, _gap(sheet, t1, u0, min(t.header_row, u.header_row)) - 1)
            elif u.header_row < t.header_row:
                top = max(top, _top(sheet, t, u))
            else:
                end = min(end, _top(sheet, u, t))
        out.append(_region(sheet, t, head, top, end, lo, hi))
    return out


def _region(sheet: Sheet, t: HeaderMatch, head: int, top: int, end: int, lo: int, hi: int) -> Region:
    def kept(r: int, c: int) -> bool:
        return r < head or (top <= r < end and lo <= c <= hi)

    rows: list[list[Any]] = [[v if kept(r, c) else "" for c, v in enumerate(row)] if r < head or top <= r < end
                             else [] for r, row in enumerate(sheet.rows)]
    merged = [m for m in sheet.merged if m[1][0] < head or (kept(*m[0]) and kept(*m[1]))]
    view = Region(sheet.name, sheet.visible, rows, merged, sheet.source, sheet.container,
                  uncached_formulas=sheet.uncached_formulas, part=sheet.part, form=t.form)
    view.cleaned = {rc: what for rc, what in sheet.cleaned.items() if kept(*rc)}
    # its header is where it was found (perhaps below the rows a header is looked for in): the form's match on
    # the view, made once, so identify finds it there
    view.own = view._best[(t.form.code, id(t.form.model))] = match_row(t.form, view, t.header_row,
                                                                        t.header_height)
    return view


def tables_on(sheet: Sheet) -> list[Region]:
    """The tables of different forms that one sheet holds, each as a ``Region`` with rows of its own; empty when
    the sheet holds one return (or none).  Tables of one form are one return (``beizeng.intake.beside``, or the
    table below warned as ``another_table``), and a header two forms read equally well is ``identify``'s
    question, never two returns."""
    if sheet.turned_at is not None:
        return []
    found: list[HeaderMatch] = []
    for m in sorted((m for f in all_forms().values() for m in find_headers(f, [sheet])[:1] if usable(m)),
                    key=lambda m: -m.total):
        if m.sheet is not sheet:  # read turned round or as key：value pairs: the sheet is that one table
            if not found:
                return []
            continue
        if all(_apart(m, t) and m.form.code != t.form.code for t in found):
            found.append(m)
    if found and len(sheet.rows) > HEADER_SCAN_ROWS:
        # a table under a long one is past the rows a header is looked for in: the reading of the table
        # above finds its header (another_table), the forms are tried there
        i = 0
        while i < len(found):
            below = sorted(n for n, why in extract_table(found[i]).unread.items() if why == "another_table")
            under = _best_at(sheet, below[0] - 1) if below else None
            if under is not None and all(_apart(under, t) and under.form.code != t.form.code for t in found):
                found.append(under)
            i += 1
    return _settled(sheet, found)


def _settled(sheet: Sheet, found: list[HeaderMatch]) -> list[Region]:
    """The regions of the tables that have rows; a table without any (a blank annex) stays part of the sheet."""
    tables = sorted(found, key=lambda m: (m.header_row, _span(m)[0]))
    while len(tables) > 1:
        regions = _regions(sheet, tables)
        empty = [t for t, v in zip(tables, regions, strict=True) if not extract_table(v.own).rows]
        if not empty:
            return regions
        tables = [t for t in tables if t not in empty]
    return []


def part_name(sheets: list[Sheet]) -> str:
    """A return's name within its workbook: its sheet, and its form when the sheet holds several."""
    shown = [s for s in sheets if s.visible]
    first = shown[0] if shown else sheets[0]
    if isinstance(first, Region) and first.form is not None:
        return f"{first.name}·{first.form.title}"
    return first.name


# ---------------------------------------------------------------------------------------------
# Copies of a return
# ---------------------------------------------------------------------------------------------

def blank(m: HeaderMatch) -> bool:
    """A copy of the layout with no data under its header (headers and 序号 1–10 at most): no version.  A sheet
    whose rows its own reading sets aside (struck through, hidden: ``AS_READ``) has data, crossed out: no blank."""
    table = extract_table(m)
    return not table.rows and not any(why in AS_READ for why in table.unread.values())


def _cells(m: HeaderMatch, table: Table) -> list[tuple[str, ...]]:
    names = sorted(m.columns)
    return [tuple(clean_text(r.cells.get(n)) for n in names) for r in table.rows]


def same_rows(a: HeaderMatch, b: HeaderMatch) -> bool:
    """Whether two sheets carry the very same return: the same columns, the same rows, cell by cell."""
    return set(a.columns) == set(b.columns) and _cells(a, extract_table(a)) == _cells(b, extract_table(b))


# ---------------------------------------------------------------------------------------------
# One return over a sheet per township
# ---------------------------------------------------------------------------------------------

#: Rows of a sheet's table that go after every sheet's rows (not between one sheet's rows and the next's).
_AFTER = ("footer", "another_table")
#: Rows of a sheet's table that are its own header's or its own total's: not repeated in the view.
_LEFT_OUT = ("annex_row", "blank_tail", "repeated_header")


@dataclass(frozen=True)
class SheetTotal:
    """One joined sheet's own 合计 (or its one closing 小计, ``tables.closing_subtotal``): what that sheet's rows
    add up to — a month's, a township's or a page's — never the return's.  ``table`` is the sheet's own reading
    (its columns, units and hidden rows); ``lifted`` what a header-less 续表's view adds to its rows."""

    table: Table
    total: DataRow
    subtotal: bool
    lifted: int = 0
    #: The 合计 of a 汇总 sheet set aside because the parts beside it hold its very records (``identify._joined``):
    #: the whole return's, checked against every row read — the 汇总's rows are the parts' rows, cell for cell.
    whole: bool = False

    @property
    def sheet(self) -> str:
        return self.table.sheet

    @property
    def row(self) -> int:
        """The total's Excel row on its own sheet (on the file's, for a sheet read one record per kind)."""
        return self.table.match.sheet.real(self.total.excel_row - 1, 0)[0] + 1 - self.lifted


@dataclass
class Stacked(Sheet):
    """One return kept as a sheet per township, read as one table: the first sheet's header, then each sheet's
    rows in turn.  The first sheet's rows stay where they are; the others follow."""

    #: The view's row (0-based) → the sheet it came from, its row there, and the view's column → the sheet's.
    origin: dict[int, tuple[str, int, dict[int, int]]] = field(default_factory=dict)
    #: The view's row → the township its sheet's name says (written into the view's 所属乡镇 column), or the value
    #: of another column the sheets' names say (``written``: a sheet per 培育类型).
    township_of: dict[int, str] = field(default_factory=dict)
    #: The form column written in from each sheet's name (its 所属乡镇, or the column of ``by_kind``).
    written: str | None = None
    #: The sheets joined, in order, and the township each is about.
    sheets: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)
    #: Where a sheet's township was read when its name does not say it (sheet → 标题“黑池镇2026年…”): a sheet
    #: named Sheet2 whose title names the township (said in lineage and in the note that joins the sheets).
    told: dict[str, str] = field(default_factory=dict)
    #: Each sheet's own 合计 row (or its one closing 小计): not rows of the return, left out of the view, each
    #: checked against its own sheet's rows (``beizeng.intake.checks.check_totals``).
    totals: list[SheetTotal] = field(default_factory=list)
    #: A register kept as a sheet per month: each sheet → the (first, last) months its name or title says.
    months: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: The form's header on this view (a ``HeaderMatch``: typed Any as ``Sheet._best`` is).
    own: Any = None
    #: Sheets each one record's card (``by_record``): the view's cell → the sheet and cell it was read from.
    cells: dict[tuple[int, int], tuple[str, int, int]] = field(default_factory=dict)
    #: The sheets joined (``_stacked``), for what only a sheet's file can tell of its cells (``on_sheets``).
    members: list[Sheet] = field(default_factory=list, repr=False)
    #: Each joined sheet's own header (``HeaderMatch``es, the first the view's): what a sheet's header says that the
    #: view's does not (西镇's still 1-5月累计产值 beside 东镇's 1-6月: ``identify._by_month``).
    member_matches: list[Any] = field(default_factory=list, repr=False)
    #: Each sheet that states its own unit for a column, other than the view's (its header's brackets, its units
    #: row or its 单位 line: ``tables.written_unit``): sheet → column → that unit.  A row of that sheet is
    #: converted from it (``normalise``, told once per sheet), its own 合计 checked in it; a sheet stating none
    #: is in the view's unit (the first sheet's, or the return's 单位 line).
    own_units: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Sheets whose unit cannot be read per row: a unit that is no unit of the column's dimension ("「6月」的
    #: 「成交价款」按亩"), which no factor converts — asked about, never read (``units_differ``).
    unit_clash: list[str] = field(default_factory=list)
    _placed: set[int] = field(default_factory=set, repr=False)

    def sheet_of(self, excel_row: int) -> str | None:
        """The sheet a row of the view (its Excel row) came from."""
        at = self.origin.get(excel_row - 1)
        return at[0] if at is not None else None

    def unit_of(self, excel_row: int, column: str) -> str | None:
        """The unit a row of the view (its Excel row) has for a column when its sheet states its own (see
        ``own_units``); None when it is in the view's unit."""
        sheet = self.sheet_of(excel_row)
        return self.own_units.get(sheet, {}).get(column) if sheet is not None else None

    def on_sheets(self, look: Callable[[Sheet], Collection[tuple[int, int]]]) -> dict[tuple[int, int], Any]:
        """What ``look`` finds on each sheet joined (cells → what, or a set of cells), moved to the view's cells:
        an Excel error value or a formula without its result on a month's or a township's sheet is said there
        as on a sheet read alone."""
        back: dict[tuple[str, int, int], tuple[int, int]] = {
            (name, r, c): (at, v) for at, (name, r, cols) in self.origin.items() for v, c in cols.items()}
        if self.cells:  # cards: a card's cells are the file's (a card's own view is turned round or paired)
            back = {where: at for at, where in self.cells.items()}
        out: dict[tuple[int, int], Any] = {}
        for sheet in self.members:
            found = look(sheet)
            for rc in found:
                cell = back.get((sheet.name, *(sheet.real(*rc) if self.cells else rc)))
                if cell is not None:
                    out[cell] = found[rc] if isinstance(found, dict) else True
        return out

    def place(self, problems: list[Problem]) -> None:
        """Problems found on the view moved, in place, to the sheet and cell each row came from (once each);
        "第N行" in their words says the row of that sheet."""
        def words(m: re.Match[str], own: str) -> str:
            at = self.origin.get(int(m.group(1)) - 1)
            # (a card's row is never the view's; a row of the first sheet named on another sheet says its sheet)
            if at is None or (at[0] == self.name == own and not self.cells):
                return m.group(0)
            return f"「{at[0]}」第{at[1] + 1}行"

        for p in problems:
            if id(p) in self._placed or p.sheet != self.name:
                continue
            self._placed.add(id(p))
            mine = self.origin.get(p.row - 1) if p.row is not None else None
            own = mine[0] if mine is not None else self.name
            p.message = re.sub(r"第(\d+)行", lambda m, own=own: words(m, own), p.message)  # type: ignore[misc]
            cell = self.cells.get((p.row - 1, p.col)) if p.row is not None and p.col is not None else None
            if cell is not None:  # a card's cell: its own sheet, row and column
                p.sheet, p.row, p.col = cell[0], cell[1] + 1, cell[2]
                if p.code == "extra_column":
                    p.message = p.message.replace("此列", "此项", 1)  # a column of the view is a card's label
                continue
            at = self.origin.get(p.row - 1) if p.row is not None else None
            if at is None:
                continue
            p.sheet, p.row = at[0], at[1] + 1
            if p.col is not None:
                p.col = at[2].get(p.col)


def on_the_sheets(sheet: Sheet, look: Callable[[Sheet], Collection[tuple[int, int]]]) -> dict[tuple[int, int], Any]:
    """What ``look`` finds of a sheet's cells (cell → what it found, True for a set of cells); of a ``Stacked``
    view's, what it finds on each sheet joined, on the view's cells."""
    if isinstance(sheet, Stacked):
        return sheet.on_sheets(look)
    found = look(sheet)
    return dict(found) if isinstance(found, dict) else dict.fromkeys(found, True)


def place(problems: list[Problem], sheet: Sheet) -> None:
    """``Stacked.place`` when the sheet is such a view; nothing otherwise."""
    if isinstance(sheet, Stacked):
        sheet.place(problems)


def by_township(form: FormSpec, matches: list[HeaderMatch], towns: Sequence[str | None]) -> Stacked | None:
    """The sheets as one return when each is one township's part of it: a different township named by each
    sheet (``towns``, by identify: the sheet's name, else its title), the form has a township column, and
    every sheet has the same columns.  None otherwise (then the sheets may be versions of one return, and
    identify asks)."""
    column = form.township_column
    named = [t for t in towns if t]
    if column is None or len(named) != len(towns) or len(set(named)) != len(named):
        return None
    if any(set(m.columns) != set(matches[0].columns) or m.sheet.turned_at is not None for m in matches):
        return None
    return _stacked(matches, named, column, as_read=True)  # each township's sheet as its own reading takes it


def by_kind(form: FormSpec, matches: list[HeaderMatch], kinds: list[str | None], column: str) -> Stacked | None:
    """The sheets as one return when each holds the rows of one value of a column the layout leaves out and each
    sheet's name or title says (``kinds``: a cultivation ledger's 「拟入规」「高新技术企业」, the type in the sheet's
    name): different values, the same columns on every sheet.  None otherwise."""
    named = [k for k in kinds if k]
    if len(named) != len(kinds) or len(set(named)) != len(named) or any(column in m.columns for m in matches):
        return None
    if any(set(m.columns) != set(matches[0].columns) or m.sheet.turned_at is not None for m in matches):
        return None
    return _stacked(matches, named, column, as_read=True)


def one_record(m: HeaderMatch) -> bool:
    """Whether a sheet is read as one record's own card (label | value lines, paired or turned round)."""
    return m.sheet.turned_at is not None and len(m.sheet.rows) - m.sheet.turned_at == 2


@dataclass(frozen=True)
class Differs:
    """A cell where a table sheet and a card say two things of one record and field (``cards_summed``)."""

    #: The field as the table's header writes it (1-6月累计产值).
    header: str
    #: The table's cell (Excel row, 0-based column) and the card's (its sheet, Excel row, 0-based column).
    table: tuple[int, int]
    card: tuple[str, int, int]
    values: tuple[str, str]
    #: Whether the two sheets state different units for the field (then ``values`` each end with its own: 0.91亿元).
    converted: bool = False
    #: The form's column (``given``'s: the part's value is its sheet's name, which no cell holds).
    name: str = ""


def _same(a: Any, b: Any) -> bool:
    """Two cells that say the same: the same text, or the same figure however typed (30000 | 30,000 | 30000.0)."""
    ta, tb = clean_text(a), clean_text(b)
    if ta == tb:
        return True
    from beizeng.intake.normalise import parse_decimal

    try:
        return parse_decimal(a) == parse_decimal(b)
    except (ValueError, ArithmeticError):
        return False


def _rounded(ours: Callable[[str, Any], str], name: str, value: Any, theirs: str) -> bool:
    """Whether a 汇总's figure is the part's rounded to the digits the 汇总 typed: 0.03 (亿元, two decimals) for 310
    万元, 1185 for 1,185.4 — a summary shows its figures rounded, the parts keep them whole (hostile round 30b: 11
    cells of a 亿元 汇总 refused).  ``ours`` reads the 汇总's cells into the column's unit (``in_own_unit``)."""
    from beizeng.intake.normalise import parse_decimal

    try:
        typed, part, one = parse_decimal(value), Decimal(theirs), Decimal(ours(name, "1"))
    except (ValueError, ArithmeticError):
        return False
    exponent = typed.as_tuple().exponent
    if one <= 0 or not isinstance(exponent, int):
        return False
    return abs(part / one - typed) <= Decimal(5).scaleb(exponent - 1)


def in_own_unit(m: HeaderMatch) -> Callable[[str, Any], str]:
    """How one sheet's cells are compared with another sheet's (a 汇总 with the sheets it sums, a month's sheet
    with another's): a figure stated in the column's unit, from the unit its own sheet states for it (header
    brackets, units row, 单位 line: ``stated_units``) — 5,000,000 under 单位：元 and 500 under 单位：万元 are one
    figure, as the return reads them; any other cell its cleaned text.  The one rule: two sheets of one return
    are compared after each is read in its own unit, never cell text against cell text across units.  Money
    is rounded as the warehouse stores it (``normalise.stored_amount``: 0.8500000000000001 亿元 is 8,500 万元)."""
    from beizeng.intake.normalise import parse_decimal, stored_amount

    form = m.form
    factors: dict[str, Decimal] = {}
    money: set[str] = set()
    for name, u in stated_units(m, extract_table(m).unit).items():
        col = form.column(name)
        dim = units.dimension_of(col.kind, col.unit)
        if dim is None:
            continue
        if dim == "money":
            money.add(name)
        try:
            factors[name] = Decimal(1) if u is None else units.factor(
                units.lookup(u), dim, col.unit or (form.unit if dim == "money" else None))
        except units.UnitError:
            continue  # a unit no factor converts: compared as written (and asked about where the return is read)

    def read(name: str, value: Any) -> str:
        k = factors.get(name)
        if k is None or clean_text(value) == "":
            return clean_text(value)
        try:
            figure = stored_amount(parse_decimal(value), k) if name in money else parse_decimal(value) * k
            return format(figure.normalize(), "f")
        except (ValueError, ArithmeticError):
            return clean_text(value)
    return read


def _held(m: HeaderMatch, key: str) -> list[tuple[str, dict[str, Any], int]]:
    """The records a sheet holds for ``summed``: (its key, its cells by column, its 0-based row on the sheet) —
    a card's one record, a table's rows as its own reading takes them."""
    if one_record(m):
        return [(clean_text(m.sheet.cell(m.data_start, m.columns[key])),
                 {n: m.sheet.cell(m.data_start, c) for n, c in m.columns.items()}, m.data_start)]
    return [(clean_text(r.cells.get(key)), dict(r.cells), r.excel_row - 1) for r in extract_table(m).rows]


def _shared_key(form: FormSpec, table: HeaderMatch, parts: list[HeaderMatch]) -> str | None:
    """The form's key when a table sheet and every part beside it have it (``summed``, ``unmatched``), else None."""
    key = form.key[0] if form.key else None
    if key is None or key not in table.columns or any(key not in m.columns for m in parts):
        return None
    return key


def summed(form: FormSpec, table: HeaderMatch, parts: list[HeaderMatch],
           given: tuple[str, list[str]] | None = None) -> list[Differs] | None:
    """Whether a table sheet (a 汇总) holds the very records the ``parts`` hold together — the records' own cards
    (a sheet each, ``one_record``) or the townships' sheets — each once, by the form's key, and no other: the same
    return written two ways, to be read once, from the parts.  Each sheet is read in its own unit (``in_own_unit``):
    a 汇总 in 亿元 over cards in 万元 says the same figures.  The cells where the table says another thing than
    the part (or a field the part has not), in the table's order; empty when they agree cell for cell.  None
    when the table holds other records (then the sheets are no two ways of one return).  ``given``: a column the
    parts leave to their sheet's name (所属乡镇 of a township's sheet) and its value on each part."""
    key = _shared_key(form, table, parts)
    if key is None:
        return None
    held = [(m, record) for m in parts for record in _held(m, key)]
    own = {k: (m, cells, r) for m, (k, cells, r) in held}
    rows = extract_table(table).rows
    keys = [clean_text(r.cells.get(key)) for r in rows]
    if not all(keys) or len(own) != len(held) or sorted(keys) != sorted(own):
        return None
    ours = in_own_unit(table)
    theirs_read = {id(m): in_own_unit(m) for m in parts}
    said = stated_units(table, extract_table(table).unit)
    theirs_said = {id(m): stated_units(m, extract_table(m).unit) for m in parts}
    left = {id(m): v for m, v in zip(parts, given[1], strict=True)} if given is not None else {}
    out: list[Differs] = []
    for row, k in zip(rows, keys, strict=True):
        part, cells, r0 = own[k]
        for name, c in sorted(table.columns.items(), key=lambda nc: nc[1]):
            value = row.cells.get(name)
            if name in part.columns:
                at, theirs = (r0, part.columns[name]), cells.get(name)
            elif given is not None and name == given[0]:
                at, theirs = (r0, 0), left[id(part)]
            else:
                at, theirs = (r0, 0), ""
            if _same(ours(name, value), read := theirs_read[id(part)](name, theirs)) or _rounded(ours, name, value, read):
                continue
            r, cc = part.sheet.real(*at)
            u, v = said.get(name), theirs_said[id(part)].get(name)
            shown = (f"{clean_text(value)}{u or ''}", f"{clean_text(theirs)}{v or ''}") if u != v and clean_text(theirs) \
                else (clean_text(value), clean_text(theirs))
            out.append(Differs(table.headers.get(name) or form.column(name).header, (row.excel_row, c),
                               (part.sheet.name, r + 1, cc), shown, converted=u != v, name=name))
    return out


@dataclass(frozen=True)
class Unmatched:
    """The records a 汇总 sheet and the parts beside it do not share (``unmatched``), each as a person finds it
    (甲公司（9161…）), where it is and its key as written: (said, sheet, Excel row, key)."""

    only_table: list[tuple[str, str, int, str]]
    only_parts: list[tuple[str, str, int, str]]
    twice: list[tuple[str, str, int, str]]


def unmatched(form: FormSpec, table: HeaderMatch, parts: list[HeaderMatch]) -> Unmatched | None:
    """What keeps a table sheet from being the parts' 汇总 (``summed`` None) when it mostly is one: records on one
    side only, or on two parts.  None when the sheets share under half of the smaller side's records (then they
    are no two ways of one return, and identify asks about the sheets as a whole)."""
    key = _shared_key(form, table, parts)
    if key is None:
        return None
    name = form.roles.name if form.roles.name not in form.key else None

    def said(k: str, cells: dict[str, Any]) -> str:  # 甲公司（9161…）: the record as a person finds it
        return f"{clean_text(cells.get(name))}（{k}）" if name and clean_text(cells.get(name)) else k

    held = [(k, said(k, cells), m.sheet.name, m.sheet.real(r0, m.columns[key])[0] + 1)
            for m in parts for k, cells, r0 in _held(m, key) if k]
    rows = [(clean_text(r.cells.get(key)), said(clean_text(r.cells.get(key)), r.cells), r.excel_row)
            for r in extract_table(table).rows]
    mine = {k for k, _, _ in rows if k}
    theirs = {k for k, _, _, _ in held}
    if not mine or not theirs or 2 * len(mine & theirs) < min(len(mine), len(theirs)):
        return None
    seen = [k for k, _, _, _ in held]
    return Unmatched([(w, table.sheet.name, r, k) for k, w, r in rows if k and k not in theirs],
                     [(w, s, r, k) for k, w, s, r in held if k not in mine],
                     [(w, s, r, k) for k, w, s, r in held if seen.count(k) > 1])


def by_record(form: FormSpec, matches: list[HeaderMatch]) -> Stacked | None:
    """The sheets as one return when each is one record's own card — an enterprise's return, a sheet each, as
    the statistics bureau forwards its platform prints: every sheet read as the key：value pairs of one card
    (``beizeng.intake.views.paired``), the form's key on each and no key twice.  None otherwise (then the sheets
    may be versions of one return, and identify asks).

    One view: the form's headers over a row per sheet, then the lines a sheet has that the form has not (kept,
    so that they are said), every cell where its sheet has it (``Stacked.cells``).  A figure column written in
    one unit on every sheet keeps the unit in its header; written in different units (header brackets, units
    row or a card's own 单位 line), each card's figures are read in its own (``Stacked.own_units``).

    A card is read as its own sheet's reading takes it, as a township's sheet is (``as_read``): a line hidden or
    struck through, an error value, a comment are its sheet's, said on its own cells (``identify._sheet_notes``),
    never looked for again on the view; a card its own reading sets aside (its name struck through) is left
    out.  A card read turned round (label | value lines in two columns) is one record as a paired card is."""
    key = form.key[0] if form.key else None
    if len(matches) < 2 or key is None:
        return None
    if not all(one_record(m) and key in m.columns for m in matches):
        return None
    keys = [clean_text(m.sheet.cell(m.data_start, m.columns[key])) for m in matches]
    if not all(keys) or len(set(keys)) != len(keys):
        return None
    every = matches
    matches = [m for m in matches if extract_table(m).unread.get(m.data_start + 1) not in AS_READ]
    if not matches:
        return None
    first = matches[0]
    top = first.header_row
    names = [c.name for c in form.columns if any(c.name in m.columns for m in matches)]
    header: list[Any] = []
    cells: dict[tuple[int, int], tuple[str, int, int]] = {}
    body: list[list[Any]] = [[] for _ in matches]
    stated = [stated_units(m, extract_table(m).unit) for m in matches]  # each card's own (its 单位 line too)
    own: dict[str, dict[str, str | None]] = {}
    for n in names:
        written = {s.get(n) for s, m in zip(stated, matches, strict=True) if n in m.columns}
        one = next(iter(written)) if len(written) == 1 else None
        j = len(header)
        header.append(f"{form.column(n).header}（{one}）" if one else form.column(n).header)
        for k, m in enumerate(matches):
            if n not in m.columns:
                body[k].append("")
                continue
            if len(written) > 1:  # cards in different units: each card's figures read in its own
                own.setdefault(m.sheet.name, {})[n] = stated[k].get(n)
            at = (m.data_start, m.columns[n])
            body[k].append(m.sheet.cell(*at))
            cells[(top + 1 + k, j)] = (m.sheet.name, *m.sheet.real(*at))
            cells.setdefault((top, j), (m.sheet.name, *m.sheet.real(m.header_row, at[1])))
    for k, m in enumerate(matches):
        for c, raw in m.extra:  # a line the form has not: its own column, so that it is said
            j = len(header)
            header.append(raw)
            cells[(top, j)] = (m.sheet.name, *m.sheet.real(m.header_row, c))
            for i in range(len(matches)):
                body[i].append(m.sheet.cell(m.data_start, c) if i == k else "")
            cells[(top + 1 + k, j)] = (m.sheet.name, *m.sheet.real(m.data_start, c))
    rows: list[list[Any]] = [list(r) for r in first.sheet.rows[:top]] + [header] + body
    origin: dict[int, tuple[str, int, dict[int, int]]] = {top + 1 + k: (m.sheet.name, min(m.sheet.real(m.data_start, c)[0] for c in m.columns.values()), {})
              for k, m in enumerate(matches)}
    sheet = first.sheet
    view = Stacked(sheet.name, sheet.visible, rows, [x for x in sheet.merged if x[1][0] < top], sheet.source,
                   sheet.container, uncached_formulas=False, part=None, origin=origin,
                   sheets=[m.sheet.name for m in every], cells=cells, members=[m.sheet for m in matches],
                   member_matches=list(matches))
    for name, its in own.items():
        view.own_units[name], refused = _convertible(form, name, its)
        view.unit_clash += refused
    view.own_units = {name: its for name, its in view.own_units.items() if its}
    view.cleaned = {rc: what for rc, what in sheet.cleaned.items() if rc[0] < top}
    view.own_styles = False  # each card's reading has seen what its sheet hides or strikes out
    view.own = view._best[(form.code, id(form.model))] = match_row(form, view, top, 1)
    return view


#: Rows a sheet's own reading sets aside for what only that sheet can show (a row hidden or struck through, a
#: 小计, a name run on into the row below, a row asked about): read as the sheet reads them, never again on a view
#: that cannot see them (``_stacked`` with ``as_read``).
AS_READ = ("hidden_row", "unseen_row", "struck_row", "struck_name", "subtotal_row", "joined_row", "split_unsure")


def _stacked(matches: list[HeaderMatch], towns: list[str], column: str | None, *, as_read: bool = False,
             last_total: bool = False) -> Stacked:
    """The sheets' rows under the first sheet's header (see ``Stacked``).  ``as_read``: each sheet's rows as its
    own reading took them (``extract_table``: a record over two rows joined, what it sets aside left out, said by
    ``identify._sheet_notes``), as a single sheet's are; else every row as written, read again on the view.
    ``last_total``: the last sheet's 合计 stays a 合计 row of the view, after every sheet's rows, so it is checked
    against all of them (a table continued on a 续表 sheet totals the whole table at its end)."""
    first = matches[0]
    sheet = first.sheet
    width = max(m.sheet.width for m in matches)
    # no 所属乡镇 column: the sheet's name says it, in a column of the view
    written = column is not None and column not in first.columns
    rows: list[list[Any]] = [list(row) for row in sheet.rows[:first.data_start]]
    if written:
        rows[first.header_row] = [*rows[first.header_row], *[""] * (width - len(rows[first.header_row]))]
        rows[first.header_row].append(first.form.column(column).header if column else "")
    origin: dict[int, tuple[str, int, dict[int, int]]] = {}
    township_of: dict[int, str] = {}
    after: list[tuple[HeaderMatch, int]] = []
    totals: list[SheetTotal] = []
    base: dict[str, str | None] = {}
    own_units: dict[str, dict[str, str]] = {}
    clash: list[str] = []
    for k, (m, town) in enumerate(zip(matches, towns or [""] * len(matches), strict=True)):
        table = extract_table(m)
        stated = stated_units(m, table.unit)
        if k == 0:
            base = dict(stated)
        elif (differ := {n: u for n, u in stated.items() if u != base.get(n)}):
            own_units[m.sheet.name], refused = _convertible(m.form, m.sheet.name, differ)
            clash += refused
        # the last sheet's 总计 under its own 小计: every sheet's, a 合计 row of the view checked against all of them
        grand = grand_total(table) if as_read and k and k == len(matches) - 1 else None
        closing = closing_subtotal(table, grand) if as_read else None  # set aside with the sheet's 小计 (AS_READ)
        if closing is not None:
            totals.append(SheetTotal(table, closing, True, _lifted(m)))
        records = {x.excel_row: x for x in table.rows}
        carried = {x.excel_row for x in carried_lines(table)}
        if k == 1:  # every row of the first sheet keeps its place (its 合计 and footer rows too): others follow
            rows += [[] for _ in range(max(matches[0].data_start, *extract_table(first).seen) - len(rows))]
        where = {c: c for c in range(m.sheet.width)} if k == 0 else \
            {m.columns[name]: first.columns[name] for name in m.columns}
        if k and (last_total or grand is not None):  # a 续表's columns the form has not (序号, 合计's label): under the same header
            theirs = {header_key(raw): c for c, raw in first.extra}
            where |= {c: theirs[header_key(raw)] for c, raw in m.extra if header_key(raw) in theirs}
        for n in table.seen:
            why = table.unread.get(n)
            if why in _AFTER:
                after.append((m, n - 1))
                continue
            if why in _LEFT_OUT:
                continue
            own = next((t for t in table.total_rows if t.excel_row == n), None)
            if own is not None and own is not grand and not (last_total and k == len(matches) - 1):
                totals.append(SheetTotal(table, own, False, _lifted(m)))  # each sheet's own 合计: said, checked
                continue
            if as_read and why in AS_READ and n not in carried:  # (过次页 / 承前页: checked against every page above)
                continue  # set aside on its own sheet, and said there
            if k == 0:
                while len(rows) < n - 1:  # the first sheet's rows keep their places (its blank rows too)
                    rows.append([])
            at = len(rows)
            row: list[Any] = [""] * width
            for c, v in where.items():
                row[v] = _shown(m, n - 1, c)
            record = records.get(n) if as_read else None
            if record is not None:  # the record as its sheet read it (a name run on into the row below joined)
                for name, value in record.cells.items():
                    row[first.columns[name]] = value
            if written and town:
                row.append(town)
                township_of[at] = town
            rows.append(row)
            # (a sheet read one record per kind, ``spread``: the file's row and columns of the record's cells)
            cells = {v: m.sheet.real(n - 1, c) for c, v in where.items()}
            origin[at] = (m.sheet.name, next(iter(cells.values()))[0] - _lifted(m), {v: c for v, (_, c) in cells.items()})
    if after:
        rows.append([])  # a gap: what follows is no part of the table
    for m, r in after:
        origin[len(rows)] = (m.sheet.name, r - _lifted(m), {c: c for c in range(m.sheet.width)})
        rows.append([m.sheet.cell(r, c) for c in range(m.sheet.width)])
    merged = [x for x in sheet.merged if x[1][0] < first.data_start]
    view = Stacked(sheet.name, sheet.visible, rows, merged, sheet.source, sheet.container,
                   uncached_formulas=False, part=None, origin=origin, township_of=township_of,
                   sheets=[m.sheet.name for m in matches], towns=towns, totals=totals,
                   members=[m.sheet for m in matches], own_units={s: u for s, u in own_units.items() if u},
                   member_matches=list(matches), written=column if written else None)
    view.unit_clash = clash
    view.cleaned = {rc: what for rc, what in sheet.cleaned.items() if rc[0] < first.data_start}
    view.own_styles = not as_read  # each sheet's reading has seen what its styles hide or strike out
    view.own = view._best[(first.form.code, id(first.form.model))] = match_row(
        first.form, view, first.header_row, first.header_height)
    return view


def stated_units(m: HeaderMatch, line: str | None) -> dict[str, str | None]:
    """The unit one sheet states for each figure column it has (``tables.written_unit``: its header's brackets,
    its units row, its 单位 line ``line``), by canonical name; None for a column it states none for."""
    out: dict[str, str | None] = {}
    for col in m.form.columns:
        if col.name in m.columns and units.dimension_of(col.kind, col.unit) is not None:
            u = written_unit(m, col, line)
            out[col.name] = u.name if u is not None else None
    return out


def _convertible(form: FormSpec, sheet: str, own: dict[str, str | None]) -> tuple[dict[str, str], list[str]]:
    """A sheet's own units split: those its rows are converted from, and those no factor converts into the
    column's unit (another dimension), asked about in ``units_differ``'s words.  A sheet stating no unit for a
    column the first sheet states one for is in the first sheet's unit (a 续表 with no 单位 line)."""
    ok: dict[str, str] = {}
    refused: list[str] = []
    for name, u in own.items():
        if u is None:
            continue
        col = form.column(name)
        dim = units.dimension_of(col.kind, col.unit)
        try:
            units.factor(units.lookup(u), dim, col.unit or (form.unit if dim == "money" else None))  # type: ignore[arg-type]
        except units.UnitError:
            refused.append(f"「{sheet}」的「{col.header}」按{u}")  # units_differ's words
            continue
        ok[name] = u
    return ok, refused


def _shown(m: HeaderMatch, r: int, c: int) -> Any:
    """A cell's value; a blank cell under a value merged down over the table's rows (a township written once
    for its enterprises) reads that value, as ``extract_table`` reads it."""
    value = m.sheet.cell(r, c)
    if value in ("", None) and m.sheet.merged:
        merged = m.sheet.merge_at(r, c)
        if merged is not None and merged[0][0] >= m.data_start:
            return m.sheet.cell(*merged[0])
    return value


# ---------------------------------------------------------------------------------------------
# One register over a sheet per month
# ---------------------------------------------------------------------------------------------

#: How a form's sheets of different periods are kept: the year's returns (the newest is the return), one ledger
#: split by period (their rows together), or neither the one nor the other (asked).
Kept = Literal["returns", "split", "mixed"]


def _records(form: FormSpec, m: HeaderMatch) -> set[tuple[str, ...]]:
    """The records a sheet holds, each by its key (宗地编号, 信用代码) when the row has it, else by every cell as
    read in the sheet's own unit (``in_own_unit``: a sum raised has no key: the same sum on the same day for the same
    purpose is the same event, 5,000,000 元 on the 4月 sheet and 500 万元 on the 汇总 alike)."""
    key = [k for k in form.key if k in m.columns]
    names = sorted(m.columns)
    read = in_own_unit(m)
    out = set()
    for r in extract_table(m).rows:
        keyed = tuple(clean_text(r.cells.get(k)) for k in key)
        out.add(("key", *keyed) if keyed and all(keyed) else tuple(read(n, r.cells.get(n)) for n in names))
    return out


def summary_of(form: FormSpec, matches: list[HeaderMatch],
               months: list[tuple[int, int]]) -> tuple[int, list[int]] | None:
    """Which of a register's sheets by period (``months`` what each names) is a 汇总 of the others: it names every
    month they name (2026年1-6月…汇总 over 4月 | 5月 | 6月) and holds exactly the records they hold together (by
    key), each once.  Its index and its Excel rows whose cells differ from the month sheet's record (to be
    warned: the month sheets are the register, the 汇总 is made from them); None when no sheet is such.  A sheet
    with other records is no summary (then ``how_kept`` says what the sheets are, or they are asked about)."""
    if len(matches) < 3:
        return None
    held = [_records(form, m) for m in matches]
    for i, (first, last) in enumerate(months):
        rest = [j for j in range(len(matches)) if j != i]
        if not all(first <= months[j][0] and months[j][1] <= last for j in rest) or \
                held[i] != set().union(*(held[j] for j in rest)) or \
                sum(len(held[j]) for j in rest) != len(held[i]):
            continue
        names = sorted(matches[i].columns)
        reads = {j: in_own_unit(matches[j]) for j in rest}
        entries = {tuple(reads[j](n, r.cells.get(n)) for n in names)
                   for j in rest for r in extract_table(matches[j]).rows}
        ours = in_own_unit(matches[i])
        differ = [r.excel_row for r in extract_table(matches[i]).rows
                  if tuple(ours(n, r.cells.get(n)) for n in names) not in entries]
        return i, differ
    return None


def how_kept(form: FormSpec, matches: list[HeaderMatch]) -> Kept:
    """What a form's sheets of different periods (``matches``, oldest first, none blank) are, as their rows say:
    the same records again on every later sheet (the ledger to date, the year's cumulative returns) are the
    year's returns; no record on two sheets is one ledger split by period (a register's sheet of the month's
    new events); some records repeated and others not is neither, and asked rather than summed twice or lost."""
    held = [_records(form, m) for m in matches]
    if all(not (a & b) for i, a in enumerate(held) for b in held[i + 1:]):
        return "split"
    if all(a <= b for a, b in pairwise(held)):
        return "returns"
    return "mixed"


def by_period(matches: list[HeaderMatch], months: list[tuple[int, int]]) -> Stacked | None:
    """The sheets of a register kept by period (``matches`` oldest first, ``months`` what each names) as one
    return: the newest sheet's title over every sheet's rows (its title names the period the ledger runs to),
    the newest's rows where they are, then the others' in order, each row's sheet and row kept.  None when the
    sheets have different columns (then which column is which is not sure: identify asks)."""
    if any(set(m.columns) != set(matches[0].columns) or (m.sheet.turned_at is not None and not m.sheet.header_fields)
           for m in matches):  # (a cash book's kinds written as columns, ``spread``, is read one record per kind)
        return None
    order = [matches[-1], *matches[:-1]]
    view = _stacked(order, [], None, as_read=True)
    view.months = {m.sheet.name: span for m, span in zip(matches, months, strict=True)}
    return view


# ---------------------------------------------------------------------------------------------
# One table continued on a further sheet (续表)
# ---------------------------------------------------------------------------------------------

#: A sheet's name that says the table before it goes on here: 续表, 续表1, 续, (续), 续页, 规上企业（续）, 第2页.
_CONTINUED_NAME = re.compile(r"续表|续页|[(（]续[)）]|^续\s*\d*$|"
                             r"^第\s*(?:[2-9]|[1-9]\d|[二三四五六七八九十])\s*页(?:\s*[(（][^()（）]{1,8}[)）])?$")  # 第2页(元)
#: A figure typed as text (1,234.5, -20): of the same kind as a number for telling columns apart.
_FIGURE_TEXT = re.compile(r"^[-−+]?[\d,，.\s]+%?$")


def continued_name(name: str) -> bool:
    """Whether a sheet's name says it continues the table of the sheet before it (续表, 第2页 …)."""
    return bool(_CONTINUED_NAME.search(clean_text(name)))


@dataclass
class Headless(Sheet):
    """A 续表 sheet with no header of its own (only rows, in the columns of the sheet it continues): that
    sheet's header rows put on top of its rows, so that its columns are read as that sheet's.  The view's
    row r is the file's row r - ``lifted``."""

    lifted: int = 0


def _lifted(m: HeaderMatch) -> int:
    return m.sheet.lifted if isinstance(m.sheet, Headless) else 0


def _kind(value: Any) -> str:
    """"n" for a figure (typed as a number or as figure text), "t" for words, "" for a blank cell."""
    if isinstance(value, NUMBER_TYPES) and not isinstance(value, bool):
        return "n"
    text = clean_text(value)
    if not text:
        return ""
    return "n" if _FIGURE_TEXT.match(text) else "t"


def _kinds(m: HeaderMatch, columns: list[int]) -> dict[int, set[str]]:
    rows = [r.excel_row - 1 for r in extract_table(m).rows]
    return {c: {k for r in rows if (k := _kind(m.sheet.cell(r, c)))} for c in columns}


def headless(first: HeaderMatch, sheet: Sheet) -> HeaderMatch | None:
    """A header-less 续表 (``sheet``) read under ``first``'s header, when its rows stand in the same columns: no
    cell outside the header's columns, and every column holding the kind of value (figures or words) it holds
    on ``first``.  None when they do not line up (a column shifted would put names under figures): then which
    column is which is not sure, and ``identify`` asks."""
    skip = 0
    while skip < len(sheet.rows) and _is_line(sheet, skip):  # its own title line (（续表）, 单位：万元)
        skip += 1
    if skip >= len(sheet.rows) or sheet.turned_at is not None:
        return None
    head = [list(r) for r in first.sheet.rows[first.header_row:first.data_start]]
    lifted = len(head) - skip
    merged = [((a[0] - first.header_row, a[1]), (b[0] - first.header_row, b[1])) for a, b in first.sheet.merged
              if first.header_row <= a[0] and b[0] < first.data_start]
    merged += [((a[0] + lifted, a[1]), (b[0] + lifted, b[1])) for a, b in sheet.merged if a[0] >= skip]
    view = Headless(sheet.name, sheet.visible, head + [list(r) for r in sheet.rows[skip:]], merged, sheet.source,
                    sheet.container, uncached_formulas=sheet.uncached_formulas, part=sheet.part, lifted=lifted)
    view.cleaned = {(r + lifted, c): what for (r, c), what in sheet.cleaned.items() if r >= skip}
    m = match_row(first.form, view, 0, first.header_height)
    if set(m.columns) != set(first.columns) or not extract_table(m).rows:
        return None
    columns = sorted(first.columns.values())
    headed = {*columns, *(c for c, _ in first.extra)}
    if any(c not in headed and _kind(v) for r in extract_table(m).seen for c, v in enumerate(view.rows[r - 1])):
        return None
    theirs, ours = _kinds(first, columns), _kinds(m, columns)
    if any(not ours[c] <= theirs[c] for c in columns if theirs[c]):
        return None
    view._best[(first.form.code, id(first.form.model))] = m
    return m


def by_continuation(matches: list[HeaderMatch]) -> Stacked | None:
    """The sheets of one table printed over several (``matches``, in the workbook's order: the first with the
    title, the others its 续表, with the header repeated or ``headless``) as one return: every sheet's rows in
    order under the first's header, each row's sheet and row kept; the last sheet's 合计 totals the whole
    table.  None when the sheets have different columns (identify asks)."""
    if any(set(m.columns) != set(matches[0].columns) or m.sheet.turned_at is not None for m in matches):
        return None
    return _stacked(matches, [], None, as_read=True, last_total=True)  # each page as its own reading takes it


def sheets_read(sheet: Sheet) -> set[str]:
    """The file's sheets a return was read from: a ``Stacked`` view's sheets, else the sheet itself."""
    return set(sheet.sheets) if isinstance(sheet, Stacked) and sheet.sheets else {sheet.name}
