-- A vote of one 物业管理区域 (decision 0027): scope AREA beside ESTATE, BUILDING and SECTION. area_id set means the
-- roll is the houses of the area's buildings; a vote has an area or a building, never both. Frozen with the roll.
alter table vot_vote add column area_id bigint;
alter table vot_vote add constraint vot_vote_area
    foreign key (area_id, estate_id) references reg_management_area (id, estate_id);
alter table vot_vote add constraint vot_vote_area_or_building check (area_id is null or building_id is null);

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
            or new.area_id is distinct from old.area_id
            or new.section is distinct from old.section or new.notice_posted_on <> old.notice_posted_on) then
        raise exception 'the roll of vote % is frozen', old.id using errcode = '23514';
    end if;
    return new;
end;
$$;
