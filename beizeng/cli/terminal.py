"""Tables that fit the terminal they are printed on: the least useful columns go first, and the table
says which went and how to see them (``--wide``).

At 80 columns `status` and `history` folded every cell to one character per line, because every
column was kept and rich shared the width out evenly.  A person at a narrow terminal wants the form,
the sender, the period and the result whole, and can do without a hash or a row count.  Light: the
read-only commands use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from beizeng.base.widths import display_width

#: What rich draws around and between columns of a boxed table: "│ " before each column, " │" at the end.
_BORDER_PER_COLUMN, _BORDER_END = 3, 1


@dataclass(frozen=True)
class Col:
    """A column: its header, how much it matters (higher stays longer), and how it may be drawn."""

    header: str
    keep: int
    justify: str = "left"
    #: Narrowest it may be folded to (a file name folds; a period never does).
    fold_to: int | None = None
    #: Narrowest its header may be wrapped to (a long Chinese header over a short figure); None: never wrapped.
    head_to: int | None = None


#: A header's pieces that stay on one line: a bracketed unit, a run of letters and digits, else one character.
_HEAD_PIECE = re.compile(r"（[^）]*）|[A-Za-z0-9.\-]+|.")


def wrap_header(text: str, width: int) -> str:
    """``text`` in lines no wider than ``width`` where it can be (a bracketed unit or a word is not broken)."""
    lines = [""]
    for piece in _HEAD_PIECE.findall(text):
        if lines[-1] and display_width(lines[-1] + piece) > width:
            lines.append("")
        lines[-1] += piece
    return "\n".join(lines)


def _plain(cell: object) -> str:
    return Text.from_markup(str(cell)).plain


def _natural(col: Col, i: int, rows: Sequence[Sequence[str]]) -> int:
    cells = max((display_width(_plain(r[i])) for r in rows), default=1)
    if col.fold_to is not None:
        cells = min(cells, col.fold_to)
    return max(cells, 1)


def header_text(col: Col, i: int, rows: Sequence[Sequence[str]]) -> str:
    """The header as drawn: wrapped to the column's cells (never narrower than ``head_to``) when it may be."""
    if col.head_to is None:
        return col.header
    return wrap_header(col.header, max(col.head_to, _natural(col, i, rows)))


def fit(cols: Sequence[Col], rows: Sequence[Sequence[str]], width: int, wide: bool = False) -> list[int]:
    """Indexes of the columns to show: all when ``wide`` or when they fit, else the most useful that do.

    Cells are rich markup (data cells escaped by the caller), so widths are of the text shown."""
    shown = list(range(len(cols)))
    if wide:
        return shown

    def need(i: int) -> int:
        head = max(display_width(line) for line in header_text(cols[i], i, rows).split("\n"))
        return max(head, _natural(cols[i], i, rows))

    def total(idx: list[int]) -> int:
        return sum(need(i) + _BORDER_PER_COLUMN for i in idx) + _BORDER_END

    for i in sorted(shown, key=lambda i: cols[i].keep):
        if total(shown) <= width or len(shown) <= 2:
            break
        shown.remove(i)
    return shown


def print_table(console: Console, title: str | None, cols: Sequence[Col], rows: Sequence[Sequence[str]],
                styles: Sequence[str] | None = None, wide: bool = False, how: str = "加 --wide 显示全部列") -> None:
    """Print ``rows`` under ``title`` with the columns that fit ``console``'s width, and name those left out
    (and ``how`` to see them)."""
    shown = fit(cols, rows, console.width, wide)
    table = Table(title=title or None)
    for i in shown:
        c = cols[i]
        # a column kept whole when the table fits; with --wide everything folds to share the width
        table.add_column(header_text(c, i, rows), justify=c.justify, overflow="fold",  # type: ignore[arg-type]
                         no_wrap=c.fold_to is None and not wide)
    for n, row in enumerate(rows):
        table.add_row(*(str(row[i]) for i in shown), style=(styles[n] if styles else None) or None)
    console.print(table)
    left = [cols[i].header for i in range(len(cols)) if i not in shown]
    if left:
        console.print(f"（终端宽 {console.width} 列，省略了：{'、'.join(left)}；{how}）", highlight=False)
