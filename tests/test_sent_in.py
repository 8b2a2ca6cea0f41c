"""Whether a return is sent on its own for a period ("1月不单独报送") is one rule, ``FormSpec.sent_in`` (the
function ``beizeng.base.periods.sent_in``): the refusal of such a return (intake.identify), the templates not
written for it (publish.templates) and the returns not owed (ops.dues.period_key) ask it.

Before, each of the three had its own copy: identify and templates knew only the monthly forms' first month,
dues knew the quarterly forms too, so a quarterly form would have had templates and accepted returns for
months nobody owed it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from beizeng.base.config import Config
from beizeng.base.dues import period_key
from beizeng.base.forms import all_forms, get_form
from beizeng.base.periods import period_of, sent_in
from beizeng.intake.ingest import ingest_files
from beizeng.ops.completeness import FormInfo
from beizeng.publish.templates import write_templates
from beizeng.store.session import open_work
from tests.corpus.cases import fai, fai_layout
from tests.corpus.data import fai_title

MONTHS = [period_of(2026, m) for m in range(1, 13)]


def test_a_return_is_sent_by_its_frequency_and_first_month() -> None:
    fai_form = get_form("fai_projects")  # first_month = 2: January is sent with February as 1-2月
    assert [fai_form.sent_in(p) for p in MONTHS[:3]] == [False, True, True]
    quarterly = dataclasses.replace(fai_form, frequency="quarterly")
    assert [m for m, p in enumerate(MONTHS, 1) if quarterly.sent_in(p)] == [3, 6, 9, 12]
    targets = get_form("targets")  # yearly
    assert targets.sent_in("2026") and targets.sent_in("2026-01")
    assert get_form("city_comparison").sent_in("2026-01")  # first_month = 1


def test_dues_ask_the_same_rule_for_a_form_and_a_catalogue_row() -> None:
    """``beizeng status`` reads forms from form_catalogue (no pandera): its rows decide as the FormSpec does."""
    forms = list(all_forms().values())
    kinds = [*forms, *(dataclasses.replace(f, frequency="quarterly") for f in forms if f.frequency == "monthly")]
    for form in kinds:
        row = FormInfo(form.code, form.title, form.senders, form.default_sender, form.frequency, form.first_month)
        for p in [*MONTHS, "2026"]:
            owed = form.sent_in(p)
            assert (period_key(form, p) is not None) == owed == (period_key(row, p) is not None), (form.code, p)
            assert owed == sent_in(form.frequency, form.first_month, p)


def test_no_template_for_a_month_not_sent_alone(county: Config, tmp_path: Path) -> None:
    january = {p.name.split("_")[1] for p in write_templates(county, "2026-01", tmp_path / "jan")}
    february = {p.name.split("_")[1] for p in write_templates(county, "2026-02", tmp_path / "feb")}
    not_in_january = {f.title for f in all_forms().values() if not f.sent_in("2026-01")}
    assert "工业固定资产投资项目月报" in not_in_january
    assert january == february - not_in_january and not january & not_in_january


def test_a_january_return_is_refused_in_the_words_of_the_rule(county: Config) -> None:
    path = county.inbox / "东镇_2026年1月_项目表.xlsx"
    fai(fai_layout(title=fai_title("2026年1月")))(path, county)
    with open_work(county) as con:
        (outcome,) = ingest_files(con, [path], county)
    assert outcome.status == "rejected"
    refused = [p for p in outcome.problems if p.code == "period_not_reported"]
    assert [(p.message, p.fix) for p in refused] == [("《工业固定资产投资项目月报》1月不单独报送", "把1月的数据并入1-2月报送")]
