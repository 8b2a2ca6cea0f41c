-- Versions: the newest accepted file per form + sender + period counts; older ones stay queryable.

-- A sender's or township's name as beizeng.toml names it now: a name stored before a rename (东镇, now an alias of
-- 东城镇) is the sender's current name; any other name is itself.  Applied where stored names are read: the
-- versions below and every form's current rows (beizeng.store.warehouse.form_ddl), so a rename moves the history.
create or replace macro as_now(x) as coalesce((select n.name from cfg_names n where n.alias = x), x);

-- The sender a return's versions are kept under: a former unit merged into another (beizeng.toml merged_from: 东镇
-- and 北镇 of 东北镇) is its own part — 北镇's resend replaces only 北镇's return, the parts adding up to the unit;
-- any other name is the name now (as_now).  The key current_by_key and counting_by_key look a batch's returns up by
-- (beizeng.store.warehouse), as beizeng.base.config.Sender.as_part stores a part's return under the part's name.
create or replace macro part_or_now(x) as
    coalesce((select if(n.part, x, n.name) from cfg_names n where n.alias = x), x);

-- Whether a unit was set up after a month (beizeng.toml since = "2026-04": a new 街道 or 开发区): it owed nothing
-- then, had no figure then (the one rule of since in SQL; beizeng.base.config.Sender.owes_in is its Python twin).
create or replace macro set_up_after(unit, month) as
    exists (select 1 from cfg_senders u where u.name = unit and u.since > month);

-- one row per accepted submission, numbered per form + sender + period as stored (1 = first received), the sender
-- by its name now (as_now), sent_as the name it was stored under.  Two names that are one sender now each keep their
-- own newest return: a merged township's parts (merged_from = ["东镇", "北镇"] of 东北镇, or the former names kept
-- as aliases) each count for a period, adding up to the unit — unless the sender also sent the period under its
-- name now, which then is the whole unit's return and the one that counts (a township renamed and resending its
-- June; a merged township's list of both parts: the intake says so on the file, naming the parts' files).
create or replace view submission_versions as
with named as (
    select s.*, as_now(s.sender) as sender_now from submissions s where status = 'accepted'
),
numbered as (
    select
        n.*,
        row_number() over (partition by form, sender, period order by submission_id) as version,
        row_number() over (partition by form, sender, period order by submission_id desc) = 1 as is_latest,
        bool_or(sender = sender_now) over (partition by form, sender_now, period) as sent_as_now
    from named n
)
select
    * exclude (sender_now, is_latest, sent_as_now) replace (sender_now as sender), sender as sent_as,
    is_latest and (sender = sender_now or not sent_as_now) as is_current
from numbered;

-- one row per form + sender + period: the version that counts.
create or replace view current_submissions as
select * exclude (is_current) from submission_versions where is_current;

-- a setting from beizeng.toml by key, as text.
create or replace macro setting(k) as (select value from cfg_settings where key = k);

-- Whether the form's return for the period is in (a current version): what a model asks before it reads
-- "nothing counted" as 0 rather than "not known" as NULL.  The period's own return only; a yearly return
-- or a later ledger of the same year standing in for it is missing_inputs' own rule.
create or replace macro has_return(of_form, of_period) as
    exists (select 1 from current_submissions s where s.form = of_form and s.period = of_period);

-- has_return of one sender: whether ``of_sender``'s own return of the form for the period is in.
create or replace macro has_return_from(of_form, of_sender, of_period) as
    exists (select 1 from current_submissions s
            where s.form = of_form and s.sender = of_sender and s.period = of_period);

-- Whether a return of ``return_period`` holds the figures of ``of_period``: the period's own return, the year's
-- for a yearly return, or, for a 要素保障 ledger (year-to-date events, so a later ledger of the same year holds
-- the same events), a later month of the same year.  The one coverage rule of missing_inputs and of the
-- run's "还缺…个单位" warning (beizeng/ops/crosschecks.partial_returns); ind_factors picks its ledger by it too.
create or replace macro stands_for(of_form, return_period, of_period) as
    return_period = of_period or return_period = left(of_period, 4)
    or (of_form = 'factors' and left(return_period, 4) = left(of_period, 4) and return_period > of_period);

-- A count or sum of a return as the report shows it: 0 when the return is in and counts nothing, NULL when
-- it is missing (missing_inputs says which), so "not sent" never reads as "nothing happened".
create or replace macro if_returned(returned, figure) as
    case when returned then coalesce(figure, 0) end;
-- A township's figure beside townships_in (sql/models/010_periods.sql): 0 when a return standing for it is in and
-- counts nothing, the figure itself otherwise (NULL when no return stands for it and nothing is counted).
create or replace macro counted_or_zero(returned, figure) as
    coalesce(if_returned(returned, figure), figure);

-- Whether a loaded return had the form column ``of_column`` (named as text): a return without it was told
-- so (missing_column_feeds), its cells read NULL.  A model takes bool_or of it over a figure's rows.
create or replace macro column_read(of_submission, of_column) as
    not exists (select 1 from absent_columns a where a.submission_id = of_submission and a.column_name = of_column);

-- if_returned over rows that may lack the figure's column: NULL ("未报", not 0.00) when every row it stands on
-- came from a return without that column (``read``: bool_or(column_read(…)) over them; NULL when there are
-- no rows, which counts nothing and reads 0).
create or replace macro if_read(returned, read, figure) as
    if_returned(returned and (read or read is null), figure);

-- A figure over rows chosen or counted by a flag column (战新, 是否倍增重点项目, 是否开工) that may be NULL when there
-- is no row (a sum over no key project): kept as it is when some row it stands on came from a return that had the
-- column (``read`` as in if_read), NULL ("未报") when none did — a count over a column nobody sent is not 0.
create or replace macro when_read(read, figure) as
    case when read or read is null then figure end;

-- Whether either of two columns was read (``a``, ``b``: bool_or(column_read(…)) each): the 技改 figure stands on
-- 是否技改项目 or 建设性质, and is known when the return had one of them.
create or replace macro either_read(a, b) as
    coalesce(nullif(a, false), b);

-- Every row of a return counted where it belongs: in the county (scope = the county's name) and, once it
-- has one, in its township (a project not landed anywhere yet counts in the county only).
create or replace macro county_and_township(returned) as table
    select setting('county') as scope, * from query_table(returned)
    union all
    select township, * from query_table(returned) where township is not null;

-- Rates computed with one final division of exact DECIMAL operands, so the double that results is
-- the correctly rounded quotient and rounding on display reproduces hand arithmetic.
-- 同比 % = (this − last) × 100 ÷ last; NULL (not infinity) when last is zero or missing.
create or replace macro growth_pct(this_year, last_year) as
    (this_year - last_year) * 100 / nullif(last_year, 0);
-- The growth a row of the city comparison states (city_ranks' growth_pct), else the growth of the amounts it states:
-- the county's official 工业固投 / 技改 growth (ind_fixed_investment, official_figures).
create or replace macro stated_growth(growth, amount, amount_last_year) as
    coalesce(growth, growth_pct(amount, amount_last_year));
-- a share or completion % = part × 100 ÷ whole.
create or replace macro share_pct(part, whole) as
    part * 100 / nullif(whole, 0);
-- 较序时进度（百分点）= done ÷ plan × 100 − the share of the year due (share_num ÷ share_den %, from
-- time_shares), with one final division.
create or replace macro vs_time_pp(done, plan, share_num, share_den) as
    share_pct(done * share_den * 100 - plan * share_num, plan * share_den * 100);

-- A model's figures in long format: ``wide`` (a CTE or view with period, scope and one column per
-- indicator code) becomes one row per period, scope and code, the value as a double (see
-- CONTRIBUTING: exact operands, one final division). NULLs are kept, so a county figure whose input is
-- missing still shows as a row. Every ind_* model ends with ``select * from long_format(wide)``.
create or replace macro long_format(wide) as table (
    with typed as (
        select period, scope, columns(* exclude (period, scope))::double from query_table(wide)
    )
    from typed unpivot include nulls (value for indicator in (columns(* exclude (period, scope))))
);

-- A value as shown: noise of the double dropped at 10 decimals, then rounded half away from zero, as a
-- person rounds (四舍五入) and as beizeng/base/numbers.py shows it: rounded(growth_pct(20201, 20000), 2) = 1.01,
-- where round() of the double 1.00499999… gives 1.00. For analysts' queries; models never round.
create or replace macro rounded(v, digits) as
    round(cast(v as decimal(38, 10)), digits);
