"""The 工信局's enterprise cultivation ledger (企业培育): candidates to enter the statistics,
high-tech applicants and the rest, agreeing with the enterprise return.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from beizeng.base.config import Config
from beizeng.base.periods import month_of, year_of
from beizeng.demo.common import SEED
from beizeng.demo.county import COUNTY_CODE, SURNAMES
from beizeng.demo.enterprise_output import BRANDS, INDUSTRIES, Enterprise, _company_name, _uscc

#: The county leaders and cadres who take an enterprise under their wing (包联).
OFFICIALS = ("县委副书记", "常务副县长", "副县长", "县工信局局长", "县发改局局长", "县科技局局长", "经开区管委会主任")


@dataclass
class Cultivated:
    """One row of the 工信局's ledger over time: an enterprise, a cultivation type and its statuses."""

    uscc: str
    name: str
    township: str
    ctype: str
    events: list[tuple[dt.date, str]]  # (day reached, status), in order; the first puts it on the ledger
    official: str
    grant: Decimal | None = None
    until: int = 9999  # the last year the row is carried in the ledger

    def on(self, day: dt.date) -> tuple[str, dt.date] | None:
        """(status, day reached) on a day, or None while the row is not on the ledger yet (or any more)."""
        if day.year > self.until:
            return None
        now = None
        for when, status in self.events:
            if when <= day:
                now = (status, when)
        return now


def _candidate_firm(rng: random.Random, cfg: Config, core: str, usccs: set[str], names: set[str],
                    township: str | None = None, name: str | None = None) -> tuple[str, str, str]:
    """(uscc, name, township) of a small firm that is not (yet) above scale."""
    division = cfg.county_code if len(cfg.county_code) == 6 and cfg.county_code.isdigit() else COUNTY_CODE
    townships = [t.name for t in cfg.townships]
    return (_uscc(rng, division, True, usccs), name or _company_name(rng, core, names),
            township or rng.choice(townships))


def _make_cultivation(cfg: Config, ents: list[Enterprise], years: list[int], story: int) -> list[Cultivated]:
    """The ledger's rows: this year's and last year's 拟入规 candidates (the newcomers among them), the
    小巨人, 省级专精特新, 高新技术企业 and 科技型中小企业 of the county, technical-renovation reward
    applications and the green-factory candidates, with the day each reached its status."""
    rng = random.Random(SEED + 3)
    usccs = {e.uscc for e in ents}
    names = {e.name for e in ents}
    townships = [t.name for t in cfg.townships]
    zone = townships[-1]
    rows: list[Cultivated] = []

    def official() -> str:
        return rng.choice(SURNAMES[:12]) + rng.choice(OFFICIALS)

    # 拟入规: every newcomer was a candidate from January of the year before it entered
    for e in ents:
        month = month_of(e.entered)
        if month is not None and year_of(e.entered) >= years[0]:
            y, m = year_of(e.entered), month
            filed = dt.date(y, m, 1) - dt.timedelta(days=rng.randint(20, 45))
            rows.append(Cultivated(e.uscc, e.name, e.township, "拟入规",
                                   [(dt.date(y, 1, rng.randint(6, 20)), "培育中"), (filed, "申报中"),
                                    (dt.date(y, m, rng.randint(8, 15)), "已入库")], official(), until=y + 1))
    # other candidates, screened at the start of each year; a few apply, one is turned down
    for year in years:
        for n in range(7):
            ind = rng.choice([i for i in INDUSTRIES if i.code[:2] not in ("06", "44", "45", "46")])
            uscc, name, township = _candidate_firm(rng, cfg, rng.choice(BRANDS) + rng.choice(ind.words), usccs, names)
            events = [(dt.date(year, 1, rng.randint(6, 20)), "培育中")]
            if n == 0:
                events += [(dt.date(year, 5, 12), "申报中"), (dt.date(year, 7, 20), "未通过")]
            rows.append(Cultivated(uscc, name, township, "拟入规", events, official(), until=year))
    # 丹峰风电: the report's wind farm that meets the conditions and is gathering its papers
    uscc, name, _ = _candidate_firm(rng, cfg, "", usccs, names, zone, f"{cfg.county}丹峰风电有限公司")
    rows.append(Cultivated(uscc, name, zone, "拟入规", [(dt.date(story, 1, 12), "培育中"),
                                                      (dt.date(story, 6, 20), "申报中")], official()))

    listed = [e for e in ents if e.reports(story, 1)]
    sei = [e for e in listed if e.sei]
    # 专精特新“小巨人”: one recognised years ago, one last year, one this year (in May)
    giants = rng.sample(sei, 3)
    for e, day in zip(giants, (dt.date(story - 3, 8, 16), dt.date(story - 1, 8, 22), dt.date(story, 5, 19)),
                      strict=True):
        rows.append(Cultivated(e.uscc, e.name, e.township, "专精特新小巨人",
                               [(day - dt.timedelta(days=150), "申报中"), (day, "已认定")], official(),
                               grant=Decimal(100)))
    # 省级专精特新, recognised in earlier years and this one
    for e, year in zip(rng.sample(listed, 4), (story - 2, story - 1, story - 1, story), strict=True):
        rows.append(Cultivated(e.uscc, e.name, e.township, "省级专精特新", [(dt.date(year, 6, 28), "已认定")], official(),
                               grant=Decimal(30)))
    # 高新技术企业: four recognised before, one last year; this year 新沃盈 and one listed enterprise apply
    # (results in December)
    hightech = rng.sample(listed, 5)
    for e in hightech[:4]:
        rows.append(Cultivated(e.uscc, e.name, e.township, "高新技术企业",
                               [(dt.date(rng.choice((story - 3, story - 2)), 12, 10), "已认定")], official()))
    uscc, name, _ = _candidate_firm(rng, cfg, "", usccs, names, zone, "陕西新沃盈新材料科技有限公司")
    rows.append(Cultivated(uscc, name, zone, "高新技术企业", [(dt.date(story, 1, 15), "培育中"),
                                                            (dt.date(story, 4, 16), "申报中")], official()))
    applicant = rng.choice([e for e in sei if e not in giants and e not in hightech])
    rows.append(Cultivated(applicant.uscc, applicant.name, applicant.township, "高新技术企业",
                           [(dt.date(story, 2, 10), "培育中"), (dt.date(story, 6, 8), "申报中")], official()))
    last_year_applicant = hightech[4]
    rows.append(Cultivated(last_year_applicant.uscc, last_year_applicant.name, last_year_applicant.township,
                           "高新技术企业", [(dt.date(story - 1, 6, 2), "申报中"), (dt.date(story - 1, 12, 5), "已认定")],
                           official()))
    # 科技型中小企业: 君和聚源 and others enter the national database during the year
    firms = [_candidate_firm(rng, cfg, "", usccs, names, townships[0], f"{cfg.county}君和聚源生物科技有限公司")]
    firms += [_candidate_firm(rng, cfg, rng.choice(BRANDS) + rng.choice(("生物科技", "机械科技", "新材料科技")),
                              usccs, names) for _ in range(4)]
    for (uscc, name, township), day in zip(firms, (dt.date(story, 4, 22), dt.date(story, 3, 30), dt.date(story, 5, 26),
                                                   dt.date(story, 8, 18), dt.date(story - 1, 5, 8)), strict=True):
        rows.append(Cultivated(uscc, name, township, "科技型中小企业",
                               [(dt.date(day.year, 1, 20), "培育中"), (day, "已入库")], official()))
    # 省级中小企业技术改造奖励资金: applications in spring, decided in September
    for e, amount, year in zip(rng.sample(listed, 5), (80, 50, 30, 60, 40), (story, story, story, story - 1, story - 1),
                               strict=True):
        events = [(dt.date(year, 4, rng.randint(10, 28)), "申报中")]
        events.append((dt.date(year, 9, 15), "已认定" if amount != 30 else "未通过"))
        rows.append(Cultivated(e.uscc, e.name, e.township, "技改奖励资金", events, official(), grant=Decimal(amount)))
    # 绿色工厂: a new-energy enterprise and a building-materials branch are this year's candidates
    energy = [e for e in listed if e.industry_code.startswith(("4416", "4415", "3825"))] or listed
    cement = [e for e in listed if e.industry_code.startswith(("301", "302", "303"))] or listed
    candidates = [rng.choice(energy)]
    candidates += [e for e in (rng.choice(cement),) if e.uscc != candidates[0].uscc]
    for e in candidates:
        rows.append(Cultivated(e.uscc, e.name, e.township, "绿色工厂",
                               [(dt.date(story, 1, 18), "培育中"), (dt.date(story, 9, 20), "申报中")], official()))
    recognised = rng.choice([e for e in listed if e not in candidates])
    rows.append(Cultivated(recognised.uscc, recognised.name, recognised.township, "绿色工厂",
                           [(dt.date(story - 1, 3, 1), "申报中"), (dt.date(story - 1, 11, 28), "已认定")], official()))
    return rows


def cultivation_rows(ledger: list[Cultivated], year: int, month: int) -> list[dict[str, Any]]:
    """The 工信局's ledger as at the end of a month: every row already on it, with its status then."""
    end = dt.date(year, month, 1) + dt.timedelta(days=32)
    end = end.replace(day=1) - dt.timedelta(days=1)
    rows = []
    for c in ledger:
        state = c.on(end)
        if state is None:
            continue
        status, day = state
        rows.append({"uscc": c.uscc, "name": c.name, "township": c.township, "ctype": c.ctype, "status": status,
                     "status_date": day, "official": c.official,
                     "grant_amount": c.grant if c.grant is not None and c.ctype in ("技改奖励资金", "专精特新小巨人",
                                                                                    "省级专精特新") else None,
                     "note": None})
    order = {t: i for i, t in enumerate(("拟入规", "专精特新小巨人", "省级专精特新", "高新技术企业", "科技型中小企业",
                                          "技改奖励资金", "绿色工厂"))}
    return sorted(rows, key=lambda r: (order[r["ctype"]], r["township"], r["uscc"]))
