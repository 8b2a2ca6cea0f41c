-- growth_crosscheck: one row per period per growth (工业固投, 技改投资) whose official figure, the statistics
-- bureau's (the county's row of the city comparison), and the one computed from the county's own project
-- ledgers differ by more than growth_crosscheck_pp 百分点, with a Chinese message for the run summary and
-- the 数据质量 sheet.  Both figures come from ind_fixed_investment, so each formula stays in one place; a
-- growth only one source gives (a county's first year: no ledgers of last year) is not compared.
create or replace view growth_crosscheck as
with tolerance as (
    select cast(setting('growth_crosscheck_pp') as double) as pp
),
source as (
    select period, indicator, value
    from ind_fixed_investment
    where scope = setting('county')
      and indicator in ('fai_yoy_pct', 'fai_yoy_ledger_pct', 'tech_yoy_pct', 'tech_yoy_ledger_pct')
),
pairs as (
    select
        period,
        case when indicator like 'fai%' then '工业固定资产投资' else '技术改造投资' end as figure,
        case when indicator like 'fai%' then 1 else 2 end as position,
        max(value) filter (where indicator not like '%ledger%') as official,
        max(value) filter (where indicator like '%ledger%') as ledger
    from source
    group by all
),
final as (
    select
        p.period,
        'growth_mismatch' as code,
        format('{}同比增速：统计局（全市对比表本县行）为 {:.1f}%，按本县项目台账计算为 {:.1f}%，相差 {:.1f} 个百分点'
               || '（超过 {} 个百分点）；报告采用统计局的增速',
               p.figure, round(p.official, 1), round(p.ledger, 1), round(abs(p.official - p.ledger), 1), t.pp) as message,
        p.position
    from pairs p, tolerance t
    where p.official is not null and p.ledger is not null and abs(p.official - p.ledger) > t.pp
)
select period, code, message from final
order by period, position;
