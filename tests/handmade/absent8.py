"""Hand-made returns without a column a figure is summed from (round 8): the figure is not known, not 0.

Clerks drop a column they have nothing to put in, or keep last year's layout that never had it.  A person
reading such a ledger knows the amounts were not reported; a column that is there with its cells left empty
or "—" says there is nothing yet.  Each maker's docstring says what a reader takes from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.scenarios import uscc

D = dt.date


def attraction_without_funds_column(folder: Path) -> Path:
    """招商局's ledger kept in last year's layout: 总投资 but no 本年到位资金 column at all.

    A reader takes: 2026-06, 3 projects; landed this year 2 (5,000 + 3,000 万元: 0.8 亿元); funds in place
    this year not reported (未报), not 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "县招商局2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws["I2"] = "单位：万元"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "总投资"])
    for r in (["甲新能源装备项目", "甲公司", "装备制造", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 1), 5000],
              ["乙农产品加工项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 8), D(2026, 3, 1), D(2026, 5, 6), 3000],
              ["丙建材项目", "丙公司", "新型建材", None, "签约", D(2026, 3, 8), D(2026, 6, 1), None, 8000]):
        ws.append(r)
    path = folder / "招商引资台账6月（旧表样）.xlsx"
    wb.save(path)
    return path


def attraction_funds_column_all_dashes(folder: Path) -> Path:
    """The same ledger with its 今年到位资金 column there and "—" in every cell: no funds in place yet.

    A reader takes: 2026-06, 3 projects; landed this year 2 (0.8 亿元); funds in place this year 0.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "县招商局2026年1-6月招商引资项目台账"
    ws["A2"] = "填报单位：县招商局"
    ws["J2"] = "单位：万元"
    ws.append(["项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "总投资",
               "今年到位资金"])
    for r in (["甲新能源装备项目", "甲公司", "装备制造", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 1), D(2026, 3, 1), 5000,
               "—"],
              ["乙农产品加工项目", "乙公司", "涉农加工", "西镇", "落户", D(2026, 2, 8), D(2026, 3, 1), D(2026, 5, 6), 3000,
               "—"],
              ["丙建材项目", "丙公司", "新型建材", None, "签约", D(2026, 3, 8), D(2026, 6, 1), None, 8000, "—"]):
        ws.append(r)
    path = folder / "招商引资台账6月.xlsx"
    wb.save(path)
    return path


def cultivation_without_grant_column(folder: Path) -> Path:
    """工信局's ledger with two 技改奖励资金 applications but no 奖补资金 column (the amounts kept elsewhere).

    A reader takes: 2026-06, 3 rows; 技改奖励资金 applications 2 enterprises, their amount not reported (未报);
    专精特新小巨人 1 recognised 2026-04-08.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "测试县2026年企业培育工作台账（截至6月底）"
    ws["A2"] = "填报单位：县工信局"
    ws.append(["企业名称", "统一社会信用代码", "所在镇", "培育方向", "当前状态", "时间"])
    for r in (["东镇农机制造有限公司", uscc(11), "东镇", "技改奖励资金", "申报中", D(2026, 3, 1)],
              ["西镇中药饮片有限公司", uscc(12), "西镇", "技改奖励资金", "申报中", D(2026, 3, 1)],
              ["东镇精密铸造有限公司", uscc(13), "东镇", "专精特新小巨人", "已认定", D(2026, 4, 8)]):
        ws.append(r)
    path = folder / "工信局企业培育台账6月.xlsx"
    wb.save(path)
    return path
