"""A return whose year was only inferred, against what the sender's stored returns of the same months say.

A title, sheet and file name that name the months alone (``1-6月规模以上工业企业主要经济指标``, ``统计局1-6月规上企业.xlsx``)
give a return the year of the day it arrived (``identify.year_of_return``: ``year_inferred``).  That is right for
this month's return, and wrong for an old one sent again: 1-6月 2026 found in an old mail and resent on 2028-03-10
would be read as 1-6月 2027 and replace it.  The figures say which year a return is, and this is the one rule that
listens to them, before anything of the return is compared with other periods (the history and 上年同期 checks
would otherwise speak of the wrong year):

- its cumulatives (``Roles.cumulative``; they restart each January, so two years' never agree by chance) equal, to
  the cent in most of its records, the sender's stored return of the same months one or two years before the one
  inferred: it is that year's return again;
- or its 上年同期 (``Roles.yoy``) equals, in most of its records, the stored cumulatives of two years before the
  inferred year and not those of one year before: it is the return of the year before.

Either way the return is not stored (``year_inferred_conflict``, an error naming both years, the stored file it
matches and the fix: write the year in the title).  With no such evidence it is read as inferred; when it would
then replace a stored version of that period whose year was written, that is said (``year_inferred_replaces``, a
warning naming the file it replaces; not when its figures are that version's again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import duckdb

from beizeng.base.forms import FormSpec
from beizeng.base.periods import add_months, month_of, period_words, year_of
from beizeng.base.problems import Problem
from beizeng.intake.identify import Identity
from beizeng.intake.normalise import Normalised
from beizeng.intake.records import record_key
from beizeng.intake.tables import Table

INFERRED = "year_inferred"
CONFLICT = "year_inferred_conflict"
REPLACES = "year_inferred_replaces"
_CENT = Decimal("0.01")


def inferred(ident: Identity) -> bool:
    """Whether the return's year was only inferred from the day it arrived (nothing on it names the year)."""
    return any(n.code == INFERRED for n in ident.notes)


def _cumulatives(form: FormSpec) -> list[str]:
    """The columns whose figures tell one year's return from another's: the 1-N月 cumulatives and their 本月."""
    return [c for pair in form.roles.cumulative for c in pair if c]


def _checked(form: FormSpec, period: str) -> bool:
    return (form.frequency == "monthly" and month_of(period) is not None and bool(form.key)
            and bool(form.roles.cumulative))


@dataclass
class Stored:
    """A sender's current return of one period: its file, whether its year was only inferred, its records."""

    file: str
    year_inferred: bool
    records: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)


class OtherYears:
    """For each return of a batch whose year was inferred: the sender's current returns of the same months in the
    inferred year and the two years before, fetched once per batch (one query per form), kept up to date as the
    batch loads (1-6月 2026 and its old copy in one drop)."""

    def __init__(self) -> None:
        #: (form, sender, period) → the current return
        self._held: dict[tuple[str, str, str], Stored] = {}
        self._wanted: set[tuple[str, str, str]] = set()

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, idents: list[Identity]) -> OtherYears:
        held = cls()
        by_form: dict[str, tuple[FormSpec, set[tuple[str, str]]]] = {}
        for ident in idents:
            if not inferred(ident) or not _checked(ident.form, ident.period):
                continue
            for back in (0, 12, 24):
                period = add_months(ident.period, -back)
                held._wanted.add((ident.form.code, ident.sender.name, period))
                by_form.setdefault(ident.form.code, (ident.form, set()))[1].add((ident.sender.name, period))
        for form, wanted in by_form.values():
            cols = [*form.key, *_columns(form)]
            rows = con.execute(
                f"select f.sender, f.period, s.file_name, exists (select 1 from problems q where q.submission_id = "
                f"f.submission_id and q.code = ?), {', '.join(f'f.{c}' for c in cols)} "
                f"from {form.current} f join submissions s using (submission_id) "
                "where f.sender in (select unnest(?::varchar[])) and f.period in (select unnest(?::varchar[])) "
                "order by f.excel_row",
                [INFERRED, sorted({s for s, _ in wanted}), sorted({p for _, p in wanted})]).fetchall()
            for sender, period, file, was_inferred, *values in rows:
                if (sender, period) not in wanted:
                    continue
                stored = held._held.setdefault((form.code, sender, period), Stored(file, bool(was_inferred)))
                key = record_key(values[: len(form.key)])
                stored.records[key] = dict(zip(_columns(form), values[len(form.key):], strict=True))
        return held

    def get(self, form: FormSpec, sender: str, period: str) -> Stored | None:
        return self._held.get((form.code, sender, period))

    def add(self, ident: Identity, file: str, norm: Normalised) -> None:
        """A version just loaded becomes the sender's current return of its period."""
        at = (ident.form.code, ident.sender.name, ident.period)
        if at not in self._wanted:
            return
        stored = Stored(file, inferred(ident))
        stored.records.update(_records(ident.form, norm, _columns(ident.form)))
        self._held[at] = stored


def _records(form: FormSpec, norm: Normalised, cols: list[str]) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """A return's records as the warehouse keys them (``record_key``), each with its figures under ``cols``: the
    one shape both a just-loaded version (``OtherYears.add``) and a return being checked are compared in."""
    n = len(form.key)
    return [(record_key(r[:n]), dict(zip(cols, r[n:], strict=True)))
            for r in norm.frame.select([*form.key, *cols]).rows()]


def _columns(form: FormSpec) -> list[str]:
    """The figures kept of each stored record: the cumulatives (with 本月) and the 上年同期."""
    return list(dict.fromkeys([*_cumulatives(form), *(c for pair in form.roles.yoy for c in pair)]))


def _cents(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(_CENT)
    except (InvalidOperation, ValueError):
        return None


def _agree(mine: list[tuple[tuple[Any, ...], dict[str, Any]]], stored: Stored | None,
           pairs: list[tuple[str, str]], zeros: bool = False) -> int:
    """How many of the return's records have, under each (own column, stored column) of ``pairs`` both read, the
    stored record's figure to the cent, at least one of them not zero (an empty or all-zero record proves nothing
    of another year) — or, with ``zeros``, also the all-zero ones (the same version again: nothing to say)."""
    if stored is None:
        return 0
    n = 0
    for key, figures in mine:
        theirs = stored.records.get(key)
        if theirs is None:
            continue
        both = [(a, b) for own, other in pairs
                if (a := _cents(figures.get(own))) is not None and (b := _cents(theirs.get(other))) is not None]
        if all(a == b for a, b in both) and (zeros or (both and any(a != 0 for a, _ in both))):
            n += 1
    return n


def _most(agree: int, total: int) -> bool:
    return agree > 0 and agree * 2 > total


def check(other: OtherYears, ident: Identity, table: Table, norm: Normalised, file: str,
          received: dt.date | None) -> list[Problem]:
    """The problems of a return whose year was inferred (see the module): the error when its figures say another
    year, else the warning when it replaces a version whose year was written; nothing for any other return."""
    form, sender, period = ident.form, ident.sender.name, ident.period
    if not inferred(ident) or not _checked(form, period) or norm.frame.height == 0:
        return []
    cols = [c for c in _columns(form) if c in norm.frame.columns and c in table.match.columns]
    # a record with no key cannot be followed to another year's
    mine = [(key, figures) for key, figures in _records(form, norm, cols) if not all(k is None for k in key)]
    total = len(mine)
    now = other.get(form, sender, period)
    when = f"（{received.year}年{received.month}月{received.day}日）" if received is not None else ""
    said = f"标题、工作表名和文件名中都没有写年份，按收到日期{when}推定为{period_words(period)}"
    kept = f"已入库的{period_words(period)}报表《{now.file}》不被替换" if now is not None else "本表不入库"
    same = [(c, c) for c in _cumulatives(form) if c in cols]
    as_now = _agree(mine, now, same)  # the inferred period's own figures again: no other year in them
    if same and not _most(as_now, total):
        for back in (12, 24):
            earlier = add_months(period, -back)
            stored = other.get(form, sender, earlier)
            agree = _agree(mine, stored, same)
            if stored is not None and _most(agree, total):
                return [_conflict(
                    f"{said}，但表中{total}条中有{agree}条的数字与已入库的{period_words(earlier)}报表《{stored.file}》"
                    f"一分不差：本表是{year_of(earlier)}年的报表，不是{year_of(period)}年的，{kept}",
                    earlier, period, f"（{period_words(earlier)}的这份已经入库，不必再报）", file, table)]
    last, before = add_months(period, -12), add_months(period, -24)
    for this, ly in form.roles.yoy:
        if ly not in cols:
            continue
        pair = [(ly, this)]
        two = other.get(form, sender, before)
        agree = _agree(mine, two, pair)
        if two is not None and _most(agree, total) and not _most(_agree(mine, other.get(form, sender, last), pair),
                                                                  total):
            header, own = form.column(ly).header, form.column(this).header
            return [_conflict(
                f"{said}，但「{header}」一栏{total}条中有{agree}条就是已入库的{period_words(before)}报表《{two.file}》"
                f"的「{own}」：上年同期是{year_of(before)}年的，本表是{period_words(last)}的报表，{kept}",
                last, period, "", file, table)]
    if now is not None and not now.year_inferred and now.file != file \
            and not (same and _agree(mine, now, same, zeros=True) == total == len(now.records)):
        return [Problem("warning", REPLACES,
                        f"{said}，将替换已入库的{period_words(period)}报表《{now.file}》（那一份写明了年份）",
                        f"核对本表的年份：是{year_of(period)}年的，可不修改（此为提醒），以后在标题写明年份，如"
                        f"“{period_words(period)}”；不是的，在标题写明年份，如“{period_words(last)}”，然后重新报送",
                        file=file, sheet=table.sheet)]
    return []


def _conflict(message: str, likely: str, inferred_as: str, done: str, file: str, table: Table) -> Problem:
    return Problem("error", CONFLICT, message,
                   f"在标题写明年份，如“{period_words(likely)}”{done}；如果确是{period_words(inferred_as)}的数据，"
                   f"在标题写明“{period_words(inferred_as)}”后重新报送", file=file, sheet=table.sheet)
