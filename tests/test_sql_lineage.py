"""Which figures a missing column leaves empty, read off the SQL (beizeng.store.sql_lineage): the missing-column
warning names exactly those (issue 11), and the figures computed from it but not empty are said apart."""

from __future__ import annotations

from beizeng.base.forms import get_form
from beizeng.intake.headers import feeds, skews
from beizeng.store.sql_lineage import Model, null_names, parse

TOY = """
create or replace view ind_toy as
with source as (
    select * from cur_toy
),
counted as (
    select period, count(*) filter (where started) as n_started, sum(amount) as amount,
           coalesce(official, growth_pct(amount, amount_ly)) as growth,
           exists (select 1 from cur_toy t where t.period = s.period and t.month is not null) as has_months
    from source s group by period
),
wide as (
    select period, n_started as started_count, amount / 10000 as amount_yi, growth as growth_pct,
           case when has_months then n_started end as guarded,
           case when setting('basis') = 'size' then amount else growth end as by_config
    from counted
)
select * from long_format(wide);
"""


def _nulls(column: str) -> set[str]:
    from beizeng.store import sql_lineage

    sql_lineage.configure({"basis": "growth"})
    model = Model(None, parse(TOY), TOY)  # type: ignore[arg-type]
    return null_names(model, "cur_toy", frozenset({column}))["ind_toy"]


def test_null_travels_through_aliases_and_stops_at_counts_fallbacks_and_unchosen_branches() -> None:
    assert _nulls("amount") == {"amount_yi"}  # the by-size branch is not the county's
    assert _nulls("started") == set()  # a count is 0, not NULL
    assert _nulls("amount_ly") == set()  # only a fallback of the bureau's own growth
    assert _nulls("official") == set()
    assert _nulls("month") == {"guarded"}  # the guard asking whether the column was given


def test_a_missing_entry_month_names_only_the_new_entrants() -> None:
    ent = get_form("enterprise_output")
    assert [i.code for i in feeds(ent)["entered_month"]] == ["new_above_scale"]
    assert [i.code for i in feeds(ent)["output_cum_last_year"]] == ["output_yoy_pct"]
    assert "output_month" not in feeds(ent) and "output_month" not in skews(ent)


def test_a_city_growth_column_names_its_own_measure_only() -> None:
    city = get_form("city_comparison")
    assert {i.code for i in feeds(city)["va_yoy_pct"]} >= {"va_yoy_pct", "va_city_rank"}
    assert all(i.code.startswith("va_") for i in feeds(city)["va_yoy_pct"])
    assert {i.code for i in feeds(city)["output_yoy_pct"]} == {"output_city_rank"}
    assert "output_cum_last_year" not in feeds(city)


def test_a_missing_flag_counted_over_is_said_to_empty_not_to_skew() -> None:
    # a count over a flag nobody sent is 未报 (when_read, sql/ddl/002_views.sql), not 0 (round 9)
    fai = get_form("fai_projects")
    assert [i.code for i in feeds(fai)["started"]] == ["key_projects_started_pct"]
    assert "started" not in skews(fai)
    # 是否技改项目 alone still skews: 建设性质 says which are 技改 without it (either_read)
    assert "is_tech" not in feeds(fai) and "tech_cum" in {i.code for i in skews(fai)["is_tech"]}
    assert "invest_month" not in feeds(fai) and "invest_month" not in skews(fai)


def test_the_rows_a_view_chooses_skew_the_figures_summed_over_them_downstream() -> None:
    # 工业固投 is summed (ind_fixed_investment's counted → by_township) over the rows the view fai_counted chose by
    # 是否纳统 and 计划总投资 (sql/models/122): a return without them skews 工业固投, not only 技改 (stop 32's CI: the
    # chosen rows stopped at the view, and invest_cum was taken for attraction's invest_… family)
    fai = get_form("fai_projects")
    for column in ("in_stats", "total_investment", "invest_cum"):
        assert {"fai_cum", "fai_yoy_pct", "tech_cum"} <= {i.code for i in skews(fai)[column]}, column
    # a form of several measures still keeps each column to its own (city_comparison's va_… never names fai_…)
    city = get_form("city_comparison")
    assert all(not i.code.startswith("fai_") for i in (*feeds(city).get("va_yoy_pct", ()), *skews(city).get("va_yoy_pct", ())))
