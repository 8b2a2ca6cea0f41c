"""Hand-made workbooks, round 9: a return kept as a SHEET PER MONTH (or quarter) (issue 11).

A clerk who keeps the year in one workbook adds a sheet a month.  What the sheets are depends on the form and
on what the sheets hold, as a person reading them sees at once:

- a register of events (要素保障: parcels supplied, sums raised) whose sheets each list that month's new
  events is ONE ledger split by month: its rows together are the year's ledger;
- the same register whose sheets each repeat the earlier months' events (the ledger to date, as the form asks)
  is the year's returns: the newest sheet is the ledger;
- a register whose sheets repeat some events and not others cannot be summed (twice) nor cut: asked;
- a return of the period's figures (项目 1–N 累计, a project ledger's states) as a sheet per month is the
  year's returns: the newest is read, whatever the sheets are named; sheets of such a return holding
  different records (new projects only, month by month) are asked about;
- a register kept as a sheet per TOWNSHIP stays one return over its townships.

Every function writes one workbook into ``folder`` and returns its path; its docstring says what a reader
takes from it.  The county is tests/scenarios_more.write_full_config (东镇 = 东关镇, 西镇; 招商局, 自然资源局,
财政局); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

D = dt.date
LAND_HEADER = ["序号", "供地日期", "宗地名称", "电子监管号", "坐落乡镇", "供地面积（亩）", "成交价款（万元）"]


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (series 9xx: none of the earlier rounds')."""
    return f"2601-610599-04-01-{900 + n:06d}"


def _title(ws: Worksheet, text: str, last_col: int) -> None:
    ws.cell(1, 1, text).font = Font(name="宋体", size=14, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)


def _put(ws: Worksheet, row: int, values: list[Any]) -> None:
    for i, v in enumerate(values, 1):
        if v is not None:
            ws.cell(row, i, v)


def _sheets(wb: openpyxl.Workbook, names: list[str]) -> list[Worksheet]:
    out = []
    for i, name in enumerate(names):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        out.append(ws)
    return out


def funds_a_sheet_per_quarter(folder: Path) -> Path:
    """财政局 keeps its fund ledger as a sheet per quarter, 「第一季度」 and 「第二季度」, each titled
    ``测试县2026年第X季度工业发展资金情况`` and listing that quarter's sums only: 事项 | 日期 | 摘要 | 金额（万元） |
    所属季度.  The file says the half year (``财政局工业资金2026年上半年.xlsx``).

    A reader takes the half year's ledger, 1-6月: 上划市工业倍增发展基金 120 (2026-03-28, Q1) + 150 (2026-06-26, Q2)
    = 270 万元; 工业发展资金筹集 500 (2026-02-10); 拨付 300 (2026-04-15) + 200 (2026-06-20) = 500 万元; 5 entries.
    """
    wb = openpyxl.Workbook()
    q1, q2 = _sheets(wb, ["第一季度", "第二季度"])
    rows = {q1: [["上划市工业倍增发展基金", D(2026, 3, 28), "一季度上划", 120, 1],
                 ["工业发展资金筹集", D(2026, 2, 10), "县级预算安排", 500, None]],
            q2: [["工业发展资金拨付", D(2026, 4, 15), "技改奖补第一批", 300, None],
                 ["上划市工业倍增发展基金", D(2026, 6, 26), "二季度上划", 150, 2],
                 ["工业发展资金拨付", D(2026, 6, 20), "技改奖补第二批", 200, None]]}
    for ws, words in ((q1, "第一季度"), (q2, "第二季度")):
        _title(ws, f"测试县2026年{words}工业发展资金情况", 5)
        _put(ws, 2, ["填报单位：县财政局", None, None, "单位：万元"])
        _put(ws, 3, ["事项", "日期", "摘要", "金额（万元）", "所属季度"])
        for r, values in enumerate(rows[ws], 4):
            _put(ws, r, values)
    path = folder / "财政局工业资金2026年上半年.xlsx"
    wb.save(path)
    return path


def land_sheets_named_by_date_one_parcel_late(folder: Path) -> Path:
    """自然资源局's land ledger kept as a sheet per month named the way WPS dates them — 「2026.2」, 「2026.3」,
    「2026.5」 (no parcel in April: no sheet) — under one title without a month, ``县自然资源局工业用地供应台账``, with
    序号 | 供地日期 | 宗地名称 | 电子监管号 | 坐落乡镇 | 供地面积（亩） | 成交价款（万元）.  On 「2026.5」 the clerk added a
    parcel supplied on 2026-04-28 (entered late, in May's sheet) above May's own.

    A reader takes 2026-05 (the newest sheet), 4 parcels — 2026-02-10 东镇 DZ2026-21 18 亩, 2026-03-16 西镇 XZ2026-22
    22 亩, 2026-04-28 东镇 DZ2026-23 8 亩, 2026-05-09 西镇 XZ2026-24 12 亩: 4 宗, 60 亩 — and asks whether the April
    parcel's date or its sheet is right (B5 of 「2026.5」), counting it once either way.
    """
    wb = openpyxl.Workbook()
    sheets = _sheets(wb, ["2026.2", "2026.3", "2026.5"])
    parcels = {"2026.2": [[1, D(2026, 2, 10), "东镇新材料产业园地块", "DZ2026-21", "东镇", 18, 540]],
               "2026.3": [[1, D(2026, 3, 16), "西镇农产品加工园地块", "XZ2026-22", "西镇", 22, 660]],
               "2026.5": [[1, D(2026, 4, 28), "东镇装备制造园地块", "DZ2026-23", "东镇", 8, 240],
                          [2, D(2026, 5, 9), "西镇物流园地块", "XZ2026-24", "西镇", 12, 360]]}
    for ws in sheets:
        _title(ws, "县自然资源局工业用地供应台账", 7)
        _put(ws, 2, ["填报单位：县自然资源局", None, None, None, None, "面积：亩", "金额：万元"])
        _put(ws, 3, LAND_HEADER)
        for r, values in enumerate(parcels[ws.title], 4):
            _put(ws, r, values)
    path = folder / "自然资源局工业用地台账2026.xlsx"
    wb.save(path)
    return path


def land_sheets_each_the_ledger_to_date(folder: Path) -> Path:
    """自然资源局 keeps the ledger as the form asks — each month's sheet is last month's copied with the new
    parcels added — and keeps every month's sheet: 「3月」 (DZ2026-31) and 「6月」 (DZ2026-31 and XZ2026-32), each
    titled ``2026年1-N月工业用地供应情况``.

    A reader takes June's sheet (the ledger to 6月), 2 parcels: 2026-03-05 东镇 25 亩, 2026-06-02 西镇 10 亩 — 2 宗,
    35 亩 (never 3 宗: 「3月」's parcel is the same one again).
    """
    wb = openpyxl.Workbook()
    march, june = _sheets(wb, ["3月", "6月"])
    first = [1, D(2026, 3, 5), "东镇光伏园地块", "DZ2026-31", "东镇", 25, 750]
    second = [2, D(2026, 6, 2), "西镇建材园地块", "XZ2026-32", "西镇", 10, 300]
    for ws, m, rows in ((march, 3, [first]), (june, 6, [first, second])):
        _title(ws, f"2026年1-{m}月工业用地供应情况", 7)
        _put(ws, 2, ["填报单位：县自然资源局"])
        _put(ws, 3, LAND_HEADER)
        for r, values in enumerate(rows, 4):
            _put(ws, r, values)
    path = folder / "自然资源局2026年工业用地供应.xlsx"
    wb.save(path)
    return path


def land_sheets_repeat_some_parcels(folder: Path) -> Path:
    """自然资源局's sheets per month 「4月」 and 「6月」 where 「6月」 repeats one of April's two parcels (XZ2026-42) and
    adds a new one (DZ2026-43) but leaves out the other (DZ2026-41): neither the month's new parcels nor the
    ledger to date.

    A person cannot tell whether the 1-6月 ledger is 3 parcels (the sheets' new parcels, XZ2026-42 written twice)
    or 2 (June's sheet is the ledger, DZ2026-41 withdrawn): asked, never summed twice nor cut.
    """
    wb = openpyxl.Workbook()
    april, june = _sheets(wb, ["4月", "6月"])
    a = [1, D(2026, 4, 3), "东镇电子园地块", "DZ2026-41", "东镇", 16, 480]
    b = [2, D(2026, 4, 20), "西镇食品园地块", "XZ2026-42", "西镇", 9, 270]
    c = [2, D(2026, 6, 8), "东镇仓储地块", "DZ2026-43", "东镇", 6, 180]
    for ws, m, rows in ((april, 4, [a, b]), (june, 6, [[1, *b[1:]], c])):
        _title(ws, f"2026年{m}月工业用地供应情况", 7)
        _put(ws, 2, ["填报单位：县自然资源局"])
        _put(ws, 3, LAND_HEADER)
        for r, values in enumerate(rows, 4):
            _put(ws, r, values)
    path = folder / "自然资源局供地（4-6月）.xlsx"
    wb.save(path)
    return path


def land_a_sheet_per_township(folder: Path) -> Path:
    """自然资源局's 1-6月 land ledger kept as a sheet per township, 「东镇」 and 「西镇」, without a 乡镇 column, both
    titled ``2026年1-6月工业用地供应情况``.

    A reader takes one return, 3 parcels: 东镇 DZ2026-51 20 亩 and DZ2026-52 5 亩, 西镇 XZ2026-53 14 亩 — 3 宗, 39 亩.
    """
    wb = openpyxl.Workbook()
    east, west = _sheets(wb, ["东镇", "西镇"])
    rows = {east: [[1, D(2026, 2, 26), "东镇光电园地块", "DZ2026-51", 20, 600],
                   [2, D(2026, 5, 14), "东镇机械园地块", "DZ2026-52", 5, 150]],
            west: [[1, D(2026, 6, 18), "西镇建材园地块", "XZ2026-53", 14, 420]]}
    for ws in (east, west):
        _title(ws, "2026年1-6月工业用地供应情况", 6)
        _put(ws, 2, ["填报单位：县自然资源局"])
        _put(ws, 3, ["序号", "供地日期", "宗地名称", "电子监管号", "供地面积（亩）", "成交价款（万元）"])
        for r, values in enumerate(rows[ws], 4):
            _put(ws, r, values)
    path = folder / "自然资源局2026年1-6月供地（分乡镇）.xlsx"
    wb.save(path)
    return path


FAI_HEADER = ["序号", "项目名称", "项目代码", "建设性质", "是否技改", "是否重点项目", "总投资", "年度计划", "开工日期",
              "本月完成投资", "1-N月累计完成投资", "是否纳统"]


def fai_sheets_named_in_chinese_months(folder: Path) -> Path:
    """东镇 keeps its project report as a sheet per month named in Chinese numerals, 「四月」, 「五月」, 「六月」, the
    same two projects on each with growing 1-N月 figures, each titled ``东镇2026年1-N月工业投资项目进度表``.

    A reader takes June's sheet only (the year's returns, the newest is the return): 2 projects, 本月 600 / 400,
    累计 3,000 / 1,400 万元 (never April + May + June summed: 工业固投 0.44 亿元, not 1.1).
    """
    wb = openpyxl.Workbook()
    sheets = _sheets(wb, ["四月", "五月", "六月"])
    for m, ws in zip((4, 5, 6), sheets, strict=True):
        _title(ws, f"东镇2026年1-{m}月工业投资项目进度表", 12)
        _put(ws, 2, ["填报单位：东镇人民政府", None, None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, [*FAI_HEADER[:10], f"1-{m}月累计完成投资", FAI_HEADER[11]])
        _put(ws, 4, [1, "东镇光伏组件扩产项目", pcode(1), "扩建", "是", "是", 12000, 6000, D(2026, 2, 1), 600,
                     3000 - 600 * (6 - m), "是"])
        _put(ws, 5, [2, "东镇饲料加工项目", pcode(2), "新建", "否", "是", 5000, 2000, D(2026, 3, 1), 400,
                     1400 - 400 * (6 - m), "是"])
    path = folder / "东镇工业投资项目2026.xlsx"
    wb.save(path)
    return path


ATTRACTION_HEADER = ["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "总投资（万元）",
                     "本年到位资金（万元）"]


def attraction_new_projects_a_sheet_per_month(folder: Path) -> Path:
    """招商局 keeps only each month's NEW projects on a sheet per month, 「5月」 and 「6月」, each titled
    ``2026年X月招商引资项目台账``.  The form is the whole ledger at the month's end (every project, its stage and the
    year's funds to date), so the June sheet alone would drop May's project and the two sheets together are no
    ledger the form knows: asked, naming both sheets.
    """
    wb = openpyxl.Workbook()
    may, june = _sheets(wb, ["5月", "6月"])
    rows = {may: ["甲光伏装备项目", "甲公司", "新能源", "东镇", "签约", D(2026, 5, 12), None, 20000, 0],
            june: ["乙食品加工项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 6, 3), D(2026, 6, 20), 8000, 1000]}
    for ws, m in ((may, 5), (june, 6)):
        _title(ws, f"2026年{m}月招商引资项目台账", 9)
        _put(ws, 2, ["填报单位：县招商局"])
        _put(ws, 3, ATTRACTION_HEADER)
        _put(ws, 4, rows[ws])
    path = folder / "招商局2026年招商项目（分月）.xlsx"
    wb.save(path)
    return path
