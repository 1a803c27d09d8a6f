-- Double-random inspections (双随机一公开, plan §11, §12, rules.md §6) and the hazard register (plan §21).

create table ins_matter (
    id          bigserial    primary key,
    region_path varchar(200) not null,
    code        varchar(40)  not null,
    name        varchar(120) not null,
    basis       varchar(500) not null,
    checklist   varchar(2000) not null,
    active      boolean      not null default true,
    unique (region_path, code)
);

create table ins_target (
    id           bigserial    primary key,
    region_path  varchar(200) not null,
    project_id   bigint       not null,
    company_id   bigint       not null,
    company_name varchar(120) not null,
    estate_id    bigint       not null,
    estate_name  varchar(120) not null,
    estate_path  varchar(200) not null,
    active       boolean      not null default true,
    unique (region_path, project_id)
);

create table ins_inspector (
    id          bigserial    primary key,
    region_path varchar(200) not null,
    name        varchar(60)  not null,
    unit        varchar(120) not null,
    username    varchar(64),
    active      boolean      not null default true
);
create index ins_inspector_user on ins_inspector (username) where username is not null;

create table ins_conflict (
    inspector_id bigint       not null references ins_inspector (id),
    company_id   bigint       not null,
    reason       varchar(200) not null,
    primary key (inspector_id, company_id)
);

create table ins_plan (
    id           bigserial    primary key,
    region_path  varchar(200) not null,
    title        varchar(120) not null,
    matter_id    bigint       not null references ins_matter (id),
    share_pct    integer      not null check (share_pct between 1 and 100),
    per_target   integer      not null check (per_target between 2 and 5),
    starts_on    date         not null,
    ends_on      date         not null,
    inputs       text         not null,
    seed         varchar(64)  not null,
    seed_hash    varchar(64)  not null,
    committed_at timestamptz  not null default now(),
    drawn_at     timestamptz,
    result       text,
    status       varchar(10)  not null default 'COMMITTED' check (status in ('COMMITTED', 'DRAWN')),
    created_by   varchar(64)  not null,
    check (ends_on >= starts_on)
);

create table ins_inspection (
    id           bigserial    primary key,
    plan_id      bigint       not null references ins_plan (id),
    target_id    bigint       not null references ins_target (id),
    draw_order   integer      not null,
    company_id   bigint       not null,
    company_name varchar(120) not null,
    project_id   bigint       not null,
    estate_id    bigint       not null,
    estate_name  varchar(120) not null,
    region_path  varchar(200) not null,
    status       varchar(10)  not null default 'DRAWN' check (status in ('DRAWN', 'FINISHED', 'PUBLISHED')),
    finished_on  date,
    publish_due  date,
    published_on date,
    unique (plan_id, draw_order)
);
create index ins_inspection_path on ins_inspection (region_path text_pattern_ops);
create index ins_inspection_project on ins_inspection (project_id);

create table ins_assignment (
    inspection_id bigint not null references ins_inspection (id),
    inspector_id  bigint not null references ins_inspector (id),
    primary key (inspection_id, inspector_id)
);
create index ins_assignment_inspector on ins_assignment (inspector_id);

create table ins_finding (
    id            bigserial     primary key,
    inspection_id bigint        not null references ins_inspection (id),
    item          varchar(200)  not null,
    passed        boolean       not null,
    severity      varchar(8)    check (severity in ('MINOR', 'SERIOUS')),
    hazard_kind   varchar(20),
    description   varchar(1000),
    rectify_by    date,
    latitude      numeric(9,6),
    longitude     numeric(9,6),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null default now(),
    check (passed or (severity is not null and rectify_by is not null))
);
create index ins_finding_inspection on ins_finding (inspection_id);

create table ins_photo (
    id           bigserial    primary key,
    finding_id   bigint       not null references ins_finding (id),
    content_type varchar(40)  not null,
    content      bytea        not null
);
create index ins_photo_finding on ins_photo (finding_id);

create table ins_hazard (
    id          bigserial     primary key,
    kind        varchar(20)   not null check (kind in ('OLD_PIPELINE', 'EBIKE_WIRING', 'LIFT', 'FIRE_FACILITY',
                                                       'ILLEGAL_STRUCTURE', 'OTHER')),
    source      varchar(10)   not null check (source in ('FINDING', 'COMPLAINT')),
    source_ref  bigint        not null,
    estate_id   bigint        not null,
    estate_name varchar(120)  not null,
    region_path varchar(200)  not null,
    company_id  bigint,
    description varchar(1000) not null,
    found_on    date          not null,
    rectify_by  date          not null,
    status      varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'REPORTED', 'CLOSED')),
    closed_on   date,
    created_by  varchar(64)   not null,
    unique (source, source_ref),
    check (rectify_by >= found_on)
);
create index ins_hazard_path on ins_hazard (region_path text_pattern_ops, status, rectify_by);

create table ins_hazard_check (
    id        bigserial     primary key,
    hazard_id bigint        not null references ins_hazard (id),
    kind      varchar(10)   not null check (kind in ('REPORT', 'RECHECK')),
    on_day    date          not null,
    passed    boolean,
    note      varchar(500),
    by_user   varchar(64)   not null,
    at        timestamptz   not null default now()
);
create index ins_hazard_check_hazard on ins_hazard_check (hazard_id, at);
