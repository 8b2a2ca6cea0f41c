-- ind_cultivation (report 2①②): one row per period per scope (county, and each township) per indicator.
-- New above-scale enterprises are those of the period's enterprise return whose 入规年月 lies in this
-- year up to the period (one that entered last December is not new this year), plus 拟入规 candidates
-- the cultivation ledger marks 已入库 this year that the return does not list yet, counted once per
-- USCC; NULL when the return gives no 入规年月 at all.  Candidates, applications and 战新 shares come from the period's own ledger and return; a
-- county figure whose return is missing is NULL (missing_inputs says which).

create or replace view ind_cultivation as
with enterprises as (
    select period, submission_id, uscc, township, sei, output_cum, entered_this_year
    from enterprise_rows
),
ledger as (
    select period, uscc, township, applying, key_candidate, entered_not_reported
    from cultivation_rows
),
enterprise_counts as (
    select
        period,
        scope,
        count(distinct uscc) as n,
        count(distinct uscc) filter (where sei) as n_sei,
        count(distinct uscc) filter (where entered_this_year) as n_new,
        sum(output_cum) as output,
        coalesce(sum(output_cum) filter (where sei), 0) as output_sei,
        -- a return without 是否战略性新兴产业 says nothing of which are 战新: 未报, not 0
        bool_or(column_read(submission_id, 'sei')) as sei_read
    -- every enterprise counts in the county and in its township
    from county_and_township(enterprises)
    group by period, scope
),
ledger_counts as (
    select
        period,
        scope,
        count(distinct uscc) filter (where applying) as n_applying,
        count(distinct uscc) filter (where key_candidate) as n_key,
        count(distinct uscc) filter (where entered_not_reported) as n_new
    from county_and_township(ledger)
    group by period, scope
),
present as (
    select
        p.period,
        has_return('enterprise_output', p.period) as has_enterprises,
        has_return('cultivation', p.period) as has_ledger,
        -- a return without the 入规年月 column (or with it left empty throughout) cannot say who is new:
        -- new_above_scale is NULL, not 0, and missing_inputs says why
        exists (select 1 from cur_enterprise_output e where e.period = p.period and e.entered_month is not null)
            as has_entry_months
    from periods p
),
scopes as (
    select * from scopes_of(enterprise_counts)
    union
    select period, scope from ledger_counts
),
targets as (
    select period, scope,
           max(target) filter (where indicator = 'new_above_scale_target') as new_target,
           max(target) filter (where indicator = 'sei_output_share_target_pct') as sei_target
    from target_values group by period, scope
),
wide as (
    select
        s.period,
        s.scope,
        if_returned(p.has_enterprises and p.has_entry_months, e.n_new) + coalesce(l.n_new, 0)
            as new_above_scale,
        if_returned(p.has_ledger, l.n_applying) as above_scale_applying,
        if_returned(p.has_ledger, l.n_key) as cultivation_key_enterprises,
        t.new_target as new_above_scale_target,
        if_returned(p.has_enterprises, e.n) as above_scale_count,
        if_read(p.has_enterprises, e.sei_read, e.n_sei) as sei_count,
        share_pct(when_read(e.sei_read, e.n_sei), e.n) as sei_share_pct,
        if_read(p.has_enterprises, e.sei_read, e.output_sei) / 10000 as sei_output_cum,
        share_pct(when_read(e.sei_read, e.output_sei), e.output) as sei_output_share_pct,
        t.sei_target as sei_output_share_target_pct,
        -- one division: (战新产值 × 100 − 目标 × 总产值) ÷ 总产值
        (when_read(e.sei_read, e.output_sei) * 100 - t.sei_target * e.output) / nullif(e.output, 0) as sei_vs_target_pp
    from scopes s
    join present p using (period)
    left join enterprise_counts e using (period, scope)
    left join ledger_counts l using (period, scope)
    left join targets t using (period, scope)
)
-- long format (sql/ddl/002_views.sql): one row per code, NULL kept so a county figure whose input is missing still shows
select * from long_format(wide);
