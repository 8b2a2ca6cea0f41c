"""Hand-made returns of the outside probe p52: columns a clerk shifted, swapped or pasted wrong. Clerks copy last
month's sheet and paste this month's figures; the headers look right, the figures are not under them — a block
pasted one column to the right or one row down, 本月 and 1-N月累计 swapped, 本年 and 上年同期 swapped, last month's
figures left with only the title changed, a 累计 left at last month's, a column of 元 under a 万元 header, a
scratch sum beside the table and numbers under 备注.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``county_full``
(tests/conftest.py) with 统计局's enterprise list and 东镇's project list of 2026-05 stored first (``ent_may``,
``proj_may``), then the June return.  Style: the statistician's own two-row header (工业总产值（万元） merged over
本月 | 1-N月累计 | 上年同期), a 合计 row, a 填报人 footer; 东镇's one-row header with a 备注 column.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, Side

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
THIN = Side(style="thin")

# ---- 统计局's enterprise list ----------------------------------------------------------------------------------------

#: (name, USCC, township, industry code) of the five firms
FIRMS: list[tuple[str, str, str, str]] = [
    ("东关面粉有限公司", uscc(5201), "东镇", "1311"),
    ("东塬木业有限公司", uscc(5202), "东镇", "2021"),
    ("西岭耐火材料有限公司", uscc(5203), "西镇", "3089"),
    ("西岭塑业有限公司", uscc(5204), "西镇", "2929"),
    ("西岭竹木制品有限公司", uscc(5205), "西镇", "2041"),
]
#: May (万元): 本月, 1-5月累计, 上年同期 (1-5月), 营业收入 — every firm +15 % on last year
MAY = [[950, 4600, 4000, 4830], [470, 2300, 2000, 2415], [1400, 6900, 6000, 7245], [700, 3450, 3000, 3623],
       [230, 1150, 1000, 1208]]
#: June (万元): 本月, 1-6月累计 (= May's + 本月), 上年同期 (1-6月, 1.2 × last year's 1-5月), 营业收入
JUNE = [[1000, 5600, 4800, 5880], [500, 2800, 2400, 2940], [1500, 8400, 7200, 8820], [750, 4200, 3600, 4410],
        [250, 1400, 1200, 1470]]
#: a county growing fast: May +66.7 % on last year (1-5月 6,000 | 3,600 …), June the same; swapped, every firm
#: "shrinks" 40 %
MAY_FAST = [[1300, 6000, 3600, 6300], [650, 3000, 1800, 3150], [1950, 9000, 5400, 9450], [975, 4500, 2700, 4725],
            [325, 1500, 900, 1575]]
JUNE_FAST = [[1500, 7500, 4500, 7875], [750, 3750, 2250, 3938], [2250, 11250, 6750, 11813],
             [1125, 5625, 3375, 5906], [375, 1875, 1125, 1969]]

ENT_FIXED = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月"]


def _ent(folder: Path, month: int, figures: list[list[Any]], total: list[Any] | None = None,
         extra_head: str | None = None, name: str | None = None) -> Path:
    """统计局's list for 2026 1-``month``月: a merged title, 填报单位 and 单位 on row 2, a two-row header (H3:J3
    工业总产值（万元） over 本月 | 1-N月累计 | 上年同期, K3:K4 营业收入（万元）), the firms from row 5, a 合计 row (the
    sums of each figure column unless ``total`` is given), a footer. ``figures`` are typed from column H on; a
    figure beyond K lands in an unheaded column unless ``extra_head`` names it."""
    wb, ws = _book(f"{month}月")
    _title(ws, f"测试县2026年1-{month}月规模以上工业企业产值完成情况表", 11)
    _put(ws, 2, 1, ["填报单位：测试县统计局（盖章）"])
    _put(ws, 2, 10, ["单位：万元"])
    _put(ws, 3, 1, [*ENT_FIXED, "工业总产值（万元）", None, None, "营业收入（万元）"])
    _put(ws, 4, 8, ["本月", f"1-{month}月累计", "上年同期"])
    for c in range(1, 8):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("H3:J3")
    ws.merge_cells("K3:K4")
    if extra_head is not None:
        _put(ws, 3, 12, [extra_head])
        ws.merge_cells("L3:L4")
    for i, ((firm, code, town, industry), row) in enumerate(zip(FIRMS, figures, strict=True), 1):
        _put(ws, 4 + i, 1, [i, firm, code, town, industry, "否", "2019-06"])
        for j, v in enumerate(row):
            ws.cell(4 + i, 8 + j, v)
    last = 5 + len(FIRMS)
    width = max(len(r) for r in figures)
    sums = total if total is not None else [
        sum(r[j] for r in figures if j < len(r) and r[j] is not None) or None for j in range(width)]
    _put(ws, last, 1, [None, "合计"])
    for j, v in enumerate(sums):
        ws.cell(last, 8 + j, v)
    for r in range(3, last + 1):
        for c in range(1, 12):
            ws.cell(r, c).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(r, c).font = Font(name="仿宋_GB2312", size=11)
    _put(ws, last + 2, 1, [None, "单位负责人：李强", None, "统计负责人：周红", None, None, "填表人：孙丽",
                           None, None, "报出日期：2026年7月8日"])
    return _save(wb, folder / (name or f"统计局{month}月规上企业产值.xlsx"))


def ent_may(folder: Path) -> Path:
    """统计局's May list (1-5月), every figure right: 1-5月累计 4,600 | 2,300 | 6,900 | 3,450 | 1,150 (18,400 万元),
    上年同期 16,000, 本月 3,750. Stored as read."""
    return _ent(folder, 5, MAY)


def ent_june(folder: Path) -> Path:
    """统计局's June list, every figure right: 1-6月累计 5,600 | 2,800 | 8,400 | 4,200 | 1,400 (22,400 万元), 上年同期
    19,200 (+16.7 %), 本月 4,000 (= 22,400 − 18,400)."""
    return _ent(folder, 6, JUNE)


def ent_june_last_two_shifted_right(folder: Path) -> Path:
    """June's list where the clerk pasted the 上年同期 and 营业收入 figures one column to the right: J (上年同期) blank,
    K (营业收入) holds last year's 4,800 | 2,400 | 7,200 | 3,600 | 1,200, and the revenue 5,880 … 1,470 sits in the
    unheaded column L (the 合计 row likewise).

    A careful person does not store 4,800 … as this year's revenue nor drop last year's figures without a word:
    the return is asked about (the unheaded column full of figures, 上年同期 blank where May had it on every row)."""
    return _ent(folder, 6, [[m, c, None, ly, rev] for m, c, ly, rev in JUNE])


def ent_june_revenue_spilled_right(folder: Path) -> Path:
    """June's list whose last column's figures were pasted one column to the right: K (营业收入) blank, the revenue
    5,880 | 2,940 | 8,820 | 4,410 | 1,470 in the unheaded column L (the 合计 row likewise); output right.

    A careful person stores the output (22,400 万元) and never drops May's revenue column to blank without a word:
    the unheaded column full of figures, or 营业收入 blank on every row where May had it, is said."""
    return _ent(folder, 6, [[m, c, ly, None, rev] for m, c, ly, rev in JUNE])


def ent_june_all_shifted_right(folder: Path) -> Path:
    """June's list with the whole block pasted one column right: H (本月) blank, I (1-6月累计) holds 本月 1,000 …,
    J (上年同期) the 1-6月累计 5,600 …, K (营业收入) last year's 4,800 …, unheaded L the revenue.

    A careful person refuses it: 1-6月累计 1,000 after May's 4,600 is impossible; nothing stored for June."""
    return _ent(folder, 6, [[None, m, c, ly, rev] for m, c, ly, rev in JUNE])


def ent_june_month_and_cum_swapped(folder: Path) -> Path:
    """June's list with 本月 and 1-6月累计 swapped on every row: H 本月 = 5,600 …, I 1-6月累计 = 1,000 ….

    A careful person refuses it (every 累计 below its 本月, and below May's 累计): nothing stored for June."""
    return _ent(folder, 6, [[c, m, ly, rev] for m, c, ly, rev in JUNE])


def ent_june_this_and_last_year_swapped(folder: Path) -> Path:
    """June's list with 1-6月累计 and 上年同期 swapped on every row: I = 4,800 | 2,400 | 7,200 | 3,600 | 1,200 (last
    year's), J = 5,600 … (this year's). May said +15 % for every firm; June now says −14.3 % for every one, and
    each 1-6月累计 (4,800) minus May's (4,600) is 200, not the 本月 1,000 typed.

    A careful person does not store 19,200 as the county's 1-6月 output: refused, or at least a warning that says
    the two columns look swapped (上年同期 named)."""
    return _ent(folder, 6, [[m, ly, c, rev] for m, c, ly, rev in JUNE])


def ent_june_swapped_without_month(folder: Path) -> Path:
    """June's list with 1-6月累计 and 上年同期 swapped on every row and the 本月 column left blank (the clerk fills
    本月 last): I = 4,800 | 2,400 | 7,200 | 3,600 | 1,200 (last year's), J = 5,600 … (this year's). May said +15 %
    for every firm (1-5月 4,600 on 4,000 …); June says −14.3 % for every one, and each firm's 上年同期 (5,600) has
    grown 40 % on May's stored 上年同期 (4,000) in one month.

    A careful person does not store 19,200 as the county's 1-6月 output in silence: refused, or a warning naming
    the two columns as swapped."""
    return _ent(folder, 6, [[None, ly, c, rev] for _, c, ly, rev in JUNE])


def ent_may_fast(folder: Path) -> Path:
    """统计局's May list of a fast-growing county (+66.7 % on last year): 1-5月累计 6,000 | 3,000 | 9,000 | 4,500 |
    1,500, 上年同期 3,600 …. Stored as read."""
    return _ent(folder, 5, MAY_FAST)


def ent_june_fast_swapped(folder: Path) -> Path:
    """The fast county's June list with 1-6月累计 and 上年同期 swapped: I = 4,500 | 2,250 | 6,750 | 3,375 | 1,125
    (last year's), J = 7,500 … — every firm "shrinks" 40 % in a county that grew two thirds in May.

    A careful person refuses it: each 1-6月累计 is below May's 1-5月累计 (4,500 after 6,000)."""
    return _ent(folder, 6, [[m, ly, c, rev] for m, c, ly, rev in JUNE_FAST])


def ent_june_unchanged_copy(folder: Path) -> Path:
    """May's list sent again with only the title (1-6月), the sheet name (6月) and the file name changed: every
    figure is May's (1-5月累计 4,600 …, 本月 950 …).

    A careful person does not let it pass in silence: a warning (or refusal) saying the figures are May's own."""
    return _ent(folder, 6, MAY)


def ent_june_last_year_in_yuan(folder: Path) -> Path:
    """June's list whose 上年同期 column was pasted from the bureau's system in 元 under the 万元 header: 48,000,000 |
    24,000,000 | 72,000,000 | 36,000,000 | 12,000,000 (10,000 × last month's 上年同期 for the same firm).

    A careful person never stores 48,000,000 万元 as last year's: refused, naming the column and its unit."""
    return _ent(folder, 6, [[m, c, ly * 10000, rev] for m, c, ly, rev in JUNE])


def ent_june_scratch_sum(folder: Path) -> Path:
    """June's right list with the clerk's scratch column L (no header) beside the table: 1-6月累计 minus May's
    1-5月累计 (1,000 | 500 | 1,500 | 750 | 250, = 本月), and their sum 4,000 on the 合计 row.

    A careful person stores June's figures exactly (22,400 万元; L unread) and says the unheaded column was not
    read."""
    return _ent(folder, 6, [[m, c, ly, rev, m] for m, c, ly, rev in JUNE])


# ---- 东镇's project list ---------------------------------------------------------------------------------------------

PROJ_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
             "是否开工", "开工日期", "是否纳统"]
PROJECTS: list[list[Any]] = [
    ["2603-610599-04-01-520001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, 8000, "是", D(2026, 3, 2), "是"],
    ["2602-610599-07-02-520002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, 1500, "是",
     D(2026, 2, 20), "是"],
    ["2510-610599-04-01-520003", "东镇包装材料扩能项目", "扩建", "否", "否", 5000, 2000, "是", D(2025, 10, 8), "是"],
]
#: (本月, 1-N月累计) in May and June (万元): 1-5月 4,050, 1-6月 5,000
P_MAY = [[500, 2400], [200, 1000], [150, 650]]
P_JUNE = [[600, 3000], [200, 1200], [150, 800]]


def _proj(folder: Path, month: int, figures: list[list[Any]], total: list[Any] | None = None,
          remarks: list[Any] | None = None, fixed: list[list[Any]] | None = None) -> Path:
    """东镇's list for 2026 1-``month``月: a merged title, the 填报单位 and the unit in one cell, a one-row header
    ending 本月完成投资 | 1-N月累计完成投资 | 备注, the projects from row 4, a 合计 row (the column sums unless
    ``total`` is given), a footer."""
    head = [*PROJ_HEAD, "本月完成投资", f"1-{month}月累计完成投资", "备注"]
    wb, ws = _book("项目进度")
    _title(ws, f"东镇2026年1-{month}月工业固定资产投资项目进展情况表", len(head))
    _put(ws, 2, 1, ["填报单位：东镇人民政府（盖章）　　　　单位：万元　　　　填报日期：2026年7月6日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(head))
    _put(ws, 3, 1, head)
    rows = fixed or PROJECTS
    for i, (row, figs) in enumerate(zip(rows, figures, strict=True), 1):
        _put(ws, 3 + i, 1, [i, *row])
        for j, v in enumerate(figs):
            ws.cell(3 + i, 12 + j, v)
        if remarks is not None and remarks[i - 1] is not None:
            ws.cell(3 + i, 14, remarks[i - 1])
    last = 4 + len(rows)
    sums = total if total is not None else [
        sum(r[j] for r in figures if r[j] is not None) for j in range(2)]
    _put(ws, last, 1, ["合计", None, None, None, None, None, sum(r[5] for r in rows), sum(r[6] for r in rows)])
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=3)
    for j, v in enumerate(sums):
        ws.cell(last, 12 + j, v)
    _put(ws, last + 1, 1, ["填报人：刘敏", None, None, "审核人：陈军", None, None, None, None, "联系电话：0913-3310001"])
    return _save(wb, folder / f"东镇{month}月项目进度表.xlsx")


def proj_may(folder: Path) -> Path:
    """东镇's May list, right: 1-5月累计 2,400 | 1,000 | 650 (4,050 万元), 本月 500 | 200 | 150."""
    return _proj(folder, 5, P_MAY)


def proj_june(folder: Path) -> Path:
    """东镇's June list, right: 1-6月累计 3,000 | 1,200 | 800 (5,000 万元), 本月 600 | 200 | 150."""
    return _proj(folder, 6, P_JUNE)


def proj_june_month_one_row_down(folder: Path) -> Path:
    """June's list whose 本月 figures were pasted one row down: L4 blank, L5 600 (the first project's), L6 200 (the
    second's), and the third's 150 on the 合计 row (L7) where 950 belongs; 1-6月累计 right.

    A careful person stores 1-6月累计 5,000 and does not store 600 as 东关饲料's June without a word: the cells are
    named (本月 ≠ 累计 − 上月累计, the 合计 row ≠ the rows' sum)."""
    return _proj(folder, 6, [[None, 3000], [600, 1200], [200, 800]], total=[150, 5000])


def proj_june_one_row_swapped(folder: Path) -> Path:
    """June's list with 本月 and 1-6月累计 swapped on the first project's row only: L4 3,000, M4 600.

    A careful person refuses it, naming M4 (累计 600 below its 本月 3,000 and below May's 2,400)."""
    return _proj(folder, 6, [[3000, 600], [200, 1200], [150, 800]])


def proj_june_cum_not_added(folder: Path) -> Path:
    """June's list where the clerk typed June's 本月 (600 | 200 | 150) but left 1-6月累计 at May's 2,400 | 1,000 |
    650 (本月 not added).

    A careful person does not let 4,050 pass as 1-6月 without a word: the 累计 cells named as May's own."""
    return _proj(folder, 6, [[m, c] for (m, _), (_, c) in zip(P_JUNE, P_MAY, strict=True)])


def proj_june_plan_in_yuan(folder: Path) -> Path:
    """June's list whose 年度计划投资 column is in 元 under the 万元 line: 80,000,000 | 15,000,000 | 20,000,000
    (10,000 × May's 8,000 | 1,500 | 2,000; each above its 计划总投资).

    A careful person never stores 80,000,000 万元 as a year's plan: refused on the column, naming the unit."""
    fixed = [[*r[:6], r[6] * 10000, *r[7:]] for r in PROJECTS]
    return _proj(folder, 6, P_JUNE, fixed=fixed)


def proj_june_numbers_in_remarks(folder: Path) -> Path:
    """June's right list whose 备注 column (N) holds a number on every row: 2,400 | 1,000 | 650 — last month's
    1-5月累计, kept by the clerk to check against.

    A careful person stores June's figures exactly (5,000 万元) and says the 备注 figures were not read (a 备注
    is words; a number there may be a figure meant for a column)."""
    return _proj(folder, 6, P_JUNE, remarks=[c for _, c in P_MAY])
