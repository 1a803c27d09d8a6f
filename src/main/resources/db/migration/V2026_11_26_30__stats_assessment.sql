-- Township assessment (plan 保障措施(二) 考核): the county's indicator system per year, scores per township.
create table sts_assessment (
    county_id    bigint      not null references reg_region (id),
    year         integer     not null check (year between 2000 and 2100),
    status       varchar(12) not null check (status in ('OPEN', 'APPROVED', 'PUBLISHED')),
    computed_at  timestamptz,
    computed_by  varchar(64),
    approved_at  timestamptz,
    approved_by  varchar(64),
    published_at timestamptz,
    published_by varchar(64),
    primary key (county_id, year)
);

create table sts_indicator (
    id           bigserial primary key,
    county_id    bigint        not null,
    year         integer       not null,
    name         varchar(100)  not null,
    weight       numeric(6, 2) not null check (weight > 0 and weight <= 100),
    kind         varchar(8)    not null check (kind in ('FORMULA', 'ENTERED')),
    measure_code varchar(64),
    rule         varchar(8)    check (rule in ('AT_LEAST', 'AT_MOST')),
    target       numeric(14, 2) check (target >= 0),
    hint         varchar(300),
    sort_order   integer       not null default 0,
    foreign key (county_id, year) references sts_assessment (county_id, year),
    unique (county_id, year, name),
    check ((kind = 'FORMULA') = (measure_code is not null and rule is not null and target is not null))
);
create index sts_indicator_year on sts_indicator (county_id, year, sort_order);

-- One township's result on one indicator: computed (value, points) or entered (points, evidence).
create table sts_score (
    indicator_id   bigint        not null references sts_indicator (id) on delete cascade,
    township_id    bigint        not null references reg_region (id),
    township_name  varchar(64)   not null,
    region_path    varchar(512)  not null,
    value          numeric(14, 4),
    missing        boolean       not null default false,
    points         numeric(8, 2) check (points >= 0),
    evidence_text  varchar(2000),
    evidence_name  varchar(200),
    evidence_type  varchar(100),
    evidence       bytea,
    entered_by     varchar(64),
    entered_at     timestamptz,
    computed_at    timestamptz,
    primary key (indicator_id, township_id)
);
create index sts_score_township on sts_score (township_id);
