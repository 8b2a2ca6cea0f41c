"""A figure published before and changed since says so (fx49, probe 46's resend after the county published).

The county sends the June 汇总表 to the city; 东镇 then resends its project list with project 1's 累计 3,400 instead of
3,000 万元.  The next publish of June lists, on the 数据质量 sheet and in ``beizeng run``'s summary, each figure shown
differently from the last publish: 指标, 上次发布 (time), 上次数, 本次数 and the file behind it.  The warehouse keeps
what each publish showed (``published_figures``, exact); the comparison is of the figures as shown (the catalogue
unit's decimals), so a change the shown digits do not see is no revision.  The first publish and a publish that
changes nothing say nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.publish.period import write_period_outputs
from beizeng.store.session import work_db
from tests.handmade import probe46 as p
from tests.test_handmade import codes, sql
from tests.test_probe46 import drop

PERIOD = "2026-06"
CORRECTED = "东镇6月（更正）.xlsx"


def publish(cfg: Config) -> Path:
    with duckdb.connect(str(work_db(cfg))) as con:
        [summary, *_] = write_period_outputs(con, cfg, PERIOD)
    return summary


def revised(book: Path) -> list[tuple[Any, ...]]:
    """The 修订 rows of the 数据质量 sheet: (范围, 指标, 文件, 上次发布, 单位, 上次数, 本次数, 说明)."""
    ws = openpyxl.load_workbook(book, read_only=True)["数据质量"]
    return [tuple(r[1:9]) for r in ws.iter_rows(values_only=True) if r[0] == "修订"]


def subtitle(book: Path) -> str:
    return str(openpyxl.load_workbook(book, read_only=True)["数据质量"]["A2"].value)


def test_a_resend_after_publishing_lists_each_changed_figure_once_then_no_more(county_full: Config,
                                                                              tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    first = publish(county_full)
    assert revised(first) == [] and "修订" not in subtitle(first)  # a first publish has nothing to compare with
    [(at,)] = sql(county_full, "select distinct published_at from published_figures where period = ?", [PERIOD])

    o = drop(county_full, p.fai_june_changed(tmp_path, CORRECTED, 3400))
    assert (o.status, o.version) == ("accepted", 2), codes(o)
    second = publish(county_full)
    when = f"{at:%Y-%m-%d %H:%M}"
    rows = revised(second)
    # project 1 is a key project: 工业固投 and 重点项目完成投资 move, of the county and of 东镇 (its only sender)
    assert [r[:2] + r[3:7] for r in rows] == [
        ("测试县", "工业固定资产投资", when, "亿元", "0.53", "0.57"),
        ("测试县", "重点项目完成投资", when, "亿元", "0.50", "0.54"),
        ("东镇", "工业固定资产投资", when, "亿元", "0.53", "0.57"),
        ("东镇", "重点项目完成投资", when, "亿元", "0.50", "0.54"),
    ], rows
    assert {r[2] for r in rows} == {CORRECTED}  # the file behind the change, as 东镇 named it
    assert rows[0][7].startswith("上次发布为 0.53亿元，本次为 0.57亿元")
    assert "已于 " + when in subtitle(second) and "4 个已发布的数字有修订" in subtitle(second)

    third = publish(county_full)
    assert revised(third) == []  # the same figures again: nothing to say
    assert sql(county_full, "select count(distinct published_at) from published_figures where period = ?",
               [PERIOD]) == [(3,)]


def test_a_change_the_shown_digits_do_not_see_is_no_revision_and_the_exact_value_is_kept(county_full: Config,
                                                                                         tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    publish(county_full)
    # 3,000 → 3,000.4 万元: 5,300.4 万元 is 0.53004 亿元, shown 0.53 as before
    drop(county_full, p.fai_june_changed(tmp_path, CORRECTED, 3000.4))  # type: ignore[arg-type]
    assert revised(publish(county_full)) == []
    kept = sql(county_full, "select value from published_figures where period = ? and scope = '测试县' "
                            "and indicator = 'fai_cum' order by published_at", [PERIOD])
    assert [v for (v,) in kept] == [pytest.approx(0.53), pytest.approx(0.53004)]  # exact, rounded only when shown


def test_beizeng_run_says_the_revisions_in_its_summary(prefect_harness: None, county_full: Config,
                                                      tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from beizeng.cli.main import app

    p.fai_june_fixed(county_full.inbox, "东镇6月.xlsx")
    first = CliRunner().invoke(app, ["run", "--period", PERIOD])
    assert first.exit_code == 0, first.output
    assert "修订" not in first.output
    p.fai_june_changed(county_full.inbox, CORRECTED, 3400)
    second = CliRunner().invoke(app, ["run", "--period", PERIOD])
    assert second.exit_code == 0, second.output
    printed = "".join(second.output.split())  # rich folds long lines at the terminal's width
    assert "已发布数字的修订（4个，与上次发布相比）" in printed, second.output
    assert re.search(r"修订：工业固定资产投资上次发布（\d{4}-\d\d-\d\d\d\d:\d\d）为0\.53亿元，本次为0\.57亿元"
                     r"（东镇6月（更正）\.xlsx）", printed), second.output
    assert "修订：东镇：工业固定资产投资" in printed
    third = CliRunner().invoke(app, ["run", "--period", PERIOD])
    assert third.exit_code == 0 and "修订" not in third.output, third.output
