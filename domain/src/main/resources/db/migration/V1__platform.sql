-- Platform foundation: the tenant registry, the tenant-isolation helper, the outbox, flow checks.
-- Flyway runs as the owner role; the application connects as ${appRole}, which owns nothing and
-- cannot bypass row-level security.

grant usage on schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};

-- The tenant a transaction acts for, set by the application with set_config('app.tenant_id', ..., true).
-- Null when unset, and "tenant_id = null" is never true: no tenant set means no rows.
create function current_tenant_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The registry of workspaces. Not tenant-owned (it is what tenants are), so no RLS: the application
-- reads one row by id, the super-admin reads them all.
create table tenants (
  id            uuid primary key,
  name          text        not null,
  slug          text        not null unique,
  time_zone     text        not null,
  currency      char(3)     not null,
  locale        text        not null,
  brand_color   text,
  logo_url      text,
  status        text        not null check (status in ('ACTIVE', 'SUSPENDED')),
  status_reason text,
  created_at    timestamptz not null,
  version       integer     not null default 0
);

-- Spring Modulith's JDBC event publication registry: the transactional outbox between a domain
-- transaction and Zeebe. Platform infrastructure, not tenant data (events carry ids only).
create table event_publication (
  id               uuid        not null primary key,
  listener_id      text        not null,
  event_type       text        not null,
  serialized_event text        not null,
  publication_date timestamptz not null,
  completion_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Flow checks: an operator's end-to-end probe of the pipeline (API -> outbox -> engine -> worker -> DB).
create table flow_checks (
  id           uuid        primary key,
  tenant_id    uuid        not null references tenants (id),
  status       text        not null check (status in ('REQUESTED', 'COMPLETED')),
  requested_at timestamptz not null,
  due_at       timestamptz not null,
  completed_at timestamptz,
  version      integer     not null
);
create index flow_checks_tenant_status on flow_checks (tenant_id, status);
alter table flow_checks enable row level security;
alter table flow_checks force row level security;
create policy tenant_isolation on flow_checks
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- What the embedded runtime did with each in-flight record at start (see docs/architecture.md,
-- "Flow resumption"): resumed at an element, or listed here for an operator because it could not be.
create table flow_resumptions (
  id              uuid        primary key,
  tenant_id       uuid        not null references tenants (id),
  process_id      text        not null,
  business_object text        not null,
  outcome         text        not null check (outcome in ('RESUMED', 'NOT_RESUMABLE', 'FAILED')),
  element_id      text,
  detail          text,
  happened_at     timestamptz not null
);
create index flow_resumptions_tenant_time on flow_resumptions (tenant_id, happened_at desc);
alter table flow_resumptions enable row level security;
alter table flow_resumptions force row level security;
create policy tenant_isolation on flow_resumptions
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
