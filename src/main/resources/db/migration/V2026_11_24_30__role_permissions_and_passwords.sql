-- Roles and permissions are data the county's administrator edits (等保 2.0 level 3, access control);
-- the rows below are Role.defaultPermissions() at the time of writing. A later permission gets its own migration.
create table idn_role_permission (
    role        varchar(32) not null,
    permission  varchar(32) not null,
    primary key (role, permission)
);

insert into idn_role_permission (role, permission) values
    ('COUNTY_AUTHORITY', 'REGISTER_READ'), ('COUNTY_AUTHORITY', 'REGISTER_WRITE'),
    ('COUNTY_AUTHORITY', 'PERSONAL_DATA_REVEAL'), ('COUNTY_AUTHORITY', 'AUDIT_READ'),
    ('COUNTY_AUTHORITY', 'METRICS_READ'),
    ('TOWNSHIP_OFFICE', 'REGISTER_READ'), ('TOWNSHIP_OFFICE', 'REGISTER_WRITE'),
    ('TOWNSHIP_OFFICE', 'PERSONAL_DATA_REVEAL'),
    ('COMMUNITY', 'REGISTER_READ'), ('COMMUNITY', 'REGISTER_WRITE'), ('COMMUNITY', 'PERSONAL_DATA_REVEAL'),
    ('OWNERS_COMMITTEE', 'REGISTER_READ'),
    ('PROPERTY_COMPANY', 'REGISTER_READ'),
    ('OWNER', 'REGISTER_READ'),
    ('ADMINISTRATOR', 'ACCOUNT_ADMIN'), ('ADMINISTRATOR', 'PERMISSION_ADMIN');

-- The system administrator (系统管理员) is bound to a region like the county authority, but sees no register data.
alter table idn_account drop constraint idn_account_role_check;
alter table idn_account add constraint idn_account_role_check check (role in ('COUNTY_AUTHORITY', 'TOWNSHIP_OFFICE',
    'COMMUNITY', 'OWNERS_COMMITTEE', 'PROPERTY_COMPANY', 'DEPARTMENT', 'OWNER', 'ADMINISTRATOR'));
alter table idn_account drop constraint idn_account_binding;
alter table idn_account add constraint idn_account_binding check (
    (role in ('COUNTY_AUTHORITY', 'TOWNSHIP_OFFICE', 'COMMUNITY', 'ADMINISTRATOR') and region_id is not null)
    or (role = 'OWNERS_COMMITTEE' and estate_id is not null)
    or (role = 'PROPERTY_COMPANY' and company_id is not null)
    or (role = 'DEPARTMENT' and department_id is not null)
    or (role = 'OWNER' and owner_id is not null));

-- An account an administrator created or reset must change its temporary password at the first login.
alter table idn_account add column must_change_password boolean not null default false;
alter table idn_account add column password_changed_at timestamptz;

-- The account list filters by role and searches user and display names.
create index idn_account_role on idn_account (role, username);
