"""An upload takes the path a dropped file takes: into the inbox, then the watcher's plain run.

The file is written under a generated name (the sender's own name is kept for display, and in
``web_uploads``): a client's file name is never a path.  The generated name keeps a cleaned copy of
the original after a random prefix of letters only, because identification reads the file name too
(a sender or period written in it) and digits in the prefix could pass for a period.  The file is
written to a hidden ``.part`` name (``beizeng.intake.inbox.not_a_return`` passes over beizeng's own) and
renamed into place, so the watcher never sees half an upload.

The run is ``beizeng.intake.watch.process_locked`` under the warehouse's writer lock; when the lock stays
busy the file simply waits in the inbox for the watcher (or the next run), like any dropped file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import duckdb

from beizeng.base.config import Config
from beizeng.base.safe_io import clean_name, split_name, upload_inbox_name
from beizeng.intake.ingest import Outcome
from beizeng.store.session import publish, work_db, writer_lock
from beizeng.web.store import Store, mirror_to_warehouse


class TooLarge(Exception):
    """The upload passed the size limit while it was being written (the part file is removed)."""


def safe_name(original: str) -> str:
    """The inbox name of an upload: the last part of what the client sent (an old browser sends the whole path),
    cleaned and cut to fit by :func:`beizeng.base.safe_io.clean_name` (the one rule for a stored name: nothing
    that acts as a path, at most MAX_NAME_BYTES with the mark), its extension kept in lower case — a name that is
    only ``.xlsx`` keeps it too."""
    name = re.split(r"[/\\]", unicodedata.normalize("NFC", original or ""))[-1]
    stem, suffix = split_name(clean_name(name))
    return upload_inbox_name(stem, suffix.lower())


class OtherSender(Exception):
    """The upload is identified as another sender's return: a sender may only send its own."""

    def __init__(self, sender: str, kept: Path):
        super().__init__(sender)
        self.sender, self.kept = sender, kept


def identified_senders(cfg: Config, path: Path, original: str) -> list[str]:
    """The senders the pipeline would load this file's returns under — one per return, a workbook holding
    several (``identify.returns_in``) naming each — leaving out those it cannot tell (it will refuse them
    itself, with its list of problems): the same reading a dropped file gets."""
    from beizeng.intake.identify import identify, returns_in
    from beizeng.intake.reader import open_workbook

    try:
        parts = returns_in(open_workbook(path, original), cfg, original)
    except Exception:  # any refusal or fault: the pipeline's own handling says what it is
        return []
    found = []
    for sheets in parts:
        try:
            found.append(identify(sheets, original, cfg).sender.name)
        except Exception:  # as above, for this return
            continue
    return found


def save_upload(cfg: Config, original: str, source: BinaryIO, max_bytes: int,
                sender: str | None = None) -> tuple[Path, str, int]:
    """Write the upload into the inbox atomically; (path, sha256, size).  ``TooLarge`` past ``max_bytes``.

    With ``sender`` (a 填报单位 account) a file identified as another sender's return never reaches the
    inbox (``OtherSender``): a township could otherwise replace its neighbour's figures and see them.
    The file is kept under ``warehouse/web/refused/`` for the county."""
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    target = cfg.inbox / safe_name(original)
    while target.exists():
        target = cfg.inbox / safe_name(original)
    part = cfg.inbox / f".{target.stem}.part{target.suffix}"  # hidden: no inbox scan takes it
    digest = hashlib.sha256()
    size = 0
    try:
        with part.open("xb") as out:
            while chunk := source.read(1 << 20):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        # an account opened under a former name (东镇, an alias of 东城镇 since a rename) is the sender's now
        others = [] if sender is None else [s for s in identified_senders(cfg, part, original)
                                            if s != cfg.name_now(sender)]
        if others:  # any return of the workbook, not only the first: a second sheet may be a neighbour's
            found = others[0]
            kept = cfg.warehouse / "web" / "refused" / target.name
            kept.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, kept)
            raise OtherSender(str(found), kept)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target, digest.hexdigest(), size


@dataclass
class RunResult:
    outcomes: list[Outcome]
    busy: str = ""  # the Chinese reason the files wait in the inbox


def ingest_uploads(cfg: Config, store: Store, paths: list[Path], wait_seconds: float,
                   record: dict[str, int]) -> RunResult:
    """Run the watcher's plain ingest over ``paths`` under the writer lock, record each outcome against its
    upload (``record``: inbox name → upload id), mirror the web tables and publish.

    A BusyError leaves the files in the inbox: the watcher (or the next run) takes them as dropped files,
    and the upload's page finds the result by the file's hash when it is there.
    """
    from beizeng.intake.watch import process_locked
    from beizeng.store.session import BusyError

    try:
        with writer_lock(cfg, wait_seconds):
            outcomes = process_locked(cfg, paths)
            for o in outcomes:
                if o.file in record:
                    store.finish_upload(record[o.file], o.submission_id, o.status, o.note, changes_json(o))
            mirror(cfg, store)
    except BusyError as exc:
        return RunResult([], f"数据仓库正被另一运行写入（{exc}）。文件已保存在收件箱，稍后自动处理，请过几分钟刷新本页查看结果。")
    return RunResult(outcomes)


def changes_json(o: Outcome) -> str | None:
    """The differences from the previous version, kept with the upload for its result page."""
    ch = o.changes
    if ch is None:
        return None

    def text(v: object) -> str:
        if v is None:
            return "（空）"
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, Decimal):
            return f"{v.normalize():f}"
        return str(v)

    return json.dumps({"summary": ch.summary(),
                       "cells": [{"cell": c.cell, "label": c.label, "column": c.column, "old": text(c.old),
                                  "new": text(c.new)} for c in ch.cells],
                       "added": [f"{label}（第{row}行）" for _, label, row in ch.added],
                       "removed": [label for _, label in ch.removed]}, ensure_ascii=False)


def mirror(cfg: Config, store: Store) -> None:
    """Copy the web tables into the working database and publish it (the caller holds the writer lock)."""
    path = work_db(cfg)
    if not path.exists():
        return
    con = duckdb.connect(str(path))
    try:
        mirror_to_warehouse(con, store)
    finally:
        con.close()
    publish(cfg)


def try_mirror(cfg: Config, store: Store, wait_seconds: float = 0) -> bool:
    """Mirror when the writer lock is free (after an explanation, or now and then for the audit)."""
    from beizeng.store.session import BusyError

    try:
        with writer_lock(cfg, wait_seconds):
            mirror(cfg, store)
    except BusyError:
        return False
    return True
