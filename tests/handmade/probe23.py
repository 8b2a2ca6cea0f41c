"""Hand-made returns of the outside probe p23: clerks' returns aimed at session 19's claims — names said shorter
(红星乡, 经开区, 东城办) as 填报单位 lines and cells write them (with the office after them, a village after them, or
a city district that is no zone), the year's first return held against last year's (projects begun late in 2026
that invest more in two months than in their first weeks), 上年同期 revised by the bureau, targets whose title
names the plan's years, and a 报送平台 township re-sending the file it had first sent.

Same conventions as probe22.py: each maker writes into ``folder`` and returns the path (or the paths, first
first); its docstring says what a person reading the return takes from it.  County: fresh20.write_big_config
(thirty townships) for the names, tests/scenarios_more.write_full_config otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import fresh20 as f20
from tests.scenarios import FAI_HEADERS, TARGET_HEADERS, project
from tests.xlsx import write_return

D = dt.date


def _firm(n: int, town: str) -> tuple[Any, ...]:
    """A firm of the 30-township county: 1-6月 600 × (n+1) 万元 (as fresh20._firm)."""
    return f20._firm(n, f"第{n + 1}探针企业有限公司", town)


def big_ent_short_names_with_office_or_village(folder: Path) -> Path:
    """统计局's June list for the 30-township county (fresh20.BIG_TOWNSHIPS); 所属乡镇 D4 ``红星乡人民政府``, D5
    ``经开区管委会``, D6 ``东城办事处``, D7 ``红星乡红星村``; 1-6月 600 / 1,200 / 1,800 / 2,400.

    Each is one of the session's short names with what clerks always put after it — the office (人民政府, 管委会,
    办事处: read for full names since long) or the village (城关镇东坝村 is read).  A reader puts them on 红星回族乡,
    经济技术开发区, 东城街道, 红星回族乡 without doubt (the county has no other 红星, 开发区 or 东城街道)."""
    towns = ["红星乡人民政府", "经开区管委会", "东城办事处", "红星乡红星村"]
    firms = [_firm(i, t) for i, t in enumerate(towns)]
    return f20._save(f20._ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def big_ent_city_district_and_zone_words(folder: Path) -> Path:
    """The same list with D4 ``城北区`` (the county's config lists the city's district 城北区 among the city's
    counties: a firm registered there — the bureau's list sometimes carries one moved out) and D5 ``城北园区``
    (城北工业园区, the session's own example); 1-6月 600 / 1,200.

    A reader never puts D4 on 城北工业园区 (城北区 is another place of the city); D5 is the park."""
    firms = [_firm(0, "城北区"), _firm(1, "城北园区")]
    return f20._save(f20._ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def fai_begun_late_2026_then_feb27(folder: Path) -> list[Path]:
    """东镇's 1-12月 2026 list: two new projects begun in November and December 2026 (1-12月 300 and 500 万元, all of
    it in their first weeks: 本月 300 / 500), then its 1-2月 2027 list (title 2027年1-2月): 本月 400 / 700, 1-2月
    600 / 1,000 — construction in full swing.

    The carried-on habit would give 1-2月 ≥ last year's 1-12月 + February's 本月 (300 + 400 = 700; 500 + 700 =
    1,200): 600 and 1,000 are below, so the 1-2月 cannot have carried on from December.  A reader takes 1,600 万元
    for 1-2月 2027 (a note is fine; nothing refused)."""
    dec = [project(71, "东镇锂电材料新建项目", "东镇", "新建", False, True, 30000, 2000, True, D(2026, 11, 10), True, 300),
           project(72, "东镇智能装备产业园", "东镇", "新建", False, True, 50000, 3000, True, D(2026, 12, 1), True, 500)]
    dec[0][-2], dec[1][-2] = 300, 500
    first = write_return(folder / "东镇2026年1-12月项目.xlsx", FAI_HEADERS, [[i, *p] for i, p in enumerate(dec, 1)],
                         title="东镇2026年1-12月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    feb = [list(p) for p in dec]
    for p, (month, cum) in zip(feb, [(400, 600), (700, 1000)], strict=True):
        p[-2], p[-1] = month, cum
        p[7] = 20000 if p is feb[0] else 30000  # the year's plan of 2027
    second = write_return(folder.parent / "东镇2027年1-2月项目.xlsx", FAI_HEADERS,
                          [[i, *p] for i, p in enumerate(feb, 1)],
                          title="东镇2027年1-2月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    return [first, second]


FEB26 = [("东川陶瓷有限公司", f20.U[2040], "东镇", "3071", "否", "2017-05", 1400, 1400, 1300, 1450),
         ("东川电子科技有限公司", f20.U[2041], "东镇", "3976", "是", "2022-08", 900, 900, 850, 950),
         ("西川水泥有限公司", f20.U[2042], "西镇", "3011", "否", "2014-03", 2500, 2500, 2400, 2600)]


def ent_feb26_then_feb27_bureau_revised_every_base(folder: Path) -> list[Path]:
    """统计局's 1-2月 2026 list (1,400 / 900 / 2,500 万元), then its 1-2月 2027 list whose 上年同期 are the bureau's
    revised base after the 2026 annual report (年报), every one 2 % up: 1,428 / 918 / 2,550; 1-2月 2027 1,500 /
    1,000 / 2,650.

    A reader takes the 2027 return (5,150 万元; 同比 on the return's own 上年同期 = 5,150 ÷ 4,896 − 1) and, at most,
    says the 上年同期 differ from 2026's stored ones; nothing refused."""
    first = f20._save(f20._ent_book("2026年1-2月规上工业企业生产情况", 2, FEB26), folder / "统计局2026年1-2月规上企业.xlsx")
    feb27 = [(n, u, t, i, s, e, m, m, ly, r) for (n, u, t, i, s, e, _, _, _, _), m, ly, r in zip(
        FEB26, [1500, 1000, 2650], [1428, 918, 2550], [1550, 1050, 2700], strict=True)]
    second = f20._save(f20._ent_book("2027年1-2月规上工业企业生产情况", 2, feb27),
                       folder.parent / "统计局2027年1-2月规上企业.xlsx")
    return [first, second]


def _targets(path: Path, year: Any, title: str) -> Path:
    rows = [[year, "output_target", "规上工业总产值", "测试县", 30, "亿元", 5, 10, 18, 30]]
    return write_return(path, TARGET_HEADERS, rows, title=title, sender_line="填报单位：工信局", unit_line=None)


def targets_title_names_the_plans_years(folder: Path) -> Path:
    """工信局's ``工信局_2026年目标任务.xlsx`` titled ``测试县工业倍增计划（2024—2027年）2026年度目标任务分解表``:
    the doubling plan runs 2024–2027 and this is its 2026 share; 年度 (A4) 2026, 规上工业总产值 30 亿元.

    A reader takes a 2026 target of 30 亿元: the 2024—2027 in brackets is the plan's span, not the return's year."""
    return _targets(folder / "工信局_2026年目标任务.xlsx", 2026, "测试县工业倍增计划（2024—2027年）2026年度目标任务分解表")


def targets_year_column_as_text(folder: Path) -> Path:
    """工信局's 2026 targets whose 年度 cell is typed ``2026年`` (text, as a clerk types a year): title
    ``测试县2026年工业倍增计划目标任务``.

    A reader takes a 2026 target of 30 亿元; nothing about the year is asked."""
    return _targets(folder / "工信局_2026年目标任务.xlsx", "2026年", "测试县2026年工业倍增计划目标任务")


EAST = [project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, D(2026, 3, 1), True, 3000),
        project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", False, True, 1800, 500, True, D(2025, 5, 1), True,
                1200)]


def fai_june_versions(folder: Path) -> list[Path]:
    """东镇's June project list sent on the 报送平台 as three uploads, one after another:
    ``东镇6月项目（最终版）.xlsx`` (1-6月 3,000 + 1,200), then ``东镇6月项目.xlsx`` (a correction: 3,500 + 1,200),
    then ``东镇6月项目（最终版）.xlsx`` again — the very bytes of the first (the clerk, told on the phone that the
    correction was wrong, sends the first file back).

    A reader takes what the township uploaded last: 4,200 万元 after the third upload (4,700 after the second), and
    every page names the files as the township named them."""
    out = []
    for name, first in (("东镇6月项目（最终版）.xlsx", 3000), ("东镇6月项目.xlsx", 3500)):
        rows = [list(p) for p in EAST]
        rows[0][-1] = first
        out.append(write_return(folder / name, FAI_HEADERS, [[i, *p] for i, p in enumerate(rows, 1)],
                                title="东镇2026年1-6月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府"))
    return out


def fai_finished_in_2026_left_out_of_feb27(folder: Path) -> list[Path]:
    """东镇's 1-12月 2026 list of three projects — the third, 东镇小型仓储项目 (计划总投资 400), invested its whole 400
    by June and was finished (1-12月 400 = 计划总投资) — then its 1-2月 2027 list of the two still being built (1-2月
    500 / 100).

    A reader takes 600 万元 for 1-2月 2027: a project finished last year leaves the list at the new year (a note
    naming it is fine, nothing refused)."""
    dec = [project(81, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, D(2026, 3, 1), True, 6000),
           project(82, "东关饲料生产线技改项目", "东镇", "改建和技术改造", True, True, 2000, 800, True, D(2025, 5, 1), True,
                   800),
           project(83, "东镇小型仓储项目", "东镇", "新建", False, False, 400, 400, True, D(2026, 2, 1), True, 400)]
    first = write_return(folder / "东镇2026年1-12月项目.xlsx", FAI_HEADERS, [[i, *p] for i, p in enumerate(dec, 1)],
                         title="东镇2026年1-12月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    feb = [list(p) for p in dec[:2]]
    for p, (month, cum) in zip(feb, [(300, 500), (60, 100)], strict=True):
        p[-2], p[-1] = month, cum
    second = write_return(folder.parent / "东镇2027年1-2月项目.xlsx", FAI_HEADERS,
                          [[i, *p] for i, p in enumerate(feb, 1)],
                          title="东镇2027年1-2月工业固定资产投资项目进展情况表", sender_line="填报单位：东镇人民政府")
    return [first, second]
