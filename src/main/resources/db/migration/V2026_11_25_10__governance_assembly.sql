-- First owners' assembly (业主大会) per estate, its preparatory group (筹备组) and proposals, and training records
-- of committee members (rules.md §2, Henan 2017 arts. 18–21). The county's numbers join gov_setting.
insert into gov_setting (name, value) values
    ('ASSEMBLY_AREA_PERCENT', 50), ('ASSEMBLY_HOUSEHOLD_PERCENT', 30), ('ASSEMBLY_CONTRACT_NOTICE_DAYS', 90),
    ('ASSEMBLY_MIN_APPLICANT_OWNERS', 10), ('ASSEMBLY_GROUP_DAYS', 30), ('ASSEMBLY_HOLDING_DAYS', 60),
    ('ASSEMBLY_PROPOSAL_NOTICE_DAYS', 15), ('ASSEMBLY_PROPOSAL_POSTING_DAYS', 7),
    ('INTERIM_POSTING_WORKING_DAYS', 10);

-- What the register does not hold: delivered area and moved-in households, entered by the township or the
-- developer; the preliminary service contract's end until the market module holds contracts.
create table gov_estate_occupancy (
    estate_id                 bigint primary key references reg_estate (id),
    delivered_area            numeric(14, 2) not null check (delivered_area >= 0),
    moved_in_households       integer        not null check (moved_in_households >= 0),
    preliminary_contract_end  date,
    contract_ended_early      boolean        not null default false,
    entered_by                varchar(64)    not null,
    updated_at                timestamptz    not null default now()
);

create table gov_assembly (
    id               bigserial primary key,
    estate_id        bigint       not null references reg_estate (id),
    status           varchar(16)  not null check (status in ('APPLIED', 'GROUP_FORMED', 'HELD', 'FAILED')),
    applicant_kind   varchar(16)  not null check (applicant_kind in ('DEVELOPER', 'OWNERS')),
    developer_name   varchar(128),
    applied_on       date         not null,
    group_formed_on  date,
    meeting_on       date,
    held_on          date,
    committee_elected boolean,
    result           varchar(1000),
    created_at       timestamptz  not null default now(),
    check (applicant_kind = 'OWNERS' or developer_name is not null),
    check (group_formed_on is null or group_formed_on >= applied_on),
    check (held_on is null or group_formed_on is not null)
);
create index gov_assembly_estate on gov_assembly (estate_id);
-- one first assembly in progress per estate
create unique index gov_assembly_open on gov_assembly (estate_id) where status in ('APPLIED', 'GROUP_FORMED');

create table gov_assembly_applicant (
    assembly_id bigint      not null references gov_assembly (id),
    owner_id    bigint      not null,
    name        varchar(64) not null,
    primary key (assembly_id, owner_id)
);

create table gov_preparatory_member (
    id          bigserial primary key,
    assembly_id bigint      not null references gov_assembly (id),
    name        varchar(64) not null,
    kind        varchar(24) not null check (kind in ('OWNER', 'TOWNSHIP_OFFICIAL', 'RESIDENTS_COMMITTEE', 'DEVELOPER', 'OTHER')),
    chair       boolean     not null default false
);
create index gov_preparatory_member_assembly on gov_preparatory_member (assembly_id);

create table gov_assembly_proposal (
    id          bigserial primary key,
    assembly_id bigint       not null references gov_assembly (id),
    title       varchar(200) not null,
    posted_on   date         not null,
    posted_until date        not null check (posted_until >= posted_on)
);
create index gov_assembly_proposal_assembly on gov_assembly_proposal (assembly_id);

-- 培训记录: a training of committee members.
create table gov_training (
    id           bigserial primary key,
    committee_id bigint       not null references gov_committee (id),
    held_on      date         not null,
    topic        varchar(200) not null,
    hours        numeric(4, 1) not null check (hours > 0 and hours <= 100),
    organiser    varchar(128) not null,
    created_at   timestamptz  not null default now()
);
create index gov_training_committee on gov_training (committee_id, held_on);

create table gov_training_attendee (
    training_id bigint not null references gov_training (id),
    member_id   bigint not null references gov_member (id),
    primary key (training_id, member_id)
);
create index gov_training_attendee_member on gov_training_attendee (member_id);
