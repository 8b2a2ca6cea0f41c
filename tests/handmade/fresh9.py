"""Hand-made returns, round 9: a hostile round by fresh eyes, made without reading the reader or the schemas.

Each workbook is a return as a township clerk, a department clerk or the statistics bureau makes it by hand in
June 2026, of a class the earlier rounds had not tried: figures typed with their unit in the cell (``3亿元``,
``350万元``, ``25亩``), rates as 0.125 with a % format beside ``12.5%`` and 12.5, negatives written ``−16.3``
(the Unicode minus), ``△3.2`` and ``(20.1)``, ranges and guesses (``3-5亿``, ``约2000``, ``200+``), dates in
words (``2026年3月``, ``二〇二六年四月十日``, ``6月下旬``), Chinese numerals (``五户``, ``贰拾万元``) and
``一 二 三`` as serials, a header repeated after a page break, a table continued on a sheet ``续表``, the period
only in the sheet's tab, a 合计 that does not add up, a figure cell merged over two rows, text numbers with a
leading apostrophe, spaces and Alt+Enter newlines, a sheet protected with a password, an .xlsm, a .csv from WPS
in GBK, a file called ``新建 Microsoft Excel 工作表.xlsx``, nil returns (``本月无新增项目``) and a June return
that still carries May's figures.

Every function writes into ``folder`` and returns the path (or paths); its docstring says what a person reading
the return takes from it ("A reader takes: …") and, where the return is truly ambiguous, what question would be
acceptable instead.  The test county is tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and
西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is
June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.handmade.fresh8 import fai_sheet as _fai_sheet
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(900, 940)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (series 9xx: none of the earlier rounds')."""
    return f"2601-610599-04-01-{900 + n:06d}"


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

ENT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]
ENT_ROWS: list[list[Any]] = [
    [1, "东方光伏科技有限公司", U[900], "东镇", "3825", "是", "2019-05", 5000, 30000, 25000, 33000],
    [2, "东关饲料有限公司", U[901], "东镇", "1329", "否", "2018-06", 3300, 20000, 22000, 21000],
    [3, "西岭建材有限公司", U[902], "西镇", "3021", "否", "2020-01", 8000, 50000, 45000, 52000],
    [4, "西镇矿业有限公司", U[903], "西镇", "1011", "否", "2021-03", 700, 4000, 3000, 4200],
    [5, "东镇风电设备有限公司", U[904], "东镇", "3415", "是", "2022-11", 1000, 6000, 5000, 6100],
]


def _ent_sheet(title: str = "测试县2026年1-6月规上工业企业生产月报") -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "产值"
    _title(ws, title, len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    return wb, ws


def ent_units_typed_in_cells(folder: Path) -> Path:
    """统计局's clerk typed the big figures with their unit, as the monthly briefing writes them: 东方光伏
    1-6月 ``3亿元``, 上年同期 ``2.5亿``, 本月 ``5000万元``; 东关饲料 ``2亿元`` | ``22000万元`` | ``3300万``;
    西岭建材 ``5.0亿`` | ``4.5亿元`` | 8000 (a plain number).  The line above says ``单位：万元``.

    A reader takes (1 亿 = 10,000 万): 30,000 | 25,000 | 5,000; 20,000 | 22,000 | 3,300; 50,000 | 45,000 |
    8,000 万元 — 规上工业总产值 10 亿元, 上年同期 9.2 亿元.  Never 3 万元 for ``3亿元``.
    """
    wb, ws = _ent_sheet()
    rows = [[1, "东方光伏科技有限公司", U[900], "东镇", "3825", "是", "2019-05", "5000万元", "3亿元", "2.5亿", "3.3亿"],
            [2, "东关饲料有限公司", U[901], "东镇", "1329", "否", "2018-06", "3300万", "2亿元", "22000万元", "2.1亿元"],
            [3, "西岭建材有限公司", U[902], "西镇", "3021", "否", "2020-01", 8000, "5.0亿", "4.5亿元", 52000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "统计局2026年6月规上工业产值.xlsx"
    wb.save(path)
    return path


def ent_header_repeated_after_a_page_break(folder: Path) -> Path:
    """A long list printed on two pages: the clerk copied the header row again where page 2 starts (row 7,
    ``序号 | 企业名称 | …`` exactly as row 3), then the last two enterprises.

    A reader takes 5 enterprises (rows 4-6, 8-9): 1-6月 30,000 + 20,000 + 50,000 + 4,000 + 6,000 = 110,000
    万元, 上年同期 100,000.  The repeated header is not an enterprise.
    """
    wb, ws = _ent_sheet()
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ENT_HEAD)
    for r, row in enumerate(ENT_ROWS[3:], 8):
        _put(ws, r, 1, row)
    path = folder / "统计局_2026年6月_规上工业企业生产月报.xlsx"
    wb.save(path)
    return path


def ent_continued_on_a_second_sheet(folder: Path, repeat: bool = False) -> Path:
    """The table is continued on a second sheet, as printed forms are: sheet ``规上企业`` holds the title, the
    header and enterprises 1-3; sheet ``续表`` starts with ``（续表）`` and the same header, then 4-5.

    A reader takes one return of 5 enterprises: 1-6月 110,000 万元, 上年同期 100,000 (2 战新).  Reading only
    the first sheet loses two enterprises (16 亿 → 10 亿 of output): never without saying so.  ``repeat=True``:
    西岭建材 (规上企业's row 6) copied again as 续表's first row (row 3): one enterprise twice, asked.
    """
    wb, ws = _ent_sheet()
    ws.title = "规上企业"
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    ws2 = wb.create_sheet("续表")
    _put(ws2, 1, 1, ["（续表）"])
    _put(ws2, 2, 1, ENT_HEAD)
    for r, row in enumerate([ENT_ROWS[2], *ENT_ROWS[3:]] if repeat else ENT_ROWS[3:], 3):
        _put(ws2, r, 1, row)
    path = folder / "统计局2026年1-6月规上工业企业生产月报.xlsx"
    wb.save(path)
    return path


def ent_continued_without_a_header(folder: Path, shifted: bool = False) -> Path:
    """The table goes on on a sheet ``续表1`` that holds only rows: no title, no header, enterprises 4-5 in the
    same columns as on ``规上企业`` (序号 in A, 企业名称 in B …), starting in row 1.

    A reader takes one return of 5 enterprises: 1-6月 110,000 万元, 上年同期 100,000; 东镇风电设备 is 续表1's
    row 2.  ``shifted=True``: the clerk left out the 序号, so 续表1's names stand in column A (under 序号) and
    every figure one column to the left: which column is which is not sure, and asking is the answer.
    """
    wb, ws = _ent_sheet()
    ws.title = "规上企业"
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    ws2 = wb.create_sheet("续表1")
    for r, row in enumerate(ENT_ROWS[3:], 1):
        _put(ws2, r, 1, row[1:] if shifted else row)
    path = folder / "统计局2026年1-6月规上工业企业生产月报（含续表）.xlsx"
    wb.save(path)
    return path


def ent_continued_with_the_total_on_the_second_page(folder: Path, total: int = 110000) -> Path:
    """Printed on two pages, each a sheet: ``规上企业`` (title, header, enterprises 1-3) and ``第2页`` (the header
    again, enterprises 4-5, then ``合计`` of the whole table: 本月 18,000, 1-6月 ``total``, 上年同期 100,000,
    营业收入 116,300).

    A reader takes 5 enterprises, 1-6月 110,000 万元; the 合计 agrees with them (it is no enterprise).  With
    ``total=10000`` the 合计 counts page 2 only: said as not agreeing with the table's rows.
    """
    wb, ws = _ent_sheet()
    ws.title = "规上企业"
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    ws2 = wb.create_sheet("第2页")
    _put(ws2, 1, 1, ENT_HEAD)
    for r, row in enumerate(ENT_ROWS[3:], 2):
        _put(ws2, r, 1, row)
    _put(ws2, 4, 1, ["合计", None, None, None, None, None, None, 18000, total, 100000, 116300])
    path = folder / "统计局2026年1-6月规上工业企业生产月报（两页）.xlsx"
    wb.save(path)
    return path


def ent_stopped_merged_across_its_figures(folder: Path) -> Path:
    """西岭建材 stopped work: its row has ``停产`` in one cell merged across the four figure columns (H6:K6).

    A reader cannot take its figures: 停产 is 0 this month, but its 1-6月 累计 is whatever it made before; asking
    once on H6, naming H6:K6, is the answer (not four errors, not 0 for the 累计).
    """
    wb, ws = _ent_sheet()
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row if r != 6 else [*row[:7], "停产"])
    ws.merge_cells("H6:K6")
    path = folder / "统计局2026年6月规上工业产值（西岭停产）.xlsx"
    wb.save(path)
    return path


def ent_period_only_in_the_sheet_tab(folder: Path) -> Path:
    """A bare table: no title, no 填报单位 line; the columns say only ``本月产值 | 本年累计产值 | 去年同期累计``;
    the file is ``县统计局规上工业产值.xlsx`` and the month is written only on the sheet's tab: ``2026年6月``.

    A reader takes 2026-06 from the tab: 3 enterprises, 1-6月 100,000 万元, 上年同期 92,000.  A question
    asking for the period is acceptable; filing it under another month is not.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年6月"
    _put(ws, 1, 1, ["企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
                    "本年累计产值", "去年同期累计"])
    for r, row in enumerate(ENT_ROWS[:3], 2):
        _put(ws, r, 1, row[1:10])
    path = folder / "县统计局规上工业产值.xlsx"
    wb.save(path)
    return path


def ent_apostrophes_spaces_and_newlines(folder: Path) -> Path:
    """Figures pasted from the platform's web page and names from a Word table: the figures are text with a
    leading apostrophe (Excel's quote prefix: ``'30000``), one with spaces around it (``  20000 ``), one with a
    trailing Alt+Enter (``50000\\n``); the names broke over two lines in the cell (``东方光伏\\n科技有限公司``); a
    USCC with a space in front.

    A reader takes 3 enterprises 东方光伏科技有限公司 | 东关饲料有限公司 | 西岭建材有限公司 (no line break in the
    names), 1-6月 30,000 | 20,000 | 50,000 = 100,000 万元.
    """
    wb, ws = _ent_sheet()
    rows = [[1, "东方光伏\n科技有限公司", " " + U[900], "东镇", "3825", "是", "2019-05", "5000", "30000", "25000", "33000"],
            [2, "东关饲料\n有限公司", U[901], "东镇", "1329", "否", "2018-06", "3300", "  20000 ", "22000", "21000"],
            [3, "西岭建材有限公司", U[902], "西镇", "3021", "否", "2020-01", "8000", "50000\n", "45000", "52000"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
        for c in range(8, 12):
            ws.cell(r, c).quotePrefix = True
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
    path = folder / "统计局6月规上产值（网页复制）.xlsx"
    wb.save(path)
    return path


def ent_total_row_that_does_not_add_up(folder: Path) -> Path:
    """The clerk typed the 合计 row by hand and did not update it after correcting 西岭建材: 合计 1-6月 reads
    ``110000`` while the rows add up to 100,000 (30,000 + 20,000 + 50,000); 上年同期 合计 92,000 is right.

    A reader takes the rows (100,000 万元) and tells the clerk that 合计 I7 (110,000) does not equal the rows'
    sum (100,000).  Taking 110,000, or saying nothing, is wrong; asking which is right is acceptable.
    """
    wb, ws = _ent_sheet()
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["合计", None, None, None, None, None, None, 16300, 110000, 92000, 106000])
    path = folder / "统计局_2026年6月_规上工业企业生产月报.xlsx"
    wb.save(path)
    return path


def ent_may_then_june_still_carrying_mays_figures(folder: Path) -> tuple[Path, Path]:
    """统计局's May return (title 1-5月: 东方光伏 25,000 | 东关饲料 16,000 | 西岭建材 40,000), then the June return
    made by copying May's file: the title and header say 1-6月 but every figure is May's, left by mistake.

    A reader of both notices June's figures are May's to the digit (a cumulative cannot stand still for three
    enterprises at once): a warning naming the return and the month copied is expected; accepting it in
    silence is wrong.
    """
    paths = []
    for m in (5, 6):
        wb, ws = _ent_sheet(f"测试县2026年1-{m}月规上工业企业生产月报")
        ws.cell(3, 9, f"1-{m}月累计产值")
        ws.cell(3, 11, f"1-{m}月营业收入")
        rows = [[1, "东方光伏科技有限公司", U[900], "东镇", "3825", "是", "2019-05", 4800, 25000, 21000, 27000],
                [2, "东关饲料有限公司", U[901], "东镇", "1329", "否", "2018-06", 3200, 16000, 18000, 17000],
                [3, "西岭建材有限公司", U[902], "西镇", "3021", "否", "2020-01", 7900, 40000, 36000, 41000]]
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / f"统计局_2026年{m}月_规上工业企业生产月报.xlsx"
        wb.save(path)
        paths.append(path)
    return paths[0], paths[1]


def ent_may_then_june_cumulative_only_unchanged(folder: Path) -> tuple[Path, Path]:
    """As ent_may_then_june_still_carrying_mays_figures, but the returns have no 本月 column (企业名称 | 信用代码 |
    乡镇 | 行业代码 | 是否战新 | 入规年月 | 1-N月累计产值 | 上年同期): June's 1-6月 and 上年同期 are May's 1-5月 and
    上年同期 to the digit for all three enterprises.

    A reader notices nothing moved in a month for anyone (neither this year nor last year's same period): a
    warning that the figures equal 1-5月 is expected; accepting it in silence is wrong.
    """
    paths = []
    for m in (5, 6):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "产值"
        _title(ws, f"测试县2026年1-{m}月规上工业企业产值", 8)
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "乡镇", "行业代码", "是否战新", "入规年月", f"1-{m}月累计产值", "上年同期"])
        rows = [["东方光伏科技有限公司", U[905], "东镇", "3825", "是", "2019-05", 25000, 21000],
                ["东关饲料有限公司", U[906], "东镇", "1329", "否", "2018-06", 16000, 18000],
                ["西岭建材有限公司", U[907], "西镇", "3021", "否", "2020-01", 40000, 36000]]
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / f"统计局规上产值2026年{m}月.xlsx"
        wb.save(path)
        paths.append(path)
    return paths[0], paths[1]


def ent_period_in_chinese_numerals(folder: Path) -> Path:
    """The title written as the government's documents write dates: ``测试县二〇二六年一至六月规上工业企业
    生产情况``, the header ``本年累计产值`` (no month), the file ``规上工业企业生产情况.xlsx``.

    A reader takes 2026-06 (一至六月): 3 enterprises, 1-6月 100,000 万元, 上年同期 92,000.
    """
    wb, ws = _ent_sheet("测试县二〇二六年一至六月规上工业企业生产情况")
    ws.cell(3, 9, "本年累计产值")
    ws.cell(3, 11, "本年累计营业收入")
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    path = folder / "规上工业企业生产情况.xlsx"
    wb.save(path)
    return path


def ent_csv_from_wps_in_gbk(folder: Path) -> Path:
    """WPS's 另存为 CSV of the June return: GBK-encoded, CRLF, the title and 填报单位 lines kept as rows with
    trailing commas, figures with thousands separators in quotes (``"30,000"``).

    A reader takes 3 enterprises, 1-6月 100,000 万元, 上年同期 92,000.  Refusing a .csv is acceptable only with
    a Chinese message saying to send the .xlsx; mojibake names are not.
    """
    n = len(ENT_HEAD)
    lines = ["测试县2026年1-6月规上工业企业生产月报" + "," * (n - 1),
             "填报单位：县统计局,,,,,,,,,单位：万元,",
             ",".join(ENT_HEAD)]
    for row in ENT_ROWS[:3]:
        cells = [str(v) for v in row]
        cells[8] = f'"{int(row[8]):,}"'
        lines.append(",".join(cells))
    path = folder / "统计局2026年6月规上工业企业生产月报.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def ent_saved_as_xlsm(folder: Path) -> Path:
    """The clerk's workbook has a macro (it colours the rows), so it is saved as ``.xlsm`` (macro-enabled
    content type); the sheet itself is an ordinary June return of 3 enterprises.

    A reader takes 3 enterprises, 1-6月 100,000 万元.  The macro is never run.
    """
    wb, ws = _ent_sheet()
    for r, row in enumerate(ENT_ROWS[:3], 4):
        _put(ws, r, 1, row)
    plain = folder / "_plain.xlsx"
    wb.save(plain)
    path = folder / "统计局2026年6月规上工业企业生产月报.xlsm"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            dst.writestr(item, data)
    plain.unlink()
    return path


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

CITY_HEAD = ["县区", "规上工业总产值", "上年同期", "产值增速（%）", "增加值增速（%）", "工业固投", "固投上年同期",
             "固投增速（%）", "技改投资", "技改投资上年同期", "技改投资增速（%）"]


def _city_sheet(rows: list[list[Any]]) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全市对比"
    _title(ws, "测试市2026年1-6月各县区主要工业指标对比", len(CITY_HEAD))
    _put(ws, 2, 1, ["单位：万元、%"])
    _put(ws, 3, 1, CITY_HEAD)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def city_negatives_in_four_styles(folder: Path, triangle: bool = True) -> Path:
    """The city's table put together from four counties' mails, each writing a fall its own way: 测试县's 固投
    增速 ``−16.3`` (the Unicode minus U+2212, pasted from a Word report), 甲县's 技改增速 ``△3.2`` (the
    accountant's triangle for a fall), 乙县's 固投增速 ``(20.1)`` typed as text in brackets, 丙县's ``-5.2``
    (a plain minus, as text).

    A reader takes falls of 16.3, 3.2, 20.1 and 5.2 %: 固投增速 测试县 −16.3, 甲县 3.0, 乙县 −20.1, 丙县 −5.2 →
    测试县 ranks 3rd of 4; never a rise of 16.3 (which would rank it 1st).  ``△`` is read as a fall by
    accountants but as a rise by some statistical tables: asking on K6 is acceptable.  ``triangle=False``: 甲县's
    技改增速 typed ``-3.2`` instead.
    """
    wb, _ = _city_sheet([
        ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
        ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, "−16.3", 1200, 1000, 20.0],
        ["甲县", 200000, 180000, 11.1, 7.2, 9000, 8740, 3.0, 1500, 1550, "△3.2" if triangle else "-3.2"],
        ["乙县", 150000, 140000, 7.1, 5.1, 6000, 7510, "(20.1)", 1100, 1000, 10.0],
        ["丙县", 180000, 168000, 7.1, 4.0, 8300, 8755, "-5.2", 1200, 1240, -3.2]])
    path = folder / "全市各县区工业指标对比2026年6月.xlsx"
    wb.save(path)
    return path


def city_rates_in_three_styles(folder: Path) -> Path:
    """The growth columns pasted from three sources: 产值增速 of 测试县 ``8.7%`` (text), 甲县 0.111 with a ``0.0%``
    number format (Excel shows 11.1%), 乙县 7.1 (plain), 丙县 ``7.1 %``; 增加值增速 of 测试县 0.065 (format
    ``0.0%``), 甲县 ``7.2%``, 乙县 5.1, 丙县 ``4%``.

    A reader takes the percentages Excel shows: 产值增速 8.7 | 11.1 | 7.1 | 7.1, 增加值增速 6.5 | 7.2 | 5.1 | 4 —
    测试县 ranks 2nd by 增加值增速.  0.065 read as 0.065 % (last of four) is a silent wrong rank.
    """
    wb, ws = _city_sheet([
        ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
        ["测试县", 100000, 92000, "8.7%", 0.065, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 200000, 180000, 0.111, "7.2%", 9000, 8740, 3.0, 1500, 1550, -3.2],
        ["乙县", 150000, 140000, 7.1, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
        ["丙县", 180000, 168000, "7.1 %", "4%", 8300, 8755, -5.2, 1200, 1240, -3.2]])
    ws["E5"].number_format = "0.0%"
    ws["D6"].number_format = "0.0%"
    path = folder / "全市各县区工业指标对比（2026年1-6月）.xlsx"
    wb.save(path)
    return path


def city_county_not_published_merged_across(folder: Path) -> Path:
    """丙县's figures were not out when the table was made: its row has ``数据暂未公布`` in one cell merged across
    all the figure columns (B8:K8); the other rows are complete.

    A reader takes 5 rows, 丙县 with no figures (ranks among the three counties that have them: 测试县 2nd of
    3 by 增加值增速 6.5 after 甲县 7.2, before 乙县 5.1).  Refusing the table for 丙县, or reading 0 for it, is
    wrong; asking on B8 is acceptable only if the fix is "leave empty".
    """
    wb, ws = _city_sheet([
        ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
        ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 200000, 180000, 11.1, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
        ["乙县", 150000, 140000, 7.1, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
        ["丙县", "数据暂未公布"]])
    ws.merge_cells("B8:K8")
    ws["B8"].alignment = Alignment(horizontal="center")
    path = folder / "全市各县区工业指标对比2026年1-6月（丙县未报）.xlsx"
    wb.save(path)
    return path


def city_county_not_published_in_one_cell(folder: Path, merged_dash: bool = False) -> Path:
    """丙县's row has ``暂未公布`` typed in B8 only, C8:K8 left blank.  ``merged_dash=True``: a ``—`` merged
    across B8:K8 instead.

    A reader takes 5 rows, 丙县 with no figures (not 0): 测试县 2nd of 3 by 增加值增速; one word about 丙县.
    """
    wb, ws = _city_sheet([
        ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
        ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 200000, 180000, 11.1, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
        ["乙县", 150000, 140000, 7.1, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
        ["丙县", "—" if merged_dash else "暂未公布"]])
    if merged_dash:
        ws.merge_cells("B8:K8")
    path = folder / f"全市各县区工业指标对比2026年1-6月{'（丙县—）' if merged_dash else '（丙县暂未公布）'}.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

def fai_nil_return_one_line(folder: Path) -> Path:
    """西镇 has no industrial project this year: its June return is the usual title, 填报单位 line and header,
    then one line merged across the table: ``本月无新增项目，无在建工业固定资产投资项目。`` and the footer.

    A reader takes a valid nil return: 西镇, 2026-06, no projects (西镇's 工业固投 is 0, and 西镇 has reported).
    Refusing it, or asking the clerk to fill rows, is wrong.
    """
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    ws.cell(4, 1, "本月无新增项目，无在建工业固定资产投资项目。")
    ws.merge_cells("A4:N4")
    _put(ws, 6, 1, ["填报人：刘某", None, None, "联系电话：0913-2222222", None, None, "审核人：赵西"])
    path = folder / "西镇6月工业投资报表.xlsx"
    wb.save(path)
    return path


def fai_nil_return_without_a_table(folder: Path) -> Path:
    """东镇's nil return made in a hurry: no table at all, only the title ``东镇2026年6月工业固定资产投资项目
    月报`` and, in A3, ``我镇本月无工业固定资产投资项目，特此说明。`` with the date line ``2026年7月5日``.

    A reader takes a nil return of 东镇 for 2026-06.  Asking to send it on the template is acceptable only if
    the message says the file was seen as a nil return; "表头找不到" is not something the clerk can act on.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "东镇2026年6月工业固定资产投资项目月报", 6)
    ws["A3"] = "我镇本月无工业固定资产投资项目，特此说明。"
    ws["A5"] = "东关镇人民政府"
    ws["A6"] = "2026年7月5日"
    path = folder / "东镇6月固投月报.xlsx"
    wb.save(path)
    return path


def fai_guesses_and_ranges(folder: Path) -> Path:
    """东镇's projects where the plan is not yet firm: 东镇甲's 计划总投资 ``约2000``, its 年度计划投资 ``200+``;
    东镇乙's 计划总投资 ``3-5亿`` (a range in 亿), 年度计划投资 ``5000万``; the completed investment is exact
    (甲 1-6月 150, 乙 1-6月 600, 本月 50 | 100).

    A reader takes the completed investment (750 万元) and cannot take ``3-5亿`` as one figure: asking on G5
    (write one figure in 万元) is right.  ``约2000`` → 2,000 and ``200+`` → 200 with a word are acceptable; 3,
    5, 35, 30,000 or 50,000 for the range in silence are wrong.
    """
    wb, ws = _fai_sheet("东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    _put(ws, 4, 1, [1, pcode(1), "东镇甲农机配件项目", "新建", "否", "否", "约2000", "200+", "是", D(2026, 4, 1), "是", 50, 150])
    _put(ws, 5, 1, [2, pcode(2), "东镇乙光伏玻璃项目", "新建", "否", "是", "3-5亿", "5000万", "是", D(2026, 5, 1), "是", 100,
                    600])
    path = folder / "东镇2026年6月工业投资项目.xlsx"
    wb.save(path)
    return path


def fai_figure_cell_merged_over_two_rows(folder: Path) -> Path:
    """西镇's project built in two phases on two rows: 建设性质 ``新建`` merged over both (D4:D5), and its
    年度计划投资 ``2000`` merged over both (H4:H5) — one plan for the two phases; each phase has its own 计划总投资
    (6,000 | 4,000) and 1-6月 (500 | 300).  A third project below is plain (计划 3,000, 年度 1,000, 1-6月 200).

    A reader takes 新建 for both phases, 1-6月 500 + 300 + 200 = 1,000 万元, and the year's plan 2,000 + 1,000
    = 3,000 万元 — never 2,000 counted for each phase (5,000).  Asking on H4:H5 is acceptable.
    """
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    _put(ws, 4, 1, [1, pcode(3), "西镇陶瓷产业园项目（一期）", "新建", "否", "是", 6000, 2000, "是", D(2026, 3, 1), "是", 100, 500])
    _put(ws, 5, 1, [2, pcode(4), "西镇陶瓷产业园项目（二期）", None, "否", "是", 4000, None, "是", D(2026, 5, 10), "是", 80, 300])
    ws.merge_cells("D4:D5")
    ws.merge_cells("H4:H5")
    _put(ws, 6, 1, [3, pcode(5), "西镇建材技改项目", "改建和技术改造", "是", "否", 3000, 1000, "是", D(2026, 2, 20), "是", 50, 200])
    path = folder / "西镇6月工业投资报表.xlsx"
    wb.save(path)
    return path


def fai_dates_in_words(folder: Path, unpinned: bool = True) -> Path:
    """东镇's 开工日期 typed as people say them: ``2026年3月`` (month only), ``二〇二六年四月十日`` (in
    Chinese numerals), ``6月下旬`` (a third of a month, no year), ``3.15`` (no year).

    A reader takes: started in 2026-03 (day unknown), on 2026-04-10, in late June 2026, on 2026-03-15; every
    project is started.  A date the reader cannot pin (``6月下旬``) may be asked or kept at month precision with
    a word; a date in another year, or a project made "not started", is wrong.  ``unpinned=False``: the last two
    typed ``2026-06-25`` and ``2026.3.15``.
    """
    wb, ws = _fai_sheet("东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    rows = [[1, pcode(6), "东镇甲饲料加工项目", "新建", "否", "是", 3000, 1000, "是", "2026年3月", "是", 50, 300],
            [2, pcode(7), "东镇乙光伏支架项目", "新建", "否", "是", 5000, 2000, "是", "二〇二六年四月十日", "是", 100, 400],
            [3, pcode(8), "东镇丙仓储项目", "扩建", "否", "否", 2000, 800, "是", "6月下旬" if unpinned else "2026-06-25", "否", 60, 60],
            [4, pcode(9), "东镇丁包装技改项目", "改建和技术改造", "是", "否", 1500, 600, "是", "3.15" if unpinned else "2026.3.15", "是", 40, 200]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "东镇工业投资月报2026年6月.xlsx"
    wb.save(path)
    return path


def fai_month_written_back_as_negatives(folder: Path) -> Path:
    """东镇's statistics audit took back part of May's investment, so two 本月完成投资 are negative: ``−50`` (the
    Unicode minus, pasted from the audit notice) and ``(30)`` (brackets, typed as text); the 1-6月 cumulatives
    already reflect it (甲 1,150, 乙 570).  A third project is ordinary (本月 100, 1-6月 400).

    A reader takes 本月 −50 | −30 | 100 and 1-6月 1,150 | 570 | 400 (2,120 万元).  A word about negative
    months is welcome; 50 and 30 as additions (a month of +80 that never happened) are wrong.
    """
    wb, ws = _fai_sheet("东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东镇人民政府")
    rows = [[1, pcode(17), "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", "−50", 1150],
            [2, pcode(18), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", "(30)",
             570],
            [3, pcode(19), "东镇丙仓储项目", "新建", "否", "否", 2000, 800, "是", D(2026, 5, 1), "是", 100, 400]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "东镇6月工业投资（核减）.xlsx"
    wb.save(path)
    return path


def fai_protected_sheet(folder: Path) -> Path:
    """西镇's return on a sheet protected with a password (审阅 → 保护工作表, so nobody changes the formulas
    by mistake); the file itself is not encrypted and opens without a password.

    A reader takes 2 projects: 西镇甲 1-6月 800, 西镇乙 (技改) 450 — 1,250 万元.
    """
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    _put(ws, 4, 1, [1, pcode(10), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150, 800])
    _put(ws, 5, 1, [2, pcode(11), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2), "是",
                    100, 450])
    ws.protection.sheet = True
    ws.protection.password = "xz2026"
    path = folder / "西镇2026年6月固投项目（已锁定）.xlsx"
    wb.save(path)
    return path


def fai_file_named_new_workbook(folder: Path) -> Path:
    """东镇's return saved under the name Windows gives a new file: ``新建 Microsoft Excel 工作表.xlsx``; the
    sheet is ``Sheet1``; the title and 填报单位 say who and when.

    A reader takes 东镇, 2026-06, 2 projects: 1-6月 1,200 + 600 = 1,800 万元 (技改 600).
    """
    wb, ws = _fai_sheet("东镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：东关镇人民政府")
    ws.title = "Sheet1"
    _put(ws, 4, 1, [1, pcode(12), "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, 4000, "是", D(2026, 3, 1), "是", 200, 1200])
    _put(ws, 5, 1, [2, pcode(13), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, 1200, "是", D(2026, 4, 1), "是", 100,
                    600])
    path = folder / "新建 Microsoft Excel 工作表.xlsx"
    wb.save(path)
    return path


def fai_serials_in_chinese_numerals(folder: Path) -> Path:
    """西镇 numbers its projects 一 二 三 in the 序号 column (no 、 after them), each on a full project row.

    A reader takes 3 projects, not 3 section headings: 1-6月 800 + 450 + 200 = 1,450 万元 (技改 450).
    """
    wb, ws = _fai_sheet("西镇2026年1-6月工业固定资产投资项目进展情况", "填报单位：西镇人民政府")
    rows = [["一", pcode(14), "西镇甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是", 150, 800],
            ["二", pcode(15), "西镇乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是", D(2026, 4, 2), "是", 100,
             450],
            ["三", pcode(16), "西镇丙石材加工项目", "新建", "否", "否", 2000, 600, "是", D(2026, 5, 6), "是", 200, 200]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "西镇6月工业投资报表.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局), 招商引资项目台账 (招商局)
# ---------------------------------------------------------------------------------------------

CULT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金"]


def _cult_sheet() -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "测试县2026年企业培育台账（截至6月底）", len(CULT_HEAD))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, CULT_HEAD)
    return wb, ws


def cultivation_grants_in_words_and_units(folder: Path, capitals: bool = True) -> Path:
    """工信局's ledger with the grants as the award notices write them: ``20万元``, ``贰拾万元`` (the capital
    numerals of a payment order), ``5万``, ``0.01亿元``; status dates ``2026年3月15日`` and ``二〇二六年四月十日``.

    A reader takes grants 20, 20, 5 and 100 万元 (145 in all) and dates 2026-03-15, 2026-04-10.  Asking on the
    capital-numeral cell is acceptable; 0.01 万元 for ``0.01亿元`` is wrong.  ``capitals=False``: the second
    grant typed ``20万元``.
    """
    wb, ws = _cult_sheet()
    rows = [[1, "东镇光电科技有限公司", U[910], "东镇", "高新技术企业", "已认定", "2026年3月15日", "王某", "20万元"],
            [2, "西镇机械制造有限公司", U[911], "西镇", "高新技术企业", "已认定", "二〇二六年四月十日", "赵某", "贰拾万元" if capitals else "20万元"],
            [3, "东镇软件信息有限公司", U[912], "东镇", "科技型中小企业", "已认定", D(2026, 5, 8), "王某", "5万"],
            [4, "西镇新材料有限公司", U[913], "西镇", "专精特新小巨人", "已认定", D(2026, 6, 1), "县长", "0.01亿元"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "工信局企业培育台账2026年6月.xlsx"
    wb.save(path)
    return path


def cultivation_two_types_in_one_cell(folder: Path) -> Path:
    """One enterprise holding two titles written in one cell: 东镇光电's 培育类型 ``高新技术企业、科技型中小企业``
    (both 已认定 2026-03-15); the other two rows have one type each.

    A reader takes 东镇光电 as both a 高新技术企业 and a 科技型中小企业 (4 entries in all), or asks on E4 to
    put each type on its own row.  Taking only the first type, or refusing without naming E4, is wrong.
    """
    wb, ws = _cult_sheet()
    rows = [[1, "东镇光电科技有限公司", U[914], "东镇", "高新技术企业、科技型中小企业", "已认定", D(2026, 3, 15), "王某", None],
            [2, "西镇机械制造有限公司", U[915], "西镇", "高新技术企业", "申报中", D(2026, 5, 20), "赵某", None],
            [3, "东镇新材料有限公司", U[916], "东镇", "拟入规", "培育中", None, "王某", None]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "工信局企业培育台账6月.xlsx"
    wb.save(path)
    return path


ATT_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "总投资", "本年到位资金", "进展情况"]


def _att_sheet() -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "测试县2026年1-6月招商引资项目台账", len(ATT_HEAD))
    _put(ws, 2, 1, ["填报单位：县招商局", None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ATT_HEAD)
    return wb, ws


def attraction_amounts_in_yi_typed_in_cells(folder: Path) -> Path:
    """招商局's ledger where the amounts are typed as the signing news says them, under a ``单位：万元`` line:
    总投资 ``5亿元``, ``1.2亿``, ``8000万元``; 本年到位资金 ``2亿``, 0, ``3000万``.

    A reader takes 总投资 50,000 | 12,000 | 8,000 万元 (7 亿元), 到位 20,000 | 0 | 3,000 万元 (2.3 亿元).
    ``5亿元`` read as 5 万元 is the worst outcome (silently 10,000 times too small).
    """
    wb, ws = _att_sheet()
    rows = [[1, "光伏组件项目", "某光伏集团", "光伏新能源", "东镇", "开工", D(2026, 3, 1), "5亿元", "2亿", "6月开工"],
            [2, "饲料深加工项目", "某农牧公司", "涉农加工", "西镇", "签约", D(2026, 4, 1), "1.2亿", 0, "办理手续"],
            [3, "新型墙材项目", "某建材公司", "新型建材", "西镇", "落户", D(2026, 3, 1), "8000万元", "3000万", "土地挂牌"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "招商局招商引资台账2026年6月.xlsx"
    wb.save(path)
    return path


def attraction_titled_first_half_year(folder: Path) -> Path:
    """招商局's ledger titled ``测试县2026年上半年招商引资项目台账`` (上半年 = 1-6月), the file
    ``上半年招商台账.xlsx``; plain figures in 万元.

    A reader takes 2026-06: 3 projects, 总投资 70,000 万元, 到位 23,000 万元.
    """
    wb, ws = _att_sheet()
    ws.cell(1, 1, "测试县2026年上半年招商引资项目台账")
    rows = [[1, "光伏组件项目", "某光伏集团", "光伏新能源", "东镇", "开工", D(2026, 3, 1), 50000, 20000, "6月开工"],
            [2, "饲料深加工项目", "某农牧公司", "涉农加工", "西镇", "签约", D(2026, 4, 1), 12000, 0, "办理手续"],
            [3, "新型墙材项目", "某建材公司", "新型建材", "西镇", "落户", D(2026, 3, 1), 8000, 3000, "土地挂牌"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "上半年招商台账.xlsx"
    wb.save(path)
    return path


def attraction_ranges_and_guesses(folder: Path) -> Path:
    """Projects still being negotiated: 总投资 ``3-5亿`` (a range), ``约2亿``, ``10亿以上``; 到位资金 0 each;
    a fourth, signed, has 总投资 6000.

    A reader cannot take one figure for ``3-5亿`` or ``10亿以上``: asking on H4 and H6 (write one figure, in
    万元) is right; ``约2亿`` → 20,000 with a word is acceptable.  Any figure made up for the range is wrong.
    """
    wb, ws = _att_sheet()
    rows = [[1, "锂电池材料项目", "某新能源公司", "光伏新能源", "东镇", "对接", None, "3-5亿", 0, "洽谈中"],
            [2, "精细化工中间体项目", "某化工公司", "精细化工", "西镇", "对接", None, "约2亿", 0, "考察"],
            [3, "储能电站项目", "某能源集团", "光伏新能源", "东镇", "对接", None, "10亿以上", 0, "初步接洽"],
            [4, "面粉加工项目", "某粮油公司", "涉农加工", "西镇", "签约", D(2026, 5, 20), 6000, 0, "已签约"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "招商局2026年6月在谈项目.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局), 目标任务 and 进展说明 (工信局)
# ---------------------------------------------------------------------------------------------

def factors_land_with_units_in_cells(folder: Path) -> Path:
    """自然资源局's land register with the unit typed into each cell: 面积 ``25亩``, ``12.5 亩``, ``8亩``;
    成交价款 ``750万元``, ``375万``, 240.

    A reader takes 3 parcels, 45.5 亩, 1,365 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["序号", "地块名称", "电子监管号", "供地日期", "所在乡镇", "供地面积", "成交价款"])
    rows = [[1, "东镇光伏产业园地块", "DZ2026-91", D(2026, 3, 5), "东镇", "25亩", "750万元"],
            [2, "西镇建材园地块", "XZ2026-92", D(2026, 5, 18), "西镇", "12.5 亩", "375万"],
            [3, "东镇农产品加工地块", "DZ2026-93", D(2026, 6, 2), "东镇", "8亩", 240]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "自然资源局工业用地供应2026年6月.xlsx"
    wb.save(path)
    return path


def factors_nil_land_return(folder: Path) -> Path:
    """自然资源局 supplied no industrial land in the first half: the usual title and header, then one row
    ``2026年1-6月无工业用地供应`` merged across.

    A reader takes a valid nil return of 自然资源局 for 2026-06: 0 宗, 0 亩.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["序号", "地块名称", "电子监管号", "供地日期", "所在乡镇", "供地面积（亩）", "成交价款（万元）"])
    ws["A4"] = "2026年1-6月无工业用地供应"
    ws.merge_cells("A4:G4")
    path = folder / "自然资源局工业用地供应2026年6月.xlsx"
    wb.save(path)
    return path


def targets_rates_in_three_styles(folder: Path, yi_typed: bool = True) -> Path:
    """工信局's targets with the growth targets written three ways: 规上工业增加值增速 0.08 with a ``0%`` format
    (Excel shows 8%), 工业固定资产投资增速 ``10%`` (text), 技改投资增速 12 (plain, unit ``%``); 规上工业总产值
    ``24亿`` in a 年度目标 column (unit ``亿元``).

    A reader takes 2026: output 24 亿元, 增加值增速 8 %, 固投增速 10 %, 技改增速 12 %.  0.08 % is wrong.  ``yi_typed=False``: the
    output target typed 24.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增计划目标任务", 3)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["指标名称", "单位", "年度目标"])
    _put(ws, 4, 1, ["规上工业总产值", "亿元", "24亿" if yi_typed else 24])
    _put(ws, 5, 1, ["规上工业增加值增速", "%", 0.08])
    ws["C5"].number_format = "0%"
    _put(ws, 6, 1, ["工业固定资产投资增速", "%", "10%"])
    _put(ws, 7, 1, ["技改投资增速", "%", 12])
    path = folder / "工信局2026年目标任务.xlsx"
    wb.save(path)
    return path


def targets_counts_in_chinese_numerals(folder: Path) -> Path:
    """Counts written as words: 新增规上工业企业 ``五户``, 新增绿色工厂 ``一家``; 规上工业总产值 24 (亿元).

    A reader takes 5 户, 1 家 and 24 亿元.  Asking on the word cells is acceptable; 0 is wrong.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增计划目标任务", 3)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["指标名称", "单位", "年度目标"])
    _put(ws, 4, 1, ["规上工业总产值", "亿元", 24])
    _put(ws, 5, 1, ["新增规上工业企业", "户", "五户"])
    _put(ws, 6, 1, ["新增绿色工厂", "户", "一家"])
    path = folder / "工信局2026年目标任务（户数）.xlsx"
    wb.save(path)
    return path


def progress_rates_in_three_styles(folder: Path) -> Path:
    """工信局's progress notes whose 完成进度 column (no unit in the header) holds 0.85 with a ``0%`` format
    (Excel shows 85%), ``60%`` (text) and 45 (plain).

    A reader takes 85, 60 and 45 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进展"
    _title(ws, "测试县工业倍增计划重点工作进展情况（2026年1-6月）", 5)
    _put(ws, 2, 1, ["报送单位：县工信局"])
    _put(ws, 3, 1, ["章节", "标题", "进展情况", "数字指标", "完成进度"])
    _put(ws, 4, 1, ["6①", "标准化厂房建设提速", "标准化厂房已建成12万平方米。", "标准化厂房建设总体进度", 0.85])
    ws["E4"].number_format = "0%"
    _put(ws, 5, 1, ["6②", "园区污水处理厂", "管网铺设过半。", "污水处理厂进度", "60%"])
    _put(ws, 6, 1, ["6③", "园区道路", "主干道完成路基。", "园区道路进度", 45])
    path = folder / "工信局重点工作进展2026年6月.xlsx"
    wb.save(path)
    return path
