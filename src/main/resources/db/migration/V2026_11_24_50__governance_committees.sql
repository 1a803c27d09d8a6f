-- Owners' committees (业委会) and interim property management committees (物管会), rules.md §2.
create table gov_setting (
    name       varchar(64) primary key,
    value      integer     not null,
    updated_at timestamptz not null default now()
);
insert into gov_setting (name, value) values
    ('OWNERS_MIN_MEMBERS', 5), ('OWNERS_MAX_MEMBERS', 11), ('OWNERS_MAX_TERM_YEARS', 5), ('OWNERS_FILING_DAYS', 30),
    ('INTERIM_MIN_MEMBERS', 7), ('INTERIM_MAX_TERM_YEARS', 3), ('INTERIM_DISSOLUTION_DAYS', 30),
    ('REELECTION_NOTICE_DAYS', 90);

create table gov_committee (
    id              bigserial primary key,
    estate_id       bigint      not null references reg_estate (id),
    kind            varchar(16) not null check (kind in ('OWNERS', 'INTERIM')),
    status          varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'FILED', 'DISSOLVED')),
    formed_on       date        not null,
    term_end        date        not null,
    filing_due      date,
    submitted_at    timestamptz,
    filed_on        date,
    return_reason   varchar(500),
    dissolution_due date,
    dissolved_on    date,
    created_at      timestamptz not null default now()
);
create index gov_committee_estate on gov_committee (estate_id);
create index gov_committee_status on gov_committee (status, term_end);

create table gov_member (
    id                         bigserial primary key,
    committee_id               bigint       not null references gov_committee (id),
    name                       varchar(64)  not null,
    owner_id                   bigint,
    role                       varchar(16)  not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER')),
    party_member               boolean      not null default false,
    from_residents_committee   boolean      not null default false,
    owner_representative       boolean      not null default false,
    from_date                  date         not null,
    to_date                    date,
    status                     varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REMOVED'))
);
create index gov_member_committee on gov_member (committee_id);

-- Timeline of a committee: formed, submitted, accepted, returned, member changes, dissolution.
create table gov_committee_event (
    id           bigserial primary key,
    committee_id bigint       not null references gov_committee (id),
    action       varchar(32)  not null,
    reason       varchar(500),
    actor        varchar(64),
    at           timestamptz  not null default now()
);
create index gov_committee_event_committee on gov_committee_event (committee_id, at);

-- 负面清单: an entry suspends the member at once.
create table gov_negative_entry (
    id           bigserial primary key,
    member_id    bigint       not null references gov_member (id),
    committee_id bigint       not null references gov_committee (id),
    reason       varchar(500) not null,
    listed_on    date         not null,
    created_at   timestamptz  not null default now()
);
create index gov_negative_entry_committee on gov_negative_entry (committee_id);

-- Announcements (公告) shown on the committee page: suspensions and removals.
create table gov_announcement (
    id           bigserial primary key,
    committee_id bigint       not null references gov_committee (id),
    member_id    bigint       references gov_member (id),
    kind         varchar(16)  not null check (kind in ('SUSPENDED', 'REMOVED')),
    text         varchar(800) not null,
    published_on date         not null
);
create index gov_announcement_committee on gov_announcement (committee_id);
