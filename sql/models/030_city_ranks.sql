-- city_ranks: one row per period per county of the city per measure (output, va, fai, tech), from
-- the city comparison return, with the county's rank (1 = best; ties share a rank) and the city
-- average. The rank basis is configurable per measure: growth rate (default) or amount.
-- The city average is Σ this year ÷ Σ last year − 1 over the counties that have both figures (the
-- same counties on both sides), never a mean of rates;
-- value-added growth is a constant-price figure, so its city average is the 全市 row's own.
-- A county whose basis figure is missing (no growth in its row, or a column the return lacked) has a
-- NULL rank, never the 1 that rank() gives every county when the whole column is NULL; the others are
-- ranked among themselves, and missing_inputs names the gap.
create or replace view city_ranks as
with source as (
    select * from cur_city_comparison
),
renamed as (
    select period, county, 'output' as measure, output_cum as amount, output_cum_last_year as amount_last_year,
           output_yoy_pct as growth_pct from source
    union all
    select period, county, 'va', null, null, va_yoy_pct from source
    union all
    select period, county, 'fai', fai_cum, fai_cum_last_year, fai_yoy_pct from source
    union all
    select period, county, 'tech', tech_cum, tech_cum_last_year, tech_yoy_pct from source
),
counties as (
    select * from renamed where county <> '全市'
),
ranked as (
    select
        *,
        case when setting('rank_basis_' || measure) = 'size'
             then case when amount is not null
                       then rank() over (partition by period, measure order by amount desc nulls last) end
             else case when growth_pct is not null
                       then rank() over (partition by period, measure order by growth_pct desc nulls last) end
        end as city_rank
    from counties
),
city_average as (
    select
        c.period,
        c.measure,
        -- only the counties that have both years' figures: a county in its first year (last year "—")
        -- would add its this-year amount to the numerator with nothing beside it in the denominator
        coalesce(
            growth_pct(sum(c.amount) filter (where c.amount_last_year is not null),
                       sum(c.amount_last_year) filter (where c.amount is not null)),
            any_value(t.growth_pct)
        ) as city_avg_pct
    from counties c
    left join (select * from renamed where county = '全市') t using (period, measure)
    group by c.period, c.measure
),
final as (
    select r.period, r.county, r.measure, r.amount, r.amount_last_year, r.growth_pct, r.city_rank,
           a.city_avg_pct
    from ranked r
    join city_average a using (period, measure)
)
select * from final;
