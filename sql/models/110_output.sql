-- ind_output (report 1①): one row per period per scope (county, and each township) per indicator.
-- 规上工业总产值 from the enterprise return, its 同比 against the return's own 上年同期 column,
-- 序时进度 against the output target, the city rank, and a seasonal projection: this year's
-- cumulative × last year's cum(projection month) ÷ cum(this month) from the stored returns.
-- The county has a row for every period (NULL figures when the enterprise return is missing).
create or replace view ind_output as
with source as (
    select * from cur_enterprise_output
),
by_township as (
    select period, township as scope, sum(output_cum) as cum, sum(output_cum_last_year) as cum_last_year,
           sum(output_cum) filter (where output_cum_last_year is not null) as cum_comparable
    from source group by period, township
),
by_scope as (
    -- the county row of every period, NULL where the return is missing, so the gap is visible; cum_comparable is
    -- the cumulative of the enterprises whose 上年同期 is known (an #N/A or blank 上年同期 is no figure: the growth
    -- compares the same enterprises both years, never this year's all over last year's some)
    select p.period, setting('county') as scope, sum(s.output_cum) as cum, sum(s.output_cum_last_year) as cum_last_year,
           sum(s.output_cum) filter (where s.output_cum_last_year is not null) as cum_comparable
    from periods p left join source s using (period) group by p.period
    union all
    -- a township: its enterprises; 0 when the list standing for it is in (townships_in: 统计局's list of every
    -- above-scale enterprise) and has none of it
    select period, scope, counted_or_zero(t.has_return, o.cum),
           counted_or_zero(t.has_return, o.cum_last_year),
           counted_or_zero(t.has_return, o.cum_comparable)
    from townships_in('enterprise_output') t
    full join by_township o using (period, scope)
),
seasonal as (
    -- last year's cumulative at this month and at the projection month, same scope
    select p.period, b.scope,
           max(case when l.period = p.period_last_year then l.cum end) as ly_now,
           max(case when l.period = printf('%04d-%02d', p.year - 1, p.projection_month) then l.cum end) as ly_then
    from periods p
    join by_scope b on b.period = p.period
    join by_scope l on l.scope = b.scope and left(l.period, 4) = cast(p.year - 1 as varchar)
    group by p.period, b.scope
),
targets as (
    select period, scope, target, time_target, time_num, time_den from target_values where indicator = 'output_target'
),
city as (
    select period, city_rank from city_ranks where measure = 'output' and county = setting('county')
),
wide as (
    select
        b.period,
        b.scope,
        b.cum / 10000 as output_cum,
        t.time_target as output_time_target,
        share_pct(b.cum * t.time_den, t.time_num * 10000) as output_time_progress_pct,
        share_pct(b.cum * t.time_den - t.time_num * 10000, t.target * 10000 * t.time_den) as output_vs_time_pp,
        growth_pct(b.cum_comparable, b.cum_last_year) as output_yoy_pct,
        case when b.scope = setting('county') then c.city_rank end as output_city_rank,
        -- NULL in December: no projection_month (sql/models/010_periods.sql), no ly_then
        b.cum * s.ly_then / nullif(s.ly_now * 10000, 0) as output_projection,
        case when b.cum is not null then p.projection_month end as output_projection_month,
        t.target as output_target,
        share_pct(b.cum * s.ly_then, s.ly_now * t.target * 10000) as output_projection_target_pct
    from by_scope b
    left join targets t using (period, scope)
    left join seasonal s using (period, scope)
    left join city c using (period)
    join periods p using (period)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
