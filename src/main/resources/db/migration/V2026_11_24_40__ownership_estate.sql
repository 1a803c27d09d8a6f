-- An ownership carries its house's estate, so "the owners of these estates" is one index range
-- (estate_id, owner_id) instead of a scan of every ownership of a province. The database fills
-- it from the house (houses never move between estates), so no writer can get it wrong.
alter table reg_ownership add column estate_id bigint references reg_estate (id);
update reg_ownership w set estate_id = h.estate_id from reg_house h where h.id = w.house_id;
alter table reg_ownership alter column estate_id set not null;
create index reg_ownership_estate_owner on reg_ownership (estate_id, owner_id);

create function reg_ownership_estate() returns trigger language plpgsql as $$
begin
    new.estate_id := (select estate_id from reg_house where id = new.house_id);
    return new;
end;
$$;

create trigger reg_ownership_estate before insert or update of house_id on reg_ownership
    for each row execute function reg_ownership_estate();
