"""beizeng.toml: `beizeng init` writes a working file, every mistake is named in Chinese (exit code 2)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, ConfigError, load_config, parse_config
from beizeng.cli.main import app
from beizeng.store.warehouse import SQL_DIR
from tests.county import TEST_CONFIG, write_config

runner = CliRunner()
#: The installed console script, as a clerk runs it.
BEIZENG = str(Path(sys.executable).with_name("beizeng"))


def test_init_writes_a_valid_commented_config_and_the_folders(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", "--dir", str(tmp_path), "--county", "丹河县", "--code", "610525",
                                 "--city", "秦川市"])
    assert result.exit_code == 0, result.output
    cfg = load_config(tmp_path / "beizeng.toml")
    assert (cfg.county, cfg.county_code, cfg.city) == ("丹河县", "610525", "秦川市")
    assert cfg.city_counties == ("丹河县",)
    assert [t.name for t in cfg.townships] == ["城关镇"]
    assert {d.name: d.forms for d in cfg.departments}["统计局"] == ("enterprise_output", "city_comparison")
    assert cfg.inbox.is_dir() and cfg.warehouse.is_dir()
    text = (tmp_path / "beizeng.toml").read_text(encoding="utf-8")
    # every rule is there, commented out at its default, with its explanation
    assert '# time_progress = "linear"' in text and "quarter_shares" in text and "纳统率分母" in text
    assert "# deadline_day = 8" in text and "# timezone = \"Asia/Shanghai\"" in text
    assert cfg.monthly_cron == "0 7 9 * *"


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    before = path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["init", "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "已存在" in result.output and path.read_text(encoding="utf-8") == before
    result = runner.invoke(app, ["init", "--dir", str(tmp_path), "--force", "--county", "新县"])
    assert result.exit_code == 0
    assert load_config(path).county == "新县"


def parse(extra: str = "", replace: tuple[str, str] | None = None) -> Config:
    text = TEST_CONFIG if replace is None else TEST_CONFIG.replace(*replace)
    return parse_config(tomllib.loads(extra + "\n" + text), Path("/tmp/county"))


@pytest.mark.parametrize(("extra", "replace", "words"), [
    ("[rule]\ndeadline_day = 8", None, "未知的小节或设置：rule"),
    ("[rules]\ndeadline = 8", None, "[rules] 中有未知设置：deadline"),
    ('[rules]\ndeadline_day = "8"', None, "[rules] deadline_day 应为整数"),
    ("[rules]\ndeadline_day = 28", None, "deadline_day 应在 1–27 之间"),
    ('[rules]\ntime_progress = "monthly"', None, "time_progress 只能是"),
    ("[rules]\nquarter_shares = [20, 45, 75, 90]", None, "quarter_shares 应为4个递增的累计百分比"),
    ("[rules]\nquarter_shares = [50, 45, 75, 100]", None, "quarter_shares"),
    ('[rules]\nin_stats_denominator = "all"', None, "in_stats_denominator 只能是"),
    ('[rules]\nrank_basis = { output = "rate" }', None, "rank_basis 的取值只能是 growth 或 size"),
    ('[schedule]\ntimezone = "Beijing"', None, "timezone 不是有效的时区名称"),
    ("[schedule]\nmonthly_hour = 24", None, "monthly_hour 应在 0–23 之间"),
    ("[schedule]\ninbox_poll_seconds = 0", None, "inbox_poll_seconds 须大于 0"),
    ("backups_keep = 0", None, "backups_keep 应为正整数"),
    ("", ('code = "610599"', 'code = "61059"'), "[county] code 应为6位行政区划代码"),
    ("", ('aliases = ["东关镇"]', 'aliases = ["西镇"]'), "名称或别名重复：西镇"),
    ("", ('aliases = ["东关镇"]', 'aliases = "东关镇"'), "aliases 应为列表"),
    ("", ('contact = "王东"', 'contact = "王东"\nmobile = "1"'), "未知设置：mobile"),
    ("", ('counties = ["测试县", "甲县", "乙县", "丙县"]', 'counties = ["甲县", "乙县"]'), "应包含本县“测试县”"),
    ("", ('name = "测试县"\ncode', 'code'), "缺少 [county] name"),
    ('[paths]\ninbox = "data"\nwarehouse = "data"', None, "不能是同一个文件夹"),
    ("", ('aliases = ["东关镇"]', 'aliases = ["东关镇"]\nsince = "2026-4"'), 'since 应为设立的年月，如 since = "2026-04"'),
    ("", ('aliases = ["东关镇"]', 'aliases = ["东关镇"]\nmerged_from = ["西镇"]'), "已写进另一单位的 merged_from"),
])
def test_a_bad_setting_is_named_in_chinese(extra: str, replace: tuple[str, str] | None, words: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse(extra, replace)
    assert words in str(err.value)


def test_settings_of_the_issue_are_all_read() -> None:
    cfg = parse('backups_keep = 3\n[rules]\ntime_progress = "quarterly"\nquarter_shares = [20, 45, 75, 100]\ndeadline_day = 10\n'
                'in_stats_denominator = "started"\n[schedule]\nmonthly_hour = 6\ntimezone = "Asia/Urumqi"\n'
                '[paths]\ninbox = "收件箱"\nwarehouse = "仓库"')
    assert cfg.rules.time_progress == "quarterly" and cfg.rules.quarter_shares == (20.0, 45.0, 75.0, 100.0)
    assert cfg.rules.in_stats_denominator == "started"
    assert cfg.monthly_cron == "0 6 11 * *" and cfg.schedule.timezone == "Asia/Urumqi"
    assert cfg.inbox == Path("/tmp/county/收件箱") and cfg.warehouse == Path("/tmp/county/仓库")
    assert cfg.backups_keep == 3
    assert cfg.township("东关镇") is not None and cfg.township("东关镇").name == "东镇"  # type: ignore[union-attr]
    assert cfg.sender("县统计局").forms == ("enterprise_output", "city_comparison")  # type: ignore[union-attr]


def test_a_merged_and_a_new_unit_are_read_as_the_readme_writes_them() -> None:
    cfg = parse("", ('aliases = ["东关镇"]', 'aliases = ["东关镇"]\nmerged_from = ["东坝镇", "北镇"]\nsince = 2026-04-01'))
    east = cfg.township("北镇")
    assert east is not None and east.name == "东镇" and east.since == "2026-04"  # a date typed unquoted: its month
    assert not east.owes_in("2026-03") and east.owes_in("2026-04") and east.owes_in("2026")
    # a return is a part's when it is sent under that part's name, the whole unit's under its own (北镇 in 东北镇 is not)
    assert east.as_part(["填报单位：北镇人民政府"]).name == "北镇" and east.as_part(["北镇"]).part_of == "东镇"
    assert east.as_part(["东镇2026年1-5月", "北镇5月.xlsx"]).name == "东镇"
    assert east.as_part(["东关镇"]).name == "东镇"


def test_a_syntax_error_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + "\n[rules\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "格式错误" in str(err.value) and "第" in str(err.value) and "行" in str(err.value) and "line" not in str(err.value)


def test_every_command_stops_on_a_bad_config_with_exit_code_2(tmp_path: Path) -> None:
    """A real process, as the clerk would see it: one red sentence, no traceback."""
    path = write_config(tmp_path, extra="[rules]\ndeadline_day = 31")
    result = subprocess.run([BEIZENG, "status", "--period", "2026-06"],
                            env={"BEIZENG_CONFIG": str(path), "PATH": "/usr/bin:/bin", "COLUMNS": "200"},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "配置错误" in result.stdout and "deadline_day 应在 1–27 之间" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_the_demo_config_is_valid() -> None:
    from beizeng.demo import demo_config_text

    cfg = parse_config(tomllib.loads(demo_config_text()), Path("/tmp/demo"))
    assert len(cfg.townships) >= 10 and cfg.county in cfg.city_counties


@pytest.mark.skipif("'quarterly'" not in (SQL_DIR / "models" / "020_targets.sql").read_text(encoding="utf-8"),
                    reason="time_progress = \"quarterly\" needs the 020_targets.sql change handed to the lead")
def test_time_progress_can_follow_the_countys_quarterly_shares(county: Config) -> None:
    from tests.conftest import indicator, ingest
    from tests.scenarios import full_county

    cfg = load_config(write_config(county.root, extra='[rules]\ntime_progress = "quarterly"\n'
                                                       "quarter_shares = [20, 45, 75, 100]"))
    full_county(cfg.inbox)
    ingest(cfg)
    # 东镇's 11 亿元 target has no split: 45 % of it is due by the half year, 4.95; 5 亿元 done is 101.01 %
    assert indicator(cfg, "output_time_target", scope="东镇") == pytest.approx(4.95)
    assert indicator(cfg, "output_time_progress_pct", scope="东镇") == pytest.approx(5 / 4.95 * 100)
    # the county's target carries its own split (10 亿元 by June): that split wins over any county rule
    assert indicator(cfg, "output_time_target") == pytest.approx(10.0)


def test_the_config_is_found_from_a_subfolder_and_the_message_says_both_ways(tmp_path: Path) -> None:
    """A statistician opens a terminal in warehouse/out/2026-06 and types `beizeng status`: the county's
    beizeng.toml two folders up is the one meant (as git finds its repository); where none is above, the
    message names both remedies (the county's folder, BEIZENG_CONFIG) instead of advising `init` there."""
    write_config(tmp_path)
    deep = tmp_path / "warehouse" / "out" / "2026-06"
    deep.mkdir(parents=True)
    env = {k: v for k, v in __import__("os").environ.items() if k != "BEIZENG_CONFIG"}
    found = subprocess.run([BEIZENG, "status", "2026-06"], cwd=deep, env=env, capture_output=True, text=True)
    # the county's config was found two folders up: it is its warehouse (not yet built) that is named
    assert f"数据仓库 {tmp_path / 'warehouse' / 'beizeng.duckdb'} 还不存在" in found.stdout, found.stdout
    assert "找不到配置文件" not in found.stdout
    lost = tmp_path.parent / f"{tmp_path.name}-nowhere"
    lost.mkdir()
    none = subprocess.run([BEIZENG, "status", "2026-06"], cwd=lost, env=env, capture_output=True, text=True)
    assert none.returncode == 2
    said = " ".join((none.stdout + none.stderr).split())
    assert "及其上级文件夹中都找不到配置文件 beizeng.toml" in said
    assert "BEIZENG_CONFIG" in said and "Traceback" not in said


def test_a_township_listing_no_forms_owes_none_one_listing_nothing_owes_its_kinds(tmp_path: Path) -> None:
    # forms = [] (a 街道 without industry) is said, not left out: it is never owed a return, never holds back a total
    from beizeng.base.dues import owed_by
    from beizeng.base.forms import get_form

    text = TEST_CONFIG + '\n[[townships]]\nname = "南镇"\nforms = []\n'
    (tmp_path / "beizeng.toml").write_text(text, encoding="utf-8")
    cfg = load_config(tmp_path / "beizeng.toml")
    south, east = cfg.sender("南镇"), cfg.sender("东镇")
    assert south is not None and east is not None
    assert (south.forms, east.forms) == ((), None)
    owing = [s.name for s in owed_by(cfg, get_form("fai_projects"))]
    assert "东镇" in owing and "南镇" not in owing, owing
