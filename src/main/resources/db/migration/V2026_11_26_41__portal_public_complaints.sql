-- Complaints filed by anyone on the public portal: casework gets the channel PUBLIC; the portal keeps, per filing,
-- the hash of the lookup code given to the filer (the case number alone does not open its status) and a hash of
-- the client's address, which the rate limit counts (never the address itself).
alter table cas_case drop constraint cas_case_channel_check;
alter table cas_case add constraint cas_case_channel_check
    check (channel in ('APP', 'HOTLINE', 'WALK_IN', 'DEVICE', 'PUBLIC'));

create table ptl_public_complaint (
    case_id      bigint       primary key references cas_case (id),
    number       varchar(20)  not null unique,
    code_hash    varchar(64)  not null,
    client_hash  varchar(64)  not null,
    filed_at     timestamptz  not null
);
create index ptl_public_complaint_client on ptl_public_complaint (client_hash, filed_at desc);
