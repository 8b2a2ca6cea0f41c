"""Hand-made returns of the outside probe p20: a PNG named .xls, a real workbook whose only content is a pasted
photo, a 合计 sentence with 约 and a figure in 元, 问题（三）1 in the 章节 column, a revision table with every
调整后目标 blank, a July fund row (a copy of June's) in a June ledger.

Same conventions as probe19.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path

import xlsxwriter

from tests.handmade import fresh15 as f15
from tests.handmade import fresh17 as f17
from tests.handmade import fresh18 as f18
from tests.handmade import probe19 as p19
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title

D = dt.date


def _png(width: int = 8, height: int = 8) -> bytes:
    """A small valid grey PNG (what a phone's screenshot of a table is, in bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def png_saved_under_an_xls_name(folder: Path) -> Path:
    """东镇's June project list photographed by the clerk's phone (a PNG) and saved as ``东镇6月项目.xls``.

    A reader sends it back saying it is a picture (图片), not an Excel workbook, and asks for the Excel file; it is
    not "damaged"; nothing stored.
    """
    path = folder / "东镇6月项目.xls"
    path.write_bytes(_png())
    return path


def xlsx_whose_only_sheet_is_a_pasted_photo(folder: Path) -> Path:
    """西镇's ``西镇6月固投.xlsx``: a real workbook whose Sheet1 holds the title in A1
    (``西镇2026年1-6月工业固定资产投资项目进展情况表``) and, below it, a pasted photo of the paper table — no figures in
    any cell.

    A reader sends it back saying the table is a picture (图片) and asks for the figures typed into cells; nothing
    stored, and no "no rows" that leaves the clerk guessing.
    """
    img = folder.parent / "p20_photo.png"
    img.write_bytes(_png(64, 48))
    path = folder / "西镇6月固投.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write(0, 0, "西镇2026年1-6月工业固定资产投资项目进展情况表")
    ws.insert_image(2, 0, str(img), {"x_scale": 10, "y_scale": 10})
    wb.close()
    return path


def attr_sentence_with_yue_and_funds_in_yuan(folder: Path) -> Path:
    """招商局's June ledger (4 projects, 总投资 100,000, 到位 8,500 万元) closed by the merged line ``合计：共4个项目，
    协议总投资约10亿元，本年到位资金85004000元`` (the funds copied from the finance system in 元).

    A reader: 约10亿元 is a rounded figure and agrees with 100,000 万元 (nothing said about it); 85,004,000 元 is
    8,500.4 万元, shown to the 元, and is not the rows' 8,500 — one warning on A9, about 到位资金.
    """
    wb, ws = f17._attr(f17._attr_rows())
    ws["A9"] = "合计：共4个项目，协议总投资约10亿元，本年到位资金85004000元"
    ws.merge_cells("A9:N9")
    return f15._save(wb, folder / "招商局6月项目台账.xlsx")


def notes_problem_parenthesised_with_a_subpoint(folder: Path) -> Path:
    """工信局's June notes, 章节 typed ``问题（三）``, ``问题（三）1``, ``措施三``, ``问题二、``.

    A reader takes 4 items: 二3, 二3 and its point 1 (whatever the spelling, under 二3), 三3, 二2 — never 三 for
    问题（三）.
    """
    wb, ws = f18._book()
    _title(ws, f18.NOTES_TITLE, 3)
    _put(ws, 2, 1, ["章节", "标题", "进展情况"])
    rows = [["问题（三）", "融资难", "中小企业贷款审批周期长。"],
            ["问题（三）1", "转贷资金不足", "应急转贷资金规模仅2000万元。"],
            ["措施三", "强化融资服务", "扩大应急转贷资金规模。"],
            ["问题二、", "用地指标紧张", "新增建设用地指标不足。"]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def targets_revision_column_blank_everywhere(folder: Path) -> Path:
    """工信局's revision table sent back untouched: 指标名称 | 单位 | 年初目标 | 调整后目标 with every 调整后目标 blank
    (规上工业总产值 亿元 28, 规上工业增加值增速 % 8, 工业固定资产投资增速 % 10).

    A reader takes the targets unchanged: output_target 28, va_target_pct 8, fai_target_pct 10 — a revision sheet with
    nothing revised is no refusal and no empty set of targets.
    """
    return p19._targets(["指标名称", "单位", "年初目标", "调整后目标"],
                        [["规上工业总产值", "亿元", 28, None], ["规上工业增加值增速", "%", 8, None],
                         ["工业固定资产投资增速", "%", 10, None]], folder, "工信局2026年目标任务调整.xlsx")


def funds_july_row_copied_from_a_june_row(folder: Path) -> Path:
    """财政局's June funds ledger under ``单位：万元``: 上划基金 500 (2026-04-08), 工业发展资金拨付 300 技改奖补
    (2026-05-12) and 200 入规奖励 (2026-06-18) — then a fourth row copied down from the third with its date retyped
    ``2026-07-03`` (July's payment, entered early): 工业发展资金拨付 200 入规奖励.

    A reader keeps the four rows as sent, warns on C7 (after June's end), and counts 1-6月 拨付 300 + 200 = 500,
    never 700.
    """
    rows = [["上划市工业倍增发展基金", D(2026, 4, 8), "一季度基金上划", None, None, None, 500, None],
            ["工业发展资金拨付", D(2026, 5, 12), "技改奖补", None, None, None, 300, None],
            ["工业发展资金拨付", D(2026, 6, 18), "入规奖励", None, None, None, 200, None],
            ["工业发展资金拨付", D(2026, 7, 3), "入规奖励", None, None, None, 200, None]]
    return p19._factors("2026年1-6月要素保障情况表（资金）", rows, "填报单位：县财政局", folder / "财政局6月资金.xlsx")


def _city_growth_only(folder: Path, title: str, header: str, counties: list[str]) -> Path:
    """统计局's one-indicator city table: 县区 | ``header`` over 全市 7.8 and ``counties`` 9.1, 6.5, 8.0, 7.2."""
    wb, ws = f18._book()
    _title(ws, title, 2)
    _put(ws, 2, 1, ["县区", header])
    for r, row in enumerate(zip(["全市", *counties], [7.8, 9.1, 6.5, 8.0, 7.2], strict=True), 3):
        _put(ws, r, 1, list(row))
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def city_one_indicator_column(folder: Path) -> Path:
    """统计局's city table with a single indicator: 县区 | 规上工业总产值增速（%） over 全市 7.8, 测试县 9.1, 甲县 6.5,
    乙县 8.0, 丙县 7.2 (the bulletin's one-line ranking, nothing else beside it).

    A reader takes the five rows, 规上工业总产值增速 only: the form's other indicators are optional and left blank.
    """
    return _city_growth_only(folder, "2026年1-6月全市各县区规上工业总产值增速对比", "规上工业总产值增速（%）",
                             ["测试县", "甲县", "乙县", "丙县"])


def city_one_indicator_column_short_names(folder: Path) -> Path:
    """The same one-indicator table as the city's bulletin prints it, titled ``2026年1-6月规上工业总产值增速`` and the
    counties written short under 全市: 测试 9.1, 甲 6.5, 乙 8.0, 丙 7.2.

    A reader takes it as the city table (全市 over names of the city's counties), 测试县 9.1 … 丙县 7.2.
    """
    return _city_growth_only(folder, "2026年1-6月规上工业总产值增速", "规上工业总产值增速", ["测试", "甲", "乙", "丙"])
