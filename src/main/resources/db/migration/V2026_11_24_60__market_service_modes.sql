-- 物业服务形式 (plan §6, §20): each estate's service mode over time. Owned by the market module.
-- This first cut records the mode per estate (not per management area). No row = NONE (无物业服务).
-- The current period is the one without to_date; a change closes it the day before the new one starts.
create table mkt_service_mode (
    id           bigserial primary key,
    estate_id    bigint       not null,
    mode         varchar(20)  not null check (mode in ('ENTERPRISE', 'SELF_MANAGED', 'COMMUNITY_CUSTODY',
                                                       'CARETAKER', 'SPECIALIZED', 'SERVICE_STATION', 'NONE')),
    from_date    date         not null,
    to_date      date,
    project_id   bigint references mkt_project (id),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    note         varchar(500),
    check (to_date is null or to_date >= from_date)
);
create unique index mkt_service_mode_current on mkt_service_mode (estate_id) where to_date is null;
create index mkt_service_mode_estate on mkt_service_mode (estate_id, from_date);
create index mkt_service_mode_mode on mkt_service_mode (mode) where to_date is null;
