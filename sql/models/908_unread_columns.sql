-- unread_columns: one row per period per current return standing for it (stands_for) per form column the return
-- did not have whose absence leaves figures 未报 (a ledger without 是否倍增重点项目, a monthly return without 战新):
-- who sent it, the file, the column and the figures, in a Chinese message missing_inputs lists.  The figures
-- are the ones the intake warned of (problem missing_column_feeds, read off the models by
-- beizeng.store.sql_lineage; its message ends "将显示为空：<名称>、…"): NULL when no return of the period had the
-- column (if_read / when_read), else holding only the other senders' rows.
create or replace view unread_columns as
with lacking as (
    select
        p.period,
        p.year,
        p.month,
        s.submission_id,
        s.form,
        s.sender,
        s.file_name,
        f.column_header,
        coalesce(nullif(regexp_extract(f.message, '显示为空：(.+)$', 1), ''), '相关指标') as figures
    from periods p
    join current_submissions s on stands_for(s.form, s.period, p.period)
    join problems f on f.submission_id = s.submission_id and f.code = 'missing_column_feeds'
),
others as (
    -- whether another current return of the period had the column (its rows are in the figures)
    select
        l.*,
        exists (
            select 1 from current_submissions o
            where o.form = l.form and stands_for(o.form, o.period, l.period) and o.submission_id <> l.submission_id
              and not exists (
                  select 1 from problems g
                  where g.submission_id = o.submission_id and g.code = 'missing_column_feeds'
                    and g.column_header = l.column_header
              )
        ) as others_had_it
    from lacking l
),
titles as (
    select substr(table_name, 6) as form, split_part(comment, ':', 1) as title
    from duckdb_tables()
    where table_name like 'form\_%' escape '\'
)
select
    o.period,
    o.form,
    o.sender,
    o.file_name,
    o.column_header,
    o.figures,
    format('{}报送的《{}》（文件“{}”）没有“{}”列：{}', coalesce(o.sender, '（单位不明）'), coalesce(t.title, o.form),
           o.file_name, o.column_header,
           case when o.others_had_it
                then o.figures || '只含其他单位报送的数，不含' || coalesce(o.sender, '该文件') || '的'
                else o.figures || '未报（显示为空，不按0计算）' end) as message
from others o
left join titles t using (form)
order by o.period, o.form, o.sender, o.column_header;
