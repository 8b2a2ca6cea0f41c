"""Run a form's pandera model over a batch of returns and put every failure back on its Excel cell.

One pandera call per batch of returns of the same form (a validation costs ~15–20 ms whatever the
size), lazy so every problem is reported at once.  Failures are mapped from frame row to the file,
sheet and Excel cell they came from, and worded in Chinese for the sender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandera.errors
import polars as pl

from beizeng.base.forms import FormSpec
from beizeng.base.identifiers import PROJECT_CODE, USCC_ALPHABET, uscc_check_char, uscc_valid
from beizeng.base.problems import Problem
from beizeng.intake.normalise import Normalised
from beizeng.intake.reader import clean_text
from beizeng.intake.records import name_key, record_key

#: What a failed built-in check means to a clerk, keyed by the start of pandera's check name.
CHECK_WORDS: list[tuple[str, str, str]] = [
    ("not_nullable", "必填项为空", "补填此项"),
    ("greater_than_or_equal_to", "不能小于{arg}", "检查是否填错或多了负号"),
    ("greater_than", "必须大于{arg}", "填写实际数字（不能填{arg}或更小，也不能填“—”），不清楚的先向项目单位或企业核实再报送"),
    ("less_than_or_equal_to", "不能大于{arg}", "检查数值"),
    ("less_than", "必须小于{arg}", "检查数值"),
    ("in_range", "超出允许范围{arg}", "检查数值"),
    ("isin", "不在可选范围内", "从下拉列表中选择：{arg}"),
    ("str_length", "长度不符合要求{arg}", "检查是否漏填或多填"),
    ("str_matches", "格式不符合要求", "按说明的格式填写"),
    ("dtype", "类型不对", "按列说明填写"),
]


@dataclass
class Located:
    """Where the rows of one return sit: its file, sheet, Excel rows and column letters, and what was typed."""

    file: str
    sheet: str
    excel_rows: list[int]
    columns: dict[str, int]
    typed: list[dict[str, object]]  # per row, the raw cell values by form column

    def shown(self, pos: int, column: str | None, fallback: object, *, whole_row: bool = False) -> str | None:
        """What the sender typed in the cell, so the message quotes their own text.

        ``fallback`` is pandera's failure case: the cell's value for a column check, but the whole row (as
        JSON) for a dataframe-wide one (``whole_row``) — that is never quoted: only the cell the check is
        about is, and an empty cell quotes nothing (「落户日期」落户…的项目没有填写落户日期)."""
        if column and pos < len(self.typed) and column in self.typed[pos]:
            text = clean_text(self.typed[pos][column])
            if text:
                return text
        return None if fallback is None or whole_row else str(fallback)


def uscc_detail(code: str) -> str:
    """What exactly is wrong with a credit code, so the clerk knows which character to look at."""
    if len(code) != 18:
        return f"（现为{len(code)}位，应为18位）"
    bad = sorted({ch for ch in code if ch not in USCC_ALPHABET})
    if bad:
        hints = {"O": "数字0", "I": "数字1", "Z": "数字2", "S": "数字5", "V": "字母U"}
        said = "、".join(f"“{ch}”" + (f"（可能是{hints[ch]}）" if ch in hints else "") for ch in bad)
        return f"（含有代码中不会出现的字符{said}）"
    if uscc_check_char(code[:17]) != code[17]:
        return "（最后一位校验位与前17位不符，通常是其中某一位抄错了）"
    return ""


def project_code_detail(code: str) -> str:
    """How a project code differs from the approval platform's 4-6-2-2-6 digits."""
    parts = code.split("-")
    if PROJECT_CODE.match(code):
        return ""
    if len(parts) != 5:
        return f"（应由5段数字用“-”连接，现为{len(parts)}段）"
    lengths = "-".join(str(len(p)) for p in parts)
    return f"（各段位数应为 4-6-2-2-6，现为 {lengths}）"


#: Extra wording for a failed identifier check, by the check's name in the schema.
DETAILS = {"uscc_check_digit": uscc_detail, "project_code_format": project_code_detail}


def _custom_checks(form: FormSpec) -> dict[str, tuple[str, str]]:
    """A form's own checks by their Chinese ``error`` text: (code, how to fix from ``description``)."""
    schema = form.model.to_schema()
    checks = [*schema.checks, *(c for col in schema.columns.values() for c in col.checks)]
    return {c.error: (c.name or "check", c.description or "按表头说明修改") for c in checks
            if c.error and not c.error.startswith(c.name or "\0")}  # built-ins name themselves in error


def _explain(check: str) -> tuple[str, str]:
    for prefix, message, fix in CHECK_WORDS:
        if check.startswith(prefix):
            arg = check[len(prefix):].strip("()")
            arg = arg.replace("[", "").replace("]", "").replace("'", "").replace(", ", "、")
            return message.format(arg=f"（{arg}）" if arg else ""), fix.format(arg=arg)
    return check, "按表头说明修改"


#: The fix for a blank cell of a column that must be more than 0: a clerk told only 补填 might type 0 or “—” next.
NEVER_BLANK_OR_ZERO = "补填实际数字（此项必须大于0，不能空着、填0或“—”），不清楚的先向项目单位或企业核实再报送"


#: How an optional cell showing an Excel error is read (beizeng.intake.ingest says it); a check that needs the cell
#: turns that warning into its error and drops these words.
READ_AS_NOT_GIVEN = "，按未填处理"


def validate_batch(form: FormSpec, items: list[tuple[Normalised, Located]]) -> list[list[Problem]]:
    """Validate many returns of one form in one pandera call; the problems of each, in order."""
    problems: list[list[Problem]] = [[] for _ in items]
    if not items:
        return problems
    frames = [n.frame for n, _ in items]
    owners = [i for i, f in enumerate(frames) for _ in range(f.height)]
    offsets = [0]
    for f in frames:
        offsets.append(offsets[-1] + f.height)
    batch = pl.concat(frames, how="vertical") if len(frames) > 1 else frames[0]
    # a cell the normaliser refused is said once; a cell it only remarked on (read_as_shown names the first cell of
    # its range, a unit converted, a ditto read) may be empty for what it said, but a figure it read is still checked
    already = {(i, p.row, p.col) for i, (n, _) in enumerate(items) for p in n.problems if p.severity == "error"}
    remarked = {(i, p.row, p.col) for i, (n, _) in enumerate(items) for p in n.problems}
    # an optional cell showing an Excel error was said as a warning; a check that needs it makes that an error
    error_values = {(i, p.row, p.col): p for i, (n, _) in enumerate(items) for p in n.problems
                    if p.code == "excel_error" and p.severity == "warning"}
    custom = _custom_checks(form)
    try:
        form.model.validate(batch, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        for rec in cases.iter_rows(named=True):
            column = rec.get("column")
            check = str(rec.get("check") or "")
            if column in (None, form.model.__name__) and check in custom and custom[check][0] in form.polars_schema:
                column = custom[check][0]  # a dataframe check named after the column it is about
            index = rec.get("index")
            if index is None:
                # A schema-level failure (a column missing or wrongly typed): name the column for all.
                for i, (_, loc) in enumerate(items):
                    problems[i].append(Problem("error", "schema", f"整列不符合要求：{check}", "按模板修改此列",
                                               file=loc.file, sheet=loc.sheet, column=_header(form, column)))
                continue
            i = owners[index]
            norm, loc = items[i]
            if column in norm.refused:
                continue  # the whole column was refused on its header (normalise): once is enough
            if (index - offsets[i], column) in norm.unread:
                continue  # the normaliser said why this cell is empty: one problem per cell
            row = loc.excel_rows[index - offsets[i]]
            col = loc.columns.get(column) if column else None
            if col is None and column in form.polars_schema and form.column(column).named_by:
                col = loc.columns.get(form.column(column).named_by or "")  # read from its names' cell
            if (i, row, col) in error_values:
                said = error_values.pop((i, row, col))
                said.severity, said.message = "error", f"{said.message.removesuffix(READ_AS_NOT_GIVEN)}，而{check}"
                said.fix = "请改正此格的公式（或直接填写数字）后重新报送"
            if (i, row, col) in already or ((i, row, col) in remarked and _empty(batch, column, index)):
                continue  # the normaliser already said why this cell is empty
            already.add((i, row, col))
            whole_row = rec.get("schema_context") == "DataFrameSchema"
            if check in custom:
                code, fix = custom[check]
                message = check
                shown = loc.shown(index - offsets[i], column, rec.get("failure_case"), whole_row=whole_row)
                if code in DETAILS and shown:
                    message += DETAILS[code](str(rec.get("failure_case") or shown))
            elif check.startswith("less_than_or_equal_to") and column and _kind(form, column) == "money":
                code, (message, fix) = "out_of_scale", _out_of_scale(form, column, rec.get("failure_case"), check)
            elif check.startswith("isin") and len(_LISTED.split(str(rec.get("failure_case") or ""))) > 1:
                message, fix = _explain(check)
                code, message = "isin", f"一格里填了几项，{message}"
                fix = f"本列每行只填一项，有几项的分几行填写（每行一项），{fix}"
            else:
                message, fix = _explain(check)
                code = check.split("(")[0] or "check"
                if code == "not_nullable" and column in form.polars_schema and form.column(column).above_zero:
                    fix = NEVER_BLANK_OR_ZERO  # a blank 计划总投资: 0 or “—” would be refused too, so say so now
            problems[i].append(Problem("error", code, message, fix, file=loc.file, sheet=loc.sheet, row=row, col=col,
                                       column=_header(form, column),
                                       value=loc.shown(index - offsets[i], column, rec.get("failure_case"),
                                                       whole_row=whole_row)))
    for i, (n, loc) in enumerate(items):
        problems[i].extend(duplicate_keys(form, n.frame, loc))
        problems[i].extend(names_under_two_keys(form, n.frame, loc))
    return problems


def _empty(frame: pl.DataFrame, column: str | None, index: int) -> bool:
    """Whether the validated cell holds nothing (what a remark of the normaliser on it may explain)."""
    return column not in frame.columns or frame[column][index] is None


#: What separates several answers typed into one cell of a one-answer column (高企、科小; 高企/专精特新).  Never 和:
#: a choice may hold it (改建和技术改造).
_LISTED = re.compile(r"\s*[、，,／/；;]\s*")


def _kind(form: FormSpec, column: str) -> str | None:
    try:
        return form.column(column).kind
    except KeyError:
        return None


def _out_of_scale(form: FormSpec, column: str, stored: object, check: str) -> tuple[str, str]:
    """An amount beyond the schema's ``le=`` (``beizeng.base.units.MOST_PER_ROW``): no figure of a county's plan is
    that large, so the unit was typed wrong — 元 under a （万元） header, 万元 under （亿元） — and the clerk is told
    so in those words, with the figure as it was stored, rather than "不能大于10000000"."""
    unit = form.column(column).unit or "万元"
    bound = check[len("less_than_or_equal_to"):].strip("()")
    try:
        said = f"，折合{float(str(stored)) / 10000:,.0f}亿元" if unit == "万元" else ""
        most = f"{float(bound) / 10000:,.0f}亿元" if unit == "万元" else f"{bound}{unit}"
    except ValueError:
        said, most = "", bound
    return (f"数额过大{said}（本列以{unit}计，不可能超过{most}），像是单位填错了（按元填写，或在亿元表头下填了万元数）",
            f"核对单位：本列以{unit}计；按元填写的请在表头上方写“单位：元”，或把数字换算为{unit}")


def _header(form: FormSpec, column: str | None) -> str | None:
    if not column:
        return None
    try:
        return form.column(column).header
    except KeyError:
        return column


def duplicate_keys(form: FormSpec, frame: pl.DataFrame, loc: Located) -> list[Problem]:
    """The same enterprise or project twice in one return is an error on every copy but the first."""
    if not form.key or frame.height == 0:
        return []
    out = []
    seen: dict[tuple[object, ...], int] = {}
    keys = [record_key(k) for k in frame.select(form.key).rows()]  # 甲项目（一期） twice is one project twice
    first_col = loc.columns.get(form.key[0])
    for pos, key in enumerate(keys):
        if any(k is None for k in key[:1]):
            continue
        row = loc.excel_rows[pos]
        if key in seen:
            shown = "、".join(str(k) for k in key if k is not None)
            out.append(Problem("error", "duplicate_key", f"与第{seen[key]}行重复（同一{_header(form, form.key[0])}出现两次）",
                               "删除重复行，或核对是否填错代码", file=loc.file, sheet=loc.sheet, row=row,
                               col=first_col, column=_header(form, form.key[0]), value=shown))
        else:
            seen[key] = row
    return out


def names_under_two_keys(form: FormSpec, frame: pl.DataFrame, loc: Located) -> list[Problem]:
    """One name under two credit codes in one return (东塬光伏材料有限公司 with code A in row 5, “东塬光伏材料有限公司 ”
    with another valid code in row 8; （集团） and (集团)): names compared as a person reads them (``name_key``).  A
    统一社会信用代码 names one legal unit and a unit's registered name is its own, so one of the codes is wrong and
    the firm would count twice: an error naming both rows and both codes.  A project's or a parcel's name is no
    registration (two phases, two parcels of one firm may share it): nothing is said of those."""
    name = form.roles.name
    if not form.key or frame.height == 0 or not name or name in form.key or name not in frame.columns:
        return []
    code = form.key[0]
    seen: dict[str, tuple[int, str]] = {}
    out = []
    for pos, (called, key) in enumerate(zip(frame[name].to_list(), frame[code].to_list(), strict=True)):
        if not called or not isinstance(key, str) or not uscc_valid(key):
            continue
        row = loc.excel_rows[pos]
        first = seen.setdefault(name_key(called), (row, key))
        if first[1] == key:
            continue  # the first row of the name, or the same code again (duplicate_key's)
        header = _header(form, code)
        out.append(Problem(
            "error", "name_under_two_keys",
            f"「{_header(form, name)}」与第{first[0]}行相同（{called}），{header}却不同（本行{key}，第{first[0]}行"
            f"{first[1]}）：同一名称的企业只有一个{header}，两行会把它计两次",
            f"核对营业执照上的{header}：同一企业只留一行、填对代码；确是两家企业的，请写全各自的名称",
            file=loc.file, sheet=loc.sheet, row=row, col=loc.columns.get(code), column=header, value=key))
    return out
