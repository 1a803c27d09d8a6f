-- Smart facilities (issue 11, plan §15): devices on lifts, fire and water systems, their readings
-- (partitioned by month, old months dropped by the retention setting), latest state, county-editable
-- alert rules per kind, and alerts (one open alert per device and rule).

create table iot_setting (
    name       varchar(64) primary key,
    value      integer     not null check (value between 1 and 1200),
    updated_at timestamptz not null default now()
);
insert into iot_setting (name, value) values ('READING_RETENTION_MONTHS', 12);

create table iot_device (
    id           bigserial primary key,
    code         varchar(64)  not null unique check (code ~ '^[A-Za-z0-9_-]{3,64}$'),
    kind         varchar(32)  not null check (kind in ('LIFT', 'FIRE_PANEL', 'SMOKE_DETECTOR', 'HYDRANT_PRESSURE',
                                                       'FIRE_PUMP', 'WATER_TANK', 'SECONDARY_PUMP', 'PRESSURE')),
    name         varchar(100) not null,
    estate_id    bigint       not null references reg_estate (id),
    building_id  bigint references reg_building (id),
    maintainer   varchar(100),
    installed_on date,
    secret_hash  varchar(100) not null,
    created_at   timestamptz  not null default now()
);
create index iot_device_estate on iot_device (estate_id, kind);

-- Latest state of each device, upserted with every reading.
create table iot_device_state (
    device_id bigint primary key references iot_device (id),
    last_ts   timestamptz not null,
    last_seen timestamptz not null,
    metrics   jsonb       not null default '{}',
    events    text[]      not null default '{}',
    readings  bigint      not null default 0
);
create index iot_device_state_seen on iot_device_state (last_seen);

-- Readings by month: iot_reading_YYYYMM partitions, made ahead by iot_ensure_reading_partition.
create table iot_reading (
    device_id   bigint      not null references iot_device (id),
    ts          timestamptz not null,
    received_at timestamptz not null default now(),
    metrics     jsonb       not null default '{}',
    events      text[]      not null default '{}'
) partition by range (ts);
create index iot_reading_device_ts on iot_reading (device_id, ts desc);

create function iot_ensure_reading_partition(month date) returns void language plpgsql as $$
declare
    start date := date_trunc('month', month)::date;
    part  text := 'iot_reading_' || to_char(start, 'YYYYMM');
begin
    if to_regclass(part) is null then
        execute format('create table if not exists %I partition of iot_reading for values from (%L) to (%L)', part,
                       (start::timestamp at time zone 'Asia/Shanghai'),
                       ((start + interval '1 month')::timestamp at time zone 'Asia/Shanghai'));
    end if;
end $$;
select iot_ensure_reading_partition((date_trunc('month', now() at time zone 'Asia/Shanghai') + make_interval(months => m))::date)
from generate_series(-2, 2) m;

-- Alert rules per device kind, edited by the county: a threshold on a metric, an event code, or silence.
create table iot_rule (
    id              bigserial primary key,
    kind            varchar(32)   not null,
    code            varchar(32)   not null,
    type            varchar(16)   not null check (type in ('THRESHOLD', 'EVENT', 'OFFLINE')),
    metric          varchar(32),
    operator        varchar(8) check (operator in ('BELOW', 'ABOVE')),
    threshold       numeric(14,4),
    event_code      varchar(32),
    offline_minutes integer check (offline_minutes between 1 and 10080),
    severity        varchar(16)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    enabled         boolean       not null default true,
    updated_at      timestamptz   not null default now(),
    unique (kind, code),
    check (type <> 'THRESHOLD' or (metric is not null and operator is not null and threshold is not null)),
    check (type <> 'EVENT' or event_code is not null),
    check (type <> 'OFFLINE' or offline_minutes is not null)
);
insert into iot_rule (kind, code, type, metric, operator, threshold, event_code, offline_minutes, severity) values
    ('LIFT', 'TRAPPED', 'EVENT', null, null, null, 'TRAPPED', null, 'CRITICAL'),
    ('LIFT', 'FAULT', 'EVENT', null, null, null, 'FAULT', null, 'HIGH'),
    ('LIFT', 'DOOR_FAULT', 'EVENT', null, null, null, 'DOOR_FAULT', null, 'MEDIUM'),
    ('LIFT', 'OFFLINE', 'OFFLINE', null, null, null, null, 10, 'MEDIUM'),
    ('FIRE_PANEL', 'FIRE_ALARM', 'EVENT', null, null, null, 'FIRE_ALARM', null, 'CRITICAL'),
    ('FIRE_PANEL', 'POWER_FAILURE', 'EVENT', null, null, null, 'POWER_FAILURE', null, 'HIGH'),
    ('FIRE_PANEL', 'FAULT', 'EVENT', null, null, null, 'FAULT', null, 'MEDIUM'),
    ('FIRE_PANEL', 'OFFLINE', 'OFFLINE', null, null, null, null, 10, 'HIGH'),
    ('SMOKE_DETECTOR', 'SMOKE', 'EVENT', null, null, null, 'SMOKE', null, 'CRITICAL'),
    ('SMOKE_DETECTOR', 'BATTERY_LOW', 'THRESHOLD', 'battery', 'BELOW', 15, null, null, 'LOW'),
    ('SMOKE_DETECTOR', 'OFFLINE', 'OFFLINE', null, null, null, null, 60, 'LOW'),
    ('HYDRANT_PRESSURE', 'PRESSURE_LOW', 'THRESHOLD', 'pressure', 'BELOW', 0.10, null, null, 'HIGH'),
    ('HYDRANT_PRESSURE', 'OFFLINE', 'OFFLINE', null, null, null, null, 30, 'MEDIUM'),
    ('FIRE_PUMP', 'PUMP_FAULT', 'EVENT', null, null, null, 'PUMP_FAULT', null, 'HIGH'),
    ('FIRE_PUMP', 'OFFLINE', 'OFFLINE', null, null, null, null, 30, 'MEDIUM'),
    ('WATER_TANK', 'LEVEL_LOW', 'THRESHOLD', 'level', 'BELOW', 20, null, null, 'MEDIUM'),
    ('WATER_TANK', 'OFFLINE', 'OFFLINE', null, null, null, null, 30, 'LOW'),
    ('SECONDARY_PUMP', 'PUMP_FAULT', 'EVENT', null, null, null, 'PUMP_FAULT', null, 'HIGH'),
    ('SECONDARY_PUMP', 'PRESSURE_LOW', 'THRESHOLD', 'outletPressure', 'BELOW', 0.15, null, null, 'MEDIUM'),
    ('SECONDARY_PUMP', 'OFFLINE', 'OFFLINE', null, null, null, null, 30, 'LOW'),
    ('PRESSURE', 'PRESSURE_LOW', 'THRESHOLD', 'pressure', 'BELOW', 0.10, null, null, 'MEDIUM'),
    ('PRESSURE', 'OFFLINE', 'OFFLINE', null, null, null, null, 30, 'LOW');

-- Alerts: opened once per device and rule, updated while the condition lasts, closed when it clears.
-- work_order_id is set by the casework module (Alerts.linkWorkOrder); link_millis = alert-to-order time.
create table iot_alert (
    id            bigserial primary key,
    device_id     bigint        not null references iot_device (id),
    rule_id       bigint        not null references iot_rule (id),
    code          varchar(32)   not null,
    severity      varchar(16)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status        varchar(8)    not null check (status in ('OPEN', 'CLOSED')),
    opened_at     timestamptz   not null,
    updated_at    timestamptz   not null,
    closed_at     timestamptz,
    occurrences   integer       not null default 1,
    last_value    numeric(14,4),
    work_order_id bigint,
    linked_at     timestamptz,
    link_millis   bigint,
    check ((status = 'CLOSED') = (closed_at is not null))
);
create unique index iot_alert_one_open on iot_alert (device_id, rule_id) where status = 'OPEN';
create index iot_alert_status on iot_alert (status, opened_at desc);
create index iot_alert_device on iot_alert (device_id, opened_at desc);
