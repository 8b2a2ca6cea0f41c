"""What a sheet shows outside its cells: the words of its text boxes and shapes (a drawing over the sheet).

A clerk may type the title, the 填报单位 line or the 单位 line into a text box over the top of the sheet instead of
into cells (插入 ▸ 文本框): Excel keeps it in the sheet's drawing part (``xl/drawings/drawingN.xml``, named by the
sheet's relations), each shape anchored on a cell (``<xdr:from>``) with its words in ``<a:t>`` runs, a paragraph
per line.  A file never outranks what it shows, and what it shows is read: each line of a text box anchored above
the table is put into the grid as a line of the sheet in the empty rows the box covers, from its anchor row down,
so the lines above the table (title, 填报单位, 单位：亿元) are read from it as from cells.  A text box the grid
has no room for (over the table, beside a line already typed) whose words would change how the sheet is read — a
unit, a sender, a period the cells do not say — is asked about on its anchor cell, never passed over.

Only an .xlsx with a drawing part is looked at (the usual file opens no part here).  An .xls keeps its shapes in
drawing records the reader does not parse: its text boxes are left alone.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import Any

from beizeng.base.problems import Problem, col_letter
from beizeng.intake.safety import related_parts

_ANCHOR = ("twoCellAnchor", "oneCellAnchor")
#: Words of a text box that change how its sheet is read: a unit of money, a sender, a return's period in a title.
_UNIT_RE = re.compile(r"(?<!填报)(?<!报送)单位[:：为是]?\s*[(（]?(亿元|万元|千元|元)")
_SENDER_RE = re.compile(r"(?:填报|报送|填表)单位[:：]\s*(\S+?)(?:\s|单位|$)")
_PERIOD_RE = re.compile(r"\d{4}年(?:\d{1,2}\s*[-—~至到－]\s*)?\d{1,2}月")


@dataclass(frozen=True)
class Box:
    """One text box or shape with words: its anchor cell and last row (0-based, the file's) and its lines."""

    row: int
    col: int
    last_row: int
    lines: tuple[str, ...]

    @property
    def cell(self) -> str:
        return f"{col_letter(self.col)}{self.row + 1}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def boxes(z: zipfile.ZipFile, sheet_part: str, names: set[str]) -> list[Box]:
    """The text boxes and shapes with words anchored on a sheet of an open .xlsx (``sheet_part``: its part), in the
    order of the drawing; empty when the sheet has no drawing."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    out: list[Box] = []
    for part in related_parts(z, names, sheet_part, "/drawing"):
        for anchor in ET.fromstring(z.read(part)):
            if _local(anchor.tag) not in _ANCHOR:
                continue  # an absoluteAnchor stands on no cell
            at = {_local(el.tag): el for el in anchor if _local(el.tag) in ("from", "to")}
            start = _cell(at.get("from"))
            if start is None:
                continue
            lines = tuple(line for p in anchor.iter() if _local(p.tag) == "p" and (line := _paragraph(p)))
            if lines:
                end = _cell(at.get("to"))
                out.append(Box(start[0], start[1], max(end[0], start[0]) if end else start[0], lines))
    return out


def _cell(el: Any) -> tuple[int, int] | None:
    if el is None:
        return None
    values = {_local(c.tag): (c.text or "").strip() for c in el}
    try:
        return int(values["row"]), int(values["col"])
    except (KeyError, ValueError):
        return None


def _paragraph(p: Any) -> str:
    """A paragraph's words (its runs, a line break inside it as a space), trimmed."""
    words = [(t.text or "") if _local(t.tag) == "t" else " " for t in p.iter() if _local(t.tag) in ("t", "br")]
    return " ".join("".join(words).split())


def place(rows: list[list[Any]], found: list[Box]) -> tuple[dict[tuple[int, int], str], list[Box]]:
    """Put each box's lines into the grid as lines of the sheet: the box must stand above the table (above the
    first row with two filled cells), each line in the next wholly empty row from its anchor row down within the
    rows it covers (one more line than room: the last ones joined into the last row), at its anchor column.
    Returns the cells written (0-based) with their text, and the boxes there was no room for."""
    first = next((r for r, row in enumerate(rows) if sum(1 for v in row if _filled(v)) >= 2), len(rows))
    written: dict[tuple[int, int], str] = {}
    left: list[Box] = []
    for box in found:
        room = [r for r in range(box.row, min(max(box.last_row, box.row + len(box.lines) - 1) + 1, first))
                if not any(_filled(v) for v in rows[r]) and not any(rc[0] == r for rc in written)]
        if not room:
            left.append(box)
            continue
        lines = [*box.lines[: len(room) - 1], " ".join(box.lines[len(room) - 1:])] if len(box.lines) > len(room) \
            else list(box.lines)
        for r, line in zip(room, lines, strict=False):
            row = rows[r]
            if len(row) <= box.col:
                row.extend([""] * (box.col + 1 - len(row)))
            row[box.col] = line
            written[(r, box.col)] = line
    return written, left


def _filled(v: Any) -> bool:
    return v is not None and v != "" and not (isinstance(v, str) and not v.strip())


def unread(rows: list[list[Any]], left: list[Box], sheet: str) -> list[Problem]:
    """A text box the grid had no room for, whose words say a unit, a sender or a period the sheet's cells do not:
    asked on its anchor cell, with the words — read or not, it is what the clerk sees over the table."""
    typed = "".join(str(v) for row in rows for v in row if isinstance(v, str)).replace(" ", "").replace("　", "")
    out: list[Problem] = []
    for box in left:
        text = " ".join(box.lines)
        said = [m.group(0) for pattern in (_UNIT_RE, _SENDER_RE, _PERIOD_RE) for m in pattern.finditer(text)
                if re.sub(r"\s", "", m.group(1) if pattern is not _PERIOD_RE else m.group(0)) not in typed]
        if not said:
            continue
        words = "”“".join(dict.fromkeys(re.sub(r"\s+", "", s) for s in said))
        out.append(Problem("error", "text_box_unread",
                           f"{box.cell}处的文本框里写着“{words}”，文本框不在单元格里，表格的读取没有用上它",
                           f"请把文本框里的“{words}”写进表格上方的单元格（删去文本框）后重新报送", sheet=sheet,
                           row=box.row + 1, col=box.col))
    return out
