"""Operations: set up, see who sent what, explain a figure, query and export, restore, run by itself.

The read-only commands (status, explain, query, export) open the analysts' published copy
read-only and import neither Prefect nor the pipeline (pandera, polars), so they answer at once
and can run while a run writes.  Exit codes: 0 all handled, 2 configuration or input to fix,
3 another run holds the warehouse, 1 anything unexpected.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from beizeng.base.config import CONFIG_NAME, Config, ConfigError, config_path, init_config_text, load_config
from beizeng.base.dues import deadline
from beizeng.base.numbers import shown
from beizeng.base.periods import add_months, first_day, month_label, period_words, year_period
from beizeng.base.problems import record_place
from beizeng.base.safe_io import as_sent
from beizeng.base.widths import display_width
from beizeng.cli.app import PeriodArg, PeriodOpt, _cfg, _period, app, console
from beizeng.cli.sql_errors import query_problem
from beizeng.cli.terminal import Col, fit, print_table
from beizeng.ops.completeness import completeness
from beizeng.ops.states import STATE_STYLE, STATE_ZH
from beizeng.publish.overview import cell_text
from beizeng.store.catalogue import SQL_DIR, UNIT_ZH, catalogue

LINEAGE = ("submission_id", "period", "sender", "sheet", "excel_row", "implied", "set_aside")
#: Column types summed in explain's totals (amounts; counts and codes are not added up).
SUMMABLE = ("DECIMAL", "DOUBLE", "FLOAT", "REAL")
#: The largest --limit (explain, query): more rows than a screen can show, and below what DuckDB's LIMIT and
#: Python's fetchmany take (a 20-digit number once crashed explain with a traceback).
LIMIT_MAX = 1_000_000


def _published(cfg: Config, sandbox: bool = False) -> duckdb.DuckDBPyConnection:
    from beizeng.store.session import open_published

    try:
        return open_published(cfg, sandbox=sandbox)
    except FileNotFoundError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


def figure_text(value: float | None, unit: str) -> str:
    """A figure with its unit as the report writes it: 10.00亿元, 93.0%, 24个, 1.3个百分点, 第3名.

    The number is the workbook's and the report's (beizeng.publish.overview.cell_text: the unit's decimals, rounded
    half up, a % sign on a rate), the unit word the catalogue's (UNIT_ZH), written right after the number
    as the report does; a rank reads 第N名.
    """
    if value is None:
        return "—"
    number = cell_text(value, unit)
    if unit == "rank":
        return f"第{number}名"
    return number if unit == "%" else number + UNIT_ZH.get(unit, unit)


def _num(value: Any, digits: int = 2) -> str:
    if isinstance(value, bool) or value is None:
        return "—" if value is None else ("是" if value else "否")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float | Decimal):
        return shown(value, digits, thousands=True)
    return str(value)


# ---------------------------------------------------------------------------------------------
# init
# ---------------------------------------------------------------------------------------------

@app.command()
def init(
    directory: Annotated[Path, typer.Option("--dir", help="县的工作目录（配置、收件箱、数据仓库）。")] = Path("."),
    county: Annotated[str, typer.Option(help="县名。")] = "某某县",
    code: Annotated[str, typer.Option(help="县的6位行政区划代码。")] = "",
    city: Annotated[str, typer.Option(help="所属市。")] = "某某市",
    force: Annotated[bool, typer.Option(help="覆盖已有的配置文件。")] = False,
) -> None:
    """生成配置文件 beizeng.toml（县、乡镇和部门、全市各县区、截止日、统计口径、路径），并建好收件箱和数据仓库。"""
    directory = directory.resolve()
    path = directory / CONFIG_NAME
    if path.exists() and not force:
        console.print(f"[yellow]配置文件 {path} 已存在，未覆盖。[/yellow]需要重新生成时加 --force。")
        raise typer.Exit(2)
    directory.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{CONFIG_NAME}.tmp")
    tmp.write_text(init_config_text(county, code, city), encoding="utf-8")
    try:
        cfg = load_config(tmp)
    except ConfigError as exc:
        tmp.unlink()
        console.print(f"[red]配置错误：[/red]{escape(str(exc))}")
        raise typer.Exit(2) from None
    os.replace(tmp, path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    cfg.warehouse.mkdir(parents=True, exist_ok=True)
    console.print(f"已生成配置文件 {path}")
    console.print("下一步：编辑其中的乡镇、部门和全市各县区；然后把报表放入 "
                  f"{cfg.inbox}，运行 `beizeng run` 或 `beizeng serve`（自动运行）。")


# ---------------------------------------------------------------------------------------------
# status
# ---------------------------------------------------------------------------------------------


@app.command()
def status(when: PeriodArg = None, period: PeriodOpt = None,
           wide: Annotated[bool, typer.Option("--wide", help="显示全部列（终端较窄时默认省略次要的列）。")] = False) -> None:
    """报送情况：某期间各单位应报的报表哪些已报、逾期、退回待重报或未报。"""

    cfg = _cfg()
    p = _period(period, when)
    con = _published(cfg)
    try:
        rows = completeness(con, cfg, p)
    finally:
        con.close()
    cols = (Col("报表", 10, fold_to=14), Col("填报单位", 10), Col("状态", 10), Col("版本", 4), Col("报送时间", 5),
            Col("文件", 3), Col("说明", 6, fold_to=24))  # a file name is searched for: whole or not at all
    cells = [(escape(d.title), escape(d.sender), f"[{STATE_STYLE[d.state]}]{STATE_ZH[d.state]}[/{STATE_STYLE[d.state]}]",
              str(d.versions or "—"), f"{d.arrived:%m-%d %H:%M}" if d.arrived else "—", escape(d.file or "—"),
              escape(d.note)) for d in rows]
    print_table(console, f"{cfg.county}{period_words(p)}报表报送情况（截止日 {deadline(cfg, p):%Y-%m-%d}）", cols, cells,
                wide=wide)
    counts = {s: sum(1 for d in rows if d.state == s) for s in STATE_ZH}
    owed = sum(1 for d in rows if d.owed)
    console.print(f"应报 {owed} 份：已报 {counts['on_time'] + counts['sent'] + counts['late']} 份（其中逾期 {counts['late']}），"
                  f"退回待重报 {counts['rejected']}，逾期未报 {counts['missing']}，未到截止日 {counts['not_due']}；"
                  f"无法识别 {counts['unidentified']}，额外报送 {counts['extra']}。")


# ---------------------------------------------------------------------------------------------
# explain
# ---------------------------------------------------------------------------------------------

@dataclass
class SourceRows:
    form: str
    title: str
    columns: list[tuple[str, str]]  # (name, label) after file, sheet, row, sender
    rows: list[tuple[Any, ...]]  # file, sheet, excel_row, sender, *columns
    total_rows: int
    totals: dict[str, Any]
    note: str = ""
    #: what explain says beside each file (as sent) of the rows: the unit its figures were typed in and converted
    #: from (按亿元填写，×10000换算为万元), where its period was read (期间←标题“…”)
    said: dict[str, str] = field(default_factory=dict)
    #: where each row stands in its sheet as a person finds it (第3行, or C列 for a record of a table turned round)
    places: list[str] = field(default_factory=list)


@dataclass
class Explanation:
    code: str
    name: str
    unit: str
    section: str
    formula: str
    period: str
    scope: str
    value: float | None
    sql_file: str | None
    sql_line: int | None
    sql_text: str
    related: list[str] = field(default_factory=list)
    sources: list[SourceRows] = field(default_factory=list)
    #: senders' reasons for warnings of the returns behind the figure (sender, file, cell, warning, reason)
    reasons: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    #: why a figure is 未报 though its return is in: the returns that lacked a column it counts by (unread_columns)
    unread: list[str] = field(default_factory=list)


def _models() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted((SQL_DIR / "models").glob("*.sql"))}


#: The view listing, per indicator counting some rows of its returns, the rows it counts (sql/models/490_counted_rows.sql).
COUNTED_ROWS = "counted_rows"


def counted_condition(code: str) -> str:
    """The condition on a source form's rows (``f``) that holds for the rows ``code`` counts, when the view
    ``counted_rows`` lists them (invest_landed: the landed projects, not every project of the ledger), else "": the
    rows are the row views' own conditions, read in SQL, never restated here."""
    view = re.compile(rf"^create or replace view {COUNTED_ROWS} as\b", re.MULTILINE)
    text = next((t for t in _models().values() if view.search(t)), "")
    if not re.fullmatch(r"\w+", code) or f"'{code}' as indicator" not in text:
        return ""
    return (f"(f.submission_id, f.sheet, f.excel_row) in (select submission_id, sheet, excel_row from {COUNTED_ROWS} "
            f"where indicator = '{code}')")


def _relative(path: Path) -> str:
    return str(path.relative_to(SQL_DIR.parent))


def find_model(code: str) -> tuple[Path | None, int | None, str, list[Path]]:
    """The SQL model that computes an indicator, the line that names it, and the models it builds on.

    The model is the one the catalogue declares (``model`` in sql/catalogue.toml, checked against the
    warehouse by tests/test_lineage.py), never the first file that mentions the code: a regex over SQL
    text once sent ``fund_contributed`` to the land rows.  The line is where the model's file names the
    code (``as code`` in a wide model, ``'code'`` in a long one).
    """
    ind = catalogue().get(code)
    if ind is None or not ind.model:
        return None, None, "", []
    models = _models()
    creates = re.compile(rf"^create or replace view {re.escape(ind.model)} as\b", re.MULTILINE)
    found = next((p for p, text in models.items() if creates.search(text)), None)
    if found is None:
        return None, None, "", []
    lines = models[found].splitlines()
    # the line naming the code, else (a code made from a suffix, as the rank ties) the model's first line
    names = (re.compile(rf"\bas\s+{re.escape(code)}\b"), re.compile(rf"'{re.escape(code)}'"), creates)
    no = next((i for pattern in names for i, line in enumerate(lines, 1) if pattern.search(line)), None)
    related = []
    for p, text in models.items():
        m = re.search(r"create or replace view (\w+)", text)
        if p != found and m and re.search(rf"\b{m.group(1)}\b", models[found]):
            related.append(p)
    return found, no, lines[no - 1].strip() if no else "", related


def _columns(con: duckdb.DuckDBPyConnection, form: str) -> list[tuple[str, str, str]]:
    """(name, type, label) of a form's columns, the label from the warehouse's column comment."""
    rows = con.execute("select column_name, data_type, comment from duckdb_columns() "
                       "where table_name = ? order by column_index", [f"form_{form}"]).fetchall()
    return [(n, t, (c or n).split(": ", 1)[0]) for n, t, c in rows if n not in LINEAGE]


def _title(con: duckdb.DuckDBPyConnection, form: str) -> str:
    row = con.execute("select comment from duckdb_tables() where table_name = ?", [f"form_{form}"]).fetchone()
    return (row[0] or form).split(":", 1)[0] if row else form


def source_rows(con: duckdb.DuckDBPyConnection, cfg: Config, form: str, period: str, scope: str, sql: list[str],
                limit: int, condition: str = "") -> SourceRows | None:
    """The current rows of one source return for the period (and township), with file, sheet and row.

    The columns shown are the ones the SQL reading this return mentions (``sql``: the defining model
    and the models it builds on), plus the two text columns that name a row (code, name).
    ``condition``: the indicator's declared ``source_rows`` (sql/catalogue.toml), a SQL condition on the
    form's columns; only the rows it holds for are listed (the 上划 row, not the land rows of one ledger).
    """
    exists = con.execute("select count(*) from duckdb_views() where view_name = ?", [f"cur_{form}"]).fetchone()
    if not exists or not exists[0]:
        return None
    cols = _columns(con, form)
    names = [c[0] for c in cols]
    sql_text = "\n".join([t for t in sql if f"cur_{form}" in t] or sql)
    words = set(re.findall(r"\b\w+\b", sql_text))
    used = [c for c in cols if c[0] in words and c[0] not in ("period", "year")]
    ident = [c for c in cols if c[1] == "VARCHAR" and c not in used][:2]
    if scope == cfg.county and "township" in names and not any(c[0] == "township" for c in used):
        ident.append(next(c for c in cols if c[0] == "township"))
    shown_cols = ident + used if used else cols[:6]
    # the returns that hold the period's figures, by the models' one coverage rule (the SQL macro stands_for):
    # per sender the period's own return or the year's, else, for a 要素保障 ledger, the next later one of
    # the same year (the ledger ind_factors counts; last June's figures may come from last December's)
    where = ["f.submission_id in (select arg_min(c.submission_id, c.period) from current_submissions c "
             "where c.form = ? and stands_for(c.form, c.period, ?) group by c.sender)"]
    params: list[Any] = [form, period]
    stand_ins = con.execute(
        f"select c.sender, c.period from current_submissions c where c.submission_id in "
        f"(select submission_id from cur_{form} f where {where[0]}) and c.period > ? order by 1, 2",
        [*params, period]).fetchall()
    dated = [c for c in used if c[1] == "DATE"]
    note = ""
    if stand_ins:
        note = "；".join(f"{who}{month_label(period)}的报表未报，以其{month_label(later)}的报表代替"
                        for who, later in stand_ins)
        if len(dated) == 1:  # a later ledger holds later events too: the model counts those to the period's end
            end = first_day(add_months(period, 1)) - dt.timedelta(days=1)
            where.append(f"(f.period = ? or f.{dated[0][0]} <= ?)")
            params += [period, end]
            note += f"，只列出{dated[0][2]}不晚于{end:%Y-%m-%d}的行"
    if "township" in names:
        if scope != cfg.county:
            where.append("f.township = ?")
            params.append(scope)
    elif "scope" in names:  # targets: an empty scope is the county's own
        where.append("coalesce(f.scope, ?) = ?")
        params += [cfg.county, scope]
    elif scope != cfg.county:
        return SourceRows(form, _title(con, form), [], [], 0, {}, "该报表不分乡镇，乡镇范围无来源行")
    if "indicator" in names:
        literals = set(re.findall(r"'(\w+)'", "\n".join(sql)))
        codes = [c for (c,) in con.execute("select code from indicator_catalogue").fetchall() if c in literals]
        if codes:
            where.append(f"lower(f.indicator) in ({', '.join('?' for _ in codes)})")
            params += codes
            note = f"仅列出 {', '.join(codes)} 的目标行"
    if condition:
        where.append(f"({condition})")
        quoted = "" if COUNTED_ROWS in condition else f"（{condition}）"  # the view's rows: its conditions are in the SQL
        note = "；".join(n for n in (note, f"仅列出计入本指标的行{quoted}") if n)
    cond = " and ".join(where)
    select = ", ".join(f"f.{c[0]}" for c in shown_cols)
    rows = con.execute(
        f"select s.file_name, f.sheet, f.excel_row, f.sender, {select}, f.implied from cur_{form} f "
        f"join submissions s using (submission_id) where {cond} order by s.file_name, f.excel_row limit {int(limit)}",
        params).fetchall()
    places = [record_place(r[2], r[-1]) for r in rows]
    rows = [(as_sent(r[0]), *r[1:-1]) for r in rows]  # each file as its sender named it
    said = files_said(con, form, cond, params)
    # totals only where rows are parts of the county (returns broken down by township), and never of rates
    additive = "township" in names
    sums = [c for c in used if additive and c[1].upper().startswith(SUMMABLE) and "%" not in c[2]]
    agg = ", ".join(["count(*)", *(f"sum(f.{c[0]})" for c in sums)])
    total = con.execute(f"select {agg} from cur_{form} f where {cond}", params).fetchone()
    assert total is not None
    return SourceRows(form, _title(con, form), [(c[0], c[2]) for c in shown_cols], rows, int(total[0]),
                      {c[0]: v for c, v in zip(sums, total[1:], strict=True)}, note, said, places)


def unit_words(typed: str | None, base: str | None) -> str:
    """How a return's figures typed in another unit than the form's (``base``, from the warehouse's form_catalogue:
    explain is a read-only command and imports no pandera) were converted (按亿元填写，×10000换算为万元); "" when
    typed in the form's own unit."""
    from beizeng.base.units import UNITS

    if not typed or not base or typed == base or typed not in UNITS or base not in UNITS:
        return ""
    (dim, factor, _), (base_dim, base_factor, _) = UNITS[typed], UNITS[base]
    if dim != base_dim:
        return ""
    ratio = factor / base_factor
    how = f"×{ratio.normalize():f}" if ratio >= 1 else f"÷{(1 / ratio).normalize():f}"
    return f"按{typed}填写，{how}换算为{base}"


def files_said(con: duckdb.DuckDBPyConnection, form: str, cond: str, params: list[Any]) -> dict[str, str]:
    """Per file (as sent) of a source's rows what its rows share and no column shows: the unit its figures were
    converted from, and where its period was read when the rows lean on the context (``implied``'s 期间←…)."""
    found = con.execute(
        f"select s.file_name, any_value(s.unit), any_value(regexp_extract(f.implied, '期间←[^；]*')) from cur_{form} f "
        f"join submissions s using (submission_id) where {cond} group by s.file_name", params).fetchall()
    unit = con.execute("select unit from form_catalogue where code = ?", [form]).fetchone()
    base = str(unit[0]) if unit and unit[0] else None
    out = {}
    for name, typed, period in found:
        words = "；".join(w for w in (unit_words(typed, base), period) if w)
        if words:
            out[as_sent(name)] = words
    return out


#: How many candidates an ambiguous name lists before "……".
CANDIDATES_SHOWN = 10


def _candidates(found: list[str]) -> str:
    more = f"……（共 {len(found)} 个）" if len(found) > CANDIDATES_SHOWN else ""
    return "、".join(found[:CANDIDATES_SHOWN]) + more


def resolve_indicator(names: dict[str, str], typed: str) -> str:
    """The indicator code for what was typed: a code, else a name exactly, else a piece of exactly one name.

    People know the figures by their Chinese names (规上工业总产值), the catalogue by codes.  An exact
    name wins over the longer names containing it (规上工业总产值 also begins 规上工业总产值同比增速);
    a piece found in several names is not guessed at: they are listed with their codes.  ``names``:
    code → Chinese name.
    """
    text = typed.strip()
    if text in names:
        return text
    if text.lower() in names:
        return text.lower()
    exact = [c for c, n in names.items() if n == text]
    found = exact or ([c for c, n in names.items() if text in n] if text else [])
    if len(found) == 1:
        return found[0]
    if found:
        listed = _candidates([f"{names[c]}（{c}）" for c in found])
        raise ValueError(f"“{typed}”对应 {len(found)} 个指标：{listed}；请写完整的指标名称或指标代码")
    close = difflib.get_close_matches(text, list(names), n=3, cutoff=0.5)
    close += [f"{n}（{c}）" for c, n in names.items()
              if n in difflib.get_close_matches(text, list(names.values()), n=3, cutoff=0.5)]
    hint = f"，是否指：{'、'.join(close)}" if close else "；`beizeng indicators` 列出全部指标代码和名称"
    raise ValueError(f"没有指标“{typed}”{hint}")


def resolve_scope(cfg: Config, typed: str | None) -> str:
    """The county or the township meant: its name or alias, else a piece of exactly one of them (城关 → 城关镇).

    Ambiguous pieces (镇) are refused with the candidates, never guessed: a figure for the wrong
    township looks just like the right one.
    """
    text = (typed or "").strip()
    if not text or text == cfg.county:
        return cfg.county
    township = cfg.township(text)
    if township is not None:
        return township.name
    places = [(cfg.county, (cfg.county,)), *((t.name, t.names) for t in cfg.townships)]
    found = [name for name, spelled in places if any(text in s for s in spelled)]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValueError(f"范围“{typed}”对应 {len(found)} 个：{_candidates(found)}；请写完整的名称")
    raise ValueError(f"范围“{typed}”既不是本县（{cfg.county}）也不是已配置的乡镇："
                     f"{'、'.join(t.name for t in cfg.townships)}")


def explain_indicator(con: duckdb.DuckDBPyConnection, cfg: Config, indicator: str, period: str,
                      scope: str | None = None, limit: int = 20) -> Explanation:
    """Everything behind one figure: its value, formula, SQL model, and the source rows it comes from.

    ``indicator`` is a code or a Chinese name (or a piece of exactly one name), ``scope`` the county or
    a township (or a piece of exactly one name): see :func:`resolve_indicator`, :func:`resolve_scope`.
    """
    cat = {r[0]: r for r in con.execute(
        "select code, name, unit, section, formula, sources from indicator_catalogue").fetchall()}
    code = resolve_indicator({c: r[1] for c, r in cat.items()}, indicator)
    scope_name = resolve_scope(cfg, scope)
    _, name, unit, section, formula, sources = cat[code]
    row = con.execute("select value from indicator_values where period = ? and scope = ? and indicator = ?",
                      [period, scope_name, code]).fetchone()
    path, line_no, line, related = find_model(code)
    sql = [p.read_text(encoding="utf-8") for p in ([path] if path else []) + related]
    exp = Explanation(code, name, unit, section, formula, period, scope_name, row[0] if row else None,
                      _relative(path) if path else None, line_no, line, [_relative(p) for p in related])
    declared = catalogue()[code]
    # a 上年同期 base counts last year's rows: list those, never this year's beside last year's value
    rows_period = add_months(period, -12) if declared.source_period == "last_year" else period
    condition = declared.source_rows or counted_condition(code)
    for form in sources or []:
        rows = source_rows(con, cfg, form, rows_period, scope_name, sql, limit, condition)
        if rows is not None:
            if rows_period != period:
                rows.note = "；".join(n for n in (f"上年同期（{period_words(rows_period)}）的来源行", rows.note) if n)
            if (empty := _empty_behind_zero(exp.value, rows)):
                rows.note = "；".join(n for n in (rows.note, empty) if n)
            exp.sources.append(rows)
    exp.reasons = sender_reasons(con, list(sources or []), period)
    if exp.value is None:
        exp.unread = unread_for(con, list(sources or []), period, name)
    return exp


def unread_for(con: duckdb.DuckDBPyConnection, forms: list[str], period: str, name: str) -> list[str]:
    """The returns of ``forms`` in for the period that lacked a column the figure ``name`` counts by (view
    unread_columns: its figures are the intake's list, cut at six names with 等N项, so a cut list counts as naming it)."""
    if not forms:
        return []
    try:
        rows = con.execute(
            f"select message, figures from unread_columns where period = ? and form in ({', '.join('?' for _ in forms)})",
            [period, *forms]).fetchall()
    except duckdb.CatalogException:  # a warehouse made before the view
        return []
    return [str(m) for m, figures in rows if name in str(figures).split("、") or re.search(r"等\d+项$", str(figures))]


def _empty_behind_zero(value: Any, rows: SourceRows) -> str:
    """What to say when a figure of 0 or of nothing stands on source rows whose amount column is empty on every row.

    The models count a return's empty amounts as 0 (``if_returned``) when the column was there, and give no
    figure (``if_read``: 未报) when the return did not have it, which is also what a column the reader did not
    recognise is (其中：本年到位 under a merged 投资额): the reader of ``explain`` is told that no row holds a
    figure in that column, which of the two it is, and where to look."""
    if (value is not None and float(value) != 0) or not rows.total_rows:
        return ""
    empty = [label for name, label in rows.columns if name in rows.totals and rows.totals[name] is None]
    if not empty:
        return ""
    said = "、".join(f"「{label}」" for label in empty)
    if value is None:
        return (f"所列各行的{said}都是空的，表中没有这一列或表头没有认出：这个数未报，不按0计算"
                "（请看该报表反馈表的提醒）")
    return (f"所列各行的{said}都是空的，按0计算：这个0不是报表中填的数（表中没有这一列，或表头没有认出；"
            "请看该报表反馈表的提醒）")


def sender_reasons(con: duckdb.DuckDBPyConnection, forms: list[str], period: str) -> list[tuple[str, str, str, str, str]]:
    """What senders answered, on the 报送平台 (beizeng.web), to warnings of the current returns of ``forms``."""
    found = con.execute("select count(*) from duckdb_tables() where table_name = 'problem_explanations'").fetchone()
    if not forms or not found or not found[0]:
        return []
    rows = con.execute(
        "select s.sender, s.file_name, e.cell, p.message, concat_ws('：', e.reason, nullif(e.detail, '')) "
        "from problem_explanations e join submissions s using (submission_id) "
        "join problems p on p.submission_id = e.submission_id and p.code = e.code and coalesce(p.cell, '') = e.cell "
        f"where s.form in ({', '.join('?' for _ in forms)}) and s.period in (?, ?) "
        "and s.submission_id in (select submission_id from current_submissions) order by s.sender, e.cell",
        [*forms, period, year_period(period)]).fetchall()
    return [(str(a), as_sent(str(b)), str(c), str(d), str(e)) for a, b, c, d, e in rows]


def _place(src: SourceRows, i: int) -> str:
    """The Excel行 cell of explain's source row ``i``: its row number, or its column (C列) for a record of a table
    turned round — the cell a person finds."""
    place = src.places[i] if i < len(src.places) else f"第{src.rows[i][2]}行"
    return place[1:-1] if place.startswith("第") else place


def source_columns(src: SourceRows) -> list[Col]:
    """The columns of explain's source table, the least useful first to go at a narrow terminal.

    The file's number and the Excel row come first (they say where to look), then the figures that are
    added up (what the indicator is made of), then the rest in the form's order.  A figure, a code or a
    period is never folded (a number broken in its digits is misread); Chinese text (a project's name)
    may be, and every header may be wrapped over its column."""
    cols = [Col("文件", 1000), Col("Excel行", 999)]
    for j, (name, label) in enumerate(src.columns):
        values = [str(r[4 + j]) for r in src.rows if r[4 + j] is not None]
        chinese = any(not v.isascii() for v in values)
        keep = (500 if name in src.totals else 100) - j
        cols.append(Col(label, keep, "right" if name in src.totals else "left", fold_to=8 if chinese else None,
                        head_to=4))
    return cols


@app.command()
def explain(
    indicator: Annotated[str, typer.Argument(
        help="指标代码或名称，如 output_cum 或 规上工业总产值（见 `beizeng indicators`）；名称的一部分也可以，只要只对应一个指标。")],
    when: PeriodArg = None,
    period: PeriodOpt = None,
    scope: Annotated[str | None, typer.Option(
        "--scope", "-s", help="范围：县名（默认）或乡镇名；名称的开头或一部分也可以（城关 = 城关镇），只要只对应一个。")] = None,
    limit: Annotated[int, typer.Option(min=1, max=LIMIT_MAX, help="每种来源报表最多列出的行数（1 至 1000000）。")] = 20,
    wide: Annotated[bool, typer.Option("--wide", help="来源表显示全部列（终端较窄时默认省略次要的列）。")] = False,
) -> None:
    """解释一个指标：数值、计算方法、所在的 SQL 文件，以及它来自哪些报表的哪些行（文件、工作表、Excel 行号）。"""
    cfg = _cfg()
    p = _period(period, when)
    con = _published(cfg)
    try:
        exp = explain_indicator(con, cfg, indicator, p, scope, limit)
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    finally:
        con.close()
    value = ("未报（报表已收到，但缺少计算它的列）" if exp.unread else "无数据（缺少来源报表）") if exp.value is None \
        else figure_text(float(exp.value), exp.unit)
    console.print(f"[bold]{exp.name}[/bold]（{exp.code}，报告第 {exp.section} 部分）")
    console.print(f"{exp.scope}{period_words(exp.period)}：[bold]{value}[/bold]")
    console.print(f"计算方法：{escape(exp.formula)}")
    if exp.sql_file:
        console.print(f"SQL：{exp.sql_file} 第 {exp.sql_line} 行：[cyan]{escape(exp.sql_text)}[/cyan]")
    if exp.related:
        console.print(f"依赖的模型：{'、'.join(exp.related)}")
    for line in exp.unread:
        console.print(f"为什么未报：{escape(line)}", highlight=False)
    for src in exp.sources:
        title = f"来源：{src.title}（cur_{src.form}）共 {src.total_rows} 行"
        if src.total_rows > len(src.rows):
            title += f"，列出前 {len(src.rows)} 行（--limit 调整）"
        if src.note:
            title += f"；{src.note}"
        console.print(title)
        if not src.columns:
            continue
        # files are numbered in a legend, so the table stays narrow and no file name is ever folded
        files = list(dict.fromkeys((r[0], r[1], r[3]) for r in src.rows))
        for i, (name, sheet, sender) in enumerate(files, 1):
            more = f"；{src.said[name]}" if name in src.said else ""
            console.print(f"  [{i}] {name}（工作表「{sheet}」，{sender}{more}）", highlight=False)
        cells = [(f"[{files.index((r[0], r[1], r[3])) + 1}]", _place(src, i), *(escape(_num(v)) for v in r[4:]))
                 for i, r in enumerate(src.rows)]
        if src.totals:
            cells.append(("合计", "全部行", *(_num(src.totals[n]) if n in src.totals else "" for n, _ in src.columns)))
        print_table(console, None, source_columns(src), cells, wide=wide, how="加 --wide 显示全部列，或 query 查看该表")
        if src.totals and src.total_rows > 1:
            # the rows are the scope's whole return; the indicator keeps those its formula counts
            console.print("注：合计是所列全部行之和；指标只计入符合上面“计算方法”口径的行（如是否纳统、计划总投资的条件），"
                          "所以可能小于合计。", highlight=False)
    if exp.reasons:
        console.print("填报单位对提醒的说明（报送平台）：")
        for sender, file, cell, warning, reason in exp.reasons:
            console.print(f"  {sender}（{file} {cell}）：{escape(warning)} → [bold]{escape(reason)}[/bold]", highlight=False)


# ---------------------------------------------------------------------------------------------
# query, export
# ---------------------------------------------------------------------------------------------

@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL 查询语句（只读）。")],
    limit: Annotated[int, typer.Option(min=1, max=LIMIT_MAX, help="最多显示的行数（1 至 1000000）。")] = 200,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="把全部结果写入文件（.xlsx 或 .csv），不受 --limit 限制。")
                   ] = None,
) -> None:
    """对分析用数据仓库副本执行只读 SQL 查询（视图 report_* 按报告章节整理了全部指标）。"""
    from beizeng.publish.tabular import (
        SUFFIXES,
        XLSX_CELL,
        cells_too_long,
        column_labels,
        write_rows,
        xlsx_refusal,
    )

    if out is not None and out.suffix.lower() not in SUFFIXES:
        console.print(f"[red]输出文件应以 .xlsx 或 .csv 结尾，收到的是“{out.name}”。[/red]")
        raise typer.Exit(2)
    cfg = _cfg()
    try:
        read_statement(sql)
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    except duckdb.Error as exc:  # not SQL DuckDB can parse
        console.print(query_problem(exc), highlight=False)
        raise typer.Exit(2) from None
    con = _published(cfg, sandbox=True)
    try:
        cur = con.execute(sql)
        if not cur.description:
            console.print("语句已执行（无结果）。")
            return
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall() if out is not None else cur.fetchmany(limit + 1)
        total = len(rows) if out is not None or len(rows) <= limit else count_rows(con, sql)
        labels = column_labels(con, columns, sql)
    except duckdb.Error as exc:
        console.print(query_error(exc, cfg.db_path, con), highlight=False)
        raise typer.Exit(2) from None
    finally:
        con.close()
    if out is not None:
        xlsx = out.suffix.lower() == ".xlsx"
        if xlsx and (refusal := xlsx_refusal(rows, labels)):
            console.print(f"[red]{escape(refusal)}[/red]", highlight=False)
            raise typer.Exit(2)
        try:
            write_rows(out, columns, rows, labels)
        except OSError as exc:  # a folder that is not there or not writable: the place to change, in one sentence
            from beizeng.cli.app import fault_sentence

            said = fault_sentence(exc) or f"无法写出文件 {out}（{exc.strerror or exc}）：请换一个存在且可以写入的文件夹。"
            console.print(f"[red]{escape(said)}[/red]", highlight=False)
            raise typer.Exit(2) from None
        console.print(f"已写出 {len(rows)} 行、{len(columns)} 列：{out.resolve()}")
        if xlsx and (cut := cells_too_long(columns, rows)):
            console.print(f"[yellow]其中 {len(cut)} 格的文字超过 Excel 一格最多能放的 {XLSX_CELL:,} 字，表中只有前 "
                          f"{XLSX_CELL:,} 字：{escape('、'.join(cut[:5]))}{'等' if len(cut) > 5 else ''}。"
                          "完整内容请改用 .csv 导出。[/yellow]", highlight=False)
        return
    cells = [[escape(c) for c in query_cells(columns, r)] for r in rows[:limit]]
    cols = [Col(escape(c), len(columns) - j, fold_to=12 if any(not r[j].isascii() for r in cells) else None)
            for j, c in enumerate(columns)]
    if len(fit(cols, cells, console.width)) == len(columns):
        print_table(console, None, cols, cells)
    else:
        print_records(columns, labels, cells)
    console.print(rows_line(len(rows), limit, total))


def print_records(columns: list[str], labels: list[str], cells: list[list[str]]) -> None:
    """A result too wide for the terminal, record by record (列名：值 lines, like psql's \\x, the column's Chinese
    name after the value), so no figure is squeezed into an empty box; the line above says why and how to
    get a table instead."""
    console.print(f"结果有 {len(columns)} 列，终端宽 {console.width} 列放不下，逐行列出（列名：值，后面是中文名）。"
                  "要表格：加 --out 结果.xlsx 写出，或在 select 后只写需要的几列。", highlight=False)
    if not cells:  # names apart by spaces: a narrow terminal wraps between them, never inside one
        console.print(f"列：{' '.join(escape(c) for c in columns)}", highlight=False)
    # a figure, a code or a period is never folded (min_width); long Chinese text and the Chinese name may be
    whole = max((display_width(Text.from_markup(v).plain) for r in cells for v in r
                 if Text.from_markup(v).plain.isascii()), default=1)
    for n, row in enumerate(cells, 1):
        console.print(f"── 第 {n} 行 ──", highlight=False)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", min_width=min(whole, 24) + 1)
        grid.add_column(overflow="fold", style="dim")
        for name, label, value in zip(columns, labels, row, strict=True):
            grid.add_row(f"  {escape(name)}", f"：{value}", escape(label))
        console.print(grid)


#: Columns of a query's row that say the unit of its figures (indicator_values.unit) or which indicator they are.
UNIT_COLUMNS, INDICATOR_COLUMNS = ("unit", "单位"), ("indicator", "code", "指标代码")


def query_cells(columns: list[str], row: tuple[Any, ...]) -> list[str]:
    """A query's row as text, each figure in its unit's decimals as the report shows it (figure_text's number).

    A figure's unit is known from its column when the column is named by an indicator code (the wide
    report_* views: output_cum), else from the row's unit column (indicator_values.unit) or its indicator
    code; that unit column itself is spelled out (pp → 个百分点).  A figure of no known unit keeps four decimals.
    """
    cat = catalogue()
    named = {c.lower(): v for c, v in zip(columns, row, strict=True)}
    row_unit = next((str(named[c]) for c in UNIT_COLUMNS if named.get(c) is not None), None)
    if row_unit is None:
        code = next((str(named[c]) for c in INDICATOR_COLUMNS if named.get(c) is not None), None)
        row_unit = cat[code].unit if code in cat else None
    out = []
    for column, value in zip(columns, row, strict=True):
        if value is None:
            out.append("—")
        elif isinstance(value, float | Decimal):
            unit = cat[column].unit if column in cat else row_unit
            out.append(_num(value, 4) if unit is None else cell_text(float(value), unit))
        elif column.lower() in UNIT_COLUMNS:
            out.append(UNIT_ZH.get(str(value), str(value)))
        else:
            out.append(str(value))
    return out


#: The statement types `beizeng query` runs: those that read.  SELECT is also what DuckDB makes of WITH,
#: VALUES, FROM-first, DESCRIBE, SHOW, SUMMARIZE and UNPIVOT; PRAGMA and CALL give the catalogue's table
#: functions (table_info, version …); a PRAGMA that would change a setting is stopped by the locked
#: configuration (see beizeng.store.session.QUERY_SANDBOX), EXPLAIN ANALYZE of a write by the read-only file.
READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "CALL"})
#: PIVOT parses as several statements in one (type MULTI); it is a read when its first word says so.
PIVOT_WORDS = frozenset({"pivot", "pivot_wider", "unpivot", "pivot_longer"})
QUERY_EXAMPLE = 'beizeng query "select * from indicator_values limit 5"'


def _first_word(statement: str) -> str:
    text = statement.encode()  # the tokenizer's offsets count UTF-8 bytes
    tokens = [t for t in duckdb.tokenize(statement) if t[1] != duckdb.token_type.comment]
    if not tokens:
        return ""
    end = tokens[1][0] if len(tokens) > 1 else len(text)
    return text[tokens[0][0]:end].decode(errors="replace").strip().lower()


def read_statement(sql: str) -> str:
    """The kind of the one reading statement ``sql`` holds; a ValueError in Chinese for anything else.

    Decided by DuckDB's own parser (``extract_statements``), never by looking at words: a comment, a
    string or a CTE cannot hide a write.  What the statement then reads is fenced by the connection
    (the copy opened read-only, no access outside it): this check says *why* in one sentence, the
    connection makes sure of it.  Raises ``duckdb.Error`` for text DuckDB cannot parse.
    """
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise ValueError(f"没有要执行的 SQL 语句（只有空白、分号或注释）：请写一条查询，如 {QUERY_EXAMPLE}。")
    if len(statements) > 1:
        raise ValueError(f"一次只能执行一条查询语句，收到的是 {len(statements)} 条：请分别运行，或去掉语句之间的分号。")
    kind = statements[0].type.name
    if kind in READ_STATEMENTS or (kind == "MULTI" and _first_word(statements[0].query) in PIVOT_WORDS):
        return kind
    word = _first_word(statements[0].query).upper() or kind
    raise ValueError(f"beizeng query 只执行读取数据的查询（SELECT、WITH、DESCRIBE、SHOW、SUMMARIZE、PIVOT 等），"
                     f"不执行 {word} 语句：分析用副本是只读的，不能修改数据、连接其他数据库、读写其他文件或安装扩展。")


def query_error(exc: duckdb.Error, published: Path, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """One Chinese sentence for a query DuckDB refused: the sandbox's fences here, the rest in
    beizeng.cli.sql_errors (what is wrong, where, and what is there instead, from ``con``)."""
    text = str(exc).strip()
    if isinstance(exc, duckdb.PermissionException) or "file system operations are disabled" in text:
        return ("[red]beizeng query 只能查询分析用副本中的表和视图，不能读写其他文件或访问网络。[/red]"
                "要处理别的文件，请在自己的 DuckDB 中进行，并用 "
                f"ATTACH '{published}' AS bz (READ_ONLY) 连接数据仓库。")
    if "configuration has been locked" in text:
        return "[red]beizeng query 不能修改 DuckDB 的设置（SET、RESET、PRAGMA 设置项）。[/red]"
    if "read-only" in text:
        return ("[red]数据仓库副本是只读的：不能修改数据。[/red]需要自己的表时，在自己的 DuckDB 文件中 "
                f"ATTACH '{published}' AS bz (READ_ONLY)。")
    return query_problem(exc, con)


def count_rows(con: duckdb.DuckDBPyConnection, sql: str) -> int | None:
    """How many rows a query gives in all, asked only once it has more than are shown.

    A second query, ``select count(*) from (<sql>)``, rather than fetching the rest: DuckDB counts
    without producing the columns (20 million rows of four columns: about 0.01 s), where turning every
    row into Python objects to count them takes seconds and the memory of the whole result.  The
    price is running the query twice, which only matters for a query slow in itself.  What is
    wrapped is the statement whose rows are shown (the last), without the ``;`` and comments that
    end it (``… order by 1; -- 全部`` is pasted from .sql files).  A statement that cannot be a
    subquery (PRAGMA) gives None: the rows shown are still right, only the total is not said.
    """
    try:
        statements = duckdb.extract_statements(sql)
        if not statements or statements[-1].type != duckdb.StatementType.SELECT:
            return None
        text = statements[-1].query.encode()  # the tokenizer's offsets count UTF-8 bytes
        end = len(text)
        for offset, kind in reversed(duckdb.tokenize(statements[-1].query)):
            if kind != duckdb.token_type.comment and text[offset:offset + 1] != b";":
                break
            end = offset
        row = con.execute(f"select count(*) from (\n{text[:end].decode()}\n)").fetchone()
    except duckdb.Error:
        return None
    return int(row[0]) if row else None


def rows_line(fetched: int, limit: int, total: int | None) -> str:
    """The line under query's table: how many rows are shown, of how many, and how to see the rest."""
    if fetched <= limit:
        return f"共 {fetched:,} 行"
    rest = "--limit 调整，或 --out 结果.xlsx 写出全部"
    if total is None:
        return f"显示前 {limit:,} 行，还有更多行；{rest}"
    return f"显示前 {limit:,} 行，共 {total:,} 行；{rest}"


#: Views exported by name besides cur_* and report_*: the versions of every file received (README's
#: list for analysts), and indicator_values for a warehouse published before it became a table.
EXPORTED_VIEWS = ("current_submissions", "indicator_values", "submission_versions")


def exportable(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, kind) of what BI tools need: every table, the current-rows views, the versions of every file
    received, the indicators and report views."""
    tables = [(n, "table") for (n,) in con.execute(
        "select table_name from duckdb_tables() where not internal and schema_name = 'main' order by table_name"
    ).fetchall()]
    views = [(n, "view") for (n,) in con.execute(
        "select view_name from duckdb_views() where not internal and schema_name = 'main' and "
        "(view_name like 'cur\\_%' escape '\\' or view_name like 'report\\_%' escape '\\' "
        f"or view_name in ({', '.join('?' for _ in EXPORTED_VIEWS)})) order by view_name", list(EXPORTED_VIEWS)
    ).fetchall()]
    return tables + views


@app.command()
def export(
    parquet: Annotated[Path, typer.Option("--parquet", help="输出目录：每个表和视图一个 .parquet 文件。")],
) -> None:
    """把分析用数据仓库的表和视图导出为 Parquet 文件，供 BI 工具（Power BI、Superset 等）读取。"""
    cfg = _cfg()
    con = _published(cfg)
    parquet = parquet.resolve()
    parquet.mkdir(parents=True, exist_ok=True)
    table = Table(title=f"已导出到 {parquet}")
    for h in ("名称", "类型", "行数", "文件"):
        table.add_column(h)
    try:
        for name, kind in exportable(con):
            target = parquet / f"{name}.parquet"
            tmp = parquet / f".{name}.parquet.tmp"
            quoted = str(tmp).replace("'", "''")
            con.execute(f"copy (select * from {name}) to '{quoted}' (format parquet)")
            os.replace(tmp, target)
            n = con.execute(f"select count(*) from {name}").fetchone()
            table.add_row(name, "表" if kind == "table" else "视图", f"{n[0] if n else 0:,}", target.name)
    except (duckdb.Error, OSError) as exc:
        console.print(f"[red]导出失败：[/red]{escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        con.close()
    console.print(table)


# ---------------------------------------------------------------------------------------------
# restore
# ---------------------------------------------------------------------------------------------

def _confirm_restore(source: Path, lost: list[str]) -> None:
    """Say what a restore drops and ask: a restore typed by mistake takes back every load since the backup."""
    console.print(f"将把数据仓库恢复到备份 {source.stem}。"
                  + (f"此后入库的 {len(lost)} 个文件将不再计入（原文件仍在归档中，可重新放入收件箱）。" if lost
                     else "此后没有新入库的文件。")
                  + "恢复前的状态会先备份，需要时可再恢复。")
    if not typer.confirm("确认恢复？", default=False):
        console.print("已取消，数据仓库未改动。")
        raise typer.Exit(1)


def _list_backups(cfg: Config, wide: bool = False) -> None:
    """`restore --list`: each backup with when it was taken, what it holds and why it is still kept, so
    a person picks the state before a bad load without opening them one by one."""
    from beizeng.store.session import describe_backups, retention_words

    found = describe_backups(cfg)
    if not found:
        console.print("还没有备份：每次写入数据仓库之前才会生成备份。")
        return
    cols = (Col("备份", 10), Col("时间", 3), Col("文件", 8, justify="right"), Col("报表", 7, justify="right"),
            Col("最新期间", 6), Col("大小", 5, justify="right"), Col("保留", 4))
    rows = []
    for b in found:
        held = b.holds
        counts = (str(held.files), str(held.returns), held.latest_period or "—") if held else ("?", "?", "无法读取")
        rows.append((escape(b.path.stem), f"{b.taken:%Y-%m-%d %H:%M}", *counts, f"{b.size / 1e6:.1f} MB", b.kept_as))
    print_table(console, f"数据仓库备份（{cfg.backups}）", cols, rows, wide=wide)
    console.print(f"保留规则：{retention_words(cfg)}。“文件”“报表”为已入库的文件数和报表数。"
                  "恢复：beizeng restore 备份名")


@app.command()
def restore(
    backup: Annotated[str | None, typer.Argument(help="备份名（时间戳，如 20260709-070001）或文件路径；默认最新的备份。")] = None,
    list_only: Annotated[bool, typer.Option("--list", help="只列出可用的备份：时间、已入库的文件和报表、最新期间、大小。")] = False,
    wide: Annotated[bool, typer.Option("--wide", help="与 --list 一起用：终端较窄时也显示全部列。")] = False,
    wait: Annotated[float, typer.Option(help="另一运行正在写入时最多等待的秒数。")] = 0,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="不再询问，直接恢复（用于脚本）。")] = False,
) -> None:
    """从备份恢复数据仓库（每次写入前自动备份），并重新发布分析用副本；恢复前的状态也会先备份。"""
    from beizeng.store.session import BusyError, files_lost, find_backup
    from beizeng.store.session import restore as restore_backup

    cfg = _cfg()
    if list_only:
        _list_backups(cfg, wide)
        return
    try:
        source = find_backup(cfg, backup)
        if not yes:
            _confirm_restore(source, files_lost(cfg, source))
        before, lost = restore_backup(cfg, source, wait)
    except FileNotFoundError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    except BusyError as exc:
        console.print(f"[yellow]{escape(str(exc))}[/yellow]")
        raise typer.Exit(3) from None
    console.print(f"已从备份 {source.name} 恢复数据仓库，并重新发布 {cfg.db_path}。")
    if before:
        console.print(f"恢复前的状态已备份为 {before.stem}（需要时可再恢复）。")
    if lost:
        console.print(f"以下 {len(lost)} 个文件是在该备份之后入库的，恢复后不再计入（原文件在 {cfg.archive}，"
                      "需要时放回收件箱即可重新入库）：")
        for name in lost:
            console.print(f"  {name}")


# ---------------------------------------------------------------------------------------------
# serve, watch
# ---------------------------------------------------------------------------------------------

def _api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


@app.command()
def serve(
    poll: Annotated[float, typer.Option(help="检查待运行任务的间隔（秒）。")] = 2.0,
) -> None:
    """自动运行：注册并执行两个 Prefect 部署——每月定时的月度流程、收件箱监视（放入的文件数秒内处理）。需先启动 Prefect 服务器。"""
    cfg = _cfg()
    from beizeng.run.prefect_env import DEFAULTS

    # served runs are a service: their progress belongs in the console and the UI (not the run's defaults)
    if os.environ.get("PREFECT_LOGGING_LEVEL") == DEFAULTS["PREFECT_LOGGING_LEVEL"]:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
    api = _api_url()
    if not api:
        console.print("[red]定时任务需要一直运行的 Prefect 服务器（临时服务器不会触发定时任务）。[/red]\n"
                      "  1. 在另一个终端运行：prefect server start\n"
                      "  2. 在本终端设置：export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
                      "  3. 再运行：beizeng serve")
        raise typer.Exit(2)
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        console.print(f"[red]无法连接 Prefect 服务器 {api}：[/red]{escape(str(problem))}\n请先运行 `prefect server start`，"
                      "并确认 PREFECT_API_URL 正确。")
        raise typer.Exit(2)
    from flows.serve import INBOX, MONTHLY, serve_all

    ui = api.removesuffix("/").removesuffix("/api")
    console.print(f"beizeng 自动运行已启动（Prefect 服务器 {api}，界面 {ui}）：")
    console.print(f"  • {MONTHLY}：每月{cfg.rules.deadline_day + 1}日 {cfg.schedule.monthly_hour}:00"
                  f"（{cfg.schedule.timezone}）运行上个月的完整月度流程")
    console.print(f"  • {INBOX}：每 {cfg.schedule.inbox_poll_seconds:g} 秒检查 {cfg.inbox}，"
                  "放入的报表数秒内校验、入库或退回")
    console.print(f"分析人员打开：{cfg.db_path}（只读）。按 Ctrl+C 停止。")
    serve_all(cfg, str(config_path()), query_seconds=poll)
    console.print("已停止自动运行。")


@app.command()
def watch(
    minutes: Annotated[float, typer.Option(help="监视多少分钟后退出；0 表示一直监视到按 Ctrl+C。")] = 0,
) -> None:
    """监视收件箱（不需要 Prefect 服务器）：放入的报表数秒内校验、入库或退回，并写处理结果。"""
    import time

    from beizeng.intake.watch import process, watcher_slot
    from beizeng.intake.watch import watch as watch_inbox
    from beizeng.store.session import BusyError

    cfg = _cfg()
    until = time.time() + minutes * 60 if minutes else None
    try:
        with watcher_slot(cfg, 0):
            console.print(f"正在监视 {cfg.inbox}（每 {cfg.schedule.inbox_poll_seconds:g} 秒检查一次，按 Ctrl+C 停止）。")
            handled = watch_inbox(cfg, lambda paths: process(cfg, paths, cfg.schedule.lock_wait_seconds,
                                                             receipts=console.print),
                                  until=until, log=console.print, receipts=False)
    except BusyError as exc:
        console.print(f"[yellow]{escape(str(exc))}[/yellow]")
        raise typer.Exit(3) from None
    except KeyboardInterrupt:
        console.print("已停止监视。")
        return
    console.print(f"监视结束，共处理 {len(handled)} 个文件。")
