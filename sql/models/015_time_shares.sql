-- time_shares: one row per period. The share of a year's target due by the end of the period (序时进度,
-- in %) for a target that carries no split of its own, under the county's rule (setting time_progress):
-- N/12 ("linear", also "target_split"), or the quarterly shares ("quarterly") interpolated linearly inside
-- a quarter. Kept as share_num ÷ share_den so every percentage of it is one final division. A target
-- with its own quarterly split uses that split instead (target_values): one rule for every indicator.
create or replace view time_shares as
with source as (
    select period, month from periods
),
rule as (
    select case when setting('time_progress') = 'quarterly'
                then [0, cast(setting('quarter_share_1') as decimal(18, 4)), cast(setting('quarter_share_2') as decimal(18, 4)),
                      cast(setting('quarter_share_3') as decimal(18, 4)), 100]
           end as ends
),
final as (
    select
        s.period,
        s.month,
        case when r.ends is null then cast(s.month * 100 as decimal(18, 4))
             else r.ends[s.month // 3 + 1] * 3 + (r.ends[(s.month + 2) // 3 + 1] - r.ends[s.month // 3 + 1]) * (s.month % 3)
        end as share_num,
        case when r.ends is null then 12 else 3 end as share_den
    from source s cross join rule r
)
select * from final;
