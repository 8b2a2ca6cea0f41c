-- report_2_cultivation: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 2: new above-scale enterprises and strategic emerging industries. The figures of report section 一、2 企业培育（①新增规上培育 ②战略性新兴企业培育）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_2_cultivation as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'new_above_scale', 'above_scale_applying', 'cultivation_key_enterprises', 'new_above_scale_target',
        'above_scale_count', 'sei_count', 'sei_share_pct', 'sei_output_cum',
        'sei_output_share_pct', 'sei_output_share_target_pct', 'sei_vs_target_pp',
        'new_above_scale_vs_time_pp'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'new_above_scale')             as new_above_scale,
        max(value) filter (where indicator = 'above_scale_applying')        as above_scale_applying,
        max(value) filter (where indicator = 'cultivation_key_enterprises') as cultivation_key_enterprises,
        max(value) filter (where indicator = 'new_above_scale_target')      as new_above_scale_target,
        max(value) filter (where indicator = 'above_scale_count')           as above_scale_count,
        max(value) filter (where indicator = 'sei_count')                   as sei_count,
        max(value) filter (where indicator = 'sei_share_pct')               as sei_share_pct,
        max(value) filter (where indicator = 'sei_output_cum')              as sei_output_cum,
        max(value) filter (where indicator = 'sei_output_share_pct')        as sei_output_share_pct,
        max(value) filter (where indicator = 'sei_output_share_target_pct') as sei_output_share_target_pct,
        max(value) filter (where indicator = 'sei_vs_target_pp')            as sei_vs_target_pp,
        max(value) filter (where indicator = 'new_above_scale_vs_time_pp')  as new_above_scale_vs_time_pp
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_2_cultivation is '一、2 企业培育（①新增规上培育 ②战略性新兴企业培育）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_2_cultivation.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_2_cultivation.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_2_cultivation.new_above_scale is '今年新增规上工业企业（户）';
comment on column report_2_cultivation.above_scale_applying is '正在申报入规的企业（户）';
comment on column report_2_cultivation.cultivation_key_enterprises is '筛选确定的重点培育企业（户）';
comment on column report_2_cultivation.new_above_scale_target is '全年新增规上培育任务（户）';
comment on column report_2_cultivation.above_scale_count is '规上工业企业（户）';
comment on column report_2_cultivation.sei_count is '战略性新兴产业类规上企业（户）';
comment on column report_2_cultivation.sei_share_pct is '战略性新兴产业企业户数占比（%）';
comment on column report_2_cultivation.sei_output_cum is '战略性新兴产业企业累计产值（亿元）';
comment on column report_2_cultivation.sei_output_share_pct is '战略性新兴产业产值占比（%）';
comment on column report_2_cultivation.sei_output_share_target_pct is '战略性新兴产业产值占比目标（%）';
comment on column report_2_cultivation.sei_vs_target_pp is '战新产值占比超过目标（个百分点）';
comment on column report_2_cultivation.new_above_scale_vs_time_pp is '新增规上培育较序时进度（个百分点）';
