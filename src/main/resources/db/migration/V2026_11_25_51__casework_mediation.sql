-- Mediation (调解) of disputes between owners and companies by the community or township, and joint meetings
-- (联席会议) with their attendees, topics and decisions, linked to the complaints they discussed (plan §4).
create table cas_mediation (
    id          bigserial     primary key,
    case_id     bigint        not null references cas_case (id),
    held_on     date          not null,
    mediator    varchar(60)   not null,
    parties     varchar(300)  not null,
    record      varchar(4000) not null,
    outcome     varchar(10)   not null check (outcome in ('AGREED', 'PARTIAL', 'FAILED')),
    recorded_by varchar(64)   not null,
    created_at  timestamptz   not null default now()
);
create index cas_mediation_case on cas_mediation (case_id, held_on);

create table cas_meeting (
    id          bigserial     primary key,
    region_id   bigint        not null references reg_region (id),
    region_path varchar(200)  not null,
    held_on     date          not null,
    topic       varchar(200)  not null,
    attendees   varchar(1000) not null,
    decisions   varchar(4000) not null,
    recorded_by varchar(64)   not null,
    created_at  timestamptz   not null default now()
);
create index cas_meeting_path on cas_meeting (region_path text_pattern_ops, held_on desc);

create table cas_meeting_case (
    meeting_id bigint not null references cas_meeting (id),
    case_id    bigint not null references cas_case (id),
    primary key (meeting_id, case_id)
);
create index cas_meeting_case_case on cas_meeting_case (case_id);
