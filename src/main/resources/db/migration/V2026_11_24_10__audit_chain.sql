-- The audit trail becomes append-only and hash-chained (等保 2.0 level 3: integrity of audit records).
-- before/after are kept as the exact JSON text that was hashed.
alter table idn_audit_event alter column before_state type text using before_state::text;
alter table idn_audit_event alter column after_state type text using after_state::text;
alter table idn_audit_event add column prev_hash char(64);
alter table idn_audit_event add column hash char(64);

create function idn_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'idn_audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger idn_audit_no_update before update or delete on idn_audit_event
    for each row execute function idn_audit_append_only();
create trigger idn_audit_no_truncate before truncate on idn_audit_event
    for each statement execute function idn_audit_append_only();
