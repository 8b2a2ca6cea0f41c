"""beizeng.toml: the county, its senders, the city's counties and the rules a county may choose.

Everything a county differs in lives here, so the code carries no county's names.  The file is
found at ``$BEIZENG_CONFIG``, else in the working folder or the nearest one above it; paths in it are relative to the file.  A
mistake in it stops every command with one Chinese sentence naming the key and what it accepts
(exit code 2), because a half-understood configuration would produce wrong figures silently.
This module imports nothing heavy: every command, including the instant read-only ones, loads it.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beizeng.base.names import department_names

CONFIG_NAME = "beizeng.toml"
TIME_PROGRESS = ("linear", "quarterly", "target_split")
SECTIONS = ("county", "city", "townships", "departments", "rules", "schedule", "paths", "backups", "backups_keep")
SENDER_KEYS = ("name", "code", "aliases", "merged_from", "since", "contact", "phone", "forms")
#: A month as beizeng.toml writes ``since`` (2026-04).
_MONTH_RE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


class ConfigError(Exception):
    """A configuration problem, worded for the person who edits beizeng.toml."""


@dataclass(frozen=True)
class Sender:
    name: str
    kind: str  # "township" | "department"
    code: str = ""
    aliases: tuple[str, ...] = ()
    contact: str = ""
    phone: str = ""
    #: The forms it sends; None when beizeng.toml does not say (its kind decides), () when it says none.
    forms: tuple[str, ...] | None = None
    #: The former units merged into it (东镇 and 北镇 of 东北镇): also its names; a return sent under one of them is
    #: that part's (versions per form, part and period), the parts of a period adding up to the unit.
    merged_from: tuple[str, ...] = ()
    #: The first month it owes returns (a 街道 or 开发区 set up in April 2026: "2026-04"); None: always.
    since: str | None = None
    #: On an identified return's sender only: the unit a part (a name of ``merged_from``) belongs to now.
    part_of: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *self.aliases, *self.merged_from)))

    def owes_in(self, period: str) -> bool:
        """Whether the unit existed in ``period`` (YYYY-MM, or a year: owed in that year when it existed by its end):
        no return is owed before ``since``."""
        return self.since is None or (period >= self.since if len(period) == 7 else period >= self.since[:4])

    def named_as(self, texts: Iterable[str]) -> str | None:
        """Which of the unit's names a return is sent under: the first of ``texts`` (填报单位 first, then the title,
        the sheet's and the file's names) naming the unit by exactly one of its names — a name inside a longer one
        found there does not count (北镇 in 东北镇).  None when none names it, or one names it twice over."""
        for text in texts:
            t = re.sub(r"\s", "", text)
            found = [n for n in self.names if n and n in t]
            found = [n for n in found if not any(n != m and n in m for m in found)]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def as_part(self, texts: Iterable[str]) -> Sender:
        """The sender a return of a merged unit counts under (the one rule of ``merged_from``): the part whose name
        the return is sent under (``named_as``), the unit itself otherwise (a return under its name now is the
        whole unit's, and replaces its parts' returns of that period: view submission_versions)."""
        part = self.named_as(texts) if self.merged_from else None
        if part is None or part not in self.merged_from:
            return self
        return dataclasses.replace(self, name=part, aliases=(), merged_from=(), part_of=self.name)

    def named_with(self, words: Iterable[str]) -> bool:
        """Whether one of the sender's names holds one of ``words`` (自然资源局 holds 自然资源): the unit a kind of
        row belongs to (``FormSpec.sent_by_kind``)."""
        return any(w in n for n in self.names for w in words)


def _note(text: str) -> dict[str, str]:
    """The Chinese explanation of a setting, written next to it by `beizeng init` and the demo."""
    return {"zh": text}


@dataclass(frozen=True)
class Rules:
    #: 序时进度: "linear" = target × N/12; "quarterly" = target × the county's cumulative quarterly
    #: shares (``quarter_shares``), interpolated inside a quarter; "target_split" = each target's own split.
    time_progress: str = field(default="linear", metadata=_note(
        '序时进度："linear" 按 目标×N/12；"quarterly" 按 quarter_shares 的季度累计比例；"target_split" 按目标任务自带的季度分解'))
    #: Cumulative share (%) of a year's target due by the end of Q1–Q4, under time_progress = "quarterly".
    quarter_shares: tuple[float, ...] = field(default=(25.0, 50.0, 75.0, 100.0), metadata=_note(
        'time_progress = "quarterly" 时，各季度末应完成年度目标的累计百分比'))
    #: 纳统率 denominator: "key" = all key projects, "started" = started key projects.
    in_stats_denominator: str = field(default="key", metadata=_note(
        '纳统率分母："key" 全部重点项目；"started" 已开工重点项目'))
    #: 排名 basis per indicator family: "growth" (rate, highest first) or "size" (amount).
    rank_basis: dict[str, str] = field(
        default_factory=lambda: {"output": "growth", "va": "growth", "fai": "growth", "tech": "growth"},
        metadata=_note('排名依据：每类指标 "growth"（按增速）或 "size"（按总量）'))
    #: Projects counted in 固定资产投资: total investment at least this many 万元.
    fai_min_total_investment: float = field(default=500.0, metadata=_note("计入固定资产投资的项目计划总投资下限（万元）"))
    #: Day of the following month by which returns are due; the monthly run starts the day after.
    deadline_day: int = field(default=8, metadata=_note("报送截止日（次月几日，1–27）；月度流程在次日自动运行"))
    #: Warn when a return's 合计 row differs from the sum of its rows by more than this (in its unit).
    total_tolerance: float = field(default=0.5, metadata=_note("合计行与各行之和允许的差额（按报表单位）"))
    #: Cross-checks: relative gap (%) beyond which figures disagree.
    crosscheck_pct: float = field(default=0.5, metadata=_note("交叉核对允许的相对差（%）"))
    #: 工业固投 / 技改 growth: the bureau's (city comparison) is official; warn when the ledgers' differs by more.
    growth_crosscheck_pp: float = field(default=2.0, metadata=_note(
        "工业固投、技改投资增速：统计局（全市对比表）与按项目台账计算的相差超过此百分点数时提醒（报告采用统计局的）"))
    #: Warn when a figure's YoY is beyond ±this many %.
    yoy_warn_pct: float = field(default=50.0, metadata=_note("同比超过 ±此值（%）时提醒"))
    #: A return for a period more than this many years before the current month is refused unless
    #: the run is given --allow-old (a 2016 return loaded without remark once; history is loaded on purpose).
    history_years: int = field(default=5, metadata=_note("只接收近几年的报表；更早的期间须加 --allow-old 才入库"))


@dataclass(frozen=True)
class Schedule:
    """When things run by themselves (`beizeng serve`, prefect.yaml)."""

    #: Time zone of the cron schedules (the county's clock, not the server's UTC).
    timezone: str = field(default="Asia/Shanghai", metadata=_note("定时任务所用时区"))
    #: Hour of the day (0–23) at which the monthly run starts, the day after the deadline.
    monthly_hour: int = field(default=7, metadata=_note("月度流程在截止日次日的几点运行（0–23）"))
    #: How often the inbox is looked at, in seconds (a listing and a stat per file: cheap).
    inbox_poll_seconds: float = field(default=0.5, metadata=_note("收件箱检查间隔（秒）"))
    #: A file is picked up once its size and time stamp have not changed for this many seconds (and it opens
    #: as a whole workbook, no ~$ owner beside it: beizeng.intake.inbox.waiting_reason), so a short wait is safe.
    inbox_stable_seconds: float = field(default=0.5, metadata=_note("文件大小和修改时间保持不变多少秒后才处理（另须能作为完整工作簿打开、未在 Excel 中打开）"))
    #: A file still incomplete (open in Excel, cut short) after this many minutes gets one line in 处理结果 saying so.
    inbox_incomplete_minutes: float = field(default=10.0, metadata=_note("文件超过多少分钟仍不完整（仍在 Excel 中打开或复制中断）时在处理结果中提示一次（文件仍留在收件箱）"))
    #: How long a run waits for another run's writer lock before giving up.
    lock_wait_seconds: float = field(default=1800.0, metadata=_note("自动运行时等待另一运行结束的最长秒数"))
    #: The inbox watcher runs one slot at a time and hands over to the next slot's run at its boundary.
    watch_slot_minutes: int = field(default=60, metadata=_note("收件箱监视每轮多少分钟后交给下一轮（能整除60的分钟数，默认60即整点交接）"))


@dataclass(frozen=True)
class Backups:
    """Which backups of the warehouse are kept, by age (beizeng.store.session.prune_backups): a bad load found
    weeks later can still be undone, and a day of small batches never pushes out last month's state."""

    #: Every backup younger than this many hours is kept (every run of the day).
    all_hours: int = field(default=24, metadata=_note("最近多少小时内的备份全部保留（每次运行一份）"))
    #: Then the newest backup of each day, for this many days.
    daily_days: int = field(default=30, metadata=_note("此后每天保留一份（当天最后一份），保留多少天"))
    #: Then the newest backup of each month, for this many months.
    monthly_months: int = field(default=12, metadata=_note("此后每月保留一份（当月最后一份），保留多少个月"))


@dataclass(frozen=True)
class Config:
    root: Path
    county: str
    county_code: str
    city: str
    city_counties: tuple[str, ...]
    townships: tuple[Sender, ...]
    departments: tuple[Sender, ...]
    rules: Rules
    inbox: Path
    warehouse: Path
    #: The old setting: keep only the newest N backups (kept working; `beizeng restore --list` says how to
    #: move to the tiers of [backups]).  None: the tiers decide.
    backups_keep: int | None = None
    schedule: Schedule = field(default_factory=Schedule)
    backup_tiers: Backups = field(default_factory=Backups)
    #: What was read with a remark (a form named by its title in ``forms``): said by every command, never an error.
    notes: tuple[str, ...] = ()

    @property
    def senders(self) -> tuple[Sender, ...]:
        return (*self.townships, *self.departments)

    @property
    def db_path(self) -> Path:
        """The analysts' copy, published atomically after each run (the pipeline writes work/beizeng.duckdb)."""
        return self.warehouse / "beizeng.duckdb"

    @property
    def archive(self) -> Path:
        return self.warehouse / "archive"

    @property
    def backups(self) -> Path:
        """Copies of the working database taken before each writing run (`beizeng restore`)."""
        return self.warehouse / "backups"

    @property
    def rejected(self) -> Path:
        return self.inbox / "rejected"

    @property
    def receipts(self) -> Path:
        """Where the inbox watcher writes, day by day, what became of each file dropped (for the clerk)."""
        return self.inbox / "处理结果"

    @property
    def out(self) -> Path:
        return self.warehouse / "out"

    @property
    def monthly_cron(self) -> str:
        """The monthly run: the day after the reporting deadline, at the configured hour."""
        return f"0 {self.schedule.monthly_hour} {self.rules.deadline_day + 1} * *"

    @property
    def watch_cron(self) -> str:
        """The inbox watcher's schedule: one run per slot, starting at the slot's boundary."""
        minutes = self.schedule.watch_slot_minutes
        return "0 * * * *" if minutes == 60 else ("* * * * *" if minutes == 1 else f"*/{minutes} * * * *")

    def sender(self, name: str) -> Sender | None:
        for s in self.senders:
            if name in s.names:
                return s
        return None

    def name_now(self, name: str) -> str:
        """The sender's name as beizeng.toml names it now: a former name kept as an alias after a rename (东镇 of
        东城镇) is the name now; any other name is itself (the Python twin of SQL macro as_now)."""
        known = self.sender(name)
        return known.name if known is not None else name

    def township(self, name: str) -> Sender | None:
        for s in self.townships:
            if name in s.names:
                return s
        return None


def config_path(start: Path | None = None) -> Path:
    """``$BEIZENG_CONFIG``, else the nearest ``beizeng.toml`` in this folder or one above it (as git finds
    its repository), so ``beizeng status`` works from ``warehouse/out/`` too; else ``./beizeng.toml``."""
    env = os.environ.get("BEIZENG_CONFIG")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
    return here / CONFIG_NAME


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    if not path.exists():
        if os.environ.get("BEIZENG_CONFIG"):
            raise ConfigError(f"找不到配置文件 {path}（环境变量 BEIZENG_CONFIG 指向它）。"
                              "请改正 BEIZENG_CONFIG，或取消它后在县的文件夹里运行。")
        raise ConfigError(f"在 {path.parent} 及其上级文件夹中都找不到配置文件 {CONFIG_NAME}。"
                          "请到县的文件夹（放 beizeng.toml 的那个）里运行，或设置环境变量 "
                          "BEIZENG_CONFIG=/那个文件夹/beizeng.toml；还没有配置时，在县的文件夹里运行 `beizeng init` 生成。")
    data = read_toml(path, "配置文件")
    try:
        return parse_config(data, path.parent)
    except ConfigError as exc:
        raise ConfigError(f"配置文件 {path}：{exc}") from None


# ---------------------------------------------------------------------------------------------
# Reading a TOML file a person edits by hand (beizeng.toml, 表头对照.toml) in Notepad or WPS
# ---------------------------------------------------------------------------------------------

#: tomllib's English, said in Chinese (the start of its message → what it means and what to do).
_TOML_ZH = (
    ("Expected '=' after a key", "键的后面应是英文等号 =（如 name = \"西镇\"）"),
    ("Invalid value", "值的写法不对：文字要用英文双引号括起来（\"西镇\"），数字不加引号，列表写成 [\"甲\", \"乙\"]"),
    ("Unclosed array", "列表没有正确结束：各项之间用英文逗号 , 隔开，最后以英文 ] 结束"),
    ("Unclosed inline table", "{ … } 没有正确结束：各项之间用英文逗号 , 隔开，最后以 } 结束"),
    ("Unterminated string", "引号没有配对：文字两边都要有英文双引号 \""),
    ("Invalid statement", "这一行既不是“键 = 值”，也不是 [小节] 标题"),
    ("Invalid initial character for a key part", "键（等号左边的名字）写法不对"),
    ("Expected newline or end of document", "一行只能写一项设置，值后面多了内容（说明请写在 # 之后）"),
    ("Expected ']' at the end of a table declaration", "小节标题应以英文 ] 结束，如 [county]"),
    ("Expected ']]' at the end of an array declaration", "小节标题应以英文 ]] 结束，如 [[townships]]"),
    ("Cannot overwrite a value", "同一个设置写了两次"),
    ("Cannot declare", "同一个小节写了两次"),
    ("Duplicate inline table key", "同一个设置写了两次"),
    ("Cannot redefine namespace", "小节与已有设置重名"),
    ("Cannot mutate immutable namespace", "小节与已有设置重名"),
    ("Unescaped '\\' in a string", "文字中的反斜杠 \\ 要写成两个 \\\\（路径也可改用 /）"),
    ("Invalid date or datetime", "日期写法不对，如 2026-06-30"),
    ("Illegal character", "文字中有不可见的控制字符，请删掉后重新输入"),
    ("Found invalid character", "有无法识别的字符"),
)
#: Full-width (Chinese input) punctuation → the ASCII character TOML needs.
_FULL_WIDTH = {"＝": "=", "“": "\"", "”": "\"", "‘": "'", "’": "'", "，": ",", "［": "[", "］": "]", "【": "[", "】": "]",
               "｛": "{", "｝": "}", "：": "=", "＃": "#"}
_AT_RE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")
_KEY_LINE = re.compile(r'^\s*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_\-]+)\s*=')


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file a person edits by hand, or a ConfigError in Chinese naming ``what`` (配置文件, 表头对照文件),
    the file, the line with its text and the fix: tomllib's English never reaches a statistician.  Notepad's
    UTF-8 BOM is nothing; a file saved as GBK/ANSI (the Windows default) is named with how to save it as UTF-8.
    One reader for beizeng.toml and 表头对照.toml."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{what} {path} 无法读取（{exc.strerror or exc}）。请检查文件是否存在、是否有读取权限。") from None
    text: str | None = None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's 另存为 → Unicode (UTF-16): unambiguous
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            try:
                raw.decode("gb18030")
            except UnicodeDecodeError:
                saved = "不是 UTF-8 编码"
            else:
                saved = "是按 GBK（ANSI）编码保存的，不是 UTF-8"
            raise ConfigError(f"{what} {path} {saved}（第{line}行起无法按 UTF-8 读取），中文会读错。"
                              "请用记事本打开它，点“文件 → 另存为”，在“编码”中选 UTF-8 后保存（WPS：另存为时选 UTF-8）。"
                              ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_error(path, what, text, str(exc))) from None


def _toml_error(path: Path, what: str, text: str, message: str) -> str:
    m = _AT_RE.search(message)
    english = message[:m.start()] if m else message
    meaning = next((zh for en, zh in _TOML_ZH if english.startswith(en)), "写法不符合格式")
    lines = text.splitlines()
    line = int(m.group(1)) if m and m.group(1) else _repeated_key_line(lines) if "overwrite" in english else None
    where = f"第{line}行" if line else "文件末尾"
    if m and m.group(2):
        where += f"第{m.group(2)}个字符处"
    said = f"{what} {path} {where}格式错误：{meaning}。"
    if line and 0 < line <= len(lines):
        shown = lines[line - 1].strip()
        said += f"该行是：{shown}。"
        bare = re.sub(r'"(?:[^"\\]|\\.)*"', "", shown).split("#")[0]  # not what is inside "…": 文字 may hold ，
        wide = sorted({c for c in bare if c in _FULL_WIDTH}, key=bare.index)
        if wide:
            said += ("该行有中文（全角）符号：" + "、".join(f"{c} 应改为英文的 {_FULL_WIDTH[c]}" for c in wide)
                     + "（切换到英文输入法后输入）。")
    return said + "请改正后重新运行。"


def _repeated_key_line(lines: list[str]) -> int | None:
    """The line of the first key written twice in one section (tomllib says only "at end of document")."""
    seen: set[tuple[str, str]] = set()
    section = ""
    for i, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            section = f"{i}{stripped}"  # every header opens a new table ([[townships]] too)
            continue
        m = _KEY_LINE.match(line)
        if m:
            key = (section, m.group(1).strip('"'))
            if key in seen:
                return i
            seen.add(key)
    return None


def _req(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d or d[key] in ("", None):
        raise ConfigError(f"配置文件缺少 [{where}] {key}。")
    return d[key]


_TYPE_ZH = {bool: "true/false", int: "整数", float: "数字", str: "文字（加引号）", dict: "表（{ … }）",
            tuple: "列表（[ … ]）", list: "列表（[ … ]）"}


def _typed(section: str, cls: type[Any], values: dict[str, Any]) -> Any:
    """Build a settings dataclass, refusing unknown keys and values of the wrong type by name."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(values) - set(fields)
    if unknown:
        raise ConfigError(f"[{section}] 中有未知设置：{', '.join(sorted(unknown))}；可用：{', '.join(fields)}")
    out: dict[str, Any] = {}
    for key, value in values.items():
        default = getattr(cls(), key)
        want = type(default)
        ok = (isinstance(value, want) and not (want is int and isinstance(value, bool))) or (
            want is float and isinstance(value, int) and not isinstance(value, bool)) or (
            want is tuple and isinstance(value, list))
        if not ok:
            raise ConfigError(f"[{section}] {key} 应为{_TYPE_ZH.get(want, want.__name__)}，"
                              f"现在是 {value!r}。")
        if want is float:
            value = float(value)
        if want is tuple:
            value = tuple(value)
        out[key] = value
    return cls(**out)


def _rules(values: dict[str, Any]) -> Rules:
    rules: Rules = _typed("rules", Rules, values)
    if rules.time_progress not in TIME_PROGRESS:
        raise ConfigError('[rules] time_progress 只能是 "linear"（N/12）、"quarterly"（按 quarter_shares 季度比例）'
                          '或 "target_split"（按目标任务自带的季度分解）。')
    shares = rules.quarter_shares
    if (len(shares) != 4 or not all(isinstance(s, int | float) and not isinstance(s, bool) for s in shares)
            or list(shares) != sorted(shares) or shares[0] <= 0 or shares[3] != 100):
        raise ConfigError("[rules] quarter_shares 应为4个递增的累计百分比，最后一个为 100，如 [20, 45, 75, 100]。")
    if rules.in_stats_denominator not in ("key", "started"):
        raise ConfigError("[rules] in_stats_denominator 只能是 \"key\"（全部重点项目）或 \"started\"（已开工项目）。")
    bad = {k: v for k, v in rules.rank_basis.items() if v not in ("growth", "size")}
    if bad:
        raise ConfigError(f"[rules] rank_basis 的取值只能是 growth 或 size：{bad}")
    if not 1 <= rules.deadline_day <= 27:
        # the monthly run starts the next day, which must exist in every month (February has 28)
        raise ConfigError("[rules] deadline_day 应在 1–27 之间（月度流程在截止日次日运行，该日须每月都有）。")
    if rules.history_years < 1:
        raise ConfigError("[rules] history_years 应为正整数（只接收近几年的报表），如 5。")
    if rules.fai_min_total_investment < 0:
        raise ConfigError("[rules] fai_min_total_investment 不能为负数。")
    return Rules(**{**dataclasses.asdict(rules), "quarter_shares": tuple(float(s) for s in shares)})


def _schedule(values: dict[str, Any]) -> Schedule:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    schedule: Schedule = _typed("schedule", Schedule, values)
    try:
        ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[schedule] timezone 不是有效的时区名称：{schedule.timezone!r}（如 \"Asia/Shanghai\"）。") from None
    if not 0 <= schedule.monthly_hour <= 23:
        raise ConfigError("[schedule] monthly_hour 应在 0–23 之间。")
    if schedule.inbox_poll_seconds <= 0 or schedule.inbox_stable_seconds < 0 or schedule.lock_wait_seconds < 0:
        raise ConfigError("[schedule] inbox_poll_seconds 须大于 0，inbox_stable_seconds 和 lock_wait_seconds 不能为负。")
    if schedule.inbox_incomplete_minutes <= 0:
        raise ConfigError("[schedule] inbox_incomplete_minutes 须大于 0。")
    if schedule.watch_slot_minutes < 1 or 60 % schedule.watch_slot_minutes:
        raise ConfigError("[schedule] watch_slot_minutes 应为能整除 60 的分钟数（1、2、3、4、5、6、10、12、15、20、30 或 60）。")
    return schedule


def _text(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ConfigError(f"{where} 应为文字，现在是 {value!r}。")
    return str(value)


def _backups(values: dict[str, Any]) -> Backups:
    tiers: Backups = _typed("backups", Backups, values)
    if tiers.all_hours < 1 or tiers.daily_days < 0 or tiers.monthly_months < 0:
        raise ConfigError("[backups] all_hours 应为正整数，daily_days 和 monthly_months 不能为负（0 表示不按天/按月保留）。")
    return tiers


def _senders(items: Any, kind: str) -> tuple[Sender, ...]:
    label = {"township": "townships", "department": "departments"}[kind]
    if not isinstance(items, list) or not all(isinstance(t, dict) for t in items):
        raise ConfigError(f"[[{label}]] 应写成多个 [[{label}]] 小节，每节一个单位。")
    out = []
    for i, t in enumerate(items):
        where = f"[[{label}]] 第{i + 1}项"
        unknown = set(t) - set(SENDER_KEYS)
        if unknown:
            raise ConfigError(f"{where} 中有未知设置：{', '.join(sorted(unknown))}；可用：{', '.join(SENDER_KEYS)}")
        for key in ("aliases", "forms", "merged_from"):
            if not isinstance(t.get(key, []), list):
                raise ConfigError(f"{where} {key} 应为列表，如 [\"甲\", \"乙\"]。")
        # a space typed around a name in Notepad is no part of it (“西镇 ” is 西镇: returns say 西镇)
        name = _text(_req(t, "name", where), f"{where} name").strip()
        if not name:
            raise ConfigError(f"{where} name 不能是空白。")
        out.append(
            Sender(
                name=name,
                kind=kind,
                code=_text(t.get("code", ""), f"{where} code").strip(),
                aliases=tuple(a for a in (_text(a, f"{where} aliases").strip() for a in t.get("aliases", ())) if a),
                contact=_text(t.get("contact", ""), f"{where} contact"),
                phone=_text(t.get("phone", ""), f"{where} phone"),
                forms=tuple(_text(f, f"{where} forms").strip() for f in t["forms"]) if "forms" in t else None,
                merged_from=tuple(a for a in (_text(a, f"{where} merged_from").strip()
                                              for a in t.get("merged_from", ())) if a and a != name),
                since=_since(t.get("since"), f"{where}（{name}） since"),
            )
        )
    return tuple(out)


def _since(value: Any, where: str) -> str | None:
    """``since`` as a month YYYY-MM: "2026-04", or a date TOML reads unquoted (2026-04-01) taken as its month."""
    import datetime as dt

    if value is None:
        return None
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str) and _MONTH_RE.fullmatch(value.strip()):
        return value.strip()
    raise ConfigError(f"{where} 应为设立的年月，如 since = \"2026-04\"（加英文双引号），现在是 {value!r}。")


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] 应是一个小节（[{key}] 下写 键 = 值），现在是 {value!r}。")
    return value


def parse_config(data: dict[str, Any], root: Path) -> Config:
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ConfigError(f"配置文件中有未知的小节或设置：{', '.join(sorted(unknown))}；可用：{', '.join(SECTIONS)}")
    county = _req(data, "county", "county")
    if not isinstance(county, dict):
        raise ConfigError("[county] 应是一个小节，包含 name（县名）和 code（6位行政区划代码）。")
    rules = _rules(_table(data, "rules"))
    schedule = _schedule(_table(data, "schedule"))
    townships = _senders(data.get("townships", []), "township")
    if not townships:
        raise ConfigError("配置文件至少需要一个 [[townships]]。")
    departments = _senders(data.get("departments", []), "department")
    notes: list[str] = []
    townships, departments = _known_forms(townships, "townships", notes), _known_forms(departments, "departments", notes)
    names = [n for s in (*townships, *departments) for n in s.names]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        former = [n for n in dupes if any(n in s.merged_from for s in (*townships, *departments))]
        raise ConfigError(f"乡镇/部门名称或别名重复：{', '.join(dupes)}" + (
            f"（{'、'.join(former)}已写进另一单位的 merged_from：合并后请删去它自己的那一节）" if former else ""))
    paths = _table(data, "paths")
    unknown_paths = set(paths) - {"inbox", "warehouse"}
    if unknown_paths:
        raise ConfigError(f"[paths] 中有未知设置：{', '.join(sorted(unknown_paths))}；可用：inbox, warehouse")
    city = _table(data, "city")
    counties = city.get("counties", ())
    if not isinstance(counties, list | tuple):
        raise ConfigError("[city] counties 应为列表，如 [\"甲县\", \"乙县\"]。")
    counties = tuple(_text(c, "[city] counties").strip() for c in counties)
    name = _text(_req(county, "name", "county"), "[county] name").strip()
    if counties and name not in counties:
        raise ConfigError(f"[city] counties 应包含本县“{name}”。")
    taken = set(names)  # a department's name with or without the county in front is the same department
    departments = tuple(dataclasses.replace(d, aliases=(*d.aliases, *(n for n in department_names(d.name, name)
                                                                      if n not in taken)))
                        for d in departments)
    code = _text(county.get("code", ""), "[county] code")
    if code and not re.fullmatch(r"\d{6}", code):
        raise ConfigError(f"[county] code 应为6位行政区划代码（GB/T 2260），如 \"610525\"，现在是 {code!r}。")
    keep = data.get("backups_keep")
    if keep is not None and (isinstance(keep, bool) or not isinstance(keep, int) or keep < 1):
        raise ConfigError(f"backups_keep 应为正整数（保留最近几份备份），现在是 {keep!r}。")
    tiers = _backups(_table(data, "backups"))
    if keep is not None and "backups" in data:
        raise ConfigError("backups_keep（只保留最近几份）和 [backups]（按时间分层保留）只能写一个："
                          "请删除 backups_keep 这一行，备份将按 [backups] 保留。")
    inbox = (root / _text(paths.get("inbox", "inbox"), "[paths] inbox")).resolve()
    warehouse = (root / _text(paths.get("warehouse", "warehouse"), "[paths] warehouse")).resolve()
    if inbox == warehouse:
        raise ConfigError("[paths] inbox 和 warehouse 不能是同一个文件夹。")
    return Config(
        root=root,
        county=name,
        county_code=code,
        city=_text(city.get("name", ""), "[city] name"),
        city_counties=counties,
        townships=townships,
        departments=departments,
        rules=rules,
        inbox=inbox,
        warehouse=warehouse,
        backups_keep=keep,
        schedule=schedule,
        backup_tiers=tiers,
        notes=tuple(notes),
    )


def _form_codes() -> frozenset[str]:
    """The form codes, from the schema modules' names (each ``schemas/<code>.py``): cheap, no schema imported."""
    import pkgutil

    import schemas

    return frozenset(m.name for m in pkgutil.iter_modules(schemas.__path__) if not m.name.startswith("_"))


def _known_forms(senders: tuple[Sender, ...], label: str, notes: list[str]) -> tuple[Sender, ...]:
    """Each sender's ``forms`` as form codes: a form's Chinese title or title keyword (unique) is taken with a note;
    anything else is refused naming the sender, the entry and the codes — a misspelt code would otherwise make the
    sender owe nothing and its returns be refused as sent by the wrong unit."""
    codes = _form_codes()
    out = []
    for s in senders:
        if s.forms is None or all(f in codes for f in s.forms):
            out.append(s)
            continue
        # only for a forms entry that is not a code: the schemas are heavy
        from beizeng.base.forms import all_forms

        forms = all_forms()
        fixed = []
        for f in s.forms:
            if f in forms:
                fixed.append(f)
                continue
            named = [c for c, spec in forms.items() if f in (spec.title, *spec.title_keywords) or f.lower() == c.lower()]
            if len(named) != 1:
                listed = "、".join(f"{c}（{spec.title}）" for c, spec in forms.items())
                raise ConfigError(f"[[{label}]] {s.name} 的 forms 中“{f}”不是报表代码。请改为以下代码之一："
                                  f"{listed}（代码要用英文，加英文双引号，如 forms = [\"{next(iter(forms))}\"]）。")
            fixed.append(named[0])
            notes.append(f"[[{label}]] {s.name} 的 forms 中“{f}”按报表代码 {named[0]}（{forms[named[0]].title}）读取；"
                         f"请在 beizeng.toml 中改写为 \"{named[0]}\"。")
        out.append(dataclasses.replace(s, forms=tuple(dict.fromkeys(fixed))))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# `beizeng init`: a starting file that documents every choice
# ---------------------------------------------------------------------------------------------

def toml_value(value: Any) -> str:
    """A TOML literal for the simple values a configuration holds."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    if isinstance(value, str | int | float):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(toml_value(v) for v in value) + "]"


def commented_defaults(cls: type[Any], section: str) -> list[str]:
    """A section with every setting commented out at its default and explained, so the file is its own manual."""
    lines = [f"[{section}]", "# 以下均为默认值；按本县口径修改时去掉行首的 # 号。"]
    defaults = cls()
    for f in dataclasses.fields(cls):
        note = f.metadata.get("zh", "")
        lines.append(f"# {f.name} = {toml_value(getattr(defaults, f.name))}" + (f"    # {note}" if note else ""))
    return lines


def init_config_text(county: str = "某某县", code: str = "", city: str = "某某市") -> str:
    """A valid beizeng.toml to edit: the county, example senders, every rule at its default."""
    lines = [
        "# beizeng 配置文件：本县的名称、填报单位、全市各县区和统计口径。",
        "# 修改后无需重启：每次运行都会重新读取。格式错误时所有命令都会停止并指出出错的设置。",
        "",
        "# 每次写入前备份数据仓库（beizeng restore 恢复；beizeng restore --list 列出），按时间分层保留：",
        *commented_defaults(Backups, "backups"),
        "",
        "[county]",
        f"name = {toml_value(county)}",
        f"code = {toml_value(code)}    # 6位行政区划代码（GB/T 2260），如 \"610525\"",
        "",
        "[city]",
        f"name = {toml_value(city)}",
        f"counties = {toml_value([county])}    # 全市各县区（含本县），与“全市各县区主要工业指标对比”表中的名称一致",
        "",
        "[paths]    # 相对于本文件所在文件夹",
        'inbox = "inbox"            # 各单位报表放入此文件夹，自动处理',
        'warehouse = "warehouse"    # 数据仓库、输出、归档和备份',
        "",
        *commented_defaults(Rules, "rules"),
        "",
        *commented_defaults(Schedule, "schedule"),
        "",
        "# 填报乡镇（街道、经开区）：每个一节。aliases 为报表中可能出现的其他写法。",
        "# 不写 forms 的报送全部乡镇报表；forms = [] 表示不报送任何报表（如没有工业的街道），不催报、不影响全县合计。",
        "# 区划调整时：改名的把旧名写进 aliases；几个乡镇合并为一个的，在新单位一节写 merged_from = [\"东镇\", \"北镇\"]",
        "# （删去旧单位各自的一节）：按旧名报来的表是那一部分的，各部分合计为新单位，按新名报的整表替换各部分；",
        "# 新设的街道、开发区写 since = \"2026-04\"（设立的年月）：此前不催报、不算缺报，上年同期写“新设，不可比”。",
        "[[townships]]",
        'name = "城关镇"',
        'code = ""         # 乡级区划代码（9位，可不填）',
        'aliases = ["城关镇人民政府"]',
        'contact = ""      # 联系人',
        'phone = ""',
        "",
        "# 填报部门：forms 为该部门报送的报表代码（见 `beizeng indicators` 的来源报表）。",
        "[[departments]]",
        'name = "统计局"',
        f'aliases = [{toml_value(county + "统计局")}]',
        'forms = ["enterprise_output", "city_comparison"]',
        'contact = ""',
        'phone = ""',
        "",
        "[[departments]]",
        'name = "工信局"',
        f'aliases = [{toml_value(county + "工信局")}]',
        'forms = ["targets"]',
        'contact = ""',
        'phone = ""',
        "",
    ]
    return "\n".join(lines)
