"""Hand-made returns of the outside probe p48: the warehouse as an analyst uses it.  Every figure must know the file
as sent, the sheet and the Excel row a person sees; the same figure must read the same in ``beizeng query``, the
汇总表 and the report draft.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return and where each figure sits.
County: ``county_full`` (tests/conftest.py).  东镇's project list for June 2026, in 东镇's own layout (楷体 title,
填报单位 line, 单位 line in 亿元 or 万元, two-row header, 合计 row, signature footer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book, put, save, title

D = dt.date
KAI = Font(name="楷体_GB2312", size=18, bold=True)


def pcode(n: int) -> str:
    return f"2601-610599-04-01-48{n:04d}"


#: (code, name, nature, 技改, 重点, 总投资, 开工, 开工时间, 纳统, 本月, 1-6月累计) in 万元
PROJECTS: list[list[Any]] = [
    [pcode(1), "东镇光伏组件扩能项目", "新建", "否", "是", 12000, "是", D(2026, 3, 1), "是", 420, 2468],
    [pcode(2), "东关饲料生产线技改项目", "改建和技术改造", "是", "是", 900, "是", D(2025, 5, 6), "是", 130, 1357],
    [pcode(3), "东镇新型建材厂房项目", "新建", "否", "否", 700, "是", D(2026, 2, 1), "是", 55, 311],
    [pcode(4), "东镇风电塔筒配套项目", "扩建", "否", "是", 6000, "是", D(2026, 4, 20), "是", 275, 809],
    [pcode(5), "东镇精细化工中间体项目", "新建", "否", "是", 8000, "是", D(2026, 1, 15), "是", 390, 1734],
]

#: the two header rows: 完成投资 merged over 本月 | 1-6月累计
TOP = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "是否开工", "开工时间",
       "是否入库纳统", "完成投资", None]
SUB = [None] * 10 + ["本月", "1-6月累计"]
N = len(TOP)


def _head(ws: Worksheet, row: int, unit: str) -> None:
    """Title, 填报单位 line, a blank row, the two-row header from ``row``."""
    title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", N, font=KAI)
    put(ws, 2, 1, ["填报单位（盖章）：东镇人民政府", *[None] * (N - 2), f"单位：{unit}"])
    put(ws, row, 1, TOP)
    put(ws, row + 1, 1, SUB)
    for c in range(1, N - 1):
        ws.merge_cells(start_row=row, start_column=c, end_row=row + 1, end_column=c)
    ws.merge_cells(start_row=row, start_column=N - 1, end_row=row, end_column=N)
    for r in (row, row + 1):
        for c in range(1, N + 1):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FFF2CC")
            ws.cell(r, c).alignment = Alignment(horizontal="center", wrap_text=True)


def _money(r: list[Any], scale: float) -> list[Any]:
    out = list(r)
    for i in (5, 9, 10):
        out[i] = round(out[i] / scale, 6)
    return out


def _footer(ws: Worksheet, row: int) -> None:
    put(ws, row, 1, ["填报人：李某", None, None, "联系电话：13909131234", None, None, "审核人：张某"])


def fai_in_yi(folder: Path, name: str = "东镇 6月 项目表.xlsx", rows: list[list[Any]] | None = None) -> Path:
    """东镇's June list typed in 亿元 (单位：亿元): title row 1, 填报单位 row 2, blank row 3, header rows 4–5,
    合计 row 6 on top, the five projects in Excel rows 7–11, a blank row 12, the footer row 13.

    A careful person stores 2,468 + 1,357 + 311 + 809 + 1,734 = 6,679 万元 of 1-6月累计 (0.6679 亿元), each project
    at the Excel row it sits on (7–11, sheet 「6月」), the file named as 东镇 named it."""
    rows = PROJECTS if rows is None else rows
    wb, ws = book("6月")
    _head(ws, 4, "亿元")
    yi = [_money(r, 10000) for r in rows]
    put(ws, 6, 1, ["合计", None, None, None, None, None, round(sum(r[5] for r in yi), 6), None, None, None,
                   round(sum(r[9] for r in yi), 6), round(sum(r[10] for r in yi), 6)])
    for i, r in enumerate(yi, 1):
        put(ws, 6 + i, 1, [i, *r])
    _footer(ws, 6 + len(yi) + 2)
    return save(wb, folder / name)


def fai_hidden_row(folder: Path, name: str = "东镇6月项目（隐藏行）.xlsx") -> Path:
    """东镇's June list in 万元, data in Excel rows 6–10 under a two-row header (rows 3–4) and the 合计 row 5 on top;
    Excel row 8 (project 3, 311 万元) hidden by hand (右键→隐藏), the 合计 still counting it.

    A careful person takes what the sheet shows: four projects at Excel rows 6, 7, 9, 10 (never renumbered: the
    hidden row 8 keeps its number), 6,368 万元; row 8 is said (hidden = deleted, or asked) — never silently counted."""
    wb, ws = book("项目表")
    title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", N, font=KAI)
    put(ws, 2, 1, ["填报单位（盖章）：东镇人民政府", *[None] * (N - 2), "单位：万元"])
    put(ws, 3, 1, TOP)
    put(ws, 4, 1, SUB)
    ws.merge_cells(start_row=3, start_column=N - 1, end_row=3, end_column=N)
    put(ws, 5, 1, ["合计", None, None, None, None, None, sum(r[5] for r in PROJECTS), None, None, None,
                   sum(r[9] for r in PROJECTS), sum(r[10] for r in PROJECTS)])
    for i, r in enumerate(PROJECTS, 1):
        put(ws, 5 + i, 1, [i, *r])
    ws.row_dimensions[8].hidden = True
    _footer(ws, 12)
    return save(wb, folder / name)


def fai_continued(folder: Path, name: str = "东镇6月项目进展（两页）.xlsx") -> Path:
    """东镇's June list in 万元 on two sheets, as printed on two pages: 「项目表」 holds projects 1–3 (Excel rows 5–7
    under a one-row header in row 4, title row 1, 填报单位 row 2, blank row 3), 「项目表（续）」 projects 4–5 under the
    same header repeated in row 2 (a 续表 title in row 1), in Excel rows 3–4, then the 合计 of all five in row 5.

    A careful person stores five projects, 6,679 万元, projects 4 and 5 at sheet 「项目表（续）」 rows 3 and 4."""
    head = [h if h != "完成投资" else "本月完成投资" for h in TOP[:-1]] + ["1-6月累计完成投资"]
    wb, ws = book("项目表")
    title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", N, font=KAI)
    put(ws, 2, 1, ["填报单位（盖章）：东镇人民政府", *[None] * (N - 2), "单位：万元"])
    put(ws, 4, 1, head)
    for i, r in enumerate(PROJECTS[:3], 1):
        put(ws, 4 + i, 1, [i, *r])
    ws2 = wb.create_sheet("项目表（续）")
    put(ws2, 1, 1, ["东镇2026年1-6月工业固定资产投资项目进展情况表（续表）"])
    put(ws2, 2, 1, head)
    for i, r in enumerate(PROJECTS[3:], 4):
        put(ws2, i - 1, 1, [i, *r])
    put(ws2, 5, 1, ["合计", None, None, None, None, None, sum(r[5] for r in PROJECTS), None, None, None,
                    sum(r[9] for r in PROJECTS), sum(r[10] for r in PROJECTS)])
    _footer(ws2, 7)
    return save(wb, folder / name)


#: June's list whose counted 1-6月累计 add up to 2,850 万元 = 0.285 亿元, a half at the second decimal that the
#: double nearest 0.285 (0.28499999…) does not reach: shown 0.29 by a person, 0.28 by a naive float rounding
HALF: list[list[Any]] = [[*r[:9], month, cum] for r, month, cum in zip(
    PROJECTS, (200, 100, 50, 25, 30), (1200, 800, 300, 250, 300), strict=True)]


def fai_half(folder: Path) -> Path:
    """东镇's June list in 亿元 (as :func:`fai_in_yi`) with 1-6月累计 0.12, 0.08, 0.03, 0.025, 0.03 亿元: 工业固投
    2,850 万元 = 0.285 亿元, shown 0.29 亿元 wherever it is shown (四舍五入); 重点项目 (1, 2, 4, 5) 2,550 万元."""
    return fai_in_yi(folder, "东镇6月项目表.xlsx", HALF)


def fai_corrected(folder: Path, name: str = "东镇6月项目表（更正版）.xlsx") -> Path:
    """The 亿元 list resent: project 1's 1-6月累计 0.2468 → 0.2868 亿元 (本月 too), the rest unchanged: 7,079 万元;
    project 1 still on Excel row 7."""
    rows = [list(r) for r in PROJECTS]
    rows[0][9] += 400
    rows[0][10] += 400
    return fai_in_yi(folder, name, rows)


# ---- 招商局's ledger printed on two pages -----------------------------------------------------------------------------

ATT_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "开工日期",
            "总投资（万元）", "本年到位资金（万元）", "责任单位", "进展情况"]
#: (name, investor, chain, township, stage, contacted, signed, landed, started, total, funds this year)
ATT_PAGE1: list[list[Any]] = [
    ["金隅新型材料项目", "金隅新材有限公司", "新型建材", "东镇", "开工", D(2026, 1, 10), D(2026, 2, 20), D(2026, 3, 15),
     D(2026, 4, 20), 30000, 8000],
    ["联星实业高端产业园项目", "联星实业有限公司", "装备制造", "西镇", "签约", D(2026, 2, 1), D(2026, 5, 18), None, None,
     50000, 2000],
]
ATT_PAGE2: list[list[Any]] = [
    ["秦河新材项目", "秦河新材有限公司", "新材料", "西镇", "落户", D(2025, 11, 5), D(2026, 3, 1), D(2026, 4, 10), None,
     20000, 5000],
    ["雄峰实业项目", "雄峰实业有限公司", "精细化工", "东镇", "对接", D(2026, 5, 20), None, None, None, 10000, None],
]


def attraction_two_pages(folder: Path, name: str = "招商局6月招商台账（两页）.xlsx") -> Path:
    """招商局's June ledger printed on two pages, two sheets: 「招商台账」 (title row 1, 填报单位 row 2, header row 3;
    金隅 — landed 2026-03-15 — in Excel row 4, 联星 — only signed — in row 5) and 「招商台账（续）」 (a 续表 title in row 1,
    the header repeated in row 2; 秦河 — landed 2026-04-10 — in row 3, 雄峰 — only contacted — in row 4).

    A careful person counts two projects landed this year (金隅 on 「招商台账」 row 4, 秦河 on 「招商台账（续）」 row 3),
    50,000 万元 of total investment — and, asked where they come from, names exactly those two rows: never 雄峰 on
    the second sheet's row 4 because 金隅 sits on row 4 of the first."""
    wb, ws = book("招商台账")
    title(ws, "测试县2026年1-6月招商引资项目台账", len(ATT_HEAD), font=KAI)
    put(ws, 2, 1, ["填报单位：县招商局", *[None] * (len(ATT_HEAD) - 3), "单位：万元"])
    put(ws, 3, 1, ATT_HEAD)
    for i, r in enumerate(ATT_PAGE1, 1):
        put(ws, 3 + i, 1, [i, *r, "招商局", None])
    ws2 = wb.create_sheet("招商台账（续）")
    put(ws2, 1, 1, ["测试县2026年1-6月招商引资项目台账（续表）"])
    put(ws2, 2, 1, ATT_HEAD)
    for i, r in enumerate(ATT_PAGE2, 3):
        put(ws2, i, 1, [i, *r, "招商局", None])
    put(ws2, 6, 1, ["填报人：孙某", None, "联系电话：13909135555"])
    return save(wb, folder / name)
