"""Round 18b: a NEW county's first month, end to end (凤鸣县, 金州市), its returns made by hand by clerks who never saw
beizeng's templates.

The county is set up as a real one would be (:func:`configure`): ``beizeng init`` through the real CLI, then its five
townships, five departments and the city's five counties typed into ``beizeng.toml``.  Nothing is in the warehouse
before: no history, so growth comes from the returns' own 上年同期 columns and the city comparison.

Every maker writes one June 2026 return into ``folder`` in its own clerk's style and returns its path; its
docstring says what a person reading it takes from it ("A reader takes: …").  龙门镇 sends no project return (it is
the one township ``status`` must name as missing).

The figures a county statistician checks by hand (万元 unless said; see tests/test_handmade_newcounty18.py):

- 规上工业总产值 Σ1-6月 = 30,000 + 8,000 + 12,500 + 4,600 + 6,900 + 2,000 = 64,000 万元 = 6.4 亿元; 上年同期
  24,000 + 8,500 + 11,000 + 3,000 + 7,200 + 1,800 = 55,500; 同比 = 64,000 ÷ 55,500 − 1 = 15.3153…%.
- 工业固投 (总投资 ≥ 500 万元 and 纳统): 凤城 4,200 + 1,500, 桃园 2,600, 石泉 7,400, 园区 3,800 = 19,500 = 1.95 亿元;
  技改 (改建和技术改造 or flagged, 纳统): 1,500 + 2,600 = 4,100 = 0.41 亿元.
- 重点项目 7 (P1 P2 P4 P5 P6 P8 P9), 开工 6 → 85.714…%, 纳统 5 → 71.428…%; 年度计划 37,000; 累计 20,800 →
  56.216…% of the plan, − 50 = 6.216… 个百分点.
- 招商: 5 contacted, 3 landed this year (总投资 98,000 = 9.8 亿元), 到位 19,500 = 1.95 亿元; 上半年任务 1.8 亿元.
- 目标: 产值 14 亿元 → 序时 7 亿元, 91.428…% of it, 45.714…% of the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from beizeng.base.identifiers import uscc_check_char

COUNTY = "凤鸣县"
CITY = "金州市"
CODE = "610830"
COUNTIES = ["凤鸣县", "金川区", "白水县", "石门县", "洛河县"]

#: What the county office types into beizeng.toml after ``beizeng init`` (README "Day to day", step 1).
SENDERS = """
[[townships]]
name = "凤城镇"
aliases = ["凤城镇人民政府"]

[[townships]]
name = "桃园镇"
aliases = ["桃园镇人民政府"]

[[townships]]
name = "石泉镇"
aliases = ["石泉镇人民政府"]

[[townships]]
name = "龙门镇"
aliases = ["龙门镇人民政府"]

[[townships]]
name = "凤鸣工业园区"
aliases = ["工业园区", "园区管委会", "凤鸣县工业园区管理委员会"]

[[departments]]
name = "统计局"
aliases = ["凤鸣县统计局"]
forms = ["enterprise_output", "city_comparison"]

[[departments]]
name = "工信局"
aliases = ["凤鸣县工信局", "凤鸣县工业和信息化局"]
forms = ["targets", "cultivation", "progress_notes"]

[[departments]]
name = "商务局"
aliases = ["凤鸣县商务局", "凤鸣县招商服务中心", "招商局"]
forms = ["attraction"]

[[departments]]
name = "自然资源局"
aliases = ["凤鸣县自然资源局"]
forms = ["factors"]

[[departments]]
name = "财政局"
aliases = ["凤鸣县财政局"]
forms = ["factors"]
"""


def uscc(n: int) -> str:
    first = f"91610830MAC{n:06d}"
    return first + uscc_check_char(first)


HS, QF, ZL, JT, HL, LY, TH, HY = (uscc(n) for n in (21, 22, 23, 24, 25, 26, 27, 28))


def pcode(n: int) -> str:
    return f"2601-610830-04-01-{510000 + n:06d}"


def _title(ws: Worksheet, text: str, width: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(size=14, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _row(ws: Worksheet, row: int, values: Sequence[object], col: int = 1) -> None:
    for c, v in enumerate(values, col):
        if v is not None:
            ws.cell(row, c, v)


def _header(ws: Worksheet, row: int, spec: Sequence[str | tuple[str, Sequence[str]]]) -> int:
    """Two header rows: a plain label merged down, (parent, children) merged across."""
    col = 1
    for item in spec:
        if isinstance(item, str):
            ws.cell(row, col, item)
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
            col += 1
        else:
            parent, children = item
            ws.cell(row, col, parent)
            if len(children) > 1:
                ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + len(children) - 1)
            for i, child in enumerate(children):
                ws.cell(row + 1, col + i, child)
            col += len(children)
    return col - 1


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 统计局
# ---------------------------------------------------------------------------------------------

def enterprise_output(folder: Path) -> Path:
    """统计局's 1-6月 规上 list: title, ``填报单位：凤鸣县统计局`` with ``单位：万元`` in the same row's last cell, a merged
    header 工业总产值 ▸ 本月 | 1-6月累计 | 上年同期, amounts typed as text with thousands separators, 战新 as √ or
    blank, 入规时间 as 2020年 / 2026年2月, a 备注 column and a 合计 row at the bottom.

    A reader takes: 2026-06, 6 enterprises, 1-6月 30,000 / 8,000 / 12,500 / 4,600 / 6,900 / 2,000 (64,000 万元 =
    6.4 亿元), 上年同期 55,500, 同比 15.3153…%; 战新 华晟光伏 and 锦泰新材料 (2 of 6, 34,600 万元 = 54.0625 %);
    one entered this year (锦泰新材料, 2026-02).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "凤鸣县2026年1-6月规模以上工业企业产值完成情况", 11)
    ws["A2"] = "填报单位：凤鸣县统计局"
    ws["K2"] = "单位：万元"
    _header(ws, 3, ["序号", "企业名称", "统一社会信用代码", "乡镇", "行业代码",
                    ("工业总产值", ["本月", "1-6月累计", "上年同期"]), "战新", "入规时间", "备注"])
    rows: list[list[object]] = [
        [1, "凤鸣华晟光伏科技有限公司", HS, "凤城镇", "3825", "5,200", "30,000", "24,000", "√", "2020年", None],
        [2, "凤鸣县秦丰食品有限公司", QF, "凤城镇", "1391", "1,400", "8,000", "8,500", None, "2018年", "订单减少"],
        [3, "金州中联建材有限公司", ZL, "桃园镇", "3021", "2,100", "12,500", "11,000", None, "2019年", None],
        [4, "凤鸣锦泰新材料有限公司", JT, "石泉镇", "2652", "1,300", "4,600", "3,000", "√", "2026年2月", "新入规"],
        [5, "凤鸣恒力机械有限公司", HL, "龙门镇", "3442", "1,150", "6,900", "7,200", None, "2017年", None],
        [6, "凤鸣绿源环保材料有限公司", LY, "工业园区", "2929", "350", "2,000", "1,800", None, "2021年", None],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    ws.cell(11, 1, "合计")
    ws.merge_cells("A11:B11")
    _row(ws, 11, ["11,500", "64,000", "55,500"], col=6)
    ws.cell(13, 1, "填表人：陈静    审核人：刘建国    联系电话：0917-3312345")
    return _save(wb, folder / "凤鸣县规上工业产值（1-6月）.xlsx")


#: 县区, 产值1-6月（亿元）, 产值增速, 增加值增速, 工业投资1-6月（亿元）, 工业投资增速, 技改1-6月, 技改上年同期, 技改增速
CITY_ROWS: list[list[object]] = [
    ["全市", 46.5, 10.2, 7.2, 14.1, 2.3, 3.41, 3.05, 11.8],
    ["凤鸣县", 6.4, 15.3, 7.9, 1.95, -4.2, 0.41, 0.35, 17.1],
    ["金川区", 18.5, 8.1, 8.3, 5.1, 5.5, 1.2, 1.05, 14.3],
    ["白水县", 9.2, 12.6, 6.5, 2.4, 9.8, 0.62, 0.66, -6.1],
    ["石门县", 7.3, 15.3, 7.0, 3.05, -6.0, 0.88, 0.7, 25.7],
    ["洛河县", 5.1, 4.4, 7.9, 1.6, 2.0, 0.3, 0.29, 3.4],
]


def city_comparison(folder: Path) -> Path:
    """The city bureau's table as the county's 统计局 forwards it: title ``2026年1-6月金州市各县区主要工业指标``, a
    merged header (规上工业总产值 ▸ 1-6月（亿元）| 增速（%）; 规上工业增加值增速（%）; 工业固定资产投资 ▸ 1-6月（亿元）|
    增速（%）; 技术改造投资 ▸ 1-6月（亿元）| 上年同期（亿元）| 增速（%）), the 全市 row first.

    A reader takes: 凤鸣县 产值增速 15.3 (tied with 石门县: 并列第1), 增加值增速 7.9 (tied with 洛河县 behind 金川区
    8.3: 并列第2), 全市 7.2; 工业投资增速 −4.2 (第4 of 9.8, 5.5, 2.0, −4.2, −6.0); 技改增速 17.1 (第2 after 25.7);
    全市技改 Σ3.41 ÷ Σ3.05 − 1 = 11.8033…%.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区对比"
    _title(ws, "2026年1-6月金州市各县区主要工业指标", 9)
    _header(ws, 2, ["县区", ("规上工业总产值", ["1-6月（亿元）", "增速（%）"]), "规上工业增加值增速（%）",
                    ("工业固定资产投资", ["1-6月（亿元）", "增速（%）"]),
                    ("技术改造投资", ["1-6月（亿元）", "上年同期（亿元）", "增速（%）"])])
    for r, values in enumerate(CITY_ROWS, 4):
        _row(ws, r, values)
    ws.cell(11, 1, "资料来源：金州市统计局")
    return _save(wb, folder / "金州市各县区主要工业指标对比2026年6月.xlsx")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships; 龙门镇 sends none)
# ---------------------------------------------------------------------------------------------

def fai_fengcheng(folder: Path) -> Path:
    """凤城镇: ``凤城镇2026年1-6月工业投资项目进展情况表``, ``填报单位（盖章）：凤城镇人民政府`` and ``填报日期：2026年7月3日``,
    a merged header 完成投资（万元）▸ 本月 | 1-6月累计, a 合计 row right under the header, 是/否 flags.

    A reader takes: 3 projects of 凤城镇: 华晟光伏组件二期 (扩建, 重点, 开工 2026-03-10, 纳统, 4,200), 秦丰食品智能化
    改造 (改建和技术改造, 重点, 纳统, 1,500), 标准化厂房 (总投资 450 < 500: not in 固投; not 纳统, 300).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "凤城镇2026年1-6月工业投资项目进展情况表", 13)
    ws["A2"] = "填报单位（盖章）：凤城镇人民政府"
    ws["J2"] = "填报日期：2026年7月3日"
    _header(ws, 3, ["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改", "是否重点项目", "总投资（万元）",
                    "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统",
                    ("完成投资（万元）", ["本月", "1-6月累计"])])
    _row(ws, 5, ["合计", None, None, None, None, None, 29050, 10450, None, None, None, 1300, 6000])
    rows: list[list[object]] = [
        [pcode(1), "华晟光伏组件二期项目", "凤城镇", "扩建", "否", "是", 25000, 8000, "是", dt.date(2026, 3, 10), "是",
         900, 4200],
        [pcode(2), "秦丰食品生产线智能化改造项目", "凤城镇", "改建和技术改造", "是", "是", 3600, 2000, "是",
         dt.date(2026, 4, 1), "是", 300, 1500],
        [pcode(3), "凤城镇小微企业标准化厂房项目", "凤城镇", "新建", "否", "否", 450, 450, "是", dt.date(2026, 5, 6), "否",
         100, 300],
    ]
    for r, values in enumerate(rows, 6):
        _row(ws, r, values)
        ws.cell(r, 10).number_format = "yyyy-mm-dd"
    ws.cell(10, 1, "填报人：王芳   联系电话：13909170011")
    return _save(wb, folder / "凤城镇6月项目.xlsx")


def fai_taoyuan(folder: Path) -> Path:
    """桃园镇: amounts in 亿元 (``单位：亿元`` on its own row), no 所属乡镇 column (the sender is the township), flags
    as √/×, dates 2026.2.20, a 备注 column.

    A reader takes: 2 projects of 桃园镇: 中联建材墙材扩能 (扩建 but flagged 技改 √, 重点, 开工, 纳统, 1-6月 2,600 万元,
    年度计划 6,000), 冷链仓储 (重点, 未开工, 未纳统, 0, 年度计划 3,000).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "桃园镇"
    _title(ws, "桃园镇工业固定资产投资项目月报（2026年1-6月）", 12)
    ws["A2"] = "单位：亿元"
    _row(ws, 3, ["序号", "项目代码", "项目名称", "建设性质", "技改", "倍增重点项目", "计划总投资", "年度计划投资",
                 "开工", "开工日期", "纳统", "本月完成投资", "1-6月累计完成投资", "备注"])
    _row(ws, 4, [1, pcode(4), "中联建材新型墙材扩能项目", "扩建", "√", "√", 1.8, 0.6, "√", "2026.2.20", "√", 0.05, 0.26,
                 "含技改设备"])
    _row(ws, 5, [2, pcode(5), "桃园镇农副产品冷链仓储项目", "新建", "×", "√", 0.9, 0.3, "×", None, "×", 0, 0,
                 "计划8月开工"])
    ws.cell(7, 1, "分管领导：赵磊      填表：孙丽")
    return _save(wb, folder / "桃园镇1-6月固投项目.xlsx")


def fai_shiquan(folder: Path) -> Path:
    """石泉镇: the clerk's own words (项目编码 | 建设项目名称 | 所在乡镇 | 性质 | …), 开工情况 as 已开工, 纳统 as 已纳统 /
    入库中, amounts as text with thousands separators, 单位 said in the title.

    A reader takes: 2 projects of 石泉镇: 锦泰新材料2万吨改性材料 (新建, 重点, 开工, 纳统, 7,400, 年度计划 10,000),
    锦泰配套仓储技改 (改建和技术改造, not 重点, 开工, 入库中 = not 纳统, 600).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    _title(ws, "石泉镇工业项目投资完成情况（2026年1-6月，单位：万元）", 12)
    _row(ws, 2, ["项目编码", "建设项目名称", "所在乡镇", "性质", "是否技改项目", "是否倍增重点项目", "项目总投资",
                 "本年计划投资", "开工情况", "开工时间", "是否入库", "当月完成投资", "今年以来累计完成投资"])
    _row(ws, 3, [pcode(6), "锦泰新材料年产2万吨改性材料项目", "石泉镇", "新建", "否", "是", "32,000", "10,000", "已开工",
                 "2026年1月15日", "已纳统", "1,800", "7,400"])
    _row(ws, 4, [pcode(7), "锦泰配套仓储技改项目", "石泉镇", "技改", "是", "否", "1,200", "800", "已开工", "2026年4月20日",
                 "入库中", "200", "600"])
    ws.cell(6, 1, "填报人：周强")
    return _save(wb, folder / "石泉镇项目投资2026.6.xlsx")


def fai_yuanqu(folder: Path) -> Path:
    """凤鸣工业园区: title ``凤鸣县工业园区管理委员会 工业投资项目统计表``, the period in a row of its own
    (``统计时段：2026年1-6月``), the unit in a row under the header ((万元) under each amount), a 合计 row at the bottom.

    A reader takes: 3 projects of 凤鸣工业园区: 标准化厂房三期 (新建, 重点, 开工, 纳统, 3,800), 恒力机械数控设备更新改造
    (改建和技术改造, 重点, 开工, 入库中 = not 纳统, 1,300, 年度计划 3,000), 污水预处理站 (其他, not 重点, 未开工, 0).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "凤鸣县工业园区管理委员会 工业投资项目统计表", 13)
    ws["A2"] = "统计时段：2026年1-6月"
    _row(ws, 3, ["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
                 "年度计划投资", "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"])
    _row(ws, 4, [None, None, None, None, None, None, "（万元）", "（万元）", None, None, None, "（万元）", "（万元）"])
    rows: list[list[object]] = [
        [pcode(8), "园区标准化厂房三期项目", "凤鸣工业园区", "新建", "否", "是", 15000, 5000, "是", "2026-03-01", "是",
         1000, 3800],
        [pcode(9), "恒力机械数控设备更新改造项目", "凤鸣工业园区", "改建和技术改造", "是", "是", 5000, 3000, "是",
         "2026-05-15", "入库中", 700, 1300],
        [pcode(10), "园区污水预处理站项目", "凤鸣工业园区", "其他", "否", "否", 2000, 1000, "否", None, "否", 0, 0],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    _row(ws, 8, ["合计", None, None, None, None, None, 22000, 9000, None, None, None, 1700, 5100])
    return _save(wb, folder / "园区管委会报表6月.xlsx")


# ---------------------------------------------------------------------------------------------
# 工信局
# ---------------------------------------------------------------------------------------------

def cultivation(folder: Path) -> Path:
    """工信局's 企业培育台账: title, ``报送单位：凤鸣县工业和信息化局``, one row per enterprise and type, 类型 written
    小巨人 / 高企 / 科小-ish words the schema knows (小巨人, 高新技术企业, 科技型中小企业), 奖补资金（万元）.

    A reader takes: 1 小巨人 (华晟光伏, 已认定 2026-05-20), 1 高企 申报中 (秦丰食品), 2 科技型中小企业 已入库 (绿源环保,
    恒力机械), 技改奖励资金 申报中 for 中联建材 80 万元, 2 拟入规 (泰和农业 申报中, 宏远包装 培育中), 1 绿色工厂 培育中.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "凤鸣县2026年重点企业培育台账（截至6月底）", 9)
    ws["A2"] = "报送单位：凤鸣县工业和信息化局"
    _row(ws, 3, ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金（万元）",
                 "包联领导"])
    rows: list[list[object]] = [
        [1, "凤鸣华晟光伏科技有限公司", HS, "凤城镇", "小巨人", "已认定", "2026-05-20", None, "李明"],
        [2, "凤鸣县秦丰食品有限公司", QF, "凤城镇", "高新技术企业", "申报中", "2026-06-10", None, "王刚"],
        [3, "凤鸣绿源环保材料有限公司", LY, "凤鸣工业园区", "科技型中小企业", "已入库", "2026-04-10", None, "张华"],
        [4, "凤鸣恒力机械有限公司", HL, "龙门镇", "科技型中小企业", "已入库", "2026-03-18", None, "张华"],
        [5, "金州中联建材有限公司", ZL, "桃园镇", "技改奖励资金", "申报中", "2026-06-05", 80, "王刚"],
        [6, "凤鸣泰和农业科技有限公司", TH, "桃园镇", "拟入规", "申报中", "2026-06-25", None, "李明"],
        [7, "凤鸣县宏远包装有限公司", HY, "石泉镇", "拟入规", "培育中", None, None, "赵磊"],
        [8, "金州中联建材有限公司", ZL, "桃园镇", "绿色工厂", "培育中", None, None, "王刚"],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    return _save(wb, folder / "企业培育台账6月.xlsx")


def targets(folder: Path) -> Path:
    """工信局's targets: ``凤鸣县2026年工业倍增计划目标任务``, columns 指标名称 | 单位 | 全年目标 | 上半年 | 备注 (no 年度,
    no codes), the 到位资金 target split by half-year only.

    A reader takes: 2026 targets: 规上工业总产值 14 亿元, 规上工业增加值增速 8 %, 工业固定资产投资增速 10 %, 技术改造投资增速
    15 %, 新增规上工业企业 4 户, 战略性新兴产业产值占比 50 %, 绿色工厂 1 个, 招商引资到位资金 4 亿元 (上半年 1.8).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026目标"
    _title(ws, "凤鸣县2026年工业倍增计划目标任务", 5)
    _row(ws, 2, ["指标名称", "单位", "全年目标", "上半年", "备注"])
    rows: list[list[object]] = [
        ["规上工业总产值", "亿元", 14, None, None],
        ["规上工业增加值增速", "%", 8, None, None],
        ["工业固定资产投资增速", "%", 10, None, None],
        ["技术改造投资增速", "%", 15, None, None],
        ["新增规上工业企业", "户", 4, None, None],
        ["战略性新兴产业产值占比", "%", 50, None, None],
        ["绿色工厂", "个", 1, None, None],
        ["招商引资到位资金", "亿元", 4, 1.8, "按季度考核"],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    return _save(wb, folder / "2026年目标任务.xlsx")


def progress_notes(folder: Path) -> Path:
    """工信局's 重点工作进展: 章节 written 6-①, 6-②, 二、1, 三、1; 标题; 内容; 完成进度 as 85% text.

    A reader takes: 4 items, 61 / 62 / 二1 / 三1; 61 标准化厂房 with 完成进度 85.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进展"
    _title(ws, "凤鸣县工业倍增重点工作进展情况（2026年6月）", 5)
    _row(ws, 2, ["章节", "标题", "内容", "数字指标", "完成进度"])
    _row(ws, 3, ["6-①", "标准化厂房建设提速", "园区标准化厂房三期主体完工，总体进度达到85%。", "标准化厂房建设进度", "85%"])
    _row(ws, 4, ["6-②", "园区道路建设", "园区纬二路完成路基施工。", None, None])
    _row(ws, 5, ["二、1", "工业基础薄弱", "全县规上工业企业数量少、规模小。", None, None])
    _row(ws, 6, ["三、1", "强化调度", "坚持月调度、季点评。", None, None])
    return _save(wb, folder / "重点工作进展6月.xlsx")


# ---------------------------------------------------------------------------------------------
# 商务局, 自然资源局, 财政局
# ---------------------------------------------------------------------------------------------

def attraction(folder: Path) -> Path:
    """商务局's 招商 ledger: title, ``单位：万元`` under it, stage words 已开工 / 已落地 / 已签约 / 洽谈中 / 已投产,
    dates in 2026年5月8日 style, a 合计 row at the bottom.

    A reader takes: 5 projects this year: 储能电池 (开工, 60,000, 到位 12,000, 落户 2026-02-15), 富硒茶饮料 (落户 8,000,
    到位 1,500), 装配式建材 (签约 20,000), 装备零部件 (对接 15,000), 化工中间体 (投产 30,000, 到位 6,000, 落户
    2026-01-20): 3 landed, 98,000 万元 = 9.8 亿元, 到位 19,500 万元 = 1.95 亿元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "凤鸣县2026年工业招商引资项目推进台账（截至6月30日）", 11)
    ws["A2"] = "单位：万元"
    _row(ws, 3, ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期",
                 "开工日期", "投产日期", "总投资", "本年到位资金"])
    rows: list[list[object]] = [
        [1, "华晟光伏储能电池项目", "华晟新能源集团", "光伏新能源", "凤城镇", "已开工", "2026年1月5日", "2026年1月28日",
         "2026年2月15日", "2026年4月10日", None, 60000, 12000],
        [2, "秦岭富硒茶饮料项目", "西安秦岭饮品有限公司", "涉农加工", "桃园镇", "已落地", "2026年3月2日", "2026年4月16日",
         "2026年5月8日", None, None, 8000, 1500],
        [3, "新型装配式建材项目", "陕西筑联建材有限公司", "新型建材", "石泉镇", "已签约", "2026年4月20日", "2026年6月12日",
         None, None, None, 20000, None],
        [4, "高端装备零部件项目", "苏州精工科技有限公司", "装备制造", None, "洽谈中", "2026年5月18日", None, None, None, None,
         15000, None],
        [5, "精细化工中间体项目", "宁夏瑞泰化工有限公司", "精细化工", "凤鸣工业园区", "已投产", "2026年1月3日",
         "2026年1月12日", "2026年1月20日", "2026年3月1日", "2026年6月20日", 30000, 6000],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    _row(ws, 9, ["合计", None, None, None, None, None, None, None, None, None, None, 133000, 19500])
    return _save(wb, folder / "招商引资台账（6月）.xlsx")


def land(folder: Path) -> Path:
    """自然资源局: ``凤鸣县2026年工业用地供应情况``, one row per parcel, 面积（亩）, 成交价款（万元）, dates 2026/3/12.

    A reader takes: 3 parcels of 工业用地供应, 32.5 + 18.26 + 45 = 95.76 亩.
    """
    folder.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "凤鸣县2026年1-6月工业用地供应情况", 8)
    _row(ws, 2, ["序号", "事项", "宗地编号", "地块名称", "所属乡镇", "供地面积（亩）", "成交价款（万元）", "日期"])
    _row(ws, 3, [1, "工业用地供应", "610830-2026-001", "华晟光伏储能电池项目用地", "凤城镇", 32.5, 975, "2026/3/12"])
    _row(ws, 4, [2, "工业用地供应", "610830-2026-002", "秦岭富硒茶饮料项目用地", "桃园镇", 18.26, 547.8, "2026/5/20"])
    _row(ws, 5, [3, "工业用地供应", "610830-2026-003", "园区标准化厂房三期用地", "凤鸣工业园区", 45, 1350, "2026/6/18"])
    _row(ws, 6, ["合计", None, None, None, None, 95.76, 2872.8, None])
    return _save(wb, folder / "工业用地供应2026年6月.xlsx")


def funds(folder: Path) -> Path:
    """财政局: ``凤鸣县工业发展资金和倍增基金情况表（2026年1-6月）``, 事项 | 摘要 | 所属季度 | 金额（万元） | 日期, 季度
    written 一季度 / 二季度.

    A reader takes: 上划市工业倍增发展基金 150 (一季度) + 180 (二季度) = 330 万元; 工业发展资金筹集 2,000; 拨付 1,200.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金"
    _title(ws, "凤鸣县工业发展资金和倍增基金情况表（2026年1-6月）", 5)
    _row(ws, 2, ["事项", "摘要", "所属季度", "金额（万元）", "日期"])
    _row(ws, 3, ["上划市工业倍增发展基金", "一季度经营性土地出让收入上划", "一季度", 150, dt.date(2026, 4, 8)])
    _row(ws, 4, ["上划市工业倍增发展基金", "二季度经营性土地出让收入上划", "二季度", 180, dt.date(2026, 6, 28)])
    _row(ws, 5, ["工业发展资金筹集", "县政府常务会议决定筹集", None, 2000, dt.date(2026, 3, 16)])
    _row(ws, 6, ["工业发展资金拨付", "标准化厂房入驻奖补", None, 1200, dt.date(2026, 5, 22)])
    for r in range(3, 7):
        ws.cell(r, 5).number_format = "yyyy-mm-dd"
    return _save(wb, folder / "财政局资金情况6月.xlsx")


def land_resent(folder: Path) -> Path:
    """自然资源局's land list sent again as the feedback asked: the same table with ``填报单位：凤鸣县自然资源局`` under the
    title (a few days later, after the first run).

    A reader takes: the same 3 parcels, 95.76 亩, from 自然资源局.
    """
    wb = openpyxl.load_workbook(land(folder / "_draft"))
    ws = wb.active
    ws.insert_rows(2)
    ws["A2"] = "填报单位：凤鸣县自然资源局"
    (folder / "_draft" / "工业用地供应2026年6月.xlsx").unlink()
    (folder / "_draft").rmdir()
    return _save(wb, folder / "工业用地供应2026年6月（自然资源局）.xlsx")


def fai_longmen(folder: Path) -> Path:
    """龙门镇, late (after the first run): the table drawn from B2 (A column and row 1 empty), title in B2, ``填报单位：
    龙门镇人民政府  单位：万元`` in one cell, a ``总  计`` row right under the header, dates as 2026年4月18日.

    A reader takes: 2 projects of 龙门镇: 恒力机械二期厂房 (新建, 重点, 开工, 纳统, 年度计划 2,500, 1-6月 1,900),
    石材加工技改 (改建和技术改造, not 重点, 开工, 纳统, 820).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "龙门镇"
    ws.cell(2, 2, "龙门镇2026年1-6月工业固定资产投资项目月报").font = Font(size=14, bold=True)
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=14)
    ws.cell(3, 2, "填报单位：龙门镇人民政府        单位：万元")
    _row(ws, 4, ["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
                 "年度计划投资", "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"], col=2)
    _row(ws, 5, ["总  计", None, None, None, None, None, 9500, 3500, None, None, None, 750, 2720], col=2)
    _row(ws, 6, [pcode(11), "恒力机械二期厂房项目", "龙门镇", "新建", "否", "是", 8000, 2500, "是", "2026年4月18日", "是",
                 600, 1900], col=2)
    _row(ws, 7, [pcode(12), "龙门镇石材加工技改项目", "龙门镇", "改建和技术改造", "是", "否", 1500, 1000, "是",
                 "2026年2月10日", "是", 150, 820], col=2)
    return _save(wb, folder / "龙门镇6月报表（补报）.xlsx")


ALL: list[Callable[[Path], Path]] = [enterprise_output, city_comparison, fai_fengcheng, fai_taoyuan, fai_shiquan,
                                      fai_yuanqu, cultivation, targets, progress_notes, attraction, land, funds]


LATE: list[Callable[[Path], Path]] = [land_resent, fai_longmen]


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder) for make in ALL]


def configure_text(text: str) -> str:
    """The beizeng.toml ``beizeng init`` wrote, with the city's counties and the senders typed in."""
    text = text.replace(f'counties = ["{COUNTY}"]', "counties = [" + ", ".join(f'"{c}"' for c in COUNTIES) + "]")
    head, sep, _ = text.partition("# 填报乡镇（街道、经开区）")
    assert sep, "beizeng init no longer writes the townships section where expected"
    return head + SENDERS
