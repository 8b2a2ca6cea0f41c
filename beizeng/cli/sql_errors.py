"""DuckDB's refusal of a `beizeng query` statement, said in Chinese: what is wrong, where, and what to write.

DuckDB answers in English ("Catalog Error: Table with name 上月产值 does not exist!  Did you mean …?
LINE 1: …").  An analyst who typed a Chinese table name should read that the table is not there and
which ones are; one who misspelled a column, the columns there are; a syntax error, the place.  The
common classes are translated here; anything else gets a Chinese sentence with DuckDB's first line
as a short detail.  The statement's place (DuckDB's ``LINE n:`` and its ``^^^`` under the word) is
kept, its label in Chinese.  Light: only the text and, for the list of tables, the open connection.
"""

from __future__ import annotations

import re
from typing import Any

from rich.markup import escape

#: How many table or view names a "no such table" answer lists before pointing to the full list.
SHOWN_TABLES = 8
SHOW_TABLES = 'beizeng query "show tables"'


def _quoted(text: str) -> list[str]:
    return re.findall(r'"([^"]*)"', text)


def _tables(con: Any) -> list[str]:
    """The warehouse's views and tables, the report views first (what an analyst asks for most)."""
    try:
        rows = con.execute(
            "select view_name from duckdb_views() where not internal and schema_name = 'main' "
            "union select table_name from duckdb_tables() where schema_name = 'main'"
        ).fetchall()
    except Exception:  # noqa: BLE001 - the list is a help; the answer stands without it
        return []
    names = sorted(str(r[0]) for r in rows)
    return sorted(names, key=lambda n: (not n.startswith("report_"), not n.startswith("cur_"), n))


def _chinese(name: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in name)


def _labelled(con: Any, label: str) -> list[tuple[str, str]]:
    """(column, view) pairs of the current-rows views whose column carries ``label`` as its Chinese name: the
    warehouse keeps each column's label and description as its comment (“项目名称: …”,
    beizeng.store.warehouse), which `explain` and the feedback show as the column's header."""
    try:
        rows = con.execute(
            "select column_name, table_name from duckdb_columns() where schema_name = 'main' "
            "and table_name like 'cur\\_%' escape '\\' and split_part(comment, ':', 1) = ? "
            "order by table_name, column_name",
            [label],
        ).fetchall()
    except Exception:  # noqa: BLE001 - the pointer is a help; the answer stands without it
        return []
    return [(str(c), str(t)) for c, t in rows]


def _titled(con: Any, title: str) -> list[str]:
    """The current-rows view of the form whose Chinese title is (or holds, or is held by) ``title``."""
    try:
        rows = con.execute(
            "select 'cur_' || code from form_catalogue "
            "where title = ? or contains(title, ?) or contains(?, title) order by code",
            [title, title, title],
        ).fetchall()
    except Exception:  # noqa: BLE001 - a help, as above
        return []
    return [str(r[0]) for r in rows]


def _place(lines: list[str]) -> list[str]:
    """DuckDB's ``LINE n: <text>`` and the caret line under it, labelled 第n行 (as wide, so the carets stay put)."""
    out = []
    for line in lines:
        m = re.match(r"LINE (\d+): ", line)
        out.append(f"第{m.group(1)}行： {line[m.end() :]}" if m else line)
    return out


def _say(head: str, body: str, con: Any) -> str:
    """The Chinese sentence (rich markup) for DuckDB's first line ``head`` and the lines after it ``body``."""
    text = f"{head}\n{body}"
    mean = re.search(r'Did you mean "([^"]+)"', body)
    guess = f"是不是“{escape(mean.group(1))}”？" if mean else ""
    if m := re.search(
        r"Catalog Error: (Table|Table Function|Scalar Function|Aggregate Function|Function) "
        r"with name (.+?) does not exist",
        head,
    ):
        kind, name = m.groups()
        if kind == "Table":
            names = _tables(con)
            # names apart by spaces, so a narrow terminal wraps between them, never inside one
            some = " ".join(names[:SHOWN_TABLES]) + (" 等" if len(names) > SHOWN_TABLES else "")
            known = (
                f"数据仓库里有：{some}。\n全部表和视图：{SHOW_TABLES}"
                if names
                else f"全部表和视图：{SHOW_TABLES}"
            )
            if _chinese(name) and (views := _titled(con, name)):
                # a form's Chinese title for its table: the rows as they count now are in its cur_ view
                return (f"[red]查询出错：表或视图“{escape(name)}”不存在。[/red]报表“{escape(name)}”本期计入的各行"
                        f"在视图 {escape(' '.join(views))} 中（各版本全部行在 form_ 开头的同名表）。")
            return f"[red]查询出错：表或视图“{escape(name)}”不存在。[/red]{guess}{escape(known)}"
        what = "表函数" if kind == "Table Function" else "函数"
        return f"[red]查询出错：{what}“{escape(name)}”不存在。[/red]{guess}"
    if m := re.search(r'Referenced column "([^"]+)" not found', head) or re.search(
        r'does not have a column named "([^"]+)"', head
    ):
        table = re.search(r'Table "([^"]+)" does not have', head)
        where = f"表“{escape(table.group(1))}”中" if table else "FROM 后的表中"
        cands = re.search(r"Candidate bindings:(.*)", text)
        # apart by spaces: a narrow terminal wraps between the names, not inside one
        cols = " ".join(_quoted(cands.group(1))) if cands else ""
        if _chinese(m.group(1)) and (named := _labelled(con, m.group(1))):
            # a column's Chinese name (its header in explain and the feedback) for the column itself
            columns = sorted({c for c, _ in named})
            views = sorted({v for _, v in named})
            return (f"[red]查询出错：{where}没有列“{escape(m.group(1))}”。[/red]“{escape(m.group(1))}”是中文名，"
                    f"查询要写列名（见于 {escape(' '.join(views[:SHOWN_TABLES]))}）。"
                    f"相近的列：{escape(' '.join(columns))}。")
        hint = f"相近的列：{escape(cols)}。" if cols else ""
        return f"[red]查询出错：{where}没有列“{escape(m.group(1))}”。[/red]{hint}"
    if m := re.search(r'Ambiguous reference to column name "([^"]+)"', head):
        return (
            f"[red]查询出错：列名“{escape(m.group(1))}”不明确（几个表中都有）。[/red]"
            f"请在前面写上表名或别名，如 t.{escape(m.group(1))}。"
        )
    if m := re.search(r'column "([^"]+)" must appear in the GROUP BY clause', head):
        col = escape(m.group(1))
        return (
            f"[red]查询出错：列“{col}”既没有写进 GROUP BY，也不在聚合函数里。[/red]"
            f"请把它加到 GROUP BY 中，或写成 sum({col})、any_value({col}) 等。"
        )
    if m := re.search(r"syntax error at or near (.+)$", head):
        near = m.group(1).strip().strip('"')
        return (
            f"[red]查询出错：SQL 语法错误，在“{escape(near)}”附近。[/red]请检查拼写、逗号和括号（位置见下）。"
        )
    if "syntax error at end of input" in head:
        return "[red]查询出错：SQL 语句不完整（写到末尾还缺内容）。[/red]请检查是否少写了表名、条件或右括号。"
    if m := re.search(r"Could not convert string '(.*)' to (\w+)", head):
        return (
            f"[red]查询出错：无法把文字“{escape(m.group(1))}”转换为 {escape(m.group(2))} 类型。[/red]"
            "请检查比较或 cast 的两边类型是否一致（文字要加引号，数字不加）。"
        )
    if m := re.search(r"No function matches the given name and argument types '([^']+)'", head):
        return (
            f"[red]查询出错：函数的参数类型不对：{escape(m.group(1))}。[/red]"
            "可能需要先转换类型，如 cast(列 as double)。"
        )
    detail = re.sub(r"^[A-Za-z ]+ Error: ", "", head).strip()
    return f"[red]查询出错：DuckDB 无法执行这条语句。[/red][dim]（原文：{escape(detail)}）[/dim]"


def query_problem(exc: BaseException | str, con: Any = None) -> str:
    """Rich markup: the Chinese sentence for DuckDB's error, then the statement's place if DuckDB gave it."""
    lines = str(exc).strip().splitlines()
    if not lines:
        return "[red]查询出错：DuckDB 无法执行这条语句。[/red]"
    start = next((i for i, line in enumerate(lines) if re.match(r"LINE \d+: ", line)), len(lines))
    said = _say(lines[0], "\n".join(lines[1:start]), con)
    place = _place(lines[start : start + 2])
    return "\n".join([said, *(escape(line) for line in place)])
