"""Which form, which sender, which period: from the template's hidden sheet, else from the content.

A beizeng template names all three in its hidden ``_beizeng`` sheet.  A hand-made return is
identified by its header signature (form), the 填报单位/title/file name (sender) and the title or
file name (period).  When a piece is missing or ambiguous the return is rejected with a message
asking for exactly that piece: a wrong guess would put figures under the wrong township or month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beizeng.config import Config, Sender
from beizeng.forms import FormSpec, all_forms, get_form
from beizeng.problems import Problem, ReturnError
from beizeng.reader import HeaderMatch, Sheet, clean_text, find_header, read_meta_sheet

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}


@dataclass
class Identity:
    form: FormSpec
    sender: Sender
    period: str  # "YYYY-MM" (monthly) or "YYYY" (yearly)
    match: HeaderMatch
    how: str  # "template" or "content", for the run summary
    template_version: str | None = None


def parse_period(text: str, frequency: str, default_year: int | None = None) -> str | None:
    """A period from a title or file name: 2026年1-6月, 2026年6月, 2026-06, 202606, 1-6月 (+ year)."""
    t = clean_text(text).replace(" ", "").replace("—", "-").replace("－", "-").replace("~", "-").replace("至", "-")
    for cn, n in sorted(_CN_NUM.items(), key=lambda kv: -len(kv[0])):
        t = t.replace(f"{cn}月", f"{n}月")
    year_m = re.search(r"(20\d{2})年?", t)
    year = int(year_m.group(1)) if year_m else default_year
    if frequency == "yearly":
        return str(year) if year else None
    patterns = [
        r"(20\d{2})年(?:1|01)?-(\d{1,2})月",
        r"(20\d{2})年(\d{1,2})月",
        r"(20\d{2})[-_.](\d{1,2})(?!\d)",
        r"(20\d{2})(0[1-9]|1[0-2])(?!\d)",
    ]
    for p in patterns:
        m = re.search(p, t)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    m = re.search(r"(?<!\d)1-(\d{1,2})月", t) or re.search(r"(?<!\d)(\d{1,2})月", t)
    if m and year and 1 <= int(m.group(1)) <= 12:
        return f"{year:04d}-{int(m.group(1)):02d}"
    if "上半年" in t and year:
        return f"{year:04d}-06"
    if "一季度" in t and year:
        return f"{year:04d}-03"
    if "前三季度" in t and year:
        return f"{year:04d}-09"
    return None


def find_senders(texts: list[str], cfg: Config) -> list[Sender]:
    """Configured senders whose name or alias appears in any of the texts (longest names win)."""
    found: list[Sender] = []
    for text in texts:
        t = clean_text(text).replace(" ", "")
        hits = [(len(n), s) for s in cfg.senders for n in s.names if n and n in t]
        if hits:
            best = max(h[0] for h in hits)
            for length, s in hits:
                if length == best and s not in found:
                    found.append(s)
            if found:
                return found
    return found


def identify(sheets: list[Sheet], file_name: str, cfg: Config) -> Identity:
    problems: list[Problem] = []
    meta = read_meta_sheet(sheets)

    def ask(code: str, message: str, fix: str) -> None:
        problems.append(Problem("error", code, message, fix, file=file_name))

    # 1. form
    if meta.get("form") in all_forms():
        form = get_form(meta["form"])
        match = find_header(form, sheets)
    else:
        candidates = [m for m in (find_header(f, sheets) for f in all_forms().values()) if m is not None]
        candidates.sort(key=lambda m: (-m.score, len(m.missing_required)))
        complete = [m for m in candidates if not m.missing_required]
        if len(complete) > 1 and complete[0].score == complete[1].score:
            names = "、".join(m.form.title for m in complete[:2])
            raise ReturnError([Problem("error", "ambiguous_form", f"表头同时符合多种报表（{names}）", "请使用对应的报表模板",
                                       file=file_name)])
        match = complete[0] if complete else (candidates[0] if candidates else None)
        if match is None:
            titles = "、".join(f.title for f in all_forms().values())
            raise ReturnError([Problem("error", "unknown_form", "没有找到任何报表的表头，无法判断是哪张报表",
                                       f"请使用 beizeng 下发的模板，或保留标准表头（可识别的报表：{titles}）", file=file_name)])
        form = match.form
    if match is None or match.missing_required:
        missing = "、".join(c.header for c in (match.missing_required if match else form.columns if match is None else []))
        raise ReturnError([Problem("error", "missing_columns", f"《{form.title}》缺少必填列：{missing}",
                                   "请按模板补上这些列（表头文字需一致，可用常见别名）", file=file_name,
                                   sheet=match.sheet.name if match else None)])
    texts = [*match_lines(match), file_name]

    # 2. sender
    sender: Sender | None = None
    if meta.get("sender"):
        sender = cfg.sender(meta["sender"])
        if sender is None:
            ask("unknown_sender", f"模板中的填报单位“{meta['sender']}”不在本县配置中", "请使用本县下发的模板")
    else:
        found = [s for s in find_senders(texts, cfg) if _may_send(s, form)]
        if len(found) == 1:
            sender = found[0]
        elif len(found) > 1:
            ask("ambiguous_sender", f"无法确定填报单位（同时出现：{'、'.join(s.name for s in found)}）",
                "请在表格上方写明“填报单位：××镇”，或在文件名中只写本单位名称")
        elif form.default_sender and cfg.sender(form.default_sender):
            sender = cfg.sender(form.default_sender)
        else:
            ask("missing_sender", "无法确定填报单位", "请在表格上方写明“填报单位：××镇”，或把本单位名称写进文件名")

    # 3. period
    period = meta.get("period") or None
    if not period:
        year = None
        for t in texts:
            y = re.search(r"(20\d{2})", t)
            if y:
                year = int(y.group(1))
                break
        for t in texts:
            period = parse_period(t, form.frequency, year)
            if period:
                break
        if not period:
            example = "2026年1-6月" if form.frequency == "monthly" else "2026年"
            ask("missing_period", "无法确定报表所属期间", f"请在标题或文件名中写明期间，如“{example}”")
    if period and form.frequency == "monthly" and int(period[5:7]) < form.first_month:
        ask("period_not_reported", f"《{form.title}》{period[5:7]}月不单独报送", "1月数据请并入1-2月报送")
    if problems:
        raise ReturnError(problems)
    assert sender is not None and period is not None
    return Identity(form, sender, period, match, "template" if meta else "content", meta.get("version"))


def match_lines(match: HeaderMatch) -> list[str]:
    """The lines above the table (title, 填报单位, 单位), where senders and periods are written."""
    lines = []
    for row in match.sheet.rows[: match.header_row]:
        line = "".join(clean_text(v) for v in row if clean_text(v))
        if line:
            lines.append(line)
    return lines


def _may_send(sender: Sender, form: FormSpec) -> bool:
    if sender.forms:
        return form.code in sender.forms
    if form.senders == "townships":
        return sender.kind == "township"
    if form.senders == "departments":
        return sender.kind == "department"
    return True
