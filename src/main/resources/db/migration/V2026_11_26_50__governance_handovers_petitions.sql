-- Issue 4 gaps (decision 0024): committee handovers (交接), the developer's handover of the owner roll (移交业主名册),
-- owners' representative assemblies (业主代表大会), temporary meetings (临时会议) and removal proposals (罢免).
insert into gov_setting (name, value) values
    ('DECISION_POSTING_DAYS', 3), ('ROLL_HANDOVER_MONTHS', 2), ('HANDOVER_TERM_DAYS', 10), ('HANDOVER_MEMBER_DAYS', 3),
    ('REPRESENTATIVE_ASSEMBLY_HOUSEHOLDS', 300), ('TEMPORARY_MEETING_OWNER_PERCENT', 20), ('REMOVAL_OWNER_PERCENT', 20),
    ('REMOVAL_MEMBER_DIVISOR', 3)
on conflict (name) do nothing;

-- A committee hands over to its successor (TERM) or a leaving member to the committee (MEMBER).
create table gov_handover (
    id                    bigserial primary key,
    committee_id          bigint       not null references gov_committee (id),
    kind                  varchar(16)  not null check (kind in ('TERM', 'MEMBER')),
    successor_id          bigint       references gov_committee (id),
    member_id             bigint       references gov_member (id),
    occasion_on           date         not null,
    due_on                date         not null check (due_on >= occasion_on),
    status                varchar(16)  not null check (status in ('OPEN', 'COMPLETED')),
    outgoing_name         varchar(64),
    outgoing_confirmed_on date,
    incoming_name         varchar(64),
    incoming_confirmed_on date,
    witness_name          varchar(64),
    witnessed_on          date,
    intervened_on         date,
    intervention          varchar(500),
    completed_on          date,
    created_at            timestamptz  not null default now(),
    check (kind = 'TERM' and successor_id is not null and member_id is null
        or kind = 'MEMBER' and member_id is not null and successor_id is null),
    check (status = 'OPEN' or outgoing_confirmed_on is not null and incoming_confirmed_on is not null
        and witnessed_on is not null and completed_on is not null)
);
create index gov_handover_committee on gov_handover (committee_id);
create index gov_handover_open on gov_handover (status, due_on);
create unique index gov_handover_term_once on gov_handover (committee_id, successor_id) where kind = 'TERM';
create unique index gov_handover_member_once on gov_handover (member_id) where kind = 'MEMBER';

create table gov_handover_item (
    id          bigserial primary key,
    handover_id bigint         not null references gov_handover (id),
    kind        varchar(16)    not null check (kind in ('SEAL', 'RECORDS', 'ACCOUNTS', 'MONEY', 'KEYS', 'PROPERTY', 'OTHER')),
    description varchar(200)   not null,
    amount      numeric(14, 2) check (amount >= 0),
    handed      boolean        not null default false,
    check (kind <> 'MONEY' or amount is not null)
);
create index gov_handover_item_handover on gov_handover_item (handover_id);

-- The developer hands the township the owner roll and the area records within 2 months of a first-assembly condition.
create table gov_roll_handover (
    id                bigserial primary key,
    estate_id         bigint       not null unique references reg_estate (id),
    developer_name    varchar(128) not null,
    triggered_on      date         not null,
    due_on            date         not null check (due_on >= triggered_on),
    delivered_on      date         check (delivered_on >= triggered_on),
    owner_roll        boolean      not null default false,
    area_records      boolean      not null default false,
    other_materials   varchar(500),
    entered_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    check (delivered_on is null or owner_roll and area_records)
);

-- The first assembly may be an owners' representative assembly where the estate has more than 300 households.
alter table gov_assembly add column form varchar(16) not null default 'GENERAL'
    check (form in ('GENERAL', 'REPRESENTATIVE'));

-- 提议: owners or the committee ask for a temporary meeting; owners or members propose removing a member.
create table gov_petition (
    id            bigserial primary key,
    committee_id  bigint       not null references gov_committee (id),
    kind          varchar(24)  not null check (kind in ('TEMPORARY_MEETING', 'REMOVAL')),
    proposer      varchar(16)  not null check (proposer in ('OWNERS', 'COMMITTEE', 'MEMBERS')),
    member_id     bigint       references gov_member (id),
    supporters    integer      not null check (supporters >= 0),
    base          integer      not null check (base >= 0),
    reason        varchar(500) not null,
    filed_on      date         not null,
    status        varchar(16)  not null check (status in ('FILED', 'ORDERED', 'DECIDED')),
    ordered_on    date,
    order_text    varchar(500),
    decided_on    date,
    carried       boolean,
    result        varchar(1000),
    created_at    timestamptz  not null default now(),
    check (kind = 'REMOVAL' and member_id is not null or kind = 'TEMPORARY_MEETING' and member_id is null),
    check (status <> 'DECIDED' or decided_on is not null and carried is not null)
);
create index gov_petition_committee on gov_petition (committee_id, status);
