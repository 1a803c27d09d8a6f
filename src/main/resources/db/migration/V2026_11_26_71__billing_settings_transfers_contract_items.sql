-- Issue 12, second cut (bil_*): county-editable reminder limits, common income transferred to the maintenance fund
-- by an owners' decision, and fee items fed from the project's contracted fee items (mkt_fee_item). Decision 0026.

create table bil_setting (
    name        varchar(48) primary key,
    value       int         not null check (value >= 0),
    is_default  boolean     not null default true,
    updated_by  varchar(64),
    updated_at  timestamptz
);
-- Civil Code art. 944 asks for a reasonable deadline and gives no number: shipped defaults.
insert into bil_setting (name, value) values ('MIN_REMINDER_DAYS', 15), ('MAX_REMINDER_DAYS', 90);

-- 共有收益转入维修资金: out of the estate's common-income account, into the fund (the fund module posts it).
create table bil_fund_transfer (
    id               bigserial primary key,
    estate_id        bigint         not null references reg_estate (id),
    amount           numeric(14, 2) not null check (amount > 0),
    decision_ref     varchar(100)   not null,
    note             varchar(200),
    transferred_on   date           not null,
    idempotency_key  varchar(64)    not null unique,
    recorded_by      varchar(64)    not null,
    created_at       timestamptz    not null default now()
);
create index bil_fund_transfer_estate on bil_fund_transfer (estate_id, transferred_on);

-- The contracted fee item (mkt_fee_item, unique per project and name) a billing fee item comes from; null for an item
-- entered before its project had contracted items. Existing items are linked by name; bills keep their figures.
alter table bil_fee_item add column contract_item varchar(64);
update bil_fee_item b set contract_item = m.name
from mkt_fee_item m where m.project_id = b.project_id and m.name = b.name;
