-- cultivation_rows: one row per row of the period's enterprise cultivation ledger, with what it counts as in
-- report 2①.  The one home of these conditions: ind_cultivation (210) counts them (USCCs once), counted_rows (490)
-- lists the rows for explain.
--   applying              a 拟入规 candidate whose application is pending (申报中)
--   key_candidate         a 拟入规 candidate still cultivated (not one that entered the list in an earlier year)
--   entered_not_reported  a candidate marked 已入库 this year (ledger_entrant) that the period's enterprise return
--                         does not list yet
-- A ledger row that counts as a new above-scale enterprise of the year (when the period's enterprise return does not
-- list its USCC): a 拟入规 candidate marked 已入库 between the year's start and the period's end.  crosscheck_warnings
-- names those the return should already carry.
create or replace macro ledger_entrant(ctype, status, status_date, year_start, period_end) as
    ctype = '拟入规' and status = '已入库' and status_date between year_start and period_end;
create or replace view cultivation_rows as
select
    c.period,
    c.submission_id,
    c.excel_row,
    c.sheet,
    c.uscc,
    c.township,
    c.ctype = '拟入规' and c.status = '申报中' as applying,
    -- a candidate that entered the list in an earlier year is no longer being cultivated
    c.ctype = '拟入规' and not coalesce(c.status = '已入库' and c.status_date < p.year_start, false) as key_candidate,
    ledger_entrant(c.ctype, c.status, c.status_date, p.year_start, p.period_end)
        and not exists (select 1 from enterprise_rows e where e.period = c.period and e.uscc = c.uscc)
        as entered_not_reported
from cur_cultivation c
join periods p using (period);
