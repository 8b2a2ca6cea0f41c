"""Hand-made returns of the outside probe p28: hostile inputs against round 21's newest rules, aimed at their false
positives — the other column of a 表头对照 tie that is really 自开工累计, a header 本月累计 (the clerk's "cumulative to
this month") beside 1-5月累计, 当月 on a 1-2月 return, targets whose columns are only years or whose 调整后 column is
blank for some rows, titles with a plan word next to the period itself.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``county_full``
(tests/conftest.py); 东镇's project list for June 2026 unless said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import probe26b as b
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

D = dt.date
_save = b._save
LINE = "填报单位：东镇人民政府"
JUNE_TITLE = "东镇2026年1-6月工业项目建设进展情况表"

# ---- (a) a 表头对照 tie whose other column is 自开工累计 ------------------------------------------------------------

TIE_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "是否开工",
            "开工时间", "是否入库纳统", "完成投资", "完成投资额"]
#: (code, name, nature, 技改, 重点, 总投资, 开工, 开工时间, 纳统, 自开工累计 K, 1-6月累计 L)
TIE_ROWS: list[list[Any]] = [
    ["2409-610599-04-01-280001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, "是", D(2024, 9, 2), "是",
     9000, 3000],
    ["2603-610599-07-02-280002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, "是", D(2026, 3, 20),
     "是", 1200, 1200],
    ["2510-610599-04-01-280003", "东镇包装材料扩能项目", "扩建", "否", "否", 5000, "是", D(2025, 10, 8), "是",
     2600, 800],
]


def tie_other_column_is_since_start(folder: Path, rows: list[list[Any]] | None = None) -> Path:
    """东镇's June list (title ``东镇2026年1-6月…``) with two amount columns K ``完成投资`` and L ``完成投资额``, no
    本月/累计 word in either. K is 自开工累计 (9,000, 1,200, 2,600: projects started 2024-09, 2026-03, 2025-10), L is
    1-6月累计 (3,000, 1,200, 800). The clerk answers ``L=累计完成投资``.

    A careful person takes L as 1-6月累计 (5,000 万元) and leaves K unread (it exceeds L in two rows: it can't be the
    month's figure) — never stores 9,000 / 2,600 as this month's investment."""
    wb, ws = _book("项目")
    _title(ws, JUNE_TITLE, len(TIE_HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(TIE_HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, TIE_HEAD)
    for i, r in enumerate(rows or TIE_ROWS, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / "东镇6月项目.xlsx")


#: the same three projects all started this year (2026-03, -03, -04): 自开工累计 K equals 1-6月累计 L in every row
TIE_ROWS_THIS_YEAR: list[list[Any]] = [
    [*TIE_ROWS[0][:7], D(2026, 3, 2), "是", 3000, 3000], TIE_ROWS[1],
    [*TIE_ROWS[2][:7], D(2026, 4, 8), "是", 800, 800],
]


def tie_since_start_equal_to_cumulative(folder: Path) -> Path:
    """The tie of ``tie_other_column_is_since_start`` where every project started in 2026 (03-02, 03-20, 04-08): K
    自开工累计 = L 1-6月累计 = 3,000, 1,200, 800 in every row. The clerk answers ``L=累计完成投资``.

    A careful person stores 1-6月累计 5,000 万元 and leaves K unread or asks: a month's figure equal to the 1-6月
    cumulative in every row of projects started in March and April is not June's — never stores 3,000 / 1,200 / 800
    as June's investment."""
    return tie_other_column_is_since_start(folder, TIE_ROWS_THIS_YEAR)


# ---- (b) 本月累计 beside 1-5月累计; 当月 on a 1-2月 return ----------------------------------------------------------

HEAD_BENYUE_LEIJI = [*b.PROJ[:-2], "1-5月累计完成投资", "本月累计完成投资"]
#: 1-5月累计 2,400 / 1,000, 本月累计 (= 1-6月) 3,000 / 1,200
ROWS_BENYUE_LEIJI = [[*r[:-2], cum - mon, cum] for r, mon, cum in ((b.EAST[0], 600, 3000), (b.EAST[1], 200, 1200))]


def benyue_leiji_beside_may(folder: Path) -> Path:
    """东镇's June list (``东镇2026年1-6月…``) whose last two columns are ``1-5月累计完成投资`` (2,400 / 1,000) and
    ``本月累计完成投资`` (3,000 / 1,200) — the clerk's 本月累计 is "cumulative to this month", i.e. 1-6月.

    A careful person stores 1-6月累计 3,000 + 1,200 = 4,200 万元 (the month's 600 / 200 being the difference, or left
    unread) — never 2,400 / 1,000 as June's cumulative, never 3,000 / 1,200 as June's month figure."""
    return b._projects(folder / "东镇6月项目.xlsx", JUNE_TITLE, LINE, rows=ROWS_BENYUE_LEIJI, head=HEAD_BENYUE_LEIJI)


HEAD_DANGYUE = [*b.PROJ[:-2], "当月完成投资", "累计完成投资"]
#: 1-2月: 当月 (February) 300 / 100, 累计 (1-2月) 500 / 300
ROWS_FEB = [[*b.EAST[0][:9], D(2025, 11, 2), "是", 300, 500], [*b.EAST[1][:9], D(2025, 12, 20), "是", 100, 300]]


def dangyue_on_jan_feb(folder: Path) -> Path:
    """东镇's 1-2月 list (``东镇2026年1-2月工业项目建设进展情况表``) with ``当月完成投资`` (February's: 300 / 100) and
    ``累计完成投资`` (1-2月: 500 / 300); projects started 2025-11 and 2025-12.

    A careful person stores 2026-02 with 1-2月累计 800 万元 and February's 300 / 100 — 当月 on a 1-2月 return is the
    month column, not something to set aside or to refuse."""
    return b._projects(folder / "东镇2月项目.xlsx", "东镇2026年1-2月工业项目建设进展情况表", LINE, rows=ROWS_FEB,
                       head=HEAD_DANGYUE)


# ---- (c)+(d) targets -------------------------------------------------------------------------------------------------

def _targets(folder: Path, title: str, head: list[str], rows: list[list[Any]]) -> Path:
    wb, ws = _book("目标")
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / "工信局目标任务.xlsx")


def targets_year_columns_whole_year_title(folder: Path) -> Path:
    """工信局's targets titled ``测试县工业倍增计划目标任务（2026年全年）`` with figure columns ``2025年`` | ``2026年``:
    规上工业总产值 亿元 250 | 280, 规上工业增加值增速 % 7.5 | 8 (last year's beside this year's).

    A careful person stores 2026's: 280 亿元 and 8 % (the 2025 column said not read) — never 250 / 7.5 as 2026's."""
    return _targets(folder, "测试县工业倍增计划目标任务（2026年全年）", ["序号", "指标名称", "单位", "2025年", "2026年"],
                    [["规上工业总产值", "亿元", 250, 280], ["规上工业增加值增速", "%", 7.5, 8]])


def targets_adjusted_blank_for_some(folder: Path) -> Path:
    """工信局's targets titled ``测试县2026年工业倍增计划目标任务`` with ``2026年`` | ``2026年调整后``: 规上工业总产值 亿元
    280 | 300, 规上工业增加值增速 % 8 | (blank: not adjusted).

    A careful person stores 300 亿元 (adjusted) and 8 % (no adjustment: the first column stands) — never drops the
    增加值 target silently nor stores it as 0."""
    return _targets(folder, "测试县2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "2026年", "2026年调整后"],
                    [["规上工业总产值", "亿元", 280, 300], ["规上工业增加值增速", "%", 8, None]])


# ---- (d) a plan word next to the period ------------------------------------------------------------------------------

def title_half_year_plan_completion(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年上半年工业项目计划完成情况表`` (the return IS the first half: 1-6月), 当月 600 /
    200, 自年初累计 3,000 / 1,200.

    A careful person takes 2026-06 and 4,200 万元 — 上半年 here is the period, the 计划 is what was completed against."""
    return b._projects(folder / "东镇上半年项目.xlsx", "东镇2026年上半年工业项目计划完成情况表", LINE)
