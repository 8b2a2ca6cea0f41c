"""Hand-made returns, round 8: two columns a person tells apart at once although their headers look alike.

- months: last month's cumulative kept beside this month's (``1-5月累计`` | ``1-6月累计`` in a June return), in the
  clerks' other spellings (1至5月, 前5月, 截至5月底), May's and June's month side by side, and the same file whose
  title, sheet and file name do not say the month (then the reader cannot know which column is June's);
- units: one quantity written twice (供地面积 in 公顷 and again in 亩, 总投资 in 亿元 and 万元), the column in the
  form's own unit read as the clerk rounded it, the other held against it.

Each maker's docstring says what a person reading the return takes from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import save as _save
from tests.scenarios import uscc

U = {n: uscc(n) for n in range(40, 50)}


def pcode(n: int) -> str:
    """A project code as the approval platform issues it (series 8xx: none of the other makers')."""
    return f"2601-610599-04-01-{800 + n:06d}"


def _sheet(name: str, title: str) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = name
    ws.append([title])
    return wb, ws


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局): months
# ---------------------------------------------------------------------------------------------

def ent_two_months(folder: Path, earlier: str = "5月产值（万元）", later: str = "6月产值（万元）",
                   cum: str = "1-6月累计产值（万元）", title: str = "2026年6月规上工业企业生产月报",
                   file: str = "统计局2026年6月规上工业.xlsx", sheet: str = "6月") -> Path:
    """统计局's June return with May's month beside June's: 企业名称 … | 5月产值 | 6月产值 | 1-6月累计产值 | 上年同期.

    A reader takes: 本月 (June) 2,000 / 1,500 / 3,000 and 1-6月累计 12,000 / 9,000 / 18,000 万元 (3.9 亿元); the
    5月 column (1,800 / 1,400 / 2,900) is last month's, not read.
    """
    wb, ws = _sheet(sheet, title)
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", earlier, later, cum,
               "上年同期累计产值（万元）"])
    for i, (name, may, june, total, last) in enumerate((("甲电子有限公司", 1800, 2000, 12000, 11000),
                                                         ("乙食品有限公司", 1400, 1500, 9000, 8000),
                                                         ("丙新材料有限公司", 2900, 3000, 18000, 16000))):
        ws.append([name, U[40 + i], "东镇" if i else "西镇", "3985", "是" if i == 2 else "否", may, june, total, last])
    return _save(wb, folder / file)


def ent_two_cumulatives(folder: Path, earlier: str, later: str = "1-6月累计产值（万元）",
                        title: str = "2026年6月规上工业企业生产月报", file: str = "统计局2026年6月规上工业.xlsx",
                        sheet: str = "6月") -> Path:
    """统计局's June return with May's cumulative (``earlier``) left of June's (``later``), as a clerk keeps the
    sheet to add this month on: 本月产值 | 1-5月累计 | 1-6月累计 | 上年同期.

    A reader takes (when the title, sheet or file name says June): 1-6月累计 12,000 / 9,000 / 18,000 万元; the
    earlier column (10,000 / 7,500 / 15,000) is May's, not read.
    """
    wb, ws = _sheet(sheet, title)
    ws.append(["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "本月产值（万元）", earlier, later,
               "上年同期累计产值（万元）"])
    for i, (name, month, before, total, last) in enumerate((("甲电子有限公司", 2000, 10000, 12000, 11000),
                                                            ("乙食品有限公司", 1500, 7500, 9000, 8000),
                                                            ("丙新材料有限公司", 3000, 15000, 18000, 16000))):
        ws.append([name, U[40 + i], "东镇" if i else "西镇", "3985", "是" if i == 2 else "否", month, before, total, last])
    return _save(wb, folder / file)


def ent_two_cumulatives_month_unsaid(folder: Path) -> Path:
    """The same return whose title says only the year (``2026年规上工业企业生产月报``), sheet ``Sheet1``, file
    ``统计局规上工业.xlsx``: nothing but the two headers names a month.

    A reader cannot tell whether this is May's return (with a column for June filled in early) or June's: asked
    which column is the 1-N月累计, never guessed.
    """
    return ent_two_cumulatives(folder, "1-5月累计产值（万元）", title="2026年规上工业企业生产月报",
                               file="统计局规上工业.xlsx", sheet="Sheet1")


# ---------------------------------------------------------------------------------------------
# 要素保障 (自然资源局) and 工业固定资产投资 (乡镇): one quantity in two units
# ---------------------------------------------------------------------------------------------

_PARCELS = (("秦汉光电二期扩建项目用地", "东镇", 1065, dt.date(2026, 3, 18)),
            ("经开区标准化厂房三期用地", "西镇", 1571.4, dt.date(2026, 5, 9)))


def land_hectares_then_mu(folder: Path, hectares: tuple[float, float] = (2.3667, 3.492),
                          mu: tuple[float, float] = (35.5, 52.38), mu_header: str = "折合（亩）") -> Path:
    """自然资源局's May ledger with 供地面积（公顷） and then ``mu_header`` (折合（亩）, 合计（亩）, 折亩) beside it.

    A reader takes: 2 parcels, the 亩 figures as written (35.5 + 52.38 = 87.88 亩); the 公顷 column says the same
    rounded (2.3667 × 15 = 35.5005, 3.492 × 15 = 52.38).  When they disagree beyond rounding: the 亩 figures, and a
    warning naming both cells.
    """
    wb, ws = _sheet("1-5月", "2026年1-5月工业用地供应台账")
    ws.append(["填报单位：县自然资源局"])
    ws.append(["序号", "项目名称", "乡镇", "供地面积（公顷）", mu_header, "出让价款（万元）", "供地日期"])
    for i, (name, town, price, day) in enumerate(_PARCELS):
        ws.append([i + 1, name, town, hectares[i], mu[i], price, day])
    return _save(wb, folder / "工业用地供应台账（1-5月）.xlsx")


def land_area_over_two_units(folder: Path, mu: tuple[float, float] = (35.5, 52.38)) -> Path:
    """The same ledger with a two-row header: 供地面积 merged over 公顷 | 亩 (no brackets), the other columns merged
    down over both rows.

    A reader takes: the 亩 column as written (35.5 + 52.38 = 87.88 亩), the 公顷 column held against it.
    """
    wb, ws = _sheet("1-5月", "2026年1-5月工业用地供应台账")
    ws.append(["填报单位：县自然资源局"])
    ws.append(["序号", "项目名称", "乡镇", "供地面积", None, "出让价款（万元）", "供地日期"])
    ws.append([None, None, None, "公顷", "亩", None, None])
    for c in (1, 2, 3, 6, 7):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    for i, (name, town, price, day) in enumerate(_PARCELS):
        ws.append([i + 1, name, town, (2.3667, 3.492)[i], mu[i], price, day])
    return _save(wb, folder / "工业用地供应台账（1-5月）.xlsx")


def land_area_over_hectares(folder: Path) -> Path:
    """The ledger with only the registered area: a two-row header, 供地面积 over 公顷 (no brackets).

    A reader takes: the area in 公顷, converted exactly to 亩: 2.3667 × 15 = 35.5005, 3.492 × 15 = 52.38 亩 — never
    2.3667 亩.
    """
    wb, ws = _sheet("1-5月", "2026年1-5月工业用地供应台账")
    ws.append(["填报单位：县自然资源局"])
    ws.append(["序号", "项目名称", "乡镇", "供地面积", "出让价款（万元）", "供地日期"])
    ws.append([None, None, None, "公顷", None, None])
    for c in (1, 2, 3, 5, 6):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i, (name, town, price, day) in enumerate(_PARCELS):
        ws.append([i + 1, name, town, (2.3667, 3.492)[i], price, day])
    return _save(wb, folder / "工业用地供应台账（1-5月）.xlsx")


def fai_total_in_yi_and_wan(folder: Path) -> Path:
    """东镇's June projects with 总投资 twice: 总投资（亿元） as the approval says it, then 总投资（万元）.

    A reader takes: 总投资 15,000 / 8,000 万元 from the 万元 column (1.5 / 0.8 亿元 say the same), 1-6月累计
    2,300 / 1,250 万元.
    """
    wb, ws = _sheet("Sheet1", "东镇2026年6月工业固定资产投资项目月报")
    ws.append(["填报单位：东镇人民政府"])
    ws.append(["项目名称", "项目代码", "建设性质", "是否技改项目", "是否倍增重点项目", "总投资（亿元）", "总投资（万元）",
               "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"])
    ws.append(["恒通新材料年产2万吨纤维项目", pcode(1), "新建", "否", "是", 1.5, 15000, 5000, "是",
               dt.date(2026, 3, 15), "是", 400, 2300])
    ws.append(["岚峰建材窑炉节能改造项目", pcode(2), "改建和技术改造", "是", "是", 0.8, 8000, 3000,
               "是", dt.date(2025, 12, 1), "是", 250, 1250])
    return _save(wb, folder / "东镇2026年6月项目月报.xlsx")
