"""What clerks write in Excel comments (批注) on a return's cells: passed on to the sender and the county, never lost.

A comment such as "此数为预估，待统计局核实" on a figure changes what the figure is worth, yet calamine reads
values only: a return loaded with its comments dropped is a figure trusted that its own sender doubted.  The
comments are read here from the .xlsx's comments parts (the legacy comments, which Excel also writes for its
threaded ones), once per workbook and only when the zip has such a part; a comment on a cell of the table read
becomes a note on that cell (a warning on a row read as data, an info line on the header and the lines above).
An .xls's comments are not read (its NOTE records would need the BIFF reader; nothing new is said for them).
Words a clerk types beside a row instead, in a column under no header (此户6月数据企业未确认，暂按快报), are the same
remark in another place: no field reads them, and they are said by the same rule, on their cell (``loose_words``).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

from beizeng.base.forms import FIGURE_KINDS
from beizeng.base.problems import Problem
from beizeng.base.sheets import FEEDBACK_AUTHOR
from beizeng.intake.reader import NOTHING, cell_at, clean_text, file_key, remember
from beizeng.intake.safety import normpath
from beizeng.intake.shown import unseen_cells
from beizeng.intake.tables import Table

#: Comments named one by one on a table; the rest in one line (a sheet whose every cell carries the author's note).
COMMENT_NOTES = 20
_CACHE: dict[tuple[str, int, int], dict[str, dict[tuple[int, int], str]]] = {}  # per workbook file (file_key)
#: A legacy comment's first line is its author ("张三:"), as Excel writes it.
_AUTHOR_LINE = re.compile(r"^[^\n:：]{1,30}[:：]\s*\n")
#: What Excel writes into the legacy copy of a threaded comment, before the comment itself.
_THREADED = re.compile(r"\[(?:Threaded comment|线程批注|批注)\].*?(?:Comment|注释|批注)\s*[:：]\s*", re.S)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


#: Characters of a comment quoted in its note; a longer one is cut (the whole stays in the clerk's file).
QUOTED = 200


def _text(raw: str) -> str:
    text = _THREADED.sub("", raw.replace("\r\n", "\n")).strip()
    text = _AUTHOR_LINE.sub("", text, count=1).strip()
    text = re.sub(r"\s*\n\s*", " ", text)
    return text if len(text) <= QUOTED else text[:QUOTED] + "…"


def _read(source: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet part → its comments (0-based cell → text)."""
    import xml.etree.ElementTree as ET  # safe here: beizeng.intake.safety refused DOCTYPE/ENTITY before any read

    out: dict[str, dict[tuple[int, int], str]] = {}
    with zipfile.ZipFile(source) as z:
        names = set(z.namelist())
        if not any("comments" in n.lower() for n in names):
            return out  # the usual file: no comment anywhere, nothing more is read
        for rels in sorted(n for n in names if n.startswith("xl/worksheets/_rels/") and n.endswith(".rels")):
            sheet_part = "xl/worksheets/" + PurePosixPath(rels).name[: -len(".rels")]
            for rel in ET.fromstring(z.read(rels)).iter():
                if _local(rel.tag) != "Relationship" or not rel.get("Type", "").endswith("/comments"):
                    continue
                target = rel.get("Target", "")
                part = normpath(target.lstrip("/") if target.startswith("/") else f"xl/worksheets/{target}")
                if part not in names:
                    continue
                found = out.setdefault(sheet_part, {})
                root = ET.fromstring(z.read(part))
                authors = [a.text or "" for a in root.iter() if _local(a.tag) == "author"]
                for comment in root.iter():
                    if _local(comment.tag) != "comment":
                        continue
                    author = int(comment.get("authorId", "-1"))
                    if 0 <= author < len(authors) and authors[author] == FEEDBACK_AUTHOR:
                        continue  # beizeng's own note on a feedback copy sent back
                    at = cell_at(comment.get("ref", ""))
                    text = _text("".join(t.text or "" for t in comment.iter() if _local(t.tag) == "t"))
                    if at is not None and text:
                        found[at] = text
    return out


def sheet_comments(source: Path | None, container: str, part: str | None) -> dict[tuple[int, int], str]:
    """The comments on one sheet of an .xlsx (the file's 0-based cells), read once per workbook; empty when there
    are none or they cannot be read (a comments part that does not parse says nothing rather than stop a return)."""
    if source is None or container != "ooxml" or part is None or (key := file_key(source)) is None:
        return {}
    found = _CACHE.get(key)
    if found is None:
        try:
            found = _read(source)
        except Exception:
            return {}
        remember(_CACHE, key, found)
    return found.get(part, {})


def _doubt_fix(kind: str | None, what: str = "批注") -> str:
    """The fix of a remark on a data cell (``what``: a 批注, or words typed in a cell under no header), in the words
    of what the cell holds: a figure may be an estimate, a date not yet fixed, a name or a code (words) not yet
    settled; a cell outside the form's columns is the row's figures."""
    if kind in FIGURE_KINDS:
        doubt = "此数还不确定（预估、待核实等）"
    elif kind == "date":
        doubt = "此日期还不确定（预计、待定等）"
    elif kind is not None:
        doubt = "此格填写的内容还不确定或有误（名称待定、待核实、已变更等）"
    else:
        doubt = "此格内容还不确定" if what == "批注" else "这一行的数还不确定"
    if what != "批注":
        return f"如{what}说明{doubt}，请核实后改正并重新报送；只是说明的可不处理（表格列以外的文字不随数据入库）"
    return f"批注不随数据入库：如批注说明{doubt}，请核实后改正此格并重新报送；批注只是说明的，可不处理"


#: A cell's words under no header, as a remark: text with a letter or a 汉字 in it (a stray figure is no remark).
_WORDS_RE = re.compile(r"[^\W\d_]")


def loose_words(table: Table) -> dict[tuple[int, int], str]:
    """Words typed beside a row read as data, in a column under no header (此户6月数据企业未确认，暂按快报 in J6): no
    field of the form reads them, yet a person reading the row reads them with it.  The sheet's cells (0-based) →
    the text; only on a sheet read as laid out (a turned or key：value view's cells are other cells)."""
    match = table.match
    sheet = match.sheet
    if sheet.turned_at is not None or sheet.cell_map is not None or not sheet.own_styles:
        return {}  # (a view joined from sheets whose each reading has said its own: ``parts``)
    headed = {*match.columns.values(), *(c for c, _ in match.extra), *sheet.hidden_columns}  # hidden: not seen
    top, bottom = match.header_row, match.header_row + match.header_height
    out: dict[tuple[int, int], str] = {}
    for row in table.rows:
        r = row.excel_row - 1
        for c, text in enumerate(sheet.texts(r)):
            if not text or c in headed or not _WORDS_RE.search(text) or text.lower() in NOTHING:
                continue
            if any(clean_text(sheet.cell(*(sheet.merge_at(h, c) or ((h, c),))[0])) for h in range(top, bottom)):
                continue  # a header stands over it (a form's column read elsewhere, a merged group heading)
            out[(r, c)] = text if len(text) <= QUOTED else text[:QUOTED] + "…"
    unseen = unseen_cells(sheet, out) if out else set()  # words in white on white are no remark a person reads
    return {rc: text for rc, text in out.items() if rc not in unseen}


def comment_notes(table: Table, file_name: str) -> list[Problem]:
    """A note per remark on the table: a comment (批注) on its header, the lines above it, or a row read, and words
    typed beside a row read in a column under no header (``loose_words``).  One rule for both: what the clerk wrote
    there reaches whoever reads the feedback, on the cell it was written on, a warning on a row read as data (it may
    say the row's figures are not final), an info line elsewhere."""
    sheet = table.match.sheet
    comments: dict[tuple[int, int], str] = {}
    if sheet.comments is not False:  # the inspection saw no comments part in the zip: nothing is opened again
        comments = sheet_comments(sheet.source, sheet.container, sheet.part)
    loose = loose_words(table)
    if not comments and not loose:
        return []
    columns = {c: name for name, c in table.match.columns.items()}
    headers = {c.name: c.header for c in table.match.form.columns}
    data = {r.excel_row - 1 for r in table.rows}
    read = data | {r.excel_row - 1 for r in table.total_rows}
    width = max((len(row) for row in sheet.rows), default=0)
    height = table.match.header_row + table.match.header_height
    found: list[tuple[int, int, str, str]] = []
    for r in sorted(read | set(range(height))):
        for c in range(width):
            if text := comments.get(sheet.real(r, c)):
                found.append((r, c, text, "批注"))
            if text := loose.get((r, c)):
                found.append((r, c, text, "这段文字"))
    kinds = {c.name: c.kind for c in table.match.form.columns}
    out = []
    for r, c, text, what in found[:COMMENT_NOTES]:
        on_data = r in data
        code, said = ("cell_comment", f"此格有批注：「{text}」") if what == "批注" else \
            ("cell_words", f"此格在表格的列以外（上方没有列标题），写有：「{text}」")
        out.append(Problem("warning" if on_data else "info", code, said,
                           _doubt_fix(kinds.get(columns.get(c, "")), what) if on_data
                           else "批注不随数据入库，如有需要请把说明写进表格",
                           file=file_name, sheet=table.sheet, row=r + 1, col=c,
                           column=headers.get(columns.get(c, ""))))
    if len(found) > COMMENT_NOTES:
        r, c, _, _ = found[COMMENT_NOTES]
        out.append(Problem("info", "cell_comment", f"另有{len(found) - COMMENT_NOTES}格也有批注或说明文字（从此格起），请逐一查看",
                           "批注和表格列以外的文字不随数据入库，如有需要请把说明写进表格", file=file_name, sheet=table.sheet,
                           row=r + 1, col=c))
    return out
