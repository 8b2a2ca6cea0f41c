-- ind_attraction (report 4): one row per period per scope (county, and each township a project landed
-- in) per indicator, from the period's investment-attraction ledger.
-- Contacted: every project of the ledger except those that landed in an earlier year (they are being
-- built, no longer attracted) and those first contacted after the period.  Landed: at stage 落户 or
-- later with a landing date this year up to the period, with their total investment.  Funds in place:
-- this year's funds of every project of the ledger, earlier years' projects included.  Against the
-- cumulative target of the quarter the month falls in (month 3 → Q1, month 4 → Q2).  What a project counts as is
-- attraction_rows' (405, shared with the landed projects the report names, 485).
create or replace view ind_attraction as
with counts as (
    select
        period,
        scope,
        count(*) filter (where worked_this_year) as contacted,
        count(*) filter (where landed_this_year) as landed,
        sum(total_investment) filter (where landed_this_year) as landed_investment,
        sum(funds_in_place) as funds,
        -- whether the amounts stood on a return that had their column (a ledger without 本年到位资金 is 未报, not 0)
        bool_or(column_read(submission_id, 'total_investment')) as investment_read,
        bool_or(column_read(submission_id, 'funds_in_place')) as funds_read
    -- every project counts in the county, and in its township once it has one
    from county_and_township(attraction_rows)
    group by period, scope
),
targets as (
    select period, scope, quarter_target, quarter_num, quarter_den
    from target_values where indicator = 'invest_quarter_target'
),
wide as (
    select
        s.period,
        s.scope,
        if_returned(p.has_return, c.contacted) as invest_contacted,
        if_returned(p.has_return, c.landed) as invest_landed,
        if_read(p.has_return, c.investment_read, c.landed_investment) / 10000 as invest_total,
        if_read(p.has_return, c.funds_read, c.funds) / 10000 as invest_funds_in_place,
        t.quarter_target as invest_quarter_target,
        -- one division of exact amounts: (funds − target × 10000) ÷ 10000
        (if_read(p.has_return, c.funds_read, c.funds) * t.quarter_den - t.quarter_num * 10000) / (t.quarter_den * 10000)
            as invest_vs_quarter_target
    from scopes_of(counts) s
    join returns_in('attraction') p using (period)
    left join counts c using (period, scope)
    left join targets t using (period, scope)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
