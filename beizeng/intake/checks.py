"""Checks a schema cannot express: a return against its own 合计 row, its own last-year figures, its section
headings and the sender's previous month in the warehouse (and a note of the return correcting that month, said
with the figure stored, since words never change a month already in).

They are generic over forms: each form declares its 1–N-month cumulative columns with the month's own
figure beside them (``Roles.cumulative``) and its same-period-last-year pairs (``Roles.yoy``) in its
``FormSpec.roles``; no column is taken for one by its name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Self

import duckdb
import polars as pl

from beizeng.base import units
from beizeng.base.config import Sender
from beizeng.base.forms import FIGURE_KINDS, AtMost, Begun, FormSpec
from beizeng.base.periods import (
    day_after,
    month_label,
    month_of,
    months_apart,
    months_words,
    period_words,
    year_in,
    year_of,
)
from beizeng.base.problems import Problem, col_letter, column_span
from beizeng.intake.headers import THRESHOLD, months_named
from beizeng.intake.matching import HeaderMatch, header_texts, path_scores_of
from beizeng.intake.normalise import (
    UNIT_FACTORS,
    CellError,
    Normalised,
    figure_text,
    half_last_digit,
    is_nothing,
    parse_decimal,
)
from beizeng.intake.parts import Stacked
from beizeng.intake.reader import clean_text
from beizeng.intake.records import name_key, record_key, same_name
from beizeng.intake.shown import scaled
from beizeng.intake.tables import (
    COUNT_ALONE,
    SENTENCE_TOTAL_RE,
    DataRow,
    Table,
    carried_lines,
    group_line,
    page_total,
    section_of,
    section_words,
    total_unit,
    written_unit,
    year_lines,
)

_fmt = figure_text  # a figure as a clerk writes it (1,350; 0.5)


def _factor(table: Table, norm: Normalised, column: str, excel_row: int | None = None) -> tuple[Decimal, str]:
    """The factor (to 万元) and unit a money column of ``table`` is written in: a row of a return joined from
    sheets (``excel_row`` on the view) in its sheet's own unit (``Stacked.unit_of``), a joined sheet's own table
    (a ``SheetTotal``'s) in its own header's or 单位 line's unit, else the return's."""
    sheet = table.match.sheet
    own = sheet.unit_of(excel_row, column) if isinstance(sheet, Stacked) and excel_row is not None else None
    written = written_unit(table.match, norm.form.column(column), table.unit or norm.unit)
    unit = own or (written.name if written is not None else norm.unit)
    return UNIT_FACTORS.get(unit, Decimal(1)), unit


def _row_factor(table: Table, norm: Normalised, column: str, pos: int) -> tuple[Decimal, str]:
    """``_factor`` for data row ``pos``: on a return joined from sheets each in its own unit (东镇 in 万元, 西镇 in
    亿元) a row's figures are quoted, and its tolerance weighed, in the unit its own sheet was typed in."""
    return _factor(table, norm, column, table.rows[pos].excel_row)


def _bad_columns(norm: Normalised) -> set[int]:
    """Columns with a cell the normaliser could not read: their sums are incomplete."""
    return {p.col for p in norm.problems if p.severity == "error" and p.col is not None}


@dataclass(frozen=True)
class _Gap:
    """One figure of a 合计 row against the sum of the rows it totals."""

    column: str
    raw: Any
    stated: Decimal
    computed: Decimal
    factor: Decimal
    unit: str
    slack: Decimal

    @property
    def off(self) -> bool:
        return abs(self.stated - self.computed) > self.slack


def _gaps(table: Table, total: DataRow, norm: Normalised, frame: pl.DataFrame, skip: set[str],
          tolerance: float) -> list[_Gap]:
    """Every money figure of a 合计 row (``total``, on ``table``: its columns and units) against the sum of
    ``frame``'s rows — the one rule of a 合计, for a return's and for each of its sheets' — the columns in
    ``skip`` (a cell unread: the sum is incomplete) left out.  A 合计 of one kind in a ledger written one figure
    column per kind (``beizeng.intake.spread``) counts the rows of that kind."""
    form = norm.form
    kind = form.spread[0] if form.spread is not None else None
    if kind is not None and kind.name in table.match.columns and total.cells.get(kind.name) in (kind.choices or ()):
        frame = frame.filter(pl.col(kind.name) == total.cells[kind.name])
    out = []
    for col in form.columns:
        if col.kind != "money" or col.name not in table.match.columns or col.name in skip:
            continue
        raw = total.cells.get(col.name)
        if is_nothing(raw):
            continue
        factor, unit = _factor(table, norm, col.name, total.excel_row)  # a sheet's 合计 in that sheet's unit
        own = total_unit(table.match.sheet, total.excel_row)
        if own is not None and own.dimension == "money":  # 合计（万元） under rows in 元: in the unit its label says
            factor, unit = own.factor, own.name
        fmt = scaled(table.match.sheet, [(total.excel_row - 1, table.match.columns[col.name])])
        try:
            if fmt and isinstance(raw, int | float) and not isinstance(raw, bool):  # 合计 under 0!.0000: as shown
                shown = next(iter(fmt.values()))
                stated = shown.read(raw, units.lookup(unit)) * factor
                raw = figure_text(shown.shown(raw))  # quoted as the clerk sees it
            else:
                stated = parse_decimal(raw) * factor
        except CellError:
            continue
        computed = frame[col.name].drop_nulls().sum()
        out.append(_Gap(col.name, raw, stated, Decimal(str(computed)) if computed is not None else Decimal(0),
                        factor, unit, Decimal(str(tolerance)) * factor))
    return out


def _mismatch(table: Table, total: DataRow, gap: _Gap, norm: Normalised, file: str, *, row: int | None = None,
              what: str = "合计行", rows: str = "各行", hint: str = "") -> Problem:
    """A 合计's figure that disagrees with its rows: a warning on its cell (``row``: its Excel row on the file
    when ``table`` is a sheet read through a view), with what the clerk hid when that is the gap; ``what`` the
    合计 is and ``rows`` what it totals, in the clerk's words."""
    kind = norm.form.spread[0] if norm.form.spread is not None else None
    said, fix = _hidden_in_total(table, total, gap.column, gap.stated - gap.computed, gap.slack, gap.factor,
                                 kind.name if kind is not None else None)
    col = norm.form.column(gap.column)
    return Problem(
        "warning", "total_mismatch",
        f"{said}{what}与{rows}之和不一致：{rows}合计为 {_fmt(gap.computed / gap.factor)}（{gap.unit}），"
        f"相差 {_fmt((gap.stated - gap.computed) / gap.factor)}" + hint + fix[0],
        fix[1] or "核对合计行的公式或各行数字（合计行不入库，只用于核对）", file=file, sheet=table.sheet,
        row=row if row is not None else total.excel_row, col=table.match.columns[gap.column], column=col.header,
        value=clean_text(gap.raw))


def check_totals(table: Table, norm: Normalised, file: str, tolerance: float) -> list[Problem]:
    """A 合计 row that disagrees with the sum of the rows beyond rounding is a warning on its cell.

    A 合计 row of a ledger written one figure column per kind (``beizeng.intake.spread``) is read once per
    kind: each is checked against the rows of its kind.  A return read over several sheets (``parts.Stacked``)
    has each sheet's own 合计 checked against that sheet's rows (``_sheet_totals``), and its last page's 合计
    told apart: the whole table's when it says so (checked against every page), that page's own (本页合计)
    when it is labelled so or adds up to that page's rows only."""
    bad = _bad_columns(norm)
    skip = {name for name, c in table.match.columns.items() if c in bad}
    view = table.match.sheet if isinstance(table.match.sheet, Stacked) and len(table.match.sheet.sheets) > 1 else None
    out: list[Problem] = []
    for total in table.total_rows:
        gaps = _gaps(table, total, norm, norm.frame, skip, tolerance)
        page = view.sheet_of(total.excel_row) if view is not None else None
        if view is None or page is None:
            section = section_of(table, total)
            if section is not None:  # a month's or a page's own (5月合计): of the rows since the 合计 above it
                first, last = section
                rows = norm.frame.filter(pl.Series([first <= r <= last for r in norm.excel_rows], dtype=pl.Boolean))
                gaps = _gaps(table, total, norm, rows, skip, tolerance)
                out += [_mismatch(table, total, g, norm, file, what="本段合计行",
                                  rows=f"{section_words(section)}各行") for g in gaps if g.off]
                continue
            out += _count_said(table, total, norm, file)
            other = _rows_in_another_unit(table, total, gaps, norm, file)
            out += [other] if other is not None else [_mismatch(table, total, g, norm, file) for g in gaps if g.off]
            continue
        own = _gaps(table, total, norm, _rows_of(view, norm, page), skip, tolerance)
        if page_total(view, total.excel_row) or (any(g.off for g in gaps) and not any(g.off for g in own)):
            out += _page_said(table, total, own, norm, file, page)
            continue
        sums = {g.column: g for g in own}
        out += [_mismatch(table, total, g, norm, file, hint=f"，正是本页（「{page}」）各行之和（是本页合计？）"
                          if not sums[g.column].off else "") for g in gaps if g.off]
    for group in table.groups:  # 东镇 汇总 (Excel's 分类汇总, a pivot table): the rows of its group
        rows = norm.frame.filter(pl.Series([group.first <= r <= group.last for r in norm.excel_rows], dtype=pl.Boolean))
        line = group_line(table, group)
        out += [_mismatch(table, line, g, norm, file, what=f"“{group.label}”的分类汇总行",
                          rows=section_words((group.first, group.last))) for g in _gaps(table, line, norm, rows, skip,
                                                                                         tolerance) if g.off]
    running = [*((x, "过次页/承前页行（累计到此）") for x in carried_lines(table)),
               *((x, "累计行（本年累计到此）") for x in year_lines(table))]
    for line, what in running:  # every row above it, on every page (every month's section) before
        above = norm.frame.filter(pl.Series([r < line.excel_row for r in norm.excel_rows], dtype=pl.Boolean))
        out += [_mismatch(table, line, g, norm, file, what=what, rows="其上各行")
                for g in _gaps(table, line, norm, above, skip, tolerance) if g.off]
    if isinstance(table.match.sheet, Stacked):
        out += _sheet_totals(table.match.sheet, norm, skip, file, tolerance)
    out += _sentence_totals(table, norm, file, skip)
    return out


#: A 合计 sentence's clauses, its count (共4个项目) and its amounts (协议总投资10亿元), each with the words before it.
_CLAUSES_RE = re.compile(r"[，,；;。：:、]")
_SENTENCE_COUNT_RE = re.compile(r"(\d{1,4})(个|户|家|项|宗)(项目|企业|单位)?")
_SENTENCE_AMOUNT_RE = re.compile(r"^(?:全部合计|合计|总计|共计|共|计)?(?P<label>\D*?)(?:为|约|达|是)?"
                                 r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿元|万元|元)")


def _sentence_totals(table: Table, norm: Normalised, file: str, skip: set[str]) -> list[Problem]:
    """A 合计 written as a sentence under the table, or over its header (合计：共4个项目，协议总投资10亿元，本年到位资金0.85亿元) checked like a
    合计 row: its count against the rows read, each amount against the sum of the column its words name, to the
    last digit the sentence shows (10亿元 agrees with 100,000 万元, and with 104,000: 10.4 is 10 to that digit).
    What agrees is said in a note, what does not in a warning on the sentence's cell; words naming no column of
    the table are said as not checked."""
    out: list[Problem] = []
    sheet = table.match.sheet
    below = [row_no for row_no, kind in sorted(table.unread.items()) if kind == "total_sentence"]
    above = [r + 1 for r in range(table.match.header_row)  # a clerk may write the total first, over the header
             if SENTENCE_TOTAL_RE.match(re.sub(r"\s", "", "".join(sheet.texts(r))))]
    for row_no in above + below:
        cells = sheet.texts(row_no - 1)
        col = next((c for c, t in enumerate(cells) if t), None)
        if col is None:
            continue
        typed = sheet.rows[row_no - 1][col]
        text = str(typed).strip() if isinstance(typed, str) else cells[col]  # as typed: 合计：, not 合计:
        agreed: list[str] = []
        unchecked: list[str] = []
        for clause in _CLAUSES_RE.split(re.sub(r"\s", "", cells[col])):
            amount = _SENTENCE_AMOUNT_RE.search(clause)
            count = _SENTENCE_COUNT_RE.search(clause) if amount is None else None
            if count is not None and norm.form.spread is None:
                if int(count.group(1)) == len(norm.frame):
                    agreed.append(count.group(0))
                else:
                    out.append(_count_off("合计句", count.group(0), int(count.group(1)), count.group(2),
                                          len(norm.frame), file=file, sheet=table.sheet, row=row_no, col=col,
                                          value=text))
            if amount is None:
                continue
            label, num, unit = amount.group("label"), Decimal(amount.group("num")), amount.group("unit")
            scores = {n: v for n, v in path_scores_of(norm.form, (label,)).items() if v >= THRESHOLD
                      and n in table.match.columns and n not in skip and norm.form.column(n).kind == "money"}
            if not label or not scores:
                unchecked.append(clause)
                continue
            name = max(scores, key=lambda n: scores[n])
            factor = Decimal(str(units.lookup(unit).factor))
            summed = norm.frame[name].drop_nulls().sum()
            computed = Decimal(str(summed)) if summed is not None else Decimal(0)
            shown = (computed / factor).quantize(Decimal(1).scaleb(min(0, int(num.as_tuple().exponent))))
            if shown == num:
                agreed.append(f"{label}{amount.group('num')}{unit}")
                continue
            header = norm.form.column(name).header
            out.append(Problem("warning", "total_mismatch",
                               f"合计句写的是{label}{amount.group('num')}{unit}，各行「{header}」之和为 {_fmt(computed)}（万元），"
                               f"即{_fmt(shown)}{unit}",
                               "核对合计句或各行的数字（合计句不入库，只用于核对）", file=file, sheet=table.sheet,
                               row=row_no, col=col, column=header, value=text))
        if agreed or unchecked:
            checked = f"已与各行核对，{'、'.join(agreed)}一致" if agreed else "没有可与各行核对的数"
            left = f"；“{'”“'.join(unchecked)}”不是本表的栏目，未核对" if unchecked else ""
            out.append(Problem("info", "total_sentence", f"表下的合计句“{text}”{checked}{left}（合计句不入库）",
                               file=file, sheet=table.sheet, row=row_no, col=col))
    return out


#: The count a 合计 row's label gives of the records it sums: 全县规上工业（4户）, 全镇项目（3个）, 合计（5家）.
_COUNT_SAID = re.compile(r"\((\d{1,4})(户|家|个|项|宗)\)")


def _count_said(table: Table, total: DataRow, norm: Normalised, file: str) -> list[Problem]:
    """A 合计 whose label counts its records (全县规上工业（4户）, or a cell of its own: 合计 | 2个) counting other than the rows read: a record left out,
    or one too many, that sums agreeing by chance would hide — said on the label with both counts.  A ledger read
    one record per row and kind (``spread``) has no row count to weigh it against."""
    if norm.form.spread is not None:
        return []
    for name, raw in total.cells.items():
        text = clean_text(raw) if isinstance(raw, str) else ""
        m = _COUNT_SAID.search(text) or COUNT_ALONE.match(re.sub(r"\s", "", text))  # 合计（2个）, or 合计 | 2个
        if m is None:
            continue
        said, word, listed = int(m.group(1)), m.group(2), len(norm.frame)
        if said == listed or said == _entities(norm):
            return []  # 共12户 over 14 rows of a ledger a firm is on once per kind (培育类别) counts the firms
        return [_count_off("合计行", f"{said}{word}", said, word, listed, file=file, sheet=table.sheet,
                           row=total.excel_row, col=table.match.columns.get(name),
                           column=norm.form.column(name).header,
                           value=raw.strip() if isinstance(raw, str) else clean_text(raw))]  # as typed: 合计：, not 合计:
    return []


def _entities(norm: Normalised) -> int | None:
    """How many firms or projects the rows are, by the first column of the form's key (a cultivation ledger lists a
    firm once per kind: 14 rows, 12 户), or None when the frame lacks it."""
    first = norm.form.key[0] if norm.form.key else None
    if first is None or first not in norm.frame.columns:
        return None
    return norm.frame.get_column(first).drop_nulls().n_unique()


def _count_off(what: str, written: str, said: int, word: str, listed: int, **where: Any) -> Problem:
    """The count a 合计 (row or sentence: ``what``) gives of its records (``written``: 4户, 5个项目) against the rows
    read: one phrase for both, said where ``where`` puts it."""
    return Problem("warning", "total_count", f"{what}写的是{written}，表中列了{listed}{word}"
                   f"（{'少' if listed < said else '多'}{abs(said - listed)}{word}）",
                   f"核对是否漏填或多填了{word}数，补全后重新报送；{what}的{word}数写错的改正即可", **where)


def _rows_in_another_unit(table: Table, total: DataRow, gaps: list[_Gap], norm: Normalised,
                          file: str) -> Problem | None:
    """A 合计 that disagrees with its rows in every money figure, but agrees in every one when the rows are read in
    one other unit (rows typed in 元 under a 单位：万元 left from the template, with 合计（元） under them; rows in 元
    under 合计（万元） and no 单位 line): an error naming the 单位 line (or its absence), the 合计 cell and both
    readings, so nothing is stored.  Either may be the slip — a stale 单位 line, or a 合计 typed in another unit —
    and figures 10,000 times off are no rounding: the clerk says which, it is never guessed."""
    off = [g for g in gaps if g.off]
    if not off or len(off) != len(gaps):
        return None
    read = {g.column: _factor(table, norm, g.column) for g in off}  # the unit the rows were read in, per column
    fits = [(name, f) for name, f in UNIT_FACTORS.items()
            if all(f != read[g.column][0] and abs(g.stated - g.computed / read[g.column][0] * f) <= g.slack
                   for g in off)]
    if len(fits) != 1:
        return None
    other = fits[0][0]
    g = off[0]
    rows_unit = read[g.column][1]
    col = norm.form.column(g.column)
    sheet = table.match.sheet
    labels = sheet.texts(total.excel_row - 1)
    c = next((i for i, t in enumerate(labels[:3]) if t), 0)
    at = f"{col_letter(c)}{total.excel_row}"
    cell = table.cell_ref(g.column, total.excel_row)
    if table.unit and table.unit_at is not None and not table.unit_said:
        line = f"{col_letter(table.unit_at[1])}{table.unit_at[0] + 1}"
        said, fix = (f"表格上方{line}格写“单位：{table.unit}”，",
                     f"如果各行确是{other}，请把{line}格改为“单位：{other}”；如果是{rows_unit}，请改正{at}合计行")
    elif table.unit and table.unit_said:
        said, fix = (f"{table.unit_said}金额单位为{table.unit}，",
                     f"如果各行确是{other}，请改正写明单位的地方为{other}；如果是{rows_unit}，请改正{at}合计行")
    else:
        said, fix = (f"表格上方没有写“单位：”（按{rows_unit}读取），",
                     f"如果各行确是{other}，请在表头上方加一行“单位：{other}”；如果是{rows_unit}，请改正{at}合计行")
    computed = g.computed / read[g.column][0]  # the rows' sum as typed
    return Problem(
        "error", "total_in_another_unit",
        f"{said}各行「{col.header}」之和按{rows_unit}为 {_fmt(computed)} {rows_unit}，与{at}「{labels[c]}」行的"
        f"{cell}格 {_fmt(g.stated / g.factor)} {g.unit}相差悬殊；若各行按{other}读取（{_fmt(computed)} {other}），"
        f"则{'各栏' if len(off) > 1 else ''}正与合计相符。无法确定各行数字是{rows_unit}还是{other}，本表未入库",
        fix, file=file, sheet=table.sheet, row=total.excel_row, col=table.match.columns[g.column], column=col.header,
        value=clean_text(g.raw))


def _rows_of(view: Stacked, norm: Normalised, sheet: str) -> pl.DataFrame:
    """The rows of a return read over several sheets that came from one of them."""
    mask = [view.sheet_of(r) == sheet for r in norm.excel_rows]
    return norm.frame.filter(pl.Series(mask, dtype=pl.Boolean)) if mask else norm.frame


def _page_said(table: Table, total: DataRow, gaps: list[_Gap], norm: Normalised, file: str,
               page: str) -> list[Problem]:
    """The last page's 合计 that totals that page only (本页合计): said so, and checked against that page."""
    off = [_mismatch(table, total, g, norm, file, what=f"本页（「{page}」）合计行", rows="本页各行") for g in gaps if g.off]
    return off or [Problem("info", "page_total", f"第{total.excel_row}行是本页的合计（与本页各行之和一致），"
                                                 "只合计本页的行，不是全表的合计",
                           file=file, sheet=table.sheet, row=total.excel_row)]


def _sheet_totals(view: Stacked, norm: Normalised, skip: set[str], file: str, tolerance: float) -> list[Problem]:
    """Each joined sheet's own 合计 (or closing 小计: a month's, a township's, an earlier page's) against that
    sheet's rows, a warning on its own cell; nothing when it adds up.  A set-aside 汇总's 合计 (``whole``) against
    every row: its rows are the parts' rows."""
    out = []
    for t in view.totals:
        rows = norm.frame if t.whole else _rows_of(view, norm, t.sheet)
        what = "汇总表的合计行" if t.whole else "本工作表的小计行（本表的合计）" if t.subtotal else "本工作表的合计行"
        for g in _gaps(t.table, t.total, norm, rows, skip, tolerance):
            if g.off:
                p = _mismatch(t.table, t.total, g, norm, file, row=t.row, what=what, rows="本表各行" if t.whole else "本工作表各行")
                if p.col is not None:  # a sheet read one record per kind (``spread``): the file's column of the figure
                    p.col = t.table.match.sheet.real(t.total.excel_row - 1, p.col)[1]
                view._placed.add(id(p))  # already on its own sheet and cell
                out.append(p)
    return out


def _hidden_in_total(table: Table, total: DataRow, column: str, gap: Decimal, slack: Decimal, factor: Decimal,
                     kind: str | None) -> tuple[str, tuple[str, str]]:
    """What a 合计 that disagrees with the rows says of the rows the clerk hid (set aside as ``hidden_row``): the
    lead of the message ("合计含隐藏的第5行：" when the hidden rows make up the gap, "隐藏的" before a 合计 row hidden
    itself), its tail and the fix; empty words when nothing is hidden.  A file never outranks what it shows: the
    hidden rows stay out, the clerk is told the 合计 still counts them."""
    lead = f"第{total.excel_row}行的合计行已被隐藏；" if total.excel_row in table.hidden_at else ""
    values: dict[int, Decimal] = {}
    for no, row in sorted(table.hidden.items()):
        if kind is not None and row.cells.get(kind) != total.cells.get(kind):
            continue  # a 合计 of one kind counts the rows of that kind only
        raw = row.cells.get(column)
        if is_nothing(raw):
            continue
        try:
            values[no] = parse_decimal(raw) * factor
        except CellError:
            continue
    if not values:
        return lead, ("", "")
    named = [no for no, v in values.items() if abs(gap - v) <= slack]  # one hidden row is the gap
    if not named and abs(gap - sum(values.values())) <= slack:
        named = list(values)  # all of them together
    rows = "、".join(map(str, named or values))
    if named:
        return (f"{lead}合计含隐藏的第{rows}行：",
                (f"，正是隐藏的第{rows}行之数（隐藏的行按已删除处理，不入库）",
                 f"如第{rows}行仍然有效，请取消隐藏后重新报送；如已作废，请把它从合计中减去"))
    return lead, (f"（另有隐藏的第{rows}行未计入各行之和）",
                  f"核对合计行的公式或各行数字；隐藏的第{rows}行按已删除处理，如仍然有效请取消隐藏后重新报送")


def check_sections(table: Table, norm: Normalised, file: str) -> list[Problem]:
    """A row's own value against the section heading it stands under (beizeng.intake.tables.carry_sections): a
    高新技术企业 typed on a row under 一、拟入规培育企业 is one of the two cells wrong (the row is in the wrong section,
    or its cell is).  The row's value is kept, and the warning names both cells."""
    out = []
    for name, rows in table.carried.items():
        col = table.match.form.column(name)
        for i, excel_row in enumerate(norm.excel_rows):
            said = rows.get(excel_row)
            own = norm.frame[name][i] if said is not None and not said.filled else None
            if said is None or own is None or own == said.value or (col.choices and own not in col.choices):
                continue  # (a value no choice: the validation asks for it)
            heading = f"{col_letter(said.col)}{said.row}"
            out.append(Problem("warning", "section_conflict",
                               f"本行「{col.header}」填的是“{own}”，但本行所在的分节标题「{said.text}」（{heading}）"
                               f"是“{said.value}”，两处不一致；已按本行的“{own}”读取",
                               f"核对本行是否放错了节，或本行的{col.header}是否填错，改正其中一处（确实如此可不修改，此为提醒）",
                               file=file, sheet=table.sheet, row=excel_row, col=table.match.columns.get(name),
                               column=col.header))
    return out


def _typed_precision(raw: Any) -> Decimal:
    """Half the last digit a figure was typed to (8000 → 0.5, 0.12 → 0.005): how far a rounded figure may be off."""
    try:
        return half_last_digit(parse_decimal(raw))
    except CellError:
        return Decimal(0)


def check_cumulative_in_row(table: Table, norm: Normalised, file: str, period: str | None) -> list[Problem]:
    """A 1–N cumulative below the same row's current month is impossible: an error on the cumulative cell.

    Checked within the return, so a county in its first year (nothing in the warehouse to compare with)
    and a sender's first return of the year are caught too.  The pairs are the form's own
    (``cumulative_pairs``).  A difference within the rounding of the figures as typed (8000 against
    8000.3) is no slip; a unit-wide tolerance would hide real ones in a return made in 亿元.
    """
    out: list[Problem] = []
    months = months_words(period) if period and month_of(period) else "1-N月"
    for cum, month in cumulative_pairs(norm.form):
        if month is None or cum not in table.match.columns or month not in table.match.columns:
            continue  # a cell that could not be read is null below, and already an error of its own
        for pos, (c, m) in enumerate(zip(norm.frame[cum].to_list(), norm.frame[month].to_list(), strict=True)):
            if m is not None and m < 0 and norm.form.column(month).may_be_negative:
                factor, unit = _row_factor(table, norm, cum, pos)
                out.append(_cell(
                    table, norm, pos, month, "warning", "negative_month",
                    f"本月为负数 {_fmt(m / factor)}（{unit}）：按统计核减（调减以前月份已报的数）读取，{months}累计已含这次调减",
                    "确是统计核减的可不修改（此为提醒）；不是核减的，改正本月数（去掉负号，填本月实际完成的数）", file))
            if c is not None and c == m and c > 0 and _went_on_before(norm, cum, pos, period):
                factor, unit = _row_factor(table, norm, cum, pos)
                out.append(_cell(
                    table, norm, pos, month, "warning", "month_as_cumulative",
                    f"本月 {_fmt(m / factor)} 与{months}累计相同（{unit}），而上年同期有数：像是把累计数填进了本月",
                    f"把本月改为本月一个月的数；如果本年确实只在本月有{norm.form.column(month).header}（停产后复产），"
                    "可不修改（此为提醒）", file))
            if c is None or m is None or c < 0 or m < 0 or c >= m:
                continue  # a negative figure is an error of its own, or a write-back said above
            cells = table.rows[pos].cells
            factor, unit = _row_factor(table, norm, cum, pos)
            month_factor, month_unit = _row_factor(table, norm, month, pos)
            # each figure's rounding in its own unit: 0.1 亿元 may be 500 万元 off, 5000 万元 only 0.5
            slack = _typed_precision(cells.get(cum)) * factor + _typed_precision(cells.get(month)) * month_factor
            if m - c <= slack:
                continue
            said = (f"{_fmt(c / factor)} 小于本月 {_fmt(m / factor)}（{unit}）" if month_unit == unit else
                    f"{_fmt(c / factor)}（{unit}）小于本月 {_fmt(m / month_factor)}（{month_unit}）")
            out.append(_cell(
                table, norm, pos, cum, "error", "cum_below_month",
                f"{months}累计 {said}：累计数包含本月，不会比本月少",
                f"核对“{norm.form.column(cum).header}”和“{norm.form.column(month).header}”是否填反或填错", file))
    return out


#: The codes of ``check_row_relations``: a row's part above its whole (``AtMost``), a row's figures while its flag says
#: it has not begun, and before the date it began (``Begun``).
OVER_WHOLE = "over_whole"
DONE_NOT_BEGUN = "done_not_begun"
DONE_BEFORE_BEGUN = "done_before_begun"


def check_row_relations(table: Table, norm: Normalised, file: str, period: str | None) -> list[Problem]:
    """What one row's figures say of each other, as the form declares it (``FormSpec.row_relations``): a part above
    its whole (年度计划投资 or 1-N月累计 over a project's 计划总投资, 其中：技改 over 工业固投, 到位资金 over a deal's 总投资),
    a figure on a row whose flag says it has not begun (是否开工 否 with 300 万元 completed), or whose start date lies
    after the period (开工日期 7月3日 beside 1-6月累计 3,000).  Each is a warning naming both cells and figures: the
    stored figures would contradict each other (开工率 counts the project not started, 工业固投 counts its 300), yet
    a real return may show it (a project whose cost overran its plan), so only the clerk can say which is wrong.

    Only columns the sheet has are weighed (a flag told by its date, 是否开工 from 开工日期, says nothing of its own), in
    the schema's unit as normalised, with slack for the rounding of each figure as typed (``_typed_precision``).  A
    date already asked on its cell (after the month the return is sent in) is not asked again, nor a 否 beside a
    start date, which the form's own check asks."""
    out: list[Problem] = []
    months = months_words(period) if period and month_of(period) else "1-N月"
    for rule in norm.form.row_relations:
        if isinstance(rule, AtMost):
            out.extend(_over_whole(table, norm, file, rule, months))
        else:
            out.extend(_before_begun(table, norm, file, rule, months, period))
    return out


def _label(norm: Normalised, column: str, months: str) -> str:
    """A column's header with the return's own months (1-N月累计完成投资 → 1-6月累计完成投资)."""
    return norm.form.column(column).header.replace("1-N月", months)


def _at(table: Table, pos: int, column: str) -> str:
    """The Excel cell of ``column`` on data row ``pos`` (M6)."""
    return table.cell_ref(column, table.rows[pos].excel_row)


def _over_whole(table: Table, norm: Normalised, file: str, rule: AtMost, months: str) -> list[Problem]:
    part, whole = rule.part, rule.whole
    if part not in table.match.columns or whole not in table.match.columns:
        return []
    out: list[Problem] = []
    for pos, (a, b) in enumerate(zip(norm.frame[part].to_list(), norm.frame[whole].to_list(), strict=True)):
        if a is None or b is None or b < 0 or a <= b or (b == 0 and norm.form.column(whole).above_zero):
            continue  # a negative figure (a 计划总投资 of 0) is an error of its own: one message for one slip
        cells = table.rows[pos].cells
        (fa, ua), (fb, ub) = _row_factor(table, norm, part, pos), _row_factor(table, norm, whole, pos)
        if a - b <= _typed_precision(cells.get(part)) * fa + _typed_precision(cells.get(whole)) * fb:
            continue  # within the rounding of the figures as typed
        said_part, said_whole = _label(norm, part, months), _label(norm, whole, months)
        row = table.rows[pos]
        out.append(Problem(
            "warning", OVER_WHOLE,
            f"「{said_part}」{_fmt(a / fa)} {ua}大于同一行「{said_whole}」（{_at(table, pos, whole)}）{_fmt(b / fb)} {ub}："
            f"{rule.why}",
            f"核实「{said_part}」和「{said_whole}」两格的数字和单位（如多打或少打了一个0），改正填错的一格；"
            "确实如此的可不修改（此为提醒）",
            file=file, sheet=table.sheet, row=row.excel_row, col=table.match.columns[part], column=said_part,
            value=clean_text(cells.get(part)) or None))
    return out


def _act(header: str) -> str:
    """What a flag or a date says was begun, in the clerk's word: 是否开工 → 开工, 开工日期 → 开工."""
    return header.removeprefix("是否").removesuffix("日期").removesuffix("时间")


def _before_begun(table: Table, norm: Normalised, file: str, rule: Begun, months: str,
                  period: str | None) -> list[Problem]:
    figures = [f for f in rule.figures if f in table.match.columns]
    flag = rule.flag if rule.flag is not None and rule.flag in table.match.columns else None
    date = rule.date if rule.date is not None and rule.date in table.match.columns else None
    if not figures or (flag is None and date is None):
        return []
    end = day_after(period) if period else None
    asked = {(p.row, p.col) for p in norm.problems if p.severity in ("error", "warning")}
    out: list[Problem] = []
    for pos in range(norm.frame.height):
        done = [(f, v) for f in figures if (v := norm.frame[f][pos]) is not None and v > 0]
        if not done:
            continue
        said = "、".join(f"「{_label(norm, f, months)}」（{_at(table, pos, f)}）{_fmt(v / fac)} {unit}"
                        for f, v in done for fac, unit in [_row_factor(table, norm, f, pos)])
        day = norm.frame[date][pos] if date is not None else None
        if flag is not None and norm.frame[flag][pos] is False:
            if day is not None:
                continue  # 否 beside a start date: the form's own check asks which is right
            act, header = _act(norm.form.column(flag).header), norm.form.column(flag).header
            dated = f"并补填{norm.form.column(rule.date).header}" if rule.date is not None else ""
            out.append(_cell(
                table, norm, pos, flag, "warning", DONE_NOT_BEGUN,
                f"但同一行已有{said}：还没有{act}就不会有这些数（本期按未{act}统计，这些数却计入合计）",
                f"如已{act}，请把「{header}」改为“是”{dated}；确实没有{act}的，请核实这些数是否填错了行（此为提醒）", file))
        elif date is not None and day is not None and end is not None and day >= end \
                and (table.rows[pos].excel_row, table.match.columns[date]) not in asked:
            act, header = _act(norm.form.column(date).header), norm.form.column(date).header
            month = month_of(period) if period else None
            slip = f"（如把{month}月写成了{day.month}月）" if month is not None and month != day.month else ""
            out.append(_cell(
                table, norm, pos, date, "warning", DONE_BEFORE_BEGUN,
                f"在报表期间（{month_label(period or '')}）之后，但同一行已有{said}：{act}之前不会有这些数",
                f"核实{header}{slip}和这些数；确实如此的可不修改（此为提醒）", file))
    return out


def check_period_year(table: Table, norm: Normalised, file: str, period: str | None) -> list[Problem]:
    """A column that names the year of each row (目标任务's 年度: ``implied_by="period_year"``) against the year of
    the return's period (its title, sheet or file name): a row of another year would be stored in this return,
    beside that year's own return — two targets for one indicator, each counted — or replace nothing it should.
    Which of the two is the slip (a sheet copied from last year with its 年度 column left, or a title not
    updated) only the clerk knows: an error naming the cells and what the title and file name say, nothing
    stored under either year."""
    if not period:
        return []
    year = year_of(period)
    out: list[Problem] = []
    for col in norm.form.columns:
        if col.implied_by != "period_year" or col.name not in table.match.columns or col.name not in norm.frame.columns:
            continue
        c = table.match.columns[col.name]
        other = [(table.rows[pos].excel_row, int(v)) for pos, v in enumerate(norm.frame[col.name].to_list())
                 if v is not None and int(v) != year]
        if not other:
            continue
        cells = [f"{col_letter(c)}{row}" for row, _ in other]
        years = sorted({y for _, y in other})
        wheres = [where for where, texts in (("标题", table.lines_above), ("工作表名", [table.sheet or ""]),
                                             ("文件名", [file])) if any(year_in(t) == year for t in texts)]
        said = f"{'和'.join(wheres)}写的" if wheres else "报表期间"
        listed = "、".join(cells[:5]) + (f"等{len(cells)}格" if len(cells) > 5 else "")
        shown = "、".join(f"{y}年" for y in years)
        out.append(Problem(
            "error", "year_column_differs",
            f"「{col.header}」{listed}写的是{shown}，而本表{said}是{year}年：看不出这些行是哪一年的，"
            f"按哪一年入库都可能把另一年的数替换掉或重复计入，所以没有入库",
            f"如果是{year}年的，请把「{col.header}」{listed}改为{year}；如果是{shown}的，请改正"
            f"{'和'.join(wheres) or '标题'}中的年份（每年的表分开报送），改正后重新报送",
            file=file, sheet=table.sheet, row=other[0][0], col=c, column=col.header,
            value=str(other[0][1])))
    return out


def _went_on_before(norm: Normalised, cum: str, pos: int, period: str | None) -> bool:
    """Whether the row's record ran in the months before this one as far as the return itself says: its 上年同期
    (``Roles.yoy``) is above 0 in a return after the year's first (January's, or 1-2月 where January is not sent
    alone: ``FormSpec.first_month``, whose 本月 is the months together).  A firm new this year may make its whole
    year in June; one with last year's half year behind it rarely makes none of it before June."""
    last = next((ly for c, ly in yoy_pairs(norm.form) if c == cum), None)
    if not period or month_of(period) is None or _first_of_year(norm.form, period) or last is None \
            or last not in norm.frame.columns:
        return False
    before = norm.frame[last][pos]
    return before is not None and before > 0


def check_dated_in_sheet(table: Table, norm: Normalised, file: str, period: str | None) -> list[Problem]:
    """A register kept as a sheet per month (``parts.by_period``): an event dated outside the months its sheet
    names (a March parcel on the sheet 「2月」) is a warning on its date — the date or the sheet may be wrong,
    and the event is counted once either way (the ledger's rows are summed, not the sheets')."""
    sheet, column = table.match.sheet, norm.form.event_date
    if not isinstance(sheet, Stacked) or not sheet.months or column is None or column not in norm.frame.columns:
        return []
    year = year_of(period) if period else None
    out: list[Problem] = []
    for pos, day in enumerate(norm.frame[column].to_list()):
        at = sheet.origin.get(norm.excel_rows[pos] - 1)
        span = sheet.months.get(at[0]) if at is not None else None
        if day is None or at is None or span is None:
            continue
        if span[0] <= day.month <= span[1] and (year is None or day.year == year):
            continue
        months = f"{span[0]}月" if span[0] == span[1] else f"{span[0]}-{span[1]}月"
        out.append(_cell(table, norm, pos, column, "warning", "date_outside_sheet",
                         f"本行日期是{day.year}年{day.month}月{day.day}日，但填在「{at[0]}」工作表（{months}）里",
                         f"核对日期是否填错，或该行是否应填在{day.month}月的工作表里（本行已按所填日期入库，只计一次）", file))
    return out


def cumulative_pairs(form: FormSpec) -> list[tuple[str, str | None]]:
    """(cumulative column, its month column or None) of a form, as it declares them (``Roles.cumulative``)."""
    return list(form.roles.cumulative)


def yoy_pairs(form: FormSpec) -> list[tuple[str, str]]:
    """(this year's cumulative column, last year's) of a form, as it declares them (``Roles.yoy``)."""
    return list(form.roles.yoy)


def _cell(table: Table, norm: Normalised, pos: int, column: str, severity: str, code: str, message: str, fix: str,
          file: str) -> Problem:
    row = table.rows[pos]
    return Problem(severity, code, message, fix, file=file, sheet=table.sheet,  # type: ignore[arg-type]
                   row=row.excel_row, col=table.match.columns.get(column), column=norm.form.column(column).header,
                   value=clean_text(row.cells.get(column)) or None)


def check_yoy(table: Table, norm: Normalised, file: str, limit_pct: float) -> list[Problem]:
    """A year-on-year change beyond ±limit % is worth a second look: a warning on the cumulative cell — except on
    the rows where the pair is itself a same-order pair found ``units.APART`` apart (上年同期 in 亿元 beside 1-N月 in
    万元), whose unit ``check_same_order`` asks on the cell that is wrong."""
    out: list[Problem] = []
    limit = Decimal(str(limit_pct))
    asked = {(p.hi, p.lo, pos) for p in _pairs_apart(table, norm)[0] for pos, _, _ in p.rows}
    for this, last in yoy_pairs(norm.form):
        if this not in table.match.columns or last not in table.match.columns:
            continue
        for pos, (a, b) in enumerate(zip(norm.frame[this].to_list(), norm.frame[last].to_list(), strict=True)):
            if a is None or b is None or a < 0 or b <= 0:
                continue  # a negative figure is already an error of its own
            if (this, last, pos) in asked or (last, this, pos) in asked:
                continue  # the two columns' units are asked (check_same_order): no 同比 of 1,000,000 % beside it
            growth = (a - b) * 100 / b
            if abs(growth) > limit:
                factor, unit = _row_factor(table, norm, this, pos)
                out.append(_cell(
                    table, norm, pos, this, "warning", "yoy_out_of_range",
                    f"同比{'增长' if growth > 0 else '下降'} {abs(growth):.1f}%（本年 {_fmt(a / factor)}，上年同期 "
                    f"{_fmt(b / factor)}，{unit}），超过 ±{_fmt(limit)}%",
                    "核对本年累计和上年同期数；确实如此可不修改（此为提醒）", file))
    return out


@dataclass(frozen=True)
class _Apart:
    """A pair of ``Roles.same_order`` columns ``units.APART`` times apart on most rows of a table, the same way round:
    ``hi`` the column far above, ``lo`` the one far below, ``rows`` (pos, hi's figure, lo's) of the rows so apart,
    ``compared`` how many rows had both figures."""

    hi: str
    lo: str
    rows: list[tuple[int, Decimal, Decimal]]
    compared: int


def _pairs_apart(table: Table, norm: Normalised) -> tuple[list[_Apart], set[str]]:
    """The form's same-order pairs found apart, and the columns a pair found NOT apart vouches for (both figures
    present on the table's rows and of one order): 1-N月 beside 营业收入 of the same size says 1-N月's unit is right,
    so when 1-N月 and 上年同期 are 10,000 times apart it is 上年同期's unit that is wrong."""
    apart: list[_Apart] = []
    vouched: set[str] = set()
    for big, small in norm.form.roles.same_order:
        if big not in table.match.columns or small not in table.match.columns:
            continue
        pairs = [(pos, a, b) for pos, (a, b) in enumerate(zip(norm.frame[big].to_list(), norm.frame[small].to_list(),
                                                                strict=True))
                 if isinstance(a, Decimal) and isinstance(b, Decimal) and a > 0 and b > 0]
        found = None
        for hi, lo, turned in ((big, small, pairs), (small, big, [(pos, b, a) for pos, a, b in pairs])):
            rows = [(pos, a, b) for pos, a, b in turned if a >= units.APART * b]  # hi's figure, lo's, hi far above
            if rows and len(rows) * 2 > len(pairs):
                found = _Apart(hi, lo, rows, len(pairs))
        if found is not None:
            apart.append(found)
        elif pairs:
            vouched |= {big, small}
    return apart, vouched


def check_same_order(table: Table, norm: Normalised, file: str) -> list[Problem]:
    """Two figures of a row of the same order (``Roles.same_order``: 营业收入 beside 总产值, 上年同期 beside 1-N月) that
    are ``units.APART`` times apart on most rows of the table, the same way round: one column was read in a wrong
    unit — a stale 说明：营业收入以亿元计 over revenue typed in 万元, 950 亿元 beside 900 万元, under the 1,000 亿元 a
    row can hold (``MOST_PER_ROW``), or a 上年同期 column pasted from the city bulletin in 亿元 (0.39 beside 3,900) —
    and storing either would be 10,000 times off.  Asked on the first such row's cell of the column whose unit is
    wrong: the one no other pair of the form vouches for (1-N月 of one order with 营业收入 is right, so 上年同期 is
    not), else the larger one; both figures quoted in the unit they were read in.  One row apart (a firm that sold
    its stock and made little) is a firm's own story, not a unit."""
    out: list[Problem] = []
    apart, vouched = _pairs_apart(table, norm)
    for pair in apart:
        hi, lo = pair.hi, pair.lo
        pos, a, b = pair.rows[0]
        (fa, ua), (fb, ub) = _row_factor(table, norm, hi, pos), _row_factor(table, norm, lo, pos)
        h_hi, h_lo = norm.form.column(hi).header, norm.form.column(lo).header
        times = f"{a / b:,.0f}" if a / b < 100_000 else "十万以上"
        sure = (hi in vouched) != (lo in vouched)  # one of the two is vouched for by another pair
        wrong, right = (lo, hi) if hi in vouched and lo not in vouched else (hi, lo)
        h_wrong, h_right = norm.form.column(wrong).header, norm.form.column(right).header
        if sure:
            why = f"「{h_right}」与本表其他金额同一量级，单位不对的应是「{h_wrong}」"
            fix = f"核对「{h_wrong}」的单位（表头、“单位：”行或表格上下的说明），改成与「{h_right}」相同的单位后重新报送"
        else:
            why = "两栏中必有一栏的单位不对（两者应当相近）"
            fix = f"核对「{h_hi}」和「{h_lo}」的单位（表头、“单位：”行或表格上下的说明），改正不对的一处后重新报送"
        out.append(_cell(
            table, norm, pos, wrong, "error", "columns_apart",
            f"「{h_hi}」按{ua}读取为{_fmt(a / fa)}{ua}，是同一行「{h_lo}」{_fmt(b / fb)}{ub}的{times}倍；全表"
            f"{pair.compared}行中有{len(pair.rows)}行相差上千倍，{why}", fix, file))
    return out


def check_counties_listed(table: Table, norm: Normalised, counties: tuple[str, ...], file: str) -> list[Problem]:
    """A return whose rows are the city's counties (its key a ``county`` column: 全市各县区对比) that leaves one of the
    configured counties out (a row lost in retyping): said, naming it, since every 全市排名 and 全市平均 of the report
    would be over the counties that are there without a word.  A warning: the figures present are right.  Said
    only when every row's name was read: a row whose name is refused (an error on its cell) may be the county
    that seems absent, and the return is refused anyway."""
    form = norm.form
    if len(form.key) != 1 or form.column(form.key[0]).kind != "county" or not counties or norm.frame.height == 0 \
            or norm.frame[form.key[0]].null_count():
        return []
    there = set(norm.frame[form.key[0]].drop_nulls().to_list())
    missing = [c for c in counties if c not in there]
    if not missing:
        return []
    header = form.column(form.key[0]).header
    return [Problem("warning", "counties_missing",
                    f"表中没有{'、'.join(missing)}的行（全市共{len(counties)}个县区：{'、'.join(counties)}）："
                    f"全市排名和平均将只按表中的{len(counties) - len(missing)}个县区计算",
                    f"补上{'、'.join(missing)}的一行（「{header}」写“{missing[0]}”）后重新报送；市里确实没有公布的，可不处理（此为提醒）",
                    file=file, sheet=table.sheet, row=table.match.header_row + 1,
                    col=table.match.columns.get(form.key[0]), column=header)]


def check_kind_of_sender(table: Table, norm: Normalised, sender: Sender, senders: list[Sender],
                         file: str) -> list[Problem]:
    """A row of a kind the county has another unit report (``FormSpec.sent_by_kind``: 工业用地供应 is 自然资源局's, the
    fund rows 财政局's) in this sender's return (财政局代报 a parcel): a warning on its kind — the row is stored and
    counted once for the county, and the unit that owns the kind may send it too, which ``check_other_senders``
    then finds; only the clerks know whether it was sent on the other's behalf or typed into the wrong ledger."""
    form = norm.form
    status = form.roles.status
    if not form.sent_by_kind or status is None or status not in norm.frame.columns:
        return []
    out: list[Problem] = []
    for pos, kind in enumerate(norm.frame[status].to_list()):
        words = next((w for group, w in form.sent_by_kind if kind in group), None)
        if words is None or sender.named_with(words):
            continue
        owners = [s.name for s in senders if s.name != sender.name and s.named_with(words)]
        if len(owners) != 1:
            continue
        out.append(_cell(table, norm, pos, status, "warning", "kind_of_other_sender",
                         f"本行是“{kind}”，本县这一项由{owners[0]}报送，{sender.name}的表里也列了这一行：全县只计一次",
                         f"如果是替{owners[0]}代报、{owners[0]}不再报送，可不修改（此为提醒）；{owners[0]}也报送的，"
                         "请删去本行后重新报送", file))
    return out


class History:
    """Each sender's cumulative figures per period, as the warehouse's current versions hold them.

    Fetched once per batch (one query per form) and then kept up to date as the batch loads, so a
    batch holding May and June of the same sender checks June against May without a query per file.
    """

    def __init__(self) -> None:
        #: (form, sender) → period → key → {cumulative column: value}
        self._rows: dict[tuple[str, str], dict[str, dict[tuple[Any, ...], dict[str, Any]]]] = {}
        #: (form, sender, period) → the file name of the version those rows came from
        self._files: dict[tuple[str, str, str], str] = {}

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, wanted: list[tuple[FormSpec, str, str]]) -> History:
        """The periods of the same year as each (form, sender, period) wanted: the earlier ones to check
        the new figures against, the later ones to check a late correction against; and those of the year
        before: the year's first return is held against last year's last one (``before``: its rows and names;
        ``last_year``: a cumulative carried on), never for the cumulatives of ``previous``."""
        history = cls()
        by_form: dict[str, tuple[FormSpec, set[str], str, str]] = {}
        for form, sender, period in wanted:
            if not _checked(form, period):
                continue
            _, senders, lo, hi = by_form.get(form.code, (form, set(), period, period))
            senders.add(sender)
            # from January of the year before: the year's first return is held against last year's last one
            by_form[form.code] = (form, senders, min(lo, f"{year_of(period) - 1}-01"),
                                  max(hi, f"{year_of(period) + 1}-01"))
        for form, senders, lo, hi in by_form.values():
            kept = _kept(form)
            cols = [*form.key, *kept]
            for row in con.execute(
                    f"select f.sender, f.period, s.file_name, {', '.join(f'f.{c}' for c in cols)} from {form.current} f "
                    "join submissions s using (submission_id) "
                    "where f.sender in (select unnest(?::varchar[])) and f.period >= ? and f.period < ?",
                    [sorted(senders), lo, hi]).fetchall():
                history._files[(form.code, row[0], row[1])] = str(row[2])
                key = record_key(row[3: 3 + len(form.key)])
                if _keyless(key):
                    continue
                values = dict(zip(kept, row[3 + len(form.key):], strict=True))
                history._rows.setdefault((form.code, row[0]), {}).setdefault(row[1], {})[key] = values
        return history

    def file(self, form: FormSpec, sender: str, period: str) -> str | None:
        """The name of the file the sender's rows of ``period`` came from (its version that counts)."""
        return self._files.get((form.code, sender, period))

    def previous(self, form: FormSpec, sender: str, period: str) -> str | None:
        """The sender's latest earlier period of the same year (cumulatives restart each January)."""
        periods = [p for p in self._rows.get((form.code, sender), {}) if f"{year_of(period)}-01" <= p < period]
        return max(periods) if periods else None

    def before(self, form: FormSpec, sender: str, period: str) -> str | None:
        """The period a row gone or a name changed is said against: the sender's latest earlier period of the
        same year, or, for the year's first return (its month at most ``FormSpec.first_month``), its last stored
        period of the previous year — a firm on 1-12月's list and not on 1-2月's is as gone as one left off June's.
        Only these identity checks cross the year: the cumulatives restart each January (``previous``)."""
        same_year = self.previous(form, sender, period)
        if same_year is not None or not _first_of_year(form, period):
            return same_year
        return self.last_year(form, sender, period)

    def last_year(self, form: FormSpec, sender: str, period: str) -> str | None:
        """The sender's last period of the year before ``period``'s (its year-end cumulative, as far as stored)."""
        year = year_of(period)
        periods = [p for p in self._rows.get((form.code, sender), {}) if f"{year - 1}-01" <= p < f"{year}-01"]
        return max(periods) if periods else None

    def following(self, form: FormSpec, sender: str, period: str) -> str | None:
        """The sender's earliest later period of the same year already in: a correction must stay below it."""
        periods = [p for p in self._rows.get((form.code, sender), {}) if period < p <= f"{year_of(period)}-12"]
        return min(periods) if periods else None

    def rows(self, form: FormSpec, sender: str, period: str) -> dict[tuple[Any, ...], dict[str, Any]]:
        return self._rows.get((form.code, sender), {}).get(period, {})

    def add(self, form: FormSpec, sender: str, period: str, frame: pl.DataFrame, file: str | None = None) -> None:
        """A version just loaded becomes the current one for its period."""
        if not _checked(form, period):
            return
        if file is not None:
            self._files[(form.code, sender, period)] = file
        kept = _kept(form)
        self._rows.setdefault((form.code, sender), {})[period] = {
            key: dict(zip(kept, r[len(form.key):], strict=True))
            for r in frame.select([*form.key, *kept]).rows() if not _keyless(key := record_key(r[: len(form.key)]))
        }


def _first_of_year(form: FormSpec, period: str) -> bool:
    """The year's first return of a monthly form: January, or 1-2月 where January is not sent alone."""
    month = month_of(period)
    return month is not None and month <= form.first_month


def _keyless(key: tuple[Any, ...]) -> bool:
    """A row whose key is blank (a fund ledger's contribution has no 宗地编号) cannot be followed from month to
    month: kept, every such row would be one record, each month's last one “renamed” to the next."""
    return all(k is None for k in key)


def _kept(form: FormSpec) -> list[str]:
    """What History keeps of each row besides its key: its cumulatives, its name (for a row gone since, a code
    changed under it), the month it entered the above-scale list (for one moved into this year) and its month
    figures (本月: a late correction of the month before must still leave them adding up, ``later_month_differs``)
    and their same period last year (``Roles.yoy``: this year's and last year's swapped, ``years_swapped``)."""
    cums = [c for c, _ in cumulative_pairs(form)]
    also = [c for c in (form.roles.name, form.roles.entered, *(m for _, m in cumulative_pairs(form)),
                        *(last for _, last in yoy_pairs(form)))
            if c and c not in cums and c not in form.key]
    return [*cums, *dict.fromkeys(also)]


def _checked(form: FormSpec, period: str) -> bool:
    """Monthly forms whose rows carry on from month to month: a year-to-date cumulative (a row gone takes its
    cumulative out of the year's figure), or a ledger that is a snapshot of the year (``FormSpec.nil``)."""
    return (bool(form.key) and form.frequency == "monthly" and month_of(period) is not None
            and (bool(cumulative_pairs(form)) or form.nil is not None))


@dataclass(frozen=True)
class Held:
    """A record a current return holds (another sender's of the period, last year's of the same period): where,
    and its figures."""

    sender: str
    file: str
    sheet: str
    excel_row: int
    figures: tuple[Any, ...]
    #: the record's name as that sender wrote it (its 项目名称), when the form names its records apart from the key
    name: Any = None


def _named_by(form: FormSpec) -> str | None:
    """The column naming a form's records apart from its key (项目名称 beside 项目代码), or None."""
    name = form.roles.name
    return name if name and name not in form.key else None


class HeldRecords:
    """Records of current returns with where they came from, by (form, period) and key: fetched once per batch (one
    query per form), kept up to date as the batch loads.  What is held is a subclass's: ``_source`` (the period
    whose records a return of ``period`` is held against, or None) and ``_columns`` (the figures kept)."""

    def __init__(self) -> None:
        #: (form, period) → key → the records under it
        self._rows: dict[tuple[str, str], dict[tuple[Any, ...], list[Held]]] = {}

    @staticmethod
    def _source(form: FormSpec, period: str) -> str | None:
        raise NotImplementedError

    @staticmethod
    def _columns(form: FormSpec) -> list[str]:
        raise NotImplementedError

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, wanted: list[tuple[FormSpec, str]]) -> Self:
        held = cls()
        by_form: dict[str, tuple[FormSpec, set[str]]] = {}
        for form, period in wanted:
            if (source := cls._source(form, period)) is not None:
                by_form.setdefault(form.code, (form, set()))[1].add(source)
        for form, periods in by_form.values():
            figures, name = cls._columns(form), _named_by(form)
            cols = [*form.key, *figures, *([name] if name else [])]
            for row in con.execute(
                    f"select f.period, f.sender, s.file_name, f.sheet, f.excel_row, {', '.join(f'f.{c}' for c in cols)} "
                    f"from {form.current} f join submissions s using (submission_id) "
                    "where f.period in (select unnest(?::varchar[])) order by f.submission_id, f.excel_row",
                    [sorted(periods)]).fetchall():
                key = record_key(row[5: 5 + len(form.key)])
                start = 5 + len(form.key)
                record = Held(row[1], row[2], row[3] or "", row[4], tuple(row[start: start + len(figures)]),
                              row[-1] if name else None)
                held._rows.setdefault((form.code, row[0]), {}).setdefault(key, []).append(record)
        return held

    def _under(self, form: FormSpec, period: str, key: tuple[Any, ...]) -> list[Held]:
        return self._rows.get((form.code, period), {}).get(key, [])

    def add(self, form: FormSpec, sender: str, period: str, file: str, sheet: str, norm: Normalised) -> None:
        """A version just loaded becomes the sender's records for the period (its earlier version's are gone)."""
        if self._source(form, period) is None:
            return
        rows = self._rows.setdefault((form.code, period), {})
        for key in list(rows):
            rows[key] = [h for h in rows[key] if h.sender != sender]
        figures, name = self._columns(form), _named_by(form)
        cols = [*form.key, *figures, *([name] if name else [])]
        for excel_row, r in zip(norm.excel_rows, norm.frame.select(cols).rows(), strict=True):
            rows.setdefault(record_key(r[: len(form.key)]), []).append(
                Held(sender, file, sheet, excel_row, tuple(r[len(form.key): len(form.key) + len(figures)]),
                     r[-1] if name else None))


class Shared(HeldRecords):
    """The records of forms whose key is county-wide (``FormSpec.county_wide_key``) in each sender's current return
    of the batch's periods, so a project in two townships' returns is found whichever came first, in an earlier
    run or in this one."""

    @staticmethod
    def _source(form: FormSpec, period: str) -> str | None:
        return period if form.county_wide_key else None

    @staticmethod
    def _columns(form: FormSpec) -> list[str]:
        return _figures(form)

    def __init__(self) -> None:
        super().__init__()
        #: (form, period) → key → the copies set aside as ``sender``'s in other senders' current returns, oldest first
        self._aside: dict[tuple[str, str], dict[tuple[Any, ...], list[tuple[str, Held]]]] = {}

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, wanted: list[tuple[FormSpec, str]]) -> Self:
        held = super().fetch(con, wanted)
        for form in {f.code: f for f, period in wanted if cls._source(f, period) is not None}.values():
            periods = sorted({period for f, period in wanted if f.code == form.code})
            for row in con.execute(
                    f"select f.period, f.set_aside, f.sender, s.file_name, f.sheet, f.excel_row, "
                    f"{', '.join(f'f.{k}' for k in form.key)} from {form.table} f "
                    "join current_submissions c using (submission_id) join submissions s using (submission_id) "
                    "where f.set_aside is not null and f.period in (select unnest(?::varchar[])) "
                    "order by f.submission_id, f.excel_row", [periods]).fetchall():
                copy = Held(row[2], row[3], row[4] or "", row[5], ())
                held._aside.setdefault((form.code, row[0]), {}).setdefault(record_key(row[6:]), []).append(
                    (row[1], copy))
        return held

    def held(self, form: FormSpec, period: str, key: tuple[Any, ...], sender: str) -> Held | None:
        """The first record under ``key`` another sender's return of the period holds, or None."""
        return next((h for h in self._under(form, period, key) if h.sender != sender), None)

    def set_aside_for(self, form: FormSpec, period: str, key: tuple[Any, ...], sender: str) -> Held | None:
        """The oldest copy of ``key`` another sender's current return holds set aside as ``sender``'s, or None."""
        return next((h for owner, h in self._aside.get((form.code, period), {}).get(key, [])
                     if owner == sender and h.sender != sender), None)

    def aside(self, form: FormSpec, sender: str, period: str, file: str, sheet: str, norm: Normalised | None,
              owners: list[str]) -> None:
        """A version just loaded sets these rows aside as ``owners``' (its earlier version's set-aside rows gone)."""
        if self._source(form, period) is None:
            return
        rows = self._aside.setdefault((form.code, period), {})
        for key in list(rows):
            rows[key] = [(o, h) for o, h in rows[key] if h.sender != sender]
        if norm is None:
            return
        for excel_row, owner, r in zip(norm.excel_rows, owners, norm.frame.select(list(form.key)).rows(), strict=True):
            rows.setdefault(record_key(r), []).append((owner, Held(sender, file, sheet, excel_row, ())))


class YearRecords:
    """Which senders' current returns of a year hold each record of a county-wide key (项目代码 …), by form and year:
    a row gone from one sender's list that another sender's list of the same period (or of a later one of the year)
    holds was handed over — a project the 经开区 or a 街道 split off reports now — not lost, and is said so on both
    returns, whichever came first (``_gone_since_previous``, ``check_reported_before``).  Fetched once per batch (one
    query per form), kept up to date as the batch loads; the batch's files not decided yet (``pend``) are looked at
    too, so the order in which one drop is taken changes no word.  Which copy counts is not decided here (a record
    in two returns of one period: ``check_other_senders``)."""

    def __init__(self) -> None:
        #: (form, year) → sender → period → key → where the sender's current return of the period holds it
        self._rows: dict[tuple[str, int], dict[str, dict[str, dict[tuple[Any, ...], Held]]]] = {}
        #: the batch's files not decided yet: (file, form, sender, period) → (year, its records)
        self._pending: dict[tuple[str, str, str, str], dict[tuple[Any, ...], Held]] = {}

    @staticmethod
    def _wanted(form: FormSpec, period: str) -> bool:
        return form.county_wide_key and _checked(form, period)

    @classmethod
    def fetch(cls, con: duckdb.DuckDBPyConnection, wanted: list[tuple[FormSpec, str]]) -> Self:
        held = cls()
        years: dict[str, tuple[FormSpec, set[int]]] = {}
        for form, period in wanted:
            if cls._wanted(form, period):
                years.setdefault(form.code, (form, set()))[1].add(year_of(period))
        for form, ys in years.values():
            name = _named_by(form)
            cols = [*form.key, *([name] if name else [])]
            for row in con.execute(
                    f"select f.period, f.sender, s.file_name, f.sheet, f.excel_row, {', '.join(f'f.{c}' for c in cols)} "
                    f"from {form.current} f join submissions s using (submission_id) "
                    "where length(f.period) = 7 and left(f.period, 4) in (select unnest(?::varchar[])) "
                    "order by f.submission_id, f.excel_row", [sorted(str(y) for y in ys)]).fetchall():
                key = record_key(row[5: 5 + len(form.key)])
                if _keyless(key):
                    continue
                rows = held._rows.setdefault((form.code, year_of(row[0])), {}).setdefault(row[1], {})
                rows.setdefault(row[0], {}).setdefault(key, Held(row[1], row[2], row[3] or "", row[4], (),
                                                                 row[-1] if name else None))
        return held

    @staticmethod
    def _records(form: FormSpec, sender: str, file: str, sheet: str,
                 norm: Normalised) -> dict[tuple[Any, ...], Held]:
        name = _named_by(form)
        cols = [*form.key, *([name] if name else [])]
        out: dict[tuple[Any, ...], Held] = {}
        for excel_row, r in zip(norm.excel_rows, norm.frame.select(cols).rows(), strict=True):
            key = record_key(r[: len(form.key)])
            if not _keyless(key):
                out.setdefault(key, Held(sender, file, sheet, excel_row, (), r[-1] if name else None))
        return out

    def pend(self, form: FormSpec, sender: str, period: str, file: str, sheet: str, norm: Normalised) -> None:
        """A file of the batch read without an error, not decided yet: its records count as its sender's meanwhile."""
        if self._wanted(form, period):
            self._pending[(file, form.code, sender, period)] = self._records(form, sender, file, sheet, norm)

    def add(self, form: FormSpec, sender: str, period: str, file: str, sheet: str, norm: Normalised | None) -> None:
        """A file decided: no longer pending; when accepted (``norm``), its records are its sender's for the period."""
        self._pending.pop((file, form.code, sender, period), None)
        if norm is not None and self._wanted(form, period):
            self._rows.setdefault((form.code, year_of(period)), {}).setdefault(sender, {})[period] = self._records(
                form, sender, file, sheet, norm)

    def handed(self, form: FormSpec, sender: str, period: str, key: tuple[Any, ...]) -> tuple[str, Held] | None:
        """Another sender's record of ``key`` in its return of ``period`` or of a later period of the year — the
        earliest, a decided return before one of the batch still pending — as (its period, where), or None."""
        year = year_of(period)
        found = [(p, rows[key]) for s, periods in self._rows.get((form.code, year), {}).items() if s != sender
                 for p, rows in periods.items() if p >= period and key in rows]
        if not found:
            found = [(p, rows[key]) for (_, code, s, p), rows in self._pending.items()
                     if code == form.code and s != sender and year_of(p) == year and p >= period and key in rows]
        return min(found, key=lambda f: (f[0], f[1].sender)) if found else None

    def reported_before(self, form: FormSpec, sender: str, period: str,
                        key: tuple[Any, ...]) -> tuple[str, str, Held] | None:
        """Another sender whose returns of the year held ``key`` and whose latest return up to ``period`` no longer
        does: (the last period it held it, the period it is gone from, where it was), or None — and None once the
        sender's own earlier return of the year held it (said the first time, not every month after)."""
        rows = self._rows.get((form.code, year_of(period)), {})
        if any(key in held for p, held in rows.get(sender, {}).items() if p < period):
            return None
        for other, periods in sorted(rows.items()):
            upto = sorted(p for p in periods if p <= period)
            if other == sender or not upto or key in periods[upto[-1]]:
                continue
            held = [p for p in upto if key in periods[p]]
            if held:
                return held[-1], next(p for p in upto if p > held[-1]), periods[held[-1]][key]
        return None


def check_reported_before(year: YearRecords, norm: Normalised, sender: str, period: str, file: str,
                          sheet: str) -> list[Problem]:
    """Records of this return another sender listed earlier in the year and has left off since (its return of this
    period or an earlier one no longer holds them): handed over to this sender — a project the 经开区 reports from
    June that 北镇 reported until May — said on this return too, as the other's ``rows_gone`` says it, so the two
    lists read as one project moving, counted here, whichever came first."""
    form = norm.form
    if not YearRecords._wanted(form, period):  # noqa: SLF001 - the same rule as the records kept
        return []
    said: list[str] = []
    for key in dict.fromkeys(record_key(k) for k in norm.frame.select(form.key).rows()):
        if _keyless(key) or (before := year.reported_before(form, sender, period, key)) is None:
            continue
        last, gone, h = before
        called = f"「{h.name}」" if h.name else "、".join(str(k) for k in key if k is not None)
        said.append(f"{called}（{h.sender}在「{h.file}」第{h.excel_row}行报过{months_words(last)}的累计，"
                    f"{month_of(gone)}月起{h.sender}的表不再列出）")
    if not said:
        return []
    what = form.nil.rows if form.nil is not None else ""
    return [Problem("info", "reported_before",
                    f"本表的{what}{'；'.join(said[:_GONE_NAMED])}{f'等{len(said)}行' if len(said) > _GONE_NAMED else ''}："
                    f"本期起按{sender}报的计入，全县只计一次",
                    f"不必处理；如果不属于{sender}，请与原报送单位核实后删去再重新报送", file=file, sheet=sheet)]


def check_withdrawn_shared(shared: Shared, history: History, norm: Normalised, sender: str, period: str,
                           file: str, sheet: str) -> list[Problem]:
    """Records the sender's return of the period counted that another sender's return holds set aside as the
    sender's (a boundary project both townships listed), when this version no longer holds them: that copy counts
    now (the current-rows view takes it), and the clerk is told whose, so the withdrawal does not pass for the
    project leaving the county."""
    form = norm.form
    if not form.county_wide_key:
        return []
    now = {record_key(k) for k in norm.frame.select(form.key).rows()}
    name = _named_by(form)
    out: list[Problem] = []
    for key, values in history.rows(form, sender, period).items():
        if key in now or (h := shared.set_aside_for(form, period, key, sender)) is None:
            continue
        called = f"「{values[name]}」" if name and values.get(name) else "、".join(str(k) for k in key if k is not None)
        out.append(Problem("info", "counted_as_other",
                           f"上一版有、本版没有的{called}，{h.sender}的表里也有（《{h.file}》第{h.excel_row}行，数字相同，"
                           f"此前按本单位报的计入）：今后全县按{h.sender}报的计入，不会因本单位删去而漏计",
                           f"如果它确实属于{h.sender}，不必处理；如果属于本单位，请补上后整表重新报送",
                           file=file, sheet=sheet))
    return out


def _figures(form: FormSpec) -> list[str]:
    """The columns whose values say whether two copies of a record agree: its figures, the one the outputs count
    first (``Roles.amount``), so that a question names it."""
    first = [form.roles.amount] if form.roles.amount else []
    return [*first, *(c.name for c in form.columns if c.kind in FIGURE_KINDS and c.name not in first)]


def check_other_senders(shared: Shared, table: Table, norm: Normalised, sender: str, period: str,
                        file: str) -> tuple[list[Problem], list[tuple[int, str]]]:
    """A record (the same 项目代码, 宗地编号 …) another sender's return of the period holds too — a project on the
    boundary that both townships report whole — would be counted twice in the county.  With the same figures it is
    one record: counted once, as the first return to hold it has it, and the later copy is set aside — stored,
    marked as that sender's (the lineage column ``set_aside``), so that it counts again the day the other sender's
    return no longer holds it (the current-rows view decides, ``beizeng.store.warehouse.form_ddl``); a warning on
    its row names the other sender's file and row, as that sender wrote it, and asks which of them it belongs to.
    With other figures which copy is right cannot be told: asked (an error).  Returns the problems and the rows
    set aside: (frame position, the sender whose copy counts)."""
    form = norm.form
    if not form.county_wide_key:
        return [], []
    figures = _figures(form)
    out: list[Problem] = []
    dropped: list[tuple[int, str]] = []
    for pos, r in enumerate(norm.frame.select([*form.key, *figures]).rows()):
        key = record_key(r[: len(form.key)])
        if None in key[:1] or (h := shared.held(form, period, key, sender)) is None:
            continue
        called = f"{h.name}，" if h.name else ""  # the other's row as that sender wrote it, not by this row's name
        said = f"{h.sender}也报了这一条（{called}《{h.file}》第{h.excel_row}行）"
        differ = [(c, mine, theirs) for c, mine, theirs in zip(figures, r[len(form.key):], h.figures, strict=True)
                  if mine != theirs]
        if not differ:
            dropped.append((pos, h.sender))
            out.append(_cell(table, norm, pos, form.key[0], "warning", "reported_by_other",
                             f"{said}，数字相同：全县只计一次，按{h.sender}报的计入，本行暂不计入；{h.sender}以后"
                             "报送的表里不再有这一条时，改按本行计入",
                             f"与{h.sender}核实它属于哪个单位：属于本单位的，请{h.sender}删去后本单位重新报送；"
                             "不属于本单位的，删去本行", file))
            continue
        c, mine, theirs = differ[0]
        header = form.column(c).header
        out.append(_cell(table, norm, pos, form.key[0], "error", "reported_by_other",
                         f"{said}，数字不同（「{header}」本行{_shown(mine)}，{h.sender}报{_shown(theirs)}）：同一条不能"
                         "计两次，也看不出哪份对",
                         f"与{h.sender}核实它属于哪个单位、数字以哪份为准：不属于本单位的删去本行；属于本单位的，"
                         f"请{h.sender}删去后重新报送，本单位再报送", file))
    return out, dropped


def _shown(value: Any) -> str:
    return "空白" if value is None else _fmt(value) if isinstance(value, Decimal) else str(value)


def check_history(history: History, table: Table, norm: Normalised, sender: str, period: str,
                  file: str, tolerance: float, refused: bool = False, year: YearRecords | None = None) -> list[Problem]:
    """Against the sender's previous month in the warehouse: a cumulative figure may not fall (error), and
    this month's figure should be the cumulative minus last month's cumulative (warning).

    A late correction of an earlier month is also held against the next month already in: a cumulative
    above it is a warning (that month was accepted, so it too needs correcting, or this one is wrong).

    Runs inside the load, so a previous month loaded earlier in the same batch counts.  ``year``: the other senders'
    records of the year, so a row gone that another sender reports now is said as handed over, not lost.
    """
    form = norm.form
    if not _checked(form, period) or norm.frame.height == 0:
        return []
    said = _notes_correcting_earlier(history, table, norm, sender, period, file)
    keys = [record_key(k) for k in norm.frame.select(form.key).rows()]
    # rows gone are said of a file that will be filed: in a refused one a key typed wrong (a check digit, a code
    # typed as a number) only looks like a row gone, and the clerk has the real question already
    recoded, moved = ([], set()) if refused else _recoded_since_previous(history, table, norm, sender, period, file,
                                                                          keys)
    gone = [] if refused else _gone_since_previous(history, table, norm, sender, period, file, set(keys) | moved,
                                                   year)
    gone += recoded
    gone += [] if refused else _renamed_since_previous(history, table, norm, sender, period, file, keys)
    gone += [] if refused else _entered_moved(history, table, norm, sender, period, file, keys)
    pairs = [(c, m) for c, m in cumulative_pairs(form) if c in table.match.columns]
    if not pairs:
        return said + gone
    repeated = {k for k, n in Counter(keys).items() if n > 1}  # already an error of their own (duplicate_key)
    gone += _carried_over(history, table, norm, sender, period, file, pairs[0], keys, repeated)
    against = _against_previous(history, table, norm, sender, period, file, tolerance, pairs, keys, repeated)
    fallen = {p.column for p in against if p.code == "cum_decreased"}
    swapped = [x for this, last in yoy_pairs(form) if form.column(this).header not in fallen
               for x in _years_swapped(history, table, norm, sender, period, file, tolerance, (this, last), keys,
                                       repeated)]
    return (said + gone + against + swapped
            + _against_following(history, table, norm, sender, period, file, tolerance, pairs, keys, repeated))


#: A note's words correcting a figure (调整为4,000万元, 更正为, 核减为, 应为): the verb, then the figure and its unit.
_CORRECTED_RE = re.compile(r"(?:调整|更正|修正|修改|订正|核减|核增|改)(?:为|成|至)|应为|实为")
_FIGURE_AFTER_RE = re.compile(r"^\s*(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|千元|元)?")
#: A note naming the return before this one without its months (上月, 上期).
_LAST_PERIOD_RE = re.compile(r"上月|上期|上一期")


def _notes_correcting_earlier(history: History, table: Table, norm: Normalised, sender: str, period: str,
                              file: str) -> list[Problem]:
    """A note in this return correcting an earlier month's figures (July's list with 注：…东川陶瓷有限公司1-6月工业总产值
    调整为4,000万元，请据此更正6月数据): a warning on the note's row naming the figure stored for that month, since a
    note is read as words only — the month already in keeps its figures until its own return is sent again, and
    a free-text line never changes them (which row, which column, in which unit is the clerk's to say)."""
    form = norm.form
    month = month_of(period)
    if month is None:
        return []
    sheet = table.match.sheet
    out: list[Problem] = []
    for n, why in sorted(table.unread.items()):
        if why not in ("note_row", "footer") or n - 1 >= len(sheet.rows):
            continue
        line = "".join(t for t in sheet.texts(n - 1) if t)
        verb = _CORRECTED_RE.search(line)
        if verb is None or _FIGURE_AFTER_RE.match(line[verb.end():]) is None:
            continue  # a correction gives the figure (调整为4,000万元); 口径调整为… is news of another kind
        named = months_named(line[: verb.start()]) or months_named(line)
        if named is not None and named[1] < month:
            earlier = f"{year_of(period)}-{named[1]:02d}"
        elif named is None and _LAST_PERIOD_RE.search(line):
            earlier = history.previous(form, sender, period) or ""
        else:
            continue  # this month's own figures, or no earlier month named: a note like any other
        if not earlier:
            continue
        said = _correcting_note(history, table, norm, sender, earlier, line, line[verb.end():], n, file)
        if said is not None:
            out.append(said)
    return out


def _correcting_note(history: History, table: Table, norm: Normalised, sender: str, earlier: str, line: str,
                     after: str, row: int, file: str) -> Problem | None:
    """The warning for one note correcting ``earlier``: the record it names and the figure stored for it then,
    or None when that figure is already the one the note gives (the month was sent again)."""
    form = norm.form
    stored = history.rows(form, sender, earlier)
    cum = next((c for c, _ in cumulative_pairs(form)), None)
    name_col = form.roles.name
    unit = (form.column(cum).unit or form.unit) if cum else form.unit
    m = _FIGURE_AFTER_RE.match(after)
    said_figure = (Decimal(m.group(1).replace(",", "").replace("，", "")) * UNIT_FACTORS.get(m.group(2) or unit, Decimal(1))
                   if m is not None else None)
    record = next(((values.get(name_col), values.get(cum) if cum else None) for values in stored.values()
                   if name_col and values.get(name_col) and str(values[name_col]) in line), None)
    words = months_words(earlier)
    shown = line if len(line) <= 80 else line[:78] + "…"
    if record is not None and record[1] is not None:
        was = Decimal(str(record[1]))
        if said_figure is not None and was == said_figure:
            return None  # already corrected: the month's return was sent again with the note's figure
        told = (f"已入库的{words}报表中「{record[0]}」的「{form.column(cum).header if cum else ''}」是 {_fmt(was)} {unit}"
                + (f"（说明中为 {_fmt(said_figure)} {unit}）" if said_figure is not None else ""))
    elif stored:
        told = f"已入库的{words}报表（{earlier}）不会因此改动"
    else:
        told = f"{words}的报表还没有入库"
    return Problem(
        "warning", "note_corrects_earlier",
        f"表下说明“{shown}”更正的是{words}的数：{told}，说明文字不会改动以前各期的数，本表只读入本期各行",
        f"如果{words}的数确需更正，请{sender}按更正后的数重新报送{words}的整张表（整表替换上一版）；"
        "本期的表不必改动", file=file, sheet=table.sheet, row=row)



#: Rows gone since last month named one by one; the rest counted.
_GONE_NAMED = 5


def _gone_since_previous(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                         now: set[tuple[Any, ...]], year: YearRecords | None = None) -> list[Problem]:
    """Rows the sender's previous return of the year held and this one does not (an enterprise left off June's
    list, a project renamed 光伏组件智能制造项目 → 光伏组件项目): a warning naming each, with its cumulative — the
    list is the year's snapshot, so a row left off takes its figures out of the county's, and only the clerk
    knows whether it really left (退规, 撤销) or was forgotten.  A row another sender's return of the period (or of a
    later one of the year) holds under the same county-wide key (``year``: a project the 经开区 reports from June)
    was handed over: said so, naming that return and row, and not asked for again (it counts there, once)."""
    form = norm.form
    previous = history.before(form, sender, period)
    last_year = previous is not None and year_of(previous) < year_of(period)
    if previous is None or (last_year and form.nil is not None):  # a ledger is the year's: a new year's starts anew
        return []
    gone = [(k, v) for k, v in history.rows(form, sender, previous).items() if k not in now]
    if not gone:
        return []
    cum = next((c for c, _ in cumulative_pairs(form)), None)
    words = months_words(previous) if cum else f"{month_of(previous)}月"  # a cumulative's months, a ledger's month
    unit = form.column(cum).unit or form.unit if cum else ""
    if last_year:
        words = f"{year_of(previous)}年{words}"

    def named(key: tuple[Any, ...], values: dict[str, Any], quoted: bool = False) -> str:
        label = str(values.get(form.roles.name or "") or "、".join(str(k) for k in key))
        figure = values.get(cum) if cum else None
        return (f"「{label}」" if quoted else label) + (f"（{words}累计 {_fmt(Decimal(str(figure)))} {unit}）" if figure else "")

    handed = {k: h for k, _ in gone if year is not None and (h := year.handed(form, sender, period, k)) is not None}
    out = _handed_over(form, [(named(k, v, True), *handed[k]) for k, v in gone if k in handed], sender, period, words,
                       last_year, file, table.sheet)
    gone = [(k, v) for k, v in gone if k not in handed]
    if not gone:
        return out
    listed = "、".join(named(k, v) for k, v in gone[:_GONE_NAMED]) + (f"等{len(gone)}行" if len(gone) > _GONE_NAMED else "")
    if (form.nil is not None and len(gone) >= 2 and not handed
            and len(gone) == len(history.rows(form, sender, previous))):
        # not one row of last month's ledger kept: this month's new rows alone (6月新增…), not the year's ledger
        return [Problem("error", "rows_all_gone",
                        f"上期（{words}）台账的{len(gone)}行（{listed}）本期一行也没有：本表像是只列了本月新增的"
                        f"{form.nil.rows}，按台账整表替换会把以前报过的全部删去，所以没有入库",
                        form.nil.fix.format(months=months_words(period)),
                        file=file, sheet=table.sheet)]
    if last_year:  # the year's first return against last year's last: its cumulatives restart, only the rows count
        return out + [Problem("warning", "rows_gone",
                              f"上年最后一期（{words}）报过、本年第一期（{months_words(period)}）没有的{len(gone)}行：{listed}",
                              "如果是漏填或改了名称，请补上（名称与上年一致）后重新报送；确已退出（退规、撤销、合并）"
                              "或已建成不再列报的可不处理（此为提醒）", file=file, sheet=table.sheet)]
    return out + [Problem("warning", "rows_gone",
                          f"上期（{words}）报过、本期没有的{len(gone)}行：{listed}；"
                          + ("这些累计数不再计入本期" if cum else "本期台账没有再列出"),
                          form.nil.fix.format(months=months_words(period)) if form.nil is not None  # a ledger keeps its rows
                          else "如果是漏填或改了名称，请补上（名称与上期一致）后重新报送；确已退出（退规、撤销、合并）的可不处理",
                          file=file, sheet=table.sheet)]


def _handed_over(form: FormSpec, rows: list[tuple[str, str, Held]], sender: str, period: str, words: str,
                 last_year: bool, file: str, sheet: str) -> list[Problem]:
    """The rows gone that another sender reports now (``rows``: the row as named, the period of the other's return,
    where it holds it), one ``rows_gone`` line: handed over, counted there, not to be listed again — a note when the
    other's return is of this period; a warning when only a later one holds it (this period counts it nowhere)."""
    if not rows:
        return []
    what = form.nil.rows if form.nil is not None else ""
    said = [f"{what}{label}已由{h.sender}在「{h.file}」第{h.excel_row}行报送"
            + (f"（{month_of(at)}月的表）" if at != period else "") + f"，按{h.sender}计入"
            for label, at, h in rows[:_GONE_NAMED]]
    more = f"等{len(rows)}行" if len(rows) > _GONE_NAMED else ""
    before = f"上年最后一期（{words}）报过、本年第一期（{months_words(period)}）" if last_year else f"上期（{words}）报过、本期"
    later = [at for _, at, _ in rows if at != period]
    if not later:
        return [Problem("info", "rows_gone",
                        f"{before}没有的{'；'.join(said)}{more}：{sender}不必再填，全县只计一次",
                        f"不必处理；如果仍属{sender}，请与{rows[0][2].sender}核实后补上重新报送", file=file, sheet=sheet)]
    return [Problem("warning", "rows_gone",
                    f"{before}没有的{'；'.join(said)}{more}：自{month_of(min(later))}月起按其报送单位计入，"
                    f"本期（{months_words(period)}）的累计数没有单位报送",
                    f"如果本期（{months_words(period)}）仍由{sender}报送，请补上后重新报送；已移交的可不处理",
                    file=file, sheet=sheet)]


def _renamed_since_previous(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                            keys: list[tuple[Any, ...]]) -> list[Problem]:
    """Rows whose name differs from the one the sender's previous return gave the same key (a project renamed
    东镇乙农产品冷链物流项目 → 东镇乙冷链物流（一期）项目 under its code): a warning on the name naming both — a
    project may be renamed, and a code typed on the wrong row looks just the same, so the clerk is told, never
    left to find it.  Names that differ only in width or spaces ((一期) and （一期）) are one name: nothing said."""
    form = norm.form
    name = form.roles.name
    previous = history.before(form, sender, period)
    if previous is None or not name or name in form.key or name not in table.match.columns:
        return []
    before = history.rows(form, sender, previous)
    words = months_words(previous) if cumulative_pairs(form) else f"{month_of(previous)}月"
    if year_of(previous) < year_of(period):
        words = f"{year_of(previous)}年{words}"  # the year's first return, against last year's last
    key_header = form.column(form.key[0]).header
    out: list[Problem] = []
    for pos, now in enumerate(norm.frame[name].to_list()):
        was = before.get(keys[pos], {}).get(name)
        if was is None or now is None or same_name(was, now):
            continue
        shown = "、".join(str(k) for k in keys[pos] if k is not None)
        out.append(_cell(table, norm, pos, name, "warning", "name_changed",
                         f"{key_header}{shown}上期（{words}）的名称是“{was}”，本期是“{now}”",
                         f"如确已更名，可不修改（此为提醒）；不是同一个的，请核对{key_header}", file))
    return out


def _recoded_since_previous(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                            keys: list[tuple[Any, ...]]) -> tuple[list[Problem], set[tuple[Any, ...]]]:
    """Rows whose name the sender's previous return gave another key that this return no longer holds (东塬光伏材料
    有限公司 under code A in May, under code A2 in June): one warning on the code naming both codes — the code
    was changed or typed wrong, and only the clerk knows which — rather than 'A is gone' and a silent newcomer.
    Returns the warnings and the earlier keys so said (not said again as rows gone).  Names are compared as a
    person reads them (``same_name``: width, spaces and （） alike)."""
    form = norm.form
    name = form.roles.name
    previous = history.before(form, sender, period)
    if previous is None or not name or name in form.key or name not in table.match.columns:
        return [], set()
    before = history.rows(form, sender, previous)
    now = set(keys)
    gone_by_name: dict[str, tuple[Any, ...]] = {}
    for k, values in before.items():
        if k not in now and values.get(name):
            gone_by_name.setdefault(name_key(values[name]), k)
    if not gone_by_name:
        return [], set()
    words = months_words(previous) if cumulative_pairs(form) else f"{month_of(previous)}月"
    if year_of(previous) < year_of(period):
        words = f"{year_of(previous)}年{words}"
    key_header = form.column(form.key[0]).header
    stored = history.file(form, sender, previous)
    where = f"《{stored}》" if stored else ""
    out: list[Problem] = []
    moved: set[tuple[Any, ...]] = set()
    for pos, called in enumerate(norm.frame[name].to_list()):
        old = gone_by_name.get(name_key(called)) if called else None
        if old is None or keys[pos] in before or old in moved:
            continue
        moved.add(old)
        was, new = "、".join(str(k) for k in old if k is not None), "、".join(str(k) for k in keys[pos] if k is not None)
        out.append(_cell(table, norm, pos, form.key[0], "warning", "key_changed",
                         f"“{called}”上期（{words}，已入库的{where}）的{key_header}是{was}，本期是{new}：同一名称换了"
                         f"{key_header}，按本期的{new}计入，{was}本期不再计入",
                         f"核对{key_header}：确已变更的（如换发营业执照、项目重新赋码）可不修改（此为提醒）；"
                         f"填错的请改回{was}后重新报送", file))
    return out, moved


def _entered_moved(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                   keys: list[tuple[Any, ...]]) -> list[Problem]:
    """A firm whose 入规年月 moved into this year or out of it since the sender's previous return (May's list said
    2019 for the code, June's says 2026-06): whether it is one of this year's new above-scale firms turns on it, so a
    warning on the cell names both values and the file stored before.  The return as sent counts (its 入规年月 is
    stored and counted) — the clerk is told which, and how to put back the earlier one."""
    form = norm.form
    entered = form.roles.entered
    previous = history.before(form, sender, period)
    if previous is None or not entered or entered not in table.match.columns:
        return []
    before = history.rows(form, sender, previous)
    year = year_of(period)
    words = months_words(previous) if cumulative_pairs(form) else f"{month_of(previous)}月"
    if year_of(previous) < year:
        words = f"{year_of(previous)}年{words}"
    stored = history.file(form, sender, previous)
    where = f"《{stored}》" if stored else "上期的表"
    header = form.column(entered).header
    key_header = form.column(form.key[0]).header
    name = form.roles.name
    out: list[Problem] = []
    for pos, now in enumerate(norm.frame[entered].to_list()):
        was = before.get(keys[pos], {}).get(entered)
        if was is None or now is None or str(was) == str(now):
            continue
        was_year, now_year = _year_in(was), _year_in(now)
        if was_year is None or now_year is None or (was_year == year) == (now_year == year):
            continue  # a year typed otherwise (2019 → 2019-03) changes no count of this year's new firms
        called = norm.frame[name][pos] if name and name not in form.key else None
        shown = "、".join(str(k) for k in keys[pos] if k is not None) + (f"（{called}）" if called else "")
        if now_year == year:
            counts = f"按本期的{now}计入，本年新增规上企业把它算作今年新入规的一户"
            late = (f"；它在上期的名单里已经有了，{now}才入规与此不合"
                    if len(str(now)) == 7 and str(now)[:7] > str(previous)[:7] else "")
        else:
            counts = f"按本期的{now}计入，本年新增规上企业不再算它"
            late = ""
        out.append(_cell(table, norm, pos, entered, "warning", "entered_changed",
                         f"{key_header}{shown}的「{header}」在已入库的{where}（{words}）是{was}，本期是{now}：{counts}{late}",
                         f"以统计部门的规上企业名录为准：确为{was}的，请改回{was}后重新报送；确为{now}的（上期填错），"
                         "可不修改（此为提醒）", file))
    return out


def _year_in(value: Any) -> int | None:
    m = re.match(r"\s*(\d{4})", str(value))
    return int(m.group(1)) if m else None


#: Of the records with last year's figure, the share whose cumulative carried on from it that makes it the
#: clerk's way of filling the return (an error), not a record's own year (a warning): nearly every one, two at least.
_CARRIED_SHARE = Decimal("0.9")


def _carried_over(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                  pair: tuple[str, str | None], keys: list[tuple[Any, ...]],
                  repeated: set[tuple[Any, ...]]) -> list[Problem]:
    """The year's first return (nothing earlier of the year in: ``History.previous``) held against the sender's
    last return of the year before (``History.last_year``): a record whose 1-N月 cumulative is at least its
    figure there (above 0) looks carried on from last year — a ledger copied from December whose clerk kept
    adding to the same column (counted since the project began), so that two months are more than last year's
    twelve.  Only when last year's figure covers at least twice the months of this one (1-2月 against 1-12月):
    against a shorter one, more is plain growth.  Nearly every such record (``_CARRIED_SHARE``, two at least) is
    the clerk's habit: an error on each cell, nothing stored; one or a few is a record's own year (a project can
    invest more in two months than in the last one's few): a warning on its cell.  A record whose cumulative is
    below last year's plus this month's own figure (1-2月 600 after 1-12月 300 with February 400: a project begun
    in November) cannot have carried on and is not counted either way."""
    cum, month_col = pair
    form = norm.form
    month = month_of(period)
    last = history.last_year(form, sender, period)
    if (month is None or last is None or history.previous(form, sender, period) is not None
            or (month_of(last) or 0) < 2 * month):
        return []
    before = history.rows(form, sender, last)
    compared: list[int] = []
    carried: list[tuple[int, Decimal]] = []
    copied: set[int] = set()  # last year's figure to the cent and nothing this month: the record copied as it was
    months = norm.frame[month_col].to_list() if month_col in norm.frame.columns else [None] * norm.frame.height
    for pos, (key, now, own) in enumerate(zip(keys, norm.frame[cum].to_list(), months, strict=True)):
        was = before.get(key, {}).get(cum) if key not in repeated else None
        if was is None or now is None or Decimal(str(was)) <= 0:
            continue
        compared.append(pos)
        if own is not None and now < Decimal(str(was)) + own:
            continue  # carried on, it would hold last year's and this month's at least: a project begun late
        if now >= Decimal(str(was)):
            carried.append((pos, Decimal(str(was))))
            if now == Decimal(str(was)) and own is not None and own == 0:  # blank is not nothing
                copied.add(pos)
    if not carried:
        return []
    habit = len(carried) >= 2 and len(carried) >= _CARRIED_SHARE * len(compared)
    header = norm.form.column(cum).header
    typed = header_texts(table.match).get(table.match.columns.get(cum, -1), header)
    untold = "" if re.search(r"本年|今年|1\s*[-－—~～至到]\s*\d*N?\s*月|\d{4}年", typed) else \
        f"（表头写的是“{typed}”，没有写明是本年的累计）"
    then, now_words = period_words(last), period_words(period)
    out: list[Problem] = []
    for pos, was in carried:
        factor, unit = _row_factor(table, norm, cum, pos)
        now = norm.frame[cum][pos]
        figures = (f"{now_words}累计 {_fmt(now / factor)} 不少于上年已入库的{then}累计 {_fmt(was / factor)}"
                   f"（{unit}）")
        if habit:
            out.append(_cell(
                table, norm, pos, cum, "error", "cum_carried_over",
                f"{figures}：本表有上年数的{len(compared)}行中{len(carried)}行都是这样，像是接着上年（或从开始建设起）"
                f"一直累计下来的{untold}，没有从今年1月重新起算，所以没有入库",
                f"把“{typed}”改填{now_words}的累计数（本年累计从1月起算，不要在上年累计的基础上接着加），"
                "改正后重新报送", file))
        elif pos in copied:  # a project finished last year listed on with its total: 1-2月 = 1-12月, 本月 0
            out.append(_cell(
                table, norm, pos, cum, "error", "cum_carried_over",
                f"{now_words}累计 {_fmt(now / factor)} 与上年已入库的{then}累计完全相同（{unit}），本月又没有数，"
                f"像是把上年的累计原样带进了今年{untold}，所以没有入库",
                f"把“{typed}”改填{now_words}的累计数（本年累计从1月起算；上年已完工、今年没有投资的填0），"
                "改正后重新报送", file))
        else:
            out.append(_cell(
                table, norm, pos, cum, "warning", "cum_carried_over",
                f"{figures}：{months_words(period)}就超过了上年{months_words(last)}，可能是接着上年累计下来的",
                f"核对本年累计是否从1月起算（应为{year_of(period)}年1月至{month}月的数）；确实如此可不修改（此为提醒）",
                file))
    return out


#: A late correction (or a late first return) of a month whose next month is already in: the next month's 本月,
#: stored, no longer equals its cumulative minus this month's new one (June's 本月 500 ≠ 3,000 − May's revised 2,800).
LATER_MONTH_DIFFERS = "later_month_differs"


def _against_following(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                       tolerance: float, pairs: list[tuple[str, str | None]], keys: list[tuple[Any, ...]],
                       repeated: set[tuple[Any, ...]]) -> list[Problem]:
    """A return of a month earlier than one already in (a correction of May sent in July, after June): held
    against that later month's stored figures, which stay as they are — a cumulative above the later one's
    (``cum_above_later``), or, the months next to each other, the later month's 本月 no longer its cumulative
    minus this one's (``LATER_MONTH_DIFFERS``: said when this figure is new, not when the stored version of this
    month already gave it, whose mismatch the later month was told of on arrival)."""
    following = history.following(norm.form, sender, period)
    if following is None:
        return []
    out: list[Problem] = []
    after = history.rows(norm.form, sender, following)
    stored = history.rows(norm.form, sender, period)
    words = months_words(following)
    adjacent = months_apart(period, following) == 1
    later_file = history.file(norm.form, sender, following) or following
    later_month = f"{month_of(following)}月" if month_of(following) else following
    for cum, month in pairs:
        for pos, now in enumerate(norm.frame[cum].to_list()):
            factor, unit = _row_factor(table, norm, cum, pos)
            later = after.get(keys[pos]) if keys[pos] not in repeated else None
            if later is None or later.get(cum) is None or now is None:
                continue
            nxt = Decimal(later[cum])
            if now > nxt:
                out.append(_cell(
                    table, norm, pos, cum, "warning", "cum_above_later",
                    f"累计数比已入库的下期（{words}）累计 {_fmt(nxt / factor)} 还多 {_fmt((now - nxt) / factor)}"
                    f"（{unit}）：1-N月累计只增不减",
                    f"如本期数字无误，请同时更正 {following} 的报表；否则核对本期累计数", file))
                continue
            m = later.get(month) if month else None
            if not adjacent or m is None:
                continue
            was = (stored.get(keys[pos]) or {}).get(cum)
            gap = Decimal(str(tolerance)) * factor
            if abs(Decimal(m) - (nxt - now)) <= gap or (was is not None and Decimal(was) == now):
                continue
            before = (f"原来等于{words}累计 {_fmt(nxt / factor)} 减原{months_words(period)}累计 "
                      f"{_fmt(Decimal(was) / factor)}；"
                      if was is not None and abs(Decimal(m) - (nxt - Decimal(was))) <= gap else "")
            header = norm.form.column(month).header if month else ""
            out.append(_cell(
                table, norm, pos, cum, "warning", LATER_MONTH_DIFFERS,
                f"已入库的{later_month}报表「{later_file}」中本行{header}是 {_fmt(Decimal(m) / factor)}，{before}"
                f"按本表{months_words(period)}累计 {_fmt(now / factor)} 应为 {words}累计 {_fmt(nxt / factor)} "
                f"减 {_fmt(now / factor)}，即 {_fmt((nxt - now) / factor)}（{unit}），两期对不上了；"
                f"{later_month}已入库的数字没有改动",
                f"核对并重报{later_month}报表「{later_file}」（把该行{header}改为 {_fmt((nxt - now) / factor)}，"
                f"或更正{words}累计）；如果是本表累计数有误，请改正后重新报送", file))
    return out


def _against_previous(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                      tolerance: float, pairs: list[tuple[str, str | None]], keys: list[tuple[Any, ...]],
                      repeated: set[tuple[Any, ...]]) -> list[Problem]:
    out: list[Problem] = []
    previous = history.previous(norm.form, sender, period)
    if previous is None:
        # January's own return: its month is its cumulative (a merged 1-2月 return may give February alone)
        if month_of(period) == 1:
            for cum, month in pairs:
                if month is None or month not in table.match.columns:
                    continue
                for pos, (c, m) in enumerate(zip(norm.frame[cum].to_list(), norm.frame[month].to_list(), strict=True)):
                    factor, unit = _row_factor(table, norm, month, pos)
                    if c is not None and m is not None and abs(m - c) > Decimal(str(tolerance)) * factor:
                        out.append(_cell(table, norm, pos, month, "warning", "month_mismatch",
                                         f"本年第一期报表的本月数应等于累计数 {_fmt(c / factor)}（{unit}）",
                                         "核对本月数和累计数", file))
        return out
    before = {k: tuple(v[c] for c, _ in pairs) for k, v in history.rows(norm.form, sender, previous).items()}
    adjacent = months_apart(previous, period) == 1
    words = f"{month_of(previous)}月" if year_of(previous) == year_of(period) else previous
    out += _unchanged_copy(table, norm, pairs, keys, before, words, previous, file)
    asked = {(p.row, p.column) for p in norm.problems if p.severity == "error"}  # cells refused on reading
    for i, (cum, month) in enumerate(pairs):
        cums = norm.frame[cum].to_list()
        months = norm.frame[month].to_list() if month and month in table.match.columns else [None] * len(cums)
        for pos, key in enumerate(keys):
            factor, unit = _row_factor(table, norm, cum, pos)
            last = before.get(key) if key not in repeated else None
            now = cums[pos]
            if last is None or last[i] is None or now is None:
                continue
            prev = Decimal(last[i])
            m = months[pos]
            written_down = (adjacent and m is not None and m < 0
                            and abs(prev + m - now) <= Decimal(str(tolerance)) * factor)
            # the month asked on its cell (△50, 核减50): whether it is a write-down is that question's answer
            month_asked = month is not None and (norm.excel_rows[pos], norm.form.column(month).header) in asked
            if now < prev and not written_down and not month_asked:  # a 统计核减 month lowers it by itself
                out.append(_cell(
                    table, norm, pos, cum, "error", "cum_decreased",
                    f"累计数比上期（1-{words}）的 {_fmt(prev / factor)} 还少 {_fmt((prev - now) / factor)}（{unit}）：1-N月累计只增不减",
                    f"核对本期累计数（应为1月至本月的累计）；如果是上期（{previous}）报错了，请先更正上期报表", file))
            elif adjacent and months[pos] is not None:
                expected = now - prev
                if abs(months[pos] - expected) > Decimal(str(tolerance)) * factor:
                    out.append(_cell(
                        table, norm, pos, month or cum, "warning", "month_mismatch",
                        f"本月数应等于本期累计 {_fmt(now / factor)} 减上期（1-{words}）累计 {_fmt(prev / factor)}，"
                        f"即 {_fmt(expected / factor)}（{unit}）",
                        "核对本月数、本期累计数和上期累计数", file))
    return out


#: This year's and last year's columns swapped (``_years_swapped``): a record's 同比 as typed this many points from
#: last month's, and within ``_SWAP_CLOSE`` points of it with the two columns turned round; said when at least
#: ``_SWAP_LEAST`` records and ``_SWAP_SHARE`` of those held against last month are so.
_SWAP_FAR = Decimal(15)
_SWAP_CLOSE = Decimal(5)
_SWAP_SHARE = Decimal("0.8")
_SWAP_LEAST = 3
YEARS_SWAPPED = "years_swapped"


def _years_swapped(history: History, table: Table, norm: Normalised, sender: str, period: str, file: str,
                   tolerance: float, pair: tuple[str, str], keys: list[tuple[Any, ...]],
                   repeated: set[tuple[Any, ...]]) -> list[Problem]:
    """A (本年累计, 上年同期) pair of the form (``Roles.yoy``) typed the wrong way round for the whole table: each
    figure is a plausible size and the 1-N月 may even grow on last month's, so no cell check sees it — but held
    against the sender's previous stored return of the year, each record's 同比 jumps (+15 % in May, −14.3 % in
    June) and turned round is last month's again (+16.7 %), and where the month's own figure is typed it is the
    swapped 1-N月 minus last month's, not the typed one.  (That each 上年同期 then rises far more in one month than
    its record's 本年 is the same test seen from the other side: a/b ÷ A/B = (a/A) ÷ (b/B).)

    A record counts when its 同比 as typed is more than ``_SWAP_FAR`` points from last month's and, turned round,
    within ``_SWAP_CLOSE`` points of it or (months next to each other, 本月 typed) matching 本月; a record whose typed
    1-N月 minus last month's is its 本月 never counts (its figures add up as typed).  Said once for the return, naming
    both columns' cells, when ``_SWAP_LEAST`` records and ``_SWAP_SHARE`` of those compared count.  An error, not
    a warning: stored as typed, the county's 1-N月 is last year's and every growth computed from it (the county's,
    each township's, the rank in the city) has the wrong sign and size — a warning would publish them — while one
    record or a few moving that far is a firm's own year, never the 80 % that make it the clerk's paste.  Nothing is
    said without a previous return of the year (the first return of the year cannot tell), nor when the 1-N月 fell
    below last month's (``cum_decreased`` already refuses it, cell by cell: ``check_history`` leaves it there)."""
    this, last = pair
    form = norm.form
    if this not in table.match.columns or last not in table.match.columns:
        return []
    previous = history.previous(form, sender, period)
    if previous is None:
        return []
    before = history.rows(form, sender, previous)
    month = dict(cumulative_pairs(form)).get(this)
    adjacent = months_apart(previous, period) == 1
    months = (norm.frame[month].to_list() if month and month in table.match.columns and adjacent
              else [None] * norm.frame.height)
    compared: list[int] = []
    agree: list[tuple[int, Decimal, Decimal, Decimal, Decimal]] = []
    by_month = 0
    for pos, (key, a, b, m) in enumerate(zip(keys, norm.frame[this].to_list(), norm.frame[last].to_list(), months,
                                             strict=True)):
        was = before.get(key) if key not in repeated else None
        if was is None or was.get(this) is None or was.get(last) is None or a is None or b is None:
            continue
        big_a, big_b = Decimal(str(was[this])), Decimal(str(was[last]))
        if min(a, b, big_a, big_b) <= 0:
            continue
        compared.append(pos)
        gap = Decimal(str(tolerance)) * _row_factor(table, norm, this, pos)[0]
        if m is not None and abs(a - big_a - m) <= gap:
            continue  # the typed 1-N月 minus last month's is the month typed: the figures add up as they are
        then = (big_a / big_b - 1) * 100
        typed, turned = (a / b - 1) * 100, (b / a - 1) * 100
        said_month = m is not None and abs(b - big_a - m) <= gap
        if abs(typed - then) > _SWAP_FAR and (abs(turned - then) <= _SWAP_CLOSE or said_month):
            agree.append((pos, a, b, big_a, big_b))
            by_month += said_month
    if len(agree) < _SWAP_LEAST or len(agree) < _SWAP_SHARE * len(compared):
        return []
    rows = [norm.excel_rows[pos] for pos, *_ in agree]
    texts = header_texts(table.match)

    def named(column: str) -> str:
        c = table.match.columns[column]
        return f"「{texts.get(c) or form.column(column).header}」（{column_span(c, rows)}）"

    sa, sb, sba, sbb = (Decimal(sum(r[i] for r in agree)) for i in range(1, 5))
    factor, unit = _row_factor(table, norm, this, agree[0][0])
    words = months_words(previous)
    month_words = (f"；其中{by_month}行的本月数正好等于对调后的累计减上期累计" if by_month else "")
    return [_cell(
        table, norm, agree[0][0], this, "error", YEARS_SWAPPED,
        f"本年累计与上年同期像是填反了：{named(this)}与{named(last)}，上期（{words}）已入库的{len(compared)}行中"
        f"{len(agree)}行同比都大变——这些行上期合计同比 {_pct(sba / sbb)}，本期按所填为 {_pct(sa / sb)}"
        f"（本年 {_fmt(sa / factor)}，上年同期 {_fmt(sb / factor)}，{unit}），两栏对调后为 {_pct(sb / sa)}，与上期相近"
        f"{month_words}。按所填入库，本年累计会成了上年的数，各项增速都会算错，所以没有入库",
        f"核对这两栏：确实填反了的，把两栏的数对调后重新报送；如果是上期（{previous}）的报表填反了，请先更正上期报表",
        file)]


def _pct(ratio: Decimal) -> str:
    """A growth (this ÷ last) as a signed percentage: +15.0%, −14.3%."""
    growth = (ratio - 1) * 100
    return f"{'+' if growth >= 0 else '−'}{abs(growth):.1f}%"


def _unchanged_copy(table: Table, norm: Normalised, pairs: list[tuple[str, str | None]], keys: list[tuple[Any, ...]],
                    before: dict[tuple[Any, ...], tuple[Any, ...]], words: str, previous: str,
                    file: str) -> list[Problem]:
    """Every record's every 1-N月 figure the same as last period's: last month's return sent again under this
    month's title (a copy whose figures were not updated) — each figure passes every other check, so it is said
    once for the return, naming the first cell."""
    cums = [norm.frame[c].to_list() for c, _ in pairs]
    if not keys or any(k not in before for k in keys):
        return []
    same = all(now is not None and before[k][i] is not None and Decimal(before[k][i]) == now
               for i in range(len(pairs)) for k, now in zip(keys, cums[i], strict=True))
    if not same or not any(v for col in cums for v in col):
        return []
    return [_cell(table, norm, 0, pairs[0][0], "warning", "same_as_previous",
                  f"本表{len(keys)}行的累计数与上期（1-{words}）报表完全相同，一个数都没有变：可能是上期的报表没有更新",
                  f"如果本期确实没有任何变化可不处理；否则请填入本期（1月至本月）的累计数后重新报送（上期为{previous}）",
                  file)]


def check_restated(table: Table, norm: Normalised, file: str) -> list[Problem]:
    """A quantity the return writes twice in two units (供地面积（公顷） | 折合（亩））: the column in the form's unit
    was read (beizeng.intake.matching: ``HeaderMatch.restated``), the other, converted exactly
    (beizeng.base.units), must agree with it within the rounding of both figures as typed: otherwise a warning
    naming both cells, since one of them is wrong and only the clerk knows which."""
    out: list[Problem] = []
    match = table.match
    for name, others in match.restated.items():
        col = norm.form.column(name)
        dim = units.dimension_of(col.kind, col.unit)
        if dim is None or name in norm.refused:
            continue
        stored = col.unit or norm.form.unit
        read = match.columns[name]
        texts = header_texts(match)
        own = units.lookup(match.units[name]) if name in match.units else units.lookup(stored)
        for c, unit in others:
            header = texts.get(c, "")
            out.append(Problem("info", "restated_column",
                               f"「{col.header}」有两列：读{col_letter(read)}列“{texts.get(read, '')}”（本列以{stored}计），"
                               f"{col_letter(c)}列“{header}”换算为{stored}后与之核对", file=file, sheet=table.sheet,
                               row=match.header_row + 1, col=c, column=header))
            try:
                factor = units.factor(units.lookup(unit), dim, stored)
                own_factor = units.factor(own, dim, stored)
            except units.UnitError:
                continue
            for pos, value in enumerate(norm.frame[name].to_list()):
                row = table.rows[pos]
                raw = _cell_at(match, row.excel_row, c)
                if value is None or is_nothing(raw):
                    continue
                try:
                    other = parse_decimal(raw) * factor
                except CellError:
                    continue  # a figure that is no number in the column not read: the read one stands
                slack = _typed_precision(raw) * factor + _typed_precision(row.cells.get(name)) * own_factor
                if abs(other - value) <= slack:
                    continue
                here, there = f"{col_letter(read)}{row.excel_row}", f"{col_letter(c)}{row.excel_row}"
                out.append(Problem(
                    "warning", "restated_mismatch",
                    f"{there}“{clean_text(raw)}”{unit}折合{_fmt(other)}{stored}，与{here}“{clean_text(row.cells.get(name))}”"
                    f"{stored}不一致，相差{_fmt(abs(other - value))}{stored}",
                    f"核对{here}和{there}哪一格填错（入库的是{here}）", file=file, sheet=table.sheet,
                    row=row.excel_row, col=read, column=col.header, value=clean_text(row.cells.get(name))))
    return out


def _cell_at(match: HeaderMatch, excel_row: int, c: int) -> Any:
    """The raw value of a sheet cell of a data row (rows are read off ``sheet.rows`` by their Excel row)."""
    row = match.sheet.rows[excel_row - 1] if excel_row - 1 < len(match.sheet.rows) else []
    return row[c] if c < len(row) else None
