-- Audit log: who did what to which target, when, from where. Tenant-owned and append-only for the
-- application: it may insert and read its own tenant's events, never change or delete them.
create table audit_events (
  id            uuid        primary key,
  tenant_id     uuid        not null references tenants (id),
  actor_user_id uuid,
  action        text        not null,
  target_type   text,
  target_id     text,
  ip            text,
  occurred_at   timestamptz not null
);
create index audit_events_tenant_time on audit_events (tenant_id, occurred_at desc);
create index audit_events_tenant_action_time on audit_events (tenant_id, action, occurred_at desc);

alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy tenant_isolation on audit_events
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

revoke update, delete, truncate on audit_events from ${appRole};
