"""目标任务: the year's targets per indicator, with an optional cumulative quarterly split.

Grain: one row per indicator per scope per year. The indicator code is the target's own code of
the catalogue (output_target, va_target_pct …), so a target is matched to its figure by name.
"""

from __future__ import annotations

import pandera.polars as pa

from beizeng.base.forms import CatalogueUnit, FormSpec, Money, Roles, column
from beizeng.store.catalogue import catalogue

#: The catalogue's target codes: a target is matched to its figure by this code.  A target code is
#: one whose figure comes from this form alone (not a gap such as invest_vs_quarter_target, nor a
#: figure derived from a target such as output_time_target), so a new target in the catalogue is a
#: new choice here without touching this module.
TARGET_CODES = tuple(c for c, i in catalogue().items() if i.is_target)


class Targets(pa.DataFrameModel):
    year: int = column("年度", "目标所属年度。", kind="int", aliases=("年份",), ge=2000, le=2100, width=8,
                     implied_by="period_year")
    indicator: str = column("指标代码", "指标目录中的目标代码（如 output_target、va_target_pct）；可不填，按“指标名称”对应。",
                            kind="enum", choices=TARGET_CODES, aliases=("代码",), width=28, named_by="indicator_name",
                            essential=False)
    indicator_name: str = column("指标名称", "指标的中文名称（如 规上工业总产值、工业固投增速），没有指标代码时据此对应指标。",
                                 aliases=("指标", "目标任务", "指标项目"), nullable=True, width=28)
    scope: str = column("范围", "全县填县名或留空；分解到乡镇的填乡镇名称。", kind="scope", aliases=("乡镇", "地区"),
                        nullable=True, width=12)
    value: Money = column("年度目标", "全年目标值，单位见“单位”列；万元、亿元按指标目录的单位换算后入库。", kind="number",
                          aliases=("目标值", "全年目标", "年度任务", "全年任务", "任务数"), essential=True)
    unit: str = column("单位", "亿元、万元、%、户、个、亩等。", aliases=("计量单位",), width=8, implied_by="unit")
    q1: Money = column("一季度累计目标", "截至一季度末的累计目标（可不填，不填按序时进度）。", kind="number",
                       aliases=("一季度",), nullable=True)
    q2: Money = column("上半年累计目标", "截至二季度末的累计目标（可不填）。", kind="number",
                       aliases=("二季度", "上半年"), nullable=True)
    q3: Money = column("前三季度累计目标", "截至三季度末的累计目标（可不填）。", kind="number",
                       aliases=("三季度", "前三季度"), nullable=True)
    q4: Money = column("全年累计目标", "截至四季度末的累计目标（可不填，一般等于年度目标）。", kind="number",
                       aliases=("四季度",), nullable=True)

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="targets",
    title="工业倍增计划目标任务",
    model=Targets,
    senders="departments",
    default_sender="工信局",
    frequency="yearly",
    key=("indicator", "scope"),
    grain="one row per target indicator per scope per year",
    instructions="年中调整时重新报送整表。增速类目标单位填“%”，总量类填“亿元”等。",
    title_keywords=("目标任务",),
    # a hand-made table gives names, not codes, and states totals in 万元 or 亿元 as it likes: the figures are
    # stored in the unit the catalogue gives the indicator (beizeng.intake.normalise._to_catalogue_units)
    roles=Roles(),  # one figure per indicator: nothing the report names rows by
    catalogue_unit=CatalogueUnit(code="indicator", unit="unit", values=("value", "q1", "q2", "q3", "q4")),
)
