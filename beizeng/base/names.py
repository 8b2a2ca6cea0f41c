"""How a name a person writes is read as one of the county's configured names (counties, townships, senders).

The one rule, used wherever a cell or a 填报单位 line names a place or a sender: the name itself or one of its
aliases; the name with what clerks append to it (东镇人民政府, 城关街道办事处); the name as the city's bulletin
prints it short (汉台 for 汉台区, 岚山 for 岚山县: a start of the name — its name without 区/县/镇 is one —
that only one configured name has; in a list of the city's counties, a county's name without its 县/区/市, however
short: 甲 for 甲县); a place written township first (城关镇东坝村: the township, its village after it); and the name under
what a clerk decorates it with (★测试县（本县）: a mark, a remark that it is the county's own row).  A short name two
configured names share is asked, never guessed; a name read in another way than as written is said
(``NameRead.how``), so the sender sees what was taken.  A department under its longer or reformed official name
(县自然资源和规划局 for 自然资源局: the configured name's words in order inside it) is read when only one configured
name fits, and said.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

#: What clerks append to a township's or a department's name: "东镇人民政府", "城关街道办事处".
OFFICE_SUFFIXES = ("人民政府", "政府", "街道办事处", "办事处", "管委会")
#: A row's total after a name (城关镇小计) is no place inside it: never read as the name's row.
_TOTALS = ("小计", "合计", "总计", "汇总", "累计")
#: The fewest characters a short name must keep: one character (汉) names nothing for sure.
SHORTEST = 2
#: The suffix a county of the city drops in the city's own tables (甲 for 甲县, 汉台 for 汉台区).
COUNTY_SUFFIXES = ("县", "区", "市")
#: How a department's name ends (自然资源局, 发改委, 政府办): only such a name is read inside a longer official name
#: (``read_name``'s "longer").
DEPARTMENT_ENDS = ("局", "委", "办")
#: The marks a clerk flags a name or a figure with (★为重点项目, ※ 预估数, * 见备注), none of them a digit.
MARKS = "★☆※△▲*＊"
#: What a clerk adds in brackets after the county's own row in a table of every county (★测试县（本县）): the
#: county's own name is meant, so a remark beside another county's name is asked (``read_name``'s ``own``).
OWN_REMARKS = ("本县", "我县", "本区", "我区", "本县区", "我县区")
#: A name decorated: marks before or after it, and a remark in brackets (clean_text has made （） ()) saying it is
#: the county's own row.  The name is what is left.
_DECORATED = re.compile(rf"^[{re.escape(MARKS)}]*(?P<name>.+?)[{re.escape(MARKS)}]*"
                        rf"(?:[(\[【](?P<remark>{'|'.join(OWN_REMARKS)})[)\]】])?[{re.escape(MARKS)}]*$")


#: The peoples a 民族乡/民族镇 is named for (红星回族乡, 杨家彝族苗族乡; 民 of 民族乡 itself): said aloud without them
#: (红星乡), so a township written so is its configured name with these dropped (``_abridged``).
_PEOPLES = ("回", "满", "蒙古", "彝", "苗", "土家", "瑶", "壮", "藏", "侗", "布依", "白", "哈尼", "傣", "黎", "畲", "羌",
            "土", "锡伯", "朝鲜", "达斡尔", "鄂温克", "鄂伦春", "仡佬", "水", "纳西", "傈僳", "佤", "拉祜", "景颇", "撒拉",
            "东乡", "保安", "裕固", "京", "仫佬", "毛南", "哈萨克", "柯尔克孜", "维吾尔", "塔吉克", "普米", "怒", "独龙",
            "基诺", "德昂", "阿昌", "布朗", "民")
_PEOPLE_RE = re.compile(rf"(?:(?:{'|'.join(sorted(_PEOPLES, key=len, reverse=True))})族)+(?=[乡镇]$)")
#: How a zone's name ends (经济技术开发区, 城北工业园区) and the characters of that kind an abbreviation keeps, one
#: of them (经开区, 高新区 for 高新技术产业开发区, 城北园区): 城北区 without the 园 is a district, not the park.
_ZONE_KINDS = {"园区": "园", "开发区": "开新", "新区": "新", "工业区": "工", "产业园": "园", "园": "园"}
#: What may follow a place written in its short form: its office (红星乡人民政府, 经开区管委会) or one of its villages
#: (红星乡红星村) — read as the place (``_abridged_head``).
_VILLAGE_ENDS = ("村", "社区", "居委会", "组")
#: The word a village's or a 社区's name ends with (西镇村, 西镇村委会, 东关社区): a township's name before it is the
#: village's own name, not the township (红星乡西镇村 is 红星乡's village 西镇村; ``read_name``'s "place").
_VILLAGE_WORDS = ("村民委员会", "村委会", "居民委员会", "居委会", "社区", "村")


@dataclass(frozen=True)
class NameRead:
    """What a written name was read as: ``name`` (None when not read), how, and what was left beside it.

    ``how``: "exact", "office" (an office suffix removed), "short" (a bulletin's short name), "longer" (a
    department's longer official name), "place" (a
    configured name followed by a place inside it, ``rest``), "marked" (marks or a remark set aside, listed in
    ``rest``; when asked, ``rest`` is the remark and ``candidates`` the name written and the county it means),
    "kinds" (asked: one stem under two kinds, 城关镇街道 where both 城关镇 and 城关街道 are configured);
    ``candidates`` lists the configured names a short name, a place or a marked name could be when it is more
    than one (then ``name`` is None: ask)."""

    name: str | None
    how: str = "exact"
    rest: str = ""
    candidates: tuple[str, ...] = ()


def read_name(value: str, lookup: Mapping[str, str], whole: Collection[str] = (), *,
              counties: Collection[str] = (), own: str = "", county: str = "", city: str = "") -> NameRead:
    """``value`` (spaces already removed) read against ``lookup`` (every name and alias → its configured name);
    ``whole``: names of other places (the county itself, the city's counties) that are never the short name or
    the start of a configured one (岚山县 in a township column is the county, not 岚山县经济技术开发区);
    ``counties``: where the names are the city's counties, those counties (each written short as its name without
    its 县/区/市); ``own``: the county a remark （本县） means, where such a remark may stand; ``county``: the
    county's own name, which written before a name says where the place is, not which (``without_county``);
    ``city``: the city's name, which written before the county's (商洛市镇安县镇东街道) says where too.

    In order, the first rule that reads it decides: exact; office suffix removed; a county without its suffix
    (测试 is 测试县 in a list of the city's counties, though the city 测试市 starts so too: the city's row is 全市;
    甲 for 甲县 although one character; asked when two counties drop to it, 甲县 and 甲区); short (a start of the
    names of exactly one configured place: 岚山 is asked where both 岚山县 and 岚山经开区 may be meant, even though
    it is 岚山县 without its 县); the county's own name before a name taken off (测试县红星乡, 测试经开区: the rest
    read by these rules, "short" — said — unless read as a place, a mark or a longer name); a configured name at
    the start followed by more (the longest such name; the rest must not itself name another configured place:
    城关镇、柳林镇 is two — unless that name is a village's own, ending the rest with 村/社区/居委会: 红星乡西镇村 is
    红星乡's village 西镇村, while 红星乡西镇东关村 is asked); the name under its decorations
    (★测试县（本县）, 甲县※), read by the same rules — and asked when its remark says 本县 beside another county;
    then a department's longer official name holding a configured department's words in order (县自然资源和规划局
    for 自然资源局, "longer"), asked when it holds two configured names' words; last, a 民族乡 without its peoples,
    a zone abbreviated, a 街道 as its office (``_abridged``: 红星乡, 经开区, 东城办 — "short"), asked when two fit."""
    if value in lookup:
        return NameRead(lookup[value])
    for suffix in OFFICE_SUFFIXES:
        if value.endswith(suffix) and value.removesuffix(suffix) in lookup:  # 城关镇街道办事处: 城关街道's office?
            return _two_kinds(value.removesuffix(suffix), suffix, lookup) or \
                NameRead(lookup[value.removesuffix(suffix)], "office")
    if value in whole:
        return NameRead(None)
    suffixed = [c for c in counties if c.endswith(COUNTY_SUFFIXES) and c[:-1] == value and c in lookup.values()]
    if len(suffixed) == 1:
        return NameRead(suffixed[0], "short")
    if suffixed:
        return NameRead(None, "short", candidates=tuple(suffixed))
    if len(value) >= SHORTEST:
        starts = list(dict.fromkeys(meant for written, meant in lookup.items() if written.startswith(value)))
        if len(starts) == 1:
            return NameRead(starts[0], "short")
        if len(starts) > 1:
            return NameRead(None, "short", candidates=tuple(starts))
    if (marked := _undecorated(value, lookup, whole, counties, own, county, city)) is not None:
        return marked
    if (split := _county_read(value, lookup, whole, counties, own, county, city)) is not None:
        return split
    heads = sorted((written for written in lookup if value.startswith(written) and len(written) >= SHORTEST),
                   key=len, reverse=True)
    if heads:
        head = heads[0]
        rest = value[len(head):]
        if rest.startswith(_TOTALS):
            return NameRead(None)
        if (kinds := _two_kinds(head, rest, lookup)) is not None:
            return kinds
        others = list(dict.fromkeys(meant for written, meant in lookup.items()
                                    if len(written) >= SHORTEST and written in rest and meant != lookup[head]
                                    and not _village_named(rest, written)))
        if others:
            return NameRead(None, "place", rest, (lookup[head], *others))
        return NameRead(lookup[head], "place", rest.lstrip("、,，-—·/ "))
    longer = list(dict.fromkeys(meant for written, meant in lookup.items() if _in_longer_name(written, value)))
    if len(longer) == 1:
        return NameRead(longer[0], "longer")
    if longer:
        return NameRead(None, "longer", candidates=tuple(longer))
    abridged = list(dict.fromkeys(meant for written, meant in lookup.items() if _abridged(value, written)))
    if len(abridged) == 1:
        return NameRead(abridged[0], "short")
    if abridged:
        return NameRead(None, "short", candidates=tuple(abridged))
    return _abridged_head(value, lookup) or NameRead(None)


#: The kinds a township's name ends with: one stem may name two townships of two kinds (城关镇, 城关街道).
_KINDS = ("街道", "镇", "乡")


def _two_kinds(head: str, rest: str, lookup: Mapping[str, str]) -> NameRead | None:
    """A stem written under two kinds (城关镇街道, 城关镇街道办事处) where the county has a township of each (城关镇
    and 城关街道): which one is meant is asked, never the first taken with the second kind as "a place under it".
    None when the name does not read so (城关镇东关村, or no 城关街道 configured)."""
    kind = next((k for k in _KINDS if head.endswith(k)), None)
    second = next((k for k in _KINDS if rest.startswith(k)), None)
    if kind is None or second is None or second == kind:
        return None
    alt = head[:-len(kind)] + rest
    meant = lookup.get(alt) or next((lookup[alt.removesuffix(x)] for x in OFFICE_SUFFIXES
                                     if alt.endswith(x) and alt.removesuffix(x) in lookup), None)
    if meant is None or meant == lookup[head]:
        return None
    return NameRead(None, "kinds", rest, (lookup[head], meant))


def _county_read(value: str, lookup: Mapping[str, str], whole: Collection[str], counties: Collection[str],
                 own: str, county: str, city: str) -> NameRead | None:
    """``value`` read with the county's (and the city's) name before it (``county_splits``): the first split that
    reads decides (测试县红星乡: 红星乡, said "short"); when the county's full name leaves nothing that reads, the
    other splits are tried, and asked when they read as two places."""
    reads: list[NameRead] = []
    for i, after in enumerate(county_splits(value, county, lookup, city)):
        inner = read_name(after, lookup, whole, counties=counties, own=own, county=county, city=city)
        if inner.candidates:
            return inner
        if inner.name is None:
            continue
        read = NameRead(inner.name, "short" if inner.how in ("exact", "office") else inner.how, inner.rest)
        if i == 0:
            return read
        reads.append(read)
    meant = list(dict.fromkeys(r.name for r in reads if r.name))
    if len(meant) > 1:
        return NameRead(None, "short", candidates=tuple(meant))
    return reads[0] if reads else None


def county_splits(value: str, county: str, lookup: Collection[str] = (), city: str = "") -> list[str]:
    """The ways ``value`` reads with the county's name before a place (``without_county`` first): what follows
    the county's full name (镇安县城关镇 → 城关镇); what follows its short form (镇安县城街道 → 县城街道: the county's
    县 is also 县城街道's own — both splits are tried); the county's full name written for its short form in a
    place named for the county (镇安县工业园区 → 镇安工业园区).  The city's name before the county's
    (商洛市镇安县镇东街道) is taken off first.  [] when the value does not start with the county's name."""
    if not county:
        return []
    if city and value.startswith(city) and value[len(city):].startswith(_short_county(county) or county):
        value = value[len(city):]
    out: list[str] = []
    if (after := without_county(value, county, lookup)) is not None:
        out.append(after)
    short = _short_county(county)
    if short and value.startswith(county) and len(value) > len(county):
        out += [value[len(short):], short + value[len(county):]]
    return list(dict.fromkeys(out))


def _short_county(county: str) -> str:
    """The county's name without its 县/区/市 when two characters are left (镇安 for 镇安县), else ""."""
    return county[:-1] if county.endswith(COUNTY_SUFFIXES) and len(county) - 1 >= SHORTEST else ""


def department_names(name: str, county: str) -> tuple[str, ...]:
    """The other names of a department ``name`` in ``county``: the same department with or without the county (or
    its 县/区) in front — 工信局, 县工信局, 镇安县工信局, 镇安工信局 are one, whichever of them beizeng.toml
    configures (both directions).  () when the name is too short once the county is taken off."""
    short = _short_county(county)
    fronts = [f for f in (county, short, county[-1:] if county.endswith(COUNTY_SUFFIXES) else "") if f]
    bare = next((name[len(f):] for f in fronts if name.startswith(f)), name)
    if len(bare) < SHORTEST + 1 or not bare.endswith(DEPARTMENT_ENDS):  # 县委办 is no 委办 of the county
        return ()
    return tuple(n for n in dict.fromkeys((bare, *(f + bare for f in fronts))) if n != name)


def _abridged(value: str, name: str) -> bool:
    """Whether ``value`` is ``name`` as people say it shorter, in the two ways that name one place only: a 民族乡
    without its peoples (红星乡 for 红星回族乡, 杨家乡 for 杨家彝族苗族乡), a zone by its words' first characters or
    without a middle word (经开区 for 经济技术开发区, 城北园区 for 城北工业园区: the same first and last character,
    the rest in order inside), and a 街道 as its office (东城办, 东城街办 for 东城街道).  Never a township's
    characters inside another township's name (东镇 in 东关镇 is another place): a plain 镇/乡 is not abridged."""
    if len(value) < SHORTEST + 1 or value == name:
        return False
    if name.endswith("街道") and value in (name[:-2] + "办", name[:-2] + "街办", name[:-2] + "办事处"):
        return True
    if _PEOPLE_RE.search(name):
        return _PEOPLE_RE.sub("", name) == value
    kind = next((k for k in _ZONE_KINDS if name.endswith(k)), None)
    if kind is None or value[0] != name[0] or value[-1] != name[-1] or not set(_ZONE_KINDS[kind]) & set(value[1:]):
        return False
    rest = iter(name[1:-1])
    return all(ch in rest for ch in value[1:-1])


def _abridged_head(value: str, lookup: Mapping[str, str]) -> NameRead | None:
    """A place in its short form followed by its office or one of its villages (经开区管委会, 红星乡人民政府,
    红星乡红星村): the short form read by ``_abridged`` — the office set aside, the village kept as ``rest``."""
    for suffix in OFFICE_SUFFIXES:
        if value.endswith(suffix) and len(value) > len(suffix):
            meant = list(dict.fromkeys(m for w, m in lookup.items() if _abridged(value.removesuffix(suffix), w)))
            if meant:
                return NameRead(meant[0], "short") if len(meant) == 1 else NameRead(None, "short",
                                                                                      candidates=tuple(meant))
    if not value.endswith(_VILLAGE_ENDS):
        return None
    for cut in range(len(value) - 1, SHORTEST, -1):
        head, rest = value[:cut], value[cut:]
        if head[-1] not in "乡镇区办园":
            continue
        meant = list(dict.fromkeys(m for w, m in lookup.items() if _abridged(head, w)))
        if meant:
            return NameRead(meant[0], "place", rest) if len(meant) == 1 else NameRead(None, "place", rest,
                                                                                        tuple(meant))
    return None


def _village_named(rest: str, name: str) -> bool:
    """Whether ``name`` in ``rest`` (what follows a township's name) is only the start of a village's own name:
    ``rest`` is ``name`` with a village word after it and nothing else (西镇村, 西镇社区, 西镇村委会 after 红星乡).
    西镇东关村 has 西镇 before another village: both townships are written, and that is asked."""
    return any(rest == name + word for word in _VILLAGE_WORDS)


def without_county(value: str, county: str, lookup: Collection[str] = ()) -> str | None:
    """What is written after the county's own name (测试县红星乡, 测试县经济技术开发区, 测试红星乡: 测试 for 测试县,
    its name without its 县/区/市 when two characters are left), None when the value does not start so or nothing
    follows: the county names where the place is, not which place — the one rule for a cell and a 填报单位 line.
    The short form is never taken off a configured name starting so (``lookup``: 测试镇红星村 is 测试镇's village)."""
    if not county:
        return None
    forms = [county]
    if county.endswith(COUNTY_SUFFIXES) and len(county) - 1 >= SHORTEST:
        forms.append(county[:-1])
    for form in forms:
        if value.startswith(form) and len(value) > len(form):
            if form != county and any(value.startswith(w) for w in lookup if w.startswith(form)):
                return None
            return value[len(form):].lstrip("、,，-—·/ ") or None
    return None


def _in_longer_name(name: str, value: str) -> bool:
    """Whether ``value`` is a department's longer official name holding ``name``'s words in order, as reforms and
    full names write it: 自然资源局 in 县自然资源和规划局, 发改局 in 发展和改革局, 工信局 in 工业和信息化局.  Only a
    department's name (ending in 局/委/办, and ``value`` ending the same way): 东镇's characters inside 东关镇 name
    another township, never 东镇."""
    if len(name) <= SHORTEST or not name.endswith(DEPARTMENT_ENDS) or value[-1] != name[-1]:
        return False
    rest = iter(value)
    return all(ch in rest for ch in name)


def _undecorated(value: str, lookup: Mapping[str, str], whole: Collection[str], counties: Collection[str],
                 own: str, county: str = "", city: str = "") -> NameRead | None:
    """The name under a clerk's marks and remark (★测试县（本县）), read by ``read_name``'s rules, with what was set
    aside as ``rest``; None when nothing decorates it or what is left names nothing (the value is then read, or
    refused, as written).  A remark （本县） beside another county's name is one of the two wrong: asked."""
    m = _DECORATED.match(value)
    if m is None or m.group("name") == value:
        return None
    inner = read_name(m.group("name"), lookup, whole, counties=counties, own=own, county=county, city=city)
    if inner.name is None and not inner.candidates:
        return None
    if inner.name is None:
        return inner
    if m.group("remark") and own and inner.name != own:
        return NameRead(None, "marked", m.group("remark"), (inner.name, own))
    after = value[m.end("name"):]
    marks = [value[:m.start("name")], after.replace(f"({m.group('remark')})", "") if m.group("remark") else after,
             f"({m.group('remark')})" if m.group("remark") else ""]
    return NameRead(inner.name, "marked", "、".join(d for d in marks if d))


#: Characters every township's or department's name ends with: sharing them says nothing of which is meant.
_GENERIC = set("乡镇区县市街道办局委园")


def likely(value: str, names: Collection[str], most: int = 3) -> list[str]:
    """The configured names a name that reads as none of them most likely meant, for the fix a clerk is told (in a
    county of thirty townships the whole list buries it): those sharing the most characters with it, apart from
    the 乡/镇/街道/局 every name ends with, then the longest same start (东城区: 东城镇 before 城东街道); at most
    ``most``, none when nothing is shared."""
    mine = set(value) - _GENERIC
    shared = sorted(((len(mine & (set(n) - _GENERIC)), len(os.path.commonprefix([value, n])), i, n)
                     for i, n in enumerate(dict.fromkeys(names))), key=lambda t: (-t[0], -t[1], t[2]))
    return [n for k, _, _, n in shared[:most] if k]


def whole_places(county: str, city: str, city_counties: Collection[str]) -> set[str]:
    """The places above the townships (the county, the city and its counties, 全县, 全市): a name of one of them is
    never read as the start of a township's or sender's name (``read_name``'s ``whole``).  Given as names, not a
    Config: configuration reads departments' names by this module's rule, so this module does not import it."""
    return {county, city, *city_counties, "全县", "全市"} - {""}
