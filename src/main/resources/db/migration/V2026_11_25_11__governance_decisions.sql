-- Committee decisions (委员会决定) with their signers and posting (rules.md §2: Henan 2017 art. 28, BJ art. 57).
insert into gov_setting (name, value) values ('DECISION_POSTING_DAYS', 3);

create table gov_decision (
    id           bigserial primary key,
    committee_id bigint       not null references gov_committee (id),
    title        varchar(200) not null,
    decided_on   date         not null,
    posted_on    date         not null check (posted_on >= decided_on),
    created_at   timestamptz  not null default now()
);
create index gov_decision_committee on gov_decision (committee_id, decided_on);

create table gov_decision_signer (
    decision_id bigint not null references gov_decision (id),
    member_id   bigint not null references gov_member (id),
    primary key (decision_id, member_id)
);
