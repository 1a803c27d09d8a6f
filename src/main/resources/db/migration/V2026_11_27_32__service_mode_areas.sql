-- Service modes belong to a 物业管理区域 (decision 0027): one current period per area (was per estate). Existing
-- periods go to their estate's default area; a period inserted with its estate only gets the default area.
alter table mkt_service_mode add column area_id bigint;
update mkt_service_mode set area_id = reg_default_area(estate_id);
alter table mkt_service_mode alter column area_id set not null;
alter table mkt_service_mode add constraint mkt_service_mode_area
    foreign key (area_id, estate_id) references reg_management_area (id, estate_id);
drop index mkt_service_mode_current;
create unique index mkt_service_mode_current on mkt_service_mode (area_id) where to_date is null;
create index mkt_service_mode_area on mkt_service_mode (area_id, from_date);

create function mkt_default_area() returns trigger language plpgsql as $$
begin
    if new.area_id is null then
        new.area_id := reg_default_area(new.estate_id);
    end if;
    return new;
end
$$;
create trigger mkt_service_mode_area before insert on mkt_service_mode
    for each row execute function mkt_default_area();
