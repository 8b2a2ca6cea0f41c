"""Hand-made returns of the outside probe p27: hostile inputs against session 20's newest rules — quarter and half
words that are not a period (a project named 四季度技改项目, a header 上半年完成投资, a note 下半年计划, a sheet named 二季度
among monthly sheets), titles with months across a year's end, a county whose name begins a township's, targets
typed in the wrong unit or for the wrong year, a ledger record whose 1-2月 equals last year's total for a good
reason, and a 分乡镇 sheet in a county with a township that owes nothing.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: probe26b's
``write_zone_config`` unless said (``write_east_county_config``: county 东县; ``write_idle_township_config``:
测试县 plus a township and a zone that send nothing); period June 2026 unless said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.county import write_config
from tests.handmade import probe26b as b
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc
from tests.scenarios_more import MORE_DEPARTMENTS

D = dt.date
U = {n: uscc(n) for n in range(2700, 2740)}
_save = b._save


# ---- configs -------------------------------------------------------------------------------------------------------

def write_east_county_config(root: Path) -> Path:
    """County 东县 (city 测试市: 东县, 甲县, 乙县, 丙县) whose name 东 begins its township 东镇; townships 东镇, 城关镇,
    城关街道 (城关 is both a 镇 and a 街道), 红星乡, 西镇; every department."""
    path = b.write_zone_config(root)
    text = path.read_text(encoding="utf-8").replace("测试县", "东县")
    start, end = text.index("[[townships]]"), text.index("[[departments]]")
    towns = "".join(f'[[townships]]\nname = "{n}"\n\n' for n in ("东镇", "城关镇", "城关街道", "红星乡", "西镇"))
    path.write_text(text[:start] + towns + text[end:], encoding="utf-8")
    return path


def write_idle_township_config(root: Path) -> Path:
    """测试县 (东镇, 西镇, every department) plus 南镇 with ``forms = []`` (configured, sends nothing) and 经济技术开发区
    with ``forms = ["attraction"]`` (a zone that owes no project return)."""
    path = write_config(root)
    text = path.read_text(encoding="utf-8").replace('forms = ["targets"]', 'forms = ["targets", "cultivation", '
                                                                          '"progress_notes"]')
    start = text.index("[[departments]]")
    extra = '[[townships]]\nname = "南镇"\nforms = []\n\n[[townships]]\nname = "经济技术开发区"\nforms = ["attraction"]\n\n'
    path.write_text(text[:start] + extra + text[start:] + MORE_DEPARTMENTS, encoding="utf-8")
    return path


# ---- (1) quarter and half words that are not the period ------------------------------------------------------------

#: 东镇's two projects named with period words (万元): 1-6月 3,000 + 1,200 = 4,200
EAST_WORDS = [[b.EAST[0][0], "四季度技改项目（东塬光伏支架）", *b.EAST[0][2:]],
              [b.EAST[1][0], "上半年投产饲料车间项目", *b.EAST[1][2:]]]


def proj_names_and_note_with_period_words(folder: Path) -> Path:
    """东镇's June list titled ``东镇2026年1-6月工业项目建设进展情况表``; the projects are named
    ``四季度技改项目（东塬光伏支架）`` and ``上半年投产饲料车间项目``; below the table a note ``下半年计划：确保四季度全部投产``.

    A reader takes 2026-06 from the title (a project's name and a plan for the second half are not the period):
    accepted, 4,200 万元, the names kept as typed."""
    path = b._projects(folder / "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府",
                       rows=EAST_WORDS)
    wb = openpyxl.load_workbook(path)
    _put(wb.active, 8, 1, ["下半年计划：确保四季度全部投产"])
    wb.save(path)
    return path


HEAD_HALF = [h.replace("年度计划投资", "全年计划投资").replace("自年初累计完成投资", "上半年完成投资") for h in b.PROJ]


def proj_headers_quanian_and_shangbannian(folder: Path) -> Path:
    """东镇's June list (title ``东镇2026年1-6月…``) with headers 全年计划投资 (the 年度计划投资 8,000 / 1,500) and
    上半年完成投资 (on a 1-6月 return: the 1-6月 cumulative 3,000 / 1,200) beside 当月完成投资 600 / 200.

    A reader takes 2026-06, 4,200 万元 cumulative and 9,500 年度计划 — the half is this return's 1-6月."""
    return b._projects(folder / "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府",
                       head=HEAD_HALF)


def proj_quarter_sheet_among_monthly_sheets(folder: Path) -> Path:
    """东镇's workbook with a sheet 「5月」 (title ``东镇2026年1-5月…``, 累计 2,400 + 1,000) kept in front and the June
    list on a sheet named 「二季度」 (title ``东镇2026年1-6月…``, 累计 3,000 + 1,200); file ``东镇项目进展.xlsx``.

    A reader takes June from the 「二季度」 sheet (二季度 ends in June, its title says 1-6月): 4,200 万元 for 2026-06,
    the 5月 sheet left out (said) — never May's figures, never refused for two periods."""
    path = b._projects(folder / "东镇项目进展.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府")
    wb = openpyxl.load_workbook(path)
    june = wb.active
    june.title = "二季度"
    may = wb.copy_worksheet(june)
    may.title = "5月"
    wb.move_sheet(may, offset=-1)
    may["A1"] = "东镇2026年1-5月工业项目建设进展情况表"
    for r, (month, cum) in zip((4, 5), ((500, 2400), (150, 1000)), strict=True):
        may.cell(r, 13, month)
        may.cell(r, 14, cum)
    wb.save(path)
    return path


# ---- (2) months across a year's end ---------------------------------------------------------------------------------

def proj_title_from_january_to_june_with_years(folder: Path) -> Path:
    """东镇's June list titled ``东镇2026年1月-2026年6月工业项目建设进展情况表`` (each end with its year).

    A reader takes 2026-06 (1-6月 2026 said twice over): accepted, 4,200 万元."""
    return b._projects(folder / "东镇6月项目.xlsx", "东镇2026年1月-2026年6月工业项目建设进展情况表",
                       "填报单位：东镇人民政府")


JAN_HEAD = [h.replace("1-6月工业总产值", "本年累计工业总产值") for h in b.ENT]
JAN_FIRMS = [("东关面粉有限公司", U[2700], "东镇", 700), ("西岭耐火材料有限公司", U[2701], "西镇", 900)]


def ent_december_to_january(folder: Path) -> Path:
    """统计局's January list titled ``2025年12月至2026年1月规上工业企业生产情况`` (a clerk's "this month and last"),
    headers 本月工业总产值 | 本年累计工业总产值 | 上年同期; two firms with 本月 = 本年累计 (700, 900): January 2026.

    A reader takes 2026-01 (the later month; 本年累计 = 本月 says January) saying how the title was read, or asks —
    never stores it as 2025-12 or 2025's."""
    wb, ws = _book("规上企业")
    _title(ws, "2025年12月至2026年1月规上工业企业生产情况", len(JAN_HEAD))
    _put(ws, 2, 1, ["填报单位：测试县统计局"])
    _put(ws, 2, len(JAN_HEAD), ["单位：万元"])
    _put(ws, 3, 1, JAN_HEAD)
    for i, (name, code, town, v) in enumerate(JAN_FIRMS, 1):
        _put(ws, 3 + i, 1, [i, name, code, town, "1371", "否", "2019-06", v, v, round(v * 0.9), round(v * 1.05)])
    return _save(wb, folder / "统计局1月规上企业.xlsx")


# ---- (3) a county whose name begins a township's ---------------------------------------------------------------------

#: (name, USCC, 所属乡镇 as typed, the township meant, 1-6月 万元)
EAST_COUNTY_FIRMS: list[tuple[str, str, str, str, int]] = [
    ("东关面粉有限公司", U[2710], "东镇", "东镇", 4200),
    ("东塬木业有限公司", U[2711], "东县东镇", "东镇", 1200),
    ("城关印刷包装有限公司", U[2712], "东县城关镇", "城关镇", 1800),
    ("城关社区食品有限公司", U[2713], "城关街道", "城关街道", 600),
    ("红星石料有限公司", U[2714], "红星乡城关村", "红星乡", 2000),
    ("西岭塑业有限公司", U[2715], "西镇", "西镇", 3600),
]


def ent_county_named_like_its_township(folder: Path) -> Path:
    """东县统计局's June list (``填报单位：东县统计局``); 所属乡镇 D4 ``东镇``, D5 ``东县东镇``, D6 ``东县城关镇`` (the 镇,
    not the 街道), D7 ``城关街道``, D8 ``红星乡城关村`` (红星乡's village 城关村: 村 ends it), D9 ``西镇``.

    A reader puts them on 东镇 5,400, 城关镇 1,800, 城关街道 600, 红星乡 2,000, 西镇 3,600 (13,400 万元): 东镇 is never
    read as the county's 东 plus 镇, 东县城关镇 never as 城关街道, 城关村 never as a township."""
    return b._ent_list(folder, EAST_COUNTY_FIRMS)


def proj_east_township_sender(folder: Path) -> Path:
    """东县's 东镇 sends its June list: title ``东镇2026年1-6月工业项目建设进展情况表``, ``填报单位：东镇人民政府``, file
    ``东镇6月项目.xlsx`` (累计 3,000 + 1,200).

    A reader takes the sender 东镇 (not the county 东县): 4,200 万元 for 东镇 in 2026-06."""
    return b._projects(folder / "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府")


# ---- (4) targets: a rate in 亿元, only next year's column, an adjusted column --------------------------------------------

def _targets(folder: Path, title: str, head: list[str], rows: list[list[Any]]) -> Path:
    wb, ws = _book("目标")
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / "工信局目标任务.xlsx")


def targets_growth_rate_typed_in_yi(folder: Path) -> Path:
    """工信局's 2026 targets: 规上工业总产值 亿元 280, 工业固定资产投资增速 **亿元** 10 (a rate: the unit is a slip for %),
    规上工业增加值增速 % 8.

    A reader stores 280 亿元 and 8 %, and asks about C5 (a 增速 cannot be 亿元: 10 % or an amount?) — never sets it aside
    as an investment amount target with a message that it is an amount, never stores 10 % without a word."""
    return _targets(folder, "测试县2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "全年目标"],
                    [["规上工业总产值", "亿元", 280], ["工业固定资产投资增速", "亿元", 10], ["规上工业增加值增速", "%", 8]])


def targets_only_next_years_column(folder: Path) -> Path:
    """工信局's targets titled ``测试县2026年工业倍增计划目标任务`` whose only figure column is headed ``2027年目标``
    (规上工业总产值 亿元 320, 规上工业增加值增速 % 8.5).

    The title says 2026, the column says 2027: a reader asks which year — never stores 320 as 2026's, never accepts an
    empty return silently (the figures are set aside with a word at the least)."""
    return _targets(folder, "测试县2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "2027年目标"],
                    [["规上工业总产值", "亿元", 320], ["规上工业增加值增速", "%", 8.5]])


def targets_year_and_adjusted(folder: Path) -> Path:
    """工信局's targets titled ``测试县2026年工业倍增计划目标任务`` with columns ``2026年`` | ``2026年调整后``: 规上工业总产值
    亿元 280 | 300, 规上工业增加值增速 % 8 | 8.5.

    A reader takes the adjusted targets 300 亿元 / 8.5 % as 2026's (the 调整后 column replaces the first)."""
    return _targets(folder, "测试县2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "2026年", "2026年调整后"],
                    [["规上工业总产值", "亿元", 280, 300], ["规上工业增加值增速", "%", 8, 8.5]])


def targets_amount_beside_its_growth(folder: Path) -> Path:
    """工信局's 2026 targets: 工业固定资产投资 亿元 90 (an amount) right above 工业固定资产投资增速 % 10, and 规上工业总产值
    亿元 280.

    A reader stores 280 亿元 and the investment growth target 10 %, and sets the 90 亿元 aside with a word (beizeng keeps
    no investment amount target) — never stores 90 as the growth target, never refuses the return for it."""
    return _targets(folder, "测试县2026年工业倍增计划目标任务", ["序号", "指标名称", "单位", "全年目标"],
                    [["规上工业总产值", "亿元", 280], ["工业固定资产投资", "亿元", 90], ["工业固定资产投资增速", "%", 10]])


# ---- (5) a 1-2月 that equals last year's small total for a good reason -------------------------------------------------

LEDGER_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
               "是否开工", "开工时间", "是否纳统"]
PA, PB, PC = "2603-610599-04-01-270001", "2605-610599-07-02-270002", "2612-610599-04-01-270003"


def _ledger(folder: Path, name: str, title: str, money: list[str], rows: list[list[Any]]) -> Path:
    head = [*LEDGER_HEAD, *money]
    wb, ws = _book("东镇")
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：东镇人民政府"])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / name)


def _p(code: str, name: str, nature: str, tech: str, total: int, plan: int, start: str) -> list[Any]:
    return [code, name, nature, tech, "是", total, plan, "是", start, "是"]


def fai_dec26_with_a_december_start(folder: Path) -> Path:
    """东镇 1-12月 2026: 光伏支架 5,000, 饲料技改 3,000, and 包装材料 (started 2026-12-20) 300 — 8,300 万元."""
    rows = [[*_p(PA, "东塬光伏支架项目", "新建", "否", 20000, 8000, "2026.3.2"), 400, 5000],
            [*_p(PB, "东关饲料车间技改项目", "改建和技术改造", "是", 6000, 3000, "2026.5.10"), 250, 3000],
            [*_p(PC, "东镇包装材料生产线项目", "新建", "否", 3000, 300, "2026.12.20"), 300, 300]]
    return _ledger(folder, "东镇2026年1-12月项目.xlsx", "东镇2026年1-12月工业固定资产投资项目进展情况表",
                   ["本月完成投资", "1-12月累计完成投资"], rows)


def fai_feb27_january_column(folder: Path, money: tuple[str, str] = ("1月完成投资", "本月完成投资")) -> Path:
    """东镇 1-2月 2027 with columns 1月完成投资 | 本月完成投资 | 1-2月累计完成投资: 光伏支架 200 | 300 | 500, 饲料技改
    100 | 150 | 250, 包装材料 **300 | (blank) | 300** — it invested 300 in January (the 1月 column says so) and nothing
    in February, so its 1-2月 equals its 1-12月 2026 (300) by coincidence; the other two start afresh.

    A reader takes 1,050 万元 for 1-2月 2027 (the 1月 column shows this year's 300); asking about 包装材料 is fair, but
    refusing the return as carried over from last year is not (its January figure is right there)."""
    rows = [[*_p(PA, "东塬光伏支架项目", "新建", "否", 20000, 6000, "2026.3.2"), 200, 300, 500],
            [*_p(PB, "东关饲料车间技改项目", "改建和技术改造", "是", 6000, 2000, "2026.5.10"), 100, 150, 250],
            [*_p(PC, "东镇包装材料生产线项目", "新建", "否", 3000, 2700, "2026.12.20"), 300, None, 300]]
    return _ledger(folder, "东镇2027年1-2月项目.xlsx", "东镇2027年1-2月工业固定资产投资项目进展情况表",
                   [*money, "1-2月累计完成投资"], rows)


def fai_feb27_january_and_february_columns(folder: Path) -> Path:
    """As ``fai_feb27_january_column`` with the month columns headed ``1月完成投资`` | ``2月完成投资`` (2月 is this
    return's month): 包装材料 300 | (blank) | 300.

    A reader takes the 2月 column as 本月 and 1,050 万元 for 1-2月 2027; 包装材料's 300 is January's, not last year's."""
    return fai_feb27_january_column(folder, ("1月完成投资", "2月完成投资"))


# ---- (6) a township that owes nothing, a zone that owes no project return ----------------------------------------------

IDLE_FIRMS: list[tuple[str, str, str, str, int]] = [
    ("东关面粉有限公司", U[2720], "东镇", "东镇", 4200),
    ("西岭耐火材料有限公司", U[2721], "西镇", "西镇", 5400),
    ("东塬木业有限公司", U[2722], "东镇", "东镇", 1200),
]


def idle_county_june(folder: Path) -> list[Path]:
    """测试县's June where every owing sender sent: 统计局's firms (东镇 5,400, 西镇 5,400), 东镇's projects (累计 3,000 +
    1,200 = 4,200) and 西镇's (2,600 + 900 = 3,500).  南镇 (``forms = []``) and 经济技术开发区 (``forms =
    ["attraction"]``) send no project return — the configuration says they owe none.

    A reader's 分乡镇 sheet gives 东镇 and 西镇 their shares of 工业固投 (4,200 / 7,700 = 54.5 %, 3,500 / 7,700 = 45.5 %)
    and ranks 1 and 2; nothing is missing, so nothing is withheld for 南镇 or the zone."""
    return [b._projects(folder / "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府"),
            b._projects(folder / "西镇6月项目.xlsx", "西镇2026年1-6月工业项目建设进展情况表", "填报单位：西镇人民政府",
                        rows=b.WEST),
            b._ent_list(folder, IDLE_FIRMS)]


PLAN_LINE = "（下半年计划新开工项目2个，二季度新入库项目1个，全年计划完成投资9500万元）"


def proj_half_and_quarter_words_under_the_title(folder: Path, line: str = PLAN_LINE) -> Path:
    """东镇's June list titled ``东镇2026年1-6月工业项目建设进展情况表`` with a line under the title (A2, before the
    填报单位 line) ``（下半年计划新开工项目2个，二季度新入库项目1个，全年计划完成投资9500万元）``.

    A reader takes 2026-06 from the title (the line speaks of plans and of the quarter just ended): 4,200 万元."""
    path = b._projects(folder / "东镇项目进展情况.xlsx", "东镇2026年1-6月工业项目建设进展情况表", "填报单位：东镇人民政府")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.insert_rows(2)
    ws["A2"] = line
    wb.save(path)
    return path
