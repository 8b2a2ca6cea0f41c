"""Hand-made returns of the outside probe p42: a county's senders change between months — a township renamed
(东镇 → 东城镇), two merged (东镇 + 西镇 → 东西镇, 撤乡并镇), a department renamed (工信局 → 经信局), a 开发区 taking
over a project a township used to report.  The statistician edits beizeng.toml between months (tests/test_probe42.py
says how); these are the clerks' project lists and the bureau's enterprise list, in a style of their own: a merged
title, a 填报单位（盖章） line with 单位：万元 at its right, a two-row header (完成投资 over 本月 | 1-N月累计), a 合计
row, a footer of signatures.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from it.  County: ``county`` (tests/conftest.py:
测试县, 东镇 alias 东关镇, 西镇, 统计局, 工信局).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date

#: row 3 of the two-row header; 完成投资（万元） is merged over the last two columns of row 3 and 本月 | 1-N月累计 under it
HEAD = ["序号", "项目代码", "项目名称", "建设地点", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资（万元）",
        "年度计划投资（万元）", "是否开工", "开工时间", "是否入库纳统", "完成投资（万元）", None]
SUB = ["本月", "1-{m}月累计"]

#: the three projects: (code, name, nature, 技改, 重点, 总投资, 年度计划, 开工时间) — A and B are 东镇's, C is 西镇's
A = ("2503-610599-04-01-420001", "东塬光伏边框生产线项目", "新建", "否", "是", 20000, 8000, D(2025, 3, 2))
B = ("2504-610599-07-02-420002", "东关面粉车间技改项目", "改建和技术改造", "是", "否", 3000, 1500, D(2025, 4, 20))
C = ("2505-610599-04-01-420003", "西岭石材加工项目", "新建", "否", "是", 8000, 4000, D(2025, 5, 8))

#: 1-N月累计 (万元) of each project by period: 东镇 2,800 → 3,400 → 4,200; 西镇 1,500 → 1,200 → 1,800
CUM = {"2025-06": {A: 2000, B: 800, C: 1500},
       "2026-05": {A: 2400, B: 1000, C: 1200},
       "2026-06": {A: 3000, B: 1200, C: 1800}}
MONTH = {"2025-06": {A: 300, B: 100, C: 200}, "2026-05": {A: 500, B: 200, C: 200},
         "2026-06": {A: 600, B: 200, C: 600}}


Maker = Callable[[Path], Path]


def ledger(path: Path, town: str, place: str, period: str, projects: list[tuple[Any, ...]],
           line: str | None = None) -> Path:
    """One township's project list of ``period`` as its clerk makes it: title ``{town}{y}年1-{m}月重点工业项目建设进展
    情况``, 填报单位（盖章）：{line or town人民政府} with 单位：万元 at the row's right, a two-row header, the rows with
    建设地点 = ``place``, a 合计 row, 填报人 / 审核人 / 联系电话 below."""
    y, m = int(period[:4]), int(period[5:])
    wb, ws = _book(f"{m}月")
    width = len(HEAD)
    _title(ws, f"{town}{y}年1-{m}月重点工业项目建设进展情况", width)
    _put(ws, 2, 1, [f"填报单位（盖章）：{line or town + '人民政府'}"])
    _put(ws, 2, width, ["单位：万元"])
    _put(ws, 3, 1, HEAD)
    for c in range(1, width - 1):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=width - 1, end_row=3, end_column=width)
    ws.cell(3, width - 1).alignment = Alignment(horizontal="center")
    _put(ws, 4, width - 1, [SUB[0], SUB[1].format(m=m)])
    r = 5
    for i, p in enumerate(projects, 1):
        code, name, nature, tech, key, total, plan, start = p
        _put(ws, r, 1, [i, code, name, place, nature, tech, key, total, plan, "是", start, "是",
                        MONTH[period][p], CUM[period][p]])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, None, sum(p[5] for p in projects),
                    sum(p[6] for p in projects), None, None, None, sum(MONTH[period][p] for p in projects),
                    sum(CUM[period][p] for p in projects)])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    _put(ws, r + 2, 1, ["填报人：李娜", None, None, "审核人：周强", None, None, None, "联系电话：0913-4420042"])
    return _save(wb, path)


# ---- before: 东镇 and 西镇 as they were ----------------------------------------------------------------------------

def east_2025_06(folder: Path) -> Path:
    """东镇's 1-6月 2025 list: A 2,000 + B 800 = 2,800 万元 (both 纳统) — last year's base for 东镇 (renamed 东城镇)."""
    return ledger(folder / "东镇2025年6月项目进展.xlsx", "东镇", "东镇", "2025-06", [A, B])


def west_2025_06(folder: Path) -> Path:
    """西镇's 1-6月 2025 list: C 1,500 万元."""
    return ledger(folder / "西镇2025年6月项目进展.xlsx", "西镇", "西镇", "2025-06", [C])


def east_2026_05(folder: Path) -> Path:
    """东镇's 1-5月 2026 list: A 2,400 + B 1,000 = 3,400 万元."""
    return ledger(folder / "东镇5月项目进展.xlsx", "东镇", "东镇", "2026-05", [A, B])


def west_2026_05(folder: Path) -> Path:
    """西镇's 1-5月 2026 list: C 1,200 万元."""
    return ledger(folder / "西镇5月项目进展.xlsx", "西镇", "西镇", "2026-05", [C])


# ---- after a rename: 东镇 → 东城镇 --------------------------------------------------------------------------------

def dongcheng_2026_06(folder: Path) -> Path:
    """东城镇's (formerly 东镇) 1-6月 2026 list under its new name: A 3,000 + B 1,200 = 4,200 万元.  Against its own
    1-6月 2025 (东镇's 2,800): 同比 +50%."""
    return ledger(folder / "东城镇6月项目进展.xlsx", "东城镇", "东城镇", "2026-06", [A, B])


def dongcheng_2026_06_old_heading(folder: Path) -> Path:
    """The same June list copied from May's file, the clerk having changed only the figures: title, 填报单位 and
    建设地点 still say 东镇 (the old stamp).  A careful person takes it as 东城镇's June: 4,200 万元."""
    return ledger(folder / "东镇6月项目进展.xlsx", "东镇", "东镇", "2026-06", [A, B])


# ---- after a merge: 东镇 + 西镇 → 东西镇 --------------------------------------------------------------------------

def dongxi_2026_06(folder: Path) -> Path:
    """东西镇's (东镇 + 西镇 merged) 1-6月 2026 list: A 3,000 + B 1,200 + C 1,800 = 6,000 万元.  Its 1-6月 2025 is
    东镇's 2,800 + 西镇's 1,500 = 4,300 (同比 +39.53%); its 1-5月 2026 is 3,400 + 1,200 = 4,600."""
    return ledger(folder / "东西镇6月项目进展.xlsx", "东西镇", "东西镇", "2026-06", [A, B, C])


# ---- a 开发区 reporting a project a township used to report ------------------------------------------------------

def zone_takes_project_a(folder: Path) -> Path:
    """经开区's first list (1-6月 2026): project A (2503-…-420001, 3,000 万元), which 东镇 reported until May."""
    return ledger(folder / "经开区6月项目进展.xlsx", "经开区", "经开区", "2026-06", [A], line="测试县经开区管委会")


def east_2026_06_still_with_a(folder: Path) -> Path:
    """东镇's June list still carrying A beside B (the clerk did not hear that 经开区 reports A now): 4,200 万元.
    With 经开区's list the county has A twice: a careful person counts A once (工业固投 4,200 + C, not 7,200 + C) or
    asks which sender A belongs to."""
    return ledger(folder / "东镇6月项目进展.xlsx", "东镇", "东镇", "2026-06", [A, B])


# ---- 统计局's enterprise list, whose 所属乡镇 lags the rename ------------------------------------------------------

ENT = ["序号", "单位详细名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规时间",
       "本月工业总产值", "1-6月工业总产值", "上年同期工业总产值"]
FIRMS = [("东塬光伏边框有限公司", uscc(4201), 30000, 24000), ("东关面粉有限公司", uscc(4202), 12000, 12000),
         ("西岭石材有限公司", uscc(4203), 18000, 15000)]


def ent_june_old_township_names(folder: Path) -> Path:
    """统计局's 1-6月 2026 list after the rename, 所属乡镇 typed from the bureau's register: 东镇, 东镇, 西镇
    (the register not yet updated).  A careful person: 东城镇 42,000 万元 (4.2 亿元, 同比 16.67% over 36,000),
    西镇 18,000 (20%)."""
    wb, ws = _book("规上企业")
    _title(ws, "2026年1-6月全县规模以上工业企业总产值完成情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：测试县统计局"])
    _put(ws, 2, len(ENT), ["单位：万元"])
    _put(ws, 3, 1, ENT)
    for i, ((name, code, cum, ly), town) in enumerate(zip(FIRMS, ["东镇", "东镇", "西镇"], strict=True), 1):
        _put(ws, 3 + i, 1, [i, name, code, town, "3311", "否", "2019-06", cum // 6, cum, ly])
    return _save(wb, folder / "统计局2026年6月规上企业.xlsx")
