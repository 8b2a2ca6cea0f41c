"""The corpus of messy returns (tests/corpus): every case has exactly the outcome written next to it.

An accepted messy return must yield exactly the figures of the same data sent as a clean beizeng
template; a rejected one exactly its errors, on the cells named; nothing of it may reach the
warehouse; every sender gets a feedback workbook when there is something to say.
"""

from __future__ import annotations

from decimal import Decimal

import duckdb
import openpyxl
import pytest

from beizeng.base.forms import get_form
from beizeng.intake.ingest import needs_feedback
from beizeng.store.session import work_db
from tests.corpus.cases import CASES, P1, P2, Case
from tests.corpus.data import DATASETS
from tests.corpus.run import CorpusRun
from tests.scenarios import E2

ACCEPTED = [c for c in CASES if c.status == "accepted"]
REJECTED = [c for c in CASES if c.status == "rejected"]


def found(case: Case, corpus: CorpusRun, severity: str) -> set[tuple[str, str]]:
    o = corpus.outcomes[case.id]
    return {(p.code, p.cell if p.col is not None else "") for p in o.problems if p.severity == severity}


def test_the_corpus_is_large_and_every_case_distinct() -> None:
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.file for c in CASES}) == len(CASES)
    assert len(ACCEPTED) >= 20 and len(REJECTED) >= 20
    suffixes = {c.file.rsplit(".", 1)[1] for c in CASES}
    assert {"xlsx", "xlsm", "xls", "ods", "et"} <= suffixes


def test_may_was_loaded_first(corpus: CorpusRun) -> None:
    assert [o.status for o in corpus.baseline] == ["accepted", "accepted"]
    assert {o.period for o in corpus.baseline} == {"2026-05"}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_outcome(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    assert o.status == case.status, [p.line() for p in o.problems if p.severity != "info"]
    assert (o.form, o.sender, o.period) == (case.form, case.sender, case.period)
    assert found(case, corpus, "error") == set(case.errors)
    assert found(case, corpus, "warning") == set(case.warnings)
    infos = {p.code for p in o.problems if p.severity == "info"}
    assert case.infos <= infos, infos
    if case.sheet:
        assert {p.sheet for p in o.problems if p.row is not None} <= {case.sheet}
        con = duckdb.connect(str(work_db(corpus.cfg)), read_only=True)
        try:
            assert con.execute("select sheet from submissions where submission_id = ?",
                               [o.submission_id]).fetchone() == (case.sheet,)
        finally:
            con.close()


@pytest.mark.parametrize("case", ACCEPTED, ids=[c.id for c in ACCEPTED])
def test_accepted_figures_equal_the_clean_template(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    got = corpus.figures(o)
    expected = corpus.expected(case)
    assert got.height == expected.height == len(DATASETS[case.dataset or ""][3])
    assert got.to_dicts() == expected.to_dicts()
    # one figure spelled out per data set, so a wrong "clean" reading cannot hide behind the equality
    if case.dataset == "fai_east":
        assert got.filter(got["project_code"] == P1)["invest_cum"].item() == Decimal("3000.5")
        assert got["invest_cum"].sum() == Decimal("4501.25")
    elif case.dataset == "ent":
        assert got.filter(got["uscc"] == E2)["output_cum"].item() == Decimal("20000.5")
    elif case.dataset == "city":
        assert got.filter(got["county"] == "测试县")["output_yoy_pct"].item() == Decimal("8.7")
        assert got.filter(got["county"] == "全市")["tech_yoy_pct"].item() == Decimal("4.3")
    elif case.dataset == "targets":
        assert got.filter(got["scope"] == "东镇")["value"].item() == Decimal(11)


def test_clean_templates_read_back_the_data_sets(corpus: CorpusRun) -> None:
    for name, (form_code, _, _, records) in DATASETS.items():
        form = get_form(form_code)
        got = corpus.clean[name].to_dicts()
        want = sorted(records, key=lambda r: tuple(r[k] for k in form.key))
        assert got == want, name


@pytest.mark.parametrize("case", REJECTED, ids=[c.id for c in REJECTED])
def test_rejected_returns_load_nothing_and_get_feedback(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    assert o.stored_path is not None and o.stored_path.exists()
    assert o.stored_path.parent == corpus.cfg.rejected
    assert o.feedback is not None and o.feedback.parent == corpus.cfg.rejected and o.feedback.exists()
    if case.form:
        con = duckdb.connect(str(work_db(corpus.cfg)), read_only=True)
        try:
            n = con.execute(f"select count(*) from {get_form(case.form).table} where submission_id = ?",
                            [o.submission_id]).fetchone()
        finally:
            con.close()
        assert n == (0,)
    wb = openpyxl.load_workbook(o.feedback)
    assert wb.sheetnames[0] == "问题清单"
    if not case.form:
        assert case.errors == {(o.problems[0].code, "")}


@pytest.mark.parametrize("case", ACCEPTED, ids=[c.id for c in ACCEPTED])
def test_accepted_returns_are_archived_with_feedback_when_warned_or_replacing(case: Case, corpus: CorpusRun) -> None:
    o = corpus.outcomes[case.id]
    assert o.stored_path is not None and o.stored_path.exists()
    assert o.stored_path.parent == corpus.cfg.archive / (case.period or "")
    assert (o.feedback is not None) == needs_feedback(o)
    if case.warnings:
        assert o.feedback is not None and o.feedback.parent == o.stored_path.parent


def test_the_newest_accepted_version_counts(corpus: CorpusRun) -> None:
    """Many versions of 东镇's June arrive in the corpus: the current one is the last accepted, and it
    replaced nothing of May's or of the other senders'."""
    con = duckdb.connect(str(work_db(corpus.cfg)), read_only=True)
    try:
        current = con.execute("select sender, period, file_name from current_submissions where form = 'fai_projects' "
                              "order by period").fetchall()
        may = con.execute("select invest_cum from cur_fai_projects where period = '2026-05' and project_code = ?",
                          [P2]).fetchone()
    finally:
        con.close()
    last = [c for c in ACCEPTED if c.form == "fai_projects"][-1]
    assert current == [("东镇", "2026-05", "fai_east_may_模板.xlsx"), ("东镇", "2026-06", last.file)]
    assert may == (Decimal("1000.25"),)
