"""Hand-made CARD returns, round 11: one enterprise per sheet, label | value lines, as the statistics bureau
forwards the enterprises' own cards — and what a clerk does to a card's lines: hides one, strikes one through,
leaves a formula's error value in a figure, writes a comment on a cell.

Each card is its own sheet (``东方光伏`` | ``西镇矿业`` | ``东关饲料``): a title, one 填报单位 … 单位：万元 line, then
label | value lines in columns A and B, no header (统一社会信用代码, 企业名称, 所属乡镇, 行业代码, 是否战新, 入规年月,
本月工业总产值, 1-6月累计工业总产值, 上年同期累计工业总产值, 营业收入), the signature under it; one workbook is saved as
.xls (``cells.as_xls``).  A person reads each sheet as the sheet shows it: a hidden line is no line of the card, a
struck line is one the clerk took back (or may have: asked), a card struck through whole is crossed out, an error
value is a broken formula (no figure), a comment is something the clerk says about that cell.

Every function writes one workbook into ``folder`` and returns its path; its docstring says what a person
reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇, 西镇; 统计局); the period
is June 2026.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import as_xls
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

#: Enterprises of these cards (valid USCCs, none shared with the other hand-made rounds).
K = {n: uscc(n) for n in range(1100, 1106)}

#: Each enterprise's card: (label, value) lines in the order the clerk typed them.
Lines = list[tuple[str, object]]


def _lines(u: str, name: str, town: str, code: str, sei: str, entered: str, month: object, cum: object,
           last: object, revenue: object) -> Lines:
    return [("统一社会信用代码", u), ("企业名称", name), ("所属乡镇", town), ("行业代码", code), ("是否战新", sei),
            ("入规年月", entered), ("本月工业总产值", month), ("1-6月累计工业总产值", cum), ("上年同期累计工业总产值", last),
            ("营业收入", revenue)]


def _card(ws: Worksheet, lines: Lines) -> int:
    """One enterprise's card on ``ws``: title, 填报单位 | 单位 line, 项目 | 内容 header, the lines from row 4, the
    signature two rows under.  Returns the row of the last line."""
    _title(ws, "2026年1-6月规上工业企业生产情况", 2)
    ws.cell(2, 1, "填报单位：县统计局        单位：万元")
    ws.merge_cells("A2:B2")
    for r, (label, value) in enumerate(lines, 4):
        _put(ws, r, 1, [label, value])
    last = 3 + len(lines)
    ws.cell(last + 2, 1, "填报人：王某    审核人：李某")
    return last


DONGFANG = _lines(K[1100], "东方光伏科技有限公司", "东镇", "3825", "是", "2019-05", 5000, 30000, 25000, 33000)
XIKUANG = _lines(K[1101], "西镇矿业有限公司", "西镇", "0810", "否", "2021-03", 2000, 11000, 9000, 12000)
DONGGUAN = _lines(K[1102], "东关饲料有限公司", "东镇", "1329", "否", "2018-06", 3300, 20000, 22000, 21000)


def ent_cards_hidden_line_error_value_comment(folder: Path) -> Path:
    """Three cards, a sheet each.  On the 2nd (``西镇矿业``) the clerk kept last month's figure as a helper line
    ``1-5月累计工业总产值 | 9,000`` in row 11, just above 1-6月累计, and HID that row.  On the 3rd (``东关饲料``)
    营业收入 (B13) was a formula that divides by a blank 产销率: it shows ``#DIV/0!``.  On the 1st (``东方光伏``)
    the clerk wrote a comment on 1-6月累计 (B11): ``含来料加工产值800万元``.

    A reader takes 3 enterprises: 东方光伏 本月 5,000 / 1-6月 30,000 / 上年同期 25,000 / 营收 33,000; 西镇矿业
    2,000 / 11,000 / 9,000 / 12,000 (the hidden 1-5月 line is no line of the card: said on 西镇矿业 row 11);
    东关饲料 3,300 / 20,000 / 22,000 and NO 营业收入 (the ``#DIV/0!`` said on 东关饲料 B13); the comment passed on
    as a note about 东方光伏 B11.  1-6月 61,000 万元 in all, 上年同期 56,000.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东方光伏"
    _card(ws, DONGFANG)
    ws["B11"].comment = Comment("含来料加工产值800万元", "王某")
    xi = wb.create_sheet("西镇矿业")
    _card(xi, [*XIKUANG[:7], ("1-5月累计工业总产值", 9000), *XIKUANG[7:]])
    xi.row_dimensions[11].hidden = True
    dg = wb.create_sheet("东关饲料")
    _card(dg, [*DONGGUAN[:9], ("营业收入", "#DIV/0!")])
    path = folder / "统计局_企业生产情况卡片_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_cards_a_struck_line(folder: Path) -> Path:
    """Two cards, a sheet each (``东方光伏`` | ``东关饲料``).  On the 2nd the clerk struck through the whole
    营业收入 line (row 13: label and figure 21,000 in 删除线) and typed nothing in its place.

    A reader takes 东方光伏 as typed (30,000 / 25,000 / 营收 33,000) and 东关饲料 20,000 / 22,000; whether 东关饲料's
    struck 营业收入 21,000 still counts a person cannot tell: the clerk is asked, on 东关饲料 B13."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东方光伏"
    _card(ws, DONGFANG)
    dg = wb.create_sheet("东关饲料")
    _card(dg, DONGGUAN)
    for c in (1, 2):
        dg.cell(13, c).font = Font(strike=True)
    path = folder / "统计局_企业卡片（划线）_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_xls_cards_first_card_hides_a_helper_line(folder: Path) -> Path:
    """Three cards, a sheet each (``东方光伏`` | ``西镇矿业`` | ``东关饲料``), saved as Excel 97-2003 (.xls).  On the
    1st the clerk kept a helper line ``上月累计（辅助） | 25,000`` in row 6, under 企业名称, and HID that row; on
    the 3rd the 营业收入 line (row 13) is struck through whole (label and 21,000) and its 本月 figure (B10) is a
    broken formula showing ``#DIV/0!``.

    A reader takes 3 enterprises: 1-6月 30,000 + 11,000 + 20,000 = 61,000 万元, 上年同期 25,000 + 9,000 + 22,000
    = 56,000; the hidden helper line is no line of 东方光伏's card (said on 东方光伏 row 6); 西镇矿业's card is
    read whole (row 6 of the FIRST sheet is hidden, no row of any other card); whether 东关饲料's struck 营业收入
    counts a person cannot tell (asked on 东关饲料 B13), and its 本月 is no figure (said on 东关饲料 B10)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东方光伏"
    _card(ws, [*DONGFANG[:2], ("上月累计（辅助）", 25000), *DONGFANG[2:]])
    ws.row_dimensions[6].hidden = True
    _card(wb.create_sheet("西镇矿业"), XIKUANG)
    dg = wb.create_sheet("东关饲料")
    _card(dg, [*DONGGUAN[:6], ("本月工业总产值", "#DIV/0!"), *DONGGUAN[7:]])
    for c in (1, 2):
        dg.cell(13, c).font = Font(strike=True)
    return as_xls(wb, folder / "统计局_企业卡片_2026年6月.xls")


def ent_one_card_hidden_line(folder: Path) -> Path:
    """西镇矿业's card alone on one sheet; the clerk typed 营业收入 twice — ``营业收入（调整前） | 11,500`` in row 13,
    the corrected ``营业收入 | 12,000`` under it — and HID row 13.

    A reader takes 西镇矿业 2,000 / 1-6月 11,000 / 9,000 / 营收 12,000 (the hidden line is no line of the card:
    said on row 13; shown, the two lines would be two 营业收入 nobody could choose between)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "西镇矿业"
    _card(ws, [*XIKUANG[:9], ("营业收入（调整前）", 11500), XIKUANG[9]])
    ws.row_dimensions[13].hidden = True
    path = folder / "西镇矿业2026年6月生产情况.xlsx"
    wb.save(path)
    return path


def ent_cards_one_card_struck_out(folder: Path) -> Path:
    """Three cards, a sheet each; the clerk struck the whole 3rd card (``东关饲料``, every line A4:B13) through: the
    enterprise is no longer above scale this month, and the sheet was kept, crossed out.

    A reader takes 2 enterprises: 东方光伏 30,000 and 西镇矿业 11,000 (1-6月 41,000 万元); 东关饲料's card is
    crossed out (said on 东关饲料, as a struck row is)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东方光伏"
    _card(ws, DONGFANG)
    _card(wb.create_sheet("西镇矿业"), XIKUANG)
    dg = wb.create_sheet("东关饲料")
    last = _card(dg, DONGGUAN)
    for r in range(4, last + 1):
        for c in (1, 2):
            dg.cell(r, c).font = Font(strike=True)
    path = folder / "统计局_企业卡片（一张划掉）_2026年6月.xlsx"
    wb.save(path)
    return path
