"""Turn what clerks type into typed values: one parser per column kind, every failure a Problem.

Real returns carry numbers typed as text with separators and full-width digits, "—"/"/"/"无" for
nothing, percentages as 12.5% or 0.125, dates as serials or "2026.3.1", flags as 是/√/Y/1.  A cell
that cannot be read becomes null *and* an error naming its cell, so nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import polars as pl

from beizeng.config import Config
from beizeng.forms import Column, FormSpec
from beizeng.problems import Problem
from beizeng.reader import Table, clean_text

NOTHING = {"", "—", "——", "-", "--", "－", "/", "／", "无", "空", "null", "none", "n/a", "na", "#n/a", "/ "}
TRUE_WORDS = {"是", "√", "✓", "✔", "y", "yes", "1", "true", "对", "有", "已开工", "已纳统", "已入库"}
FALSE_WORDS = {"否", "×", "✗", "✘", "x", "n", "no", "0", "false", "未开工", "未纳统", "未入库"}
UNIT_FACTORS = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "亿元": Decimal(10000)}
EXCEL_EPOCH = dt.date(1899, 12, 30)

_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?(?:\s.*)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
_MONTH_PATTERNS = [re.compile(r"^(\d{4})[.\-/年](\d{1,2})月?$")]


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message says what was expected."""

    def __init__(self, message: str, fix: str, code: str = "bad_value"):
        super().__init__(message)
        self.message, self.fix, self.code = message, fix, code


def is_nothing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and clean_text(value).lower() in NOTHING)


def parse_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CellError("应为数字，不能是逻辑值", "填写数字")
    if isinstance(value, int | float):
        return Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    text = clean_text(value).replace(",", "").replace("，", "").replace(" ", "")
    for suffix in ("万元", "亿元", "元", "亩"):
        if text.endswith(suffix):
            raise CellError(f"数字后带了单位“{suffix}”", "只填数字，单位以表头或“单位：”行为准", "unit_in_cell")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError("不是数字", "填写阿拉伯数字（如 1234.5），没有数据的留空", "not_a_number") from None
    if not number.is_finite():
        raise CellError("不是数字", "填写阿拉伯数字", "not_a_number")
    return number


def parse_pct(value: Any) -> tuple[Decimal, bool]:
    """A percentage in %; the flag says whether it was written with a % sign."""
    if isinstance(value, str) and clean_text(value).endswith("%"):
        return parse_decimal(clean_text(value)[:-1]), True
    return parse_decimal(value), False


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError("不是有效日期", "按 2026-03-01 的格式填写日期", "not_a_date")
    text = clean_text(value).replace(" ", "")
    for pat in _DATE_PATTERNS:
        m = pat.match(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise CellError("日期不存在", "检查年月日是否写错", "not_a_date") from None
    for pat in _MONTH_PATTERNS:
        m = pat.match(text)
        if m and 1 <= int(m.group(2)) <= 12:
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
    raise CellError("不是可识别的日期", "按 2026-03-01 或 2026年3月1日 的格式填写", "not_a_date")


def parse_month(value: Any) -> str:
    text = clean_text(value).replace(" ", "")
    if re.fullmatch(r"\d{4}(年)?", text) and 1950 <= int(text[:4]) <= 2100:
        return text[:4]
    return parse_date(value).strftime("%Y-%m")


def parse_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError("应填“是”或“否”", "填写“是”或“否”（也可用 √/×、Y/N、1/0）", "not_a_flag")


def parse_int(value: Any) -> int:
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise CellError("应为整数", "填写整数", "not_an_integer")
    return int(number)


def parse_code(value: Any) -> str:
    return re.sub(r"\s", "", clean_text(value)).upper()


@dataclass
class Normalised:
    """A return's rows as a typed frame, with the Excel row of each and what went wrong."""

    form: FormSpec
    frame: pl.DataFrame  # the form's columns, typed, in the model's order
    excel_rows: list[int]
    problems: list[Problem]
    unit: str


def _name_lookup(cfg: Config, kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    if kind in ("township", "scope"):
        for t in cfg.townships:
            for n in t.names:
                table[n] = t.name
    if kind == "scope":
        table[cfg.county] = cfg.county
        table["全县"] = cfg.county
    if kind == "county":
        for c in cfg.city_counties:
            table[c] = c
        table["全市"] = "全市"
        table["合计"] = "全市"
    return table


def normalise(table: Table, cfg: Config, file: str) -> Normalised:
    form = table.match.form
    problems: list[Problem] = []
    unit = table.unit or form.unit
    sheet = table.sheet
    data: dict[str, list[Any]] = {c.name: [] for c in form.columns}
    pct_fraction_cols: dict[str, list[int]] = {}
    lookups = {c.name: _name_lookup(cfg, c.kind) for c in form.columns if c.kind in ("township", "county", "scope")}

    def problem(col: Column, row: int, value: Any, message: str, fix: str, code: str, severity: str = "error") -> None:
        problems.append(
            Problem(severity, code, message, fix, file=file, sheet=sheet, row=row,  # type: ignore[arg-type]
                    col=table.match.columns.get(col.name), column=col.header, value=clean_text(value))
        )

    for col in form.columns:
        factor = UNIT_FACTORS.get(table.match.units.get(col.name) or unit, Decimal(1))
        parse = _PARSERS[col.kind]
        values = data[col.name]
        present = col.name in table.match.columns
        for i, row in enumerate(table.rows):
            raw = row.cells.get(col.name) if present else None
            if is_nothing(raw):
                values.append(False if col.kind == "flag" else (cfg.county if col.kind == "scope" else None))
                continue
            try:
                value = parse(raw)
            except CellError as err:
                problem(col, row.excel_row, raw, err.message, err.fix, err.code)
                values.append(None)
                continue
            if col.kind == "money":
                value = value * factor
            elif col.kind == "pct":
                value, had_sign = value
                if not had_sign and not isinstance(raw, str) and abs(value) < 1:
                    pct_fraction_cols.setdefault(col.name, []).append(i)
            elif col.kind in lookups:
                canonical = lookups[col.name].get(value)
                if canonical is None:
                    known = "、".join(dict.fromkeys(lookups[col.name].values()))
                    problem(col, row.excel_row, raw, "不是本县配置的名称", f"填写以下之一：{known}", "unknown_name")
                value = canonical
            values.append(value)
        # 0.125 in a percentage column is a fraction when every number in the column is one.
        fractions = pct_fraction_cols.get(col.name, [])
        numeric = [v for v in values if v is not None]
        if fractions and len(fractions) == len(numeric):
            for i in fractions:
                values[i] = values[i] * 100
            problems.append(Problem("info", "pct_as_fraction", f"「{col.header}」按小数读入并换算为百分数（如 0.125 → 12.5%）",
                                    file=file, sheet=sheet, column=col.header))
    frame = pl.DataFrame({c.name: pl.Series(c.name, data[c.name], dtype=c.dtype, strict=False) for c in form.columns})
    return Normalised(form, frame, [r.excel_row for r in table.rows], problems, unit)


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": lambda v: re.sub(r"\s+", " ", clean_text(v)),
    "code": parse_code,
    "int": parse_int,
    "money": parse_decimal,
    "number": parse_decimal,
    "pct": parse_pct,
    "date": parse_date,
    "month": parse_month,
    "flag": parse_flag,
    "enum": lambda v: re.sub(r"\s", "", clean_text(v)),
    "township": lambda v: re.sub(r"\s", "", clean_text(v)),
    "county": lambda v: re.sub(r"\s", "", clean_text(v)),
    "scope": lambda v: re.sub(r"\s", "", clean_text(v)),
}
