"""What a record's cells say it is, as a person reading the rows tells a ledger of enterprises from a table of
indicators or of counties: a county of the city (甲县, 全市), a township of the county (东镇, 经开区), or another
record's identity (a credit code, a project code, a company's name).

Headers can tie or mislead (代码 is the targets' 指标代码 and the ledgers' 信用代码; 项目 heads a list of projects
and a list of indicators); the rows under them do not.  The words lists live here, once: the indicator table
(``beizeng.intake.indicators``) and the header matcher's evidence rule (``beizeng.intake.matching``) ask them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from beizeng.base.forms import Column
from beizeng.base.identifiers import project_code_valid, uscc_valid
from beizeng.intake import headers
from beizeng.intake.reader import clean_text

#: What a township's (or the zone's) name ends with: a column of targets per township is a scope each.
PLACE_ENDS = ("镇", "乡", "街道", "街道办", "办事处", "开发区", "经开区", "高新区", "园区", "工业园", "管委会")
#: The county's own total in a table by township.
COUNTY_TOTAL = ("全县", "合计", "总计", "全县合计", "县合计")
#: A county of the city (or the city's total): the city comparison's records, never a targets table's.
_COUNTY_ENDS = ("县", "市", "旗", "区")
_COUNTY_WORDS = ("全市", "县区", "各县区", "县（区）", "县(区)", "地区")
#: What an organisation's name ends with (东方光伏科技有限公司, 某某农民专业合作社): an enterprise's record.  Not 厂:
#: 绿色工厂 is an indicator and a cultivation type.
_ORGANISATION_ENDS = ("公司", "合作社")


def _bare(text: str) -> str:
    return headers.without_unit(text).replace(" ", "")


def is_county(text: str) -> bool:
    """A county of the city or the city's total (全市, 甲县, 某某区): the city comparison's records."""
    t = _bare(text)
    if t in _COUNTY_WORDS:
        return True
    return 1 < len(t) <= 8 and t.endswith(_COUNTY_ENDS) and t not in COUNTY_TOTAL and not is_place(t)


def county_rows(texts: list[str]) -> list[bool]:
    """Which cells of a key column read as the city's counties: full names (``is_county``) and, in a column holding
    the city's 全市 row, the short names the city's bulletin prints (汉台 for 汉台区, 甲 for 甲县: up to four
    characters, no township's or organisation's ending).  Whether a short name is one of the city's counties is
    then read against the configuration (``beizeng.base.names``), and asked when it is none."""
    city = any(_bare(t) == "全市" for t in texts)
    return [is_county(t) or (city and _short_county(t)) for t in texts]


def _short_county(text: str) -> bool:
    t = _bare(text)
    return 0 < len(t) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in t) and not t.endswith(PLACE_ENDS) \
        and t not in COUNTY_TOTAL


def is_place(text: str) -> bool:
    """A township, the zone, or the county's own total: a scope of the county's targets."""
    t = _bare(text)
    return t in COUNTY_TOTAL or (1 < len(t) <= 12 and t.endswith(PLACE_ENDS))


def names_an_entity(text: str) -> bool:
    """A cell that identifies an enterprise or a project: an 18-character credit code (GB 32100, check character
    right), an approval-platform project code, or an organisation's name.  A table of indicators holds none of
    them in its records; a ledger holds one in every row."""
    t = clean_text(text).replace(" ", "")
    if not t:
        return False
    return uscc_valid(t.upper()) or project_code_valid(t) or is_organisation(t)


def is_organisation(text: str) -> bool:
    """An organisation's registered name (东方光伏科技有限公司, 某某农民专业合作社): one legal unit, one credit code."""
    t = clean_text(text).replace(" ", "")
    return len(t) > 4 and t.endswith(_ORGANISATION_ENDS)


def fits_key(column: Column, text: str) -> bool | None:
    """Whether a cell under a form's key column looks like that key's value: a county for a county key, a credit
    or project code for a code key.  None when the key's values have no shape to tell (a project's name): then
    only the header can say the column is the key."""
    if column.kind == "county":
        return is_county(text)
    if column.kind == "code":
        t = clean_text(text).replace(" ", "")
        return uscc_valid(t.upper()) or project_code_valid(t)
    return None


def record_key(values: Iterable[Any]) -> tuple[Any, ...]:
    """A record's key as it is matched: its words folded as the reader folds a header (full- and half-width alike,
    spaces trimmed), so 东镇甲项目（一期） typed in May and 东镇甲项目(一期) in June are one record — while the
    stored name keeps what the clerk wrote (``beizeng.intake.normalise.parse_text``)."""
    return tuple(clean_text(v) if isinstance(v, str) else v for v in values)


def name_key(name: Any) -> str:
    """A name as a person reads it, for matching: width and spaces set aside (（一期） and (一期), a trailing space)."""
    return "".join(clean_text(name).split())


def same_name(a: Any, b: Any) -> bool:
    """Two names a person reads as one: the same once width and spaces are set aside (（一期） and (一期))."""
    return name_key(a) == name_key(b)
