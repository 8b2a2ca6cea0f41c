-- key_project_totals: one row per period for the county, the 合计 line of the summary workbook's 重点项目进度
-- sheet: the sums of the key projects' 计划总投资, 年度计划投资 and 累计完成投资 in 万元 (the unit of the sheet's
-- columns, so nothing is converted outside SQL) and the count of those started.  The same rows as
-- ind_key_projects (cur_fai_projects where is_key), whose catalogued codes give the sheet the project count,
-- the 纳统 count and the percentages; a period without any key project has no row.
create or replace view key_project_totals as
select
    period,
    -- 未报 (NULL), not 0, when no key project came from a return that had 是否开工
    when_read(bool_or(column_read(submission_id, 'started')), count(*) filter (where started)) as started,
    sum(total_investment) as total_investment,
    sum(annual_plan) as annual_plan,
    sum(invest_cum) as invest_cum
from cur_fai_projects
where is_key
group by period;
