-- The property service market, second cut (issue 6): company registration details, staff with skill
-- certificates, the county's bar on new projects (退出机制), project manager, fee regime and fee items,
-- service contracts filed with the county, their PDF, termination with the Civil Code's notice periods and
-- the handover inspection (承接查验). Owned by the market module.

alter table mkt_company
    add column address              varchar(200),
    add column legal_representative varchar(64),
    add column registered_on        date,
    add column status               varchar(10) not null default 'ACTIVE'
        check (status in ('ACTIVE', 'MERGED', 'EXITED')),
    add column updated_at           timestamptz not null default now();
create index mkt_company_name on mkt_company (name);

-- 从业人员 with 职业技能等级 (levels 5 = 初级工 … 1 = 高级技师, as the national skill-level scheme numbers them).
create table mkt_staff (
    id              bigserial primary key,
    company_id      bigint      not null references mkt_company (id),
    name            varchar(64) not null,
    position        varchar(64) not null,
    skill_level     smallint    check (skill_level between 1 and 5),
    certificate_no  varchar(64),
    certified_on    date,
    created_at      timestamptz not null default now()
);
create index mkt_staff_company on mkt_staff (company_id);

-- The county's bar on new projects; lifted_on null = in force. One bar in force per company.
create table mkt_company_bar (
    id          bigserial primary key,
    company_id  bigint       not null references mkt_company (id),
    reason      varchar(500) not null,
    barred_on   date         not null,
    barred_by   varchar(64)  not null,
    lifted_on   date,
    lifted_by   varchar(64),
    lift_reason varchar(500),
    check (lifted_on is null or lifted_on >= barred_on)
);
create unique index mkt_company_bar_current on mkt_company_bar (company_id) where lifted_on is null;

alter table mkt_project
    add column manager_name  varchar(64),
    add column manager_phone varchar(20),
    add column service_mode  varchar(20) not null default 'ENTERPRISE'
        check (service_mode in ('ENTERPRISE', 'CARETAKER', 'SPECIALIZED')),
    add column fee_regime    varchar(12) not null default 'LUMP_SUM' check (fee_regime in ('LUMP_SUM', 'COMMISSION')),
    add column created_at    timestamptz not null default now();
create index mkt_project_estate on mkt_project (estate_id, started_on);

-- Fee items (收费项目) of a project, in yuan per m² of floor area per month.
create table mkt_fee_item (
    id          bigserial primary key,
    project_id  bigint        not null references mkt_project (id),
    name        varchar(64)   not null,
    unit_price  numeric(10,2) not null check (unit_price >= 0 and unit_price <= 1000),
    note        varchar(200),
    unique (project_id, name)
);

-- 物业服务合同 / 前期物业服务合同, filed (备案) with the county within 15 days of signing (rules.md §2, Art. 49).
create table mkt_contract (
    id                bigserial primary key,
    project_id        bigint       not null references mkt_project (id),
    kind              varchar(12)  not null check (kind in ('PRELIMINARY', 'REGULAR')),
    signed_on         date         not null,
    starts_on         date         not null,
    ends_on           date         not null,
    filing_due        date         not null,
    submitted_on      date         not null,
    status            varchar(12)  not null check (status in ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'TERMINATED')),
    return_reason     varchar(500),
    reviewed_by       varchar(64),
    reviewed_on       date,
    termination_kind  varchar(12)  check (termination_kind in ('DISMISSAL', 'NON_RENEWAL', 'HOLDOVER')),
    notice_on         date,
    terminates_on     date,
    termination_note  varchar(500),
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    check (ends_on >= starts_on),
    check (starts_on >= signed_on - 3650),
    check ((status = 'TERMINATED') = (terminates_on is not null)),
    check (terminates_on is null or (notice_on is not null and termination_kind is not null and terminates_on > notice_on))
);
create index mkt_contract_project on mkt_contract (project_id);
create index mkt_contract_status on mkt_contract (status, ends_on);

-- The signed contract as a PDF, kept in the database with its contract.
create table mkt_contract_file (
    contract_id  bigint       primary key references mkt_contract (id),
    file_name    varchar(200) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);

-- 承接查验 at the end of a terminated contract; its result is public. left_on = the company moved out.
create table mkt_handover (
    contract_id   bigint       primary key references mkt_contract (id),
    inspected_on  date         not null,
    left_on       date,
    successor     varchar(128),
    passed        boolean      not null,
    note          varchar(500),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null default now()
);

create table mkt_handover_item (
    contract_id  bigint       not null references mkt_handover (contract_id),
    item         varchar(20)  not null check (item in ('COMMON_PARTS', 'FACILITIES', 'RECORDS', 'SERVICE_ROOMS',
                                                       'KEYS', 'PREPAID_FEES', 'COMMON_INCOME')),
    ok           boolean      not null,
    note         varchar(200),
    primary key (contract_id, item)
);
