-- Property companies and the estates they serve (plan §6, §11). Owned by the market module.
-- This first cut holds what jurisdiction needs: a company account sees its own projects.

create table mkt_company (
    id           bigserial primary key,
    name         varchar(128) not null,
    credit_code  varchar(18)  not null unique,
    phone        varchar(20)
);

create table mkt_project (
    id          bigserial primary key,
    company_id  bigint not null references mkt_company (id),
    estate_id   bigint not null,
    started_on  date   not null,
    ended_on    date,
    check (ended_on is null or ended_on >= started_on)
);
create index mkt_project_company on mkt_project (company_id);
create unique index mkt_project_active on mkt_project (estate_id) where ended_on is null;
