-- target_values: one row per period per scope per target indicator of the current 目标任务 return.
-- time_target is 序时进度 by one rule for every indicator: the target's own cumulative quarterly split
-- when it has one (interpolated linearly inside a quarter), else the county's rule (time_shares: N/12 or
-- the configured quarterly shares). It is kept as an exact fraction time_num ÷ time_den too, so that
-- percentages of it are computed with a single division.  quarter_target is the cumulative target at
-- the end of the quarter the month falls in (month 3 → Q1, month 4 → Q2): the target's own split
-- whatever the rule, else the "quarterly" rule's shares, else the annual target × quarters elapsed ÷ 4
-- (kept as quarter_num ÷ quarter_den as well).
create or replace view target_values as
with source as (
    select * from cur_targets
),
renamed as (
    select
        year,
        lower(indicator) as indicator,
        coalesce(scope, setting('county')) as scope,
        value as target,
        unit,
        -- cumulative targets at the ends of quarters 1–4: the county-wide shares of the "quarterly"
        -- rule, or the target's own split
        case when setting('time_progress') = 'quarterly'
             then [0, value * cast(setting('quarter_share_1') as decimal(18, 4)) / 100,
                      value * cast(setting('quarter_share_2') as decimal(18, 4)) / 100,
                      value * cast(setting('quarter_share_3') as decimal(18, 4)) / 100, value]
             else [0, q1, q2, q3, coalesce(q4, value)]
        end as quarter_ends,
        [0, q1, q2, q3, coalesce(q4, value)] as own_ends
    from source
),
split as (
    select
        p.period,
        p.month,
        r.*,
        r.quarter_ends[(p.month + 2) // 3 + 1] as next_end,
        r.own_ends[(p.month + 2) // 3 + 1] as own_next_end,
        r.own_ends[p.month // 3 + 1] as own_prev_end,
        coalesce(r.own_ends[2], r.own_ends[3], r.own_ends[4]) is not null
            and r.own_ends[p.month // 3 + 1] is not null
            and r.own_ends[(p.month + 2) // 3 + 1] is not null as use_own,
        t.share_num,
        t.share_den
    from renamed r
    join periods p on p.year = r.year
    join time_shares t on t.period = p.period
),
final as (
    select
        period,
        month,
        scope,
        indicator,
        target,
        unit,
        case when use_own then own_prev_end * 3 + (own_next_end - own_prev_end) * (month % 3)
             else target * share_num end as time_num,
        case when use_own then 3 else share_den * 100 end as time_den,
        time_num / time_den as time_target,
        coalesce(own_next_end, next_end, target * ((month + 2) // 3)) as quarter_num,
        case when coalesce(own_next_end, next_end) is null then 4 else 1 end as quarter_den,
        quarter_num / quarter_den as quarter_target
    from split
)
select * from final;
