"""Which indicators a form column makes NULL when a return lacks it: read off the SQL models, not declared.

The missing-column warning says "这些指标因此无法计算、将显示为空：…"; that list must be exactly the
figures that do read empty, or the clerk is told a falsehood (规上工业总产值 named for a missing 入规年月).
A model file is a chain of CTEs; a missing column is NULL in every row, and NULL travels from a select
item to the names it is aliased as, CTE by CTE, unless something stops it:

- ``coalesce(a, b)`` with an argument that does not go NULL (a fallback to the 全市 row, a 0);
- ``count(…)``, ``exists (…)``, ``x is [not] null``: never NULL whatever their input;
- ``setting(…)`` and literals.

And one call makes NULL of its own: ``column_read(submission_id, 'x')`` (sql/ddl/002_views.sql), whether a
return had column ``x``, guards a figure that is not known (``if_read``) when no row it stands on had it.

Names are followed through ``*`` and ``columns(*…)`` and, in a ``union``, by position.  A view built from
the form (city_ranks from the city comparison) carries its NULL names into the models that read it.
This is a reading of our own SQL, which is written in one style (CONTRIBUTING: lowercase, CTEs
``source → … → final``); it errs on the side of naming a figure.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from beizeng.store.catalogue import SQL_DIR

_COMMENT = re.compile(r"--[^\n]*")
_STRING = re.compile(r"'(?:[^']|'')*'")
_KEYWORDS = frozenset(["select", "from", "where", "group", "by", "order", "having", "as", "and", "or", "not", "is", "null", "case", "when", "then", "else", "end", "over", "partition", "desc", "asc", "nulls", "last", "first", "join", "left", "right", "inner", "outer", "on", "using", "union", "all", "distinct", "filter", "in", "between", "like", "true", "false", "cast", "varchar", "integer", "double", "date", "interval", "exclude", "columns", "with", "create", "replace", "view", "table", "limit", "unnest", "values"])


def _blank_strings(sql: str) -> str:
    """String literals kept (setting names and values are read), but without the characters the splitting
    below would take for structure."""
    return _STRING.sub(lambda m: re.sub(r"[,();\s]", "_", m.group(0)), sql)


def _split_top(text: str, sep: re.Pattern[str]) -> list[str]:
    """``text`` split where ``sep`` matches outside any parentheses."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            m = sep.match(text, i)
            if m and m.end() > i:
                parts.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    return parts


def _close(text: str, open_at: int) -> int:
    """Index of the parenthesis closing the one at ``open_at``."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(text) - 1


_COMMA = re.compile(r",")
_UNION = re.compile(r"\bunion(?:\s+all)?\b")
_SELECT = re.compile(r"\bselect\b(?:\s+distinct\b)?")
_FROM = re.compile(r"\bfrom\b")


@dataclass
class Part:
    """One ``select`` of a CTE: its items as (alias, expression), and the text after ``from``."""

    items: list[tuple[str, str]]
    rest: str


@dataclass
class Query:
    name: str
    text: str
    parts: list[Part] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        return [a for a, _ in self.parts[0].items] if self.parts else []


def _select(text: str) -> Part | None:
    """The items and the rest of one select, found at the top level of ``text``."""
    pieces = _split_top(text, _SELECT)
    if len(pieces) < 2:
        return None  # DuckDB's from-first form (the long format's unpivot): no names of its own
    body = _split_top(pieces[-1], _FROM)
    items = []
    for raw in _split_top(body[0], _COMMA):
        expr = raw.strip()
        if not expr:
            continue
        named = _split_top(expr, re.compile(r"\s+as\s+"))
        if len(named) > 1:
            items.append((named[-1].strip(), " as ".join(named[:-1])))
        elif expr == "*" or expr.endswith(".*") or expr.startswith("columns("):
            items.append(("*", expr))
        else:
            items.append((expr.split(".")[-1].strip(), expr))
    return Part(items, " from ".join(body[1:]))


_MACRO = re.compile(r"create\s+or\s+replace\s+macro\s+(\w+)\s*\(([^)]*)\)\s+as\s+(?!table\b)(.*?);", re.S)


@cache
def _macros(ddl: Path) -> dict[str, tuple[tuple[str, ...], str]]:
    """The warehouse's scalar macros (sql/ddl/): name → (parameters, body), read from their one definition.
    ``setting`` stays a call: the reading knows it by name (never NULL, branches chosen by the settings)."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for path in sorted(ddl.glob("*.sql")):
        for m in _MACRO.finditer(_COMMENT.sub("", path.read_text(encoding="utf-8").lower())):
            if m.group(1) not in _NEVER_NULL and m.group(1) != _COLUMN_READ:
                out[m.group(1)] = (tuple(a.strip() for a in m.group(2).split(",")), m.group(3).strip())
    return out


def expand_macros(sql: str, macros: dict[str, tuple[tuple[str, ...], str]]) -> str:
    """``sql`` with every call of a scalar macro replaced by its body (parameters by the arguments), so a
    figure reads NULL as the macro's expansion does: ``if_returned(has, n)`` is 0, not NULL, when ``n`` is."""
    if not macros:
        return sql
    call = re.compile(rf"\b({'|'.join(map(re.escape, macros))})\s*\(")
    for _ in range(10_000):  # a macro may call another (vs_time_pp → share_pct): expanded outermost first
        m = call.search(sql)
        if m is None:
            break
        params, body = macros[m.group(1)]
        end = _close(sql, m.end() - 1)
        args = dict(zip(params, (a.strip() for a in _split_top(sql[m.end():end], _COMMA)), strict=False))
        sql = f"{sql[:m.start()]}({_substitute(body, args)}){sql[end + 1:]}"
    return sql


def _substitute(body: str, args: dict[str, str]) -> str:
    """A macro's body with each parameter replaced by its argument, parenthesised."""
    if not args:
        return body
    return re.sub(rf"\b({'|'.join(map(re.escape, args))})\b", lambda a: f"({args[a.group(1)]})", body)


def parse(sql: str, ddl: Path | None = None) -> list[Query]:
    """The CTEs of a model (and its final select, named after the view) in order, its macro calls expanded
    (the macros of ``ddl``, the project's sql/ddl/ unless said)."""
    text = _blank_strings(expand_macros(_COMMENT.sub("", sql.lower()), _macros(ddl or SQL_DIR / "ddl")))
    queries: list[Query] = []
    view = re.search(r"create\s+or\s+replace\s+view\s+(\w+)\s+as", text)
    name = view.group(1) if view else "final"
    body = text[view.end():] if view else text
    m = re.match(r"\s*with\s+", body)
    if m:
        pos = m.end()
        while True:
            cte = re.match(r"\s*(\w+)\s+as\s*(?:materialized\s*)?\(", body[pos:])
            if not cte:
                break
            start = pos + cte.end() - 1
            end = _close(body, start)
            queries.append(_query(cte.group(1), body[start + 1:end]))
            pos = end + 1
            comma = re.match(r"\s*,", body[pos:])
            if not comma:
                break
            pos += comma.end()
        body = body[pos:]
    queries.append(_query(name, body.split(";")[0]))
    return queries


def _query(name: str, text: str) -> Query:
    q = Query(name, text)
    for piece in _split_top(text, _UNION):
        stripped = piece.strip()
        if stripped.startswith("(") and _close(stripped, 0) == len(stripped) - 1:
            stripped = stripped[1:-1]
        part = _select(stripped)
        if part is not None:
            q.parts.append(part)
    return q


_TOKEN = re.compile(r"\s*(\(|\)|,|'[^']*'|[\w.]+|[^\s\w(),']+)")
#: Functions whose value is never NULL, whatever they read (a rank() over a missing column is guarded in
#: the models by ``case when x is not null``, which is what makes the figure NULL).
_NEVER_NULL = frozenset({"count", "exists", "rank", "dense_rank", "row_number", "setting", "now", "current_date"})


#: The macro asking whether a return had a column, named as text: read by name, never expanded (its body is a
#: look-up in absent_columns that mentions no column); false, and the figure it guards NULL, when it is missing.
_COLUMN_READ = "column_read"


def _tokens(expr: str) -> list[str]:
    return [t for t in _TOKEN.findall(expr) if t.strip()]


#: Marks a query whose rows are chosen by a missing column (``where is_key``; uses only): the figures
#: computed over its rows depend on that column, though no name of it does.
ROWS = "*rows*"
_WHERE = re.compile(r"\bwhere\b(.*?)(?:\bgroup\s+by\b|\border\s+by\b|\bhaving\b|\bqualify\b|\blimit\b|$)", re.S)


def _mentions(tokens: list[str], nullish: set[str]) -> bool:
    """Whether the tokens read a NULL name at all (a condition that does reads NULL or false)."""
    return any(t.split(".")[-1] in nullish for t in tokens)


def _group(tokens: list[str], i: int) -> int:
    """Index just past the parenthesised group opening at ``tokens[i]``."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j] == "("
        depth -= tokens[j] == ")"
        if depth == 0:
            return j + 1
    return len(tokens)


def _args(tokens: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    depth = 0
    for t in tokens:
        if t == "," and depth == 0:
            out.append([])
            continue
        depth += t == "("
        depth -= t == ")"
        out[-1].append(t)
    return out


def _null(tokens: list[str], nullish: set[str], uses: bool = False) -> bool:
    """Whether an expression reads NULL when the ``nullish`` names are NULL (see the module's docstring)."""
    if uses:
        tokens = _primaries(tokens)
    if uses and "case" not in tokens:
        return _mentions(tokens, nullish)  # reading a name at all, through a count too
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "case":
            depth, j = 0, i
            while j < len(tokens):  # the matching end
                depth += tokens[j] == "case"
                depth -= tokens[j] == "end"
                if depth == 0:
                    break
                j += 1
            if _case_null(tokens[i + 1:j], nullish, uses):
                return True
            i = j + 1
            continue
        if i + 1 < len(tokens) and tokens[i + 1] == "(" and re.fullmatch(r"[a-z_][\w]*", t) and t not in _KEYWORDS:
            end = _group(tokens, i + 1)
            inner = tokens[i + 2:end - 1]
            if end < len(tokens) and tokens[end] == "filter":  # sum(x) filter (where c): no row passes a NULL c
                fend = _group(tokens, end + 1)
                if t not in _NEVER_NULL and _mentions(tokens[end + 2:fend - 1], nullish):
                    return True
                end = fend
            if end < len(tokens) and tokens[end] == "over":
                end = _group(tokens, end + 1)
            if t == _COLUMN_READ:
                named = _args(inner)[-1]
                if len(named) == 1 and named[0].strip("'") in nullish:
                    return True
                i = end
                continue
            if t == "exists" and _mentions(inner, nullish):
                return True  # a guard asking whether the column was given (has_entry_months): the figure it guards is NULL
            if t == "coalesce":
                if all(_null(a, nullish, uses) for a in _args(inner)):
                    return True
            elif t not in _NEVER_NULL and _null(inner, nullish, uses):
                return True
            i = end
            continue
        if t == "is" and i + 1 < len(tokens):  # x is [not] null / x is distinct from: true or false, never NULL
            i += 1
            continue
        name = t.split(".")[-1]
        following = tokens[i + 1:i + 3]
        if name in nullish and following[:1] != ["is"]:
            return True
        i += 1
    return False


def _primaries(tokens: list[str]) -> list[str]:
    """``coalesce(a, fallback…)`` reduced to ``a``: a figure read from a fallback only when its own source is
    empty (the bureau's growth, else the growth of its amounts) does not depend on the fallback's columns.

    Unless the fallback is what the form means by a blank: a setting (范围 left empty is the county,
    ``coalesce(scope, setting('county'))``) or another column of the same form (全年累计目标 left empty is the
    annual target, ``coalesce(q4, value)``; :data:`_FORM_COLUMNS`).  A figure another source stands in for
    (the bureau's growth, else the ledgers', ``coalesce(c.fai_official, l.fai_ledger)``) is not that: without
    the bureau's column it is another figure, and the clerk is told so.  A return without the column reads as if every cell were
    blank, which the form allows: the figure stands on the fallback, nothing is skewed.  A literal fallback
    (``coalesce(funds, 0)``) is no such meaning: the figure counts what was not said as nothing.
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "coalesce" and i + 1 < len(tokens) and tokens[i + 1] == "(":
            end = _group(tokens, i + 1)
            first, *rest = _args(tokens[i + 2:end - 1])
            if rest and all(_form_means(r) for r in rest):
                out += ["(", *[t for r in rest for t in (*_primaries(r), ",")][:-1], ")"]
            else:
                out += ["(", *_primaries(first), ")"]
            i = end
            continue
        out.append(tokens[i])
        i += 1
    return out


#: The columns of the form whose missing column is being followed (set by :func:`null_indicators`).
_FORM_COLUMNS: ContextVar[frozenset[str]] = ContextVar("form_columns", default=frozenset())


def _form_means(arg: list[str]) -> bool:
    """Whether a coalesce's fallback is what a blank cell means on the form: a setting, or a column of the form."""
    if len(arg) == 1:
        return arg[0].split(".")[-1] in _FORM_COLUMNS.get()
    return len(arg) >= 3 and arg[0] == "setting" and arg[1] == "(" and _group(arg, 1) == len(arg)


def _case_null(body: list[str], nullish: set[str], uses: bool = False) -> bool:
    """``case when c then x … [else y] end`` is NULL when a value is, or when a condition reads a NULL
    name and there is no else (a missing column leaves the row in no branch)."""
    depth, cut = 0, []
    for k, t in enumerate(body):
        depth += t in ("case", "(")
        depth -= t in ("end", ")")
        if depth == 0 and t in ("when", "then", "else"):
            cut.append(k)
    pieces = [(body[a], body[a + 1:b]) for a, b in zip(cut, [*cut[1:], len(body)], strict=True)]
    subject = body[:cut[0]] if cut else body
    has_else = any(w == "else" for w, _ in pieces)
    conditions = [piece for word, piece in pieces if word == "when"]
    values = [piece for word, piece in pieces if word in ("then", "else")]
    if conditions and all("setting" in c and not _mentions(c, nullish) for c in conditions):
        # the branch is the configuration's (rank by size or by growth): the one the settings choose
        for word, piece in pieces:
            if word == "when":
                chosen = _setting_holds(piece)
                if chosen is None:
                    break  # not decidable here: NULL if any branch is
                if chosen:
                    return _null(pieces[pieces.index((word, piece)) + 1][1], nullish, uses)
            elif word == "else":
                return _null(piece, nullish, uses)
        else:
            return False
        return any(_null(v, nullish, uses) for v in values)
    if uses:
        return any(_null(piece, nullish, uses) for _, piece in pieces) or _mentions(subject, nullish)
    for word, piece in pieces:
        if word in ("then", "else") and _null(piece, nullish, uses):
            return True
        if word == "when" and not has_else and (_mentions(piece, nullish) or _mentions(subject, nullish)):
            return True
    return False


#: The settings the models branch on (``setting('rank_basis_' || measure) = 'size'``), as a county has them
#: by default: set by ``configure`` from ``beizeng.base.config.Rules``.
SETTINGS: dict[str, str] = {}


def configure(settings: dict[str, str]) -> None:
    SETTINGS.clear()
    SETTINGS.update(settings)
    null_indicators.cache_clear()


def _setting_holds(tokens: list[str]) -> bool | None:
    """``setting('k') = 'v'`` (or ``<>``; the key may be a prefix joined with ``||``) under ``SETTINGS``,
    or None when the settings do not decide it."""
    text = " ".join(tokens)
    m = re.fullmatch(r"setting \( '(\w+)' (\|\| [\w.]+ )?\) (=|<>|!=) '(\w+)'", text)
    if not m:
        return None
    values = {v for k, v in SETTINGS.items() if (k.startswith(m.group(1)) if m.group(2) else k == m.group(1))}
    if len(values) != 1:
        return None
    equal = values.pop() == m.group(4)
    return equal if m.group(3) == "=" else not equal


def _goes_null(expr: str, nullish: set[str], uses: bool = False) -> bool:
    # "scope = setting('county')" picks the county's own row, whose scope is the county's name, never the
    # NULL of a missing 所属乡镇 (only the townships' rows lose their names)
    text = re.sub(r"[\w.]+\s*=\s*setting\s*\(\s*'county'\s*\)", " 0 ", expr)
    return _null(_tokens(text), nullish, uses)


def _nullish_of(query: Query, nullish: set[str], uses: bool = False) -> set[str]:
    """The names a query outputs that are NULL, given the NULL names of what it reads."""
    if not query.parts:
        return set(nullish)  # DuckDB's from-first form (from typed unpivot …): its names are what it reads
    out: set[str] = set()
    aliases = query.aliases
    for p, part in enumerate(query.parts):
        if uses:
            where = _WHERE.search(part.rest)
            # "where township is not null" keeps a township's own rows: the county's rows do not depend on it
            cond = re.sub(r"[\w.]+\s+is\s+(?:not\s+)?null\b", " ", where.group(1)) if where else ""
            chosen = _mentions(_tokens(cond), nullish)
            if chosen:
                out.add(ROWS)
            if chosen or ROWS in nullish:  # figures over rows a missing column chose
                out |= {aliases[i] if p and i < len(aliases) else a for i, (a, e) in enumerate(part.items)
                        if a != "*" and not re.fullmatch(r"[\w.]+", e.strip())}
                if chosen and any(a == "*" for a, _ in part.items):
                    out.add(ROWS)
            if ROWS in nullish and _passes_rows(part):  # a plain select of chosen rows hands them on as chosen
                out.add(ROWS)
        for i, (alias, expr) in enumerate(part.items):
            name = aliases[i] if p and i < len(aliases) and alias != "*" else alias
            if alias == "*":
                out |= nullish
            elif _goes_null(expr, nullish, uses):
                out.add(name)
    return out


def _passes_rows(part: Part) -> bool:
    """Whether a select hands on its rows as they are: plain columns, no grouping (``counted`` reading the view
    fai_counted, whose rows a missing 是否纳统 chose, chooses the same rows)."""
    return not re.search(r"\bgroup\s+by\b", part.rest) and all(
        a == "*" or re.fullmatch(r"[\w.]+", e.strip()) for a, e in part.items)


@dataclass
class Model:
    path: Path
    queries: list[Query]
    text: str

    @property
    def view(self) -> str:
        return self.queries[-1].name


@cache
def _models(folder: Path) -> tuple[Model, ...]:
    out = []
    for path in sorted(folder.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        out.append(Model(path, parse(sql, folder.parent / "ddl"), sql.lower()))
    return tuple(out)


def null_names(model: Model, source: str, columns: frozenset[str], uses: bool = False) -> dict[str, set[str]]:
    """Query name → the names it outputs that are NULL when ``columns`` of ``source`` are NULL."""
    by_query: dict[str, set[str]] = {source: set(columns)}
    for q in model.queries:
        reads = {n for n in by_query if by_query[n] and re.search(rf"\b{re.escape(n)}\b", q.text)}
        if not reads:
            by_query[q.name] = set()
            continue
        nullish = set().union(*(by_query[n] for n in reads))
        by_query[q.name] = _nullish_of(q, nullish, uses)
    return by_query


@cache
def null_indicators(folder: Path, form: str, column: str, codes: frozenset[str], uses: bool = False,
                    family: str | None = None) -> frozenset[str]:
    """The indicator codes (of ``codes``) that read NULL when a return of ``form`` lacks ``column``; with
    ``uses``, every code computed from it at all (a count over a missing flag is 0, not NULL: wrong all the same).
    ``family``: a shared view's rows are per measure (city_ranks: output, va, fai, tech), which names cannot
    tell apart; a column of a family (va_yoy_pct) reaches through it only the codes of its family (va_…)."""
    from beizeng.base.forms import all_forms

    spec = all_forms().get(form)
    token = _FORM_COLUMNS.set(frozenset(c.name for c in spec.columns) if spec else frozenset())
    try:
        return _null_indicators(folder, form, column, codes, uses, family)
    finally:
        _FORM_COLUMNS.reset(token)


def _null_indicators(folder: Path, form: str, column: str, codes: frozenset[str], uses: bool,
                     family: str | None) -> frozenset[str]:
    models = _models(folder)
    sources: dict[str, frozenset[str]] = {f"cur_{form}": frozenset({column})}
    found: set[str] = set()
    for _ in range(3):  # views built from views (city_ranks → the models that read it)
        changed = False
        for model in models:
            for source, cols in list(sources.items()):
                if not re.search(rf"\b{re.escape(source)}\b", model.text):
                    continue
                names = null_names(model, source, cols, uses)
                view = model.view
                if view.startswith("ind_"):  # an indicator view: its codes are the names it outputs
                    here = names.get(view, set()) & codes
                    if family and source != f"cur_{form}":
                        here = {c for c in here if c.startswith(family)}
                    found |= here
                out = names.get(view, set())
                if out and not view.startswith("ind_") and sources.get(view) != frozenset(out):
                    sources[view] = frozenset(out)
                    changed = True
        if not changed:
            break
    return frozenset(found)
