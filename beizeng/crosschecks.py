"""What the run summary warns about after the indicators are computed: figures that two sources give
differently, and county figures left empty because a return is missing.

The checks themselves are SQL (``sql/models/900_crosscheck_warnings.sql`` and
``910_missing_inputs.sql``), so analysts can query them; this module only words them for the person
running the pipeline.  It reads and never writes, so it works on the analysts' published copy too.
"""

from __future__ import annotations

import duckdb

#: The view each kind of warning comes from, with the words that introduce it in the summary.
SOURCES = (
    ("missing_inputs", "缺少报表"),
    ("crosscheck_warnings", "交叉核对"),
)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    """Rows of a query, none when the warehouse predates the view (a run that computed nothing yet)."""
    try:
        return con.execute(sql, params).fetchall()
    except duckdb.CatalogException:
        return []


def empty_county_indicators(con: duckdb.DuckDBPyConnection, period: str) -> list[tuple[str, str]]:
    """(code, Chinese name) of the county's indicators without a value for the period, in catalogue order."""
    from beizeng.catalogue import catalogue

    county = _rows(con, "select value from cfg_settings where key = 'county'", [])
    if not county:
        return []
    empty = {str(r[0]) for r in _rows(
        con, "select indicator from indicator_values where period = ? and scope = ? and value is null",
        [period, county[0][0]])}
    return [(code, ind.name) for code, ind in catalogue().items() if code in empty]


def run_warnings(con: duckdb.DuckDBPyConnection, period: str) -> list[str]:
    """The warnings of a period for the run summary, one sentence each, in Chinese.

    First the inputs that are missing (each naming the indicators it leaves empty), then the figures
    two sources disagree on beyond the configured tolerance (crosscheck_pct), then the county
    indicators still empty for another reason (a rate over a zero last year, a share of nothing), so
    no figure is NULL without a word about why.
    """
    from beizeng.catalogue import catalogue

    out: list[str] = []
    for view, words in SOURCES:
        for (message,) in _rows(con, f"select message from {view} where period = ? order by all", [period]):
            out.append(f"{words}：{message}")
    missing = {str(f) for (f,) in _rows(con, "select distinct form from missing_inputs where period = ?", [period])}
    cat = catalogue()
    other = [(code, name) for code, name in empty_county_indicators(con, period)
             if not missing.intersection(cat[code].sources)]
    if other:
        shown = "、".join(f"{name}（{code}）" for code, name in other)
        out.append(f"本期全县没有数值的其他指标（{len(other)}个，多为上年同期为0或分母为0）：{shown}")
    return out
