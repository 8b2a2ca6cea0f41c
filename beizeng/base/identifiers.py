"""Identifier rules (GB 32100 USCC, approval-platform project codes, GB/T 4754 industry codes)."""

from __future__ import annotations

import re

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_INDEX = {ch: i for i, ch in enumerate(USCC_ALPHABET)}

#: e.g. 2301-610525-04-01-123456 (year+month, division code, category, sub-category, serial).
PROJECT_CODE = re.compile(r"^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$")
INDUSTRY_CODE = re.compile(r"^\d{2,4}$")


def uscc_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters."""
    total = sum(_USCC_INDEX[ch] * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_valid(code: str | None) -> bool:
    if code is None or len(code) != 18 or any(ch not in _USCC_INDEX for ch in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def project_code_valid(code: str | None) -> bool:
    return code is not None and bool(PROJECT_CODE.match(code))


def industry_code_valid(code: str | None) -> bool:
    """Industry is sections B (06–12), C (13–43) and D (44–46) of GB/T 4754-2017."""
    if code is None or not INDUSTRY_CODE.match(code):
        return False
    return 6 <= int(code[:2]) <= 46


#: GB/T 4754-2017 sections (门类): letter, first and last division (大类), name.  The whole table, not
#: only industry's three, so that a refused code says truly what it is (5110 is 批发业, not "no industry").
SECTIONS: tuple[tuple[str, int, int, str], ...] = (
    ("A", 1, 5, "农、林、牧、渔业"), ("B", 6, 12, "采矿业"), ("C", 13, 43, "制造业"),
    ("D", 44, 46, "电力、热力、燃气及水生产和供应业"), ("E", 47, 50, "建筑业"), ("F", 51, 52, "批发和零售业"),
    ("G", 53, 60, "交通运输、仓储和邮政业"), ("H", 61, 62, "住宿和餐饮业"), ("I", 63, 65, "信息传输、软件和信息技术服务业"),
    ("J", 66, 69, "金融业"), ("K", 70, 70, "房地产业"), ("L", 71, 72, "租赁和商务服务业"),
    ("M", 73, 75, "科学研究和技术服务业"), ("N", 76, 79, "水利、环境和公共设施管理业"),
    ("O", 80, 82, "居民服务、修理和其他服务业"), ("P", 83, 83, "教育"), ("Q", 84, 85, "卫生和社会工作"),
    ("R", 86, 90, "文化、体育和娱乐业"), ("S", 91, 97, "公共管理、社会保障和社会组织"), ("T", 98, 98, "国际组织"),
)
#: Sections that are industry (规上工业 counts only these).
INDUSTRY_SECTIONS = ("B", "C", "D")
#: Divisions named more narrowly than their section where a clerk would say so (5110 is 批发业).
_DIVISION_NAMES = {51: "批发业", 52: "零售业", 61: "住宿业", 62: "餐饮业"}
#: C3825, C 3825, c3825, C-3825, 3825, 38, C38, B0610: an optional section letter, then 2–4 digits.
_TYPED_INDUSTRY = re.compile(r"^([A-Za-z])?[\s\-.]*(\d{1,4})$")


#: The code and the class name in one cell, as the statistics platform exports them and clerks copy them:
#: C3825 光伏设备及元器件制造, 3825、光伏设备…, C3825-光伏设备…, 光伏设备及元器件制造（C3825）, 光伏设备… 3825.
#: The name has a Chinese character; the code is 2–4 digits with its optional section letter.
_CODE = r"[A-Za-z]?[\s\-.]*\d{2,4}"
_SEPARATOR = r"[\s、,，:：;；/\-—–·]*"
_CODE_FIRST = re.compile(rf"^({_CODE}){_SEPARATOR}(?=[^\d\s])(.*[\u4e00-\u9fff].*)$")
_NAME_FIRST = re.compile(rf"^(.*[\u4e00-\u9fff][^\d]*?){_SEPARATOR}[(（\[【]?({_CODE})[)）\]】]?$")
#: How a GB/T 4754 class name ends says its section: 制造/加工 (C), 开采/采选 (B), 生产和供应/发电 (D).
_SECTION_ENDINGS = {"C": ("制造", "加工", "冶炼", "压延加工", "修理"), "B": ("开采", "采选", "洗选", "采矿"),
                    "D": ("生产和供应", "供应", "发电", "供电")}


def split_industry(typed: str) -> tuple[str, str]:
    """(the code as typed, the class name written beside it, or "") of an industry cell."""
    text = typed.strip()
    for pattern, code_at in ((_CODE_FIRST, 1), (_NAME_FIRST, 2)):
        m = pattern.match(text)
        if m:
            return m.group(code_at), m.group(3 - code_at).strip(" 、,，:：;；/-—–·()（）")
    return text, ""


def industry_name_clash(typed: str) -> str | None:
    """Why the class name written beside a code cannot be that code's class (C3825 铁矿采选: a name of 采矿业
    beside a code of 制造业), in words; None when it can be, or when no name is written or the code is refused
    anyway.  The code is taken either way — it is what the statistics keys on — and the clerk asked to check."""
    code, name = split_industry(typed)
    if not name:
        return None
    try:
        digits = industry_code(code)
    except IndustryCodeError:
        return None
    own = section_of(int(digits[:2]))
    said = {letter for letter, endings in _SECTION_ENDINGS.items() if name.endswith(endings)}
    if own is None or len(said) != 1 or own[0] in said:
        return None
    other = next(iter(said))
    other_name = next(n for letter, _, _, n in SECTIONS if letter == other)
    return f"行业代码{digits}属于{own[1]}（{own[0]}门类），写的名称“{name}”却是{other_name}（{other}门类）的行业"


class IndustryCodeError(ValueError):
    """An industry code that cannot be stored: the message names what was typed and why."""

    def __init__(self, message: str, fix: str, code: str = "industry_code"):
        super().__init__(message)
        self.message, self.fix, self.code = message, fix, code


def section_of(division: int) -> tuple[str, str] | None:
    """The section letter and name of a 2-digit division, or None for a division GB/T 4754 lacks."""
    for letter, first, last, name in SECTIONS:
        if first <= division <= last:
            return letter, _DIVISION_NAMES.get(division, name)
    return None


def industry_code(typed: str, *, from_number: bool = False) -> str:
    """An industry code as stored: its digits only ("3825"), the section letter checked and dropped.

    GB/T 4754 prints codes with their section (C3825, B0610); the SQL and the warehouse key on the
    digits, so both spellings must store the same.  A letter that disagrees with the digits is
    refused naming both, since either could be the slip.  A code written with its class name (C3825
    光伏设备及元器件制造, 光伏设备及元器件制造（3825）) is read by its code (``industry_name_clash`` says when the name
    cannot be the code's).  A number cell has lost a leading zero (0610
    typed into a 常规 cell is 610): a 1- or 3-digit number is read with the zero put back when only that
    reading is industry.  A code outside B–D is refused with the section it does belong to.
    """
    text = re.sub(r"\s", "", split_industry(typed)[0])  # C3825 光伏设备及元器件制造: the code beside its name
    m = _TYPED_INDUSTRY.match(text)
    if not m or len(m.group(2)) not in (1, 2, 3, 4) or (m.group(1) is None and len(m.group(2)) == 1 and not from_number):
        raise IndustryCodeError(f"行业代码“{typed}”不是 GB/T 4754 的写法",
                                "填写2–4位行业代码，可带门类字母，如 C3825、3825 或 38")
    letter, digits = (m.group(1) or "").upper(), m.group(2)
    if len(digits) == 1:
        digits = "0" + digits
    elif len(digits) == 3 and (from_number or letter):
        own, zero = section_of(int(digits[:2])), section_of(int(digits[0]))  # 610 as 中类 61-0, or 0610
        wanted = (letter,) if letter else INDUSTRY_SECTIONS
        if zero is not None and zero[0] in wanted and (own is None or own[0] not in wanted):
            digits = "0" + digits
    section = section_of(int(digits[:2]))
    if section is None:
        raise IndustryCodeError(f"行业代码{digits}不存在（GB/T 4754 没有{digits[:2]}大类）",
                                "核对企业统计登记的国民经济行业代码")
    if letter and letter != section[0]:
        raise IndustryCodeError(f"行业代码“{typed}”的门类字母{letter}与代码{digits}不符：{digits[:2]}大类属于{section[0]}门类（{section[1]}）",
                                f"核对代码：若代码{digits}无误，门类应写{section[0]}（或只填数字）；若门类{letter}无误，请改正数字")
    if section[0] not in INDUSTRY_SECTIONS:
        raise IndustryCodeError(f"行业代码{digits}属于{section[1]}，不是工业（B、C、D门类）",
                                "规上工业企业的行业代码应为06–46大类；核对代码，或确认该企业是否属于本表")
    return digits
