"""Figures already published that a later publish of the same period shows differently (修订).

A county statistician sends the June 汇总表 to the city; a township then resends a corrected return and the next
run writes the 汇总表 again.  Whoever opens it must see at once which figures differ from the ones already sent.  So
the publish step (``beizeng.publish.period.write_period_outputs``, as ``beizeng run`` calls it) keeps what it
published in the warehouse table ``published_figures`` (sql/ddl/004_published.sql: every county figure of the
catalogue and each township's figure of the 分乡镇 sheet, exact), and the next publish of the period compares what it
shows with what the last one showed.  The comparison is of the figures *as shown* — one rule, the workbook's: the
catalogue unit's decimals (``overview.cell_text``) over ``overview.as_shown`` — so 0.5301 against 0.5349 亿元 is no
revision (both 0.53) and 0.53 against 0.57 is.  Each revision names the files received since the last publish that
feed the figure (the catalogue's ``sources``), where there are any.  The first publish of a period has nothing to
compare with and says nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from beizeng.base.config import Config
from beizeng.base.periods import year_of
from beizeng.base.safe_io import as_sent
from beizeng.publish.overview import Figures, as_shown, cell_text
from beizeng.publish.township_columns import TOWNSHIP_GROUPS
from beizeng.store.catalogue import catalogue

TABLE = "published_figures"
#: How a publish's time is said (上次发布 2026-07-10 14:03).
TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Revision:
    """A published figure shown differently now: ``before`` and ``after`` as the workbook shows them."""

    scope: str
    code: str
    name: str
    unit: str
    published_at: dt.datetime
    before: str
    after: str
    #: the files received since the last publish that feed the figure (as their senders named them)
    files: tuple[str, ...] = ()

    @property
    def when(self) -> str:
        return f"{self.published_at:{TIME_FORMAT}}"

    def with_unit(self, text: str) -> str:
        """A figure as the sheet shows it, with its unit (a rate's % is in the text already)."""
        unit = catalogue()[self.code].unit_zh if self.code in catalogue() else self.unit
        return text if text == "—" or self.unit == "%" else f"{text}{unit}"

    def line(self, county: str) -> str:
        """The run summary's line: what changed, from what to what, since when, and from which files."""
        who = "" if self.scope == county else f"{self.scope}："
        files = f"（{'、'.join(self.files)}）" if self.files else ""
        return (f"{who}{self.name} 上次发布（{self.when}）为 {self.with_unit(self.before)}，"
                f"本次为 {self.with_unit(self.after)}{files}")


def published_codes(cfg: Config) -> dict[str, list[str]]:
    """Per scope, the figures a publish shows: every catalogued code of the county (指标总览, 指标说明, the draft) and,
    of each township, the values of the 分乡镇 sheet (its ranks follow from those values)."""
    cat = catalogue()
    township = list(dict.fromkeys(code for _, cols in TOWNSHIP_GROUPS for _, code, how in cols
                                  if how == "value" and code in cat))
    return {cfg.county: list(cat), **{t.name: township for t in cfg.townships}}


def _shown(cfg: Config, figures: Figures) -> dict[tuple[str, str], str]:
    """Every published figure as the workbook shows it, by (scope, code)."""
    cat = catalogue()
    out = {}
    for scope, codes in published_codes(cfg).items():
        vals = as_shown(figures.get(scope, {}))
        for code in codes:
            out[scope, code] = cell_text(vals.get(code), cat[code].unit)
    return out


def _has_table(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("select count(*) from duckdb_tables() where table_name = ?", [TABLE]).fetchone()
    return bool(row and row[0])


def last_publish(con: duckdb.DuckDBPyConnection, period: str) -> tuple[dt.datetime, int] | None:
    """When the period was last published and the newest submission in then; None before its first publish."""
    if not _has_table(con):
        return None
    row = con.execute(f"select published_at, any_value(last_submission) from {TABLE} where period = ? "
                      "group by published_at order by published_at desc limit 1", [period]).fetchone()
    return None if row is None else (row[0], int(row[1] or 0))


def _files_since(con: duckdb.DuckDBPyConnection, period: str, since: int, forms: Iterable[str],
                 sender: str | None) -> tuple[str, ...]:
    """The accepted files counting now, received after submission ``since``, of ``forms`` for the period (its year's
    yearly return and the same period last year too: a growth's base); a township's own files when it sent any."""
    forms = list(forms)
    if not forms:
        return ()
    year = year_of(period)
    rows = con.execute(
        "select s.file_name, s.sender from submissions s "
        "where s.submission_id > ? and list_contains(?, s.form) and s.period in (?, ?, ?) "
        "and s.submission_id in (select submission_id from current_submissions) order by s.submission_id",
        [since, forms, period, str(year), f"{year - 1}{period[4:]}"]).fetchall()
    own = [r for r in rows if r[1] == sender]
    return tuple(dict.fromkeys(as_sent(r[0]) for r in (own or rows)))


def revisions(con: duckdb.DuckDBPyConnection, cfg: Config, period: str, figures: Figures) -> list[Revision]:
    """Each figure the last publish of ``period`` showed that ``figures`` (the period's, every scope) show
    differently — the county's first, in catalogue order, then the townships' in beizeng.toml's; none before a first
    publish.  A figure the last publish did not show (a code catalogued since) is no revision."""
    last = last_publish(con, period)
    if last is None:
        return []
    at, upto = last
    before: dict[str, dict[str, float | None]] = {}
    for scope, code, value in con.execute(
            f"select scope, indicator, value from {TABLE} where period = ? and published_at = ?", [period, at]).fetchall():
        before.setdefault(str(scope), {})[str(code)] = None if value is None else float(value)
    was = _shown(cfg, before)
    now = _shown(cfg, figures)
    cat = catalogue()
    out = []
    for (scope, code), text in now.items():
        if code not in before.get(scope, {}) or was[scope, code] == text:
            continue
        ind = cat[code]
        files = _files_since(con, period, upto, ind.sources, None if scope == cfg.county else scope)
        out.append(Revision(scope, code, ind.name, ind.unit, at, was[scope, code], text, files))
    return out


def record_publish(con: duckdb.DuckDBPyConnection, cfg: Config, period: str, figures: Figures,
                   now: dt.datetime | None = None) -> None:
    """Keep what this publish of ``period`` shows (exact values; ``published_codes``), for the next one to compare.
    Outputs written from a read-only connection (a copy, a preview) are no publish of the warehouse: nothing kept."""
    row = con.execute("select readonly from duckdb_databases() where database_name = current_database()").fetchone()
    if row and row[0]:
        return
    keys = [(scope, code) for scope, codes in published_codes(cfg).items() for code in codes]
    row = con.execute("select max(submission_id) from submissions").fetchone()
    con.execute(
        f"insert into {TABLE} (period, published_at, scope, indicator, value, last_submission) "
        "select ?, ?, unnest(?::varchar[]), unnest(?::varchar[]), unnest(?::double[]), ?",
        [period, now or dt.datetime.now(), [s for s, _ in keys], [c for _, c in keys],
         [figures.get(s, {}).get(c) for s, c in keys], row[0] if row else None])
