"""A new version that drops most rows of the version that counts, saying nothing of why, is refused
(``version_mostly_gone``, beizeng.intake.feedback.MOSTLY_GONE) — also when it comes after a refused file, since rows
dropped are counted against the version that counts — and a line saying why lets it through with ``rows_removed``.
A late correction of May after June is in says where June's stored 本月 no longer adds up (``later_month_differs``,
beizeng.intake.checks._against_following).  Returns: tests/handmade/probe46.py."""

from __future__ import annotations

from decimal import Decimal as Dec
from pathlib import Path

from beizeng.base.config import Config
from tests.handmade import probe46 as p
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take
from tests.test_probe46 import drop

ENT_SUM = "select count(*), sum(output_cum) from cur_enterprise_output where period = '2026-06'"
FAI_SUM = "select sum(invest_cum) from cur_fai_projects where sender = '东镇' and period = ?"


def test_the_two_firm_correction_sent_again_after_its_refusal_is_refused_again(county_full: Config) -> None:
    take(county_full, lambda f: p.ent_return(f, "规上企业6月.xlsx"))
    [first] = take(county_full, p.ent_two_changed)
    assert first.status == "rejected" and "version_mostly_gone" in [c for c, _ in codes(first, "error")]
    # the same 2 firms again under another name: compared with the 20 that count, not with the refused file
    [again] = take(county_full, lambda f: p.ent_return(f, "规上企业6月（更正2）.xlsx",
                                                       [r for i, r in enumerate(p.ent_rows()) if i in (2, 6)]))
    [err] = [x for x in again.problems if x.code == "version_mostly_gone"]
    assert again.status == "rejected" and "少了18行" in err.message and "第1次报送" in err.message, codes(again)
    assert sql(county_full, ENT_SUM) == [(20, Dec(210000))]


def test_most_rows_gone_with_a_line_saying_why_is_read_with_the_rows_named(county_full: Config) -> None:
    take(county_full, lambda f: p.ent_return(f, "规上企业6月.xlsx"))
    [o] = take(county_full, lambda f: p.ent_return(f, "规上企业6月（更正）.xlsx", p.ent_rows()[:2],
                                                   line="说明：其余企业已停产、不再报送"))
    assert o.status == "accepted", codes(o)
    [warn] = [x for x in o.problems if x.code == "rows_removed"]
    assert "少了18行" in warn.message and "已停产" in warn.message
    assert sql(county_full, ENT_SUM) == [(2, Dec(3000))]


def test_a_few_rows_gone_without_a_word_stay_a_warning(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    o = drop(county_full, p.fai_list(tmp_path / "..", "东镇6月（更正）.xlsx", rows=p.FAI_JUNE[:2]))
    assert o.status == "accepted" and "rows_removed" in [c for c, _ in codes(o, "warning")], codes(o)
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(4200),)]


def test_a_first_may_sent_after_june_says_junes_month_figure(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    may = drop(county_full, p.fai_may(tmp_path / "..", bump=300))
    assert may.status == "accepted", codes(may)
    [warn] = [x for x in may.problems if x.code == "later_month_differs"]
    assert "东镇6月.xlsx" in warn.message and "即 200" in warn.message and "原来" not in warn.message
    assert warn.fix.startswith("核对并重报6月报表")
    assert sql(county_full, FAI_SUM, ["2026-06"]) == [(Dec(5300),)]


def test_a_may_revision_that_keeps_june_adding_up_says_nothing_of_june(county_full: Config, tmp_path: Path) -> None:
    drop(county_full, p.fai_may(tmp_path))
    drop(county_full, p.fai_june_fixed(tmp_path, "东镇6月.xlsx"))
    rows = [list(r) for r in p.FAI_JUNE]
    for r in rows:  # May again, only the project names' 技改 flag changed: cumulatives as before
        r[10], r[9] = r[10] - r[9], 100
    rows[2][3] = "是"
    o = drop(county_full, p.fai_list(tmp_path / "..", "东镇5月（修订）.xlsx", month=5, rows=rows))
    assert o.status == "accepted" and "later_month_differs" not in [c for c, _ in codes(o)], codes(o)
