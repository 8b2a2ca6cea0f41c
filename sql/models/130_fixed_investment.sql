-- ind_fixed_investment (report 1③ and 1④): one row per period per scope per indicator.
-- 工业固定资产投资 counts projects with total investment ≥ fai_min_total_investment 万元 that are in
-- the statistics database (先入库，后有数); 技改投资 is the part whose 建设性质 is 改建和技术改造 or
-- that is flagged 技改. The county's official 同比 is the statistics bureau's: its row of the city
-- comparison (the growth it states, else the growth of the amounts it states), as the rank is; the growth
-- computed from the ledgers (this period against the same month of last year's returns) is the
-- cross-check (fai_yoy_ledger_pct, tech_yoy_ledger_pct; growth_crosscheck warns when the two differ)
-- and the county's figure only when the bureau gives none.  A county in its first year has no ledgers of
-- last year, so its growth comes from the city comparison.  Townships have only their ledgers, their 上年同期
-- like for like (township_bases, sql/models/125_fai_bases.sql: a project counts in the base of the unit that
-- reports it now).  Ranks
-- and city averages come from the city comparison return.
create or replace view ind_fixed_investment as
with counted as (
    select period, submission_id, township, invest_cum, is_tech_project from fai_counted
),
by_township as (
    select period, township as scope, sum(invest_cum) as fai, coalesce(sum(invest_cum) filter (where is_tech_project), 0) as tech,
           either_read(bool_or(column_read(submission_id, 'is_tech')), bool_or(column_read(submission_id, 'nature')))
               as tech_read
    from counted group by period, township
),
by_scope as (
    -- the county row of every period: 0 when the returns count no project, NULL when there are none
    select p.period, setting('county') as scope,
           if_returned(p.has_return, sum(c.invest_cum)) as fai,
           if_returned(p.has_return, sum(c.invest_cum) filter (where c.is_tech_project)) as tech,
           either_read(bool_or(column_read(c.submission_id, 'is_tech')), bool_or(column_read(c.submission_id, 'nature')))
               as tech_read
    from returns_in('fai_projects') p left join counted c using (period) group by p.period, p.has_return
    union all
    -- a township: what the returns count of its projects; 0 when a return standing for it is in (townships_in: its
    -- own list, a nil return 零报告 too) and counts none of them, as the county's
    select period, scope, counted_or_zero(t.has_return, c.fai), counted_or_zero(t.has_return, c.tech),
           c.tech_read
    from townships_in('fai_projects') t
    full join by_township c using (period, scope)
),
known as (
    -- a ledger with neither 是否技改项目 nor 建设性质 says nothing of which projects are 技改: 未报, not 0
    select period, scope, fai, when_read(tech_read, tech) as tech from by_scope
),
with_last_year as (
    -- 上年同期: the county's figure of the same month last year; a township's like for like (township_bases, 可比口径:
    -- the projects it reports now, whichever unit reported them then), so a project handed to a new 街道 or the 经开区
    -- leaves the old town's base with its figures
    select b.*, coalesce(l.fai, t.fai) as fai_last_year, coalesce(l.tech, t.tech) as tech_last_year
    from known b
    join periods p using (period)
    left join known l on l.period = p.period_last_year and l.scope = b.scope and b.scope = setting('county')
    left join township_bases t on t.period = b.period and t.scope = b.scope and b.scope <> setting('county')
),
targets as (
    select period, scope,
           max(target) filter (where indicator = 'fai_target_pct') as fai_target,
           max(target) filter (where indicator = 'tech_target_pct') as tech_target
    from target_values group by period, scope
),
city as (
    select period,
           max(city_rank) filter (where measure = 'fai') as fai_rank,
           max(city_rank) filter (where measure = 'tech') as tech_rank,
           max(city_avg_pct) filter (where measure = 'tech') as tech_city_avg,
           max(stated_growth(growth_pct, amount, amount_last_year)) filter (where measure = 'fai') as fai_official,
           max(stated_growth(growth_pct, amount, amount_last_year)) filter (where measure = 'tech') as tech_official
    from city_ranks where county = setting('county') group by period
),
ledger as (
    select
        w.*,
        growth_pct(w.fai, w.fai_last_year) as fai_ledger,
        growth_pct(w.tech, w.tech_last_year) as tech_ledger,
        w.scope = setting('county') as is_county
    from with_last_year w
),
growth as (
    -- the official growth: the bureau's for the county (the ledgers' when it gives none), the ledgers' for a township
    select
        l.period,
        l.scope,
        l.fai,
        l.tech,
        case when l.is_county then coalesce(c.fai_official, l.fai_ledger) else l.fai_ledger end as fai_yoy,
        case when l.is_county then coalesce(c.tech_official, l.tech_ledger) else l.tech_ledger end as tech_yoy,
        case when l.is_county then l.fai_ledger end as fai_ledger,
        case when l.is_county then l.tech_ledger end as tech_ledger,
        t.fai_target,
        t.tech_target,
        l.is_county
    from ledger l
    left join targets t using (period, scope)
    left join city c using (period)
),
wide as (
    select
        g.period,
        g.scope,
        g.fai / 10000 as fai_cum,
        g.fai_yoy as fai_yoy_pct,
        g.fai_ledger as fai_yoy_ledger_pct,
        g.fai_target as fai_target_pct,
        g.fai_yoy - g.fai_target as fai_vs_target_pp,
        case when g.is_county then c.fai_rank end as fai_city_rank,
        g.tech / 10000 as tech_cum,
        g.tech_yoy as tech_yoy_pct,
        g.tech_ledger as tech_yoy_ledger_pct,
        g.tech_target as tech_target_pct,
        g.tech_yoy - g.tech_target as tech_vs_target_pp,
        case when g.is_county then c.tech_city_avg end as tech_city_avg_pct,
        case when g.is_county then g.tech_yoy - c.tech_city_avg end as tech_vs_city_pp,
        case when g.is_county then c.tech_rank end as tech_city_rank
    from growth g
    left join city c using (period)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
