-- Staff and training (plan §23, 保障措施(四)): courses and competitions, attendance, materials, 最美物业人.
create table wfc_event (
    id            bigserial     primary key,
    kind          varchar(16)   not null check (kind in ('COURSE', 'COMPETITION')),
    audience      varchar(16)   not null check (audience in ('COMMITTEE', 'COMPANY_STAFF', 'OFFICIALS')),
    title         varchar(200)  not null,
    held_on       date          not null,
    hours         numeric(5, 1) not null check (hours > 0),
    organiser     varchar(128)  not null,
    region_path   varchar(512)  not null,
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now()
);
create index wfc_event_path on wfc_event (region_path varchar_pattern_ops, held_on);

-- Company staff (market's mkt_company_staff) or officials by name; committee members are recorded by governance.
create table wfc_attendance (
    id            bigserial     primary key,
    event_id      bigint        not null references wfc_event (id),
    staff_id      bigint,
    company_id    bigint,
    name          varchar(64)   not null,
    unit          varchar(128)  not null,
    result        varchar(128),
    unique (event_id, staff_id)
);
create index wfc_attendance_event on wfc_attendance (event_id);

-- A course for committee members points at governance's training record of each committee (no second record).
create table wfc_committee_training (
    event_id      bigint        not null references wfc_event (id),
    committee_id  bigint        not null,
    training_id   bigint        not null,
    primary key (event_id, committee_id)
);

create table wfc_material (
    id            bigserial     primary key,
    event_id      bigint        not null references wfc_event (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size          int           not null check (size > 0),
    content       bytea         not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null default now()
);
create index wfc_material_event on wfc_material (event_id);

-- 最美物业人评选
create table wfc_selection (
    id            bigserial     primary key,
    year          int           not null check (year between 2000 and 2100),
    title         varchar(200)  not null,
    region_id     bigint        not null references reg_region (id),
    region_path   varchar(512)  not null,
    winners       int           not null check (winners between 1 and 50),
    status        varchar(16)   not null check (status in ('NOMINATING', 'VOTING', 'PUBLISHED')),
    published_at  timestamptz,
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now(),
    unique (region_id, year, title)
);
create index wfc_selection_path on wfc_selection (region_path varchar_pattern_ops);

create table wfc_nomination (
    id              bigserial     primary key,
    selection_id    bigint        not null references wfc_selection (id),
    staff_id        bigint        not null,
    company_id      bigint        not null,
    staff_name      varchar(64)   not null,
    position        varchar(64),
    company_name    varchar(128)  not null,
    deeds           varchar(2000) not null,
    nominated_by    varchar(64)   not null,
    nominator_role  varchar(32)   not null,
    selected        boolean       not null default false,
    created_at      timestamptz   not null default now(),
    unique (selection_id, staff_id)
);
create index wfc_nomination_selection on wfc_nomination (selection_id);

-- An owner votes once per selection.
create table wfc_vote (
    id              bigserial     primary key,
    selection_id    bigint        not null references wfc_selection (id),
    nomination_id   bigint        not null references wfc_nomination (id),
    owner_id        bigint        not null,
    voted_at        timestamptz   not null default now(),
    unique (selection_id, owner_id)
);
create index wfc_vote_nomination on wfc_vote (nomination_id);
