-- Owners' joint decisions (业主共同决定, plan §5, rules.md §1). Owned by the voting module: vot_* tables.
-- The roll is frozen into vot_voter / vot_roll / vot_roll_owner when a vote opens; ballots are stored once per
-- (motion, voter) by a unique constraint; one voter uses one channel per vote (vot_participation); a closed vote
-- cannot change (triggers below).

create table vot_vote (
    id            bigserial primary key,
    estate_id     bigint       not null references reg_estate (id),
    building_id   bigint references reg_building (id),
    title         varchar(200) not null,
    mode          varchar(16)  not null check (mode in ('MEETING', 'OBJECTION')),
    status        varchar(16)  not null check (status in ('SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED')),
    organiser     varchar(16)  not null check (organiser in ('COMMITTEE', 'REGION')),
    notice        varchar(4000),
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    opened_at     timestamptz,
    total_area    numeric(14, 2),
    total_owners  integer,
    closed_at     timestamptz,
    closed_by     varchar(64),
    close_reason  varchar(500),
    published_at  timestamptz,
    check (closes_at > opens_at),
    check (status = 'SCHEDULED' or (opened_at is not null and total_area is not null and total_owners is not null)),
    check (status not in ('CLOSED', 'PUBLISHED') or closed_at is not null),
    check (status <> 'PUBLISHED' or published_at is not null)
);
create index vot_vote_estate on vot_vote (estate_id, opens_at desc);
create index vot_vote_status on vot_vote (status, closes_at);

-- One question of a vote. The result columns are written once, when the vote closes.
create table vot_motion (
    id                    bigserial primary key,
    vote_id               bigint       not null references vot_vote (id),
    seq                   integer      not null check (seq between 1 and 50),
    title                 varchar(500) not null,
    matter                varchar(32)  not null check (matter in ('RULES_OF_PROCEDURE', 'COVENANT', 'ELECT_COMMITTEE',
                              'HIRE_COMPANY', 'USE_FUND', 'RAISE_FUND', 'REBUILD', 'CHANGE_COMMON_USE', 'OTHER')),
    quorate               boolean,
    passed                boolean,
    participating_area    numeric(14, 2),
    participating_owners  integer,
    agree_area            numeric(14, 2),
    agree_owners          integer,
    against_area          numeric(14, 2),
    against_owners        integer,
    abstain_area          numeric(14, 2),
    abstain_owners        integer,
    unique (vote_id, seq),
    unique (id, vote_id)
);

-- One owner for the headcount (SPC art. 9): the houses of one buyer, or the developer's unsold houses.
create table vot_voter (
    id         bigserial primary key,
    vote_id    bigint         not null references vot_vote (id),
    area       numeric(14, 2) not null check (area > 0),
    houses     integer        not null check (houses > 0),
    developer  boolean        not null default false,
    label      varchar(300)   not null,
    unique (id, vote_id)
);
create index vot_voter_vote on vot_voter (vote_id);
create unique index vot_voter_one_developer on vot_voter (vote_id) where developer;

-- The frozen roll: each house of the vote's scope as the register had it when the vote opened.
create table vot_roll (
    vote_id        bigint         not null references vot_vote (id),
    house_id       bigint         not null references reg_house (id),
    voter_id       bigint         not null,
    building_name  varchar(32)    not null,
    section        varchar(16)    not null,
    number         varchar(32)    not null,
    area           numeric(10, 2) not null check (area > 0),
    primary key (vote_id, house_id),
    foreign key (voter_id, vote_id) references vot_voter (id, vote_id)
);
create index vot_roll_voter on vot_roll (voter_id);

-- Which registered owner may cast the ballot of which voter (an owner belongs to one voter of a vote).
create table vot_roll_owner (
    vote_id     bigint       not null references vot_vote (id),
    owner_id    bigint       not null references reg_owner (id),
    voter_id    bigint       not null,
    owner_name  varchar(128) not null,
    primary key (vote_id, owner_id),
    foreign key (voter_id, vote_id) references vot_voter (id, vote_id)
);
create index vot_roll_owner_voter on vot_roll_owner (voter_id);

-- A voter takes part through one channel: online or on paper, never both (the ballots reference this row).
create table vot_participation (
    vote_id      bigint      not null,
    voter_id     bigint      not null,
    channel      varchar(8)  not null check (channel in ('ONLINE', 'PAPER')),
    first_at     timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    primary key (vote_id, voter_id),
    unique (vote_id, voter_id, channel),
    foreign key (voter_id, vote_id) references vot_voter (id, vote_id)
);

-- One ballot per motion and voter: changing an online vote updates this row, never adds one.
create table vot_ballot (
    id                bigserial primary key,
    vote_id           bigint      not null,
    motion_id         bigint      not null,
    voter_id          bigint      not null,
    channel           varchar(8)  not null check (channel in ('ONLINE', 'PAPER')),
    choice            varchar(8)  not null check (choice in ('AGREE', 'AGAINST', 'ABSTAIN')),
    cast_by_owner_id  bigint references reg_owner (id),
    cast_at           timestamptz not null,
    recorded_by       varchar(64) not null,
    changes           integer     not null default 0 check (changes >= 0),
    receipt           varchar(200) not null,
    unique (motion_id, voter_id),
    foreign key (motion_id, vote_id) references vot_motion (id, vote_id),
    foreign key (vote_id, voter_id, channel) references vot_participation (vote_id, voter_id, channel)
);
create index vot_ballot_vote_voter on vot_ballot (vote_id, voter_id);

-- The scan of a paper ballot (纸质表决票), attached when it is recorded or later; one per paper voter.
create table vot_scan (
    vote_id       bigint       not null,
    voter_id      bigint       not null,
    channel       varchar(8)   not null default 'PAPER' check (channel = 'PAPER'),
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null default now(),
    uploaded_by   varchar(64)  not null,
    primary key (vote_id, voter_id),
    foreign key (vote_id, voter_id, channel) references vot_participation (vote_id, voter_id, channel)
);

-- Ballots and participations change only while their vote is OPEN; a ballot never changes channel.
create function vot_ballot_guard() returns trigger language plpgsql as $$
declare
    s varchar(16);
begin
    select status into s from vot_vote where id = coalesce(new.vote_id, old.vote_id);
    if s is distinct from 'OPEN' then
        raise exception 'vote % is % : its ballots cannot change', coalesce(new.vote_id, old.vote_id), s
            using errcode = '23514';
    end if;
    if tg_op = 'UPDATE' and (new.channel <> old.channel or new.voter_id <> old.voter_id
                             or new.motion_id <> old.motion_id or new.vote_id <> old.vote_id) then
        raise exception 'a ballot keeps its vote, motion, voter and channel' using errcode = '23514';
    end if;
    if tg_op = 'UPDATE' and old.channel = 'PAPER' then
        raise exception 'a paper ballot is recorded once' using errcode = '23514';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger vot_ballot_guard before insert or update or delete on vot_ballot
    for each row execute function vot_ballot_guard();
create function vot_participation_guard() returns trigger language plpgsql as $$
begin
    if (select status from vot_vote where id = coalesce(new.vote_id, old.vote_id)) is distinct from 'OPEN' then
        raise exception 'vote % is not open: who took part cannot change', coalesce(new.vote_id, old.vote_id)
            using errcode = '23514';
    end if;
    if tg_op = 'UPDATE' and (new.channel <> old.channel or new.voter_id <> old.voter_id) then
        raise exception 'a voter keeps the channel they used' using errcode = '23514';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger vot_participation_guard before insert or update or delete on vot_participation
    for each row execute function vot_participation_guard();

-- The frozen roll never changes once written.
create function vot_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if (select status from vot_vote where id = new.vote_id) <> 'SCHEDULED' then
            raise exception 'the roll of vote % is frozen', new.vote_id using errcode = '23514';
        end if;
        return new;
    end if;
    raise exception 'the roll of a vote is frozen' using errcode = '23514';
end;
$$;
create trigger vot_voter_frozen before insert or update or delete on vot_voter
    for each row execute function vot_frozen();
create trigger vot_roll_frozen before insert or update or delete on vot_roll
    for each row execute function vot_frozen();
create trigger vot_roll_owner_frozen before insert or update or delete on vot_roll_owner
    for each row execute function vot_frozen();

-- A closed vote is immutable: only CLOSED → PUBLISHED; its motions (and their results) no longer change.
create function vot_vote_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a vote is never deleted' using errcode = '23514';
    end if;
    if old.status in ('CLOSED', 'PUBLISHED') then
        if not (old.status = 'CLOSED' and new.status = 'PUBLISHED')
           or (to_jsonb(new) - 'status' - 'published_at') <> (to_jsonb(old) - 'status' - 'published_at') then
            raise exception 'vote % is closed and cannot change', old.id using errcode = '23514';
        end if;
    end if;
    if old.status <> 'SCHEDULED' and (new.opened_at is distinct from old.opened_at
            or new.total_area is distinct from old.total_area or new.total_owners is distinct from old.total_owners
            or new.estate_id <> old.estate_id or new.building_id is distinct from old.building_id) then
        raise exception 'the roll of vote % is frozen', old.id using errcode = '23514';
    end if;
    return new;
end;
$$;
create trigger vot_vote_guard before update or delete on vot_vote
    for each row execute function vot_vote_guard();

create function vot_motion_guard() returns trigger language plpgsql as $$
begin
    if (select status from vot_vote where id = coalesce(new.vote_id, old.vote_id)) in ('CLOSED', 'PUBLISHED') then
        raise exception 'the motions of a closed vote cannot change' using errcode = '23514';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger vot_motion_guard before insert or update or delete on vot_motion
    for each row execute function vot_motion_guard();

-- The scan of a closed vote may be attached later (evidence) but never replaced or removed.
create function vot_scan_guard() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and (select status from vot_vote where id = old.vote_id) <> 'OPEN' then
        raise exception 'the scan of a closed vote cannot change' using errcode = '23514';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger vot_scan_guard before update or delete on vot_scan
    for each row execute function vot_scan_guard();
