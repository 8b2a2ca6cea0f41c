"""Hand-made returns whose headers alone would name the wrong form, or too few columns to name one, and whose
rows say what they are (issue 11: read as a person reads them).  The class, beyond review 7's three:

- a ledger of enterprises whose types read like indicators (小巨人, 绿色工厂, 高企) and whose code column is headed
  just 代码 (the targets' 指标代码 too) beside a 乡镇 column (the targets' 范围 too);
- a ledger of enterprises with no code column at all: asked for its credit codes as a 企业培育台账, never read as
  targets;
- targets whose headers are 招商引资 words too (项目 | 单位 | 目标值 | 责任单位 | 备注) over rows that are indicators;
- the city comparison with one figure column: headed by an alias (县（区） | 规上工业总产值增速 | 排名), its growth typed
  as text with a %;
- a table of counties with no figure column (县区 | 位次): not enough to say which return it is.

Every function writes one workbook into ``folder`` with openpyxl and returns its path; its docstring says what a
person reading it takes from it.  The county is tests/scenarios_more.write_full_config (townships 东镇 / 东关镇 and
西镇; the city's counties 测试县, 甲县, 乙县, 丙县).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from beizeng.base.identifiers import uscc_check_char

Maker = Callable[[Path], Path]


def code(n: int) -> str:
    """A valid credit code (GB 32100 check character right), one per ``n``."""
    first = f"91610525MA6Y9F{n:03d}"
    return first + uscc_check_char(first)


def _put(ws: Worksheet, row: int, values: Sequence[object]) -> None:
    for i, v in enumerate(values, 1):
        if v is not None:
            ws.cell(row, i, v)


def cult_unit_name_and_code(folder: Path) -> Path:
    """A person reads: 工信局 企业培育台账 2026-06, 3 enterprises: 东方光伏 国家级小巨人 (已认定 2026-04-20), 西岭建材
    绿色工厂 (申报中 2026-05-06), 东关饲料 高企 (培育中).  The code column is headed 代码, the township 乡镇."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育企业"
    ws["A1"] = "2026年6月重点培育企业情况表"
    _put(ws, 2, ["序号", "单位名称", "代码", "乡镇", "培育方向", "目前状态", "认定日期"])
    _put(ws, 3, [1, "东方光伏科技有限公司", code(1), "东镇", "国家级小巨人", "已认定", dt.date(2026, 4, 20)])
    _put(ws, 4, [2, "西岭建材有限责任公司", code(2), "西镇", "绿色工厂", "申报中", dt.date(2026, 5, 6)])
    _put(ws, 5, [3, "东关饲料有限公司", code(3), "东关镇", "高企", "培育中", None])
    p = folder / "工信局_2026-06_重点培育企业.xlsx"
    wb.save(p)
    return p


def cult_without_codes(folder: Path) -> Path:
    """A person reads: 工信局's list of 2 enterprises being cultivated in 2026-06 (东方光伏 绿色工厂 申报中, 西岭建材
    技改奖励资金 已认定), with no credit codes: a 企业培育台账 that must give its codes, never a list of targets."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "2026年6月企业培育"
    _put(ws, 2, ["企业", "乡镇", "类型", "状态", "日期"])
    _put(ws, 3, ["东方光伏科技有限公司", "东镇", "绿色工厂", "申报中", dt.date(2026, 6, 2)])
    _put(ws, 4, ["西岭建材有限公司", "西镇", "技改奖励资金", "已认定", dt.date(2026, 5, 9)])
    p = folder / "工信局_2026-06_培育企业.xlsx"
    wb.save(p)
    return p


def targets_attraction_words(folder: Path) -> Path:
    """A person reads: 工信局 2026 targets: 规上工业总产值 24 亿元, 工业固定资产投资增速 10 %, 新增规上工业企业 5 户
    (the 责任单位 and 备注 columns are notes)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2026年度工业发展主要目标"
    _put(ws, 2, ["项目", "单位", "目标值", "责任单位", "备注"])
    _put(ws, 3, ["一、规上工业总产值", "亿元", 24, "县工信局", None])
    _put(ws, 4, ["二、工业固定资产投资增速", "%", 10, "县发改局", "同比"])
    _put(ws, 5, ["三、新增规上工业企业", "户", 5, "县工信局", None])
    p = folder / "工信局2026年度工业目标.xlsx"
    wb.save(p)
    return p


def city_alias_one_figure(folder: Path) -> Path:
    """A person reads: 统计局 全市各县区 comparison 2026-06, 规上工业总产值增速 only: 全市 8.1 %, 甲县 9.5 % (1st),
    测试县 8.5 % (2nd), 乙县 7.2 %, 丙县 6.0 %."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "产值增速"
    ws["A1"] = "2026年1-6月各县区规上工业总产值增速"
    _put(ws, 2, ["县（区）", "规上工业总产值增速", "排名"])
    rows: list[list[object]] = [["全市", "8.1%", None], ["甲县", "9.5%", 1], ["测试县", "8.5%", 2], ["乙县", "7.2%", 3],
                                ["丙县", "6.0%", 4]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, row)
    p = folder / "统计局_2026-06_各县区产值增速.xlsx"
    wb.save(p)
    return p


def counties_rank_only(folder: Path) -> Path:
    """A person reads: a list of the city's counties and their 位次, no figure at all: nothing a return holds; the
    file must be asked about, never read as a return."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "2026年6月各县区位次"
    _put(ws, 2, ["县区", "位次"])
    for r, row in enumerate([["甲县", 1], ["测试县", 2], ["乙县", 3], ["丙县", 4]], 3):
        _put(ws, r, row)
    p = folder / "统计局_2026-06_各县区位次.xlsx"
    wb.save(p)
    return p
