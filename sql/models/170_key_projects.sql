-- ind_key_projects (report 7): one row per period per scope per indicator, for the projects flagged
-- 倍增重点项目. 开工率 = started ÷ key projects; 纳统率 = in the statistics database ÷ key projects
-- (or ÷ started ones, setting in_stats_denominator); completion = cumulative completed investment ÷
-- the annual plan, compared with 序时进度 by the county's rule (time_shares: N/12 or its quarterly shares).
create or replace view ind_key_projects as
with source as (
    select * from cur_fai_projects where is_key
),
reads as (
    -- whether the rows came from returns that had 是否倍增重点项目 (over every row: a ledger without the column has
    -- no row in source): without it which projects are key is 未报, not 0
    select period, scope, bool_or(column_read(submission_id, 'is_key')) as key_read
    from county_and_township(cur_fai_projects)
    group by period, scope
),
by_township as (
    select period, township as scope, count(*) as n, count(*) filter (where started) as n_started,
           count(*) filter (where in_stats) as n_in_stats, sum(annual_plan) as plan, sum(invest_cum) as done,
           bool_or(column_read(submission_id, 'started')) as started_read
    from source group by period, township
),
by_scope as (
    -- the county row of every period: NULL figures when no township's return is in
    select p.period, setting('county') as scope,
           case when p.has_return then count(s.project_code) end as n,
           count(s.project_code) filter (where s.started) as n_started,
           case when p.has_return then count(s.project_code) filter (where s.in_stats) end as n_in_stats,
           sum(s.annual_plan) as plan, if_returned(p.has_return, sum(s.invest_cum)) as done,
           -- over the key projects: a ledger without 是否开工 (nor 开工日期) says nothing of which started
           bool_or(column_read(s.submission_id, 'started')) as started_read
    from returns_in('fai_projects') p left join source s using (period) group by p.period, p.has_return
    union all
    -- a township: its key projects; none (0, 0.00 done) when a return standing for it is in (townships_in) and
    -- lists no key project of it, NULL only when it is missing
    select period, scope, counted_or_zero(t.has_return, k.n), counted_or_zero(t.has_return, k.n_started),
           counted_or_zero(t.has_return, k.n_in_stats), k.plan,
           counted_or_zero(t.has_return, k.done), k.started_read
    from townships_in('fai_projects') t
    full join by_township k using (period, scope)
),
known as (
    select
        b.period,
        b.scope,
        when_read(r.key_read, b.n) as n,
        when_read(r.key_read, when_read(b.started_read, b.n_started)) as n_started,
        when_read(r.key_read, b.n_in_stats) as n_in_stats,
        when_read(r.key_read, b.plan) as plan,
        when_read(r.key_read, b.done) as done
    from by_scope b
    left join reads r using (period, scope)
),
wide as (
    select
        b.period,
        b.scope,
        b.n as key_projects,
        b.plan / 10000 as key_projects_annual_plan,
        share_pct(b.n_started, b.n) as key_projects_started_pct,
        b.n_in_stats as key_projects_in_stats,
        share_pct(b.n_in_stats, case when setting('in_stats_denominator') = 'started' then b.n_started else b.n end)
            as key_projects_in_stats_pct,
        b.done / 10000 as key_projects_completed_cum,
        share_pct(b.done, b.plan) as key_projects_plan_pct,
        t.share_num / t.share_den as time_progress_pct,
        vs_time_pp(b.done, b.plan, t.share_num, t.share_den) as key_projects_vs_time_pp
    from known b
    join time_shares t using (period)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
