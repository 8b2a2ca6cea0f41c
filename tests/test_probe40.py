"""The outside probe p40: the files a county statistician edits by hand in Notepad/WPS — beizeng.toml and the layout
answers 表头对照.toml (tests/handmade/probe40.py).  Rule: bad input gets a clear Chinese message naming the file, the
line or key and the fix; no traceback, no English, nothing lost, and a mistake never silently changes figures.
Where beizeng differs today the test is ``xfail(strict=True)`` saying what it does instead; silent ones first."""

from __future__ import annotations

import os
import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, ConfigError, Rules, load_config
from beizeng.cli.main import app
from beizeng.intake.ingest import Outcome
from beizeng.store.session import open_work, publish
from beizeng.store.warehouse import run_models
from tests.conftest import indicator, ingest
from tests.county import TEST_CONFIG
from tests.handmade import probe40 as p
from tests.scenarios import fai_2026_06, full_county
from tests.test_handmade import codes, sql

FAI = "select period, invest_month, invest_cum from cur_fai_projects where period = '2026-07' order by excel_row"
JULY = [("2026-07", D(500), D(3000)), ("2026-07", D(200), D(1200)), ("2026-07", D(100), D(800))]
ENGLISH = ("Expected", "Invalid", "Unclosed", "codec", "line ", "column ", "Traceback")


def _cli(cfg_path: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"BEIZENG_CONFIG": str(cfg_path), "COLUMNS": "200"})
    return result.exit_code, " ".join(result.output.split())


def _hand_edited(folder: Path, text: str | None = None, raw: bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "beizeng.toml"
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(text or TEST_CONFIG, encoding="utf-8")
    return path


def _answered(cfg_root: Path, town: str = "东镇") -> None:
    """``beizeng map`` on June's tie: L = 1-N月累计, K = 本月, kept in 表头对照.toml."""
    (cfg_root / "给县里").mkdir(exist_ok=True)
    f = p.tie(cfg_root / "给县里", name=f"{town}项目进展.xlsx", town=town)
    result = CliRunner().invoke(app, ["map", str(f), "--set", "L=累计完成投资", "--set", "K=本月完成投资"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output


def _july_after(cfg_root: Path, edit: object) -> Outcome:
    """Answer June, edit 表头对照.toml by hand (``edit(text)``; None deletes it), then July's same-header list arrives."""
    from beizeng.base.config import load_config as load

    cfg = load(cfg_root / "beizeng.toml")
    _answered(cfg.root)
    answers = cfg.root / "表头对照.toml"
    text = edit(answers.read_text(encoding="utf-8"))  # type: ignore[operator]
    if text is None:
        answers.unlink()
    else:
        answers.write_text(text, encoding="utf-8")
    p.tie(cfg.inbox, 7, "东镇7月项目进展.xlsx")
    [o] = ingest(cfg)
    return o


def _said(o: Outcome) -> str:
    return " ".join(x.line() for x in o.problems)


# ---- SILENT: figures that change with no word ------------------------------------------------------------------------

def test_township_renamed_mid_year_keeps_its_figures_and_status(county: Config) -> None:
    # was (probe 40): 东城镇's 1-6月规上产值 0.0 while 东镇's 5.0 亿元 stayed under the old name; status said 东城镇
    # 逾期未报 and 东镇 额外报送 — now a former name kept as an alias reads as the name now (macro as_now)
    full_county(county.inbox)
    ingest(county)
    assert indicator(county, "output_cum", scope="东镇") == pytest.approx(5.0)
    path = county.root / "beizeng.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('name = "东镇"\naliases = ["东关镇"]',
                                                            'name = "东城镇"\naliases = ["东关镇", "东镇"]'),
                    encoding="utf-8")
    cfg = load_config(path)
    with open_work(cfg) as con:
        run_models(con)
    publish(cfg)
    code, out = _cli(path, "status", "--period", "2026-06", "--wide")
    # last months' figures belong to the township, whatever it is called now (or the rename is asked about)
    assert indicator(cfg, "output_cum", scope="东城镇") == pytest.approx(5.0)
    with pytest.raises(KeyError):  # no scope of the old name left
        indicator(cfg, "output_cum", scope="东镇")
    assert "东城镇 逾期未报" not in out and "额外报送 0" in out and re.search(r"东城镇\W*逾期报送", out), out


# ---- beizeng.toml: what Notepad / WPS do to it --------------------------------------------------------------------------

@pytest.mark.parametrize("edit", [("name = \"西镇\"", "name ＝ \"西镇\""), ("name = \"西镇\"", "name = “西镇”"),
                                  ('"enterprise_output", "city_comparison"', '"enterprise_output"，"city_comparison"')],
                         ids=["全角等号", "中文引号", "全角逗号"])
def test_full_width_punctuation_is_named_in_chinese_with_its_line(tmp_path: Path, edit: tuple[str, str]) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG.replace(*edit))
    code, out = _cli(path, "status", "--period", "2026-06")
    assert code == 2 and "beizeng.toml" in out and "Traceback" not in out
    assert "第" in out and "行" in out and ("全角" in out or "中文" in out), out
    assert not any(w in out for w in ENGLISH), out


@pytest.mark.parametrize("raw", [("\ufeff" + TEST_CONFIG).encode("utf-8"), TEST_CONFIG.encode("gbk")],
                         ids=["UTF-8带BOM", "GBK（ANSI）"])
def test_a_file_saved_by_notepad_is_read_or_the_encoding_is_named(tmp_path: Path, raw: bytes) -> None:
    path = _hand_edited(tmp_path / "县", raw=raw)
    code, out = _cli(path, "status", "--period", "2026-06")
    assert "Traceback" not in out and not any(w in out for w in ENGLISH), out
    # read as the same county (a BOM is nothing), or refused with the encoding to save it in
    assert "还不存在" in out or ("UTF-8" in out and "beizeng.toml" in out), out


def test_a_township_with_a_trailing_space_is_the_township(county: Config) -> None:
    path = county.root / "beizeng.toml"
    path.write_text(TEST_CONFIG.replace('name = "西镇"', 'name = "西镇 "'), encoding="utf-8")
    try:
        cfg = load_config(path)
    except ConfigError as exc:  # refused, naming the name: also what a statistician can act on
        assert "西镇" in str(exc) and "空格" in str(exc)
        return
    fai_2026_06(cfg.inbox)
    outs = ingest(cfg)
    assert [o.status for o in outs] == ["accepted", "accepted"], [codes(o) for o in outs]


def test_a_township_added_twice_is_refused_by_name(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG + '\n[[townships]]\nname = "东镇"\n')
    code, out = _cli(path, "ingest")
    assert code == 2 and "beizeng.toml" in out and "重复：东镇" in out and "Traceback" not in out, out


@pytest.mark.parametrize(("sender", "edit"), [
    ("东镇", ('name = "东镇"\n', 'name = "东镇"\nforms = ["固投项目"]\n')),
    ("工信局", ('forms = ["targets"]', 'forms = ["target"]'))], ids=["中文报表名", "拼错的代码"])
def test_a_forms_list_naming_no_form_is_refused_with_the_codes(tmp_path: Path, sender: str,
                                                              edit: tuple[str, str]) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG.replace(*edit))
    code, out = _cli(path, "templates", "--period", "2026-06")
    assert code == 2 and "beizeng.toml" in out and sender in out and "forms" in out, out
    assert ("fai_projects" in out) if sender == "东镇" else ("targets" in out), out


@pytest.mark.parametrize(("edit", "key"), [
    (('counties = ["测试县", "甲县", "乙县", "丙县"]', 'counties = ["甲县", "乙县", "丙县"]'), "counties 应包含本县“测试县”"),
    (("[county]", "[rules]\ndeadline_day = 31\n\n[county]"), "deadline_day 应在 1–27 之间"),
    (("[county]", '[rules]\ncrosscheck_pct = "5%"\n\n[county]'), "crosscheck_pct 应为数字，现在是 '5%'")],
    ids=["县区缺本县", "截止日31", "百分号"])
def test_a_wrong_value_is_refused_naming_the_key(tmp_path: Path, edit: tuple[str, str], key: str) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG.replace(*edit))
    code, out = _cli(path, "status", "--period", "2026-06")
    assert code == 2 and str(path) in out and key in out and "Traceback" not in out, out


def test_the_section_of_a_wrong_key_reaches_the_terminal(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG.replace("[county]", "[rules]\ndeadline_day = 31\n\n[county]"))
    code, out = _cli(path, "status", "--period", "2026-06")
    assert code == 2 and "[rules] deadline_day" in out, out


def test_a_misspelt_section_is_named_with_the_right_word(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path / "县", TEST_CONFIG.replace("[[townships]]", "[[twonships]]", 1))
    code, out = _cli(path, "ingest")
    assert code == 2 and "beizeng.toml" in out and "twonships" in out and "townships" in out, out
    assert "Traceback" not in out


def test_tabs_crlf_a_chinese_path_with_spaces_and_no_rules_section_read_as_written(tmp_path: Path) -> None:
    text = ('[paths]\ninbox = "收 件 箱"\nwarehouse = "数据 仓库"\n' + TEST_CONFIG).replace(" = ", "\t=\t")
    path = _hand_edited(tmp_path / "丹河县 工业倍增", text.replace("\n", "\r\n"))
    cfg = load_config(path)
    assert cfg.inbox == path.parent / "收 件 箱" and cfg.warehouse == path.parent / "数据 仓库"
    assert [t.name for t in cfg.townships] == ["东镇", "西镇"] and cfg.rules == Rules()  # no [rules]: the defaults
    code, out = _cli(path, "status", "--period", "2026-06")
    assert "配置错误" not in out and "数据 仓库" in out and "还不存在" in out, out


# ---- 表头对照.toml: the layout answers, edited by hand ---------------------------------------------------------------

@pytest.mark.parametrize("edit", [lambda t: t.replace('"L 完成投资额"', '"l 完成投资额"'),
                                  lambda t: t.replace('"L 完成投资额"', '"完成投资额"')], ids=["小写字母", "只写表头"])
def test_a_hand_edited_answer_is_read_or_named(county_full: Config, edit: object) -> None:
    o = _july_after(county_full.root, edit)
    assert (o.status != "rejected" and sql(county_full, FAI) == JULY) or "表头对照.toml" in _said(o), codes(o)


def test_two_answers_for_one_column_are_named_with_the_file(county_full: Config) -> None:
    o = _july_after(county_full.root, lambda t: t + '"L 完成投资额" = "本月完成投资"\n')
    assert sql(county_full, FAI) == [] and "表头对照.toml" in _said(o), codes(o)


def test_a_broken_answers_file_loses_nothing_when_another_answer_is_kept(county_full: Config) -> None:
    _answered(county_full.root)
    answers = county_full.root / "表头对照.toml"
    answers.write_text(answers.read_text(encoding="utf-8").replace('"L 完成投资额" =', '"L 完成投资额" ＝'),
                       encoding="utf-8")
    _answered(county_full.root, town="西镇")
    assert '"填报单位" = "东镇"' in answers.read_text(encoding="utf-8")


def test_answers_swapped_by_hand_are_refused_not_stored(county_full: Config) -> None:
    o = _july_after(county_full.root, lambda t: t.replace('"本月完成投资"', '"X"').replace(
        '"1-N月累计完成投资"', '"本月完成投资"').replace('"X"', '"1-N月累计完成投资"'))
    assert o.status == "rejected" and sql(county_full, FAI) == [], codes(o)
    assert ("cum_below_month", "项目!K4") in codes(o)


def test_an_answer_for_a_form_the_sender_does_not_send_changes_nothing(county_full: Config) -> None:
    extra = '\n[["对照"]]\n"填报单位" = "东镇"\n"报表" = "enterprise_output"\n["对照"."列"]\n"C 产值" = "1-N月累计"\n'
    o = _july_after(county_full.root, lambda t: t + extra)
    assert o.status == "accepted" and sql(county_full, FAI) == JULY, codes(o)


def test_answers_file_deleted_asks_again_and_nothing_else_breaks(county_full: Config) -> None:
    o = _july_after(county_full.root, lambda t: None)
    assert o.status == "rejected" and ("ambiguous_column", "项目!K3") in codes(o) and sql(county_full, FAI) == []
    fai_2026_06(county_full.inbox)
    assert [x.status for x in ingest(county_full)] == ["accepted", "accepted"]
    assert os.path.exists(county_full.root / "beizeng.toml")
