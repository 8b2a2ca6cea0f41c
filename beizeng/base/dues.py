"""Who owes which return in a period and what became of it: the one rule behind every "missing"
(``expected_returns``, ``owed_by``, ``period_key``, ``deadline``, ``return_state``).  ``completeness`` turns
it into the rows of ``beizeng status`` and the 报送情况 sheet, ``crosschecks`` into the run's warnings,
``templates`` decides whom a template goes to.  Apart from both so neither imports the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from beizeng.base.periods import first_day, next_period, sent_in, year_period

if TYPE_CHECKING:
    from beizeng.base.config import Config, Sender


class ReturnType(Protocol):
    """What deciding who owes a return needs of it: a ``FormSpec``, or a row of ``form_catalogue``
    (``beizeng.ops.completeness.FormInfo``, read without pandera)."""

    @property
    def code(self) -> str: ...
    @property
    def senders(self) -> str: ...  # townships | departments | both
    @property
    def default_sender(self) -> str | None: ...
    @property
    def frequency(self) -> str: ...  # monthly | quarterly | yearly
    @property
    def first_month(self) -> int: ...


F = TypeVar("F", bound=ReturnType)


def period_key(form: ReturnType, period: str) -> str | None:
    """The period a return owed for ``period`` is filed under: the year for a yearly form, the month for
    the others; None when it is not owed that month (before the form's first month, or a quarterly form
    outside a quarter's last month)."""
    if not sent_in(form.frequency, form.first_month, period):
        return None
    return year_period(period) if form.frequency == "yearly" else period


def owed_by(cfg: Config, form: ReturnType) -> list[Sender]:
    """The senders that owe a return, in beizeng.toml's order.

    Townships send a township form unless their ``forms`` list leaves it out (``forms = []``: a township that
    sends none, such as a 街道 without industry — never owed, never holding back a county total).  A department owes the
    forms its ``forms`` list names; the form's default sender (a department) owes it too when it has no
    ``forms`` list of its own, and alone when no department lists the form.  So a second department
    declaring a form adds a sender, and never silently relieves one whose list says nothing either way.
    """
    out: list[Sender] = []
    if form.senders in ("townships", "both"):
        out += [t for t in cfg.townships if t.forms is None or form.code in t.forms]
    if form.senders in ("departments", "both"):
        default = next((d for d in cfg.departments if form.default_sender and form.default_sender in d.names), None)
        declared = [d for d in cfg.departments if form.code in (d.forms or ()) or (d == default and d.forms is None)]
        out += declared or ([default] if default is not None and default.forms != () else [])  # [] = none
    return list(dict.fromkeys(out))


def expected_returns(cfg: Config, forms: Iterable[F], period: str) -> list[tuple[F, Sender, str]]:
    """(form, sender, period key) of every return owed for a period, form by form in the given order; a unit set up
    later (``since`` in beizeng.toml) owes none before it."""
    out: list[tuple[F, Sender, str]] = []
    for form in forms:
        key = period_key(form, period)
        if key is not None:
            out += [(form, sender, key) for sender in owed_by(cfg, form) if sender.owes_in(period)]
    return out


#: When a return arrived, for its lateness (SQL over ``submissions``): the file's own save time when earlier than
#: its receipt (a file saved on the due day, copied to the shared folder the next morning, was on time) — the one
#: basis of ``beizeng status`` and the 报送平台's 逾期报送 line.
ARRIVED_SQL = "least(received_at, coalesce(file_mtime, received_at))"


def deadline(cfg: Config, period: str) -> dt.datetime:
    """A monthly return is on time until the end of the configured deadline day of the following month."""
    nxt = first_day(next_period(period))
    return dt.datetime(nxt.year, nxt.month, cfg.rules.deadline_day, 23, 59, 59)


def return_state(form: ReturnType, first_accepted: dt.datetime | None, accepted: bool, rejected: bool,
                 due_by: dt.datetime, now: dt.datetime) -> str:
    """What became of a return owed: on_time / late (by the first accepted version's time), sent (a yearly
    return has no deadline of its own), rejected (and not resent), not_due (nothing yet, the period's
    deadline ahead: status 2027-01 run in November 2026 chases nobody) or missing.
    The one rule behind ``beizeng.ops.completeness``, so ``beizeng status`` and the 报送情况 sheet agree."""
    if accepted:
        if form.frequency == "yearly":
            return "sent"
        return "late" if first_accepted is not None and first_accepted > due_by else "on_time"
    if rejected:
        return "rejected"
    if now <= due_by:  # a yearly return too: the year's targets are not owed before its first month is due
        return "not_due"
    return "missing"
