-- 前期物业管理招投标 (plan §11). Owned by the tender module.

-- The county's expert pool (评标专家库).
create table tnd_expert (
    id          bigserial primary key,
    county_id   bigint       not null,
    region_path varchar(200) not null,
    name        varchar(32)  not null,
    specialty   varchar(64)  not null,
    active      boolean      not null default true
);
create index tnd_expert_county on tnd_expert (county_id) where active;

-- An expert is never drawn for a tender a conflicted company bids in (e.g. worked for it).
create table tnd_expert_conflict (
    expert_id   bigint       not null references tnd_expert (id),
    company_id  bigint       not null,
    reason      varchar(200) not null,
    primary key (expert_id, company_id)
);

create table tnd_tender (
    id            bigserial primary key,
    estate_id     bigint        not null,
    title         varchar(128)  not null,
    developer     varchar(128)  not null,
    requirements  varchar(4000) not null,
    deadline      timestamptz   not null,
    opening_at    timestamptz   not null,
    panel_size    int           not null check (panel_size between 3 and 9 and panel_size % 2 = 1),
    status        varchar(16)   not null check (status in ('OPEN', 'OPENED', 'AWARDED')),
    opened_at     timestamptz,
    panel_seed    bigint,
    awarded_bid   bigint,
    award_reason  varchar(2000),
    awarded_at    timestamptz,
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now(),
    check (opening_at >= deadline),
    check (opened_at is null or opened_at >= opening_at)
);
create index tnd_tender_estate on tnd_tender (estate_id);
create index tnd_tender_status on tnd_tender (status, deadline);

-- 评分办法: weights summing to 100 (checked by ScoringScheme).
create table tnd_criterion (
    id         bigserial primary key,
    tender_id  bigint      not null references tnd_tender (id),
    position   int         not null,
    name       varchar(32) not null,
    weight     int         not null check (weight between 1 and 100),
    unique (tender_id, position)
);

-- Bids are sealed until opening: TenderStore reads price and proposal only when the tender is opened.
create table tnd_bid (
    id            bigserial primary key,
    tender_id     bigint        not null references tnd_tender (id),
    company_id    bigint        not null,
    company_name  varchar(128)  not null,
    price         numeric(14, 2) not null check (price > 0),
    proposal      varchar(8000) not null,
    digest        char(64)      not null,
    submitted_at  timestamptz   not null,
    submitted_by  varchar(64)   not null,
    unique (tender_id, company_id)
);

create table tnd_panel_member (
    id         bigserial primary key,
    tender_id  bigint not null references tnd_tender (id),
    expert_id  bigint not null references tnd_expert (id),
    unique (tender_id, expert_id)
);

-- An expert's points for one bid on one criterion (0 … the criterion's weight).
create table tnd_score (
    panel_member_id bigint        not null references tnd_panel_member (id),
    bid_id          bigint        not null references tnd_bid (id),
    criterion_id    bigint        not null references tnd_criterion (id),
    points          numeric(5, 2) not null check (points >= 0),
    entered_by      varchar(64)   not null,
    entered_at      timestamptz   not null default now(),
    primary key (panel_member_id, bid_id, criterion_id)
);
