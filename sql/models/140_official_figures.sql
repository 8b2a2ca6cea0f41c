-- official_figures: one row per period per county figure of ind_fixed_investment whose value this period is the
-- statistics bureau's — the 工业固投 / 技改 growth its row of the city comparison states (stated_growth) and the gaps
-- computed from that growth (wide of sql/models/130_fixed_investment.sql) — not the project ledgers'.  A project
-- list some township has not sent leaves such a figure whole: crosschecks.partial_returns names only the figures
-- that stand on the partial return's totals.  A growth the bureau does not give is the ledgers' (no row here).
create or replace view official_figures as
with source as (
    select period, measure, stated_growth(growth_pct, amount, amount_last_year) as official
    from city_ranks
    where county = setting('county') and measure in ('fai', 'tech')
),
figures(measure, indicator) as (
    values ('fai', 'fai_yoy_pct'), ('fai', 'fai_vs_target_pp'),
           ('tech', 'tech_yoy_pct'), ('tech', 'tech_vs_target_pp'), ('tech', 'tech_vs_city_pp')
),
final as (
    select s.period, f.indicator, 'city_comparison' as form
    from source s
    join figures f using (measure)
    where s.official is not null
)
select * from final;
