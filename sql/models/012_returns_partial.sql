-- returns_partial: one row per period per form some of whose owing senders (cfg_owed, from beizeng.toml) have no
-- current return standing for the period (stands_for), with their names: a county total of that form then holds
-- only the senders that sent — a part, never a whole to share out (ind_county_shares) or rank townships against.
create or replace view returns_partial as
with source as (
    select p.period, o.form, o.sender
    from periods p
    cross join cfg_owed o
),
final as (
    select period, form, string_agg(sender, '、' order by sender) as missing
    from source s
    where not exists (
        select 1 from current_submissions c
        where c.form = s.form and c.sender = s.sender and stands_for(s.form, c.period, s.period)
    )
    group by period, form
)
select * from final;
