-- Per-workspace decision policies: each version of a workspace's decision table (order approval,
-- payment reminder offset, ...) with the DMN generated from it. At most one ACTIVE version per kind;
-- activating deploys the DMN to the engine under the workspace's own decision id and records the key.

create table policy_versions (
  id                  uuid        primary key,
  tenant_id           uuid        not null references tenants (id),
  kind                text        not null,
  version             int         not null check (version > 0),
  decision_table      jsonb       not null,
  dmn_xml             text        not null,
  state               text        not null check (state in ('DRAFT','ACTIVE','RETIRED')),
  note                text,
  author_user_id      uuid,
  created_at          timestamptz not null,
  activated_at        timestamptz,
  activated_by        uuid,
  decision_key        bigint
);
create unique index policy_versions_number on policy_versions (tenant_id, kind, version);
create unique index policy_versions_one_active on policy_versions (tenant_id, kind) where state = 'ACTIVE';

alter table policy_versions enable row level security;
alter table policy_versions force row level security;
create policy tenant_isolation on policy_versions
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
