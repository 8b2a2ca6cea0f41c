-- report_3_innovation: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 3: innovation and green factories. The figures of report section 一、3 科技创新（①创新主体培育 ②绿色主体培育）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_3_innovation as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'little_giant_count', 'hightech_applying', 'tech_sme_count', 'tech_grant_enterprises',
        'tech_grant_amount', 'green_factory_candidates', 'green_factory_target'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'little_giant_count')       as little_giant_count,
        max(value) filter (where indicator = 'hightech_applying')        as hightech_applying,
        max(value) filter (where indicator = 'tech_sme_count')           as tech_sme_count,
        max(value) filter (where indicator = 'tech_grant_enterprises')   as tech_grant_enterprises,
        max(value) filter (where indicator = 'tech_grant_amount')        as tech_grant_amount,
        max(value) filter (where indicator = 'green_factory_candidates') as green_factory_candidates,
        max(value) filter (where indicator = 'green_factory_target')     as green_factory_target
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_3_innovation is '一、3 科技创新（①创新主体培育 ②绿色主体培育）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_3_innovation.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_3_innovation.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_3_innovation.little_giant_count is '国家级专精特新“小巨人”企业（户）';
comment on column report_3_innovation.hightech_applying is '申报高新技术企业（户）';
comment on column report_3_innovation.tech_sme_count is '科技型中小企业（户）';
comment on column report_3_innovation.tech_grant_enterprises is '申报省级技术改造奖励资金的企业（户）';
comment on column report_3_innovation.tech_grant_amount is '申报省级技术改造奖励资金（万元）';
comment on column report_3_innovation.green_factory_candidates is '绿色工厂重点培育对象（户）';
comment on column report_3_innovation.green_factory_target is '全年新增绿色工厂任务（户）';
