"""Hand-made CARD returns, round 7: one record per block of label/value pairs, as clerks lay cards out.

Each workbook is one clerk's own card sheet — never the template turned into pairs — in a style the earlier
rounds (tests/handmade/layouts6.py) did not have: two cards side by side under a 项目 | 单位 | 内容 header, three
cards one under the other under their own headings with colons in the label cells, cards two pairs a row with
a long label and its value merged over two rows, two enterprises' cards each with a small figures table
(指标 | 计量单位 | 本月 | 1-6月累计 | 上年同期), a card whose unit stands between label and value with a label
merged down over its sub-labels and 填报说明 text above and under it, and one whose two labels for the
cumulative investment a person could not tell apart either (the clerk is asked, naming the two cells).

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says
what a person reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇, 西镇;
统计局, 工信局, 招商局).
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
#: Enterprises of these returns (valid USCCs, none shared with the other hand-made rounds).
V1, V2, V3, V4, V5 = (uscc(n) for n in (71, 72, 73, 74, 75))


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (2026, county 610599)."""
    return f"2601-610599-04-01-{n:06d}"


def _title(ws: Worksheet, text: str, last_col: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(name="黑体", size=16)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def fai_two_cards_side_by_side_with_a_unit_column(folder: Path) -> Path:
    """东镇's two project cards side by side (A–C and E–G, a blank column between), each under 项目 | 单位 |
    内容 with its units in the 单位 column (万元, left blank for words and flags); a 填报说明 paragraph merged
    across under both, and the signature line.

    A reader takes: 2026-06, 2 projects of 东镇: pcode 701 东镇碳化硅材料项目 (新建, key, 计划总投资 30,000,
    年度计划 10,000, started 2026-03-12, in the database, 本月 1,000, 1-6月累计 5,000 万元) and pcode 702
    东镇粮油加工扩建项目 (扩建, not key, 4,000 / 2,000, started 2026-05-06, not in the database, 本月 300,
    1-6月累计 600 万元): 工业固投 0.5 亿元 (only the one in the database), 1 key project.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目卡片"
    _title(ws, "东镇2026年6月工业固定资产投资项目卡片", 7)
    ws["A2"] = "填报单位：东镇人民政府"
    cards = [
        (pcode(701), "东镇碳化硅材料项目", "新建", "否", "是", 30000, 10000, "是", "2026年3月12日", "是", 1000, 5000),
        (pcode(702), "东镇粮油加工扩建项目", "扩建", "否", "否", 4000, 2000, "是", "2026年5月6日", "否", 300, 600),
    ]
    labels = [("项目代码", None), ("项目名称", None), ("建设性质", None), ("是否技改项目", None), ("是否倍增重点项目", None),
              ("计划总投资", "万元"), ("年度计划投资", "万元"), ("是否开工", None), ("开工日期", None), ("是否纳统", None),
              ("本月完成投资", "万元"), ("1-6月累计完成投资", "万元")]
    for k, values in enumerate(cards):
        col = 1 + 4 * k
        ws.cell(3, col, f"项目{'一二'[k]}").font = Font(bold=True)
        _put(ws, 4, col, ["项目", "单位", "内容"])
        for r, ((label, unit), value) in enumerate(zip(labels, values, strict=True), 5):
            _put(ws, r, col, [label, unit, value])
    ws.cell(18, 1, "填报说明：每个项目填一张卡片；金额单位为万元；未开工项目开工日期不填。")
    ws.merge_cells("A18:G18")
    _put(ws, 19, 1, ["填报人：赵某", None, None, None, "联系电话：0913-3333333"])
    path = folder / "东镇6月固投项目卡片（两个并排）.xlsx"
    wb.save(path)
    return path


def cultivation_three_cards_down_with_headings(folder: Path) -> Path:
    """工信局's cultivation cards, three one under the other, each under a heading （一）（二）（三） with the
    enterprise's short name; labels typed with their colon (企业名称：), 奖补资金 with its unit in the cell
    after the value (50 | 万元), the third card's items in another order; a blank row between cards.

    A reader takes: 2026-06, 3 cultivated enterprises: 东镇新能电池有限公司 (东镇, 专精特新小巨人, 已认定
    2026-04-28, 包联 周某, 50 万元), 西镇绿源食品有限公司 (西镇, 绿色工厂, 申报中 2026-05-15, 包联 吴某, 0),
    东镇华科电子有限公司 (东镇, 高新技术企业, 已认定 2026-03-30, 包联 周某, 20 万元): little giants 1,
    grants 70 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育企业"
    _title(ws, "测试县重点培育企业情况（2026年6月）", 3)
    cards = [
        ("（一）新能电池", [("企业名称：", "东镇新能电池有限公司"), ("统一社会信用代码：", V1), ("所属乡镇：", "东镇"),
                       ("培育类型：", "专精特新小巨人"), ("培育状态：", "已认定"), ("认定日期：", "2026-04-28"),
                       ("包联领导：", "周某"), ("奖补资金：", 50)]),
        ("（二）绿源食品", [("企业名称：", "西镇绿源食品有限公司"), ("统一社会信用代码：", V2), ("所属乡镇：", "西镇"),
                       ("培育类型：", "绿色工厂"), ("培育状态：", "申报中"), ("认定日期：", "2026-05-15"),
                       ("包联领导：", "吴某"), ("奖补资金：", 0)]),
        ("（三）华科电子", [("统一社会信用代码：", V3), ("企业名称：", "东镇华科电子有限公司"), ("培育类型：", "高新技术企业"),
                       ("所属乡镇：", "东镇"), ("包联领导：", "周某"), ("培育状态：", "已认定"), ("认定日期：", "2026-03-30"),
                       ("奖补资金：", 20)]),
    ]
    r = 2
    for head, items in cards:
        ws.cell(r, 1, head).font = Font(bold=True)
        r += 1
        for label, value in items:
            _put(ws, r, 1, [label, value, "万元" if label.startswith("奖补") else None])
            r += 1
        r += 1
    path = folder / "工信局6月培育企业（卡片）.xlsx"
    wb.save(path)
    return path


def attraction_cards_two_a_row_with_a_merged_progress_note(folder: Path) -> Path:
    """招商局's two project cards one under the other, two pairs a row (A|B, C|D); 进展情况 merged over two rows
    and its text merged over B:D and the same two rows; 总投资（亿元） and 本年到位资金（万元） in the labels;
    dates typed 2026.3.5; a blank row between the cards.

    A reader takes: 2026-06, 2 projects: 秦川光伏组件项目 (秦川新能源有限公司, 光伏新能源, 东镇, 开工, signed
    2026-03-05, landed 2026-04-01, started 2026-05-20; 总投资 8 亿元 = 80,000 万元, 到位 12,000 万元) and
    西镇果品冷链项目 (西镇果业有限公司, 涉农加工, 西镇, 签约 2026-06-10; 总投资 1.5 亿元, 到位 0):
    landed projects' total investment 8 亿元 (the signed one is not landed), funds in place 1.2 亿元,
    1 project landed.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商项目"
    _title(ws, "县招商局2026年1-6月招商引资项目情况", 4)
    cards = [
        [("项目名称", "秦川光伏组件项目", "投资方", "秦川新能源有限公司"),
         ("产业链", "光伏新能源", "落户乡镇", "东镇"),
         ("项目阶段", "开工", "对接日期", "2026.1.8"),
         ("签约日期", "2026.3.5", "落户日期", "2026.4.1"),
         ("开工日期", "2026.5.20", "责任单位", "县招商局"),
         ("总投资（亿元）", 8, "本年到位资金（万元）", 12000)],
        [("项目名称", "西镇果品冷链项目", "投资方", "西镇果业有限公司"),
         ("产业链", "涉农加工", "落户乡镇", "西镇"),
         ("项目阶段", "签约", "对接日期", "2026.4.2"),
         ("签约日期", "2026.6.10", "落户日期", None),
         ("开工日期", None, "责任单位", "西镇"),
         ("总投资（亿元）", 1.5, "本年到位资金（万元）", 0)],
    ]
    r = 2
    for card in cards:
        for row in card:
            _put(ws, r, 1, list(row))
            r += 1
        ws.cell(r, 1, "进展情况")
        ws.cell(r, 2, "已签约，正在办理前期手续" if card[0][1].startswith("西") else "厂房主体完工，设备进场安装")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=4)
        r += 3
    path = folder / "招商局6月招商项目（两张卡片）.xlsx"
    wb.save(path)
    return path


def ent_two_enterprise_cards_each_with_a_figures_table(folder: Path) -> Path:
    """统计局 forwards two enterprises' own returns on one sheet, one under the other: each card's particulars
    as "标签：值" lines (two a row), then a small figures table 指标 | 计量单位 | 本月 | 1-6月累计 | 上年同期 with
    工业总产值 and 营业收入 rows; a blank row and the next enterprise's 企业名称 line start the next card.

    A reader takes: 2026-06, 2 enterprises: 东镇新能电池有限公司 (东镇, 3841, 战新 是, 入规 2022; output 本月
    3,000, 1-6月 18,000, 上年同期 15,000; revenue 1-6月 19,000) and 西镇绿源食品有限公司 (西镇, 1371, 战新 否,
    入规 2020; output 本月 1,000, 1-6月 6,000, 上年同期 6,500; revenue 1-6月 6,200): 规上工业总产值 2.4 亿元,
    1 strategic-emerging enterprise.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业月报"
    _title(ws, "规模以上工业企业主要经济指标（2026年1-6月）", 5)
    cards = [("东镇新能电池有限公司", V1, "东镇", "C3841", "是", "2022", (3000, 18000, 15000), (3100, 19000, 17000)),
             ("西镇绿源食品有限公司", V2, "西镇", "C1371", "否", "2020", (1000, 6000, 6500), (1050, 6200, 6600))]
    r = 2
    for name, code, town, industry, sei, entered, output, revenue in cards:
        _put(ws, r, 1, [f"企业名称：{name}", None, None, f"统一社会信用代码：{code}"])
        _put(ws, r + 1, 1, [f"所属乡镇：{town}", None, None, f"行业代码：{industry}"])
        _put(ws, r + 2, 1, [f"是否战略性新兴产业：{sei}", None, None, f"入规年份：{entered}"])
        _put(ws, r + 3, 1, ["指标", "计量单位", "本月", "1-6月累计", "上年同期"])
        _put(ws, r + 4, 1, ["工业总产值", "万元", *output])
        _put(ws, r + 5, 1, ["营业收入", "万元", *revenue])
        r += 7
    path = folder / "统计局6月企业月报（两户）.xlsx"
    wb.save(path)
    return path


def fai_card_unit_between_label_and_value_with_notes(folder: Path) -> Path:
    """西镇's one-project card in three columns with no header: label | unit | value (计划总投资 | 万元 | 8000,
    项目名称 | (blank) | …); 完成投资 merged down over its sub-labels 本月 | 万元 | 150 and 1-6月累计 | 万元 |
    900; a 填报说明 line between the title and the card and a 注 line under it.

    A reader takes: 2026-06, 1 project of 西镇 (pcode 711 西镇砖瓦厂节能改造项目): 改建和技术改造, 技改 是, key,
    计划总投资 8,000, 年度计划 2,500, started 2026-02-10, in the database, 本月 150, 1-6月累计 900 万元
    (工业固投 0.09 亿元, 技改 0.09 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "西镇2026年6月工业投资项目进展表", 3)
    ws["A2"] = "填报说明：本表由项目所在镇填报，金额单位见各行，日期填到日。"
    ws.merge_cells("A2:C2")
    rows = [("项目代码", None, pcode(711)), ("项目名称", None, "西镇砖瓦厂节能改造项目"), ("建设性质", None, "改建和技术改造"),
            ("是否技改项目", None, "是"), ("是否倍增重点项目", None, "是"), ("计划总投资", "万元", 8000),
            ("年度计划投资", "万元", 2500), ("是否开工", None, "是"), ("开工日期", None, D(2026, 2, 10)),
            ("是否纳统", None, "是")]
    r = 3
    for label, unit, value in rows:
        _put(ws, r, 1, [label, unit, value])
        r += 1
    ws.cell(r, 1, "完成投资")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    _put(ws, r, 2, ["本月", 150])
    _put(ws, r + 1, 2, ["1-6月累计", 900])
    ws.cell(r + 1, 4, "万元")
    ws.cell(r, 4, "万元")
    ws.cell(r + 3, 1, "注：累计完成投资为1月至本月合计。")
    path = folder / "西镇6月项目进展（砖瓦厂）.xlsx"
    wb.save(path)
    return path


def fai_card_two_labels_for_the_cumulative_investment(folder: Path) -> Path:
    """东镇's card, two pairs a row, with two amounts a person cannot tell apart either: 完成投资（万元） | 300
    and 累计完成（万元） | 2,400 (which is this year's 1-N月累计?).

    A reader takes: 2026-06, 1 project of 东镇 (pcode 721) — and asks which of B6 and D6 is 1-N月累计完成投资.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "东镇2026年6月工业项目情况", 4)
    for r, row in enumerate([["项目代码", pcode(721), "项目名称", "东镇木业加工项目"],
                             ["建设性质", "新建", "是否倍增重点项目", "否"],
                             ["计划总投资（万元）", 5000, "是否开工", "是"],
                             ["开工日期", "2026-04-15", "是否纳统", "是"],
                             ["完成投资（万元）", 300, "累计完成（万元）", "2,400"]], 2):
        _put(ws, r, 1, row)
    path = folder / "东镇6月项目情况（木业）.xlsx"
    wb.save(path)
    return path


def fai_turned_two_lines_for_the_cumulative_investment(folder: Path) -> Path:
    """西镇's projects turned round (项目 down the side, a column per project), with two lines a person cannot
    tell apart either: 完成投资（万元） and 累计完成（万元） (which is this year's 1-N月累计?).

    A reader takes: 2026-06, 2 projects of 西镇 (pcode 731, 732) — and asks which of line 9 and line 10 is
    1-N月累计完成投资, naming the lines where the clerk sees them (A9, A10), never the view's letters.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "西镇2026年6月工业项目进展", 3)
    lines = [["项目", "项目一", "项目二"],
             ["项目代码", pcode(731), pcode(732)],
             ["项目名称", "西镇石材加工项目", "西镇包装厂扩建项目"],
             ["建设性质", "新建", "扩建"],
             ["是否倍增重点项目", "是", "否"],
             ["计划总投资（万元）", 6000, 2000],
             ["是否纳统", "是", "否"],
             ["完成投资（万元）", 500, 100],
             ["累计完成（万元）", 2500, 400]]
    for r, row in enumerate(lines, 2):
        _put(ws, r, 1, row)
    path = folder / "西镇6月项目（竖排）.xlsx"
    wb.save(path)
    return path
