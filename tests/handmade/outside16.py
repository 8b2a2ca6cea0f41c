"""Hand-made returns from the outside check of session 14's work (r16) that were still read silently wrong: a unit
said for the whole table that the figures' size contradicts (单位：元 over 万元 figures where one firm is large; grants
typed in 元 under 单位：万元; 说明：营业收入以亿元计 over revenue typed in 万元).

Same conventions as fresh15.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.handmade import fresh15 as f15
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

#: A fifth, larger enterprise: 1-6月 12,000 万元 (as typed under a stale 单位：元 it would read 1.2 万元, over the 1 万元
#: that alone used to make the table look like 元).
BIG = ("西岭铝业有限公司", f15.U[1510], "西镇", "3216", "否", "2016-04", 2000, 12000, 11000, 12500)
#: Small above-scale enterprises (a half-year's output and revenue near 1,000 万元, in 万元): read as 亿元, the revenue
#: stays under the 1,000 亿元 a row can hold and only its size beside the output gives the unit away.
SMALL = [("东塬纸箱有限公司", f15.U[1511], "东镇", "2231", "否", "2023-01", 150, 900, 800, 950),
         ("东塬门窗有限公司", f15.U[1512], "东镇", "3312", "否", "2022-06", 120, 700, 640, 720),
         ("西岭饲料有限公司", f15.U[1513], "西镇", "1320", "否", "2021-12", 160, 950, 900, 980),
         ("西岭砖瓦有限公司", f15.U[1514], "西镇", "3031", "否", "2024-01", 140, 850, 800, 890)]


def ent_yuan_line_one_large_firm(folder: Path) -> Path:
    """统计局's June list under a 单位 line ``单位：元`` kept from the 财政局's sheet, over the usual 万元 figures of
    five enterprises; one of them (西岭铝业) made 12,000 万元 in half a year.

    A reader asks which unit: four of the five firms would have made under 1 万元 in half a year (东塬陶瓷 4,800 元),
    which no above-scale enterprise does — never 1-6月 产值 3.12 万元 for the county silently.
    """
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：元"],
                     firms=[*f15.FIRMS, BIG])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def cult_grants_in_yuan_under_a_wanyuan_line(folder: Path) -> Path:
    """工信局's cultivation ledger under ``单位：万元``; the 奖补资金 typed in 元 (200,000 / 500,000 / 300,000) and a
    合计 row 1,000,000 that agrees with them.

    A reader sees grants of 20, 50 and 30 亿元 to three township firms — more than the county's whole budget — and
    asks; never stores 500,000 万元 for 东塬光电 silently.
    """
    wb, ws = f15._book()
    _title(ws, "2026年1-6月企业培育台账", len(f15.CULT))
    _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, f15.CULT)
    rows: list[list[Any]] = [
        [1, "东塬陶瓷有限公司", f15.U[1500], "东镇", "高新技术企业", "已认定", f15.D(2026, 3, 5), "张三", 200000],
        [2, "东塬光电科技有限公司", f15.U[1501], "东镇", "省级专精特新", "申报中", f15.D(2026, 4, 10), "李四", 500000],
        [3, "西岭农产品加工有限公司", f15.U[1503], "西镇", "绿色工厂", "已认定", f15.D(2026, 5, 20), "王五", 300000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 7, 1, ["合计", None, None, None, None, None, None, None, 1000000])
    return f15._save(wb, folder / "工信局6月企业培育台账.xlsx")


def ent_revenue_note_says_yi_figures_in_wanyuan(folder: Path) -> Path:
    """统计局's June list with the line ``说明：营业收入以亿元计，其余金额单位为万元`` kept from last month's file, but this
    month the clerk typed revenue in 万元 like the rest; four small firms (营业收入 950 / 720 / 980 / 890 beside
    1-6月 产值 900 / 700 / 950 / 850).

    A reader sees every firm's revenue 10,000 times its output if the note is believed, and asks — never stores
    营业收入 950 亿元 for 东塬纸箱 silently.
    """
    wb, ws = f15._book()
    _title(ws, "2026年1-6月规上工业企业生产情况", len(f15.ENT))
    _put(ws, 2, 1, ["说明：营业收入以亿元计，其余金额单位为万元"])
    _put(ws, 3, 1, f15.ENT)
    for r, f in enumerate(SMALL, 4):
        _put(ws, r, 1, f15._ent_row(r - 3, f))
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_one_firm_stopped_all_year(folder: Path) -> Path:
    """统计局's June list (单位：万元) where 西岭农产品加工 has stopped production: 本月 0, 1-6月 0, 营业收入 0.

    A reader takes it as typed: 0 is a figure (a firm that made nothing), never a unit typed wrong.
    """
    stopped = (*f15.FIRMS[3][:6], 0, 0, 2000, 0)
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", ["填报单位：县统计局", *[None] * 9, "单位：万元"],
                     firms=[*f15.FIRMS[:3], stopped])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def city_table_in_yi_said_by_its_headers(folder: Path) -> Path:
    """The city bureau's June table as the bureau prints it: 规上工业总产值（亿元） …, 测试县 130.5, 全市 520 …

    A reader takes 测试县's 1-6月 规上工业总产值 as 1,305,000 万元 (130.5 亿元): the same figures as
    ``fresh16.city_header_wanyuan_figures_yi`` are right under headers that say 亿元.
    """
    from tests.handmade import fresh16 as f16

    wb, ws = f16._city("2026年1-6月全市各县区主要工业指标完成情况",
                       [["全市", *f16.CITY_ROW], *[[*c] for c in f16.COUNTIES]])
    return f15._save(wb, folder / "统计局6月全市对比.xlsx")
