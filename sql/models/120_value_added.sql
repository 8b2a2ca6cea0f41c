-- ind_value_added (report 1②): one row per period per indicator, county scope only.
-- 规上工业增加值增速 is a constant-price growth the statistics bureau computes: it comes from the
-- city comparison return, with its city average (the 全市 row) and rank, against the target.
create or replace view ind_value_added as
with source as (
    select * from city_ranks where measure = 'va' and county = setting('county')
),
targets as (
    select period, target from target_values where indicator = 'va_target_pct' and scope = setting('county')
),
wide as (
    select
        p.period,
        setting('county') as scope,
        s.growth_pct as va_yoy_pct,
        t.target as va_target_pct,
        s.growth_pct - t.target as va_vs_target_pp,
        s.city_avg_pct as va_city_avg_pct,
        s.growth_pct - s.city_avg_pct as va_vs_city_pp,
        s.city_rank as va_city_rank
    -- every period, so a missing city table leaves NULL figures rather than no rows
    from periods p
    left join source s using (period)
    left join targets t using (period)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
