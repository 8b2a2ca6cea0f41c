"""Hand-made returns of the outside probe p37: the three departments' ledgers of 1-6月 2026 made by their clerks —
工信局's 企业培育台账, 招商局's 招商引资项目台账, 自然资源局's land supply and 财政局's fund cash book — and the figures a
county statistician takes from them, worked out by hand (tests/test_probe37.py checks them in indicator_values, the
汇总表 and the report draft, and where ``beizeng explain`` says they came from).

Made by an outsider who read DOMAIN.md, the schemas and the demo makers, in styles unlike the templates: merged titles,
填报单位 lines, two-row merged headers (a group over its columns), 合计 rows, units in each header (协议投资（亿元） beside
本年到位资金（万元）), land in 公顷 and 亩 side by side, a cash book with a running 累计 column, text numbers, footers.
County: ``write_zone_config`` of tests/handmade/probe26b.py (测试县: 东镇, 西镇, 经济技术开发区, 红星乡, 城关街道; 统计局,
工信局, 招商局, 自然资源局, 财政局).  The statistics bureau's list and the city comparison are probe33's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date


def _footer(ws: Worksheet, row: int, who: str, phone: str) -> None:
    _put(ws, row, 1, [f"填报人：{who}", None, None, "审核人：张科长", None, None, f"联系电话：{phone}"])
    _put(ws, row + 1, 1, ["填报日期：2026年7月6日"])


# ---- 工信局: 企业培育台账 --------------------------------------------------------------------------------------------

#: (USCC, name, township, 培育类别 as the clerk types it, 目前进展, 时间, 包联领导, 扶持资金（万元）as typed, 备注)
CULT: list[list[Any]] = [
    [uscc(3701), "测试县盛步光伏材料有限公司", "东镇", "拟入规企业", "已入规", D(2026, 4, 20), "王县长", None, "4月入库"],
    [uscc(3701), "测试县盛步光伏材料有限公司", "东镇", "高企", "已申报", "2026.5.10", "王县长", None, "同一企业两类培育"],
    [uscc(3302), "测试县东关饲料有限公司", "东镇", "入规培育", "已入规", "2026年3月5日", "李副县长", None, "月报已有"],
    [uscc(3702), "测试县恒瑞精密机械有限公司", "经济技术开发区", "国家级专精特新小巨人企业", "已通过认定", D(2026, 3, 18),
     "赵县长", None, None],
    [uscc(3702), "测试县恒瑞精密机械有限公司", "经济技术开发区", "技改奖励", "已申报", D(2026, 2, 28), "赵县长", "35",
     "数控化改造"],
    [uscc(3703), "测试县西岭食品有限公司", "西镇", "拟入规企业", "正在申报", D(2026, 6, 5), "钱副县长", None, None],
    [uscc(3704), "测试县红星果业有限公司", "红星乡", "拟入规企业", "重点培育", None, "孙副县长", None, "产值约1500万元"],
    [uscc(3705), "测试县城关印务有限公司", "城关街道", "拟入规企业", "已入规", D(2025, 12, 15), "周副县长", None, "去年入库"],
    [uscc(3706), "测试县东关电子有限公司", "东镇", "科小", "已入库", D(2026, 5, 12), "王县长", None, None],
    [uscc(3707), "测试县经开新材料有限公司", "经济技术开发区", "科小", "已入库", D(2025, 6, 1), "赵县长", None, "去年入库"],
    [uscc(3708), "测试县西镇水泥制品有限公司", "西镇", "绿色工厂创建", "培育中", None, "钱副县长", None, None],
    [uscc(3709), "测试县经开装备制造有限公司", "经济技术开发区", "绿色工厂创建", "已申报", D(2026, 6, 18), "赵县长", None,
     None],
    [uscc(3710), "测试县城关塑业有限公司", "城关街道", "高企", "未获批", D(2026, 3, 1), "周副县长", None, "明年再报"],
    [uscc(3711), "测试县红星面业有限公司", "红星乡", "技改奖励", "已申报", D(2026, 5, 20), "孙副县长", "12.5", None],
]

CULT_GROUPS = [("序号", 1, 1), ("企业基本情况", 2, 4), ("培育情况", 5, 7), ("包联县级领导", 8, 8), ("扶持资金（万元）", 9, 9),
               ("备注", 10, 10)]
CULT_SUB = {2: "统一社会信用代码", 3: "企业名称", 4: "所在镇（街道）", 5: "培育类别", 6: "目前进展", 7: "认定（入库）时间"}


def _cultivation(path: Path, rows: list[list[Any]]) -> Path:
    wb, ws = _book("培育台账")
    _title(ws, "测试县中小企业培育台账（截至2026年6月底）", 10)
    _put(ws, 2, 1, ["填报单位：县工业和信息化局（盖章）", None, None, None, None, None, None, None, "单位：户、万元"])
    for text, first, last in CULT_GROUPS:
        ws.cell(3, first, text)
        if first == last:
            ws.merge_cells(start_row=3, start_column=first, end_row=4, end_column=first)
        else:
            ws.merge_cells(start_row=3, start_column=first, end_row=3, end_column=last)
    for col, text in CULT_SUB.items():
        ws.cell(4, col, text)
    for i, r in enumerate(rows, 1):
        _put(ws, 4 + i, 1, [i, *r])
    total = 5 + len(rows)
    grants = sum(float(r[7]) for r in rows if r[7] is not None)
    _put(ws, total, 1, ["合计", None, f"共{len({r[0] for r in rows})}户", None, None, None, None, None, grants])
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
    _footer(ws, total + 2, "刘敏", "0913-3310021")
    return _save(wb, path)


def cultivation_first(folder: Path) -> Path:
    """工信局's ledger as first sent on 6 July: a merged title 「…培育台账（截至2026年6月底）」, a two-row header (企业基本情况
    over 统一社会信用代码 | 企业名称 | 所在镇（街道）, 培育情况 over 培育类别 | 目前进展 | 认定（入库）时间), kinds and
    statuses in the office's words, a 合计 row (共N户 and the grants' sum), a footer.  Mistakes fixed by the resend: 恒瑞's
    技改奖励 typed 53 (meant 35), and 红星面业's 技改奖励 row (12.5 万元) missing."""
    rows = [list(r) for r in CULT[:-1]]
    rows[4][7] = "53"
    return _cultivation(folder / "工信局企业培育台账6月.xlsx", rows)


def cultivation_corrected(folder: Path) -> Path:
    """The same ledger re-sent on 8 July after a call (「更正」 in the file name): 恒瑞 35 万元, 红星面业 12.5 万元 added.

    A reader takes (all from this resend, 1-6月 2026):
    - 新增规上: the bureau's list has 东关饲料 (2026年3月) and 城关包装 (2026年5月); the ledger adds 盛步光伏 (拟入规 已入库
      2026-04-20, not on the list); 东关饲料 is on both and counts once; 城关印务 entered 2025-12-15: not this year → 3 户.
    - 正在申报入规: 西岭食品 (正在申报 2026-06-05) → 1 户.  重点培育 (拟入规, not entered in an earlier year): 盛步, 东关饲料,
      西岭食品, 红星果业 → 4 户.
    - 小巨人 recognised this year: 恒瑞 (2026-03-18) → 1.  高企: 盛步 (已申报) + 城关塑业 (未获批 2026-03-01, decided this
      year) → 2.  科小 入库 this year: 东关电子 (2026-05-12) → 1 (经开新材 2025: no).  技改奖励: 恒瑞 35 + 红星面业 12.5 →
      2 户, 47.5 万元.  绿色工厂 candidates: 西镇水泥 (培育中) + 经开装备 (已申报) → 2.
    - 盛步 is one firm on two rows (拟入规 and 高企): it counts once in each list it is in."""
    return _cultivation(folder / "工信局企业培育台账6月（更正）.xlsx", CULT)


# ---- 招商局: 招商引资项目台账 ----------------------------------------------------------------------------------------

ATTR_HEAD_TOP = ["序号", "项目名称", "投资主体", "所属产业链", "落地镇（街道）", "推进阶段", "时间节点", None, None, None,
                 "协议投资（亿元）", "本年到位资金（万元）", "包抓单位", "备注"]
ATTR_HEAD_SUB = {7: "签约日期", 8: "落户日期", 9: "开工日期", 10: "投产日期"}

#: (name, investor, chain, township, stage, 签约, 落户, 开工, 投产, 协议投资 亿元 (as typed), 本年到位 万元 (as typed), 包抓, 备注)
ATTR_JUNE: list[list[Any]] = [
    ["年产2GW光伏组件边框项目", "江苏某铝业有限公司", "光伏", "东镇", "已开工", D(2026, 2, 15), D(2026, 3, 1),
     D(2026, 4, 10), None, 3.5, "8,600", "东镇", "厂房主体施工"],
    ["精细化工中间体项目", "浙江某化工有限公司", "化工", "经济技术开发区", "已落地", D(2026, 5, 12), D(2026, 6, 8),
     None, None, "1.2", 1500, "经开区管委会", "5月签约，6月注册落户"],
    ["农产品冷链物流加工项目", "西安某农业科技有限公司", "农产品加工", None, "已签订协议", D(2026, 4, 10), None, None,
     None, 0.8, None, "红星乡", "选址未定，签约未落地"],
    ["新型墙体材料项目", "河南某建材集团", "建材", "西镇", "洽谈中", None, None, None, None, 2, "—", "西镇",
     "意向投资2亿元"],
    ["高端阀门制造项目", "温州某阀门有限公司", "装备", "经济技术开发区", "已建成投产", D(2025, 6, 20), D(2025, 8, 1),
     D(2025, 9, 1), D(2026, 3, 28), 5, 2300, "经开区管委会", "2025年落户，本年续建到位"],
]


def _attraction(path: Path, period_words: str, rows: list[list[Any]], head: list[Any] = ATTR_HEAD_TOP) -> Path:
    wb, ws = _book("招商台账")
    _title(ws, f"测试县{period_words}工业招商引资项目推进台账", 14)
    _put(ws, 2, 1, ["填报单位：县招商局（投资促进中心）", *[None] * 9, "协议投资单位：亿元；到位资金单位：万元"])
    _put(ws, 3, 1, head)
    for col, text in ATTR_HEAD_SUB.items():
        ws.cell(4, col, text)
    for col in (1, 2, 3, 4, 5, 6, 11, 12, 13, 14):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=10)
    for i, r in enumerate(rows, 1):
        _put(ws, 4 + i, 1, [i, *r])
    total = 5 + len(rows)
    inv = sum(float(r[9]) for r in rows)
    funds = sum(float(str(r[10]).replace(",", "")) for r in rows if r[10] not in (None, "—"))
    _put(ws, total, 1, ["合计", None, None, None, None, None, None, None, None, None, inv, funds])
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
    _footer(ws, total + 2, "陈静", "0913-3310056")
    return _save(wb, path)


def attraction_may(folder: Path) -> Path:
    """招商局's ledger of 1-5月: the 化工 project only signed (2026-05-12, no 落户日期), funds 1,000 万元 so far; the 光伏
    project 6,000; 冷链 signed; 墙材 in talks; 阀门 1,800.  Its figures are May's, never June's."""
    rows = [list(r) for r in ATTR_JUNE]
    rows[0][10] = 6000
    rows[1][4], rows[1][6], rows[1][10] = "已签约", None, 1000
    rows[4][10] = 1800
    return _attraction(folder / "招商局2026年5月招商项目台账.xlsx", "2026年1-5月", rows)


def attraction_june(folder: Path) -> Path:
    """招商局's ledger of 1-6月: 协议投资 in 亿元 (3.5, "1.2", 0.8, 2, 5) beside 本年到位资金 in 万元 ("8,600", 1,500, blank,
    —, 2,300), a two-row header (时间节点 over 签约日期 | 落户日期 | 开工日期 | 投产日期), stages in words, a 合计 row.

    A reader takes: 对接 this year = every project but the valve plant (landed 2025) → 4; 落户 this year = 光伏边框
    (2026-03-01, 开工) and 化工中间体 (signed May, landed 2026-06-08) → 2, 总投资 3.5 + 1.2 = 4.7 亿元; 签约 not landed:
    冷链 (0.8 亿元); 开工 this year: 光伏边框 → 1; 到位资金 8,600 + 1,500 + 2,300 = 12,400 万元 = 1.24 亿元; against the
    2026 target of 4 亿元 (no quarters: Q2 = 4 × 2/4 = 2 亿元) → 尚差 0.76 亿元."""
    return _attraction(folder / "招商局2026年6月招商项目台账.xlsx", "2026年1-6月", ATTR_JUNE)


def attraction_units_only_in_the_line(folder: Path) -> Path:
    """June's ledger with bare headers 协议投资 | 本年到位资金: the two units are said once, in the line above the table
    (「协议投资单位：亿元；到位资金单位：万元」).  A reader takes the same figures as ``attraction_june``: 4.7 亿元
    landed, 到位 12,400 万元 = 1.24 亿元 — or asks which unit; never 到位资金 in 亿元 (124,000,000 万元)."""
    head = [h.split("（")[0] if isinstance(h, str) else h for h in ATTR_HEAD_TOP]
    return _attraction(folder / "招商局2026年6月招商项目台账.xlsx", "2026年1-6月", ATTR_JUNE, head)


# ---- 自然资源局: land supplied, in 公顷 and 亩 -----------------------------------------------------------------------

#: (电子监管号, 宗地位置, 用地单位（项目）, 供地方式, 供地时间, 公顷, 亩 (blank: the clerk filled only 公顷), 成交价款 万元)
LAND_2026: list[list[Any]] = [
    ["6105992026B00011", "东镇工业集中区", "光伏组件边框项目", "挂牌出让", D(2026, 2, 10), 3.2, 48, 720],
    ["6105992026B00023", "经开区北区", "高端阀门二期", "挂牌出让", D(2026, 4, 22), 6.0, 90, 1350],
    ["6105992026B00031", "经开区南区", "精细化工中间体项目", "挂牌出让", D(2026, 6, 15), 1.8, 27, 405],
    ["6105992026B00032", "西镇建材园", "新型墙体材料项目", "挂牌出让", D(2026, 6, 15), 2.0, None, 450],
]
LAND_2025: list[list[Any]] = [
    ["6105992025B00007", "经开区北区", "高端阀门一期", "挂牌出让", D(2025, 3, 1), 4.0, 60, 900],
    ["6105992025B00015", "东镇工业集中区", "东镇农机配件", "挂牌出让", D(2025, 5, 20), "2.6667", 40, 600],
    ["6105992025B00022", "城关街道", "城关小微园", "挂牌出让", D(2025, 9, 9), "3.3333", 50, 750],
]
LAND_TOWN = {"东镇工业集中区": "东镇", "经开区北区": "经济技术开发区", "经开区南区": "经济技术开发区", "西镇建材园": "西镇",
             "城关街道": "城关街道"}


def _land(path: Path, words: str, rows: list[list[Any]]) -> Path:
    wb, ws = _book("工业用地")
    _title(ws, f"测试县{words}工业用地供应情况统计表（要素保障）", 10)
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 8, "单位：公顷、亩、万元"])
    _put(ws, 3, 1, ["序号", "电子监管号", "宗地位置", "所属乡镇", "用地单位（项目）", "供地方式", "供地时间", "供地面积", None,
                    "成交价款（万元）"])
    _put(ws, 4, 8, ["公顷", "亩"])
    for col in (1, 2, 3, 4, 5, 6, 7, 10):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=9)
    for i, r in enumerate(rows, 1):
        code, place, use, way, day, ha, mu, price = r
        _put(ws, 4 + i, 1, [i, code, place, LAND_TOWN[place], use, way, day, ha, mu, price])
    total = 5 + len(rows)
    _put(ws, total, 1, ["合计", None, None, None, None, None, None, sum(float(r[5]) for r in rows),
                        sum(float(r[6] if r[6] is not None else float(r[5]) * 15) for r in rows),
                        sum(r[7] for r in rows)])
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=7)
    _footer(ws, total + 2, "吴刚", "0913-3310088")
    return _save(wb, path)


def land_june(folder: Path) -> Path:
    """自然资源局's 1-6月 2026 ledger as first sent: 面积 over 公顷 | 亩 (two-row header), four parcels, two on 2026-06-15
    (经开区 1.8 公顷 = 27 亩; 西镇 2.0 公顷 with its 亩 cell I8 left blank), a 合计 row (13.0 公顷, 195 亩).  A reader
    takes 4 宗, 48 + 90 + 27 + 2.0 × 15 = 195 亩: the 公顷 beside the blank says the area."""
    return _land(folder / "自然资源局2026年1-6月工业用地供应.xlsx", "2026年1-6月", LAND_2026)


def land_june_corrected(folder: Path) -> Path:
    """The same ledger re-sent with 30 typed into I8 (「修改后」 in the file name): 4 宗, 195 亩; 经开区 2 宗 117 亩, 东镇
    1 宗 48 亩, 西镇 1 宗 30 亩."""
    rows = [list(r) for r in LAND_2026]
    rows[3][6] = 30
    return _land(folder / "自然资源局2026年1-6月工业用地供应（修改后）.xlsx", "2026年1-6月", rows)


def land_last_year(folder: Path) -> Path:
    """The same office's ledger of 2025 (sent last December): 60 亩 (2025-03-01), 40 亩 (2025-05-20), 50 亩
    (2025-09-09).  1-6月 2025 = 100 亩, so 2026 is 195 ÷ 100 − 1 = 95.0 % up."""
    return _land(folder / "自然资源局2025年1-12月工业用地供应.xlsx", "2025年1-12月", LAND_2025)


# ---- 财政局: the fund cash book, with a running 累计 ------------------------------------------------------------------

#: (日期, 摘要, 事项, 季度, 本笔金额 万元, 累计 万元 — the running total of that 事项)
FUNDS: list[list[Any]] = [
    [D(2026, 1, 15), "县本级预算安排工业发展资金", "资金筹集", None, 2000, 2000],
    [D(2026, 3, 10), "拨付恒瑞精密数控化改造补助", "资金拨付", None, 600, 600],
    [D(2026, 3, 28), "上划一季度市倍增基金", "上划市倍增基金", "一季度", 500, 500],
    [D(2026, 5, 18), "拨付东镇工业集中区配套资金", "资金拨付", None, 850, 1450],
    [D(2026, 6, 20), "上划二季度市倍增基金", "上划市倍增基金", "二季度", "500", "1,000"],
    [D(2026, 6, 25), "拨付企业入规奖励", "资金拨付", None, 400, 1850],
]


def funds_june(folder: Path, amount: str = "金额", sub: tuple[str, str] | None = ("本笔", "累计"),
               name: str = "财政局2026年6月工业资金台账.xlsx") -> Path:
    """财政局's cash book of 1-6月 2026 for the plan's money: 日期 | 摘要 | 事项 | 所属季度 | 金额 over 本笔 | 累计 (the
    running total of its 事项), a 合计 row at the bottom.  A reader takes: 上划市倍增基金 500 + 500 = 1,000 万元 (not 500 +
    1,000); 拨付 600 + 850 + 400 = 1,850 万元 (not 600 + 1,450 + 1,850)."""
    wb, ws = _book("资金台账")
    _title(ws, "测试县2026年1-6月工业发展资金及上划市倍增基金台账（要素保障）", 7)
    _put(ws, 2, 1, ["填报单位：县财政局", None, None, None, None, None, "单位：万元"])
    top = 4 if sub else 3  # the last header row
    if sub:
        _put(ws, 3, 1, ["序号", "日期", "摘要", "事项", "所属季度", amount, None])
        _put(ws, 4, 6, list(sub))
        for col in (1, 2, 3, 4, 5):
            ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
        ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=7)
    else:
        _put(ws, 3, 1, ["序号", "日期", "摘要", "事项", "所属季度", amount, "累计"])
    for i, r in enumerate(FUNDS, 1):
        _put(ws, top + i, 1, [i, *r])
    total = top + 1 + len(FUNDS)
    _put(ws, total, 1, ["合计", None, None, None, None, sum(float(r[4]) for r in FUNDS)])
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=5)
    _footer(ws, total + 2, "郑丽", "0913-3310099")
    return _save(wb, folder / name)


# ---- 工信局: the year's targets (the attraction and cultivation tasks) -----------------------------------------------

def targets(folder: Path) -> Path:
    """工信局's 2026 targets (指标 | 单位 | 全年目标): 规上工业总产值 10 亿元, 新增规上工业企业 6 户, 招商引资到位资金 4 亿元
    (no quarters: Q2 = 2 亿元), 新增绿色工厂 2 户.  序时 = 6/12: 新增规上 3 of 6 → 50.0 %, 0.0 个百分点."""
    wb, ws = _book("目标")
    _title(ws, "测试县2026年工业倍增计划目标任务分解表", 5)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["序号", "指标名称", "单位", "2026年目标", "备注"])
    rows = [["规上工业总产值", "亿元", 10, None], ["新增规上工业企业", "户", 6, None],
            ["招商引资到位资金", "亿元", 4, "全年"], ["新增绿色工厂", "户", 2, None]]
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")
