-- merged_names: one row per period, form and unit where two former names of the unit (kept as aliases in
-- beizeng.toml, no merged_from) each sent a return of the period: a merger not written as one.  Today both count
-- (submission_versions keeps each name's newest) until a return under the name now replaces them; beizeng.toml's
-- merged_from says which it is (the parts add up, each replacing only its own).  A rename (one former name) is none.
-- The run's warnings and the 数据质量 sheet word it (beizeng/ops/crosschecks.SOURCES); the intake says the same on
-- the file (beizeng/intake/merged.py).
create or replace view merged_names as
with titles as (
    select substr(table_name, 6) as form, split_part(comment, ':', 1) as title
    from duckdb_tables()
    where table_name like 'form\_%' escape '\'
),
former as (
    select v.period, v.form, v.sender,
           list(distinct v.sent_as order by v.sent_as) filter (where v.sent_as <> v.sender) as names
    from submission_versions v
    where length(v.period) = 7
      and not exists (select 1 from cfg_names n where n.name = v.sender and n.part)
    group by all
)
select f.period, f.form, f.sender,
       format('{}都报了{}年{}月的《{}》：如是乡镇合并，请在 beizeng.toml 的{}一节写 merged_from = [{}]'
              || '（各部分的报表合计为{}的；现在按同一单位的不同名称读入）',
              array_to_string(f.names, '、'), left(f.period, 4), cast(right(f.period, 2) as integer),
              coalesce(t.title, f.form), f.sender,
              '"' || array_to_string(f.names, '", "') || '"', f.sender) as message
from former f
left join titles t using (form)
where len(f.names) >= 2;
