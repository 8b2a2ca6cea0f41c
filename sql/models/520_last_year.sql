-- ind_last_year (report 3①②, 5②③): one row per period per scope per indicator: a figure of the same period a
-- year earlier (2026-06 → 2025-06), read from the model that computes it, so this year's count and last year's
-- are counted by one rule — the basis the headings of sections 3 and 5 are worded by (more, as many, fewer than
-- last year), sections that have no target of their own.  Recognitions and applications count those dated in
-- last year up to its month (ind_innovation over last year's ledger); funds what last year's ledgers hold up to
-- the same month end (ind_factors).  NULL when the warehouse holds no such figure a year earlier (a county in
-- its first year, or last year's return missing): no basis, and the heading says nothing of a comparison.
create or replace view ind_last_year as
with pairs(figure, code) as (
    values ('little_giant_count', 'little_giant_count_last_year'),
           ('hightech_applying', 'hightech_applying_last_year'),
           ('tech_sme_count', 'tech_sme_count_last_year'),
           ('fund_contributed', 'fund_contributed_last_year'),
           ('dev_fund_disbursed', 'dev_fund_disbursed_last_year')
),
figures as (
    select period, scope, indicator, value from ind_innovation where indicator in (select figure from pairs)
    union all
    select period, scope, indicator, value from ind_factors where indicator in (select figure from pairs)
),
last_year_scopes as (
    -- a township where it had the figure a year earlier
    select p.period, f.scope from periods p join figures f on f.period = p.period_last_year
),
scopes as (
    -- and the county in every period (the shared rule, sql/models/010_periods.sql)
    select * from scopes_of(last_year_scopes)
)
select s.period, s.scope, pr.code as indicator, f.value
from scopes s
join periods p using (period)
cross join pairs pr
left join figures f on f.period = p.period_last_year and f.scope = s.scope and f.indicator = pr.figure;
