-- fai_counted: one row per period per project row of the current project ledgers that counts in 工业固投.
-- One home of the rule (ind_fixed_investment and fai_bases read it): in the statistics database (先入库，后有数) with a
-- 计划总投资 of at least fai_min_total_investment 万元; is_tech_project: 建设性质 改建和技术改造, or flagged 技改.
-- A view, not a table macro, so that the column lineage (beizeng/store/sql_lineage.py) follows a missing column through it.
create or replace view fai_counted as
    select period, submission_id, sender, township, project_code, name, invest_cum,
           nature = '改建和技术改造' or is_tech as is_tech_project
    from cur_fai_projects
    where in_stats and total_investment >= cast(setting('fai_min_total_investment') as decimal(18, 4));
