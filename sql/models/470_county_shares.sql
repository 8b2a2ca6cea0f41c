-- ind_county_shares: one row per period per scope (each township, and the county at 100) per amount the 分乡镇
-- sheet shares out: the scope's 规上工业总产值, 工业固定资产投资 and 技术改造投资 as a % of the county's, in one
-- division of exact figures (amounts in 亿元 have at most 8 decimals).  A county total of 0 or none is no share, nor
-- is one some owing sender's return is missing from (returns_partial): 东镇 is not 100 % of a county whose 西镇 is out.
create or replace view ind_county_shares as
with pairs(figure, code, form) as (
    values ('output_cum', 'output_county_share_pct', 'enterprise_output'),
           ('fai_cum', 'fai_county_share_pct', 'fai_projects'),
           ('tech_cum', 'tech_county_share_pct', 'fai_projects')
),
figures as (
    select period, scope, indicator, cast(value as decimal(18, 8)) as amount
    from (
        select * from ind_output
        union all by name select * from ind_fixed_investment
    )
    where indicator in (select figure from pairs)
),
final as (
    select f.period, f.scope, p.code as indicator,
           case when r.form is null then share_pct(f.amount, c.amount) end as value
    from figures f
    join pairs p on p.figure = f.indicator
    left join figures c on c.period = f.period and c.indicator = f.indicator and c.scope = setting('county')
    left join returns_partial r on r.period = f.period and r.form = p.form
)
select period, scope, indicator, cast(value as double) as value from final;
