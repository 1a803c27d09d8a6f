-- Issue 7 (maps of cases): an estate's position, WGS-84 degrees, both or neither; nullable (most registers lack it).
-- The bounds are China's, so a swapped pair (latitude typed as longitude) is refused.
alter table reg_estate add column longitude numeric(9, 6);
alter table reg_estate add column latitude numeric(8, 6);
alter table reg_estate add constraint reg_estate_coordinates check (
    (longitude is null and latitude is null)
    or (longitude between 73 and 136 and latitude between 3 and 54));
