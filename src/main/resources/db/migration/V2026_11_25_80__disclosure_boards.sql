-- 信息公示栏 (plan §11; rules.md §2 Henan Art. 39, Civil Code art. 943). Owned by the disclosure module.
-- A board is a sequence of immutable versions per estate: each publication inserts a new version; no version
-- is ever changed or deleted (a trigger refuses it), so the history is the record of what was posted when.

create table dsc_board (
    id                     bigserial primary key,
    estate_id              bigint        not null,
    version                int           not null check (version >= 1),
    company_id             bigint,
    company_name           varchar(128)  not null,
    manager_name           varchar(32),
    manager_phone          varchar(20),
    complaint_phone        varchar(20),
    service_content        varchar(2000),
    service_standard       varchar(2000),
    fee_regime             varchar(16) check (fee_regime in ('LUMP_SUM', 'COMMISSION')),
    has_lifts              boolean       not null,
    lift_contractor        varchar(128),
    lift_contractor_phone  varchar(20),
    fire_contractor        varchar(128),
    fire_contractor_phone  varchar(20),
    parking_spaces         int check (parking_spaces >= 0),
    parking_rented         int check (parking_rented >= 0),
    parking_monthly_fee    numeric(14, 2) check (parking_monthly_fee >= 0),
    parking_note           varchar(1000),
    utility_allocation     varchar(1000),
    accounts_period        varchar(64),
    fee_income             numeric(14, 2) check (fee_income >= 0),
    fee_expense            numeric(14, 2) check (fee_expense >= 0),
    common_income          numeric(14, 2) check (common_income >= 0),
    common_expense         numeric(14, 2) check (common_expense >= 0),
    lift_maintenance_spent numeric(14, 2) check (lift_maintenance_spent >= 0),
    missing_items          varchar(300)  not null default '',
    missing_count          int           not null default 0,
    published_on           date          not null,
    published_at           timestamptz   not null default now(),
    published_by           varchar(64)   not null,
    unique (estate_id, version)
);
create index dsc_board_latest on dsc_board (estate_id, version desc);

-- 收费项目和标准: yuan per unit (元/平方米·月, 元/月, 元/次).
create table dsc_fee_item (
    id        bigserial primary key,
    board_id  bigint        not null references dsc_board (id),
    position  int           not null,
    name      varchar(64)   not null,
    price     numeric(14, 2) not null check (price >= 0),
    unit      varchar(32)   not null,
    unique (board_id, position)
);

-- 家政、养老等延伸服务及其价格.
create table dsc_extra_service (
    id        bigserial primary key,
    board_id  bigint        not null references dsc_board (id),
    position  int           not null,
    name      varchar(64)   not null,
    price     numeric(14, 2) not null check (price >= 0),
    unit      varchar(32)   not null,
    unique (board_id, position)
);

create function dsc_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published disclosure board is immutable: publish a new version';
end $$;
create trigger dsc_board_immutable before update or delete on dsc_board
    for each row execute function dsc_immutable();
create trigger dsc_fee_item_immutable before update or delete on dsc_fee_item
    for each row execute function dsc_immutable();
create trigger dsc_extra_service_immutable before update or delete on dsc_extra_service
    for each row execute function dsc_immutable();

-- 收取公示项目以外的费用: a recordable violation, against the board current when recorded.
create table dsc_violation (
    id           bigserial primary key,
    estate_id    bigint        not null,
    board_id     bigint references dsc_board (id),
    company_id   bigint,
    item         varchar(64)   not null,
    amount       numeric(14, 2) not null check (amount > 0),
    charged_on   date          not null,
    evidence     varchar(1000) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null default now()
);
create index dsc_violation_estate on dsc_violation (estate_id, charged_on desc);
