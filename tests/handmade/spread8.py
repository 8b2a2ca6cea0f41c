"""Hand-made returns, round 8: 财政局's funds ledger (要素保障) kept as a cash book, one money column per 事项 —
the class of ``beizeng.intake.spread`` — in the county of round 7 (岚山县, tests/handmade/county7.py).

Every function writes one return into ``folder`` and returns its path; its docstring says what a person reading
the return takes from it ("A reader takes: …").  The same six events of 2026 stand in each (in 万元): contributions
to the city fund 200 (03-28) and 180 (06-25); funds raised 1,000 (04-10) and 500 (06-25); disbursed 300 (05-20)
and 450 (06-28) — contributed 380, raised 1,500, disbursed 750 — unless the docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.handmade.county7 import _row, _save, _title

D = dt.date

#: (date, 摘要, 上划, 筹集, 拨付) as the cash book has them: 06-25 carries a contribution and a raising in one line.
EVENTS: list[tuple[dt.date, str, object, object, object]] = [
    (D(2026, 3, 28), "一季度上划市工业倍增发展基金", 200, None, None),
    (D(2026, 4, 10), "县财政预算安排工业发展资金", "—", 1000, 0),
    (D(2026, 5, 20), "拨付秦汉光电技改补助", None, None, 300),
    (D(2026, 6, 25), "二季度上划基金并追加预算", 180, 500, None),
    (D(2026, 6, 28), "拨付标准化厂房建设资金", None, "—", 450),
]
#: The same events one line each, as the long template has them (事项 | 金额).
LONG = [(D(2026, 3, 28), "上划市工业倍增发展基金", "一季度上划市工业倍增发展基金", 200),
        (D(2026, 4, 10), "工业发展资金筹集", "县财政预算安排工业发展资金", 1000),
        (D(2026, 5, 20), "工业发展资金拨付", "拨付秦汉光电技改补助", 300),
        (D(2026, 6, 25), "上划市工业倍增发展基金", "二季度上划基金并追加预算", 180),
        (D(2026, 6, 25), "工业发展资金筹集", "二季度上划基金并追加预算", 500),
        (D(2026, 6, 28), "工业发展资金拨付", "拨付标准化厂房建设资金", 450)]


def funds_kinds_under_merged_parent(folder: Path) -> Path:
    """A two-row header: 序号 | 日期 | 摘要 merged down, 金额（万元） merged over 上划市工业倍增发展基金 | 资金筹集 |
    资金拨付; "—" and 0 in the kinds a line has nothing of; 06-25 has a contribution and a raising in one line; a
    合计 row (380 | 1,500 | 750) and the 填报人 line.

    A reader takes: 2026-06, 6 records (06-25 twice): contributed 380, raised 1,500, disbursed 750 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金台账"
    _title(ws, "岚山县工业发展资金收支台账（2026年1-6月）", 6)
    for c, text in enumerate(("序号", "日期", "摘要"), 1):
        ws.cell(3, c, text)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(3, 4, "金额（万元）")
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=6)
    _row(ws, 4, ["上划市工业倍增发展基金", "资金筹集", "资金拨付"], col=4)
    for r, (day, text, *kinds) in enumerate(EVENTS, 5):
        _row(ws, r, [r - 4, day, text, *kinds])
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
    _row(ws, 10, ["合计", None, None, 380, 1500, 750])
    _row(ws, 12, ["填报人：王会计", None, "联系电话：0916-3210000"])
    return _save(wb, folder / "财政局资金台账6月.xlsx")


def funds_kinds_with_units_in_yuan(folder: Path) -> Path:
    """One header row, each kind with its unit in 元 (上划基金（元） | 工业资金筹集（元） | 工业资金拨付（元）), no 单位
    line; a line of the year's opening balance with 0 in every kind (kept as an entry of nothing); a 合计 row whose
    拨付 is wrong (7,000,000 for 7,500,000).

    A reader takes: 2026-06, the six events in 万元 (2,000,000 元 = 200 万元 …) plus one record of 0 for the
    opening line: contributed 380, raised 1,500, disbursed 750 万元; the 拨付 合计 is a warning on its cell (F10).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "2026年1-6月工业发展资金明细账", 6)
    _row(ws, 2, ["凭证号", "日期", "摘要", "上划基金（元）", "工业资金筹集（元）", "工业资金拨付（元）"])
    _row(ws, 3, [None, D(2026, 1, 1), "年初结转", 0, 0, 0])
    for r, (day, text, *kinds) in enumerate(EVENTS, 4):
        yuan = [k * 10000 if isinstance(k, int) else k for k in kinds]
        _row(ws, r, [f"记-{r:03d}", day, text, *yuan])
        ws.cell(r, 2).number_format = "yyyy年m月d日"
    _row(ws, 10, ["合计", None, None, 3800000, 15000000, 7000000])
    return _save(wb, folder / "财政局工业资金明细账（元）.xlsx")


def funds_kind_not_in_the_form(folder: Path) -> Path:
    """The cash book of ``funds_kinds_under_merged_parent`` with a fourth kind under 金额（万元）: 省级专项资金, which
    the 要素保障 form does not have (80 万元 on 05-20).

    A reader asks: which 事项 is the 省级专项资金 column (E4)?  It is never dropped nor guessed: the return is
    refused with that question on the header cell.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金台账"
    _title(ws, "岚山县工业发展资金收支台账（2026年1-6月）", 7)
    for c, text in enumerate(("序号", "日期", "摘要"), 1):
        ws.cell(3, c, text)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(3, 4, "金额（万元）")
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=7)
    _row(ws, 4, ["上划市工业倍增发展基金", "省级专项资金", "资金筹集", "资金拨付"], col=4)
    for r, (day, text, fund, raised, paid) in enumerate(EVENTS, 5):
        _row(ws, r, [r - 4, day, text, fund, 80 if r == 7 else None, raised, paid])
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
    return _save(wb, folder / "财政局资金台账6月.xlsx")


def funds_kinds_in_two_units(folder: Path) -> Path:
    """One header row with the kinds in different units: 上划市倍增基金（万元） | 工业发展资金筹集（元） | 工业发展资金拨付（万元）.

    A reader asks: the kinds are in different units, one 金额 cannot hold them — refused, naming the columns.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金"
    _title(ws, "岚山县2026年工业发展资金情况表", 5)
    _row(ws, 2, ["时间", "摘要", "上划市倍增基金（万元）", "工业发展资金筹集（元）", "工业发展资金拨付（万元）"])
    for r, (day, text, fund, raised, paid) in enumerate(EVENTS, 3):
        _row(ws, r, [day, text, fund, raised * 10000 if isinstance(raised, int) else raised, paid])
    return _save(wb, folder / "财政局工业资金6月.xlsx")


def funds_long(folder: Path) -> Path:
    """The events of ``funds_kinds_under_merged_parent`` one line each, as the form's own layout has them: 序号 |
    日期 | 事项 | 摘要 | 金额（万元）.

    A reader takes: 2026-06, 6 records: contributed 380, raised 1,500, disbursed 750 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金台账"
    _title(ws, "岚山县工业发展资金收支台账（2026年1-6月）", 5)
    _row(ws, 3, ["序号", "日期", "事项", "摘要", "金额（万元）"])
    for r, (day, item, text, amount) in enumerate(LONG, 4):
        _row(ws, r, [r - 3, day, item, text, amount])
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
    return _save(wb, folder / "财政局资金台账6月.xlsx")
