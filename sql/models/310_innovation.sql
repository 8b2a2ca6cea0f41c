-- ind_innovation (report 3①②): one row per period per scope (county, and each township) per indicator.
-- All from the period's enterprise cultivation ledger.  "This year" means a status date from 1 January
-- to the end of the period's month: a 小巨人 recognised last year is in the ledger but not counted.
-- Applications for 高新技术企业 count while pending and, once decided this year, still count; the
-- 技改奖励资金 rows count (with their amounts) once filed this year.  Green-factory candidates are those
-- still being cultivated or applying.  Which row counts in which list is cultivation_lists' (305, shared with
-- the names the report prints, 485).  A county figure is NULL when the ledger of the period is missing.
create or replace view ind_innovation as
with counts as (
    select
        period,
        scope,
        count(distinct uscc) filter (where list = 'little_giants') as little_giant,
        count(distinct uscc) filter (where list = 'hightech') as hightech,
        count(distinct uscc) filter (where list = 'tech_sme') as tech_sme,
        count(distinct uscc) filter (where list = 'tech_grants') as grant_enterprises,
        sum(grant_amount) filter (where list = 'tech_grants') as grant_amount,
        -- a ledger without 奖补资金 says nothing of the amounts: 未报, not 0
        bool_or(column_read(submission_id, 'grant_amount')) as grant_amount_read,
        count(distinct uscc) filter (where list = 'green') as green
    -- every ledger row counts in the county and in its township
    from county_and_township(cultivation_lists)
    group by period, scope
),
targets as (
    select period, scope, target from target_values where indicator = 'green_factory_target'
),
wide as (
    select
        s.period,
        s.scope,
        if_returned(p.has_return, c.little_giant) as little_giant_count,
        if_returned(p.has_return, c.hightech) as hightech_applying,
        if_returned(p.has_return, c.tech_sme) as tech_sme_count,
        if_returned(p.has_return, c.grant_enterprises) as tech_grant_enterprises,
        if_read(p.has_return, c.grant_amount_read, c.grant_amount) as tech_grant_amount,
        if_returned(p.has_return, c.green) as green_factory_candidates,
        t.target as green_factory_target
    from scopes_of(counts) s
    join returns_in('cultivation') p using (period)
    left join counts c using (period, scope)
    left join targets t using (period, scope)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
