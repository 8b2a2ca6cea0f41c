"""Backups that reach back: kept by age (every run of the last day, one a day for a month, one a month
for a year), none for a run that changed nothing, and `restore --list` saying what each one holds.

Ages are faked by name (a backup's time is its name's stamp) and by the ``now`` the pruning is given;
the backups are real DuckDB files.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, ConfigError, load_config
from beizeng.cli.main import app
from beizeng.intake.watch import process
from beizeng.store.session import (
    backup,
    backup_holds,
    kept_reasons,
    list_backups,
    prune_backups,
    restore,
    work_db,
)
from tests.county import write_config
from tests.scenarios import ent_2026_06, enterprise_output

runner = CliRunner()
NOW = dt.datetime(2026, 7, 20, 9, 30)


def county(tmp_path: Path, extra: str = "") -> Config:
    cfg = load_config(write_config(tmp_path / "county", extra=extra))
    cfg.inbox.mkdir(parents=True)
    return cfg


def fake_backups(cfg: Config, times: list[dt.datetime], label: str = "") -> list[Path]:
    """Real (tiny) DuckDB files named as backups taken at ``times``."""
    model = cfg.root / "model.duckdb"
    if not model.exists():
        con = duckdb.connect(str(model))
        con.execute("create table t (x integer)")
        con.close()
    cfg.backups.mkdir(parents=True, exist_ok=True)
    out = []
    for t in times:
        path = cfg.backups / f"{t:%Y%m%d-%H%M%S}-000{'-' + label if label else ''}.duckdb"
        shutil.copyfile(model, path)
        out.append(path)
    return out


def ago(**kw: float) -> dt.datetime:
    return NOW - dt.timedelta(**kw)


def test_the_tiers_keep_every_run_of_the_day_then_one_a_day_then_one_a_month(tmp_path: Path) -> None:
    defaults = county(tmp_path)  # the default tiers: 24 hours, 30 days, 12 months
    times = [
        ago(minutes=5), ago(minutes=10), ago(hours=23),             # the last 24 hours: all
        ago(days=2, hours=1), ago(days=2, hours=3),                 # 2 days ago: the day's newest only
        NOW.replace(day=1, hour=8),                                 # this month, 19 days ago: a day of its own
        dt.datetime(2026, 6, 28, 17), dt.datetime(2026, 6, 28, 9),  # 22 days ago: the day's newest
        dt.datetime(2026, 6, 10, 12), dt.datetime(2026, 6, 2, 12),  # 40 and 48 days ago: past the days
        dt.datetime(2025, 8, 30, 12), dt.datetime(2025, 8, 3, 12),  # 11 months ago: that month's newest
        dt.datetime(2025, 7, 30, 12),                               # 12 months ago: gone
    ]
    assert kept_reasons(times, defaults, NOW) == [
        "最新", "24小时内", "24小时内",
        "每日", "",
        "每日",
        "每日", "",
        "", "",   # June's newest (the 28th, 17:00) is its monthly one already, kept as a day
        "每月", "",
        "",
    ]


def test_pruning_real_backups_keeps_the_tiers_and_each_kind_apart(tmp_path: Path) -> None:
    cfg = county(tmp_path, extra="[backups]\nall_hours = 2\ndaily_days = 3\nmonthly_months = 2\n")
    regular = fake_backups(cfg, [ago(minutes=1), ago(hours=1), ago(hours=3), ago(hours=5),
                                 ago(days=1, hours=2), ago(days=5), dt.datetime(2026, 6, 15), dt.datetime(2026, 5, 31)])
    undo = fake_backups(cfg, [ago(days=40), ago(days=400)], label="before-restore")
    removed = prune_backups(cfg, NOW)
    # 3 h ago is outside the 2 hours and today's one-a-day is the newest (1 min ago): gone, like 5 h ago
    assert sorted(removed) == sorted([regular[2], regular[3], regular[5], regular[7], undo[1]])
    assert list_backups(cfg) == sorted([regular[0], regular[1], regular[4], regular[6], undo[0]])
    assert not any(p.exists() for p in removed)


def test_backups_keep_still_keeps_the_newest_n_and_cannot_be_mixed_with_the_tiers(tmp_path: Path) -> None:
    cfg = county(tmp_path, extra="backups_keep = 2")
    made = fake_backups(cfg, [ago(days=300), ago(days=3), ago(minutes=1)])
    prune_backups(cfg, NOW)
    assert list_backups(cfg) == made[1:]
    both = tmp_path / "both"
    with pytest.raises(ConfigError, match="backups_keep（只保留最近几份）和 \\[backups\\]（按时间分层保留）只能写一个"):
        load_config(write_config(both, extra="backups_keep = 2\n[backups]\ndaily_days = 7\n"))
    result = runner.invoke(app, ["restore", "--list"], env={"BEIZENG_CONFIG": str(cfg.root / "beizeng.toml")})
    assert result.exit_code == 0, result.output
    assert "按 beizeng.toml 的 backups_keep = 2 只保留最近 2 份；删除这一行即改为按时间分层保留" in result.output


def test_a_run_that_changed_nothing_takes_no_backup(tmp_path: Path) -> None:
    cfg = county(tmp_path)
    process(cfg, [enterprise_output(cfg.inbox, "2026-06", ent_2026_06())])
    first = backup(cfg)
    assert first is not None and first.with_suffix(".json").is_file()
    assert backup(cfg) is None  # the warehouse holds what the newest backup holds
    assert list_backups(cfg) == [first]
    undo = backup(cfg, "before-restore")  # the state before a restore is always kept
    assert undo is not None and undo.stem.endswith("-before-restore")
    rows = ent_2026_06()
    rows[0] = (*rows[0][:5], 30001, rows[0][6])
    process(cfg, [enterprise_output(cfg.inbox, "2026-06", rows, name="统计局_2026-06_更正.xlsx")])
    # the correction's run found the state of `first` (nothing changed since): no second copy of it
    assert [p for p in list_backups(cfg) if not p.stem.endswith("before-restore")] == [first]
    second = backup(cfg)  # the correction changed it: the next run backs it up, once
    assert second is not None and backup(cfg) is None
    held, before = backup_holds(second), backup_holds(first)
    assert held is not None and (held.files, held.returns, held.latest_period) == (2, 2, "2026-06")
    assert before is not None and (before.files, before.returns) == (1, 1)
    # restoring the older state and running nothing: a new state, not the newest backup's: backed up
    restore(cfg, first)
    assert backup(cfg) is not None


def test_restore_list_says_when_what_and_how_big(tmp_path: Path) -> None:
    cfg = county(tmp_path)
    process(cfg, [enterprise_output(cfg.inbox, "2026-06", ent_2026_06())])
    rows = ent_2026_06()
    rows[0] = (*rows[0][:5], 30001, rows[0][6])
    process(cfg, [enterprise_output(cfg.inbox, "2026-06", rows, name="统计局_2026-06_更正.xlsx")])
    [only] = list_backups(cfg)
    only.with_suffix(".json").unlink()  # an older backup without its note is opened instead
    empty = work_db(cfg).with_name("empty.duckdb")
    duckdb.connect(str(empty)).close()
    shutil.copyfile(empty, cfg.backups / "20250101-080000-000.duckdb")  # holds nothing yet
    result = runner.invoke(app, ["restore", "--list", "--wide"], env={"BEIZENG_CONFIG": str(cfg.root / "beizeng.toml")})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if only.stem in line or "20250101-080000-000" in line]
    assert len(lines) == 2
    old, new = lines
    cells = [c.strip() for c in new.split("│")[1:-1]]
    size = f"{only.stat().st_size / 1e6:.1f} MB"
    taken = dt.datetime.strptime(only.stem, "%Y%m%d-%H%M%S-%f")
    assert cells == [only.stem, f"{taken:%Y-%m-%d %H:%M}", "1", "1", "2026-06", size, "最新"]
    assert [c.strip() for c in old.split("│")[1:-1]][:5] == ["20250101-080000-000", "2025-01-01 08:00", "0", "0", "—"]
    assert "保留规则：24小时内每次运行一份、30天内每天一份、12个月内每月一份；没有改动数据仓库的运行不另备份" in result.output
