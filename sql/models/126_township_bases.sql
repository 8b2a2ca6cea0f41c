-- township_bases: one row per period per township, the 上年同期 of its 工业固投 (fai) and 技改 (tech) like for like (可比口径):
-- the sum of fai_bases (sql/models/125_fai_bases.sql) over the projects that are its now.  As a township's own figure
-- (ind_fixed_investment's by_scope): 0 when a return of last year's same month stood for it (townships_in) and none of
-- those projects is its now, NULL when none did and none is (missing: missing_inputs' 缺少上年…); 技改 NULL (未报) when
-- every return it stands on lacked both 是否技改项目 and 建设性质.  A view, so the column lineage follows it.
create or replace view township_bases as
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
