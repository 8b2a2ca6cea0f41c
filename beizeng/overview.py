"""The overview of a period: the headline figures with their targets, progress, growth and rank.

One layout serves the terminal summary table and the summary workbook's 指标总览 sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from beizeng.catalogue import catalogue
from beizeng.numbers import shown


@dataclass(frozen=True)
class Line:
    """One line of the overview: a headline indicator and the codes that qualify it."""

    value: str
    target: str | None = None
    time_target: str | None = None
    progress: str | None = None
    gap: str | None = None
    yoy: str | None = None
    city_avg: str | None = None
    rank: str | None = None


LINES = [
    Line("output_cum", target="output_target", time_target="output_time_target",
         progress="output_time_progress_pct", yoy="output_yoy_pct", rank="output_city_rank"),
    Line("output_projection", target="output_target", progress="output_projection_target_pct"),
    Line("va_yoy_pct", target="va_target_pct", gap="va_vs_target_pp", city_avg="va_city_avg_pct", rank="va_city_rank"),
    Line("fai_cum", target="fai_target_pct", gap="fai_vs_target_pp", yoy="fai_yoy_pct", rank="fai_city_rank"),
    Line("tech_cum", target="tech_target_pct", gap="tech_vs_target_pp", yoy="tech_yoy_pct",
         city_avg="tech_city_avg_pct", rank="tech_city_rank"),
    Line("key_projects"),
    Line("key_projects_started_pct"),
    Line("key_projects_in_stats_pct"),
    Line("key_projects_completed_cum", target="key_projects_annual_plan", time_target="time_progress_pct",
         progress="key_projects_plan_pct", gap="key_projects_vs_time_pp"),
]

HEADERS = ["指标", "数值", "单位", "目标", "序时进度", "完成进度%", "差距(百分点)", "同比%", "全市平均%", "全市排名"]


def values(con: duckdb.DuckDBPyConnection, period: str, scope: str) -> dict[str, float | None]:
    rows = con.execute(
        "select indicator, value from indicator_values where period = ? and scope = ?", [period, scope]
    ).fetchall()
    return {str(k): (None if v is None else float(v)) for k, v in rows}


def overview(con: duckdb.DuckDBPyConnection, period: str, scope: str) -> list[list[object]]:
    """Rows of HEADERS for one period and scope; None where a figure has no input."""
    v = values(con, period, scope)
    cat = catalogue()
    out: list[list[object]] = []
    for line in LINES:
        if line.value not in v and line.value not in cat:
            continue
        ind = cat[line.value]
        out.append([
            ind.name,
            v.get(line.value),
            ind.unit_zh,
            *(v.get(c) if c else None for c in (line.target, line.time_target, line.progress, line.gap, line.yoy,
                                                   line.city_avg, line.rank)),
        ])
    return out


def fmt(value: object, digits: int = 2) -> str:
    if isinstance(value, int | float) or value is None:
        return shown(value, digits, thousands=True)
    return str(value)
