"""How a name a person writes is read as one of the county's configured names (counties, townships, senders).

The one rule, used wherever a cell or a 填报单位 line names a place or a sender: the name itself or one of its
aliases; the name with what clerks append to it (东镇人民政府, 城关街道办事处); the name as the city's bulletin
prints it short (汉台 for 汉台区, 岚山 for 岚山县: a start of the name — its name without 区/县/镇 is one —
that only one configured name has); a place written township first (城关镇东坝村: the township, its village after it).  A short
name two configured names share is asked, never guessed; a name read in another way than as written is said
(``NameRead.how``), so the sender sees what was taken.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from beizeng.base.config import Config

#: What clerks append to a township's or a department's name: "东镇人民政府", "城关街道办事处".
OFFICE_SUFFIXES = ("人民政府", "政府", "街道办事处", "办事处", "管委会")
#: A row's total after a name (城关镇小计) is no place inside it: never read as the name's row.
_TOTALS = ("小计", "合计", "总计", "汇总", "累计")
#: The fewest characters a short name must keep: one character (汉) names nothing for sure.
SHORTEST = 2


@dataclass(frozen=True)
class NameRead:
    """What a written name was read as: ``name`` (None when not read), how, and what was left beside it.

    ``how``: "exact", "office" (an office suffix removed), "short" (a bulletin's short name), "place" (a
    configured name followed by a place inside it, ``rest``); ``candidates`` lists the configured names a short
    name or a place could be when it is more than one (then ``name`` is None: ask)."""

    name: str | None
    how: str = "exact"
    rest: str = ""
    candidates: tuple[str, ...] = ()


def read_name(value: str, lookup: Mapping[str, str], whole: Collection[str] = ()) -> NameRead:
    """``value`` (spaces already removed) read against ``lookup`` (every name and alias → its configured name);
    ``whole``: names of other places (the county itself, the city's counties) that are never the short name or
    the start of a configured one (岚山县 in a township column is the county, not 岚山县经济技术开发区).

    In order, the first rule that reads it decides: exact; office suffix removed; short (a start of the names of
    exactly one configured place: 岚山 is asked where both 岚山县 and 岚山经开区 may be meant, even though it is
    岚山县 without its 县); a configured name at the start followed by more (the longest such name; the rest
    must not itself name another configured place: 城关镇、柳林镇 is two)."""
    if value in lookup:
        return NameRead(lookup[value])
    for suffix in OFFICE_SUFFIXES:
        if value.endswith(suffix) and value.removesuffix(suffix) in lookup:
            return NameRead(lookup[value.removesuffix(suffix)], "office")
    if value in whole:
        return NameRead(None)
    if len(value) >= SHORTEST:
        starts = list(dict.fromkeys(meant for written, meant in lookup.items() if written.startswith(value)))
        if len(starts) == 1:
            return NameRead(starts[0], "short")
        if len(starts) > 1:
            return NameRead(None, "short", candidates=tuple(starts))
    heads = sorted((written for written in lookup if value.startswith(written) and len(written) >= SHORTEST),
                   key=len, reverse=True)
    if heads:
        head = heads[0]
        rest = value[len(head):]
        if rest.startswith(_TOTALS):
            return NameRead(None)
        others = list(dict.fromkeys(meant for written, meant in lookup.items()
                                    if len(written) >= SHORTEST and written in rest and meant != lookup[head]))
        if others:
            return NameRead(None, "place", rest, (lookup[head], *others))
        return NameRead(lookup[head], "place", rest.lstrip("、,，-—·/ "))
    return NameRead(None)


def whole_places(cfg: Config) -> set[str]:
    """The places above the townships (the county, the city and its counties, 全县, 全市): a name of one of them is
    never read as the start of a township's or sender's name (``read_name``'s ``whole``)."""
    return {cfg.county, cfg.city, *cfg.city_counties, "全县", "全市"} - {""}
