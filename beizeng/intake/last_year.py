"""A return's 上年同期 against what last year's return stored for the same record and period.

An enterprise's 上年同期 (last year's 1-N月 cumulative) typed in 1-2月 2027 should be what 1-2月 2026 stored for it
(统计局 may revise it, or the clerk mistypes it).  The indicators take the return's own figure (同比 is the
bureau's), so nothing is refused: a warning on the 上年同期 cell names both figures and the file, sheet and row
the stored one came from, so the clerk can tell which is right.

The county-level crosscheck ``ly_mismatch`` (sql/models/900_crosscheck_warnings.sql) compares the same two stored
figures with the same tolerance (``crosscheck_pct``) and stays: it is computed from the current versions at every
build, so it also holds when last year's return is corrected afterwards, and it lists the county's disagreements
in one place for the run summary.  This check is its per-cell word to the sender, said once, when the return
arrives.  Both compare two figures as stored; no indicator arithmetic is done here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from beizeng.base.forms import FormSpec
from beizeng.base.periods import add_months, month_of, period_words
from beizeng.base.problems import Problem
from beizeng.intake.checks import Held, HeldRecords, _cell, _fmt, _row_factor, yoy_pairs
from beizeng.intake.normalise import Normalised
from beizeng.intake.records import record_key
from beizeng.intake.tables import Table


def _checked(form: FormSpec, period: str) -> bool:
    """Monthly forms with records followed by a key and a same-period-last-year pair (``Roles.yoy``)."""
    return bool(form.key) and bool(yoy_pairs(form)) and form.frequency == "monthly" and month_of(period) is not None


def _this_year(form: FormSpec) -> list[str]:
    """The cumulative columns a 上年同期 is held against, one per ``Roles.yoy`` pair."""
    return [this for this, _ in yoy_pairs(form)]


class LastYear(HeldRecords):
    """Each record's cumulatives in the current returns of the same period last year, with the file, sheet and
    row they came from, so a batch holding 1-2月 2026 and 1-2月 2027 checks the second against the first."""

    @staticmethod
    def _source(form: FormSpec, period: str) -> str | None:
        return add_months(period, -12) if _checked(form, period) else None

    @staticmethod
    def _columns(form: FormSpec) -> list[str]:
        return _this_year(form)

    def held(self, form: FormSpec, period: str, key: tuple[Any, ...], sender: str) -> Held | None:
        """The record under ``key`` last year's same period holds: the sender's own, else the first other's."""
        found = self._under(form, add_months(period, -12), key)
        return next((h for h in found if h.sender == sender), found[0] if found else None)


def check_last_year(last: LastYear, table: Table, norm: Normalised, sender: str, period: str, file: str,
                    tolerance_pct: float) -> list[Problem]:
    """A 上年同期 differing by more than ``crosscheck_pct`` % from the cumulative last year's return of the same
    period stored for the record (the same key, whoever sent it): a warning on the 上年同期 cell."""
    form = norm.form
    if not _checked(form, period) or norm.frame.height == 0:
        return []
    pct = Decimal(str(tolerance_pct))
    ly_period = add_months(period, -12)
    keys = [record_key(k) for k in norm.frame.select(form.key).rows()]
    out: list[Problem] = []
    for i, (this, ly) in enumerate(yoy_pairs(form)):
        if ly not in table.match.columns:
            continue
        for pos, stated in enumerate(norm.frame[ly].to_list()):
            if stated is None or keys[pos][0] is None or (h := last.held(form, period, keys[pos], sender)) is None:
                continue
            if h.figures[i] is None:
                continue
            stored = Decimal(h.figures[i])
            if abs(stated - stored) * 100 <= pct * abs(stored):
                continue  # within crosscheck_pct, as ly_mismatch
            factor, unit = _row_factor(table, norm, ly, pos)
            whose = "" if h.sender == sender else f"，{h.sender}报送"
            where = f"《{h.file}》「{h.sheet}」第{h.excel_row}行{whose}" if h.sheet else f"《{h.file}》第{h.excel_row}行{whose}"
            out.append(_cell(
                table, norm, pos, ly, "warning", "last_year_differs",
                f"与已入库的{period_words(ly_period)}报表中本单位的「{form.column(this).header}」"
                f"{_fmt(stored / factor)} 不符（{unit}，相差 {_fmt(abs(stated - stored) / factor)}；"
                f"该数来自{where}）",
                f"如上年数经统计部门修订，可不修改（此为提醒，同比按本表所填上年同期计算）；填错的请改为 "
                f"{_fmt(stored / factor)} 后重新报送；如是上年报表有误，请更正{period_words(ly_period)}的报表", file))
    return out
