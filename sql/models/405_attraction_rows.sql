-- attraction_rows: one row per project of the period's investment-attraction ledger, with what it counts as in
-- report 4.  The one home of these conditions: ind_attraction (410) counts and sums them, named_items (485)
-- names the landed projects, so the count and the names printed beside it cannot drift apart.
--   worked_this_year  every project except those that landed in an earlier year (being built, no longer
--                     attracted) and those first contacted after the period
--   landed_this_year  at stage 落户 or later with a landing date this year up to the period
create or replace view attraction_rows as
select
    a.period,
    a.submission_id,
    a.name,
    a.township,
    a.sender,
    a.excel_row,
    a.sheet,
    a.total_investment,
    a.funds_in_place,
    not coalesce(a.landed_date < p.year_start, false) and coalesce(a.contact_date <= p.period_end, true)
        as worked_this_year,
    a.stage in ('落户', '开工', '投产') and coalesce(a.landed_date between p.year_start and p.period_end, false)
        as landed_this_year
from cur_attraction a
join periods p using (period);
