"""What the run summary and the summary workbook's 数据质量 sheet warn about after the indicators are
computed (inputs that are missing, figures that two sources give differently, county figures left
empty for another reason), and who owes which return in a period, the rule behind every "missing".

The checks themselves are SQL (``sql/models/900_crosscheck_warnings.sql``, ``905_growth_crosscheck.sql``
and ``910_missing_inputs.sql``), so analysts can query them; this module only words them, once, for the
person running the pipeline (``run_warnings``) and for the workbook (``period_warnings``).  It reads and
never writes, so it works on the analysts' published copy too.

``expected_returns`` is the one definition of who owes what, ``return_state`` of what became of it;
``beizeng.ops.completeness`` turns them into the rows ``beizeng status`` and the workbook's 报送情况 sheet
both show, and ``beizeng.publish.templates`` decides whom a template goes to with ``owed_by``.  It needs no
pandera, polars or Prefect, so the read-only commands stay quick to start.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import cast

import duckdb

from beizeng.base.periods import months_words
from beizeng.base.safe_io import as_sent
from beizeng.store.planning import planned_quickly


@dataclass(frozen=True)
class Source:
    """A view of warnings, the words that introduce its lines and what the clerk does about one."""

    view: str
    words: str
    category: str
    fix: str


#: The views warnings come from, in the order the summary lists them.
SOURCES = (
    Source("missing_inputs", "缺少报表", "缺报", "催报或补齐所缺报表（见“报送情况”的催报清单），收到后重新运行"),
    Source("crosscheck_warnings", "交叉核对", "核对", "核对两处数据，更正有误的报表后重新报送"),
    # 工业固投 / 技改 growth: the bureau's is official, the ledgers' a cross-check (sql/models/905_growth_crosscheck.sql)
    Source("growth_crosscheck", "增速核对", "核对",
           "核对项目台账（是否漏报、纳统标记、上年同期）与统计局口径；报告采用统计局的增速"),
    # two former names of one unit each sent the period, beizeng.toml listing them as aliases only
    Source("merged_names", "乡镇合并", "核对",
           "如是乡镇合并，在 beizeng.toml 该单位一节写 merged_from 后重新运行；如只是改名或写法不同，不必处理"),
)
#: How many senders (and indicators) a partial-return warning names before "等N个".
PARTIAL_NAMES = 5
EMPTY_CATEGORY, EMPTY_FIX = "空值", "核实相关报表：上年同期或分母为0时，该指标本期无法计算"


@dataclass(frozen=True)
class NullReason:
    """Why a figure is NULL though no input is missing (the code the SQL view null_reasons gives), worded: the
    数据质量 line (its category and what the clerk does: never a 催报, no return sent later gives a growth over
    上年同期 0) and the 指标总览's 状态 cell.  The draft's words are report_phrases.toml's (key of the same name)."""

    words: str
    category: str
    fix: str
    status: str


NULL_REASONS = {
    "base_zero": NullReason("上年同期为0，增速不可比（不是缺报）", "不可比",
                            "核实上年同期确为0（不是漏填）；确为0则无需催报，报告写“上年同期为0，增速不可比”，不排名",
                            "上年同期为0，不可比"),
    "new_unit": NullReason("新设单位，没有上年同期，增速不可比（不是缺报）", "不可比",
                           "无需催报：新设单位（beizeng.toml 的 since）设立前没有报表；报告写“新设，不可比”，不排名",
                           "新设，不可比"),
}


#: The 数据质量 category and fix of a project whose 上年同期 counts in another unit's base than last year's (可比口径).
BASE_CATEGORY, BASE_FIX = "口径", "不必处理（增速按可比口径计算，全县合计不变）；如项目归属有误，请两个单位核实后重新报送"


@dataclass(frozen=True)
class RunWarning:
    """One warning of a period: ``text`` is the line the run summary prints and the 数据质量 sheet lists."""

    text: str
    category: str  # 缺报 | 核对 | 空值 | 不可比 | 口径: the 类别 of the 数据质量 sheet
    fix: str
    form: str | None = None  # the return a missing-input warning is about


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    """Rows of a query, none when the warehouse predates the view (a run that computed nothing yet)."""
    try:
        return con.execute(sql, params).fetchall()
    except duckdb.CatalogException:
        return []


def empty_county_indicators(con: duckdb.DuckDBPyConnection, period: str) -> list[tuple[str, str]]:
    """(code, Chinese name) of the county's indicators without a value for the period, in catalogue order — not
    the projections in December (``Indicator.year_end``): the year is done, there is nothing to project."""
    from beizeng.store.catalogue import catalogue

    county = _rows(con, "select value from cfg_settings where key = 'county'", [])
    if not county:
        return []
    empty = {str(r[0]) for r in _rows(
        con, "select indicator from indicator_values where period = ? and scope = ? and value is null",
        [period, county[0][0]])}
    return [(code, ind.name) for code, ind in catalogue().items() if code in empty and ind.applies_in(period)]


def null_reason_codes(con: duckdb.DuckDBPyConnection, period: str) -> dict[str, dict[str, str]]:
    """Scope → code → why its NULL is no missing input (view null_reasons: ``base_zero``, 上年同期为0), in catalogue
    order: the draft says 不可比 instead of 【待补充】 and the 数据质量 sheet asks for no return."""
    out: dict[str, dict[str, str]] = {}
    for scope, code, reason in _rows(con, "select scope, indicator, reason from null_reasons where period = ? "
                                          "order by scope, indicator", [period]):
        out.setdefault(str(scope), {})[str(code)] = str(reason)
    return out


def missing_senders(con: duckdb.DuckDBPyConnection, period: str) -> dict[str, tuple[list[str], int]]:
    """Form → (the owing senders whose return of ``period`` is missing, in beizeng.toml's order; how many owe it),
    from the view returns_partial — the one coverage rule (SQL stands_for) of the run's warning, the 分乡镇
    sheet's blank ranks and ind_county_shares' NULL shares."""
    rows = _rows(con, "select form, missing, owing from returns_partial where period = ?", [period])
    return {str(f): ([str(n) for n in cast("list[object]", m)], cast(int, o)) for f, m, o in rows}


def named_few(names: list[str]) -> str:
    """Senders as a sentence names them: all of a few, the first ``PARTIAL_NAMES`` and how many of many."""
    return "、".join(names[:PARTIAL_NAMES]) + (f"等{len(names)}个单位" if len(names) > PARTIAL_NAMES else "")


def partial_returns(con: duckdb.DuckDBPyConnection, period: str,
                    reasons: dict[str, dict[str, str]] | None = None) -> list[RunWarning]:
    """Returns that some of the senders owing them sent and others not (yet): the county's totals of the
    period then hold only the senders that sent, and would otherwise read as the county's figure without a
    word (a township late on the 9th makes the county's investment look like a fall).  A return nobody
    sent is ``missing_inputs``'s.  A sender whose later ledger of the year holds the period's events is in
    the figures (SQL stands_for), though its return of the month is still owed.  The figures named are those
    whose value this period stands on the return's totals: not a growth the statistics bureau's complete city
    comparison gives (view official_figures), which the return only stands in for when the bureau gives none.
    ``reasons``: ``null_reason_codes`` of the period when the caller has it (a second query of the view is ~2 s)."""
    from beizeng.base.forms import all_forms
    from beizeng.store.catalogue import catalogue

    forms = all_forms()
    out: list[RunWarning] = []
    cat = catalogue().values()
    official = {str(c) for (c,) in _rows(con, "select indicator from official_figures where period = ?", [period])}
    # a growth over 上年同期 0 is empty for that reason, not because a township's list is late
    county = next((str(v) for (v,) in _rows(con, "select value from cfg_settings where key = 'county'", [])), "")
    official |= set((null_reason_codes(con, period) if reasons is None else reasons).get(county, {}))
    for form, (not_in, owing) in sorted(missing_senders(con, period).items()):
        if len(not_in) >= owing:
            continue
        title = forms[form].title if form in forms else form
        fed = [i.name for i in cat if form in i.sources and i.code not in official]
        figures = "、".join(fed[:PARTIAL_NAMES]) + ("等指标" if len(fed) > PARTIAL_NAMES else "")
        out.append(RunWarning(
            f"《{title}》还缺{len(not_in)}个单位（{named_few(not_in)}）：全县合计只含已收到的{owing - len(not_in)}个单位"
            + (f"，{figures}偏小或不完整" if fed else ""), "缺报", SOURCES[0].fix, form))
    return out


def unread_columns(con: duckdb.DuckDBPyConnection, period: str) -> list[str]:
    """The returns of the period that lacked a column figures count by, one sentence each naming the sender, the
    file, the column and the figures (view unread_columns, which missing_inputs lists too): the draft report says
    why a figure it leaves 【待补充】 is not known though its return is in."""
    return [str(m) for (m,) in _rows(con, "select message from unread_columns where period = ?", [period])]


def moved_projects(con: duckdb.DuckDBPyConnection, period: str) -> list[RunWarning]:
    """One line per project counted last year that another unit reports this period (view fai_bases, moved: a
    project of a town split off into a new 街道, handed to the 经开区): its 上年同期 is in the growth of the unit that
    reports it now, like for like (可比口径), and no longer in that of the unit that reported it then — so a town's
    growth over its former, bigger area never passes for its own.  The county's base is the same sum."""
    out: list[RunWarning] = []
    for code, name, before, sent, sender, now, figure in _rows(
            con, "select project_code, name, township_last_year, township_as_sent, sender_last_year, township_now, "
                 "invest_cum from fai_bases where period = ? and moved order by township_now, project_code", [period]):
        then = str(before or sender)
        then_said = then if sent in (None, then) else f"{sent}（今{then}）"
        amount = f"{Decimal(str(figure)).normalize():,f}" if figure is not None else "—"
        last = f"{int(period[:4]) - 1}年{months_words(period)}"
        out.append(RunWarning(
            f"项目{name}（代码{code}）上年由{then_said}报送、本年由{now}报送：上年同期（{last}累计 {amount} 万元）按{now}计算"
            f"增速（可比口径），{then}的上年同期不含该项目", BASE_CATEGORY, BASE_FIX))
    return out


def period_warnings(con: duckdb.DuckDBPyConnection, period: str) -> list[RunWarning]:
    """The warnings of a period, one sentence each, in Chinese.

    First the inputs that are missing (each naming the indicators it leaves empty), then the
    returns only some of their senders sent (``partial_returns``), then the figures
    two sources disagree on beyond the configured tolerance (crosscheck_pct), then the county
    indicators empty because their 上年同期 is 0 (view null_reasons: not comparable, no return asked for), the
    projects whose 上年同期 counts in another unit's growth than last year's (``moved_projects``: 可比口径), then
    the county indicators still empty for another reason (a share of nothing), so no figure is NULL without a
    word about why.
    """
    from beizeng.store.catalogue import catalogue

    planned_quickly(con)  # a caller's own connection too (beizeng.store.planning)
    out: list[RunWarning] = []
    partial: list[RunWarning] = []
    # each of the views below takes a second or two to plan (views over views): each is asked once
    reasons = null_reason_codes(con, period)
    missing: set[str] = set()
    for src in SOURCES:
        form = "form" if src.view == "missing_inputs" else "null"
        for message, about in _rows(con, f"select message, {form} from {src.view} where period = ? order by all",
                                    [period]):
            out.append(RunWarning(as_sent(f"{src.words}：{message}"), src.category, src.fix, None if about is None else str(about)))
            if src.view == "missing_inputs" and about is not None:
                missing.add(str(about))
        if src.view == "missing_inputs":
            partial = partial_returns(con, period, reasons)
            out += [RunWarning(f"{src.words}：{w.text}", w.category, w.fix, w.form) for w in partial]
    # a county figure of a missing or partial return is that return's to say (its share of itself is NULL too)
    missing |= {w.form for w in partial if w.form}
    cat = catalogue()
    order = {c: i for i, c in enumerate(cat)}
    county = next((str(v) for (v,) in _rows(con, "select value from cfg_settings where key = 'county'", [])), "")
    said = set(reasons.get(county, {}))
    for scope, codes in sorted(reasons.items(), key=lambda kv: (kv[0] != county, kv[0])):  # the county first
        for reason in dict.fromkeys(codes.values()):
            why = NULL_REASONS.get(reason, NullReason(reason, EMPTY_CATEGORY, EMPTY_FIX, reason))
            mine = sorted((c for c, r in codes.items() if r == reason), key=lambda c: order.get(c, len(order)))
            named = "、".join(f"{cat[c].name}（{c}）" if c in cat else c for c in mine)
            out.append(RunWarning(f"{scope}{why.words}：{named}", why.category, why.fix))
    out += moved_projects(con, period)
    other = [(code, name) for code, name in empty_county_indicators(con, period)
             if not missing.intersection(cat[code].sources) and code not in said]
    if other:
        shown = "、".join(f"{name}（{code}）" for code, name in other)
        out.append(RunWarning(f"本期全县没有数值的其他指标（{len(other)}个，多为上年同期为0或分母为0）：{shown}",
                              EMPTY_CATEGORY, EMPTY_FIX))
    return out


def run_warnings(con: duckdb.DuckDBPyConnection, period: str) -> list[str]:
    """The lines of ``period_warnings`` as the run summary prints them."""
    return [w.text for w in period_warnings(con, period)]
