"""A name is stored as the clerk wrote it — 东镇乙冷链物流（一期）项目 keeps its full-width brackets — while matching
sets width aside (beizeng.intake.records): the same project typed （一期） in May and (一期) in June is one project,
said nothing of; a project whose name changes under its code from last month is said, naming both names."""

from __future__ import annotations

from pathlib import Path

from beizeng.base.config import Config
from beizeng.intake.records import same_name
from tests.conftest import ingest
from tests.handmade import fresh16 as f16
from tests.test_handmade import accepted, drop, one, sql

CODE = f16.pcode(2)
NAME_OF_B = "select name from cur_fai_projects where period = ? and project_code = ?"


def _two_months(folder: Path, may_name: str, june_name: str) -> Path:
    may = [f16._with(f16.EAST[0], month=100, cum=650), f16._with(f16.EAST[1], name=may_name, month=200, cum=900),
           f16.EAST[2]]
    june = [f16.EAST[0], f16._with(f16.EAST[1], name=june_name), f16.EAST[2]]
    f16._fai_month(folder, 5, may, "东镇5月固投.xlsx")
    return f16._fai_month(folder.parent, 6, june, "东镇6月固投.xlsx")


def test_renamed_under_its_code_is_said_and_kept_as_typed(county_full: Config) -> None:
    june = _two_months(county_full.inbox, "东镇乙农产品冷链物流项目", "东镇乙冷链物流（一期）项目")
    accepted(ingest(county_full), "fai_projects", "东镇", "2026-05", 3)
    o = accepted(drop(county_full, june), "fai_projects", "东镇", "2026-06", 3)
    assert one(county_full, NAME_OF_B, ["2026-06", CODE]) == "东镇乙冷链物流（一期）项目"
    [said] = [p for p in o.problems if p.code == "name_changed"]
    assert said.severity == "warning" and said.cell == "C5"
    assert "东镇乙农产品冷链物流项目" in said.line() and "东镇乙冷链物流（一期）项目" in said.line() and CODE in said.line()
    assert not [p for p in o.problems if p.code == "rows_gone"]


def test_the_same_name_in_another_width_is_one_name(county_full: Config) -> None:
    june = _two_months(county_full.inbox, "东镇乙冷链物流（一期）项目", "东镇乙冷链物流(一期)项目")
    accepted(ingest(county_full), "fai_projects", "东镇", "2026-05", 3)
    o = accepted(drop(county_full, june), "fai_projects", "东镇", "2026-06", 3)
    assert [p.code for p in o.problems if p.code in ("name_changed", "rows_gone")] == []
    assert sql(county_full, "select period, name from cur_fai_projects where project_code = ? order by period",
               [CODE]) == [("2026-05", "东镇乙冷链物流（一期）项目"), ("2026-06", "东镇乙冷链物流(一期)项目")]


def test_same_name_sets_width_and_spaces_aside() -> None:
    assert same_name("东镇甲项目（一期）", "东镇甲项目(一期)") and same_name("ＡＢＣ园区　一期", "ABC园区一期")
    assert not same_name("东镇乙农产品冷链物流项目", "东镇乙冷链物流（一期）项目")


def test_fund_rows_without_a_parcel_code_are_not_one_renamed_record(tmp_path: Path) -> None:
    # why: 财政局's ledger rows (上划基金, 资金筹集) have no 宗地编号; keyed on a blank they were one record, and every
    # month of the demo's own ledger was told "宗地编号上期的名称是…，本期是…" of two different fund events
    from beizeng.base.config import load_config
    from beizeng.demo import generate_demo, write_demo_config

    cfg = load_config(write_demo_config(tmp_path / "county"))
    for f in generate_demo(cfg, first="2025-03", last="2025-05"):  # written into the inbox: keep 财政局's alone
        if not f.name.startswith("财政局_"):
            f.unlink()
    outs = ingest(cfg)
    assert [(o.status, o.form) for o in outs] == [("accepted", "factors")] * 3, [o.problems for o in outs]
    assert [p.line() for o in outs for p in o.problems if p.code in ("name_changed", "rows_gone")] == []
    assert sql(cfg, "select count(*) from cur_factors where parcel_code is null and period = '2025-05'")[0][0] >= 3
