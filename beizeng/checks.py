"""Checks a schema cannot express: a return against its own 合计 row, and (later) against history."""

from __future__ import annotations

from decimal import Decimal

from beizeng.normalise import UNIT_FACTORS, CellError, Normalised, is_nothing, parse_decimal
from beizeng.problems import Problem
from beizeng.reader import Table


def check_totals(table: Table, norm: Normalised, file: str, tolerance: float) -> list[Problem]:
    """A 合计 row that disagrees with the sum of the rows beyond rounding is a warning on its cell."""
    out: list[Problem] = []
    form = norm.form
    for total in table.total_rows:
        for col in form.columns:
            if col.kind != "money" or col.name not in table.match.columns:
                continue
            raw = total.cells.get(col.name)
            if is_nothing(raw):
                continue
            try:
                factor = UNIT_FACTORS.get(table.match.units.get(col.name) or norm.unit, Decimal(1))
                stated = parse_decimal(raw) * factor
            except CellError:
                continue
            computed = norm.frame[col.name].drop_nulls().sum()
            computed = Decimal(str(computed)) if computed is not None else Decimal(0)
            if abs(stated - computed) > Decimal(str(tolerance)) * factor:
                out.append(Problem(
                    "warning", "total_mismatch",
                    f"合计行与各行之和不一致（各行合计 {computed.normalize():f}，相差 {(stated - computed).normalize():f}）",
                    "核对合计行公式或各行数字", file=file, sheet=table.sheet, row=total.excel_row,
                    col=table.match.columns[col.name], column=col.header, value=str(raw),
                ))
    return out
