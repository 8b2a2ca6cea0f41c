"""How wide text is in an Excel column: one rule for every workbook beizeng writes (templates, feedback,
the summary workbook, query results), light enough for the read-only commands."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Width of text in Excel character units: CJK and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
