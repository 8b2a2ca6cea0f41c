-- report_4_investment: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 4: investment attraction. The figures of report section 一、4 招商引资: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_4_investment as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'invest_contacted', 'invest_landed', 'invest_total', 'invest_funds_in_place',
        'invest_quarter_target', 'invest_vs_quarter_target'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'invest_contacted')         as invest_contacted,
        max(value) filter (where indicator = 'invest_landed')            as invest_landed,
        max(value) filter (where indicator = 'invest_total')             as invest_total,
        max(value) filter (where indicator = 'invest_funds_in_place')    as invest_funds_in_place,
        max(value) filter (where indicator = 'invest_quarter_target')    as invest_quarter_target,
        max(value) filter (where indicator = 'invest_vs_quarter_target') as invest_vs_quarter_target
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_4_investment is '一、4 招商引资：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_4_investment.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_4_investment.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_4_investment.invest_contacted is '对接工业类招商引资项目（个）';
comment on column report_4_investment.invest_landed is '成功落户项目（个）';
comment on column report_4_investment.invest_total is '落户项目总投资（亿元）';
comment on column report_4_investment.invest_funds_in_place is '招商引资到位资金（亿元）';
comment on column report_4_investment.invest_quarter_target is '招商引资季度任务指标（亿元）';
comment on column report_4_investment.invest_vs_quarter_target is '超出季度任务指标（亿元）';
