"""Scenario returns for sections 2–5 and the prose of the report, small enough to check by hand.

The test county of tests/county.py, with the departments that send the remaining returns (工信局
also the cultivation ledger and progress notes; 招商局, 自然资源局 and 财政局).  Every figure of
1–6月 2026 is worked out by hand next to the test that checks it (tests/test_indicators_more.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.county import write_config
from tests.scenarios import E1, E2, E3, ENT_HEADERS, TARGET_HEADERS, uscc
from tests.xlsx import write_return

D = dt.date
#: Enterprises of this scenario beyond E1–E3: E4 entered the list in March 2026, E5 last December;
#: C1–C4 are candidates not on the list.
E4, E5 = uscc(4), uscc(5)
C1, C2, C3, C4 = uscc(11), uscc(12), uscc(13), uscc(14)

MORE_DEPARTMENTS = """
[[departments]]
name = "招商局"
aliases = ["县招商局"]
forms = ["attraction"]

[[departments]]
name = "自然资源局"
forms = ["factors"]

[[departments]]
name = "财政局"
forms = ["factors"]
"""

CULTIVATION_HEADERS = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导",
                       "奖补资金", "备注"]
ATTRACTION_HEADERS = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "对接日期", "签约日期", "落户日期",
                      "开工日期", "总投资", "本年到位资金", "责任单位", "进展情况"]
FACTOR_HEADERS = ["序号", "事项", "日期", "地块或用途", "宗地编号", "所属乡镇", "供地面积（亩）", "金额", "所属季度"]
NOTE_HEADERS = ["章节", "标题", "进展情况", "数字指标", "完成进度"]


def write_full_config(root: Path, extra: str = "") -> Path:
    """The test county's beizeng.toml with every sender of every return (``extra``: e.g. a [rules] table)."""
    path = write_config(root, extra)
    text = path.read_text(encoding="utf-8")
    extended = text.replace('forms = ["targets"]', 'forms = ["targets", "cultivation", "progress_notes"]')
    assert extended != text, "tests/county.py no longer declares 工信局's forms as expected"
    path.write_text(extended + MORE_DEPARTMENTS, encoding="utf-8")
    return path


def _title(period: str) -> str:
    return f"测试县{period[:4]}年1-{int(period[5:])}月"


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 with newcomers
# ---------------------------------------------------------------------------------------------

Ent = tuple[str, str, str, bool, str, float, float | None]


def ent_more_2026_06() -> list[Ent]:
    """E1–E3 as in tests/scenarios.py plus E4 (entered 2026-03) and E5 (entered 2025-12)."""
    return [
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", 30000, 25000),
        (E2, "东关饲料有限公司", "东关镇", False, "2018-06", 20000, 22000),
        (E3, "西岭建材有限公司", "西镇", False, "2020", 50000, 45000),
        (E4, "丹富仕饲料有限公司", "西镇", True, "2026-03", 3000, 1000),
        (E5, "东镇风电有限公司", "东镇", False, "2025-12", 2000, None),
    ]


def enterprise_return(inbox: Path, period: str, rows: list[Ent]) -> Path:
    m = int(period[5:])
    data = [[i, u, n, t, "1329", "是" if s else "否", e, round(cum / m, 2), cum, ly, round(cum * 1.1, 2)]
            for i, (u, n, t, s, e, cum, ly) in enumerate(rows, 1)]
    return write_return(inbox / f"统计局_{period}_规上工业企业生产月报.xlsx", ENT_HEADERS, data,
                        title=f"{_title(period)}规上工业企业生产月报", sender_line="填报单位：县统计局")


# ---------------------------------------------------------------------------------------------
# 企业培育台账
# ---------------------------------------------------------------------------------------------

Ledger = tuple[str, str, str, str, str, dt.date | None, float | None]


def cultivation_2026_06() -> list[Ledger]:
    """(uscc, name, township, type, status, status date, grant 万元)."""
    return [
        # 拟入规 candidates
        (C1, "东镇丰源农牧有限公司", "东镇", "拟入规", "申报中", D(2026, 5, 20), None),
        (C2, "西镇新沃盈科技有限公司", "西镇", "拟入规", "培育中", None, None),
        (E4, "丹富仕饲料有限公司", "西镇", "拟入规", "已入库", D(2026, 3, 15), None),  # on the return too
        (C3, "东镇盛步光伏科技有限公司", "东镇", "拟入规", "已入库", D(2026, 6, 10), None),  # not on it yet
        (E5, "东镇风电有限公司", "东镇", "拟入规", "已入库", D(2025, 12, 10), None),  # last year
        (C4, "西镇宏达建材有限公司", "西镇", "拟入规", "未通过", D(2026, 4, 1), None),
        # 小巨人: one this year, one in 2024
        (E1, "东方光伏科技有限公司", "东镇", "专精特新小巨人", "已认定", D(2026, 4, 18), 100),
        (E3, "西岭建材有限公司", "西镇", "专精特新小巨人", "已认定", D(2024, 9, 1), None),
        # 高新技术企业: pending, decided last year, refused this year
        (E2, "东关饲料有限公司", "东镇", "高新技术企业", "申报中", D(2026, 5, 10), None),
        (E3, "西岭建材有限公司", "西镇", "高新技术企业", "已认定", D(2025, 11, 20), None),
        (C2, "西镇新沃盈科技有限公司", "西镇", "高新技术企业", "未通过", D(2026, 2, 10), None),
        # 科技型中小企业
        (C1, "东镇丰源农牧有限公司", "东镇", "科技型中小企业", "已入库", D(2026, 5, 6), None),
        (E4, "丹富仕饲料有限公司", "西镇", "科技型中小企业", "已认定", D(2026, 3, 20), None),
        (C4, "西镇宏达建材有限公司", "西镇", "科技型中小企业", "培育中", None, None),
        # 技改奖励资金 applications
        (E1, "东方光伏科技有限公司", "东镇", "技改奖励资金", "申报中", D(2026, 5, 15), 50),
        (E2, "东关饲料有限公司", "东镇", "技改奖励资金", "已认定", D(2026, 4, 1), 30),
        (E3, "西岭建材有限公司", "西镇", "技改奖励资金", "培育中", None, 20),
        (E5, "东镇风电有限公司", "东镇", "技改奖励资金", "未通过", D(2025, 10, 1), 40),
        # 绿色工厂
        (E3, "西岭建材有限公司", "西镇", "绿色工厂", "申报中", D(2026, 6, 1), None),
        (E1, "东方光伏科技有限公司", "东镇", "绿色工厂", "培育中", None, None),
        (E2, "东关饲料有限公司", "东镇", "绿色工厂", "已认定", D(2025, 12, 1), None),
    ]


def cultivation(inbox: Path, period: str, rows: list[Ledger]) -> Path:
    data = [[i, u, n, t, c, s, d, "张县长", g, None] for i, (u, n, t, c, s, d, g) in enumerate(rows, 1)]
    return write_return(inbox / f"工信局_{period}_企业培育台账.xlsx", CULTIVATION_HEADERS, data,
                        title=f"{_title(period)}企业培育台账", sender_line="填报单位：工信局")


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账
# ---------------------------------------------------------------------------------------------

Project = tuple[str, str, str | None, str, dt.date | None, dt.date | None, dt.date | None, dt.date | None,
                float | None, float | None]


def attraction_2026_06() -> list[Project]:
    """(name, chain, township, stage, contacted, signed, landed, started, total 万元, funds this year 万元)."""
    return [
        ("金隅新型材料项目", "新型建材", "东镇", "开工", D(2026, 1, 10), D(2026, 2, 20), D(2026, 3, 15), D(2026, 4, 20),
         30000, 8000),
        # contacted last year, landed this year
        ("秦河新材项目", "新材料", "西镇", "落户", D(2025, 11, 5), D(2026, 3, 1), D(2026, 4, 10), None, 20000, 5000),
        ("联星实业高端产业园项目", "装备制造", "西镇", "签约", D(2026, 2, 1), D(2026, 5, 18), None, None, 50000, 2000),
        ("雄峰实业项目", "精细化工", None, "对接", D(2026, 5, 20), None, None, None, 10000, None),
        # landed in an earlier year: still bringing money this year
        ("盛步光伏二期项目", "光伏新能源", "东镇", "投产", D(2025, 1, 8), D(2025, 3, 1), D(2025, 6, 1), D(2025, 8, 1),
         15000, 3000),
    ]


def attraction(inbox: Path, period: str, rows: list[Project]) -> Path:
    data = [[i, n, f"{n[:4]}有限公司", c, t, s, d1, d2, d3, d4, total, funds, "招商局", None]
            for i, (n, c, t, s, d1, d2, d3, d4, total, funds) in enumerate(rows, 1)]
    return write_return(inbox / f"招商局_{period}_招商引资项目台账.xlsx", ATTRACTION_HEADERS, data,
                        title=f"{_title(period)}招商引资项目台账", sender_line="填报单位：县招商局")


# ---------------------------------------------------------------------------------------------
# 要素保障情况表
# ---------------------------------------------------------------------------------------------

Event = tuple[str, dt.date, str | None, str | None, float | None, float | None, int | None]


def land_2026_06() -> list[Event]:
    """(item, date, parcel code, township, area 亩, amount 万元, quarter): two parcels on 8 May."""
    return [
        ("工业用地供应", D(2026, 3, 10), "610599-2026-001", "东镇", 50.5, 1200, None),
        ("工业用地供应", D(2026, 5, 8), "610599-2026-002", "西镇", 30, 700, None),
        ("工业用地供应", D(2026, 5, 8), "610599-2026-003", "西镇", 20, 460, None),
    ]


def land_2025_12() -> list[Event]:
    """Last year's December ledger: to the end of June 40 + 27 亩; the July parcel is not counted."""
    return [
        ("工业用地供应", D(2025, 2, 15), "610599-2025-001", "东镇", 40, None, None),
        ("工业用地供应", D(2025, 6, 30), "610599-2025-002", "西镇", 27, None, None),
        ("工业用地供应", D(2025, 7, 1), "610599-2025-003", "西镇", 33, None, None),
    ]


def funds_2026_06() -> list[Event]:
    return [
        ("上划市工业倍增发展基金", D(2026, 4, 15), None, None, None, 320.5, 1),
        ("上划市工业倍增发展基金", D(2026, 6, 20), None, None, None, 410, 2),
        ("工业发展资金筹集", D(2026, 3, 1), None, None, None, 1000, None),
        ("工业发展资金拨付", D(2026, 4, 10), None, None, None, 300, None),
        ("工业发展资金拨付", D(2026, 6, 28), None, None, None, 150.25, None),
    ]


def factors(inbox: Path, sender: str, period: str, rows: list[Event]) -> Path:
    data = [[i, item, d, f"{code or item}", code, t, area, amount, q]
            for i, (item, d, code, t, area, amount, q) in enumerate(rows, 1)]
    return write_return(inbox / f"{sender}_{period}_要素保障情况表.xlsx", FACTOR_HEADERS, data,
                        title=f"{_title(period)}要素保障情况表", sender_line=f"填报单位：{sender}")


# ---------------------------------------------------------------------------------------------
# 重点工作进展情况
# ---------------------------------------------------------------------------------------------

def notes_2026_06() -> list[list[object]]:
    return [
        ["二1", "工业经济基础较为薄弱", "全县规上工业企业数量偏少，产业链条不完整。", None, None],
        ["6③", "标准化厂房建设提速", "产业园一期标准化厂房总体进度超过85%，预计8月底建成。", "标准化厂房建设总体进度", 85],
        ["6①", "化工集中区完成规划编制", "总体规划、产业规划通过专家评审。", None, None],
        ["三1", "强化综合协调力度", "严格落实周调度、月小结、季点评、年考核的工作机制。", None, None],
    ]


def notes(inbox: Path, period: str, rows: list[list[object]]) -> Path:
    return write_return(inbox / f"工信局_{period}_重点工作进展情况.xlsx", NOTE_HEADERS, rows,
                        title=f"{_title(period)}重点工作进展情况", sender_line="填报单位：工信局", unit_line=None)


# ---------------------------------------------------------------------------------------------
# 目标任务 with every target the report quotes
# ---------------------------------------------------------------------------------------------

def targets_full_2026(inbox: Path, invest_split: bool = True) -> Path:
    """The targets of tests/scenarios.py plus 新增规上 5 户, 战新产值占比 30 %, 绿色工厂 2 户 and the
    investment-attraction target 4 亿元 (cumulative 1 / 1.5 / 3 / 4 by quarter, or no split)."""
    split = [1, 1.5, 3, 4] if invest_split else [None, None, None, None]
    rows = [
        [2026, "output_target", "规上工业总产值", "测试县", 24, "亿元", 5, 10, 18, 24],
        [2026, "va_target_pct", "规上工业增加值增速", None, 7.0, "%", None, None, None, None],
        [2026, "fai_target_pct", "工业固定资产投资增速", None, 10, "%", None, None, None, None],
        [2026, "tech_target_pct", "技术改造投资增速", None, 5, "%", None, None, None, None],
        [2026, "new_above_scale_target", "新增规上工业企业", None, 5, "户", None, None, None, None],
        [2026, "sei_output_share_target_pct", "战略性新兴产业产值占比", None, 30, "%", None, None, None, None],
        [2026, "green_factory_target", "新增绿色工厂", None, 2, "户", None, None, None, None],
        [2026, "invest_quarter_target", "招商引资到位资金", None, 4, "亿元", *split],
    ]
    return write_return(inbox / "工信局_2026年目标任务.xlsx", TARGET_HEADERS, rows,
                        title="测试县2026年工业倍增计划目标任务", sender_line="填报单位：工信局", unit_line=None)


def sections_2_to_5(inbox: Path) -> list[Path]:
    """Every return the 2026-06 hand computation of sections 2–5 needs."""
    return [
        enterprise_return(inbox, "2026-06", ent_more_2026_06()),
        cultivation(inbox, "2026-06", cultivation_2026_06()),
        attraction(inbox, "2026-06", attraction_2026_06()),
        factors(inbox, "自然资源局", "2026-06", land_2026_06()),
        factors(inbox, "自然资源局", "2025-12", land_2025_12()),
        factors(inbox, "财政局", "2026-06", funds_2026_06()),
        notes(inbox, "2026-06", notes_2026_06()),
        targets_full_2026(inbox),
    ]
