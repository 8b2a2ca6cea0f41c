"""fx34: the class behind probe 34's two xfails (tests/test_probe34.py).

1. A header naming the year before the return's with the same months as its cumulative (2025年1-6月 beside
   2026年1-6月, 2025年1-6月累计) is the return's 上年同期 (``Roles.yoy``), read and said (info ``last_year_column``);
   another year (2024年1-6月) or other months (2025年1-5月) stay set aside (``other_year_column``).
2. Bare qualifiers right of a label column (县区 | 单位 | 本月 | 累计 | 同比) are read under the figure the title names
   (各县区规上工业总产值): the city comparison, never a firm list; 本月 is never read as a cumulative."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from beizeng.base.config import Config
from tests.handmade import probe34 as p
from tests.handmade.cells import book, put, save, title
from tests.test_handmade import codes, sql
from tests.test_handmade import take_lazily as take

ENT = "select output_month, output_cum, output_cum_last_year from cur_enterprise_output order by excel_row"
CITY = "select county, output_cum, output_yoy_pct, va_yoy_pct from cur_city_comparison order by excel_row"


def _firms(third: str) -> p.Maker:
    def make(folder: Path) -> Path:
        return p.firms(folder, "统计局2026年1-6月规上企业.xlsx", "测试县2026年1-6月规模以上工业企业产值",
                       ["2026年6月", "2026年1-6月", third], p.ENT_JUNE, parent=None)
    return make


@pytest.mark.parametrize("third", ["2025年1-6月", "2025年1-6月累计", "2025年1至6月"])
def test_last_years_same_months_are_the_last_year_figure(county_full: Config, third: str) -> None:
    [o] = take(county_full, _firms(third))
    assert (o.status, o.form, o.period) == ("accepted", "enterprise_output", "2026-06"), codes(o)
    assert sql(county_full, ENT) == [(D(750), D(4200), D(4000)), (D(520), D(3000), D(2800)), (D(1400), D(8200), D(7900))]
    [x] = [x for x in o.problems if x.code == "last_year_column"]
    assert x.severity == "info" and x.cell == "I3" and "2025年" in x.message and "上年同期" in x.message, x.line()
    assert "other_year_column" not in {c for c, _ in codes(o)}
    assert not [x.line() for x in o.problems if x.code.startswith("missing_") and "上年同期" in (x.column or "")]


@pytest.mark.parametrize("third", ["2024年1-6月", "2025年1-5月"])
def test_other_years_or_other_months_stay_set_aside(county_full: Config, third: str) -> None:
    [o] = take(county_full, _firms(third))
    assert (o.status, o.period) == ("accepted", "2026-06"), codes(o)
    assert [r[1:] for r in sql(county_full, ENT)] == [(D(4200), None), (D(3000), None), (D(8200), None)]
    assert "last_year_column" not in {c for c, _ in codes(o)}
    if third.startswith("2024"):
        assert ("other_year_column", "规上企业!I3") in codes(o, "info")


def _city(title_text: str, heads: list[str], rows: dict[str, list[object]]) -> p.Maker:
    def make(folder: Path) -> Path:
        wb, ws = book("全市对比")
        title(ws, title_text, len(heads))
        ws.cell(2, 1, "填报单位：测试县统计局")
        put(ws, 3, 1, heads)
        for i, (county, figs) in enumerate(rows.items()):
            put(ws, 4 + i, 1, [county, *figs])
        return save(wb, folder / "统计局全市对比1-6月.xlsx")
    return make


def test_a_month_column_under_the_title_is_never_the_cumulative(county_full: Config) -> None:
    # 县区 | 单位 | 本月 | 同比: the city's June figure and its growth; no 1-6月 column, so no output_cum
    rows = {c: ["万元", round(p.CITY[c][0] / 6), p.CITY[c][1]] for c in p.COUNTIES}
    [o] = take(county_full, _city("测试市2026年1-6月各县区规上工业总产值", ["县区", "单位", "本月", "同比"], rows))
    assert (o.status, o.form, o.sender) == ("accepted", "city_comparison", "统计局"), codes(o)
    got = sql(county_full, CITY)
    assert ("测试县", None, D("6.2"), None) in got and len(got) == 5, got


def test_value_added_growth_under_its_title(county_full: Config) -> None:
    # 县区 | 单位 | 增速 | 位次 under 各县区规上工业增加值增速: the growth is value added's, not output's
    rows = {c: ["%", p.CITY[c][2], i + 1] for i, c in enumerate(p.COUNTIES)}
    [o] = take(county_full, _city("测试市2026年1-6月各县区规上工业增加值增速", ["县区", "单位", "增速", "位次"], rows))
    assert (o.status, o.form) == ("accepted", "city_comparison"), codes(o)
    got = sql(county_full, CITY)
    assert ("测试县", None, None, D("7.5")) in got and len(got) == 5, got
