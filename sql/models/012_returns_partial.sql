-- returns_partial: one row per period per form some of whose owing senders (cfg_owed, from beizeng.toml) have no
-- current return standing for the period (stands_for), with their names: a county total of that form then holds
-- only the senders that sent — a part, never a whole to share out (ind_county_shares) or rank townships against.
-- missing is a list in beizeng.toml's order; owing counts every sender owing it.  A form none sent has a row too
-- (missing_inputs says it); the run's "还缺…个单位" warning (beizeng/ops/crosschecks) reads the others.
create or replace view returns_partial as
with source as (
    select p.period, o.form, o.sender, o.position, count(*) over (partition by p.period, o.form) as owing
    from periods p
    cross join cfg_owed o
    -- a unit set up later (beizeng.toml since) owes nothing before it: past county totals stay whole
    where not set_up_after(o.sender, p.period)
),
final as (
    select period, form, list(sender order by position) as missing, any_value(owing) as owing
    from source s
    where not exists (
        select 1 from current_submissions c
        where c.form = s.form and c.sender = s.sender and stands_for(s.form, c.period, s.period)
    )
    group by period, form
)
select * from final;
