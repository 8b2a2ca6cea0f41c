"""Hand-made returns of the outside probe p19: clerks' returns aimed at session 17's rules — 本期 under a 1月至6月 title
beside a 本月 column, a 合计 sentence in 万元 with a decimal or above the table, a 要素保障 list with one fund row and
no sender, 自然资源和规划局, quarter shares that sum only in decimals, a revision left blank for one row,
a project code typed with spaces, 问题一 / 措施（二）, a county 甲山 beside 甲, a PDF named .xlsx.

Same conventions as probe18.py: each maker writes into ``folder`` and returns the path (or paths, the later beside
``folder``); its docstring says what a person reading the return takes from it.  County:
tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import fresh15 as f15
from tests.handmade import fresh16 as f16
from tests.handmade import fresh17 as f17
from tests.handmade import fresh18 as f18
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title

D = dt.date


def ent_benqi_under_a_range_title_beside_a_month_column(folder: Path) -> Path:
    """统计局's list titled ``2026年1月至6月规上工业企业生产情况`` with a two-row header: ``本月产值`` (merged down) then
    ``工业总产值`` merged over ``本期`` | ``上年同期``.

    A reader takes 本月 700 / 500 / 1,300 / 350 (2,850) from 本月产值 and 1-6月 4,200 / 2,800 / 7,800 / 2,100 (16,900),
    上年同期 3,900 / 2,300 / 7,600 / 1,800 (15,600) from 本期 | 上年同期: with a 本月 column beside it and 1月至6月 in
    the title, 本期 is the half year.
    """
    wb, ws = f17._book()
    _title(ws, "2026年1月至6月规上工业企业生产情况", 10)
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 8, "单位：万元"])
    _put(ws, 3, 1, [*f17.ENT[:7], "本月产值", "工业总产值", None])
    _put(ws, 4, 9, ["本期", "上年同期"])
    for col in "ABCDEFGH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("I3:J3")
    for r, f in enumerate(f17.FIRMS, 5):
        _put(ws, r, 1, [r - 4, *f[:6], f[6], f[7], f[8]])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def attr_sentence_in_wanyuan_off_at_its_decimal(folder: Path) -> Path:
    """招商局's June ledger (4 projects, 总投资 100,000, 到位 8,500 万元) closed by ``合计：共4个项目，协议总投资100000万元，
    本年到位资金8500.4万元`` in one merged line.

    A reader stores the 4 projects and warns on the sentence's cell: 8,500.4 shown to 0.1 万元 is not the rows' 8,500;
    100,000 and the count agree.
    """
    wb, ws = f17._attr(f17._attr_rows())
    ws["A9"] = "合计：共4个项目，协议总投资100000万元，本年到位资金8500.4万元"
    ws.merge_cells("A9:N9")
    return f15._save(wb, folder / "招商局6月项目台账.xlsx")


def attr_sentence_above_the_table(folder: Path) -> Path:
    """招商局's June ledger whose clerk put the total first, merged between the 填报单位 line and the header:
    ``合计：共5个项目，协议总投资12亿元，本年到位资金0.85亿元`` (row 3); header row 4; the 4 projects rows 5-8.

    A reader stores the 4 projects and says that the sentence does not agree (5 projects said, 4 listed; 12亿元 said,
    10亿元 listed) — a total above the table is still the clerk's total.
    """
    wb, ws = f17._book()
    _title(ws, f17.ATTR_TITLE, len(f17.ATTR_HEAD))
    _put(ws, 2, 1, ["填报单位：县招商局", *[None] * 12, "单位：万元"])
    ws["A3"] = "合计：共5个项目，协议总投资12亿元，本年到位资金0.85亿元"
    ws.merge_cells("A3:N3")
    _put(ws, 4, 1, f17.ATTR_HEAD)
    for r, row in enumerate(f17._attr_rows(), 5):
        _put(ws, r, 1, row)
    return f15._save(wb, folder / "招商局6月项目台账.xlsx")


def _factors(title: str, rows: list[list[Any]], sender: str | None, path: Path) -> Path:
    wb, ws = f17._book()
    _title(ws, title, len(f15.FACT))
    _put(ws, 2, 1, [sender, *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, f15.FACT)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    return _save(wb, path)


LAND = [["工业用地供应", D(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 900, 1],
        ["工业用地供应", D(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", 45, 1350, 2],
        ["工业用地供应", D(2026, 6, 9), "东镇陶瓷园五号地块", "610599-2026-003", "东镇", 45, 1400, 2]]


def factors_land_list_with_one_fund_row_and_no_sender(folder: Path) -> Path:
    """``要素保障6月.xlsx``: title ``2026年1-6月要素保障情况表``, no 填报单位 line, three 工业用地供应 rows (120 亩, 3,650
    万元) and one ``工业发展资金拨付`` row (2026-05-12, 技改奖补, 300 万元).

    A reader does not file the fund row as the land department's: the list is not all land, so whose it is is asked
    (or the fund row is not stored under 自然资源局); never 300 万元 of funds credited to 自然资源局.
    """
    rows = [*LAND, ["工业发展资金拨付", D(2026, 5, 12), "技改奖补", None, None, None, 300, 2]]
    return _factors("2026年1-6月要素保障情况表", rows, None, folder / "要素保障6月.xlsx")


def factors_land_sent_by_ziran_ziyuan_he_guihua_ju(folder: Path) -> Path:
    """``自然资源和规划局6月供地.xlsx``, ``填报单位：县自然资源和规划局`` (the bureau's name since the 2019 reform), the
    three parcels (120 亩).

    A reader takes it as 自然资源局's: 3 parcels, 120 亩.
    """
    return _factors("2026年1-6月要素保障情况表（工业用地）", LAND, "填报单位：县自然资源和规划局",
                    folder / "自然资源和规划局6月供地.xlsx")


def land_second_instalment_row_only_an_amount(folder: Path) -> Path:
    """自然资源局's June land list (供地日期 | 宗地名称 | 宗地编号 | 所在乡镇 | 供地面积（亩） | 成交价款（万元） | 备注):
    三号地块 30 亩 450 首期价款 on 2026-03-12; the next row holds only ``2026-05-12``, 价款 450 and ``二期价款`` (name, code,
    town and area left blank: the clerk's continuation line); 西镇石材园二号地块 45 亩 1,350.

    A reader takes 2 parcels: 三号地块 30 亩 900 万元 supplied 2026-03-12 and 二号地块 45 亩 1,350 (75 亩, 2,250).
    """
    wb, ws = f18._book()
    _title(ws, "2026年1-6月工业用地供应情况", 8)
    _put(ws, 2, 1, ["填报单位：县自然资源局"])
    _put(ws, 3, 1, [*f18.LAND_HEAD[:5], "供地面积（亩）", "成交价款（万元）", "备注"])
    rows = [[1, D(2026, 3, 12), "东镇化工园三号地块", "610599-2026-001", "东镇", 30, 450, "首期价款"],
            [None, D(2026, 5, 12), None, None, None, None, 450, "二期价款"],
            [2, D(2026, 4, 28), "西镇石材园二号地块", "610599-2026-002", "西镇", 45, 1350, None]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "自然资源局6月供地.xlsx")


QUARTER_HEAD = ["指标名称", "单位", "年度目标", "一季度", "二季度", "三季度", "四季度"]


def _targets(head: list[str], rows: list[list[Any]], folder: Path, name: str = "工信局2026年目标任务.xlsx") -> Path:
    wb, ws = f18._book()
    _title(ws, "2026年工业倍增计划目标任务", len(head))
    _put(ws, 2, 1, head)
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / name)


def targets_quarter_shares_summing_in_decimals(folder: Path) -> Path:
    """工信局's 2026 output target 28 亿元 split by each quarter's own share in 亿元 with one decimal: 5.6 | 7.0 | 7.7 |
    7.7 (= 28.0, though 5.6 + 7.0 + 7.7 + 7.7 in binary floating point is 28.000000000000004).

    A reader takes output_target 28 and the cumulative 5.6, 12.6, 20.3, 28.
    """
    return _targets(QUARTER_HEAD, [["规上工业总产值", "亿元", 28, 5.6, 7.0, 7.7, 7.7]], folder)


def targets_revision_left_blank_for_an_unchanged_row(folder: Path) -> Path:
    """工信局's mid-year revision: 指标名称 | 单位 | 年初目标 | 调整后目标; 规上工业总产值 亿元 28 → 26; 规上工业增加值增速 % 8
    → (blank: not revised); 工业固定资产投资增速 % 10 → 12.

    A reader takes output_target 26, va_target_pct 8 (unchanged, its revision left blank), fai_target_pct 12.
    """
    return _targets(["指标名称", "单位", "年初目标", "调整后目标"],
                    [["规上工业总产值", "亿元", 28, 26], ["规上工业增加值增速", "%", 8, None],
                     ["工业固定资产投资增速", "%", 10, 12]], folder, "工信局2026年目标任务调整.xlsx")


def fai_border_project_code_typed_with_spaces(folder: Path) -> list[Path]:
    """东镇's June return with the boundary 产业园 (code ``2618-610599-04-01-000020``, 1-6月 1,000), then 西镇's with the
    same project and figures, its code typed ``2618 610599 04 01 000020`` (spaces for dashes, as read off the paper).

    A reader sees one project: 工业固投 2,000 + 1,200 + 1,000 = 4,200 万元 (never 5,200), 西镇's row warned or asked.
    """
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, [*f16.EAST, f18.BORDER])
    first = _save(wb, folder / "东镇6月固投.xlsx")
    spaced = f16._with(f18.BORDER, code=f18.BORDER[0].replace("-", " "))
    wb2, ws2 = f16._fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    f16._fai_rows(ws2, [*f16.WEST, spaced])
    return [first, _save(wb2, folder.parent / "西镇6月固投.xlsx")]


def notes_parts_typed_in_chinese_numerals_after_words(folder: Path) -> Path:
    """工信局's June notes, 章节 typed ``六、`` (with the enumeration comma), ``问题一``, ``措施（二）``.

    A reader takes 3 items: 6, 二1, 三2.
    """
    wb, ws = f18._book()
    _title(ws, f18.NOTES_TITLE, 3)
    _put(ws, 2, 1, ["章节", "标题", "进展情况"])
    rows = [["六、", "园区要素保障", "标准化厂房二期主体封顶。"], ["问题一", "用地指标紧张", "新增建设用地指标不足。"],
            ["措施（二）", "强化融资服务", "设立应急转贷资金。"]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def city_short_name_that_is_a_prefix_of_another(folder: Path) -> Path:
    """The city table with counties written short: 全市, ``测试``, ``甲``, ``乙``, ``丙`` and one more row ``甲山`` (甲山县,
    a county of the next city the bureau added for comparison); 规上工业增加值增速（%） 7.5 / 8.2 / 7.0 / 7.6 / 7.1 /
    9.3 and 工业固定资产投资增速（%） beside.

    A reader takes 甲县 7.0 (the ``甲`` row) and never files 甲山's 9.3 under 甲县; 甲山 is kept under its own name or
    asked about.
    """
    wb, ws = f18._book()
    _title(ws, "2026年1-6月全市各县区主要工业指标对比", 3)
    _put(ws, 2, 1, ["县区", "规上工业增加值增速（%）", "工业固定资产投资增速（%）"])
    rows = [["全市", 7.5, 10.2], ["测试", 8.2, 12.5], ["甲", 7.0, 9.8], ["乙", 7.6, 8.0], ["丙", 7.1, 10.1],
            ["甲山", 9.3, 11.0]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, 1, row)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def pdf_saved_under_an_xlsx_name(folder: Path) -> Path:
    """西镇's June return printed to PDF and saved as ``西镇6月固投.xlsx`` (the bytes begin ``%PDF-1.7``).

    A reader sends it back saying it is a PDF, not an Excel workbook, and asks for the Excel file; nothing stored.
    """
    path = folder / "西镇6月固投.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    return path
