-- After V2026_11_24_21 sealed every value: no ID number or phone stays in the clear.
alter table reg_owner drop column id_number, drop column phone;
alter table reg_resident drop column phone;
alter table reg_owner alter column id_number_enc set not null, alter column id_number_hash set not null;
-- The same ID number is one owner (the import reuses it through this hash).
alter table reg_owner add constraint reg_owner_id_number_hash_key unique (id_number_hash);
create index reg_owner_phone_hash on reg_owner (phone_hash) where phone_hash is not null;
-- reg_resident.phone_hash gets its index with the first page that looks a resident up by phone.
