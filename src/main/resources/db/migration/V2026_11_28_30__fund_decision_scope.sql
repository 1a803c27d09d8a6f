-- An owners' decision binds the owners who voted on it (Civil Code art. 278): a vote of one management area, one
-- building or one section decides for its houses only. The scope of a carried motion, as the voting module reports
-- it; null = the whole estate (a manual decision from paper minutes, an estate-wide vote).
alter table fnd_decision add column area_id bigint references reg_management_area (id);
alter table fnd_decision add column building_id bigint references reg_building (id);
alter table fnd_decision add column section varchar(20);
