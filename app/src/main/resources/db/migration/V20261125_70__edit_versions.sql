-- Optimistic locking of edit forms (org.clusterworks.shared.EditVersions): every save of a record through a form
-- raises its version; a save of a form opened at an older version is refused with who changed it since.
alter table organisation add column version bigint not null default 0;
alter table organisation add column updated_by varchar(200);
alter table initiative add column version bigint not null default 0;
alter table initiative add column updated_by varchar(200);
