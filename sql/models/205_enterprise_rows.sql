-- enterprise_rows: one row per enterprise of the period's enterprise return, with whether it entered the
-- above-scale list this year (入规年月 in this year up to the period; one that entered last December is not new).
-- The one home of that condition: ind_cultivation (210) counts it, counted_rows (490) lists the rows for explain.
create or replace view enterprise_rows as
select
    e.period,
    e.submission_id,
    e.excel_row,
    e.sheet,
    e.uscc,
    e.township,
    e.sei,
    e.output_cum,
    left(e.entered_month, 4) = cast(p.year as varchar) and e.entered_month <= e.period as entered_this_year
from cur_enterprise_output e
join periods p using (period);
