-- report_7_key_projects: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 7: key projects of the doubling plan. The figures of report section 一、7 项目建设（工业倍增计划重点项目）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
create or replace view report_7_key_projects as
with source as (
    select period, scope, indicator, value
    from indicator_values
    where indicator in (
        'key_projects', 'key_projects_annual_plan', 'key_projects_started_pct', 'key_projects_in_stats',
        'key_projects_in_stats_pct', 'key_projects_completed_cum', 'key_projects_plan_pct', 'time_progress_pct',
        'key_projects_vs_time_pp'
    )
),
final as (
    select
        period,
        scope,
        max(value) filter (where indicator = 'key_projects')               as key_projects,
        max(value) filter (where indicator = 'key_projects_annual_plan')   as key_projects_annual_plan,
        max(value) filter (where indicator = 'key_projects_started_pct')   as key_projects_started_pct,
        max(value) filter (where indicator = 'key_projects_in_stats')      as key_projects_in_stats,
        max(value) filter (where indicator = 'key_projects_in_stats_pct')  as key_projects_in_stats_pct,
        max(value) filter (where indicator = 'key_projects_completed_cum') as key_projects_completed_cum,
        max(value) filter (where indicator = 'key_projects_plan_pct')      as key_projects_plan_pct,
        max(value) filter (where indicator = 'time_progress_pct')          as time_progress_pct,
        max(value) filter (where indicator = 'key_projects_vs_time_pp')    as key_projects_vs_time_pp
    from source
    group by period, scope
)
select * from final
order by period, scope <> setting('county'), scope;

comment on view report_7_key_projects is '一、7 项目建设（工业倍增计划重点项目）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
comment on column report_7_key_projects.period is '期间 YYYY-MM：1月至该月的累计（如 2026-06 即1-6月）';
comment on column report_7_key_projects.scope is '范围：县名为全县合计，乡镇名为该乡镇';
comment on column report_7_key_projects.key_projects is '工业倍增计划重点项目数（个）';
comment on column report_7_key_projects.key_projects_annual_plan is '重点项目年度计划投资（亿元）';
comment on column report_7_key_projects.key_projects_started_pct is '重点项目开工率（%）';
comment on column report_7_key_projects.key_projects_in_stats is '重点项目纳入统计库个数（个）';
comment on column report_7_key_projects.key_projects_in_stats_pct is '重点项目纳统率（%）';
comment on column report_7_key_projects.key_projects_completed_cum is '重点项目完成投资（亿元）';
comment on column report_7_key_projects.key_projects_plan_pct is '重点项目年度投资计划完成率（%）';
comment on column report_7_key_projects.time_progress_pct is '序时进度（%）';
comment on column report_7_key_projects.key_projects_vs_time_pp is '重点项目计划完成率与序时进度之差（个百分点）';
