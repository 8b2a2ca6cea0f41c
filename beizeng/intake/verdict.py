"""What the check decides about one file of a batch, as a typed result: its state and what goes with it.

The ingest (beizeng.intake.ingest) runs in three steps: **check** (read the file and decide, ending in a
:class:`Checked`), **record** (the submission row and problems of every file, beizeng.intake.record) and
**insert** (the accepted rows, in the same transaction as the record).  The states are the fates a file
really has today; each maps to the one word ``submissions.status`` and ``Outcome.status`` keep
(accepted, rejected, duplicate), so nothing stored or shown changed when the states became typed.
A file still being written is not checked at all (``beizeng.intake.ingest.WRITING``, left in the inbox).

The :class:`Ledger` is what the decisions read: what the warehouse already knows about the batch, kept in
step as each file is decided, so that a batch decides each file as if those before it were already in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beizeng.base.problems import Problem
from beizeng.base.safe_io import as_sent
from beizeng.intake.versions import CLAIM, Current, recorded

if TYPE_CHECKING:  # the pipeline (polars, pandera: ≈0.7 s) is imported by the Ledger when it is used, so the
    # 报送平台 and the CLI's light commands can import the status words below without it
    import duckdb

    from beizeng.intake.feedback import Changes
    from beizeng.intake.identify import Identity
    from beizeng.intake.prepared import Prepared

#: The words stored in ``submissions.status`` and shown as ``Outcome.status``.
ACCEPTED, REJECTED, DUPLICATE = "accepted", "rejected", "duplicate"

# The Chinese words of those statuses live here and nowhere else (tests/test_status_words.py fails on a copy):
# the run's list and counts (cli), the flow's 入库 stage line (flows), the 报送平台 (web) and ``Outcome.status_zh``
# import them.  publish may not import intake (pyproject's contracts) and feedback is imported by this module:
# both say the status in sentences of their own.

#: The word of each stored status in a count or a column heading (``已入库 3 个，退回 1 个，重复 0 个``).
STATUS_WORD = {ACCEPTED: "已入库", REJECTED: "退回", DUPLICATE: "重复"}
#: A file's status on its own line of a run's list: a duplicate says that nothing changed.
STATUS_ZH = {**STATUS_WORD, DUPLICATE: f"{STATUS_WORD[DUPLICATE]}（未改变）"}
#: A duplicate as the sender who uploaded it reads it on the 报送平台 (he may not know the other file).
DUPLICATE_SENT_ZH = f"{STATUS_WORD[DUPLICATE]}（内容与{STATUS_WORD[ACCEPTED]}的文件相同）"
#: The word in a narrow column (``beizeng history``'s 结果, beside its 入库版本 column).
SHORT_WORD = {ACCEPTED: "入库", REJECTED: STATUS_WORD[REJECTED]}
#: An earlier version's fate inside a sentence: "第2次报送「东镇6月.xlsx」（07-03 10:15 收到，已退回）".
PAST_ZH = {ACCEPTED: STATUS_WORD[ACCEPTED], REJECTED: "已退回"}


def tally_zh(statuses: Iterable[str]) -> str:
    """A batch counted by status in one phrase, the same in the run's summary and the flow's stage line:
    "已入库 3 个，退回 1 个，重复 0 个" (every status named, a zero too, so the three always line up)."""
    counts = Counter(statuses)
    return "，".join(f"{word} {counts[status]} 个" for status, word in STATUS_WORD.items())


class State(Enum):
    """A file's fate after the check (the value is its English name in logs and tests)."""

    #: Loaded as the first accepted version of its form + sender + period (kept in archive/<period>/).
    ACCEPTED = "accepted"
    #: Loaded as a new version: it counts from now on, the earlier one stays queryable (archive/<period>/).
    REPLACED = "replaced"
    #: Recorded with the sender's errors, nothing loaded (kept in inbox/rejected/ with its lists).
    REJECTED = "rejected"
    #: Recorded as rejected because beizeng failed on it (an ``internal_error``), kept in inbox/quarantine/.
    QUARANTINED = "quarantined"
    #: The same bytes as an accepted file: nothing recorded, nothing loaded (kept in archive/duplicates/).
    DUPLICATE = "duplicate"
    #: Recorded by a run that stopped before filing it: this run files it where the record says, records nothing.
    UNFILED = "unfiled"

    @property
    def loads(self) -> bool:
        """Whether the file's rows go into the warehouse."""
        return self in (State.ACCEPTED, State.REPLACED)

    @property
    def records(self) -> bool:
        """Whether this run writes a submission row (with its problems) for the file."""
        return self in (State.ACCEPTED, State.REPLACED, State.REJECTED, State.QUARANTINED)


@dataclass
class Previous:
    """The file received before this one for the same form + sender + period."""

    submission_id: int
    attempt: int
    status: str
    received_at: dt.datetime
    file_name: str
    stored_path: str | None

    @property
    def words(self) -> str:
        state = PAST_ZH[ACCEPTED] if self.status == ACCEPTED else PAST_ZH[REJECTED]
        return f"第{self.attempt}次报送「{as_sent(self.file_name)}」（{self.received_at:%m-%d %H:%M} 收到，{state}）"


def _previous(row: tuple[Any, ...] | None) -> Previous | None:
    """A file of ``latest_by_key``'s or ``counting_by_key``'s shape (one row layout for both) as a :class:`Previous`."""
    if row is None:
        return None
    return Previous(int(row[0]), int(row[1]), str(row[3]), row[4], str(row[5]), row[6])


@dataclass
class Checked:
    """The check's result for one file: its state, the file with its problems and rows, and what the
    decision rested on (the previous version, the comparison with it, the accepted copy it duplicates)."""

    prep: Prepared
    state: State
    #: The file received before this one for its form + sender + period, if any.
    previous: Previous | None = None
    #: What changed against the previous version (None when there is none or it could not be read).
    changes: Changes | None = None
    #: ACCEPTED / REPLACED: its number among the accepted versions of its form + sender + period.
    version: int | None = None
    #: DUPLICATE: (submission id, file name, period) of the accepted file with the same bytes.
    same_as: tuple[int, str, str] | None = None
    #: UNFILED: the submission row the stopped run wrote (submission_id, status, stored_path, form, sender,
    #: period, n_rows, file_name).
    recorded: tuple[Any, ...] | None = None

    @property
    def status(self) -> str:
        """The word ``submissions.status`` holds (for UNFILED, what the stopped run recorded)."""
        if self.state is State.UNFILED:
            assert self.recorded is not None
            return str(self.recorded[1])
        if self.state.loads:
            return ACCEPTED
        return DUPLICATE if self.state is State.DUPLICATE else REJECTED

    @property
    def problems(self) -> list[Problem]:
        return self.prep.problems

    @property
    def attempt(self) -> int | None:
        """Its number among every file received for its form + sender + period (None when unidentified)."""
        if self.previous is not None:
            return self.previous.attempt + 1
        return 1 if self.prep.identity is not None else None


def unit_key(ident: Identity) -> tuple[str, str, str]:
    """(form, the unit's name now, period) of an identified return: a merged township's part (``Sender.part_of``)
    under the unit it belongs to."""
    return ident.form.code, ident.sender.part_of or ident.sender.name, ident.period


class Ledger:
    """What the warehouse already knows about a batch, fetched in three queries and then kept in step
    with the batch as it is decided, so deciding a file costs no round trip to the database."""

    def __init__(self, con: duckdb.DuckDBPyConnection, items: list[Prepared]) -> None:
        from beizeng.intake.checks import History, Shared, YearRecords
        from beizeng.intake.inferred_year import OtherYears
        from beizeng.intake.last_year import LastYear
        from beizeng.intake.nil import Earlier
        from beizeng.store.warehouse import (
            counting_by_key,
            current_by_key,
            latest_by_key,
            submissions_by_hash,
            unit_returns,
        )

        idents = [p.identity for p in items if p.identity is not None]
        keys = [(i.form.code, i.sender.name, i.period) for i in idents]
        self.by_hash = submissions_by_hash(con, [p.file_hash for p in items])
        self.latest = latest_by_key(con, keys)
        #: The accepted version that counts now per form + sender + period, as ``latest`` holds a file: what a file
        #: received after a refused one is compared with (rows it would drop: beizeng.intake.feedback.removed_rows).
        self.counting = counting_by_key(con, keys)
        #: The version that counts now per form + sender + period, with what it said of its place among the versions.
        current = current_by_key(con, keys, CLAIM)
        self.current: dict[tuple[str, str, str], Current] = {
            key: Current(name, mtime, recorded(name, said)) for key, (name, mtime, said, _) in current.items()}
        #: The content (file_hash) of the version that counts now per form + sender + period.
        self.current_hash: dict[tuple[str, str, str], str] = {key: digest for key, (*_, digest) in current.items()}
        #: The contents the batch holds per form + sender + period (the files of one upload, one drop).
        self.sent: dict[tuple[str, str, str], set[str]] = {}
        for p in items:
            if p.identity is not None:
                self.sent.setdefault((p.identity.form.code, p.identity.sender.name, p.identity.period),
                                     set()).add(p.file_hash)
        #: Per form + unit (its name now) + period: the versions that count, by the name each was sent under (a merged
        #: township's parts and whole: beizeng.intake.merged).
        self.units = unit_returns(con, [unit_key(i) for i in idents])
        self.history = History.fetch(con, [(i.form, i.sender.name, i.period) for i in idents])
        #: The records of county-wide keys (项目代码 …) the senders' current returns of the batch's periods hold.
        self.shared = Shared.fetch(con, [(i.form, i.period) for i in idents])
        #: The same records over the year, with the batch's files not decided yet: a row gone handed to another sender.
        self.year = YearRecords.fetch(con, [(i.form, i.period) for i in idents])
        for p in items:
            if p.ok and p.identity is not None and p.table is not None and p.normalised is not None:
                self.year.pend(p.identity.form, p.identity.sender.name, p.identity.period, p.name, p.table.sheet,
                               p.normalised)
        #: The records of the same period last year, for each return's 上年同期 (beizeng.intake.last_year).
        self.last_year = LastYear.fetch(con, [(i.form, i.period) for i in idents])
        #: The same months of other years, for each return whose year was only inferred (beizeng.intake.inferred_year).
        self.other_years = OtherYears.fetch(con, idents)
        #: What the senders of the batch's nil returns listed earlier in the year (beizeng.intake.nil).
        self.earlier = Earlier.fetch(con, [(p.identity.form, p.identity.sender.name, p.identity.period) for p in items
                                           if p.identity is not None and p.table is not None and not p.table.rows])
        self.loaded: dict[str, tuple[int, str, str]] = {}  # hash → (submission_id, file name, period) in this batch
        self.claimed: set[int] = set()

    def unfiled(self, digest: str, name: str) -> tuple[Any, ...] | None:
        """A submission of this very file recorded by a run that stopped before moving it out of the inbox: the same
        bytes under the same name.  The bytes alone are not enough: a refused file resent unchanged under a new name
        after the county cleared rejected/ is a new attempt, told its errors again, never filed under the old name."""
        for row in reversed(self.by_hash.get(digest, [])):
            if row[0] not in self.claimed and row[2] and row[7] == name and not Path(row[2]).exists():
                return row
        return None

    def known(self, digest: str) -> tuple[int, str, str] | None:
        """The latest accepted submission of this content, in this batch or earlier (one, unless a 报送平台 upload
        sent an earlier version back: ``ingest._sent_back``)."""
        if digest in self.loaded:
            return self.loaded[digest]
        for row in reversed(self.by_hash.get(digest, [])):
            if row[1] == ACCEPTED:
                return int(row[0]), str(row[7]), str(row[5] or "")
        return None

    def sent_with_current(self, ident: Identity) -> bool:
        """Whether the batch also holds the content of the version that counts now for the form + sender + period:
        the same files sent again (a browser re-sending its form), so an older one among them does not come back."""
        key = (ident.form.code, ident.sender.name, ident.period)
        return self.current_hash.get(key) in self.sent.get(key, set())

    def is_current(self, digest: str, ident: Identity) -> bool:
        """Whether this content is the version that counts now for the form + sender + period."""
        return self.current_hash.get((ident.form.code, ident.sender.name, ident.period)) == digest

    def previous(self, ident: Identity) -> Previous | None:
        return _previous(self.latest.get((ident.form.code, ident.sender.name, ident.period)))

    def counting_version(self, ident: Identity) -> Previous | None:
        """The accepted version that counts now for the file's form + sender + period (earlier, or in this batch)."""
        return _previous(self.counting.get((ident.form.code, ident.sender.name, ident.period)))

    def current_version(self, ident: Identity) -> Current | None:
        """The accepted version that counts now for the file's form + sender + period (earlier, or in this batch)."""
        return self.current.get((ident.form.code, ident.sender.name, ident.period))

    def next_version(self, ident: Identity) -> int:
        """The version number a file accepted now would get for its form + sender + period."""
        _, _, versions, *_ = self.latest.get((ident.form.code, ident.sender.name, ident.period), (0, 0, 0))
        return int(versions) + 1

    def take(self, checked: Checked, sid: int, received: dt.datetime, stored: Path) -> None:
        """Count a recorded file, so the files after it in the batch are decided as if it were already in:
        its id is claimed (this run files it), its key's attempts and versions move on, and an accepted
        file's content and figures become what later copies and later periods are checked against."""
        p = checked.prep
        self.claimed.add(sid)
        ident = p.identity
        if ident is None:
            return
        key = (ident.form.code, ident.sender.name, ident.period)
        _, attempts, versions, *_ = self.latest.get(key, (0, 0, 0))
        accepted = checked.state.loads
        self.year.add(ident.form, ident.sender.name, ident.period, p.name, p.table.sheet if p.table else "",
                      p.normalised if accepted else None)
        self.latest[key] = (sid, int(attempts) + 1, int(versions) + (1 if accepted else 0),
                            ACCEPTED if accepted else REJECTED, received, p.name, str(stored))
        if accepted:
            assert p.normalised is not None
            self.counting[key] = self.latest[key]
            self.current[key] = Current(p.name, p.mtime, recorded(p.name, [x.message for x in p.problems if x.code == CLAIM]),
                                        earlier_run=False)
            self.loaded[p.file_hash] = (sid, p.name, ident.period)
            self.current_hash[key] = p.file_hash
            self.history.add(ident.form, ident.sender.name, ident.period, p.normalised.frame, p.name)
            # as the view submission_versions counts: the whole unit's return alone once it is in; a part's replacing
            # its own earlier one beside the other parts' (and counting only while the whole's is not in)
            rows = self.units.get(unit_key(ident), [])
            whole = ident.sender.part_of is not None and any(r[0] == ident.sender.part_of for r in rows)
            self.units[unit_key(ident)] = (rows if whole else [(ident.sender.name, p.name)]
                                           if ident.sender.part_of is None
                                           else [*(r for r in rows if r[0] != ident.sender.name), (ident.sender.name, p.name)])
            if p.table is not None:
                self.shared.add(ident.form, ident.sender.name, ident.period, p.name, p.table.sheet, p.normalised)
                self.shared.aside(ident.form, ident.sender.name, ident.period, p.name, p.table.sheet,
                                  p.aside.normalised if p.aside is not None else None,
                                  p.aside.counted_as if p.aside is not None else [])
                self.last_year.add(ident.form, ident.sender.name, ident.period, p.name, p.table.sheet, p.normalised)
            self.other_years.add(ident, p.name, p.normalised)
            self.earlier.add(ident.form, ident.sender.name, ident.period, p.normalised.frame)
