"""Who owes which return for a period and what became of it: the rows ``beizeng status`` prints and the
summary workbook's 报送情况 sheet lays out.

The rules are ``beizeng.ops.crosschecks``'s (``expected_returns``, ``deadline``, ``return_state``); the rows are
built here, once, so the terminal and the printed sheet cannot tell the clerk different things (which return
is 额外报送, what a refused return's note says, whom to call).  Each caller keeps only its presentation (a
rich table, an xlsxwriter sheet) and leaves out what it has no place for.

It reads and never writes, and the forms come from the warehouse's ``form_catalogue``, so it needs neither
pandera, polars nor Prefect: status stays a quick read of the analysts' published copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import duckdb

from beizeng.base.dues import ARRIVED_SQL, deadline, expected_returns, return_state
from beizeng.base.periods import first_day, next_period, year_period
from beizeng.base.safe_io import as_sent, uploaded

if TYPE_CHECKING:
    from beizeng.base.config import Config, Sender

#: States of a return owed (``return_state``); a row in any other state was received without being owed.
OWED_STATES = ("on_time", "sent", "late", "rejected", "missing", "not_due")
#: States of a file received without being owed: accepted from a sender not on the list for that form and
#: period (extra), or a file nobody could tell the form, sender or period of (unidentified).
RECEIVED_STATES = ("extra", "unidentified")
#: The title of an unidentified file's row when not even its form is known.
UNKNOWN_FORM = "未识别的报表"
#: The sender of an unidentified file's row when it is not known.
UNKNOWN_SENDER = "—"
#: ``submissions.identified_by`` of a refused file whose form, sender and period are a guess
#: (``beizeng.intake.identify.likely_origin``): enough to list it under its likely sender, never to load it.
GUESSED = "guess"


@dataclass(frozen=True)
class FormInfo:
    """A return type as ``form_catalogue`` has it: what ``expected_returns`` needs, and its title."""

    code: str
    title: str
    senders: str
    default_sender: str | None
    frequency: str
    first_month: int


@dataclass(frozen=True)
class Due:
    """One return owed by a sender for a period, or one file received for it unasked, and what became of it.

    ``arrived`` is the first accepted version's time (what on time or late is judged on), else the last
    rejected file's; ``file`` is the version that counts (the latest accepted), else the last file received.
    A merged township whose parts each sent the period (merged_from) has each part's file, one a line.
    ``reporter`` and ``phone`` are whom to call: the footer of the sender's last return of that form, else of
    any return, else the contact in beizeng.toml.
    """

    form: str  # the form's code; "" when a file's form is unknown
    title: str
    sender: str  # the sender's name in beizeng.toml; UNKNOWN_SENDER when unknown
    state: str  # one of OWED_STATES or RECEIVED_STATES
    key: str | None = None  # the period the return is filed under (the year for a yearly form)
    versions: int = 0  # accepted versions
    arrived: dt.datetime | None = None
    file: str = ""
    note: str = ""
    reporter: str = ""
    phone: str = ""

    @property
    def owed(self) -> bool:
        """Whether the return is on the list of what is owed (so counts in 应报 N 份)."""
        return self.state in OWED_STATES


class _Sub(NamedTuple):
    """A row of ``submissions`` as completeness reads it."""

    form: str | None
    sender: str | None
    period: str | None
    status: str
    file: str
    at: dt.datetime  # the file's own time when earlier than its receipt: a return saved on time is on time
    errors: int | None
    stored: str | None
    how: str | None = None  # identified_by: "template", "content", or GUESSED for a refused file
    sent_as: str | None = None  # the name it was stored under (a merged township's part: beizeng.toml merged_from)

    @property
    def guessed(self) -> bool:
        return self.how == GUESSED


def return_forms(con: duckdb.DuckDBPyConnection) -> list[FormInfo]:
    """The return types by code, from the warehouse (written by every run) so that no pandera is needed."""
    try:
        rows = con.execute("select code, title, senders, default_sender, frequency, first_month "
                           "from form_catalogue order by code").fetchall()
        return [FormInfo(*r) for r in rows]
    except duckdb.CatalogException:  # a warehouse published before form_catalogue existed
        from beizeng.base.forms import all_forms

        return [FormInfo(f.code, f.title, f.senders, f.default_sender, f.frequency, f.first_month)
                for f in sorted(all_forms().values(), key=lambda f: f.code)]


def _first_day(period: str) -> dt.datetime:
    return dt.datetime.combine(first_day(period), dt.time())


def _submissions(con: duckdb.DuckDBPyConnection, period: str) -> list[_Sub]:
    """The files of a period (its month and its year) in the order received, and the unidentified ones.

    A file nobody could identify has no period: it is listed in the month when that period's returns come in.
    """
    reporting_month = next_period(period)
    rows = con.execute(
        f"select form, as_now(sender), period, status, file_name, {ARRIVED_SQL}, "
        "n_errors, stored_path, identified_by, sender from submissions "
        "where period in (?, ?) or (period is null and received_at >= ? and received_at < ?) "
        "order by submission_id",
        [period, year_period(period), _first_day(reporting_month), _first_day(next_period(reporting_month))]).fetchall()
    # each file as its sender named it (the 报送平台's 网报-… prefix off), the sender by its name now (a township
    # renamed in beizeng.toml with its former name kept as an alias: as_now, sql/ddl/002_views.sql)
    return [_Sub(form, sender, p, status, as_sent(name), at, errors, stored, how, sent_as)
            for form, sender, p, status, name, at, errors, stored, how, sent_as in rows]


def _counting(unit: Sender | None, accepted: list[_Sub]) -> tuple[list[_Sub], str]:
    """The accepted versions that count of a return owed, latest last, and what the note says of them: the latest
    one — or, for a merged township (merged_from) whose parts each sent the period, each part's latest, the parts
    adding up to it (the rule of the view submission_versions: the whole unit's own return, once in, counts alone)."""
    parts = unit.merged_from if unit is not None else ()
    whole = [s for s in accepted if s.sent_as not in parts]
    latest = {str(s.sent_as): s for s in accepted}
    if unit is None or not parts or len(latest) == 1 or whole:
        if unit is not None and parts and whole and len(whole) < len(accepted):
            return whole[-1:], f"共{len(accepted)}版，以{unit.name}的整表为准（各部分分别报送的不计入）"
        return accepted[-1:], (f"共{len(accepted)}版，以最新版为准" if len(accepted) > 1 else "")
    return list(latest.values()), f"由{'、'.join(latest)}分别报送，合计计入{unit.name}"


def _footers(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], tuple[str, str]]:
    """(form, sender) and ("", sender) → (填报人, phone) of the last return with a footer, of any period."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for form, sender, reporter, phone in con.execute(
            "select form, sender, reporter, phone from submissions where sender is not null "
            "and coalesce(reporter, phone) is not null order by submission_id").fetchall():
        out[(form or "", sender)] = out[("", sender)] = (reporter or "", phone or "")
    return out


def _errors_note(sub: _Sub) -> str:
    """How many errors a refused file had and where its list went (next to the file, in inbox/rejected)."""
    if sub.stored and uploaded(Path(sub.stored).name):  # the township saw the list on the 报送平台's page
        return f"{sub.errors or 0}个错误，错误清单已在报送平台退回"
    where = f"（{Path(sub.stored).name}.errors.txt）" if sub.stored else ""
    return f"{sub.errors or 0}个错误，错误清单已退回{where}"


def completeness(con: duckdb.DuckDBPyConnection, cfg: Config, period: str,
                 now: dt.datetime | None = None) -> list[Due]:
    """Every return owed for a period (``expected_returns``, form by form in code order, senders in
    beizeng.toml's order), then every file received for it unasked, in the order received.

    A return owed is judged by ``return_state``: on time or late by its first accepted version's time, 退回
    when rejected and not resent, 未报 once the deadline has passed.  An accepted return nobody owes is
    listed (extra) so that beizeng.toml's forms get fixed, once per form, sender and period; a file whose
    form, sender or period could not be told is listed (unidentified) so that it is chased too.
    """
    now = now or dt.datetime.now()
    forms = return_forms(con)
    titles = {f.code: f.title for f in forms}
    due_by = deadline(cfg, period)
    subs = _submissions(con, period)
    footers = _footers(con)

    def contact(form: str, sender: str) -> tuple[str, str]:
        known = cfg.sender(sender)
        reporter, phone = footers.get((form, sender)) or footers.get(("", sender)) or ("", "")
        return (reporter or (known.contact if known else "")), (phone or (known.phone if known else ""))

    out: list[Due] = []
    owed = expected_returns(cfg, forms, period)
    place = _places(subs, [(f.code, who.name, k) for f, who, k in owed])
    for form, sender, key in owed:
        mine = [s for i, s in enumerate(subs) if place.get(i) == (form.code, sender.name, key)]
        accepted = [s for s in mine if s.status == "accepted"]
        rejected = [s for s in mine if s.status == "rejected"]
        state = return_state(form, accepted[0].at if accepted else None, bool(accepted), bool(rejected), due_by, now)
        arrived: dt.datetime | None = None
        file = ""
        if accepted:
            counting, versions_note = _counting(sender, accepted)
            arrived, file = accepted[0].at, "\n".join(s.file for s in counting)  # a merged township: a file a line
            notes = [versions_note, f"曾退回{len(rejected)}次" if rejected else ""]
            note = "；".join(n for n in notes if n)
        elif rejected:
            arrived, file, note = rejected[-1].at, rejected[-1].file, _errors_note(rejected[-1])
            if rejected[-1].guessed:
                note += "；未能识别报表的填报单位或期间，按文件名、标题推断为本单位本期的报表"
            earlier = list(dict.fromkeys(s.file for s in rejected[:-1] if s.file != file))
            if earlier:  # every file refused for it is named: the clerk chasing it knows each one came back
                note += f"；此前还退回了{'、'.join(earlier)}"
        elif state == "not_due":
            note = f"截止 {due_by:%m月%d日}"
        elif form.frequency == "yearly":
            note = f"{key}年尚未报送"
        else:
            note = f"截止日 {due_by:%m月%d日} 已过"
        out.append(Due(form.code, form.title, sender.name, state, key, len(accepted), arrived, file, note,
                       *contact(form.code, sender.name)))

    keys = {(f.code, who.name, k) for f, who, k in owed}
    extra: set[tuple[str, str, str]] = set()
    for i, s in enumerate(subs):
        if i in place:
            continue
        if s.form is None or s.sender is None or s.period is None or s.guessed:
            out.append(Due(s.form or "", titles.get(s.form or "", UNKNOWN_FORM), s.sender or UNKNOWN_SENDER,
                           "unidentified", s.period, 0, s.at, s.file,
                           _errors_note(s) + (f"；可能是{s.sender}报送的" if s.sender else "")
                           + ("，期别不明" if s.sender and s.period is None else ""),
                           *contact(s.form or "", s.sender or "")))
        elif s.status == "accepted" and (ret := (s.form, s.sender, s.period)) not in keys and ret not in extra:
            extra.add(ret)
            versions = [v for v in subs if (v.form, v.sender, v.period) == ret and v.status == "accepted"]
            out.append(Due(s.form, titles.get(s.form, s.form), s.sender, "extra", s.period, len(versions),
                           versions[0].at, versions[-1].file, "不在应报清单中（请核对配置的 forms）",
                           *contact(s.form, s.sender)))
    return out


def _places(subs: list[_Sub], owed: list[tuple[str, str, str]]) -> dict[int, tuple[str, str, str]]:
    """Which owed return (form, sender, key) each file counts for, by its index in ``subs``.

    An identified file counts where it says.  A refused file recorded on a guess counts for its likely
    sender's return: the form and period guessed, a period not guessed being this one (the file came in
    while this period's returns do) unless the sender has already returned this one (then the file is
    no refused version of it: the period is unknown), a form not guessed being the one return the sender
    still owes with no file at all.  A guess that fits nothing owed stays unplaced, listed as unidentified —
    unless, when it came, exactly one of its sender's fitting returns had no file yet and that return was accepted
    later: then it is the refused first try of that return, resent (退回 then 已报送, 曾退回1次), and no longer listed
    as a file still to chase.
    """
    owed_set = set(owed)
    place: dict[int, tuple[str, str, str]] = {}
    for i, s in enumerate(subs):
        if not s.guessed and s.form and s.sender and s.period and (s.form, s.sender, s.period) in owed_set:
            place[i] = (s.form, s.sender, s.period)
    named = dict(place)  # the identified files' places, before any guess is placed
    returned = {named[i] for i in named if subs[i].status == "accepted"}
    for i, s in enumerate(subs):
        if not s.guessed or s.sender is None:
            continue
        fits = [o for o in owed if o[1] == s.sender and (s.form is None or o[0] == s.form)
                and (s.period is None or o[2] == s.period)]
        now = fits
        if s.form is None:
            now = [o for o in now if o not in place.values()]
        if s.period is None:
            now = [o for o in now if o not in returned]
        if not now:  # each fitting return was sent after all: the one still owed when this file came is what was resent
            then = [o for o in fits if o not in {named[j] for j in named if j < i}]
            now = then if len(then) == 1 and then[0] in returned else []
        if len(now) == 1:
            place[i] = now[0]
    return place
