-- ind_cultivation_progress: one row per period per scope with a 新增规上 target: new above-scale enterprises
-- against 序时进度 of the year's target, in 百分点 (完成全年任务的百分比 − 序时进度的百分比), by the one rule
-- for 序时进度 (target_values: the target's own split, else the county's rule).  It is what the report's
-- heading 2 (企业培育) is judged on, with the same NEAR_PP lights as every other gap; a target of 0 is no
-- target (NULL), and so is a missing count.
create or replace view ind_cultivation_progress as
with source as (
    select period, scope, value as done
    from ind_cultivation
    where indicator = 'new_above_scale'
),
targets as (
    select period, scope, target, time_num, time_den
    from target_values
    where indicator = 'new_above_scale_target'
),
final as (
    select
        t.period,
        t.scope,
        'new_above_scale_vs_time_pp' as indicator,
        -- one division of exact figures: (done × time_den − time_num) × 100 ÷ (target × time_den)
        cast(share_pct(cast(s.done as decimal(18, 4)) * t.time_den - t.time_num, t.target * t.time_den) as double)
            as value
    from targets t
    left join source s using (period, scope)
)
select * from final;
