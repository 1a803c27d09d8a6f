-- Issue 5 gaps (decision 0025): a vote may cover one section (单元) of a building, a value of the house (decision
-- 0002), and its notice (公告) has a posting date; voting opens no earlier than the posting date plus the county's
-- minimum posting period (vot_setting, default 15 days as rules.md §2 says for proposals before a meeting).

alter table vot_vote add column section varchar(16);
alter table vot_vote add column notice_posted_on date;
update vot_vote set notice_posted_on = least((created_at at time zone 'Asia/Shanghai')::date,
                                             (opens_at at time zone 'Asia/Shanghai')::date);
alter table vot_vote alter column notice_posted_on set default ((now() at time zone 'Asia/Shanghai')::date);
alter table vot_vote alter column notice_posted_on set not null;
alter table vot_vote add constraint vot_vote_section_of_building
    check (section is null or (building_id is not null and length(section) between 1 and 16));
alter table vot_vote add constraint vot_vote_notice_before_opening
    check (notice_posted_on <= (opens_at at time zone 'Asia/Shanghai')::date);

-- The county's figures for votes; is_default until the county sets its own (every change audited).
create table vot_setting (
    name        varchar(64) primary key,
    value       integer     not null check (value between 0 and 365),
    is_default  boolean     not null default true,
    updated_at  timestamptz not null default now(),
    updated_by  varchar(64)
);
insert into vot_setting (name, value) values ('NOTICE_MIN_DAYS', 15);

-- The scope joins the frozen roll: once open, a vote's estate, building and section no longer change.
create or replace function vot_vote_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a vote is never deleted' using errcode = '23514';
    end if;
    if old.status in ('CLOSED', 'PUBLISHED') then
        if not (old.status = 'CLOSED' and new.status = 'PUBLISHED')
           or (to_jsonb(new) - 'status' - 'published_at') <> (to_jsonb(old) - 'status' - 'published_at') then
            raise exception 'vote % is closed and cannot change', old.id using errcode = '23514';
        end if;
    end if;
    if old.status <> 'SCHEDULED' and (new.opened_at is distinct from old.opened_at
            or new.total_area is distinct from old.total_area or new.total_owners is distinct from old.total_owners
            or new.estate_id <> old.estate_id or new.building_id is distinct from old.building_id
            or new.section is distinct from old.section or new.notice_posted_on <> old.notice_posted_on) then
        raise exception 'the roll of vote % is frozen', old.id using errcode = '23514';
    end if;
    return new;
end;
$$;
