-- Residential maintenance fund (住宅专项维修资金, plan §17 §18, rules.md §3). Owned by the fund module: fnd_* tables.
-- A double-entry ledger: every movement is one journal entry whose lines sum to zero; balances are sums of lines,
-- never stored, and lines are never updated or deleted. Sign convention: debit positive, credit negative. A bank
-- account (asset) has balance = sum(lines); a house account (分户账, owed to the owners) has balance = -sum(lines).

-- County configuration: deposit standards, top-up threshold, demand rate. is_default marks the shipped values.
create table fnd_setting (
    name        varchar(48)    primary key,
    value       numeric(12, 4) not null check (value >= 0),
    is_default  boolean        not null default true,
    updated_by  varchar(64),
    updated_at  timestamptz
);
insert into fnd_setting (name, value) values
    -- Order 165 art. 7: 5–8 % of the local construction cost per m²; Taiqian's figure is not published (rules.md §3 [U]),
    -- so the shipped values are Lianyungang's (¥50 without lift, ¥80 with lift) until the county enters its own.
    ('RATE_WITHOUT_LIFT', 50.0000),
    ('RATE_WITH_LIFT', 80.0000),
    -- art. 8: sold public housing, the owner pays 2 % of the cost price, the seller ≥ 20 % (multi-storey) or ≥ 30 %
    -- (high-rise) of the sale price.
    ('PUBLIC_OWNER_PERCENT', 2.0000),
    ('PUBLIC_SELLER_MULTI_PERCENT', 20.0000),
    ('PUBLIC_SELLER_HIGH_PERCENT', 30.0000),
    -- art. 17, HN art. 68: below 30 % of the first deposit the house tops up.
    ('TOP_UP_PERCENT', 30.0000),
    -- the bank's demand (活期) rate, % a year: the PBoC benchmark.
    ('DEMAND_RATE_PERCENT', 0.3500),
    -- county's deadline for emergency applications, working days (建办房〔2015〕52号).
    ('EMERGENCY_DECISION_DAYS', 3.0000);

-- 紧急维修事项清单: the county-editable emergency list (HN art. 70; 建办房〔2015〕52号).
create table fnd_emergency_item (
    code        varchar(32)  primary key,
    name        varchar(64)  not null,
    sort_order  int          not null default 0,
    active      boolean      not null default true,
    is_default  boolean      not null default true
);
insert into fnd_emergency_item (code, name, sort_order) values
    ('LIFT', '电梯故障停运', 1),
    ('FIRE', '消防设施损坏无法使用', 2),
    ('LEAK', '屋面、外墙渗漏', 3),
    ('WATER', '二次供水水泵停运', 4),
    ('DRAIN', '排水管道爆裂、堵塞', 5),
    ('FACADE', '外墙墙面有脱落危险', 6),
    ('RAILING', '护栏、围墙严重损毁', 7),
    ('OTHER', '其他危及房屋安全的紧急情况', 9);

-- Accounts: one HOUSE account (分户账) per house, one BANK account (专户) per estate (the management area).
create table fnd_account (
    id           bigserial primary key,
    kind         varchar(8)   not null check (kind in ('HOUSE', 'BANK')),
    estate_id    bigint       not null references reg_estate (id),
    building_id  bigint references reg_building (id),
    house_id     bigint unique references reg_house (id),
    opened_at    timestamptz  not null default now(),
    check ((kind = 'HOUSE') = (house_id is not null and building_id is not null))
);
create unique index fnd_account_bank on fnd_account (estate_id) where kind = 'BANK';
create index fnd_account_estate on fnd_account (estate_id, building_id);

-- A journal entry: one movement. amount is its debit total, written once at posting (the journal's own figure,
-- against which the lines are checked). key makes every posting idempotent (a client's or the batch's key).
create table fnd_entry (
    id               bigserial primary key,
    estate_id        bigint        not null references reg_estate (id),
    kind             varchar(16)   not null check (kind in ('DEPOSIT', 'INCOME', 'USAGE', 'REFUND')),
    idempotency_key  varchar(100)  not null unique,
    amount           numeric(14, 2) not null check (amount > 0),
    booked_on        date          not null,
    memo             varchar(200),
    usage_id         bigint,
    created_by       varchar(64)   not null,
    created_at       timestamptz   not null default now()
);
create index fnd_entry_estate on fnd_entry (estate_id, booked_on);
create index fnd_entry_usage on fnd_entry (usage_id) where usage_id is not null;

create table fnd_line (
    id          bigserial primary key,
    entry_id    bigint        not null references fnd_entry (id),
    account_id  bigint        not null references fnd_account (id),
    amount      numeric(14, 2) not null check (amount <> 0)
);
create index fnd_line_account on fnd_line (account_id, entry_id);
create index fnd_line_entry on fnd_line (entry_id);

-- Lines are append-only.
create function fnd_line_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'fnd_line is append-only' using errcode = 'check_violation';
end $$;
create trigger fnd_line_no_change before update or delete on fnd_line
    for each row execute function fnd_line_frozen();
create trigger fnd_entry_no_change before update or delete on fnd_entry
    for each row execute function fnd_line_frozen();

-- Every statement inserting lines leaves each touched entry balanced (lines sum to zero, debits = entry.amount):
-- one check per statement, so a batch of a million lines costs one grouped scan, not a million.
create function fnd_lines_balanced() returns trigger language plpgsql as $$
declare bad bigint;
begin
    select x.entry_id into bad
    from (select distinct entry_id from new_lines) x
         join fnd_entry e on e.id = x.entry_id
         cross join lateral (select sum(l.amount) s, sum(greatest(l.amount, 0)) d, count(*) c
                             from fnd_line l where l.entry_id = x.entry_id) t
    where t.s <> 0 or t.d <> e.amount or t.c < 2
    limit 1;
    if bad is not null then
        raise exception 'unbalanced journal entry %', bad using errcode = 'check_violation';
    end if;
    return null;
end $$;
create trigger fnd_line_balanced after insert on fnd_line referencing new table as new_lines
    for each statement execute function fnd_lines_balanced();

-- And no entry commits without its lines (deferred to the end of the transaction).
create function fnd_entry_has_lines() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fnd_line where entry_id = new.id) then
        raise exception 'journal entry % has no lines', new.id using errcode = 'check_violation';
    end if;
    return null;
end $$;
create constraint trigger fnd_entry_lines after insert on fnd_entry deferrable initially deferred
    for each row execute function fnd_entry_has_lines();

-- Deposits (交存): which house, first or top-up, who paid, and the filing (网签备案) a developer's deposit belongs to.
create table fnd_deposit (
    entry_id    bigint        not null references fnd_entry (id),
    house_id    bigint        not null references reg_house (id),
    kind        varchar(8)    not null check (kind in ('FIRST', 'TOP_UP')),
    payer       varchar(16)   not null check (payer in ('OWNER', 'DEVELOPER', 'SELLER')),
    amount      numeric(14, 2) not null check (amount > 0),
    filing_ref  varchar(64),
    primary key (entry_id, house_id)
);
-- one first deposit per house and payer (sold public housing: the owner's and the seller's share)
create unique index fnd_deposit_first on fnd_deposit (house_id, payer) where kind = 'FIRST';

-- 增值收益 allocations: one per estate and period, never twice, never overlapping (checked under the bank row lock).
create table fnd_income (
    id            bigserial primary key,
    estate_id     bigint         not null references reg_estate (id),
    period_start  date           not null,
    period_end    date           not null,
    rate_percent  numeric(8, 4)  not null,
    total         numeric(14, 2) not null check (total > 0),
    entry_id      bigint         not null references fnd_entry (id),
    check (period_end >= period_start),
    unique (estate_id, period_start, period_end)
);

-- Owners' decisions a usage rests on: recorded by the voting module's event (or by the county from the minutes
-- of a paper vote). The fund never reads the voting module's tables.
create table fnd_decision (
    decision_ref  varchar(100) primary key,
    estate_id     bigint       not null references reg_estate (id),
    carried       boolean      not null,
    summary       varchar(200),
    source        varchar(16)  not null check (source in ('VOTING', 'MANUAL')),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null default now()
);

-- 使用: ORDINARY (owners' decision) or EMERGENCY (应急, no vote).
create table fnd_usage (
    id               bigserial primary key,
    estate_id        bigint        not null references reg_estate (id),
    kind             varchar(16)   not null check (kind in ('ORDINARY', 'EMERGENCY')),
    status           varchar(16)   not null check (status in ('APPLIED', 'APPROVED', 'REJECTED', 'COMPLETED',
                                                              'CANCELLED')),
    title            varchar(100)  not null,
    emergency_item   varchar(32) references fnd_emergency_item (code),
    budget           numeric(14, 2) not null check (budget > 0),
    contractor       varchar(100),
    decision_ref     varchar(100),
    applicant        varchar(16)   not null check (applicant in ('COMMITTEE', 'TOWNSHIP', 'COUNTY')),
    applied_by       varchar(64)   not null,
    applied_on       date          not null,
    decide_by        date,
    decided_on       date,
    decided_by       varchar(64),
    exclusion        varchar(16) check (exclusion in ('WARRANTY', 'UTILITY', 'PERSON_DAMAGE', 'COMPANY_UPKEEP',
                                                      'OTHER')),
    reason           varchar(500),
    final_amount     numeric(14, 2),
    completed_on     date,
    idempotency_key  varchar(100)  not null unique,
    check (kind <> 'EMERGENCY' or emergency_item is not null),
    check (kind <> 'ORDINARY' or decision_ref is not null)
);
create index fnd_usage_estate on fnd_usage (estate_id, status);

-- The houses sharing a usage's cost, by exclusive area (Order 165 art. 20).
create table fnd_usage_house (
    usage_id  bigint         not null references fnd_usage (id),
    house_id  bigint         not null references reg_house (id),
    area      numeric(10, 2) not null check (area > 0),
    primary key (usage_id, house_id)
);

create table fnd_usage_event (
    id          bigserial primary key,
    usage_id    bigint       not null references fnd_usage (id),
    action      varchar(24)  not null,
    amount      numeric(14, 2),
    note        varchar(500),
    actor       varchar(64)  not null,
    at          timestamptz  not null default now()
);
create index fnd_usage_event_usage on fnd_usage_event (usage_id);

-- 过户: the balance follows the house (HN art. 68); the transfer is recorded, no money moves.
create table fnd_transfer (
    id             bigserial primary key,
    house_id       bigint         not null references reg_house (id),
    transferred_on date           not null,
    balance        numeric(14, 2) not null,
    note           varchar(200),
    recorded_by    varchar(64)    not null,
    recorded_at    timestamptz    not null default now()
);

-- Invariant checks (after every batch and on demand) and the alerts they raise.
create table fnd_check (
    id                bigserial primary key,
    trigger           varchar(16)    not null check (trigger in ('BATCH', 'DEMAND', 'SCHEDULE')),
    scope             varchar(512)   not null,
    houses_total      numeric(16, 2) not null,
    bank_total        numeric(16, 2) not null,
    journal_total     numeric(16, 2) not null,
    unbalanced        int            not null,
    ok                boolean        not null,
    checked_at        timestamptz    not null default now()
);
create table fnd_alert (
    id           bigserial primary key,
    check_id     bigint       not null references fnd_check (id),
    estate_id    bigint references reg_estate (id),
    region_path  varchar(512) not null,
    message      varchar(500) not null,
    raised_at    timestamptz  not null default now(),
    resolved_at  timestamptz
);
create index fnd_alert_open on fnd_alert (raised_at) where resolved_at is null;
