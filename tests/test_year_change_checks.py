"""The checks across January (beizeng.intake.checks.History.before, beizeng.intake.last_year): the year's first
return is held against last year's last for its rows and names only, and a 上年同期 against last year's stored
figure of the same period, within the crosscheck tolerance, whether last year came earlier or in the same batch."""

from __future__ import annotations

from pathlib import Path

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.handmade import fresh20 as f
from tests.test_handmade import codes, drop

_DEC26 = "2026年1-12月规上工业企业生产情况"


def _feb27(last_year_of_second: float) -> list[tuple[object, ...]]:
    return [("东川陶瓷有限公司", f.U[2000], "东镇", "3071", "否", "2017-05", 1500, 1500, 1400, 1550),
            ("东川电子科技有限公司", f.U[2001], "东镇", "3976", "是", "2022-08", 1000, 1000, last_year_of_second, 1050),
            ("西川水泥有限公司", f.U[2002], "西镇", "3011", "否", "2014-03", 2600, 2600, 2500, 2700)]


def _feb26(folder: Path) -> Path:
    return f._save(f._ent_book("2026年1-2月规上工业企业生产情况", 2, f.FEB26), folder / "统计局2026年1-2月规上企业.xlsx")


def test_last_year_within_crosscheck_pct_is_not_said(county_full: Config, in_2027: None) -> None:
    _feb26(county_full.inbox)
    assert [o.status for o in ingest(county_full)] == ["accepted"]
    # 900.5 against 900: 0.06 %, within crosscheck_pct (0.5 %)
    second = f._save(f._ent_book("2027年1-2月规上工业企业生产情况", 2, _feb27(900.5)),
                     county_full.root / "统计局2027年1-2月规上企业.xlsx")
    [o] = drop(county_full, second)
    assert o.status == "accepted" and "last_year_differs" not in [c for c, _ in codes(o)], codes(o)


def test_last_year_in_the_same_batch_is_held_against(county_full: Config, in_2027: None) -> None:
    _feb26(county_full.inbox)
    f._save(f._ent_book("2027年1-2月规上工业企业生产情况", 2, _feb27(960)),
            county_full.inbox / "统计局2027年1-2月规上企业.xlsx")
    outs = {o.period: o for o in ingest(county_full)}
    assert ("last_year_differs", "Sheet1!J5") in codes(outs["2027-02"], "warning"), codes(outs["2027-02"])
    [said] = [p for p in outs["2027-02"].problems if p.code == "last_year_differs"]
    assert "960" in said.line() and "900" in said.line() and "统计局2026年1-2月规上企业.xlsx" in said.line(), said.line()


def test_a_later_first_return_is_not_held_against_december(county_full: Config, in_2027: None) -> None:
    """1-3月 2027 with no 1-2月 before it is not the year's first return (FormSpec.first_month = 2): nothing said
    of December's rows (its 1-2月 may still come), and its cumulatives are never held against December's."""
    f._save(f._ent_book(_DEC26, 12, f.DEC26), county_full.inbox / "统计局2026年1-12月规上企业.xlsx")
    assert [o.status for o in ingest(county_full)] == ["accepted"]
    mar = [r for r in f.DEC26 if "果业" not in str(r[0])]
    second = f._save(f._ent_book("2027年1-3月规上工业企业生产情况", 3, mar),
                     county_full.root / "统计局2027年1-3月规上企业.xlsx")
    [o] = drop(county_full, second)
    said = [c for c, _ in codes(o)]
    assert "rows_gone" not in said and "cum_decreased" not in said, codes(o)


def test_year_change_cumulatives_restart(county_full: Config, in_2027: None) -> None:
    """1-2月 2027 below 1-12月 2026 is no fall, and its 本月 is not 1-2月 minus December's 1-12月."""
    paths = f.ent_dec26_then_feb27_renamed_new_and_closed(county_full.inbox)
    assert [x.status for x in ingest(county_full)] == ["accepted"]
    [o] = drop(county_full, paths[1])
    said = [c for c, _ in codes(o)]
    assert o.status == "accepted" and not {"cum_decreased", "month_mismatch", "same_as_previous"} & set(said), said
