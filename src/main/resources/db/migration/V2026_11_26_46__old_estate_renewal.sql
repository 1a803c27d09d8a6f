-- Old estates (plan §20): renovation, service areas of about 30 000 m2, their service stations and funding.
create table rnw_settings (
    id              int           primary key check (id = 1),
    target_area     numeric(12, 2) not null check (target_area > 0),
    tolerance_pct   int           not null check (tolerance_pct between 1 and 100),
    is_default      boolean       not null default true,
    updated_by      varchar(64),
    updated_at      timestamptz   not null default now()
);
insert into rnw_settings (id, target_area, tolerance_pct) values (1, 30000.00, 20);

create table rnw_service_area (
    id               bigserial     primary key,
    township_id      bigint        not null references reg_region (id),
    region_path      varchar(512)  not null,
    name             varchar(128)  not null,
    station_name     varchar(128),
    station_address  varchar(256),
    station_opened_on date,
    created_by       varchar(64)   not null,
    created_at       timestamptz   not null default now(),
    unique (township_id, name)
);
create index rnw_service_area_path on rnw_service_area (region_path varchar_pattern_ops);

create table rnw_estate (
    estate_id        bigint        primary key references reg_estate (id),
    region_path      varchar(512)  not null,
    status           varchar(16)   not null check (status in ('PLANNED', 'UNDER_WAY', 'DONE')),
    renovation_year  int           not null check (renovation_year between 2000 and 2100),
    scope            varchar(1000) not null,
    building_area    numeric(12, 2) not null check (building_area > 0),
    service_area_id  bigint        references rnw_service_area (id),
    updated_by       varchar(64)   not null,
    updated_at       timestamptz   not null default now()
);
create index rnw_estate_path on rnw_estate (region_path varchar_pattern_ops);
create index rnw_estate_area on rnw_estate (service_area_id);

-- 专项资金: county and township budgets, residents' share, maintenance fund income (yuan).
create table rnw_funding (
    id               bigserial     primary key,
    service_area_id  bigint        not null references rnw_service_area (id),
    year             int           not null check (year between 2000 and 2100),
    source           varchar(16)   not null check (source in ('COUNTY', 'TOWNSHIP', 'RESIDENTS', 'FUND_INCOME')),
    amount           numeric(14, 2) not null check (amount > 0),
    note             varchar(500),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null default now()
);
create index rnw_funding_area on rnw_funding (service_area_id, year);
