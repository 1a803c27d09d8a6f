-- Issue 12, second cut (lsv_*): the booking limits as county data (shipped defaults; the law sets none).
create table lsv_setting (
    name        varchar(48) primary key,
    value       int         not null check (value >= 0),
    is_default  boolean     not null default true,
    updated_by  varchar(64),
    updated_at  timestamptz
);
insert into lsv_setting (name, value) values
    ('MIN_LEAD_HOURS', 1), ('MAX_AHEAD_DAYS', 30), ('MAX_SLOT_HOURS', 8), ('FREE_CANCEL_HOURS', 2),
    ('NO_SHOW_LIMIT', 3), ('NO_SHOW_DAYS', 90);
