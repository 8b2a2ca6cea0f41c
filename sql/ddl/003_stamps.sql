-- stamps: one row per piece of set-up work (schema, configuration, models) with the digest of what it
-- was built from, so a run redoes only what changed since the last one.
create table if not exists beizeng_stamps (name varchar primary key, digest varchar not null);
