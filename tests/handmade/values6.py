"""Hand-made returns, round 6: VALUES and WORKBOOKS as clerks type them, made by a second pair of eyes.

Unlike tests/handmade/make.py (one clean habit per workbook), each of these mixes the styles of several clerks
in ONE column, the way a ledger copied and edited by three people over a year ends up: 万元 / 亿元 / bare
figures side by side, ``约2300万``, ``2300万元（含税）``, ``0.23 亿``, ``2.3e3``, ``1 500``, full-width digits;
growth as ``12.5%`` / ``12.5`` / an Excel percentage / ``下降3.2%``; dates as 2026.3, 3月, 2026/3/1, a serial,
二〇二六年三月; flags √/×/是/否/Y/N/有/无; and workbooks holding several returns (two forms, two months,
a hidden draft, ``Sheet1 (2)``, one sheet per township).  Every function writes into ``folder`` and returns
the path; its docstring says what a person reading the return takes from it ("A reader takes: …").

The test county is tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局,
招商局, 自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.scenarios import uscc

D = dt.date
U1, U2, U3, U4, U5, U6 = (uscc(n) for n in (61, 62, 63, 64, 65, 66))


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (series 6xx: none of make.py's)."""
    return f"2601-610599-04-01-{600 + n:06d}"


def serial(day: dt.date) -> int:
    return (day - D(1899, 12, 30)).days


# ---------------------------------------------------------------------------------------------
# Units in cells, mixed in one column
# ---------------------------------------------------------------------------------------------

def attraction_units_mixed_in_one_column(folder: Path) -> Path:
    """招商局's ledger kept by three clerks: header 总投资 with no unit, a ``单位：万元`` line, and the cells of
    the one column written every way — ``2,300万`` / ``0.23 亿`` / ``2.3e3`` (text) / ``1 500`` / ``1,500.00`` /
    ``１．５亿元`` (full width) / a bare number 800; funds in place ``600万元`` / ``0.05亿元`` / 100.

    A reader takes: 2026-06, 7 projects, 总投资 in 万元 2,300, 2,300, 2,300, 1,500, 1,500, 15,000, 800
    (sum 25,700 万元); 本年到位资金 600, 500, 100, blank … (sum 1,200 万元).
    """
    path = folder / "招商引资项目台账（2026年6月）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("招商台账")
    ws.write(0, 0, "2026年1-6月招商引资项目推进台账")
    ws.write(1, 8, "单位：万元")
    ws.write_row(2, 0, ["项目名称", "签约企业", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期",
                        "总投资", "本年到位资金"])
    rows: list[list[object]] = [
        ["甲硅材料项目", "甲公司", "新材料", "东镇", "开工", D(2026, 1, 10), D(2026, 2, 1), D(2026, 3, 1), "2,300万", "600万元"],
        ["乙饲料项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 10), D(2026, 3, 1), None, "0.23 亿", "0.05亿元"],
        ["丙陶瓷项目", "丙公司", "新型建材", "东镇", "签约", D(2026, 3, 10), None, None, "2.3e3", 100],
        ["丁电池项目", "丁公司", "光伏新能源", None, "签约", D(2026, 4, 10), None, None, "1 500", None],
        ["戊化工项目", "戊公司", "精细化工", None, "签约", D(2026, 5, 10), None, None, "1,500.00", None],
        ["己装备项目", "己公司", "装备制造", None, "签约", D(2026, 5, 20), None, None, "１．５亿元", None],
        ["庚包装项目", "庚公司", "其他", None, "对接", None, None, None, 800, None],
    ]
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), datef)
            elif isinstance(v, str):
                ws.write_string(r, c, v)
            elif v is not None:
                ws.write_number(r, c, v)
    wb.close()
    return path


def attraction_amounts_with_words(folder: Path) -> Path:
    """The same ledger where the clerk qualified figures in words: ``约2300万``, ``2300万元（含税）``,
    ``3000万元左右``, and ``5000`` under a header 总投资（亿元） — a figure plainly in 万元 under an 亿元 header
    (5,000 亿元 for a county project is absurd).

    A reader takes: 2,300 / 2,300 / 3,000 万元 (approximate or tax-inclusive, but those are the figures meant)
    and for the fourth row either 5,000 万元 or a question; never 5,000 亿元 (50,000,000 万元) silently.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["2026年6月招商引资项目台账"])
    ws.append(["项目名称", "投资方", "产业链", "项目阶段", "签约日期", "总投资（亿元）"])
    ws.append(["辛光伏项目", "辛公司", "光伏新能源", "签约", D(2026, 3, 1), "约2300万"])
    ws.append(["壬建材项目", "壬公司", "新型建材", "签约", D(2026, 4, 1), "2300万元（含税）"])
    ws.append(["癸饲料项目", "癸公司", "涉农加工", "签约", D(2026, 5, 1), "3000万元左右"])
    ws.append(["子材料项目", "子公司", "新材料", "签约", D(2026, 6, 1), 5000])
    path = folder / "招商局台账6月（文字金额）.xlsx"
    wb.save(path)
    return path


def ent_header_wanyuan_figures_in_yuan(folder: Path) -> Path:
    """统计局's return whose header says （万元） but whose figures were pasted from the enterprises' own 元
    reports: 东方 300,000,000, 东关 200,005,000, 西岭 500,000,000 (3 万亿元 for the county).

    A reader takes: figures 10,000 times too large — the clerk's mistake; the file must not be accepted with
    a county output of 100,000,500,000 万元 as if it were right: an error or a warning naming the column.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws.append(["2026年1-6月规上工业企业产值表"])
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "1-6月累计产值（万元）",
               "上年同期（万元）"])
    ws.append(["东方光伏科技有限公司", U1, "东镇", "3825", "是", 300000000, 250000000])
    ws.append(["东关饲料有限公司", U2, "东镇", "1329", "否", 200005000, 220000000])
    ws.append(["西岭建材有限公司", U3, "西镇", "3021", "否", 500000000, 450000000])
    path = folder / "统计局规上产值（粘贴）2026-06.xlsx"
    wb.save(path)
    return path


def ent_numbers_every_style(folder: Path) -> Path:
    """统计局's return with the one 1-6月累计 column typed six ways: ``1 500`` (space), ``1,500.00``,
    ``1，500`` (full-width comma), ``１５００`` (full-width digits), ``2.3e3`` (text), and a real number
    2300; 上年同期 as plain numbers.  No 单位 line: the header says 万元.

    A reader takes: 2026-06, 6 enterprises, 1-6月累计 1,500 ×4 + 2,300 ×2 = 10,600 万元 (1.06 亿元);
    上年同期 6 × 1,000 = 6,000 万元.
    """
    path = folder / "规上工业企业月报2026年6月（统计局）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("月报")
    ws.write(0, 0, "规上工业企业生产月报（2026年6月）")
    ws.write_row(1, 0, ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "1-6月累计工业总产值（万元）",
                        "上年同期累计（万元）"])
    cells = ["1 500", "1,500.00", "1，500", "１５００", "2.3e3", 2300]
    for i, (code, cell) in enumerate(zip((U1, U2, U3, U4, U5, U6), cells, strict=True)):
        ws.write_row(2 + i, 0, [f"企业{i + 1}有限公司", code, "东镇" if i < 3 else "西镇", "3825", "否"])
        if isinstance(cell, str):
            ws.write_string(2 + i, 5, cell)
        else:
            ws.write_number(2 + i, 5, cell)
        ws.write_number(2 + i, 6, 1000)
    wb.close()
    return path


def factors_money_and_land_mixed_units(folder: Path) -> Path:
    """财政局 and 自然资源局's joint ledger (sent by 自然资源局): 金额 column with ``50万元``, ``0.005亿``,
    ``500000元``, bare 50; 面积 with ``12亩``, ``0.8公顷``, ``8000平方米``, bare 12.  Header units: none.

    A reader takes: 2026-06, 4 parcels of 12 亩 each (48 亩), each priced 50 万元 (200 万元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    ws.append(["测试县2026年1-6月工业用地供应台账"])
    ws.append(["填报单位：县自然资源局"])
    ws.append(["日期", "宗地编号", "宗地名称", "所属乡镇", "面积", "成交价款"])
    ws.append([D(2026, 2, 10), "6105992026B00601", "东镇一号地", "东镇", "12亩", "50万元"])
    ws.append([D(2026, 3, 10), "6105992026B00602", "东镇二号地", "东镇", "0.8公顷", "0.005亿"])
    ws.append([D(2026, 4, 10), "6105992026B00603", "西镇一号地", "西镇", "8000平方米", "500000元"])
    ws.append([D(2026, 5, 10), "6105992026B00604", "西镇二号地", "西镇", 12, 50])
    path = folder / "自然资源局工业用地供应2026年6月.xlsx"
    wb.save(path)
    return path


def targets_units_in_the_value_cells(folder: Path) -> Path:
    """工信局's targets with no 单位 column: the unit typed in the value (``24亿元``, ``7.5%``, ``240000万元``
    for the same kind of figure two ways, ``10%``).

    A reader takes: 2026 (title): 规上工业总产值 24 亿元, 规上工业增加值增速 7.5 %, 工业固定资产投资增速 10 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026目标"
    ws.append(["2026年全县工业倍增目标"])
    ws.append(["指标名称", "目标"])
    ws.append(["规上工业总产值", "24亿元"])
    ws.append(["规上工业增加值增速", "7.5%"])
    ws.append(["工业固定资产投资增速", "10%"])
    path = folder / "工信局2026年目标.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------------------------

def city_growth_every_style(folder: Path) -> Path:
    """The county bureau's retyped city table, growth in one column five ways: 全市 6.2 (number), 甲县 ``7.5%``
    (text), 乙县 0.065 in an Excel % cell, 丙县 ``下降1.5%``, 测试县 ``-3.2%``; output growth 全市 ``8.1``
    (text), 甲县 ``增长10.2%``, 乙县 ``7.9 %``, 丙县 5.3, 测试县 ``8.7％`` (full-width percent sign).

    A reader takes: 2026-06, 5 rows; 测试县 value added −3.2 % (rank 4 of 4), output +8.7 % (rank 2).
    """
    path = folder / "全市对比（增速各式）2026年6月.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("对比")
    pct = wb.add_format({"num_format": "0.0%"})
    ws.write(0, 0, "测试市2026年1-6月各县区主要工业指标对比")
    ws.write_row(1, 0, ["县区", "规上工业总产值增速", "规上工业增加值增速"])
    rows = [("全市", "8.1", 6.2), ("甲县", "增长10.2%", "7.5%"), ("乙县", "7.9 %", None), ("丙县", 5.3, "下降1.5%"),
            ("测试县", "8.7％", "-3.2%")]
    for r, (county, out, va) in enumerate(rows, 2):
        ws.write_string(r, 0, county)
        for c, v in ((1, out), (2, va)):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            elif v is not None:
                ws.write_number(r, c, v)
    ws.write_number(4, 2, 0.065, pct)
    wb.close()
    return path


def progress_percent_every_style(folder: Path) -> Path:
    """工信局's notes with 完成进度 as ``85%``, 0.6 in an Excel % cell (shows 60%), 40 (number), and ``0.3`` typed
    as text in a 常规 cell beside them (the clerk's fraction: the text of that row says 百分之三十).

    A reader takes: 2026-06, 4 items; 进度 85, 60, 40 and 30 (%) — the last is ambiguous as typed (0.3 % or
    30 %): read as 30 or questioned on E6, never stored as 0.3 % silently.
    """
    path = folder / "工信局重点工作进展2026年6月.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("进展")
    pct = wb.add_format({"num_format": "0%"})
    ws.write(0, 0, "2026年6月重点工作进展情况")
    ws.write_row(1, 0, ["章节", "标题", "进展情况", "数字指标", "完成进度"])
    ws.write_row(2, 0, ["6①", "标准化厂房", "厂房建设总体进度85%。", "厂房进度", "85%"])
    ws.write_row(3, 0, ["6②", "污水处理厂", "污水处理厂完成60%。", "污水厂进度"])
    ws.write_number(3, 4, 0.6, pct)
    ws.write_row(4, 0, ["6③", "园区道路", "园区道路完成40%。", "道路进度", 40])
    ws.write_row(5, 0, ["6④", "供热管网", "供热管网完成百分之三十。", "管网进度", "0.3"])
    wb.close()
    return path


# ---------------------------------------------------------------------------------------------
# Dates and flags
# ---------------------------------------------------------------------------------------------

def fai_dates_every_style(folder: Path) -> Path:
    """西镇's project table whose 开工日期 column was typed by hand five ways: 2026.3 (typed, so Excel stored
    the NUMBER 2026.3), ``3月``, ``2026/3/1``, an Excel serial shown as 常规 (46082 = 2026-03-01),
    ``二〇二六年三月``; flags √ / 是 / Y / 有 / ✓ for 开工.

    A reader takes: 西镇, 2026-06, 5 projects, all started in March 2026 (2026-03-01), all in statistics,
    all key; 1-6月累计 100 × 5 = 500 万元 (totals 600 万元 each: fai_cum 0.05 亿元); 开工率 100 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "西镇"
    ws.append(["西镇2026年1-6月工业项目月报"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "重点项目", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "累计完成投资（万元）"])
    dates: list[object] = [2026.3, "3月", "2026/3/1", serial(D(2026, 3, 1)), "二〇二六年三月"]
    flags = ["√", "是", "Y", "有", "✓"]
    for i, (when, flag) in enumerate(zip(dates, flags, strict=True), 1):
        ws.append([pcode(i), f"西镇项目{i}", "新建", "否", "是", 600, flag, when, "是", 100])
    path = folder / "西镇工业项目月报（2026年6月）.xlsx"
    wb.save(path)
    return path


def fai_flags_every_style(folder: Path) -> Path:
    """东镇's table whose 是否纳统 column mixes √ × 是 否 Y N 有 无 (and ``是 `` with a trailing space), and whose
    是否重点 column says 是 for all; all started with real dates.

    A reader takes: 东镇, 2026-06, 8 projects of 1,000 万元 total each with 100 万元 1-6月累计; in statistics:
    √, 是, Y, 有 → rows 1, 3, 5, 7 (fai_cum 400 万元 = 0.04 亿元); 纳统率 4 of 8 = 50 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["东镇工业固定资产投资项目（2026年1-6月）"])
    ws.append(["单位：万元"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资", "开工", "开工日期", "是否纳统",
               "1-6月累计"])
    for i, flag in enumerate(["√", "×", "是 ", "否", "Y", "N", "有", "无"], 1):
        ws.append([pcode(10 + i), f"东镇项目{i}", "新建", "否", "是", 1000, "是", D(2026, 2, i), flag, 100])
    path = folder / "东镇项目月报6月.xlsx"
    wb.save(path)
    return path


def attraction_dates_every_style(folder: Path) -> Path:
    """招商局's ledger with 签约日期 typed: 2026.3 (the number), ``2026.10`` (text, October), ``2026年3月``,
    ``2026-3-5``, ``3.15`` (month.day, the year left to the reader).

    A reader takes: 2026-06 ledger, 5 projects signed 2026-03, 2026-10 (which is after June: a question),
    2026-03, 2026-03-05, 2026-03-15.  Five 签约 projects, 500 万元 each.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["招商引资项目台账（2026年1-6月）"])
    ws.append(["项目名称", "投资方", "产业链", "项目阶段", "签约日期", "总投资（万元）"])
    for i, when in enumerate([2026.3, "2026.10", "2026年3月", "2026-3-5", "3.15"], 1):
        ws.append([f"签约项目{i}", f"投资方{i}", "新材料", "签约", when, 500])
    path = folder / "招商台账2026年6月（日期）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Blank vs 0 vs —
# ---------------------------------------------------------------------------------------------

def fai_blank_zero_dash(folder: Path) -> Path:
    """东镇's table: 1-6月累计 is 0 for one project not started, ``—`` for another, and BLANK for a third
    (the clerk did not fill it); 本月 blank on all three.

    A reader takes: 0, 0 and "not reported" for the third: the form says a blank 累计 is 漏填, so the return
    goes back naming that cell (K5) — never loaded as 0 or as missing silently.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["东镇2026年1-6月工业投资项目表"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "本月完成（万元）", "1-6月累计（万元）"])
    ws.append([pcode(21), "东镇未开工项目一", "新建", "否", "是", 800, "否", None, "否", None, 0])
    ws.append([pcode(22), "东镇未开工项目二", "新建", "否", "是", 900, "否", None, "否", None, "—"])
    ws.append([pcode(23), "东镇未开工项目三", "新建", "否", "是", 700, "否", None, "否", None, None])
    ws.append([pcode(24), "东镇在建项目", "新建", "否", "是", 1000, "是", D(2026, 3, 9), "是", 50, 300])
    path = folder / "东镇6月项目（空与零）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Several returns in one workbook
# ---------------------------------------------------------------------------------------------

def gongxin_two_forms_two_sheets(folder: Path) -> Path:
    """工信局 sends its 企业培育台账 and its 重点工作进展 as two sheets of one workbook (名称 培育 / 进展).

    A reader takes: two returns for 2026-06: cultivation 2 rows (一户 小巨人 已认定 with 50 万元, 一户 拟入规
    培育中), progress notes 1 item (6① at 70 %).
    """
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "培育"
    a.append(["2026年6月企业培育台账"])
    a.append(["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金（万元）"])
    a.append(["东方光伏科技有限公司", U1, "东镇", "专精特新小巨人", "已认定", D(2026, 4, 1), 50])
    a.append(["西岭建材有限公司", U3, "西镇", "拟入规", "培育中", None, None])
    b = wb.create_sheet("进展")
    b.append(["2026年6月重点工作进展"])
    b.append(["章节", "标题", "进展情况", "数字指标", "完成进度"])
    b.append(["6①", "标准化厂房", "标准化厂房建设总体进度70%。", "厂房进度", 70])
    path = folder / "工信局6月报表（培育+进展）.xlsx"
    wb.save(path)
    return path


def ent_two_months_june_first(folder: Path) -> Path:
    """统计局 keeps the year in one workbook, newest sheet first: sheets ``1-6月`` then ``1-5月``, the title of
    each naming its months; the May sheet has other (smaller) figures.

    A reader takes: the 2026-06 return (3 enterprises, 1-6月累计 120,000 万元) — and May's (90,000 万元), which
    is either loaded as 2026-05 or set aside with a note; June's figures never mixed with May's.
    """
    wb = openpyxl.Workbook()
    for i, (months, figs) in enumerate((("1-6", (40000, 30000, 50000)), ("1-5", (30000, 22000, 38000)))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f"{months}月"
        ws.append([f"测试县2026年{months}月规上工业企业主要指标"])
        ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "累计产值（万元）"])
        for name, code, town, fig in zip(("东方光伏科技有限公司", "东关饲料有限公司", "西岭建材有限公司"), (U1, U2, U3),
                                         ("东镇", "东镇", "西镇"), figs, strict=True):
            ws.append([name, code, town, "3825", "否", fig])
    path = folder / "2026年规上工业企业月报（统计局）.xlsx"
    wb.save(path)
    return path


def fai_hidden_draft_sheet(folder: Path) -> Path:
    """西镇's June return on sheet ``6月``, with a HIDDEN sheet ``6月草稿`` (same form, same period, other
    figures: a draft the clerk hid instead of deleting).

    A reader takes: the visible sheet only: 西镇, 2026-06, 2 projects, 1-6月累计 700 + 300 = 1,000 万元
    (fai_cum 0.1 亿元); the draft's 9,999 never.
    """
    wb = openpyxl.Workbook()
    for i, (title, figs) in enumerate((("6月", (700, 300)), ("6月草稿", (9999, 9999)))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        ws.append(["西镇2026年1-6月工业固定资产投资项目表"])
        ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
                   "是否纳统", "累计完成（万元）"])
        for n, fig in enumerate(figs, 1):
            ws.append([pcode(30 + n), f"西镇项目{n}", "新建", "否", "是", 2000, "是", D(2026, 3, n), "是", fig])
        if i == 1:
            ws.sheet_state = "hidden"
    path = folder / "西镇6月投资项目.xlsx"
    wb.save(path)
    return path


def fai_sheet1_copy_period_in_titles(folder: Path) -> Path:
    """东镇 copied May's sheet (``Sheet1``) to ``Sheet1 (2)`` and updated it for June; the period is only in
    each sheet's title (1-5月 / 1-6月); the file name says nothing of the month.

    A reader takes: 东镇, 2026-06 from ``Sheet1 (2)``: 2 projects, 1-6月累计 1,500 + 500 = 2,000 万元
    (fai_cum 0.2 亿元); May's 1,200 + 400 never taken as June's.
    """
    wb = openpyxl.Workbook()
    for i, (months, figs) in enumerate((("1-5", (1200, 400)), ("1-6", (1500, 500)))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = "Sheet1" if i == 0 else "Sheet1 (2)"
        ws.append([f"东镇2026年{months}月工业投资项目进度"])
        ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
                   "是否纳统", "累计完成（万元）"])
        for n, fig in enumerate(figs, 1):
            ws.append([pcode(40 + n), f"东镇项目{n}", "新建", "否", "是", 3000, "是", D(2026, 2, n), "是", fig])
    path = folder / "东镇项目进度表.xlsx"
    wb.save(path)
    return path


def ent_split_by_township_sheets(folder: Path) -> Path:
    """统计局's return split over two sheets by township: sheet ``东镇`` and sheet ``西镇``, same columns, no
    乡镇 column (the sheet says it), one title each naming 2026年1-6月.

    A reader takes: ONE return for 2026-06 of 5 enterprises (3 in 东镇, 2 in 西镇), 1-6月累计
    10,000 + 20,000 + 30,000 + 15,000 + 25,000 = 100,000 万元 (10 亿元) — or a question; never one
    township's rows alone as the county's output.
    """
    wb = openpyxl.Workbook()
    for i, (town, rows) in enumerate((("东镇", ((U1, 10000), (U2, 20000), (U3, 30000))),
                                      ("西镇", ((U4, 15000), (U5, 25000))))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = town
        ws.append([f"{town}2026年1-6月规上工业企业产值"])
        ws.append(["企业名称", "统一社会信用代码", "行业代码", "是否战新", "1-6月累计产值（万元）"])
        for n, (code, fig) in enumerate(rows, 1):
            ws.append([f"{town}企业{n}有限公司", code, "3021", "否", fig])
    path = folder / "统计局2026年6月规上企业（分乡镇）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Second batch: pasted values, minus signs, year-months, currency signs, conflicting units
# ---------------------------------------------------------------------------------------------

def city_fractions_pasted_without_format(folder: Path) -> Path:
    """The city table pasted as values (选择性粘贴 → 数值) from a sheet that showed rates as 8.7%: the % format
    is gone and every rate is a plain fraction 0.087, 0.065 … in 常规 cells, under headers 增速（%）.

    A reader takes: 测试县 output +8.7 %, value added +6.5 % (rank 2, tied with 乙县) — the column is a
    percentage whose every cell is below 1; stored as 0.065 % it would be wrong by 100 times.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "粘贴"
    ws.append(["测试市2026年1-6月各县区工业增速"])
    ws.append(["县区", "规上工业总产值增速（%）", "规上工业增加值增速（%）"])
    for county, out, va in (("全市", 0.081, 0.062), ("甲县", 0.102, 0.075), ("乙县", 0.079, 0.065),
                            ("测试县", 0.087, 0.065), ("丙县", 0.053, 0.05)):
        ws.append([county, out, va])
    path = folder / "各县区增速（数值粘贴）2026年6月.xlsx"
    wb.save(path)
    return path


def city_minus_signs_of_three_kinds(folder: Path) -> Path:
    """Growth pasted from the city's web bulletin: ``−3.2`` with the typographic minus (U+2212), ``－1.5``
    (full-width), ``-0.8`` (ASCII), and 2.1 positive; output growth all positive numbers.

    A reader takes: value added 甲县 2.1, 乙县 −0.8, 丙县 −1.5, 测试县 −3.2 (%): 测试县 rank 4; output growth
    测试县 8.7 (rank 2).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["测试市2026年1-6月各县区主要工业指标对比"])
    ws.append(["县区", "规上工业总产值增速（%）", "规上工业增加值增速（%）", "工业固定资产投资增速（%）"])
    for county, out, va, fai in (("全市", 8.1, "−0.9", 5.0), ("甲县", 10.2, 2.1, 6.0), ("乙县", 7.9, "-0.8", 7.0),
                                 ("丙县", 5.3, "－1.5", 8.0), ("测试县", 8.7, "−3.2", 9.0)):
        ws.append([county, out, va, fai])
    path = folder / "主要指标对比（网页复制）2026-06.xlsx"
    wb.save(path)
    return path


def ent_entry_months_every_style(folder: Path) -> Path:
    """统计局's 入规年月 typed six ways: 2026.3 (a number), ``2026.10`` (text: October — after June), 202603
    (a number), ``2026年3月``, ``26年3月``, ``2019`` (years ago).

    A reader takes: 6 enterprises; entered 2026-03 (×4: rows 3, 5, 6, 7), 2026-10 (impossible in a June
    return: asked), 2019.  New above-scale this year by June: 4.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["测试县2026年1-6月规上工业企业生产情况"])
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "1-6月累计产值（万元）"])
    for i, (code, month) in enumerate(zip((U1, U2, U3, U4, U5, U6),
                                          (2026.3, "2026.10", 202603, "2026年3月", "26年3月", "2019"), strict=True)):
        ws.append([f"新入规企业{i + 1}有限公司", code, "东镇", "3021", "否", month, 2000 + i])
    path = folder / "统计局2026年6月规上企业（入规年月）.xlsx"
    wb.save(path)
    return path


def factors_fund_amounts_with_currency_signs(folder: Path) -> Path:
    """财政局's fund ledger under ``单位：万元`` whose amounts carry the finance system's currency signs:
    ``¥120.50``, ``￥200``, ``RMB 1,000``, and a bare 300.

    A reader takes: 2026-06, 4 rows in 万元: contributed 120.5 + 200 = 320.5; raised 1,000; disbursed 300.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基金"
    ws.append(["测试县2026年1-6月工业倍增资金情况"])
    ws.append(["填报单位：县财政局", None, None, "单位：万元"])
    ws.append(["事项", "日期", "摘要", "金额", "季度"])
    ws.append(["上划市工业倍增发展基金", D(2026, 3, 31), "一季度上划", "¥120.50", 1])
    ws.append(["上划市工业倍增发展基金", D(2026, 6, 30), "二季度上划", "￥200", 2])
    ws.append(["工业发展资金筹集", D(2026, 4, 15), "预算安排", "RMB 1,000", None])
    ws.append(["工业发展资金拨付", D(2026, 5, 20), "厂房奖补", 300, None])
    path = folder / "财政局倍增资金2026年6月.xlsx"
    wb.save(path)
    return path


def fai_header_units_against_a_unit_line(folder: Path) -> Path:
    """西镇 left last year's ``单位：亿元`` line above a header that now says （万元） in every amount column.

    A reader takes: the header is the nearer, more specific statement: 万元.  2 projects, total 3,000 + 800,
    1-6月累计 1,200 + 300 = 1,500 万元 (fai_cum 0.15 亿元) — or a question; never 15,000,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["西镇2026年1-6月工业投资项目情况"])
    ws.append(["填报单位：西镇", None, None, None, None, None, None, "单位：亿元"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "1-6月累计（万元）"])
    ws.append([pcode(51), "西镇铸造项目", "新建", "否", "是", 3000, "是", D(2026, 3, 3), "是", 1200])
    ws.append([pcode(52), "西镇包装项目", "扩建", "否", "否", 800, "是", D(2026, 4, 4), "是", 300])
    path = folder / "西镇项目（单位行未改）6月.xlsx"
    wb.save(path)
    return path


def fai_copy_whose_title_was_not_updated(folder: Path) -> Path:
    """东镇's file named 6月 with ``Sheet1`` (May) and ``Sheet1 (2)`` (June's figures) — but the clerk never
    changed the copy's title: both say 2026年1-5月.

    A reader cannot tell from the sheets which is June: ``Sheet1 (2)`` is the likely one (the copy, file name 6月),
    but both titles say May.  Acceptable: a question, or ``Sheet1 (2)`` for 2026-06 with a note; wrong: May's
    figures (1,200 + 400) stored as June's, or June's as May's, silently.
    """
    wb = openpyxl.Workbook()
    for i, figs in enumerate(((1200, 400), (1500, 500))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = "Sheet1" if i == 0 else "Sheet1 (2)"
        ws.append(["东镇2026年1-5月工业投资项目进度"])
        ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
                   "是否纳统", "累计完成（万元）"])
        for n, fig in enumerate(figs, 1):
            ws.append([pcode(60 + n), f"东镇项目{n}", "新建", "否", "是", 3000, "是", D(2026, 2, n), "是", fig])
    path = folder / "东镇6月项目进度.xlsx"
    wb.save(path)
    return path


def fai_summary_sheet_before_the_details(folder: Path) -> Path:
    """东镇's workbook opens on a ``汇总`` sheet (by 建设性质: 项目个数 | 计划总投资 | 1-6月累计完成投资, totals of the
    detail) and the projects are on ``明细``, the way a township shows its leaders the totals first.

    A reader takes: the 明细 sheet: 东镇, 2026-06, 3 projects, 1-6月累计 1,000 + 600 + 400 = 2,000 万元 (fai_cum
    0.2 亿元, 技改 600 万元); the 汇总 sheet's figures are the same money again and never added to it.
    """
    wb = openpyxl.Workbook()
    top = wb.active
    top.title = "汇总"
    top.append(["东镇2026年1-6月工业固定资产投资汇总"])
    top.append(["建设性质", "项目个数", "计划总投资（万元）", "1-6月累计完成投资（万元）"])
    top.append(["新建", 2, 5000, 1400])
    top.append(["改建和技术改造", 1, 1500, 600])
    top.append(["合计", 3, 6500, 2000])
    ws = wb.create_sheet("明细")
    ws.append(["东镇2026年1-6月工业固定资产投资项目明细"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "计划总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "1-6月累计完成投资（万元）"])
    ws.append([pcode(71), "东镇新建一", "新建", "否", "是", 3000, "是", D(2026, 3, 1), "是", 1000])
    ws.append([pcode(72), "东镇技改一", "改建和技术改造", "是", "是", 1500, "是", D(2026, 3, 2), "是", 600])
    ws.append([pcode(73), "东镇新建二", "新建", "否", "否", 2000, "是", D(2026, 3, 3), "是", 400])
    path = folder / "东镇2026年6月工业投资（汇总+明细）.xlsx"
    wb.save(path)
    return path


def fai_cells_with_remarks_and_a_rate(folder: Path) -> Path:
    """西镇's table where the clerk annotated figures in the cells: ``300（预计）`` in 1-6月累计, ``1200（含土地）``
    in 总投资, and ``12.5%`` typed into 总投资 of the third project (a completion rate in the wrong column).

    A reader takes: 300 and 1,200 are the figures meant (estimated / including land) — read, or asked on
    their cells; ``12.5%`` is no amount at all: refused on that cell.  Never 12.5 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["西镇2026年1-6月工业项目"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "1-6月累计（万元）"])
    ws.append([pcode(81), "西镇项目甲", "新建", "否", "是", 2000, "是", D(2026, 3, 1), "是", "300（预计）"])
    ws.append([pcode(82), "西镇项目乙", "新建", "否", "是", "1200（含土地）", "是", D(2026, 3, 2), "是", 200])
    ws.append([pcode(83), "西镇项目丙", "新建", "否", "是", "12.5%", "是", D(2026, 3, 3), "是", 100])
    path = folder / "西镇6月项目（单元格备注）.xlsx"
    wb.save(path)
    return path


def fai_system_dates_and_number_flags(folder: Path) -> Path:
    """东镇's table filled from the approval platform's export: 开工日期 as the number 20260301 (yyyymmdd),
    ``2026/03/02 00:00:00`` text, ``2026-03`` (month only); flags 1 / 0 in 是否纳统 and ``是（已入库）`` words.

    A reader takes: 东镇, 2026-06, 4 projects started 2026-03-01, 2026-03-02, 2026-03(-01), and one not
    started (no date); in statistics 1, 0, 是, 1 → 3 of 4; 1-6月累计 100, 100, 100, 0 (fai_cum 0.02 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["东镇2026年1-6月工业固定资产投资项目（平台导出）"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "是否开工", "开工日期",
               "是否纳统", "1-6月累计（万元）"])
    ws.append([pcode(91), "东镇导出一", "新建", 0, 1, 1000, 1, 20260301, 1, 100])
    ws.append([pcode(92), "东镇导出二", "新建", 0, 1, 1000, 1, "2026/03/02 00:00:00", 0, 100])
    ws.append([pcode(93), "东镇导出三", "新建", 0, 1, 1000, 1, "2026-03", "是（已入库）", 100])
    ws.append([pcode(94), "东镇导出四", "新建", 0, 1, 1000, 0, None, 1, 0])
    path = folder / "东镇项目平台导出2026年6月.xlsx"
    wb.save(path)
    return path


def city_percent_format_over_typed_percents(folder: Path) -> Path:
    """The county bureau formatted the growth columns as 百分比 AFTER typing 8.7, 6.5 …: Excel keeps 8.7 and
    shows 870.0%; 全市 was typed after formatting (0.062 shown as 6.2%).

    A reader takes: the clerk's 8.7 / 6.5 — the screen's 870.0% is no county's growth.  Acceptable: read as
    8.7 %, or asked on the cells; wrong: 测试县 value added +650 % stored.
    """
    path = folder / "县区增速（格式后设）2026年6月.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("增速")
    pct = wb.add_format({"num_format": "0.0%"})
    ws.write(0, 0, "测试市2026年1-6月各县区主要工业指标增速")
    ws.write_row(1, 0, ["县区", "规上工业总产值增速", "规上工业增加值增速"])
    for r, (county, out, va) in enumerate((("全市", 0.081, 0.062), ("甲县", 10.2, 7.5), ("乙县", 7.9, 6.5),
                                           ("测试县", 8.7, 6.5), ("丙县", 5.3, 5.0)), 2):
        ws.write_string(r, 0, county)
        ws.write_number(r, 1, out, pct)
        ws.write_number(r, 2, va, pct)
    wb.close()
    return path


def city_dash_blank_and_zero(folder: Path) -> Path:
    """The city table where the bureau publishes no FAI figures for 丙县 (``—`` in both cells), 乙县's FAI
    growth is exactly 0 (typed 0) and 甲县's cell is blank (not yet published).

    A reader takes: FAI 1-6月 (万元) 测试县 6,700 −16.3 %, 乙县 4,000 0 %, 甲县 5,000 (growth unknown), 丙县 none;
    测试县's FAI growth ranks 2nd of the 2 counties that have one — never behind a 丙县 counted as 0 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比"
    ws.append(["测试市2026年1-6月各县区主要工业指标对比"])
    ws.append(["县区", "工业固定资产投资累计（万元）", "工业固定资产投资增速（%）", "规上工业增加值增速（%）"])
    for row in (("全市", 21000, -5.0, 6.2), ("甲县", 5000, None, 7.5), ("乙县", 4000, 0, 6.5),
                ("测试县", 6700, -16.3, 6.5), ("丙县", "—", "—", 5.0)):
        ws.append(list(row))
    path = folder / "全市对比（缺数）2026年6月.xlsx"
    wb.save(path)
    return path


def cultivation_everyday_names_and_mixed_grants(folder: Path) -> Path:
    """工信局's ledger in the office's shorthand: 培育类型 ``小巨人``, ``高企``, ``科小``, ``专精特新`` (the provincial
    list), ``国家级专精特新小巨人``; 奖补资金 ``50万元``, ``0.01亿``, ``30000元``, 5.

    A reader takes: 2026-06, 5 rows: 专精特新小巨人 (twice: 东方, 东关), 高新技术企业, 科技型中小企业, 省级专精特新;
    grants 50, 100, 3, 5 万元 (and none).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育"
    ws.append(["2026年1-6月重点企业培育台账"])
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金"])
    ws.append(["东方光伏科技有限公司", U1, "东镇", "小巨人", "已认定", D(2026, 4, 1), "50万元"])
    ws.append(["东关饲料有限公司", U2, "东镇", "国家级专精特新小巨人", "申报中", D(2026, 5, 1), "0.01亿"])
    ws.append(["西岭建材有限公司", U3, "西镇", "高企", "已认定", D(2026, 3, 1), "30000元"])
    ws.append(["西镇矿业有限公司", U4, "西镇", "科小", "已入库", D(2026, 2, 1), 5])
    ws.append(["西镇新材有限公司", U5, "西镇", "专精特新", "培育中", None, None])
    path = folder / "工信局企业培育台账2026年6月.xlsx"
    wb.save(path)
    return path


def attraction_chains_in_short(folder: Path) -> Path:
    """招商局's ledger with the industry chain said short: ``光伏``, ``化工``, ``建材``, ``农产品加工``, and ``新能源``
    (光伏新能源 or 现代能源?).

    A reader takes: 光伏新能源, 精细化工, 新型建材, 涉农加工; the fifth cannot be told: asked on its cell.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年1-6月招商引资项目台账"])
    ws.append(["项目名称", "投资方", "产业链", "项目阶段", "签约日期", "总投资（万元）"])
    for i, chain in enumerate(("光伏", "化工", "建材", "农产品加工", "新能源"), 1):
        ws.append([f"产业链项目{i}", f"投资方{i}", chain, "签约", D(2026, i, 10), 1000])
    path = folder / "招商引资台账6月（产业链简称）.xlsx"
    wb.save(path)
    return path


def cultivation_status_in_words(folder: Path) -> Path:
    """工信局's ledger with the status said as people say it: ``已申报``, ``正在申报``, ``已通过认定``, ``认定``,
    ``已入库``, ``未获批``, ``培育``; dates as real dates.

    A reader takes: 申报中, 申报中, 已认定, 已认定, 已入库, 未通过, 培育中 (7 rows of 2026-06).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年6月企业培育台账"])
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期"])
    said = ("已申报", "正在申报", "已通过认定", "认定", "已入库", "未获批", "培育")
    kinds = ("高新技术企业", "省级专精特新", "高新技术企业", "绿色工厂", "科技型中小企业", "专精特新小巨人", "拟入规")
    codes = (U1, U2, U3, U4, U5, U6, uscc(67))
    for i, (status, kind, code) in enumerate(zip(said, kinds, codes, strict=True), 1):
        ws.append([f"培育企业{i}有限公司", code, "东镇", kind, status, None if status == "培育" else D(2026, i, 1)])
    path = folder / "企业培育台账（状态用语）2026年6月.xlsx"
    wb.save(path)
    return path


def fai_in_stats_said_in_words(folder: Path) -> Path:
    """西镇's 纳统 column in the statistics office's words: ``已纳统``, ``未纳统``, ``已入库``, ``待入库``, ``拟纳统``,
    ``正在办理入库``; 开工 as ``已开工`` / ``在建`` / ``建成投产``.

    A reader takes: in statistics rows 1 and 3 only (2 of 6: the others are not yet in); all 6 started.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["西镇2026年1-6月工业项目"])
    ws.append(["项目代码", "项目名称", "建设性质", "是否技改", "是否重点", "总投资（万元）", "开工情况", "开工日期",
               "纳统情况", "1-6月累计（万元）"])
    said = ("已纳统", "未纳统", "已入库", "待入库", "拟纳统", "正在办理入库")
    started = ("已开工", "在建", "建成投产", "已开工", "在建", "已开工")
    for i, (stat, go) in enumerate(zip(said, started, strict=True), 1):
        ws.append([pcode(100 + i), f"西镇纳统{i}", "新建", "否", "是", 1000, go, D(2026, 2, i), stat, 100])
    path = folder / "西镇项目（纳统用语）2026年6月.xlsx"
    wb.save(path)
    return path


ALL = [
    attraction_units_mixed_in_one_column, attraction_amounts_with_words, ent_header_wanyuan_figures_in_yuan,
    ent_numbers_every_style, factors_money_and_land_mixed_units, targets_units_in_the_value_cells,
    city_growth_every_style, progress_percent_every_style, fai_dates_every_style, fai_flags_every_style,
    attraction_dates_every_style, fai_blank_zero_dash, gongxin_two_forms_two_sheets, ent_two_months_june_first,
    fai_hidden_draft_sheet, fai_sheet1_copy_period_in_titles, ent_split_by_township_sheets,
    city_fractions_pasted_without_format, city_minus_signs_of_three_kinds, ent_entry_months_every_style,
    factors_fund_amounts_with_currency_signs, fai_header_units_against_a_unit_line, fai_copy_whose_title_was_not_updated,
    fai_summary_sheet_before_the_details, fai_cells_with_remarks_and_a_rate,
    fai_system_dates_and_number_flags, city_percent_format_over_typed_percents,
    city_dash_blank_and_zero, cultivation_everyday_names_and_mixed_grants,
    attraction_chains_in_short, cultivation_status_in_words,
    fai_in_stats_said_in_words,
]
