"""Hand-made returns of the outside probe p38: what a cell SHOWS against what it HOLDS.

Clerks' workbooks format their cells: a number held in 元 shown in 万 by a scaling format (``0!.0000``, ``0!.0,"万"``,
``#,##0,``), a figure rounded for display (1,234.6 over 1234.5678), a figure hidden by ``;;;``, zero shown as "-",
negatives in red parentheses, codes held as numbers (610 shown 0610 by ``0000``; an 18-digit credit code shown
9.16106E+17), dates held as serials and shown ``2019年6月``, a date format on an amount, 8.5 under a ``0.0%`` format
(shown 850.0%), a formula whose saved result is stale, a figure with a comment ``实为…``, a column 0.5 wide, a figure
yellow on yellow, a figure shown ``####`` in a narrow column.  The project's rule: a file never outranks what it shows
— a clerk checks a return by looking at it in Excel.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician, looking at the sheet, takes from it.  County:
``county_full`` (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from beizeng.base.identifiers import uscc_check_char
from tests.handmade import probe26b as b
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
LINE = "填报单位：东镇人民政府"
JUNE_TITLE = "东镇2026年1-6月工业项目建设进展情况表"
E1, E2, E3 = uscc(381), uscc(382), uscc(383)

# ---- 东镇's June project list (probe26b's columns; H 计划总投资 … M 当月 N 自年初累计; rows 4 and 5) -------------------

def _east(rows: list[list[Any]] | None = None, head: list[str] | None = None) -> tuple[Any, Worksheet]:
    head = head or b.PROJ
    wb, ws = _book("项目")
    _title(ws, JUNE_TITLE, len(head))
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows or b.EAST, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return wb, ws


def fai_held_in_yuan_shown_in_wan(folder: Path) -> Path:
    """东镇's June list, ``单位：万元``.  The clerk pasted 计划总投资 and 自年初累计 from the finance office's sheet in 元
    and made them look like 万元 with a format: H4 200,000,000 ``0!.0,"万"`` (shows 20000.0万), H5 30,000,000 (shows
    3000.0万); N4 30,000,000 and N5 12,000,000 under ``0!.0000`` (shows 3000.0000 and 1200.0000).

    A careful person reads what the sheet shows, in 万元: 总投资 20,000 and 3,000, 1-6月累计 3,000 + 1,200 = 4,200 —
    or asks on H4:N5; never stores 30,000,000 万元 (3,000 亿元) for a township's project."""
    wb, ws = _east()
    for ref, value, fmt in (("H4", 200_000_000, '0!.0,"万"'), ("H5", 30_000_000, '0!.0,"万"'),
                            ("N4", 30_000_000, "0!.0000"), ("N5", 12_000_000, "0!.0000")):
        ws[ref] = value
        ws[ref].number_format = fmt
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_wan_shown_in_yi_and_with_unit(folder: Path) -> Path:
    """东镇's June list, ``单位：万元``, the figures held in 万元 (those of probe26b) but dressed: 计划总投资 H4 20,000 and H5
    3,000 under ``0!.0000"亿元"`` (shows 2.0000亿元 and 0.3000亿元); 自年初累计 N4 3,000 / N5 1,200 under ``0"万元"``
    (shows 3000万元); 年度计划 I4 8,000 / I5 1,500 under ``#,##0.00`` with the column only 3 characters wide (shows
    ####).

    A careful person reads 2 亿元 = 20,000 万元, 3,000 万元 — exactly what is held: 总投资 20,000 + 3,000, 1-6月累计
    4,200, 年度计划 8,000 + 1,500 (#### is a column too narrow, the figure is there)."""
    wb, ws = _east()
    for ref in ("H4", "H5"):
        ws[ref].number_format = '0!.0000"亿元"'
    for ref in ("N4", "N5"):
        ws[ref].number_format = '0"万元"'
    for ref in ("I4", "I5"):
        ws[ref].number_format = "#,##0.00"
    ws.column_dimensions["I"].width = 3
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_display_rounded_dash_and_red_brackets(folder: Path) -> Path:
    """东镇's June list whose amounts carry the finance office's formats: N4 3,000.4567 under ``#,##0.0`` (shows
    3,000.5), N5 1,234.5678 (shows 1,234.6); 当月 M4 0 under the accounting format ``_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ``
    (shows -); M5 −50 under ``0.0_);[Red](0.0)`` (shows (50.0) in red: 统计核减).

    A careful person stores the held figures, unrounded (the shown 3,000.5 is only the display): 1-6月累计
    3,000.4567 + 1,234.5678; 当月 0 and −50 (a 核减, said)."""
    wb, ws = _east()
    ws["N4"], ws["N5"] = 3000.4567, 1234.5678
    ws["M4"], ws["M5"] = 0, -50
    for ref in ("N4", "N5"):
        ws[ref].number_format = "#,##0.0"
    ws["M4"].number_format = '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ '
    ws["M5"].number_format = "0.0_);[Red](0.0)"
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_figure_hidden_by_format(folder: Path) -> Path:
    """东镇's June list whose 自年初累计 N5 holds 1,200 under the format ``;;;`` — the cell shows nothing, on screen or
    on paper (the clerk's way of "keeping" a figure not to be reported yet).

    A careful person sees N5 empty: asks on N5 (a cumulative left blank), never stores 1,200 unseen."""
    wb, ws = _east()
    ws["N5"].number_format = ";;;"
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_figure_yellow_on_yellow(folder: Path) -> Path:
    """东镇's June list whose 自年初累计 N5 1,200 is typed in a yellow font on a yellow fill (FFFF00 on FFFF00: the clerk
    "marked" it and then coloured the text to match) — nothing shows.

    A careful person sees N5 empty: asks on N5, never stores 1,200 unseen (beizeng's rule for white on white)."""
    wb, ws = _east()
    ws["N5"].font = Font(color="FFFFFF00")
    ws["N5"].fill = PatternFill("solid", fgColor="FFFFFF00")
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_date_format_on_an_amount(folder: Path) -> Path:
    """东镇's June list whose 自年初累计 N4 holds 3,000 but carries the date format ``yyyy-mm-dd`` (copied down from
    the 开工时间 column): the cell shows 1908-03-18.

    A careful person cannot read an amount from a date: asks on N4 (or, at the least, reads 3,000 and says so) — never
    stores a date's serial silently as a figure different from 3,000."""
    wb, ws = _east()
    ws["N4"].number_format = "yyyy-mm-dd"
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_stale_formula_result(folder: Path) -> Path:
    """东镇's June list (xlsxwriter, as a WPS with manual calculation saves): 自年初累计 N4 is the formula
    ``=2400+M4`` (1-5月 2,400 + 当月 600 = 3,000) whose saved result is the stale 2,900; N5 a plain 1,200.  Excel
    recalculates on opening (``fullCalcOnLoad``) and shows 3,000.

    A careful person looking at the sheet in Excel reads 3,000 (the formula's own arithmetic) — or asks on N4 where
    the saved result and the formula disagree; never stores 2,900 silently."""
    path = folder / "东镇6月项目.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("项目")
    head = b.PROJ
    ws.merge_range(0, 0, 0, len(head) - 1, JUNE_TITLE)
    ws.write(1, 0, LINE)
    ws.write(1, len(head) - 1, "单位：万元")
    ws.write_row(2, 0, head)
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    for i, r in enumerate(b.EAST, 1):
        for c, v in enumerate([i, *r]):
            if isinstance(v, dt.date):
                ws.write_datetime(2 + i, c, dt.datetime(v.year, v.month, v.day), date_fmt)
            else:
                ws.write(2 + i, c, v)
    ws.write_formula(3, 13, "=2400+M4", None, 2900)
    wb.close()
    return path


def fai_scale_and_unit_disagree(folder: Path) -> Path:
    """东镇's June list, ``单位：万元``, whose 自年初累计 N4 holds 3,000,000 under ``0.0,"万"`` (÷1000, yet says 万: shows
    3000.0万).  A tenth of a 元 is no unit: nobody can tell what the clerk meant — asked on N4, naming both figures."""
    wb, ws = _east()
    ws["N4"] = 3_000_000
    ws["N4"].number_format = '0.0,"万"'
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_formula_recalculated_on_opening(folder: Path) -> Path:
    """东镇's June list (xlsxwriter: saved to be recalculated on opening) whose 自年初累计 N4 is ``=ROUND(2999.6,0)``
    with its right result 3,000 saved: beizeng does not work ROUND out — read as saved, and said on N4."""
    path = folder / "东镇6月项目.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("项目")
    head = b.PROJ
    ws.merge_range(0, 0, 0, len(head) - 1, JUNE_TITLE)
    ws.write(1, 0, LINE)
    ws.write(1, len(head) - 1, "单位：万元")
    ws.write_row(2, 0, head)
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    for i, r in enumerate(b.EAST, 1):
        for c, v in enumerate([i, *r]):
            if isinstance(v, dt.date):
                ws.write_datetime(2 + i, c, dt.datetime(v.year, v.month, v.day), date_fmt)
            else:
                ws.write(2 + i, c, v)
    ws.write_formula(3, 13, "=ROUND(2999.6,0)", None, 3000)
    wb.close()
    return path


def fai_figure_with_a_correcting_comment(folder: Path) -> Path:
    """东镇's June list whose 自年初累计 N5 1,200 carries a comment ``实为1250，待企业确认``.

    A careful person stores 1,200 (what the cell holds and shows) and says the comment on N5 — the sender must know
    the figure reported is 1,200, not 1,250."""
    wb, ws = _east()
    ws["N5"].comment = Comment("实为1250，待企业确认", "刘敏")
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_stale_column_half_a_character_wide(folder: Path) -> Path:
    """东镇's June list with an extra column O ``1-6月累计完成投资`` left from a copy of another sheet, holding 2,400 and
    1,000, narrowed to width 0.5 (not hidden: dragged shut — nothing of it shows); the visible N ``自年初累计完成投资``
    holds 3,000 and 1,200.

    A careful person sees one cumulative column: 3,000 + 1,200 = 4,200 — the shut column never rivals it (as a
    hidden one would not) and is at most said."""
    head = [*b.PROJ, "1-6月累计完成投资"]
    wb, ws = _east([[*r, old] for r, old in zip(b.EAST, (2400, 1000), strict=True)], head)
    ws.column_dimensions["O"].width = 0.5
    return _save(wb, folder / "东镇6月项目.xlsx")


# ---- 统计局's enterprise list ------------------------------------------------------------------------------------------

ENT_HEAD = ["序号", "单位名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规时间", "本月产值",
            "1-6月产值", "上年同期产值", "营业收入"]


def _enterprises(rows: list[list[Any]], unit: str = "单位：万元", head: list[str] = ENT_HEAD) -> tuple[Any, Worksheet]:
    wb, ws = _book("规上企业")
    _title(ws, "测试县2026年1-6月规模以上工业企业主要经济指标", len(head))
    _put(ws, 2, 1, ["填报单位：测试县统计局", *[None] * (len(head) - 2), unit])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return wb, ws


def ent_thousands_shown_from_yuan(folder: Path) -> Path:
    """统计局's list in the 联网直报 unit ``单位：千元``: three small enterprises whose amounts the clerk pasted in 元 and
    formatted ``#,##0,`` (Excel shows thousands): 1-6月产值 2,500,000 / 1,800,000 / 3,200,000 元 shown 2,500 /
    1,800 / 3,200; 上年同期 2,300,000 / 1,700,000 / 3,000,000; 本月 and 营业收入 likewise.

    A careful person reads 2,500 千元 = 250 万元 (and so on): 1-6月产值 250 + 180 + 320 = 750 万元 — or asks; never
    stores 250,000 万元 (25 亿元) for a 250 万元 enterprise."""
    rows = [["东塬农机配件有限公司", E1, "C3576", "东镇", "否", "2019", 420_000, 2_500_000, 2_300_000, 2_600_000],
            ["东关粮油加工有限公司", E2, "C1331", "东关镇", "否", "2018-06", 300_000, 1_800_000, 1_700_000, 1_900_000],
            ["西岭砂石有限公司", E3, "B1019", "西镇", "否", "2020", 550_000, 3_200_000, 3_000_000, 3_300_000]]
    wb, ws = _enterprises(rows, "单位：千元")
    for r in (4, 5, 6):
        for c in "HIJK":
            ws[f"{c}{r}"].number_format = "#,##0,"
    return _save(wb, folder / "2026年1-6月规上工业企业产值（统计局）.xlsx")


def ent_thousands_shown_as_wan(folder: Path) -> Path:
    """统计局's list, ``单位：万元``, the amounts pasted from the 联网直报 export in 千元 and shown in 万元 by the clerk's
    ``0!.0`` (a literal point before the last digit): 1-6月产值 25,000 / 18,000 / 32,000 千元 shown 2500.0 / 1800.0 /
    3200.0; 上年同期 23,000 / 17,000 / 30,000; 本月 and 营业收入 likewise.

    A careful person reads the 万元 the sheet shows: 1-6月产值 2,500 + 1,800 + 3,200 = 7,500 万元 — or asks; never
    stores 75,000 万元, ten times what every cell shows (a plausible size: nothing else would catch it)."""
    rows = [["东塬农机配件有限公司", E1, "C3576", "东镇", "否", "2019", 4_200, 25_000, 23_000, 26_000],
            ["东关粮油加工有限公司", E2, "C1331", "东关镇", "否", "2018-06", 3_000, 18_000, 17_000, 19_000],
            ["西岭砂石有限公司", E3, "B1019", "西镇", "否", "2020", 5_500, 32_000, 30_000, 33_000]]
    wb, ws = _enterprises(rows)
    for r in (4, 5, 6):
        for c in "HIJK":
            ws[f"{c}{r}"].number_format = "0!.0"
    return _save(wb, folder / "2026年1-6月规上工业企业产值（统计局）.xlsx")


def ent_codes_held_as_numbers(folder: Path) -> Path:
    """统计局's list (万元) whose codes were typed as numbers: 行业代码 D4 610 under ``0000`` (shows 0610: 烟煤和无烟煤
    开采洗选), D5 3825 and D6 1331 plain; rows 5 and 6 fine; 信用代码 C4 the all-digit code 916105990000003850 held as
    the number Excel keeps (15 significant digits) and shown ``9.16106E+17``.

    A careful person reads 行业代码 0610 (never 610 nor a refusal of B0610), and cannot read the credit code from
    9.16106E+17: asks on C4, never stores a code Excel rounded."""
    first = "91610599000000385"  # an all-digit code (check digit 0): Excel keeps it as a number
    code = first + uscc_check_char(first)
    assert code.isdigit(), code
    held = round(int(code), -3)  # what Excel keeps of an 18-digit number: 15 significant digits
    rows = [["东塬煤业有限公司", held, 610, "东镇", "否", "2019", 5000, 30000, 25000, 33000],
            ["东方光伏科技有限公司", E2, 3825, "东关镇", "是", "2018-06", 3300, 20000, 22000, 21000],
            ["西岭粮油有限公司", E3, 1331, "西镇", "否", "2020", 8000, 50000, 45000, 52000]]
    wb, ws = _enterprises(rows)
    ws["C4"].number_format = "0.00000E+00"
    ws["D4"].number_format = "0000"
    return _save(wb, folder / "2026年1-6月规上工业企业产值（统计局）.xlsx")


def ent_codes_zero_padded_only(folder: Path) -> Path:
    """统计局's list (万元), the credit codes right, whose 行业代码 D4 is the number 610 under ``0000`` (shows 0610) and
    D5 the number 1331 plain, D6 text ``3021``; 入规时间 G4 the serial 43617 (2019-06-01) under ``yyyy"年"m"月"`` (shows
    2019年6月).

    A careful person stores 行业代码 0610, 1331, 3021 and 入规 2019-06 — what the sheet shows."""
    rows = [["东塬煤业有限公司", E1, 610, "东镇", "否", 43617, 5000, 30000, 25000, 33000],
            ["东关粮油有限公司", E2, 1331, "东关镇", "否", "2018-06", 3300, 20000, 22000, 21000],
            ["西岭建材有限公司", E3, "3021", "西镇", "否", "2020", 8000, 50000, 45000, 52000]]
    wb, ws = _enterprises(rows)
    ws["D4"].number_format = "0000"
    ws["G4"].number_format = 'yyyy"年"m"月"'
    return _save(wb, folder / "2026年1-6月规上工业企业产值（统计局）.xlsx")


# ---- 统计局's city comparison ------------------------------------------------------------------------------------------

CITY_HEAD = ["县区", "规上工业总产值", "上年同期", "产值同比", "增加值增速（%）", "工业固投", "固投上年同期",
             "固投增速（%）", "技改投资", "技改投资上年同期", "技改投资增速（%）"]


def city_percent_formats_mixed(folder: Path) -> Path:
    """The city's table: 产值同比 (no % in the header) holds fractions under ``0.0%`` for 测试县 0.087 and 甲县 0.111
    (shown 8.7%, 11.1%); 增加值增速（%） plain 6.5, 7.2, 5.1 for 测试县, 甲县, 乙县 — but 丙县's E8 holds 8.5 under a
    ``0.0%`` format copied onto it (shown 850.0%).

    A careful person reads 产值同比 8.7 / 11.1 / 7.1 / 7.1 and 增加值增速 6.5 / 7.2 / 5.1, and 850.0% as a slip to ask
    about on E8 — never stores 850 % as 丙县's 增加值增速."""
    wb, ws = _book("全市对比")
    _title(ws, "测试市2026年1-6月各县区主要工业指标对比", len(CITY_HEAD))
    _put(ws, 2, 1, ["单位：万元、%"])
    _put(ws, 3, 1, CITY_HEAD)
    rows = [["全市", 630000, 580000, 0.086, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
            ["测试县", 100000, 92000, 0.087, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
            ["甲县", 200000, 180000, 0.111, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
            ["乙县", 150000, 140000, 0.071, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
            ["丙县", 180000, 168000, 0.071, 8.5, 8300, 8755, -5.2, 1200, 1240, -3.2]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
        ws[f"D{r}"].number_format = "0.0%"
    ws["E8"].number_format = "0.0%"
    return _save(wb, folder / "全市各县区工业指标对比（2026年1-6月）.xlsx")
