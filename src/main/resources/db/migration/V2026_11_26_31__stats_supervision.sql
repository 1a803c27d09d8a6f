-- Supervision tasks (督查督办): the county assigns, the township reports back, the county accepts or returns.
create table sts_task (
    id              bigserial primary key,
    county_id       bigint        not null references reg_region (id),
    township_id     bigint        not null references reg_region (id),
    township_name   varchar(64)   not null,
    region_path     varchar(512)  not null,
    title           varchar(200)  not null,
    body            varchar(2000) not null,
    assigned_on     date          not null,
    working_days    integer       check (working_days between 1 and 365),
    due_on          date          not null,
    status          varchar(12)   not null check (status in ('ASSIGNED', 'REPORTED', 'RETURNED', 'ACCEPTED')),
    report_text     varchar(2000),
    report_name     varchar(200),
    report_type     varchar(100),
    report_file     bytea,
    reported_at     timestamptz,
    reported_by     varchar(64),
    decision_note   varchar(500),
    decided_at      timestamptz,
    decided_by      varchar(64),
    escalated_at    timestamptz,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    idempotency_key varchar(100)  unique,
    check (due_on >= assigned_on)
);
create index sts_task_path on sts_task (region_path varchar_pattern_ops, status, due_on);
create index sts_task_open_due on sts_task (due_on) where status in ('ASSIGNED', 'RETURNED');

create table sts_task_event (
    id        bigserial primary key,
    task_id   bigint       not null references sts_task (id),
    kind      varchar(12)  not null check (kind in ('ASSIGNED', 'REPORTED', 'RETURNED', 'ACCEPTED', 'ESCALATED')),
    note      varchar(2000),
    actor     varchar(64)  not null,
    at        timestamptz  not null default now()
);
create index sts_task_event_task on sts_task_event (task_id, id);
