"""The record of a batch: a submission row and its problems for every file this run records, whatever its
state, and the accepted files' rows with their lineage, gathered to be written in one transaction.

Nothing here touches the database: ``beizeng.intake.ingest`` inserts what a :class:`Written` holds (one
insert per table, however many files) inside the transaction that also holds the record, so a file is
never recorded as accepted without its rows nor its rows loaded without its record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from beizeng.base.config import Config
from beizeng.base.forms import FormSpec
from beizeng.base.problems import TURNED_LINEAGE, Problem, col_letter
from beizeng.intake.headers import absent
from beizeng.intake.identify import likely_origin
from beizeng.intake.parts import Stacked
from beizeng.intake.prepared import Prepared
from beizeng.intake.reader import Sheet
from beizeng.intake.tables import Table
from beizeng.intake.verdict import Checked


def footer_contacts(table: Table | None) -> tuple[str | None, str | None]:
    """填报人 and 联系电话 as written around the table, for whoever has to call the sender back."""
    if table is None:
        return None, None
    text = " ".join(table.footer + table.lines_above)
    who = re.search(r"(?:填报人|填表人)[:：]\s*([^\s:：]{1,10})", text)
    phone = re.search(r"(?:联系电话|电话)[:：]\s*([\d\-－ ]{7,20})", text)
    return (who.group(1) if who else None), (phone.group(1).strip() if phone else None)


def submission_row(checked: Checked, sid: int, stored: Path, received: dt.datetime, cfg: Config) -> dict[str, Any]:
    """The ``submissions`` row of a recorded file (beizeng.store.warehouse.SUBMISSION_TYPES).

    A file refused before its sender was known is recorded under its likely form, sender and period (a
    guess, ``identified_by = 'guess'``) so that ``beizeng status`` lists it as 退回, never as 未报; its
    outcome and feedback still say that it could not be identified.
    """
    p, ident = checked.prep, checked.prep.identity
    reporter, phone = footer_contacts(p.table)
    row: dict[str, Any] = {
        "submission_id": sid, "file_hash": p.file_hash, "file_name": p.name, "stored_path": str(stored),
        "form": ident.form.code if ident else None, "sender": ident.sender.name if ident else None,
        "period": ident.period if ident else None, "status": checked.status,
        "sheet": p.table.sheet if p.table else None, "unit": p.normalised.unit if p.normalised else None,
        "n_rows": len(p.table.rows) if p.table else 0,
        "n_errors": sum(1 for x in p.problems if x.severity == "error"),
        "n_warnings": sum(1 for x in p.problems if x.severity == "warning"),
        "reporter": reporter, "phone": phone, "identified_by": ident.how if ident else None,
        "template_version": ident.template_version if ident else None, "file_mtime": p.mtime,
        "received_at": received,
    }
    if ident is None:
        guess = likely_origin(p.sheets, p.file_name, cfg, received=p.mtime.date())  # 6月 alone: the year received
        row.update(form=guess.form, sender=guess.sender, period=guess.period, identified_by="guess")
    return row


@dataclass
class Written:
    """What one batch's transaction writes: the records (every recorded file) and the loads (accepted ones)."""

    submissions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[int, Problem]] = field(default_factory=list)
    #: form code → (submission id, file) of every accepted file of that form, in the order decided.
    loads: dict[str, list[tuple[int, Prepared]]] = field(default_factory=lambda: defaultdict(list))
    forms: dict[str, FormSpec] = field(default_factory=dict)
    #: (submission id, form column) of every column a loaded file did not have: a figure standing only on
    #: its rows is not known (the macro column_read, sql/ddl/002_views.sql), never 0.
    absent: list[tuple[int, str]] = field(default_factory=list)
    #: (submission id, form column, sheet, Excel column letter, header as written) of every column a loaded
    #: plain table was read from: what the result page says a figure came from.
    read: list[tuple[int, str, str | None, str, str | None]] = field(default_factory=list)

    def record(self, checked: Checked, sid: int, stored: Path, received: dt.datetime, cfg: Config) -> None:
        """Add a file's submission row and problems, and its rows if its state loads them."""
        assert checked.state.records, checked.state
        self.submissions.append(submission_row(checked, sid, stored, received, cfg))
        self.problems.extend((sid, x) for x in checked.problems)
        ident = checked.prep.identity
        if checked.state.loads:
            assert ident is not None
            self.loads[ident.form.code].append((sid, checked.prep))
            if checked.prep.aside is not None:  # its rows set aside as another sender's: stored, counted by the view
                self.loads[ident.form.code].append((sid, checked.prep.aside))
            self.forms[ident.form.code] = ident.form
            if checked.prep.table is not None:
                self.absent += [(sid, c.name) for c in absent(ident.form, checked.prep.table.columns_read,
                                                             ident.implied)]
                self.read += columns_read_from(sid, checked.prep.table)


def columns_read_from(sid: int, table: Table) -> list[tuple[int, str, str | None, str, str | None]]:
    """The sheet columns a plain table's form columns were read from (none for a turned, stacked or key：value
    view, whose columns are no one sheet's)."""
    match = table.match
    sheet = match.sheet
    if isinstance(sheet, Stacked) or sheet.turned_at is not None or sheet.reading:
        return []
    return [(sid, name, table.sheet, col_letter(c), match.headers.get(name)) for name, c in match.columns.items()]


def _township(p: Prepared) -> str:
    """The form's township column (a stacked return writes each row's from its sheet's name)."""
    assert p.identity is not None
    return next(c.name for c in p.identity.form.columns if c.kind == "township")


def _at(cell: tuple[int, int]) -> str:
    return f"{col_letter(cell[1])}{cell[0] + 1}"


def _cells_named(p: Prepared, at: dict[str, tuple[int, int]]) -> str:
    """Each column's own cell of a record spread over a card or key：value lines, in the sheet's order:
    B4（统一社会信用代码）、B11（1-6月工业总产值）."""
    assert p.identity is not None
    form = p.identity.form
    return "、".join(f"{_at(cell)}（{form.column(n).header}）" for n, cell in sorted(at.items(), key=lambda x: x[1]))


def _figure_row(p: Prepared, at: dict[str, tuple[int, int]], first: int) -> int:
    """The Excel row a record spread over a card or key：value lines is traced to: the row of its 1–N月 figure (the
    form's first ``Roles.cumulative``, what the report counts), else its first row (``first``)."""
    assert p.identity is not None
    figure = next((c for c, _ in p.identity.form.roles.cumulative if c in at), None)
    return at[figure][0] + 1 if figure is not None else first


def view_kind(sheet: Sheet) -> str:
    """What kind of view a record was read from, for its lineage: the head of the view's own words
    (``Sheet.reading``: 表格是交叉式的, 本表有2张同样的表并排, 表格是一张指标目标表), a key：value return's
    pairs when it has none."""
    return re.split(r"[（，(,]", sheet.reading, maxsplit=1)[0] if sheet.reading else "键值式的表"


def with_lineage(accepted: list[tuple[int, Prepared]]) -> pl.DataFrame:
    """One form's rows of every accepted file of the batch, each row with its submission, sheet and Excel row."""
    lineage: dict[str, list[Any]] = {"submission_id": [], "period": [], "sender": [], "sheet": [], "excel_row": [],
                                     "implied": [], "set_aside": []}
    for sid, p in accepted:
        assert p.identity is not None and p.normalised is not None and p.table is not None
        n = p.normalised.frame.height
        lineage["set_aside"] += p.counted_as or [None] * n
        lineage["submission_id"] += [sid] * n
        lineage["period"] += [p.identity.period] * n
        lineage["sender"] += [p.identity.sender.name] * n
        lineage["sheet"] += [p.table.sheet] * n
        implied = "；".join(f"{p.identity.form.column(name).header}←{where}"
                           for name, (_, where) in p.identity.implied.items())
        if implied and p.identity.period_from:  # rows leaning on the context say the whole context: the period too
            implied += f"；期间←{p.identity.period_from}"
        sheet = p.table.match.sheet
        if isinstance(sheet, Stacked):  # one return over a sheet per township: each row from its own sheet
            del lineage["sheet"][len(lineage["sheet"]) - n:]
            for view_row in p.normalised.excel_rows:
                name, r, _ = sheet.origin[view_row - 1]
                town = sheet.township_of.get(view_row - 1)
                said = f"{p.identity.form.column(sheet.written or _township(p)).header}←{sheet.told.get(name, f'工作表名「{name}」')}" \
                    if town else ""
                if sheet.cells:  # one record's card a sheet: each figure in its own cell of that sheet
                    at = {n: sheet.cells[(view_row - 1, c)][1:] for n, c in p.table.match.columns.items()
                          if (view_row - 1, c) in sheet.cells}
                    said = "键值式的表：各项在" + _cells_named(p, at)
                    r = _figure_row(p, at, r + 1) - 1
                lineage["sheet"].append(name)
                lineage["excel_row"].append(r + 1)
                lineage["implied"].append("；".join(x for x in (said, implied) if x) or None)
        elif sheet.turned_at is None:  # a row under a section heading took what the heading says (培育类型←第3行…)
            lineage["excel_row"] += p.normalised.excel_rows
            lineage["implied"] += ["；".join(x for x in (implied, p.table.row_lineage(r)) if x) or None
                                   for r in p.normalised.excel_rows]
        else:  # read turned round or as key：value pairs: each record named with the file's cells
            h0, used = sheet.turned_at, sorted(p.table.match.columns.values())
            for view_row in p.normalised.excel_rows:
                cells = [sheet.real(view_row - 1, c) for c in used]
                if sheet.cell_map is None:
                    letter = col_letter(view_row - 1 - h0)
                    lineage["excel_row"].append(view_row - h0)
                    said = f"{TURNED_LINEAGE}{letter}列（{letter}{cells[0][0] + 1}:{letter}{cells[-1][0] + 1}）"
                elif sheet.header_fields:  # a kind written as a column: its record is its row, its kind a header
                    form, by_col = p.identity.form, {c: name for name, c in p.table.match.columns.items()}
                    own = sorted(sheet.real(view_row - 1, c) for c in used if c not in sheet.header_fields)
                    lineage["excel_row"].append(own[0][0] + 1)
                    said = "按类分列的表：各项在" + "、".join(f"{col_letter(c)}{r + 1}" for r, c in own) + "，" + "，".join(
                        f"{form.column(by_col[v]).header}取自表头{_at(sheet.real(view_row - 1, v))}"
                        for v in used if v in sheet.header_fields)
                else:
                    at = {n: sheet.real(view_row - 1, c) for n, c in p.table.match.columns.items()}
                    lineage["excel_row"].append(_figure_row(p, at, min(cells)[0] + 1))
                    said = f"{view_kind(sheet)}：各项在" + _cells_named(p, at)
                lineage["implied"].append("；".join(x for x in (said, implied) if x))
    frame = pl.concat([p.normalised.frame for _, p in accepted if p.normalised is not None], how="vertical_relaxed")
    return frame.with_columns(pl.DataFrame(lineage, schema={"submission_id": pl.Int64, "period": pl.String,
                                                            "sender": pl.String, "sheet": pl.String,
                                                            "excel_row": pl.Int32, "implied": pl.String,
                                                            "set_aside": pl.String}))
