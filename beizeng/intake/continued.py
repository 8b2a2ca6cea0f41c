"""A record written over two (or more) rows, read as a person reads it: a long name run on into the row below
(only the rest of the name there), a name row then a figures row (序号 merged over both, or the figures row with
no name under a name row with no figures).  The rows are one record; the lower ones are noted, never lost.

What decides, in this order (``join_split_rows``):

- 序号 merged over the rows: they are one record for certain, unless the lower row is a record of its own (its
  own name and figures: a project's 一期 and 二期 under one 序号 stay two records).
- no merge: a row of words only (only the name or another words column, no 序号, key or figure of its own) under
  a record complete without it, and not complete itself, is its continuation — unless both read as a whole name
  (东镇丙仓储项目 then 东镇丁物流园项目): then it could as well be a record missing its figures, and the sender
  is asked, naming both rows.  A row of figures with no name and no 序号 under a row with a name and no figures
  is that row's figures.
- the name merged over the rows (项目名称 B4:B5), the lower row naming no key of its own (a firm's second 培育类型 is
  a record of its own): one record for certain too, as under a merged 序号 — the clerk added a line under the
  record when it moved on instead of overwriting it.
- a cell filled in both rows (other than words, which are joined, and the same words, kept once) is no
  continuation: asked under a merged 序号 or name, read as today otherwise — except the row's stage (the form's
  ``Roles.status``) moving on, at the same or a later choice in the lower row (签约 then 开工): the lower row is the
  record's newer line, its stage is read and the earlier one said.

A figure merged over the rows of one record stands once in it (the lower row is no record), so it is never
counted twice; merged over two records it is asked about (``beizeng.intake.normalise._merged_figures``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from beizeng.base.enums import enum_key
from beizeng.base.forms import FIGURE_KINDS
from beizeng.base.problems import Problem, col_letter
from beizeng.intake.reader import IGNORED_EXTRA, PARENS_RE, clean_text, header_key
from beizeng.intake.records import is_place

if TYPE_CHECKING:
    from beizeng.intake.matching import HeaderMatch

#: beizeng.intake.tables' row and table (tables calls this module: named loosely here, so no import goes back up).
DataRow = Any
Table = Any

#: Column kinds a clerk writes words in: a name or a remark may run on into the row below.
WORDS_KINDS = ("text", "prose")
#: How a whole name ends (a project, an enterprise, a parcel …): two rows both ending so may be two records.
_WHOLE_ENDS = ("项目", "公司", "工程", "地块", "宗地", "合作社", "企业", "厂", "中心", "基地", "园区", "产业园", "工业园",
               "有限责任公司", "集团", "分公司", "事务所")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.](?!\d))")


@dataclass(frozen=True)
class Joined:
    """A row read as part of the record above it: ``head`` the record's Excel row, ``how`` "words" (the rest of a
    name or remark) or "figures" (the record's figures, its name in the row above), ``certain`` when 序号 is
    merged over both."""

    row: int
    head: int
    how: str
    columns: tuple[str, ...]  # the form columns the row gave the record
    certain: bool
    #: the name merged over the rows (rather than, or besides, the 序号)
    by_name: bool = False
    #: (form column, the upper row's value, the lower row's) of a stage moved on in the lower row
    moved_on: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Unsure:
    """A row of words only that may be the rest of the record above or a record missing its figures: asked."""

    row: int
    head: int
    column: str
    text: str


Found = list[tuple[int, str, Any, bool, str]]


def serial_column(match: HeaderMatch) -> int | None:
    """The sheet column of the table's 序号 (a column the form does not read), if it has one."""
    return next((c for c, text in match.extra if header_key(text) in IGNORED_EXTRA), None)


def join_split_rows(match: HeaderMatch, found: Found) -> tuple[Found, list[Joined], list[Unsure]]:
    """``found`` with each row that is part of the record above it (see the module) turned into a ``joined`` row
    (its cells read into the record's ``DataRow``), or an ``unsure`` one (asked); the joins and the questions."""
    sheet = match.sheet
    if sheet.turned_at is not None or sheet.parts or sheet.header_fields or not match.form.roles.name:
        return found, [], []
    form = match.form
    kinds: dict[str, str] = {c.name: c.kind for c in form.columns}
    name = form.roles.name
    if name not in match.columns:
        return found, [], []
    needed = [c.name for c in form.columns if c.required and c.name in match.columns]
    keys = set(form.key) - {name}  # a name that is the key (招商项目) may still run on
    serial = serial_column(match)
    out = list(found)
    joined: list[Joined] = []
    unsure: list[Unsure] = []
    group: tuple[int, DataRow, set[str], int] | None = None  # (index of the head, its row, columns filled, last row)
    for i, (row_no, kind, row, footerish, line) in enumerate(found):
        if kind != "data" or row is None or footerish:
            group = None
            continue
        own = _own(match, row)
        if group is None or row_no != group[3] + 1:
            group = (i, row, _filled(row), row_no)
            continue
        head_i, head, filled, _ = group
        same_serial = serial is not None and _merged_over(sheet, serial, head.excel_row, row_no)
        own_serial = serial is not None and not same_serial and bool(clean_text(sheet.cell(row_no - 1, serial)))
        same_name = row.merged_from.get(name) == head.excel_row and not own_serial and not keys & set(own)
        words = [n for n in own if kinds[n] in WORDS_KINDS and n not in keys]
        figures = [n for n in own if kinds[n] in FIGURE_KINDS]
        clash = [n for n in own if n in filled and kinds[n] not in WORDS_KINDS]
        words_only = bool(own) and len(words) == len(own)
        moved_on: list[tuple[str, str, str]] = []
        how = ""
        if same_serial or same_name:
            moved_on = [m for n in clash if (m := _moved_on(match, n, head, row)) is not None]
            clash = [n for n in clash if n not in {m[0] for m in moved_on}]
            if name in own and name in filled and not words_only:
                how = ""  # its own name and figures under one 序号 (一期, 二期): a record of its own
            elif clash:
                unsure.append(Unsure(row_no, head.excel_row, clash[0], clean_text(row.cells.get(clash[0]))))
                how = "unsure"
            else:
                how = "words" if words_only else "figures"
        elif own_serial or _heading_like(row.cells.get(name)) or (
                _names_a_value(own, row, match) and not _wrapped_value(own, name, filled, found, match)):
            how = ""
        elif words_only and all(n in filled for n in needed) and not all(n in own for n in needed):
            above, text = clean_text(head.cells.get(name)), clean_text(row.cells.get(name))
            if name in own and _whole(above) and _whole(text):
                unsure.append(Unsure(row_no, head.excel_row, name, text))
                how = "unsure"
            else:
                how = "words"
        elif name not in own and figures and not clash and name in filled \
                and not any(kinds[n] in FIGURE_KINDS for n in filled):
            how = "figures"
        if how == "unsure":
            out[i] = (row_no, "split_unsure", None, footerish, line)
            group = None
            continue
        if not how:
            group = (i, row, _filled(row), row_no)
            continue
        _take(head, row, own, kinds, "；" if same_name else "")
        joined.append(Joined(row_no, head.excel_row, how, tuple(own), same_serial or same_name, same_name,
                             tuple(moved_on)))
        out[i] = (row_no, "joined_row", None, footerish, line)
        group = (head_i, head, filled | set(own), row_no)
    return out, joined, unsure


def _own(match: HeaderMatch, row: DataRow) -> list[str]:
    """The form columns a row fills itself: a value shown through a cell merged down from a row above is that
    row's (a township merged over its projects, a figure merged over a record's two rows)."""
    return [n for n, v in row.cells.items() if clean_text(v) and n not in row.merged_from]


def _filled(row: DataRow) -> set[str]:
    """The form columns a record has a value in, its own or shown through a merge (a township merged down)."""
    return {n for n, v in row.cells.items() if clean_text(v)}


def _names_a_value(own: list[str], row: DataRow, match: HeaderMatch) -> bool:
    """A row of one cell naming a value of one of the form's choices (拟入规 typed alone over its rows): a heading
    of the rows under it (``beizeng.intake.tables.carry_sections``), never the rest of a name."""
    if len(own) != 1:
        return False
    said = enum_key(clean_text(row.cells.get(own[0])))
    return any(said in {enum_key(w) for w in (*c.choices, *(w for w, _ in c.words))}
               for c in match.form.columns if c.kind == "enum" and c.choices)


def _wrapped_value(own: list[str], name: str, filled: set[str], found: Found, match: HeaderMatch) -> bool:
    """A value's word alone in the name column (技改项目 under 东关饲料车间) read as the rest of the name above, not as
    a heading: the sheet heads no rows otherwise (no numbered or merged heading, no other value typed alone), so
    nothing says these are sections — and a heading is never written right under a record with nothing above it
    to head.  (When the name above reads whole by itself, ``join_split_rows`` asks rather than joins.)"""
    if own != [name] or name not in filled:
        return False
    if any(kind == "section_row" for _, kind, *_ in found):
        return False
    lone = [row for _, kind, row, _, _ in found
            if kind == "data" and row is not None and _names_a_value(_own(match, row), row, match)]
    return len(lone) == 1


def _merged_over(sheet: Any, c: int, top: int, row_no: int) -> bool:
    m = sheet.merge_at(row_no - 1, c)
    return m is not None and m[0][0] <= top - 1 < row_no - 1 <= m[1][0]


def _heading_like(value: Any) -> bool:
    """Words that head rows rather than end a name: 一、 (1), a township's name alone, 其中…."""
    text = re.sub(r"\s", "", clean_text(value))
    return bool(_NUMBERED.match(text)) or is_place(text) or text.startswith("其中")


def _whole(text: str) -> bool:
    """Whether words read as a whole name by themselves (ending as a project or enterprise name does)."""
    bare = PARENS_RE.sub("", re.sub(r"\s", "", text).replace("（", "(").replace("）", ")"))
    return len(bare) >= 4 and bare.endswith(_WHOLE_ENDS)


def _moved_on(match: HeaderMatch, n: str, head: DataRow, row: DataRow) -> tuple[str, str, str] | None:
    """(column, upper value, lower value) when ``n`` is the form's stage (``Roles.status``) and the lower row of one
    record says the same or a later one of its choices (签约 then 开工): the record's newer line.  None otherwise —
    an earlier stage below, or words no choice reads as, stay a question."""
    col = match.form.column(n)
    if n != match.form.roles.status or not col.choices:
        return None
    said = {enum_key(c): c for c in col.choices} | {enum_key(w): m for w, m in col.words if isinstance(m, str)}
    upper, lower = (said.get(enum_key(re.sub(r"\s", "", clean_text(r.cells.get(n))))) for r in (head, row))
    if upper is None or lower is None or col.choices.index(lower) < col.choices.index(upper):
        return None
    return (n, clean_text(head.cells.get(n)), clean_text(row.cells.get(n)))


def _take(head: DataRow, row: DataRow, own: list[str], kinds: dict[str, str], sep: str = "") -> None:
    """The lower row's cells into the record: words joined after the record's (``sep`` between the lines of a record
    kept over rows, none within a name run on; the same words kept once), the other cells where it has none or
    where its stage moved on, each remembered at the row it was written in (so a message about it names its own
    cell)."""
    for n in own:
        value = row.cells[n]
        before = _typed(head.cells.get(n)) if n not in head.merged_from else ""
        if kinds[n] in WORDS_KINDS and before and _typed(value) == before:
            continue  # 东镇 under 东镇: the same words, once
        if kinds[n] in WORDS_KINDS and before:
            after = _typed(value)  # as typed (full-width brackets kept), as a name on one row is read
            space = sep or (" " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii()
                            and after[:1].isalnum() else "")
            head.cells[n] = before + space + after
            head.joined_from.setdefault(n, []).append(row.excel_row)
        else:
            head.cells[n] = value
            head.merged_from.pop(n, None)
            head.at[n] = row.excel_row


def _typed(value: Any) -> str:
    return value.strip() if isinstance(value, str) else clean_text(value)


def lineage(table: Table, excel_row: int) -> str:
    """A joined record's rows, for its lineage ("本条写在第6—7行：第7行为本条的数字（序号合并）")."""
    parts = [j for j in table.joined if j.head == excel_row]
    if not parts:
        return ""
    said = "；".join(f"第{j.row}行为{_what(table, j)}" for j in parts)
    return f"本条写在第{excel_row}—{parts[-1].row}行：{said}"


def _what(table: Table, j: Joined) -> str:
    headers = "、".join(table.match.form.column(n).header for n in j.columns)
    what = f"{headers}的续写" if j.how == "words" else f"本条的{headers}"
    return what + ("（名称合并）" if j.by_name else "（序号合并）" if j.certain else "")


def notes(table: Table, file: str) -> list[Problem]:
    """Each joined row said (a note: the sender sees what was done and can undo it), each unsure row asked."""
    out: list[Problem] = []
    name = table.match.form.roles.name
    header = table.match.form.column(name).header if name else ""
    records = {r.excel_row: r for r in table.rows}
    for j in table.joined:
        head = records.get(j.head)
        called = clean_text(head.cells.get(name)) if head is not None and name else ""
        if j.how == "words":
            text = "、".join(f"“{clean_text(table.match.sheet.cell(j.row - 1, table.match.columns[n]))}”"
                            for n in j.columns)
            message = (f"第{j.row}行只有{_what(table, j).split('（')[0].removesuffix('的续写')}"
                       f"{text}，没有自己的序号和数字，是第{j.head}行的续写，已与第{j.head}行合为一条（{header}：{called}）")
            fix = f"如果第{j.row}行是单独的一条，请填上它的序号和数字后重新报送"
        elif j.by_name:
            moved = "".join(f"；「{table.match.form.column(n).header}」按第{j.row}行的“{lower}”读取（第{j.head}行的"
                            f"“{upper}”是此前的进展）" for n, upper, lower in j.moved_on)
            message = (f"{header}“{called}”合并在第{j.head}—{j.row}行，是同一条：第{j.row}行的内容已与第{j.head}行合为"
                       f"一条{moved}")
            fix = (f"如果第{j.row}行是另一条，请取消{header}的合并，在第{j.row}行填上它自己的序号和{header}；"
                   "以后一条只占一行，有新进展时直接改写该行")
        else:
            moved = "".join(f"；「{table.match.form.column(n).header}」按第{j.row}行的“{lower}”读取（第{j.head}行的"
                            f"“{upper}”是此前的进展）" for n, upper, lower in j.moved_on)
            message = (f"第{j.row}行没有{header}，与第{j.head}行合为一条（{header}：{called}），"
                       f"{'序号合并在这两行，' if j.certain else ''}第{j.row}行的数字按这一条读取{moved}")
            fix = f"如果第{j.row}行不属于第{j.head}行这一条，请在第{j.row}行填上它自己的序号和{header}"
        out.append(Problem("info", "joined_row", message, fix, file=file, sheet=table.sheet, row=j.row))
    for u in table.unsure:
        col = table.match.form.column(u.column)
        c = table.match.columns[u.column]
        out.append(Problem(
            "error", "split_row_unsure",
            f"第{u.row}行只写了{col.header}“{u.text}”：无法判断它是第{u.head}行的续写（接在{col_letter(c)}{u.head}"
            f"后面），还是另一条漏填了序号和数字的记录",
            f"如果是第{u.head}行的续写，请把它并入{col_letter(c)}{u.head}（或把两行的序号格合并）；如果是另一条，"
            f"请补填它的序号和数字；然后重新报送", file=file, sheet=table.sheet, row=u.row, col=c, column=col.header,
            value=u.text))
    return out
