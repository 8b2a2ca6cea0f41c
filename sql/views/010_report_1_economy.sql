-- report_1_economy: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 1 (①–④): output, value added, industrial fixed-asset investment, technical renovation. The figures of report section 一、1 经济指标完成情况（①规上工业总产值 ②规上工业增加值 ③工业固定资产投资 ④技术改造投资）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_1_economy as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'output_cum', 'output_time_target', 'output_time_progress_pct', 'output_yoy_pct',
        'output_city_rank', 'output_projection', 'output_target', 'output_projection_target_pct',
        'output_vs_time_pp', 'output_projection_month',
        'va_yoy_pct', 'va_target_pct', 'va_vs_target_pp', 'va_city_avg_pct',
        'va_vs_city_pp', 'va_city_rank', 'fai_cum', 'fai_yoy_pct',
        'fai_target_pct', 'fai_vs_target_pp', 'fai_city_rank', 'tech_cum',
        'tech_yoy_pct', 'tech_target_pct', 'tech_vs_target_pp', 'tech_city_avg_pct',
        'tech_vs_city_pp', 'tech_city_rank',
        'output_city_rank_ties', 'va_city_rank_ties', 'fai_city_rank_ties', 'tech_city_rank_ties',
        'fai_yoy_ledger_pct', 'tech_yoy_ledger_pct'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'output_cum')                   as output_cum,
        max(value) filter (where indicator = 'output_time_target')           as output_time_target,
        max(value) filter (where indicator = 'output_time_progress_pct')     as output_time_progress_pct,
        max(value) filter (where indicator = 'output_yoy_pct')               as output_yoy_pct,
        max(value) filter (where indicator = 'output_city_rank')             as output_city_rank,
        max(value) filter (where indicator = 'output_projection')            as output_projection,
        max(value) filter (where indicator = 'output_target')                as output_target,
        max(value) filter (where indicator = 'output_projection_target_pct') as output_projection_target_pct,
        max(value) filter (where indicator = 'output_vs_time_pp')            as output_vs_time_pp,
        max(value) filter (where indicator = 'output_projection_month')      as output_projection_month,
        max(value) filter (where indicator = 'va_yoy_pct')                   as va_yoy_pct,
        max(value) filter (where indicator = 'va_target_pct')                as va_target_pct,
        max(value) filter (where indicator = 'va_vs_target_pp')              as va_vs_target_pp,
        max(value) filter (where indicator = 'va_city_avg_pct')              as va_city_avg_pct,
        max(value) filter (where indicator = 'va_vs_city_pp')                as va_vs_city_pp,
        max(value) filter (where indicator = 'va_city_rank')                 as va_city_rank,
        max(value) filter (where indicator = 'fai_cum')                      as fai_cum,
        max(value) filter (where indicator = 'fai_yoy_pct')                  as fai_yoy_pct,
        max(value) filter (where indicator = 'fai_target_pct')               as fai_target_pct,
        max(value) filter (where indicator = 'fai_vs_target_pp')             as fai_vs_target_pp,
        max(value) filter (where indicator = 'fai_city_rank')                as fai_city_rank,
        max(value) filter (where indicator = 'tech_cum')                     as tech_cum,
        max(value) filter (where indicator = 'tech_yoy_pct')                 as tech_yoy_pct,
        max(value) filter (where indicator = 'tech_target_pct')              as tech_target_pct,
        max(value) filter (where indicator = 'tech_vs_target_pp')            as tech_vs_target_pp,
        max(value) filter (where indicator = 'tech_city_avg_pct')            as tech_city_avg_pct,
        max(value) filter (where indicator = 'tech_vs_city_pp')              as tech_vs_city_pp,
        max(value) filter (where indicator = 'tech_city_rank')               as tech_city_rank,
        max(value) filter (where indicator = 'output_city_rank_ties')        as output_city_rank_ties,
        max(value) filter (where indicator = 'va_city_rank_ties')            as va_city_rank_ties,
        max(value) filter (where indicator = 'fai_city_rank_ties')           as fai_city_rank_ties,
        max(value) filter (where indicator = 'tech_city_rank_ties')          as tech_city_rank_ties,
        max(value) filter (where indicator = 'fai_yoy_ledger_pct')           as fai_yoy_ledger_pct,
        max(value) filter (where indicator = 'tech_yoy_ledger_pct')          as tech_yoy_ledger_pct
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_1_economy is '一、1 经济指标完成情况（①规上工业总产值 ②规上工业增加值 ③工业固定资产投资 ④技术改造投资）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_1_economy.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_1_economy.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_1_economy.output_cum is '规上工业总产值（亿元）';
comment on column report_1_economy.output_time_target is '规上工业总产值序时进度目标（亿元）';
comment on column report_1_economy.output_time_progress_pct is '规上工业总产值达到序时进度（%）';
comment on column report_1_economy.output_yoy_pct is '规上工业总产值同比增速（%）';
comment on column report_1_economy.output_city_rank is '规上工业总产值增速全市排名（名）';
comment on column report_1_economy.output_projection is '规上工业总产值预计完成（亿元）';
comment on column report_1_economy.output_vs_time_pp is '规上工业总产值较序时进度（个百分点）';
comment on column report_1_economy.output_projection_month is '规上工业总产值预计完成的月份（月）';
comment on column report_1_economy.output_target is '规上工业总产值年度目标（亿元）';
comment on column report_1_economy.output_projection_target_pct is '预计完成占年度目标（%）';
comment on column report_1_economy.va_yoy_pct is '规上工业增加值同比增速（%）';
comment on column report_1_economy.va_target_pct is '规上工业增加值增速目标（%）';
comment on column report_1_economy.va_vs_target_pp is '增加值增速与目标之差（个百分点）';
comment on column report_1_economy.va_city_avg_pct is '全市规上工业增加值平均增速（%）';
comment on column report_1_economy.va_vs_city_pp is '增加值增速与全市平均之差（个百分点）';
comment on column report_1_economy.va_city_rank is '规上工业增加值增速全市排名（名）';
comment on column report_1_economy.fai_cum is '工业固定资产投资（亿元）';
comment on column report_1_economy.fai_yoy_pct is '工业固定资产投资同比增速（%）';
comment on column report_1_economy.fai_target_pct is '工业固定资产投资增速目标（%）';
comment on column report_1_economy.fai_vs_target_pp is '工业投资增速与目标之差（个百分点）';
comment on column report_1_economy.fai_city_rank is '工业固定资产投资增速全市排名（名）';
comment on column report_1_economy.tech_cum is '工业技术改造投资（亿元）';
comment on column report_1_economy.tech_yoy_pct is '技术改造投资同比增速（%）';
comment on column report_1_economy.tech_target_pct is '技术改造投资增速目标（%）';
comment on column report_1_economy.tech_vs_target_pp is '技改投资增速与目标之差（个百分点）';
comment on column report_1_economy.tech_city_avg_pct is '全市技术改造投资平均增速（%）';
comment on column report_1_economy.tech_vs_city_pp is '技改投资增速与全市平均之差（个百分点）';
comment on column report_1_economy.tech_city_rank is '技术改造投资增速全市排名（名）';
comment on column report_1_economy.output_city_rank_ties is '规上工业总产值增速全市排名并列县区数（个）';
comment on column report_1_economy.va_city_rank_ties is '规上工业增加值增速全市排名并列县区数（个）';
comment on column report_1_economy.fai_city_rank_ties is '工业固定资产投资增速全市排名并列县区数（个）';
comment on column report_1_economy.tech_city_rank_ties is '技术改造投资增速全市排名并列县区数（个）';
comment on column report_1_economy.fai_yoy_ledger_pct is '工业固定资产投资同比增速（按项目台账）（%）';
comment on column report_1_economy.tech_yoy_ledger_pct is '技术改造投资同比增速（按项目台账）（%）';
