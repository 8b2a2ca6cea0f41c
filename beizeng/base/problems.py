"""Problems found in a return, worded for the clerk who has to fix them.

Every check in beizeng reports through ``Problem``: the English ``code`` is for machines and
searches, the Chinese ``message`` and ``fix`` are for the sender, and the location is a real
Excel cell so the feedback workbook can mark it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


def col_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_span(index: int, rows: list[int]) -> str:
    """The cells of one column over ``rows`` as a clerk finds them: “G4” for one row, “G4:G9” from the first to the
    last (the rows between need not all be named)."""
    first, last = min(rows), max(rows)
    return f"{col_letter(index)}{first}" + (f":{col_letter(index)}{last}" if last > first else "")


#: How a record read from a table turned round (a column per record) begins its lineage (``implied``): its
#: ``excel_row`` is then the number of its COLUMN in the file (unique per record), never a row a person finds.
TURNED_LINEAGE = "横竖调换的表：本条在"
_TURNED_AT = re.compile(re.escape(TURNED_LINEAGE) + r"([A-Z]{1,3})列")


def record_place(excel_row: int | None, implied: str | None = None) -> str:
    """Where a stored record stands in its sheet, as a person finds it: 第3行, or C列 for a record of a table turned
    round (its ``implied`` lineage says which column; its ``excel_row`` is that column's number)."""
    m = _TURNED_AT.search(implied or "")
    if m is not None:
        return f"{m.group(1)}列"
    return f"第{excel_row}行"


#: A fix that already asks, or that starts with its condition ("如果本期有事项，请…"), gets no 请 in front.
_ASKS = ("请", "如果", "如", "若", "需要", "无需", "不必", "可")


@dataclass
class Problem:
    severity: Severity
    code: str
    message: str
    fix: str = ""
    file: str = ""
    sheet: str | None = None
    row: int | None = None  # Excel row, 1-based
    col: int | None = None  # 0-based column index
    column: str | None = None  # the column's Chinese header
    value: str | None = None

    @property
    def cell(self) -> str:
        if self.row is None:
            return ""
        if self.col is None:
            return f"第{self.row}行"
        return f"{col_letter(self.col)}{self.row}"

    @property
    def where(self) -> str:
        parts = [p for p in (self.file, f"工作表「{self.sheet}」" if self.sheet else "", self.cell) if p]
        return " ".join(parts)

    def sentence(self) -> str:
        """What was found, what is wrong and what to do, without the place (a cell comment has its place)."""
        named = f"「{self.column}」" if self.column else ""
        text = "" if self.message.startswith(named) else named  # a note that names its column itself, once
        if self.value not in (None, ""):
            text += f"填的是“{self.value}”，"
        text += self.message
        if self.fix:
            text += f"。{'' if self.fix.startswith(_ASKS) else '请'}{self.fix}"
        return text

    def line(self) -> str:
        """One self-contained Chinese sentence: where, what was found, what is wrong, what to do."""
        where = f"{self.where}：" if self.where else ""
        return f"[{SEVERITY_ZH[self.severity]}] {where}{self.sentence()}（{self.code}）"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


class ReturnError(Exception):
    """A return that cannot be processed at all; carries the problems to send back."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.line() for p in problems))
        self.problems = problems


def said_once(problems: list[Problem]) -> list[Problem]:
    """A cell read into two fields (a targets table's 全年目标 is both its 年度目标 and its 全年累计目标) is said once,
    naming both fields: the clerk has one cell to fix, not two problems.  Only problems about what a cell holds
    (``value``): two columns' notes on one header cell stay two."""
    out: list[Problem] = []
    first: dict[tuple[object, ...], int] = {}
    for p in problems:
        key = (p.severity, p.code, p.sheet, p.row, p.col, p.message, p.value)
        if p.row is None or p.col is None or p.column is None or p.value is None or key not in first:
            if p.row is not None and p.col is not None and p.value is not None:  # about what a cell holds
                first.setdefault(key, len(out))
            out.append(p)
            continue
        said = out[first[key]]
        if said.column and p.column not in said.column.split("、"):
            said.column = f"{said.column}、{p.column}"
    return out


#: Who mends a problem the clerk cannot: the county's administrator of the 报送平台.
COUNTY_ADMIN = "县级管理员（县工信局）"

#: THE place that says which problems only the county's administrator can mend (the configuration, a command-line
#: switch, the quarantine folder): the terminal, the county's lists and the error list in ``inbox/rejected`` keep
#: the administrator's fix as written; a clerk on the 报送平台 (``for_clerk``) reads this one instead.
ADMIN_FIXED: dict[str, str] = {
    "period_too_old": f"如果是发错了文件，请上传本期的报表；如果确需补报这一期的历史数据，请联系{COUNTY_ADMIN}处理",
    "internal_error": f"不必修改文件：这不是填报的问题，请联系{COUNTY_ADMIN}，处理后会告知结果",
}

#: A clerk's fix that ends by naming the configuration (a township newly set up or renamed): that clause, as
#: the clerk acts on it.
_CONFIG_CLAUSE = re.compile(r"请统计部门在 beizeng\.toml 中[^；。）]*")


def for_clerk(code: str, fix: str) -> str:
    """The fix of problem ``code`` as a township's or department's clerk can act on it: the administrator's own
    (``ADMIN_FIXED``) replaced, a clause naming beizeng.toml said as asking the county."""
    if code in ADMIN_FIXED:
        return ADMIN_FIXED[code]
    return _CONFIG_CLAUSE.sub(f"请联系{COUNTY_ADMIN}登记", fix or "")
