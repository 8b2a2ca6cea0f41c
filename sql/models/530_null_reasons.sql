-- null_reasons: one row per period, scope and indicator whose value is NULL for a reason that is no missing input,
-- the reason as a code the draft and the 数据质量 sheet word (beizeng/publish/report_phrases.toml, the
-- [signs.…] key of the same name; beizeng/ops/crosschecks.py), so no one is asked for a return that cannot help:
--   base_zero  上年同期 is 0: the growth divides by it (growth_pct gives NULL, never infinity) and is not comparable
--              (增速不可比); nor are the gaps to the target and to the city average computed from it, nor the city
--              rank by growth and its tie count (city_ranks ranks none by a growth not stated).  Sources: the
--              county's row of the city comparison stating this year's amount, 上年同期 0 and no growth (工业固投,
--              技改; the rank of 规上产值 too); the enterprise return whose 上年同期 of the enterprises it compares
--              add up to 0 (规上产值同比 of the county or of a township); the project ledgers whose 上年同期 (the
--              same month's returns of last year, a return standing for the township that counts none of its
--              projects) is 0 (工业固投 and 技改 growth of a township, the county's ledger cross-check); the 要素保障
--              ledgers with no land supplied by the same month last year (用地面积同比 of the county or of a township).
--              One rule for all: a growth the model left NULL whose base (bases) is 0.
--   new_unit   the township was set up after the same month last year (beizeng.toml since = "2026-04": a new 街道 or
--              开发区): it has no 上年同期 of its own, its growth and the gap to its target are 新设、不可比 — not 缺报, no
--              return of last year can be asked of a unit that did not exist.  The same figures of base_figures.
-- Only figures the model left NULL: a growth the project ledgers give when the bureau's row gives none is a value.
-- A figure NULL for want of a return, a row or a column is missing_inputs' (sql/models/910_missing_inputs.sql): a
-- township no return of last year stands for has no base (NULL, not 0) and is 缺报 there.  After 510: it reads
-- ind_factors.
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
bases(period, scope, measure, base) as (
    -- the 上年同期 each growth divides by, per scope.  output: the enterprises with a 上年同期 (ind_output's);
    -- fai / tech: the ledgers' figure of the same month last year (ind_fixed_investment's own for the county, a
    -- township's like for like: township_bases; 0 when a return standing for the scope counts nothing, NULL when
    -- none is in: missing, not 0); land: land_area_last_year_mu
    select period, setting('county'), 'output', sum(output_cum_last_year)
    from cur_enterprise_output group by period
    union all
    select period, township, 'output', sum(output_cum_last_year)
    from cur_enterprise_output where township is not null group by period, township
    union all
    select p.period, l.scope, case l.indicator when 'fai_cum' then 'fai' else 'tech' end, l.value
    from periods p
    join ind_fixed_investment l on l.period = p.period_last_year and l.indicator in ('fai_cum', 'tech_cum')
    where l.scope = setting('county')
    union all
    select period, scope, 'fai', fai from township_bases
    union all
    select period, scope, 'tech', tech from township_bases
    union all
    select period, scope, 'land', value from ind_factors where indicator = 'land_area_last_year_mu'
),
base_figures(measure, indicator, county, townships, beside) as (
    -- the figures that stand on a base of bases, in the county and in a township.  The county's 工业固投 and 技改
    -- growth (and their gaps) are the bureau's: from the ledgers only when the bureau gives none, and then the bureau's
    -- figure is what is awaited (missing_inputs), not a 不可比 — its own 上年同期 0 is city_base_zero's.  beside: a
    -- gap is not comparable only where the rate it is taken against is known (a township without a target has none)
    values ('output', 'output_yoy_pct', true, true, null),
           ('fai', 'fai_yoy_ledger_pct', true, false, null), ('fai', 'fai_yoy_pct', false, true, null),
           ('fai', 'fai_vs_target_pp', false, true, 'fai_target_pct'),
           ('tech', 'tech_yoy_ledger_pct', true, false, null), ('tech', 'tech_yoy_pct', false, true, null),
           ('tech', 'tech_vs_target_pp', false, true, 'tech_target_pct'),
           ('land', 'land_area_yoy_pct', true, true, null)
),
candidates as (
    select z.period, setting('county') as scope, f.indicator, 'base_zero' as reason
    from city_base_zero z
    join city_figures f using (measure)
    where not f.by_growth or coalesce(setting('rank_basis_' || z.measure), '') <> 'size'
    union all
    select b.period, b.scope, f.indicator, 'base_zero'
    from bases b
    join base_figures f using (measure)
    where b.base = 0
      and if(b.scope = setting('county'), f.county, f.townships)
      and (f.beside is null or exists (
          select 1 from ind_fixed_investment v
          where v.period = b.period and v.scope = b.scope and v.indicator = f.beside and v.value is not null))
    union all
    select p.period, u.name, f.indicator, 'new_unit'
    from periods p
    join cfg_senders u on u.kind = 'township' and set_up_after(u.name, p.period_last_year)
    cross join base_figures f
    where f.townships
),
left_null as (
    select period, scope, indicator from ind_output where value is null
    union all
    select period, scope, indicator from ind_fixed_investment where value is null
    union all
    select period, scope, indicator from ind_rank_ties where value is null
    union all
    select period, scope, indicator from ind_factors where value is null
),
final as (
    -- a new unit's growth is 新设 whatever its base would say (it has none of its own)
    select distinct on (c.period, c.scope, c.indicator) c.period, c.scope, c.indicator, c.reason
    from candidates c
    join left_null n using (period, scope, indicator)
    order by c.period, c.scope, c.indicator, c.reason = 'new_unit' desc
)
select * from final;
