"""One inbox file after the reading half of the check (read, identify, normalise, validate): no database yet.

Its own module so that the verdict (beizeng.intake.verdict) and the record (beizeng.intake.record) can
name it without importing the ingest that drives them; ``beizeng.intake.ingest`` re-exports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from beizeng.base import safe_io
from beizeng.base.problems import Problem, has_errors
from beizeng.intake.identify import Identity
from beizeng.intake.normalise import Normalised
from beizeng.intake.reader import Sheet
from beizeng.intake.tables import Table


@dataclass
class Prepared:
    """One inbox file after everything that needs no database: identified, parsed, checked."""

    path: Path
    file_hash: str
    mtime: dt.datetime
    identity: Identity | None = None
    table: Table | None = None
    normalised: Normalised | None = None
    problems: list[Problem] = field(default_factory=list)
    #: The grids read, kept to rebuild a feedback copy of an .xls/.ods without reading it again.
    sheets: list[Sheet] | None = None
    #: What beizeng failed on while handling this file ("识别报表: KeyError: 'x'"): it goes to quarantine.
    fault: str | None = None
    #: The name of this return when the workbook holds several (identify.returns_in): its sheet, and its form
    #: when one sheet holds several (parts.part_name); each is its own submission, kept and answered on its
    #: own.  ``more`` holds the others until ``validate_prepared`` lays them out beside this one.
    part: str | None = None
    more: list[Prepared] = field(default_factory=list)
    #: The folder inside the inbox the file was found in ("东镇", "6月/东镇"), "" at the inbox's top level.
    folder: str = ""
    #: The rows of an accepted return set aside as another sender's record (``checks.check_other_senders``: the
    #: same project, the same figures in both returns): a copy of this file holding only them, stored with the
    #: sender whose copy counts (``counted_as``, one per row), so they count again once that copy is gone.
    aside: Prepared | None = None
    counted_as: list[str] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        """The file's own name as text (a GBK-encoded name from a Windows share decoded, see safe_io.readable_name):
        what identification and the versions' words read, never the folder it lies in."""
        return safe_io.readable_name(self.path.name)

    @property
    def name(self) -> str:
        """The file as its sender is told of it and the record keeps it: its name, after the folder inside the
        inbox it was found in (``东镇/东镇6月项目.xlsx``); the archived copy's name keeps the folder too."""
        return f"{self.folder}/{self.file_name}" if self.folder else self.file_name

    @property
    def ok(self) -> bool:
        return self.identity is not None and self.normalised is not None and not has_errors(self.problems)
