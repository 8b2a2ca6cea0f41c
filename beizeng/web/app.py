"""The 报送平台 application (FastAPI + Jinja2): log in, upload, see the result, explain, the county's board.

Every request is authorised on the server: a sender's pages and files are reachable only for its own
submissions (any other id is answered 404, the same as one that does not exist, so ids cannot be probed);
the county office (县级) sees everything; 只读 (leaders) see the board and download, and never upload.
Every form carries the session's CSRF token; the session cookie is signed (itsdangerous), HttpOnly,
SameSite=Lax, and Secure whenever the request came over HTTPS (directly or, with ``--forwarded-allow-ips``,
through the county's reverse proxy).

Blocking work (argon2, reading workbooks, the ingest run, writing the summary workbook) runs in the
threadpool, so a slow upload or a long run never holds up another user's page.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from beizeng.base.config import Config
from beizeng.base.periods import check_period, previous_period
from beizeng.intake.verdict import DUPLICATE, DUPLICATE_SENT_ZH, STATUS_WORD
from beizeng.web.store import (
    ROLE_COUNTY,
    ROLE_READONLY,
    SECRET_NAME,
    Store,
    User,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
log = logging.getLogger("beizeng.web")
#: Seconds a failed login waits per failure in a row before it is answered (the slow-down before the lock).
SLOWDOWN = 0.5
#: Session lifetime: a working day.
SESSION_HOURS = 10
#: How often the audit trail is mirrored into the warehouse when nothing else wrote it (seconds).
MIRROR_EVERY = 300
#: A submission's status on the pages (intake.verdict's words), and an upload's while it waits for the writer.
STATUS_ZH = {**STATUS_WORD, DUPLICATE: DUPLICATE_SENT_ZH, "queued": "排队等待处理"}


@dataclass(frozen=True)
class Limits:
    """What one upload request may bring: per-file size and number of files."""

    max_bytes: int = 20 * 1024 * 1024
    max_files: int = 10

    @property
    def max_mb(self) -> str:
        return f"{self.max_bytes / 1024 / 1024:g}"


class SchemeSessions:
    """Starlette's signed-cookie sessions, the cookie marked Secure when the request came over HTTPS.

    One middleware per scheme, chosen per request (uvicorn sets the scheme from X-Forwarded-Proto when
    the proxy is trusted), so the same server is right on the intranet's http and behind an HTTPS proxy.
    """

    def __init__(self, app: ASGIApp, secret_key: str, always_secure: bool = False) -> None:
        common: dict[str, Any] = {"secret_key": secret_key, "session_cookie": "beizeng_session",
                                  "max_age": SESSION_HOURS * 3600, "same_site": "lax"}
        self.plain = SessionMiddleware(app, https_only=always_secure, **common)
        self.secure = SessionMiddleware(app, https_only=True, **common)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chosen = self.secure if scope.get("scheme") in ("https", "wss") else self.plain
        await chosen(scope, receive, send)


class BodyLimit:
    """Refuse an upload whose declared size is beyond the limits before a byte of it is read.

    The answer is the platform's own error page (``render(title, text)``: header, the phone's viewport, a way
    back), made without the session — nothing of the request is read."""

    def __init__(self, app: ASGIApp, limit: int, render: Callable[[str, str], str] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.render = render or _plain_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") == "POST":
            length = dict(scope.get("headers") or []).get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.limit:
                mb = self.limit // 1024 // 1024
                most = f"{mb} MB" if mb else f"{self.limit // 1024} KB"
                body = self.render("文件太大", f"一次上传的文件合计不能超过 {most}，这次的文件没有收到。"
                                   "请分几次上传，或删去表中多余的工作表或图片后再报送。")
                response = HTMLResponse(body, status_code=413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Every answer forbids framing (clickjacking a sender's upload form), MIME sniffing, and cross-site referrers."""

    HEADERS = [(b"x-frame-options", b"DENY"), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"same-origin"), (b"cache-control", b"no-store")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def _plain_page(title: str, text: str) -> str:
    return (f"<!doctype html><html lang='zh-CN'><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{title}</title>"
            f"<body><header>报表报送平台</header><h1>{title}</h1><p class='error'>{text}</p>"
            f"<p><a href='/'>返回首页</a></p></body></html>")


def secret_key(cfg: Config) -> str:
    """The cookie-signing key, made once and kept beside beizeng.toml (readable by its owner only)."""
    path = cfg.root / SECRET_NAME
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


class Forbidden(Exception):
    """Not for this user: answered 404 (another sender's id is indistinguishable from a missing one)."""


async def _lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
    """Mirror the audit trail into the warehouse now and then, when the writer lock is free."""
    from beizeng.web.upload import try_mirror

    async def loop() -> None:
        seen = -1
        while True:
            await asyncio.sleep(MIRROR_EVERY)
            rows = await run_in_threadpool(app.state.store.audit_rows)
            if rows and rows[-1]["id"] != seen and await run_in_threadpool(try_mirror, app.state.cfg,
                                                                          app.state.store, 0):
                seen = rows[-1]["id"]

    def warm_up() -> None:
        """Import the pipeline (pandera, polars: seconds) now, not in the first sender's upload."""
        import beizeng.intake.ingest  # noqa: F401
        import beizeng.store.warehouse  # noqa: F401

    task = asyncio.create_task(loop())
    warming = asyncio.create_task(run_in_threadpool(warm_up))
    try:
        yield
    finally:
        task.cancel()
        warming.cancel()


# ---------------------------------------------------------------------------------------------
# Reading the published warehouse
# ---------------------------------------------------------------------------------------------

def published(cfg: Config) -> duckdb.DuckDBPyConnection | None:
    """A read-only connection to the analysts' copy; None before the first run made one.  Attached to a
    connection of its own (``session.attached``): the server lives through many publishes, and a plain
    ``connect`` could hand back an instance of a copy a publish has replaced while another request held it."""
    from beizeng.store.session import attached

    if not cfg.db_path.exists():
        return None
    return attached(cfg.db_path)


SUBMISSION_COLS = ("submission_id", "file_hash", "file_name", "stored_path", "form", "sender", "period", "status",
                   "sheet", "n_rows", "n_errors", "n_warnings", "received_at", "identified_by")


def submission(con: duckdb.DuckDBPyConnection, sid: int) -> dict[str, Any] | None:
    row = con.execute(f"select {', '.join(SUBMISSION_COLS)} from submissions where submission_id = ?", [sid]).fetchone()
    return dict(zip(SUBMISSION_COLS, row, strict=True)) if row else None


def may_see(user: User, store: Store, sub: dict[str, Any], cfg: Config | None = None) -> bool:
    """The one authorisation rule for a submission: a sender its own (named in it, or uploaded by it).

    A refused file whose sender is only a guess (``identified_by = 'guess'``, e.g. dropped in the inbox by
    someone else) is not "named in it": its content may be another party's, so only the county sees it.
    Names compare as beizeng.toml names them now (``Config.name_now``), as /mine lists them: an account under a
    township's name now (东城镇) or a former one kept as an alias (东镇) sees the returns sent under either.
    """
    from beizeng.ops.completeness import GUESSED

    if user.role in (ROLE_COUNTY, ROLE_READONLY):
        return True
    if not user.sender:
        return False
    sender = sub["sender"]
    own = sender == user.sender or (cfg is not None and bool(sender) and cfg.name_now(sender) == cfg.name_now(
        user.sender))
    named = bool(own) and sub.get("identified_by") != GUESSED
    return named or store.uploaded_by(user.sender, int(sub["submission_id"]))


def latest_period(con: duckdb.DuckDBPyConnection | None) -> str:
    """The newest month anything was received for, else the previous month (the usual reporting period)."""
    if con is not None:
        row = con.execute("select max(period) from submissions where length(period) = 7").fetchone()
        if row and row[0]:
            return str(row[0])
    return previous_period()


def period_param(text: str | None, con: duckdb.DuckDBPyConnection | None) -> str:
    if not text:
        return latest_period(con)
    try:
        return check_period(text)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None


def temp_download(path: Path, name: str) -> FileResponse:
    """A generated file sent once and removed after (its folder too)."""
    return FileResponse(path, filename=name, background=BackgroundTask(shutil.rmtree, path.parent, True))


def make_temp_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="beizeng-web-"))


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def upload_files(form: Any) -> list[UploadFile]:
    return [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]


