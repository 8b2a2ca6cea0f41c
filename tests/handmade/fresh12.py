"""Hand-made returns, round 12: fresh eyes on what beizeng learned in round 11 (cards a sheet each, each sheet's own
合计, page totals, quiet nil returns, marks beside figures, 核减, dates without a year, targets with units in cells),
in variants nobody had tried: platform cards whose lines come in another order or carry a hidden line, a struck
card line with its correction typed under it, a card's 上年同期 that is ``#N/A`` with a comment, cards behind a
汇总 table, a cash book kept as a sheet per month with a 合计 on each, a 招商 register of each month's new signings,
a last month sheet closed by the whole year's 合计, pages joined by 过次页 / 承前页 (the accountant's carried-forward
lines), one sheet holding several months closed by ``N月合计``, figures in 亿元 with township 小计 rows, ditto
marks (同上, 〃) for a township, ``△50`` and ``核减50`` for a write-down, ``以下空白`` under the last row, a row
of slashes for a nil return, 去年12月28日, quarterly targets typed with units — and returns kept over several sheets
(month sheets, township sheets, a 续表, cards) whose sheets each say their own unit (元, 千元, 亿元).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or paths, in the order they are dropped); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
the city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import as_xls
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1200, 1240)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2612: none of the earlier rounds')."""
    return f"2612-610599-04-01-{n:06d}"



# ---------------------------------------------------------------------------------------------
# 规上工业企业: one enterprise's return as a card per sheet
# ---------------------------------------------------------------------------------------------

#: (tab, name, USCC, township, industry, 战新, 入规, 本月, 1-6月, 上年同期, 营业收入)
FIRMS: list[tuple[str, str, str, str, str, str, str, int, int, Any, int]] = [
    ("东方光伏", "东方光伏科技有限公司", U[1200], "东镇", "3825", "是", "2019-05", 5000, 30000, 25000, 33000),
    ("东关饲料", "东关饲料有限公司", U[1201], "东镇", "1329", "否", "2018-06", 3300, 20000, 22000, 21000),
    ("西岭建材", "西岭建材有限公司", U[1202], "西镇", "3021", "否", "2020-01", 8000, 50000, 45000, 52000),
]


def _platform_card(ws: Worksheet, firm: tuple[Any, ...], lines: list[list[Any]],
                   particulars_order: tuple[int, ...] = (0, 1, 2, 3, 4)) -> int:
    """The online platform's printout of one enterprise: title, 单位 line, particulars two a row (label | value),
    then 指标名称 | 本期 | 上年同期 and the lines; returns the row after the last line."""
    _tab, name, code, town, ind, sei = firm[:6]
    _title(ws, f"{name}2026年1-6月主要经济指标快报", 4)
    _put(ws, 2, 1, ["", "", "", "单位：万元"])
    pairs = [("单位详细名称", name), ("统一社会信用代码", code), ("所在乡镇（街道）", town), ("行业代码", ind),
             ("是否战略性新兴产业", sei)]
    pairs = [pairs[k] for k in particulars_order]
    for k, (label, value) in enumerate(pairs):
        _put(ws, 3 + k // 2, 1 + 2 * (k % 2), [label, value])
    top = 3 + (len(pairs) + 1) // 2
    _put(ws, top, 1, ["指标名称", "本期", "上年同期"])
    for r, line in enumerate(lines, top + 1):
        _put(ws, r, 1, line)
    return top + 1 + len(lines)


def ent_platform_cards_lines_in_another_order(folder: Path) -> Path:
    """统计局 forwards three enterprises' platform printouts, a sheet each (「东方光伏」 「东关饲料」 「西岭建材」):
    particulars two a row, then 指标名称 | 本期 | 上年同期 (no 计量单位 column; ``单位：万元`` above).  「东方光伏」
    lists 工业总产值 then 营业收入, with a HIDDEN line between them: ``工业总产值（1-5月） | 25,000 | 20,000`` (row 8);
    「东关饲料」 lists 营业收入 FIRST, then 工业总产值; 「西岭建材」 has its particulars in another order (信用代码
    first, 行业代码 before 乡镇).

    A reader takes 3 enterprises, 本期 = 1-6月 (the title): 工业总产值 30,000 | 20,000 | 50,000 = 100,000 万元,
    上年同期 25,000 | 22,000 | 45,000 = 92,000, 营业收入 33,000 | 21,000 | 52,000; the hidden 1-5月 line is no
    line of 东方光伏's card.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    f = FIRMS
    ws = wb.create_sheet(f[0][0])
    _platform_card(ws, f[0], [["工业总产值（当年价格）", 30000, 25000], ["工业总产值（1-5月）", 25000, 20000],
                              ["营业收入", 33000, 30000]])
    ws.row_dimensions[8].hidden = True
    ws = wb.create_sheet(f[1][0])
    _platform_card(ws, f[1], [["营业收入", 21000, 20500], ["工业总产值（当年价格）", 20000, 22000]])
    ws = wb.create_sheet(f[2][0])
    _platform_card(ws, f[2], [["工业总产值（当年价格）", 50000, 45000], ["营业收入", 52000, 47000]],
                   particulars_order=(1, 0, 3, 2, 4))
    path = folder / "统计局转报企业快报（6月）.xlsx"
    wb.save(path)
    return path


def _label_card(ws: Worksheet, firm: tuple[Any, ...], extra: list[tuple[str, Any]] | None = None,
                last_year: Any = None) -> int:
    """A clerk's own card: title, 单位 line, label | value lines from row 3 (the signature line directly under the
    last, no gap); returns the row of the signature."""
    _tab, name, code, town, ind, sei, entered, month, cum, ly, rev = firm
    _title(ws, "2026年1-6月规上工业企业生产情况", 2)
    ws.cell(2, 1, "单位：万元")
    lines: list[tuple[str, Any]] = [("企业名称", name), ("统一社会信用代码", code), ("所属乡镇", town), ("行业代码", ind),
                                    ("是否战新", sei), ("入规年月", entered), ("本月工业总产值", month),
                                    ("1-6月累计工业总产值", cum), ("上年同期累计工业总产值", ly if last_year is None else last_year),
                                    ("1-6月营业收入", rev)]
    lines += extra or []
    for r, (label, value) in enumerate(lines, 3):
        _put(ws, r, 1, [label, value])
    sign = 3 + len(lines)
    ws.cell(sign, 1, "单位负责人：张三  统计负责人：李四  填表人：王五  报出日期：2026年7月5日")
    return sign


def ent_cards_struck_line_with_its_correction_under_it(folder: Path) -> Path:
    """Two cards of label | value lines, a sheet each (「东方光伏」 「东关饲料」), the signature line (单位负责人 …
    报出日期) directly under the last line.  On 「东关饲料」 the clerk struck the 1-6月 line through (row 10:
    ``1-6月累计工业总产值 | 19,000`` in 删除线) and typed the right one as the card's last line, row 13:
    ``1-6月累计工业总产值 | 20,000``.

    A reader takes 东方光伏 30,000 and 东关饲料 20,000 (the struck 19,000 is the figure the clerk took back and
    replaced): 1-6月 50,000 万元, 上年同期 47,000.
    """
    wb, ws = _book("东方光伏")
    _label_card(ws, FIRMS[0])
    dg = wb.create_sheet("东关饲料")
    firm = (*FIRMS[1][:8], 19000, *FIRMS[1][9:])
    _label_card(dg, firm, extra=[("1-6月累计工业总产值", 20000)])
    for c in (1, 2):
        dg.cell(10, c).font = Font(strike=True)
    path = folder / "统计局企业卡片（更正）2026年6月.xlsx"
    wb.save(path)
    return path


def ent_cards_new_entrant_last_year_na_with_comment(folder: Path) -> Path:
    """Three cards, a sheet each; the 3rd (「东镇新材料」, 入规 2026-03, 1-6月 3,000) has ``#N/A`` in 上年同期 (B11:
    the lookup of last year's list found nothing) and a comment on it: ``今年新入规，去年无数``.

    A reader takes 3 enterprises, 1-6月 30,000 + 20,000 + 3,000 = 53,000 万元; the newcomer has no 上年同期 (not
    0), so 产值增速 compares 东方光伏 and 东关饲料 only: 50,000 ÷ 47,000 − 1 = 6.383 %.
    """
    wb, ws = _book("东方光伏")
    _label_card(ws, FIRMS[0])
    _label_card(wb.create_sheet("东关饲料"), FIRMS[1])
    new = ("东镇新材料", "东镇新材料有限公司", U[1203], "东镇", "2929", "是", "2026-03", 1000, 3000, None, 3200)
    nw = wb.create_sheet("东镇新材料")
    _label_card(nw, new, last_year="#N/A")
    nw["B11"].comment = Comment("今年新入规，去年无数", "王五")
    path = folder / "统计局企业卡片（含新入规）2026年6月.xlsx"
    wb.save(path)
    return path


ENT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]


def _ent_rows(firms: list[tuple[Any, ...]]) -> list[list[Any]]:
    return [[i, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]] for i, f in enumerate(firms, 1)]


def ent_cards_behind_a_summary_table(folder: Path, typed: int | None = None) -> Path:
    """统计局's workbook: a first sheet 「汇总」 with the three enterprises as a table (title, 单位 line, the usual
    header, 3 rows, 合计 100,000), then the three enterprises' cards, a sheet each (label | value lines), the same
    figures.

    A reader takes 3 enterprises ONCE: 1-6月 100,000 万元 (the 汇总 and the cards are the same return two ways,
    never 200,000), 上年同期 92,000.

    ``typed``: 东关饲料's 1-6月 as typed in the 汇总 (I5) when it is not its card's 20,000 (B10 on 「东关饲料」):
    then which is right nobody can tell, and the sender is asked, naming both cells.
    """
    wb, ws = _book("汇总")
    _title(ws, "测试县2026年1-6月规上工业企业生产情况汇总", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    rows = _ent_rows(FIRMS)
    if typed is not None:
        rows[1][8] = typed
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["合计", None, None, None, None, None, None, 16300, 100000, 92000, 106000])
    for f in FIRMS:
        _label_card(wb.create_sheet(f[0]), f)
    path = folder / "统计局2026年6月规上企业（汇总+分户）.xlsx"
    wb.save(path)
    return path


def ent_platform_cards_month_and_cumulative_columns(folder: Path) -> Path:
    """Two platform printouts, a sheet each, whose lines have three figures: 指标名称 | 计量单位 | 本月 | 1-6月累计 |
    上年同期累计 (工业总产值 万元, 营业收入 万元).

    A reader takes 东方光伏 本月 5,000, 1-6月 30,000, 上年同期 25,000, 营收 33,000; 西岭建材 8,000 | 50,000 |
    45,000 | 52,000: 1-6月 80,000 万元, 本月 13,000.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f in (FIRMS[0], FIRMS[2]):
        ws = wb.create_sheet(f[0])
        _title(ws, f"{f[1]}2026年6月生产经营情况", 5)
        pairs = [("单位名称", f[1]), ("统一社会信用代码", f[2]), ("所在乡镇", f[3]), ("行业代码", f[4]),
                 ("是否战新", f[5]), ("入规年月", f[6])]
        for k, (label, value) in enumerate(pairs):
            _put(ws, 2 + k // 2, 1 + 2 * (k % 2), [label, value])
        _put(ws, 5, 1, ["指标名称", "计量单位", "本月", "1-6月累计", "上年同期累计"])
        _put(ws, 6, 1, ["工业总产值", "万元", f[7], f[8], f[9]])
        _put(ws, 7, 1, ["营业收入", "万元", None, f[10], None])
    path = folder / "统计局企业月报（分户）2026年6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 要素保障 / 招商: registers kept as a sheet per month
# ---------------------------------------------------------------------------------------------

FUND_HEAD = ["日期", "摘要", "上划市倍增基金（万元）", "工业发展资金筹集（万元）", "工业发展资金拨付（万元）", "所属季度"]
#: 财政局's cash book of 2026, each month's entries: date, 摘要, 上划 | 筹集 | 拨付, 季度.
FUNDS: dict[str, list[list[Any]]] = {
    "4月": [[D(2026, 4, 10), "一季度上划市倍增基金", 200, None, None, "一季度"],
            [D(2026, 4, 20), "县级财政预算安排", None, 500, None, None]],
    "5月": [[D(2026, 5, 12), "东镇光伏项目奖补", None, None, 300, None]],
    "6月": [[D(2026, 6, 8), "争取省级专项资金", None, 400, None, None],
            [D(2026, 6, 25), "西镇建材技改补助", None, None, 150, None]],
}


def funds_cash_book_month_sheets_each_with_a_total(folder: Path) -> Path:
    """财政局 keeps its 工业发展资金 cash book a sheet a month (「4月」 「5月」 「6月」), each with the columns
    日期 | 摘要 | 上划市倍增基金 | 工业发展资金筹集 | 工业发展资金拨付 (万元) | 所属季度 and closed by ``合计``; 5月's
    合计 of 拨付 (E5) says 350 where its one entry is 300.

    A reader takes 5 events: 上划 200 (一季度), 筹集 500 + 400 = 900, 拨付 300 + 150 = 450; the 合计 rows are no
    events; 5月's 合计 is wrong (350, not 300) and said on 「5月」!E4, nothing on the other sheets.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in FUNDS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"县财政局2026年{month}工业发展资金收支明细", len(FUND_HEAD))
        _put(ws, 2, 1, FUND_HEAD)
        for r, row in enumerate(rows, 3):
            _put(ws, r, 1, row)
        sums = [sum(row[k] or 0 for row in rows) or None for k in (2, 3, 4)]
        if month == "5月":
            sums[2] = 350
        _put(ws, 3 + len(rows), 1, ["合计", None, *sums])
    path = folder / "财政局2026年工业发展资金（分月）.xlsx"
    wb.save(path)
    return path


ATT_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期",
            "总投资（万元）", "本年到位资金（万元）", "责任单位"]
SIGNINGS: dict[str, list[list[Any]]] = {
    "4月": [[1, "年产5万吨精细化工中间体项目", "陕西华科化工有限公司", "精细化工", "西镇", "签约", D(2026, 4, 16), None, None,
            30000, 0, "县招商局"],
           [2, "光伏组件边框生产项目", "江苏明阳新能源有限公司", "光伏新能源", "东镇", "落户", D(2026, 4, 3), D(2026, 4, 28),
            None, 12000, 2000, "东镇"]],
    "5月": [[1, "富硒农产品深加工项目", "汉中绿源食品有限公司", "涉农加工", "西镇", "签约", D(2026, 5, 20), None, None,
            8000, 0, "西镇"]],
    "6月": [[1, "新型墙体材料生产线项目", "宝鸡建邦建材有限公司", "新型建材", "东镇", "开工", D(2026, 6, 2), D(2026, 6, 10),
            D(2026, 6, 26), 15000, 3000, "东镇"],
           [2, "储能电池pack项目", "深圳储联科技有限公司", "光伏新能源", None, "签约", D(2026, 6, 18), None, None, 50000, 0,
            "县招商局"]],
}


def attraction_new_signings_a_sheet_per_month(folder: Path) -> Path:
    """招商局's register of NEW signings kept a sheet a month: 「4月」 「5月」 「6月」, each titled
    ``2026年N月新签约招商引资项目`` and closed by ``小计`` (总投资 and 到位资金 of that month's projects).

    A reader takes the year's ledger: 5 projects (4月 2, 5月 1, 6月 2), 总投资 30,000 + 12,000 + 8,000 + 15,000 +
    50,000 = 115,000 万元, 本年到位资金 2,000 + 3,000 = 5,000 — or a question which sheets count; never 6月's two
    projects alone (that would drop April's and May's signings without a word).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in SIGNINGS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"2026年{month}新签约招商引资项目", len(ATT_HEAD))
        _put(ws, 2, 1, ["填报单位：县招商局（投资促进中心）"])
        _put(ws, 3, 1, ATT_HEAD)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        _put(ws, 4 + len(rows), 1, ["小计", None, None, None, None, None, None, None, None,
                                    sum(row[9] for row in rows), sum(row[10] for row in rows)])
    path = folder / "招商局2026年新签约项目（分月）.xlsx"
    wb.save(path)
    return path


LAND_HEAD = ["序号", "供地日期", "宗地名称", "电子监管号", "坐落乡镇", "供地面积（亩）", "成交价款（万元）"]
PARCELS: dict[str, list[list[Any]]] = {
    "4月": [[1, D(2026, 4, 8), "东镇新能源产业园地块", "DZ2612-41", "东镇", 20, 600],
            [2, D(2026, 4, 22), "西镇食品加工园地块", "XZ2612-42", "西镇", 15, 450]],
    "5月": [[1, D(2026, 5, 6), "东镇装备园一号地块", "DZ2612-51", "东镇", 12, 360],
            [2, D(2026, 5, 19), "西镇物流园二号地块", "XZ2612-52", "西镇", 8, 240]],
    "6月": [[1, D(2026, 6, 3), "东镇电子信息园地块", "DZ2612-61", "东镇", 30, 900]],
}


def land_month_sheets_last_closed_by_the_years_total(folder: Path) -> Path:
    """自然资源局's land ledger a sheet a month (「4月」 「5月」 「6月」), each closed by ``小计`` of its own parcels
    (4月 35 亩 1,050 万元, 5月 20 亩 600, 6月 30 亩 900); under 6月's 小计 the clerk added ``全年累计`` 85 亩 2,550
    万元 — the whole year's, all three sheets.

    A reader takes 5 parcels, 85 亩, 2,550 万元; every 小计 adds up and so does 全年累计 (to the year, not to 6月's
    sheet): nothing to warn about.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in PARCELS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
        _put(ws, 2, 1, LAND_HEAD)
        for r, row in enumerate(rows, 3):
            _put(ws, r, 1, row)
        end = 3 + len(rows)
        _put(ws, end, 1, ["小计", None, None, None, None, sum(v[5] for v in rows), sum(v[6] for v in rows)])
        if month == "6月":
            _put(ws, end + 1, 1, ["全年累计", None, None, None, None, 85, 2550])
    path = folder / "自然资源局2026年工业用地供应（分月）.xlsx"
    wb.save(path)
    return path


def land_one_sheet_month_sections_each_closed(folder: Path, typed_may: int | None = None) -> Path:
    """自然资源局's ledger on ONE sheet: 4月's parcels then ``4月合计`` (35 亩 1,050), 5月's then ``5月合计`` (20 亩
    600), 6月's then ``6月合计`` (30 亩 900), and at the bottom ``合计`` (85 亩 2,550).  ``typed_may``: the 成交价款
    the clerk typed in 5月合计 instead (630 where 360 + 240 = 600).

    A reader takes 5 parcels, 85 亩, 2,550 万元; each N月合计 adds up its own month's rows, the 合计 the year's:
    nothing is warned.  With ``typed_may=630``, only 5月合计's 成交价款 is wrong (630, not 600), said on its cell.
    """
    wb, ws = _book("供地台账")
    _title(ws, "县自然资源局2026年1-6月工业用地供应台账", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：亩、万元"])
    _put(ws, 3, 1, LAND_HEAD)
    r = 4
    n = 0
    for month, rows in PARCELS.items():
        for row in rows:
            n += 1
            _put(ws, r, 1, [n, *row[1:]])
            r += 1
        price = sum(v[6] for v in rows)
        if month == "5月" and typed_may is not None:
            price = typed_may
        _put(ws, r, 1, [f"{month}合计", None, None, None, None, sum(v[5] for v in rows), price])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, 85, 2550])
    path = folder / "自然资源局1-6月供地台账（按月合计）.xlsx"
    wb.save(path)
    return path


def land_one_sheet_month_sections_one_total_wrong(folder: Path) -> Path:
    """The one-sheet ledger of :func:`land_one_sheet_month_sections_each_closed` with 5月合计's 成交价款 typed 630
    (its two parcels make 360 + 240 = 600).

    A reader takes 5 parcels, 85 亩, 2,550 万元 (the rows, not the 合计); 5月合计 is said wrong on its cell (G9,
    630 against 600), nothing else.
    """
    return land_one_sheet_month_sections_each_closed(folder, typed_may=630)


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目 (townships): pages, marks, write-downs, blanks
# ---------------------------------------------------------------------------------------------

FAI_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）",
            "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]
MARCH_10 = D(2026, 3, 10)


def _fai(title: str, sender: str, sheet: str = "项目表", head: list[str] | None = None
         ) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book(sheet)
    _title(ws, title, len(head or FAI_HEAD))
    _put(ws, 2, 1, [f"填报单位：{sender}", None, None, None, None, None, None, None, None, None, None, None,
                    "单位：万元"])
    _put(ws, 3, 1, head or FAI_HEAD)
    return wb, ws


def _proj(i: Any, code: int, name: str, nature: str, cum: Any, month: Any = 100) -> list[Any]:
    tech = "是" if nature == "改建和技术改造" else "否"
    return [i, pcode(code), name, nature, tech, "是", 5000, 1500, "是", MARCH_10, "是", month, cum]


def _carried(label: str, month: int, cum: int) -> list[Any]:
    return [None, None, label, None, None, None, None, None, None, None, None, month, cum]


def fai_pages_carried_forward_guo_ci_ye_cheng_qian_ye(folder: Path, second_carry: int = 1750) -> Path:
    """东镇's return printed on three sheets the way an accountant carries a column over pages: 「第1页」 甲 800, 乙
    450, then ``过次页`` (carried to next page) 本月 200 | 1-6月 1,250; 「第2页」 opens with ``承前页`` 200 | 1,250,
    then 丙 300, 丁 200, ``过次页`` 400 | 1,750; 「第3页」 ``承前页`` 400 | 1,750, 戊 250, then ``合计`` 500 |
    2,000.

    A reader takes 5 projects, 800 + 450 + 300 + 200 + 250 = 2,000 万元 (本月 500); the 过次页 / 承前页 lines are
    running totals, no projects and no figures to add.  ``second_carry``: the 1-6月 the clerk typed in 「第2页」's
    过次页 (M5) instead of 1,750.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", sheet="第1页")
    _put(ws, 4, 1, _proj(1, 1, "东镇甲光伏支架项目", "新建", 800))
    _put(ws, 5, 1, _proj(2, 2, "东镇乙锅炉改造项目", "改建和技术改造", 450))
    _put(ws, 6, 1, _carried("过次页", 200, 1250))
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, FAI_HEAD)
    _put(p2, 2, 1, _carried("承前页", 200, 1250))
    _put(p2, 3, 1, _proj(3, 3, "东镇丙饲料加工项目", "新建", 300))
    _put(p2, 4, 1, _proj(4, 4, "东镇丁仓储物流项目", "扩建", 200))
    _put(p2, 5, 1, _carried("过次页", 400, second_carry))
    p3 = wb.create_sheet("第3页")
    _put(p3, 1, 1, FAI_HEAD)
    _put(p3, 2, 1, _carried("承前页", 400, 1750))
    _put(p3, 3, 1, _proj(5, 5, "东镇戊新型建材项目", "新建", 250))
    _put(p3, 4, 1, ["合计", None, None, None, None, None, None, None, None, None, None, 500, 2000])
    path = folder / "东镇6月固投（3页）.xlsx"
    wb.save(path)
    return path


def fai_pages_carried_forward_one_carry_wrong(folder: Path) -> Path:
    """The three pages of :func:`fai_pages_carried_forward_guo_ci_ye_cheng_qian_ye` with 「第2页」's 过次页 1-6月
    typed 1,757 (800 + 450 + 300 + 200 = 1,750 above it).

    A reader takes the same 5 projects, 2,000 万元; the 过次页 is said wrong on its cell (「第2页」 M5, 1,750 above
    it), nothing else.
    """
    return fai_pages_carried_forward_guo_ci_ye_cheng_qian_ye(folder, second_carry=1757)


def fai_figures_after_yi_xia_kong_bai(folder: Path) -> Path:
    """西镇's return: 甲 800, 乙 450, then in 序号's column ``以下空白`` (the clerk's mark that nothing follows) and
    a few empty rows, then the signature; nothing else.

    A reader takes 2 projects, 1,250 万元; ``以下空白`` is no project and nothing to ask about.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 4, 1, _proj(1, 11, "西镇甲陶瓷生产线项目", "新建", 800, month=150))
    _put(ws, 5, 1, _proj(2, 12, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=50))
    _put(ws, 6, 1, ["以下空白"])
    _put(ws, 10, 1, ["填报人：赵西", None, None, "联系电话：0913-2222222", None, None, "审核人：刘某"])
    path = folder / "西镇6月固投（以下空白）.xlsx"
    wb.save(path)
    return path


def fai_nil_row_of_slashes(folder: Path) -> Path:
    """西镇's return with no project this year: under the header one row with ``/`` in every cell (序号 to 1-6月).

    A reader takes a nil return (西镇 has no industrial project: 0 rows, 0 万元), not 13 problems about one row.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 4, 1, ["/"] * len(FAI_HEAD))
    path = folder / "西镇6月固投（无项目）.xlsx"
    wb.save(path)
    return path


def fai_triangle_for_a_write_down(folder: Path) -> list[Path]:
    """东镇's May return (甲 1-5月 900, 本月 150; 乙 1-5月 400), then June's: 甲 本月 ``△50`` (the accountant's mark
    for a negative: the statistics office wrote 50 down) and 1-6月 850; 乙 本月 100, 1-6月 500.

    A reader takes 甲 本月 −50 (or a question on the cell), 1-6月 850 + 500 = 1,350 万元; never +50.
    """
    paths = []
    for month, rows in (("5", [_proj(1, 21, "东镇甲光伏支架项目", "新建", 900, month=150),
                              _proj(2, 22, "东镇乙锅炉改造项目", "改建和技术改造", 400, month=100)]),
                        ("6", [_proj(1, 21, "东镇甲光伏支架项目", "新建", 850, month="△50"),
                               _proj(2, 22, "东镇乙锅炉改造项目", "改建和技术改造", 500, month=100)])):
        head = [*FAI_HEAD[:12], f"1-{month}月累计完成投资（万元）"]
        wb, ws = _fai(f"东镇2026年1-{month}月工业固定资产投资项目进展情况", "东关镇人民政府", head=head)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / f"东镇{month}月固投.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


def fai_write_down_in_words_hejian_50(folder: Path) -> list[Path]:
    """西镇's May return (甲 1-5月 900, 乙 400), then June's: 甲 本月 typed ``核减50`` (no minus: the word says it)
    and 1-6月 850; 乙 本月 100, 1-6月 500.

    A reader takes 甲 本月 −50 (核减 = written down; or a question on the cell), 1-6月 1,350 万元; never +50.
    """
    paths = []
    for month, rows in (("5", [_proj(1, 31, "西镇甲陶瓷生产线项目", "新建", 900, month=150),
                              _proj(2, 32, "西镇乙余热利用改造项目", "改建和技术改造", 400, month=100)]),
                        ("6", [_proj(1, 31, "西镇甲陶瓷生产线项目", "新建", 850, month="核减50"),
                               _proj(2, 32, "西镇乙余热利用改造项目", "改建和技术改造", 500, month=100)])):
        head = [*FAI_HEAD[:12], f"1-{month}月累计完成投资（万元）"]
        wb, ws = _fai(f"西镇2026年1-{month}月工业固定资产投资项目进展情况", "西镇人民政府", head=head)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / f"西镇{month}月固投.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


def fai_units_row_column_numbers_and_total_on_top(folder: Path) -> Path:
    """东镇's return with three habits at once: a units row under the header (``（万元）`` under each money column),
    then a 栏次 row (甲 乙 丙 … 1 2 3 …), then ``总  计`` first (本月 250, 1-6月 1,250), then 甲 800 and 乙 450.

    A reader takes 2 projects, 1,250 万元 (本月 150 + 100), the 总计 adding up.
    """
    head = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资", "年度计划投资", "是否开工",
            "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"]
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", head=head)
    _put(ws, 4, 1, [None] * 6 + ["（万元）", "（万元）", None, None, None, "（万元）", "（万元）"])
    _put(ws, 5, 1, ["甲", "乙", "丙", "丁", "戊", "己", 1, 2, 3, 4, 5, 6, 7])
    _put(ws, 6, 1, ["总  计", None, None, None, None, None, 10000, 3000, None, None, None, 250, 1250])
    _put(ws, 7, 1, _proj(1, 41, "东镇甲光伏支架项目", "新建", 800, month=150))
    _put(ws, 8, 1, _proj(2, 42, "东镇乙锅炉改造项目", "改建和技术改造", 450, month=100))
    path = folder / "东镇6月固投（栏次）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 规上工业企业 as tables: 亿元 with 小计, ditto marks, a last page's own 合计 (.xls)
# ---------------------------------------------------------------------------------------------

FIVE: list[tuple[Any, ...]] = [
    *FIRMS,
    ("西镇矿业", "西镇矿业有限公司", U[1204], "西镇", "1011", "否", "2021-03", 700, 4000, 3000, 4200),
    ("东镇风电", "东镇风电设备有限公司", U[1205], "东镇", "3415", "是", "2022-11", 1000, 6000, 5000, 6100),
]


def ent_in_yi_with_township_subtotals(folder: Path) -> Path:
    """统计局's list in 亿元 (``单位：亿元``; figures to 4 decimals) grouped by township, each group closed by
    ``东镇小计`` / ``西镇小计``, then ``合计``: 东镇 东方光伏 3.0000, 东关饲料 2.0000, 东镇风电 0.6000 (小计 5.6000);
    西镇 西岭建材 5.0000, 西镇矿业 0.4000 (小计 5.4000); 合计 11.0000.

    A reader takes 5 enterprises, 1-6月 30,000 + 20,000 + 6,000 + 50,000 + 4,000 = 110,000 万元, 上年同期
    100,000 万元; 东镇 56,000, 西镇 54,000.
    """
    wb, ws = _book("规上企业")
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：亿元"])
    _put(ws, 3, 1, ENT_HEAD)
    r = 4
    for town, firms in (("东镇", [FIVE[0], FIVE[1], FIVE[4]]), ("西镇", [FIVE[2], FIVE[3]])):
        for f in firms:
            _put(ws, r, 1, [r - 3, f[1], f[2], f[3], f[4], f[5], f[6]] + [v / 10000 for v in (f[7], f[8], f[9], f[10])])
            for c in range(8, 12):
                ws.cell(r, c).number_format = "0.0000"
            r += 1
        _put(ws, r, 1, [f"{town}小计", None, None, None, None, None, None]
             + [sum(f[k] for f in firms) / 10000 for k in (7, 8, 9, 10)])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, None] + [sum(f[k] for f in FIVE) / 10000 for k in (7, 8, 9, 10)])
    path = folder / "统计局6月规上企业（亿元）.xlsx"
    wb.save(path)
    return path


def ent_township_ditto_marks(folder: Path) -> Path:
    """统计局's list sorted by township, where the clerk typed the township once and ditto marks under it: 东方光伏
    ``东镇``, 东关饲料 ``同上``, 东镇风电 ``〃``, 西岭建材 ``西镇``, 西镇矿业 ``同上``.

    A reader takes 东镇 30,000 + 20,000 + 6,000 = 56,000 万元 and 西镇 50,000 + 4,000 = 54,000 (1-6月).
    """
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    order = [(FIVE[0], "东镇"), (FIVE[1], "同上"), (FIVE[4], "〃"), (FIVE[2], "西镇"), (FIVE[3], "同上")]
    for i, (f, town) in enumerate(order, 1):
        _put(ws, 3 + i, 1, [i, f[1], f[2], town, *f[4:11]])
    path = folder / "统计局6月规上企业.xlsx"
    wb.save(path)
    return path


def ent_xls_last_page_total_of_that_page(folder: Path) -> Path:
    """统计局's list saved as Excel 97-2003 on two sheets: 「第1页」 (东方光伏, 东关饲料, 西岭建材, ``本页合计``
    100,000) and 「第2页」 (header again, 西镇矿业 4,000, 东镇风电 6,000, then ``合计`` 10,000 — the clerk summed
    this page only).

    A reader takes 5 enterprises, 1-6月 110,000 万元; the last ``合计`` is that page's total (said as such), never
    a wrong grand total to refuse, and no enterprise.
    """
    wb, ws = _book("第1页")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    rows = _ent_rows(FIVE)
    for r, row in enumerate(rows[:3], 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["本页合计", None, None, None, None, None, None, 16300, 100000, 92000, 106000])
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, ENT_HEAD)
    for r, row in enumerate(rows[3:], 2):
        _put(p2, r, 1, row)
    _put(p2, 4, 1, ["合计", None, None, None, None, None, None, 1700, 10000, 8000, 10300])
    return as_xls(wb, folder / "统计局6月规上企业（2页）.xls")


# ---------------------------------------------------------------------------------------------
# 全市对比, 目标任务, 企业培育, 招商: round-11 classes, fresh variants
# ---------------------------------------------------------------------------------------------

def city_transposed_percent_formatted_with_rank_rows(folder: Path) -> Path:
    """统计局's city table the other way round (指标 a row each, 测试县 | 甲县 | 乙县 | 丙县 | 全市 a column each), the
    rates stored as fractions under a ``0.0%`` format (0.087 shows 8.7%) and a ``位次`` row under each rate:
    规上工业总产值（亿元） 12 | 20 | 15 | 16 | 63; 产值增速 8.7% | 5.1% | 8.7% | 3.0% | 6.0%; 规上工业增加值增速 6.5% |
    4.0% | 7.1% | 2.2% | 4.9%; 工业固定资产投资增速 −16.3% | 12.0% | 3.3% | 3.3% | 1.5%.

    A reader takes 测试县 产值 120,000 万元, 产值增速 8.7 %, 增加值增速 6.5 %, 固投增速 −16.3 % (全市 630,000 万元);
    the 位次 rows are no indicators of their own.
    """
    wb, ws = _book("对比")
    _title(ws, "测试市2026年1-6月各县区主要工业指标对比", 6)
    _put(ws, 2, 1, ["指标", "测试县", "甲县", "乙县", "丙县", "全市"])
    lines: list[tuple[str, list[Any], bool]] = [
        ("规上工业总产值（亿元）", [12, 20, 15, 16, 63], False),
        ("规上工业总产值增速", [0.087, 0.051, 0.087, 0.03, 0.06], True),
        ("位次", [1, 3, 1, 4, None], False),
        ("规上工业增加值增速", [0.065, 0.04, 0.071, 0.022, 0.049], True),
        ("位次", [2, 3, 1, 4, None], False),
        ("工业固定资产投资增速", [-0.163, 0.12, 0.033, 0.033, 0.015], True),
        ("位次", [4, 1, 2, 2, None], False),
    ]
    for r, (label, values, pct) in enumerate(lines, 3):
        _put(ws, r, 1, [label, *values])
        if pct:
            for c in range(2, 7):
                ws.cell(r, c).number_format = "0.0%"
    path = folder / "测试市6月各县区工业指标对比（横排）.xlsx"
    wb.save(path)
    return path


def targets_quarters_typed_with_units(folder: Path) -> Path:
    """工信局's targets with the quarterly split, every figure typed with its unit and the unit column left blank:
    规上工业总产值 | (blank) | ``24亿元`` | 一季度 ``5亿`` | 上半年 ``11亿`` | 前三季度 ``17.5亿`` | 全年 ``24亿``;
    招商引资到位资金 | (blank) | ``6亿元`` | ``10000万`` | ``25000万`` | ``45000万`` | ``60000万`` (the quarters in 万元).

    A reader takes output_target 24 亿元 with q1 5, q2 11, q3 17.5, q4 24 (亿元) — June's 序时进度目标 is 上半年's 11
    亿元 — and invest_quarter_target 6 亿元 with 1, 2.5, 4.5, 6 亿元 (each quarter in the unit it was typed in, stored
    in 亿元: never 10,000 亿元 nor 5 万元).
    """
    wb, ws = _book("目标")
    _title(ws, "测试县2026年工业倍增计划目标任务分解表", 7)
    _put(ws, 2, 1, ["指标名称", "单位", "年度目标", "一季度", "上半年", "前三季度", "全年"])
    _put(ws, 3, 1, ["规上工业总产值", None, "24亿元", "5亿", "11亿", "17.5亿", "24亿"])
    _put(ws, 4, 1, ["招商引资到位资金", None, "6亿元", "10000万", "25000万", "45000万", "60000万"])
    path = folder / "工信局2026年目标任务（分季度）.xlsx"
    wb.save(path)
    return path


def attraction_dates_last_year_in_words(folder: Path) -> Path:
    """招商局's ledger where the clerk wrote last year's dates in words: 甲 签约日期 ``去年12月28日``, 落户日期
    ``2026.2.10``; 乙 签约日期 ``上年11月5日``; 丙 签约日期 ``5月20日`` (this year, no year typed).

    A reader takes 甲 signed 2025-12-28, landed 2026-02-10; 乙 signed 2025-11-05; 丙 signed 2026-05-20 — never
    2026-12-28 (after the return's month) nor 2026-11-05.
    """
    wb, ws = _book("招商台账")
    _title(ws, "县招商局2026年1-6月招商引资项目台账", len(ATT_HEAD))
    _put(ws, 2, 1, ATT_HEAD)
    rows = [[1, "光伏玻璃深加工项目", "浙江晶华玻璃有限公司", "光伏新能源", "东镇", "落户", "去年12月28日", "2026.2.10", None,
             20000, 3000, "东镇"],
            [2, "精制茶加工项目", "汉中茗香茶业有限公司", "涉农加工", "西镇", "签约", "上年11月5日", None, None, 5000, 0, "西镇"],
            [3, "铝型材深加工项目", "广东兴发铝业有限公司", "新型建材", "东镇", "签约", "5月20日", None, None, 9000, 0, "县招商局"]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    path = folder / "招商局6月台账.xlsx"
    wb.save(path)
    return path


CULT_HEAD = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金（万元）"]


def cultivation_may_then_june_no_change(folder: Path) -> list[Path]:
    """工信局's May ledger (3 rows: 东方光伏 高新技术企业 已认定 2026-04-20; 东关饲料 拟入规 培育中; 西岭建材 科技型中小企业
    已入库 2026-05-08), then June's: the title and header, and under it one line ``本月无变化，同上月``.

    A reader takes June's ledger as May's three rows (the clerk says nothing changed) — or asks the clerk to send
    the rows; never an empty June ledger (0 enterprises cultivated) without a word.
    """
    may = [[1, U[1200], "东方光伏科技有限公司", "东镇", "高新技术企业", "已认定", D(2026, 4, 20), "张县长", 20],
           [2, U[1201], "东关饲料有限公司", "东镇", "拟入规", "培育中", None, "李局长", None],
           [3, U[1202], "西岭建材有限公司", "西镇", "科技型中小企业", "已入库", D(2026, 5, 8), "王局长", None]]
    paths = []
    for month, rows in (("5", may), ("6", None)):
        wb, ws = _book("培育台账")
        _title(ws, f"测试县2026年1-{month}月企业培育台账", len(CULT_HEAD))
        _put(ws, 2, 1, ["填报单位：县工信局"])
        _put(ws, 3, 1, CULT_HEAD)
        if rows:
            for r, row in enumerate(rows, 4):
                _put(ws, r, 1, row)
        else:
            _put(ws, 4, 1, ["本月无变化，同上月"])
        path = folder / f"工信局{month}月企业培育台账.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


def fai_prefix_marks_on_figures(folder: Path) -> Path:
    """东镇's return whose clerk put marks IN FRONT of figures: 甲 1-6月 ``※1,200`` (note under the table: ``※为
    调整后数据``), 乙 1-6月 ``＊860``, 乙 本月 ``约300``.

    A reader takes 甲 1,200 and 乙 860 (2,060 万元) — or a question on each marked cell; 乙's 本月 is an estimate
    (约: a question, or 300 with a word); never 11,200 nor 0.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    _put(ws, 4, 1, _proj(1, 51, "东镇甲新材料项目", "新建", "※1,200", month=200))
    _put(ws, 5, 1, _proj(2, 52, "东镇乙窑炉改造项目", "改建和技术改造", "＊860", month="约300"))
    _put(ws, 7, 1, ["注：※为调整后数据；＊含设备款。"])
    path = folder / "东镇6月固投（前置标注）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Where a figure could go silently wrong: a stale card, a unit said twice, a stale header, two months on a sheet
# ---------------------------------------------------------------------------------------------

def ent_cards_with_a_stale_may_card(folder: Path) -> Path:
    """Three June cards (label | value, titled ``2026年1-6月规上工业企业生产情况``) and a fourth sheet 「西镇矿业」 left
    from last month: its title says ``2026年1-5月规上工业企业生产情况`` and its lines ``1-5月累计工业总产值 | 3,300``
    (西镇矿业 did not report June yet).

    A reader takes June's 3 enterprises, 1-6月 30,000 + 20,000 + 50,000 = 100,000 万元 — the May card is no June
    figure (left out and said, or asked); never 103,300 with 西镇矿业's 1-5月 counted as its 1-6月.
    """
    wb, ws = _book("东方光伏")
    _label_card(ws, FIRMS[0])
    _label_card(wb.create_sheet("东关饲料"), FIRMS[1])
    _label_card(wb.create_sheet("西岭建材"), FIRMS[2])
    old = wb.create_sheet("西镇矿业")
    f = FIVE[3]
    _label_card(old, (*f[:7], 600, 3300, 2500, 3500))
    old.cell(1, 1).value = "2026年1-5月规上工业企业生产情况"
    old.cell(10, 1).value = "1-5月累计工业总产值"
    old.cell(12, 1).value = "1-5月营业收入"
    path = folder / "统计局企业卡片2026年6月.xlsx"
    wb.save(path)
    return path


def ent_unit_line_wanyuan_headers_yiyuan(folder: Path) -> Path:
    """统计局's list whose ``单位：万元`` line was copied from last year's file, but whose headers say ``（亿元）`` and
    whose figures are 亿元 (3.0000, 2.0000, 5.0000 for 1-6月).

    A reader sees two units for the same cells and asks; taken by the headers (nearest the figures, and the
    figures' size says 亿元), 1-6月 is 30,000 + 20,000 + 50,000 = 100,000 万元 — never 10 万元.
    """
    head = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值（亿元）",
            "1-6月累计产值（亿元）", "上年同期累计产值（亿元）", "1-6月营业收入（亿元）"]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    for r, row in enumerate(_ent_rows(FIRMS), 4):
        _put(ws, r, 1, [*row[:7], *(v / 10000 for v in row[7:])])
    path = folder / "统计局6月规上企业（单位）.xlsx"
    wb.save(path)
    return path


def fai_june_title_with_last_months_cumulative_header(folder: Path) -> Path:
    """东镇's June return (title ``2026年1-6月``, file name 6月) copied from May's file: the last column's header still
    says ``1-5月累计完成投资（万元）`` while its figures are June's (甲 800, 乙 450), 本月 150 | 50.

    A reader cannot tell whether the column is 1-5月 (then June's cumulative is missing) or a header left unchanged
    (then 1,250 万元 is June's): asks on the header cell; never files 1,250 as 1-6月 without a word.
    """
    head = [*FAI_HEAD[:12], "1-5月累计完成投资（万元）"]
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", head=head)
    _put(ws, 4, 1, _proj(1, 61, "东镇甲光伏支架项目", "新建", 800, month=150))
    _put(ws, 5, 1, _proj(2, 62, "东镇乙锅炉改造项目", "改建和技术改造", 450, month=50))
    path = folder / "东镇6月固投.xlsx"
    wb.save(path)
    return path


def fai_may_and_june_sections_on_one_sheet(folder: Path) -> Path:
    """西镇 keeps its return on ONE sheet, the new month under the old: ``5月`` (a line), 甲 1-5月 650, 乙 400,
    ``5月合计`` 1,050; then ``6月`` (a line), 甲 1-6月 800, 乙 450, ``6月合计`` 1,250 (the title ``西镇2026年工业
    固定资产投资项目进展情况``, the header once at the top: 1-N月累计完成投资).

    A reader takes June's section as the return of 2026-06: 2 projects, 800 + 450 = 1,250 万元 (May's section is
    May's, already sent) — or asks; never 2,300 (both months added) nor May's 1,050.
    """
    head = [*FAI_HEAD[:12], "1-N月累计完成投资（万元）"]
    wb, ws = _fai("西镇2026年工业固定资产投资项目进展情况", "西镇人民政府", head=head)
    _put(ws, 4, 1, ["5月"])
    _put(ws, 5, 1, _proj(1, 71, "西镇甲陶瓷生产线项目", "新建", 650, month=150))
    _put(ws, 6, 1, _proj(2, 72, "西镇乙余热利用改造项目", "改建和技术改造", 400, month=100))
    _put(ws, 7, 1, ["5月合计", None, None, None, None, None, None, None, None, None, None, 250, 1050])
    _put(ws, 8, 1, ["6月"])
    _put(ws, 9, 1, _proj(1, 71, "西镇甲陶瓷生产线项目", "新建", 800, month=150))
    _put(ws, 10, 1, _proj(2, 72, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=50))
    _put(ws, 11, 1, ["6月合计", None, None, None, None, None, None, None, None, None, None, 200, 1250])
    path = folder / "西镇2026年6月固投.xlsx"
    wb.save(path)
    return path


def fai_cumulative_parent_over_total_and_of_which(folder: Path) -> Path:
    """东镇's return with a two-row header: ``1-6月累计完成投资（万元）`` merged over two columns, ``合计`` | ``其中：设备
    购置`` under it (甲 800 | 300, 乙 450 | 120); 本月完成投资 (150 | 100) merged over its two rows.

    A reader takes 1-6月 800 + 450 = 1,250 万元 (the 合计 under the parent), never 300 + 120 = 420 (设备购置 is a
    part of it).
    """
    wb, ws = _book("项目表")
    head1 = [*FAI_HEAD[:12], "1-6月累计完成投资（万元）", None]
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况", len(head1))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府"])
    _put(ws, 3, 1, head1)
    _put(ws, 4, 13, ["合计", "其中：设备购置"])
    for c in range(1, 13):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=13, end_row=3, end_column=14)
    _put(ws, 5, 1, [*_proj(1, 81, "东镇甲光伏支架项目", "新建", 800, month=150), 300])
    _put(ws, 6, 1, [*_proj(2, 82, "东镇乙锅炉改造项目", "改建和技术改造", 450, month=100), 120])
    path = folder / "东镇6月固投（两行表头）.xlsx"
    wb.save(path)
    return path


def ent_last_years_whole_year_beside_the_cumulative(folder: Path) -> Path:
    """统计局's list with, instead of 上年同期, a column ``2025年全年工业总产值`` (last year's whole year: 东方光伏
    52,000, 东关饲料 41,000, 西岭建材 96,000) beside ``1-6月累计产值`` (30,000 | 20,000 | 50,000).

    A reader takes 1-6月 100,000 万元 and NO 上年同期 (a whole year is no same period: 产值增速 cannot be computed
    from this return); never a growth of 100,000 ÷ 189,000 − 1 = −47 %.
    """
    head = [*ENT_HEAD[:9], "2025年全年工业总产值", "1-6月营业收入"]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    whole = {"东方光伏": 52000, "东关饲料": 41000, "西岭建材": 96000}
    for r, (f, row) in enumerate(zip(FIRMS, _ent_rows(FIRMS), strict=True), 4):
        _put(ws, r, 1, [*row[:9], whole[f[0]], row[10]])
    path = folder / "统计局6月规上企业（上年全年）.xlsx"
    wb.save(path)
    return path


def ent_revenue_and_output_each_with_its_last_year(folder: Path) -> Path:
    """统计局's list with a two-row header: ``工业总产值`` merged over 本月 | 1-6月 | 上年同期 and ``营业收入`` merged over
    1-6月 | 上年同期 (营业收入 上年同期 30,500 | 20,000 | 47,000, deliberately unlike output's 25,000 | 22,000 | 45,000).

    A reader takes output 上年同期 25,000 + 22,000 + 45,000 = 92,000 (the one under 工业总产值), 营收 33,000 |
    21,000 | 52,000; the revenue's last year is no column of the form.
    """
    wb, ws = _book("Sheet1")
    head1 = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "工业总产值（万元）", None,
             None, "营业收入（万元）", None]
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(head1))
    _put(ws, 2, 1, ["填报单位：县统计局"])
    _put(ws, 3, 1, head1)
    _put(ws, 4, 8, ["本月", "1-6月", "上年同期", "1-6月", "上年同期"])
    for c in range(1, 8):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("H3:J3")
    ws.merge_cells("K3:L3")
    rev_ly = [30500, 20000, 47000]
    for r, (row, ly) in enumerate(zip(_ent_rows(FIRMS), rev_ly, strict=True), 5):
        _put(ws, r, 1, [*row, ly])
    path = folder / "统计局6月规上企业（两行表头）.xlsx"
    wb.save(path)
    return path


def fai_nil_line_left_above_new_rows(folder: Path) -> Path:
    """西镇's June return copied from May's nil return: row 4 still says ``1 | 此表无数据`` (序号 and the statement),
    and the clerk typed June's two new projects under it (序号 2 and 3: 甲 1-6月 800, 乙 450).

    A reader takes 2 projects, 1,250 万元 (the old statement is stale) — or asks which is true; never a nil return
    (0 万元) with the two projects lost.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 4, 1, [1, "此表无数据"])
    _put(ws, 5, 1, _proj(2, 91, "西镇甲陶瓷生产线项目", "新建", 800, month=800))
    _put(ws, 6, 1, _proj(3, 92, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=450))
    path = folder / "西镇6月固投（新开工）.xlsx"
    wb.save(path)
    return path


def fai_late_row_under_yi_xia_kong_bai(folder: Path) -> Path:
    """西镇's return: 甲 800, 乙 450, ``以下空白``, and under it a row the clerk added later (丙 1-6月 300, 序号 3) without
    moving the mark.

    A reader takes 3 projects, 800 + 450 + 300 = 1,550 万元 — or asks about 丙; never 1,250 with 丙 dropped unsaid.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 4, 1, _proj(1, 93, "西镇甲陶瓷生产线项目", "新建", 800, month=150))
    _put(ws, 5, 1, _proj(2, 94, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=50))
    _put(ws, 6, 1, ["以下空白"])
    _put(ws, 7, 1, _proj(3, 95, "西镇丙农副产品加工项目", "新建", 300, month=300))
    path = folder / "西镇6月固投（补一行）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# One return over several sheets, each sheet in its own unit
# ---------------------------------------------------------------------------------------------

def land_month_sheets_last_in_yuan(folder: Path) -> Path:
    """自然资源局's land ledger a sheet a month (「4月」 「5月」 「6月」, the same header ``… | 供地面积（亩） | 成交价款``),
    each with its own unit line: 4月 and 5月 ``单位：万元``, but 6月 — typed by a new clerk from the land contract —
    ``单位：元`` (东镇电子信息园地块 9,000,000 元).

    A reader takes 5 parcels, 成交价款 600 + 450 + 360 + 240 + 900 = 2,550 万元 (6月's 9,000,000 元 = 900 万元);
    never 9,001,650 万元 nor 0.155 万元 for April's.
    """
    head = [*LAND_HEAD[:6], "成交价款"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in PARCELS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
        yuan = month == "6月"
        _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：元" if yuan else "单位：万元"])
        _put(ws, 3, 1, head)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, [*row[:6], row[6] * 10000 if yuan else row[6]])
    path = folder / "自然资源局2026年供地台账（分月，6月按元）.xlsx"
    wb.save(path)
    return path


def land_month_sheets_each_totalled_in_its_unit(folder: Path) -> Path:
    """As ``land_month_sheets_last_in_yuan`` (4月 and 5月 ``单位：万元``, 6月 ``单位：元``), each sheet closed by its own
    ``合计`` in its own unit: 4月 35 亩 1,050, 5月 20 亩 600 (万元), 6月 30 亩 9,000,000 (元).

    A reader takes 5 parcels, 2,550 万元, and every sheet's 合计 agrees with its rows (6月's 9,000,000 元 is its
    900 万元): nothing to warn of.
    """
    head = [*LAND_HEAD[:6], "成交价款"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in PARCELS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
        yuan = month == "6月"
        _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：元" if yuan else "单位：万元"])
        _put(ws, 3, 1, head)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, [*row[:6], row[6] * 10000 if yuan else row[6]])
        total = sum(row[6] for row in rows)
        _put(ws, 4 + len(rows), 1, ["合计", None, None, None, None, sum(row[5] for row in rows),
                                    total * 10000 if yuan else total])
    path = folder / "自然资源局2026年供地台账（分月，各表合计）.xlsx"
    wb.save(path)
    return path


def ent_platform_cards_one_in_qianyuan(folder: Path) -> Path:
    """Two platform printouts, a sheet each, with a 计量单位 column: 「东方光伏」 in 万元 (工业总产值 30,000 | 25,000,
    营业收入 33,000 | 30,000), 「西岭建材」 as the platform gives it, in 千元 (工业总产值 500,000 | 450,000, 营业收入
    520,000 | 470,000).

    A reader takes 东方光伏 30,000 and 西岭建材 50,000 万元 (1-6月 80,000), 上年同期 25,000 + 45,000 = 70,000;
    each line in its own unit.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f, unit, k in ((FIRMS[0], "万元", 1), (FIRMS[2], "千元", 10)):
        ws = wb.create_sheet(f[0])
        _title(ws, f"{f[1]}2026年1-6月主要经济指标", 4)
        pairs = [("单位名称", f[1]), ("统一社会信用代码", f[2]), ("所在乡镇", f[3]), ("行业代码", f[4]), ("是否战新", f[5])]
        for j, (label, value) in enumerate(pairs):
            _put(ws, 2 + j // 2, 1 + 2 * (j % 2), [label, value])
        _put(ws, 5, 1, ["指标名称", "计量单位", "本期", "上年同期"])
        _put(ws, 6, 1, ["工业总产值（当年价格）", unit, f[8] * k, f[9] * k])
        _put(ws, 7, 1, ["营业收入", unit, f[10] * k, (f[10] - 3000) * k])
    path = folder / "统计局转报企业快报（千元）.xlsx"
    wb.save(path)
    return path


def ent_sheet_per_township_one_in_yi(folder: Path) -> Path:
    """统计局's list a sheet per township (「东镇」 「西镇」, no township column), 东镇's in 万元 (``单位：万元``: 东方光伏
    30,000, 东关饲料 20,000), 西镇's copied from the township's own file in 亿元 (``单位：亿元``: 西岭建材 5.0000, 西镇矿业
    0.4000; 上年同期 4.5000 | 0.3000).

    A reader takes 4 enterprises, 1-6月 30,000 + 20,000 + 50,000 + 4,000 = 104,000 万元, 上年同期 25,000 + 22,000 +
    45,000 + 3,000 = 95,000.
    """
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, firms, k in (("东镇", [FIVE[0], FIVE[1]], 1), ("西镇", [FIVE[2], FIVE[3]], 10000)):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业产值", len(head))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None,
                        "单位：亿元" if k > 1 else "单位：万元"])
        _put(ws, 3, 1, head)
        for r, f in enumerate(firms, 4):
            _put(ws, r, 1, [r - 3, f[1], f[2], *f[4:7], *(v / k for v in f[7:11])])
    path = folder / "统计局6月规上企业（分乡镇，单位不同）.xlsx"
    wb.save(path)
    return path


def ent_label_cards_one_in_yuan(folder: Path) -> Path:
    """Three label | value cards, a sheet each, each with its own unit line under the title: 「东方光伏」 and
    「东关饲料」 ``单位：万元``, 「西岭建材」 — filled in by the enterprise's accountant — ``单位：元`` (本月 80,000,000,
    1-6月 500,000,000, 上年同期 450,000,000, 营业收入 520,000,000 元).

    A reader takes 1-6月 30,000 + 20,000 + 50,000 = 100,000 万元, 上年同期 92,000; each card in its own unit.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f in FIRMS:
        ws = wb.create_sheet(f[0])
        if f[0] == "西岭建材":
            _label_card(ws, (*f[:7], *(v * 10000 for v in f[7:11])))
            ws.cell(2, 1).value = "单位：元"
        else:
            _label_card(ws, f)
    path = folder / "统计局企业卡片（一户按元）2026年6月.xlsx"
    wb.save(path)
    return path


def land_month_sheets_unit_in_the_header(folder: Path) -> Path:
    """自然资源局's ledger a sheet a month, no unit line: the header says ``成交价款（万元）`` on 「4月」 and 「5月」 and
    ``成交价款（元）`` on 「6月」 (东镇电子信息园地块 9,000,000 元).

    A reader takes 5 parcels, 2,550 万元 (6月's 9,000,000 元 = 900 万元).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in PARCELS.items():
        ws = wb.create_sheet(month)
        yuan = month == "6月"
        _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
        _put(ws, 2, 1, [*LAND_HEAD[:6], "成交价款（元）" if yuan else "成交价款（万元）"])
        for r, row in enumerate(rows, 3):
            _put(ws, r, 1, [*row[:6], row[6] * 10000 if yuan else row[6]])
    path = folder / "自然资源局2026年供地台账（分月，表头单位）.xlsx"
    wb.save(path)
    return path


def ent_continued_sheet_with_its_own_unit(folder: Path) -> Path:
    """统计局's list on 「第1页」 (``单位：万元``: 东方光伏 30,000, 东关饲料 20,000, 西岭建材 50,000) and 「第2页」 (``（续表）
    单位：亿元`` then the header: 西镇矿业 0.4000, 东镇风电 0.6000; 上年同期 0.3000 | 0.5000).

    A reader takes 5 enterprises, 1-6月 110,000 万元, 上年同期 100,000; each page in the unit it says.
    """
    wb, ws = _book("第1页")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    rows = _ent_rows(FIVE)
    for r, row in enumerate(rows[:3], 4):
        _put(ws, r, 1, row)
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, ["（续表）", None, None, None, None, None, None, None, None, None, "单位：亿元"])
    _put(p2, 2, 1, ENT_HEAD)
    for r, row in enumerate(rows[3:], 3):
        _put(p2, r, 1, [*row[:7], *(v / 10000 for v in row[7:])])
    path = folder / "统计局6月规上企业（续表亿元）.xlsx"
    wb.save(path)
    return path


def land_month_sheets_last_with_columns_swapped(folder: Path) -> Path:
    """自然资源局's ledger a sheet a month; on 「6月」 (typed afresh) 成交价款（万元） comes BEFORE 供地面积（亩）:
    东镇电子信息园地块 900 | 30.

    A reader takes each sheet by its own header: 5 parcels, 85 亩, 2,550 万元 (6月's 30 亩 and 900 万元) — never
    900 亩 and 30 万元.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in PARCELS.items():
        ws = wb.create_sheet(month)
        swap = month == "6月"
        _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
        _put(ws, 2, 1, [*LAND_HEAD[:5], *(reversed(LAND_HEAD[5:]) if swap else LAND_HEAD[5:])])
        for r, row in enumerate(rows, 3):
            _put(ws, r, 1, [*row[:5], *(reversed(row[5:]) if swap else row[5:])])
    path = folder / "自然资源局2026年供地台账（分月，列序不同）.xlsx"
    wb.save(path)
    return path


def ent_sheet_per_township_columns_swapped(folder: Path) -> Path:
    """统计局's list a sheet per township (「东镇」 「西镇」, no township column); 西镇's sheet, copied from the township's
    own file, has ``上年同期累计产值`` BEFORE ``1-6月累计产值`` (西岭建材 45,000 | 50,000, 西镇矿业 3,000 | 4,000).

    A reader takes each sheet by its own header: 1-6月 30,000 + 20,000 + 50,000 + 4,000 = 104,000 万元, 上年同期
    25,000 + 22,000 + 45,000 + 3,000 = 95,000.
    """
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    swapped = [*head[:7], head[8], head[7], head[9]]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, firms, h in (("东镇", [FIVE[0], FIVE[1]], head), ("西镇", [FIVE[2], FIVE[3]], swapped)):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业产值", len(head))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, h)
        for r, f in enumerate(firms, 4):
            figures = [f[7], f[8], f[9], f[10]] if h is head else [f[7], f[9], f[8], f[10]]
            _put(ws, r, 1, [r - 3, f[1], f[2], *f[4:7], *figures])
    path = folder / "统计局6月规上企业（分乡镇，列序不同）.xlsx"
    wb.save(path)
    return path


def ent_continued_sheet_with_units_in_its_header(folder: Path) -> Path:
    """统计局's list on 「第1页」 (``单位：万元`` line, the usual header) and 「续表」, whose header — retyped — carries its
    own unit: ``本月产值（亿元）`` … ``1-6月营业收入（亿元）`` (西镇矿业 0.4000, 东镇风电 0.6000 for 1-6月).

    A reader takes 5 enterprises, 1-6月 110,000 万元, 上年同期 100,000 (the 续表 in the unit its header says).
    """
    wb, ws = _book("第1页")
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    rows = _ent_rows(FIVE)
    for r, row in enumerate(rows[:3], 4):
        _put(ws, r, 1, row)
    p2 = wb.create_sheet("续表")
    _put(p2, 1, 1, [*ENT_HEAD[:7], *(f"{h}（亿元）" for h in ENT_HEAD[7:])])
    for r, row in enumerate(rows[3:], 2):
        _put(p2, r, 1, [*row[:7], *(v / 10000 for v in row[7:])])
    path = folder / "统计局6月规上企业（续表表头亿元）.xlsx"
    wb.save(path)
    return path


def ent_label_cards_one_with_units_in_labels(folder: Path) -> Path:
    """Three label | value cards, a sheet each (no unit line); the labels carry the unit: 「东方光伏」 and 「东关饲料」
    ``1-6月累计工业总产值（万元） | 30,000``, 「西岭建材」 — the enterprise's own — ``本月工业总产值（亿元） | 0.8``,
    ``1-6月累计工业总产值（亿元） | 5``, ``上年同期累计工业总产值（亿元） | 4.5``, ``1-6月营业收入（亿元） | 5.2``.

    A reader takes 1-6月 30,000 + 20,000 + 50,000 = 100,000 万元, 上年同期 92,000; each card in the unit its labels say.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f in FIRMS:
        ws = wb.create_sheet(f[0])
        yi = f[0] == "西岭建材"
        _label_card(ws, (*f[:7], *(v / 10000 for v in f[7:11])) if yi else f)
        ws.cell(2, 1).value = None
        for r in range(9, 13):
            ws.cell(r, 1).value = f"{ws.cell(r, 1).value}（{'亿元' if yi else '万元'}）"
    path = folder / "统计局企业卡片（标签带单位）2026年6月.xlsx"
    wb.save(path)
    return path


def ent_sheet_per_township_one_stale_may(folder: Path) -> Path:
    """统计局's list a sheet per township: 「东镇」 titled ``东镇2026年1-6月规上工业企业产值`` (东方光伏 30,000, 东关饲料
    20,000) and 「西镇」 left from last month, titled ``西镇2026年1-5月规上工业企业产值`` with a ``1-5月累计产值`` column
    (西岭建材 42,000, 西镇矿业 3,300).

    A reader takes 东镇's two enterprises for June and asks about 「西镇」 (last month's sheet: June's 西镇 is
    missing); never 95,300 万元 with 西镇's 1-5月 counted as 1-6月.
    """
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, firms, m in (("东镇", [FIVE[0], FIVE[1]], 6), ("西镇", [FIVE[2], FIVE[3]], 5)):
        ws = wb.create_sheet(town)
        h = [x.replace("1-6月", f"1-{m}月") for x in head]
        _title(ws, f"{town}2026年1-{m}月规上工业企业产值", len(h))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, h)
        for r, f in enumerate(firms, 4):
            cum = f[8] if m == 6 else {"西岭建材": 42000, "西镇矿业": 3300}[f[0]]
            _put(ws, r, 1, [r - 3, f[1], f[2], *f[4:7], f[7], cum, f[9], f[10]])
    path = folder / "统计局6月规上企业（分乡镇，西镇为5月）.xlsx"
    wb.save(path)
    return path
