"""Hand-made returns of the outside probe p32: QUARTERLY and half-year returns made by hand for forms that are all
monthly (cumulative 1–N月).  Clerks still send 一季度 / 第二季度 / 上半年 / 二季度末 / Q2 returns: a quarter that runs
from January (一季度, 上半年, 前三季度) is the months up to its end, but a quarter's own figures (二季度 = 4-6月) are not
1-6月累计, and a careful person never files them as such without asking.

Made by an outsider who read DOMAIN.md, the README and ``beizeng/base/periods.py``, not the reader.  Each maker writes
into ``folder`` and returns the path; its docstring says what a careful county statistician takes from the return.
County: ``county_full`` (tests/conftest.py: 东镇, 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.styles import Font

from tests.handmade import probe26b as b
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
LINE = "填报单位：东镇人民政府（盖章）"
FOOT = ["填报人：刘敏", None, None, None, "审核人：陈军", None, None, None, "联系电话：0913-3310001"]

# ---- 规上工业企业 (统计局) ------------------------------------------------------------------------------------------

#: three enterprises (name, uscc, code, township, 战新, 入规); figures per maker
FIRMS = [("东方光伏科技有限公司", uscc(3201), "C3825", "东镇", "是", "2019"),
         ("东关饲料有限公司", uscc(3202), "C1329", "东镇", "否", "2018-06"),
         ("西岭建材有限公司", uscc(3203), "C3021", "西镇", "否", "2020")]


def _firms(folder: Path, name: str, title: str, parent: str, subs: list[str], figures: list[list[Any]]) -> Path:
    """统计局's own layout: merged title, 填报单位 / 单位 line, a two-row header (the figures under ``parent``), text
    numbers with thousands separators, a 合计 row at the bottom and the signatures."""
    head = ["序号", "企业名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规时间"]
    width = len(head) + len(subs)
    wb, ws = _book("规上企业")
    _title(ws, title, width)
    _put(ws, 2, 1, ["填报单位：测试县统计局"])
    _put(ws, 2, width, ["单位：万元"])
    for c, h in enumerate(head, 1):
        ws.cell(3, c, h)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(3, len(head) + 1, parent)
    ws.merge_cells(start_row=3, start_column=len(head) + 1, end_row=3, end_column=width)
    _put(ws, 4, len(head) + 1, subs)
    for i, (firm, figs) in enumerate(zip(FIRMS, figures, strict=True), 1):
        _put(ws, 4 + i, 1, [i, *firm, *[f"{v:,}" for v in figs]])
    totals = [sum(f[k] for f in figures) for k in range(len(subs))]
    _put(ws, 5 + len(FIRMS), 1, ["合计", None, None, None, None, None, None, *[f"{v:,}" for v in totals]])
    ws.cell(5 + len(FIRMS), 1).font = Font(bold=True)
    _put(ws, 7 + len(FIRMS), 1, ["单位负责人：赵某", None, None, "统计负责人：钱某", None, "填表人：孙某"])
    return _save(wb, folder / name)


#: 一季度: 3月 | 一季度 (1-3月) | 上年一季度
Q1_FIGURES = [[5200, 15000, 12500], [3400, 10000, 11000], [8800, 24000, 22000]]


def ent_first_quarter(folder: Path) -> Path:
    """统计局's return titled ``测试县2026年一季度规模以上工业企业产值完成情况``, the figures under 工业总产值 ▸ 3月 |
    一季度 | 上年一季度 (15,000 / 10,000 / 24,000 in 一季度).

    A careful person: 一季度 of a cumulative return is 1-3月 — period 2026-03, 1-3月累计 49,000 万元, March's
    5,200 / 3,400 / 8,800, last year's first quarter 45,500 万元."""
    return _firms(folder, "统计局一季度规上企业产值.xlsx", "测试县2026年一季度规模以上工业企业产值完成情况",
                  "工业总产值", ["3月", "一季度", "上年一季度"], Q1_FIGURES)


#: 二季度 alone (4-6月): 二季度 | 上年二季度 — a quarter's own output, smaller than any 1-6月累计 of these firms
Q2_FIGURES = [[16000, 13000], [10500, 11500], [26000, 23500]]


def ent_second_quarter_alone(folder: Path) -> Path:
    """统计局's return titled ``测试县2026年第二季度规模以上工业企业产值``, the figures under 工业总产值 ▸ 二季度 |
    上年二季度 (16,000 / 10,500 / 26,000): the quarter's own output, 4-6月.

    A careful person does not file 52,500 万元 as 1-6月累计 (1-6月 would be 1-3月 + 二季度 ≈ 101,500): asks whether
    these are 1-6月累计 or the second quarter alone, and stores nothing as 2026-06's cumulative until told."""
    return _firms(folder, "统计局二季度规上企业产值.xlsx", "测试县2026年第二季度规模以上工业企业产值",
                  "工业总产值", ["二季度", "上年二季度"], Q2_FIGURES)


# ---- 工业固投项目 (东镇) --------------------------------------------------------------------------------------------

#: the project columns before the amounts (as probe26b's clerk: 建设地点, 是否技改, 自拟的说法)
HEAD = b.PROJ[:-2]
#: 东镇's two projects without their amounts
BASE = [r[:-2] for r in b.EAST]


def _projects(folder: Path, name: str, title: str, amounts: list[str], figures: list[list[Any]],
              sheet: str = "项目", line2: str | None = None) -> Path:
    head = [*HEAD, *amounts]
    wb, ws = _book(sheet)
    _title(ws, title, len(head))
    row = 2
    if line2 is not None:
        _put(ws, 2, 1, [line2])
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(head))
        row = 3
    _put(ws, row, 1, [LINE])
    _put(ws, row, len(head), ["单位：万元"])
    _put(ws, row + 1, 1, head)
    for i, (r, f) in enumerate(zip(BASE, figures, strict=True), 1):
        _put(ws, row + 1 + i, 1, [i, *r, *f])
    _put(ws, row + 2 + len(BASE), 1, FOOT)
    return _save(wb, folder / name)


def fai_q2_title_with_both_columns(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年第二季度（4-6月）工业项目建设进展情况表`` with ``4-6月完成投资`` (1,800 / 700) and
    ``1-6月累计完成投资`` (3,000 / 1,200).

    A careful person: period 2026-06 (the second quarter ends in June), 1-6月累计 4,200 万元 from its own column;
    the 4-6月 column is the quarter's, never June's month (600 / 200 are not written anywhere)."""
    return _projects(folder, "东镇二季度项目进展.xlsx", "东镇2026年第二季度（4-6月）工业项目建设进展情况表",
                     ["4-6月完成投资", "1-6月累计完成投资"], [[1800, 3000], [700, 1200]])


def fai_q2_title_bare_amount(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年第二季度（4-6月）工业项目完成投资情况`` with one amount column ``完成投资``
    (1,800 / 700): the title says these are 4-6月's.

    A careful person asks: 完成投资 under a title of 4-6月 is the quarter's (1,800 + 700 = 2,500), not 1-6月累计 —
    never files 2,500 万元 as 东镇's 1-6月 工业固投 without a word."""
    return _projects(folder, "东镇二季度项目.xlsx", "东镇2026年第二季度（4-6月）工业项目完成投资情况",
                     ["完成投资"], [[1800], [700]])


def fai_q2_header_only(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年二季度工业项目建设进展情况表`` whose only amount column is ``二季度完成投资``
    (1,800 / 700).

    A careful person asks: the header itself says the quarter's own investment, not 1-6月累计 (essential) — the
    return cannot give 东镇's 1-6月 工业固投, and 2,500 is never stored as it."""
    return _projects(folder, "东镇二季度项目表.xlsx", "东镇2026年二季度工业项目建设进展情况表",
                     ["二季度完成投资"], [[1800], [700]])


def fai_half_year_with_q2_column(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年上半年工业项目建设进展情况表`` with ``二季度完成投资`` (1,800 / 700) and
    ``上半年累计完成投资`` (3,000 / 1,200).

    A careful person: 2026-06, 1-6月累计 4,200 万元; the 二季度 column is three months' investment, not June's: 本月
    left unread (or asked) — never 1,800 / 700 as June's month."""
    return _projects(folder, "东镇上半年项目进展.xlsx", "东镇2026年上半年工业项目建设进展情况表",
                     ["二季度完成投资", "上半年累计完成投资"], [[1800, 3000], [700, 1200]])


def fai_q1_beside_cumulative(folder: Path) -> Path:
    """东镇's June list (``东镇2026年1-6月工业项目建设进展情况表``) with ``一季度完成投资`` (1,200 / 500) beside ``1-6月
    累计完成投资`` (3,000 / 1,200) and ``本月完成投资`` (600 / 200).

    A careful person: 2026-06, 1-6月累计 4,200 万元, June 800; the 一季度 column (1-3月) left unread — never taken
    as the cumulative nor as the month."""
    return _projects(folder, "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表",
                     ["一季度完成投资", "本月完成投资", "1-6月累计完成投资"], [[1200, 600, 3000], [500, 200, 1200]])


def fai_third_quarter_end(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年三季度末工业项目建设进展情况表`` with ``9月完成投资`` (500 / 100) and ``截至三季度
    末累计完成投资`` (4,800 / 1,500).

    A careful person: 三季度末 is the end of September — period 2026-09, 1-9月累计 6,300 万元, September 600."""
    return _projects(folder, "东镇三季度末项目.xlsx", "东镇2026年三季度末工业项目建设进展情况表",
                     ["9月完成投资", "截至三季度末累计完成投资"], [[500, 4800], [100, 1500]])


def fai_sheet_q2(folder: Path) -> Path:
    """东镇's workbook whose sheet is named ``Q2``, titled only ``东镇2026年工业项目建设进展情况表``, file 东镇项目进度.xlsx,
    with ``本季度完成投资`` (1,800 / 700) and ``累计完成投资`` (3,000 / 1,200).

    A careful person: the sheet says the second quarter — period 2026-06, 1-6月累计 4,200 万元; 本季度 is three months'
    investment, not June's (本月 left unread or asked)."""
    return _projects(folder, "东镇项目进度.xlsx", "东镇2026年工业项目建设进展情况表",
                     ["本季度完成投资", "累计完成投资"], [[1800, 3000], [700, 1200]], sheet="Q2")


# ---- 要素保障 (财政局): 所属季度 in the clerk's spellings -----------------------------------------------------------

#: (日期, 摘要, 金额, 所属季度 as typed)
FUND_ROWS = [(D(2026, 1, 30), "1月经营性土地出让收入按比例上划", 40, "一季度"),
             (D(2026, 2, 27), "2月经营性土地出让收入按比例上划", 35.5, "Q1"),
             (D(2026, 3, 31), "3月经营性土地出让收入按比例上划", 45, "第1季度"),
             (D(2026, 4, 10), "一季度土地出让收入清算补划", 12, "1季"),
             (D(2026, 6, 30), "二季度经营性土地出让收入按比例上划", 200, "2026年第二季度")]


def factors_quarters_spelled(folder: Path) -> Path:
    """财政局's ledger of contributions to the city fund, titled ``测试县上划市工业倍增发展基金情况（2026年1-6月）``, the
    所属季度 typed 一季度 / Q1 / 第1季度 / 1季 / 2026年第二季度 (the April row is Q1's settlement).

    A careful person: 2026-06, five contributions 332.5 万元, quarters 1, 1, 1, 1, 2 (the 2026 before 第二季度 is this
    year's)."""
    head = ["序号", "事项", "日期", "摘要", "金额", "所属季度"]
    wb, ws = _book("上划基金")
    _title(ws, "测试县上划市工业倍增发展基金情况（2026年1-6月）", len(head))
    _put(ws, 2, 1, ["填报单位：县财政局"])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, (day, words, amount, quarter) in enumerate(FUND_ROWS, 1):
        _put(ws, 3 + i, 1, [i, "上划市工业倍增发展基金", day, words, amount, quarter])
        ws.cell(3 + i, 3).number_format = "yyyy-mm-dd"
    _put(ws, 4 + len(FUND_ROWS), 1, ["合计", None, None, None, sum(r[2] for r in FUND_ROWS)])
    _put(ws, 6 + len(FUND_ROWS), 1, ["单位负责人：冯某", None, None, "制表人：褚某"])
    return _save(wb, folder / "财政局上划基金2026年6月.xlsx")


# ---- 招商引资台账 (招商局) with a quarter's target column ------------------------------------------------------------

ATT_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期",
            "开工日期", "总投资"]
ATT_ROWS = [["金隅新型材料项目", "金隅集团", "新型建材", "东镇", "开工", D(2026, 1, 5), D(2026, 2, 1), D(2026, 3, 1),
             D(2026, 4, 1), 15000],
            ["秦河新材项目", "秦河新材料有限公司", "新材料", "西镇", "落户", D(2026, 2, 3), D(2026, 3, 10), D(2026, 5, 1),
             None, 8000],
            ["中药材精深加工项目", "某药业公司", "涉农加工", "东镇", "投产", D(2025, 3, 1), D(2025, 4, 1), D(2025, 5, 1),
             D(2025, 6, 1), 20000]]


def _attraction(folder: Path, name: str, title: str, amounts: list[str], figures: list[list[Any]]) -> Path:
    head = [*ATT_HEAD, *amounts]
    wb, ws = _book("台账")
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：县招商局"])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, (r, f) in enumerate(zip(ATT_ROWS, figures, strict=True), 1):
        _put(ws, 3 + i, 1, [i, *r, *f])
        for c in (7, 8, 9, 10):
            ws.cell(3 + i, c).number_format = "yyyy-mm-dd"
    _put(ws, 5 + len(ATT_ROWS), 1, ["填报人：郑某", None, None, "审核人：冯某"])
    return _save(wb, folder / name)


def attraction_with_quarter_target(folder: Path) -> Path:
    """招商局's ledger titled ``2026年上半年全县招商引资项目台账`` with ``二季度到位资金任务`` (3,000 / 2,000 / 1,000: the
    quarter's target per project) beside ``本年到位资金`` (6,000 / 1,000 / 3,000).

    A careful person: 2026-06, funds in place 10,000 万元 (1 亿元) from 本年到位资金; the target column is no figure of
    the ledger (left unread, said) — never 6,000 万元 of targets read as funds."""
    return _attraction(folder, "招商局上半年招商台账.xlsx", "2026年上半年全县招商引资项目台账",
                       ["二季度到位资金任务", "本年到位资金"], [[3000, 6000], [2000, 1000], [1000, 3000]])


def attraction_quarter_funds_only(folder: Path) -> Path:
    """招商局's ledger titled ``2026年第二季度全县招商引资项目台账`` whose only funds column is ``二季度到位资金``
    (2,500 / 1,000 / 1,200): the money that arrived in April–June.

    A careful person asks: 本年到位资金 is January to June; the quarter's 4,700 万元 is not it — never stored as
    the year's funds in place without a word."""
    return _attraction(folder, "招商局二季度招商台账.xlsx", "2026年第二季度全县招商引资项目台账",
                       ["二季度到位资金"], [[2500], [1000], [1200]])


# ---- more quarter's-own figures under a quarter's title -------------------------------------------------------------

def ent_q2_title_bare_output(folder: Path) -> Path:
    """统计局's return titled ``测试县2026年第二季度（4-6月）规模以上工业企业产值`` with one-row headers ``工业总产值`` |
    ``上年同期`` (16,000 / 10,500 / 26,000 | 13,000 / 11,500 / 23,500): the title says the figures are 4-6月's.

    A careful person asks whether 工业总产值 is 4-6月 or 1-6月累计 — never files 52,500 万元 as 规上工业总产值 1-6月
    without a word."""
    head = ["序号", "企业名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规时间", "工业总产值",
            "上年同期"]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年第二季度（4-6月）规模以上工业企业产值", len(head))
    _put(ws, 2, 1, ["填报单位：测试县统计局", None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    for i, (firm, figs) in enumerate(zip(FIRMS, Q2_FIGURES, strict=True), 1):
        _put(ws, 3 + i, 1, [i, *firm, *figs])
    return _save(wb, folder / "统计局二季度产值.xlsx")


def ent_q2_title_cumulative_header(folder: Path) -> Path:
    """统计局's return titled ``测试县2026年第二季度（4-6月）规模以上工业企业产值`` whose columns say ``1-6月累计产值`` |
    ``上年1-6月累计产值`` (31,000 / 20,500 / 50,000 | 25,500 / 22,500 / 45,500).

    A careful person: the header says 1-6月累计 in its own words — 2026-06, 101,500 万元 (the title's 4-6月 names the
    quarter the return is sent for)."""
    head = ["序号", "企业名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规时间", "1-6月累计产值",
            "上年1-6月累计产值"]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年第二季度（4-6月）规模以上工业企业产值", len(head))
    _put(ws, 2, 1, ["填报单位：测试县统计局", None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    figures = [[31000, 25500], [20500, 22500], [50000, 45500]]
    for i, (firm, figs) in enumerate(zip(FIRMS, figures, strict=True), 1):
        _put(ws, 3 + i, 1, [i, *firm, *figs])
    return _save(wb, folder / "统计局二季度累计产值.xlsx")


def fai_q2_this_period(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年第二季度工业项目建设进展情况表`` with ``本期完成投资`` (1,800 / 700: the quarter,
    本期 of a quarterly return) and ``累计完成投资`` (3,000 / 1,200).

    A careful person: 2026-06, 1-6月累计 4,200 万元; 本期 here is the second quarter, not June — never 1,800 / 700
    as June's month (left unread or asked)."""
    return _projects(folder, "东镇二季度项目本期.xlsx", "东镇2026年第二季度工业项目建设进展情况表",
                     ["本期完成投资", "累计完成投资"], [[1800, 3000], [700, 1200]])


def fai_months_4_to_6_title(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年4-6月工业项目完成投资情况`` (no 季度 word) with one column ``完成投资`` (1,800 /
    700).

    A careful person asks: 4-6月 are not from January, so 完成投资 is the quarter's — never files 2,500 万元 as 东镇's
    1-6月累计 without a word."""
    return _projects(folder, "东镇4-6月项目.xlsx", "东镇2026年4-6月工业项目完成投资情况", ["完成投资"], [[1800], [700]])


def fai_sheet_per_quarter(folder: Path) -> Path:
    """东镇's workbook with a sheet per quarter, 「一季度」 then 「二季度」, each titled ``东镇2026年一季度…`` /
    ``东镇2026年二季度…`` and holding that quarter's own ``完成投资`` (1,200 / 500, then 1,800 / 700).

    A careful person: 1-6月累计 = 3,000 / 1,200 (the two quarters added), or asks — never the second quarter's 1,800 /
    700 filed as 1-6月累计."""
    wb, ws = _book("一季度")
    for sheet, words, figures in ((ws, "一季度", [[1200], [500]]), (wb.create_sheet("二季度"), "二季度", [[1800], [700]])):
        head = [*HEAD, "完成投资"]
        _title(sheet, f"东镇2026年{words}工业项目完成投资情况", len(head))
        _put(sheet, 2, 1, [LINE])
        _put(sheet, 2, len(head), ["单位：万元"])
        _put(sheet, 3, 1, head)
        for i, (r, f) in enumerate(zip(BASE, figures, strict=True), 1):
            _put(sheet, 3 + i, 1, [i, *r, *f])
    return _save(wb, folder / "东镇分季度项目.xlsx")


def fai_first_quarter(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年一季度工业项目建设进展情况表`` with ``3月完成投资`` (300 / 100) and ``一季度累计完成
    投资`` (1,200 / 500).

    A careful person: 2026-03, 1-3月累计 1,700 万元."""
    return _projects(folder, "东镇一季度项目.xlsx", "东镇2026年一季度工业项目建设进展情况表",
                     ["3月完成投资", "一季度累计完成投资"], [[300, 1200], [100, 500]])


def attraction_q2_title_bare_funds(folder: Path) -> Path:
    """招商局's ledger titled ``2026年第二季度（4-6月）全县招商引资项目台账`` with a column ``到位资金`` (2,500 / 1,000 /
    1,200): the title says 4-6月.

    A careful person asks whether 到位资金 is the quarter's or the year's (本年到位资金 is January to June)."""
    return _attraction(folder, "招商局二季度台账.xlsx", "2026年第二季度（4-6月）全县招商引资项目台账",
                       ["到位资金"], [[2500], [1000], [1200]])


def fai_q2_below_first_quarter(folder: Path) -> Path:
    """``fai_q2_title_bare_amount`` with the second quarter's own 1,000 / 400: each below the 1-3月累计 1,200 / 500
    东镇 sent for 一季度 (``fai_first_quarter``).

    A careful person, with 一季度 in the warehouse: a 1-6月累计 below 1-3月's is impossible — asks, stores nothing."""
    return _projects(folder, "东镇二季度项目.xlsx", "东镇2026年第二季度（4-6月）工业项目完成投资情况", ["完成投资"],
                     [[1000], [400]])


def fai_half_year_title_on_q2_sheet(folder: Path) -> Path:
    """东镇's list titled ``东镇2026年1-6月工业项目完成投资情况`` on a sheet the clerk named ``二季度`` (filing by
    quarter), one amount column ``完成投资`` (3,000 / 1,200).

    A careful person reads the title: 1-6月 from January, so 完成投资 is 1-6月累计 (4,200 万元) — the sheet's name is
    the clerk's filing, not a doubt worth a round trip (lead, after fx32)."""
    return _projects(folder, "东镇1-6月项目.xlsx", "东镇2026年1-6月工业项目完成投资情况", ["完成投资"],
                     [[3000], [1200]], sheet="二季度")
