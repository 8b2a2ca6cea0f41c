"""Layout memory (表头对照): a sender's answer to "which column is which" is asked once and kept.

When a return's header cannot be matched with confidence (two columns equally likely, a needed
column not recognised), the feedback workbook asks in its 表头对照 sheet and ``beizeng map FILE``
asks at the terminal.  The answer is stored per sender and form in ``表头对照.toml`` beside
``beizeng.toml`` — plain text, reviewed like the configuration — keyed by the column's letter *and*
its header as written, so next month's file with the same layout is read without asking, and a
changed layout is reported as a difference instead of being read by an answer that no longer fits.

An answer is a clerk's word, never trusted past what the sheet shows: checked where it is taken
(``resolve_column``: a column the sheet has, named by its letter or its header's own words — else said, not
stored), again where it is applied (``apply``: a stored letter the sheet no longer has is a changed layout), and
against the return's own figures and headers (``doubts``: the checks a matched header goes through).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from beizeng.base.config import ConfigError, read_toml
from beizeng.base.forms import FormSpec, get_form
from beizeng.base.problems import Problem, col_letter
from beizeng.base.sheets import QUESTIONS_SHEET
from beizeng.intake.reader import Sheet, clean_text

FILE_NAME = "表头对照.toml"
#: The problems a clerk answers with a column letter (``questions``; the 报送平台 offers its form for them).
QUESTION_CODES = ("ambiguous_column", "missing_columns", "layout_answer_doubtful")
#: What an answer writes for a column that is not to be read at all.
NOT_READ = "不读"
#: A stored key: the column letter, then the header as written — which may hold a line break (Alt+Enter).
_KEY_RE = re.compile(r"^([A-Z]{1,3})\s*(.*)$", re.DOTALL)
#: A key edited by hand with its letter in lower case (“l 完成投资额”).
_LOWER_KEY_RE = re.compile(r"^([A-Za-z]{1,3})(?![A-Za-z])\s*(.*)$", re.DOTALL)
#: What the file is called in messages (read_toml).
WHAT = "表头对照文件"


@dataclass
class Layout:
    """One sender's answers for one form: sheet column (letter, header as written) → form column name,
    or "" for a column not to be read."""

    sender: str
    form: str
    columns: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Entries edited by hand that are not “letter header” = item: a key of the header's words alone (matched
    #: against each sheet's header by ``settle``), or an item the form does not have.  Written back as they are.
    kept: dict[str, str] = field(default_factory=dict)


def layout_file(root: Path) -> Path:
    return root / FILE_NAME


def load(root: Path) -> dict[tuple[str, str], Layout]:
    """Every stored layout, by (sender, form code); a missing file is no memory.  A file that cannot be read
    (edited by hand: a full-width ＝, a key written twice, saved as GBK) is a ConfigError naming the file, the line
    and the fix — never taken as no memory, which would ask every answer again and let ``save`` write over it."""
    path = layout_file(root)
    if not path.is_file():
        return {}
    data = read_toml(path, WHAT)
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
            text = str(key).strip()
            m = _KEY_RE.match(text) or _LOWER_KEY_RE.match(text)
            name = field_name(spec, str(value))
            if m and name is not None:
                layout.columns[(m.group(1).upper(), m.group(2).strip())] = name
            else:
                layout.kept[text] = str(value)
    return out


def _raw_entries(root: Path) -> list[dict[str, Any]]:
    """The file's entries for forms this version does not know: written back by ``save`` as they are."""
    path = layout_file(root)
    if not path.is_file():
        return []
    entries = read_toml(path, WHAT).get("对照", [])
    return [e for e in entries if isinstance(e, dict) and str(e.get("报表", "")) not in _known_codes()]


def _known_codes() -> set[str]:
    from beizeng.base.forms import all_forms

    return set(all_forms())


def settle(layout: Layout, form: FormSpec, header_at: dict[int, str], last: int, file: str, sheet: str,
           row: int) -> tuple[Layout, list[Problem]]:
    """The layout with its hand-edited entries placed on this sheet: a key of the header's words alone names its
    column when exactly one column is headed so (the rule of every answer, ``resolve_column``); an entry that names
    no column or no item of the form is said, naming 表头对照.toml and the entry — never dropped without a word,
    never blamed on the sender as a missing column."""
    if not layout.kept:
        return layout, []
    columns, kept = dict(layout.columns), dict(layout.kept)
    problems = []
    items = "、".join(c.header for c in form.columns)
    for key, value in layout.kept.items():
        name = field_name(form, value)
        if name is None:
            why = f"右边的“{value}”不是《{form.title}》中的项目（可填：{items} 或“{NOT_READ}”）"
        else:
            c, why = resolve_column(key, header_at, last)
            if c is not None:
                if not name or name not in columns.values():
                    columns[(col_letter(c), header_at.get(c, ""))] = name
                del kept[key]  # written back (a later answer of this sender's) as the letter and header it names
                continue
        problems.append(Problem(
            "warning", "layout_entry_unclear",
            f"县里的{FILE_NAME}中{layout.sender}《{form.title}》的一条对照“{key}” = “{value}”无法采用：{why}，"
            "本表未按这一条读取",
            f"请县里在{FILE_NAME}中把这一条改为“列字母 表头原文” = “报表中的项目”（如 \"L 完成投资额\" = "
            f"\"{form.columns[0].header}\"），或运行 beizeng map 文件名 重新回答", file=file, sheet=sheet, row=row))
    return replace(layout, columns=columns, kept=kept), problems


def save(root: Path, layout: Layout, form: FormSpec) -> Path:
    """Store (or replace) one sender's answers for one form, keeping every other entry as it was.  A file that
    cannot be read is never written over from what could be read of it (nothing lost): the answer is added at its
    end, to be used once the file is corrected (``unreadable`` says why, for the one who answered)."""
    path = layout_file(root)
    try:
        layouts = load(root)
        unknown = _raw_entries(root)
    except ConfigError:
        with path.open("a", encoding="utf-8") as f:
            f.write("\n\n# 以下由 beizeng 追加（本文件上面有格式错误，改正后这条回答才会生效）\n"
                    + "\n".join(_entry_lines(layout, form)) + "\n")
        return path
    layouts[(layout.sender, layout.form)] = layout
    lines = ["# 表头对照：某单位的报表表头与模板不同、系统无法确定哪一列是哪一项时，一次回答，记在这里。",
             "# 以后同一单位同一报表的相同表头按此读取；表头变了会提示，不按旧的对照读取。",
             "# 格式：\"列字母 表头原文\" = \"报表中的项目\"（或“不读”）。可以手工修改或删除。", ""]
    for (_, code), entry in sorted(layouts.items()):
        lines += _entry_lines(entry, form if code == form.code else get_form(code))
    for raw in unknown:  # a form this version does not know: kept in the file as it was
        lines += ['[["对照"]]', *(f"{_q(str(k))} = {_q(str(v))}" for k, v in raw.items() if not isinstance(v, dict)),
                  '["对照"."列"]', *(f"{_q(str(k))} = {_q(str(v))}" for k, v in dict(raw.get("列", {})).items()), ""]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)
    return path


def _entry_lines(entry: Layout, spec: FormSpec) -> list[str]:
    lines = ['[["对照"]]', f'"填报单位" = {_q(entry.sender)}', f'"报表" = {_q(entry.form)}',
             f'"报表名称" = {_q(spec.title)}', '["对照"."列"]']
    for (letter, header), name in sorted(entry.columns.items(), key=lambda kv: (len(kv[0][0]), kv[0][0])):
        shown = spec.column(name).header if name else NOT_READ
        lines.append(f"{_q(f'{letter} {header}'.strip())} = {_q(shown)}")
    lines += [f"{_q(key)} = {_q(value)}" for key, value in entry.kept.items()]  # hand-edited: written back as is
    return [*lines, ""]


def unreadable(root: Path) -> str:
    """Why the answers file cannot be read (its line and fix, in Chinese), or "" when it can."""
    try:
        load(root)
    except ConfigError as exc:
        return str(exc)
    return ""


def remember(root: Path, sender: str, form: FormSpec, given: dict[str, int], header_at: dict[int, str]) -> Path:
    """Store answers checked by ``resolve_column`` (form column → 0-based sheet column; a name starting with "-"
    marks a column not to be read) into the sender's layout for ``form``, as ``beizeng map`` and the 报送平台's
    answer form both store them: an item answered again replaces its earlier column."""
    try:
        entry = load(root).get((sender, form.code)) or Layout(sender, form.code)
    except ConfigError:
        entry = Layout(sender, form.code)  # save adds it at the end of the file, nothing of it written over
    for name, c in given.items():
        item = "" if name.startswith("-") else name
        entry.columns = {k: v for k, v in entry.columns.items() if not item or v != item}
        entry.kept = {k: v for k, v in entry.kept.items() if not item or field_name(form, v) != item}
        entry.columns[(col_letter(c), header_at.get(c, ""))] = item
    return save(root, entry, form)


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


def apply(layout: Layout, form: FormSpec, columns: dict[str, int], header_at: dict[int, str], last: int,
          file: str, sheet: str, row: int) -> tuple[dict[str, int] | None, list[Problem]]:
    """The sheet→form columns with the stored answers applied, or None and a warning naming what changed
    when the header no longer is the one answered for (a later change of layout is a difference).  A stored
    letter past the sheet's ``last`` column (0-based; an answers file written before answers were checked, or
    edited by hand) is such a change: reading it would read a column that is not there."""
    changed = []
    for (letter, header), _ in layout.columns.items():
        c = column_index(letter)
        now = header_at.get(c, "")
        if c > last:
            changed.append(f"{letter}列原来是“{header or '空白'}”，现在表中没有{letter}列（最后一列是{col_letter(last)}列）")
        elif _plain(now) != _plain(header):
            changed.append(f"{letter}列原来是“{header}”，现在是“{now or '空白'}”")
    if changed:
        return None, [Problem("warning", "layout_changed",
                              f"本单位这张表的表头与上次回答的表头对照不同：{'；'.join(changed)}，本次未按上次的回答读取",
                              "请核对各列；如果列的含义变了，请重新回答（反馈表的「表头对照」，或报送平台结果页上的表头问题；"
                              "县里可用 beizeng map 文件名）", file=file, sheet=sheet, row=row)]
    out = dict(columns)
    for (letter, _), name in layout.columns.items():
        c = column_index(letter)
        out = {n: i for n, i in out.items() if i != c}
        if name:
            out[name] = c
    return out, [Problem("info", "layout_remembered", "按你上次的回答读取（表头对照）：" + "、".join(
        f"{letter}列为“{form.column(name).header if name else NOT_READ}”"
        for (letter, _), name in sorted(layout.columns.items())), file=file, sheet=sheet, row=row)]


def last_column(sheet: Sheet) -> int:
    """The sheet's last column with anything in it (0-based; -1 for an empty sheet): an answer naming a column
    past it names a column the sheet does not have."""
    return max((c for r in sheet.rows for c, v in enumerate(r) if clean_text(v)), default=-1)


def resolve_column(answer: str, header_at: dict[int, str], last: int) -> tuple[int | None, str]:
    """The sheet column (0-based) an answer names, or None and why not, in Chinese.

    An answer is a column letter (``L``, ``L列``, ``L 完成投资额``) or the header's own words (``完成投资额``) naming
    exactly one column as written; a letter past the ``last`` column, words naming no column or several are not
    guessed at: the reason says what was understood, so the clerk can answer again."""
    text = clean_text(answer)
    span = f"本表的列从A列到{col_letter(last)}列" if last >= 0 else "本表没有读到任何列"
    words = _plain(text)
    same = [c for c, h in sorted(header_at.items()) if _plain(h) == words]
    m = re.fullmatch(r"([A-Za-z]{1,3})\s*列?\s*[（(]?\s*(.*?)\s*[)）]?", text)
    if m and not same:
        c = column_index(m.group(1).upper())
        if m.group(2) and _plain(m.group(2)) not in _plain(header_at.get(c, "")):
            return None, f"{m.group(1).upper()}列的表头是“{header_at.get(c, '') or '空白'}”，不是“{m.group(2)}”"
        if c > last:
            return None, f"表中没有{m.group(1).upper()}列（{span}）"
        return c, ""
    if len(same) == 1:
        return same[0], ""
    if len(same) > 1:
        return None, f"表头为“{words}”的列不止一列（{'、'.join(col_letter(c) + '列' for c in same)}），不知道是哪一列"
    return None, f"既不是列字母，也没有表头为“{words}”的列（{span}）"


def _plain(text: str) -> str:
    return re.sub(r"\s", "", text)


def column_index(letters: str) -> int:
    """Excel letters → 0-based column (A → 0, AA → 26)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def questions(problems: list[Problem]) -> list[Problem]:
    """The problems a clerk answers with a column letter: equally likely columns, needed columns not found and
    an answer the return contradicts (``doubts``: answered again, it replaces the one stored)."""
    return [p for p in problems if p.code in QUESTION_CODES]


def answers(sheets: list[Sheet], form: FormSpec, header_at: dict[int, str], last: int,
            file: str) -> tuple[dict[str, int], list[Problem]]:
    """The clerk's answers in a returned feedback copy's 表头对照 sheet: form column → 0-based sheet column
    (the letter or the header's words written in the answer column, ``resolve_column``), for the questions of
    that form; and an error for each answer not understood, so none is stored or dropped without a word."""
    out: dict[str, int] = {}
    problems: list[Problem] = []
    for sheet in sheets:
        if sheet.name != QUESTIONS_SHEET:
            continue
        for r, row in enumerate(sheet.rows[2:], 3):
            cells = [clean_text(v) for v in row]
            if len(cells) < 3 or not cells[1] or not cells[2]:
                continue
            name = field_name(form, cells[1])
            if not name:
                continue
            c, why = resolve_column(cells[2], header_at, last)
            if c is None:
                problems.append(Problem(
                    "error", "layout_answer_unclear",
                    f"「{QUESTIONS_SHEET}」中“{cells[1]}”的回答“{cells[2]}”无法采用：{why}，未保存这一回答",
                    f"请在C{r}填写报表中这一列的列字母（如 {col_letter(max(last, 0))}）后重新报送；没有这一列请留空",
                    file=file, sheet=QUESTIONS_SHEET, row=r, col=2))
            else:
                out[name] = c
    return out, problems


def above(x: Decimal, y: Decimal) -> bool:
    """``x`` above ``y`` by more than rounding (a ten-thousandth of the larger)."""
    return x - y > max(abs(x), abs(y)) * Decimal("0.0001")


def cumulative_beside_month(rows: list[tuple[int, list[Any]]], cum: int, month: int
                            ) -> list[tuple[int, Decimal, Decimal]]:
    """(Excel row, the cumulative column's figure, the month column's) of each data row holding both as figures:
    what the rule 累计 ≥ 本月 is checked on when columns are paired by an answer (``doubts``, identify's partner)."""
    from beizeng.intake.normalise import parse_decimal

    out = []
    for excel_row, cells in rows:
        try:
            c, m = (parse_decimal(cells[i]) if i < len(cells) and clean_text(cells[i]) else None for i in (cum, month))
        except ValueError:
            continue
        if c is not None and m is not None:
            out.append((excel_row, c, m))
    return out


def question_rows(problems: list[Problem]) -> list[tuple[str, str]]:
    """(question, the form column it asks for) for each problem a clerk answers with a column letter."""
    return [(p.message, p.column or "") for p in questions(problems) if p.column]


def doubts(form: FormSpec, layout: Layout, before: dict[str, int], ties: dict[str, list[int]], after: dict[str, int],
           header_at: dict[int, str], rows: list[tuple[int, list[Any]]], file: str, sheet: str,
           row: int) -> list[Problem]:
    """Answers the return itself contradicts, each asked (an error): an answer is a clerk's word, checked like a
    header the reader matched, never trusted past what the sheet shows.

    Two contradictions: the answered column's own header clearly says another form column while the column whose
    header says the answered one goes unread (本月完成投资 answered as 1-N月累计, 累计完成投资 left out); and the
    form's within-row rule ``cumulative ≥ month`` (``Roles.cumulative``, checked on every return by
    check_cumulative_in_row) broken between the answered column and a rival for the same item left unread — the
    rival larger in every row than the column answered as the cumulative (or smaller than the one answered as the
    month) is the cumulative, the answer swapped; unless the rival's own header says the answered kind (two columns
    both headed 累计完成投资: neither is a month, and the figures cannot say which the clerk meant).  ``before`` is
    the reading without the answers, ``ties`` its equally likely columns, ``after`` the reading with them, ``rows``
    the data rows (Excel row, raw cells)."""
    from beizeng.intake.headers import normalise

    out: list[Problem] = []
    read = set(after.values())
    answered = {name: column_index(letter) for (letter, _), name in layout.columns.items() if name}

    def said(c: int) -> str:
        return f"{col_letter(c)}列“{header_at.get(c, '') or '空白'}”"

    fix = ("请核对表头对照的回答（重新回答：beizeng map 文件名，或在反馈表「表头对照」中改填）；"
           "如果回答无误，请把{other}的表头改成它的实际含义后重新报送")
    for name, c in answered.items():
        header = form.column(name).header
        d = before.get(name)
        for other, oc in before.items():
            if oc == c and other != name and other not in ties and d is not None and d != c and d not in read:
                out.append(Problem("error", "layout_answer_doubtful",
                                   f"表头对照把{said(c)}作为“{header}”，但它的表头写的是“{form.column(other).header}”，"
                                   f"而表头写着“{header}”的{said(d)}未读取",
                                   fix.format(other=said(d)), file=file, sheet=sheet, row=row, col=d, column=header))
        for cum, month in form.roles.cumulative:
            if month is None or name not in (cum, month):
                continue
            said_kind = "累计" if name == cum else "本月"  # the words headers.normalise folds every range and month to
            for r in ties.get(name, []):
                if r == c or r in read or said_kind in normalise(header_at.get(r, "")):
                    continue  # a rival saying it is the answered kind too (two 累计 columns): the figures cannot tell
                clash: list[int] = []
                holds = False
                for excel_row, cv, mv in cumulative_beside_month(rows, *((c, r) if name == cum else (r, c))):
                    if above(mv, cv):
                        clash.append(excel_row)
                    elif cv > mv:
                        holds = True
                if not clash or holds:
                    continue
                than = "大" if name == cum else "小"
                out.append(Problem("error", "layout_answer_doubtful",
                                   f"表头对照把{said(c)}作为“{header}”，但未读取的{said(r)}在第"
                                   f"{'、'.join(map(str, clash))}行都比它{than}：累计数包含本月，不会比本月少，"
                                   f"看起来{col_letter(r)}列才是“{header}”",
                                   fix.format(other=said(r)), file=file, sheet=sheet, row=clash[0], col=r,
                                   column=header))
    return out
