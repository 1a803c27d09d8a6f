-- Star ratings of residential property projects and the guidance fee each star sets (plan §8, §9; issue 9).
-- Owned by the rating module.

-- 住宅物业服务星级标准, versioned per county: a new version is a new row; rounds keep the version they used.
create table rat_standard (
    id              bigserial    primary key,
    county_id       bigint       not null,
    version         int          not null,
    title           varchar(128) not null,
    is_default      boolean      not null,
    township_weight int          not null check (township_weight between 0 and 100),
    star1           numeric(5,1) not null,
    star2           numeric(5,1) not null,
    star3           numeric(5,1) not null,
    star4           numeric(5,1) not null,
    star5           numeric(5,1) not null,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    unique (county_id, version),
    check (star1 > 0 and star1 < star2 and star2 < star3 and star3 < star4 and star4 < star5 and star5 <= 100)
);

-- Items of a standard; a veto item (一票否决) has no points: recorded, it withholds the star.
create table rat_standard_item (
    id          bigserial    primary key,
    standard_id bigint       not null references rat_standard (id),
    position    int          not null,
    section     varchar(32)  not null,
    name        varchar(128) not null,
    max_score   numeric(5,1) not null check (max_score >= 0 and max_score <= 100),
    method      varchar(500) not null,
    veto        boolean      not null,
    unique (standard_id, position),
    check (veto = (max_score = 0))
);

create table rat_round (
    id              bigserial    primary key,
    county_id       bigint       not null,
    region_path     varchar(200) not null,
    standard_id     bigint       not null references rat_standard (id),
    title           varchar(128) not null,
    status          varchar(10)  not null check (status in ('OPEN', 'PUBLISHED')),
    opened_on       date         not null,
    self_due        date         not null,
    panel_size      int          not null check (panel_size between 1 and 7),
    objection_days  int          not null check (objection_days between 1 and 30),
    published_on    date,
    objection_until date,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    check ((status = 'PUBLISHED') = (published_on is not null))
);
-- one round open at a time in a county
create unique index rat_round_open on rat_round (county_id) where status = 'OPEN';

-- A project in a round: its way from self-assessment to the published star.
create table rat_entry (
    id             bigserial    primary key,
    round_id       bigint       not null references rat_round (id),
    project_id     bigint       not null,
    company_id     bigint       not null,
    company_name   varchar(128) not null,
    estate_id      bigint       not null,
    estate_name    varchar(128) not null,
    township_name  varchar(64)  not null,
    region_path    varchar(200) not null,
    stage          varchar(14)  not null check (stage in ('PENDING', 'SELF_ASSESSED', 'REVIEWED', 'SCORED',
                                                         'APPROVED', 'PUBLISHED')),
    panel_seed     bigint,
    final_score    numeric(5,1),
    star           smallint     check (star between 1 and 5),
    vetoed         boolean      not null default false,
    approved_by    varchar(64),
    approved_on    date,
    valid_from     date,
    valid_until    date,
    unique (round_id, project_id)
);
create index rat_entry_project on rat_entry (project_id, valid_from desc);
create index rat_entry_path on rat_entry (region_path varchar_pattern_ops);
create index rat_entry_round on rat_entry (round_id, stage);

-- Score per section of the final score, for the public breakdown.
create table rat_entry_section (
    entry_id  bigint       not null references rat_entry (id),
    position  int          not null,
    section   varchar(32)  not null,
    score     numeric(5,1) not null,
    max_score numeric(5,1) not null,
    primary key (entry_id, position)
);

create table rat_panel_member (
    entry_id    bigint      not null references rat_entry (id),
    expert_id   bigint      not null,
    expert_name varchar(32) not null,
    primary key (entry_id, expert_id)
);

-- One score sheet: the company's self-assessment, the township's on-site review, or one expert's (entered on the
-- expert's behalf by the county or township, who is recorded in entered_by).
create table rat_sheet (
    id          bigserial     primary key,
    entry_id    bigint        not null references rat_entry (id),
    phase       varchar(10)   not null check (phase in ('SELF', 'TOWNSHIP', 'EXPERT')),
    expert_id   bigint        not null default 0,
    total       numeric(5,1)  not null,
    note        varchar(2000),
    evidence    varchar(2000),
    entered_by  varchar(64)   not null,
    entered_at  timestamptz   not null default now(),
    unique (entry_id, phase, expert_id),
    check ((phase = 'EXPERT') = (expert_id <> 0))
);

create table rat_sheet_score (
    sheet_id bigint       not null references rat_sheet (id) on delete cascade,
    item_id  bigint       not null references rat_standard_item (id),
    points   numeric(5,1) not null check (points >= 0),
    vetoed   boolean      not null default false,
    primary key (sheet_id, item_id)
);

-- 异议: filed within the window after publication, answered by the county with a recorded answer.
create table rat_objection (
    id           bigserial     primary key,
    entry_id     bigint        not null references rat_entry (id),
    filed_by     varchar(64)   not null,
    filed_role   varchar(20)   not null,
    reason       varchar(2000) not null,
    filed_at     timestamptz   not null default now(),
    outcome      varchar(10)   check (outcome in ('MAINTAINED', 'REVISED')),
    revised_star smallint      check (revised_star between 0 and 5),
    answer       varchar(2000),
    answered_by  varchar(64),
    answered_at  timestamptz,
    check ((outcome is null) = (answer is null)),
    check ((outcome = 'REVISED') = (revised_star is not null))
);
create index rat_objection_entry on rat_objection (entry_id);

-- 政府指导价: base price and float range per star (and with or without lift), yuan per m² per month, for one fee
-- item. Rows are never changed: a change is a new row with its effective date, so the history stays.
create table rat_fee_guidance (
    id           bigserial     primary key,
    county_id    bigint        not null,
    star         smallint      not null check (star between 1 and 5),
    with_lift    boolean       not null,
    fee_item     varchar(64)   not null,
    base_price   numeric(6,2)  not null check (base_price > 0 and base_price <= 100),
    float_pct    numeric(5,2)  not null check (float_pct >= 0 and float_pct <= 100),
    effective_on date          not null,
    note         varchar(200),
    created_by   varchar(64)   not null,
    created_at   timestamptz   not null default now()
);
create index rat_fee_guidance_current on rat_fee_guidance (county_id, star, with_lift, effective_on desc);

-- A project's fee item above the ceiling of its star's range; cleared_on set when a later check finds it inside.
create table rat_fee_flag (
    id           bigserial    primary key,
    project_id   bigint       not null,
    company_name varchar(128) not null,
    estate_id    bigint       not null,
    estate_name  varchar(128) not null,
    region_path  varchar(200) not null,
    fee_item     varchar(64)  not null,
    unit_price   numeric(10,2) not null,
    star         smallint     not null,
    ceiling      numeric(8,2) not null,
    guidance_id  bigint       not null references rat_fee_guidance (id),
    flagged_on   date         not null,
    cleared_on   date
);
create unique index rat_fee_flag_open on rat_fee_flag (project_id, fee_item) where cleared_on is null;
create index rat_fee_flag_path on rat_fee_flag (region_path varchar_pattern_ops, flagged_on desc);

-- 表彰奖励, published on the public ratings page.
create table rat_commendation (
    id            bigserial    primary key,
    county_id     bigint       not null,
    company_id    bigint       not null,
    company_name  varchar(128) not null,
    project_id    bigint,
    title         varchar(128) not null,
    reason        varchar(1000) not null,
    commended_on  date         not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now()
);
create index rat_commendation_county on rat_commendation (county_id, commended_on desc);
