"""The overview of a period: every indicator with its target, 序时进度, growth, city rank and a traffic light.

One layout serves the terminal summary table (``text_rows``), the summary workbook's 指标总览 sheet
(``overview_rows``) and the report draft (``DIGITS``): a figure is shown with the same number of
decimals everywhere, so a leader comparing the printed 汇总表 with the report finds the same digits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import duckdb

from beizeng.base.numbers import rounded, shown
from beizeng.base.periods import year_of
from beizeng.ops.crosschecks import NULL_REASONS, null_reason_codes
from beizeng.store.catalogue import UNIT_ZH, catalogue

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
    """One line of the overview: an indicator and the codes that qualify it (all optional), one unit per column.

    ``target`` is in the line's own unit (an amount's target in 亿元, a rate's in %: a growth target never
    sits on an amount's line); ``progress`` is the figure in % of that target and ``time_share`` 序时进度 in
    % of it, so both read as %; ``gap`` is always 百分点 (完成进度 − 序时进度, or a rate − its target) and
    gives the line its light.  Every code is computed in SQL (the overview only places and formats).
    """

    value: str
    target: str | None = None
    progress: str | None = None
    time_share: str | None = None
    gap: str | None = None
    yoy: str | None = None
    city_avg: str | None = None
    rank: str | None = None

    @property
    def qualifiers(self) -> tuple[str, ...]:
        return tuple(c for c in (self.target, self.progress, self.time_share, self.gap, self.yoy, self.city_avg,
                                 self.rank) if c)


LINES = [
    # 1 经济指标
    Line("output_cum", target="output_target", progress="output_target_pct", time_share="output_time_share_pct",
         gap="output_vs_time_pp", yoy="output_yoy_pct", rank="output_city_rank"),
    Line("output_projection", target="output_target", progress="output_projection_target_pct",
         gap="output_projection_vs_target_pp"),
    Line("va_yoy_pct", target="va_target_pct", gap="va_vs_target_pp", city_avg="va_city_avg_pct", rank="va_city_rank"),
    Line("fai_cum", yoy="fai_yoy_pct"),
    Line("fai_yoy_pct", target="fai_target_pct", gap="fai_vs_target_pp", rank="fai_city_rank"),
    Line("tech_cum", yoy="tech_yoy_pct"),
    Line("tech_yoy_pct", target="tech_target_pct", gap="tech_vs_target_pp", city_avg="tech_city_avg_pct",
         rank="tech_city_rank"),
    # 2 企业培育
    Line("new_above_scale", target="new_above_scale_target", progress="new_above_scale_target_pct",
         time_share="new_above_scale_time_share_pct", gap="new_above_scale_vs_time_pp"),
    Line("sei_output_share_pct", target="sei_output_share_target_pct", gap="sei_vs_target_pp"),
    # 3 科技创新
    Line("green_factory_candidates", target="green_factory_target", progress="green_factory_target_pct",
         time_share="green_factory_time_share_pct", gap="green_factory_vs_time_pp"),
    # 4 招商引资
    Line("invest_funds_in_place", target="invest_target_annual", progress="invest_target_pct",
         time_share="invest_time_share_pct", gap="invest_vs_time_pp"),
    # 5 要素保障
    Line("land_area_mu", yoy="land_area_yoy_pct"),
    # 7 项目建设
    Line("key_projects_completed_cum", target="key_projects_annual_plan", progress="key_projects_plan_pct",
         time_share="time_progress_pct", gap="key_projects_vs_time_pp"),
]
#: Figures shown as a line of their own on the 指标总览 sheet only (``overview_rows(complete=True)``), with no
#: target or light: counts, amounts and shares the report quotes, and the 序时进度 targets in their units.
OWN_LINES = frozenset({
    "output_time_target", "output_time_progress_pct", "va_vs_city_pp", "fai_yoy_ledger_pct", "tech_yoy_ledger_pct",
    "tech_vs_city_pp", "above_scale_applying", "cultivation_key_enterprises", "above_scale_count", "sei_count",
    "sei_share_pct", "sei_output_cum", "little_giant_count", "hightech_applying", "tech_sme_count",
    "tech_grant_enterprises", "tech_grant_amount", "invest_contacted", "invest_landed", "invest_total",
    "invest_quarter_target", "invest_vs_quarter_target", "land_parcels", "land_area_last_year_mu", "fund_contributed",
    "dev_fund_disbursed", "key_projects", "key_projects_annual_plan", "key_projects_started_pct",
    "key_projects_in_stats", "key_projects_in_stats_pct", "time_progress_pct",
    # the same period last year: the basis the headings of sections 3 and 5 are worded by
    "little_giant_count_last_year", "hightech_applying_last_year", "tech_sme_count_last_year",
    "fund_contributed_last_year", "dev_fund_disbursed_last_year",
})
#: Figures that are no line of the overview, each for its reason: they only shape the report's words (which
#: month the projection aims at, how many counties share a rank: 并列第N) or belong to the 分乡镇 sheet.
#: The 指标说明 sheet lists them.
NOT_LINES = {
    "output_projection_month": "报告措辞：预计完成的月份",
    "output_city_rank_ties": "报告措辞：并列第N",
    "va_city_rank_ties": "报告措辞：并列第N",
    "fai_city_rank_ties": "报告措辞：并列第N",
    "tech_city_rank_ties": "报告措辞：并列第N",
    "output_county_share_pct": "分乡镇表：乡镇占全县比重（全县为100）",
    "fai_county_share_pct": "分乡镇表：乡镇占全县比重（全县为100）",
    "tech_county_share_pct": "分乡镇表：乡镇占全县比重（全县为100）",
}
#: Codes shown in a column of a declared line (and only there, unless they are declared lines themselves).
COLUMN_CODES = {c for line in LINES for c in line.qualifiers} - {line.value for line in LINES} - OWN_LINES


def declared(code: str) -> bool:
    """Whether the overview says what to do with a code (tests/test_outputs.py requires it of every code)."""
    return any(line.value == code for line in LINES) or code in OWN_LINES or code in COLUMN_CODES or code in NOT_LINES


def overview_role(code: str) -> str:
    """How a catalogued code appears on the 指标总览, by declaration: "line" (LINES or OWN_LINES), "column" (a
    qualifier of a line), "not_shown" (NOT_LINES); a code declared nowhere is a plain "line" of its own, so a
    new indicator is never hidden before someone declares it."""
    if any(line.value == code for line in LINES) or code in OWN_LINES:
        return "line"
    if code in COLUMN_CODES:
        return "column"
    if code in NOT_LINES:
        return "not_shown"
    return "line"


HEADERS = ["指标", "数值", "单位", "目标", "完成进度%", "序时进度%", "差距(百分点)", "同比%", "全市平均%", "全市排名", "状态"]


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
            [str(year_of(period)), period]).fetchall():
        out.setdefault(str(p), {}).setdefault(str(scope), {})[str(k)] = None if v is None else float(v)
    return out


def snapshot(con: duckdb.DuckDBPyConnection, period: str) -> Figures:
    """Every scope's figures of one period."""
    return year_to_date(con, period).get(period, {})


def as_shown(figures: Values) -> dict[str, float | None]:
    """The figures as the workbook and the draft show them: a 百分点 gap the catalogue declares one rate minus another
    (``difference``: 增加值增速 − 目标增速, 技改增速 − 全市平均) is the difference of the two rates *as shown*, so the
    three printed side by side add up — 7.45 % against a target of 7.5 % shows 7.5, 7.5 and 0.0 (与任务指标持平), never
    the −0.1 the exact −0.05 rounds to; 12.46 against 3.94 shows 12.5, 3.9 and 8.6, not 8.5.  A statistician's rule
    (百分点 from the published rates), here once for the 指标总览, the 指标说明 and the draft; the warehouse keeps
    the exact gap (the SQL computes every figure, this only shows it).  A gap whose rates are not both known is its
    own value; every other figure too."""
    cat = catalogue()
    out = dict(figures)
    for code, ind in cat.items():
        if len(ind.difference) != 2 or figures.get(code) is None:
            continue
        (a, a_code), (b, b_code) = ((figures.get(c), c) for c in ind.difference)
        if a is not None and b is not None:
            out[code] = float(rounded(a, digits(cat[a_code].unit)) - rounded(b, digits(cat[b_code].unit)))
    return out


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
    v = as_shown(values(con, period, scope) if figures is None else figures)
    why = null_reason_codes(con, period).get(scope, {})  # empty, and none to wait for: 上年同期为0，不可比
    cat = catalogue()
    lines = {line.value: line for line in LINES if line.value in cat}
    codes = [c for c in cat if overview_role(c) == "line"] if complete else [c for c in cat if c in lines]
    out: list[Row] = []
    for code in codes:
        ind = cat[code]
        if not ind.applies_in(period):
            continue  # a projection: the year is done
        line = lines.get(code, Line(code))
        row = Row(ind.section, code, ind.name, ind.unit, v.get(code))
        for header, qual in zip(HEADERS[3:10], (line.target, line.progress, line.time_share, line.gap, line.yoy,
                                                   line.city_avg, line.rank), strict=True):
            if qual and qual in cat:
                row.cells[header] = (v.get(qual), cat[qual].unit)
        row.status = status(row.gap)
        if row.value is None and why.get(code) in NULL_REASONS:
            row.status = NULL_REASONS[why[code]].status
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
