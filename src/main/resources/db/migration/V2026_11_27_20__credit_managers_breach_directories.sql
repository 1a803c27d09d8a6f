-- Issue 10, the remaining gaps: credit per project manager (decision 0028), contract breach as its own event, the
-- county's edits of the inspection matter list and directories.

-- A project manager (项目经理) is known by the company and the name the project gives (market keeps no person id);
-- the event copies the name at the time and points at the manager row.
create table crd_manager (
    id         bigserial   primary key,
    company_id bigint      not null,
    name       varchar(60) not null,
    unique (company_id, name)
);
insert into crd_manager (company_id, name)
    select distinct company_id, manager_name from crd_event where manager_name is not null;
alter table crd_event add column manager_id bigint references crd_manager (id);
update crd_event e set manager_id = m.id from crd_manager m
    where m.company_id = e.company_id and m.name = e.manager_name;
create index crd_event_manager on crd_event (manager_id) where manager_id is not null;

-- Each rule keeps its shipped default next to the county's figure, so the scheme page marks what is still a default.
alter table crd_rule add column default_points numeric(6,2),
                     add column default_validity_months integer,
                     add column default_veto boolean;
update crd_rule r set default_points = v.points, default_validity_months = v.months, default_veto = v.veto
from (values ('COMPLAINT_SATISFIED', 0.5, 12, false), ('COMPLAINT_LATE', -1, 12, false),
             ('COMPLAINT_UNSATISFIED', -2, 12, false), ('INSPECTION_CLEAN', 2, 12, false),
             ('INSPECTION_MINOR', -2, 12, false), ('INSPECTION_SERIOUS', -10, 24, false),
             ('CONTRACT_COMPLETED', 3, 24, false), ('CONTRACT_DISMISSED', -5, 24, false),
             ('CONTRACT_OVERSTAYED', -20, 36, true), ('TOWNSHIP_GOOD', 2, 12, false), ('TOWNSHIP_POOR', -3, 12, false),
             ('COMMENDATION', 5, 24, false), ('UNDISCLOSED_CHARGE', -10, 24, false), ('ADMIN_PENALTY', -15, 36, false),
             ('COURT_DISHONEST', -30, 60, true), ('SERIOUS_ACCIDENT', -30, 60, true))
     as v (code, points, months, veto)
where v.code = r.code;
update crd_rule set default_points = points, default_validity_months = validity_months, default_veto = veto
    where default_points is null;
alter table crd_rule alter column default_points set not null,
                     alter column default_validity_months set not null,
                     alter column default_veto set not null;

-- 违约: the county (or the township for its area) records a breach of a property service contract. A default (no
-- Henan table exists, rules.md §5 [U]): between a dismissal (-5) and a refusal to leave (-20), 24 months.
insert into crd_rule (code, source, name, points, validity_months, veto, sort, default_points,
                      default_validity_months, default_veto)
values ('CONTRACT_BREACH', 'CONTRACT', '违反物业服务合同约定', -5, 24, false, 33, -5, 24, false);

-- The plan keeps the matter as it was committed (an edit of the list never rewrites a past plan's checklist) and the
-- draw records which frozen entries were withdrawn (deactivated) by the time it ran.
alter table ins_plan add column matter_name varchar(120),
                     add column matter_checklist varchar(2000),
                     add column withdrawn_targets text not null default '',
                     add column withdrawn_inspectors text not null default '';
update ins_plan p set matter_name = m.name, matter_checklist = m.checklist from ins_matter m where m.id = p.matter_id;
alter table ins_plan alter column matter_name set not null, alter column matter_checklist set not null;
