"""Hand-made returns of the outside probe p26d (the analyst's and the statistician's side): a small June for the
full test county — 东镇's project list in 万元 with a 填报单位 line, 西镇's in 亿元 with text numbers, 统计局's
enterprise list with thousands separators, a correction of 东镇 sent later, and one return refused (西镇's list
with a project whose 1-N月累计 is blank text ``待核``).

Same conventions as probe22.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import fresh15 as f15
from tests.handmade import outside17 as o17
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

D = dt.date

#: 西镇's two projects as its clerk keeps them in 亿元, numbers typed as text (总投资 "1.20" = 12,000 万元 …).
WEST_PROJECTS: list[list[Any]] = [
    [
        "2601-610599-04-01-000051",
        "西岭新型建材生产线项目",
        "新建",
        "否",
        "是",
        "1.20",
        "0.50",
        D(2026, 2, 10),
        "是",
        "0.08",
        "0.35",
    ],
    [
        "2601-610599-07-02-000052",
        "西岭水泥窑协同处置改造项目",
        "改建和技术改造",
        "是",
        "否",
        "0.60",
        "0.30",
        D(2026, 3, 5),
        "是",
        "0.05",
        "0.20",
    ],
]


def east_projects(folder: Path, name: str = "东镇6月项目.xlsx", last_cum: float = 11000) -> Path:
    """东镇's June project list (merged title, ``填报单位：东镇人民政府`` … ``单位：万元``): three projects, 1-6月 completed
    6,000 / 2,400 / ``last_cum`` (11,000 in the first sending) 万元.

    A reader takes 东镇's 工业固投 1-6月 as 19,400 万元 (1.94 亿元) and 技改 (the third) as 11,000 万元.
    """
    wb, ws = f15._book("东镇")
    _title(ws, "东镇2026年1-6月工业项目投资完成情况", len(o17.PROJ))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 10, "单位：万元"])
    _put(ws, 3, 1, o17.PROJ)
    rows = [list(p) for p in o17.EAST_PROJECTS]
    rows[2][-1] = last_cum
    for i, p in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *p])
    _put(ws, 7, 1, ["填报人：张敏", None, "联系电话：0916-1234567", None, "审核人：李强"])
    return f15._save(wb, folder / name)


def east_correction(folder: Path) -> Path:
    """东镇's corrected June list sent two days later (``东镇6月项目（更正）.xlsx``): the retrofit's 1-6月 is 12,000.

    A reader takes 东镇's 1-6月 as 20,400 万元 from now on; the first sending stays on record as replaced.
    """
    return east_projects(folder, "东镇6月项目（更正）.xlsx", last_cum=12000)


def west_projects_in_yi(folder: Path) -> Path:
    """西镇's June list under ``单位：亿元``, numbers typed as text: 1-6月 "0.35" and "0.20" 亿元.

    A reader takes 西镇's 工业固投 1-6月 as 5,500 万元 (3,500 + 2,000).
    """
    wb, ws = f15._book("西镇")
    _title(ws, "西镇2026年1-6月工业项目投资完成情况", len(o17.PROJ))
    _put(ws, 2, 1, ["填报单位：西镇人民政府（盖章）", *[None] * 10, "单位：亿元"])
    _put(ws, 3, 1, o17.PROJ)
    for i, p in enumerate(WEST_PROJECTS, 1):
        _put(ws, 3 + i, 1, [i, *p])
    return f15._save(wb, folder / "西镇上半年项目进度.xlsx")


def west_projects_refused(folder: Path) -> Path:
    """西镇's list as above, but the second project's 1-6月累计 says ``待核`` (no figure).

    A reader sends it back: the required cumulative of 西岭水泥窑… (L5) is missing.
    """
    wb, ws = f15._book("西镇")
    _title(ws, "西镇2026年1-6月工业项目投资完成情况", len(o17.PROJ))
    _put(ws, 2, 1, ["填报单位：西镇人民政府（盖章）", *[None] * 10, "单位：亿元"])
    _put(ws, 3, 1, o17.PROJ)
    rows = [list(p) for p in WEST_PROJECTS]
    rows[1][-1] = "待核"
    for i, p in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *p])
    return f15._save(wb, folder / "西镇上半年项目进度.xlsx")


def enterprises_text_numbers(folder: Path) -> Path:
    """统计局's June enterprise list (``单位：万元``) with the amounts typed as text with thousands separators
    (``"4,800"``): the four usual firms, 1-6月 4,800 / 3,000 / 9,000 / 2,400, 上年同期 4,000 / 2,500 / 8,500 / 2,000.

    A reader takes 规上工业总产值 1-6月 19,200 万元, 上年同期 17,000 万元, 同比 12.941…% (12.9% shown).
    """
    wb, ws = f15._ent("2026年1-6月规上工业企业生产情况", o17.LINE_WAN)
    for row in ws.iter_rows(min_row=4, max_row=7, min_col=8, max_col=11):
        for c in row:
            c.value = f"{c.value:,}"
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")
