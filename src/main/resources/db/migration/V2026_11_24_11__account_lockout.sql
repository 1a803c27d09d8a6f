-- 等保 2.0: lock an account after repeated failed logins.
alter table idn_account add column failed_logins int not null default 0;
alter table idn_account add column locked_until timestamptz;
