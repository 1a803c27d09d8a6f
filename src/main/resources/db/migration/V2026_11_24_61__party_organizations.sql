-- 党组织 (plan §2(二)1, §7): Party branches covering estates, and cross-appointments (双向进入、交叉任职).
-- Owned by the party module. host_id names an estate, a committee (governance module) or a company: no FK.
create table pty_organization (
    id            bigserial primary key,
    kind          varchar(16)  not null check (kind in ('BRANCH', 'GRID_BRANCH')),
    name          varchar(128) not null,
    community_id  bigint       not null,
    host_kind     varchar(16)  not null check (host_kind in ('ESTATE', 'COMMITTEE', 'COMPANY')),
    host_id       bigint,
    secretary     varchar(64),
    member_count  int check (member_count between 0 and 100000),
    founded_on    date,
    created_at    timestamptz  not null default now()
);
create index pty_organization_community on pty_organization (community_id);

-- The estates a branch covers: one, or several adjacent ones (集中连片).
create table pty_organization_estate (
    organization_id  bigint not null references pty_organization (id),
    estate_id        bigint not null,
    primary key (organization_id, estate_id)
);
create index pty_organization_estate_estate on pty_organization_estate (estate_id);

-- A person of a committee or company holding a seat on the community's Party or residents' committee.
create table pty_cross_appointment (
    id               bigserial primary key,
    organization_id  bigint       not null references pty_organization (id),
    person_name      varchar(64)  not null,
    reference        varchar(128),
    seat             varchar(24)  not null check (seat in ('PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE')),
    from_date        date         not null,
    to_date          date,
    check (to_date is null or to_date >= from_date)
);
create index pty_cross_appointment_org on pty_cross_appointment (organization_id);
