-- report_submissions: one row per file received (accepted or rejected), newest last.
-- Who sent what and when, which version counts, how many problems it had, and where the file went:
-- the lineage every figure of the section views goes back to (form_<code>.submission_id).
create or replace view report_submissions as
with source as (
    select * from submissions
),
versions as (
    select submission_id, version, true as is_current from current_submissions
    union all
    select submission_id, version, false from submission_versions where not is_current
),
titles as (
    select substr(table_name, 6) as form, split_part(comment, ':', 1) as form_title
    from duckdb_tables()
    where table_name like 'form\_%' escape '\'
),
final as (
    select
        s.submission_id,
        s.period,
        s.form,
        t.form_title,
        s.sender,
        s.status,
        v.version,
        coalesce(v.is_current, false) as is_current,
        s.file_name,
        s.sheet,
        s.n_rows,
        s.n_errors,
        s.n_warnings,
        s.reporter,
        s.phone,
        s.file_mtime,
        s.received_at,
        s.stored_path,
        s.file_hash
    from source s
    left join versions v using (submission_id)
    left join titles t using (form)
)
select * from final
order by received_at, submission_id;

comment on view report_submissions is '报送情况：收到的每个文件一行（已入库或退回），含版本、是否为现行版本、错误和提醒个数、归档位置。各指标的来源行通过 submission_id 追溯到此。';
comment on column report_submissions.submission_id is '报送编号：各报表明细表（form_*）的 submission_id 指向此处';
comment on column report_submissions.period is '所属期间：月报为 YYYY-MM（1-N月累计），年报为 YYYY；无法识别时为空';
comment on column report_submissions.form is '报表代码（见 form_catalogue / beizeng indicators）';
comment on column report_submissions.form_title is '报表名称';
comment on column report_submissions.sender is '填报单位（配置文件中的标准名称）';
comment on column report_submissions.status is 'accepted 已入库；rejected 退回（错误清单见 stored_path 旁的 .errors.txt）';
comment on column report_submissions.version is '同一单位、同一报表、同一期间的第几版（1 为首次报送）';
comment on column report_submissions.is_current is '是否为计入指标的现行版本（最新的已入库版本）';
comment on column report_submissions.file_name is '收到的文件名';
comment on column report_submissions.sheet is '读取的工作表';
comment on column report_submissions.n_rows is '数据行数';
comment on column report_submissions.n_errors is '错误个数（有错误即退回）';
comment on column report_submissions.n_warnings is '提醒个数（不影响入库）';
comment on column report_submissions.reporter is '表尾的填报人';
comment on column report_submissions.phone is '表尾的联系电话';
comment on column report_submissions.file_mtime is '文件的修改时间（填报单位保存文件的时间）';
comment on column report_submissions.received_at is '处理（收到）时间';
comment on column report_submissions.stored_path is '文件归档或退回后的位置';
comment on column report_submissions.file_hash is '文件内容的 SHA-256：内容相同的文件只入库一次';
