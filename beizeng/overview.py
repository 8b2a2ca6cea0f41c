"""The overview of a period: every indicator with its target, 序时进度, growth, city rank and a traffic light.

One layout serves the terminal summary table (``text_rows``), the summary workbook's 指标总览 sheet
(``overview_rows``) and the report draft (``DIGITS``): a figure is shown with the same number of
decimals everywhere, so a leader comparing the printed 汇总表 with the report finds the same digits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import duckdb

from beizeng.catalogue import UNIT_ZH, catalogue
from beizeng.numbers import shown

#: Decimals shown per unit, as in the county's reports: amounts 12.34亿元, rates 8.5%, gaps 1.3个百分点,
#: ranks and counts as integers.  The workbook's number formats and the report draft both use this.
DIGITS = {"亿元": 2, "万元": 2, "%": 1, "pp": 1, "rank": 0, "户": 0, "个": 0, "宗": 0, "亩": 2, "月": 0}
#: A figure this many 百分点 or less behind its target or 序时进度 is "close" (amber), further is "behind".
NEAR_PP = 5.0
STATUS_AHEAD, STATUS_NEAR, STATUS_BEHIND = "领先", "接近（5个百分点内）", "落后"
#: Report sections by their leading digit (catalogue ``section`` is e.g. "1①", "4", "7").
SECTION_NAMES = {"1": "经济指标", "2": "企业培育", "3": "科技创新", "4": "招商引资", "5": "要素保障", "6": "园区要素",
                 "7": "项目建设"}


def digits(unit: str) -> int:
    return DIGITS.get(unit, 2)


def num_format(unit: str) -> str:
    """The Excel number format showing a value of this unit with the report's decimals."""
    d = digits(unit)
    body = "#,##0" if unit in ("亿元", "万元", "亩") else "0"
    return body + ("." + "0" * d if d else "")


@dataclass(frozen=True)
class Line:
    """One line of the overview: an indicator and the codes that qualify it (all optional).

    ``gap`` is a 百分点 code, computed in SQL like every figure (the overview only places and formats).
    """

    value: str
    target: str | None = None
    time_target: str | None = None
    progress: str | None = None
    gap: str | None = None
    yoy: str | None = None
    city_avg: str | None = None
    rank: str | None = None

    @property
    def qualifiers(self) -> tuple[str, ...]:
        return tuple(c for c in (self.target, self.time_target, self.progress, self.gap, self.yoy, self.city_avg,
                                 self.rank) if c)


LINES = [
    # 1 经济指标
    Line("output_cum", target="output_target", time_target="output_time_target",
         progress="output_time_progress_pct", gap="output_vs_time_pp", yoy="output_yoy_pct", rank="output_city_rank"),
    Line("output_projection", target="output_target", progress="output_projection_target_pct"),
    Line("va_yoy_pct", target="va_target_pct", gap="va_vs_target_pp", city_avg="va_city_avg_pct", rank="va_city_rank"),
    Line("fai_cum", target="fai_target_pct", gap="fai_vs_target_pp", yoy="fai_yoy_pct", rank="fai_city_rank"),
    Line("tech_cum", target="tech_target_pct", gap="tech_vs_target_pp", yoy="tech_yoy_pct",
         city_avg="tech_city_avg_pct", rank="tech_city_rank"),
    # 2 企业培育
    Line("new_above_scale", target="new_above_scale_target"),
    Line("sei_output_share_pct", target="sei_output_share_target_pct", gap="sei_vs_target_pp"),
    # 3 科技创新
    Line("green_factory_candidates", target="green_factory_target"),
    # 4 招商引资
    Line("invest_funds_in_place", target="invest_quarter_target"),
    # 5 要素保障
    Line("land_area_mu", yoy="land_area_yoy_pct"),
    # 7 项目建设
    Line("key_projects_completed_cum", target="key_projects_annual_plan", time_target="time_progress_pct",
         progress="key_projects_plan_pct", gap="key_projects_vs_time_pp"),
]
#: Qualifier codes whose own line would only repeat a figure already shown in another line's column.
_SHOWN_AS_QUALIFIER = {c for line in LINES for c in line.qualifiers} - {"key_projects_annual_plan"}
#: Figures that only shape the report's words (which month the projection aims at, how many counties
#: share a rank: 并列第N), not lines of the overview of their own; the 全部指标 sheet still lists them.
WORDING_ONLY = {"output_projection_month", "output_city_rank_ties", "va_city_rank_ties", "fai_city_rank_ties",
                "tech_city_rank_ties"}

HEADERS = ["指标", "数值", "单位", "目标", "序时进度", "完成进度%", "差距(百分点)", "同比%", "全市平均%", "全市排名", "状态"]


@dataclass
class Row:
    """A line of the overview with its figures (None where there is no input) and their units."""

    section: str
    code: str
    name: str
    unit: str
    value: float | None
    cells: dict[str, tuple[float | None, str]] = field(default_factory=dict)  # header → (value, unit)
    status: str | None = None

    @property
    def gap(self) -> float | None:
        return self.cells.get("差距(百分点)", (None, ""))[0]

    def as_list(self) -> list[object]:
        return [self.name, self.value, UNIT_ZH.get(self.unit, self.unit), *(self.cells.get(h, (None, ""))[0] for h in HEADERS[3:10]), self.status]


#: A scope's figures by indicator code (None: no input yet).
Values = Mapping[str, float | None]


def values(con: duckdb.DuckDBPyConnection, period: str, scope: str) -> dict[str, float | None]:
    rows = con.execute(
        "select indicator, value from indicator_values where period = ? and scope = ?", [period, scope]
    ).fetchall()
    return {str(k): (None if v is None else float(v)) for k, v in rows}


Figures = dict[str, dict[str, float | None]]  # scope → code → value


def year_to_date(con: duckdb.DuckDBPyConnection, period: str) -> dict[str, Figures]:
    """Every scope's figures of each month of the period's year up to it, in one query.

    One query for the sheets, the charts and the report (indicator_values is a table written by
    ``run_models``, so this is a look-up; ``indicator_values_live`` would recompute every model).
    """
    out: dict[str, Figures] = {}
    for p, scope, k, v in con.execute(
            "select period, scope, indicator, value from indicator_values where left(period, 4) = ? and period <= ?",
            [period[:4], period]).fetchall():
        out.setdefault(str(p), {}).setdefault(str(scope), {})[str(k)] = None if v is None else float(v)
    return out


def snapshot(con: duckdb.DuckDBPyConnection, period: str) -> Figures:
    """Every scope's figures of one period."""
    return year_to_date(con, period).get(period, {})


def status(gap: float | None) -> str | None:
    """The traffic light of a gap in 百分点, judged on the figure as shown (1 decimal), not on binary noise."""
    if gap is None:
        return None
    g = float(shown(gap, DIGITS["pp"]))
    if g >= 0:
        return STATUS_AHEAD
    return STATUS_NEAR if g >= -NEAR_PP else STATUS_BEHIND


def overview_rows(con: duckdb.DuckDBPyConnection, period: str, scope: str, complete: bool = False,
                  figures: Values | None = None) -> list[Row]:
    """The overview lines in catalogue order; ``complete`` adds every other catalogued indicator as a line.

    Lines whose indicator is not catalogued yet are left out, so indicators appear here as soon as
    their SQL model and catalogue entry land, without touching this module.
    """
    v = values(con, period, scope) if figures is None else figures
    cat = catalogue()
    lines = {line.value: line for line in LINES if line.value in cat}
    codes = list(cat) if complete else [c for c in cat if c in lines]
    out: list[Row] = []
    for code in codes:
        if code not in lines and (code in _SHOWN_AS_QUALIFIER or code in WORDING_ONLY):
            continue
        ind = cat[code]
        line = lines.get(code, Line(code))
        row = Row(ind.section, code, ind.name, ind.unit, v.get(code))
        for header, qual in zip(HEADERS[3:10], (line.target, line.time_target, line.progress, line.gap, line.yoy,
                                                   line.city_avg, line.rank), strict=True):
            if qual and qual in cat:
                row.cells[header] = (v.get(qual), cat[qual].unit)
        row.status = status(row.gap)
        out.append(row)
    return out


def cell_text(value: float | None, unit: str) -> str:
    """A figure as the workbook shows it: its unit's decimals, a % sign on a rate (a 目标 of 10.0% is
    a growth rate, never 10 亿元), whole numbers for counts and ranks."""
    text = shown(value, digits(unit), thousands=True)
    return text + "%" if unit == "%" and value is not None else text


def text_rows(rows: list[Row]) -> list[list[str]]:
    """The overview lines as text for the terminal, cell by cell in the units the workbook uses."""
    return [[r.name, cell_text(r.value, r.unit), UNIT_ZH.get(r.unit, r.unit),
             *(cell_text(*r.cells.get(h, (None, ""))) for h in HEADERS[3:10]), r.status or "—"] for r in rows]
