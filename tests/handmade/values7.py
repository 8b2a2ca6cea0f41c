"""Hand-made returns, round 7: VALUES as one clerk types a whole return, made by a third pair of eyes.

Unlike tests/handmade/make.py (one clean habit per workbook, built from the template's columns) and values6.py
(one column typed every way by several clerks), each workbook here is ONE clerk's return in that clerk's own
habits across its columns — the accountant (``(1,200)``, ``30,000,000.00`` in 元, ``12000.00元``), the one who
copies from a system export (``1.2E+04``, ``3011.0``, a leading apostrophe, numbers as text with the green
triangle, spaces and ideographic spaces), the one who types from the newspaper (``▲3.2``, ``↓3.2``,
``增长 8.1``, ``3.2个百分点``), the one whose Excel speaks American (``6/30/2026``), the one who writes cheques
(``壹佰万``), and the one who leaves formulas (with and without their saved results).  Every function writes into
``folder`` and returns the path; its docstring says what a person reading the return takes from it
("A reader takes: …") and what would be acceptable instead (a question naming the cell).

The test county is tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局,
招商局, 自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.worksheet.worksheet import Worksheet

from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(70, 100)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (series 7xx: none of make.py's or values6's)."""
    return f"2601-610599-04-01-{700 + n:06d}"


def serial(day: dt.date) -> int:
    return (day - D(1899, 12, 30)).days


def _sheet(title: str, lines: list[list[Any]], name: str = "Sheet1") -> tuple[openpyxl.Workbook, Worksheet]:
    """A workbook whose first rows are ``lines`` (title, 填报单位, header …) typed as they are."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = name
    ws.append([title])
    for line in lines:
        ws.append(line)
    return wb, ws


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def ent_codes_and_ticks(folder: Path) -> Path:
    """统计局's June return where the clerk copied industry codes from four places: ``C-3825`` (a hyphen after the
    section letter), ``C13`` (a 大类 with its letter), ``3011.0`` (text exported from a system that wrote the code as
    a float) and 610 (a number: Excel dropped the leading 0 of 0610, 烟煤和无烟煤开采洗选); 是否战略性新兴产业 as
    ``✔`` / ``✘`` / ``是的`` / ``没有``.

    A reader takes: 2026-06, 4 enterprises; industry codes 3825, 13, 3011, 0610 (or a question on E7: 610 could be
    asked, never stored as "610"); 战新 是, 否, 是, 否 (2 enterprises); 1-6月累计 8,000 + 6,000 + 5,000 + 9,000 =
    28,000 万元 (2.8 亿元); 上年同期 7,000 + 6,500 + 4,000 + 8,500 = 26,000 万元.
    """
    wb, ws = _sheet("2026年1-6月规上工业企业生产情况", [
        ["填报单位：县统计局"],
        ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "1-6月累计工业总产值（万元）",
         "上年同期（万元）"],
    ])
    ws.append([1, "甲光伏组件有限公司", U[71], "东镇", "C-3825", "✔", 8000, 7000])
    ws.append([2, "乙饲料有限公司", U[72], "东镇", "C13", "✘", 6000, 6500])
    ws.append([3, "丙水泥有限公司", U[73], "西镇", "3011.0", "是的", 5000, 4000])
    ws.append([4, "丁煤业有限公司", U[74], "西镇", 610, "没有", 9000, 8500])
    path = folder / "统计局_规上工业企业生产月报_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_wan_and_e_notation(folder: Path) -> Path:
    """统计局's return pasted from four enterprises' own reports into a （万元） column: 1-6月累计 ``12,000``, ``1.2万``
    (the enterprise's report said 1.2万万元 in words, the clerk kept ``1.2万``), ``1.2E+04`` (text: a cell copied
    as Excel showed it when too narrow) and the number 12000; 本月 ``2,000.00`` / ``0.2万`` / ``2E+03`` / 2000.

    A reader takes: every enterprise 12,000 万元 cumulative (48,000 万元 = 4.8 亿元) and 2,000 万元 this month; a 规上
    enterprise (≥ 2,000 万元 of revenue a year) cannot have made 1.2 万元 in six months, so ``1.2万`` here is 12,000
    万元 — read so, or asked on G4; never stored as 1.2 万元 in silence.  上年同期 10,000 each (40,000 万元): 同比 +20 %.
    """
    path = folder / "规上企业产值（各企业报表汇总）2026-06 统计局.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("汇总")
    ws.write(0, 0, "规上工业企业生产月报 2026年6月")
    ws.write_row(1, 0, ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "本月工业总产值（万元）",
                        "1-6月累计工业总产值（万元）", "上年同期累计（万元）"])
    month: list[object] = ["2,000.00", "0.2万", "2E+03", 2000]
    cum: list[object] = ["12,000", "1.2万", "1.2E+04", 12000]
    for i in range(4):
        r = 2 + i
        ws.write_row(r, 0, [f"{'甲乙丙丁'[i]}机械有限公司", U[75 + i], "东镇" if i < 2 else "西镇", "3411", "否"])
        for c, v in ((5, month[i]), (6, cum[i])):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            else:
                ws.write_number(r, c, v)  # type: ignore[arg-type]
        ws.write_number(r, 7, 10000)
    wb.close()
    return path


def ent_formulas_with_saved_results(folder: Path, before: str = "上月累计产值（万元）") -> Path:
    """统计局's return kept as a calculation: 本月 and 上月累计 typed, 1-6月累计 = ``=F3+G3`` (a formula whose result
    Excel saved), a 合计 row of ``=SUM()`` formulas, and 上年同期 typed.

    A reader takes: 1-6月累计 12,000 / 9,000 / 18,000 (39,000 万元 = 3.9 亿元; the 上月累计 column is last month's,
    not a figure of this return), 上年同期 11,000 + 8,000 + 16,000 = 35,000: 同比 39,000 ÷ 35,000 − 1 = 11.428571… %.
    """
    path = folder / "统计局2026年6月规上工业（公式）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("6月")
    ws.write(0, 0, "2026年6月规上工业企业生产月报")
    ws.write_row(1, 0, ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "本月产值（万元）",
                        before, "1-6月累计产值（万元）", "上年同期累计产值（万元）"])
    rows = [("甲电子有限公司", 2000, 10000, 11000), ("乙食品有限公司", 1500, 7500, 8000),
            ("丙新材料有限公司", 3000, 15000, 16000)]
    for i, (name, month, earlier, last) in enumerate(rows):
        r = 2 + i
        ws.write_row(r, 0, [name, U[80 + i], "东镇" if i else "西镇", "3985", "是" if i == 2 else "否", month, earlier])
        ws.write_formula(r, 7, f"=F{r + 1}+G{r + 1}", None, month + earlier)
        ws.write_number(r, 8, last)
    ws.write(5, 0, "合计")
    for c, col, total in ((5, "F", 6500), (6, "G", 32500), (7, "H", 39000), (8, "I", 35000)):
        ws.write_formula(5, c, f"=SUM({col}3:{col}5)", None, total)
    wb.close()
    return path


def ent_formulas_beside_last_months_cumulative(folder: Path) -> Path:
    """The same calculation with last month's column headed as the clerk heads it, ``1-5月累计产值（万元）``, beside
    ``1-6月累计产值（万元）`` in a return whose title says June.

    A reader takes: the 1-6月 column (the return is June's; 1-5月 is May's cumulative): the same figures as
    ``ent_formulas_with_saved_results``.
    """
    return ent_formulas_with_saved_results(folder, before="1-5月累计产值（万元）")


def ent_separators_from_a_joint_venture(folder: Path) -> Path:
    """统计局's return where a joint venture's figures were copied from its parent's European-style report
    (``1 200,50``: space for thousands, comma for the decimal; ``2.400,75``), beside figures the Chinese way
    (``3,600``) and a typo ``4,80`` (a comma struck for the point).

    A reader takes: 3,600 万元 for 丙 without hesitation; for the others either the European reading (1,200.50,
    2,400.75) or a question on F3, F4 and F6 (a comma followed by two digits is no thousands separator) — never
    120,050, 2.40075 or 480 in silence.  上年同期 1,000, 2,000, 3,000, 4 (万元).
    """
    wb, ws = _sheet("2026年1-6月规上工业企业生产月报", [
        ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "1-6月累计工业总产值（万元）",
         "上年同期累计工业总产值（万元）"],
    ])
    ws.append(["甲中外合资精细化工有限公司", U[70], "东镇", "2614", "否", "1 200,50", 1000])
    ws.append(["乙合资新材料有限公司", U[99], "东镇", "3985", "是", "2.400,75", 2000])
    ws.append(["丙纸业有限公司", U[79], "西镇", "2221", "否", "3,600", 3000])
    ws.append(["丁小型农机有限公司", U[83], "西镇", "3571", "否", "4,80", 4])
    path = folder / "统计局规上企业2026年6月（合资企业）.xlsx"
    wb.save(path)
    return path


def ent_codes_with_spaces_and_apostrophes(folder: Path) -> Path:
    """统计局's return whose codes came through a chat message and a system export: 统一社会信用代码 typed in groups
    with spaces (``91610599 MA00000 84X``) and one in lower case with a space; 行业代码 ``'0610`` (the apostrophe
    typed into the text itself by an export) and ``1329`` kept as text by Excel's own leading apostrophe
    (quotePrefix); figures as text with spaces around them (the green triangle): `` 12000 ``, ``9000 ``.

    A reader takes: 3 enterprises with the 18-character codes without the spaces (upper case), industry codes
    0610, 1329, 3825; 1-6月累计 12,000 + 9,000 + 4,000 = 25,000 万元 (2.5 亿元).
    """
    def spaced(code: str) -> str:
        return f"{code[:8]} {code[8:15]} {code[15:]}"

    wb, ws = _sheet("规上工业企业生产月报（2026年1-6月）", [
        ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "1-6月累计工业总产值（万元）"],
    ])
    ws.append(["甲矿业有限公司", spaced(U[84]), "西镇", "'0610", "否", " 12000 "])
    ws.append(["乙饲料有限公司", spaced(U[85]).lower(), "东镇", "1329", "否", "9000 "])
    ws.append(["丙电池有限公司", U[86], "东镇", "3825", "是", 4000])
    ws["D4"].quotePrefix = True
    path = folder / "统计局 规上企业月报 6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

FAI_HEAD = ["项目代码", "项目名称", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资（万元）", "年度计划投资（万元）",
            "是否开工", "开工日期", "是否纳统"]


def fai_formulas_without_results(folder: Path) -> Path:
    """东镇's return made with openpyxl-like tools (or saved by a program that never calculates): 1-6月累计 is
    ``=K4+L4`` (上月累计 + 本月) and 年度计划投资 ``=F4*0.4``, formulas with no saved result; everything else typed.

    A reader (who opens it in Excel) takes: 甲 1,000 + 200 = 1,200 万元 and 乙 500 + 100 = 600 万元 cumulative, annual
    plans 4,000 and 1,200.  beizeng cannot calculate: it must say, on M4, M5, G4 and G5, that the formula has no
    saved result (open and save in Excel/WPS) — never take them as blank (年度计划 is optional: a silent NULL would
    drop the plan from 年度投资计划完成率) nor tell the clerk 必填项为空 of a cell that shows a number.
    """
    wb, ws = _sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", [
        ["填报单位：东镇人民政府"],
        [*FAI_HEAD, "上月累计完成投资（万元）", "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    ws.append([pcode(1), "东镇甲硅料扩能项目", "扩建", "否", "是", 10000, "=F4*0.4", "是", D(2026, 3, 1), "是", 1000, 200,
               "=K4+L4"])
    ws.append([pcode(2), "东镇乙包装技改项目", "改建和技术改造", "是", "是", 3000, "=F5*0.4", "是", D(2026, 4, 1), "是", 500,
               100, "=K5+L5"])
    path = folder / "东镇_工业固定资产投资项目月报_2026-06.xlsx"
    wb.save(path)
    return path


def fai_whole_return_in_yuan(folder: Path) -> Path:
    """西镇's return kept by the township's accountant in 元: a ``单位：元`` line, headers without brackets, amounts
    as text with thousands separators and two decimals (``30,000,000.00``) on one row and plain numbers on the
    other.

    A reader takes: 甲 计划总投资 3,000 万元, 年度计划 1,200, 本月 100, 累计 600; 乙 800, 800, 0, 250 (万元); 工业固投
    600 + 250 = 850 万元 = 0.085 亿元; 技改 250 万元 (乙 is 改建和技术改造).
    """
    wb, ws = _sheet("西镇2026年1-6月工业投资项目统计表", [
        ["填报单位：西镇财政所", None, None, None, None, None, None, None, None, "单位：元"],
        [*(h.replace("（万元）", "") for h in FAI_HEAD), "本月完成投资", "累计完成投资"],
    ])
    ws.append([pcode(3), "西镇甲陶瓷生产线项目", "新建", "否", "是", "30,000,000.00", "12,000,000.00", "是", D(2026, 2, 15),
               "是", "1,000,000.00", "6,000,000.00"])
    ws.append([pcode(4), "西镇乙窑炉改造项目", "改建和技术改造", "是", "否", 8000000, 8000000, "是", D(2026, 5, 10), "是", 0,
               2500000])
    path = folder / "西镇6月份投资项目表.xlsx"
    wb.save(path)
    return path


def fai_yuan_cell_and_cheque_numerals(folder: Path) -> Path:
    """东镇's return under （万元） headers where one clerk wrote a month's small spend with its unit, ``12000.00元``,
    and the plans as on a cheque: 年度计划投资 ``壹佰万`` and 计划总投资 ``伍仟万元``.

    A reader takes: 甲 本月 1.2 万元 (12,000 元), 年度计划 100 万元; 乙 计划总投资 5,000 万元.  Refusing the capital
    numerals on their cells (G4, F5) is acceptable; taking 12000.00元 as 12,000 万元, or 壹佰万 as blank (年度计划 is
    optional) is not.
    """
    wb, ws = _sheet("东镇2026年6月工业固投项目月报", [
        ["填报单位：东镇"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    ws.append([pcode(5), "东镇丙饲料仓储项目", "新建", "否", "否", 600, "壹佰万", "是", D(2026, 2, 20), "是", "12000.00元", 300])
    ws.append([pcode(6), "东镇丁光伏支架项目", "新建", "否", "是", "伍仟万元", 2000, "是", D(2026, 3, 20), "否", 50, 800])
    path = folder / "东镇工业固投月报2026年6月.xlsx"
    wb.save(path)
    return path


def fai_month_above_cumulative(folder: Path) -> Path:
    """西镇's return where one row's 本月完成投资 (500) is larger than its 1-6月累计 (300): the clerk typed last
    month's cumulative, or swapped the two columns (kind 8 of issue 11).  Nothing in the warehouse (first year).

    A reader takes: 甲 cannot be right as typed — a question (warning or error) on K4 or L4 naming both figures;
    乙 is fine (本月 100, 累计 900).  Never accepted without a word.
    """
    wb, ws = _sheet("西镇2026年1-6月工业固定资产投资项目进展", [
        ["填报单位：西镇人民政府"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    ws.append([pcode(7), "西镇甲建材项目", "新建", "否", "是", 5000, 2000, "是", D(2026, 1, 20), "是", 500, 300])
    ws.append([pcode(8), "西镇乙化工技改项目", "改建和技术改造", "是", "是", 2000, 1500, "是", D(2026, 2, 10), "是", 100, 900])
    path = folder / "西镇_工业固定资产投资项目月报_2026-06.xlsx"
    wb.save(path)
    return path


def fai_flags_seven_ways_and_pasted_codes(folder: Path) -> Path:
    """东镇's return of seven projects where 是否倍增重点项目 is written ``✔``, ``✘``, ``Y``, ``n``, ``有``, ``没有``,
    ``是的`` (the clerk of each project's 包抓 office filled its own row), and two project codes carry paste marks: a
    leading apostrophe typed into the text (``'2601-…``) and spaces around the hyphens.

    A reader takes: 7 projects, 重点 是, 否, 是, 否, 是, 否, 是 (4 key projects, all started and in the statistics
    database: 开工率 100 %, 纳统率 100 %); codes as issued (…000709, …000710 without the marks); 1-6月累计 7 × 100 =
    700 万元 (0.07 亿元).
    """
    wb, ws = _sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", [
        ["填报单位：东镇人民政府"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    flags = ["✔", "✘", "Y", "n", "有", "没有", "是的"]
    for i, flag in enumerate(flags):
        code = pcode(9 + i)
        if i == 0:
            code = "'" + code
        elif i == 1:
            code = code.replace("-", " - ")
        ws.append([code, f"东镇{'甲乙丙丁戊己庚'[i]}项目", "新建", "否", flag, 1000, 500, "是", D(2026, 3, 1), "是", 20, 100])
    path = folder / "东镇_2026年6月_固投项目.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

def city_signs_and_arrows(folder: Path) -> Path:
    """统计局's city table typed from the city bureau's bulletin, growth as the bulletin's prose and symbols:
    ``增长 8.1``, ``▲3.2``, ``↓3.2``, ``12.5%``, ``+5.0`` in 规上工业总产值增速; ``6.2``, ``(1.5)`` (an accountant's
    negative), ``-3.2``, ``3.2个百分点``, ``0`` in 规上工业增加值增速.

    A reader takes (全市, 测试县, 甲县, 乙县, 丙县): 产值增速 8.1, 3.2, −3.2, 12.5, 5.0; 增加值增速 6.2, −1.5, −3.2, 3.2, 0.
    ``▲3.2`` may be asked (▲ marks a fall in some accounting styles), ``(1.5)`` may be asked, ``3.2个百分点`` may be
    asked; none may be stored with the wrong sign.  测试县's 增加值增速 −1.5 ranks 3rd of the four counties.
    """
    wb, ws = _sheet("2026年1-6月全市各县区主要工业指标对比", [
        ["县区", "规上工业总产值增速（%）", "规上工业增加值增速（%）"],
    ])
    ws.append(["全市", "增长 8.1", 6.2])
    ws.append(["测试县", "▲3.2", "(1.5)"])
    ws.append(["甲县", "↓3.2", "-3.2"])
    ws.append(["乙县", "12.5%", "3.2个百分点"])
    ws.append(["丙县", "+5.0", 0])
    path = folder / "统计局_全市各县区主要工业指标对比_2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

CULT_HEAD = ["统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金（万元）"]


def cultivation_dates_five_styles(folder: Path) -> Path:
    """工信局's ledger whose 状态日期 were typed by whoever updated the row: ``2026-6`` (the month only),
    ``6/30/2026`` (an Excel set to American), ``2026年6月30日``, ``26.6.30``, 46203 (a serial: the date's format was
    lost in a paste) and ``6/5/2026``.

    A reader takes: 6 rows, dates 2026-06 (day unknown: the 1st, or asked on F3), 2026-06-30 four times, and
    ``6/5/2026`` either 5 June (the American order the 6/30/2026 beside it shows) or a question on F9 — never 6 May
    in silence.
    """
    wb, ws = _sheet("企业培育台账（截至2026年6月底）", [["填报单位：县工信局"], CULT_HEAD])
    rows: list[list[object]] = [
        [U[87], "甲精密有限公司", "东镇", "高新技术企业", "已认定", "2026-6", "李县长", None],
        [U[88], "乙科技有限公司", "东镇", "科技型中小企业", "已入库", "6/30/2026", "王主任", None],
        [U[89], "丙材料有限公司", "西镇", "省级专精特新", "已认定", "2026年6月30日", "李县长", 30],
        [U[90], "丁装备有限公司", "西镇", "专精特新小巨人", "申报中", "26.6.30", "张局长", None],
        [U[91], "戊节能有限公司", "东镇", "绿色工厂", "已认定", serial(D(2026, 6, 30)), "王主任", None],
        [U[92], "己食品有限公司", "西镇", "拟入规", "已入库", "6/5/2026", "张局长", None],
    ]
    for row in rows:
        ws.append(row)
    path = folder / "工信局企业培育台账2026年6月.xlsx"
    wb.save(path)
    return path


def cultivation_nothing_five_ways_and_spaced_codes(folder: Path) -> Path:
    """工信局's ledger where 奖补资金 says nothing in five ways — blank, ``0``, ``—``, ``无``, an ideographic space
    ``　`` — beside one real ``50.00``; and 统一社会信用代码 typed in fours with spaces (as read aloud over the phone).

    A reader takes: 6 rows, codes without spaces; 奖补资金 blank, 0, 0, 0, blank, 50 (sum 50 万元); the 技改奖励资金
    application is 50 万元.
    """
    def fours(code: str) -> str:
        return " ".join(code[i:i + 4] for i in range(0, 18, 4))

    wb, ws = _sheet("2026年6月企业培育台账", [CULT_HEAD])
    ws.append([fours(U[93]), "甲化工有限公司", "东镇", "拟入规", "培育中", None, "李县长", None])
    ws.append([fours(U[94]), "乙建材有限公司", "东镇", "拟入规", "培育中", None, "李县长", 0])
    ws.append([U[95], "丙光伏有限公司", "西镇", "高新技术企业", "申报中", D(2026, 5, 20), "王主任", "—"])
    ws.append([U[96], "丁机械有限公司", "西镇", "科技型中小企业", "培育中", None, "王主任", "无"])
    ws.append([U[97], "戊纺织有限公司", "东镇", "省级专精特新", "培育中", None, "张局长", "\u3000"])
    ws.append([U[98], "己铸造有限公司", "西镇", "技改奖励资金", "申报中", D(2026, 6, 10), "张局长", "50.00"])
    path = folder / "工信局_企业培育台账_2026-06.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账 (招商局)
# ---------------------------------------------------------------------------------------------

def attraction_apostrophes_and_nothing(folder: Path) -> Path:
    """招商局's ledger exported from the office's tracking system then edited: 本年到位资金 ``'500`` (the export's
    leading apostrophe inside the text), `` 300 `` (spaces), ``—``, ``无``, ``/`` for projects with no money yet and one
    left blank; 总投资 ``'12000``, ``5,000\u3000`` (an ideographic space after it), 3000, 800, 600, 400.

    A reader takes: 6 projects; 总投资 12,000 / 5,000 / 3,000 / 800 / 600 / 400 万元 (21,800); 本年到位资金 500, 300, 0, 0,
    0, blank — 800 万元 in place this year (0.08 亿元).
    """
    wb, ws = _sheet("2026年招商引资项目推进台账（截至6月底）", [
        ["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期", "总投资（万元）",
         "本年到位资金（万元）"],
    ])
    rows: list[list[object]] = [
        ["甲硅材料项目", "甲公司", "新材料", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 5), "'12000", "'500"],
        ["乙饲料项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 8), D(2026, 4, 1), None, "5,000\u3000", " 300 "],
        ["丙陶瓷项目", "丙公司", "新型建材", None, "签约", D(2026, 3, 8), None, None, 3000, "—"],
        ["丁电池项目", "丁公司", "光伏新能源", None, "签约", D(2026, 4, 8), None, None, 800, "无"],
        ["戊涂料项目", "戊公司", "精细化工", None, "对接", None, None, None, 600, "/"],
        ["己农机项目", "己公司", "装备制造", None, "对接", None, None, None, 400, None],
    ]
    for row in rows:
        ws.append(row)
    path = folder / "招商局_招商引资项目台账_2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局, 财政局)
# ---------------------------------------------------------------------------------------------

def factors_funds_in_yiyuan(folder: Path) -> Path:
    """财政局's fund ledger kept in 亿元 (``单位：亿元``): 上划 0.012 (``Q1``), ``0.0300`` (text, ``二季度``), 筹集
    ``1.2E-02`` (text), 拨付 ``壹佰万元`` (a cheque's words, with their own unit).

    A reader takes: 4 events; 上划 120 + 300 = 420 万元 (quarters 1 and 2), 筹集 120 万元, 拨付 100 万元 (or a
    question on the 壹佰万元 cell, E7).
    """
    wb, ws = _sheet("2026年工业发展资金及倍增基金情况表（1-6月）", [
        ["填报单位：县财政局", None, None, None, "单位：亿元"],
        ["事项", "日期", "用途", "所属季度", "金额"],
    ])
    ws.append(["上划市工业倍增发展基金", D(2026, 3, 28), "一季度上划", "Q1", 0.012])
    ws.append(["上划市工业倍增发展基金", D(2026, 6, 26), "二季度上划", "二季度", "0.0300"])
    ws.append(["工业发展资金筹集", D(2026, 4, 15), "县本级预算安排", None, "1.2E-02"])
    ws.append(["工业发展资金拨付", D(2026, 5, 18), "企业技改贴息", None, "壹佰万元"])
    path = folder / "财政局_要素保障_2026年6月.xlsx"
    wb.save(path)
    return path


def factors_land_dates_and_codes(folder: Path) -> Path:
    """自然资源局's land ledger: dates as a serial (the format lost), ``2026年6月30日`` and ``26.6.30``; areas
    ``１２．５`` (full width), 8 and ``20.00亩``; 宗地编号 ``'610599001`` (apostrophe in the text), ``610599002`` kept
    as text by Excel's own leading apostrophe, and 610599003 typed as a number.

    A reader takes: 3 parcels of industrial land, 12.5 + 8 + 20 = 40.5 亩, supplied 2026-05-20, 2026-06-30,
    2026-06-30; codes 610599001, 610599002, 610599003.
    """
    wb, ws = _sheet("2026年1-6月工业用地供应情况", [
        ["填报单位：县自然资源局"],
        ["事项", "供地日期", "宗地名称", "宗地编号", "所属乡镇", "供地面积（亩）"],
    ])
    ws.append(["工业用地供应", serial(D(2026, 5, 20)), "东镇工业园A-3地块", "'610599001", "东镇", "１２．５"])
    ws.append(["工业用地供应", "2026年6月30日", "西镇建材园B-1地块", "610599002", "西镇", 8])
    ws.append(["工业用地供应", "26.6.30", "东镇工业园A-4地块", 610599003, "东镇", "20.00亩"])
    ws["D5"].quotePrefix = True
    path = folder / "自然资源局工业用地2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局)
# ---------------------------------------------------------------------------------------------

def progress_percent_in_prose(folder: Path) -> Path:
    """工信局's progress notes whose 完成进度 the clerk typed as she would say it: ``８５％`` (full width),
    ``已完成60%``, ``40.0 %`` (a space before the sign) and ``约30%``.

    A reader takes: 4 items; 完成进度 85, 60, 40, 30 (%) — or, for the worded ones (E4, E6), a question on the cell;
    never 0.85 or 8,500.
    """
    wb, ws = _sheet("2026年6月重点工作进展情况", [["章节", "标题", "进展情况", "数字指标", "完成进度"]])
    ws.append(["6①", "标准化厂房建设", "标准化厂房主体完工。", "标准化厂房建设进度", "８５％"])
    ws.append(["6②", "园区污水处理厂", "污水处理厂设备安装中。", "污水处理厂建设进度", "已完成60%"])
    ws.append(["6③", "园区道路", "园区道路路基完成。", "园区道路建设进度", "40.0 %"])
    ws.append(["6④", "天然气管网", "管网铺设过半。", "管网铺设进度", "约30%"])
    path = folder / "工信局重点工作进展2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# What the cell's looks say (second batch)
# ---------------------------------------------------------------------------------------------

def fai_flags_as_printed_checkboxes(folder: Path) -> Path:
    """东镇's return on a form printed with both answers, ``是（ ）否（ ）``, where the clerk put the tick inside one
    pair of brackets (``是（√）否（ ）``, ``是（ ）否（√）``) or ticked a box (``☑是 □否``, ``□是 ☑否``) in
    是否倍增重点项目.

    A reader takes: 4 projects, key 是, 否, 是, 否 (2 key projects; 开工率 100 %) — or a question on E5/E7;
    never 是 for a row whose tick is on 否 because the printed 是 comes first.
    """
    wb, ws = _sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", [
        ["填报单位：东镇人民政府"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    for i, flag in enumerate(["是（√）否（ ）", "是（ ）否（√）", "☑是 □否", "□是 ☑否"]):
        ws.append([pcode(20 + i), f"东镇{'甲乙丙丁'[i]}加工项目", "新建", "否", flag, 2000, 1000, "是", D(2026, 4, 1), "是",
                   50, 200])
    path = folder / "东镇_固投项目月报_2026年6月（打印表）.xlsx"
    wb.save(path)
    return path


def city_percent_sign_in_the_number_format(folder: Path) -> Path:
    """统计局's city table where growth is typed as 8.1, 3.2 … in cells whose custom number format is ``0.0"%"``
    (a literal percent sign, common in statistics offices: Excel SHOWS 8.1%, nothing is multiplied).

    A reader takes what Excel shows: 产值增速 8.1, 3.2, −3.2, 12.5, 5.0; 增加值增速 6.2, −1.5, −3.2, 3.2, 0 — never 810 %
    (the warning "显示为810%" would be false: the cell shows 8.1%).  测试县's 增加值增速 −1.5 ranks 3rd.
    """
    wb, ws = _sheet("2026年1-6月全市各县区主要工业指标对比", [["县区", "规上工业总产值增速", "规上工业增加值增速"]])
    rows = [("全市", 8.1, 6.2), ("测试县", 3.2, -1.5), ("甲县", -3.2, -3.2), ("乙县", 12.5, 3.2), ("丙县", 5.0, 0)]
    for r, (county, output, va) in enumerate(rows, 3):
        ws.append([county, output, va])
        ws.cell(r, 2).number_format = '0.0"%"'
        ws.cell(r, 3).number_format = '0.0"%"'
    path = folder / "统计局全市各县区对比2026年6月.xlsx"
    wb.save(path)
    return path


def fai_plan_merged_over_two_phases(folder: Path) -> Path:
    """东镇's return listing a project's 一期 and 二期 on two rows (two codes) with 计划总投资 5,000 and 年度计划投资
    3,000 typed once in a cell merged over both rows — the plan of the project as a whole.

    A reader takes: 2 rows, a plan of 5,000 万元 (3,000 this year) for the two phases together — never 10,000 (6,000);
    a question naming F4:F5 / G4:G5 is acceptable.  累计 100 + 100 = 200 万元.
    """
    wb, ws = _sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", [
        ["填报单位：东镇人民政府"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    ws.append([pcode(30), "东镇硅材料项目（一期）", "新建", "否", "是", 5000, 3000, "是", D(2026, 3, 1), "是", 10, 100])
    ws.append([pcode(31), "东镇硅材料项目（二期）", "新建", "否", "是", None, None, "是", D(2026, 5, 1), "是", 10, 100])
    ws.merge_cells("F4:F5")
    ws.merge_cells("G4:G5")
    path = folder / "东镇_工业固定资产投资项目月报_2026年6月（分期）.xlsx"
    wb.save(path)
    return path


def fai_struck_through_row(folder: Path) -> Path:
    """东镇's return where a project that was called off is struck through (删除线) rather than deleted — the office's
    habit so that the county sees what was dropped.

    A reader takes: 2 live projects (累计 300 + 200 = 500 万元); the struck row (800) is not a project any more — left
    out with a word, or read with a warning naming row 6; never counted in silence.
    """
    from openpyxl.styles import Font

    wb, ws = _sheet("东镇2026年1-6月工业固定资产投资项目进展情况表", [
        ["填报单位：东镇人民政府"],
        [*FAI_HEAD, "本月完成投资（万元）", "1-6月累计完成投资（万元）"],
    ])
    ws.append([pcode(32), "东镇饲料扩能项目", "扩建", "否", "是", 3000, 1000, "是", D(2026, 3, 1), "是", 50, 300])
    ws.append([pcode(33), "东镇仓储物流项目", "新建", "否", "否", 1000, 500, "是", D(2026, 4, 1), "是", 50, 200])
    ws.append([pcode(34), "东镇光伏玻璃项目（已终止）", "新建", "否", "是", 20000, 5000, "是", D(2026, 2, 1), "是", 0, 800])
    for cell in ws[6]:
        cell.font = Font(strike=True)
    path = folder / "东镇_工业固定资产投资项目月报_2026-06（删除线）.xlsx"
    wb.save(path)
    return path
