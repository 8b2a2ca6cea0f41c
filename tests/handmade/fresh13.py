"""Hand-made returns, round 13: fresh eyes on what beizeng learned in round 12 — a return kept over several sheets
whose sheets state their units (``units_differ``), a column header still saying last month (``stale_month_header``),
each sheet's own 合计 / 小计 / 本页合计 / 总计 — in variants nobody had tried: the same unit written four ways
(``单位：万元`` / ``金额单位：万元`` / ``单位:万`` / ``（万元）`` in the headers), a unit said only in a sheet's name
(「6月(元)」), in a note under the table or in the merged title of a 续表, a sheet stating no unit between sheets that
do; 1-6月 headers on a 1-5月 title, 截至5月底 in a header, a month in a merged parent cell; 合计 above the rows and
wrong, a 合计 in 万元 under rows in 元, a 合计 that totals only some columns, 其中 lines under a 合计; a month sheet
saying 本月无供地 among month sheets with parcels, a write-down in a return sent in 元, a mark beside a figure on a 续表.

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or paths, in the order they are dropped); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局);
the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1300, 1330)}


def _ent_rows_with_township(ws: Worksheet, first_row: int, firms: list[Any], first_no: int, factor: float = 1) -> None:
    """The enterprises' rows from ``first_row`` with a 所属乡镇 column after the name (序号 from ``first_no``)."""
    for k, f in enumerate(firms):
        row = _ent_row(first_no + k, f, factor)
        _put(ws, first_row + k, 1, [*row[:3], f[2], *row[3:]])


def _ent_first_page() -> tuple[openpyxl.Workbook, list[str]]:
    """「第1页」 of 统计局's list with a 所属乡镇 column (``单位：万元``): title, lines, header, 东岭光电 and 东关面业."""
    head = [*ENT[:3], "所属乡镇", *ENT[3:]]
    wb, ws = _book("第1页")
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    _ent_rows_with_township(ws, 4, FIRMS[:2], 1)
    return wb, head


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2613: none of the earlier rounds')."""
    return f"2613-610599-04-01-{n:06d}"



def _empty_book() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    return wb


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局's land ledger, a sheet a month): units said in several ways
# ---------------------------------------------------------------------------------------------

LAND = ["序号", "供地时间", "地块名称", "宗地编号", "所在乡镇", "面积（亩）", "成交价款"]
#: month sheet -> parcels (序号, 日期, 名称, 编号, 乡镇, 亩, 价款 万元)
LOTS: dict[str, list[list[Any]]] = {
    "4月": [[1, D(2026, 4, 13), "东镇光伏组件园地块", "DZ2613-41", "东镇", 25, 750],
            [2, D(2026, 4, 27), "西镇农产品加工园地块", "XZ2613-42", "西镇", 10, 300]],
    "5月": [[1, D(2026, 5, 11), "东镇精细化工园地块", "DZ2613-51", "东镇", 16, 480]],
    "6月": [[1, D(2026, 6, 9), "西镇建材园三号地块", "XZ2613-61", "西镇", 20, 640],
            [2, D(2026, 6, 24), "东镇装备制造园地块", "DZ2613-62", "东镇", 6, 180]],
}


def _land_book(unit_line: dict[str, str | None], head: dict[str, list[str]] | None = None,
               factor: dict[str, int] | None = None, names: dict[str, str] | None = None,
               notes: dict[str, str] | None = None, titles: dict[str, str] | None = None) -> openpyxl.Workbook:
    """The ledger a sheet a month; per month: the unit line's text (None: no such line), the header, the factor
    the clerk multiplied 万元 by (元: 10,000), the sheet's name, a note under the last row."""
    wb = _empty_book()
    for month, rows in LOTS.items():
        ws = wb.create_sheet((names or {}).get(month, month))
        _title(ws, (titles or {}).get(month, f"自然资源局2026年{month}工业用地供应情况"), 7)
        line = unit_line.get(month)
        _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, line])
        _put(ws, 3, 1, (head or {}).get(month, LAND))
        k = (factor or {}).get(month, 1)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, [*row[:6], row[6] * k])
        if notes and month in notes:
            ws.cell(4 + len(rows) + 1, 1, notes[month])
    return wb


def land_same_unit_written_four_ways(folder: Path) -> Path:
    """The land ledger a sheet a month whose three clerks each wrote 万元 their own way: 「4月」 ``单位：万元``, 「5月」
    ``金额单位：万元`` and 「6月」 ``单位:万`` (half-width colon, 万 for 万元).  The headers are the same on all three.

    A reader takes 5 parcels, 77 亩, 成交价款 750 + 300 + 480 + 640 + 180 = 2,350 万元 — one unit written three
    ways, nothing to ask.
    """
    wb = _land_book({"4月": "单位：万元", "5月": "金额单位：万元", "6月": "单位:万"})
    path = folder / "自然资源局2026年供地台账（三种写法）.xlsx"
    wb.save(path)
    return path


def land_unit_in_line_on_one_sheet_in_headers_on_another(folder: Path) -> Path:
    """The ledger a sheet a month: 「4月」 and 「5月」 with ``单位：万元`` above the header; 「6月」 (retyped by the new
    clerk) without the line but with ``成交价款（万元）`` in the header.

    A reader takes 5 parcels, 2,350 万元 — 万元 in a line or in the header is the same unit.
    """
    head6 = [*LAND[:6], "成交价款（万元）"]
    wb = _land_book({"4月": "单位：万元", "5月": "单位：万元", "6月": None}, head={"6月": head6})
    path = folder / "自然资源局2026年供地台账（6月表头写单位）.xlsx"
    wb.save(path)
    return path


def land_sheet_named_with_its_unit(folder: Path) -> Path:
    """The ledger a sheet a month, 「4月」 and 「5月」 ``单位：万元``; the June sheet is named 「6月(元)」 and has no unit
    line: its clerk copied the prices from the contracts in 元 (西镇建材园三号地块 6,400,000, 东镇装备制造园地块
    1,800,000) and said so in the tab.

    A reader takes 5 parcels, 2,350 万元 (June's 640 + 180 万元) — or asks which unit June is in; never 8,201,530
    万元 with June's 元 read as 万元.
    """
    wb = _land_book({"4月": "单位：万元", "5月": "单位：万元", "6月": None}, factor={"6月": 10000},
                    names={"6月": "6月(元)"})
    path = folder / "自然资源局2026年供地台账（6月按元）.xlsx"
    wb.save(path)
    return path


def land_unit_only_in_a_note_under_the_table(folder: Path) -> Path:
    """The ledger a sheet a month, 「4月」 and 「5月」 ``单位：万元``; 「6月」 has no unit line and under its parcels the
    note ``注：本月价款单位为元（按出让合同填列）``, the prices in 元 (6,400,000 and 1,800,000).

    A reader takes 5 parcels, 2,350 万元 (June in 元: 640 + 180 万元) — or asks; never 8,201,530 万元.
    """
    wb = _land_book({"4月": "单位：万元", "5月": "单位：万元", "6月": None}, factor={"6月": 10000},
                    notes={"6月": "注：本月价款单位为元（按出让合同填列）"})
    path = folder / "自然资源局2026年供地台账（备注写单位）.xlsx"
    wb.save(path)
    return path


def land_unit_in_a_months_merged_title(folder: Path) -> Path:
    """The ledger a sheet a month, 「4月」 and 「5月」 ``单位：万元``; 「6月」 has no unit line, its merged title reads
    ``自然资源局2026年6月工业用地供应情况（金额单位：元）`` and its prices are 元 (6,400,000 and 1,800,000).

    A reader takes 5 parcels, 2,350 万元 (June's 640 + 180) — or asks; never 8,201,530 万元.
    """
    wb = _land_book({"4月": "单位：万元", "5月": "单位：万元", "6月": None}, factor={"6月": 10000},
                    titles={"6月": "自然资源局2026年6月工业用地供应情况（金额单位：元）"})
    path = folder / "自然资源局2026年供地台账（标题写单位）.xlsx"
    wb.save(path)
    return path


def land_middle_sheet_states_no_unit(folder: Path) -> Path:
    """The ledger a sheet a month: 「4月」 ``单位：万元``, 「5月」 with no unit line at all (its clerk deleted it to fit
    the page), 「6月」 ``单位：万元``; all figures are 万元-sized (480 for May's parcel).

    A reader takes 5 parcels, 2,350 万元 — a sheet that says nothing between two that say 万元 is 万元.
    """
    wb = _land_book({"4月": "单位：万元", "5月": None, "6月": "单位：万元"})
    path = folder / "自然资源局2026年供地台账（中间一张无单位行）.xlsx"
    wb.save(path)
    return path


def land_yuan_around_a_sheet_stating_no_unit(folder: Path) -> Path:
    """The ledger kept in 元 throughout: 「4月」 ``单位：元`` (7,500,000 | 3,000,000), 「5月」 with no unit line
    (4,800,000), 「6月」 ``单位：元`` (6,400,000 | 1,800,000).

    A reader takes 5 parcels, 2,350 万元 (May's 4,800,000 元 = 480 万元, as its neighbours) — or asks about May; never
    4,800,000 万元 for May.
    """
    wb = _land_book({"4月": "单位：元", "5月": None, "6月": "单位：元"}, factor={m: 10000 for m in LOTS})
    path = folder / "自然资源局2026年供地台账（元，中间一张无单位行）.xlsx"
    wb.save(path)
    return path


def land_price_headed_churang_jiakuan(folder: Path) -> Path:
    """自然资源局's one-sheet June ledger (``单位：万元``) whose price column is headed as the land office says it,
    ``出让价款`` (the price of a 出让, the usual way industrial land is supplied): 西镇建材园三号地块 20 亩 640,
    东镇装备制造园地块 6 亩 180.

    A reader takes 2 parcels, 26 亩, 640 + 180 = 820 万元 — 出让价款 is the 成交价款; never the prices dropped.
    """
    wb, ws = _book("6月")
    _title(ws, "自然资源局2026年6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, [*LAND[:6], "出让价款"])
    for r, row in enumerate(LOTS["6月"], 4):
        _put(ws, r, 1, row)
    path = folder / "自然资源局2026年6月供地（出让价款）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 规上工业企业: a sheet per township / a 续表, units said in a merged title or as 万
# ---------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "行业代码", "是否战新", "入规年月", "本月产值", "1-6月累计产值",
       "上年同期累计产值", "1-6月营业收入"]
#: (name, USCC, township, industry, 战新, 入规, 本月, 1-6月, 上年同期, 营业收入) in 万元
FIRMS: list[tuple[Any, ...]] = [
    ("东岭光电科技有限公司", U[1300], "东镇", "3976", "是", "2019-08", 4000, 24000, 20000, 25000),
    ("东关面业有限公司", U[1301], "东镇", "1311", "否", "2017-05", 1500, 9000, 9500, 9300),
    ("西川水泥有限公司", U[1302], "西镇", "3011", "否", "2016-01", 6000, 36000, 33000, 37000),
    ("西川石材有限公司", U[1303], "西镇", "3032", "否", "2022-04", 800, 4800, 4000, 5000),
]


def _ent_row(i: int, f: tuple[Any, ...], k: float = 1) -> list[Any]:
    def m(v: int) -> Any:
        return v if k == 1 else round(v * k, 4)
    return [i, f[0], f[1], f[3], f[4], f[5], m(f[6]), m(f[7]), m(f[8]), m(f[9])]


def _township_sheet(wb: openpyxl.Workbook, town: str, line: list[Any], *, tab: str | None = None,
                    head: list[str] | None = None, k: float = 1.0) -> Worksheet:
    """One township's sheet of 统计局's list (tab named ``tab`` or the township): title, ``line`` on row 2, the header
    (``head`` or ENT) on row 3, then its enterprises (figures × ``k``)."""
    ws = wb.create_sheet(tab or town)
    _title(ws, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, line)
    _put(ws, 3, 1, head or ENT)
    for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
        _put(ws, r, 1, _ent_row(r - 3, f, k))
    return ws


def ent_township_sheets_wan_and_wanyuan(folder: Path) -> Path:
    """统计局's list a sheet per township (no township column): 「东镇」 with ``单位：万`` (its clerk's short form),
    「西镇」 with ``单位：万元``; figures in 万元 on both.

    A reader takes 4 enterprises, 1-6月 24,000 + 9,000 + 36,000 + 4,800 = 73,800 万元, 上年同期 66,500 — 万 and 万元
    are one unit.
    """
    wb = _empty_book()
    for town, unit in (("东镇", "单位：万"), ("西镇", "单位：万元")):
        _township_sheet(wb, town, [f"所属乡镇：{town}", None, None, None, None, None, None, None, None, unit])
    path = folder / "统计局6月规上企业（分乡镇）.xlsx"
    wb.save(path)
    return path


def ent_township_sheets_wan_and_wanyuan_sender_line(folder: Path) -> Path:
    """The list of :func:`ent_township_sheets_wan_and_wanyuan` with the usual ``填报单位：县统计局`` line instead of
    ``所属乡镇：…`` (the township said only by the sheet's name): 「东镇」 ``单位：万``, 「西镇」 ``单位：万元``.

    A reader takes 4 enterprises (东镇 2, 西镇 2), 1-6月 73,800 万元.
    """
    wb = _empty_book()
    for town, unit in (("东镇", "单位：万"), ("西镇", "单位：万元")):
        _township_sheet(wb, town, ["填报单位：县统计局", None, None, None, None, None, None, None, None, unit])
    path = folder / "统计局6月规上企业（分乡镇，万）.xlsx"
    wb.save(path)
    return path


def ent_township_sheet_named_with_its_unit(folder: Path) -> Path:
    """统计局's list a sheet per township: 「东镇」 with ``单位：万元`` (东岭光电 24,000, 东关面业 9,000), and the 西镇
    sheet as the township sent it, named 「西镇(亿元)」 with no unit line (西川水泥 3.6000, 西川石材 0.4800; 上年同期
    3.3000 | 0.4000; 本月 0.6000 | 0.0800; 营业收入 3.7000 | 0.5000).

    A reader takes 4 enterprises, 1-6月 73,800 万元 (西镇 in 亿元) — or asks; never 33,004.08 万元 with 西镇's 亿元
    read as 万元.
    """
    wb = _empty_book()
    for town, tab, k in (("东镇", "东镇", 1.0), ("西镇", "西镇(亿元)", 0.0001)):
        _township_sheet(wb, town, ["填报单位：县统计局", None, None, None, None, None, None, None, None,
                                   "单位：万元" if k == 1 else None], tab=tab, k=k)
    path = folder / "统计局6月规上企业（分乡镇，西镇亿元）.xlsx"
    wb.save(path)
    return path


def ent_continued_sheet_unit_in_a_note(folder: Path) -> Path:
    """统计局's list on 「第1页」 (``单位：万元``: 东岭光电, 东关面业) and 「第2页」 (the header repeated, no unit line;
    西川水泥 3.6000, 西川石材 0.4800 — 本月, 上年同期 and 营业收入 in 亿元 too) with under its rows the note
    ``注：本页数据单位为亿元``.

    A reader takes 4 enterprises, 1-6月 73,800 万元 — or asks; never 33,004.08 万元.
    """
    wb, head = _ent_first_page()
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, head)
    _ent_rows_with_township(p2, 2, FIRMS[2:], 3, 0.0001)
    p2.cell(5, 1).value = "注：本页数据单位为亿元"
    path = folder / "统计局6月规上企业（第2页备注单位）.xlsx"
    wb.save(path)
    return path


def ent_township_sheet_with_last_months_header(folder: Path) -> Path:
    """统计局's list a sheet per township (``单位：万元`` each): 「东镇」 headed ``1-6月累计产值`` (24,000 | 9,000), and
    「西镇」 copied from last month's file, headed ``1-5月累计产值`` / ``1-5月营业收入``, whose figures the clerk did
    update (西川水泥 36,000, 西川石材 4,800).

    A reader takes 4 enterprises, 1-6月 73,800 万元, and tells the clerk 西镇's header still says 1-5月 (on that
    sheet's cell).
    """
    wb = _empty_book()
    for town in ("东镇", "西镇"):
        _township_sheet(wb, town, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"],
                        head=ENT if town == "东镇" else [h.replace("1-6月", "1-5月") for h in ENT])
    path = folder / "统计局6月规上企业（西镇表头未改）.xlsx"
    wb.save(path)
    return path


def ent_township_sheet_left_from_last_month(folder: Path) -> Path:
    """The list of :func:`ent_township_sheet_with_last_months_header` whose 「西镇」 sheet was NOT updated: headed
    ``1-5月累计产值`` with May's figures (西川水泥 本月 5,800, 1-5月 30,000, 上年同期 27,500, 营业收入 30,800;
    西川石材 780 | 4,000 | 3,300 | 4,200); 「东镇」 is June's.

    A reader takes 东镇's 2 enterprises for June and asks for 西镇's June figures (the sheet is last month's); never
    34,000 of 1-5月 counted in 1-6月 without a word.
    """
    wb = _empty_book()
    may = {"西川水泥有限公司": (5800, 30000, 27500, 30800), "西川石材有限公司": (780, 4000, 3300, 4200)}
    for town in ("东镇", "西镇"):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        head = ENT if town == "东镇" else [h.replace("1-6月", "1-5月") for h in ENT]
        _put(ws, 3, 1, head)
        for r, f in enumerate([f for f in FIRMS if f[2] == town], 4):
            row = _ent_row(r - 3, f)
            if town == "西镇":
                row[6:10] = list(may[f[0]])
            _put(ws, r, 1, row)
    path = folder / "统计局6月规上企业（西镇仍是上月）.xlsx"
    wb.save(path)
    return path


def ent_continued_sheet_unit_in_its_merged_title(folder: Path) -> Path:
    """统计局's list on 「第1页」 (title, ``单位：万元`` line, header; 东岭光电 24,000, 东关面业 9,000) and 「续表」, which
    has no unit line: its merged title reads ``规上工业企业生产情况（续表）  单位：亿元`` and its figures are 亿元
    (西川水泥 3.6000, 西川石材 0.4800; 上年同期 3.3000 | 0.4000; 本月 0.6000 | 0.0800).

    A reader takes 4 enterprises, 1-6月 73,800 万元 (the 续表 in 亿元) — or asks; never 33,004.08 万元.
    """
    wb, head = _ent_first_page()
    p2 = wb.create_sheet("续表")
    _title(p2, "规上工业企业生产情况（续表）  单位：亿元", len(head))
    _put(p2, 2, 1, head)
    _ent_rows_with_township(p2, 3, FIRMS[2:], 4, 0.0001)
    path = folder / "统计局6月规上企业（续表标题写单位）.xlsx"
    wb.save(path)
    return path


def ent_continued_sheet_mark_beside_a_figure(folder: Path) -> Path:
    """统计局's list on 「第1页」 (``单位：万元``; 东岭光电, 东关面业) and 「第2页」 (the header repeated, no unit line;
    西川水泥 1-6月 typed ``36,000★`` and under the table ``★为快报数，待核定``; 西川石材 4,800), the last page closed
    by ``合计`` 73,800 (本月 12,300).

    A reader takes 4 enterprises, 1-6月 73,800 万元 (or a question on 西川水泥's marked cell); never 360,001 nor a
    figure left out.
    """
    wb, head = _ent_first_page()
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, head)
    _ent_rows_with_township(p2, 2, FIRMS[2:], 3)
    p2.cell(2, 9).value = "36,000★"
    _put(p2, 4, 1, ["合计", None, None, None, None, None, None, 12300, 73800, 66500, 76300])
    p2.cell(6, 1).value = "★为快报数，待核定"
    path = folder / "统计局6月规上企业（续表带标注）.xlsx"
    wb.save(path)
    return path


def ent_total_of_only_the_output_columns(folder: Path) -> Path:
    """统计局's one-sheet list (``单位：万元``, 所属乡镇 column) closed by ``合计`` that totals only 本月 and 1-6月
    (12,300 | 73,800); its 上年同期 and 营业收入 cells are left empty (the clerk did not need them).

    A reader takes 4 enterprises, 1-6月 73,800, 上年同期 66,500, 营业收入 76,300 万元, the 合计 adding up where typed
    and nothing to say about the empty ones.
    """
    head = [*ENT[:3], "所属乡镇", *ENT[3:]]
    wb, ws = _book("Sheet1")
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head)
    for r, f in enumerate(FIRMS, 4):
        row = _ent_row(r - 3, f)
        _put(ws, r, 1, [*row[:3], f[2], *row[3:]])
    _put(ws, 8, 1, ["合计", None, None, None, None, None, None, 12300, 73800])
    path = folder / "统计局6月规上企业（合计只加两列）.xlsx"
    wb.save(path)
    return path


def ent_township_sheets_subtotals_and_grand_total_on_the_last(folder: Path) -> Path:
    """统计局's list a sheet per township (「东镇」 「西镇」, ``单位：万元`` each), each closed by ``小计`` (东镇 1-6月
    33,000; 西镇 40,800), and under 西镇's 小计 ``总计`` 73,800 (本月 12,300) — the whole county, both sheets.

    A reader takes 4 enterprises, 73,800 万元; each 小计 adds up its sheet and the 总计 the two sheets: nothing to say.
    """
    wb = _empty_book()
    for town, month, cum, ly, rev in (("东镇", 5500, 33000, 29500, 34300), ("西镇", 6800, 40800, 37000, 42000)):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业生产情况", len(ENT))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, ENT)
        mine = [f for f in FIRMS if f[2] == town]
        for r, f in enumerate(mine, 4):
            _put(ws, r, 1, _ent_row(r - 3, f))
        r = 4 + len(mine)
        _put(ws, r, 1, [f"{town}小计", None, None, None, None, None, month, cum, ly, rev])
        if town == "西镇":
            _put(ws, r + 1, 1, ["总计", None, None, None, None, None, 12300, 73800, 66500, 76300])
    path = folder / "统计局6月规上企业（分乡镇小计总计）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目 (townships): headers saying another month, totals, write-downs
# ---------------------------------------------------------------------------------------------

FAI = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）", "年度计划投资（万元）",
       "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）"]
APRIL_2 = D(2026, 4, 2)


def _p(i: Any, code: int, name: str, nature: str, cum: Any, month: Any) -> list[Any]:
    tech = "是" if nature == "改建和技术改造" else "否"
    return [i, pcode(code), name, nature, tech, "是", 6000, 2000, "是", APRIL_2, "是", month, cum]


def _fai(title: str, sender: str, cum_head: str, unit: str | None = "单位：万元", sheet: str = "Sheet1",
         head: list[str] | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book(sheet)
    h = head or [*FAI, cum_head]
    _title(ws, title, len(h))
    _put(ws, 2, 1, [f"填报单位：{sender}", *[None] * (len(h) - 2), unit])
    _put(ws, 3, 1, h)
    return wb, ws


def fai_second_page_named_with_its_unit(folder: Path) -> Path:
    """东镇's return on two sheets: 「第1页」 (``单位：万元``: 甲 1,200 本月 150, 乙 500 | 100) and 「第2页(元)」, the
    header repeated, no unit line, typed by the enterprise's accountant in 元: 丙 计划总投资 60,000,000, 年度计划
    20,000,000, 本月 500,000, 1-6月 3,000,000.

    A reader takes 3 projects, 1-6月 1,200 + 500 + 300 = 2,000 万元 (本月 300) — or asks; never 3,001,700 万元.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展表", "东关镇人民政府", "1-6月累计完成投资（万元）",
                  sheet="第1页")
    _put(ws, 4, 1, _p(1, 81, "东镇甲光伏玻璃项目", "新建", 1200, 150))
    _put(ws, 5, 1, _p(2, 82, "东镇乙面粉线改造项目", "改建和技术改造", 500, 100))
    p2 = wb.create_sheet("第2页(元)")
    h = [*[c.replace("（万元）", "") for c in FAI], "1-6月累计完成投资"]
    _put(p2, 1, 1, h)
    r3 = _p(3, 83, "东镇丙冷链仓储项目", "扩建", 3_000_000, 500_000)
    r3[6], r3[7] = 60_000_000, 20_000_000
    _put(p2, 2, 1, r3)
    path = folder / "东镇6月固投（第2页按元）.xlsx"
    wb.save(path)
    return path


def fai_may_title_june_cumulative_header(folder: Path) -> Path:
    """东镇's MAY return (title ``东镇2026年1-5月工业固定资产投资项目进展表``, file 东镇5月固投) whose header the clerk had
    already changed for next month: ``1-6月累计完成投资（万元）``.  甲 1-5月 700 (本月 120), 乙 380 (本月 80).

    A reader takes May (the title, the file): 2 projects, 1-5月 1,080 万元 — and tells the clerk the header says
    1-6月; never June's figure.
    """
    wb, ws = _fai("东镇2026年1-5月工业固定资产投资项目进展表", "东关镇人民政府", "1-6月累计完成投资（万元）")
    _put(ws, 4, 1, _p(1, 1, "东镇甲硅材料项目", "新建", 700, 120))
    _put(ws, 5, 1, _p(2, 2, "东镇乙窑炉技改项目", "改建和技术改造", 380, 80))
    path = folder / "东镇5月固投.xlsx"
    wb.save(path)
    return path


def fai_june_title_header_to_end_of_may(folder: Path) -> Path:
    """西镇's June return (title ``西镇2026年1-6月…``) whose cumulative header still reads ``累计完成投资（截至5月底）``
    (copied from May's file); the figures are June's (甲 1,000, 乙 560; 本月 200 | 90).

    A reader takes 2 projects, 1,560 万元 for 1-6月 and tells the clerk the header still says 截至5月底 (or asks which
    month the column is); never stored without a word.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展表", "西镇人民政府", "累计完成投资（截至5月底）")
    _put(ws, 4, 1, _p(1, 11, "西镇甲石材加工项目", "新建", 1000, 200))
    _put(ws, 5, 1, _p(2, 12, "西镇乙水泥线技改项目", "改建和技术改造", 560, 90))
    path = folder / "西镇6月固投（截至5月底）.xlsx"
    wb.save(path)
    return path


def fai_june_title_may_in_a_merged_parent(folder: Path) -> Path:
    """东镇's June return with a two-row header: ``完成投资`` is not the parent — the clerk's merged parent over the
    last two columns reads ``1-5月完成投资情况（万元）`` over ``本月`` | ``累计`` (copied from May's file); the title is
    ``东镇2026年1-6月…`` and the figures June's (甲 本月 150 累计 900, 乙 60 | 420).

    A reader takes 2 projects, 1,320 万元 for 1-6月, with a word that the parent header still says 1-5月 (or a
    question); never stored without a word.
    """
    h = [*FAI[:11]]
    wb, ws = _book("6月")
    _title(ws, "东镇2026年1-6月工业固定资产投资项目进展表", 13)
    _put(ws, 2, 1, ["填报单位：东关镇人民政府", *[None] * 11, "单位：万元"])
    _put(ws, 3, 1, [*h, "1-5月完成投资情况（万元）"])
    ws.merge_cells(start_row=3, start_column=12, end_row=3, end_column=13)
    for c in range(1, 12):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    _put(ws, 4, 12, ["本月", "累计"])
    _put(ws, 5, 1, _p(1, 21, "东镇甲光伏玻璃项目", "新建", 900, 150))
    _put(ws, 6, 1, _p(2, 22, "东镇乙面粉线改造项目", "改建和技术改造", 420, 60))
    path = folder / "东镇6月固投（两行表头）.xlsx"
    wb.save(path)
    return path


def fai_last_month_and_this_month_columns(folder: Path) -> Path:
    """西镇's June return with the clerk's own wording: ``上月累计完成投资`` | ``本月完成投资`` | ``本月累计完成投资``
    (no month numbers): 甲 800 | 200 | 1,000, 乙 470 | 90 | 560.

    A reader takes 2 projects, 1-6月 = 本月累计 1,000 + 560 = 1,560 万元, 本月 290; 上月累计 is May's (1,270), no
    June figure.
    """
    h = [*FAI[:11], "上月累计完成投资", "本月完成投资", "本月累计完成投资"]
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展表", "西镇人民政府", "", head=h)
    _put(ws, 4, 1, [*_p(1, 31, "西镇甲石材加工项目", "新建", 0, 0)[:11], 800, 200, 1000])
    _put(ws, 5, 1, [*_p(2, 32, "西镇乙水泥线技改项目", "改建和技术改造", 0, 0)[:11], 470, 90, 560])
    path = folder / "西镇6月固投（上月本月）.xlsx"
    wb.save(path)
    return path


def fai_total_on_top_and_wrong(folder: Path) -> Path:
    """东镇's return with ``合计`` directly under the header (本月 300, 1-6月 2,100), then 甲 1,200 (本月 150), 乙 500
    (100), 丙 300 (50): the clerk forgot to update the 合计 after adding 丙 (the rows make 2,000).

    A reader takes 3 projects, 1-6月 2,000 万元 (本月 300), and tells the clerk the 合计's 1-6月 says 2,100 where the
    rows make 2,000.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展表", "东关镇人民政府", "1-6月累计完成投资（万元）")
    _put(ws, 4, 1, ["合计", None, None, None, None, None, 18000, 6000, None, None, None, 300, 2100])
    _put(ws, 5, 1, _p(1, 41, "东镇甲光伏玻璃项目", "新建", 1200, 150))
    _put(ws, 6, 1, _p(2, 42, "东镇乙面粉线改造项目", "改建和技术改造", 500, 100))
    _put(ws, 7, 1, _p(3, 43, "东镇丙冷链仓储项目", "扩建", 300, 50))
    path = folder / "东镇6月固投（合计在上）.xlsx"
    wb.save(path)
    return path


def fai_rows_in_yuan_total_in_wanyuan(folder: Path) -> Path:
    """西镇's return in 元 (``单位：元``; the headers without a unit): 甲 1-6月 10,000,000 (本月 2,000,000), 乙
    5,600,000 (900,000); then ``合计（万元）`` 1,560 | 290 — the clerk totalled in 万元 for the leader's glance.

    A reader takes 2 projects, 1-6月 1,000 + 560 = 1,560 万元 (本月 290), the 合计 agreeing once its own unit is
    read; nothing wrong to say.
    """
    h = [*[c.replace("（万元）", "") for c in FAI], "1-6月累计完成投资"]
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展表", "西镇人民政府", "", unit="单位：元", head=h)
    r1 = _p(1, 51, "西镇甲石材加工项目", "新建", 10_000_000, 2_000_000)
    r2 = _p(2, 52, "西镇乙水泥线技改项目", "改建和技术改造", 5_600_000, 900_000)
    for r in (r1, r2):
        r[6], r[7] = 60_000_000, 20_000_000
    _put(ws, 4, 1, r1)
    _put(ws, 5, 1, r2)
    _put(ws, 6, 1, ["合计（万元）", None, None, None, None, None, 12000, 4000, None, None, None, 290, 1560])
    path = folder / "西镇6月固投（元，合计万元）.xlsx"
    wb.save(path)
    return path


def fai_total_with_of_which_lines(folder: Path) -> Path:
    """东镇's return: 甲 1,200 (新建), 乙 500 (改建和技术改造), 丙 300 (扩建), then ``合计`` 2,000 (本月 300), and under
    it ``其中：技改项目`` 500 (本月 100) and ``其中：重点项目`` 2,000.

    A reader takes 3 projects, 1-6月 2,000 万元, 技改 500; the 其中 lines are breakdowns of the 合计, no projects.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展表", "东关镇人民政府", "1-6月累计完成投资（万元）")
    _put(ws, 4, 1, _p(1, 61, "东镇甲光伏玻璃项目", "新建", 1200, 150))
    _put(ws, 5, 1, _p(2, 62, "东镇乙面粉线改造项目", "改建和技术改造", 500, 100))
    _put(ws, 6, 1, _p(3, 63, "东镇丙冷链仓储项目", "扩建", 300, 50))
    _put(ws, 7, 1, ["合计", None, None, None, None, None, 18000, 6000, None, None, None, 300, 2000])
    _put(ws, 8, 1, ["其中：技改项目", None, None, None, None, None, 6000, 2000, None, None, None, 100, 500])
    _put(ws, 9, 1, ["其中：重点项目", None, None, None, None, None, 18000, 6000, None, None, None, 300, 2000])
    path = folder / "东镇6月固投（合计其中）.xlsx"
    wb.save(path)
    return path


def fai_write_down_in_a_return_sent_in_yuan(folder: Path) -> list[Path]:
    """西镇's May return in 万元 (甲 1-5月 900 本月 150; 乙 400 | 100), then June's, made by the township's accountant
    in 元 (``单位：元``, headers without a unit): 甲 本月 ``-500,000`` (核减) and 1-6月 8,500,000; 乙 本月 1,000,000,
    1-6月 5,000,000.

    A reader takes June: 甲 本月 −50 万元 (a write-down, said), 1-6月 850 + 500 = 1,350 万元; never −500,000 万元 nor
    8,500,000 万元.
    """
    paths = []
    wb, ws = _fai("西镇2026年1-5月工业固定资产投资项目进展表", "西镇人民政府", "1-5月累计完成投资（万元）")
    _put(ws, 4, 1, _p(1, 71, "西镇甲石材加工项目", "新建", 900, 150))
    _put(ws, 5, 1, _p(2, 72, "西镇乙水泥线技改项目", "改建和技术改造", 400, 100))
    p = folder / "西镇5月固投.xlsx"
    wb.save(p)
    paths.append(p)
    h = [*[c.replace("（万元）", "") for c in FAI], "1-6月累计完成投资"]
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展表", "西镇人民政府", "", unit="单位：元", head=h)
    r1 = _p(1, 71, "西镇甲石材加工项目", "新建", 8_500_000, -500_000)
    r2 = _p(2, 72, "西镇乙水泥线技改项目", "改建和技术改造", 5_000_000, 1_000_000)
    for r in (r1, r2):
        r[6], r[7] = 60_000_000, 20_000_000
    _put(ws, 4, 1, r1)
    _put(ws, 5, 1, r2)
    p = folder / "西镇6月固投（元）.xlsx"
    wb.save(p)
    paths.append(p)
    return paths


# ---------------------------------------------------------------------------------------------
# Nil months among month sheets, targets with units and marks
# ---------------------------------------------------------------------------------------------

def land_month_sheet_saying_no_supply(folder: Path) -> Path:
    """The ledger a sheet a month (``单位：万元`` each): 「4月」 two parcels, 「5月」 the header and under it
    ``本月无供地``, 「6月」 two parcels.

    A reader takes 4 parcels (April's and June's), 51 亩, 750 + 300 + 640 + 180 = 1,870 万元; May had none.
    """
    wb = _empty_book()
    for month, rows in LOTS.items():
        ws = wb.create_sheet(month)
        _title(ws, f"自然资源局2026年{month}工业用地供应情况", 7)
        _put(ws, 2, 1, ["填报单位：县自然资源局", None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, LAND)
        if month == "5月":
            _put(ws, 4, 1, ["本月无供地"])
            continue
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, row)
    path = folder / "自然资源局2026年供地台账（分月，含无供地月）.xlsx"
    wb.save(path)
    return path


def targets_unit_line_wanyuan_cells_with_yi_and_a_mark(folder: Path) -> Path:
    """工信局's targets, ``单位：万元`` above a table 指标 | 全年目标 | 备注 (no unit column): 规上工业总产值 ``240000``,
    招商引资到位资金 ``6亿★`` (备注: ``★为调整后目标``), 全年新增规上培育任务 ``5户``.

    A reader takes output_target 24 亿元, invest_target_annual 6 亿元 (or a question on the ★ cell) and
    new_above_scale_target 5 户 — never 6 万元 nor 60,000 亿元, nor 5 万元.
    """
    wb, ws = _book("目标任务")
    _title(ws, "测试县2026年工业倍增计划主要目标", 3)
    _put(ws, 2, 1, [None, None, "单位：万元"])
    _put(ws, 3, 1, ["指标", "全年目标", "备注"])
    _put(ws, 4, 1, ["规上工业总产值", 240000, None])
    _put(ws, 5, 1, ["招商引资到位资金", "6亿★", "★为调整后目标"])
    _put(ws, 6, 1, ["全年新增规上培育任务", "5户", None])
    path = folder / "工信局2026年目标任务（万元带标注）.xlsx"
    wb.save(path)
    return path


def targets_unit_line_wanyuan_count_row_bare(folder: Path) -> Path:
    """工信局's targets, ``单位：万元`` above 指标 | 全年目标 (no unit column, no marks): 规上工业总产值 ``240000``,
    招商引资到位资金 ``60000``, 全年新增规上培育任务 ``5`` (a count: the 万元 line is the money's unit).

    A reader takes output_target 24 亿元, invest_target_annual 6 亿元, new_above_scale_target 5 户 — never 50,000 户
    nor 0.0005.
    """
    wb, ws = _book("目标任务")
    _title(ws, "测试县2026年工业倍增计划主要目标", 2)
    _put(ws, 2, 1, [None, "单位：万元"])
    _put(ws, 3, 1, ["指标", "全年目标"])
    _put(ws, 4, 1, ["规上工业总产值", 240000])
    _put(ws, 5, 1, ["招商引资到位资金", 60000])
    _put(ws, 6, 1, ["全年新增规上培育任务", 5])
    path = folder / "工信局2026年目标任务（万元，户数）.xlsx"
    wb.save(path)
    return path
