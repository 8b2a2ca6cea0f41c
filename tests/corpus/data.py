"""The figures behind the corpus, and a builder laying them out the way a clerk's sheet does.

Four data sets, each with a clean beizeng template of the same data: 东镇's investment projects
(fai_east, with May as the previous month), the statistics bureau's enterprises (ent, with May),
the city comparison (city) and the targets (targets).  A messy return is one of these laid out by
``Layout`` (title, 填报单位, unit line, two-row header, 合计, footer …) with values rendered by
``render`` functions (text numbers, full-width digits, √/×, 2026.3.1 …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from beizeng.base.config import Config
from beizeng.base.forms import get_form
from beizeng.publish.templates import write_return
from tests.corpus.grid import Formula, Grid
from tests.scenarios import E1, E2, E3

D = Decimal
Record = dict[str, Any]


def fai_record(code: str, name: str, nature: str, tech: bool, key: bool, total: str, plan: str | None, started: bool,
               start: dt.date | None, in_stats: bool, month: str | None, cum: str) -> Record:
    return {"project_code": code, "name": name, "township": "东镇", "nature": nature, "is_tech": tech, "is_key": key,
            "total_investment": D(total), "annual_plan": D(plan) if plan else None, "started": started,
            "start_date": start, "in_stats": in_stats, "invest_month": D(month) if month else None, "invest_cum": D(cum)}


P1, P2, P3, P4 = (f"{y}01-610599-04-01-00000{n}" for y, n in (("26", 1), ("25", 2), ("26", 3), ("26", 4)))

FAI_EAST_MAY = [
    fai_record(P1, "东镇光伏组件扩能项目", "新建", False, True, "10000", "6000", True, dt.date(2026, 3, 1), True, "500", "2500.25"),
    fai_record(P2, "东关饲料生产线技改项目", "改建和技术改造", True, True, "1800", "500", True, dt.date(2025, 5, 1), True,
               "200", "1000.25"),
    fai_record(P3, "东镇小型仓储项目", "新建", False, False, "400", "400", True, dt.date(2026, 2, 1), True, "50", "250"),
    fai_record(P4, "东镇农机具加工项目", "扩建", False, True, "3000", None, False, None, False, None, "0"),
]
#: June = May + this month, to the cent: no cross-period warning for the clean data.
FAI_EAST = [
    fai_record(P1, "东镇光伏组件扩能项目", "新建", False, True, "10000", "6000", True, dt.date(2026, 3, 1), True, "500.25",
               "3000.5"),
    fai_record(P2, "东关饲料生产线技改项目", "改建和技术改造", True, True, "1800", "500", True, dt.date(2025, 5, 1), True,
               "200.5", "1200.75"),
    fai_record(P3, "东镇小型仓储项目", "新建", False, False, "400", "400", True, dt.date(2026, 2, 1), True, "50", "300"),
    fai_record(P4, "东镇农机具加工项目", "扩建", False, True, "3000", None, False, None, False, None, "0"),
]


def ent_record(uscc: str, name: str, township: str, industry: str, sei: bool, entered: str, month: str, cum: str,
               last: str, revenue: str) -> Record:
    return {"uscc": uscc, "name": name, "township": township, "industry_code": industry, "sei": sei,
            "entered_month": entered, "output_month": D(month), "output_cum": D(cum), "output_cum_last_year": D(last),
            "revenue_cum": D(revenue)}


ENT_MAY = [
    ent_record(E1, "东方光伏科技有限公司", "东镇", "3825", True, "2019", "5000", "25000", "21000", "27000"),
    ent_record(E2, "东关饲料有限公司", "东镇", "1320", False, "2018-06", "3000", "16500", "18000", "17000"),
    ent_record(E3, "西岭建材有限公司", "西镇", "3021", False, "2020", "8000", "42000", "38000", "43000"),
]
ENT = [
    ent_record(E1, "东方光伏科技有限公司", "东镇", "3825", True, "2019", "5000", "30000", "25000", "33000"),
    ent_record(E2, "东关饲料有限公司", "东镇", "1320", False, "2018-06", "3500.5", "20000.5", "22000", "21000"),
    ent_record(E3, "西岭建材有限公司", "西镇", "3021", False, "2020", "8000", "50000", "45000", "52000.25"),
]


def city_record(county: str, *values: float) -> Record:
    names = ["output_cum", "output_cum_last_year", "output_yoy_pct", "va_yoy_pct", "fai_cum", "fai_cum_last_year",
             "fai_yoy_pct", "tech_cum", "tech_cum_last_year", "tech_yoy_pct"]
    return {"county": county, **{n: D(str(v)) for n, v in zip(names, values, strict=True)}}


CITY = [
    city_record("测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0),
    city_record("甲县", 300000, 275000, 9.1, 7.0, 20000, 19000, 5.3, 3000, 2500, 20.0),
    city_record("乙县", 150000, 140000, 7.1, 6.5, 9000, 8000, 12.5, 800, 1000, -20.0),
    city_record("丙县", 80000, 76000, 5.3, 5.0, 4000, 5000, -20.0, 1000, 1250, -20.0),
    city_record("全市", 630000, 583000, 8.1, 6.2, 39700, 40000, -0.8, 6000, 5750, 4.3),
]


def target_record(indicator: str, name: str, scope: str, value: str, unit: str, *quarters: str | None) -> Record:
    q = [D(x) if x else None for x in (quarters or (None, None, None, None))]
    return {"year": 2026, "indicator": indicator, "indicator_name": name, "scope": scope, "value": D(value),
            "unit": unit, "q1": q[0], "q2": q[1], "q3": q[2], "q4": q[3]}


TARGETS = [
    target_record("output_target", "规上工业总产值", "测试县", "24", "亿元", "5", "10", "18", "24"),
    target_record("va_target_pct", "规上工业增加值增速", "测试县", "7", "%"),
    target_record("fai_target_pct", "工业固定资产投资增速", "测试县", "10", "%"),
    target_record("output_target", "规上工业总产值", "东镇", "11", "亿元"),
]

#: data set → (form, sender, period, records)
DATASETS: dict[str, tuple[str, str, str, list[Record]]] = {
    "fai_east": ("fai_projects", "东镇", "2026-06", FAI_EAST),
    "ent": ("enterprise_output", "统计局", "2026-06", ENT),
    "city": ("city_comparison", "统计局", "2026-06", CITY),
    "targets": ("targets", "工信局", "2026", TARGETS),
}
BASELINE: dict[str, tuple[str, str, str, list[Record]]] = {
    "fai_east_may": ("fai_projects", "东镇", "2026-05", FAI_EAST_MAY),
    "ent_may": ("enterprise_output", "统计局", "2026-05", ENT_MAY),
}


def clean_template(cfg: Config, dataset: str, folder: Path, table: dict[str, tuple[str, str, str, list[Record]]]
                   | None = None) -> Path:
    """The data set filled into beizeng's own template: what a disciplined sender would send."""
    form_code, sender, period, records = (table or DATASETS)[dataset]
    form = get_form(form_code)
    who = cfg.sender(sender)
    assert who is not None
    return write_return(form, cfg, who, period, folder / f"{dataset}_模板.xlsx", records, "张三", "0913-1234567",
                        generated=dt.datetime(2026, 7, 3, 9, 0))


# ---------------------------------------------------------------------------------------------
# Laying a data set out by hand
# ---------------------------------------------------------------------------------------------

Render = Callable[[Any, int], Any]
SEQ = "#序号"


def default_render(kind: str, factor: Decimal) -> Render:
    def render(value: Any, _: int) -> Any:
        if value is None or isinstance(value, Formula | float) or isinstance(value, str) and kind not in ("text", "code"):
            return value  # a raw cell a case puts in on purpose ("两千", "2026.13.1", a formula)
        if kind == "money":
            return float(value / factor)
        if kind in ("number", "pct"):
            return float(value)
        if kind == "flag":
            return "是" if value else "否"
        return value

    return render


@dataclass
class Layout:
    """How a clerk laid the sheet out; every field has the plain default a template would have."""

    columns: list[str] | None = None  # form column names (and SEQ or "+额外列") in sheet order
    headers: dict[str, str] = field(default_factory=dict)  # header text per column, default the form's
    groups: list[tuple[str, list[str]]] = field(default_factory=list)  # two-row header groups
    sub: dict[str, str] = field(default_factory=dict)  # lower-row text of a grouped column
    title: str | None = None
    lines: list[str] = field(default_factory=list)  # 填报单位, 单位 … between the title and the header
    total: str | None = None  # "top" | "bottom" | None
    total_label: str = "合计"
    total_values: dict[str, Any] = field(default_factory=dict)
    footer: list[str] = field(default_factory=lambda: ["填报人：张三    联系电话：0913-1234567    审核人：李四"])
    start: tuple[int, int] = (1, 1)
    blank_after: tuple[int, ...] = ()
    render: dict[str, Render] = field(default_factory=dict)
    factor: Decimal = D(1)  # the unit line's unit in 万元 (元 = 0.0001, 亿元 = 10000)
    extra_values: dict[str, list[Any]] = field(default_factory=dict)  # values of "+额外列" columns
    rows_before_data: list[list[Any]] = field(default_factory=list)  # e.g. a 栏次 row
    sections: dict[int, str] = field(default_factory=dict)  # a heading row ("一、续建项目") before record n
    repeat_header_before: int | None = None  # the header printed again before record n (page break)
    rows_after_data: list[list[Any]] = field(default_factory=list)  # e.g. a 其中 row
    merge_down: tuple[str, ...] = ()  # columns whose equal values are one merged cell down the rows
    sheet: str = "Sheet1"


def build(form_code: str, records: list[Record], layout: Layout) -> Grid:
    form = get_form(form_code)
    columns = layout.columns or [SEQ, *(c.name for c in form.columns)]
    kinds = {c.name: c.kind for c in form.columns}
    g = Grid(layout.sheet)
    r0, c0 = layout.start
    r = r0
    width = len(columns)

    def line(text: str, merge: bool = True) -> None:
        nonlocal r
        g.put(r, c0, text)
        if merge:
            g.merges.append((r, c0, r, c0 + width - 1))
        r += 1

    if layout.title:
        line(layout.title)
    for text in layout.lines:
        line(text, merge=False)
    grouped = {name: label for label, names in layout.groups for name in names}

    def header(name: str) -> str:
        if name == SEQ:
            return "序号"
        if name.startswith("+"):
            return name[1:]
        return layout.headers.get(name, form.column(name).header)

    if layout.groups:
        for i, name in enumerate(columns):
            c = c0 + i
            if name in grouped:
                g.put(r + 1, c, layout.sub.get(name, header(name)))
            else:
                g.put(r, c, header(name))
                g.merges.append((r, c, r + 1, c))
        for label, names in layout.groups:
            first = c0 + columns.index(names[0])
            last = c0 + columns.index(names[-1])
            g.put(r, first, label)
            if last > first:
                g.merges.append((r, first, r, last))
        r += 2
    else:
        for i, name in enumerate(columns):
            g.put(r, c0 + i, header(name))
        r += 1
    for extra in layout.rows_before_data:
        for i, v in enumerate(extra):
            if v is not None:
                g.put(r, c0 + i, v)
        r += 1

    def total_row() -> None:
        nonlocal r
        for i, name in enumerate(columns):
            if name in layout.total_values:
                g.put(r, c0 + i, layout.total_values[name])
            elif kinds.get(name) == "money":
                values = [rec[name] for rec in records if isinstance(rec.get(name), Decimal)]
                g.put(r, c0 + i, float(sum(values, D(0)) / layout.factor))
        label_col = 0 if columns[0] in (SEQ,) or columns[0].startswith("+") else 1
        g.put(r, c0 + label_col, layout.total_label)
        r += 1

    if layout.total == "top":
        total_row()
    first_data = r
    for n, rec in enumerate(records):
        if n in layout.sections:
            g.put(r, c0 + (1 if columns[0] == SEQ else 0), layout.sections[n])
            r += 1
        if layout.repeat_header_before == n:
            for i, name in enumerate(columns):
                g.put(r, c0 + i, header(name))
            r += 1
        for i, name in enumerate(columns):
            if name in layout.merge_down and n > 0:
                continue
            if name == SEQ:
                value: Any = n + 1
            elif name.startswith("+"):
                value = layout.extra_values.get(name, [None] * len(records))[n]
            else:
                render = layout.render.get(name) or default_render(kinds[name], layout.factor)
                value = render(rec.get(name), n)
            if value is not None:
                g.put(r, c0 + i, value)
        r += 1
        if n in layout.blank_after:
            r += 1
    for name in layout.merge_down:
        c = c0 + columns.index(name)
        g.merges.append((first_data, c, r - 1, c))
    for extra in layout.rows_after_data:
        for i, v in enumerate(extra):
            if v is not None:
                g.put(r, c0 + i, v)
        r += 1
    if layout.total == "bottom":
        total_row()
    if layout.footer:
        r += 1
        for text in layout.footer:
            line(text, merge=False)
    return g


def fai_title(period_words: str = "2026年1-6月", who: str = "东镇") -> str:
    return f"{who}{period_words}工业固定资产投资项目进展情况表"
