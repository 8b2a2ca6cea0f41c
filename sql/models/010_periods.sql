-- periods: one row per monthly reporting period (YYYY-MM, 1–N cumulative) seen in any current return.
-- year_start … period_end is the span a cumulative 1–N figure counts dated events in (ledgers,
-- land parcels, funds); last_year_end is the same month's end a year earlier.
create or replace view periods as
with source as (
    select distinct period from current_submissions where length(period) = 7
),
final as (
    select
        period,
        cast(left(period, 4) as integer) as year,
        cast(right(period, 2) as integer) as month,
        printf('%04d-%s', cast(left(period, 4) as integer) - 1, right(period, 2)) as period_last_year,
        make_date(cast(left(period, 4) as integer), 1, 1) as year_start,
        last_day(make_date(cast(left(period, 4) as integer), cast(right(period, 2) as integer), 1)) as period_end,
        last_day(make_date(cast(left(period, 4) as integer) - 1, cast(right(period, 2) as integer), 1)) as last_year_end,
        -- the month a projection aims at: the end of this quarter, or of the next one at a quarter's end;
        -- none in December, the year is done (a projection of 1-12月 would be 1-12月 itself)
        case when cast(right(period, 2) as integer) = 12 then null
             when cast(right(period, 2) as integer) % 3 = 0
             then cast(right(period, 2) as integer) + 3
             else cast(right(period, 2) as integer) + 3 - cast(right(period, 2) as integer) % 3
        end as projection_month
    from source
)
select * from final;

-- Per period, whether the form's return is in (has_return, sql/ddl/002_views.sql): what a model joins to
-- tell a missing return (NULL figures) from one that counts nothing (0).
create or replace macro returns_in(of_form) as table
    select period, has_return(of_form, period) as has_return from periods;

-- Per period, the townships (cfg_senders) a return of the form that is in stands for, has_return per sender: the
-- township's own return, or, for a township that does not owe the form (cfg_owed), a department's (统计局's list of
-- every above-scale enterprise, a 发改局 list of the county's projects).  A township's figure of the form is then 0
-- when that return counts nothing of it (城关街道's list of one project, 0 万元), NULL only when it is missing (红星乡
-- owes its own list: another sender's list is no word of it).  A model joins it to the township's counted rows.
create or replace macro townships_in(of_form) as table
    select p.period, t.name as scope, true as has_return
    from periods p
    cross join cfg_senders t
    where t.kind = 'township'
      and not set_up_after(t.name, p.period)  -- a unit set up later (since) has no figure before it: blank
      and (has_return_from(of_form, t.name, p.period)
           or (not exists (select 1 from cfg_owed o where o.form = of_form and o.sender = t.name)
               and exists (select 1 from current_submissions s join cfg_senders d on d.name = s.sender
                           where s.form = of_form and s.period = p.period and d.kind <> 'township')));

-- The scopes a model has a row for in each period: the county always (its figure is 0 or NULL, never
-- absent), a township in the periods ``counted`` (period, scope, …) gives it figures.
create or replace macro scopes_of(counted) as table
    select period, setting('county') as scope from periods
    union
    select period, scope from query_table(counted);
