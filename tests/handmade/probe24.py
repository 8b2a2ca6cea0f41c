"""Hand-made returns of the outside probe p24: clerks' returns aimed at session 19's newest reading code — a span
of years in a title (periods.strip_spans) beside the return's own period, a 12-month rolling span, titles naming the
plan's years only; the 报送平台's 'version sent back' rule (ingest._sent_back) under a re-submitted upload of two
files; township names said short (names._abridged) where the county has both 红星乡 and 红星回族乡 and a 高新区.

Same conventions as probe22.py / probe23.py: each maker writes into ``folder`` and returns the path (or paths);
its docstring says what a person reading the return takes from it.  County: tests/scenarios_more.write_full_config
(东镇 / 西镇), or fresh20.write_big_config with two townships more for the names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tests.handmade import fresh20 as f20
from tests.handmade.probe23 import EAST
from tests.scenarios import FAI_HEADERS
from tests.xlsx import write_return

D = dt.date

#: Titles clerks write over a June (1-6月) project list, each naming years besides the return's period, and the
#: period a careful reader takes from each (file name 东镇项目进展情况.xlsx: it names no period).
JUNE_TITLES = [
    "东镇工业倍增三年行动（2024—2026年）2026年1-6月项目进展情况表",
    "东镇2024-2026三年行动 2026年6月工业项目进展",
    "东镇2026年1-6月工业项目进展情况（2025年同期对比）",
    "东镇工业项目进展情况 截至2026年6月（2025年12月至2026年6月）",
    "东镇工业倍增（2025—2026年度）2026年1-6月项目进展",
]


def _fai(path: Path, title: str, first: int = 3000) -> Path:
    rows = [list(p) for p in EAST]
    rows[0][-1] = first
    return write_return(path, FAI_HEADERS, [[i, *p] for i, p in enumerate(rows, 1)], title=title,
                        sender_line="填报单位：东镇人民政府")


def fai_june_title(title: str, name: str = "东镇项目进展情况.xlsx") -> Callable[[Path], Path]:
    """东镇's June project list (1-6月 3,000 + 1,200) under ``title``, file name ``name``."""

    def make(folder: Path) -> Path:
        return _fai(folder / name, title)

    return make


def fai_plan_span_title_month_in_file_name(folder: Path) -> Path:
    """东镇's June list titled ``东镇工业倍增计划（2024—2027年）重点项目进展情况表`` — the plan's years only — in a file
    named ``东镇2026年6月项目.xlsx``.

    A reader takes June 2026 from the file name (the title names the plan, not the month): 4,200 万元 for 2026-06."""
    return _fai(folder / "东镇2026年6月项目.xlsx", "东镇工业倍增计划（2024—2027年）重点项目进展情况表")


def fai_rolling_twelve_months(folder: Path) -> Path:
    """东镇's list titled ``东镇2025年7月-2026年6月工业项目投资完成情况`` (the clerk's rolling twelve months, as the
    township's party-committee report wants it), file name ``东镇项目进展情况.xlsx``; 1-N月累计 3,000 + 1,200.

    A reader sees a span ending in June 2026: the return is June 2026's, or asked — never July 2025's (a month a
    year back, the span's first)."""
    return _fai(folder / "东镇项目进展情况.xlsx", "东镇2025年7月-2026年6月工业项目投资完成情况")


def fai_two_versions_in_one_upload(folder: Path) -> list[Path]:
    """东镇 selects two files in one 报送平台 upload: ``东镇6月项目.xlsx`` (1-6月 3,000 + 1,200) and
    ``东镇6月项目（修改）.xlsx`` (the correction: 3,500 + 1,200).  Then the browser re-sends the same form (the page
    refreshed, 重新提交表单; or the clerk, not sure it went, picks the same two files again).

    A reader takes the correction after the first upload (4,700 万元), and after the re-sent one still 4,700: the
    same two files sent again say nothing new."""
    out = []
    for name, first in (("东镇6月项目.xlsx", 3000), ("东镇6月项目（修改）.xlsx", 3500)):
        out.append(_fai(folder / name, "东镇2026年1-6月工业固定资产投资项目进展情况表", first))
    return out


#: The 30-township county plus 红星乡 (a township of its own beside 红星回族乡) and 高新技术产业开发区 (a second zone).
MORE_TOWNSHIPS: list[tuple[str, list[str]]] = [("红星乡", []), ("高新技术产业开发区", [])]


def write_red_star_config(root: Path) -> Path:
    """fresh20.write_big_config with ``MORE_TOWNSHIPS`` added."""
    path = f20.write_big_config(root)
    text = path.read_text(encoding="utf-8")
    at = text.index("[[departments]]")
    more = "".join(f'[[townships]]\nname = "{n}"\n\n' for n, _ in MORE_TOWNSHIPS)
    path.write_text(text[:at] + more + text[at:], encoding="utf-8")
    return path


def big_ent_red_star_both(folder: Path) -> Path:
    """统计局's June list for that county; 所属乡镇 D4 ``红星乡``, D5 ``红星回族乡``, D6 ``红星乡人民政府``, D7
    ``红星乡红星村``, D8 ``红星回族乡政府``; 1-6月 600 / 1,200 / 1,800 / 2,400 / 3,000.

    红星乡 is a configured township of its own: a reader puts D4, D6, D7 on 红星乡 (600 + 1,800 + 2,400 = 4,800) and
    D5, D8 on 红星回族乡 (4,200) — or asks; never puts 红星乡's firms on 红星回族乡."""
    towns = ["红星乡", "红星回族乡", "红星乡人民政府", "红星乡红星村", "红星回族乡政府"]
    firms = [f20._firm(i, f"第{i + 1}红星企业有限公司", t) for i, t in enumerate(towns)]
    return f20._save(f20._ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def big_ent_zone_short_names(folder: Path) -> Path:
    """The same county's June list; D4 ``高新区`` (高新技术产业开发区 as everyone says it), D5 ``经开区`` (经济技术开发区),
    D6 ``高新区管委会``; 1-6月 600 / 1,200 / 1,800.

    A reader puts D4 and D6 on 高新技术产业开发区 and D5 on 经济技术开发区 without doubt (the county has one 高新 and
    one 经济技术开发区)."""
    towns = ["高新区", "经开区", "高新区管委会"]
    firms = [f20._firm(i, f"第{i + 1}园区企业有限公司", t) for i, t in enumerate(towns)]
    return f20._save(f20._ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def ent_rolling_twelve_months(folder: Path) -> Path:
    """统计局's list titled ``2025年7月-2026年6月规上工业企业生产情况`` (a rolling twelve months, as a clerk heads a
    list pulled for the half-year report), file name ``统计局规上企业.xlsx``; headers 本月 | 1-6月累计 | 上年同期.

    A reader takes June 2026 (the span's end, and the 1-6月 headers) or asks — never July 2025."""
    from tests.handmade import fresh15 as f15
    from tests.handmade import fresh17 as f17

    wb, _ = f17._ent(f17._firms(), title="2025年7月-2026年6月规上工业企业生产情况")
    return f15._save(wb, folder / "统计局规上企业.xlsx")
