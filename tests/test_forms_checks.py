"""The shared "date required at this stage" check: one factory, the same Chinese wording in every ledger,
the failure put on the date's own cell."""

from __future__ import annotations

from beizeng.base.config import Config
from beizeng.base.problems import Problem
from beizeng.intake.ingest import Prepared, prepare, validate_prepared
from tests.scenarios import E1
from tests.scenarios_more import attraction, attraction_2026_06, cultivation, cultivation_2026_06


def _errors(prep: Prepared) -> list[Problem]:
    validate_prepared([prep])
    return [p for p in prep.problems if p.severity == "error"]


def test_a_landed_project_without_its_landing_date_is_refused_on_that_cell(county_full: Config) -> None:
    rows = attraction_2026_06()
    rows[1] = (*rows[1][:6], None, *rows[1][7:])  # 秦河: 落户 but no 落户日期
    prep = prepare(attraction(county_full.inbox, "2026-06", rows), county_full)
    errors = _errors(prep)
    assert [(p.code, p.message, p.fix, p.column, p.row) for p in errors] == [
        ("landed_date", "落户、开工或投产的项目没有填写落户日期", "补填项目落户日期，如 2026-03-01", "落户日期", 6)]


def test_a_started_project_needs_both_dates(county_full: Config) -> None:
    rows = attraction_2026_06()
    rows[0] = (*rows[0][:6], None, None, *rows[0][8:])  # 金隅: 开工 with neither 落户日期 nor 开工日期
    errors = _errors(prepare(attraction(county_full.inbox, "2026-06", rows), county_full))
    assert sorted((p.column, p.message) for p in errors) == [
        ("开工日期", "开工或投产的项目没有填写开工日期"), ("落户日期", "落户、开工或投产的项目没有填写落户日期")]


def test_an_undated_recognition_is_refused_but_an_undated_candidate_is_not(county_full: Config) -> None:
    rows = cultivation_2026_06()
    rows[6] = (E1, "东方光伏科技有限公司", "东镇", "专精特新小巨人", "已认定", None, 100)
    errors = _errors(prepare(cultivation(county_full.inbox, "2026-06", rows), county_full))
    # 培育中 rows without a date (C2, C4, E3, E1) are fine; only the recognised 小巨人 is refused
    assert [(p.message, p.column, p.row) for p in errors] == [
        ("申报中、已认定、已入库或未通过的企业没有填写状态日期", "状态日期", 11)]
