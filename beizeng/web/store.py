"""Accounts, uploads, explanations and the audit trail of the 报送平台, in ``beizeng-web.sqlite`` beside beizeng.toml.

Not in the warehouse: the working database is replaced by ``beizeng restore`` and the published copy by
every run, and an account or a sender's explanation must survive both.  SQLite takes the web's many small
writes (a login, a download) from several threads without the warehouse's one-writer lock; the tables are
mirrored into the warehouse (``web_audit``, ``web_uploads``, ``problem_explanations``) by
:func:`mirror_to_warehouse`, which the web calls under the writer lock after each of its writing runs.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's second recommended profile).
"""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from beizeng.base.config import Config

STORE_NAME = "beizeng-web.sqlite"
SECRET_NAME = ".beizeng-web.key"

ROLE_SENDER = "填报单位"
ROLE_COUNTY = "县级"
ROLE_READONLY = "只读"
ROLES = (ROLE_SENDER, ROLE_COUNTY, ROLE_READONLY)

#: Wrong passwords in a row before the account is locked, and for how long.
MAX_FAILURES = 5
LOCK_MINUTES = 15
#: Most names no account has that ``unknown_logins`` keeps: anyone may type any name, so without a bound a
#: script trying names would grow the table (and every login's lookup) without end.
MAX_UNKNOWN_LOGINS = 10_000
#: Shortest password a person may choose (the one-time password is longer and random).
MIN_PASSWORD = 10
#: Letters and digits of a one-time password: none that are read one for another (0/O, 1/l/I).
OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

#: The reasons offered for a warning (free text may add to or replace them).
REASONS = ("停产检修", "新投产", "统计口径调整", "项目进度调整", "数据更正", "季节性因素", "其他")

_HASHER = PasswordHasher()
#: A hash to verify against when the user does not exist, so that an unknown name costs the same time.
_DUMMY_HASH = _HASHER.hash("beizeng-no-such-user")

_SCHEMA = """
create table if not exists users (
    name text primary key, sender text, role text not null, pw_hash text not null,
    must_change integer not null default 1, failures integer not null default 0, locked_until text,
    stamp text not null, created_at text not null);
create table if not exists audit (
    id integer primary key autoincrement, at text not null, user text, sender text, action text not null,
    detail text, ip text);
create table if not exists uploads (
    id integer primary key autoincrement, batch text not null, user text not null, sender text,
    original_name text not null, stored_name text not null, file_hash text not null, size integer not null,
    received_at text not null, submission_id integer, state text not null, note text, changes text);
create table if not exists explanations (
    submission_id integer not null, file_hash text, code text not null, cell text not null,
    reason text not null, detail text, user text not null, at text not null,
    primary key (submission_id, code, cell));
create table if not exists unknown_logins (
    name text primary key, failures integer not null default 0, locked_until text, last_at text);
"""


def store_path(cfg: Config) -> Path:
    return cfg.root / STORE_NAME


def now_text() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


class Store:
    """The SQLite file; one connection per call, so any thread of the web server may use it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with self.connect() as con:
            con.executescript(_SCHEMA)
            # a store made before unknown_logins kept the time of the last failure (its rows count as the oldest)
            if "last_at" not in {r["name"] for r in con.execute("pragma table_info(unknown_logins)")}:
                con.execute("alter table unknown_logins add column last_at text")

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        con.row_factory = sqlite3.Row
        try:
            con.execute("pragma journal_mode=wal")
            con.execute("pragma busy_timeout=30000")
            yield con
        finally:
            con.close()

    # -- users ---------------------------------------------------------------------------------

    def user(self, name: str) -> User | None:
        with self.connect() as con:
            row = con.execute("select * from users where name = ?", [name]).fetchone()
        return User.from_row(row) if row else None

    def users(self) -> list[User]:
        with self.connect() as con:
            return [User.from_row(r) for r in con.execute("select * from users order by role, name")]

    def add_user(self, name: str, role: str, sender: str | None) -> str:
        """Create the account with a one-time password (returned; it must be changed at first login)."""
        otp = one_time_password()
        with self.connect() as con:
            try:
                con.execute("insert into users (name, sender, role, pw_hash, must_change, stamp, created_at) "
                            "values (?, ?, ?, ?, 1, ?, ?)",
                            [name, sender, role, _HASHER.hash(otp), secrets.token_hex(8), now_text()])
            except sqlite3.IntegrityError:
                raise ValueError(f"账号“{name}”已存在；要重设密码请用 beizeng users reset {name}") from None
        return otp

    def reset_user(self, name: str) -> str:
        """A new one-time password; the lock is lifted and every open session of the account ends."""
        otp = one_time_password()
        with self.connect() as con:
            cur = con.execute("update users set pw_hash = ?, must_change = 1, failures = 0, locked_until = null, "
                              "stamp = ? where name = ?", [_HASHER.hash(otp), secrets.token_hex(8), name])
            if cur.rowcount == 0:
                raise ValueError(f"没有账号“{name}”（beizeng users list 列出全部账号）")
        return otp

    def remove_user(self, name: str) -> None:
        with self.connect() as con:
            if con.execute("delete from users where name = ?", [name]).rowcount == 0:
                raise ValueError(f"没有账号“{name}”（beizeng users list 列出全部账号）")

    def check_password(self, name: str, password: str, at: dt.datetime | None = None) -> tuple[User | None, str]:
        """(the user, "") when the password is right; (None, why) otherwise, counting the failure.

        After ``MAX_FAILURES`` wrong passwords in a row the account is locked for ``LOCK_MINUTES``; while
        locked even the right password is refused, so guessing gains nothing.
        """
        at = at or dt.datetime.now()
        user = self.user(name)
        if user is None:
            # An unknown name is answered exactly as a known one with a wrong password — the same count down
            # and the same lock — so the login page never tells whether an account exists.
            _verify(_DUMMY_HASH, password)
            with self.connect() as con:
                row = con.execute("select failures, locked_until from unknown_logins where name = ?", [name]).fetchone()
            failed, locked = (row[0], dt.datetime.fromisoformat(row[1]) if row[1] else None) if row else (0, None)
            return None, self._failed("unknown_logins", name, failed, locked, at)
        if user.locked_until and at < user.locked_until:
            return None, locked_words(user.locked_until)
        if _verify(user.pw_hash, password):
            with self.connect() as con:
                con.execute("update users set failures = 0, locked_until = null where name = ?", [name])
                if _HASHER.check_needs_rehash(user.pw_hash):
                    con.execute("update users set pw_hash = ? where name = ?", [_HASHER.hash(password), name])
            return self.user(name), ""
        return None, self._failed("users", name, user.failures, user.locked_until, at)

    def _failed(self, table: str, name: str, failures: int, locked_until: dt.datetime | None,
                at: dt.datetime) -> str:
        """Count one more wrong password for ``name`` in ``table`` (users, or unknown_logins for names no account
        has) and say so: the count down, or the lock once ``MAX_FAILURES`` in a row."""
        if locked_until and at < locked_until:
            return locked_words(locked_until)
        failures = (0 if locked_until else failures) + 1
        until = at + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        values = [0 if until else failures, until.isoformat(sep=" ", timespec="seconds") if until else None, name]
        with self.connect() as con:
            if table == "users":
                con.execute("update users set failures = ?, locked_until = ? where name = ?", values)
            else:
                _count_unknown(con, values, at)
        if until:
            return locked_words(until)
        return f"账号或密码不对（再错 {MAX_FAILURES - failures} 次将锁定 {LOCK_MINUTES} 分钟）。"

    def failures(self, name: str) -> int:
        user = self.user(name)
        return user.failures if user else 0

    def set_password(self, name: str, old: str, new: str, again: str) -> str:
        """"" when changed, else why not (in Chinese).  A new stamp ends the account's other sessions."""
        user = self.user(name)
        if user is None or not _verify(user.pw_hash, old):
            return "原密码不对。"
        why = password_problem(name, old, new, again)
        if why:
            return why
        with self.connect() as con:
            con.execute("update users set pw_hash = ?, must_change = 0, stamp = ? where name = ?",
                        [_HASHER.hash(new), secrets.token_hex(8), name])
        return ""

    # -- audit, uploads, explanations ------------------------------------------------------------

    def audit(self, user: str | None, sender: str | None, action: str, detail: str = "", ip: str = "") -> None:
        with self.connect() as con:
            con.execute("insert into audit (at, user, sender, action, detail, ip) values (?, ?, ?, ?, ?, ?)",
                        [now_text(), user, sender, action, detail, ip])

    def audit_rows(self, action: str | None = None) -> list[sqlite3.Row]:
        with self.connect() as con:
            if action:
                return con.execute("select * from audit where action = ? order by id", [action]).fetchall()
            return con.execute("select * from audit order by id").fetchall()

    def add_upload(self, batch: str, user: str, sender: str | None, original: str, stored: str, digest: str,
                   size: int) -> int:
        with self.connect() as con:
            cur = con.execute(
                "insert into uploads (batch, user, sender, original_name, stored_name, file_hash, size, received_at, "
                "state) values (?, ?, ?, ?, ?, ?, ?, ?, 'queued')",
                [batch, user, sender, original, stored, digest, size, now_text()])
            return int(cur.lastrowid or 0)

    def finish_upload(self, upload_id: int, submission_id: int | None, state: str, note: str = "",
                      changes: str | None = None) -> None:
        with self.connect() as con:
            con.execute("update uploads set submission_id = ?, state = ?, note = ?, changes = ? where id = ?",
                        [submission_id, state, note, changes, upload_id])

    def uploads(self, batch: str | None = None, sender: str | None = None) -> list[sqlite3.Row]:
        where, params = [], []
        if batch is not None:
            where.append("batch = ?")
            params.append(batch)
        if sender is not None:
            where.append("sender = ?")
            params.append(sender)
        sql = "select * from uploads" + (" where " + " and ".join(where) if where else "") + " order by id"
        with self.connect() as con:
            return con.execute(sql, params).fetchall()

    def original_name(self, submission_id: int, default: str) -> str:
        """The name the sender gave the file of that submission on the page (its first upload), else ``default``
        (a file dropped in the shared folder has no upload)."""
        with self.connect() as con:
            row = con.execute("select original_name from uploads where submission_id = ? order by id limit 1",
                              [submission_id]).fetchone()
        return str(row[0]) if row is not None else default

    def uploaded_by(self, sender: str, submission_id: int) -> bool:
        """Whether this sender uploaded the file of that submission (one it could not be identified in)."""
        with self.connect() as con:
            row = con.execute("select 1 from uploads where sender = ? and submission_id = ?",
                              [sender, submission_id]).fetchone()
        return row is not None

    def explain(self, submission_id: int, file_hash: str | None, code: str, cell: str, reason: str, detail: str,
                user: str) -> None:
        with self.connect() as con:
            con.execute("insert or replace into explanations values (?, ?, ?, ?, ?, ?, ?, ?)",
                        [submission_id, file_hash, code, cell, reason, detail, user, now_text()])

    def explanations(self, submission_id: int) -> dict[tuple[str, str], sqlite3.Row]:
        with self.connect() as con:
            rows = con.execute("select * from explanations where submission_id = ?", [submission_id]).fetchall()
        return {(r["code"], r["cell"]): r for r in rows}

    def table(self, name: str) -> list[sqlite3.Row]:
        with self.connect() as con:
            return con.execute(f"select * from {name}").fetchall()  # noqa: S608 - names are ours (MIRRORED)


@dataclass(frozen=True)
class User:
    name: str
    sender: str | None
    role: str
    pw_hash: str
    must_change: bool
    failures: int
    locked_until: dt.datetime | None
    stamp: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> User:
        locked = dt.datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else None
        return cls(row["name"], row["sender"], row["role"], row["pw_hash"], bool(row["must_change"]),
                   int(row["failures"]), locked, row["stamp"])

    @property
    def may_upload(self) -> bool:
        """Only a sender uploads: the county office sees and downloads, 只读 (leaders) only look."""
        return self.role == ROLE_SENDER


def _count_unknown(con: sqlite3.Connection, values: list[Any], at: dt.datetime) -> None:
    """Record a failure of a name no account has (``values``: failures, locked_until, name), keeping the
    table bounded: rows whose lock has run out are dropped (they count nothing any more), then, beyond
    ``MAX_UNKNOWN_LOGINS`` rows, the oldest go — names still counting down before names locked now, so a
    flood of new names cannot lift a lock that is running.  The name just written always stays."""
    now = at.isoformat(sep=" ", timespec="seconds")
    con.execute("begin immediate")
    try:
        con.execute("delete from unknown_logins where locked_until is not null and locked_until <= ?", [now])
        con.execute("insert into unknown_logins (failures, locked_until, name, last_at) values (?, ?, ?, ?) "
                    "on conflict (name) do update set failures = excluded.failures, "
                    "locked_until = excluded.locked_until, last_at = excluded.last_at", [*values, now])
        (rows,) = con.execute("select count(*) from unknown_logins").fetchone()
        if rows > MAX_UNKNOWN_LOGINS:
            con.execute("delete from unknown_logins where name in (select name from unknown_logins where name != ? "
                        "order by locked_until is not null, last_at limit ?)", [values[2], rows - MAX_UNKNOWN_LOGINS])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _verify(pw_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(pw_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def one_time_password() -> str:
    return "".join(secrets.choice(OTP_ALPHABET) for _ in range(14))


def locked_words(until: dt.datetime) -> str:
    return (f"连续输错密码 {MAX_FAILURES} 次，账号已锁定，{until:%H:%M} 后再试；"
            "忘记密码请县级管理员重设（beizeng users reset 账号）。")


def password_problem(name: str, old: str, new: str, again: str) -> str:
    """Why a new password cannot be taken, in Chinese; "" when it can."""
    if new != again:
        return "两次输入的新密码不一致。"
    if len(new) < MIN_PASSWORD:
        return f"新密码至少 {MIN_PASSWORD} 个字符。"
    if new == old:
        return "新密码不能与原密码相同。"
    if name and name in new:
        return "新密码不能包含账号名称。"
    if len(set(new)) < 4:
        return "新密码过于简单（重复的字符太多）。"
    return ""


# ---------------------------------------------------------------------------------------------
# Mirror into the warehouse
# ---------------------------------------------------------------------------------------------

#: sqlite table → (warehouse table, columns with DuckDB types, comment).
MIRRORED: dict[str, tuple[str, list[tuple[str, str]], str]] = {
    "audit": ("web_audit", [("id", "bigint"), ("at", "timestamp"), ("user", "varchar"), ("sender", "varchar"),
                            ("action", "varchar"), ("detail", "varchar"), ("ip", "varchar")],
              "报送平台审计记录: every login, failed login, upload, download and explanation (who, when, from where)."),
    "uploads": ("web_uploads", [("id", "bigint"), ("batch", "varchar"), ("user", "varchar"), ("sender", "varchar"),
                                ("original_name", "varchar"), ("stored_name", "varchar"), ("file_hash", "varchar"),
                                ("size", "bigint"), ("received_at", "timestamp"), ("submission_id", "bigint"),
                                ("state", "varchar"), ("note", "varchar")],
                "报送平台上传记录: each file uploaded, its name on the sender computer and the submission it became."),
    "explanations": ("problem_explanations",
                     [("submission_id", "bigint"), ("file_hash", "varchar"), ("code", "varchar"), ("cell", "varchar"),
                      ("reason", "varchar"), ("detail", "varchar"), ("user", "varchar"), ("at", "timestamp")],
                     "填报单位说明: a sender's reason for a warning, keyed by submission_id + problem code + cell."),
}


def mirror_to_warehouse(con: duckdb.DuckDBPyConnection, store: Store) -> None:
    """Replace the warehouse's copies of the web tables with the store's rows (caller holds the writer lock)."""
    for source, (target, cols, comment) in MIRRORED.items():
        rows: list[Any] = [tuple(r[c] for c, _ in cols) for r in store.table(source)]
        columns = ", ".join(f'"{c}" {t}' for c, t in cols)
        con.execute(f"create or replace table {target} ({columns})")
        if rows:
            con.executemany(f"insert into {target} values ({', '.join('?' for _ in cols)})", rows)
        con.execute(f"comment on table {target} is " + "'" + comment.replace("'", "''") + "'")
