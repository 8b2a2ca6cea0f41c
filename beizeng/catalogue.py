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

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"

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

    @property
    def unit_zh(self) -> str:
        return UNIT_ZH.get(self.unit, self.unit)


@cache
def catalogue() -> dict[str, Indicator]:
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {
        code: Indicator(code, d["name"], d["unit"], d["section"], d["formula"], tuple(d.get("sources", ())),
                        tuple(d.get("synonyms", ())))
        for code, d in data.items()
    }


def sync_catalogue(con: duckdb.DuckDBPyConnection) -> None:
    """The catalogue as a warehouse table, so analysts and the SQL see the same names and units."""
    con.execute(
        "create or replace table indicator_catalogue (code varchar primary key, name varchar, unit varchar, "
        "section varchar, formula varchar, sources varchar[])"
    )
    con.executemany(
        "insert into indicator_catalogue values (?, ?, ?, ?, ?, ?)",
        [(i.code, i.name, i.unit, i.section, i.formula, list(i.sources)) for i in catalogue().values()],
    )
    con.execute("comment on table indicator_catalogue is 'Every indicator code with its Chinese name, unit, "
                "report section, formula in words and source returns (from sql/catalogue.toml).'")


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
