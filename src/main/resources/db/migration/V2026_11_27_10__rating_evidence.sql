-- 佐证材料: photos and PDF documents the company uploads with its self-assessment of a project (issue 9), for the
-- township, the expert panel and the county to see while they score. Never public. Owned by the rating module.
create table rat_evidence (
    id           bigserial    primary key,
    entry_id     bigint       not null references rat_entry (id),
    -- the standard item the file supports, or null for the project as a whole
    item_id      bigint       references rat_standard_item (id),
    file_name    varchar(200) not null,
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size         integer      not null check (size between 1 and 10485760),
    data         bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);
create index rat_evidence_entry on rat_evidence (entry_id, id);
