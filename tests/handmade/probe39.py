"""Hand-made returns of the outside probe p39: returns whose Excel row numbers are easy to get wrong, for the rule
"every figure knows the file, sheet and row it came from" — four title rows over a merged two-row header, hidden rows
above the data, a 续表 sheet whose rows continue, 小计 rows between, one firm per sheet (cards), key：value lines, a
project name wrapped onto the next row, a .xls copy, a cover sheet first, a return in 亿元, a return that leaves its
township and period to the context.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says where a careful person finds each figure (sheet and Excel row as Excel shows them).
County: ``county_full`` (tests/conftest.py); 东镇's project list or 统计局's enterprise list for June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import as_xls
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
LINE = "填报单位：东镇人民政府"
TITLE = "东镇2026年1-6月工业固定资产投资项目进展情况表"

#: the clerk's project columns: 累计 in N (14), 当月 in M (13)
HEAD = ["序号", "项目代码", "项目名称", "建设地点", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
        "年度计划投资", "是否开工", "开工时间", "是否入库纳统", "当月完成投资", "自年初累计完成投资"]
#: 东镇's five projects; 1-6月累计 (万元) 3,100 / 1,250 / 830 / 470 / 2,260 — every figure distinct, so a row that
#: is off by one shows another project's figure
ROWS: list[list[Any]] = [
    ["2603-610599-04-01-390001", "东塬光伏支架生产线项目", "东镇", "新建", "否", "是", 20000, 8000, "是",
     D(2026, 3, 2), "是", 610, 3100],
    ["2603-610599-07-02-390002", "东关饲料车间技改项目", "东镇", "改建和技术改造", "是", "是", 3000, 1500, "是",
     D(2026, 2, 20), "是", 210, 1250],
    ["2510-610599-04-01-390003", "东镇包装材料扩能项目", "东镇", "扩建", "否", "否", 5000, 2000, "是",
     D(2025, 10, 8), "是", 130, 830],
    ["2601-610599-04-01-390004", "东镇农机配件加工项目", "东镇", "新建", "否", "否", 1800, 900, "是",
     D(2026, 1, 12), "是", 70, 470],
    ["2602-610599-07-02-390005", "东镇耐材窑炉改造项目", "东镇", "改建和技术改造", "是", "是", 6000, 3000, "是",
     D(2026, 2, 8), "是", 360, 2260],
]
CUM = [r[-1] for r in ROWS]


def _rows(ws: Worksheet, first: int, rows: list[list[Any]], start_no: int = 1) -> None:
    for i, r in enumerate(rows):
        _put(ws, first + i, 1, [start_no + i, *r])


def _sign(ws: Worksheet, row: int) -> None:
    _put(ws, row, 1, ["填报人：刘敏", None, None, None, "审核人：陈军", None, None, None, "联系电话：0913-3310001"])


def _four_titles_two_row_header(ws: Worksheet, hidden: bool = True) -> int:
    """Rows 1-4 title, 填报单位, 单位, 填报日期; rows 5-6 a merged two-row header (完成投资 over 当月 | 自年初累计);
    rows 7-8 hidden (a 栏次 row and a blank helper row) when ``hidden``.  Returns the first data row."""
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE])
    _put(ws, 3, 1, ["单位：万元"])
    _put(ws, 4, 1, ["填报日期：2026年7月6日"])
    for c, h in enumerate(HEAD[:-2], 1):
        ws.cell(5, c, h)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(5, 13, "完成投资")
    ws.merge_cells(start_row=5, start_column=13, end_row=5, end_column=14)
    _put(ws, 6, 13, ["当月", "自年初累计"])
    if not hidden:
        return 7
    _put(ws, 7, 1, ["甲", "乙", "丙", "丁", "戊", "己", "庚", 1, 2, "辛", "壬", "癸", 3, 4])
    ws.row_dimensions[7].hidden = True
    ws.row_dimensions[8].hidden = True
    return 9


def titles_and_hidden_rows(folder: Path) -> Path:
    """东镇's June list: four title rows, a merged two-row header in rows 5-6, rows 7 (栏次) and 8 (blank) hidden,
    the five projects in Excel rows 9-13 (累计 in N: 3,100 / 1,250 / 830 / 470 / 2,260), the signature in row 15.

    A careful person traces 3,100 to 项目!N9 and 2,260 to 项目!N13."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    first = _four_titles_two_row_header(ws)
    _rows(ws, first, ROWS)
    _sign(ws, first + len(ROWS) + 1)
    return _save(wb, folder / "东镇2026年6月固投项目.xlsx")


def titles_and_hidden_rows_xls(folder: Path) -> Path:
    """The same return as :func:`titles_and_hidden_rows` saved as Excel 97-2003 (.xls): rows 9-13 again."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    first = _four_titles_two_row_header(ws)
    _rows(ws, first, ROWS)
    _sign(ws, first + len(ROWS) + 1)
    return as_xls(wb, folder / "东镇2026年6月固投项目.xls")


def continuation_sheet(folder: Path) -> Path:
    """东镇's June list on two sheets: ``项目`` holds 序号 1-3 in rows 4-6 (title, 填报单位, header above), ``续表``
    (title ``续表``, the header repeated in row 2) holds 序号 4-5 in rows 3-4.

    A careful person traces 470 to 续表!N3 and 2,260 to 续表!N4 — never to 项目!N7 / N8 (rows counted on)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, HEAD)
    _rows(ws, 4, ROWS[:3])
    _put(ws, 7, 1, ["（转下页续表）"])
    xu = wb.create_sheet("续表")
    _title(xu, "续表", len(HEAD))
    _put(xu, 2, 1, HEAD)
    _rows(xu, 3, ROWS[3:], start_no=4)
    _sign(xu, 6)
    return _save(wb, folder / "东镇6月项目（含续表）.xlsx")


def cover_sheet_first(folder: Path) -> Path:
    """A workbook whose first sheet ``封面`` says only who sends what (报送单位, 报送日期, 联系人), the list on the
    second sheet ``固投项目`` (title, 填报单位, header in row 3, the five projects in rows 4-8).

    A careful person traces 3,100 to 固投项目!N4 and 2,260 to 固投项目!N8 (the cover is no table)."""
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    _title(cover, "东镇工业固定资产投资项目进展情况报表", 4)
    for r, line in enumerate(["报送单位：东镇人民政府", "报送期间：2026年1-6月", "报送日期：2026年7月6日",
                              "联系人：刘敏  0913-3310001"], 4):
        _put(cover, r, 1, [line])
    ws = wb.create_sheet("固投项目")
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, HEAD)
    _rows(ws, 4, ROWS)
    _sign(ws, 10)
    return _save(wb, folder / "东镇6月固投（带封面）.xlsx")


def name_wraps_to_next_row(folder: Path) -> Path:
    """The list with header in row 3; the 2nd project's name is typed over two rows — C5 ``东关饲料车间`` with all
    its figures in row 5, C6 ``技改项目`` and nothing else in row 6 — so projects 3-5 are in rows 7-9.

    A careful person traces 1,250 to 项目!N5 (the row whose cells hold it) and 830 to 项目!N7, 2,260 to N9."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, HEAD)
    _rows(ws, 4, ROWS[:1])
    _put(ws, 5, 1, [2, ROWS[1][0], "东关饲料车间", *ROWS[1][2:]])
    _put(ws, 6, 3, ["技改项目"])
    _rows(ws, 7, ROWS[2:], start_no=3)
    _sign(ws, 11)
    return _save(wb, folder / "东镇6月项目（名称折行）.xlsx")


def in_yi(folder: Path) -> Path:
    """The list typed in 亿元 (``单位：亿元`` line, header 自年初累计完成投资（亿元）): rows 4-8 hold 0.31 / 0.125 /
    0.083 / 0.047 / 0.226.

    A careful person stores 3,100 … 2,260 万元 and, tracing 3,100 to 项目!N4, finds 0.31 there: the lineage must say
    the cell was typed in 亿元 (or the figure as typed), else the analyst sees a figure 10,000 times off."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(HEAD) - 2), "单位：亿元"])
    head = [*HEAD[:7], "计划总投资（亿元）", "年度计划投资（亿元）", *HEAD[9:12], "当月完成投资（亿元）",
            "自年初累计完成投资（亿元）"]
    _put(ws, 3, 1, head)
    yi = [[*r[:6], r[6] / 10000, r[7] / 10000, *r[8:11], r[11] / 10000, r[12] / 10000] for r in ROWS]
    _rows(ws, 4, yi)
    _sign(ws, 10)
    return _save(wb, folder / "东镇6月项目进度.xlsx")


def township_and_period_from_context(folder: Path) -> Path:
    """东镇's list with no 建设地点 column (the sender is the township) and the period only in the title
    ``东镇2026年1-6月…``; 填报单位：东镇人民政府; rows 4-8.

    A careful person stores each project on 东镇 for 2026-06, and the lineage says 东镇 came from the sender (not a
    cell of the row) — an analyst looking for 东镇 in row 4 finds no such cell."""
    head = [h for h in HEAD if h != "建设地点"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, TITLE, len(head))
    _put(ws, 2, 1, [LINE, *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    _rows(ws, 4, [[*r[:2], *r[3:]] for r in ROWS])
    _sign(ws, 10)
    return _save(wb, folder / "东镇项目进展.xlsx")


def plain(folder: Path, name: str = "东镇6月项目.xlsx", rows: list[list[Any]] | None = None,
          blank_rows_after: int = 0) -> Path:
    """东镇's plain list: header row 3, the projects from row 4 (``blank_rows_after``: that many note rows after the
    first project, pushing the others down)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, TITLE, len(HEAD))
    _put(ws, 2, 1, [LINE, *[None] * (len(HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, HEAD)
    rows = rows or ROWS
    _rows(ws, 4, rows[:1])
    for k in range(blank_rows_after):
        _put(ws, 5 + k, 3, [f"（说明：第{k + 1}条补充）"])
    _rows(ws, 5 + blank_rows_after, rows[1:], start_no=2)
    _sign(ws, 6 + blank_rows_after + len(rows))
    return _save(wb, folder / name)


#: the corrected list: 东塬光伏 3,100 → 3,400 (当月 610 → 910), with two 说明 rows after it
CORRECTED = [[*ROWS[0][:11], 910, 3400], *ROWS[1:]]


def corrected(folder: Path) -> Path:
    """东镇's corrected June list ``东镇6月项目（更正）.xlsx``: 东塬光伏's 累计 3,400 (was 3,100) in row 4, two 说明
    rows (5, 6), the other four projects in rows 7-10.

    A careful person traces 3,400 to this file's 项目!N4 and 830 to 项目!N8 — never to the first file's rows."""
    return plain(folder, "东镇6月项目（更正）.xlsx", CORRECTED, blank_rows_after=2)


# ---- 统计局's enterprise list ---------------------------------------------------------------------------------------

U = {n: uscc(n) for n in range(3900, 3910)}
ENT = ["序号", "单位详细名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规时间",
       "本月工业总产值", "1-6月工业总产值", "上年同期工业总产值", "1-6月营业收入"]
#: (name, USCC, township, 1-6月 万元) — 1-6月 in column I
FIRMS = [("东方光伏科技有限公司", U[3900], "东镇", 31000), ("东关饲料有限公司", U[3901], "东镇", 20300),
         ("东塬木业有限公司", U[3902], "东镇", 4700),
         ("西岭建材有限公司", U[3903], "西镇", 50900), ("西镇矿业有限公司", U[3904], "西镇", 11300)]


def _firm(ws: Worksheet, row: int, no: int | None, name: str, code: str, town: str, cum: int) -> None:
    _put(ws, row, 1, [no, name, code, town, "1371", "否", "2019-06", cum // 6, cum, round(cum * 0.9),
                      round(cum * 1.05)])


def ent_subtotals_between(folder: Path) -> Path:
    """统计局's June list grouped by township: header row 3, 东镇's three firms rows 4-6, ``东镇小计`` row 7 (56,000),
    西镇's two firms rows 8-9, ``西镇小计`` row 10, ``合计`` row 11.

    A careful person traces 西岭建材's 50,900 to 规上企业!I8 and 西镇矿业's 11,300 to I9 (not rows 7 and 8)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _title(ws, "2026年1-6月全县规模以上工业企业总产值完成情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：测试县统计局", *[None] * (len(ENT) - 2), "单位：万元"])
    _put(ws, 3, 1, ENT)
    row, no = 4, 1
    for town in ("东镇", "西镇"):
        mine = [f for f in FIRMS if f[2] == town]
        for name, code, t, cum in mine:
            _firm(ws, row, no, name, code, t, cum)
            row, no = row + 1, no + 1
        s = sum(f[3] for f in mine)
        _put(ws, row, 1, [f"{town}小计", None, None, None, None, None, None, sum(f[3] // 6 for f in mine), s,
                          sum(round(f[3] * 0.9) for f in mine), sum(round(f[3] * 1.05) for f in mine)])
        row += 1
    _put(ws, row, 1, ["合计", None, None, None, None, None, None, sum(f[3] // 6 for f in FIRMS),
                      sum(f[3] for f in FIRMS), sum(round(f[3] * 0.9) for f in FIRMS),
                      sum(round(f[3] * 1.05) for f in FIRMS)])
    return _save(wb, folder / "统计局2026年6月规上企业（分乡镇小计）.xlsx")


def ent_cards(folder: Path) -> Path:
    """One firm per sheet (``东方光伏`` | ``东关饲料`` | ``西岭建材``): title row 1, 填报单位 row 2, 项目 | 内容 row 3,
    label | value lines from row 4 (统一社会信用代码 4, 企业名称 5, 所属乡镇 6, 行业代码 7, 是否战新 8, 入规年月 9,
    本月工业总产值 10, 1-6月累计工业总产值 11, 上年同期 12, 营业收入 13).

    A careful person traces 东关饲料's 20,300 to 东关饲料!B11 (the row of the figure, not the card's first line)."""
    wb = openpyxl.Workbook()
    first = True
    for sheet, (name, code, town, cum) in zip(("东方光伏", "东关饲料", "西岭建材"), (FIRMS[0], FIRMS[1], FIRMS[3]),
                                                strict=True):
        ws = wb.active if first else wb.create_sheet(sheet)
        ws.title, first = sheet, False
        _title(ws, "2026年1-6月规上工业企业生产情况", 2)
        _put(ws, 2, 1, ["填报单位：县统计局", "单位：万元"])
        _put(ws, 3, 1, ["项目", "内容"])
        lines = [("统一社会信用代码", code), ("企业名称", name), ("所属乡镇", town), ("行业代码", "1371"),
                 ("是否战新", "否"), ("入规年月", "2019-06"), ("本月工业总产值", cum // 6),
                 ("1-6月累计工业总产值", cum), ("上年同期累计工业总产值", round(cum * 0.9)),
                 ("营业收入", round(cum * 1.05))]
        for r, (k, v) in enumerate(lines, 4):
            _put(ws, r, 1, [k, v])
        _put(ws, 15, 1, ["填报人：王某    审核人：李某"])
    return _save(wb, folder / "统计局_企业卡片_2026年6月.xlsx")


def ent_key_value(folder: Path) -> Path:
    """One firm's return as ``标签：值`` lines, one a row in column A: 单位名称 (row 3), 统一社会信用代码 (4), 所在乡镇
    (5), 行业代码 (6), 是否战新 (7), 入规年月 (8), 本月工业总产值（万元） (9), 1-6月工业总产值（万元）：50,900 (10),
    上年同期工业总产值（万元） (11), 1-6月营业收入（万元） (12).

    A careful person traces 50,900 to A10 of the sheet ``企业报表``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业报表"
    _title(ws, "西岭建材有限公司2026年1-6月生产情况", 3)
    name, code, town, cum = FIRMS[3]
    lines = [f"单位名称：{name}", f"统一社会信用代码：{code}", f"所在乡镇：{town}", "行业代码：1371", "是否战新：否",
             "入规年月：2019-06", f"本月工业总产值（万元）：{cum // 6}", f"1-6月工业总产值（万元）：{cum}",
             f"上年同期工业总产值（万元）：{round(cum * 0.9)}", f"1-6月营业收入（万元）：{round(cum * 1.05)}"]
    for r, line in enumerate(lines, 3):
        ws.cell(r, 1, line).alignment = Alignment(horizontal="left")
    _put(ws, 14, 1, ["填报人：赵某  联系电话：0913-5550001"])
    return _save(wb, folder / "西岭建材_2026年6月.xlsx")
