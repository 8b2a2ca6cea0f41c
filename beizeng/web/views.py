"""The pages of the 报送平台.  Each handler checks who asks before it reads anything (see ``beizeng.web.app``)."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.formparsers import MultiPartException

from beizeng.base.problems import for_clerk
from beizeng.web.app import (
    SLOWDOWN,
    Forbidden,
    make_temp_dir,
    may_see,
    period_param,
    published,
    submission,
    temp_download,
    upload_files,
)
from beizeng.web.store import REASONS, ROLE_COUNTY, ROLE_READONLY, ROLE_SENDER, Store, User

router = APIRouter()
CSRF_REFUSED = "表单缺少安全令牌或令牌已失效（页面停留太久，或表单来自别的网站），请刷新页面后重新操作。"
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


# ---------------------------------------------------------------------------------------------
# Helpers: pages, sessions, who is asking
# ---------------------------------------------------------------------------------------------

def page(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    ctx = {"user": getattr(request.state, "user", None), "csrf": csrf_token(request), **context}
    response: Response = request.app.state.templates.TemplateResponse(request, template, ctx, status_code=status)
    return response


def csrf_token(request: Request) -> str:
    if "session" not in request.scope:
        return ""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


def check_csrf(request: Request, form: Any) -> None:
    sent = form.get("csrf_token")
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not expected or not secrets.compare_digest(sent, str(expected)):
        raise HTTPException(403, CSRF_REFUSED)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def go(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def login_required(request: Request, roles: tuple[str, ...] = (), password_page: bool = False) -> User:
    """The session's user, checked against the account (a changed password or reset ends old sessions)."""
    name = request.session.get("user")
    user = store_of(request).user(name) if name else None
    if user is None or user.stamp != request.session.get("stamp"):
        request.session.pop("user", None)
        raise HTTPException(303, headers={"Location": login_after(request, bool(name))})
    if user.must_change and not password_page:
        raise HTTPException(303, headers={"Location": "/password"})
    request.state.user = user
    if roles and user.role not in roles:
        raise HTTPException(403, "您的账号没有这项权限。")
    return user


#: Why the login page is shown again (``/login?ended=…``): a form sent after the session ended is never taken
#: silently — the clerk is told the login ran out and that what was sent (a chosen file above all) was NOT received.
ENDED = {
    "upload": "登录已过期（或已在别处退出），刚才选的文件没有收到，也没有入库。请重新登录后再上传。",
    "post": "登录已过期（或已在别处退出），刚才提交的内容没有保存。请重新登录后再操作一次。",
    "stale": "登录已失效（密码已修改或重置，或已在别处退出），请重新登录。",
}


def login_after(request: Request, had_user: bool) -> str:
    """Where a request without a valid session goes: the login page, saying why when a form was lost."""
    if request.method == "POST":
        return "/login?ended=" + ("upload" if request.url.path == "/upload" else "post")
    return "/login?ended=stale" if had_user else "/login"


def ip_of(request: Request) -> str:
    return request.client.host if request.client else ""


def audit(request: Request, user: User | None, action: str, detail: str = "") -> None:
    store_of(request).audit(user.name if user else None, user.sender if user else None, action, detail, ip_of(request))


def flash(request: Request, text: str) -> None:
    request.session["flash"] = text


def take_flash(request: Request) -> str:
    return str(request.session.pop("flash", "") or "")


# ---------------------------------------------------------------------------------------------
# Log in, out, password
# ---------------------------------------------------------------------------------------------

@router.get("/")
def home(request: Request) -> Response:
    user = login_required(request)
    return go("/mine" if user.role == ROLE_SENDER else "/board")


@router.get("/login")
def login_page(request: Request, ended: str = "") -> Response:
    return page(request, "login.html", {"error": "", "name": "", "ended": ENDED.get(ended, "")})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, form)
    name = str(form.get("name") or "").strip()
    password = str(form.get("password") or "")
    store = store_of(request)
    before = await run_in_threadpool(store.failures, name)
    user, why = await run_in_threadpool(store.check_password, name, password)
    if user is None:
        await run_in_threadpool(store.audit, name or None, None, "login_failed", why, ip_of(request))
        await asyncio.sleep(SLOWDOWN * min(before + 1, 6))  # each wrong password in a row answers slower
        return page(request, "login.html", {"error": why, "name": name, "ended": ""}, status=401)
    request.session.clear()
    request.session.update({"user": user.name, "stamp": user.stamp, "csrf": secrets.token_urlsafe(32)})
    await run_in_threadpool(store.audit, user.name, user.sender, "login", "", ip_of(request))
    return go("/password" if user.must_change else "/")


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, form)
    name = request.session.get("user")
    if name:
        await run_in_threadpool(store_of(request).audit, name, None, "logout", "", ip_of(request))
    request.session.clear()
    return go("/login")


@router.get("/password")
def password_page(request: Request) -> Response:
    user = login_required(request, password_page=True)
    return page(request, "password.html", {"error": "", "first": user.must_change})


@router.post("/password")
async def change_password(request: Request) -> Response:
    user = await run_in_threadpool(login_required, request, (), True)
    form = await request.form()
    check_csrf(request, form)
    store = store_of(request)
    why = await run_in_threadpool(store.set_password, user.name, str(form.get("old") or ""),
                                  str(form.get("new") or ""), str(form.get("again") or ""))
    if why:
        return page(request, "password.html", {"error": why, "first": user.must_change}, status=400)
    changed = await run_in_threadpool(store.user, user.name)
    assert changed is not None
    request.session["stamp"] = changed.stamp
    await run_in_threadpool(store.audit, user.name, user.sender, "password_changed", "", ip_of(request))
    flash(request, "密码已修改。")
    return go("/")


# ---------------------------------------------------------------------------------------------
# The sender's page, upload, result
# ---------------------------------------------------------------------------------------------

@router.get("/mine")
def mine(request: Request, period: str | None = None) -> Response:
    from beizeng.ops.completeness import completeness

    user = login_required(request, (ROLE_SENDER,))
    cfg = request.app.state.cfg
    store = store_of(request)
    con = published(cfg)
    owed: list[Any] = []
    subs: list[dict[str, Any]] = []
    try:
        p = period_param(period, con)
        if con is not None:
            # the sender by its name now: an account opened under a former name (东镇, an alias of 东城镇 since a
            # rename in beizeng.toml) sees the township's returns under both names (macro as_now)
            now = cfg.name_now(user.sender) if user.sender else user.sender
            owed = [d for d in completeness(con, cfg, p) if d.sender == now]
            mine_ids = [int(r["submission_id"]) for r in store.uploads(sender=user.sender) if r["submission_id"]]
            subs = with_originals(store, submission_rows(
                con, "(as_now(s.sender) = ? and s.identified_by is distinct from 'guess') "
                "or list_contains(?::bigint[], s.submission_id)", [now, mine_ids]))
    finally:
        if con is not None:
            con.close()
    waiting = [r for r in store.uploads(sender=user.sender) if r["state"] == "queued"]
    return page(request, "mine.html", {"period": p, "owed": owed, "subs": subs, "waiting": waiting,
                                       "limits": request.app.state.limits, "flash": take_flash(request),
                                       "state_zh": state_words()})


@router.post("/upload")
async def upload(request: Request) -> Response:
    from beizeng.web.upload import OtherSender, TooLarge, ingest_uploads, save_upload

    user = await run_in_threadpool(login_required, request)
    if not user.may_upload:
        raise HTTPException(403, "只读账号和县级账号不能上传报表，请用填报单位的账号。")
    limits = request.app.state.limits
    cfg = request.app.state.cfg
    store = store_of(request)
    try:
        form = await request.form(max_files=limits.max_files * 2 + 1)
    except MultiPartException:
        raise HTTPException(400, f"一次最多上传 {limits.max_files} 个文件。") from None
    check_csrf(request, form)
    files = upload_files(form)
    if not files:
        raise HTTPException(400, "请先选择要上传的报表文件。")
    if len(files) > limits.max_files:
        raise HTTPException(400, f"一次最多上传 {limits.max_files} 个文件，这次选了 {len(files)} 个。请分几次上传。")
    for f in files:
        if f.size is not None and f.size > limits.max_bytes:
            raise HTTPException(413, f"文件“{f.filename}”太大（{f.size / 1024 / 1024:.1f} MB），"
                                     f"每个文件不能超过 {limits.max_mb} MB。请删去多余的工作表或图片后再报送。")
    batch = secrets.token_urlsafe(12)
    record: dict[str, int] = {}
    paths = []
    for f in files:
        original = f.filename or "未命名"
        try:
            path, digest, size = await run_in_threadpool(save_upload, cfg, original, f.file, limits.max_bytes,
                                                         user.sender if user.role == ROLE_SENDER else None)
        except TooLarge:
            raise HTTPException(413, f"文件“{original}”太大，每个文件不能超过 {limits.max_mb} MB。") from None
        except OtherSender as other:
            await run_in_threadpool(store.audit, user.name, user.sender, "upload_refused",
                                    f"{original}：识别为{other.sender}的报表 → {other.kept.name}", ip_of(request))
            raise HTTPException(400, f"文件“{original}”是{other.sender}的报表（按表上的填报单位、标题或文件名识别），"
                                     f"不是本单位（{user.sender}）的，没有入库。请上传本单位的报表；"
                                     "如果确实是本单位的，请把表上的填报单位、标题和文件名改为本单位后重新上传。") from None
        upload_id = await run_in_threadpool(store.add_upload, batch, user.name, user.sender, original, path.name,
                                            digest, size)
        await run_in_threadpool(store.audit, user.name, user.sender, "upload", f"{original} → {path.name}",
                                ip_of(request))
        record[path.name] = upload_id
        paths.append(path)
    result = await run_in_threadpool(ingest_uploads, cfg, store, paths, request.app.state.lock_wait, record)
    if result.busy:
        flash(request, result.busy)
    return go(f"/uploads/{batch}")


@router.get("/uploads/{batch}")
def upload_result(request: Request, batch: str) -> Response:
    user = login_required(request)
    store = store_of(request)
    rows = store.uploads(batch=batch)
    if not rows or (user.role == ROLE_SENDER and rows[0]["sender"] != user.sender):
        raise Forbidden
    cfg = request.app.state.cfg
    con = published(cfg)
    details = []
    try:
        for r in rows:
            sid, state = r["submission_id"], str(r["state"])
            if sid is None and con is not None:  # left to the watcher: found by its name and content
                found = con.execute("select submission_id, status from submissions where file_name = ? and file_hash = ? "
                                    "order by submission_id desc limit 1", [r["stored_name"], r["file_hash"]]).fetchone()
                if found:
                    sid, state = int(found[0]), str(found[1])
                    store.finish_upload(int(r["id"]), sid, state)
            detail = submission_detail(request, con, user, int(sid)) if sid is not None and con is not None else None
            details.append({"upload": r, "state": state, "detail": detail,
                            "changes": json.loads(r["changes"]) if r["changes"] else None})
    finally:
        if con is not None:
            con.close()
    return page(request, "upload_result.html", {"details": details, "flash": take_flash(request)})


@router.get("/submissions/{sid}")
def submission_page(request: Request, sid: int) -> Response:
    user = login_required(request)
    con = published(request.app.state.cfg)
    if con is None:
        raise Forbidden
    try:
        detail = submission_detail(request, con, user, sid)
    finally:
        con.close()
    if detail is None:
        raise Forbidden
    changes = None
    for r in store_of(request).uploads():
        if r["submission_id"] == sid and r["changes"]:
            changes = json.loads(r["changes"])
    return page(request, "submission.html", {"d": detail, "changes": changes, "flash": take_flash(request)})


def submission_detail(request: Request, con: Any, user: User, sid: int) -> dict[str, Any] | None:
    """Everything the result page shows of one submission; None when it is not this user's to see."""
    from beizeng.intake.feedback import feedback_path
    from beizeng.intake.versions import OLDER_VERSION
    from beizeng.ops.completeness import return_forms
    from beizeng.web.grid import build_grid

    store = store_of(request)
    sub = submission(con, sid)
    if sub is None or not may_see(user, store, sub, request.app.state.cfg):
        return None
    cols = ("severity", "code", "message", "fix", "sheet", "cell", "excel_row", "column_header", "value")
    problems = [dict(zip(cols, r, strict=True)) for r in con.execute(
        f"select {', '.join(cols)} from problems where submission_id = ?", [sid]).fetchall()]
    problems.sort(key=lambda p: (SEVERITY_ORDER.get(p["severity"], 3), p["excel_row"] or 0, p["cell"] or ""))
    explained = store.explanations(sid)
    for p in problems:
        p["explanation"] = explained.get((p["code"], p["cell"] or ""))
        if user.role == ROLE_SENDER:  # the administrator's own fix is for the terminal and the county's accounts
            p["fix"] = for_clerk(p["code"], p["fix"])
    titles = {f.code: f.title for f in return_forms(con)}
    stored = Path(sub["stored_path"]) if sub["stored_path"] else None
    # the sheet read, else the sheet the first problem asks about (a return asked which sheet is which)
    asked = [p["sheet"] for p in problems if p["sheet"] and p["severity"] == "error"] or \
        [p["sheet"] for p in problems if p["sheet"]]
    sheet = sub["sheet"] or (asked[0] if asked else None)
    grid = build_grid(stored, sheet, problems) if stored else "没有保存的文件。"
    for p in problems:  # a problem on another sheet than the one read (or none read) names its sheet
        p["where"] = p["cell"] or "—"
        if p["sheet"] and p["sheet"] != sub["sheet"]:
            p["where"] = f"工作表「{p['sheet']}」{p['cell'] or ''}"
    original = store.original_name(sid, with_originals(store, [dict(sub)])[0]["file_name"])  # a workbook of several
    versions = []
    if sub["form"] and sub["sender"] and sub["period"]:
        versions = with_originals(store, submission_rows(con, "s.form = ? and s.sender = ? and s.period = ?",
                                                         [sub["form"], sub["sender"], sub["period"]]))
    errors = {p["code"] for p in problems if p["severity"] == "error"}
    if sub["status"] == "rejected" and errors == {OLDER_VERSION}:  # refused as an earlier version: nothing to mend
        verdict, css = "未入库：按文件写明的先后，这是较早的版本，仍以已入库的版本为准（见下面的说明）。", "warn"
    elif sub["status"] == "rejected":
        verdict, css = "退回：有错误，未入库。请按下面的清单修改后重新上传。", "err"
    elif sub["n_warnings"]:
        verdict, css = "已入库，但有提醒：请核实标出的单元格；数据无误的，请在下面说明原因。", "warn"
    else:
        verdict, css = "已入库，没有发现问题。", "ok"
    title = titles.get(sub["form"] or "", "未识别的报表")
    if sub["form"] and not sub["sheet"] and sub["status"] == "rejected":
        # the file itself never read (no problem on any of its sheets), or read but its table not taken
        title += "（按文件名或报送单位推测）" if asked else "（按文件名或报送单位推测，文件本身未能读取）"
    return {"sub": sub, "problems": problems, "grid": grid, "title": title,
            "original": original, "feedback": bool(stored and feedback_path(stored).exists()),
            "versions": versions, "verdict": verdict, "css": css, "read": what_was_read(con, sub),
            "late": late_words(con, request.app.state.cfg, sub),
            "may_explain": user.role == ROLE_SENDER and sub["status"] == "accepted"}


def late_words(con: Any, cfg: Any, sub: dict[str, Any]) -> str:
    """For an accepted return whose first accepted version came after its due date (``dues.deadline``, the rule
    ``beizeng status`` and the clerk's 应报 list judge 逾期 by), the line saying so; else nothing.  A yearly return
    has no due date of its own (``dues.return_state``: sent)."""
    from beizeng.base.dues import ARRIVED_SQL, deadline
    from beizeng.base.forms import all_forms
    from beizeng.base.periods import is_stored, period_words

    form = all_forms().get(sub["form"] or "")
    period = sub["period"]
    if sub["status"] != "accepted" or form is None or form.frequency == "yearly" or not period \
            or len(str(period)) != 7 or not is_stored(period):
        return ""
    first = con.execute(f"select min({ARRIVED_SQL}) from submissions where form = ? and sender = ? and period = ? "
                        "and status = 'accepted'", [sub["form"], sub["sender"], period]).fetchone()
    due = deadline(cfg, period)
    if first is None or first[0] is None or first[0] <= due:
        return ""
    got = first[0]
    return (f"逾期报送：{period_words(period)}的《{form.title}》应于{due.year}年{due.month}月{due.day}日前（含当日）报送，"
            f"{got.year}年{got.month}月{got.day}日才收到。已入库，计入{period_words(period)}的数据；以后请按时报送。")


def what_was_read(con: Any, sub: dict[str, Any]) -> list[str]:
    """For an accepted return, its main figures as stored: each money column, the sheet column it was read from
    (with the header as written where it is not the form's own) and its total — "1-N月累计完成投资：M列，合计 1,200
    万元".  Nothing for a refused return, or one loaded before the columns read were kept."""
    from beizeng.base.forms import all_forms
    from beizeng.publish.outputs import has_relation

    form = all_forms().get(sub["form"] or "")
    if sub["status"] != "accepted" or form is None or not has_relation(con, "read_columns"):
        return []
    read = {r[0]: (r[1], r[2]) for r in con.execute(
        "select column_name, sheet_column, header from read_columns where submission_id = ?",
        [sub["submission_id"]]).fetchall()}
    money = [c for c in form.columns if c.kind == "money" and c.name in read]
    if not money or not has_relation(con, form.table):
        return []
    sums = con.execute(f"select {', '.join(f'sum({c.name})' for c in money)} from {form.table} "
                       "where submission_id = ?", [sub["submission_id"]]).fetchone() or ()
    lines = []
    for c, total in zip(money, sums, strict=False):
        letter, header = read[c.name]
        as_template = re.sub(r"(?<=1-)\d{1,2}(?=月)", "N", header or "")  # 1-6月累计 is the template's 1-N月累计
        said = f"（表头“{header}”）" if header and as_template not in c.headers else ""
        amount = "各行都没有填" if total is None else f"合计 {Decimal(str(total)).normalize():,f} {c.unit or form.unit}"
        lines.append(f"{c.header}：{letter}列{said}，{amount}")
    return lines


def with_originals(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Show an uploaded file by the name it had on the sender's computer, not its inbox name — each return of a
    workbook of several too (its hash is the file's, ``#`` and its sheet: the upload records one of them)."""
    uploads = store.uploads()
    names = {int(r["submission_id"]): str(r["original_name"]) for r in uploads if r["submission_id"]}
    by_hash = {str(r["file_hash"]): str(r["original_name"]) for r in uploads if r["file_hash"]}
    for r in rows:
        whole = str(r.get("file_hash") or "").split("#")[0]
        r["file_name"] = names.get(int(r["submission_id"]), by_hash.get(whole, r["file_name"]))
    return rows


def submission_rows(con: Any, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Submissions with their version among the accepted files of the same form, sender and period."""
    cols = ["submission_id", "file_name", "form", "title", "sender", "period", "status", "n_rows", "n_errors",
            "n_warnings", "received_at", "file_hash", "version"]
    rows = con.execute(
        "select s.submission_id, s.file_name, s.form, coalesce(f.title, s.form, '未识别'), s.sender, s.period, s.status, "
        "s.n_rows, s.n_errors, s.n_warnings, s.received_at, s.file_hash, "
        "case when s.status = 'accepted' then count(*) filter (where s.status = 'accepted') over "
        "(partition by s.form, s.sender, s.period order by s.submission_id) end "
        "from submissions s left join form_catalogue f on f.code = s.form "
        f"qualify {where} order by s.submission_id desc limit 300", params).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _is_own(request: Request, sid: int) -> tuple[User, dict[str, Any], Any]:
    user = login_required(request)
    con = published(request.app.state.cfg)
    if con is None:
        raise Forbidden
    try:
        sub = submission(con, sid)
    finally:
        con.close()
    if sub is None or not may_see(user, store_of(request), sub, request.app.state.cfg):
        raise Forbidden
    return user, sub, con


@router.get("/submissions/{sid}/feedback")
def feedback_download(request: Request, sid: int) -> Response:
    from beizeng.intake.feedback import feedback_path

    user, sub, _ = _is_own(request, sid)
    path = feedback_path(Path(sub["stored_path"])) if sub["stored_path"] else None
    if path is None or not path.exists():
        raise Forbidden
    original = store_of(request).original_name(sid, sub["file_name"])
    audit(request, user, "download", f"反馈表 {sid} {path.name}")
    return FileResponse(path, filename=f"{Path(original).stem}.反馈.xlsx")


@router.get("/submissions/{sid}/file")
def file_download(request: Request, sid: int) -> Response:
    user, sub, _ = _is_own(request, sid)
    path = Path(sub["stored_path"]) if sub["stored_path"] else None
    if path is None or not path.exists():
        raise Forbidden
    original = store_of(request).original_name(sid, sub["file_name"])
    audit(request, user, "download", f"原文件 {sid} {path.name}")
    return FileResponse(path, filename=original)


@router.post("/submissions/{sid}/explain")
async def explain(request: Request, sid: int) -> Response:
    from beizeng.web.upload import try_mirror

    user, sub, _ = await run_in_threadpool(_is_own, request, sid)
    if user.role != ROLE_SENDER:
        raise HTTPException(403, "只有填报单位可以说明自己报表中的提醒。")
    form = await request.form()
    check_csrf(request, form)
    code, cell = str(form.get("code") or ""), str(form.get("cell") or "")
    reason = str(form.get("reason") or "").strip()
    detail = str(form.get("detail") or "").strip()[:200]
    if reason and reason not in REASONS:
        raise HTTPException(400, "请从列表中选择原因，或在说明中写明。")
    if not reason and not detail:
        flash(request, "请选择原因或写一句说明后再提交。")
        return go(f"/submissions/{sid}#explain")
    con = published(request.app.state.cfg)
    assert con is not None
    try:
        found = con.execute("select count(*) from problems where submission_id = ? and severity = 'warning' "
                            "and code = ? and coalesce(cell, '') = ?", [sid, code, cell]).fetchone()
    finally:
        con.close()
    if not found or not found[0]:
        raise HTTPException(400, "这条提醒不在该报表中，无法说明。")
    store = store_of(request)
    await run_in_threadpool(store.explain, sid, sub["file_hash"], code, cell, reason or "其他", detail, user.name)
    await run_in_threadpool(store.audit, user.name, user.sender, "explain", f"{sid} {code} {cell}：{reason} {detail}",
                            ip_of(request))
    mirrored = await run_in_threadpool(try_mirror, request.app.state.cfg, store, request.app.state.lock_wait)
    flash(request, "说明已保存，会出现在汇总表的“数据质量”表中。" if mirrored
          else "说明已保存；数据仓库正忙，稍后会写入汇总表。")
    return go(f"/submissions/{sid}#explain")


@router.get("/templates")
def templates_zip(request: Request, period: str | None = None) -> Response:
    """The sender's templates for the period (the next one by default), pre-filled where the warehouse allows."""
    from beizeng.base.periods import next_period, previous_period
    from beizeng.publish.templates import write_templates

    user = login_required(request, (ROLE_SENDER,))
    cfg = request.app.state.cfg
    con = published(cfg)
    try:
        p = period_param(period, con) if period else next_period(previous_period())
        tmp = make_temp_dir()
        paths = write_templates(cfg, p, tmp / "all", con)
    finally:
        if con is not None:
            con.close()
    mine = [x for x in paths if x.name.startswith(f"{user.sender}_")]
    if not mine:
        raise HTTPException(404, "本期没有需要本单位填报的模板。")
    out = tmp / f"{user.sender}_{p}_报表模板.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for x in mine:
            z.write(x, x.name)
    audit(request, user, "download", f"模板 {p}")
    return temp_download(out, out.name)


# ---------------------------------------------------------------------------------------------
# The county's board and downloads
# ---------------------------------------------------------------------------------------------

def state_words() -> dict[str, str]:
    from beizeng.ops.states import STATE_ZH

    return dict(STATE_ZH)


@router.get("/board")
def board(request: Request, period: str | None = None) -> Response:
    from beizeng.base.periods import year_period
    from beizeng.ops.completeness import completeness
    from beizeng.ops.states import STATE_STYLE
    from beizeng.publish.overview import HEADERS, overview_rows, text_rows

    login_required(request, (ROLE_COUNTY, ROLE_READONLY))
    cfg = request.app.state.cfg
    con = published(cfg)
    if con is None:
        return page(request, "board.html", {"period": period_param(period, None), "empty": True,
                                            "flash": take_flash(request)})
    try:
        p = period_param(period, con)
        dues = completeness(con, cfg, p)
        subs = with_originals(store_of(request), submission_rows(con, "s.period in (?, ?)", [p, year_period(p)]))
        overview = text_rows(overview_rows(con, p, cfg.county))
        townships = township_figures(con, cfg, p)
    finally:
        con.close()
    words = state_words()
    chase = [f"{d.sender}：{d.title}（{words[d.state]}{'，' + d.note if d.note else ''}）"
             f"{' 联系人 ' + d.reporter if d.reporter else ''}{' ' + d.phone if d.phone else ''}"
             for d in dues if d.state in ("missing", "rejected", "unidentified")]
    counts = {s: sum(1 for d in dues if d.state == s) for s in words}
    return page(request, "board.html", {"period": p, "empty": False, "dues": dues, "subs": subs, "chase": chase,
                                        "counts": counts, "owed": sum(1 for d in dues if d.owed),
                                        "state_zh": words, "state_css": STATE_STYLE,
                                        "overview_headers": HEADERS, "overview": overview, "townships": townships,
                                        "originals": {r["stored_name"]: r["original_name"]
                                                      for r in store_of(request).uploads()},
                                        "flash": take_flash(request)})


def township_figures(con: Any, cfg: Any, period: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each township's figures of the period, as the warehouse computed them (name, shown value + unit)."""
    from beizeng.base.numbers import shown
    from beizeng.publish.overview import digits
    from beizeng.store.catalogue import UNIT_ZH

    rows = con.execute(
        "select v.scope, c.name, v.value, c.unit from indicator_values v join indicator_catalogue c "
        "on c.code = v.indicator where v.period = ? and v.scope <> ? and v.value is not null "
        "order by v.scope, c.code", [period, cfg.county]).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for scope, name, value, unit in rows:
        out.setdefault(scope, []).append((name, f"{shown(Decimal(str(value)), digits(unit), True)} "
                                                f"{UNIT_ZH.get(unit, unit)}"))
    return list(out.items())


def _county_output(request: Request, period: str | None, what: str,
                   make: Callable[[Any, Any, str, Path], Path]) -> Response:
    """A county output made on request from the published copy (county and 只读 accounts), audited."""
    user = login_required(request, (ROLE_COUNTY, ROLE_READONLY))
    cfg = request.app.state.cfg
    con = published(cfg)
    if con is None:
        raise HTTPException(404, "还没有数据仓库。")
    try:
        p = period_param(period, con)
        path = make(con, cfg, p, make_temp_dir())
    finally:
        con.close()
    audit(request, user, "download", f"{what} {p}")
    return temp_download(path, path.name)


@router.get("/downloads/summary")
def summary_download(request: Request, period: str | None = None) -> Response:
    from beizeng.publish.outputs import summary_name, write_summary
    from beizeng.publish.overview import year_to_date

    return _county_output(request, period, "汇总表", lambda con, cfg, p, tmp: write_summary(
        con, cfg, p, tmp / summary_name(cfg, p), year=year_to_date(con, p)))


@router.get("/downloads/report")
def report_download(request: Request, period: str | None = None) -> Response:
    from beizeng.publish.report import write_report

    return _county_output(request, period, "报告", lambda con, cfg, p, tmp: next(
        x for x in write_report(con, cfg, p, tmp) if x.suffix == ".docx"))
