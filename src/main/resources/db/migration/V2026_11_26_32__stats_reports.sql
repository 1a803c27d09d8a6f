-- Monthly and yearly reports of the county and each township, kept as PDF and Excel.
create table sts_report (
    id           bigserial primary key,
    region_id    bigint       not null references reg_region (id),
    region_name  varchar(64)  not null,
    region_path  varchar(512) not null,
    kind         varchar(8)   not null check (kind in ('MONTHLY', 'YEARLY')),
    period       varchar(7)   not null,
    period_from  date         not null,
    period_to    date         not null,
    status       varchar(8)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress     integer      not null default 0 check (progress between 0 and 100),
    pdf          bytea,
    xlsx         bytea,
    error        varchar(500),
    requested_by varchar(64)  not null,
    requested_at timestamptz  not null default now(),
    finished_at  timestamptz,
    unique (region_id, kind, period)
);
create index sts_report_path on sts_report (region_path varchar_pattern_ops, requested_at desc);
