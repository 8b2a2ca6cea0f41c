"""要素保障's "filled for this kind of event" checks, made by the shared factory (forms.required_when):
land needs its area, money needs its amount, and the failure lands on the empty cell itself."""

from __future__ import annotations

from beizeng.base.config import Config
from beizeng.base.problems import Problem
from beizeng.intake.ingest import Prepared, prepare, validate_prepared
from tests.scenarios_more import factors, funds_2026_06, land_2025_12, land_2026_06


def _errors(prep: Prepared) -> list[Problem]:
    validate_prepared([prep])
    return [p for p in prep.problems if p.severity == "error"]


def test_a_parcel_without_its_area_is_refused_on_the_area_cell(county_full: Config) -> None:
    rows = land_2026_06()
    rows[1] = (*rows[1][:4], None, *rows[1][5:])  # 610599-2026-002 (西镇): supplied, no 供地面积
    path = factors(county_full.inbox, "自然资源局", "2026-06", rows)
    errors = _errors(prepare(path, county_full))
    # title, sender, unit and header lines above: the second event is on Excel row 6; 供地面积 is column G
    assert [(p.code, p.message, p.fix, p.column, p.file, p.sheet, p.cell) for p in errors] == [
        ("area_mu", "工业用地供应没有填写供地面积", "补填该宗地的供地面积（亩）", "供地面积", path.name, "Sheet1", "G6")]


def test_a_disbursement_without_its_amount_is_refused_on_the_amount_cell(county_full: Config) -> None:
    rows = funds_2026_06()
    rows[4] = (*rows[4][:5], None, rows[4][6])  # 6-28 工业发展资金拨付 with no 金额
    path = factors(county_full.inbox, "财政局", "2026-06", rows)
    errors = _errors(prepare(path, county_full))
    assert [(p.code, p.message, p.fix, p.column, p.file, p.sheet, p.cell) for p in errors] == [
        ("amount", "上划市工业倍增发展基金、工业发展资金筹集或拨付没有填写金额", "补填上划、筹集或拨付的金额（万元）",
         "金额", path.name, "Sheet1", "H9")]


def test_land_without_a_price_and_money_without_an_area_are_fine(county_full: Config) -> None:
    """成交价款 may stay empty for land, and a fund event has no area: neither check fires on them."""
    rows = land_2025_12() + funds_2026_06()
    assert all(r[5] is None for r in land_2025_12()) and all(r[4] is None for r in funds_2026_06())
    prep = prepare(factors(county_full.inbox, "财政局", "2026-06", rows), county_full)
    assert _errors(prep) == []
    assert prep.normalised is not None
