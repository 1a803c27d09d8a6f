-- Register of places and owners (plan §22). Owned by the region module: reg_* tables.

-- Administrative regions as a tree. path is the chain of ids ('/1/4/27/'), so a jurisdiction
-- is one prefix match and the same schema serves a county, a city or a province.
create table reg_region (
    id          bigserial primary key,
    parent_id   bigint references reg_region (id),
    level       varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY')),
    code        varchar(32) unique,
    name        varchar(64)  not null,
    path        varchar(512) not null unique,
    sort_order  int          not null default 0,
    unique (parent_id, name)
);
create index reg_region_parent on reg_region (parent_id);
create index reg_region_path on reg_region (path varchar_pattern_ops);

-- 小区. region_path copies the community's path so jurisdiction filters need no join.
create table reg_estate (
    id            bigserial primary key,
    community_id  bigint       not null references reg_region (id),
    region_path   varchar(512) not null,
    name          varchar(128) not null,
    address       varchar(256),
    built_year    int check (built_year between 1900 and 2100),
    legacy        boolean      not null default false,
    created_at    timestamptz  not null default now(),
    unique (community_id, name)
);
create index reg_estate_path on reg_estate (region_path varchar_pattern_ops);
create index reg_estate_name on reg_estate (name);

-- 物业管理区域: usually one estate; old estates grouped about 30 000 m² an area (plan §20).
create table reg_management_area (
    id         bigserial primary key,
    estate_id  bigint       not null references reg_estate (id),
    name       varchar(128) not null,
    unique (estate_id, name)
);

-- 楼栋
create table reg_building (
    id                  bigserial primary key,
    estate_id           bigint      not null references reg_estate (id),
    management_area_id  bigint references reg_management_area (id),
    name                varchar(32) not null,
    floors              int check (floors between 1 and 200),
    has_lift            boolean     not null default false,
    unique (estate_id, name)
);

-- 房屋 (专有部分). estate_id is copied from the building for scoped queries; section (单元)
-- is a value on the house, blank where a building has no sections.
create table reg_house (
    id                bigserial primary key,
    estate_id         bigint        not null references reg_estate (id),
    building_id       bigint        not null references reg_building (id),
    section           varchar(16)   not null default '',
    number            varchar(32)   not null,
    exclusive_area    numeric(10, 2) not null check (exclusive_area > 0),
    use               varchar(16)   not null check (use in ('RESIDENTIAL', 'COMMERCIAL')),
    built_year        int check (built_year between 1900 and 2100),
    has_fund_account  boolean       not null default false,
    unique (building_id, section, number)
);
create index reg_house_estate on reg_house (estate_id);

-- 业主: a natural person (18-digit resident ID) or an organisation (unified social credit code).
create table reg_owner (
    id          bigserial primary key,
    kind        varchar(16)  not null check (kind in ('PERSON', 'ORGANIZATION')),
    name        varchar(128) not null,
    id_number   varchar(18)  not null unique,
    phone       varchar(11),
    created_at  timestamptz  not null default now()
);
create index reg_owner_name on reg_owner (name);

-- Who owns which house: co-owners share a house, one owner may hold many.
create table reg_ownership (
    house_id  bigint not null references reg_house (id),
    owner_id  bigint not null references reg_owner (id),
    primary key (house_id, owner_id)
);
create index reg_ownership_owner on reg_ownership (owner_id);

-- 住户: lives in a house, may not own it.
create table reg_resident (
    id         bigserial primary key,
    house_id   bigint      not null references reg_house (id),
    name       varchar(64) not null,
    phone      varchar(11),
    relation   varchar(16) not null default 'TENANT' check (relation in ('OWNER', 'FAMILY', 'TENANT', 'OTHER')),
    moved_in   date
);
create index reg_resident_house on reg_resident (house_id);
