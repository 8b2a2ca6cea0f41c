-- missing_inputs: one row per period per missing input (a return, last year's return, a target row,
-- the county's own row of the city table or the figure it is ranked by, one kind of event of the 要素保障 ledgers, a
-- column a return that is in did not have: unread_columns), with a Chinese
-- message naming it, who sends it and the county indicators left NULL (or incomplete) for want of it.
-- A return counts as present for a period when a current version exists for the period (the year for
-- yearly returns); a 要素保障 ledger also when a later one of the same year exists (it holds the same
-- events).  Last year's returns are needed where a figure compares with last year's stored returns:
-- the seasonal projection, the investment growth rates and the land supplied last year.
create or replace view missing_inputs as
with needed as (
    select distinct unnest(sources) as form from indicator_catalogue
),
dependents as (
    select s.form, string_agg(s.name, '、' order by s.section, s.code) as names
    from (select unnest(sources) as form, code, name, section from indicator_catalogue) s
    group by s.form
),
titles as (
    select substr(table_name, 6) as form, split_part(comment, ':', 1) as title
    from duckdb_tables()
    where table_name like 'form\_%' escape '\'
),
senders as (
    select form, string_agg(distinct sender, '、' order by sender) as names
    from current_submissions
    group by form
),
words as (
    select period, year, month, period_last_year, projection_month,
           case when month = 1 then '1月' else '1-' || month || '月' end as months
    from periods
),
expected as (
    select
        w.*,
        n.form,
        exists (
            select 1 from current_submissions s
            where s.form = n.form and stands_for(n.form, s.period, w.period)
        ) as present
    from words w
    cross join needed n
),
absent as (
    select
        e.period,
        e.form,
        format('缺少{}的《{}》{}：{}无法计算或不完整',
               case when e.form = 'targets' then e.year || '年' else e.year || '年' || e.months end,
               coalesce(t.title, e.form), coalesce('（' || s.names || '报送）', ''), d.names) as message
    from expected e
    left join titles t using (form)
    left join senders s using (form)
    left join dependents d using (form)
    where not e.present
),
last_year_needs as (
    -- figures computed from last year's stored returns, by the return they need
    select * from (values
        ('enterprise_output', '预计完成（按上年季节比例）、预计完成占年度目标'),
        -- the county's growths are the bureau's (city comparison): only the townships' and the ledger cross-check need last year
        ('fai_projects', '各乡镇工业固定资产投资和技术改造投资的同比增速，及全县增速按项目台账的核对（全县增速取自全市对比表）'),
        ('factors', '上年同期供应工业用地面积及其同比增速')
    ) v(form, names)
),
last_year as (
    select
        e.period,
        e.form,
        format('缺少上年{}的《{}》：{}无法计算',
               case when e.form = 'enterprise_output' and e.projection_month <> e.month
                    then (e.year - 1) || '年' || e.months || '及1-' || e.projection_month || '月'
                    else (e.year - 1) || '年' || e.months end,
               coalesce(t.title, e.form), n.names) as message
    from expected e
    join last_year_needs n using (form)
    left join titles t using (form)
    where e.present
      and (
          not exists (
              select 1 from current_submissions s
              where s.form = e.form and stands_for(e.form, s.period, e.period_last_year)
          )
          or e.form = 'enterprise_output'
             and not has_return(e.form, printf('%04d-%02d', e.year - 1, e.projection_month))
      )
),
last_year_townships as (
    -- last year's project ledgers are in but none stands for a township that has figures this year, nor does any hold
    -- a project it reports now (township_bases, like for like): its growth is missing (NULL, never over 0 — a return
    -- of last year counting none of its projects is a base of 0: null_reasons)
    select
        e.period,
        e.form,
        format('缺少上年{}年{}{}的《{}》（当时没有项目也应报零报告）：{}工业固定资产投资和技术改造投资的同比增速无法计算，'
               || '全县按项目台账的增速核对只含上年已报的乡镇',
               e.year - 1, e.months, f.scope, coalesce(t.title, e.form), f.scope) as message
    from expected e
    join ind_fixed_investment f on f.period = e.period and f.indicator = 'fai_cum'
    left join titles t using (form)
    where e.form = 'fai_projects' and e.present and f.scope <> setting('county') and f.value is not null
      -- a unit set up after last year's month (beizeng.toml since) owed nothing then: 新设 (null_reasons), not 缺报
      and not set_up_after(f.scope, e.period_last_year)
      and exists (select 1 from current_submissions s
                  where s.form = e.form and stands_for(e.form, s.period, e.period_last_year))
      and not exists (select 1 from township_bases b
                      where b.period = e.period and b.scope = f.scope and b.fai is not null)
),
target_rows as (
    select
        e.period,
        'targets' as form,
        format('《{}》{}年没有“{}”（{}）的全县目标：该目标及与之比较的指标为空',
               coalesce(t.title, 'targets'), e.year, c.name, c.code) as message
    from expected e
    join indicator_catalogue c on c.is_target
    left join titles t on t.form = 'targets'
    where e.form = 'targets' and e.present
      and not exists (
          select 1 from cur_targets r
          where r.year = e.year and lower(r.indicator) = c.code
            and coalesce(r.scope, setting('county')) = setting('county')
      )
),
city_row as (
    select
        e.period,
        'city_comparison' as form,
        format('《{}》中没有本县（{}）这一行：全市排名、全市平均及其差距和交叉核对无法进行',
               coalesce(t.title, 'city_comparison'), setting('county')) as message
    from expected e
    left join titles t on t.form = 'city_comparison'
    where e.form = 'city_comparison' and e.present
      and not exists (select 1 from cur_city_comparison c where c.period = e.period and c.county = setting('county'))
),
city_rank_basis as (
    -- the county's row is there but the figure it is ranked by is empty (a "—", or a column the
    -- return lacked): the rank is NULL (city_ranks), and this says why
    select
        r.period,
        'city_comparison' as form,
        format('《{}》中本县（{}）的{}为空：{}为空',
               coalesce(t.title, 'city_comparison'), setting('county'),
               case when setting('rank_basis_' || r.measure) = 'size' then m.amount_words else m.growth_words end,
               coalesce(c.name, m.code)) as message
    from city_ranks r
    join (values
        ('output', 'output_city_rank', '规上工业总产值增速', '规上工业总产值累计'),
        ('va', 'va_city_rank', '规上工业增加值增速', '规上工业增加值'),
        ('fai', 'fai_city_rank', '工业固定资产投资增速', '工业固定资产投资累计'),
        ('tech', 'tech_city_rank', '技术改造投资增速', '技术改造投资累计')
    ) m(measure, code, growth_words, amount_words) using (measure)
    left join indicator_catalogue c on c.code = m.code
    left join titles t on t.form = 'city_comparison'
    where r.county = setting('county') and r.city_rank is null
      -- a growth over 上年同期 0 is not comparable, not missing: no return sent later gives it (null_reasons)
      and not exists (select 1 from null_reasons n
                      where n.period = r.period and n.scope = setting('county') and n.indicator = m.code)
),
factor_kinds as (
    -- one kind of 要素保障 event has no ledger covering the period though the other has
    select
        e.period,
        'factors' as form,
        format('《{}》没有覆盖本期的{}台账{}：{}为空',
               coalesce(t.title, 'factors'), k.words,
               coalesce('（往期由' || (select string_agg(distinct f.sender, '、') from cur_factors f
                                      where (f.item = '工业用地供应') = (k.kind = 'land')) || '报送）', ''),
               k.names) as message
    from expected e
    cross join (values
        ('land', '工业用地供应', 'land_parcels', '供应工业用地宗数、面积及其同比'),
        ('funds', '基金上划和工业发展资金', 'fund_contributed', '上划市工业倍增发展基金、筹集并拨付工业发展资金')
    ) k(kind, words, code, names)
    left join titles t on t.form = 'factors'
    where e.form = 'factors' and e.present
      and exists (
          select 1 from ind_factors v
          where v.period = e.period and v.scope = setting('county') and v.indicator = k.code and v.value is null
      )
),
entry_months as (
    -- the enterprise return is in and has the column but no row fills 入规年月: who entered the list this year is
    -- unknown
    select
        e.period,
        'enterprise_output' as form,
        format('《{}》{}年{}没有填写“入规年月”：{}无法计算',
               coalesce(t.title, 'enterprise_output'), e.year, e.months, coalesce(c.name, 'new_above_scale')) as message
    from expected e
    left join titles t on t.form = 'enterprise_output'
    left join indicator_catalogue c on c.code = 'new_above_scale'
    where e.form = 'enterprise_output' and e.present
      and not exists (select 1 from cur_enterprise_output r where r.period = e.period and r.entered_month is not null)
      -- a return without the column at all is said once, by unread_columns, with its sender and file
      and not exists (select 1 from unread_columns u
                      where u.period = e.period and u.form = 'enterprise_output' and u.column_header = '入规年月')
),
unread as (
    -- a return that is in but lacked a column figures count by: who sent it, the file and the figures (908)
    select period, form, message from unread_columns
),
final as (
    select * from absent
    union all
    select * from unread
    union all
    select * from entry_months
    union all
    select * from last_year
    union all
    select * from last_year_townships
    union all
    select * from target_rows
    union all
    select * from city_row
    union all
    select * from city_rank_basis
    union all
    select * from factor_kinds
)
select period, form, message from final
order by period, form, message;
