-- 批量结息: one period's interest for every funded estate of a jurisdiction, in one transaction (issue 8). The batch
-- is the record of who ran it over what; each estate's allocation is still its own fnd_income row and entry, with the
-- same idempotency key as a single allocation, so the two paths can never allocate an estate's period twice.
create table fnd_income_batch (
    id                   bigserial primary key,
    region_path          varchar(512)   not null,
    scope_label          varchar(200)   not null,
    period_start         date           not null,
    period_end           date           not null,
    rate_percent         numeric(8, 4)  not null,
    estates              integer        not null check (estates >= 0),
    accounts             integer        not null check (accounts >= 0),
    total                numeric(16, 2) not null check (total >= 0),
    already_allocated    integer        not null default 0,
    overlapping          integer        not null default 0,
    nothing_to_allocate  integer        not null default 0,
    check_ok             boolean        not null,
    created_by           varchar(64)    not null,
    created_at           timestamptz    not null default now(),
    check (period_end >= period_start)
);
create index fnd_income_batch_region on fnd_income_batch (region_path, created_at desc);

alter table fnd_income add column batch_id bigint references fnd_income_batch (id);
create index fnd_income_batch_rows on fnd_income (batch_id) where batch_id is not null;
