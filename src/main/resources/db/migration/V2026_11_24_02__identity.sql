-- Accounts, departments and the audit trail (plan §12, §14). Owned by the identity module.

create table idn_department (
    id         bigserial primary key,
    region_id  bigint      not null,
    code       varchar(32) not null unique,
    name       varchar(64) not null
);

-- Every account is bound to exactly the jurisdiction its role needs.
create table idn_account (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(255) not null,
    display_name   varchar(64)  not null,
    role           varchar(32)  not null check (role in ('COUNTY_AUTHORITY', 'TOWNSHIP_OFFICE', 'COMMUNITY',
                                  'OWNERS_COMMITTEE', 'PROPERTY_COMPANY', 'DEPARTMENT', 'OWNER')),
    region_id      bigint,
    estate_id      bigint,
    company_id     bigint,
    department_id  bigint references idn_department (id),
    owner_id       bigint,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    constraint idn_account_binding check (
        (role in ('COUNTY_AUTHORITY', 'TOWNSHIP_OFFICE', 'COMMUNITY') and region_id is not null)
        or (role = 'OWNERS_COMMITTEE' and estate_id is not null)
        or (role = 'PROPERTY_COMPANY' and company_id is not null)
        or (role = 'DEPARTMENT' and department_id is not null)
        or (role = 'OWNER' and owner_id is not null))
);

-- Who did what to which record, when, from where, before and after.
create table idn_audit_event (
    id            bigserial primary key,
    occurred_at   timestamptz  not null default now(),
    actor         varchar(64)  not null,
    actor_role    varchar(32),
    action        varchar(32)  not null,
    entity_type   varchar(64)  not null,
    entity_id     varchar(64),
    summary       varchar(512),
    reason        varchar(512),
    remote_addr   varchar(64),
    before_state  jsonb,
    after_state   jsonb
);
create index idn_audit_time on idn_audit_event (occurred_at desc);
create index idn_audit_entity on idn_audit_event (entity_type, entity_id);
create index idn_audit_actor on idn_audit_event (actor, occurred_at desc);
