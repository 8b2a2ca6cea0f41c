"""Hand-made returns, round 17: fresh eyes on the two departments' ledgers (企业培育, 招商引资: kept over months, stages
in words, a project over two rows, units said in the cells), on the enterprise list as it really moves (a firm's own
return, firms stopped / merged / new, odd period headers, July after June), on figures of the wrong size that still
look plausible (元 under 万元, 千元, fractions for percentages, 1,2345) and on files and senders (a corrected resend, a
file named for the other township, May and June in one book, a WPS book, a protected sheet with collapsed columns).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or the paths, first first; a later file is
written beside ``folder``, not into it, so that a test sends it after the first has been read); its docstring says
what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade import fresh16 as f16
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1700, 1740)}



# ---------------------------------------------------------------------------------------------
# 企业培育台账 (工信局)
# ---------------------------------------------------------------------------------------------

CULT_HEAD = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金",
             "备注"]
#: (uscc, name, township, type, status, date, official, grant 万元, note)
CULT: list[tuple[Any, ...]] = [
    (U[1710], "东川电子科技有限公司", "东镇", "高新技术企业", "申报中", D(2026, 5, 20), "张县长", None, "已提交材料"),
    (U[1711], "东川陶瓷有限公司", "东镇", "省级专精特新", "已认定", D(2026, 4, 8), "李部长", 50, None),
    (U[1712], "西川果业加工有限公司", "西镇", "拟入规", "培育中", None, "王主任", None, "预计8月入规"),
    (U[1713], "西川新材料有限公司", "西镇", "科技型中小企业", "已入库", D(2026, 3, 12), "赵局长", 30, None),
]
CULT_TITLE = "2026年6月企业培育台账"


def _cult(rows: list[list[Any]], head: list[str] = CULT_HEAD, unit: str | None = "单位：万元",
          title: str = CULT_TITLE) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book()
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：工信局", *[None] * (len(head) - 2), unit])
    _put(ws, 3, 1, head)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def cult_grants_in_qianyuan(folder: Path) -> Path:
    """工信局's June ledger whose unit line reads ``单位：千元`` (the finance office's habit): 东川陶瓷's grant 500, 西川
    新材料's 300.

    A reader takes the grants as 50 and 30 万元 (千元 ÷ 10), never 500 万元.
    """
    rows = [[i, *c[:7], None if c[7] is None else c[7] * 10, c[8]] for i, c in enumerate(CULT, 1)]
    wb, _ = _cult(rows, unit="单位：千元")
    return _save(wb, folder / "工信局6月培育台账.xlsx")


def cult_grants_with_units_in_the_cells(folder: Path) -> Path:
    """工信局's June ledger with no unit line and a bare ``奖补资金`` header; the clerk typed the unit into each cell:
    东川陶瓷 ``50万元``, 西川新材料 ``300000元``, the others ``—``.

    A reader takes 50 and 30 万元, and no grant (0, as the office counts a ``—``) for the other two.
    """
    rows = [[i, *c[:7], c[7], c[8]] for i, c in enumerate(CULT, 1)]
    rows[0][8], rows[1][8], rows[2][8], rows[3][8] = "—", "50万元", "—", "300000元"
    wb, _ = _cult(rows, unit=None)
    return _save(wb, folder / "工信局6月培育台账.xlsx")


def cult_two_types_in_one_cell(folder: Path) -> Path:
    """工信局's June ledger where 东川电子 is on two lists and the clerk wrote both in one cell: 培育类型 ``高企、科小``,
    培育状态 ``申报中``, 状态日期 2026-05-20 (filed together).

    A reader takes two records for 东川电子 (高新技术企业 申报中 and 科技型中小企业 申报中, both 2026-05-20) and the
    other three as written: 5 rows.
    """
    rows = [[i, *c[:7], c[7], c[8]] for i, c in enumerate(CULT, 1)]
    rows[0][4] = "高企、科小"
    wb, _ = _cult(rows)
    return _save(wb, folder / "工信局6月培育台账.xlsx")


def cult_running_ledger_status_by_month(folder: Path) -> Path:
    """工信局's ledger as the office keeps it all year: one row per enterprise and type, then a column per month of the
    status as it stood (``3月`` | ``4月`` | ``5月`` | ``6月``), the clerk adding a column each month; no single 培育状态
    column.  东川电子 高企: 培育中, 培育中, 申报中, 申报中; 东川陶瓷 省级专精特新: 申报中, 已认定, 已认定, 已认定;
    西川果业 拟入规: 培育中 ×4; 西川新材料 科小: 申报中, 已入库, 已入库, 已入库.  状态日期 as in CULT.

    A reader takes the 6月 column as the status at the end of June: 申报中, 已认定, 培育中, 已入库.
    """
    head = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "3月", "4月", "5月", "6月", "状态日期",
            "包联领导", "奖补资金"]
    hist = [("培育中", "培育中", "申报中", "申报中"), ("申报中", "已认定", "已认定", "已认定"),
            ("培育中", "培育中", "培育中", "培育中"), ("申报中", "已入库", "已入库", "已入库")]
    rows = [[i, *c[:4], *h, c[5], c[6], c[7]] for i, (c, h) in enumerate(zip(CULT, hist, strict=True), 1)]
    wb, _ = _cult(rows, head=head, title="2026年企业培育工作台账（按月更新）")
    return _save(wb, folder / "工信局6月培育台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账 (招商局)
# ---------------------------------------------------------------------------------------------

ATTR_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期", "开工日期",
             "总投资", "本年到位资金", "责任单位", "进展情况"]
#: (name, investor, chain, township, stage, contact, signed, landed, started, total 万元, funds 万元, resp, progress)
ATTR: list[tuple[Any, ...]] = [
    ("光伏组件边框加工项目", "陕西华阳铝业有限公司", "光伏新能源", "东镇", "开工", D(2025, 11, 3), D(2026, 1, 15),
     D(2026, 3, 1), D(2026, 4, 20), 30000, 6000, "东镇", "厂房主体施工"),
    ("魔芋精深加工项目", "汉中绿源食品有限公司", "涉农加工", "西镇", "签约", D(2026, 2, 10), D(2026, 5, 18), None, None,
     8000, 0, "西镇", "办理用地手续"),
    ("新型干混砂浆项目", "西安固城建材有限公司", "新型建材", "西镇", "投产", D(2025, 6, 1), D(2025, 9, 9),
     D(2025, 10, 10), D(2025, 12, 1), 12000, 2500, "西镇", "6月试生产"),
    ("精细化工中间体项目", "宝鸡润和化工有限公司", "精细化工", None, "对接", D(2026, 5, 6), None, None, None, 50000, 0,
     "招商局", "第二轮洽谈"),
]
ATTR_TITLE = "2026年招商引资项目推进台账（截至6月底）"


def _attr(rows: list[list[Any]], head: list[str] = ATTR_HEAD, unit: str | None = "单位：万元",
          title: str = ATTR_TITLE) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book()
    _title(ws, title, len(head))
    _put(ws, 2, 1, ["填报单位：县招商局", *[None] * (len(head) - 2), unit])
    _put(ws, 3, 1, head)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def _attr_rows() -> list[list[Any]]:
    return [[i, *a] for i, a in enumerate(ATTR, 1)]


def attr_stage_told_by_dated_columns(folder: Path) -> Path:
    """招商局's June ledger with no 项目阶段 column: the clerk keeps one column per step, ``签约时间`` | ``落地时间`` |
    ``开工时间`` | ``投产时间``, each a date or ``未签约`` / ``未开工`` / ``—``; 砂浆's 投产时间 is 2026-03-01.

    A reader takes each project at the last step it has a date for: 边框 开工, 魔芋 签约, 砂浆 投产, 化工 对接 (no step
    dated), with the dates as typed.
    """
    head = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "对接时间", "签约时间", "落地时间", "开工时间", "投产时间",
            "总投资", "本年到位资金", "进展情况"]
    rows = []
    for i, a in enumerate(ATTR, 1):
        produced = D(2026, 3, 1) if a[4] == "投产" else "—"
        rows.append([i, a[0], a[1], a[2], a[3], a[5], a[6] or "未签约", a[7] or "—", a[8] or "未开工", produced,
                     a[9], a[10], a[12]])
    wb, _ = _attr(rows, head=head)
    return _save(wb, folder / "招商局6月项目台账.xlsx")


def attr_one_project_over_two_rows(folder: Path) -> Path:
    """招商局's June ledger where the clerk, when 边框 started, did not overwrite its row but added a line under it: the
    name (B4:B5), 投资方, 产业链 and 落户乡镇 merged down over rows 4–5; row 4 says 签约 with 签约日期 2026-01-15 and
    总投资 30,000; row 5 says 开工 with 落户日期 2026-03-01, 开工日期 2026-04-20 and 本年到位资金 6,000.  The other three
    projects one row each.

    A reader takes 4 projects: 边框 once, at 开工, 总投资 30,000, 到位 6,000 (总投资 100,000, 到位 8,500 in all).
    """
    wb, ws = _attr([])
    a = ATTR[0]
    _put(ws, 4, 1, [1, a[0], a[1], a[2], a[3], "签约", a[5], a[6], None, None, a[9], None, a[11], "已签约"])
    _put(ws, 5, 6, ["开工", None, None, a[7], a[8], None, a[10], a[11], a[12]])
    for col in "ABCDE":
        ws.merge_cells(f"{col}4:{col}5")
    for r, (i, b) in enumerate(enumerate(ATTR[1:], 2), 6):
        _put(ws, r, 1, [i, *b])
    return _save(wb, folder / "招商局6月项目台账.xlsx")


def attr_funds_by_month_then_cumulative(folder: Path) -> Path:
    """招商局's June ledger kept as a running sheet: after 总投资, one column of funds in place per month (``1-2月``,
    ``3月``, ``4月``, ``5月``, ``6月``) and then ``累计到位`` (边框 0/1000/2000/1500/1500 → 6,000; 砂浆 500 a month
    → 2,500; the others 0).

    A reader takes 本年到位资金 = the 累计到位 column: 6,000, 0, 2,500, 0 (8,500), never June's 1,500 / 500.
    """
    head = [*ATTR_HEAD[:11], "1-2月", "3月", "4月", "5月", "6月", "累计到位", "责任单位", "进展情况"]
    months = {0: [0, 1000, 2000, 1500, 1500], 2: [500, 500, 500, 500, 500]}
    rows = []
    for i, a in enumerate(ATTR):
        m = months.get(i, [0, 0, 0, 0, 0])
        rows.append([i + 1, *a[:10], *m, a[10], a[11], a[12]])
    wb, _ = _attr(rows, head=head)
    return _save(wb, folder / "招商局6月项目台账.xlsx")


def attr_total_said_in_a_sentence_in_yi(folder: Path) -> Path:
    """招商局's June ledger (万元) closed by a merged line under the table: ``合计：共4个项目，协议总投资10亿元，本年到位
    资金0.85亿元。`` then ``填报人：刘招 联系电话：0913-3333333``.

    A reader takes the 4 projects (总投资 100,000, 到位 8,500 万元) and the sentence as a total that agrees, not a
    project.
    """
    wb, ws = _attr(_attr_rows())
    ws["A9"] = "合计：共4个项目，协议总投资10亿元，本年到位资金0.85亿元。"
    ws.merge_cells("A9:N9")
    ws["A10"] = "填报人：刘招 联系电话：0913-3333333"
    return _save(wb, folder / "招商局6月项目台账.xlsx")


def attr_amounts_with_chinese_grouping(folder: Path) -> Path:
    """招商局's June ledger whose clerk groups digits by 万 as they are read aloud, typed as text: 总投资 ``3,0000``,
    ``8000``, ``1,2000``, ``5,0000``; 本年到位资金 ``6000``, ``0``, ``2500``, ``0``.

    A reader takes 总投资 30,000 / 8,000 / 12,000 / 50,000 万元 (1,2000 is 一万二千), never 3 or 30.
    """
    rows = _attr_rows()
    for r, text in zip(rows, ("3,0000", "8000", "1,2000", "5,0000"), strict=True):
        r[10] = text
    wb, _ = _attr(rows)
    return _save(wb, folder / "招商局6月项目台账.xlsx")


def attr_project_total_in_yuan_under_wanyuan(folder: Path) -> Path:
    """招商局's June ledger under ``单位：万元`` where 魔芋's 总投资 was copied from the contract in 元: ``8000000``
    (8,000,000 元 = 800 万元; read as 万元 it is 800 亿元, four times the county's whole year).  The rest in 万元.

    A reader asks about K5 (8,000,000 万元 for a 魔芋 plant signed in May is implausible); never stores it.
    """
    rows = _attr_rows()
    rows[1][10] = 8000000
    wb, _ = _attr(rows)
    return _save(wb, folder / "招商局6月项目台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值", "1-6月累计产值",
       "上年同期", "1-6月营业收入"]
#: (name, USCC, township, industry, 战新, 入规, 本月, 1-N月, 上年同期, 营业收入), in 万元
FIRMS: list[tuple[Any, ...]] = [
    ("东川陶瓷有限公司", U[1700], "东镇", "3071", "否", "2017-05", 700, 4200, 3900, 4400),
    ("东川电子科技有限公司", U[1701], "东镇", "3976", "是", "2022-08", 500, 2800, 2300, 2900),
    ("西川水泥有限公司", U[1702], "西镇", "3011", "否", "2014-03", 1300, 7800, 7600, 8100),
    ("西川果业加工有限公司", U[1703], "西镇", "1371", "否", "2021-11", 350, 2100, 1800, 2200),
]
ENT_TITLE = "2026年1-6月规上工业企业生产情况"


def _ent_row(i: Any, f: tuple[Any, ...]) -> list[Any]:
    return [i, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]]


def _ent(rows: list[list[Any]], head: list[str] = ENT, title: str = ENT_TITLE, unit: str | None = "单位：万元",
         sender: str = "填报单位：县统计局", sheet: str = "Sheet1",
         ws: Worksheet | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    if ws is None:
        wb, ws = _book(sheet)
    else:
        wb = ws.parent
    _title(ws, title, len(head))
    _put(ws, 2, 1, [sender, *[None] * (len(head) - 2), unit])
    _put(ws, 3, 1, head)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def _firms(firms: list[tuple[Any, ...]] = FIRMS) -> list[list[Any]]:
    return [_ent_row(i, f) for i, f in enumerate(firms, 1)]


def ent_list_then_a_firms_own_return(folder: Path) -> list[Path]:
    """统计局's June list of 4 firms (1-6月 16,900 万元), then a file from 东川陶瓷 itself: ``东川陶瓷有限公司6月产值
    报表.xlsx``, title ``东川陶瓷有限公司2026年6月工业产值快报``, ``填报单位（盖章）：东川陶瓷有限公司``, the same columns,
    one row with its own figure 1-6月 4,250.

    A reader keeps the bureau's list (4 firms, 东川陶瓷 4,200): a firm's own quick report is not the bureau's return and
    does not replace the county's list; it is sent back or queried, never taken as the whole June list.
    """
    wb, _ = _ent(_firms())
    first = _save(wb, folder / "统计局6月规上企业.xlsx")
    f = FIRMS[0]
    wb2, _ = _ent([[1, f[0], f[1], f[2], f[3], f[4], f[5], 750, 4250, 3900, 4450]],
                  title="东川陶瓷有限公司2026年6月工业产值快报", sender="填报单位（盖章）：东川陶瓷有限公司")
    return [first, _save(wb2, folder.parent / "东川陶瓷有限公司6月产值报表.xlsx")]


def ent_firms_stopped_merged_and_new(folder: Path) -> Path:
    """统计局's June list with a 备注 column telling the year's changes: 东川陶瓷, 东川电子 as usual; row 6 东川建材有限公司
    (its own code) with every figure blank and 备注 ``已于5月被东川陶瓷有限公司吸收合并，数据并入东川陶瓷``; 西川水泥; 西川果业
    本月 0, 1-6月 2,100, 备注 ``6月停产检修``; 西川新能源有限公司 入规 2026-06, 本月 600, 1-6月 600, 备注 ``本月新入规``.

    A reader takes 5 firms (1-6月 4,200 + 2,800 + 7,800 + 2,100 + 600 = 17,500), 西川果业's 本月 0; 东川建材 is no
    record (merged away) and the reader says so on row 6.
    """
    head = [*ENT, "备注"]
    merged = ["东川建材有限公司", U[1704], "东镇", "3031", "否", "2019-07", None, None, None, None]
    new = ("西川新能源有限公司", U[1705], "西镇", "4415", "是", "2026-06", 600, 600, None, 620)
    rows = [[*_ent_row(1, FIRMS[0]), None], [*_ent_row(2, FIRMS[1]), None],
            [3, *merged, "已于5月被东川陶瓷有限公司吸收合并，数据并入东川陶瓷"], [*_ent_row(4, FIRMS[2]), None]]
    stopped = list(FIRMS[3])
    stopped[6] = 0
    rows += [[*_ent_row(5, tuple(stopped)), "6月停产检修"], [*_ent_row(6, new), "本月新入规"]]
    wb, _ = _ent(rows, head=head)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_period_headers_in_odd_words(folder: Path) -> Path:
    """统计局's June list headed in the words of an old survey form: ``当月`` | ``自年初累计`` | ``去年同期累计`` |
    ``自年初营业收入`` | ``比上年同期增减（%）`` (a computed column, 7.7 …).

    A reader takes 本月 700 / 500 / 1,300 / 350, 1-6月 4,200 / 2,800 / 7,800 / 2,100, 上年同期 3,900 / 2,300 / 7,600 /
    1,800, 营业收入 4,400 / 2,900 / 8,100 / 2,200; the 增减 column is not stored.
    """
    head = [*ENT[:7], "当月", "自年初累计", "去年同期累计", "自年初营业收入", "比上年同期增减（%）"]
    rows = [[*r, round((f[7] / f[8] - 1) * 100, 1)] for r, f in zip(_firms(), FIRMS, strict=True)]
    wb, _ = _ent(rows, head=head)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_month_and_cumulative_blocks_each_with_last_year(folder: Path) -> Path:
    """统计局's June list under a two-row header: ``6月`` merged over ``本期`` | ``上年同期`` and ``1-6月`` merged over
    ``本期`` | ``上年同期``, then ``1-6月营业收入``.  June last year: 650 / 420 / 1,250 / 310.

    A reader takes 本月 = 6月本期 (700 …), 1-6月 = 1-6月本期 (4,200 …), 上年同期 = 1-6月上年同期 (3,900 / 2,300 /
    7,600 / 1,800), never June's last-year figures.
    """
    wb, ws = _book()
    _title(ws, ENT_TITLE, 12)
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 10, "单位：万元"])
    _put(ws, 3, 1, [*ENT[:7], "6月", None, "1-6月", None, "1-6月营业收入"])
    _put(ws, 4, 8, ["本期", "上年同期", "本期", "上年同期"])
    for col in "ABCDEFGL":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    ws.merge_cells("J3:K3")
    last_june = (650, 420, 1250, 310)
    for r, (f, lj) in enumerate(zip(FIRMS, last_june, strict=True), 5):
        _put(ws, r, 1, [r - 4, *f[:6], f[6], lj, f[7], f[8], f[9]])
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def _ent_month(month: int, firms: list[tuple[Any, ...]]) -> tuple[openpyxl.Workbook, Worksheet]:
    head = [h.replace("1-6月", f"1-{month}月") for h in ENT]
    return _ent(_firms(firms), head=head, title=f"2026年1-{month}月规上工业企业生产情况")


JULY = [("东川陶瓷有限公司", U[1700], "东镇", "3071", "否", "2017-05", 720, 4920, 4550, 5150),
        ("东川电子科技有限公司", U[1701], "东镇", "3976", "是", "2022-08", 520, 3320, 2700, 3440),
        ("西川水泥有限公司", U[1702], "西镇", "3011", "否", "2014-03", 1350, 9150, 8900, 9500)]


def ent_june_then_july_one_firm_gone(folder: Path) -> list[Path]:
    """统计局's June list (4 firms), then July's (1-7月) with 西川果业 gone (it stopped in June; the clerk deleted the
    row): 3 firms, 1-7月 4,920 / 3,320 / 9,150.

    A reader takes July's 3 firms (17,390) and tells the bureau 西川果业 (1-6月 2,100) is missing from July.
    """
    wb, _ = _ent_month(6, FIRMS)
    june = _save(wb, folder / "统计局6月规上企业.xlsx")
    wb2, _ = _ent_month(7, JULY)
    return [june, _save(wb2, folder.parent / "统计局7月规上企业.xlsx")]


def ent_july_with_a_note_correcting_june(folder: Path) -> list[Path]:
    """统计局's June list (4 firms), then July's full list (4 firms, 西川果业 1-7月 2,450) with a note typed under the
    table in A9: ``注：经统计执法检查核实，东川陶瓷有限公司1-6月工业总产值调整为4,000万元，请据此更正6月数据。``

    A reader takes July's 4 firms and does not let the note pass unsaid: June's 4,200 for 东川陶瓷 is now said to be
    4,000, which the office must hear about (the note's cell named).
    """
    wb, _ = _ent_month(6, FIRMS)
    june = _save(wb, folder / "统计局6月规上企业.xlsx")
    fourth = ("西川果业加工有限公司", U[1703], "西镇", "1371", "否", "2021-11", 350, 2450, 2150, 2560)
    wb2, ws2 = _ent_month(7, [*JULY, fourth])
    ws2["A9"] = "注：经统计执法检查核实，东川陶瓷有限公司1-6月工业总产值调整为4,000万元，请据此更正6月数据。"
    ws2.merge_cells("A9:K9")
    return [june, _save(wb2, folder.parent / "统计局7月规上企业.xlsx")]


def ent_small_firm_in_yuan_under_wanyuan(folder: Path) -> Path:
    """统计局's June list under ``单位：万元`` with a fifth, small firm, 西川包装有限公司 (entered 2026-03), whose row was
    pasted from its own report in 元: 本月 800,000, 1-6月 4,800,000, 上年同期 blank, 营业收入 5,000,000 (480 万元 of
    output; read as 万元 it is 480 亿元, ten times the county).

    A reader asks about row 8 (I8: 4,800,000 万元 for a firm that entered the list this year); never stores 4,800,000.
    """
    small = ("西川包装有限公司", U[1706], "西镇", "2231", "否", "2026-03", 800000, 4800000, None, 5000000)
    wb, _ = _ent(_firms([*FIRMS, small]))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_last_year_column_in_yi(folder: Path) -> Path:
    """统计局's June list under ``单位：万元`` whose ``上年同期`` column alone was pasted from the city bulletin in 亿元:
    0.39 / 0.23 / 0.76 / 0.18 (the other columns in 万元).

    A reader asks about the 上年同期 column (J4:J7, 万倍 below 1-6月 in every row); never computes a 同比 of 1,000,000%.
    """
    rows = _firms()
    for r, f in zip(rows, FIRMS, strict=True):
        r[9] = f[8] / 10000
    wb, _ = _ent(rows)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_wps_book_with_odd_sheet_names(folder: Path) -> Path:
    """A list saved by WPS: sheets ``WpsReserved_CellImgList`` (hidden, WPS's store of cell pictures, empty), ``工作表1``
    (empty: the clerk's first try) and ``工作表1 (2)`` (the June list, 4 firms).

    A reader takes the 4 firms of ``工作表1 (2)`` (16,900 万元).
    """
    wb = openpyxl.Workbook()
    wb.active.title = "WpsReserved_CellImgList"
    wb.active.sheet_state = "hidden"
    wb.create_sheet("工作表1")
    ws = wb.create_sheet("工作表1 (2)")
    _ent(_firms(), ws=ws)
    wb.active = 2
    return _save(wb, folder / "6月规上企业产值（统计局）.xlsx")


# ---------------------------------------------------------------------------------------------
# 全市对比 (统计局) and 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

CITY = [("全市", 520000, 0.085, 0.078, 0.06), ("测试县", 150000, 0.09, 0.082, 0.125),
        ("甲县", 140000, 0.085, 0.075, -0.03), ("乙县", 120000, 0.08, 0.076, -0.015),
        ("丙县", 110000, 0.079, 0.07, 0.101)]


def city_growth_typed_as_fractions(folder: Path) -> Path:
    """统计局's June city table: ``县区`` | ``规上工业总产值（万元）`` | ``产值增速`` | ``增加值增速`` | ``工业投资增速``, the
    growth columns typed as fractions in General format (0.09, 0.082, 0.125, −0.03 …), no % anywhere.

    A reader takes 测试县 9.0 / 8.2 / 12.5 %, 甲县's 工业投资 −3.0 %; 测试县 first in the city for 增加值.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标", 5)
    _put(ws, 2, 1, ["县区", "规上工业总产值（万元）", "产值增速", "增加值增速", "工业投资增速"])
    for r, c in enumerate(CITY, 3):
        _put(ws, r, 1, list(c))
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def targets_counts_in_ge_and_rate_as_fraction(folder: Path) -> Path:
    """工信局's 2026 targets: 规上工业总产值 | 亿元 | 28; 规上工业增加值增速 | % | 0.08; 工业固定资产投资增速 | % | 0.1;
    新增规上工业企业 | ``个`` | 5.

    A reader takes output_target 28, va_target_pct 8, fai_target_pct 10 (0.08 and 0.1 are 8% and 10%, as a growth
    target of 0.08% is not one), new_above_scale_target 5 (个 or 户, a count of firms).
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划主要目标", 4)
    _put(ws, 2, 1, ["序号", "指标名称", "单位", "年度目标"])
    rows = [("规上工业总产值", "亿元", 28), ("规上工业增加值增速", "%", 0.08), ("工业固定资产投资增速", "%", 0.1),
            ("新增规上工业企业", "个", 5)]
    for i, row in enumerate(rows, 1):
        _put(ws, 2 + i, 1, [i, *row])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


# ---------------------------------------------------------------------------------------------
# 固投: files and senders
# ---------------------------------------------------------------------------------------------

def fai_resubmitted_corrected_same_month(folder: Path) -> list[Path]:
    """东镇's June return (乙 1-6月 1,200), then the same afternoon ``东镇6月固投（更正）.xlsx``: title
    ``…进展情况表（更正）``, 乙 本月 350, 1-6月 1,250, the rest unchanged.

    A reader takes the corrected file: 乙 1,250, 工业固投 2,050 万元, 3 projects once.
    """
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, f16.EAST)
    first = _save(wb, folder / "东镇6月固投.xlsx")
    wb2, ws2 = f16._fai(f"{f16.EAST_TITLE}（更正）", "东关镇人民政府")
    f16._fai_rows(ws2, [f16.EAST[0], f16._with(f16.EAST[1], month=350, cum=1250), f16.EAST[2]])
    return [first, _save(wb2, folder.parent / "东镇6月固投（更正）.xlsx")]


def fai_file_named_west_holding_east(folder: Path) -> Path:
    """A file named ``西镇6月固投.xlsx`` whose sheet is 东镇's (title ``东镇2026年1-6月…``, ``填报单位：东关镇人民政府``, 东镇's
    3 projects): the 东镇 clerk saved over a copy of 西镇's file.

    A reader does not guess: the title and the sender line say 东镇, the file's name says 西镇, so the sender is asked
    which it is (both named) — never files them as 西镇's, nor as 东镇's without a word.
    """
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, f16.EAST)
    return _save(wb, folder / "西镇6月固投.xlsx")


MAY_EAST = [f16._with(f16.EAST[0], month=100, cum=650), f16._with(f16.EAST[1], month=200, cum=900), f16.EAST[2]]


def fai_may_and_june_in_one_workbook(folder: Path) -> Path:
    """东镇's first returns of the year sent together: ``东镇5-6月固投.xlsx`` with sheet ``5月`` (title 1-5月, 甲 650, 乙
    900, 丙 0) and sheet ``6月`` (title 1-6月, 800 / 1,200 / 0).

    A reader takes both: May's 3 projects (1-5月 1,550) as May's return and June's (2,000) as June's.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, projects in ((5, MAY_EAST), (6, f16.EAST)):
        ws = wb.create_sheet(f"{month}月")
        head = [h.replace("1-6月", f"1-{month}月") for h in f16.FAI]
        f16._fai(f"东镇2026年1-{month}月工业固定资产投资项目进展情况表", "东关镇人民政府", head=head, ws=ws, wb=wb)
        f16._fai_rows(ws, projects)
    return _save(wb, folder / "东镇5-6月固投.xlsx")


def fai_protected_frozen_with_collapsed_month_columns(folder: Path) -> Path:
    """东镇's June return as the office's master copy: the sheet protected (password), panes frozen at D4, and five
    columns ``1月`` … ``5月`` of monthly completed investment between 纳统 and 本月, grouped and collapsed (甲 100 ×
    5 … ), then ``本月完成投资`` and ``1-6月累计完成投资``.

    A reader takes 本月 150 / 300 / 0 and 1-6月 800 / 1,200 / 0 (工业固投 2,000 万元); the month columns are the
    history, not this month.
    """
    head = [*f16.FAI[:11], "1月", "2月", "3月", "4月", "5月", *f16.FAI[11:]]
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府", head=head)
    hist = {0: [0, 100, 150, 200, 200], 1: [0, 0, 0, 400, 500], 2: [0, 0, 0, 0, 0]}
    for i, p in enumerate(f16.EAST):
        row = f16._fai_row(i + 1, p)
        _put(ws, 4 + i, 1, [*row[:11], *hist[i], *row[11:]])
    ws.column_dimensions.group("L", "P", hidden=True, outline_level=1)
    ws.freeze_panes = "D4"
    ws.protection.sheet = True
    ws.protection.password = "1234"
    return _save(wb, folder / "东镇6月固投.xlsx")
