-- fai_bases: one row per period per project the same month's project ledgers of last year count in 工业固投 (上年同期),
-- with the unit whose 上年同期 it belongs to like for like (可比口径): the township that reports it this period (by the
-- county-wide key, 项目代码), or, when no unit reports it now (a project finished, or left off), the township that
-- reported it then.  So a project a split-off 街道 or the 经开区 reports now leaves the old town's base with its
-- figures (西镇's 1-6月 growth is W1's against W1's, not W1's against W1 + W2) and the county's base is the same sum.
-- moved: a project whose unit now is another than last year's (the run's 数据质量 lines, beizeng/ops/crosschecks.py).
-- township_bases (the macro below) is the one 上年同期 of a township's 工业固投 and 技改 growth: ind_fixed_investment,
-- null_reasons and missing_inputs read it.

-- the rows of a period's current project ledgers counted in 工业固投: in the statistics database (先入库，后有数) with a
-- 计划总投资 of at least fai_min_total_investment 万元; is_tech_project: 建设性质 改建和技术改造, or flagged 技改
create or replace macro fai_counted() as table
    select period, submission_id, sender, township, project_code, name, invest_cum,
           nature = '改建和技术改造' or is_tech as is_tech_project
    from cur_fai_projects
    where in_stats and total_investment >= cast(setting('fai_min_total_investment') as decimal(18, 4));

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
    join fai_counted() l on l.period = p.period_last_year
    left join reported r on r.period = p.period and r.project_code = l.project_code
)
select * from final;

-- Per period, the 上年同期 of each township's 工业固投 (fai) and 技改 (tech) like for like: the sum of fai_bases
-- over the projects that are its now.  As a township's own figure (ind_fixed_investment's by_scope): 0 when a return
-- of last year's same month stood for it (townships_in) and none of those projects is its now, NULL when none did and
-- none is (missing: missing_inputs' 缺少上年…); 技改 NULL (未报) when every return it stands on lacked both
-- 是否技改项目 and 建设性质.
create or replace macro township_bases() as table
    with standing as (
        select p.period, t.scope, t.has_return
        from periods p
        join townships_in('fai_projects') t on t.period = p.period_last_year
    ),
    summed as (
        select period, scope, sum(invest_cum) as fai,
               coalesce(sum(invest_cum) filter (where is_tech_project), 0) as tech,
               either_read(bool_or(column_read(submission_id, 'is_tech')),
                           bool_or(column_read(submission_id, 'nature'))) as tech_read
        from fai_bases
        where scope is not null
        group by period, scope
    )
    select period, scope, counted_or_zero(s.has_return, c.fai) as fai,
           when_read(c.tech_read, counted_or_zero(s.has_return, c.tech)) as tech
    from standing s
    full join summed c using (period, scope);
