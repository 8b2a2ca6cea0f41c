-- null_reasons: one row per period, scope and indicator whose value is NULL for a reason that is no missing input,
-- the reason as a code the draft and the 数据质量 sheet word (beizeng/publish/report_phrases.toml, the
-- [signs.…] key of the same name; beizeng/ops/crosschecks.py), so no one is asked for a return that cannot help:
--   base_zero  上年同期 is 0: the growth divides by it (growth_pct gives NULL, never infinity) and is not comparable
--              (增速不可比); nor are the gaps to the target and to the city average computed from it, nor the city
--              rank by growth and its tie count (city_ranks ranks none by a growth not stated).  Sources: the
--              county's row of the city comparison stating this year's amount, 上年同期 0 and no growth (工业固投,
--              技改; the rank of 规上产值 too); the enterprise return whose 上年同期 of the enterprises it compares
--              add up to 0 (规上产值同比 of the county or of a township).
-- Only figures the model left NULL: a growth the project ledgers give when the bureau's row gives none is a value.
-- A figure NULL for want of a return, a row or a column is missing_inputs' (sql/models/910_missing_inputs.sql).
create or replace view null_reasons as
with city_base_zero as (
    select period, measure
    from city_ranks
    where county = setting('county') and growth_pct is null and amount is not null and amount_last_year = 0
),
city_figures(measure, indicator, by_growth) as (
    -- the county figures that stand on the growth of a measure of the city comparison (by_growth: only when the
    -- rank basis is the growth, not the amount)
    values ('output', 'output_city_rank', true), ('output', 'output_city_rank_ties', true),
           ('fai', 'fai_yoy_pct', false), ('fai', 'fai_vs_target_pp', false), ('fai', 'fai_city_rank', true),
           ('fai', 'fai_city_rank_ties', true),
           ('tech', 'tech_yoy_pct', false), ('tech', 'tech_vs_target_pp', false), ('tech', 'tech_vs_city_pp', false),
           ('tech', 'tech_city_rank', true), ('tech', 'tech_city_rank_ties', true)
),
output_bases as (
    -- the 上年同期 the enterprise return's growth divides by (ind_output: the enterprises with a 上年同期)
    select period, setting('county') as scope, sum(output_cum_last_year) as base
    from cur_enterprise_output group by period
    union all
    select period, township, sum(output_cum_last_year)
    from cur_enterprise_output where township is not null group by period, township
),
candidates as (
    select z.period, setting('county') as scope, f.indicator, 'base_zero' as reason
    from city_base_zero z
    join city_figures f using (measure)
    where not f.by_growth or coalesce(setting('rank_basis_' || z.measure), '') <> 'size'
    union all
    select period, scope, 'output_yoy_pct', 'base_zero'
    from output_bases where base = 0
),
left_null as (
    select period, scope, indicator from ind_output where value is null
    union all
    select period, scope, indicator from ind_fixed_investment where value is null
    union all
    select period, scope, indicator from ind_rank_ties where value is null
),
final as (
    select distinct c.period, c.scope, c.indicator, c.reason
    from candidates c
    join left_null n using (period, scope, indicator)
)
select * from final;
