"""A 合计 written as one sentence under the table is checked like a 合计 row, not taken for a section heading.

The class: 合计：共N个项目，<column words>X亿元，… — merged across the table or typed in one cell; its count against
the rows read, each amount against the sum of the column its words name, to the last digit it shows.  Built from
fresh17's 招商 ledger (4 projects, 协议总投资 100,000 万元, 本年到位资金 8,500 万元) with the sentence changed."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from beizeng.base.config import Config
from tests.handmade import fresh17 as f17
from tests.test_handmade import Maker, accepted, one
from tests.test_handmade import take_lazily as take


def _said(sentence: str, merged: bool = True) -> Maker:
    def make(folder: Path) -> Path:
        path = f17.attr_total_said_in_a_sentence_in_yi(folder)
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        if not merged:
            ws.unmerge_cells("A9:N9")
        ws["A9"] = sentence
        wb.save(path)
        return path
    return make  # type: ignore[return-value]


def _problems(o: object, code: str) -> list[tuple[str, str, str]]:
    return [(p.severity, p.cell, p.message) for p in o.problems if p.code == code]  # type: ignore[attr-defined]


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "one-cell"])
def test_a_sentence_that_agrees_is_said_checked(county_full: Config, merged: bool) -> None:
    # why: 10亿元 is 100,000 万元 and 0.85亿元 8,500 万元: every figure agrees, the 4 projects are stored and nothing else
    o = accepted(take(county_full, _said("合计：共4个项目，协议总投资10亿元，本年到位资金0.85亿元。", merged)),
                 "attraction", "招商局", "2026-06", 4)
    assert one(county_full, "select sum(total_investment) from cur_attraction") == D(100000)
    [(severity, cell, message)] = _problems(o, "total_sentence")
    assert (severity, cell) == ("info", "A9")
    assert "4个项目、协议总投资10亿元、本年到位资金0.85亿元一致" in message
    assert not _problems(o, "total_mismatch") and not _problems(o, "total_count")


def test_a_sentence_that_disagrees_is_warned_on_its_cell(county_full: Config) -> None:
    # why: 5 projects said, 4 listed; 12亿元 said, the rows sum to 100,000 万元 = 10亿元; 0.85亿元 agrees
    o = accepted(take(county_full, _said("合计：共5个项目，协议总投资12亿元，本年到位资金0.85亿元")),
                 "attraction", "招商局", "2026-06", 4)
    [(sev, cell, count)] = _problems(o, "total_count")
    assert (sev, cell) == ("warning", "A9") and "合计句写的是5个项目，表中列了4个（少1个）" in count
    [(sev, cell, amount)] = _problems(o, "total_mismatch")
    assert (sev, cell) == ("warning", "A9")
    assert "合计句写的是协议总投资12亿元，各行「总投资」之和为 100,000（万元），即10亿元" in amount, amount
    [(_, _, note)] = _problems(o, "total_sentence")
    assert "本年到位资金0.85亿元一致" in note


def test_words_naming_no_column_are_said_not_checked(county_full: Config) -> None:
    o = accepted(take(county_full, _said("合计：共4个项目，预计年税收0.6亿元")), "attraction", "招商局", "2026-06", 4)
    [(_, _, note)] = _problems(o, "total_sentence")
    assert "4个项目一致" in note and "“预计年税收0.6亿元”不是本表的栏目，未核对" in note
