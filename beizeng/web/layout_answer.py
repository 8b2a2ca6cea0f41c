"""The 表头对照 question answered on the result page: which column of a refused return is which.

A return refused because its header could not be matched with confidence (two columns equally likely, a needed
column not recognised, an answer the return contradicts: ``layouts.questions``) shows, on its own sender's page,
each question with a plain form: a list of the sheet's columns (letter and header as written) and 没有这一列.
The answer goes the way every answer goes (beizeng.intake.layouts): checked by ``resolve_column`` against the
sheet, stored per sender and form by ``remember`` — as ``beizeng map`` and the feedback workbook's 「表头对照」
sheet store it — said in the audit trail (who answered, what), and the SAME stored file is read again at once,
as an upload of the sender's (no second upload), its result shown like any upload's.

Only a 填报单位 account answers, and only for a submission it may see (``may_see``: any other id is 404).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from beizeng.base.config import Config
from beizeng.base.forms import FormSpec
from beizeng.web.store import ROLE_SENDER

router = APIRouter()
#: The problem codes a clerk answers with a column (``layouts.questions``).
#: The choice "the sheet has no such column": nothing stored for that item.
NONE = "none"


@dataclass
class Item:
    """One item asked about: the form column, its header, and the questions asked about it."""

    name: str
    header: str
    questions: list[str]


@dataclass
class Asked:
    """What the page asks of one refused return, read from its stored file as the pipeline reads it."""

    form: FormSpec
    sender: str
    sheet: str
    header_at: dict[int, str]  # 0-based column → header as written
    last: int
    items: list[Item]

    @property
    def choices(self) -> list[tuple[str, str]]:
        """(letter, "K列 完成投资") for every column the header row has."""
        from beizeng.base.problems import col_letter

        return [(col_letter(c), f"{col_letter(c)}列 {' '.join(h.split())}") for c, h in sorted(self.header_at.items())]


def read_questions(cfg: Config, stored: Path, file_name: str, received: dt.date | None) -> Asked | None:
    """The questions the stored file raises today, with its columns; None when it raises none (answered since),
    or cannot be identified (then no column answer helps: its problems say what to do)."""
    from beizeng.base.problems import ReturnError
    from beizeng.intake import layouts
    from beizeng.intake.identify import identify
    from beizeng.intake.matching import header_texts
    from beizeng.intake.reader import open_workbook

    if not stored.is_file():
        return None
    try:
        ident = identify(open_workbook(stored, file_name), file_name, cfg, received=received)
    except ReturnError:  # not identified: its problems say what to do, no column answer helps
        return None
    except Exception:  # noqa: BLE001 - any fault reading it: the page shows the problems as stored, without a form
        return None
    items: dict[str, Item] = {}
    for p in layouts.questions(ident.notes):
        name = layouts.field_name(ident.form, p.column or "")
        if not name:
            continue
        item = items.setdefault(name, Item(name, ident.form.column(name).header, []))
        item.questions.append(p.message)
    if not items:
        return None
    match = ident.match
    return Asked(ident.form, ident.sender.name, match.sheet.name, header_texts(match),
                 layouts.last_column(match.sheet), list(items.values()))


def layout_question(request: Request, d: dict[str, Any]) -> Asked | None:
    """The result page's question for submission detail ``d`` (a Jinja global): only for the sender's own
    refused return that was refused with a question."""
    user = getattr(request.state, "user", None)
    sub = d["sub"]
    if user is None or user.role != ROLE_SENDER or sub["status"] != "rejected" or not sub["stored_path"]:
        return None
    from beizeng.intake.layouts import QUESTION_CODES

    if not any(p["code"] in QUESTION_CODES for p in d["problems"]):
        return None
    received = sub["received_at"].date() if sub["received_at"] else None
    return read_questions(request.app.state.cfg, Path(sub["stored_path"]), sub["file_name"], received)


@router.post("/submissions/{sid}/layout")
async def answer_layout(request: Request, sid: int) -> Response:
    from beizeng.base.problems import col_letter
    from beizeng.intake import layouts
    from beizeng.web.upload import OtherSender, TooLarge, ingest_uploads, save_upload
    from beizeng.web.views import _is_own, check_csrf, flash, go, ip_of, store_of

    user, sub, _ = await run_in_threadpool(_is_own, request, sid)  # not its own: 404, as any id it may not see
    if user.role != ROLE_SENDER:
        raise HTTPException(403, "只有填报单位可以回答自己报表的表头问题。")
    form = await request.form()
    check_csrf(request, form)
    cfg = request.app.state.cfg
    store = store_of(request)
    if sub["status"] != "rejected" or not sub["stored_path"]:
        raise HTTPException(400, "这份报表没有需要回答的表头问题。")
    received = sub["received_at"].date() if sub["received_at"] else None
    stored = Path(sub["stored_path"])
    asked = await run_in_threadpool(read_questions, cfg, stored, sub["file_name"], received)
    if asked is None:
        flash(request, "这份报表现在没有需要回答的表头问题（可能已经回答过）。请重新上传报表查看结果。")
        return go(f"/submissions/{sid}")
    given: dict[str, int] = {}
    said: list[str] = []
    for item in asked.items:
        answer = str(form.get(f"col-{item.name}") or "").strip()
        if not answer or answer == NONE:
            continue
        c, why = layouts.resolve_column(answer, asked.header_at, asked.last)  # the one reader of every answer
        if c is None:
            flash(request, f"“{item.header}”的回答“{answer}”无法采用：{why}。未保存，请重新选择。")
            return go(f"/submissions/{sid}#layout")
        given[item.name] = c
        said.append(f"{col_letter(c)}列为“{item.header}”")
    if not given:
        flash(request, "没有选出任何一列，未保存。表中确实没有的列，请按模板补上后重新上传报表。")
        return go(f"/submissions/{sid}#layout")
    await run_in_threadpool(layouts.remember, cfg.root, asked.sender, asked.form, given, asked.header_at)
    original = store.original_name(sid, sub["file_name"])
    await run_in_threadpool(store.audit, user.name, user.sender, "layout_answer",
                            f"{sid} {original}《{asked.form.title}》：{'、'.join(said)}", ip_of(request))
    # the same file, read again at once with the answer: an upload of the sender's without a second upload
    batch = secrets.token_urlsafe(12)
    limits = request.app.state.limits
    try:
        with stored.open("rb") as source:
            path, digest, size = await run_in_threadpool(save_upload, cfg, original, source, limits.max_bytes,
                                                         user.sender)
    except (TooLarge, OtherSender):  # it was taken as this sender's and within the limit when it came
        raise HTTPException(400, "这份报表无法重新读取，请重新上传。") from None
    upload_id = await run_in_threadpool(store.add_upload, batch, user.name, user.sender, original, path.name,
                                        digest, size)
    await run_in_threadpool(store.audit, user.name, user.sender, "upload",
                            f"{original} → {path.name}（按表头对照的回答重新读取 {sid}）", ip_of(request))
    result = await run_in_threadpool(ingest_uploads, cfg, store, [path], request.app.state.lock_wait,
                                     {path.name: upload_id})
    flash(request, result.busy or f"已记下你的回答（{'、'.join(said)}），以后本单位这张表同样的表头按此读取；"
                                  "下面是按回答重新读取的结果。")
    return go(f"/uploads/{batch}")
