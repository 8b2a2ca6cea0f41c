"""A row whose figures are one statement in words — ``数据暂未公布`` merged across all its figure cells, ``未报``
typed in one of them with the rest blank, ``—`` merged across the row — read as a person reads it: one thing
said about the whole row, said back once (naming the merged range), never an error per cell of the merge.

What it means is the form's to say, by its columns' ``blank`` declaration (``beizeng.base.forms.column``):

- columns that declare "no figure" *unknown* (the city's table of counties: a county may not have published
  yet) read the row's figures as NULL — never 0, which would rank the county last — with one warning;
- any other column (an enterprise's 产值 merged over with ``停产``: 0 this month, but its 累计 is not 0) is
  asked, once, naming the range: what the figures are is the sender's to write.

A cell of an *unknown* column holding words that say the figure is not out (``暂未公布``, ``未报``, ``待核实`` …)
is the same statement about that cell: NULL, said once per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beizeng.base.forms import FIGURE_KINDS, Column
from beizeng.base.problems import Problem, col_letter
from beizeng.intake.reader import clean_text
from beizeng.intake.tables import Table

#: Words that say a figure is not there (not published, not reported, missing, to be checked): never a number.
NOT_OUT = re.compile(r"(?:暂|尚|还)?(?:未|没有|不)(?:公布|发布|上报|报送|报|统计|提供|填报)|数据?(?:缺失|暂缺)|暂缺|缺报|"
                     r"待(?:核实|核定|公布|发布|定|补)|不详")
#: Marks of "no figure" merged across a row (a ``—`` drawn over the figure cells, 无).
_DASHES = re.compile(r"^(?:[—\-－─━/／\\…. ]+|无|暂无|无数据|空)$")


@dataclass(frozen=True)
class Statement:
    """What one data row says in words instead of figures: the ``columns`` it covers, the words, and the cell
    range it is written in (``B8:K8``, or one cell ``B8``); ``unknown`` when every covered column reads no
    figure as unknown (then NULL), else the sender is asked."""

    columns: tuple[str, ...]
    text: str
    where: str
    unknown: bool


def _says_nothing(text: str) -> bool:
    return bool(NOT_OUT.search(text)) or bool(_DASHES.match(text))


def _figure_columns(table: Table) -> list[Column]:
    form = table.match.form
    return [c for c in form.columns if c.kind in FIGURE_KINDS and c.name in table.match.columns]


def row_statements(table: Table) -> dict[int, Statement]:
    """The data rows (by their index in ``table.rows``) whose figures are one statement: a text merged across two
    or more of the row's figure cells (that is not a figure), or — in columns that read no figure as unknown —
    words saying the figure is not out."""
    sheet = table.match.sheet
    figures = _figure_columns(table)
    at = {table.match.columns[c.name]: c for c in figures}
    out: dict[int, Statement] = {}
    for i, row in enumerate(table.rows):
        r = row.excel_row - 1
        said: list[Column] = []
        for c in at:
            merge = sheet.merge_at(r, c) if sheet.merged and sheet.turned_at is None else None
            if merge is None or merge[0][0] != merge[1][0] or merge[0][1] == merge[1][1]:
                continue
            covered = [at[k] for k in range(merge[0][1], merge[1][1] + 1) if k in at]
            text = clean_text(sheet.cell(*merge[0]))
            if len(covered) < 2 or not text or _is_figure_text(text):
                continue
            unknown = all(x.blank == "unknown" for x in covered) and _says_nothing(text)
            if not unknown and _DASHES.match(text):
                continue  # a "—" over figures that may be 0: each cell reads it as its column says
            where = f"{col_letter(merge[0][1])}{row.excel_row}:{col_letter(merge[1][1])}{row.excel_row}"
            out[i] = Statement(tuple(x.name for x in covered), text, where, unknown)
            break
        if i in out:
            continue
        for col in figures:
            text = clean_text(row.cells.get(col.name))
            if col.blank == "unknown" and text and NOT_OUT.search(text) and not _is_figure_text(text):
                said.append(col)
        if said:
            cells = "、".join(f"{col_letter(table.match.columns[c.name])}{row.excel_row}" for c in said)
            texts = "、".join(dict.fromkeys(clean_text(row.cells.get(c.name)) for c in said))
            out[i] = Statement(tuple(c.name for c in said), texts, cells, True)
    return out


def _is_figure_text(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _name_column(table: Table) -> str | None:
    """The column a person names a row by: the key when it is a name (县区), else the first words column (企业名称
    rather than its 18-character code)."""
    form = table.match.form
    key = form.column(form.key[0]) if form.key else None
    if key is not None and key.kind != "code" and key.name in table.match.columns:
        return key.name
    return next((c.name for c in form.columns if c.kind == "text" and c.name in table.match.columns),
                key.name if key is not None else None)


def stated(table: Table, statements: dict[int, Statement], file: str) -> list[Problem]:
    """One problem per row said in words: a warning that its figures are read as not published (NULL), or an
    error asking for them, on the first cell of the range, naming the range."""
    form = table.match.form
    name_col = _name_column(table)
    out = []
    for i, s in sorted(statements.items()):
        row = table.rows[i]
        name = clean_text(row.cells.get(name_col)) if name_col else ""
        who = f"（{name}）" if name else ""
        col = table.match.columns[s.columns[0]]
        headers = ("、".join(f"「{form.column(c).header}」" for c in s.columns) if len(s.columns) <= 3
                   else f"本行{len(s.columns)}项数字")
        if s.unknown:
            out.append(Problem(
                "warning", "row_not_published",
                f"第{row.excel_row}行{who}{s.where}写的是“{s.text}”：{headers}没有数字，按未公布读取（留空，不按0计算），"
                f"{name or '本行'}不参加这些指标的排名和平均",
                "公布后补填数字重新报送；确实尚未公布的可不修改", file=file, sheet=table.sheet, row=row.excel_row,
                col=col))
            continue
        out.append(Problem(
            "error", "row_in_words",
            f"第{row.excel_row}行{who}{s.where}合并成一格，写的是“{s.text}”，不是数字：{headers}无法读取",
            "请取消合并，在各列分别填写数字（如本月停产，本月数填0，累计数照填）；说明文字请写在备注列或表格下方",
            file=file, sheet=table.sheet, row=row.excel_row, col=col))
    return out
