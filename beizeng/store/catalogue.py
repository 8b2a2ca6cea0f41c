"""The indicator catalogue (sql/catalogue.toml): names, units and formulas in words, kept in one file."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb

#: The project's sql/ folder (ddl, models, views, catalogue): defined here only; warehouse and the CLI import it.
SQL_DIR = Path(__file__).resolve().parent.parent.parent / "sql"

CATALOGUE = SQL_DIR / "catalogue.toml"
UNIT_ZH = {"pp": "个百分点", "rank": "名"}


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    section: str
    formula: str
    sources: tuple[str, ...]
    #: What clerks write for it in a hand-made table (a target's 指标名称): matched by ``match_target``.
    synonyms: tuple[str, ...] = ()
    #: The ind_* view (sql/models/) that computes it: declared, so `explain` names the model that does,
    #: never one that merely mentions the code (a test checks every declaration against the warehouse).
    model: str = ""
    #: Which rows of the source return(s) the figure counts, as a SQL condition on the form's columns
    #: (``item = '上划市工业倍增发展基金'``): `explain` lists those rows only; empty = every row of the scope.
    source_rows: str = ""
    #: Which period's rows the figure counts: "" the period's own, "last_year" the same month a year
    #: earlier (the 上年同期 bases): `explain` lists those rows, never this year's beside last year's value.
    source_period: str = ""
    #: A target's least plausible figure in its unit (规上工业总产值年度目标 0.1 亿元, a township's too): a smaller one
    #: was typed in a unit 10,000 times too small (28 under 单位 万元 for 28 亿元) and is asked, never stored.
    least: float | None = None
    #: False for a figure that looks ahead to the year's end (a projection): in December the year is done, the
    #: SQL gives it no value, and it is no line of the overview and no "empty" indicator then.
    year_end: bool = True
    #: A 百分点 gap that is one rate minus another, both printed beside it (增加值增速 − 目标增速): the workbook and
    #: the draft show it as the difference of the two rates as shown (``beizeng.publish.overview.as_shown``).
    difference: tuple[str, ...] = ()
    #: A growth rate (增速目标, %), not a share: bounded as every stated growth is (``units.GROWTH_LEAST`` …).
    growth: bool = False

    def applies_in(self, period: str) -> bool:
        """Whether the figure has a place in ``period``: all do but a projection (``year_end`` false) in December or
        a yearly period, when the year is done — the one rule of the 指标总览 and the empty-indicator warning."""
        from beizeng.base.periods import month_of

        return self.year_end or month_of(period) not in (None, 12)

    @property
    def is_target(self) -> bool:
        """A row of the 目标任务 form (output_target, va_target_pct …), not a figure computed from one
        (invest_time_share_pct, invest_target_annual): the one rule for the form's choices and for the
        missing-target check of sql/models/910_missing_inputs.sql."""
        return (self.code.endswith(("_target", "_target_pct")) and self.sources == ("targets",)
                and not self.code.startswith("output_time"))

    @property
    def unit_zh(self) -> str:
        return UNIT_ZH.get(self.unit, self.unit)


@cache
def catalogue() -> dict[str, Indicator]:
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {
        code: Indicator(code, d["name"], d["unit"], d["section"], d["formula"], tuple(d.get("sources", ())),
                        tuple(d.get("synonyms", ())), d.get("model", ""), d.get("source_rows", ""),
                        d.get("source_period", ""), d.get("least"), d.get("year_end", True),
                        tuple(d.get("difference", ())), d.get("growth", False))
        for code, d in data.items()
    }


def sync_catalogue(con: duckdb.DuckDBPyConnection) -> None:
    """The catalogue as a warehouse table, so analysts and the SQL see the same names and units."""
    con.execute(
        "create or replace table indicator_catalogue (code varchar primary key, name varchar, unit varchar, "
        "section varchar, formula varchar, sources varchar[], is_target boolean)"
    )
    con.executemany(
        "insert into indicator_catalogue values (?, ?, ?, ?, ?, ?, ?)",
        [(i.code, i.name, i.unit, i.section, i.formula, list(i.sources), i.is_target) for i in catalogue().values()],
    )
    con.execute("comment on table indicator_catalogue is 'Every indicator code with its Chinese name, unit, "
                "report section, formula in words, source returns and whether it is a row of the targets form (from sql/catalogue.toml).'")


#: Units of the same dimension: a target written in one may be stored in another of its group.
UNIT_GROUPS = (("元", "千元", "万元", "亿元"), ("%",), ("户", "个", "家", "项"), ("亩",), ("宗",))
#: Words around an indicator's name in a targets table that do not change which indicator it is.
_NAME_WORDS = re.compile(r"^(?:\d{4}年)?(?:全年|年度|本年|全县|县)?|(?:年度|全年)?(?:目标任务|目标值|目标|任务数?|指标|计划)$")
_NAME_NOISE = re.compile(r"[\s\"'“”‘’:：,，、。.·\-—_/]|[(（\[【][^()（）\[\]【】]*[)）\]】]")


def name_key(text: str) -> str:
    """An indicator name as compared: full-width folded, a bracketed unit or note, punctuation, spaces, a
    leading year or 全年/年度 and a trailing 目标/任务/指标 dropped (2026年规上工业总产值目标（亿元） → 规上工业总产值)."""
    key = _NAME_NOISE.sub("", unicodedata.normalize("NFKC", text))
    for _ in range(3):
        key = _NAME_WORDS.sub("", key)
    return key


def same_dimension(unit: str | None, other: str | None) -> bool:
    """Whether a figure in ``unit`` can be stated in ``other`` (万元 and 亿元 can, % and 亿元 cannot);
    an unknown unit is compatible with any."""
    if not unit or not other:
        return True
    return any(unit in group and other in group for group in UNIT_GROUPS) or unit == other


def match_target(name: str, unit: str | None, codes: Iterable[str]) -> list[str]:
    """The catalogue codes among ``codes`` a hand-written indicator name means, best first.

    An exact match of the folded name with a code's name or synonyms wins; else the codes whose longest
    name or synonym the folded name contains (规上工业总产值增长目标 contains 规上工业总产值).  Where
    several remain, those whose unit fits ``unit`` (% against 亿元) are kept.  One code is an answer; none
    or several is for the caller to ask about, naming them.
    """
    cat = catalogue()
    keys = {c: {name_key(n) for n in (cat[c].name, *cat[c].synonyms)} - {""} for c in codes}
    typed = name_key(name)
    if not typed:
        return []
    found = [c for c, ks in keys.items() if typed in ks]
    if not found:
        longest = {c: max((len(k) for k in ks if k in typed), default=0) for c, ks in keys.items()}
        best = max(longest.values(), default=0)
        found = [c for c, n in longest.items() if n and n == best]
    fitting = [c for c in found if same_dimension(unit, cat[c].unit)]
    return fitting if fitting else found


#: A line of sql/views/*.sql that stands for a generated section view: ``@section_view(report_1_economy, 1)``.
_SECTION_VIEW = re.compile(r"^@section_view\((\w+),\s*(\w+)\)$", re.MULTILINE)
#: The comments of the two key columns every section view has.
_KEY_COMMENTS = {"period": "期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）",
                 "scope": "范围：县名为全县合计，乡镇名为该乡镇"}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def section_view(view: str, section: str) -> str:
    """The analysts' view of one report section: one row per period and scope, one column per catalogue
    code whose section begins with ``section`` (in the catalogue's order), each column commented
    "<name>（<unit>）".

    Generated so that the catalogue is the one place a code, its name and its unit are written: a code
    added to sql/catalogue.toml gets its column in its section's view at the next build.
    """
    codes = [c for c, i in catalogue().items() if i.section.startswith(section)]
    if not codes:
        raise ValueError(f"sql/catalogue.toml has no indicator of report section {section} for {view}")
    listed = ", ".join(_quoted(c) for c in codes)
    columns = ",\n".join(f"        max(value) filter (where indicator = {_quoted(c)}) as {c}" for c in codes)
    lines = [
        f"create or replace view {view} as",
        "with source as (",
        f"    select period, scope, indicator, value from indicator_values where indicator in ({listed})",
        "),",
        "final as (",
        "    select",
        "        period,",
        "        scope,",
        columns,
        "    from source",
        "    group by period, scope",
        ")",
        "select * from final",
        "order by period, scope <> setting('county'), scope;",
    ]
    comments = {**_KEY_COMMENTS, **{c: f"{catalogue()[c].name}（{catalogue()[c].unit_zh}）" for c in codes}}
    lines += [f"comment on column {view}.{col} is {_quoted(text)};" for col, text in comments.items()]
    return "\n".join(lines)


def expand_views(text: str) -> str:
    """A views file's SQL with each ``@section_view(view, section)`` line replaced by its generated view."""
    return _SECTION_VIEW.sub(lambda m: section_view(m.group(1), m.group(2)), text)
