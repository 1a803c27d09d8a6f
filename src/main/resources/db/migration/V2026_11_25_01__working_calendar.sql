-- The official working-day calendar (rules.md §8): only the exceptions to "Monday to Friday work,
-- Saturday and Sunday rest" are stored. HOLIDAY = a weekday off; WORKDAY = a weekend day worked (调休上班).
create table cal_day (
    day        date primary key,
    kind       text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       text not null check (length(name) between 1 and 40),
    updated_by text not null default 'system',
    updated_at timestamptz not null default now(),
    -- a make-up working day falls on a weekend (a weekday is a working day anyway)
    check (kind = 'HOLIDAY' or extract(isodow from day) >= 6)
);

-- Which years' official calendars have been entered; a year without a row counts weekends only
-- and the calendar page warns about it.
create table cal_year (
    year       int primary key check (year between 2000 and 2100),
    source     text not null,
    entered_by text not null default 'system',
    entered_at timestamptz not null default now()
);

insert into cal_year (year, source) values
    (2026, '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)');

-- Days off: only weekdays need rows (weekends are days off anyway), but every day of the holiday is
-- stored so the calendar shows the whole break by name.
insert into cal_day (day, kind, name)
select d::date, 'HOLIDAY', h.name
from (values ('元旦', date '2026-01-01', date '2026-01-03'),
             ('春节', date '2026-02-15', date '2026-02-23'),
             ('清明节', date '2026-04-04', date '2026-04-06'),
             ('劳动节', date '2026-05-01', date '2026-05-05'),
             ('端午节', date '2026-06-19', date '2026-06-21'),
             ('中秋节', date '2026-09-25', date '2026-09-27'),
             ('国庆节', date '2026-10-01', date '2026-10-07')) h(name, first, last),
     generate_series(h.first, h.last, interval '1 day') d;

insert into cal_day (day, kind, name) values
    (date '2026-01-04', 'WORKDAY', '元旦调休上班'),
    (date '2026-02-14', 'WORKDAY', '春节调休上班'),
    (date '2026-02-28', 'WORKDAY', '春节调休上班'),
    (date '2026-05-09', 'WORKDAY', '劳动节调休上班'),
    (date '2026-09-20', 'WORKDAY', '国庆节调休上班'),
    (date '2026-10-10', 'WORKDAY', '国庆节调休上班');
