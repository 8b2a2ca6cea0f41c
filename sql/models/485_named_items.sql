-- named_items: one row per enterprise or project the report names beside a count (report 2①②, 3①②, 4), per
-- period: which list (new_entrants, new_sei, little_giants, hightech, tech_sme, green, landed), the name as sent,
-- the month it entered the above-scale list (entrants), the amount printed beside it in 亿元 (landed projects'
-- 总投资: the unit the report prints, so nothing is converted outside SQL) and its order in the list.
-- Each list takes the rows the indicator it is printed beside counts, with the same conditions as that model
-- (310 little_giant_count / hightech_applying / tech_sme_count /
-- green_factory_candidates, 410 invest_landed), once per USCC where the model counts USCCs; the report prints
-- the names only when their number is the indicator's, so a list that drifts from its count is left out.
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
ledger as (
    select
        c.period,
        c.uscc,
        c.name,
        c.sender,
        c.excel_row,
        case
            when c.ctype = '专精特新小巨人' and c.status = '已认定' and this_year then 'little_giants'
            when c.ctype = '高新技术企业' and (c.status = '申报中' or (c.status in ('已认定', '未通过') and this_year))
                then 'hightech'
            when c.ctype = '科技型中小企业' and c.status in ('已认定', '已入库') and this_year then 'tech_sme'
            when c.ctype = '绿色工厂' and c.status in ('培育中', '申报中') then 'green'
        end as list
    from (
        select c.*, coalesce(c.status_date between p.year_start and p.period_end, false) as this_year
        from cur_cultivation c
        join periods p using (period)
    ) c
),
ledger_items as (
    select distinct on (period, list, uscc) period, list, uscc, name, sender, excel_row
    from ledger
    where list is not null
    order by period, list, uscc, sender, excel_row
),
landed as (
    select a.period, a.name, a.total_investment / 10000 as amount, a.sender, a.excel_row
    from cur_attraction a
    join periods p using (period)
    where a.stage in ('落户', '开工', '投产') and coalesce(a.landed_date between p.year_start and p.period_end, false)
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
