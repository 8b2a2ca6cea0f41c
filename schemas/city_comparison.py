"""全市各县区主要工业指标对比: the city statistics bureau's table comparing every county of the city.

Grain: one row per county of the city (plus a 全市 row) per month. Real (constant-price) growth
of value added, the city averages and the ranks can only come from here: a county cannot derive
them from its own enterprises.

Its amounts declare ``blank="unknown"``: a "—" in the bureau's table means no figure is published
for that county, never zero (a zero would rank it last and make its growth −100 %).
"""

from __future__ import annotations

import pandera.polars as pa

from beizeng.base.forms import AtMost, FormSpec, Money, Rate, Roles, column
from beizeng.base.units import LEAST_PER_AREA, MOST_PER_AREA

CITY_TOTAL = "全市"


class CityComparison(pa.DataFrameModel):
    county: str = column("县区", "县（区）名称；全市合计行填“全市”。", kind="county", aliases=("县（区）", "县区名称", "地区", "单位"), width=12)
    output_cum: Money = column("规上工业总产值累计", "1-N月规上工业总产值。", kind="money", unit="万元",
                               aliases=("规上工业总产值", "工业总产值累计"), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown",
                               least=LEAST_PER_AREA)
    output_cum_last_year: Money = column("规上工业总产值上年同期", "上年1-N月规上工业总产值。", kind="money", unit="万元",
                                         aliases=("总产值上年同期",), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown",
                                         least=LEAST_PER_AREA)
    output_yoy_pct: Rate = column("规上工业总产值增速", "规上工业总产值同比增速（%）。", kind="pct", unit="%",
                                   aliases=("总产值增速", "产值增速"), nullable=True)
    va_yoy_pct: Rate = column("规上工业增加值增速", "规上工业增加值可比价同比增速（%），统计部门核算。", kind="pct",
                               unit="%", aliases=("增加值增速", "工业增加值增速"), nullable=True)
    fai_cum: Money = column("工业固定资产投资累计", "1-N月工业固定资产投资完成额。", kind="money", unit="万元",
                            aliases=("工业固投", "工业投资累计"), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown",
                            least=LEAST_PER_AREA)
    fai_cum_last_year: Money = column("工业固定资产投资上年同期", "上年1-N月工业固定资产投资完成额。", kind="money",
                                      unit="万元", aliases=("工业固投上年同期",), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown",
                                      least=LEAST_PER_AREA)
    fai_yoy_pct: Rate = column("工业固定资产投资增速", "工业固定资产投资同比增速（%）。", kind="pct", unit="%",
                                aliases=("工业固投增速", "工业投资增速"), nullable=True)
    tech_cum: Money = column("技术改造投资累计", "1-N月工业技术改造投资完成额。", kind="money", unit="万元",
                             aliases=("技改投资", "技改投资累计"), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown")
    tech_cum_last_year: Money = column("技术改造投资上年同期", "上年1-N月工业技术改造投资完成额。", kind="money",
                                       unit="万元", aliases=("技改投资上年同期",), nullable=True, ge=0, le=MOST_PER_AREA, blank="unknown")
    tech_yoy_pct: Rate = column("技术改造投资增速", "工业技术改造投资同比增速（%）。", kind="pct", unit="%",
                                 aliases=("技改投资增速", "技改增速"), nullable=True)

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="city_comparison",
    title="全市各县区主要工业指标对比",
    model=CityComparison,
    senders="departments",
    default_sender="统计局",
    frequency="monthly",
    key=("county",),
    grain="one row per county of the city (and the 全市 row) per month",
    instructions="市统计局发布后转报。每个县区一行，另加“全市”合计行；增速填百分数（如 8.5 或 8.5%）。",
    title_keywords=("各县区", "主要工业指标", "对比"),
    roles=Roles(cumulative=(("output_cum", None), ("fai_cum", None), ("tech_cum", None)),
                yoy=(("output_cum", "output_cum_last_year"), ("fai_cum", "fai_cum_last_year"),
                     ("tech_cum", "tech_cum_last_year")),
                # each stated growth, bounded and weighed against the amounts beside it (the bureau's 增加值增速 alone)
                growth=(("output_yoy_pct", "output_cum"), ("va_yoy_pct", None), ("fai_yoy_pct", "fai_cum"),
                        ("tech_yoy_pct", "tech_cum"))),
    # 技术改造投资 is an 'of which' of 工业固定资产投资 (DOMAIN.md: industrial projects of 改建和技术改造)
    row_relations=(AtMost("tech_cum", "fai_cum", "技术改造投资是工业固定资产投资的其中项，不会比它多"),
                   AtMost("tech_cum_last_year", "fai_cum_last_year", "技术改造投资是工业固定资产投资的其中项，不会比它多")),
)
