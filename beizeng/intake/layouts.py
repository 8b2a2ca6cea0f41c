"""Layout memory (表头对照): a sender's answer to "which column is which" is asked once and kept.

When a return's header cannot be matched with confidence (two columns equally likely, a needed
column not recognised), the feedback workbook asks in its 表头对照 sheet and ``beizeng map FILE``
asks at the terminal.  The answer is stored per sender and form in ``表头对照.toml`` beside
``beizeng.toml`` — plain text, reviewed like the configuration — keyed by the column's letter *and*
its header as written, so next month's file with the same layout is read without asking, and a
changed layout is reported as a difference instead of being read by an answer that no longer fits.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from beizeng.base.forms import FormSpec, get_form
from beizeng.base.problems import Problem
from beizeng.base.sheets import QUESTIONS_SHEET
from beizeng.intake.reader import Sheet, clean_text

FILE_NAME = "表头对照.toml"
#: What an answer writes for a column that is not to be read at all.
NOT_READ = "不读"
_KEY_RE = re.compile(r"^([A-Z]{1,3})\s*(.*)$")


@dataclass
class Layout:
    """One sender's answers for one form: sheet column (letter, header as written) → form column name,
    or "" for a column not to be read."""

    sender: str
    form: str
    columns: dict[tuple[str, str], str] = field(default_factory=dict)


def layout_file(root: Path) -> Path:
    return root / FILE_NAME


def load(root: Path) -> dict[tuple[str, str], Layout]:
    """Every stored layout, by (sender, form code); a missing or unreadable file is no memory."""
    path = layout_file(root)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    out: dict[tuple[str, str], Layout] = {}
    for entry in data.get("对照", []):
        sender, form = str(entry.get("填报单位", "")), str(entry.get("报表", ""))
        if not sender or not form:
            continue
        try:
            spec = get_form(form)
        except KeyError:
            continue  # a form this version does not know: kept in the file, not used
        layout = out.setdefault((sender, form), Layout(sender, form))
        for key, value in dict(entry.get("列", {})).items():
            m = _KEY_RE.match(str(key).strip())
            name = field_name(spec, str(value))
            if m and name is not None:
                layout.columns[(m.group(1), m.group(2).strip())] = name
    return out


def save(root: Path, layout: Layout, form: FormSpec) -> Path:
    """Store (or replace) one sender's answers for one form, keeping every other entry as it was."""
    layouts = load(root)
    layouts[(layout.sender, layout.form)] = layout
    lines = ["# 表头对照：某单位的报表表头与模板不同、系统无法确定哪一列是哪一项时，一次回答，记在这里。",
             "# 以后同一单位同一报表的相同表头按此读取；表头变了会提示，不按旧的对照读取。",
             "# 格式：\"列字母 表头原文\" = \"报表中的项目\"（或“不读”）。可以手工修改或删除。", ""]
    for (sender, code), entry in sorted(layouts.items()):
        spec = form if code == form.code else get_form(code)
        lines += ['[["对照"]]', f'"填报单位" = {_q(sender)}', f'"报表" = {_q(code)}', f'"报表名称" = {_q(spec.title)}',
                  '["对照"."列"]']
        for (letter, header), name in sorted(entry.columns.items(), key=lambda kv: (len(kv[0][0]), kv[0][0])):
            shown = spec.column(name).header if name else NOT_READ
            lines.append(f"{_q(f'{letter} {header}'.strip())} = {_q(shown)}")
        lines.append("")
    path = layout_file(root)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)
    return path


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def field_name(form: FormSpec, answer: str) -> str | None:
    """A form column named by its Chinese header, an alias or its code; "" for 不读; None if unknown."""
    text = answer.strip()
    if text in (NOT_READ, "不要", "无", "-"):
        return ""
    for c in form.columns:
        if text in (c.name, c.header, c.label, *c.aliases):
            return c.name
    return None


def apply(layout: Layout, form: FormSpec, columns: dict[str, int], header_at: dict[int, str],
          file: str, sheet: str, row: int) -> tuple[dict[str, int] | None, list[Problem]]:
    """The sheet→form columns with the stored answers applied, or None and a warning naming what changed
    when the header no longer is the one answered for (a later change of layout is a difference)."""
    changed = []
    for (letter, header), _ in layout.columns.items():
        c = column_index(letter)
        now = header_at.get(c, "")
        if _plain(now) != _plain(header):
            changed.append(f"{letter}列原来是“{header}”，现在是“{now or '空白'}”")
    if changed:
        return None, [Problem("warning", "layout_changed",
                              f"本单位这张表的表头与上次回答的表头对照（{FILE_NAME}）不同：{'；'.join(changed)}，本次未按对照读取",
                              "请核对各列；如果列的含义变了，请重新回答（beizeng map 文件名）", file=file, sheet=sheet,
                              row=row)]
    out = dict(columns)
    for (letter, _), name in layout.columns.items():
        c = column_index(letter)
        out = {n: i for n, i in out.items() if i != c}
        if name:
            out[name] = c
    return out, [Problem("info", "layout_remembered", f"按表头对照（{FILE_NAME}）读取了：" + "、".join(
        f"{letter}列为“{form.column(name).header if name else NOT_READ}”"
        for (letter, _), name in sorted(layout.columns.items())), file=file, sheet=sheet, row=row)]


def _plain(text: str) -> str:
    return re.sub(r"\s", "", text)


def column_index(letters: str) -> int:
    """Excel letters → 0-based column (A → 0, AA → 26)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def questions(problems: list[Problem]) -> list[Problem]:
    """The problems a clerk answers with a column letter: equally likely columns and needed columns not found."""
    return [p for p in problems if p.code in ("ambiguous_column", "missing_columns")]


def answers(sheets: list[Sheet], form: FormSpec) -> dict[str, int]:
    """The clerk's answers in a returned feedback copy's 表头对照 sheet: form column → 0-based sheet column
    (the letter written in the answer column), for the questions of that form."""
    out: dict[str, int] = {}
    for sheet in sheets:
        if sheet.name != QUESTIONS_SHEET:
            continue
        for row in sheet.rows[2:]:
            cells = [clean_text(v) for v in row]
            if len(cells) < 3 or not cells[1] or not cells[2]:
                continue
            name = field_name(form, cells[1])
            letters = cells[2].upper().replace("列", "").strip()
            if name and re.fullmatch(r"[A-Z]{1,3}", letters):
                out[name] = column_index(letters)
    return out


def question_rows(problems: list[Problem]) -> list[tuple[str, str]]:
    """(question, the form column it asks for) for each problem a clerk answers with a column letter."""
    return [(p.message, p.column or "") for p in questions(problems) if p.column]
