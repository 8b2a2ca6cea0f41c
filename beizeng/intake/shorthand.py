"""The field's shorthand: the words a statistician writes for one thing, and the look-alikes that are not one.

Clerks head a column the way they speak: 技改上年同期 for 技术改造投资上年同期, 固投 for 固定资产投资, 入统年月 for
入规年月, 规上 for 规模以上.  Listing every such spelling as an alias of every schema column would never be
complete (and a rule would live in as many places as there are forms), so the header scorer
(beizeng.intake.headers.normalise) folds each header, and each text the schema gives, to one spelling per
meaning with the table below: the scorer then compares meanings, for every form at once.

What is in one group is the same thing to a statistician (DOMAIN.md):
- 技改 = 技术改造投资 (in a figure's header 技改 is the investment; the 技改 flag of a project reads the same way);
- 固投 = 固定资产投资;
- 入库 = 入统 = 纳统 = 入规: entering the statistics database (a project 纳统, an enterprise 入规 — the 规上 list
  is that database's part for enterprises, 先入库，后有数);
- 规上 = 规模以上; 营收 = 营业收入; 主营收入 = 主营业务收入; 产值 = 工业总产值 (an industrial return's output);
- 上年同期 = 去年同期 = 同期 (a figure "for the same period" is last year's).

What is NOT one, however alike the words (``DISTINCT``: a header and a schema text must agree on each):
- 增加值 is value added, never 工业总产值 (产值增速 and 增加值增速 stand side by side in the city table);
- 技改 is a part of 固投, never the whole: 技改投资 and 工业固投 are two columns;
- 销售产值 (工业销售产值) and 出口交货值 are not 工业总产值;
- 主营业务收入 is not 营业收入 (营业收入 adds the other business; the bureau changed its headline from the first to
  the second in 2019): the table keeps them apart, and a form that reads one for the other says so in its
  schema's aliases (enterprise_output's 主营业务收入), never here.
"""

from __future__ import annotations

import re

#: One spelling per meaning (the first), with the other spellings folded into it.  A spelling is replaced only
#: where it stands whole, longest first and in one pass, so 上年同期 is never read again as 同期, and 主营收入 never
#: as 营收.
TERMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("技改", ("技术改造投资", "技术改造", "技改投资")),
    ("固投", ("固定资产投资", "固投投资")),
    ("入库", ("纳入统计库", "纳入统计", "入统", "纳统", "入规")),
    ("规上", ("规模以上", "规工")),  # 规工 is 规上工业 shortened once more (规工产值); 工业 folds away with 工业总产值
    ("主营收入", ("主营业务收入",)),
    ("营业收入", ("营收",)),
    ("产值", ("工业总产值", "总产值")),
    ("上年同期", ("去年同期", "同期")),
)

#: Words that change what a header means although it reads like another's (``DISTINCT`` groups become qualifiers
#: of the scorer: a header and a known text must both have the group's word, or both lack it).
DISTINCT: dict[str, tuple[str, ...]] = {
    "value_added": ("增加值",),
    "tech": ("技改",),
    "sales_output": ("销售产值", "出口交货值"),
    "main_business": ("主营",),
}

#: The one spellings: each a word of the field that says what a figure is by itself (产值, 技改, 固投), however short.
WORDS = frozenset(canonical for canonical, _ in TERMS)

_SPELLINGS = {s: canonical for canonical, spellings in TERMS for s in (canonical, *spellings)}
_PATTERN = re.compile("|".join(map(re.escape, sorted(_SPELLINGS, key=len, reverse=True))))
_REPEATED = re.compile("(" + "|".join(map(re.escape, sorted({c for c, _ in TERMS}, key=len, reverse=True))) + r")\1+")


def fold(text: str) -> str:
    """A header (already without spaces and punctuation) with each shorthand written in its group's one spelling,
    and a meaning written twice once (是否入库纳统 → 入库)."""
    folded = _PATTERN.sub(lambda m: _SPELLINGS[m.group(0)], text)
    return _REPEATED.sub(r"\1", folded)
