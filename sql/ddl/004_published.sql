-- published_figures: what each publish of a period's outputs showed (the 汇总表 and the report draft, written by
-- beizeng run's write-outputs: beizeng.publish.period.write_period_outputs), one row per figure and publish —
-- every county figure of the catalogue and each township's figure of the 分乡镇 sheet, exact as indicator_values
-- holds it (NULL: shown as “—”).  Rounding is the display's only: the next publish of the period compares the
-- figures as shown (the catalogue unit's decimals, beizeng.publish.revisions) and lists each that changed on the
-- 数据质量 sheet and in the run summary (修订).  last_submission: the newest file received at the publish, so the
-- files received since are the ones behind a change.
create table if not exists published_figures (
    period          varchar not null,
    published_at    timestamp not null,
    scope           varchar not null,
    indicator       varchar not null,
    value           double,
    last_submission bigint
);
