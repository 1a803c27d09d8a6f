-- The owners' assembly, committees, occupancy, handovers and petitions belong to a 物业管理区域 (decision 0027).
-- Existing rows go to their estate's default area; a row inserted with its estate only gets the default area too,
-- so an estate of one area behaves as before. The area must be one of the row's estate (a composite key).

alter table gov_committee add column area_id bigint;
update gov_committee set area_id = reg_default_area(estate_id);
alter table gov_committee alter column area_id set not null;
alter table gov_committee add constraint gov_committee_area
    foreign key (area_id, estate_id) references reg_management_area (id, estate_id);
create index gov_committee_area on gov_committee (area_id);

alter table gov_assembly add column area_id bigint;
update gov_assembly set area_id = reg_default_area(estate_id);
alter table gov_assembly alter column area_id set not null;
alter table gov_assembly add constraint gov_assembly_area
    foreign key (area_id, estate_id) references reg_management_area (id, estate_id);
-- one first assembly in progress per area (was per estate)
drop index gov_assembly_open;
create unique index gov_assembly_open on gov_assembly (area_id) where status in ('APPLIED', 'GROUP_FORMED');
create index gov_assembly_area on gov_assembly (area_id);

-- the first-assembly triggers are counted per area: one occupancy row per area
alter table gov_estate_occupancy add column area_id bigint;
update gov_estate_occupancy set area_id = reg_default_area(estate_id);
alter table gov_estate_occupancy alter column area_id set not null;
alter table gov_estate_occupancy drop constraint gov_estate_occupancy_pkey;
alter table gov_estate_occupancy add primary key (area_id);
alter table gov_estate_occupancy add constraint gov_estate_occupancy_area
    foreign key (area_id, estate_id) references reg_management_area (id, estate_id);
create index gov_estate_occupancy_estate on gov_estate_occupancy (estate_id);

-- handovers and petitions are of a committee; the area is copied for scoped queries
alter table gov_handover add column area_id bigint references reg_management_area (id);
update gov_handover h set area_id = g.area_id from gov_committee g where g.id = h.committee_id;
alter table gov_handover alter column area_id set not null;
alter table gov_petition add column area_id bigint references reg_management_area (id);
update gov_petition p set area_id = g.area_id from gov_committee g where g.id = p.committee_id;
alter table gov_petition alter column area_id set not null;

create function gov_default_area() returns trigger language plpgsql as $$
begin
    if new.area_id is null then
        new.area_id := reg_default_area(new.estate_id);
    end if;
    return new;
end
$$;
create trigger gov_committee_area before insert on gov_committee for each row execute function gov_default_area();
create trigger gov_assembly_area before insert on gov_assembly for each row execute function gov_default_area();
create trigger gov_estate_occupancy_area before insert on gov_estate_occupancy
    for each row execute function gov_default_area();

create function gov_committee_area_of() returns trigger language plpgsql as $$
begin
    if new.area_id is null then
        select area_id into new.area_id from gov_committee where id = new.committee_id;
    end if;
    return new;
end
$$;
create trigger gov_handover_area before insert on gov_handover for each row execute function gov_committee_area_of();
create trigger gov_petition_area before insert on gov_petition for each row execute function gov_committee_area_of();
