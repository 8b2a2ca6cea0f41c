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
