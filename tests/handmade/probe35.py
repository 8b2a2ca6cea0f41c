"""Hand-made returns of the outside probe p35: QUARTERLY, YEARLESS and THIRD-YEAR returns sent through the 报送平台 (the
web page) by 东镇's clerk, in the clerk's own style, not beizeng's template:

- a merged title; a second row with 填报单位 (left), 填报日期 typed as text (middle) and 单位：万元 (right);
- a TWO-ROW header: the project columns merged down over both rows, ``完成投资`` merged across over the two amount
  columns (本月 | 1-N月累计 in the clerk's words: 3月 | 一季度累计, 6月 | 1-6月累计 …);
- a 合计 row at the TOP, right under the header (序号 and 项目代码 merged, the word 合计 in the first cell);
- figures over 999 typed as text with a thousands separator (``1,200``), smaller ones as numbers;
- a 备注 line and the signatures (填表人 | 审核人 | 联系电话) in separate cells at the bottom.

Each maker writes into ``folder`` and returns the path.  The day the clerk sends the file is the server's clock,
not the file's: the tests set the upload's date (``tests/test_probe35.py``: ``sent_on``).  A maker's docstring says
what a careful county statistician takes from the return.  County: ``county_full`` (东镇, 西镇; 统计局 …).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title

D = dt.date
#: the project columns, each merged over the two header rows
PROJECT_HEAD = ["序号", "项目代码", "项目名称", "建设地点", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
                "年度计划投资", "是否开工", "开工时间", "是否入库纳统"]
#: 东镇's two projects (without their amounts)
PROJECTS = [["2603-610599-04-01-350001", "东塬光伏支架生产线项目", "东镇", "新建", "否", "是", 20000, 8000, "是",
             D(2026, 3, 2), "是"],
            ["2603-610599-07-02-350002", "东关饲料车间技改项目", "东镇", "改建和技术改造", "是", "是", 3000, 1500, "是",
             D(2026, 2, 20), "是"]]

#: (本月, 1-N月累计) per project, by period
FIGURES: dict[str, list[tuple[int, int]]] = {
    "2026-03": [(300, 1200), (100, 500)],
    "2026-06": [(600, 3000), (200, 1200)],
    "2026-09": [(500, 4800), (100, 1500)],
    "2027-06": [(700, 3500), (300, 1600)],
}


def _txt(v: Any) -> Any:
    """A clerk's figure: 1,200 typed as text, 300 as a number."""
    return f"{v:,}" if isinstance(v, int) and v >= 1000 else v


def _sheet(ws: Worksheet, title: str, sent: str, amounts: list[str], figures: list[list[int]],
           parent: str | None = "完成投资") -> None:
    """One return on ``ws``: title, 填报 line, two-row header (``amounts`` under ``parent``; one row when ``parent``
    is None), the 合计 row on top, the projects, a remark and the signatures."""
    width = len(PROJECT_HEAD) + len(amounts)
    _title(ws, title, width)
    _put(ws, 2, 1, ["填报单位：东镇人民政府（盖章）"])
    _put(ws, 2, 7, [f"填报日期：{sent}"])
    _put(ws, 2, width, ["单位：万元"])
    if parent is None:
        _put(ws, 3, 1, [*PROJECT_HEAD, *amounts])
        first = 4
    else:
        for c, h in enumerate(PROJECT_HEAD, 1):
            ws.cell(3, c, h)
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        ws.cell(3, len(PROJECT_HEAD) + 1, parent).alignment = Alignment(horizontal="center")
        if len(amounts) > 1:
            ws.merge_cells(start_row=3, start_column=len(PROJECT_HEAD) + 1, end_row=3, end_column=width)
        _put(ws, 4, len(PROJECT_HEAD) + 1, amounts)
        first = 5
    totals = [sum(f[k] for f in figures) for k in range(len(amounts))]
    _put(ws, first, 1, ["合计", None, None, None, None, None, None, sum(p[6] for p in PROJECTS),
                        sum(p[7] for p in PROJECTS), None, None, None, *[_txt(t) for t in totals]])
    ws.merge_cells(start_row=first, start_column=1, end_row=first, end_column=2)
    ws.cell(first, 1).font = Font(bold=True)
    for i, (p, f) in enumerate(zip(PROJECTS, figures, strict=True), 1):
        _put(ws, first + i, 1, [i, *[_txt(v) for v in p], *[_txt(v) for v in f]])
        ws.cell(first + i, 11).number_format = "yyyy-mm-dd"
    end = first + len(PROJECTS)
    _put(ws, end + 1, 1, ["备注：投资额按项目单位报送的进度统计。"])
    _put(ws, end + 2, 1, ["填表人：刘敏", None, None, "审核人：陈军", None, None, "联系电话：0913-3310001"])


def _one(folder: Path, name: str, sheet: str, title: str, sent: str, amounts: list[str],
         figures: list[list[int]], parent: str | None = "完成投资") -> Path:
    wb, ws = _book(sheet)
    _sheet(ws, title, sent, amounts, figures, parent)
    return _save(wb, folder / name)


def _pairs(period: str) -> list[list[int]]:
    return [list(f) for f in FIGURES[period]]


# ---- quarterly --------------------------------------------------------------------------------------------------

def first_quarter(folder: Path) -> Path:
    """东镇's ``东镇2026年一季度工业固定资产投资项目进展情况表`` (sheet 一季度, file 东镇一季度项目进展.xlsx, 填报日期
    2026年4月8日), 完成投资 ▸ 3月 | 一季度累计: 300 / 100 and 1,200 / 500.

    A careful person: 一季度 from January is 1-3月 — period 2026-03, 1-3月累计 1,700 万元, March 400."""
    return _one(folder, "东镇一季度项目进展.xlsx", "一季度", "东镇2026年一季度工业固定资产投资项目进展情况表",
                "2026年4月8日", ["3月", "一季度累计"], _pairs("2026-03"))


def first_quarter_corrected(folder: Path) -> Path:
    """``first_quarter`` sent again with one figure corrected: 东关饲料's 一季度累计 600 (was 500), March 200 (was 100).

    A careful person: the second version of 2026-03, 1-3月累计 1,800 万元, the change shown cell by cell."""
    return _one(folder, "东镇一季度项目进展.xlsx", "一季度", "东镇2026年一季度工业固定资产投资项目进展情况表",
                "2026年4月9日", ["3月", "一季度累计"], [[300, 1200], [200, 600]])


def second_quarter_bare(folder: Path) -> Path:
    """东镇's ``东镇2026年第二季度（4-6月）工业项目完成投资情况`` (one-row header) whose only amount is ``完成投资``
    (1,800 / 700): the title says these are April–June's.

    A careful person asks (in Chinese, with the fix) whether 完成投资 is 4-6月 or 1-6月累计, and stores nothing as
    东镇's 1-6月 工业固投 until told: never 2,500 万元 as 1-6月累计."""
    return _one(folder, "东镇二季度完成投资.xlsx", "二季度", "东镇2026年第二季度（4-6月）工业项目完成投资情况",
                "2026年7月6日", ["完成投资"], [[1800], [700]], parent=None)


def two_quarters_one_workbook(folder: Path) -> Path:
    """东镇's workbook 东镇上半年分季度项目.xlsx with TWO returns: sheet 一季度 (``东镇2026年一季度…``, 3月 | 一季度累计:
    300 / 100, 1,200 / 500) and sheet 二季度 (``东镇2026年二季度…``, 6月 | 1-6月累计: 600 / 200, 3,000 / 1,200).

    A careful person: two returns — 2026-03 (1,700 万元) and 2026-06 (4,200 万元), each shown with its period."""
    wb, ws = _book("一季度")
    _sheet(ws, "东镇2026年一季度工业固定资产投资项目进展情况表", "2026年7月6日", ["3月", "一季度累计"], _pairs("2026-03"))
    _sheet(wb.create_sheet("二季度"), "东镇2026年二季度工业固定资产投资项目进展情况表", "2026年7月6日",
           ["6月", "1-6月累计"], _pairs("2026-06"))
    return _save(wb, folder / "东镇上半年分季度项目.xlsx")


# ---- with and without a year --------------------------------------------------------------------------------------

def half_year(folder: Path) -> Path:
    """东镇's ``东镇2026年1-6月工业固定资产投资项目进展情况表`` (file 东镇2026年1-6月项目.xlsx): 6月 | 1-6月累计 600 / 200,
    3,000 / 1,200 — 2026-06, 4,200 万元."""
    return _one(folder, "东镇2026年1-6月项目.xlsx", "1-6月", "东镇2026年1-6月工业固定资产投资项目进展情况表",
                "2026年7月6日", ["6月", "1-6月累计"], _pairs("2026-06"))


def third_quarter_end(folder: Path) -> Path:
    """东镇's ``东镇2026年1-9月工业固定资产投资项目进展情况表``: 9月 | 1-9月累计 500 / 100, 4,800 / 1,500 — 2026-09."""
    return _one(folder, "东镇2026年1-9月项目.xlsx", "1-9月", "东镇2026年1-9月工业固定资产投资项目进展情况表",
                "2026年10月8日", ["9月", "1-9月累计"], _pairs("2026-09"))


def half_year_no_year(folder: Path, figures: str = "2027-06") -> Path:
    """东镇's ``东镇1-6月工业固定资产投资项目进展情况表`` — no year in the title, the sheet (1-6月), the file
    (东镇1-6月项目.xlsx) nor the 填报日期 (``7月8日``): 6月 | 1-6月累计 of ``figures`` (2027's 700 / 300, 3,500 / 1,600
    by default; 2026's 600 / 200, 3,000 / 1,200 to send last year's again).

    A careful person: the year is the one the return was sent in (1-6月 sent in July 2027 is 2027's; sent in January
    2027 it is 2026's), and the page says which year was supplied and why."""
    return _one(folder, "东镇1-6月项目.xlsx", "1-6月", "东镇1-6月工业固定资产投资项目进展情况表", "7月8日",
                ["6月", "1-6月累计"], _pairs(figures))


def half_year_2020(folder: Path) -> Path:
    """东镇's ``东镇2020年1-6月工业固定资产投资项目进展情况表`` (an old file picked by mistake in the upload dialog):
    6月 | 1-6月累计 600 / 200, 3,000 / 1,200.

    A careful person refuses a return six years old arriving among this month's, telling the TOWNSHIP CLERK in plain
    Chinese what to do (send this period's return, or ask the county) — not the administrator's configuration file
    and command line."""
    return _one(folder, "东镇2020年1-6月项目.xlsx", "1-6月", "东镇2020年1-6月工业固定资产投资项目进展情况表",
                "2020年7月6日", ["6月", "1-6月累计"], _pairs("2026-06"))
