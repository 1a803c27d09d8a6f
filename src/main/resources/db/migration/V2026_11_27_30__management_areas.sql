-- 物业管理区域 (decision 0027): every estate has at least one area, every building is in exactly one area of its
-- own estate. An estate that was never split has one area, named after the estate (its default area).

insert into reg_management_area (estate_id, name)
select e.id, e.name from reg_estate e
where not exists (select 1 from reg_management_area a where a.estate_id = e.id);

-- The default area of an estate: its first (lowest id). Other modules' migrations and triggers use it to backfill
-- and to default their area_id, so a caller that names only the estate keeps working.
create function reg_default_area(estate bigint) returns bigint language sql stable as $$
    select min(id) from reg_management_area where estate_id = estate
$$;

update reg_building b set management_area_id = reg_default_area(b.estate_id)
where b.management_area_id is null
   or not exists (select 1 from reg_management_area a where a.id = b.management_area_id and a.estate_id = b.estate_id);

alter table reg_management_area add constraint reg_management_area_of_estate unique (id, estate_id);
alter table reg_building drop constraint reg_building_management_area_id_fkey;
alter table reg_building alter column management_area_id set not null;
alter table reg_building add constraint reg_building_area_of_estate
    foreign key (management_area_id, estate_id) references reg_management_area (id, estate_id);
create index reg_building_area on reg_building (management_area_id);

-- A building inserted without its area (the register import, test fixtures) goes to the estate's default area;
-- an estate inserted by hand without one gets it here.
create function reg_building_default_area() returns trigger language plpgsql as $$
begin
    if new.management_area_id is null then
        new.management_area_id := reg_default_area(new.estate_id);
        if new.management_area_id is null then
            insert into reg_management_area (estate_id, name)
            select id, name from reg_estate where id = new.estate_id
            returning id into new.management_area_id;
        end if;
    end if;
    return new;
end
$$;
create trigger reg_building_default_area before insert on reg_building
    for each row execute function reg_building_default_area();
