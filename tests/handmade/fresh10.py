"""Hand-made returns, round 10: fresh eyes on the classes beizeng learned lately, in variants nobody had tried.

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader: a 要素保障 register kept as a sheet per month (1月…6月 with nil months, a 汇总 sheet in front of the month
sheets, 2026.4… with a hidden row), corrections sent the same day (修订版 in the name, 更正版 with a sheet
「更正说明」, a May correction arriving after June's return), records written over two rows, field shorthand headers
(入统年月, 主营收入, 工业固投, 技改上年同期, 产值增速), an enterprise's own return as lines (本期 | 上年同期, a card per
sheet, figures in 千元 as the online platform gives them), rates as 0.085 under a % format beside ``7.2%`` and a
plain 0.8 that means 0.8 %, ``二〇二六年`` in titles with a 截止时间 line, .xls copies (made with xlwt: LibreOffice is
not installed here), a June return that repeats May's figures, Alt+Enter in headers, names and flags, hidden rows,
Excel error values (``#DIV/0!``, ``#N/A``) and comments on cells.

Every function writes into ``folder`` and returns the path (or paths, in the order they are dropped); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
the city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import openpyxl
import xlwt  # type: ignore[import-untyped]
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(950, 990)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2610: none of the earlier rounds')."""
    return f"2610-610599-04-01-{n:06d}"


def _same_time(*paths: Path) -> None:
    """Give the files one modification time: sent the same day, saved from one mail at once."""
    when = paths[0].stat().st_mtime
    for p in paths:
        os.utime(p, (when, when))


def _age(path: Path, seconds: float) -> None:
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局 / 财政局): a register kept as a sheet per month
# ---------------------------------------------------------------------------------------------

LAND_HEAD = ["序号", "宗地名称", "电子监管号", "供地日期", "所在乡镇", "供地面积（亩）", "成交价款（万元）"]


def land_sheets_1yue_to_6yue_with_nil_months(folder: Path) -> Path:
    """自然资源局 keeps the year's land register as six sheets 「1月」…「6月」, each that month's new parcels under
    ``二〇二六年X月工业用地供应情况``: 「1月」 is the header alone (nothing supplied), 「2月」 one parcel, 「3月」 a line
    ``本月无供地`` under the header, 「4月」 two parcels, 「5月」 ``无`` and 「6月」 one parcel.

    A reader takes the ledger to June, 4 parcels: 2026-02-12 东镇 DZ2026-101 20 亩 600 万元; 2026-04-03 西镇
    XZ2026-102 15 亩 450; 2026-04-25 东镇 DZ2026-103 10 亩 300; 2026-06-08 西镇 XZ2026-104 30 亩 900 — 4 宗, 75 亩.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    parcels: dict[int, list[list[Any]]] = {
        2: [[1, "东镇新能源产业园地块", "DZ2026-101", D(2026, 2, 12), "东镇", 20, 600]],
        4: [[1, "西镇建材园一期地块", "XZ2026-102", D(2026, 4, 3), "西镇", 15, 450],
            [2, "东镇装备园地块", "DZ2026-103", D(2026, 4, 25), "东镇", 10, 300]],
        6: [[1, "西镇农产品加工园地块", "XZ2026-104", D(2026, 6, 8), "西镇", 30, 900]]}
    cn = "一二三四五六"
    for m in range(1, 7):
        ws = wb.create_sheet(f"{m}月")
        _title(ws, f"二〇二六年{cn[m - 1]}月工业用地供应情况", len(LAND_HEAD))
        _put(ws, 2, 1, ["填报单位：县自然资源局"])
        _put(ws, 3, 1, LAND_HEAD)
        if m == 3:
            ws.cell(4, 1, "本月无供地")
            ws.merge_cells("A4:G4")
        elif m == 5:
            ws.cell(4, 1, "无")
        for r, row in enumerate(parcels.get(m, []), 4):
            _put(ws, r, 1, row)
    path = folder / "自然资源局2026年工业用地供应台账.xlsx"
    wb.save(path)
    return path


def land_month_sheets_behind_a_summary_sheet(folder: Path) -> Path:
    """自然资源局's register: a first sheet 「汇总」 titled ``2026年1-6月工业用地供应汇总`` listing every parcel of
    the year, then the month sheets 「4月」 「5月」 「6月」 each holding that month's parcel — the same three parcels
    again, as the 汇总 is made by copying the month sheets' rows.

    A reader takes 3 parcels (never 6): 2026-04-10 东镇 DZ2026-111 12 亩; 2026-05-14 西镇 XZ2026-112 18 亩;
    2026-06-20 东镇 DZ2026-113 6 亩 — 3 宗, 36 亩.
    """
    rows = [[1, "东镇光伏二期地块", "DZ2026-111", D(2026, 4, 10), "东镇", 12, 360],
            [2, "西镇新型建材地块", "XZ2026-112", D(2026, 5, 14), "西镇", 18, 540],
            [3, "东镇饲料加工地块", "DZ2026-113", D(2026, 6, 20), "东镇", 6, 180]]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    _title(ws, "2026年1-6月工业用地供应汇总", len(LAND_HEAD))
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, LAND_HEAD)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["合计", None, None, None, None, 36, 1080])
    for m, row in zip((4, 5, 6), rows, strict=True):
        ms = wb.create_sheet(f"{m}月")
        _title(ms, f"2026年{m}月工业用地供应情况", len(LAND_HEAD))
        _put(ms, 2, 1, ["填报单位：县自然资源局"])
        _put(ms, 3, 1, LAND_HEAD)
        _put(ms, 4, 1, [1, *row[1:]])
    path = folder / "自然资源局供地台账（截至6月）.xlsx"
    wb.save(path)
    return path


def land_month_sheets_behind_a_summary_that_differs(folder: Path) -> Path:
    """As ``land_month_sheets_behind_a_summary_sheet``, but the 汇总's row 5 says 西镇 XZ2026-112 is 16 亩 where
    「5月」 (the month's own sheet, from which the 汇总 was copied and then retyped) says 18.

    A reader takes the month sheets' 3 parcels, 36 亩, and asks the clerk about the 汇总's row 5.
    """
    path = land_month_sheets_behind_a_summary_sheet(folder)
    wb = openpyxl.load_workbook(path)
    wb["汇总"].cell(5, 6).value = 16
    wb.save(path)
    return path


FUND_HEAD = ["日期", "事项", "摘要", "金额（万元）", "所属季度"]


def funds_dot_month_sheets_with_a_hidden_row(folder: Path) -> Path:
    """财政局's fund ledger as sheets 「2026.4」 「2026.5」 「2026.6」 (each that month's sums): 2026.4 — 拨付 300
    (2026-04-15, 技改奖补第一批); 2026.5 — 拨付 200 (2026-05-20, 技改奖补第二批) and, in a row the clerk HID (the
    payment was withdrawn), 拨付 100 (2026-05-22, 已收回); 2026.6 — 筹集 500 (2026-06-05), 上划市工业倍增发展基金 150
    (2026-06-26, 二季度).

    A reader of the printed or shown ledger takes 拨付 500 万元 (300 + 200), 筹集 500, 上划 150 (Q2): 4 entries; the
    hidden 100 is not counted without saying so (a warning naming the hidden row is right).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {"2026.4": [[D(2026, 4, 15), "工业发展资金拨付", "技改奖补第一批", 300, None]],
              "2026.5": [[D(2026, 5, 20), "工业发展资金拨付", "技改奖补第二批", 200, None],
                         [D(2026, 5, 22), "工业发展资金拨付", "已收回", 100, None]],
              "2026.6": [[D(2026, 6, 5), "工业发展资金筹集", "县级预算安排", 500, None],
                         [D(2026, 6, 26), "上划市工业倍增发展基金", "二季度上划", 150, "二季度"]]}
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        _title(ws, f"测试县{name}工业发展资金收支明细", len(FUND_HEAD))
        _put(ws, 2, 1, ["填报单位：县财政局", None, None, "单位：万元"])
        _put(ws, 3, 1, FUND_HEAD)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        if name == "2026.5":
            ws.row_dimensions[5].hidden = True
    path = folder / "财政局工业资金明细2026.xlsx"
    wb.save(path)
    return path


def land_parcel_name_over_two_rows_in_a_month_sheet(folder: Path) -> Path:
    """自然资源局's 「6月」 sheet (with 「5月」 in front): the June parcel's name is too long for the column, so the
    clerk wrote ``西镇循环经济产业园`` in row 4 and ``（二期）标准化厂房地块`` in row 5 below it, the 序号 ``1`` merged over
    A4:A5; all the figures are on row 4.  「5月」 has one parcel.

    A reader takes 2 parcels: 2026-05-06 东镇 DZ2026-121 9 亩; 2026-06-16 西镇 XZ2026-122 「西镇循环经济产业园（二期）
    标准化厂房地块」 21 亩 — 2 宗, 30 亩.
    """
    wb = openpyxl.Workbook()
    may = wb.active
    may.title = "5月"
    june = wb.create_sheet("6月")
    for ws, m in ((may, 5), (june, 6)):
        _title(ws, f"2026年{m}月工业用地供应情况", len(LAND_HEAD))
        _put(ws, 2, 1, ["填报单位：县自然资源局"])
        _put(ws, 3, 1, LAND_HEAD)
    _put(may, 4, 1, [1, "东镇物流园地块", "DZ2026-121", D(2026, 5, 6), "东镇", 9, 270])
    _put(june, 4, 1, [1, "西镇循环经济产业园", "XZ2026-122", D(2026, 6, 16), "西镇", 21, 630])
    _put(june, 5, 2, ["（二期）标准化厂房地块"])
    june.merge_cells("A4:A5")
    path = folder / "自然资源局工业用地2026年5-6月.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局) and an enterprise's own return
# ---------------------------------------------------------------------------------------------

ENT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]
ENT_ROWS: list[list[Any]] = [
    [1, "东方光伏科技有限公司", U[950], "东镇", "3825", "是", "2019-05", 5000, 30000, 25000, 33000],
    [2, "东关饲料有限公司", U[951], "东镇", "1329", "否", "2018-06", 3300, 20000, 22000, 21000],
    [3, "西岭建材有限公司", U[952], "西镇", "3021", "否", "2020-01", 8000, 50000, 45000, 52000],
]


def _ent(title: str = "测试县2026年1-6月规上工业企业生产月报", head: list[str] | None = None
         ) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "产值"
    _title(ws, title, len(head or ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head or ENT_HEAD)
    return wb, ws


def ent_name_over_two_rows_serial_merged(folder: Path) -> Path:
    """统计局's list where the second enterprise's name is written over two rows: ``东关饲料`` in B5 and
    ``有限公司`` in B6, 序号 ``2`` merged over A5:A6, every other cell of the record on row 5; then 西岭建材 on row 7.

    A reader takes 3 enterprises 东方光伏科技有限公司 | 东关饲料有限公司 | 西岭建材有限公司, 1-6月 30,000 | 20,000 |
    50,000 = 100,000 万元, 上年同期 92,000.
    """
    wb, ws = _ent()
    _put(ws, 4, 1, ENT_ROWS[0])
    _put(ws, 5, 1, [2, "东关饲料", *ENT_ROWS[1][2:]])
    _put(ws, 6, 2, ["有限公司"])
    ws.merge_cells("A5:A6")
    _put(ws, 7, 1, [3, *ENT_ROWS[2][1:]])
    path = folder / "统计局2026年6月规上企业产值.xlsx"
    wb.save(path)
    return path


def ent_field_shorthand_headers(folder: Path) -> Path:
    """统计局's clerk heads the columns as people say them: 序号 | 企业 | 信用代码 | 乡镇 | 行业 | 战新 | 入统年月 |
    当月产值 | 累计产值 | 去年同期 | 主营收入 | 产值增速 — 产值增速 typed as ``20%``, ``-9.1%``, ``11.1%`` (it is not a
    column of the form).  The fourth enterprise 东镇新材料有限公司 entered the list in ``2026.03`` (入统年月).

    A reader takes 4 enterprises: 1-6月 30,000 | 20,000 | 50,000 | 3,000 = 103,000 万元, 上年同期 25,000 | 22,000 |
    45,000 | 2,000 = 94,000; 主营收入 (revenue) 33,000 | 21,000 | 52,000 | 3,200; 入统年月 is the month of entering
    the above-scale list (1 new in 2026).
    """
    head = ["序号", "企业", "信用代码", "乡镇", "行业", "战新", "入统年月", "当月产值", "累计产值", "去年同期",
            "主营收入", "产值增速"]
    wb, ws = _ent(head=head)
    rows = [[*ENT_ROWS[0][:6], "2019.05", 5000, 30000, 25000, 33000, "20%"],
            [*ENT_ROWS[1][:6], "2018.06", 3300, 20000, 22000, 21000, "-9.1%"],
            [*ENT_ROWS[2][:6], "2020.01", 8000, 50000, 45000, 52000, "11.1%"],
            [4, "东镇新材料有限公司", U[953], "东镇", "2929", "是", "2026.03", 1000, 3000, 2000, 3200, "50%"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "统计局6月规上企业.xlsx"
    wb.save(path)
    return path


def _card(ws: Worksheet, title: str, particulars: list[tuple[str, str]], lines: list[list[Any]],
          head: tuple[str, ...] = ("指标名称", "计量单位", "本期", "上年同期")) -> None:
    _title(ws, title, 4)
    for k, (label, value) in enumerate(particulars):
        _put(ws, 2 + k // 2, 1 + 2 * (k % 2), [label, value])
    top = 3 + (len(particulars) + 1) // 2
    _put(ws, top, 1, list(head))
    for r, line in enumerate(lines, top + 1):
        _put(ws, r, 1, line)


def ent_cards_per_sheet_benqi_is_cumulative(folder: Path) -> Path:
    """统计局 forwards three enterprises' own returns, one sheet each (「东方光伏」 「东关饲料」 「西岭建材」), each
    titled ``XX公司2026年1-6月主要经济指标`` with the particulars as label | value pairs (单位名称, 统一社会信用代码,
    所在乡镇, 行业代码, 是否战新) and the platform's lines 指标名称 | 计量单位 | 本期 | 上年同期: 工业总产值（当年价格）
    and 营业收入, both 万元.

    A reader takes 本期 as 1-6月 (the title's period; the platform's 本期 is the cumulative): 3 enterprises, 1-6月
    30,000 | 20,000 | 50,000 = 100,000 万元, 上年同期 92,000, 营收 33,000 | 21,000 | 52,000; no 本月 figure.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for tab, row in zip(("东方光伏", "东关饲料", "西岭建材"), ENT_ROWS, strict=True):
        ws = wb.create_sheet(tab)
        _card(ws, f"{row[1]}2026年1-6月主要经济指标",
              [("单位名称", row[1]), ("统一社会信用代码", row[2]), ("所在乡镇", row[3]), ("行业代码", row[4]),
               ("是否战新", row[5])],
              [["工业总产值（当年价格）", "万元", row[8], row[9]], ["营业收入", "万元", row[10], None]])
    path = folder / "统计局转报企业2026年6月快报.xlsx"
    wb.save(path)
    return path


def ent_card_in_qianyuan(folder: Path) -> Path:
    """One enterprise's return printed from the online platform, whose money unit is 千元: ``西岭建材有限公司
    2026年1-6月生产经营快报``, particulars, then 指标名称 | 计量单位 | 本年累计 | 上年同期 with 工业总产值 千元 500,000 |
    450,000 and 营业收入 千元 520,000 | 480,000.

    A reader takes (1 万元 = 10 千元): 西岭建材, 1-6月 50,000 万元, 上年同期 45,000, 营收 52,000 — never 500,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "快报"
    row = ENT_ROWS[2]
    _card(ws, "西岭建材有限公司2026年1-6月生产经营快报",
          [("单位名称", row[1]), ("统一社会信用代码", row[2]), ("所在乡镇", row[3]), ("行业代码", row[4]),
           ("是否战新", row[5])],
          [["工业总产值", "千元", 500000, 450000], ["营业收入", "千元", 520000, 480000]],
          head=("指标名称", "计量单位", "本年累计", "上年同期"))
    path = folder / "西岭建材2026年6月快报.xlsx"
    wb.save(path)
    return path


def ent_error_values_in_figure_cells(folder: Path) -> Path:
    """统计局's list with a formula column 产值增速（%） = I/J−1 and a VLOOKUP for 上年同期: the new enterprise
    东镇新材料有限公司 (入规 2026-03) has no last year's figure, so its 上年同期 shows ``#N/A`` and its 产值增速
    ``#DIV/0!`` (cached values of the formulas, as Excel saves them).

    A reader takes 4 enterprises, 1-6月 103,000 万元; 上年同期 25,000 | 22,000 | 45,000 | (none) — never 0 for
    ``#N/A``; the 产值增速 column is not a column of the form and its ``#DIV/0!`` harms nothing.
    """
    head = [*ENT_HEAD, "产值增速（%）"]
    wb, ws = _ent(head=head)
    rows = [[*ENT_ROWS[0], 20.0], [*ENT_ROWS[1], -9.1], [*ENT_ROWS[2], 11.1],
            [4, "东镇新材料有限公司", U[953], "东镇", "2929", "是", "2026-03", 1000, 3000, "#N/A", 3200, "#DIV/0!"]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "统计局2026年1-6月规上工业企业生产情况.xlsx"
    wb.save(path)
    return path


def ent_correction_same_day_with_a_note_sheet(folder: Path) -> list[Path]:
    """统计局 sent its June list in the morning (西岭建材 1-6月 50,000) and, the same afternoon, ``统计局6月规上月报
    （更正版）.xlsx`` whose title ends ``（更正版）`` and which has a second sheet 「更正说明」 saying ``西岭建材有限公司
    1-6月产值由50000万元更正为52000万元``.  Saved from one mail: both files have the same time.

    A reader takes the corrected list: 西岭建材 52,000; 1-6月 30,000 + 20,000 + 52,000 = 102,000 万元.
    """
    first, ws = _ent()
    for r, row in enumerate(ENT_ROWS, 4):
        _put(ws, r, 1, row)
    a = folder / "统计局6月规上月报.xlsx"
    first.save(a)
    second, ws2 = _ent("测试县2026年1-6月规上工业企业生产月报（更正版）")
    for r, row in enumerate(ENT_ROWS, 4):
        _put(ws2, r, 1, row)
    ws2["I6"] = 52000
    note = second.create_sheet("更正说明")
    note["A1"] = "更正说明"
    note["A2"] = "西岭建材有限公司1-6月产值由50000万元更正为52000万元，其余不变。"
    b = folder / "统计局6月规上月报（更正版）.xlsx"
    second.save(b)
    _same_time(a, b)
    return [a, b]


def ent_xls_with_a_hidden_row_and_percent_format(folder: Path) -> Path:
    """统计局's list saved as Excel 97-2003 (.xls): title ``测试县二〇二六年1-6月规上工业企业生产月报``; a fourth
    enterprise 西镇矿业有限公司 (1-6月 4,000) that closed is in a HIDDEN row 7; an extra column 产值增速 holds 0.2,
    −0.091, 0.111 shown as ``20.0%`` by a ``0.0%`` format.

    A reader of the shown sheet takes 3 enterprises, 1-6月 100,000 万元, 上年同期 92,000 (the hidden row is not
    counted; saying so is right).
    """
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("产值")
    head = [*ENT_HEAD, "产值增速"]
    ws.write_merge(0, 0, 0, len(head) - 1, "测试县二〇二六年1-6月规上工业企业生产月报")
    ws.write(1, 0, "填报单位：县统计局")
    ws.write(1, 9, "单位：万元")
    for c, h in enumerate(head):
        ws.write(2, c, h)
    pct = xlwt.easyxf(num_format_str="0.0%")
    rows = [[*ENT_ROWS[0], 0.2], [*ENT_ROWS[1], -0.091], [*ENT_ROWS[2], 0.111],
            [4, "西镇矿业有限公司", U[954], "西镇", "1011", "否", "2021-03", 0, 4000, 3000, 4200, 0.333]]
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row):
            ws.write(r, c, v, pct) if c == len(row) - 1 else ws.write(r, c, v)
    ws.row(6).hidden = True
    path = folder / "统计局2026年6月规上工业月报.xls"
    wb.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 全市各县区主要工业指标对比 (统计局)
# ---------------------------------------------------------------------------------------------

CITY_ROWS: list[list[Any]] = [
    ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
    ["测试县", 100000, 92000, 8.7, 8.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
    ["甲县", 200000, 180000, 11.1, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
    ["乙县", 150000, 140000, 7.1, 0.8, 6000, 7510, -20.1, 1100, 1000, 10.0],
    ["丙县", 180000, 168000, 7.1, 6.0, 8300, 8755, -5.2, 1200, 1240, -3.2],
]


def _city(head: list[str], rows: list[list[Any]], title: str = "测试市2026年1-6月各县区主要工业指标对比",
          line: str = "单位：万元、%") -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全市对比"
    _title(ws, title, len(head))
    _put(ws, 2, 1, [line])
    _put(ws, 3, 1, head)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def city_field_shorthand_headers(folder: Path) -> Path:
    """The city table headed in the bureau's shorthand: 县区 | 规工产值 | 产值上年同期 | 产值增速 | 增加值增速 | 工业固投
    | 固投上年同期 | 工业固投增速 | 技改 | 技改上年同期 | 技改增速.

    A reader takes 5 rows (全市 and four counties): 测试县 产值 100,000 万元, 增加值增速 8.5 (1st of 4), 工业固投 6,700
    (上年 8,000, −16.3 %), 技改 1,200 (上年 1,000, +20 %).
    """
    head = ["县区", "规工产值", "产值上年同期", "产值增速", "增加值增速", "工业固投", "固投上年同期", "工业固投增速",
            "技改", "技改上年同期", "技改增速"]
    wb, _ = _city(head, CITY_ROWS)
    path = folder / "全市工业指标对比2026年6月.xlsx"
    wb.save(path)
    return path


def city_rates_formatted_text_plain_and_small(folder: Path) -> Path:
    """The city table titled ``测试市二〇二六年上半年各县区主要工业指标`` with a line ``截止时间：2026年6月30日`` and the
    增加值增速 column pasted from several mails: 全市 0.06 and 测试县 0.085 under a ``0.0%`` format (Excel shows 6.0%
    and 8.5%), 甲县 ``7.2%`` (text), 乙县 0.8 (a plain number, General format: 乙县 grew 0.8 %, as the bureau's
    bulletin says), 丙县 6.

    A reader takes 增加值增速 6.0 | 8.5 | 7.2 | 0.8 | 6 — 测试县 first of four, 乙县 last; 乙县 never 80 %.
    """
    rows = [list(r) for r in CITY_ROWS]
    rows[0][4], rows[1][4], rows[2][4], rows[3][4], rows[4][4] = 0.06, 0.085, "7.2%", 0.8, 6
    head = ["县区", "规上工业总产值", "上年同期", "产值增速（%）", "增加值增速（%）", "工业固投", "固投上年同期",
            "固投增速（%）", "技改投资", "技改投资上年同期", "技改投资增速（%）"]
    wb, ws = _city(head, [], title="测试市二〇二六年上半年各县区主要工业指标", line="截止时间：2026年6月30日")
    _put(ws, 3, 1, ["单位：万元、%"])
    _put(ws, 4, 1, head)
    for r, row in enumerate(rows, 5):
        _put(ws, r, 1, row)
    ws["E5"].number_format = "0.0%"
    ws["E6"].number_format = "0.0%"
    path = folder / "测试市2026年上半年工业指标.xlsx"
    wb.save(path)
    return path


def city_may_then_june_copied(folder: Path) -> tuple[Path, Path]:
    """The bureau's May table (title 1-5月; 测试县 产值 82,000, 上年 76,000 …) and its June table made from May's
    file: title 1-6月, but every figure of every county is May's, left by mistake.

    A reader of both notices June's cumulative figures are May's to the digit and says so (a warning, or asking
    before taking them); taking them silently as June's is wrong.
    """
    may_rows = [[r[0], round(r[1] * 0.82), round(r[2] * 0.82), *r[3:5], round(r[5] * 0.8), round(r[6] * 0.8), r[7],
                 round(r[8] * 0.8), round(r[9] * 0.8), r[10]] for r in CITY_ROWS]
    head = ["县区", "规上工业总产值", "上年同期", "产值增速（%）", "增加值增速（%）", "工业固投", "固投上年同期",
            "固投增速（%）", "技改投资", "技改投资上年同期", "技改投资增速（%）"]
    may, _ = _city(head, may_rows, title="测试市2026年1-5月各县区主要工业指标对比")
    a = folder / "全市对比2026年5月.xlsx"
    may.save(a)
    june, _ = _city(head, may_rows)
    b = folder / "全市对比2026年6月.xlsx"
    june.save(b)
    return a, b


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目 (townships)
# ---------------------------------------------------------------------------------------------

FAI_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）",
            "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]


def _fai(title: str, sender: str, head: list[str] | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    _title(ws, title, len(head or FAI_HEAD))
    _put(ws, 2, 1, [f"填报单位：{sender}"])
    _put(ws, 3, 1, head or FAI_HEAD)
    return wb, ws


def _fai_rows(town: str, first: int, b: float, month_b: float = 100) -> list[list[Any]]:
    return [[1, pcode(first), f"{town}甲陶瓷生产线项目", "新建", "否", "是", 8000, 2000, "是", D(2026, 3, 10), "是",
             150, 800],
            [2, pcode(first + 1), f"{town}乙余热利用改造项目", "改建和技术改造", "是", "是", 3000, 1000, "是",
             D(2026, 4, 2), "是", month_b, b]]


def fai_correction_same_day_xiudingban(folder: Path) -> list[Path]:
    """西镇 mailed ``西镇6月固投.xlsx`` (乙 1-6月 400) and, an hour later the same day, ``西镇6月固投（修订版）.xlsx``
    (乙 450, title unchanged); saved from the mails at once, both files have the same time; dropped together.

    A reader takes the 修订版: 西镇 乙 450, 工业固投 of 西镇 800 + 450 = 1,250 万元.
    """
    paths = []
    for name, b in (("西镇6月固投.xlsx", 400), ("西镇6月固投（修订版）.xlsx", 450)):
        wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
        for r, row in enumerate(_fai_rows("西镇", 1, b), 4):
            _put(ws, r, 1, row)
        path = folder / name
        wb.save(path)
        paths.append(path)
    _same_time(*paths)
    return paths


def fai_may_correction_after_june(folder: Path) -> list[Path]:
    """东镇's May return (乙 1-5月 300), then June's (乙 1-6月 400), then — after June's — ``东镇5月固投更正.xlsx``,
    title ``东镇2026年1-5月工业固定资产投资项目进展情况（更正）`` with 乙 1-5月 330.

    A reader takes May as corrected (甲 650, 乙 330) and June unchanged (甲 800, 乙 400): the May correction never
    replaces June's return.
    """
    out = []
    for name, title, b, when in (("东镇5月固投.xlsx", "东镇2026年1-5月工业固定资产投资项目进展情况", 300, 7200),
                                 ("东镇6月固投.xlsx", "东镇2026年1-6月工业固定资产投资项目进展情况", 400, 3600),
                                 ("东镇5月固投更正.xlsx", "东镇2026年1-5月工业固定资产投资项目进展情况（更正）", 330, 0)):
        wb, ws = _fai(title, "东关镇人民政府", head=[*FAI_HEAD[:12], "累计完成投资（万元）"])
        rows = _fai_rows("东镇", 11, b)
        if "1-5月" in title:
            rows[0][12] = 650
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / name
        wb.save(path)
        if when:
            _age(path, when)
        out.append(path)
    return out


def fai_may_then_june_copied(folder: Path) -> tuple[Path, Path]:
    """西镇's May return (甲 1-5月 650, 乙 1-5月 350; 本月 150 | 100) and its June return made from May's file: the
    title says 1-6月 and the header ``1-6月累计完成投资``, but every figure (本月 and 累计) is May's, copied by mistake.

    A reader notices that June's 1-6月 equals May's 1-5月 for every project, and says so (warning or question).
    """
    out = []
    for m in (5, 6):
        head = [*FAI_HEAD[:12], f"1-{m}月累计完成投资（万元）"]
        wb, ws = _fai(f"西镇2026年1-{m}月工业固定资产投资项目进展情况", "西镇人民政府", head=head)
        rows = _fai_rows("西镇", 21, 350)
        rows[0][12] = 650
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
        path = folder / f"西镇{m}月固投.xlsx"
        wb.save(path)
        out.append(path)
    return out[0], out[1]


def fai_alt_enter_in_headers_names_and_flags(folder: Path) -> Path:
    """东镇's return typed with Alt+Enter everywhere: headers ``是否\\n技改``, ``计划\\n总投资\\n（万元）``,
    ``1-6月\\n累计完成\\n投资（万元）``; a name ``东镇甲陶瓷\\n生产线项目``; flags ``是\\n`` and the nature ``改建和\\n技术改造``.

    A reader takes 2 projects 东镇甲陶瓷生产线项目 | 东镇乙余热利用改造项目 (one 技改, both 开工 and 纳统), 1-6月 800 +
    400 = 1,200 万元, 技改 400.
    """
    head = ["序号", "项目代码", "项目\n名称", "建设\n性质", "是否\n技改", "是否\n重点项目", "计划\n总投资\n（万元）",
            "年度计划\n投资（万元）", "是否\n开工", "开工\n日期", "是否\n纳统", "本月完成\n投资（万元）",
            "1-6月\n累计完成\n投资（万元）"]
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", head=head)
    rows = _fai_rows("东镇", 31, 400)
    rows[0][2] = "东镇甲陶瓷\n生产线项目"
    rows[1][3] = "改建和\n技术改造"
    rows[1][4] = "是\n"
    rows[0][10] = "是\n"
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
        for c in range(1, 14):
            ws.cell(r, c).alignment = Alignment(wrap_text=True)
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def fai_comments_on_figure_cells(folder: Path) -> Path:
    """西镇's return with the clerk's notes as cell comments: on 乙's 1-6月 (M5, 450) ``含5月漏报50万元``; on 甲's
    是否纳统 (K4, 是) ``6月已报入库，待统计局审核``.

    A reader takes the figures as typed (甲 800, 乙 450 = 1,250 万元; both 纳统) and passes each comment on as a
    note about its cell (the county office must see them).
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    for r, row in enumerate(_fai_rows("西镇", 41, 450), 4):
        _put(ws, r, 1, row)
    ws["M5"].comment = Comment("含5月漏报50万元", "刘某")
    ws["K4"].comment = Comment("6月已报入库，待统计局审核", "刘某")
    path = folder / "西镇2026年6月固投（带批注）.xlsx"
    wb.save(path)
    return path


def fai_xls_hidden_project_row(folder: Path) -> Path:
    """东镇's return as .xls, title ``东镇二〇二六年1-6月工业固定资产投资项目进展情况``, with a third project
    丙 (已停建, 1-6月 0) in a row the clerk HID instead of deleting; the 合计 row under the shown rows is 1,200.

    A reader of the shown sheet takes 2 projects, 800 + 400 = 1,200 万元 (the hidden row is not a project now;
    saying so is right).
    """
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("项目表")
    ws.write_merge(0, 0, 0, len(FAI_HEAD) - 1, "东镇二〇二六年1-6月工业固定资产投资项目进展情况")
    ws.write(1, 0, "填报单位：东关镇人民政府")
    for c, h in enumerate(FAI_HEAD):
        ws.write(2, c, h)
    rows = _fai_rows("东镇", 51, 400)
    rows.append([3, pcode(53), "东镇丙物流仓储项目", "新建", "否", "否", 6000, 1000, "否", None, "否", 0, 0])
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v.isoformat() if isinstance(v, dt.date) else v)
    ws.row(5).hidden = True
    ws.write(6, 0, "合计")
    ws.write(6, 11, 250)
    ws.write(6, 12, 1200)
    path = folder / "东镇6月固投.xls"
    wb.save(str(path))
    return path


def fai_shorthand_headers(folder: Path) -> Path:
    """西镇's return in field shorthand: 项目代码 | 项目 | 性质 | 技改 | 重点 | 总投资 | 年度计划 | 开工 | 开工时间 | 纳统 |
    当月 | 工业固投（1-6月） — the last column is the project's completed investment to June, called 工业固投 as the
    township says it.

    A reader takes 2 projects, 1-6月 800 + 400 = 1,200 万元 (技改 400), 本月 150 + 100.
    """
    head = ["项目代码", "项目", "性质", "技改", "重点", "总投资", "年度计划", "开工", "开工时间", "纳统", "当月",
            "工业固投（1-6月）"]
    wb, ws = _fai("西镇2026年1-6月工业项目推进情况", "西镇人民政府", head=head)
    _put(ws, 2, 1, ["填报单位：西镇人民政府", None, None, None, None, "单位：万元"])
    for r, row in enumerate(_fai_rows("西镇", 61, 400), 4):
        _put(ws, r, 1, row[1:])
    path = folder / "西镇固投6月.xlsx"
    wb.save(path)
    return path


def land_month_sheets_with_next_month_prepared(folder: Path) -> Path:
    """自然资源局's register as sheets 「4月」 「5月」 「6月」 (each that month's parcels) plus 「7月」, which the clerk
    prepared in advance: title ``2026年7月工业用地供应情况`` and the header, no rows yet.  The file is sent on 5 July
    as the June return (``自然资源局供地台账2026年6月.xlsx``).

    A reader takes June's ledger, 3 parcels: 2026-04-08 东镇 DZ2026-131 14 亩; 2026-05-19 西镇 XZ2026-132 16 亩;
    2026-06-11 东镇 DZ2026-133 5 亩 — 3 宗, 35 亩, period 2026-06 (never July: 「7月」 is empty).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    parcels = {4: [1, "东镇化工园地块", "DZ2026-131", D(2026, 4, 8), "东镇", 14, 420],
               5: [1, "西镇陶瓷园地块", "XZ2026-132", D(2026, 5, 19), "西镇", 16, 480],
               6: [1, "东镇仓储地块", "DZ2026-133", D(2026, 6, 11), "东镇", 5, 150]}
    for m in (4, 5, 6, 7):
        ws = wb.create_sheet(f"{m}月")
        _title(ws, f"2026年{m}月工业用地供应情况", len(LAND_HEAD))
        _put(ws, 2, 1, ["填报单位：县自然资源局"])
        _put(ws, 3, 1, LAND_HEAD)
        if m in parcels:
            _put(ws, 4, 1, parcels[m])
    path = folder / "自然资源局供地台账2026年6月.xlsx"
    wb.save(path)
    return path


def funds_month_sheets_hidden_row_on_the_newest(folder: Path) -> Path:
    """As ``funds_dot_month_sheets_with_a_hidden_row`` but the hidden row is on the newest sheet 「2026.6」: 拨付 80
    (2026-06-28, 已收回) hidden under 筹集 500 and 上划 150; 「2026.5」 has no hidden row.

    A reader takes 拨付 300 + 200 + 100 = 600 万元 (the three shown), 筹集 500, 上划 150: 5 entries.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {"2026.4": [[D(2026, 4, 15), "工业发展资金拨付", "技改奖补第一批", 300, None]],
              "2026.5": [[D(2026, 5, 20), "工业发展资金拨付", "技改奖补第二批", 200, None],
                         [D(2026, 5, 22), "工业发展资金拨付", "专精特新奖励", 100, None]],
              "2026.6": [[D(2026, 6, 5), "工业发展资金筹集", "县级预算安排", 500, None],
                         [D(2026, 6, 26), "上划市工业倍增发展基金", "二季度上划", 150, "二季度"],
                         [D(2026, 6, 28), "工业发展资金拨付", "已收回", 80, None]]}
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        _title(ws, f"测试县{name}工业发展资金收支明细", len(FUND_HEAD))
        _put(ws, 2, 1, ["填报单位：县财政局", None, None, "单位：万元"])
        _put(ws, 3, 1, FUND_HEAD)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
    wb["2026.6"].row_dimensions[6].hidden = True
    path = folder / "财政局工业资金明细2026年6月.xlsx"
    wb.save(path)
    return path


def ent_particulars_row_then_figures_row(folder: Path) -> Path:
    """统计局's list written two rows per enterprise for the second one (pasted from a two-line Word table): row 5
    has 序号 2 (merged A5:A6), 东关饲料有限公司, its USCC, 东镇, 1329, 否, 2018-06 and nothing else; row 6 has only the
    figures 3,300 | 20,000 | 22,000 | 21,000.

    A reader takes 3 enterprises, 1-6月 30,000 | 20,000 | 50,000 = 100,000 万元, 上年同期 92,000.
    """
    wb, ws = _ent()
    _put(ws, 4, 1, ENT_ROWS[0])
    _put(ws, 5, 1, ENT_ROWS[1][:7])
    _put(ws, 6, 8, ENT_ROWS[1][7:])
    ws.merge_cells("A5:A6")
    _put(ws, 7, 1, ENT_ROWS[2])
    path = folder / "统计局6月规上企业（两行）.xlsx"
    wb.save(path)
    return path


def fai_final_and_v2_same_day(folder: Path) -> list[Path]:
    """东镇 sent ``东镇6月固投_v2.xlsx`` (乙 430) and, later the same day, ``东镇6月固投_最终版.xlsx`` (乙 460) whose
    title ends ``（最终版）``; saved from the mails at once (same time), dropped together.

    A reader takes the 最终版: 乙 460 (asking which counts is acceptable; taking v2's 430 silently is not).
    """
    paths = []
    for name, tail, b in (("东镇6月固投_v2.xlsx", "", 430), ("东镇6月固投_最终版.xlsx", "（最终版）", 460)):
        wb, ws = _fai(f"东镇2026年1-6月工业固定资产投资项目进展情况{tail}", "东关镇人民政府")
        for r, row in enumerate(_fai_rows("东镇", 71, b), 4):
            _put(ws, r, 1, row)
        path = folder / name
        wb.save(path)
        paths.append(path)
    _same_time(*paths)
    return paths


# ---------------------------------------------------------------------------------------------
# Second look: marks inside figures, totals and struck rows in month sheets, a 更正说明 table in front
# ---------------------------------------------------------------------------------------------

def funds_month_sheets_with_a_struck_row(folder: Path) -> Path:
    """财政局's ledger as sheets 「4月」 「5月」 「6月」; on 「5月」 the clerk struck through a whole row (拨付 120,
    2026-05-25, 已撤销) instead of deleting it.

    A reader takes 拨付 300 + 200 = 500 万元, 筹集 500, 上划 150: 4 entries; the struck row is not counted (a warning
    naming it is right).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {"4月": [[D(2026, 4, 15), "工业发展资金拨付", "技改奖补第一批", 300, None]],
              "5月": [[D(2026, 5, 20), "工业发展资金拨付", "技改奖补第二批", 200, None],
                     [D(2026, 5, 25), "工业发展资金拨付", "已撤销", 120, None]],
              "6月": [[D(2026, 6, 5), "工业发展资金筹集", "县级预算安排", 500, None],
                     [D(2026, 6, 26), "上划市工业倍增发展基金", "二季度上划", 150, "二季度"]]}
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        _title(ws, f"测试县2026年{name}工业发展资金收支明细", len(FUND_HEAD))
        _put(ws, 2, 1, ["填报单位：县财政局", None, None, "单位：万元"])
        _put(ws, 3, 1, FUND_HEAD)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
    for c in range(1, 6):
        wb["5月"].cell(5, c).font = Font(strike=True)
    path = folder / "财政局2026年工业资金收支（4-6月）.xlsx"
    wb.save(path)
    return path


def land_month_sheets_with_month_totals(folder: Path) -> Path:
    """自然资源局's month sheets 「4月」 「5月」 「6月」, each ending with a ``本月小计`` row (宗数 in 序号's column, 亩
    and 万元 summed) and 「6月」 also with ``1-6月累计`` (3 宗, 48 亩, 1,440 万元) under it.

    A reader takes 3 parcels: 2026-04-12 东镇 DZ2026-141 20 亩; 2026-05-07 西镇 XZ2026-142 18 亩; 2026-06-03 东镇
    DZ2026-143 10 亩 — 3 宗, 48 亩 (the 小计 and 累计 rows are not parcels).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    parcels = {4: [1, "东镇电子材料地块", "DZ2026-141", D(2026, 4, 12), "东镇", 20, 600],
               5: [1, "西镇石材加工地块", "XZ2026-142", D(2026, 5, 7), "西镇", 18, 540],
               6: [1, "东镇食品加工地块", "DZ2026-143", D(2026, 6, 3), "东镇", 10, 300]}
    for m, row in parcels.items():
        ws = wb.create_sheet(f"{m}月")
        _title(ws, f"2026年{m}月工业用地供应情况", len(LAND_HEAD))
        _put(ws, 2, 1, ["填报单位：县自然资源局"])
        _put(ws, 3, 1, LAND_HEAD)
        _put(ws, 4, 1, row)
        _put(ws, 5, 1, ["本月小计", "1宗", None, None, None, row[5], row[6]])
        if m == 6:
            _put(ws, 6, 1, ["1-6月累计", "3宗", None, None, None, 48, 1440])
    path = folder / "自然资源局供地2026年4-6月.xlsx"
    wb.save(path)
    return path


def fai_figures_with_notes_after_alt_enter_and_a_star(folder: Path) -> Path:
    """西镇's return with notes typed into figure cells: 甲's 1-6月 ``800\n（含设备300）`` (Alt+Enter, then the
    note) and 乙's 计划总投资 ``3000※`` (a mark explained under the table: ``※为调整后总投资``).

    A reader takes 甲 800 (1,250 万元 with 乙's 450), 乙 计划总投资 3,000 — never 800300; asking on M4 and G5 is
    acceptable.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    rows = _fai_rows("西镇", 81, 450)
    rows[0][12] = "800\n（含设备300）"
    rows[1][6] = "3000※"
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    ws.cell(4, 13).alignment = Alignment(wrap_text=True)
    _put(ws, 7, 1, ["注：※为调整后总投资。"])
    path = folder / "西镇6月固投（有注）.xlsx"
    wb.save(path)
    return path


def fai_circled_footnote_marks_on_figures(folder: Path) -> Path:
    """西镇's return with footnote marks typed after two figures, explained under the table: 乙's 1-6月 ``450①``
    and 乙's 本月 ``100②``; the note row says ``注：①含5月漏报50万元；②含设备款。``

    A reader takes 乙 1-6月 450 and 本月 100 (西镇 1-6月 800 + 450 = 1,250 万元) — never 4,501 and 1,002 (the
    circled digits are marks, not digits); asking on M5 and L5 is acceptable.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    rows = _fai_rows("西镇", 91, 450)
    rows[1][12] = "450①"
    rows[1][11] = "100②"
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["注：①含5月漏报50万元；②含设备款。"])
    path = folder / "西镇2026年6月工业投资（加注）.xlsx"
    wb.save(path)
    return path


def ent_correction_with_a_table_sheet_in_front(folder: Path) -> list[Path]:
    """统计局's June list (西岭建材 50,000), then ``统计局6月规上月报更正.xlsx`` whose FIRST sheet 「更正说明」 is a
    small table — 企业名称 | 统一社会信用代码 | 更正前1-6月产值 | 更正后1-6月产值 with the one row 西岭建材 | … | 50000 |
    52000 — and whose second sheet 「产值」 is the whole corrected list.  Sent the same day (same time).

    A reader takes the corrected list: 3 enterprises, 30,000 + 20,000 + 52,000 = 102,000 万元 — never a list of
    西岭建材 alone, and never 50,000 (the 更正前 figure).
    """
    first, ws = _ent()
    for r, row in enumerate(ENT_ROWS, 4):
        _put(ws, r, 1, row)
    a = folder / "统计局6月规上月报.xlsx"
    first.save(a)
    second = openpyxl.Workbook()
    note = second.active
    note.title = "更正说明"
    _title(note, "测试县2026年1-6月规上工业企业生产月报更正说明", 4)
    _put(note, 2, 1, ["企业名称", "统一社会信用代码", "更正前1-6月产值（万元）", "更正后1-6月产值（万元）"])
    _put(note, 3, 1, ["西岭建材有限公司", U[952], 50000, 52000])
    ws2 = second.create_sheet("产值")
    _title(ws2, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws2, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws2, 3, 1, ENT_HEAD)
    for r, row in enumerate(ENT_ROWS, 4):
        _put(ws2, r, 1, row)
    ws2["I6"] = 52000
    b = folder / "统计局6月规上月报更正.xlsx"
    second.save(b)
    _same_time(a, b)
    return [a, b]


def land_area_in_square_metres_by_the_header(folder: Path) -> Path:
    """自然资源局's land list copied from the 出让合同 system, whose area is in square metres: header ``出让面积
    （平方米）`` with 13,333.4 | 8,000 | 20,000.1.

    A reader converts (1 亩 = 666.67 平方米): 20 | 12 | 30 亩 = 62 亩, 3 宗 — never 41,333 亩; asking for 亩 is
    acceptable.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["序号", "宗地名称", "电子监管号", "供地日期", "所在乡镇", "出让面积（平方米）", "成交价款（万元）"])
    rows = [[1, "东镇光伏三期地块", "DZ2026-151", D(2026, 3, 9), "东镇", 13333.4, 600],
            [2, "西镇建材二期地块", "XZ2026-152", D(2026, 5, 6), "西镇", 8000, 360],
            [3, "东镇装备二期地块", "DZ2026-153", D(2026, 6, 12), "东镇", 20000.1, 900]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "自然资源局2026年6月工业用地出让.xlsx"
    wb.save(path)
    return path


def land_area_typed_in_square_metres(folder: Path) -> Path:
    """自然资源局's list with the area typed with its unit, as the 出让公告 gives it: ``13333.4㎡``, ``8000m²``,
    ``20亩`` under a header 供地面积 (no unit).

    A reader takes 20 | 12 | 20 亩 = 52 亩 — never 133,334 or 80,002; asking on F4 and F5 is acceptable.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "测试县2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, ["序号", "宗地名称", "电子监管号", "供地日期", "所在乡镇", "供地面积", "成交价款（万元）"])
    rows = [[1, "东镇光伏四期地块", "DZ2026-161", D(2026, 3, 9), "东镇", "13333.4㎡", 600],
            [2, "西镇建材三期地块", "XZ2026-162", D(2026, 5, 6), "西镇", "8000m²", 360],
            [3, "东镇装备三期地块", "DZ2026-163", D(2026, 6, 12), "东镇", "20亩", 600]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    path = folder / "自然资源局2026年6月供地（面积带单位）.xlsx"
    wb.save(path)
    return path


def ent_correction_said_only_in_words(folder: Path) -> list[Path]:
    """统计局's June list (西岭建材 1-6月 50,000), then the same day ``统计局6月规上月报更正说明.xlsx``: one sheet with a
    title ``关于2026年1-6月规上工业企业生产月报的更正说明`` and two lines of text — ``西岭建材有限公司1-6月工业总产值由
    50000万元更正为52000万元，其余企业数据不变。`` and ``县统计局 2026年7月6日`` — no table.

    A reader either applies the correction (西岭建材 52,000) or asks for a corrected list; the June list of 3
    enterprises must never be replaced by an empty return (1-6月 100,000 万元 stands until then).
    """
    first, ws = _ent()
    for r, row in enumerate(ENT_ROWS, 4):
        _put(ws, r, 1, row)
    a = folder / "统计局6月规上月报.xlsx"
    first.save(a)
    second = openpyxl.Workbook()
    note = second.active
    note.title = "Sheet1"
    _title(note, "关于2026年1-6月规上工业企业生产月报的更正说明", 8)
    note["A3"] = "西岭建材有限公司1-6月工业总产值由50000万元更正为52000万元，其余企业数据不变。"
    note["F5"] = "县统计局"
    note["F6"] = "2026年7月6日"
    b = folder / "统计局6月规上月报更正说明.xlsx"
    second.save(b)
    _same_time(a, b)
    return [a, b]


def ent_cards_with_a_hidden_sheet_of_a_closed_enterprise(folder: Path) -> Path:
    """统计局's forwarded cards, one sheet per enterprise (「东方光伏」 「东关饲料」 「西岭建材」), plus a HIDDEN sheet
    「西镇矿业」 — last year's card of an enterprise that has since left the list (1-6月 4,000, 上年同期 3,000).

    A reader takes the 3 shown cards: 1-6月 100,000 万元, 上年同期 92,000; the hidden sheet is not a fourth enterprise.
    """
    path = ent_cards_per_sheet_benqi_is_cumulative(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.create_sheet("西镇矿业")
    _card(ws, "西镇矿业有限公司2026年1-6月主要经济指标",
          [("单位名称", "西镇矿业有限公司"), ("统一社会信用代码", U[954]), ("所在乡镇", "西镇"), ("行业代码", "1011"),
           ("是否战新", "否")],
          [["工业总产值（当年价格）", "万元", 4000, 3000], ["营业收入", "万元", 4200, None]])
    ws.sheet_state = "hidden"
    wb.save(path)
    return path


def funds_month_sheets_with_an_error_value(folder: Path) -> Path:
    """财政局's ledger as sheets 「4月」 「5月」 「6月」 (as ``funds_month_sheets_with_a_comment`` without the comment);
    on 「5月」 the 200 (D4) is a broken formula showing ``#REF!``.

    A reader cannot take 拨付 for 「5月」 D4: the amount is asked about on that cell (never read as empty).
    """
    path = funds_month_sheets_with_a_struck_row(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb["5月"]
    ws.delete_rows(5)
    ws["D4"] = "#REF!"
    wb.save(path)
    return path


def funds_month_sheets_with_a_comment(folder: Path) -> Path:
    """财政局's ledger as sheets 「4月」 「5月」 「6月」 (as ``funds_month_sheets_with_a_struck_row`` without the struck
    row); on 「5月」 the 200 (D4) carries a comment ``此数为预拨，待6月清算``.

    A reader takes 拨付 500 万元, 筹集 500, 上划 150 and passes the comment on as a note about D4 of 「5月」.
    """
    path = funds_month_sheets_with_a_struck_row(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb["5月"]
    ws.delete_rows(5)
    ws["D4"].comment = Comment("此数为预拨，待6月清算", "财政局")
    wb.save(path)
    return path
