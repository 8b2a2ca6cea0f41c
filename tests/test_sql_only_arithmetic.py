"""SQL is the only home of indicator arithmetic (issue 13): no module of beizeng/ adds, subtracts,
multiplies or divides an indicator value; it formats and phrases what sql/models/ computed.

The rule, checked on the syntax tree of every module (beizeng/base/numbers.py, which rounds for display, is
the one exception):

- an *indicator value* is anything read from the warehouse's figures: a lookup with a catalogue code
  (``v["output_cum"]``, ``v.get("fai_yoy_pct")``), or anything taken out of a mapping of figures —
  a parameter or variable annotated ``Values``/``Figures``, the result of ``overview.values``,
  ``snapshot`` or ``year_to_date``, ``self.values``/``self.figures`` — by subscript, ``.get``,
  ``.items()``/``.values()`` or a loop over them, and every name bound from such a thing;
- so is anything read from the warehouse's rows in the modules that publish figures (``ROW_PACKAGES``): the
  result of ``fetchall``/``fetchone``/``fetchmany`` or of a helper returning a form's rows (``ROW_CALLS``), its
  items and fields (a 合计 summed over the rows, an amount divided into another unit, are new figures too);
- arithmetic is a binary ``+ - * / // % **`` (or its augmented assignment) with such an operand, or ``sum()`` over
  such values.

Comparisons, ``round``-free formatting and passing values on are allowed: they do not make a new figure.
"""

from __future__ import annotations

import ast
from pathlib import Path

from beizeng.store.catalogue import catalogue

PACKAGE = Path(__file__).resolve().parent.parent / "beizeng"
#: Display rounding lives here by design (shown digits), and is no new figure.
ALLOWED = {"numbers.py"}
#: The demo county makes up the returns' own figures (a clerk's sums on the rows it writes, whose columns share
#: names with catalogue codes); it never reads the warehouse's figures.
ALLOWED_PACKAGES = {"demo"}
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
FIGURE_TYPES = {"Values", "Figures"}
FIGURE_CALLS = {"values", "snapshot", "year_to_date"}
FIGURE_ATTRIBUTES = {"values", "figures"}
#: Wrappers that pass a value (or a mapping of values) on unchanged.
PASS_ON = {"float", "Decimal", "dict", "list", "sorted", "abs"}
#: Where warehouse rows count as figures too: the packages that print what the SQL computed.
ROW_PACKAGES = ("publish",)
#: Cursor methods and helpers that hand back warehouse rows.
ROW_METHODS = {"fetchall", "fetchone", "fetchmany"}
ROW_CALLS = {"form_rows", "key_project_rows"}


def _annotated_as_figures(annotation: ast.expr | None) -> bool:
    return annotation is not None and any(isinstance(n, ast.Name) and n.id in FIGURE_TYPES
                                          for n in ast.walk(annotation))


class _Scope:
    """The names of one function (or module body) that hold indicator values or mappings of them."""

    def __init__(self, codes: set[str], tainted: set[str], rows: bool = False,
                 row_calls: frozenset[str] = frozenset(ROW_CALLS)) -> None:
        self.codes = codes
        self.tainted = set(tainted)
        self.rows = rows  # warehouse rows are figures here (a module of ROW_PACKAGES)
        self.row_calls = row_calls  # ROW_CALLS and the module's own functions returning rows

    def holds_figures(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.tainted
        if isinstance(node, ast.Attribute):
            return (isinstance(node.value, ast.Name) and node.value.id == "self" and node.attr in FIGURE_ATTRIBUTES)
        if isinstance(node, ast.Subscript):
            key = node.slice
            return (isinstance(key, ast.Constant) and key.value in self.codes) or self.holds_figures(node.value)
        if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
            return self.holds_figures(node.elt)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                if func.id in FIGURE_CALLS or (self.rows and func.id in self.row_calls):
                    return True
                # Decimal(str(v)): the text of a figure, made a number again
                args = [a.args[0] if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == "str"
                        and a.args and func.id in ("Decimal", "float") else a for a in node.args]
                return func.id in PASS_ON and any(self.holds_figures(a) for a in args)
            if isinstance(func, ast.Attribute):
                if self.rows and func.attr in ROW_METHODS:
                    return True
                if func.attr == "get" and node.args and isinstance(node.args[0], ast.Constant) \
                        and node.args[0].value in self.codes:
                    return True
                if func.attr in ("get", "items", "values") and self.holds_figures(func.value):
                    return True
                return func.attr in FIGURE_CALLS and isinstance(func.value, ast.Name) and func.value.id == "overview"
        if isinstance(node, ast.BoolOp):
            return any(self.holds_figures(v) for v in node.values)
        if isinstance(node, ast.IfExp):
            return self.holds_figures(node.body) or self.holds_figures(node.orelse)
        return False

    def bind(self, target: ast.expr) -> bool:
        names = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)} - self.tainted
        self.tainted |= names
        return bool(names)


def _own_nodes(fn: ast.AST) -> list[ast.AST]:
    """The nodes of a function body, not of the functions nested in it (they are scopes of their own)."""
    out: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(fn))
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))
    return out


def _bound_from_figures(scope: _Scope, node: ast.AST) -> list[ast.expr]:
    """The targets ``node`` binds to an indicator value or a mapping of them (none if it binds nothing such)."""
    if isinstance(node, ast.Assign):
        return node.targets if scope.holds_figures(node.value) else []
    if isinstance(node, ast.AnnAssign):
        figures = _annotated_as_figures(node.annotation) or (node.value is not None and scope.holds_figures(node.value))
        return [node.target] if figures else []
    if isinstance(node, ast.NamedExpr):
        return [node.target] if scope.holds_figures(node.value) else []
    if isinstance(node, (ast.For, ast.comprehension)):
        return [node.target] if scope.holds_figures(node.iter) else []
    return []


def _sums_figures(scope: _Scope, arg: ast.expr) -> bool:
    """sum() over figures, or over anything drawn from them (sum(1 for r in rows if r[10]) counts rows anew)."""
    if scope.holds_figures(arg):
        return True
    return isinstance(arg, (ast.GeneratorExp, ast.ListComp)) and any(scope.holds_figures(g.iter)
                                                                     for g in arg.generators)


def _augments_or_sums(scope: _Scope, node: ast.AST) -> bool:
    """x += figure, or sum() over figures."""
    if isinstance(node, ast.AugAssign):
        return isinstance(node.op, ARITHMETIC) and (scope.holds_figures(node.value) or scope.holds_figures(node.target))
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "sum"
            and bool(node.args) and _sums_figures(scope, node.args[0]))


def arithmetic_on_figures(source: str, codes: set[str], rows: bool = False) -> list[tuple[int, str]]:
    """(line, expression) of each arithmetic operation on an indicator value in a module's source (``rows``:
    on a value read from the warehouse's rows, too)."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))]

    def bound(fn: ast.AST, row_calls: frozenset[str]) -> tuple[_Scope, list[ast.AST]]:
        params: set[str] = set()
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = {a.arg for a in [*fn.args.args, *fn.args.kwonlyargs] if _annotated_as_figures(a.annotation)}
        scope = _Scope(codes, params, rows, row_calls)
        nodes = _own_nodes(fn)
        changed = True
        while changed:  # to a fixed point: a name bound late may feed one bound earlier in a loop
            changed = False
            for node in nodes:
                changed |= any(scope.bind(t) for t in _bound_from_figures(scope, node))
        return scope, nodes

    # a function of the module that returns warehouse rows hands them on like form_rows (to a fixed point)
    row_calls = frozenset(ROW_CALLS)
    while rows:
        more = row_calls | {fn.name for fn in scopes if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                            for scope, nodes in [bound(fn, row_calls)]
                            if any(isinstance(n, ast.Return) and n.value is not None and scope.holds_figures(n.value)
                                   for n in nodes)}
        if more == row_calls:
            break
        row_calls = more
    for fn in scopes:
        scope, nodes = bound(fn, row_calls)
        for node in nodes:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC) and (
                    scope.holds_figures(node.left) or scope.holds_figures(node.right)):
                if not (isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant)):  # "%s" % x
                    found.append((node.lineno, ast.unparse(node)))
            elif isinstance(node, (ast.AugAssign, ast.Call)) and _augments_or_sums(scope, node):
                found.append((node.lineno, ast.unparse(node)))
    return sorted(set(found))


def test_no_module_outside_sql_does_arithmetic_on_an_indicator_value() -> None:
    codes = set(catalogue())
    found = {
        str(path.relative_to(PACKAGE.parent)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in ALLOWED and path.relative_to(PACKAGE).parts[0] not in ALLOWED_PACKAGES
        if (hits := arithmetic_on_figures(path.read_text(encoding="utf-8"), codes,
                                          rows=path.relative_to(PACKAGE).parts[0] in ROW_PACKAGES))
    }
    assert found == {}, "arithmetic on indicator values belongs in sql/models/ (a catalogued code):\n" + "\n".join(
        f"  {p}:{line}: {expr}" for p, hits in found.items() for line, expr in hits)


def test_the_rule_finds_what_it_forbids_and_spares_what_it_allows() -> None:
    codes = {"output_cum", "output_target"}
    # each of these makes a new figure in Python
    forbidden = '''
def gap(v: Values) -> float:
    return v["output_cum"] - v["output_target"]

def share(con, period):
    figures = snapshot(con, period)
    county = figures["测试县"]
    done = county.get("output_cum")
    return done * 100

def total(year: dict[str, Figures]) -> float:
    s = 0.0
    for period, scopes in year.items():
        s += scopes["测试县"]["output_cum"] or 0
    return s

class Draft:
    def pp(self, code):
        x = self.values.get(code)
        return (x or 0) / 12
'''
    assert [line for line, _ in arithmetic_on_figures(forbidden, codes)] == [3, 9, 14, 20]
    # these format, compare or pass values on: allowed
    allowed = '''
def line(v: Values, code: str) -> str:
    value = v.get(code)
    if value is not None and value > 0:
        return f"{value:.2f}" + "亿元"
    return "—" + " " * 3

def months(period: str) -> int:
    return int(period[5:]) + 1
'''
    assert arithmetic_on_figures(allowed, codes) == []


def test_the_rule_finds_sums_of_warehouse_rows_and_unit_conversions_in_publish() -> None:
    """The two habits issue 13 found in beizeng/publish (before 480_key_project_totals.sql and 485_named_items.sql):
    a 合计 line summed and counted over the rows of a query, and an amount of a form's row divided from 万元 into
    亿元 after a helper of the module handed the rows on.  Printing the rows' fields stays allowed."""
    codes = {"key_projects"}
    forbidden = '''
def key_projects(con, period):
    rows = key_project_rows(con, period)
    plan = sum((Decimal(str(r[6])) for r in rows if r[6] is not None), Decimal(0))
    started = sum(1 for r in rows if r[10])
    return plan, started

def _rows(con, form, period):
    if form is None:
        return []
    return form_rows(con, form, period)

def named_list(con, form, period):
    items = []
    for row in _rows(con, form, period):
        value = row.get("amount")
        items.append(None if value is None else float(Decimal(str(value)) / 10000))
    (n,) = con.execute("select count(*) from t").fetchone()
    return items, n + 1
'''
    assert [line for line, _ in arithmetic_on_figures(forbidden, codes, rows=True)] == [4, 5, 17, 19]
    assert arithmetic_on_figures(forbidden, codes) == []  # outside ROW_PACKAGES rows are not figures
    allowed = '''
def listed(con, period):
    rows = con.execute("select name, amount from named_items where period = ?", [period]).fetchall()
    return [f"第{i + 1}项：{name} {shown(amount, 2)}" for i, (name, amount) in enumerate(rows)] + [str(len(rows))]
'''
    assert arithmetic_on_figures(allowed, codes, rows=True) == []
