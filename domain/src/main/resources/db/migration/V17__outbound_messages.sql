-- Outbound messages (issue 4): one row per message a flow or staff sent a customer, with every
-- delivery attempt, and each workspace's quiet hours for marketing messages.

create table outbound_messages (
  id           uuid        primary key,
  tenant_id    uuid        not null references tenants (id),
  -- template + business object (+ references): a replayed prepare step finds its row again
  message_key  text        not null,
  template     text        not null,
  purpose      text        not null check (purpose in ('SERVICE', 'MARKETING')),
  customer_id  uuid,
  subject_ref  text        not null,
  locale       text        not null,
  -- the planned channels, in order, comma separated
  channels     text        not null,
  -- a bare-address recipient (not a customer yet): its one address
  address      text,
  status       text        not null check (status in ('PENDING', 'SCHEDULED', 'SENT', 'FAILED', 'SUPPRESSED')),
  send_at      timestamptz,
  subject      text,
  body_text    text,
  body_html    text,
  params       jsonb       not null default '{}',
  sent_channel text,
  failure      text,
  created_at   timestamptz not null,
  sent_at      timestamptz
);

create unique index outbound_messages_key on outbound_messages (tenant_id, message_key);
create index outbound_messages_created on outbound_messages (tenant_id, created_at desc);
create index outbound_messages_customer on outbound_messages (tenant_id, customer_id);

alter table outbound_messages enable row level security;
alter table outbound_messages force row level security;
create policy tenant_isolation on outbound_messages
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table outbound_attempts (
  id                  uuid        primary key,
  tenant_id           uuid        not null references tenants (id),
  message_id          uuid        not null references outbound_messages (id),
  channel             text        not null check (channel in ('WHATSAPP', 'TELEGRAM', 'EMAIL', 'SMS')),
  address             text,
  outcome             text        not null check (outcome in ('SENT', 'FAILED')),
  detail              text,
  provider_message_id text,
  attempted_at        timestamptz not null
);

create index outbound_attempts_message on outbound_attempts (tenant_id, message_id, attempted_at);

alter table outbound_attempts enable row level security;
alter table outbound_attempts force row level security;
create policy tenant_isolation on outbound_attempts
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Quiet hours in the workspace's time zone; marketing messages wait until they are over.
create table quiet_hours (
  tenant_id  uuid        primary key references tenants (id),
  starts_at  time        not null,
  ends_at    time        not null,
  updated_at timestamptz not null
);

alter table quiet_hours enable row level security;
alter table quiet_hours force row level security;
create policy tenant_isolation on quiet_hours
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
