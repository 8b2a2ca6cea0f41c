"""Hand-made workbooks, round 11: the 合计 and 小计 a clerk types on each SHEET of a return kept over several —
a register kept as a sheet per month, a table printed over pages (续表) — and nil returns whose header is short.

A clerk who closes each month's sheet with ``合计`` or ``5月小计``, or each printed page with ``本页合计``, expects
each to be checked against that sheet's own rows (not the whole return's) and to hear nothing when it adds up;
a 合计 on the last page that adds up to that page only is that page's total, not a wrong grand total.  A nil
return (``本月无项目`` under the header) whose header lacks some of the form's columns has no rows those columns
would feed: it is told nothing about them.

Every function writes one workbook into ``folder`` and returns its path; its docstring says what a reader takes
from it.  The county is tests/scenarios_more.write_full_config (东镇 = 东关镇, 西镇; 统计局, 自然资源局 …); the
period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.handmade.fresh9 import ENT_HEAD, ENT_ROWS

D = dt.date
LAND_HEADER = ["序号", "供地日期", "宗地名称", "电子监管号", "坐落乡镇", "供地面积（亩）", "成交价款（万元）"]

#: 自然资源局's parcels of 2026, month by month (each sheet's new parcels only): 序号 … 供地面积 | 成交价款.
PARCELS: dict[str, list[list[Any]]] = {
    "4月": [[1, D(2026, 4, 8), "东镇新能源产业园地块", "DZ2026-41", "东镇", 20, 600],
            [2, D(2026, 4, 22), "西镇食品加工园地块", "XZ2026-42", "西镇", 15, 450]],
    "5月": [[1, D(2026, 5, 6), "东镇装备园一号地块", "DZ2026-51", "东镇", 12, 360],
            [2, D(2026, 5, 19), "西镇物流园二号地块", "XZ2026-52", "西镇", 8, 240]],
    "6月": [[1, D(2026, 6, 3), "东镇电子信息园地块", "DZ2026-61", "东镇", 30, 900]],
}


def _sheets(wb: openpyxl.Workbook, names: list[str]) -> list[Worksheet]:
    out = []
    for i, name in enumerate(names):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        out.append(ws)
    return out


def _land_month(ws: Worksheet, close: str, typed: dict[str, int]) -> None:
    """One month's sheet: title, 填报单位/单位 line, header, the month's parcels, then its closing line labelled
    ``close`` (合计, 5月小计) with its area and price sums (``typed``: a sum the clerk typed instead)."""
    month = ws.title
    _title(ws, f"县自然资源局2026年{month}工业用地供应台账", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, "面积：亩", "金额：万元"])
    _put(ws, 3, 1, LAND_HEADER)
    rows = PARCELS[month]
    for r, values in enumerate(rows, 4):
        _put(ws, r, 1, values)
    area = typed.get(f"{month}面积", sum(v[5] for v in rows))
    price = typed.get(month, sum(v[6] for v in rows))
    _put(ws, 4 + len(rows), 1, [close, None, None, None, None, area, price])


def land_months_each_with_its_total(folder: Path, typed: dict[str, int] | None = None, word: str = "合计") -> Path:
    """自然资源局 keeps the year's land ledger as a sheet a month — 「4月」, 「5月」, 「6月」, each titled
    ``县自然资源局2026年N月工业用地供应台账`` and listing that month's new parcels — and closes each sheet with a
    ``合计`` row (in 序号's column) summing the month's 供地面积 and 成交价款: 4月 35 亩 1,050 万元 (A6), 5月 20 亩
    600 万元 (A6), 6月 30 亩 900 万元 (A5).

    A reader takes 2026-06, 5 parcels: 85 亩, 2,550 万元; each 合计 adds up and is no parcel.  ``typed`` puts
    another figure where the clerk typed one: ``{"5月": 630}`` — 5月's 合计 of 成交价款 (G6) says 630 where its
    two parcels make 360 + 240 = 600: said on 「5月」!G6 with 630 and 600, nothing on the other sheets.
    ``word``: the closing label, ``{m}`` the sheet's month (``{m}合计`` → ``5月合计``; ``本月合计``): the same.
    """
    wb = openpyxl.Workbook()
    for ws in _sheets(wb, list(PARCELS)):
        _land_month(ws, word.format(m=ws.title), typed or {})
    path = folder / "自然资源局2026年工业用地供应台账（分月）.xlsx"
    wb.save(path)
    return path


def land_months_each_closed_by_a_subtotal(folder: Path, typed: dict[str, int] | None = None) -> Path:
    """The same ledger (「4月」, 「5月」, 「6月」), each month's sheet closed by a ``4月小计`` / ``5月小计`` /
    ``6月小计`` row instead of 合计 — the clerk's word for a month's own sum.

    A reader takes 2026-06, 5 parcels, 85 亩, 2,550 万元, each 小计 no parcel, each adding up.  With
    ``{"4月": 1005}`` 4月小计's 成交价款 (G6) says 1,005 where 600 + 450 = 1,050 (digits swapped): said on
    「4月」!G6 with 1,005 and 1,050.
    """
    wb = openpyxl.Workbook()
    for ws in _sheets(wb, list(PARCELS)):
        _land_month(ws, f"{ws.title}小计", typed or {})
    path = folder / "自然资源局2026年工业用地供应台账（分月小计）.xlsx"
    wb.save(path)
    return path


def _ent_page(ws: Worksheet, rows: list[list[Any]], start: int) -> int:
    _put(ws, start, 1, ENT_HEAD)
    for r, row in enumerate(rows, start + 1):
        _put(ws, r, 1, row)
    return start + 1 + len(rows)


def _sums(rows: list[list[Any]]) -> list[Any]:
    """A 合计 row's figures: 本月产值 … 1-6月营业收入 summed over ``rows`` (columns H-K)."""
    return [None] * 7 + [sum(r[k] for r in rows) for k in range(7, 11)]


def ent_pages_each_with_a_page_total(folder: Path, first_page: int | None = None, grand: bool = True) -> Path:
    """统计局's enterprise list printed on two pages, each a sheet: 「规上企业」 (title, 单位 line, header,
    enterprises 1-3, then ``本页合计`` in A7: 本月 16,300, 1-6月 100,000, 上年同期 92,000, 营收 106,000) and 「续表」
    (``（续表）``, the header, enterprises 4-5, ``本页合计`` in A5: 1,700 | 10,000 | 8,000 | 10,300, then, when
    ``grand``, ``合计`` in A6 for the whole table: 18,000 | 110,000 | 100,000 | 116,300).

    A reader takes 5 enterprises, 1-6月 110,000 万元; every 合计 adds up (each page's to its page, the last to the
    whole table), none is an enterprise, nothing is warned.  ``first_page=10000``: the first page's 本页合计 of
    1-6月 (I7) says 10,000 where 30,000 + 20,000 + 50,000 = 100,000: said on 「规上企业」!I7, and only there.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    end = _ent_page(ws, ENT_ROWS[:3], 3)
    page = _sums(ENT_ROWS[:3])
    if first_page is not None:
        page[8] = first_page
    _put(ws, end, 1, ["本页合计", *page[1:]])
    ws2 = wb.create_sheet("续表")
    _put(ws2, 1, 1, ["（续表）"])
    end = _ent_page(ws2, ENT_ROWS[3:], 2)
    _put(ws2, end, 1, ["本页合计", *_sums(ENT_ROWS[3:])[1:]])
    if grand:
        _put(ws2, end + 1, 1, ["合计", *_sums(ENT_ROWS)[1:]])
    path = folder / "统计局2026年1-6月规上工业企业生产月报（分页合计）.xlsx"
    wb.save(path)
    return path


def ent_last_page_total_of_that_page(folder: Path) -> Path:
    """The list on two pages, 「规上企业」 (enterprises 1-3) and 「第2页」 (the header again, enterprises 4-5),
    the second closed by a row labelled only ``合计`` (A4) that sums that page's two enterprises: 本月 1,700,
    1-6月 10,000, 上年同期 8,000, 营收 10,300 — the clerk totalled each printed page, and page 1 has none.

    A reader takes 5 enterprises, 1-6月 110,000 万元, and sees that 合计 as 第2页's own: it adds up to that page's
    rows.  Said as that page's total (本页合计), never as a grand total off by 100,000.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规上企业"
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _ent_page(ws, ENT_ROWS[:3], 3)
    ws2 = wb.create_sheet("第2页")
    end = _ent_page(ws2, ENT_ROWS[3:], 1)
    _put(ws2, end, 1, ["合计", *_sums(ENT_ROWS[3:])[1:]])
    path = folder / "统计局2026年1-6月规上工业企业生产月报（每页合计）.xlsx"
    wb.save(path)
    return path


def ent_continued_on_sheet2_same_header(folder: Path) -> Path:
    """The list goes on on a second sheet the clerk never renamed: 「Sheet1」 holds the title, the 单位 line, the
    header and enterprises 1-3; 「Sheet2」 the same header word for word (row 1) and enterprises 4-5 — no 续表 in
    any name, no title on Sheet2.

    A reader takes one return of 5 enterprises: 1-6月 110,000 万元, 上年同期 100,000; 东镇风电设备 is Sheet2's
    row 3.  Reading Sheet1 alone (100,000) loses two enterprises.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _ent_page(ws, ENT_ROWS[:3], 3)
    _ent_page(wb.create_sheet("Sheet2"), ENT_ROWS[3:], 1)
    path = folder / "统计局2026年6月规上企业.xlsx"
    wb.save(path)
    return path


def fai_nil_return_short_header(folder: Path) -> Path:
    """西镇 has no industrial project: its June return has the title, 填报单位 line and a short header of its own
    — 序号 | 项目代码 | 项目名称 | 建设性质 | 计划总投资（万元） | 本月完成投资（万元） | 1-6月累计完成投资（万元）
    (no 是否技改, 是否重点项目, 年度计划投资, 是否开工, 开工日期, 是否纳统) — then ``本月无在建工业固定资产投资项目`` in A4.

    A reader takes a valid nil return of 西镇 for 2026-06, 0 projects, said once as such; nothing about the
    columns the header lacks, not even the required 是否纳统 (there is no row they would be read from).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    head = ["序号", "项目代码", "项目名称", "建设性质", "计划总投资（万元）", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]
    _title(ws, "西镇2026年1-6月工业固定资产投资项目进展情况", len(head))
    _put(ws, 2, 1, ["填报单位：西镇人民政府"])
    _put(ws, 3, 1, head)
    ws.cell(4, 1, "本月无在建工业固定资产投资项目")
    ws.merge_cells("A4:G4")
    path = folder / "西镇6月工业投资报表.xlsx"
    wb.save(path)
    return path


def fai_rows_short_header(folder: Path) -> Path:
    """西镇's June return with the same short header (no 是否技改 … 是否纳统) and one project: 西镇甲陶瓷生产线项目,
    新建, 计划总投资 8,000, 本月 150, 1-6月 800 万元.

    A reader cannot count the project without 是否纳统 (asked for on the header, row 3) and is told what the
    other missing columns mean for it (技改 read as unfilled; 重点项目, 年度计划投资, 是否开工 figures empty): what a
    nil return with this header is spared stays for a return with rows.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    head = ["序号", "项目代码", "项目名称", "建设性质", "计划总投资（万元）", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]
    _title(ws, "西镇2026年1-6月工业固定资产投资项目进展情况", len(head))
    _put(ws, 2, 1, ["填报单位：西镇人民政府"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "2601-610599-04-01-001140", "西镇甲陶瓷生产线项目", "新建", 8000, 150, 800])
    path = folder / "西镇6月工业投资报表.xlsx"
    wb.save(path)
    return path
