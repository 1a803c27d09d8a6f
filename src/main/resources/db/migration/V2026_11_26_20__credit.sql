-- Credit evaluation of property companies (plan §12, rules.md §5). Every figure here is a shipped default that the
-- county edits (no Henan score table is published): cut-offs and base after Yantai/Jinan, validity after Yantai.

create table crd_scheme (
    id             integer      primary key default 1 check (id = 1),
    base_score     numeric(6,2) not null default 80,
    cut_aaa        numeric(6,2) not null default 90,
    cut_aa         numeric(6,2) not null default 80,
    cut_a          numeric(6,2) not null default 70,
    cut_b          numeric(6,2) not null default 60,
    objection_days integer      not null default 30 check (objection_days between 1 and 365),
    public_years   integer      not null default 5 check (public_years between 1 and 5),
    updated_by     varchar(64),
    updated_at     timestamptz,
    check (cut_aaa > cut_aa and cut_aa > cut_a and cut_a > cut_b)
);
insert into crd_scheme default values;

create table crd_rule (
    code            varchar(40)  primary key,
    source          varchar(16)  not null check (source in ('COMPLAINT', 'INSPECTION', 'CONTRACT', 'TOWNSHIP',
                                                            'COMMENDATION', 'DISCLOSURE', 'COUNTY')),
    name            varchar(80)  not null,
    points          numeric(6,2) not null check (points between -100 and 100),
    validity_months integer      not null check (validity_months between 1 and 60),
    veto            boolean      not null default false,
    sort            integer      not null
);
insert into crd_rule (code, source, name, points, validity_months, veto, sort) values
    ('COMPLAINT_SATISFIED',   'COMPLAINT',    '投诉按期办结且满意',         0.5, 12, false, 10),
    ('COMPLAINT_LATE',        'COMPLAINT',    '投诉超期办结',             -1,   12, false, 11),
    ('COMPLAINT_UNSATISFIED', 'COMPLAINT',    '投诉处理群众不满意',        -2,   12, false, 12),
    ('INSPECTION_CLEAN',      'INSPECTION',   '双随机抽查未发现问题',       2,   12, false, 20),
    ('INSPECTION_MINOR',      'INSPECTION',   '双随机抽查发现一般问题',     -2,   12, false, 21),
    ('INSPECTION_SERIOUS',    'INSPECTION',   '双随机抽查发现严重问题',    -10,   24, false, 22),
    ('CONTRACT_COMPLETED',    'CONTRACT',     '合同终止后按期退出并交接',    3,   24, false, 30),
    ('CONTRACT_DISMISSED',    'CONTRACT',     '被业主大会依法解聘',        -5,   24, false, 31),
    ('CONTRACT_OVERSTAYED',   'CONTRACT',     '合同终止后拒不退出',       -20,   36, true,  32),
    ('TOWNSHIP_GOOD',         'TOWNSHIP',     '乡镇(街道)评价良好',         2,   12, false, 40),
    ('TOWNSHIP_POOR',         'TOWNSHIP',     '乡镇(街道)评价较差',        -3,   12, false, 41),
    ('COMMENDATION',          'COMMENDATION', '县级以上表彰奖励',           5,   24, false, 50),
    ('UNDISCLOSED_CHARGE',    'DISCLOSURE',   '收取公示以外的费用',        -10,  24, false, 60),
    ('ADMIN_PENALTY',         'COUNTY',       '受到行政处罚',             -15,  36, false, 70),
    ('COURT_DISHONEST',       'COUNTY',       '法院生效裁判认定失信',       -30,  60, true,  71),
    ('SERIOUS_ACCIDENT',      'COUNTY',       '发生重大安全责任事故',       -30,  60, true,  72);

create table crd_event (
    id           bigserial    primary key,
    company_id   bigint       not null,
    company_name varchar(120) not null,
    project_id   bigint,
    estate_id    bigint,
    region_path  varchar(200),
    manager_name varchar(60),
    occurred_on  date         not null,
    source       varchar(16)  not null,
    source_ref   varchar(200) not null,
    rule_code    varchar(40)  not null references crd_rule (code),
    points       numeric(6,2) not null,
    veto         boolean      not null,
    expires_on   date         not null,
    summary      varchar(500) not null,
    status       varchar(10)  not null default 'VALID' check (status in ('VALID', 'REVOKED', 'REPAIRED')),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    closed_on    date,
    close_note   varchar(500),
    check (expires_on > occurred_on),
    unique (source, source_ref, rule_code)
);
create index crd_event_company on crd_event (company_id, occurred_on desc);
create index crd_event_path on crd_event (region_path text_pattern_ops);

create table crd_objection (
    id                 bigserial    primary key,
    event_id           bigint       not null references crd_event (id),
    company_id         bigint       not null,
    reason             varchar(1000) not null,
    filed_on           date         not null,
    filed_by           varchar(64)  not null,
    needs_verification boolean      not null default false,
    due_on             date         not null,
    status             varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'UPHELD', 'REJECTED')),
    answer             varchar(1000),
    answered_on        date,
    answered_by        varchar(64)
);
create unique index crd_objection_open on crd_objection (event_id) where status = 'OPEN';
create index crd_objection_company on crd_objection (company_id, filed_on desc);

create table crd_grade (
    company_id   bigint       primary key,
    company_name varchar(120) not null,
    score        numeric(7,2) not null,
    grade        varchar(3)   not null,
    list         varchar(5)   not null check (list in ('RED', 'BLACK', 'NONE')),
    since        date         not null,
    computed_on  date         not null
);
create index crd_grade_list on crd_grade (list, score desc);

create table crd_grade_history (
    id          bigserial    primary key,
    company_id  bigint       not null,
    score       numeric(7,2) not null,
    grade       varchar(3)   not null,
    list        varchar(5)   not null,
    since       date         not null,
    cause       varchar(200) not null,
    recorded_at timestamptz  not null default now()
);
create index crd_grade_history_company on crd_grade_history (company_id, since desc, id desc);
