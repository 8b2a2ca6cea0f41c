"""Hand-made returns of the outside probe p22: clerks' returns aimed at session 18's claims — a 是否 flag answered
in a sentence that disagrees with itself, 本期产值 under a title of one month, 本月 = 1-N月 in January, a
cultivation ledger kept as one sheet per type (abbreviated sheet names; a bare 专精特新 sheet), the land bureau under
its full name sending a fund row, a funds ledger where one row carries a 宗地编号.

Same conventions as probe18.py: each maker writes into ``folder`` and returns the path (or the paths, first month
first); its docstring says what a person reading the return takes from it.  County:
tests/scenarios_more.write_full_config; period June 2026 unless said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import fresh15 as f15
from tests.handmade import fresh17 as f17
from tests.handmade import outside17 as o17
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(2200, 2240)}


def proj_flags_in_sentences_one_disagreeing(folder: Path) -> Path:
    """东镇's June project list (``单位：万元``); 是否纳统 answered in words: J4 ``已纳统（5月入库）``, J5
    ``不是，预计7月纳统``, J6 ``是，但尚未入库`` (纳统 is 入库: the clause contradicts the 是).

    A reader takes J4 as 是 and J5 as 否 without asking; asks about J6 only (never guesses it).
    """
    wb, ws = f15._book("东镇")
    _title(ws, "东镇2026年1-6月工业项目投资完成情况", len(o17.PROJ))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 10, "单位：万元"])
    _put(ws, 3, 1, o17.PROJ)
    answers = ["已纳统（5月入库）", "不是，预计7月纳统", "是，但尚未入库"]
    for i, (p, a) in enumerate(zip(o17.EAST_PROJECTS, answers, strict=True), 1):
        _put(ws, 3 + i, 1, [i, *p[:8], a, *p[9:]])
    return f15._save(wb, folder / "东镇6月项目.xlsx")


def ent_benqi_beside_benyue_under_a_one_month_title(folder: Path) -> Path:
    """统计局's list titled ``2026年6月规上工业企业生产情况`` (June only, as the bureau's monthly form is often headed)
    with flat headers 本月产值 | 本期产值 | 上年同期 | 营业收入; 本期 is 4,200 / 2,800 / 7,800 / 2,100 beside 本月
    700 / 500 / 1,300 / 350 — plainly the half year (上年同期 3,900 … is a half year's too).

    A reader never stores 本期 as June's month: 本月 stays 700 …; 本期 is either the 1-6月 cumulative or asked.
    """
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值", "本期产值",
            "上年同期", "营业收入"]
    wb, _ = f17._ent(f17._firms(), head=head, title="2026年6月规上工业企业生产情况")
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


JAN = [("东川陶瓷有限公司", U[2200], "东镇", "3071", "否", "2017-05", 700, 700, 650, 720),
       ("东川电子科技有限公司", U[2201], "东镇", "3976", "是", "2022-08", 480, 480, 400, 500),
       ("西川水泥有限公司", U[2202], "西镇", "3011", "否", "2014-03", 1250, 1250, 1200, 1300)]


def ent_jan_feb_month_equals_cumulative(folder: Path) -> Path:
    """统计局's first return of the year, 1-2月 (January is not sent alone): title ``2026年1-2月规上工业企业生产情况``,
    headers 本月产值 | 1-2月累计产值 | 上年同期; three firms with 本月 = 1-2月 (700, 480, 1,250) and 上年同期 650 / 400 /
    1,200 — the bureau's 1-2月 form puts the two months together in its 本月 column.

    A reader takes it as it is: in the first return of the year the 本月 is the cumulative — nothing said about a
    本月 copied from the cumulative.
    """
    head = [h.replace("1-6月", "1-2月") for h in f17.ENT]
    wb, _ = f17._ent(f17._firms(JAN), head=head, title="2026年1-2月规上工业企业生产情况")
    return f15._save(wb, folder / "统计局1-2月规上企业.xlsx")


CULT_HEAD = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "培育状态", "状态日期", "包联领导", "奖补资金", "备注"]


def _type_sheets(sheets: list[tuple[str, list[tuple[Any, ...]]]]) -> Any:
    wb, first = _book(sheets[0][0])
    for k, (name, rows) in enumerate(sheets):
        ws = first if k == 0 else wb.create_sheet(name)
        _title(ws, f"2026年6月企业培育台账（{name}）", len(CULT_HEAD))
        _put(ws, 2, 1, ["填报单位：县工信局", *[None] * 7, "单位：万元"])
        _put(ws, 3, 1, CULT_HEAD)
        for r, row in enumerate(rows, 4):
            _put(ws, r, 1, [r - 3, *row])
    return wb


def cult_type_sheets_named_as_the_office_says_them(folder: Path) -> Path:
    """工信局's ledger as three sheets named by type the way the office says them — 「拟入规」 (2 firms, rows 4-5),
    「高企」 (1 firm, row 4), 「科小」 (2 firms, rows 4-5); no 培育类型 column.

    A reader takes one return of 5 rows: 拟入规 2, 高新技术企业 1, 科技型中小企业 2, each row kept with its sheet and
    row (「科小」 row 5 is 西川新材料).
    """
    wb = _type_sheets([
        ("拟入规", [(U[2210], "西川果业加工有限公司", "西镇", "培育中", None, "王主任", None, "预计8月入规"),
                 (U[2211], "东川农机制造有限公司", "东镇", "申报中", D(2026, 5, 20), "张县长", None, None)]),
        ("高企", [(U[2212], "东川电子科技有限公司", "东镇", "申报中", D(2026, 5, 20), "张县长", None, "已提交材料")]),
        ("科小", [(U[2213], "东川陶瓷有限公司", "东镇", "已入库", D(2026, 3, 12), "赵局长", 20, None),
                (U[2214], "西川新材料有限公司", "西镇", "已入库", D(2026, 4, 2), "赵局长", 30, None)]),
    ])
    return f15._save(wb, folder / "工信局6月企业培育台账.xlsx")


def cult_type_sheets_one_a_bare_zhuanjingtexin(folder: Path) -> Path:
    """工信局's ledger as sheets 「拟入规」 (1 firm) and 「专精特新」 (2 firms) — a bare 专精特新 is the national 小巨人 or
    the provincial list, the clerk did not say which.

    A reader asks which list the 「专精特新」 sheet's firms are on; never stores them as 小巨人 or 省级 by guess.
    """
    wb = _type_sheets([
        ("拟入规", [(U[2220], "西川果业加工有限公司", "西镇", "培育中", None, "王主任", None, None)]),
        ("专精特新", [(U[2221], "东川陶瓷有限公司", "东镇", "已认定", D(2026, 4, 8), "李部长", 50, None),
                  (U[2222], "东川电子科技有限公司", "东镇", "申报中", D(2026, 5, 10), "李部长", None, None)]),
    ])
    return f15._save(wb, folder / "工信局6月企业培育台账.xlsx")


def land_bureau_full_name_with_a_fund_row(folder: Path) -> Path:
    """``县自然资源和规划局`` (the bureau's full name since 2019; configured as 自然资源局) sends its June list: 2 parcels
    of 工业用地供应 (30 + 45 亩) and a third row 工业发展资金拨付 300 万元 (土地出让金返还奖补) — a fund the 财政局 reports.

    A reader takes the sender as 自然资源局, stores the 3 rows, and says the fund row is 财政局's kind of row.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表", len(f15.FACT))
    _put(ws, 2, 1, ["填报单位：县自然资源和规划局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, f15.FACT)
    _put(ws, 4, 1, [1, "工业用地供应", D(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-011", "东镇", 30, 900, None])
    _put(ws, 5, 1, [2, "工业用地供应", D(2026, 5, 20), "西镇建材园", "610599-2026-012", "西镇", 45, 1200, None])
    _put(ws, 6, 1, [3, "工业发展资金拨付", D(2026, 6, 10), "土地出让金返还奖补", None, None, None, 300, None])
    return f15._save(wb, folder / "自然资源和规划局6月要素保障.xlsx")


def _funds(month: int, rows: list[list[Any]]) -> Any:
    wb, ws = _book()
    _title(ws, f"2026年1-{month}月要素保障情况表（资金）", len(f15.FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, f15.FACT)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    return wb


FUNDS_MAY = [["上划市工业倍增发展基金", D(2026, 4, 8), "一季度基金上划", None, None, None, 500, 1],
             ["工业发展资金拨付", D(2026, 5, 12), "技改奖补", None, None, None, 300, None],
             ["工业发展资金拨付", D(2026, 5, 26), "东镇光伏产业园一期土地款奖补", "610599-2026-001", "东镇", None, 150, None]]


def funds_may_then_june_one_row_with_a_parcel_code(folder: Path) -> list[Path]:
    """财政局's funds ledger for 1-5月 (3 rows: 上划 500, 技改奖补 300, and a land-price subsidy 150 whose clerk filled
    宗地编号 ``610599-2026-001`` and 所属乡镇 东镇), then 1-6月, the June clerk putting the newest first: a new 入规奖励
    200 on 2026-06-18, then May's 3 rows in reverse order (the parcel-coded row now second).

    A reader takes June's 4 rows (1,150 万元); nothing was renamed or dropped, so nothing is said about names or
    rows gone.
    """
    may = f15._save(_funds(5, FUNDS_MAY), folder / "财政局5月资金.xlsx")
    june = [["工业发展资金拨付", D(2026, 6, 18), "入规奖励", None, None, None, 200, None], *reversed(FUNDS_MAY)]
    return [may, f15._save(_funds(6, june), folder.parent / "财政局6月资金.xlsx")]
