-- Garbage sorting per estate (plan §21): sorted bins by kind, transfer, guides, pilot status; daily clearance checks.
create table gbg_site (
    estate_id          bigint       primary key references reg_estate (id),
    region_path        varchar(512) not null,
    status             varchar(16)  not null check (status in ('NONE', 'PILOT', 'ROLLED_OUT')),
    started_on         date,
    bins_kitchen       int          not null default 0 check (bins_kitchen between 0 and 9999),
    bins_recyclable    int          not null default 0 check (bins_recyclable between 0 and 9999),
    bins_hazardous     int          not null default 0 check (bins_hazardous between 0 and 9999),
    bins_other         int          not null default 0 check (bins_other between 0 and 9999),
    transfer_vehicles  int          not null default 0 check (transfer_vehicles between 0 and 999),
    transfer_note      varchar(500),
    guides             int          not null default 0 check (guides between 0 and 999),
    notice_boards      int          not null default 0 check (notice_boards between 0 and 999),
    recycling_point    boolean      not null default false,
    updated_by         varchar(64)  not null,
    updated_at         timestamptz  not null default now()
);
create index gbg_site_path on gbg_site (region_path varchar_pattern_ops);

-- 日产日清: one check per estate and day, by the community or the serving company.
create table gbg_check (
    id           bigserial    primary key,
    estate_id    bigint       not null references gbg_site (estate_id),
    checked_on   date         not null,
    cleared      boolean      not null,
    note         varchar(500),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    unique (estate_id, checked_on)
);
create index gbg_check_day on gbg_check (checked_on);
