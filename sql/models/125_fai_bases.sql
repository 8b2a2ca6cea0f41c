-- fai_bases: one row per period per project the same month's project ledgers of last year count in 工业固投 (上年同期),
-- with the unit whose 上年同期 it belongs to like for like (可比口径): the township that reports it this period (by the
-- county-wide key, 项目代码), or, when no unit reports it now (a project finished, or left off), the township that
-- reported it then.  So a project a split-off 街道 or the 经开区 reports now leaves the old town's base with its
-- figures (西镇's 1-6月 growth is W1's against W1's, not W1's against W1 + W2) and the county's base is the same sum.
-- moved: a project whose unit now is another than last year's (the run's 数据质量 lines, beizeng/ops/crosschecks.py).
-- township_bases (sql/models/126_township_bases.sql) is the one 上年同期 of a township's 工业固投 and 技改 growth: ind_fixed_investment,
-- null_reasons and missing_inputs read it.

create or replace view fai_bases as
with reported as (
    -- who reports each project this period: the township its row is counted in (one, the first by name, should
    -- two rows disagree — a project reported twice is intake's question, check_other_senders)
    select period, project_code, min(township) as township
    from cur_fai_projects
    where project_code is not null and township is not null
    group by period, project_code
),
final as (
    select
        p.period,
        l.project_code,
        l.name,
        l.sender as sender_last_year,
        l.township as township_last_year,
        -- the name its return of last year wrote (北镇, a part of 东北镇 now), for the words
        (select min(f.township) from form_fai_projects f
         where f.submission_id = l.submission_id and f.project_code = l.project_code) as township_as_sent,
        r.township as township_now,
        coalesce(r.township, l.township) as scope,
        l.invest_cum,
        l.is_tech_project,
        l.submission_id,
        r.township is not null and r.township is distinct from l.township as moved
    from periods p
    join fai_counted l on l.period = p.period_last_year
    left join reported r on r.period = p.period and r.project_code = l.project_code
)
select * from final;
