"""beizeng.toml: the county, its senders, the city's counties and the rules a county may choose.

Everything a county differs in lives here, so the code carries no county's names.  The file is
found at ``$BEIZENG_CONFIG`` or ``./beizeng.toml``; paths in it are relative to the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_NAME = "beizeng.toml"


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
    forms: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Rules:
    #: 序时进度: "linear" = target × N/12; "target_split" = the target's own quarterly split where given.
    time_progress: str = "linear"
    #: 纳统率 denominator: "key" = all key projects, "started" = started key projects.
    in_stats_denominator: str = "key"
    #: 排名 basis per indicator family: "growth" (rate, highest first) or "size" (amount).
    rank_basis: dict[str, str] = field(
        default_factory=lambda: {"output": "growth", "va": "growth", "fai": "growth", "tech": "growth"}
    )
    #: Projects counted in 固定资产投资: total investment at least this many 万元.
    fai_min_total_investment: float = 500.0
    #: Day of the following month by which returns are due.
    deadline_day: int = 8
    #: Warn when a return's 合计 row differs from the sum of its rows by more than this (in its unit).
    total_tolerance: float = 0.5
    #: Cross-checks: relative gap (%) beyond which figures disagree.
    crosscheck_pct: float = 0.5
    #: Warn when a figure's YoY is beyond ±this many %.
    yoy_warn_pct: float = 50.0


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
    backups_keep: int = 5

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
    def rejected(self) -> Path:
        return self.inbox / "rejected"

    @property
    def out(self) -> Path:
        return self.warehouse / "out"

    def sender(self, name: str) -> Sender | None:
        for s in self.senders:
            if name in s.names:
                return s
        return None

    def township(self, name: str) -> Sender | None:
        for s in self.townships:
            if name in s.names:
                return s
        return None


def config_path() -> Path:
    return Path(os.environ.get("BEIZENG_CONFIG", CONFIG_NAME)).resolve()


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    if not path.exists():
        raise ConfigError(f"找不到配置文件 {path}。请先运行 `beizeng init`（或 `beizeng demo`）生成。")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"配置文件 {path} 格式错误：{exc}") from None
    return parse_config(data, path.parent)


def _req(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d or d[key] in ("", None):
        raise ConfigError(f"配置文件缺少 [{where}] {key}。")
    return d[key]


def _senders(items: list[dict[str, Any]], kind: str) -> tuple[Sender, ...]:
    out = []
    for i, t in enumerate(items):
        out.append(
            Sender(
                name=_req(t, "name", f"{kind}s 第{i + 1}项"),
                kind=kind,
                code=str(t.get("code", "")),
                aliases=tuple(t.get("aliases", ())),
                contact=t.get("contact", ""),
                phone=str(t.get("phone", "")),
                forms=tuple(t.get("forms", ())),
            )
        )
    return tuple(out)


def parse_config(data: dict[str, Any], root: Path) -> Config:
    county = _req(data, "county", "county")
    rules_d = dict(data.get("rules", {}))
    known = set(Rules.__dataclass_fields__)
    unknown = set(rules_d) - known
    if unknown:
        raise ConfigError(f"[rules] 中有未知设置：{', '.join(sorted(unknown))}；可用：{', '.join(sorted(known))}")
    rules = Rules(**rules_d)
    if rules.time_progress not in ("linear", "target_split"):
        raise ConfigError("[rules] time_progress 只能是 \"linear\"（N/12）或 \"target_split\"（按目标的季度分解）。")
    if rules.in_stats_denominator not in ("key", "started"):
        raise ConfigError("[rules] in_stats_denominator 只能是 \"key\"（全部重点项目）或 \"started\"（已开工项目）。")
    bad = {k: v for k, v in rules.rank_basis.items() if v not in ("growth", "size")}
    if bad:
        raise ConfigError(f"[rules] rank_basis 的取值只能是 growth 或 size：{bad}")
    if not 1 <= rules.deadline_day <= 28:
        raise ConfigError("[rules] deadline_day 应在 1–28 之间。")
    townships = _senders(data.get("townships", []), "township")
    if not townships:
        raise ConfigError("配置文件至少需要一个 [[townships]]。")
    departments = _senders(data.get("departments", []), "department")
    names = [n for s in (*townships, *departments) for n in s.names]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"乡镇/部门名称或别名重复：{', '.join(dupes)}")
    paths = data.get("paths", {})
    city = data.get("city", {})
    counties = tuple(city.get("counties", ()))
    name = _req(county, "name", "county")
    if counties and name not in counties:
        raise ConfigError(f"[city] counties 应包含本县“{name}”。")
    return Config(
        root=root,
        county=name,
        county_code=str(county.get("code", "")),
        city=city.get("name", ""),
        city_counties=counties,
        townships=townships,
        departments=departments,
        rules=rules,
        inbox=(root / paths.get("inbox", "inbox")).resolve(),
        warehouse=(root / paths.get("warehouse", "warehouse")).resolve(),
        backups_keep=int(data.get("backups_keep", 5)),
    )
