"""Hand-made returns of the outside probe p46: a return's life after its first send — refused and resent unchanged
under a new name, refused then fixed, a correction that lists only the changed firms, a version that drops a project
deliberately, May revised after June is loaded, two versions the same day from two clerks, a resend after the county
published, a project list sent as the enterprise form.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``county_full``
(tests/conftest.py).  东镇's project list and 统计局's enterprise return, in the clerks' own layouts (merged title,
填报单位 line, 单位 line, 合计 row, signature footer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade.cells import book, put, save, title
from tests.scenarios import uscc

D = dt.date


def pcode(n: int) -> str:
    return f"2601-610599-04-01-46{n:04d}"


FAI_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "是否开工",
            "开工时间", "是否入库纳统", "本月完成投资", "累计完成投资"]

#: (code, name, nature, 技改, 重点, 总投资, 开工, 开工时间, 纳统, 本月, 1-N月累计) for June; May's 累计 = June's − 本月
FAI_JUNE: list[list[Any]] = [
    [pcode(1), "东镇光伏组件扩能项目", "新建", "否", "是", 10000, "是", D(2026, 3, 1), "是", 500, 3000],
    [pcode(2), "东关饲料生产线技改项目", "改建和技术改造", "是", "是", 1800, "是", D(2025, 5, 6), "是", 200, 1200],
    [pcode(3), "东镇小型仓储项目", "新建", "否", "否", 600, "是", D(2026, 2, 1), "是", 50, 300],
    [pcode(4), "东镇风电配套项目", "扩建", "否", "是", 6000, "是", D(2026, 4, 20), "是", 300, 800],
]


def fai_list(folder: Path, name: str, month: int = 6, rows: list[list[Any]] | None = None,
             line: str | None = None) -> Path:
    """东镇's project list for 2026-``month`` (title ``东镇2026年1-N月工业项目进展情况表``), 合计 row under the data,
    a signature footer; ``line`` written in row 2 instead of the 填报单位 line when given (a 说明)."""
    rows = FAI_JUNE if rows is None else rows
    wb, ws = book("项目")
    title(ws, f"东镇2026年1-{month}月工业项目进展情况表", len(FAI_HEAD))
    put(ws, 2, 1, [line or "填报单位：东镇人民政府", *[None] * (len(FAI_HEAD) - 2), "单位：万元"])
    put(ws, 3, 1, FAI_HEAD)
    for i, r in enumerate(rows, 1):
        put(ws, 3 + i, 1, [i, *r])
    n = 3 + len(rows) + 1
    put(ws, n, 1, ["合计", *[None] * 5, sum(r[5] for r in rows if isinstance(r[5], int | float)), *[None] * 3,
                   sum(r[9] for r in rows if isinstance(r[9], int | float)),
                   sum(r[10] for r in rows if isinstance(r[10], int | float))])
    put(ws, n + 1, 1, ["填报人：周某", None, None, "联系电话：13909130000", None, None, "审核人：吴某"])
    return save(wb, folder / name)


def fai_june_refused(folder: Path, name: str = "东镇6月.xlsx") -> Path:
    """June's list with project 2's 累计完成投资 typed ``待统计`` (no figure) — refused on that cell (M5)."""
    rows = [list(r) for r in FAI_JUNE]
    rows[1][10] = "待统计"
    return fai_list(folder, name, rows=rows)


def fai_june_fixed(folder: Path, name: str = "东镇6月(修改后).xlsx") -> Path:
    """June's list, every figure given: 1-6月累计 3,000 + 1,200 + 300 + 800 = 5,300 万元."""
    return fai_list(folder, name)


def fai_may(folder: Path, name: str = "东镇5月.xlsx", bump: int = 0) -> Path:
    """东镇's May list: 1-5月累计 = June's 累计 − June's 本月 (2,500, 1,000, 250, 500 = 4,250 万元); project 1's
    累计 raised by ``bump`` (a May revision sent in July)."""
    rows = []
    for r in FAI_JUNE:
        may = list(r)
        may[10] = r[10] - r[9]
        may[9] = 100
        rows.append(may)
    rows[0][10] += bump
    rows[0][9] += bump
    return fai_list(folder, name, month=5, rows=rows)


def fai_june_cancelled(folder: Path) -> Path:
    """June's list resent without project 4 (东镇风电配套项目), a 说明 saying it is cancelled: 3 projects, 4,500 万元."""
    return fai_list(folder, "东镇6月（更正）.xlsx", rows=FAI_JUNE[:3],
                    line="说明：东镇风电配套项目已取消，本表删除该项目")


def fai_june_changed(folder: Path, name: str, cum1: int) -> Path:
    """June's list with project 1's 累计完成投资 ``cum1`` (and its 本月 moved by as much)."""
    rows = [list(r) for r in FAI_JUNE]
    rows[0][9] += cum1 - rows[0][10]
    rows[0][10] = cum1
    return fai_list(folder, name, rows=rows)


def fai_as_enterprise_named(folder: Path) -> Path:
    """东镇's June project list, in the file 统计局 meant for its enterprise return (``规上工业企业生产月报6月.xlsx``):
    the contents are a project list, whatever the name says."""
    return fai_list(folder, "规上工业企业生产月报6月.xlsx")


# ---- 统计局's enterprise return: 20 firms ------------------------------------------------------------------------

ENT_HEAD = ["序号", "企业名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新", "入规年月",
            "本月产值", "1-6月累计产值", "上年同期累计", "营业收入"]


def ent_rows() -> list[list[Any]]:
    """20 firms: firm i has 1-6月 1,000 × i 万元 (Σ 210,000), last year 900 × i (Σ 189,000)."""
    return [[f"测试{i:02d}号工业有限公司", uscc(4600 + i), "C3825" if i % 2 else "C1329", "东镇" if i % 2 else "西镇",
             "否", "2018", 150 * i, 1000 * i, 900 * i, 1100 * i] for i in range(1, 21)]


def ent_return(folder: Path, name: str, rows: list[list[Any]] | None = None, line: str | None = None) -> Path:
    """统计局's June return of ``rows`` (all 20 firms when None), 合计 on top, a 说明 ``line`` under the title."""
    rows = ent_rows() if rows is None else rows
    wb, ws = book("规上企业")
    title(ws, "测试县2026年1-6月规模以上工业企业主要经济指标", len(ENT_HEAD))
    put(ws, 2, 1, [line or "填报单位：测试县统计局", *[None] * (len(ENT_HEAD) - 2), "单位：万元"])
    put(ws, 3, 1, ENT_HEAD)
    put(ws, 4, 1, ["合计", *[None] * 6, sum(r[6] for r in rows), sum(r[7] for r in rows), sum(r[8] for r in rows),
                   sum(r[9] for r in rows)])
    for i, r in enumerate(rows, 1):
        put(ws, 4 + i, 1, [i, *r])
    put(ws, 6 + len(rows), 1, ["单位负责人：赵某", None, None, "统计负责人：钱某", None, None, "填表人：孙某"])
    return save(wb, folder / name)


def ent_two_changed(folder: Path) -> Path:
    """统计局's correction holding only firms 3 and 7, their 1-6月 raised by 100 each, no word about the other 18.
    A careful reader: either all 20 firms with two corrected (210,200 万元) or a question — never 2 firms left."""
    rows = ent_rows()
    fixed = [list(rows[2]), list(rows[6])]
    for r in fixed:
        r[7] += 100
        r[6] += 100
    return ent_return(folder, "规上企业6月（更正）.xlsx", fixed)
