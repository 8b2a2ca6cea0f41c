-- named_items: one row per enterprise or project the report names beside a count (report 2①②, 3①②, 4), per
-- period: which list (new_entrants, new_sei, little_giants, hightech, tech_sme, green, landed), the name as sent,
-- the month it entered the above-scale list (entrants), the amount printed beside it in 亿元 (landed projects'
-- 总投资: the unit the report prints, so nothing is converted outside SQL) and its order in the list.
-- Each list takes the rows the indicator it is printed beside counts, from the same view (cultivation_lists, 305:
-- little_giant_count / hightech_applying / tech_sme_count / green_factory_candidates of 310; attraction_rows,
-- 405: invest_landed of 410), once per USCC where the model counts USCCs; the report prints the names only when
-- their number is the indicator's, so a list that drifts from its count is left out.
-- The entrants are the enterprise return's whose 入规年月 lies in this year up to the period (as 210 counts
-- them): the report says they 纳入规上工业库申报产值数据, which a 拟入规 candidate the ledger marks 已入库 but the
-- return does not list yet (210 counts it in new_above_scale) has not done, so it is not named there.
create or replace view named_items as
with entrants as (
    -- the return's enterprises whose 入规年月 lies in this year up to the period
    select e.period, e.uscc, e.name, e.sei, cast(substr(e.entered_month, 6, 2) as integer) as month
    from cur_enterprise_output e
    join periods p using (period)
    where left(e.entered_month, 4) = cast(p.year as varchar) and e.entered_month <= e.period
),
new_entrants as (
    select distinct on (period, uscc) period, uscc, name, sei, month
    from entrants
    order by period, uscc, month
),
ledger_items as (
    -- once per USCC, as ind_innovation counts them; the report names no 技改奖励资金 applicant
    select distinct on (period, list, uscc) period, list, uscc, name, sender, excel_row
    from cultivation_lists
    where list in ('little_giants', 'hightech', 'tech_sme', 'green')
    order by period, list, uscc, sender, excel_row
),
landed as (
    select period, name, total_investment / 10000 as amount, sender, excel_row
    from attraction_rows
    where landed_this_year
)
select period, 'new_entrants' as list, name, month, null::double as amount,
       row_number() over (partition by period order by month, name) as item_no
from new_entrants
union all
select period, 'new_sei', name, month, null::double,
       row_number() over (partition by period order by month, name)
from new_entrants where sei
union all
select period, list, name, null::integer, null::double,
       row_number() over (partition by period, list order by sender, excel_row)
from ledger_items
union all
select period, 'landed', name, null::integer, cast(amount as double),
       row_number() over (partition by period order by sender, excel_row)
from landed;
