"""Hand-made returns, round 14: fresh eyes on what beizeng learned in round 13 — ditto marks (同上 / 〃 / " / 同左 /
ditto) in code, township, flag, date and amount columns, in the first row, under a blank, a 小计 or a hidden row;
dates written 去年12月 / 上年底 / 今年3月 / 本年5月 / 年初 with the year only in the title or the file name; a unit
said in the sheet's name or a note under the table (and a note about one thing, 运费单位：元/吨, 面积单位：亩, that
must not change the amounts; notes and lines that disagree); a ledger kept as month sections on one sheet; nil
returns worded 本期无 / 暂无新开工项目; 本期累计 / 本月累计 wording, 合计 under a parent, "label：value" lines above the
header.

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path; its docstring says what a person reading the
return takes from it ("A reader takes: …").  The county is tests/scenarios_more.write_full_config (townships 东镇 =
东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局); the period is June 2026 unless a docstring says
otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1400, 1430)}
Maker = Callable[[Path], Any]


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2614: none of the earlier rounds')."""
    return f"2614-610599-04-01-{n:06d}"



def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 固投 (a township's project return): the clerk's own columns
# ---------------------------------------------------------------------------------------------

FAI = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资", "年度计划投资", "是否开工",
       "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"]


def _fai(title: str, sender: str, unit: str | None = "单位：万元", sheet: str = "Sheet1",
         head: list[str] | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    """Title (row 1), 填报单位 line with the unit line at its right end (row 2), the header (row 3)."""
    wb, ws = _book(sheet)
    h = head or FAI
    _title(ws, title, len(h))
    _put(ws, 2, 1, [f"填报单位：{sender}", *[None] * (len(h) - 2), unit])
    _put(ws, 3, 1, h)
    return wb, ws


def _row(i: Any, code: Any, name: str, nature: Any, tech: Any, total: Any, plan: Any, started: Any, date: Any,
         month: Any, cum: Any, key: Any = "是", stats: Any = "是") -> list[Any]:
    return [i, code, name, nature, tech, key, total, plan, started, date, stats, month, cum]


def fai_dittos_in_nature_flags_and_date(folder: Path) -> Path:
    """东镇's June return, four projects; the clerk saved typing with ditto marks: 乙 has ``同上`` in 建设性质 and
    ``〃`` in 是否技改, 是否开工 and 开工日期 (all under 甲: 改建和技术改造, 是, 是, 2026-03-10); 丁 has ``"`` in 是否纳统 and
    ``同上`` in 是否重点项目 under 丙 (否 / 否).

    A reader takes 4 projects: 甲 技改 1-6月 800, 乙 技改 (started 2026-03-10) 600, 丙 新建 not started 0, 丁 not key
    not in the database 0 — 技改投资 1,400 万元, 2 started key projects of 2 key projects.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(1), "东镇甲窑炉节能改造项目", "改建和技术改造", "是", 3000, 1500, "是", D(2026, 3, 10),
                        150, 800))
    _put(ws, 5, 1, _row(2, pcode(2), "东镇乙面粉线智能化改造项目", "同上", "〃", 2000, 1000, "〃", "〃", 100, 600))
    _put(ws, 6, 1, _row(3, pcode(3), "东镇丙冷库新建项目", "新建", "否", 800, 300, "否", None, 0, 0, key="否",
                        stats="否"))
    _put(ws, 7, 1, _row(4, pcode(4), "东镇丁包装材料项目", "新建", "否", 600, 200, "否", None, 0, 0, key="同上",
                        stats='"'))
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_ditto_in_an_amount_and_a_code(folder: Path) -> Path:
    """西镇's June return: 乙's 年度计划投资 is ``"`` (meaning 甲's 1,000) and 丙's 项目代码 is ``同上`` (the clerk did
    not have it and copied the mark down).

    A reader does not guess a figure or a code from a ditto: asks about 乙's 年度计划投资 (H5) and 丙's 项目代码
    (B6); nothing stored.  Never 乙's annual plan read as blank (its completion rate unknown) without a word.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(11), "西镇甲石材加工项目", "新建", "否", 2000, 1000, "是", D(2026, 2, 20), 200, 900))
    _put(ws, 5, 1, _row(2, pcode(12), "西镇乙建材扩能项目", "扩建", "否", 1800, '"', "是", D(2026, 4, 1), 100, 400))
    _put(ws, 6, 1, _row(3, "同上", "西镇丙仓储配套项目", "扩建", "否", 700, 300, "是", D(2026, 5, 6), 50, 120))
    return _save(wb, folder / "西镇6月固投（上下同）.xlsx")


def fai_ditto_under_a_subtotal(folder: Path) -> Path:
    """东镇's return in two sections, each closed by a ``小计`` row: 续建项目 甲 (改建和技术改造, 1-6月 700) and 乙
    (扩建, 300), ``小计`` 1,000; then 新建项目 丙 whose 建设性质 is ``同上`` — right under the 小计 row, which has
    none — and 1-6月 200.

    A reader does not take 丙's 建设性质 from the 小计 row (it has none) nor from 乙 across the section break
    without a word: asks which 建设性质 丙 is (D8), or at least never stores 丙 as 扩建 silently.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, ["一、续建项目"])
    _put(ws, 5, 1, _row(1, pcode(21), "东镇甲陶瓷窑炉改造项目", "改建和技术改造", "是", 2500, 1200, "是",
                        D(2025, 9, 1), 120, 700))
    _put(ws, 6, 1, _row(2, pcode(22), "东镇乙饲料扩产项目", "扩建", "否", 1500, 600, "是", D(2025, 11, 5), 40, 300))
    _put(ws, 7, 1, [None, None, "小计", None, None, None, 4000, 1800, None, None, None, 160, 1000])
    _put(ws, 8, 1, ["二、新建项目"])
    _put(ws, 9, 1, _row(3, pcode(23), "东镇丙光伏支架项目", "同上", "否", 900, 500, "是", D(2026, 4, 18), 80, 200))
    _put(ws, 10, 1, [None, None, "小计", None, None, None, 900, 500, None, None, None, 80, 200])
    _put(ws, 11, 1, [None, None, "合计", None, None, None, 4900, 2300, None, None, None, 240, 1200])
    return _save(wb, folder / "东镇6月固投（分续建新建）.xlsx")


def fai_ditto_under_a_hidden_row(folder: Path) -> Path:
    """西镇's return: 甲 (扩建, started 2026-03-02), then row 5 hidden by the clerk (an old project 乙, 新建, started
    2025-10-08, which he meant to delete), then 丙 with ``同上`` in 建设性质 and 开工日期.

    A reader sees 丙 right under 甲: 丙 扩建, started 2026-03-02 — 2 projects (甲 500, 丙 260; the hidden row is
    not counted, or is asked about); never 丙 as 新建 / 2025-10-08 taken from the row nobody sees.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(31), "西镇甲水泥粉磨扩能项目", "扩建", "否", 3000, 1200, "是", D(2026, 3, 2), 100, 500))
    _put(ws, 5, 1, _row(2, pcode(32), "西镇乙旧厂房项目", "新建", "否", 900, 0, "是", D(2025, 10, 8), 0, 0))
    ws.row_dimensions[5].hidden = True
    _put(ws, 6, 1, _row(3, pcode(33), "西镇丙石材二期项目", "同上", "否", 1600, 800, "是", "同上", 60, 260))
    return _save(wb, folder / "西镇6月固投（隐藏一行）.xlsx")


def fai_ditto_in_the_first_row(folder: Path) -> Path:
    """东镇's return whose first project has ``同上`` in 建设性质 (the row above is the header) — copied from a longer
    file whose first rows were deleted.

    A reader cannot know 甲's 建设性质: asks (D4); nothing stored.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(41), "东镇甲农机配件项目", "同上", "否", 1200, 600, "是", D(2026, 5, 8), 90, 300))
    _put(ws, 5, 1, _row(2, pcode(42), "东镇乙电子元件项目", "新建", "否", 1000, 500, "是", D(2026, 5, 20), 40, 100))
    return _save(wb, folder / "东镇6月固投（首行同上）.xlsx")


def fai_ditto_under_a_blank_row(folder: Path) -> Path:
    """西镇's return: 甲 (新建, 是否技改 否), a blank row the clerk left, then 乙 with ``〃`` in 建设性质 and 是否技改.

    A reader takes 乙 as 新建, not 技改 (the blank row is nothing) — or asks; never 乙 stored with an empty or
    made-up 建设性质.  2 projects, 1-6月 450 + 150 = 600 万元, 技改投资 0.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(51), "西镇甲农产品加工项目", "新建", "否", 1800, 900, "是", D(2026, 3, 15), 80, 450))
    _put(ws, 6, 1, _row(2, pcode(52), "西镇乙物流配送项目", "〃", "〃", 600, 300, "是", D(2026, 4, 25), 30, 150))
    return _save(wb, folder / "西镇6月固投（空一行）.xlsx")


# ---------------------------------------------------------------------------------------------
# Dates said relative to the report's year: 去年12月 / 上年底 / 今年3月 / 本年5月 / 年初
# ---------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规时间", "本月产值",
       "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]
#: (name, USCC, township, industry, 战新, 入规 as the clerk wrote it, 本月, 1-6月, 上年同期, 营业收入) in 万元
FIRMS: list[tuple[Any, ...]] = [
    ("东岭新材料有限公司", U[1400], "东镇", "3985", "是", "今年3月", 900, 3600, 0, 3700),
    ("东关食品有限公司", U[1401], "东镇", "1391", "否", "去年12月", 700, 4100, 3000, 4200),
    ("西川建材有限公司", U[1402], "西镇", "3021", "否", "上年底", 1100, 6200, 5200, 6300),
    ("西川电子有限公司", U[1403], "西镇", "3971", "是", "本年5月", 500, 900, 0, 950),
    ("西川机械有限公司", U[1404], "西镇", "3444", "否", "2019年", 2000, 12000, 11000, 12500),
]


def _ent(title: str, sheet: str = "Sheet1") -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book(sheet)
    _title(ws, title, len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * (len(ENT) - 2), "单位：万元"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        _put(ws, r, 1, [r - 3, f[0], f[1], f[2], f[3], f[4], f[5], *f[6:]])
    return wb, ws


def ent_entry_months_said_from_this_year(folder: Path) -> Path:
    """统计局's June list (title ``2026年1-6月规上工业企业生产情况``) whose 入规时间 the clerk wrote as he says it:
    ``今年3月``, ``去年12月``, ``上年底``, ``本年5月``, ``2019年``.

    A reader takes 5 enterprises entered 2026-03, 2025-12, 2025-12, 2026-05, 2019: two new above-scale enterprises
    this year (东岭新材料, 西川电子); 1-6月 产值 26,800 万元.
    """
    wb, _ = _ent("测试县2026年1-6月规上工业企业生产情况")
    return _save(wb, folder / "统计局规上企业6月.xlsx")


def ent_entry_months_year_only_in_the_file_name(folder: Path) -> Path:
    """The same list with the year only in the file name (``统计局2026年6月规上企业.xlsx``); the title reads
    ``1-6月规上工业企业生产情况`` and the sheet ``6月``.

    A reader takes 2026 from the file name: entered 2026-03, 2025-12, 2025-12, 2026-05, 2019 — two new this year.
    """
    wb, _ = _ent("1-6月规上工业企业生产情况", sheet="6月")
    return _save(wb, folder / "统计局2026年6月规上企业.xlsx")


CULT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "认定时间", "包联领导", "奖补资金（万元）"]


def cult_dates_said_from_this_year_year_in_the_file_name(folder: Path) -> Path:
    """工信局's ledger (title ``企业培育台账（截至6月底）``, no year; file ``工信局2026年6月企业培育台账.xlsx``) whose
    认定时间 reads ``去年12月``, ``今年3月``, ``本年5月20日``, ``上年11月5日``, and for one 培育中 firm nothing.

    A reader takes 2026 from the file name: 甲 recognised 2025-12 (the day not said), 乙 2026-03, 丙 2026-05-20, 丁
    2025-11-05; never a 2026-12 or a 2027 date, never 2025 for 今年 / 本年.
    """
    wb, ws = _book("6月")
    _title(ws, "企业培育台账（截至6月底）", len(CULT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * (len(CULT) - 2), "单位：万元"])
    _put(ws, 3, 1, CULT)
    rows = [
        ("东岭新材料有限公司", U[1410], "东镇", "高新技术企业", "已认定", "去年12月", "李县长", 20),
        ("东关食品有限公司", U[1411], "东镇", "省级专精特新", "已认定", "今年3月", "王副县长", 30),
        ("西川电子有限公司", U[1412], "西镇", "科技型中小企业", "已入库", "本年5月20日", "赵主任", 0),
        ("西川机械有限公司", U[1413], "西镇", "绿色工厂", "已认定", "上年11月5日", "刘局长", 50),
        ("西川包装有限公司", U[1414], "西镇", "拟入规", "培育中", None, "孙局长", None),
    ]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    return _save(wb, folder / "工信局2026年6月企业培育台账.xlsx")


def fai_start_dates_said_from_this_year_year_in_the_title(folder: Path) -> Path:
    """东镇's June return (title ``东镇2026年1-6月…``) whose 开工日期 reads ``今年3月``, ``去年12月``, ``年初`` and
    ``本年5月``.

    A reader takes 4 started projects: 2026-03, 2025-12, the start of 2026 (January), 2026-05 — the days not said
    (asked, or read as the month with a word); never 2025 for 今年 / 本年 / 年初, never 2026-12 for 去年12月.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(61), "东镇甲碳材料项目", "新建", "否", 5000, 2000, "是", "今年3月", 300, 900))
    _put(ws, 5, 1, _row(2, pcode(62), "东镇乙陶瓷扩产项目", "扩建", "否", 3000, 1000, "是", "去年12月", 150, 700))
    _put(ws, 6, 1, _row(3, pcode(63), "东镇丙面粉线改造项目", "改建和技术改造", "是", 1500, 800, "是", "年初", 100, 500))
    _put(ws, 7, 1, _row(4, pcode(64), "东镇丁仓储项目", "新建", "否", 900, 400, "是", "本年5月", 80, 160))
    return _save(wb, folder / "东镇6月固投（开工时间）.xlsx")


# ---------------------------------------------------------------------------------------------
# A unit said somewhere other than the 单位 line
# ---------------------------------------------------------------------------------------------

LAND = ["序号", "供地时间", "地块名称", "宗地编号", "所在乡镇", "面积", "成交价款"]
#: (序号, 日期, 名称, 编号, 乡镇, 亩, 价款 万元)
LOTS: list[list[Any]] = [[1, D(2026, 6, 9), "西镇建材园四号地块", "XZ2614-61", "西镇", 18, 540],
        [2, D(2026, 6, 23), "东镇新材料园地块", "DZ2614-62", "东镇", 12, 396]]


def land_sheet_named_yuan_note_about_area(folder: Path) -> Path:
    """自然资源局's June parcels on a sheet named 「6月(元)」, no 单位 line; the clerk typed 成交价款 in 元 (5,400,000
    and 3,960,000) and under the table ``注：面积单位：亩。`` (the header says just 面积).

    A reader takes 2 parcels, 30 亩, 540 + 396 = 936 万元 — the sheet's name says 元 for the money, the note is
    about the area only.
    """
    wb, ws = _book("6月(元)")
    _title(ws, "2026年6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, LAND)
    for r, lot in enumerate(LOTS, 4):
        _put(ws, r, 1, [*lot[:6], lot[6] * 10000])
    ws.cell(7, 1, "注：面积单位：亩。")
    return _save(wb, folder / "自然资源局2026年6月供地.xlsx")


def _fai_plain(title: str, sender: str, head: list[str] | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    """Title and header only (no 填报单位 line, no 单位 line): the clerk's own quick table."""
    wb, ws = _book()
    h = head or FAI
    _title(ws, title, len(h))
    _put(ws, 2, 1, h)
    return wb, ws


def fai_unit_only_in_a_note_yuan(folder: Path) -> Path:
    """西镇's June return with no 单位 line and plain headers; under the table ``注：本表金额单位为元``: 甲 计划总投资
    30,000,000, 年度 12,000,000, 本月 1,000,000, 1-6月 5,000,000; 乙 8,000,000 | 3,000,000 | 400,000 | 1,800,000.

    A reader takes 2 projects in 万元: 甲 3,000 | 1,200 | 100 | 500, 乙 800 | 300 | 40 | 180 — 1-6月 680 万元.
    """
    wb, ws = _fai_plain("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 3, 1, _row(1, pcode(71), "西镇甲石英砂项目", "新建", "否", 30_000_000, 12_000_000, "是", D(2026, 2, 26),
                        1_000_000, 5_000_000))
    _put(ws, 4, 1, _row(2, pcode(72), "西镇乙砖瓦窑改造项目", "改建和技术改造", "是", 8_000_000, 3_000_000, "是",
                        D(2026, 4, 9), 400_000, 1_800_000))
    ws.cell(6, 1, "注：本表金额单位为元")
    return _save(wb, folder / "西镇6月固投.xlsx")


def fai_notes_about_one_thing_each(folder: Path) -> Path:
    """东镇's June return: headers 计划总投资（万元）…, no 单位 line; under the table two notes: ``注：1.项目用地面积单位：亩；``
    and ``2.运费单位：元/吨，电价单位：元/千瓦时。`` (copied from the township's cost survey).

    A reader takes 2 projects in 万元 as headed: 甲 1-6月 1,100 (本月 200), 乙 350 (本月 50) — 1,450 万元; the
    notes change nothing.
    """
    head = [h if h in ("序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "是否开工", "开工日期",
                       "是否纳统") else f"{h}（万元）" for h in FAI]
    wb, ws = _fai_plain("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", head)
    _put(ws, 3, 1, _row(1, pcode(81), "东镇甲物流园项目", "新建", "否", 6000, 2500, "是", D(2026, 3, 3), 200, 1100))
    _put(ws, 4, 1, _row(2, pcode(82), "东镇乙饲料线改造项目", "改建和技术改造", "是", 1200, 600, "是", D(2026, 4, 20),
                        50, 350))
    ws.cell(6, 1, "注：1.项目用地面积单位：亩；")
    ws.cell(7, 1, "2.运费单位：元/吨，电价单位：元/千瓦时。")
    return _save(wb, folder / "东镇6月固投（附注）.xlsx")


def fai_unit_in_a_note_yi(folder: Path, note: str = "数据单位为亿元", name: str = "东镇6月固投（亿元）") -> Path:
    """东镇's June return with no 单位 line and plain headers; the note under the table reads ``数据单位为亿元``: 甲
    计划总投资 0.6, 年度 0.25, 本月 0.02, 1-6月 0.11; 乙 0.12 | 0.06 | 0.005 | 0.035.

    A reader takes 2 projects in 万元: 甲 6,000 | 2,500 | 200 | 1,100, 乙 1,200 | 600 | 50 | 350 — 1,450 万元.
    """
    wb, ws = _fai_plain("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    _put(ws, 3, 1, _row(1, pcode(91), "东镇甲物流园项目", "新建", "否", 0.6, 0.25, "是", D(2026, 3, 3), 0.02, 0.11))
    _put(ws, 4, 1, _row(2, pcode(92), "东镇乙饲料线改造项目", "改建和技术改造", "是", 0.12, 0.06, "是", D(2026, 4, 20),
                        0.005, 0.035))
    ws.cell(6, 1, note)
    return _save(wb, folder / f"{name}.xlsx")


def fai_unit_in_a_note_jine_yi(folder: Path) -> Path:
    """The same return with the note under the table worded ``金额：亿元``.

    A reader takes 2 projects in 万元: 甲 6,000 | 2,500 | 200 | 1,100, 乙 1,200 | 600 | 50 | 350 — 1,450 万元.
    """
    return fai_unit_in_a_note_yi(folder, "金额：亿元", "东镇6月固投（金额亿元）")


def fai_unit_line_and_note_disagree(folder: Path) -> Path:
    """西镇's June return: ``单位：万元`` on the 填报单位 line (left from the template) but under the table
    ``注：本表金额单位为元`` — and the figures are 元 (甲 计划总投资 9,000,000, 年度 4,000,000, 本月 300,000, 1-6月
    1,200,000: a 900 万元 project, small enough that as 万元 it would still look possible, 90 亿元).

    A reader sees the two disagree: asks which (or reads 元 as the note says: 900 | 400 | 30 | 120 万元); never
    stores 1,200,000 万元.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(101), "西镇甲陶粒项目", "新建", "否", 9_000_000, 4_000_000, "是", D(2026, 3, 28),
                        300_000, 1_200_000))
    ws.cell(6, 1, "注：本表金额单位为元")
    return _save(wb, folder / "西镇6月固投（单位不一）.xlsx")


def fai_sheet_named_wanyuan_line_yuan(folder: Path) -> Path:
    """东镇's June return on a sheet named 「6月（万元）」 whose 单位 line reads ``单位：元`` (the accountant's) and
    whose figures are 元: 甲 计划总投资 15,000,000, 年度 6,000,000, 本月 500,000, 1-6月 2,400,000.

    A reader sees the sheet's name and the line disagree: asks, or reads the line (the figures are plainly 元:
    1,500 | 600 | 50 | 240 万元); never 2,400,000 万元.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府", unit="单位：元", sheet="6月（万元）")
    _put(ws, 4, 1, _row(1, pcode(111), "东镇甲铝型材项目", "新建", "否", 15_000_000, 6_000_000, "是", D(2026, 2, 27),
                        500_000, 2_400_000))
    return _save(wb, folder / "东镇6月固投（表名万元）.xlsx")


# ---------------------------------------------------------------------------------------------
# A return kept as month sections on one sheet; nil returns
# ---------------------------------------------------------------------------------------------

LAND_M = ["序号", "供地时间", "地块名称", "宗地编号", "所在乡镇", "面积（亩）", "成交价款（万元）"]
MAY_LOTS = [[1, D(2026, 5, 12), "东镇化工园二号地块", "DZ2614-51", "东镇", 22, 660]]
JUNE_LOTS = [[1, D(2026, 6, 5), "西镇石材园地块", "XZ2614-61", "西镇", 15, 450],
             [2, D(2026, 6, 26), "东镇光伏园三号地块", "DZ2614-62", "东镇", 9, 288]]


def _land_sections(carried: bool) -> openpyxl.Workbook:
    wb, ws = _book("供地台账")
    _title(ws, "自然资源局2026年工业用地供应台账", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, LAND_M)
    r = 4
    _put(ws, r, 1, ["5月"])
    r += 1
    for lot in MAY_LOTS:
        _put(ws, r, 1, lot)
        r += 1
    _put(ws, r, 1, ["5月合计", None, None, None, None, 22, 660])
    r += 1
    if carried:
        _put(ws, r, 1, ["过次页", None, None, None, None, 22, 660])
        r += 1
        _put(ws, r, 1, ["承前页", None, None, None, None, 22, 660])
        r += 1
    _put(ws, r, 1, ["6月"])
    r += 1
    for lot in JUNE_LOTS:
        _put(ws, r, 1, lot)
        r += 1
    _put(ws, r, 1, ["6月合计", None, None, None, None, 24, 738])
    _put(ws, r + 1, 1, ["全年累计", None, None, None, None, 46, 1398])
    return wb


def land_month_sections_on_one_sheet(folder: Path) -> Path:
    """自然资源局's ledger for the year on ONE sheet: a ``5月`` heading, one parcel (22 亩, 660), ``5月合计``, a ``6月``
    heading, two parcels (15 亩 450, 9 亩 288), ``6月合计`` (24 | 738), ``全年累计`` (46 | 1,398).

    A reader takes a ledger of events: 3 parcels, 46 亩, 1,398 万元 for the year so far (1 in May, 2 in June); the
    合计 lines are checks, not parcels.
    """
    return _save(_land_sections(False), folder / "自然资源局2026年6月供地台账.xlsx")


def land_month_sections_with_carried_lines(folder: Path) -> Path:
    """The same one-sheet ledger where the clerk's printout broke after May: ``过次页`` 22 | 660 and ``承前页`` 22 | 660
    between the May and June sections.

    A reader takes 3 parcels, 46 亩, 1,398 万元 (the carried lines are the running total, not parcels).
    """
    return _save(_land_sections(True), folder / "自然资源局2026年6月供地台账（过次页）.xlsx")


def fai_month_sections_on_one_sheet(folder: Path) -> Path:
    """东镇's return kept on one sheet: a ``5月`` heading with its two projects (1-5月 甲 700, 乙 300), ``5月合计``
    1,000; a ``6月`` heading with the same two projects (1-6月 甲 900 本月 200, 乙 380 本月 80), ``6月合计`` 1,280.
    Title ``东镇2026年工业固定资产投资项目进展表``, file ``东镇6月固投``.

    A reader takes June (the latest section; the file says 6月): 2 projects, 1-6月 1,280 万元, 本月 280 — or asks
    which section; never 1,000 + 1,280 of the two sections added.
    """
    wb, ws = _fai("东镇2026年工业固定资产投资项目进展表", "东关镇人民政府")
    _put(ws, 4, 1, ["5月"])
    _put(ws, 5, 1, _row(1, pcode(121), "东镇甲硅材料项目", "新建", "否", 4000, 1500, "是", D(2026, 3, 1), 150, 700))
    _put(ws, 6, 1, _row(2, pcode(122), "东镇乙窑炉技改项目", "改建和技术改造", "是", 1000, 600, "是", D(2026, 4, 1), 60, 300))
    _put(ws, 7, 1, ["5月合计", None, None, None, None, None, 5000, 2100, None, None, None, 210, 1000])
    _put(ws, 8, 1, ["6月"])
    _put(ws, 9, 1, _row(1, pcode(121), "东镇甲硅材料项目", "新建", "否", 4000, 1500, "是", D(2026, 3, 1), 200, 900))
    _put(ws, 10, 1, _row(2, pcode(122), "东镇乙窑炉技改项目", "改建和技术改造", "是", 1000, 600, "是", D(2026, 4, 1), 80,
                         380))
    _put(ws, 11, 1, ["6月合计", None, None, None, None, None, 5000, 2100, None, None, None, 280, 1280])
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_nil_no_new_started_projects(folder: Path) -> Path:
    """西镇's June return: title, 单位 line, header, and under it one merged line ``暂无新开工项目``.

    A reader cannot tell whether 西镇 has no projects at all or only none newly started (续建 projects would still
    have 1-6月 investment): asks; never records 西镇's 工业固投 as 0.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, ["暂无新开工项目"])
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=len(FAI))
    return _save(wb, folder / "西镇6月固投（暂无新开工）.xlsx")


def fai_nil_benqi_wu(folder: Path) -> Path:
    """东镇's June return: title, 单位 line, header and under it ``本期无`` in the first cell.

    A reader takes a nil return: 东镇 has no industrial project this period — 0 rows, 工业固投 0.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, ["本期无"])
    return _save(wb, folder / "东镇6月固投（本期无）.xlsx")


def fai_nil_header_and_a_zero_total(folder: Path) -> Path:
    """西镇's June return: title, 单位 line, header, and a ``合计`` row of zeros (0 | 0 | 0 | 0) and nothing else.

    A reader takes a nil return: 0 rows, 工业固投 0.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, ["合计", None, None, None, None, None, 0, 0, None, None, None, 0, 0])
    return _save(wb, folder / "西镇6月固投（合计为零）.xlsx")


# ---------------------------------------------------------------------------------------------
# Headers: label：value lines above, 合计 under a parent, 本期累计 / 本月累计
# ---------------------------------------------------------------------------------------------

def ent_label_value_lines_and_benqi_leiji(folder: Path) -> Path:
    """统计局's June list: under the title four ``label：value`` lines, one a row — ``填报单位：县统计局``,
    ``报告期：2026年1-6月``, ``所属乡镇：全县``, ``计量单位：万元`` — then the header ``序号 | 企业名称 | 统一社会信用代码 |
    所属乡镇 | 行业代码 | 是否战新 | 入规年月 | 本月 | 本期累计 | 上年同期 | 营业收入``.

    A reader takes 3 enterprises with their own townships (东镇, 西镇, 西镇; never 全县), 1-6月 产值 4,800 + 3,000 +
    7,500 = 15,300 万元, 本月 800 + 500 + 1,300.
    """
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月", "本期累计",
            "上年同期", "营业收入"]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县规上工业企业生产情况", len(head))
    for r, line in enumerate(["填报单位：县统计局", "报告期：2026年1-6月", "所属乡镇：全县", "计量单位：万元"], 2):
        ws.cell(r, 1, line)
    _put(ws, 6, 1, head)
    rows = [("东岭陶瓷有限公司", U[1420], "东镇", "3071", "否", "2018-03", 800, 4800, 4400, 4900),
            ("西川纸业有限公司", U[1421], "西镇", "2221", "否", "2020-07", 500, 3000, 2900, 3100),
            ("西川光伏有限公司", U[1422], "西镇", "3825", "是", "2021-10", 1300, 7500, 6000, 7700)]
    for r, row in enumerate(rows, 7):
        _put(ws, r, 1, [r - 6, *row])
    return _save(wb, folder / "统计局6月规上企业（报告期行）.xlsx")


def fai_total_under_a_parent(folder: Path) -> Path:
    """东镇's June return with two-row header: ``计划总投资（万元）`` merged over ``合计`` | ``其中：设备购置``, and
    ``完成投资（万元）`` merged over ``本月`` | ``本期累计``.  甲 总投资 5,000 (设备 2,000), 本月 300, 本期累计 1,500; 乙
    2,000 (设备 1,200), 本月 100, 本期累计 600.

    A reader takes 2 projects: 计划总投资 5,000 and 2,000 (the 合计, not the 设备购置), 1-6月 2,100 万元, 本月 400.
    """
    top = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）", None,
           "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "完成投资（万元）", None]
    wb, ws = _book("6月")
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", len(top))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府"])
    _put(ws, 3, 1, top)
    for c, v in enumerate(top, 1):
        if v is not None and c not in (7, 13):
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=8)
    ws.merge_cells(start_row=3, start_column=13, end_row=3, end_column=14)
    _put(ws, 4, 7, ["合计", "其中：设备购置"])
    _put(ws, 4, 13, ["本月", "本期累计"])
    _put(ws, 5, 1, [1, pcode(131), "东镇甲高端装备项目", "新建", "否", "是", 5000, 2000, 2500, "是", D(2026, 3, 16), "是",
                    300, 1500])
    _put(ws, 6, 1, [2, pcode(132), "东镇乙生产线改造项目", "改建和技术改造", "是", "是", 2000, 1200, 1000, "是",
                    D(2026, 4, 8), "是", 100, 600])
    return _save(wb, folder / "东镇6月固投（合计其中）.xlsx")


# ---------------------------------------------------------------------------------------------
# Units that disagree; a note about one column; a ditto under a 合计 on top; a wrong 全年累计
# ---------------------------------------------------------------------------------------------

def fai_sheet_named_yuan_line_wanyuan(folder: Path) -> Path:
    """东镇's June return on a sheet still named 「6月(元)」 (from the accountant's first draft) whose 单位 line reads
    ``单位：万元`` and whose figures are 万元: 甲 计划总投资 3,000, 年度 1,200, 本月 150, 1-6月 800; 乙 1,000 | 500 |
    40 | 260.

    A reader sees the name and the line disagree: asks, or reads the line (万元: 1-6月 1,060); never 0.08 and 0.026
    (the 万元 figures divided by 10,000).
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府", sheet="6月(元)")
    _put(ws, 4, 1, _row(1, pcode(141), "东镇甲陶瓷釉料项目", "新建", "否", 3000, 1200, "是", D(2026, 3, 6), 150, 800))
    _put(ws, 5, 1, _row(2, pcode(142), "东镇乙粮油加工改造项目", "改建和技术改造", "是", 1000, 500, "是", D(2026, 4, 2),
                        40, 260))
    return _save(wb, folder / "东镇6月固投（表名元）.xlsx")


def fai_headers_wanyuan_note_says_yuan(folder: Path) -> Path:
    """西镇's June return: headers ``计划总投资（万元）`` … ``1-6月累计完成投资（万元）``, figures in 万元 (甲 2,400 | 1,000 |
    120 | 640, 乙 900 | 400 | 30 | 210), no 单位 line; under the table the note copied from the county's other
    form: ``注：本表金额单位为元``.

    A reader sees the headers and the note disagree: asks, or reads the headers (万元: 1-6月 850); never 0.064 and
    0.021.
    """
    head = [h if h in ("序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "是否开工", "开工日期",
                       "是否纳统") else f"{h}（万元）" for h in FAI]
    wb, ws = _fai_plain("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府", head)
    _put(ws, 3, 1, _row(1, pcode(151), "西镇甲砂石骨料项目", "新建", "否", 2400, 1000, "是", D(2026, 2, 25), 120, 640))
    _put(ws, 4, 1, _row(2, pcode(152), "西镇乙机砖改造项目", "改建和技术改造", "是", 900, 400, "是", D(2026, 4, 12), 30,
                        210))
    ws.cell(6, 1, "注：本表金额单位为元")
    return _save(wb, folder / "西镇6月固投（表头万元注元）.xlsx")


def ent_note_revenue_in_yi(folder: Path, note: str = "注：营业收入单位为亿元，其余为万元",
                           revenue: tuple[float, float, float] = (0.49, 0.31, 0.77)) -> Path:
    """统计局's June list (``单位：万元``) whose 营业收入 the clerk copied from the finance system in 亿元 (0.49, 0.31,
    0.77) and said so under the table: ``注：营业收入单位为亿元，其余为万元``.

    A reader takes 营业收入 4,900, 3,100, 7,700 万元 (产值 as typed: 1-6月 4,800 + 3,000 + 7,500) — or asks; never
    0.49 万元 of revenue for a 4,800 万元 enterprise.
    """
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    rows = [("东岭陶瓷有限公司", U[1420], "东镇", "3071", "否", "2018-03", 800, 4800, 4400, revenue[0]),
            ("西川纸业有限公司", U[1421], "西镇", "2221", "否", "2020-07", 500, 3000, 2900, revenue[1]),
            ("西川光伏有限公司", U[1422], "西镇", "3825", "是", "2021-10", 1300, 7500, 6000, revenue[2])]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    ws.cell(8, 1, note)
    return _save(wb, folder / "统计局6月规上企业（营收亿元）.xlsx")


def fai_ditto_under_a_total_on_top(folder: Path) -> Path:
    """东镇's June return with ``合计`` right under the header (本月 160, 1-6月 900), then 甲 whose 建设性质 is
    ``同上`` and 是否技改 ``〃`` (the rows above it are the 合计 and the header), then 乙 (新建).

    A reader cannot take 甲's 建设性质 from a 合计 row: asks (D5); nothing stored.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, ["合计", None, None, None, None, None, 4500, 1800, None, None, None, 160, 900])
    _put(ws, 5, 1, _row(1, pcode(161), "东镇甲电子材料项目", "同上", "〃", 3000, 1200, "是", D(2026, 3, 20), 100, 600))
    _put(ws, 6, 1, _row(2, pcode(162), "东镇乙家具项目", "新建", "否", 1500, 600, "是", D(2026, 4, 15), 60, 300))
    return _save(wb, folder / "东镇6月固投（合计在上）.xlsx")


def land_month_sections_year_total_wrong(folder: Path) -> Path:
    """The one-sheet ledger (5月 / 6月 sections) whose ``全年累计`` the clerk did not update: 46 亩 but 1,500 万元 (the
    parcels make 1,398).

    A reader takes the 3 parcels (1,398 万元) and tells the clerk the 全年累计 says 1,500 where the parcels make 1,398.
    """
    wb = _land_sections(False)
    ws = wb.active
    ws.cell(11, 7, 1500)
    return _save(wb, folder / "自然资源局2026年6月供地台账（累计不符）.xlsx")


def fai_sheet_named_yi_line_wanyuan_figures_yi(folder: Path) -> Path:
    """西镇's June return typed by the county's 发改 liaison in 亿元 on a sheet she named 「6月(亿元)」, inside the
    township's old file whose 单位 line still reads ``单位：万元``: 甲 计划总投资 0.5, 年度 0.2, 本月 0.015, 1-6月 0.09.

    A reader sees the sheet's name and the line disagree: asks (the figures, 0.09 万元 for a 5,000 万元 project,
    cannot be 万元); or reads 亿元: 5,000 | 2,000 | 150 | 900 万元.  Never 0.09 万元 stored.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府", sheet="6月(亿元)")
    _put(ws, 4, 1, _row(1, pcode(171), "西镇甲新型墙材项目", "新建", "否", 0.5, 0.2, "是", D(2026, 3, 12), 0.015, 0.09))
    return _save(wb, folder / "西镇6月固投（表名亿元）.xlsx")


def ent_township_dittos_merged_and_flag(folder: Path, mark: str = "〃", name: str = "同上") -> Path:
    """统计局's June list (``单位：万元``) with 所属乡镇 typed once and dittoed: 甲 ``东镇``, 乙 ``同上``, 丙 ``西镇``, and
    ``〃`` in a cell merged down over 丁 and 戊; 是否战新 甲 ``是``, 乙 ``同上``, 丙 ``否``, 丁 ``〃``, 戊 ``否``.

    A reader takes 东镇, 东镇, 西镇, 西镇, 西镇 and 战新 是, 是, 否, 否, 否: two 战新 enterprises; 1-6月 产值 东镇 3,000 +
    2,000, 西镇 4,000 + 1,000 + 500.
    """
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    rows = [("东岭光伏玻璃有限公司", U[1425], "东镇", "3042", "是", "2019-04", 500, 3000, 2600, 3100),
            ("东关新能源有限公司", U[1426], "同上", "3825", "同上", "2021-06", 300, 2000, 1800, 2100),
            ("西川化工有限公司", U[1427], "西镇", "2614", "否", "2017-09", 700, 4000, 3900, 4100),
            ("西川铸造有限公司", U[1428], "〃", "3391", mark, "2018-11", 150, 1000, 950, 1050),
            ("西川木业有限公司", U[1429], None, "2021", "否", "2022-02", 80, 500, 450, 520)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    ws.merge_cells("D7:D8")
    return _save(wb, folder / f"统计局6月规上企业（{name}）.xlsx")


def ent_township_dittos_english_ditto(folder: Path) -> Path:
    """The same list whose 丁 has ``ditto`` (the clerk's English habit) in 是否战新 instead of ``〃``.

    A reader takes 丁 as not 战新 (as 丙 above): the same figures — two 战新 enterprises.
    """
    return ent_township_dittos_merged_and_flag(folder, "ditto", "ditto")


def fai_start_dates_said_from_this_month(folder: Path) -> list[Path]:
    """东镇's May return (甲 started 2026-03-01, 1-5月 500), then its June return whose 开工日期 reads as the clerk says
    it: 甲 ``3月1日`` (no year), 乙 ``本月8日`` (started in June), 丙 ``上月20日`` (started in May).

    A reader takes June's 3 projects started 2026-03-01, 2026-06-08 and 2026-05-20 (1-6月 600 + 120 + 260 = 980) —
    or asks about the two said from the month; never a refusal saying only 不是可识别的日期 for 本月8日.
    """
    wb, ws = _fai("东镇2026年1-5月工业固定资产投资项目进展情况表", "东关镇人民政府",
                  head=[*FAI[:12], "1-5月累计完成投资"])
    _put(ws, 4, 1, _row(1, pcode(181), "东镇甲化纤项目", "新建", "否", 4000, 1500, "是", D(2026, 3, 1), 100, 500))
    may = _save(wb, folder / "东镇5月固投.xlsx")
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(181), "东镇甲化纤项目", "新建", "否", 4000, 1500, "是", "3月1日", 100, 600))
    _put(ws, 5, 1, _row(2, pcode(182), "东镇乙纺纱项目", "新建", "否", 1500, 600, "是", "本月8日", 120, 120))
    _put(ws, 6, 1, _row(3, pcode(183), "东镇丙印染改造项目", "改建和技术改造", "是", 1200, 500, "是", "上月20日", 160, 260))
    june = _save(wb, folder.parent / "东镇6月固投（本月上月）.xlsx")
    return [may, june]


def fai_ditto_in_the_first_shown_row_under_a_hidden_one(folder: Path) -> Path:
    """东镇's return whose first project row (row 4: 甲, 改建和技术改造, started 2025-08-01) the clerk hid — it was
    finished last year — and whose first row anyone sees, 乙, has ``同上`` in 建设性质 and ``〃`` in 开工日期.

    A reader sees 乙 right under the header, with nothing above to repeat: asks (D5, J5); never 乙 stored as a 技改
    project started 2025-08-01 from a row nobody sees.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况表", "东关镇人民政府")
    _put(ws, 4, 1, _row(1, pcode(191), "东镇甲老厂技改项目", "改建和技术改造", "是", 2000, 0, "是", D(2025, 8, 1), 0, 0))
    ws.row_dimensions[4].hidden = True
    _put(ws, 5, 1, _row(2, pcode(192), "东镇乙包装新材料项目", "同上", "否", 2500, 1000, "是", "〃", 120, 450))
    _put(ws, 6, 1, _row(3, pcode(193), "东镇丙农机项目", "新建", "否", 900, 400, "是", D(2026, 5, 2), 60, 150))
    return _save(wb, folder / "东镇6月固投（首行隐藏）.xlsx")
