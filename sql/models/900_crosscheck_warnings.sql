-- crosscheck_warnings: one row per period per figure that two sources give differently, with a Chinese
-- message for the run summary.  Two checks with the tolerance crosscheck_pct (%, of the stored
-- or computed figure), and one of names:
--   ly_mismatch   an enterprise's 上年同期 in this month's return against what it reported itself in
--                 the same month last year (enterprises on both lists only: a newcomer's 上年同期 is
--                 its below-scale output, which no stored return holds);
--   city_mismatch this county's row of the city comparison against the same figure computed from the
--                 county's own returns (the indicator models, so each formula stays in one place).
--   entrant_unlisted a 拟入规 firm the cultivation ledger marks 已入库 this year (ledger_entrant, the count rule of
--                 ind_cultivation) before the period's month, that the period's enterprise return does not list: still
--                 counted as new (the rule), but a list a month or more on should carry it — named with the ledger
--                 file, sheet and row.  One entered in the period's own month may wait for next month's list.
-- the gap of a to b in words: relative to b, or in 万元 when b is zero
create or replace macro gap_words(a, b) as
    case when b = 0 then format('相差 {:,.2f} 万元', a - b) else format('相差 {:.2f}%', abs(a - b) * 100 / abs(b)) end;

create or replace view crosscheck_warnings as
with tolerance as (
    select cast(setting('crosscheck_pct') as decimal(18, 4)) as pct
),
last_year as (
    select
        e.period,
        e.name,
        e.uscc,
        p.period_last_year,
        e.output_cum_last_year as stated,
        l.output_cum as stored
    from cur_enterprise_output e
    join periods p using (period)
    join cur_enterprise_output l on l.period = p.period_last_year and l.uscc = e.uscc
    where e.output_cum_last_year is not null
),
ly_mismatch as (
    select
        period,
        'ly_mismatch' as code,
        format('企业月报“上年同期”与上年报表不符：{}（{}）填报 {:,.2f} 万元，{}年1-{}月报表为 {:,.2f} 万元，{}',
               name, uscc, stated, left(period_last_year, 4), cast(right(period_last_year, 2) as integer), stored,
               gap_words(stated, stored)) as message
    from last_year, tolerance t
    where abs(stated - stored) * 100 > t.pct * abs(stored)
),
county_row as (
    select * from cur_city_comparison where county = setting('county')
),
computed as (
    -- the county's own figures in 万元: this period's and last year's same period
    select
        p.period,
        max(v.value) filter (where v.period = p.period and v.indicator = 'output_cum') * 10000 as output_cum,
        max(v.value) filter (where v.period = p.period and v.indicator = 'fai_cum') * 10000 as fai_cum,
        max(v.value) filter (where v.period = p.period_last_year and v.indicator = 'fai_cum') * 10000 as fai_ly,
        max(v.value) filter (where v.period = p.period and v.indicator = 'tech_cum') * 10000 as tech_cum,
        max(v.value) filter (where v.period = p.period_last_year and v.indicator = 'tech_cum') * 10000 as tech_ly
    from periods p
    join (
        select * from ind_output where scope = setting('county')
        union all
        select * from ind_fixed_investment where scope = setting('county')
    ) v on v.period in (p.period, p.period_last_year)
    group by p.period
),
output_last_year as (
    select period, sum(output_cum_last_year) as output_ly from cur_enterprise_output group by period
),
pairs as (
    select c.period, '规上工业总产值累计' as figure, c.output_cum as city, m.output_cum as ours
    from county_row c join computed m using (period)
    union all
    select c.period, '规上工业总产值上年同期', c.output_cum_last_year, o.output_ly
    from county_row c join output_last_year o using (period)
    union all
    select c.period, '工业固定资产投资累计', c.fai_cum, m.fai_cum from county_row c join computed m using (period)
    union all
    select c.period, '工业固定资产投资上年同期', c.fai_cum_last_year, m.fai_ly from county_row c join computed m using (period)
    union all
    select c.period, '技术改造投资累计', c.tech_cum, m.tech_cum from county_row c join computed m using (period)
    union all
    select c.period, '技术改造投资上年同期', c.tech_cum_last_year, m.tech_ly from county_row c join computed m using (period)
),
city_mismatch as (
    select
        period,
        'city_mismatch' as code,
        format('全市对比表中本县“{}”为 {:,.2f} 万元，按本县报表计算为 {:,.2f} 万元，{}',
               figure, city, ours, gap_words(city, ours)) as message
    from pairs, tolerance t
    where city is not null and ours is not null and abs(city - ours) * 100 > t.pct * abs(ours)
),
entrant_unlisted as (
    select
        c.period,
        'entrant_unlisted' as code,
        format('企业培育台账记“{}”（{}）于{}已入库（文件“{}”「{}」第{}行），但统计局《规上工业企业生产月报》{}年1-{}月名单中没有该企业：'
               || '本期仍按台账计为今年新增规上企业', c.name, c.uscc, strftime(c.status_date, '%Y-%m-%d'), s.file_name,
               coalesce(c.sheet, s.sheet, ''), c.excel_row, p.year, p.month) as message
    from cur_cultivation c
    join periods p using (period)
    join current_submissions s using (submission_id)
    where ledger_entrant(c.ctype, c.status, c.status_date, p.year_start, p.period_end)
      and c.status_date < make_date(p.year, p.month, 1)
      and has_return('enterprise_output', c.period)
      and not exists (select 1 from cur_enterprise_output e where e.period = c.period and e.uscc = c.uscc)
),
final as (
    select * from ly_mismatch
    union all
    select * from city_mismatch
    union all
    select * from entrant_unlisted
)
select period, code, message from final
order by period, code, message;
