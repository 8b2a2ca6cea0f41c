"""Hand-made returns whose tables do not stand as one upright table (issue 11, the header matcher's round 7).

Three classes a person reads at a glance:

- several tables of ONE form side by side on one sheet (续建 | 新建 projects, one township's enterprises beside
  another's), each with its own heading and 合计, the right one's columns in another order or without 序号;
- crossed tables: the records across the top, each a group of columns (总量 | 增速 | 位次, 1-6月 | 增速) under
  its merged name, the figures' names down the side, sometimes with a 单位 column saying 亿元;
- rank (位次/排名) tables or columns beside the figures, and everyday abbreviations of the figures' names
  (产值增速, 固投增速, 技改投资增速).

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says what
a person reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇, 西镇; 统计局 …;
the city 测试市 of 测试县, 甲县, 乙县, 丙县).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.layouts6 import CITY6, pcode
from tests.scenarios import uscc

#: Enterprises of these returns (valid USCCs, none shared with the other hand-made modules).
V1, V2, V3, V4, V5 = (uscc(n) for n in (71, 72, 73, 74, 75))


def _title(ws: Worksheet, text: str, last_col: int) -> None:
    ws.cell(1, 1, text).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)


def fai_continued_and_new_side_by_side(folder: Path) -> Path:
    """东镇's projects in two tables side by side: 一、续建项目 (A–J) and 二、新建项目 (L–T, without 序号 and with
    its columns in another order: 项目代码 first, 1-6月累计完成 before 是否入库), each with its own 合计 row, one
    signature line under both.

    A reader takes: 2026-06, 东镇, 4 projects: 续建 2 (3,000 + 1,200 in the database), 新建 2 (800 in the
    database, 0 not started): 1-6月累计 5,000 万元, 工业固投 (in the database) 0.5 亿元; key projects 2.
    The two 合计 rows (4,200 and 800) are each table's own, not data.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", 20)
    ws["A2"] = "一、续建项目"
    ws["L2"] = "二、新建项目"
    ws["S2"] = "单位：万元"
    _put(ws, 3, 1, ["序号", "项目名称", "项目代码", "建设性质", "是否重点", "总投资", "是否开工", "开工时间", "是否入库",
                    "1-6月累计完成"])
    _put(ws, 3, 12, ["项目代码", "项目名称", "建设性质", "总投资", "是否重点", "是否开工", "开工时间", "1-6月累计完成",
                     "是否入库"])
    _put(ws, 4, 1, [1, "东镇汽配扩能项目", pcode(711), "扩建", "是", 9000, "是", "2025-10-08", "是", 3000])
    _put(ws, 5, 1, [2, "东镇包装技改项目", pcode(712), "改建和技术改造", "否", 2500, "是", "2025-11-20", "是", 1200])
    _put(ws, 6, 1, [None, "合计", None, None, None, 11500, None, None, None, 4200])
    _put(ws, 4, 12, [pcode(713), "东镇光伏支架项目", "新建", 6000, "是", "是", "2026-04-01", 800, "是"])
    _put(ws, 5, 12, [pcode(714), "东镇冷库项目", "新建", 1500, "否", "否", None, "—", "否"])
    _put(ws, 6, 12, [None, "合计", None, 7500, None, None, None, 800, None])
    ws.cell(8, 1, "填报人：周某")
    ws.cell(8, 6, "联系电话：0912-5550711")
    path = folder / "东镇6月固投项目（续建+新建）.xlsx"
    wb.save(path)
    return path


def ent_two_townships_side_by_side(folder: Path) -> Path:
    """统计局's enterprise return laid out as two township tables side by side, a heading over each (东镇 | 西镇),
    a 小计 under each; the right table has no 序号.

    A reader takes: 2026-06, 4 enterprises: 东镇 30,000 + 12,000, 西镇 25,000 + 8,000 万元 (1-6月); 上年同期
    28,000 + 11,000 + 20,000 + 9,000 = 68,000; 1 strategic emerging (东镇's first): output 7.5 亿元.
    """
    header = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "本月工业总产值", "1-6月工业总产值",
              "上年同期"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "测试县规上工业企业生产情况（2026年1-6月）", 18)
    ws["A2"] = "东镇"
    ws["K2"] = "西镇"
    ws["R2"] = "单位：万元"
    _put(ws, 3, 1, ["序号", *header])
    _put(ws, 3, 11, header)
    _put(ws, 4, 1, [1, "东镇光伏玻璃有限公司", V1, "东镇", "C3042", "是", 5200, 30000, 28000])
    _put(ws, 5, 1, [2, "东镇面业有限公司", V2, "东镇", "C1431", "否", 2100, 12000, 11000])
    _put(ws, 6, 1, [None, "小计", None, None, None, None, 7300, 42000, 39000])
    _put(ws, 4, 11, ["西镇水泥制品有限公司", V3, "西镇", "C3021", "否", 4300, 25000, 20000])
    _put(ws, 5, 11, ["西镇农机配件有限公司", V4, "西镇", "C3572", "否", 1400, 8000, 9000])
    _put(ws, 6, 11, ["小计", None, None, None, None, 5700, 33000, 29000])
    path = folder / "统计局2026年6月规上企业（分镇）.xlsx"
    wb.save(path)
    return path


def city_crossed_three_measures_with_rank(folder: Path) -> Path:
    """The city bulletin crossed, each county a group of three columns under its merged name: 总量 | 增速（%） |
    位次; the figures down the side (规上工业总产值, 规上工业增加值 (no 总量: "/"), 工业投资, 技改投资), 全市 first
    (its 位次 "—"), a 资料来源 line under the table.

    A reader takes: 2026-06, 5 records (全市 and 4 counties); 测试县 output 100,000 万元 +8.7 %, value added
    +6.5 %, FAI 6,700 万元 −16.3 %, 技改 1,200 万元 +20 %; the 位次 columns are ranks, never a growth (ranks 2,
    2, 3 by growth).
    """
    ranks = {"全市": ("—", "—", "—", "—"), "甲县": (1, 1, 2, 1), "乙县": (3, 2, 1, 3),
             "测试县": (2, 2, 3, 1), "丙县": (4, 4, 4, 3)}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区对比"
    _title(ws, "测试市2026年1-6月各县区主要工业指标", 16)
    ws["A2"] = "单位：万元、%"
    ws["A3"] = "指标名称"
    ws.merge_cells("A3:A4")
    for k, c in enumerate(CITY6):
        col = 2 + 3 * k
        ws.cell(3, col, c[0])
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        _put(ws, 4, col, ["总量", "增速（%）", "位次"])
    lines = [("规上工业总产值", 1, 2, 0), ("规上工业增加值", None, 3, 1), ("工业投资", 4, 5, 2), ("技改投资", 6, 7, 3)]
    for r, (label, amount, growth, rank) in enumerate(lines, 5):
        ws.cell(r, 1, label)
        for k, c in enumerate(CITY6):
            _put(ws, r, 2 + 3 * k, [c[amount] if amount else "/", c[growth], ranks[c[0]][rank]])
    ws.cell(10, 1, "资料来源：测试市统计局")
    path = folder / "6月县区指标（交叉表带位次）.xlsx"
    wb.save(path)
    return path


def city_crossed_with_a_unit_column_in_yiyuan(folder: Path) -> Path:
    """The city bulletin crossed with a 单位 column between the figures' names and the counties: amounts in 亿元
    (1-6月 | 同比增长), growths in % under the same sub-labels; the counties' names in row 3 merged over their
    two columns, a blank row 4 left of them.

    A reader takes: 2026-06, 5 records; 测试县 output 10 亿元 = 100,000 万元 +8.7 %, value added +6.5 %, FAI
    0.67 亿元 = 6,700 万元 −16.3 %, 技改 0.12 亿元 = 1,200 万元 +20 %; 全市 output 63 亿元 = 630,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "测试市各县区工业经济主要指标完成情况（2026年1-6月）", 12)
    ws["A3"] = "指标"
    ws["B3"] = "单位"
    for k, c in enumerate(CITY6):
        col = 3 + 2 * k
        ws.cell(3, col, c[0])
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        _put(ws, 4, col, ["1-6月", "同比增长"])
    lines = [("规上工业总产值", "亿元", 1, 2), ("规上工业增加值", "%", None, 3), ("工业固定资产投资", "亿元", 4, 5),
             ("技术改造投资", "亿元", 6, 7)]
    for r, (label, unit, amount, growth) in enumerate(lines, 5):
        _put(ws, r, 1, [label, unit])
        for k, c in enumerate(CITY6):
            _put(ws, r, 3 + 2 * k, [round(c[amount] / 10000, 4) if amount else None, c[growth]])
    path = folder / "统计局县区工业指标（6月）.xlsx"
    wb.save(path)
    return path


def city_everyday_words_with_a_rank_group_beside(folder: Path) -> Path:
    """The city comparison upright in everyday words (县区 | 产值 | 产值增速 | 增加值增速 | 固投 | 固投增速 | 技改投资 |
    技改投资增速), then a blank column and a 排名 group beside it: 排名 merged over 产值增速 | 增加值增速 | 固投增速,
    repeating the growth words under the rank heading.

    A reader takes: 2026-06, 5 records; 测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI 6,700 万元
    −16.3 %, 技改 1,200 万元 +20 %; ranks 2, 2, 3 (the 排名 columns are ranks, never the growths).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比"
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", 13)
    ws["A2"] = "单位：万元、%"
    _put(ws, 3, 1, ["县区", "产值", "产值增速", "增加值增速", "固投", "固投增速", "技改投资", "技改投资增速"])
    ws.merge_cells("A3:A4")
    for c in range(2, 9):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws["J3"] = "排名"
    ws.merge_cells("J3:L3")
    _put(ws, 4, 10, ["产值增速", "增加值增速", "固投增速"])
    ranks = {"全市": ("—", "—", "—"), "甲县": (1, 1, 2), "乙县": (3, 2, 1), "测试县": (2, 2, 3), "丙县": (4, 4, 4)}
    for r, c in enumerate(CITY6, 5):
        _put(ws, r, 1, list(c))
        _put(ws, r, 10, list(ranks[c[0]]))
    path = folder / "统计局6月县区对比（含排名）.xlsx"
    wb.save(path)
    return path


def fai_side_by_side_in_different_units(folder: Path) -> Path:
    """西镇's projects in two tables side by side whose headers state different units: 本镇项目 (A–F) in 万元 and
    园区项目 (H–M) in 亿元 (总投资（亿元）, 1-6月累计完成（亿元）).

    A reader takes: 3 projects, 10,000 + 4,000 万元 total investment on the left and 1.2 亿元 = 12,000 万元 on
    the right.  Read under the left table's header, the right one's 1.2 would be stored as 1.2 万元: beizeng
    must not guess; it asks (a question naming both columns), or reads each table in its own unit.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "固投"
    _title(ws, "西镇2026年1-6月工业固定资产投资项目", 13)
    ws["A2"] = "本镇项目"
    ws["H2"] = "园区项目"
    left = ["项目名称", "项目代码", "建设性质", "总投资（万元）", "是否入库", "1-6月累计完成（万元）"]
    right = ["项目名称", "项目代码", "建设性质", "总投资（亿元）", "是否入库", "1-6月累计完成（亿元）"]
    _put(ws, 3, 1, left)
    _put(ws, 3, 8, right)
    _put(ws, 4, 1, ["西镇石材二期项目", pcode(721), "扩建", 10000, "是", 2600])
    _put(ws, 5, 1, ["西镇粮油仓储项目", pcode(722), "新建", 4000, "否", 0])
    _put(ws, 4, 8, ["园区新材料项目", pcode(723), "新建", 1.2, "是", 0.35])
    path = folder / "西镇6月固投（本镇+园区）.xlsx"
    wb.save(path)
    return path


def city_crossed_typed_without_merging(folder: Path) -> Path:
    """The city bulletin crossed as a clerk types it without merging: each county's name once over its two
    columns (the next cell left blank), 全市 last, sub-labels 1-6月累计 | 比上年同期±%, the figures down the side
    under 指标, amounts in 万元 (the 单位 line), 规上工业增加值 with its growth only.

    A reader takes: 2026-06, 5 records; 测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI 6,700 万元
    −16.3 %, 技改 1,200 万元 +20 %; ranks 2, 2, 3; 全市 output 630,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    ws["A2"] = "单位：万元"
    ws["A3"] = "指标"
    order = [*CITY6[1:], CITY6[0]]
    for k, c in enumerate(order):
        ws.cell(3, 2 + 2 * k, c[0])
        _put(ws, 4, 2 + 2 * k, ["1-6月累计", "比上年同期±%"])
    lines = [("规上工业总产值", 1, 2), ("规上工业增加值", None, 3), ("工业固定资产投资", 4, 5), ("技术改造投资", 6, 7)]
    for r, (label, amount, growth) in enumerate(lines, 5):
        ws.cell(r, 1, label)
        for k, c in enumerate(order):
            _put(ws, r, 2 + 2 * k, [c[amount] if amount else None, c[growth]])
    path = folder / "县区指标对比6月.xlsx"
    wb.save(path)
    return path


def city_upright_with_growths_and_ranks_repeated_beside(folder: Path) -> Path:
    """The city comparison upright, then a blank column and a small table beside it that repeats each county
    with its growths and their places: 县区 | 产值增速 | 位次 | 增加值增速 | 位次 (甲县 … 丙县, no 全市).

    A reader takes: 2026-06, 5 records (the table beside repeats 4 of them: not 9 records, not a question);
    测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI 6,700 万元 −16.3 %, 技改 1,200 万元 +20 %;
    ranks 2, 2, 3.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全市对比"
    _title(ws, "测试市各县区主要工业指标对比（2026年1-6月）", 14)
    ws["A2"] = "单位：万元、%"
    _put(ws, 3, 1, ["县区", "规上工业总产值", "产值增速", "增加值增速", "工业固投", "固投增速", "技改投资", "技改增速"])
    for r, c in enumerate(CITY6, 4):
        _put(ws, r, 1, list(c))
    ws["J2"] = "增速位次"
    _put(ws, 3, 10, ["县区", "产值增速", "位次", "增加值增速", "位次"])
    for r, c in enumerate(CITY6[1:], 4):
        _put(ws, r, 10, [c[0], c[2], {"甲县": 1, "乙县": 3, "测试县": 2, "丙县": 4}[c[0]], c[3],
                         {"甲县": 1, "乙县": 2, "测试县": 2, "丙县": 4}[c[0]]])
    path = folder / "统计局6月全市对比（附增速位次）.xlsx"
    wb.save(path)
    return path
