-- Core bookkeeping: every file ever received, its problems, and the configuration the SQL reads.
-- Form tables (form_<code>) are created from the pandera schemas in schemas/, not here:
-- the schema is the single source of truth for a form's columns.

create sequence if not exists submission_seq start 1;

-- one row per file received (accepted or rejected); a file's content hash identifies it.
create table if not exists submissions (
    submission_id    bigint primary key default nextval('submission_seq'),
    file_hash        varchar not null,
    file_name        varchar not null,
    stored_path      varchar,
    form             varchar,
    sender           varchar,
    period           varchar,
    status           varchar not null,      -- accepted | rejected
    sheet            varchar,
    unit             varchar,
    n_rows           integer,
    n_errors         integer,
    n_warnings       integer,
    reporter         varchar,
    phone            varchar,
    identified_by    varchar,
    template_version varchar,
    file_mtime       timestamp,
    received_at      timestamp not null default current_timestamp
);

-- one row per problem found in a submission (errors, warnings, notes), located on its cell.
create table if not exists problems (
    submission_id bigint not null,
    severity      varchar not null,
    code          varchar not null,
    message       varchar not null,
    fix           varchar,
    sheet         varchar,
    cell          varchar,
    excel_row     integer,
    column_header varchar,
    value         varchar
);

-- one row per form column a loaded return did not have (neither on its sheet nor filled from the sender, the
-- period or a 单位 line): its cells read NULL, so a count or sum that stands only on such rows is not known
-- (column_read, if_read in 002_views.sql), never 0.  Returns loaded before this table was kept have none.
create table if not exists absent_columns (
    submission_id bigint not null,
    column_name   varchar not null
);

-- one row per form column a loaded return was read from: the sheet it stands on, its Excel column letter and the
-- header as written there, so the result page can say which column a figure came from (a plain table only: a
-- turned or stacked view's columns are no sheet's columns).  Returns loaded before this table was kept have none.
create table if not exists read_columns (
    submission_id bigint not null,
    column_name   varchar not null,
    sheet         varchar,
    sheet_column  varchar not null,
    header        varchar
);

-- configuration copied from beizeng.toml at each run, so SQL needs no literals of a county.
create table if not exists cfg_settings (key varchar primary key, value varchar);
create table if not exists cfg_senders (
    name varchar primary key, kind varchar, code varchar, contact varchar, phone varchar
);
-- since: the first month a unit set up later (a 街道, a 开发区: beizeng.toml since = "2026-04") owes returns; NULL: always
alter table cfg_senders add column if not exists since varchar;
create table if not exists cfg_city_counties (county varchar primary key, position integer);
-- every other name a sender is written by in beizeng.toml (aliases: 东关镇, and a former name kept when a township
-- is renamed: 东镇 → 东城镇 with aliases = ["东镇"]) → its name now; returns stored under a former name count as
-- the sender's (the macro as_now, sql/ddl/002_views.sql).
create table if not exists cfg_names (alias varchar primary key, name varchar not null);
-- part: the alias is a former unit merged into the sender (merged_from = ["东镇", "北镇"] of 东北镇): a return sent
-- under it is that part's, its versions apart from the other part's (macro part_or_now, sql/ddl/002_views.sql)
alter table cfg_names add column if not exists part boolean;
-- who owes which return (beizeng.base.dues.owed_by over beizeng.toml): a county total some of them are missing
-- from is partial (returns_partial), never a whole to share out or rank against.  position: beizeng.toml's
-- order of senders, the order they are named in (a warehouse made before it gets the column; rewritten each run).
create table if not exists cfg_owed (form varchar not null, sender varchar not null, position integer);
alter table cfg_owed add column if not exists position integer;

-- the cross-checks' warnings are views (crosscheck_warnings, missing_inputs in sql/models/9xx); the table
-- that once was meant to store them was never filled and goes from warehouses made before.
drop table if exists run_warnings;
