-- Interest shares (decision 0031). An interest allocation credits every house account of an estate at once, so its
-- credits are kept as one row per entry: the accounts in ascending id order, each one's share in fens, and each
-- one's balance in fens right after it (the balance carried forward: the next allocation reads it instead of every
-- posting ever made). Three arrays of the same length; the accounts listed are those with a share or a balance. The
-- entry's only line is the bank's debit. A house account's balance is −Σ its lines + Σ its shares; fnd_posting shows
-- every share as a line (for one account's reads), fnd_estate_posting the same by estate (for whole estates).
-- Entries written before this keep their credit lines: both forms are read alike.
create table fnd_share (
    entry_id     bigint    primary key references fnd_entry (id),
    estate_id    bigint    not null references reg_estate (id),
    account_ids  bigint[]  not null,
    fens         bigint[]  not null,
    balances     bigint[]  not null,
    check (array_ndims(account_ids) = 1 and array_lower(account_ids, 1) = 1 and cardinality(account_ids) > 0),
    check (array_ndims(fens) = 1 and array_lower(fens, 1) = 1 and cardinality(fens) = cardinality(account_ids)),
    check (array_ndims(balances) = 1 and array_lower(balances, 1) = 1
           and cardinality(balances) = cardinality(account_ids))
);
create index fnd_share_estate on fnd_share (estate_id);

create function fnd_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'check_violation';
end $$;
create trigger fnd_share_no_change before update or delete on fnd_share
    for each row execute function fnd_append_only();
-- A share names its accounts by id without a foreign key per element: accounts are never changed or removed.
create trigger fnd_account_no_change before update or delete on fnd_account
    for each row execute function fnd_append_only();

-- Every statement inserting shares: the entry is an INCOME entry of the same estate with no line yet (the shares come
-- first, the bank's line after, and the line trigger then checks the entry balanced); every element names a house
-- account of that estate, in strictly ascending order (so no account twice), with a share of zero fens or more. One
-- grouped join per statement, not one lookup per element. The entry's balance (the shares add up to the bank's debit)
-- is the line trigger's; the balances carried are held against the ledger by the invariant check.
create function fnd_shares_valid() returns trigger language plpgsql as $$
declare bad bigint;
begin
    select s.entry_id into bad
    from new_shares s left join fnd_entry e on e.id = s.entry_id
    where e.id is null or e.kind <> 'INCOME' or e.estate_id <> s.estate_id
       or exists (select 1 from fnd_line l where l.entry_id = s.entry_id)
    limit 1;
    if bad is null then
        -- each element beside the next one (the shorter array pads with null): one read of each array, not one
        -- per element
        select u.entry_id into bad
        from (select s.entry_id, s.estate_id, x.a, x.f, x.b, x.next
              from new_shares s
                   cross join lateral unnest(s.account_ids, s.fens, s.balances, s.account_ids[2:]) x(a, f, b, next)) u
             left join fnd_account acc on acc.id = u.a
        where u.a is null or u.f is null or u.f < 0 or u.b is null or acc.id is null or acc.kind <> 'HOUSE'
           or acc.estate_id <> u.estate_id or u.next <= u.a
        limit 1;
    end if;
    if bad is not null then
        raise exception 'invalid interest shares of entry %', bad using errcode = 'check_violation';
    end if;
    return null;
end $$;
create trigger fnd_share_valid after insert on fnd_share referencing new table as new_shares
    for each statement execute function fnd_shares_valid();

-- The lines' balance check now counts an entry's shares as its credits.
create or replace function fnd_lines_balanced() returns trigger language plpgsql as $$
declare bad bigint;
begin
    select x.entry_id into bad
    from (select distinct entry_id from new_lines) x
         join fnd_entry e on e.id = x.entry_id
         cross join lateral (select sum(l.amount) s, sum(greatest(l.amount, 0)) d, count(*) c
                             from fnd_line l where l.entry_id = x.entry_id) t
         cross join lateral (select coalesce(sum(f), 0) * 0.01 s, count(f) c
                             from fnd_share sh cross join lateral unnest(sh.fens) f
                             where sh.entry_id = x.entry_id) sh
    where t.s - sh.s <> 0 or t.d <> e.amount or t.c + sh.c < 2
    limit 1;
    if bad is not null then
        raise exception 'unbalanced journal entry %', bad using errcode = 'check_violation';
    end if;
    return null;
end $$;

-- Every posting to one account, lines and shares alike (debit +, credit −). Filtered by account_id, the shares'
-- side reads the account's estate's shares only (fnd_share_estate) and finds the account in each.
create view fnd_posting as
select l.entry_id, l.account_id, l.amount
from fnd_line l
union all
select s.entry_id, a.id, -(s.fens[p.i] * 0.01)
from fnd_account a join fnd_share s on s.estate_id = a.estate_id
     cross join lateral (select array_position(s.account_ids, a.id) i) p
where a.kind = 'HOUSE' and p.i is not null and s.fens[p.i] <> 0;

-- The same by estate, with the account's kind: filtered by estate_id, each side reads that estate only.
create view fnd_estate_posting as
select a.estate_id, l.entry_id, l.account_id, a.kind account_kind, l.amount
from fnd_line l join fnd_account a on a.id = l.account_id
union all
select s.estate_id, s.entry_id, u.account_id, 'HOUSE', -(u.fen * 0.01)
from fnd_share s cross join lateral unnest(s.account_ids, s.fens) u(account_id, fen)
where u.fen <> 0;

-- 结账: an estate's allocated periods are closed. Nothing is booked on or before the end of its last allocated period,
-- so that the balances an allocation carries forward stay true (FundLedger refuses such a date with a reason first).
create function fnd_entry_period_open() returns trigger language plpgsql as $$
declare closed date;
begin
    if exists (select 1 from fnd_entry x where x.idempotency_key = new.idempotency_key) then
        return new; -- a replay: the insert's on conflict writes nothing
    end if;
    -- an allocation holds the estate's bank row for update until it commits: wait for it, then read what it closed
    -- (each statement here reads anew), so a posting racing an allocation can never land in the period it closes
    perform 1 from fnd_account b where b.estate_id = new.estate_id and b.kind = 'BANK' for key share;
    select max(i.period_end) into closed from fnd_income i where i.estate_id = new.estate_id;
    if closed is not null and new.booked_on <= closed then
        raise exception 'estate % is closed until %: entry booked on %', new.estate_id, closed, new.booked_on
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger fnd_entry_period_open before insert on fnd_entry
    for each row execute function fnd_entry_period_open();

-- A house account's balance now: the balance its estate's last allocation carried forward plus the lines booked
-- after that allocation (closed periods: nothing is booked on or before it afterwards, so this equals −Σ lines + Σ
-- shares, which IncomeBatchTests holds it to). One share row read per account, whatever the history.
create function fnd_house_balance(account bigint) returns numeric language sql stable as $$
    with carried as (
        select s.account_ids, s.balances, x.booked_on
        from fnd_account a join fnd_share s on s.estate_id = a.estate_id join fnd_entry x on x.id = s.entry_id
        where a.id = account
        order by x.booked_on desc, s.entry_id desc limit 1)
    select coalesce((select c.balances[array_position(c.account_ids, account)] * 0.01 from carried c), 0)
         + coalesce((select -sum(l.amount) from fnd_line l join fnd_entry x on x.id = l.entry_id
                     where l.account_id = account
                       and x.booked_on > coalesce((select c.booked_on from carried c), '-infinity'::date)), 0)
$$;

-- The same for every house account of the given estates at once (accounts with no posting left out).
create function fnd_house_balances(estates bigint[]) returns table (account_id bigint, balance numeric)
language sql stable as $$
    with carried as (
        select distinct on (s.estate_id) s.estate_id, s.account_ids, s.balances, x.booked_on
        from fnd_share s join fnd_entry x on x.id = s.entry_id
        where s.estate_id = any(estates)
        order by s.estate_id, x.booked_on desc, s.entry_id desc)
    select t.account_id, sum(t.amount)
    from (select u.account_id, u.fen * 0.01 amount
          from carried c cross join lateral unnest(c.account_ids, c.balances) u(account_id, fen)
          union all
          select l.account_id, -l.amount
          from fnd_account a join fnd_line l on l.account_id = a.id join fnd_entry x on x.id = l.entry_id
               left join carried c on c.estate_id = a.estate_id
          where a.estate_id = any(estates) and a.kind = 'HOUSE'
            and (c.booked_on is null or x.booked_on > c.booked_on)) t
    group by t.account_id
$$;
