-- Property fees (plan §9, §11; rules.md §1 art. 944, §4). Owned by the billing module: bil_* tables.
-- Money numeric(14,2) in yuan; unit prices numeric(12,4) (0.8500 yuan per m² per month).

-- 收费项目: what a project charges, as its contract says. A company keeps its own fee items here until the
-- market module publishes its contracts' fee items (then this table is fed from them).
create table bil_fee_item (
    id          bigserial primary key,
    project_id  bigint        not null references mkt_project (id),
    estate_id   bigint        not null references reg_estate (id),
    company_id  bigint        not null references mkt_company (id),
    kind        varchar(16)   not null check (kind in ('PROPERTY', 'PARKING', 'SHARED_UTILITY')),
    basis       varchar(16)   not null check (basis in ('PER_M2', 'PER_HOUSE', 'PER_SPACE')),
    name        varchar(64)   not null,
    unit_price  numeric(12, 4) not null check (unit_price > 0 and unit_price <= 100000),
    valid_from  date          not null check (extract(day from valid_from) = 1),
    valid_to    date,
    created_at  timestamptz   not null default now(),
    check (valid_to is null or valid_to >= valid_from),
    unique (project_id, name, valid_from)
);
create index bil_fee_item_estate on bil_fee_item (estate_id);

-- Parking spaces (or other counted units) a house rents under a PER_SPACE item.
create table bil_fee_space (
    fee_item_id  bigint not null references bil_fee_item (id),
    house_id     bigint not null references reg_house (id),
    spaces       int    not null check (spaces between 1 and 20),
    primary key (fee_item_id, house_id)
);

-- One run of the monthly batch. The caller's idempotency key makes a retried run return the first run.
create table bil_batch (
    id               bigserial primary key,
    idempotency_key  varchar(64)    not null unique,
    estate_id        bigint         not null references reg_estate (id),
    period           date           not null check (extract(day from period) = 1),
    due_on           date           not null,
    bills_created    int            not null,
    amount_created   numeric(14, 2) not null,
    created_by       varchar(64)    not null,
    created_at       timestamptz    not null default now()
);

-- 物业费账单: one per house, period (first day of the month) and fee item; never two.
create table bil_bill (
    id           bigserial primary key,
    house_id     bigint         not null references reg_house (id),
    estate_id    bigint         not null references reg_estate (id),
    fee_item_id  bigint         not null references bil_fee_item (id),
    period       date           not null check (extract(day from period) = 1),
    quantity     numeric(12, 2) not null check (quantity > 0),
    unit_price   numeric(12, 4) not null,
    amount       numeric(14, 2) not null check (amount >= 0),
    paid         numeric(14, 2) not null default 0,
    due_on       date           not null,
    batch_id     bigint         not null references bil_batch (id),
    created_at   timestamptz    not null default now(),
    constraint bil_bill_not_overpaid check (paid >= 0 and paid <= amount),
    constraint bil_bill_once unique (house_id, period, fee_item_id)
);
create index bil_bill_estate_period on bil_bill (estate_id, period);
create index bil_bill_house on bil_bill (house_id, period);

-- 缴费: cash, bank transfer or an online payment's reference; a retried request (same key) is one payment.
create table bil_payment (
    id               bigserial primary key,
    bill_id          bigint         not null references bil_bill (id),
    amount           numeric(14, 2) not null check (amount > 0),
    method           varchar(16)    not null check (method in ('CASH', 'TRANSFER', 'ONLINE')),
    reference        varchar(64),
    idempotency_key  varchar(64)    not null unique,
    receipt_no       varchar(32)    not null unique,
    paid_at          timestamptz    not null default now(),
    recorded_by      varchar(64)    not null,
    check (method = 'CASH' or reference is not null)
);
create index bil_payment_bill on bil_payment (bill_id);

-- 欠费催缴: the dated steps a company takes. The list of measures is closed here as in ArrearsMeasure:
-- cutting water, power, heat or gas (Civil Code art. 944) can never be stored.
create table bil_arrears_step (
    id           bigserial primary key,
    house_id     bigint         not null references reg_house (id),
    estate_id    bigint         not null references reg_estate (id),
    measure      varchar(24)    not null check (measure in ('WRITTEN_REMINDER', 'PAYMENT_PLAN', 'MEDIATION',
                                     'ARBITRATION', 'LAWSUIT')),
    taken_on     date           not null,
    deadline     date,
    amount_due   numeric(14, 2) not null check (amount_due > 0),
    note         varchar(500),
    recorded_by  varchar(64)    not null,
    created_at   timestamptz    not null default now(),
    check ((measure = 'WRITTEN_REMINDER') = (deadline is not null)),
    check (deadline is null or deadline > taken_on)
);
create index bil_arrears_step_house on bil_arrears_step (house_id, taken_on);
create index bil_arrears_step_estate on bil_arrears_step (estate_id);

-- 恶意欠费: recorded by the owners' committee with its evidence; the owner may object; the township decides.
create table bil_wilful_arrears (
    id               bigserial primary key,
    house_id         bigint         not null references reg_house (id),
    estate_id        bigint         not null references reg_estate (id),
    amount_due       numeric(14, 2) not null check (amount_due > 0),
    evidence         varchar(2000)  not null,
    recorded_on      date           not null,
    recorded_by      varchar(64)    not null,
    status           varchar(16)    not null check (status in ('RECORDED', 'OBJECTED', 'UPHELD', 'REVOKED')),
    objection        varchar(1000),
    objected_on      date,
    decided_on       date,
    decision_reason  varchar(500),
    check ((status = 'RECORDED') or objection is not null)
);
create unique index bil_wilful_open on bil_wilful_arrears (house_id) where status <> 'REVOKED';
create index bil_wilful_estate on bil_wilful_arrears (estate_id);

-- 共有部分经营收益 (Civil Code arts. 282-283): income and its reasonable costs, per estate.
create table bil_common_income (
    id           bigserial primary key,
    estate_id    bigint         not null references reg_estate (id),
    direction    varchar(8)     not null check (direction in ('INCOME', 'COST')),
    category     varchar(16)    not null check (category in ('PARKING', 'ADVERTISING', 'RENTAL', 'OTHER')),
    amount       numeric(14, 2) not null check (amount > 0),
    occurred_on  date           not null,
    note         varchar(200)   not null,
    recorded_by  varchar(64)    not null,
    created_at   timestamptz    not null default now()
);
create index bil_common_income_estate on bil_common_income (estate_id, occurred_on);
