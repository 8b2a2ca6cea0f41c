"""Which of a sender's files of one form + period is the later version: what the files say first, their times after.

A clerk marks a correction in words — ``…（修订版）.xlsx``, ``…_v2``, ``…最终版``, ``更正说明：…`` under the title,
``…0705.xlsx`` after ``…0702.xlsx`` — while the file's time often says nothing true: a copy out of a chat app or off
a USB stick, an attachment saved days later, give the revised file the OLDER time.  So what a file says about
itself ranks it; the time (and, across runs, the order of receipt) decides only when the files say nothing, and
the clerk is told, naming both files, whenever the words overrule the time, set a file aside, or cannot choose
(two files that both say they are the final one).  This module is the one place that rule lives:

- :func:`claim_of` reads what one file says (its name, the lines around its table);
- :func:`rank_key` orders a batch's files of one form + sender + period, the latest last (ingest decides them
  in that order, so the latest becomes the current version);
- :func:`judge` compares a file with the version that counts now (earlier in the batch or in the warehouse)
  and says what the clerk is told: nothing, a warning, or an error that sets the file aside.

A browser's copy ``报表(1).xlsx`` and a ``补报`` (a late return, not a correction) say nothing about the order.

An upload on the 报送平台 is the exception: there the order is known for certain (the township, logged in,
uploaded it after the version that counts now was received), so an upload replaces a version received in an
earlier run whatever either file's words say — a correction sent after a file named ``…（最终版）`` counts.  The
clerk is told when the words said otherwise.  Files of one batch (several picked at once) and files dropped in
the shared folder keep the words' rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from beizeng.base.problems import Problem
from beizeng.base.safe_io import as_sent, uploaded

#: The levels a file's words give it: an unmarked file is a first version as far as words go.
FIRST, REVISED, FINAL = 1, 2, 1000

#: The code of the info problem that records what a file said (kept with its submission, so a later run
#: compares with it without reading the file again), and of the problems :func:`judge` says.
CLAIM, OLDER_VERSION, WORDS_OVER_TIME, TWO_FINALS = "version_claim", "older_version", "version_by_words", "two_finals"
#: Two files of one batch, neither saying which is the later, with the same time stamp and different figures.
SAME_TIME = "version_same_time"
UPLOADED_LATER = "version_by_upload"
#: A correction (更正版, 修订版 …) received in a run after the one that brought a file saying it is the final one.
AFTER_FINAL = "correction_after_final"
#: A 报送平台 upload of the very bytes of a version since replaced: stored again as the one that counts (ingest._sent_back).
SENT_BACK = "version_sent_back"

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_N = r"(\d{1,2}|[一二两三四五六七八九十])"

#: A number after it ("最终版2") puts it after a final one without: how the clerk settles two finals.
_FINAL_RE = re.compile(r"(?:最终版|最终稿|最终|终版|终稿|定稿|final)\s?[（(]?(\d{1,2})?", re.I)
_NUMBERED_RE = re.compile(rf"第{_N}[版稿次]|(?<!\d){_N}稿|(?<![a-z])v(?:er)?\.?\s?(\d{{1,2}})(?:\.0)?(?![\d.])|版本\s?(\d{{1,2}})",
                          re.I)
_FIRST_RE = re.compile(r"最初版|初版|初稿|原版|原稿|原表")
#: A correction named without a number; a number right after it counts on from it ("修改2" is the third).
_REVISED_NAME_RE = re.compile(r"(修订|修改|更正|修正|重报|重新报送|最新|新版|更新版|更新后|调整版|调整后)(?:版|稿|后)?\s?(\d{1,2})?"
                              r"|(?:^|[_\-—\s（(【\[])新[)）】\]]?$")
#: In the lines around the table only a version's label counts, never a word in passing ("开工日期已修改").
_REVISED_LINE_RE = re.compile(r"修订版|修改版|更正版|修正版|更新版|更正稿|重报|[（(【\[](?:更正|修订|修改|修正)[)）】\]]"
                              r"|^\s*(?:更正|修订|修改|修正)(?:情况)?(?:说明|原因|内容)?\s*[:：]")
_FINAL_LINE_RE = re.compile(r"最终版|最终稿|终版|定稿")
_NUMBERED_LINE_RE = re.compile(rf"第{_N}版")
_FIRST_LINE_RE = re.compile(r"最初版|[（(]初版[)）]")
#: A day written in a name: 7月5日, 0705, 20260705 (a four-digit run that is no month and day is not one).
_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日|(?<!\d)(?:20\d\d)?(\d\d)(\d\d)(?!\d)")


@dataclass(frozen=True)
class Claim:
    """What one file says of its place among the versions: its level, the words, where, and a day in its name."""

    level: int = FIRST
    said: str = ""
    where: str = ""
    day: tuple[int, int] | None = None

    @property
    def says(self) -> bool:
        return bool(self.said)

    def words(self) -> str:
        """"文件名中写明“修订版”" / "表中写明“…”" (nothing when it says nothing)."""
        return f"{self.where}{'中' if self.where == '文件名' else ''}写明“{self.said}”" if self.said else ""


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CN[text]


def claim_of_name(name: str) -> Claim:
    """What a file's name says (without its extension); ``said`` is the words that say it ("修订版", "v3", "0705")."""
    own = as_sent(name).rsplit("/", 1)[-1]  # a file found in a folder of the inbox: its own name, never the folder's
    stem = re.sub(r"\.[A-Za-z]{2,4}$", "", own.strip()).strip()
    day, day_words = _day(stem)
    for pattern, level_of in ((_FINAL_RE, lambda m: FINAL + int(m.group(1) or 0)),
                              (_NUMBERED_RE, lambda m: max(_number(next(g for g in m.groups() if g)), FIRST)),
                              (_REVISED_NAME_RE, lambda m: REVISED + max(int(m.group(2) or 1) - 1, 0)),
                              (_FIRST_RE, lambda m: FIRST)):
        m = pattern.search(stem)
        if m:
            return Claim(level_of(m), m.group(0).strip("_-—（()）【】[] "), "文件名", day)
    return Claim(FIRST, day_words, "文件名" if day else "", day)


def claim_of_lines(lines: Sequence[str]) -> Claim:
    """What the lines around a table say (the title, a 更正说明 line, the footer, a note row)."""
    best = Claim()
    for line in lines:
        text = line.strip()[:60]
        if _FINAL_LINE_RE.search(text):
            level = FINAL
        elif m := _NUMBERED_LINE_RE.search(text):
            level = _number(m.group(1))
        elif _REVISED_LINE_RE.search(text):
            level = REVISED
        elif _FIRST_LINE_RE.search(text):
            level = FIRST
        else:
            continue
        if not best.says or level > best.level:
            best = Claim(level, text, "表中")
    return best


def claim_of(name: str, lines: Sequence[str]) -> Claim:
    """What a file says: the higher of its name's and its lines' claims (the day is the name's)."""
    by_name, by_lines = claim_of_name(name), claim_of_lines(lines)
    best = by_lines if by_lines.says and (by_lines.level > by_name.level or not by_name.says) else by_name
    return Claim(best.level, best.said, best.where, by_name.day)


def recorded(name: str, messages: Sequence[str]) -> Claim:
    """A stored submission's claim again: its name, and the lines its ``version_claim`` problem quoted."""
    quoted = [m.group(1) for text in messages if (m := re.search(r"表中写明“([^”]*)”", text))]
    return claim_of(name, quoted)


def note(claim: Claim, file: str) -> list[Problem]:
    """The info problem recording what a file said (none when it says nothing)."""
    if not claim.says:
        return []
    return [Problem("info", CLAIM, f"{claim.words()}：同一单位同一期收到几份文件时，按文件自己写明的先后排定哪一份为准，"
                                   "不看文件的修改时间", file=file)]


def _day(stem: str) -> tuple[tuple[int, int] | None, str]:
    """The first month and day written in a name, and how it is written."""
    for m in _DAY_RE.finditer(stem):
        month, day = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return (month, day), m.group(0)
    return None, ""


def _a_correction(claim: Claim) -> bool:
    """Whether a file calls itself a correction in words (更正版, 修订, 修改后 …), not by a number (v2, 第2版): a
    correction received after a final one corrects the final (the order of receipt across runs is real), while a
    numbered version may be a stale copy of one before it."""
    return FIRST < claim.level < FINAL and bool(_REVISED_NAME_RE.search(claim.said) or _REVISED_LINE_RE.search(claim.said))


def compare(a: Claim, b: Claim) -> int | None:
    """1 when ``a`` says it is later than ``b``, -1 when earlier, 0 when both say they are the final one, None when
    their words do not tell (then time decides)."""
    if a.level != b.level:
        return 1 if a.level > b.level else -1
    if a.level >= FINAL:
        return 0
    if a.day and b.day and a.day != b.day:
        return 1 if a.day > b.day else -1
    return None


def rank_key(claims: Sequence[Claim]) -> list[tuple[int, tuple[int, int], int]]:
    """Sort keys for a batch's files of one form + sender + period given in time order: the latest sorts last.

    By level; within a level by the day in the names when every file of that level has one (else a file without
    a day could sit anywhere); then the time order they came in."""
    dated = {c.level for c in claims} - {c.level for c in claims if c.day is None}
    return [(c.level, c.day if c.level in dated and c.day else (0, 0), i) for i, c in enumerate(claims)]


@dataclass(frozen=True)
class Current:
    """The version that counts now for a form + sender + period: its file, time and claim, and whether it was
    received in an earlier run (not earlier in this batch)."""

    file: str
    mtime: dt.datetime | None
    claim: Claim
    earlier_run: bool = True


def judge(claim: Claim, file: str, mtime: dt.datetime, current: Current, differs: bool = True) -> list[Problem]:
    """What the clerk is told about a file that would replace ``current``.

    - it says it is earlier than the current one (最初版 after 修订版, v1 after v3, 0702 after 0705): an error
      that sets it aside, the current one stands;
    - both say they are the final one: a warning asking which — the later received stands, as without words;
    - it says it is later though its time is older than the current one's: a warning that the words won;
    - neither says, both came in this batch with the same time stamp (a USB stick's copy, a chat app's download
      of two attachments) and their figures differ (``differs``): a warning naming both and which stands — the
      later by name (a copy ``东镇(1).xlsx`` after ``东镇.xlsx``, beizeng.intake.inbox.copy_rank).

    A 报送平台 upload (safe_io.uploaded) after a version received in an earlier run is the later one whatever the
    words: said in a note when the words said otherwise."""
    said = compare(claim, current.claim)
    theirs = current.claim.words() or "没有写明是第几版"
    if uploaded(file) and current.earlier_run:
        if said in (-1, 0):
            return [Problem("info", UPLOADED_LATER,
                            f"「{current.file}」{theirs}，但「{file}」是在它之后上传的：以后上传的「{file}」为准，"
                            f"替换「{current.file}」",
                            f"如果应以「{current.file}」为准，请重新上传它", file=file)]
        return []
    if said == -1 and current.earlier_run and current.claim.level >= FINAL and _a_correction(claim):
        return [Problem("warning", AFTER_FINAL,
                        f"「{current.file}」{theirs}，「{file}」{claim.words()}，是在它之后的一次运行收到的：更正是对已报的"
                        f"最终版的更正，以「{file}」为准，替换「{current.file}」",
                        f"如果应以「{current.file}」为准，请打开它另存为文件名注明“最终版2”的新文件后重新报送", file=file)]
    if said == -1:
        later = f"“最终版{max(current.claim.level - FINAL + 1, 2)}”" if current.claim.level >= FINAL else \
            f"“更正版”或“第N版”（大于「{current.file}」的）"
        return [Problem("error", OLDER_VERSION,
                        f"「{file}」{claim.words() or '没有写明是第几版'}，而已收到的「{current.file}」{theirs}：按文件写明的先后，"
                        f"「{file}」是较早的版本，没有入库，仍以「{current.file}」为准",
                        f"如果本文件才是最新的，请在文件名中注明{later}后重新报送；"
                        "否则不必处理", file=file)]
    if said == 0:
        return [Problem("warning", TWO_FINALS,
                        f"「{file}」和「{current.file}」都写明是最终版（{claim.words()}；{theirs}），无法从文件判断以哪一份为准："
                        f"现按收到的先后以「{file}」为准，替换「{current.file}」",
                        f"请确认哪一份是最终版；如果应以「{current.file}」为准，请打开它另存为文件名注明“最终版2”的新文件后重新报送",
                        file=file)]
    if said is None and differs and not current.earlier_run and current.mtime == mtime:
        return [Problem("warning", SAME_TIME,
                        f"同一期收到「{current.file}」和「{file}」两份文件，修改时间相同（{mtime:%m-%d %H:%M:%S}），"
                        f"文件中也没有写明哪一份是更正后的，而数据不同：现以「{file}」为准（文件名带“(1)”“副本”等的"
                        f"作为后来的副本），「{current.file}」作为较早的版本被替换",
                        f"请核对这份数据；如果应以「{current.file}」为准，请在它的文件名中注明“更正版”后重新报送",
                        file=file)]
    if said == 1 and current.mtime is not None and mtime < current.mtime:
        return [Problem("warning", WORDS_OVER_TIME,
                        f"「{file}」{claim.words()}，比「{current.file}」（{theirs}）晚：虽然它的修改时间"
                        f"（{mtime:%m-%d %H:%M}）早于「{current.file}」的（{current.mtime:%m-%d %H:%M}），仍以「{file}」为准，"
                        f"「{current.file}」作为较早的版本被替换",
                        f"如果应以「{current.file}」为准，请打开它另存为文件名注明“第N版”（大于本文件的）的新文件后重新报送",
                        file=file)]
    return []
