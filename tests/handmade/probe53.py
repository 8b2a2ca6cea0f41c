"""Hand-made returns of the outside probe p53 (session 30): the forms other than the project ledger, as a statistics
bureau, an investment-promotion office and a finance bureau make them — the unit only in the title's brackets
(“（亿元）”, “（亿元、%）”), a 单位 line naming the office beside the one naming the unit, a signature footer spread
over three cells or a cash book's 会计：… 复核：…, a 小计 written under the firms' names.

Made by an outsider who read DOMAIN.md and the schemas, not the reader (/tmp/hostile30 of that session), moved onto
the test county (``county_full``: 测试县 of 测试市, 东镇, 西镇; 统计局, 招商局, 财政局); period June 2026.  Each maker
writes into ``folder`` and returns the path; its docstring says what a careful county statistician does with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.scenarios import uscc

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
#: 东方光伏, 东关饲料, 西岭建材 as the bureau lists them
FIRMS = [uscc(5301), uscc(5302), uscc(5303)]


def _title(ws: Worksheet, text: str, c0: int, c1: int, row: int = 1, font: str = "黑体") -> None:
    ws.cell(row, c0, text).font = Font(name=font, bold=True, size=16)
    ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
    ws.cell(row, c0).alignment = Alignment(horizontal="center", vertical="center")


def _put(ws: Worksheet, r: int, c0: int, rows: list[list[Any]]) -> int:
    for row in rows:
        for c, v in enumerate(row, c0):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    return r


def _grid(ws: Worksheet, r0: int, r1: int, c0: int, c1: int) -> None:
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(r, c).border = _BOX


def _save(wb: Workbook, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    wb.save(path)
    return path


def ent_unit_only_in_title(folder: Path) -> Path:
    """统计局's list in 亿元, said only by the title's “（亿元）”; the table from column C under a 报送单位 line, a
    two-row header (工业总产值 over 本月 | 1-6月累计 | 上年同期).  Read in 亿元: 0.255 亿元 is 2,550 万元 — never refused
    as 0.255 万元 “too small”."""
    wb = Workbook()
    ws = wb.active
    ws.title = "规上企业"
    c0 = 3
    _title(ws, "测试县2026年1-6月规上工业企业主要指标（亿元）", c0, c0 + 8, row=2)
    ws.cell(3, c0, "报送单位：县统计局")
    ws.cell(3, c0 + 7, "2026年7月5日")
    top = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规时间", "工业总产值", None, None]
    sub = [None] * 6 + ["本月", "1-6月累计", "上年同期"]
    _put(ws, 5, c0, [top, sub])
    for k in range(6):
        ws.merge_cells(start_row=5, start_column=c0 + k, end_row=6, end_column=c0 + k)
    ws.merge_cells(start_row=5, start_column=c0 + 6, end_row=5, end_column=c0 + 8)
    r = _put(ws, 7, c0, [["东方光伏科技有限公司", FIRMS[0], "东镇", "C3825", "是", "2019年", 0.045, 0.255, 0.2318],
                         ["东关饲料有限公司", FIRMS[1], "东镇", "1329", "否", "2018年6月", 0.018, 0.1185, 0.11],
                         ["西岭建材有限公司", FIRMS[2], "西镇", "3021", "否", "2020-03", 0.12, 0.76, 0.70]])
    _grid(ws, 5, r - 1, c0, c0 + 8)
    ws.cell(r + 1, c0, "单位负责人：孙建国      统计负责人：赵丽      填表人：王芳")
    return _save(wb, folder, "统计局_规上企业_2026年6月.xlsx")


def city_unit_only_in_title(folder: Path) -> Path:
    """The city's comparison as the bureau copies it: “（亿元、%）” at the end of the title, no 单位 line, the amounts in
    亿元 and the rates in %.  Read in 亿元 (215 亿元 = 2,150,000 万元); the rates as typed."""
    wb = Workbook()
    ws = wb.active
    _title(ws, "测试市2026年1-6月各县区主要工业指标（亿元、%）", 1, 5, font="宋体")
    _put(ws, 2, 1, [["县区", "规上工业总产值", "上年同期", "增速", "增加值增速"],
                    ["测试县", 48, 44, 9.1, 8.6], ["甲县", 215, 198, 8.6, 7.9],
                    ["乙县", 88, 85, 3.5, 5.1], ["丙县", 65, 60, 8.3, 9.2]])
    _grid(ws, 2, 6, 1, 5)
    ws.cell(8, 1, "来源：测试市统计局")
    return _save(wb, folder, "测试市各县区工业指标对比_2026年1-6月.xlsx")


def _cash_book(folder: Path, name: str, unit: str, figures: tuple[Any, Any, Any], signed: bool) -> Path:
    """财政局's cash book, one column per item, row 2 “单位：测试县财政局” in A2 (the office) and “单位：<unit>” in F2."""
    wb = Workbook()
    ws = wb.active
    _title(ws, "测试县2026年工业倍增资金收支情况（1-6月）", 1, 6, font="宋体")
    ws.cell(2, 1, "单位：测试县财政局")
    ws.cell(2, 6, f"单位：{unit}")
    up, raised, paid = figures
    r = _put(ws, 3, 1, [["日期", "摘要", "所属季度", "上划市倍增基金", "工业发展资金筹集", "工业发展资金拨付"],
                        ["2026-03-28", "上划一季度市倍增基金", "一季度", up, None, None],
                        ["2026-04-15", "县本级预算安排工业发展资金", None, None, raised, None],
                        ["2026-05-10", "拨付光伏组件项目技改补助", None, None, None, paid],
                        ["2026-06-26", "上划二季度市倍增基金", "二季度", up, None, None],
                        ["合计", None, None, up * 2, raised, paid]])
    _grid(ws, 3, r - 1, 1, 6)
    if signed:
        ws.cell(r + 1, 1, "会计：刘会计　　复核：陈股长")
    return _save(wb, folder, name)


def funds_unit_beside_the_office(folder: Path) -> Path:
    """The cash book in 亿元: “单位：测试县财政局” in A2 (the office) beside “单位：亿元” in F2 (the unit).  A2 is no
    header of 日期: the amounts are 亿元 (0.05 亿元 = 500 万元)."""
    return _cash_book(folder, "财政局_倍增资金_2026年1-6月.xlsx", "亿元", (0.05, 0.3, 0.12005), signed=False)


def funds_cash_book_signed(folder: Path) -> Path:
    """The same cash book in 万元 signed at its foot the way a finance office signs: “会计：刘会计　　复核：陈股长” in A10.
    The footer is no record (no 日期, no 事项): the four entries are read, nothing asked about row 10."""
    return _cash_book(folder, "财政局_倍增资金_2026年6月_签字.xlsx", "万元", (500, 3000, 1200.5), signed=True)


def attraction_signed_across(folder: Path) -> Path:
    """招商局's ledger in 亿元 (“（单位：亿元）” in the title), a two-row 时间节点 header, 产业链 小计 rows, a 合计, and the
    signatures spread over three cells of one row: A “负责人：陈主任”, E “填表人：周敏”, I “日期：2026年7月4日”.  That
    row is the footer, never a fifth project: four projects, 总投资 12 + 1.5 + 2.2 + 0.8 亿元."""
    wb = Workbook()
    ws = wb.active
    ws.title = "招商台账"
    top = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "时间节点", None, None, None, "总投资",
           "本年到位资金", "责任单位"]
    sub = [None] * 6 + ["签约日期", "落户日期", "开工日期", "投产日期", None, None, None]
    _title(ws, "测试县2026年1-6月招商引资项目台账（单位：亿元）", 1, len(top), font="方正小标宋简体")
    ws.cell(2, 1, "填报单位：测试县招商局")
    _put(ws, 3, 1, [top, sub])
    for c in [*range(1, 7), 11, 12, 13]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=10)
    r = _put(ws, 5, 1, [
        [1, "年产2GW光伏组件项目", "陕西隆辉新能源有限公司", "光伏新能源", "东镇", "已开工", "2026-01-10", "2026-02-15",
         "2026-04-01", None, 12.0, 3.5, "东镇"],
        [2, "分布式光伏电站项目", "西安绿能电力有限公司", "光伏新能源", "西镇", "签约", "2026-05-08", None, None, None,
         1.5, 0, "发改局"],
        [None, "光伏新能源小计", None, None, None, None, None, None, None, None, 13.5, 3.5, None],
        [3, "红薯全产业链加工项目", "渭南薯香食品有限公司", "涉农加工", "西镇", "已投产", "2025-09-01", "2025-10-10",
         "2025-12-01", "2026-05-30", 2.2, 0.8, "西镇"],
        [4, "花椒精深加工项目", "四川椒源实业有限公司", "涉农加工", None, "在谈", None, None, None, None, 0.8, None,
         "招商局"],
        [None, "涉农加工小计", None, None, None, None, None, None, None, None, 3.0, 0.8, None],
        ["合计", None, None, None, None, None, None, None, None, None, 16.5, 4.3, None]])
    _grid(ws, 3, r - 1, 1, len(top))
    ws.cell(r + 1, 1, "负责人：陈主任")
    ws.cell(r + 1, 5, "填表人：周敏")
    ws.cell(r + 1, 9, "日期：2026年7月4日")
    return _save(wb, folder, "招商局_招商引资项目台账_2026年1-6月.xlsx")


def ent_subtotal_off_under_the_names(folder: Path) -> Path:
    """统计局's list grouped by township, each group closed by “东镇小计” written in the 企业名称 column (所属乡镇 blank
    there); 东镇小计's 1-6月 I6 says 2,100 where its rows (C… rows 4–5) add up to 2,060, the 合计 is right.  A 小计
    off its rows is asked on its cell, as a 合计 is; the rows are stored as typed."""
    wb = Workbook()
    ws = wb.active
    ws.title = "规上"
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
            "1-6月累计工业总产值", "上年同期累计工业总产值"]
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", 1, len(head))
    ws.cell(2, 1, "填报单位：测试县统计局")
    ws.cell(2, 9, "单位：万元")
    r = _put(ws, 3, 1, [head,
                        [1, "东方光伏科技有限公司", FIRMS[0], "东镇", "3825", "是", "2019", 260, 1500, 1400],
                        [2, "东关饲料有限公司", FIRMS[1], "东镇", "1329", "否", "2018", 90, 560, 500],
                        [None, "东镇小计", None, None, None, None, None, 350, 2100, 1900],
                        [3, "西岭建材有限公司", FIRMS[2], "西镇", "3021", "否", "2020", 70, 650, 600],
                        [None, "西镇小计", None, None, None, None, None, 70, 650, 600],
                        ["合计", None, None, None, None, None, None, 420, 2710, 2500]])
    _grid(ws, 3, r - 1, 1, len(head))
    ws.cell(r + 1, 1, "审核人：孙建国    填表人：赵丽    日期：2026-07-06")
    return _save(wb, folder, "统计局_规上企业生产月报_2026年6月.xlsx")


def city_turned_with_its_growth_under(folder: Path) -> Path:
    """The city's comparison turned round (指标名称 | 单位 | 全市 | 测试县 | 甲县 …, one indicator a row) with the output's
    growth on the row under the output as “　其中：增速” (indented, full-width digits) and its unit % in the 单位 column.
    That row is 规上工业总产值's 增速, as 增速 right of 规上工业总产值 in a table the usual way round is."""
    wb = Workbook()
    ws = wb.active
    ws.title = "对比"
    _title(ws, "2026年1-6月全市各县区主要工业指标完成情况", 1, 6)
    ws.cell(2, 1, "测试市统计局　　　　2026年7月10日")
    r = _put(ws, 3, 1, [["指标名称", "单位", "全市", "测试县", "甲县", "乙县", "丙县"],
                        ["规上工业总产值", "亿元", 416, 48, 215, 88, 65],
                        ["\u3000其中：增速", "%", "６．１", "９．１", "８．６", "３．５", "８．３"],
                        ["规上工业增加值增速", "%", "6.9%", "8.6%", "7.9%", "5.1%", "9.2%"],
                        ["工业固定资产投资增速", "%", 8.2, 12.5, 10.6, -4.5, "—"],
                        ["技术改造投资增速", "%", 10.5, 22.0, 6.7, 15.4, 33.3]])
    _grid(ws, 3, r - 1, 1, 7)
    return _save(wb, folder, "测试市各县区指标对比_横排_2026年6月.xlsx")


def ent_summary_and_township_sheets(folder: Path, corrected: bool = False, *, total: int = 4195,
                                    extra: bool = False, moved: bool = False, sheet2: bool = False,
                                    twice: bool = False, in_yi: str | None = None) -> Path:
    """统计局's list twice: a 汇总 sheet (with 所属乡镇) in front of one sheet per township (no 所属乡镇 column, the
    township in the sheet's name and title).  Read once, from the townships' sheets, the 汇总 compared with them;
    ``corrected``: 西镇's sheet says 2,600 for 西岭建材's 1-6月 where the 汇总 still says 2,550 — which is right a
    person cannot tell, so it is asked, naming both cells (never the 汇总's 2,550 stored without a word).
    Session 31's outside round (hostile30b): ``total`` the 汇总's own 合计 of 1-6月; ``extra`` a firm on 西镇's sheet
    the 汇总 lacks; ``moved`` 东关饲料 under 西镇 in the 汇总; ``sheet2`` 西镇's sheet named Sheet2 (its title
    names 西镇); ``twice`` 东方光伏's 本月 and 1-6月 corrected on 东镇's sheet (two differences, both named);
    ``in_yi`` the 汇总 in 亿元 rounded to two decimals, 西岭建材's 1-6月 typed as ``in_yi`` (0.26 rounds 2,550)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
            "1-6月累计工业总产值", "上年同期累计工业总产值"]
    firms = [("东方光伏科技有限公司", FIRMS[0], "东镇", "3825", "是", "2019", 180, 1185, 1100),
             ("东关饲料有限公司", FIRMS[1], "东镇", "1329", "否", "2021", 75, 460, 400),
             ("西岭建材有限公司", FIRMS[2], "西镇", "3021", "否", "2012", 450, 2550, 2318)]
    _title(ws, "测试县2026年1-6月规上工业企业生产月报（汇总）", 1, len(head))
    ws.cell(2, 1, "单位：万元")
    listed = [[i, *f] for i, f in enumerate(firms, 1)]
    if moved:
        listed[1][3] = "西镇"
    closing: list[Any] = ["合计", None, None, None, None, None, None, 705, total, 3818]
    if in_yi is not None:  # the leaders' 亿元, two decimals: as typed, never computed
        ws.cell(2, 1, "单位：亿元")
        yi = {180: "0.02", 1185: "0.12", 1100: "0.11", 75: "0.01", 460: "0.05", 400: "0.04", 450: "0.05",
              2550: in_yi, 2318: "0.23", 705: "0.07", 4195: "0.42", 3818: "0.38"}
        listed = [[*row[:7], *(float(yi[v]) for v in row[7:])] for row in listed]
        closing = [*closing[:7], *(float(yi[v]) for v in closing[7:])]
    _put(ws, 3, 1, [head, *listed, closing])
    for town in ("东镇", "西镇"):
        sheet = wb.create_sheet("Sheet2" if sheet2 and town == "西镇" else town)
        _title(sheet, f"{town}2026年1-6月规上工业企业生产情况", 1, 9)
        sheet.cell(2, 1, "单位：万元")
        rows = [[name, code, *rest] for name, code, t, *rest in firms if t == town]
        if corrected and town == "西镇":
            rows[0][6] = 2600
        if twice and town == "东镇":
            rows[0][5], rows[0][6] = 185, 1190
        if extra and town == "西镇":
            rows.append(["西川包装有限公司", uscc(5304), "2231", "否", "2023", 30, 150, 120])
        _put(sheet, 3, 1, [[h for h in head if h != "所属乡镇"], *[[i, *r] for i, r in enumerate(rows, 1)]])
        sheet.cell(4 + len(rows) + 1, 1, "填表人：赵丽")
    return _save(wb, folder, "统计局_规上企业_2026年6月（汇总及分镇）.xlsx")


def ent_summary_behind_a_corrected_township(folder: Path) -> Path:
    """As ``ent_summary_and_township_sheets`` with 西镇's sheet corrected and the 汇总 not."""
    return ent_summary_and_township_sheets(folder, corrected=True)


def ent_summary_whose_own_total_is_off(folder: Path) -> Path:
    """The 汇总 agreeing with the townships' sheets firm by firm, its own 合计 of 1-6月 typed 4,295 (rows: 4,195):
    read from the townships' sheets, the 汇总's 合计 still checked — a warning on its I7, as on a 汇总 sent alone."""
    return ent_summary_and_township_sheets(folder, total=4295)


def ent_summary_lacking_a_township_sheets_firm(folder: Path) -> Path:
    """西镇's sheet lists 西川包装 the 汇总 has not: asked naming that firm and its row (was: the generic “several
    versions of one table?” naming nothing)."""
    return ent_summary_and_township_sheets(folder, extra=True)


def ent_summary_placing_a_firm_in_another_township(folder: Path) -> Path:
    """The 汇总 puts 东关饲料 under 西镇, which sits on 东镇's sheet: asked, saying 东镇 comes from the sheet's name
    (was: “在「东镇」A5格是“东镇””, a cell that holds no such thing)."""
    return ent_summary_and_township_sheets(folder, moved=True)


def ent_summary_beside_a_sheet2_titled_with_its_township(folder: Path) -> Path:
    """西镇's sheet left named Sheet2, its title “西镇2026年1-6月…”: read, 西镇 said to come from the title (was:
    lineage 所属乡镇←工作表名「Sheet2」)."""
    return ent_summary_and_township_sheets(folder, sheet2=True)


def ent_summary_behind_two_corrections(folder: Path) -> Path:
    """东镇's sheet corrected in 本月 and 1-6月 for 东方光伏, the 汇总 not: both differences named (was: the first,
    and “另有1处也不一致”)."""
    return ent_summary_and_township_sheets(folder, twice=True)


def ent_summary_in_yi_rounded(folder: Path) -> Path:
    """The 汇总 in 亿元 to two decimals over the townships' sheets in 万元: 0.26 亿元 is 2,550 万元 as the 汇总 shows
    it — agreeing, read once from the townships' sheets (was: 11 cells “不一致”, the file refused)."""
    return ent_summary_and_township_sheets(folder, in_yi="0.26")


def ent_summary_in_yi_off_beyond_rounding(folder: Path) -> Path:
    """As ``ent_summary_in_yi_rounded`` with 西岭建材's 1-6月 0.27 亿元: no rounding of 2,550 万元 — asked."""
    return ent_summary_and_township_sheets(folder, in_yi="0.27")
