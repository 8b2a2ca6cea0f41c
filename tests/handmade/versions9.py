"""Hand-made returns, round 9: versions of one return whose files say which is the later one, while their times
say otherwise (a copy out of a chat app or off a USB stick, a mail attachment saved days later).

Each function writes a sender's files of ONE form + period into ``folder`` and returns them in the order they
should be dropped into the inbox; their modification times are set as the docstring says (``_age``).  The
county is tests/scenarios_more.write_full_config; the form 固定资产投资项目 (fai_projects), period June 2026, the
township 西镇 or 东镇.  Every version lists the same two projects; only 乙's 1-6月 differs, so the figure that
stands says which version counts.  "A reader takes" is what a person at the county office takes from the files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.handmade.fresh8 import FAI_HEAD, _age, _put, _title, pcode

D = dt.date


def fai_version(folder: Path, name: str, b: int, title_tail: str = "", lines: tuple[str, ...] = (),
                town: str = "西镇", age: float = 0) -> Path:
    """One 固投 return of ``town``: 甲 (1-6月 800) and 乙 (1-6月 ``b``); ``title_tail`` after the title, ``lines``
    under the rows (a 更正说明, a note), its time ``age`` seconds in the past."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    _title(ws, f"{town}2026年1-6月工业固定资产投资项目进展情况{title_tail}", len(FAI_HEAD) + 1)
    _put(ws, 2, 1, [f"填报单位：{town}人民政府"])
    _put(ws, 3, 1, [*FAI_HEAD, "备注"])
    first = 1 if town == "西镇" else 11
    _put(ws, 4, 1, [1, pcode(first), f"{town}甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是",
                    150, 800])
    _put(ws, 5, 1, [2, pcode(first + 1), f"{town}乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是",
                    D(2026, 4, 2), "是", 100, b])
    for k, line in enumerate(lines):
        _put(ws, 7 + k, 1, [line])
    path = folder / name
    wb.save(path)
    if age:
        _age(path, age)
    return path


def fai_v1_v2_v3_out_of_order(folder: Path) -> list[Path]:
    """东镇 mailed three versions, ``东镇投资项目_v1.xlsx`` (乙 400), ``…_v2.xlsx`` (430) and ``…_v3.xlsx`` (450); saved
    from the mail in the wrong order, v3 has the OLDEST time and v2 the newest; dropped v3, v1, v2.

    A reader takes v3: 乙 450."""
    return [fai_version(folder, "东镇投资项目_v3.xlsx", 450, town="东镇", age=7200),
            fai_version(folder, "东镇投资项目_v1.xlsx", 400, town="东镇", age=3600),
            fai_version(folder, "东镇投资项目_v2.xlsx", 430, town="东镇")]


def fai_correction_said_in_the_title_only(folder: Path) -> list[Path]:
    """西镇's two files have names that say nothing (``西镇投资报表.xlsx``, ``西镇投资报表6月.xlsx``); the second's
    title ends ``（更正）`` and a line under the rows says ``更正说明：乙项目1-6月完成投资由400万元更正为450万元`` — but
    it was copied off a USB stick and is the OLDER file.

    A reader takes the corrected one: 乙 450."""
    return [fai_version(folder, "西镇投资报表6月.xlsx", 450, "（更正）",
                        ("更正说明：乙项目1-6月完成投资由400万元更正为450万元",), age=3600),
            fai_version(folder, "西镇投资报表.xlsx", 400)]


def fai_correction_said_in_a_line_only(folder: Path) -> list[Path]:
    """As above in another wording: no title word, only ``修改说明：乙项目数据有误，已修改`` above nothing but under
    the rows, names ``西镇6月固投.xlsx`` / ``西镇6月固投表.xlsx``; the corrected one is older by its time.

    A reader takes the corrected one: 乙 460."""
    return [fai_version(folder, "西镇6月固投表.xlsx", 460, lines=("修改说明：乙项目数据有误，已修改",), age=3600),
            fai_version(folder, "西镇6月固投.xlsx", 400)]


def fai_two_finals(folder: Path) -> list[Path]:
    """西镇 sent ``西镇投资月报最终版.xlsx`` (乙 440) and later ``西镇投资月报定稿.xlsx`` (乙 450): both say they are the
    final one.

    A reader cannot tell: asking, naming both, is right; taking the later received with that question is acceptable,
    silently choosing either is not."""
    return [fai_version(folder, "西镇投资月报最终版.xlsx", 440, age=3600),
            fai_version(folder, "西镇投资月报定稿.xlsx", 450)]


def fai_first_after_revised(folder: Path) -> list[Path]:
    """西镇's ``西镇6月投资报表（修改版）.xlsx`` (乙 450) arrived first, ``西镇6月投资报表（最初版）.xlsx`` (乙 400) after
    it — a clerk forwarding the whole mail thread.

    A reader keeps the 修改版: 乙 450; the 最初版 does not replace it."""
    return [fai_version(folder, "西镇6月投资报表（修改版）.xlsx", 450, age=3600),
            fai_version(folder, "西镇6月投资报表（最初版）.xlsx", 400)]


def fai_late_return_not_a_correction(folder: Path) -> list[Path]:
    """西镇's ``西镇6月投资报表（补报）.xlsx`` (乙 400: the return sent late, 补报) and, a day later, a plain
    ``西镇6月投资报表.xlsx`` (乙 450).  补报 is a late return, not a correction: it says nothing of the order.

    A reader takes the later one: 乙 450."""
    return [fai_version(folder, "西镇6月投资报表（补报）.xlsx", 400, age=86400),
            fai_version(folder, "西镇6月投资报表.xlsx", 450)]


def fai_dates_in_the_names(folder: Path) -> list[Path]:
    """西镇's ``西镇固投月报0705.xlsx`` (乙 450) and ``西镇固投月报0702.xlsx`` (乙 400); the 0705 one has the older time.

    A reader takes the 7月5日 one: 乙 450."""
    return [fai_version(folder, "西镇固投月报0705.xlsx", 450, age=3600),
            fai_version(folder, "西镇固投月报0702.xlsx", 400)]
