"""Hand-made returns, round 15: fresh eyes on what beizeng learned in rounds 13 and 14, on the forms other than
the project return — a unit said away from the 单位 line (above the table, in the sheet's name, in the 序号 column,
``单位：亿``), tiny amounts under ``单位：元``, a sheet per township each in its own unit with a 汇总 sheet, a 填报单位
line naming another sender than the file name, a second month (本月 against the two cumulatives, a renamed or
dropped row, a write-down), ditto marks and dates said in words in the ledgers.

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or the paths, first month first); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1500, 1540)}



def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 规上工业企业 (统计局): the clerk's own columns
# ---------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
       "1-6月累计产值", "上年同期", "1-6月营业收入"]
#: (name, USCC, township, industry, 战新, 入规, 本月, 1-6月, 上年同期, 营业收入), all in 万元
FIRMS: list[tuple[Any, ...]] = [
    ("东塬陶瓷有限公司", U[1500], "东镇", "3071", "否", "2018-06", 800, 4800, 4000, 5000),
    ("东塬光电科技有限公司", U[1501], "东镇", "3976", "是", "2021-03", 600, 3000, 2500, 3100),
    ("西岭水泥有限公司", U[1502], "西镇", "3011", "否", "2015-01", 1500, 9000, 8500, 9300),
    ("西岭农产品加工有限公司", U[1503], "西镇", "1371", "否", "2020-12", 400, 2400, 2000, 2500),
]


def _ent_row(i: Any, f: tuple[Any, ...], k: float = 1, rev_k: float | None = None) -> list[Any]:
    rk = k if rev_k is None else rev_k
    return [i, f[0], f[1], f[2], f[3], f[4], f[5], f[6] * k, f[7] * k, f[8] * k, f[9] * rk]


def _ent(title: str, line: list[Any], firms: list[tuple[Any, ...]] = FIRMS, sheet: str = "Sheet1",
         k: float = 1, head: list[str] | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book(sheet)
    _title(ws, title, len(ENT))
    _put(ws, 2, 1, line)
    _put(ws, 3, 1, head or ENT)
    for r, f in enumerate(firms, 4):
        _put(ws, r, 1, _ent_row(r - 3, f, k))
    return wb, ws


def ent_revenue_unit_said_above_the_table(folder: Path) -> Path:
    """统计局's June list; under the title the clerk wrote one line ``说明：营业收入以亿元计，其余金额单位为万元``
    (no separate 单位 line), and the revenue column is in 亿元 (0.5, 0.31, 0.93, 0.25).

    A reader takes 4 enterprises, 1-6月 产值 19,200 万元 (4,800 + 3,000 + 9,000 + 2,400), 上年同期 17,000, 营业收入
    5,000 / 3,100 / 9,300 / 2,500 万元 (19,900 万元 in all) — never 0.5 万元 of revenue.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["说明：营业收入以亿元计，其余金额单位为万元"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        _put(ws, r, 1, _ent_row(r - 3, f, rev_k=0.0001))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_township_sheets_each_own_unit_with_a_summary(folder: Path) -> Path:
    """统计局's June list kept as a 汇总 sheet first (all 4 enterprises, 单位：万元) then a sheet per township: ``东镇``
    (单位：万元) and ``西镇`` (单位：亿元, figures 0.15 / 0.9 / 0.85 / 0.93 …); the 汇总 sheet is the same enterprises
    with the same figures once converted.

    A reader takes the 4 enterprises once: 1-6月 产值 19,200 万元, 西岭水泥 9,000 万元 (not 0.9, not twice).
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况汇总表", ["填报单位：县统计局", *[None] * 9, "单位：万元"],
                  sheet="汇总")
    for town, unit, k in (("东镇", "单位：万元", 1.0), ("西镇", "单位：亿元", 0.0001)):
        t = wb.create_sheet(town)
        _title(t, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(t, 2, 1, [f"乡镇：{town}", *[None] * 9, unit])
        _put(t, 3, 1, ENT)
        for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
            _put(t, r, 1, _ent_row(r - 3, f, k))
    return _save(wb, folder / "统计局6月规上企业（分乡镇）.xlsx")


def ent_township_sheets_summary_in_yi_beside_wanyuan(folder: Path) -> Path:
    """The same as ``ent_township_sheets_each_own_unit_with_a_summary`` but the 汇总 sheet is in 亿元 (单位：亿元,
    0.48, 0.3, 0.9, 0.24 …) while both township sheets are in 万元.

    A reader takes the 4 enterprises once: 1-6月 产值 19,200 万元.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况汇总表", ["填报单位：县统计局", *[None] * 9, "单位：亿元"],
                  sheet="汇总", k=0.0001)
    for town in ("东镇", "西镇"):
        t = wb.create_sheet(town)
        _title(t, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(t, 2, 1, [f"乡镇：{town}", *[None] * 9, "单位：万元"])
        _put(t, 3, 1, ENT)
        for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
            _put(t, r, 1, _ent_row(r - 3, f))
    return _save(wb, folder / "统计局6月规上企业（汇总+分镇）.xlsx")


def ent_township_sheets_summary_in_yi_one_figure_differs(folder: Path) -> Path:
    """``ent_township_sheets_summary_in_yi_beside_wanyuan`` whose 汇总 says 0.91 亿元 (9,100 万元) for 西岭水泥's 1-6月
    产值 (汇总!I6) where 西镇's sheet says 9,000 万元 (西镇!I4): every other figure agrees once converted.

    A reader asks which of the two is right, naming both cells — never 9,000 nor 9,100 silently, never 0.91.
    """
    path = ent_township_sheets_summary_in_yi_beside_wanyuan(folder)
    wb = openpyxl.load_workbook(path)
    wb["汇总"]["I6"] = 0.91
    wb.save(path)
    return path


def ent_township_sheets_one_still_headed_may(folder: Path) -> Path:
    """统计局's June list, one sheet per township, ``东镇`` headed ``1-6月累计产值`` and ``西镇`` still headed
    ``1-5月累计产值`` / ``1-5月营业收入`` (the clerk copied last month's sheet and typed June's figures in it), the
    title of both says 1-6月.

    A reader takes the 4 enterprises with June figures (19,200 万元) and tells the clerk the 西镇 header says 1-5月 —
    or asks which month 西镇's figures are; never stores 西镇's figures silently.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town in ("东镇", "西镇"):
        t = wb.create_sheet(town)
        _title(t, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(t, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
        head = ENT if town == "东镇" else [h.replace("1-6月", "1-5月") for h in ENT]
        _put(t, 3, 1, head)
        for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
            _put(t, r, 1, _ent_row(r - 3, f))
    return _save(wb, folder / "统计局6月规上企业分镇.xlsx")


def ent_unit_in_the_xuhao_column_yuan(folder: Path) -> Path:
    """统计局's June list with no 单位 line; the clerk wrote the unit in the 序号 column's header: ``序号（单位：元）``,
    and every figure is in 元 (48,000,000 …).

    A reader takes 1-6月 产值 19,200 万元 (东塬陶瓷 4,800 万元).
    """
    head = ["序号（单位：元）", *ENT[1:]]
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局"], head=head, k=10000)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_file_name_names_nobody(folder: Path) -> Path:
    """A file named ``6月报表.xlsx``: 填报单位：县统计局, title 2026年1-6月规上工业企业生产情况, 单位：万元.

    A reader takes it as 统计局's June list: 4 enterprises, 19,200 万元.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    return _save(wb, folder / "6月报表.xlsx")


# ---------------------------------------------------------------------------------------------
# A second month
# ---------------------------------------------------------------------------------------------

def _ent_month(folder: Path, month: int, firms: list[tuple[Any, ...]], name: str) -> Path:
    head = [h.replace("1-6月", f"1-{month}月") for h in ENT]
    wb, ws = _ent(f"2026年1-{month}月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：万元"],
                  firms=firms, head=head)
    return _save(wb, folder / name)


MAY = [(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7] - f[6], round(f[8] * 0.8), f[9] - f[6]) for f in FIRMS]


def ent_may_then_june_month_disagrees_with_cumulatives(folder: Path) -> list[Path]:
    """统计局's May list (1-5月: 4,000 / 2,400 / 7,500 / 2,000) then June's (1-6月 4,800 / 3,000 / 9,000 / 2,400),
    in June's 西岭水泥 本月产值 is typed 1,050 while its cumulatives moved by 1,500 (the others agree: 800, 600, 400).

    A reader takes June's figures as typed (1-6月 19,200 万元) and asks the clerk, or warns him, that 西岭水泥's 本月
    1,050 is not 9,000 − 7,500 = 1,500.
    """
    may = _ent_month(folder, 5, MAY, "统计局5月规上企业.xlsx")
    june = [f if f[0] != "西岭水泥有限公司" else (*f[:6], 1050, *f[7:]) for f in FIRMS]
    return [may, _ent_month(folder.parent, 6, june, "统计局6月规上企业.xlsx")]


def ent_may_then_june_short_name_and_one_dropped(folder: Path) -> list[Path]:
    """May's list of 4 enterprises, then June's of 3: 东塬光电科技有限公司 written ``东塬光电`` (same USCC) and
    西岭农产品加工有限公司 gone (it stopped in June; no word in the file).

    A reader takes June's 3 enterprises (4,800 + 3,000 + 9,000 = 16,800 万元), 东塬光电 under its full name's code,
    and asks or warns that 西岭农产品加工 (1-5月 2,000 万元) is not in June's list — never a silent drop of the
    county's output without a word.
    """
    may = _ent_month(folder, 5, MAY, "统计局5月规上企业.xlsx")
    june = [(("东塬光电" if f[0] == "东塬光电科技有限公司" else f[0]), *f[1:]) for f in FIRMS
            if f[0] != "西岭农产品加工有限公司"]
    return [may, _ent_month(folder.parent, 6, june, "统计局6月规上企业.xlsx")]


def ent_may_then_june_write_down(folder: Path) -> list[Path]:
    """May's list, then June's where 东塬陶瓷's 本月产值 is ``-200`` with a note in its row's last column ``统计核减``
    and its 1-6月 is 3,800 (May's 4,000 less 200).

    A reader takes June: 东塬陶瓷 1-6月 3,800, 本月 −200 (a write-down, said once), county 1-6月 18,200 万元.
    """
    may = _ent_month(folder, 5, MAY, "统计局5月规上企业.xlsx")
    june = [f if f[0] != "东塬陶瓷有限公司" else (*f[:6], -200, 3800, f[8], 4300) for f in FIRMS]
    path = _ent_month(folder.parent, 6, june, "统计局6月规上企业.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(3, 12, "备注")
    ws.cell(4, 12, "统计核减")
    return [may, _save(wb, path)]


# ---------------------------------------------------------------------------------------------
# 全市对比 (统计局)
# ---------------------------------------------------------------------------------------------

CITY = ["县区", "规上工业总产值", "增速（%）", "规上工业增加值增速（%）", "工业固定资产投资", "增速（%）"]
#: (county, output 亿元, growth, va growth, fai 亿元, fai growth)
COUNTIES = [("全市", 520.0, 8.1, 7.5, 160.0, 10.2), ("测试县", 130.5, 9.0, 8.2, 42.0, 12.5),
            ("甲县", 150.0, 7.0, 6.9, 45.0, 9.0), ("乙县", 120.0, 8.5, 7.8, 38.0, 11.0),
            ("丙县", 119.5, 7.9, 7.0, 35.0, 8.0)]


def city_unit_line_yi_without_yuan(folder: Path) -> Path:
    """统计局's city comparison, ``单位：亿`` on the line under the title (no 元), amounts 130.5, 150 …

    A reader takes 测试县's 1-6月 output 1,305,000 万元 (130.5 亿元), 工业固投 420,000 万元, va growth 8.2 %.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", len(CITY))
    _put(ws, 2, 1, ["", None, None, None, None, "单位：亿、%"])
    _put(ws, 3, 1, CITY)
    for r, c in enumerate(COUNTIES, 4):
        _put(ws, r, 1, list(c))
    return _save(wb, folder / "全市对比6月.xlsx")


def city_sheet_named_yi_line_says_wanyuan(folder: Path) -> Path:
    """统计局's city comparison on a sheet named ``6月（亿元）`` whose 单位 line says ``单位：万元``, figures 130.5,
    150 … (they are 亿元: a county's half-year output is not 130 万元).

    A reader asks which unit (the sheet's name and the line disagree), or takes 亿元 — never 130.5 万元.
    """
    wb, ws = _book("6月（亿元）")
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", len(CITY))
    _put(ws, 2, 1, [None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, CITY)
    for r, c in enumerate(COUNTIES, 4):
        _put(ws, r, 1, list(c))
    return _save(wb, folder / "全市对比6月.xlsx")


def city_ditto_in_a_growth_cell(folder: Path) -> Path:
    """统计局's city comparison (单位：亿元) where 乙县's 规上工业增加值增速 is typed ``同上`` (the same as 甲县's 6.9).

    A reader does not take a figure from a ditto without a word: asks about 乙县's cell (D7) — or reads 6.9 and
    says so; never 乙县's growth blank (乙县 left out of the rank) silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", len(CITY))
    _put(ws, 2, 1, [None, None, None, None, None, "单位：亿元"])
    _put(ws, 3, 1, CITY)
    for r, c in enumerate(COUNTIES, 4):
        row = list(c)
        if c[0] == "乙县":
            row[3] = "同上"
        _put(ws, r, 1, row)
    return _save(wb, folder / "全市对比6月.xlsx")


# ---------------------------------------------------------------------------------------------
# 企业培育 (工信局), 招商 (招商局), 要素保障 (自然资源局 / 财政局), 目标 (工信局)
# ---------------------------------------------------------------------------------------------

CULT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金"]


def cult_grants_tiny_under_yuan_line(folder: Path) -> Path:
    """工信局's cultivation ledger whose 单位 line says ``单位：元`` and whose 奖补资金 are 5, 10, 20 (typed in 万元 as
    always: no grant is 5 元).

    A reader asks which unit the grants are in (``unit_doubtful``-like) — never 0.0005 万元 silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月企业培育台账", len(CULT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 7, "单位：元"])
    _put(ws, 3, 1, CULT)
    rows = [(1, "东塬陶瓷有限公司", U[1500], "东镇", "高新技术企业", "已认定", D(2026, 3, 5), "张三", 5),
            (2, "东塬光电科技有限公司", U[1501], "东镇", "省级专精特新", "申报中", D(2026, 4, 10), "李四", 10),
            (3, "西岭农产品加工有限公司", U[1503], "西镇", "绿色工厂", "已认定", D(2026, 5, 20), "王五", 20)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, list(row))
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


def cult_dittos_and_dates_in_words(folder: Path) -> Path:
    """工信局's cultivation ledger (title 2026年1-6月): 3 rows; row 2's 所属乡镇 and 培育类型 are ``同上`` (东镇,
    科技型中小企业) and its 培育状态 ``〃`` (已入库); 状态日期 written ``上月10日``, ``年初``, ``今年3月15日``.

    A reader takes 东塬陶瓷 科技型中小企业 已入库 2026-05-10, 东塬光电 东镇 科技型中小企业 已入库 2026-01-01 (年初 —
    or asks which day), 西岭农产品 高新技术企业 申报中 2026-03-15; grants 0.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月企业培育台账", len(CULT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, CULT)
    rows = [(1, "东塬陶瓷有限公司", U[1500], "东镇", "科技型中小企业", "已入库", "上月10日", "张三", 0),
            (2, "东塬光电科技有限公司", U[1501], "同上", "同上", "〃", "年初", "李四", 0),
            (3, "西岭农产品加工有限公司", U[1503], "西镇", "高新技术企业", "申报中", "今年3月15日", "王五", 0)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, list(row))
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


ATTR = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期", "总投资",
        "本年到位资金"]


def attraction_total_header_yi_unit_line_wan(folder: Path) -> Path:
    """招商局's ledger: ``单位:万`` on the line under the title, but the clerk headed 总投资 ``总投资（亿元）`` and typed
    it in 亿元 (5, 2.5); 本年到位资金 in 万元 (8,000, 3,000).

    A reader takes 2 projects: 总投资 50,000 and 25,000 万元, 到位资金 8,000 and 3,000 万元.
    """
    wb, ws = _book()
    head = [h if h != "总投资" else "总投资（亿元）" for h in ATTR]
    _title(ws, "2026年1-6月招商引资项目台账", len(head))
    _put(ws, 2, 1, ["填报单位：县招商局", *[None] * 9, "单位:万"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "光伏组件智能制造项目", "陕西某新能源有限公司", "光伏新能源", "东镇", "开工", D(2026, 2, 10),
                    D(2026, 3, 1), D(2026, 4, 8), 5, 8000])
    _put(ws, 5, 1, [2, "新型墙体材料项目", "西安某建材有限公司", "新型建材", "西镇", "签约", D(2026, 5, 18), None, None,
                    2.5, 3000])
    return _save(wb, folder / "招商局6月台账.xlsx")


def attraction_may_then_june_renamed_short(folder: Path) -> list[Path]:
    """招商局's May ledger (2 projects: 光伏组件智能制造项目 签约, 新型墙体材料项目 签约) then June's in which the first is
    written ``光伏组件项目`` (same investor, now 落户 2026-06-05) and 到位资金 8,000.

    A reader takes June: 2 projects, the photovoltaic one now 落户 — one project, not a new one beside a vanished
    one; at least the change of name is said (or asked), not silently a new project and a dropped one.
    """
    paths = []
    for month, name, stage, landed, funds in ((5, "光伏组件智能制造项目", "签约", None, 5000),
                                               (6, "光伏组件项目", "落户", D(2026, 6, 5), 8000)):
        wb, ws = _book()
        _title(ws, f"2026年1-{month}月招商引资项目台账", len(ATTR))
        _put(ws, 2, 1, ["填报单位：县招商局", *[None] * 9, "单位：万元"])
        _put(ws, 3, 1, ATTR)
        _put(ws, 4, 1, [1, name, "陕西某新能源有限公司", "光伏新能源", "东镇", stage, D(2026, 2, 10), landed, None,
                        50000, funds])
        _put(ws, 5, 1, [2, "新型墙体材料项目", "西安某建材有限公司", "新型建材", "西镇", "签约", D(2026, 5, 18), None,
                        None, 25000, 3000])
        paths.append(_save(wb, (folder if month == 5 else folder.parent) / f"招商局{month}月台账.xlsx"))
    return paths


FACT = ["序号", "事项", "日期", "地块或用途", "宗地编号", "所属乡镇", "供地面积（亩）", "金额", "所属季度"]


def land_first_then_funds_file_named_land_bureau(folder: Path) -> list[Path]:
    """自然资源局's June land return (2 parcels, 30 + 45 亩), then a file named ``自然资源局6月要素保障（资金）.xlsx`` whose
    填报单位 line says ``填报单位：县财政局`` and whose rows are funds (上划市工业倍增发展基金 500 万元, 工业发展资金拨付 300
    万元) — the finance clerk saved over a copy of the land bureau's file.

    A reader takes both: 自然资源局's 2 parcels (75 亩) stay, 财政局's 2 fund rows (800 万元) are 财政局's — or asks whose
    the second file is; never the land return replaced by the funds.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表（工业用地）", len(FACT))
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "工业用地供应", D(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-001", "东镇", 30, 900, None])
    _put(ws, 5, 1, [2, "工业用地供应", D(2026, 5, 20), "西镇建材园", "610599-2026-002", "西镇", 45, 1200, None])
    land = _save(wb, folder / "自然资源局6月要素保障.xlsx")
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表", len(FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "上划市工业倍增发展基金", D(2026, 4, 8), "一季度基金上划", None, None, None, 500, 1])
    _put(ws, 5, 1, [2, "工业发展资金拨付", D(2026, 6, 18), "技改奖补", None, None, None, 300, None])
    funds = _save(wb, folder.parent / "自然资源局6月要素保障（资金）.xlsx")
    return [land, funds]


def funds_yuan_line_total_in_wanyuan_dates_in_words(folder: Path) -> Path:
    """财政局's funds: ``单位：元`` line, rows 5,000,000 / 3,000,000 元, then ``合计（万元）`` 800; dates ``上月20日``
    (2026-05-20) and ``本月8日`` (2026-06-08).

    A reader takes 2 rows: 上划市工业倍增发展基金 500 万元 on 2026-05-20 (二季度), 工业发展资金拨付 300 万元 on 2026-06-08.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表（资金）", len(FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "上划市工业倍增发展基金", "上月20日", "二季度基金上划", None, None, None, 5000000, 2])
    _put(ws, 5, 1, [2, "工业发展资金拨付", "本月8日", "技改奖补", None, None, None, 3000000, None])
    _put(ws, 6, 1, ["合计（万元）", None, None, None, None, None, None, 800, None])
    return _save(wb, folder / "财政局6月资金.xlsx")


TGT = ["序号", "指标名称", "单位", "全年目标", "一季度", "二季度", "三季度", "四季度"]


def targets_unit_line_yi_unit_column_blank_for_money(folder: Path) -> Path:
    """工信局's targets: ``单位：亿`` on the line under the title, 单位 column left blank on the money rows (规上工业总产值
    280, 工业固定资产投资 90) and filled on the others (工业增加值增速 ``%`` 8, 新增规上企业 ``户`` 6).

    A reader takes 规上工业总产值 2,800,000 万元 (280 亿元), 工业固投 900,000 万元, 增加值增速 8 %, 新增规上 6 户.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务", len(TGT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 6, "单位：亿"])
    _put(ws, 3, 1, TGT)
    _put(ws, 4, 1, [1, "规上工业总产值", None, 280])
    _put(ws, 5, 1, [2, "工业固定资产投资", None, 90])
    _put(ws, 6, 1, [3, "规上工业增加值增速", "%", 8])
    _put(ws, 7, 1, [4, "新增规上工业企业", "户", 6])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def notes_ditto_section_and_struck_line(folder: Path) -> Path:
    """工信局's progress notes (title 2026年1-6月重点工作进展情况): 3 items 6①, 6②, 二1; 6②'s 数字指标 is ``同上``
    (标准化厂房建设总体进度, as 6①) and its 完成进度 75; a 4th row 二2 struck through (the clerk's way of deleting).

    A reader takes 3 items: 6① 标准化厂房 60 %, 6② the same label 75 % (or asks), 二1 — the struck row not counted.
    """
    head = ["章节", "标题", "进展情况", "数字指标", "完成进度"]
    wb, ws = _book()
    _title(ws, "2026年1-6月重点工作进展情况", len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, ["6①", "标准化厂房建设提速", "东镇标准化厂房主体完工。", "标准化厂房建设总体进度", 60])
    _put(ws, 5, 1, ["6②", "西镇厂房二期", "西镇二期厂房完成基础施工。", "同上", 75])
    _put(ws, 6, 1, ["二1", "要素保障不足", "部分项目用地指标紧张。", None, None])
    _put(ws, 7, 1, ["二2", "融资难", "中小企业融资渠道窄。", None, None])
    for c in range(1, 6):
        ws.cell(7, c).font = Font(strike=True)
    return _save(wb, folder / "工信局6月重点工作.xlsx")


SMALL: list[tuple[Any, ...]] = [
    ("东塬包装制品有限公司", U[1510], "东镇", "2231", "否", "2025-12", 80, 480, 400, 500),
    ("西岭木制品有限公司", U[1511], "西镇", "2032", "否", "2024-06", 60, 390, 350, 400),
]


def ent_unit_in_the_xuhao_column_yuan_small_firms(folder: Path) -> Path:
    """The same as ``ent_unit_in_the_xuhao_column_yuan`` for two small enterprises (a township's list): the unit only
    in the 序号 header ``序号（单位：元）``, figures 4,800,000 元 and 3,900,000 元.

    A reader takes 1-6月 产值 480 + 390 = 870 万元 — never 8,700,000 万元 (870 亿元), nor silently.
    """
    head = ["序号（单位：元）", *ENT[1:]]
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局"], firms=SMALL, head=head, k=10000)
    return _save(wb, folder / "统计局6月规上企业（小微）.xlsx")


def city_fai_unit_in_a_note_under_the_table(folder: Path) -> Path:
    """统计局's city comparison, ``单位：万元`` above; the 工业固定资产投资 column is in 亿元 (42, 45 …) and the clerk
    said so under the table: ``注：工业固定资产投资单位为亿元，其余为万元``; output in 万元 (1,305,000 …).

    A reader takes 测试县's output 1,305,000 万元 and 工业固投 420,000 万元 (42 亿元); 全市 1,600,000 万元.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", len(CITY))
    _put(ws, 2, 1, [None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, CITY)
    for r, c in enumerate(COUNTIES, 4):
        _put(ws, r, 1, [c[0], c[1] * 10000, c[2], c[3], c[4], c[5]])
    _put(ws, 10, 1, ["注：工业固定资产投资单位为亿元，其余为万元"])
    return _save(wb, folder / "全市对比6月.xlsx")


def land_may_then_june_only_the_new_parcel(folder: Path) -> list[Path]:
    """自然资源局's May return (2 parcels: 2026-04-12 30 亩, 2026-05-20 45 亩), then June's titled ``2026年6月新增工业用地
    供应情况`` with only June's parcel (2026-06-16, 20 亩) — the clerk sent this month's new supply only.

    A reader takes 1-6月 3 parcels, 95 亩 (the May ones stand, June's is new) — or asks whether the May parcels are
    dropped; never 1-6月 20 亩 silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-5月要素保障情况表（工业用地）", len(FACT))
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "工业用地供应", D(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-001", "东镇", 30, 900, None])
    _put(ws, 5, 1, [2, "工业用地供应", D(2026, 5, 20), "西镇建材园", "610599-2026-002", "西镇", 45, 1200, None])
    may = _save(wb, folder / "自然资源局5月要素保障.xlsx")
    wb, ws = _book()
    _title(ws, "2026年6月新增工业用地供应情况", len(FACT))
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "工业用地供应", D(2026, 6, 16), "东镇食品产业园", "610599-2026-003", "东镇", 20, 600, None])
    return [may, _save(wb, folder.parent / "自然资源局6月新增供地.xlsx")]


def cult_grants_in_yuan_total_in_wanyuan(folder: Path) -> Path:
    """工信局's cultivation ledger with no 单位 line; the 奖补资金 of each row typed in 元 (50,000 / 100,000 / 200,000)
    and the bottom row ``合计（万元）`` 35.

    A reader takes grants 5, 10 and 20 万元 (35 万元 in all) — or asks; never 50,000 万元 for 东塬陶瓷 silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月企业培育台账", len(CULT))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, CULT)
    rows = [(1, "东塬陶瓷有限公司", U[1500], "东镇", "高新技术企业", "已认定", D(2026, 3, 5), "张三", 50000),
            (2, "东塬光电科技有限公司", U[1501], "东镇", "省级专精特新", "申报中", D(2026, 4, 10), "李四", 100000),
            (3, "西岭农产品加工有限公司", U[1503], "西镇", "绿色工厂", "已认定", D(2026, 5, 20), "王五", 200000)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, list(row))
    _put(ws, 7, 1, ["合计（万元）", None, None, None, None, None, None, None, 35])
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


def ent_township_sheets_same_unit_with_a_summary(folder: Path) -> Path:
    """统计局's June list: a 汇总 sheet (all 4 enterprises) then ``东镇`` and ``西镇`` sheets, all ``单位：万元``, the same
    figures on both sides.

    A reader takes the 4 enterprises once: 1-6月 产值 19,200 万元.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况汇总表", ["填报单位：县统计局", *[None] * 9, "单位：万元"],
                  sheet="汇总")
    for town in ("东镇", "西镇"):
        t = wb.create_sheet(town)
        _title(t, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(t, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
        _put(t, 3, 1, ENT)
        for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
            _put(t, r, 1, _ent_row(r - 3, f))
    return _save(wb, folder / "统计局6月规上企业（汇总）.xlsx")


def funds_tiny_under_a_yuan_line(folder: Path) -> Path:
    """财政局's funds return under ``单位：元``: 上划市工业倍增发展基金 500 (2026-04-08, 一季度) and 工业发展资金筹集 1,200
    (2026-05-15) — typed in 万元 as every month (no county raises 1,200 元 for its industrial fund).

    A reader asks which unit — never 0.05 and 0.12 万元 silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表（资金）", len(FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：元"])
    _put(ws, 3, 1, FACT)
    _put(ws, 4, 1, [1, "上划市工业倍增发展基金", D(2026, 4, 8), "一季度基金上划", None, None, None, 500, 1])
    _put(ws, 5, 1, [2, "工业发展资金筹集", D(2026, 5, 15), "县财政预算安排", None, None, None, 1200, None])
    return _save(wb, folder / "财政局6月资金.xlsx")


def attraction_total_in_yi_said_in_a_note(folder: Path) -> Path:
    """招商局's ledger, ``单位：万元`` above; 总投资 typed in 亿元 (5, 2.5) and said under the table: ``注：总投资单位为
    亿元，其余为万元``; 本年到位资金 8,000 and 3,000 万元.

    A reader takes 总投资 50,000 and 25,000 万元, 到位资金 8,000 and 3,000 万元.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月招商引资项目台账", len(ATTR))
    _put(ws, 2, 1, ["填报单位：县招商局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ATTR)
    _put(ws, 4, 1, [1, "光伏组件智能制造项目", "陕西某新能源有限公司", "光伏新能源", "东镇", "开工", D(2026, 2, 10),
                    D(2026, 3, 1), D(2026, 4, 8), 5, 8000])
    _put(ws, 5, 1, [2, "新型墙体材料项目", "西安某建材有限公司", "新型建材", "西镇", "签约", D(2026, 5, 18), None, None,
                    2.5, 3000])
    _put(ws, 7, 1, ["注：总投资单位为亿元，其余为万元"])
    return _save(wb, folder / "招商局6月台账.xlsx")


def land_area_in_hectares_said_in_the_sheet_name(folder: Path) -> Path:
    """自然资源局's land return on a sheet named ``供地情况（公顷）``, header ``供地面积`` (no unit), 单位 line ``单位：
    万元`` (for the price); areas 2 and 3 (公顷: a parcel of 2 亩 is not an industrial parcel).

    A reader takes 30 亩 and 45 亩 (2 and 3 公顷 × 15) — or asks which unit the areas are in; never 2 and 3 亩.
    """
    wb, ws = _book("供地情况（公顷）")
    head = [h if h != "供地面积（亩）" else "供地面积" for h in FACT]
    _title(ws, "2026年1-6月要素保障情况表（工业用地）", len(head))
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "工业用地供应", D(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-001", "东镇", 2, 900, None])
    _put(ws, 5, 1, [2, "工业用地供应", D(2026, 5, 20), "西镇建材园", "610599-2026-002", "西镇", 3, 1200, None])
    return _save(wb, folder / "自然资源局6月供地.xlsx")


def targets_ditto_units(folder: Path) -> Path:
    """工信局's targets with a 单位 column: 规上工业总产值 280 ``亿元``; 招商引资到位资金 50 ``同上`` (亿元); 规上工业增加值
    增速 8 ``%``; 新增规上工业企业 6 ``〃`` — a ditto under ``%`` for a count of enterprises (the clerk's slip).

    A reader takes 总产值 280 亿元 and 到位资金 50 亿元 (from the ditto, said), 增加值增速 8 %, and asks about the
    新增规上 unit (a count is not a %) — or reads 6 户; never 6 % silently.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务", len(TGT))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, TGT)
    _put(ws, 4, 1, [1, "规上工业总产值", "亿元", 280])
    _put(ws, 5, 1, [2, "招商引资到位资金", "同上", 50])
    _put(ws, 6, 1, [3, "规上工业增加值增速", "%", 8])
    _put(ws, 7, 1, [4, "新增规上工业企业", "〃", 6])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def _card(ws: Worksheet, f: tuple[Any, ...], unit: str = "单位：万元", k: float = 1) -> None:
    name, code, town, ind, sei, entered, month, cum, ly, rev = f
    _title(ws, "2026年1-6月规上工业企业生产情况", 2)
    ws.cell(2, 1, unit)
    lines = [("企业名称", name), ("统一社会信用代码", code), ("所属乡镇", town), ("行业代码", ind), ("是否战新", sei),
             ("入规年月", entered), ("本月工业总产值", month * k), ("1-6月累计工业总产值", cum * k),
             ("上年同期累计工业总产值", ly * k), ("1-6月营业收入", rev * k)]
    for r, (label, value) in enumerate(lines, 3):
        _put(ws, r, 1, [label, value])
    ws.cell(3 + len(lines), 1, "填表人：王五  报出日期：2026年7月5日")


def ent_cards_with_a_summary_in_yi(folder: Path) -> Path:
    """统计局's workbook: a 汇总 sheet in 亿元 (``单位：亿元``: 0.48, 0.3, 0.9, 0.24 …) then the 4 enterprises' cards, a
    sheet each, in 万元 (``单位：万元``) — the same figures once converted.

    A reader takes the 4 enterprises once: 1-6月 19,200 万元 (never 38,400, never 0.48 万元).
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况汇总", ["填报单位：县统计局", *[None] * 9, "单位：亿元"],
                  sheet="汇总", k=0.0001)
    for f in FIRMS:
        _card(wb.create_sheet(f[0][:4]), f)
    return _save(wb, folder / "统计局6月规上企业（汇总+卡片）.xlsx")


def ent_may_then_june_in_yi_said_in_the_sheet_name(folder: Path) -> list[Path]:
    """统计局's May list in 万元, then June's on a sheet named ``6月（亿元）`` with no 单位 line, figures in 亿元 (0.08,
    0.48 …), 所属乡镇 of rows 2 and 4 written ``同上``.

    A reader takes June's 4 enterprises 1-6月 19,200 万元, 本月 800 / 600 / 1,500 / 400 (each the difference of the
    two cumulatives: no 本月 warning), 东塬光电 and 西岭农产品 in 东镇 / 西镇 from the dittos.
    """
    may = _ent_month(folder, 5, MAY, "统计局5月规上企业.xlsx")
    wb, ws = _book("6月（亿元）")
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        row = _ent_row(r - 3, f, 0.0001)
        if r in (5, 7):
            row[3] = "同上"
        _put(ws, r, 1, row)
    return [may, _save(wb, folder.parent / "统计局6月规上企业.xlsx")]


def ent_tiny_output_under_a_yuan_line(folder: Path) -> Path:
    """统计局's June list whose 单位 line says ``单位：元`` (copied from the 财政局's sheet) over the usual 万元 figures
    (东塬陶瓷 1-6月 4,800 …: no above-scale enterprise makes 4,800 元 in half a year — 规上 means ≥ 2,000 万元 a year).

    A reader asks which unit — never 1-6月 产值 1.92 万元 for the county silently.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：元"])
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_file_named_for_another_department(folder: Path) -> Path:
    """A file named ``工信局转6月规上企业.xlsx`` (工信局 forwarded it), 填报单位：县统计局, the usual list.

    A reader takes it as 统计局's June list (工信局 does not send this return): 4 enterprises, 19,200 万元 — or asks.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    return _save(wb, folder / "工信局转6月规上企业.xlsx")


def ent_cards_one_labelled_may(folder: Path) -> Path:
    """4 cards, a sheet each, all titled 2026年1-6月; on 「西岭农产」 the clerk left last month's labels ``本月工业总产值``
    / ``1-5月累计工业总产值`` / ``1-5月营业收入`` with May's figures (400 / 2,000 / 2,100).

    A reader takes 3 June cards and asks (or warns) about 「西岭农产」 saying 1-5月 — never 2,000 filed as its 1-6月
    silently.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f in FIRMS:
        ws = wb.create_sheet(f[0][:4])
        if f[0] == "西岭农产品加工有限公司":
            _card(ws, MAY[3])
            ws.cell(10, 1, "1-5月累计工业总产值")
            ws.cell(12, 1, "1-5月营业收入")
        else:
            _card(ws, f)
    return _save(wb, folder / "统计局6月规上企业卡片.xlsx")


def attraction_dates_said_loosely(folder: Path) -> Path:
    """招商局's ledger (title 2026年1-6月): 甲 signed ``上月底`` (2026-05-31), 落户 ``本月初`` — 乙 signed ``5月下旬``;
    丙 signed ``今年一季度``.

    A reader takes 甲 signed 2026-05-31; asks about 本月初, 5月下旬 and 今年一季度 (no day a person could name) or
    reads their months (2026-06, 2026-05, and 一季度 never as a day) and says so; never a date made up silently.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月招商引资项目台账", len(ATTR))
    _put(ws, 2, 1, ["填报单位：县招商局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ATTR)
    _put(ws, 4, 1, [1, "光伏组件智能制造项目", "陕西某新能源有限公司", "光伏新能源", "东镇", "落户", "上月底", "本月初",
                    None, 50000, 8000])
    _put(ws, 5, 1, [2, "新型墙体材料项目", "西安某建材有限公司", "新型建材", "西镇", "签约", "5月下旬", None, None,
                    25000, 3000])
    _put(ws, 6, 1, [3, "果蔬冷链加工项目", "宝鸡某食品有限公司", "涉农加工", "东镇", "签约", "今年一季度", None, None,
                    8000, 0])
    return _save(wb, folder / "招商局6月台账.xlsx")


def funds_month_sheets_in_yuan_summary_in_wanyuan(folder: Path, month_unit: str = "元") -> Path:
    """财政局's funds workbook: a ``汇总`` sheet (单位：万元: 500 on 2026-04-08, 300 on 2026-05-12, 200 on 2026-06-18) then
    sheets ``4月`` ``5月`` ``6月`` in 元 (单位：元: 5,000,000 / 3,000,000 / 2,000,000), one row each — the same events.

    A reader takes 3 events once: 上划基金 500 (一季度), 拨付 300, 拨付 200 万元 — 1,000 万元 in all.

    ``month_unit="万元"``: the month sheets in 万元 too (500 / 300 / 200), the same reading.
    """
    k = 10000 if month_unit == "元" else 1
    events = [(D(2026, 4, 8), "上划市工业倍增发展基金", "一季度基金上划", 500, 1),
              (D(2026, 5, 12), "工业发展资金拨付", "技改奖补", 300, None),
              (D(2026, 6, 18), "工业发展资金拨付", "入规奖励", 200, None)]
    wb, ws = _book("汇总")
    _title(ws, "2026年1-6月要素保障情况表（资金）", len(FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, FACT)
    for r, (d, item, use, amt, q) in enumerate(events, 4):
        _put(ws, r, 1, [r - 3, item, d, use, None, None, None, amt, q])
    for d, item, use, amt, q in events:
        t = wb.create_sheet(f"{d.month}月")
        _title(t, f"2026年{d.month}月要素保障情况表（资金）", len(FACT))
        _put(t, 2, 1, ["填报单位：县财政局", *[None] * 7, f"单位：{month_unit}"])
        _put(t, 3, 1, FACT)
        _put(t, 4, 1, [1, item, d, use, None, None, None, amt * k, q])
    return _save(wb, folder / "财政局6月资金（分月）.xlsx")


def attraction_township_sheets_each_own_unit(folder: Path) -> Path:
    """招商局's ledger kept as a sheet per township: ``东镇`` (单位：万元: 总投资 50,000, 到位 8,000) and ``西镇`` (单位：亿元:
    总投资 2.5, 到位 0.3).

    A reader takes 2 projects: 总投资 50,000 and 25,000 万元, 到位资金 8,000 and 3,000 万元.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    rows = {"东镇": ("单位：万元", [1, "光伏组件智能制造项目", "陕西某新能源有限公司", "光伏新能源", "东镇", "开工",
                                   D(2026, 2, 10), D(2026, 3, 1), D(2026, 4, 8), 50000, 8000]),
            "西镇": ("单位：亿元", [1, "新型墙体材料项目", "西安某建材有限公司", "新型建材", "西镇", "签约", D(2026, 5, 18),
                                   None, None, 2.5, 0.3])}
    for town, (unit, row) in rows.items():
        t = wb.create_sheet(town)
        _title(t, f"2026年1-6月招商引资项目台账（{town}）", len(ATTR))
        _put(t, 2, 1, ["填报单位：县招商局", *[None] * 9, unit])
        _put(t, 3, 1, ATTR)
        _put(t, 4, 1, row)
    return _save(wb, folder / "招商局6月台账（分镇）.xlsx")


def funds_month_sheets_and_summary_all_wanyuan(folder: Path) -> Path:
    """``funds_month_sheets_in_yuan_summary_in_wanyuan`` with every sheet in 万元: 3 events once, 1,000 万元."""
    return funds_month_sheets_in_yuan_summary_in_wanyuan(folder, month_unit="万元")


def cult_same_enterprise_second_type_ditto_name_and_code(folder: Path) -> Path:
    """工信局's ledger: 东塬陶瓷 (高新技术企业, 已认定 2026-03-05), then a row whose 企业名称, 统一社会信用代码 and 所属乡镇
    are ``同上`` and whose 培育类型 is 省级专精特新 (申报中 2026-04-10) — the same enterprise under a second type, as
    clerks write it; then 西岭农产品 (绿色工厂, 已认定 2026-05-20).

    A reader takes 3 rows: 东塬陶瓷 twice (two types, the same USCC), 西岭农产品 once.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月企业培育台账", len(CULT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, CULT)
    rows = [(1, "东塬陶瓷有限公司", U[1500], "东镇", "高新技术企业", "已认定", D(2026, 3, 5), "张三", 20),
            (2, "同上", "同上", "同上", "省级专精特新", "申报中", D(2026, 4, 10), "张三", 0),
            (3, "西岭农产品加工有限公司", U[1503], "西镇", "绿色工厂", "已认定", D(2026, 5, 20), "王五", 10)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, list(row))
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


def cult_file_named_for_a_township(folder: Path) -> Path:
    """A file named ``东镇企业培育台账6月.xlsx``, 填报单位：县工信局, title 东镇2026年1-6月企业培育台账, no 所属乡镇 column; two
    东镇 enterprises.

    A reader takes 工信局's ledger of 2 东镇 enterprises (所属乡镇 东镇 from the title and file name) — or asks who sent
    it; never a return of a township that does not send this form.
    """
    head = [h for h in CULT if h != "所属乡镇"]
    wb, ws = _book()
    _title(ws, "东镇2026年1-6月企业培育台账", len(head))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 6, "单位：万元"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "东塬陶瓷有限公司", U[1500], "高新技术企业", "已认定", D(2026, 3, 5), "张三", 20])
    _put(ws, 5, 1, [2, "东塬光电科技有限公司", U[1501], "省级专精特新", "申报中", D(2026, 4, 10), "李四", 0])
    return _save(wb, folder / "东镇企业培育台账6月.xlsx")


def ent_small_firms_in_yuan_total_says_yuan(folder: Path) -> Path:
    """A township-style list of two small enterprises under ``单位：万元`` (left from the template) whose figures are
    in 元 (4,800,000 / 3,900,000 …) and whose bottom row is ``合计（元）`` 8,700,000 — the total says what the rows are.

    A reader takes 1-6月 480 + 390 = 870 万元, or asks which unit; never 8,700,000 万元 silently.
    """
    wb, ws = _ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：万元"], firms=SMALL,
                  k=10000)
    _put(ws, 6, 1, ["合计（元）", None, None, None, None, None, None, 1400000, 8700000, 7500000, 9000000])
    return _save(wb, folder / "统计局6月规上企业（小微）.xlsx")
