-- cultivation_lists: one row per row of the period's enterprise cultivation ledger, with the list of the report it
-- counts in (NULL when it counts in none).  The one home of these rows' conditions: ind_innovation (310) counts
-- each list (USCCs once, grants summed) and named_items (485) names the enterprises of each, so a count and the
-- names printed beside it cannot drift apart.  "This year" is a status date from 1 January to the end of the
-- period's month: a 小巨人 recognised last year is in the ledger but in no list.
--   little_giants  专精特新小巨人 recognised (已认定) this year
--   hightech       高新技术企业 applications pending (申报中), and those decided this year (已认定, 未通过)
--   tech_sme       科技型中小企业 recognised or entered in the library (已认定, 已入库) this year
--   tech_grants    技改奖励资金 applications filed this year (any status but 培育中), with their amounts
--   green          绿色工厂 candidates still being cultivated or applying (培育中, 申报中), whatever the date
create or replace view cultivation_lists as
with source as (
    select
        c.period,
        c.submission_id,
        c.uscc,
        c.name,
        c.township,
        c.sender,
        c.excel_row,
        c.sheet,
        c.ctype,
        c.status,
        c.grant_amount,
        coalesce(c.status_date between p.year_start and p.period_end, false) as this_year
    from cur_cultivation c
    join periods p using (period)
)
select
    period,
    submission_id,
    uscc,
    name,
    township,
    sender,
    excel_row,
    sheet,
    grant_amount,
    case
        when ctype = '专精特新小巨人' and status = '已认定' and this_year then 'little_giants'
        when ctype = '高新技术企业' and (status = '申报中' or (status in ('已认定', '未通过') and this_year)) then 'hightech'
        when ctype = '科技型中小企业' and status in ('已认定', '已入库') and this_year then 'tech_sme'
        when ctype = '技改奖励资金' and status <> '培育中' and this_year then 'tech_grants'
        when ctype = '绿色工厂' and status in ('培育中', '申报中') then 'green'
    end as list
from source;
