"""Hand-made returns, round 7: a NEW county (岚山县, 汉阳市) whose clerks never saw beizeng's templates.

The county is configured the way README says a new one is: ``beizeng init``, then its townships, departments and
the city's counties typed into ``beizeng.toml`` (:func:`configure`).  It is in its first year: nothing in the
warehouse.  Its clerks make their returns by hand in styles unlike tests/handmade/make.py, layouts6.py and
values6.py: their own column order and wording (单位名称 / 企业, 本年累计 / 1-6月 / 截至6月底累计, 比上年同期±%),
titles with the county's name, two-row headers with 其中 children, subtotal rows per township, a 备注 column,
amounts typed as text with 万 / 亿 in the cell, months written 2026年6月, code columns of 统一社会信用代码, .xls
files saved as .xls (另存为 Excel 97-2003), hidden helper columns and last month's sheet kept second.

Every function writes one return into ``folder`` and returns its path; its docstring says what a person reading
the return takes from it ("A reader takes: …").  Returns of 2026-05 stand beside those of 2026-06 so that the
whole folder (:func:`write_all`) is one consistent county: one return per form, sender and period (the two
targets tables carry the same targets in two styles).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from beizeng.base.identifiers import uscc_check_char
from tests.handmade.cells import as_xls
from tests.handmade.cells import save as _save

D = dt.date

#: What the county office types into beizeng.toml after ``beizeng init`` (README "Day to day", step 1).
SENDERS = """
[[townships]]
name = "城关镇"
aliases = ["城关镇人民政府"]

[[townships]]
name = "柳林镇"
aliases = ["柳林镇人民政府"]

[[townships]]
name = "马畅镇"
aliases = ["马畅镇人民政府"]

[[townships]]
name = "岚山经开区"
aliases = ["经开区", "岚山县经济技术开发区", "岚山县经济技术开发区管委会"]

[[departments]]
name = "统计局"
aliases = ["岚山县统计局"]
forms = ["enterprise_output", "city_comparison"]

[[departments]]
name = "工信局"
aliases = ["岚山县工信局", "岚山县工业和信息化局", "县工信局"]
forms = ["targets", "cultivation", "progress_notes"]

[[departments]]
name = "投资促进局"
aliases = ["岚山县投资促进局", "投促局", "招商局"]
forms = ["attraction"]

[[departments]]
name = "自然资源局"
aliases = ["岚山县自然资源局"]
forms = ["factors"]

[[departments]]
name = "财政局"
aliases = ["岚山县财政局"]
forms = ["factors"]
"""

COUNTIES = ["岚山县", "汉台区", "南郑区", "城固县", "洋县", "西乡县"]


def configure(root: Path) -> Path:
    """``beizeng init --county 岚山县 --code 610727 --city 汉阳市`` in ``root``, then the senders and the city's
    counties as the county office types them (the init's sample 城关镇 and its two departments replaced)."""
    from typer.testing import CliRunner

    from beizeng.cli.main import app

    result = CliRunner().invoke(app, ["init", "--dir", str(root), "--county", "岚山县", "--code", "610727",
                                      "--city", "汉阳市"])
    assert result.exit_code == 0, result.output
    path = root / "beizeng.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('counties = ["岚山县"]', "counties = [" + ", ".join(f'"{c}"' for c in COUNTIES) + "]")
    head, sep, _ = text.partition("# 填报乡镇（街道、经开区）")
    assert sep, "beizeng init no longer writes the townships section where expected"
    path.write_text(head + SENDERS, encoding="utf-8")
    return path


def uscc(n: int) -> str:
    first = f"91610727MAB{n:06d}"
    return first + uscc_check_char(first)


#: The county's enterprises (统一社会信用代码).
QH, TR, LF, HT, HD, QY, XY, XH, HK = (uscc(n) for n in (11, 12, 13, 14, 15, 16, 17, 18, 19))


def pcode(n: int, ym: str = "2601") -> str:
    return f"{ym}-610727-04-01-{300000 + n:06d}"


def _title(ws: Worksheet, text: str, width: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(size=15, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _row(ws: Worksheet, row: int, values: Sequence[object], col: int = 1) -> None:
    for c, v in enumerate(values, col):
        if v is not None:
            ws.cell(row, c, v)


def _two_row_header(ws: Worksheet, row: int, spec: list[str | tuple[str, list[str]]]) -> int:
    """A two-row header: a plain label is merged down over both rows, (parent, children) merged across.
    Returns the number of columns."""
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


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

def ent_two_row_header_township_subtotals(folder: Path) -> Path:
    """统计局's 1-6月 table: title with the county's name, ``填报单位：岚山县统计局（盖章）`` and ``计量单位：万元、%``,
    a two-row header (工业总产值（当年价） ▸ 6月 | 1-6月 | 上年同期 | 比上年同期±%; 营业收入 ▸ 1-6月), the
    enterprise under 单位名称, township under 所属镇办, 入规时间 written 2019年 / 2026年3月, a 全县合计 row at the
    top, a ``××镇小计`` row after each township's enterprises, and a 备注 column.

    A reader takes: 2026-06, 5 enterprises (the 合计 and 小计 rows are not enterprises): 1-6月 23,450.5 / 6,320 /
    11,800 / 17,200 / 5,400 (sum 64,170.5 万元 = 6.41705 亿元), 上年同期 sum 54,700, 6月 sum 11,550, 营业收入 sum
    66,500; 战新 秦汉光电 and 恒通新材料 (2 enterprises, 40,650.5 万元); one entered this year (天瑞食品,
    2026年3月); 城关镇 29,770.5, 柳林镇 29,000, 马畅镇 5,400.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-6月"
    _title(ws, "岚山县2026年1-6月规模以上工业企业主要指标完成情况表", 13)
    ws["A2"] = "填报单位：岚山县统计局（盖章）"
    ws["K2"] = "计量单位：万元、%"
    _two_row_header(ws, 3, ["序号", "单位名称", "统一社会信用代码", "所属镇办", "行业代码",
                            ("工业总产值（当年价）", ["6月", "1-6月", "上年同期", "比上年同期±%"]),
                            ("营业收入", ["1-6月"]), "是否战略性新兴产业", "入规时间", "备注"])
    rows: list[list[object]] = [
        ["", "全县合计", None, None, None, 11550, 64170.5, 54700, 17.3, 66500, None, None, None],
        [1, "岚山秦汉光电科技有限公司", QH, "城关镇", "3825", 4200, 23450.5, 19800, 18.4, 24100, "是", "2019年", None],
        [2, "岚山县天瑞食品有限公司", TR, "城关镇", "1399", 1100, 6320, 6900, -8.4, 6500, "否", "2026年3月", "新入规"],
        ["", "城关镇小计", None, None, None, 5300, 29770.5, 26700, 11.5, 30600, None, None, None],
        [3, "陕西岚峰建材有限公司", LF, "柳林镇", "3021", 2050, 11800, 10400, 13.5, 12300, "否", "2021年6月", None],
        [4, "岚山恒通新材料有限公司", HT, "柳林镇", "2652", 3300, 17200, 12500, 37.6, 18000, "是", "2025年12月", "扩产"],
        ["", "柳林镇小计", None, None, None, 5350, 29000, 22900, 26.6, 30300, None, None, None],
        [5, "汉阳宏达机械制造有限公司", HD, "马畅镇", "3442", 900, 5400, 5100, 5.9, 5600, "否", "2018年", None],
        ["", "马畅镇小计", None, None, None, 900, 5400, 5100, 5.9, 5600, None, None, None],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    ws.cell(15, 1, "审核人：周敏          填表人：李娜          联系电话：0916-5521234")
    return _save(wb, folder / "岚山县规上工业企业主要指标（2026年1-6月）.xlsx")


def ent_xls_code_and_name_hidden_helper(folder: Path) -> Path:
    """The bureau's May return saved as .xls (另存为 Excel 97-2003): the industry written code and name in one cell
    (``C3825 光伏设备及元器件制造``), headers 企业 / 社会信用代码 / 本年累计 / 去年同期 / 增减% / 当月, a hidden
    helper column 1-4月累计（辅助） between 当月 and 营业收入 (the clerk's 当月 = 累计 − that), 战新 as √ or blank,
    and the period only in the title (``2026年5月``).

    A reader takes: 2026-05, 7 enterprises, 本年累计 19,100 / 5,180 / 9,720 / 13,800 / 4,480 / 2,150 / 3,060
    (sum 57,490 万元 = 5.749 亿元), 去年同期 sum 49,500, 当月 sum 12,790; 2 战新 (秦汉光电, 恒通新材料);
    清源水务 (D4610) and 鑫源矿业 (B0810) are industrial too; the hidden helper is not a figure of the form.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "岚山县规上工业企业产值月报（2026年5月）", 11)
    _row(ws, 3, ["企业", "社会信用代码", "乡镇", "国民经济行业", "战新", "本年累计", "去年同期", "增减%", "当月",
                 "1-4月累计（辅助）", "营业收入累计"])
    rows: list[list[object]] = [
        ["岚山秦汉光电科技有限公司", QH, "城关镇", "C3825 光伏设备及元器件制造", "√", 19100, 16500, 15.8, 4000, 15100, 19600],
        ["岚山县天瑞食品有限公司", TR, "城关镇", "C1399 其他农副食品加工", None, 5180, 5800, -10.7, 1050, 4130, 5300],
        ["陕西岚峰建材有限公司", LF, "柳林镇", "C3021 水泥制品制造", None, 9720, 8600, 13.0, 1900, 7820, 10100],
        ["岚山恒通新材料有限公司", HT, "柳林镇", "C2652 合成纤维单（聚合）体制造", "√", 13800, 10300, 34.0, 2900, 10900, 14400],
        ["汉阳宏达机械制造有限公司", HD, "马畅镇", "C3442 泵及真空设备制造", None, 4480, 4300, 4.2, 880, 3600, 4600],
        ["岚山县清源水务有限公司", QY, "岚山经开区", "D4610 自来水生产和供应", None, 2150, 1900, 13.2, 430, 1720, 2200],
        ["岚山鑫源矿业有限公司", XY, "马畅镇", "B0810 铁矿采选", None, 3060, 2100, 45.7, 1630, 1430, 3100],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    ws.column_dimensions["J"].hidden = True
    return as_xls(wb, folder / "统计局5月产值.xls")


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

def city_two_row_header_with_positions(folder: Path) -> Path:
    """The city bureau's bulletin as the county bureau forwards it: title ``汉阳市2026年1-6月各县区主要工业经济指标
    完成情况``, a two-row header — 规模以上工业总产值 ▸ 绝对额（亿元） | 比上年同期±% | 位次; 规上工业增加值 ▸
    比上年同期±% | 位次; 工业投资 ▸ 比上年同期±% | 位次; 其中：技改投资 ▸ 比上年同期±% | 位次 — the 全市 row first
    with "—" for its positions.

    A reader takes: 2026-06, 全市 and 6 counties; 岚山县: 总产值 6.42 亿元 (64,200 万元), +17.3 %, 增加值 +8.4 %
    (2nd of 6), 工业投资 −3.5 % (5th), 技改投资 +25.0 % (1st); 全市 增加值 +7.2 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区对比"
    _title(ws, "汉阳市2026年1-6月各县区主要工业经济指标完成情况", 10)
    _two_row_header(ws, 2, ["县区", ("规模以上工业总产值", ["绝对额（亿元）", "比上年同期±%", "位次"]),
                            ("规上工业增加值", ["比上年同期±%", "位次"]), ("工业投资", ["比上年同期±%", "位次"]),
                            ("其中：技改投资", ["比上年同期±%", "位次"])])
    rows: list[list[object]] = [
        ["全市", 612.4, 9.1, "—", 7.2, "—", 6.5, "—", 12.3, "—"],
        ["岚山县", 6.42, 17.3, 1, 8.4, 2, -3.5, 5, 25.0, 1],
        ["汉台区", 210.5, 8.2, 4, 6.9, 4, 9.8, 2, 10.1, 4],
        ["南郑区", 150.3, 6.5, 5, 7.5, 3, 12.4, 1, 8.0, 5],
        ["城固县", 98.6, 10.2, 2, 9.1, 1, 4.2, 3, 15.6, 2],
        ["洋县", 56.1, 9.0, 3, 5.8, 5, 1.1, 4, 11.2, 3],
        ["西乡县", 32.7, 4.1, 6, 4.4, 6, -6.0, 6, -2.3, 6],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    ws.cell(12, 1, "资料来源：汉阳市统计局")
    return _save(wb, folder / "全市县区对比（1-6月）.xlsx")


def city_short_names_percent_text_total_last(folder: Path) -> Path:
    """The May ranking sheet typed by the county bureau: counties written short (岚山, 汉台, 南郑, 城固, 西乡 — as
    the bulletin prints them), ``地区`` for the county column, every rate typed as text ``8.5%``, 洋县's 技改 "—"
    (not published), the city row ``全 市`` LAST, a 备注 column, amounts in 万元 with thousands separators as text.

    A reader takes: 2026-05, 6 counties + 全市; 岚山县: 总产值 51,230 万元, +15.2 %, 增加值 +8.1 % (2nd), 工业固投
    −4.0 % (5th), 技改 +22.5 % (1st, 洋县 unknown); 全市 增加值 +7.0 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月"
    _title(ws, "1-5月全市工业主要指标排序表", 8)
    _row(ws, 2, ["序号", "地区", "规上工业总产值（万元）", "增速", "规上工业增加值增速", "工业固定资产投资增速",
                 "技改投资增速", "备注"])
    rows: list[list[object]] = [
        [1, "汉台", "172,300", "8.0%", "6.6%", "10.5%", "9.7%", None],
        [2, "南郑", "124,800", "6.1%", "7.7%", "13.0%", "7.5%", None],
        [3, "城固", "81,900", "9.8%", "8.8%", "3.9%", "14.9%", None],
        [4, "洋县", "46,600", "8.7%", "5.5%", "0.8%", "—", "技改投资未发布"],
        [5, "西乡", "27,100", "3.9%", "4.0%", "-6.4%", "-2.0%", None],
        [6, "岚山", "51,230", "15.2%", "8.1%", "-4.0%", "22.5%", None],
        [None, "全 市", "503,930", "8.7%", "7.0%", "6.9%", "11.8%", "增加值增速按可比价计算"],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    return _save(wb, folder / "县区工业指标排序2026年5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目月报 (townships)
# ---------------------------------------------------------------------------------------------

def fai_chengguan_qizhong_children(folder: Path) -> Path:
    """城关镇's table: ``填报单位：城关镇人民政府`` and ``单位：万元``, a two-row header whose children include
    ``其中：2026年计划投资`` under 投资规模 and 6月 | 1-6月累计 under 完成投资, 开工情况 ▸ 是否开工 | 开工时间 with
    months written ``2026年3月``, 建设性质 shortened (技改, 改建), "—" for a project not started, no 所属乡镇
    column (the township is the sender), 是否入库 for 纳统, and a 备注 column.

    A reader takes: 2026-06, 城关镇, 4 projects; 计划总投资 32,000 / 4,800 / 12,000 / 380; 本年计划 9,000 / 2,000 /
    3,000 / 380; 1-6月累计 5,400 / 1,650 / 0 / 380; 工业固投 (≥500万元 and 入库) 5,400 + 1,650 = 7,050 万元
    (0.705 亿元), 技改 1,650 (0.165 亿元); 重点项目 2 (二期扩建, 墙材), 1 started (50 %), 1 入库 (50 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "城关镇"
    _title(ws, "城关镇2026年1-6月工业固定资产投资项目进展情况表", 14)
    ws["A2"] = "填报单位：城关镇人民政府"
    ws["M2"] = "单位：万元"
    _two_row_header(ws, 3, ["序号", "项目名称", "项目代码", "建设性质",
                            ("投资规模", ["计划总投资", "其中：2026年计划投资"]),
                            ("开工情况", ["是否开工", "开工时间"]), ("完成投资", ["6月", "1-6月累计"]),
                            "是否入库", "是否倍增重点项目", "是否技改", "备注"])
    rows: list[list[object]] = [
        [1, "岚山秦汉光电二期扩建项目", pcode(101), "扩建", 32000, 9000, "是", "2026年3月", 1200, 5400, "是", "是", "否",
         "按计划推进"],
        [2, "天瑞食品冷链技改项目", pcode(102, "2512"), "技改", 4800, 2000, "是", "2025年11月", 300, 1650, "是", "否",
         "是", None],
        [3, "城关镇新型墙材生产线项目", pcode(103, "2604"), "新建", 12000, 3000, "否", None, "—", "—", "否", "是", "否",
         "计划7月开工"],
        [4, "小型农机维修点改造", pcode(104, "2603"), "改建", 380, 380, "是", "2026年4月", 60, 380, "否", "否", "是",
         "投资额不足500万元"],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    ws.cell(10, 1, "填报人：陈刚    分管领导：刘涛    联系电话：13909161234")
    return _save(wb, folder / "城关镇6月固投项目.xlsx")


def fai_liulin_amounts_with_units_hidden_helper(folder: Path) -> Path:
    """柳林镇's own list: title without a date and the date in the next line (``截止时间：2026年6月30日``), its own
    order (建设地点 and 建设内容及规模 before the money, the 项目代码 after it), amounts typed as text with the unit
    in the cell (``1.5亿``, ``8000万``, ``6000万元``, ``5000万``) or bare (``1,250``), the month beside the year
    (``截至6月底累计完成`` then ``其中：6月完成``), a hidden helper column 上月累计（辅助） and a 合计 row.

    A reader takes: 2026-06, 柳林镇, 3 projects; 总投资 15,000 / 8,000 / 6,000 万元; 今年计划 5,000 / 3,000 / 2,000;
    累计 2,300 / 1,250 / 0; 6月 400 / 250 / 0; 工业固投 3,550 万元 (0.355 亿元), 技改 1,250 (0.125 亿元); 重点项目 2,
    both started and 纳统 (100 %, 100 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "柳林镇重点工业项目推进情况统计表", 17)
    ws["A2"] = "截止时间：2026年6月30日"
    _row(ws, 3, ["序号", "项目名称", "建设地点", "建设内容及规模", "总投资", "今年计划", "截至6月底累计完成",
                 "其中：6月完成", "项目代码", "性质", "技改", "重点", "开工", "开工日期", "纳统", "上月累计（辅助）",
                 "备注"])
    rows: list[list[object]] = [
        [1, "恒通新材料年产2万吨纤维项目", "柳林镇石门村", "新建生产线2条", "1.5亿", "5000万", "2300万", "400万",
         pcode(201, "2602"), "新建", "否", "是", "是", "2026/3/15", "是", 1900, None],
        [2, "岚峰建材窑炉节能改造项目", "柳林镇工业园", "改造窑炉及余热利用", "8000万", "3000万", "1,250", "250",
         pcode(202, "2511"), "技术改造", "是", "是", "是", "2025/12/1", "是", 1000, None],
        [3, "柳林镇食用菌深加工项目", "柳林镇柳树湾村", "建设加工车间3000平方米", "6000万元", "2000", "0", "0",
         pcode(203, "2605"), "新建", "否", "否", "否", None, "否", 0, "前期手续办理中"],
        ["合计", None, None, None, "2.9亿", "1亿", "3550", "650", None, None, None, None, None, None, None, 2900, None],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    ws.column_dimensions["P"].hidden = True
    return _save(wb, folder / "柳林镇项目推进表.xlsx")


def fai_machang_last_month_second_sheet(folder: Path) -> Path:
    """马畅镇's June table in the first sheet 「6月份」 and May's table, kept in a second sheet 「5月份」 (other
    figures), both titled ``马畅镇2026年N月份工业项目建设进度表``; ``报送单位：马畅镇人民政府`` and ``金额单位：万元``;
    项目编码, 项目类型 for 建设性质, 开工日期 as ``2026年1月``, a 负责人 and a 联系电话 column.

    A reader takes: 2026-06, 马畅镇, 2 projects (the 5月份 sheet is last month's, not this month's):
    本年累计 2,600 / 3,500, 本月 500 / 1,500; 工业固投 (纳统 only) 2,600 万元 (0.26 亿元), 技改 2,600 (0.26 亿元);
    重点项目 2, both started (100 %), 1 纳统 (50 %); 年度计划 3,000 + 6,000.
    """
    wb = openpyxl.Workbook()
    header = ["序号", "项目名称", "项目编码", "项目类型", "是否技改项目", "是否重点项目", "项目总投资", "年度计划",
              "开工日期", "本月完成", "本年累计完成", "是否纳统", "负责人", "联系电话"]
    months = {6: ([500, 2600], [1500, 3500]), 5: ([400, 2100], [1200, 2000])}
    for i, month in enumerate((6, 5)):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f"{month}月份"
        _title(ws, f"马畅镇2026年{month}月份工业项目建设进度表", 14)
        ws["A2"] = "报送单位：马畅镇人民政府"
        ws["L2"] = "金额单位：万元"
        _row(ws, 3, header)
        (m1, c1), (m2, c2) = months[month]
        _row(ws, 4, [1, "宏达机械智能化改造项目", pcode(301, "2512"), "改建和技术改造", "是", "是", 6500, 3000,
                     "2026年1月", m1, c1, "是", "李明", "13800000001"])
        _row(ws, 5, [2, "鑫源矿业尾矿综合利用项目", pcode(302, "2603"), "新建", "否", "是", 15000, 6000, "2026年4月",
                     m2, c2, "否", "张华", "13800000002"])
    return _save(wb, folder / "马畅镇工业项目进度表.xlsx")


def fai_kaifaqu_xls_in_yiyuan(folder: Path) -> Path:
    """岚山经开区's return saved as .xls (另存为 Excel 97-2003): title ``岚山经开区2026年1—6月工业投资项目完成情况`` (an em
    dash in 1—6月), ``填报单位：岚山县经济技术开发区管委会    填报日期：2026年7月4日``, every amount in 亿元 in its
    header (计划总投资（亿元） …), 备案（核准）代码 for the project code, 入统情况 as 已入统 / 入统中, real dates.

    A reader takes: 2026-06, 岚山经开区, 3 projects; 计划总投资 12,000 / 35,000 / 6,000 万元; 2026年计划 5,000 /
    12,000 / 6,000; 累计 3,600 / 9,200 / 2,500; 本月 800 / 1,500 / 1,000; 工业固投 (已入统) 12,800 万元
    (1.28 亿元); 技改 0 (the 技改 project is still 入统中); 重点项目 2, both started, both 入统 (100 %, 100 %).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "经开区"
    _title(ws, "岚山经开区2026年1—6月工业投资项目完成情况", 13)
    ws["A2"] = "填报单位：岚山县经济技术开发区管委会    填报日期：2026年7月4日"
    _row(ws, 3, ["序号", "项目名称", "备案（核准）代码", "建设性质", "技改", "倍增重点", "计划总投资（亿元）",
                 "2026年计划投资（亿元）", "开工时间", "入统情况", "本月完成投资（亿元）", "累计完成投资（亿元）", "备注"])
    rows: list[list[object]] = [
        [1, "清源水务再生水扩建项目", pcode(401), "扩建", "否", "是", 1.2, 0.5, D(2026, 2, 20), "已入统", 0.08, 0.36, None],
        [2, "经开区标准化厂房三期项目", pcode(402, "2510"), "新建", "否", "是", 3.5, 1.2, D(2025, 10, 8), "已入统", 0.15,
         0.92, None],
        [3, "光电配套企业技改项目", pcode(403, "2604"), "改建和技术改造", "是", "否", 0.6, 0.6, D(2026, 4, 10), "入统中",
         0.1, 0.25, "正在办理入库"],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
        ws.cell(r, 9).number_format = "yyyy-mm-dd"
    return as_xls(wb, folder / "经开区6月投资项目.xls")


# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

def cultivation_two_row_header_month_dates(folder: Path) -> Path:
    """工信局's ledger: title ``岚山县2026年重点企业培育台账（截至6月底）``, ``填报单位：岚山县工业和信息化局``, a
    two-row header — 企业基本情况 ▸ 企业名称 | 统一社会信用代码 | 所在镇办; 培育情况 ▸ 培育类别 | 目前进展 |
    认定（申报）时间 — then 奖补资金（万元）, 包抓领导, 备注; types in the office's words (国家级专精特新“小巨人”企业,
    省级中小企业技术改造奖励资金, 拟入规企业), statuses 已认定 / 已申报 / 已入库 / 培育中, dates ``2026年5月``.

    A reader takes: 2026-06, 7 rows: one 小巨人 recognised this year (秦汉光电, 2026-05), one 高新 application
    (恒通), one 科技型中小企业 in this year (天瑞, 2026-04), one 技改奖励资金 application of 120 万元 (宏达, 2026-06),
    two 拟入规 (鑫辉 培育中, 华康 申报中 2026-06), one 绿色工厂 candidate (岚峰, 培育中).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "岚山县2026年重点企业培育台账（截至6月底）", 10)
    ws["A2"] = "填报单位：岚山县工业和信息化局"
    _two_row_header(ws, 3, ["序号", ("企业基本情况", ["企业名称", "统一社会信用代码", "所在镇办"]),
                            ("培育情况", ["培育类别", "目前进展", "认定（申报）时间"]), "奖补资金（万元）", "包抓领导", "备注"])
    rows: list[list[object]] = [
        [1, "岚山秦汉光电科技有限公司", QH, "城关镇", "国家级专精特新“小巨人”企业", "已认定", "2026年5月", 50, "王建国", None],
        [2, "岚山恒通新材料有限公司", HT, "柳林镇", "高新技术企业", "已申报", "2026年5月", None, "刘志强", "6月已提交材料"],
        [3, "岚山县天瑞食品有限公司", TR, "城关镇", "科技型中小企业", "已入库", "2026年4月", None, None, None],
        [4, "汉阳宏达机械制造有限公司", HD, "马畅镇", "省级中小企业技术改造奖励资金", "已申报", "2026年6月", 120, None,
         "申报设备购置奖励"],
        [5, "岚山鑫辉包装有限公司", XH, "柳林镇", "拟入规企业", "培育中", None, None, "张海波", "预计8月入规"],
        [6, "岚山华康药业有限公司", HK, "岚山经开区", "拟入规企业", "申报中", "2026年6月", None, "张海波", None],
        [7, "陕西岚峰建材有限公司", LF, "柳林镇", "绿色工厂", "培育中", None, None, "刘志强", "创建市级绿色工厂"],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    return _save(wb, folder / "企业培育台账（6月）.xlsx")


def cultivation_sections_by_type(folder: Path) -> Path:
    """May's ledger kept in sections, one per cultivation type, with no type column: a row ``一、拟入规培育企业
    （2户）`` heads its enterprises, then ``二、高新技术企业（1户）``, ``三、科技型中小企业（1户）``; 序号 restarts
    in each section; columns 序号 | 企业名称 | 统一社会信用代码 | 乡镇 | 进展 | 时间 | 备注.

    A reader takes: 2026-05, 4 rows: 鑫辉 拟入规 培育中, 华康 拟入规 培育中, 恒通 高新技术企业 培育中,
    天瑞 科技型中小企业 已入库 2026-04-15.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月"
    _title(ws, "岚山县企业培育工作台账（2026年5月）", 7)
    _row(ws, 2, ["序号", "企业名称", "统一社会信用代码", "乡镇", "进展", "时间", "备注"])
    rows: list[list[object]] = [
        ["一、拟入规培育企业（2户）"],
        [1, "岚山鑫辉包装有限公司", XH, "柳林镇", "培育中", None, None],
        [2, "岚山华康药业有限公司", HK, "岚山经开区", "培育中", None, "6月申报"],
        ["二、高新技术企业（1户）"],
        [1, "岚山恒通新材料有限公司", HT, "柳林镇", "培育中", None, "准备申报材料"],
        ["三、科技型中小企业（1户）"],
        [1, "岚山县天瑞食品有限公司", TR, "城关镇", "已入库", "2026年4月15日", None],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
        if len(values) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    return _save(wb, folder / "培育台账5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账 (投资促进局)
# ---------------------------------------------------------------------------------------------

def attraction_two_row_header_units_in_cells(folder: Path) -> Path:
    """投资促进局's ledger: title ``岚山县2026年招商引资项目推进台账（1-6月）``, a two-row header — 项目基本情况 ▸
    项目名称 | 投资方 | 产业类别; 投资额 ▸ 协议总投资 | 其中：本年到位; 进展阶段; 时间节点 ▸ 签约 | 落地 | 开工 —
    then 落户镇办, 包抓单位, 备注; amounts typed with the unit (``5亿元``, ``8000万``), months ``2026年3月``, stages and
    chains in everyday words (已开工, 已落地, 已签约, 洽谈中; 光伏, 农产品加工, 建材, 新材料).

    A reader takes: 2026-06, 4 projects; 协议总投资 50,000 / 12,000 / 30,000 / 80,000 万元; 本年到位 8,000 / 1,500 /
    0 / 0 (9,500 万元 = 0.95 亿元); 2 landed this year (光电配套 2026-02, 富硒茶 2026-05) with 62,000 万元 (6.2 亿元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商引资"
    _title(ws, "岚山县2026年招商引资项目推进台账（1-6月）", 13)
    _two_row_header(ws, 2, ["序号", ("项目基本情况", ["项目名称", "投资方", "产业类别"]),
                            ("投资额", ["协议总投资", "其中：本年到位"]), "进展阶段",
                            ("时间节点", ["签约", "落地", "开工"]), "落户镇办", "包抓单位", "备注"])
    rows: list[list[object]] = [
        [1, "秦汉光电组件配套项目", "江苏某光电科技有限公司", "光伏", "5亿元", "8000万", "已开工", "2026年1月",
         "2026年2月", "2026年4月", "城关镇", "发改局", None],
        [2, "岚山富硒茶深加工项目", "西安某农业发展有限公司", "农产品加工", "1.2亿", "1500万", "已落地", "2026年3月",
         "2026年5月", None, "马畅镇", "农业农村局", "正在办理用地手续"],
        [3, "新型环保建材项目", "四川某建材集团", "建材", "3亿", None, "已签约", "2026年6月", None, None, None,
         "投资促进局", None],
        [4, "锂电池回收利用项目", "深圳某新能源科技公司", "新材料", "8亿", None, "洽谈中", None, None, None, None,
         "投资促进局", "已考察两次"],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    return _save(wb, folder / "招商引资推进台账1-6月.xlsx")


def attraction_township_subtotals_hidden_last_month(folder: Path) -> Path:
    """May's ledger grouped by 落户乡镇 with a ``××镇小计`` row after each group and a 合计 row, projects not yet
    landed last with no township, amounts in 万元 in the headers, real dates, and a hidden helper column
    ``上月到位资金（辅助）`` right of the visible ``到位资金（万元）`` (the clerk's check, not this month's figure).

    A reader takes: 2026-05, 3 projects; 计划总投资 50,000 / 12,000 / 30,000; 到位资金 6,500 / 1,000 / blank (7,500
    万元 = 0.75 亿元); 2 landed this year (62,000 万元).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月台账"
    _title(ws, "岚山县招商引资项目台账（2026年5月）", 12)
    _row(ws, 2, ["序号", "落户乡镇", "项目名称", "客商", "所属产业链", "阶段", "签约日期", "落户日期", "开工日期",
                 "计划总投资（万元）", "到位资金（万元）", "上月到位资金（辅助）"])
    rows: list[list[object]] = [
        [1, "城关镇", "秦汉光电组件配套项目", "江苏某光电科技有限公司", "光伏新能源", "开工", D(2026, 1, 18),
         D(2026, 2, 20), D(2026, 4, 25), 50000, 6500, 5000],
        [None, "城关镇小计", None, None, None, None, None, None, None, 50000, 6500, 5000],
        [2, "马畅镇", "岚山富硒茶深加工项目", "西安某农业发展有限公司", "涉农加工", "落户", D(2026, 3, 10),
         D(2026, 5, 12), None, 12000, 1000, 0],
        [None, "马畅镇小计", None, None, None, None, None, None, None, 12000, 1000, 0],
        [3, None, "新型环保建材项目", "四川某建材集团", "新型建材", "对接", None, None, None, 30000, None, None],
        ["合计", None, None, None, None, None, None, None, None, 92000, 7500, 5000],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
        for c in (7, 8, 9):
            ws.cell(r, c).number_format = "yyyy/m/d"
    ws.column_dimensions["L"].hidden = True
    return _save(wb, folder / "招商台账2026年5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局, 财政局)
# ---------------------------------------------------------------------------------------------

def factors_land_list_by_location(folder: Path) -> Path:
    """自然资源局's list of industrial land supplied: no 事项 column (the title says 工业用地供应), the parcel's
    place in 土地坐落 (``城关镇东坝村``, ``柳林镇石门村``, ``岚山经开区``), 电子监管号, 供应方式, 面积（亩） with one area
    typed ``35.5亩``, 成交价款（万元）, 供地时间 written ``2026年3月18日``, a 合计 row and a 备注.

    A reader takes: 2026-06, 3 parcels of industrial land, 35.5 + 52.38 + 18 = 105.88 亩; townships 城关镇,
    岚山经开区, 柳林镇; prices 1,065 / 1,571.4 / 540 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "岚山县2026年1-6月工业用地供应情况统计表", 9)
    ws["A2"] = "填报单位：岚山县自然资源局"
    _row(ws, 3, ["序号", "用地单位及项目名称", "土地坐落", "电子监管号", "供应方式", "面积（亩）", "成交价款（万元）",
                 "供地时间", "备注"])
    rows: list[list[object]] = [
        [1, "秦汉光电二期扩建项目用地", "城关镇东坝村", "6107272026B00012", "出让", "35.5亩", 1065, "2026年3月18日", None],
        [2, "经开区标准化厂房三期用地", "岚山经开区", "6107272026B00031", "出让", 52.38, 1571.4, "2026年5月9日", None],
        [3, "恒通新材料仓储用地", "柳林镇石门村", "6107272026B00047", "出让", 18, 540, "2026年6月26日", "已签合同，未交地"],
        ["合计", None, None, None, None, 105.88, 3176.4, None, None],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    return _save(wb, folder / "工业用地供应统计（1-6月）.xlsx")


def factors_funds_cash_book(folder: Path) -> Path:
    """财政局's account-book layout: one row per entry (时间 | 摘要) and one money column per kind — 上划市倍增
    基金 | 工业发展资金筹集 | 工业发展资金拨付 — under ``单位：万元``; the quarter of a contribution said in the
    摘要 (``一季度上划…``); a 合计 row.

    A reader takes: 2026-06, 5 entries: contributions to the city fund 200 (2026-03-28, Q1) and 200 (2026-06-25,
    Q2) = 400 万元; funds raised 1,000 (2026-04-10); disbursed 300 (2026-05-20) and 450 (2026-06-28) = 750 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金"
    _title(ws, "岚山县2026年工业发展资金及市工业倍增基金情况表", 7)
    ws["F2"] = "单位：万元"
    _row(ws, 3, ["序号", "时间", "摘要", "上划市倍增基金", "工业发展资金筹集", "工业发展资金拨付", "备注"])
    rows: list[list[object]] = [
        [1, D(2026, 3, 28), "一季度上划市工业倍增发展基金", 200, None, None, None],
        [2, D(2026, 4, 10), "县财政预算安排工业发展资金", None, 1000, None, None],
        [3, D(2026, 5, 20), "拨付秦汉光电技改补助", None, None, 300, None],
        [4, D(2026, 6, 25), "二季度上划市工业倍增发展基金", 200, None, None, None],
        [5, D(2026, 6, 28), "拨付标准化厂房建设资金", None, None, 450, "经开区"],
        ["合计", None, None, 400, 1000, 750, None],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
        ws.cell(r, 2).number_format = "yyyy年m月d日"
    return _save(wb, folder / "财政局工业资金6月.xlsx")


def factors_land_hectares_and_mu_side_by_side(folder: Path) -> Path:
    """自然资源局's May ledger with the area twice, as the land office keeps it: 供地面积（公顷） as registered, then
    折合（亩） beside it; ``填报单位：县自然资源局``; 宗地编号, plain township names, real dates, 出让价款（万元）.

    A reader takes: 2026-05, 2 parcels of industrial land, 35.5 + 52.38 = 87.88 亩 (the 亩 column as written; the
    公顷 column says the same, rounded: 2.3667 and 3.492 公顷).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-5月"
    _title(ws, "2026年1-5月工业用地供应台账", 8)
    ws["A2"] = "填报单位：县自然资源局"
    _row(ws, 3, ["序号", "项目名称", "宗地编号", "乡镇", "供地面积（公顷）", "折合（亩）", "出让价款（万元）", "供地日期"])
    rows: list[list[object]] = [
        [1, "秦汉光电二期扩建项目用地", "6107272026B00012", "城关镇", 2.3667, 35.5, 1065, D(2026, 3, 18)],
        [2, "经开区标准化厂房三期用地", "6107272026B00031", "岚山经开区", 3.492, 52.38, 1571.4, D(2026, 5, 9)],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
        ws.cell(r, 8).number_format = "yyyy-mm-dd"
    return _save(wb, folder / "工业用地供应台账（1-5月）.xlsx")


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局)
# ---------------------------------------------------------------------------------------------

def progress_items_percent_text_and_format(folder: Path) -> Path:
    """工信局's June prose: title ``岚山县工业倍增计划重点工作进展情况（2026年6月）``, ``报送单位：县工信局``,
    columns 序号 | 报告章节 | 工作事项 | 进展情况 | 量化指标 | 完成比例 | 备注, paragraphs with line breaks, the
    progress typed ``85%`` as text in one row and 0.6 formatted as a percentage in another.

    A reader takes: 2026-06, 4 items (6①, 6②, 二1, 三1); 污水处理厂建设进度 85 %, 标准化厂房建设总体进度 60 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点工作"
    _title(ws, "岚山县工业倍增计划重点工作进展情况（2026年6月）", 7)
    ws["A2"] = "报送单位：县工信局"
    _row(ws, 3, ["序号", "报告章节", "工作事项", "进展情况", "量化指标", "完成比例", "备注"])
    rows: list[list[object]] = [
        [1, "6①", "园区污水处理厂建设", "经开区污水处理厂主体工程完工，\n设备安装进行中，预计8月试运行。", "污水处理厂建设进度",
         "85%", None],
        [2, "6②", "标准化厂房建设", "三期标准化厂房已有2栋主体封顶，\n其余3栋正在进行基础施工。", "标准化厂房建设总体进度",
         0.6, None],
        [3, "二1", "项目融资难", "部分中小企业融资渠道单一，技改项目资金到位慢。", None, None, None],
        [4, "三1", "强化要素保障", "加快三期厂房建设，统筹用地指标，优先保障重点项目。", None, None, "下月继续"],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    ws.cell(5, 6).number_format = "0%"
    return _save(wb, folder / "重点工作进展（6月）.xlsx")


def progress_items_dashed_section_fullwidth_percent(folder: Path) -> Path:
    """May's prose: sections written ``6-①``, ``6.2`` and ``三.2`` as a clerk types them, the text under 具体内容,
    the figure under 完成率 typed with a full-width percent sign (``70％``), a hidden 排序 helper column first.

    A reader takes: 2026-05, 3 items: 6① (污水处理厂 70 %), 6② (no figure), 三2 (no figure).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "2026年5月工业倍增重点工作进展", 6)
    _row(ws, 2, ["排序", "章节", "事项", "具体内容", "指标名称", "完成率"])
    rows: list[list[object]] = [
        [3, "6-①", "污水处理厂建设", "主体工程基本完工。", "污水处理厂建设进度", "70％"],
        [1, "6.2", "标准化厂房", "三期厂房开工建设。", None, None],
        [2, "三.2", "优化营商环境", "开展包抓企业走访。", None, None],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    ws.column_dimensions["A"].hidden = True
    return _save(wb, folder / "工信局重点工作5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_last_year_beside_this_year(folder: Path) -> Path:
    """The year's targets as the county plan prints them: 序号 | 指标名称 | 计量单位 | 2025年完成 | 2026年目标 |
    增长（%） | 备注 — last year's actual beside this year's target, names in full (规模以上工业总产值 …).

    A reader takes: 2026 targets (never the 2025年完成 column): 规上工业总产值 13.5 亿元, 规上工业增加值增速 8 %,
    工业固定资产投资增速 10 %, 技改投资增速 12 %, 新增规上工业企业 5 户, 新增绿色工厂 1 户.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标任务"
    _title(ws, "岚山县2026年工业倍增计划主要指标目标任务", 7)
    _row(ws, 2, ["序号", "指标名称", "计量单位", "2025年完成", "2026年目标", "增长（%）", "备注"])
    rows: list[list[object]] = [
        [1, "规模以上工业总产值", "亿元", 11.8, 13.5, 14.4, None],
        [2, "规上工业增加值增速", "%", 6.1, 8, None, None],
        [3, "工业固定资产投资增速", "%", -2.0, 10, None, None],
        [4, "技改投资增速", "%", 15, 12, None, None],
        [5, "新增规上工业企业", "户", 3, 5, None, None],
        [6, "新增绿色工厂", "户", 0, 1, None, "市级以上"],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    return _save(wb, folder / "2026年目标任务.xlsx")


def targets_quarter_split_wanyuan_percent_text(folder: Path) -> Path:
    """The same targets retyped for the quarterly 分解: 指标 | 单位 | 全年目标 then 分季度累计目标 ▸ 一季度 | 二季度 |
    三季度 | 四季度 (a two-row header; 四季度 = 全年, so the split is cumulative), 产值 in 万元, rates typed ``8%``,
    names the office's way (规上工业总产值, 工业增加值增长, 工业投资增长, 技术改造投资增长, 新入规企业, 绿色工厂).

    A reader takes: 2026 targets: 规上工业总产值 135,000 万元 = 13.5 亿元 (一季度 3.0, 上半年 6.5, 前三季度 10.0,
    全年 13.5 亿元); 增加值 8 %, 工业投资 10 %, 技改 12 %, 新入规 5 户 (1 / 2 / 4 / 5), 绿色工厂 1 户.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "2026年度工业倍增目标任务分解表", 7)
    ws["A2"] = "填报单位：县工信局"
    _two_row_header(ws, 3, ["指标", "单位", "全年目标", ("分季度累计目标", ["一季度", "二季度", "三季度", "四季度"])])
    rows: list[list[object]] = [
        ["规上工业总产值", "万元", 135000, 30000, 65000, 100000, 135000],
        ["工业增加值增长", "%", "8%", None, None, None, None],
        ["工业投资增长", "%", "10%", None, None, None, None],
        ["技术改造投资增长", "%", "12%", None, None, None, None],
        ["新入规企业", "户", 5, 1, 2, 4, 5],
        ["绿色工厂", "户", 1, None, None, None, 1],
    ]
    for r, values in enumerate(rows, 5):
        _row(ws, r, values)
    return _save(wb, folder / "目标任务分解（工信局）.xlsx")


def targets_by_township_as_columns(folder: Path) -> Path:
    """The targets broken down to the townships the way the county's 分解表 prints them: one row per indicator,
    one column per place (全县 | 城关镇 | 柳林镇 | 马畅镇 | 岚山经开区), the unit in its own column.  (Not in the
    county folder: it is a third version of the same year's targets.)

    A reader takes: 2026 targets — 规上工业总产值 全县 13.5 亿元 (城关镇 5.0, 柳林镇 5.5, 马畅镇 1.5, 岚山经开区 1.5);
    工业固定资产投资增速 全县 10 % (8, 12, 10, 10); 新增规上工业企业 全县 5 户 (2, 1, 1, 1).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分解"
    _title(ws, "岚山县2026年工业倍增主要指标任务分解表", 8)
    _row(ws, 2, ["序号", "指标", "单位", "全县", "城关镇", "柳林镇", "马畅镇", "岚山经开区"])
    rows: list[list[object]] = [
        [1, "规上工业总产值", "亿元", 13.5, 5.0, 5.5, 1.5, 1.5],
        [2, "工业固定资产投资增速", "%", 10, 8, 12, 10, 10],
        [3, "新增规上工业企业", "户", 5, 2, 1, 1, 1],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    return _save(wb, folder / "2026年目标任务分解到乡镇.xlsx")


#: Every return of the county, in the order a person would drop them.
ALL: tuple[Callable[[Path], Path], ...] = (
    ent_two_row_header_township_subtotals, ent_xls_code_and_name_hidden_helper,
    city_two_row_header_with_positions, city_short_names_percent_text_total_last,
    fai_chengguan_qizhong_children, fai_liulin_amounts_with_units_hidden_helper, fai_machang_last_month_second_sheet,
    fai_kaifaqu_xls_in_yiyuan,
    cultivation_two_row_header_month_dates, cultivation_sections_by_type,
    attraction_two_row_header_units_in_cells, attraction_township_subtotals_hidden_last_month,
    factors_land_list_by_location, factors_funds_cash_book, factors_land_hectares_and_mu_side_by_side,
    progress_items_percent_text_and_format, progress_items_dashed_section_fullwidth_percent,
    targets_last_year_beside_this_year, targets_quarter_split_wanyuan_percent_text,
)


def write_all(folder: Path) -> list[Path]:
    """The whole county's returns, the two .xls ones included."""
    return [maker(folder) for maker in ALL]


if __name__ == "__main__":  # pragma: no cover - make the folder by hand: python -m tests.handmade.county7 DIR
    import sys

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for p in write_all(out):
        print(p)
