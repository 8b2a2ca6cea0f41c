-- ind_rank_ties: one row per period per measure (output, va, fai, tech) for the county: how many counties
-- of the city hold the county's rank (1 = alone; 2 or more = 并列, as rank() gives tied counties one rank).
-- The report words 并列第N from it; the SQL that ranks (city_ranks) is the only place that knows a tie.
-- A county without a rank (no basis figure) has no tie either: NULL, like its rank.
create or replace view ind_rank_ties as
with source as (
    select period, county, measure, city_rank from city_ranks
),
shared as (
    select period, measure, city_rank, count(*) as counties
    from source
    where city_rank is not null
    group by period, measure, city_rank
),
final as (
    select
        s.period,
        s.county as scope,
        s.measure || '_city_rank_ties' as indicator,
        cast(h.counties as double) as value
    from source s
    left join shared h using (period, measure, city_rank)
    where s.county = setting('county')
)
select * from final;
