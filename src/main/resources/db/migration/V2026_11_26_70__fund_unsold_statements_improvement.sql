-- Issue 8, second cut (fnd_*): the developer's charge for unsold houses, the yearly statement to owners, improvement
-- spending from income above the demand rate, and common income transferred into the fund. Decision 0026.

-- When the developer is charged for its unsold houses: months after the estate's first delivery (0 = at delivery),
-- and the days it has to pay (Order 165 art. 12: selling units pay within 30 days). County data, shipped defaults.
insert into fnd_setting (name, value) values
    ('UNSOLD_CHARGE_MONTHS', 0.0000),
    ('UNSOLD_DUE_DAYS', 30.0000);

-- 开发建设单位交存: one charge per estate and reference (the delivery or the unsold-by date), listing every house with
-- no owner and no first deposit at that point; a house is charged once. Paid as one DEPOSIT entry of the journal.
create table fnd_developer_charge (
    id           bigserial primary key,
    estate_id    bigint         not null references reg_estate (id),
    reference    varchar(64)    not null,
    delivered_on date           not null,
    charged_on   date           not null,
    due_on       date           not null,
    houses       int            not null check (houses > 0),
    total        numeric(14, 2) not null check (total > 0),
    entry_id     bigint unique references fnd_entry (id),
    paid_on      date,
    created_by   varchar(64)    not null,
    created_at   timestamptz    not null default now(),
    unique (estate_id, reference),
    check ((entry_id is null) = (paid_on is null)),
    check (due_on >= charged_on)
);
create index fnd_developer_charge_open on fnd_developer_charge (due_on) where entry_id is null;
create table fnd_developer_charge_house (
    charge_id  bigint         not null references fnd_developer_charge (id),
    house_id   bigint         not null unique references reg_house (id),
    amount     numeric(14, 2) not null check (amount > 0),
    primary key (charge_id, house_id)
);

-- 每年至少一次向业主公布: an estate's figures of a calendar year, generated once (a second run returns the first).
create table fnd_year_statement (
    id            bigserial primary key,
    estate_id     bigint         not null references reg_estate (id),
    year          int            not null check (year between 2008 and 2100),
    opening       numeric(16, 2) not null,
    deposits      numeric(16, 2) not null,
    interest      numeric(16, 2) not null,
    other_income  numeric(16, 2) not null,
    uses          numeric(16, 2) not null,
    refunds       numeric(16, 2) not null,
    closing       numeric(16, 2) not null,
    accounts      int            not null,
    generated_by  varchar(64)    not null,
    generated_at  timestamptz    not null default now(),
    unique (estate_id, year),
    check (closing = opening + deposits + interest + other_income + refunds - uses)
);

-- Plan §17: income above the demand (活期) rate may pay for improvement. Each allocation keeps the part above what
-- the demand rate gives; IMPROVEMENT uses spend at most what is left of it.
alter table fnd_income add column above_demand numeric(14, 2) not null default 0 check (above_demand >= 0);
alter table fnd_usage drop constraint fnd_usage_kind_check;
alter table fnd_usage add constraint fnd_usage_kind_check check (kind in ('ORDINARY', 'EMERGENCY', 'IMPROVEMENT'));
alter table fnd_usage add constraint fnd_usage_improvement_decided check (kind <> 'IMPROVEMENT' or decision_ref is not null);

-- 共有收益 → 维修资金 (plan §18): a transfer the billing module reports, posted once as INCOME over the estate's houses
-- by exclusive area.
create table fnd_common_income (
    id            bigserial primary key,
    transfer_ref  varchar(64)    not null unique,
    estate_id     bigint         not null references reg_estate (id),
    amount        numeric(14, 2) not null check (amount > 0),
    decision_ref  varchar(100)   not null,
    entry_id      bigint         not null references fnd_entry (id),
    created_at    timestamptz    not null default now()
);
