"""SQL is the only home of indicator arithmetic (issue 13): no module of beizeng/ adds, subtracts,
multiplies or divides an indicator value; it formats and phrases what sql/models/ computed.

The rule, checked on the syntax tree of every module (beizeng/base/numbers.py, which rounds for display, is
the one exception):

- an *indicator value* is anything read from the warehouse's figures: a lookup with a catalogue code
  (``v["output_cum"]``, ``v.get("fai_yoy_pct")``), or anything taken out of a mapping of figures —
  a parameter or variable annotated ``Values``/``Figures``, the result of ``overview.values``,
  ``snapshot`` or ``year_to_date``, ``self.values``/``self.figures`` — by subscript, ``.get``,
  ``.items()``/``.values()`` or a loop over them, and every name bound from such a thing;
- arithmetic is a binary ``+ - * / // % **`` (or its augmented assignment) with such an operand.

Comparisons, ``round``-free formatting and passing values on are allowed: they do not make a new figure.
"""

from __future__ import annotations

import ast
from pathlib import Path

from beizeng.store.catalogue import catalogue

PACKAGE = Path(__file__).resolve().parent.parent / "beizeng"
#: Display rounding lives here by design (shown digits), and is no new figure.
ALLOWED = {"numbers.py"}
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
FIGURE_TYPES = {"Values", "Figures"}
FIGURE_CALLS = {"values", "snapshot", "year_to_date"}
FIGURE_ATTRIBUTES = {"values", "figures"}
#: Wrappers that pass a value (or a mapping of values) on unchanged.
PASS_ON = {"float", "Decimal", "dict", "list", "sorted", "abs"}


def _annotated_as_figures(annotation: ast.expr | None) -> bool:
    return annotation is not None and any(isinstance(n, ast.Name) and n.id in FIGURE_TYPES
                                          for n in ast.walk(annotation))


class _Scope:
    """The names of one function (or module body) that hold indicator values or mappings of them."""

    def __init__(self, codes: set[str], tainted: set[str]) -> None:
        self.codes = codes
        self.tainted = set(tainted)

    def holds_figures(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.tainted
        if isinstance(node, ast.Attribute):
            return (isinstance(node.value, ast.Name) and node.value.id == "self" and node.attr in FIGURE_ATTRIBUTES)
        if isinstance(node, ast.Subscript):
            key = node.slice
            return (isinstance(key, ast.Constant) and key.value in self.codes) or self.holds_figures(node.value)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                if func.id in FIGURE_CALLS:
                    return True
                return func.id in PASS_ON and any(self.holds_figures(a) for a in node.args)
            if isinstance(func, ast.Attribute):
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


def arithmetic_on_figures(source: str, codes: set[str]) -> list[tuple[int, str]]:
    """(line, expression) of each arithmetic operation on an indicator value in a module's source."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))]
    for fn in scopes:
        params: set[str] = set()
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = {a.arg for a in [*fn.args.args, *fn.args.kwonlyargs] if _annotated_as_figures(a.annotation)}
        scope = _Scope(codes, params)
        nodes = _own_nodes(fn)
        changed = True
        while changed:  # to a fixed point: a name bound late may feed one bound earlier in a loop
            changed = False
            for node in nodes:
                changed |= any(scope.bind(t) for t in _bound_from_figures(scope, node))
        for node in nodes:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC) and (
                    scope.holds_figures(node.left) or scope.holds_figures(node.right)):
                if not (isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant)):  # "%s" % x
                    found.append((node.lineno, ast.unparse(node)))
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, ARITHMETIC) and (
                    scope.holds_figures(node.value) or scope.holds_figures(node.target)):
                found.append((node.lineno, ast.unparse(node)))
    return sorted(set(found))


def test_no_module_outside_sql_does_arithmetic_on_an_indicator_value() -> None:
    codes = set(catalogue())
    found = {
        str(path.relative_to(PACKAGE.parent)): hits
        for path in sorted(PACKAGE.rglob("*.py")) if path.name not in ALLOWED
        if (hits := arithmetic_on_figures(path.read_text(encoding="utf-8"), codes))
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
