"""Hand-made returns in LAYOUTS the template never has (issue 11, a fresh pair of eyes on the new readers).

Four classes, each mixed with the usual clerk habits (merged titles, 填报单位 lines, text numbers, 合计 rows,
blank spacer columns, signature footers):

- turned tables: the city bulletin with a 计量单位 column or bare 增速 rows, targets typed as one row across,
  targets by quarter down the side, a land ledger a column per parcel, one enterprise's own return;
- key：value returns: a township's single project as pairs in three columns with units in the cells, a label
  merged over two rows above bare sub-labels, 项目名称： with the colon in the label cell, pairs typed in one
  cell two a row, two project blocks one under the other;
- several tables on one sheet: a 按性质汇总 table beside the projects, the city comparison under the
  enterprise list, a 汇总 table below the projects, a ledger in two sections with the header repeated, two
  ledgers side by side;
- workbooks mixing a cover, a turned table and a normal one.

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says
what a person reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇 /
东关镇, 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局; the city 测试市 of 测试县, 甲县, 乙县, 丙县).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.scenarios import uscc

D = dt.date
#: Enterprises of these returns (valid USCCs, none shared with tests/handmade/make.py).
U1, U2, U3, U4, U5, U6 = (uscc(n) for n in (21, 22, 23, 24, 25, 26))

#: The city's figures (万元 and %): county, output, output growth, value-added growth, FAI, FAI growth,
#: technical renovation investment, its growth.  测试县 is 2nd by output growth and value-added growth (tie
#: with 乙县 at 6.5), 3rd by FAI growth.
CITY6 = [
    ("全市", 630000, 8.1, 6.2, 39700, -0.8, 6000, 4.3),
    ("甲县", 300000, 9.1, 7.0, 20000, 5.3, 3000, 20.0),
    ("乙县", 150000, 7.1, 6.5, 9000, 12.5, 800, -20.0),
    ("测试县", 100000, 8.7, 6.5, 6700, -16.3, 1200, 20.0),
    ("丙县", 80000, 5.3, 5.0, 4000, -20.0, 1000, -20.0),
]


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (2026, county 610599)."""
    return f"2601-610599-04-01-{n:06d}"


def _title(ws: Worksheet, text: str, last_col: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(name="黑体", size=18)
    ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    ws.row_dimensions[row].height = 30


def _yi(wan: float) -> float:
    return round(wan / 10000, 4)


# ---------------------------------------------------------------------------------------------
# Turned tables
# ---------------------------------------------------------------------------------------------

def city_turned_unit_column_yiyuan(folder: Path) -> Path:
    """The city bulletin as 市统计局 prints it: 指标名称 | 计量单位 | 全市 | (a blank spacer column) | 甲县 …
    丙县; amounts in 亿元 stated row by row in the 计量单位 column; 资料来源 under the table.

    A reader takes: 2026-06, 5 counties.  测试县: output 10 亿元 = 100,000 万元 +8.7 %, value added +6.5 %,
    FAI 0.67 亿元 = 6,700 万元 −16.3 %, 技改 0.12 亿元 = 1,200 万元 +20 %.  Ranks of 测试县: output growth 2,
    value-added growth 2, FAI growth 3.  全市 output 63 亿元 = 630,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区对比"
    _title(ws, "测试市2026年1-6月各县区主要工业经济指标", 8)
    ws["A2"] = "填报单位：县统计局"
    counties = [c[0] for c in CITY6]
    _put(ws, 3, 1, ["指标名称", "计量单位", counties[0], None, *counties[1:]])
    rows = [("规上工业总产值", "亿元", 1, True), ("规上工业总产值增速", "%", 2, False),
            ("规上工业增加值增速", "%", 3, False), ("工业固定资产投资", "亿元", 4, True),
            ("工业固定资产投资增速", "%", 5, False), ("技术改造投资", "亿元", 6, True), ("技术改造投资增速", "%", 7, False)]
    for r, (label, unit, i, money) in enumerate(rows, 4):
        vals = [_yi(c[i]) if money else c[i] for c in CITY6]
        _put(ws, r, 1, [label, unit, vals[0], None, *vals[1:]])
    ws.cell(12, 1, "资料来源：测试市统计局《统计月报》2026年第6期")
    path = folder / "统计局转市局6月县区对比.xlsx"
    wb.save(path)
    return path


def city_turned_bare_growth_rows(folder: Path) -> Path:
    """The bulletin with a two-row header (指标 and 全市 merged down, 各县区 merged over the four counties)
    and each amount followed by a bare 增速（%） row, its growth; rates typed as text "8.7%".

    A reader takes: 2026-06, 5 counties.  测试县: output 100,000 万元 +8.7 % (rank 2), value added +6.5 %
    (rank 2), FAI 6,700 万元 −16.3 % (rank 3), 技改 1,200 万元 +20 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", 6)
    ws["A2"] = "单位：万元"
    ws["A3"] = "指标"
    ws.merge_cells("A3:A4")
    ws["B3"] = "全市"
    ws.merge_cells("B3:B4")
    ws["C3"] = "各县区"
    ws.merge_cells("C3:F3")
    _put(ws, 4, 3, [c[0] for c in CITY6[1:]])
    order = [CITY6[0], *CITY6[1:]]
    lines = [("规上工业总产值", 1, False), ("增速（%）", 2, True), ("规上工业增加值增速（%）", 3, True),
             ("工业固定资产投资", 4, False), ("增速（%）", 5, True), ("技术改造投资", 6, False), ("增速（%）", 7, True)]
    for r, (label, i, pct) in enumerate(lines, 5):
        _put(ws, r, 1, [label, *[f"{c[i]}%" if pct else c[i] for c in order]])
    path = folder / "全市县区工业指标对比（2026年6月）统计局.xlsx"
    wb.save(path)
    return path


def targets_one_row_across(folder: Path) -> Path:
    """The year's targets typed the other way round: one header row of indicators with their units in
    brackets, one row of values headed 2026年目标; the title names the year.

    A reader takes: 2026 targets: 规上工业总产值 24 亿元, 规上工业增加值增速 7 %, 工业固定资产投资增速
    10 %, 技术改造投资增速 5 %, 新增规上工业企业 5 户.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标任务"
    _title(ws, "测试县2026年工业倍增计划目标任务", 6)
    ws["A2"] = "填报单位：县工信局"
    _put(ws, 3, 1, ["项目", "规上工业总产值（亿元）", "规上工业增加值增速（%）", "工业固定资产投资增速（%）",
                    "技术改造投资增速（%）", "新增规上工业企业（户）"])
    _put(ws, 4, 1, ["2026年目标", 24, 7, 10, 5, 5])
    ws.cell(6, 1, "填报人：周某　　联系电话：0913-5550000")
    path = folder / "工信局2026年目标任务.xlsx"
    wb.save(path)
    return path


def targets_quarters_down_the_side(folder: Path) -> Path:
    """Targets by quarter with the quarters down the side and the indicators across (万元); the year only in
    the file name; a 全年 row last.

    A reader takes: 2026: 规上工业总产值 240,000 万元 = 24 亿元 for the year (100,000 万元 by 上半年);
    招商引资到位资金 20,000 万元 = 2 亿元 for the year, 10,000 万元 = 1 亿元 by 上半年.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分季度"
    _title(ws, "工业倍增目标任务分季度安排", 3)
    ws["A2"] = "单位：万元"
    _put(ws, 3, 1, ["时间节点", "规上工业总产值", "招商引资到位资金"])
    for r, row in enumerate([["一季度", 50000, 5000], ["上半年", 100000, 10000], ["前三季度", 180000, 15000],
                             ["全年", 240000, 20000]], 4):
        _put(ws, r, 1, row)
    path = folder / "工信局2026年目标任务分季度.xlsx"
    wb.save(path)
    return path


def factors_parcels_a_column_each(folder: Path) -> Path:
    """自然资源局's land list turned: one row per attribute (宗地编号, 位置, 乡镇, 面积（亩）, 成交价, 日期),
    one column per parcel (第一宗 … 第三宗), a 合计 column at the right with the total area only.

    A reader takes: 2026-06, 3 parcels of industrial land: 40 + 25.5 + 12 = 77.5 亩 (东镇 40, 西镇 37.5).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 5)
    ws["A2"] = "填报单位：县自然资源局"
    _put(ws, 3, 1, ["项目", "第一宗", "第二宗", "第三宗", "合计"])
    for r, row in enumerate([
        ["宗地编号", "6105992026B00101", "6105992026B00102", "6105992026B00103", None],
        ["宗地位置", "东镇工业园南区", "西镇产业园三号", "西镇产业园四号", None],
        ["所在乡镇", "东镇", "西镇", "西镇", None],
        ["出让面积（亩）", 40, 25.5, 12, 77.5],
        ["成交价（万元）", 800, 510, 240, 1550],
        ["签订合同时间", D(2026, 2, 26), D(2026, 4, 9), D(2026, 6, 3), None],
    ], 4):
        _put(ws, r, 1, row)
    path = folder / "自然资源局6月工业用地.xlsx"
    wb.save(path)
    return path


def ent_one_enterprise_own_return(folder: Path) -> Path:
    """One enterprise's own monthly return, forwarded by 统计局: the enterprise's particulars as 标签：值
    lines above, then 指标名称 | 计量单位 | 本月 | 1-6月累计 | 上年同期 | 同比增长（%） for 工业总产值 and
    营业收入 (the figures down the side, the months across).

    A reader takes: 2026-06, 1 enterprise 东镇光电材料有限公司 (东镇, C3985, 战新 是, 入规 2021):
    output 本月 4,000, 1-6月 24,000, 上年同期 20,000 万元; revenue 1-6月 26,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月报"
    _title(ws, "规模以上工业企业生产经营月报（2026年6月）", 6)
    ws["A2"] = "企业名称：东镇光电材料有限公司"
    ws["D2"] = f"统一社会信用代码：{U1}"
    ws["A3"] = "行业代码：C3985"
    ws["C3"] = "所在乡镇：东镇"
    ws["D3"] = "是否战略性新兴产业：是"
    ws["F3"] = "入规时间：2021年"
    _put(ws, 4, 1, ["指标名称", "计量单位", "本月", "1-6月累计", "上年同期", "同比增长（%）"])
    _put(ws, 5, 1, ["工业总产值（当年价）", "万元", 4000, 24000, 20000, 20.0])
    _put(ws, 6, 1, ["营业收入", "万元", 4300, 26000, 23000, 13.0])
    ws.cell(8, 1, "单位负责人：吴某")
    ws.cell(8, 3, "统计负责人：郑某")
    ws.cell(8, 5, "填表人：王某")
    path = folder / "东镇光电材料有限公司6月月报（县统计局）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Key：value returns
# ---------------------------------------------------------------------------------------------

def fai_pairs_in_three_columns_units_in_cells(folder: Path) -> Path:
    """东镇's single project as label | value pairs, three pairs a row; the amounts typed with their unit
    ("1.5亿元", "6000万元"); a 填报说明 paragraph under it and the footer as pairs too (填报人 | 李某 |
    联系电话 | 138… | 审核人 | 王某).

    A reader takes: 2026-06, 1 project of 东镇 (pcode 601): 新建, not 技改, key project, 计划总投资
    15,000 万元, 年度计划 6,000 万元, started 2026-03-18, in the database, 本月 800 万元, 1-6月累计
    4,200 万元 (工业固投 0.42 亿元; 1 key project, started, in stats).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况表", 6)
    ws["A2"] = "填报单位：东镇人民政府（盖章）"
    ws["E2"] = "填报日期：2026年7月3日"
    pairs = [["项目代码", pcode(601), "项目名称", "东镇新型建材产业园项目", "建设性质", "新建"],
             ["是否技改项目", "否", "是否倍增重点项目", "是", "计划总投资", "1.5亿元"],
             ["年度计划投资", "6000万元", "是否开工", "是", "开工日期", "2026.3.18"],
             ["是否纳统", "是", "本月完成投资", "800万元", "1-6月累计完成投资", "4200万元"]]
    for r, row in enumerate(pairs, 3):
        _put(ws, r, 1, row)
    ws.cell(8, 1, "填报说明：1.本表每个项目填一张；2.未开工项目完成投资填0；3.金额可填万元或亿元，请注明单位。")
    ws.merge_cells("A8:F8")
    _put(ws, 9, 1, ["填报人", "李某", "联系电话", "13800000000", "审核人", "王某"])
    path = folder / "东镇6月项目进展（新型建材）.xlsx"
    wb.save(path)
    return path


def fai_group_label_merged_over_rows(folder: Path) -> Path:
    """西镇's 项目基本情况表 in three columns: a group label merged down over its rows (基本情况, 建设进展,
    完成投资（万元）), the item beside it, the value right; under 完成投资 the items are bare 本月 and
    1-6月累计; numbers as text "2,400".

    A reader takes: 2026-06, 1 project of 西镇 (pcode 602): 改建和技术改造 (技改 是), not a key project,
    计划总投资 8,000, 年度计划 3,000 万元, started 2026-02-20, in the database, 本月 300, 1-6月累计
    2,400 万元 (工业固投 0.24 亿元, 技改 0.24 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目基本情况"
    _title(ws, "西镇工业固定资产投资项目情况表（2026年1-6月）", 3)
    ws["A2"] = "报送单位：西镇"
    groups = [("基本情况", [("项目代码", pcode(602)), ("项目名称", "西镇饲料生产线智能化改造项目"),
                          ("建设性质", "技改"), ("是否技改项目", "是"), ("是否倍增重点项目", "否"),
                          ("计划总投资（万元）", "8,000"), ("年度计划投资（万元）", "3,000")]),
              ("建设进展", [("是否开工", "是"), ("开工时间", "2026年2月20日"), ("是否纳统", "是")]),
              ("完成投资（万元）", [("本月", "300"), ("1-6月累计", "2,400")])]
    r = 3
    for group, items in groups:
        ws.cell(r, 1, group).alignment = Alignment(vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(items) - 1, end_column=1)
        for label, value in items:
            _put(ws, r, 2, [label, value])
            r += 1
    ws.cell(r + 1, 1, "填表人：钱某")
    ws.cell(r + 1, 3, "联系电话：0913-2222222")
    path = folder / "西镇固投项目情况6月.xlsx"
    wb.save(path)
    return path


def attraction_colon_in_the_label_cell(folder: Path) -> Path:
    """招商局's one-project sheet: "项目名称：" with the colon in the label cell, its value in the next cell,
    two pairs a row; 总投资 "5亿元", 本年到位资金 "3,000万元", dates typed 2026年3月10日.

    A reader takes: 2026-06, 1 project 秦河新材料产业园项目 (新材料, 西镇, 落户 2026-04-18): 总投资
    50,000 万元 = 5 亿元, 本年到位资金 3,000 万元 = 0.3 亿元; 1 project landed.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "县招商局2026年6月招商引资重点项目情况", 4)
    rows = [["项目名称：", "秦河新材料产业园项目", "投资方：", "秦河新材料科技有限公司"],
            ["产业链：", "新材料", "落户乡镇：", "西镇"],
            ["项目阶段：", "落户", "对接日期：", "2026年1月12日"],
            ["签约日期：", "2026年3月10日", "落户日期：", "2026年4月18日"],
            ["总投资：", "5亿元", "本年到位资金：", "3,000万元"],
            ["责任单位：", "县招商局", "进展情况：", "已完成工商注册，正在办理用地手续"]]
    for r, row in enumerate(rows, 2):
        _put(ws, r, 1, row)
    path = folder / "招商局6月重点项目（秦河新材）.xlsx"
    wb.save(path)
    return path


def cultivation_pairs_in_one_cell_two_a_row(folder: Path) -> Path:
    """工信局's one-enterprise card: "标签：值" typed in one cell, two a row (A and D), a blank column
    between; 奖补资金 "50万元".

    A reader takes: 2026-06, 1 cultivated enterprise 东镇精密机械有限公司 (东镇), 专精特新小巨人, 已认定
    2026-05-20, 包联 孙某, grant 50 万元: little giants 1, grants 50 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业培育"
    _title(ws, "测试县企业培育台账（2026年6月）", 5)
    rows = [("企业名称：东镇精密机械有限公司", f"统一社会信用代码：{U2}"),
            ("所属乡镇：东镇", "培育类型：专精特新小巨人"),
            ("培育状态：已认定", "认定日期：2026年5月20日"),
            ("包联领导：孙某", "奖补资金：50万元")]
    for r, (a, b) in enumerate(rows, 2):
        ws.cell(r, 1, a)
        ws.cell(r, 4, b)
    path = folder / "工信局企业培育6月（精密机械）.xlsx"
    wb.save(path)
    return path


def fai_two_project_blocks_one_under_the_other(folder: Path) -> Path:
    """东镇 fills the 项目|内容 card twice on one sheet, one under the other: 项目一 then 项目二, a blank row
    between.

    A reader takes: 2026-06, 2 projects of 东镇: pcode 603 (新建, key, 计划总投资 20,000, started
    2026-03-01, in stats, 1-6月累计 3,000 万元) and pcode 604 (扩建, not key, 计划总投资 6,000, not
    started, not in stats, 1-6月累计 0): 工业固投 0.3 亿元, 1 key project.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "东镇2026年6月工业投资项目情况", 2)
    blocks = [("项目一", [("项目代码", pcode(603)), ("项目名称", "东镇光伏支架生产项目"), ("建设性质", "新建"),
                        ("是否技改项目", "否"), ("是否倍增重点项目", "是"), ("计划总投资（万元）", 20000),
                        ("是否开工", "是"), ("开工日期", D(2026, 3, 1)), ("是否纳统", "是"),
                        ("1-6月累计完成投资（万元）", 3000)]),
              ("项目二", [("项目代码", pcode(604)), ("项目名称", "东镇农机配件扩建项目"), ("建设性质", "扩建"),
                        ("是否技改项目", "否"), ("是否倍增重点项目", "否"), ("计划总投资（万元）", 6000),
                        ("是否开工", "否"), ("开工日期", None), ("是否纳统", "否"),
                        ("1-6月累计完成投资（万元）", 0)])]
    r = 2
    for head, items in blocks:
        ws.cell(r, 1, head).font = Font(bold=True)
        _put(ws, r + 1, 1, ["项目", "内容"])
        r += 2
        for label, value in items:
            _put(ws, r, 1, [label, value])
            r += 1
        r += 1
    path = folder / "东镇6月工业投资项目（两个）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Several tables on one sheet
# ---------------------------------------------------------------------------------------------

FAI_HEADER = ["序号", "项目名称", "项目代码", "建设性质", "是否重点", "总投资", "是否开工", "开工时间", "是否入库",
              "1-6月累计完成"]


def fai_summary_by_nature_beside(folder: Path) -> Path:
    """东镇's project list (A–J) with a 按建设性质汇总 table beside it (L–N) after a blank spacer column;
    the summary repeats the word 建设性质 and sums the projects.

    A reader takes: 2026-06, 3 projects of 东镇: 新建 2 (2,000 + 1,500), 技改 1 (1,000) — 1-6月累计
    4,500 万元, of which in the database 2,000 + 1,000 (工业固投 0.3 亿元, 技改 0.1 亿元); 2 key projects,
    both started.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东镇"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展表", 14)
    ws["A2"] = "单位：万元"
    _put(ws, 3, 1, FAI_HEADER)
    rows = [[1, "东镇包装材料项目", pcode(611), "新建", "是", 9000, "是", D(2026, 3, 5), "是", 2000],
            [2, "东镇饮料灌装线项目", pcode(612), "新建", "是", 6000, "是", D(2026, 4, 1), "否", 1500],
            [3, "东镇铸件厂技改项目", pcode(613), "技改", "否", 3000, "是", D(2025, 11, 8), "是", 1000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 3, 12, ["建设性质", "项目个数", "累计完成投资"])
    _put(ws, 4, 12, ["新建", 2, 3500])
    _put(ws, 5, 12, ["技改", 1, 1000])
    _put(ws, 6, 12, ["合计", 3, 4500])
    ws.cell(2, 12, "附：按建设性质汇总")
    path = folder / "东镇6月固投（附汇总）.xlsx"
    wb.save(path)
    return path


def ent_with_city_table_below(folder: Path) -> Path:
    """统计局's one sheet: the enterprise list, two blank rows, then 附表 全市各县区主要工业指标对比 with
    its own title and header (the usual upright layout) under it.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 30,000 + 20,000 + 50,000 = 100,000 万元 (10 亿元),
    上年同期 92,000 万元, 1 strategic-emerging; and the city comparison of 5 rows (测试县 va +6.5 %,
    rank 2; output rank 2).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", 8)
    ws["A2"] = "填报单位：县统计局"
    ws["H2"] = "单位：万元"
    _put(ws, 3, 1, ["企业名称", "统一社会信用代码", "乡镇", "行业代码", "是否战新", "入规年份", "1-6月累计产值",
                    "上年同期"])
    for r, row in enumerate([["东镇光电材料有限公司", U1, "东镇", "3985", "是", "2021", 30000, 25000],
                             ["东镇精密机械有限公司", U2, "东镇", "3484", "否", "2019", 20000, 22000],
                             ["西镇水泥有限公司", U3, "西镇", "3011", "否", "2015", 50000, 45000]], 4):
        _put(ws, r, 1, row)
    ws.cell(10, 1, "附表：全市各县区主要工业指标对比（2026年1-6月）").font = Font(bold=True)
    ws.merge_cells("A10:H10")
    _put(ws, 11, 1, ["县区", "规上工业总产值（万元）", "总产值增速（%）", "增加值增速（%）", "工业固投（万元）",
                     "工业固投增速（%）", "技改投资（万元）", "技改投资增速（%）"])
    for r, c in enumerate(CITY6[1:] + CITY6[:1], 12):
        _put(ws, r, 1, list(c))
    path = folder / "县统计局6月报表.xlsx"
    wb.save(path)
    return path


def fai_total_table_below(folder: Path) -> Path:
    """西镇's project list, a blank row, then a small 汇总 table under it: 项目个数 | 计划总投资 | 累计完成投资
    with one 合计 row; the footer below that.

    A reader takes: 2026-06, 3 projects of 西镇: 1-6月累计 1,800 + 700 + 0 = 2,500 万元 (工业固投 0.25
    亿元), 计划总投资 12,000 + 5,000 + 4,000 = 21,000 万元; 2 key projects, 1 started.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "固投"
    _title(ws, "西镇2026年1-6月工业固定资产投资项目完成情况", 10)
    ws["A2"] = "填报单位：西镇人民政府"
    ws["J2"] = "单位：万元"
    _put(ws, 3, 1, FAI_HEADER)
    rows = [[1, "西镇石材加工项目", pcode(621), "新建", "是", 12000, "是", "2026-03-12", "是", 1800],
            [2, "西镇果品冷链项目", pcode(622), "扩建", "否", 5000, "是", "2026-05-06", "是", 700],
            [3, "西镇生物质颗粒项目", pcode(623), "新建", "是", 4000, "否", None, "否", "—"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    ws.cell(8, 1, "汇总").font = Font(bold=True)
    _put(ws, 9, 1, ["项目", "项目个数", "计划总投资", "累计完成投资"])
    _put(ws, 10, 1, ["合计", 3, 21000, 2500])
    ws.cell(12, 1, "填报人：赵某")
    ws.cell(12, 5, "审核人：冯某")
    path = folder / "西镇2026年6月固投汇总.xlsx"
    wb.save(path)
    return path


ATTRACTION_HEADER = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期",
                     "总投资（万元）", "本年到位资金（万元）"]


def attraction_two_sections_header_repeated(folder: Path) -> Path:
    """招商局's ledger in two sections one under the other, each with its heading and the header repeated:
    一、已落户项目 (2) and 二、在谈项目 (2); the numbering restarts in each.

    A reader takes: 2026-06, 4 projects: 总投资 30,000 + 12,000 + 8,000 + 5,000 = 55,000 万元 (5.5 亿元),
    本年到位资金 6,000 + 2,000 = 8,000 万元 (0.8 亿元); 2 landed (one started) with 总投资 42,000 万元
    (落户项目总投资 4.2 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "测试县2026年1-6月招商引资项目台账", 11)
    ws["A2"] = "一、已落户项目"
    _put(ws, 3, 1, ATTRACTION_HEADER)
    _put(ws, 4, 1, [1, "东镇光伏边框项目", "华光新能源有限公司", "光伏新能源", "东镇", "开工", D(2026, 1, 8),
                    D(2026, 2, 15), D(2026, 4, 1), 30000, 6000])
    _put(ws, 5, 1, [2, "西镇有机肥项目", "绿源农业科技有限公司", "涉农加工", "西镇", "落户", D(2026, 3, 2),
                    D(2026, 5, 20), None, 12000, 2000])
    ws["A7"] = "二、在谈项目"
    _put(ws, 8, 1, ATTRACTION_HEADER)
    _put(ws, 9, 1, [1, "锂电池回收项目", "某环保科技集团", "新材料", None, "对接", None, None, None, 8000, None])
    _put(ws, 10, 1, [2, "装配式建材项目", "某建工集团", "新型建材", None, "签约", D(2026, 6, 18), None, None, 5000, None])
    path = folder / "招商局招商引资台账（6月）.xlsx"
    wb.save(path)
    return path


CULT_HEADER = ["企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金（万元）"]


def cultivation_two_ledgers_side_by_side(folder: Path) -> Path:
    """工信局's sheet with two ledgers side by side, each under its own heading: 拟入规企业 (A–G) and
    科技型中小企业 (I–O), one blank column between, the same header in both.

    A reader takes: 2026-06, 5 rows: 拟入规 3 (one 申报中), 科技型中小企业 2 (both 已入库, grants 10 + 5 =
    15 万元): above-scale applying 1, tech SMEs 2, grants 15 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育"
    _title(ws, "测试县重点企业培育情况（2026年6月）", 15)
    ws["A2"] = "（一）拟入规企业"
    ws["I2"] = "（二）科技型中小企业"
    _put(ws, 3, 1, CULT_HEADER)
    _put(ws, 3, 9, CULT_HEADER)
    left = [["东镇纸箱有限公司", U3, "东镇", "拟入规", "培育中", None, None],
            ["西镇面粉有限公司", U4, "西镇", "拟入规", "申报中", D(2026, 6, 10), None],
            ["东镇石英砂有限公司", U5, "东镇", "拟入规", "培育中", None, None]]
    right = [["东镇精密机械有限公司", U2, "东镇", "科技型中小企业", "已入库", D(2026, 4, 30), 10],
             ["西镇农业装备有限公司", U6, "西镇", "科技型中小企业", "已入库", D(2026, 5, 15), 5]]
    for r, row in enumerate(left, 4):
        _put(ws, r, 1, row)
    for r, row in enumerate(right, 4):
        _put(ws, r, 9, row)
    path = folder / "工信局企业培育（6月）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# Workbooks mixing a cover, a turned table and a normal one
# ---------------------------------------------------------------------------------------------

def stats_cover_turned_city_and_enterprises(folder: Path) -> Path:
    """统计局's workbook: a 封面 sheet, the city comparison turned (a column per county, 全市 last) on
    「县区对比」, the enterprise list upright on 「规上企业」.

    A reader takes: 2026-06, two returns.  Enterprises: 3, 1-6月累计 100,000 万元 (10 亿元), 上年同期
    92,000 万元, 1 strategic-emerging.  City: 5 counties, 测试县 output 100,000 万元 +8.7 % (rank 2),
    value added +6.5 % (rank 2), FAI −16.3 % (rank 3).
    """
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["C4"] = "测试县统计局"
    cover["C6"] = "2026年6月统计报表"
    cover["C8"] = "报送日期：2026年7月8日"
    city = wb.create_sheet("县区对比")
    _title(city, "全市各县区主要工业指标（2026年1-6月）", 6)
    order = [*CITY6[1:], CITY6[0]]
    _put(city, 2, 1, ["指标", *[c[0] for c in order]])
    labels = ["规上工业总产值（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）", "工业固定资产投资（万元）",
              "工业固定资产投资增速（%）", "技术改造投资（万元）", "技术改造投资增速（%）"]
    for r, label in enumerate(labels, 3):
        _put(city, r, 1, [label, *[c[r - 2] for c in order]])
    ent = wb.create_sheet("规上企业")
    _title(ent, "测试县2026年1-6月规上工业企业产值", 7)
    ent["A2"] = "单位：万元"
    _put(ent, 3, 1, ["企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "战新企业", "1-6月累计产值", "上年同期"])
    for r, row in enumerate([["东镇光电材料有限公司", U1, "东镇", "C3985", "是", "30,000", "25,000"],
                             ["东镇精密机械有限公司", U2, "东镇", "C3484", "否", "20,000", "22,000"],
                             ["西镇水泥有限公司", U3, "西镇", "C3011", "否", "50,000", "45,000"]], 4):
        _put(ent, r, 1, row)
    _put(ent, 7, 1, ["合计", None, None, None, None, "100,000", "92,000"])
    path = folder / "统计局2026年6月报表.xlsx"
    wb.save(path)
    return path


def industry_notes_turned_targets_and_ledger(folder: Path) -> Path:
    """工信局's workbook: a 填报说明 sheet, the targets as one row across on 「目标」, the cultivation ledger
    upright on 「培育台账」 (a 合计 row under the grants).

    A reader takes: two returns.  Targets 2026: 规上工业总产值 24 亿元, 规上工业增加值增速 7 %,
    新增规上工业企业 5 户.  Cultivation 2026-06: 3 rows — 高新技术企业 已认定 (grant 20 万元), 绿色工厂
    申报中, 拟入规 培育中: grants 20 万元.
    """
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填报说明"
    for r, text in enumerate(["1.目标任务按年度填报，单位见表头。", "2.培育台账每月5日前报送。",
                              "3.奖补资金单位：万元。"], 1):
        notes.cell(r, 1, text)
    tgt = wb.create_sheet("目标")
    _title(tgt, "测试县2026年工业倍增目标任务", 4)
    _put(tgt, 2, 1, ["指标", "规上工业总产值（亿元）", "规上工业增加值增速（%）", "新增规上工业企业（户）"])
    _put(tgt, 3, 1, ["目标值", 24, 7, 5])
    led = wb.create_sheet("培育台账")
    _title(led, "测试县企业培育台账（2026年6月）", 7)
    _put(led, 2, 1, CULT_HEADER)
    for r, row in enumerate([["东镇光电材料有限公司", U1, "东镇", "高新技术企业", "已认定", D(2026, 3, 30), 20],
                             ["西镇水泥有限公司", U3, "西镇", "绿色工厂", "申报中", D(2026, 6, 1), None],
                             ["西镇面粉有限公司", U4, "西镇", "拟入规", "培育中", None, None]], 3):
        _put(led, r, 1, row)
    _put(led, 6, 1, ["合计", None, None, None, None, None, 20])
    path = folder / "工信局6月报送（目标及培育）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# More of the same classes, aimed at figures read wrong without a word
# ---------------------------------------------------------------------------------------------

def ent_with_sei_subset_table_below(folder: Path) -> Path:
    """统计局's enterprise list, then under it 其中：战略性新兴产业企业 — the same header again and the one
    strategic-emerging enterprise again (a subset of the list above, not more enterprises).

    A reader takes: 2026-06, 3 enterprises (not 4), 1-6月累计 100,000 万元 (10 亿元), 1 strategic-emerging
    enterprise with 30,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上"
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", 7)
    ws["A2"] = "单位：万元"
    header = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "1-6月累计产值", "上年同期"]
    _put(ws, 3, 1, header)
    rows = [["东镇光电材料有限公司", U1, "东镇", "3985", "是", 30000, 25000],
            ["东镇精密机械有限公司", U2, "东镇", "3484", "否", 20000, 22000],
            ["西镇水泥有限公司", U3, "西镇", "3011", "否", 50000, 45000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["合计", None, None, None, None, 100000, 92000])
    ws["A9"] = "其中：战略性新兴产业企业"
    _put(ws, 10, 1, header)
    _put(ws, 11, 1, rows[0])
    path = folder / "统计局6月规上企业（含战新）.xlsx"
    wb.save(path)
    return path


def city_turned_with_rank_rows(folder: Path) -> Path:
    """The bulletin turned, with a 位次 row under each growth row (the city's own ranking, 1 = fastest),
    counties first and 全市 last.

    A reader takes: 2026-06, 5 counties; 测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI 6,700 万元
    −16.3 %, 技改 1,200 万元 +20 %; the 位次 rows are ranks, never growth rates (测试县 2nd, 2nd, 3rd).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比"
    _title(ws, "全市各县区主要工业指标对比（2026年1-6月）", 6)
    order = [*CITY6[1:], CITY6[0]]
    _put(ws, 2, 1, ["指标", *[c[0] for c in order]])
    ranks = {2: [1, 3, 2, 4, None], 3: [1, 2, 2, 4, None], 5: [2, 1, 3, 4, None]}
    labels = {1: "规上工业总产值（万元）", 2: "规上工业总产值增速（%）", 3: "规上工业增加值增速（%）",
              4: "工业固定资产投资（万元）", 5: "工业固定资产投资增速（%）", 6: "技术改造投资（万元）", 7: "技术改造投资增速（%）"}
    r = 3
    for i in range(1, 8):
        _put(ws, r, 1, [labels[i], *[c[i] for c in order]])
        r += 1
        if i in ranks:
            _put(ws, r, 1, ["　位次", *ranks[i]])
            r += 1
    path = folder / "统计局全市对比6月（含位次）.xlsx"
    wb.save(path)
    return path


def fai_label_and_value_merged_over_two_rows(folder: Path) -> Path:
    """东镇's 项目|内容 card where the long label 1-6月累计完成投资（万元） and its value are each merged over
    two rows (the cell is tall), and 项目名称 spans two rows the same way; the 填报单位 line is a pair too.

    A reader takes: 2026-06, 1 project of 东镇 (pcode 631): 扩建, key, 计划总投资 12,000, started 2026-04-02,
    not in the database, 1-6月累计 900 万元 (工业固投 0: not yet in the database; 1 key project, 0 % in stats).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "东镇工业固定资产投资项目进展情况（2026年6月）", 2)
    items = [("填报单位", "东镇人民政府", 1), ("项目代码", pcode(631), 1), ("项目名称", "东镇农副产品加工园扩建项目", 2),
             ("建设性质", "扩建", 1), ("是否技改项目", "否", 1), ("是否倍增重点项目", "是", 1), ("计划总投资（万元）", 12000, 1),
             ("是否开工", "是", 1), ("开工日期", D(2026, 4, 2), 1), ("是否纳统", "否", 1),
             ("1-6月累计完成投资（万元）", 900, 2)]
    r = 2
    for label, value, height in items:
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
        if height > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + height - 1, end_column=1)
            ws.merge_cells(start_row=r, start_column=2, end_row=r + height - 1, end_column=2)
        r += height
    path = folder / "东镇6月项目卡片.xlsx"
    wb.save(path)
    return path


def ent_turned_a_column_per_enterprise(folder: Path) -> Path:
    """A small return turned: 项目 down the side (企业名称, 信用代码, 乡镇, 行业代码, 是否战新, 入规时间,
    1-6月累计产值, 上年同期), one column per enterprise, numbers typed as text with separators.

    A reader takes: 2026-06, 3 enterprises, 1-6月累计 30,000 + 20,000 + 50,000 = 100,000 万元 (10 亿元),
    上年同期 92,000 万元, 1 strategic-emerging (东镇光电材料, 30,000 万元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", 4)
    ws["A2"] = "填报单位：县统计局　　单位：万元"
    lines = [["项目", "企业一", "企业二", "企业三"],
             ["企业名称", "东镇光电材料有限公司", "东镇精密机械有限公司", "西镇水泥有限公司"],
             ["统一社会信用代码", U1, U2, U3],
             ["所属乡镇", "东镇", "东镇", "西镇"],
             ["行业代码", "3985", "3484", "3011"],
             ["是否战新", "是", "否", "否"],
             ["入规时间", "2021", "2019", "2015"],
             ["1-6月累计工业总产值", "30,000", "20,000", "50,000"],
             ["上年同期累计工业总产值", "25,000", "22,000", "45,000"]]
    for r, row in enumerate(lines, 3):
        _put(ws, r, 1, row)
    path = folder / "县统计局6月规上企业（竖排）.xlsx"
    wb.save(path)
    return path


def fai_projects_with_a_turned_summary_sheet(folder: Path) -> Path:
    """西镇's workbook: a 汇总 sheet first, turned (指标 down the side: 项目个数, 计划总投资, 1-6月累计完成投资;
    one column per 建设性质 and a 合计 column), then the project list upright on 「明细」.

    A reader takes: 2026-06, one return, the 3 projects of 「明细」 (the 汇总 sheet only sums them):
    1-6月累计 1,200 + 800 + 500 = 2,500 万元 (工业固投 0.25 亿元), 技改 500 万元 (0.05 亿元).
    """
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    _title(summary, "西镇2026年1-6月工业固定资产投资完成情况汇总", 5)
    _put(summary, 2, 1, ["指标", "新建", "扩建", "改建和技术改造", "合计"])
    _put(summary, 3, 1, ["项目个数（个）", 1, 1, 1, 3])
    _put(summary, 4, 1, ["计划总投资（万元）", 10000, 6000, 2000, 18000])
    _put(summary, 5, 1, ["1-6月累计完成投资（万元）", 1200, 800, 500, 2500])
    detail = wb.create_sheet("明细")
    _title(detail, "西镇2026年1-6月工业固定资产投资项目明细", 10)
    _put(detail, 2, 1, FAI_HEADER)
    for r, row in enumerate([[1, "西镇陶瓷釉料项目", pcode(641), "新建", "是", 10000, "是", D(2026, 3, 3), "是", 1200],
                             [2, "西镇冷库扩建项目", pcode(642), "扩建", "否", 6000, "是", D(2026, 4, 4), "是", 800],
                             [3, "西镇面粉厂技改项目", pcode(643), "技改", "否", 2000, "是", D(2026, 5, 5), "是", 500]], 3):
        _put(detail, r, 1, row)
    path = folder / "西镇6月固投（汇总及明细）.xlsx"
    wb.save(path)
    return path


def city_upright_with_a_rank_table_beside(folder: Path) -> Path:
    """The city comparison upright (县区 | amounts | growths), then a blank column and a small 位次 table beside
    it (县区 | 产值增速位次 | 增加值增速位次) that repeats the counties.

    A reader takes: 2026-06, 5 counties (not 9): 测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI
    6,700 万元 −16.3 %, 技改 1,200 万元 +20 %; ranks 2, 2, 3.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全市对比"
    _title(ws, "测试市各县区主要工业指标对比（2026年1-6月）", 12)
    ws["A2"] = "单位：万元、%"
    _put(ws, 3, 1, ["县区", "规上工业总产值", "产值增速", "增加值增速", "工业固投", "固投增速", "技改投资", "技改增速"])
    for r, c in enumerate(CITY6, 4):
        _put(ws, r, 1, list(c))
    ws["J2"] = "位次"
    _put(ws, 3, 10, ["县区", "产值增速位次", "增加值增速位次"])
    for r, (county, a, b) in enumerate([("甲县", 1, 1), ("乙县", 3, 2), ("测试县", 2, 2), ("丙县", 4, 4)], 4):
        _put(ws, r, 10, [county, a, b])
    path = folder / "统计局6月全市对比（附位次）.xlsx"
    wb.save(path)
    return path


def fai_pairs_in_two_column_blocks(folder: Path) -> Path:
    """东镇's printed card with its pairs in two blocks of columns: items 1–6 in A (label) | B (value), items
    7–12 in D | E, a blank column C between; the 单位 line says 万元.

    A reader takes: 2026-06, 1 project of 东镇 (pcode 651): 改建和技术改造, 技改 是, not key, 计划总投资
    3,000, 年度计划 1,500 万元, started 2026-01-15, in the database, 本月 200, 1-6月累计 1,100 万元
    (工业固投 0.11 亿元, 技改 0.11 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目卡"
    _title(ws, "东镇2026年6月工业固定资产投资项目进展卡", 5)
    ws["A2"] = "单位：万元"
    left = [("项目代码", pcode(651)), ("项目名称", "东镇纸业生产线技术改造项目"), ("建设性质", "改建和技术改造"),
            ("是否技改项目", "是"), ("是否倍增重点项目", "否"), ("计划总投资", 3000)]
    right = [("年度计划投资", 1500), ("是否开工", "是"), ("开工日期", "2026-01-15"), ("是否纳统", "是"),
             ("本月完成投资", 200), ("1-6月累计完成投资", 1100)]
    for r, ((a, x), (b, y)) in enumerate(zip(left, right, strict=True), 3):
        _put(ws, r, 1, [a, x, None, b, y])
    path = folder / "东镇6月项目进展卡（纸业技改）.xlsx"
    wb.save(path)
    return path


def fai_with_new_starts_annex_below(folder: Path) -> Path:
    """东镇's project list, then under it 附表：本月新开工项目 with its own smaller header (项目名称 | 开工日期
    | 计划总投资) listing one of the projects again.

    A reader takes: 2026-06, 3 projects (the annex repeats one, it adds none): 1-6月累计 2,000 + 600 + 0 =
    2,600 万元 (in the database 2,000: 工业固投 0.2 亿元); 2 key projects.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展情况", 10)
    ws["A2"] = "填报单位：东镇　　　单位：万元"
    _put(ws, 3, 1, FAI_HEADER)
    for r, row in enumerate([[1, "东镇硅材料项目", pcode(661), "新建", "是", 15000, "是", D(2026, 2, 28), "是", 2000],
                             [2, "东镇面业扩建项目", pcode(662), "扩建", "是", 3000, "是", D(2026, 6, 8), "否", 600],
                             [3, "东镇物流仓储项目", pcode(663), "新建", "否", 5000, "否", None, "否", 0]], 4):
        _put(ws, r, 1, row)
    ws["A8"] = "附表：本月新开工项目"
    _put(ws, 9, 1, ["序号", "项目名称", "开工日期", "计划总投资"])
    _put(ws, 10, 1, [1, "东镇面业扩建项目", D(2026, 6, 8), 3000])
    ws["A12"] = "填报人：王东　　联系电话：0913-1111111"
    path = folder / "东镇6月固投（附新开工）.xlsx"
    wb.save(path)
    return path


def targets_as_lines_label_colon_value(folder: Path) -> Path:
    """工信局's targets typed as a notice: one line a target, "规上工业总产值：24亿元" in one cell, numbered
    一、二、…; the year in the title, a 填报说明 line and the date at the bottom.

    A reader takes: 2026 targets: 规上工业总产值 24 亿元, 规上工业增加值增速 7 %, 工业固定资产投资增速 10 %,
    新增规上工业企业 5 户.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "测试县2026年工业倍增计划目标任务"
    for r, text in enumerate(["一、规上工业总产值：24亿元", "二、规上工业增加值增速：7%", "三、工业固定资产投资增速：10%",
                              "四、新增规上工业企业：5户"], 2):
        ws.cell(r, 1, text)
    ws["A7"] = "说明：以上为年度目标，季度按序时进度考核。"
    ws["A8"] = "县工信局　2026年1月20日"
    path = folder / "工信局2026年目标任务（通知）.xlsx"
    wb.save(path)
    return path


def city_crossed_county_by_measure(folder: Path) -> Path:
    """The bulletin crossed: indicators down the side (规上工业总产值, 工业固定资产投资, 技术改造投资, and
    规上工业增加值 with its growth only), each county a pair of columns under its merged name (绝对额 | 增速（%）),
    全市 first.

    A reader takes: 2026-06, 5 counties; 测试县 output 100,000 万元 +8.7 %, value added +6.5 %, FAI 6,700 万元
    −16.3 %, 技改 1,200 万元 +20 %; ranks 2, 2, 3.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比"
    _title(ws, "测试市各县区主要工业指标对比（2026年1-6月）", 11)
    ws["A2"] = "单位：万元、%"
    ws["A3"] = "指标"
    ws.merge_cells("A3:A4")
    for k, c in enumerate(CITY6):
        col = 2 + 2 * k
        ws.cell(3, col, c[0])
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        _put(ws, 4, col, ["绝对额", "增速（%）"])
    for r, (label, amount, growth) in enumerate([("规上工业总产值", 1, 2), ("规上工业增加值", None, 3),
                                                 ("工业固定资产投资", 4, 5), ("技术改造投资", 6, 7)], 5):
        ws.cell(r, 1, label)
        for k, c in enumerate(CITY6):
            _put(ws, r, 2 + 2 * k, [c[amount] if amount else "—", c[growth]])
    path = folder / "统计局6月县区对比（交叉表）.xlsx"
    wb.save(path)
    return path


def fai_summary_beside_with_an_amount_header(folder: Path) -> Path:
    """东镇's project list (A–J, its amount headed just 1-6月累计完成) with a small 汇总 table beside it (L–N:
    项目 | 项目个数 | 累计完成投资) after a blank spacer column; the summary's amount header is the
    template's wording, the list's is not.

    A reader takes: 2026-06, 3 projects, 1-6月累计 2,000 + 1,500 + 1,000 = 4,500 万元 (in the database
    2,000 + 1,000: 工业固投 0.3 亿元) — never the summary's 3,500 / 1,000 / 4,500.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东镇"
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展表", 14)
    ws["A2"] = "单位：万元"
    _put(ws, 3, 1, FAI_HEADER)
    rows = [[1, "东镇包装材料项目", pcode(671), "新建", "是", 9000, "是", D(2026, 3, 5), "是", 2000],
            [2, "东镇饮料灌装线项目", pcode(672), "新建", "是", 6000, "是", D(2026, 4, 1), "否", 1500],
            [3, "东镇铸件厂技改项目", pcode(673), "技改", "否", 3000, "是", D(2025, 11, 8), "是", 1000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    ws["L2"] = "附：汇总"
    _put(ws, 3, 12, ["项目", "项目个数", "累计完成投资"])
    _put(ws, 4, 12, ["新建项目", 2, 3500])
    _put(ws, 5, 12, ["技改项目", 1, 1000])
    _put(ws, 6, 12, ["合计", 3, 4500])
    path = folder / "东镇6月固投（附汇总表）.xlsx"
    wb.save(path)
    return path


def fai_pairs_two_values_under_one_label(folder: Path) -> Path:
    """西镇's card, two pairs a row, ending with one label 完成投资（万元） whose two values sit on two rows
    beside sub-labels: 完成投资（万元） | 本月 | 250, then (blank) | 1-6月累计 | 1,750.

    A reader takes: 2026-06, 1 project of 西镇 (pcode 681): 扩建, key, 计划总投资 7,000, 年度计划 2,000,
    started 2026-02-02, in the database, 本月 250, 1-6月累计 1,750 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    ws["A1"] = "西镇2026年1-6月工业固定资产投资项目情况"
    for r, row in enumerate([["项目代码", pcode(681), "项目名称", "西镇酒业扩建项目"],
                             ["建设性质", "扩建", "是否倍增重点项目", "是"],
                             ["计划总投资（万元）", 7000, "年度计划投资（万元）", 2000],
                             ["是否开工", "是", "开工日期", "2026-02-02"], ["是否纳统", "是", None, None],
                             ["完成投资（万元）", "本月", 250, None], [None, "1-6月累计", 1750, None]], 2):
        _put(ws, r, 1, row)
    path = folder / "西镇6月项目.xlsx"
    wb.save(path)
    return path


def fai_last_months_table_kept_below(folder: Path) -> Path:
    """东镇 filled June above and kept May's table under it on the same sheet (its own title 1-5月（上月）
    and its header with 1-5月累计完成).

    A reader takes: 2026-06, 2 projects (June's table): 1-6月累计 2,000 + 600 = 2,600 万元 (in the database
    2,000: 工业固投 0.2 亿元); May's table is
    last month's and is not June.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "东镇2026年1-6月工业固定资产投资项目进展情况"
    _put(ws, 2, 1, FAI_HEADER)
    _put(ws, 3, 1, [1, "东镇硅材料项目", pcode(691), "新建", "是", 15000, "是", D(2026, 2, 28), "是", 2000])
    _put(ws, 4, 1, [2, "东镇面业扩建项目", pcode(692), "扩建", "是", 3000, "是", D(2026, 6, 8), "否", 600])
    ws["A6"] = "东镇2026年1-5月工业固定资产投资项目进展情况（上月）"
    _put(ws, 7, 1, [*FAI_HEADER[:-1], "1-5月累计完成"])
    _put(ws, 8, 1, [1, "东镇硅材料项目", pcode(691), "新建", "是", 15000, "是", D(2026, 2, 28), "是", 1600])
    _put(ws, 9, 1, [2, "东镇面业扩建项目", pcode(692), "扩建", "是", 3000, "否", None, "否", 0])
    path = folder / "东镇6月固投（含上月）.xlsx"
    wb.save(path)
    return path
