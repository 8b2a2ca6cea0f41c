"""Hand-made returns, round 8: what a workbook SHOWS — columns the clerk hid, rows and figures struck through.

A clerk keeps helper columns (上月累计, 1-5月累计) and hides them instead of deleting them; another strikes a
called-off project through (删除线) so that the county sees what was dropped, or strikes one figure that is no
longer meant.  A file never outranks what it shows: a hidden helper never rivals the visible column it was made
from, a hidden column is read only when it is the one column of its field (with a warning naming it), and what
is struck is never counted in silence.  Each maker writes into ``folder`` and returns the path; its docstring
says what a person reading it takes ("A reader takes: …").

The test county is tests/scenarios_more.write_full_config (townships 东镇 and 西镇, 统计局 …); June 2026.  The .xls
variants are written with xlwt (BIFF8, as Excel 97–2003 and WPS save them): no LibreOffice needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import xlwt
from openpyxl.styles import Font

from tests.handmade.values7 import FAI_HEAD, U, _sheet
from tests.handmade.values7 import D as Day

ENT_HEAD = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "本年累计", "去年同期", "当月",
            "1-5月累计（辅助）", "营业收入累计"]
#: 本年累计 19,100 + 5,180 + 9,720 = 34,000 万元; 去年同期 30,900; 当月 = 本年累计 − the hidden 1-5月累计.
ENT_ROWS: list[list[Any]] = [
    ["岚山秦汉光电科技有限公司", U[81], "东镇", "3825", "是", 19100, 16500, 4000, 15100, 19600],
    ["岚山县天瑞食品有限公司", U[82], "东镇", "1399", "否", 5180, 5800, 1050, 4130, 5300],
    ["陕西岚峰建材有限公司", U[83], "西镇", "3021", "否", 9720, 8600, 1900, 7820, 10100],
]
ENT_TITLE = "县规上工业企业产值月报（2026年1-6月）"


def pcode(n: int) -> str:
    """Series 8xx: none of the other hand-made rounds'."""
    return f"2601-610599-04-01-{800 + n:06d}"


def ent_hidden_helper_xlsx(folder: Path) -> Path:
    """统计局's June return with a hidden helper column 1-5月累计（辅助） (I) beside the visible 本年累计 (F), from
    which the clerk worked out 当月.

    A reader takes: 3 enterprises, 本年累计 19,100 / 5,180 / 9,720 (34,000 万元 = 3.4 亿元), 当月 4,000 / 1,050 /
    1,900; the hidden helper is no figure of the form (a note says it was not read).
    """
    wb, ws = _sheet(ENT_TITLE, [["填报单位：县统计局"], ENT_HEAD])
    for row in ENT_ROWS:
        ws.append(row)
    ws.column_dimensions["I"].hidden = True
    path = folder / "统计局6月产值（含辅助列）.xlsx"
    wb.save(path)
    return path


def ent_hidden_helper_xls(folder: Path) -> Path:
    """The same return saved as .xls (BIFF8), the helper column I hidden there too.

    A reader takes what ``ent_hidden_helper_xlsx`` gives.
    """
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    for r, line in enumerate([[ENT_TITLE], ["填报单位：县统计局"], ENT_HEAD, *ENT_ROWS]):
        for c, value in enumerate(line):
            ws.write(r, c, value)
    ws.col(8).hidden = True
    path = folder / "统计局6月产值（含辅助列）.xls"
    wb.save(str(path))
    return path


FAI_MORE = ["本月完成投资（万元）", "1-6月累计完成投资（万元）"]


def _fai_rows() -> list[list[Any]]:
    return [
        [pcode(1), "东镇饲料扩能项目", "扩建", "否", "是", 3000, 1000, "是", Day(2026, 3, 1), "是", 50, 300],
        [pcode(2), "东镇光伏玻璃项目", "新建", "否", "是", 20000, 5000, "是", Day(2026, 2, 1), "是", 0, 800],
        [pcode(3), "东镇仓储物流项目", "新建", "否", "否", 1000, 500, "是", Day(2026, 4, 1), "是", 50, 200],
    ]


def _fai(title: str = "东镇2026年1-6月工业固定资产投资项目进展情况表") -> tuple[openpyxl.Workbook, Any]:
    wb, ws = _sheet(title, [["填报单位：东镇人民政府"], [*FAI_HEAD, *FAI_MORE]])
    for row in _fai_rows():
        ws.append(row)
    return wb, ws


def fai_only_column_hidden(folder: Path) -> Path:
    """东镇's return whose 1-6月累计完成投资 column (L) the clerk hid after checking it — the one column of that field.

    A reader (who unhides it, or reads the printout of last month) takes: 3 projects, 累计 300 + 800 + 200 = 1,300 万元;
    read, with a warning naming L that a hidden column was read.
    """
    wb, ws = _fai()
    ws.column_dimensions["L"].hidden = True
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（隐藏列）.xlsx"
    wb.save(path)
    return path


def fai_hidden_helper_beside_cumulative(folder: Path) -> Path:
    """东镇's return with a hidden 上月累计（辅助） (M) right of the visible 1-6月累计完成投资 (L).

    A reader takes: 3 projects, 累计 300 + 800 + 200 = 1,300 万元 (the helper 250 / 800 / 150 is not a figure).
    """
    wb, ws = _fai()
    ws.cell(3, 13, "上月累计（辅助）")
    for r, v in zip((4, 5, 6), (250, 800, 150), strict=True):
        ws.cell(r, 13, v)
    ws.column_dimensions["M"].hidden = True
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（辅助列）.xlsx"
    wb.save(path)
    return path


def _struck(ws: Any, row: int, cols: range | None = None) -> None:
    for cell in ws[row]:
        if cols is None or cell.column in cols:
            cell.font = Font(strike=True)


def fai_struck_row_in_the_middle(folder: Path) -> Path:
    """东镇's return with the middle project (row 5, 光伏玻璃, 800) struck through whole: called off, kept in sight.

    A reader takes: 2 live projects, 累计 300 + 200 = 500 万元; row 5 set aside with a warning naming it.
    """
    wb, ws = _fai()
    _struck(ws, 5)
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（中间删除线）.xlsx"
    wb.save(path)
    return path


def fai_struck_name_only(folder: Path) -> Path:
    """东镇's return where only the project's name (B5) is struck through: the clerk's mark that it was dropped.

    A reader takes: 2 live projects, 500 万元; row 5 set aside with a warning naming it.
    """
    wb, ws = _fai()
    _struck(ws, 5, range(2, 3))
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（名称删除线）.xlsx"
    wb.save(path)
    return path


def fai_struck_single_figure(folder: Path) -> Path:
    """东镇's return with one figure struck through: the 计划总投资 of row 4 (F4, 3000), the rest of the row plain.

    A reader cannot tell whether 3,000 still stands: the file is asked about F4 (a problem naming the cell).
    """
    wb, ws = _fai()
    _struck(ws, 4, range(6, 7))
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（单格删除线）.xlsx"
    wb.save(path)
    return path


def fai_struck_row_xls(folder: Path) -> Path:
    """The struck-through middle row in an .xls (BIFF8), as WPS saves it.

    A reader takes: 2 live projects, 500 万元; row 5 set aside with a warning naming it.
    """
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    plain, struck = xlwt.Style.default_style, xlwt.easyxf("font: struck_out on")
    dates, struck_date = xlwt.easyxf(num_format_str="yyyy-mm-dd"), xlwt.easyxf("font: struck_out on",
                                                                               num_format_str="yyyy-mm-dd")
    lines: list[list[Any]] = [["东镇2026年1-6月工业固定资产投资项目进展情况表"], ["填报单位：东镇人民政府"],
                              [*FAI_HEAD, *FAI_MORE], *_fai_rows()]
    for r, line in enumerate(lines):
        for c, value in enumerate(line):
            date = isinstance(value, Day)
            style = (struck_date if date else struck) if r == 4 else (dates if date else plain)
            ws.write(r, c, value, style)
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（删除线）.xls"
    wb.save(str(path))
    return path
