"""Hand-made returns, round 9: ONE enterprise's own return written as indicator lines.

The class: an enterprise (or the statistics bureau forwarding its platform print) sends its own 规上工业企业生产
月报 not as a ledger row but as a sheet about itself — the particulars (统一社会信用代码, 单位名称, 所在乡镇, 行业
代码, 战新) as key：value lines or label | value cells above or beside, then a small table of lines 指标 | 单位 |
本月 | 1-N月 | 上年同期 (or the platform's 指标名称 | 计量单位 | 代码 | 本期 | 上年同期, 本期 being 1-N月累计, with
其中：本月 as a line of its own), each line in its own unit or the header's.  A workbook may hold one such sheet per
enterprise: each sheet is one record.

Every function writes one workbook into ``folder`` and returns its path; its docstring says what a person
reading it takes from it.  The county is tests/scenarios_more.write_full_config (东镇, 西镇; 统计局); the period
is June 2026.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

#: Enterprises of these returns (valid USCCs, none shared with the other hand-made rounds).
W = {n: uscc(n) for n in range(900, 910)}


def ent_lines_with_a_month_column(folder: Path) -> Path:
    """The enterprise's own sheet: title ``西岭建材有限公司2026年1-6月生产经营情况``, particulars two a row as
    "标签：值" (单位名称, 统一社会信用代码 / 所在乡镇, 行业代码 C3021 / 是否战新：否), then 指标 | 单位 | 本月 | 1-6月 |
    上年同期 with the lines 工业总产值 万元 8,000 | 50,000 | 45,000 and 营业收入 亿元 0.85 | 5.2 | 4.8 (each line in its
    own unit).

    A reader takes one record: 西岭建材 (西镇, 3021, not 战新), 本月 8,000, 1-6月 50,000, 上年同期 45,000, 营收
    52,000 万元; 本月营业收入 and 上年同期营业收入 are lines the form has no column for (said, not read)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "生产经营情况"
    _title(ws, "西岭建材有限公司2026年1-6月生产经营情况", 5)
    _put(ws, 2, 1, ["单位名称：西岭建材有限公司", None, None, f"统一社会信用代码：{W[900]}"])
    _put(ws, 3, 1, ["所在乡镇：西镇", None, None, "行业代码：C3021"])
    _put(ws, 4, 1, ["是否战新：否"])
    _put(ws, 6, 1, ["指标", "单位", "本月", "1-6月", "上年同期"])
    _put(ws, 7, 1, ["工业总产值", "万元", 8000, 50000, 45000])
    _put(ws, 8, 1, ["营业收入", "亿元", 0.85, 5.2, 4.8])
    _put(ws, 10, 1, ["填表人：赵某", None, None, "联系电话：0916-1234567"])
    path = folder / "西岭建材_2026年6月产值.xlsx"
    wb.save(path)
    return path


def ent_lines_in_wanyuan_by_the_header(folder: Path) -> Path:
    """Particulars as label | value cells (企业名称 | 东关饲料有限公司, 统一代码 | …, 乡镇 | 东镇, 行业代码 | 1329,
    战新企业 | 否), then lines without a unit column whose header carries the unit: 指标名称 | 行次 | 本年累计（万元）|
    上年同期（万元）, lines 工业总产值（现价）1 | 20,000.5 | 22,000, 其中：当月 2 | 3,300 | 3,000, 营业收入 3 | 21,000 |
    19,500.

    A reader takes one record: 东关饲料 (东镇, 1329), 1-6月 20,000.5, 本月 3,300, 上年同期 22,000, 营收 21,000
    万元; 上年同期 of the month (3,000) and of the revenue are no column of the form (said)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "规上工业企业生产月报（2026年6月）", 4)
    for r, (k, v) in enumerate([("企业名称", "东关饲料有限公司"), ("统一代码", W[901]), ("乡镇", "东镇"),
                                ("行业代码", "1329"), ("战新企业", "否")], 2):
        _put(ws, r, 1, [k, v])
    _put(ws, 8, 1, ["指标名称", "行次", "本年累计（万元）", "上年同期（万元）"])
    _put(ws, 9, 1, ["工业总产值（现价）", 1, 20000.5, 22000])
    _put(ws, 10, 1, ["其中：当月", 2, 3300, 3000])
    _put(ws, 11, 1, ["营业收入", 3, 21000, 19500])
    path = folder / "东关饲料_生产月报_6月.xlsx"
    wb.save(path)
    return path


def _platform_sheet(ws: Worksheet, u: str, name: str, town: str, code: str, sei: str,
                    lines: list[tuple[str, str, str, float, float]]) -> None:
    """One enterprise's B204-1 on ``ws`` as the platform prints it (particulars among the head lines)."""
    _title(ws, "工业产销总值及主要产品产量", 5)
    _put(ws, 2, 1, ["表号：B204-1", None, None, "制定机关：国家统计局"])
    _put(ws, 3, 1, [f"统一社会信用代码：{u}", None, None, "批准文号：国统制〔2025〕85号"])
    _put(ws, 4, 1, [f"单位详细名称：{name}", None, None, "有效期至：2027年3月"])
    _put(ws, 5, 1, [f"行业代码：{code}", None, None, f"所在乡镇（街道）：{town}"])
    _put(ws, 6, 1, [f"是否战略性新兴产业：{sei}", None, None, "2026年1-6月"])
    _put(ws, 8, 1, ["指标名称", "计量单位", "代码", "本期", "上年同期"])
    _put(ws, 9, 1, ["甲", "乙", "丙", 1, 2])
    for r, line in enumerate(lines, 10):
        _put(ws, r, 1, list(line))


def ent_two_enterprises_as_two_sheets(folder: Path) -> Path:
    """统计局 forwards two enterprises' platform prints in one workbook, a sheet each (``东方光伏``, ``西镇矿业``):
    东方光伏 in 千元 (工业总产值（当年价格）300,000 | 250,000, 其中：本月 50,000 | 42,000, 营业收入 330,000 |
    280,000); 西镇矿业 (西镇, 0810) in 万元, its lines in another order and wording (营业收入 12,000 | 10,000, 工业
    总产值 11,000 | 9,000, 其中：本月 2,000 | 1,500).

    A reader takes two records: 东方光伏 30,000 / 本月 5,000 / 上年同期 25,000 / 营收 33,000 万元; 西镇矿业 11,000
    / 2,000 / 9,000 / 12,000 万元."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东方光伏"
    _platform_sheet(ws, W[902], "东方光伏科技有限公司", "东镇", "3825", "是",
                    [("工业总产值（当年价格）", "千元", "01", 300000, 250000), ("其中：本月", "千元", "02", 50000, 42000),
                     ("营业收入", "千元", "03", 330000, 280000)])
    _platform_sheet(wb.create_sheet("西镇矿业"), W[903], "西镇矿业有限公司", "西镇", "0810", "否",
                    [("营业收入", "万元", "03", 12000, 10000), ("工业总产值", "万元", "01", 11000, 9000),
                     ("其中：本月", "万元", "02", 2000, 1500)])
    path = folder / "统计局_企业B204-1_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_lines_missing_the_output_line(folder: Path) -> Path:
    """The platform print of one enterprise whose 工业总产值 line is missing (the clerk deleted it when copying):
    lines 营业收入 千元 03 120,000 | 100,000 and 利润总额 千元 04 8,000 | 7,000 only.

    A reader cannot take the return: its 1-N月累计工业总产值 is not there — the sender is told which line is
    missing; 利润总额 is a line the form has not (said)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "B204-1"
    _platform_sheet(ws, W[904], "西岭建材有限公司", "西镇", "3021", "否",
                    [("营业收入", "千元", "03", 120000, 100000), ("利润总额", "千元", "04", 8000, 7000)])
    path = folder / "西岭建材_B204-1_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_particulars_in_one_merged_line(folder: Path) -> Path:
    """The enterprise's own sheet with its particulars typed as the clerk types a letterhead: one line merged
    across the table holding two pairs apart by spaces (``单位名称：东方光伏科技有限公司    统一社会信用代码：…``),
    then 所在乡镇：东镇 | 行业代码：3825 | 是否战新：是 a cell each, and the lines 指标名称 | 计量单位 | 本月 | 本年累计 |
    上年同期累计 in 千元: 工业总产值 50,000 | 300,000 | 250,000, 营业收入 60,000 | 330,000 | 280,000.

    A reader takes one record: 东方光伏 (东镇, 3825, 战新), 本月 5,000, 1-6月 30,000, 上年同期 25,000, 营收 33,000
    万元."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "东方光伏科技有限公司2026年6月主要经济指标", 5)
    ws.cell(2, 1, f"单位名称：东方光伏科技有限公司    统一社会信用代码：{W[905]}")
    ws.merge_cells("A2:E2")
    _put(ws, 3, 1, ["所在乡镇：东镇", None, "行业代码：3825", None, "是否战新：是"])
    _put(ws, 5, 1, ["指标名称", "计量单位", "本月", "本年累计", "上年同期累计"])
    _put(ws, 6, 1, ["工业总产值", "千元", 50000, 300000, 250000])
    _put(ws, 7, 1, ["营业收入", "千元", 60000, 330000, 280000])
    path = folder / "东方光伏_2026年6月.xlsx"
    wb.save(path)
    return path


def ent_particulars_beside_the_lines(folder: Path) -> Path:
    """The lines first and the particulars beside them, past a blank column: 指标 | 本月 | 1-6月累计 | 上年同期 with
    工业总产值（万元）2,000 | 11,000 | 9,000 and 营业收入（万元）2,100 | 12,000 | 10,000 in A:D; 统一社会信用代码,
    企业名称 西镇矿业有限公司, 所属乡镇 西镇, 行业代码 0810, 是否战新 否 as label | value in F:G on rows 3–7.

    A reader takes one record: 西镇矿业, 本月 2,000, 1-6月 11,000, 上年同期 9,000, 营收 12,000 万元 — never the
    month's 2,000 as the year's (the line's first figure beside its name)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "2026年1-6月规上工业企业主要指标", 7)
    _put(ws, 3, 1, ["指标", "本月", "1-6月累计", "上年同期", None, "统一社会信用代码", W[906]])
    _put(ws, 4, 1, ["工业总产值（万元）", 2000, 11000, 9000, None, "企业名称", "西镇矿业有限公司"])
    _put(ws, 5, 1, ["营业收入（万元）", 2100, 12000, 10000, None, "所属乡镇", "西镇"])
    _put(ws, 6, 6, ["行业代码", "0810"])
    _put(ws, 7, 6, ["是否战新", "否"])
    path = folder / "西镇矿业_2026年6月.xlsx"
    wb.save(path)
    return path
