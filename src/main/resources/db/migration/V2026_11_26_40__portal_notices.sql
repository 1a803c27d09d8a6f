-- The county's notices and policies on the public portal (plan §(四) publicity): written and published by the
-- county authority in the console, listed and searched by anyone. A notice belongs to the county that wrote it.
create table ptl_notice (
    id            bigserial     primary key,
    region_path   varchar(512)  not null,
    category      varchar(8)    not null check (category in ('NOTICE', 'POLICY')),
    title         varchar(200)  not null,
    body          text          not null check (length(body) <= 100000),
    issuer        varchar(100),
    doc_number    varchar(100),
    status        varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_on  date,
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    check (status = 'DRAFT' or published_on is not null)
);
create index ptl_notice_public on ptl_notice (status, category, published_on desc, id desc);
create index ptl_notice_path on ptl_notice (region_path varchar_pattern_ops, updated_at desc);

-- Files attached to a notice (the policy's PDF, a form to download); at most a few MB each.
create table ptl_notice_attachment (
    id            bigserial     primary key,
    notice_id     bigint        not null references ptl_notice (id),
    filename      varchar(200)  not null,
    content_type  varchar(100)  not null,
    size          integer       not null check (size > 0),
    data          bytea         not null,
    created_at    timestamptz   not null default now()
);
create index ptl_notice_attachment_notice on ptl_notice_attachment (notice_id);
