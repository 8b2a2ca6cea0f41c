-- ind_factors (report 5①②③): one row per period per scope (county, and each township for land) per indicator.
-- 要素保障 returns are year-to-date event ledgers, one per sender (自然资源局 land, 财政局 funds): a
-- figure for 1–N counts the events dated 1 January … end of month N in the sender's ledger of month
-- N, or of its next later month of the same year when that one is missing (it holds the same events).
-- Last year's land is counted the same way in last year's ledgers.  Each parcel is one row, so two
-- parcels supplied on one day are two 宗.  A figure is NULL when no sender that reports its kind of
-- event (land or funds: whoever has sent such rows) has a ledger covering the period, so one
-- department's missing ledger never reads as "nothing supplied" (missing_inputs says which).
create or replace view ind_factors as
with source as (
    select
        f.sender,
        f.period,
        f.township,
        f.item,
        f.event_date,
        f.area_mu,
        f.amount,
        case when f.item = '工业用地供应' then 'land' else 'funds' end as item_group
    from cur_factors f
),
returns as (
    -- every current return, with or without rows
    select sender, period, cast(left(period, 4) as integer) as year
    from current_submissions
    where form = 'factors' and length(period) = 7
),
reporters as (
    select distinct sender, item_group from source
),
as_of as (
    -- what a period's figures count: this year to its month end, and last year to the same month end
    select period, 'this' as which, year, period as month_period, year_start as from_date, period_end as to_date
    from periods
    union all
    select period, 'last', year - 1, period_last_year, make_date(year - 1, 1, 1), last_year_end
    from periods
),
ledgers as (
    -- per sender, the ledger covering the span: the return of its month, else the next later one that year
    select a.period, a.which, a.from_date, a.to_date, r.sender, min(r.period) as ledger_period
    from as_of a
    join returns r on stands_for('factors', r.period, a.month_period)
    group by a.period, a.which, a.from_date, a.to_date, r.sender
),
covered as (
    select
        a.period,
        a.which,
        g.item_group,
        exists (
            select 1 from ledgers l
            where l.period = a.period and l.which = a.which
              and l.sender in (select sender from reporters r where r.item_group = g.item_group)
        ) as is_covered
    from as_of a
    cross join (values ('land'), ('funds')) g(item_group)
),
events as (
    select l.period, l.which, s.* exclude (period)
    from ledgers l
    join source s on s.sender = l.sender and s.period = l.ledger_period
    where s.event_date between l.from_date and l.to_date
),
sums as (
    select
        period,
        scope,
        count(*) filter (where which = 'this' and item = '工业用地供应') as parcels,
        sum(area_mu) filter (where which = 'this' and item = '工业用地供应') as area,
        sum(area_mu) filter (where which = 'last' and item = '工业用地供应') as area_last_year,
        sum(amount) filter (where which = 'this' and item = '上划市工业倍增发展基金') as contributed,
        sum(amount) filter (where which = 'this' and item = '工业发展资金拨付') as disbursed
    -- every event counts in the county, and a parcel in its township
    from county_and_township(events)
    group by period, scope
),
coverage as (
    select
        period,
        bool_or(is_covered) filter (where which = 'this' and item_group = 'land') as land,
        bool_or(is_covered) filter (where which = 'last' and item_group = 'land') as land_last_year,
        bool_or(is_covered) filter (where which = 'this' and item_group = 'funds') as funds
    from covered
    group by period
),
counted as (
    select
        s.period,
        s.scope,
        if_returned(c.land, m.parcels) as parcels,
        if_returned(c.land, m.area) as area,
        if_returned(c.land_last_year, m.area_last_year) as area_last_year,
        if_returned(c.funds and s.scope = setting('county'), m.contributed) as contributed,
        if_returned(c.funds and s.scope = setting('county'), m.disbursed) as disbursed
    from scopes_of(sums) s
    join coverage c using (period)
    left join sums m using (period, scope)
),
wide as (
    select
        period,
        scope,
        parcels as land_parcels,
        area as land_area_mu,
        growth_pct(area, area_last_year) as land_area_yoy_pct,
        area_last_year as land_area_last_year_mu,
        contributed as fund_contributed,
        disbursed as dev_fund_disbursed
    from counted
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
