-- report_5_factors: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 5: land, city fund contributions, county development funds. The figures of report section 一、5 要素保障（①工业用地供应 ②工业发展基金上缴 ③工业发展资金到位）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_5_factors as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'land_parcels', 'land_area_mu', 'land_area_yoy_pct', 'land_area_last_year_mu',
        'fund_contributed', 'dev_fund_disbursed'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'land_parcels')           as land_parcels,
        max(value) filter (where indicator = 'land_area_mu')           as land_area_mu,
        max(value) filter (where indicator = 'land_area_yoy_pct')      as land_area_yoy_pct,
        max(value) filter (where indicator = 'land_area_last_year_mu') as land_area_last_year_mu,
        max(value) filter (where indicator = 'fund_contributed')       as fund_contributed,
        max(value) filter (where indicator = 'dev_fund_disbursed')     as dev_fund_disbursed
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_5_factors is '一、5 要素保障（①工业用地供应 ②工业发展基金上缴 ③工业发展资金到位）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_5_factors.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_5_factors.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_5_factors.land_parcels is '供应工业用地（宗）';
comment on column report_5_factors.land_area_mu is '供应工业用地面积（亩）';
comment on column report_5_factors.land_area_yoy_pct is '供应工业用地面积同比增速（%）';
comment on column report_5_factors.land_area_last_year_mu is '上年同期供应工业用地面积（亩）';
comment on column report_5_factors.fund_contributed is '上划市工业倍增发展基金累计（万元）';
comment on column report_5_factors.dev_fund_disbursed is '筹集并拨付工业发展资金（万元）';
