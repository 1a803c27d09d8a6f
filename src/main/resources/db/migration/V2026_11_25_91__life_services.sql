-- Life services (plan §16): the catalogue per company and estate, elderly residents with consent, bookings.
-- Owned by the lifeservice module: lsv_* tables.

-- 生活服务目录: every published item is on the estate's disclosure board, and only these are charged.
create table lsv_service (
    id           bigserial primary key,
    company_id   bigint         not null references mkt_company (id),
    estate_id    bigint         not null references reg_estate (id),
    category     varchar(16)    not null check (category in ('ELDERLY_CARE', 'CHILDCARE', 'HOUSEKEEPING', 'HEALTH',
                                     'PARCEL', 'HOME_REPAIR', 'OTHER')),
    name         varchar(64)    not null,
    provider     varchar(128)   not null,
    price        numeric(12, 2) not null check (price >= 0 and price <= 100000),
    unit         varchar(16)    not null,
    hours        varchar(64)    not null,
    area_served  varchar(128)   not null,
    published    boolean        not null default true,
    created_at   timestamptz    not null default now(),
    unique (estate_id, name, provider)
);
create index lsv_service_company on lsv_service (company_id);

-- 老年住户: a resident others may book for, with the resident's (or guardian's) recorded consent.
create table lsv_elderly (
    id            bigserial primary key,
    house_id      bigint       not null references reg_house (id),
    estate_id     bigint       not null references reg_estate (id),
    name          varchar(64)  not null,
    consent_on    date         not null,
    consent_note  varchar(200) not null,
    recorded_by   varchar(64)  not null,
    withdrawn_on  date,
    unique (house_id, name)
);

-- 预约: the price and unit are copied from the catalogue when booked; the charge is price x quantity.
create table lsv_booking (
    id              bigserial primary key,
    service_id      bigint         not null references lsv_service (id),
    house_id        bigint         not null references reg_house (id),
    estate_id       bigint         not null references reg_estate (id),
    elderly_id      bigint references lsv_elderly (id),
    booked_by       varchar(64)    not null,
    booker_role     varchar(32)    not null,
    slot_start      timestamptz    not null,
    slot_end        timestamptz    not null,
    address         varchar(200)   not null,
    note            varchar(500),
    price           numeric(12, 2) not null,
    unit            varchar(16)    not null,
    status          varchar(16)    not null check (status in ('REQUESTED', 'ACCEPTED', 'SCHEDULED', 'COMPLETED',
                                        'CANCELLED', 'DECLINED', 'NO_SHOW')),
    scheduled_at    timestamptz,
    worker          varchar(64),
    quantity        numeric(8, 2) check (quantity > 0),
    charged         numeric(14, 2) check (charged >= 0),
    rating          smallint check (rating between 1 and 5),
    rating_comment  varchar(500),
    reason          varchar(200),
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    check (slot_end > slot_start),
    check (status <> 'COMPLETED' or charged is not null)
);
create index lsv_booking_estate on lsv_booking (estate_id, slot_start);
create index lsv_booking_service on lsv_booking (service_id, slot_start);
create index lsv_booking_house on lsv_booking (house_id, created_at desc);
