"""The indicator catalogue (sql/catalogue.toml): names, units and formulas in words, kept in one file."""

from __future__ import annotations

import tomllib
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

    @property
    def unit_zh(self) -> str:
        return UNIT_ZH.get(self.unit, self.unit)


@cache
def catalogue() -> dict[str, Indicator]:
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {
        code: Indicator(code, d["name"], d["unit"], d["section"], d["formula"], tuple(d.get("sources", ())))
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
