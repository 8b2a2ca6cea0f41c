"""A file left in the inbox because it was still being copied in has its own status and words: not
跳过 (as if something were wrong with it or it had been ignored), but 正在写入（下次处理）."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from rich.console import Console

from beizeng.cli import app as cli
from beizeng.intake.ingest import STATUS_ZH, WRITING, Outcome
from beizeng.intake.watch import STILL_WRITING, receipt_lines, still_writing

WHEN = dt.datetime(2026, 7, 8, 9, 30, 5)


def test_the_status_says_the_file_is_being_written_and_taken_next_time(tmp_path: Path) -> None:
    o = still_writing(tmp_path / "东镇_2026-06_规上工业企业.xlsx")
    assert STATUS_ZH[WRITING] == "正在写入（下次处理）"
    assert Outcome("a.xlsx", WRITING, None, None, None, 0, 0, 0, None).status_zh == "正在写入（下次处理）"
    assert (o.file, o.status, o.note, o.errors, o.warnings, o.rows, o.stored_path) == (
        "东镇_2026-06_规上工业企业.xlsx", WRITING, STILL_WRITING, 0, 0, 0, None)


def test_the_receipt_names_no_form_and_no_error_for_it(tmp_path: Path) -> None:
    accepted = Outcome("西镇.xlsx", "accepted", "enterprise", "西镇", "2026-06", 12, 0, 0, None)
    lines = receipt_lines([accepted, still_writing(tmp_path / "东镇.xlsx")], WHEN)
    assert lines[1] == "09:30:05  东镇.xlsx  →  正在写入（下次处理）：文件仍在复制或保存，已留在收件箱，下次自动处理"
    assert lines[0].startswith("09:30:05  西镇.xlsx  →  已入库：") and lines[0].endswith("，12 行")


def test_the_run_summary_lists_it_below_the_returns_and_counts_it(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's summary must know the status still_writing gives: counted apart, never in the
    table of returns as an unknown (uncoloured) result, never among the rejected."""
    out = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=out, width=200))
    accepted = Outcome("西镇.xlsx", "accepted", "enterprise", "西镇", "2026-06", 12, 0, 0, None)
    cli.print_outcomes([accepted, still_writing(tmp_path / "东镇.xlsx")])
    text = out.getvalue()
    assert "已入库 1 个，退回 0 个，重复 0 个，正在写入 1 个（留待下次处理）。" in text
    assert "东镇.xlsx：正在写入或仍在 Excel 中打开，稍后再处理" in text
    assert text.count("东镇.xlsx") == 1  # not in the table of returns as well

    out.truncate(0)
    out.seek(0)
    cli.print_outcomes([still_writing(tmp_path / "东镇.xlsx")])
    assert "收件箱中没有可处理的文件。" in out.getvalue() and "正在写入或仍在 Excel 中打开，稍后再处理" in out.getvalue()
