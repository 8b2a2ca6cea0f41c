-- ind_attainment: one row per period per scope per code: how far each amount or count with a yearly target has
-- come, all in % of that target, so the
-- 指标总览 shows one unit per column (完成进度 and 序时进度 in %, the gap in 百分点) and every row with a
-- target gets a light.  For each (figure, target) pair: <prefix>_target_pct = figure ÷ target × 100;
-- <prefix>_time_share_pct = 序时进度 ÷ target × 100 by the one rule for 序时进度 (target_values: the target's
-- own split, else the county's rule); <prefix>_vs_time_pp = the first minus the second, in one division of
-- exact figures (done × time_den − time_num) × 100 ÷ (target × time_den) — already a code for output
-- (output_vs_time_pp) and 新增规上 (new_above_scale_vs_time_pp), added here for the others.  A zero target is
-- no target (NULL).  Also the year's 招商 target (invest_target_annual: 季度任务 is its cumulative split; not
-- named *_target, which would make it a choice of the 目标任务 form, schemas/targets.py) and how far the
-- projection to the year's end falls short of or exceeds the year's output target (output_projection_vs_target_pp).
-- Figures come from their own models' rows (exact: amounts in 亿元 have at most 8 decimals).
create or replace view ind_attainment as
with pairs(prefix, figure, target) as (
    values ('output', 'output_cum', 'output_target'),
           ('new_above_scale', 'new_above_scale', 'new_above_scale_target'),
           ('green_factory', 'green_factory_candidates', 'green_factory_target'),
           ('invest', 'invest_funds_in_place', 'invest_quarter_target')
),
figures as (
    select period, scope, indicator, cast(value as decimal(18, 8)) as done
    from (
        select * from ind_output
        union all by name select * from ind_cultivation
        union all by name select * from ind_innovation
        union all by name select * from ind_attraction
    )
    where indicator in (select figure from pairs) or indicator = 'output_projection_target_pct'
),
joined as (
    select t.period, t.scope, p.prefix, f.done, nullif(t.target, 0) as target, t.time_num, t.time_den
    from pairs p
    join target_values t on t.indicator = p.target
    left join figures f on f.period = t.period and f.scope = t.scope and f.indicator = p.figure
),
final as (
    select period, scope, prefix || '_target_pct' as indicator, share_pct(done, target) as value
    from joined
    union all
    select period, scope, prefix || '_time_share_pct', share_pct(time_num, target * time_den)
    from joined
    union all
    select period, scope, prefix || '_vs_time_pp', share_pct(done * time_den - time_num, target * time_den)
    from joined where prefix in ('green_factory', 'invest')
    union all
    select period, scope, 'invest_target_annual', target
    from joined where prefix = 'invest'
    union all
    -- 预计完成占年度目标 − 100: above 0 the projection exceeds the year's target.  Only for a projection to the
    -- year's end (September to November; December projects nothing): 一季度's projection is no shortfall against the whole year's target, so
    -- before September there is no row at all (not applicable), never a NULL (which would mean an input is missing)
    select f.period, f.scope, 'output_projection_vs_target_pp', f.done - 100
    from figures f join periods p using (period)
    where f.indicator = 'output_projection_target_pct' and p.projection_month = 12
)
select period, scope, indicator, cast(value as double) as value from final;
