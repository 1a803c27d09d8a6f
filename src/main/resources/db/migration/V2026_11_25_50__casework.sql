-- Complaints and work orders (投诉/工单), dispatched by the responsibility list (权责清单); plan §1, §4, §21,
-- deadlines rules.md §7 (common practice, marked as defaults), working days rules.md §8.

create table cas_category (
    code              varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name              varchar(60)  not null unique,
    anonymous_allowed boolean      not null default false,
    sort              integer      not null default 0,
    active            boolean      not null default true
);

insert into cas_category (code, name, anonymous_allowed, sort) values
    ('ILLEGAL_BUILDING', '违章搭建', true, 10),
    ('GREENERY', '毁绿占绿', true, 20),
    ('ANIMALS', '违规饲养动物', true, 30),
    ('EBIKE_CHARGING', '电动自行车违规停放充电', true, 40),
    ('FIRE_LANE', '占用堵塞消防通道', true, 50),
    ('FIRE_EQUIPMENT', '消防设施损坏', true, 60),
    ('HOUSE_USE', '擅自改变住宅性质', true, 70),
    ('COMMON_PARTS', '侵占共有部分经营', true, 80),
    ('GARBAGE', '垃圾', false, 90),
    ('NOISE', '噪声', true, 100),
    ('SERVICE_QUALITY', '物业服务质量', false, 110),
    ('FEES', '收费', false, 120),
    ('LIFT', '电梯', false, 130),
    ('WATER', '供水', false, 140),
    ('POWER', '供电', false, 150),
    ('GAS', '供气', false, 160),
    ('HEATING', '供暖', false, 170),
    ('TELECOM', '通信', false, 180),
    ('OTHER', '其他', false, 990);

-- Time limits per category (null = every category) and urgency. Hours run round the clock (12345 is 7x24);
-- working days follow the calendar (rules.md §8). is_default: still the common-practice figure of rules.md §7
-- ([P], low reliability), not yet confirmed by the county.
create table cas_deadline (
    id            bigserial   primary key,
    category_code varchar(40) references cas_category (code),
    urgency       varchar(10) not null check (urgency in ('URGENT', 'GENERAL', 'COMPLEX')),
    amount        integer     not null check (amount between 1 and 365),
    unit          varchar(12) not null check (unit in ('HOURS', 'WORKING_DAYS')),
    is_default    boolean     not null default true,
    updated_at    timestamptz not null default now()
);
create unique index cas_deadline_key on cas_deadline (coalesce(category_code, ''), urgency);

insert into cas_deadline (category_code, urgency, amount, unit) values
    (null, 'URGENT', 2, 'HOURS'),
    (null, 'GENERAL', 7, 'WORKING_DAYS'),
    (null, 'COMPLEX', 15, 'WORKING_DAYS'),
    ('WATER', 'GENERAL', 24, 'HOURS'),
    ('POWER', 'GENERAL', 24, 'HOURS'),
    ('GAS', 'GENERAL', 24, 'HOURS'),
    ('HEATING', 'GENERAL', 24, 'HOURS'),
    ('TELECOM', 'GENERAL', 24, 'HOURS');

-- The responsibility list: a category (optionally within a region) is handled by one body.
create table cas_duty_rule (
    id            bigserial    primary key,
    category_code varchar(40)  not null references cas_category (code),
    region_id     bigint       references reg_region (id),
    region_path   varchar(200),
    body_kind     varchar(12)  not null check (body_kind in ('DEPARTMENT', 'COMPANY', 'COMMITTEE', 'COMMUNITY')),
    department_id bigint       references idn_department (id),
    note          varchar(200),
    updated_at    timestamptz  not null default now(),
    check ((body_kind = 'DEPARTMENT') = (department_id is not null)),
    check ((region_id is null) = (region_path is null))
);
create unique index cas_duty_rule_key on cas_duty_rule (category_code, coalesce(region_id, 0));

create table cas_case (
    id                  bigserial    primary key,
    number              varchar(20)  not null unique,
    estate_id           bigint       not null references reg_estate (id),
    region_path         varchar(200) not null,
    category_code       varchar(40)  not null references cas_category (code),
    urgency             varchar(10)  not null check (urgency in ('URGENT', 'GENERAL', 'COMPLEX')),
    channel             varchar(10)  not null check (channel in ('APP', 'HOTLINE', 'WALK_IN', 'DEVICE')),
    text                varchar(2000) not null,
    location            varchar(200),
    anonymous           boolean      not null default false,
    reporter_account_id bigint       references idn_account (id),
    reporter_name       varchar(60),
    reporter_phone_enc  varchar(200),
    entered_by          varchar(64)  not null,
    status              varchar(12)  not null check (status in ('PENDING', 'DISPATCHED', 'ACCEPTED', 'RESOLVED', 'CLOSED')),
    body_kind           varchar(12)  check (body_kind in ('DEPARTMENT', 'COMPANY', 'COMMITTEE', 'COMMUNITY')),
    department_id       bigint       references idn_department (id),
    company_id          bigint       references mkt_company (id),
    body_name           varchar(120),
    returns             integer      not null default 0 check (returns between 0 and 1),
    reopens             integer      not null default 0 check (reopens between 0 and 1),
    received_at         timestamptz  not null,
    due_at              timestamptz  not null,
    accepted_at         timestamptz,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    warned_at           timestamptz,
    escalated_at        timestamptz,
    result              varchar(2000),
    rating              varchar(12)  check (rating in ('SATISFIED', 'BASIC', 'UNSATISFIED')),
    version             integer      not null default 0,
    check ((status = 'PENDING') or body_kind is not null),
    check ((body_kind = 'DEPARTMENT') = (department_id is not null)),
    check ((body_kind = 'COMPANY') = (company_id is not null)),
    check (status <> 'CLOSED' or closed_at is not null)
);
create index cas_case_path on cas_case (region_path text_pattern_ops, received_at desc);
create index cas_case_department on cas_case (department_id, status) where department_id is not null;
create index cas_case_company on cas_case (company_id, status) where company_id is not null;
create index cas_case_estate on cas_case (estate_id, received_at desc);
create index cas_case_reporter on cas_case (reporter_account_id, received_at desc) where reporter_account_id is not null;
create index cas_case_open_due on cas_case (due_at) where status in ('PENDING', 'DISPATCHED', 'ACCEPTED');
create sequence cas_case_number;

create table cas_case_event (
    id      bigserial    primary key,
    case_id bigint       not null references cas_case (id),
    action  varchar(12)  not null,
    note    varchar(2000),
    actor   varchar(64)  not null,
    at      timestamptz  not null default now()
);
create index cas_case_event_case on cas_case_event (case_id, at);

create table cas_photo (
    id           bigserial   primary key,
    case_id      bigint      not null references cas_case (id),
    stage        varchar(8)  not null check (stage in ('INTAKE', 'RESULT')),
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size         integer     not null check (size between 1 and 5242880),
    data         bytea       not null,
    created_at   timestamptz not null default now()
);
create index cas_photo_case on cas_photo (case_id);

-- County-wide defaults of the responsibility list for bodies every county has; the county adds its
-- departments (城管、公安、消防、市场监管、自然资源、住建) and utilities on the duty-list page.
insert into cas_duty_rule (category_code, body_kind, note) values
    ('SERVICE_QUALITY', 'COMPANY', '物业服务合同约定事项'),
    ('LIFT', 'COMPANY', '共用设施设备维护'),
    ('GARBAGE', 'COMPANY', '公共区域保洁'),
    ('EBIKE_CHARGING', 'COMPANY', '物业服务企业先行劝阻'),
    ('COMMON_PARTS', 'COMMITTEE', '共有部分经营由业主共同决定 (民法典第278条)'),
    ('NOISE', 'COMMUNITY', '邻里纠纷先行调解'),
    ('GAS', 'COMMUNITY', '协调燃气企业'),
    ('HEATING', 'COMMUNITY', '协调供热企业'),
    ('TELECOM', 'COMMUNITY', '协调通信企业'),
    ('OTHER', 'COMMUNITY', null);
