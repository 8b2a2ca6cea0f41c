-- counted_rows: one row per indicator and source row it counts (submission_id, sheet, excel_row: a row number alone
-- is one of each sheet of a workbook) — for an
-- indicator counting some rows of its source returns (the landed projects of a ledger listing
-- every project, the 拟入规 candidates of a cultivation ledger), the rows it counts — read off the row views that are
-- the one home of each condition (attraction_rows, enterprise_rows, cultivation_rows, cultivation_lists), never
-- restated.  `beizeng explain` lists only these rows for such an indicator (as source_rows does for 要素保障).
create or replace view counted_rows as
select 'invest_contacted' as indicator, submission_id, sheet, excel_row from attraction_rows where worked_this_year
union all
select 'invest_landed' as indicator, submission_id, sheet, excel_row from attraction_rows where landed_this_year
union all
select 'invest_total' as indicator, submission_id, sheet, excel_row from attraction_rows where landed_this_year
union all
select 'new_above_scale' as indicator, submission_id, sheet, excel_row from enterprise_rows where entered_this_year
union all
select 'new_above_scale' as indicator, submission_id, sheet, excel_row from cultivation_rows where entered_not_reported
union all
select 'above_scale_applying' as indicator, submission_id, sheet, excel_row from cultivation_rows where applying
union all
select 'cultivation_key_enterprises' as indicator, submission_id, sheet, excel_row from cultivation_rows where key_candidate
union all
select 'little_giant_count' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'little_giants'
union all
select 'hightech_applying' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'hightech'
union all
select 'tech_sme_count' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'tech_sme'
union all
select 'tech_grant_enterprises' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'tech_grants'
union all
select 'tech_grant_amount' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'tech_grants'
union all
select 'green_factory_candidates' as indicator, submission_id, sheet, excel_row from cultivation_lists where list = 'green';
