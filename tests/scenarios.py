"""Scenario returns for the test county, with figures small enough to check by hand.

The hand arithmetic for 2026-06 (1–6月) is written next to the test that checks it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from beizeng.base.identifiers import uscc_check_char
from tests.xlsx import write_return

ENT_HEADERS = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
               "本月工业总产值", "1-N月累计工业总产值", "上年同期累计工业总产值", "1-N月累计营业收入"]
FAI_HEADERS = ["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
               "年度计划投资", "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-N月累计完成投资"]
CITY_HEADERS = ["县区", "规上工业总产值累计", "规上工业总产值上年同期", "规上工业总产值增速", "规上工业增加值增速",
                "工业固定资产投资累计", "工业固定资产投资上年同期", "工业固定资产投资增速", "技术改造投资累计",
                "技术改造投资上年同期", "技术改造投资增速"]
TARGET_HEADERS = ["年度", "指标代码", "指标名称", "范围", "年度目标", "单位", "一季度累计目标", "上半年累计目标",
                  "前三季度累计目标", "全年累计目标"]


def uscc(serial: int) -> str:
    first = f"91610599MA{serial:07d}"
    return first + uscc_check_char(first)


E1, E2, E3 = uscc(1), uscc(2), uscc(3)


def enterprise_output(inbox: Path, period: str, rows: list[tuple[str, str, str, bool, str, float, float | None]],
                      name: str | None = None) -> Path:
    """rows: (uscc, name, township, sei, entered, cum, cum_last_year)."""
    y, m = period[:4], int(period[5:])
    def num(x: object, f: float) -> object:
        return round(x * f, 2) if isinstance(x, int | float) else None

    data = [[i, u, n, t, "1329", "是" if s else "否", e, num(cum, 1 / m), cum, ly, num(cum, 1.1)]
            for i, (u, n, t, s, e, cum, ly) in enumerate(rows, 1)]
    total = ["合计", None, None, None, None, None, None, None,
             sum(r[5] for r in rows if isinstance(r[5], int | float)), None, None]
    return write_return(inbox / (name or f"统计局_{period}_规上工业企业生产月报.xlsx"), ENT_HEADERS, data,
                        title=f"测试县{y}年1-{m}月规上工业企业生产月报", sender_line="填报单位：县统计局", total=total)


def ent_2026_06() -> list[tuple[str, str, str, bool, str, float, float | None]]:
    return [
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", 30000, 25000),
        (E2, "东关饲料有限公司", "东关镇", False, "2018-06", 20000, 22000),
        (E3, "西岭建材有限公司", "西镇", False, "2020", 50000, 45000),
    ]


def ent_last_year(period: str, scale: float) -> list[tuple[str, str, str, bool, str, float, float | None]]:
    base = {"2025-06": (25000, 22000, 45000), "2025-09": (37500, 33000, 67500)}[period]
    return [
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", base[0] * scale, None),
        (E2, "东关饲料有限公司", "东镇", False, "2018-06", base[1] * scale, None),
        (E3, "西岭建材有限公司", "西镇", False, "2020", base[2] * scale, None),
    ]


def fai(inbox: Path, township: str, period: str, projects: list[list[object]], name: str | None = None) -> Path:
    y, m = period[:4], int(period[5:])
    data = [[i, *p] for i, p in enumerate(projects, 1)]
    return write_return(inbox / (name or f"{township}_{period}_工业固定资产投资项目月报.xlsx"), FAI_HEADERS, data,
                        title=f"{township}{y}年1-{m}月工业固定资产投资项目进展情况表",
                        sender_line=f"填报单位：{township}人民政府")


def project(code: int, name: str, township: str, nature: str, tech: bool, key: bool, total: float, plan: float | None,
            started: bool, start: dt.date | None, in_stats: bool, cum: float, year: int = 26) -> list[object]:
    return [f"{year}01-610599-04-01-{code:06d}", name, township, nature, "是" if tech else "否", "是" if key else "否",
            total, plan, "是" if started else "否", start, "是" if in_stats else "否", None, cum]


def fai_2026_06(inbox: Path) -> list[Path]:
    east = [
        project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, dt.date(2026, 3, 1), True, 3000),
        project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", False, True, 1800, 500, True, dt.date(2025, 5, 1),
                True, 1200),
        project(3, "东镇小型仓储项目", "东镇", "新建", False, False, 400, 400, True, dt.date(2026, 2, 1), True, 300),
    ]
    west = [
        project(4, "西岭建材扩建项目", "西镇", "扩建", True, True, 5000, 2000, False, None, False, 0),
        project(5, "西镇新材料产业园", "西镇", "新建", False, True, 20000, 8000, True, dt.date(2026, 4, 10), True, 2500),
    ]
    return [fai(inbox, "东镇", "2026-06", east), fai(inbox, "西镇", "2026-06", west)]


def fai_2025_06(inbox: Path) -> list[Path]:
    east = [
        project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", False, True, 1800, 500, True, dt.date(2025, 5, 1),
                True, 1000),
        project(6, "东镇农产品加工项目", "东镇", "新建", False, True, 9000, 5000, True, dt.date(2025, 2, 1), True, 4000,
                year=25),
    ]
    west = [project(7, "西镇砖厂迁建项目", "西镇", "迁建", False, False, 6000, 3000, True, dt.date(2025, 3, 1), True,
                    3000, year=25)]
    return [fai(inbox, "东镇", "2025-06", east), fai(inbox, "西镇", "2025-06", west)]


def city_2026_06(inbox: Path, name: str | None = None, our_va: float = 6.5) -> Path:
    rows = [
        ["测试县", 100000, 92000, 8.7, our_va, 6700, 8000, -16.3, 1200, 1000, 20.0],
        ["甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0],
        ["乙县", 150000, 140000, 7.1, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0],
        ["丙县", 80000, 76000, 5.3, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0],
        ["全市", 630000, 583000, 8.1, 6.2, 39700, 40000, -0.8, 6000, 5750, 4.3],
    ]
    return write_return(inbox / (name or "统计局_2026-06_全市各县区主要工业指标对比.xlsx"), CITY_HEADERS, rows,
                        title="测试市2026年1-6月各县区主要工业指标对比", sender_line="填报单位：县统计局")


def targets_2026(inbox: Path, name: str | None = None, output_target: float = 24) -> Path:
    rows = [
        [2026, "output_target", "规上工业总产值", "测试县", output_target, "亿元", 5, 10, 18, output_target],
        [2026, "va_target_pct", "规上工业增加值增速", None, 7.0, "%", None, None, None, None],
        [2026, "fai_target_pct", "工业固定资产投资增速", None, 10, "%", None, None, None, None],
        [2026, "tech_target_pct", "技术改造投资增速", None, 5, "%", None, None, None, None],
        [2026, "output_target", "规上工业总产值", "东镇", 11, "亿元", None, None, None, None],
    ]
    return write_return(inbox / (name or "工信局_2026年目标任务.xlsx"), TARGET_HEADERS, rows,
                        title="测试县2026年工业倍增计划目标任务", sender_line="填报单位：工信局", unit_line=None)


def full_county(inbox: Path) -> list[Path]:
    """Every return the 2026-06 hand computation needs, as separate files."""
    paths = [
        enterprise_output(inbox, "2026-06", ent_2026_06()),
        enterprise_output(inbox, "2025-06", ent_last_year("2025-06", 1)),
        enterprise_output(inbox, "2025-09", ent_last_year("2025-09", 1)),
        city_2026_06(inbox),
        targets_2026(inbox),
    ]
    paths += fai_2026_06(inbox) + fai_2025_06(inbox)
    return paths
