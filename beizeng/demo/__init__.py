"""A fictional but realistic county (丹河县 of 秦川市) and the returns its senders would send.

The figures are invented, but they hang together the way real ones do, so every indicator of the
half-year report gets a plausible value and every cross-check has something to check:

- the statistics bureau's enterprise return sums to 丹河县's row of the city comparison, and an
  enterprise's 上年同期 is what it reported in the same month a year earlier;
- 丹河县's investment figures in the city comparison are the in-stats projects (total ≥ the
  configured minimum) of the townships' returns, so the county's 同比 can be recomputed;
- the last year tells the report's story: output up ~8 %, value added above its target and the
  city average, industrial investment down ~8 %, technical-renovation investment up while the
  city's falls, two counties tied in output growth, new above-scale enterprises during the year;
- the ledgers agree with the returns: the 工信局's cultivation ledger lists this year's newcomers
  (丹富仕饲料, 盛步光伏) as 拟入规 candidates 已入库 in the month the statistics return starts to
  carry them; the 招商局's attraction ledger has the report's projects (金隅新型材料, 秦河新材,
  联星实业 …); land parcels (two of them on one day) and fund movements are dated events of the
  自然资源局's and 财政局's year-to-date ledgers; the 工信局's progress notes carry the prose of
  sections 6, 二 and 三 with the standard-factory progress rising month by month.

Everything is drawn from ``random.Random(SEED)`` streams in a fixed order and every file carries fixed
timestamps, so the same arguments give byte-identical files on every machine (re-running the demo
only produces duplicates, which the ingest recognises by hash).

One module per form (``enterprise_output``, ``fai_projects``, ``city_comparison``, ``cultivation``,
``attraction``, ``factors``, ``progress_notes``, ``targets``), the county's configuration in ``county``
and what they share in ``common``; this module builds the world from them and writes the inbox.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from beizeng.base.config import Config, Sender
from beizeng.base.forms import get_form
from beizeng.base.periods import period_of
from beizeng.demo.attraction import (
    CHAIN_PRODUCTS,
    STAGE_ORDER,
    Lead,
    _make_leads,
    attraction_funds,
    attraction_rows,
)
from beizeng.demo.city_comparison import County, _make_counties, city_rows
from beizeng.demo.common import BUILD_SEASON, CENT, SEASON, SEED, _following_month, money, month_range, pct1
from beizeng.demo.county import (
    CITY,
    CITY_COUNTIES,
    COUNTY,
    COUNTY_CODE,
    DEPARTMENTS,
    GIVEN,
    RULE_NOTES,
    SURNAMES,
    TOWNSHIPS,
    demo_config_text,
    write_demo_config,
)
from beizeng.demo.cultivation import OFFICIALS, Cultivated, _make_cultivation, cultivation_rows
from beizeng.demo.enterprise_output import (
    ABOVE_SCALE_FLOOR,
    ANCHORS,
    BRANDS,
    COMPANY_SUFFIXES,
    INDUSTRIES,
    N_ENTERPRISES,
    NAME_PREFIXES,
    NEWCOMERS,
    OUTPUT_GROWTH,
    OUTPUT_LEVEL,
    Draft,
    Enterprise,
    Industry,
    _make_enterprises,
    enterprise_rows,
)
from beizeng.demo.factors import LAND_DAYS, FactorEvent, _make_factors, factor_rows
from beizeng.demo.fai_projects import (
    BULK,
    DELAYED_PER_YEAR,
    INVEST_GROWTH,
    NAME_PATTERNS,
    NATURE_WEIGHTS,
    PRODUCTS,
    SMALL_PER_YEAR,
    STARTS_PER_YEAR,
    WARM_UP_YEARS,
    Project,
    _make_projects,
    counted_investment,
    project_rows,
)
from beizeng.demo.progress_notes import progress_rows
from beizeng.demo.targets import TARGETS, target_rows
from beizeng.publish.templates import write_return

__all__ = ["ABOVE_SCALE_FLOOR", "ANCHORS", "BRANDS", "BUILD_SEASON", "BULK", "CENT", "CHAIN_PRODUCTS", "CITY", "CITY_COUNTIES", "COMPANY_SUFFIXES", "COUNTY", "COUNTY_CODE", "County", "Cultivated", "DELAYED_PER_YEAR", "DEPARTMENTS", "Draft", "Enterprise", "FactorEvent", "GIVEN", "INDUSTRIES", "INVEST_GROWTH", "Industry", "LAND_DAYS", "Lead", "NAME_PATTERNS", "NAME_PREFIXES", "NATURE_WEIGHTS", "NEWCOMERS", "N_ENTERPRISES", "OFFICIALS", "OUTPUT_GROWTH", "OUTPUT_LEVEL", "PRODUCTS", "Project", "RULE_NOTES", "SEASON", "SEED", "SMALL_PER_YEAR", "STAGE_ORDER", "STARTS_PER_YEAR", "SURNAMES", "TARGETS", "TOWNSHIPS", "WARM_UP_YEARS", "World", "attraction_funds", "attraction_rows", "build_world", "city_rows", "counted_investment", "cultivation_rows", "demo_config_text", "enterprise_rows", "factor_rows", "generate_demo", "money", "month_range", "pct1", "progress_rows", "project_rows", "received_at", "target_rows", "write_demo_config"]


@dataclass
class World:
    enterprises: list[Enterprise]
    projects: list[Project]
    counties: dict[str, County]
    story: int
    cultivation: list[Cultivated] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    factors: list[FactorEvent] = field(default_factory=list)


def build_world(cfg: Config, years: list[int]) -> World:
    """The simulated county over ``years`` plus the year before them (for every 上年同期)."""
    rng = random.Random(SEED)
    story = years[-1]
    simulated = [years[0] - 1, *years]
    ents = _make_enterprises(rng, cfg, simulated, story)
    projects = _make_projects(rng, cfg, simulated, story)
    counties = _make_counties(rng, cfg, simulated, story)
    # the ledgers draw from their own streams, so adding them left every figure above as it was
    leads = _make_leads(cfg, years, story)
    return World(ents, projects, counties, story, _make_cultivation(cfg, ents, years, story), leads,
                 _make_factors(cfg, leads, years, story))




def received_at(rng: random.Random, year: int, month: int, late: bool) -> dt.datetime:
    """When the return of a month reaches the shared folder: 5th–8th of the next month, late ones the 10th."""
    y, m = _following_month(year, month)
    return dt.datetime(y, m, 10 if late else rng.randint(5, 8), 10, rng.randint(0, 59))


def _stamp(path: Path, when: dt.datetime) -> None:
    """The receiving time as the file's mtime, unless it lies in the future (then the real time stays)."""
    ts = when.timestamp()
    if ts <= dt.datetime.now().timestamp():
        os.utime(path, (ts, ts))


def _sender(cfg: Config, name: str) -> Sender:
    sender = cfg.sender(name)
    if sender is None:
        raise ValueError(f"演示数据需要配置中有“{name}”（请用 write_demo_config 生成的配置）")
    return sender


def generate_demo(cfg: Config, first: str = "2025-01", last: str = "2026-10") -> list[Path]:
    """Write into ``cfg.inbox`` every return the county's senders would send for the months [first, last].

    Monthly returns are written for months 02..12 (January is merged into 1-2月); the targets once
    per year.  Files are named '<sender>_<period>_<form title>.xlsx' and stamped with a plausible
    receiving time.  Returns the paths in the order written.
    """
    months = [(y, m) for y, m in month_range(first, last) if m >= 2]
    years = sorted({y for y, _ in month_range(first, last)})
    if not years:
        return []
    world = build_world(cfg, years)
    timing = random.Random(SEED + 1)  # separate stream: timestamps never change the figures
    ledgers = random.Random(SEED + 6)  # and one for the later returns, so the first ones keep their stamps
    townships = [t.name for t in cfg.townships]
    slow = set(townships[-3:-1])  # two townships that often send late
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, dt.datetime]] = []

    def put(code: str, sender: Sender, period: str, rows: list[dict[str, Any]], when: dt.datetime) -> None:
        form = get_form(code)
        path = cfg.inbox / f"{sender.name}_{period}_{form.title}.xlsx"
        generated = when - dt.timedelta(days=when.day + 2)  # the template went out around month end
        write_return(form, cfg, sender, period, path, rows, reporter=sender.contact, phone=sender.phone,
                     generated=min(generated, dt.datetime.now().replace(microsecond=0)))
        written.append((path, when))

    for year in years:
        when = dt.datetime(year, 2, 20, 10, timing.randint(0, 59))
        put("targets", _sender(cfg, "工信局"), str(year),
            target_rows(world.enterprises, cfg, year, world.story, world.leads), when)
    for year, month in months:
        period = period_of(year, month)
        stats = _sender(cfg, "统计局")
        ent_rows = enterprise_rows(world.enterprises, year, month, townships)
        put("enterprise_output", stats, period, ent_rows, received_at(timing, year, month, False))
        own_output = (sum((r["output_cum"] for r in ent_rows), Decimal(0)),
                      sum((r["output_cum_last_year"] for r in ent_rows), Decimal(0)))
        fai, tech = counted_investment(world.projects, cfg, year, month)
        fai_ly, tech_ly = counted_investment(world.projects, cfg, year - 1, month)
        put("city_comparison", stats, period,
            city_rows(world.counties, cfg, year, month, own_output, (fai, fai_ly), (tech, tech_ly)),
            received_at(timing, year, month, False))
        for township in cfg.townships:
            late = township.name in slow and timing.random() < 0.5
            put("fai_projects", township, period, project_rows(world.projects, township.name, year, month),
                received_at(timing, year, month, late))
        industry, attract = _sender(cfg, "工信局"), _sender(cfg, "招商局")
        put("cultivation", industry, period, cultivation_rows(world.cultivation, year, month),
            received_at(ledgers, year, month, False))
        put("attraction", attract, period, attraction_rows(world.leads, year, month),
            received_at(ledgers, year, month, False))
        for name in ("自然资源局", "财政局"):  # a ledger still empty (nothing supplied or paid yet) is not sent
            sender = _sender(cfg, name)
            events = factor_rows(world.factors, sender.name, year, month)
            if events:
                put("factors", sender, period, events, received_at(ledgers, year, month, False))
        put("progress_notes", industry, period, progress_rows(cfg, year, month), received_at(ledgers, year, month, False))
    for path, when in written:
        _stamp(path, when)
    return [p for p, _ in written]
