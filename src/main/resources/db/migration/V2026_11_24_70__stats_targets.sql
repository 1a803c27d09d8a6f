-- Targets of plan §(三) as data the county edits: one row per year and rate.
create table sts_target (
    year   integer      not null,
    rate   varchar(32)  not null check (rate in ('COMMITTEE', 'SERVICE', 'PARTY')),
    target numeric(5, 4) not null check (target >= 0 and target <= 1),
    primary key (year, rate)
);

insert into sts_target (year, rate, target) values
    (2023, 'COMMITTEE', 0.5000), (2023, 'SERVICE', 0.9000), (2023, 'PARTY', 0.9000),
    (2024, 'COMMITTEE', 1.0000), (2024, 'SERVICE', 1.0000), (2024, 'PARTY', 1.0000);
