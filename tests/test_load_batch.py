"""One batch is decided file by file in period order, as if each file were loaded alone before the
next, although the warehouse is asked once and written once (beizeng.intake.ingest.load)."""

from __future__ import annotations

import shutil

from beizeng.base.config import Config
from tests.conftest import ingest
from tests.scenarios import ent_2026_06, enterprise_output
from tests.test_ingest import rows


def _may() -> list[tuple[str, str, str, bool, str, float, float | None]]:
    # the third enterprise had 55,000 万元 by May: June's 50,000 would be a fall
    out = ent_2026_06()
    out[2] = (*out[2][:5], 55000, out[2][6])
    return out


def test_june_is_checked_against_may_from_the_same_batch(county: Config) -> None:
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    enterprise_output(county.inbox, "2026-05", _may())
    by_period = {o.period: o for o in ingest(county)}
    assert by_period["2026-05"].status == "accepted"
    june = by_period["2026-06"]
    assert june.status == "rejected"
    falls = [p for p in june.problems if p.code == "cum_decreased"]
    # output (55,000 → 50,000) and revenue (written as 1.1 × output: 60,500 → 55,000), both on row 3's cells
    assert sorted((p.row, p.message.split("（万元）")[0]) for p in falls) == [
        (falls[0].row, "累计数比上期（1-5月）的 55,000 还少 5,000"),
        (falls[0].row, "累计数比上期（1-5月）的 60,500 还少 5,500"),
    ]
    assert rows(county, "select period, status from submissions order by period") == [
        ("2026-05", "accepted"), ("2026-06", "rejected")]


def test_a_late_may_above_june_already_in_is_a_warning_asking_to_correct_june(county: Config) -> None:
    """June was accepted first; May (or May's correction) arrives with 55,000 where June says 50,000: May is
    taken (June may be the wrong one) with a warning on the cell that names June and both figures."""
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    assert [o.status for o in ingest(county)] == ["accepted"]
    enterprise_output(county.inbox, "2026-05", _may())
    [may] = ingest(county)
    assert may.status == "accepted"
    above = sorted(p.message for p in may.problems if p.code == "cum_above_later")
    assert above == ["累计数比已入库的下期（1-6月）累计 50,000 还多 5,000（万元）：1-N月累计只增不减",
                     "累计数比已入库的下期（1-6月）累计 55,000 还多 5,500（万元）：1-N月累计只增不减"]
    assert {(p.severity, p.row) for p in may.problems if p.code == "cum_above_later"} == {("warning", 8)}  # the third enterprise's row
    assert all("2026-06" in p.fix for p in may.problems if p.code == "cum_above_later")


def test_a_may_below_june_raises_nothing_about_june(county: Config) -> None:
    enterprise_output(county.inbox, "2026-06", ent_2026_06())
    ingest(county)
    enterprise_output(county.inbox, "2026-05", [(*r[:5], r[5] * 0.8, r[6]) for r in ent_2026_06()])
    [may] = ingest(county)
    assert may.status == "accepted" and not [p for p in may.problems if p.code == "cum_above_later"]


def test_the_same_file_twice_in_one_batch_is_loaded_once(county: Config) -> None:
    first = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    shutil.copy2(first, county.inbox / "副本_统计局_2026-06_规上工业企业生产月报.xlsx")
    outcomes = sorted(ingest(county), key=lambda o: o.status)
    assert [o.status for o in outcomes] == ["accepted", "duplicate"]
    accepted, duplicate = outcomes
    assert duplicate.submission_id == accepted.submission_id
    assert f"“{accepted.file}”（编号 {accepted.submission_id}）" in duplicate.note
    assert rows(county, "select count(*) from submissions") == [(1,)]
    assert rows(county, "select count(*) from form_enterprise_output") == [(3,)]


def test_two_versions_in_one_batch_are_numbered_and_the_second_counts(county: Config) -> None:
    enterprise_output(county.inbox, "2026-06", _may(), name="统计局_2026-06_规上工业企业生产月报.xlsx")
    corrected = ent_2026_06()
    enterprise_output(county.inbox, "2026-06", corrected, name="统计局_2026-06_规上工业企业生产月报_更正.xlsx")
    outcomes = {o.file: o for o in ingest(county)}
    second = outcomes["统计局_2026-06_规上工业企业生产月报_更正.xlsx"]
    assert (second.version, second.attempt) == (2, 2)
    assert second.note.startswith("第2版，替换第1版")
    assert second.changes is not None and not second.changes.identical
    # the current version is the second: 30,000 + 20,000 + 50,000 万元 = 10 亿元
    assert rows(county, "select sum(output_cum) from cur_enterprise_output where period = '2026-06'") == [(100000,)]


def test_an_empty_ledger_is_received_but_an_empty_statistical_return_is_refused(county_full: Config) -> None:
    county = county_full
    from tests.scenarios_more import cultivation

    cultivation(county.inbox, "2026-03", [])  # 工信局's ledger with nothing in it yet
    enterprise_output(county.inbox, "2026-03", [])
    outcomes = {o.form: o for o in ingest(county)}
    ledger = outcomes["cultivation"]
    assert (ledger.status, ledger.rows, ledger.errors) == ("accepted", 0, 0)
    assert [p.code for p in ledger.problems if p.code == "empty_return"] == ["empty_return"]
    assert outcomes["enterprise_output"].status == "rejected"
    assert [p.code for p in outcomes["enterprise_output"].problems if p.severity == "error"] == ["no_rows"]
    # the ledger counts as this period's return of 工信局, with no rows behind it
    assert rows(county, "select sender, n_rows from current_submissions where form = 'cultivation'") == [("工信局", 0)]


def test_a_feedback_left_behind_never_passes_for_a_new_file_s(county: Config) -> None:
    bad = county.inbox / "坏文件.xlsx"
    bad.write_bytes(b"not a workbook")
    [first] = ingest(county)
    assert first.status == "rejected" and first.feedback is not None
    first.stored_path.unlink()  # type: ignore[union-attr]  # the clerk tidies the folder but keeps the feedback
    bad.write_bytes(b"still not a workbook")
    [second] = ingest(county)
    assert second.stored_path != first.stored_path
    assert second.feedback is not None and second.feedback != first.feedback and second.feedback.exists()
